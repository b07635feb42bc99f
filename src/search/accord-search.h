/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "accord-document.h"
#include "accord-fold.h"
#include "accord-record.h"

G_BEGIN_DECLS


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

G_END_DECLS
