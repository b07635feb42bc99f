/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "accord-application.h"
#include "accord-resources.h"
#include "accord-json.h"
#include "accord-window.h"

static char *data_home;

static void
drain_main_loop (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
collect_labels (GtkWidget *widget,
                GPtrArray *labels)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    g_ptr_array_add (labels, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, labels);
}

static GtkLabel *
find_label (GtkWidget  *root,
            const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect_labels (root, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      if (g_strcmp0 (gtk_label_get_text (labels->pdata[i]), text) == 0)
        return labels->pdata[i];
    }

  return NULL;
}

static const char *
visible_page (AccordWindow *window)
{
  GtkWidget *stack = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                               ACCORD_TYPE_WINDOW, "stack"));

  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

static GListModel *
view_model (AccordWindow *window)
{
  GObject *view = gtk_widget_get_template_child (GTK_WIDGET (window), ACCORD_TYPE_WINDOW,
                                                 "meetings_view");

  return G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (view)));
}

static void
test_library_first_run (void)
{
  g_autoptr(GFile) library = accord_application_get_library_file ();
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(AccordDocument) again = accord_document_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (library);
  g_autofree char *copy = NULL;
  g_autoptr(GBytes) builtin = NULL;
  g_autoptr(AccordRecord) edited = NULL;
  g_autoptr(AccordRecord) reloaded = NULL;
  g_autofree char *backup = NULL;

  g_assert_true (g_str_has_prefix (path, data_home));
  g_assert_false (g_file_query_exists (library, NULL));

  g_assert_true (accord_application_load_library (document, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (accord_document_get_meetings (document)), ==, 5);

  /* The library is a copy of the built-in dataset that the user then owns. */
  builtin = g_resources_lookup_data ("/io/github/accordapp/Accord/asean-2024.json", 0, &error);
  g_assert_no_error (error);
  g_file_get_contents (path, &copy, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (copy, ==, g_bytes_get_data (builtin, NULL));

  /* Later runs read the copy, edits and all. */
  edited = g_list_model_get_item (accord_document_get_meetings (document), 0);
  accord_document_set_string (document, G_OBJECT (edited), "title", "Edited by the user");
  g_assert_true (accord_json_save_file (document, library, NULL, &error));
  g_assert_true (accord_application_load_library (again, &error));
  g_assert_no_error (error);
  reloaded = g_list_model_get_item (accord_document_get_meetings (again), 0);
  g_assert_cmpstr (accord_record_get_title (reloaded), ==, "Edited by the user");

  backup = g_strconcat (path, "~", NULL);
  g_unlink (path);
  g_unlink (backup);
}

static void
test_library_broken_untouched (void)
{
  g_autoptr(GFile) library = accord_application_get_library_file ();
  g_autoptr(GFile) folder = g_file_get_parent (library);
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (library);
  g_autofree char *contents = NULL;
  const char *broken = "{\"format\": \"accord\", \"version\": 1,\n \"meetings\": [";

  g_file_make_directory_with_parents (folder, NULL, NULL);
  g_file_set_contents (path, broken, -1, &error);
  g_assert_no_error (error);

  g_assert_false (accord_application_load_library (document, &error));
  g_assert_error (error, ACCORD_JSON_ERROR, ACCORD_JSON_ERROR_SYNTAX);
  g_file_get_contents (path, &contents, NULL, NULL);
  g_assert_cmpstr (contents, ==, broken);

  g_unlink (path);
}

static void
test_window_lists_meetings (void)
{
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(GBytes) dataset = NULL;
  g_autoptr(GError) error = NULL;
  AccordWindow *window;
  GListModel *model;
  g_autoptr(AccordMeeting) first = NULL;

  dataset = g_resources_lookup_data ("/io/github/accordapp/Accord/asean-2024.json", 0, &error);
  g_assert_no_error (error);
  g_assert_true (accord_json_load_data (document, g_bytes_get_data (dataset, NULL),
                                        g_bytes_get_size (dataset), &error));

  window = g_object_new (ACCORD_TYPE_WINDOW, NULL);
  g_assert_cmpstr (visible_page (window), ==, "loading");
  accord_window_set_document (window, document);
  g_assert_true (accord_window_get_document (window) == document);
  g_assert_cmpstr (visible_page (window), ==, "meetings");
  gtk_window_present (GTK_WINDOW (window));
  drain_main_loop ();

  model = view_model (window);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 5);

  /* Chronological: the earliest meeting with a date comes first, undated ones last. */
  first = g_list_model_get_item (model, 0);
  g_assert_true (accord_period_is_known (accord_meeting_get_when (first)));
  for (guint i = 1; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AccordMeeting) previous = g_list_model_get_item (model, i - 1);
      g_autoptr(AccordMeeting) meeting = g_list_model_get_item (model, i);

      g_assert_cmpint (accord_period_compare (accord_meeting_get_when (previous),
                                              accord_meeting_get_when (meeting)), <=, 0);
    }

  /* The retreat's place is on screen, as written. */
  g_assert_nonnull (find_label (GTK_WIDGET (window), "Luang Prabang, Laos"));

  gtk_window_destroy (GTK_WINDOW (window));
  drain_main_loop ();
}

static void
test_window_text_is_not_markup (void)
{
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
  AccordMeeting *meeting = accord_meeting_new ("m-markup");
  AccordWindow *window;
  GtkLabel *label;

  accord_record_set_title (ACCORD_RECORD (meeting), "<b>x</b> & y");
  accord_meeting_set_location (meeting, "<span color='red'>Vientiane</span>");
  g_ptr_array_add (meetings, meeting);
  accord_document_load (document, meetings, NULL);

  window = g_object_new (ACCORD_TYPE_WINDOW, NULL);
  accord_window_set_document (window, document);
  gtk_window_present (GTK_WINDOW (window));
  drain_main_loop ();

  label = find_label (GTK_WIDGET (window), "<b>x</b> & y");
  g_assert_nonnull (label);
  g_assert_false (gtk_label_get_use_markup (label));
  g_assert_nonnull (find_label (GTK_WIDGET (window), "<span color='red'>Vientiane</span>"));

  gtk_window_destroy (GTK_WINDOW (window));
  drain_main_loop ();
}

static void
test_window_empty_and_error (void)
{
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
  AccordWindow *window = g_object_new (ACCORD_TYPE_WINDOW, NULL);
  GObject *error_page;

  accord_window_set_document (window, document);
  g_assert_cmpstr (visible_page (window), ==, "empty");

  /* Records arriving later switch to the list. */
  g_ptr_array_add (meetings, accord_meeting_new ("m-1"));
  accord_document_load (document, meetings, NULL);
  g_assert_cmpstr (visible_page (window), ==, "meetings");

  /* An error names the file and the reason, escaped, never as markup. */
  accord_window_show_error (window, "/home/a&b/<library>.json", "Line 2, column 3: <bad>");
  g_assert_cmpstr (visible_page (window), ==, "error");
  error_page = gtk_widget_get_template_child (GTK_WIDGET (window), ACCORD_TYPE_WINDOW, "error_page");
  g_assert_nonnull (strstr (adw_status_page_get_description (ADW_STATUS_PAGE (error_page)),
                            "/home/a&amp;b/&lt;library&gt;.json"));
  g_assert_nonnull (strstr (adw_status_page_get_description (ADW_STATUS_PAGE (error_page)),
                            "Line 2, column 3: &lt;bad&gt;"));

  gtk_window_destroy (GTK_WINDOW (window));
  drain_main_loop ();
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);

  /* A private library: never the tester's own. Set before GLib caches the directory. */
  data_home = g_dir_make_tmp ("accord-test-window-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  accord_register_resource ();

  g_test_add_func ("/ui/library/first-run", test_library_first_run);
  g_test_add_func ("/ui/library/broken-untouched", test_library_broken_untouched);
  g_test_add_func ("/ui/window/lists-meetings", test_window_lists_meetings);
  g_test_add_func ("/ui/window/text-is-not-markup", test_window_text_is_not_markup);
  g_test_add_func ("/ui/window/empty-and-error", test_window_empty_and_error);

  status = g_test_run ();

  {
    g_autofree char *accord_dir = g_build_filename (data_home, "accord", NULL);
    g_rmdir (accord_dir);
    g_rmdir (data_home);
    g_free (data_home);
  }

  return status;
}
