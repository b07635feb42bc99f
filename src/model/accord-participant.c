/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#define G_LOG_DOMAIN "accord-participant"

#include "accord-model-private.h"
#include "accord-participant.h"

struct _AccordParticipant
{
  AccordItem parent_instance;

  char    *name;
  char    *title;
  char    *affiliation;
  char    *role;
};

G_DEFINE_FINAL_TYPE (AccordParticipant, accord_participant, ACCORD_TYPE_ITEM)

enum {
  PROP_0,
  PROP_NAME,
  PROP_TITLE,
  PROP_AFFILIATION,
  PROP_ROLE,
  PROP_DISPLAY_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
notify_changed (AccordParticipant *self,
                guint             prop_id)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static const char *
display_name_of (const char *name,
                 const char *title)
{
  return (name != NULL && name[0] != '\0') ? name : accord_str_or_empty (title);
}

static void
accord_participant_finalize (GObject *object)
{
  AccordParticipant *self = ACCORD_PARTICIPANT (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->affiliation, g_free);
  g_clear_pointer (&self->role, g_free);

  G_OBJECT_CLASS (accord_participant_parent_class)->finalize (object);
}

static void
accord_participant_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  AccordParticipant *self = ACCORD_PARTICIPANT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, accord_participant_get_name (self));
      break;

    case PROP_TITLE:
      g_value_set_string (value, accord_participant_get_title (self));
      break;

    case PROP_AFFILIATION:
      g_value_set_string (value, accord_participant_get_affiliation (self));
      break;

    case PROP_ROLE:
      g_value_set_string (value, accord_participant_get_role (self));
      break;

    case PROP_DISPLAY_NAME:
      g_value_set_string (value, accord_participant_get_display_name (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_participant_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  AccordParticipant *self = ACCORD_PARTICIPANT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      accord_participant_set_name (self, g_value_get_string (value));
      break;

    case PROP_TITLE:
      accord_participant_set_title (self, g_value_get_string (value));
      break;

    case PROP_AFFILIATION:
      accord_participant_set_affiliation (self, g_value_get_string (value));
      break;

    case PROP_ROLE:
      accord_participant_set_role (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_participant_class_init (AccordParticipantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  ACCORD_ITEM_CLASS (klass)->id_prefix = "p-";
  ACCORD_ITEM_CLASS (klass)->list_name = "participants";

  object_class->finalize = accord_participant_finalize;
  object_class->get_property = accord_participant_get_property;
  object_class->set_property = accord_participant_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_AFFILIATION] =
    g_param_spec_string ("affiliation", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DISPLAY_NAME] =
    g_param_spec_string ("display-name", NULL, NULL,
                         "",
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
accord_participant_init (AccordParticipant *self)
{
}

AccordParticipant *
accord_participant_new (const char *name,
                        const char *title,
                        const char *affiliation,
                        const char *role)
{
  AccordParticipant *self = g_object_new (ACCORD_TYPE_PARTICIPANT, NULL);

  /* Straight into the fields: nobody can be listening yet, and loading makes many participants. */
  accord_set_string (&self->name, name);
  accord_set_string (&self->title, title);
  accord_set_string (&self->affiliation, affiliation);
  accord_set_string (&self->role, role);

  return self;
}

AccordParticipant *
accord_participant_copy (AccordParticipant *self)
{
  g_return_val_if_fail (ACCORD_IS_PARTICIPANT (self), NULL);

  return accord_participant_new (self->name, self->title, self->affiliation, self->role);
}

const char *
accord_participant_get_name (AccordParticipant *self)
{
  g_return_val_if_fail (ACCORD_IS_PARTICIPANT (self), NULL);

  return accord_str_or_empty (self->name);
}

void
accord_participant_set_name (AccordParticipant *self,
                             const char        *name)
{
  gboolean display_name_changed;

  g_return_if_fail (ACCORD_IS_PARTICIPANT (self));

  /* Compared before the old name is freed; equal when the name steps in for an equal title. */
  display_name_changed = g_strcmp0 (display_name_of (self->name, self->title),
                                    display_name_of (name, self->title)) != 0;

  if (!accord_set_string (&self->name, name))
    return;

  notify_changed (self, PROP_NAME);
  if (display_name_changed)
    notify_changed (self, PROP_DISPLAY_NAME);
}

const char *
accord_participant_get_title (AccordParticipant *self)
{
  g_return_val_if_fail (ACCORD_IS_PARTICIPANT (self), NULL);

  return accord_str_or_empty (self->title);
}

void
accord_participant_set_title (AccordParticipant *self,
                              const char        *title)
{
  g_return_if_fail (ACCORD_IS_PARTICIPANT (self));

  if (!accord_set_string (&self->title, title))
    return;

  notify_changed (self, PROP_TITLE);
  /* The title shows only in place of a missing name. */
  if (self->name == NULL)
    notify_changed (self, PROP_DISPLAY_NAME);
}

const char *
accord_participant_get_affiliation (AccordParticipant *self)
{
  g_return_val_if_fail (ACCORD_IS_PARTICIPANT (self), NULL);

  return accord_str_or_empty (self->affiliation);
}

void
accord_participant_set_affiliation (AccordParticipant *self,
                                    const char        *affiliation)
{
  g_return_if_fail (ACCORD_IS_PARTICIPANT (self));

  if (accord_set_string (&self->affiliation, affiliation))
    notify_changed (self, PROP_AFFILIATION);
}

const char *
accord_participant_get_role (AccordParticipant *self)
{
  g_return_val_if_fail (ACCORD_IS_PARTICIPANT (self), NULL);

  return accord_str_or_empty (self->role);
}

void
accord_participant_set_role (AccordParticipant *self,
                             const char        *role)
{
  g_return_if_fail (ACCORD_IS_PARTICIPANT (self));

  if (accord_set_string (&self->role, role))
    notify_changed (self, PROP_ROLE);
}

const char *
accord_participant_get_display_name (AccordParticipant *self)
{
  g_return_val_if_fail (ACCORD_IS_PARTICIPANT (self), NULL);

  return display_name_of (self->name, self->title);
}
