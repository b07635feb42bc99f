/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-window-files"

#include <glib/gi18n.h>

#include "accord-library.h"
#include "accord-window-private.h"

#define MAX_RECENT 10
/* The type Accord 0.1 gave its recent documents, before DOCUMENT_MIME_TYPE (config.h) */
#define OLD_DOCUMENT_MIME_TYPE "application/json"

static void close_for_good (AccordWindow *self);

/* Helpers */

static char *
file_display_name (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  return g_filename_display_name (basename);
}

static gboolean
is_library (AccordWindow *self)
{
  return accord_session_get_is_library (self->session);
}

static GFile *
session_file (AccordWindow *self)
{
  return accord_session_get_file (self->session);
}

static gboolean
can_save (AccordWindow *self)
{
  return accord_session_get_state (self->session) == ACCORD_SESSION_READY;
}

/* A new document nobody has touched: opening a file may replace it. */
static gboolean
is_blank (AccordWindow *self)
{
  return !is_library (self) && session_file (self) == NULL && can_save (self) &&
         !accord_session_get_modified (self->session);
}

static char *
document_name (AccordWindow *self)
{
  if (is_library (self))
    /* Translators: the name of the user's own, autosaved document */
    return g_strdup (_("Library"));
  if (session_file (self) == NULL)
    /* Translators: the name of a document that has never been saved */
    return g_strdup (_("New Document"));

  return file_display_name (session_file (self));
}

static void
update_title (AccordWindow *self)
{
  g_autofree char *name = document_name (self);
  g_autofree char *subtitle = NULL;
  g_autofree char *title = NULL;

  /* The library is always saved soon; other documents say when they have unsaved changes. */
  if (!is_library (self) && accord_session_get_modified (self->session))
    /* Translators: a document with unsaved changes; %s is its name */
    subtitle = g_strdup_printf (_("%s (modified)"), name);
  else
    subtitle = g_steal_pointer (&name);

  /* Translators: the window's title; %s is the document's name */
  title = g_strdup_printf (_("%s — Accord"), subtitle);

  adw_view_switcher_title_set_subtitle (self->switcher_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
update_file_actions (AccordWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", can_save (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", can_save (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.reload", session_file (self) != NULL);
}

/* The message names the file and says why. A read-only file can still be saved elsewhere. */
static void
toast_save_error (AccordWindow *self,
                  const GError *error)
{
  /* Toast titles are markup: the message contains a file name. */
  g_autofree char *title = g_markup_escape_text (error->message, -1);
  AdwToast *toast = adw_toast_new (title);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_READ_ONLY))
    {
      adw_toast_set_button_label (toast, _("Save _As…"));
      adw_toast_set_action_name (toast, "win.save-as");
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Recent documents */

static const char *
recent_app_name (void)
{
  /* Not g_get_application_name(), which may be translated: the name must not change with the
   * language, or a language switch would hide the list. */
  return g_get_prgname ();
}

static void
add_to_recent (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *exec = g_strdup_printf ("%s %%u", recent_app_name ());
  GtkRecentData data = {
    .mime_type = (char *) DOCUMENT_MIME_TYPE,
    .app_name = (char *) recent_app_name (),
    .app_exec = exec,
  };

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

static int
compare_recent_newest_first (gconstpointer a,
                             gconstpointer b)
{
  GtkRecentInfo *info_a = *(GtkRecentInfo **) a;
  GtkRecentInfo *info_b = *(GtkRecentInfo **) b;

  return g_date_time_compare (gtk_recent_info_get_modified (info_b),
                              gtk_recent_info_get_modified (info_a));
}

/* Menu labels take "_" as a mnemonic: a file name keeps its underscores by doubling them. */
static char *
escape_mnemonic (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "_", -1);

  return g_strjoinv ("__", parts);
}

static void
rebuild_recent_menu (AccordWindow *self)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  g_autoptr(GPtrArray) documents = g_ptr_array_new ();

  for (GList *l = items; l != NULL; l = l->next)
    {
      GtkRecentInfo *info = l->data;

      if (gtk_recent_info_has_application (info, recent_app_name ()) &&
          (g_strcmp0 (gtk_recent_info_get_mime_type (info), DOCUMENT_MIME_TYPE) == 0 ||
           g_strcmp0 (gtk_recent_info_get_mime_type (info), OLD_DOCUMENT_MIME_TYPE) == 0) &&
          gtk_recent_info_exists (info))
        g_ptr_array_add (documents, info);
    }
  g_ptr_array_sort (documents, compare_recent_newest_first);

  g_menu_remove_all (self->recent_menu);
  for (guint i = 0; i < documents->len && i < MAX_RECENT; i++)
    {
      GtkRecentInfo *info = documents->pdata[i];
      g_autofree char *label = escape_mnemonic (gtk_recent_info_get_display_name (info));
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);
      GVariant *uri = g_variant_new_string (gtk_recent_info_get_uri (info));

      g_menu_item_set_action_and_target_value (item, "win.open-recent", uri);
      g_menu_append_item (self->recent_menu, item);
    }

  /* An item without an action is shown but cannot be chosen. */
  if (documents->len == 0)
    g_menu_append (self->recent_menu, _("No Recent Documents"), NULL);

  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

GMenuModel *
_accord_window_get_recent_menu (AccordWindow *self)
{
  g_return_val_if_fail (ACCORD_IS_WINDOW (self), NULL);

  return G_MENU_MODEL (self->recent_menu);
}

/* Saving: the session writes in another thread and says how it went. */

static void
on_session_saved (AccordSession *session,
                  GFile         *file,
                  AccordWindow  *self)
{
  if (!accord_session_get_is_library (session))
    add_to_recent (file);
  update_title (self);
  update_file_actions (self);
}

static void
on_session_save_failed (AccordSession *session,
                        GFile         *file,
                        const GError  *error,
                        AccordWindow  *self)
{
  toast_save_error (self, error);
}

static void
save_done (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(AccordWindow) self = user_data;
  gboolean close_after = self->close_after_save;

  self->close_after_save = FALSE;
  /* A failure has its toast from "save-failed". */
  if (accord_session_save_finish (ACCORD_SESSION (source), result, NULL) && close_after)
    close_for_good (self);
}

/* Saves to @file (NULL: where the document lives); @close_after closes the window once the
 * document is written. */
static void
save (AccordWindow *self,
      GFile        *file,
      gboolean      close_after)
{
  self->close_after_save = close_after;
  accord_session_save_async (self->session, file, NULL, save_done, g_object_ref (self));
}

void
_accord_window_flush_autosave (AccordWindow *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (ACCORD_IS_WINDOW (self));

  /* Called as the application quits: the toast may never be seen, the warning is logged. */
  if (!accord_session_flush (self->session, &error))
    g_warning ("Could not save %s: %s", g_file_peek_path (session_file (self)), error->message);
}

/* What the session holds */

static void
on_document_modified_changed (AccordWindow *self)
{
  update_title (self);
}

static void
show_load_error (AccordWindow *self)
{
  g_autofree char *where = g_file_get_parse_name (session_file (self));
  const GError *error = accord_session_get_error (self->session);

  if (is_library (self))
    g_warning ("Could not open the library %s: %s", g_file_peek_path (session_file (self)),
               error->message);
  accord_window_show_error (self, where, error->message);
}

/* The first run of the library took in Accord 0.1's library.json: say where it went. */
static void
toast_imported (AccordWindow *self)
{
  AccordStore *store = accord_session_get_store (self->session);
  GFile *imported;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (!ACCORD_IS_LIBRARY (store) || (imported = accord_library_get_imported (ACCORD_LIBRARY (store))) == NULL)
    return;

  name = file_display_name (imported);
  /* Translators: %s is a file name, "library.json.imported" */
  title = g_markup_printf_escaped (_("Your library was moved into a database; the old file is "
                                     "kept as “%s”"), name);
  toast = adw_toast_new (title);
  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
on_session_state_changed (AccordWindow *self)
{
  AccordDocument *document = accord_session_get_document (self->session);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (self->document, on_document_modified_changed, self);
  accord_window_set_document (self, document);
  if (document != NULL)
    g_signal_connect_object (document, "notify::modified",
                             G_CALLBACK (on_document_modified_changed), self, G_CONNECT_SWAPPED);

  switch (accord_session_get_state (self->session))
    {
    case ACCORD_SESSION_EMPTY:
    case ACCORD_SESSION_LOADING:
      gtk_stack_set_visible_child_name (self->content_stack, "loading");
      break;

    case ACCORD_SESSION_READY:
      if (session_file (self) != NULL && !is_library (self))
        add_to_recent (session_file (self));
      toast_imported (self);
      break;

    case ACCORD_SESSION_FAILED:
      show_load_error (self);
      break;

    default:
      g_assert_not_reached ();
    }

  update_title (self);
  update_file_actions (self);
}

/* Changes on disk */

static void
on_disk_toast_dismissed (AccordWindow *self,
                         AdwToast     *toast)
{
  if (self->disk_toast == toast)
    g_clear_object (&self->disk_toast);
}

static void
dismiss_disk_toast (AccordWindow *self)
{
  g_autoptr(AdwToast) toast = g_steal_pointer (&self->disk_toast);

  if (toast != NULL)
    adw_toast_dismiss (toast);
}

static void
on_disk_state_changed (AccordWindow *self)
{
  AccordDiskState state = accord_session_get_disk_state (self->session);
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  dismiss_disk_toast (self);
  if (state == ACCORD_DISK_UNCHANGED)
    return;

  name = file_display_name (session_file (self));
  if (state == ACCORD_DISK_DELETED)
    /* Translators: %s is a file name */
    title = g_markup_printf_escaped (_("“%s” was deleted by another program"), name);
  else
    /* Translators: %s is a file name */
    title = g_markup_printf_escaped (_("“%s” was changed by another program"), name);

  toast = adw_toast_new (title);
  /* It stays until the person acts on it: this is not a passing remark. */
  adw_toast_set_timeout (toast, 0);
  if (state == ACCORD_DISK_CHANGED)
    {
      adw_toast_set_button_label (toast, _("_Reload"));
      adw_toast_set_action_name (toast, "win.reload");
    }
  g_signal_connect_object (toast, "dismissed",
                           G_CALLBACK (on_disk_toast_dismissed), self, G_CONNECT_SWAPPED);
  self->disk_toast = g_object_ref (toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Opening */

AccordSession *
accord_window_get_session (AccordWindow *self)
{
  g_return_val_if_fail (ACCORD_IS_WINDOW (self), NULL);

  return self->session;
}

void
accord_window_open_library (AccordWindow *self)
{
  g_autoptr(GFile) file = accord_application_get_library_file ();
  g_autoptr(GBytes) seed = accord_application_get_builtin_dataset ();
  g_autoptr(AccordLibrary) library = accord_library_new (file, seed);

  g_return_if_fail (ACCORD_IS_WINDOW (self));

  accord_session_open_store (self->session, ACCORD_STORE (library));
}

void
accord_window_open_file (AccordWindow *self,
                         GFile        *file)
{
  g_return_if_fail (ACCORD_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  accord_session_open_file (self->session, file);
}

void
accord_window_open_new (AccordWindow *self)
{
  g_return_if_fail (ACCORD_IS_WINDOW (self));

  accord_session_open_new (self->session);
}

GFile *
accord_window_get_file (AccordWindow *self)
{
  g_return_val_if_fail (ACCORD_IS_WINDOW (self), NULL);

  return session_file (self);
}

/* Opens @file where the person expects it: the window that already shows it, this window
 * when it holds only an untouched new document, or else a new window. */
static void
open_for_person (AccordWindow *self,
                 GFile        *file)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  if (application != NULL)
    accord_application_show_file (ACCORD_APPLICATION (application), file,
                                  is_blank (self) ? self : NULL);
  else
    accord_window_open_file (self, file);
}

/* File choosers */

static GtkFileFilter *
document_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Accord Documents"));
  gtk_file_filter_add_mime_type (filter, DOCUMENT_MIME_TYPE);
  gtk_file_filter_add_suffix (filter, "json");

  return filter;
}

/* The window owns its chooser, so that one closing with the window answers nobody. */
static void
drop_chooser (AccordWindow *self)
{
  if (self->chooser == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->chooser, self);
  gtk_native_dialog_hide (self->chooser);
  gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
}

static void
show_chooser (AccordWindow         *self,
              GtkFileChooserNative *chooser,
              GCallback             on_response)
{
  g_autoptr(GtkFileFilter) filter = document_filter ();

  drop_chooser (self);
  g_set_object (&self->chooser, GTK_NATIVE_DIALOG (chooser));

  gtk_native_dialog_set_modal (self->chooser, TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect_object (chooser, "response", on_response, self, 0);
  gtk_native_dialog_show (self->chooser);
}

static void
forget_chooser (AccordWindow    *self,
                GtkNativeDialog *chooser)
{
  if (self->chooser == chooser)
    g_clear_object (&self->chooser);
}

static void
on_open_response (GtkNativeDialog *chooser,
                  int              response,
                  AccordWindow    *self)
{
  g_autoptr(GtkNativeDialog) held = g_object_ref (chooser);

  forget_chooser (self, chooser);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        open_for_person (self, file);
    }
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);
  g_autoptr(GtkFileChooserNative) chooser = NULL;

  chooser = gtk_file_chooser_native_new (_("Open Document"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  show_chooser (self, chooser, G_CALLBACK (on_open_response));
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  open_for_person (self, file);
}

static void
on_save_as_response (GtkNativeDialog *chooser,
                     int              response,
                     AccordWindow    *self)
{
  g_autoptr(GtkNativeDialog) held = g_object_ref (chooser);
  gboolean close_after = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "close-after"));

  forget_chooser (self, chooser);

  if (response == GTK_RESPONSE_ACCEPT && can_save (self))
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        save (self, file, close_after);
    }
}

/* @close_after closes the window once the document is saved. */
static void
choose_save_file (AccordWindow *self,
                  gboolean      close_after)
{
  g_autoptr(GtkFileChooserNative) chooser = NULL;

  chooser = gtk_file_chooser_native_new (_("Save Document As"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));

  if (session_file (self) != NULL && !is_library (self))
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), session_file (self), NULL);
  else
    /* Translators: the file name offered when a document is first saved; keep ".accord.json",
     * which tells Accord's documents from other JSON files */
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("Meetings.accord.json"));

  g_object_set_data (G_OBJECT (chooser), "close-after", GINT_TO_POINTER (close_after));
  show_chooser (self, chooser, G_CALLBACK (on_save_as_response));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);

  if (!can_save (self))
    return;

  if (session_file (self) == NULL)
    choose_save_file (self, FALSE);
  else
    save (self, NULL, FALSE);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);

  if (!can_save (self))
    return;

  choose_save_file (self, FALSE);
}

/* Reloading */

static void
reload (AccordWindow *self)
{
  dismiss_disk_toast (self);
  accord_session_reload (self->session);
}

static void
on_reload_response (AdwMessageDialog *dialog,
                    const char       *response,
                    AccordWindow     *self)
{
  if (g_strcmp0 (response, "reload") == 0)
    reload (self);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);
  g_autofree char *name = NULL;
  GtkWidget *dialog;

  if (session_file (self) == NULL)
    return;

  if (!accord_session_get_modified (self->session))
    {
      reload (self);
      return;
    }

  name = file_display_name (session_file (self));
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Reload and Lose Your Changes?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  /* Translators: %s is a file name */
                                  _("“%s” was changed by another program. Reloading it shows "
                                    "what is in the file now and discards the changes made "
                                    "here."),
                                  name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "reload", _("_Reload"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reload",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_reload_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
close_for_good_cb (gpointer user_data)
{
  AccordWindow *self = user_data;

  self->close_source = 0;
  self->close_confirmed = TRUE;
  gtk_window_close (GTK_WINDOW (self));

  return G_SOURCE_REMOVE;
}

/* Closes the window once the dialog that asked has finished answering: destroying its parent
 * while it emits "response" would destroy the dialog under its own feet. */
static void
close_for_good (AccordWindow *self)
{
  if (self->close_source == 0)
    self->close_source = g_idle_add (close_for_good_cb, self);
}

static void
on_close_response (AdwMessageDialog *dialog,
                   const char       *response,
                   AccordWindow     *self)
{
  if (g_strcmp0 (response, "discard") == 0)
    {
      close_for_good (self);
    }
  else if (g_strcmp0 (response, "save") == 0)
    {
      if (session_file (self) == NULL)
        choose_save_file (self, TRUE);
      else
        save (self, NULL, TRUE);
    }
}

static void
ask_before_closing (AccordWindow *self,
                    const char   *heading,
                    const char   *body,
                    gboolean      can_save)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (dialog, "cancel");
  if (can_save)
    {
      adw_message_dialog_add_response (dialog, "save", _("_Save"));
      adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, "save");
    }
  else
    {
      adw_message_dialog_set_default_response (dialog, "cancel");
    }

  g_signal_connect_object (dialog, "response", G_CALLBACK (on_close_response), self, 0);
  self->close_dialog = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->close_dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
_accord_window_confirm_close (AccordWindow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *body = NULL;

  g_return_val_if_fail (ACCORD_IS_WINDOW (self), FALSE);

  if (self->close_confirmed || !can_save (self))
    return FALSE;

  if (self->close_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->close_dialog));
      return TRUE;
    }

  name = document_name (self);

  /* The library is saved, never asked about, unless saving it fails. */
  if (is_library (self))
    {
      g_autoptr(GError) error = NULL;

      if (accord_session_flush (self->session, &error))
        return FALSE;

      /* Translators: %1$s is where the library is (a path), %2$s why it could not be saved,
       * as the system says it */
      body = g_strdup_printf (_("“%1$s” could not be saved. Changes that are not saved will be "
                                "lost.\n\n%2$s"),
                              g_file_peek_path (session_file (self)), error->message);
      ask_before_closing (self, _("Changes Could Not Be Saved"), body, FALSE);
      return TRUE;
    }

  if (!accord_session_get_modified (self->session))
    return FALSE;

  /* Translators: %s is a document's name */
  body = g_strdup_printf (_("“%s” has unsaved changes. Changes that are not saved will be lost."),
                          name);
  ask_before_closing (self, _("Save Changes?"), body, TRUE);
  return TRUE;
}

/* Setup */

void
_accord_window_class_init_files (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_S,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-as", NULL);
}

void
_accord_window_init_files (AccordWindow *self)
{
  self->session = accord_session_new ();
  g_signal_connect_object (self->session, "notify::state",
                           G_CALLBACK (on_session_state_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::file",
                           G_CALLBACK (update_title), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::disk-state",
                           G_CALLBACK (on_disk_state_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "saved", G_CALLBACK (on_session_saved), self, 0);
  g_signal_connect_object (self->session, "save-failed",
                           G_CALLBACK (on_session_save_failed), self, 0);

  self->recent_menu = g_menu_new ();
  rebuild_recent_menu (self);
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (rebuild_recent_menu), self, G_CONNECT_SWAPPED);

  update_title (self);
  update_file_actions (self);
}

void
_accord_window_dispose_files (AccordWindow *self)
{
  /* A window destroyed without being closed (the session ends) still keeps the library;
   * one closed after "Discard" does not. */
  if (self->session != NULL && !self->close_confirmed)
    _accord_window_flush_autosave (self);

  g_clear_handle_id (&self->close_source, g_source_remove);
  drop_chooser (self);
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_clear_object (&self->session);
  g_clear_object (&self->disk_toast);
  g_clear_object (&self->recent_menu);
  if (self->close_dialog != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->close_dialog),
                                    (gpointer *) &self->close_dialog);
      self->close_dialog = NULL;
    }
  g_signal_handlers_disconnect_by_data (gtk_recent_manager_get_default (), self);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (self->document, on_document_modified_changed, self);
}
