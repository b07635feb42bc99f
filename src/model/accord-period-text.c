/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#define G_LOG_DOMAIN "accord-period-edit"

#include <string.h>

#include "accord-period-private.h"
#include "accord-period-words.h"

/* Writing a span of days as text: in the form of the text it replaces where that form can say
 * it ("Q3 2024" → "Q4 2024", "tháng 4 năm 2024" → "tháng 5 năm 2024"), else in its way of
 * writing days and months, else in the tidiest English form. The form is what the parser read
 * (accord-period-grammar.c): its tokens say where each date field is written and how. */

typedef struct
{
  guint day;
  guint month;
  guint year;
} Dmy;

static Dmy
dmy_from_julian (guint32 julian)
{
  GDate date;

  _accord_date_init_julian (&date, julian);

  return (Dmy) { g_date_get_day (&date), g_date_get_month (&date), g_date_get_year (&date) };
}

/* The text as written: where its dates are, and how they are written */

typedef enum
{
  FIELD_YEAR,         /* "2024" */
  FIELD_SHORT_YEAR,   /* the "25" of "2021-25" */
  FIELD_QUARTER,      /* the "3" of "Q3", "3rd" or "third" before "quarter", "III" after "Quý" */
  FIELD_HALF,         /* the "2" of "H2", or "2nd" or "second" before "half", "cuối" */
  FIELD_MONTH,        /* "January", "Jan", "Sept", the "4" of "tháng 4" */
  FIELD_DAY,          /* "29", "05", "29th" */
  FIELD_DATE,         /* "2024-01-29", "29/01/2024" */
} FieldKind;

typedef struct
{
  FieldKind  kind;
  Numeral    numeral;
  DateOrder  order;      /* of a date */
  char       separator;  /* of a date */
  gsize      offset;     /* in bytes, into the text */
  gsize      length;
  gboolean   in_last;    /* after the separator of a range: written from the last day */
} Field;

typedef struct
{
  GArray     *fields;             /* of Field, in the order of the text */
  gboolean    is_range;
  /* Words no field can rewrite ("tomorrow", "this year"): the form says only its own span.
   * "early" can stay: "early 2025" a year later is "early 2026". */
  gboolean    fixed;
  gboolean    has_part;           /* "early 2025" is one period of four months */
  /* The "to" of "21 to 23 November 2023", to keep when the text is written anew; NULL for
   * dashes and for "and", which needs the "between" before it. */
  const char *range_word;
  gsize       range_word_length;
  gsize       separator_begin;    /* of a range: where its separator is written */
} Form;

static void
form_clear (Form *form)
{
  g_clear_pointer (&form->fields, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Form, form_clear)

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


static gboolean
field_from_token (const Token *token,
                  Field       *field)
{
  field->numeral = token->numeral;
  field->offset = token->offset;
  field->length = token->length;

  switch (token->kind)
    {
    case TOKEN_NUMBER:
      field->kind = token->digits == 4 ? FIELD_YEAR : FIELD_DAY;
      return TRUE;
    case TOKEN_ORDINAL:
      field->kind = FIELD_DAY;
      return TRUE;
    case TOKEN_MONTH:
      field->kind = FIELD_MONTH;
      return TRUE;
    case TOKEN_QUARTER:
      field->kind = FIELD_QUARTER;
      return TRUE;
    case TOKEN_HALF:
      field->kind = FIELD_HALF;
      return TRUE;
    case TOKEN_DATE:
      field->kind = FIELD_DATE;
      field->order = token->order;
      field->separator = token->separator;
      return TRUE;
    default:
      return FALSE;
    }
}

/* The form of @text, as the parser reads it; @reference gives a year to text written without
 * one. A form with no fields when the parser does not read @text. */
static void
form_scan (Form        *form,
           const char  *text,
           const GDate *reference)
{
  Token tokens[ACCORD_PERIOD_MAX_TOKENS];
  AccordPeriodReading reading;
  AccordPeriodError code;

  form->fields = g_array_new (FALSE, FALSE, sizeof (Field));
  form->is_range = FALSE;
  form->fixed = FALSE;
  form->has_part = FALSE;
  form->range_word = NULL;
  form->range_word_length = 0;

  if (!_accord_period_read (text, reference, ACCORD_PERIOD_PARSE_DEFAULT, tokens, &reading,
                            &code))
    return;

  form->is_range = reading.separator != G_MAXUINT;
  if (form->is_range)
    form->separator_begin = tokens[reading.separator].begin;

  for (guint i = 0; i < reading.n_tokens; i++)
    {
      const Token *token = &tokens[i];
      Field field = { .in_last = form->is_range && i > reading.separator };

      if (field_from_token (token, &field))
        g_array_append_val (form->fields, field);
      else if (token->kind == TOKEN_THIS_YEAR || token->kind == TOKEN_WEEKDAY ||
               token->kind == TOKEN_DAY_WORD)
        form->fixed = TRUE;
      else if (token->kind == TOKEN_PART)
        form->has_part = TRUE;
      else if (i == reading.separator && token->kind == TOKEN_TO)
        {
          form->range_word = text + token->offset;
          form->range_word_length = token->length;
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
}

/* @value written as @written was: digits keep a leading zero, ordinals and words their case. */
static gboolean
append_numeral (GString     *out,
                const Field *field,
                const char  *written,
                guint        value)
{
  g_autofree char *word = NULL;
  gsize digits = 0;

  switch (field->numeral)
    {
    case NUMERAL_DIGITS:
      /* "05 January" keeps its zero. */
      if (field->length == 2 && written[0] == '0')
        g_string_append_printf (out, "%02u", value);
      else
        g_string_append_printf (out, "%u", value);
      return TRUE;

    case NUMERAL_ORDINAL:
      while (g_ascii_isdigit (written[digits]))
        digits++;
      g_string_append_printf (out, "%u%s", value, _accord_period_ordinal_suffix (value));
      /* "29TH", "29Th" */
      if (g_ascii_isupper (written[digits]))
        out->str[out->len - 2] = g_ascii_toupper (out->str[out->len - 2]);
      if (g_ascii_isupper (written[digits + 1]))
        out->str[out->len - 1] = g_ascii_toupper (out->str[out->len - 1]);
      return TRUE;

    case NUMERAL_PART:
      /* "nửa đầu" is the first half, "nửa cuối" the second: the words of early and late. */
      value = value == 1 ? 1 : 3;
      G_GNUC_FALLTHROUGH;

    case NUMERAL_WORD:
    case NUMERAL_ABBREVIATED:
    case NUMERAL_ROMAN:
      word = _accord_period_word_like (written, field->length, value);
      if (word == NULL)
        return FALSE;
      g_string_append (out, word);
      return TRUE;

    default:
      g_assert_not_reached ();
    }
}

static gboolean
append_field (GString     *out,
              const Field *field,
              const char  *written,
              const Dmy   *date)
{
  gboolean padded = field->length == 10;

  switch (field->kind)
    {
    case FIELD_YEAR:
      g_string_append_printf (out, "%04u", date->year);
      return TRUE;

    case FIELD_SHORT_YEAR:
      g_string_append_printf (out, "%02u", date->year % 100);
      return TRUE;

    case FIELD_QUARTER:
      return append_numeral (out, field, written, (date->month + 2) / 3);

    case FIELD_HALF:
      return append_numeral (out, field, written, (date->month + 5) / 6);

    case FIELD_MONTH:
      return append_numeral (out, field, written, date->month);

    case FIELD_DAY:
      return append_numeral (out, field, written, date->day);

    case FIELD_DATE:
      if (field->order != DATE_ORDER_YMD && field->length <= 5)
        g_string_append_printf (out, field->length == 5 ? "%02u%c%02u" : "%u%c%u",
                                field->order == DATE_ORDER_DMY ? date->day : date->month,
                                field->separator,
                                field->order == DATE_ORDER_DMY ? date->month : date->day);
      else if (field->order == DATE_ORDER_YMD)
        g_string_append_printf (out, "%04u-%02u-%02u", date->year, date->month, date->day);
      else
        g_string_append_printf (out, padded ? "%02u%c%02u%c%04u" : "%u%c%u%c%04u",
                                field->order == DATE_ORDER_DMY ? date->day : date->month,
                                field->separator,
                                field->order == DATE_ORDER_DMY ? date->month : date->day,
                                field->separator, date->year);
      return TRUE;

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
  if (form->fields->len == 0 || form->fixed || (!form->has_part && form->is_range == is_single))
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
      if (!append_field (out, field, text + field->offset, field->in_last ? &last : &first))
        {
          g_string_free (out, TRUE);
          return NULL;
        }
      copied = field->offset + field->length;
    }

  g_string_append (out, text + copied);

  return g_string_free (out, FALSE);
}

/* A range written as the form of one unit twice, "Q4 2024" as "Q4 2024 – Q2 2025"; or one unit
 * written as the first end of a range, "Quý 4/2024 – Quý 1/2025" as "Quý 4/2024". NULL when
 * the form has no such way. */
static char *
form_fill_ends (const Form *form,
                const char *text,
                guint32     start,
                guint32     end,
                gboolean    is_single)
{
  if (form->fields->len == 0 || form->fixed || form->is_range == !is_single)
    return NULL;

  if (!form->is_range)
    {
      g_autofree char *first = form_fill (form, text, start, start, TRUE);
      g_autofree char *last = form_fill (form, text, end, end, TRUE);

      if (first == NULL || last == NULL)
        return NULL;

      return g_strdup_printf ("%s – %s", g_strstrip (first), g_strstrip (last));
    }
  else
    {
      g_auto(Form) first_end = { 0 };
      g_autofree char *before = g_strndup (text, form->separator_begin);
      char *filled;

      first_end.fields = g_array_new (FALSE, FALSE, sizeof (Field));
      for (guint i = 0; i < form->fields->len; i++)
        {
          const Field *field = &g_array_index (form->fields, Field, i);

          if (!field->in_last)
            g_array_append_val (first_end.fields, *field);
        }

      filled = form_fill (&first_end, before, start, end, TRUE);

      return filled != NULL ? g_strstrip (filled) : NULL;
    }
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
  /* A month as written, whose language, length and case the months written follow. */
  const char *month_model;
  gsize       month_model_length;
  const char *range_word;         /* NULL for dashes */
  gsize       range_word_length;
} Style;

static const Style tidy_style = { DAY_ORDER_DMY, "January", 7, NULL, 0 };

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

      if (field->kind == FIELD_DATE && field->order == DATE_ORDER_YMD && !has_order)
        {
          style->day_order = DAY_ORDER_ISO;
          has_order = TRUE;
        }
      else if (field->kind == FIELD_MONTH && !has_month &&
               (field->numeral == NUMERAL_WORD || field->numeral == NUMERAL_ABBREVIATED))
        {
          style->month_model = text + field->offset;
          style->month_model_length = field->length;
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
  g_autofree char *name = _accord_period_word_like (style->month_model,
                                                    style->month_model_length, month);

  if (name == NULL)
    name = _accord_period_word_like (tidy_style.month_model, tidy_style.month_model_length, month);

  g_string_append (out, name);
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

/* The period @text means, if that is exactly the span. With @any_year a text without a year takes
 * the span's, as the text it replaces did. */
static AccordPeriod *
parse_exactly (const char      *text,
               AccordPrecision  precision,
               guint32          start,
               guint32          end,
               gboolean         any_year)
{
  g_autoptr(AccordPeriod) period = NULL;
  GDate reference;

  if (text == NULL)
    return NULL;

  _accord_date_init_julian (&reference, start);
  period = accord_period_parse (text, any_year ? &reference : NULL, NULL);

  if (accord_period_get_precision (period) != precision ||
      accord_period_get_start_julian (period) != start ||
      accord_period_get_end_julian (period) != end)
    return NULL;

  return g_steal_pointer (&period);
}

static gint64
month_number (const Dmy *dmy)
{
  return (gint64) dmy->year * 12 + dmy->month - 1;
}

/* Whether the days make one unit of @precision: "Q3 2024" rather than "Q3 – Q4 2024". */
static gboolean
span_is_single (AccordPrecision precision,
                guint32         start,
                guint32         end)
{
  guint months = _accord_precision_months (precision);
  Dmy first = dmy_from_julian (start);
  Dmy last = dmy_from_julian (end);

  if (precision == ACCORD_PRECISION_YEARS)
    return FALSE;

  if (months == 0)
    return start == end;

  return month_number (&first) / months == month_number (&last) / months;
}

/* Whether the letters of @text are all ASCII, as English writes periods. */
static gboolean
has_only_latin_letters (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if ((guchar) *p >= 0x80 && g_unichar_isalpha (g_utf8_get_char (p)))
        return FALSE;
    }

  return TRUE;
}

AccordPeriod *
_accord_period_for_span (const AccordPeriod *original,
                         AccordPrecision     precision,
                         guint32             start,
                         guint32             end)
{
  g_autofree char *tidy_text = NULL;
  AccordPeriod *period;

  g_assert (precision != ACCORD_PRECISION_UNKNOWN);
  g_assert (start >= ACCORD_PERIOD_FIRST_JULIAN && start <= end &&
            end <= ACCORD_PERIOD_LAST_JULIAN);

  if (original != NULL)
    {
      const char *text = accord_period_get_text (original);
      g_auto(Form) form = { 0 };
      gboolean is_single = span_is_single (precision, start, end);
      g_autofree char *filled = NULL;
      g_autofree char *ends = NULL;
      g_autofree char *styled = NULL;
      GDate reference;
      Style style;

      _accord_date_init_julian (&reference, accord_period_get_start_julian (original));
      form_scan (&form, text, &reference);

      filled = form_fill (&form, text, start, end, is_single);
      if ((period = parse_exactly (filled, precision, start, end, TRUE)) != NULL)
        return period;

      /* English, the language of the styled forms, says a range its own way ("Q3 – Q4 2024");
       * other languages keep theirs by writing the form of one end twice. */
      style_from_form (&style, &form, text);
      styled = format_span (precision, start, end, &style);
      if (has_only_latin_letters (text) &&
          (period = parse_exactly (styled, precision, start, end, TRUE)) != NULL)
        return period;

      ends = form_fill_ends (&form, text, start, end, is_single);
      if ((period = parse_exactly (ends, precision, start, end, !is_single)) != NULL)
        return period;

      if ((period = parse_exactly (styled, precision, start, end, TRUE)) != NULL)
        return period;
    }

  tidy_text = format_span (precision, start, end, &tidy_style);
  if ((period = parse_exactly (tidy_text, precision, start, end, FALSE)) != NULL)
    return period;

  /* The tests read back the tidy form of every kind of span; should one still fail, the dates
   * at least are right. */
  g_critical ("“%s” does not read back as the span it was written for", tidy_text);

  return _accord_period_new_julian (tidy_text, precision, start, end);
}
