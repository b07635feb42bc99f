/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "import/import-check.h"

/* The importer's input handling and its command line, on small texts written for the test. */

static AccordImport *
import_text (const char         *text,
             AccordImportFormat  format,
             const GDate        *reference)
{
  AccordImport *import = accord_import_new (text, -1, format, reference);

  check_spans_sound (import);
  return import;
}

static void
test_html_cleaning (void)
{
  const char *html =
    "<!DOCTYPE html><html><head><title>Site | News</title><style>p{}</style>"
    "<script>var x = '<p>not text</p>';</script></head><body>"
    "<header><nav><a href=/>Home</a> <a href=/news>News</a></nav></header>"
    "<div class=\"cookie-banner\">We use cookies. Accept?</div>"
    "<article><h1>Ministers   agree on a plan</h1>"
    "<p>Posted 3 March 2025</p>"
    "<p>The ministers met in <b>Vientiane</b>.</p>"
    "<ul><li>first point</li><li>second point</li></ul>"
    "<table><tr><th>Initiative</th><th>Timeline</th></tr>"
    "<tr><td>Green Corridor Plan</td><td>Q2 2025</td></tr></table>"
    "<div class=\"share-buttons\">Share on X | Print</div>"
    "</article><footer>© Ministry</footer></body></html>";
  g_autoptr(AccordImport) import = import_text (html, ACCORD_IMPORT_FORMAT_HTML, NULL);
  const char *text = accord_import_get_text (import);
  AccordInitiative *initiative;

  g_assert_cmpstr (text, ==,
                   "Ministers agree on a plan\n"
                   "Posted 3 March 2025\n"
                   "The ministers met in Vientiane.\n"
                   "- first point\n"
                   "- second point\n"
                   "Initiative | Timeline |\n"
                   "---|---|\n"
                   "Green Corridor Plan | Q2 2025 |\n");
  initiative = check_find_initiative (import, "Green Corridor Plan", 0);
  check_period (accord_initiative_get_period (initiative), "Q2 2025", "quarter 2025-04-01 2025-06-30");
  g_assert_cmpint (accord_import_get_reference_origin (import), ==, ACCORD_IMPORT_REFERENCE_PUBLISHED);
}

static void
test_html_auto (void)
{
  g_autoptr(AccordImport) import = import_text ("<p>One.</p><p>Two &amp; three.</p>",
                                                ACCORD_IMPORT_FORMAT_AUTO, NULL);

  g_assert_cmpstr (accord_import_get_text (import), ==, "One.\nTwo & three.\n");
}

static void
test_markdown (void)
{
  const char *markdown =
    "# A **plan** for 2025\n"
    "\n"
    "The ministers [met](https://example.org) in\n"
    "Vientiane and agreed.\n"
    "\n"
    "* one\n"
    "* two\n"
    "![photo](x.jpg)\n"
    "| Initiative | Lead |\n"
    "|---|---|\n"
    "| River Plan | Lao PDR |\n";
  g_autoptr(AccordImport) import = import_text (markdown, ACCORD_IMPORT_FORMAT_MARKDOWN, NULL);
  AccordInitiative *initiative;

  g_assert_cmpstr (accord_import_get_text (import), ==,
                   "A plan for 2025\n"
                   "The ministers met in Vientiane and agreed.\n"
                   "- one\n"
                   "- two\n"
                   "| Initiative | Lead |\n"
                   "|---|---|\n"
                   "| River Plan | Lao PDR |\n");
  initiative = check_find_initiative (import, "River Plan", 0);
  g_assert_cmpstr (accord_initiative_get_lead (initiative), ==, "Lao PDR");
}

/* A caption or a page title with "|" is not a table: only a row above a rule is. */
static void
test_stray_pipes (void)
{
  const char *text =
    "MINISTRY | Ministers meet\n"
    "Ministers at the talks | Photo: Agency | Photo: Agency\n"
    "Ministers at the talks | Photo: Agency | Photo: Agency\n"
    "The talks went well.\n";
  g_autoptr(AccordImport) import = import_text (text, ACCORD_IMPORT_FORMAT_TEXT, NULL);

  g_assert_cmpuint (accord_import_get_initiatives (import)->len, ==, 0);
}

/* Whatever the bytes, a text comes out: invalid UTF-8 replaced, NULs gone, nothing drafted
 * from nothing. */
static void
test_odd_input (void)
{
  static const char bytes[] = "Minister \xff\xfe of\0 Foreign Affairs\r\n\r\n\t|---|\n";
  g_autoptr(AccordImport) empty = import_text ("", ACCORD_IMPORT_FORMAT_AUTO, NULL);
  g_autoptr(AccordImport) odd = accord_import_new (bytes, sizeof bytes - 1, ACCORD_IMPORT_FORMAT_AUTO, NULL);
  g_autoptr(AccordImport) html = import_text ("<html><body><table><tr><td>", ACCORD_IMPORT_FORMAT_HTML, NULL);

  g_assert_cmpstr (accord_import_get_text (empty), ==, "");
  g_assert_cmpuint (accord_import_get_meetings (empty)->len, ==, 0);
  g_assert_true (g_utf8_validate (accord_import_get_text (odd), -1, NULL));
  g_assert_null (strchr (accord_import_get_text (odd), '\r'));
  g_assert_cmpuint (accord_import_get_meetings (odd)->len, ==, 0);
  g_assert_cmpstr (accord_import_get_text (html), ==, "");
}

static void
test_format_for_name (void)
{
  g_assert_cmpint (accord_import_format_for_name ("a.HTML"), ==, ACCORD_IMPORT_FORMAT_HTML);
  g_assert_cmpint (accord_import_format_for_name ("a.htm"), ==, ACCORD_IMPORT_FORMAT_HTML);
  g_assert_cmpint (accord_import_format_for_name ("notes.md"), ==, ACCORD_IMPORT_FORMAT_MARKDOWN);
  g_assert_cmpint (accord_import_format_for_name ("a.txt"), ==, ACCORD_IMPORT_FORMAT_TEXT);
  g_assert_cmpint (accord_import_format_for_name ("-"), ==, ACCORD_IMPORT_FORMAT_AUTO);
}

/* ---- The command line -------------------------------------------------------------------- */

static char *
write_fixture (const char *name,
               const char *contents)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("accord-import-XXXXXX", &error);
  char *path;

  g_assert_no_error (error);
  path = g_build_filename (dir, name, NULL);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return path;
}

static void
remove_fixture (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);

      g_remove (child);
    }
  g_rmdir (dir);
}

static int
run_cli (const char * const *args,
         char              **out,
         char              **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (argv, (gpointer) g_getenv ("ACCORD_BINARY"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  process = g_subprocess_newv ((const char * const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                               &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, out, err, &error);
  g_assert_no_error (error);
  return g_subprocess_get_exit_status (process);
}

static const char article[] =
  "HANOI, Nov. 22, 2023 (VNA) – Vietnamese Foreign Minister Bui Thanh Son met Lao Foreign "
  "Minister Saleumxay Kommasith in Hanoi on Wednesday.\n";

static void
test_cli_writes_document (void)
{
  g_autofree char *input = write_fixture ("article.txt", article);
  g_autofree char *dir = g_path_get_dirname (input);
  g_autofree char *output = g_build_filename (dir, "out.json", NULL);
  const char *args[] = { "import", input, "-o", output, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *json = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *meeting, *spans, *first;
  JsonArray *span;
  const char *text;

  g_assert_cmpint (run_cli (args, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_file_get_contents (output, &json, NULL, &error);
  g_assert_no_error (error);
  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "accord");
  first = json_array_get_object_element (json_object_get_array_member (root, "articles"), 0);
  text = json_object_get_string_member (first, "text");
  g_assert_cmpstr (json_object_get_string_member (first, "reference"), ==, "2023-11-22");
  g_assert_cmpstr (json_object_get_string_member (first, "reference_from"), ==, "dateline");
  meeting = json_array_get_object_element (json_object_get_array_member (root, "meetings"), 0);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (meeting, "when"), "start"),
                   ==, "2023-11-22");
  spans = json_object_get_object_member (json_object_get_object_member (meeting, "imported"), "spans");
  span = json_object_get_array_member (spans, "participants[1].name");
  {
    const char *s = g_utf8_offset_to_pointer (text, json_array_get_int_element (span, 0));
    const char *e = g_utf8_offset_to_pointer (text, json_array_get_int_element (span, 1));
    g_autofree char *words = g_strndup (s, e - s);

    g_assert_cmpstr (words, ==, "Saleumxay Kommasith");
  }

  /* The document loads in Accord: the spans are members it keeps. */
  {
    g_autoptr(AccordDocument) document = accord_document_new ();

    g_assert_true (accord_json_load_data (document, json, -1, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (accord_document_get_meetings (document)), ==, 1);
  }
  remove_fixture (input);
}

static void
test_cli_date_and_stdout (void)
{
  g_autofree char *input = write_fixture ("a.md", "The ministers met in Vientiane on March 3.\n"
                                                  "Minister Retno Marsudi and Minister Bui Thanh Son met on March 3.\n");
  const char *args[] = { "import", "--date", "2025-02-01", input, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_cli (args, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "\"start\" : \"2025-03-03\""));
  g_assert_nonnull (strstr (out, "\"reference_from\" : \"given\""));
  remove_fixture (input);
}

static void
test_cli_errors (void)
{
  const char *missing[] = { "import", "/nonexistent/article.txt", NULL };
  const char *bad_date[] = { "import", "--date", "March 3", "x.txt", NULL };
  const char *none[] = { "import", NULL };
  const char * const *cases[] = { missing, bad_date, none };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;

      g_assert_cmpint (run_cli (cases[i], &out, &err), ==, 1);
      g_assert_cmpstr (out, ==, "");
      g_assert_true (g_str_has_prefix (err, "accord: "));
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/html/cleaning", test_html_cleaning);
  g_test_add_func ("/import/html/auto", test_html_auto);
  g_test_add_func ("/import/markdown", test_markdown);
  g_test_add_func ("/import/stray-pipes", test_stray_pipes);
  g_test_add_func ("/import/odd-input", test_odd_input);
  g_test_add_func ("/import/format-for-name", test_format_for_name);
  g_test_add_func ("/import/cli/document", test_cli_writes_document);
  g_test_add_func ("/import/cli/date-and-stdout", test_cli_date_and_stdout);
  g_test_add_func ("/import/cli/errors", test_cli_errors);

  return g_test_run ();
}
