/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include <adwaita.h>

#include "accord-json.h"
#include "accord-people-page.h"
#include "accord-resources.h"

static AccordDocument *
load_dataset (void)
{
  g_autoptr(GBytes) dataset = NULL;
  g_autoptr(GError) error = NULL;
  AccordDocument *document = accord_document_new ();

  dataset = g_resources_lookup_data ("/io/github/accordapp/Accord/asean-2024.json", 0, &error);
  g_assert_no_error (error);
  g_assert_true (accord_json_load_data (document, g_bytes_get_data (dataset, NULL),
                                        g_bytes_get_size (dataset), &error));
  g_assert_no_error (error);

  return document;
}

static void
wait_built (AccordPeoplePage *page)
{
  AccordDirectory *directory = accord_people_page_get_directory (page);

  while (accord_directory_get_building (directory))
    g_main_context_iteration (NULL, TRUE);
}

static GtkWidget *
find_descendant (GtkWidget  *widget,
                 GType       type,
                 const char *label)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      (label == NULL || (GTK_IS_BUTTON (widget) &&
                         GTK_IS_LABEL (gtk_button_get_child (GTK_BUTTON (widget))) &&
                         g_str_equal (gtk_label_get_text (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (widget)))), label))))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static const char *
visible_state (AccordPeoplePage *page)
{
  /* The page's own stack, not one of a menu's. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (page)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_STACK (child))
        return gtk_stack_get_visible_child_name (GTK_STACK (child));
    }

  g_assert_not_reached ();
}

static void
search (AccordPeoplePage *page,
        const char       *text)
{
  GtkWidget *entry = find_descendant (GTK_WIDGET (page), GTK_TYPE_SEARCH_ENTRY, NULL);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  /* The entry tells after its delay: the event, not the time, is waited for. */
  g_signal_emit_by_name (entry, "search-changed");
}

/* The first person the list shows. */
static void
assert_first (AccordPeoplePage *page,
              const char       *name)
{
  GtkListView *list = GTK_LIST_VIEW (find_descendant (GTK_WIDGET (page), GTK_TYPE_LIST_VIEW,
                                                      NULL));
  g_autoptr(AccordPerson) first = g_list_model_get_item (G_LIST_MODEL (gtk_list_view_get_model (list)),
                                                         0);

  g_assert_cmpstr (accord_person_get_name (first), ==, name);
}

static void
on_open_meeting (AccordPeoplePage *page,
                 AccordMeeting    *meeting,
                 AccordMeeting   **opened)
{
  g_set_object (opened, meeting);
}

static void
test_page (void)
{
  g_autoptr(AccordDocument) document = load_dataset ();
  g_autoptr(AccordDocument) empty = accord_document_new ();
  g_autoptr(AccordMeeting) opened = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = accord_people_page_new ();
  AccordPeoplePage *self = ACCORD_PEOPLE_PAGE (page);
  GtkWidget *button = NULL;
  const char *title = "ASEAN Foreign Ministers' Retreat (AMM Retreat) 2024, 2024";

  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  g_signal_connect (page, "open-meeting", G_CALLBACK (on_open_meeting), &opened);

  /* Nobody yet: the empty state. */
  g_assert_cmpstr (visible_state (self), ==, "empty");
  accord_people_page_set_document (self, empty);
  wait_built (self);
  g_assert_cmpstr (visible_state (self), ==, "empty");

  accord_people_page_set_document (self, document);
  wait_built (self);
  g_assert_cmpuint (accord_people_page_get_n_shown (self), ==, 4);
  g_assert_cmpstr (visible_state (self), ==, "list");

  /* Names however written, countries by any name, titles. */
  search (self, "bui thanh son");
  g_assert_cmpuint (accord_people_page_get_n_shown (self), ==, 1);
  search (self, "lao pdr");
  g_assert_cmpuint (accord_people_page_get_n_shown (self), ==, 2);
  search (self, "ambassador 2024");
  g_assert_cmpuint (accord_people_page_get_n_shown (self), ==, 1);
  search (self, "Sơn Bùi");
  g_assert_cmpuint (accord_people_page_get_n_shown (self), ==, 1);
  search (self, "nobody of that name");
  g_assert_cmpuint (accord_people_page_get_n_shown (self), ==, 0);
  g_assert_cmpstr (visible_state (self), ==, "no-results");
  search (self, "");
  g_assert_cmpuint (accord_people_page_get_n_shown (self), ==, 4);

  /* A meeting's button opens it. */
  gtk_window_present (GTK_WINDOW (window));

  while ((button = find_descendant (page, GTK_TYPE_BUTTON, title)) == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (button)) ==
                 GTK_ACCESSIBLE_ROLE_BUTTON);
  g_signal_emit_by_name (button, "clicked");
  g_assert_nonnull (opened);
  g_assert_cmpstr (accord_record_get_id (ACCORD_RECORD (opened)), ==, "m-amm-retreat-2024");

  /* Sorted through the page's action, as its menu does. */
  assert_first (self, "Bùi Thanh Sơn");
  g_assert_true (gtk_widget_activate_action (page, "people.sort-by", "s", "country"));
  assert_first (self, "Saleumxay Kommasith");
  g_assert_true (gtk_widget_activate_action (page, "people.sort-by", "s", "latest"));
  assert_first (self, "Bùi Thanh Sơn");
  g_assert_true (gtk_widget_activate_action (page, "people.sort-by", "s", "meetings"));
  assert_first (self, "Bùi Thanh Sơn");
  {
    g_autofree char *sort_by = NULL;

    g_object_get (page, "sort-by", &sort_by, NULL);
    g_assert_cmpstr (sort_by, ==, "meetings");
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  accord_register_resource ();

  g_test_add_func ("/ui/people-page/page", test_page);

  return g_test_run ();
}
