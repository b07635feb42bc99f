/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define ACCORD_TYPE_TIMELINE_LANE (accord_timeline_lane_get_type ())

/* The lane of meetings above the rows (CSS node "timelinelane"): a milestone for each dated
 * meeting on screen; meetings too close to draw apart share one. Only the milestones on
 * screen exist, so the lane costs the same for ten meetings or ten thousand. */
G_DECLARE_FINAL_TYPE (AccordTimelineLane, accord_timeline_lane, ACCORD, TIMELINE_LANE, GtkWidget)

/* The milestones it shows now, in order (AccordTimelineMilestone), for tests. */
GPtrArray *accord_timeline_lane_get_milestones (AccordTimelineLane *self);
/* The meetings changed: titles, dates or which there are. */
void       accord_timeline_lane_update         (AccordTimelineLane *self);

G_END_DECLS
