/* SPDX-License-Identifier: GPL-3.0-or-later */

/* accord-ui-bench: prints the timeline's figures, one a line, "<metric> n=<N> <value> ms".
 * Needs a display: xvfb-run -a build/tests/bench/accord-ui-bench
 *
 *   timeline.frame_ms   one frame of a 1280×800 timeline panning sideways by a pixel
 *   timeline.zoom_ms    one zoom step, as a notch of Ctrl+wheel, with its frame
 *   timeline.scroll_ms  one step down, as a notch of the wheel, with its frame
 *   timeline.edit_ms    renaming an initiative through the document: the rows worked out
 *                       again, and the frame
 *   timeline.open_ms    showing a document: its rows, and the first frame
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

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  gtk_init ();
  adw_init ();
  accord_register_resource ();

  bench (1000);
  bench (100000);

  return 0;
}
