/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "accord-application.h"
#include "accord-display-text.h"
#include "accord-json-file.h"
#include "accord-json.h"
#include "accord-pane-handle.h"
#include "accord-record-editor-private.h"
#include "accord-resources.h"
#include "accord-test-util.h"
#include "accord-timeline-text.h"
#include "accord-window-private.h"

static char *data_home;

static AccordDocument *
dataset_document (void)
{
  AccordDocument *document = accord_document_new ();
  g_autoptr(GBytes) dataset = NULL;
  g_autoptr(GError) error = NULL;

  dataset = g_resources_lookup_data ("/io/github/accordapp/Accord/asean-2024.json", 0, &error);
  g_assert_no_error (error);
  g_assert_true (accord_json_load_data (document, g_bytes_get_data (dataset, NULL),
                                        g_bytes_get_size (dataset), &error));
  g_assert_no_error (error);

  return document;
}

static AccordWindow *
window_with_dataset (AccordDocument **document_out)
{
  g_autoptr(AccordDocument) document = dataset_document ();
  AccordWindow *window = g_object_new (ACCORD_TYPE_WINDOW, NULL);

  accord_window_set_document (window, document);
  /* Windows open on the page last seen; tests start from the meetings. */
  adw_view_stack_set_visible_child_name (window->view_stack, "meetings");
  gtk_window_present (GTK_WINDOW (window));
  accord_test_drain ();

  if (document_out != NULL)
    *document_out = g_object_ref (document);

  return window;
}

static void
close_window (AccordWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  accord_test_drain ();
}

static void
test_pages (void)
{
  AccordWindow *window = window_with_dataset (NULL);
  g_autofree char *last_page = NULL;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->content_stack), ==, "content");
  g_assert_cmpuint (accord_record_list_get_n_shown (window->meetings_list), ==, 8);
  g_assert_cmpuint (accord_record_list_get_n_shown (window->initiatives_list), ==, 33);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "initiatives");
  g_assert_true (_accord_window_get_visible_list (window) == window->initiatives_list);
  /* The page is remembered for the next start. */
  last_page = g_settings_get_string (window->settings, "last-page");
  g_assert_cmpstr (last_page, ==, "initiatives");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "timeline");
  g_assert_null (_accord_window_get_visible_list (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "meetings");

  close_window (window);
}

/* Renders @window as its compositor would: drawing is where a huge text breaks. */
static void
render_window (AccordWindow *window)
{
  GtkNative *native = GTK_NATIVE (window);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  accord_test_drain ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot),
                          gtk_widget_get_width (GTK_WIDGET (window)),
                          gtk_widget_get_height (GTK_WIDGET (window)));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node != NULL)
    texture = gsk_renderer_render_texture (gtk_native_get_renderer (native), node, NULL);
}

/* Selecting shows the record; with a megabyte-long title (@data), every label, cell, tooltip, bar
 * and accessible name shows it cut short, drawing it works, and the window keeps its size. */
static void
test_selection_shows_detail (gconstpointer data)
{
  gboolean huge = GPOINTER_TO_INT (data);
  g_autoptr(AccordDocument) document = NULL;
  AccordWindow *window = window_with_dataset (&document);
  AccordMeeting *retreat = accord_document_lookup_meeting (document, "m-amm-retreat-2024");
  g_autoptr(GPtrArray) launched = accord_document_list_launched (document, retreat);
  int width = gtk_widget_get_width (GTK_WIDGET (window));

  if (huge)
    {
      g_autoptr(GString) title = g_string_new (NULL);
      g_autofree char *label = NULL;
      g_autofree char *tooltip = NULL;

      while (title->len < 1024 * 1024)
        g_string_append (title, "ASEAN Foreign Ministers’ Retreat ");
      accord_record_set_title (ACCORD_RECORD (retreat), title->str);
      label = accord_timeline_meeting_label (retreat);
      g_assert_cmpuint (g_utf8_strlen (label, -1), <, ACCORD_DISPLAY_TEXT_MAX_CHARS + 100);
      g_assert_true (g_str_has_prefix (label, "ASEAN Foreign Ministers’ Retreat ASEAN"));
      tooltip = accord_timeline_meeting_tooltip (retreat);
      g_assert_cmpuint (g_utf8_strlen (tooltip, -1), <, ACCORD_DISPLAY_TEXT_MAX_CHARS + 200);
      render_window (window);
    }

  accord_record_list_set_selected (window->meetings_list, ACCORD_RECORD (retreat));
  g_assert_true (accord_record_editor_get_record (window->meetings_editor) == ACCORD_RECORD (retreat));
  render_window (window);

  /* Following a link to an initiative switches page and selects it. */
  _accord_window_show_record (window, launched->pdata[0]);
  g_assert_true (_accord_window_get_visible_list (window) == window->initiatives_list);
  g_assert_true (accord_record_list_get_selected (window->initiatives_list) == launched->pdata[0]);
  g_assert_true (accord_record_editor_get_record (window->initiatives_editor) == launched->pdata[0]);
  render_window (window);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, width);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "timeline");
  render_window (window);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, width);

  close_window (window);
}

static void
test_new_delete_undo (void)
{
  g_autoptr(AccordDocument) document = NULL;
  AccordWindow *window = window_with_dataset (&document);
  GListModel *meetings = accord_document_get_meetings (document);
  AccordRecord *created;
  g_autofree char *title = NULL;

  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (window->undo_button)));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-record", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 9);
  created = accord_record_list_get_selected (window->meetings_list);
  g_assert_true (ACCORD_IS_MEETING (created));
  g_assert_true (accord_record_editor_get_record (window->meetings_editor) == created);
  g_assert_cmpstr (accord_document_get_undo_label (document), ==, "Add Meeting");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (window->undo_button)), ==,
                   "Undo “Add Meeting”");
  accord_test_drain ();
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (window->undo_button)));

  /* Delete is one step, and undo brings the very same record back. */
  g_object_ref (created);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.delete", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 8);
  g_assert_cmpstr (accord_document_get_undo_label (document), ==, "Delete Meeting");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 9);
  g_assert_nonnull (accord_document_lookup_meeting (document, accord_record_get_id (created)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 8);
  g_object_unref (created);

  /* New initiatives on the meetings page belong to the selected meeting. */
  accord_record_list_set_selected (window->meetings_list,
                                   ACCORD_RECORD (accord_document_lookup_meeting (document, "m-amm-53")));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-initiative", NULL);
  created = accord_record_list_get_selected (window->initiatives_list);
  g_assert_true (ACCORD_IS_INITIATIVE (created));
  g_assert_cmpstr (accord_initiative_get_meeting_id (ACCORD_INITIATIVE (created)), ==, "m-amm-53");

  /* Undo never goes past the loaded document. */
  while (accord_document_can_undo (document))
    gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 8);
  g_assert_cmpuint (g_list_model_get_n_items (accord_document_get_initiatives (document)), ==, 33);
  title = g_strdup (gtk_widget_get_tooltip_text (GTK_WIDGET (window->undo_button)));
  g_assert_cmpstr (title, ==, "Undo");

  close_window (window);
}

static void
test_context_menu (void)
{
  g_autoptr(AccordDocument) document = NULL;
  AccordWindow *window = window_with_dataset (&document);
  AccordMeeting *retreat = accord_document_lookup_meeting (document, "m-amm-retreat-2024");
  GtkWidget *popover = NULL;

  /* The Menu key on the list opens the row menu for the selected meeting. */
  accord_record_list_set_selected (window->meetings_list, ACCORD_RECORD (retreat));
  gtk_widget_activate_action (GTK_WIDGET (window->meetings_list), "record-list.context-menu", NULL);
  accord_test_drain ();

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (window->meetings_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER_MENU (child))
      popover = child;
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_mapped (popover));

  /* Its Delete acts on that meeting, through the window's action. */
  gtk_widget_activate_action (popover, "win.delete", NULL);
  g_assert_null (accord_document_lookup_meeting (document, "m-amm-retreat-2024"));
  gtk_popover_popdown (GTK_POPOVER (popover));

  close_window (window);
}

static void
test_duplicate (void)
{
  g_autoptr(AccordDocument) document = NULL;
  AccordWindow *window = window_with_dataset (&document);
  AccordMeeting *retreat = accord_document_lookup_meeting (document, "m-amm-retreat-2024");
  AccordRecord *copy;

  accord_record_list_set_selected (window->meetings_list, ACCORD_RECORD (retreat));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.duplicate", NULL);

  copy = accord_record_list_get_selected (window->meetings_list);
  g_assert_true (copy != ACCORD_RECORD (retreat));
  g_assert_cmpstr (accord_record_get_title (copy), ==,
                   "ASEAN Foreign Ministers' Retreat (AMM Retreat) 2024 (Copy)");
  g_assert_cmpstr (accord_record_get_id (copy), !=, "m-amm-retreat-2024");
  g_assert_true (accord_period_equal (accord_meeting_get_when (ACCORD_MEETING (copy)),
                                     accord_meeting_get_when (retreat)));
  g_assert_cmpuint (g_list_model_get_n_items (accord_meeting_get_participants (ACCORD_MEETING (copy))),
                    ==,
                    g_list_model_get_n_items (accord_meeting_get_participants (retreat)));
  g_assert_cmpuint (g_list_model_get_n_items (accord_record_get_sources (copy)), ==, 1);
  g_assert_cmpstr (accord_document_get_undo_label (document), ==, "Add Meeting");

  close_window (window);
}

static void
test_timeline_shares_selection (void)
{
  g_autoptr(AccordDocument) document = NULL;
  AccordWindow *window = window_with_dataset (&document);
  AccordInitiative *summit = accord_document_lookup_initiative (document,
                                                                "i-digital-transformation-summit");
  AccordInitiative *forum = accord_document_lookup_initiative (document, "i-asean-future-forum-2024");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "timeline");
  accord_test_drain ();

  /* A bar chosen on the timeline is the list's selection and the timeline pane's record. */
  accord_timeline_set_selected (window->timeline, ACCORD_RECORD (summit));
  g_assert_true (accord_record_editor_get_record (window->timeline_editor) == ACCORD_RECORD (summit));
  g_assert_true (accord_record_list_get_selected (window->initiatives_list) == ACCORD_RECORD (summit));
  g_assert_true (_accord_window_get_selected (window) == ACCORD_RECORD (summit));

  /* And the other way round. */
  accord_record_list_set_selected (window->initiatives_list, ACCORD_RECORD (forum));
  g_assert_true (accord_timeline_get_selected (window->timeline) == ACCORD_RECORD (forum));

  /* Actions act on what the timeline shows. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.delete", NULL);
  g_assert_null (accord_document_lookup_initiative (document, "i-asean-future-forum-2024"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_nonnull (accord_document_lookup_initiative (document, "i-asean-future-forum-2024"));

  close_window (window);
}

typedef struct
{
  AccordRecordList *list;
  guint n;
} ShownCount;

static gboolean
shows_n (gpointer data)
{
  ShownCount *count = data;

  return accord_record_list_get_n_shown (count->list) == count->n;
}

static void
search_for (AccordWindow     *window,
            AccordRecordList *list,
            const char       *text,
            guint             expected)
{
  ShownCount count = { list, expected };

  gtk_editable_set_text (GTK_EDITABLE (window->search_entry), text);
  accord_test_wait_for (shows_n, &count);
}

static void
test_search_and_filters (void)
{
  AccordWindow *window = window_with_dataset (NULL);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-search", NULL);
  g_assert_true (gtk_search_bar_get_search_mode (window->search_bar));

  /* Diacritics and case do not matter. */
  search_for (window, window->meetings_list, "bui thanh son", 2);
  g_assert_cmpstr (gtk_label_get_text (window->results_label), ==, "2 meetings");
  /* The consultation was held there, during Kommasith's visit; the retreat announced the ASEAN
   * Future Forum there. */
  search_for (window, window->meetings_list, "ha noi", 3);
  search_for (window, window->meetings_list, "LUANG PRABANG", 1);
  search_for (window, window->meetings_list, "no such thing anywhere", 0);
  search_for (window, window->meetings_list, "", 8);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "initiatives");
  search_for (window, window->initiatives_list, "cybersecurity", 4);
  g_assert_cmpstr (gtk_label_get_text (window->results_label), ==, "4 initiatives");
  search_for (window, window->initiatives_list, "", 33);

  /* Filters: the first choice is “any”, then the values in order. */
  gtk_drop_down_set_selected (window->status_dropdown, 1 + ACCORD_STATUS_ONGOING);
  g_assert_cmpuint (accord_record_list_get_n_shown (window->initiatives_list), ==, 4);
  gtk_drop_down_set_selected (window->status_dropdown, 0);
  g_assert_cmpuint (accord_record_list_get_n_shown (window->initiatives_list), ==, 33);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "meetings");
  gtk_drop_down_set_selected (window->kind_dropdown, 1 + ACCORD_MEETING_KIND_RETREAT);
  g_assert_cmpuint (accord_record_list_get_n_shown (window->meetings_list), ==, 1);
  gtk_drop_down_set_selected (window->kind_dropdown, 0);
  gtk_drop_down_set_selected (window->format_dropdown, 1 + ACCORD_MEETING_FORMAT_ONLINE);
  g_assert_cmpuint (accord_record_list_get_n_shown (window->meetings_list), ==, 1);

  /* Closing the search shows everything again. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-search", NULL);
  g_assert_false (gtk_search_bar_get_search_mode (window->search_bar));
  g_assert_cmpuint (accord_record_list_get_n_shown (window->meetings_list), ==, 8);

  close_window (window);
}

static gboolean
is_folded (gpointer data)
{
  return adw_leaflet_get_folded (data);
}

static gboolean
is_wide (gpointer window)
{
  return !_accord_window_get_narrow (window);
}

static gboolean
is_narrow (gpointer window)
{
  return _accord_window_get_narrow (window);
}

static gboolean
menu_has_action (GMenuModel *menu,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *name = NULL;
      GMenuModel *section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      if (section != NULL)
        {
          gboolean found = menu_has_action (section, action);

          g_object_unref (section);
          if (found)
            return TRUE;
        }
      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_str_equal (name, action))
        return TRUE;
    }

  return FALSE;
}

static void
test_narrow_folds (void)
{
  g_autoptr(AccordDocument) document = dataset_document ();
  AccordWindow *window = g_object_new (ACCORD_TYPE_WINDOW, "default-width", 360,
                                       "default-height", 640, NULL);
  AccordMeeting *retreat = accord_document_lookup_meeting (document, "m-amm-retreat-2024");
  g_autofree char *layout = NULL;
  int minimum, natural;

  /* GNOME's window buttons (Xvfb alone would have minimize and maximize too). */
  g_object_get (gtk_settings_get_default (), "gtk-decoration-layout", &layout, NULL);
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", "appmenu:close", NULL);

  accord_window_set_document (window, document);
  adw_view_stack_set_visible_child_name (window->view_stack, "meetings");
  gtk_window_present (GTK_WINDOW (window));
  accord_test_wait_for (is_folded, window->meetings_leaflet);

  _accord_window_show_record (window, ACCORD_RECORD (retreat));
  accord_test_drain ();
  g_assert_true (adw_leaflet_get_visible_child (window->meetings_leaflet) ==
                 GTK_WIDGET (window->meetings_editor));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window->back_button)));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  accord_test_drain ();
  g_assert_true (adw_leaflet_get_visible_child (window->meetings_leaflet) ==
                 GTK_WIDGET (window->meetings_list));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window->back_button)));

  /* The header fits 360 px: undo and redo go to the record menu. */
  accord_test_wait_for (is_narrow, window);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window->undo_button)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window->redo_button)));
  g_assert_true (menu_has_action (window->record_menu, "win.undo"));
  g_assert_true (menu_has_action (window->record_menu, "win.redo"));
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural,
                      NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  g_assert_cmpint (gdk_surface_get_width (gtk_native_get_surface (GTK_NATIVE (window))), ==, 360);
  g_assert_true (gtk_widget_get_visible (window->new_box));
  /* With the back button too: New makes room for it. */
  _accord_window_show_record (window, ACCORD_RECORD (retreat));
  accord_test_drain ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window->back_button)));
  g_assert_false (gtk_widget_get_visible (window->new_box));
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural,
                      NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);

  close_window (window);

  /* Wide, the header is whole. */
  window = g_object_new (ACCORD_TYPE_WINDOW, "default-width", 1100, "default-height", 640, NULL);
  accord_window_set_document (window, document);
  gtk_window_present (GTK_WINDOW (window));
  accord_test_drain ();
  g_assert_false (adw_leaflet_get_folded (window->meetings_leaflet));
  g_assert_true (is_wide (window));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window->undo_button)));
  g_assert_false (menu_has_action (window->record_menu, "win.undo"));
  close_window (window);
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", layout, NULL);
}

/* The People page, which has no panes, has the narrow header at 360 px too. */
static void
test_narrow_people (void)
{
  g_autoptr(AccordDocument) document = dataset_document ();
  AccordWindow *window = g_object_new (ACCORD_TYPE_WINDOW, "default-width", 360,
                                       "default-height", 640, NULL);
  g_autofree char *layout = NULL;
  int minimum, natural;

  g_object_get (gtk_settings_get_default (), "gtk-decoration-layout", &layout, NULL);
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", "appmenu:close", NULL);

  accord_window_set_document (window, document);
  adw_view_stack_set_visible_child_name (window->view_stack, "people");
  gtk_window_present (GTK_WINDOW (window));
  accord_test_wait_for (is_narrow, window);
  accord_test_drain ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window->undo_button)));
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural,
                      NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  g_assert_cmpint (gdk_surface_get_width (gtk_native_get_surface (GTK_NATIVE (window))), ==, 360);

  close_window (window);
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", layout, NULL);
}

typedef struct
{
  GtkWidget *widget;
  int        width;
} WidthIs;

static gboolean
width_is (gpointer data)
{
  WidthIs *check = data;

  return gtk_widget_get_width (check->widget) == check->width;
}

static GtkWidget *
find_handle (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = ACCORD_IS_PANE_HANDLE (child) ? child : find_handle (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The detail pane's width is kept in GSettings ("sidebar-width"), the same for every page, and
 * changes by dragging the handle or from the keyboard. */
static void
test_pane_width (void)
{
  g_autoptr(AccordDocument) document = dataset_document ();
  AccordWindow *window = g_object_new (ACCORD_TYPE_WINDOW, "default-width", 1200,
                                       "default-height", 700, NULL);
  GtkWidget *handle = find_handle (GTK_WIDGET (window->meetings_leaflet));
  WidthIs check = { GTK_WIDGET (window->meetings_editor), 500 };

  g_settings_set_int (window->settings, "sidebar-width", 500);
  accord_window_set_document (window, document);
  adw_view_stack_set_visible_child_name (window->view_stack, "meetings");
  gtk_window_present (GTK_WINDOW (window));
  g_assert_nonnull (handle);
  g_assert_true (accord_pane_handle_get_pane (ACCORD_PANE_HANDLE (handle)) ==
                 window->meetings_editor);
  accord_test_wait_for (width_is, &check);
  g_assert_false (adw_leaflet_get_folded (window->meetings_leaflet));

  /* From the keyboard: Left widens the pane, Right narrows it, End to the narrowest. */
  gtk_widget_grab_focus (handle);
  g_assert_true (gtk_widget_has_focus (handle));
  gtk_widget_activate_action (handle, "pane-handle.resize", "i", ACCORD_PANE_HANDLE_STEP);
  g_assert_cmpint (g_settings_get_int (window->settings, "sidebar-width"), ==,
                   500 + ACCORD_PANE_HANDLE_STEP);
  check.width = 500 + ACCORD_PANE_HANDLE_STEP;
  accord_test_wait_for (width_is, &check);
  /* Every page's pane follows. */
  g_assert_cmpint (accord_record_editor_get_width (window->initiatives_editor), ==,
                   500 + ACCORD_PANE_HANDLE_STEP);
  g_assert_cmpint (accord_record_editor_get_width (window->timeline_editor), ==,
                   500 + ACCORD_PANE_HANDLE_STEP);

  gtk_widget_activate_action (handle, "pane-handle.resize", "i", -G_MAXINT32);
  g_assert_cmpint (g_settings_get_int (window->settings, "sidebar-width"), ==, 340);
  /* Never past the list's own minimum, however far. */
  gtk_widget_activate_action (handle, "pane-handle.resize", "i", G_MAXINT32);
  g_assert_cmpint (g_settings_get_int (window->settings, "sidebar-width"), <=,
                   gtk_widget_get_width (GTK_WIDGET (window->meetings_leaflet)) - 340);
  g_assert_cmpint (g_settings_get_int (window->settings, "sidebar-width"), >, 600);

  /* A screen reader hears a separator that takes focus. */
  g_assert_true (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (handle)) ==
                 GTK_ACCESSIBLE_ROLE_SEPARATOR);

  g_settings_reset (window->settings, "sidebar-width");
  close_window (window);
}

static void
test_error_page (void)
{
  AccordWindow *window = g_object_new (ACCORD_TYPE_WINDOW, NULL);
  const char *description;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->content_stack), ==, "loading");

  /* An error names the file and the reason, escaped, never as markup. */
  accord_window_show_error (window, "/home/a&b/<library>.json", "Line 2, column 3: <bad>");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->content_stack), ==, "error");
  description = adw_status_page_get_description (window->error_page);
  g_assert_nonnull (strstr (description, "/home/a&amp;b/&lt;library&gt;.json"));
  g_assert_nonnull (strstr (description, "Line 2, column 3: &lt;bad&gt;"));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (window->undo_button)));

  close_window (window);
}


static gboolean
focus_within (AccordWindow *window,
              gpointer      widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static gboolean
focus_in_field (AccordWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL && GTK_IS_EDITABLE (focus);
}

/* The keyboard goes where the person goes: a table is one Tab stop, a page switch lands in its
 * table, a new record's title takes typing, a field gives back what was typed on Escape. */
static void
test_keyboard_focus (void)
{
  g_autoptr(AccordDocument) document = NULL;
  AccordWindow *window = window_with_dataset (&document);
  AccordMeeting *retreat = accord_document_lookup_meeting (document, "m-amm-retreat-2024");
  GtkWidget *title_row;
  GtkWidget *focus;
  int start, end;

  accord_record_list_set_selected (window->meetings_list, ACCORD_RECORD (retreat));
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (window->meetings_list)));
  g_assert_true (focus_within (window, window->meetings_list));

  /* One Tab leaves the table whichever row has the focus; Shift+Tab comes back. */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
  g_assert_false (focus_within (window, window->meetings_list));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_BACKWARD));
  g_assert_true (focus_within (window, window->meetings_list));

  /* Alt+2: the initiatives table, not a field of the pane. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "initiatives");
  accord_test_drain ();
  g_assert_true (focus_within (window, window->initiatives_list));
  g_assert_false (focus_in_field (window));

  /* Working in the pane and choosing another record: its heading, not its title. */
  accord_record_list_set_selected (window->meetings_list, ACCORD_RECORD (retreat));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "meetings");
  title_row = accord_record_editor_get_part (window->meetings_editor, "meeting_title_row");
  g_assert_true (gtk_widget_grab_focus (title_row));
  accord_record_list_set_selected (window->meetings_list,
                                   ACCORD_RECORD (accord_document_lookup_meeting (document,
                                                                                  "m-amm-53")));
  g_assert_true (focus_within (window, window->meetings_editor));
  g_assert_false (focus_in_field (window));

  /* Escape in a field takes back what was typed, and only that. */
  g_assert_true (gtk_widget_grab_focus (title_row));
  gtk_editable_set_text (GTK_EDITABLE (title_row), "zz");
  g_assert_true (gtk_widget_activate_action (title_row, "field.restore", NULL));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==,
                   accord_record_get_title (accord_record_list_get_selected (window->meetings_list)));
  g_assert_false (accord_document_can_undo (document));

  /* New: the new record's title, selected, so that typing names it. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-record", NULL);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, title_row));
  g_assert_true (gtk_editable_get_selection_bounds (GTK_EDITABLE (title_row), &start, &end));
  g_assert_cmpint (start, ==, 0);
  g_assert_cmpint (end, ==, g_utf8_strlen (gtk_editable_get_text (GTK_EDITABLE (title_row)), -1));

  close_window (window);
}

static GtkWidget *
find_label_with_text (GtkWidget  *widget,
                      const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), text) == 0)
        return child;
      found = find_label_with_text (child, text);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
accelerators_have (GPtrArray       *accelerators,
                   guint            keyval,
                   GdkModifierType  modifiers)
{
  for (guint i = 0; i < accelerators->len; i++)
    {
      g_auto(GStrv) accels = g_strsplit (accelerators->pdata[i], " ", -1);

      for (guint j = 0; accels[j] != NULL; j++)
        {
          guint key;
          GdkModifierType mods;

          if (gtk_accelerator_parse (accels[j], &key, &mods) && key == keyval && mods == modifiers)
            return TRUE;
        }
    }

  return FALSE;
}

/* The shortcuts window lists every key of the window and the timeline (the keypad's twins and
 * Ctrl+ variants of the timeline's zoom keys aside), under a title in the user's language. */
static void
test_shortcuts_window (void)
{
  g_autoptr(AccordDocument) document = NULL;
  AccordWindow *window = window_with_dataset (&document);
  g_autoptr(GtkBuilder) builder =
    gtk_builder_new_from_resource ("/io/github/accordapp/Accord/gtk/help-overlay.ui");
  GtkWindow *overlay = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
  g_autoptr(GSList) objects = gtk_builder_get_objects (builder);
  g_autoptr(GPtrArray) accelerators = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *owners[] = { GTK_WIDGET (window), GTK_WIDGET (window->timeline) };

  g_assert_cmpstr (gtk_window_get_title (overlay), ==, "Keyboard Shortcuts");
  _accord_window_title_help_overlay (overlay);
  g_assert_nonnull (find_label_with_text (gtk_window_get_titlebar (overlay), "Keyboard Shortcuts"));
  for (GSList *l = objects; l != NULL; l = l->next)
    {
      if (GTK_IS_SHORTCUTS_SHORTCUT (l->data))
        {
          char *accelerator = NULL;

          g_object_get (l->data, "accelerator", &accelerator, NULL);
          if (accelerator != NULL)
            g_ptr_array_add (accelerators, accelerator);
        }
    }

  for (guint o = 0; o < G_N_ELEMENTS (owners); o++)
    {
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (owners[o]);

      for (guint c = 0; c < g_list_model_get_n_items (controllers); c++)
      {
        g_autoptr(GObject) controller = g_list_model_get_item (controllers, c);
        GListModel *shortcuts = GTK_IS_SHORTCUT_CONTROLLER (controller) ? G_LIST_MODEL (controller)
                                                                         : NULL;

      for (guint i = 0; shortcuts != NULL && i < g_list_model_get_n_items (shortcuts); i++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (shortcuts, i);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          guint keyval;
          GdkModifierType modifiers;
          g_autofree char *name = NULL;

          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          /* Accord's own keys: GTK's (F10 for the menu) are GNOME's to document. */
          if (!GTK_IS_KEYVAL_TRIGGER (trigger) || !GTK_IS_NAMED_ACTION (action) ||
              !(g_str_has_prefix (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)),
                                  "win.") ||
                g_str_has_prefix (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)),
                                  "timeline.")))
            continue;
          keyval = gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger));
          modifiers = gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger));
          name = gtk_accelerator_name (keyval, modifiers);
          if (g_str_has_prefix (gdk_keyval_name (keyval), "KP_") ||
              (o == 1 && (modifiers & GDK_CONTROL_MASK) &&
               accelerators_have (accelerators, keyval, modifiers & ~GDK_CONTROL_MASK)) ||
              (keyval == GDK_KEY_equal && accelerators_have (accelerators, GDK_KEY_plus, 0)))
            continue;
          if (!accelerators_have (accelerators, keyval, modifiers))
            g_error ("%s is not in the shortcuts window", name);
        }
      }
    }

  gtk_window_destroy (overlay);
  close_window (window);
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

  g_test_add_func ("/ui/window/pages", test_pages);
  g_test_add_data_func ("/ui/window/selection-shows-detail", GINT_TO_POINTER (FALSE),
                        test_selection_shows_detail);
  g_test_add_data_func ("/ui/window/huge-title", GINT_TO_POINTER (TRUE),
                        test_selection_shows_detail);
  g_test_add_func ("/ui/window/new-delete-undo", test_new_delete_undo);
  g_test_add_func ("/ui/window/duplicate", test_duplicate);
  g_test_add_func ("/ui/window/context-menu", test_context_menu);
  g_test_add_func ("/ui/window/timeline-shares-selection", test_timeline_shares_selection);
  g_test_add_func ("/ui/window/search-and-filters", test_search_and_filters);
  g_test_add_func ("/ui/window/narrow-folds", test_narrow_folds);
  g_test_add_func ("/ui/window/narrow-people", test_narrow_people);
  g_test_add_func ("/ui/window/pane-width", test_pane_width);
  g_test_add_func ("/ui/window/error-page", test_error_page);
  g_test_add_func ("/ui/window/keyboard-focus", test_keyboard_focus);
  g_test_add_func ("/ui/window/shortcuts-window", test_shortcuts_window);

  status = g_test_run ();

  {
    g_autofree char *accord_dir = g_build_filename (data_home, "accord", NULL);
    g_rmdir (accord_dir);
    g_rmdir (data_home);
    g_free (data_home);
  }

  return status;
}
