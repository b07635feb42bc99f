/* SPDX-License-Identifier: GPL-3.0-or-later */

/* accord-timeline-demo: the timeline alone in a window, on the built-in dataset or a document.
 *
 *   accord-timeline-demo [--select TITLE] [--zoom year|quarter|month|week] [FILE]
 *
 * --select selects the initiative or meeting of that title, --zoom shows the year, quarter,
 * month or week around it.
 *
 * For looking at the widget (look-at) and for the end-to-end test, which reads its bars
 * through AT-SPI as a screen reader does. */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <adwaita.h>
#include <glib/gi18n.h>

#include "accord-json-file.h"
#include "accord-json.h"
#include "accord-resources.h"
#include "accord-timeline.h"

static char *document_path;
static char *select_title;
static char *zoom;

static AccordRecord *
record_titled (AccordDocument *document,
               const char     *title)
{
  GListModel *lists[] = { accord_document_get_initiatives (document),
                          accord_document_get_meetings (document) };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
        {
          g_autoptr(AccordRecord) record = g_list_model_get_item (lists[l], i);

          if (g_strcmp0 (accord_record_get_title (record), title) == 0)
            return record;
        }
    }

  return NULL;
}

static AccordDocument *
load_document (void)
{
  AccordDocument *document = accord_document_new ();
  g_autoptr(GError) error = NULL;

  if (document_path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (document_path);

      if (!accord_json_file_load (document, file, NULL, &error))
        g_printerr ("%s: %s\n", document_path, error->message);
    }
  else
    {
      const char *path = "/io/github/accordapp/Accord/asean-2024.json";
      g_autoptr(GBytes) dataset = g_resources_lookup_data (path, 0, &error);

      if (dataset == NULL || !accord_json_load_data (document, g_bytes_get_data (dataset, NULL),
                                                     g_bytes_get_size (dataset), &error))
        g_printerr ("asean-2024.json: %s\n", error->message);
    }

  return document;
}

static void
on_activated (AccordTimeline *timeline,
              AccordRecord   *record)
{
  /* The end-to-end test reads this. */
  g_print ("activated %s\n", accord_record_get_id (record));
  fflush (stdout);
}

static void
on_activate (GApplication *app)
{
  g_autoptr(AccordDocument) document = load_document ();
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *timeline = accord_timeline_new ();

  accord_timeline_set_document (ACCORD_TIMELINE (timeline), document);
  g_signal_connect (timeline, "activated", G_CALLBACK (on_activated), NULL);
  gtk_window_set_title (GTK_WINDOW (window), "Timeline");
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), timeline);
  gtk_window_present (GTK_WINDOW (window));

  if (select_title != NULL)
    {
      AccordRecord *record = record_titled (document, select_title);

      if (record == NULL)
        g_printerr ("No meeting or initiative is called “%s”\n", select_title);
      accord_timeline_set_selected (ACCORD_TIMELINE (timeline), record);
    }
  if (zoom != NULL)
    {
      /* Once the timeline knows its width */
      while (gtk_widget_get_width (timeline) == 0)
        g_main_context_iteration (NULL, TRUE);
      gtk_widget_activate_action (timeline, "timeline.zoom-preset", "s", zoom);
      gtk_widget_activate_action (timeline, "timeline.go-to-selection", NULL);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;
  const char *localedir = g_getenv ("ACCORD_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--select") && i + 1 < argc)
        select_title = argv[++i];
      else if (g_str_equal (argv[i], "--zoom") && i + 1 < argc)
        zoom = argv[++i];
      else
        document_path = argv[i];
    }

  accord_register_resource ();
  app = g_object_new (ADW_TYPE_APPLICATION,
                      "application-id", "io.github.accordapp.Accord.TimelineDemo",
                      "flags", G_APPLICATION_NON_UNIQUE,
                      /* Accord's style.css, which libadwaita loads from here */
                      "resource-base-path", "/io/github/accordapp/Accord",
                      NULL);
  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);

  return g_application_run (G_APPLICATION (app), 1, argv);
}
