/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#define G_LOG_DOMAIN "accord-period"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "accord-period.h"

/* Years have four digits in the text people write, in ISO 8601 and in GDateTime. */
#define MAX_YEAR 9999

/* Twice what the longest form we know needs: "between the 1st of July and the 30th of
 * September 2024" is 7 once "the" and "of" are dropped. */
#define MAX_TOKENS 16

/* Immutable, so copies share one reference-counted box. */
struct _AccordPeriod
{
  char            *text;
  AccordPrecision  precision;
  /* Julian days, inclusive; 0 when the precision is unknown. */
  guint32          start;
  guint32          end;
};

G_DEFINE_BOXED_TYPE (AccordPeriod, accord_period, accord_period_copy, accord_period_free)
G_DEFINE_QUARK (accord-period-error-quark, accord_period_error)

typedef enum
{
  TOKEN_NUMBER,        /* "29", "2024" */
  TOKEN_ORDINAL,       /* "14th" */
  TOKEN_ORDINAL_WORD,  /* "first" to "fourth", only before "quarter" or "half" */
  TOKEN_MONTH,         /* "January", "Jan", "Sept" */
  TOKEN_QUARTER,       /* "Q3", or "third quarter" once merged */
  TOKEN_HALF,          /* "H2", or "second half" once merged */
  TOKEN_DATE,          /* "2023-11-22" */
  TOKEN_DASH,          /* hyphen, en or em dash: a range, or the joint of "Q3-2024" */
  TOKEN_TO,            /* "to", "until": a range */
  TOKEN_AND,           /* a range only in "between … and …" */
  TOKEN_FROM,          /* needs a "to": "from 2024" alone has no end */
  TOKEN_BETWEEN,
  TOKEN_WITHIN,        /* "throughout", "in": add nothing to the dates */
  TOKEN_THIS,          /* "this April" */
  TOKEN_YEAR_WORD,     /* only in "this year" */
  TOKEN_THIS_YEAR,     /* "this year" once merged */
  TOKEN_QUARTER_WORD,
  TOKEN_HALF_WORD,
  TOKEN_FILLER,        /* "the", "of": dropped */
} TokenKind;

typedef struct
{
  TokenKind kind;
  guint     value;   /* of a number, ordinal, month, quarter or half; the year of a date */
  guint     digits;  /* of a number: "25" may be a year after "2021-" */
  guint     month;   /* of a date */
  guint     day;     /* of a date */
} Token;

static const struct
{
  const char *word;
  TokenKind   kind;
  guint       value;
} keywords[] = {
  { "to", TOKEN_TO, 0 },
  { "until", TOKEN_TO, 0 },
  { "till", TOKEN_TO, 0 },
  { "through", TOKEN_TO, 0 },
  { "and", TOKEN_AND, 0 },
  { "from", TOKEN_FROM, 0 },
  { "between", TOKEN_BETWEEN, 0 },
  { "throughout", TOKEN_WITHIN, 0 },
  { "during", TOKEN_WITHIN, 0 },
  { "in", TOKEN_WITHIN, 0 },
  { "on", TOKEN_WITHIN, 0 },
  { "this", TOKEN_THIS, 0 },
  { "year", TOKEN_YEAR_WORD, 0 },
  { "quarter", TOKEN_QUARTER_WORD, 0 },
  { "half", TOKEN_HALF_WORD, 0 },
  { "first", TOKEN_ORDINAL_WORD, 1 },
  { "second", TOKEN_ORDINAL_WORD, 2 },
  { "third", TOKEN_ORDINAL_WORD, 3 },
  { "fourth", TOKEN_ORDINAL_WORD, 4 },
  { "the", TOKEN_FILLER, 0 },
  { "of", TOKEN_FILLER, 0 },
};

static const char * const month_names[] = {
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
};

enum {
  PART_DAY     = 1 << 0,
  PART_MONTH   = 1 << 1,
  PART_YEAR    = 1 << 2,
  PART_QUARTER = 1 << 3,
  PART_HALF    = 1 << 4,
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
  gboolean this_year;        /* the year is the reference's */
  gboolean day_may_be_year;  /* a plain two-digit number: the "25" of "2021-25" */
} DateParts;

typedef struct
{
  AccordPrecision precision;
  guint32         first;
  guint32         last;
} Span;

static AccordPeriod *
period_new (const char      *text,
            AccordPrecision  precision,
            guint32          start,
            guint32          end)
{
  AccordPeriod *self = g_atomic_rc_box_new0 (AccordPeriod);

  self->text = g_strdup (text);
  self->precision = precision;
  self->start = start;
  self->end = end;

  return self;
}

static void
period_clear (AccordPeriod *self)
{
  g_free (self->text);
}

static gboolean
date_is_usable (const GDate *date)
{
  return date != NULL && g_date_valid (date) && g_date_get_year (date) <= MAX_YEAR;
}

static guint32
julian_from_dmy (guint day,
                 guint month,
                 guint year)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);

  return g_date_get_julian (&date);
}

/* Checks the shape YYYY-MM-DD only, not that the date exists. */
static gboolean
scan_iso_date (const char *text,
               guint      *year,
               guint      *month,
               guint      *day)
{
  guint values[3] = { 0 };
  guint field = 0;

  /* Stops at the first mismatch, so never reads past the end of @text. */
  for (guint i = 0; i < 10; i++)
    {
      if (i == 4 || i == 7)
        {
          if (text[i] != '-')
            return FALSE;
          field++;
        }
      else if (g_ascii_isdigit (text[i]))
        values[field] = values[field] * 10 + g_ascii_digit_value (text[i]);
      else
        return FALSE;
    }

  *year = values[0];
  *month = values[1];
  *day = values[2];

  return TRUE;
}

static gboolean
word_is (const char *word,
         gsize       length,
         const char *candidate)
{
  return strlen (candidate) == length && g_ascii_strncasecmp (word, candidate, length) == 0;
}

static gboolean
is_dash (gunichar c)
{
  switch (c)
    {
    case '-':
    case 0x2010: /* hyphen */
    case 0x2011: /* non-breaking hyphen */
    case 0x2012: /* figure dash */
    case 0x2013: /* en dash */
    case 0x2014: /* em dash */
    case 0x2015: /* horizontal bar */
    case 0x2212: /* minus sign */
      return TRUE;

    default:
      return FALSE;
    }
}

/* A run of ASCII letters and digits. */
static gboolean
scan_word (const char *word,
           gsize       length,
           Token      *token)
{
  gsize digits = 0;

  while (digits < length && g_ascii_isdigit (word[digits]))
    digits++;

  if (digits > 0)
    {
      const char *suffix = word + digits;
      gsize suffix_length = length - digits;

      /* No day or year has more, and the value cannot overflow. */
      if (digits > 4)
        return FALSE;

      for (gsize i = 0; i < digits; i++)
        token->value = token->value * 10 + g_ascii_digit_value (word[i]);
      token->digits = digits;

      if (suffix_length == 0)
        token->kind = TOKEN_NUMBER;
      else if (word_is (suffix, suffix_length, "st") || word_is (suffix, suffix_length, "nd") ||
               word_is (suffix, suffix_length, "rd") || word_is (suffix, suffix_length, "th"))
        token->kind = TOKEN_ORDINAL;
      else
        return FALSE;

      return TRUE;
    }

  if (length == 2 && g_ascii_isdigit (word[1]) &&
      (g_ascii_tolower (word[0]) == 'q' || g_ascii_tolower (word[0]) == 'h'))
    {
      token->kind = g_ascii_tolower (word[0]) == 'q' ? TOKEN_QUARTER : TOKEN_HALF;
      token->value = g_ascii_digit_value (word[1]);
      return TRUE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (month_names); i++)
    {
      if (word_is (word, length, month_names[i]) ||
          (length == 3 && g_ascii_strncasecmp (word, month_names[i], 3) == 0) ||
          (i == G_DATE_SEPTEMBER - 1 && word_is (word, length, "sept")))
        {
          token->kind = TOKEN_MONTH;
          token->value = i + 1;
          return TRUE;
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (keywords); i++)
    {
      if (word_is (word, length, keywords[i].word))
        {
          token->kind = keywords[i].kind;
          token->value = keywords[i].value;
          return TRUE;
        }
    }

  return FALSE;
}

/* Any character that is not part of a form we know makes the text unrecognized. Dots and commas
 * are skipped: "Sept.", "November 21-23, 2023". */
static gboolean
tokenize (const char *text,
          Token      *tokens,
          guint      *n_tokens)
{
  const char *p = text;
  guint n = 0;

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);
      Token token = { 0 };
      guint year, month, day;

      if (g_unichar_isspace (c) || c == ',' || c == '.')
        {
          p = g_utf8_next_char (p);
          continue;
        }

      if (scan_iso_date (p, &year, &month, &day) && !g_ascii_isalnum (p[10]))
        {
          token.kind = TOKEN_DATE;
          token.value = year;
          token.month = month;
          token.day = day;
          p += 10;
        }
      else if (is_dash (c))
        {
          token.kind = TOKEN_DASH;
          p = g_utf8_next_char (p);
        }
      else if (g_ascii_isalnum (*p))
        {
          const char *end = p;

          while (g_ascii_isalnum (*end))
            end++;

          if (!scan_word (p, end - p, &token))
            return FALSE;

          p = end;
        }
      else
        return FALSE;

      if (token.kind == TOKEN_FILLER)
        continue;

      if (n == MAX_TOKENS)
        return FALSE;

      tokens[n++] = token;
    }

  *n_tokens = n;

  return TRUE;
}

/* "third quarter" and "second half" become "Q3" and "H2"; "this year" one token; "this" before a
 * month, quarter or half goes, since a date without a year takes the reference's anyway. Words
 * left out of those phrases make the text unrecognized. */
static gboolean
merge_phrases (Token *tokens,
               guint *n_tokens)
{
  guint n = 0;

  for (guint i = 0; i < *n_tokens; i++)
    {
      Token token = tokens[i];
      /* Fillers were dropped, so one stands for "no next token". */
      TokenKind next = i + 1 < *n_tokens ? tokens[i + 1].kind : TOKEN_FILLER;

      if ((token.kind == TOKEN_ORDINAL || token.kind == TOKEN_ORDINAL_WORD) &&
          (next == TOKEN_QUARTER_WORD || next == TOKEN_HALF_WORD))
        {
          token.kind = next == TOKEN_QUARTER_WORD ? TOKEN_QUARTER : TOKEN_HALF;
          i++;
        }
      else if (token.kind == TOKEN_THIS && next == TOKEN_YEAR_WORD)
        {
          token.kind = TOKEN_THIS_YEAR;
          i++;
        }
      else if (token.kind == TOKEN_THIS &&
               (next == TOKEN_MONTH || next == TOKEN_QUARTER || next == TOKEN_HALF))
        continue;
      else if (token.kind == TOKEN_THIS || token.kind == TOKEN_YEAR_WORD ||
               token.kind == TOKEN_ORDINAL_WORD || token.kind == TOKEN_QUARTER_WORD ||
               token.kind == TOKEN_HALF_WORD)
        return FALSE;

      tokens[n++] = token;
    }

  *n_tokens = n;

  return TRUE;
}

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

        case TOKEN_DATE:
          ok = parts_set (parts, PART_YEAR, &parts->year, token->value) &&
               parts_set (parts, PART_MONTH, &parts->month, token->month) &&
               parts_set (parts, PART_DAY, &parts->day, token->day);
          break;

        case TOKEN_THIS_YEAR:
          ok = parts_set (parts, PART_YEAR, &parts->year, 0);
          parts->this_year = TRUE;
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
  parts->this_year = from->this_year;
}

static void
span_set_months (Span  *span,
                 guint  first_month,
                 guint  last_month,
                 guint  year)
{
  span->first = julian_from_dmy (1, first_month, year);
  span->last = julian_from_dmy (g_date_get_days_in_month (last_month, year), last_month, year);
}

static gboolean
parts_resolve (const DateParts   *parts,
               const GDate       *reference,
               Span              *span,
               AccordPeriodError *code)
{
  guint year;

  switch (parts->fields & ~PART_YEAR)
    {
    case 0:
      span->precision = ACCORD_PRECISION_YEAR;
      break;

    case PART_DAY | PART_MONTH:
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

  if ((parts->fields & PART_YEAR) != 0 && !parts->this_year)
    {
      year = parts->year;
    }
  else if (reference != NULL)
    {
      year = g_date_get_year (reference);
    }
  else
    {
      *code = ACCORD_PERIOD_ERROR_NO_YEAR;
      return FALSE;
    }

  *code = ACCORD_PERIOD_ERROR_INVALID_DATE;

  if (!g_date_valid_year (year))
    return FALSE;

  switch (span->precision)
    {
    case ACCORD_PRECISION_DAY:
      /* GDateDay is 8 bits wide: "300th" must not wrap around to a real day. */
      if (parts->day > 31 || !g_date_valid_dmy (parts->day, parts->month, year))
        return FALSE;
      span->first = span->last = julian_from_dmy (parts->day, parts->month, year);
      break;

    case ACCORD_PRECISION_MONTH:
      span_set_months (span, parts->month, parts->month, year);
      break;

    case ACCORD_PRECISION_QUARTER:
      if (parts->quarter < 1 || parts->quarter > 4)
        return FALSE;
      span_set_months (span, parts->quarter * 3 - 2, parts->quarter * 3, year);
      break;

    case ACCORD_PRECISION_HALF_YEAR:
      if (parts->half < 1 || parts->half > 2)
        return FALSE;
      span_set_months (span, parts->half * 6 - 5, parts->half * 6, year);
      break;

    case ACCORD_PRECISION_YEAR:
      span_set_months (span, 1, 12, year);
      break;

    default:
      g_assert_not_reached ();
    }

  return TRUE;
}

/* The ends of a range often share what is written once: "21–23 November 2023",
 * "November 21-23, 2023", "1 July – 30 September 2024", "Q1–Q3 2024", "2021-25". */
static gboolean
resolve_range (DateParts         *first,
               DateParts         *last,
               gboolean           joined_by_dash,
               const GDate       *reference,
               Span              *span,
               AccordPeriodError *code)
{
  Span first_span;
  Span last_span;

  /* A two-digit end year is in the century of the start. */
  if (first->fields == PART_YEAR && !first->this_year &&
      last->fields == PART_DAY && last->day_may_be_year)
    {
      last->fields = PART_YEAR;
      last->year = first->year / 100 * 100 + last->day;
    }

  /* "Q3-2024", "Jan-2024": the dash joins the parts of one date, not two ends. */
  if (joined_by_dash && last->fields == PART_YEAR && (first->fields & PART_YEAR) == 0)
    {
      parts_take_year (first, last);
      return parts_resolve (first, reference, span, code);
    }

  if ((first->fields & ~PART_YEAR) == PART_DAY && (last->fields & PART_MONTH) != 0)
    parts_set (first, PART_MONTH, &first->month, last->month);
  else if ((last->fields & ~PART_YEAR) == PART_DAY && (first->fields & PART_MONTH) != 0)
    parts_set (last, PART_MONTH, &last->month, first->month);

  if ((first->fields & PART_YEAR) == 0 && (last->fields & PART_YEAR) != 0)
    parts_take_year (first, last);
  else if ((last->fields & PART_YEAR) == 0 && (first->fields & PART_YEAR) != 0)
    parts_take_year (last, first);

  if (!parts_resolve (first, reference, &first_span, code) ||
      !parts_resolve (last, reference, &last_span, code))
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
parse_tokens (Token             *tokens,
              guint              n_tokens,
              const GDate       *reference,
              Span              *span,
              AccordPeriodError *code)
{
  DateParts first;
  DateParts last;
  guint begin = 0;
  guint separator = G_MAXUINT;
  gboolean needs_range = FALSE;
  gboolean needs_and = FALSE;

  *code = ACCORD_PERIOD_ERROR_UNRECOGNIZED;

  if (!merge_phrases (tokens, &n_tokens))
    return FALSE;

  while (begin < n_tokens && tokens[begin].kind == TOKEN_WITHIN)
    begin++;

  if (begin < n_tokens && (tokens[begin].kind == TOKEN_FROM || tokens[begin].kind == TOKEN_BETWEEN))
    {
      /* "from 2024" alone has no end, and Accord never invents one. */
      needs_range = TRUE;
      needs_and = tokens[begin].kind == TOKEN_BETWEEN;
      begin++;
    }

  for (guint i = begin; i < n_tokens; i++)
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
      if (needs_range || !parts_parse (tokens + begin, n_tokens - begin, &first))
        return FALSE;

      return parts_resolve (&first, reference, span, code);
    }

  if (!parts_parse (tokens + begin, separator - begin, &first) ||
      !parts_parse (tokens + separator + 1, n_tokens - separator - 1, &last))
    return FALSE;

  return resolve_range (&first, &last, tokens[separator].kind == TOKEN_DASH && !needs_range,
                        reference, span, code);
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (!g_unichar_isspace (g_utf8_get_char (p)))
        return FALSE;
    }

  return TRUE;
}

static void
set_parse_error (GError            **error,
                 AccordPeriodError   code,
                 const char         *text)
{
  g_autofree char *quoted = g_strstrip (g_strdup (text));

  switch (code)
    {
    case ACCORD_PERIOD_ERROR_EMPTY:
      g_set_error_literal (error, ACCORD_PERIOD_ERROR, code, _("No date or period was given"));
      break;

    case ACCORD_PERIOD_ERROR_UNRECOGNIZED:
      g_set_error (error, ACCORD_PERIOD_ERROR, code,
                   _("“%s” is not a date or period Accord understands, such as “Q3 2024” or "
                     "“29 January 2024”"),
                   quoted);
      break;

    case ACCORD_PERIOD_ERROR_INVALID_DATE:
      g_set_error (error, ACCORD_PERIOD_ERROR, code,
                   _("“%s” names a day, month, quarter or half-year that does not exist"),
                   quoted);
      break;

    case ACCORD_PERIOD_ERROR_NO_YEAR:
      g_set_error (error, ACCORD_PERIOD_ERROR, code,
                   _("“%s” has no year, and there is no date to take the year from"),
                   quoted);
      break;

    case ACCORD_PERIOD_ERROR_BACKWARDS:
      g_set_error (error, ACCORD_PERIOD_ERROR, code, _("“%s” ends before it starts"), quoted);
      break;
    }
}

/* English forms only, the language of the sources; case and white space do not matter. Text that
 * is not UTF-8 cannot be kept as it is (the UI and the file need UTF-8), so the period keeps it
 * with the invalid bytes replaced. */
AccordPeriod *
accord_period_parse (const char   *text,
                     const GDate  *reference,
                     GError      **error)
{
  Token tokens[MAX_TOKENS];
  guint n_tokens;
  AccordPeriodError code;
  Span span;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (reference == NULL || date_is_usable (reference), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_autofree char *valid = g_utf8_make_valid (text, -1);

      set_parse_error (error, ACCORD_PERIOD_ERROR_UNRECOGNIZED, valid);
      return period_new (valid, ACCORD_PRECISION_UNKNOWN, 0, 0);
    }

  if (is_blank (text))
    code = ACCORD_PERIOD_ERROR_EMPTY;
  else if (!tokenize (text, tokens, &n_tokens))
    code = ACCORD_PERIOD_ERROR_UNRECOGNIZED;
  else if (parse_tokens (tokens, n_tokens, reference, &span, &code))
    return period_new (text, span.precision, span.first, span.last);

  set_parse_error (error, code, text);

  return period_new (text, ACCORD_PRECISION_UNKNOWN, 0, 0);
}

/* The dates come from a file: its reader checks them first (accord_date_from_iso() gives only
 * usable dates), so bad ones here are a programmer error. */
AccordPeriod *
accord_period_new (const char      *text,
                   AccordPrecision  precision,
                   const GDate     *start,
                   const GDate     *end)
{
  g_return_val_if_fail (text == NULL || g_utf8_validate (text, -1, NULL), NULL);
  g_return_val_if_fail ((guint) precision <= ACCORD_PRECISION_YEARS, NULL);

  if (text == NULL)
    text = "";

  if (precision == ACCORD_PRECISION_UNKNOWN)
    return period_new (text, precision, 0, 0);

  g_return_val_if_fail (date_is_usable (start), NULL);
  g_return_val_if_fail (date_is_usable (end), NULL);
  g_return_val_if_fail (g_date_compare (start, end) <= 0, NULL);

  return period_new (text, precision, g_date_get_julian (start), g_date_get_julian (end));
}

AccordPeriod *
accord_period_copy (const AccordPeriod *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire ((AccordPeriod *) self);
}

void
accord_period_free (AccordPeriod *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, (GDestroyNotify) period_clear);
}

const char *
accord_period_get_text (const AccordPeriod *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->text;
}

AccordPrecision
accord_period_get_precision (const AccordPeriod *self)
{
  g_return_val_if_fail (self != NULL, ACCORD_PRECISION_UNKNOWN);

  return self->precision;
}

gboolean
accord_period_is_known (const AccordPeriod *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->precision != ACCORD_PRECISION_UNKNOWN;
}

gboolean
accord_period_get_start (const AccordPeriod *self,
                         GDate              *date)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  if (self->precision == ACCORD_PRECISION_UNKNOWN)
    return FALSE;

  g_date_set_julian (date, self->start);

  return TRUE;
}

gboolean
accord_period_get_end (const AccordPeriod *self,
                       GDate              *date)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  if (self->precision == ACCORD_PRECISION_UNKNOWN)
    return FALSE;

  g_date_set_julian (date, self->end);

  return TRUE;
}

guint32
accord_period_get_start_julian (const AccordPeriod *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->start;
}

guint32
accord_period_get_end_julian (const AccordPeriod *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->end;
}

/* Like g_strcmp0(), NULL equals only NULL, so setters can compare old and new values directly. */
gboolean
accord_period_equal (const AccordPeriod *a,
                     const AccordPeriod *b)
{
  if (a == b)
    return TRUE;

  if (a == NULL || b == NULL)
    return FALSE;

  return a->precision == b->precision &&
         a->start == b->start &&
         a->end == b->end &&
         strcmp (a->text, b->text) == 0;
}

int
accord_period_compare (const AccordPeriod *a,
                       const AccordPeriod *b)
{
  gboolean a_unknown = a == NULL || a->precision == ACCORD_PRECISION_UNKNOWN;
  gboolean b_unknown = b == NULL || b->precision == ACCORD_PRECISION_UNKNOWN;

  if (a_unknown || b_unknown)
    return (int) a_unknown - (int) b_unknown;

  if (a->start != b->start)
    return a->start < b->start ? -1 : 1;

  if (a->end != b->end)
    return a->end < b->end ? -1 : 1;

  return 0;
}

/* Patterns for g_date_time_format(), translatable so that each language orders day, month and
 * year its own way. */
typedef struct
{
  const char *day;
  const char *first_day_in_month;
  const char *last_day_in_month;
  const char *first_day_in_year;
  const char *last_day_in_year;
  const char *month;
  const char *first_month_in_year;
  const char *year;
} DatePatterns;

static void
date_patterns_init (DatePatterns *patterns,
                    gboolean      compact)
{
  if (compact)
    {
      /* Translators: a day in a narrow list column, as "29 Jan 2024". A pattern for
       * g_date_time_format(): %-d day, %b abbreviated month, %Y year */
      patterns->day = C_("short date", "%-d %b %Y");
      /* Translators: the first day of a range within one month in a narrow list column, the
       * "21" of "21–23 Nov 2023".
       * xgettext:no-c-format */
      patterns->first_day_in_month = C_("short date", "%-d");
      /* Translators: the last day of a range within one month in a narrow list column, the
       * "23 Nov 2023" of "21–23 Nov 2023" */
      patterns->last_day_in_month = C_("short date, last day in month", "%-d %b %Y");
      /* Translators: the first day of a range within one year in a narrow list column, the
       * "1 Jul" of "1 Jul – 30 Sep 2024" */
      patterns->first_day_in_year = C_("short date", "%-d %b");
      /* Translators: the last day of a range within one year in a narrow list column, the
       * "30 Sep 2024" of "1 Jul – 30 Sep 2024" */
      patterns->last_day_in_year = C_("short date, last day in year", "%-d %b %Y");
      /* Translators: a month in a narrow list column, as "Apr 2024". %b is the abbreviated
       * month name, %Ob the same in the nominative case where a language has one */
      patterns->month = C_("short date", "%b %Y");
      /* Translators: the first month of a range within one year in a narrow list column, the
       * "Jan" of "Jan – Mar 2024" */
      patterns->first_month_in_year = C_("short date", "%b");
    }
  else
    {
      /* Translators: a day, as "29 January 2024". A pattern for g_date_time_format(): %-d day,
       * %B month name, %Y year */
      patterns->day = C_("date", "%-d %B %Y");
      /* Translators: the first day of a range within one month, the "21" of
       * "21–23 November 2023".
       * xgettext:no-c-format */
      patterns->first_day_in_month = C_("date", "%-d");
      /* Translators: the last day of a range within one month, the "23 November 2023" of
       * "21–23 November 2023" */
      patterns->last_day_in_month = C_("date, last day in month", "%-d %B %Y");
      /* Translators: the first day of a range within one year, the "1 July" of
       * "1 July – 30 September 2024" */
      patterns->first_day_in_year = C_("date", "%-d %B");
      /* Translators: the last day of a range within one year, the "30 September 2024" of
       * "1 July – 30 September 2024" */
      patterns->last_day_in_year = C_("date, last day in year", "%-d %B %Y");
      /* Translators: a month, as "April 2024". %OB is the month name in the nominative case
       * where a language has one, %B the form used with a day */
      patterns->month = C_("date", "%OB %Y");
      /* Translators: the first month of a range within one year, the "January" of
       * "January – March 2024" */
      patterns->first_month_in_year = C_("date", "%OB");
    }

  /* Translators: a year, as "2024". A pattern for g_date_time_format() */
  patterns->year = C_("date", "%Y");
}

static char *
format_date (const GDate *date,
             const char  *pattern)
{
  g_autoptr(GDateTime) date_time = NULL;
  char *text;

  date_time = g_date_time_new_utc (g_date_get_year (date), g_date_get_month (date),
                                   g_date_get_day (date), 0, 0, 0.0);
  text = g_date_time_format (date_time, pattern);

  /* A broken translation of the pattern must not lose the date. */
  if (text == NULL)
    text = g_date_time_format (date_time, "%Y-%m-%d");

  return text;
}

static char *
format_range (const char *first,
              const char *last)
{
  /* Translators: a range from its first to its last date, as "1 July – 30 September 2024" or
   * "2024 – 2025" */
  return g_strdup_printf (C_("range of dates", "%1$s – %2$s"), first, last);
}

static gboolean
same_month (const GDate *a,
            const GDate *b)
{
  return g_date_get_year (a) == g_date_get_year (b) && g_date_get_month (a) == g_date_get_month (b);
}

static char *
format_days (const GDate        *first,
             const GDate        *last,
             const DatePatterns *patterns)
{
  g_autofree char *first_text = NULL;
  g_autofree char *last_text = NULL;

  if (g_date_compare (first, last) == 0)
    return format_date (first, patterns->day);

  if (same_month (first, last))
    {
      first_text = format_date (first, patterns->first_day_in_month);
      last_text = format_date (last, patterns->last_day_in_month);

      /* Translators: a range of days within one month, as "21–23 November 2023" */
      return g_strdup_printf (C_("range of days", "%1$s–%2$s"), first_text, last_text);
    }

  if (g_date_get_year (first) == g_date_get_year (last))
    {
      first_text = format_date (first, patterns->first_day_in_year);
      last_text = format_date (last, patterns->last_day_in_year);
    }
  else
    {
      first_text = format_date (first, patterns->day);
      last_text = format_date (last, patterns->day);
    }

  return format_range (first_text, last_text);
}

static char *
format_months (const GDate        *first,
               const GDate        *last,
               const DatePatterns *patterns)
{
  g_autofree char *first_text = NULL;
  g_autofree char *last_text = NULL;

  if (same_month (first, last))
    return format_date (first, patterns->month);

  if (g_date_get_year (first) == g_date_get_year (last))
    first_text = format_date (first, patterns->first_month_in_year);
  else
    first_text = format_date (first, patterns->month);

  last_text = format_date (last, patterns->month);

  return format_range (first_text, last_text);
}

static char *
format_years (const GDate        *first,
              const GDate        *last,
              const DatePatterns *patterns)
{
  g_autofree char *first_text = NULL;
  g_autofree char *last_text = NULL;

  first_text = format_date (first, patterns->year);

  if (g_date_get_year (first) == g_date_get_year (last))
    return g_steal_pointer (&first_text);

  last_text = format_date (last, patterns->year);

  return format_range (first_text, last_text);
}

static char *
format_quarters (const GDate *first,
                 const GDate *last)
{
  guint first_year = g_date_get_year (first);
  guint last_year = g_date_get_year (last);
  guint first_quarter = (g_date_get_month (first) + 2) / 3;
  guint last_quarter = (g_date_get_month (last) + 2) / 3;
  g_autofree char *first_text = NULL;
  g_autofree char *last_text = NULL;

  /* Translators: a quarter of a year in a narrow list column, as "Q3 2024": %1$u is the
   * quarter (1 to 4), %2$u the year */
  last_text = g_strdup_printf (C_("short quarter", "Q%1$u %2$u"), last_quarter, last_year);

  if (first_year == last_year && first_quarter == last_quarter)
    return g_steal_pointer (&last_text);

  if (first_year == last_year)
    {
      /* Translators: the first quarter of a range within one year in a narrow list column, the
       * "Q1" of "Q1 – Q3 2024": %u is the quarter (1 to 4) */
      first_text = g_strdup_printf (C_("short quarter", "Q%u"), first_quarter);
    }
  else
    {
      first_text = g_strdup_printf (C_("short quarter", "Q%1$u %2$u"),
                                    first_quarter, first_year);
    }

  return format_range (first_text, last_text);
}

static char *
format_halves (const GDate *first,
               const GDate *last)
{
  guint first_year = g_date_get_year (first);
  guint last_year = g_date_get_year (last);
  guint first_half = (g_date_get_month (first) + 5) / 6;
  guint last_half = (g_date_get_month (last) + 5) / 6;
  g_autofree char *first_text = NULL;
  g_autofree char *last_text = NULL;

  /* Translators: a half of a year in a narrow list column, as "H2 2024": %1$u is the half
   * (1 or 2), %2$u the year */
  last_text = g_strdup_printf (C_("short half-year", "H%1$u %2$u"), last_half, last_year);

  if (first_year == last_year && first_half == last_half)
    return g_steal_pointer (&last_text);

  if (first_year == last_year)
    {
      /* Translators: the first half of a range within one year in a narrow list column, the
       * "H1" of "H1 – H2 2024": %u is the half (1 or 2) */
      first_text = g_strdup_printf (C_("short half-year", "H%u"), first_half);
    }
  else
    {
      first_text = g_strdup_printf (C_("short half-year", "H%1$u %2$u"), first_half, first_year);
    }

  return format_range (first_text, last_text);
}

/* NULL for an unknown period. Quarters and halves show their dates in full, since their text
 * already names them, and their name when compact. */
static char *
format_period (const AccordPeriod *self,
               gboolean            compact)
{
  DatePatterns patterns;
  GDate first;
  GDate last;

  if (self->precision == ACCORD_PRECISION_UNKNOWN)
    return NULL;

  date_patterns_init (&patterns, compact);
  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  g_date_set_julian (&first, self->start);
  g_date_set_julian (&last, self->end);

  switch (self->precision)
    {
    case ACCORD_PRECISION_DAY:
      return format_days (&first, &last, &patterns);

    case ACCORD_PRECISION_MONTH:
      return format_months (&first, &last, &patterns);

    case ACCORD_PRECISION_QUARTER:
      return compact ? format_quarters (&first, &last) : format_days (&first, &last, &patterns);

    case ACCORD_PRECISION_HALF_YEAR:
      return compact ? format_halves (&first, &last) : format_days (&first, &last, &patterns);

    case ACCORD_PRECISION_YEAR:
    case ACCORD_PRECISION_YEARS:
      return format_years (&first, &last, &patterns);

    case ACCORD_PRECISION_UNKNOWN:
    default:
      g_assert_not_reached ();
    }
}

char *
accord_period_format_dates (const AccordPeriod *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return format_period (self, FALSE);
}

char *
accord_period_format_short (const AccordPeriod *self)
{
  char *text;

  g_return_val_if_fail (self != NULL, NULL);

  text = format_period (self, TRUE);

  return text != NULL ? text : g_strdup (self->text);
}

char *
accord_date_to_iso (const GDate *date)
{
  g_return_val_if_fail (date_is_usable (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u",
                          (guint) g_date_get_year (date),
                          (guint) g_date_get_month (date),
                          (guint) g_date_get_day (date));
}

/* Strictly YYYY-MM-DD, as written to files: no white space, no other separators, no missing
 * leading zeros, and a date that exists. On failure @date is untouched. */
gboolean
accord_date_from_iso (const char *text,
                      GDate      *date)
{
  guint year, month, day;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  if (!scan_iso_date (text, &year, &month, &day) || text[10] != '\0')
    return FALSE;

  if (!g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_set_dmy (date, day, month, year);

  return TRUE;
}
