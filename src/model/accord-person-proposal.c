/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#define G_LOG_DOMAIN "accord-person-proposal"

#include <glib/gi18n-lib.h>

#include "accord-directory-private.h"

struct _AccordPersonProposal
{
  GObject               parent_instance;

  AccordPerson         *first;
  AccordPerson         *second;
  AccordProposalReason  reason;
  gboolean              same_country;
};

G_DEFINE_FINAL_TYPE (AccordPersonProposal, accord_person_proposal, G_TYPE_OBJECT)

static void
accord_person_proposal_finalize (GObject *object)
{
  AccordPersonProposal *self = ACCORD_PERSON_PROPOSAL (object);

  g_clear_object (&self->first);
  g_clear_object (&self->second);

  G_OBJECT_CLASS (accord_person_proposal_parent_class)->finalize (object);
}

static void
accord_person_proposal_class_init (AccordPersonProposalClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = accord_person_proposal_finalize;
}

static void
accord_person_proposal_init (AccordPersonProposal *self)
{
}

AccordPersonProposal *
accord_person_proposal_new (AccordPerson         *first,
                            AccordPerson         *second,
                            AccordProposalReason  reason,
                            gboolean              same_country)
{
  AccordPersonProposal *self = g_object_new (ACCORD_TYPE_PERSON_PROPOSAL, NULL);

  self->first = g_object_ref (first);
  self->second = g_object_ref (second);
  self->reason = reason;
  self->same_country = same_country;

  return self;
}

AccordPerson *
accord_person_proposal_get_first (AccordPersonProposal *self)
{
  g_return_val_if_fail (ACCORD_IS_PERSON_PROPOSAL (self), NULL);

  return self->first;
}

AccordPerson *
accord_person_proposal_get_second (AccordPersonProposal *self)
{
  g_return_val_if_fail (ACCORD_IS_PERSON_PROPOSAL (self), NULL);

  return self->second;
}

AccordProposalReason
accord_person_proposal_get_reason (AccordPersonProposal *self)
{
  g_return_val_if_fail (ACCORD_IS_PERSON_PROPOSAL (self), ACCORD_PROPOSAL_SAME_FOLDED_NAME);

  return self->reason;
}

gboolean
accord_person_proposal_get_same_country (AccordPersonProposal *self)
{
  g_return_val_if_fail (ACCORD_IS_PERSON_PROPOSAL (self), FALSE);

  return self->same_country;
}

const char *
accord_person_proposal_get_reason_text (AccordPersonProposal *self)
{
  g_return_val_if_fail (ACCORD_IS_PERSON_PROPOSAL (self), NULL);

  switch (self->reason)
    {
    case ACCORD_PROPOSAL_SAME_FOLDED_NAME:
      return self->same_country
             ? _("The names differ only in accents or capitals, and the country is the same")
             : _("The names differ only in accents or capitals");

    case ACCORD_PROPOSAL_TRANSLITERATION:
      return self->same_country
             ? _("The names differ only in how they are transliterated, and the country is the same")
             : _("The names differ only in how they are transliterated");

    case ACCORD_PROPOSAL_SHORT_NAME:
      return _("One name is the last part of the other, and the country is the same");

    default:
      g_return_val_if_reached (NULL);
    }
}
