/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-json-cache"

#include "accord-json-cache.h"
#include "accord-json.h"

/* A record in one of the document's lists, and its text once written. */
typedef struct {
  AccordRecord *record;
  GBytes *text;
} Entry;

enum { MEETINGS, INITIATIVES, N_LISTS };

struct _AccordJsonCache
{
  GObject parent_instance;

  AccordDocument *document;
  /* Entry per position of the meetings and of the initiatives, in document order */
  GPtrArray *entries[N_LISTS];
  /* AccordRecord → its Entry */
  GHashTable *by_record;
  /* Texts dropped while a snapshot may still read them: snapshots hold plain pointers, so
   * that taking one copies two arrays and touches no text. */
  GPtrArray *dropped;
  guint n_snapshots;
  /* The document named what the command in progress changed. */
  gboolean heard;
};

struct _AccordJsonSnapshot
{
  AccordJsonCache *cache;
  char *frame;
  GPtrArray *texts[N_LISTS];
};

G_DEFINE_FINAL_TYPE (AccordJsonCache, accord_json_cache, G_TYPE_OBJECT)

static GListModel *
document_list (AccordJsonCache *self,
               guint            list)
{
  return list == MEETINGS ? accord_document_get_meetings (self->document)
                          : accord_document_get_initiatives (self->document);
}

static void
drop_text (AccordJsonCache *self,
           Entry           *entry)
{
  GBytes *text = g_steal_pointer (&entry->text);

  if (text == NULL)
    return;
  if (self->n_snapshots > 0)
    g_ptr_array_add (self->dropped, text);
  else
    g_bytes_unref (text);
}

static Entry *
entry_new (AccordRecord *record)
{
  Entry *entry = g_new0 (Entry, 1);

  entry->record = g_object_ref (record);
  return entry;
}

static void
entry_free (AccordJsonCache *self,
            Entry           *entry)
{
  drop_text (self, entry);
  g_object_unref (entry->record);
  g_free (entry);
}

static GBytes *
entry_text (Entry *entry)
{
  if (entry->text == NULL)
    {
      gsize length = 0;
      char *text = accord_json_save_record (entry->record, &length);

      entry->text = g_bytes_new_take (text, length);
    }

  return entry->text;
}

/* Follows a list of records: entries for the records added (their text comes when it is
 * needed), none for those removed. */
static void
splice (AccordJsonCache *self,
        guint            list,
        guint            position,
        guint            removed,
        guint            added)
{
  GPtrArray *entries = self->entries[list];
  GListModel *model = document_list (self, list);

  for (guint i = 0; i < removed; i++)
    {
      Entry *entry = entries->pdata[position + i];

      g_hash_table_remove (self->by_record, entry->record);
      entry_free (self, entry);
    }
  g_ptr_array_remove_range (entries, position, removed);

  for (guint i = 0; i < added; i++)
    {
      g_autoptr(AccordRecord) record = g_list_model_get_item (model, position + i);
      Entry *entry = entry_new (record);

      g_hash_table_insert (self->by_record, entry->record, entry);
      g_ptr_array_insert (entries, position + i, entry);
    }
}

static void
on_meetings_changed (GListModel      *model,
                     guint            position,
                     guint            removed,
                     guint            added,
                     AccordJsonCache *self)
{
  splice (self, MEETINGS, position, removed, added);
  self->heard = TRUE;
}

static void
on_initiatives_changed (GListModel      *model,
                        guint            position,
                        guint            removed,
                        guint            added,
                        AccordJsonCache *self)
{
  splice (self, INITIATIVES, position, removed, added);
  self->heard = TRUE;
}

static void
on_record_changed (AccordDocument  *document,
                   AccordRecord    *record,
                   const char      *property,
                   AccordJsonCache *self)
{
  Entry *entry = g_hash_table_lookup (self->by_record, record);

  if (entry != NULL)
    drop_text (self, entry);
  self->heard = TRUE;
}

static void
on_document_changed (AccordDocument  *document,
                     AccordJsonCache *self)
{
  if (!self->heard)
    {
      for (guint l = 0; l < N_LISTS; l++)
        for (guint i = 0; i < self->entries[l]->len; i++)
          drop_text (self, self->entries[l]->pdata[i]);
    }
  self->heard = FALSE;
}

AccordJsonSnapshot *
accord_json_cache_snapshot (AccordJsonCache *self)
{
  AccordJsonSnapshot *snapshot;

  g_return_val_if_fail (ACCORD_IS_JSON_CACHE (self), NULL);

  snapshot = g_new0 (AccordJsonSnapshot, 1);
  snapshot->cache = g_object_ref (self);
  snapshot->frame = accord_json_save_frame (self->document, NULL);
  for (guint l = 0; l < N_LISTS; l++)
    {
      GPtrArray *entries = self->entries[l];

      snapshot->texts[l] = g_ptr_array_sized_new (entries->len);
      for (guint i = 0; i < entries->len; i++)
        g_ptr_array_add (snapshot->texts[l], entry_text (entries->pdata[i]));
    }
  self->n_snapshots++;

  return snapshot;
}

char *
accord_json_snapshot_join (AccordJsonSnapshot *snapshot,
                           gsize              *length)
{
  g_return_val_if_fail (snapshot != NULL, NULL);

  return accord_json_join (snapshot->frame, snapshot->texts[MEETINGS],
                           snapshot->texts[INITIATIVES], length);
}

void
accord_json_snapshot_free (AccordJsonSnapshot *snapshot)
{
  AccordJsonCache *self;

  if (snapshot == NULL)
    return;

  self = snapshot->cache;
  g_assert (self->n_snapshots > 0);
  if (--self->n_snapshots == 0)
    g_ptr_array_set_size (self->dropped, 0);

  g_free (snapshot->frame);
  for (guint l = 0; l < N_LISTS; l++)
    g_ptr_array_unref (snapshot->texts[l]);
  g_object_unref (self);
  g_free (snapshot);
}

guint
accord_json_cache_get_n_cached (AccordJsonCache *self)
{
  guint n_cached = 0;

  g_return_val_if_fail (ACCORD_IS_JSON_CACHE (self), 0);

  for (guint l = 0; l < N_LISTS; l++)
    for (guint i = 0; i < self->entries[l]->len; i++)
      n_cached += ((Entry *) self->entries[l]->pdata[i])->text != NULL;

  return n_cached;
}

AccordJsonCache *
accord_json_cache_new (AccordDocument *document,
                       gboolean        fill)
{
  AccordJsonCache *self;

  g_return_val_if_fail (ACCORD_IS_DOCUMENT (document), NULL);

  self = g_object_new (ACCORD_TYPE_JSON_CACHE, NULL);
  self->document = g_object_ref (document);

  for (guint l = 0; l < N_LISTS; l++)
    {
      splice (self, l, 0, 0, g_list_model_get_n_items (document_list (self, l)));
      for (guint i = 0; fill && i < self->entries[l]->len; i++)
        entry_text (self->entries[l]->pdata[i]);
    }

  g_signal_connect_object (document, "record-changed", G_CALLBACK (on_record_changed), self, 0);
  g_signal_connect_object (accord_document_get_meetings (document), "items-changed",
                           G_CALLBACK (on_meetings_changed), self, 0);
  g_signal_connect_object (accord_document_get_initiatives (document), "items-changed",
                           G_CALLBACK (on_initiatives_changed), self, 0);
  g_signal_connect_object (document, "changed", G_CALLBACK (on_document_changed), self, 0);

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

  G_OBJECT_CLASS (accord_json_cache_parent_class)->dispose (object);
}

static void
accord_json_cache_finalize (GObject *object)
{
  AccordJsonCache *self = ACCORD_JSON_CACHE (object);

  for (guint l = 0; l < N_LISTS; l++)
    {
      for (guint i = 0; i < self->entries[l]->len; i++)
        entry_free (self, self->entries[l]->pdata[i]);
      g_ptr_array_unref (self->entries[l]);
    }
  g_hash_table_unref (self->by_record);
  g_ptr_array_unref (self->dropped);

  G_OBJECT_CLASS (accord_json_cache_parent_class)->finalize (object);
}

static void
accord_json_cache_class_init (AccordJsonCacheClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = accord_json_cache_dispose;
  object_class->finalize = accord_json_cache_finalize;
}

static void
accord_json_cache_init (AccordJsonCache *self)
{
  for (guint l = 0; l < N_LISTS; l++)
    self->entries[l] = g_ptr_array_new ();
  self->by_record = g_hash_table_new (g_direct_hash, g_direct_equal);
  self->dropped = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
}
