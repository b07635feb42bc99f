/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define ACCORD_TYPE_REFRESH_MODEL (accord_refresh_model_get_type ())

/* Passes a list model through unchanged, and can report one of its items as removed and added
 * again at the same place.
 *
 * GtkSortListModel sorts an item when it arrives and never looks at it again, so an item whose
 * sort key changes stays where it was. Put this model before the sort model and refresh the
 * item: the sort model then moves just that item, in linear time, instead of sorting all. */
G_DECLARE_FINAL_TYPE (AccordRefreshModel, accord_refresh_model, ACCORD, REFRESH_MODEL, GObject)

AccordRefreshModel *accord_refresh_model_new       (GListModel         *model);
GListModel         *accord_refresh_model_get_model (AccordRefreshModel *self);
void                accord_refresh_model_set_model (AccordRefreshModel *self,
                                                    GListModel         *model);
/* The item at @position changed in a way that may move it. */
void                accord_refresh_model_refresh   (AccordRefreshModel *self,
                                                    guint               position);

G_END_DECLS
