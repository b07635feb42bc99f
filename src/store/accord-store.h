/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "accord-document.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_STORE (accord_store_get_type ())

/* Where a document is kept, as the session sees it: it loads the document away from the main
 * thread, makes the changes made to it durable, and tells of changes made elsewhere (another
 * process on the same database, another program writing the file, later another person on a
 * server).
 *
 * A store that keeps each change (the SQLite library; a server store) follows the document it
 * loaded and persists every command as it happens: nothing is ever "unsaved", there is no
 * autosave, and "committed" tells when a change is durable. A store that keeps whole
 * documents (a JSON file) persists when asked, through save. */
G_DECLARE_INTERFACE (AccordStore, accord_store, ACCORD, STORE, GObject)

struct _AccordStoreInterface
{
  GTypeInterface parent_iface;

  void            (*load_async)  (AccordStore          *self,
                                  GCancellable         *cancellable,
                                  GAsyncReadyCallback   callback,
                                  gpointer              user_data);
  AccordDocument *(*load_finish) (AccordStore          *self,
                                  GAsyncResult         *result,
                                  GError              **error);
  /* Returns once every change made so far is durable (or could not be made so). */
  gboolean        (*flush)       (AccordStore          *self,
                                  GError              **error);
  /* A short name for messages: the file's or the server's. */
  char           *(*describe)    (AccordStore          *self);
};

/* Reads the document; the store keeps it from then on. */
void            accord_store_load_async  (AccordStore          *self,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
AccordDocument *accord_store_load_finish (AccordStore          *self,
                                          GAsyncResult         *result,
                                          GError              **error);
gboolean        accord_store_flush       (AccordStore          *self,
                                          GError              **error);
char           *accord_store_describe    (AccordStore          *self);

/* For implementations: the signals every store has.
 *
 * AccordStore::committed (guint64 change): the document's changes up to @change (counted
 * from 1 by the store, one a command) are durable.
 * AccordStore::persist-failed (GError *error): a change could not be kept; the message says
 * why, as a whole sentence.
 * AccordStore::changed-elsewhere (): what the store holds was changed by someone else. */
void            accord_store_emit_committed         (AccordStore  *self,
                                                     guint64       change);
void            accord_store_emit_persist_failed    (AccordStore  *self,
                                                     const GError *error);
void            accord_store_emit_changed_elsewhere (AccordStore  *self);

G_END_DECLS
