/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#define G_LOG_DOMAIN "accord-source"

#include "accord-model-private.h"
#include "accord-source.h"

struct _AccordSource
{
  AccordItem parent_instance;

  char    *publisher;
  char    *title;
  char    *uri;
  char    *published;
};

G_DEFINE_FINAL_TYPE (AccordSource, accord_source, ACCORD_TYPE_ITEM)

enum {
  PROP_0,
  PROP_PUBLISHER,
  PROP_TITLE,
  PROP_URI,
  PROP_PUBLISHED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
notify_changed (AccordSource *self,
                guint        prop_id)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
accord_source_finalize (GObject *object)
{
  AccordSource *self = ACCORD_SOURCE (object);

  g_clear_pointer (&self->publisher, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->uri, g_free);
  g_clear_pointer (&self->published, g_free);

  G_OBJECT_CLASS (accord_source_parent_class)->finalize (object);
}

static void
accord_source_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  AccordSource *self = ACCORD_SOURCE (object);

  switch (prop_id)
    {
    case PROP_PUBLISHER:
      g_value_set_string (value, accord_source_get_publisher (self));
      break;

    case PROP_TITLE:
      g_value_set_string (value, accord_source_get_title (self));
      break;

    case PROP_URI:
      g_value_set_string (value, accord_source_get_uri (self));
      break;

    case PROP_PUBLISHED:
      g_value_set_string (value, accord_source_get_published (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_source_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  AccordSource *self = ACCORD_SOURCE (object);

  switch (prop_id)
    {
    case PROP_PUBLISHER:
      accord_source_set_publisher (self, g_value_get_string (value));
      break;

    case PROP_TITLE:
      accord_source_set_title (self, g_value_get_string (value));
      break;

    case PROP_URI:
      accord_source_set_uri (self, g_value_get_string (value));
      break;

    case PROP_PUBLISHED:
      accord_source_set_published (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_source_class_init (AccordSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  ACCORD_ITEM_CLASS (klass)->id_prefix = "s-";
  ACCORD_ITEM_CLASS (klass)->list_name = "sources";

  object_class->finalize = accord_source_finalize;
  object_class->get_property = accord_source_get_property;
  object_class->set_property = accord_source_set_property;

  properties[PROP_PUBLISHER] =
    g_param_spec_string ("publisher", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_URI] =
    g_param_spec_string ("uri", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PUBLISHED] =
    g_param_spec_string ("published", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
accord_source_init (AccordSource *self)
{
}

AccordSource *
accord_source_new (const char *publisher,
                   const char *title,
                   const char *uri,
                   const char *published)
{
  AccordSource *self = g_object_new (ACCORD_TYPE_SOURCE, NULL);

  /* Straight into the fields: nobody can be listening yet, and loading makes many sources. */
  accord_set_string (&self->publisher, publisher);
  accord_set_string (&self->title, title);
  accord_set_string (&self->uri, uri);
  accord_set_string (&self->published, published);

  return self;
}

AccordSource *
accord_source_copy (AccordSource *self)
{
  g_return_val_if_fail (ACCORD_IS_SOURCE (self), NULL);

  return accord_source_new (self->publisher, self->title, self->uri, self->published);
}

const char *
accord_source_get_publisher (AccordSource *self)
{
  g_return_val_if_fail (ACCORD_IS_SOURCE (self), NULL);

  return accord_str_or_empty (self->publisher);
}

void
accord_source_set_publisher (AccordSource *self,
                             const char   *publisher)
{
  g_return_if_fail (ACCORD_IS_SOURCE (self));

  if (accord_set_string (&self->publisher, publisher))
    notify_changed (self, PROP_PUBLISHER);
}

const char *
accord_source_get_title (AccordSource *self)
{
  g_return_val_if_fail (ACCORD_IS_SOURCE (self), NULL);

  return accord_str_or_empty (self->title);
}

void
accord_source_set_title (AccordSource *self,
                         const char   *title)
{
  g_return_if_fail (ACCORD_IS_SOURCE (self));

  if (accord_set_string (&self->title, title))
    notify_changed (self, PROP_TITLE);
}

const char *
accord_source_get_uri (AccordSource *self)
{
  g_return_val_if_fail (ACCORD_IS_SOURCE (self), NULL);

  return accord_str_or_empty (self->uri);
}

void
accord_source_set_uri (AccordSource *self,
                       const char   *uri)
{
  g_return_if_fail (ACCORD_IS_SOURCE (self));

  if (accord_set_string (&self->uri, uri))
    notify_changed (self, PROP_URI);
}

const char *
accord_source_get_published (AccordSource *self)
{
  g_return_val_if_fail (ACCORD_IS_SOURCE (self), NULL);

  return accord_str_or_empty (self->published);
}

void
accord_source_set_published (AccordSource *self,
                             const char   *published)
{
  g_return_if_fail (ACCORD_IS_SOURCE (self));

  if (accord_set_string (&self->published, published))
    notify_changed (self, PROP_PUBLISHED);
}
