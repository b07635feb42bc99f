/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#define G_LOG_DOMAIN "accord-meeting"

#include "accord-enum-types.h"
#include "accord-meeting.h"
#include "accord-model-private.h"
#include "accord-participant.h"

struct _AccordMeeting
{
  AccordRecord         parent_instance;

  AccordPeriod        *when;
  char                *location;
  /* Made on first use, like the record's sources. */
  GListStore          *participants;
  char               **topics;
  char                *summary;
  char               **outcomes;
  AccordMeetingFormat  format;
  AccordMeetingKind    kind;
};

G_DEFINE_FINAL_TYPE (AccordMeeting, accord_meeting, ACCORD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_WHEN,
  PROP_LOCATION,
  PROP_FORMAT,
  PROP_KIND,
  PROP_PARTICIPANTS,
  PROP_TOPICS,
  PROP_SUMMARY,
  PROP_OUTCOMES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
accord_meeting_dispose (GObject *object)
{
  AccordMeeting *self = ACCORD_MEETING (object);

  accord_item_list_release (G_LIST_MODEL (self->participants), ACCORD_RECORD (self));
  g_clear_object (&self->participants);

  G_OBJECT_CLASS (accord_meeting_parent_class)->dispose (object);
}

static void
accord_meeting_finalize (GObject *object)
{
  AccordMeeting *self = ACCORD_MEETING (object);

  g_clear_pointer (&self->when, accord_period_free);
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->topics, g_strfreev);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->outcomes, g_strfreev);

  G_OBJECT_CLASS (accord_meeting_parent_class)->finalize (object);
}

static void
accord_meeting_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  AccordMeeting *self = ACCORD_MEETING (object);

  switch (prop_id)
    {
    case PROP_WHEN:
      g_value_set_boxed (value, accord_meeting_get_when (self));
      break;

    case PROP_LOCATION:
      g_value_set_string (value, accord_meeting_get_location (self));
      break;

    case PROP_FORMAT:
      g_value_set_enum (value, accord_meeting_get_format (self));
      break;

    case PROP_KIND:
      g_value_set_enum (value, accord_meeting_get_kind (self));
      break;

    case PROP_PARTICIPANTS:
      g_value_set_object (value, accord_meeting_get_participants (self));
      break;

    case PROP_TOPICS:
      g_value_set_boxed (value, accord_meeting_get_topics (self));
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, accord_meeting_get_summary (self));
      break;

    case PROP_OUTCOMES:
      g_value_set_boxed (value, accord_meeting_get_outcomes (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_meeting_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  AccordMeeting *self = ACCORD_MEETING (object);

  switch (prop_id)
    {
    case PROP_WHEN:
      accord_meeting_set_when (self, g_value_get_boxed (value));
      break;

    case PROP_LOCATION:
      accord_meeting_set_location (self, g_value_get_string (value));
      break;

    case PROP_FORMAT:
      accord_meeting_set_format (self, g_value_get_enum (value));
      break;

    case PROP_KIND:
      accord_meeting_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_TOPICS:
      accord_meeting_set_topics (self, g_value_get_boxed (value));
      break;

    case PROP_SUMMARY:
      accord_meeting_set_summary (self, g_value_get_string (value));
      break;

    case PROP_OUTCOMES:
      accord_meeting_set_outcomes (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_meeting_class_init (AccordMeetingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  ACCORD_RECORD_CLASS (klass)->peek_items = (GListModel *(*) (AccordRecord *)) accord_meeting_peek_participants;

  object_class->dispose = accord_meeting_dispose;
  object_class->finalize = accord_meeting_finalize;
  object_class->get_property = accord_meeting_get_property;
  object_class->set_property = accord_meeting_set_property;

  properties[PROP_WHEN] =
    g_param_spec_boxed ("when", NULL, NULL,
                        ACCORD_TYPE_PERIOD,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LOCATION] =
    g_param_spec_string ("location", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FORMAT] =
    g_param_spec_enum ("format", NULL, NULL,
                       ACCORD_TYPE_MEETING_FORMAT,
                       ACCORD_MEETING_FORMAT_UNSPECIFIED,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       ACCORD_TYPE_MEETING_KIND,
                       ACCORD_MEETING_KIND_OTHER,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PARTICIPANTS] =
    g_param_spec_object ("participants", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_TOPICS] =
    g_param_spec_boxed ("topics", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_OUTCOMES] =
    g_param_spec_boxed ("outcomes", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
accord_meeting_init (AccordMeeting *self)
{
}

AccordMeeting *
accord_meeting_new (const char *id)
{
  AccordMeeting *self = g_object_new (ACCORD_TYPE_MEETING, NULL);

  accord_record_set_id (ACCORD_RECORD (self), id);

  return self;
}

const AccordPeriod *
accord_meeting_get_when (AccordMeeting *self)
{
  g_return_val_if_fail (ACCORD_IS_MEETING (self), NULL);

  return accord_period_or_unknown (self->when);
}

void
accord_meeting_set_when (AccordMeeting      *self,
                         const AccordPeriod *when)
{
  g_return_if_fail (ACCORD_IS_MEETING (self));

  if (accord_set_period (&self->when, when))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WHEN]);
}

const char *
accord_meeting_get_location (AccordMeeting *self)
{
  g_return_val_if_fail (ACCORD_IS_MEETING (self), NULL);

  return accord_str_or_empty (self->location);
}

void
accord_meeting_set_location (AccordMeeting *self,
                             const char    *location)
{
  g_return_if_fail (ACCORD_IS_MEETING (self));

  if (accord_set_string (&self->location, location))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCATION]);
}

AccordMeetingFormat
accord_meeting_get_format (AccordMeeting *self)
{
  g_return_val_if_fail (ACCORD_IS_MEETING (self), ACCORD_MEETING_FORMAT_UNSPECIFIED);

  return self->format;
}

void
accord_meeting_set_format (AccordMeeting       *self,
                           AccordMeetingFormat  format)
{
  g_return_if_fail (ACCORD_IS_MEETING (self));
  g_return_if_fail ((guint) format <= ACCORD_MEETING_FORMAT_HYBRID);

  if (self->format == format)
    return;

  self->format = format;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FORMAT]);
}

AccordMeetingKind
accord_meeting_get_kind (AccordMeeting *self)
{
  g_return_val_if_fail (ACCORD_IS_MEETING (self), ACCORD_MEETING_KIND_OTHER);

  return self->kind;
}

void
accord_meeting_set_kind (AccordMeeting     *self,
                         AccordMeetingKind  kind)
{
  g_return_if_fail (ACCORD_IS_MEETING (self));
  g_return_if_fail ((guint) kind <= ACCORD_MEETING_KIND_WORKING_VISIT);

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

GListModel *
accord_meeting_get_participants (AccordMeeting *self)
{
  g_return_val_if_fail (ACCORD_IS_MEETING (self), NULL);

  if (self->participants == NULL)
    {
      self->participants = g_list_store_new (ACCORD_TYPE_PARTICIPANT);
      accord_item_list_set_record (G_LIST_MODEL (self->participants), ACCORD_RECORD (self));
    }

  return G_LIST_MODEL (self->participants);
}

GListModel *
accord_meeting_peek_participants (AccordMeeting *self)
{
  return (GListModel *) self->participants;
}

const char * const *
accord_meeting_get_topics (AccordMeeting *self)
{
  g_return_val_if_fail (ACCORD_IS_MEETING (self), NULL);

  return accord_strv_or_empty ((const char * const *) self->topics);
}

void
accord_meeting_set_topics (AccordMeeting      *self,
                           const char * const *topics)
{
  g_return_if_fail (ACCORD_IS_MEETING (self));

  if (accord_set_strv (&self->topics, topics))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOPICS]);
}

const char *
accord_meeting_get_summary (AccordMeeting *self)
{
  g_return_val_if_fail (ACCORD_IS_MEETING (self), NULL);

  return accord_str_or_empty (self->summary);
}

void
accord_meeting_set_summary (AccordMeeting *self,
                            const char    *summary)
{
  g_return_if_fail (ACCORD_IS_MEETING (self));

  if (accord_set_string (&self->summary, summary))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}

const char * const *
accord_meeting_get_outcomes (AccordMeeting *self)
{
  g_return_val_if_fail (ACCORD_IS_MEETING (self), NULL);

  return accord_strv_or_empty ((const char * const *) self->outcomes);
}

void
accord_meeting_set_outcomes (AccordMeeting      *self,
                             const char * const *outcomes)
{
  g_return_if_fail (ACCORD_IS_MEETING (self));

  if (accord_set_strv (&self->outcomes, outcomes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTCOMES]);
}
