/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The library on SQLite: the first run from a seed or from Accord 0.1's library.json, each
 * command durable, everything the JSON held kept, and a database that cannot be read left as
 * it is. */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <sqlite3.h>
#include <string.h>

#include "accord-json.h"
#include "accord-library.h"
#include "accord-participant.h"

/* Unknown members everywhere, in an order of their own, and items of every kind. */
static const char *document_text =
  "{\"format\": \"accord\", \"version\": 1, \"x-first\": {\"nested\": {}, \"list\": [[], {}]},\n"
  " \"meetings\": [\n"
  "  {\"x-before\": 1, \"id\": \"m-retreat\", \"title\": \"ASEAN Foreign Ministers’ Retreat\",\n"
  "   \"when\": {\"text\": \"29 January 2024\", \"x-why\": \"as written\", \"start\": \"2024-01-29\",\n"
  "            \"end\": \"2024-01-29\", \"precision\": \"day\"},\n"
  "   \"topics\": [\"Myanmar\", \"South China Sea: 2:3\", \"\"],\n"
  "   \"participants\": [{\"name\": \"Saleumxay Kommasith\", \"x-seat\": 3},\n"
  "                      {\"name\": \"Bùi Thanh Sơn\", \"title\": \"Minister\"}],\n"
  "   \"sources\": [{\"publisher\": \"ASEAN\", \"x-page\": \"4\"}]},\n"
  "  {\"id\": \"m-summit\", \"title\": \"44th ASEAN Summit\", \"kind\": \"summit\"}],\n"
  " \"initiatives\": [\n"
  "  {\"id\": \"i-connect\", \"title\": \"Connectivity\", \"meeting\": \"m-retreat\",\n"
  "   \"status\": \"ongoing\", \"partners\": [\"Japan\"],\n"
  "   \"attributes\": [{\"name\": \"Budget\", \"value\": \"none\", \"x-unit\": \"USD\"}],\n"
  "   \"x-after\": [true, null]}],\n"
  " \"x-last\": \"kept\"}\n";

static char *dir;

static GFile *
database (void)
{
  return g_file_new_build_filename (dir, "library.db", NULL);
}

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) handle = g_dir_open (path, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_dir (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
setup (void)
{
  g_autoptr(GError) error = NULL;

  dir = g_dir_make_tmp ("accord-test-library-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
teardown (void)
{
  remove_dir (dir);
  g_clear_pointer (&dir, g_free);
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* Loads @library, waiting for its thread to be done (an event, not a time). */
static AccordDocument *
load (AccordLibrary  *library,
      GError        **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  accord_store_load_async (ACCORD_STORE (library), NULL, on_loaded, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return accord_store_load_finish (ACCORD_STORE (library), result, error);
}

static AccordDocument *
open_library (AccordLibrary **library_out)
{
  g_autoptr(GFile) file = database ();
  g_autoptr(GBytes) seed = g_bytes_new_static (document_text, strlen (document_text));
  g_autoptr(GError) error = NULL;
  AccordLibrary *library = accord_library_new (file, seed);
  AccordDocument *document = load (library, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  *library_out = library;
  return document;
}

/* What the database holds now, read by a library of its own. */
static char *
reopened_text (void)
{
  g_autoptr(AccordLibrary) library = NULL;
  g_autoptr(AccordDocument) document = open_library (&library);

  return accord_json_save_data (document, NULL);
}

/* @text without the ids that items were given when they came from a file without them. */
static char *
without_new_item_ids (const char *text)
{
  g_autoptr(GRegex) ids = g_regex_new ("\n *\"id\" : \"[psa]-[0-9a-f]{8}\",?", 0, 0, NULL);

  return g_regex_replace_literal (ids, text, -1, 0, "", 0, NULL);
}

static void
assert_equal_apart_from_new_ids (const char *a,
                                 const char *b)
{
  g_autofree char *stripped_a = without_new_item_ids (a);
  g_autofree char *stripped_b = without_new_item_ids (b);

  g_assert_cmpstr (stripped_a, ==, stripped_b);
}

static char *
read_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static void
test_first_run_keeps_everything (void)
{
  g_autoptr(AccordDocument) from_json = accord_document_new ();
  g_autoptr(AccordLibrary) library = NULL;
  g_autoptr(AccordDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *loaded = NULL;
  g_autofree char *reopened = NULL;

  setup ();
  g_assert_true (accord_json_load_data (from_json, document_text, -1, &error));
  expected = accord_json_save_data (from_json, NULL);

  document = open_library (&library);
  g_assert_null (accord_library_get_imported (library));
  loaded = accord_json_save_data (document, NULL);
  assert_equal_apart_from_new_ids (loaded, expected);
  g_clear_object (&document);
  g_clear_object (&library);

  /* Read back from the tables: the same document, unknown members and their order, item ids
   * and all. */
  reopened = reopened_text ();
  g_assert_cmpstr (reopened, ==, loaded);

  teardown ();
}

static void
test_imports_library_json (void)
{
  g_autofree char *legacy = NULL;
  g_autofree char *imported_path = NULL;
  g_autoptr(AccordLibrary) library = NULL;
  g_autoptr(AccordDocument) document = NULL;
  g_autoptr(AccordDocument) from_json = accord_document_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *exported = NULL;
  g_autofree char *kept = NULL;
  GFile *imported;

  setup ();
  legacy = g_build_filename (dir, "library.json", NULL);
  imported_path = g_strconcat (legacy, ".imported", NULL);
  g_file_set_contents (legacy, document_text, -1, &error);
  g_assert_no_error (error);

  /* Not the seed (NULL here): the 0.1 library beside the database. */
  {
    g_autoptr(GFile) file = database ();

    library = accord_library_new (file, NULL);
    document = load (library, &error);
    g_assert_no_error (error);
  }
  imported = accord_library_get_imported (library);
  g_assert_nonnull (imported);
  g_assert_cmpstr (g_file_peek_path (imported), ==, imported_path);
  g_assert_false (g_file_test (legacy, G_FILE_TEST_EXISTS));
  kept = read_text (imported_path);
  g_assert_cmpstr (kept, ==, document_text);

  /* Exported again, it is what 0.1 had, apart from the ids items were given. */
  g_assert_true (accord_json_load_data (from_json, document_text, -1, &error));
  expected = accord_json_save_data (from_json, NULL);
  g_clear_object (&document);
  g_clear_object (&library);
  exported = reopened_text ();
  assert_equal_apart_from_new_ids (exported, expected);

  teardown ();
}

static void
on_committed (AccordStore *store,
              guint64      change,
              guint64     *last)
{
  *last = change;
}

static void
test_each_command_durable (void)
{
  g_autoptr(AccordLibrary) library = NULL;
  g_autoptr(AccordDocument) document = NULL;
  g_autoptr(AccordMeeting) added = accord_meeting_new ("m-added");
  g_autoptr(AccordParticipant) participant = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *reopened = NULL;
  AccordMeeting *summit;
  guint64 committed = 0;

  setup ();
  document = open_library (&library);
  g_signal_connect (library, "committed", G_CALLBACK (on_committed), &committed);

  summit = accord_document_lookup_meeting (document, "m-summit");
  accord_document_set_string (document, G_OBJECT (summit), "title", "44th and 45th Summits");
  /* An item's field, of a record the document may not name. */
  participant = g_list_model_get_item (
    accord_meeting_get_participants (accord_document_lookup_meeting (document, "m-retreat")), 1);
  accord_document_set_string (document, G_OBJECT (participant), "title", "Foreign Minister");
  accord_document_add_record (document, ACCORD_RECORD (added));
  accord_document_remove_record (document, ACCORD_RECORD (summit));
  /* Undone, it comes back where it was, between the other two. */
  g_assert_true (accord_document_undo (document));
  accord_document_set_string (document, G_OBJECT (added), "id", "m-renamed");

  /* Each command is a transaction; the last one's commit says they all are. */
  g_assert_true (accord_store_flush (ACCORD_STORE (library), &error));
  g_assert_no_error (error);
  while (committed < 6)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (committed, ==, 6);

  expected = accord_json_save_data (document, NULL);
  reopened = reopened_text ();
  g_assert_cmpstr (reopened, ==, expected);

  g_signal_handlers_disconnect_by_data (library, &committed);
  teardown ();
}

static void
assert_refused (const char *contents,
                gsize       length,
                int         code)
{
  g_autoptr(GFile) file = database ();
  g_autoptr(AccordLibrary) library = accord_library_new (file, NULL);
  g_autoptr(AccordDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  gsize after_length = 0;

  document = load (library, &error);
  g_assert_null (document);
  g_assert_error (error, ACCORD_LIBRARY_ERROR, code);
  g_assert_nonnull (strstr (error->message, "“library.db”"));
  g_clear_object (&library);

  /* Never written. */
  g_file_get_contents (g_file_peek_path (file), &after, &after_length, NULL);
  g_assert_cmpmem (after, after_length, contents, length);
}

static void
test_unreadable_untouched (void)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *newer = NULL;
  gsize newer_length = 0;
  sqlite3 *db = NULL;
  const char *garbage = "This is not a database, and it is long enough to look like one "
                        "to nobody at all: SQLite reads the first hundred bytes.";

  setup ();
  file = database ();

  g_file_set_contents (g_file_peek_path (file), garbage, -1, &error);
  g_assert_no_error (error);
  assert_refused (garbage, strlen (garbage), ACCORD_LIBRARY_ERROR_DAMAGED);

  /* A newer Accord's library: its schema is not ours to change. */
  g_unlink (g_file_peek_path (file));
  g_assert_cmpint (sqlite3_open (g_file_peek_path (file), &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE meetings (id TEXT); PRAGMA user_version = 99",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_file_get_contents (g_file_peek_path (file), &newer, &newer_length, &error);
  g_assert_no_error (error);
  assert_refused (newer, newer_length, ACCORD_LIBRARY_ERROR_TOO_NEW);

  teardown ();
}

static void
count_signal (guint *count)
{
  (*count)++;
}

static void
test_two_connections (void)
{
  g_autoptr(AccordLibrary) first = NULL;
  g_autoptr(AccordLibrary) second = NULL;
  g_autoptr(AccordDocument) first_document = NULL;
  g_autoptr(AccordDocument) second_document = NULL;
  g_autoptr(GError) error = NULL;
  guint first_heard = 0, second_heard = 0;
  AccordMeeting *summit;

  setup ();
  first_document = open_library (&first);
  second_document = open_library (&second);
  g_signal_connect_swapped (first, "changed-elsewhere", G_CALLBACK (count_signal), &first_heard);
  g_signal_connect_swapped (second, "changed-elsewhere", G_CALLBACK (count_signal),
                            &second_heard);

  /* What one commits, the other hears of; its own commits it does not. */
  summit = accord_document_lookup_meeting (first_document, "m-summit");
  accord_document_set_string (first_document, G_OBJECT (summit), "title", "From the first");
  g_assert_true (accord_store_flush (ACCORD_STORE (first), &error));
  while (second_heard == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (first_heard, ==, 0);

  summit = accord_document_lookup_meeting (second_document, "m-summit");
  accord_document_set_string (second_document, G_OBJECT (summit), "title", "From the second");
  while (first_heard == 0)
    g_main_context_iteration (NULL, TRUE);

  g_signal_handlers_disconnect_by_data (first, &first_heard);
  g_signal_handlers_disconnect_by_data (second, &second_heard);
  g_clear_object (&first);
  g_clear_object (&second);
  teardown ();
}

static guint
count_meetings (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *statement = NULL;
  guint n = 0;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM meetings", -1, &statement,
                                       NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (statement), ==, SQLITE_ROW);
  n = sqlite3_column_int (statement, 0);
  sqlite3_finalize (statement);
  sqlite3_close (db);

  return n;
}

static void
test_daily_backups (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *backups = NULL;
  g_autofree char *today = NULL;
  g_autoptr(GDir) handle = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const char *name;

  setup ();
  backups = g_build_filename (dir, "backups", NULL);
  today = g_strdup_printf ("%s/library-%s.db", backups, date);

  /* The first opening of the day copies the whole library. */
  g_free (reopened_text ());
  g_assert_true (g_file_test (today, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_meetings (today), ==, 2);

  /* Seven days are kept: the oldest go. */
  g_unlink (today);
  for (guint day = 1; day <= 9; day++)
    {
      g_autofree char *old = g_strdup_printf ("%s/library-2020-01-0%u.db", backups, day);

      g_file_set_contents (old, "", 0, NULL);
    }
  g_free (reopened_text ());
  handle = g_dir_open (backups, 0, NULL);
  while ((name = g_dir_read_name (handle)) != NULL)
    g_ptr_array_add (names, (gpointer) name);
  g_assert_cmpuint (names->len, ==, 7);
  g_assert_true (g_file_test (today, G_FILE_TEST_EXISTS));
  {
    g_autofree char *oldest_kept = g_strdup_printf ("%s/library-2020-01-04.db", backups);
    g_autofree char *newest_gone = g_strdup_printf ("%s/library-2020-01-03.db", backups);

    g_assert_true (g_file_test (oldest_kept, G_FILE_TEST_EXISTS));
    g_assert_false (g_file_test (newest_gone, G_FILE_TEST_EXISTS));
  }

  teardown ();
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/library/first-run-keeps-everything", test_first_run_keeps_everything);
  g_test_add_func ("/store/library/imports-library-json", test_imports_library_json);
  g_test_add_func ("/store/library/each-command-durable", test_each_command_durable);
  g_test_add_func ("/store/library/unreadable-untouched", test_unreadable_untouched);
  g_test_add_func ("/store/library/daily-backups", test_daily_backups);
  g_test_add_func ("/store/library/two-connections", test_two_connections);

  return g_test_run ();
}
