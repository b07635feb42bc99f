/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "accord-import.h"

G_BEGIN_DECLS

/* The drafts of @imports (AccordImport) as one Accord document (FORMAT.md), each record with
 * an "imported" member that names its article and the spans of its values, and the articles'
 * cleaned texts in the document's "articles" member. @names (file names, same length) may be
 * NULL. */
char *accord_import_write_json (GPtrArray          *imports,
                                const char * const *names,
                                gsize              *length);

G_END_DECLS
