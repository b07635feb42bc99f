/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "accord-document.h"

G_BEGIN_DECLS

/* What a document's records name, for the choices of filter menus. */

/* The countries and organisations that @document's records name (a participant's
 * affiliation, an initiative's lead and partners): each in the spelling met first (spellings
 * that fold alike are one), sorted for people. */
char      **accord_document_list_affiliations (AccordDocument *document);

/* The years (guint) that the known dates of @document's meetings and initiatives cover,
 * ascending. */
GArray     *accord_document_list_years        (AccordDocument *document);

G_END_DECLS
