/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "accord-attribute.h"
#include "accord-json.h"
#include "accord-participant.h"
#include "accord-source.h"

static const char *minimal_document =
  "{\n"
  "  \"format\": \"accord\",\n"
  "  \"version\": 1,\n"
  "  \"meetings\": [\n"
  "    {\n"
  "      \"id\": \"m-retreat\",\n"
  "      \"title\": \"ASEAN Foreign Ministers’ Retreat\",\n"
  "      \"when\": {\"text\": \"29 January 2024\", \"start\": \"2024-01-29\", \"end\": \"2024-01-29\", \"precision\": \"day\"},\n"
  "      \"location\": \"Luang Prabang, Laos\",\n"
  "      \"format\": \"in-person\",\n"
  "      \"kind\": \"retreat\",\n"
  "      \"participants\": [{\"name\": \"Vũ Hồ\", \"title\": \"Ambassador\", \"affiliation\": \"Việt Nam\", \"role\": \"\"}],\n"
  "      \"topics\": [\"Connectivity\", \"Resilience\"],\n"
  "      \"outcomes\": [\"Nine priorities\"],\n"
  "      \"sources\": [{\"publisher\": \"Việt Nam News\", \"title\": \"Retreat\", \"uri\": \"\", \"published\": \"2024-01-30\"}]\n"
  "    }\n"
  "  ],\n"
  "  \"initiatives\": [\n"
  "    {\n"
  "      \"id\": \"i-forum\",\n"
  "      \"title\": \"ASEAN Future Forum\",\n"
  "      \"timeline\": {\"text\": \"April 2024\", \"start\": \"2024-04-01\", \"end\": \"2024-04-30\", \"precision\": \"month\"},\n"
  "      \"status\": \"planned\",\n"
  "      \"meeting\": \"m-retreat\",\n"
  "      \"partners\": [\"Lao PDR\"],\n"
  "      \"attributes\": [{\"name\": \"ASEAN Priority\", \"value\": \"Strengthen border patrols\"}]\n"
  "    },\n"
  "    {\"id\": \"i-empty\", \"title\": \"No timeline\"}\n"
  "  ]\n"
  "}\n";

static void
test_load_minimal (void)
{
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordParticipant) participant = NULL;
  g_autoptr(AccordSource) source = NULL;
  AccordMeeting *meeting;
  AccordInitiative *forum, *empty;
  GDate date;

  g_assert_true (accord_json_load_data (document, minimal_document, -1, &error));
  g_assert_no_error (error);

  meeting = accord_document_lookup_meeting (document, "m-retreat");
  g_assert_nonnull (meeting);
  g_assert_cmpstr (accord_record_get_title (ACCORD_RECORD (meeting)), ==,
                   "ASEAN Foreign Ministers’ Retreat");
  g_assert_cmpint (accord_period_get_precision (accord_meeting_get_when (meeting)), ==,
                   ACCORD_PRECISION_DAY);
  g_assert_true (accord_period_get_start (accord_meeting_get_when (meeting), &date));
  g_assert_cmpint (g_date_get_day (&date), ==, 29);
  g_assert_cmpint (g_date_get_month (&date), ==, G_DATE_JANUARY);
  g_assert_cmpint (g_date_get_year (&date), ==, 2024);
  g_assert_cmpint (accord_meeting_get_format (meeting), ==, ACCORD_MEETING_FORMAT_IN_PERSON);
  g_assert_cmpint (accord_meeting_get_kind (meeting), ==, ACCORD_MEETING_KIND_RETREAT);
  g_assert_cmpuint (g_strv_length ((char **) accord_meeting_get_topics (meeting)), ==, 2);
  participant = g_list_model_get_item (accord_meeting_get_participants (meeting), 0);
  g_assert_cmpstr (accord_participant_get_name (participant), ==, "Vũ Hồ");
  source = g_list_model_get_item (accord_record_get_sources (ACCORD_RECORD (meeting)), 0);
  g_assert_cmpstr (accord_source_get_published (source), ==, "2024-01-30");

  forum = accord_document_lookup_initiative (document, "i-forum");
  g_assert_cmpint (accord_initiative_get_status (forum), ==, ACCORD_STATUS_PLANNED);
  g_assert_cmpstr (accord_period_get_text (accord_initiative_get_period (forum)), ==, "April 2024");
  g_assert_cmpint (accord_period_get_precision (accord_initiative_get_period (forum)), ==,
                   ACCORD_PRECISION_MONTH);
  g_assert_cmpstr (accord_initiative_lookup_attribute (forum, "ASEAN Priority"), ==,
                   "Strengthen border patrols");
  g_assert_cmpstr (accord_initiative_get_meeting_id (forum), ==, "m-retreat");

  /* Missing members read as empty. */
  empty = accord_document_lookup_initiative (document, "i-empty");
  g_assert_false (accord_period_is_known (accord_initiative_get_period (empty)));
  g_assert_cmpstr (accord_initiative_get_lead (empty), ==, "");
  g_assert_cmpint (accord_initiative_get_status (empty), ==, ACCORD_STATUS_PROPOSED);
  g_assert_false (accord_document_get_modified (document));
  g_assert_false (accord_document_can_undo (document));
}

static void
test_round_trip (const char *data)
{
  g_autoptr(AccordDocument) first = accord_document_new ();
  g_autoptr(AccordDocument) second = accord_document_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *saved_again = NULL;

  g_assert_true (accord_json_load_data (first, data, -1, &error));
  g_assert_no_error (error);
  saved = accord_json_save_data (first, NULL);
  g_assert_true (accord_json_load_data (second, saved, -1, &error));
  g_assert_no_error (error);
  saved_again = accord_json_save_data (second, NULL);

  g_assert_cmpstr (saved, ==, saved_again);
  g_assert_cmpuint (g_list_model_get_n_items (accord_document_get_meetings (first)), ==,
                    g_list_model_get_n_items (accord_document_get_meetings (second)));
  g_assert_cmpuint (g_list_model_get_n_items (accord_document_get_initiatives (first)), ==,
                    g_list_model_get_n_items (accord_document_get_initiatives (second)));
}

static void
test_round_trip_minimal (void)
{
  test_round_trip (minimal_document);
}

static void
test_round_trip_dataset (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "resources",
                                                 "asean-2024.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  test_round_trip (contents);
}

static void
test_unknown_members_survive (void)
{
  const char *newer =
    "{\"format\": \"accord\", \"version\": 1, \"colour\": \"blue\", \"tags\": [1, 2],"
    " \"meetings\": [{\"id\": \"m\", \"title\": \"T\", \"mood\": {\"calm\": true},"
    "   \"when\": {\"text\": \"2024\", \"start\": \"2024-01-01\", \"end\": \"2024-12-31\","
    "              \"precision\": \"year\", \"confidence\": 0.5},"
    "   \"participants\": [{\"name\": \"A\", \"pronouns\": \"she\"}],"
    "   \"sources\": [{\"publisher\": \"P\", \"archive\": \"x\"}]}],"
    " \"initiatives\": [{\"id\": \"i\", \"budget\": 12,"
    "   \"attributes\": [{\"name\": \"n\", \"value\": \"v\", \"unit\": \"USD\"}]}]}";
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;

  g_assert_true (accord_json_load_data (document, newer, -1, &error));
  g_assert_no_error (error);
  saved = accord_json_save_data (document, NULL);

  g_assert_nonnull (strstr (saved, "\"colour\" : \"blue\""));
  g_assert_nonnull (strstr (saved, "\"tags\""));
  g_assert_nonnull (strstr (saved, "\"mood\""));
  g_assert_nonnull (strstr (saved, "\"calm\" : true"));
  g_assert_nonnull (strstr (saved, "\"pronouns\" : \"she\""));
  g_assert_nonnull (strstr (saved, "\"archive\" : \"x\""));
  g_assert_nonnull (strstr (saved, "\"budget\" : 12"));
  g_assert_nonnull (strstr (saved, "\"unit\" : \"USD\""));
  g_assert_nonnull (strstr (saved, "\"confidence\" : 0.5"));
  test_round_trip (newer);
}

/* Each item id of @list, checked unique among them. */
static GStrv
item_ids (GListModel *list)
{
  guint n = g_list_model_get_n_items (list);
  GStrv ids = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordItem) item = g_list_model_get_item (list, i);

      g_assert_cmpstr (accord_item_get_id (item), !=, "");
      g_assert_false (g_strv_contains ((const char * const *) ids, accord_item_get_id (item)));
      ids[i] = g_strdup (accord_item_get_id (item));
    }

  return ids;
}

/* Drops every line of @text that holds an item's "id" (Accord writes one member a line). */
static char *
without_item_ids (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (strstr (lines[i], "\"id\" : \"p-") != NULL ||
          strstr (lines[i], "\"id\" : \"s-") != NULL ||
          strstr (lines[i], "\"id\" : \"a-") != NULL)
        continue;
      g_string_append_printf (out, "%s%s", lines[i], lines[i + 1] != NULL ? "\n" : "");
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_item_ids (void)
{
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(AccordDocument) reloaded = accord_document_new ();
  g_autoptr(AccordDocument) old = accord_document_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *saved_again = NULL;
  g_autofree char *old_file = NULL;
  g_autofree char *old_saved = NULL;
  g_autofree char *old_saved_stripped = NULL;
  g_auto(GStrv) participants = NULL;
  g_auto(GStrv) sources = NULL;
  g_auto(GStrv) attributes = NULL;
  g_auto(GStrv) warnings = NULL;
  AccordMeeting *meeting;
  AccordInitiative *initiative;

  /* A file without item ids: each item is given one, and nothing is reported. */
  g_assert_true (accord_json_load_data_full (document, minimal_document, -1, &warnings, &error));
  g_assert_no_error (error);
  g_assert_null (warnings);
  meeting = accord_document_lookup_meeting (document, "m-retreat");
  initiative = accord_document_lookup_initiative (document, "i-forum");
  participants = item_ids (accord_meeting_get_participants (meeting));
  sources = item_ids (accord_record_get_sources (ACCORD_RECORD (meeting)));
  attributes = item_ids (accord_initiative_get_attributes (initiative));
  g_assert_true (g_str_has_prefix (participants[0], "p-"));
  g_assert_true (g_str_has_prefix (sources[0], "s-"));
  g_assert_true (g_str_has_prefix (attributes[0], "a-"));
  g_assert_false (accord_document_get_modified (document));

  /* Written, and kept from then on. */
  saved = accord_json_save_data (document, NULL);
  g_assert_nonnull (strstr (saved, participants[0]));
  g_assert_true (accord_json_load_data (reloaded, saved, -1, &error));
  g_assert_no_error (error);
  saved_again = accord_json_save_data (reloaded, NULL);
  g_assert_cmpstr (saved, ==, saved_again);

  /* Giving ids changes nothing else in a file. */
  old_file = without_item_ids (saved);
  g_assert_true (accord_json_load_data (old, old_file, -1, &error));
  g_assert_no_error (error);
  old_saved = accord_json_save_data (old, NULL);
  g_assert_cmpstr (old_saved, !=, old_file);
  old_saved_stripped = without_item_ids (old_saved);
  g_assert_cmpstr (old_saved_stripped, ==, old_file);
}

static void
test_item_ids_repeated (void)
{
  const char *data =
    "{\"format\": \"accord\", \"version\": 1, \"meetings\": ["
    " {\"id\": \"m-1\", \"participants\": [{\"id\": \"p-a\", \"name\": \"A\"},"
    "   {\"id\": \"p-a\", \"name\": \"B\"}, {\"id\": \"\", \"name\": \"C\"}]},"
    " {\"id\": \"m-2\", \"participants\": [{\"id\": \"p-a\", \"name\": \"D\"}]}]}";
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) warnings = NULL;
  g_auto(GStrv) first = NULL;
  g_auto(GStrv) second = NULL;

  g_assert_true (accord_json_load_data_full (document, data, -1, &warnings, &error));
  g_assert_no_error (error);

  /* Ids are unique within a record, not across records. */
  first = item_ids (accord_meeting_get_participants (accord_document_lookup_meeting (document, "m-1")));
  second = item_ids (accord_meeting_get_participants (accord_document_lookup_meeting (document, "m-2")));
  g_assert_cmpstr (first[0], ==, "p-a");
  g_assert_cmpstr (first[1], !=, "p-a");
  g_assert_cmpstr (second[0], ==, "p-a");

  /* The repeated one is reported with its new id; the empty one is not. */
  g_assert_nonnull (warnings);
  g_assert_cmpuint (g_strv_length (warnings), ==, 1);
  g_assert_nonnull (strstr (warnings[0], "meetings[0].participants[1]"));
  g_assert_nonnull (strstr (warnings[0], first[1]));
}

typedef struct
{
  const char *name;
  const char *data;
  gssize length;
  AccordJsonError code;
  /* A piece the message must contain: where, or why. */
  const char *message_part;
} BadFile;

static const BadFile bad_files[] = {
  { "malformed", "{\n  \"format\": \"accord\",\n  \"version\": 1,\n  \"meetings\": [}\n", -1,
    ACCORD_JSON_ERROR_SYNTAX, "Line 4, column" },
  { "truncated", "{\"format\": \"accord\", \"version\": 1, \"meetings\": [{\"id\": \"m", -1,
    ACCORD_JSON_ERROR_SYNTAX, "Line 1, column" },
  { "empty", "", -1, ACCORD_JSON_ERROR_SYNTAX, "empty" },
  { "blank", " \n\t\n", -1, ACCORD_JSON_ERROR_SYNTAX, "empty" },
  { "invalid-utf8", "{\"format\": \"accord\",\n \"version\": 1, \"x\": \"\xc3\x28\"}", -1,
    ACCORD_JSON_ERROR_ENCODING, "Line 2, column 22" },
  { "not-object", "[1, 2, 3]", -1, ACCORD_JSON_ERROR_NOT_ACCORD, "format" },
  { "no-format", "{\"version\": 1}", -1, ACCORD_JSON_ERROR_NOT_ACCORD, "format" },
  { "wrong-format", "{\"format\": \"calendar\", \"version\": 1}", -1,
    ACCORD_JSON_ERROR_NOT_ACCORD, "format" },
  { "no-version", "{\"format\": \"accord\"}", -1, ACCORD_JSON_ERROR_INVALID, "version" },
  { "string-version", "{\"format\": \"accord\", \"version\": \"1\"}", -1,
    ACCORD_JSON_ERROR_INVALID, "version" },
  { "future-version", "{\"format\": \"accord\", \"version\": 7}", -1,
    ACCORD_JSON_ERROR_TOO_NEW, "version 7" },
  { "meetings-not-list", "{\"format\": \"accord\", \"version\": 1, \"meetings\": {}}", -1,
    ACCORD_JSON_ERROR_INVALID, "“meetings”" },
  { "meeting-not-object", "{\"format\": \"accord\", \"version\": 1, \"meetings\": [3]}", -1,
    ACCORD_JSON_ERROR_INVALID, "meetings[0]" },
  { "title-number",
    "{\"format\": \"accord\", \"version\": 1, \"meetings\": [{\"id\": \"a\"}, {\"title\": 5}]}", -1,
    ACCORD_JSON_ERROR_INVALID, "meetings[1].title" },
  { "bad-status",
    "{\"format\": \"accord\", \"version\": 1, \"initiatives\": [{}, {}, {}, {\"status\": \"done\"}]}",
    -1, ACCORD_JSON_ERROR_INVALID, "initiatives[3].status" },
  { "bad-precision",
    "{\"format\": \"accord\", \"version\": 1, \"initiatives\": [{\"timeline\": {\"precision\": \"week\"}}]}",
    -1, ACCORD_JSON_ERROR_INVALID, "initiatives[0].timeline.precision" },
  { "period-no-dates",
    "{\"format\": \"accord\", \"version\": 1, \"initiatives\": [{\"timeline\": {\"precision\": \"year\"}}]}",
    -1, ACCORD_JSON_ERROR_INVALID, "initiatives[0].timeline" },
  { "bad-date",
    "{\"format\": \"accord\", \"version\": 1, \"meetings\": [{\"when\": {\"precision\": \"day\","
    " \"start\": \"2024-02-30\", \"end\": \"2024-02-30\"}}]}",
    -1, ACCORD_JSON_ERROR_INVALID, "meetings[0].when.start" },
  { "backwards-period",
    "{\"format\": \"accord\", \"version\": 1, \"meetings\": [{\"when\": {\"precision\": \"day\","
    " \"start\": \"2024-03-01\", \"end\": \"2024-02-01\"}}]}",
    -1, ACCORD_JSON_ERROR_INVALID, "meetings[0].when" },
  { "topics-numbers",
    "{\"format\": \"accord\", \"version\": 1, \"meetings\": [{\"topics\": [\"a\", 2]}]}", -1,
    ACCORD_JSON_ERROR_INVALID, "meetings[0].topics" },
  { "participant-bad",
    "{\"format\": \"accord\", \"version\": 1, \"meetings\": [{\"participants\": [{\"name\": \"a\"}, {\"name\": []}]}]}",
    -1, ACCORD_JSON_ERROR_INVALID, "meetings[0].participants[1].name" },
  { "source-bad-date",
    "{\"format\": \"accord\", \"version\": 1, \"meetings\": [{\"sources\": [{\"published\": \"yesterday\"}]}]}",
    -1, ACCORD_JSON_ERROR_INVALID, "meetings[0].sources[0].published" },
};

static void
test_bad_file (gconstpointer data)
{
  const BadFile *bad = data;
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(GError) error = NULL;
  AccordMeeting *meeting;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  /* A document with records and an undo step: a failed load must leave all of it. */
  g_assert_true (accord_json_load_data (document, minimal_document, -1, &error));
  meeting = accord_document_lookup_meeting (document, "m-retreat");
  accord_document_set_string (document, G_OBJECT (meeting), "title", "Edited");
  before = accord_json_save_data (document, NULL);

  g_assert_false (accord_json_load_data (document, bad->data, bad->length, &error));
  g_assert_error (error, ACCORD_JSON_ERROR, (int) bad->code);
  if (strstr (error->message, bad->message_part) == NULL)
    g_error ("“%s” does not contain “%s”", error->message, bad->message_part);

  after = accord_json_save_data (document, NULL);
  g_assert_cmpstr (before, ==, after);
  g_assert_true (accord_document_can_undo (document));
  g_assert_true (accord_document_get_modified (document));
}

static void
test_finalize (void)
{
  AccordDocument *document = accord_document_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (accord_json_load_data (document, minimal_document, -1, &error));
  g_assert_finalize_object (document);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/io/json/load-minimal", test_load_minimal);
  g_test_add_func ("/io/json/round-trip-minimal", test_round_trip_minimal);
  g_test_add_func ("/io/json/round-trip-dataset", test_round_trip_dataset);
  g_test_add_func ("/io/json/unknown-members", test_unknown_members_survive);
  g_test_add_func ("/io/json/item-ids", test_item_ids);
  g_test_add_func ("/io/json/item-ids-repeated", test_item_ids_repeated);
  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *name = g_strdup_printf ("/io/json/bad/%s", bad_files[i].name);
      g_test_add_data_func (name, &bad_files[i], test_bad_file);
    }
  g_test_add_func ("/io/json/finalize", test_finalize);

  return g_test_run ();
}
