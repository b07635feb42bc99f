/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <locale.h>
#include <math.h>

#include "accord-json.h"
#include "accord-participant.h"
#include "accord-record-filter.h"
#include "accord-record-list.h"
#include "accord-resources.h"
#include "accord-test-util.h"

static gboolean
count_frame (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       user_data)
{
  guint *frames = user_data;

  return ++(*frames) < 2 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

/* Layout happens in the frame clock's own time, not when the main loop is idle. */
static void
wait_for_layout (GtkWidget *widget)
{
  guint frames = 0;

  gtk_widget_add_tick_callback (widget, count_frame, &frames, NULL);
  while (frames < 2)
    g_main_context_iteration (NULL, TRUE);
  accord_test_drain ();
}

static AccordDocument *
load_dataset (void)
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

/* A window showing @list, and weak pointers that say when both are gone. */
typedef struct
{
  GtkWidget *window;
  GtkWidget *list;
} Shown;

static void
show (Shown     *shown,
      GtkWidget *list)
{
  shown->window = gtk_window_new ();
  shown->list = list;
  g_object_add_weak_pointer (G_OBJECT (shown->window), (gpointer *) &shown->window);
  g_object_add_weak_pointer (G_OBJECT (shown->list), (gpointer *) &shown->list);
  gtk_window_set_default_size (GTK_WINDOW (shown->window), 1000, 600);
  gtk_window_set_child (GTK_WINDOW (shown->window), list);
  gtk_window_present (GTK_WINDOW (shown->window));
  wait_for_layout (shown->window);
}

static void
destroy (Shown *shown)
{
  gtk_window_destroy (GTK_WINDOW (shown->window));
  accord_test_drain ();
  g_assert_null (shown->window);
  g_assert_null (shown->list);
}

static GtkColumnView *
get_view (GtkWidget *list)
{
  return GTK_COLUMN_VIEW (gtk_widget_get_template_child (list, ACCORD_TYPE_RECORD_LIST, "view"));
}

static GListModel *
view_model (GtkWidget *list)
{
  return accord_record_list_get_model (ACCORD_RECORD_LIST (list));
}

static const char *
visible_page (GtkWidget *list)
{
  GObject *stack = gtk_widget_get_template_child (list, ACCORD_TYPE_RECORD_LIST, "stack");

  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

static GtkColumnViewColumn *
get_column (GtkWidget  *list,
            const char *title)
{
  GListModel *columns = gtk_column_view_get_columns (get_view (list));

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_title (column), title) == 0)
        return column;
    }

  g_assert_not_reached ();
}

/* The rows of a column view are a GtkListView child, which has the list.* actions. */
static GtkWidget *
get_rows (GtkWidget *list)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (get_view (list)));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_VIEW (child))
        return child;
    }

  g_assert_not_reached ();
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

static AccordRecord *
get_record (GListModel *model,
            guint       position)
{
  AccordRecord *record = g_list_model_get_item (model, position);

  /* The model keeps it alive: the test only borrows it. */
  g_object_unref (record);
  return record;
}

static const char *
title_at (GListModel *model,
          guint       position)
{
  return accord_record_get_title (get_record (model, position));
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

/* As GtkStringSorter compares: case folded, then collated. */
static int
compare_text (const char *a,
              const char *b)
{
  g_autofree char *folded_a = g_utf8_casefold (a != NULL ? a : "", -1);
  g_autofree char *folded_b = g_utf8_casefold (b != NULL ? b : "", -1);
  g_autofree char *key_a = g_utf8_collate_key (folded_a, -1);
  g_autofree char *key_b = g_utf8_collate_key (folded_b, -1);

  return strcmp (key_a, key_b);
}

typedef int (*RecordCompareFunc) (AccordRecord *a,
                                  AccordRecord *b);

static int
compare_dates (AccordRecord *a,
               AccordRecord *b)
{
  return accord_period_compare (accord_meeting_get_when (ACCORD_MEETING (a)),
                                accord_meeting_get_when (ACCORD_MEETING (b)));
}

static int
compare_titles (AccordRecord *a,
                AccordRecord *b)
{
  return compare_text (accord_record_get_title (a), accord_record_get_title (b));
}

static int
compare_places (AccordRecord *a,
                AccordRecord *b)
{
  return compare_text (accord_meeting_get_location (ACCORD_MEETING (a)),
                       accord_meeting_get_location (ACCORD_MEETING (b)));
}

static int
compare_formats (AccordRecord *a,
                 AccordRecord *b)
{
  return (int) accord_meeting_get_format (ACCORD_MEETING (a)) -
         (int) accord_meeting_get_format (ACCORD_MEETING (b));
}

static int
compare_participants (AccordRecord *a,
                      AccordRecord *b)
{
  return (int) g_list_model_get_n_items (accord_meeting_get_participants (ACCORD_MEETING (a))) -
         (int) g_list_model_get_n_items (accord_meeting_get_participants (ACCORD_MEETING (b)));
}

static int
compare_periods (AccordRecord *a,
                 AccordRecord *b)
{
  return accord_period_compare (accord_initiative_get_period (ACCORD_INITIATIVE (a)),
                                accord_initiative_get_period (ACCORD_INITIATIVE (b)));
}

static int
compare_leads (AccordRecord *a,
               AccordRecord *b)
{
  return compare_text (accord_initiative_get_lead (ACCORD_INITIATIVE (a)),
                       accord_initiative_get_lead (ACCORD_INITIATIVE (b)));
}

static int
compare_statuses (AccordRecord *a,
                  AccordRecord *b)
{
  return (int) accord_initiative_get_status (ACCORD_INITIATIVE (a)) -
         (int) accord_initiative_get_status (ACCORD_INITIATIVE (b));
}

static int
compare_areas (AccordRecord *a,
               AccordRecord *b)
{
  return compare_text (accord_initiative_get_area (ACCORD_INITIATIVE (a)),
                       accord_initiative_get_area (ACCORD_INITIATIVE (b)));
}

static AccordDocument *meeting_titles_document;

static const char *
launching_title (AccordRecord *initiative)
{
  const char *id = accord_initiative_get_meeting_id (ACCORD_INITIATIVE (initiative));
  AccordMeeting *meeting = accord_document_lookup_meeting (meeting_titles_document, id);

  return meeting != NULL ? accord_record_get_title (ACCORD_RECORD (meeting)) : "";
}

static int
compare_launching_meetings (AccordRecord *a,
                            AccordRecord *b)
{
  return compare_text (launching_title (a), launching_title (b));
}

/* The model is in @compare's order (or its reverse), and is not in that order reversed unless
 * every key is the same. */
static void
assert_sorted (GListModel        *model,
               RecordCompareFunc  compare,
               gboolean           descending)
{
  guint n_items = g_list_model_get_n_items (model);
  gboolean some_differ = FALSE;

  for (guint i = 1; i < n_items; i++)
    {
      int order = compare (get_record (model, i - 1), get_record (model, i));

      if (descending)
        g_assert_cmpint (order, >=, 0);
      else
        g_assert_cmpint (order, <=, 0);
      some_differ |= order != 0;
    }

  g_assert_true (some_differ);
}

static void
sort_and_check (GtkWidget         *list,
                const char        *title,
                const char        *key,
                RecordCompareFunc  compare)
{
  GListModel *model = view_model (list);

  gtk_column_view_sort_by_column (get_view (list), get_column (list, title), GTK_SORT_ASCENDING);
  assert_sorted (model, compare, FALSE);
  gtk_column_view_sort_by_column (get_view (list), get_column (list, title), GTK_SORT_DESCENDING);
  assert_sorted (model, compare, TRUE);

  /* The same from the keyboard or a menu. */
  gtk_widget_activate_action (list, "record-list.sort-by", "(sb)", key, FALSE);
  assert_sorted (model, compare, FALSE);
  gtk_widget_activate_action (list, "record-list.sort-by", "(sb)", key, TRUE);
  assert_sorted (model, compare, TRUE);
}

static void
test_meetings (void)
{
  g_autoptr(AccordDocument) document = load_dataset ();
  GtkWidget *list = accord_record_list_new (ACCORD_TYPE_MEETING);
  GListModel *model;
  Shown shown;

  g_assert_true (accord_record_list_get_record_type (ACCORD_RECORD_LIST (list)) ==
                 ACCORD_TYPE_MEETING);
  g_assert_cmpstr (visible_page (list), ==, "empty");
  accord_record_list_set_document (ACCORD_RECORD_LIST (list), document);
  g_assert_true (accord_record_list_get_document (ACCORD_RECORD_LIST (list)) == document);
  show (&shown, list);

  g_assert_cmpstr (visible_page (list), ==, "list");
  g_assert_cmpuint (accord_record_list_get_n_shown (ACCORD_RECORD_LIST (list)), ==, 8);
  model = view_model (list);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 8);

  /* By date: three in 2020, November 21 and 22, 2023, January 2024, then the two no source
   * dates. */
  assert_sorted (model, compare_dates, FALSE);
  g_assert_cmpstr (title_at (model, 0), ==, "53rd ASEAN Foreign Ministers' Meeting (AMM 53)");
  g_assert_cmpstr (title_at (model, 3), ==, "Visit of Saleumxay Kommasith to Việt Nam");
  g_assert_cmpstr (title_at (model, 4), ==,
                   "Tenth Việt Nam–Laos foreign ministerial-level consultation");
  g_assert_cmpstr (title_at (model, 5), ==, "ASEAN Foreign Ministers' Retreat (AMM Retreat) 2024");
  g_assert_false (accord_period_is_known (
    accord_meeting_get_when (ACCORD_MEETING (get_record (model, 6)))));

  /* Every column shows its text, as written or in the UI language. */
  g_assert_nonnull (find_label (list, "29 Jan 2024"));
  g_assert_nonnull (find_label (list, "Luang Prabang, Laos"));
  g_assert_nonnull (find_label (list, "In person"));
  g_assert_nonnull (find_label (list, "Online"));
  g_assert_nonnull (find_label (list, "Bùi Thanh Sơn, Saleumxay Kommasith"));
  /* Participants known by their office only are named by it. */
  g_assert_nonnull (find_label (list, "Secretary-General of ASEAN, "
                                      "Minister of Foreign Affairs of Lao PDR"));

  sort_and_check (list, "Date", "date", compare_dates);
  sort_and_check (list, "Title", "title", compare_titles);
  g_assert_cmpstr (title_at (model, 0), ==, "Visit of Saleumxay Kommasith to Việt Nam");
  sort_and_check (list, "Place", "place", compare_places);
  sort_and_check (list, "Format", "format", compare_formats);
  sort_and_check (list, "Participants", "participants", compare_participants);

  destroy (&shown);
}

static void
test_initiatives (void)
{
  g_autoptr(AccordDocument) document = load_dataset ();
  GtkWidget *list = accord_record_list_new (ACCORD_TYPE_INITIATIVE);
  GListModel *model;
  Shown shown;

  accord_record_list_set_document (ACCORD_RECORD_LIST (list), document);
  show (&shown, list);

  g_assert_cmpstr (visible_page (list), ==, "list");
  g_assert_cmpuint (accord_record_list_get_n_shown (ACCORD_RECORD_LIST (list)), ==, 33);
  model = view_model (list);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 33);
  assert_sorted (model, compare_periods, FALSE);

  /* The launching meeting by its title; statuses in the UI language. */
  g_assert_nonnull (find_label (list, "ASEAN Secretary-General meets the Minister of Foreign "
                                      "Affairs of Lao PDR"));
  g_assert_nonnull (find_label (list, "Proposed"));

  meeting_titles_document = document;
  sort_and_check (list, "Period", "period", compare_periods);
  sort_and_check (list, "Title", "title", compare_titles);
  sort_and_check (list, "Lead", "lead", compare_leads);
  sort_and_check (list, "Status", "status", compare_statuses);
  sort_and_check (list, "Area", "area", compare_areas);
  sort_and_check (list, "Launched At", "meeting", compare_launching_meetings);
  meeting_titles_document = NULL;

  destroy (&shown);
}

static gboolean
title_has_asean (gpointer item,
                 gpointer user_data)
{
  return strstr (accord_record_get_title (item), "ASEAN") != NULL;
}

static gboolean
match_none (gpointer item,
            gpointer user_data)
{
  return FALSE;
}

static void
test_filter (void)
{
  g_autoptr(AccordDocument) document = load_dataset ();
  g_autoptr(GtkFilter) asean = GTK_FILTER (gtk_custom_filter_new (title_has_asean, NULL, NULL));
  g_autoptr(GtkFilter) none = GTK_FILTER (gtk_custom_filter_new (match_none, NULL, NULL));
  GtkWidget *list = g_object_ref_sink (accord_record_list_new (ACCORD_TYPE_MEETING));
  guint n_shown_notified = 0, filter_notified = 0;

  g_signal_connect (list, "notify::n-shown", G_CALLBACK (count_notify), &n_shown_notified);
  g_signal_connect (list, "notify::filter", G_CALLBACK (count_notify), &filter_notified);
  accord_record_list_set_document (ACCORD_RECORD_LIST (list), document);
  g_assert_cmpuint (n_shown_notified, ==, 1);

  accord_record_list_set_filter (ACCORD_RECORD_LIST (list), asean);
  g_assert_true (accord_record_list_get_filter (ACCORD_RECORD_LIST (list)) == asean);
  g_assert_cmpuint (filter_notified, ==, 1);
  accord_record_list_set_filter (ACCORD_RECORD_LIST (list), asean);
  g_assert_cmpuint (filter_notified, ==, 1);
  g_assert_cmpuint (accord_record_list_get_n_shown (ACCORD_RECORD_LIST (list)), ==, 4);
  g_assert_cmpuint (n_shown_notified, ==, 2);
  g_assert_cmpstr (visible_page (list), ==, "list");
  /* Still in date order. */
  assert_sorted (view_model (list), compare_dates, FALSE);

  /* An edit puts the record through the filter again, wherever it was made. */
  {
    AccordMeeting *consultation = accord_document_lookup_meeting (document,
                                                                  "m-vn-la-consultation-10");
    AccordRecord *shown = get_record (view_model (list), 0);

    accord_document_set_string (document, G_OBJECT (consultation), "title", "ASEAN partners");
    g_assert_cmpuint (accord_record_list_get_n_shown (ACCORD_RECORD_LIST (list)), ==, 5);
    assert_sorted (view_model (list), compare_dates, FALSE);
    accord_document_set_string (document, G_OBJECT (shown), "title", "Renamed");
    g_assert_cmpuint (accord_record_list_get_n_shown (ACCORD_RECORD_LIST (list)), ==, 4);
    accord_document_undo (document);
    g_assert_cmpuint (accord_record_list_get_n_shown (ACCORD_RECORD_LIST (list)), ==, 5);
    g_assert_true (get_record (view_model (list), 0) == shown);

    /* Except the one being edited: it stays under the person's hands until the search
     * changes. */
    accord_record_list_set_selected (ACCORD_RECORD_LIST (list), ACCORD_RECORD (consultation));
    accord_document_set_string (document, G_OBJECT (consultation), "title", "Partners");
    g_assert_cmpuint (accord_record_list_get_n_shown (ACCORD_RECORD_LIST (list)), ==, 5);
    g_assert_true (accord_record_list_get_selected (ACCORD_RECORD_LIST (list)) ==
                   ACCORD_RECORD (consultation));
    gtk_filter_changed (asean, GTK_FILTER_CHANGE_DIFFERENT);
    g_assert_cmpuint (accord_record_list_get_n_shown (ACCORD_RECORD_LIST (list)), ==, 4);
    g_assert_null (accord_record_list_get_selected (ACCORD_RECORD_LIST (list)));
    accord_document_undo (document);
    accord_document_undo (document);
    g_assert_cmpuint (accord_record_list_get_n_shown (ACCORD_RECORD_LIST (list)), ==, 4);
  }

  accord_record_list_set_filter (ACCORD_RECORD_LIST (list), none);
  g_assert_cmpuint (accord_record_list_get_n_shown (ACCORD_RECORD_LIST (list)), ==, 0);
  g_assert_cmpstr (visible_page (list), ==, "no-results");

  /* A record the filter hides still means the list is not empty. */
  {
    g_autoptr(AccordMeeting) added = accord_meeting_new (NULL);

    accord_document_add_record (document, ACCORD_RECORD (added));
    g_assert_cmpstr (visible_page (list), ==, "no-results");
  }

  accord_record_list_set_filter (ACCORD_RECORD_LIST (list), NULL);
  g_assert_null (accord_record_list_get_filter (ACCORD_RECORD_LIST (list)));
  g_assert_cmpuint (accord_record_list_get_n_shown (ACCORD_RECORD_LIST (list)), ==, 9);
  g_assert_cmpstr (visible_page (list), ==, "list");

  g_assert_finalize_object (list);
}

/* A search follows a change to a participant, wherever it was made: the record comes when its
 * participant's name matches, and goes when the change is undone or the participant removed. */
static void
test_search_follows_items (void)
{
  g_autoptr(AccordDocument) document = load_dataset ();
  g_autoptr(AccordRecordFilter) filter = accord_record_filter_new ();
  GtkWidget *list = g_object_ref_sink (accord_record_list_new (ACCORD_TYPE_MEETING));
  AccordMeeting *consultation = accord_document_lookup_meeting (document,
                                                                "m-vn-la-consultation-10");
  GListModel *participants = accord_meeting_get_participants (consultation);
  g_autoptr(GObject) participant = g_list_model_get_item (participants, 1);

  accord_record_list_set_document (ACCORD_RECORD_LIST (list), document);
  accord_record_list_set_filter (ACCORD_RECORD_LIST (list), GTK_FILTER (filter));
  accord_record_filter_set_query (filter, "zyxwv");
  g_assert_cmpuint (accord_record_list_get_n_shown (ACCORD_RECORD_LIST (list)), ==, 0);

  accord_document_set_string (document, participant, "name", "Zyxwv Person");
  g_assert_cmpuint (accord_record_list_get_n_shown (ACCORD_RECORD_LIST (list)), ==, 1);
  accord_document_undo (document);
  g_assert_cmpuint (accord_record_list_get_n_shown (ACCORD_RECORD_LIST (list)), ==, 0);
  accord_document_redo (document);
  g_assert_cmpuint (accord_record_list_get_n_shown (ACCORD_RECORD_LIST (list)), ==, 1);

  accord_document_remove_item (document, participants, 1, NULL);
  g_assert_cmpuint (accord_record_list_get_n_shown (ACCORD_RECORD_LIST (list)), ==, 0);
  accord_document_undo (document);
  g_assert_cmpuint (accord_record_list_get_n_shown (ACCORD_RECORD_LIST (list)), ==, 1);

  g_assert_finalize_object (list);
}

static void
test_empty (void)
{
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(GtkFilter) none = GTK_FILTER (gtk_custom_filter_new (match_none, NULL, NULL));
  GtkWidget *list = g_object_ref_sink (accord_record_list_new (ACCORD_TYPE_INITIATIVE));
  GObject *page = gtk_widget_get_template_child (list, ACCORD_TYPE_RECORD_LIST, "empty_page");
  g_autoptr(AccordInitiative) initiative = accord_initiative_new (NULL);

  g_assert_cmpstr (visible_page (list), ==, "empty");
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (page)), ==, "No Initiatives");
  g_assert_nonnull (strstr (adw_status_page_get_description (ADW_STATUS_PAGE (page)), "Ctrl+N"));

  accord_record_list_set_document (ACCORD_RECORD_LIST (list), document);
  g_assert_cmpstr (visible_page (list), ==, "empty");
  /* An empty document is empty, not a search that found nothing. */
  accord_record_list_set_filter (ACCORD_RECORD_LIST (list), none);
  g_assert_cmpstr (visible_page (list), ==, "empty");
  accord_record_list_set_filter (ACCORD_RECORD_LIST (list), NULL);

  accord_document_add_record (document, ACCORD_RECORD (initiative));
  g_assert_cmpstr (visible_page (list), ==, "list");
  g_assert_cmpuint (accord_record_list_get_n_shown (ACCORD_RECORD_LIST (list)), ==, 1);
  accord_document_undo (document);
  g_assert_cmpstr (visible_page (list), ==, "empty");
  g_assert_cmpuint (accord_record_list_get_n_shown (ACCORD_RECORD_LIST (list)), ==, 0);

  accord_record_list_set_document (ACCORD_RECORD_LIST (list), NULL);
  g_assert_cmpstr (visible_page (list), ==, "empty");

  g_assert_finalize_object (list);

  {
    GtkWidget *meetings = g_object_ref_sink (accord_record_list_new (ACCORD_TYPE_MEETING));

    page = gtk_widget_get_template_child (meetings, ACCORD_TYPE_RECORD_LIST, "empty_page");
    g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (page)), ==, "No Meetings");
    g_assert_finalize_object (meetings);
  }
}

static void
test_edits_show_at_once (void)
{
  g_autoptr(AccordDocument) document = load_dataset ();
  GtkWidget *list = accord_record_list_new (ACCORD_TYPE_MEETING);
  GtkWidget *initiatives = accord_record_list_new (ACCORD_TYPE_INITIATIVE);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  AccordMeeting *retreat = accord_document_lookup_meeting (document, "m-amm-retreat-2024");
  AccordMeeting *consultation = accord_document_lookup_meeting (document,
                                                                "m-vn-la-consultation-10");
  g_autoptr(AccordParticipant) participant = accord_participant_new ("Alounkeo Kittikhoun",
                                                                     "", "", "");
  g_autoptr(AccordPeriod) earliest = accord_period_parse ("1 January 2019", NULL, NULL);
  GListModel *model;
  Shown shown;

  gtk_widget_set_vexpand (list, TRUE);
  gtk_widget_set_vexpand (initiatives, TRUE);
  gtk_box_append (GTK_BOX (box), list);
  gtk_box_append (GTK_BOX (box), initiatives);
  accord_record_list_set_document (ACCORD_RECORD_LIST (list), document);
  accord_record_list_set_document (ACCORD_RECORD_LIST (initiatives), document);
  show (&shown, box);
  model = view_model (list);

  accord_document_set_string (document, G_OBJECT (retreat), "title", "Renamed retreat");
  wait_for_layout (list);
  g_assert_nonnull (find_label (list, "Renamed retreat"));
  g_assert_null (find_label (list, "ASEAN Foreign Ministers' Retreat (AMM Retreat) 2024"));
  /* Where it launched initiatives, too. */
  g_assert_nonnull (find_label (initiatives, "Renamed retreat"));

  accord_document_set_string (document, G_OBJECT (consultation), "location", "Vientiane");
  accord_test_drain ();
  g_assert_nonnull (find_label (list, "Vientiane"));

  accord_document_insert_item (document, accord_meeting_get_participants (consultation), 2,
                               G_OBJECT (participant), NULL);
  accord_test_drain ();
  g_assert_nonnull (find_label (list, "Bùi Thanh Sơn, Saleumxay Kommasith, Alounkeo Kittikhoun"));

  /* A changed sort key moves the record: by date here, and by title. */
  g_assert_true (get_record (model, 5) == ACCORD_RECORD (retreat));
  {
    g_auto(GValue) value = G_VALUE_INIT;

    g_value_init (&value, ACCORD_TYPE_PERIOD);
    g_value_set_boxed (&value, earliest);
    accord_document_set_value (document, G_OBJECT (retreat), "when", &value, NULL);
  }
  g_assert_true (get_record (model, 0) == ACCORD_RECORD (retreat));
  assert_sorted (model, compare_dates, FALSE);
  /* Undone while another is selected: it goes back to its place all the same. */
  accord_record_list_set_selected (ACCORD_RECORD_LIST (list), ACCORD_RECORD (consultation));
  accord_document_undo (document);
  g_assert_true (get_record (model, 5) == ACCORD_RECORD (retreat));
  assert_sorted (model, compare_dates, FALSE);
  accord_document_redo (document);
  g_assert_true (get_record (model, 0) == ACCORD_RECORD (retreat));
  accord_record_list_set_selected (ACCORD_RECORD_LIST (list), NULL);

  gtk_column_view_sort_by_column (get_view (list), get_column (list, "Title"), GTK_SORT_ASCENDING);
  accord_document_set_string (document, G_OBJECT (consultation), "title", "10th consultation");
  g_assert_true (get_record (model, 0) == ACCORD_RECORD (consultation));
  assert_sorted (model, compare_titles, FALSE);

  /* The selected record too, the one the detail pane edits. */
  accord_record_list_set_selected (ACCORD_RECORD_LIST (list), ACCORD_RECORD (consultation));
  accord_document_set_string (document, G_OBJECT (consultation), "title", "Zzz consultation");
  g_assert_true (get_record (model, 7) == ACCORD_RECORD (consultation));
  assert_sorted (model, compare_titles, FALSE);
  g_assert_true (accord_record_list_get_selected (ACCORD_RECORD_LIST (list)) ==
                 ACCORD_RECORD (consultation));
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (model)), ==, 7);

  /* Undo takes it all back. */
  while (accord_document_can_undo (document))
    accord_document_undo (document);
  accord_test_drain ();
  g_assert_nonnull (find_label (list, "ASEAN Foreign Ministers' Retreat (AMM Retreat) 2024"));
  g_assert_nonnull (find_label (list, "Bùi Thanh Sơn, Saleumxay Kommasith"));

  destroy (&shown);
}

static void
test_text_is_not_markup (void)
{
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
  AccordMeeting *meeting = accord_meeting_new ("m-markup");
  g_autoptr(AccordParticipant) participant = accord_participant_new ("<i>Sơn</i>", "", "", "");
  GtkWidget *list = accord_record_list_new (ACCORD_TYPE_MEETING);
  GtkLabel *label;
  Shown shown;

  accord_record_set_title (ACCORD_RECORD (meeting), "<b>x</b> & y");
  accord_meeting_set_location (meeting, "<span color='red'>Vientiane</span> &amp;");
  g_list_store_append (G_LIST_STORE (accord_meeting_get_participants (meeting)), participant);
  g_ptr_array_add (meetings, meeting);
  accord_document_load (document, meetings, NULL);

  accord_record_list_set_document (ACCORD_RECORD_LIST (list), document);
  show (&shown, list);

  label = find_label (list, "<b>x</b> & y");
  g_assert_nonnull (label);
  g_assert_false (gtk_label_get_use_markup (label));
  g_assert_nonnull (find_label (list, "<span color='red'>Vientiane</span> &amp;"));
  g_assert_nonnull (find_label (list, "<i>Sơn</i>"));

  destroy (&shown);
}

static void
test_long_titles_ellipsize (void)
{
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
  const char *lao = "ກອງປະຊຸມລັດຖະມົນຕີການຕ່າງປະເທດອາຊຽນ ຄັ້ງທີ 57 ແລະ ກອງປະຊຸມທີ່ກ່ຽວຂ້ອງ "
                    "ທີ່ນະຄອນຫຼວງວຽງຈັນ ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ";
  const char *vietnamese = "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57 và các Hội nghị "
                           "liên quan tại Thủ đô Viêng Chăn, Cộng hòa Dân chủ Nhân dân Lào";
  GtkWidget *list = accord_record_list_new (ACCORD_TYPE_MEETING);
  Shown shown;

  g_ptr_array_add (meetings, accord_meeting_new ("m-lo"));
  accord_record_set_title (meetings->pdata[0], lao);
  g_ptr_array_add (meetings, accord_meeting_new ("m-vi"));
  accord_record_set_title (meetings->pdata[1], vietnamese);
  accord_document_load (document, meetings, NULL);
  accord_record_list_set_document (ACCORD_RECORD_LIST (list), document);
  show (&shown, list);
  gtk_window_set_default_size (GTK_WINDOW (shown.window), 900, 400);
  wait_for_layout (list);

  /* Cut short on one line, never spilling over the next column. */
  for (guint i = 0; i < 2; i++)
    {
      GtkLabel *label = find_label (list, i == 0 ? lao : vietnamese);
      GtkWidget *cell;

      g_assert_nonnull (label);
      g_assert_cmpint (gtk_label_get_ellipsize (label), ==, PANGO_ELLIPSIZE_END);
      g_assert_true (pango_layout_is_ellipsized (gtk_label_get_layout (label)));
      cell = gtk_widget_get_parent (GTK_WIDGET (label));
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (label)), <=, gtk_widget_get_width (cell));
    }

  destroy (&shown);
}

static void
on_activated (AccordRecordList  *list,
              AccordRecord      *record,
              AccordRecord     **activated)
{
  g_assert_null (*activated);
  *activated = record;
}

static gboolean
is_ongoing (gpointer item,
            gpointer user_data)
{
  return accord_initiative_get_status (item) == ACCORD_STATUS_ONGOING;
}

static void
test_selection (void)
{
  g_autoptr(AccordDocument) document = load_dataset ();
  g_autoptr(GtkFilter) ongoing = GTK_FILTER (gtk_custom_filter_new (is_ongoing, NULL, NULL));
  GtkWidget *list = accord_record_list_new (ACCORD_TYPE_INITIATIVE);
  GListModel *model;
  AccordRecord *last;
  AccordRecord *activated = NULL;
  guint selected_notified = 0;
  Shown shown;

  accord_record_list_set_document (ACCORD_RECORD_LIST (list), document);
  show (&shown, list);
  model = view_model (list);
  g_signal_connect (list, "notify::selected", G_CALLBACK (count_notify), &selected_notified);
  g_signal_connect (list, "activated", G_CALLBACK (on_activated), &activated);
  g_assert_null (accord_record_list_get_selected (ACCORD_RECORD_LIST (list)));

  /* The last row is off screen: selecting it brings it into view. */
  last = get_record (model, 32);
  accord_record_list_set_selected (ACCORD_RECORD_LIST (list), last);
  g_assert_true (accord_record_list_get_selected (ACCORD_RECORD_LIST (list)) == last);
  g_assert_cmpuint (selected_notified, ==, 1);
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (model)), ==, 32);
  accord_record_list_set_selected (ACCORD_RECORD_LIST (list), last);
  g_assert_cmpuint (selected_notified, ==, 1);
  wait_for_layout (list);
  g_assert_nonnull (find_label (list, accord_record_get_title (last)));

  /* As the property, and from the view. */
  g_object_set (list, "selected", get_record (model, 0), NULL);
  g_assert_true (accord_record_list_get_selected (ACCORD_RECORD_LIST (list)) ==
                 get_record (model, 0));
  g_assert_cmpuint (selected_notified, ==, 2);
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (model), 5);
  g_assert_true (accord_record_list_get_selected (ACCORD_RECORD_LIST (list)) ==
                 get_record (model, 5));
  g_assert_cmpuint (selected_notified, ==, 3);

  accord_record_list_set_selected (ACCORD_RECORD_LIST (list), NULL);
  g_assert_null (accord_record_list_get_selected (ACCORD_RECORD_LIST (list)));
  g_assert_cmpuint (selected_notified, ==, 4);

  /* A record the filter hides cannot be selected; one selected and then hidden is let go. */
  accord_record_list_set_selected (ACCORD_RECORD_LIST (list), last);
  g_assert_cmpuint (selected_notified, ==, 5);
  accord_record_list_set_filter (ACCORD_RECORD_LIST (list), ongoing);
  if (!is_ongoing (last, NULL))
    {
      g_assert_null (accord_record_list_get_selected (ACCORD_RECORD_LIST (list)));
      accord_record_list_set_selected (ACCORD_RECORD_LIST (list), last);
      g_assert_null (accord_record_list_get_selected (ACCORD_RECORD_LIST (list)));
    }
  accord_record_list_set_filter (ACCORD_RECORD_LIST (list), NULL);

  /* Enter or a double click on a row. */
  g_assert_true (gtk_widget_activate_action (get_rows (list), "list.activate-item", "u", 3));
  g_assert_true (activated == get_record (model, 3));

  destroy (&shown);
}

static void
test_finalize (void)
{
  AccordDocument *document = load_dataset ();
  GtkWidget *list = g_object_ref_sink (accord_record_list_new (ACCORD_TYPE_MEETING));
  GtkWidget *stack = GTK_WIDGET (gtk_widget_get_template_child (list, ACCORD_TYPE_RECORD_LIST,
                                                                "stack"));
  GtkWidget *view = GTK_WIDGET (get_view (list));

  g_object_add_weak_pointer (G_OBJECT (stack), (gpointer *) &stack);
  g_object_add_weak_pointer (G_OBJECT (view), (gpointer *) &view);
  accord_record_list_set_document (ACCORD_RECORD_LIST (list), document);
  accord_record_list_set_selected (ACCORD_RECORD_LIST (list), get_record (view_model (list), 1));

  g_assert_finalize_object (list);
  g_assert_null (stack);
  g_assert_null (view);
  /* Nothing of the list holds on to the document. */
  g_assert_finalize_object (document);
}

static double
luminance (const GdkRGBA *color)
{
  double channels[3] = { color->red, color->green, color->blue };

  for (guint i = 0; i < 3; i++)
    channels[i] = channels[i] <= 0.03928 ? channels[i] / 12.92
                                         : pow ((channels[i] + 0.055) / 1.055, 2.4);

  return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
}

/* WCAG's contrast of @fg drawn over the opaque @bg. */
static double
contrast (const GdkRGBA *fg,
          const GdkRGBA *bg)
{
  GdkRGBA blended = {
    fg->red * fg->alpha + bg->red * (1 - fg->alpha),
    fg->green * fg->alpha + bg->green * (1 - fg->alpha),
    fg->blue * fg->alpha + bg->blue * (1 - fg->alpha),
    1,
  };
  double a = luminance (&blended) + 0.05;
  double b = luminance (bg) + 0.05;

  return MAX (a, b) / MIN (a, b);
}

static GtkWidget *
find_first_label (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = GTK_IS_LABEL (child) ? child : find_first_label (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The label of the first column's title: in the view's header, its child that is not the
 * list of rows. */
static GtkWidget *
find_header_title (GtkWidget *view)
{
  for (GtkWidget *child = gtk_widget_get_first_child (view);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!GTK_IS_LIST_VIEW (child))
        return find_first_label (child);
    }

  return NULL;
}

/* Column titles meet WCAG AA (4.5:1) on the view's background, light and dark, with the app's
 * style sheet (libadwaita's alone gives 2.2:1). */
static void
test_header_contrast (void)
{
  g_autoptr(AccordDocument) document = load_dataset ();
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();
  AdwStyleManager *style = adw_style_manager_get_default ();
  GtkWidget *list = accord_record_list_new (ACCORD_TYPE_MEETING);
  GtkWidget *title;
  Shown shown;

  gtk_css_provider_load_from_resource (provider, "/io/github/accordapp/Accord/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  accord_record_list_set_document (ACCORD_RECORD_LIST (list), document);
  show (&shown, list);
  title = find_header_title (GTK_WIDGET (get_view (list)));
  g_assert_nonnull (title);

  for (guint dark = 0; dark < 2; dark++)
    {
      G_GNUC_BEGIN_IGNORE_DEPRECATIONS
      GtkStyleContext *context = gtk_widget_get_style_context (title);
      GdkRGBA fg, bg;

      adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                      : ADW_COLOR_SCHEME_FORCE_LIGHT);
      wait_for_layout (shown.window);
      gtk_style_context_get_color (context, &fg);
      g_assert_true (gtk_style_context_lookup_color (context, "view_bg_color", &bg));
      G_GNUC_END_IGNORE_DEPRECATIONS
      g_test_message ("%s: contrast %.2f", dark ? "dark" : "light", contrast (&fg, &bg));
      g_assert_cmpfloat (contrast (&fg, &bg), >=, 4.5);
    }

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (),
                                                 GTK_STYLE_PROVIDER (provider));
  destroy (&shown);
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

  g_test_add_func ("/ui/record-list/meetings", test_meetings);
  g_test_add_func ("/ui/record-list/initiatives", test_initiatives);
  g_test_add_func ("/ui/record-list/filter", test_filter);
  g_test_add_func ("/ui/record-list/search-follows-items", test_search_follows_items);
  g_test_add_func ("/ui/record-list/empty", test_empty);
  g_test_add_func ("/ui/record-list/edits-show-at-once", test_edits_show_at_once);
  g_test_add_func ("/ui/record-list/text-is-not-markup", test_text_is_not_markup);
  g_test_add_func ("/ui/record-list/long-titles-ellipsize", test_long_titles_ellipsize);
  g_test_add_func ("/ui/record-list/selection", test_selection);
  g_test_add_func ("/ui/record-list/finalize", test_finalize);
  g_test_add_func ("/ui/record-list/header-contrast", test_header_contrast);

  return g_test_run ();
}
