/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-filter-model"

#include <string.h>

#include "accord-filter-model.h"

struct _AccordFilterModel
{
  GObject     parent_instance;

  GListModel *model;
  GtkFilter  *filter;
  /* The model's items, referenced, in its order. */
  GPtrArray  *items;
  /* When not all are shown: the positions in items of those shown, ascending. */
  GArray     *shown;
  gboolean    all;
  gpointer    pinned; /* compared, never dereferenced */
  AccordFilterModelPrefetchFunc prefetch;
  gpointer                      prefetch_data;
};

static GType
accord_filter_model_get_item_type (GListModel *list)
{
  AccordFilterModel *self = ACCORD_FILTER_MODEL (list);

  return self->model != NULL ? g_list_model_get_item_type (self->model) : G_TYPE_OBJECT;
}

static guint
accord_filter_model_get_n_items (GListModel *list)
{
  AccordFilterModel *self = ACCORD_FILTER_MODEL (list);

  return self->all ? self->items->len : self->shown->len;
}

static gpointer
accord_filter_model_get_item (GListModel *list,
                              guint       position)
{
  AccordFilterModel *self = ACCORD_FILTER_MODEL (list);

  if (position >= accord_filter_model_get_n_items (list))
    return NULL;
  if (!self->all)
    position = g_array_index (self->shown, guint, position);

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
accord_filter_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = accord_filter_model_get_item_type;
  iface->get_n_items = accord_filter_model_get_n_items;
  iface->get_item = accord_filter_model_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (AccordFilterModel, accord_filter_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      accord_filter_model_list_model_init))

/* gtk_filter_match() without its check of the filter's type, which for a filter of a type of
 * its own costs a walk up the type tree, for each of 100,000 items. */
static inline gboolean
matches (AccordFilterModel *self,
         gpointer           item)
{
  return GTK_FILTER_GET_CLASS (self->filter)->match (self->filter, item);
}

static inline guint
shown_at (gboolean all,
          GArray  *shown,
          guint    i)
{
  return all ? i : g_array_index (shown, guint, i);
}

/* Tells the views what differs between the shown items before and now: one change, from the
 * first difference to the last, as GtkFilterListModel does. */
static void
emit_difference (AccordFilterModel *self,
                 gboolean           old_all,
                 GArray            *old_shown,
                 guint              old_n,
                 gboolean           new_all,
                 GArray            *new_shown,
                 guint              new_n)
{
  guint common = MIN (old_n, new_n);
  guint prefix = 0;
  guint suffix = 0;

  while (prefix < common &&
         shown_at (old_all, old_shown, prefix) == shown_at (new_all, new_shown, prefix))
    prefix++;
  while (suffix < common - prefix &&
         shown_at (old_all, old_shown, old_n - 1 - suffix) ==
         shown_at (new_all, new_shown, new_n - 1 - suffix))
    suffix++;

  if (old_n - prefix - suffix > 0 || new_n - prefix - suffix > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix, old_n - prefix - suffix,
                                new_n - prefix - suffix);
}

/* How far ahead to ask for an item's memory: a search is bound by reaching 100,000 objects
 * scattered over the heap (in sorted order, not in the order they were made), not by
 * comparing. */
#define PREFETCH_DISTANCE 16

static inline void
prefetch_item (AccordFilterModel *self,
               guint              i)
{
  if (self->prefetch != NULL && i + PREFETCH_DISTANCE < self->items->len)
    self->prefetch (self->items->pdata[i + PREFETCH_DISTANCE], self->prefetch_data);
}

static void
refilter (AccordFilterModel *self,
          GtkFilterChange    change)
{
  GtkFilterMatch strictness = self->filter != NULL ? gtk_filter_get_strictness (self->filter)
                                                   : GTK_FILTER_MATCH_ALL;
  g_autoptr(GArray) old_shown = g_steal_pointer (&self->shown);
  gboolean old_all = self->all;
  guint old_n = old_all ? self->items->len : old_shown->len;
  GArray *shown;

  self->shown = shown = g_array_new (FALSE, FALSE, sizeof (guint));
  self->all = strictness == GTK_FILTER_MATCH_ALL;

  if (strictness == GTK_FILTER_MATCH_SOME)
    {
      GPtrArray *items = self->items;

      if (!old_all && change == GTK_FILTER_CHANGE_MORE_STRICT)
        {
          /* Only what is shown can go. */
          for (guint j = 0; j < old_shown->len; j++)
            {
              guint i = g_array_index (old_shown, guint, j);

              if (matches (self, items->pdata[i]))
                g_array_append_val (shown, i);
            }
        }
      else if (!old_all && change == GTK_FILTER_CHANGE_LESS_STRICT)
        {
          /* Only what is hidden can come. */
          guint j = 0;

          for (guint i = 0; i < items->len; i++)
            {
              if (j < old_shown->len && g_array_index (old_shown, guint, j) == i)
                {
                  g_array_append_val (shown, i);
                  j++;
                  continue;
                }

              prefetch_item (self, i);
              if (matches (self, items->pdata[i]))
                g_array_append_val (shown, i);
            }
        }
      else
        {
          for (guint i = 0; i < items->len; i++)
            {
              prefetch_item (self, i);
              if (matches (self, items->pdata[i]))
                g_array_append_val (shown, i);
            }
        }
    }

  emit_difference (self, old_all, old_shown, old_n, self->all, shown,
                   self->all ? self->items->len : shown->len);
}

static void
on_filter_changed (GtkFilter         *filter,
                   GtkFilterChange    change,
                   AccordFilterModel *self)
{
  refilter (self, change);
}

/* The first index of shown whose position is at least @position. */
static guint
lower_bound (GArray *shown,
             guint   position)
{
  guint low = 0, high = shown->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (g_array_index (shown, guint, middle) < position)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

static void
on_model_items_changed (GListModel        *model,
                        guint              position,
                        guint              removed,
                        guint              added,
                        AccordFilterModel *self)
{
  GPtrArray *items = self->items;
  gboolean pinned_was_shown = FALSE;
  guint first = 0, n_removed = 0, n_added = 0;
  guint old_len = items->len;

  if (!self->all)
    {
      guint end;

      first = lower_bound (self->shown, position);
      end = lower_bound (self->shown, position + removed);
      n_removed = end - first;
      for (guint j = first; j < end && self->pinned != NULL; j++)
        pinned_was_shown |= items->pdata[g_array_index (self->shown, guint, j)] == self->pinned;
      g_array_remove_range (self->shown, first, n_removed);
      for (guint j = first; j < self->shown->len; j++)
        g_array_index (self->shown, guint, j) = g_array_index (self->shown, guint, j) + added
                                                - removed;
    }

  /* The same items in the same places as the model. */
  if (removed > 0)
    g_ptr_array_remove_range (items, position, removed);
  if (added > 0)
    {
      g_ptr_array_set_size (items, old_len - removed + added);
      memmove (items->pdata + position + added, items->pdata + position,
               (old_len - removed - position) * sizeof (gpointer));
      for (guint i = 0; i < added; i++)
        items->pdata[position + i] = g_list_model_get_item (model, position + i);
    }

  if (self->all)
    {
      g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
      return;
    }

  for (guint i = position; i < position + added; i++)
    {
      gpointer item = items->pdata[i];

      if ((pinned_was_shown && item == self->pinned) || matches (self, item))
        {
          g_array_insert_val (self->shown, first + n_added, i);
          n_added++;
        }
    }

  if (n_removed > 0 || n_added > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), first, n_removed, n_added);
}

static void
accord_filter_model_dispose (GObject *object)
{
  AccordFilterModel *self = ACCORD_FILTER_MODEL (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_data (self->filter, self);
  g_clear_object (&self->model);
  g_clear_object (&self->filter);
  g_ptr_array_set_size (self->items, 0);

  G_OBJECT_CLASS (accord_filter_model_parent_class)->dispose (object);
}

static void
accord_filter_model_finalize (GObject *object)
{
  AccordFilterModel *self = ACCORD_FILTER_MODEL (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->shown, g_array_unref);

  G_OBJECT_CLASS (accord_filter_model_parent_class)->finalize (object);
}

static void
accord_filter_model_class_init (AccordFilterModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = accord_filter_model_dispose;
  object_class->finalize = accord_filter_model_finalize;
}

static void
accord_filter_model_init (AccordFilterModel *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->shown = g_array_new (FALSE, FALSE, sizeof (guint));
  self->all = TRUE;
}

AccordFilterModel *
accord_filter_model_new (GListModel *model,
                         GtkFilter  *filter)
{
  AccordFilterModel *self;

  g_return_val_if_fail (model == NULL || G_IS_LIST_MODEL (model), NULL);
  g_return_val_if_fail (filter == NULL || GTK_IS_FILTER (filter), NULL);

  self = g_object_new (ACCORD_TYPE_FILTER_MODEL, NULL);
  accord_filter_model_set_filter (self, filter);
  accord_filter_model_set_model (self, model);

  return self;
}

GListModel *
accord_filter_model_get_model (AccordFilterModel *self)
{
  g_return_val_if_fail (ACCORD_IS_FILTER_MODEL (self), NULL);

  return self->model;
}

void
accord_filter_model_set_model (AccordFilterModel *self,
                               GListModel        *model)
{
  guint old_n, n_items;

  g_return_if_fail (ACCORD_IS_FILTER_MODEL (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (self->model == model)
    return;

  old_n = accord_filter_model_get_n_items (G_LIST_MODEL (self));
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_set_object (&self->model, model);
  g_ptr_array_set_size (self->items, 0);
  g_array_set_size (self->shown, 0);
  self->all = TRUE;

  if (model != NULL)
    {
      n_items = g_list_model_get_n_items (model);
      g_ptr_array_set_size (self->items, n_items);
      for (guint i = 0; i < n_items; i++)
        self->items->pdata[i] = g_list_model_get_item (model, i);
      g_signal_connect (model, "items-changed", G_CALLBACK (on_model_items_changed), self);
    }

  /* The one change to tell is everything. */
  if (self->filter != NULL && gtk_filter_get_strictness (self->filter) != GTK_FILTER_MATCH_ALL)
    {
      GArray *shown = self->shown;

      self->all = FALSE;
      for (guint i = 0; i < self->items->len; i++)
        {
          prefetch_item (self, i);
          if (matches (self, self->items->pdata[i]))
            g_array_append_val (shown, i);
        }
    }

  n_items = accord_filter_model_get_n_items (G_LIST_MODEL (self));
  if (old_n > 0 || n_items > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, n_items);
}

GtkFilter *
accord_filter_model_get_filter (AccordFilterModel *self)
{
  g_return_val_if_fail (ACCORD_IS_FILTER_MODEL (self), NULL);

  return self->filter;
}

void
accord_filter_model_set_filter (AccordFilterModel *self,
                                GtkFilter         *filter)
{
  g_return_if_fail (ACCORD_IS_FILTER_MODEL (self));
  g_return_if_fail (filter == NULL || GTK_IS_FILTER (filter));

  if (self->filter == filter)
    return;

  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_data (self->filter, self);
  g_set_object (&self->filter, filter);
  if (filter != NULL)
    g_signal_connect (filter, "changed", G_CALLBACK (on_filter_changed), self);

  refilter (self, GTK_FILTER_CHANGE_DIFFERENT);
}

void
accord_filter_model_set_prefetch_func (AccordFilterModel             *self,
                                       AccordFilterModelPrefetchFunc  func,
                                       gpointer                       user_data)
{
  g_return_if_fail (ACCORD_IS_FILTER_MODEL (self));

  self->prefetch = func;
  self->prefetch_data = user_data;
}

void
accord_filter_model_set_pinned (AccordFilterModel *self,
                                gpointer           item)
{
  g_return_if_fail (ACCORD_IS_FILTER_MODEL (self));

  self->pinned = item;
}
