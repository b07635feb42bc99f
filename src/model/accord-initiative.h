/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "accord-enums.h"
#include "accord-period.h"
#include "accord-record.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_INITIATIVE (accord_initiative_get_type ())

G_DECLARE_FINAL_TYPE (AccordInitiative, accord_initiative, ACCORD, INITIATIVE, AccordRecord)

AccordInitiative   *accord_initiative_new                  (const char         *id);

const char         *accord_initiative_get_objective        (AccordInitiative   *self);
void                accord_initiative_set_objective        (AccordInitiative   *self,
                                                            const char         *objective);
const char         *accord_initiative_get_expected_outcome (AccordInitiative   *self);
void                accord_initiative_set_expected_outcome (AccordInitiative   *self,
                                                            const char         *expected_outcome);
/* The timeline as written ("Q3 2024") is the period's text. Never NULL. */
const AccordPeriod *accord_initiative_get_period           (AccordInitiative   *self);
void                accord_initiative_set_period           (AccordInitiative   *self,
                                                            const AccordPeriod *period);
const char         *accord_initiative_get_lead             (AccordInitiative   *self);
void                accord_initiative_set_lead             (AccordInitiative   *self,
                                                            const char         *lead);
const char * const *accord_initiative_get_partners         (AccordInitiative   *self);
void                accord_initiative_set_partners         (AccordInitiative   *self,
                                                            const char * const *partners);
AccordStatus        accord_initiative_get_status           (AccordInitiative   *self);
void                accord_initiative_set_status           (AccordInitiative   *self,
                                                            AccordStatus        status);
const char         *accord_initiative_get_area             (AccordInitiative   *self);
void                accord_initiative_set_area             (AccordInitiative   *self,
                                                            const char         *area);
/* The id of the meeting that launched it, or empty. */
const char         *accord_initiative_get_meeting_id       (AccordInitiative   *self);
void                accord_initiative_set_meeting_id       (AccordInitiative   *self,
                                                            const char         *meeting_id);
/* A GListStore of AccordAttribute, in order, owned by the initiative. */
GListModel         *accord_initiative_get_attributes       (AccordInitiative   *self);
/* The value of the first attribute called @name, or NULL. */
const char         *accord_initiative_lookup_attribute     (AccordInitiative   *self,
                                                            const char         *name);

G_END_DECLS
