/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "accord-record.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_IMPORT (accord_import_get_type ())

typedef enum {
  ACCORD_IMPORT_FORMAT_AUTO,      /* HTML when the text looks like it, else plain text */
  ACCORD_IMPORT_FORMAT_TEXT,
  ACCORD_IMPORT_FORMAT_MARKDOWN,
  ACCORD_IMPORT_FORMAT_HTML,
} AccordImportFormat;

/* Where the date that dates without a year are read against came from. */
typedef enum {
  ACCORD_IMPORT_REFERENCE_NONE,
  ACCORD_IMPORT_REFERENCE_GIVEN,      /* by the user ("--date", the import dialog) */
  ACCORD_IMPORT_REFERENCE_PUBLISHED,  /* a "published" or "posted" line of the article */
  ACCORD_IMPORT_REFERENCE_DATELINE,   /* "JAKARTA, Sept 5, 2024 —" */
  ACCORD_IMPORT_REFERENCE_THIS_YEAR,  /* the article calls one year "this year" */
} AccordImportReference;

/* Where a drafted value came from: @path names the value as FORMAT.md's error messages do
 * ("title", "participants[1].name", "attributes[0].value"); @start and @end are character
 * (not byte) offsets into the cleaned text, @end excluded. */
typedef struct
{
  const char *path;   /* interned */
  guint       start;
  guint       end;
} AccordImportSpan;

/* One article read into draft records. Immutable once made; the drafts are new records that
 * belong to no document until the caller adds them. */
G_DECLARE_FINAL_TYPE (AccordImport, accord_import, ACCORD, IMPORT, GObject)

/* Reads @data (any bytes: invalid UTF-8 is replaced, HTML is cleaned) and drafts what it
 * states. @reference (nullable) is the date the user gives for the article; without it the
 * article's own date is used when it has one. Never fails. */
AccordImport         *accord_import_new               (const char         *data,
                                                       gssize              length,
                                                       AccordImportFormat  format,
                                                       const GDate        *reference);

/* The format a file name suggests: .html/.htm/.xhtml, .md/.markdown, else AUTO. */
AccordImportFormat    accord_import_format_for_name   (const char         *name);

/* The article as text: what the spans point into. Blocks are lines; table cells are
 * separated by " | ". */
const char           *accord_import_get_text          (AccordImport       *self);
/* FALSE when there is none; else fills @date. */
gboolean              accord_import_get_reference     (AccordImport       *self,
                                                       GDate              *date);
AccordImportReference accord_import_get_reference_origin (AccordImport    *self);

/* Draft AccordMeetings and AccordInitiatives, in the order the article first names them. */
GPtrArray            *accord_import_get_meetings      (AccordImport       *self);
GPtrArray            *accord_import_get_initiatives   (AccordImport       *self);

/* The spans of @record's drafted values (AccordImportSpan), in text order; NULL for a record
 * that is not one of the drafts. */
GArray               *accord_import_get_spans         (AccordImport       *self,
                                                       AccordRecord       *record);

G_END_DECLS
