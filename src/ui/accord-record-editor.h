/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "accord-document.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_RECORD_EDITOR (accord_record_editor_get_type ())

/* The detail pane: every field of one meeting or initiative, edited in place through the
 * document's commands, so every edit can be undone.
 *
 * Signals:
 *   open-record (AccordRecord *record): the person asked to see another record, an initiative
 *   the meeting launched or the meeting that launched the initiative. The editor does not
 *   switch by itself: the window selects @record and sets it. */
G_DECLARE_FINAL_TYPE (AccordRecordEditor, accord_record_editor, ACCORD, RECORD_EDITOR, GtkWidget)

GtkWidget      *accord_record_editor_new          (void);
AccordDocument *accord_record_editor_get_document (AccordRecordEditor *self);
void            accord_record_editor_set_document (AccordRecordEditor *self,
                                                   AccordDocument     *document);
/* A meeting or an initiative of the document, or NULL for the empty state. It becomes NULL
 * by itself when the record leaves the document (deleted, its addition undone, a load). */
AccordRecord   *accord_record_editor_get_record   (AccordRecordEditor *self);
void            accord_record_editor_set_record   (AccordRecordEditor *self,
                                                   AccordRecord       *record);

/* Where the keyboard goes into the pane. The heading takes the focus without taking typing:
 * for someone who opened a record, or was working in the pane when another one was chosen. The
 * title takes it with its text selected, to be typed over: for a record just made. Each returns
 * whether it took the focus (FALSE while the pane is empty). */
gboolean        accord_record_editor_focus_heading (AccordRecordEditor *self);
gboolean        accord_record_editor_focus_title   (AccordRecordEditor *self);

/* The width it takes beside a list when there is room (its natural width); -1 for its
 * content's. */
int             accord_record_editor_get_width    (AccordRecordEditor *self);
void            accord_record_editor_set_width    (AccordRecordEditor *self,
                                                   int                 width);

G_END_DECLS
