/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-application"

#include <glib/gi18n.h>

#include "accord-application.h"
#include "accord-data-resources.h"
#include "accord-release-notes.h"
#include "accord-resources.h"
#include "accord-window-private.h"

#define BUILTIN_DATASET "/io/github/accordapp/Accord/asean-2024.json"
#define METAINFO "/io/github/accordapp/Accord/metainfo.xml"

struct _AccordApplication
{
  AdwApplication parent_instance;

  /* Logging out is held back while a document has unsaved changes. */
  guint inhibit_cookie;
  gboolean inhibited;
  /* "accord --new-window" started this instance: it shows a new document, not the library. */
  gboolean start_with_new_window;
};

G_DEFINE_FINAL_TYPE (AccordApplication, accord_application, ADW_TYPE_APPLICATION)

enum {
  PROP_0,
  PROP_INHIBITED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void new_window (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data);

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
  AccordWindow *window;

  if (self->start_with_new_window)
    {
      self->start_with_new_window = FALSE;
      new_window (NULL, NULL, self);
      return;
    }

  window = find_window (self, NULL, TRUE);

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
  g_autoptr(GBytes) metainfo = NULL;
  g_autofree char *release_notes = NULL;
  GtkWidget *about;

  metainfo = g_resources_lookup_data (METAINFO, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_assert (metainfo != NULL);
  release_notes = accord_release_notes_from_metainfo (g_bytes_get_data (metainfo, NULL),
                                                      g_bytes_get_size (metainfo), VERSION,
                                                      g_get_language_names ());

  /* The development profile has a name of its own (APP_NAME); "Accord" is not translated. */
  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (application),
                        "application-name", APP_NAME,
                        "application-icon", APP_ID,
                        "version", VERSION,
                        "release-notes-version", VERSION,
                        "release-notes", release_notes,
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

/* Unsaved changes: holding back logout */

static void
set_inhibited (AccordApplication *self,
               GtkWindow         *modified)
{
  if ((modified != NULL) == self->inhibited)
    return;

  if (modified != NULL)
    {
      self->inhibit_cookie =
        gtk_application_inhibit (GTK_APPLICATION (self), modified, GTK_APPLICATION_INHIBIT_LOGOUT,
                                 /* Translators: why logging out is held back */
                                 _("A document has unsaved changes"));
    }
  else if (self->inhibit_cookie != 0)
    {
      gtk_application_uninhibit (GTK_APPLICATION (self), self->inhibit_cookie);
      self->inhibit_cookie = 0;
    }

  self->inhibited = modified != NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INHIBITED]);
}

static void
update_inhibited (AccordApplication *self)
{
  GtkWindow *modified = NULL;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self));
       l != NULL && modified == NULL; l = l->next)
    {
      AccordDocument *document;

      if (!ACCORD_IS_WINDOW (l->data))
        continue;
      document = accord_window_get_document (l->data);
      if (document != NULL && accord_document_get_modified (document))
        modified = l->data;
    }

  set_inhibited (self, modified);
}

#define INHIBIT_GROUP_KEY "accord-application-inhibit-group"

/* Each window's document, whichever it shows, tells when it gains or loses unsaved changes. */
static void
accord_application_window_added (GtkApplication *application,
                                 GtkWindow      *window)
{
  GTK_APPLICATION_CLASS (accord_application_parent_class)->window_added (application, window);

  if (ACCORD_IS_WINDOW (window))
    {
      GSignalGroup *group = g_signal_group_new (ACCORD_TYPE_DOCUMENT);

      g_signal_group_connect_object (group, "notify::modified", G_CALLBACK (update_inhibited),
                                     application, G_CONNECT_SWAPPED);
      g_object_bind_property (window, "document", group, "target", G_BINDING_SYNC_CREATE);
      g_object_set_data_full (G_OBJECT (window), INHIBIT_GROUP_KEY, group, g_object_unref);
      g_signal_connect_object (window, "notify::document", G_CALLBACK (update_inhibited),
                               application, G_CONNECT_SWAPPED);
    }
  update_inhibited (ACCORD_APPLICATION (application));
}

static void
accord_application_window_removed (GtkApplication *application,
                                   GtkWindow      *window)
{
  if (ACCORD_IS_WINDOW (window))
    {
      g_signal_handlers_disconnect_by_func (window, update_inhibited, application);
      g_object_set_data (G_OBJECT (window), INHIBIT_GROUP_KEY, NULL);
    }

  GTK_APPLICATION_CLASS (accord_application_parent_class)->window_removed (application, window);
  update_inhibited (ACCORD_APPLICATION (application));
}

gboolean
accord_application_get_inhibited (AccordApplication *self)
{
  g_return_val_if_fail (ACCORD_IS_APPLICATION (self), FALSE);

  return self->inhibited;
}

/* Command line */

static const GOptionEntry option_entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and quit"), NULL },
  { "new-window", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Open a new window"), NULL },
  { NULL }
};

static int
accord_application_handle_local_options (GApplication *application,
                                         GVariantDict *options)
{
  AccordApplication *self = ACCORD_APPLICATION (application);
  g_autoptr(GError) error = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", APP_NAME, VERSION);
      return EXIT_SUCCESS;
    }

  if (g_variant_dict_contains (options, "new-window"))
    {
      if (!g_application_register (application, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return EXIT_FAILURE;
        }
      /* The running instance opens it; else this one starts with it. */
      if (g_application_get_is_remote (application))
        {
          g_action_group_activate_action (G_ACTION_GROUP (application), "new-window", NULL);
          return EXIT_SUCCESS;
        }
      self->start_with_new_window = TRUE;
    }

  return G_APPLICATION_CLASS (accord_application_parent_class)->handle_local_options (application,
                                                                                       options);
}

static void
accord_application_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  AccordApplication *self = ACCORD_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_INHIBITED:
      g_value_set_boolean (value, self->inhibited);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_application_class_init (AccordApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);
  GtkApplicationClass *gtk_app_class = GTK_APPLICATION_CLASS (klass);

  object_class->get_property = accord_application_get_property;

  app_class->activate = accord_application_activate;
  app_class->open = accord_application_open;
  app_class->startup = accord_application_startup;
  app_class->shutdown = accord_application_shutdown;
  app_class->handle_local_options = accord_application_handle_local_options;

  gtk_app_class->window_added = accord_application_window_added;
  gtk_app_class->window_removed = accord_application_window_removed;

  /* TRUE while some window's document has unsaved changes, and logging out is held back. */
  properties[PROP_INHIBITED] =
    g_param_spec_boolean ("inhibited", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Registered by hand (--manual-register), once: a constructor in a static archive is only
   * linked when something else pulls its object file in. */
  accord_register_resource ();
  accord_data_register_resource ();
}

static void
accord_application_init (AccordApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  /* Translators: what "accord --help" says comes after the options */
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE…]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Track diplomatic meetings and the initiatives they launch"));
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
