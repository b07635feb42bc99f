/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "accord-document.h"

G_BEGIN_DECLS

/* A document kept in one JSON file: the file half of the JSON format (src/io/ turns bytes into
 * documents and back). Thread-safe for a document no other thread touches. */

/* Fills @document from @file; on error @document is left as it was. Removes what a killed
 * save left next to the file first. */
gboolean  accord_json_file_load   (AccordDocument  *document,
                                   GFile           *file,
                                   GCancellable    *cancellable,
                                   GError         **error);
/* Writes @length bytes of @data to @file as accord_safe_file_replace() does (a remote file
 * through GIO's own replace, which also renames a temporary file and keeps "@file~"). */
gboolean  accord_json_file_write  (GFile           *file,
                                   const char      *data,
                                   gsize            length,
                                   GCancellable    *cancellable,
                                   GError         **error);
/* accord_json_save_data() and accord_json_file_write() in one. */
gboolean  accord_json_file_save   (AccordDocument  *document,
                                   GFile           *file,
                                   GCancellable    *cancellable,
                                   GError         **error);

G_END_DECLS
