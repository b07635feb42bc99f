/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "accord-document.h"
#include "accord-timeline-rows.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_TIMELINE (accord_timeline_get_type ())

/* The Timeline page: initiatives as bars and meetings as milestones across time, grouped,
 * zoomable and editable by dragging. Only the rows on screen exist as widgets. */
G_DECLARE_FINAL_TYPE (AccordTimeline, accord_timeline, ACCORD, TIMELINE, GtkWidget)

GtkWidget              *accord_timeline_new          (void);
AccordDocument         *accord_timeline_get_document (AccordTimeline         *self);
void                    accord_timeline_set_document (AccordTimeline         *self,
                                                      AccordDocument         *document);
/* The selected meeting or initiative, or NULL. Setting it scrolls it into view. */
AccordRecord           *accord_timeline_get_selected (AccordTimeline         *self);
void                    accord_timeline_set_selected (AccordTimeline         *self,
                                                      AccordRecord           *record);
AccordTimelineGrouping  accord_timeline_get_grouping (AccordTimeline         *self);
void                    accord_timeline_set_grouping (AccordTimeline         *self,
                                                      AccordTimelineGrouping  grouping);

G_END_DECLS
