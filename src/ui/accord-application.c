/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-application"

#include <glib/gi18n.h>

#include "accord-application.h"
#include "accord-resources.h"
#include "accord-window-private.h"

#define BUILTIN_DATASET "/io/github/accordapp/Accord/asean-2024.json"

struct _AccordApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (AccordApplication, accord_application, ADW_TYPE_APPLICATION)

GFile *
accord_application_get_library_file (void)
{
  return g_file_new_build_filename (g_get_user_data_dir (), "accord", "library.db", NULL);
}

GBytes *
accord_application_get_builtin_dataset (void)
{
  g_autoptr(GError) error = NULL;
  GBytes *dataset = g_resources_lookup_data (BUILTIN_DATASET, G_RESOURCE_LOOKUP_FLAGS_NONE,
                                             &error);

  /* It is compiled in: only a broken build lacks it. */
  g_assert_no_error (error);
  return dataset;
}

/* The window showing @file (for the library: the library window), or NULL. */
static AccordWindow *
find_window (AccordApplication *self,
             GFile             *file,
             gboolean           library)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      AccordWindow *window = l->data;
      AccordSession *session;
      GFile *shown;

      if (!ACCORD_IS_WINDOW (window))
        continue;
      session = accord_window_get_session (window);
      shown = accord_session_get_file (session);
      if (accord_session_get_is_library (session) != library)
        continue;
      if (library || (shown != NULL && g_file_equal (shown, file)))
        return window;
    }

  return NULL;
}

/* There is one library window: two would autosave over each other. */
static void
accord_application_activate (GApplication *application)
{
  AccordApplication *self = ACCORD_APPLICATION (application);
  AccordWindow *window = find_window (self, NULL, TRUE);

  if (window == NULL)
    {
      window = accord_window_new (self);
      accord_window_open_library (window);
    }

  gtk_window_present (GTK_WINDOW (window));
}

void
accord_application_show_file (AccordApplication *self,
                              GFile             *file,
                              AccordWindow      *window)
{
  g_autoptr(GFile) library = accord_application_get_library_file ();
  AccordWindow *existing;

  g_return_if_fail (ACCORD_IS_APPLICATION (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (window == NULL || ACCORD_IS_WINDOW (window));

  if (g_file_equal (file, library))
    {
      g_application_activate (G_APPLICATION (self));
      return;
    }

  existing = find_window (self, file, FALSE);
  if (existing != NULL)
    {
      /* Asking again for a file that could not be read tries again. */
      if (accord_session_get_state (accord_window_get_session (existing)) ==
          ACCORD_SESSION_FAILED)
        accord_window_open_file (existing, file);
      gtk_window_present (GTK_WINDOW (existing));
      return;
    }

  if (window == NULL)
    window = accord_window_new (self);
  accord_window_open_file (window, file);
  gtk_window_present (GTK_WINDOW (window));
}

/* "accord FILE…", from the command line, a file manager or another instance: each file in
 * its own window. */
static void
accord_application_open (GApplication  *application,
                         GFile        **files,
                         int            n_files,
                         const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    accord_application_show_file (ACCORD_APPLICATION (application), files[i], NULL);
}

static void
show_about (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  GtkApplication *application = user_data;
  const char *developers[] = { _("The Accord developers"), NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (application),
                        "application-name", _("Accord"),
                        "application-icon", APP_ID,
                        "version", VERSION,
                        "developer-name", _("The Accord developers"),
                        "developers", developers,
                        /* Translators: put your names here, one per line */
                        "translator-credits", _("translator-credits"),
                        "comments", _("Follow diplomatic meetings and the initiatives they launch"),
                        "website", "https://github.com/accordapp/accord",
                        "issue-url", "https://github.com/accordapp/accord/issues",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "copyright", "© 2026 The Accord developers",
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
new_window (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  AccordWindow *window = accord_window_new (ACCORD_APPLICATION (user_data));

  accord_window_open_new (window);
  gtk_window_present (GTK_WINDOW (window));
}

static void
quit (GSimpleAction *action,
      GVariant      *parameter,
      gpointer       user_data)
{
  GtkApplication *application = user_data;
  GList *windows;

  /* Closing through the windows lets each one save its state, autosave the library and ask
   * about unsaved changes; the application ends with its last window. A window that closes
   * leaves the application's list, hence the copy. */
  windows = g_list_copy (gtk_application_get_windows (application));
  for (GList *l = windows; l != NULL; l = l->next)
    g_object_ref (l->data);
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_list_free_full (windows, g_object_unref);
}

static const GActionEntry app_actions[] = {
  { "about", show_about },
  { "new-window", new_window },
  { "quit", quit },
};

static void
accord_application_startup (GApplication *application)
{
  const char *quit_accels[] = { "<Control>q", NULL };
  /* Ctrl+N makes a new record. */
  const char *new_window_accels[] = { "<Control><Shift>n", NULL };

  G_APPLICATION_CLASS (accord_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (application), app_actions,
                                   G_N_ELEMENTS (app_actions), application);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.new-window",
                                         new_window_accels);
  gtk_window_set_default_icon_name (APP_ID);
}

/* However the application ends, what was typed into the library is on disk. */
static void
accord_application_shutdown (GApplication *application)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (application));
       l != NULL; l = l->next)
    {
      if (ACCORD_IS_WINDOW (l->data))
        _accord_window_flush_autosave (l->data);
    }

  G_APPLICATION_CLASS (accord_application_parent_class)->shutdown (application);
}

static void
accord_application_class_init (AccordApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = accord_application_activate;
  app_class->open = accord_application_open;
  app_class->startup = accord_application_startup;
  app_class->shutdown = accord_application_shutdown;

  /* Registered by hand (--manual-register), once: a constructor in a static archive is only
   * linked when something else pulls its object file in. */
  accord_register_resource ();
}

static void
accord_application_init (AccordApplication *self)
{
}

AccordApplication *
accord_application_new (void)
{
  /* The same resources serve the .Devel profile, whose id would give another base path. */
  return g_object_new (ACCORD_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/accordapp/Accord",
                       NULL);
}
