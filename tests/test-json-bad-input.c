/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "accord-json.h"
#include "accord-participant.h"
#include "accord-source.h"

/* Input that broke Accord 0.1 or that FORMAT.md describes, one row each, with the exact
 * outcome: an error (its code, what its message says) or a load (what it warns about, what
 * it holds). Every row also checks that a message is valid UTF-8, that a failed load leaves
 * the document alone, and that what loads saves to valid UTF-8 and loads back to the same
 * bytes. */

#define HEAD "{\"format\":\"accord\",\"version\":1,"
#define LOADS (-1)

typedef struct
{
  const char *name;
  /* The input; when NULL, make() builds it. */
  const char *data;
  /* Of data, when it holds a NUL byte; 0: up to its end. */
  gsize length;
  GBytes *(*make) (void);
  /* An AccordJsonError, or LOADS. */
  int code;
  /* Pieces the message must contain; for a load, one piece for each warning, in order. */
  const char *parts[4];
  /* What a loaded document holds, and how it is saved. */
  void (*check) (AccordDocument *document, const char *saved);
} BadInput;

static const char *good_document =
  HEAD "\"meetings\":[{\"id\":\"m-retreat\",\"title\":\"Retreat\"}]}";

static GBytes *
bytes_take_string (GString *text)
{
  gsize length = text->len;

  return g_bytes_new_take (g_string_free (text, FALSE), length);
}

/* nesting-100k.json: json-glib 1.6 recursed until the stack ran out. */
static GBytes *
make_nesting (guint depth)
{
  GString *text = g_string_new (HEAD "\"deep\":");

  /* The document's own object is the first level. */
  for (guint i = 1; i < depth; i++)
    g_string_append_c (text, '[');
  for (guint i = 1; i < depth; i++)
    g_string_append_c (text, ']');
  g_string_append_c (text, '}');

  return bytes_take_string (text);
}

static GBytes *
make_nesting_100k (void)
{
  return make_nesting (100000);
}

static GBytes *
make_nesting_at_limit (void)
{
  return make_nesting (ACCORD_JSON_MAX_DEPTH);
}

static GBytes *
make_nesting_past_limit (void)
{
  return make_nesting (ACCORD_JSON_MAX_DEPTH + 1);
}

/* A note of @length bytes: a 50 MB string froze 0.1's window for 90 s in Pango. */
static GBytes *
make_long_note (gsize length)
{
  GString *text = g_string_new ("{\"format\":\"accord\",\n\"version\":1,\"meetings\":[{\"id\":\"m\","
                                "\"notes\":\"");

  for (gsize i = 0; i < length; i++)
    g_string_append_c (text, i % 64 == 63 ? ' ' : 'a');
  g_string_append (text, "\"}]}");

  return bytes_take_string (text);
}

static GBytes *make_note_at_limit (void) { return make_long_note (ACCORD_JSON_MAX_STRING); }
static GBytes *make_note_past_limit (void) { return make_long_note (ACCORD_JSON_MAX_STRING + 1); }
static GBytes *make_note_50mb (void) { return make_long_note (50 * 1000 * 1000); }


/* fuzz-found-errmsg-not-utf8.json: json-glib quotes a bad token cut after some bytes, in the
 * middle of a character. One, two and no bytes before the quotes move the cut through a
 * whole character. */
static GBytes *
make_cut_quote (guint n_before)
{
  GString *text = g_string_new (HEAD "\"a\": \"");

  for (guint i = 0; i < n_before; i++)
    g_string_append_c (text, 'x');
  for (guint i = 0; i < 30; i++)
    g_string_append (text, "“Hà Nội”");
  g_string_append (text, "\" true}");

  return bytes_take_string (text);
}

static GBytes *make_cut_quote_0 (void) { return make_cut_quote (0); }
static GBytes *make_cut_quote_1 (void) { return make_cut_quote (1); }
static GBytes *make_cut_quote_2 (void) { return make_cut_quote (2); }

static AccordMeeting *
only_meeting (AccordDocument *document)
{
  GListModel *meetings = accord_document_get_meetings (document);
  g_autoptr(AccordMeeting) meeting = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 1);
  meeting = g_list_model_get_item (meetings, 0);
  return meeting;
}

static AccordRecord *
record_at (AccordDocument *document,
           gboolean        initiative,
           guint           position)
{
  GListModel *list = initiative ? accord_document_get_initiatives (document)
                                : accord_document_get_meetings (document);
  g_autoptr(AccordRecord) record = g_list_model_get_item (list, position);

  g_assert_nonnull (record);
  return record;
}

static void
check_long_note (AccordDocument *document,
                 const char     *saved)
{
  AccordRecord *meeting = ACCORD_RECORD (record_at (document, FALSE, 0));

  g_assert_cmpuint (strlen (accord_record_get_notes (meeting)), ==, ACCORD_JSON_MAX_STRING);
}

/* @names appear in @saved in this order. */
static void
assert_order (const char         *saved,
              const char * const *names)
{
  const char *at = saved;

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *member = g_strdup_printf ("\"%s\" :", names[i]);
      const char *found = strstr (at, member);

      if (found == NULL)
        g_error ("“%s” is missing or out of order in:\n%s", names[i], saved);
      at = found + strlen (member);
    }
}

static void
assert_period (const AccordPeriod *period,
               AccordPrecision     precision,
               const char         *start,
               const char         *end)
{
  GDate date;
  g_autofree char *start_iso = NULL;
  g_autofree char *end_iso = NULL;

  g_assert_cmpint (accord_period_get_precision (period), ==, precision);
  g_assert_true (accord_period_get_start (period, &date));
  start_iso = accord_date_to_iso (&date);
  g_assert_true (accord_period_get_end (period, &date));
  end_iso = accord_date_to_iso (&date);
  g_assert_cmpstr (start_iso, ==, start);
  g_assert_cmpstr (end_iso, ==, end);
}

static void
check_lone_high (AccordDocument *document,
                 const char     *saved)
{
  /* The space after the escape is kept (json-glib 1.6 ate it). */
  g_assert_cmpstr (accord_record_get_title (ACCORD_RECORD (only_meeting (document))), ==,
                   "lone \xef\xbf\xbd high");
  g_assert_nonnull (strstr (saved, "\"lone \xef\xbf\xbd high\""));
}

static void
check_lone_low (AccordDocument *document,
                const char     *saved)
{
  g_assert_cmpstr (accord_record_get_id (ACCORD_RECORD (only_meeting (document))), ==,
                   "m\xef\xbf\xbd");
}

static void
check_lone_many (AccordDocument *document,
                 const char     *saved)
{
  g_assert_cmpstr (accord_record_get_title (ACCORD_RECORD (only_meeting (document))), ==,
                   "\xef\xbf\xbd\xef\xbf\xbd-\xef\xbf\xbd");
}

static void
check_pair (AccordDocument *document,
            const char     *saved)
{
  g_assert_cmpstr (accord_record_get_title (ACCORD_RECORD (only_meeting (document))), ==,
                   "😀 x");
}

static void
check_lone_member_name (AccordDocument *document,
                        const char     *saved)
{
  g_assert_nonnull (strstr (saved, "\"x\xef\xbf\xbd\" : 1"));
}

static void
check_deep (AccordDocument *document,
            const char     *saved)
{
  g_assert_nonnull (strstr (saved, "\"deep\" :"));
}

static void
check_dangling (AccordDocument *document,
                const char     *saved)
{
  AccordInitiative *initiative = ACCORD_INITIATIVE (record_at (document, TRUE, 0));

  g_assert_cmpstr (accord_initiative_get_meeting_id (initiative), ==, "m-gone");
  g_assert_nonnull (strstr (saved, "\"meeting\" : \"m-gone\""));
}

static void
check_duplicate_id (AccordDocument *document,
                    const char     *saved)
{
  const char *second = accord_record_get_id (record_at (document, FALSE, 1));

  g_assert_cmpstr (accord_record_get_id (record_at (document, FALSE, 0)), ==, "m");
  g_assert_true (g_str_has_prefix (second, "m-"));
  g_assert_cmpstr (accord_record_get_title (record_at (document, FALSE, 1)), ==, "Second");
  g_assert_true (accord_document_lookup_meeting (document, second) ==
                 ACCORD_MEETING (record_at (document, FALSE, 1)));
}

static void
check_empty_id (AccordDocument *document,
                const char     *saved)
{
  const char *id = accord_record_get_id (record_at (document, TRUE, 0));

  g_assert_true (g_str_has_prefix (id, "i-"));
  g_assert_nonnull (strstr (saved, id));
}

static void
check_text_only_period (AccordDocument *document,
                        const char     *saved)
{
  const AccordPeriod *period =
    accord_initiative_get_period (ACCORD_INITIATIVE (record_at (document, TRUE, 0)));

  g_assert_cmpstr (accord_period_get_text (period), ==, "Q3 2024");
  g_assert_false (accord_period_is_known (period));
}

static void
check_iso_basic (AccordDocument *document,
                 const char     *saved)
{
  assert_period (accord_initiative_get_period (ACCORD_INITIATIVE (record_at (document, TRUE, 0))),
                 ACCORD_PRECISION_QUARTER, "2024-07-01", "2024-09-30");
  /* Written back in the extended form. */
  g_assert_nonnull (strstr (saved, "\"start\" : \"2024-07-01\""));
}

static void
check_iso_date_time (AccordDocument *document,
                     const char     *saved)
{
  AccordMeeting *meeting = only_meeting (document);
  g_autoptr(AccordSource) source =
    g_list_model_get_item (accord_record_get_sources (ACCORD_RECORD (meeting)), 0);

  /* The date as written, whatever the time zone says. */
  assert_period (accord_meeting_get_when (meeting), ACCORD_PRECISION_DAY,
                 "2020-09-14", "2020-09-14");
  g_assert_cmpstr (accord_source_get_published (source), ==, "2020-09-14T10:00:00Z");
}

static void
check_iso_week_ordinal (AccordDocument *document,
                        const char     *saved)
{
  assert_period (accord_meeting_get_when (only_meeting (document)), ACCORD_PRECISION_MONTH,
                 "2024-07-01", "2024-07-31");
}

static void
check_quarter_as_written (AccordDocument *document,
                          const char     *saved)
{
  assert_period (accord_meeting_get_when (only_meeting (document)), ACCORD_PRECISION_QUARTER,
                 "2024-02-15", "2024-03-01");
}

static void
check_nulls (AccordDocument *document,
             const char     *saved)
{
  AccordMeeting *meeting = only_meeting (document);
  AccordInitiative *initiative = ACCORD_INITIATIVE (record_at (document, TRUE, 0));

  g_assert_cmpstr (accord_record_get_title (ACCORD_RECORD (meeting)), ==, "");
  g_assert_false (accord_period_is_known (accord_meeting_get_when (meeting)));
  g_assert_cmpint (accord_meeting_get_format (meeting), ==, ACCORD_MEETING_FORMAT_UNSPECIFIED);
  g_assert_cmpint (accord_meeting_get_kind (meeting), ==, ACCORD_MEETING_KIND_OTHER);
  g_assert_cmpuint (g_list_model_get_n_items (accord_meeting_get_participants (meeting)), ==, 0);
  g_assert_cmpint (accord_initiative_get_status (initiative), ==, ACCORD_STATUS_PROPOSED);
  g_assert_cmpstr (accord_initiative_get_meeting_id (initiative), ==, "");
}

static void
check_unknown_order (AccordDocument *document,
                     const char     *saved)
{
  assert_order (saved, (const char *[]) {
    "id", "title", "x-zulu", "x-alpha", "x-mike", "x-bravo", "x-quebec", "x-echo", "x-kilo",
    "x-delta", "x-lima", "x-golf", "when", "location", NULL });
}

static void
check_unknown_only (AccordDocument *document,
                    const char     *saved)
{
  assert_order (saved, (const char *[]) { "pt", "ld", "ers", "g", "as", "id", NULL });
}

static void
check_participant_order (AccordDocument *document,
                         const char     *saved)
{
  assert_order (saved, (const char *[]) {
    "name", "t?tle", "affiliation", "role", "title", NULL });
}

static void
check_known_order (AccordDocument *document,
                   const char     *saved)
{
  assert_order (saved, (const char *[]) {
    "initiatives", "meetings", "version", "format", NULL });
  assert_order (saved, (const char *[]) {
    "title", "id", "when", "precision", "end", "start", "text", NULL });
}

static const BadInput bad_inputs[] = {
  /* lone-surrogate.json, saved-not-utf8.json, errmsg-invalid-utf8.json */
  { "lone-surrogate", HEAD "\"meetings\":[{\"id\":\"m1\",\"title\":\"lone \\ud800 high\"}]}",
    0, NULL, LOADS, { "Line 1, column 69: “\\ud800” is an unpaired UTF-16 surrogate" },
    check_lone_high },
  { "lone-low-surrogate", HEAD "\"meetings\":[{\"id\":\"m\\udfff\",\"title\":\"t\"}]}", 0, NULL,
    LOADS, { "Line 1, column 52: “\\udfff”" }, check_lone_low },
  { "lone-surrogates-counted",
    HEAD "\"meetings\":[{\"id\":\"m\",\n\"title\":\"\\ud800\\udbff-\\uDC00\"}]}", 0, NULL,
    LOADS, { "Line 2, column 10: “\\ud800” and 2 other unpaired UTF-16 surrogates" },
    check_lone_many },
  { "surrogate-pair", HEAD "\"meetings\":[{\"id\":\"m\",\"title\":\"\\ud83d\\ude00 x\"}]}", 0,
    NULL, LOADS, { NULL }, check_pair },
  { "lone-surrogate-member-name", HEAD "\"x\\udc00\":1}", 0, NULL, LOADS, { "“\\udc00”" },
    check_lone_member_name },
  /* saved-not-utf8.json */
  { "bad-escape-member-name", HEAD "\"\":[{\"\":[{\"\\ud8he\":\"\"}]}]}", 0, NULL,
    ACCORD_JSON_ERROR_SYNTAX, { "Line 1, column 43: “\\ud8he” is not a valid escape" } },
  /* fuzz-found-saved-not-utf8.json: json-glib ate the quote after the surrogate, and the
   * rest happened to parse. */
  { "surrogate-before-quote",
    HEAD "\"meetings\":[{\"id\":\"m\",\n    \"\\ud800\"itle\": \"Defence\"}]}", 0, NULL,
    ACCORD_JSON_ERROR_SYNTAX, { "Line 2, column ", "not valid JSON" } },
  /* bad-hex-escape.json */
  { "bad-hex-escape", HEAD "\"meetings\":[{\"id\":\"m1\",\"title\":\"x\\u12zz y\"}]}", 0, NULL,
    ACCORD_JSON_ERROR_SYNTAX, { "Line 1, column 65: “\\u12zz” is not a valid escape" } },
  { "short-hex-escape", HEAD "\"a\":\"\\u12\"}", 0, NULL, ACCORD_JSON_ERROR_SYNTAX,
    { "“\\u12”" } },
  { "unknown-escape", HEAD "\"a\":\"\\q\"}", 0, NULL, ACCORD_JSON_ERROR_SYNTAX,
    { "Line 1, column 37: “\\q”" } },
  /* nul-escape-truncates.json */
  { "nul-escape", HEAD "\"meetings\":[{\"id\":\"m1\",\"title\":\"before\\u0000after\"}]}", 0,
    NULL, ACCORD_JSON_ERROR_INVALID, { "Line 1, column 70: ", "“\\u0000”" } },
  { "nul-byte", "{\"format\":\"accord\",\n\"version\":1,\"x\":\"a\0b\"}", 39, NULL,
    ACCORD_JSON_ERROR_ENCODING, { "Line 2, column 19: ", "NUL byte" } },
  { "not-utf8", HEAD "\n\"a\":\"\xed\xa0\x80\"}", 0, NULL, ACCORD_JSON_ERROR_ENCODING,
    { "Line 2, column 6: ", "not valid UTF-8" } },
  /* errmsg-curly-quote.json, errmsg-not-utf8.json, errmsg-stray-nonascii.json */
  { "curly-quote", "{\"a\" “x”}", 0, NULL, ACCORD_JSON_ERROR_SYNTAX,
    { "Line 1, column 4: ", "a colon is missing after a member name" } },
  { "unterminated-curly", "{\"\":\"acconted to mainta }\n  ]\n}\n”\"", 0, NULL,
    ACCORD_JSON_ERROR_SYNTAX, { "Line 4, column 4: ", "acconted to mainta }\\u000a" } },
  { "stray-non-ascii", "{\"format\":\"accord\",\"version\":1 é}", 0, NULL, ACCORD_JSON_ERROR_SYNTAX,
    { "Line 1, column 30: " } },
  { "missing-comma", HEAD "\"a\":\"b\" \"c\":1}", 0, NULL, ACCORD_JSON_ERROR_SYNTAX,
    { "a comma is missing between two values" } },
  { "trailing-comma", HEAD "\"meetings\":[{},]}", 0, NULL, ACCORD_JSON_ERROR_SYNTAX,
    { "a comma with no value after it" } },
  /* fuzz-found-errmsg-not-utf8.json */
  { "cut-quote-0", NULL, 0, make_cut_quote_0, ACCORD_JSON_ERROR_SYNTAX,
    { "Line 1, column ", "\\xE2\\x80\"" } },
  { "cut-quote-1", NULL, 0, make_cut_quote_1, ACCORD_JSON_ERROR_SYNTAX,
    { "Line 1, column ", "\\xE2" } },
  { "cut-quote-2", NULL, 0, make_cut_quote_2, ACCORD_JSON_ERROR_SYNTAX, { "Line 1, column " } },
  /* nesting-100k.json */
  { "nesting-100k", NULL, 0, make_nesting_100k, ACCORD_JSON_ERROR_TOO_DEEP,
    { "Line 1, column 550: ", "nested more than 512 deep" } },
  { "nesting-at-limit", NULL, 0, make_nesting_at_limit, LOADS, { NULL }, check_deep },
  { "nesting-past-limit", NULL, 0, make_nesting_past_limit, ACCORD_JSON_ERROR_TOO_DEEP,
    { "Line 1, column 550: " } },
  /* Defect 11: no single field can make memory or drawing explode. */
  { "note-at-limit", NULL, 0, make_note_at_limit, LOADS, { NULL }, check_long_note },
  { "note-past-limit", NULL, 0, make_note_past_limit, ACCORD_JSON_ERROR_TOO_LONG,
    { "Line 2, column 43: ", "a text is longer than the 1.0\xc2\xa0MiB Accord reads" } },
  { "note-50mb", NULL, 0, make_note_50mb, ACCORD_JSON_ERROR_TOO_LONG, { "Line 2, column 43: " } },
  { "huge-version", "{\"format\":\"accord\",\"version\":99999999999999999999999}", 0, NULL,
    ACCORD_JSON_ERROR_TOO_NEW, { "(format version 99999999999999999999999)" } },
  { "int64-version", "{\"format\":\"accord\",\"version\":9223372036854775807}", 0, NULL,
    ACCORD_JSON_ERROR_TOO_NEW, { "(format version 9223372036854775807)" } },
  { "zero-version", "{\"format\":\"accord\",\"version\":0}", 0, NULL,
    ACCORD_JSON_ERROR_INVALID, { "“version” should be a whole number" } },
  { "huge-negative-version", "{\"format\":\"accord\",\"version\":-99999999999999999999999}", 0,
    NULL, ACCORD_JSON_ERROR_INVALID, { "“version” should be a whole number" } },
  { "fraction-version", "{\"format\":\"accord\",\"version\":1.0}", 0, NULL,
    ACCORD_JSON_ERROR_INVALID, { "“version” should be a whole number" } },
  { "empty", "", 0, NULL, ACCORD_JSON_ERROR_SYNTAX, { "The file is empty" } },
  { "list-root", "[{\"format\":\"accord\"}]", 0, NULL, ACCORD_JSON_ERROR_NOT_ACCORD,
    { "it holds a single JSON value, not an object" } },
  { "string-root", "\"accord\"", 0, NULL, ACCORD_JSON_ERROR_NOT_ACCORD,
    { "it holds a single JSON value, not an object" } },
  { "dangling-meeting",
    HEAD "\"meetings\":[{\"id\":\"m\"}],\"initiatives\":[{\"id\":\"i\",\"meeting\":\"m-gone\"}]}",
    0, NULL, LOADS,
    { "initiatives[0].meeting names the meeting “m-gone”, which is not in the document" },
    check_dangling },
  { "duplicate-id",
    HEAD "\"meetings\":[{\"id\":\"m\",\"title\":\"First\"},{\"id\":\"m\",\"title\":\"Second\"}]}",
    0, NULL, LOADS, { "meetings[1] has the “id” “m” of an earlier record; it was given “m-" },
    check_duplicate_id },
  { "empty-id", HEAD "\"initiatives\":[{\"id\":\"\",\"title\":\"t\"}]}", 0, NULL, LOADS,
    { "initiatives[0] has no “id”; it was given “i-" }, check_empty_id },
  { "id-of-a-meeting",
    HEAD "\"meetings\":[{\"id\":\"x\"}],\"initiatives\":[{\"id\":\"x\",\"meeting\":\"x\"}]}", 0,
    NULL, LOADS, { "initiatives[0] has the “id” “x” of an earlier record" } },
  /* FORMAT.md against the loader: dates without a precision were dropped on save. */
  { "period-dates-no-precision",
    HEAD "\"initiatives\":[{\"timeline\":{\"text\":\"Q3 2024\",\"start\":\"2024-07-01\","
    "\"end\":\"2024-09-30\"}}]}", 0, NULL, ACCORD_JSON_ERROR_INVALID,
    { "“initiatives[0].timeline” should be a period with a “precision” for its dates" } },
  { "period-dates-unknown-precision",
    HEAD "\"meetings\":[{\"when\":{\"start\":\"2024-07-01\",\"precision\":\"unknown\"}}]}", 0,
    NULL, ACCORD_JSON_ERROR_INVALID, { "“meetings[0].when” should be a period with" } },
  { "period-text-only", HEAD "\"initiatives\":[{\"id\":\"i\",\"timeline\":{\"text\":\"Q3 2024\","
    "\"start\":\"\",\"end\":null}}]}", 0, NULL, LOADS, { NULL }, check_text_only_period },
  { "iso-basic", HEAD "\"initiatives\":[{\"id\":\"i\",\"timeline\":{\"text\":\"Q3 2024\","
    "\"start\":\"20240701\",\"end\":\"20240930\",\"precision\":\"quarter\"}}]}", 0, NULL, LOADS,
    { NULL }, check_iso_basic },
  { "iso-date-time", HEAD "\"meetings\":[{\"id\":\"m\",\"when\":{\"start\":\"2020-09-14T10:00:00Z\","
    "\"end\":\"2020-09-14T23:30:00-05:00\",\"precision\":\"day\"},"
    "\"sources\":[{\"published\":\"2020-09-14T10:00:00Z\"}]}]}", 0, NULL, LOADS, { NULL },
    check_iso_date_time },
  { "iso-week-ordinal", HEAD "\"meetings\":[{\"id\":\"m\",\"when\":{\"start\":\"2024-W27-1\","
    "\"end\":\"2024-213\",\"precision\":\"month\"}}]}", 0, NULL, LOADS, { NULL },
    check_iso_week_ordinal },
  { "iso-signed", HEAD "\"meetings\":[{\"when\":{\"start\":\"+2024-07-01\","
    "\"end\":\"2024-07-01\",\"precision\":\"day\"}}]}", 0, NULL, ACCORD_JSON_ERROR_INVALID,
    { "“meetings[0].when.start” should be a date" } },
  { "iso-bad-time", HEAD "\"meetings\":[{\"sources\":[{\"published\":\"2024-07-01T25:00Z\"}]}]}",
    0, NULL, ACCORD_JSON_ERROR_INVALID, { "“meetings[0].sources[0].published” should be a date" } },
  { "quarter-as-written", HEAD "\"meetings\":[{\"id\":\"m\",\"when\":{\"start\":\"2024-02-15\","
    "\"end\":\"2024-03-01\",\"precision\":\"quarter\"}}]}", 0, NULL, LOADS, { NULL },
    check_quarter_as_written },
  { "nulls", HEAD "\"meetings\":[{\"id\":\"m\",\"title\":null,\"when\":null,\"format\":null,"
    "\"kind\":null,\"participants\":null,\"topics\":null}],"
    "\"initiatives\":[{\"id\":\"i\",\"status\":null,\"meeting\":null}]}", 0, NULL, LOADS, { NULL },
    check_nulls },
  /* unknown-member-order.json */
  { "unknown-member-order", "{\n \"format\": \"accord\",\n \"version\": 1,\n \"meetings\": [\n  {\n"
    "   \"id\": \"m1\",\n   \"title\": \"t\",\n   \"x-zulu\": 0,\n   \"x-alpha\": 1,\n"
    "   \"x-mike\": 2,\n   \"x-bravo\": 3,\n   \"x-quebec\": 4,\n   \"x-echo\": 5,\n"
    "   \"x-kilo\": 6,\n   \"x-delta\": 7,\n   \"x-lima\": 8,\n   \"x-golf\": 9\n  }\n ]\n}\n",
    0, NULL, LOADS, { NULL }, check_unknown_order },
  /* order-mismatch.json */
  { "unknown-members-only", HEAD "\"meetings\":[{\"pt\":[],\"ld\":\"\",\"ers\":[],\"g\":\"\","
    "\"as\":\"\"}]}", 0, NULL, LOADS, { "meetings[0] has no “id”" }, check_unknown_only },
  /* fuzz-found-order-mismatch.json */
  { "participant-order", HEAD "\"meetings\":[{\"id\":\"m\",\"participants\":[{\"name\":\"\","
    "\"t?tle\":\"Secretary-General of ASEAN\",\"affiliation\":\"ASEAN\",\"role\":\"\"}]}]}", 0,
    NULL, LOADS, { NULL }, check_participant_order },
  { "known-member-order", "{\"initiatives\":[],\"meetings\":[{\"title\":\"T\",\"id\":\"m\","
    "\"when\":{\"precision\":\"day\",\"end\":\"2024-01-29\",\"start\":\"2024-01-29\","
    "\"text\":\"29 January\"}}],\"version\":1,\"format\":\"accord\"}", 0, NULL, LOADS, { NULL },
    check_known_order },
};

static GBytes *
input_bytes (const BadInput *input)
{
  if (input->make != NULL)
    return input->make ();

  return g_bytes_new_static (input->data,
                             input->length > 0 ? input->length : strlen (input->data));
}

static void
assert_contains (const char *text,
                 const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("“%s” does not contain “%s”", text, part);
}

static void
assert_valid_utf8 (const char *text)
{
  const char *end;

  if (!g_utf8_validate (text, -1, &end))
    g_error ("not valid UTF-8 at byte %" G_GSIZE_FORMAT, (gsize) (end - text));
}

static void
test_refused (const BadInput *input,
              GBytes         *bytes)
{
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) warnings = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  AccordMeeting *meeting;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  /* A document with an edit: a failed load must leave all of it. */
  g_assert_true (accord_json_load_data (document, good_document, -1, &error));
  meeting = accord_document_lookup_meeting (document, "m-retreat");
  accord_document_set_string (document, G_OBJECT (meeting), "title", "Edited");
  before = accord_json_save_data (document, NULL);

  g_assert_false (accord_json_load_data_full (document, data, length, &warnings, &error));
  g_assert_error (error, ACCORD_JSON_ERROR, input->code);
  g_assert_null (warnings);
  assert_valid_utf8 (error->message);
  for (guint i = 0; i < G_N_ELEMENTS (input->parts) && input->parts[i] != NULL; i++)
    assert_contains (error->message, input->parts[i]);

  after = accord_json_save_data (document, NULL);
  g_assert_cmpstr (before, ==, after);
  g_assert_true (accord_document_can_undo (document));
}

static void
test_loaded (const BadInput *input,
             GBytes         *bytes)
{
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(AccordDocument) reloaded = accord_document_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) warnings = NULL;
  g_auto(GStrv) warnings_again = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *saved_again = NULL;
  guint n_parts = 0;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  g_assert_true (accord_json_load_data_full (document, data, length, &warnings, &error));
  g_assert_no_error (error);

  while (n_parts < G_N_ELEMENTS (input->parts) && input->parts[n_parts] != NULL)
    n_parts++;
  if (n_parts == 0)
    g_assert_null (warnings);
  else
    {
      g_assert_nonnull (warnings);
      g_assert_cmpuint (g_strv_length (warnings), ==, n_parts);
      for (guint i = 0; i < n_parts; i++)
        {
          assert_valid_utf8 (warnings[i]);
          assert_contains (warnings[i], input->parts[i]);
        }
    }

  saved = accord_json_save_data (document, NULL);
  assert_valid_utf8 (saved);
  if (input->check != NULL)
    input->check (document, saved);

  /* What was repaired stays repaired: the saved text loads to the same bytes. */
  g_assert_true (accord_json_load_data_full (reloaded, saved, -1, &warnings_again, &error));
  g_assert_no_error (error);
  saved_again = accord_json_save_data (reloaded, NULL);
  g_assert_cmpstr (saved, ==, saved_again);
}

static void
test_bad_input (gconstpointer data)
{
  const BadInput *input = data;
  g_autoptr(GBytes) bytes = input_bytes (input);

  if (input->code == LOADS)
    test_loaded (input, bytes);
  else
    test_refused (input, bytes);
}

/* The messages are Accord's own, in the UI's language, with line and column. */
static void
check_language (const char *language,
                const char *locale,
                const char *escape_message,
                const char *colon_message)
{
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(GError) error = NULL;

  g_setenv ("LANGUAGE", language, TRUE);
  if (setlocale (LC_ALL, locale) == NULL)
    g_error ("The locale %s is missing: generate it with localedef", locale);

  g_assert_false (accord_json_load_data (document, HEAD "\"a\":\"\\u12zz\"}", -1, &error));
  g_assert_error (error, ACCORD_JSON_ERROR, ACCORD_JSON_ERROR_SYNTAX);
  g_assert_cmpstr (error->message, ==, escape_message);
  g_clear_error (&error);

  g_assert_false (accord_json_load_data (document, "{\"a\" “x”}", -1, &error));
  g_assert_error (error, ACCORD_JSON_ERROR, ACCORD_JSON_ERROR_SYNTAX);
  g_assert_cmpstr (error->message, ==, colon_message);

  g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
}

static void
test_vietnamese (void)
{
  check_language ("vi", "vi_VN.UTF-8",
                  "Dòng 1, cột 37: “\\u12zz” không phải là chuỗi thoát hợp lệ trong chuỗi JSON",
                  "Dòng 1, cột 4: đây không phải là JSON hợp lệ (thiếu dấu hai chấm sau tên "
                  "thành phần)");
}

static void
test_lao (void)
{
  check_language ("lo", "lo_LA.UTF-8",
                  "ແຖວ 1, ຖັນ 37: “\\u12zz” ບໍ່ແມ່ນລຳດັບ escape ທີ່ຖືກຕ້ອງໃນຂໍ້ຄວາມ JSON",
                  "ແຖວ 1, ຖັນ 4: ນີ້ບໍ່ແມ່ນ JSON ທີ່ຖືກຕ້ອງ (ຂາດເຄື່ອງໝາຍສອງຈຸດ (:) ຫຼັງຊື່ສະມາຊິກ)");
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("ACCORD_LOCALEDIR");

  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);
  g_assert_nonnull (localedir);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  for (guint i = 0; i < G_N_ELEMENTS (bad_inputs); i++)
    {
      g_autofree char *name = g_strdup_printf ("/io/json/bad-input/%s", bad_inputs[i].name);
      g_test_add_data_func (name, &bad_inputs[i], test_bad_input);
    }
  g_test_add_func ("/io/json/bad-input/vietnamese", test_vietnamese);
  g_test_add_func ("/io/json/bad-input/lao", test_lao);

  return g_test_run ();
}
