/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#define G_LOG_DOMAIN "accord-item"

#include "accord-item.h"
#include "accord-model-private.h"

typedef struct
{
  char         *id;
  /* The record whose list holds the item in a document (not a reference: the record lets its
   * items know when it goes), kept by the document. */
  AccordRecord *record;
} AccordItemPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (AccordItem, accord_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
accord_item_finalize (GObject *object)
{
  AccordItemPrivate *priv = accord_item_get_instance_private (ACCORD_ITEM (object));

  g_clear_pointer (&priv->id, g_free);

  G_OBJECT_CLASS (accord_item_parent_class)->finalize (object);
}

static void
accord_item_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, accord_item_get_id (ACCORD_ITEM (object)));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_item_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_ID:
      accord_item_set_id (ACCORD_ITEM (object), g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_item_class_init (AccordItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = accord_item_finalize;
  object_class->get_property = accord_item_get_property;
  object_class->set_property = accord_item_set_property;

  klass->id_prefix = "x-";
  klass->list_name = "items";

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
accord_item_init (AccordItem *self)
{
}

const char *
accord_item_get_id (AccordItem *self)
{
  AccordItemPrivate *priv;

  g_return_val_if_fail (ACCORD_IS_ITEM (self), NULL);

  priv = accord_item_get_instance_private (self);

  return accord_str_or_empty (priv->id);
}

void
accord_item_set_id (AccordItem *self,
                    const char *id)
{
  AccordItemPrivate *priv;

  g_return_if_fail (ACCORD_IS_ITEM (self));

  priv = accord_item_get_instance_private (self);

  if (accord_set_string (&priv->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

AccordRecord *
accord_item_get_record (AccordItem *self)
{
  AccordItemPrivate *priv = accord_item_get_instance_private (self);

  return priv->record;
}

void
accord_item_set_record (AccordItem   *self,
                        AccordRecord *record)
{
  AccordItemPrivate *priv = accord_item_get_instance_private (self);

  priv->record = record;
}

char *
accord_item_new_id (AccordItem *self)
{
  g_return_val_if_fail (ACCORD_IS_ITEM (self), NULL);

  /* Unique among the few items of one record, not in the world: eight hex digits are short
   * enough to read in a file and to type in a test. */
  return g_strdup_printf ("%s%08" G_GINT32_MODIFIER "x", ACCORD_ITEM_GET_CLASS (self)->id_prefix,
                          g_random_int ());
}

/* Whether @id is the id of one of @items other than @self; a hash of the ids for a long list. */
static gboolean
id_taken (GPtrArray  *items,
          GHashTable *ids,
          AccordItem *self,
          const char *id)
{
  if (ids != NULL)
    return g_hash_table_contains (ids, id);

  for (guint i = 0; i < items->len; i++)
    {
      if (items->pdata[i] != self && g_str_equal (accord_item_get_id (items->pdata[i]), id))
        return TRUE;
    }

  return FALSE;
}

GArray *
accord_item_list_repair_ids (GListModel *list)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GHashTable) ids = NULL;
  g_autoptr(GArray) fix = NULL;
  GArray *repeated = NULL;
  guint n;

  if (list == NULL || (n = g_list_model_get_n_items (list)) == 0)
    return NULL;

  items = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (list, i));
  if (n > 16)
    ids = g_hash_table_new (g_str_hash, g_str_equal);

  /* First every id as written, so that a fresh one cannot take the id of a later item. */
  fix = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < n; i++)
    {
      const char *id = accord_item_get_id (items->pdata[i]);
      gboolean earlier = FALSE;

      if (id[0] != '\0')
        {
          if (ids != NULL)
            earlier = !g_hash_table_add (ids, (gpointer) id);
          else
            for (guint j = 0; j < i && !earlier; j++)
              earlier = g_str_equal (accord_item_get_id (items->pdata[j]), id);
        }

      if (id[0] != '\0' && !earlier)
        continue;

      g_array_append_val (fix, i);
      if (earlier)
        {
          if (repeated == NULL)
            repeated = g_array_new (FALSE, FALSE, sizeof (guint));
          g_array_append_val (repeated, i);
        }
    }

  for (guint k = 0; k < fix->len; k++)
    {
      AccordItem *item = items->pdata[g_array_index (fix, guint, k)];
      g_autofree char *fresh = NULL;

      do
        {
          g_free (fresh);
          fresh = accord_item_new_id (item);
        }
      while (id_taken (items, ids, item, fresh));

      accord_item_set_id (item, fresh);
      if (ids != NULL)
        g_hash_table_add (ids, (gpointer) accord_item_get_id (item));
    }

  return repeated;
}
