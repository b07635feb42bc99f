/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "accord-directory.h"

G_BEGIN_DECLS

/* How the directory makes its people, in its build thread. */
AccordPerson *accord_person_new    (const char        *id);
/* @julian: the meeting's first known day, 0 when unknown. */
void          accord_person_add    (AccordPerson      *self,
                                    AccordParticipant *participant,
                                    AccordMeeting     *meeting,
                                    const char        *name,
                                    const char        *title,
                                    const char        *affiliation,
                                    guint32            julian);
/* After the last add: sorts names, titles and meetings and picks the country. */
void          accord_person_finish (AccordPerson      *self);

AccordPersonProposal *accord_person_proposal_new (AccordPerson       *first,
                                                  AccordPerson       *second,
                                                  AccordProposalReason reason,
                                                  gboolean            same_country);

/* What the proposals compare, exposed for tests: @name folded as search folds, with the
 * letters that transliterations of Lao and Thai names swap made one (y and i, x and s, ou and
 * u, w and v, doubled vowels). */
char         *accord_directory_skeleton (const char *folded_name);

G_END_DECLS
