/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#define G_LOG_DOMAIN "accord-period"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "accord-period-private.h"

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

AccordPeriod *
_accord_period_new_julian (const char      *text,
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

/* Calendar */

gboolean
_accord_date_is_usable (const GDate *date)
{
  return date != NULL && g_date_valid (date) && g_date_get_year (date) <= ACCORD_PERIOD_LAST_YEAR;
}

void
_accord_date_init_julian (GDate   *date,
                          guint32  julian)
{
  g_date_clear (date, 1);
  g_date_set_julian (date, julian);
}

guint32
_accord_julian_from_dmy (guint day,
                         guint month,
                         guint year)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);

  return g_date_get_julian (&date);
}

void
_accord_months_to_julian (guint    first_month,
                          guint    last_month,
                          guint    year,
                          guint32 *first,
                          guint32 *last)
{
  *first = _accord_julian_from_dmy (1, first_month, year);
  *last = _accord_julian_from_dmy (g_date_get_days_in_month (last_month, year), last_month, year);
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
      {
        g_autoptr(AccordPeriod) quarter = NULL;
        g_autoptr(AccordPeriod) day = NULL;
        g_autofree char *quarter_text = NULL;
        g_autofree char *day_text = NULL;

        /* Examples as Accord writes them in the UI language, which it reads back. */
        quarter = _accord_period_new_julian ("", ACCORD_PRECISION_QUARTER,
                                             _accord_julian_from_dmy (1, 7, 2024),
                                             _accord_julian_from_dmy (30, 9, 2024));
        day = _accord_period_new_julian ("", ACCORD_PRECISION_DAY,
                                         _accord_julian_from_dmy (29, 1, 2024),
                                         _accord_julian_from_dmy (29, 1, 2024));
        quarter_text = accord_period_format_short (quarter);
        day_text = accord_period_format_dates (day);
        g_set_error (error, ACCORD_PERIOD_ERROR, code,
                     /* Translators: %1$s is what was typed, %2$s and %3$s are examples in your
                      * language, as "Q3 2024" and "29 January 2024" */
                     _("“%1$s” is not a date or period Accord understands, such as “%2$s” or "
                       "“%3$s”"),
                     quoted, quarter_text, day_text);
      }
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

/* Case and white space do not matter. Text that is not UTF-8 cannot be kept as it is (the UI
 * and the file need UTF-8), so the period keeps it with the invalid bytes replaced. */
AccordPeriod *
accord_period_parse_full (const char              *text,
                          const GDate             *reference,
                          AccordPeriodParseFlags   flags,
                          GError                 **error)
{
  Token tokens[ACCORD_PERIOD_MAX_TOKENS];
  AccordPeriodReading reading;
  AccordPeriodError code;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (reference == NULL || _accord_date_is_usable (reference), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_autofree char *valid = g_utf8_make_valid (text, -1);

      set_parse_error (error, ACCORD_PERIOD_ERROR_UNRECOGNIZED, valid);
      return _accord_period_new_julian (valid, ACCORD_PRECISION_UNKNOWN, 0, 0);
    }

  if (is_blank (text))
    code = ACCORD_PERIOD_ERROR_EMPTY;
  else if (_accord_period_read (text, reference, flags, tokens, &reading, &code))
    return _accord_period_new_julian (text, reading.precision, reading.first, reading.last);

  set_parse_error (error, code, text);

  return _accord_period_new_julian (text, ACCORD_PRECISION_UNKNOWN, 0, 0);
}

AccordPeriod *
accord_period_parse (const char   *text,
                     const GDate  *reference,
                     GError      **error)
{
  return accord_period_parse_full (text, reference, ACCORD_PERIOD_PARSE_DEFAULT, error);
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
    return _accord_period_new_julian (text, precision, 0, 0);

  g_return_val_if_fail (_accord_date_is_usable (start), NULL);
  g_return_val_if_fail (_accord_date_is_usable (end), NULL);
  g_return_val_if_fail (g_date_compare (start, end) <= 0, NULL);

  return _accord_period_new_julian (text, precision, g_date_get_julian (start), g_date_get_julian (end));
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


char *
accord_date_to_iso (const GDate *date)
{
  g_return_val_if_fail (_accord_date_is_usable (date), NULL);

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
