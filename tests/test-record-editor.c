/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "accord-attribute.h"
#include "accord-field-row.h"
#include "accord-item-list-editor.h"
#include "accord-json.h"
#include "accord-participant.h"
#include "accord-period-editor.h"
#include "accord-record-editor-private.h"
#include "accord-resources.h"
#include "accord-source.h"
#include "accord-string-list-editor.h"
#include "accord-test-util.h"
#include "accord-text-editor.h"

#define RETREAT_ID "m-amm-retreat-2024"
#define CHAIRMANSHIP_ID "i-asean-chairmanship-2024"
#define FORUM_ID "i-asean-future-forum-2024" /* launched at the retreat */

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

/* An editor shown in a window, as a person sees it. Destroying the window frees it. */
static AccordRecordEditor *
show_editor (AccordDocument  *document,
             AccordRecord    *record,
             GtkWindow      **window)
{
  GtkWidget *editor = accord_record_editor_new ();

  *window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (*window, 700, 900);
  gtk_window_set_child (*window, editor);
  accord_record_editor_set_document (ACCORD_RECORD_EDITOR (editor), document);
  accord_record_editor_set_record (ACCORD_RECORD_EDITOR (editor), record);
  gtk_window_present (*window);
  accord_test_drain ();

  return ACCORD_RECORD_EDITOR (editor);
}

static void
close_window (GtkWindow *window)
{
  gtk_window_destroy (window);
  accord_test_drain ();
}

static GtkWidget *
part (AccordRecordEditor *editor,
      const char         *id)
{
  GtkWidget *widget = accord_record_editor_get_part (editor, id);

  g_assert_nonnull (widget);

  return widget;
}

static const char *
visible_page (AccordRecordEditor *editor)
{
  return gtk_stack_get_visible_child_name (GTK_STACK (part (editor, "stack")));
}

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

static GtkLabel *
find_label (GtkWidget  *root,
            const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect (root, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      if (g_strcmp0 (gtk_label_get_text (labels->pdata[i]), text) == 0)
        return labels->pdata[i];
    }

  return NULL;
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *action_name)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect (root, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      if (g_strcmp0 (gtk_actionable_get_action_name (buttons->pdata[i]), action_name) == 0)
        return buttons->pdata[i];
    }

  g_assert_not_reached ();
}

static AccordFieldRow *
find_field_row (GtkWidget  *root,
                const char *property_name)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect (root, ACCORD_TYPE_FIELD_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      if (g_strcmp0 (accord_field_row_get_property_name (rows->pdata[i]), property_name) == 0)
        return rows->pdata[i];
    }

  g_assert_not_reached ();
}

/* As a click does: only a sensitive button does anything. */
static void
click (GtkWidget *button)
{
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

/* Borrowed: the list keeps it. */
static gpointer
item_at (GListModel *list,
         guint       position)
{
  g_autoptr(GObject) item = g_list_model_get_item (list, position);

  return item;
}

static void
type_and_apply (gpointer    entry_row,
                const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (entry_row), text);
  g_signal_emit_by_name (entry_row, "apply");
}

/* Undoes exactly one step, called @label, and checks there is none before it. */
static void
assert_single_step (AccordDocument *document,
                    const char     *label)
{
  g_assert_cmpstr (accord_document_get_undo_label (document), ==, label);
  g_assert_true (accord_document_undo (document));
  g_assert_false (accord_document_can_undo (document));
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_pages (void)
{
  g_autoptr(AccordDocument) document = load_dataset ();
  AccordRecord *meeting = ACCORD_RECORD (accord_document_lookup_meeting (document, RETREAT_ID));
  AccordRecord *initiative = ACCORD_RECORD (accord_document_lookup_initiative (document,
                                                                                CHAIRMANSHIP_ID));
  GtkWindow *window;
  AccordRecordEditor *editor = show_editor (document, NULL, &window);
  guint n_notify = 0;

  g_assert_true (accord_record_editor_get_document (editor) == document);
  g_assert_cmpstr (visible_page (editor), ==, "empty");
  g_assert_nonnull (find_label (GTK_WIDGET (editor), "No Selection"));

  g_signal_connect (editor, "notify::record", G_CALLBACK (count_notify), &n_notify);
  accord_record_editor_set_record (editor, meeting);
  accord_record_editor_set_record (editor, meeting);
  g_assert_cmpuint (n_notify, ==, 1);
  g_assert_true (accord_record_editor_get_record (editor) == meeting);
  g_assert_cmpstr (visible_page (editor), ==, "meeting");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (part (editor, "meeting_location_row"))),
                   ==, "Luang Prabang, Laos");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (part (editor, "meeting_kind_row"))),
                    ==, ACCORD_MEETING_KIND_RETREAT);

  accord_record_editor_set_record (editor, initiative);
  g_assert_cmpstr (visible_page (editor), ==, "initiative");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (part (editor, "initiative_title_row"))),
                   ==, "ASEAN Chairmanship 2024 of Lao PDR");
  /* The meeting's widgets let go of it. */
  g_assert_null (accord_field_row_get_object (ACCORD_FIELD_ROW (part (editor,
                                                                      "meeting_title_row"))));

  accord_record_editor_set_record (editor, NULL);
  g_assert_cmpstr (visible_page (editor), ==, "empty");

  close_window (window);
}

static void
test_title_apply_and_undo (void)
{
  g_autoptr(AccordDocument) document = load_dataset ();
  AccordRecord *meeting = ACCORD_RECORD (accord_document_lookup_meeting (document, RETREAT_ID));
  g_autofree char *old_title = g_strdup (accord_record_get_title (meeting));
  GtkWindow *window;
  AccordRecordEditor *editor = show_editor (document, meeting, &window);
  GtkWidget *title_row = part (editor, "meeting_title_row");

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==, old_title);

  /* Typing is not yet an edit: no undo step per keystroke. */
  gtk_editable_set_text (GTK_EDITABLE (title_row), "Retreat");
  gtk_editable_set_text (GTK_EDITABLE (title_row), "Retreat in Luang Prabang");
  g_assert_cmpstr (accord_record_get_title (meeting), ==, old_title);
  g_assert_false (accord_document_can_undo (document));

  g_signal_emit_by_name (title_row, "apply");
  g_assert_cmpstr (accord_record_get_title (meeting), ==, "Retreat in Luang Prabang");
  assert_single_step (document, "Rename Meeting");

  /* Undo is a change from elsewhere: the entry follows it without making a step of its own. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==, old_title);
  g_assert_false (accord_document_can_undo (document));
  g_assert_true (accord_document_redo (document));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==,
                   "Retreat in Luang Prabang");

  /* Applying what is already there changes nothing. */
  g_assert_true (accord_document_undo (document));
  g_signal_emit_by_name (title_row, "apply");
  g_assert_false (accord_document_can_undo (document));

  close_window (window);
}

static void
test_focus_leave_applies (void)
{
  g_autoptr(AccordDocument) document = load_dataset ();
  AccordRecord *meeting = ACCORD_RECORD (accord_document_lookup_meeting (document, RETREAT_ID));
  GtkWindow *window;
  AccordRecordEditor *editor = show_editor (document, meeting, &window);
  GtkWidget *location_row = part (editor, "meeting_location_row");
  GtkWidget *title_row = part (editor, "meeting_title_row");
  AccordRecord *other;

  gtk_widget_grab_focus (location_row);
  gtk_editable_set_text (GTK_EDITABLE (location_row), "Vientiane");
  g_assert_cmpstr (accord_meeting_get_location (ACCORD_MEETING (meeting)), ==,
                   "Luang Prabang, Laos");

  gtk_widget_grab_focus (title_row);
  g_assert_cmpstr (accord_meeting_get_location (ACCORD_MEETING (meeting)), ==, "Vientiane");
  assert_single_step (document, "Change Location");

  /* Text typed and not applied goes to the record it was typed in when another is shown. */
  gtk_editable_set_text (GTK_EDITABLE (title_row), "Typed, then another record chosen");
  other = ACCORD_RECORD (accord_document_lookup_meeting (document, "m-amm-53"));
  accord_record_editor_set_record (editor, other);
  g_assert_cmpstr (accord_record_get_title (meeting), ==, "Typed, then another record chosen");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==,
                   "53rd ASEAN Foreign Ministers' Meeting (AMM 53)");
  assert_single_step (document, "Rename Meeting");

  close_window (window);
}

static void
test_summary (void)
{
  g_autoptr(AccordDocument) document = load_dataset ();
  AccordMeeting *meeting = accord_document_lookup_meeting (document, RETREAT_ID);
  g_autofree char *old_summary = g_strdup (accord_meeting_get_summary (meeting));
  GtkWindow *window;
  AccordRecordEditor *editor = show_editor (document, ACCORD_RECORD (meeting), &window);
  GtkTextView *view =
    accord_text_editor_get_text_view (ACCORD_TEXT_EDITOR (part (editor, "meeting_summary_editor")));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter end;

  /* Typed in place, line by line: still the same summary until the text is left. */
  gtk_widget_grab_focus (GTK_WIDGET (view));
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, "\nFirst line.", -1);
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, "\nSecond line.", -1);
  g_assert_cmpstr (accord_meeting_get_summary (meeting), ==, old_summary);

  gtk_widget_grab_focus (part (editor, "meeting_title_row"));
  g_assert_true (g_str_has_suffix (accord_meeting_get_summary (meeting),
                                   "\nFirst line.\nSecond line."));
  assert_single_step (document, "Edit Summary");

  /* The undo shows in the view. */
  {
    g_autofree char *text = NULL;
    GtkTextIter start;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    text = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
    g_assert_cmpstr (text, ==, old_summary);
  }

  close_window (window);
}

static void
test_period (void)
{
  g_autoptr(AccordDocument) document = load_dataset ();
  AccordMeeting *meeting = accord_document_lookup_meeting (document, RETREAT_ID);
  GtkWindow *window;
  AccordRecordEditor *editor = show_editor (document, ACCORD_RECORD (meeting), &window);
  GtkWidget *period_editor = part (editor, "meeting_when_editor");
  GObject *entry = gtk_widget_get_template_child (period_editor, ACCORD_TYPE_PERIOD_EDITOR,
                                                  "entry_row");
  GObject *feedback = gtk_widget_get_template_child (period_editor, ACCORD_TYPE_PERIOD_EDITOR,
                                                     "feedback_row");
  GObject *calendar = gtk_widget_get_template_child (period_editor, ACCORD_TYPE_PERIOD_EDITOR,
                                                     "calendar");
  g_autoptr(GDateTime) valentine = g_date_time_new_local (2024, 2, 14, 0, 0, 0);
  const AccordPeriod *when;
  GDate date;

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "on January 29");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (feedback)), ==, "29 January 2024");

  /* The interpretation is live, before anything is applied. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "Q3 2024");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (feedback)), ==,
                   "Understood as");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (feedback)), ==,
                   "1 July – 30 September 2024");
  g_assert_cmpstr (accord_period_get_text (accord_meeting_get_when (meeting)), ==,
                   "on January 29");

  g_signal_emit_by_name (entry, "apply");
  when = accord_meeting_get_when (meeting);
  g_assert_cmpstr (accord_period_get_text (when), ==, "Q3 2024");
  g_assert_cmpint (accord_period_get_precision (when), ==, ACCORD_PRECISION_QUARTER);
  g_date_clear (&date, 1);
  g_assert_true (accord_period_get_start (when, &date));
  g_assert_cmpuint (g_date_get_month (&date), ==, G_DATE_JULY);
  g_assert_cmpstr (accord_document_get_undo_label (document), ==, "Change Meeting Date");

  /* Text that is not understood is kept, and the reason is shown. */
  type_and_apply (entry, "after the rainy season");
  when = accord_meeting_get_when (meeting);
  g_assert_cmpstr (accord_period_get_text (when), ==, "after the rainy season");
  g_assert_false (accord_period_is_known (when));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "after the rainy season");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (feedback)), ==,
                   "Not understood");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (feedback)),
                            "“after the rainy season” is not a date or period"));

  /* Two steps, each undone on its own, back to the file's date. */
  g_assert_true (accord_document_undo (document));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Q3 2024");
  assert_single_step (document, "Change Meeting Date");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "on January 29");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (feedback)), ==, "29 January 2024");

  /* A day without a year takes the year of the date already there. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "3 March");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (feedback)), ==, "3 March 2024");
  gtk_editable_set_text (GTK_EDITABLE (entry), "January 29, 2024");

  /* The calendar sets one day, written out. */
  gtk_calendar_select_day (GTK_CALENDAR (calendar), valentine);
  g_assert_true (gtk_widget_activate_action (period_editor, "period.set-day", NULL));
  when = accord_meeting_get_when (meeting);
  g_assert_cmpstr (accord_period_get_text (when), ==, "14 February 2024");
  g_assert_cmpint (accord_period_get_precision (when), ==, ACCORD_PRECISION_DAY);
  g_assert_cmpuint (accord_period_get_start_julian (when), ==, accord_period_get_end_julian (when));
  g_assert_true (accord_period_get_start (when, &date));
  g_assert_cmpuint (g_date_get_day (&date), ==, 14);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "14 February 2024");
  assert_single_step (document, "Change Meeting Date");

  close_window (window);
}

static void
test_participants (void)
{
  g_autoptr(AccordDocument) document = load_dataset ();
  AccordMeeting *meeting = accord_document_lookup_meeting (document, RETREAT_ID);
  GListModel *participants = accord_meeting_get_participants (meeting);
  g_autoptr(GObject) first = g_list_model_get_item (participants, 0);
  g_autoptr(GObject) second = g_list_model_get_item (participants, 1);
  g_autoptr(GObject) added = NULL;
  GtkWindow *window;
  AccordRecordEditor *editor = show_editor (document, ACCORD_RECORD (meeting), &window);
  AccordItemListEditor *list_editor =
    ACCORD_ITEM_LIST_EDITOR (part (editor, "meeting_participants_editor"));
  GtkWidget *row;
  GtkWidget *button;

  g_assert_cmpuint (g_list_model_get_n_items (participants), ==, 3);
  g_assert_cmpuint (accord_item_list_editor_get_n_rows (list_editor), ==, 3);
  row = accord_item_list_editor_get_row (list_editor, 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   accord_participant_get_display_name (ACCORD_PARTICIPANT (first)));

  /* The first cannot go up; its buttons say what they do. */
  button = find_button (row, "item.move-up");
  g_assert_false (gtk_widget_is_sensitive (button));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Move Up");
  button = find_button (row, "item.move-down");
  g_assert_true (gtk_widget_is_sensitive (button));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Move Down");

  click (button);
  g_assert_true (item_at (participants, 0) == second);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   accord_participant_get_display_name (ACCORD_PARTICIPANT (second)));
  assert_single_step (document, "Reorder Participants");
  g_assert_true (item_at (participants, 0) == first);

  row = accord_item_list_editor_get_row (list_editor, 1);
  button = find_button (row, "item.remove");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Remove");
  click (button);
  g_assert_cmpuint (g_list_model_get_n_items (participants), ==, 2);
  g_assert_cmpuint (accord_item_list_editor_get_n_rows (list_editor), ==, 2);
  assert_single_step (document, "Remove Participant");
  g_assert_cmpuint (accord_item_list_editor_get_n_rows (list_editor), ==, 3);
  g_assert_true (item_at (participants, 1) == second);

  /* A new participant comes open, ready to be filled in. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (list_editor), "list.add", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (participants), ==, 4);
  g_assert_cmpstr (accord_document_get_undo_label (document), ==, "Add Participant");
  row = accord_item_list_editor_get_row (list_editor, 3);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Unnamed Participant");

  type_and_apply (find_field_row (row, "name"), "Saleumxay Kommasith");
  type_and_apply (find_field_row (row, "affiliation"), "Lao PDR");
  added = g_list_model_get_item (participants, 3);
  g_assert_cmpstr (accord_participant_get_name (ACCORD_PARTICIPANT (added)), ==,
                   "Saleumxay Kommasith");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Saleumxay Kommasith");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, "Lao PDR");
  g_assert_cmpstr (accord_document_get_undo_label (document), ==, "Edit Participant");

  g_assert_true (accord_document_undo (document));
  g_assert_true (accord_document_undo (document));
  g_assert_cmpstr (accord_participant_get_name (ACCORD_PARTICIPANT (added)), ==, "");
  assert_single_step (document, "Add Participant");
  g_assert_cmpuint (accord_item_list_editor_get_n_rows (list_editor), ==, 3);

  close_window (window);
}

static void
test_topics (void)
{
  g_autoptr(AccordDocument) document = load_dataset ();
  AccordMeeting *meeting = accord_document_lookup_meeting (document, RETREAT_ID);
  g_auto(GStrv) topics = g_strdupv ((char **) accord_meeting_get_topics (meeting));
  guint n_topics = g_strv_length (topics);
  GtkWindow *window;
  AccordRecordEditor *editor = show_editor (document, ACCORD_RECORD (meeting), &window);
  AccordStringListEditor *list_editor =
    ACCORD_STRING_LIST_EDITOR (part (editor, "meeting_topics_editor"));
  GtkWidget *row;
  const char * const *now;

  g_assert_cmpuint (n_topics, >, 3);
  g_assert_cmpuint (accord_string_list_editor_get_n_rows (list_editor), ==, n_topics);
  row = accord_string_list_editor_get_row (list_editor, 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, topics[1]);

  type_and_apply (row, "Connectivity");
  now = accord_meeting_get_topics (meeting);
  g_assert_cmpuint (g_strv_length ((char **) now), ==, n_topics);
  g_assert_cmpstr (now[0], ==, topics[0]);
  g_assert_cmpstr (now[1], ==, "Connectivity");
  g_assert_cmpstr (now[2], ==, topics[2]);
  assert_single_step (document, "Edit Topics");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, topics[1]);

  click (find_button (accord_string_list_editor_get_row (list_editor, 0),
                                    "item.move-down"));
  now = accord_meeting_get_topics (meeting);
  g_assert_cmpstr (now[0], ==, topics[1]);
  g_assert_cmpstr (now[1], ==, topics[0]);
  assert_single_step (document, "Edit Topics");

  click (find_button (accord_string_list_editor_get_row (list_editor, 0),
                                    "item.remove"));
  now = accord_meeting_get_topics (meeting);
  g_assert_cmpuint (g_strv_length ((char **) now), ==, n_topics - 1);
  g_assert_cmpstr (now[0], ==, topics[1]);
  g_assert_cmpuint (accord_string_list_editor_get_n_rows (list_editor), ==, n_topics - 1);
  assert_single_step (document, "Edit Topics");

  /* Emptying a string removes it. */
  type_and_apply (accord_string_list_editor_get_row (list_editor, 2), "");
  now = accord_meeting_get_topics (meeting);
  g_assert_cmpuint (g_strv_length ((char **) now), ==, n_topics - 1);
  assert_single_step (document, "Edit Topics");

  /* A new row is not a string until it has some text. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (list_editor), "list.add", NULL));
  g_assert_cmpuint (accord_string_list_editor_get_n_rows (list_editor), ==, n_topics + 1);
  row = accord_string_list_editor_get_row (list_editor, n_topics);
  g_signal_emit_by_name (row, "apply");
  g_assert_false (accord_document_can_undo (document));
  type_and_apply (row, "Mekong–Lancang cooperation");
  now = accord_meeting_get_topics (meeting);
  g_assert_cmpuint (g_strv_length ((char **) now), ==, n_topics + 1);
  g_assert_cmpstr (now[n_topics], ==, "Mekong–Lancang cooperation");
  g_assert_true (accord_string_list_editor_get_row (list_editor, n_topics) == row);
  g_assert_cmpuint (accord_string_list_editor_get_n_rows (list_editor), ==, n_topics + 1);
  assert_single_step (document, "Edit Topics");
  g_assert_cmpuint (accord_string_list_editor_get_n_rows (list_editor), ==, n_topics);

  close_window (window);
}

static void
test_status_combo (void)
{
  g_autoptr(AccordDocument) document = load_dataset ();
  AccordInitiative *initiative = accord_document_lookup_initiative (document, CHAIRMANSHIP_ID);
  GtkWindow *window;
  AccordRecordEditor *editor = show_editor (document, ACCORD_RECORD (initiative), &window);
  AdwComboRow *combo = ADW_COMBO_ROW (part (editor, "initiative_status_row"));
  g_autoptr(GtkStringObject) label = NULL;

  g_assert_cmpint (accord_initiative_get_status (initiative), ==, ACCORD_STATUS_ONGOING);
  g_assert_cmpuint (adw_combo_row_get_selected (combo), ==, ACCORD_STATUS_ONGOING);
  label = g_list_model_get_item (adw_combo_row_get_model (combo), ACCORD_STATUS_COMPLETED);
  g_assert_cmpstr (gtk_string_object_get_string (label), ==, "Completed");

  adw_combo_row_set_selected (combo, ACCORD_STATUS_COMPLETED);
  g_assert_cmpint (accord_initiative_get_status (initiative), ==, ACCORD_STATUS_COMPLETED);
  assert_single_step (document, "Change Status");
  g_assert_cmpint (accord_initiative_get_status (initiative), ==, ACCORD_STATUS_ONGOING);
  g_assert_cmpuint (adw_combo_row_get_selected (combo), ==, ACCORD_STATUS_ONGOING);

  close_window (window);
}

static void
on_open_record (AccordRecordEditor  *editor,
                AccordRecord        *record,
                AccordRecord       **opened)
{
  *opened = record;
}

static void
test_open_record (void)
{
  g_autoptr(AccordDocument) document = load_dataset ();
  AccordMeeting *meeting = accord_document_lookup_meeting (document, RETREAT_ID);
  AccordInitiative *initiative = accord_document_lookup_initiative (document, FORUM_ID);
  g_autoptr(GPtrArray) launched = accord_document_list_launched (document, meeting);
  AccordRecord *opened = NULL;
  GtkWindow *window;
  AccordRecordEditor *editor = show_editor (document, ACCORD_RECORD (meeting), &window);
  GtkWidget *row;

  g_signal_connect (editor, "open-record", G_CALLBACK (on_open_record), &opened);

  g_assert_cmpuint (launched->len, ==, 3);
  g_assert_cmpuint (accord_record_editor_get_n_launched (editor), ==, launched->len);
  for (guint i = 0; i < launched->len; i++)
    {
      row = accord_record_editor_get_launched_row (editor, i);
      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                       accord_record_get_title (g_ptr_array_index (launched, i)));
    }

  row = accord_record_editor_get_launched_row (editor, 1);
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
  gtk_widget_activate (row);
  g_assert_true (opened == g_ptr_array_index (launched, 1));
  /* The editor does not switch by itself: that is the window's to do. */
  g_assert_true (accord_record_editor_get_record (editor) == ACCORD_RECORD (meeting));

  /* An initiative links back to its meeting. */
  opened = NULL;
  accord_record_editor_set_record (editor, ACCORD_RECORD (initiative));
  row = part (editor, "open_meeting_row");
  g_assert_true (gtk_widget_get_visible (row));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   accord_record_get_title (ACCORD_RECORD (meeting)));
  gtk_widget_activate (row);
  g_assert_true (opened == ACCORD_RECORD (meeting));

  close_window (window);
}

static void
test_launching_meeting (void)
{
  g_autoptr(AccordDocument) document = load_dataset ();
  AccordMeeting *meeting = accord_document_lookup_meeting (document, RETREAT_ID);
  AccordInitiative *initiative = accord_document_lookup_initiative (document, FORUM_ID);
  GtkWindow *window;
  AccordRecordEditor *editor = show_editor (document, ACCORD_RECORD (initiative), &window);
  AdwComboRow *combo = ADW_COMBO_ROW (part (editor, "initiative_meeting_row"));
  GtkWidget *open_row = part (editor, "open_meeting_row");
  guint position;

  g_assert_true (g_list_store_find (G_LIST_STORE (accord_document_get_meetings (document)),
                                    meeting, &position));
  g_assert_true (adw_combo_row_get_selected_item (combo) == G_OBJECT (meeting));
  g_assert_cmpuint (adw_combo_row_get_selected (combo), ==, position + 1);

  adw_combo_row_set_selected (combo, 0);
  g_assert_cmpstr (accord_initiative_get_meeting_id (initiative), ==, "");
  g_assert_false (gtk_widget_get_visible (open_row));
  assert_single_step (document, "Change Launching Meeting");
  g_assert_cmpstr (accord_initiative_get_meeting_id (initiative), ==, RETREAT_ID);
  g_assert_cmpuint (adw_combo_row_get_selected (combo), ==, position + 1);
  g_assert_true (gtk_widget_get_visible (open_row));

  /* Deleting the meeting elsewhere moves the list under the combo row: that is no choice. */
  accord_document_remove_record (document, ACCORD_RECORD (meeting));
  g_assert_cmpstr (accord_initiative_get_meeting_id (initiative), ==, "");
  g_assert_cmpuint (adw_combo_row_get_selected (combo), ==, 0);
  assert_single_step (document, "Delete Meeting");
  g_assert_cmpuint (adw_combo_row_get_selected (combo), ==, position + 1);

  close_window (window);
}

static void
test_sources_open_only_the_web (void)
{
  g_autoptr(AccordDocument) document = load_dataset ();
  AccordMeeting *meeting = accord_document_lookup_meeting (document, RETREAT_ID);
  GListModel *sources = accord_record_get_sources (ACCORD_RECORD (meeting));
  g_autoptr(AccordSource) source = accord_source_new ("VNA", "Retreat opens", "javascript:alert(1)",
                                                      "");
  GtkWindow *window;
  AccordRecordEditor *editor = show_editor (document, ACCORD_RECORD (meeting), &window);
  AccordItemListEditor *list_editor =
    ACCORD_ITEM_LIST_EDITOR (part (editor, "meeting_sources_editor"));
  GtkWidget *open_button;
  AccordFieldRow *published;

  accord_document_insert_item (document, sources, 0, G_OBJECT (source), NULL);
  open_button = find_button (accord_item_list_editor_get_row (list_editor, 0), "item.open");
  g_assert_false (gtk_widget_is_sensitive (open_button));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (open_button), ==,
                   "Only web addresses that start with http or https can be opened");

  accord_document_set_string (document, G_OBJECT (source), "uri", "file:///etc/passwd");
  g_assert_false (gtk_widget_is_sensitive (open_button));
  /* Activating the action anyway opens nothing. */
  g_assert_true (gtk_widget_activate_action (gtk_widget_get_ancestor (open_button,
                                                                      ADW_TYPE_EXPANDER_ROW),
                                             "item.open", NULL));

  accord_document_set_string (document, G_OBJECT (source), "uri", "");
  g_assert_false (gtk_widget_is_sensitive (open_button));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (open_button), ==,
                   "There is no web address to open");

  accord_document_set_string (document, G_OBJECT (source), "uri",
                              "https://vietnamnews.vn/politics-laws/1656290/retreat.html");
  g_assert_true (gtk_widget_is_sensitive (open_button));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (open_button), ==, "Open in Browser");

  g_assert_true (accord_uri_is_openable ("http://example.org/"));
  g_assert_true (accord_uri_is_openable ("HTTPS://EXAMPLE.ORG/A"));
  g_assert_false (accord_uri_is_openable ("javascript:alert(1)"));
  g_assert_false (accord_uri_is_openable ("file:///etc/passwd"));
  g_assert_false (accord_uri_is_openable ("data:text/html,<script>alert(1)</script>"));
  g_assert_false (accord_uri_is_openable (" https://example.org/"));
  g_assert_false (accord_uri_is_openable (""));

  /* A publication date is stored as ISO 8601, and text that is no day is refused. */
  published = find_field_row (accord_item_list_editor_get_row (list_editor, 0), "published");
  type_and_apply (published, "29 January 2024");
  g_assert_cmpstr (accord_source_get_published (source), ==, "2024-01-29");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (published)), ==, "2024-01-29");
  type_and_apply (published, "last week");
  g_assert_cmpstr (accord_source_get_published (source), ==, "2024-01-29");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (published), "error"));

  close_window (window);
}

static void
test_attributes (void)
{
  g_autoptr(AccordDocument) document = load_dataset ();
  AccordInitiative *initiative = accord_document_lookup_initiative (document, CHAIRMANSHIP_ID);
  GListModel *attributes = accord_initiative_get_attributes (initiative);
  g_autoptr(GObject) first = g_list_model_get_item (attributes, 0);
  GtkWindow *window;
  AccordRecordEditor *editor = show_editor (document, ACCORD_RECORD (initiative), &window);
  AccordItemListEditor *list_editor =
    ACCORD_ITEM_LIST_EDITOR (part (editor, "initiative_attributes_editor"));
  GtkWidget *row = accord_item_list_editor_get_row (list_editor, 0);

  g_assert_cmpuint (accord_item_list_editor_get_n_rows (list_editor), ==,
                    g_list_model_get_n_items (attributes));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);

  type_and_apply (find_field_row (row, "value"), "ASEAN: Connectivity and Resilience");
  g_assert_cmpstr (accord_attribute_get_value (ACCORD_ATTRIBUTE (first)), ==,
                   "ASEAN: Connectivity and Resilience");
  g_assert_cmpstr (accord_document_get_undo_label (document), ==, "Edit Attribute");

  /* An item that moves keeps its row open. */
  click (find_button (row, "item.move-down"));
  g_assert_true (item_at (attributes, 1) == first);
  g_assert_false (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  row = accord_item_list_editor_get_row (list_editor, 1);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  g_assert_cmpstr (accord_document_get_undo_label (document), ==, "Reorder Attributes");

  close_window (window);
}

static void
test_text_is_not_markup (void)
{
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) initiatives = g_ptr_array_new_with_free_func (g_object_unref);
  AccordMeeting *meeting = accord_meeting_new ("m-markup");
  AccordInitiative *initiative = accord_initiative_new ("i-markup");
  g_autoptr(AccordParticipant) participant = accord_participant_new ("<i>Name</i> & co",
                                                                     "", "", "");
  GtkWindow *window;
  AccordRecordEditor *editor;
  GtkLabel *label;

  accord_record_set_title (ACCORD_RECORD (meeting), "<b>x</b> & y");
  g_list_store_append (G_LIST_STORE (accord_meeting_get_participants (meeting)), participant);
  accord_record_set_title (ACCORD_RECORD (initiative), "<u>launched</u> &amp;");
  accord_initiative_set_meeting_id (initiative, "m-markup");
  g_ptr_array_add (meetings, meeting);
  g_ptr_array_add (initiatives, initiative);
  accord_document_load (document, meetings, initiatives);

  editor = show_editor (document, ACCORD_RECORD (meeting), &window);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (part (editor, "meeting_title_row"))), ==,
                   "<b>x</b> & y");
  label = find_label (GTK_WIDGET (editor), "<u>launched</u> &amp;");
  g_assert_nonnull (label);
  g_assert_false (gtk_label_get_use_markup (label));
  label = find_label (GTK_WIDGET (editor), "<i>Name</i> & co");
  g_assert_nonnull (label);
  g_assert_false (gtk_label_get_use_markup (label));

  accord_record_editor_set_record (editor, ACCORD_RECORD (initiative));
  accord_test_drain ();
  label = find_label (part (editor, "open_meeting_row"), "<b>x</b> & y");
  g_assert_nonnull (label);
  g_assert_false (gtk_label_get_use_markup (label));

  close_window (window);
}

/* Every button says what it does, and every row has a title: nothing is nameless to a screen
 * reader or unreachable from the keyboard. */
static void
check_names (GtkWidget *page)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect (page, GTK_TYPE_BUTTON, buttons);
  g_assert_cmpuint (buttons->len, >, 10);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = buttons->pdata[i];
      GtkWidget *child = gtk_button_get_child (GTK_BUTTON (button));
      GtkWidget *menu_button = gtk_widget_get_ancestor (button, GTK_TYPE_MENU_BUTTON);
      gboolean named = gtk_button_get_label (GTK_BUTTON (button)) != NULL ||
                       gtk_widget_get_tooltip_text (button) != NULL ||
                       (menu_button != NULL && gtk_widget_get_tooltip_text (menu_button) != NULL) ||
                       (ADW_IS_BUTTON_CONTENT (child) &&
                        adw_button_content_get_label (ADW_BUTTON_CONTENT (child))[0] != '\0');

      if (!named && gtk_widget_get_ancestor (button, ADW_TYPE_ENTRY_ROW) != NULL)
        continue; /* the entry row's own apply button */

      g_assert_true (named);
      g_assert_true (gtk_widget_get_focusable (button));
    }

  collect (page, ADW_TYPE_PREFERENCES_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      const char *title = adw_preferences_row_get_title (rows->pdata[i]);

      g_assert_nonnull (title);
      g_assert_cmpstr (title, !=, "");
    }
}

static void
test_everything_named (void)
{
  g_autoptr(AccordDocument) document = load_dataset ();
  GtkWindow *window;
  AccordRecord *meeting = ACCORD_RECORD (accord_document_lookup_meeting (document, RETREAT_ID));
  AccordRecord *initiative = ACCORD_RECORD (accord_document_lookup_initiative (document,
                                                                               CHAIRMANSHIP_ID));
  AccordRecordEditor *editor = show_editor (document, meeting, &window);

  check_names (part (editor, "meeting_page"));
  accord_record_editor_set_record (editor, initiative);
  check_names (part (editor, "initiative_page"));

  close_window (window);
}

static void
test_record_leaves_document (void)
{
  g_autoptr(AccordDocument) document = load_dataset ();
  AccordMeeting *meeting = accord_document_lookup_meeting (document, RETREAT_ID);
  GtkWindow *window;
  AccordRecordEditor *editor = show_editor (document, ACCORD_RECORD (meeting), &window);

  accord_document_remove_record (document, ACCORD_RECORD (meeting));
  g_assert_null (accord_record_editor_get_record (editor));
  g_assert_cmpstr (visible_page (editor), ==, "empty");

  close_window (window);
}

static void
test_finalizes (void)
{
  AccordDocument *document = load_dataset ();
  AccordRecord *meeting = ACCORD_RECORD (accord_document_lookup_meeting (document, RETREAT_ID));
  AccordRecord *initiative = ACCORD_RECORD (accord_document_lookup_initiative (document,
                                                                               CHAIRMANSHIP_ID));
  AccordRecordEditor *editor = ACCORD_RECORD_EDITOR (accord_record_editor_new ());
  GtkWindow *window;

  /* Cleared record and document. */
  g_object_ref_sink (editor);
  accord_record_editor_set_document (editor, document);
  accord_record_editor_set_record (editor, meeting);
  accord_record_editor_set_record (editor, initiative);
  accord_record_editor_set_record (editor, NULL);
  accord_record_editor_set_document (editor, NULL);
  g_assert_null (accord_record_editor_get_record (editor));
  g_assert_finalize_object (editor);

  /* Gone with its window while still showing a record. */
  editor = show_editor (document, meeting, &window);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  close_window (window);
  g_assert_null (editor);

  /* Neither left a reference behind. */
  g_assert_finalize_object (document);
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

  g_test_add_func ("/ui/record-editor/pages", test_pages);
  g_test_add_func ("/ui/record-editor/title-apply-and-undo", test_title_apply_and_undo);
  g_test_add_func ("/ui/record-editor/focus-leave-applies", test_focus_leave_applies);
  g_test_add_func ("/ui/record-editor/summary", test_summary);
  g_test_add_func ("/ui/record-editor/period", test_period);
  g_test_add_func ("/ui/record-editor/participants", test_participants);
  g_test_add_func ("/ui/record-editor/topics", test_topics);
  g_test_add_func ("/ui/record-editor/status-combo", test_status_combo);
  g_test_add_func ("/ui/record-editor/open-record", test_open_record);
  g_test_add_func ("/ui/record-editor/launching-meeting", test_launching_meeting);
  g_test_add_func ("/ui/record-editor/sources-open-only-the-web", test_sources_open_only_the_web);
  g_test_add_func ("/ui/record-editor/attributes", test_attributes);
  g_test_add_func ("/ui/record-editor/text-is-not-markup", test_text_is_not_markup);
  g_test_add_func ("/ui/record-editor/everything-named", test_everything_named);
  g_test_add_func ("/ui/record-editor/record-leaves-document", test_record_leaves_document);
  g_test_add_func ("/ui/record-editor/finalizes", test_finalizes);

  return g_test_run ();
}
