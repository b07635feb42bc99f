/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define ACCORD_TYPE_FILTER_MODEL (accord_filter_model_get_type ())

/* The items of a list model that a GtkFilter keeps, in their order: a GtkFilterListModel made
 * for typing into a search over 100,000 records.
 *
 * It keeps the model's items in an array of its own, so a change of filter runs through
 * memory that is in order instead of asking the model for each item, and it only tests what
 * the change can affect (the shown items when the filter got stricter, the hidden ones when
 * it got less strict). It filters at once, never bit by bit: a list that fills in would flash
 * its "no results" page.
 *
 * One item can be pinned: the one a person is editing. When the model reports it changed it
 * stays shown even if the filter no longer keeps it, so that it does not vanish from under
 * the person's hands; the next change of filter decides for it as for any other. */
G_DECLARE_FINAL_TYPE (AccordFilterModel, accord_filter_model, ACCORD, FILTER_MODEL, GObject)

AccordFilterModel *accord_filter_model_new        (GListModel        *model,
                                                   GtkFilter         *filter);
GListModel        *accord_filter_model_get_model  (AccordFilterModel *self);
void               accord_filter_model_set_model  (AccordFilterModel *self,
                                                   GListModel        *model);
GtkFilter         *accord_filter_model_get_filter (AccordFilterModel *self);
void               accord_filter_model_set_filter (AccordFilterModel *self,
                                                   GtkFilter         *filter);
void               accord_filter_model_set_pinned (AccordFilterModel *self,
                                                   gpointer           item);

/* Asks for the memory the filter will read of @item (without reading it). */
typedef void (*AccordFilterModelPrefetchFunc) (gpointer item,
                                               gpointer user_data);

void               accord_filter_model_set_prefetch_func (AccordFilterModel             *self,
                                                          AccordFilterModelPrefetchFunc  func,
                                                          gpointer                       user_data);

G_END_DECLS
