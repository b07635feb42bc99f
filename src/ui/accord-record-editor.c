/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-record-editor"

#include <glib/gi18n.h>

#include "accord-display-text.h"
#include "accord-editor-util.h"
#include "accord-enum-row.h"
#include "accord-field-row.h"
#include "accord-item-list-editor.h"
#include "accord-period-editor.h"
#include "accord-record-editor-private.h"
#include "accord-string-list-editor.h"
#include "accord-text-editor.h"

struct _AccordRecordEditor
{
  GtkWidget parent_instance;

  AccordDocument *document;
  AccordRecord *record;
  gulong meeting_id_notify_id;

  /* The widgets of each page that show a property of the record: they all have "document"
   * and "object" properties. Borrowed from the template. */
  GPtrArray *meeting_parts;
  GPtrArray *initiative_parts;

  /* The launched initiatives shown, and their rows (borrowed from launched_group). */
  GPtrArray *launched;
  GPtrArray *launched_rows;

  /* "None" and then the document's meetings, for initiative_meeting_row. */
  GListModel *meeting_choices;
  /* Set while the combo row shows the model's meeting, so that doing so is not a choice. */
  gboolean showing_meeting;
  /* The width it asks for beside a list; -1 for its content's. */
  int width;

  GtkStack *stack;
  GtkScrolledWindow *meeting_page;
  GtkScrolledWindow *initiative_page;

  GtkWidget *meeting_heading;
  AccordFieldRow *meeting_title_row;
  AccordPeriodEditor *meeting_when_editor;
  AccordFieldRow *meeting_location_row;
  AccordEnumRow *meeting_format_row;
  AccordEnumRow *meeting_kind_row;
  AccordItemListEditor *meeting_participants_editor;
  AccordStringListEditor *meeting_topics_editor;
  AccordTextEditor *meeting_summary_editor;
  AccordStringListEditor *meeting_outcomes_editor;
  AdwPreferencesGroup *launched_group;
  AccordItemListEditor *meeting_sources_editor;
  AccordTextEditor *meeting_notes_editor;

  GtkWidget *initiative_heading;
  AccordFieldRow *initiative_title_row;
  AccordFieldRow *initiative_objective_row;
  AccordFieldRow *initiative_expected_outcome_row;
  AccordPeriodEditor *initiative_period_editor;
  AccordFieldRow *initiative_lead_row;
  AccordEnumRow *initiative_status_row;
  AccordFieldRow *initiative_area_row;
  AccordStringListEditor *initiative_partners_editor;
  AdwComboRow *initiative_meeting_row;
  AdwActionRow *open_meeting_row;
  AccordItemListEditor *initiative_attributes_editor;
  AccordItemListEditor *initiative_sources_editor;
  AccordTextEditor *initiative_notes_editor;
};

#define UI_RESOURCE "/io/github/accordapp/Accord/ui/accord-record-editor.ui"

G_DEFINE_FINAL_TYPE (AccordRecordEditor, accord_record_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_RECORD,
  PROP_WIDTH,
  N_PROPS
};

enum {
  OPEN_RECORD,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean
record_in_document (AccordRecordEditor *self,
                    AccordRecord       *record)
{
  const char *id;

  if (self->document == NULL || record == NULL)
    return FALSE;

  id = accord_record_get_id (record);
  if (ACCORD_IS_MEETING (record))
    return (AccordRecord *) accord_document_lookup_meeting (self->document, id) == record;

  return (AccordRecord *) accord_document_lookup_initiative (self->document, id) == record;
}

/* Launched initiatives */

static void
launched_row_describe (AccordInitiative  *initiative,
                       const char       **title,
                       char             **subtitle)
{
  const AccordPeriod *period = accord_initiative_get_period (initiative);
  g_autofree char *when = accord_period_format_short (period);

  *title = accord_record_get_title (ACCORD_RECORD (initiative));
  if ((*title)[0] == '\0')
    *title = _("Untitled Initiative");
  *subtitle = accord_join_two (accord_status_to_label (accord_initiative_get_status (initiative)),
                               when);
}

static GtkWidget *
launched_row_new (AccordInitiative *initiative)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *arrow = g_object_new (GTK_TYPE_IMAGE,
                                   "icon-name", "go-next-symbolic",
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                   NULL);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  /* The target first: an action name without its target is a type mismatch. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s",
                                    accord_record_get_id (ACCORD_RECORD (initiative)));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "editor.open-record");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);

  return row;
}

static void
clear_launched (AccordRecordEditor *self)
{
  for (guint i = 0; i < self->launched_rows->len; i++)
    adw_preferences_group_remove (self->launched_group, g_ptr_array_index (self->launched_rows, i));

  g_ptr_array_set_size (self->launched_rows, 0);
  g_ptr_array_set_size (self->launched, 0);
}

static gboolean
same_initiatives (GPtrArray *a,
                  GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;

  for (guint i = 0; i < a->len; i++)
    {
      if (g_ptr_array_index (a, i) != g_ptr_array_index (b, i))
        return FALSE;
    }

  return TRUE;
}

/* Rows are made again only when the initiatives themselves change, so that one with the
 * focus keeps it while a title is edited elsewhere. */
static void
update_launched (AccordRecordEditor *self)
{
  g_autoptr(GPtrArray) launched = NULL;

  if (self->document == NULL || !ACCORD_IS_MEETING (self->record))
    {
      clear_launched (self);
      return;
    }

  launched = accord_document_list_launched (self->document, ACCORD_MEETING (self->record));

  if (!same_initiatives (launched, self->launched))
    {
      clear_launched (self);
      for (guint i = 0; i < launched->len; i++)
        {
          GtkWidget *row = launched_row_new (g_ptr_array_index (launched, i));

          g_ptr_array_add (self->launched, g_object_ref (g_ptr_array_index (launched, i)));
          g_ptr_array_add (self->launched_rows, row);
          adw_preferences_group_add (self->launched_group, row);
        }
    }

  for (guint i = 0; i < self->launched->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->launched_rows, i);
      g_autofree char *subtitle = NULL;
      const char *title;

      launched_row_describe (g_ptr_array_index (self->launched, i), &title, &subtitle);
      accord_row_show_text (ADW_PREFERENCES_ROW (row), title, subtitle);
    }

  if (self->launched->len == 0)
    adw_preferences_group_set_description (self->launched_group,
                                           _("No initiative names this meeting as the one that "
                                             "launched it"));
  else
    adw_preferences_group_set_description (self->launched_group, NULL);
}

/* The launching meeting */

static char *
meeting_choice_label (GObject *item)
{
  if (ACCORD_IS_MEETING (item))
    {
      const char *title = accord_record_get_title (ACCORD_RECORD (item));

      return accord_display_text (title[0] != '\0' ? title : _("Untitled Meeting"));
    }

  /* Translators: in the list of meetings, for an initiative no meeting launched */
  return g_strdup (C_("launching meeting", "None"));
}

static void
setup_meeting_choice (GtkSignalListItemFactory *factory,
                      GtkListItem              *list_item,
                      gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  /* Meeting titles are long and often alike at the start: they wrap rather than end in "…". */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_label_set_lines (GTK_LABEL (label), 3);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), check);
  gtk_list_item_set_child (list_item, box);
}

static void
update_meeting_choice_check (GtkListItem *list_item)
{
  GtkWidget *box = gtk_list_item_get_child (list_item);
  AdwComboRow *combo = g_object_get_data (G_OBJECT (list_item), "combo");
  gboolean selected = adw_combo_row_get_selected_item (combo) == gtk_list_item_get_item (list_item);

  gtk_widget_set_opacity (gtk_widget_get_last_child (box), selected ? 1.0 : 0.0);
}

static void
bind_meeting_choice (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     gpointer                  user_data)
{
  AdwComboRow *combo = user_data;
  GtkWidget *box = gtk_list_item_get_child (list_item);
  g_autofree char *label = meeting_choice_label (gtk_list_item_get_item (list_item));

  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (box)), label);

  g_object_set_data (G_OBJECT (list_item), "combo", combo);
  g_signal_connect_object (combo, "notify::selected-item",
                           G_CALLBACK (update_meeting_choice_check), list_item,
                           G_CONNECT_SWAPPED);
  update_meeting_choice_check (list_item);
}

static void
unbind_meeting_choice (GtkSignalListItemFactory *factory,
                       GtkListItem              *list_item,
                       gpointer                  user_data)
{
  g_signal_handlers_disconnect_by_func (user_data, update_meeting_choice_check, list_item);
  g_object_set_data (G_OBJECT (list_item), "combo", NULL);
}

static AccordMeeting *
launching_meeting (AccordRecordEditor *self)
{
  const char *id;

  if (self->document == NULL || !ACCORD_IS_INITIATIVE (self->record))
    return NULL;

  id = accord_initiative_get_meeting_id (ACCORD_INITIATIVE (self->record));

  return accord_document_lookup_meeting (self->document, id);
}

static void
update_launching_meeting (AccordRecordEditor *self)
{
  AccordMeeting *meeting = launching_meeting (self);
  guint position = 0;

  if (meeting != NULL)
    {
      g_autofree char *title = accord_display_text (accord_record_get_title (ACCORD_RECORD (meeting)));
      guint index;

      if (g_list_store_find (G_LIST_STORE (accord_document_get_meetings (self->document)),
                             meeting, &index))
        position = index + 1;

      adw_action_row_set_subtitle (self->open_meeting_row, title);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->open_meeting_row), "s",
                                        accord_record_get_id (ACCORD_RECORD (meeting)));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->open_meeting_row),
                                      "editor.open-record");
    }

  gtk_widget_set_visible (GTK_WIDGET (self->open_meeting_row), meeting != NULL);

  if (self->meeting_choices == NULL)
    return;

  self->showing_meeting = TRUE;
  adw_combo_row_set_selected (self->initiative_meeting_row, position);
  self->showing_meeting = FALSE;
}

static void
on_meeting_choice_changed (AccordRecordEditor *self)
{
  AccordInitiative *initiative;
  GObject *item;
  const char *id;

  if (self->showing_meeting || !ACCORD_IS_INITIATIVE (self->record) ||
      !record_in_document (self, self->record))
    return;

  initiative = ACCORD_INITIATIVE (self->record);

  /* The meeting shown went away (a deletion, an undo): the list moved, nobody chose. */
  if (accord_initiative_get_meeting_id (initiative)[0] != '\0' && launching_meeting (self) == NULL)
    return;

  item = adw_combo_row_get_selected_item (self->initiative_meeting_row);
  id = ACCORD_IS_MEETING (item) ? accord_record_get_id (ACCORD_RECORD (item)) : "";
  accord_document_set_string (self->document, G_OBJECT (initiative), "meeting-id", id);
}

static void
set_meeting_choices (AccordRecordEditor *self)
{
  g_autoptr(GListStore) none = NULL;
  g_autoptr(GListStore) parts = NULL;
  g_autoptr(GtkStringObject) no_meeting = NULL;
  GtkFlattenListModel *flattened;

  g_clear_object (&self->meeting_choices);

  if (self->document != NULL)
    {
      /* Any object but a meeting reads "None". */
      no_meeting = gtk_string_object_new ("");
      none = g_list_store_new (GTK_TYPE_STRING_OBJECT);
      g_list_store_append (none, no_meeting);
      parts = g_list_store_new (G_TYPE_LIST_MODEL);
      g_list_store_append (parts, none);
      g_list_store_append (parts, accord_document_get_meetings (self->document));
      flattened = gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&parts)));
      self->meeting_choices = G_LIST_MODEL (flattened);

      /* After the combo row has followed the change: show the initiative's meeting again. */
      g_signal_connect_object (accord_document_get_meetings (self->document), "items-changed",
                               G_CALLBACK (update_launching_meeting), self,
                               G_CONNECT_SWAPPED | G_CONNECT_AFTER);
    }

  self->showing_meeting = TRUE;
  adw_combo_row_set_model (self->initiative_meeting_row, self->meeting_choices);
  self->showing_meeting = FALSE;
}

/* The record */

static void
on_document_changed (AccordRecordEditor *self)
{
  /* Deleted, undone or replaced by a load: there is nothing left to edit. */
  if (self->record != NULL && !record_in_document (self, self->record))
    {
      accord_record_editor_set_record (self, NULL);
      return;
    }

  update_launched (self);
  update_launching_meeting (self);
}

static void
set_parts_object (GPtrArray      *parts,
                  AccordDocument *document,
                  GObject        *object)
{
  for (guint i = 0; i < parts->len; i++)
    g_object_set (g_ptr_array_index (parts, i), "document", document, "object", object, NULL);
}

static void
scroll_to_top (GtkScrolledWindow *page)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (page);

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
}

AccordRecord *
accord_record_editor_get_record (AccordRecordEditor *self)
{
  g_return_val_if_fail (ACCORD_IS_RECORD_EDITOR (self), NULL);

  return self->record;
}

void
accord_record_editor_set_record (AccordRecordEditor *self,
                                 AccordRecord       *record)
{
  gboolean had_focus;
  GObject *meeting;
  GObject *initiative;

  g_return_if_fail (ACCORD_IS_RECORD_EDITOR (self));
  g_return_if_fail (record == NULL || ACCORD_IS_MEETING (record) || ACCORD_IS_INITIATIVE (record));

  if (self->record == record)
    return;

  had_focus = accord_widget_has_focus_within (GTK_WIDGET (self));

  /* What is being typed belongs to the record it was typed in: taking the focus away applies
   * it, unless that record has left the document. */
  if (had_focus && record_in_document (self, self->record))
    gtk_root_set_focus (gtk_widget_get_root (GTK_WIDGET (self)), NULL);

  g_clear_signal_handler (&self->meeting_id_notify_id, self->record);
  g_set_object (&self->record, record);

  meeting = ACCORD_IS_MEETING (record) ? G_OBJECT (record) : NULL;
  initiative = ACCORD_IS_INITIATIVE (record) ? G_OBJECT (record) : NULL;
  set_parts_object (self->meeting_parts, self->document, meeting);
  set_parts_object (self->initiative_parts, self->document, initiative);

  if (initiative != NULL)
    self->meeting_id_notify_id = g_signal_connect_object (initiative, "notify::meeting-id",
                                                          G_CALLBACK (update_launching_meeting),
                                                          self, G_CONNECT_SWAPPED);
  update_launched (self);
  update_launching_meeting (self);

  if (meeting != NULL)
    {
      scroll_to_top (self->meeting_page);
      gtk_stack_set_visible_child_name (self->stack, "meeting");
    }
  else if (initiative != NULL)
    {
      scroll_to_top (self->initiative_page);
      gtk_stack_set_visible_child_name (self->stack, "initiative");
    }
  else
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }

  /* Someone who was working in the pane goes on at the top of the new record, where typing
   * changes nothing until they go into a field. */
  if (had_focus)
    accord_record_editor_focus_heading (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORD]);
}

gboolean
accord_record_editor_focus_heading (AccordRecordEditor *self)
{
  g_return_val_if_fail (ACCORD_IS_RECORD_EDITOR (self), FALSE);

  if (ACCORD_IS_MEETING (self->record))
    return gtk_widget_grab_focus (self->meeting_heading);
  if (ACCORD_IS_INITIATIVE (self->record))
    return gtk_widget_grab_focus (self->initiative_heading);

  return FALSE;
}

gboolean
accord_record_editor_focus_title (AccordRecordEditor *self)
{
  g_return_val_if_fail (ACCORD_IS_RECORD_EDITOR (self), FALSE);

  if (ACCORD_IS_MEETING (self->record))
    return gtk_widget_grab_focus (GTK_WIDGET (self->meeting_title_row));
  if (ACCORD_IS_INITIATIVE (self->record))
    return gtk_widget_grab_focus (GTK_WIDGET (self->initiative_title_row));

  return FALSE;
}

AccordDocument *
accord_record_editor_get_document (AccordRecordEditor *self)
{
  g_return_val_if_fail (ACCORD_IS_RECORD_EDITOR (self), NULL);

  return self->document;
}

void
accord_record_editor_set_document (AccordRecordEditor *self,
                                   AccordDocument     *document)
{
  g_return_if_fail (ACCORD_IS_RECORD_EDITOR (self));
  g_return_if_fail (document == NULL || ACCORD_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  /* A record belongs to one document. */
  accord_record_editor_set_record (self, NULL);

  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->document, self);
      g_signal_handlers_disconnect_by_data (accord_document_get_meetings (self->document), self);
    }

  g_set_object (&self->document, document);

  if (document != NULL)
    g_signal_connect_object (document, "changed", G_CALLBACK (on_document_changed), self,
                             G_CONNECT_SWAPPED);
  set_meeting_choices (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

static void
open_record_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  AccordRecordEditor *self = ACCORD_RECORD_EDITOR (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  AccordRecord *record;

  if (self->document == NULL)
    return;

  record = ACCORD_RECORD (accord_document_lookup_meeting (self->document, id));
  if (record == NULL)
    record = ACCORD_RECORD (accord_document_lookup_initiative (self->document, id));

  if (record != NULL)
    g_signal_emit (self, signals[OPEN_RECORD], 0, record);
}

GtkWidget *
accord_record_editor_get_part (AccordRecordEditor *self,
                               const char         *id)
{
  g_return_val_if_fail (ACCORD_IS_RECORD_EDITOR (self), NULL);

  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (self),
                                                    ACCORD_TYPE_RECORD_EDITOR, id));
}

guint
accord_record_editor_get_n_launched (AccordRecordEditor *self)
{
  g_return_val_if_fail (ACCORD_IS_RECORD_EDITOR (self), 0);

  return self->launched_rows->len;
}

GtkWidget *
accord_record_editor_get_launched_row (AccordRecordEditor *self,
                                       guint               position)
{
  g_return_val_if_fail (ACCORD_IS_RECORD_EDITOR (self), NULL);

  return position < self->launched_rows->len ? g_ptr_array_index (self->launched_rows, position)
                                             : NULL;
}

static void
accord_record_editor_dispose (GObject *object)
{
  AccordRecordEditor *self = ACCORD_RECORD_EDITOR (object);

  g_clear_signal_handler (&self->meeting_id_notify_id, self->record);
  g_clear_object (&self->record);
  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->document, self);
      g_signal_handlers_disconnect_by_data (accord_document_get_meetings (self->document), self);
    }
  g_clear_object (&self->document);
  g_clear_object (&self->meeting_choices);
  g_clear_pointer (&self->launched, g_ptr_array_unref);
  g_clear_pointer (&self->launched_rows, g_ptr_array_unref);
  g_clear_pointer (&self->meeting_parts, g_ptr_array_unref);
  g_clear_pointer (&self->initiative_parts, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), ACCORD_TYPE_RECORD_EDITOR);

  G_OBJECT_CLASS (accord_record_editor_parent_class)->dispose (object);
}

static void
accord_record_editor_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  AccordRecordEditor *self = ACCORD_RECORD_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_RECORD:
      g_value_set_object (value, self->record);
      break;

    case PROP_WIDTH:
      g_value_set_int (value, self->width);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_record_editor_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  AccordRecordEditor *self = ACCORD_RECORD_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      accord_record_editor_set_document (self, g_value_get_object (value));
      break;

    case PROP_RECORD:
      accord_record_editor_set_record (self, g_value_get_object (value));
      break;

    case PROP_WIDTH:
      accord_record_editor_set_width (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Its content's size, except that its natural width is the one set: beside a list, that is the
 * width it gets when there is room. */
static void
accord_record_editor_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  AccordRecordEditor *self = ACCORD_RECORD_EDITOR (widget);

  *minimum = *natural = 0;
  if (self->stack == NULL)
    return;

  gtk_widget_measure (GTK_WIDGET (self->stack), orientation, for_size, minimum, natural,
                      minimum_baseline, natural_baseline);
  if (orientation == GTK_ORIENTATION_HORIZONTAL && self->width >= 0)
    *natural = MAX (*minimum, self->width);
}

static void
accord_record_editor_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  AccordRecordEditor *self = ACCORD_RECORD_EDITOR (widget);

  if (self->stack != NULL)
    gtk_widget_allocate (GTK_WIDGET (self->stack), width, height, baseline, NULL);
}

static GtkSizeRequestMode
accord_record_editor_get_request_mode (GtkWidget *widget)
{
  AccordRecordEditor *self = ACCORD_RECORD_EDITOR (widget);

  return self->stack != NULL ? gtk_widget_get_request_mode (GTK_WIDGET (self->stack))
                             : GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

#define BIND(name) gtk_widget_class_bind_template_child (widget_class, AccordRecordEditor, name)

static void
accord_record_editor_class_init (AccordRecordEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = accord_record_editor_dispose;
  object_class->get_property = accord_record_editor_get_property;
  object_class->set_property = accord_record_editor_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, ACCORD_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RECORD] =
    g_param_spec_object ("record", NULL, NULL, ACCORD_TYPE_RECORD,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WIDTH] =
    g_param_spec_int ("width", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  widget_class->measure = accord_record_editor_measure;
  widget_class->size_allocate = accord_record_editor_size_allocate;
  widget_class->get_request_mode = accord_record_editor_get_request_mode;

  /**
   * AccordRecordEditor::open-record:
   * @record: the meeting or initiative to show
   *
   * Emitted when the person asks to see a linked record: an initiative the meeting launched,
   * or the meeting that launched the initiative.
   */
  signals[OPEN_RECORD] =
    g_signal_new ("open-record",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ACCORD_TYPE_RECORD);

  g_type_ensure (ACCORD_TYPE_ENUM_ROW);
  g_type_ensure (ACCORD_TYPE_FIELD_ROW);
  g_type_ensure (ACCORD_TYPE_ITEM_LIST_EDITOR);
  g_type_ensure (ACCORD_TYPE_PERIOD_EDITOR);
  g_type_ensure (ACCORD_TYPE_STRING_LIST_EDITOR);
  g_type_ensure (ACCORD_TYPE_TEXT_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class, UI_RESOURCE);
  BIND (stack);
  BIND (meeting_page);
  BIND (initiative_page);
  BIND (meeting_heading);
  BIND (meeting_title_row);
  BIND (meeting_when_editor);
  BIND (meeting_location_row);
  BIND (meeting_format_row);
  BIND (meeting_kind_row);
  BIND (meeting_participants_editor);
  BIND (meeting_topics_editor);
  BIND (meeting_summary_editor);
  BIND (meeting_outcomes_editor);
  BIND (launched_group);
  BIND (meeting_sources_editor);
  BIND (meeting_notes_editor);
  BIND (initiative_heading);
  BIND (initiative_title_row);
  BIND (initiative_objective_row);
  BIND (initiative_expected_outcome_row);
  BIND (initiative_period_editor);
  BIND (initiative_lead_row);
  BIND (initiative_status_row);
  BIND (initiative_area_row);
  BIND (initiative_partners_editor);
  BIND (initiative_meeting_row);
  BIND (open_meeting_row);
  BIND (initiative_attributes_editor);
  BIND (initiative_sources_editor);
  BIND (initiative_notes_editor);

  gtk_widget_class_install_action (widget_class, "editor.open-record", "s", open_record_activated);
}

#undef BIND

static void
accord_record_editor_init (AccordRecordEditor *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkExpression) expression = NULL;

  self->width = -1;
  gtk_widget_init_template (GTK_WIDGET (self));

  self->launched = g_ptr_array_new_with_free_func (g_object_unref);
  self->launched_rows = g_ptr_array_new ();

  self->meeting_parts = g_ptr_array_new ();
  g_ptr_array_add (self->meeting_parts, self->meeting_title_row);
  g_ptr_array_add (self->meeting_parts, self->meeting_when_editor);
  g_ptr_array_add (self->meeting_parts, self->meeting_location_row);
  g_ptr_array_add (self->meeting_parts, self->meeting_format_row);
  g_ptr_array_add (self->meeting_parts, self->meeting_kind_row);
  g_ptr_array_add (self->meeting_parts, self->meeting_participants_editor);
  g_ptr_array_add (self->meeting_parts, self->meeting_topics_editor);
  g_ptr_array_add (self->meeting_parts, self->meeting_summary_editor);
  g_ptr_array_add (self->meeting_parts, self->meeting_outcomes_editor);
  g_ptr_array_add (self->meeting_parts, self->meeting_sources_editor);
  g_ptr_array_add (self->meeting_parts, self->meeting_notes_editor);

  self->initiative_parts = g_ptr_array_new ();
  g_ptr_array_add (self->initiative_parts, self->initiative_title_row);
  g_ptr_array_add (self->initiative_parts, self->initiative_objective_row);
  g_ptr_array_add (self->initiative_parts, self->initiative_expected_outcome_row);
  g_ptr_array_add (self->initiative_parts, self->initiative_period_editor);
  g_ptr_array_add (self->initiative_parts, self->initiative_lead_row);
  g_ptr_array_add (self->initiative_parts, self->initiative_status_row);
  g_ptr_array_add (self->initiative_parts, self->initiative_area_row);
  g_ptr_array_add (self->initiative_parts, self->initiative_partners_editor);
  g_ptr_array_add (self->initiative_parts, self->initiative_attributes_editor);
  g_ptr_array_add (self->initiative_parts, self->initiative_sources_editor);
  g_ptr_array_add (self->initiative_parts, self->initiative_notes_editor);

  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                            G_CALLBACK (meeting_choice_label), NULL, NULL);
  adw_combo_row_set_expression (self->initiative_meeting_row, expression);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_meeting_choice), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_meeting_choice),
                    self->initiative_meeting_row);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_meeting_choice),
                    self->initiative_meeting_row);
  adw_combo_row_set_list_factory (self->initiative_meeting_row, factory);
  g_signal_connect_swapped (self->initiative_meeting_row, "notify::selected",
                            G_CALLBACK (on_meeting_choice_changed), self);

  gtk_stack_set_visible_child_name (self->stack, "empty");
  update_launching_meeting (self);
}

GtkWidget *
accord_record_editor_new (void)
{
  return g_object_new (ACCORD_TYPE_RECORD_EDITOR, NULL);
}

int
accord_record_editor_get_width (AccordRecordEditor *self)
{
  g_return_val_if_fail (ACCORD_IS_RECORD_EDITOR (self), -1);

  return self->width;
}

void
accord_record_editor_set_width (AccordRecordEditor *self,
                                int                 width)
{
  g_return_if_fail (ACCORD_IS_RECORD_EDITOR (self));
  g_return_if_fail (width >= -1);

  if (self->width == width)
    return;

  self->width = width;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WIDTH]);
}
