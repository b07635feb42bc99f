/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define ACCORD_TYPE_TIMELINE_BODY (accord_timeline_body_get_type ())

/* Behind the rows (CSS node "timelinebody"): the ruler's lines carried down, and weekends
 * shaded when days are wide enough to see. */
G_DECLARE_FINAL_TYPE (AccordTimelineBody, accord_timeline_body, ACCORD, TIMELINE_BODY, GtkWidget)

G_END_DECLS
