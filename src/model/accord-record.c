/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#define G_LOG_DOMAIN "accord-record"

#include "accord-model-private.h"
#include "accord-record.h"
#include "accord-source.h"

typedef struct
{
  char       *id;
  char       *title;
  char       *notes;
  /* Made on first use: most records of a large document never have their sources looked at. */
  GListStore *sources;
  /* Its row in its document, from 1; 0 while it has none. */
  guint       row;
} AccordRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (AccordRecord, accord_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_NOTES,
  PROP_SOURCES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
accord_record_dispose (GObject *object)
{
  AccordRecord *self = ACCORD_RECORD (object);
  AccordRecordPrivate *priv = accord_record_get_instance_private (self);

  accord_item_list_release (G_LIST_MODEL (priv->sources), self);
  g_clear_object (&priv->sources);

  G_OBJECT_CLASS (accord_record_parent_class)->dispose (object);
}

static void
accord_record_finalize (GObject *object)
{
  AccordRecord *self = ACCORD_RECORD (object);
  AccordRecordPrivate *priv = accord_record_get_instance_private (self);

  g_clear_pointer (&priv->id, g_free);
  g_clear_pointer (&priv->title, g_free);
  g_clear_pointer (&priv->notes, g_free);

  G_OBJECT_CLASS (accord_record_parent_class)->finalize (object);
}

static void
accord_record_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  AccordRecord *self = ACCORD_RECORD (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, accord_record_get_id (self));
      break;

    case PROP_TITLE:
      g_value_set_string (value, accord_record_get_title (self));
      break;

    case PROP_NOTES:
      g_value_set_string (value, accord_record_get_notes (self));
      break;

    case PROP_SOURCES:
      g_value_set_object (value, accord_record_get_sources (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_record_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  AccordRecord *self = ACCORD_RECORD (object);

  switch (prop_id)
    {
    case PROP_ID:
      accord_record_set_id (self, g_value_get_string (value));
      break;

    case PROP_TITLE:
      accord_record_set_title (self, g_value_get_string (value));
      break;

    case PROP_NOTES:
      accord_record_set_notes (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_record_class_init (AccordRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = accord_record_dispose;
  object_class->finalize = accord_record_finalize;
  object_class->get_property = accord_record_get_property;
  object_class->set_property = accord_record_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SOURCES] =
    g_param_spec_object ("sources", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
accord_record_init (AccordRecord *self)
{
}

const char *
accord_record_get_id (AccordRecord *self)
{
  AccordRecordPrivate *priv;

  g_return_val_if_fail (ACCORD_IS_RECORD (self), NULL);

  priv = accord_record_get_instance_private (self);

  return accord_str_or_empty (priv->id);
}

void
accord_record_set_id (AccordRecord *self,
                      const char   *id)
{
  AccordRecordPrivate *priv;

  g_return_if_fail (ACCORD_IS_RECORD (self));

  priv = accord_record_get_instance_private (self);

  if (accord_set_string (&priv->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
accord_record_get_title (AccordRecord *self)
{
  AccordRecordPrivate *priv;

  g_return_val_if_fail (ACCORD_IS_RECORD (self), NULL);

  priv = accord_record_get_instance_private (self);

  return accord_str_or_empty (priv->title);
}

void
accord_record_set_title (AccordRecord *self,
                         const char   *title)
{
  AccordRecordPrivate *priv;

  g_return_if_fail (ACCORD_IS_RECORD (self));

  priv = accord_record_get_instance_private (self);

  if (accord_set_string (&priv->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
accord_record_get_notes (AccordRecord *self)
{
  AccordRecordPrivate *priv;

  g_return_val_if_fail (ACCORD_IS_RECORD (self), NULL);

  priv = accord_record_get_instance_private (self);

  return accord_str_or_empty (priv->notes);
}

void
accord_record_set_notes (AccordRecord *self,
                         const char   *notes)
{
  AccordRecordPrivate *priv;

  g_return_if_fail (ACCORD_IS_RECORD (self));

  priv = accord_record_get_instance_private (self);

  if (accord_set_string (&priv->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

GListModel *
accord_record_get_sources (AccordRecord *self)
{
  AccordRecordPrivate *priv;

  g_return_val_if_fail (ACCORD_IS_RECORD (self), NULL);

  priv = accord_record_get_instance_private (self);

  if (priv->sources == NULL)
    {
      priv->sources = g_list_store_new (ACCORD_TYPE_SOURCE);
      accord_item_list_set_record (G_LIST_MODEL (priv->sources), self);
    }

  return G_LIST_MODEL (priv->sources);
}

GListModel *
accord_record_peek_sources (AccordRecord *self)
{
  AccordRecordPrivate *priv = accord_record_get_instance_private (self);

  return (GListModel *) priv->sources;
}

guint
accord_record_peek_item_lists (AccordRecord *self,
                               GListModel   *lists[ACCORD_RECORD_MAX_ITEM_LISTS])
{
  AccordRecordPrivate *priv = accord_record_get_instance_private (self);
  AccordRecordClass *klass = ACCORD_RECORD_GET_CLASS (self);
  guint n = 0;

  if (priv->sources != NULL)
    lists[n++] = G_LIST_MODEL (priv->sources);
  if (klass->peek_items != NULL && (lists[n] = klass->peek_items (self)) != NULL)
    n++;

  return n;
}

guint
accord_record_get_row (AccordRecord *self)
{
  AccordRecordPrivate *priv = accord_record_get_instance_private (self);

  return priv->row - 1;
}

void
accord_record_set_row (AccordRecord *self,
                       guint         row)
{
  AccordRecordPrivate *priv = accord_record_get_instance_private (self);

  g_assert (row < G_MAXUINT);
  priv->row = row + 1;
}

void
accord_record_prefetch_row (AccordRecord *self)
{
#if defined(__GNUC__)
  /* Where it is, without reading the record. */
  __builtin_prefetch (&((AccordRecordPrivate *) accord_record_get_instance_private (self))->row);
#endif
}

static GQuark
list_record_quark (void)
{
  static GQuark quark;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("accord-item-list-record");

  return quark;
}

AccordRecord *
accord_item_list_get_record (GListModel *list)
{
  return g_object_get_qdata (G_OBJECT (list), list_record_quark ());
}

void
accord_item_list_release (GListModel   *list,
                          AccordRecord *record)
{
  guint n = list != NULL ? g_list_model_get_n_items (list) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordItem) item = g_list_model_get_item (list, i);

      if (accord_item_get_record (item) == record)
        accord_item_set_record (item, NULL);
    }
}

void
accord_item_list_set_record (GListModel   *list,
                             AccordRecord *record)
{
  /* The record owns the list: no reference, which would be a cycle. */
  g_object_set_qdata (G_OBJECT (list), list_record_quark (), record);
}

char *
accord_record_new_id (const char *prefix)
{
  g_autofree char *uuid = NULL;

  g_return_val_if_fail (prefix != NULL, NULL);

  uuid = g_uuid_string_random ();

  return g_strconcat (prefix, uuid, NULL);
}
