/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The timeline widget on the built-in dataset, in a real window: selection, zooming around the
 * pointer, dragging bars through the undo stack, the keyboard, what a screen reader hears, and
 * that only the rows on screen exist. */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <adwaita.h>
#include <glib/gstdio.h>

#include "accord-enum-types.h"
#include "accord-json.h"
#include "accord-resources.h"
#include "accord-test-util.h"
#include "accord-timeline-lane.h"
#include "accord-timeline-milestone.h"
#include "accord-timeline-private.h"
#include "accord-timeline-row.h"

static guint32
julian (guint day,
        guint month,
        guint year)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

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

static AccordInitiative *
initiative_titled (AccordDocument *document,
                   const char     *title)
{
  GListModel *initiatives = accord_document_get_initiatives (document);

  for (guint i = 0; i < g_list_model_get_n_items (initiatives); i++)
    {
      g_autoptr(AccordInitiative) initiative = g_list_model_get_item (initiatives, i);

      if (g_str_equal (accord_record_get_title (ACCORD_RECORD (initiative)), title))
        return initiative;
    }

  g_assert_not_reached ();
}

typedef struct
{
  GtkWindow *window;
  AccordTimeline *timeline;
  AccordDocument *document;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->document = dataset_document ();
  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->timeline = ACCORD_TIMELINE (accord_timeline_new ());
  accord_timeline_set_document (fixture->timeline, fixture->document);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->timeline));
  gtk_window_set_default_size (fixture->window, 1280, 800);
  gtk_window_present (fixture->window);
  accord_test_settle ();
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->timeline)), ==, 1280);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  accord_test_drain ();
  g_assert_finalize_object (fixture->document);
}

static AccordTimelineRow *
row_for (Fixture  *fixture,
         gpointer  item)
{
  GtkWidget *row = _accord_timeline_find_row_widget (fixture->timeline, item);

  g_assert_nonnull (row);
  return ACCORD_TIMELINE_ROW (row);
}

/* Where, in the canvas, the middle of @initiative's bar is. */
static void
bar_point (Fixture          *fixture,
           AccordInitiative *initiative,
           double            fraction,
           double           *x,
           double           *y)
{
  AccordTimelineRow *row = row_for (fixture, initiative);
  graphene_rect_t bounds;

  g_assert_true (accord_timeline_row_get_bar_bounds (row, &bounds));
  g_assert_true (gtk_widget_translate_coordinates (GTK_WIDGET (row),
                                                   _accord_timeline_get_canvas (fixture->timeline),
                                                   bounds.origin.x + bounds.size.width * fraction,
                                                   bounds.size.height / 2, x, y));
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static guint
count_row_widgets (Fixture *fixture)
{
  GtkWidget *list_view = GTK_WIDGET (_accord_timeline_get_list_view (fixture->timeline));
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (list_view); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (gtk_widget_get_first_child (child) != NULL &&
          ACCORD_IS_TIMELINE_ROW (gtk_widget_get_first_child (child)))
        n++;
    }

  return n;
}

/* Shows 2024 at a zoom where the ruler counts quarters and months, so drags snap to quarters. */
static void
show_quarters (Fixture *fixture)
{
  AccordTimeScale *scale = _accord_timeline_get_scale (fixture->timeline);

  accord_time_scale_set_view (scale, julian (1, 1, 2023), 1.0);
  _accord_timeline_scroll_by (fixture->timeline, 0);
  accord_test_settle ();
  g_assert_cmpint (accord_time_scale_get_minor_unit (scale), ==, ACCORD_SCALE_UNIT_QUARTER);
  g_assert_cmpint (_accord_timeline_get_snap_unit (fixture->timeline), ==,
                   ACCORD_TIME_UNIT_QUARTER);
}

static void
test_fit (Fixture       *fixture,
          gconstpointer  data)
{
  AccordTimeScale *scale = _accord_timeline_get_scale (fixture->timeline);
  GtkAdjustment *hadjustment = _accord_timeline_get_hadjustment (fixture->timeline);
  double ppd = accord_time_scale_get_pixels_per_day (scale);

  /* It opens on all the data: 2020 to 2026. */
  g_assert_cmpfloat (accord_time_scale_x_for_day (scale, julian (1, 1, 2020)), >=, 0);
  g_assert_cmpfloat (accord_time_scale_x_for_day (scale, julian (1, 1, 2027)), <=, 1280);
  g_assert_cmpfloat (accord_time_scale_x_for_day (scale, julian (1, 1, 2027)), >=, 1200);

  /* The scrollbar's adjustment mirrors the scale. */
  g_assert_cmpfloat_with_epsilon (gtk_adjustment_get_value (hadjustment) / ppd,
                                  accord_time_scale_get_first_day (scale), 1e-6);
  g_assert_cmpfloat (gtk_adjustment_get_page_size (hadjustment), ==, 1280);

  gtk_adjustment_set_value (hadjustment, gtk_adjustment_get_value (hadjustment) + 100);
  g_assert_cmpfloat_with_epsilon (accord_time_scale_get_first_day (scale) * ppd,
                                  gtk_adjustment_get_value (hadjustment), 1e-6);
}

static void
test_zoom_anchor (Fixture       *fixture,
                  gconstpointer  data)
{
  AccordTimeScale *scale = _accord_timeline_get_scale (fixture->timeline);
  GtkAdjustment *hadjustment = _accord_timeline_get_hadjustment (fixture->timeline);
  double anchor = 337.0;
  double day = accord_time_scale_day_for_x (scale, anchor);

  /* Ctrl+scroll zooms around the pointer: the date there stays within a pixel, every step. */
  for (guint i = 0; i < 40; i++)
    {
      _accord_timeline_zoom_at (fixture->timeline, 1.2, anchor);
      g_assert_cmpfloat (fabs (accord_time_scale_x_for_day (scale, day) - anchor), <, 1.0);
      g_assert_cmpfloat_with_epsilon (gtk_adjustment_get_value (hadjustment),
                                      accord_time_scale_get_first_day (scale) *
                                      accord_time_scale_get_pixels_per_day (scale), 1e-3);
    }
  /* All the way in: no further. */
  g_assert_cmpfloat (accord_time_scale_get_pixels_per_day (scale), ==,
                     ACCORD_TIME_SCALE_MAX_PIXELS_PER_DAY);
  gtk_widget_activate_action (GTK_WIDGET (fixture->timeline), "timeline.zoom-in", NULL);
  g_assert_cmpfloat (accord_time_scale_get_pixels_per_day (scale), ==,
                     ACCORD_TIME_SCALE_MAX_PIXELS_PER_DAY);

  for (guint i = 0; i < 80; i++)
    {
      _accord_timeline_zoom_at (fixture->timeline, 1 / 1.2, anchor);
      g_assert_cmpfloat (fabs (accord_time_scale_x_for_day (scale, day) - anchor), <, 1.0);
    }
  accord_test_settle ();
  g_assert_cmpfloat (fabs (accord_time_scale_x_for_day (scale, day) - anchor), <, 1.0);

  /* The keys zoom around the middle. */
  day = accord_time_scale_day_for_x (scale, 640);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->timeline), "timeline.zoom-in",
                                             NULL));
  g_assert_cmpfloat (fabs (accord_time_scale_x_for_day (scale, day) - 640), <, 1.0);

  /* A preset shows the whole quarter around the middle. */
  accord_time_scale_set_view (scale, julian (15, 7, 2024) - 640.0 / 2.0, 2.0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->timeline),
                                             "timeline.zoom-preset", "s", "quarter"));
  g_assert_cmpfloat_with_epsilon (accord_time_scale_x_for_day (scale, julian (1, 7, 2024)), 16,
                                  1e-6);
  g_assert_cmpfloat_with_epsilon (accord_time_scale_x_for_day (scale, julian (1, 10, 2024)),
                                  1280 - 16, 1e-6);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->timeline), "timeline.today",
                                             NULL));
  g_assert_cmpfloat_with_epsilon (accord_time_scale_x_for_day (scale, accord_day_today () + 0.5),
                                  640, 1e-6);
}

static AccordDocument *
many_initiatives (guint n)
{
  AccordDocument *document = accord_document_new ();
  g_autoptr(GPtrArray) initiatives = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(AccordPeriod) period = accord_period_parse ("Q3 2024", NULL, NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *title = g_strdup_printf ("Initiative %u", i);
      AccordInitiative *initiative = accord_initiative_new (NULL);

      accord_record_set_title (ACCORD_RECORD (initiative), title);
      accord_initiative_set_period (initiative, period);
      g_ptr_array_add (initiatives, initiative);
    }
  accord_document_load (document, NULL, initiatives);

  return document;
}

static void
test_virtual_rows (void)
{
  g_autoptr(AccordDocument) few_rows = many_initiatives (1000);
  g_autoptr(AccordDocument) many_rows = many_initiatives (50000);
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  AccordTimeline *timeline = ACCORD_TIMELINE (accord_timeline_new ());
  Fixture fixture = { window, timeline, NULL };
  GtkListView *list_view;
  GtkAdjustment *vadjustment;
  guint few, many;

  gtk_window_set_child (window, GTK_WIDGET (timeline));
  gtk_window_set_default_size (window, 1280, 800);
  gtk_window_present (window);

  accord_timeline_set_document (timeline, few_rows);
  accord_test_settle ();
  few = count_row_widgets (&fixture);

  accord_timeline_set_document (timeline, many_rows);
  accord_test_settle ();
  many = count_row_widgets (&fixture);

  /* Fifty times the rows, the same widgets: a screenful and the few hundred GtkListView 4.8
   * keeps around it, whatever the length of the list. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (_accord_timeline_get_rows (timeline))),
                    ==, 50001);
  g_assert_cmpuint (many, ==, few);
  g_assert_cmpuint (many, <=, 250);

  list_view = _accord_timeline_get_list_view (timeline);
  vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list_view));
  gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_upper (vadjustment) / 2);
  accord_test_settle ();
  g_assert_cmpuint (count_row_widgets (&fixture), <=, 250);

  gtk_window_destroy (window);
  accord_test_drain ();
}

static void
test_selection (Fixture       *fixture,
                gconstpointer  data)
{
  AccordInitiative *summit = initiative_titled (fixture->document, "Digital Transformation Summit");
  AccordInitiative *negotiation = initiative_titled (fixture->document, "Online COC negotiation");
  AccordMeeting *retreat = accord_document_lookup_meeting (fixture->document, "m-amm-retreat-2024");
  GtkSelectionModel *selection;
  AccordTimelineRows *rows = _accord_timeline_get_rows (fixture->timeline);
  guint notified = 0;
  guint position;

  selection = gtk_list_view_get_model (_accord_timeline_get_list_view (fixture->timeline));
  g_signal_connect (fixture->timeline, "notify::selected", G_CALLBACK (count_notify), &notified);
  g_assert_null (accord_timeline_get_selected (fixture->timeline));

  /* Selected from outside: its row is selected and on screen. */
  accord_timeline_set_selected (fixture->timeline, ACCORD_RECORD (summit));
  g_assert_cmpuint (notified, ==, 1);
  accord_timeline_set_selected (fixture->timeline, ACCORD_RECORD (summit));
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (accord_timeline_rows_find (rows, ACCORD_RECORD (summit), FALSE, &position));
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (selection)), ==,
                    position);
  accord_test_settle ();
  row_for (fixture, summit);

  /* Selected in the timeline: the property follows. */
  g_assert_true (accord_timeline_rows_find (rows, ACCORD_RECORD (retreat), FALSE, &position));
  gtk_selection_model_select_item (selection, position, TRUE);
  g_assert_true (accord_timeline_get_selected (fixture->timeline) == ACCORD_RECORD (retreat));
  g_assert_cmpuint (notified, ==, 2);

  /* An unscheduled initiative opens its group. */
  accord_timeline_set_selected (fixture->timeline, ACCORD_RECORD (negotiation));
  g_assert_true (accord_timeline_rows_find (rows, ACCORD_RECORD (negotiation), FALSE, &position));
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (selection)), ==,
                    position);
  accord_test_settle ();
  row_for (fixture, negotiation);

  /* The selection survives the rows being worked out again. */
  accord_timeline_set_selected (fixture->timeline, ACCORD_RECORD (summit));
  accord_timeline_set_grouping (fixture->timeline, ACCORD_TIMELINE_GROUPING_AREA);
  g_assert_true (accord_timeline_get_selected (fixture->timeline) == ACCORD_RECORD (summit));
  g_assert_true (accord_timeline_rows_find (rows, ACCORD_RECORD (summit), FALSE, &position));
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (selection)), ==,
                    position);

  /* A record that goes away is no longer selected. */
  accord_document_remove_record (fixture->document, ACCORD_RECORD (summit));
  g_assert_null (accord_timeline_get_selected (fixture->timeline));

  accord_timeline_set_selected (fixture->timeline, NULL);
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (selection)), ==,
                    GTK_INVALID_LIST_POSITION);
}

static void
test_activate (Fixture       *fixture,
               gconstpointer  data)
{
  AccordInitiative *summit = initiative_titled (fixture->document, "Digital Transformation Summit");
  AccordRecord *activated = NULL;
  guint position;

  g_signal_connect_swapped (fixture->timeline, "activated", G_CALLBACK (g_set_object), &activated);
  g_assert_true (accord_timeline_rows_find (_accord_timeline_get_rows (fixture->timeline),
                                            ACCORD_RECORD (summit), FALSE, &position));
  g_signal_emit_by_name (_accord_timeline_get_list_view (fixture->timeline), "activate", position);
  g_assert_true (activated == ACCORD_RECORD (summit));
  g_clear_object (&activated);
}

static void
test_drag_move (Fixture       *fixture,
                gconstpointer  data)
{
  AccordInitiative *summit = initiative_titled (fixture->document, "Digital Transformation Summit");
  AccordTimeScale *scale = _accord_timeline_get_scale (fixture->timeline);
  double quarter, x, y;

  show_quarters (fixture);
  quarter = 91.31 * accord_time_scale_get_pixels_per_day (scale);
  bar_point (fixture, summit, 0.5, &x, &y);

  /* While dragging the bar shows where it would go; the document is untouched. */
  _accord_timeline_drag_begin (fixture->timeline, x, y);
  _accord_timeline_drag_update (fixture->timeline, quarter * 0.4, 2);
  g_assert_cmpstr (accord_period_get_text (_accord_timeline_get_preview (fixture->timeline,
                                                                         summit)), ==, "Q3 2024");
  _accord_timeline_drag_update (fixture->timeline, quarter * 1.1, 3);
  g_assert_cmpstr (accord_period_get_text (_accord_timeline_get_preview (fixture->timeline,
                                                                         summit)), ==, "Q4 2024");
  g_assert_cmpstr (accord_period_get_text (accord_initiative_get_period (summit)), ==, "Q3 2024");
  g_assert_false (accord_document_can_undo (fixture->document));
  accord_test_settle ();
  bar_point (fixture, summit, 0.0, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, accord_time_scale_x_for_day (scale, julian (1, 10, 2024)),
                                  1.0);

  /* Dropped: one step on the undo stack, the text rewritten as a person would. */
  _accord_timeline_drag_end (fixture->timeline);
  g_assert_null (_accord_timeline_get_preview (fixture->timeline, summit));
  g_assert_cmpstr (accord_period_get_text (accord_initiative_get_period (summit)), ==, "Q4 2024");
  g_assert_cmpint (accord_period_get_precision (accord_initiative_get_period (summit)), ==,
                   ACCORD_PRECISION_QUARTER);
  g_assert_cmpstr (accord_document_get_undo_label (fixture->document), ==, "Move Initiative");

  g_assert_true (accord_document_undo (fixture->document));
  g_assert_false (accord_document_can_undo (fixture->document));
  g_assert_cmpstr (accord_period_get_text (accord_initiative_get_period (summit)), ==, "Q3 2024");

  /* A drag that comes back where it started changes nothing. */
  accord_test_settle ();
  bar_point (fixture, summit, 0.5, &x, &y);
  _accord_timeline_drag_begin (fixture->timeline, x, y);
  _accord_timeline_drag_update (fixture->timeline, quarter, 0);
  _accord_timeline_drag_update (fixture->timeline, 0, 0);
  _accord_timeline_drag_end (fixture->timeline);
  g_assert_false (accord_document_can_undo (fixture->document));
}

static void
test_drag_resize (Fixture       *fixture,
                  gconstpointer  data)
{
  AccordInitiative *summit = initiative_titled (fixture->document, "Digital Transformation Summit");
  AccordTimeScale *scale = _accord_timeline_get_scale (fixture->timeline);
  const AccordPeriod *period;
  double quarter, x, y;

  show_quarters (fixture);
  quarter = 91.31 * accord_time_scale_get_pixels_per_day (scale);

  /* The end, a quarter later: Q3 to Q4. */
  bar_point (fixture, summit, 1.0, &x, &y);
  _accord_timeline_drag_begin (fixture->timeline, x - 1, y);
  _accord_timeline_drag_update (fixture->timeline, quarter * 0.9, 0);
  _accord_timeline_drag_end (fixture->timeline);
  period = accord_initiative_get_period (summit);
  g_assert_cmpuint (accord_period_get_start_julian (period), ==, julian (1, 7, 2024));
  g_assert_cmpuint (accord_period_get_end_julian (period), ==, julian (31, 12, 2024));
  /* Still in quarters, with its soft ends. */
  g_assert_cmpstr (accord_period_get_text (period), ==, "Q3 – Q4 2024");
  g_assert_cmpint (accord_period_get_precision (period), ==, ACCORD_PRECISION_QUARTER);
  g_assert_cmpstr (accord_document_get_undo_label (fixture->document), ==, "Change Timeline");

  /* The start, a quarter earlier. */
  accord_test_settle ();
  bar_point (fixture, summit, 0.0, &x, &y);
  _accord_timeline_drag_begin (fixture->timeline, x + 1, y);
  _accord_timeline_drag_update (fixture->timeline, -quarter * 1.2, 0);
  _accord_timeline_drag_end (fixture->timeline);
  period = accord_initiative_get_period (summit);
  g_assert_cmpuint (accord_period_get_start_julian (period), ==, julian (1, 4, 2024));
  g_assert_cmpuint (accord_period_get_end_julian (period), ==, julian (31, 12, 2024));

  g_assert_true (accord_document_undo (fixture->document));
  g_assert_true (accord_document_undo (fixture->document));
  g_assert_false (accord_document_can_undo (fixture->document));
  g_assert_cmpstr (accord_period_get_text (accord_initiative_get_period (summit)), ==, "Q3 2024");

  /* Zoomed in to months and days, the end of a quarter still steps by quarters: 70 days on
   * is nearest the end of Q4, 40 days nearest where it was. */
  accord_time_scale_set_view (scale, julian (1, 6, 2024), 6.0);
  _accord_timeline_scroll_by (fixture->timeline, 0);
  accord_test_settle ();
  g_assert_cmpint (_accord_timeline_get_snap_unit (fixture->timeline), <,
                   ACCORD_TIME_UNIT_QUARTER);
  bar_point (fixture, summit, 1.0, &x, &y);
  _accord_timeline_drag_begin (fixture->timeline, x - 1, y);
  _accord_timeline_drag_update (fixture->timeline, 40 * 6.0, 0);
  g_assert_cmpstr (accord_period_get_text (_accord_timeline_get_preview (fixture->timeline,
                                                                         summit)), ==, "Q3 2024");
  _accord_timeline_drag_update (fixture->timeline, 70 * 6.0, 0);
  _accord_timeline_drag_end (fixture->timeline);
  period = accord_initiative_get_period (summit);
  g_assert_cmpstr (accord_period_get_text (period), ==, "Q3 – Q4 2024");
  g_assert_cmpint (accord_period_get_precision (period), ==, ACCORD_PRECISION_QUARTER);

  /* From Q4 2024 two quarters on: "Q4 2024 – Q2 2025", not days. */
  g_assert_true (accord_document_undo (fixture->document));
  show_quarters (fixture);
  accord_timeline_set_selected (fixture->timeline, ACCORD_RECORD (summit));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->timeline), "timeline.move", "i",
                                             1));
  g_assert_cmpstr (accord_period_get_text (accord_initiative_get_period (summit)), ==, "Q4 2024");
  accord_test_settle ();
  bar_point (fixture, summit, 1.0, &x, &y);
  _accord_timeline_drag_begin (fixture->timeline, x - 1, y);
  _accord_timeline_drag_update (fixture->timeline, quarter * 2.1, 0);
  _accord_timeline_drag_end (fixture->timeline);
  period = accord_initiative_get_period (summit);
  g_assert_cmpstr (accord_period_get_text (period), ==, "Q4 2024 – Q2 2025");
  g_assert_cmpint (accord_period_get_precision (period), ==, ACCORD_PRECISION_QUARTER);
}

static void
test_drag_pan (Fixture       *fixture,
               gconstpointer  data)
{
  AccordTimeScale *scale = _accord_timeline_get_scale (fixture->timeline);
  GtkWidget *canvas = _accord_timeline_get_canvas (fixture->timeline);
  double first, ppd;

  show_quarters (fixture);
  first = accord_time_scale_get_first_day (scale);
  ppd = accord_time_scale_get_pixels_per_day (scale);

  /* The ruler is background: dragging it pans, and edits nothing. */
  _accord_timeline_drag_begin (fixture->timeline, 400, 5);
  _accord_timeline_drag_update (fixture->timeline, -120, 0);
  g_assert_cmpfloat_with_epsilon (accord_time_scale_get_first_day (scale), first + 120 / ppd, 1e-6);
  _accord_timeline_drag_end (fixture->timeline);
  g_assert_false (accord_document_can_undo (fixture->document));
  g_assert_cmpint (gtk_widget_get_width (canvas), ==, 1280);
}

static GtkEventController *
key_controller (AccordTimeline *timeline)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (timeline));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        return controller;
    }

  g_assert_not_reached ();
}

static void
press (Fixture *fixture,
       guint    keyval)
{
  gboolean handled = FALSE;

  g_signal_emit_by_name (key_controller (fixture->timeline), "key-pressed", keyval, 0, 0, &handled);
  g_assert_true (handled);
  accord_test_settle ();
}

static void
test_keyboard (Fixture       *fixture,
               gconstpointer  data)
{
  AccordInitiative *summit = initiative_titled (fixture->document, "Digital Transformation Summit");
  AccordTimelineRows *rows = _accord_timeline_get_rows (fixture->timeline);
  AccordInitiative *awareness = initiative_titled (fixture->document, "Cultural Awareness Programs");
  AccordMeeting *meeting = accord_document_lookup_meeting (fixture->document, "m-asean-sg-lao-fm");
  g_autoptr(AccordTimelineGroup) group = NULL;
  GtkWidget *focus;
  GtkAdjustment *hadjustment;
  double start;
  guint position, summit_position, moved_position;

  accord_timeline_set_selected (fixture->timeline, ACCORD_RECORD (summit));
  accord_test_settle ();
  gtk_widget_grab_focus (GTK_WIDGET (row_for (fixture, summit)));

  /* Home and End go to the first and last bar. */
  press (fixture, GDK_KEY_Home);
  g_assert_cmpstr (accord_record_get_title (accord_timeline_get_selected (fixture->timeline)), ==,
                   "ASEAN five-year cooperation plans with partners");
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_true (ACCORD_IS_TIMELINE_ROW (focus));
  g_assert_true (accord_timeline_row_get_item (ACCORD_TIMELINE_ROW (focus)) ==
                 G_OBJECT (accord_timeline_get_selected (fixture->timeline)));
  press (fixture, GDK_KEY_End);
  /* The last group holds the initiatives that name no launching meeting. */
  g_assert_cmpstr (accord_record_get_title (accord_timeline_get_selected (fixture->timeline)), ==,
                   "ASEAN Chairmanship 2024 of Lao PDR");

  /* Left and Right pan, by a tenth of the width. */
  accord_timeline_set_selected (fixture->timeline, ACCORD_RECORD (summit));
  accord_test_settle ();
  gtk_widget_grab_focus (GTK_WIDGET (row_for (fixture, summit)));
  hadjustment = _accord_timeline_get_hadjustment (fixture->timeline);
  start = gtk_adjustment_get_value (hadjustment);
  press (fixture, GDK_KEY_Left);
  g_assert_cmpfloat (gtk_adjustment_get_value (hadjustment), <, start);
  start = gtk_adjustment_get_value (hadjustment);
  press (fixture, GDK_KEY_Right);
  g_assert_cmpfloat (gtk_adjustment_get_value (hadjustment), >, start);
  g_assert_true (accord_timeline_get_selected (fixture->timeline) == ACCORD_RECORD (summit));

  /* On a group's header, Left closes the group and Right opens it, as in a tree; then they pan. */
  g_assert_true (accord_timeline_rows_find (rows, ACCORD_RECORD (meeting), FALSE, &position));
  _accord_timeline_focus_position (fixture->timeline, position);
  group = g_list_model_get_item (G_LIST_MODEL (rows), position);
  g_assert_true (accord_timeline_group_get_expanded (group));
  press (fixture, GDK_KEY_Left);
  g_assert_false (accord_timeline_group_get_expanded (group));
  g_assert_false (accord_timeline_rows_find (rows, ACCORD_RECORD (summit), FALSE, NULL));
  press (fixture, GDK_KEY_Right);
  g_assert_true (accord_timeline_group_get_expanded (group));
  start = gtk_adjustment_get_value (hadjustment);
  press (fixture, GDK_KEY_Right);
  g_assert_true (accord_timeline_group_get_expanded (group));
  g_assert_cmpfloat (gtk_adjustment_get_value (hadjustment), !=, start);

  /* Alt+Right moves the selected bar by the zoom's unit, through the document. */
  show_quarters (fixture);
  accord_timeline_set_selected (fixture->timeline, ACCORD_RECORD (summit));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->timeline), "timeline.move", "i",
                                             1));
  g_assert_cmpstr (accord_period_get_text (accord_initiative_get_period (summit)), ==, "Q4 2024");
  g_assert_cmpstr (accord_document_get_undo_label (fixture->document), ==, "Move Initiative");
  /* Alt+Shift+Right makes it a quarter longer, still in quarters. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->timeline), "timeline.resize",
                                             "i", 1));
  g_assert_cmpuint (accord_period_get_end_julian (accord_initiative_get_period (summit)), ==,
                    julian (31, 3, 2025));
  g_assert_cmpstr (accord_period_get_text (accord_initiative_get_period (summit)), ==,
                   "Q4 2024 – Q1 2025");
  g_assert_cmpint (accord_period_get_precision (accord_initiative_get_period (summit)), ==,
                   ACCORD_PRECISION_QUARTER);
  g_assert_true (accord_document_undo (fixture->document));
  g_assert_true (accord_document_undo (fixture->document));
  g_assert_cmpstr (accord_period_get_text (accord_initiative_get_period (summit)), ==, "Q3 2024");

  /* A year moves by years and grows by years whatever the zoom, keeping its soft ends and its
   * words; its row stays in place while it moves, and takes its order again once the person
   * goes on. */
  accord_timeline_set_selected (fixture->timeline, ACCORD_RECORD (awareness));
  accord_test_settle ();
  g_assert_true (accord_timeline_rows_find (rows, ACCORD_RECORD (awareness), FALSE, &position));
  g_assert_true (accord_timeline_rows_find (rows, ACCORD_RECORD (summit), FALSE, &summit_position));
  g_assert_cmpuint (position, <, summit_position);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->timeline), "timeline.move", "i",
                                             1));
  g_assert_cmpstr (accord_period_get_text (accord_initiative_get_period (awareness)), ==,
                   "Throughout 2025");
  g_assert_cmpint (accord_period_get_precision (accord_initiative_get_period (awareness)), ==,
                   ACCORD_PRECISION_YEAR);
  g_assert_true (accord_timeline_rows_find (rows, ACCORD_RECORD (awareness), FALSE, &moved_position));
  g_assert_cmpuint (moved_position, ==, position);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->timeline), "timeline.resize",
                                             "i", 1));
  g_assert_cmpstr (accord_period_get_text (accord_initiative_get_period (awareness)), ==,
                   "2025 – 2026");
  g_assert_cmpint (accord_period_get_precision (accord_initiative_get_period (awareness)), ==,
                   ACCORD_PRECISION_YEARS);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->timeline), "timeline.resize",
                                             "i", -1));
  g_assert_cmpstr (accord_period_get_text (accord_initiative_get_period (awareness)), ==, "2025");
  g_assert_true (accord_timeline_rows_find (rows, ACCORD_RECORD (awareness), FALSE, &moved_position));
  g_assert_cmpuint (moved_position, ==, position);
  accord_timeline_set_selected (fixture->timeline, ACCORD_RECORD (summit));
  accord_test_settle ();
  g_assert_true (accord_timeline_rows_find (rows, ACCORD_RECORD (awareness), FALSE, &moved_position));
  g_assert_cmpuint (moved_position, >, position);
  while (accord_document_can_undo (fixture->document))
    g_assert_true (accord_document_undo (fixture->document));

  /* Nothing to move without a dated initiative selected. */
  accord_timeline_set_selected (fixture->timeline, ACCORD_RECORD (meeting));
  gtk_widget_activate_action (GTK_WIDGET (fixture->timeline), "timeline.move", "i", 1);
  g_assert_false (accord_document_can_undo (fixture->document));
}

static void
test_accessible (Fixture       *fixture,
                 gconstpointer  data)
{
  AccordInitiative *summit = initiative_titled (fixture->document, "Digital Transformation Summit");
  AccordTimelineRows *rows = _accord_timeline_get_rows (fixture->timeline);
  AccordMeeting *retreat = accord_document_lookup_meeting (fixture->document, "m-amm-retreat-2024");
  g_autoptr(GPtrArray) milestones = NULL;
  g_autoptr(GObject) header = NULL;
  GtkWidget *lane;
  gboolean found = FALSE;
  guint position;

  g_auto(GValue) status = G_VALUE_INIT;

  g_value_init (&status, ACCORD_TYPE_STATUS);
  g_value_set_enum (&status, ACCORD_STATUS_PLANNED);
  accord_document_set_value (fixture->document, G_OBJECT (summit), "status", &status, NULL);
  accord_test_settle ();

  gtk_test_accessible_assert_role (row_for (fixture, summit), GTK_ACCESSIBLE_ROLE_LIST_ITEM);
  gtk_test_accessible_assert_property (row_for (fixture, summit), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Digital Transformation Summit, Q3 2024, "
                                       "July to September 2024, planned");
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (row_for (fixture, summit))));

  g_assert_true (accord_timeline_rows_find (rows, ACCORD_RECORD (retreat), FALSE, &position));
  header = g_list_model_get_item (G_LIST_MODEL (rows), position);
  gtk_test_accessible_assert_property (row_for (fixture, header), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "ASEAN Foreign Ministers' Retreat (AMM Retreat) 2024, "
                                       "3 initiatives");
  gtk_test_accessible_assert_state (row_for (fixture, header), GTK_ACCESSIBLE_STATE_EXPANDED, TRUE);

  /* The lane's milestones are the meetings with their dates. */
  lane = _accord_timeline_get_lane (fixture->timeline);
  milestones = accord_timeline_lane_get_milestones (ACCORD_TIMELINE_LANE (lane));
  g_assert_cmpuint (milestones->len, ==, 3);
  for (guint i = 0; i < milestones->len; i++)
    {
      AccordTimelineMilestone *milestone = g_ptr_array_index (milestones, i);

      if (accord_timeline_milestone_get_meeting (milestone) != retreat)
        continue;
      found = TRUE;
      gtk_test_accessible_assert_role (milestone, GTK_ACCESSIBLE_ROLE_IMG);
      gtk_test_accessible_assert_property (milestone, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                           "ASEAN Foreign Ministers' Retreat (AMM Retreat) 2024, "
                                           "meeting, 29 January 2024");
    }
  g_assert_true (found);

  /* Words follow the document. */
  accord_document_set_string (fixture->document, G_OBJECT (summit), "title", "Digital Summit");
  gtk_test_accessible_assert_property (row_for (fixture, summit), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Digital Summit, Q3 2024, July to September 2024, planned");
}

static void
test_grouping (Fixture       *fixture,
               gconstpointer  data)
{
  AccordTimelineRows *rows = _accord_timeline_get_rows (fixture->timeline);
  guint notified = 0;
  g_autoptr(GObject) first = NULL;

  g_signal_connect (fixture->timeline, "notify::grouping", G_CALLBACK (count_notify), &notified);
  g_assert_cmpint (accord_timeline_get_grouping (fixture->timeline), ==,
                   ACCORD_TIMELINE_GROUPING_MEETING);

  accord_timeline_set_grouping (fixture->timeline, ACCORD_TIMELINE_GROUPING_AREA);
  accord_timeline_set_grouping (fixture->timeline, ACCORD_TIMELINE_GROUPING_AREA);
  g_assert_cmpuint (notified, ==, 1);
  first = g_list_model_get_item (G_LIST_MODEL (rows), 0);
  g_assert_cmpstr (accord_timeline_group_get_title (ACCORD_TIMELINE_GROUP (first)), ==,
                   "Community building");
  accord_test_settle ();

  /* A click on a header folds its group. */
  _accord_timeline_toggle_group (fixture->timeline, ACCORD_TIMELINE_GROUP (first));
  g_assert_false (accord_timeline_group_get_expanded (ACCORD_TIMELINE_GROUP (first)));
  g_clear_object (&first);
  first = g_list_model_get_item (G_LIST_MODEL (rows), 1);
  g_assert_cmpstr (accord_timeline_group_get_title (ACCORD_TIMELINE_GROUP (first)), ==, "Culture");

  accord_timeline_set_grouping (fixture->timeline, ACCORD_TIMELINE_GROUPING_NONE);
  g_assert_cmpuint (notified, ==, 2);
  g_clear_object (&first);
  first = g_list_model_get_item (G_LIST_MODEL (rows), 0);
  g_assert_true (ACCORD_IS_INITIATIVE (first));
}

static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("accord-timeline-XXXXXX", &error);
  const struct {
    AccordTimelineExport format;
    const char *name;
    const char *magic;
  } formats[] = {
    { ACCORD_TIMELINE_EXPORT_PNG, "timeline.png", "\x89PNG" },
    { ACCORD_TIMELINE_EXPORT_SVG, "timeline.svg", "<?xml" },
    { ACCORD_TIMELINE_EXPORT_PDF, "timeline.pdf", "%PDF" },
  };

  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *path = g_build_filename (dir, formats[i].name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autofree char *contents = NULL;
      gsize length;

      g_assert_true (_accord_timeline_export (fixture->timeline, file, formats[i].format, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &contents, &length, &error));
      g_assert_cmpuint (length, >, 1000);
      g_assert_true (g_str_has_prefix (contents, formats[i].magic));

      if (formats[i].format == ACCORD_TIMELINE_EXPORT_PNG)
        {
          g_autoptr(GdkTexture) texture = gdk_texture_new_from_filename (path, &error);
          GtkWidget *canvas = _accord_timeline_get_canvas (fixture->timeline);

          g_assert_no_error (error);
          g_assert_cmpint (gdk_texture_get_width (texture), ==, 2 * gtk_widget_get_width (canvas));
        }
      g_assert_cmpint (g_remove (path), ==, 0);
    }

  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  /* The words tested are the English ones. */
  g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  /* GTK's accessibility backend for tests: it keeps what a screen reader would be told. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  accord_register_resource ();

#define ADD(path, func) \
  g_test_add ("/timeline/widget/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("fit", test_fit);
  ADD ("zoom-anchor", test_zoom_anchor);
  ADD ("selection", test_selection);
  ADD ("activate", test_activate);
  ADD ("drag-move", test_drag_move);
  ADD ("drag-resize", test_drag_resize);
  ADD ("drag-pan", test_drag_pan);
  ADD ("keyboard", test_keyboard);
  ADD ("accessible", test_accessible);
  ADD ("grouping", test_grouping);
  ADD ("export", test_export);
  g_test_add_func ("/timeline/widget/virtual-rows", test_virtual_rows);

  return g_test_run ();
}
