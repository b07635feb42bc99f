/* SPDX-License-Identifier: GPL-3.0-or-later */

/* accord-startup-bench: prints "startup.first_frame_ms n=<records> <value> ms", the time from
 * starting a process to the first frame of the main window showing the built-in dataset,
 * median of repeated runs. Run it under a display (Xvfb in CI).
 *
 * The parent spawns itself with --child; both read CLOCK_MONOTONIC (g_get_monotonic_time),
 * so the figure includes exec, dynamic linking, GTK start-up, loading and the first paint. */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>

#include "accord-resources.h"
#include "accord-window-private.h"

#define RUNS 7

static gboolean
after_paint_cb (GdkFrameClock *clock,
                AccordWindow  *window)
{
  if (g_strcmp0 (gtk_stack_get_visible_child_name (window->content_stack), "content") != 0)
    return G_SOURCE_CONTINUE;

  g_print ("%" G_GINT64_FORMAT " %u\n", g_get_monotonic_time (),
           g_list_model_get_n_items (accord_document_get_meetings (window->document)) +
           g_list_model_get_n_items (accord_document_get_initiatives (window->document)));
  exit (0);
}

static void
on_realize (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), widget);
}

static int
run_child (void)
{
  AccordWindow *window;

  gtk_init ();
  adw_init ();
  accord_register_resource ();

  window = g_object_new (ACCORD_TYPE_WINDOW, NULL);
  g_signal_connect (window, "realize", G_CALLBACK (on_realize), NULL);
  accord_window_open_library (window);
  gtk_window_present (GTK_WINDOW (window));

  while (TRUE)
    g_main_context_iteration (NULL, TRUE);

  return 1;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = NULL;
  double samples[RUNS];
  guint n_records = 0;

  if (argc == 2 && g_str_equal (argv[1], "--child"))
    return run_child ();

  /* A library of its own: the first run copies the built-in dataset, as a new user's does. */
  home = g_dir_make_tmp ("accord-startup-bench-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  /* The build's schema, unless told otherwise (an installed one, under meson devenv). */
  g_setenv ("GSETTINGS_SCHEMA_DIR", BUILD_SCHEMA_DIR, FALSE);

  for (guint i = 0; i < RUNS; i++)
    {
      const char *child_argv[] = { argv[0], "--child", NULL };
      g_autofree char *output = NULL;
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      gint64 painted = 0;
      int status;

      if (!g_spawn_sync (NULL, (char **) child_argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                         &output, NULL, &status, &error) ||
          !g_spawn_check_wait_status (status, &error) ||
          sscanf (output, "%" G_GINT64_FORMAT " %u", &painted, &n_records) != 2)
        g_error ("startup child: %s", error != NULL ? error->message : output);

      samples[i] = (painted - start) / 1000.0;
    }

  qsort (samples, RUNS, sizeof (double), compare_doubles);
  g_print ("startup.first_frame_ms n=%u %.2f ms\n", n_records, samples[RUNS / 2]);

  {
    g_autofree char *library = g_build_filename (home, "accord", "library.json", NULL);
    g_autofree char *folder = g_build_filename (home, "accord", NULL);

    g_unlink (library);
    g_rmdir (folder);
    g_rmdir (home);
  }

  return 0;
}
