/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "accord-initiative.h"
#include "accord-meeting.h"

G_BEGIN_DECLS

/* What the timeline says about its bars and milestones, to people and screen readers. GLib
 * only, so that the words can be tested without a display. */

/* The days a period covers in words a screen reader reads well: "July to September 2024",
 * "29 January 2024", "2024 to 2025". NULL for an unknown period. */
char       *accord_timeline_describe_dates      (const AccordPeriod *period);
/* How sure the period is, for the tooltip and the legend: "Exact dates",
 * "Q3 2024 — sometime in July to September 2024". NULL for an unknown period. */
char       *accord_timeline_describe_precision  (const AccordPeriod *period);
/* "planned", as within a sentence. */
const char *accord_timeline_status_in_sentence  (AccordStatus        status);

/* A bar's accessible name: "Digital Transformation Summit, Q3 2024, July to September 2024,
 * planned". */
char       *accord_timeline_initiative_label    (AccordInitiative   *initiative);
/* A milestone's accessible name: "ASEAN Foreign Ministers' Retreat 2024, meeting,
 * 29 January 2024". */
char       *accord_timeline_meeting_label       (AccordMeeting      *meeting);

/* Tooltips, as Pango markup: title, period as written and as dates, lead, status. */
char       *accord_timeline_initiative_tooltip  (AccordInitiative   *initiative);
char       *accord_timeline_meeting_tooltip     (AccordMeeting      *meeting);

G_END_DECLS
