/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-timeline"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "accord-timeline-bar.h"
#include "accord-timeline-milestone.h"
#include "accord-timeline-private.h"
#include "accord-timeline-row.h"

/* Moving about the timeline: zooming and panning by pointer and keys, the toolbar's actions,
 * and the legend. */

#define ZOOM_STEP 1.5
#define WHEEL_ZOOM_STEP 1.2

/* Zooming and panning by pointer */

static void
on_pointer_motion (GtkEventControllerMotion *controller,
                   double                    x,
                   double                    y,
                   AccordTimeline           *self)
{
  self->pointer_x = x;
}

static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           AccordTimeline           *self)
{
  GdkModifierType state =
    gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  gboolean wheel = gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL;
  double step;

  if (state & GDK_CONTROL_MASK)
    {
      double factor = wheel ? pow (WHEEL_ZOOM_STEP, -dy) : exp (-dy / 100.0);

      _accord_timeline_zoom_at (self, factor, self->pointer_x);
      return TRUE;
    }

  if (!(state & GDK_SHIFT_MASK) && dx == 0)
    return FALSE;

  /* A wheel step scrolls as GtkScrolledWindow scrolls. */
  step = wheel ? pow (accord_time_scale_get_width (self->scale), 2.0 / 3.0) : 1.0;
  if (state & GDK_SHIFT_MASK)
    {
      _accord_timeline_scroll_by (self, (dx != 0 ? dx : dy) * step);
    }
  else
    {
      GtkAdjustment *vadjustment = gtk_scrolled_window_get_vadjustment (self->scrolled_window);

      _accord_timeline_scroll_by (self, dx * step);
      gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_value (vadjustment) + dy * step);
    }

  return TRUE;
}

static void
on_pinch_begin (GtkGesture       *gesture,
                GdkEventSequence *sequence,
                AccordTimeline   *self)
{
  self->pinch_start = accord_time_scale_get_pixels_per_day (self->scale);
}

static void
on_pinch_scale_changed (GtkGestureZoom *gesture,
                        double          scale,
                        AccordTimeline *self)
{
  double x, y;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    x = accord_time_scale_get_width (self->scale) / 2.0;

  if (accord_time_scale_zoom_to (self->scale, self->pinch_start * scale, x))
    _accord_timeline_view_changed (self);
}

/* Keys the list would take for itself: Home and End go to bars, Left and Right fold groups. */
static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                AccordTimeline        *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row;
  GObject *item;
  gboolean left;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->rows));

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list_view)))
    return FALSE;
  if ((state & (GDK_CONTROL_MASK | GDK_SHIFT_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      {
        gboolean home = keyval == GDK_KEY_Home || keyval == GDK_KEY_KP_Home;

        for (guint i = 0; i < n; i++)
          {
            guint at = home ? i : n - 1 - i;
            g_autoptr(GObject) candidate = g_list_model_get_item (G_LIST_MODEL (self->rows), at);

            if (ACCORD_IS_INITIATIVE (candidate))
              {
                _accord_timeline_focus_position (self, at);
                return TRUE;
              }
          }
        return FALSE;
      }

    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      break;

    default:
      return FALSE;
    }

  /* Left and Right pan, a tenth of the width a press; on a group's header they first fold or
   * unfold it, as in a tree. */
  row = gtk_widget_get_ancestor (focus, ACCORD_TYPE_TIMELINE_ROW);
  item = row != NULL ? accord_timeline_row_get_item (ACCORD_TIMELINE_ROW (row)) : NULL;
  left = keyval == GDK_KEY_Left || keyval == GDK_KEY_KP_Left;

  if (ACCORD_IS_TIMELINE_GROUP (item) &&
      accord_timeline_group_get_expanded (ACCORD_TIMELINE_GROUP (item)) == left)
    {
      _accord_timeline_toggle_group (self, ACCORD_TIMELINE_GROUP (item));
      return TRUE;
    }

  _accord_timeline_scroll_by (self, (left ? -0.1 : 0.1) * accord_time_scale_get_width (self->scale));
  return TRUE;
}

/* Actions */

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  AccordTimeline *self = ACCORD_TIMELINE (widget);

  _accord_timeline_zoom_at (self, ZOOM_STEP, accord_time_scale_get_width (self->scale) / 2.0);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  AccordTimeline *self = ACCORD_TIMELINE (widget);

  _accord_timeline_zoom_at (self, 1.0 / ZOOM_STEP, accord_time_scale_get_width (self->scale) / 2.0);
}

static void
zoom_fit_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  AccordTimeline *self = ACCORD_TIMELINE (widget);

  _accord_timeline_zoom_to_fit (self);
  _accord_timeline_view_changed (self);
}

static void
zoom_preset_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  AccordTimeline *self = ACCORD_TIMELINE (widget);
  const char *preset = g_variant_get_string (parameter, NULL);
  const AccordPeriod *period = NULL;
  AccordScaleUnit unit;
  double middle = accord_time_scale_day_for_x (self->scale,
                                               accord_time_scale_get_width (self->scale) / 2.0);
  guint32 first;

  if (self->selected != NULL)
    period = _accord_timeline_record_period (self->selected);

  /* Around the selection when it is on screen, else around the middle of the view. */
  if (period != NULL && accord_period_is_known (period) &&
      accord_period_get_start_julian (period) + 1.0 >
        accord_time_scale_get_first_day (self->scale) &&
      accord_period_get_start_julian (period) < accord_time_scale_get_last_day (self->scale))
    middle = accord_period_get_start_julian (period);

  if (g_str_equal (preset, "year"))
    unit = ACCORD_SCALE_UNIT_YEAR;
  else if (g_str_equal (preset, "quarter"))
    unit = ACCORD_SCALE_UNIT_QUARTER;
  else if (g_str_equal (preset, "month"))
    unit = ACCORD_SCALE_UNIT_MONTH;
  else
    unit = ACCORD_SCALE_UNIT_WEEK;

  /* The whole year, quarter, month or week. */
  first = accord_scale_unit_floor (unit, (guint32) MAX (middle, 1.0));
  accord_time_scale_show_range (self->scale, first, accord_scale_unit_next (unit, first), 16.0);
  _accord_timeline_view_changed (self);
}

static void
today_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  AccordTimeline *self = ACCORD_TIMELINE (widget);

  accord_time_scale_center_on (self->scale, accord_day_today () + 0.5);
  _accord_timeline_view_changed (self);
}

static void
go_to_selection_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  AccordTimeline *self = ACCORD_TIMELINE (widget);

  if (self->selected != NULL)
    _accord_timeline_reveal_record (self, self->selected);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  const char *format = g_variant_get_string (parameter, NULL);

  if (g_str_equal (format, "svg"))
    _accord_timeline_export_ask (ACCORD_TIMELINE (widget), ACCORD_TIMELINE_EXPORT_SVG);
  else if (g_str_equal (format, "pdf"))
    _accord_timeline_export_ask (ACCORD_TIMELINE (widget), ACCORD_TIMELINE_EXPORT_PDF);
  else
    _accord_timeline_export_ask (ACCORD_TIMELINE (widget), ACCORD_TIMELINE_EXPORT_PNG);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  _accord_timeline_print (ACCORD_TIMELINE (widget));
}

void
_accord_timeline_update_actions (AccordTimeline *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  double ppd = accord_time_scale_get_pixels_per_day (self->scale);
  gboolean editable = _accord_timeline_get_editable (self) != NULL;

  gtk_widget_action_set_enabled (widget, "timeline.zoom-in",
                                 ppd < ACCORD_TIME_SCALE_MAX_PIXELS_PER_DAY);
  gtk_widget_action_set_enabled (widget, "timeline.zoom-out",
                                 ppd > ACCORD_TIME_SCALE_MIN_PIXELS_PER_DAY);
  gtk_widget_action_set_enabled (widget, "timeline.go-to-selection", self->selected != NULL);
  gtk_widget_action_set_enabled (widget, "timeline.move", editable);
  gtk_widget_action_set_enabled (widget, "timeline.resize", editable);
}

/* The legend */

static void
legend_add (GtkGrid    *grid,
            GtkWidget  *sample,
            const char *text,
            int         row)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 36);
  gtk_widget_set_valign (sample, GTK_ALIGN_CENTER);
  gtk_grid_attach (grid, sample, 0, row, 1, 1);
  gtk_grid_attach (grid, label, 1, row, 1, 1);
}

static GtkWidget *
legend_bar (AccordStatus status,
            gboolean     soft)
{
  GtkWidget *bar = accord_timeline_bar_new ();

  accord_timeline_bar_set_status (ACCORD_TIMELINE_BAR (bar), status);
  accord_timeline_bar_set_geometry (ACCORD_TIMELINE_BAR (bar), 0, 56, soft ? 18 : 0, soft ? 18 : 0);
  gtk_widget_set_size_request (bar, 56, -1);
  return bar;
}

static void
build_legend (GtkGrid *grid)
{
  g_autoptr(AccordMeeting) exact = accord_meeting_new (NULL);
  g_autoptr(AccordMeeting) rough = accord_meeting_new (NULL);
  g_autoptr(AccordPeriod) day = accord_period_parse ("29 January 2024", NULL, NULL);
  g_autoptr(AccordPeriod) year = accord_period_parse ("2024", NULL, NULL);
  GtkWidget *milestone;
  int row = 0;

  /* Translators: in the timeline's legend, beside a bar with solid ends */
  legend_add (grid, legend_bar (ACCORD_STATUS_PLANNED, FALSE),
              _("Exact dates: the days are known"), row++);
  /* Translators: in the timeline's legend, beside a bar whose ends fade out */
  legend_add (grid, legend_bar (ACCORD_STATUS_PLANNED, TRUE),
              _("Approximate dates: known only to the month, quarter or year; the faded ends "
                "are uncertain"), row++);

  for (AccordStatus status = ACCORD_STATUS_PROPOSED; status <= ACCORD_STATUS_CANCELLED; status++)
    legend_add (grid, legend_bar (status, FALSE), accord_status_to_label (status), row++);

  accord_meeting_set_when (exact, day);
  milestone = accord_timeline_milestone_new ();
  accord_timeline_milestone_set_meeting (ACCORD_TIMELINE_MILESTONE (milestone), exact, 1);
  gtk_widget_set_size_request (milestone, 16, 16);
  gtk_widget_set_halign (milestone, GTK_ALIGN_CENTER);
  /* Translators: in the timeline's legend, beside a diamond */
  legend_add (grid, milestone, _("A meeting on a known day"), row++);

  accord_meeting_set_when (rough, year);
  milestone = accord_timeline_milestone_new ();
  accord_timeline_milestone_set_meeting (ACCORD_TIMELINE_MILESTONE (milestone), rough, 1);
  gtk_widget_set_size_request (milestone, 16, 16);
  gtk_widget_set_halign (milestone, GTK_ALIGN_CENTER);
  /* Translators: in the timeline's legend, beside a hollow diamond */
  legend_add (grid, milestone, _("A meeting whose day is not known"), row++);
}

void
_accord_timeline_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "timeline.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-fit", NULL, zoom_fit_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-preset", "s", zoom_preset_action);
  gtk_widget_class_install_action (widget_class, "timeline.today", NULL, today_action);
  gtk_widget_class_install_action (widget_class, "timeline.go-to-selection", NULL,
                                   go_to_selection_action);
  gtk_widget_class_install_action (widget_class, "timeline.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "timeline.print", NULL, print_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, 0, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, 0, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, 0, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK,
                                       "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, 0, "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, 0, "timeline.zoom-out",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK,
                                       "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, 0, "timeline.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK,
                                       "timeline.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, 0, "timeline.today", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, 0, "timeline.go-to-selection",
                                       NULL);
}

void
_accord_timeline_init_actions (AccordTimeline *self)
{
  GtkEventController *controller;
  GtkGesture *gesture;
  GtkWidget *legend;
  GtkPopover *menu;

  /* Pointer gestures on ruler, lane and rows alike, before the list sees them: Ctrl+scroll
   * and sideways scrolling are the timeline's, plain scrolling the list's. */
  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (on_pointer_motion), self);
  gtk_widget_add_controller (self->canvas, controller);

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "scroll", G_CALLBACK (on_scroll), self);
  gtk_widget_add_controller (self->canvas, controller);

  gesture = gtk_gesture_zoom_new ();
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (gesture), GTK_PHASE_CAPTURE);
  g_signal_connect (gesture, "begin", G_CALLBACK (on_pinch_begin), self);
  g_signal_connect (gesture, "scale-changed", G_CALLBACK (on_pinch_scale_changed), self);
  gtk_widget_add_controller (self->canvas, GTK_EVENT_CONTROLLER (gesture));

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  /* The legend: its own popover when there is room, else in the menu. */
  build_legend (self->legend_grid);
  legend = g_object_new (GTK_TYPE_GRID,
                         "row-spacing", 6,
                         "column-spacing", 12,
                         "margin-start", 12,
                         "margin-end", 12,
                         NULL);
  build_legend (GTK_GRID (legend));
  menu = gtk_menu_button_get_popover (self->narrow_menu_button);
  gtk_popover_menu_add_child (GTK_POPOVER_MENU (menu), legend, "legend");
}
