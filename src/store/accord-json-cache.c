/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-json-cache"

#include "accord-json-cache.h"
#include "accord-json.h"

struct _AccordJsonCache
{
  GObject parent_instance;

  AccordDocument *document;
  /* AccordRecord (a reference, so that its address is never another record's) → GBytes */
  GHashTable *texts;
  /* The document named what the command in progress changed. */
  gboolean heard;
};

struct _AccordJsonSnapshot
{
  char *frame;
  GPtrArray *meetings;
  GPtrArray *initiatives;
};

G_DEFINE_FINAL_TYPE (AccordJsonCache, accord_json_cache, G_TYPE_OBJECT)

static GBytes *
record_text (AccordRecord *record)
{
  gsize length = 0;
  char *text = accord_json_save_record (record, &length);

  return g_bytes_new_take (text, length);
}

/* The text of @record, written now if it changed. */
static GBytes *
lookup_text (AccordJsonCache *self,
             AccordRecord    *record)
{
  GBytes *text = g_hash_table_lookup (self->texts, record);

  if (text == NULL)
    {
      text = record_text (record);
      g_hash_table_insert (self->texts, g_object_ref (record), text);
    }

  return text;
}

static GPtrArray *
list_texts (AccordJsonCache *self,
            GListModel      *list,
            GHashTable      *kept)
{
  guint n = g_list_model_get_n_items (list);
  GPtrArray *texts = g_ptr_array_new_full (n, (GDestroyNotify) g_bytes_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordRecord) record = g_list_model_get_item (list, i);
      GBytes *text = lookup_text (self, record);

      g_ptr_array_add (texts, g_bytes_ref (text));
      if (kept != NULL)
        g_hash_table_insert (kept, g_object_ref (record), g_bytes_ref (text));
    }

  return texts;
}

static GHashTable *
new_texts (void)
{
  return g_hash_table_new_full (g_direct_hash, g_direct_equal, g_object_unref,
                                (GDestroyNotify) g_bytes_unref);
}

AccordJsonSnapshot *
accord_json_cache_snapshot (AccordJsonCache *self)
{
  AccordJsonSnapshot *snapshot;
  GListModel *meetings, *initiatives;
  guint n_records;
  g_autoptr(GHashTable) kept = NULL;

  g_return_val_if_fail (ACCORD_IS_JSON_CACHE (self), NULL);

  meetings = accord_document_get_meetings (self->document);
  initiatives = accord_document_get_initiatives (self->document);
  n_records = g_list_model_get_n_items (meetings) + g_list_model_get_n_items (initiatives);

  /* Texts of records that left the document stay for an undo that brings them back, until
   * there are many: then only those in the document are kept. */
  if (g_hash_table_size (self->texts) > 2 * n_records + 64)
    kept = new_texts ();

  snapshot = g_new0 (AccordJsonSnapshot, 1);
  snapshot->frame = accord_json_save_frame (self->document, NULL);
  snapshot->meetings = list_texts (self, meetings, kept);
  snapshot->initiatives = list_texts (self, initiatives, kept);

  if (kept != NULL)
    {
      g_hash_table_unref (self->texts);
      self->texts = g_steal_pointer (&kept);
    }

  return snapshot;
}

char *
accord_json_snapshot_join (AccordJsonSnapshot *snapshot,
                           gsize              *length)
{
  g_return_val_if_fail (snapshot != NULL, NULL);

  return accord_json_join (snapshot->frame, snapshot->meetings, snapshot->initiatives, length);
}

void
accord_json_snapshot_free (AccordJsonSnapshot *snapshot)
{
  if (snapshot == NULL)
    return;

  g_free (snapshot->frame);
  g_ptr_array_unref (snapshot->meetings);
  g_ptr_array_unref (snapshot->initiatives);
  g_free (snapshot);
}

guint
accord_json_cache_get_n_cached (AccordJsonCache *self)
{
  GListModel *lists[2];
  guint n_cached = 0;

  g_return_val_if_fail (ACCORD_IS_JSON_CACHE (self), 0);

  lists[0] = accord_document_get_meetings (self->document);
  lists[1] = accord_document_get_initiatives (self->document);
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      guint n = g_list_model_get_n_items (lists[l]);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(AccordRecord) record = g_list_model_get_item (lists[l], i);

          if (g_hash_table_contains (self->texts, record))
            n_cached++;
        }
    }

  return n_cached;
}

static void
on_record_changed (AccordDocument  *document,
                   AccordRecord    *record,
                   const char      *property,
                   AccordJsonCache *self)
{
  g_hash_table_remove (self->texts, record);
  self->heard = TRUE;
}

/* A record added or removed changes no record's text. */
static void
on_records_changed (AccordJsonCache *self)
{
  self->heard = TRUE;
}

static void
on_document_changed (AccordDocument  *document,
                     AccordJsonCache *self)
{
  if (!self->heard)
    g_hash_table_remove_all (self->texts);
  self->heard = FALSE;
}

static void
fill (AccordJsonCache *self,
      GListModel      *list)
{
  g_autoptr(GPtrArray) texts = list_texts (self, list, NULL);
}

AccordJsonCache *
accord_json_cache_new (AccordDocument *document,
                       gboolean        fill_now)
{
  AccordJsonCache *self;

  g_return_val_if_fail (ACCORD_IS_DOCUMENT (document), NULL);

  self = g_object_new (ACCORD_TYPE_JSON_CACHE, NULL);
  self->document = g_object_ref (document);

  g_signal_connect_object (document, "record-changed", G_CALLBACK (on_record_changed), self, 0);
  g_signal_connect_object (accord_document_get_meetings (document), "items-changed",
                           G_CALLBACK (on_records_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (accord_document_get_initiatives (document), "items-changed",
                           G_CALLBACK (on_records_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "changed", G_CALLBACK (on_document_changed), self, 0);

  if (fill_now)
    {
      fill (self, accord_document_get_meetings (document));
      fill (self, accord_document_get_initiatives (document));
    }

  return self;
}

static void
accord_json_cache_dispose (GObject *object)
{
  AccordJsonCache *self = ACCORD_JSON_CACHE (object);

  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->document, self);
      g_signal_handlers_disconnect_by_data (accord_document_get_meetings (self->document), self);
      g_signal_handlers_disconnect_by_data (accord_document_get_initiatives (self->document),
                                            self);
    }
  g_clear_object (&self->document);
  g_clear_pointer (&self->texts, g_hash_table_unref);

  G_OBJECT_CLASS (accord_json_cache_parent_class)->dispose (object);
}

static void
accord_json_cache_class_init (AccordJsonCacheClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = accord_json_cache_dispose;
}

static void
accord_json_cache_init (AccordJsonCache *self)
{
  self->texts = new_texts ();
}
