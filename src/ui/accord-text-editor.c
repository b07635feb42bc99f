/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-text-editor"

#include "accord-editor-util.h"
#include "accord-text-editor.h"

struct _AccordTextEditor
{
  AdwPreferencesGroup parent_instance;

  AccordDocument *document;
  GObject *object;
  char *property_name;
  gulong notify_id;

  /* Set while the view shows the model's text, so that doing so is not taken for an edit. */
  gboolean updating;

  GtkTextView *text_view;
};

#define UI_RESOURCE "/io/github/accordapp/Accord/ui/accord-text-editor.ui"

G_DEFINE_FINAL_TYPE (AccordTextEditor, accord_text_editor, ADW_TYPE_PREFERENCES_GROUP)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_OBJECT,
  PROP_PROPERTY_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
dup_model_value (AccordTextEditor *self)
{
  char *value = NULL;

  if (self->object == NULL || self->property_name == NULL)
    return g_strdup ("");

  g_object_get (self->object, self->property_name, &value, NULL);

  return value != NULL ? value : g_strdup ("");
}

static char *
dup_buffer_text (AccordTextEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
}

static void
update_from_model (AccordTextEditor *self)
{
  g_autofree char *value = dup_model_value (self);
  g_autofree char *text = dup_buffer_text (self);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);

  gtk_widget_set_sensitive (GTK_WIDGET (self), self->object != NULL);

  if (g_strcmp0 (value, text) == 0)
    return;

  self->updating = TRUE;
  gtk_text_buffer_set_text (buffer, value, -1);
  self->updating = FALSE;
}

void
accord_text_editor_apply (AccordTextEditor *self)
{
  g_autofree char *value = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (ACCORD_IS_TEXT_EDITOR (self));

  if (self->updating || self->object == NULL || self->document == NULL)
    return;

  value = dup_model_value (self);
  text = dup_buffer_text (self);
  if (g_strcmp0 (value, text) != 0)
    accord_document_set_string (self->document, self->object, self->property_name, text);
}

static void
on_focus_leave (AccordTextEditor *self)
{
  accord_text_editor_apply (self);
}

/* The text view is named by the group's title. */
static void
on_title_changed (AccordTextEditor *self)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (self)),
                                  -1);
}

static void
connect_object (AccordTextEditor *self)
{
  accord_watch_property (&self->notify_id, self->object, self->property_name,
                         G_CALLBACK (update_from_model), self);
}

AccordDocument *
accord_text_editor_get_document (AccordTextEditor *self)
{
  g_return_val_if_fail (ACCORD_IS_TEXT_EDITOR (self), NULL);

  return self->document;
}

void
accord_text_editor_set_document (AccordTextEditor *self,
                                 AccordDocument   *document)
{
  g_return_if_fail (ACCORD_IS_TEXT_EDITOR (self));
  g_return_if_fail (document == NULL || ACCORD_IS_DOCUMENT (document));

  if (g_set_object (&self->document, document))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

GObject *
accord_text_editor_get_object (AccordTextEditor *self)
{
  g_return_val_if_fail (ACCORD_IS_TEXT_EDITOR (self), NULL);

  return self->object;
}

void
accord_text_editor_set_object (AccordTextEditor *self,
                               GObject          *object)
{
  g_return_if_fail (ACCORD_IS_TEXT_EDITOR (self));
  g_return_if_fail (object == NULL || G_IS_OBJECT (object));

  if (self->object == object)
    return;

  g_clear_signal_handler (&self->notify_id, self->object);
  g_set_object (&self->object, object);
  connect_object (self);
  update_from_model (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OBJECT]);
}

const char *
accord_text_editor_get_property_name (AccordTextEditor *self)
{
  g_return_val_if_fail (ACCORD_IS_TEXT_EDITOR (self), NULL);

  return self->property_name;
}

void
accord_text_editor_set_property_name (AccordTextEditor *self,
                                      const char       *property_name)
{
  g_return_if_fail (ACCORD_IS_TEXT_EDITOR (self));

  if (g_strcmp0 (self->property_name, property_name) == 0)
    return;

  g_free (self->property_name);
  self->property_name = g_strdup (property_name);
  connect_object (self);
  update_from_model (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROPERTY_NAME]);
}

GtkTextView *
accord_text_editor_get_text_view (AccordTextEditor *self)
{
  g_return_val_if_fail (ACCORD_IS_TEXT_EDITOR (self), NULL);

  return self->text_view;
}

static void
accord_text_editor_dispose (GObject *object)
{
  AccordTextEditor *self = ACCORD_TEXT_EDITOR (object);

  g_clear_signal_handler (&self->notify_id, self->object);
  g_clear_object (&self->object);
  g_clear_object (&self->document);
  gtk_widget_dispose_template (GTK_WIDGET (self), ACCORD_TYPE_TEXT_EDITOR);

  G_OBJECT_CLASS (accord_text_editor_parent_class)->dispose (object);
}

static void
accord_text_editor_finalize (GObject *object)
{
  AccordTextEditor *self = ACCORD_TEXT_EDITOR (object);

  g_free (self->property_name);

  G_OBJECT_CLASS (accord_text_editor_parent_class)->finalize (object);
}

static void
accord_text_editor_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  AccordTextEditor *self = ACCORD_TEXT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_OBJECT:
      g_value_set_object (value, self->object);
      break;

    case PROP_PROPERTY_NAME:
      g_value_set_string (value, self->property_name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_text_editor_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  AccordTextEditor *self = ACCORD_TEXT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      accord_text_editor_set_document (self, g_value_get_object (value));
      break;

    case PROP_OBJECT:
      accord_text_editor_set_object (self, g_value_get_object (value));
      break;

    case PROP_PROPERTY_NAME:
      accord_text_editor_set_property_name (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_text_editor_class_init (AccordTextEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = accord_text_editor_dispose;
  object_class->finalize = accord_text_editor_finalize;
  object_class->get_property = accord_text_editor_get_property;
  object_class->set_property = accord_text_editor_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, ACCORD_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OBJECT] =
    g_param_spec_object ("object", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROPERTY_NAME] =
    g_param_spec_string ("property-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, UI_RESOURCE);
  gtk_widget_class_bind_template_child (widget_class, AccordTextEditor, text_view);
}

static void
accord_text_editor_init (AccordTextEditor *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_focus_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), focus);
  g_signal_connect (self, "notify::title", G_CALLBACK (on_title_changed), NULL);

  update_from_model (self);
}
