/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-time-scale"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "accord-period.h"
#include "accord-time-scale.h"

struct _AccordTimeScale
{
  double width;
  double first_day;
  double pixels_per_day;
  /* The data: [extent_first, extent_last) */
  double extent_first;
  double extent_last;
};

G_DEFINE_BOXED_TYPE (AccordTimeScale, accord_time_scale, accord_time_scale_copy,
                     accord_time_scale_free)

/* The room a unit's minor labels need before the ruler counts in it. */
static const struct {
  double days;
  double min_pixels;
} units[] = {
  [ACCORD_SCALE_UNIT_DAY] = { 1.0, 22.0 },
  [ACCORD_SCALE_UNIT_WEEK] = { 7.0, 34.0 },
  [ACCORD_SCALE_UNIT_MONTH] = { 30.44, 40.0 },
  [ACCORD_SCALE_UNIT_QUARTER] = { 91.31, 30.0 },
  [ACCORD_SCALE_UNIT_YEAR] = { 365.25, 36.0 },
  [ACCORD_SCALE_UNIT_DECADE] = { 3652.5, 40.0 },
};

AccordTimeScale *
accord_time_scale_new (void)
{
  AccordTimeScale *self = g_new0 (AccordTimeScale, 1);

  self->width = 1.0;
  self->pixels_per_day = 4.0;
  self->first_day = accord_day_today () - 30;

  return self;
}

AccordTimeScale *
accord_time_scale_copy (const AccordTimeScale *self)
{
  return g_memdup2 (self, sizeof *self);
}

void
accord_time_scale_free (AccordTimeScale *self)
{
  g_free (self);
}

void
accord_time_scale_set_width (AccordTimeScale *self,
                             double           width)
{
  g_return_if_fail (self != NULL);

  self->width = MAX (width, 1.0);
}

double
accord_time_scale_get_width (const AccordTimeScale *self)
{
  return self->width;
}

double
accord_time_scale_get_pixels_per_day (const AccordTimeScale *self)
{
  return self->pixels_per_day;
}

double
accord_time_scale_get_first_day (const AccordTimeScale *self)
{
  return self->first_day;
}

double
accord_time_scale_get_last_day (const AccordTimeScale *self)
{
  return self->first_day + self->width / self->pixels_per_day;
}

void
accord_time_scale_set_view (AccordTimeScale *self,
                            double           first_day,
                            double           pixels_per_day)
{
  g_return_if_fail (self != NULL);

  self->pixels_per_day = CLAMP (pixels_per_day, ACCORD_TIME_SCALE_MIN_PIXELS_PER_DAY,
                                ACCORD_TIME_SCALE_MAX_PIXELS_PER_DAY);
  self->first_day = first_day;
}

double
accord_time_scale_x_for_day (const AccordTimeScale *self,
                             double                 day)
{
  return (day - self->first_day) * self->pixels_per_day;
}

double
accord_time_scale_day_for_x (const AccordTimeScale *self,
                             double                 x)
{
  return self->first_day + x / self->pixels_per_day;
}

gboolean
accord_time_scale_zoom_to (AccordTimeScale *self,
                           double           pixels_per_day,
                           double           anchor_x)
{
  double anchor_day;
  double clamped;

  g_return_val_if_fail (self != NULL, FALSE);

  clamped = CLAMP (pixels_per_day, ACCORD_TIME_SCALE_MIN_PIXELS_PER_DAY,
                   ACCORD_TIME_SCALE_MAX_PIXELS_PER_DAY);
  if (clamped == self->pixels_per_day)
    return FALSE;

  anchor_day = accord_time_scale_day_for_x (self, anchor_x);
  self->pixels_per_day = clamped;
  self->first_day = anchor_day - anchor_x / clamped;

  return TRUE;
}

gboolean
accord_time_scale_zoom_at (AccordTimeScale *self,
                           double           factor,
                           double           anchor_x)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (factor > 0.0, FALSE);

  return accord_time_scale_zoom_to (self, self->pixels_per_day * factor, anchor_x);
}

void
accord_time_scale_show_range (AccordTimeScale *self,
                              double           first,
                              double           last,
                              double           margin)
{
  double room;

  g_return_if_fail (self != NULL);

  if (last <= first)
    last = first + 1.0;

  room = MAX (self->width - 2.0 * margin, 1.0);
  accord_time_scale_set_view (self, first, room / (last - first));
  /* The zoom may have been clamped: centre what there is. */
  self->first_day = (first + last) / 2.0 - self->width / 2.0 / self->pixels_per_day;
}

void
accord_time_scale_center_on (AccordTimeScale *self,
                             double           day)
{
  g_return_if_fail (self != NULL);

  self->first_day = day - self->width / 2.0 / self->pixels_per_day;
}

void
accord_time_scale_reveal (AccordTimeScale *self,
                          double           first,
                          double           last,
                          double           margin)
{
  double x_first, x_last;

  g_return_if_fail (self != NULL);

  margin = MIN (margin, self->width / 4.0);
  x_first = accord_time_scale_x_for_day (self, first);
  x_last = accord_time_scale_x_for_day (self, last);

  if (x_first >= margin && x_last <= self->width - margin)
    return;

  if (x_last - x_first > self->width - 2.0 * margin || x_first < margin)
    self->first_day = first - margin / self->pixels_per_day;
  else
    self->first_day = last - (self->width - margin) / self->pixels_per_day;
}

void
accord_time_scale_scroll_by (AccordTimeScale *self,
                             double           dx)
{
  double lower, upper, first;

  g_return_if_fail (self != NULL);

  accord_time_scale_get_range (self, &lower, &upper);
  first = self->first_day + dx / self->pixels_per_day;
  /* Scrolling never widens the range: only zooming does. */
  first = MIN (first, upper - self->width / self->pixels_per_day);
  first = MAX (first, lower);
  if ((dx > 0 && first > self->first_day) || (dx < 0 && first < self->first_day))
    self->first_day = first;
}

void
accord_time_scale_set_extent (AccordTimeScale *self,
                              double           first,
                              double           last)
{
  g_return_if_fail (self != NULL);

  self->extent_first = first;
  self->extent_last = last;
}

void
accord_time_scale_get_range (const AccordTimeScale *self,
                             double                *lower,
                             double                *upper)
{
  double first = self->extent_first;
  double last = self->extent_last;
  double view_last = accord_time_scale_get_last_day (self);
  double margin;

  if (last <= first)
    {
      first = self->first_day - 183.0;
      last = view_last + 183.0;
    }

  /* Room to see the ends of the data, and to drag a bar a little past them. */
  margin = MAX ((last - first) / 10.0, 31.0);
  first -= margin;
  last += margin;

  *lower = MIN (first, self->first_day);
  *upper = MAX (last, view_last);
}

AccordScaleUnit
accord_time_scale_get_minor_unit (const AccordTimeScale *self)
{
  for (AccordScaleUnit unit = ACCORD_SCALE_UNIT_DAY; unit < ACCORD_SCALE_UNIT_YEAR; unit++)
    {
      if (units[unit].days * self->pixels_per_day >= units[unit].min_pixels)
        return unit;
    }

  return ACCORD_SCALE_UNIT_YEAR;
}

AccordScaleUnit
accord_time_scale_get_major_unit (const AccordTimeScale *self)
{
  return accord_time_scale_get_minor_unit (self) + 1;
}

double
accord_scale_unit_days (AccordScaleUnit unit)
{
  g_return_val_if_fail (unit <= ACCORD_SCALE_UNIT_DECADE, 1.0);

  return units[unit].days;
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

static void
dmy_from_julian (guint32  julian,
                 guint   *day,
                 guint   *month,
                 guint   *year)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  if (day != NULL)
    *day = g_date_get_day (&date);
  if (month != NULL)
    *month = g_date_get_month (&date);
  if (year != NULL)
    *year = g_date_get_year (&date);
}

guint32
accord_scale_unit_floor (AccordScaleUnit unit,
                         guint32         day)
{
  guint month, year;

  g_return_val_if_fail (day >= 1, 1);

  switch (unit)
    {
    case ACCORD_SCALE_UNIT_DAY:
      return day;

    case ACCORD_SCALE_UNIT_WEEK:
      /* Day 1 was a Monday, and weeks start on Monday as ISO 8601 counts them. */
      return day - (day - 1) % 7;

    case ACCORD_SCALE_UNIT_MONTH:
      dmy_from_julian (day, NULL, &month, &year);
      return julian_from_dmy (1, month, year);

    case ACCORD_SCALE_UNIT_QUARTER:
      dmy_from_julian (day, NULL, &month, &year);
      return julian_from_dmy (1, (month - 1) / 3 * 3 + 1, year);

    case ACCORD_SCALE_UNIT_YEAR:
      dmy_from_julian (day, NULL, NULL, &year);
      return julian_from_dmy (1, 1, year);

    case ACCORD_SCALE_UNIT_DECADE:
      dmy_from_julian (day, NULL, NULL, &year);
      return julian_from_dmy (1, 1, MAX (year - year % 10, 1));

    default:
      g_return_val_if_reached (day);
    }
}

guint32
accord_scale_unit_next (AccordScaleUnit unit,
                        guint32         day)
{
  guint month, year;

  day = accord_scale_unit_floor (unit, day);

  switch (unit)
    {
    case ACCORD_SCALE_UNIT_DAY:
      return day + 1;

    case ACCORD_SCALE_UNIT_WEEK:
      return day + 7;

    case ACCORD_SCALE_UNIT_MONTH:
    case ACCORD_SCALE_UNIT_QUARTER:
      dmy_from_julian (day, NULL, &month, &year);
      month += unit == ACCORD_SCALE_UNIT_MONTH ? 1 : 3;
      if (month > 12)
        {
          month -= 12;
          year++;
        }
      return julian_from_dmy (1, month, year);

    case ACCORD_SCALE_UNIT_YEAR:
      dmy_from_julian (day, NULL, NULL, &year);
      return julian_from_dmy (1, 1, year + 1);

    case ACCORD_SCALE_UNIT_DECADE:
      /* The floor above made @day the first of a decade (or of year 1). */
      dmy_from_julian (day, NULL, NULL, &year);
      return julian_from_dmy (1, 1, year - year % 10 + 10);

    default:
      g_return_val_if_reached (day + 1);
    }
}

void
accord_time_scale_collect_ticks (const AccordTimeScale *self,
                                 AccordScaleUnit        unit,
                                 GArray                *days)
{
  double first = accord_time_scale_get_first_day (self);
  double last = accord_time_scale_get_last_day (self);
  guint32 day;

  g_return_if_fail (self != NULL);
  g_return_if_fail (days != NULL);

  if (last < 1.0)
    return;

  day = accord_scale_unit_floor (unit, (guint32) MAX (floor (first), 1.0));
  while (day <= last)
    {
      g_array_append_val (days, day);
      day = accord_scale_unit_next (unit, day);
    }
}

static char *
format_day (guint32     julian,
            const char *pattern)
{
  g_autoptr(GDateTime) date_time = NULL;
  guint day, month, year;
  char *text;

  dmy_from_julian (julian, &day, &month, &year);
  date_time = g_date_time_new_utc (year, month, day, 0, 0, 0.0);
  if (date_time == NULL)
    return g_strdup ("");

  text = g_date_time_format (date_time, pattern);
  /* A broken translation of the pattern must not lose the date. */
  if (text == NULL)
    text = g_date_time_format (date_time, "%Y-%m-%d");

  return text;
}

char *
accord_scale_unit_format (AccordScaleUnit  unit,
                          guint32          day,
                          AccordScaleLabel label)
{
  gboolean major = label == ACCORD_SCALE_LABEL_MAJOR_LONG ||
                   label == ACCORD_SCALE_LABEL_MAJOR_SHORT;
  gboolean shorter = label == ACCORD_SCALE_LABEL_MINOR_SHORT ||
                     label == ACCORD_SCALE_LABEL_MAJOR_SHORT;
  guint month, year;

  g_return_val_if_fail (day >= 1, g_strdup (""));

  dmy_from_julian (day, NULL, &month, &year);

  switch (unit)
    {
    case ACCORD_SCALE_UNIT_DAY:
      if (shorter)
        /* Translators: a day on the timeline's ruler when days are narrow, as "29". A pattern
         * for g_date_time_format().
         * xgettext:no-c-format */
        return format_day (day, C_("timeline ruler, day", "%-d"));
      /* Translators: a day on the timeline's ruler, as "Mon 29": %a the abbreviated weekday,
       * %-d the day of the month. A pattern for g_date_time_format().
       * xgettext:no-c-format */
      return format_day (day, C_("timeline ruler, day", "%a %-d"));

    case ACCORD_SCALE_UNIT_WEEK:
      {
        GDate date;
        guint week;

        g_date_clear (&date, 1);
        g_date_set_julian (&date, day);
        week = g_date_get_iso8601_week_of_year (&date);

        if (major && !shorter)
          {
            /* Translators: the month of a week on the timeline's ruler, the "Jan 2024" of
             * "Week 5, Jan 2024". A pattern for g_date_time_format() */
            g_autofree char *month_text = format_day (day, C_("timeline ruler, month of a week",
                                                              "%b %Y"));

            /* Translators: a week on the timeline's ruler, as "Week 5, Jan 2024": %1$u is the
             * ISO 8601 week number, %2$s the month and year its Monday falls in */
            return g_strdup_printf (C_("timeline ruler, week", "Week %1$u, %2$s"), week,
                                    month_text);
          }
        if (!shorter)
          /* Translators: a week on the timeline's ruler, as "Week 5": %u is the ISO 8601 week
           * number */
          return g_strdup_printf (C_("timeline ruler, week", "Week %u"), week);
        /* Translators: a week on the timeline's ruler when weeks are narrow, as "W5": %u is
         * the ISO 8601 week number */
        return g_strdup_printf (C_("timeline ruler, week", "W%u"), week);
      }

    case ACCORD_SCALE_UNIT_MONTH:
      if (major && !shorter)
        /* Translators: a month on the timeline's ruler, as "July 2024": %OB the month's name
         * in the nominative case where a language has one, %Y the year. A pattern for
         * g_date_time_format() */
        return format_day (day, C_("timeline ruler, month", "%OB %Y"));
      if (major)
        /* Translators: a month on the timeline's ruler when months are narrow, as
         * "Jul 2024": %b the abbreviated month name. A pattern for g_date_time_format() */
        return format_day (day, C_("timeline ruler, month", "%b %Y"));
      if (!shorter)
        /* Translators: a month on the timeline's ruler under its quarter, as "July". A pattern
         * for g_date_time_format() */
        return format_day (day, C_("timeline ruler, month", "%OB"));
      /* Translators: a month on the timeline's ruler under its quarter when months are
       * narrow, as "Jul". A pattern for g_date_time_format() */
      return format_day (day, C_("timeline ruler, month", "%b"));

    case ACCORD_SCALE_UNIT_QUARTER:
      {
        const char *numeral = accord_quarter_numeral ((month - 1) / 3 + 1);

        if (major)
          /* Translators: a quarter on the timeline's ruler, as "Q3 2024" or, in Vietnamese,
           * "Quý III/2024": %1$s is the quarter's number (translated on its own, with the
           * context "quarter number"), %2$u the year */
          return g_strdup_printf (C_("timeline ruler, quarter", "Q%1$s %2$u"), numeral, year);
        if (!shorter)
          /* Translators: a quarter on the timeline's ruler under its year, as "Q3": %s is the
           * quarter's number (translated on its own, with the context "quarter number") */
          return g_strdup_printf (C_("timeline ruler, quarter", "Q%s"), numeral);
        /* Translators: a quarter on the timeline's ruler under its year when quarters are
         * narrow: as short as it can be, as "Q3" or just "III" */
        return g_strdup_printf (C_("timeline ruler, narrow quarter", "Q%s"), numeral);
      }

    case ACCORD_SCALE_UNIT_YEAR:
      /* Translators: a year on the timeline's ruler, as "2024". A pattern for
       * g_date_time_format() */
      return format_day (day, C_("timeline ruler, year", "%Y"));

    case ACCORD_SCALE_UNIT_DECADE:
      if (shorter)
        return g_strdup_printf ("%u", year);
      /* Translators: ten years on the timeline's ruler, as "2020–2029": %1$u is the first
       * year, %2$u the last */
      return g_strdup_printf (C_("timeline ruler, decade", "%1$u–%2$u"), year, year + 9);

    default:
      g_return_val_if_reached (g_strdup (""));
    }
}

gboolean
accord_day_is_weekend (guint32 day)
{
  /* Day 1 was a Monday: 5 and 6 are Saturday and Sunday. */
  return (day - 1) % 7 >= 5;
}

guint32
accord_day_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return julian_from_dmy (g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                          g_date_time_get_year (now));
}
