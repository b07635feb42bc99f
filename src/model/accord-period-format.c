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

/* Shared with the timeline's ruler, so that a quarter reads the same everywhere. */
const char *
accord_quarter_numeral (guint quarter)
{
  g_return_val_if_fail (quarter >= 1 && quarter <= 4, "");

  switch (quarter)
    {
    case 1:
      /* Translators: the number of the first quarter of a year, as in "Q1 2024" in the list
       * and on the timeline's ruler. Write it as your language does ("I" for Vietnamese) */
      return C_("quarter number", "1");
    case 2:
      /* Translators: the number of the second quarter of a year */
      return C_("quarter number", "2");
    case 3:
      /* Translators: the number of the third quarter of a year */
      return C_("quarter number", "3");
    default:
      /* Translators: the number of the fourth quarter of a year */
      return C_("quarter number", "4");
    }
}

/* A quarter or half in a narrow list column, with its year, or without it (@year 0) as the
 * first of a range within one year. */
static char *
format_part (guint months_per_part,
             guint part,
             guint year)
{
  if (months_per_part == 3)
    {
      const char *numeral = accord_quarter_numeral (part);

      if (year != 0)
        /* Translators: a quarter of a year in a narrow list column, as "Q3 2024" or
         * "Quý III/2024": %1$s is the quarter's number (translated on its own, with the
         * context "quarter number"), %2$u the year */
        return g_strdup_printf (C_("short quarter", "Q%1$s %2$u"), numeral, year);

      /* Translators: the first quarter of a range within one year in a narrow list column, the
       * "Q1" of "Q1 – Q3 2024": %s is the quarter's number */
      return g_strdup_printf (C_("short quarter", "Q%s"), numeral);
    }

  if (year != 0)
    return g_strdup_printf (part == 1 ?
                            /* Translators: the first half of a year in a narrow list column,
                             * as "H1 2024" ("6 tháng đầu năm 2024"): %u is the year */
                            C_("short half-year", "H1 %u") :
                            /* Translators: the second half of a year in a narrow list column,
                             * as "H2 2024" ("6 tháng cuối năm 2024"): %u is the year */
                            C_("short half-year", "H2 %u"),
                            year);

  return g_strdup (part == 1 ?
                   /* Translators: the first half of a range within one year, the "H1" of
                    * "H1 – H2 2024" */
                   C_("short half-year", "H1") :
                   /* Translators: the second half as the first of a range within one year */
                   C_("short half-year", "H2"));
}

/* Quarters and halves in a narrow list column: "Q3 2024", "Q1 – Q3 2024", "H2 2023 – H1 2024". */
static char *
format_parts (const GDate *first,
              const GDate *last,
              guint        months_per_part)
{
  guint first_year = g_date_get_year (first);
  guint last_year = g_date_get_year (last);
  guint first_part = (g_date_get_month (first) - 1) / months_per_part + 1;
  guint last_part = (g_date_get_month (last) - 1) / months_per_part + 1;
  g_autofree char *first_text = NULL;
  g_autofree char *last_text = format_part (months_per_part, last_part, last_year);

  if (first_year == last_year && first_part == last_part)
    return g_steal_pointer (&last_text);

  first_text = format_part (months_per_part, first_part, first_year == last_year ? 0 : first_year);

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
      return compact ? format_parts (&first, &last, 3) : format_days (&first, &last, &patterns);

    case ACCORD_PRECISION_HALF_YEAR:
      return compact ? format_parts (&first, &last, 6) : format_days (&first, &last, &patterns);

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
