/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "accord-enums.h"
#include "accord-period.h"
#include "accord-record.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_MEETING (accord_meeting_get_type ())

G_DECLARE_FINAL_TYPE (AccordMeeting, accord_meeting, ACCORD, MEETING, AccordRecord)

AccordMeeting       *accord_meeting_new              (const char          *id);

/* Never NULL: a meeting without a date has a period of unknown precision. */
const AccordPeriod  *accord_meeting_get_when         (AccordMeeting       *self);
void                 accord_meeting_set_when         (AccordMeeting       *self,
                                                      const AccordPeriod  *when);
const char          *accord_meeting_get_location     (AccordMeeting       *self);
void                 accord_meeting_set_location     (AccordMeeting       *self,
                                                      const char          *location);
AccordMeetingFormat  accord_meeting_get_format       (AccordMeeting       *self);
void                 accord_meeting_set_format       (AccordMeeting       *self,
                                                      AccordMeetingFormat  format);
AccordMeetingKind    accord_meeting_get_kind         (AccordMeeting       *self);
void                 accord_meeting_set_kind         (AccordMeeting       *self,
                                                      AccordMeetingKind    kind);
/* A GListStore of AccordParticipant, owned by the meeting. */
GListModel          *accord_meeting_get_participants (AccordMeeting       *self);
/* Never NULL; an empty vector when there are none. */
const char * const  *accord_meeting_get_topics       (AccordMeeting       *self);
void                 accord_meeting_set_topics       (AccordMeeting       *self,
                                                      const char * const  *topics);
const char          *accord_meeting_get_summary      (AccordMeeting       *self);
void                 accord_meeting_set_summary      (AccordMeeting       *self,
                                                      const char          *summary);
/* Documents adopted and agreements reached, one per entry. */
const char * const  *accord_meeting_get_outcomes     (AccordMeeting       *self);
void                 accord_meeting_set_outcomes     (AccordMeeting       *self,
                                                      const char * const  *outcomes);

G_END_DECLS
