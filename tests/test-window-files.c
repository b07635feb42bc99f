/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "accord-application.h"
#include "accord-json-file.h"
#include "accord-json.h"
#include "accord-library.h"
#include "accord-resources.h"
#include "accord-test-util.h"
#include "accord-window-private.h"

static char *data_home;

static const char *broken_text = "{\"format\": \"accord\", \"version\": 1,\n \"meetings\": [";

static AccordSession *
session_of (AccordWindow *window)
{
  return accord_window_get_session (window);
}

static gboolean
is_loaded (gpointer data)
{
  AccordSessionState state = accord_session_get_state (session_of (data));

  return state == ACCORD_SESSION_READY || state == ACCORD_SESSION_FAILED;
}

/* @data points to a weak pointer to a window. */
static gboolean
is_gone (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static gboolean
disk_changed (gpointer data)
{
  return accord_session_get_disk_state (session_of (data)) != ACCORD_DISK_UNCHANGED;
}

/* Counts a session's saves and the changes of its disk state. */
typedef struct {
  AccordSession *session;
  guint n_saves;
  guint n_failures;
  guint n_disk_changes;
  guint awaited;
} Counter;

static void
on_saved (AccordSession *session,
          GFile         *file,
          Counter       *counter)
{
  counter->n_saves++;
}

static void
on_save_failed (AccordSession *session,
                GFile         *file,
                const GError  *error,
                Counter       *counter)
{
  counter->n_failures++;
}

static void
on_disk_state (Counter *counter)
{
  counter->n_disk_changes++;
}

static void
counter_init (Counter      *counter,
              AccordWindow *window)
{
  *counter = (Counter) { session_of (window), 0, 0, 0, 0 };
  g_signal_connect (counter->session, "saved", G_CALLBACK (on_saved), counter);
  g_signal_connect (counter->session, "save-failed", G_CALLBACK (on_save_failed), counter);
  g_signal_connect_swapped (counter->session, "notify::disk-state", G_CALLBACK (on_disk_state),
                            counter);
}

static void
counter_clear (Counter *counter)
{
  g_signal_handlers_disconnect_by_data (counter->session, counter);
}

static gboolean
has_saved (gpointer data)
{
  Counter *counter = data;

  return counter->n_saves + counter->n_failures >= counter->awaited;
}

static void
wait_for_saves (Counter *counter,
                guint    n_saves)
{
  counter->awaited = n_saves;
  accord_test_wait_for (has_saved, counter);
}

static char *
read_text (GFile *file)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_load_contents (file, NULL, &contents, NULL, NULL, &error);
  g_assert_no_error (error);

  return contents;
}

static void
write_text (GFile      *file,
            const char *text)
{
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) error = NULL;

  g_file_make_directory_with_parents (folder, NULL, NULL);
  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
}

/* A file in the private data folder, removed when the test ends. */
static GFile *
test_file (const char *name)
{
  return g_file_new_build_filename (data_home, "documents", name, NULL);
}

static void
remove_tree (GFile *file)
{
  g_autoptr(GFileEnumerator) children = NULL;

  children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  if (children != NULL)
    {
      GFile *child;

      while (g_file_enumerator_iterate (children, NULL, &child, NULL, NULL) && child != NULL)
        remove_tree (child);
    }

  g_file_delete (file, NULL, NULL);
}

static void
remove_test_files (void)
{
  g_autoptr(GFile) accord_folder = g_file_new_build_filename (data_home, "accord", NULL);
  g_autoptr(GFile) documents = g_file_new_build_filename (data_home, "documents", NULL);

  remove_tree (accord_folder);
  remove_tree (documents);
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *button = find_button (child, label);

      if (button != NULL)
        return button;
    }

  return NULL;
}

/* Answers @dialog as a person does, with the button labelled @label. */
static void
click_response (AdwMessageDialog *dialog,
                const char       *label)
{
  GtkWidget *button = find_button (GTK_WIDGET (dialog), label);

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  accord_test_drain ();
}

static AccordRecord *
first_meeting (AccordDocument *document)
{
  return g_list_model_get_item (accord_document_get_meetings (document), 0);
}

static void
rename_first_meeting (AccordDocument *document,
                      const char     *title)
{
  g_autoptr(AccordRecord) meeting = first_meeting (document);

  accord_document_set_string (document, G_OBJECT (meeting), "title", title);
}

static void
add_meeting (AccordDocument *document,
             const char     *id)
{
  g_autoptr(AccordMeeting) meeting = accord_meeting_new (id);

  accord_document_add_record (document, ACCORD_RECORD (meeting));
}

static char *
first_meeting_title_in (GFile *file)
{
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(AccordRecord) meeting = NULL;
  g_autoptr(GError) error = NULL;

  accord_json_file_load (document, file, NULL, &error);
  g_assert_no_error (error);
  meeting = first_meeting (document);

  return g_strdup (accord_record_get_title (meeting));
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

/* The first meeting's title as the library's database has it, read by a library of its own
 * (a second connection, as another Accord would have). */
static char *
first_meeting_title_in_library (void)
{
  g_autoptr(GFile) file = accord_application_get_library_file ();
  g_autoptr(AccordLibrary) library = accord_library_new (file, NULL);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(AccordDocument) document = NULL;
  g_autoptr(AccordRecord) meeting = NULL;
  g_autoptr(GError) error = NULL;

  accord_store_load_async (ACCORD_STORE (library), NULL, on_loaded, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  document = accord_store_load_finish (ACCORD_STORE (library), result, &error);
  g_assert_no_error (error);
  meeting = first_meeting (document);

  return g_strdup (accord_record_get_title (meeting));
}

static AccordWindow *
library_window (void)
{
  AccordWindow *window = g_object_new (ACCORD_TYPE_WINDOW, NULL);

  accord_window_open_library (window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->content_stack), ==, "loading");
  accord_test_wait_for (is_loaded, window);
  gtk_window_present (GTK_WINDOW (window));

  return window;
}

/* Opens a copy of the built-in dataset written to @file. */
static AccordWindow *
file_window (GFile *file)
{
  g_autoptr(GBytes) dataset = NULL;
  g_autoptr(GError) error = NULL;
  AccordWindow *window;

  dataset = g_resources_lookup_data ("/io/github/accordapp/Accord/asean-2024.json", 0, &error);
  g_assert_no_error (error);
  write_text (file, g_bytes_get_data (dataset, NULL));

  window = g_object_new (ACCORD_TYPE_WINDOW, NULL);
  accord_window_open_file (window, file);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->content_stack), ==, "loading");
  accord_test_wait_for (is_loaded, window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->content_stack), ==, "content");
  gtk_window_present (GTK_WINDOW (window));

  return window;
}

static void
close_window (AccordWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  accord_test_drain ();
}

/* Another program writes @file (atomically, as most do) with the first meeting renamed. */
static void
write_as_another_program (GFile      *file,
                          const char *title)
{
  g_autoptr(AccordDocument) other = accord_document_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (accord_json_file_load (other, file, NULL, &error));
  rename_first_meeting (other, title);
  g_assert_true (accord_json_file_save (other, file, NULL, &error));
  g_assert_no_error (error);
}

static void
test_library_keeps_each_edit (void)
{
  g_autoptr(GFile) library = accord_application_get_library_file ();
  AccordWindow *window = library_window ();
  AccordSession *session = session_of (window);
  AccordDocument *document = accord_window_get_document (window);
  g_autofree char *saved_title = NULL;
  Counter counter;

  counter_init (&counter, window);
  g_assert_true (accord_session_get_is_library (session));
  g_assert_true (g_file_equal (accord_window_get_file (window), library));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->content_stack), ==, "content");
  g_assert_cmpuint (g_list_model_get_n_items (accord_document_get_meetings (document)), ==, 8);

  /* No autosave: the edit is a transaction of its own, at once. */
  rename_first_meeting (document, "Kept at once");
  g_assert_false (accord_session_get_autosave_pending (session));
  wait_for_saves (&counter, 1);
  g_assert_cmpuint (counter.n_failures, ==, 0);
  g_assert_false (accord_document_get_modified (document));
  saved_title = first_meeting_title_in_library ();
  g_assert_cmpstr (saved_title, ==, "Kept at once");

  counter_clear (&counter);
  close_window (window);
  remove_test_files ();
}

static void
test_library_close_flushes (void)
{
  AccordWindow *window = library_window ();
  g_autofree char *saved_title = NULL;

  /* The library never asks: closing waits for what is being written. */
  rename_first_meeting (accord_window_get_document (window), "Kept on close");
  g_assert_false (_accord_window_confirm_close (window));
  g_assert_null (window->close_dialog);
  saved_title = first_meeting_title_in_library ();
  g_assert_cmpstr (saved_title, ==, "Kept on close");

  /* And a window destroyed without being closed. */
  rename_first_meeting (accord_window_get_document (window), "Kept on destroy");
  close_window (window);
  g_clear_pointer (&saved_title, g_free);
  saved_title = first_meeting_title_in_library ();
  g_assert_cmpstr (saved_title, ==, "Kept on destroy");

  remove_test_files ();
}

static void
test_library_broken_never_written (void)
{
  g_autoptr(GFile) library = accord_application_get_library_file ();
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *contents = NULL;
  AccordWindow *window;
  Counter counter;

  write_text (library, broken_text);

  g_test_expect_message ("accord-window-files", G_LOG_LEVEL_WARNING,
                         "*Could not open the library*");
  window = library_window ();
  g_test_assert_expected_messages ();
  counter_init (&counter, window);

  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->content_stack), ==, "error");
  g_assert_nonnull (strstr (adw_status_page_get_description (window->error_page),
                            "“library.db” is damaged or is not an Accord library."));
  g_assert_null (accord_window_get_document (window));
  g_assert_cmpint (accord_session_get_state (session_of (window)), ==, ACCORD_SESSION_FAILED);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);

  /* Whatever happens next, the broken file is left as it is. */
  g_ptr_array_add (meetings, accord_meeting_new ("m-1"));
  accord_document_load (document, meetings, NULL);
  accord_window_set_document (window, document);
  rename_first_meeting (document, "Must not be written");
  _accord_window_flush_autosave (window);
  g_assert_false (_accord_window_confirm_close (window));
  accord_test_drain ();

  g_assert_cmpuint (counter.n_saves, ==, 0);
  contents = read_text (library);
  g_assert_cmpstr (contents, ==, broken_text);
  counter_clear (&counter);

  close_window (window);
  g_clear_pointer (&contents, g_free);
  contents = read_text (library);
  g_assert_cmpstr (contents, ==, broken_text);

  remove_test_files ();
}

static void
test_open_malformed_file (void)
{
  g_autoptr(GFile) file = test_file ("broken.json");
  g_autofree char *contents = NULL;
  const char *description;
  AccordWindow *window;

  write_text (file, broken_text);

  window = g_object_new (ACCORD_TYPE_WINDOW, NULL);
  accord_window_open_file (window, file);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->content_stack), ==, "loading");
  accord_test_wait_for (is_loaded, window);

  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->content_stack), ==, "error");
  description = adw_status_page_get_description (window->error_page);
  g_assert_nonnull (strstr (description, "Line"));
  g_assert_nonnull (strstr (description, "broken.json"));
  g_assert_true (g_file_equal (accord_window_get_file (window), file));
  g_assert_false (accord_session_get_is_library (session_of (window)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  g_assert_false (_accord_window_confirm_close (window));
  accord_test_drain ();

  close_window (window);
  contents = read_text (file);
  g_assert_cmpstr (contents, ==, broken_text);

  remove_test_files ();
}

typedef struct {
  GMenuModel *menu;
  const char *uri;
  int position;
} RecentLookup;

static gboolean
recent_menu_has (gpointer data)
{
  RecentLookup *lookup = data;

  for (int i = 0; i < g_menu_model_get_n_items (lookup->menu); i++)
    {
      g_autoptr(GVariant) target = NULL;

      target = g_menu_model_get_item_attribute_value (lookup->menu, i, G_MENU_ATTRIBUTE_TARGET,
                                                      G_VARIANT_TYPE_STRING);
      if (target != NULL && g_strcmp0 (g_variant_get_string (target, NULL), lookup->uri) == 0)
        {
          lookup->position = i;
          return TRUE;
        }
    }

  return FALSE;
}

static void
test_open_file_and_recent (void)
{
  g_autoptr(GFile) file = test_file ("my_meetings.json");
  g_autofree char *uri = g_file_get_uri (file);
  AccordWindow *window = file_window (file);
  AccordDocument *document = accord_window_get_document (window);
  RecentLookup lookup = { _accord_window_get_recent_menu (window), uri, -1 };
  g_autofree char *label = NULL;
  g_autofree char *action = NULL;
  g_autofree char *title = NULL;
  const char *subtitle;
  Counter counter;

  counter_init (&counter, window);
  g_assert_true (g_file_equal (accord_window_get_file (window), file));
  g_assert_false (accord_session_get_is_library (session_of (window)));
  g_assert_cmpuint (g_list_model_get_n_items (accord_document_get_meetings (document)), ==, 8);

  subtitle = adw_view_switcher_title_get_subtitle (window->switcher_title);
  g_assert_cmpstr (subtitle, ==, "my_meetings.json");
  rename_first_meeting (document, "Changed");
  subtitle = adw_view_switcher_title_get_subtitle (window->switcher_title);
  g_assert_cmpstr (subtitle, ==, "my_meetings.json (modified)");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   "my_meetings.json (modified) — Accord");

  /* Documents other than the library are never saved behind the person's back. */
  g_assert_false (accord_session_get_autosave_pending (session_of (window)));

  /* Opened documents are offered again, under their name, mnemonics escaped. */
  accord_test_wait_for (recent_menu_has, &lookup);
  g_assert_true (g_menu_model_get_item_attribute (lookup.menu, lookup.position,
                                                  G_MENU_ATTRIBUTE_LABEL, "s", &label));
  g_assert_cmpstr (label, ==, "my__meetings.json");
  g_assert_true (g_menu_model_get_item_attribute (lookup.menu, lookup.position,
                                                  G_MENU_ATTRIBUTE_ACTION, "s", &action));
  g_assert_cmpstr (action, ==, "win.open-recent");

  /* Save writes in place and clears the marker. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  wait_for_saves (&counter, 1);
  g_assert_cmpuint (counter.n_failures, ==, 0);
  g_assert_false (accord_document_get_modified (document));
  subtitle = adw_view_switcher_title_get_subtitle (window->switcher_title);
  g_assert_cmpstr (subtitle, ==, "my_meetings.json");
  title = first_meeting_title_in (file);
  g_assert_cmpstr (title, ==, "Changed");

  /* That save was ours; the next write is another program's, and the first change heard. */
  write_as_another_program (file, "Written by another program");
  accord_test_wait_for (disk_changed, window);
  g_assert_cmpuint (counter.n_disk_changes, ==, 1);

  counter_clear (&counter);
  close_window (window);
  remove_test_files ();
}

static gboolean
is_set (gpointer data)
{
  return *(gpointer *) data != NULL;
}

/* Save As to @file, as when the person has chosen it. */
static void
save_as (AccordWindow *window,
         GFile        *file)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  accord_session_save_async (session_of (window), file, NULL, on_loaded, &result);
  accord_test_wait_for (is_set, &result);
  g_assert_true (accord_session_save_finish (session_of (window), result, &error));
  g_assert_no_error (error);
}

static void
test_save_as (void)
{
  g_autoptr(GFile) file = test_file ("Saved As.json");
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autoptr(GFile) library = accord_application_get_library_file ();
  g_autoptr(AccordDocument) reloaded = accord_document_new ();
  g_autoptr(GError) error = NULL;
  AccordWindow *window = g_object_new (ACCORD_TYPE_WINDOW, NULL);
  AccordDocument *document;
  g_autofree char *library_title = NULL;

  g_file_make_directory_with_parents (folder, NULL, NULL);

  accord_window_open_new (window);
  document = accord_window_get_document (window);
  g_assert_null (accord_window_get_file (window));
  g_assert_false (accord_session_get_is_library (session_of (window)));
  g_assert_cmpstr (adw_view_switcher_title_get_subtitle (window->switcher_title), ==,
                   "New Document");

  add_meeting (document, "m-new");
  g_assert_true (accord_document_get_modified (document));

  save_as (window, file);
  g_assert_true (g_file_equal (accord_window_get_file (window), file));
  g_assert_false (accord_document_get_modified (document));
  g_assert_cmpstr (adw_view_switcher_title_get_subtitle (window->switcher_title), ==,
                   "Saved As.json");
  g_assert_true (accord_json_file_load (reloaded, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (accord_document_get_meetings (reloaded)), ==, 1);
  close_window (window);

  /* Save As of the library exports a copy: the window stays on the library. */
  window = library_window ();
  document = accord_window_get_document (window);
  rename_first_meeting (document, "Typed into the library");
  save_as (window, file);
  g_assert_true (accord_session_get_is_library (session_of (window)));
  g_assert_true (g_file_equal (accord_window_get_file (window), library));
  library_title = first_meeting_title_in (file);
  g_assert_cmpstr (library_title, ==, "Typed into the library");
  close_window (window);

  remove_test_files ();
}

static void
test_confirm_close_modified (void)
{
  AccordWindow *window = g_object_new (ACCORD_TYPE_WINDOW, NULL);
  AdwMessageDialog *dialog;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  accord_window_open_new (window);
  gtk_window_present (GTK_WINDOW (window));

  /* Nothing to lose, nothing to ask. */
  g_assert_false (_accord_window_confirm_close (window));

  add_meeting (accord_window_get_document (window), "m-1");
  g_assert_true (_accord_window_confirm_close (window));
  dialog = window->close_dialog;
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save Changes?");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "“New Document” has unsaved changes. Changes that are not saved will be lost.");
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "save");
  g_assert_cmpstr (adw_message_dialog_get_close_response (dialog), ==, "cancel");
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "discard"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);

  /* Asking again shows the same question, not a second one. */
  g_assert_true (_accord_window_confirm_close (window));
  g_assert_true (window->close_dialog == dialog);
  accord_test_drain ();
  g_assert_nonnull (window);

  /* Cancel keeps the window and its changes. */
  click_response (dialog, "_Cancel");
  g_assert_nonnull (window);
  g_assert_null (window->close_dialog);
  g_assert_true (accord_document_get_modified (accord_window_get_document (window)));

  /* Closing the window asks through close-request; Discard closes it. */
  gtk_window_close (GTK_WINDOW (window));
  accord_test_drain ();
  g_assert_nonnull (window);
  g_assert_nonnull (window->close_dialog);
  click_response (window->close_dialog, "_Discard");
  accord_test_wait_for (is_gone, &window);
}

static void
test_confirm_close_save (void)
{
  g_autoptr(GFile) file = test_file ("close-save.json");
  AccordWindow *window = file_window (file);
  g_autofree char *title = NULL;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  rename_first_meeting (accord_window_get_document (window), "Saved from the question");

  gtk_window_close (GTK_WINDOW (window));
  accord_test_drain ();
  g_assert_nonnull (window);
  g_assert_nonnull (window->close_dialog);
  click_response (window->close_dialog, "_Save");
  /* The window goes once the file is written. */
  accord_test_wait_for (is_gone, &window);

  title = first_meeting_title_in (file);
  g_assert_cmpstr (title, ==, "Saved from the question");

  remove_test_files ();
}

static gboolean
shows_content_titled (gpointer data)
{
  AccordWindow *window = data;
  AccordDocument *document = accord_window_get_document (window);
  g_autoptr(AccordRecord) meeting = NULL;

  if (!is_loaded (window) || document == NULL)
    return FALSE;

  meeting = first_meeting (document);
  return g_strcmp0 (accord_record_get_title (meeting), "Written by another program") == 0;
}

static void
test_changed_on_disk (void)
{
  g_autoptr(GFile) file = test_file ("watched.json");
  AccordWindow *window = file_window (file);
  g_autoptr(GError) error = NULL;
  GList *toplevels;
  gboolean asked = FALSE;

  g_assert_null (window->disk_toast);

  write_as_another_program (file, "Written by another program");
  accord_test_wait_for (disk_changed, window);
  g_assert_nonnull (strstr (adw_toast_get_title (window->disk_toast),
                            "“watched.json” was changed by another program"));
  g_assert_cmpstr (adw_toast_get_action_name (window->disk_toast), ==, "win.reload");

  /* With unsaved changes, reloading asks first. */
  rename_first_meeting (accord_window_get_document (window), "Typed here");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.reload", NULL));
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    {
      if (ADW_IS_MESSAGE_DIALOG (l->data) &&
          g_strcmp0 (adw_message_dialog_get_heading (l->data),
                     "Reload and Lose Your Changes?") == 0)
        {
          asked = TRUE;
          click_response (l->data, "_Reload");
        }
    }
  g_list_free (toplevels);
  g_assert_true (asked);

  accord_test_wait_for (shows_content_titled, window);
  g_assert_false (accord_document_get_modified (accord_window_get_document (window)));
  g_assert_null (window->disk_toast);

  /* Deleted: said so, with nothing to reload. */
  g_assert_true (g_file_delete (file, NULL, &error));
  g_assert_no_error (error);
  accord_test_wait_for (disk_changed, window);
  g_assert_cmpint (accord_session_get_disk_state (session_of (window)), ==, ACCORD_DISK_DELETED);
  g_assert_nonnull (strstr (adw_toast_get_title (window->disk_toast),
                            "“watched.json” was deleted by another program"));
  g_assert_null (adw_toast_get_action_name (window->disk_toast));

  close_window (window);
  remove_test_files ();
}

static AccordWindow *
window_showing (GtkApplication *application,
                GFile          *file)
{
  for (GList *l = gtk_application_get_windows (application); l != NULL; l = l->next)
    {
      GFile *shown = accord_window_get_file (l->data);

      if (shown != NULL && g_file_equal (shown, file))
        return l->data;
    }

  return NULL;
}

static void
test_application_windows (void)
{
  g_autoptr(GFile) library = accord_application_get_library_file ();
  g_autoptr(GFile) first = test_file ("first.json");
  g_autoptr(GFile) second = test_file ("second.json");
  g_autoptr(AccordApplication) application = NULL;
  g_autoptr(GError) error = NULL;
  GtkApplication *gtk_application;
  AccordWindow *library_window;
  AccordWindow *first_window;
  AccordWindow *blank;
  GFile *files[1];

  write_text (first, "{\"format\": \"accord\", \"version\": 1}");
  write_text (second, "{\"format\": \"accord\", \"version\": 1}");

  /* The real application, but not unique: the test must not meet a running Accord. */
  application = g_object_new (ACCORD_TYPE_APPLICATION,
                              "application-id", "io.github.accordapp.Accord.Test",
                              "flags", G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE,
                              "resource-base-path", "/io/github/accordapp/Accord",
                              NULL);
  gtk_application = GTK_APPLICATION (application);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);

  /* Starting shows the library, in one window however often it is asked for. */
  g_application_activate (G_APPLICATION (application));
  g_application_activate (G_APPLICATION (application));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (gtk_application)), ==, 1);
  library_window = window_showing (gtk_application, library);
  g_assert_nonnull (library_window);
  g_assert_true (accord_session_get_is_library (session_of (library_window)));
  accord_test_wait_for (is_loaded, library_window);

  /* "accord FILE": each file in a window of its own, once. */
  files[0] = first;
  g_application_open (G_APPLICATION (application), files, 1, "");
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (gtk_application)), ==, 2);
  first_window = window_showing (gtk_application, first);
  g_assert_nonnull (first_window);
  accord_test_wait_for (is_loaded, first_window);
  g_application_open (G_APPLICATION (application), files, 1, "");
  files[0] = library;
  g_application_open (G_APPLICATION (application), files, 1, "");
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (gtk_application)), ==, 2);

  /* A new window holds a new document, which a file opened from it replaces. */
  g_action_group_activate_action (G_ACTION_GROUP (application), "new-window", NULL);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (gtk_application)), ==, 3);
  blank = gtk_application_get_windows (gtk_application)->data;
  g_assert_null (accord_window_get_file (blank));
  g_assert_false (accord_session_get_is_library (session_of (blank)));
  accord_application_show_file (application, second, blank);
  g_assert_true (window_showing (gtk_application, second) == blank);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (gtk_application)), ==, 3);
  accord_test_wait_for (is_loaded, blank);

  /* Quitting closes every window: the library saves, a modified document asks. */
  rename_first_meeting (accord_window_get_document (library_window), "Saved on quit");
  add_meeting (accord_window_get_document (first_window), "m-unsaved");
  g_action_group_activate_action (G_ACTION_GROUP (application), "quit", NULL);
  accord_test_drain ();
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (gtk_application)), ==, 1);
  g_assert_true (gtk_application_get_windows (gtk_application)->data == first_window);
  g_assert_nonnull (first_window->close_dialog);
  {
    g_autofree char *title = first_meeting_title_in_library ();
    g_assert_cmpstr (title, ==, "Saved on quit");
  }

  click_response (first_window->close_dialog, "_Discard");
  g_assert_null (gtk_application_get_windows (gtk_application));

  remove_test_files ();
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) home = NULL;
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);

  /* A private library and list of recent files: never the tester's own. Set before GLib
   * caches the directory. */
  data_home = g_dir_make_tmp ("accord-test-window-files-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  accord_register_resource ();

  g_test_add_func ("/ui/files/library/keeps-each-edit", test_library_keeps_each_edit);
  g_test_add_func ("/ui/files/library/close-flushes", test_library_close_flushes);
  g_test_add_func ("/ui/files/library/broken-never-written", test_library_broken_never_written);
  g_test_add_func ("/ui/files/open/malformed", test_open_malformed_file);
  g_test_add_func ("/ui/files/open/file-and-recent", test_open_file_and_recent);
  g_test_add_func ("/ui/files/save-as", test_save_as);
  g_test_add_func ("/ui/files/close/modified-asks", test_confirm_close_modified);
  g_test_add_func ("/ui/files/close/save", test_confirm_close_save);
  g_test_add_func ("/ui/files/changed-on-disk", test_changed_on_disk);
  g_test_add_func ("/ui/files/application-windows", test_application_windows);

  status = g_test_run ();

  home = g_file_new_for_path (data_home);
  remove_tree (home);
  g_free (data_home);

  return status;
}
