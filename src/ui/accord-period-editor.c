/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-period-editor"

#include <glib/gi18n.h>

#include "accord-editable-history.h"
#include "accord-editor-util.h"
#include "accord-period-editor.h"

struct _AccordPeriodEditor
{
  AdwPreferencesGroup parent_instance;

  AccordDocument *document;
  GObject *object;
  char *property_name;
  gulong notify_id;

  /* Set while the entry shows the model's text, so that doing so is not taken for an edit. */
  gboolean updating;

  AdwEntryRow *entry_row;
  AdwActionRow *feedback_row;
  GtkImage *feedback_icon;
  GtkMenuButton *calendar_button;
  GtkCalendar *calendar;
};

#define UI_RESOURCE "/io/github/accordapp/Accord/ui/accord-period-editor.ui"

G_DEFINE_FINAL_TYPE (AccordPeriodEditor, accord_period_editor, ADW_TYPE_PREFERENCES_GROUP)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_OBJECT,
  PROP_PROPERTY_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Never NULL once there is an object: records keep an unknown period for "no date". */
static AccordPeriod *
dup_model_period (AccordPeriodEditor *self)
{
  AccordPeriod *period = NULL;

  if (self->object == NULL || self->property_name == NULL)
    return NULL;

  g_object_get (self->object, self->property_name, &period, NULL);

  return period;
}

/* A day or month written without a year takes the year of the period already there, or else
 * this year. */
static void
get_reference_date (AccordPeriodEditor *self,
                    GDate              *date)
{
  g_autoptr(AccordPeriod) period = dup_model_period (self);

  g_date_clear (date, 1);
  if (period == NULL || !accord_period_get_start (period, date))
    g_date_set_time_t (date, time (NULL));
}

static AccordPeriod *
parse_entry (AccordPeriodEditor  *self,
             GError             **error)
{
  GDate reference;

  get_reference_date (self, &reference);

  return accord_period_parse (gtk_editable_get_text (GTK_EDITABLE (self->entry_row)),
                              &reference, error);
}

static void
show_feedback (AccordPeriodEditor *self,
               const char         *title,
               const char         *subtitle,
               const char         *icon_name,
               const char         *icon_class)
{
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->feedback_row), title);
  adw_action_row_set_subtitle (self->feedback_row, subtitle);

  gtk_image_set_from_icon_name (self->feedback_icon, icon_name);
  gtk_widget_set_visible (GTK_WIDGET (self->feedback_icon), icon_name != NULL);
  gtk_widget_remove_css_class (GTK_WIDGET (self->feedback_icon), "success");
  gtk_widget_remove_css_class (GTK_WIDGET (self->feedback_icon), "warning");
  if (icon_class != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->feedback_icon), icon_class);

  /* Read with the entry, so that a screen reader tells what was understood. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry_row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  subtitle != NULL ? subtitle : title,
                                  -1);
}

/* What the entry means: the stored period when the text is the stored one (a day picked in
 * the calendar keeps its dates whatever the language of its text), else the text parsed. */
static void
update_feedback (AccordPeriodEditor *self)
{
  g_autoptr(AccordPeriod) model = dup_model_period (self);
  g_autoptr(AccordPeriod) period = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dates = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry_row));

  if (model != NULL && accord_period_is_known (model) &&
      g_strcmp0 (text, accord_period_get_text (model)) == 0)
    period = g_steal_pointer (&model);
  else
    period = parse_entry (self, &error);

  dates = accord_period_format_dates (period);

  if (dates != NULL)
    show_feedback (self,
                   /* Translators: above the dates a period was read as, "1 July – 30 September
                    * 2024" for "Q3 2024" */
                   C_("period", "Understood as"), dates, "emblem-ok-symbolic", "success");
  else if (g_error_matches (error, ACCORD_PERIOD_ERROR, ACCORD_PERIOD_ERROR_EMPTY))
    show_feedback (self, error->message, NULL, NULL, NULL);
  else
    show_feedback (self,
                   /* Translators: above the reason why a date or period could not be read */
                   C_("period", "Not understood"),
                   error != NULL ? error->message : NULL,
                   "dialog-warning-symbolic", "warning");
}

static void
hide_apply_button (AccordPeriodEditor *self)
{
  adw_entry_row_set_show_apply_button (self->entry_row, FALSE);
  adw_entry_row_set_show_apply_button (self->entry_row, TRUE);
}

static void
update_from_model (AccordPeriodEditor *self)
{
  g_autoptr(AccordPeriod) period = dup_model_period (self);
  const char *text = period != NULL ? accord_period_get_text (period) : "";

  gtk_widget_set_sensitive (GTK_WIDGET (self), period != NULL);

  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (self->entry_row))) != 0)
    {
      self->updating = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->entry_row), text);
      hide_apply_button (self);
      self->updating = FALSE;
    }

  update_feedback (self);
}

static void
set_period (AccordPeriodEditor *self,
            AccordPeriod       *period)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, ACCORD_TYPE_PERIOD);
  g_value_set_boxed (&value, period);
  accord_document_set_value (self->document, self->object, self->property_name, &value, NULL);
}

/* Text that is not understood is kept all the same, as a period of unknown precision: Accord
 * never loses what the source said. */
static void
apply_entry (AccordPeriodEditor *self)
{
  g_autoptr(AccordPeriod) model = NULL;
  g_autoptr(AccordPeriod) period = NULL;
  const char *text;

  if (self->updating || self->document == NULL || (model = dup_model_period (self)) == NULL)
    return;

  text = gtk_editable_get_text (GTK_EDITABLE (self->entry_row));
  if (!accord_period_is_known (model) || g_strcmp0 (text, accord_period_get_text (model)) != 0)
    {
      period = parse_entry (self, NULL);
      set_period (self, period);
      update_feedback (self);
    }

  accord_editable_forget_history (GTK_EDITABLE (self->entry_row));
}

static void
on_entry_changed (AccordPeriodEditor *self)
{
  if (!self->updating)
    update_feedback (self);
}

static void
on_entry_apply (AccordPeriodEditor *self)
{
  apply_entry (self);
}

static void
on_entry_focus_leave (AccordPeriodEditor *self)
{
  apply_entry (self);
  hide_apply_button (self);
}

static void
on_calendar_popover_show (AccordPeriodEditor *self)
{
  g_autoptr(AccordPeriod) period = dup_model_period (self);
  g_autoptr(GDateTime) date_time = NULL;
  GDate date;

  g_date_clear (&date, 1);
  if (period != NULL && accord_period_get_start (period, &date))
    date_time = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                       g_date_get_day (&date), 0, 0, 0);
  else
    date_time = g_date_time_new_now_local ();

  gtk_calendar_select_day (self->calendar, date_time);
}

/* The day chosen in the calendar, written the way the UI language writes a day. */
static void
set_day_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  AccordPeriodEditor *self = ACCORD_PERIOD_EDITOR (widget);
  g_autoptr(GDateTime) date_time = gtk_calendar_get_date (self->calendar);
  g_autoptr(AccordPeriod) period = NULL;
  g_autofree char *text = NULL;
  GDate date;

  gtk_menu_button_popdown (self->calendar_button);

  if (self->document == NULL || self->object == NULL)
    return;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (date_time),
                  g_date_time_get_month (date_time), g_date_time_get_year (date_time));

  /* The same pattern as the dates shown everywhere else. */
  text = g_date_time_format (date_time, C_("date", "%-d %B %Y"));
  if (text == NULL)
    text = accord_date_to_iso (&date);

  period = accord_period_new (text, ACCORD_PRECISION_DAY, &date, &date);
  set_period (self, period);
}

static void
connect_object (AccordPeriodEditor *self)
{
  accord_watch_property (&self->notify_id, self->object, self->property_name,
                         G_CALLBACK (update_from_model), self);
}

AccordDocument *
accord_period_editor_get_document (AccordPeriodEditor *self)
{
  g_return_val_if_fail (ACCORD_IS_PERIOD_EDITOR (self), NULL);

  return self->document;
}

void
accord_period_editor_set_document (AccordPeriodEditor *self,
                                   AccordDocument     *document)
{
  g_return_if_fail (ACCORD_IS_PERIOD_EDITOR (self));
  g_return_if_fail (document == NULL || ACCORD_IS_DOCUMENT (document));

  if (g_set_object (&self->document, document))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

GObject *
accord_period_editor_get_object (AccordPeriodEditor *self)
{
  g_return_val_if_fail (ACCORD_IS_PERIOD_EDITOR (self), NULL);

  return self->object;
}

void
accord_period_editor_set_object (AccordPeriodEditor *self,
                                 GObject            *object)
{
  g_return_if_fail (ACCORD_IS_PERIOD_EDITOR (self));
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
accord_period_editor_get_property_name (AccordPeriodEditor *self)
{
  g_return_val_if_fail (ACCORD_IS_PERIOD_EDITOR (self), NULL);

  return self->property_name;
}

void
accord_period_editor_set_property_name (AccordPeriodEditor *self,
                                        const char         *property_name)
{
  g_return_if_fail (ACCORD_IS_PERIOD_EDITOR (self));

  if (g_strcmp0 (self->property_name, property_name) == 0)
    return;

  g_free (self->property_name);
  self->property_name = g_strdup (property_name);
  connect_object (self);
  update_from_model (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROPERTY_NAME]);
}

static void
accord_period_editor_dispose (GObject *object)
{
  AccordPeriodEditor *self = ACCORD_PERIOD_EDITOR (object);

  g_clear_signal_handler (&self->notify_id, self->object);
  g_clear_object (&self->object);
  g_clear_object (&self->document);
  gtk_widget_dispose_template (GTK_WIDGET (self), ACCORD_TYPE_PERIOD_EDITOR);

  G_OBJECT_CLASS (accord_period_editor_parent_class)->dispose (object);
}

static void
accord_period_editor_finalize (GObject *object)
{
  AccordPeriodEditor *self = ACCORD_PERIOD_EDITOR (object);

  g_free (self->property_name);

  G_OBJECT_CLASS (accord_period_editor_parent_class)->finalize (object);
}

static void
accord_period_editor_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  AccordPeriodEditor *self = ACCORD_PERIOD_EDITOR (object);

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
accord_period_editor_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  AccordPeriodEditor *self = ACCORD_PERIOD_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      accord_period_editor_set_document (self, g_value_get_object (value));
      break;

    case PROP_OBJECT:
      accord_period_editor_set_object (self, g_value_get_object (value));
      break;

    case PROP_PROPERTY_NAME:
      accord_period_editor_set_property_name (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_period_editor_class_init (AccordPeriodEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = accord_period_editor_dispose;
  object_class->finalize = accord_period_editor_finalize;
  object_class->get_property = accord_period_editor_get_property;
  object_class->set_property = accord_period_editor_set_property;

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
  gtk_widget_class_bind_template_child (widget_class, AccordPeriodEditor, entry_row);
  gtk_widget_class_bind_template_child (widget_class, AccordPeriodEditor, feedback_row);
  gtk_widget_class_bind_template_child (widget_class, AccordPeriodEditor, feedback_icon);
  gtk_widget_class_bind_template_child (widget_class, AccordPeriodEditor, calendar_button);
  gtk_widget_class_bind_template_child (widget_class, AccordPeriodEditor, calendar);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_popover_show);

  gtk_widget_class_install_action (widget_class, "period.set-day", NULL, set_day_activated);
}

static void
accord_period_editor_init (AccordPeriodEditor *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_entry_focus_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self->entry_row), focus);

  update_from_model (self);
}
