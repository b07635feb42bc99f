/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Text folded for comparing and searching: case-folded, with Latin diacritics removed ("Bùi
 * Thanh Sơn" → "bui thanh son", "Hà Nội" → "ha noi", "đ" → "d"), dashes made one and white
 * space collapsed. Scripts without case or removable marks, such as Lao, are kept as they are
 * and match as substrings. The people directory compares names with it, and search
 * (src/search/) folds the records' text and the queries. */
char     *accord_search_fold        (const char *text);

/* Appends @text folded to @out. Returns FALSE when that appended nothing. */
gboolean  accord_search_fold_append (GString    *out,
                                     const char *text);

G_END_DECLS
