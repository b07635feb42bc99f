/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define ACCORD_TYPE_RECORD (accord_record_get_type ())

/* What meetings and initiatives share: an id, a title, notes and the sources the facts come
 * from. Derivable (unlike the rest of the model) so that the document, lookups and undo handle
 * both kinds of record through one type. */
G_DECLARE_DERIVABLE_TYPE (AccordRecord, accord_record, ACCORD, RECORD, GObject)

struct _AccordRecordClass
{
  GObjectClass parent_class;

  /* The list of items a kind of record has besides its sources (participants, attributes),
   * or NULL while it has not been made. */
  GListModel *(*peek_items) (AccordRecord *self);
};

const char *accord_record_get_id      (AccordRecord *self);
void        accord_record_set_id      (AccordRecord *self,
                                       const char   *id);
const char *accord_record_get_title   (AccordRecord *self);
void        accord_record_set_title   (AccordRecord *self,
                                       const char   *title);
const char *accord_record_get_notes   (AccordRecord *self);
void        accord_record_set_notes   (AccordRecord *self,
                                       const char   *notes);
/* A GListStore of AccordSource, owned by the record. Change it through the document. */
GListModel *accord_record_get_sources (AccordRecord *self);

/* A fresh random id with @prefix ("m-", "i-"). */
char       *accord_record_new_id      (const char   *prefix);

G_END_DECLS
