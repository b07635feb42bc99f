/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "accord-timeline-private.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_TIMELINE_ROW (accord_timeline_row_get_type ())

/* One row of the timeline (CSS node "timelinerow"): a group's header (style class "header")
 * with its meeting's milestone, or an initiative with its bar and title. The row is what takes
 * the focus, and its accessible name says what it shows: "Digital Transformation Summit,
 * Q3 2024, July to September 2024, planned". */
G_DECLARE_FINAL_TYPE (AccordTimelineRow, accord_timeline_row, ACCORD, TIMELINE_ROW, GtkWidget)

GtkWidget         *accord_timeline_row_new      (AccordTimeline    *timeline);
/* An AccordTimelineGroup or an AccordInitiative, or NULL. */
GObject           *accord_timeline_row_get_item (AccordTimelineRow *self);
void               accord_timeline_row_set_item (AccordTimelineRow *self,
                                                 GObject           *item);
/* What the item shows changed: words, status, period. */
void               accord_timeline_row_update   (AccordTimelineRow *self);
/* What a press at @x (in the row's coordinates) would drag. */
AccordTimelineHit  accord_timeline_row_hit      (AccordTimelineRow *self,
                                                 double             x);
/* Where the bar lies, in the row's coordinates; FALSE without one. */
gboolean           accord_timeline_row_get_bar_bounds (AccordTimelineRow *self,
                                                       graphene_rect_t   *bounds);

G_END_DECLS
