/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-window-actions"

#include <glib/gi18n.h>

#include "accord-attribute.h"
#include "accord-field-row.h"
#include "accord-participant.h"
#include "accord-source.h"
#include "accord-window-private.h"

void
_accord_window_update_actions (AccordWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_document = self->document != NULL;
  gboolean has_selection = _accord_window_get_selected (self) != NULL;
  const char *undo_label = has_document ? accord_document_get_undo_label (self->document) : NULL;
  const char *redo_label = has_document ? accord_document_get_redo_label (self->document) : NULL;
  g_autofree char *undo_tooltip = NULL;
  g_autofree char *redo_tooltip = NULL;

  gtk_widget_action_set_enabled (widget, "win.undo",
                                 has_document && accord_document_can_undo (self->document));
  gtk_widget_action_set_enabled (widget, "win.redo",
                                 has_document && accord_document_can_redo (self->document));
  gtk_widget_action_set_enabled (widget, "win.new-record", has_document);
  gtk_widget_action_set_enabled (widget, "win.new-meeting", has_document);
  gtk_widget_action_set_enabled (widget, "win.new-initiative", has_document);
  gtk_widget_action_set_enabled (widget, "win.duplicate", has_selection);
  gtk_widget_action_set_enabled (widget, "win.delete", has_selection);

  /* Translators: tooltip of the undo button; %s names the step, such as “Rename Meeting” */
  undo_tooltip = undo_label != NULL ? g_strdup_printf (_("Undo “%s”"), undo_label)
                                    : g_strdup (_("Undo"));
  /* Translators: tooltip of the redo button; %s names the step, such as “Rename Meeting” */
  redo_tooltip = redo_label != NULL ? g_strdup_printf (_("Redo “%s”"), redo_label)
                                    : g_strdup (_("Redo"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->undo_button), undo_tooltip);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->redo_button), redo_tooltip);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);

  if (self->document != NULL)
    accord_document_undo (self->document);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);

  if (self->document != NULL)
    accord_document_redo (self->document);
}

static void
add_and_show (AccordWindow *self,
              AccordRecord *record)
{
  accord_document_add_record (self->document, record);
  _accord_window_show_record (self, record);
  /* Ready to be named: typing replaces "New Meeting". */
  accord_record_editor_focus_title (_accord_window_get_visible_editor (self));
}

static void
new_meeting_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);
  g_autofree char *id = accord_record_new_id ("m-");
  g_autoptr(AccordMeeting) meeting = accord_meeting_new (id);

  accord_record_set_title (ACCORD_RECORD (meeting), _("New Meeting"));
  add_and_show (self, ACCORD_RECORD (meeting));
}

static void
new_initiative_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);
  g_autofree char *id = accord_record_new_id ("i-");
  g_autoptr(AccordInitiative) initiative = accord_initiative_new (id);
  AccordRecord *selected_meeting = accord_record_list_get_selected (self->meetings_list);

  accord_record_set_title (ACCORD_RECORD (initiative), _("New Initiative"));
  /* Created while a meeting is selected on its page: that meeting most likely launched it. */
  if (selected_meeting != NULL && _accord_window_get_visible_list (self) == self->meetings_list)
    accord_initiative_set_meeting_id (initiative, accord_record_get_id (selected_meeting));
  add_and_show (self, ACCORD_RECORD (initiative));
}

static void
new_record_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);

  if (_accord_window_get_visible_list (self) == self->meetings_list)
    new_meeting_action (widget, action_name, parameter);
  else
    new_initiative_action (widget, action_name, parameter);
}

static void
copy_items (GListModel *from,
            GListModel *to,
            GObject   *(*copy) (GObject *item))
{
  guint n = g_list_model_get_n_items (from);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (from, i);
      g_autoptr(GObject) item_copy = copy (item);

      g_list_store_append (G_LIST_STORE (to), item_copy);
    }
}

static GObject *
copy_participant (GObject *item)
{
  return G_OBJECT (accord_participant_copy (ACCORD_PARTICIPANT (item)));
}

static GObject *
copy_source (GObject *item)
{
  return G_OBJECT (accord_source_copy (ACCORD_SOURCE (item)));
}

static GObject *
copy_attribute (GObject *item)
{
  return G_OBJECT (accord_attribute_copy (ACCORD_ATTRIBUTE (item)));
}

/* A new record with every field of @record, its lists copied item by item, and a new id. */
static AccordRecord *
duplicate_record (AccordRecord *record)
{
  g_autofree GParamSpec **pspecs = NULL;
  g_autofree char *id = accord_record_new_id (ACCORD_IS_MEETING (record) ? "m-" : "i-");
  AccordRecord *copy = g_object_new (G_OBJECT_TYPE (record), NULL);
  guint n_pspecs;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (record), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if ((pspecs[i]->flags & G_PARAM_WRITABLE) == 0 ||
          (pspecs[i]->flags & G_PARAM_CONSTRUCT_ONLY) != 0)
        continue;

      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (record), pspecs[i]->name, &value);
      g_object_set_property (G_OBJECT (copy), pspecs[i]->name, &value);
    }

  accord_record_set_id (copy, id);
  copy_items (accord_record_get_sources (record), accord_record_get_sources (copy), copy_source);
  if (ACCORD_IS_MEETING (record))
    copy_items (accord_meeting_get_participants (ACCORD_MEETING (record)),
                accord_meeting_get_participants (ACCORD_MEETING (copy)), copy_participant);
  else
    copy_items (accord_initiative_get_attributes (ACCORD_INITIATIVE (record)),
                accord_initiative_get_attributes (ACCORD_INITIATIVE (copy)), copy_attribute);

  return copy;
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);
  AccordRecord *record = _accord_window_get_selected (self);
  g_autoptr(AccordRecord) copy = NULL;
  g_autofree char *title = NULL;

  if (record == NULL)
    return;

  copy = duplicate_record (record);
  /* Translators: the title of a duplicated record; %s is the original's title */
  title = g_strdup_printf (_("%s (Copy)"), accord_record_get_title (record));
  accord_record_set_title (copy, title);
  add_and_show (self, copy);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);
  AccordRecord *record = _accord_window_get_selected (self);
  g_autofree char *escaped = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (record == NULL)
    return;

  escaped = g_markup_escape_text (accord_record_get_title (record), -1);
  /* Translators: a notification after deleting a record; %s is its title */
  title = g_strdup_printf (_("“%s” deleted"), escaped);
  accord_document_remove_record (self->document, record);

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* The Delete key deletes only from the list: in the detail pane it belongs to what is edited. */
static void
delete_key_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);
  AccordRecordList *list = _accord_window_get_visible_list (self);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (list != NULL && focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (list)))
    gtk_widget_activate_action (widget, "win.delete", NULL);
}

static void
toggle_search_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);
  gboolean active = gtk_search_bar_get_search_mode (self->search_bar);

  gtk_search_bar_set_search_mode (self->search_bar, !active);
  if (!active)
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);
  const char *page = adw_view_stack_get_visible_child_name (self->view_stack);
  AdwLeaflet *leaflet;

  if (g_strcmp0 (page, "meetings") == 0)
    leaflet = self->meetings_leaflet;
  else if (g_strcmp0 (page, "initiatives") == 0)
    leaflet = self->initiatives_leaflet;
  else
    leaflet = self->timeline_leaflet;

  adw_leaflet_navigate (leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, g_variant_get_string (parameter, NULL));
  /* The keyboard goes to the page's list (or timeline), never into a field, where the next
   * keystroke would replace what it holds. */
  _accord_window_focus_page (self);
}

void
_accord_window_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.new-record", NULL, new_record_action);
  gtk_widget_class_install_action (widget_class, "win.new-meeting", NULL, new_meeting_action);
  gtk_widget_class_install_action (widget_class, "win.new-initiative", NULL, new_initiative_action);
  gtk_widget_class_install_action (widget_class, "win.duplicate", NULL, duplicate_action);
  gtk_widget_class_install_action (widget_class, "win.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "win.delete-key", NULL, delete_key_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-search", NULL, toggle_search_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_y, GDK_CONTROL_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "win.new-record", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK,
                                       "win.duplicate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "win.delete-key", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "win.delete-key", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.toggle-search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK,
                                       "win.show-page", "s", "meetings");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK,
                                       "win.show-page", "s", "initiatives");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK,
                                       "win.show-page", "s", "timeline");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

/* A field of the detail pane hands Ctrl+Z and Ctrl+Shift+Z to the document: what was typed
 * is applied first, so undo takes the field back to its value before, as one step. Left to
 * the entry, the keys would edit its own text history, which the document does not know. */
static gboolean
field_history_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  AccordWindow *self = ACCORD_WINDOW (widget);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *row = focus != NULL ? gtk_widget_get_ancestor (focus, ACCORD_TYPE_FIELD_ROW) : NULL;

  if (row == NULL || self->document == NULL)
    return FALSE;

  accord_field_row_apply (ACCORD_FIELD_ROW (row));
  if (g_variant_get_boolean (args))
    accord_document_redo (self->document);
  else
    accord_document_undo (self->document);

  return TRUE;
}

void
_accord_window_init_actions (AccordWindow *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new_with_arguments (
                                          gtk_keyval_trigger_new (GDK_KEY_z, GDK_CONTROL_MASK),
                                          gtk_callback_action_new (field_history_cb, NULL, NULL),
                                          "b", FALSE));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new_with_arguments (
                                          gtk_keyval_trigger_new (GDK_KEY_z,
                                                                  GDK_CONTROL_MASK | GDK_SHIFT_MASK),
                                          gtk_callback_action_new (field_history_cb, NULL, NULL),
                                          "b", TRUE));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  _accord_window_update_actions (self);
}
