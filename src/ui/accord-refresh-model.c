/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-refresh-model"

#include "accord-refresh-model.h"

struct _AccordRefreshModel
{
  GObject parent_instance;

  GListModel *model;
};

static GType
accord_refresh_model_get_item_type (GListModel *list)
{
  AccordRefreshModel *self = ACCORD_REFRESH_MODEL (list);

  return self->model != NULL ? g_list_model_get_item_type (self->model) : G_TYPE_OBJECT;
}

static guint
accord_refresh_model_get_n_items (GListModel *list)
{
  AccordRefreshModel *self = ACCORD_REFRESH_MODEL (list);

  return self->model != NULL ? g_list_model_get_n_items (self->model) : 0;
}

static gpointer
accord_refresh_model_get_item (GListModel *list,
                               guint       position)
{
  AccordRefreshModel *self = ACCORD_REFRESH_MODEL (list);

  return self->model != NULL ? g_list_model_get_item (self->model, position) : NULL;
}

static void
accord_refresh_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = accord_refresh_model_get_item_type;
  iface->get_n_items = accord_refresh_model_get_n_items;
  iface->get_item = accord_refresh_model_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (AccordRefreshModel, accord_refresh_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      accord_refresh_model_list_model_init))

static void
accord_refresh_model_dispose (GObject *object)
{
  AccordRefreshModel *self = ACCORD_REFRESH_MODEL (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (accord_refresh_model_parent_class)->dispose (object);
}

static void
accord_refresh_model_class_init (AccordRefreshModelClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = accord_refresh_model_dispose;
}

static void
accord_refresh_model_init (AccordRefreshModel *self)
{
}

static void
on_model_items_changed (GListModel         *model,
                        guint               position,
                        guint               removed,
                        guint               added,
                        AccordRefreshModel *self)
{
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}

AccordRefreshModel *
accord_refresh_model_new (GListModel *model)
{
  AccordRefreshModel *self;

  g_return_val_if_fail (model == NULL || G_IS_LIST_MODEL (model), NULL);

  self = g_object_new (ACCORD_TYPE_REFRESH_MODEL, NULL);
  accord_refresh_model_set_model (self, model);

  return self;
}

GListModel *
accord_refresh_model_get_model (AccordRefreshModel *self)
{
  g_return_val_if_fail (ACCORD_IS_REFRESH_MODEL (self), NULL);

  return self->model;
}

void
accord_refresh_model_set_model (AccordRefreshModel *self,
                                GListModel         *model)
{
  guint old_n;

  g_return_if_fail (ACCORD_IS_REFRESH_MODEL (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (self->model == model)
    return;

  old_n = accord_refresh_model_get_n_items (G_LIST_MODEL (self));
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_set_object (&self->model, model);
  if (model != NULL)
    g_signal_connect (model, "items-changed", G_CALLBACK (on_model_items_changed), self);

  g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n,
                              accord_refresh_model_get_n_items (G_LIST_MODEL (self)));
}

void
accord_refresh_model_refresh (AccordRefreshModel *self,
                              guint               position)
{
  g_return_if_fail (ACCORD_IS_REFRESH_MODEL (self));
  g_return_if_fail (position < accord_refresh_model_get_n_items (G_LIST_MODEL (self)));

  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 1);
}
