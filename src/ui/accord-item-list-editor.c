/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-item-list-editor"

#include <glib/gi18n.h>

#include "accord-display-text.h"
#include "accord-editor-util.h"
#include "accord-attribute.h"
#include "accord-field-row.h"
#include "accord-item-list-editor.h"
#include "accord-participant.h"
#include "accord-source.h"

typedef struct
{
  const char *property;
  const char *title;
  gboolean    iso_date;
} Field;

static const Field participant_fields[] = {
  { "name", N_("Name"), FALSE },
  /* Translators: a participant's title or office, as "Deputy Foreign Minister" */
  { "title", N_("Title or Office"), FALSE },
  /* Translators: what a participant represents, as "Lao PDR" or "ASEAN Secretariat" */
  { "affiliation", N_("Country or Organisation"), FALSE },
  /* Translators: a participant's role in a meeting, as "Co-chair" or "Head of delegation" */
  { "role", N_("Role"), FALSE },
  { NULL }
};

static const Field source_fields[] = {
  /* Translators: who published a source, as "Vietnam News Agency" */
  { "publisher", N_("Publisher"), FALSE },
  /* Translators: the title of an article used as a source */
  { "title", N_("Headline"), FALSE },
  { "uri", N_("Web Address"), FALSE },
  /* Translators: the day a source was published, as "2024-01-29" */
  { "published", N_("Publication Date"), TRUE },
  { NULL }
};

static const Field attribute_fields[] = {
  /* Translators: the name of an attribute, as "ASEAN Priority" */
  { "name", N_("Name"), FALSE },
  /* Translators: the value of an attribute */
  { "value", N_("Value"), FALSE },
  { NULL }
};

static const Field *
fields_for_type (GType item_type)
{
  if (item_type == ACCORD_TYPE_PARTICIPANT)
    return participant_fields;
  if (item_type == ACCORD_TYPE_SOURCE)
    return source_fields;
  if (item_type == ACCORD_TYPE_ATTRIBUTE)
    return attribute_fields;

  g_return_val_if_reached (NULL);
}

gboolean
accord_uri_is_openable (const char *uri)
{
  const char *scheme;

  if (uri == NULL || !g_uri_is_valid (uri, G_URI_FLAGS_NONE, NULL))
    return FALSE;

  scheme = g_uri_peek_scheme (uri);

  return g_strcmp0 (scheme, "http") == 0 || g_strcmp0 (scheme, "https") == 0;
}

/* One item of the list, with a field row for each of its properties. */
#define ACCORD_TYPE_ITEM_ROW (accord_item_row_get_type ())
G_DECLARE_FINAL_TYPE (AccordItemRow, accord_item_row, ACCORD, ITEM_ROW, AdwExpanderRow)

struct _AccordItemRow
{
  AdwExpanderRow parent_instance;

  GObject *item;
  guint position;
  gulong notify_id;

  /* AccordFieldRow, one per field; the row owns them. */
  GPtrArray *field_rows;
  GtkWidget *open_button;
  GtkWidget *up_button;
  GtkWidget *down_button;
  GtkWidget *remove_button;
};

G_DEFINE_FINAL_TYPE (AccordItemRow, accord_item_row, ADW_TYPE_EXPANDER_ROW)

struct _AccordItemListEditor
{
  AdwPreferencesGroup parent_instance;

  AccordDocument *document;
  GObject *object;
  char *property_name;
  GListModel *list;
  gulong items_changed_id;
  char *add_label;

  /* AccordItemRow, one per item in order; the group owns them. */
  GPtrArray *rows;
  /* The items whose rows are open, so that a row follows its item when it moves. */
  GHashTable *expanded_items;
  /* Set while rows are given their items, so that doing so is not taken for a click. */
  gboolean binding;

  GtkWidget *add_button;
  AdwButtonContent *add_button_content;
};

#define UI_RESOURCE "/io/github/accordapp/Accord/ui/accord-item-list-editor.ui"

G_DEFINE_FINAL_TYPE (AccordItemListEditor, accord_item_list_editor, ADW_TYPE_PREFERENCES_GROUP)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_OBJECT,
  PROP_PROPERTY_NAME,
  PROP_ADD_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void item_list_editor_move_row   (AccordItemListEditor *self,
                                         AccordItemRow        *row,
                                         int                   delta);
static void item_list_editor_remove_row (AccordItemListEditor *self,
                                         AccordItemRow        *row);

static AccordItemListEditor *
item_row_get_editor (AccordItemRow *row)
{
  return ACCORD_ITEM_LIST_EDITOR (gtk_widget_get_ancestor (GTK_WIDGET (row),
                                                           ACCORD_TYPE_ITEM_LIST_EDITOR));
}

/* Its buttons say what they act on: "Remove Participant 2: Bùi Thanh Sơn". */
static void
item_row_name_buttons (AccordItemRow *row)
{
  g_autofree char *name = NULL;
  const char *kind;

  if (ACCORD_IS_PARTICIPANT (row->item))
    /* Translators: the kind of an item of a meeting's list, in "Participant 2" */
    kind = C_("list item kind", "Participant");
  else if (ACCORD_IS_SOURCE (row->item))
    /* Translators: the kind of an item of a record's list, in "Source 2" */
    kind = C_("list item kind", "Source");
  else
    /* Translators: the kind of an item of an initiative's list, in "Attribute 2" */
    kind = C_("list item kind", "Attribute");

  name = accord_list_item_name (kind, row->position);
  accord_name_row_buttons (row->up_button, row->down_button, row->remove_button, name,
                           adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
}

/* The row's title and subtitle say which item it is. All of it is the user's text, shown as
 * typed: the row does not use markup. */
static void
item_row_update_header (AccordItemRow *row)
{
  g_autofree char *subtitle = NULL;
  const char *title;
  const char *fallback;

  if (ACCORD_IS_PARTICIPANT (row->item))
    {
      AccordParticipant *participant = ACCORD_PARTICIPANT (row->item);
      const char *name = accord_participant_get_name (participant);
      const char *affiliation = accord_participant_get_affiliation (participant);

      title = accord_participant_get_display_name (participant);
      /* Without a name, the title is the office: it is not repeated below. */
      if (name[0] != '\0')
        subtitle = accord_join_two (accord_participant_get_title (participant), affiliation);
      else
        subtitle = g_strdup (affiliation);
      fallback = _("Unnamed Participant");
    }
  else if (ACCORD_IS_SOURCE (row->item))
    {
      AccordSource *source = ACCORD_SOURCE (row->item);

      title = accord_source_get_title (source);
      if (title[0] == '\0')
        title = accord_source_get_uri (source);
      subtitle = accord_join_two (accord_source_get_publisher (source),
                           accord_source_get_published (source));
      fallback = _("Untitled Source");
    }
  else
    {
      AccordAttribute *attribute = ACCORD_ATTRIBUTE (row->item);

      title = accord_attribute_get_name (attribute);
      subtitle = g_strdup (accord_attribute_get_value (attribute));
      fallback = _("Unnamed Attribute");
    }

  accord_row_show_text (ADW_PREFERENCES_ROW (row), title[0] != '\0' ? title : fallback, subtitle);
  item_row_name_buttons (row);
}

/* Only http and https addresses open; the button says why another cannot. */
static void
item_row_update_open (AccordItemRow *row)
{
  const char *uri;
  gboolean openable;
  const char *tooltip;

  if (row->open_button == NULL)
    return;

  uri = accord_source_get_uri (ACCORD_SOURCE (row->item));
  openable = accord_uri_is_openable (uri);

  if (openable)
    tooltip = _("Open in Browser");
  else if (uri[0] == '\0')
    tooltip = _("There is no web address to open");
  else
    tooltip = _("Only web addresses that start with http or https can be opened");

  gtk_widget_action_set_enabled (GTK_WIDGET (row), "item.open", openable);
  gtk_widget_set_tooltip_text (row->open_button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->open_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tooltip,
                                  -1);
}

static void
item_row_on_item_notify (AccordItemRow *row)
{
  item_row_update_header (row);
  item_row_update_open (row);
}

static void
item_row_move_up (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  AccordItemListEditor *editor = item_row_get_editor (ACCORD_ITEM_ROW (widget));

  if (editor != NULL)
    item_list_editor_move_row (editor, ACCORD_ITEM_ROW (widget), -1);
}

static void
item_row_move_down (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  AccordItemListEditor *editor = item_row_get_editor (ACCORD_ITEM_ROW (widget));

  if (editor != NULL)
    item_list_editor_move_row (editor, ACCORD_ITEM_ROW (widget), 1);
}

static void
item_row_remove (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  AccordItemListEditor *editor = item_row_get_editor (ACCORD_ITEM_ROW (widget));

  if (editor != NULL)
    item_list_editor_remove_row (editor, ACCORD_ITEM_ROW (widget));
}

static void
item_row_open (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AccordItemRow *row = ACCORD_ITEM_ROW (widget);
  const char *uri;
  GtkRoot *root;

  if (!ACCORD_IS_SOURCE (row->item))
    return;

  /* Checked again here: the action may be activated without its button. */
  uri = accord_source_get_uri (ACCORD_SOURCE (row->item));
  if (!accord_uri_is_openable (uri))
    return;

  root = gtk_widget_get_root (widget);
  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);
}

static void
accord_item_row_dispose (GObject *object)
{
  AccordItemRow *row = ACCORD_ITEM_ROW (object);

  g_clear_signal_handler (&row->notify_id, row->item);
  g_clear_object (&row->item);

  G_OBJECT_CLASS (accord_item_row_parent_class)->dispose (object);
}

static void
accord_item_row_finalize (GObject *object)
{
  AccordItemRow *row = ACCORD_ITEM_ROW (object);

  g_ptr_array_unref (row->field_rows);

  G_OBJECT_CLASS (accord_item_row_parent_class)->finalize (object);
}

static void
accord_item_row_class_init (AccordItemRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = accord_item_row_dispose;
  object_class->finalize = accord_item_row_finalize;

  gtk_widget_class_install_action (widget_class, "item.open", NULL, item_row_open);
  gtk_widget_class_install_action (widget_class, "item.move-up", NULL, item_row_move_up);
  gtk_widget_class_install_action (widget_class, "item.move-down", NULL, item_row_move_down);
  gtk_widget_class_install_action (widget_class, "item.remove", NULL, item_row_remove);
}

static void
accord_item_row_init (AccordItemRow *row)
{
  row->field_rows = g_ptr_array_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
}

static AccordItemRow *
item_row_new (GType item_type)
{
  AccordItemRow *row = g_object_new (ACCORD_TYPE_ITEM_ROW, NULL);
  const Field *fields = fields_for_type (item_type);

  row->up_button = accord_icon_button_new ("go-up-symbolic", _("Move Up"), "item.move-up");
  row->down_button = accord_icon_button_new ("go-down-symbolic", _("Move Down"), "item.move-down");
  row->remove_button = accord_icon_button_new ("user-trash-symbolic", _("Remove"), "item.remove");

  /* Each action goes before the ones added earlier. */
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), row->remove_button);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), row->down_button);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), row->up_button);

  if (item_type == ACCORD_TYPE_SOURCE)
    {
      /* Translators: a button that opens a source's web address */
      row->open_button = accord_icon_button_new ("adw-external-link-symbolic", _("Open in Browser"),
                                          "item.open");
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row), row->open_button);
    }

  for (guint i = 0; fields != NULL && fields[i].property != NULL; i++)
    {
      GtkWidget *field_row = accord_field_row_new (fields[i].property, _(fields[i].title));

      accord_field_row_set_iso_date (ACCORD_FIELD_ROW (field_row), fields[i].iso_date);
      g_ptr_array_add (row->field_rows, field_row);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), field_row);
    }

  return row;
}

static void
item_row_show (AccordItemRow  *row,
               AccordDocument *document,
               GObject        *item,
               guint           position,
               guint           n_items)
{
  row->position = position;
  gtk_widget_action_set_enabled (GTK_WIDGET (row), "item.move-up", position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (row), "item.move-down", position + 1 < n_items);

  for (guint i = 0; i < row->field_rows->len; i++)
    accord_field_row_set_document (g_ptr_array_index (row->field_rows, i), document);

  if (row->item == item)
    {
      item_row_name_buttons (row);
      return;
    }

  g_clear_signal_handler (&row->notify_id, row->item);
  g_set_object (&row->item, item);
  row->notify_id = g_signal_connect_object (item, "notify",
                                            G_CALLBACK (item_row_on_item_notify), row,
                                            G_CONNECT_SWAPPED);

  for (guint i = 0; i < row->field_rows->len; i++)
    accord_field_row_set_object (g_ptr_array_index (row->field_rows, i), item);

  item_row_update_header (row);
  item_row_update_open (row);
}

static void
remove_rows (AccordItemListEditor *self,
             guint                 n_rows)
{
  while (self->rows->len > n_rows)
    {
      AccordItemRow *row = g_ptr_array_steal_index (self->rows, self->rows->len - 1);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (row));
    }
}

static void
on_row_expanded (AccordItemRow        *row,
                 GParamSpec           *pspec,
                 AccordItemListEditor *self)
{
  if (self->binding || row->item == NULL)
    return;

  if (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)))
    g_hash_table_add (self->expanded_items, g_object_ref (row->item));
  else
    g_hash_table_remove (self->expanded_items, row->item);
}

/* Rows are reused position by position, so that one that has the focus keeps it; whether a
 * row is open follows its item. */
static void
on_items_changed (AccordItemListEditor *self,
                  guint                 position,
                  guint                 removed,
                  guint                 added)
{
  guint n_items = g_list_model_get_n_items (self->list);
  GType item_type = g_list_model_get_item_type (self->list);

  self->binding = TRUE;

  remove_rows (self, n_items);

  while (self->rows->len < n_items)
    {
      AccordItemRow *row = item_row_new (item_type);

      g_signal_connect_object (row, "notify::expanded", G_CALLBACK (on_row_expanded), self, 0);
      g_ptr_array_add (self->rows, row);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (row));
    }

  for (guint i = 0; i < n_items; i++)
    {
      AccordItemRow *row = g_ptr_array_index (self->rows, i);
      g_autoptr(GObject) item = g_list_model_get_item (self->list, i);

      item_row_show (row, self->document, item, i, n_items);
      if (i >= position)
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row),
                                       g_hash_table_contains (self->expanded_items, item));
    }

  self->binding = FALSE;
}

static void
set_list (AccordItemListEditor *self,
          GListModel           *list)
{
  if (self->list == list)
    return;

  g_clear_signal_handler (&self->items_changed_id, self->list);

  /* Another record's list: its rows start afresh, closed. */
  remove_rows (self, 0);
  g_hash_table_remove_all (self->expanded_items);
  g_set_object (&self->list, list);

  if (list != NULL)
    {
      self->items_changed_id = g_signal_connect_object (list, "items-changed",
                                                        G_CALLBACK (on_items_changed), self,
                                                        G_CONNECT_SWAPPED);
      on_items_changed (self, 0, 0, g_list_model_get_n_items (list));
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "list.add", list != NULL);
}

static void
update_list (AccordItemListEditor *self)
{
  g_autoptr(GListModel) list = NULL;

  if (self->object != NULL && self->property_name != NULL)
    g_object_get (self->object, self->property_name, &list, NULL);

  set_list (self, list);
}

static void
focus_row_button (AccordItemListEditor *self,
                  guint                 position,
                  gboolean              prefer_up)
{
  AccordItemRow *row;

  if (self->rows->len == 0)
    {
      gtk_widget_grab_focus (self->add_button);
      return;
    }

  row = g_ptr_array_index (self->rows, MIN (position, self->rows->len - 1));
  accord_focus_row_button (row->up_button, row->down_button, row->remove_button, prefer_up);
}

static void
item_list_editor_move_row (AccordItemListEditor *self,
                           AccordItemRow        *row,
                           int                   delta)
{
  gboolean had_focus = accord_widget_has_focus_within (GTK_WIDGET (self));
  guint from = row->position;
  guint to = from + delta;

  if (self->document == NULL || self->list == NULL ||
      from >= g_list_model_get_n_items (self->list) || to >= g_list_model_get_n_items (self->list))
    return;

  accord_document_move_item (self->document, self->list, from, to, NULL);

  if (had_focus)
    focus_row_button (self, to, delta < 0);
}

static void
item_list_editor_remove_row (AccordItemListEditor *self,
                             AccordItemRow        *row)
{
  gboolean had_focus = accord_widget_has_focus_within (GTK_WIDGET (self));
  guint position = row->position;

  if (self->document == NULL || self->list == NULL ||
      position >= g_list_model_get_n_items (self->list))
    return;

  accord_document_remove_item (self->document, self->list, position, NULL);

  if (had_focus)
    focus_row_button (self, position, FALSE);
}

/* A new, empty item at the end, opened with its first field focused. */
static void
add_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AccordItemListEditor *self = ACCORD_ITEM_LIST_EDITOR (widget);
  g_autoptr(GObject) item = NULL;
  AccordItemRow *row;
  guint position;

  if (self->document == NULL || self->list == NULL)
    return;

  position = g_list_model_get_n_items (self->list);
  item = g_object_new (g_list_model_get_item_type (self->list), NULL);
  accord_document_insert_item (self->document, self->list, position, item, NULL);

  g_return_if_fail (position < self->rows->len);

  row = g_ptr_array_index (self->rows, position);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  if (row->field_rows->len > 0)
    gtk_widget_grab_focus (g_ptr_array_index (row->field_rows, 0));
}

AccordDocument *
accord_item_list_editor_get_document (AccordItemListEditor *self)
{
  g_return_val_if_fail (ACCORD_IS_ITEM_LIST_EDITOR (self), NULL);

  return self->document;
}

void
accord_item_list_editor_set_document (AccordItemListEditor *self,
                                      AccordDocument       *document)
{
  g_return_if_fail (ACCORD_IS_ITEM_LIST_EDITOR (self));
  g_return_if_fail (document == NULL || ACCORD_IS_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;

  for (guint i = 0; i < self->rows->len; i++)
    {
      AccordItemRow *row = g_ptr_array_index (self->rows, i);

      for (guint j = 0; j < row->field_rows->len; j++)
        accord_field_row_set_document (g_ptr_array_index (row->field_rows, j), document);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

GObject *
accord_item_list_editor_get_object (AccordItemListEditor *self)
{
  g_return_val_if_fail (ACCORD_IS_ITEM_LIST_EDITOR (self), NULL);

  return self->object;
}

void
accord_item_list_editor_set_object (AccordItemListEditor *self,
                                    GObject              *object)
{
  g_return_if_fail (ACCORD_IS_ITEM_LIST_EDITOR (self));
  g_return_if_fail (object == NULL || G_IS_OBJECT (object));

  if (!g_set_object (&self->object, object))
    return;

  update_list (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OBJECT]);
}

const char *
accord_item_list_editor_get_property_name (AccordItemListEditor *self)
{
  g_return_val_if_fail (ACCORD_IS_ITEM_LIST_EDITOR (self), NULL);

  return self->property_name;
}

void
accord_item_list_editor_set_property_name (AccordItemListEditor *self,
                                           const char           *property_name)
{
  g_return_if_fail (ACCORD_IS_ITEM_LIST_EDITOR (self));

  if (g_strcmp0 (self->property_name, property_name) == 0)
    return;

  g_free (self->property_name);
  self->property_name = g_strdup (property_name);
  update_list (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROPERTY_NAME]);
}

const char *
accord_item_list_editor_get_add_label (AccordItemListEditor *self)
{
  g_return_val_if_fail (ACCORD_IS_ITEM_LIST_EDITOR (self), NULL);

  return self->add_label;
}

void
accord_item_list_editor_set_add_label (AccordItemListEditor *self,
                                       const char           *add_label)
{
  g_return_if_fail (ACCORD_IS_ITEM_LIST_EDITOR (self));

  if (g_strcmp0 (self->add_label, add_label) == 0)
    return;

  g_free (self->add_label);
  self->add_label = g_strdup (add_label);
  adw_button_content_set_label (self->add_button_content, add_label != NULL ? add_label : "");

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADD_LABEL]);
}

guint
accord_item_list_editor_get_n_rows (AccordItemListEditor *self)
{
  g_return_val_if_fail (ACCORD_IS_ITEM_LIST_EDITOR (self), 0);

  return self->rows->len;
}

GtkWidget *
accord_item_list_editor_get_row (AccordItemListEditor *self,
                                 guint                 position)
{
  g_return_val_if_fail (ACCORD_IS_ITEM_LIST_EDITOR (self), NULL);

  return position < self->rows->len ? g_ptr_array_index (self->rows, position) : NULL;
}

static void
accord_item_list_editor_dispose (GObject *object)
{
  AccordItemListEditor *self = ACCORD_ITEM_LIST_EDITOR (object);

  g_clear_signal_handler (&self->items_changed_id, self->list);
  g_clear_object (&self->list);
  g_clear_object (&self->object);
  g_clear_object (&self->document);
  /* The rows are the group's children: they go with it. */
  g_ptr_array_set_size (self->rows, 0);
  g_hash_table_remove_all (self->expanded_items);
  gtk_widget_dispose_template (GTK_WIDGET (self), ACCORD_TYPE_ITEM_LIST_EDITOR);

  G_OBJECT_CLASS (accord_item_list_editor_parent_class)->dispose (object);
}

static void
accord_item_list_editor_finalize (GObject *object)
{
  AccordItemListEditor *self = ACCORD_ITEM_LIST_EDITOR (object);

  g_ptr_array_unref (self->rows);
  g_hash_table_unref (self->expanded_items);
  g_free (self->property_name);
  g_free (self->add_label);

  G_OBJECT_CLASS (accord_item_list_editor_parent_class)->finalize (object);
}

static void
accord_item_list_editor_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  AccordItemListEditor *self = ACCORD_ITEM_LIST_EDITOR (object);

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

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_item_list_editor_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  AccordItemListEditor *self = ACCORD_ITEM_LIST_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      accord_item_list_editor_set_document (self, g_value_get_object (value));
      break;

    case PROP_OBJECT:
      accord_item_list_editor_set_object (self, g_value_get_object (value));
      break;

    case PROP_PROPERTY_NAME:
      accord_item_list_editor_set_property_name (self, g_value_get_string (value));
      break;

    case PROP_ADD_LABEL:
      accord_item_list_editor_set_add_label (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_item_list_editor_class_init (AccordItemListEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = accord_item_list_editor_dispose;
  object_class->finalize = accord_item_list_editor_finalize;
  object_class->get_property = accord_item_list_editor_get_property;
  object_class->set_property = accord_item_list_editor_set_property;

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
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, UI_RESOURCE);
  gtk_widget_class_bind_template_child (widget_class, AccordItemListEditor, add_button);
  gtk_widget_class_bind_template_child (widget_class, AccordItemListEditor, add_button_content);

  gtk_widget_class_install_action (widget_class, "list.add", NULL, add_activated);
}

static void
accord_item_list_editor_init (AccordItemListEditor *self)
{
  self->rows = g_ptr_array_new ();
  self->expanded_items = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "list.add", FALSE);
}
