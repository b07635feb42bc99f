/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#define G_LOG_DOMAIN "accord-search-index"

#include <string.h>

#include "accord-search-index.h"
#include "accord-search-private.h"

/* What the index knows of the records, in arrays by the records' rows in the document
 * (accord_record_get_row()), not in a hash table: a keystroke looks up every record, and an
 * array is one read from memory, four entries to a cache line. Each record known is
 * referenced, so that it cannot go while the index knows it, and its entry names it, so that a
 * row given to another record (by a load) is not taken for its own; a record that leaves the
 * document leaves the index (on_records_changed). */
typedef struct
{
  AccordRecord *record;   /* NULL: nothing known at that row */
  guint64       summary;  /* 0: the haystack is stale */
} Entry;

typedef struct
{
  Entry  *entries;
  /* Apart: a query of one letter never reads them. */
  char  **haystacks;
  guint   capacity;
  guint   n_known;
} Rows;

/* Set in the summary of every built entry, so that a record with nothing to search is not
 * taken for a stale one. */
#define SUMMARY_BUILT (G_GUINT64_CONSTANT (1) << 63)
#define MIN_CAPACITY  64

struct _AccordSearchIndex
{
  GObject         parent_instance;

  AccordDocument *document;
  Rows            rows;
};

G_DEFINE_FINAL_TYPE (AccordSearchIndex, accord_search_index, G_TYPE_OBJECT)

static void
forget (Rows  *rows,
        guint  row)
{
  g_clear_pointer (&rows->haystacks[row], g_free);
  g_clear_object (&rows->entries[row].record);
  rows->entries[row].summary = 0;
  rows->n_known--;
}

static void
grow (Rows  *rows,
      guint  row)
{
  guint capacity = MAX (rows->capacity, MIN_CAPACITY);
  guint added;

  while (capacity <= row)
    capacity *= 2;
  added = capacity - rows->capacity;

  rows->entries = g_renew (Entry, rows->entries, capacity);
  memset (rows->entries + rows->capacity, 0, added * sizeof (Entry));
  rows->haystacks = g_renew (char *, rows->haystacks, capacity);
  memset (rows->haystacks + rows->capacity, 0, added * sizeof (char *));
  rows->capacity = capacity;
}

static void
build (Rows         *rows,
       guint         row,
       AccordRecord *record)
{
  GString *out = g_string_sized_new (512);

  if (row >= rows->capacity)
    grow (rows, row);
  if (rows->entries[row].record != record)
    {
      if (rows->entries[row].record != NULL)
        forget (rows, row);
      rows->entries[row].record = g_object_ref (record);
      rows->n_known++;
    }

  accord_search_append_haystack (out, record);
  g_free (rows->haystacks[row]);
  rows->entries[row].summary = SUMMARY_BUILT | accord_search_summarize (out->str, out->len);
  /* Exactly sized: a large document keeps 100,000 of these. */
  rows->haystacks[row] = g_strndup (out->str, out->len);
  g_string_free (out, TRUE);
}

/* @record's summary and haystack: kept for a record of the document, made afresh into @buffer
 * for another. */
static inline guint64
lookup (AccordSearchIndex  *self,
        AccordRecord       *record,
        const char        **haystack,
        GString           **buffer)
{
  guint row = accord_record_get_row (record);
  Entry *entry = row < self->rows.capacity ? &self->rows.entries[row] : NULL;

  if (G_LIKELY (entry != NULL && entry->record == record && entry->summary != 0))
    {
      *haystack = self->rows.haystacks[row];
      return entry->summary;
    }

  if (row != G_MAXUINT && accord_document_lookup_record (self->document,
                                                         accord_record_get_id (record)) == record)
    {
      build (&self->rows, row, record);
      *haystack = self->rows.haystacks[row];
      return self->rows.entries[row].summary;
    }

  *buffer = g_string_sized_new (512);
  accord_search_append_haystack (*buffer, record);
  *haystack = (*buffer)->str;
  return SUMMARY_BUILT | accord_search_summarize ((*buffer)->str, (*buffer)->len);
}

static void
on_record_changed (AccordSearchIndex *self,
                   AccordRecord      *record,
                   const char        *field)
{
  guint row = accord_record_get_row (record);

  /* Made again at its next search: the haystack stays until then. */
  if (row < self->rows.capacity && self->rows.entries[row].record == record)
    self->rows.entries[row].summary = 0;
}

static gboolean
in_document (AccordSearchIndex *self,
             AccordRecord      *record)
{
  return accord_document_lookup_record (self->document, accord_record_get_id (record)) == record;
}

/* Records left the document (a deletion, a load): the index forgets them, and lets them go. */
static void
on_records_changed (AccordSearchIndex *self,
                    guint              position,
                    guint              removed,
                    guint              added)
{
  if (removed == 0)
    return;

  for (guint row = 0; row < self->rows.capacity && self->rows.n_known > 0; row++)
    {
      if (self->rows.entries[row].record != NULL &&
          !in_document (self, self->rows.entries[row].record))
        forget (&self->rows, row);
    }
}

static void
accord_search_index_dispose (GObject *object)
{
  AccordSearchIndex *self = ACCORD_SEARCH_INDEX (object);

  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->document, self);
      g_signal_handlers_disconnect_by_data (accord_document_get_meetings (self->document), self);
      g_signal_handlers_disconnect_by_data (accord_document_get_initiatives (self->document),
                                            self);
    }
  for (guint row = 0; row < self->rows.capacity; row++)
    {
      if (self->rows.entries[row].record != NULL)
        forget (&self->rows, row);
    }
  g_clear_object (&self->document);

  G_OBJECT_CLASS (accord_search_index_parent_class)->dispose (object);
}

static void
accord_search_index_finalize (GObject *object)
{
  AccordSearchIndex *self = ACCORD_SEARCH_INDEX (object);

  g_clear_pointer (&self->rows.entries, g_free);
  g_clear_pointer (&self->rows.haystacks, g_free);

  G_OBJECT_CLASS (accord_search_index_parent_class)->finalize (object);
}

static void
accord_search_index_class_init (AccordSearchIndexClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = accord_search_index_dispose;
  object_class->finalize = accord_search_index_finalize;
}

static void
accord_search_index_init (AccordSearchIndex *self)
{
  grow (&self->rows, 0);
}

AccordSearchIndex *
accord_search_index_new (AccordDocument *document)
{
  AccordSearchIndex *self;

  g_return_val_if_fail (ACCORD_IS_DOCUMENT (document), NULL);

  self = g_object_new (ACCORD_TYPE_SEARCH_INDEX, NULL);
  self->document = g_object_ref (document);
  g_signal_connect_object (document, "record-changed", G_CALLBACK (on_record_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (accord_document_get_meetings (document), "items-changed",
                           G_CALLBACK (on_records_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (accord_document_get_initiatives (document), "items-changed",
                           G_CALLBACK (on_records_changed), self, G_CONNECT_SWAPPED);

  return self;
}

AccordDocument *
accord_search_index_get_document (AccordSearchIndex *self)
{
  g_return_val_if_fail (ACCORD_IS_SEARCH_INDEX (self), NULL);

  return self->document;
}

gboolean
accord_search_index_matches (AccordSearchIndex       *self,
                             const AccordSearchQuery *query,
                             AccordRecord            *record)
{
  g_autoptr(GString) buffer = NULL;
  const char *haystack;
  guint64 summary;

  g_return_val_if_fail (ACCORD_IS_SEARCH_INDEX (self), FALSE);
  g_return_val_if_fail (query != NULL, FALSE);
  /* The final types first: checked inline, where a record's type alone is a call for each
   * record of a search. */
  g_return_val_if_fail (ACCORD_IS_INITIATIVE (record) || ACCORD_IS_MEETING (record) ||
                        ACCORD_IS_RECORD (record), FALSE);

  if (query->required == 0 && query->words[0] == NULL)
    return TRUE;

  summary = lookup (self, record, &haystack, &buffer);
  /* The summary alone answers most records. */
  if ((query->required & ~summary) != 0)
    return FALSE;

  return accord_search_query_matches_haystack (query, summary, haystack);
}

gboolean
accord_search_index_matches_affiliation (AccordSearchIndex *self,
                                         AccordRecord      *record,
                                         const char        *folded_affiliation)
{
  g_autoptr(GString) buffer = NULL;
  const char *haystack;
  guint64 summary;

  g_return_val_if_fail (ACCORD_IS_SEARCH_INDEX (self), FALSE);
  g_return_val_if_fail (ACCORD_IS_RECORD (record), FALSE);
  g_return_val_if_fail (folded_affiliation != NULL, FALSE);

  summary = lookup (self, record, &haystack, &buffer);
  return accord_search_affiliation_in_haystack (folded_affiliation, summary, haystack);
}

char *
accord_search_index_dup_haystack (AccordSearchIndex *self,
                                  AccordRecord      *record)
{
  g_autoptr(GString) buffer = NULL;
  const char *haystack;

  g_return_val_if_fail (ACCORD_IS_SEARCH_INDEX (self), NULL);
  g_return_val_if_fail (ACCORD_IS_RECORD (record), NULL);

  lookup (self, record, &haystack, &buffer);
  return g_strdup (haystack);
}

void
accord_search_index_prefetch (AccordSearchIndex *self,
                              AccordRecord      *record)
{
  /* Where the record is, without reading it; its summary is in the processor's cache. */
#if defined(__GNUC__)
  __builtin_prefetch (record);
#endif
  accord_record_prefetch_row (record);
}

guint
accord_search_index_get_n_known (AccordSearchIndex *self)
{
  g_return_val_if_fail (ACCORD_IS_SEARCH_INDEX (self), 0);

  return self->rows.n_known;
}
