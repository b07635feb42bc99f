/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "accord-record.h"
#include "accord-document.h"

G_BEGIN_DECLS

typedef enum {
  ACCORD_ORGANISATION_COUNTRY,
  /* An association of countries or a body of one: ASEAN, its Secretariat, the United Nations. */
  ACCORD_ORGANISATION_BODY,
} AccordOrganisationKind;

/* A country or organisation of the built-in list: one canonical id ("la", "vn", "asean") and
 * the names it goes by in English, Vietnamese and Lao. Entries live as long as the process. */
typedef struct _AccordOrganisation AccordOrganisation;

/* The entries of the built-in list, in its order. */
guint                     accord_organisation_get_n        (void);
const AccordOrganisation *accord_organisation_get_nth      (guint                     position);
/* The entry with this canonical id, or NULL. */
const AccordOrganisation *accord_organisation_lookup_id    (const char               *id);
/* The entry that @text names: any of its names or abbreviations, in any of the languages,
 * ignoring case, diacritics and a leading "the" ("Lao PDR", "CHDCND Lào", "ສປປ ລາວ" and "the
 * Lao People's Democratic Republic" are all "la"); NULL for a text that names none. Any
 * thread. */
const AccordOrganisation *accord_organisation_resolve      (const char               *text);
/* The country a place is in: the place itself, or else its last part that names a country
 * ("Luang Prabang, Laos" → "la"); NULL when none does. */
const AccordOrganisation *accord_organisation_resolve_place (const char              *place);

const char               *accord_organisation_get_id       (const AccordOrganisation *self);
AccordOrganisationKind    accord_organisation_get_kind     (const AccordOrganisation *self);
/* The name in the language the user reads (the first of g_get_language_names() that the list
 * has names in: en, vi or lo), English otherwise. */
const char               *accord_organisation_get_name     (const AccordOrganisation *self);
/* The name in @language ("en", "vi", "lo"); English for any other. */
const char               *accord_organisation_get_name_in  (const AccordOrganisation *self,
                                                            const char               *language);
/* The other names and abbreviations, NULL-terminated. */
const char * const       *accord_organisation_get_aliases  (const AccordOrganisation *self);

/* TRUE when @record names @organisation: as a participant's country or organisation, an
 * initiative's lead or partner, or as the country of a meeting's place — however each is
 * spelt. */
gboolean                  accord_organisation_named_by     (const AccordOrganisation *organisation,
                                                            AccordRecord             *record);

/* The countries and organisations @document's records name, for a filter menu: each entry of
 * the list once, by its name in the user's language (and the country of each meeting's place),
 * then each spelling the list does not know, as accord_document_list_affiliations() gives it;
 * sorted for people. */
char                    **accord_organisation_list_named   (AccordDocument           *document);

G_END_DECLS
