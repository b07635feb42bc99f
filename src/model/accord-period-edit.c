/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#define G_LOG_DOMAIN "accord-period-edit"

#include <string.h>

#include "accord-period-edit.h"
#include "accord-period-private.h"
#define FIRST_JULIAN ACCORD_PERIOD_FIRST_JULIAN
#define LAST_JULIAN  ACCORD_PERIOD_LAST_JULIAN

/* The nicks are not a file format: the type is for properties of the timeline. The enum lives
 * with the functions that use it, so it is registered here rather than by glib-mkenums. */
G_DEFINE_ENUM_TYPE (AccordTimeUnit, accord_time_unit,
  G_DEFINE_ENUM_VALUE (ACCORD_TIME_UNIT_DAY, "day"),
  G_DEFINE_ENUM_VALUE (ACCORD_TIME_UNIT_WEEK, "week"),
  G_DEFINE_ENUM_VALUE (ACCORD_TIME_UNIT_MONTH, "month"),
  G_DEFINE_ENUM_VALUE (ACCORD_TIME_UNIT_QUARTER, "quarter"),
  G_DEFINE_ENUM_VALUE (ACCORD_TIME_UNIT_HALF_YEAR, "half-year"),
  G_DEFINE_ENUM_VALUE (ACCORD_TIME_UNIT_YEAR, "year"))

/* Calendar arithmetic, on GDate */

static guint32
clamp_julian (gint64 julian)
{
  return CLAMP (julian, FIRST_JULIAN, LAST_JULIAN);
}

/* Months counted from 1 January of year 0, so that whole quarters, halves and years are
 * multiples of 3, 6 and 12. */
static gint64
month_number (guint32 julian)
{
  GDate date;

  _accord_date_init_julian (&date, julian);

  return (gint64) g_date_get_year (&date) * 12 + g_date_get_month (&date) - 1;
}

static gboolean
month_number_is_usable (gint64 number)
{
  return number >= (gint64) ACCORD_PERIOD_FIRST_YEAR * 12 &&
         number <= (gint64) ACCORD_PERIOD_LAST_YEAR * 12 + 11;
}

/* The first day of the month @number, or with @last its last day. */
static guint32
julian_of_month_number (gint64   number,
                        gboolean last)
{
  guint month = number % 12 + 1;
  guint year = number / 12;
  guint32 first;
  guint32 last_day;

  g_assert (month_number_is_usable (number));

  _accord_months_to_julian (month, month, year, &first, &last_day);

  return last ? last_day : first;
}

static gboolean
covers_whole_months (guint32 start,
                     guint32 end)
{
  GDate first;
  GDate last;

  _accord_date_init_julian (&first, start);
  _accord_date_init_julian (&last, end);

  return g_date_get_day (&first) == 1 && g_date_is_last_of_month (&last);
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

guint
_accord_precision_months (AccordPrecision precision)
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

/* @julian moved by @months, a day past the end of a shorter month becoming its last, as
 * g_date_add_months() does. FALSE when the result leaves the calendar. */
static gboolean
add_months (guint32  julian,
            gint64   months,
            guint32 *result)
{
  GDate date;

  if (!month_number_is_usable (month_number (julian) + months))
    return FALSE;

  _accord_date_init_julian (&date, julian);
  if (months >= 0)
    g_date_add_months (&date, months);
  else
    g_date_subtract_months (&date, -months);

  *result = g_date_get_julian (&date);

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

      _accord_date_init_julian (&date, julian);
      monday = (gint64) julian - (g_date_get_weekday (&date) - G_DATE_MONDAY);

      return clamp_julian (round_up ? monday + 6 : monday);
    }

  /* Years are whole multiples of 12 months, so this is the unit's first month. */
  first_month = month_number (julian) / months * months;

  if (round_up)
    return julian_of_month_number (first_month + months - 1, TRUE);

  return julian_of_month_number (first_month, FALSE);
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

/* The precision the days @start to @end have in the tidiest text for them. */
static AccordPrecision
tidiest_precision (guint32 start,
                   guint32 end)
{
  gint64 first = month_number (start);
  gint64 last = month_number (end);
  gint64 months = last - first + 1;

  if (!covers_whole_months (start, end))
    return ACCORD_PRECISION_DAY;

  if (first % 12 == 0 && last % 12 == 11)
    return months == 12 ? ACCORD_PRECISION_YEAR : ACCORD_PRECISION_YEARS;

  if (months == 6 && first % 6 == 0)
    return ACCORD_PRECISION_HALF_YEAR;

  if (months == 3 && first % 3 == 0)
    return ACCORD_PRECISION_QUARTER;

  if (months == 1)
    return ACCORD_PRECISION_MONTH;

  return ACCORD_PRECISION_DAY;
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

      *new_start = julian_of_month_number (first_month, FALSE);
      *new_end = julian_of_month_number (last_month, TRUE);
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
  months = _accord_precision_months (precision);

  if (months != 0 && (unit_months (unit) == 0 || moved * unit_months (unit) % months != 0))
    precision = ACCORD_PRECISION_DAY;

  return _accord_period_for_span (period, precision, new_start, new_end);
}

/* A resized period keeps its precision while its ends are still those of its units ("Q4 2024"
 * made two quarters longer is "Q4 2024 – Q2 2025", not days); a day-precise one, or one whose
 * ends no longer fall on its units, takes the tidiest. */
static AccordPrecision
resized_precision (const AccordPeriod *period,
                   guint32             start,
                   guint32             end)
{
  AccordPrecision precision = accord_period_get_precision (period);
  guint months = _accord_precision_months (precision);

  if (months == 0 || !covers_whole_months (start, end) ||
      month_number (start) % months != 0 || (month_number (end) + 1) % months != 0)
    return tidiest_precision (start, end);

  if (months == 12)
    return month_number (end) - month_number (start) == 11 ? ACCORD_PRECISION_YEAR
                                                           : ACCORD_PRECISION_YEARS;

  return precision;
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

  return _accord_period_for_span (period, resized_precision (period, start, end), start, end);
}

AccordTimeUnit
accord_time_unit_for_precision (AccordPrecision precision)
{
  switch (precision)
    {
    case ACCORD_PRECISION_MONTH:
      return ACCORD_TIME_UNIT_MONTH;
    case ACCORD_PRECISION_QUARTER:
      return ACCORD_TIME_UNIT_QUARTER;
    case ACCORD_PRECISION_HALF_YEAR:
      return ACCORD_TIME_UNIT_HALF_YEAR;
    case ACCORD_PRECISION_YEAR:
    case ACCORD_PRECISION_YEARS:
      return ACCORD_TIME_UNIT_YEAR;
    case ACCORD_PRECISION_UNKNOWN:
    case ACCORD_PRECISION_DAY:
    default:
      return ACCORD_TIME_UNIT_DAY;
    }
}

AccordPeriod *
accord_period_new_for_days (guint32 start,
                            guint32 end)
{
  g_return_val_if_fail (start >= FIRST_JULIAN && start <= LAST_JULIAN, NULL);
  g_return_val_if_fail (end >= start && end <= LAST_JULIAN, NULL);

  return _accord_period_for_span (NULL, tidiest_precision (start, end), start, end);
}
