/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-timeline-ruler"

#include <math.h>

#include "accord-timeline-private.h"
#include "accord-timeline-ruler.h"

struct _AccordTimelineRuler
{
  GtkWidget parent_instance;

  /* (day, unit, label form) → PangoLayout: scrolling and zooming show the same labels again,
   * and laying out text is the dearest part of drawing the ruler. */
  GHashTable *layouts;
  GArray *ticks;
};

G_DEFINE_FINAL_TYPE (AccordTimelineRuler, accord_timeline_ruler, GTK_TYPE_WIDGET)

#define LABEL_PADDING 5
#define MAX_CACHED_LAYOUTS 2048

static PangoLayout *
get_layout (AccordTimelineRuler *self,
            AccordScaleUnit      unit,
            guint32              day,
            AccordScaleLabel     label)
{
  gint64 key = ((gint64) day << 8) | (unit << 4) | label;
  PangoLayout *layout = g_hash_table_lookup (self->layouts, &key);
  g_autofree char *text = NULL;
  gint64 *stored_key;

  if (layout != NULL)
    return layout;

  if (g_hash_table_size (self->layouts) >= MAX_CACHED_LAYOUTS)
    g_hash_table_remove_all (self->layouts);

  text = accord_scale_unit_format (unit, day, label);
  layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  stored_key = g_new (gint64, 1);
  *stored_key = key;
  g_hash_table_insert (self->layouts, stored_key, layout);

  return layout;
}

static int
layout_width (PangoLayout *layout)
{
  int width;

  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

static void
draw_layout (GtkSnapshot   *snapshot,
             PangoLayout   *layout,
             double         x,
             double         y,
             const GdkRGBA *color)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (round (x), round (y)));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

/* The form of a tier's labels: the long one when every label on screen has room for it, else
 * the short one, so that a tier does not mix "Mon 29" and "30". */
static AccordScaleLabel
tier_label (AccordTimelineRuler   *self,
            const AccordTimeScale *scale,
            AccordScaleUnit        unit,
            gboolean               major)
{
  AccordScaleLabel form = major ? ACCORD_SCALE_LABEL_MAJOR_LONG : ACCORD_SCALE_LABEL_MINOR_LONG;

  for (guint i = 0; i < self->ticks->len; i++)
    {
      guint32 day = g_array_index (self->ticks, guint32, i);
      double room = accord_time_scale_get_pixels_per_day (scale) *
                    (accord_scale_unit_next (unit, day) - day) - 2 * LABEL_PADDING;

      if (layout_width (get_layout (self, unit, day, form)) > room)
        return major ? ACCORD_SCALE_LABEL_MAJOR_SHORT : ACCORD_SCALE_LABEL_MINOR_SHORT;
    }

  return form;
}

/* The label in @form if it fits in @room pixels, else none. */
static PangoLayout *
fitting_layout (AccordTimelineRuler *self,
                AccordScaleUnit      unit,
                guint32              day,
                AccordScaleLabel     form,
                double               room)
{
  PangoLayout *layout = get_layout (self, unit, day, form);

  return layout_width (layout) <= room ? layout : NULL;
}

static void
accord_timeline_ruler_snapshot (GtkWidget   *widget,
                                GtkSnapshot *snapshot)
{
  AccordTimelineRuler *self = ACCORD_TIMELINE_RULER (widget);
  GtkWidget *timeline = gtk_widget_get_ancestor (widget, ACCORD_TYPE_TIMELINE);
  AccordTimeScale *scale;
  AccordScaleUnit minor, major;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  double tier = height / 2.0;
  GdkRGBA color, line;
  AccordScaleLabel form;
  int text_height;

  if (timeline == NULL || width <= 0)
    return;

  scale = _accord_timeline_get_scale (ACCORD_TIMELINE (timeline));
  minor = accord_time_scale_get_minor_unit (scale);
  major = accord_time_scale_get_major_unit (scale);

  /* gtk_widget_get_color() is GTK 4.10; this is how 4.8 reads a node's color. */
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  line = color;
  line.alpha *= 0.25f;

  pango_layout_get_pixel_size (get_layout (self, ACCORD_SCALE_UNIT_YEAR, 1,
                                           ACCORD_SCALE_LABEL_MAJOR_LONG), NULL, &text_height);

  /* The larger unit: a line across both tiers, its label kept on screen while any of the
   * unit is, as a heading that sticks to the left edge. */
  g_array_set_size (self->ticks, 0);
  accord_time_scale_collect_ticks (scale, major, self->ticks);
  form = tier_label (self, scale, major, TRUE);
  for (guint i = 0; i < self->ticks->len; i++)
    {
      guint32 day = g_array_index (self->ticks, guint32, i);
      double x = accord_time_scale_x_for_day (scale, day);
      double next = accord_time_scale_x_for_day (scale, accord_scale_unit_next (major, day));
      double left = MAX (x, 0) + LABEL_PADDING;
      PangoLayout *layout;

      if (x >= 0)
        gtk_snapshot_append_color (snapshot, &line, &GRAPHENE_RECT_INIT (floor (x), 0, 1, height));

      layout = fitting_layout (self, major, day, form, next - x - 2 * LABEL_PADDING);
      if (layout == NULL)
        continue;
      /* Pushed out by the next unit's label rather than overlapping it. */
      left = MIN (left, next - LABEL_PADDING - layout_width (layout));
      draw_layout (snapshot, layout, left, (tier - text_height) / 2.0, &color);
    }

  /* The smaller unit: short lines in the lower tier, labels centred in their unit. */
  g_array_set_size (self->ticks, 0);
  accord_time_scale_collect_ticks (scale, minor, self->ticks);
  form = tier_label (self, scale, minor, FALSE);
  for (guint i = 0; i < self->ticks->len; i++)
    {
      guint32 day = g_array_index (self->ticks, guint32, i);
      double x = accord_time_scale_x_for_day (scale, day);
      double next = accord_time_scale_x_for_day (scale, accord_scale_unit_next (minor, day));
      PangoLayout *layout;

      if (x >= 0)
        gtk_snapshot_append_color (snapshot, &line,
                                   &GRAPHENE_RECT_INIT (floor (x), tier, 1, height - tier));

      layout = fitting_layout (self, minor, day, form, next - x - 2 * LABEL_PADDING);
      if (layout != NULL)
        draw_layout (snapshot, layout, (x + next - layout_width (layout)) / 2.0,
                     tier + (height - tier - text_height) / 2.0, &color);
    }
}

static void
accord_timeline_ruler_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  AccordTimelineRuler *self = ACCORD_TIMELINE_RULER (widget);
  int text_height;

  *minimum = *natural = 0;
  if (orientation != GTK_ORIENTATION_VERTICAL)
    return;

  pango_layout_get_pixel_size (get_layout (self, ACCORD_SCALE_UNIT_YEAR, 1,
                                           ACCORD_SCALE_LABEL_MAJOR_LONG), NULL, &text_height);
  *minimum = *natural = 2 * (text_height + 2 * LABEL_PADDING);
}

static void
accord_timeline_ruler_css_changed (GtkWidget         *widget,
                                   GtkCssStyleChange *change)
{
  AccordTimelineRuler *self = ACCORD_TIMELINE_RULER (widget);

  GTK_WIDGET_CLASS (accord_timeline_ruler_parent_class)->css_changed (widget, change);

  /* The font may have changed: the layouts measure differently. */
  g_hash_table_remove_all (self->layouts);
  gtk_widget_queue_resize (widget);
}

static void
accord_timeline_ruler_finalize (GObject *object)
{
  AccordTimelineRuler *self = ACCORD_TIMELINE_RULER (object);

  g_clear_pointer (&self->layouts, g_hash_table_unref);
  g_clear_pointer (&self->ticks, g_array_unref);

  G_OBJECT_CLASS (accord_timeline_ruler_parent_class)->finalize (object);
}

static void
accord_timeline_ruler_class_init (AccordTimelineRulerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = accord_timeline_ruler_finalize;
  widget_class->snapshot = accord_timeline_ruler_snapshot;
  widget_class->measure = accord_timeline_ruler_measure;
  widget_class->css_changed = accord_timeline_ruler_css_changed;

  gtk_widget_class_set_css_name (widget_class, "timelineruler");
  /* Dates on screen only: each bar and milestone says its own dates to a screen reader. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
accord_timeline_ruler_init (AccordTimelineRuler *self)
{
  self->layouts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->ticks = g_array_new (FALSE, FALSE, sizeof (guint32));
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
}
