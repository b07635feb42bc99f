/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <locale.h>

#include "accord-attribute.h"
#include "accord-csv.h"
#include "accord-json.h"

/* The same awkward document as test-ical: separators, quotes, line breaks, bars, backslashes,
 * Lao and Vietnamese in every field. */
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

static void
use_language (const char *language,
              const char *locale)
{
  g_setenv ("LANGUAGE", language, TRUE);
  if (setlocale (LC_ALL, locale) == NULL)
    g_error ("The locale %s is missing: generate it with localedef", locale);
}

static AccordDocument *
load_json (const char *json)
{
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (accord_json_load_data (document, json, -1, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&document);
}

static GListModel *
list_of (AccordDocument *document,
         AccordCsvKind   kind)
{
  return kind == ACCORD_CSV_MEETINGS ? accord_document_get_meetings (document)
                                     : accord_document_get_initiatives (document);
}

static GPtrArray *
read_csv (const char  *csv,
          AccordCsvKind kind,
          GStrv        *row_errors)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordCsvTable) table = accord_csv_table_parse (csv, -1, &error);
  g_autofree int *mapping = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (table);
  g_assert_cmpint (accord_csv_guess_kind (table), ==, kind);
  mapping = accord_csv_guess_mapping (table, kind);

  return accord_csv_read_records (table, kind, mapping, row_errors);
}

/* The document's JSON without item ids, which CSV does not carry. */
static JsonNode *
tree_without_item_ids (AccordDocument *document)
{
  g_autofree char *json = accord_json_save_data (document, NULL);
  JsonNode *root = json_from_string (json, NULL);
  const char *lists[] = { "meetings", "initiatives" };
  const char *items[] = { "participants", "sources", "attributes" };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      JsonArray *records = json_object_get_array_member (json_node_get_object (root), lists[l]);

      for (guint r = 0; r < json_array_get_length (records); r++)
        {
          JsonObject *record = json_array_get_object_element (records, r);

          for (guint i = 0; i < G_N_ELEMENTS (items); i++)
            {
              JsonArray *list = json_object_has_member (record, items[i])
                ? json_object_get_array_member (record, items[i]) : NULL;

              for (guint k = 0; list != NULL && k < json_array_get_length (list); k++)
                json_object_remove_member (json_array_get_object_element (list, k), "id");
            }
        }
    }

  return root;
}

static void
assert_round_trip (AccordDocument         *document,
                   const AccordCsvOptions *options)
{
  g_autoptr(AccordDocument) back = accord_document_new ();
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GPtrArray) initiatives = NULL;
  g_auto(GStrv) meeting_errors = NULL;
  g_auto(GStrv) initiative_errors = NULL;
  g_autofree char *meeting_csv = accord_csv_save_data (list_of (document, ACCORD_CSV_MEETINGS),
                                                       ACCORD_CSV_MEETINGS, options, NULL);
  g_autofree char *initiative_csv = accord_csv_save_data (list_of (document, ACCORD_CSV_INITIATIVES),
                                                          ACCORD_CSV_INITIATIVES, options, NULL);
  g_autoptr(JsonNode) expected = NULL;
  g_autoptr(JsonNode) actual = NULL;

  meetings = read_csv (meeting_csv, ACCORD_CSV_MEETINGS, &meeting_errors);
  initiatives = read_csv (initiative_csv, ACCORD_CSV_INITIATIVES, &initiative_errors);
  g_assert_null (meeting_errors);
  g_assert_null (initiative_errors);
  accord_document_load (back, meetings, initiatives);

  expected = tree_without_item_ids (document);
  actual = tree_without_item_ids (back);
  if (!json_node_equal (expected, actual))
    {
      g_autofree char *a = json_to_string (actual, TRUE);
      g_autofree char *e = json_to_string (expected, TRUE);

      g_assert_cmpstr (a, ==, e);
    }
}

static void
test_round_trip (void)
{
  g_autoptr(AccordDocument) document = load_json (tricky_document);
  g_autofree char *csv = accord_csv_save_data (list_of (document, ACCORD_CSV_MEETINGS),
                                               ACCORD_CSV_MEETINGS, NULL, NULL);

  /* RFC 4180: a header, CRLF, quotes doubled, lists one item a line. */
  g_assert_true (g_str_has_prefix (csv, "Id,Title,Date,Start,End,Precision,Location,Format,Kind,"
                                        "Participants,Topics,Summary,Outcomes,Sources,Notes\r\n"
                                        "m-retreat,\"Retreat; “AMM”, Luang Prabang: day 1\",29 January 2024,"
                                        "2024-01-29,2024-01-29,day,\"ຫຼວງພະບາງ, Laos\",in-person,retreat,"
                                        "\"Bùi Thanh Sơn | Minister; \"\"Foreign\"\" Affairs | Việt Nam, ASEAN | Co-chair: ^1\n"
                                        " | Deputy Minister | ສປປ ລາວ | \nLine\\nbreak |  |  | \""));
  assert_round_trip (document, NULL);
}

/* Found by fuzz-csv: libcsv takes spaces and tabs off the ends of a cell that is not quoted,
 * so a value that starts or ends with one is written quoted. */
static void
test_round_trip_padded (void)
{
  g_autoptr(AccordDocument) document = load_json (
    "{\"format\": \"accord\", \"version\": 1,\n"
    " \"meetings\": [{\"id\": \"m-a\", \"title\": \" Leading space\", \"notes\": \"trailing |  | \"}],\n"
    " \"initiatives\": [{\"id\": \"i-a\", \"title\": \"Tab\\t\", \"notes\": \"\\tboth \"}]}");
  g_autofree char *csv = accord_csv_save_data (list_of (document, ACCORD_CSV_MEETINGS),
                                               ACCORD_CSV_MEETINGS, NULL, NULL);

  g_assert_nonnull (strstr (csv, ",\" Leading space\","));
  g_assert_true (g_str_has_suffix (csv, ",\"trailing |  | \"\r\n"));
  assert_round_trip (document, NULL);
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

static void
test_round_trip_dataset (void)
{
  g_autofree char *json = dataset_json ();
  g_autoptr(AccordDocument) document = load_json (json);

  assert_round_trip (document, NULL);
}

/* For Excel where the decimal separator is a comma (Vietnamese): a BOM and semicolons. */
static void
test_excel (void)
{
  g_autoptr(AccordDocument) document = load_json (tricky_document);
  AccordCsvOptions options;
  g_autofree char *csv = NULL;

  use_language ("vi", "vi_VN.UTF-8");
  accord_csv_options_for_excel (&options);
  g_assert_true (options.bom);
  g_assert_cmpint (options.separator, ==, ';');
  csv = accord_csv_save_data (list_of (document, ACCORD_CSV_MEETINGS), ACCORD_CSV_MEETINGS,
                              &options, NULL);
  g_assert_true (g_str_has_prefix (csv, "\xef\xbb\xbfMã;Tên;Ngày;Bắt đầu;"));
  assert_round_trip (document, &options);

  use_language ("en", "en_US.UTF-8");
  accord_csv_options_for_excel (&options);
  g_assert_cmpint (options.separator, ==, ',');
  use_language ("C", "C.UTF-8");
}

/* A file exported in Vietnamese or Lao reads back with the UI in English, and the other way
 * round: the headers of all three languages are known, whatever the UI's. */
static void
test_headers_in_every_language (void)
{
  const char *languages[][2] = { { "vi", "vi_VN.UTF-8" }, { "lo", "lo_LA.UTF-8" },
                                 { "en", "en_US.UTF-8" } };
  AccordCsvKind kinds[] = { ACCORD_CSV_MEETINGS, ACCORD_CSV_INITIATIVES };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
      {
        g_autoptr(AccordDocument) document = accord_document_new ();
        g_autofree char *csv = NULL;
        g_autoptr(AccordCsvTable) table = NULL;
        g_autofree int *mapping = NULL;
        guint n = accord_csv_get_n_fields (kinds[k]);

        use_language (languages[l][0], languages[l][1]);
        csv = accord_csv_save_data (list_of (document, kinds[k]), kinds[k], NULL, NULL);
        if (l < 2)
          g_assert_cmpstr (accord_csv_get_field_label (kinds[k], 1), !=, "Title");

        for (guint other = 0; other < G_N_ELEMENTS (languages); other++)
          {
            use_language (languages[other][0], languages[other][1]);
            g_clear_pointer (&table, accord_csv_table_free);
            g_clear_pointer (&mapping, g_free);
            table = accord_csv_table_parse (csv, -1, NULL);
            g_assert_nonnull (table);
            g_assert_cmpuint (accord_csv_table_get_n_columns (table), ==, n);
            mapping = accord_csv_guess_mapping (table, kinds[k]);
            for (guint i = 0; i < n; i++)
              g_assert_cmpint (mapping[i], ==, i);
          }
      }

  use_language ("C", "C.UTF-8");
}

/* As a spreadsheet writes it: a BOM, CRLF, semicolons, a quoted cell over two lines, doubled
 * quotes, columns in another order, a column Accord does not know, headers in two languages,
 * and rows that cannot be records, each told by its line. */
static void
test_import_spreadsheet (void)
{
  const char *csv =
    "\xef\xbb\xbfTên;Tiến độ;Status;ASEAN Priority;Start;End\r\n"
    "\"Digital \"\"Masterplan\"\"\";Q3 2024;ongoing;Connectivity;;\r\n"
    "\"Two\r\nlines\";;planned;;2024-01-01;2024-12-31\r\n"
    "Bad date;;;;2024-13-01;2024-12-31\r\n"
    "\r\n"
    "Bad status;;maybe;;;\r\n"
    "Backwards;;;;2024-05-01;2024-04-01\r\n";
  g_auto(GStrv) errors = NULL;
  g_autoptr(GPtrArray) records = read_csv (csv, ACCORD_CSV_INITIATIVES, &errors);
  AccordInitiative *digital, *two;
  g_autoptr(AccordAttribute) priority = NULL;
  GDate date;

  g_assert_cmpuint (records->len, ==, 2);
  digital = g_ptr_array_index (records, 0);
  two = g_ptr_array_index (records, 1);
  g_assert_cmpstr (accord_record_get_title (ACCORD_RECORD (digital)), ==, "Digital \"Masterplan\"");
  g_assert_cmpint (accord_initiative_get_status (digital), ==, ACCORD_STATUS_ONGOING);
  /* The text alone gives the dates. */
  g_assert_cmpint (accord_period_get_precision (accord_initiative_get_period (digital)), ==,
                   ACCORD_PRECISION_QUARTER);
  g_assert_true (accord_period_get_start (accord_initiative_get_period (digital), &date));
  g_assert_cmpint (g_date_get_month (&date), ==, 7);
  priority = g_list_model_get_item (accord_initiative_get_attributes (digital), 0);
  g_assert_cmpstr (accord_attribute_get_name (priority), ==, "ASEAN Priority");
  g_assert_cmpstr (accord_attribute_get_value (priority), ==, "Connectivity");
  g_assert_cmpstr (accord_record_get_title (ACCORD_RECORD (two)), ==, "Two\r\nlines");
  g_assert_cmpint (accord_period_get_precision (accord_initiative_get_period (two)), ==,
                   ACCORD_PRECISION_DAY);

  g_assert_nonnull (errors);
  g_assert_cmpuint (g_strv_length (errors), ==, 3);
  g_assert_cmpstr (errors[0], ==, "Line 5: “2024-13-01” is not a date (YYYY-MM-DD)");
  g_assert_cmpstr (errors[1], ==, "Line 7: “maybe” is not one of the values this column takes");
  g_assert_cmpstr (errors[2], ==, "Line 8: Start is after End");
}

static void
assert_parse_error (const char *csv,
                    int         code,
                    const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordCsvTable) table = accord_csv_table_parse (csv, -1, &error);

  g_assert_null (table);
  g_assert_error (error, ACCORD_CSV_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
}

static void
test_parse_errors (void)
{
  assert_parse_error ("", ACCORD_CSV_ERROR_EMPTY, "The file is empty");
  assert_parse_error ("Title\nok\nbro\"ken\n", ACCORD_CSV_ERROR_SYNTAX,
                      "Line 3: this is not CSV (error parsing data while strict checking enabled); "
                      "a quote inside a cell must be doubled, and the cell quoted");
  assert_parse_error ("Title\n\"never closed\n", ACCORD_CSV_ERROR_SYNTAX,
                      "Line 2: this is not CSV (error parsing data while strict checking enabled); "
                      "a quote inside a cell must be doubled, and the cell quoted");
  assert_parse_error ("Title\ncaf\xe9\n", ACCORD_CSV_ERROR_ENCODING,
                      "Line 2, column 4: the text is not UTF-8");
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("ACCORD_LOCALEDIR");

  g_assert_nonnull (localedir);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  /* GLib decides on its first translation whether to translate at all, and in C it would
   * not; the tests change language, as the application never does. */
  use_language ("vi", "vi_VN.UTF-8");
  g_assert_cmpstr (accord_csv_get_field_label (ACCORD_CSV_MEETINGS, 1), ==, "Tên");
  use_language ("C", "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/round-trip", test_round_trip);
  g_test_add_func ("/csv/round-trip-padded", test_round_trip_padded);
  g_test_add_func ("/csv/round-trip-dataset", test_round_trip_dataset);
  g_test_add_func ("/csv/excel", test_excel);
  g_test_add_func ("/csv/headers-in-every-language", test_headers_in_every_language);
  g_test_add_func ("/csv/import-spreadsheet", test_import_spreadsheet);
  g_test_add_func ("/csv/parse-errors", test_parse_errors);

  return g_test_run ();
}
