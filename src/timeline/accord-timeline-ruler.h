/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define ACCORD_TYPE_TIMELINE_RULER (accord_timeline_ruler_get_type ())

/* The timeline's two-tier ruler (CSS node "timelineruler"): the larger unit above (years,
 * quarters, months or weeks), the smaller below, labelled in the locale's words. It draws
 * the scale of the AccordTimeline it is in. */
G_DECLARE_FINAL_TYPE (AccordTimelineRuler, accord_timeline_ruler, ACCORD, TIMELINE_RULER, GtkWidget)

G_END_DECLS
