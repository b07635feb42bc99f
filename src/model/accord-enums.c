/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#define G_LOG_DOMAIN "accord-enums"

#include <glib/gi18n-lib.h>
#include <glib-object.h>

#include "accord-enums.h"

const char *
accord_precision_to_label (AccordPrecision precision)
{
  switch (precision)
    {
    case ACCORD_PRECISION_UNKNOWN:
      return C_("precision of a period", "Unknown");
    case ACCORD_PRECISION_DAY:
      return C_("precision of a period", "Day");
    case ACCORD_PRECISION_MONTH:
      return C_("precision of a period", "Month");
    case ACCORD_PRECISION_QUARTER:
      return C_("precision of a period", "Quarter");
    case ACCORD_PRECISION_HALF_YEAR:
      return C_("precision of a period", "Half-year");
    case ACCORD_PRECISION_YEAR:
      return C_("precision of a period", "Year");
    case ACCORD_PRECISION_YEARS:
      /* Translators: precision of a period that spans more than one year, as "2024 – 2026" */
      return C_("precision of a period", "Several years");
    }

  g_return_val_if_reached (NULL);
}

const char *
accord_meeting_format_to_label (AccordMeetingFormat format)
{
  switch (format)
    {
    case ACCORD_MEETING_FORMAT_UNSPECIFIED:
      return C_("meeting format", "Unspecified");
    case ACCORD_MEETING_FORMAT_IN_PERSON:
      return C_("meeting format", "In person");
    case ACCORD_MEETING_FORMAT_ONLINE:
      return C_("meeting format", "Online");
    case ACCORD_MEETING_FORMAT_HYBRID:
      /* Translators: some attended in person, others online */
      return C_("meeting format", "Hybrid");
    }

  g_return_val_if_reached (NULL);
}

const char *
accord_meeting_kind_to_label (AccordMeetingKind kind)
{
  switch (kind)
    {
    case ACCORD_MEETING_KIND_OTHER:
      return C_("meeting kind", "Other");
    case ACCORD_MEETING_KIND_BILATERAL:
      /* Translators: a meeting between two countries or organisations */
      return C_("meeting kind", "Bilateral");
    case ACCORD_MEETING_KIND_MULTILATERAL:
      /* Translators: a meeting among more than two countries or organisations */
      return C_("meeting kind", "Multilateral");
    case ACCORD_MEETING_KIND_SUMMIT:
      /* Translators: a meeting of heads of state or government */
      return C_("meeting kind", "Summit");
    case ACCORD_MEETING_KIND_RETREAT:
      /* Translators: an informal meeting of ministers or leaders, as the ASEAN Foreign
       * Ministers' Retreat; not a withdrawal */
      return C_("meeting kind", "Retreat");
    case ACCORD_MEETING_KIND_CONSULTATION:
      /* Translators: a regular meeting where two ministries review their cooperation */
      return C_("meeting kind", "Consultation");
    case ACCORD_MEETING_KIND_WORKING_VISIT:
      /* Translators: an official visit to work on specific matters, less formal than a
       * state visit */
      return C_("meeting kind", "Working visit");
    }

  g_return_val_if_reached (NULL);
}

const char *
accord_status_to_label (AccordStatus status)
{
  switch (status)
    {
    case ACCORD_STATUS_PROPOSED:
      return C_("initiative status", "Proposed");
    case ACCORD_STATUS_PLANNED:
      return C_("initiative status", "Planned");
    case ACCORD_STATUS_ONGOING:
      return C_("initiative status", "Ongoing");
    case ACCORD_STATUS_COMPLETED:
      return C_("initiative status", "Completed");
    case ACCORD_STATUS_CANCELLED:
      return C_("initiative status", "Cancelled");
    }

  g_return_val_if_reached (NULL);
}

/* A value the program itself holds, so one without a nick is a bug, not bad data. */
const char *
accord_enum_to_nick (GType enum_type,
                     int   value)
{
  g_autoptr(GEnumClass) enum_class = NULL;
  const GEnumValue *enum_value;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), NULL);

  enum_class = g_type_class_ref (enum_type);
  enum_value = g_enum_get_value (enum_class, value);

  g_return_val_if_fail (enum_value != NULL, NULL);

  /* The nick lives in the type's static value table, so it outlives the class reference. */
  return enum_value->value_nick;
}

/* A nick read from a file may be anything: FALSE, without a warning, leaves @value untouched. */
gboolean
accord_enum_from_nick (GType       enum_type,
                       const char *nick,
                       int        *value)
{
  g_autoptr(GEnumClass) enum_class = NULL;
  const GEnumValue *enum_value;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), FALSE);
  g_return_val_if_fail (nick != NULL, FALSE);

  enum_class = g_type_class_ref (enum_type);
  enum_value = g_enum_get_value_by_nick (enum_class, nick);

  if (enum_value == NULL)
    return FALSE;

  if (value != NULL)
    *value = enum_value->value;

  return TRUE;
}
