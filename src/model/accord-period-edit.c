/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#define G_LOG_DOMAIN "accord-period-edit"

#include <string.h>

#include "accord-period-edit.h"

/* The days a period can hold: 1 January 0001 to 31 December 9999, the four-digit years that
 * accord_period_parse() reads. */
#define FIRST_JULIAN 1
#define LAST_JULIAN  3652059
#define FIRST_YEAR   1
#define LAST_YEAR    9999

/* Months counted from 1 January of year 0, so that whole quarters, halves and years are
 * multiples of 3, 6 and 12. */
#define FIRST_MONTH_NUMBER ((gint64) FIRST_YEAR * 12)
#define LAST_MONTH_NUMBER  ((gint64) LAST_YEAR * 12 + 11)

/* The nicks are not a file format: the type is for properties of the timeline. The enum lives
 * with the functions that use it, so it is registered here rather than by glib-mkenums. */
G_DEFINE_ENUM_TYPE (AccordTimeUnit, accord_time_unit,
  G_DEFINE_ENUM_VALUE (ACCORD_TIME_UNIT_DAY, "day"),
  G_DEFINE_ENUM_VALUE (ACCORD_TIME_UNIT_WEEK, "week"),
  G_DEFINE_ENUM_VALUE (ACCORD_TIME_UNIT_MONTH, "month"),
  G_DEFINE_ENUM_VALUE (ACCORD_TIME_UNIT_QUARTER, "quarter"),
  G_DEFINE_ENUM_VALUE (ACCORD_TIME_UNIT_HALF_YEAR, "half-year"),
  G_DEFINE_ENUM_VALUE (ACCORD_TIME_UNIT_YEAR, "year"))

typedef struct
{
  guint day;
  guint month;
  guint year;
} Dmy;

static const char * const month_names[] = {
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
};

static const char * const ordinal_words[] = { "first", "second", "third", "fourth" };

/* Calendar arithmetic */

static Dmy
dmy_from_julian (guint32 julian)
{
  GDate date;
  Dmy dmy;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  dmy.day = g_date_get_day (&date);
  dmy.month = g_date_get_month (&date);
  dmy.year = g_date_get_year (&date);

  return dmy;
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

static guint32
clamp_julian (gint64 julian)
{
  return CLAMP (julian, FIRST_JULIAN, LAST_JULIAN);
}

static gint64
month_number (guint32 julian)
{
  Dmy dmy = dmy_from_julian (julian);

  return (gint64) dmy.year * 12 + dmy.month - 1;
}

static gboolean
month_number_is_usable (gint64 number)
{
  return number >= FIRST_MONTH_NUMBER && number <= LAST_MONTH_NUMBER;
}

static guint
days_in_month_number (gint64 number)
{
  return g_date_get_days_in_month (number % 12 + 1, number / 12);
}

/* @day is cut to the length of the month. */
static guint32
julian_in_month_number (gint64 number,
                        guint  day)
{
  g_assert (month_number_is_usable (number));

  return julian_from_dmy (MIN (day, days_in_month_number (number)), number % 12 + 1, number / 12);
}

static gboolean
is_last_day_of_month (guint32 julian)
{
  Dmy dmy = dmy_from_julian (julian);

  return dmy.day == g_date_get_days_in_month (dmy.month, dmy.year);
}

static gboolean
covers_whole_months (guint32 start,
                     guint32 end)
{
  return dmy_from_julian (start).day == 1 && is_last_day_of_month (end);
}

/* 0 for units counted in days. */
static guint
unit_months (AccordTimeUnit unit)
{
  switch (unit)
    {
    case ACCORD_TIME_UNIT_MONTH:
      return 1;
    case ACCORD_TIME_UNIT_QUARTER:
      return 3;
    case ACCORD_TIME_UNIT_HALF_YEAR:
      return 6;
    case ACCORD_TIME_UNIT_YEAR:
      return 12;
    case ACCORD_TIME_UNIT_DAY:
    case ACCORD_TIME_UNIT_WEEK:
    default:
      return 0;
    }
}

static guint
unit_days (AccordTimeUnit unit)
{
  return unit == ACCORD_TIME_UNIT_WEEK ? 7 : 1;
}

/* 0 for day precision. */
static guint
precision_months (AccordPrecision precision)
{
  switch (precision)
    {
    case ACCORD_PRECISION_MONTH:
      return 1;
    case ACCORD_PRECISION_QUARTER:
      return 3;
    case ACCORD_PRECISION_HALF_YEAR:
      return 6;
    case ACCORD_PRECISION_YEAR:
    case ACCORD_PRECISION_YEARS:
      return 12;
    case ACCORD_PRECISION_UNKNOWN:
    case ACCORD_PRECISION_DAY:
    default:
      return 0;
    }
}

/* FALSE when the result leaves the calendar. */
static gboolean
add_months (guint32  julian,
            gint64   months,
            guint32 *result)
{
  gint64 number = month_number (julian) + months;

  if (!month_number_is_usable (number))
    return FALSE;

  *result = julian_in_month_number (number, dmy_from_julian (julian).day);

  return TRUE;
}

guint32
accord_time_unit_snap (AccordTimeUnit unit,
                       guint32        julian,
                       gboolean       round_up)
{
  guint months = unit_months (unit);
  gint64 first_month;

  g_return_val_if_fail (unit <= ACCORD_TIME_UNIT_YEAR, julian);

  julian = clamp_julian (julian);

  if (unit == ACCORD_TIME_UNIT_DAY)
    return julian;

  if (unit == ACCORD_TIME_UNIT_WEEK)
    {
      GDate date;
      gint64 monday;

      g_date_clear (&date, 1);
      g_date_set_julian (&date, julian);
      monday = (gint64) julian - (g_date_get_weekday (&date) - G_DATE_MONDAY);

      return clamp_julian (round_up ? monday + 6 : monday);
    }

  /* Years are whole multiples of 12 months, so this is the unit's first month. */
  first_month = month_number (julian) / months * months;

  if (round_up)
    return julian_in_month_number (first_month + months - 1, 31);

  return julian_in_month_number (first_month, 1);
}

guint32
accord_time_unit_add (AccordTimeUnit unit,
                      guint32        julian,
                      int            n)
{
  guint months = unit_months (unit);
  guint32 result;

  g_return_val_if_fail (unit <= ACCORD_TIME_UNIT_YEAR, julian);

  julian = clamp_julian (julian);

  if (months == 0)
    return clamp_julian ((gint64) julian + (gint64) n * unit_days (unit));

  if (!add_months (julian, (gint64) n * months, &result))
    return n < 0 ? FIRST_JULIAN : LAST_JULIAN;

  return result;
}

/* Precision */

/* Whether the days make one unit of @precision: "Q3 2024" rather than "Q3 – Q4 2024". */
static gboolean
span_is_single (AccordPrecision precision,
                guint32         start,
                guint32         end)
{
  guint months = precision_months (precision);

  if (precision == ACCORD_PRECISION_YEARS)
    return FALSE;

  if (months == 0)
    return start == end;

  return month_number (start) / months == month_number (end) / months;
}

static AccordPrecision
tidiest_precision (guint32 start,
                   guint32 end)
{
  Dmy first = dmy_from_julian (start);
  Dmy last = dmy_from_julian (end);
  gint64 months = month_number (end) - month_number (start) + 1;

  if (!covers_whole_months (start, end))
    return ACCORD_PRECISION_DAY;

  if (first.month == 1 && last.month == 12)
    return first.year == last.year ? ACCORD_PRECISION_YEAR : ACCORD_PRECISION_YEARS;

  if (months == 6 && (first.month - 1) % 6 == 0)
    return ACCORD_PRECISION_HALF_YEAR;

  if (months == 3 && (first.month - 1) % 3 == 0)
    return ACCORD_PRECISION_QUARTER;

  if (months == 1)
    return ACCORD_PRECISION_MONTH;

  return ACCORD_PRECISION_DAY;
}

/* Words */

typedef enum
{
  LETTER_CASE_LOWER,   /* "january" */
  LETTER_CASE_TITLE,   /* "January" */
  LETTER_CASE_UPPER,   /* "JANUARY" */
} LetterCase;

static LetterCase
letter_case_of (const char *word,
                gsize       length)
{
  guint letters = 0;
  guint upper = 0;

  for (gsize i = 0; i < length; i++)
    {
      if (g_ascii_isalpha (word[i]))
        {
          letters++;
          upper += g_ascii_isupper (word[i]) ? 1 : 0;
        }
    }

  if (letters > 1 && upper == letters)
    return LETTER_CASE_UPPER;

  return length > 0 && g_ascii_isupper (word[0]) ? LETTER_CASE_TITLE : LETTER_CASE_LOWER;
}

/* @word is lower case. */
static void
append_in_case (GString    *out,
                const char *word,
                gsize       length,
                LetterCase  letter_case)
{
  for (gsize i = 0; i < length; i++)
    {
      gboolean upper = letter_case == LETTER_CASE_UPPER ||
                       (letter_case == LETTER_CASE_TITLE && i == 0);

      g_string_append_c (out, upper ? g_ascii_toupper (word[i]) : word[i]);
    }
}

static void
append_month (GString    *out,
              guint       month,
              gboolean    abbreviated,
              LetterCase  letter_case)
{
  const char *name = month_names[month - 1];

  append_in_case (out, name, abbreviated ? 3 : strlen (name), letter_case);
}

static const char *
ordinal_suffix (guint number)
{
  if (number % 100 >= 11 && number % 100 <= 13)
    return "th";

  switch (number % 10)
    {
    case 1:
      return "st";
    case 2:
      return "nd";
    case 3:
      return "rd";
    default:
      return "th";
    }
}

static gboolean
word_is (const char *word,
         gsize       length,
         const char *candidate)
{
  return strlen (candidate) == length && g_ascii_strncasecmp (word, candidate, length) == 0;
}

/* 1 to 12, or 0. The forms accord_period_parse() reads: "January", "Jan", "Sept". */
static guint
month_of_word (const char *word,
               gsize       length)
{
  for (guint i = 0; i < G_N_ELEMENTS (month_names); i++)
    {
      if (word_is (word, length, month_names[i]) ||
          (length == 3 && g_ascii_strncasecmp (word, month_names[i], 3) == 0) ||
          (i == G_DATE_SEPTEMBER - 1 && word_is (word, length, "sept")))
        return i + 1;
    }

  return 0;
}

/* "Jan", "Sept"; "May" is written in full. */
static gboolean
month_is_abbreviated (const char *word,
                      gsize       length)
{
  return !word_is (word, length, month_names[month_of_word (word, length) - 1]);
}

/* The dashes accord_period_parse() takes for a range. */
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

/* "to" can stand between the ends of any range; "and" only after "between". */
static gboolean
is_range_word (const char *word,
               gsize       length,
               gboolean   *is_to)
{
  *is_to = word_is (word, length, "to") || word_is (word, length, "until") ||
           word_is (word, length, "till") || word_is (word, length, "through");

  return *is_to || word_is (word, length, "and");
}

/* YYYY-MM-DD not followed by a letter or digit. Stops at the first mismatch, so never reads past
 * the end of @text. */
static gboolean
is_iso_date (const char *text)
{
  for (guint i = 0; i < 10; i++)
    {
      if ((i == 4 || i == 7) ? text[i] != '-' : !g_ascii_isdigit (text[i]))
        return FALSE;
    }

  return !g_ascii_isalnum (text[10]);
}

/* The text as written: where its dates are, and how they are written */

typedef enum
{
  FIELD_YEAR,         /* "2024" */
  FIELD_SHORT_YEAR,   /* the "25" of "2021-25" */
  FIELD_QUARTER,      /* the "3" of "Q3", or "3rd" or "third" before "quarter" */
  FIELD_HALF,         /* the "2" of "H2", or "2nd" or "second" before "half" */
  FIELD_MONTH,        /* "January", "Jan", "Sept" */
  FIELD_DAY,          /* "29", "05", "29th" */
  FIELD_ISO_DATE,     /* "2024-01-29" */
} FieldKind;

typedef enum
{
  NUMERAL_DIGITS,     /* "3", "05" */
  NUMERAL_ORDINAL,    /* "3rd" */
  NUMERAL_WORD,       /* "third" */
} Numeral;

typedef struct
{
  FieldKind kind;
  Numeral   numeral;
  gsize     offset;   /* in bytes, into the text */
  gsize     length;
  gboolean  in_last;  /* after the separator of a range: written from the last day */
} Field;

typedef struct
{
  GArray     *fields;             /* of Field, in the order of the text */
  gboolean    is_range;
  /* The "to" of "21 to 23 November 2023", to keep when the text is written anew; NULL for
   * dashes and for "and", which needs the "between" before it. */
  const char *range_word;
  gsize       range_word_length;
} Form;

static void
form_clear (Form *form)
{
  g_clear_pointer (&form->fields, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Form, form_clear)

/* The word after @text, past white space. */
static gboolean
next_word_is (const char *text,
              const char *candidate)
{
  const char *end;

  while (*text != '\0' && g_unichar_isspace (g_utf8_get_char (text)))
    text = g_utf8_next_char (text);

  for (end = text; g_ascii_isalnum (*end); end++)
    ;

  return word_is (text, end - text, candidate);
}

/* Whether the run of letters and digits @word is a date field, and which. */
static gboolean
scan_field (const char *word,
            gsize       length,
            Field      *field)
{
  gsize digits = 0;
  const char *rest = word + length;

  while (digits < length && g_ascii_isdigit (word[digits]))
    digits++;

  if (digits == length)
    {
      field->numeral = NUMERAL_DIGITS;
      field->kind = digits == 4 ? FIELD_YEAR : FIELD_DAY;
      return digits == 4 || digits <= 2;
    }

  if (digits > 0)
    {
      const char *suffix = word + digits;
      gsize suffix_length = length - digits;

      if (digits > 2 ||
          !(word_is (suffix, suffix_length, "st") || word_is (suffix, suffix_length, "nd") ||
            word_is (suffix, suffix_length, "rd") || word_is (suffix, suffix_length, "th")))
        return FALSE;

      field->numeral = NUMERAL_ORDINAL;
      if (next_word_is (rest, "quarter"))
        field->kind = FIELD_QUARTER;
      else if (next_word_is (rest, "half"))
        field->kind = FIELD_HALF;
      else
        field->kind = FIELD_DAY;
      return TRUE;
    }

  if (length == 2 && g_ascii_isdigit (word[1]) &&
      (g_ascii_tolower (word[0]) == 'q' || g_ascii_tolower (word[0]) == 'h'))
    {
      field->kind = g_ascii_tolower (word[0]) == 'q' ? FIELD_QUARTER : FIELD_HALF;
      field->numeral = NUMERAL_DIGITS;
      /* Only the digit changes. */
      field->offset++;
      field->length = 1;
      return TRUE;
    }

  if (month_of_word (word, length) != 0)
    {
      field->kind = FIELD_MONTH;
      return TRUE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (ordinal_words); i++)
    {
      if (word_is (word, length, ordinal_words[i]) &&
          (next_word_is (rest, "quarter") || next_word_is (rest, "half")))
        {
          field->kind = next_word_is (rest, "quarter") ? FIELD_QUARTER : FIELD_HALF;
          field->numeral = NUMERAL_WORD;
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
form_has_field (const Form *form,
                gboolean    in_last,
                FieldKind   kind)
{
  for (guint i = 0; i < form->fields->len; i++)
    {
      const Field *field = &g_array_index (form->fields, Field, i);

      if (field->in_last == in_last && field->kind == kind)
        return TRUE;
    }

  return FALSE;
}

static guint
form_count_fields (const Form *form,
                   gboolean    in_last)
{
  guint count = 0;

  for (guint i = 0; i < form->fields->len; i++)
    count += g_array_index (form->fields, Field, i).in_last == in_last ? 1 : 0;

  return count;
}

static void
form_mark_single (Form *form)
{
  for (guint i = 0; i < form->fields->len; i++)
    g_array_index (form->fields, Field, i).in_last = FALSE;

  form->is_range = FALSE;
  form->range_word = NULL;
}

/* A loose reading, not a second parser: it only finds what to rewrite. Whatever it gets wrong,
 * the text written from it does not read back as the period, and another form is used. */
static void
form_scan (Form       *form,
           const char *text)
{
  const char *p = text;
  gboolean separator_is_dash = FALSE;

  form->fields = g_array_new (FALSE, FALSE, sizeof (Field));
  form->is_range = FALSE;
  form->range_word = NULL;
  form->range_word_length = 0;

  while (*p != '\0')
    {
      Field field = { .offset = p - text, .in_last = form->is_range };
      gboolean can_separate = form->fields->len > 0 && !form->is_range;

      if (is_iso_date (p))
        {
          field.kind = FIELD_ISO_DATE;
          field.length = 10;
          g_array_append_val (form->fields, field);
          p += field.length;
        }
      else if (g_ascii_isalnum (*p))
        {
          const char *end = p;
          gboolean is_to;

          while (g_ascii_isalnum (*end))
            end++;

          field.length = end - p;

          if (scan_field (p, end - p, &field))
            {
              g_array_append_val (form->fields, field);
            }
          else if (can_separate && is_range_word (p, end - p, &is_to))
            {
              form->is_range = TRUE;
              form->range_word = is_to ? p : NULL;
              form->range_word_length = is_to ? end - p : 0;
            }

          p = end;
        }
      else
        {
          if (can_separate && is_dash (g_utf8_get_char (p)))
            {
              form->is_range = TRUE;
              separator_is_dash = TRUE;
            }

          p = g_utf8_next_char (p);
        }
    }

  if (!form->is_range)
    return;

  /* "2021-25": a two-digit end year, in the century of the start. */
  if (form_count_fields (form, FALSE) == 1 && form_has_field (form, FALSE, FIELD_YEAR) &&
      form_count_fields (form, TRUE) == 1 && form_has_field (form, TRUE, FIELD_DAY))
    {
      Field *last = &g_array_index (form->fields, Field, form->fields->len - 1);

      if (last->numeral == NUMERAL_DIGITS && last->length == 2)
        last->kind = FIELD_SHORT_YEAR;
    }

  /* "Q3-2024", "Jan-2024": the dash joins the parts of one date, as the parser reads it. */
  if (separator_is_dash &&
      form_count_fields (form, TRUE) == 1 && form_has_field (form, TRUE, FIELD_YEAR) &&
      !form_has_field (form, FALSE, FIELD_YEAR) && !form_has_field (form, FALSE, FIELD_ISO_DATE))
    form_mark_single (form);
}

static void
append_numeral (GString     *out,
                const Field *field,
                const char  *written,
                guint        value)
{
  gsize digits = 0;

  switch (field->numeral)
    {
    case NUMERAL_DIGITS:
      /* "05 January" keeps its zero. */
      if (field->length == 2 && written[0] == '0')
        g_string_append_printf (out, "%02u", value);
      else
        g_string_append_printf (out, "%u", value);
      break;

    case NUMERAL_ORDINAL:
      while (g_ascii_isdigit (written[digits]))
        digits++;
      g_string_append_printf (out, "%u", value);
      append_in_case (out, ordinal_suffix (value), 2,
                      letter_case_of (written + digits, field->length - digits));
      break;

    case NUMERAL_WORD:
      append_in_case (out, ordinal_words[value - 1], strlen (ordinal_words[value - 1]),
                      letter_case_of (written, field->length));
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
append_field (GString     *out,
              const Field *field,
              const char  *written,
              const Dmy   *date)
{
  switch (field->kind)
    {
    case FIELD_YEAR:
      g_string_append_printf (out, "%04u", date->year);
      break;

    case FIELD_SHORT_YEAR:
      g_string_append_printf (out, "%02u", date->year % 100);
      break;

    case FIELD_QUARTER:
      append_numeral (out, field, written, (date->month + 2) / 3);
      break;

    case FIELD_HALF:
      append_numeral (out, field, written, (date->month + 5) / 6);
      break;

    case FIELD_MONTH:
      /* "Sept" in September and there again; three letters in other months. */
      if (date->month == G_DATE_SEPTEMBER && word_is (written, field->length, "sept"))
        g_string_append_len (out, written, field->length);
      else
        append_month (out, date->month, month_is_abbreviated (written, field->length),
                      letter_case_of (written, field->length));
      break;

    case FIELD_DAY:
      append_numeral (out, field, written, date->day);
      break;

    case FIELD_ISO_DATE:
      g_string_append_printf (out, "%04u-%02u-%02u", date->year, date->month, date->day);
      break;

    default:
      g_assert_not_reached ();
    }
}

/* @text with each of its dates rewritten: those before the range's separator from @start, those
 * after it from @end. NULL when the form cannot say the span at all. */
static char *
form_fill (const Form *form,
           const char *text,
           guint32     start,
           guint32     end,
           gboolean    is_single)
{
  Dmy first = dmy_from_julian (start);
  Dmy last = dmy_from_julian (end);
  GString *out;
  gsize copied = 0;

  /* "2024 – 2024" reads back as 2024, but is no way to write it; nor is "1 February – 3 February
   * 2024" when "1–3 February 2024" will do. */
  if (form->fields->len == 0 || form->is_range == is_single)
    return NULL;

  if (first.year == last.year &&
      ((form_has_field (form, FALSE, FIELD_YEAR) && form_has_field (form, TRUE, FIELD_YEAR)) ||
       (first.month == last.month &&
        form_has_field (form, FALSE, FIELD_MONTH) && form_has_field (form, TRUE, FIELD_MONTH))))
    return NULL;

  out = g_string_new (NULL);

  for (guint i = 0; i < form->fields->len; i++)
    {
      const Field *field = &g_array_index (form->fields, Field, i);

      g_string_append_len (out, text + copied, field->offset - copied);
      append_field (out, field, text + field->offset, field->in_last ? &last : &first);
      copied = field->offset + field->length;
    }

  g_string_append (out, text + copied);

  return g_string_free (out, FALSE);
}

/* Writing a span anew */

typedef enum
{
  DAY_ORDER_DMY,  /* "29 January 2024" */
  DAY_ORDER_MDY,  /* "January 29, 2024" */
  DAY_ORDER_ISO,  /* "2024-01-29" */
} DayOrder;

typedef struct
{
  DayOrder    day_order;
  gboolean    abbreviated_months;
  LetterCase  month_case;
  const char *range_word;         /* NULL for dashes */
  gsize       range_word_length;
} Style;

static const Style tidy_style = { DAY_ORDER_DMY, FALSE, LETTER_CASE_TITLE, NULL, 0 };

/* The way @form writes days and months, for a span its own form cannot say. */
static void
style_from_form (Style      *style,
                 const Form *form,
                 const char *text)
{
  gboolean has_order = FALSE;
  gboolean has_month = FALSE;

  *style = tidy_style;
  style->range_word = form->range_word;
  style->range_word_length = form->range_word_length;

  for (guint i = 0; i < form->fields->len; i++)
    {
      const Field *field = &g_array_index (form->fields, Field, i);
      const Field *next = i + 1 < form->fields->len ? field + 1 : NULL;

      if (field->kind == FIELD_ISO_DATE && !has_order)
        {
          style->day_order = DAY_ORDER_ISO;
          has_order = TRUE;
        }
      else if (field->kind == FIELD_MONTH && !has_month)
        {
          const char *written = text + field->offset;

          style->abbreviated_months = month_is_abbreviated (written, field->length);
          style->month_case = letter_case_of (written, field->length);
          has_month = TRUE;
        }

      if (has_order || next == NULL || next->in_last != field->in_last)
        continue;

      if (field->kind == FIELD_MONTH && next->kind == FIELD_DAY)
        {
          style->day_order = DAY_ORDER_MDY;
          has_order = TRUE;
        }
      else if (field->kind == FIELD_DAY && next->kind == FIELD_MONTH)
        {
          has_order = TRUE;
        }
    }
}

/* A narrow separator joins two bare days: "21–23 November 2023". */
static void
append_separator (GString     *out,
                  const Style *style,
                  gboolean     narrow)
{
  if (style->range_word != NULL)
    {
      g_string_append_c (out, ' ');
      g_string_append_len (out, style->range_word, style->range_word_length);
      g_string_append_c (out, ' ');
    }
  else
    {
      g_string_append (out, narrow ? "–" : " – ");
    }
}

static void
append_styled_month (GString     *out,
                     guint        month,
                     const Style *style)
{
  append_month (out, month, style->abbreviated_months, style->month_case);
}

static void
append_days (GString     *out,
             const Dmy   *first,
             const Dmy   *last,
             const Style *style)
{
  gboolean same_year = first->year == last->year;
  gboolean same_month = same_year && first->month == last->month;
  gboolean same_day = same_month && first->day == last->day;

  switch (style->day_order)
    {
    case DAY_ORDER_ISO:
      g_string_append_printf (out, "%04u-%02u-%02u", first->year, first->month, first->day);
      if (!same_day)
        {
          append_separator (out, style, FALSE);
          g_string_append_printf (out, "%04u-%02u-%02u", last->year, last->month, last->day);
        }
      break;

    case DAY_ORDER_MDY:
      /* "January 29, 2024", "November 21–23, 2023", "November 30 – December 2, 2023",
       * "December 30, 2023 – January 2, 2024" */
      append_styled_month (out, first->month, style);
      g_string_append_printf (out, " %u", first->day);
      if (!same_day)
        {
          if (!same_year)
            g_string_append_printf (out, ", %04u", first->year);
          append_separator (out, style, same_month);
          if (!same_month)
            {
              append_styled_month (out, last->month, style);
              g_string_append_c (out, ' ');
            }
          g_string_append_printf (out, "%u", last->day);
        }
      g_string_append_printf (out, ", %04u", last->year);
      break;

    case DAY_ORDER_DMY:
      /* "29 January 2024", "21–23 November 2023", "30 November – 2 December 2023",
       * "30 December 2023 – 2 January 2024" */
      g_string_append_printf (out, "%u", first->day);
      if (!same_day)
        {
          if (!same_month)
            {
              g_string_append_c (out, ' ');
              append_styled_month (out, first->month, style);
            }
          if (!same_year)
            g_string_append_printf (out, " %04u", first->year);
          append_separator (out, style, same_month);
          g_string_append_printf (out, "%u", last->day);
        }
      g_string_append_c (out, ' ');
      append_styled_month (out, last->month, style);
      g_string_append_printf (out, " %04u", last->year);
      break;

    default:
      g_assert_not_reached ();
    }
}

/* "April 2024", "January – March 2024", "December 2024 – February 2025" */
static void
append_months (GString     *out,
               const Dmy   *first,
               const Dmy   *last,
               const Style *style)
{
  append_styled_month (out, first->month, style);

  if (first->year != last->year)
    g_string_append_printf (out, " %04u", first->year);

  if (first->year != last->year || first->month != last->month)
    {
      append_separator (out, style, FALSE);
      append_styled_month (out, last->month, style);
    }

  g_string_append_printf (out, " %04u", last->year);
}

/* Quarters and halves: "Q3 2024", "Q1 – Q3 2024", "H2 2024 – H1 2025". */
static void
append_parts (GString     *out,
              char         letter,
              guint        months_per_part,
              const Dmy   *first,
              const Dmy   *last,
              const Style *style)
{
  guint first_part = (first->month - 1) / months_per_part + 1;
  guint last_part = (last->month - 1) / months_per_part + 1;

  g_string_append_printf (out, "%c%u", letter, first_part);

  if (first->year != last->year)
    g_string_append_printf (out, " %04u", first->year);

  if (first->year != last->year || first_part != last_part)
    {
      append_separator (out, style, FALSE);
      g_string_append_printf (out, "%c%u", letter, last_part);
    }

  g_string_append_printf (out, " %04u", last->year);
}

static char *
format_span (AccordPrecision  precision,
             guint32          start,
             guint32          end,
             const Style     *style)
{
  Dmy first = dmy_from_julian (start);
  Dmy last = dmy_from_julian (end);
  GString *out = g_string_new (NULL);

  switch (precision)
    {
    case ACCORD_PRECISION_DAY:
      append_days (out, &first, &last, style);
      break;

    case ACCORD_PRECISION_MONTH:
      append_months (out, &first, &last, style);
      break;

    case ACCORD_PRECISION_QUARTER:
      append_parts (out, 'Q', 3, &first, &last, style);
      break;

    case ACCORD_PRECISION_HALF_YEAR:
      append_parts (out, 'H', 6, &first, &last, style);
      break;

    case ACCORD_PRECISION_YEAR:
    case ACCORD_PRECISION_YEARS:
      g_string_append_printf (out, "%04u", first.year);
      if (last.year != first.year)
        {
          append_separator (out, style, FALSE);
          g_string_append_printf (out, "%04u", last.year);
        }
      break;

    case ACCORD_PRECISION_UNKNOWN:
    default:
      g_assert_not_reached ();
    }

  return g_string_free (out, FALSE);
}

/* The period @text means, if that is exactly the span. */
static AccordPeriod *
parse_exactly (const char      *text,
               AccordPrecision  precision,
               guint32          start,
               guint32          end)
{
  g_autoptr(AccordPeriod) period = NULL;

  if (text == NULL)
    return NULL;

  period = accord_period_parse (text, NULL, NULL);

  if (accord_period_get_precision (period) != precision ||
      accord_period_get_start_julian (period) != start ||
      accord_period_get_end_julian (period) != end)
    return NULL;

  return g_steal_pointer (&period);
}

/* The span written in the form of @original (nullable) where that can say it, else in its way
 * of writing days and months, else in the tidiest form. Each text is read back to make sure. */
static AccordPeriod *
period_for_span (const char      *original,
                 AccordPrecision  precision,
                 guint32          start,
                 guint32          end)
{
  g_autofree char *tidy_text = NULL;
  AccordPeriod *period;
  GDate first;
  GDate last;

  g_assert (precision != ACCORD_PRECISION_UNKNOWN);
  g_assert (start >= FIRST_JULIAN && start <= end && end <= LAST_JULIAN);

  if (original != NULL)
    {
      g_auto(Form) form = { 0 };
      g_autofree char *filled = NULL;
      g_autofree char *styled = NULL;
      Style style;

      form_scan (&form, original);

      filled = form_fill (&form, original, start, end, span_is_single (precision, start, end));
      if ((period = parse_exactly (filled, precision, start, end)) != NULL)
        return period;

      style_from_form (&style, &form, original);
      styled = format_span (precision, start, end, &style);
      if ((period = parse_exactly (styled, precision, start, end)) != NULL)
        return period;
    }

  tidy_text = format_span (precision, start, end, &tidy_style);
  if ((period = parse_exactly (tidy_text, precision, start, end)) != NULL)
    return period;

  /* The tests read back the tidy form of every kind of span; should one still fail, the dates
   * at least are right. */
  g_critical ("“%s” does not read back as the span it was written for", tidy_text);

  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  g_date_set_julian (&first, start);
  g_date_set_julian (&last, end);

  return accord_period_new (tidy_text, precision, &first, &last);
}

/* Moving and resizing */

/* Where @n units take the span; FALSE when that leaves the calendar. */
static gboolean
shift_span (guint32         start,
            guint32         end,
            AccordTimeUnit  unit,
            gint64          n,
            guint32        *new_start,
            guint32        *new_end)
{
  gint64 months = n * unit_months (unit);

  if (unit_months (unit) == 0)
    {
      gint64 days = n * unit_days (unit);

      if ((gint64) start + days < FIRST_JULIAN || (gint64) end + days > LAST_JULIAN)
        return FALSE;

      *new_start = start + days;
      *new_end = end + days;
      return TRUE;
    }

  /* "1–31 January 2024" a month later is "1–29 February 2024". */
  if (covers_whole_months (start, end))
    {
      gint64 first_month = month_number (start) + months;
      gint64 last_month = month_number (end) + months;

      if (!month_number_is_usable (first_month) || !month_number_is_usable (last_month))
        return FALSE;

      *new_start = julian_in_month_number (first_month, 1);
      *new_end = julian_in_month_number (last_month, 31);
      return TRUE;
    }

  /* A meeting of three days is still three days a month later. */
  if (!add_months (start, months, new_start) ||
      (gint64) *new_start + (end - start) > LAST_JULIAN)
    return FALSE;

  *new_end = *new_start + (end - start);

  return TRUE;
}

AccordPeriod *
accord_period_moved (const AccordPeriod *period,
                     AccordTimeUnit      unit,
                     int                 n)
{
  AccordPrecision precision;
  guint32 start;
  guint32 end;
  guint32 new_start;
  guint32 new_end;
  gint64 moved = n;
  guint months;

  g_return_val_if_fail (period != NULL, NULL);
  g_return_val_if_fail (unit <= ACCORD_TIME_UNIT_YEAR, NULL);

  precision = accord_period_get_precision (period);
  start = accord_period_get_start_julian (period);
  end = accord_period_get_end_julian (period);

  if (precision == ACCORD_PRECISION_UNKNOWN || n == 0)
    return accord_period_copy (period);

  /* A move past an end of the calendar stops there, as a dragged bar stops at an edge. Every
   * move short of the edge fits, so the farthest is found by halving. */
  if (!shift_span (start, end, unit, moved, &new_start, &new_end))
    {
      gint64 fits = 0;

      while (ABS (moved - fits) > 1)
        {
          gint64 middle = fits + (moved - fits) / 2;

          if (shift_span (start, end, unit, middle, &new_start, &new_end))
            fits = middle;
          else
            moved = middle;
        }

      if (fits == 0)
        return accord_period_copy (period);

      moved = fits;
      (void) shift_span (start, end, unit, moved, &new_start, &new_end);
    }

  /* Whole units of its own precision keep it: "Q3 2024" three months on is "Q4 2024". Any
   * other move is exact only in days. */
  months = precision_months (precision);

  if (months != 0 && (unit_months (unit) == 0 || moved * unit_months (unit) % months != 0))
    precision = ACCORD_PRECISION_DAY;

  return period_for_span (accord_period_get_text (period), precision, new_start, new_end);
}

AccordPeriod *
accord_period_resized (const AccordPeriod *period,
                       gboolean            move_end,
                       guint32             new_julian,
                       AccordTimeUnit      unit)
{
  guint32 start;
  guint32 end;

  g_return_val_if_fail (period != NULL, NULL);
  g_return_val_if_fail (unit <= ACCORD_TIME_UNIT_YEAR, NULL);

  if (!accord_period_is_known (period))
    return accord_period_copy (period);

  start = accord_period_get_start_julian (period);
  end = accord_period_get_end_julian (period);

  if (move_end)
    {
      guint32 snapped = accord_time_unit_snap (unit, new_julian, TRUE);
      guint32 shortest = accord_time_unit_snap (unit, start, TRUE);

      end = MAX (snapped, shortest);
    }
  else
    {
      guint32 snapped = accord_time_unit_snap (unit, new_julian, FALSE);
      guint32 shortest = accord_time_unit_snap (unit, end, FALSE);

      start = MIN (snapped, shortest);
    }

  if (start == accord_period_get_start_julian (period) &&
      end == accord_period_get_end_julian (period))
    return accord_period_copy (period);

  return period_for_span (accord_period_get_text (period), tidiest_precision (start, end),
                          start, end);
}

AccordPeriod *
accord_period_new_for_days (guint32 start,
                            guint32 end)
{
  g_return_val_if_fail (start >= FIRST_JULIAN && start <= LAST_JULIAN, NULL);
  g_return_val_if_fail (end >= start && end <= LAST_JULIAN, NULL);

  return period_for_span (NULL, tidiest_precision (start, end), start, end);
}
