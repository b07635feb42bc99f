/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-timeline-body"

#include <math.h>

#include "accord-timeline-body.h"
#include "accord-timeline-private.h"

struct _AccordTimelineBody
{
  GtkWidget parent_instance;

  GArray *ticks;
};

G_DEFINE_FINAL_TYPE (AccordTimelineBody, accord_timeline_body, GTK_TYPE_WIDGET)

static void
accord_timeline_body_snapshot (GtkWidget   *widget,
                               GtkSnapshot *snapshot)
{
  AccordTimelineBody *self = ACCORD_TIMELINE_BODY (widget);
  GtkWidget *timeline = gtk_widget_get_ancestor (widget, ACCORD_TYPE_TIMELINE);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  if (timeline != NULL && width > 0 && height > 0)
    {
      AccordTimeScale *scale = _accord_timeline_get_scale (ACCORD_TIMELINE (timeline));
      AccordScaleUnit minor = accord_time_scale_get_minor_unit (scale);
      AccordScaleUnit major = accord_time_scale_get_major_unit (scale);
      double day_width = accord_time_scale_get_pixels_per_day (scale);
      GdkRGBA color, minor_line, major_line, weekend;

      /* gtk_widget_get_color() is GTK 4.10; this is how 4.8 reads a node's color. */
      gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
      minor_line = major_line = weekend = color;
      minor_line.alpha *= 0.06f;
      major_line.alpha *= 0.14f;
      weekend.alpha *= 0.04f;

      g_array_set_size (self->ticks, 0);
      accord_time_scale_collect_ticks (scale, minor, self->ticks);
      for (guint i = 0; i < self->ticks->len; i++)
        {
          guint32 day = g_array_index (self->ticks, guint32, i);
          double x = accord_time_scale_x_for_day (scale, day);

          if (minor == ACCORD_SCALE_UNIT_DAY && accord_day_is_weekend (day))
            gtk_snapshot_append_color (snapshot, &weekend,
                                       &GRAPHENE_RECT_INIT (x, 0, day_width, height));
          else if (x >= 0 && accord_scale_unit_floor (major, day) != day)
            gtk_snapshot_append_color (snapshot, &minor_line,
                                       &GRAPHENE_RECT_INIT (floor (x), 0, 1, height));
        }

      g_array_set_size (self->ticks, 0);
      accord_time_scale_collect_ticks (scale, major, self->ticks);
      for (guint i = 0; i < self->ticks->len; i++)
        {
          double x = accord_time_scale_x_for_day (scale, g_array_index (self->ticks, guint32, i));

          if (x >= 0)
            gtk_snapshot_append_color (snapshot, &major_line,
                                       &GRAPHENE_RECT_INIT (floor (x), 0, 1, height));
        }
    }

  GTK_WIDGET_CLASS (accord_timeline_body_parent_class)->snapshot (widget, snapshot);
}

static void
accord_timeline_body_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (accord_timeline_body_parent_class)->dispose (object);
}

static void
accord_timeline_body_finalize (GObject *object)
{
  AccordTimelineBody *self = ACCORD_TIMELINE_BODY (object);

  g_clear_pointer (&self->ticks, g_array_unref);

  G_OBJECT_CLASS (accord_timeline_body_parent_class)->finalize (object);
}

static void
accord_timeline_body_class_init (AccordTimelineBodyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = accord_timeline_body_dispose;
  object_class->finalize = accord_timeline_body_finalize;
  widget_class->snapshot = accord_timeline_body_snapshot;

  gtk_widget_class_set_css_name (widget_class, "timelinebody");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
accord_timeline_body_init (AccordTimelineBody *self)
{
  self->ticks = g_array_new (FALSE, FALSE, sizeof (guint32));
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
}
