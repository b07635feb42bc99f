/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "accord-record-editor.h"

G_BEGIN_DECLS

/* For tests: a widget of the template by its id in accord-record-editor.ui, such as "stack",
 * "meeting_title_row", "meeting_when_editor", "meeting_participants_editor",
 * "initiative_status_row", "initiative_meeting_row", "open_meeting_row" or "launched_group". */
GtkWidget *accord_record_editor_get_part         (AccordRecordEditor *self,
                                                  const char         *id);
/* The rows of the meeting's launched initiatives, in document order. */
guint      accord_record_editor_get_n_launched   (AccordRecordEditor *self);
GtkWidget *accord_record_editor_get_launched_row (AccordRecordEditor *self,
                                                  guint               position);

G_END_DECLS
