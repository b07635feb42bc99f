/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "accord-document.h"
#include "accord-search.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_SEARCH_INDEX (accord_search_index_get_type ())

/* What search knows of a document's records: each record's haystack (its text fields folded,
 * accord_search_build_haystack()) and a summary of it, made at the record's first search and
 * forgotten when the document says the record changed (AccordDocument::record-changed) or it
 * left the document. Nothing of it is kept in the records. A record not in the document can be
 * matched too, read afresh each time. */
G_DECLARE_FINAL_TYPE (AccordSearchIndex, accord_search_index, ACCORD, SEARCH_INDEX, GObject)

AccordSearchIndex *accord_search_index_new                  (AccordDocument          *document);
AccordDocument    *accord_search_index_get_document         (AccordSearchIndex       *self);

/* TRUE when every word of @query occurs in @record. */
gboolean           accord_search_index_matches              (AccordSearchIndex       *self,
                                                             const AccordSearchQuery *query,
                                                             AccordRecord            *record);
/* TRUE when one of the countries or organisations @record names (a participant's affiliation,
 * an initiative's lead or partners) folds to @folded_affiliation. */
gboolean           accord_search_index_matches_affiliation  (AccordSearchIndex       *self,
                                                             AccordRecord            *record,
                                                             const char              *folded_affiliation);
/* What the index keeps of @record (made afresh for a record not in the document). */
char              *accord_search_index_dup_haystack         (AccordSearchIndex       *self,
                                                             AccordRecord            *record);

/* Asks for the memory a match will read of @record (a record of the document), for a caller
 * about to match many records: a search over 100,000 records waits on memory, not on
 * comparing. */
void               accord_search_index_prefetch             (AccordSearchIndex       *self,
                                                             AccordRecord            *record);

/* How many records the index knows now, for tests. */
guint              accord_search_index_get_n_known          (AccordSearchIndex       *self);

G_END_DECLS
