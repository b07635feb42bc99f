/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "accord-store.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_LIBRARY (accord_library_get_type ())

/* The user's library in an SQLite database (STORAGE.md describes it): an AccordStore that
 * keeps every command in a transaction of its own, written by a thread of its own, so the
 * main thread only copies what changed. The first run fills it from "library.json" beside
 * it (Accord 0.1's library, renamed "library.json.imported" once it is in), else from the
 * seed. A database that cannot be read (damaged, from a newer Accord, locked) is never
 * written. */
G_DECLARE_FINAL_TYPE (AccordLibrary, accord_library, ACCORD, LIBRARY, GObject)

/* The schema version this build writes (PRAGMA user_version). */
#define ACCORD_LIBRARY_SCHEMA_VERSION 1

#define ACCORD_LIBRARY_ERROR (accord_library_error_quark ())

typedef enum {
  ACCORD_LIBRARY_ERROR_DAMAGED,   /* not a database, or not one of Accord's */
  ACCORD_LIBRARY_ERROR_TOO_NEW,   /* a schema version this build does not know */
  ACCORD_LIBRARY_ERROR_LOCKED,    /* another program holds it longer than we wait */
  ACCORD_LIBRARY_ERROR_FAILED,    /* anything else SQLite says */
} AccordLibraryError;

GQuark         accord_library_error_quark (void);

/* @seed (nullable): a document's JSON text for the first run when there is no library.json. */
AccordLibrary *accord_library_new          (GFile         *database,
                                            GBytes        *seed);
GFile         *accord_library_get_file     (AccordLibrary *self);
/* After loading: the 0.1 library.json that the first run took in, renamed since, or NULL. */
GFile         *accord_library_get_imported (AccordLibrary *self);

G_END_DECLS
