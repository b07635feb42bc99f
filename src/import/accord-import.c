/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#define G_LOG_DOMAIN "accord-import"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "accord-attribute.h"
#include "accord-import-private.h"
#include "accord-initiative.h"
#include "accord-meeting.h"
#include "accord-participant.h"
#include "accord-fold.h"
#include "accord-source.h"

struct _AccordImport
{
  GObject               parent_instance;

  char                 *text;
  GDate                 reference;
  AccordImportReference reference_origin;
  GPtrArray            *meetings;
  GPtrArray            *initiatives;
  GHashTable           *spans;     /* AccordRecord → GArray of AccordImportSpan */
};

G_DEFINE_FINAL_TYPE (AccordImport, accord_import, G_TYPE_OBJECT)

static void
accord_import_finalize (GObject *object)
{
  AccordImport *self = ACCORD_IMPORT (object);

  g_free (self->text);
  g_ptr_array_unref (self->meetings);
  g_ptr_array_unref (self->initiatives);
  g_hash_table_unref (self->spans);

  G_OBJECT_CLASS (accord_import_parent_class)->finalize (object);
}

static void
accord_import_class_init (AccordImportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = accord_import_finalize;
}

static void
accord_import_init (AccordImport *self)
{
  self->meetings = g_ptr_array_new_with_free_func (g_object_unref);
  self->initiatives = g_ptr_array_new_with_free_func (g_object_unref);
  self->spans = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  g_date_clear (&self->reference, 1);
}

/* ---- Blocks and sentences ---------------------------------------------------------------- */

static gboolean
is_table_rule (const char *line,
               gsize       length)
{
  guint dashes = 0;

  for (gsize i = 0; i < length; i++)
    {
      char c = line[i];

      if (c == '-')
        dashes++;
      else if (c != '|' && c != ':' && c != ' ')
        return FALSE;
    }
  return dashes >= 3 && memchr (line, '|', length) != NULL;
}

static gboolean
looks_like_heading (const char *line,
                    gsize       length)
{
  char last;
  guint words = 1;

  if (length == 0 || length > 160)
    return FALSE;
  last = line[length - 1];
  if (last == '.' || last == '!' || last == '?' || last == ',' || last == ';' || last == ':')
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (line[i] == ' ')
      words++;
  return words <= 24;
}

static gboolean
is_list_item (const char *line,
              gsize       length)
{
  if (length > 2 && (line[0] == '-' || line[0] == '*') && line[1] == ' ')
    return TRUE;
  if (length > 4 && g_str_has_prefix (line, "\xe2\x80\xa2"))
    return TRUE;
  if (length > 3 && g_ascii_isdigit (line[0]))
    {
      gsize i = 0;

      while (i < length && g_ascii_isdigit (line[i]))
        i++;
      return i + 1 < length && (line[i] == '.' || line[i] == ')') && line[i + 1] == ' ';
    }
  return FALSE;
}

static void
split_blocks (ImportState *state,
              GArray      *heading_lines)
{
  gsize start = 0;
  guint line = 0;

  while (start < state->length)
    {
      const char *newline = memchr (state->text + start, '\n', state->length - start);
      gsize end = newline != NULL ? (gsize) (newline - state->text) : state->length;
      Block block = { BLOCK_PARAGRAPH, start, end, FALSE };
      const char *p = state->text + start;
      gsize n = end - start;

      for (guint i = 0; i < heading_lines->len; i++)
        if (g_array_index (heading_lines, guint, i) == line)
          block.marked_heading = TRUE;

      if (is_table_rule (p, n))
        block.kind = BLOCK_TABLE_RULE;
      else if (block.marked_heading)
        block.kind = BLOCK_HEADING;
      else if (is_list_item (p, n))
        block.kind = BLOCK_ITEM;
      else if (looks_like_heading (p, n))
        block.kind = BLOCK_HEADING;
      g_array_append_val (state->blocks, block);
      start = end + 1;
      line++;
    }

  /* Rows: the line before a rule, and the lines with pipes after it. A caption with a stray
   * "|" is not a table. */
  for (guint i = 0; i < state->blocks->len; i++)
    {
      Block *rule = &g_array_index (state->blocks, Block, i);

      if (rule->kind != BLOCK_TABLE_RULE)
        continue;
      if (i > 0)
        {
          Block *head = &g_array_index (state->blocks, Block, i - 1);

          if (memchr (state->text + head->start, '|', head->end - head->start) != NULL)
            head->kind = BLOCK_TABLE_ROW;
          else
            rule->kind = BLOCK_PARAGRAPH;
        }
      else
        rule->kind = BLOCK_PARAGRAPH;
      for (guint j = i + 1; j < state->blocks->len && rule->kind == BLOCK_TABLE_RULE; j++)
        {
          Block *row = &g_array_index (state->blocks, Block, j);

          if (memchr (state->text + row->start, '|', row->end - row->start) == NULL
              || row->kind == BLOCK_TABLE_RULE)
            break;
          row->kind = BLOCK_TABLE_ROW;
        }
    }
}

static gboolean
ends_with_abbreviation (const char *text,
                        gsize       start,
                        gsize       dot)
{
  static const char * const abbreviations[] = {
    "Mr", "Ms", "Mrs", "Dr", "St", "Gen", "Lt", "Col", "Sen", "Rep", "Prof", "No", "Jan", "Feb",
    "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Hon", "Adm", "Maj",
    "Mdm", "vs", "etc", "e.g", "i.e", "H.E", "U.S", "U.N", "Jr", "Sr", "Capt", "Cpt", "Brig",
  };
  gsize word = dot;

  while (word > start && text[word - 1] != ' ' && text[word - 1] != '(')
    word--;
  if (dot - word == 1 && g_ascii_isupper (text[word]))
    return TRUE;   /* an initial: "J. Smith" */
  for (guint i = 0; i < G_N_ELEMENTS (abbreviations); i++)
    if (dot - word == strlen (abbreviations[i])
        && strncmp (text + word, abbreviations[i], dot - word) == 0)
      return TRUE;
  return FALSE;
}

static void
split_sentences (ImportState *state)
{
  const char *text = state->text;

  for (guint b = 0; b < state->blocks->len; b++)
    {
      const Block *block = &g_array_index (state->blocks, Block, b);
      gsize start = block->start;

      if (block->kind != BLOCK_TABLE_ROW && block->kind != BLOCK_TABLE_RULE)
        for (gsize p = block->start; p + 1 < block->end; p++)
          {
            char c = text[p];
            gsize next = p + 1;

            if (c != '.' && c != '!' && c != '?')
              continue;
            /* Closing quotes and brackets stay with the sentence they end. */
            while (next < block->end && (text[next] == '"' || text[next] == ')'
                                         || text[next] == '\''))
              next++;
            if (next + 3 < block->end && (guchar) text[next] == 0xE2 && (guchar) text[next + 1] == 0x80
                && ((guchar) text[next + 2] == 0x9D || (guchar) text[next + 2] == 0x99))
              next += 3;
            if (next >= block->end || text[next] != ' ')
              continue;
            {
              gunichar after = g_utf8_get_char (text + next + 1);

              if (after == '(')
                after = g_utf8_get_char (text + next + 2);
              if (!(g_unichar_isupper (after) || g_unichar_isdigit (after) || after == '"'
                    || after == 0x201C))
                continue;
            }
            if (c == '.' && ends_with_abbreviation (text, start, p))
              continue;
            {
              Sentence sentence = { start, next, b };

              g_array_append_val (state->sentences, sentence);
            }
            start = next + 1;
          }
      {
        Sentence sentence = { start, block->end, b };

        g_array_append_val (state->sentences, sentence);
      }
    }
}

guint
import_sentence_at (ImportState *state,
                    gsize        offset)
{
  guint low = 0, high = state->sentences->len;

  /* The last sentence that starts at or before @offset. */
  while (high - low > 1)
    {
      guint mid = (low + high) / 2;

      if (g_array_index (state->sentences, Sentence, mid).start <= offset)
        low = mid;
      else
        high = mid;
    }
  return low;
}

/* ---- The article's headline and publisher ------------------------------------------------ */

static GRegex *
source_regex (guint which)
{
  static GRegex *regexes[3];
  static const char * const patterns[] = {
    "(?i:date)\\h+\\d{4}-\\d\\d-\\d\\d\\h+",
    "(?i:source|sources|nguồn)\\h*:\\h*(?<who>\\p{Lu}[^\\n]{1,60}?)\\h*$",
    "[.!?”\"]\\h+(?<who>\\p{Lu}{2,6})\\h*$",
  };

  if (g_once_init_enter (&regexes[which]))
    g_once_init_leave (&regexes[which], g_regex_new (patterns[which], G_REGEX_OPTIMIZE, 0, NULL));
  return regexes[which];
}

static void
find_headline (ImportState *state,
               Field       *second_publisher)
{
  const char *text = state->text;

  for (guint i = 0; i < MIN (state->blocks->len, 6) && !field_is_set (&state->headline); i++)
    {
      const Block *block = &g_array_index (state->blocks, Block, i);
      g_autoptr(GMatchInfo) match = NULL;
      gsize start = block->start;
      guint words = 1;

      if (block->kind != BLOCK_HEADING)
        continue;
      if (g_regex_match_full (source_regex (0), text, block->end, start, G_REGEX_MATCH_ANCHORED,
                              &match, NULL))
        {
          int s, e;

          g_match_info_fetch_pos (match, 0, &s, &e);
          start = e;
        }
      /* Page furniture: "/ News", "MOIT VIETNAM | AMM 53: …" (site name and title). */
      if (memchr (text + start, '|', block->end - start) != NULL || text[start] == '/')
        continue;
      for (gsize p = start; p < block->end; p++)
        if (text[p] == ' ')
          words++;
      if (words < 3)
        continue;
      field_set_text (&state->headline, text, start, block->end);
    }

  /* "Source: TapchiLaoViet" at the end; or a sign-off after the last sentence ("… VNS"). */
  for (guint i = state->blocks->len; i-- > 0 && i + 3 >= state->blocks->len;)
    {
      const Block *block = &g_array_index (state->blocks, Block, i);
      g_autoptr(GMatchInfo) match = NULL;
      int s, e;

      if (g_regex_match_full (source_regex (1), text, block->end, block->start,
                              G_REGEX_MATCH_ANCHORED, &match, NULL)
          && g_match_info_fetch_named_pos (match, "who", &s, &e))
        {
          field_set_text (second_publisher, text, s, e);
          break;
        }
      g_clear_pointer (&match, g_match_info_free);
      if (i + 1 == state->blocks->len && !field_is_set (&state->publisher)
          && g_regex_match_full (source_regex (2), text, block->end, block->start, 0, &match, NULL)
          && g_match_info_fetch_named_pos (match, "who", &s, &e))
        field_set_text (&state->publisher, text, s, e);
    }
}

/* ---- Records ------------------------------------------------------------------------------ */

typedef struct
{
  const char *text;
  GArray     *block_chars;   /* character offset of each block's start */
  GArray     *blocks;
} Offsets;

static guint
char_offset (Offsets *offsets,
             gsize    byte)
{
  guint low = 0, high = offsets->blocks->len;

  if (high == 0)
    return 0;
  while (high - low > 1)
    {
      guint mid = (low + high) / 2;

      if (g_array_index (offsets->blocks, Block, mid).start <= byte)
        low = mid;
      else
        high = mid;
    }
  {
    gsize block_start = g_array_index (offsets->blocks, Block, low).start;

    return g_array_index (offsets->block_chars, guint, low)
           + (guint) g_utf8_pointer_to_offset (offsets->text + block_start, offsets->text + byte);
  }
}

static void
add_span (GArray     *spans,
          Offsets    *offsets,
          const char *path,
          const Field *field)
{
  AccordImportSpan span;

  if (!field_is_set (field) || field->end <= field->start)
    return;
  span.path = g_intern_string (path);
  span.start = char_offset (offsets, field->start);
  span.end = char_offset (offsets, field->end);
  g_array_append_val (spans, span);
}

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const AccordImportSpan *x = a, *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return x->end < y->end ? -1 : x->end > y->end;
}

static char *
make_id (GHashTable *used,
         const char *prefix,
         const char *title)
{
  g_autofree char *folded = accord_search_fold (title != NULL ? title : "");
  GString *id = g_string_new (prefix);
  gboolean dash = FALSE;
  char *result;

  for (const char *p = folded; *p != '\0' && id->len < 48; p++)
    {
      if (g_ascii_isalnum (*p))
        {
          if (dash && id->len > strlen (prefix))
            g_string_append_c (id, '-');
          g_string_append_c (id, *p);
          dash = FALSE;
        }
      else
        dash = TRUE;
    }
  /* Cut at a word, not inside one. */
  if (id->len >= 48 && strchr (id->str + strlen (prefix), '-') != NULL)
    g_string_truncate (id, strrchr (id->str, '-') - id->str);
  if (id->len == strlen (prefix))
    g_string_append (id, "draft");
  result = g_string_free (id, FALSE);
  if (g_hash_table_contains (used, result))
    {
      for (guint n = 2;; n++)
        {
          char *numbered = g_strdup_printf ("%s-%u", result, n);

          if (!g_hash_table_contains (used, numbered))
            {
              g_free (result);
              result = numbered;
              break;
            }
          g_free (numbered);
        }
    }
  g_hash_table_add (used, g_strdup (result));
  return result;
}

static const char *
value_or_empty (const Field *field)
{
  return field->value != NULL ? field->value : "";
}

static void
add_sources (AccordImport *self,
             AccordRecord *record,
             ImportState  *state,
             const Field  *second,
             GArray       *spans,
             Offsets      *offsets)
{
  GListStore *sources = G_LIST_STORE (accord_record_get_sources (record));
  g_autofree char *published = NULL;
  guint n = 0;

  if (field_is_set (&state->published))
    {
      AccordPeriod *period = accord_period_parse (state->published.value, NULL, NULL);
      GDate date;

      if (accord_period_get_start (period, &date))
        published = accord_date_to_iso (&date);
      accord_period_free (period);
    }
  if (field_is_set (&state->publisher) || field_is_set (&state->headline) || published != NULL)
    {
      g_autoptr(AccordSource) source = accord_source_new (value_or_empty (&state->publisher),
                                                          value_or_empty (&state->headline), "",
                                                          published != NULL ? published : "");

      g_list_store_append (sources, source);
      add_span (spans, offsets, "sources[0].publisher", &state->publisher);
      add_span (spans, offsets, "sources[0].title", &state->headline);
      add_span (spans, offsets, "sources[0].published", &state->published);
      n++;
    }
  if (field_is_set (second))
    {
      g_autoptr(AccordSource) source = accord_source_new (second->value, "", "", "");
      g_autofree char *path = g_strdup_printf ("sources[%u].publisher", n);

      g_list_store_append (sources, source);
      add_span (spans, offsets, path, second);
    }
}

/* The draft says when a date had no year of its own. */
static char *
resolved_note (ImportState *state,
               const char  *date_text)
{
  g_autofree char *reference = accord_date_to_iso (&state->reference);

  switch (state->reference_origin)
    {
    case ACCORD_IMPORT_REFERENCE_GIVEN:
      /* Translators: %1$s is a date as an article wrote it ("on November 22"), %2$s an ISO
       * date. */
      return g_strdup_printf (_("“%1$s” gives no year; it was read against the date given for the article, %2$s."),
                              date_text, reference);
    case ACCORD_IMPORT_REFERENCE_PUBLISHED:
      return g_strdup_printf (_("“%1$s” gives no year; it was read against the article’s publication date, %2$s."),
                              date_text, reference);
    case ACCORD_IMPORT_REFERENCE_DATELINE:
      return g_strdup_printf (_("“%1$s” gives no year; it was read against the article’s dateline, %2$s."),
                              date_text, reference);
    case ACCORD_IMPORT_REFERENCE_THIS_YEAR:
      {
        g_autofree char *year = g_strdup_printf ("%u", g_date_get_year (&state->reference));

        /* Translators: %1$s is a date as written, %2$s a year. */
        return g_strdup_printf (_("“%1$s” gives no year; the article calls %2$s “this year”."),
                                date_text, year);
      }
    case ACCORD_IMPORT_REFERENCE_NONE:
    default:
      return NULL;
    }
}

static AccordMeeting *
make_meeting (AccordImport *self,
              ImportState  *state,
              MeetingDraft *draft,
              GHashTable   *used,
              const Field  *second,
              Offsets      *offsets)
{
  g_autofree char *id = make_id (used, "m-", draft->title.value);
  AccordMeeting *meeting = accord_meeting_new (id);
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (AccordImportSpan));
  GListStore *participants = G_LIST_STORE (accord_meeting_get_participants (meeting));

  accord_record_set_title (ACCORD_RECORD (meeting), draft->title.value);
  add_span (spans, offsets, "title", &draft->title);
  if (draft->period != NULL)
    {
      accord_meeting_set_when (meeting, draft->period);
      add_span (spans, offsets, "when", &draft->when);
      if (draft->year_resolved)
        {
          g_autofree char *note = resolved_note (state, draft->when.value);

          accord_record_set_notes (ACCORD_RECORD (meeting), note);
        }
    }
  if (field_is_set (&draft->location))
    {
      accord_meeting_set_location (meeting, draft->location.value);
      add_span (spans, offsets, "location", &draft->location);
    }
  accord_meeting_set_format (meeting, draft->format_value);
  add_span (spans, offsets, "format", &draft->format);
  accord_meeting_set_kind (meeting, draft->kind_value);
  add_span (spans, offsets, "kind", &draft->kind);

  for (guint i = 0; i < draft->participants->len; i++)
    {
      Person *person = draft->participants->pdata[i];
      g_autoptr(AccordParticipant) participant = NULL;
      g_autofree char *path = NULL;

      participant = accord_participant_new (value_or_empty (&person->name),
                                            value_or_empty (&person->title),
                                            value_or_empty (&person->affiliation),
                                            value_or_empty (&person->role));
      g_list_store_append (participants, participant);
      path = g_strdup_printf ("participants[%u].name", i);
      add_span (spans, offsets, path, &person->name);
      g_free (path);
      path = g_strdup_printf ("participants[%u].title", i);
      add_span (spans, offsets, path, &person->title);
      g_free (path);
      path = g_strdup_printf ("participants[%u].affiliation", i);
      add_span (spans, offsets, path, &person->affiliation);
      g_free (path);
      path = g_strdup_printf ("participants[%u].role", i);
      add_span (spans, offsets, path, &person->role);
    }
  add_sources (self, ACCORD_RECORD (meeting), state, second, spans, offsets);

  g_array_sort (spans, compare_spans);
  g_hash_table_insert (self->spans, meeting, spans);
  return meeting;
}

static AccordInitiative *
make_initiative (AccordImport    *self,
                 ImportState     *state,
                 InitiativeDraft *draft,
                 GHashTable      *used,
                 GHashTable      *meeting_ids,
                 const Field     *second,
                 Offsets         *offsets)
{
  g_autofree char *id = make_id (used, "i-", draft->title.value);
  AccordInitiative *initiative = accord_initiative_new (id);
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (AccordImportSpan));
  GListStore *attributes = G_LIST_STORE (accord_initiative_get_attributes (initiative));

  accord_record_set_title (ACCORD_RECORD (initiative), draft->title.value);
  add_span (spans, offsets, "title", &draft->title);
  accord_initiative_set_objective (initiative, value_or_empty (&draft->objective));
  add_span (spans, offsets, "objective", &draft->objective);
  accord_initiative_set_expected_outcome (initiative, value_or_empty (&draft->expected_outcome));
  add_span (spans, offsets, "expected_outcome", &draft->expected_outcome);
  if (draft->period != NULL)
    {
      accord_initiative_set_period (initiative, draft->period);
      add_span (spans, offsets, "timeline", &draft->timeline);
      if (draft->year_resolved)
        {
          g_autofree char *note = resolved_note (state, draft->timeline.value);

          accord_record_set_notes (ACCORD_RECORD (initiative), note);
        }
    }
  accord_initiative_set_lead (initiative, value_or_empty (&draft->lead));
  add_span (spans, offsets, "lead", &draft->lead);
  accord_initiative_set_status (initiative, draft->status_value);
  add_span (spans, offsets, "status", &draft->status);
  accord_initiative_set_area (initiative, value_or_empty (&draft->area));
  add_span (spans, offsets, "area", &draft->area);
  if (draft->partners->len > 0)
    {
      g_autoptr(GPtrArray) names = g_ptr_array_new ();

      for (guint i = 0; i < draft->partners->len; i++)
        {
          Field *field = draft->partners->pdata[i];
          g_autofree char *path = g_strdup_printf ("partners[%u]", i);

          g_ptr_array_add (names, field->value);
          add_span (spans, offsets, path, field);
        }
      g_ptr_array_add (names, NULL);
      accord_initiative_set_partners (initiative, (const char * const *) names->pdata);
    }
  if (draft->meeting != NULL)
    accord_initiative_set_meeting_id (initiative, g_hash_table_lookup (meeting_ids, draft->meeting));
  for (guint i = 0; i < draft->attributes->len; i++)
    {
      AttributeDraft *attribute = &g_array_index (draft->attributes, AttributeDraft, i);
      g_autoptr(AccordAttribute) item = accord_attribute_new (value_or_empty (&attribute->name),
                                                              value_or_empty (&attribute->value));
      g_autofree char *path = g_strdup_printf ("attributes[%u].name", i);

      g_list_store_append (attributes, item);
      add_span (spans, offsets, path, &attribute->name);
      g_free (path);
      path = g_strdup_printf ("attributes[%u].value", i);
      add_span (spans, offsets, path, &attribute->value);
    }
  add_sources (self, ACCORD_RECORD (initiative), state, second, spans, offsets);

  g_array_sort (spans, compare_spans);
  g_hash_table_insert (self->spans, initiative, spans);
  return initiative;
}

static void
state_clear (ImportState *state)
{
  g_free (state->text);
  g_array_unref (state->blocks);
  g_array_unref (state->sentences);
  field_clear (&state->reference_field);
  field_clear (&state->publisher);
  field_clear (&state->headline);
  field_clear (&state->published);
  g_ptr_array_unref (state->people);
  g_array_unref (state->mentions);
  g_ptr_array_unref (state->meetings);
  g_ptr_array_unref (state->initiatives);
}

AccordImport *
accord_import_new (const char         *data,
                   gssize              length,
                   AccordImportFormat  format,
                   const GDate        *reference)
{
  AccordImport *self = g_object_new (ACCORD_TYPE_IMPORT, NULL);
  g_autoptr(GArray) heading_lines = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) meeting_ids = g_hash_table_new (NULL, NULL);
  ImportState state = { 0 };
  Field second = { 0 };
  Offsets offsets;
  guint chars = 0;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (length < 0)
    length = strlen (data);
  state.text = accord_import_clean (data != NULL ? data : "", length, format, heading_lines);
  state.length = strlen (state.text);
  state.blocks = g_array_new (FALSE, FALSE, sizeof (Block));
  state.sentences = g_array_new (FALSE, FALSE, sizeof (Sentence));
  state.people = g_ptr_array_new_with_free_func ((GDestroyNotify) person_free);
  state.mentions = g_array_new (FALSE, FALSE, sizeof (Mention));
  state.meetings = g_ptr_array_new_with_free_func ((GDestroyNotify) meeting_draft_free);
  state.initiatives = g_ptr_array_new_with_free_func ((GDestroyNotify) initiative_draft_free);
  g_date_clear (&state.reference, 1);

  split_blocks (&state, heading_lines);
  split_sentences (&state);
  if (state.sentences->len == 0)
    {
      Sentence empty = { 0, 0, 0 };
      Block block = { BLOCK_PARAGRAPH, 0, 0, FALSE };

      g_array_append_val (state.sentences, empty);
      g_array_append_val (state.blocks, block);
    }

  import_find_article_date (&state, reference);
  find_headline (&state, &second);
  import_find_people (&state);
  import_find_meetings (&state);
  import_find_tables (&state);
  import_find_initiatives (&state);

  offsets.text = state.text;
  offsets.blocks = state.blocks;
  offsets.block_chars = g_array_sized_new (FALSE, FALSE, sizeof (guint), state.blocks->len);
  for (guint i = 0; i < state.blocks->len; i++)
    {
      const Block *block = &g_array_index (state.blocks, Block, i);

      g_array_append_val (offsets.block_chars, chars);
      chars += g_utf8_strlen (state.text + block->start, block->end - block->start) + 1;
    }

  for (guint i = 0; i < state.meetings->len; i++)
    {
      MeetingDraft *draft = state.meetings->pdata[i];
      AccordMeeting *meeting = make_meeting (self, &state, draft, used, &second, &offsets);

      g_hash_table_insert (meeting_ids, draft, (gpointer) accord_record_get_id (ACCORD_RECORD (meeting)));
      g_ptr_array_add (self->meetings, meeting);
    }
  for (guint i = 0; i < state.initiatives->len; i++)
    g_ptr_array_add (self->initiatives,
                     make_initiative (self, &state, state.initiatives->pdata[i], used,
                                      meeting_ids, &second, &offsets));

  self->reference = state.reference;
  self->reference_origin = state.reference_origin;
  self->text = g_steal_pointer (&state.text);
  g_array_unref (offsets.block_chars);
  field_clear (&second);
  state_clear (&state);
  return self;
}

AccordImportFormat
accord_import_format_for_name (const char *name)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (name != NULL, ACCORD_IMPORT_FORMAT_AUTO);

  lower = g_ascii_strdown (name, -1);
  if (g_str_has_suffix (lower, ".html") || g_str_has_suffix (lower, ".htm")
      || g_str_has_suffix (lower, ".xhtml"))
    return ACCORD_IMPORT_FORMAT_HTML;
  if (g_str_has_suffix (lower, ".md") || g_str_has_suffix (lower, ".markdown"))
    return ACCORD_IMPORT_FORMAT_MARKDOWN;
  if (g_str_has_suffix (lower, ".txt"))
    return ACCORD_IMPORT_FORMAT_TEXT;
  return ACCORD_IMPORT_FORMAT_AUTO;
}

const char *
accord_import_get_text (AccordImport *self)
{
  g_return_val_if_fail (ACCORD_IS_IMPORT (self), NULL);
  return self->text;
}

gboolean
accord_import_get_reference (AccordImport *self,
                             GDate        *date)
{
  g_return_val_if_fail (ACCORD_IS_IMPORT (self), FALSE);
  if (self->reference_origin == ACCORD_IMPORT_REFERENCE_NONE)
    return FALSE;
  *date = self->reference;
  return TRUE;
}

AccordImportReference
accord_import_get_reference_origin (AccordImport *self)
{
  g_return_val_if_fail (ACCORD_IS_IMPORT (self), ACCORD_IMPORT_REFERENCE_NONE);
  return self->reference_origin;
}

GPtrArray *
accord_import_get_meetings (AccordImport *self)
{
  g_return_val_if_fail (ACCORD_IS_IMPORT (self), NULL);
  return self->meetings;
}

GPtrArray *
accord_import_get_initiatives (AccordImport *self)
{
  g_return_val_if_fail (ACCORD_IS_IMPORT (self), NULL);
  return self->initiatives;
}

GArray *
accord_import_get_spans (AccordImport *self,
                         AccordRecord *record)
{
  g_return_val_if_fail (ACCORD_IS_IMPORT (self), NULL);
  return g_hash_table_lookup (self->spans, record);
}
