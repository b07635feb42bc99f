/* SPDX-License-Identifier: GPL-3.0-or-later */

/* AccordFilterModel against GtkFilterListModel: the same store, the same filter, random
 * changes to both; the items must agree after every step, and the items-changed signals must
 * carry a copy of the model from each state to the next. */

#include "config.h"

#include <gtk/gtk.h>

#include "accord-filter-model.h"

/* What a view knows: a copy kept only from items-changed. */
typedef struct
{
  GListModel *model;
  GPtrArray  *items;
  guint       n_signals;
} Replica;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Replica    *replica)
{
  g_assert_cmpuint (position + removed, <=, replica->items->len);
  g_ptr_array_remove_range (replica->items, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (replica->items, position + i, g_list_model_get_item (model, position + i));
  replica->n_signals++;
}

static void
replica_init (Replica    *replica,
              GListModel *model)
{
  replica->model = model;
  replica->items = g_ptr_array_new_with_free_func (g_object_unref);
  replica->n_signals = 0;
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (replica->items, g_list_model_get_item (model, i));
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), replica);
}

static void
replica_clear (Replica *replica)
{
  g_signal_handlers_disconnect_by_data (replica->model, replica);
  g_ptr_array_unref (replica->items);
}

/* The filter keeps the items whose number has every bit of the mask; with none, it says it
 * keeps everything without being asked, as the search filter does with no query. */
static guint mask;

#define TEST_TYPE_FILTER (test_filter_get_type ())
G_DECLARE_FINAL_TYPE (TestFilter, test_filter, TEST, FILTER, GtkFilter)

struct _TestFilter
{
  GtkFilter parent_instance;
};

G_DEFINE_FINAL_TYPE (TestFilter, test_filter, GTK_TYPE_FILTER)

static gboolean
test_filter_match (GtkFilter *filter,
                   gpointer   item)
{
  guint number = GPOINTER_TO_UINT (g_object_get_data (item, "number"));

  return (number & mask) == mask;
}

static GtkFilterMatch
test_filter_get_strictness (GtkFilter *filter)
{
  return mask == 0 ? GTK_FILTER_MATCH_ALL : GTK_FILTER_MATCH_SOME;
}

static void
test_filter_class_init (TestFilterClass *klass)
{
  GTK_FILTER_CLASS (klass)->match = test_filter_match;
  GTK_FILTER_CLASS (klass)->get_strictness = test_filter_get_strictness;
}

static void
test_filter_init (TestFilter *self)
{
}

static GObject *
new_item (guint number)
{
  GObject *item = g_object_new (G_TYPE_OBJECT, NULL);

  g_object_set_data (item, "number", GUINT_TO_POINTER (number));
  return item;
}

static void
assert_agree (GListModel *expected,
              GListModel *model,
              Replica    *replica)
{
  guint n = g_list_model_get_n_items (expected);

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);
  g_assert_cmpuint (replica->items->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) a = g_list_model_get_item (expected, i);
      g_autoptr(GObject) b = g_list_model_get_item (model, i);

      g_assert_true (a == b);
      g_assert_true (replica->items->pdata[i] == a);
    }
  g_assert_null (g_list_model_get_item (model, n));
}

static void
test_random (void)
{
  g_autoptr(GListStore) store = g_list_store_new (G_TYPE_OBJECT);
  g_autoptr(GtkFilter) filter = g_object_new (TEST_TYPE_FILTER, NULL);
  g_autoptr(GtkFilterListModel) expected = NULL;
  g_autoptr(AccordFilterModel) model = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261123);
  Replica replica;
  guint next_number = 0;
  guint all_steps = 0;

  for (guint i = 0; i < 200; i++)
    {
      g_autoptr(GObject) item = new_item (next_number++);

      g_list_store_append (store, item);
    }

  expected = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (store)),
                                        g_object_ref (filter));
  model = accord_filter_model_new (G_LIST_MODEL (store), filter);
  g_assert_true (accord_filter_model_get_model (model) == G_LIST_MODEL (store));
  g_assert_true (accord_filter_model_get_filter (model) == filter);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (model)) == G_TYPE_OBJECT);
  replica_init (&replica, G_LIST_MODEL (model));
  assert_agree (G_LIST_MODEL (expected), G_LIST_MODEL (model), &replica);

  for (guint step = 0; step < 2000; step++)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

      switch (g_rand_int_range (rand, 0, 6))
        {
        case 0: /* stricter */
          mask |= 1u << g_rand_int_range (rand, 0, 4);
          gtk_filter_changed (filter, GTK_FILTER_CHANGE_MORE_STRICT);
          break;

        case 1: /* less strict */
          mask &= ~(1u << g_rand_int_range (rand, 0, 4));
          gtk_filter_changed (filter, GTK_FILTER_CHANGE_LESS_STRICT);
          break;

        case 2: /* different */
          mask = g_rand_int_range (rand, 0, 16);
          gtk_filter_changed (filter, GTK_FILTER_CHANGE_DIFFERENT);
          break;

        default: /* a splice, as a document and a sort model make them */
          {
            guint position = n > 0 ? g_rand_int_range (rand, 0, n + 1) : 0;
            guint removed = g_rand_int_range (rand, 0, MIN (n - position, 5) + 1);
            guint added = g_rand_int_range (rand, 0, 5);
            g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

            /* Sometimes the same items again, as a refresh does. */
            for (guint i = 0; i < added; i++)
              {
                if (i < removed && g_rand_boolean (rand))
                  g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (store),
                                                                 position + i));
                else
                  g_ptr_array_add (items, new_item (next_number++));
              }
            g_list_store_splice (store, position, removed, items->pdata, items->len);
          }
          break;
        }

      assert_agree (G_LIST_MODEL (expected), G_LIST_MODEL (model), &replica);
      all_steps += mask == 0;
    }

  /* Both ways of keeping everything were met. */
  g_assert_cmpuint (all_steps, >, 100);
  g_assert_cmpuint (all_steps, <, 1900);

  /* Nothing signalled that changed nothing, and the steps were seen. */
  g_assert_cmpuint (replica.n_signals, >, 500);

  /* A new model and no filter. */
  accord_filter_model_set_filter (model, NULL);
  gtk_filter_list_model_set_filter (expected, NULL);
  assert_agree (G_LIST_MODEL (expected), G_LIST_MODEL (model), &replica);
  accord_filter_model_set_filter (model, filter);
  gtk_filter_list_model_set_filter (expected, filter);
  assert_agree (G_LIST_MODEL (expected), G_LIST_MODEL (model), &replica);
  {
    g_autoptr(GListStore) other = g_list_store_new (G_TYPE_OBJECT);
    g_autoptr(GObject) item = new_item (G_MAXUINT);

    g_list_store_append (other, item);
    accord_filter_model_set_model (model, G_LIST_MODEL (other));
    gtk_filter_list_model_set_model (expected, G_LIST_MODEL (other));
    assert_agree (G_LIST_MODEL (expected), G_LIST_MODEL (model), &replica);
    accord_filter_model_set_model (model, NULL);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
    g_assert_cmpuint (replica.items->len, ==, 0);
  }

  replica_clear (&replica);
}

/* The pinned item stays when the model reports it changed and the filter no longer keeps it,
 * until the filter changes. */
static void
test_pinned (void)
{
  g_autoptr(GListStore) store = g_list_store_new (G_TYPE_OBJECT);
  g_autoptr(GtkFilter) filter = g_object_new (TEST_TYPE_FILTER, NULL);
  g_autoptr(AccordFilterModel) model = NULL;
  g_autoptr(GObject) kept = new_item (3);
  g_autoptr(GObject) other = new_item (3);
  g_autoptr(GObject) item = NULL;

  mask = 1;
  g_list_store_append (store, kept);
  g_list_store_append (store, other);
  model = accord_filter_model_new (G_LIST_MODEL (store), filter);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 2);

  accord_filter_model_set_pinned (model, kept);
  g_object_set_data (kept, "number", GUINT_TO_POINTER (2));
  g_object_set_data (other, "number", GUINT_TO_POINTER (2));
  /* Both "changed", as a refresh says it. */
  g_list_store_splice (store, 0, 2, (gpointer[]) { kept, other }, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1);
  item = g_list_model_get_item (G_LIST_MODEL (model), 0);
  g_assert_true (item == kept);

  gtk_filter_changed (filter, GTK_FILTER_CHANGE_DIFFERENT);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
  /* Hidden, it does not come back by being pinned. */
  g_list_store_splice (store, 0, 1, (gpointer[]) { kept }, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
  accord_filter_model_set_pinned (model, NULL);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/filter-model/random", test_random);
  g_test_add_func ("/ui/filter-model/pinned", test_pinned);

  return g_test_run ();
}
