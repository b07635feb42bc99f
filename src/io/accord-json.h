/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "accord-document.h"

G_BEGIN_DECLS

#define ACCORD_JSON_ERROR (accord_json_error_quark ())

typedef enum {
  ACCORD_JSON_ERROR_SYNTAX,       /* not JSON: the message gives line and column */
  ACCORD_JSON_ERROR_ENCODING,     /* not UTF-8: the message gives line and column */
  ACCORD_JSON_ERROR_NOT_ACCORD,   /* JSON, but no "format": "accord" */
  ACCORD_JSON_ERROR_TOO_NEW,      /* written by a newer Accord with an unknown version */
  ACCORD_JSON_ERROR_INVALID,      /* a member of the wrong type or value */
  ACCORD_JSON_ERROR_TOO_DEEP,     /* lists and objects nested deeper than ACCORD_JSON_MAX_DEPTH */
  ACCORD_JSON_ERROR_TOO_LONG,     /* a string longer than ACCORD_JSON_MAX_STRING bytes */
} AccordJsonError;

/* The newest format version this build reads and the one it writes. */
#define ACCORD_JSON_FORMAT_VERSION 1
/* How deep lists and objects may nest; an Accord document needs 5 levels, members a newer
 * Accord adds may use more. */
#define ACCORD_JSON_MAX_DEPTH 512
/* How long a string (a member's name or value, as written) may be, in bytes: a page of notes
 * is a few KiB, and no single field may make memory or drawing explode. */
#define ACCORD_JSON_MAX_STRING (1024 * 1024)

GQuark    accord_json_error_quark (void);

/* Fills @document from @data. On error @document is left exactly as it was. */
gboolean  accord_json_load_data   (AccordDocument  *document,
                                   const char      *data,
                                   gssize           length,
                                   GError         **error);
/* The same, and (when @warnings is not NULL) sets @warnings to what was loaded but is worth
 * telling the user, one translated sentence each, or leaves it NULL when nothing is: escapes
 * that were repaired, records that were given a new id, links to missing meetings. */
gboolean  accord_json_load_data_full (AccordDocument  *document,
                                      const char      *data,
                                      gssize           length,
                                      GStrv           *warnings,
                                      GError         **error);
/* The document as a JSON text; members this version does not know are written back. */
char     *accord_json_save_data   (AccordDocument  *document,
                                   gsize           *length);

/* The same text in parts, so that it can be put together away from the main thread, where
 * the document must not be read: accord_json_join (accord_json_save_frame (document), the
 * texts of its meetings, those of its initiatives) is accord_json_save_data (document). */
/* The document without its records. */
char     *accord_json_save_frame  (AccordDocument  *document,
                                   gsize           *length);
/* One meeting's or initiative's text, as it stands in the document's list. */
char     *accord_json_save_record (AccordRecord    *record,
                                   gsize           *length);
/* @meetings and @initiatives hold GBytes of record texts, in document order. Reads nothing
 * but its arguments: safe in any thread. */
char     *accord_json_join        (const char      *frame,
                                   GPtrArray       *meetings,
                                   GPtrArray       *initiatives,
                                   gsize           *length);

/* For stores that keep an object's fields apart (the library's database): the members of
 * @object (a document, record or item; with @part, the record's period member of that name,
 * "when" or "timeline") that this version does not know, with the order of all its members,
 * as the reader kept them; a JSON object text, or NULL when nothing was kept. Setting them
 * back gives the writer what it would have had from the file. */
char     *accord_json_get_kept_members (GObject     *object,
                                        const char  *part);
gboolean  accord_json_set_kept_members (GObject     *object,
                                        const char  *part,
                                        const char  *text,
                                        GError     **error);

G_END_DECLS
