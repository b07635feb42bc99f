/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-timeline"

#include <math.h>
#include <adwaita.h>

#include "accord-timeline-body.h"
#include "accord-timeline-lane.h"
#include "accord-timeline-private.h"
#include "accord-timeline-row.h"
#include "accord-timeline-ruler.h"

G_DEFINE_FINAL_TYPE (AccordTimeline, accord_timeline, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_SELECTED,
  PROP_GROUPING,
  N_PROPS
};

enum {
  ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

#define REVEAL_MARGIN 48.0

/* The view */

static void
sync_adjustment (AccordTimeline *self)
{
  double ppd = accord_time_scale_get_pixels_per_day (self->scale);
  double width = accord_time_scale_get_width (self->scale);
  double lower, upper;

  accord_time_scale_get_range (self->scale, &lower, &upper);

  self->syncing_adjustment = TRUE;
  gtk_adjustment_configure (self->hadjustment,
                            accord_time_scale_get_first_day (self->scale) * ppd,
                            lower * ppd, upper * ppd,
                            width / 10.0, width * 0.9, width);
  self->syncing_adjustment = FALSE;
}

/* The scale changed: the parts and the rows on screen follow. */
void
_accord_timeline_view_changed (AccordTimeline *self)
{
  GHashTableIter iter;
  gpointer row;

  sync_adjustment (self);

  gtk_widget_queue_draw (GTK_WIDGET (self));
  gtk_widget_queue_draw (self->ruler);
  gtk_widget_queue_draw (self->body);
  gtk_widget_queue_allocate (self->lane);

  g_hash_table_iter_init (&iter, self->bound_rows);
  while (g_hash_table_iter_next (&iter, &row, NULL))
    gtk_widget_queue_allocate (row);

  _accord_timeline_update_actions (self);
}

static void
on_hadjustment_value_changed (GtkAdjustment  *adjustment,
                              AccordTimeline *self)
{
  double ppd = accord_time_scale_get_pixels_per_day (self->scale);

  if (self->syncing_adjustment)
    return;

  accord_time_scale_set_view (self->scale, gtk_adjustment_get_value (adjustment) / ppd, ppd);
  _accord_timeline_view_changed (self);
}

void
_accord_timeline_zoom_to_fit (AccordTimeline *self)
{
  guint32 first, last;

  if (accord_timeline_rows_get_extent (self->rows, &first, &last))
    accord_time_scale_show_range (self->scale, first, last + 1.0, 24.0);
  else
    accord_time_scale_center_on (self->scale, accord_day_today () + 0.5);
}

static void
update_extent (AccordTimeline *self)
{
  guint32 first, last;

  if (accord_timeline_rows_get_extent (self->rows, &first, &last))
    accord_time_scale_set_extent (self->scale, first, last + 1.0);
  else
    accord_time_scale_set_extent (self->scale, 0, 0);
}

void
_accord_timeline_zoom_at (AccordTimeline *self,
                          double          factor,
                          double          anchor_x)
{
  g_return_if_fail (ACCORD_IS_TIMELINE (self));

  if (accord_time_scale_zoom_at (self->scale, factor, anchor_x))
    _accord_timeline_view_changed (self);
}

void
_accord_timeline_scroll_by (AccordTimeline *self,
                            double          dx)
{
  g_return_if_fail (ACCORD_IS_TIMELINE (self));

  accord_time_scale_scroll_by (self->scale, dx);
  _accord_timeline_view_changed (self);
}

/* Records */

const AccordPeriod *
_accord_timeline_record_period (AccordRecord *record)
{
  if (ACCORD_IS_INITIATIVE (record))
    return accord_initiative_get_period (ACCORD_INITIATIVE (record));
  if (ACCORD_IS_MEETING (record))
    return accord_meeting_get_when (ACCORD_MEETING (record));
  return NULL;
}

static AccordRecord *
record_for_item (gpointer item)
{
  if (ACCORD_IS_INITIATIVE (item))
    return item;
  if (ACCORD_IS_TIMELINE_GROUP (item))
    return (AccordRecord *) accord_timeline_group_get_meeting (item);
  return NULL;
}

GtkWidget *
_accord_timeline_find_row_widget (AccordTimeline *self,
                                  gpointer        item)
{
  GHashTableIter iter;
  gpointer row;

  g_return_val_if_fail (ACCORD_IS_TIMELINE (self), NULL);

  g_hash_table_iter_init (&iter, self->bound_rows);
  while (g_hash_table_iter_next (&iter, &row, NULL))
    {
      if (accord_timeline_row_get_item (row) == item)
        return row;
    }

  return NULL;
}

/* Scrolls, both ways, to show @record. */
void
_accord_timeline_reveal_record (AccordTimeline *self,
               AccordRecord   *record)
{
  const AccordPeriod *period = _accord_timeline_record_period (record);
  guint position;

  if (accord_timeline_rows_find (self->rows, record, TRUE, &position))
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);

  if (period != NULL && accord_period_is_known (period))
    {
      accord_time_scale_reveal (self->scale, accord_period_get_start_julian (period),
                                accord_period_get_end_julian (period) + 1.0, REVEAL_MARGIN);
      _accord_timeline_view_changed (self);
    }
}

/* Selection */

static void
refresh_rows (AccordTimeline *self)
{
  GHashTableIter iter;
  gpointer row;

  g_hash_table_iter_init (&iter, self->bound_rows);
  while (g_hash_table_iter_next (&iter, &row, NULL))
    accord_timeline_row_update (row);
  accord_timeline_lane_update (ACCORD_TIMELINE_LANE (self->lane));
}

/* Puts the selection model on @record's row, without taking that for a choice of the person. */
static void
select_row_of (AccordTimeline *self,
               AccordRecord   *record,
               gboolean        expand)
{
  guint position = GTK_INVALID_LIST_POSITION;

  if (record != NULL && !accord_timeline_rows_find (self->rows, record, expand, &position))
    position = GTK_INVALID_LIST_POSITION;

  self->syncing_selection = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->syncing_selection = FALSE;
}

static gboolean
set_selected_internal (AccordTimeline *self,
                       AccordRecord   *record)
{
  if (!g_set_object (&self->selected, record))
    return FALSE;

  /* An initiative moved stays in place until the person goes on to another row. */
  accord_timeline_rows_set_pinned (self->rows, NULL);
  refresh_rows (self);
  _accord_timeline_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
  return TRUE;
}

static void
on_selection_changed (GtkSingleSelection *selection,
                      GParamSpec         *pspec,
                      AccordTimeline     *self)
{
  if (self->syncing_selection)
    return;

  set_selected_internal (self,
                         record_for_item (gtk_single_selection_get_selected_item (selection)));
}

void
_accord_timeline_select_record (AccordTimeline *self,
                                AccordRecord   *record)
{
  const char *id;

  g_return_if_fail (ACCORD_IS_TIMELINE (self));
  g_return_if_fail (ACCORD_IS_RECORD (record));

  /* Only the document's records: the legend's sample milestone is none of them. */
  id = accord_record_get_id (record);
  if (self->document == NULL ||
      (record != ACCORD_RECORD (accord_document_lookup_meeting (self->document, id)) &&
       record != ACCORD_RECORD (accord_document_lookup_initiative (self->document, id))))
    return;

  select_row_of (self, record, FALSE);
  set_selected_internal (self, record);
}

gboolean
_accord_timeline_is_selected (AccordTimeline *self,
                              AccordRecord   *record)
{
  return record != NULL && self->selected == record;
}

/* Moves the keyboard focus, and the selection with it, to the row at @position. */
void
_accord_timeline_focus_position (AccordTimeline *self,
                guint           position)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->rows), position);
  GtkWidget *row;

  if (item == NULL)
    return;

  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.select-item", "(ubb)",
                              position, FALSE, FALSE);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
  row = _accord_timeline_find_row_widget (self, item);
  if (row != NULL)
    gtk_widget_grab_focus (row);
  if (ACCORD_IS_INITIATIVE (item))
    _accord_timeline_reveal_record (self, ACCORD_RECORD (item));
}

void
_accord_timeline_toggle_group (AccordTimeline      *self,
                               AccordTimelineGroup *group)
{
  g_return_if_fail (ACCORD_IS_TIMELINE (self));

  accord_timeline_rows_set_expanded (self->rows, group,
                                     !accord_timeline_group_get_expanded (group));
}

/* Rows */

static void
on_rows_items_changed_before (GListModel     *rows,
                              guint           position,
                              guint           removed,
                              guint           added,
                              AccordTimeline *self)
{
  /* The selection model may lose its row for a moment as rows are replaced. */
  self->syncing_selection = TRUE;
}

static void
on_rows_items_changed_after (GListModel     *rows,
                             guint           position,
                             guint           removed,
                             guint           added,
                             AccordTimeline *self)
{
  self->syncing_selection = FALSE;
  select_row_of (self, self->selected, FALSE);
  refresh_rows (self);
}

static void
on_rows_changed (AccordTimelineRows *rows,
                 AccordTimeline     *self)
{
  /* A record that is gone can't stay selected. */
  if (self->selected != NULL && self->document != NULL)
    {
      const char *id = accord_record_get_id (self->selected);
      AccordRecord *found = ACCORD_IS_MEETING (self->selected)
                            ? ACCORD_RECORD (accord_document_lookup_meeting (self->document, id))
                            : ACCORD_RECORD (accord_document_lookup_initiative (self->document,
                                                                                id));

      if (found != self->selected)
        set_selected_internal (self, NULL);
    }

  update_extent (self);
  refresh_rows (self);
  _accord_timeline_view_changed (self);
}

void
_accord_timeline_row_bound (AccordTimeline *self,
                            GtkWidget      *row)
{
  g_hash_table_add (self->bound_rows, row);
}

void
_accord_timeline_row_unbound (AccordTimeline *self,
                              GtkWidget      *row)
{
  if (self->bound_rows != NULL)
    g_hash_table_remove (self->bound_rows, row);
}

static void
on_factory_setup (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  AccordTimeline           *self)
{
  gtk_list_item_set_child (list_item, accord_timeline_row_new (self));
}

static void
on_factory_bind (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 AccordTimeline           *self)
{
  accord_timeline_row_set_item (ACCORD_TIMELINE_ROW (gtk_list_item_get_child (list_item)),
                                gtk_list_item_get_item (list_item));
}

static void
on_factory_unbind (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   AccordTimeline           *self)
{
  accord_timeline_row_set_item (ACCORD_TIMELINE_ROW (gtk_list_item_get_child (list_item)), NULL);
}

static void
on_list_view_activate (GtkListView    *list_view,
                       guint           position,
                       AccordTimeline *self)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->rows), position);
  AccordRecord *record = record_for_item (item);

  if (record != NULL)
    g_signal_emit (self, signals[ACTIVATED], 0, record);
  else if (ACCORD_IS_TIMELINE_GROUP (item))
    _accord_timeline_toggle_group (self, ACCORD_TIMELINE_GROUP (item));
}

/* GtkWidget */

static void
on_grouping_dropdown_selected (GtkDropDown    *dropdown,
                               GParamSpec     *pspec,
                               AccordTimeline *self)
{
  accord_timeline_set_grouping (self, gtk_drop_down_get_selected (dropdown));
}

static void
on_high_contrast_changed (AdwStyleManager *manager,
                          GParamSpec      *pspec,
                          AccordTimeline  *self)
{
  if (adw_style_manager_get_high_contrast (manager))
    gtk_widget_add_css_class (GTK_WIDGET (self), "high-contrast");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "high-contrast");
}

static void
accord_timeline_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  AccordTimeline *self = ACCORD_TIMELINE (widget);
  gboolean changed = width != accord_time_scale_get_width (self->scale);

  accord_time_scale_set_width (self->scale, width);
  if (self->fit_pending && width > 1)
    {
      self->fit_pending = FALSE;
      _accord_timeline_zoom_to_fit (self);
      changed = TRUE;
    }
  if (changed)
    _accord_timeline_view_changed (self);

  gtk_widget_size_allocate (self->box, &(GtkAllocation) { 0, 0, width, height }, baseline);
}

/* No layout manager: the timeline learns its width in size_allocate, before its parts. */
static void
accord_timeline_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  gtk_widget_measure (ACCORD_TIMELINE (widget)->box, orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
accord_timeline_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  AccordTimeline *self = ACCORD_TIMELINE (widget);
  graphene_rect_t bounds;
  GdkRGBA accent;
  double x;

  GTK_WIDGET_CLASS (accord_timeline_parent_class)->snapshot (widget, snapshot);

  /* Today: a line over ruler, lane and rows. */
  if (!gtk_widget_compute_bounds (self->canvas, widget, &bounds))
    return;

  x = bounds.origin.x + accord_time_scale_x_for_day (self->scale, accord_day_today () + 0.5);
  if (x < bounds.origin.x || x > bounds.origin.x + bounds.size.width)
    return;

  /* gtk_style_context_lookup_color() is how GTK 4.8 reads libadwaita's named colors. */
  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), "accent_color",
                                       &accent))
    gdk_rgba_parse (&accent, "#3584e4");
  gtk_snapshot_append_color (snapshot, &accent,
                             &GRAPHENE_RECT_INIT (round (x) - 1, bounds.origin.y, 2,
                                                  bounds.size.height));
}

/* Off screen (another page of the window), the timeline does not follow each change of the
 * document, only the last one when it is shown again. */
static void
accord_timeline_map (GtkWidget *widget)
{
  AccordTimeline *self = ACCORD_TIMELINE (widget);

  GTK_WIDGET_CLASS (accord_timeline_parent_class)->map (widget);
  accord_timeline_rows_set_paused (self->rows, FALSE);
}

static void
accord_timeline_unmap (GtkWidget *widget)
{
  AccordTimeline *self = ACCORD_TIMELINE (widget);

  accord_timeline_rows_set_paused (self->rows, TRUE);
  GTK_WIDGET_CLASS (accord_timeline_parent_class)->unmap (widget);
}

static void
accord_timeline_dispose (GObject *object)
{
  AccordTimeline *self = ACCORD_TIMELINE (object);

  if (self->rows != NULL)
    g_signal_handlers_disconnect_by_data (self->rows, self);
  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), ACCORD_TYPE_TIMELINE);

  g_clear_object (&self->drag.initiative);
  g_clear_pointer (&self->drag.preview, accord_period_free);
  g_clear_object (&self->selection);
  g_clear_object (&self->rows);
  g_clear_object (&self->document);
  g_clear_object (&self->selected);
  g_clear_object (&self->hadjustment);

  G_OBJECT_CLASS (accord_timeline_parent_class)->dispose (object);
}

static void
accord_timeline_finalize (GObject *object)
{
  AccordTimeline *self = ACCORD_TIMELINE (object);

  g_clear_pointer (&self->scale, accord_time_scale_free);
  g_clear_pointer (&self->bound_rows, g_hash_table_unref);

  G_OBJECT_CLASS (accord_timeline_parent_class)->finalize (object);
}

static void
accord_timeline_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  AccordTimeline *self = ACCORD_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_SELECTED:
      g_value_set_object (value, self->selected);
      break;

    case PROP_GROUPING:
      g_value_set_enum (value, accord_timeline_get_grouping (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_timeline_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  AccordTimeline *self = ACCORD_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      accord_timeline_set_document (self, g_value_get_object (value));
      break;

    case PROP_SELECTED:
      accord_timeline_set_selected (self, g_value_get_object (value));
      break;

    case PROP_GROUPING:
      accord_timeline_set_grouping (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_timeline_class_init (AccordTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = accord_timeline_dispose;
  object_class->finalize = accord_timeline_finalize;
  object_class->get_property = accord_timeline_get_property;
  object_class->set_property = accord_timeline_set_property;
  widget_class->map = accord_timeline_map;
  widget_class->unmap = accord_timeline_unmap;
  widget_class->measure = accord_timeline_measure;
  widget_class->size_allocate = accord_timeline_size_allocate;
  widget_class->snapshot = accord_timeline_snapshot;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, ACCORD_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED] =
    g_param_spec_object ("selected", NULL, NULL, ACCORD_TYPE_RECORD,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_GROUPING] =
    g_param_spec_enum ("grouping", NULL, NULL, ACCORD_TYPE_TIMELINE_GROUPING,
                       ACCORD_TIMELINE_GROUPING_MEETING,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AccordTimeline::activated:
   * @record: the meeting or initiative
   *
   * Enter or a double click on a bar or a meeting: show its details.
   */
  signals[ACTIVATED] =
    g_signal_new ("activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ACCORD_TYPE_RECORD);

  g_type_ensure (ACCORD_TYPE_TIMELINE_RULER);
  g_type_ensure (ACCORD_TYPE_TIMELINE_LANE);
  g_type_ensure (ACCORD_TYPE_TIMELINE_BODY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/accordapp/Accord/ui/accord-timeline.ui");
  gtk_widget_class_bind_template_child (widget_class, AccordTimeline, box);
  gtk_widget_class_bind_template_child (widget_class, AccordTimeline, toolbar);
  gtk_widget_class_bind_template_child (widget_class, AccordTimeline, grouping_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AccordTimeline, legend_grid);
  gtk_widget_class_bind_template_child (widget_class, AccordTimeline, narrow_menu_button);
  gtk_widget_class_bind_template_child (widget_class, AccordTimeline, canvas);
  gtk_widget_class_bind_template_child (widget_class, AccordTimeline, ruler);
  gtk_widget_class_bind_template_child (widget_class, AccordTimeline, lane);
  gtk_widget_class_bind_template_child (widget_class, AccordTimeline, body);
  gtk_widget_class_bind_template_child (widget_class, AccordTimeline, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, AccordTimeline, list_view);
  gtk_widget_class_bind_template_child (widget_class, AccordTimeline, scrollbar);
  gtk_widget_class_bind_template_callback (widget_class, on_list_view_activate);

  _accord_timeline_class_init_actions (widget_class);
  _accord_timeline_class_init_edit (widget_class);

  gtk_widget_class_set_css_name (widget_class, "timeline");
}

static void
accord_timeline_init (AccordTimeline *self)
{
  GtkListItemFactory *factory;
  AdwStyleManager *style_manager;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->scale = accord_time_scale_new ();
  self->bound_rows = g_hash_table_new (NULL, NULL);
  self->hadjustment = g_object_ref_sink (gtk_adjustment_new (0, 0, 0, 0, 0, 0));
  g_signal_connect (self->hadjustment, "value-changed", G_CALLBACK (on_hadjustment_value_changed),
                    self);
  gtk_scrollbar_set_adjustment (self->scrollbar, self->hadjustment);

  self->rows = accord_timeline_rows_new ();
  accord_timeline_rows_set_paused (self->rows, TRUE);
  g_signal_connect (self->rows, "items-changed", G_CALLBACK (on_rows_items_changed_before), self);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->rows)));
  g_signal_connect (self->rows, "items-changed", G_CALLBACK (on_rows_items_changed_after), self);
  g_signal_connect (self->rows, "changed", G_CALLBACK (on_rows_changed), self);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect (self->selection, "notify::selected-item", G_CALLBACK (on_selection_changed),
                    self);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (on_factory_setup), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_factory_bind), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_factory_unbind), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  gtk_drop_down_set_selected (self->grouping_dropdown,
                              accord_timeline_rows_get_grouping (self->rows));
  g_signal_connect (self->grouping_dropdown, "notify::selected",
                    G_CALLBACK (on_grouping_dropdown_selected), self);

  _accord_timeline_init_actions (self);
  _accord_timeline_init_edit (self);

  style_manager = adw_style_manager_get_default ();
  g_signal_connect_object (style_manager, "notify::high-contrast",
                           G_CALLBACK (on_high_contrast_changed), self, 0);
  on_high_contrast_changed (style_manager, NULL, self);

  update_extent (self);
  self->fit_pending = TRUE;
  _accord_timeline_update_actions (self);
}

GtkWidget *
accord_timeline_new (void)
{
  return g_object_new (ACCORD_TYPE_TIMELINE, NULL);
}

AccordDocument *
accord_timeline_get_document (AccordTimeline *self)
{
  g_return_val_if_fail (ACCORD_IS_TIMELINE (self), NULL);

  return self->document;
}

void
accord_timeline_set_document (AccordTimeline *self,
                              AccordDocument *document)
{
  g_return_if_fail (ACCORD_IS_TIMELINE (self));
  g_return_if_fail (document == NULL || ACCORD_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  g_set_object (&self->document, document);
  set_selected_internal (self, NULL);
  accord_timeline_rows_set_document (self->rows, document);
  self->fit_pending = TRUE;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  _accord_timeline_update_actions (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

AccordRecord *
accord_timeline_get_selected (AccordTimeline *self)
{
  g_return_val_if_fail (ACCORD_IS_TIMELINE (self), NULL);

  return self->selected;
}

void
accord_timeline_set_selected (AccordTimeline *self,
                              AccordRecord   *record)
{
  g_return_if_fail (ACCORD_IS_TIMELINE (self));
  g_return_if_fail (record == NULL || ACCORD_IS_RECORD (record));

  if (self->selected == record)
    return;

  select_row_of (self, record, TRUE);
  set_selected_internal (self, record);
  if (record != NULL)
    _accord_timeline_reveal_record (self, record);
}

AccordTimelineGrouping
accord_timeline_get_grouping (AccordTimeline *self)
{
  g_return_val_if_fail (ACCORD_IS_TIMELINE (self), ACCORD_TIMELINE_GROUPING_NONE);

  return accord_timeline_rows_get_grouping (self->rows);
}

void
accord_timeline_set_grouping (AccordTimeline         *self,
                              AccordTimelineGrouping  grouping)
{
  g_return_if_fail (ACCORD_IS_TIMELINE (self));

  if (accord_timeline_rows_get_grouping (self->rows) == grouping)
    return;

  accord_timeline_rows_set_grouping (self->rows, grouping);
  gtk_drop_down_set_selected (self->grouping_dropdown, grouping);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GROUPING]);
}

/* For tests and the benchmark */

AccordTimeScale *
_accord_timeline_get_scale (AccordTimeline *self)
{
  return self->scale;
}

AccordTimelineRows *
_accord_timeline_get_rows (AccordTimeline *self)
{
  return self->rows;
}

GtkListView *
_accord_timeline_get_list_view (AccordTimeline *self)
{
  return self->list_view;
}

GtkWidget *
_accord_timeline_get_lane (AccordTimeline *self)
{
  return self->lane;
}

GtkWidget *
_accord_timeline_get_canvas (AccordTimeline *self)
{
  return self->canvas;
}

GtkAdjustment *
_accord_timeline_get_hadjustment (AccordTimeline *self)
{
  return self->hadjustment;
}
