/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-timeline-bar"

#include "accord-timeline-bar.h"

struct _AccordTimelineBar
{
  GtkWidget parent_instance;

  double x;
  double width;
  double soft_start;
  double soft_end;
  AccordStatus status;
};

G_DEFINE_FINAL_TYPE (AccordTimelineBar, accord_timeline_bar, GTK_TYPE_WIDGET)

/* The fill is the CSS color, lighter, so that a title reads over it in light and dark; the
 * crisp ends and a fade's strong side are the color itself. */
#define FILL_ALPHA 0.42
#define FADED_ALPHA 0.05
#define CAP_WIDTH 3.0

static const char *status_classes[] = {
  [ACCORD_STATUS_PROPOSED] = "proposed",
  [ACCORD_STATUS_PLANNED] = "planned",
  [ACCORD_STATUS_ONGOING] = "ongoing",
  [ACCORD_STATUS_COMPLETED] = "completed",
  [ACCORD_STATUS_CANCELLED] = "cancelled",
};

static GdkRGBA
with_alpha (const GdkRGBA *color,
            double         alpha)
{
  GdkRGBA result = *color;

  result.alpha *= alpha;
  return result;
}

static void
accord_timeline_bar_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  AccordTimelineBar *self = ACCORD_TIMELINE_BAR (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GdkRGBA color, fill;
  GskRoundedRect outline;
  graphene_rect_t bounds;
  graphene_rect_t whole;
  float radius;

  if (width <= 0 || height <= 0 || self->width <= 0)
    return;

  /* gtk_widget_get_color() is GTK 4.10; this is how 4.8 reads a node's color. */
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  fill = with_alpha (&color, FILL_ALPHA);

  graphene_rect_init (&bounds, 0, 0, width, height);
  graphene_rect_init (&whole, self->x, 0, self->width, height);
  radius = MIN (4.0f, self->width / 2.0f);
  gsk_rounded_rect_init_from_rect (&outline, &whole, radius);

  gtk_snapshot_push_clip (snapshot, &bounds);
  gtk_snapshot_push_rounded_clip (snapshot, &outline);

  if (self->soft_start <= 0 && self->soft_end <= 0)
    {
      gtk_snapshot_append_color (snapshot, &fill, &whole);
    }
  else
    {
      GskColorStop stops[4];
      double start = self->soft_start / self->width;
      double end = 1.0 - self->soft_end / self->width;

      stops[0].offset = 0;
      stops[0].color = self->soft_start > 0 ? with_alpha (&color, FADED_ALPHA) : fill;
      stops[1].offset = CLAMP (start, 0.0, 1.0);
      stops[1].color = fill;
      stops[2].offset = CLAMP (end, stops[1].offset, 1.0);
      stops[2].color = fill;
      stops[3].offset = 1;
      stops[3].color = self->soft_end > 0 ? with_alpha (&color, FADED_ALPHA) : fill;

      gtk_snapshot_append_linear_gradient (snapshot, &whole,
                                           &GRAPHENE_POINT_INIT (self->x, 0),
                                           &GRAPHENE_POINT_INIT (self->x + self->width, 0),
                                           stops, G_N_ELEMENTS (stops));
    }

  /* Crisp ends: the day is known. */
  if (self->soft_start <= 0 && self->width > 2 * CAP_WIDTH)
    gtk_snapshot_append_color (snapshot, &color,
                               &GRAPHENE_RECT_INIT (self->x, 0, CAP_WIDTH, height));
  if (self->soft_end <= 0 && self->width > 2 * CAP_WIDTH)
    gtk_snapshot_append_color (snapshot, &color,
                               &GRAPHENE_RECT_INIT (self->x + self->width - CAP_WIDTH, 0,
                                                    CAP_WIDTH, height));

  gtk_snapshot_pop (snapshot);
  gtk_snapshot_pop (snapshot);
}

static void
accord_timeline_bar_class_init (AccordTimelineBarClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->snapshot = accord_timeline_bar_snapshot;

  gtk_widget_class_set_css_name (widget_class, "timelinebar");
  /* The row around it names the initiative. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
accord_timeline_bar_init (AccordTimelineBar *self)
{
  self->status = ACCORD_STATUS_PLANNED;
  gtk_widget_add_css_class (GTK_WIDGET (self), status_classes[self->status]);
}

GtkWidget *
accord_timeline_bar_new (void)
{
  return g_object_new (ACCORD_TYPE_TIMELINE_BAR, NULL);
}

void
accord_timeline_bar_set_geometry (AccordTimelineBar *self,
                                  double             x,
                                  double             width,
                                  double             soft_start,
                                  double             soft_end)
{
  g_return_if_fail (ACCORD_IS_TIMELINE_BAR (self));

  if (self->x == x && self->width == width &&
      self->soft_start == soft_start && self->soft_end == soft_end)
    return;

  self->x = x;
  self->width = width;
  self->soft_start = soft_start;
  self->soft_end = soft_end;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
accord_timeline_bar_set_status (AccordTimelineBar *self,
                                AccordStatus       status)
{
  g_return_if_fail (ACCORD_IS_TIMELINE_BAR (self));
  g_return_if_fail (status < G_N_ELEMENTS (status_classes));

  if (self->status == status)
    return;

  gtk_widget_remove_css_class (GTK_WIDGET (self), status_classes[self->status]);
  self->status = status;
  gtk_widget_add_css_class (GTK_WIDGET (self), status_classes[self->status]);
}

double
accord_timeline_bar_soft_width (AccordPrecision precision,
                                double          width,
                                double          pixels_per_day)
{
  double unit_days;

  switch (precision)
    {
    case ACCORD_PRECISION_MONTH:
      unit_days = 30.44;
      break;
    case ACCORD_PRECISION_QUARTER:
      unit_days = 91.31;
      break;
    case ACCORD_PRECISION_HALF_YEAR:
      unit_days = 182.6;
      break;
    case ACCORD_PRECISION_YEAR:
    case ACCORD_PRECISION_YEARS:
      unit_days = 365.25;
      break;
    case ACCORD_PRECISION_DAY:
    case ACCORD_PRECISION_UNKNOWN:
    default:
      return 0.0;
    }

  return MIN (unit_days * pixels_per_day / 3.0, width / 3.0);
}
