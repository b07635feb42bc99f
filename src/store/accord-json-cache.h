/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "accord-document.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_JSON_CACHE (accord_json_cache_get_type ())

/* The JSON text of each record of a document, kept as the document changes, so that saving
 * reads only what changed on the main thread and puts the text together in another.
 *
 * A record's text is dropped when the document says the record changed ("record-changed").
 * A command after which the document named no record and no list (a change to an item whose
 * record it did not know) drops them all: a slow save, never a stale one. */
G_DECLARE_FINAL_TYPE (AccordJsonCache, accord_json_cache, ACCORD, JSON_CACHE, GObject)

typedef struct _AccordJsonSnapshot AccordJsonSnapshot;

/* Fills the texts of every record now: call it in the thread that loaded @document, before
 * any other thread sees it. */
AccordJsonCache    *accord_json_cache_new          (AccordDocument     *document,
                                                    gboolean            fill);
/* The records that have a text, of those in the document. */
guint               accord_json_cache_get_n_cached (AccordJsonCache    *self);
/* The document as it is now: writes the texts of the records that changed and points to
 * every other, which stay as they are until the snapshot is freed. Main thread. */
AccordJsonSnapshot *accord_json_cache_snapshot     (AccordJsonCache    *self);

/* accord_json_save_data()'s text of the snapshot. Any thread. */
char               *accord_json_snapshot_join      (AccordJsonSnapshot *snapshot,
                                                    gsize              *length);
/* Main thread, once no other thread reads the snapshot. */
void                accord_json_snapshot_free      (AccordJsonSnapshot *snapshot);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AccordJsonSnapshot, accord_json_snapshot_free)

G_END_DECLS
