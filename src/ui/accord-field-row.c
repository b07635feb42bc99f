/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-field-row"

#include <glib/gi18n.h>

#include "accord-editable-history.h"
#include "accord-editor-util.h"
#include "accord-field-row.h"

struct _AccordFieldRow
{
  AdwEntryRow parent_instance;

  AccordDocument *document;
  GObject *object;
  char *property_name;
  gulong notify_id;
  gboolean iso_date;

  /* Set while the row shows the model's value, so that doing so is not taken for an edit. */
  gboolean updating;
};

G_DEFINE_FINAL_TYPE (AccordFieldRow, accord_field_row, ADW_TYPE_ENTRY_ROW)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_OBJECT,
  PROP_PROPERTY_NAME,
  PROP_ISO_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
dup_model_value (AccordFieldRow *self)
{
  char *value = NULL;

  if (self->object == NULL || self->property_name == NULL)
    return g_strdup ("");

  g_object_get (self->object, self->property_name, &value, NULL);

  return value != NULL ? value : g_strdup ("");
}

/* The apply button shows whenever the text changes while the row has the focus, even when the
 * change is ours; turning the button off and on again hides it until the next keystroke. */
static void
hide_apply_button (AccordFieldRow *self)
{
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (self), FALSE);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (self), TRUE);
}

static void
set_invalid (AccordFieldRow *self,
             gboolean        invalid)
{
  if (invalid)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self),
                                   _("Write a day, such as “2024-01-29” "
                                     "or “29 January 2024”"));
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self), NULL);
    }

  gtk_accessible_update_state (GTK_ACCESSIBLE (self),
                               GTK_ACCESSIBLE_STATE_INVALID,
                               invalid ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

/* Escape (field.restore) takes back what was typed: the field shows the value it has. It is
 * enabled only while there is something to take back, so that otherwise the key goes on (to
 * close the search, say). */
static void
update_restore (AccordFieldRow *self)
{
  g_autofree char *value = dup_model_value (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "field.restore",
                                 g_strcmp0 (value, gtk_editable_get_text (GTK_EDITABLE (self))) != 0);
}

static void
update_from_model (AccordFieldRow *self)
{
  g_autofree char *value = dup_model_value (self);

  gtk_widget_set_sensitive (GTK_WIDGET (self), self->object != NULL);
  set_invalid (self, FALSE);

  if (g_strcmp0 (value, gtk_editable_get_text (GTK_EDITABLE (self))) == 0)
    {
      update_restore (self);
      return;
    }

  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self), value);
  /* A value longer than the field shows its start, not its end. */
  if (!accord_widget_has_focus_within (GTK_WIDGET (self)))
    gtk_editable_set_position (GTK_EDITABLE (self), 0);
  hide_apply_button (self);
  self->updating = FALSE;
}

/* "" stays empty, ISO dates stay, a single day as people write it becomes ISO; NULL otherwise. */
static char *
normalize_date (const char *text)
{
  g_autoptr(AccordPeriod) period = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  GDate date;

  if (stripped[0] == '\0')
    return g_strdup ("");

  g_date_clear (&date, 1);
  if (accord_date_from_iso (stripped, &date))
    return g_steal_pointer (&stripped);

  period = accord_period_parse (stripped, NULL, NULL);
  if (accord_period_get_precision (period) != ACCORD_PRECISION_DAY ||
      accord_period_get_start_julian (period) != accord_period_get_end_julian (period))
    return NULL;

  accord_period_get_start (period, &date);

  return accord_date_to_iso (&date);
}

void
accord_field_row_apply (AccordFieldRow *self)
{
  g_autofree char *current = NULL;
  g_autofree char *value = NULL;
  const char *text;

  g_return_if_fail (ACCORD_IS_FIELD_ROW (self));

  if (self->updating || self->object == NULL || self->document == NULL)
    return;

  text = gtk_editable_get_text (GTK_EDITABLE (self));
  current = dup_model_value (self);
  if (g_strcmp0 (text, current) == 0)
    {
      set_invalid (self, FALSE);
      accord_editable_forget_history (GTK_EDITABLE (self));
      return;
    }

  value = self->iso_date ? normalize_date (text) : g_strdup (text);
  if (value == NULL)
    {
      set_invalid (self, TRUE);
      return;
    }

  set_invalid (self, FALSE);
  accord_document_set_string (self->document, self->object, self->property_name, value);
  /* The document keeps a value equal to the one it had without notifying: show it again. */
  update_from_model (self);
  accord_editable_forget_history (GTK_EDITABLE (self));
}

static void
on_apply (AccordFieldRow *self)
{
  accord_field_row_apply (self);
}

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  AccordFieldRow *self = ACCORD_FIELD_ROW (widget);

  update_from_model (self);
  accord_editable_forget_history (GTK_EDITABLE (self));
  gtk_editable_set_position (GTK_EDITABLE (self), -1);
}

static void
on_focus_leave (AccordFieldRow *self)
{
  accord_field_row_apply (self);

  if (!gtk_widget_has_css_class (GTK_WIDGET (self), "error"))
    hide_apply_button (self);
}

static void
connect_object (AccordFieldRow *self)
{
  accord_watch_property (&self->notify_id, self->object, self->property_name,
                         G_CALLBACK (update_from_model), self);
}

AccordDocument *
accord_field_row_get_document (AccordFieldRow *self)
{
  g_return_val_if_fail (ACCORD_IS_FIELD_ROW (self), NULL);

  return self->document;
}

void
accord_field_row_set_document (AccordFieldRow *self,
                               AccordDocument *document)
{
  g_return_if_fail (ACCORD_IS_FIELD_ROW (self));
  g_return_if_fail (document == NULL || ACCORD_IS_DOCUMENT (document));

  if (g_set_object (&self->document, document))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

GObject *
accord_field_row_get_object (AccordFieldRow *self)
{
  g_return_val_if_fail (ACCORD_IS_FIELD_ROW (self), NULL);

  return self->object;
}

void
accord_field_row_set_object (AccordFieldRow *self,
                             GObject        *object)
{
  g_return_if_fail (ACCORD_IS_FIELD_ROW (self));
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
accord_field_row_get_property_name (AccordFieldRow *self)
{
  g_return_val_if_fail (ACCORD_IS_FIELD_ROW (self), NULL);

  return self->property_name;
}

void
accord_field_row_set_property_name (AccordFieldRow *self,
                                    const char     *property_name)
{
  g_return_if_fail (ACCORD_IS_FIELD_ROW (self));

  if (g_strcmp0 (self->property_name, property_name) == 0)
    return;

  g_free (self->property_name);
  self->property_name = g_strdup (property_name);

  connect_object (self);
  update_from_model (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROPERTY_NAME]);
}

gboolean
accord_field_row_get_iso_date (AccordFieldRow *self)
{
  g_return_val_if_fail (ACCORD_IS_FIELD_ROW (self), FALSE);

  return self->iso_date;
}

void
accord_field_row_set_iso_date (AccordFieldRow *self,
                               gboolean        iso_date)
{
  g_return_if_fail (ACCORD_IS_FIELD_ROW (self));

  iso_date = !!iso_date;
  if (self->iso_date == iso_date)
    return;

  self->iso_date = iso_date;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ISO_DATE]);
}

static void
accord_field_row_dispose (GObject *object)
{
  AccordFieldRow *self = ACCORD_FIELD_ROW (object);

  g_clear_signal_handler (&self->notify_id, self->object);
  g_clear_object (&self->object);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (accord_field_row_parent_class)->dispose (object);
}

static void
accord_field_row_finalize (GObject *object)
{
  AccordFieldRow *self = ACCORD_FIELD_ROW (object);

  g_free (self->property_name);

  G_OBJECT_CLASS (accord_field_row_parent_class)->finalize (object);
}

static void
accord_field_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  AccordFieldRow *self = ACCORD_FIELD_ROW (object);

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

    case PROP_ISO_DATE:
      g_value_set_boolean (value, self->iso_date);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_field_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  AccordFieldRow *self = ACCORD_FIELD_ROW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      accord_field_row_set_document (self, g_value_get_object (value));
      break;

    case PROP_OBJECT:
      accord_field_row_set_object (self, g_value_get_object (value));
      break;

    case PROP_PROPERTY_NAME:
      accord_field_row_set_property_name (self, g_value_get_string (value));
      break;

    case PROP_ISO_DATE:
      accord_field_row_set_iso_date (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_field_row_class_init (AccordFieldRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = accord_field_row_dispose;
  object_class->finalize = accord_field_row_finalize;
  object_class->get_property = accord_field_row_get_property;
  object_class->set_property = accord_field_row_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, ACCORD_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OBJECT] =
    g_param_spec_object ("object", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROPERTY_NAME] =
    g_param_spec_string ("property-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ISO_DATE] =
    g_param_spec_boolean ("iso-date", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "field.restore", NULL, restore_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "field.restore", NULL);
}

static void
accord_field_row_init (AccordFieldRow *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (self), TRUE);
  accord_entry_row_name_apply (ADW_ENTRY_ROW (self));
  gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);

  g_signal_connect (self, "apply", G_CALLBACK (on_apply), NULL);
  g_signal_connect (self, "changed", G_CALLBACK (update_restore), NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "field.restore", FALSE);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_focus_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
}

GtkWidget *
accord_field_row_new (const char *property_name,
                      const char *title)
{
  return g_object_new (ACCORD_TYPE_FIELD_ROW,
                       "property-name", property_name,
                       "title", title,
                       NULL);
}
