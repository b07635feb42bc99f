/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#define G_LOG_DOMAIN "accord-search"

#include <string.h>

#include "accord-attribute.h"
#include "accord-model-private.h"
#include "accord-participant.h"
#include "accord-period.h"
#include "accord-search.h"
#include "accord-source.h"

/* A haystack is its fields, each followed by FIELD_END; the countries and organisations, which
 * filters compare whole, are preceded by AFFILIATION_START. Folding turns control characters
 * into spaces, so neither can occur in a field or in a query word: a word never matches across
 * two fields. */
#define FIELD_END         '\n'
#define AFFILIATION_START '\x1f'

/* ---- Folding ---------------------------------------------------------------------------- */

typedef enum {
  FOLD_TEXT,
  FOLD_SPACE,
  /* A combining mark on its own: dropped after a Latin letter, kept after any other. */
  FOLD_MARK,
} FoldKind;

/* What one code point folds to. Folding a precomposed character needs case folding and two
 * normalisations, which allocate; each code point is folded once and remembered, so that
 * folding the text of 100,000 records costs a table look-up a character. */
typedef struct
{
  gunichar last;  /* the last code point of text */
  guint8   kind;
  guint8   latin; /* text ends in a Latin letter: marks that follow it are dropped */
  char     text[];
} FoldedChar;

#define FOLD_PAGE_SIZE 256
#define N_FOLD_PAGES   ((0x10FFFF + 1) / FOLD_PAGE_SIZE)

/* Filled on demand and kept for the life of the process. Any thread may fold: entries are
 * published with compare-and-exchange, and the loser of a race frees its copy. */
static FoldedChar **fold_pages[N_FOLD_PAGES];

/* Typographic variants of what a keyboard types. */
static char
fold_punctuation (gunichar ch)
{
  if (ch != '-' && accord_unichar_is_dash (ch))
    return '-';

  switch (ch)
    {
    case 0x2018: case 0x2019: case 0x201B: case 0x2032: /* ‘ ’ ‛ ′ */
      return '\'';

    case 0x201C: case 0x201D: case 0x201F: case 0x2033: /* “ ” ‟ ″ */
      return '"';

    default:
      return '\0';
    }
}

/* Latin letters with a stroke have no decomposition to drop the stroke from. */
static gunichar
fold_stroke (gunichar ch)
{
  switch (ch)
    {
    case 0x0111: /* đ */
      return 'd';

    case 0x0142: /* ł */
      return 'l';

    case 0x00F8: /* ø */
      return 'o';

    default:
      return ch;
    }
}

static FoldedChar *
fold_char_slowly (gunichar ch)
{
  g_autoptr(GString) text = g_string_new (NULL);
  FoldedChar *folded;
  FoldKind kind = FOLD_TEXT;
  gboolean latin = FALSE;
  char punctuation;

  if (g_unichar_isspace (ch) || g_unichar_iscntrl (ch))
    {
      kind = FOLD_SPACE;
    }
  else if (g_unichar_ismark (ch))
    {
      kind = FOLD_MARK;
      g_string_append_unichar (text, ch);
    }
  else if ((punctuation = fold_punctuation (ch)) != '\0')
    {
      g_string_append_c (text, punctuation);
    }
  else
    {
      char utf8[8];
      int length = g_unichar_to_utf8 (ch, utf8);
      g_autofree char *casefolded = g_utf8_casefold (utf8, length);
      g_autofree char *decomposed = g_utf8_normalize (casefolded, -1, G_NORMALIZE_NFD);
      g_autofree char *composed = NULL;

      for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (g_unichar_ismark (c))
            {
              if (latin)
                continue;
            }
          else
            {
              c = fold_stroke (c);
              latin = g_unichar_get_script (c) == G_UNICODE_SCRIPT_LATIN;
            }
          g_string_append_unichar (text, c);
        }

      /* Puts back together what other scripts decomposed: "й", Hangul syllables. */
      composed = g_utf8_normalize (text->str, text->len, G_NORMALIZE_NFC);
      g_string_assign (text, composed);
    }

  folded = g_malloc (sizeof (FoldedChar) + text->len + 1);
  folded->kind = kind;
  folded->latin = latin;
  folded->last = text->len > 0 ? g_utf8_get_char (g_utf8_prev_char (text->str + text->len)) : 0;
  memcpy (folded->text, text->str, text->len + 1);

  return folded;
}

static const FoldedChar *
lookup_folded_char (gunichar ch)
{
  FoldedChar **page = g_atomic_pointer_get (&fold_pages[ch / FOLD_PAGE_SIZE]);
  FoldedChar *folded;

  if (G_UNLIKELY (page == NULL))
    {
      FoldedChar **fresh = g_new0 (FoldedChar *, FOLD_PAGE_SIZE);

      if (g_atomic_pointer_compare_and_exchange (&fold_pages[ch / FOLD_PAGE_SIZE], NULL, fresh))
        page = fresh;
      else
        {
          g_free (fresh);
          page = g_atomic_pointer_get (&fold_pages[ch / FOLD_PAGE_SIZE]);
        }
    }

  folded = g_atomic_pointer_get (&page[ch % FOLD_PAGE_SIZE]);
  if (G_UNLIKELY (folded == NULL))
    {
      FoldedChar *fresh = fold_char_slowly (ch);

      if (g_atomic_pointer_compare_and_exchange (&page[ch % FOLD_PAGE_SIZE], NULL, fresh))
        folded = fresh;
      else
        {
          g_free (fresh);
          folded = g_atomic_pointer_get (&page[ch % FOLD_PAGE_SIZE]);
        }
    }

  return folded;
}

/* Appends @text folded to @out. Returns FALSE when that appended nothing. */
static gboolean
fold_append (GString    *out,
             const char *text)
{
  gsize start = out->len;
  gboolean pending_space = FALSE;
  gboolean after_latin = FALSE;
  gboolean needs_composing = FALSE;
  gunichar last = 0;
  const char *p = text;

  while (*p != '\0')
    {
      guchar byte = (guchar) *p;
      const FoldedChar *folded;
      gunichar ch;

      if (byte < 0x80)
        {
          p++;
          if (byte <= ' ' || byte == 0x7F)
            {
              pending_space = TRUE;
              continue;
            }

          if (pending_space && out->len > start)
            g_string_append_c (out, ' ');
          pending_space = FALSE;

          if (byte >= 'A' && byte <= 'Z')
            byte += 'a' - 'A';
          g_string_append_c (out, (char) byte);
          after_latin = byte >= 'a' && byte <= 'z';
          last = byte;
          continue;
        }

      ch = g_utf8_get_char_validated (p, -1);
      if (G_UNLIKELY (ch == (gunichar) -1 || ch == (gunichar) -2))
        {
          ch = 0xFFFD;
          p++;
        }
      else
        {
          p = g_utf8_next_char (p);
        }

      folded = lookup_folded_char (ch);
      switch ((FoldKind) folded->kind)
        {
        case FOLD_SPACE:
          pending_space = TRUE;
          continue;

        case FOLD_MARK:
          {
            gunichar composed;

            if (after_latin)
              continue;
            /* Only then can the whole differ from its normalised form. */
            if (g_unichar_combining_class (ch) != 0 || g_unichar_compose (last, ch, &composed))
              needs_composing = TRUE;
          }
          break;

        case FOLD_TEXT:
          after_latin = folded->latin;
          break;

        default:
          g_assert_not_reached ();
        }

      if (pending_space && out->len > start)
        g_string_append_c (out, ' ');
      pending_space = FALSE;

      g_string_append (out, folded->text);
      last = folded->last;
    }

  /* Marks in the text as written, such as Lao vowel and tone marks, in canonical order. */
  if (needs_composing)
    {
      g_autofree char *composed = g_utf8_normalize (out->str + start, out->len - start,
                                                    G_NORMALIZE_NFC);

      g_string_truncate (out, start);
      g_string_append (out, composed);
    }

  return out->len > start;
}

char *
accord_search_fold (const char *text)
{
  GString *out = g_string_new (NULL);

  if (text != NULL)
    fold_append (out, text);

  return g_string_free (out, FALSE);
}

/* ---- Haystacks -------------------------------------------------------------------------- */

/* Sources, and participants or attributes. */
#define N_LISTS 2

/* A list a haystack was built from: referenced, so that it can be disconnected from. */
typedef struct
{
  GObject *list;
  gulong   handler_id;
} Watch;

/* One block per record, made at its first search. The record's lists that had been made are
 * watched from each build to the next, or to the record's end; their items point back to the
 * record (accord_participant_get_search_owner() and the like) while the block holds them.
 * Nothing is connected before a record is searched, so a load costs nothing here. */
struct _AccordSearchCache
{
  AccordRecord *record;
  Watch         watches[N_LISTS];
  guint         n_watches;
  guint         n_items;
  GObject     **items;   /* in the same block, after the haystack */
  char          haystack[];
};

/* A slot's summary says which bytes its haystack holds: one bit for each ASCII letter and digit,
 * which answers a query of one such character alone, and the other bytes shared among the
 * rest of the bits, which rules out many longer queries. The top bit marks a built slot. */
#define SUMMARY_BUILT    (G_GUINT64_CONSTANT (1) << 63)
#define FIRST_DIGIT_BIT  26
#define FIRST_SHARED_BIT 36
#define N_SHARED_BITS    (63 - FIRST_SHARED_BIT)

static inline int
summary_bit (guchar byte)
{
  if (byte >= 'a' && byte <= 'z')
    return byte - 'a';
  if (byte >= '0' && byte <= '9')
    return FIRST_DIGIT_BIT + byte - '0';
  return FIRST_SHARED_BIT + byte % N_SHARED_BITS;
}

static inline gboolean
summary_bit_is_exact (guchar byte)
{
  return summary_bit (byte) < FIRST_SHARED_BIT;
}

static guint64
summarize (const char *text,
           gsize       length)
{
  guint64 summary = 0;

  for (gsize i = 0; i < length; i++)
    summary |= G_GUINT64_CONSTANT (1) << summary_bit ((guchar) text[i]);

  return summary;
}

static guint items_changed_signal;

static void
lookup_signals (void)
{
  static gsize looked_up;

  if (g_once_init_enter (&looked_up))
    {
      items_changed_signal = g_signal_lookup ("items-changed", G_TYPE_LIST_MODEL);
      g_once_init_leave (&looked_up, 1);
    }
}

/* Where @item says which record's search knows it; NULL for an object that is no item. */
static AccordRecord **
item_search_owner (GObject *item)
{
  if (ACCORD_IS_PARTICIPANT (item))
    return accord_participant_get_search_owner (ACCORD_PARTICIPANT (item));
  if (ACCORD_IS_SOURCE (item))
    return accord_source_get_search_owner (ACCORD_SOURCE (item));
  if (ACCORD_IS_ATTRIBUTE (item))
    return accord_attribute_get_search_owner (ACCORD_ATTRIBUTE (item));

  return NULL;
}

void
accord_search_slot_invalidate (AccordSearchSlot *slot)
{
  /* The cache and its watches stay until the next build: disconnecting here could drop the
   * last reference to the object that is emitting. */
  slot->summary = 0;
}

void
accord_search_slot_clear (AccordSearchSlot *slot)
{
  AccordSearchCache *cache = g_steal_pointer (&slot->cache);

  slot->summary = 0;
  if (cache == NULL)
    return;

  for (guint i = 0; i < cache->n_watches; i++)
    {
      g_signal_handler_disconnect (cache->watches[i].list, cache->watches[i].handler_id);
      g_object_unref (cache->watches[i].list);
    }

  /* No item is left pointing to the record once the block lets it go. */
  for (guint i = 0; i < cache->n_items; i++)
    {
      AccordRecord **owner = item_search_owner (cache->items[i]);

      if (owner != NULL && *owner == cache->record)
        *owner = NULL;
      g_object_unref (cache->items[i]);
    }

  g_free (cache);
}

/* Handlers get the record, which disconnects them before it goes. */
static void
on_list_items_changed (GListModel *list,
                       guint       position,
                       guint       removed,
                       guint       added,
                       gpointer    record)
{
  accord_search_slot_invalidate (accord_record_get_search_slot (record));
}

/* The record's lists that have been made; the others are empty. */
static void
peek_lists (AccordRecord *record,
            GListModel   *lists[N_LISTS])
{
  lists[0] = accord_record_peek_sources (record);
  if (ACCORD_IS_MEETING (record))
    lists[1] = accord_meeting_peek_participants (ACCORD_MEETING (record));
  else if (ACCORD_IS_INITIATIVE (record))
    lists[1] = accord_initiative_peek_attributes (ACCORD_INITIATIVE (record));
  else
    lists[1] = NULL;
}

static void
add_field (GString    *out,
           const char *text)
{
  if (text[0] != '\0' && fold_append (out, text))
    g_string_append_c (out, FIELD_END);
}

static void
add_fields (GString            *out,
            const char * const *texts)
{
  for (; *texts != NULL; texts++)
    add_field (out, *texts);
}

static void
add_affiliation (GString    *out,
                 const char *text)
{
  if (text[0] == '\0')
    return;

  g_string_append_c (out, AFFILIATION_START);
  if (fold_append (out, text))
    g_string_append_c (out, FIELD_END);
  else
    g_string_truncate (out, out->len - 1);
}

static void
add_record_fields (GString      *out,
                   AccordRecord *record)
{
  add_field (out, accord_record_get_title (record));

  if (ACCORD_IS_MEETING (record))
    {
      AccordMeeting *meeting = ACCORD_MEETING (record);

      add_field (out, accord_period_get_text (accord_meeting_get_when (meeting)));
      add_field (out, accord_meeting_get_location (meeting));
      add_field (out, accord_meeting_get_summary (meeting));
      add_fields (out, accord_meeting_get_topics (meeting));
      add_fields (out, accord_meeting_get_outcomes (meeting));
    }
  else if (ACCORD_IS_INITIATIVE (record))
    {
      AccordInitiative *initiative = ACCORD_INITIATIVE (record);
      const char * const *partners = accord_initiative_get_partners (initiative);

      add_field (out, accord_initiative_get_objective (initiative));
      add_field (out, accord_initiative_get_expected_outcome (initiative));
      add_field (out, accord_period_get_text (accord_initiative_get_period (initiative)));
      add_field (out, accord_initiative_get_area (initiative));
      add_affiliation (out, accord_initiative_get_lead (initiative));
      for (; *partners != NULL; partners++)
        add_affiliation (out, *partners);
    }

  add_field (out, accord_record_get_notes (record));
}

static void
add_item_fields (GString *out,
                 GObject *item)
{
  if (ACCORD_IS_PARTICIPANT (item))
    {
      AccordParticipant *participant = ACCORD_PARTICIPANT (item);

      add_field (out, accord_participant_get_name (participant));
      add_field (out, accord_participant_get_title (participant));
      add_affiliation (out, accord_participant_get_affiliation (participant));
      add_field (out, accord_participant_get_role (participant));
    }
  else if (ACCORD_IS_SOURCE (item))
    {
      AccordSource *source = ACCORD_SOURCE (item);

      add_field (out, accord_source_get_publisher (source));
      add_field (out, accord_source_get_title (source));
    }
  else if (ACCORD_IS_ATTRIBUTE (item))
    {
      AccordAttribute *attribute = ACCORD_ATTRIBUTE (item);

      add_field (out, accord_attribute_get_name (attribute));
      add_field (out, accord_attribute_get_value (attribute));
    }
}

static void
build_slot (AccordSearchSlot *slot,
            AccordRecord     *record)
{
  g_autoptr(GString) out = g_string_sized_new (512);
  /* Their references go to the block. */
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  GListModel *lists[N_LISTS];
  AccordSearchCache *cache;
  gsize items_offset;
  guint n_watches = 0;

  lookup_signals ();

  add_record_fields (out, record);
  peek_lists (record, lists);
  for (guint i = 0; i < N_LISTS; i++)
    {
      guint n_items;

      if (lists[i] == NULL)
        continue;

      n_items = g_list_model_get_n_items (lists[i]);
      for (guint j = 0; j < n_items; j++)
        {
          GObject *item = g_list_model_get_item (lists[i], j);

          add_item_fields (out, item);
          g_ptr_array_add (items, item);
        }
    }

  /* Before the new block takes the items, the old one lets them go. */
  accord_search_slot_clear (slot);

  /* One exactly sized block: a large document keeps 100,000 of these. */
  items_offset = G_STRUCT_OFFSET (AccordSearchCache, haystack) + out->len + 1;
  items_offset = (items_offset + G_ALIGNOF (GObject *) - 1) / G_ALIGNOF (GObject *) *
                 G_ALIGNOF (GObject *);
  cache = g_malloc (items_offset + items->len * sizeof (GObject *));
  cache->record = record;
  cache->items = (GObject **) (gpointer) ((char *) cache + items_offset);
  cache->n_items = items->len;
  memcpy (cache->haystack, out->str, out->len + 1);

  for (guint i = 0; i < N_LISTS; i++)
    {
      if (lists[i] == NULL)
        continue;

      cache->watches[n_watches].list = g_object_ref (G_OBJECT (lists[i]));
      cache->watches[n_watches].handler_id =
        g_signal_connect_closure_by_id (lists[i], items_changed_signal, 0,
                                        g_cclosure_new (G_CALLBACK (on_list_items_changed),
                                                        record, NULL),
                                        FALSE);
      n_watches++;
    }
  cache->n_watches = n_watches;

  for (guint i = 0; i < items->len; i++)
    {
      AccordRecord **owner = item_search_owner (items->pdata[i]);

      cache->items[i] = items->pdata[i];
      if (owner != NULL)
        *owner = record;
    }

  slot->cache = cache;
  slot->summary = SUMMARY_BUILT | summarize (out->str, out->len);
}

static AccordSearchSlot *
get_built_slot (AccordRecord *record)
{
  AccordSearchSlot *slot = accord_record_get_search_slot (record);

  if (G_UNLIKELY (slot->summary == 0))
    build_slot (slot, record);

  return slot;
}

const char *
accord_search_get_haystack (AccordRecord *record)
{
  g_return_val_if_fail (ACCORD_IS_RECORD (record), NULL);

  return get_built_slot (record)->cache->haystack;
}

/* The next word of a query from @text on, or FALSE at its end. */
static gboolean
next_word (const char **text,
           const char **word,
           gsize       *length)
{
  const char *p = *text;

  while (*p == ' ')
    p++;
  if (*p == '\0')
    return FALSE;

  *word = p;
  while (*p != ' ' && *p != '\0')
    p++;
  *length = p - *word;
  *text = p;

  return TRUE;
}

void
accord_search_prefetch (AccordRecord *record)
{
  /* Where the record is: no dereference, no check. */
#if defined(__GNUC__)
  __builtin_prefetch (record);
  __builtin_prefetch (accord_record_get_search_slot (record));
#endif
}

/* The summary first: on each keystroke this runs for every record of the document, and the
 * haystack is one more read from memory. */
struct _AccordSearchQuery
{
  /* Summary bits a record must have. */
  guint64 required;
  /* The words that the summary cannot answer alone, to look for in the haystack. */
  char  **words;
};

AccordSearchQuery *
accord_search_query_new (const char *folded_query)
{
  AccordSearchQuery *query = g_new0 (AccordSearchQuery, 1);
  GPtrArray *words = g_ptr_array_new ();
  const char *rest;
  const char *word;
  gsize length;

  g_return_val_if_fail (folded_query != NULL, NULL);

  for (rest = folded_query; next_word (&rest, &word, &length);)
    {
      query->required |= summarize (word, length);
      if (length == 1 && summary_bit_is_exact ((guchar) word[0]))
        continue;
      g_ptr_array_add (words, g_strndup (word, length));
    }
  g_ptr_array_add (words, NULL);
  query->words = (char **) g_ptr_array_free (words, FALSE);

  return query;
}

void
accord_search_query_free (AccordSearchQuery *query)
{
  if (query == NULL)
    return;

  g_strfreev (query->words);
  g_free (query);
}

gboolean
accord_search_query_matches (const AccordSearchQuery *query,
                             AccordRecord            *record)
{
  AccordSearchSlot *slot;

  g_return_val_if_fail (query != NULL, FALSE);
  /* The final types first: checked inline, where a record's type alone is a call for each
   * record of a search. */
  g_return_val_if_fail (ACCORD_IS_INITIATIVE (record) || ACCORD_IS_MEETING (record) ||
                        ACCORD_IS_RECORD (record), FALSE);

  if (query->required == 0 && query->words[0] == NULL)
    return TRUE;

  slot = get_built_slot (record);
  if ((query->required & ~slot->summary) != 0)
    return FALSE;

  for (char **word = query->words; *word != NULL; word++)
    {
      if (strstr (slot->cache->haystack, *word) == NULL)
        return FALSE;
    }

  return TRUE;
}

gboolean
accord_search_matches (AccordRecord *record,
                       const char   *folded_query)
{
  g_autoptr(AccordSearchQuery) query = NULL;

  g_return_val_if_fail (ACCORD_IS_RECORD (record), FALSE);
  g_return_val_if_fail (folded_query != NULL, FALSE);

  query = accord_search_query_new (folded_query);
  return accord_search_query_matches (query, record);
}

gboolean
accord_search_matches_affiliation (AccordRecord *record,
                                   const char   *folded_affiliation)
{
  AccordSearchSlot *slot;
  const char *haystack;
  gsize length;

  g_return_val_if_fail (ACCORD_IS_RECORD (record), FALSE);
  g_return_val_if_fail (folded_affiliation != NULL, FALSE);

  slot = get_built_slot (record);
  length = strlen (folded_affiliation);
  if ((summarize (folded_affiliation, length) & ~slot->summary) != 0)
    return FALSE;

  haystack = slot->cache->haystack;

  for (const char *p = strchr (haystack, AFFILIATION_START); p != NULL;
       p = strchr (p + 1, AFFILIATION_START))
    {
      if (strncmp (p + 1, folded_affiliation, length) == 0 && p[1 + length] == FIELD_END)
        return TRUE;
    }

  return FALSE;
}

/* ---- Filter menus ----------------------------------------------------------------------- */

typedef struct
{
  GHashTable *seen;   /* spellings met, borrowed from the records */
  GHashTable *folded; /* their folded forms, owned */
  GPtrArray  *names;  /* the first spelling of each folded form, borrowed */
  GString    *buffer;
} AffiliationSet;

static void
affiliation_set_add (AffiliationSet *set,
                     const char     *name)
{
  if (name[0] == '\0' || !g_hash_table_add (set->seen, (gpointer) name))
    return;

  g_string_truncate (set->buffer, 0);
  if (!fold_append (set->buffer, name) ||
      g_hash_table_contains (set->folded, set->buffer->str))
    return;

  g_hash_table_add (set->folded, g_strdup (set->buffer->str));
  g_ptr_array_add (set->names, (gpointer) name);
}

typedef struct
{
  char       *key;
  const char *name;
} SortEntry;

static int
compare_sort_entries (gconstpointer a,
                      gconstpointer b)
{
  return strcmp (((const SortEntry *) a)->key, ((const SortEntry *) b)->key);
}

char **
accord_search_list_affiliations (AccordDocument *document)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) folded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GString) buffer = g_string_new (NULL);
  AffiliationSet set = { seen, folded, names, buffer };
  GListModel *meetings;
  GListModel *initiatives;
  g_autofree SortEntry *entries = NULL;
  char **result;
  guint n;

  g_return_val_if_fail (ACCORD_IS_DOCUMENT (document), NULL);

  meetings = accord_document_get_meetings (document);
  n = g_list_model_get_n_items (meetings);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordMeeting) meeting = g_list_model_get_item (meetings, i);
      GListModel *participants = accord_meeting_peek_participants (meeting);
      guint n_participants = participants != NULL ? g_list_model_get_n_items (participants) : 0;

      for (guint j = 0; j < n_participants; j++)
        {
          g_autoptr(AccordParticipant) participant = g_list_model_get_item (participants, j);

          affiliation_set_add (&set, accord_participant_get_affiliation (participant));
        }
    }

  initiatives = accord_document_get_initiatives (document);
  n = g_list_model_get_n_items (initiatives);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordInitiative) initiative = g_list_model_get_item (initiatives, i);
      const char * const *partners = accord_initiative_get_partners (initiative);

      affiliation_set_add (&set, accord_initiative_get_lead (initiative));
      for (; *partners != NULL; partners++)
        affiliation_set_add (&set, *partners);
    }

  entries = g_new (SortEntry, names->len);
  for (guint i = 0; i < names->len; i++)
    {
      entries[i].name = names->pdata[i];
      entries[i].key = g_utf8_collate_key (entries[i].name, -1);
    }
  /* qsort() wants a valid pointer even for nothing to sort; g_new() gives NULL for none. */
  if (names->len > 1)
    qsort (entries, names->len, sizeof (SortEntry), compare_sort_entries);

  result = g_new (char *, names->len + 1);
  for (guint i = 0; i < names->len; i++)
    {
      result[i] = g_strdup (entries[i].name);
      g_free (entries[i].key);
    }
  result[names->len] = NULL;

  return result;
}

static void
add_years (guint32            *years,
           const AccordPeriod *period)
{
  GDate start, end;

  if (!accord_period_get_start (period, &start) || !accord_period_get_end (period, &end))
    return;

  for (guint year = g_date_get_year (&start); year <= g_date_get_year (&end); year++)
    years[year / 32] |= 1u << (year % 32);
}

GArray *
accord_search_list_years (AccordDocument *document)
{
  /* GDateYear is 16 bits wide. */
  g_autofree guint32 *years = NULL;
  GArray *result;
  GListModel *meetings;
  GListModel *initiatives;
  guint n;

  g_return_val_if_fail (ACCORD_IS_DOCUMENT (document), NULL);

  years = g_new0 (guint32, (G_MAXUINT16 + 1) / 32);

  meetings = accord_document_get_meetings (document);
  n = g_list_model_get_n_items (meetings);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordMeeting) meeting = g_list_model_get_item (meetings, i);

      add_years (years, accord_meeting_get_when (meeting));
    }

  initiatives = accord_document_get_initiatives (document);
  n = g_list_model_get_n_items (initiatives);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordInitiative) initiative = g_list_model_get_item (initiatives, i);

      add_years (years, accord_initiative_get_period (initiative));
    }

  result = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint year = 1; year <= G_MAXUINT16; year++)
    {
      if (years[year / 32] & (1u << (year % 32)))
        g_array_append_val (result, year);
    }

  return result;
}
