/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Once what was typed is applied, it is a step of the document's undo stack. The entry's own
 * history must go, or Ctrl+Z would undo the typing inside the entry (and then apply that
 * half-undone text as a new edit) instead of reaching the window's undo. */
static inline void
accord_editable_forget_history (GtkEditable *editable)
{
  gtk_editable_set_enable_undo (editable, FALSE);
  gtk_editable_set_enable_undo (editable, TRUE);
}

G_END_DECLS
