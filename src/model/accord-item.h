/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define ACCORD_TYPE_ITEM (accord_item_get_type ())

/* What the items of a record's lists (participants, sources, attributes) share: an id, unique
 * among the items of its record and kept from one save to the next, by which commands, a
 * store and a people directory name the item. Records are named by their own ids; an item is
 * named by its record's id and its own. */
G_DECLARE_DERIVABLE_TYPE (AccordItem, accord_item, ACCORD, ITEM, GObject)

struct _AccordItemClass
{
  GObjectClass parent_class;

  /* What new ids of this kind of item start with: "p-", "s-", "a-". */
  const char *id_prefix;
  /* The record's list such items are in, as changes name it: "participants". */
  const char *list_name;
};

/* "" until the item is given one: the document gives an item without an id, or with the id
 * of another item of its record, a fresh one when the item joins the record. */
const char *accord_item_get_id  (AccordItem *self);
void        accord_item_set_id  (AccordItem *self,
                                 const char *id);
/* A fresh random id for an item like @self ("p-3fa94c1e"). */
char       *accord_item_new_id  (AccordItem *self);

G_END_DECLS
