/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-timeline-lane"

#include <glib/gi18n-lib.h>

#include "accord-timeline-lane.h"
#include "accord-timeline-milestone.h"
#include "accord-timeline-private.h"

struct _AccordTimelineLane
{
  GtkWidget parent_instance;

  /* AccordTimelineMilestone: the first n_shown are on screen, the rest wait hidden. */
  GPtrArray *milestones;
  guint n_shown;
};

G_DEFINE_FINAL_TYPE (AccordTimelineLane, accord_timeline_lane, GTK_TYPE_WIDGET)

#define MILESTONE_SIZE 16
/* Milestones closer than this share one. */
#define MIN_GAP 18.0
/* A long meeting that started this many days before the view may still end in it. */
#define LOOK_BEHIND 400.0

/* The first meeting of @meetings (by start) that starts on or after @day. */
static guint
lower_bound (GPtrArray *meetings,
             double     day)
{
  guint low = 0, high = meetings->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      AccordMeeting *meeting = g_ptr_array_index (meetings, middle);

      if (accord_period_get_start_julian (accord_meeting_get_when (meeting)) < day)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

static AccordTimelineMilestone *
milestone_at (AccordTimelineLane *self,
              guint               index)
{
  while (self->milestones->len <= index)
    {
      GtkWidget *milestone = accord_timeline_milestone_new ();

      gtk_widget_set_parent (milestone, GTK_WIDGET (self));
      g_ptr_array_add (self->milestones, milestone);
    }

  return g_ptr_array_index (self->milestones, index);
}

static void
accord_timeline_lane_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  AccordTimelineLane *self = ACCORD_TIMELINE_LANE (widget);
  GtkWidget *timeline = gtk_widget_get_ancestor (widget, ACCORD_TYPE_TIMELINE);
  AccordTimeScale *scale;
  AccordTimelineRows *rows;
  GPtrArray *meetings;
  double last_day;
  guint n = 0;
  guint i;

  if (timeline == NULL)
    return;

  scale = _accord_timeline_get_scale (ACCORD_TIMELINE (timeline));
  rows = _accord_timeline_get_rows (ACCORD_TIMELINE (timeline));
  meetings = accord_timeline_rows_get_milestones (rows);
  last_day = accord_time_scale_day_for_x (scale, width + MILESTONE_SIZE);

  /* Each step places one milestone and leaps, by a binary search, past the meetings it
   * stands for: the cost is that of the milestones on screen, not of the meetings. */
  i = lower_bound (meetings, accord_time_scale_day_for_x (scale, -MILESTONE_SIZE) - LOOK_BEHIND);
  while (i < meetings->len)
    {
      AccordMeeting *meeting = g_ptr_array_index (meetings, i);
      double x = accord_time_scale_x_for_day (scale, accord_timeline_milestone_day (meeting));
      AccordTimelineMilestone *milestone;
      guint next;

      if (accord_period_get_start_julian (accord_meeting_get_when (meeting)) > last_day)
        break;

      if (x < -MILESTONE_SIZE)
        {
          i++;
          continue;
        }

      next = MAX (lower_bound (meetings, accord_time_scale_day_for_x (scale, x + MIN_GAP)), i + 1);
      milestone = milestone_at (self, n++);
      accord_timeline_milestone_set_meeting (milestone, meeting, next - i);
      gtk_widget_set_visible (GTK_WIDGET (milestone), TRUE);
      if (_accord_timeline_is_selected (ACCORD_TIMELINE (timeline), ACCORD_RECORD (meeting)))
        gtk_widget_set_state_flags (GTK_WIDGET (milestone), GTK_STATE_FLAG_SELECTED, FALSE);
      else
        gtk_widget_unset_state_flags (GTK_WIDGET (milestone), GTK_STATE_FLAG_SELECTED);
      gtk_widget_size_allocate (GTK_WIDGET (milestone),
                                &(GtkAllocation) { x - MILESTONE_SIZE / 2.0,
                                                   (height - MILESTONE_SIZE) / 2,
                                                   MILESTONE_SIZE, MILESTONE_SIZE }, -1);
      i = next;
    }

  for (guint j = n; j < self->milestones->len; j++)
    gtk_widget_set_visible (g_ptr_array_index (self->milestones, j), FALSE);
  self->n_shown = n;
}

static void
accord_timeline_lane_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  *minimum = *natural = orientation == GTK_ORIENTATION_VERTICAL ? MILESTONE_SIZE + 8 : 0;
}

static void
accord_timeline_lane_dispose (GObject *object)
{
  AccordTimelineLane *self = ACCORD_TIMELINE_LANE (object);

  if (self->milestones != NULL)
    {
      for (guint i = 0; i < self->milestones->len; i++)
        gtk_widget_unparent (g_ptr_array_index (self->milestones, i));
      g_clear_pointer (&self->milestones, g_ptr_array_unref);
    }

  G_OBJECT_CLASS (accord_timeline_lane_parent_class)->dispose (object);
}

static void
accord_timeline_lane_class_init (AccordTimelineLaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = accord_timeline_lane_dispose;
  widget_class->size_allocate = accord_timeline_lane_size_allocate;
  widget_class->measure = accord_timeline_lane_measure;

  gtk_widget_class_set_css_name (widget_class, "timelinelane");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
accord_timeline_lane_init (AccordTimelineLane *self)
{
  self->milestones = g_ptr_array_new ();
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  /* Translators: the lane of meetings at the top of the
                                   * timeline, as a screen reader names it */
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Meetings"),
                                  -1);
}

GPtrArray *
accord_timeline_lane_get_milestones (AccordTimelineLane *self)
{
  GPtrArray *shown;

  g_return_val_if_fail (ACCORD_IS_TIMELINE_LANE (self), NULL);

  shown = g_ptr_array_new ();
  for (guint i = 0; i < self->n_shown; i++)
    g_ptr_array_add (shown, g_ptr_array_index (self->milestones, i));

  return shown;
}

void
accord_timeline_lane_update (AccordTimelineLane *self)
{
  g_return_if_fail (ACCORD_IS_TIMELINE_LANE (self));

  for (guint i = 0; i < self->n_shown; i++)
    accord_timeline_milestone_update (g_ptr_array_index (self->milestones, i));
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}
