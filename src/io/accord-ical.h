/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "accord-document.h"

G_BEGIN_DECLS

#define ACCORD_ICAL_ERROR (accord_ical_error_quark ())

typedef enum {
  ACCORD_ICAL_ERROR_EMPTY,      /* nothing but white space */
  ACCORD_ICAL_ERROR_SYNTAX,     /* not iCalendar: the message gives line and column */
  ACCORD_ICAL_ERROR_ENCODING,   /* not UTF-8: the message gives line and column */
  ACCORD_ICAL_ERROR_RECURRING,  /* a repeating event and no range of dates to expand it in */
  ACCORD_ICAL_ERROR_TOO_MANY,   /* a repeating event with more occurrences than Accord takes */
} AccordIcalError;

/* How many occurrences of one repeating event an import takes at most. */
#define ACCORD_ICAL_MAX_OCCURRENCES 10000

GQuark    accord_ical_error_quark (void);

/* An iCalendar (RFC 5545) text of @meetings (AccordMeeting) as VEVENTs and @initiatives
 * (AccordInitiative) as VTODOs; either may be NULL. A meeting without a known date cannot be
 * an event and is left out; @n_left_out (nullable) counts those. FORMAT.md gives the mapping. */
char     *accord_ical_save_data   (GListModel      *meetings,
                                   GListModel      *initiatives,
                                   guint           *n_left_out,
                                   gsize           *length);

/* Reads an iCalendar text: each VEVENT becomes a new AccordMeeting in @meetings, each VTODO a
 * new AccordInitiative in @initiatives (both arrays are set, maybe empty; the records belong to
 * no document). With @from and @to (both or neither), only events that overlap those days are
 * taken and repeating events are expanded in them; without, a repeating event is an error.
 * Dates are the days in the event's own time zone. */
gboolean  accord_ical_load_data   (const char      *data,
                                   gssize           length,
                                   const GDate     *from,
                                   const GDate     *to,
                                   GPtrArray      **meetings,
                                   GPtrArray      **initiatives,
                                   GError         **error);

G_END_DECLS
