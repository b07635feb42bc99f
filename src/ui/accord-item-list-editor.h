/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "accord-document.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_ITEM_LIST_EDITOR (accord_item_list_editor_get_type ())

/* A group for one list of a record: its participants, sources or attributes. Each item is an
 * expandable row with its fields, and buttons to move it up or down or remove it (and, for a
 * source, to open its web address); a button adds one. Every change goes through the
 * document, one undo step each. */
G_DECLARE_FINAL_TYPE (AccordItemListEditor, accord_item_list_editor, ACCORD, ITEM_LIST_EDITOR,
                      AdwPreferencesGroup)

AccordDocument *accord_item_list_editor_get_document      (AccordItemListEditor *self);
void            accord_item_list_editor_set_document      (AccordItemListEditor *self,
                                                           AccordDocument       *document);
/* The record, and the name of its list property ("participants", "sources", "attributes"). */
GObject        *accord_item_list_editor_get_object        (AccordItemListEditor *self);
void            accord_item_list_editor_set_object        (AccordItemListEditor *self,
                                                           GObject              *object);
const char     *accord_item_list_editor_get_property_name (AccordItemListEditor *self);
void            accord_item_list_editor_set_property_name (AccordItemListEditor *self,
                                                           const char           *property_name);
/* The label of the add button, with a mnemonic: "_Add Participant". */
const char     *accord_item_list_editor_get_add_label     (AccordItemListEditor *self);
void            accord_item_list_editor_set_add_label     (AccordItemListEditor *self,
                                                           const char           *add_label);
/* One row per item, in order: an AdwExpanderRow with the actions item.move-up,
 * item.move-down, item.remove and, for sources, item.open. */
guint           accord_item_list_editor_get_n_rows        (AccordItemListEditor *self);
GtkWidget      *accord_item_list_editor_get_row           (AccordItemListEditor *self,
                                                           guint                 position);

/* Whether Accord opens @uri: only http and https addresses, never javascript:, file: or
 * anything else a document might hold. */
gboolean        accord_uri_is_openable                    (const char           *uri);

G_END_DECLS
