/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "accord-meeting.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_TIMELINE_MILESTONE (accord_timeline_milestone_get_type ())

/* A meeting as a diamond (CSS node "timelinemilestone"; style class "approximate" when its
 * date is known only roughly, drawn hollow). It may stand for @count meetings too close to
 * draw apart. Its accessible name is the meeting and its date. Clicking it selects the
 * meeting in the timeline around it. */
G_DECLARE_FINAL_TYPE (AccordTimelineMilestone, accord_timeline_milestone,
                      ACCORD, TIMELINE_MILESTONE, GtkWidget)

GtkWidget     *accord_timeline_milestone_new         (void);
AccordMeeting *accord_timeline_milestone_get_meeting (AccordTimelineMilestone *self);
void           accord_timeline_milestone_set_meeting (AccordTimelineMilestone *self,
                                                      AccordMeeting           *meeting,
                                                      guint                    count);
/* The meeting's title, date or count changed. */
void           accord_timeline_milestone_update      (AccordTimelineMilestone *self);
/* Where, on a time scale, the diamond goes: the middle of the meeting's days. */
double         accord_timeline_milestone_day         (AccordMeeting           *meeting);

G_END_DECLS
