/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "accord-document.h"
#include "accord-store.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_SESSION (accord_session_get_type ())

/* Where one document lives and how it is kept: the file it comes from (or the user's
 * library), loading it in another thread, saving it (a snapshot on the main thread, the
 * writing in another), the library's autosave, telling another program's changes to the
 * file from ours. Not a widget: a window shows a session and asks it things.
 *
 * A file that could not be loaded is never written. */
G_DECLARE_FINAL_TYPE (AccordSession, accord_session, ACCORD, SESSION, GObject)

typedef enum {
  ACCORD_SESSION_EMPTY,     /* nothing opened yet */
  ACCORD_SESSION_LOADING,   /* reading in another thread; no document yet */
  ACCORD_SESSION_READY,     /* the document is there */
  ACCORD_SESSION_FAILED,    /* it could not be read: see accord_session_get_error() */
} AccordSessionState;

typedef enum {
  ACCORD_DISK_UNCHANGED,    /* as this session last read or wrote it */
  ACCORD_DISK_CHANGED,      /* another program wrote it */
  ACCORD_DISK_DELETED,      /* another program removed it */
} AccordDiskState;

AccordSession      *accord_session_new                (void);

/* The user's library in @file, autosaved; when @file does not exist yet, @seed (a document's
 * JSON text, nullable) is written there first. */
void                accord_session_open_library       (AccordSession   *self,
                                                       GFile           *file,
                                                       GBytes          *seed);
/* The user's library in a store that keeps each change (AccordLibrary): no autosave, nothing
 * unsaved; Save As writes a JSON copy and the session stays on the library. */
void                accord_session_open_store         (AccordSession   *self,
                                                       AccordStore     *store);
/* The store of a session opened with accord_session_open_store(), else NULL. */
AccordStore        *accord_session_get_store          (AccordSession   *self);
/* Any Accord document, saved by hand. */
void                accord_session_open_file          (AccordSession   *self,
                                                       GFile           *file);
/* A new, empty, never saved document. */
void                accord_session_open_new           (AccordSession   *self);
/* Reads the file again, dropping the changes made here. */
void                accord_session_reload             (AccordSession   *self);

AccordSessionState  accord_session_get_state          (AccordSession   *self);
/* The document, once READY; NULL otherwise. */
AccordDocument     *accord_session_get_document       (AccordSession   *self);
/* NULL for a new document. */
GFile              *accord_session_get_file           (AccordSession   *self);
gboolean            accord_session_get_is_library     (AccordSession   *self);
/* Why the file could not be read, when FAILED. */
const GError       *accord_session_get_error          (AccordSession   *self);
AccordDiskState     accord_session_get_disk_state     (AccordSession   *self);
/* TRUE when READY with changes not written yet (the library's too, until its autosave). */
gboolean            accord_session_get_modified       (AccordSession   *self);
/* TRUE while the library waits to autosave. */
gboolean            accord_session_get_autosave_pending (AccordSession *self);
/* How long the library waits after a change before it saves, so that a burst of typing is
 * one write. */
guint               accord_session_get_autosave_delay (AccordSession   *self);
void                accord_session_set_autosave_delay (AccordSession   *self,
                                                       guint            milliseconds);

/* Saves the document to @file (NULL: where it lives) in another thread; @file becomes the
 * session's file and a library saved elsewhere is no longer the library. Changes made while
 * it writes stay unsaved. "saved" or "save-failed" is emitted too. */
void                accord_session_save_async         (AccordSession       *self,
                                                       GFile               *file,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
gboolean            accord_session_save_finish        (AccordSession       *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);
/* Writes the library now, on this thread, if it has unsaved changes: for closing and
 * quitting. */
gboolean            accord_session_flush              (AccordSession   *self,
                                                       GError         **error);

G_END_DECLS
