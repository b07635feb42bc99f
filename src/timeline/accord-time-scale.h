/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* What the timeline's ruler counts in, finest first. */
typedef enum {
  ACCORD_SCALE_UNIT_DAY,
  ACCORD_SCALE_UNIT_WEEK,
  ACCORD_SCALE_UNIT_MONTH,
  ACCORD_SCALE_UNIT_QUARTER,
  ACCORD_SCALE_UNIT_YEAR,
  ACCORD_SCALE_UNIT_DECADE,
} AccordScaleUnit;

/* How much room a ruler label has: the long form first, the short one when that does not fit. */
typedef enum {
  ACCORD_SCALE_LABEL_MINOR_LONG,
  ACCORD_SCALE_LABEL_MINOR_SHORT,
  ACCORD_SCALE_LABEL_MAJOR_LONG,
  ACCORD_SCALE_LABEL_MAJOR_SHORT,
} AccordScaleLabel;

#define ACCORD_TIME_SCALE_MIN_PIXELS_PER_DAY 0.02
#define ACCORD_TIME_SCALE_MAX_PIXELS_PER_DAY 400.0

/* The mapping between days and horizontal pixels of the timeline, with no drawing in it.
 *
 * Days are GDate Julian day numbers (1 is 1 January of year 1) counted as continuous time:
 * day J covers [J, J + 1), so a period from day S to day E inclusive spans x (S) to x (E + 1).
 * x is in view pixels, 0 at the view's left edge. The scale keeps the extent of the data, and
 * the range one can scroll over is that extent with a margin, widened to whatever the view
 * shows, so that zooming never moves the date under the pointer. */
typedef struct _AccordTimeScale AccordTimeScale;

GType            accord_time_scale_get_type         (void) G_GNUC_CONST;
#define ACCORD_TYPE_TIME_SCALE (accord_time_scale_get_type ())

AccordTimeScale *accord_time_scale_new              (void);
AccordTimeScale *accord_time_scale_copy             (const AccordTimeScale *self);
void             accord_time_scale_free             (AccordTimeScale       *self);

void             accord_time_scale_set_width        (AccordTimeScale       *self,
                                                     double                 width);
double           accord_time_scale_get_width        (const AccordTimeScale *self);
double           accord_time_scale_get_pixels_per_day (const AccordTimeScale *self);
/* The day at x = 0. */
double           accord_time_scale_get_first_day    (const AccordTimeScale *self);
/* The day at x = width. */
double           accord_time_scale_get_last_day     (const AccordTimeScale *self);
/* Shows @first_day at x = 0 at @pixels_per_day (clamped to the zoom range). */
void             accord_time_scale_set_view         (AccordTimeScale       *self,
                                                     double                 first_day,
                                                     double                 pixels_per_day);

double           accord_time_scale_x_for_day        (const AccordTimeScale *self,
                                                     double                 day);
double           accord_time_scale_day_for_x        (const AccordTimeScale *self,
                                                     double                 x);

/* Multiplies the pixels per day by @factor (within the zoom range) keeping the day under
 * @anchor_x where it is. Returns FALSE when the zoom was already at its limit. */
gboolean         accord_time_scale_zoom_at          (AccordTimeScale       *self,
                                                     double                 factor,
                                                     double                 anchor_x);
/* The same, to an absolute zoom. */
gboolean         accord_time_scale_zoom_to          (AccordTimeScale       *self,
                                                     double                 pixels_per_day,
                                                     double                 anchor_x);
/* Fits the days [@first, @last) into the view, leaving @margin pixels on each side. */
void             accord_time_scale_show_range       (AccordTimeScale       *self,
                                                     double                 first,
                                                     double                 last,
                                                     double                 margin);
/* Puts @day in the middle of the view, the zoom unchanged. */
void             accord_time_scale_center_on        (AccordTimeScale       *self,
                                                     double                 day);
/* Scrolls just enough for [@first, @last) to be visible with @margin pixels, or its start
 * when it is wider than the view. */
void             accord_time_scale_reveal           (AccordTimeScale       *self,
                                                     double                 first,
                                                     double                 last,
                                                     double                 margin);
/* Scrolls by @dx pixels, within the scroll range. */
void             accord_time_scale_scroll_by        (AccordTimeScale       *self,
                                                     double                 dx);

/* The days that hold data (first inclusive, last exclusive); an empty extent (first >= last)
 * means there is none, and the range is then the year around the view. */
void             accord_time_scale_set_extent       (AccordTimeScale       *self,
                                                     double                 first,
                                                     double                 last);
/* The days one can scroll over: the extent with a margin, and the view. */
void             accord_time_scale_get_range        (const AccordTimeScale *self,
                                                     double                *lower,
                                                     double                *upper);

/* The ruler's two tiers at this zoom: the finest unit whose labels have room (minor) and the
 * next one up (major). */
AccordScaleUnit  accord_time_scale_get_minor_unit   (const AccordTimeScale *self);
AccordScaleUnit  accord_time_scale_get_major_unit   (const AccordTimeScale *self);

/* The first day of the unit that contains @day, and of the next one. */
guint32          accord_scale_unit_floor            (AccordScaleUnit        unit,
                                                     guint32                day);
guint32          accord_scale_unit_next             (AccordScaleUnit        unit,
                                                     guint32                day);
/* About how many days a unit lasts, for choosing units by room. */
double           accord_scale_unit_days             (AccordScaleUnit        unit);
/* The label of the unit that starts on @day, from translatable patterns and the locale's
 * names ("Q3 2024", "Quý III/2024", "ກໍລະກົດ"). Never NULL. */
char            *accord_scale_unit_format           (AccordScaleUnit        unit,
                                                     guint32                day,
                                                     AccordScaleLabel       label);

/* The first day of each @unit that starts in the view, and the one that starts before it,
 * appended to @days (guint32). */
void             accord_time_scale_collect_ticks    (const AccordTimeScale *self,
                                                     AccordScaleUnit        unit,
                                                     GArray                *days);

/* Saturday or Sunday. */
gboolean         accord_day_is_weekend              (guint32                day);
/* Today, as a Julian day in local time. */
guint32          accord_day_today                   (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AccordTimeScale, accord_time_scale_free)

G_END_DECLS
