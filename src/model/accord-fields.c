/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#define G_LOG_DOMAIN "accord-fields"

#include <glib/gi18n-lib.h>

#include "accord-attribute.h"
#include "accord-enum-types.h"
#include "accord-fields.h"
#include "accord-initiative.h"
#include "accord-meeting.h"
#include "accord-participant.h"
#include "accord-source.h"

#define FUNC(f) ((AccordFieldFunc) (void (*) (void)) (f))

/* What every record has, in the place its kind writes it. */
#define RECORD_ID(undo) \
  { "id", "id", ACCORD_FIELD_STRING, ACCORD_FIELD_NONE, NULL, undo, NULL, 0, \
    FUNC (accord_record_get_id), FUNC (accord_record_set_id) }
#define RECORD_TITLE(undo) \
  { "title", "title", ACCORD_FIELD_STRING, ACCORD_FIELD_SEARCHED | ACCORD_FIELD_SORTABLE, \
    N_("Title"), undo, NULL, 0, FUNC (accord_record_get_title), FUNC (accord_record_set_title) }
#define RECORD_SOURCES \
  { "sources", "sources", ACCORD_FIELD_ITEMS, ACCORD_FIELD_SEARCHED, N_("Sources"), NULL, \
    accord_source_get_type, 0, FUNC (accord_record_get_sources), NULL }
#define RECORD_NOTES(undo) \
  { "notes", "notes", ACCORD_FIELD_STRING, ACCORD_FIELD_SEARCHED, N_("Notes"), undo, NULL, 0, \
    FUNC (accord_record_get_notes), FUNC (accord_record_set_notes) }
#define ITEM_ID(undo) \
  { "id", "id", ACCORD_FIELD_STRING, ACCORD_FIELD_NONE, NULL, undo, NULL, 0, \
    FUNC (accord_item_get_id), FUNC (accord_item_set_id) }

static const AccordField meeting_fields[] = {
  RECORD_ID (N_("Change Meeting Identifier")),
  RECORD_TITLE (N_("Rename Meeting")),
  { "when", "when", ACCORD_FIELD_PERIOD, ACCORD_FIELD_SEARCHED | ACCORD_FIELD_SORTABLE,
    N_("Date"), N_("Change Meeting Date"), NULL, 0,
    FUNC (accord_meeting_get_when), FUNC (accord_meeting_set_when) },
  { "location", "location", ACCORD_FIELD_STRING, ACCORD_FIELD_SEARCHED | ACCORD_FIELD_SORTABLE,
    N_("Location"), N_("Change Location"), NULL, 0,
    FUNC (accord_meeting_get_location), FUNC (accord_meeting_set_location) },
  { "format", "format", ACCORD_FIELD_ENUM, ACCORD_FIELD_SORTABLE, N_("Format"),
    N_("Change Meeting Format"), accord_meeting_format_get_type,
    ACCORD_MEETING_FORMAT_UNSPECIFIED,
    FUNC (accord_meeting_get_format), FUNC (accord_meeting_set_format) },
  { "kind", "kind", ACCORD_FIELD_ENUM, ACCORD_FIELD_SORTABLE, N_("Kind"),
    N_("Change Meeting Kind"), accord_meeting_kind_get_type, ACCORD_MEETING_KIND_OTHER,
    FUNC (accord_meeting_get_kind), FUNC (accord_meeting_set_kind) },
  { "participants", "participants", ACCORD_FIELD_ITEMS, ACCORD_FIELD_SEARCHED,
    N_("Participants"), NULL, accord_participant_get_type, 0,
    FUNC (accord_meeting_get_participants), NULL },
  { "topics", "topics", ACCORD_FIELD_STRV, ACCORD_FIELD_SEARCHED, N_("Topics"),
    N_("Edit Topics"), NULL, 0,
    FUNC (accord_meeting_get_topics), FUNC (accord_meeting_set_topics) },
  { "summary", "summary", ACCORD_FIELD_STRING, ACCORD_FIELD_SEARCHED, N_("Summary"),
    N_("Edit Summary"), NULL, 0,
    FUNC (accord_meeting_get_summary), FUNC (accord_meeting_set_summary) },
  { "outcomes", "outcomes", ACCORD_FIELD_STRV, ACCORD_FIELD_SEARCHED, N_("Outcomes"),
    N_("Edit Outcomes"), NULL, 0,
    FUNC (accord_meeting_get_outcomes), FUNC (accord_meeting_set_outcomes) },
  RECORD_SOURCES,
  RECORD_NOTES (N_("Edit Meeting Notes")),
};

static const AccordField initiative_fields[] = {
  RECORD_ID (N_("Change Initiative Identifier")),
  RECORD_TITLE (N_("Rename Initiative")),
  { "objective", "objective", ACCORD_FIELD_STRING, ACCORD_FIELD_SEARCHED, N_("Objective"),
    N_("Edit Objective"), NULL, 0,
    FUNC (accord_initiative_get_objective), FUNC (accord_initiative_set_objective) },
  { "expected-outcome", "expected_outcome", ACCORD_FIELD_STRING, ACCORD_FIELD_SEARCHED,
    N_("Expected Outcome"), N_("Edit Expected Outcome"), NULL, 0,
    FUNC (accord_initiative_get_expected_outcome),
    FUNC (accord_initiative_set_expected_outcome) },
  { "period", "timeline", ACCORD_FIELD_PERIOD, ACCORD_FIELD_SEARCHED | ACCORD_FIELD_SORTABLE,
    N_("Timeline"), N_("Change Timeline"), NULL, 0,
    FUNC (accord_initiative_get_period), FUNC (accord_initiative_set_period) },
  { "lead", "lead", ACCORD_FIELD_STRING, ACCORD_FIELD_AFFILIATION | ACCORD_FIELD_SORTABLE,
    N_("Lead"), N_("Change Lead"), NULL, 0,
    FUNC (accord_initiative_get_lead), FUNC (accord_initiative_set_lead) },
  { "partners", "partners", ACCORD_FIELD_STRV, ACCORD_FIELD_AFFILIATION, N_("Partners"),
    N_("Edit Partners"), NULL, 0,
    FUNC (accord_initiative_get_partners), FUNC (accord_initiative_set_partners) },
  { "status", "status", ACCORD_FIELD_ENUM, ACCORD_FIELD_SORTABLE, N_("Status"),
    N_("Change Status"), accord_status_get_type, ACCORD_STATUS_PROPOSED,
    FUNC (accord_initiative_get_status), FUNC (accord_initiative_set_status) },
  { "area", "area", ACCORD_FIELD_STRING, ACCORD_FIELD_SEARCHED | ACCORD_FIELD_SORTABLE,
    N_("Area"), N_("Change Area"), NULL, 0,
    FUNC (accord_initiative_get_area), FUNC (accord_initiative_set_area) },
  { "meeting-id", "meeting", ACCORD_FIELD_STRING, ACCORD_FIELD_SORTABLE, N_("Meeting"),
    N_("Change Launching Meeting"), NULL, 0,
    FUNC (accord_initiative_get_meeting_id), FUNC (accord_initiative_set_meeting_id) },
  { "attributes", "attributes", ACCORD_FIELD_ITEMS, ACCORD_FIELD_SEARCHED,
    N_("Other Attributes"), NULL, accord_attribute_get_type, 0,
    FUNC (accord_initiative_get_attributes), NULL },
  RECORD_SOURCES,
  RECORD_NOTES (N_("Edit Initiative Notes")),
};

/* An item's fields are edited in its row: one name for any of them. */
#define EDIT_PARTICIPANT N_("Edit Participant")
#define EDIT_SOURCE      N_("Edit Source")
#define EDIT_ATTRIBUTE   N_("Edit Attribute")

static const AccordField participant_fields[] = {
  ITEM_ID (EDIT_PARTICIPANT),
  { "name", "name", ACCORD_FIELD_STRING, ACCORD_FIELD_SEARCHED, N_("Name"),
    EDIT_PARTICIPANT, NULL, 0,
    FUNC (accord_participant_get_name), FUNC (accord_participant_set_name) },
  { "title", "title", ACCORD_FIELD_STRING, ACCORD_FIELD_SEARCHED, N_("Title or Office"),
    EDIT_PARTICIPANT,
    NULL, 0, FUNC (accord_participant_get_title), FUNC (accord_participant_set_title) },
  { "affiliation", "affiliation", ACCORD_FIELD_STRING, ACCORD_FIELD_AFFILIATION,
    N_("Country or Organisation"), EDIT_PARTICIPANT, NULL, 0,
    FUNC (accord_participant_get_affiliation), FUNC (accord_participant_set_affiliation) },
  { "role", "role", ACCORD_FIELD_STRING, ACCORD_FIELD_SEARCHED, N_("Role"),
    EDIT_PARTICIPANT, NULL, 0,
    FUNC (accord_participant_get_role), FUNC (accord_participant_set_role) },
};

static const AccordField source_fields[] = {
  ITEM_ID (EDIT_SOURCE),
  { "publisher", "publisher", ACCORD_FIELD_STRING, ACCORD_FIELD_SEARCHED, N_("Publisher"),
    EDIT_SOURCE,
    NULL, 0, FUNC (accord_source_get_publisher), FUNC (accord_source_set_publisher) },
  { "title", "title", ACCORD_FIELD_STRING, ACCORD_FIELD_SEARCHED, N_("Headline"),
    EDIT_SOURCE, NULL, 0,
    FUNC (accord_source_get_title), FUNC (accord_source_set_title) },
  { "uri", "uri", ACCORD_FIELD_STRING, ACCORD_FIELD_NONE, N_("Web Address"), EDIT_SOURCE, NULL, 0,
    FUNC (accord_source_get_uri), FUNC (accord_source_set_uri) },
  { "published", "published", ACCORD_FIELD_STRING, ACCORD_FIELD_DATE, N_("Publication Date"),
    EDIT_SOURCE, NULL, 0, FUNC (accord_source_get_published), FUNC (accord_source_set_published) },
};

static const AccordField attribute_fields[] = {
  ITEM_ID (EDIT_ATTRIBUTE),
  { "name", "name", ACCORD_FIELD_STRING, ACCORD_FIELD_SEARCHED, N_("Name"), EDIT_ATTRIBUTE, NULL, 0,
    FUNC (accord_attribute_get_name), FUNC (accord_attribute_set_name) },
  { "value", "value", ACCORD_FIELD_STRING, ACCORD_FIELD_SEARCHED, N_("Value"),
    EDIT_ATTRIBUTE, NULL, 0,
    FUNC (accord_attribute_get_value), FUNC (accord_attribute_set_value) },
};

const AccordField *
accord_fields_for_type (GType  type,
                        guint *n_fields)
{
  static const struct {
    GType (*get_type) (void);
    const AccordField *fields;
    guint n_fields;
  } kinds[] = {
    { accord_meeting_get_type, meeting_fields, G_N_ELEMENTS (meeting_fields) },
    { accord_initiative_get_type, initiative_fields, G_N_ELEMENTS (initiative_fields) },
    { accord_participant_get_type, participant_fields, G_N_ELEMENTS (participant_fields) },
    { accord_source_get_type, source_fields, G_N_ELEMENTS (source_fields) },
    { accord_attribute_get_type, attribute_fields, G_N_ELEMENTS (attribute_fields) },
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      if (type == kinds[i].get_type ())
        {
          *n_fields = kinds[i].n_fields;
          return kinds[i].fields;
        }
    }

  *n_fields = 0;
  return NULL;
}

const AccordField *
accord_field_lookup (GObject    *object,
                     const char *id)
{
  guint n_fields;
  const AccordField *fields = accord_fields_for_type (G_OBJECT_TYPE (object), &n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      if (g_str_equal (fields[i].id, id))
        return &fields[i];
    }

  return NULL;
}

const char *
accord_field_get_string (const AccordField *field,
                         gpointer           object)
{
  g_assert (field->kind == ACCORD_FIELD_STRING);
  return ((const char *(*) (gpointer)) field->get) (object);
}

void
accord_field_set_string (const AccordField *field,
                         gpointer           object,
                         const char        *value)
{
  g_assert (field->kind == ACCORD_FIELD_STRING);
  ((void (*) (gpointer, const char *)) field->set) (object, value);
}

const char * const *
accord_field_get_strv (const AccordField *field,
                       gpointer           object)
{
  g_assert (field->kind == ACCORD_FIELD_STRV);
  return ((const char * const *(*) (gpointer)) field->get) (object);
}

void
accord_field_set_strv (const AccordField  *field,
                       gpointer            object,
                       const char * const *value)
{
  g_assert (field->kind == ACCORD_FIELD_STRV);
  ((void (*) (gpointer, const char * const *)) field->set) (object, value);
}

int
accord_field_get_enum (const AccordField *field,
                       gpointer           object)
{
  g_assert (field->kind == ACCORD_FIELD_ENUM);
  return ((int (*) (gpointer)) field->get) (object);
}

void
accord_field_set_enum (const AccordField *field,
                       gpointer           object,
                       int                value)
{
  g_assert (field->kind == ACCORD_FIELD_ENUM);
  ((void (*) (gpointer, int)) field->set) (object, value);
}

const AccordPeriod *
accord_field_get_period (const AccordField *field,
                         gpointer           object)
{
  g_assert (field->kind == ACCORD_FIELD_PERIOD);
  return ((const AccordPeriod *(*) (gpointer)) field->get) (object);
}

void
accord_field_set_period (const AccordField  *field,
                         gpointer            object,
                         const AccordPeriod *value)
{
  g_assert (field->kind == ACCORD_FIELD_PERIOD);
  ((void (*) (gpointer, const AccordPeriod *)) field->set) (object, value);
}

GListModel *
accord_field_get_items (const AccordField *field,
                        gpointer           object)
{
  g_assert (field->kind == ACCORD_FIELD_ITEMS);
  return ((GListModel *(*) (gpointer)) field->get) (object);
}

const char *
accord_field_get_undo_label (const AccordField *field,
                             GObject           *object)
{
  if (field != NULL && field->undo_label != NULL)
    return _(field->undo_label);

  return _("Edit");
}
