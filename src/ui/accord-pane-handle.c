/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-pane-handle"

#include <glib/gi18n.h>

#include "accord-pane-handle.h"

/* Wider than any detail pane needs on a large screen, and never more than leaves the list its
 * own minimum. */
#define MAXIMUM_WIDTH 960

struct _AccordPaneHandle
{
  GtkWidget parent_instance;

  AccordRecordEditor *pane;
  /* The pane's width when a drag began. */
  int drag_start_width;
};

G_DEFINE_FINAL_TYPE (AccordPaneHandle, accord_pane_handle, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PANE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static int
minimum_width (AccordPaneHandle *self)
{
  int minimum, natural;

  gtk_widget_get_size_request (GTK_WIDGET (self->pane), &minimum, NULL);
  if (minimum < 0)
    gtk_widget_measure (GTK_WIDGET (self->pane), GTK_ORIENTATION_HORIZONTAL, -1, &minimum,
                        &natural, NULL, NULL);

  return minimum;
}

/* What leaves the list, on the other side, its minimum width. */
static int
maximum_width (AccordPaneHandle *self)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self));
  int maximum = MAXIMUM_WIDTH;

  if (parent != NULL && gtk_widget_get_width (parent) > 0)
    {
      GtkWidget *list = gtk_widget_get_prev_sibling (GTK_WIDGET (self));
      int list_minimum = 0, natural;

      if (list != NULL)
        gtk_widget_measure (list, GTK_ORIENTATION_HORIZONTAL, -1, &list_minimum, &natural,
                            NULL, NULL);
      maximum = MIN (maximum, gtk_widget_get_width (parent) - gtk_widget_get_width (GTK_WIDGET (self))
                              - list_minimum);
    }

  return MAX (maximum, minimum_width (self));
}

/* The width the pane has, or asks for when it is not shown. */
static int
current_width (AccordPaneHandle *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self->pane));

  if (width <= 0)
    width = accord_record_editor_get_width (self->pane);

  return MAX (width, minimum_width (self));
}

static void
update_accessible_value (AccordPaneHandle *self)
{
  if (self->pane == NULL)
    return;

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, (double) minimum_width (self),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, (double) maximum_width (self),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, (double) current_width (self),
                                  -1);
}

static void
set_pane_width (AccordPaneHandle *self,
                int               width)
{
  width = CLAMP (width, minimum_width (self), maximum_width (self));
  accord_record_editor_set_width (self->pane, width);
  update_accessible_value (self);
}

static void
on_drag_begin (GtkGestureDrag   *gesture,
               double            x,
               double            y,
               AccordPaneHandle *self)
{
  if (self->pane == NULL)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }

  self->drag_start_width = current_width (self);
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  /* Taken hold of, it answers the arrow keys next. */
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
on_drag_update (GtkGestureDrag   *gesture,
                double            offset_x,
                double            offset_y,
                AccordPaneHandle *self)
{
  /* The pane is on the right: moving the handle left widens it, and the other way round in a
   * right-to-left language. */
  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
    offset_x = -offset_x;

  set_pane_width (self, self->drag_start_width - (int) offset_x);
}

static void
resize_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AccordPaneHandle *self = ACCORD_PANE_HANDLE (widget);
  int step = g_variant_get_int32 (parameter);

  if (self->pane == NULL)
    return;

  if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    step = -step;

  /* Beyond the ends, the end. */
  if (step == G_MAXINT32 || step == -G_MAXINT32)
    set_pane_width (self, step > 0 ? maximum_width (self) : minimum_width (self));
  else
    set_pane_width (self, current_width (self) + step);
}

static void
on_pane_width_changed (AccordPaneHandle *self)
{
  update_accessible_value (self);
}

static void
accord_pane_handle_dispose (GObject *object)
{
  AccordPaneHandle *self = ACCORD_PANE_HANDLE (object);

  accord_pane_handle_set_pane (self, NULL);

  G_OBJECT_CLASS (accord_pane_handle_parent_class)->dispose (object);
}

static void
accord_pane_handle_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  AccordPaneHandle *self = ACCORD_PANE_HANDLE (object);

  switch (prop_id)
    {
    case PROP_PANE:
      g_value_set_object (value, self->pane);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_pane_handle_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  AccordPaneHandle *self = ACCORD_PANE_HANDLE (object);

  switch (prop_id)
    {
    case PROP_PANE:
      accord_pane_handle_set_pane (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_pane_handle_class_init (AccordPaneHandleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = accord_pane_handle_dispose;
  object_class->get_property = accord_pane_handle_get_property;
  object_class->set_property = accord_pane_handle_set_property;

  properties[PROP_PANE] =
    g_param_spec_object ("pane", NULL, NULL, ACCORD_TYPE_RECORD_EDITOR,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "pane-handle.resize", "i", resize_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "pane-handle.resize", "i",
                                       ACCORD_PANE_HANDLE_STEP);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, 0, "pane-handle.resize",
                                       "i", ACCORD_PANE_HANDLE_STEP);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "pane-handle.resize", "i",
                                       -ACCORD_PANE_HANDLE_STEP);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Right, 0, "pane-handle.resize",
                                       "i", -ACCORD_PANE_HANDLE_STEP);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "pane-handle.resize", "i",
                                       G_MAXINT32);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0, "pane-handle.resize", "i",
                                       -G_MAXINT32);

  gtk_widget_class_set_css_name (widget_class, "panehandle");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_SEPARATOR);
}

static void
accord_pane_handle_init (AccordPaneHandle *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "col-resize");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), _("Drag to resize the detail pane"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Detail Pane Width"),
                                  GTK_ACCESSIBLE_PROPERTY_ORIENTATION,
                                  GTK_ORIENTATION_VERTICAL,
                                  -1);

  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
}

GtkWidget *
accord_pane_handle_new (void)
{
  return g_object_new (ACCORD_TYPE_PANE_HANDLE, NULL);
}

AccordRecordEditor *
accord_pane_handle_get_pane (AccordPaneHandle *self)
{
  g_return_val_if_fail (ACCORD_IS_PANE_HANDLE (self), NULL);

  return self->pane;
}

void
accord_pane_handle_set_pane (AccordPaneHandle   *self,
                             AccordRecordEditor *pane)
{
  g_return_if_fail (ACCORD_IS_PANE_HANDLE (self));
  g_return_if_fail (pane == NULL || ACCORD_IS_RECORD_EDITOR (pane));

  if (self->pane == pane)
    return;

  if (self->pane != NULL)
    g_signal_handlers_disconnect_by_data (self->pane, self);
  g_set_object (&self->pane, pane);
  if (pane != NULL)
    g_signal_connect_object (pane, "notify::width", G_CALLBACK (on_pane_width_changed), self,
                             G_CONNECT_SWAPPED);

  update_accessible_value (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PANE]);
}
