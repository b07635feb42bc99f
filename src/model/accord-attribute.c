/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#define G_LOG_DOMAIN "accord-attribute"

#include "accord-attribute.h"
#include "accord-model-private.h"

struct _AccordAttribute
{
  AccordItem parent_instance;

  char    *name;
  char    *value;
};

G_DEFINE_FINAL_TYPE (AccordAttribute, accord_attribute, ACCORD_TYPE_ITEM)

enum {
  PROP_0,
  PROP_NAME,
  PROP_VALUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
notify_changed (AccordAttribute *self,
                guint           prop_id)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
accord_attribute_finalize (GObject *object)
{
  AccordAttribute *self = ACCORD_ATTRIBUTE (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->value, g_free);

  G_OBJECT_CLASS (accord_attribute_parent_class)->finalize (object);
}

static void
accord_attribute_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  AccordAttribute *self = ACCORD_ATTRIBUTE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, accord_attribute_get_name (self));
      break;

    case PROP_VALUE:
      g_value_set_string (value, accord_attribute_get_value (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_attribute_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  AccordAttribute *self = ACCORD_ATTRIBUTE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      accord_attribute_set_name (self, g_value_get_string (value));
      break;

    case PROP_VALUE:
      accord_attribute_set_value (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_attribute_class_init (AccordAttributeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  ACCORD_ITEM_CLASS (klass)->id_prefix = "a-";
  ACCORD_ITEM_CLASS (klass)->list_name = "attributes";

  object_class->finalize = accord_attribute_finalize;
  object_class->get_property = accord_attribute_get_property;
  object_class->set_property = accord_attribute_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_VALUE] =
    g_param_spec_string ("value", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
accord_attribute_init (AccordAttribute *self)
{
}

AccordAttribute *
accord_attribute_new (const char *name,
                      const char *value)
{
  AccordAttribute *self = g_object_new (ACCORD_TYPE_ATTRIBUTE, NULL);

  /* Straight into the fields: nobody can be listening yet, and loading makes many attributes. */
  accord_set_string (&self->name, name);
  accord_set_string (&self->value, value);

  return self;
}

AccordAttribute *
accord_attribute_copy (AccordAttribute *self)
{
  g_return_val_if_fail (ACCORD_IS_ATTRIBUTE (self), NULL);

  return accord_attribute_new (self->name, self->value);
}

const char *
accord_attribute_get_name (AccordAttribute *self)
{
  g_return_val_if_fail (ACCORD_IS_ATTRIBUTE (self), NULL);

  return accord_str_or_empty (self->name);
}

void
accord_attribute_set_name (AccordAttribute *self,
                           const char      *name)
{
  g_return_if_fail (ACCORD_IS_ATTRIBUTE (self));

  if (accord_set_string (&self->name, name))
    notify_changed (self, PROP_NAME);
}

const char *
accord_attribute_get_value (AccordAttribute *self)
{
  g_return_val_if_fail (ACCORD_IS_ATTRIBUTE (self), NULL);

  return accord_str_or_empty (self->value);
}

void
accord_attribute_set_value (AccordAttribute *self,
                            const char      *value)
{
  g_return_if_fail (ACCORD_IS_ATTRIBUTE (self));

  if (accord_set_string (&self->value, value))
    notify_changed (self, PROP_VALUE);
}
