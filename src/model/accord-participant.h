/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "accord-item.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_PARTICIPANT (accord_participant_get_type ())

G_DECLARE_FINAL_TYPE (AccordParticipant, accord_participant, ACCORD, PARTICIPANT, AccordItem)

/* Every string may be empty: articles often give only a title ("the Minister of National
 * Defence of Lao PDR") and no name. */
AccordParticipant *accord_participant_new             (const char        *name,
                                                       const char        *title,
                                                       const char        *affiliation,
                                                       const char        *role);
AccordParticipant *accord_participant_copy            (AccordParticipant *self);
const char        *accord_participant_get_name        (AccordParticipant *self);
void               accord_participant_set_name        (AccordParticipant *self,
                                                       const char        *name);
/* Title or office: "Deputy Foreign Minister". */
const char        *accord_participant_get_title       (AccordParticipant *self);
void               accord_participant_set_title       (AccordParticipant *self,
                                                       const char        *title);
/* Country or organisation: "Lao PDR", "ASEAN Secretariat". */
const char        *accord_participant_get_affiliation (AccordParticipant *self);
void               accord_participant_set_affiliation (AccordParticipant *self,
                                                       const char        *affiliation);
/* Role in this meeting: "Co-chair", "Head of delegation". */
const char        *accord_participant_get_role        (AccordParticipant *self);
void               accord_participant_set_role        (AccordParticipant *self,
                                                       const char        *role);
/* The name, or the title when there is no name; for lists and search. */
const char        *accord_participant_get_display_name (AccordParticipant *self);

G_END_DECLS
