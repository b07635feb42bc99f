/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-timeline-milestone"

#include <glib/gi18n-lib.h>

#include "accord-timeline-milestone.h"
#include "accord-timeline-private.h"
#include "accord-timeline-text.h"

struct _AccordTimelineMilestone
{
  GtkWidget parent_instance;

  AccordMeeting *meeting;
  guint count;
};

G_DEFINE_FINAL_TYPE (AccordTimelineMilestone, accord_timeline_milestone, GTK_TYPE_WIDGET)

static void
accord_timeline_milestone_snapshot (GtkWidget   *widget,
                                    GtkSnapshot *snapshot)
{
  AccordTimelineMilestone *self = ACCORD_TIMELINE_MILESTONE (widget);
  float width = gtk_widget_get_width (widget);
  float height = gtk_widget_get_height (widget);
  float side = MIN (width, height) / G_SQRT2;
  graphene_rect_t square = GRAPHENE_RECT_INIT (-side / 2, -side / 2, side, side);
  GdkRGBA color;

  if (self->meeting == NULL || side <= 0)
    return;

  /* gtk_widget_get_color() is GTK 4.10; this is how 4.8 reads a node's color. */
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (width / 2, height / 2));
  gtk_snapshot_rotate (snapshot, 45);

  if (gtk_widget_has_css_class (widget, "approximate"))
    {
      GskRoundedRect outline;
      const float widths[4] = { 2, 2, 2, 2 };
      const GdkRGBA colors[4] = { color, color, color, color };

      gsk_rounded_rect_init_from_rect (&outline, &square, 0);
      gtk_snapshot_append_border (snapshot, &outline, widths, colors);
    }
  else
    {
      gtk_snapshot_append_color (snapshot, &color, &square);
    }

  gtk_snapshot_restore (snapshot);

  /* Several meetings in one place: a second diamond behind says so. */
  if (self->count > 1)
    {
      GdkRGBA shade = color;

      shade.alpha *= 0.45f;
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (width / 2 + 4, height / 2));
      gtk_snapshot_rotate (snapshot, 45);
      gtk_snapshot_append_color (snapshot, &shade,
                                 &GRAPHENE_RECT_INIT (-side / 4, -side / 4, side / 2, side / 2));
      gtk_snapshot_restore (snapshot);
    }
}

static gboolean
accord_timeline_milestone_query_tooltip (GtkWidget  *widget,
                                         int         x,
                                         int         y,
                                         gboolean    keyboard,
                                         GtkTooltip *tooltip)
{
  AccordTimelineMilestone *self = ACCORD_TIMELINE_MILESTONE (widget);
  g_autofree char *markup = NULL;

  if (self->meeting == NULL)
    return FALSE;

  markup = accord_timeline_meeting_tooltip (self->meeting);
  if (self->count > 1)
    {
      g_autofree char *single = g_steal_pointer (&markup);
      g_autofree char *more = NULL;
      g_autofree char *escaped = NULL;

      /* Translators: the last line of the tooltip of a milestone that stands for several
       * meetings too close to draw apart: %u is how many more */
      more = g_strdup_printf (ngettext ("And %u more meeting nearby; zoom in to see it",
                                        "And %u more meetings nearby; zoom in to see them",
                                        self->count - 1),
                              self->count - 1);
      escaped = g_markup_escape_text (more, -1);
      markup = g_strconcat (single, "\n", escaped, NULL);
    }
  gtk_tooltip_set_markup (tooltip, markup);
  return TRUE;
}

static void
on_click_released (GtkGestureClick         *gesture,
                   int                      n_press,
                   double                   x,
                   double                   y,
                   AccordTimelineMilestone *self)
{
  GtkWidget *timeline = gtk_widget_get_ancestor (GTK_WIDGET (self), ACCORD_TYPE_TIMELINE);

  if (self->meeting == NULL || timeline == NULL)
    return;

  _accord_timeline_select_record (ACCORD_TIMELINE (timeline), ACCORD_RECORD (self->meeting));
  if (n_press == 2
      && accord_timeline_get_selected (ACCORD_TIMELINE (timeline)) == ACCORD_RECORD (self->meeting))
    g_signal_emit_by_name (timeline, "activated", self->meeting);
}

static void
accord_timeline_milestone_dispose (GObject *object)
{
  AccordTimelineMilestone *self = ACCORD_TIMELINE_MILESTONE (object);

  g_clear_object (&self->meeting);

  G_OBJECT_CLASS (accord_timeline_milestone_parent_class)->dispose (object);
}

static void
accord_timeline_milestone_class_init (AccordTimelineMilestoneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = accord_timeline_milestone_dispose;
  widget_class->snapshot = accord_timeline_milestone_snapshot;
  widget_class->query_tooltip = accord_timeline_milestone_query_tooltip;

  gtk_widget_class_set_css_name (widget_class, "timelinemilestone");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
accord_timeline_milestone_init (AccordTimelineMilestone *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  g_signal_connect (click, "released", G_CALLBACK (on_click_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
}

GtkWidget *
accord_timeline_milestone_new (void)
{
  return g_object_new (ACCORD_TYPE_TIMELINE_MILESTONE, NULL);
}

AccordMeeting *
accord_timeline_milestone_get_meeting (AccordTimelineMilestone *self)
{
  g_return_val_if_fail (ACCORD_IS_TIMELINE_MILESTONE (self), NULL);

  return self->meeting;
}

void
accord_timeline_milestone_update (AccordTimelineMilestone *self)
{
  g_autofree char *label = NULL;
  const AccordPeriod *when;

  g_return_if_fail (ACCORD_IS_TIMELINE_MILESTONE (self));

  if (self->meeting == NULL)
    return;

  when = accord_meeting_get_when (self->meeting);
  if (accord_period_get_precision (when) == ACCORD_PRECISION_DAY)
    gtk_widget_remove_css_class (GTK_WIDGET (self), "approximate");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self), "approximate");

  label = accord_timeline_meeting_label (self->meeting);
  if (self->count > 1)
    {
      g_autofree char *single = g_steal_pointer (&label);

      /* Translators: how a screen reader reads a milestone that stands for several meetings:
       * %1$s is the first meeting as it is read alone, %2$u how many more */
      label = g_strdup_printf (ngettext ("%1$s, and %2$u more meeting",
                                         "%1$s, and %2$u more meetings", self->count - 1),
                               single, self->count - 1);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
accord_timeline_milestone_set_meeting (AccordTimelineMilestone *self,
                                       AccordMeeting           *meeting,
                                       guint                    count)
{
  g_return_if_fail (ACCORD_IS_TIMELINE_MILESTONE (self));
  g_return_if_fail (meeting == NULL || ACCORD_IS_MEETING (meeting));

  if (self->meeting == meeting && self->count == count)
    return;

  g_set_object (&self->meeting, meeting);
  self->count = count;
  accord_timeline_milestone_update (self);
}

double
accord_timeline_milestone_day (AccordMeeting *meeting)
{
  const AccordPeriod *when = accord_meeting_get_when (meeting);

  return (accord_period_get_start_julian (when) + accord_period_get_end_julian (when) + 1) / 2.0;
}
