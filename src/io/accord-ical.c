/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-ical"

#include <glib/gi18n.h>
#include <libical/ical.h>

#include "accord-attribute.h"
#include "accord-enum-types.h"
#include "accord-ical.h"
#include "accord-item.h"
#include "accord-participant.h"
#include "accord-source.h"

/* The iCalendar mapping is in FORMAT.md. Standard properties carry what other programs show;
 * X-ACCORD- properties and parameters carry the rest, so that Accord reads back exactly what
 * it wrote. */

#define X_PERIOD_TEXT      "X-ACCORD-PERIOD-TEXT"
#define X_PRECISION        "X-ACCORD-PRECISION"
#define X_FORMAT           "X-ACCORD-FORMAT"
#define X_KIND             "X-ACCORD-KIND"
#define X_SUMMARY          "X-ACCORD-SUMMARY"
#define X_OUTCOME          "X-ACCORD-OUTCOME"
#define X_EXPECTED_OUTCOME "X-ACCORD-EXPECTED-OUTCOME"
#define X_LEAD             "X-ACCORD-LEAD"
#define X_PARTNER          "X-ACCORD-PARTNER"
#define X_STATUS           "X-ACCORD-STATUS"
#define X_AREA             "X-ACCORD-AREA"
#define X_ATTRIBUTE        "X-ACCORD-ATTRIBUTE"
#define X_SOURCE           "X-ACCORD-SOURCE"
/* Parameters. */
#define X_EMPTY            "X-ACCORD-EMPTY"
#define X_ID               "X-ACCORD-ID"
#define X_NAME             "X-ACCORD-NAME"
#define X_UNNAMED          "X-ACCORD-UNNAMED"
#define X_TITLE            "X-ACCORD-TITLE"
#define X_AFFILIATION      "X-ACCORD-AFFILIATION"
#define X_ROLE             "X-ACCORD-ROLE"
#define X_PUBLISHER        "X-ACCORD-PUBLISHER"
#define X_URI              "X-ACCORD-URI"
#define X_PUBLISHED        "X-ACCORD-PUBLISHED"

/* An ATTENDEE's value is an address; Accord's participants have none. Evolution writes the
 * same for attendees without one. */
#define NO_ADDRESS "invalid:nomail"

/* A repeating rule that never reaches the range (DTSTART in 1900, daily) still ends. */
#define MAX_RECURRENCE_STEPS 1000000

G_DEFINE_QUARK (accord-ical-error-quark, accord_ical_error)

/* Writing
 *
 * Accord writes the text itself: libical 3.0 leaves commas and semicolons unescaped in
 * CATEGORIES and X- properties, which every reader (libical's own included) then splits. */

typedef struct
{
  GString *out;
  GString *line;
} Writer;

static gboolean
is_empty (const char *text)
{
  return text == NULL || text[0] == '\0';
}

static void
begin_property (Writer     *writer,
                const char *name)
{
  g_string_assign (writer->line, name);
}

/* A parameter value in quotes, with RFC 6868's escapes for the caret, the line break and the
 * double quote; other control characters, which no parameter may hold, become spaces. */
static void
add_parameter (Writer     *writer,
               const char *name,
               const char *value)
{
  if (is_empty (value))
    return;

  g_string_append_printf (writer->line, ";%s=\"", name);
  for (const char *c = value; *c != '\0'; c++)
    {
      if (*c == '^')
        g_string_append (writer->line, "^^");
      else if (*c == '\n')
        g_string_append (writer->line, "^n");
      else if (*c == '"')
        g_string_append (writer->line, "^'");
      else if ((guchar) *c < 0x20 && *c != '\t')
        g_string_append_c (writer->line, ' ');
      else
        g_string_append_c (writer->line, *c);
    }
  g_string_append_c (writer->line, '"');
}

/* Lines of at most 75 octets, folded between characters (RFC 5545, 3.1), ending in CRLF. */
static void
end_property (Writer *writer)
{
  const char *line = writer->line->str;
  gsize length = writer->line->len;
  gsize limit = 75;

  while (length > limit)
    {
      gsize cut = limit;

      while (cut > 0 && (line[cut] & 0xc0) == 0x80)
        cut--;
      g_string_append_len (writer->out, line, cut);
      g_string_append (writer->out, "\r\n ");
      line += cut;
      length -= cut;
      /* The space that starts a folded line counts. */
      limit = 74;
    }
  g_string_append_len (writer->out, line, length);
  g_string_append (writer->out, "\r\n");
}

static void
end_property_raw (Writer     *writer,
                  const char *value)
{
  g_string_append_c (writer->line, ':');
  g_string_append (writer->line, value);
  end_property (writer);
}

/* What a TEXT value can carry of @text: a carriage return is dropped and other control
 * characters, which TEXT cannot hold, become spaces; spaces and tabs at either end go, as
 * libical drops them when it reads. */
static char *
clean_text (const char *text)
{
  GString *clean = g_string_new (NULL);
  gsize start = 0;

  for (const char *c = text != NULL ? text : ""; *c != '\0'; c++)
    {
      if (*c == '\r')
        continue;
      g_string_append_c (clean, (guchar) *c < 0x20 && *c != '\t' && *c != '\n' ? ' ' : *c);
    }

  while (clean->len > 0 && (clean->str[clean->len - 1] == ' ' || clean->str[clean->len - 1] == '\t'))
    g_string_truncate (clean, clean->len - 1);
  while (start < clean->len && (clean->str[start] == ' ' || clean->str[start] == '\t'))
    start++;
  g_string_erase (clean, 0, start);

  return g_string_free (clean, FALSE);
}

/* A TEXT value (RFC 5545, 3.3.11): backslash, semicolon, comma and line break escaped. */
static void
end_property_text (Writer     *writer,
                   const char *text)
{
  g_autofree char *clean = clean_text (text);

  /* libical drops a property without a value; the empty texts Accord keeps (an outcome, a
   * source's title) are marked instead. */
  if (clean[0] == '\0')
    {
      add_parameter (writer, X_EMPTY, "TRUE");
      end_property_raw (writer, "-");
      return;
    }

  g_string_append_c (writer->line, ':');
  for (const char *c = clean; *c != '\0'; c++)
    {
      if (*c == '\\' || *c == ';' || *c == ',')
        {
          g_string_append_c (writer->line, '\\');
          g_string_append_c (writer->line, *c);
        }
      else if (*c == '\n')
        g_string_append (writer->line, "\\n");
      else
        g_string_append_c (writer->line, *c);
    }
  end_property (writer);
}

static void
write_text (Writer     *writer,
            const char *name,
            const char *text)
{
  begin_property (writer, name);
  end_property_text (writer, text);
}

static void
write_text_if_any (Writer     *writer,
                   const char *name,
                   const char *text)
{
  g_autofree char *clean = clean_text (text);

  if (clean[0] != '\0')
    write_text (writer, name, clean);
}

static void
write_texts (Writer             *writer,
             const char         *name,
             const char * const *texts)
{
  for (guint i = 0; texts[i] != NULL; i++)
    write_text (writer, name, texts[i]);
}

static void
write_enum (Writer     *writer,
            const char *name,
            GType       type,
            int         value)
{
  write_text (writer, name, accord_enum_to_nick (type, value));
}

static void
write_date (Writer      *writer,
            const char  *name,
            const GDate *date,
            int          add_days)
{
  GDate day = *date;
  char value[9];

  g_date_add_days (&day, add_days);
  g_snprintf (value, sizeof value, "%04d%02d%02d", g_date_get_year (&day),
              g_date_get_month (&day), g_date_get_day (&day));
  begin_property (writer, name);
  g_string_append (writer->line, ";VALUE=DATE");
  end_property_raw (writer, value);
}

/* DTSTART, and DTEND or DUE as the day after the last (both are exclusive ends, and RFC 5545
 * wants a VTODO's DUE after its DTSTART); the period's text and precision as X- properties. */
static void
write_period (Writer             *writer,
              const AccordPeriod *period,
              const char         *end_name)
{
  GDate start, end;

  if (accord_period_get_start (period, &start) && accord_period_get_end (period, &end))
    {
      write_date (writer, "DTSTART", &start, 0);
      write_date (writer, end_name, &end, 1);
    }

  write_text_if_any (writer, X_PERIOD_TEXT, accord_period_get_text (period));
  write_enum (writer, X_PRECISION, ACCORD_TYPE_PRECISION, accord_period_get_precision (period));
}

/* An address that can be a URL's value: neither spaces nor control characters. */
static gboolean
is_plain_uri (const char *uri)
{
  if (is_empty (uri))
    return FALSE;

  for (const char *c = uri; *c != '\0'; c++)
    if ((guchar) *c <= 0x20 || *c == 0x7f)
      return FALSE;

  return TRUE;
}

static void
write_record_common (Writer       *writer,
                     AccordRecord *record,
                     const char   *stamp)
{
  GListModel *sources = accord_record_get_sources (record);
  guint n_sources = g_list_model_get_n_items (sources);
  gboolean has_url = FALSE;

  {
    g_autofree char *uid = clean_text (accord_record_get_id (record));

    /* An id of only spaces; libical reads a UID as it is, without Accord's marks. */
    write_text (writer, "UID", uid[0] != '\0' ? uid : "-");
  }
  begin_property (writer, "DTSTAMP");
  end_property_raw (writer, stamp);
  write_text_if_any (writer, "SUMMARY", accord_record_get_title (record));

  for (guint i = 0; i < n_sources; i++)
    {
      g_autoptr(AccordSource) source = g_list_model_get_item (sources, i);
      const char *uri = accord_source_get_uri (source);

      /* RFC 5545 allows one URL. */
      if (!has_url && is_plain_uri (uri))
        {
          begin_property (writer, "URL");
          end_property_raw (writer, uri);
          has_url = TRUE;
        }
    }
  for (guint i = 0; i < n_sources; i++)
    {
      g_autoptr(AccordSource) source = g_list_model_get_item (sources, i);

      begin_property (writer, X_SOURCE);
      add_parameter (writer, X_ID, accord_item_get_id (ACCORD_ITEM (source)));
      add_parameter (writer, X_PUBLISHER, accord_source_get_publisher (source));
      add_parameter (writer, X_URI, accord_source_get_uri (source));
      add_parameter (writer, X_PUBLISHED, accord_source_get_published (source));
      end_property_text (writer, accord_source_get_title (source));
    }

  write_text_if_any (writer, "COMMENT", accord_record_get_notes (record));
}

static void
write_attendee (Writer            *writer,
                AccordParticipant *participant)
{
  const char *name = accord_participant_get_name (participant);

  begin_property (writer, "ATTENDEE");
  add_parameter (writer, X_ID, accord_item_get_id (ACCORD_ITEM (participant)));
  /* The CN of a participant known only by title is the title. */
  add_parameter (writer, "CN", accord_participant_get_display_name (participant));
  if (is_empty (name))
    add_parameter (writer, X_UNNAMED, "TRUE");
  add_parameter (writer, X_TITLE, accord_participant_get_title (participant));
  add_parameter (writer, X_AFFILIATION, accord_participant_get_affiliation (participant));
  add_parameter (writer, X_ROLE, accord_participant_get_role (participant));
  end_property_raw (writer, NO_ADDRESS);
}

static void
write_meeting (Writer        *writer,
               AccordMeeting *meeting,
               const char    *stamp)
{
  GListModel *participants = accord_meeting_get_participants (meeting);
  guint n_participants = g_list_model_get_n_items (participants);
  const char * const *outcomes = accord_meeting_get_outcomes (meeting);
  const char *summary = accord_meeting_get_summary (meeting);

  begin_property (writer, "BEGIN");
  end_property_raw (writer, "VEVENT");
  write_record_common (writer, ACCORD_RECORD (meeting), stamp);
  write_period (writer, accord_meeting_get_when (meeting), "DTEND");
  write_text_if_any (writer, "LOCATION", accord_meeting_get_location (meeting));

  /* Other programs show DESCRIPTION: the summary, then the outcomes one a line. Accord reads
   * the two back from their own properties. */
  if (outcomes[0] != NULL)
    {
      g_autoptr(GString) description = g_string_new (summary);

      for (guint i = 0; outcomes[i] != NULL; i++)
        g_string_append_printf (description, "%s• %s", description->len > 0 ? "\n" : "",
                                outcomes[i]);
      write_text (writer, "DESCRIPTION", description->str);
      write_text (writer, X_SUMMARY, summary);
      write_texts (writer, X_OUTCOME, outcomes);
    }
  else
    write_text_if_any (writer, "DESCRIPTION", summary);

  write_texts (writer, "CATEGORIES", accord_meeting_get_topics (meeting));
  for (guint i = 0; i < n_participants; i++)
    {
      g_autoptr(AccordParticipant) participant = g_list_model_get_item (participants, i);

      write_attendee (writer, participant);
    }
  write_enum (writer, X_FORMAT, ACCORD_TYPE_MEETING_FORMAT, accord_meeting_get_format (meeting));
  write_enum (writer, X_KIND, ACCORD_TYPE_MEETING_KIND, accord_meeting_get_kind (meeting));

  begin_property (writer, "END");
  end_property_raw (writer, "VEVENT");
}

static const char *
status_to_ical (AccordStatus status)
{
  switch (status)
    {
    case ACCORD_STATUS_ONGOING:
      return "IN-PROCESS";
    case ACCORD_STATUS_COMPLETED:
      return "COMPLETED";
    case ACCORD_STATUS_CANCELLED:
      return "CANCELLED";
    case ACCORD_STATUS_PROPOSED:
    case ACCORD_STATUS_PLANNED:
    default:
      return "NEEDS-ACTION";
    }
}

static void
write_initiative (Writer           *writer,
                  AccordInitiative *initiative,
                  const char       *stamp)
{
  GListModel *attributes = accord_initiative_get_attributes (initiative);
  guint n_attributes = g_list_model_get_n_items (attributes);
  const char *area = accord_initiative_get_area (initiative);
  AccordStatus status = accord_initiative_get_status (initiative);

  begin_property (writer, "BEGIN");
  end_property_raw (writer, "VTODO");
  write_record_common (writer, ACCORD_RECORD (initiative), stamp);
  write_period (writer, accord_initiative_get_period (initiative), "DUE");
  write_text_if_any (writer, "DESCRIPTION", accord_initiative_get_objective (initiative));
  write_text_if_any (writer, X_EXPECTED_OUTCOME, accord_initiative_get_expected_outcome (initiative));
  write_text_if_any (writer, X_LEAD, accord_initiative_get_lead (initiative));
  write_texts (writer, X_PARTNER, accord_initiative_get_partners (initiative));
  begin_property (writer, "STATUS");
  end_property_raw (writer, status_to_ical (status));
  write_enum (writer, X_STATUS, ACCORD_TYPE_STATUS, status);
  if (!is_empty (area))
    {
      write_text (writer, "CATEGORIES", area);
      write_text (writer, X_AREA, area);
    }
  write_text_if_any (writer, "RELATED-TO", accord_initiative_get_meeting_id (initiative));

  for (guint i = 0; i < n_attributes; i++)
    {
      g_autoptr(AccordAttribute) attribute = g_list_model_get_item (attributes, i);

      begin_property (writer, X_ATTRIBUTE);
      add_parameter (writer, X_ID, accord_item_get_id (ACCORD_ITEM (attribute)));
      add_parameter (writer, X_NAME, accord_attribute_get_name (attribute));
      end_property_text (writer, accord_attribute_get_value (attribute));
    }

  begin_property (writer, "END");
  end_property_raw (writer, "VTODO");
}

char *
accord_ical_save_data (GListModel *meetings,
                       GListModel *initiatives,
                       guint      *n_left_out,
                       gsize      *length)
{
  Writer writer = { g_string_new (NULL), g_string_new (NULL) };
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%dT%H%M%SZ");
  guint left_out = 0;

  g_return_val_if_fail (meetings == NULL || G_IS_LIST_MODEL (meetings), NULL);
  g_return_val_if_fail (initiatives == NULL || G_IS_LIST_MODEL (initiatives), NULL);

  g_string_append (writer.out,
                   "BEGIN:VCALENDAR\r\n"
                   "PRODID:-//Accord//Accord " VERSION "//EN\r\n"
                   "VERSION:2.0\r\n"
                   "CALSCALE:GREGORIAN\r\n");

  for (guint i = 0; meetings != NULL && i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(AccordMeeting) meeting = g_list_model_get_item (meetings, i);

      /* An event needs a start (RFC 5545, 3.6.1). */
      if (!accord_period_is_known (accord_meeting_get_when (meeting)))
        left_out++;
      else
        write_meeting (&writer, meeting, stamp);
    }

  for (guint i = 0; initiatives != NULL && i < g_list_model_get_n_items (initiatives); i++)
    {
      g_autoptr(AccordInitiative) initiative = g_list_model_get_item (initiatives, i);

      write_initiative (&writer, initiative, stamp);
    }

  g_string_append (writer.out, "END:VCALENDAR\r\n");
  g_string_free (writer.line, TRUE);

  if (n_left_out != NULL)
    *n_left_out = left_out;
  if (length != NULL)
    *length = writer.out->len;

  return g_string_free (writer.out, FALSE);
}

/* Reading */

/* What one import shares: the range asked for, the zone for UTC times, the occurrences that
 * have a component of their own (RECURRENCE-ID). */
typedef struct
{
  gboolean    has_range;
  guint32     from;
  guint32     to;
  GTimeZone  *utc_zone;
  GHashTable *overridden;
  GPtrArray  *meetings;
  GPtrArray  *initiatives;
  GError     *error;
} Reader;

static const char *
x_parameter (icalproperty *prop,
             const char   *name)
{
  for (icalparameter *param = icalproperty_get_first_parameter (prop, ICAL_X_PARAMETER);
       param != NULL;
       param = icalproperty_get_next_parameter (prop, ICAL_X_PARAMETER))
    if (g_ascii_strcasecmp (icalparameter_get_xname (param), name) == 0)
      return icalparameter_get_xvalue (param);

  return NULL;
}

static const char *
x_value (icalproperty *prop)
{
  icalvalue *value = icalproperty_get_value (prop);

  if (x_parameter (prop, X_EMPTY) != NULL)
    return "";

  if (value != NULL && icalvalue_isa (value) == ICAL_TEXT_VALUE)
    return icalvalue_get_text (value);

  return icalproperty_get_x (prop);
}

/* Each X- property called @name in order; NULL when there is none. */
static GStrv
x_texts (icalcomponent *comp,
         const char    *name)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  gboolean any = FALSE;

  for (icalproperty *prop = icalcomponent_get_first_property (comp, ICAL_X_PROPERTY);
       prop != NULL;
       prop = icalcomponent_get_next_property (comp, ICAL_X_PROPERTY))
    if (g_ascii_strcasecmp (icalproperty_get_x_name (prop), name) == 0)
      {
        const char *text = x_value (prop);

        g_strv_builder_add (builder, text != NULL ? text : "");
        any = TRUE;
      }

  return any ? g_strv_builder_end (builder) : NULL;
}

static const char *
x_text (icalcomponent *comp,
        const char    *name)
{
  for (icalproperty *prop = icalcomponent_get_first_property (comp, ICAL_X_PROPERTY);
       prop != NULL;
       prop = icalcomponent_get_next_property (comp, ICAL_X_PROPERTY))
    if (g_ascii_strcasecmp (icalproperty_get_x_name (prop), name) == 0)
      {
        const char *text = x_value (prop);

        return text != NULL ? text : "";
      }

  return NULL;
}

static int
x_enum (icalcomponent *comp,
        const char    *name,
        GType          type,
        int            fallback)
{
  const char *nick = x_text (comp, name);
  int value;

  if (nick != NULL && accord_enum_from_nick (type, nick, &value))
    return value;

  return fallback;
}

static GStrv
texts (icalcomponent     *comp,
       icalproperty_kind  kind)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (icalproperty *prop = icalcomponent_get_first_property (comp, kind);
       prop != NULL;
       prop = icalcomponent_get_next_property (comp, kind))
    {
      icalvalue *value = icalproperty_get_value (prop);
      const char *text = value != NULL ? icalvalue_get_text (value) : NULL;

      if (!is_empty (text))
        g_strv_builder_add (builder, text);
    }

  return g_strv_builder_end (builder);
}

static const char *
first_text (icalcomponent     *comp,
            icalproperty_kind  kind)
{
  icalproperty *prop = icalcomponent_get_first_property (comp, kind);
  icalvalue *value = prop != NULL ? icalproperty_get_value (prop) : NULL;

  return value != NULL ? icalvalue_get_text (value) : NULL;
}

/* The day of @time in its own zone, or for a UTC time in the calendar's zone. FALSE when
 * @time is missing or no day Accord takes (years 1 to 9999). @midnight is set when the time
 * is 00:00, which as an end means the day before. */
static gboolean
time_to_date (Reader              *reader,
              struct icaltimetype  time,
              GDate               *date,
              gboolean            *midnight)
{
  int year = time.year, month = time.month, day = time.day;
  int hour = time.hour, minute = time.minute, second = time.second;

  if (icaltime_is_null_time (time))
    return FALSE;

  if (!time.is_date && icaltime_is_utc (time))
    {
      g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (icaltime_as_timet (time));
      g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_timezone (utc, reader->utc_zone) : NULL;

      if (local == NULL)
        return FALSE;
      g_date_time_get_ymd (local, &year, &month, &day);
      hour = g_date_time_get_hour (local);
      minute = g_date_time_get_minute (local);
      second = g_date_time_get_second (local);
    }

  if (year < 1 || year > 9999 || !g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
  if (midnight != NULL)
    *midnight = time.is_date || (hour == 0 && minute == 0 && second == 0);

  return TRUE;
}

/* The first and last day an event or to-do covers: its end (DTEND, DUE, or what DURATION
 * gives) is exclusive when it is a date or midnight. */
static gboolean
component_days (Reader        *reader,
                icalcomponent *comp,
                GDate         *start,
                GDate         *end)
{
  struct icaltimetype dtstart = icalcomponent_get_dtstart (comp);
  struct icaltimetype dtend;
  gboolean midnight = FALSE;

  if (icalcomponent_isa (comp) == ICAL_VTODO_COMPONENT)
    dtend = icalcomponent_get_due (comp);
  else
    dtend = icalcomponent_get_dtend (comp);

  if (!time_to_date (reader, dtstart, start, NULL))
    {
      /* A to-do may have only a due day. */
      if (!time_to_date (reader, dtend, start, NULL))
        return FALSE;
      *end = *start;
      return TRUE;
    }

  if (!time_to_date (reader, dtend, end, &midnight) || g_date_compare (end, start) < 0)
    {
      *end = *start;
      return TRUE;
    }

  if (midnight && g_date_compare (end, start) > 0)
    g_date_subtract_days (end, 1);

  return TRUE;
}

static char *
iso_range_text (const GDate *start,
                const GDate *end)
{
  g_autofree char *first = accord_date_to_iso (start);
  g_autofree char *last = NULL;

  if (g_date_compare (start, end) == 0)
    return g_steal_pointer (&first);

  last = accord_date_to_iso (end);
  return g_strdup_printf ("%s – %s", first, last);
}

/* The period Accord wrote, or days of precision "day" with the dates as text. */
static AccordPeriod *
read_period (icalcomponent *comp,
             const GDate   *start,
             const GDate   *end)
{
  const char *text = x_text (comp, X_PERIOD_TEXT);
  AccordPrecision precision = x_enum (comp, X_PRECISION, ACCORD_TYPE_PRECISION,
                                      ACCORD_PRECISION_DAY);
  g_autofree char *dates = NULL;

  if (start == NULL)
    return accord_period_new (text != NULL ? text : "", ACCORD_PRECISION_UNKNOWN, NULL, NULL);

  if (precision == ACCORD_PRECISION_UNKNOWN)
    precision = ACCORD_PRECISION_DAY;
  if (text == NULL && x_text (comp, X_PRECISION) == NULL)
    text = dates = iso_range_text (start, end);

  return accord_period_new (text != NULL ? text : "", precision, start, end);
}

static void
read_sources (icalcomponent *comp,
              AccordRecord  *record)
{
  GListStore *sources = G_LIST_STORE (accord_record_get_sources (record));
  gboolean any = FALSE;

  for (icalproperty *prop = icalcomponent_get_first_property (comp, ICAL_X_PROPERTY);
       prop != NULL;
       prop = icalcomponent_get_next_property (comp, ICAL_X_PROPERTY))
    if (g_ascii_strcasecmp (icalproperty_get_x_name (prop), X_SOURCE) == 0)
      {
        g_autoptr(AccordSource) source = accord_source_new (x_parameter (prop, X_PUBLISHER),
                                                            x_value (prop),
                                                            x_parameter (prop, X_URI),
                                                            x_parameter (prop, X_PUBLISHED));

        accord_item_set_id (ACCORD_ITEM (source), x_parameter (prop, X_ID));
        g_list_store_append (sources, source);
        any = TRUE;
      }

  /* Another program's URL is a source with only an address. */
  if (!any)
    {
      icalproperty *url = icalcomponent_get_first_property (comp, ICAL_URL_PROPERTY);

      if (url != NULL && !is_empty (icalproperty_get_url (url)))
        {
          g_autoptr(AccordSource) source = accord_source_new (NULL, NULL,
                                                              icalproperty_get_url (url), NULL);
          g_list_store_append (sources, source);
        }
    }
}

static void
read_record_common (icalcomponent *comp,
                    AccordRecord  *record,
                    const char    *id)
{
  g_auto(GStrv) comments = texts (comp, ICAL_COMMENT_PROPERTY);
  g_autofree char *notes = g_strjoinv ("\n\n", comments);

  accord_record_set_id (record, id);
  accord_record_set_title (record, first_text (comp, ICAL_SUMMARY_PROPERTY));
  accord_record_set_notes (record, notes);
  read_sources (comp, record);
}

static AccordParticipant *
read_attendee (icalproperty *prop)
{
  icalparameter *cn_param = icalproperty_get_first_parameter (prop, ICAL_CN_PARAMETER);
  const char *cn = cn_param != NULL ? icalparameter_get_cn (cn_param) : NULL;
  const char *address = icalproperty_get_attendee (prop);
  const char *name = cn;
  AccordParticipant *participant;

  if (x_parameter (prop, X_UNNAMED) != NULL)
    name = NULL;
  else if (is_empty (cn) && address != NULL && g_ascii_strncasecmp (address, "mailto:", 7) == 0)
    name = address + 7;

  participant = accord_participant_new (name, x_parameter (prop, X_TITLE),
                                        x_parameter (prop, X_AFFILIATION),
                                        x_parameter (prop, X_ROLE));
  accord_item_set_id (ACCORD_ITEM (participant), x_parameter (prop, X_ID));

  return participant;
}

static AccordMeeting *
read_vevent (icalcomponent      *comp,
             const char         *id,
             const AccordPeriod *when)
{
  AccordMeeting *meeting = accord_meeting_new (NULL);
  GListStore *participants = G_LIST_STORE (accord_meeting_get_participants (meeting));
  g_auto(GStrv) topics = texts (comp, ICAL_CATEGORIES_PROPERTY);
  g_auto(GStrv) outcomes = x_texts (comp, X_OUTCOME);
  const char *summary = x_text (comp, X_SUMMARY);

  read_record_common (comp, ACCORD_RECORD (meeting), id);
  accord_meeting_set_when (meeting, when);
  accord_meeting_set_location (meeting, first_text (comp, ICAL_LOCATION_PROPERTY));
  accord_meeting_set_format (meeting, x_enum (comp, X_FORMAT, ACCORD_TYPE_MEETING_FORMAT,
                                              ACCORD_MEETING_FORMAT_UNSPECIFIED));
  accord_meeting_set_kind (meeting, x_enum (comp, X_KIND, ACCORD_TYPE_MEETING_KIND,
                                            ACCORD_MEETING_KIND_OTHER));
  accord_meeting_set_topics (meeting, (const char * const *) topics);
  accord_meeting_set_summary (meeting, summary != NULL ? summary
                                                       : first_text (comp, ICAL_DESCRIPTION_PROPERTY));
  accord_meeting_set_outcomes (meeting, (const char * const *) outcomes);

  for (icalproperty *prop = icalcomponent_get_first_property (comp, ICAL_ATTENDEE_PROPERTY);
       prop != NULL;
       prop = icalcomponent_get_next_property (comp, ICAL_ATTENDEE_PROPERTY))
    {
      g_autoptr(AccordParticipant) participant = read_attendee (prop);

      g_list_store_append (participants, participant);
    }

  return meeting;
}

static AccordStatus
status_from_ical (icalcomponent *comp)
{
  icalproperty *prop = icalcomponent_get_first_property (comp, ICAL_STATUS_PROPERTY);

  if (prop == NULL)
    return ACCORD_STATUS_PROPOSED;

  switch (icalproperty_get_status (prop))
    {
    case ICAL_STATUS_INPROCESS:
      return ACCORD_STATUS_ONGOING;
    case ICAL_STATUS_COMPLETED:
      return ACCORD_STATUS_COMPLETED;
    case ICAL_STATUS_CANCELLED:
      return ACCORD_STATUS_CANCELLED;
    case ICAL_STATUS_NEEDSACTION:
    default:
      return ACCORD_STATUS_PLANNED;
    }
}

static AccordInitiative *
read_vtodo (icalcomponent      *comp,
            const AccordPeriod *period)
{
  AccordInitiative *initiative = accord_initiative_new (NULL);
  GListStore *attributes = G_LIST_STORE (accord_initiative_get_attributes (initiative));
  g_auto(GStrv) partners = x_texts (comp, X_PARTNER);
  g_auto(GStrv) categories = texts (comp, ICAL_CATEGORIES_PROPERTY);
  const char *lead = x_text (comp, X_LEAD);
  const char *area = x_text (comp, X_AREA);

  if (lead == NULL)
    {
      icalproperty *organizer = icalcomponent_get_first_property (comp, ICAL_ORGANIZER_PROPERTY);
      icalparameter *cn = organizer != NULL
        ? icalproperty_get_first_parameter (organizer, ICAL_CN_PARAMETER) : NULL;

      lead = cn != NULL ? icalparameter_get_cn (cn) : NULL;
    }

  read_record_common (comp, ACCORD_RECORD (initiative), icalcomponent_get_uid (comp));
  accord_initiative_set_period (initiative, period);
  accord_initiative_set_objective (initiative, first_text (comp, ICAL_DESCRIPTION_PROPERTY));
  accord_initiative_set_expected_outcome (initiative, x_text (comp, X_EXPECTED_OUTCOME));
  accord_initiative_set_lead (initiative, lead);
  accord_initiative_set_partners (initiative, (const char * const *) partners);
  accord_initiative_set_status (initiative, x_enum (comp, X_STATUS, ACCORD_TYPE_STATUS,
                                                    status_from_ical (comp)));
  accord_initiative_set_area (initiative, area != NULL ? area : categories[0]);
  accord_initiative_set_meeting_id (initiative, first_text (comp, ICAL_RELATEDTO_PROPERTY));

  for (icalproperty *prop = icalcomponent_get_first_property (comp, ICAL_X_PROPERTY);
       prop != NULL;
       prop = icalcomponent_get_next_property (comp, ICAL_X_PROPERTY))
    if (g_ascii_strcasecmp (icalproperty_get_x_name (prop), X_ATTRIBUTE) == 0)
      {
        g_autoptr(AccordAttribute) attribute = accord_attribute_new (x_parameter (prop, X_NAME),
                                                                     x_value (prop));

        accord_item_set_id (ACCORD_ITEM (attribute), x_parameter (prop, X_ID));
        g_list_store_append (attributes, attribute);
      }

  return initiative;
}

static const char *
component_title (icalcomponent *comp)
{
  const char *title = first_text (comp, ICAL_SUMMARY_PROPERTY);

  return title != NULL ? title : "";
}

static gboolean
in_range (Reader      *reader,
          const GDate *start,
          const GDate *end)
{
  if (!reader->has_range)
    return TRUE;
  if (start == NULL)
    return FALSE;

  return g_date_get_julian (end) >= reader->from && g_date_get_julian (start) <= reader->to;
}

static char *
occurrence_key (const char  *uid,
                const GDate *date)
{
  g_autofree char *iso = accord_date_to_iso (date);

  return g_strconcat (uid != NULL ? uid : "", "-", iso, NULL);
}

static gboolean
is_recurring (icalcomponent *comp)
{
  return icalcomponent_get_first_property (comp, ICAL_RRULE_PROPERTY) != NULL
    || icalcomponent_get_first_property (comp, ICAL_RDATE_PROPERTY) != NULL;
}

static void
add_meeting (Reader        *reader,
             icalcomponent *comp,
             const char    *id,
             const GDate   *start,
             const GDate   *end)
{
  g_autoptr(AccordPeriod) when = read_period (comp, start, end);

  g_ptr_array_add (reader->meetings, read_vevent (comp, id, when));
}

static gboolean
add_occurrence (Reader        *reader,
                icalcomponent *comp,
                GHashTable    *seen,
                const GDate   *start,
                int            n_days,
                guint         *n_occurrences)
{
  const char *uid = icalcomponent_get_uid (comp);
  g_autofree char *id = occurrence_key (uid, start);
  GDate end = *start;

  g_date_add_days (&end, n_days);
  if (!in_range (reader, start, &end) || g_hash_table_contains (seen, id)
      || g_hash_table_contains (reader->overridden, id))
    return TRUE;

  if (++*n_occurrences > ACCORD_ICAL_MAX_OCCURRENCES)
    {
      g_set_error (&reader->error, ACCORD_ICAL_ERROR, ACCORD_ICAL_ERROR_TOO_MANY,
                   /* Translators: %s is an event's title, %d a number */
                   _("“%1$s” repeats more than %2$d times in the chosen dates; choose fewer dates"),
                   component_title (comp), ACCORD_ICAL_MAX_OCCURRENCES);
      return FALSE;
    }

  g_hash_table_add (seen, g_strdup (id));
  add_meeting (reader, comp, id, start, &end);

  return TRUE;
}

static gboolean
add_date (Reader              *reader,
          icalcomponent       *comp,
          GHashTable          *seen,
          GHashTable          *excluded,
          struct icaltimetype  time,
          int                  n_days,
          guint               *n_occurrences)
{
  GDate start;

  if (!time_to_date (reader, time, &start, NULL))
    return TRUE;
  if (g_hash_table_contains (excluded, GUINT_TO_POINTER (g_date_get_julian (&start))))
    return TRUE;

  return add_occurrence (reader, comp, seen, &start, n_days, n_occurrences);
}

/* Each occurrence of a repeating event in the range is a meeting of its own, whose id is the
 * event's UID and the day ("UID-2024-03-05"). Occurrences are counted by their days in the
 * event's zone, as written. */
static gboolean
expand_recurring (Reader        *reader,
                  icalcomponent *comp,
                  const GDate   *start,
                  const GDate   *end)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) excluded = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) rdates = g_array_new (FALSE, FALSE, sizeof (struct icaltimetype));
  g_autoptr(GArray) rules = g_array_new (FALSE, FALSE, sizeof (struct icalrecurrencetype));
  struct icaltimetype dtstart = icalcomponent_get_dtstart (comp);
  int n_days = g_date_days_between (start, end);
  guint n_occurrences = 0;

  for (icalproperty *prop = icalcomponent_get_first_property (comp, ICAL_EXDATE_PROPERTY);
       prop != NULL;
       prop = icalcomponent_get_next_property (comp, ICAL_EXDATE_PROPERTY))
    {
      GDate date;

      if (time_to_date (reader, icalproperty_get_exdate (prop), &date, NULL))
        g_hash_table_add (excluded, GUINT_TO_POINTER (g_date_get_julian (&date)));
    }

  /* Reading an occurrence walks the component's properties, which resets libical's one
   * iterator over them: the dates and rules are taken first. */
  for (icalproperty *prop = icalcomponent_get_first_property (comp, ICAL_RDATE_PROPERTY);
       prop != NULL;
       prop = icalcomponent_get_next_property (comp, ICAL_RDATE_PROPERTY))
    {
      struct icaldatetimeperiodtype rdate = icalproperty_get_rdate (prop);
      struct icaltimetype time = icaltime_is_null_time (rdate.time) ? rdate.period.start
                                                                    : rdate.time;

      g_array_append_val (rdates, time);
    }
  for (icalproperty *prop = icalcomponent_get_first_property (comp, ICAL_RRULE_PROPERTY);
       prop != NULL;
       prop = icalcomponent_get_next_property (comp, ICAL_RRULE_PROPERTY))
    {
      struct icalrecurrencetype rule = icalproperty_get_rrule (prop);

      g_array_append_val (rules, rule);
    }

  if (!add_date (reader, comp, seen, excluded, dtstart, n_days, &n_occurrences))
    return FALSE;

  for (guint i = 0; i < rdates->len; i++)
    if (!add_date (reader, comp, seen, excluded, g_array_index (rdates, struct icaltimetype, i),
                   n_days, &n_occurrences))
      return FALSE;

  for (guint i = 0; i < rules->len; i++)
    {
      icalrecur_iterator *iterator = icalrecur_iterator_new (g_array_index (rules, struct icalrecurrencetype, i),
                                                             dtstart);
      gboolean ok = TRUE;

      for (guint step = 0; iterator != NULL && ok && step < MAX_RECURRENCE_STEPS; step++)
        {
          struct icaltimetype next = icalrecur_iterator_next (iterator);
          GDate date;

          if (icaltime_is_null_time (next) || !time_to_date (reader, next, &date, NULL)
              || g_date_get_julian (&date) > reader->to)
            break;
          ok = add_date (reader, comp, seen, excluded, next, n_days, &n_occurrences);
        }

      g_clear_pointer (&iterator, icalrecur_iterator_free);
      if (!ok)
        return FALSE;
    }

  return TRUE;
}

static gboolean
read_event (Reader        *reader,
            icalcomponent *comp)
{
  GDate start, end;
  gboolean has_days = component_days (reader, comp, &start, &end);
  struct icaltimetype recurrence_id = icalcomponent_get_recurrenceid (comp);
  g_autofree char *occurrence_id = NULL;

  if (has_days && is_recurring (comp))
    {
      if (!reader->has_range)
        {
          g_set_error (&reader->error, ACCORD_ICAL_ERROR, ACCORD_ICAL_ERROR_RECURRING,
                       /* Translators: %s is an event's title */
                       _("“%s” is a repeating event: choose the dates in which to import "
                         "its occurrences"),
                       component_title (comp));
          return FALSE;
        }
      return expand_recurring (reader, comp, &start, &end);
    }

  if (!in_range (reader, has_days ? &start : NULL, &end))
    return TRUE;

  /* One occurrence of a repeating event, changed: it takes the occurrence's id. */
  if (!icaltime_is_null_time (recurrence_id))
    {
      GDate date;

      if (time_to_date (reader, recurrence_id, &date, NULL))
        occurrence_id = occurrence_key (icalcomponent_get_uid (comp), &date);
    }

  add_meeting (reader, comp, occurrence_id != NULL ? occurrence_id : icalcomponent_get_uid (comp),
               has_days ? &start : NULL, &end);

  return TRUE;
}

static void
read_todo (Reader        *reader,
           icalcomponent *comp)
{
  GDate start, end;
  gboolean has_days = component_days (reader, comp, &start, &end);
  g_autoptr(AccordPeriod) period = NULL;

  if (!in_range (reader, has_days ? &start : NULL, &end))
    return;

  period = read_period (comp, has_days ? &start : NULL, &end);
  g_ptr_array_add (reader->initiatives, read_vtodo (comp, period));
}

static void
collect_overridden (Reader        *reader,
                    icalcomponent *calendar)
{
  for (icalcomponent *comp = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       comp != NULL;
       comp = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      struct icaltimetype recurrence_id = icalcomponent_get_recurrenceid (comp);
      GDate date;

      if (!icaltime_is_null_time (recurrence_id) && time_to_date (reader, recurrence_id, &date, NULL))
        g_hash_table_add (reader->overridden, occurrence_key (icalcomponent_get_uid (comp), &date));
    }
}

static gboolean
read_calendar (Reader        *reader,
               icalcomponent *calendar)
{
  icalproperty *zone_name = NULL;
  g_autoptr(GTimeZone) zone = NULL;

  /* UTC times are on the day they are in the calendar's zone (Google and Outlook name it so),
   * else in the user's. */
  for (icalproperty *prop = icalcomponent_get_first_property (calendar, ICAL_X_PROPERTY);
       prop != NULL;
       prop = icalcomponent_get_next_property (calendar, ICAL_X_PROPERTY))
    if (g_ascii_strcasecmp (icalproperty_get_x_name (prop), "X-WR-TIMEZONE") == 0)
      zone_name = prop;
  if (zone_name != NULL && !is_empty (x_value (zone_name)))
    zone = g_time_zone_new_identifier (x_value (zone_name));
  g_clear_pointer (&reader->utc_zone, g_time_zone_unref);
  reader->utc_zone = zone != NULL ? g_steal_pointer (&zone) : g_time_zone_new_local ();

  collect_overridden (reader, calendar);

  for (icalcomponent *comp = icalcomponent_get_first_component (calendar, ICAL_ANY_COMPONENT);
       comp != NULL;
       comp = icalcomponent_get_next_component (calendar, ICAL_ANY_COMPONENT))
    {
      switch (icalcomponent_isa (comp))
        {
        case ICAL_VEVENT_COMPONENT:
          if (!read_event (reader, comp))
            return FALSE;
          break;
        case ICAL_VTODO_COMPONENT:
          read_todo (reader, comp);
          break;
        default:
          break;
        }
    }

  return TRUE;
}

/* Checking the text before libical parses it */

static void
set_position_error (GError     **error,
                    int          code,
                    guint        line,
                    guint        column,
                    const char  *what)
{
  /* Translators: %u are the line and column of a file, %s says what is wrong there */
  g_set_error (error, ACCORD_ICAL_ERROR, code, _("Line %1$u, column %2$u: %3$s"), line, column, what);
}

/* libical takes almost anything and never says where it stopped; this finds, with line and
 * column, what it would misread: text that is not UTF-8, a line that is no property, BEGIN and
 * END that do not pair. Folded lines (RFC 5545, 3.1) are part of the line before. */
static gboolean
check_text (const char  *data,
            gsize        length,
            GError     **error)
{
  g_autoptr(GPtrArray) open = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) open_lines = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GString) unfolded = g_string_new (NULL);
  const char *invalid;
  const char *line = data;
  const char *data_end = data + length;
  guint line_number = 0;
  gboolean any = FALSE;

  if (!g_utf8_validate_len (data, length, &invalid))
    {
      guint bad_line = 1, bad_column = 1;

      for (const char *c = data; c < invalid; c = g_utf8_next_char (c))
        {
          if (*c == '\n')
            {
              bad_line++;
              bad_column = 1;
            }
          else
            bad_column++;
        }
      set_position_error (error, ACCORD_ICAL_ERROR_ENCODING, bad_line, bad_column,
                          *invalid == '\0' ? _("the file holds a NUL character")
                                            : _("the text is not UTF-8"));
      return FALSE;
    }

  while (line < data_end)
    {
      guint first_line = ++line_number;
      const char *colon = NULL;
      gboolean quoted = FALSE;
      gsize name_length = 0;
      const char *text;
      gsize n;

      /* The line, with the lines folded into it. */
      g_string_truncate (unfolded, 0);
      for (;;)
        {
          const char *newline = memchr (line, '\n', data_end - line);
          const char *line_end = newline != NULL ? newline : data_end;
          gsize physical = line_end - line;

          if (physical > 0 && line[physical - 1] == '\r')
            physical--;
          if (unfolded->len == 0)
            g_string_append_len (unfolded, line, physical);
          else if (physical > 0)
            g_string_append_len (unfolded, line + 1, physical - 1);
          line = line_end + 1;
          if (line >= data_end || (line[0] != ' ' && line[0] != '\t'))
            break;
          line_number++;
        }
      text = unfolded->str;
      n = unfolded->len;

      /* A blank line (some programs end the file with one). */
      if (n == 0)
        continue;
      if (text[0] == ' ' || text[0] == '\t')
        {
          set_position_error (error, ACCORD_ICAL_ERROR_SYNTAX, first_line, 1,
                              _("the file does not start with BEGIN:VCALENDAR"));
          return FALSE;
        }

      while (name_length < n && (g_ascii_isalnum (text[name_length]) || text[name_length] == '-'))
        name_length++;
      for (gsize i = name_length; i < n && colon == NULL; i++)
        if (text[i] == '"')
          quoted = !quoted;
        else if (text[i] == ':' && !quoted)
          colon = text + i;

      if (name_length == 0 || colon == NULL
          || (text[name_length] != ';' && text[name_length] != ':'))
        {
          set_position_error (error, ACCORD_ICAL_ERROR_SYNTAX, first_line, name_length + 1,
                              _("this line is not a property (NAME:value)"));
          return FALSE;
        }

      if (!any && g_ascii_strcasecmp (text, "BEGIN:VCALENDAR") != 0)
        {
          set_position_error (error, ACCORD_ICAL_ERROR_SYNTAX, first_line, 1,
                              _("the file does not start with BEGIN:VCALENDAR"));
          return FALSE;
        }
      any = TRUE;

      if (name_length == 5 && g_ascii_strncasecmp (text, "BEGIN", 5) == 0)
        {
          g_ptr_array_add (open, g_ascii_strup (colon + 1, text + n - colon - 1));
          g_array_append_val (open_lines, first_line);
        }
      else if (name_length == 3 && g_ascii_strncasecmp (text, "END", 3) == 0)
        {
          g_autofree char *name = g_ascii_strup (colon + 1, text + n - colon - 1);

          if (open->len == 0)
            {
              set_position_error (error, ACCORD_ICAL_ERROR_SYNTAX, first_line, 1,
                                  _("END without a BEGIN"));
              return FALSE;
            }
          if (strcmp (name, g_ptr_array_index (open, open->len - 1)) != 0)
            {
              g_autofree char *what = NULL;

              /* Translators: END:%s does not close BEGIN:%s on line %u */
              what = g_strdup_printf (_("END:%1$s does not close BEGIN:%2$s of line %3$u"), name,
                                      (char *) g_ptr_array_index (open, open->len - 1),
                                      g_array_index (open_lines, guint, open->len - 1));
              set_position_error (error, ACCORD_ICAL_ERROR_SYNTAX, first_line, 1, what);
              return FALSE;
            }
          g_ptr_array_remove_index (open, open->len - 1);
          g_array_remove_index (open_lines, open_lines->len - 1);
        }
    }

  if (open->len > 0)
    {
      g_autofree char *what = NULL;

      /* Translators: %s is a component's name, %u a line number */
      what = g_strdup_printf (_("BEGIN:%1$s of line %2$u has no END"),
                              (char *) g_ptr_array_index (open, open->len - 1),
                              g_array_index (open_lines, guint, open->len - 1));
      set_position_error (error, ACCORD_ICAL_ERROR_SYNTAX, line_number, 1, what);
      return FALSE;
    }

  return TRUE;
}

gboolean
accord_ical_load_data (const char   *data,
                       gssize        length,
                       const GDate  *from,
                       const GDate  *to,
                       GPtrArray   **meetings,
                       GPtrArray   **initiatives,
                       GError      **error)
{
  g_autofree char *text = NULL;
  icalcomponent *root;
  Reader reader = { 0 };
  gboolean ok = TRUE;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail ((from == NULL) == (to == NULL), FALSE);
  g_return_val_if_fail (meetings != NULL && initiatives != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (length < 0)
    length = strlen (data);

  {
    gsize i = 0;

    while (i < (gsize) length && g_ascii_isspace (data[i]))
      i++;
    if (i == (gsize) length)
      {
        g_set_error_literal (error, ACCORD_ICAL_ERROR, ACCORD_ICAL_ERROR_EMPTY,
                             _("The file is empty"));
        return FALSE;
      }
  }

  if (!check_text (data, length, error))
    return FALSE;

  text = g_strndup (data, length);
  root = icalparser_parse_string (text);
  if (root == NULL)
    {
      g_set_error_literal (error, ACCORD_ICAL_ERROR, ACCORD_ICAL_ERROR_SYNTAX,
                           _("The file is not an iCalendar file"));
      return FALSE;
    }

  reader.has_range = from != NULL;
  if (from != NULL)
    {
      reader.from = g_date_get_julian (from);
      reader.to = g_date_get_julian (to);
    }
  else
    reader.to = G_MAXUINT32;
  reader.overridden = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  reader.meetings = g_ptr_array_new_with_free_func (g_object_unref);
  reader.initiatives = g_ptr_array_new_with_free_func (g_object_unref);

  /* Several calendars in one file come under an XROOT. */
  if (icalcomponent_isa (root) == ICAL_VCALENDAR_COMPONENT)
    ok = read_calendar (&reader, root);
  else
    for (icalcomponent *calendar = icalcomponent_get_first_component (root, ICAL_VCALENDAR_COMPONENT);
         ok && calendar != NULL;
         calendar = icalcomponent_get_next_component (root, ICAL_VCALENDAR_COMPONENT))
      ok = read_calendar (&reader, calendar);

  icalcomponent_free (root);
  g_clear_pointer (&reader.utc_zone, g_time_zone_unref);
  g_clear_pointer (&reader.overridden, g_hash_table_unref);

  if (!ok)
    {
      g_propagate_error (error, reader.error);
      g_clear_pointer (&reader.meetings, g_ptr_array_unref);
      g_clear_pointer (&reader.initiatives, g_ptr_array_unref);
      return FALSE;
    }

  *meetings = reader.meetings;
  *initiatives = reader.initiatives;

  return TRUE;
}
