/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#define G_LOG_DOMAIN "accord-initiative"

#include "accord-attribute.h"
#include "accord-enum-types.h"
#include "accord-initiative.h"
#include "accord-model-private.h"

struct _AccordInitiative
{
  AccordRecord   parent_instance;

  char          *objective;
  char          *expected_outcome;
  AccordPeriod  *period;
  char          *lead;
  char         **partners;
  char          *area;
  char          *meeting_id;
  /* Made on first use, like the record's sources. */
  GListStore    *attributes;
  AccordStatus   status;
};

G_DEFINE_FINAL_TYPE (AccordInitiative, accord_initiative, ACCORD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_OBJECTIVE,
  PROP_EXPECTED_OUTCOME,
  PROP_PERIOD,
  PROP_LEAD,
  PROP_PARTNERS,
  PROP_STATUS,
  PROP_AREA,
  PROP_MEETING_ID,
  PROP_ATTRIBUTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
accord_initiative_dispose (GObject *object)
{
  AccordInitiative *self = ACCORD_INITIATIVE (object);

  accord_item_list_release (G_LIST_MODEL (self->attributes), ACCORD_RECORD (self));
  g_clear_object (&self->attributes);

  G_OBJECT_CLASS (accord_initiative_parent_class)->dispose (object);
}

static void
accord_initiative_finalize (GObject *object)
{
  AccordInitiative *self = ACCORD_INITIATIVE (object);

  g_clear_pointer (&self->objective, g_free);
  g_clear_pointer (&self->expected_outcome, g_free);
  g_clear_pointer (&self->period, accord_period_free);
  g_clear_pointer (&self->lead, g_free);
  g_clear_pointer (&self->partners, g_strfreev);
  g_clear_pointer (&self->area, g_free);
  g_clear_pointer (&self->meeting_id, g_free);

  G_OBJECT_CLASS (accord_initiative_parent_class)->finalize (object);
}

static void
accord_initiative_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  AccordInitiative *self = ACCORD_INITIATIVE (object);

  switch (prop_id)
    {
    case PROP_OBJECTIVE:
      g_value_set_string (value, accord_initiative_get_objective (self));
      break;

    case PROP_EXPECTED_OUTCOME:
      g_value_set_string (value, accord_initiative_get_expected_outcome (self));
      break;

    case PROP_PERIOD:
      g_value_set_boxed (value, accord_initiative_get_period (self));
      break;

    case PROP_LEAD:
      g_value_set_string (value, accord_initiative_get_lead (self));
      break;

    case PROP_PARTNERS:
      g_value_set_boxed (value, accord_initiative_get_partners (self));
      break;

    case PROP_STATUS:
      g_value_set_enum (value, accord_initiative_get_status (self));
      break;

    case PROP_AREA:
      g_value_set_string (value, accord_initiative_get_area (self));
      break;

    case PROP_MEETING_ID:
      g_value_set_string (value, accord_initiative_get_meeting_id (self));
      break;

    case PROP_ATTRIBUTES:
      g_value_set_object (value, accord_initiative_get_attributes (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_initiative_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  AccordInitiative *self = ACCORD_INITIATIVE (object);

  switch (prop_id)
    {
    case PROP_OBJECTIVE:
      accord_initiative_set_objective (self, g_value_get_string (value));
      break;

    case PROP_EXPECTED_OUTCOME:
      accord_initiative_set_expected_outcome (self, g_value_get_string (value));
      break;

    case PROP_PERIOD:
      accord_initiative_set_period (self, g_value_get_boxed (value));
      break;

    case PROP_LEAD:
      accord_initiative_set_lead (self, g_value_get_string (value));
      break;

    case PROP_PARTNERS:
      accord_initiative_set_partners (self, g_value_get_boxed (value));
      break;

    case PROP_STATUS:
      accord_initiative_set_status (self, g_value_get_enum (value));
      break;

    case PROP_AREA:
      accord_initiative_set_area (self, g_value_get_string (value));
      break;

    case PROP_MEETING_ID:
      accord_initiative_set_meeting_id (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_initiative_class_init (AccordInitiativeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  ACCORD_RECORD_CLASS (klass)->peek_items = (GListModel *(*) (AccordRecord *)) accord_initiative_peek_attributes;

  object_class->dispose = accord_initiative_dispose;
  object_class->finalize = accord_initiative_finalize;
  object_class->get_property = accord_initiative_get_property;
  object_class->set_property = accord_initiative_set_property;

  properties[PROP_OBJECTIVE] =
    g_param_spec_string ("objective", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_EXPECTED_OUTCOME] =
    g_param_spec_string ("expected-outcome", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PERIOD] =
    g_param_spec_boxed ("period", NULL, NULL,
                        ACCORD_TYPE_PERIOD,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LEAD] =
    g_param_spec_string ("lead", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PARTNERS] =
    g_param_spec_boxed ("partners", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       ACCORD_TYPE_STATUS,
                       ACCORD_STATUS_PROPOSED,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_AREA] =
    g_param_spec_string ("area", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_MEETING_ID] =
    g_param_spec_string ("meeting-id", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ATTRIBUTES] =
    g_param_spec_object ("attributes", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
accord_initiative_init (AccordInitiative *self)
{
}

AccordInitiative *
accord_initiative_new (const char *id)
{
  AccordInitiative *self = g_object_new (ACCORD_TYPE_INITIATIVE, NULL);

  accord_record_set_id (ACCORD_RECORD (self), id);

  return self;
}

const char *
accord_initiative_get_objective (AccordInitiative *self)
{
  g_return_val_if_fail (ACCORD_IS_INITIATIVE (self), NULL);

  return accord_str_or_empty (self->objective);
}

void
accord_initiative_set_objective (AccordInitiative *self,
                                 const char       *objective)
{
  g_return_if_fail (ACCORD_IS_INITIATIVE (self));

  if (accord_set_string (&self->objective, objective))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OBJECTIVE]);
}

const char *
accord_initiative_get_expected_outcome (AccordInitiative *self)
{
  g_return_val_if_fail (ACCORD_IS_INITIATIVE (self), NULL);

  return accord_str_or_empty (self->expected_outcome);
}

void
accord_initiative_set_expected_outcome (AccordInitiative *self,
                                        const char       *expected_outcome)
{
  g_return_if_fail (ACCORD_IS_INITIATIVE (self));

  if (accord_set_string (&self->expected_outcome, expected_outcome))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPECTED_OUTCOME]);
}

const AccordPeriod *
accord_initiative_get_period (AccordInitiative *self)
{
  g_return_val_if_fail (ACCORD_IS_INITIATIVE (self), NULL);

  return accord_period_or_unknown (self->period);
}

void
accord_initiative_set_period (AccordInitiative   *self,
                              const AccordPeriod *period)
{
  g_return_if_fail (ACCORD_IS_INITIATIVE (self));

  if (accord_set_period (&self->period, period))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIOD]);
}

const char *
accord_initiative_get_lead (AccordInitiative *self)
{
  g_return_val_if_fail (ACCORD_IS_INITIATIVE (self), NULL);

  return accord_str_or_empty (self->lead);
}

void
accord_initiative_set_lead (AccordInitiative *self,
                            const char       *lead)
{
  g_return_if_fail (ACCORD_IS_INITIATIVE (self));

  if (accord_set_string (&self->lead, lead))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEAD]);
}

const char * const *
accord_initiative_get_partners (AccordInitiative *self)
{
  g_return_val_if_fail (ACCORD_IS_INITIATIVE (self), NULL);

  return accord_strv_or_empty ((const char * const *) self->partners);
}

void
accord_initiative_set_partners (AccordInitiative   *self,
                                const char * const *partners)
{
  g_return_if_fail (ACCORD_IS_INITIATIVE (self));

  if (accord_set_strv (&self->partners, partners))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTNERS]);
}

AccordStatus
accord_initiative_get_status (AccordInitiative *self)
{
  g_return_val_if_fail (ACCORD_IS_INITIATIVE (self), ACCORD_STATUS_PROPOSED);

  return self->status;
}

void
accord_initiative_set_status (AccordInitiative *self,
                              AccordStatus      status)
{
  g_return_if_fail (ACCORD_IS_INITIATIVE (self));
  g_return_if_fail ((guint) status <= ACCORD_STATUS_CANCELLED);

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

const char *
accord_initiative_get_area (AccordInitiative *self)
{
  g_return_val_if_fail (ACCORD_IS_INITIATIVE (self), NULL);

  return accord_str_or_empty (self->area);
}

void
accord_initiative_set_area (AccordInitiative *self,
                            const char       *area)
{
  g_return_if_fail (ACCORD_IS_INITIATIVE (self));

  if (accord_set_string (&self->area, area))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AREA]);
}

const char *
accord_initiative_get_meeting_id (AccordInitiative *self)
{
  g_return_val_if_fail (ACCORD_IS_INITIATIVE (self), NULL);

  return accord_str_or_empty (self->meeting_id);
}

void
accord_initiative_set_meeting_id (AccordInitiative *self,
                                  const char       *meeting_id)
{
  g_return_if_fail (ACCORD_IS_INITIATIVE (self));

  if (accord_set_string (&self->meeting_id, meeting_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEETING_ID]);
}

GListModel *
accord_initiative_get_attributes (AccordInitiative *self)
{
  g_return_val_if_fail (ACCORD_IS_INITIATIVE (self), NULL);

  if (self->attributes == NULL)
    {
      self->attributes = g_list_store_new (ACCORD_TYPE_ATTRIBUTE);
      accord_item_list_set_record (G_LIST_MODEL (self->attributes), ACCORD_RECORD (self));
    }

  return G_LIST_MODEL (self->attributes);
}

GListModel *
accord_initiative_peek_attributes (AccordInitiative *self)
{
  return (GListModel *) self->attributes;
}

const char *
accord_initiative_lookup_attribute (AccordInitiative *self,
                                    const char       *name)
{
  GListModel *attributes;
  guint n_items;

  g_return_val_if_fail (ACCORD_IS_INITIATIVE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (self->attributes == NULL)
    return NULL;

  attributes = G_LIST_MODEL (self->attributes);
  n_items = g_list_model_get_n_items (attributes);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(AccordAttribute) attribute = g_list_model_get_item (attributes, i);

      /* The store keeps the attribute, and so its value, alive after this reference goes. */
      if (g_strcmp0 (accord_attribute_get_name (attribute), name) == 0)
        return accord_attribute_get_value (attribute);
    }

  return NULL;
}
