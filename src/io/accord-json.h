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
} AccordJsonError;

/* The newest format version this build reads and the one it writes. */
#define ACCORD_JSON_FORMAT_VERSION 1

GQuark    accord_json_error_quark (void);

/* Fills @document from @data. On error @document is left exactly as it was. */
gboolean  accord_json_load_data   (AccordDocument  *document,
                                   const char      *data,
                                   gssize           length,
                                   GError         **error);
/* The document as a JSON text; members this version does not know are written back. */
char     *accord_json_save_data   (AccordDocument  *document,
                                   gsize           *length);

G_END_DECLS
