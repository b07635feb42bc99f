/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <libical/ical.h>
#include <locale.h>

#include "accord-ical.h"
#include "accord-json.h"
#include "accord-participant.h"
#include "accord-source.h"

/* Every field filled, with text that needs escaping in iCalendar: commas, semicolons, colons,
 * quotes, backslashes, line breaks, carets, Lao and Vietnamese. */
static const char *tricky_document =
  "{\"format\": \"accord\", \"version\": 1,\n"
  " \"meetings\": [\n"
  "  {\"id\": \"m-retreat\", \"title\": \"Retreat; “AMM”, Luang Prabang: day 1\",\n"
  "   \"when\": {\"text\": \"29 January 2024\", \"start\": \"2024-01-29\", \"end\": \"2024-01-29\", \"precision\": \"day\"},\n"
  "   \"location\": \"ຫຼວງພະບາງ, Laos\", \"format\": \"in-person\", \"kind\": \"retreat\",\n"
  "   \"participants\": [\n"
  "     {\"name\": \"Bùi Thanh Sơn\", \"title\": \"Minister; \\\"Foreign\\\" Affairs\", \"affiliation\": \"Việt Nam, ASEAN\", \"role\": \"Co-chair: ^1\"},\n"
  "     {\"name\": \"\", \"title\": \"Deputy Minister\", \"affiliation\": \"ສປປ ລາວ\", \"role\": \"\"},\n"
  "     {\"name\": \"Line\\nbreak\", \"title\": \"\", \"affiliation\": \"\", \"role\": \"\"}],\n"
  "   \"topics\": [\"Connectivity, resilience\", \"Sea; law\", \"back\\\\slash\"],\n"
  "   \"summary\": \"First line\\nSecond, line; with: colon\",\n"
  "   \"outcomes\": [\"Nine priorities\", \"A “statement”, adopted\"],\n"
  "   \"sources\": [{\"publisher\": \"Việt Nam News\", \"title\": \"Retreat, opened\", \"uri\": \"https://vietnamnews.vn/a?b=1&c=2\", \"published\": \"2024-01-30\"},\n"
  "                {\"publisher\": \"KPL\", \"title\": \"ກອງປະຊຸມ\", \"uri\": \"\", \"published\": \"\"}],\n"
  "   \"notes\": \"Notes; with, all: \\\\ of it\"},\n"
  "  {\"id\": \"m-summit\", \"title\": \"Summits\",\n"
  "   \"when\": {\"text\": \"Q3 2024\", \"start\": \"2024-07-01\", \"end\": \"2024-09-30\", \"precision\": \"quarter\"}},\n"
  "  {\"id\": \"m-long\", \"title\": \"Long\",\n"
  "   \"when\": {\"text\": \"\", \"start\": \"2024-10-08\", \"end\": \"2024-10-11\", \"precision\": \"day\"}}\n"
  " ],\n"
  " \"initiatives\": [\n"
  "  {\"id\": \"i-forum\", \"title\": \"ASEAN Future Forum\", \"objective\": \"Talk, plan; act\",\n"
  "   \"expected_outcome\": \"A forum\\nevery year\",\n"
  "   \"timeline\": {\"text\": \"Throughout 2024\", \"start\": \"2024-01-01\", \"end\": \"2024-12-31\", \"precision\": \"year\"},\n"
  "   \"lead\": \"Việt Nam\", \"partners\": [\"Lao PDR\", \"ASEAN, Secretariat\"], \"status\": \"ongoing\",\n"
  "   \"area\": \"Politics; security\", \"meeting\": \"m-retreat\",\n"
  "   \"attributes\": [{\"name\": \"ASEAN Priority\", \"value\": \"Border; patrols\"}, {\"name\": \"Rank, order\", \"value\": \"1\"}],\n"
  "   \"sources\": [{\"publisher\": \"VNA\", \"title\": \"Forum\", \"uri\": \"https://vnanet.vn/\", \"published\": \"2024-04-23\"}],\n"
  "   \"notes\": \"n\"},\n"
  "  {\"id\": \"i-proposed\", \"title\": \"Proposed\", \"status\": \"proposed\",\n"
  "   \"timeline\": {\"text\": \"2024 – 2025\", \"start\": \"2024-01-01\", \"end\": \"2025-12-31\", \"precision\": \"years\"}},\n"
  "  {\"id\": \"i-planned\", \"title\": \"Planned, one day\", \"status\": \"planned\",\n"
  "   \"timeline\": {\"text\": \"5 May 2024\", \"start\": \"2024-05-05\", \"end\": \"2024-05-05\", \"precision\": \"day\"}},\n"
  "  {\"id\": \"i-undated\", \"title\": \"No date\", \"status\": \"cancelled\",\n"
  "   \"timeline\": {\"text\": \"Soon\", \"precision\": \"unknown\"}},\n"
  "  {\"id\": \"i-done\", \"title\": \"Done\", \"status\": \"completed\"}\n"
  " ]}\n";

static AccordDocument *
load_json (const char *json)
{
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (accord_json_load_data (document, json, -1, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&document);
}

static char *
export_document (AccordDocument *document,
                 guint          *n_left_out)
{
  return accord_ical_save_data (accord_document_get_meetings (document),
                                accord_document_get_initiatives (document), n_left_out, NULL);
}

static AccordDocument *
import_text (const char  *ical,
             const GDate *from,
             const GDate *to)
{
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GPtrArray) initiatives = NULL;
  g_autoptr(GError) error = NULL;

  accord_ical_load_data (ical, -1, from, to, &meetings, &initiatives, &error);
  g_assert_no_error (error);
  accord_document_load (document, meetings, initiatives);

  return g_steal_pointer (&document);
}

static char *
document_json (AccordDocument *document)
{
  return accord_json_save_data (document, NULL);
}

static void
assert_round_trip (AccordDocument *document)
{
  g_autofree char *ical = export_document (document, NULL);
  g_autoptr(AccordDocument) back = import_text (ical, NULL, NULL);
  g_autofree char *expected = document_json (document);
  g_autofree char *actual = document_json (back);
  g_autoptr(JsonNode) expected_tree = json_from_string (expected, NULL);
  g_autoptr(JsonNode) actual_tree = json_from_string (actual, NULL);

  /* Members in any order: the first document keeps its file's order. */
  if (!json_node_equal (expected_tree, actual_tree))
    g_assert_cmpstr (actual, ==, expected);
}

static void
test_round_trip (void)
{
  g_autoptr(AccordDocument) document = load_json (tricky_document);
  guint n_left_out = 99;
  g_autofree char *ical = export_document (document, &n_left_out);

  g_assert_cmpuint (n_left_out, ==, 0);
  /* Day precision as dates, and the exclusive end. */
  g_assert_nonnull (strstr (ical, "DTSTART;VALUE=DATE:20240129\r\n"));
  g_assert_nonnull (strstr (ical, "DTEND;VALUE=DATE:20240130\r\n"));
  g_assert_nonnull (strstr (ical, "UID:m-retreat\r\n"));
  g_assert_nonnull (strstr (ical, "X-ACCORD-PERIOD-TEXT:Q3 2024\r\n"));
  g_assert_nonnull (strstr (ical, "X-ACCORD-PRECISION:quarter\r\n"));
  g_assert_nonnull (strstr (ical, "URL:https://vietnamnews.vn/a?b=1&c=2\r\n"));
  g_assert_nonnull (strstr (ical, "STATUS:IN-PROCESS\r\n"));
  g_assert_nonnull (strstr (ical, "RELATED-TO:m-retreat\r\n"));

  assert_round_trip (document);
}

static char *
dataset_json (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("ACCORD_SOURCE_ROOT"), "resources",
                                            "asean-2024.json", NULL);
  g_autoptr(GError) error = NULL;
  char *json = NULL;

  g_assert_true (g_file_get_contents (path, &json, NULL, &error));
  g_assert_no_error (error);

  return json;
}

/* The built-in dataset comes back as it was, but for meetings without a date, which no event
 * can carry. */
static void
test_round_trip_dataset (void)
{
  g_autofree char *json = dataset_json ();
  g_autoptr(AccordDocument) document = load_json (json);
  GListModel *meetings = accord_document_get_meetings (document);
  guint n_left_out = 0, n_undated = 0;
  g_autofree char *ical = export_document (document, &n_left_out);

  for (guint i = g_list_model_get_n_items (meetings); i > 0; i--)
    {
      g_autoptr(AccordMeeting) meeting = g_list_model_get_item (meetings, i - 1);

      if (!accord_period_is_known (accord_meeting_get_when (meeting)))
        {
          accord_document_remove_record (document, ACCORD_RECORD (meeting));
          n_undated++;
        }
    }
  g_assert_cmpuint (n_left_out, ==, n_undated);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), >, 0);

  assert_round_trip (document);
}

/* libical's own checks of RFC 5545's rules (required and single properties). */
static void
test_valid_for_libical (void)
{
  g_autofree char *json = dataset_json ();
  g_autoptr(AccordDocument) dataset = load_json (json);
  g_autoptr(AccordDocument) tricky = load_json (tricky_document);
  AccordDocument *documents[] = { dataset, tricky };

  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_autofree char *ical = export_document (documents[i], NULL);
      icalcomponent *calendar = icalparser_parse_string (ical);

      g_assert_nonnull (calendar);
      g_assert_cmpint (icalcomponent_isa (calendar), ==, ICAL_VCALENDAR_COMPONENT);
      g_assert_cmpint (icalcomponent_count_errors (calendar), ==, 0);
      g_assert_true (icalrestriction_check (calendar));
      g_assert_cmpint (icalcomponent_count_errors (calendar), ==, 0);
      g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VEVENT_COMPONENT), >, 0);
      icalcomponent_free (calendar);
    }
}

/* Debian's python3-icalendar reads the export: the events, the to-dos, and their text. */
static void
test_valid_for_python_icalendar (void)
{
  g_autoptr(AccordDocument) document = load_json (tricky_document);
  g_autofree char *ical = export_document (document, NULL);
  g_autofree char *dir = g_dir_make_tmp ("accord-ical-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "export.ics", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = -1;
  const char *script =
    "import sys, icalendar\n"
    "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
    "events = cal.walk('VEVENT')\n"
    "todos = cal.walk('VTODO')\n"
    "print(len(events), len(todos))\n"
    "print(str(events[0]['SUMMARY']))\n"
    "print(str(events[0]['LOCATION']))\n"
    "print(events[0]['DTSTART'].dt.isoformat(), events[0]['DTEND'].dt.isoformat())\n"
    "print(events[0]['ATTENDEE'][0].params['CN'])\n"
    /* python3-icalendar 4.0 knows no RFC 6868 escapes, and splits CATEGORIES at escaped
     * commas (libical reads both right, as the round trip shows). */
    "title = events[0]['ATTENDEE'][0].params['X-ACCORD-TITLE']\n"
    "print(title.replace(\"^'\", '\"').replace('^n', '\\n').replace('^^', '^'))\n"
    "print(str(todos[0]['DESCRIPTION']), str(todos[0]['STATUS']), todos[0]['DUE'].dt.isoformat())\n";
  /* Debian's Python, where python3-icalendar is. */
  const char *argv[] = { "/usr/bin/python3", "-c", script, path, NULL };

  g_assert_nonnull (dir);
  g_assert_true (g_file_set_contents (path, ical, -1, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  if (status != 0)
    g_printerr ("%s", err);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (out, ==,
                   "3 5\n"
                   "Retreat; “AMM”, Luang Prabang: day 1\n"
                   "ຫຼວງພະບາງ, Laos\n"
                   "2024-01-29 2024-01-30\n"
                   "Bùi Thanh Sơn\n"
                   "Minister; \"Foreign\" Affairs\n"
                   "Talk, plan; act IN-PROCESS 2025-01-01\n");

  g_unlink (path);
  g_rmdir (dir);
}

/* A meeting without a date is no event (RFC 5545 wants DTSTART); it is counted. */
static void
test_undated_meeting_left_out (void)
{
  g_autoptr(AccordDocument) document = load_json (
    "{\"format\": \"accord\", \"version\": 1, \"meetings\": ["
    "{\"id\": \"m-1\", \"title\": \"Undated\"},"
    "{\"id\": \"m-2\", \"title\": \"Dated\", \"when\": {\"text\": \"May 2024\", \"start\": \"2024-05-01\", \"end\": \"2024-05-31\", \"precision\": \"month\"}}]}");
  guint n_left_out = 0;
  g_autofree char *ical = export_document (document, &n_left_out);

  g_assert_cmpuint (n_left_out, ==, 1);
  g_assert_null (strstr (ical, "Undated"));
  g_assert_nonnull (strstr (ical, "SUMMARY:Dated"));
}

static AccordMeeting *
meeting_at (AccordDocument *document,
            guint           position)
{
  GListModel *meetings = accord_document_get_meetings (document);
  g_autoptr(AccordMeeting) meeting = g_list_model_get_item (meetings, position);

  /* The document holds it. */
  return meeting;
}

static void
assert_days (AccordMeeting *meeting,
             const char    *start,
             const char    *end)
{
  const AccordPeriod *when = accord_meeting_get_when (meeting);
  GDate date;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  g_assert_true (accord_period_get_start (when, &date));
  first = accord_date_to_iso (&date);
  g_assert_true (accord_period_get_end (when, &date));
  last = accord_date_to_iso (&date);
  g_assert_cmpstr (first, ==, start);
  g_assert_cmpstr (last, ==, end);
  g_assert_cmpint (accord_period_get_precision (when), ==, ACCORD_PRECISION_DAY);
}

/* As GNOME Calendar (Evolution) writes it: a VTIMEZONE, times in it, folded lines, CRLF. */
static const char *evolution_file =
  "BEGIN:VCALENDAR\r\n"
  "PRODID:-//GNOME//GNOME Calendar 44.0//EN\r\n"
  "VERSION:2.0\r\n"
  "BEGIN:VTIMEZONE\r\n"
  "TZID:Asia/Vientiane\r\n"
  "BEGIN:STANDARD\r\n"
  "TZNAME:+07\r\n"
  "DTSTART:19700101T000000\r\n"
  "TZOFFSETFROM:+0700\r\n"
  "TZOFFSETTO:+0700\r\n"
  "END:STANDARD\r\n"
  "END:VTIMEZONE\r\n"
  "BEGIN:VEVENT\r\n"
  "UID:20240129T010000Z-1234@example.com\r\n"
  "DTSTAMP:20240101T000000Z\r\n"
  "DTSTART;TZID=Asia/Vientiane:20240129T070000\r\n"
  "DTEND;TZID=Asia/Vientiane:20240129T090000\r\n"
  "SUMMARY:ASEAN Foreign Ministers’ Retreat\\, Luang Prabang\r\n"
  "LOCATION:Luang Prabang\r\n"
  "DESCRIPTION:The retreat opened\\nwith a long description that is folded o\r\n"
  " ver two lines.\r\n"
  "ATTENDEE;CN=Saleumxay Kommasith;ROLE=CHAIR:mailto:fm@example.la\r\n"
  "ATTENDEE:mailto:guest@example.com\r\n"
  "CATEGORIES:ASEAN,Retreat\r\n"
  "URL:https://example.com/retreat\r\n"
  "END:VEVENT\r\n"
  "BEGIN:VEVENT\r\n"
  "UID:all-day@example.com\r\n"
  "DTSTAMP:20240101T000000Z\r\n"
  "DTSTART;VALUE=DATE:20241008\r\n"
  "DTEND;VALUE=DATE:20241012\r\n"
  "SUMMARY:Summits\r\n"
  "END:VEVENT\r\n"
  "END:VCALENDAR\r\n";

static void
test_import_evolution (void)
{
  g_autoptr(AccordDocument) document = import_text (evolution_file, NULL, NULL);
  AccordMeeting *retreat, *summits;
  GListModel *participants;
  g_autoptr(AccordParticipant) chair = NULL;
  g_autoptr(AccordParticipant) guest = NULL;
  g_autoptr(AccordSource) source = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (accord_document_get_meetings (document)), ==, 2);
  retreat = meeting_at (document, 0);
  g_assert_cmpstr (accord_record_get_id (ACCORD_RECORD (retreat)), ==,
                   "20240129T010000Z-1234@example.com");
  g_assert_cmpstr (accord_record_get_title (ACCORD_RECORD (retreat)), ==,
                   "ASEAN Foreign Ministers’ Retreat, Luang Prabang");
  g_assert_cmpstr (accord_meeting_get_summary (retreat), ==,
                   "The retreat opened\nwith a long description that is folded over two lines.");
  g_assert_cmpstr (accord_meeting_get_location (retreat), ==, "Luang Prabang");
  assert_days (retreat, "2024-01-29", "2024-01-29");
  g_assert_cmpstr (accord_period_get_text (accord_meeting_get_when (retreat)), ==, "2024-01-29");
  participants = accord_meeting_get_participants (retreat);
  g_assert_cmpuint (g_list_model_get_n_items (participants), ==, 2);
  chair = g_list_model_get_item (participants, 0);
  guest = g_list_model_get_item (participants, 1);
  g_assert_cmpstr (accord_participant_get_name (chair), ==, "Saleumxay Kommasith");
  g_assert_cmpstr (accord_participant_get_name (guest), ==, "guest@example.com");
  g_assert_cmpstr (accord_meeting_get_topics (retreat)[0], ==, "ASEAN");
  g_assert_cmpstr (accord_meeting_get_topics (retreat)[1], ==, "Retreat");
  source = g_list_model_get_item (accord_record_get_sources (ACCORD_RECORD (retreat)), 0);
  g_assert_cmpstr (accord_source_get_uri (source), ==, "https://example.com/retreat");

  /* DTEND of a date is the day after. */
  summits = meeting_at (document, 1);
  assert_days (summits, "2024-10-08", "2024-10-11");
  g_assert_cmpstr (accord_period_get_text (accord_meeting_get_when (summits)), ==,
                   "2024-10-08 – 2024-10-11");
}

/* Times in UTC, as Google and Outlook write them, are on the calendar's day: 09:00 in
 * Vientiane is 02:00 UTC, and 23:30 UTC is already the next day there. */
static void
test_import_utc_in_calendar_zone (void)
{
  const char *ical =
    "BEGIN:VCALENDAR\n"
    "VERSION:2.0\n"
    "PRODID:-//Google Inc//Google Calendar 70.9054//EN\n"
    "X-WR-TIMEZONE:Asia/Vientiane\n"
    "BEGIN:VEVENT\n"
    "UID:a@google.com\n"
    "DTSTAMP:20240101T000000Z\n"
    "DTSTART:20240129T020000Z\n"
    "DTEND:20240129T040000Z\n"
    "SUMMARY:Morning\n"
    "END:VEVENT\n"
    "BEGIN:VEVENT\n"
    "UID:b@google.com\n"
    "DTSTAMP:20240101T000000Z\n"
    "DTSTART:20240129T233000Z\n"
    "DURATION:PT1H\n"
    "SUMMARY:Late\n"
    "END:VEVENT\n"
    "BEGIN:VEVENT\n"
    "UID:c@google.com\n"
    "DTSTAMP:20240101T000000Z\n"
    "DTSTART;TZID=America/New_York:20240129T220000\n"
    "DTEND;TZID=America/New_York:20240130T000000\n"
    "SUMMARY:Evening in New York\n"
    "END:VEVENT\n"
    "END:VCALENDAR\n";
  g_autoptr(AccordDocument) document = import_text (ical, NULL, NULL);

  assert_days (meeting_at (document, 0), "2024-01-29", "2024-01-29");
  assert_days (meeting_at (document, 1), "2024-01-30", "2024-01-30");
  /* Ending at midnight is the day before; the day is New York's. */
  assert_days (meeting_at (document, 2), "2024-01-29", "2024-01-29");
}

static const char *weekly_file =
  "BEGIN:VCALENDAR\n"
  "VERSION:2.0\n"
  "PRODID:-//RFC 5545//Example//EN\n"
  "BEGIN:VEVENT\n"
  "UID:19970901T130000Z-123403@example.com\n"
  "DTSTAMP:19970901T130000Z\n"
  "DTSTART;VALUE=DATE:20240102\n"
  "SUMMARY:Weekly call\n"
  "RRULE:FREQ=WEEKLY;COUNT=10\n"
  "EXDATE;VALUE=DATE:20240116\n"
  "END:VEVENT\n"
  "BEGIN:VEVENT\n"
  "UID:19970901T130000Z-123403@example.com\n"
  "DTSTAMP:19970901T130000Z\n"
  "RECURRENCE-ID;VALUE=DATE:20240123\n"
  "DTSTART;VALUE=DATE:20240124\n"
  "SUMMARY:Weekly call (moved)\n"
  "END:VEVENT\n"
  "END:VCALENDAR\n";

static void
test_import_recurring_refused (void)
{
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GPtrArray) initiatives = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (accord_ical_load_data (weekly_file, -1, NULL, NULL, &meetings, &initiatives,
                                         &error));
  g_assert_error (error, ACCORD_ICAL_ERROR, ACCORD_ICAL_ERROR_RECURRING);
  g_assert_cmpstr (error->message, ==,
                   "“Weekly call” is a repeating event: choose the dates in which to import its "
                   "occurrences");
  g_assert_null (meetings);
}

static void
test_import_recurring_expanded (void)
{
  g_autoptr(GDate) from = g_date_new_dmy (1, G_DATE_JANUARY, 2024);
  g_autoptr(GDate) to = g_date_new_dmy (31, G_DATE_JANUARY, 2024);
  g_autoptr(AccordDocument) document = import_text (weekly_file, from, to);
  GListModel *meetings = accord_document_get_meetings (document);

  /* 2, 9, (16 excluded), (23 moved to 24), 30 January, and the moved one. */
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 4);
  assert_days (meeting_at (document, 0), "2024-01-02", "2024-01-02");
  g_assert_cmpstr (accord_record_get_id (ACCORD_RECORD (meeting_at (document, 0))), ==,
                   "19970901T130000Z-123403@example.com-2024-01-02");
  assert_days (meeting_at (document, 1), "2024-01-09", "2024-01-09");
  assert_days (meeting_at (document, 2), "2024-01-30", "2024-01-30");
  assert_days (meeting_at (document, 3), "2024-01-24", "2024-01-24");
  g_assert_cmpstr (accord_record_get_id (ACCORD_RECORD (meeting_at (document, 3))), ==,
                   "19970901T130000Z-123403@example.com-2024-01-23");
  g_assert_cmpstr (accord_record_get_title (ACCORD_RECORD (meeting_at (document, 3))), ==,
                   "Weekly call (moved)");
}

/* RFC 5545, 3.6.2: a to-do with a due date, as Thunderbird writes one. */
static void
test_import_todo (void)
{
  const char *ical =
    "BEGIN:VCALENDAR\n"
    "VERSION:2.0\n"
    "PRODID:-//ABC Corporation//NONSGML My Product//EN\n"
    "BEGIN:VTODO\n"
    "UID:20070313T123432Z-456553@example.com\n"
    "DTSTAMP:20070313T123432Z\n"
    "DUE;VALUE=DATE:20070501\n"
    "SUMMARY:Submit Quebec Income Tax Return for 2006\n"
    "CLASS:CONFIDENTIAL\n"
    "CATEGORIES:FAMILY,FINANCE\n"
    "STATUS:NEEDS-ACTION\n"
    "END:VTODO\n"
    "END:VCALENDAR\n";
  g_autoptr(AccordDocument) document = import_text (ical, NULL, NULL);
  GListModel *initiatives = accord_document_get_initiatives (document);
  g_autoptr(AccordInitiative) initiative = g_list_model_get_item (initiatives, 0);
  GDate date;

  g_assert_cmpuint (g_list_model_get_n_items (initiatives), ==, 1);
  g_assert_cmpstr (accord_record_get_title (ACCORD_RECORD (initiative)), ==,
                   "Submit Quebec Income Tax Return for 2006");
  g_assert_cmpint (accord_initiative_get_status (initiative), ==, ACCORD_STATUS_PLANNED);
  g_assert_cmpstr (accord_initiative_get_area (initiative), ==, "FAMILY");
  g_assert_true (accord_period_get_start (accord_initiative_get_period (initiative), &date));
  g_assert_cmpint (g_date_get_day (&date), ==, 1);
  g_assert_cmpint (g_date_get_month (&date), ==, 5);
}

static void
assert_load_error (const char *ical,
                   int         code,
                   const char *message)
{
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GPtrArray) initiatives = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (accord_ical_load_data (ical, -1, NULL, NULL, &meetings, &initiatives, &error));
  g_assert_error (error, ACCORD_ICAL_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
}

static void
test_import_errors (void)
{
  assert_load_error (" \n", ACCORD_ICAL_ERROR_EMPTY, "The file is empty");
  assert_load_error ("{\"format\": \"accord\"}", ACCORD_ICAL_ERROR_SYNTAX,
                     "Line 1, column 1: this line is not a property (NAME:value)");
  assert_load_error ("BEGIN:VEVENT\nEND:VEVENT\n", ACCORD_ICAL_ERROR_SYNTAX,
                     "Line 1, column 1: the file does not start with BEGIN:VCALENDAR");
  assert_load_error ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:a\nEND:VTODO\nEND:VCALENDAR\n",
                     ACCORD_ICAL_ERROR_SYNTAX,
                     "Line 4, column 1: END:VTODO does not close BEGIN:VEVENT of line 2");
  assert_load_error ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:a\n", ACCORD_ICAL_ERROR_SYNTAX,
                     "Line 3, column 1: BEGIN:VEVENT of line 2 has no END");
  assert_load_error ("BEGIN:VCALENDAR\nSUMMARY:caf\xe9\nEND:VCALENDAR\n",
                     ACCORD_ICAL_ERROR_ENCODING, "Line 2, column 12: the text is not UTF-8");
  assert_load_error ("BEGIN:VCALENDAR\nSUMMARY no colon\nEND:VCALENDAR\n",
                     ACCORD_ICAL_ERROR_SYNTAX,
                     "Line 2, column 8: this line is not a property (NAME:value)");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  /* UTC times without a calendar zone fall on the user's day. */
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ical/round-trip", test_round_trip);
  g_test_add_func ("/ical/round-trip-dataset", test_round_trip_dataset);
  g_test_add_func ("/ical/valid-for-libical", test_valid_for_libical);
  g_test_add_func ("/ical/valid-for-python-icalendar", test_valid_for_python_icalendar);
  g_test_add_func ("/ical/undated-meeting-left-out", test_undated_meeting_left_out);
  g_test_add_func ("/ical/import-evolution", test_import_evolution);
  g_test_add_func ("/ical/import-utc-in-calendar-zone", test_import_utc_in_calendar_zone);
  g_test_add_func ("/ical/import-recurring-refused", test_import_recurring_refused);
  g_test_add_func ("/ical/import-recurring-expanded", test_import_recurring_expanded);
  g_test_add_func ("/ical/import-todo", test_import_todo);
  g_test_add_func ("/ical/import-errors", test_import_errors);

  return g_test_run ();
}
