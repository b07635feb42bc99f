/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "accord-document.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_STRING_LIST_EDITOR (accord_string_list_editor_get_type ())

/* A group for one string-vector property of a record (topics, outcomes, partners): a row per
 * string, each editable in place and with buttons to move it up or down or remove it, and a
 * button to add one. Every change sets the whole vector through the document, one undo step. */
G_DECLARE_FINAL_TYPE (AccordStringListEditor, accord_string_list_editor, ACCORD,
                      STRING_LIST_EDITOR, AdwPreferencesGroup)

AccordDocument *accord_string_list_editor_get_document      (AccordStringListEditor *self);
void            accord_string_list_editor_set_document      (AccordStringListEditor *self,
                                                             AccordDocument         *document);
GObject        *accord_string_list_editor_get_object        (AccordStringListEditor *self);
void            accord_string_list_editor_set_object        (AccordStringListEditor *self,
                                                             GObject                *object);
const char     *accord_string_list_editor_get_property_name (AccordStringListEditor *self);
void            accord_string_list_editor_set_property_name (AccordStringListEditor *self,
                                                             const char             *property_name);
/* The label of the add button, with a mnemonic: "_Add Topic". */
const char     *accord_string_list_editor_get_add_label     (AccordStringListEditor *self);
void            accord_string_list_editor_set_add_label     (AccordStringListEditor *self,
                                                             const char             *add_label);
/* The title of each row: "Topic". */
const char     *accord_string_list_editor_get_item_title    (AccordStringListEditor *self);
void            accord_string_list_editor_set_item_title    (AccordStringListEditor *self,
                                                             const char             *item_title);
/* The rows, in order: one per string, then the one being added if any. Each row is an
 * AdwEntryRow with the actions item.move-up, item.move-down and item.remove. */
guint           accord_string_list_editor_get_n_rows        (AccordStringListEditor *self);
GtkWidget      *accord_string_list_editor_get_row           (AccordStringListEditor *self,
                                                             guint                   position);

G_END_DECLS
