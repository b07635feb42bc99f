/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-timeline-row"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "accord-display-text.h"
#include "accord-timeline-bar.h"
#include "accord-timeline-milestone.h"
#include "accord-timeline-row.h"
#include "accord-timeline-text.h"

struct _AccordTimelineRow
{
  GtkWidget parent_instance;

  /* Borrowed: the timeline outlives the rows it holds. */
  AccordTimeline *timeline;
  GObject *item;
  char *accessible_label;

  GtkWidget *expander;
  GtkWidget *milestone;
  GtkWidget *bar;
  GtkWidget *title;
  GtkWidget *detail;

  /* Where the row starts in the canvas, whose x the scale's is */
  double origin_x;
  /* Where things were put, for hit testing, tooltips and drawing the group's span */
  gboolean has_bar;
  double bar_x0;
  double bar_x1;
  double title_x0;
  double title_x1;
  gboolean has_span;
  double span_x0;
  double span_x1;
};

G_DEFINE_FINAL_TYPE (AccordTimelineRow, accord_timeline_row, GTK_TYPE_WIDGET)

#define PADDING 8
#define INDENT 28
#define MILESTONE_SIZE 16
#define MIN_BAR_WIDTH 4.0

static const char *status_classes[] = {
  [ACCORD_STATUS_PROPOSED] = "proposed",
  [ACCORD_STATUS_PLANNED] = "planned",
  [ACCORD_STATUS_ONGOING] = "ongoing",
  [ACCORD_STATUS_COMPLETED] = "completed",
  [ACCORD_STATUS_CANCELLED] = "cancelled",
};

static void
set_css_class (GtkWidget  *widget,
               const char *css_class,
               gboolean    set)
{
  if (set)
    gtk_widget_add_css_class (widget, css_class);
  else
    gtk_widget_remove_css_class (widget, css_class);
}

static int
natural_width (GtkWidget *widget)
{
  int natural;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  return natural;
}

static int
natural_height (GtkWidget *widget)
{
  int natural;

  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, -1, NULL, &natural, NULL, NULL);
  return natural;
}

static void
place (GtkWidget *child,
       double     x,
       double     width,
       int        row_height,
       int        child_height)
{
  GtkAllocation allocation;

  allocation.x = floor (x);
  allocation.width = MAX ((int) ceil (x + width) - allocation.x, 0);
  allocation.height = MIN (child_height, row_height);
  allocation.y = (row_height - allocation.height) / 2;
  gtk_widget_size_allocate (child, &allocation, -1);
}

/* The scale's x is the canvas's; the row may sit a little inside it (padding of the list's
 * rows), and its bars must still line up with the ruler. */
static double
scale_x (AccordTimelineRow *self,
         double             day)
{
  return accord_time_scale_x_for_day (_accord_timeline_get_scale (self->timeline),
                                      day) - self->origin_x;
}

static void
allocate_header (AccordTimelineRow   *self,
                 AccordTimelineGroup *group,
                 int                  width,
                 int                  height)
{
  AccordMeeting *meeting = accord_timeline_group_get_meeting (group);
  int title_width = natural_width (self->title);
  int detail_width = natural_width (self->detail);
  double x = INDENT;
  guint32 first, last;

  place (self->expander, 6, 16, height, 16);

  self->has_span = accord_timeline_group_get_span (group, &first, &last);
  if (self->has_span)
    {
      self->span_x0 = scale_x (self, first);
      self->span_x1 = scale_x (self, last + 1.0);
    }

  if (meeting != NULL && accord_period_is_known (accord_meeting_get_when (meeting)))
    {
      double mx = scale_x (self, accord_timeline_milestone_day (meeting));
      gboolean shown = mx > -MILESTONE_SIZE && mx < width + MILESTONE_SIZE;

      /* The title follows its meeting's diamond when they would overlap; without room for
       * that, the diamond gives way (the lane above shows it). */
      if (shown && mx + MILESTONE_SIZE / 2.0 + PADDING > x && mx - MILESTONE_SIZE < x + title_width)
        {
          if (width - PADDING - (mx + MILESTONE_SIZE / 2.0 + 6) >= MIN (title_width, width * 0.6))
            x = mx + MILESTONE_SIZE / 2.0 + 6;
          else
            shown = FALSE;
        }
      gtk_widget_set_child_visible (self->milestone, shown);
      if (shown)
        place (self->milestone, mx - MILESTONE_SIZE / 2.0, MILESTONE_SIZE, height, MILESTONE_SIZE);
    }
  else
    {
      gtk_widget_set_child_visible (self->milestone, FALSE);
    }

  title_width = MIN (title_width, MAX (width - x - PADDING, 0));
  place (self->title, x, title_width, height, natural_height (self->title));
  self->title_x0 = x;
  self->title_x1 = x + title_width;

  x += title_width + PADDING;
  detail_width = MIN (detail_width, MAX (width - x - PADDING, 0));
  place (self->detail, x, detail_width, height, natural_height (self->detail));
}

static void
allocate_initiative (AccordTimelineRow *self,
                     AccordInitiative  *initiative,
                     int                width,
                     int                height)
{
  AccordTimeScale *scale = _accord_timeline_get_scale (self->timeline);
  const AccordPeriod *period = _accord_timeline_get_preview (self->timeline, initiative);
  int title_width = natural_width (self->title);
  double x0, x1, visible_x0, visible_x1, inner_x0, inner_x1, soft, x;
  double right_x, right_room, left_x1, left_room;
  gboolean inside;

  if (period == NULL)
    period = accord_initiative_get_period (initiative);

  self->has_bar = accord_period_is_known (period);
  if (!self->has_bar)
    {
      int detail_width = natural_width (self->detail);

      title_width = MIN (title_width, MAX (width - INDENT - PADDING, 0));
      place (self->title, INDENT, title_width, height, natural_height (self->title));
      self->title_x0 = INDENT;
      self->title_x1 = INDENT + title_width;
      x = INDENT + title_width + PADDING;
      detail_width = MIN (detail_width, MAX (width - x - PADDING, 0));
      place (self->detail, x, detail_width, height, natural_height (self->detail));
      return;
    }

  x0 = scale_x (self, accord_period_get_start_julian (period));
  x1 = scale_x (self, accord_period_get_end_julian (period) + 1.0);
  if (x1 - x0 < MIN_BAR_WIDTH)
    {
      double middle = (x0 + x1) / 2.0;

      x0 = middle - MIN_BAR_WIDTH / 2.0;
      x1 = middle + MIN_BAR_WIDTH / 2.0;
    }
  self->bar_x0 = x0;
  self->bar_x1 = x1;

  /* Only the part on screen is allocated: a bar of years at day zoom is millions of pixels. */
  visible_x0 = MAX (x0, -PADDING);
  visible_x1 = MIN (x1, width + PADDING);
  gtk_widget_set_child_visible (self->bar, visible_x1 > visible_x0);
  if (visible_x1 > visible_x0)
    {
      soft = accord_timeline_bar_soft_width (accord_period_get_precision (period), x1 - x0,
                                             accord_time_scale_get_pixels_per_day (scale));
      place (self->bar, visible_x0, visible_x1 - visible_x0, height, natural_height (self->bar));
      accord_timeline_bar_set_geometry (ACCORD_TIMELINE_BAR (self->bar),
                                        x0 - floor (visible_x0), x1 - x0, soft, soft);
    }

  /* The title goes inside the bar when it fits, else beside it, else where there is the most
   * room, shortened; always on screen. */
  inner_x0 = MAX (x0, 0) + PADDING;
  inner_x1 = MIN (x1, width) - PADDING;
  right_x = MAX (x1 + 6, PADDING);
  right_room = width - PADDING - right_x;
  left_x1 = MIN (x0 - 6, width - PADDING);
  left_room = left_x1 - PADDING;
  inside = inner_x1 - inner_x0 >= MIN (title_width, MAX (right_room, left_room));
  if (inside)
    {
      x = inner_x0;
      title_width = MIN (title_width, inner_x1 - inner_x0);
    }
  else if (right_room >= MIN (title_width, left_room))
    {
      x = right_x;
      title_width = MIN (title_width, MAX (right_room, 0));
    }
  else
    {
      title_width = MIN (title_width, MAX (left_room, 0));
      x = left_x1 - title_width;
    }

  set_css_class (self->title, "inside", inside);
  place (self->title, x, title_width, height, natural_height (self->title));
  self->title_x0 = x;
  self->title_x1 = x + title_width;
}

static void
accord_timeline_row_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  AccordTimelineRow *self = ACCORD_TIMELINE_ROW (widget);
  graphene_point_t origin;

  self->has_bar = FALSE;
  self->has_span = FALSE;
  self->origin_x = 0;
  if (gtk_widget_compute_point (widget, _accord_timeline_get_canvas (self->timeline),
                                &GRAPHENE_POINT_INIT (0, 0), &origin))
    self->origin_x = origin.x;

  if (ACCORD_IS_TIMELINE_GROUP (self->item))
    allocate_header (self, ACCORD_TIMELINE_GROUP (self->item), width, height);
  else if (ACCORD_IS_INITIATIVE (self->item))
    allocate_initiative (self, ACCORD_INITIATIVE (self->item), width, height);
}

static void
accord_timeline_row_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  AccordTimelineRow *self = ACCORD_TIMELINE_ROW (widget);

  /* As wide as the list makes it; as tall as a line of text with room around it. */
  *minimum = *natural = 0;
  if (orientation == GTK_ORIENTATION_VERTICAL)
    *minimum = *natural = natural_height (self->title) + 2 * PADDING;
}

static void
accord_timeline_row_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  AccordTimelineRow *self = ACCORD_TIMELINE_ROW (widget);

  /* A group's header shows the time its bars span. */
  if (self->has_span)
    {
      int width = gtk_widget_get_width (widget);
      int height = gtk_widget_get_height (widget);
      double x0 = MAX (self->span_x0, 0);
      double x1 = MIN (self->span_x1, width);
      GdkRGBA color;

      if (x1 > x0)
        {
          /* gtk_widget_get_color() is GTK 4.10; this is how 4.8 reads a node's color. */
          gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
          color.alpha *= 0.25f;
          gtk_snapshot_append_color (snapshot, &color,
                                     &GRAPHENE_RECT_INIT (x0, height - 5, x1 - x0, 3));
        }
    }

  GTK_WIDGET_CLASS (accord_timeline_row_parent_class)->snapshot (widget, snapshot);
}

static gboolean
accord_timeline_row_query_tooltip (GtkWidget  *widget,
                                   int         x,
                                   int         y,
                                   gboolean    keyboard,
                                   GtkTooltip *tooltip)
{
  AccordTimelineRow *self = ACCORD_TIMELINE_ROW (widget);
  gboolean on_title = x >= self->title_x0 && x <= self->title_x1;
  g_autofree char *markup = NULL;

  if (ACCORD_IS_INITIATIVE (self->item))
    {
      if (!keyboard && !on_title && !(self->has_bar && x >= self->bar_x0 && x <= self->bar_x1))
        return FALSE;
      markup = accord_timeline_initiative_tooltip (ACCORD_INITIATIVE (self->item));
    }
  else if (ACCORD_IS_TIMELINE_GROUP (self->item))
    {
      AccordTimelineGroup *group = ACCORD_TIMELINE_GROUP (self->item);
      AccordMeeting *meeting = accord_timeline_group_get_meeting (group);

      if (meeting == NULL || !(keyboard || on_title))
        return FALSE;
      markup = accord_timeline_meeting_tooltip (meeting);
    }

  if (markup == NULL)
    return FALSE;

  gtk_tooltip_set_markup (tooltip, markup);
  return TRUE;
}

static void
on_click_released (GtkGestureClick   *gesture,
                   int                n_press,
                   double             x,
                   double             y,
                   AccordTimelineRow *self)
{
  if (ACCORD_IS_TIMELINE_GROUP (self->item) && n_press == 1)
    _accord_timeline_toggle_group (self->timeline, ACCORD_TIMELINE_GROUP (self->item));
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           AccordTimelineRow        *self)
{
  const char *cursor = NULL;

  if (accord_timeline_get_document (self->timeline) != NULL)
    {
      switch (accord_timeline_row_hit (self, x))
        {
        case ACCORD_TIMELINE_HIT_START:
        case ACCORD_TIMELINE_HIT_END:
          cursor = "ew-resize";
          break;
        case ACCORD_TIMELINE_HIT_BAR:
          cursor = "grab";
          break;
        case ACCORD_TIMELINE_HIT_NONE:
        default:
          break;
        }
    }

  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), cursor);
}

static void
accord_timeline_row_dispose (GObject *object)
{
  AccordTimelineRow *self = ACCORD_TIMELINE_ROW (object);

  accord_timeline_row_set_item (self, NULL);
  g_clear_pointer (&self->expander, gtk_widget_unparent);
  g_clear_pointer (&self->milestone, gtk_widget_unparent);
  g_clear_pointer (&self->bar, gtk_widget_unparent);
  g_clear_pointer (&self->title, gtk_widget_unparent);
  g_clear_pointer (&self->detail, gtk_widget_unparent);
  g_clear_pointer (&self->accessible_label, g_free);

  G_OBJECT_CLASS (accord_timeline_row_parent_class)->dispose (object);
}

static void
accord_timeline_row_class_init (AccordTimelineRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = accord_timeline_row_dispose;
  widget_class->measure = accord_timeline_row_measure;
  widget_class->size_allocate = accord_timeline_row_size_allocate;
  widget_class->snapshot = accord_timeline_row_snapshot;
  widget_class->query_tooltip = accord_timeline_row_query_tooltip;

  gtk_widget_class_set_css_name (widget_class, "timelinerow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LIST_ITEM);
}

static GtkWidget *
label_new (const char *css_class)
{
  /* The row's accessible name already says what its labels show. */
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                   "xalign", 0.0f,
                                   "single-line-mode", TRUE,
                                   "ellipsize", PANGO_ELLIPSIZE_END,
                                   NULL);

  gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
accord_timeline_row_init (AccordTimelineRow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkGesture *click;
  GtkEventController *motion;

  gtk_widget_set_focusable (widget, TRUE);
  gtk_widget_set_has_tooltip (widget, TRUE);
  gtk_widget_set_overflow (widget, GTK_OVERFLOW_HIDDEN);

  self->expander = g_object_new (GTK_TYPE_IMAGE,
                                 "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                 "icon-name", "pan-down-symbolic",
                                 NULL);
  gtk_widget_set_parent (self->expander, widget);
  self->bar = accord_timeline_bar_new ();
  gtk_widget_set_parent (self->bar, widget);
  self->title = label_new ("title");
  gtk_widget_set_parent (self->title, widget);
  self->detail = label_new ("detail");
  gtk_widget_add_css_class (self->detail, "dim-label");
  gtk_widget_set_parent (self->detail, widget);
  self->milestone = accord_timeline_milestone_new ();
  gtk_widget_set_parent (self->milestone, widget);

  click = gtk_gesture_click_new ();
  g_signal_connect (click, "released", G_CALLBACK (on_click_released), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (click));

  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  gtk_widget_add_controller (widget, motion);
}

GtkWidget *
accord_timeline_row_new (AccordTimeline *timeline)
{
  AccordTimelineRow *self;

  g_return_val_if_fail (ACCORD_IS_TIMELINE (timeline), NULL);

  self = g_object_new (ACCORD_TYPE_TIMELINE_ROW, NULL);
  self->timeline = timeline;

  return GTK_WIDGET (self);
}

GObject *
accord_timeline_row_get_item (AccordTimelineRow *self)
{
  g_return_val_if_fail (ACCORD_IS_TIMELINE_ROW (self), NULL);

  return self->item;
}

void
accord_timeline_row_set_item (AccordTimelineRow *self,
                              GObject           *item)
{
  g_return_if_fail (ACCORD_IS_TIMELINE_ROW (self));
  g_return_if_fail (item == NULL || ACCORD_IS_TIMELINE_GROUP (item) || ACCORD_IS_INITIATIVE (item));

  if (self->item == item)
    return;

  if (self->item != NULL)
    _accord_timeline_row_unbound (self->timeline, GTK_WIDGET (self));
  g_set_object (&self->item, item);
  if (self->item != NULL)
    _accord_timeline_row_bound (self->timeline, GTK_WIDGET (self));

  accord_timeline_row_update (self);
}

static void
set_accessible_label (AccordTimelineRow *self,
                      char              *label)
{
  if (g_strcmp0 (self->accessible_label, label) == 0)
    {
      g_free (label);
      return;
    }

  g_free (self->accessible_label);
  self->accessible_label = label;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static void
update_header (AccordTimelineRow   *self,
               AccordTimelineGroup *group)
{
  /* A meeting's title can be a megabyte long: show what a label can hold. */
  g_autofree char *title = accord_display_text (accord_timeline_group_get_title (group));
  guint n = accord_timeline_group_get_n_initiatives (group);
  gboolean expanded = accord_timeline_group_get_expanded (group);
  AccordMeeting *meeting = accord_timeline_group_get_meeting (group);
  g_autofree char *detail = NULL;

  if (accord_timeline_group_is_unscheduled (group))
    /* Translators: the header of the timeline's group of initiatives without a period: it says
     * how to give one a period. %u is how many there are */
    detail = g_strdup_printf (ngettext ("%u initiative without a timeline. Set the Timeline in "
                                        "its details to place it here",
                                        "%u initiatives without a timeline. Set the Timeline in "
                                        "their details to place them here", n), n);
  else
    /* Translators: the number of initiatives in a group of the timeline */
    detail = g_strdup_printf (ngettext ("%u initiative", "%u initiatives", n), n);

  gtk_widget_set_visible (self->expander, TRUE);
  gtk_image_set_from_icon_name (GTK_IMAGE (self->expander),
                                expanded ? "pan-down-symbolic" : "pan-end-symbolic");
  gtk_label_set_text (GTK_LABEL (self->title), title);
  gtk_label_set_text (GTK_LABEL (self->detail), detail);
  gtk_widget_set_visible (self->detail, TRUE);
  gtk_widget_set_visible (self->bar, FALSE);
  gtk_widget_set_visible (self->milestone, meeting != NULL &&
                          accord_period_is_known (accord_meeting_get_when (meeting)));
  if (meeting != NULL)
    accord_timeline_milestone_set_meeting (ACCORD_TIMELINE_MILESTONE (self->milestone), meeting, 1);

  set_css_class (GTK_WIDGET (self), "header", TRUE);
  set_css_class (GTK_WIDGET (self), "unscheduled", accord_timeline_group_is_unscheduled (group));

  /* Translators: how a screen reader reads the header of a group of the timeline: %1$s is the
   * group's name, %2$s how many initiatives it has, as "3 initiatives" */
  set_accessible_label (self, g_strdup_printf (C_("accessible", "%1$s, %2$s"), title, detail));
  gtk_accessible_update_state (GTK_ACCESSIBLE (self),
                               GTK_ACCESSIBLE_STATE_EXPANDED, expanded,
                               -1);
}

static void
update_initiative (AccordTimelineRow *self,
                   AccordInitiative  *initiative)
{
  const AccordPeriod *period = accord_initiative_get_period (initiative);
  AccordStatus status = accord_initiative_get_status (initiative);
  const char *title = accord_record_get_title (ACCORD_RECORD (initiative));
  g_autofree char *shown_title = accord_display_text (title[0] != '\0' ? title : _("Untitled"));
  gboolean known = accord_period_is_known (period);

  gtk_widget_set_visible (self->expander, FALSE);
  gtk_widget_set_visible (self->milestone, FALSE);
  accord_timeline_milestone_set_meeting (ACCORD_TIMELINE_MILESTONE (self->milestone), NULL, 0);
  gtk_label_set_text (GTK_LABEL (self->title), shown_title);
  gtk_widget_set_visible (self->bar, known);
  gtk_widget_set_visible (self->detail, !known);
  if (known)
    {
      accord_timeline_bar_set_status (ACCORD_TIMELINE_BAR (self->bar), status);
    }
  else
    {
      g_autofree char *text = accord_display_text (accord_period_get_text (period));
      g_autofree char *detail = NULL;

      if (text[0] != '\0')
        /* Translators: beside an initiative in the timeline's unscheduled group: %s is its
         * timeline as written, which Accord could not place, as "in the near future" */
        detail = g_strdup_printf (_("“%s”"), text);
      gtk_label_set_text (GTK_LABEL (self->detail), detail != NULL ? detail : _("No timeline"));
    }

  set_css_class (GTK_WIDGET (self), "header", FALSE);
  set_css_class (GTK_WIDGET (self), "unscheduled", !known);
  for (guint i = 0; i < G_N_ELEMENTS (status_classes); i++)
    set_css_class (GTK_WIDGET (self), status_classes[i], i == status);

  set_accessible_label (self, accord_timeline_initiative_label (initiative));
  gtk_accessible_reset_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_EXPANDED);
}

void
accord_timeline_row_update (AccordTimelineRow *self)
{
  g_return_if_fail (ACCORD_IS_TIMELINE_ROW (self));

  if (ACCORD_IS_TIMELINE_GROUP (self->item))
    update_header (self, ACCORD_TIMELINE_GROUP (self->item));
  else if (ACCORD_IS_INITIATIVE (self->item))
    update_initiative (self, ACCORD_INITIATIVE (self->item));

  if (self->item != NULL)
    {
      AccordRecord *record;
      gboolean selected;

      if (ACCORD_IS_INITIATIVE (self->item))
        record = ACCORD_RECORD (self->item);
      else
        record = (AccordRecord *) accord_timeline_group_get_meeting ((gpointer) self->item);
      selected = record != NULL && _accord_timeline_is_selected (self->timeline, record);

      gtk_accessible_update_state (GTK_ACCESSIBLE (self),
                                   GTK_ACCESSIBLE_STATE_SELECTED, selected,
                                   -1);
    }

  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

AccordTimelineHit
accord_timeline_row_hit (AccordTimelineRow *self,
                         double             x)
{
  double edge;

  g_return_val_if_fail (ACCORD_IS_TIMELINE_ROW (self), ACCORD_TIMELINE_HIT_NONE);

  if (!self->has_bar || !ACCORD_IS_INITIATIVE (self->item))
    return ACCORD_TIMELINE_HIT_NONE;

  /* A narrow bar is all handle for moving; a wider one has handles at its ends. */
  edge = MIN (6.0, (self->bar_x1 - self->bar_x0) / 4.0);
  if (x >= self->bar_x0 - 2 && x <= self->bar_x0 + edge)
    return edge >= 3.0 ? ACCORD_TIMELINE_HIT_START : ACCORD_TIMELINE_HIT_BAR;
  if (x >= self->bar_x1 - edge && x <= self->bar_x1 + 2)
    return edge >= 3.0 ? ACCORD_TIMELINE_HIT_END : ACCORD_TIMELINE_HIT_BAR;
  if (x > self->bar_x0 && x < self->bar_x1)
    return ACCORD_TIMELINE_HIT_BAR;

  return ACCORD_TIMELINE_HIT_NONE;
}

gboolean
accord_timeline_row_get_bar_bounds (AccordTimelineRow *self,
                                    graphene_rect_t   *bounds)
{
  g_return_val_if_fail (ACCORD_IS_TIMELINE_ROW (self), FALSE);

  if (!self->has_bar)
    return FALSE;

  graphene_rect_init (bounds, self->bar_x0, 0, self->bar_x1 - self->bar_x0,
                      gtk_widget_get_height (GTK_WIDGET (self)));
  return TRUE;
}
