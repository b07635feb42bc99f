/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#define G_LOG_DOMAIN "accord-period"

#include <string.h>

#include "accord-period-private.h"
#include "accord-period-words.h"

/* The grammar of periods, in every language Accord ships (English, Vietnamese, Lao) whatever the
 * UI language, since a document holds what its sources said:
 *
 *   text   := [within] (single | [from|between] single (dash|to|and) single)
 *   single := parts of one date in any order: day, month, year, quarter, half, ISO or numeric
 *             date, "early"/"mid"/"late", and with ACCORD_PERIOD_PARSE_RELATIVE "tomorrow",
 *             "Tuesday", "next year".
 *
 * Words are matched case-folded and in NFC, so "THÁNG" and a decomposed "tháng" are "tháng". Lao
 * writes words without spaces, so a run of Lao letters is read as the longest words it begins
 * with. */

static gboolean
is_quarter_number (const Token *token)
{
  return (token->kind == TOKEN_NUMBER && token->digits == 1) || token->kind == TOKEN_ROMAN ||
         token->kind == TOKEN_ORDINAL || token->kind == TOKEN_ORDINAL_WORD;
}

static gboolean
is_year (const Token *token)
{
  return token != NULL && token->kind == TOKEN_NUMBER && token->digits == 4;
}

/* Phrases become the tokens the parser reads: "third quarter", "quý III", "Q3" are all a quarter;
 * "tháng 4" and "ເດືອນເມສາ" a month; "this year", "năm nay" one token; "mid-2024" loses its
 * dash and "Quý 1/2024" its slash. Words left out of those phrases make the text unrecognized. */
static gboolean
merge_phrases (Token                  *tokens,
               guint                  *n_tokens,
               AccordPeriodParseFlags  flags)
{
  gboolean relative = (flags & ACCORD_PERIOD_PARSE_RELATIVE) != 0;
  guint n = 0;

  for (guint i = 0; i < *n_tokens; i++)
    {
      Token token = tokens[i];
      const Token *next = i + 1 < *n_tokens ? &tokens[i + 1] : NULL;
      const Token *after = i + 2 < *n_tokens ? &tokens[i + 2] : NULL;
      const Token *previous = n > 0 ? &tokens[n - 1] : NULL;
      TokenKind next_kind = next != NULL ? next->kind : TOKEN_FILLER;

      if ((token.kind == TOKEN_ORDINAL || token.kind == TOKEN_ORDINAL_WORD) &&
          (next_kind == TOKEN_QUARTER_WORD || next_kind == TOKEN_HALF_WORD))
        {
          token.kind = next_kind == TOKEN_QUARTER_WORD ? TOKEN_QUARTER : TOKEN_HALF;
          i++;
        }
      else if ((token.kind == TOKEN_QUARTER_WORD || token.kind == TOKEN_HALF_WORD) &&
               next != NULL && is_quarter_number (next))
        {
          /* "quý 3", "Quý III", "ໄຕມາດທີ 1", "ເຄິ່ງປີທຳອິດ" */
          TokenKind kind = token.kind == TOKEN_QUARTER_WORD ? TOKEN_QUARTER : TOKEN_HALF;

          token = *next;
          token.kind = kind;
          i++;
        }
      else if (token.kind == TOKEN_HALF_WORD && next_kind == TOKEN_PART && next->value != 2)
        {
          /* "nửa đầu", "nửa cuối": the first and second half */
          token = *next;
          token.kind = TOKEN_HALF;
          token.numeral = NUMERAL_PART;
          token.value = next->value == 1 ? 1 : 2;
          i++;
        }
      else if (token.kind == TOKEN_NUMBER && token.value == 6 && token.digits == 1 &&
               next_kind == TOKEN_MONTH_WORD && after != NULL && after->kind == TOKEN_PART &&
               after->value != 2)
        {
          /* "6 tháng đầu năm 2024", "6 tháng cuối năm 2024": a half */
          token = *after;
          token.kind = TOKEN_HALF;
          token.numeral = NUMERAL_PART;
          token.value = after->value == 1 ? 1 : 2;
          i += 2;
        }
      else if (token.kind == TOKEN_MONTH_WORD && next != NULL &&
               ((next->kind == TOKEN_NUMBER && next->digits <= 2) || next->kind == TOKEN_MONTH))
        {
          /* "tháng 4", "Thg 4", "ເດືອນເມສາ" */
          token = *next;
          if (token.kind == TOKEN_NUMBER && (token.value < 1 || token.value > 12))
            return FALSE;
          token.kind = TOKEN_MONTH;
          i++;
        }
      else if ((token.kind == TOKEN_THIS || token.kind == TOKEN_NEXT ||
                token.kind == TOKEN_PREVIOUS) && next_kind == TOKEN_YEAR_WORD)
        {
          token.value = token.kind == TOKEN_THIS ? 0 : token.kind == TOKEN_NEXT ? 1 : 2;
          token.kind = TOKEN_THIS_YEAR;
          i++;
        }
      else if (token.kind == TOKEN_YEAR_WORD &&
               (next_kind == TOKEN_THIS || next_kind == TOKEN_NEXT ||
                next_kind == TOKEN_PREVIOUS))
        {
          /* "năm nay", "năm sau", "ປີໜ້າ" */
          token.value = next_kind == TOKEN_THIS ? 0 : next_kind == TOKEN_NEXT ? 1 : 2;
          token.kind = TOKEN_THIS_YEAR;
          i++;
        }
      else if (token.kind == TOKEN_YEAR_WORD && is_year (next))
        continue;
      else if (token.kind == TOKEN_THIS &&
               (next_kind == TOKEN_MONTH || next_kind == TOKEN_QUARTER ||
                next_kind == TOKEN_HALF || next_kind == TOKEN_QUARTER_WORD ||
                next_kind == TOKEN_HALF_WORD))
        continue;
      else if (token.kind == TOKEN_DASH && previous != NULL && previous->kind == TOKEN_PART)
        continue;
      else if (token.kind == TOKEN_SLASH && previous != NULL && is_year (next) &&
               (previous->kind == TOKEN_QUARTER || previous->kind == TOKEN_HALF ||
                previous->kind == TOKEN_MONTH))
        continue;
      else if (token.kind == TOKEN_SLASH && previous != NULL && is_year (next) &&
               previous->kind == TOKEN_NUMBER && previous->digits <= 2)
        {
          /* "01/2024": a month */
          if (previous->value < 1 || previous->value > 12)
            return FALSE;
          tokens[n - 1].kind = TOKEN_MONTH;
          continue;
        }
      else if (token.kind == TOKEN_THIS || token.kind == TOKEN_NEXT ||
               token.kind == TOKEN_PREVIOUS || token.kind == TOKEN_YEAR_WORD ||
               token.kind == TOKEN_ORDINAL_WORD || token.kind == TOKEN_QUARTER_WORD ||
               token.kind == TOKEN_HALF_WORD || token.kind == TOKEN_MONTH_WORD ||
               token.kind == TOKEN_ROMAN || token.kind == TOKEN_SLASH)
        return FALSE;

      if (!relative && (token.kind == TOKEN_WEEKDAY || token.kind == TOKEN_DAY_WORD ||
                        (token.kind == TOKEN_THIS_YEAR && token.value != 0)))
        return FALSE;

      tokens[n++] = token;
    }

  *n_tokens = n;

  return TRUE;
}

enum {
  PART_DAY     = 1 << 0,
  PART_MONTH   = 1 << 1,
  PART_YEAR    = 1 << 2,
  PART_QUARTER = 1 << 3,
  PART_HALF    = 1 << 4,
  PART_PART    = 1 << 5,
  PART_WEEKDAY = 1 << 6,
  PART_NEAR    = 1 << 7,   /* "today", "tomorrow" */
};

/* What one end of a range, or a whole single date, says. */
typedef struct
{
  guint    fields;           /* PART_* given */
  guint    day;
  guint    month;
  guint    year;
  guint    quarter;
  guint    half;
  guint    part;             /* 1 early, 2 mid, 3 late */
  guint    weekday;
  guint    near;             /* 0 today, 1 tomorrow, 2 yesterday */
  int      year_offset;      /* of "this year" (0), "next year" (1), "last year" (-1) */
  gboolean relative_year;    /* the year is the reference's, moved by year_offset */
  gboolean day_may_be_year;  /* a plain two-digit number: the "25" of "2021-25" */
} DateParts;

typedef struct
{
  AccordPrecision precision;
  guint32         first;
  guint32         last;
} Span;

static gboolean
parts_set (DateParts *parts,
           guint      part,
           guint     *field,
           guint      value)
{
  if ((parts->fields & part) != 0)
    return FALSE;

  parts->fields |= part;
  *field = value;

  return TRUE;
}

static gboolean
parts_parse (const Token *tokens,
             guint        n_tokens,
             DateParts   *parts)
{
  memset (parts, 0, sizeof *parts);

  if (n_tokens == 0)
    return FALSE;

  for (guint i = 0; i < n_tokens; i++)
    {
      const Token *token = &tokens[i];
      gboolean ok;

      switch (token->kind)
        {
        case TOKEN_NUMBER:
          if (token->digits == 4)
            {
              ok = parts_set (parts, PART_YEAR, &parts->year, token->value);
            }
          else if (token->digits <= 2)
            {
              ok = parts_set (parts, PART_DAY, &parts->day, token->value);
              parts->day_may_be_year = token->digits == 2;
            }
          else
            {
              ok = FALSE;
            }
          break;

        case TOKEN_ORDINAL:
          ok = parts_set (parts, PART_DAY, &parts->day, token->value);
          break;

        case TOKEN_MONTH:
          ok = parts_set (parts, PART_MONTH, &parts->month, token->value);
          break;

        case TOKEN_QUARTER:
          ok = parts_set (parts, PART_QUARTER, &parts->quarter, token->value);
          break;

        case TOKEN_HALF:
          ok = parts_set (parts, PART_HALF, &parts->half, token->value);
          break;

        case TOKEN_PART:
          ok = parts_set (parts, PART_PART, &parts->part, token->value);
          break;

        case TOKEN_WEEKDAY:
          ok = parts_set (parts, PART_WEEKDAY, &parts->weekday, token->value);
          break;

        case TOKEN_DAY_WORD:
          ok = parts_set (parts, PART_NEAR, &parts->near, token->value);
          break;

        case TOKEN_DATE:
          ok = (token->value == 0 || parts_set (parts, PART_YEAR, &parts->year, token->value)) &&
               parts_set (parts, PART_MONTH, &parts->month, token->month) &&
               parts_set (parts, PART_DAY, &parts->day, token->day);
          break;

        case TOKEN_THIS_YEAR:
          ok = parts_set (parts, PART_YEAR, &parts->year, 0);
          parts->relative_year = TRUE;
          parts->year_offset = token->value == 2 ? -1 : (int) token->value;
          break;

        default:
          ok = FALSE;
          break;
        }

      if (!ok)
        return FALSE;
    }

  return TRUE;
}

static void
parts_take_year (DateParts       *parts,
                 const DateParts *from)
{
  parts->fields |= PART_YEAR;
  parts->year = from->year;
  parts->relative_year = from->relative_year;
  parts->year_offset = from->year_offset;
}

static void
span_set_months (Span  *span,
                 guint  first_month,
                 guint  last_month,
                 guint  year)
{
  _accord_months_to_julian (first_month, last_month, year, &span->first, &span->last);
}

/* The day a weekday or "tomorrow" names, from @reference. */
static gboolean
resolve_near_day (const DateParts        *parts,
                  const GDate            *reference,
                  AccordPeriodParseFlags  flags,
                  GDate                  *date)
{
  *date = *reference;

  if ((parts->fields & PART_NEAR) != 0)
    {
      if (parts->near == 1)
        g_date_add_days (date, 1);
      else if (parts->near == 2)
        g_date_subtract_days (date, 1);
    }
  else
    {
      int ahead = ((int) parts->weekday - (int) g_date_get_weekday (reference) + 7) % 7;

      if ((flags & ACCORD_PERIOD_PARSE_PREFER_PAST) != 0)
        g_date_subtract_days (date, ahead == 0 ? 0 : 7 - ahead);
      else
        g_date_add_days (date, ahead);
    }

  return _accord_date_is_usable (date);
}

/* A day and month with no year, read relative to @reference: the year that puts it nearest, or
 * the nearest before or after it as @flags prefer. */
static guint
nearest_year (guint                   day,
              guint                   month,
              const GDate            *reference,
              AccordPeriodParseFlags  flags)
{
  guint year = g_date_get_year (reference);
  guint best = year;
  gint64 best_distance = G_MAXINT64;

  for (guint candidate = MAX (year, 2) - 1; candidate <= MIN (year + 1, 9999); candidate++)
    {
      GDate date;
      gint64 distance;

      if (!g_date_valid_dmy (day, month, candidate))
        continue;

      g_date_clear (&date, 1);
      g_date_set_dmy (&date, day, month, candidate);
      distance = (gint64) g_date_get_julian (&date) - g_date_get_julian (reference);

      if (((flags & ACCORD_PERIOD_PARSE_PREFER_PAST) != 0 && distance > 0) ||
          ((flags & ACCORD_PERIOD_PARSE_PREFER_FUTURE) != 0 && distance < 0))
        continue;

      if (ABS (distance) < best_distance)
        {
          best_distance = ABS (distance);
          best = candidate;
        }
    }

  return best;
}

static gboolean
parts_resolve (const DateParts        *parts,
               const GDate            *reference,
               AccordPeriodParseFlags  flags,
               Span                   *span,
               AccordPeriodError      *code)
{
  guint fields = parts->fields & ~(PART_YEAR | PART_WEEKDAY);
  guint year;

  if ((parts->fields & (PART_NEAR | PART_WEEKDAY)) != 0 &&
      (fields & ~PART_NEAR) == 0 && ((parts->fields & PART_YEAR) == 0))
    {
      GDate date;

      /* "tomorrow", "on Tuesday" */
      if (reference == NULL)
        {
          *code = ACCORD_PERIOD_ERROR_NO_YEAR;
          return FALSE;
        }

      *code = ACCORD_PERIOD_ERROR_INVALID_DATE;
      if (!resolve_near_day (parts, reference, flags, &date) ||
          ((parts->fields & PART_NEAR) != 0 && (parts->fields & PART_WEEKDAY) != 0 &&
           g_date_get_weekday (&date) != parts->weekday))
        return FALSE;

      span->precision = ACCORD_PRECISION_DAY;
      span->first = span->last = g_date_get_julian (&date);
      return TRUE;
    }

  switch (fields)
    {
    case 0:
    case PART_PART:
      span->precision = fields == 0 ? ACCORD_PRECISION_YEAR : ACCORD_PRECISION_MONTH;
      break;

    case PART_DAY | PART_MONTH:
    case PART_DAY | PART_MONTH | PART_NEAR:
    case PART_MONTH | PART_PART:
      span->precision = ACCORD_PRECISION_DAY;
      break;

    case PART_MONTH:
      span->precision = ACCORD_PRECISION_MONTH;
      break;

    case PART_QUARTER:
      span->precision = ACCORD_PRECISION_QUARTER;
      break;

    case PART_HALF:
      span->precision = ACCORD_PRECISION_HALF_YEAR;
      break;

    default:
      *code = ACCORD_PERIOD_ERROR_UNRECOGNIZED;
      return FALSE;
    }

  if ((parts->fields & PART_YEAR) != 0 && !parts->relative_year)
    {
      year = parts->year;
    }
  else if (reference != NULL)
    {
      year = g_date_get_year (reference) + parts->year_offset;
      if ((parts->fields & PART_YEAR) == 0 && (flags & ACCORD_PERIOD_PARSE_RELATIVE) != 0 &&
          fields == (PART_DAY | PART_MONTH))
        year = nearest_year (parts->day, parts->month, reference, flags);
    }
  else
    {
      *code = ACCORD_PERIOD_ERROR_NO_YEAR;
      return FALSE;
    }

  *code = ACCORD_PERIOD_ERROR_INVALID_DATE;

  if (year < ACCORD_PERIOD_FIRST_YEAR || year > ACCORD_PERIOD_LAST_YEAR)
    return FALSE;

  switch (fields & ~PART_NEAR)
    {
    case PART_DAY | PART_MONTH:
      /* GDateDay is 8 bits wide: "300th" must not wrap around to a real day. */
      if (parts->day > 31 || !g_date_valid_dmy (parts->day, parts->month, year))
        return FALSE;
      span->first = span->last = _accord_julian_from_dmy (parts->day, parts->month, year);
      break;

    case PART_MONTH | PART_PART:
      /* "early March": 1–10, "mid-March": 11–20, "late March": 21 to its end */
      span_set_months (span, parts->month, parts->month, year);
      span->first += (parts->part - 1) * 10;
      if (parts->part < 3)
        span->last = span->first + 9;
      break;

    case PART_MONTH:
      span_set_months (span, parts->month, parts->month, year);
      break;

    case PART_QUARTER:
      if (parts->quarter < 1 || parts->quarter > 4)
        return FALSE;
      span_set_months (span, parts->quarter * 3 - 2, parts->quarter * 3, year);
      break;

    case PART_HALF:
      if (parts->half < 1 || parts->half > 2)
        return FALSE;
      span_set_months (span, parts->half * 6 - 5, parts->half * 6, year);
      break;

    case PART_PART:
      /* "early 2025": January–April, "mid-2024": May–August, "late 2024": September–December */
      span_set_months (span, parts->part * 4 - 3, parts->part * 4, year);
      break;

    case 0:
      span_set_months (span, 1, 12, year);
      break;

    default:
      g_assert_not_reached ();
    }

  /* "tomorrow (4 March)", "Tuesday, 4 March 2025": the words must name the same day. */
  if ((parts->fields & (PART_NEAR | PART_WEEKDAY)) != 0)
    {
      GDate date;

      _accord_date_init_julian (&date, span->first);
      if ((parts->fields & PART_WEEKDAY) != 0 && g_date_get_weekday (&date) != parts->weekday)
        return FALSE;

      if ((parts->fields & PART_NEAR) != 0)
        {
          GDate near;

          if (reference == NULL || !resolve_near_day (parts, reference, flags, &near) ||
              g_date_compare (&near, &date) != 0)
            return FALSE;
        }
    }

  return TRUE;
}

/* The ends of a range often share what is written once: "21–23 November 2023",
 * "November 21-23, 2023", "1 July – 30 September 2024", "Q1–Q3 2024", "2021-25". */
static gboolean
resolve_range (DateParts              *first,
               DateParts              *last,
               const GDate            *reference,
               AccordPeriodParseFlags  flags,
               Span                   *span,
               AccordPeriodError      *code)
{
  Span first_span;
  Span last_span;

  /* A two-digit end year is in the century of the start. */
  if (first->fields == PART_YEAR && !first->relative_year &&
      last->fields == PART_DAY && last->day_may_be_year)
    {
      last->fields = PART_YEAR;
      last->year = first->year / 100 * 100 + last->day;
    }

  if ((first->fields & ~(PART_YEAR | PART_WEEKDAY)) == PART_DAY &&
      (last->fields & PART_MONTH) != 0)
    parts_set (first, PART_MONTH, &first->month, last->month);
  else if ((last->fields & ~(PART_YEAR | PART_WEEKDAY)) == PART_DAY &&
           (first->fields & PART_MONTH) != 0)
    parts_set (last, PART_MONTH, &last->month, first->month);

  if ((first->fields & PART_YEAR) == 0 && (last->fields & PART_YEAR) != 0)
    parts_take_year (first, last);
  else if ((last->fields & PART_YEAR) == 0 && (first->fields & PART_YEAR) != 0)
    parts_take_year (last, first);

  if (!parts_resolve (first, reference, flags, &first_span, code) ||
      !parts_resolve (last, reference, flags, &last_span, code))
    return FALSE;

  if (last_span.first < first_span.first || last_span.last < first_span.last)
    {
      *code = ACCORD_PERIOD_ERROR_BACKWARDS;
      return FALSE;
    }

  span->first = first_span.first;
  span->last = last_span.last;

  /* Ends of different precision ("December 2023 – 29 January 2024") are exact only in days. */
  if (first_span.precision != last_span.precision)
    span->precision = ACCORD_PRECISION_DAY;
  else if (first_span.precision == ACCORD_PRECISION_YEAR && first_span.first != last_span.first)
    span->precision = ACCORD_PRECISION_YEARS;
  else
    span->precision = first_span.precision;

  return TRUE;
}

static gboolean
parse_tokens (Token                  *tokens,
              guint                  *n_tokens,
              const GDate            *reference,
              AccordPeriodParseFlags  flags,
              guint                  *separator_out,
              Span                   *span,
              AccordPeriodError      *code)
{
  DateParts first;
  DateParts last;
  guint begin = 0;
  guint separator = G_MAXUINT;
  gboolean needs_range = FALSE;
  gboolean needs_and = FALSE;
  guint n = 0;

  *code = ACCORD_PERIOD_ERROR_UNRECOGNIZED;
  *separator_out = G_MAXUINT;

  if (!merge_phrases (tokens, n_tokens, flags))
    return FALSE;
  n = *n_tokens;

  while (begin < n && tokens[begin].kind == TOKEN_WITHIN)
    begin++;

  if (begin < n && (tokens[begin].kind == TOKEN_FROM || tokens[begin].kind == TOKEN_BETWEEN))
    {
      /* "from 2024" alone has no end, and Accord never invents one. */
      needs_range = TRUE;
      needs_and = tokens[begin].kind == TOKEN_BETWEEN;
      begin++;
    }

  for (guint i = begin; i < n; i++)
    {
      TokenKind kind = tokens[i].kind;

      if (kind != TOKEN_DASH && kind != TOKEN_TO && kind != TOKEN_AND)
        continue;

      if (separator != G_MAXUINT || (kind == TOKEN_AND) != needs_and)
        return FALSE;

      separator = i;
    }

  if (separator == G_MAXUINT)
    {
      if (needs_range || !parts_parse (tokens + begin, n - begin, &first))
        return FALSE;

      return parts_resolve (&first, reference, flags, span, code);
    }

  if (!parts_parse (tokens + begin, separator - begin, &first) ||
      !parts_parse (tokens + separator + 1, n - separator - 1, &last))
    return FALSE;

  /* "Q3-2024", "Jan-2024": the dash joins the parts of one date, not two ends. */
  if (tokens[separator].kind == TOKEN_DASH && !needs_range &&
      last.fields == PART_YEAR && !last.relative_year && (first.fields & PART_YEAR) == 0)
    {
      parts_take_year (&first, &last);
      return parts_resolve (&first, reference, flags, span, code);
    }

  *separator_out = separator;

  return resolve_range (&first, &last, reference, flags, span, code);
}

gboolean
_accord_period_read (const char             *text,
                     const GDate            *reference,
                     AccordPeriodParseFlags  flags,
                     Token                  *tokens,
                     AccordPeriodReading    *reading,
                     AccordPeriodError      *code)
{
  Span span;

  reading->tokens = tokens;
  reading->n_tokens = 0;
  reading->separator = G_MAXUINT;

  if (!_accord_period_tokenize (text, tokens, &reading->n_tokens))
    {
      *code = ACCORD_PERIOD_ERROR_UNRECOGNIZED;
      return FALSE;
    }

  if (!parse_tokens (tokens, &reading->n_tokens, reference, flags, &reading->separator, &span,
                     code))
    return FALSE;

  reading->precision = span.precision;
  reading->first = span.first;
  reading->last = span.last;

  return TRUE;
}

/* Past the word at @p that the tokenizer stopped at, or past its one character. */
static const char *
skip_unknown (const char *p)
{
  const char *end = p;

  while (*end != '\0' && (g_ascii_isalnum (*end) || g_unichar_isalpha (g_utf8_get_char (end)) ||
                          g_unichar_ismark (g_utf8_get_char (end))))
    end = g_utf8_next_char (end);

  return end != p ? end : g_utf8_next_char (p);
}

AccordPeriod *
accord_period_find (const char             *text,
                    const GDate            *reference,
                    AccordPeriodParseFlags  flags,
                    gsize                  *start,
                    gsize                  *end)
{
  const char *p = text;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (g_utf8_validate (text, -1, NULL), NULL);
  g_return_val_if_fail (reference == NULL || _accord_date_is_usable (reference), NULL);

  while (*p != '\0')
    {
      Token run[ACCORD_PERIOD_MAX_TOKENS];
      guint n_run;
      const char *stop = _accord_period_tokenize_run (text, p, run, &n_run);

      /* The longest period that starts at the first word that starts one. */
      for (guint i = 0; i < n_run; i++)
        {
          for (guint j = n_run; j > i; j--)
            {
              g_autofree char *piece = g_strndup (text + run[i].begin,
                                                  run[j - 1].end - run[i].begin);
              Token tokens[ACCORD_PERIOD_MAX_TOKENS];
              AccordPeriodReading reading;
              AccordPeriodError code;

              if (!_accord_period_read (piece, reference, flags, tokens, &reading, &code))
                continue;

              if (start != NULL)
                *start = run[i].begin;
              if (end != NULL)
                *end = run[j - 1].end;

              return _accord_period_new_julian (piece, reading.precision, reading.first,
                                                reading.last);
            }
        }

      if (n_run == ACCORD_PERIOD_MAX_TOKENS)
        p = text + run[n_run / 2].begin;
      else if (*stop != '\0')
        p = skip_unknown (stop);
      else
        break;
    }

  return NULL;
}
