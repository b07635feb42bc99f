/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-window"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "accord-enum-types.h"
#include "accord-organisation.h"
#include "accord-pane-handle.h"
#include "accord-document-choices.h"
#include "accord-search-index.h"
#include "accord-window-private.h"

G_DEFINE_FINAL_TYPE (AccordWindow, accord_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

AccordRecordList *
_accord_window_get_visible_list (AccordWindow *self)
{
  const char *page = adw_view_stack_get_visible_child_name (self->view_stack);

  if (g_strcmp0 (page, "meetings") == 0)
    return self->meetings_list;
  if (g_strcmp0 (page, "initiatives") == 0)
    return self->initiatives_list;

  return NULL;
}

static gboolean
timeline_visible (AccordWindow *self)
{
  return g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "timeline") == 0;
}

AccordRecord *
_accord_window_get_selected (AccordWindow *self)
{
  AccordRecordList *list = _accord_window_get_visible_list (self);

  if (list != NULL)
    return accord_record_list_get_selected (list);
  if (timeline_visible (self))
    return accord_timeline_get_selected (self->timeline);

  return NULL;
}

static AdwLeaflet *
visible_leaflet (AccordWindow *self)
{
  AccordRecordList *list = _accord_window_get_visible_list (self);

  if (list == self->meetings_list)
    return self->meetings_leaflet;
  if (list == self->initiatives_list)
    return self->initiatives_leaflet;
  if (timeline_visible (self))
    return self->timeline_leaflet;

  return NULL;
}

static AccordRecordEditor *
editor_for_list (AccordWindow     *self,
                 AccordRecordList *list)
{
  return list == self->meetings_list ? self->meetings_editor : self->initiatives_editor;
}

static void
retitle_labels (GtkWidget  *widget,
                const char *from,
                const char *to)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), from) == 0)
        gtk_label_set_text (GTK_LABEL (child), to);
      else
        retitle_labels (child, from, to);
    }
}

void
_accord_window_title_help_overlay (GtkWindow *overlay)
{
  GtkWidget *titlebar = gtk_window_get_titlebar (overlay);

  g_return_if_fail (GTK_IS_WINDOW (overlay));

  /* Its .ui gives the window's own title. */
  if (titlebar != NULL)
    retitle_labels (titlebar, g_dgettext ("gtk40", "Shortcuts"), gtk_window_get_title (overlay));
}

static void
on_application_changed (AccordWindow *self)
{
  GtkShortcutsWindow *overlay =
    gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (self));

  if (overlay != NULL)
    _accord_window_title_help_overlay (GTK_WINDOW (overlay));
}

AccordRecordEditor *
_accord_window_get_visible_editor (AccordWindow *self)
{
  AccordRecordList *list = _accord_window_get_visible_list (self);

  if (list != NULL)
    return editor_for_list (self, list);

  return self->timeline_editor;
}

void
_accord_window_focus_page (AccordWindow *self)
{
  AdwLeaflet *leaflet = visible_leaflet (self);
  AccordRecordList *list = _accord_window_get_visible_list (self);

  if (leaflet == NULL)
    return;

  if (adw_leaflet_get_folded (leaflet) &&
      adw_leaflet_get_visible_child (leaflet) ==
        GTK_WIDGET (_accord_window_get_visible_editor (self)) &&
      accord_record_editor_focus_heading (_accord_window_get_visible_editor (self)))
    return;

  if (list != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (list));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->timeline));
}

/* At narrow widths (a folded page, down to 360 px) the header keeps what a phone needs: undo
 * and redo move to the record menu, the kinds of new record go (the New button makes one of
 * the page's kind; on a record's own page, behind its back button, it goes too), and the title
 * may sit off centre. */
static void
set_narrow (AccordWindow *self,
            gboolean      narrow)
{
  gtk_widget_set_visible (self->new_box,
                          !narrow || !gtk_widget_get_visible (GTK_WIDGET (self->back_button)));
  if (narrow == self->narrow)
    return;

  self->narrow = narrow;
  gtk_widget_set_visible (GTK_WIDGET (self->undo_button), !narrow);
  gtk_widget_set_visible (GTK_WIDGET (self->redo_button), !narrow);
  gtk_widget_set_visible (GTK_WIDGET (self->new_menu_button), !narrow);
  adw_header_bar_set_centering_policy (self->header_bar, narrow ? ADW_CENTERING_POLICY_LOOSE
                                                                : ADW_CENTERING_POLICY_STRICT);
  if (narrow)
    g_menu_append_section (self->record_menu_edit_section, NULL, self->undo_menu);
  else
    g_menu_remove_all (self->record_menu_edit_section);
}

/* Below this width the panes fold (two of 340 px and a separator, and the window's border). */
#define FOLD_WIDTH 700

static gboolean
apply_narrow (gpointer data)
{
  AccordWindow *self = data;
  AdwLeaflet *leaflet = visible_leaflet (self);

  self->narrow_idle = 0;
  if (leaflet != NULL)
    set_narrow (self, adw_leaflet_get_folded (leaflet));
  else
    /* The People page has no panes to fold: it is narrow where they would be. */
    set_narrow (self, gtk_widget_get_width (GTK_WIDGET (self)) < FOLD_WIDTH);

  return G_SOURCE_REMOVE;
}

/* The panes fold at the first allocation; a window that opens narrow must already have its
 * narrow header then, or it could not be narrower than the wide header. */
static void
accord_window_realize (GtkWidget *widget)
{
  AccordWindow *self = ACCORD_WINDOW (widget);
  int width, height;

  /* GTK 4.8 fills both. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  if (width > 0 && width < FOLD_WIDTH && !gtk_window_is_maximized (GTK_WINDOW (self)))
    set_narrow (self, TRUE);

  GTK_WIDGET_CLASS (accord_window_parent_class)->realize (widget);
}

static void
update_narrow (AccordWindow *self)
{
  if (self->narrow_idle == 0)
    self->narrow_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, apply_narrow, self, NULL);
}

/* Pages with panes follow their folding; the People page, which has none, the width. */
static void
on_default_width_changed (AccordWindow *self)
{
  if (visible_leaflet (self) == NULL)
    update_narrow (self);
}

gboolean
_accord_window_get_narrow (AccordWindow *self)
{
  g_return_val_if_fail (ACCORD_IS_WINDOW (self), FALSE);

  return self->narrow;
}

static void
update_back_button (AccordWindow *self)
{
  AdwLeaflet *leaflet = visible_leaflet (self);
  gboolean show = FALSE;

  if (leaflet != NULL && adw_leaflet_get_folded (leaflet))
    show = GTK_IS_WIDGET (adw_leaflet_get_visible_child (leaflet)) &&
           ACCORD_IS_RECORD_EDITOR (adw_leaflet_get_visible_child (leaflet));

  gtk_widget_set_visible (GTK_WIDGET (self->back_button), show);
  /* At once, or the header would be wider than the window for a frame, and the window too. */
  if (self->narrow)
    gtk_widget_set_visible (self->new_box, !show);
  update_narrow (self);
}

void
_accord_window_toast (AccordWindow *self,
                      const char   *title)
{
  /* Toast titles are markup; what we show may contain a record's title. */
  g_autofree char *escaped = g_markup_escape_text (title, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

/* Selects @record in its list, shows its page and, at narrow widths, its detail pane. */
void
_accord_window_show_record (AccordWindow *self,
                            AccordRecord *record)
{
  AccordRecordList *list;
  AdwLeaflet *leaflet;

  g_return_if_fail (ACCORD_IS_WINDOW (self));
  g_return_if_fail (ACCORD_IS_RECORD (record));

  if (ACCORD_IS_MEETING (record))
    {
      list = self->meetings_list;
      leaflet = self->meetings_leaflet;
      adw_view_stack_set_visible_child_name (self->view_stack, "meetings");
    }
  else
    {
      list = self->initiatives_list;
      leaflet = self->initiatives_leaflet;
      adw_view_stack_set_visible_child_name (self->view_stack, "initiatives");
    }

  /* A record the search hides cannot be selected: show everything again. */
  accord_record_list_set_selected (list, record);
  if (accord_record_list_get_selected (list) != record)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      accord_record_list_set_selected (list, record);
    }

  adw_leaflet_set_visible_child (leaflet, GTK_WIDGET (editor_for_list (self, list)));
  update_back_button (self);
}

static void
on_list_selected_changed (AccordRecordList *list,
                          GParamSpec       *pspec,
                          AccordWindow     *self)
{
  AccordRecord *record = accord_record_list_get_selected (list);

  accord_record_editor_set_record (editor_for_list (self, list), record);

  /* The timeline follows the lists, and scrolls the record into view. */
  if (record != NULL && !self->syncing_selection)
    {
      self->syncing_selection = TRUE;
      accord_timeline_set_selected (self->timeline, record);
      self->syncing_selection = FALSE;
    }

  _accord_window_update_actions (self);
}

/* A bar or milestone chosen on the timeline is selected in its list too, and shown in the
 * timeline page's own detail pane. */
static void
on_timeline_selected_changed (AccordWindow *self)
{
  AccordRecord *record = accord_timeline_get_selected (self->timeline);

  accord_record_editor_set_record (self->timeline_editor, record);

  if (record != NULL && !self->syncing_selection)
    {
      self->syncing_selection = TRUE;
      accord_record_list_set_selected (ACCORD_IS_MEETING (record) ? self->meetings_list
                                                                  : self->initiatives_list,
                                       record);
      self->syncing_selection = FALSE;
    }

  _accord_window_update_actions (self);
}

static void
on_timeline_activated (AccordWindow *self,
                       AccordRecord *record)
{
  accord_record_editor_set_record (self->timeline_editor, record);
  adw_leaflet_set_visible_child (self->timeline_leaflet, GTK_WIDGET (self->timeline_editor));
  update_back_button (self);
  accord_record_editor_focus_heading (self->timeline_editor);
}

static void
on_list_activated (AccordRecordList *list,
                   AccordRecord     *record,
                   AccordWindow     *self)
{
  _accord_window_show_record (self, record);
  accord_record_editor_focus_heading (editor_for_list (self, list));
}

static void
on_editor_open_record (AccordRecordEditor *editor,
                       AccordRecord       *record,
                       AccordWindow       *self)
{
  _accord_window_show_record (self, record);
}

static void
update_results_label (AccordWindow *self)
{
  AccordRecordList *list = _accord_window_get_visible_list (self);
  g_autofree char *text = NULL;
  guint n;

  if (list == NULL || !gtk_search_bar_get_search_mode (self->search_bar))
    {
      gtk_label_set_text (self->results_label, "");
      return;
    }

  n = accord_record_list_get_n_shown (list);
  text = g_strdup_printf (list == self->meetings_list
                          ? g_dngettext (GETTEXT_PACKAGE, "%u meeting", "%u meetings", n)
                          : g_dngettext (GETTEXT_PACKAGE, "%u initiative", "%u initiatives", n),
                          n);
  gtk_label_set_text (self->results_label, text);
}

static void
on_search_changed (AccordWindow *self)
{
  accord_record_filter_set_query (self->filter,
                                  gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
on_search_mode_changed (AccordWindow *self)
{
  gboolean active = gtk_search_bar_get_search_mode (self->search_bar);

  gtk_toggle_button_set_active (self->search_button, active);

  /* Closing the search shows everything again, as in Files and Text Editor. */
  if (!active)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      gtk_drop_down_set_selected (self->affiliation_dropdown, 0);
      gtk_drop_down_set_selected (self->year_dropdown, 0);
      gtk_drop_down_set_selected (self->status_dropdown, 0);
      gtk_drop_down_set_selected (self->kind_dropdown, 0);
      gtk_drop_down_set_selected (self->format_dropdown, 0);
    }

  update_results_label (self);
}

/* Filter menus list "Any …" first, then the values; position 0 means no criterion. */
static GtkStringList *
enum_choices (const char  *any_label,
              GType        enum_type,
              const char *(*to_label) (int value))
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GtkStringList *choices = gtk_string_list_new (NULL);

  gtk_string_list_append (choices, any_label);
  for (guint i = 0; i < klass->n_values; i++)
    gtk_string_list_append (choices, to_label (klass->values[i].value));

  return choices;
}

static const char *
status_label (int value)
{
  return accord_status_to_label (value);
}

static const char *
kind_label (int value)
{
  return accord_meeting_kind_to_label (value);
}

static const char *
format_label (int value)
{
  return accord_meeting_format_to_label (value);
}

static void
set_dropdown_model (GtkDropDown   *dropdown,
                    GtkStringList *choices)
{
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (choices));
  gtk_drop_down_set_selected (dropdown, 0);
  g_object_unref (choices);
}

/* The countries, organisations and years present in the document, for the filter menus. */
static void
update_filter_choices (AccordWindow *self)
{
  g_auto(GStrv) affiliations = NULL;
  g_autoptr(GArray) years = NULL;
  GtkStringList *choices;

  if (self->document == NULL)
    return;

  affiliations = accord_organisation_list_named (self->document);
  choices = gtk_string_list_new (NULL);
  /* Translators: the first choice of the country or organisation filter */
  gtk_string_list_append (choices, _("Any Country or Organisation"));
  for (guint i = 0; affiliations[i] != NULL; i++)
    gtk_string_list_append (choices, affiliations[i]);
  set_dropdown_model (self->affiliation_dropdown, choices);

  years = accord_document_list_years (self->document);
  choices = gtk_string_list_new (NULL);
  /* Translators: the first choice of the year filter */
  gtk_string_list_append (choices, _("Any Year"));
  for (guint i = 0; i < years->len; i++)
    {
      g_autofree char *year = g_strdup_printf ("%d", g_array_index (years, int, i));
      gtk_string_list_append (choices, year);
    }
  set_dropdown_model (self->year_dropdown, choices);
}

static const char *
selected_string (GtkDropDown *dropdown)
{
  GtkStringObject *item = gtk_drop_down_get_selected_item (dropdown);

  return item != NULL ? gtk_string_object_get_string (item) : NULL;
}

static void
on_filter_dropdown_changed (GtkDropDown  *dropdown,
                            GParamSpec   *pspec,
                            AccordWindow *self)
{
  guint position = gtk_drop_down_get_selected (dropdown);
  gboolean any = position == 0 || position == GTK_INVALID_LIST_POSITION;

  if (dropdown == self->affiliation_dropdown)
    accord_record_filter_set_affiliation (self->filter, any ? "" : selected_string (dropdown));
  else if (dropdown == self->year_dropdown)
    accord_record_filter_set_year (self->filter, any ? 0 : atoi (selected_string (dropdown)));
  else if (dropdown == self->status_dropdown)
    accord_record_filter_set_status (self->filter, any ? -1 : (int) position - 1);
  else if (dropdown == self->kind_dropdown)
    accord_record_filter_set_kind (self->filter, any ? -1 : (int) position - 1);
  else if (dropdown == self->format_dropdown)
    accord_record_filter_set_format (self->filter, any ? -1 : (int) position - 1);
}

static void
on_visible_page_changed (AccordWindow *self)
{
  const char *page = adw_view_stack_get_visible_child_name (self->view_stack);

  if (page != NULL)
    g_settings_set_string (self->settings, "last-page", page);

  update_back_button (self);
  update_results_label (self);
  _accord_window_update_actions (self);
}

void
accord_window_set_document (AccordWindow   *self,
                            AccordDocument *document)
{
  g_return_if_fail (ACCORD_IS_WINDOW (self));
  g_return_if_fail (!document || ACCORD_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);

  g_set_object (&self->document, document);

  /* The search keeps what it knows of the records beside the document. */
  {
    g_autoptr(AccordSearchIndex) index = document != NULL ? accord_search_index_new (document)
                                                          : NULL;

    accord_record_filter_set_index (self->filter, index);
  }

  accord_record_editor_set_record (self->meetings_editor, NULL);
  accord_record_editor_set_record (self->initiatives_editor, NULL);
  accord_record_editor_set_record (self->timeline_editor, NULL);
  accord_record_list_set_document (self->meetings_list, document);
  accord_record_list_set_document (self->initiatives_list, document);
  accord_timeline_set_document (self->timeline, document);
  accord_people_page_set_document (self->people_page, document);
  accord_record_editor_set_document (self->meetings_editor, document);
  accord_record_editor_set_document (self->initiatives_editor, document);
  accord_record_editor_set_document (self->timeline_editor, document);

  if (document != NULL)
    {
      g_signal_connect_object (document, "notify::can-undo",
                               G_CALLBACK (_accord_window_update_actions), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::can-redo",
                               G_CALLBACK (_accord_window_update_actions), self, G_CONNECT_SWAPPED);
      update_filter_choices (self);
      gtk_stack_set_visible_child_name (self->content_stack, "content");
    }

  _accord_window_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

AccordDocument *
accord_window_get_document (AccordWindow *self)
{
  g_return_val_if_fail (ACCORD_IS_WINDOW (self), NULL);

  return self->document;
}

void
accord_window_show_error (AccordWindow *self,
                          const char   *location,
                          const char   *message)
{
  g_autofree char *description = NULL;

  g_return_if_fail (ACCORD_IS_WINDOW (self));

  /* AdwStatusPage's description is markup: everything from outside is escaped. */
  description = g_markup_printf_escaped (
    /* Translators: %1$s is a file's location, %2$s why it could not be read */
    _("%1$s\n\n%2$s\n\nThe file has not been changed."), location, message);
  adw_status_page_set_description (self->error_page, description);
  gtk_stack_set_visible_child_name (self->content_stack, "error");
  _accord_window_update_actions (self);
}

static gboolean
accord_window_close_request (GtkWindow *window)
{
  AccordWindow *self = ACCORD_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));

  if (_accord_window_confirm_close (self))
    return TRUE;

  return GTK_WINDOW_CLASS (accord_window_parent_class)->close_request (window);
}

static void
accord_window_dispose (GObject *object)
{
  AccordWindow *self = (AccordWindow *)object;

  _accord_window_dispose_files (self);
  g_clear_handle_id (&self->narrow_idle, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), ACCORD_TYPE_WINDOW);
  g_clear_object (&self->document);
  g_clear_object (&self->settings);
  g_clear_object (&self->filter);

  G_OBJECT_CLASS (accord_window_parent_class)->dispose (object);
}

static void
accord_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  AccordWindow *self = ACCORD_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_window_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  AccordWindow *self = ACCORD_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      accord_window_set_document (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_window_class_init (AccordWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = accord_window_dispose;
  object_class->get_property = accord_window_get_property;
  object_class->set_property = accord_window_set_property;
  widget_class->realize = accord_window_realize;
  window_class->close_request = accord_window_close_request;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, ACCORD_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (ACCORD_TYPE_MEETING);
  g_type_ensure (ACCORD_TYPE_INITIATIVE);
  g_type_ensure (ACCORD_TYPE_RECORD_LIST);
  g_type_ensure (ACCORD_TYPE_PANE_HANDLE);
  g_type_ensure (ACCORD_TYPE_RECORD_EDITOR);
  g_type_ensure (ACCORD_TYPE_TIMELINE);
  g_type_ensure (ACCORD_TYPE_PEOPLE_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/accordapp/Accord/ui/accord-window.ui");
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, redo_button);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, new_box);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, new_menu_button);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, results_label);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, meetings_leaflet);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, initiatives_leaflet);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, meetings_list);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, initiatives_list);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, meetings_editor);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, initiatives_editor);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, timeline_leaflet);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, timeline);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, people_page);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, timeline_editor);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, filter_box);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, affiliation_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, format_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, recent_submenu);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, record_menu);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, record_menu_edit_section);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, undo_menu);

  _accord_window_class_init_actions (widget_class);
  _accord_window_class_init_files (widget_class);
}

static void
connect_pane (AccordWindow       *self,
              AccordRecordList   *list,
              AccordRecordEditor *editor,
              AdwLeaflet         *leaflet)
{
  accord_record_list_set_filter (list, GTK_FILTER (self->filter));
  accord_record_list_set_context_menu (list, self->record_menu);
  g_signal_connect_object (list, "notify::selected",
                           G_CALLBACK (on_list_selected_changed), self, 0);
  g_signal_connect_object (list, "notify::n-shown",
                           G_CALLBACK (update_results_label), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (list, "activated", G_CALLBACK (on_list_activated), self, 0);
  g_signal_connect_object (editor, "open-record", G_CALLBACK (on_editor_open_record), self, 0);
  g_signal_connect_object (leaflet, "notify::folded",
                           G_CALLBACK (update_back_button), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (leaflet, "notify::visible-child",
                           G_CALLBACK (update_back_button), self, G_CONNECT_SWAPPED);
}

static void
accord_window_init (AccordWindow *self)
{
  g_autofree char *last_page = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  if (g_strcmp0 (PROFILE, "devel") == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  self->settings = g_settings_new (APP_ID);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  /* One width for the three detail panes, dragged on any. */
  g_settings_bind (self->settings, "sidebar-width", self->meetings_editor, "width",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "sidebar-width", self->initiatives_editor, "width",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "sidebar-width", self->timeline_editor, "width",
                   G_SETTINGS_BIND_DEFAULT);

  g_signal_connect (self, "notify::application", G_CALLBACK (on_application_changed), NULL);

  self->filter = accord_record_filter_new ();
  connect_pane (self, self->meetings_list, self->meetings_editor, self->meetings_leaflet);
  connect_pane (self, self->initiatives_list, self->initiatives_editor, self->initiatives_leaflet);
  g_signal_connect_object (self->timeline, "notify::selected",
                           G_CALLBACK (on_timeline_selected_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->timeline, "activated",
                           G_CALLBACK (on_timeline_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->timeline_editor, "open-record",
                           G_CALLBACK (on_editor_open_record), self, 0);
  g_signal_connect_object (self->people_page, "open-meeting",
                           G_CALLBACK (_accord_window_show_record), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self, "notify::default-width", G_CALLBACK (on_default_width_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->timeline_leaflet, "notify::folded",
                           G_CALLBACK (update_back_button), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->timeline_leaflet, "notify::visible-child",
                           G_CALLBACK (update_back_button), self, G_CONNECT_SWAPPED);

  set_dropdown_model (self->status_dropdown,
                      /* Translators: the first choice of the status filter */
                      enum_choices (_("Any Status"), ACCORD_TYPE_STATUS, status_label));
  set_dropdown_model (self->kind_dropdown,
                      /* Translators: the first choice of the meeting kind filter */
                      enum_choices (_("Any Kind of Meeting"), ACCORD_TYPE_MEETING_KIND, kind_label));
  set_dropdown_model (self->format_dropdown,
                      /* Translators: the first choice of the meeting format filter */
                      enum_choices (_("Any Format"), ACCORD_TYPE_MEETING_FORMAT, format_label));
  g_signal_connect_object (self->affiliation_dropdown, "notify::selected",
                           G_CALLBACK (on_filter_dropdown_changed), self, 0);
  g_signal_connect_object (self->year_dropdown, "notify::selected",
                           G_CALLBACK (on_filter_dropdown_changed), self, 0);
  g_signal_connect_object (self->status_dropdown, "notify::selected",
                           G_CALLBACK (on_filter_dropdown_changed), self, 0);
  g_signal_connect_object (self->kind_dropdown, "notify::selected",
                           G_CALLBACK (on_filter_dropdown_changed), self, 0);
  g_signal_connect_object (self->format_dropdown, "notify::selected",
                           G_CALLBACK (on_filter_dropdown_changed), self, 0);

  /* The flow box wraps each filter in a child of its own that would take a Tab stop with no
   * name: Tab goes from one filter to the next. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->filter_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  /* Type to search: typing anywhere in the window that does not take text starts a search. */
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));
  g_signal_connect_object (self->search_entry, "search-changed",
                           G_CALLBACK (on_search_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (on_search_mode_changed), self, G_CONNECT_SWAPPED);

  last_page = g_settings_get_string (self->settings, "last-page");
  if (adw_view_stack_get_child_by_name (self->view_stack, last_page) != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, last_page);
  g_signal_connect_object (self->view_stack, "notify::visible-child-name",
                           G_CALLBACK (on_visible_page_changed), self, G_CONNECT_SWAPPED);

  gtk_stack_set_visible_child_name (self->content_stack, "loading");

  _accord_window_init_actions (self);
  _accord_window_init_files (self);
  g_menu_append_section (self->recent_submenu, NULL, _accord_window_get_recent_menu (self));
}

AccordWindow *
accord_window_new (AccordApplication *application)
{
  return g_object_new (ACCORD_TYPE_WINDOW, "application", application, NULL);
}
