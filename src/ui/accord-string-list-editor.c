/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-string-list-editor"

#include <glib/gi18n.h>

#include "accord-editor-util.h"
#include "accord-string-list-editor.h"

/* One string of the list, or the one being added, which becomes part of the list when it is
 * applied with some text. */
#define ACCORD_TYPE_STRING_ROW (accord_string_row_get_type ())
G_DECLARE_FINAL_TYPE (AccordStringRow, accord_string_row, ACCORD, STRING_ROW, AdwEntryRow)

#define NEW_ROW G_MAXUINT

struct _AccordStringRow
{
  AdwEntryRow parent_instance;

  /* Its position in the list, or NEW_ROW while it is being added. */
  guint position;
  gboolean updating;

  GtkWidget *up_button;
  GtkWidget *down_button;
  GtkWidget *remove_button;
};

G_DEFINE_FINAL_TYPE (AccordStringRow, accord_string_row, ADW_TYPE_ENTRY_ROW)

struct _AccordStringListEditor
{
  AdwPreferencesGroup parent_instance;

  AccordDocument *document;
  GObject *object;
  char *property_name;
  gulong notify_id;
  char *add_label;
  char *item_title;

  /* AccordStringRow, one per string in order; the group owns them. */
  GPtrArray *rows;
  AccordStringRow *new_row;
  guint discard_new_row_id;
  /* Set while the new row's text is being added, so that the row stays as the list's last. */
  gboolean adding;

  GtkWidget *add_button;
  AdwButtonContent *add_button_content;
};

#define UI_RESOURCE "/io/github/accordapp/Accord/ui/accord-string-list-editor.ui"

G_DEFINE_FINAL_TYPE (AccordStringListEditor, accord_string_list_editor, ADW_TYPE_PREFERENCES_GROUP)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_OBJECT,
  PROP_PROPERTY_NAME,
  PROP_ADD_LABEL,
  PROP_ITEM_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void string_list_editor_apply_row   (AccordStringListEditor *self,
                                            AccordStringRow        *row);
static void string_list_editor_leave_row   (AccordStringListEditor *self,
                                            AccordStringRow        *row);
static void string_list_editor_move_row    (AccordStringListEditor *self,
                                            AccordStringRow        *row,
                                            int                     delta);
static void string_list_editor_remove_row  (AccordStringListEditor *self,
                                            AccordStringRow        *row);

static AccordStringListEditor *
string_row_get_editor (AccordStringRow *row)
{
  return ACCORD_STRING_LIST_EDITOR (gtk_widget_get_ancestor (GTK_WIDGET (row),
                                                             ACCORD_TYPE_STRING_LIST_EDITOR));
}

static void
string_row_hide_apply_button (AccordStringRow *row)
{
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), FALSE);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
}

static void
string_row_on_apply (AccordStringRow *row)
{
  AccordStringListEditor *editor = string_row_get_editor (row);

  if (editor != NULL)
    string_list_editor_apply_row (editor, row);
}

static void
string_row_on_focus_leave (AccordStringRow *row)
{
  AccordStringListEditor *editor = string_row_get_editor (row);

  if (editor != NULL)
    string_list_editor_leave_row (editor, row);
}

static void
string_row_move_up (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  AccordStringListEditor *editor = string_row_get_editor (ACCORD_STRING_ROW (widget));

  if (editor != NULL)
    string_list_editor_move_row (editor, ACCORD_STRING_ROW (widget), -1);
}

static void
string_row_move_down (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  AccordStringListEditor *editor = string_row_get_editor (ACCORD_STRING_ROW (widget));

  if (editor != NULL)
    string_list_editor_move_row (editor, ACCORD_STRING_ROW (widget), 1);
}

static void
string_row_remove (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  AccordStringListEditor *editor = string_row_get_editor (ACCORD_STRING_ROW (widget));

  if (editor != NULL)
    string_list_editor_remove_row (editor, ACCORD_STRING_ROW (widget));
}

static void
accord_string_row_class_init (AccordStringRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "item.move-up", NULL, string_row_move_up);
  gtk_widget_class_install_action (widget_class, "item.move-down", NULL, string_row_move_down);
  gtk_widget_class_install_action (widget_class, "item.remove", NULL, string_row_remove);
}

static void
accord_string_row_init (AccordStringRow *row)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  row->position = NEW_ROW;
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  accord_entry_row_name_apply (ADW_ENTRY_ROW (row));

  row->up_button = accord_icon_button_new ("go-up-symbolic", _("Move Up"), "item.move-up");
  row->down_button = accord_icon_button_new ("go-down-symbolic", _("Move Down"), "item.move-down");
  row->remove_button = accord_icon_button_new ("user-trash-symbolic", _("Remove"), "item.remove");
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), row->up_button);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), row->down_button);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), row->remove_button);

  g_signal_connect (row, "apply", G_CALLBACK (string_row_on_apply), NULL);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (string_row_on_focus_leave), row);
  gtk_widget_add_controller (GTK_WIDGET (row), focus);
}

static AccordStringRow *
string_row_new (const char *title)
{
  return g_object_new (ACCORD_TYPE_STRING_ROW, "title", title, NULL);
}

static void
string_row_show (AccordStringRow *row,
                 const char      *item_title,
                 guint            position,
                 guint            n_strings,
                 const char      *text)
{
  row->position = position;

  gtk_widget_action_set_enabled (GTK_WIDGET (row), "item.move-up",
                                 position != NEW_ROW && position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (row), "item.move-down",
                                 position != NEW_ROW && position + 1 < n_strings);

  if (text != NULL && g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (row))) != 0)
    {
      row->updating = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (row), text);
      string_row_hide_apply_button (row);
      row->updating = FALSE;
    }

  /* "Topic 3", and buttons that say which: "Remove Topic 3: Maritime security". */
  if (position != NEW_ROW && item_title != NULL)
    {
      g_autofree char *name = accord_list_item_name (item_title, position);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      accord_name_row_buttons (row->up_button, row->down_button, row->remove_button, name,
                               gtk_editable_get_text (GTK_EDITABLE (row)));
    }
}

/* Never NULL while there is an object. */
static char **
dup_strings (AccordStringListEditor *self)
{
  char **strings = NULL;

  if (self->object == NULL || self->property_name == NULL)
    return NULL;

  g_object_get (self->object, self->property_name, &strings, NULL);

  return strings != NULL ? strings : g_new0 (char *, 1);
}

/* A list of the strings, borrowed from @strings, to change before setting it. */
static GPtrArray *
strings_to_array (char **strings)
{
  GPtrArray *array = g_ptr_array_new ();

  for (guint i = 0; strings != NULL && strings[i] != NULL; i++)
    g_ptr_array_add (array, strings[i]);

  return array;
}

static void
set_strings (AccordStringListEditor *self,
             GPtrArray              *array)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_ptr_array_add (array, NULL);
  g_value_init (&value, G_TYPE_STRV);
  g_value_set_boxed (&value, array->pdata);
  accord_document_set_value (self->document, self->object, self->property_name, &value, NULL);
}

static void
remove_new_row (AccordStringListEditor *self)
{
  AccordStringRow *row = g_steal_pointer (&self->new_row);

  g_clear_handle_id (&self->discard_new_row_id, g_source_remove);
  if (row != NULL)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (row));
}

/* Shows the strings, reusing the rows there are: a row that has the focus keeps it. */
static void
sync_rows (AccordStringListEditor *self)
{
  g_auto(GStrv) strings = dup_strings (self);
  guint n_strings = strings != NULL ? g_strv_length (strings) : 0;
  gboolean grew = FALSE;

  if (self->adding && self->new_row != NULL && n_strings > self->rows->len)
    g_ptr_array_add (self->rows, g_steal_pointer (&self->new_row));

  while (self->rows->len > n_strings)
    {
      AccordStringRow *row = g_ptr_array_steal_index (self->rows, self->rows->len - 1);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (row));
    }

  while (self->rows->len < n_strings)
    {
      AccordStringRow *row = string_row_new (self->item_title);

      g_ptr_array_add (self->rows, row);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (row));
      grew = TRUE;
    }

  /* The row being added stays last. */
  if (grew && self->new_row != NULL)
    {
      g_autoptr(AccordStringRow) row = g_object_ref (self->new_row);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (row));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (row));
    }

  for (guint i = 0; i < n_strings; i++)
    string_row_show (g_ptr_array_index (self->rows, i), self->item_title, i, n_strings,
                     strings[i]);
  if (self->new_row != NULL)
    string_row_show (self->new_row, self->item_title, NEW_ROW, n_strings, NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "list.add", strings != NULL);
}

static void
focus_row_button (AccordStringListEditor *self,
                  guint                   position,
                  gboolean                prefer_up)
{
  AccordStringRow *row;

  if (self->rows->len == 0)
    {
      gtk_widget_grab_focus (self->add_button);
      return;
    }

  row = g_ptr_array_index (self->rows, MIN (position, self->rows->len - 1));
  accord_focus_row_button (row->up_button, row->down_button, row->remove_button, prefer_up);
}

static void
string_list_editor_apply_row (AccordStringListEditor *self,
                              AccordStringRow        *row)
{
  g_auto(GStrv) strings = NULL;
  g_autoptr(GPtrArray) array = NULL;
  const char *text;
  guint n_strings;

  if (row->updating || self->document == NULL || (strings = dup_strings (self)) == NULL)
    return;

  text = gtk_editable_get_text (GTK_EDITABLE (row));
  n_strings = g_strv_length (strings);
  array = strings_to_array (strings);

  if (row == self->new_row)
    {
      if (text[0] == '\0')
        return;

      g_ptr_array_add (array, (char *) text);
      self->adding = TRUE;
      set_strings (self, array);
      self->adding = FALSE;
      return;
    }

  if (row->position >= n_strings || g_strcmp0 (strings[row->position], text) == 0)
    return;

  /* An emptied string is one no more. */
  if (text[0] == '\0')
    g_ptr_array_remove_index (array, row->position);
  else
    array->pdata[row->position] = (char *) text;

  set_strings (self, array);
}

static gboolean
discard_new_row_if_empty (gpointer user_data)
{
  AccordStringListEditor *self = user_data;

  self->discard_new_row_id = 0;

  if (self->new_row != NULL && !accord_widget_has_focus_within (GTK_WIDGET (self->new_row)) &&
      gtk_editable_get_text (GTK_EDITABLE (self->new_row))[0] == '\0')
    remove_new_row (self);

  return G_SOURCE_REMOVE;
}

static void
string_list_editor_leave_row (AccordStringListEditor *self,
                              AccordStringRow        *row)
{
  string_list_editor_apply_row (self, row);
  string_row_hide_apply_button (row);

  /* Not from within the focus change that is under way. */
  if (row == self->new_row && self->discard_new_row_id == 0)
    self->discard_new_row_id = g_idle_add (discard_new_row_if_empty, self);
}

static void
string_list_editor_move_row (AccordStringListEditor *self,
                             AccordStringRow        *row,
                             int                     delta)
{
  g_auto(GStrv) strings = NULL;
  g_autoptr(GPtrArray) array = NULL;
  gboolean had_focus = accord_widget_has_focus_within (GTK_WIDGET (self));
  guint from = row->position;
  guint to;

  if (self->document == NULL || (strings = dup_strings (self)) == NULL || from == NEW_ROW)
    return;

  to = from + delta;
  if (from >= g_strv_length (strings) || to >= g_strv_length (strings))
    return;

  array = strings_to_array (strings);
  array->pdata[from] = strings[to];
  array->pdata[to] = strings[from];
  set_strings (self, array);

  if (had_focus)
    focus_row_button (self, to, delta < 0);
}

static void
string_list_editor_remove_row (AccordStringListEditor *self,
                               AccordStringRow        *row)
{
  g_auto(GStrv) strings = NULL;
  g_autoptr(GPtrArray) array = NULL;
  gboolean had_focus = accord_widget_has_focus_within (GTK_WIDGET (self));
  guint position = row->position;

  if (row == self->new_row)
    {
      remove_new_row (self);
      if (had_focus)
        gtk_widget_grab_focus (self->add_button);
      return;
    }

  if (self->document == NULL || (strings = dup_strings (self)) == NULL ||
      position >= g_strv_length (strings))
    return;

  array = strings_to_array (strings);
  g_ptr_array_remove_index (array, position);
  set_strings (self, array);

  if (had_focus)
    focus_row_button (self, position, FALSE);
}

static void
add_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AccordStringListEditor *self = ACCORD_STRING_LIST_EDITOR (widget);

  if (self->object == NULL)
    return;

  if (self->new_row == NULL)
    {
      self->new_row = string_row_new (self->item_title);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->new_row));
      string_row_show (self->new_row, self->item_title, NEW_ROW, self->rows->len, NULL);
    }

  gtk_widget_grab_focus (GTK_WIDGET (self->new_row));
}

static void
connect_object (AccordStringListEditor *self)
{
  g_autofree char *signal = NULL;

  g_clear_signal_handler (&self->notify_id, self->object);

  if (self->object == NULL || self->property_name == NULL)
    return;

  signal = g_strconcat ("notify::", self->property_name, NULL);
  self->notify_id = g_signal_connect_object (self->object, signal,
                                             G_CALLBACK (sync_rows), self,
                                             G_CONNECT_SWAPPED);
}

AccordDocument *
accord_string_list_editor_get_document (AccordStringListEditor *self)
{
  g_return_val_if_fail (ACCORD_IS_STRING_LIST_EDITOR (self), NULL);

  return self->document;
}

void
accord_string_list_editor_set_document (AccordStringListEditor *self,
                                        AccordDocument         *document)
{
  g_return_if_fail (ACCORD_IS_STRING_LIST_EDITOR (self));
  g_return_if_fail (document == NULL || ACCORD_IS_DOCUMENT (document));

  if (g_set_object (&self->document, document))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

GObject *
accord_string_list_editor_get_object (AccordStringListEditor *self)
{
  g_return_val_if_fail (ACCORD_IS_STRING_LIST_EDITOR (self), NULL);

  return self->object;
}

void
accord_string_list_editor_set_object (AccordStringListEditor *self,
                                      GObject                *object)
{
  g_return_if_fail (ACCORD_IS_STRING_LIST_EDITOR (self));
  g_return_if_fail (object == NULL || G_IS_OBJECT (object));

  if (self->object == object)
    return;

  remove_new_row (self);
  g_clear_signal_handler (&self->notify_id, self->object);
  g_set_object (&self->object, object);
  connect_object (self);
  sync_rows (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OBJECT]);
}

const char *
accord_string_list_editor_get_property_name (AccordStringListEditor *self)
{
  g_return_val_if_fail (ACCORD_IS_STRING_LIST_EDITOR (self), NULL);

  return self->property_name;
}

void
accord_string_list_editor_set_property_name (AccordStringListEditor *self,
                                             const char             *property_name)
{
  g_return_if_fail (ACCORD_IS_STRING_LIST_EDITOR (self));

  if (g_strcmp0 (self->property_name, property_name) == 0)
    return;

  g_free (self->property_name);
  self->property_name = g_strdup (property_name);
  connect_object (self);
  sync_rows (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROPERTY_NAME]);
}

const char *
accord_string_list_editor_get_add_label (AccordStringListEditor *self)
{
  g_return_val_if_fail (ACCORD_IS_STRING_LIST_EDITOR (self), NULL);

  return self->add_label;
}

void
accord_string_list_editor_set_add_label (AccordStringListEditor *self,
                                         const char             *add_label)
{
  g_return_if_fail (ACCORD_IS_STRING_LIST_EDITOR (self));

  if (g_strcmp0 (self->add_label, add_label) == 0)
    return;

  g_free (self->add_label);
  self->add_label = g_strdup (add_label);
  adw_button_content_set_label (self->add_button_content, add_label != NULL ? add_label : "");

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADD_LABEL]);
}

const char *
accord_string_list_editor_get_item_title (AccordStringListEditor *self)
{
  g_return_val_if_fail (ACCORD_IS_STRING_LIST_EDITOR (self), NULL);

  return self->item_title;
}

void
accord_string_list_editor_set_item_title (AccordStringListEditor *self,
                                          const char             *item_title)
{
  g_return_if_fail (ACCORD_IS_STRING_LIST_EDITOR (self));

  if (g_strcmp0 (self->item_title, item_title) == 0)
    return;

  g_free (self->item_title);
  self->item_title = g_strdup (item_title);

  sync_rows (self);
  if (self->new_row != NULL)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->new_row), item_title);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM_TITLE]);
}

guint
accord_string_list_editor_get_n_rows (AccordStringListEditor *self)
{
  g_return_val_if_fail (ACCORD_IS_STRING_LIST_EDITOR (self), 0);

  return self->rows->len + (self->new_row != NULL ? 1 : 0);
}

GtkWidget *
accord_string_list_editor_get_row (AccordStringListEditor *self,
                                   guint                   position)
{
  g_return_val_if_fail (ACCORD_IS_STRING_LIST_EDITOR (self), NULL);

  if (position < self->rows->len)
    return g_ptr_array_index (self->rows, position);
  if (position == self->rows->len && self->new_row != NULL)
    return GTK_WIDGET (self->new_row);

  return NULL;
}

static void
accord_string_list_editor_dispose (GObject *object)
{
  AccordStringListEditor *self = ACCORD_STRING_LIST_EDITOR (object);

  g_clear_handle_id (&self->discard_new_row_id, g_source_remove);
  g_clear_signal_handler (&self->notify_id, self->object);
  g_clear_object (&self->object);
  g_clear_object (&self->document);
  /* The rows are the group's children: they go with it. */
  g_ptr_array_set_size (self->rows, 0);
  self->new_row = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), ACCORD_TYPE_STRING_LIST_EDITOR);

  G_OBJECT_CLASS (accord_string_list_editor_parent_class)->dispose (object);
}

static void
accord_string_list_editor_finalize (GObject *object)
{
  AccordStringListEditor *self = ACCORD_STRING_LIST_EDITOR (object);

  g_ptr_array_unref (self->rows);
  g_free (self->property_name);
  g_free (self->add_label);
  g_free (self->item_title);

  G_OBJECT_CLASS (accord_string_list_editor_parent_class)->finalize (object);
}

static void
accord_string_list_editor_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  AccordStringListEditor *self = ACCORD_STRING_LIST_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_OBJECT:
      g_value_set_object (value, self->object);
      break;

    case PROP_PROPERTY_NAME:
      g_value_set_string (value, self->property_name);
      break;

    case PROP_ADD_LABEL:
      g_value_set_string (value, self->add_label);
      break;

    case PROP_ITEM_TITLE:
      g_value_set_string (value, self->item_title);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_string_list_editor_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  AccordStringListEditor *self = ACCORD_STRING_LIST_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      accord_string_list_editor_set_document (self, g_value_get_object (value));
      break;

    case PROP_OBJECT:
      accord_string_list_editor_set_object (self, g_value_get_object (value));
      break;

    case PROP_PROPERTY_NAME:
      accord_string_list_editor_set_property_name (self, g_value_get_string (value));
      break;

    case PROP_ADD_LABEL:
      accord_string_list_editor_set_add_label (self, g_value_get_string (value));
      break;

    case PROP_ITEM_TITLE:
      accord_string_list_editor_set_item_title (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_string_list_editor_class_init (AccordStringListEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = accord_string_list_editor_dispose;
  object_class->finalize = accord_string_list_editor_finalize;
  object_class->get_property = accord_string_list_editor_get_property;
  object_class->set_property = accord_string_list_editor_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, ACCORD_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OBJECT] =
    g_param_spec_object ("object", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROPERTY_NAME] =
    g_param_spec_string ("property-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ADD_LABEL] =
    g_param_spec_string ("add-label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ITEM_TITLE] =
    g_param_spec_string ("item-title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, UI_RESOURCE);
  gtk_widget_class_bind_template_child (widget_class, AccordStringListEditor, add_button);
  gtk_widget_class_bind_template_child (widget_class, AccordStringListEditor, add_button_content);

  gtk_widget_class_install_action (widget_class, "list.add", NULL, add_activated);
}

static void
accord_string_list_editor_init (AccordStringListEditor *self)
{
  self->rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  sync_rows (self);
}
