/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#define G_LOG_DOMAIN "accord-import"

#include <string.h>

#include "accord-import-private.h"
#include "accord-fold.h"

/* Dates as articles write them. The period parser reads a date or period on its own; this
 * finds where one is in a sentence, and resolves what only makes sense against the article's
 * own date ("last week", "on Tuesday", "tomorrow"). */

/* The longest form the parser reads, in words: "between the 1st of July and the 30th of
 * September 2024". */
#define MAX_DATE_WORDS 10

typedef struct
{
  gsize start;
  gsize end;         /* without trailing punctuation */
  gboolean stop;     /* punctuation after it ends a date */
  gboolean comma;    /* that punctuation is a comma, which "January 29, 2024" crosses */
} Chunk;

static const char * const month_words[] = {
  "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
};

static gboolean
is_month_word (const char *word,
               gsize       length)
{
  if (length < 3)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (month_words); i++)
    if (g_ascii_strncasecmp (word, month_words[i], 3) == 0)
      {
        static const char * const full[] = {
          "january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december",
        };
        gsize n = length;

        if (word[n - 1] == '.')
          n--;
        return n == 3 || (n == 4 && g_ascii_strncasecmp (word, "sept", 4) == 0)
               || (n == strlen (full[i]) && g_ascii_strncasecmp (word, full[i], n) == 0);
      }
  return FALSE;
}

/* A word a date may start with. */
static gboolean
may_start_date (const char *word,
                gsize       length)
{
  static const char * const starters[] = {
    "on", "in", "from", "between", "during", "throughout", "this", "the", "first", "second",
    "third", "fourth", "until", "till",
  };

  if (g_ascii_isdigit (word[0]) || is_month_word (word, length))
    return TRUE;
  if (length == 2 && g_ascii_isdigit (word[1])
      && (g_ascii_tolower (word[0]) == 'q' || g_ascii_tolower (word[0]) == 'h'))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (starters); i++)
    if (length == strlen (starters[i]) && g_ascii_strncasecmp (word, starters[i], length) == 0)
      return TRUE;
  return FALSE;
}

/* A word a date may end with: a number, a month, a quarter, or "year" of "this year". */
static gboolean
may_end_date (const char *word,
              gsize       length)
{
  if (g_ascii_isdigit (word[length - 1]) || is_month_word (word, length))
    return TRUE;
  return (length == 4 && (g_ascii_strncasecmp (word, "year", 4) == 0
                          || g_ascii_strncasecmp (word, "half", 4) == 0))
         || (length == 7 && g_ascii_strncasecmp (word, "quarter", 7) == 0);
}

static gboolean
has_year (const char *text)
{
  guint digits = 0;

  for (const char *p = text;; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      else
        {
          if (digits == 4)
            return TRUE;
          if (*p == '\0')
            return FALSE;
          digits = 0;
        }
    }
}

static GArray *
split_chunks (const char *text,
              gsize       start,
              gsize       end)
{
  GArray *chunks = g_array_new (FALSE, FALSE, sizeof (Chunk));
  gsize p = start;

  while (p < end)
    {
      Chunk chunk = { 0 };

      while (p < end && (text[p] == ' ' || text[p] == '(' || text[p] == '"' || text[p] == '\n'))
        p++;
      if (p >= end)
        break;
      chunk.start = p;
      while (p < end && text[p] != ' ' && text[p] != '\n')
        p++;
      chunk.end = p;
      /* Trailing punctuation, but the full stop of "Sept." and "Jan." */
      while (chunk.end > chunk.start)
        {
          char c = text[chunk.end - 1];

          if (c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == '"')
            {
              chunk.stop = TRUE;
              chunk.comma = chunk.comma || c == ',';
              chunk.end--;
            }
          else if (c == '.' && !is_month_word (text + chunk.start, chunk.end - chunk.start))
            {
              chunk.stop = TRUE;
              chunk.end--;
            }
          else if ((guchar) c >= 0x80 && chunk.end - chunk.start >= 3
                   && (guchar) text[chunk.end - 3] == 0xE2 && (guchar) text[chunk.end - 2] == 0x80
                   && ((guchar) c == 0x9D || (guchar) c == 0x99))
            {
              /* ” and ’ closing a quotation */
              chunk.stop = TRUE;
              chunk.end -= 3;
            }
          else
            break;
        }
      if (chunk.end > chunk.start)
        g_array_append_val (chunks, chunk);
    }
  return chunks;
}

/* The article's date as a reference; a date without a year more than half a year from it
 * is the nearer year's ("on December 28" in an article of 3 January). */
static AccordPeriod *
parse_resolved (ImportState *state,
                const char  *text,
                gboolean    *year_resolved)
{
  gboolean with_year = has_year (text);
  const GDate *reference = state->reference_origin != ACCORD_IMPORT_REFERENCE_NONE
                           ? &state->reference : NULL;
  AccordPeriod *period = accord_period_parse (text, reference, NULL);

  *year_resolved = FALSE;
  if (!accord_period_is_known (period))
    return period;
  if (with_year)
    return period;

  *year_resolved = TRUE;
  if (state->reference_origin != ACCORD_IMPORT_REFERENCE_THIS_YEAR)
    {
      guint32 ref = g_date_get_julian (&state->reference);
      int shift = 0;

      if (accord_period_get_start_julian (period) > ref + 183)
        shift = -1;
      else if (accord_period_get_end_julian (period) + 183 < ref)
        shift = 1;
      if (shift != 0 && g_date_get_year (&state->reference) + shift >= 1)
        {
          GDate other = state->reference;
          AccordPeriod *again;

          if (shift < 0)
            g_date_subtract_years (&other, 1);
          else
            g_date_add_years (&other, 1);
          again = accord_period_parse (text, &other, NULL);
          if (accord_period_is_known (again))
            {
              accord_period_free (period);
              return again;
            }
          accord_period_free (again);
        }
    }
  return period;
}

/* ---- Words that need the article's date ----------------------------------------------- */

typedef enum {
  RELATIVE_NONE,
  RELATIVE_DAY,       /* value: days after the reference */
  RELATIVE_WEEKDAY,   /* value: 1 (Monday) to 7 */
  RELATIVE_WEEK,      /* value: weeks after the reference's */
  RELATIVE_MONTH,
  RELATIVE_YEAR,
  RELATIVE_VAGUE,     /* "recently": no dates */
  RELATIVE_IN_YEAR,   /* "by mid-2026": some time in the year it names */
} RelativeKind;

static const struct
{
  const char  *pattern;
  RelativeKind kind;
  int          value;
} relatives[] = {
  { "(?:held\\s+)?recently", RELATIVE_VAGUE, 0 },
  { "(?:by\\s+)?(?:early|mid|late|end)-?\\s*(?:of\\s+)?(?:19|20)\\d\\d", RELATIVE_IN_YEAR, 0 },
  { "in\\s+the\\s+near\\s+future", RELATIVE_VAGUE, 0 },
  { "(?:earlier|later)\\s+this\\s+year", RELATIVE_YEAR, 0 },
  { "(?:early|late|mid-?)\\s*next\\s+year", RELATIVE_YEAR, 1 },
  { "next\\s+year", RELATIVE_YEAR, 1 },
  { "last\\s+year", RELATIVE_YEAR, -1 },
  { "(?:earlier\\s+|later\\s+)?this\\s+month", RELATIVE_MONTH, 0 },
  { "next\\s+month", RELATIVE_MONTH, 1 },
  { "last\\s+month", RELATIVE_MONTH, -1 },
  { "(?:earlier\\s+)?this\\s+week", RELATIVE_WEEK, 0 },
  { "next\\s+week", RELATIVE_WEEK, 1 },
  { "last\\s+week", RELATIVE_WEEK, -1 },
  { "yesterday", RELATIVE_DAY, -1 },
  { "today", RELATIVE_DAY, 0 },
  { "tomorrow", RELATIVE_DAY, 1 },
  { "(?:on\\s+)?(?:last\\s+|next\\s+)?monday", RELATIVE_WEEKDAY, 1 },
  { "(?:on\\s+)?(?:last\\s+|next\\s+)?tuesday", RELATIVE_WEEKDAY, 2 },
  { "(?:on\\s+)?(?:last\\s+|next\\s+)?wednesday", RELATIVE_WEEKDAY, 3 },
  { "(?:on\\s+)?(?:last\\s+|next\\s+)?thursday", RELATIVE_WEEKDAY, 4 },
  { "(?:on\\s+)?(?:last\\s+|next\\s+)?friday", RELATIVE_WEEKDAY, 5 },
  { "(?:on\\s+)?(?:last\\s+|next\\s+)?saturday", RELATIVE_WEEKDAY, 6 },
  { "(?:on\\s+)?(?:last\\s+|next\\s+)?sunday", RELATIVE_WEEKDAY, 7 },
};

static GRegex *
relative_regex (void)
{
  static GRegex *regex;

  if (g_once_init_enter (&regex))
    {
      GString *pattern = g_string_new ("(?i)\\b(?:");

      for (guint i = 0; i < G_N_ELEMENTS (relatives); i++)
        g_string_append_printf (pattern, "%s(%s)", i > 0 ? "|" : "", relatives[i].pattern);
      g_string_append (pattern, ")\\b");
      g_once_init_leave (&regex, g_regex_new (pattern->str, G_REGEX_OPTIMIZE, 0, NULL));
      g_string_free (pattern, TRUE);
    }
  return regex;
}

static GRegex *
future_regex (void)
{
  static GRegex *regex;

  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex, g_regex_new ("(?i)\\b(?:will|shall|to\\s+be|next|upcoming|plans?\\s+to|is\\s+to|are\\s+to|scheduled)\\b",
                                            G_REGEX_OPTIMIZE, 0, NULL));
  return regex;
}

static AccordPeriod *
resolve_relative (ImportState  *state,
                  RelativeKind  kind,
                  int           value,
                  const char   *text,
                  gboolean      future,
                  gboolean      last,
                  gboolean      next)
{
  GDate first = state->reference;
  GDate end = state->reference;
  AccordPrecision precision = ACCORD_PRECISION_DAY;

  if (kind == RELATIVE_IN_YEAR)
    {
      const char *digits = text + strlen (text) - 4;
      guint year = (guint) g_ascii_strtoull (digits, NULL, 10);

      g_date_set_dmy (&first, 1, G_DATE_JANUARY, year);
      g_date_set_dmy (&end, 31, G_DATE_DECEMBER, year);
      return accord_period_new (text, ACCORD_PRECISION_YEAR, &first, &end);
    }
  if (kind == RELATIVE_VAGUE || state->reference_origin == ACCORD_IMPORT_REFERENCE_NONE
      || (state->reference_origin == ACCORD_IMPORT_REFERENCE_THIS_YEAR && kind != RELATIVE_YEAR))
    return accord_period_new (text, ACCORD_PRECISION_UNKNOWN, NULL, NULL);

  switch (kind)
    {
    case RELATIVE_DAY:
      if (value < 0)
        g_date_subtract_days (&first, 1);
      else if (value > 0)
        g_date_add_days (&first, 1);
      end = first;
      break;

    case RELATIVE_WEEKDAY:
      {
        int today = g_date_get_weekday (&state->reference);
        int delta;

        if (next || (future && !last))
          delta = (value - today + 7) % 7;
        else
          delta = -((today - value + 7) % 7);
        if (next && delta == 0)
          delta = 7;
        if (last && delta == 0)
          delta = -7;
        if (delta < 0)
          g_date_subtract_days (&first, -delta);
        else
          g_date_add_days (&first, delta);
        end = first;
      }
      break;

    case RELATIVE_WEEK:
      g_date_subtract_days (&first, g_date_get_weekday (&first) - 1);
      if (value < 0)
        g_date_subtract_days (&first, 7);
      else if (value > 0)
        g_date_add_days (&first, 7);
      end = first;
      g_date_add_days (&end, 6);
      break;

    case RELATIVE_MONTH:
      g_date_set_day (&first, 1);
      if (value < 0)
        g_date_subtract_months (&first, 1);
      else if (value > 0)
        g_date_add_months (&first, 1);
      end = first;
      g_date_set_day (&end, g_date_get_days_in_month (g_date_get_month (&first),
                                                      g_date_get_year (&first)));
      precision = ACCORD_PRECISION_MONTH;
      break;

    case RELATIVE_YEAR:
      {
        guint year = g_date_get_year (&state->reference) + value;

        if (year < 1 || year > 9999)
          return accord_period_new (text, ACCORD_PRECISION_UNKNOWN, NULL, NULL);
        g_date_set_dmy (&first, 1, G_DATE_JANUARY, year);
        g_date_set_dmy (&end, 31, G_DATE_DECEMBER, year);
        precision = ACCORD_PRECISION_YEAR;
      }
      break;

    case RELATIVE_NONE:
    case RELATIVE_VAGUE:
    case RELATIVE_IN_YEAR:
    default:
      g_assert_not_reached ();
    }

  if (!g_date_valid (&first) || !g_date_valid (&end) || g_date_get_year (&first) < 1
      || g_date_get_year (&end) > 9999)
    return accord_period_new (text, ACCORD_PRECISION_UNKNOWN, NULL, NULL);
  return accord_period_new (text, precision, &first, &end);
}

/* The first relative date in @start…@end, or NULL. */
static AccordPeriod *
find_relative (ImportState *state,
               gsize        start,
               gsize        end,
               Field       *field)
{
  g_autoptr(GMatchInfo) match = NULL;
  AccordPeriod *period = NULL;

  if (!g_regex_match_full (relative_regex (), state->text, end, start, 0, &match, NULL))
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (relatives); i++)
    {
      int s, e;

      if (g_match_info_fetch_pos (match, i + 1, &s, &e) && s >= 0 && e > s)
        {
          g_autofree char *text = g_strndup (state->text + s, e - s);
          g_autofree char *lower = g_ascii_strdown (text, -1);
          guint sentence = import_sentence_at (state, s);
          const Sentence *sent = &g_array_index (state->sentences, Sentence, sentence);
          gboolean future = g_regex_match_full (future_regex (), state->text, sent->end,
                                                sent->start, 0, NULL, NULL);

          period = resolve_relative (state, relatives[i].kind, relatives[i].value, text,
                                     future, strstr (lower, "last") != NULL,
                                     strstr (lower, "next") != NULL);
          field_set (field, text, s, e);
          break;
        }
    }
  return period;
}

AccordPeriod *
import_find_period (ImportState *state,
                    gsize        start,
                    gsize        end,
                    Field       *field,
                    gboolean    *year_resolved)
{
  g_autoptr(GArray) chunks = NULL;
  const char *text = state->text;
  Field relative = { 0 };
  Field no_year = { 0 };
  AccordPeriod *found = NULL;
  AccordPeriod *relative_period;

  if (start < state->dateline_end && end > state->dateline_end)
    start = state->dateline_end;
  chunks = split_chunks (state->text, start, end);
  relative_period = find_relative (state, start, end, &relative);
  *year_resolved = FALSE;
  for (guint i = 0; i < chunks->len && found == NULL; i++)
    {
      const Chunk *first = &g_array_index (chunks, Chunk, i);
      guint last_possible = i;

      if (relative_period != NULL && first->start >= relative.start)
        break;
      if (!may_start_date (text + first->start, first->end - first->start))
        continue;

      /* How far a date could reach: to punctuation, but across "29, 2024". */
      while (last_possible + 1 < chunks->len && last_possible - i + 1 < MAX_DATE_WORDS)
        {
          const Chunk *c = &g_array_index (chunks, Chunk, last_possible);
          const Chunk *next = &g_array_index (chunks, Chunk, last_possible + 1);

          if (c->stop && !(c->comma && next->end - next->start == 4
                           && g_ascii_isdigit (text[next->start])))
            break;
          last_possible++;
        }

      for (guint j = last_possible + 1; j-- > i && found == NULL;)
        {
          const Chunk *last = &g_array_index (chunks, Chunk, j);
          g_autofree char *candidate = NULL;
          gboolean resolved;
          AccordPeriod *period;

          if (!may_end_date (text + last->start, last->end - last->start))
            continue;
          /* A lone number is a date only as a four-digit year. */
          if (j == i && g_ascii_isdigit (text[first->start])
              && !(first->end - first->start == 4 && g_ascii_isdigit (text[first->start + 3])
                   && !g_ascii_isdigit (text[first->start + 4])))
            {
              gboolean digits_only = TRUE;

              for (gsize k = first->start; k < first->end; k++)
                digits_only = digits_only && g_ascii_isdigit (text[k]);
              if (digits_only)
                continue;
            }

          candidate = g_strndup (text + first->start, last->end - first->start);
          period = parse_resolved (state, candidate, &resolved);
          /* "on January 19" with no year to read it against: the words, without dates. */
          if (!accord_period_is_known (period) && no_year.value == NULL
              && state->reference_origin == ACCORD_IMPORT_REFERENCE_NONE)
            {
              GDate any;
              AccordPeriod *guess;

              g_date_clear (&any, 1);
              g_date_set_dmy (&any, 1, G_DATE_JULY, 2000);
              guess = accord_period_parse (candidate, &any, NULL);
              if (accord_period_is_known (guess))
                field_set (&no_year, candidate, first->start, last->end);
              accord_period_free (guess);
            }
          if (accord_period_is_known (period))
            {
              /* A year after a capitalised word names something: "Vision 2045". */
              if (j == i && i > 0 && g_ascii_isdigit (text[first->start]))
                {
                  const Chunk *before = &g_array_index (chunks, Chunk, i - 1);
                  gunichar c = g_utf8_get_char (text + before->start);

                  if (!before->stop && g_unichar_isupper (c)
                      && !is_month_word (text + before->start, before->end - before->start))
                    {
                      accord_period_free (period);
                      continue;
                    }
                }
              found = period;
              *year_resolved = resolved;
              field_set (field, candidate, first->start, last->end);
              /* "in the 2025–2027 period" */
              if (j + 1 < chunks->len)
                {
                  const Chunk *after = &g_array_index (chunks, Chunk, j + 1);

                  if (!last->stop && after->end - after->start == 6
                      && g_ascii_strncasecmp (text + after->start, "period", 6) == 0)
                    {
                      g_autofree char *longer = g_strndup (text + first->start, after->end - first->start);
                      GDate s0, e0;

                      accord_period_get_start (found, &s0);
                      accord_period_get_end (found, &e0);
                      found = accord_period_new (longer, accord_period_get_precision (period), &s0, &e0);
                      accord_period_free (period);
                      field_set (field, longer, first->start, after->end);
                    }
                }
            }
          else
            accord_period_free (period);
        }
    }

  if (found != NULL)
    {
      if (relative_period != NULL)
        accord_period_free (relative_period);
      field_clear (&relative);
      field_clear (&no_year);
      return found;
    }
  if (no_year.value != NULL && (relative_period == NULL || no_year.start < relative.start))
    {
      if (relative_period != NULL)
        accord_period_free (relative_period);
      field_clear (&relative);
      field_copy (field, &no_year);
      field_clear (&no_year);
      return accord_period_new (field->value, ACCORD_PRECISION_UNKNOWN, NULL, NULL);
    }
  field_clear (&no_year);
  if (relative_period != NULL)
    {
      field_copy (field, &relative);
      field_clear (&relative);
      *year_resolved = accord_period_is_known (relative_period);
    }
  return relative_period;
}

/* ---- The article's own date -------------------------------------------------------------- */

static GRegex *
published_regex (void)
{
  static GRegex *regex;

  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex, g_regex_new ("(?i)\\b(?:published|posted|post\\s+by|updated|date)\\b",
                                            G_REGEX_OPTIMIZE, 0, NULL));
  return regex;
}

static GRegex *
post_by_regex (void)
{
  static GRegex *regex;

  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex, g_regex_new ("(?i)\\b(?:post(?:ed)?\\s+by|published\\s+by)\\s+(\\p{Lu}[^|,;\\n]{1,60}?)\\s*$",
                                            G_REGEX_OPTIMIZE, 0, NULL));
  return regex;
}

/* "JAKARTA, Sept 5 (Reuters) —", "Hanoi (VNA) –", "Vientiane –" at the start of a
 * paragraph (or after a caption run into it). */
static GRegex *
dateline_regex (void)
{
  static GRegex *regex;

  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex, g_regex_new ("(?:^|(?<=[\\s)]))(\\p{Lu}[\\p{L}\\p{M}'’.]+(?:\\s\\p{Lu}[\\p{L}\\p{M}'’.]+){0,2})"
                                            "(?:,\\s*([^()–—\\n]{3,30}?))?\\s*(?:\\((\\p{Lu}[\\p{L}.]{1,12}(?:\\s\\p{Lu}[\\p{L}.]+){0,2})\\)\\s*)?"
                                            "\\s(?:–|—|-{1,2})\\s",
                                            G_REGEX_OPTIMIZE, 0, NULL));
  return regex;
}

static GRegex *
this_year_regex (void)
{
  static GRegex *regex;

  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex, g_regex_new ("(?i)\\bthis\\s+year", G_REGEX_OPTIMIZE, 0, NULL));
  return regex;
}

static GRegex *
year_regex (void)
{
  static GRegex *regex;

  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex, g_regex_new ("(?<![\\p{L}\\p{N}-])((?:19|20)\\d\\d)(?![\\p{N}-])", G_REGEX_OPTIMIZE, 0, NULL));
  return regex;
}

/* A day with its year in @start…@end; FALSE when there is none. */
static gboolean
find_full_date (ImportState *state,
                gsize        start,
                gsize        end,
                GDate       *date,
                Field       *field)
{
  AccordImportReference origin = state->reference_origin;
  gboolean resolved;
  AccordPeriod *period;
  gboolean found = FALSE;

  state->reference_origin = ACCORD_IMPORT_REFERENCE_NONE;
  period = import_find_period (state, start, end, field, &resolved);
  state->reference_origin = origin;
  if (period != NULL && accord_period_get_precision (period) == ACCORD_PRECISION_DAY
      && accord_period_get_start_julian (period) == accord_period_get_end_julian (period))
    found = accord_period_get_start (period, date);
  if (period != NULL)
    accord_period_free (period);
  if (!found)
    field_clear (field);
  return found;
}

void
import_find_article_date (ImportState *state,
                          const GDate *given)
{
  guint n_blocks = MIN (state->blocks->len, 8);
  gsize dateline_end = 0;

  /* The publisher and date lines come first; a sign-off ("Source: TapchiLaoViet", "VNS")
   * comes last. */
  for (guint i = 0; i < n_blocks; i++)
    {
      const Block *block = &g_array_index (state->blocks, Block, i);
      g_autoptr(GMatchInfo) match = NULL;
      GDate date;
      Field field = { 0 };

      if (block->end - block->start > 160 || block->kind == BLOCK_TABLE_ROW)
        continue;
      if (!g_regex_match_full (published_regex (), state->text, block->end, block->start, 0, NULL, NULL))
        continue;
      if (state->reference_origin == ACCORD_IMPORT_REFERENCE_NONE
          && find_full_date (state, block->start, block->end, &date, &field))
        {
          state->reference = date;
          state->reference_origin = ACCORD_IMPORT_REFERENCE_PUBLISHED;
          field_copy (&state->published, &field);
          field_clear (&field);
        }
      if (!field_is_set (&state->publisher)
          && g_regex_match_full (post_by_regex (), state->text, block->end, block->start, 0, &match, NULL))
        {
          int s, e;

          g_match_info_fetch_pos (match, 1, &s, &e);
          field_set_text (&state->publisher, state->text, s, e);
        }
    }

  /* The dateline: its agency is the publisher; a date with a year in it, the article's. */
  for (guint i = 0; i < MIN (state->blocks->len, 4); i++)
    {
      const Block *block = &g_array_index (state->blocks, Block, i);
      g_autoptr(GMatchInfo) match = NULL;
      gsize limit = MIN (block->end, block->start + 200);
      int s, e;

      if (block->kind != BLOCK_PARAGRAPH)
        continue;
      if (!g_regex_match_full (dateline_regex (), state->text, limit, block->start, 0, &match, NULL))
        continue;
      {
        int ds, de;

        g_match_info_fetch_pos (match, 0, &ds, &de);
        dateline_end = de;
      }
      if (g_match_info_fetch_pos (match, 3, &s, &e) && s >= 0 && !field_is_set (&state->publisher))
        field_set_text (&state->publisher, state->text, s, e);
      if (g_match_info_fetch_pos (match, 2, &s, &e) && s >= 0
          && state->reference_origin == ACCORD_IMPORT_REFERENCE_NONE)
        {
          GDate date;
          Field field = { 0 };

          if (find_full_date (state, s, e, &date, &field))
            {
              state->reference = date;
              state->reference_origin = ACCORD_IMPORT_REFERENCE_DATELINE;
              field_copy (&state->reference_field, &field);
            }
          field_clear (&field);
        }
      break;
    }
  state->dateline_end = dateline_end;

  if (given != NULL && g_date_valid (given))
    {
      state->reference = *given;
      state->reference_origin = ACCORD_IMPORT_REFERENCE_GIVEN;
      field_clear (&state->reference_field);
      return;
    }
  if (state->reference_origin != ACCORD_IMPORT_REFERENCE_NONE)
    return;

  /* "as the first activity of the ASEAN Chair in 2024, the retreat identified the priorities
   * of the bloc’s cooperation this year": a sentence that names one year and calls it this
   * year. */
  for (guint i = 0; i < state->sentences->len; i++)
    {
      const Sentence *sentence = &g_array_index (state->sentences, Sentence, i);
      g_autoptr(GMatchInfo) match = NULL;
      guint year = 0;
      gboolean one = TRUE;
      int s = 0, e = 0;

      if (!g_regex_match_full (this_year_regex (), state->text, sentence->end, sentence->start, 0, NULL, NULL))
        continue;
      g_regex_match_full (year_regex (), state->text, sentence->end, sentence->start, 0, &match, NULL);
      while (g_match_info_matches (match))
        {
          guint y;

          g_match_info_fetch_pos (match, 1, &s, &e);
          y = (guint) g_ascii_strtoull (state->text + s, NULL, 10);

          if (year != 0 && y != year)
            one = FALSE;
          year = y;
          g_match_info_next (match, NULL);
        }
      if (year != 0 && one)
        {
          g_date_clear (&state->reference, 1);
          g_date_set_dmy (&state->reference, 1, G_DATE_JULY, year);
          state->reference_origin = ACCORD_IMPORT_REFERENCE_THIS_YEAR;
          field_set_text (&state->reference_field, state->text, s, e);
          return;
        }
    }
}
