/* SPDX-License-Identifier: GPL-3.0-or-later */

/* accord-ui-bench: prints the timeline's and the lists' figures, one a line,
 * "<metric> n=<N> <value> ms". Needs a display: xvfb-run -a build/tests/bench/accord-ui-bench
 *
 *   accord-ui-bench [--search]          (--search: only the lists' figures)
 *
 *   timeline.frame_ms   one frame of a 1280×800 timeline panning sideways by a pixel
 *   timeline.zoom_ms    one zoom step, as a notch of Ctrl+wheel, with its frame
 *   timeline.scroll_ms  one step down, as a notch of the wheel, with its frame
 *   timeline.edit_ms    renaming an initiative through the document: the rows worked out
 *                       again, and the frame
 *   timeline.open_ms    showing a document: its rows, and the first frame
 *   search.keystroke_ms  the first character typed into the search ("x", which about half
 *                        the records have): the meetings' and the initiatives' models as the
 *                        lists have them, sorted by title, filtered (one filter for both),
 *                        with their selections; no views
 *   search.next_keystroke_ms  the next word ("x" → "x 2")
 *   search.clear_ms      the query emptied again: every record back
 *   search.*_shown_ms    the same through two real record lists in a window, as the
 *                        window has them: the initiatives on screen at 1280×800, the
 *                        meetings on a page not shown; GTK makes the visible rows again
 *                        before the frame
 *   search.frame_ms      the frame after the first keystroke
 *
 * A frame is what GTK does for one: measure and allocate the widgets, then snapshot them into
 * a render node (not rasterized: that is the renderer's cost, the same for any document).
 * Documents are the synthetic ones of accord-bench, N initiatives and N/5 meetings. Each
 * figure is the median of repeated frames. */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <adwaita.h>

#include "accord-bench-data.h"
#include "accord-filter-model.h"
#include "accord-record-filter.h"
#include "accord-record-list.h"
#include "accord-resources.h"
#include "accord-timeline-private.h"

#define WIDTH 1280
#define HEIGHT 800
#define WARM_UP 5
#define FRAMES 61

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *samples)
{
  g_array_sort (samples, compare_doubles);
  return g_array_index (samples, double, samples->len / 2);
}

static void
drain_main_loop (void)
{
  for (guint i = 0; i < 20; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (10000);
    }
}

/* One frame: layout, then snapshot into a render node, as the frame clock does. */
static void
layout_and_snapshot (GtkWidget *window,
                     GtkWidget *timeline)
{
  GtkSnapshot *snapshot;
  GskRenderNode *node;
  int minimum, natural;

  gtk_widget_measure (timeline, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  gtk_widget_measure (timeline, GTK_ORIENTATION_VERTICAL, WIDTH, &minimum, &natural, NULL, NULL);
  gtk_widget_size_allocate (timeline, &(GtkAllocation) { 0, 0, WIDTH, HEIGHT }, -1);

  snapshot = gtk_snapshot_new ();
  gtk_widget_snapshot_child (window, timeline, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  g_clear_pointer (&node, gsk_render_node_unref);
}

typedef enum {
  STEP_PAN,
  STEP_ZOOM,
  STEP_SCROLL,
  STEP_EDIT,
} Step;

static double
measure_steps (GtkWidget *window,
               GtkWidget *timeline,
               Step       step)
{
  AccordTimeline *self = ACCORD_TIMELINE (timeline);
  GtkListView *list_view = _accord_timeline_get_list_view (self);
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list_view));
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < WARM_UP + FRAMES; i++)
    {
      gint64 start = g_get_monotonic_time ();
      double elapsed;

      switch (step)
        {
        case STEP_PAN:
          _accord_timeline_scroll_by (self, i % 2 == 0 ? 1.0 : -1.0);
          break;
        case STEP_ZOOM:
          _accord_timeline_zoom_at (self, i % 2 == 0 ? 1.2 : 1 / 1.2, WIDTH / 3.0);
          break;
        case STEP_SCROLL:
          /* GtkScrolledWindow's step for a wheel notch: the page's height to the power 2/3. */
          gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_value (vadjustment) + 86.0);
          break;
        case STEP_EDIT:
          {
            AccordDocument *document = accord_timeline_get_document (self);
            GListModel *initiatives = accord_document_get_initiatives (document);
            g_autoptr(GObject) initiative = g_list_model_get_item (initiatives, 0);

            accord_document_set_string (document, initiative, "title",
                                        i % 2 == 0 ? "Renamed" : "Named");
          }
          break;
        default:
          g_assert_not_reached ();
        }
      layout_and_snapshot (window, timeline);

      elapsed = (g_get_monotonic_time () - start) / 1000.0;
      if (i >= WARM_UP)
        g_array_append_val (samples, elapsed);
    }

  return median (samples);
}

static void
bench (guint n)
{
  g_autoptr(AccordDocument) document = synthetic_document (n);
  g_autoptr(AccordDocument) empty = accord_document_new ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *timeline = accord_timeline_new ();
  GtkListView *list_view;
  GtkAdjustment *vadjustment;
  gint64 start;

  accord_timeline_set_document (ACCORD_TIMELINE (timeline), empty);
  gtk_window_set_child (GTK_WINDOW (window), timeline);
  gtk_window_set_default_size (GTK_WINDOW (window), WIDTH, HEIGHT);
  gtk_window_present (GTK_WINDOW (window));
  drain_main_loop ();

  start = g_get_monotonic_time ();
  accord_timeline_set_document (ACCORD_TIMELINE (timeline), document);
  layout_and_snapshot (window, timeline);
  printf ("timeline.open_ms n=%u %.3f ms\n", n, (g_get_monotonic_time () - start) / 1000.0);
  drain_main_loop ();

  /* Somewhere in the middle of the rows, where a person would be. */
  list_view = _accord_timeline_get_list_view (ACCORD_TIMELINE (timeline));
  vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list_view));
  gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_upper (vadjustment) / 3);
  layout_and_snapshot (window, timeline);

  printf ("timeline.frame_ms n=%u %.3f ms\n", n, measure_steps (window, timeline, STEP_PAN));
  printf ("timeline.zoom_ms n=%u %.3f ms\n", n, measure_steps (window, timeline, STEP_ZOOM));
  printf ("timeline.scroll_ms n=%u %.3f ms\n", n, measure_steps (window, timeline, STEP_SCROLL));
  printf ("timeline.edit_ms n=%u %.3f ms\n", n, measure_steps (window, timeline, STEP_EDIT));
  fflush (stdout);

  gtk_window_destroy (GTK_WINDOW (window));
  drain_main_loop ();
}

static void
frame (GtkWidget *window)
{
  layout_and_snapshot (window, gtk_window_get_child (GTK_WINDOW (window)));
}

#define N_RECORDS(lists) \
  (g_list_model_get_n_items (accord_document_get_meetings (                                 \
     accord_record_list_get_document (ACCORD_RECORD_LIST (lists[0])))) +                   \
   g_list_model_get_n_items (accord_document_get_initiatives (                              \
     accord_record_list_get_document (ACCORD_RECORD_LIST (lists[0])))))

static double
time_query (AccordRecordFilter *filter,
            const char         *query,
            GtkWidget          *lists[2])
{
  gint64 start = g_get_monotonic_time ();
  double elapsed;
  guint shown = 0;

  accord_record_filter_set_query (filter, query);
  elapsed = (g_get_monotonic_time () - start) / 1000.0;

  for (guint i = 0; i < 2; i++)
    shown += accord_record_list_get_n_shown (ACCORD_RECORD_LIST (lists[i]));
  /* The query must have done something, or the figure means nothing. */
  if (query[0] != '\0')
    g_assert_cmpuint (shown, <, N_RECORDS (lists));

  return elapsed;
}

static int
compare_titles (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  return g_strcmp0 (accord_record_get_title ((AccordRecord *) a),
                    accord_record_get_title ((AccordRecord *) b));
}

/* The models of the two lists without their views: what filtering costs, apart from GTK
 * making rows. */
static void
bench_filter (guint n)
{
  g_autoptr(AccordDocument) document = synthetic_document (n);
  g_autoptr(AccordSearchIndex) index = accord_search_index_new (document);
  g_autoptr(AccordRecordFilter) filter = accord_record_filter_new ();
  g_autoptr(GArray) keystroke = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) next_keystroke = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) clear = g_array_new (FALSE, FALSE, sizeof (double));
  GListModel *lists[2] = { accord_document_get_meetings (document),
                           accord_document_get_initiatives (document) };
  GtkSelectionModel *selections[2];
  const char *queries[] = { "x", "x 2", "" };

  for (guint i = 0; i < 2; i++)
    {
      GtkSorter *sorter = GTK_SORTER (gtk_custom_sorter_new (compare_titles, NULL, NULL));
      GtkSortListModel *sorted = gtk_sort_list_model_new (g_object_ref (lists[i]), sorter);
      AccordFilterModel *filtered = accord_filter_model_new (G_LIST_MODEL (sorted),
                                                             GTK_FILTER (filter));

      accord_filter_model_set_prefetch_func (filtered, accord_record_filter_prefetch, filter);
      g_object_unref (sorted);
      selections[i] = GTK_SELECTION_MODEL (gtk_single_selection_new (G_LIST_MODEL (filtered)));
    }

  accord_record_filter_set_index (filter, index);
  accord_record_filter_set_query (filter, "x");
  accord_record_filter_set_query (filter, "");

  for (guint i = 0; i < WARM_UP + 21; i++)
    {
      double t[G_N_ELEMENTS (queries)];

      for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
        {
          gint64 start = g_get_monotonic_time ();
          guint shown;

          accord_record_filter_set_query (filter, queries[q]);
          t[q] = (g_get_monotonic_time () - start) / 1000.0;
          shown = g_list_model_get_n_items (G_LIST_MODEL (selections[0])) +
                  g_list_model_get_n_items (G_LIST_MODEL (selections[1]));
          g_assert_cmpuint (shown, >, 0);
          if (queries[q][0] != '\0')
            g_assert_cmpuint (shown, <, n + n / 5);
        }

      if (i < WARM_UP)
        continue;
      g_array_append_val (keystroke, t[0]);
      g_array_append_val (next_keystroke, t[1]);
      g_array_append_val (clear, t[2]);
    }

  printf ("search.keystroke_ms n=%u %.3f ms\n", n, median (keystroke));
  printf ("search.next_keystroke_ms n=%u %.3f ms\n", n, median (next_keystroke));
  printf ("search.clear_ms n=%u %.3f ms\n", n, median (clear));
  fflush (stdout);

  for (guint i = 0; i < 2; i++)
    g_object_unref (selections[i]);
}

/* The lists as the window has them: one filter for both kinds of record, each list sorted by
 * title, as a person who clicked that header would have it (the order the records are in
 * memory is then no help). The query is a character that keeps about half the records: a view
 * whose rows all change is the real cost of a keystroke, and "a", which every record has,
 * would hide it. On screen, the figures include GTK making the visible rows again; off screen,
 * they are the models' alone: filtering, and the selection following. */
static void
bench_search (guint n)
{
  g_autoptr(AccordDocument) document = synthetic_document (n);
  g_autoptr(AccordSearchIndex) index = accord_search_index_new (document);
  g_autoptr(AccordRecordFilter) filter = accord_record_filter_new ();
  g_autoptr(GArray) keystroke = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) next_keystroke = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) clear = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) frames = g_array_new (FALSE, FALSE, sizeof (double));
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_stack_new ();
  GtkWidget *lists[2];
  const char *suffix = "_shown";
  const gboolean on_screen = TRUE;

  accord_record_filter_set_index (filter, index);
  lists[0] = accord_record_list_new (ACCORD_TYPE_MEETING);
  lists[1] = accord_record_list_new (ACCORD_TYPE_INITIATIVE);
  for (guint i = 0; i < 2; i++)
    {
      gtk_stack_add_child (GTK_STACK (box), lists[i]);
      accord_record_list_set_document (ACCORD_RECORD_LIST (lists[i]), document);
      accord_record_list_set_filter (ACCORD_RECORD_LIST (lists[i]), GTK_FILTER (filter));
      gtk_widget_activate_action (lists[i], "record-list.sort-by", "(sb)", "title", FALSE);
    }
  gtk_stack_set_visible_child (GTK_STACK (box), lists[1]);
  g_object_ref_sink (box);
  if (on_screen)
    {
      gtk_window_set_child (GTK_WINDOW (window), box);
      gtk_window_set_default_size (GTK_WINDOW (window), WIDTH, HEIGHT);
      gtk_window_present (GTK_WINDOW (window));
    }
  drain_main_loop ();

  /* The first search of a document folds every record once (accord-bench's
   * search.haystack_build_ms); what follows is the steady state of typing. */
  time_query (filter, "x", lists);
  time_query (filter, "", lists);
  if (on_screen)
    frame (window);

  for (guint i = 0; i < WARM_UP + 21; i++)
    {
      double t_keystroke, t_next, t_clear, t_frame = 0;

      t_keystroke = time_query (filter, "x", lists);
      if (on_screen)
        {
          gint64 start = g_get_monotonic_time ();

          frame (window);
          t_frame = (g_get_monotonic_time () - start) / 1000.0;
        }
      t_next = time_query (filter, "x 2", lists);
      if (on_screen)
        frame (window);
      t_clear = time_query (filter, "", lists);
      if (on_screen)
        frame (window);

      if (i < WARM_UP)
        continue;
      g_array_append_val (keystroke, t_keystroke);
      g_array_append_val (next_keystroke, t_next);
      g_array_append_val (clear, t_clear);
      g_array_append_val (frames, t_frame);
    }

  printf ("search.keystroke%s_ms n=%u %.3f ms\n", suffix, n, median (keystroke));
  printf ("search.next_keystroke%s_ms n=%u %.3f ms\n", suffix, n, median (next_keystroke));
  printf ("search.clear%s_ms n=%u %.3f ms\n", suffix, n, median (clear));
  if (on_screen)
    printf ("search.frame_ms n=%u %.3f ms\n", n, median (frames));
  fflush (stdout);

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (box);
  drain_main_loop ();
}

int
main (int   argc,
      char *argv[])
{
  gboolean search_only = argc == 2 && g_str_equal (argv[1], "--search");

  setlocale (LC_ALL, "");
  gtk_init ();
  adw_init ();
  accord_register_resource ();

  if (!search_only)
    {
      bench (1000);
      bench (100000);
    }
  bench_filter (1000);
  bench_filter (100000);
  bench_search (1000);
  bench_search (100000);

  return 0;
}
