/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#define G_LOG_DOMAIN "accord-period"

#include <glib/gi18n-lib.h>

#include "accord-period-private.h"

/* Periods written for people, in the UI language. */

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

  if (!accord_period_is_known (self))
    return NULL;

  date_patterns_init (&patterns, compact);
  _accord_date_init_julian (&first, accord_period_get_start_julian (self));
  _accord_date_init_julian (&last, accord_period_get_end_julian (self));

  switch (accord_period_get_precision (self))
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

  return text != NULL ? text : g_strdup (accord_period_get_text (self));
}
