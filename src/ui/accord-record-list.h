/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "accord-document.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_RECORD_LIST (accord_record_list_get_type ())

/* A sortable, filterable, virtualized table of the meetings or the initiatives of a document,
 * with an empty state that says what to do.
 *
 * Properties: "record-type" (construct-only), "document", "filter", "selected" and "n-shown"
 * (read-only), each notified when it changes.
 *
 * Signal "activated" (AccordRecord *record): a row was activated, with Enter or a double
 * click.
 *
 * Cells follow every change at once. A record whose sort key changes moves to its new place
 * when it is on screen or selected (the one being edited); one changed elsewhere (by an undo,
 * say) keeps its place until the next sort. Sorting by "participants" or "meeting" follows
 * changes to the selected record's participants but not the renaming of a meeting.
 *
 * Action "record-list.sort-by" ("(sb)": a column's key and TRUE for descending) sorts from
 * the keyboard or a menu, as clicking a column's header does. Keys: "date", "title", "place",
 * "format", "participants" for meetings; "title", "period", "lead", "status", "area",
 * "meeting" for initiatives. */
G_DECLARE_FINAL_TYPE (AccordRecordList, accord_record_list, ACCORD, RECORD_LIST, GtkWidget)

/* @record_type is ACCORD_TYPE_MEETING or ACCORD_TYPE_INITIATIVE. */
GtkWidget      *accord_record_list_new          (GType             record_type);
GType           accord_record_list_get_record_type (AccordRecordList *self);
AccordDocument *accord_record_list_get_document (AccordRecordList *self);
void            accord_record_list_set_document (AccordRecordList *self,
                                                 AccordDocument   *document);
/* Narrows what is shown; NULL shows everything. Records are matched when they arrive and when
 * the filter says it changed (gtk_filter_changed()), not when they are edited, so the record
 * being edited never vanishes under the cursor. */
GtkFilter      *accord_record_list_get_filter   (AccordRecordList *self);
void            accord_record_list_set_filter   (AccordRecordList *self,
                                                 GtkFilter        *filter);
/* The selected record, or NULL. Setting it scrolls it into view; a record that is not shown
 * (filtered out, or not in the document) selects nothing. */
AccordRecord   *accord_record_list_get_selected (AccordRecordList *self);
void            accord_record_list_set_selected (AccordRecordList *self,
                                                 AccordRecord     *record);
/* How many records pass the filter. */
guint           accord_record_list_get_n_shown  (AccordRecordList *self);
/* The records shown, in the order shown, as a GtkSingleSelection: the view's model, which the
 * view only holds while the list is on screen. */
GListModel     *accord_record_list_get_model    (AccordRecordList *self);
/* The menu a row shows on a secondary click, or on Menu or Shift+F10 for the selected row;
 * its actions are looked up from the list upwards. NULL for none. */
void            accord_record_list_set_context_menu (AccordRecordList *self,
                                                     GMenuModel       *menu);

G_END_DECLS
