/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "accord-period.h"

G_BEGIN_DECLS

/* Moving and resizing periods, as a timeline bar is dragged.
 *
 * Every period made here has a text that accord_period_parse() reads back as exactly its
 * precision, first and last day. The text is data kept in the document, like the text a person
 * typed, so it keeps the old text's form and language where that form can say the new days
 * ("Q3 2024" moved a quarter is "Q4 2024", "January 29, 2024" a day "January 30, 2024",
 * "Quý 4/2024" made longer "Quý 4/2024 – Quý 2/2025"); else it is written in English, the
 * language of the sources, in the old text's way of writing days and months or the tidiest form
 * ("1 August – 31 October 2024").
 *
 * Julian days are GDate's. Periods hold the years 1 to 9999, the four-digit years the parser
 * reads: days outside them are taken as the nearest day inside, and moves stop at them. */

#define ACCORD_TYPE_TIME_UNIT (accord_time_unit_get_type ())

/* The steps a timeline snaps to, one for each zoom. */
typedef enum {
  ACCORD_TIME_UNIT_DAY,
  ACCORD_TIME_UNIT_WEEK,
  ACCORD_TIME_UNIT_MONTH,
  ACCORD_TIME_UNIT_QUARTER,
  ACCORD_TIME_UNIT_HALF_YEAR,
  ACCORD_TIME_UNIT_YEAR,
} AccordTimeUnit;

GType          accord_time_unit_get_type   (void) G_GNUC_CONST;

/* The first day of the unit @julian falls in (weeks start on Monday), or with @round_up its last
 * day, for the end of a period. */
guint32        accord_time_unit_snap       (AccordTimeUnit      unit,
                                            guint32             julian,
                                            gboolean            round_up);
/* @julian moved by @n units, which may be negative. A day past the end of a shorter month becomes
 * that month's last: 31 January 2024 and one month is 29 February 2024. */
guint32        accord_time_unit_add        (AccordTimeUnit      unit,
                                            guint32             julian,
                                            int                 n);

/* The unit of @precision, to move and resize a period by steps of its own precision; a day for
 * day-precise and unknown periods. */
AccordTimeUnit accord_time_unit_for_precision (AccordPrecision precision);

/* @period moved by @n units. It keeps its precision when the move is a whole number of its own
 * units (a quarter moved three months is a quarter; a day-precise period stays day-precise), and
 * becomes day-precise otherwise. A period that spans whole months moves by whole months; other
 * periods keep their length in days. An unknown period, or one already at the end of the
 * calendar, is returned as it is. */
AccordPeriod  *accord_period_moved         (const AccordPeriod *period,
                                            AccordTimeUnit      unit,
                                            int                 n);
/* @period with its start (or, with @move_end, its end) moved to @new_julian snapped to @unit: a
 * start snaps down, an end up. The edge stops at the unit of the other edge, so the period never
 * turns inside out. A period keeps its precision while its ends fall on its own units ("Q4 2024"
 * with its end two quarters later is "Q4 2024 – Q2 2025"); otherwise, and for a day-precise
 * period, the precision follows from the dates, as in accord_period_new_for_days(). An unknown
 * period, or an edge that does not move, gives the period as it is. */
AccordPeriod  *accord_period_resized       (const AccordPeriod *period,
                                            gboolean            move_end,
                                            guint32             new_julian,
                                            AccordTimeUnit      unit);
/* The tidiest text for the days @start to @end (inclusive): a whole quarter, half-year or year is
 * "Q3 2024", "H2 2024" or "2024"; whole years "2024 – 2026"; a whole month "April 2024"; any other
 * span is day-precise: "29 January 2024", "21–23 November 2023", "1 July – 15 October 2024",
 * "30 December 2023 – 2 January 2024". */
AccordPeriod  *accord_period_new_for_days  (guint32             start,
                                            guint32             end);

G_END_DECLS
