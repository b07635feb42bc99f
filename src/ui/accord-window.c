/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-window"

#include <glib/gi18n.h>

#include "accord-window.h"

struct _AccordWindow
{
  AdwApplicationWindow parent_instance;

  AccordDocument *document;
  GSettings *settings;

  GtkStack *stack;
  GtkColumnView *meetings_view;
  GtkColumnViewColumn *date_column;
  GtkColumnViewColumn *title_column;
  GtkColumnViewColumn *place_column;
  AdwStatusPage *error_page;
};

G_DEFINE_FINAL_TYPE (AccordWindow, accord_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef char *(*CellTextFunc) (AccordMeeting *meeting);

static char *
meeting_date_text (AccordMeeting *meeting)
{
  return accord_period_format_short (accord_meeting_get_when (meeting));
}

static char *
meeting_title_text (AccordMeeting *meeting)
{
  return g_strdup (accord_record_get_title (ACCORD_RECORD (meeting)));
}

static char *
meeting_place_text (AccordMeeting *meeting)
{
  return g_strdup (accord_meeting_get_location (meeting));
}

static void
setup_label_cell (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
setup_date_cell (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  setup_label_cell (factory, item, user_data);
  gtk_widget_add_css_class (gtk_list_item_get_child (item), "date-cell");
}

/* Text goes in with gtk_label_set_text(): a title such as "<b>x</b> & y" stays as typed. */
static void
bind_label_cell (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  CellTextFunc text_func = user_data;
  AccordMeeting *meeting = gtk_list_item_get_item (item);
  g_autofree char *text = text_func (meeting);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static void
set_column_factory (GtkColumnViewColumn *column,
                    GCallback            setup,
                    CellTextFunc         text_func)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", setup, NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_label_cell), text_func);
  gtk_column_view_column_set_factory (column, factory);
}

static int
compare_meeting_dates (gconstpointer a,
                       gconstpointer b,
                       gpointer      user_data)
{
  return accord_period_compare (accord_meeting_get_when ((AccordMeeting *) a),
                                accord_meeting_get_when ((AccordMeeting *) b));
}

static GtkSorter *
string_sorter_for (GType       type,
                   const char *property)
{
  GtkExpression *expression = gtk_property_expression_new (type, NULL, property);

  return GTK_SORTER (gtk_string_sorter_new (expression));
}

static void
update_page (AccordWindow *self)
{
  GListModel *meetings;

  if (self->document == NULL)
    return;

  meetings = accord_document_get_meetings (self->document);
  gtk_stack_set_visible_child_name (self->stack,
                                    g_list_model_get_n_items (meetings) > 0 ? "meetings"
                                                                            : "empty");
}

void
accord_window_set_document (AccordWindow   *self,
                            AccordDocument *document)
{
  g_autoptr(GtkSortListModel) sorted = NULL;
  GtkSelectionModel *selection;

  g_return_if_fail (ACCORD_IS_WINDOW (self));
  g_return_if_fail (!document || ACCORD_IS_DOCUMENT (document));

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (accord_document_get_meetings (self->document), self);

  if (!g_set_object (&self->document, document))
    return;

  if (document == NULL)
    {
      gtk_column_view_set_model (self->meetings_view, NULL);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
      return;
    }

  sorted = gtk_sort_list_model_new (g_object_ref (accord_document_get_meetings (document)),
                                    g_object_ref (gtk_column_view_get_sorter (self->meetings_view)));
  selection = GTK_SELECTION_MODEL (gtk_single_selection_new (G_LIST_MODEL (g_steal_pointer (&sorted))));
  gtk_column_view_set_model (self->meetings_view, selection);
  g_object_unref (selection);

  g_signal_connect_object (accord_document_get_meetings (document), "items-changed",
                           G_CALLBACK (update_page), self, G_CONNECT_SWAPPED);
  update_page (self);

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
  gtk_stack_set_visible_child_name (self->stack, "error");
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

  return GTK_WINDOW_CLASS (accord_window_parent_class)->close_request (window);
}

static void
accord_window_dispose (GObject *object)
{
  AccordWindow *self = (AccordWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), ACCORD_TYPE_WINDOW);
  g_clear_object (&self->document);
  g_clear_object (&self->settings);

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
  window_class->close_request = accord_window_close_request;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, ACCORD_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/accordapp/Accord/ui/accord-window.ui");
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, meetings_view);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, date_column);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, title_column);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, place_column);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, error_page);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

static void
accord_window_init (AccordWindow *self)
{
  g_autoptr(GtkCustomSorter) date_sorter = NULL;
  g_autoptr(GtkSorter) title_sorter = NULL;
  g_autoptr(GtkSorter) place_sorter = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  if (g_strcmp0 (PROFILE, "devel") == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  self->settings = g_settings_new (APP_ID);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  set_column_factory (self->date_column, G_CALLBACK (setup_date_cell), meeting_date_text);
  set_column_factory (self->title_column, G_CALLBACK (setup_label_cell), meeting_title_text);
  set_column_factory (self->place_column, G_CALLBACK (setup_label_cell), meeting_place_text);

  date_sorter = gtk_custom_sorter_new (compare_meeting_dates, NULL, NULL);
  title_sorter = string_sorter_for (ACCORD_TYPE_MEETING, "title");
  place_sorter = string_sorter_for (ACCORD_TYPE_MEETING, "location");
  gtk_column_view_column_set_sorter (self->date_column, GTK_SORTER (date_sorter));
  gtk_column_view_column_set_sorter (self->title_column, title_sorter);
  gtk_column_view_column_set_sorter (self->place_column, place_sorter);

  /* Chronological, with the meetings whose date no source gives at the end. */
  gtk_column_view_sort_by_column (self->meetings_view, self->date_column, GTK_SORT_ASCENDING);

  gtk_stack_set_visible_child_name (self->stack, "loading");
}

AccordWindow *
accord_window_new (AccordApplication *application)
{
  return g_object_new (ACCORD_TYPE_WINDOW, "application", application, NULL);
}
