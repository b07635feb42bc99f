/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-record-list"

#include <glib/gi18n.h>

#include "accord-record-list-private.h"
#include "accord-record-filter.h"

G_DEFINE_FINAL_TYPE (AccordRecordList, accord_record_list, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_RECORD_TYPE,
  PROP_DOCUMENT,
  PROP_FILTER,
  PROP_SELECTED,
  PROP_N_SHOWN,
  N_PROPS
};

enum {
  ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean
find_position (GListModel *model,
               gpointer    item,
               guint      *position)
{
  guint n_items = g_list_model_get_n_items (model);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) candidate = g_list_model_get_item (model, i);

      if (candidate == item)
        {
          *position = i;
          return TRUE;
        }
    }

  return FALSE;
}

void
_accord_record_list_move_into_order (AccordRecordList *self,
                                     AccordRecord     *record)
{
  GListModel *records = accord_refresh_model_get_model (self->refresh_model);
  gboolean found;
  guint position;

  if (records == NULL)
    return;

  /* The document's own list: the store finds a record ten times faster than a walk. */
  if (G_IS_LIST_STORE (records))
    found = g_list_store_find (G_LIST_STORE (records), record, &position);
  else
    found = find_position (records, record, &position);

  if (found)
    accord_refresh_model_refresh (self->refresh_model, position);
}

static gboolean
is_sort_key (AccordRecordList *self,
             const char       *property)
{
  for (guint i = 0; i < self->n_columns; i++)
    {
      if (g_strcmp0 (self->columns[i].info->property, property) == 0)
        return TRUE;
    }

  return FALSE;
}

/* Selection */

static GtkWidget *
get_rows (AccordRecordList *self)
{
  /* GtkColumnView has no scroll_to() before GTK 4.12; its rows are a GtkListView child, which
   * has the list.scroll-to-item action. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_VIEW (child))
        return child;
    }

  g_return_val_if_reached (NULL);
}

static void
scroll_to_selected (AccordRecordList *self)
{
  guint position = gtk_single_selection_get_selected (self->selection);

  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (get_rows (self), "list.scroll-to-item", "u", position);
}

static void
on_view_sorter_changed (AccordRecordList *self)
{
  /* The view would stay with the record that was at the top, wherever the new order put it:
   * show the selected record, or the start of the list. */
  if (gtk_single_selection_get_selected (self->selection) != GTK_INVALID_LIST_POSITION)
    scroll_to_selected (self);
  else if (self->n_shown > 0)
    gtk_widget_activate_action (get_rows (self), "list.scroll-to-item", "u", 0);
}

static void
on_record_changed (AccordRecordList *self,
                   AccordRecord     *record,
                   const char       *property)
{
  gboolean searching = self->filter != NULL &&
                       gtk_filter_get_strictness (self->filter) != GTK_FILTER_MATCH_ALL;

  if (G_TYPE_CHECK_INSTANCE_TYPE (record, self->record_type))
    {
      /* Through the sort model to the filter, which looks at the record again. */
      if (searching || is_sort_key (self, property))
        {
          _accord_record_list_move_into_order (self, record);
          /* The record being edited stays in sight wherever its new place is. */
          if (record == self->selected)
            scroll_to_selected (self);
        }
    }
  else if (ACCORD_IS_MEETING (record) && g_str_equal (property, "title") &&
           self->record_type == ACCORD_TYPE_INITIATIVE)
    {
      /* The initiatives it launched name it in their "Meeting" column. */
      g_autoptr(GPtrArray) launched = accord_document_list_launched (self->document,
                                                                     ACCORD_MEETING (record));

      for (guint i = 0; i < launched->len; i++)
        _accord_record_list_move_into_order (self, launched->pdata[i]);
    }
}

static void
on_selected_participants_changed (AccordRecordList *self)
{
  _accord_record_list_move_into_order (self, self->selected);
  scroll_to_selected (self);
}

static void
on_selection_selected_item (AccordRecordList *self)
{
  AccordRecord *record = gtk_single_selection_get_selected_item (self->selection);

  if (self->selected == record)
    return;

  if (self->selected != NULL && ACCORD_IS_MEETING (self->selected))
    g_signal_handlers_disconnect_by_data (
      accord_meeting_get_participants (ACCORD_MEETING (self->selected)), self);

  g_set_object (&self->selected, record);
  /* Edited until it no longer matches the search, it stays until the search changes. */
  accord_filter_model_set_pinned (self->filter_model, record);

  /* The participants column sorts by their number. */
  if (record != NULL && ACCORD_IS_MEETING (record))
    g_signal_connect_object (accord_meeting_get_participants (ACCORD_MEETING (record)),
                             "items-changed", G_CALLBACK (on_selected_participants_changed),
                             self, G_CONNECT_SWAPPED);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

/* Pages and counts */

static void
update_page (AccordRecordList *self)
{
  GListModel *records = accord_refresh_model_get_model (self->refresh_model);
  const char *page;

  if (records == NULL || g_list_model_get_n_items (records) == 0)
    page = "empty";
  else if (self->n_shown == 0)
    page = "no-results";
  else
    page = "list";

  gtk_stack_set_visible_child_name (self->stack, page);
}

static void
on_selection_items_changed (AccordRecordList *self)
{
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->selection));

  if (self->n_shown != n_shown)
    {
      self->n_shown = n_shown;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SHOWN]);
    }

  update_page (self);
}

static void
on_view_activate (GtkColumnView    *view,
                  guint             position,
                  AccordRecordList *self)
{
  g_autoptr(AccordRecord) record = g_list_model_get_item (G_LIST_MODEL (self->selection),
                                                          position);

  if (record != NULL)
    g_signal_emit (self, signals[ACTIVATED], 0, record);
}

void
_accord_record_list_popup_context_menu (AccordRecordList *self,
                                        AccordRecord     *record,
                                        GtkWidget        *widget,
                                        double            x,
                                        double            y)
{
  graphene_point_t point;

  if (self->context_popover == NULL)
    return;

  accord_record_list_set_selected (self, record);
  if (!gtk_widget_compute_point (widget, GTK_WIDGET (self), &GRAPHENE_POINT_INIT (x, y), &point))
    point = GRAPHENE_POINT_INIT (0, 0);

  gtk_popover_set_pointing_to (GTK_POPOVER (self->context_popover),
                               &(GdkRectangle) { (int) point.x, (int) point.y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->context_popover));
}

/* From the keyboard: the menu of the selected row, pointing at the focused cell. */
static void
context_menu_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  AccordRecordList *self = ACCORD_RECORD_LIST (widget);
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));
  GtkWidget *anchor = focus != NULL && gtk_widget_is_ancestor (focus, widget) ? focus : widget;

  if (self->selected == NULL)
    return;

  _accord_record_list_popup_context_menu (self, self->selected, anchor,
                                          gtk_widget_get_width (anchor) / 2.0,
                                          gtk_widget_get_height (anchor) / 2.0);
}

void
accord_record_list_set_context_menu (AccordRecordList *self,
                                     GMenuModel       *menu)
{
  g_return_if_fail (ACCORD_IS_RECORD_LIST (self));
  g_return_if_fail (menu == NULL || G_IS_MENU_MODEL (menu));

  g_clear_pointer (&self->context_popover, gtk_widget_unparent);
  if (menu == NULL)
    return;

  self->context_popover = gtk_popover_menu_new_from_model (menu);
  gtk_popover_set_has_arrow (GTK_POPOVER (self->context_popover), FALSE);
  gtk_widget_set_halign (self->context_popover, GTK_ALIGN_START);
  gtk_widget_set_parent (self->context_popover, GTK_WIDGET (self));
}

static void
sort_by_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  AccordRecordList *self = ACCORD_RECORD_LIST (widget);
  const char *key;
  gboolean descending;

  g_variant_get (parameter, "(&sb)", &key, &descending);

  for (guint i = 0; i < self->n_columns; i++)
    {
      if (g_str_equal (self->columns[i].info->key, key))
        {
          gtk_column_view_sort_by_column (self->view, self->columns[i].column,
                                          descending ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
          return;
        }
    }

  g_warning ("No column “%s” to sort by", key);
}

/* A list on a page that is not shown gives its view nothing to show: GTK keeps up to 200 rows
 * of a view made, and a search would make them again in every list, seen or not. */
static void
accord_record_list_map (GtkWidget *widget)
{
  AccordRecordList *self = ACCORD_RECORD_LIST (widget);

  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (self->selection));
  GTK_WIDGET_CLASS (accord_record_list_parent_class)->map (widget);
  scroll_to_selected (self);
}

static void
accord_record_list_unmap (GtkWidget *widget)
{
  AccordRecordList *self = ACCORD_RECORD_LIST (widget);

  GTK_WIDGET_CLASS (accord_record_list_parent_class)->unmap (widget);
  gtk_column_view_set_model (self->view, NULL);
}

/* Public API */

GtkWidget *
accord_record_list_new (GType record_type)
{
  g_return_val_if_fail (record_type == ACCORD_TYPE_MEETING ||
                        record_type == ACCORD_TYPE_INITIATIVE, NULL);

  return g_object_new (ACCORD_TYPE_RECORD_LIST, "record-type", record_type, NULL);
}

GType
accord_record_list_get_record_type (AccordRecordList *self)
{
  g_return_val_if_fail (ACCORD_IS_RECORD_LIST (self), G_TYPE_INVALID);

  return self->record_type;
}

AccordDocument *
accord_record_list_get_document (AccordRecordList *self)
{
  g_return_val_if_fail (ACCORD_IS_RECORD_LIST (self), NULL);

  return self->document;
}

void
accord_record_list_set_document (AccordRecordList *self,
                                 AccordDocument   *document)
{
  GListModel *records = NULL;

  g_return_if_fail (ACCORD_IS_RECORD_LIST (self));
  g_return_if_fail (document == NULL || ACCORD_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  records = accord_refresh_model_get_model (self->refresh_model);
  if (records != NULL)
    g_signal_handlers_disconnect_by_data (records, self);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  /* Cells unbind from the old document before any binds to the new one. */
  accord_refresh_model_set_model (self->refresh_model, NULL);
  g_set_object (&self->document, document);
  for (guint i = 0; i < self->n_columns; i++)
    _accord_record_list_column_reset (&self->columns[i]);

  if (document != NULL)
    {
      records = self->record_type == ACCORD_TYPE_INITIATIVE
                  ? accord_document_get_initiatives (document)
                  : accord_document_get_meetings (document);
      accord_refresh_model_set_model (self->refresh_model, records);
      /* Any record that changes moves to its place, shown or not, edited here or elsewhere
       * (the timeline, an undo). */
      g_signal_connect_object (document, "record-changed", G_CALLBACK (on_record_changed), self,
                               G_CONNECT_SWAPPED);
      /* After the models' own handlers: a record filtered out still leaves "empty". */
      g_signal_connect_object (records, "items-changed", G_CALLBACK (update_page), self,
                               G_CONNECT_SWAPPED);
    }

  update_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

GtkFilter *
accord_record_list_get_filter (AccordRecordList *self)
{
  g_return_val_if_fail (ACCORD_IS_RECORD_LIST (self), NULL);

  return self->filter;
}

void
accord_record_list_set_filter (AccordRecordList *self,
                               GtkFilter        *filter)
{
  g_return_if_fail (ACCORD_IS_RECORD_LIST (self));
  g_return_if_fail (filter == NULL || GTK_IS_FILTER (filter));

  if (!g_set_object (&self->filter, filter))
    return;

  accord_filter_model_set_filter (self->filter_model, filter);
  /* The filter model holds the filter as long as it prefetches for it. */
  accord_filter_model_set_prefetch_func (self->filter_model,
                                         ACCORD_IS_RECORD_FILTER (filter)
                                           ? accord_record_filter_prefetch : NULL,
                                         filter);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTER]);
}

AccordRecord *
accord_record_list_get_selected (AccordRecordList *self)
{
  g_return_val_if_fail (ACCORD_IS_RECORD_LIST (self), NULL);

  return self->selected;
}

void
accord_record_list_set_selected (AccordRecordList *self,
                                 AccordRecord     *record)
{
  guint position = GTK_INVALID_LIST_POSITION;

  g_return_if_fail (ACCORD_IS_RECORD_LIST (self));
  g_return_if_fail (record == NULL || ACCORD_IS_RECORD (record));

  if (record == self->selected)
    return;

  if (record != NULL && !find_position (G_LIST_MODEL (self->selection), record, &position))
    position = GTK_INVALID_LIST_POSITION;

  /* Notifies "selected" through on_selection_selected_item(). */
  gtk_single_selection_set_selected (self->selection, position);
  scroll_to_selected (self);
}

GListModel *
accord_record_list_get_model (AccordRecordList *self)
{
  g_return_val_if_fail (ACCORD_IS_RECORD_LIST (self), NULL);

  return G_LIST_MODEL (self->selection);
}

guint
accord_record_list_get_n_shown (AccordRecordList *self)
{
  g_return_val_if_fail (ACCORD_IS_RECORD_LIST (self), 0);

  return self->n_shown;
}

/* GObject */

static void
accord_record_list_constructed (GObject *object)
{
  AccordRecordList *self = ACCORD_RECORD_LIST (object);
  const AccordColumnInfo *infos;
  guint n_infos;
  gboolean initiatives;

  G_OBJECT_CLASS (accord_record_list_parent_class)->constructed (object);

  initiatives = self->record_type == ACCORD_TYPE_INITIATIVE;
  if (!initiatives)
    self->record_type = ACCORD_TYPE_MEETING;
  infos = _accord_record_list_get_column_infos (self->record_type, &n_infos);

  for (guint i = 0; i < n_infos; i++)
    {
      _accord_record_list_add_column (self, &infos[i]);
      /* Chronological, with the records whose date no source gives at the end. */
      if (infos[i].default_sort)
        gtk_column_view_sort_by_column (self->view, self->columns[i].column, GTK_SORT_ASCENDING);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  initiatives ? _("Initiatives") : _("Meetings"),
                                  -1);
  /* The row of column titles, which GTK 4.8 would read as "GtkListItemWidget". */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!GTK_IS_LIST_VIEW (child))
        /* Translators: what a screen reader calls the row of column titles of a table */
        gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, _("Column Titles"),
                                        -1);
    }

  if (initiatives)
    {
      adw_status_page_set_icon_name (self->empty_page, "view-list-bullet-symbolic");
      adw_status_page_set_title (self->empty_page, _("No Initiatives"));
      adw_status_page_set_description (self->empty_page,
                                       _("Add an initiative with the + button or press Ctrl+N"));
    }
  else
    {
      adw_status_page_set_icon_name (self->empty_page, "x-office-calendar-symbolic");
      adw_status_page_set_title (self->empty_page, _("No Meetings"));
      adw_status_page_set_description (self->empty_page,
                                       _("Add a meeting with the + button or press Ctrl+N"));
    }

  update_page (self);
}

static void
accord_record_list_dispose (GObject *object)
{
  AccordRecordList *self = ACCORD_RECORD_LIST (object);

  if (self->view != NULL)
    gtk_column_view_set_model (self->view, NULL);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->selected != NULL && ACCORD_IS_MEETING (self->selected))
    g_signal_handlers_disconnect_by_data (
      accord_meeting_get_participants (ACCORD_MEETING (self->selected)), self);
  if (self->refresh_model != NULL && accord_refresh_model_get_model (self->refresh_model) != NULL)
    g_signal_handlers_disconnect_by_data (accord_refresh_model_get_model (self->refresh_model),
                                          self);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);

  if (self->sort_model != NULL)
    g_signal_handlers_disconnect_by_data (gtk_sort_list_model_get_sorter (self->sort_model), self);

  g_clear_pointer (&self->context_popover, gtk_widget_unparent);
  gtk_widget_dispose_template (GTK_WIDGET (self), ACCORD_TYPE_RECORD_LIST);

  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->refresh_model);
  g_clear_object (&self->filter_model);

  for (guint i = 0; i < self->n_columns; i++)
    _accord_record_list_column_clear (&self->columns[i]);
  g_clear_object (&self->selected);
  g_clear_object (&self->filter);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (accord_record_list_parent_class)->dispose (object);
}

static void
accord_record_list_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  AccordRecordList *self = ACCORD_RECORD_LIST (object);

  switch (prop_id)
    {
    case PROP_RECORD_TYPE:
      g_value_set_gtype (value, self->record_type);
      break;

    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_FILTER:
      g_value_set_object (value, self->filter);
      break;

    case PROP_SELECTED:
      g_value_set_object (value, self->selected);
      break;

    case PROP_N_SHOWN:
      g_value_set_uint (value, self->n_shown);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_record_list_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  AccordRecordList *self = ACCORD_RECORD_LIST (object);

  switch (prop_id)
    {
    case PROP_RECORD_TYPE:
      self->record_type = g_value_get_gtype (value);
      break;

    case PROP_DOCUMENT:
      accord_record_list_set_document (self, g_value_get_object (value));
      break;

    case PROP_FILTER:
      accord_record_list_set_filter (self, g_value_get_object (value));
      break;

    case PROP_SELECTED:
      accord_record_list_set_selected (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Keyboard: the table is one Tab stop, whose arrows move between rows (GTK 4.8 stops at every
 * row). Tab into it reaches the row with the focus, Tab again leaves it. */
static gboolean
accord_record_list_grab_focus (GtkWidget *widget)
{
  AccordRecordList *self = ACCORD_RECORD_LIST (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "list") == 0)
    return gtk_widget_grab_focus (get_rows (self));

  return gtk_widget_child_focus (GTK_WIDGET (self->stack), GTK_DIR_TAB_FORWARD);
}

static gboolean
accord_record_list_focus (GtkWidget        *widget,
                          GtkDirectionType  direction)
{
  AccordRecordList *self = ACCORD_RECORD_LIST (widget);
  gboolean tab = direction == GTK_DIR_TAB_FORWARD || direction == GTK_DIR_TAB_BACKWARD;

  if (tab && g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "list") == 0)
    {
      GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

      if (focus != NULL && gtk_widget_is_ancestor (focus, widget))
        return FALSE;

      return accord_record_list_grab_focus (widget);
    }

  return GTK_WIDGET_CLASS (accord_record_list_parent_class)->focus (widget, direction);
}

static void
accord_record_list_class_init (AccordRecordListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = accord_record_list_constructed;
  object_class->dispose = accord_record_list_dispose;
  object_class->get_property = accord_record_list_get_property;
  object_class->set_property = accord_record_list_set_property;

  /* ACCORD_TYPE_MEETING (the default) or ACCORD_TYPE_INITIATIVE. */
  properties[PROP_RECORD_TYPE] =
    g_param_spec_gtype ("record-type", NULL, NULL, ACCORD_TYPE_RECORD,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, ACCORD_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILTER] =
    g_param_spec_object ("filter", NULL, NULL, GTK_TYPE_FILTER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED] =
    g_param_spec_object ("selected", NULL, NULL, ACCORD_TYPE_RECORD,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_SHOWN] =
    g_param_spec_uint ("n-shown", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AccordRecordList::activated:
   * @record: the record of the row
   *
   * A row was activated, with Enter or a double click.
   */
  signals[ACTIVATED] =
    g_signal_new ("activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ACCORD_TYPE_RECORD);

  widget_class->map = accord_record_list_map;
  widget_class->grab_focus = accord_record_list_grab_focus;
  widget_class->focus = accord_record_list_focus;
  widget_class->unmap = accord_record_list_unmap;

  gtk_widget_class_install_action (widget_class, "record-list.sort-by", "(sb)", sort_by_action);
  gtk_widget_class_install_action (widget_class, "record-list.context-menu", NULL,
                                   context_menu_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0,
                                       "record-list.context-menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK,
                                       "record-list.context-menu", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/accordapp/Accord/ui/accord-record-list.ui");
  gtk_widget_class_bind_template_child (widget_class, AccordRecordList, stack);
  gtk_widget_class_bind_template_child (widget_class, AccordRecordList, view);
  gtk_widget_class_bind_template_child (widget_class, AccordRecordList, empty_page);
  gtk_widget_class_bind_template_child (widget_class, AccordRecordList, no_results_page);
  gtk_widget_class_bind_template_callback (widget_class, on_view_activate);
}

static void
accord_record_list_init (AccordRecordList *self)
{
  GtkSorter *view_sorter;

  self->record_type = ACCORD_TYPE_MEETING;

  gtk_widget_init_template (GTK_WIDGET (self));
  view_sorter = gtk_column_view_get_sorter (self->view);

  self->refresh_model = accord_refresh_model_new (NULL);
  self->sort_model = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->refresh_model)),
                                              g_object_ref (view_sorter));
  self->filter_model = accord_filter_model_new (G_LIST_MODEL (self->sort_model), NULL);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filter_model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (on_selection_selected_item), self);
  g_signal_connect_swapped (self->selection, "items-changed",
                            G_CALLBACK (on_selection_items_changed), self);
  /* After the sort model has sorted. */
  g_signal_connect_swapped (view_sorter, "changed", G_CALLBACK (on_view_sorter_changed), self);
  /* The view gets the model when the list is mapped. */
}
