/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "accord-record-editor.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_PANE_HANDLE (accord_pane_handle_get_type ())

/* The line between a list and its detail pane, which resizes the pane: drag it, or focus it
 * and press Left or Right (Home and End for the widest and narrowest). The pane's width is
 * its "width" property: keep that in GSettings and every pane follows. */
G_DECLARE_FINAL_TYPE (AccordPaneHandle, accord_pane_handle, ACCORD, PANE_HANDLE, GtkWidget)

GtkWidget          *accord_pane_handle_new      (void);
AccordRecordEditor *accord_pane_handle_get_pane (AccordPaneHandle   *self);
void                accord_pane_handle_set_pane (AccordPaneHandle   *self,
                                                 AccordRecordEditor *pane);

/* How far one key press moves the handle, in pixels. */
#define ACCORD_PANE_HANDLE_STEP 24

G_END_DECLS
