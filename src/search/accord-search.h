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

/* A query made ready for matching many records (through an AccordSearchIndex): its words,
 * and which characters a record must have. */
typedef struct _AccordSearchQuery AccordSearchQuery;

/* @folded_query as accord_search_fold() gives it; "" matches everything. */
AccordSearchQuery *accord_search_query_new     (const char              *folded_query);
void               accord_search_query_free    (AccordSearchQuery       *query);
/* TRUE when the query matches everything. */
gboolean           accord_search_query_is_empty (const AccordSearchQuery *query);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AccordSearchQuery, accord_search_query_free)

/* Every text field of @record (and of its participants, sources and attributes), folded and
 * joined, made afresh: what an AccordSearchIndex keeps of a record. */
char       *accord_search_build_haystack      (AccordRecord   *record);

/* The countries and organisations that @document's records name, for a filter menu: each in
 * the spelling met first (spellings that fold alike are one), sorted for people. */
char      **accord_search_list_affiliations   (AccordDocument *document);

/* The years (guint) that the known dates of @document's meetings and initiatives cover,
 * ascending. */
GArray     *accord_search_list_years          (AccordDocument *document);

G_END_DECLS
