/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "accord-document.h"
#include "accord-record.h"

G_BEGIN_DECLS

/* Text folded for searching: case-folded, with Latin diacritics removed ("Bùi Thanh Sơn" →
 * "bui thanh son", "Hà Nội" → "ha noi", "đ" → "d") and white space collapsed. Scripts
 * without case or removable marks, such as Lao, are kept as they are and match as
 * substrings. */
char       *accord_search_fold          (const char   *text);

/* Every text field of @record (and of its participants, sources and attributes), folded and
 * joined. Cached on the record and rebuilt after any change to it. */
const char *accord_search_get_haystack  (AccordRecord *record);

/* Asks for the memory accord_search_matches() will read of @record, for a caller about to
 * match many records: a search over 100,000 records waits on memory, not on comparing. */
void        accord_search_prefetch      (AccordRecord *record);

/* TRUE when every word of @folded_query (from accord_search_fold()) occurs in @record. */
gboolean    accord_search_matches       (AccordRecord *record,
                                         const char   *folded_query);

/* A query made ready for matching many records: its words, and which characters a record
 * must have. */
typedef struct _AccordSearchQuery AccordSearchQuery;

/* @folded_query as accord_search_fold() gives it; "" matches everything. */
AccordSearchQuery *accord_search_query_new     (const char              *folded_query);
void               accord_search_query_free    (AccordSearchQuery       *query);
/* TRUE when every word of the query occurs in @record. */
gboolean           accord_search_query_matches (const AccordSearchQuery *query,
                                                AccordRecord            *record);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AccordSearchQuery, accord_search_query_free)

/* TRUE when one of the countries or organisations @record names (a participant's affiliation,
 * an initiative's lead or partners) folds to @folded_affiliation. */
gboolean    accord_search_matches_affiliation (AccordRecord *record,
                                               const char   *folded_affiliation);

/* The countries and organisations that @document's records name, for a filter menu: each in
 * the spelling met first (spellings that fold alike are one), sorted for people. */
char      **accord_search_list_affiliations   (AccordDocument *document);

/* The years (guint) that the known dates of @document's meetings and initiatives cover,
 * ascending. */
GArray     *accord_search_list_years          (AccordDocument *document);

G_END_DECLS
