/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "accord-organisation.h"

G_BEGIN_DECLS

/* The languages the built-in list has names in. */
typedef enum {
  ACCORD_LANGUAGE_EN,
  ACCORD_LANGUAGE_VI,
  ACCORD_LANGUAGE_LO,
  ACCORD_N_LANGUAGES,
} AccordLanguage;

#define ACCORD_ORGANISATION_MAX_ALIASES 8

struct _AccordOrganisation
{
  const char             *id;
  AccordOrganisationKind  kind;
  const char             *names[ACCORD_N_LANGUAGES];
  /* Other names and abbreviations, in any language; NULL-terminated. */
  const char             *aliases[ACCORD_ORGANISATION_MAX_ALIASES];
};

extern const AccordOrganisation accord_organisation_list[];
extern const guint              accord_organisation_list_length;

G_END_DECLS
