/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#define G_LOG_DOMAIN "accord-import"

#include <string.h>

#include "accord-import-private.h"
#include "accord-fold.h"

/* Pipe tables (Markdown's, and HTML tables once cleaned): a header row, a rule, rows. Each
 * row is an initiative; columns whose header names a field fill it, the others become named
 * attributes. */

typedef enum {
  COLUMN_ATTRIBUTE,
  COLUMN_TITLE,
  COLUMN_TIMELINE,
  COLUMN_OBJECTIVE,
  COLUMN_EXPECTED_OUTCOME,
  COLUMN_LEAD,
  COLUMN_PARTNERS,
  COLUMN_STATUS,
  COLUMN_AREA,
} ColumnKind;

static const struct
{
  const char *header;   /* folded */
  ColumnKind  kind;
} column_names[] = {
  { "initiative", COLUMN_TITLE },
  { "initiatives", COLUMN_TITLE },
  { "title", COLUMN_TITLE },
  { "name", COLUMN_TITLE },
  { "programme", COLUMN_TITLE },
  { "program", COLUMN_TITLE },
  { "project", COLUMN_TITLE },
  { "timeline", COLUMN_TIMELINE },
  { "timeframe", COLUMN_TIMELINE },
  { "time frame", COLUMN_TIMELINE },
  { "period", COLUMN_TIMELINE },
  { "date", COLUMN_TIMELINE },
  { "dates", COLUMN_TIMELINE },
  { "when", COLUMN_TIMELINE },
  { "schedule", COLUMN_TIMELINE },
  { "deadline", COLUMN_TIMELINE },
  { "duration", COLUMN_TIMELINE },
  { "objective", COLUMN_OBJECTIVE },
  { "objectives", COLUMN_OBJECTIVE },
  { "goal", COLUMN_OBJECTIVE },
  { "goals", COLUMN_OBJECTIVE },
  { "purpose", COLUMN_OBJECTIVE },
  { "aim", COLUMN_OBJECTIVE },
  { "expected outcome", COLUMN_EXPECTED_OUTCOME },
  { "expected outcomes", COLUMN_EXPECTED_OUTCOME },
  { "outcome", COLUMN_EXPECTED_OUTCOME },
  { "expected result", COLUMN_EXPECTED_OUTCOME },
  { "expected results", COLUMN_EXPECTED_OUTCOME },
  { "deliverable", COLUMN_EXPECTED_OUTCOME },
  { "deliverables", COLUMN_EXPECTED_OUTCOME },
  { "lead", COLUMN_LEAD },
  { "led by", COLUMN_LEAD },
  { "lead agency", COLUMN_LEAD },
  { "responsible", COLUMN_LEAD },
  { "implementing agency", COLUMN_LEAD },
  { "owner", COLUMN_LEAD },
  { "partners", COLUMN_PARTNERS },
  { "partner", COLUMN_PARTNERS },
  { "status", COLUMN_STATUS },
  { "area", COLUMN_AREA },
  { "sector", COLUMN_AREA },
  { "field", COLUMN_AREA },
};

static ColumnKind
column_kind (const char *header)
{
  g_autofree char *folded = accord_search_fold (header);

  for (guint i = 0; i < G_N_ELEMENTS (column_names); i++)
    if (g_str_equal (folded, column_names[i].header))
      return column_names[i].kind;
  return COLUMN_ATTRIBUTE;
}

/* Cell spans of a row, without the cells the leading and trailing pipes make. */
static GArray *
split_cells (const char *text,
             gsize       start,
             gsize       end)
{
  GArray *cells = g_array_new (FALSE, FALSE, sizeof (gsize));
  gsize cell = start;

  for (gsize p = start; p <= end; p++)
    {
      if (p == end || text[p] == '|')
        {
          gsize s = cell, e = p;

          while (s < e && text[s] == ' ')
            s++;
          while (e > s && text[e - 1] == ' ')
            e--;
          if (!((cell == start && p < end && s == e) || (p == end && s == e)))
            {
              g_array_append_val (cells, s);
              g_array_append_val (cells, e);
            }
          cell = p + 1;
        }
    }
  return cells;
}

InitiativeDraft *
initiative_draft_new (void)
{
  InitiativeDraft *draft = g_new0 (InitiativeDraft, 1);

  draft->attributes = g_array_new (FALSE, TRUE, sizeof (AttributeDraft));
  draft->partners = g_ptr_array_new ();
  return draft;
}

void
initiative_draft_free (InitiativeDraft *draft)
{
  field_clear (&draft->title);
  field_clear (&draft->objective);
  field_clear (&draft->expected_outcome);
  field_clear (&draft->timeline);
  field_clear (&draft->lead);
  field_clear (&draft->status);
  field_clear (&draft->area);
  g_clear_pointer (&draft->period, accord_period_free);
  for (guint i = 0; i < draft->attributes->len; i++)
    {
      AttributeDraft *attribute = &g_array_index (draft->attributes, AttributeDraft, i);

      field_clear (&attribute->name);
      field_clear (&attribute->value);
    }
  g_array_unref (draft->attributes);
  for (guint i = 0; i < draft->partners->len; i++)
    {
      field_clear (draft->partners->pdata[i]);
      g_free (draft->partners->pdata[i]);
    }
  g_ptr_array_unref (draft->partners);
  g_free (draft);
}

static gboolean
parse_status (const char   *text,
              AccordStatus *status)
{
  static const struct
  {
    const char  *word;
    AccordStatus status;
  } words[] = {
    { "proposed", ACCORD_STATUS_PROPOSED },
    { "planned", ACCORD_STATUS_PLANNED },
    { "ongoing", ACCORD_STATUS_ONGOING },
    { "on-going", ACCORD_STATUS_ONGOING },
    { "in progress", ACCORD_STATUS_ONGOING },
    { "underway", ACCORD_STATUS_ONGOING },
    { "completed", ACCORD_STATUS_COMPLETED },
    { "complete", ACCORD_STATUS_COMPLETED },
    { "done", ACCORD_STATUS_COMPLETED },
    { "cancelled", ACCORD_STATUS_CANCELLED },
    { "canceled", ACCORD_STATUS_CANCELLED },
  };
  g_autofree char *folded = accord_search_fold (text);

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_equal (folded, words[i].word))
      {
        *status = words[i].status;
        return TRUE;
      }
  return FALSE;
}

static void
read_row (ImportState     *state,
          InitiativeDraft *draft,
          GArray          *header,
          GArray          *cells,
          gint             title_column)
{
  const char *text = state->text;

  for (guint c = 0; c * 2 + 1 < cells->len; c++)
    {
      gsize s = g_array_index (cells, gsize, c * 2);
      gsize e = g_array_index (cells, gsize, c * 2 + 1);
      gsize hs = 0, he = 0;
      ColumnKind kind = COLUMN_ATTRIBUTE;
      g_autofree char *value = NULL;

      if (s == e)
        continue;
      value = g_strndup (text + s, e - s);
      if (c * 2 + 1 < header->len)
        {
          g_autofree char *name = NULL;

          hs = g_array_index (header, gsize, c * 2);
          he = g_array_index (header, gsize, c * 2 + 1);
          name = g_strndup (text + hs, he - hs);
          kind = column_kind (name);
        }
      if ((gint) c == title_column)
        kind = COLUMN_TITLE;
      else if (kind == COLUMN_TITLE)
        kind = COLUMN_ATTRIBUTE;

      switch (kind)
        {
        case COLUMN_TITLE:
          field_set (&draft->title, value, s, e);
          break;

        case COLUMN_TIMELINE:
          {
            gboolean resolved = FALSE;
            Field found = { 0 };
            AccordPeriod *period = import_find_period (state, s, e, &found, &resolved);

            field_set (&draft->timeline, value, s, e);
            field_clear (&found);
            if (period != NULL && accord_period_is_known (period))
              {
                GDate first, last;

                /* The period keeps the whole cell as written: "Throughout 2024". */
                accord_period_get_start (period, &first);
                accord_period_get_end (period, &last);
                draft->period = accord_period_new (value, accord_period_get_precision (period),
                                                   &first, &last);
                draft->year_resolved = resolved;
              }
            else
              draft->period = accord_period_new (value, ACCORD_PRECISION_UNKNOWN, NULL, NULL);
            if (period != NULL)
              accord_period_free (period);
          }
          break;

        case COLUMN_OBJECTIVE:
          field_set (&draft->objective, value, s, e);
          break;

        case COLUMN_EXPECTED_OUTCOME:
          field_set (&draft->expected_outcome, value, s, e);
          break;

        case COLUMN_LEAD:
          field_set (&draft->lead, value, s, e);
          break;

        case COLUMN_PARTNERS:
          {
            g_auto(GStrv) names = g_strsplit_set (value, ",;", -1);
            gsize at = s;

            for (guint i = 0; names[i] != NULL; i++)
              {
                gsize n = strlen (names[i]);
                g_autofree char *name = import_trim (names[i], n);
                const char *found = name != NULL ? strstr (text + at, name) : NULL;

                if (name != NULL && found != NULL && (gsize) (found - text) < e)
                  {
                    Field *field = g_new0 (Field, 1);

                    field_set (field, name, found - text, found - text + strlen (name));
                    g_ptr_array_add (draft->partners, field);
                  }
                at += n + 1;
              }
          }
          break;

        case COLUMN_STATUS:
          if (parse_status (value, &draft->status_value))
            field_set (&draft->status, value, s, e);
          break;

        case COLUMN_AREA:
          field_set (&draft->area, value, s, e);
          break;

        case COLUMN_ATTRIBUTE:
        default:
          {
            AttributeDraft attribute = { { 0 }, { 0 } };

            if (he > hs)
              field_set_text (&attribute.name, text, hs, he);
            else
              field_set (&attribute.name, "", s, s);
            field_set (&attribute.value, value, s, e);
            g_array_append_val (draft->attributes, attribute);
          }
          break;
        }
    }
}

void
import_find_tables (ImportState *state)
{
  for (guint b = 0; b + 1 < state->blocks->len; b++)
    {
      const Block *head = &g_array_index (state->blocks, Block, b);
      const Block *rule = &g_array_index (state->blocks, Block, b + 1);
      g_autoptr(GArray) header = NULL;
      gint title_column = 0;

      if (head->kind != BLOCK_TABLE_ROW || rule->kind != BLOCK_TABLE_RULE)
        continue;
      header = split_cells (state->text, head->start, head->end);
      for (guint c = 0; c * 2 + 1 < header->len; c++)
        {
          gsize s = g_array_index (header, gsize, c * 2);
          gsize e = g_array_index (header, gsize, c * 2 + 1);
          g_autofree char *name = g_strndup (state->text + s, e - s);

          if (column_kind (name) == COLUMN_TITLE)
            {
              title_column = c;
              break;
            }
        }

      for (b += 2; b < state->blocks->len; b++)
        {
          const Block *row = &g_array_index (state->blocks, Block, b);
          g_autoptr(GArray) cells = NULL;
          InitiativeDraft *draft;

          if (row->kind != BLOCK_TABLE_ROW)
            break;
          cells = split_cells (state->text, row->start, row->end);
          if (cells->len == 0)
            continue;
          draft = initiative_draft_new ();
          draft->first = row->start;
          read_row (state, draft, header, cells, title_column);
          if (!field_is_set (&draft->title))
            {
              initiative_draft_free (draft);
              continue;
            }
          g_ptr_array_add (state->initiatives, draft);
        }
      b--;
    }
}

/* ---- Initiatives in prose ------------------------------------------------------------------ */

#define INITIATIVE_WORD "\\p{Lu}[\\p{L}\\p{M}\\p{N}'’–-]*"
#define INITIATIVE_HEAD "(?:Strategic\\h+Plan|Work\\h+Plan|Work\\h+Programme|Action\\h+Plan|Plan|Programme|" \
                        "Program|Initiative|Framework\\h+Agreement|Framework|Agreement|Fund|Strategy|Roadmap|" \
                        "Partnership|Task\\h+Force(?:\\h+on(?:\\h+\\p{Lu}\\p{L}+)+)?|Grid|Platform|Blueprint|" \
                        "Corridor|Mechanism|Network)"

static GRegex *
prose_regex (guint which)
{
  static GRegex *regexes[4];
  static const char * const patterns[] = {
    /* "the ASEAN Green Finance Initiative", "ADMM Work Programme 2024-2026" */
    "(?<![\\p{L}\\p{N}])(?<name>" INITIATIVE_WORD "(?:\\h+(?:" INITIATIVE_WORD "|(?:on|for|of|and)(?=\\h+\\p{Lu})))*?"
    "\\h+" INITIATIVE_HEAD ")(?![\\p{L}])(?<year>\\h+\\d{4}(?:\\h*[-–]\\h*\\d{2,4})?(?![\\p{N}]))?",
    /* "agreed on a work plan for 2024–2026" */
    "(?i)(?<![\\p{L}])(?:a|an|the)\\h+(?<name>(?:joint\\h+|new\\h+)?(?:work\\h+plan|action\\h+plan|"
    "work\\h+programme|cooperation\\h+plan|roadmap))\\h+for\\h",
    /* what is done with it */
    "(?i)(?<![\\p{L}])(?:(?<planned>will|would|to\\h+be|agreed\\h+to|tasked|expected\\h+to|plans?\\h+to|to\\h+launch|to\\h+draft)|"
    "(?<ongoing>launched|adopted|endorsed|approved|signed|implementing|progress\\h+(?:of|on)|reviewed)|"
    "(?<proposed>proposed|suggested))(?![\\p{L}])",
    /* a clause ends */
    ",?\\h+and\\h+|;",
  };

  if (g_once_init_enter (&regexes[which]))
    g_once_init_leave (&regexes[which], g_regex_new (patterns[which], G_REGEX_OPTIMIZE, 0, NULL));
  return regexes[which];
}

/* Records @title (folded) in @known; FALSE when it was there already. */
static gboolean
initiative_is_new (GHashTable *known,
                   const char *title)
{
  return g_hash_table_add (known, accord_search_fold (title));
}

static void
add_prose_initiative (ImportState    *state,
                      GHashTable     *known,
                      const Sentence *sentence,
                      int             start,
                      int             end,
                      int             year_start,
                      int             year_end)
{
  InitiativeDraft *draft;
  g_autofree char *raw = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GMatchInfo) status = NULL;
  g_autoptr(GMatchInfo) clause = NULL;
  gsize clause_end = sentence->end;
  gboolean resolved = FALSE;
  int s, e;

  if (g_ascii_strncasecmp (state->text + start, "the ", 4) == 0)
    start += 4;
  raw = g_strndup (state->text + start, (year_end > 0 ? year_end : end) - start);
  title = import_capitalize (raw);
  if (memchr (raw, ' ', strlen (raw)) == NULL || !initiative_is_new (known, title))
    return;

  draft = initiative_draft_new ();
  draft->first = start;
  field_set (&draft->title, title, start, year_end > 0 ? year_end : end);
  if (year_end > 0)
    {
      while (state->text[year_start] == ' ')
        year_start++;
      draft->period = import_find_period (state, year_start, year_end, &draft->timeline, &resolved);
    }
  else
    {
      if (g_regex_match_full (prose_regex (3), state->text, sentence->end, end, 0, &clause, NULL))
        {
          g_match_info_fetch_pos (clause, 0, &s, &e);
          clause_end = s;
        }
      draft->period = import_find_period (state, end, clause_end, &draft->timeline, &resolved);
    }
  draft->year_resolved = resolved;
  if (g_regex_match_full (prose_regex (2), state->text, sentence->end, sentence->start, 0, &status, NULL))
    {
      if (import_fetch (status, "planned", &s, &e))
        draft->status_value = ACCORD_STATUS_PLANNED;
      else if (import_fetch (status, "ongoing", &s, &e))
        draft->status_value = ACCORD_STATUS_ONGOING;
      else if (import_fetch (status, "proposed", &s, &e))
        draft->status_value = ACCORD_STATUS_PROPOSED;
      field_set_text (&draft->status, state->text, s, e);
    }
  g_ptr_array_add (state->initiatives, draft);
}

/* Plans, programmes, agreements, funds and task forces a sentence does something with:
 * launches, adopts, drafts, reviews, proposes. */
static void
find_prose_initiatives (ImportState *state)
{
  g_autoptr(GHashTable) known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < state->initiatives->len; i++)
    initiative_is_new (known, ((InitiativeDraft *) state->initiatives->pdata[i])->title.value);
  for (guint which = 0; which < 2; which++)
    {
      g_autoptr(GMatchInfo) match = NULL;

      g_regex_match_full (prose_regex (which), state->text, state->length, 0, 0, &match, NULL);
      for (; g_match_info_matches (match); g_match_info_next (match, NULL))
        {
          int ns, ne, ys = 0, ye = 0;
          const Sentence *sentence;
          BlockKind kind;

          import_fetch (match, "name", &ns, &ne);
          sentence = &g_array_index (state->sentences, Sentence, import_sentence_at (state, ns));
          kind = g_array_index (state->blocks, Block, sentence->block).kind;
          if (kind == BLOCK_TABLE_ROW || kind == BLOCK_HEADING)
            continue;
          if (!g_regex_match_full (prose_regex (2), state->text, sentence->end, sentence->start,
                                   0, NULL, NULL))
            continue;
          if (!import_fetch (match, "year", &ys, &ye))
            ys = ye = 0;
          add_prose_initiative (state, known, sentence, ns, ne, ys, ye);
        }
    }
}

void
import_find_initiatives (ImportState *state)
{
  MeetingDraft *primary = NULL;

  find_prose_initiatives (state);
  for (guint i = 0; i < state->meetings->len && primary == NULL; i++)
    {
      MeetingDraft *draft = state->meetings->pdata[i];

      if (!draft->visit)
        primary = draft;
    }
  /* A table in an article about one meeting sets out what that meeting proposed. */
  for (guint i = 0; i < state->initiatives->len; i++)
    {
      InitiativeDraft *draft = state->initiatives->pdata[i];

      if (draft->meeting == NULL)
        draft->meeting = primary;
    }
}
