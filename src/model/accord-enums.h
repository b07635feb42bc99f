/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The nicks that glib-mkenums derives from these names ("in-person", "half-year") are the
 * values written to the JSON document: renaming a member changes the file format. */

typedef enum {
  ACCORD_PRECISION_UNKNOWN,
  ACCORD_PRECISION_DAY,
  ACCORD_PRECISION_MONTH,
  ACCORD_PRECISION_QUARTER,
  ACCORD_PRECISION_HALF_YEAR,
  ACCORD_PRECISION_YEAR,
  ACCORD_PRECISION_YEARS,
} AccordPrecision;

typedef enum {
  ACCORD_MEETING_FORMAT_UNSPECIFIED,
  ACCORD_MEETING_FORMAT_IN_PERSON,
  ACCORD_MEETING_FORMAT_ONLINE,
  ACCORD_MEETING_FORMAT_HYBRID,
} AccordMeetingFormat;

typedef enum {
  ACCORD_MEETING_KIND_OTHER,
  ACCORD_MEETING_KIND_BILATERAL,
  ACCORD_MEETING_KIND_MULTILATERAL,
  ACCORD_MEETING_KIND_SUMMIT,
  ACCORD_MEETING_KIND_RETREAT,
  ACCORD_MEETING_KIND_CONSULTATION,
  ACCORD_MEETING_KIND_WORKING_VISIT,
} AccordMeetingKind;

typedef enum {
  ACCORD_STATUS_PROPOSED,
  ACCORD_STATUS_PLANNED,
  ACCORD_STATUS_ONGOING,
  ACCORD_STATUS_COMPLETED,
  ACCORD_STATUS_CANCELLED,
} AccordStatus;

const char *accord_precision_to_label      (AccordPrecision     precision);
const char *accord_meeting_format_to_label (AccordMeetingFormat format);
const char *accord_meeting_kind_to_label   (AccordMeetingKind   kind);
const char *accord_status_to_label         (AccordStatus        status);

const char *accord_enum_to_nick   (GType       enum_type,
                                   int         value);
gboolean    accord_enum_from_nick (GType       enum_type,
                                   const char *nick,
                                   int        *value);

G_END_DECLS
