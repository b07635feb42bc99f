/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-timeline"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "accord-timeline-private.h"
#include "accord-timeline-row.h"

/* Editing on the timeline: a drag on a bar moves its period, a drag on one of its ends moves
 * that end, by steps of the period's own precision (edit_unit()); Alt+arrows do the same from
 * the keyboard. Each change is
 * one command of the document, so one undo step, and its text is rewritten in its own form
 * (accord-period-edit.h). A drag anywhere else pans. */

#define DRAG_THRESHOLD 4.0

AccordTimeUnit
_accord_timeline_get_snap_unit (AccordTimeline *self)
{
  switch (accord_time_scale_get_minor_unit (self->scale))
    {
    case ACCORD_SCALE_UNIT_DAY:
      return ACCORD_TIME_UNIT_DAY;
    case ACCORD_SCALE_UNIT_WEEK:
      return ACCORD_TIME_UNIT_WEEK;
    case ACCORD_SCALE_UNIT_MONTH:
      return ACCORD_TIME_UNIT_MONTH;
    case ACCORD_SCALE_UNIT_QUARTER:
      return ACCORD_TIME_UNIT_QUARTER;
    case ACCORD_SCALE_UNIT_YEAR:
    case ACCORD_SCALE_UNIT_DECADE:
    default:
      return ACCORD_TIME_UNIT_YEAR;
    }
}

/* Moves and resizes step by the period's own precision, so that "Q4 2024" stays a quarter and
 * "2024" a year: from the keyboard by that unit (by the zoom's for a day-precise period), and
 * when dragged by that unit or the zoom's, whichever is longer. */
static AccordTimeUnit
edit_unit (AccordTimeline     *self,
           const AccordPeriod *period,
           gboolean            dragged)
{
  AccordTimeUnit zoom = _accord_timeline_get_snap_unit (self);
  AccordPrecision precision = accord_period_get_precision (period);
  AccordTimeUnit own = accord_time_unit_for_precision (precision);

  if (precision == ACCORD_PRECISION_DAY)
    return zoom;

  return dragged ? MAX (own, zoom) : own;
}

static double
time_unit_days (AccordTimeUnit unit)
{
  switch (unit)
    {
    case ACCORD_TIME_UNIT_DAY:
      return 1.0;
    case ACCORD_TIME_UNIT_WEEK:
      return 7.0;
    case ACCORD_TIME_UNIT_MONTH:
      return 30.44;
    case ACCORD_TIME_UNIT_QUARTER:
      return 91.31;
    case ACCORD_TIME_UNIT_HALF_YEAR:
      return 182.62;
    case ACCORD_TIME_UNIT_YEAR:
    default:
      return 365.25;
    }
}

/* Editing */

const AccordPeriod *
_accord_timeline_get_preview (AccordTimeline   *self,
                              AccordInitiative *initiative)
{
  if (self->drag.initiative != initiative || !self->drag.started)
    return NULL;

  return self->drag.preview;
}

static void
commit_period (AccordTimeline     *self,
               AccordInitiative   *initiative,
               const AccordPeriod *period,
               const char         *label)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (self->document == NULL || period == NULL ||
      accord_period_equal (period, accord_initiative_get_period (initiative)))
    return;

  /* The row stays where it is while it moves. */
  accord_timeline_rows_set_pinned (self->rows, initiative);

  g_value_init (&value, ACCORD_TYPE_PERIOD);
  g_value_set_boxed (&value, period);
  accord_document_set_value (self->document, G_OBJECT (initiative), "period", &value, label);
}

AccordInitiative *
_accord_timeline_get_editable (AccordTimeline *self)
{
  if (self->document == NULL || !ACCORD_IS_INITIATIVE (self->selected))
    return NULL;

  if (!accord_period_is_known (accord_initiative_get_period (ACCORD_INITIATIVE (self->selected))))
    return NULL;

  return ACCORD_INITIATIVE (self->selected);
}

static void
move_selection (AccordTimeline *self,
                int             n)
{
  AccordInitiative *initiative = _accord_timeline_get_editable (self);
  const AccordPeriod *period;
  g_autoptr(AccordPeriod) moved = NULL;

  if (initiative == NULL)
    return;

  period = accord_initiative_get_period (initiative);
  moved = accord_period_moved (period, edit_unit (self, period, FALSE), n);
  /* Translators: the undo step of moving an initiative's bar on the timeline */
  commit_period (self, initiative, moved, _("Move Initiative"));
  _accord_timeline_reveal_record (self, ACCORD_RECORD (initiative));
}

static void
resize_selection (AccordTimeline *self,
                  int             n)
{
  AccordInitiative *initiative = _accord_timeline_get_editable (self);
  AccordTimeUnit unit;
  const AccordPeriod *period;
  g_autoptr(AccordPeriod) resized = NULL;

  if (initiative == NULL)
    return;

  period = accord_initiative_get_period (initiative);
  unit = edit_unit (self, period, FALSE);
  resized = accord_period_resized (period, TRUE,
                                   accord_time_unit_add (unit,
                                                         accord_period_get_end_julian (period), n),
                                   unit);
  commit_period (self, initiative, resized, NULL);
  _accord_timeline_reveal_record (self, ACCORD_RECORD (initiative));
}

/* The unit boundary nearest to @day (a continuous day). */
static guint32
nearest_boundary (AccordTimeUnit unit,
                  double         day)
{
  guint32 whole = (guint32) CLAMP (floor (day), 1, G_MAXINT32);
  guint32 first = accord_time_unit_snap (unit, whole, FALSE);
  guint32 next = accord_time_unit_add (unit, first, 1);

  return day - first < next - day ? first : next;
}

static void
queue_row_of (AccordTimeline *self,
              gpointer        item)
{
  GtkWidget *row = _accord_timeline_find_row_widget (self, item);

  if (row != NULL)
    gtk_widget_queue_allocate (row);
}

void
_accord_timeline_drag_begin (AccordTimeline *self,
                             double          x,
                             double          y)
{
  GtkAdjustment *vadjustment;
  GtkWidget *picked;
  GtkWidget *row = NULL;

  g_return_if_fail (ACCORD_IS_TIMELINE (self));

  g_clear_object (&self->drag.initiative);
  g_clear_pointer (&self->drag.preview, accord_period_free);
  self->drag.hit = ACCORD_TIMELINE_HIT_NONE;
  self->drag.started = FALSE;
  self->drag.x = x;
  self->drag.first_day = accord_time_scale_get_first_day (self->scale);
  vadjustment = gtk_scrolled_window_get_vadjustment (self->scrolled_window);
  self->drag.vadjustment = gtk_adjustment_get_value (vadjustment);

  picked = gtk_widget_pick (self->canvas, x, y, GTK_PICK_DEFAULT);
  if (picked != NULL)
    row = gtk_widget_get_ancestor (picked, ACCORD_TYPE_TIMELINE_ROW);

  if (row != NULL && self->document != NULL)
    {
      GObject *item = accord_timeline_row_get_item (ACCORD_TIMELINE_ROW (row));
      double row_x, row_y;

      if (ACCORD_IS_INITIATIVE (item) &&
          gtk_widget_translate_coordinates (self->canvas, row, x, y, &row_x, &row_y))
        {
          self->drag.hit = accord_timeline_row_hit (ACCORD_TIMELINE_ROW (row), row_x);
          if (self->drag.hit != ACCORD_TIMELINE_HIT_NONE)
            self->drag.initiative = g_object_ref (ACCORD_INITIATIVE (item));
        }
    }
}

void
_accord_timeline_drag_update (AccordTimeline *self,
                              double          dx,
                              double          dy)
{
  double ppd = accord_time_scale_get_pixels_per_day (self->scale);
  AccordTimeUnit unit;
  const AccordPeriod *period;
  AccordPeriod *preview = NULL;

  g_return_if_fail (ACCORD_IS_TIMELINE (self));

  if (!self->drag.started && hypot (dx, dy) < DRAG_THRESHOLD)
    return;
  self->drag.started = TRUE;

  if (self->drag.hit == ACCORD_TIMELINE_HIT_NONE)
    {
      GtkAdjustment *vadjustment = gtk_scrolled_window_get_vadjustment (self->scrolled_window);
      double lower, upper;
      double first = self->drag.first_day - dx / ppd;

      accord_time_scale_get_range (self->scale, &lower, &upper);
      first = CLAMP (first, lower, MAX (lower,
                                        upper - accord_time_scale_get_width (self->scale) / ppd));
      accord_time_scale_set_view (self->scale, first, ppd);
      gtk_adjustment_set_value (vadjustment, self->drag.vadjustment - dy);
      _accord_timeline_view_changed (self);
      return;
    }

  period = accord_initiative_get_period (self->drag.initiative);
  unit = edit_unit (self, period, TRUE);
  if (self->drag.hit == ACCORD_TIMELINE_HIT_BAR)
    {
      int n = (int) lround (dx / (time_unit_days (unit) * ppd));

      preview = accord_period_moved (period, unit, n);
    }
  else
    {
      gboolean end = self->drag.hit == ACCORD_TIMELINE_HIT_END;
      double edge = end ? accord_period_get_end_julian (period) + 1.0
                        : accord_period_get_start_julian (period);
      guint32 boundary = nearest_boundary (unit, edge + dx / ppd);

      preview = accord_period_resized (period, end, end ? boundary - 1 : boundary, unit);
    }

  g_clear_pointer (&self->drag.preview, accord_period_free);
  self->drag.preview = preview;
  queue_row_of (self, self->drag.initiative);
}

void
_accord_timeline_drag_end (AccordTimeline *self)
{
  g_autoptr(AccordInitiative) initiative = g_steal_pointer (&self->drag.initiative);
  g_autoptr(AccordPeriod) preview = g_steal_pointer (&self->drag.preview);
  gboolean started = self->drag.started;

  g_return_if_fail (ACCORD_IS_TIMELINE (self));

  self->drag.started = FALSE;
  if (initiative == NULL)
    return;

  if (started && preview != NULL)
    commit_period (self, initiative, preview,
                   self->drag.hit == ACCORD_TIMELINE_HIT_BAR ? _("Move Initiative") : NULL);
  self->drag.hit = ACCORD_TIMELINE_HIT_NONE;
  queue_row_of (self, initiative);
}

static void
on_drag_begin (GtkGestureDrag *gesture,
               double          x,
               double          y,
               AccordTimeline *self)
{
  _accord_timeline_drag_begin (self, x, y);
}

static void
on_drag_update (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                AccordTimeline *self)
{
  gboolean started = self->drag.started;

  _accord_timeline_drag_update (self, dx, dy);

  /* Past the threshold the drag is ours: the rows below must not take it for a click. */
  if (!started && self->drag.started)
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
on_drag_end (GtkGestureDrag *gesture,
             double          dx,
             double          dy,
             AccordTimeline *self)
{
  _accord_timeline_drag_end (self);
}

static void
on_drag_cancel (GtkGesture       *gesture,
                GdkEventSequence *sequence,
                AccordTimeline   *self)
{
  g_autoptr(AccordInitiative) initiative = g_steal_pointer (&self->drag.initiative);

  g_clear_pointer (&self->drag.preview, accord_period_free);
  self->drag.started = FALSE;
  self->drag.hit = ACCORD_TIMELINE_HIT_NONE;
  if (initiative != NULL)
    queue_row_of (self, initiative);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  move_selection (ACCORD_TIMELINE (widget), g_variant_get_int32 (parameter));
}

static void
resize_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  resize_selection (ACCORD_TIMELINE (widget), g_variant_get_int32 (parameter));
}

void
_accord_timeline_class_init_edit (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "timeline.move", "i", move_action);
  gtk_widget_class_install_action (widget_class, "timeline.resize", "i", resize_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "timeline.move",
                                       "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "timeline.move",
                                       "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK | GDK_SHIFT_MASK,
                                       "timeline.resize", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK | GDK_SHIFT_MASK,
                                       "timeline.resize", "i", 1);
}

void
_accord_timeline_init_edit (AccordTimeline *self)
{
  GtkGesture *gesture;

  /* Capture: a drag that starts on a row belongs to the timeline, which knows what is under
   * it; past the threshold it claims the sequence, so the row does not take it for a click. */
  gesture = gtk_gesture_drag_new ();
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (gesture), GTK_PHASE_CAPTURE);
  g_signal_connect (gesture, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (gesture, "drag-update", G_CALLBACK (on_drag_update), self);
  g_signal_connect (gesture, "drag-end", G_CALLBACK (on_drag_end), self);
  g_signal_connect (gesture, "cancel", G_CALLBACK (on_drag_cancel), self);
  gtk_widget_add_controller (self->canvas, GTK_EVENT_CONTROLLER (gesture));
}
