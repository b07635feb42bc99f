/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "accord-person.h"

G_BEGIN_DECLS

typedef enum {
  /* "Bui Thanh Son" and "Bùi Thanh Sơn". */
  ACCORD_PROPOSAL_SAME_FOLDED_NAME,
  /* "Malaythong Kommasith" and "Malaithong Kommasith". */
  ACCORD_PROPOSAL_TRANSLITERATION,
  /* "Kommasith" and "Saleumxay Kommasith", for the same country. */
  ACCORD_PROPOSAL_SHORT_NAME,
} AccordProposalReason;

#define ACCORD_TYPE_PERSON_PROPOSAL (accord_person_proposal_get_type ())

/* Two people of a directory who are likely one, and why. */
G_DECLARE_FINAL_TYPE (AccordPersonProposal, accord_person_proposal, ACCORD, PERSON_PROPOSAL,
                      GObject)

AccordPerson         *accord_person_proposal_get_first        (AccordPersonProposal *self);
AccordPerson         *accord_person_proposal_get_second       (AccordPersonProposal *self);
AccordProposalReason  accord_person_proposal_get_reason       (AccordPersonProposal *self);
/* TRUE when both appear for the same country or organisation. */
gboolean              accord_person_proposal_get_same_country (AccordPersonProposal *self);
/* The reason for people, translated: "The names differ only in accents or capitals". */
const char           *accord_person_proposal_get_reason_text  (AccordPersonProposal *self);

G_END_DECLS
