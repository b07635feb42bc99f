/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-enum-row"

#include "accord-editor-util.h"
#include "accord-enum-row.h"
#include "accord-enum-types.h"

struct _AccordEnumRow
{
  AdwComboRow parent_instance;

  AccordDocument *document;
  GObject *object;
  char *property_name;
  gulong notify_id;

  /* The values in the order of the model's labels. */
  GEnumClass *enum_class;

  /* Set while the row shows the model's value, so that doing so is not taken for a choice. */
  gboolean updating;
};

G_DEFINE_FINAL_TYPE (AccordEnumRow, accord_enum_row, ADW_TYPE_COMBO_ROW)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_OBJECT,
  PROP_PROPERTY_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
label_for_value (GType enum_type,
                 int   value)
{
  if (enum_type == ACCORD_TYPE_MEETING_FORMAT)
    return accord_meeting_format_to_label (value);
  if (enum_type == ACCORD_TYPE_MEETING_KIND)
    return accord_meeting_kind_to_label (value);
  if (enum_type == ACCORD_TYPE_STATUS)
    return accord_status_to_label (value);

  g_return_val_if_reached (NULL);
}

static GParamSpec *
find_pspec (AccordEnumRow *self)
{
  GParamSpec *pspec;

  if (self->object == NULL || self->property_name == NULL)
    return NULL;

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self->object), self->property_name);
  g_return_val_if_fail (G_IS_PARAM_SPEC_ENUM (pspec), NULL);

  return pspec;
}

/* Labels for every value of the property's type; built again only when the type changes. */
static void
update_choices (AccordEnumRow *self,
                GParamSpec    *pspec)
{
  g_autoptr(GtkStringList) labels = NULL;

  if (pspec == NULL ||
      (self->enum_class != NULL && G_TYPE_FROM_CLASS (self->enum_class) == pspec->value_type))
    return;

  g_clear_pointer (&self->enum_class, g_type_class_unref);
  self->enum_class = g_type_class_ref (pspec->value_type);

  labels = gtk_string_list_new (NULL);
  for (guint i = 0; i < self->enum_class->n_values; i++)
    gtk_string_list_append (labels, label_for_value (pspec->value_type,
                                                     self->enum_class->values[i].value));

  self->updating = TRUE;
  adw_combo_row_set_model (ADW_COMBO_ROW (self), G_LIST_MODEL (labels));
  self->updating = FALSE;
}

static void
update_from_model (AccordEnumRow *self)
{
  GParamSpec *pspec = find_pspec (self);
  guint position = GTK_INVALID_LIST_POSITION;

  update_choices (self, pspec);

  if (pspec != NULL)
    {
      g_auto(GValue) value = G_VALUE_INIT;
      int current;

      g_value_init (&value, pspec->value_type);
      g_object_get_property (self->object, self->property_name, &value);
      current = g_value_get_enum (&value);

      for (guint i = 0; i < self->enum_class->n_values; i++)
        {
          if (self->enum_class->values[i].value == current)
            position = i;
        }
    }

  self->updating = TRUE;
  adw_combo_row_set_selected (ADW_COMBO_ROW (self), position);
  self->updating = FALSE;

  gtk_widget_set_sensitive (GTK_WIDGET (self), pspec != NULL);
}

static void
on_selected_changed (AccordEnumRow *self)
{
  GParamSpec *pspec;
  guint position;
  g_auto(GValue) value = G_VALUE_INIT;

  if (self->updating || self->document == NULL)
    return;

  pspec = find_pspec (self);
  position = adw_combo_row_get_selected (ADW_COMBO_ROW (self));
  if (pspec == NULL || position >= self->enum_class->n_values)
    return;

  g_value_init (&value, pspec->value_type);
  g_value_set_enum (&value, self->enum_class->values[position].value);
  accord_document_set_value (self->document, self->object, self->property_name, &value, NULL);
}

static void
connect_object (AccordEnumRow *self)
{
  accord_watch_property (&self->notify_id, self->object, self->property_name,
                         G_CALLBACK (update_from_model), self);
}

AccordDocument *
accord_enum_row_get_document (AccordEnumRow *self)
{
  g_return_val_if_fail (ACCORD_IS_ENUM_ROW (self), NULL);

  return self->document;
}

void
accord_enum_row_set_document (AccordEnumRow  *self,
                              AccordDocument *document)
{
  g_return_if_fail (ACCORD_IS_ENUM_ROW (self));
  g_return_if_fail (document == NULL || ACCORD_IS_DOCUMENT (document));

  if (g_set_object (&self->document, document))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

GObject *
accord_enum_row_get_object (AccordEnumRow *self)
{
  g_return_val_if_fail (ACCORD_IS_ENUM_ROW (self), NULL);

  return self->object;
}

void
accord_enum_row_set_object (AccordEnumRow *self,
                            GObject       *object)
{
  g_return_if_fail (ACCORD_IS_ENUM_ROW (self));
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
accord_enum_row_get_property_name (AccordEnumRow *self)
{
  g_return_val_if_fail (ACCORD_IS_ENUM_ROW (self), NULL);

  return self->property_name;
}

void
accord_enum_row_set_property_name (AccordEnumRow *self,
                                   const char    *property_name)
{
  g_return_if_fail (ACCORD_IS_ENUM_ROW (self));

  if (g_strcmp0 (self->property_name, property_name) == 0)
    return;

  g_free (self->property_name);
  self->property_name = g_strdup (property_name);
  connect_object (self);
  update_from_model (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROPERTY_NAME]);
}

static void
accord_enum_row_dispose (GObject *object)
{
  AccordEnumRow *self = ACCORD_ENUM_ROW (object);

  g_clear_signal_handler (&self->notify_id, self->object);
  g_clear_object (&self->object);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (accord_enum_row_parent_class)->dispose (object);
}

static void
accord_enum_row_finalize (GObject *object)
{
  AccordEnumRow *self = ACCORD_ENUM_ROW (object);

  g_clear_pointer (&self->enum_class, g_type_class_unref);
  g_free (self->property_name);

  G_OBJECT_CLASS (accord_enum_row_parent_class)->finalize (object);
}

static void
accord_enum_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  AccordEnumRow *self = ACCORD_ENUM_ROW (object);

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
accord_enum_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  AccordEnumRow *self = ACCORD_ENUM_ROW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      accord_enum_row_set_document (self, g_value_get_object (value));
      break;

    case PROP_OBJECT:
      accord_enum_row_set_object (self, g_value_get_object (value));
      break;

    case PROP_PROPERTY_NAME:
      accord_enum_row_set_property_name (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_enum_row_class_init (AccordEnumRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = accord_enum_row_dispose;
  object_class->finalize = accord_enum_row_finalize;
  object_class->get_property = accord_enum_row_get_property;
  object_class->set_property = accord_enum_row_set_property;

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
}

static void
accord_enum_row_init (AccordEnumRow *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
  g_signal_connect (self, "notify::selected", G_CALLBACK (on_selected_changed), NULL);
}
