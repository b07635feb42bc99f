/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "accord-enums.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_TIMELINE_BAR (accord_timeline_bar_get_type ())

/* An initiative's bar (CSS node "timelinebar", a style class per status). Its CSS color fills
 * it; a period known only to the month, quarter or year fades out over its uncertain ends,
 * a day-precise one has crisp, solid ends. It may be given only the visible part of a longer
 * bar: the geometry says where the whole bar lies. */
G_DECLARE_FINAL_TYPE (AccordTimelineBar, accord_timeline_bar, ACCORD, TIMELINE_BAR, GtkWidget)

GtkWidget *accord_timeline_bar_new          (void);
/* The whole bar starts at @x (in the widget's coordinates, often negative) and is @width wide;
 * the first @soft_start and last @soft_end pixels of it are uncertain (0 for a crisp end). */
void       accord_timeline_bar_set_geometry (AccordTimelineBar *self,
                                             double             x,
                                             double             width,
                                             double             soft_start,
                                             double             soft_end);
void       accord_timeline_bar_set_status   (AccordTimelineBar *self,
                                             AccordStatus       status);

/* How much of each end of a bar of @width pixels is uncertain for @precision, at
 * @pixels_per_day: a third of a precision's unit, at most a third of the bar. */
double     accord_timeline_bar_soft_width   (AccordPrecision    precision,
                                             double             width,
                                             double             pixels_per_day);

G_END_DECLS
