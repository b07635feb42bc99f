/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "accord-model-private.h"
#include "accord-search.h"

G_BEGIN_DECLS

/* A haystack is a record's searchable fields, folded, each followed by FIELD_END; the countries
 * and organisations, which filters compare whole, are preceded by AFFILIATION_START. Folding
 * turns control characters into spaces, so neither can occur in a field or in a query word: a
 * word never matches across two fields. */
#define FIELD_END         '\n'
#define AFFILIATION_START '\x1f'

/* The summary first: on each keystroke a query runs for every record of the document, and the
 * haystack is one more read from memory. */
struct _AccordSearchQuery
{
  /* Summary bits a record must have. */
  guint64 required;
  /* The words that the summary cannot answer alone, to look for in the haystack. */
  char  **words;
};

/* Appends @record's haystack to @out. */
void      accord_search_append_haystack          (GString                 *out,
                                                  AccordRecord            *record);
/* The summary of @length bytes of @text (never 0 for a haystack that is not empty). */
guint64   accord_search_summarize                (const char              *text,
                                                  gsize                    length);
gboolean  accord_search_query_matches_haystack   (const AccordSearchQuery *query,
                                                  guint64                  summary,
                                                  const char              *haystack);
gboolean  accord_search_affiliation_in_haystack  (const char              *folded_affiliation,
                                                  guint64                  summary,
                                                  const char              *haystack);

G_END_DECLS
