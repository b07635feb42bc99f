/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Keeping a document in a file: atomic replacement, the backup, what a killed save left
 * behind, links, read-only files and folders, modes and owners. The session: loading in
 * another thread, saving from a snapshot, the library's first run, a library that cannot be
 * read; and the record texts that make saving cheap. */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "accord-json-cache.h"
#include "accord-json-file.h"
#include "accord-json.h"
#include "accord-participant.h"
#include "accord-safe-file.h"
#include "accord-test-util.h"
#include "accord-session.h"

static const char *minimal_document =
  "{\"format\": \"accord\", \"version\": 1,\n"
  " \"meetings\": [{\"id\": \"m-retreat\", \"title\": \"ASEAN Foreign Ministers’ Retreat\"}]}\n";

/* Unknown members everywhere, in an order of their own, and items of every kind. */
static const char *document_text =
  "{\"format\": \"accord\", \"version\": 1, \"x-first\": {\"nested\": {}, \"list\": [[], {}]},\n"
  " \"meetings\": [\n"
  "  {\"x-before\": 1, \"id\": \"m-retreat\", \"title\": \"ASEAN Foreign Ministers’ Retreat\",\n"
  "   \"when\": {\"text\": \"29 January 2024\", \"x-why\": \"as written\"},\n"
  "   \"participants\": [{\"name\": \"Saleumxay Kommasith\", \"x-seat\": 3},\n"
  "                      {\"name\": \"Bùi Thanh Sơn\", \"title\": \"Minister\"}],\n"
  "   \"sources\": [{\"publisher\": \"ASEAN\", \"x-page\": \"4\"}]},\n"
  "  {\"id\": \"m-summit\", \"title\": \"44th ASEAN Summit\"}],\n"
  " \"initiatives\": [\n"
  "  {\"id\": \"i-connect\", \"title\": \"Connectivity\", \"meeting\": \"m-retreat\",\n"
  "   \"attributes\": [{\"name\": \"Budget\", \"value\": \"none\", \"x-unit\": \"USD\"}],\n"
  "   \"x-after\": [true, null]}],\n"
  " \"x-last\": \"kept\"}\n";

static void
replace_with (const char *path,
              const char *text)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (accord_safe_file_replace (path, text, strlen (text), &error));
  g_assert_no_error (error);
}

static void
test_save_file_atomic (void)
{
  g_autofree char *dir = accord_test_make_dir ("accord-test-store");
  g_autofree char *path = g_build_filename (dir, "library.json", NULL);
  g_autofree char *backup_path = g_build_filename (dir, "library.json~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(AccordDocument) reloaded = accord_document_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *on_disk = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *names = NULL;
  AccordMeeting *meeting;

  g_assert_true (accord_json_load_data (document, minimal_document, -1, &error));
  g_assert_true (accord_json_file_save (document, file, NULL, &error));
  g_assert_no_error (error);
  /* No backup of a file that did not exist, and no temporary file left behind. */
  names = accord_test_list_dir (dir);
  g_assert_cmpstr (names, ==, "library.json");
  first = accord_test_read_file (path);

  meeting = accord_document_lookup_meeting (document, "m-retreat");
  accord_document_set_string (document, G_OBJECT (meeting), "title", "Retreat, edited");
  g_assert_true (accord_json_file_save (document, file, NULL, &error));
  g_assert_no_error (error);

  /* The previous version is the one backup. */
  backup = accord_test_read_file (backup_path);
  g_assert_cmpstr (backup, ==, first);
  g_clear_pointer (&names, g_free);
  names = accord_test_list_dir (dir);
  g_assert_cmpstr (names, ==, "library.json library.json~");

  g_assert_true (accord_json_file_load (reloaded, file, NULL, &error));
  g_assert_no_error (error);
  meeting = accord_document_lookup_meeting (reloaded, "m-retreat");
  g_assert_cmpstr (accord_record_get_title (ACCORD_RECORD (meeting)), ==, "Retreat, edited");
  on_disk = accord_test_read_file (path);
  g_assert_nonnull (strstr (on_disk, "Retreat, edited"));

  accord_test_remove_dir (dir);
}

static void
test_save_file_error (void)
{
  g_autofree char *dir = accord_test_make_dir ("accord-test-store");
  g_autofree char *path = g_build_filename (dir, "missing-folder", "library.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;

  g_assert_true (accord_json_load_data (document, minimal_document, -1, &error));
  g_assert_false (accord_json_file_save (document, file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "“library.json”"));
  names = accord_test_list_dir (dir);
  g_assert_cmpstr (names, ==, "");

  accord_test_remove_dir (dir);
}

static void
test_bad_file_untouched (void)
{
  g_autofree char *dir = accord_test_make_dir ("accord-test-store");
  g_autofree char *path = g_build_filename (dir, "broken.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(GError) error = NULL;
  const char *broken = "{\"format\": \"accord\", \"version\": 1, \"meetings\": [";
  g_autofree char *contents = NULL;
  g_autofree char *names = NULL;

  accord_test_write_file (path, broken);

  g_assert_false (accord_json_file_load (document, file, NULL, &error));
  g_assert_error (error, ACCORD_JSON_ERROR, ACCORD_JSON_ERROR_SYNTAX);
  contents = accord_test_read_file (path);
  g_assert_cmpstr (contents, ==, broken);
  names = accord_test_list_dir (dir);
  g_assert_cmpstr (names, ==, "broken.json");

  g_clear_error (&error);
  g_unlink (path);
  g_assert_false (accord_json_file_load (document, file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);

  accord_test_remove_dir (dir);
}

/* The first backup is a whole file made beside the document and renamed into place, never
 * a copy written in place; each later one is the version just replaced. */
static void
test_backup_versions (void)
{
  g_autofree char *dir = accord_test_make_dir ("accord-test-store");
  g_autofree char *path = g_build_filename (dir, "notes.json", NULL);
  g_autofree char *backup_path = g_build_filename (dir, "notes.json~", NULL);
  g_autofree char *text = NULL;
  GStatBuf file_info, backup_info;

  replace_with (path, "one");
  g_assert_false (g_file_test (backup_path, G_FILE_TEST_EXISTS));

  replace_with (path, "two");
  text = accord_test_read_file (backup_path);
  g_assert_cmpstr (text, ==, "one");
  g_clear_pointer (&text, g_free);

  replace_with (path, "three");
  text = accord_test_read_file (backup_path);
  g_assert_cmpstr (text, ==, "two");
  g_clear_pointer (&text, g_free);
  text = accord_test_read_file (path);
  g_assert_cmpstr (text, ==, "three");

  /* The backup and the document are two files, not two names of one. */
  g_assert_cmpint (g_stat (path, &file_info), ==, 0);
  g_assert_cmpint (g_stat (backup_path, &backup_info), ==, 0);
  g_assert_true (file_info.st_ino != backup_info.st_ino);
  g_assert_cmpuint (file_info.st_nlink, ==, 1);
  g_assert_cmpuint (backup_info.st_nlink, ==, 1);

  /* A save killed between its backup and its rename left the backup as a second name of the
   * document: the next save keeps it as the backup and writes a new document. */
  g_assert_cmpint (g_unlink (backup_path), ==, 0);
  g_assert_cmpint (link (path, backup_path), ==, 0);
  replace_with (path, "four");
  g_clear_pointer (&text, g_free);
  text = accord_test_read_file (backup_path);
  g_assert_cmpstr (text, ==, "three");
  g_clear_pointer (&text, g_free);
  text = accord_test_list_dir (dir);
  g_assert_cmpstr (text, ==, "notes.json notes.json~");

  accord_test_remove_dir (dir);
}

/* What killed saves leave behind goes on the next save and on the next open; other files,
 * even with similar names, stay. */
static void
test_stale_temporaries (void)
{
  g_autofree char *dir = accord_test_make_dir ("accord-test-store");
  g_autofree char *path = g_build_filename (dir, "library.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(GError) error = NULL;
  const char *stale[] = { ".library.json.a1B2c3", ".library.json~.XyZ789" };
  const char *kept[] = { ".library.json.backup-1", ".other.json.a1B2c3", "library.json.a1B2c3" };
  g_autofree char *names = NULL;

  for (guint round = 0; round < 2; round++)
    {
      accord_test_write_file (path, minimal_document);
      for (guint i = 0; i < G_N_ELEMENTS (stale); i++)
        {
          g_autofree char *stale_path = g_build_filename (dir, stale[i], NULL);
          accord_test_write_file (stale_path, "{\"format\": \"acc");
        }
      for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
        {
          g_autofree char *kept_path = g_build_filename (dir, kept[i], NULL);
          accord_test_write_file (kept_path, "kept");
        }

      if (round == 0)
        replace_with (path, minimal_document);
      else
        g_assert_true (accord_json_file_load (document, file, NULL, &error));
      g_assert_no_error (error);

      g_clear_pointer (&names, g_free);
      names = accord_test_list_dir (dir);
      g_assert_cmpstr (names, ==,
                       round == 0
                       ? ".library.json.backup-1 .other.json.a1B2c3 library.json library.json.a1B2c3 library.json~"
                       : ".library.json.backup-1 .other.json.a1B2c3 library.json library.json.a1B2c3");
      if (round == 0)
        {
          g_autofree char *backup = g_build_filename (dir, "library.json~", NULL);
          g_unlink (backup);
        }
    }

  accord_test_remove_dir (dir);
}

/* A link is followed: the file it points to is saved, with its backup beside it, and the link
 * stays a link (GNOME Text Editor does the same). */
static void
test_symlink_followed (void)
{
  g_autofree char *dir = accord_test_make_dir ("accord-test-store");
  g_autofree char *real_dir = g_build_filename (dir, "real", NULL);
  g_autofree char *real = g_build_filename (real_dir, "meetings.json", NULL);
  g_autofree char *link_path = g_build_filename (dir, "link.json", NULL);
  g_autofree char *chain = g_build_filename (dir, "chain.json", NULL);
  g_autofree char *target = NULL;
  g_autofree char *text = NULL;
  g_autofree char *names = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (real_dir, 0700), ==, 0);
  accord_test_write_file (real, "old");
  /* A relative link, and a link to that link. */
  g_assert_cmpint (symlink ("real/meetings.json", link_path), ==, 0);
  g_assert_cmpint (symlink ("link.json", chain), ==, 0);

  replace_with (link_path, "new");
  replace_with (chain, "newer");

  g_assert_true (g_file_test (link_path, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_test (chain, G_FILE_TEST_IS_SYMLINK));
  target = g_file_read_link (link_path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (target, ==, "real/meetings.json");
  text = accord_test_read_file (real);
  g_assert_cmpstr (text, ==, "newer");
  names = accord_test_list_dir (real_dir);
  g_assert_cmpstr (names, ==, "meetings.json meetings.json~");
  g_clear_pointer (&text, g_free);
  text = accord_test_read_file (real);
  g_clear_pointer (&names, g_free);
  names = accord_test_list_dir (dir);
  g_assert_cmpstr (names, ==, "chain.json link.json real");
  {
    g_autofree char *backup = g_build_filename (real_dir, "meetings.json~", NULL);
    g_autofree char *backup_text = accord_test_read_file (backup);

    g_assert_cmpstr (backup_text, ==, "new");
  }

  /* A link to a file that does not exist yet creates it. */
  g_unlink (real);
  replace_with (link_path, "created");
  g_clear_pointer (&text, g_free);
  text = accord_test_read_file (real);
  g_assert_cmpstr (text, ==, "created");
  g_assert_true (g_file_test (link_path, G_FILE_TEST_IS_SYMLINK));

  accord_test_remove_dir (dir);
}

static void
assert_refused_read_only (const char *path,
                          const char *word)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (accord_safe_file_replace (path, "new", 3, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "“doc.json”"));
  g_assert_nonnull (strstr (error->message, word));
}

/* Refused, as root too, and nothing is touched: the window then offers Save As. */
static void
test_read_only (void)
{
  g_autofree char *dir = accord_test_make_dir ("accord-test-store");
  g_autofree char *path = g_build_filename (dir, "doc.json", NULL);
  g_autofree char *text = NULL;
  g_autofree char *names = NULL;
  GStatBuf info;

  accord_test_write_file (path, "old");
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  assert_refused_read_only (path, "the file is read-only");
  text = accord_test_read_file (path);
  g_assert_cmpstr (text, ==, "old");
  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpuint (info.st_mode & 07777, ==, 0444);
  names = accord_test_list_dir (dir);
  g_assert_cmpstr (names, ==, "doc.json");

  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
  assert_refused_read_only (path, "its folder is read-only");
  g_clear_pointer (&text, g_free);
  text = accord_test_read_file (path);
  g_assert_cmpstr (text, ==, "old");
  g_clear_pointer (&names, g_free);
  names = accord_test_list_dir (dir);
  g_assert_cmpstr (names, ==, "doc.json");

  accord_test_remove_dir (dir);
}

/* A replaced file keeps its mode and owner; a new one gets 0666 less the umask. */
static void
test_mode_and_owner_kept (void)
{
  g_autofree char *dir = accord_test_make_dir ("accord-test-store");
  g_autofree char *path = g_build_filename (dir, "doc.json", NULL);
  g_autofree char *fresh = g_build_filename (dir, "fresh.json", NULL);
  /* As root the file is given to another user first, which only root can do. */
  uid_t owner = getuid () == 0 ? 65534 : getuid ();
  gid_t group = getuid () == 0 ? 65534 : getgid ();
  mode_t mask = umask (022);
  GStatBuf info;

  accord_test_write_file (path, "old");
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);
  g_assert_cmpint (chown (path, owner, group), ==, 0);

  replace_with (path, "new");
  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpuint (info.st_mode & 07777, ==, 0640);
  g_assert_cmpuint (info.st_uid, ==, owner);
  g_assert_cmpuint (info.st_gid, ==, group);

  replace_with (fresh, "new");
  g_assert_cmpint (g_stat (fresh, &info), ==, 0);
  g_assert_cmpuint (info.st_mode & 07777, ==, 0644);

  umask (mask);
  accord_test_remove_dir (dir);
}

static void
test_not_regular_file (void)
{
  g_autofree char *dir = accord_test_make_dir ("accord-test-store");
  g_autofree char *path = g_build_filename (dir, "doc.json", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  g_assert_false (accord_safe_file_replace (path, "new", 3, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_assert_nonnull (strstr (error->message, "“doc.json”"));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));

  accord_test_remove_dir (dir);
}

/* The snapshot's text is exactly what saving the whole document writes. */
static void
assert_snapshot_whole (AccordJsonCache *cache,
                       AccordDocument  *document)
{
  g_autoptr(AccordJsonSnapshot) snapshot = accord_json_cache_snapshot (cache);
  g_autofree char *joined = accord_json_snapshot_join (snapshot, NULL);
  g_autofree char *whole = accord_json_save_data (document, NULL);

  g_assert_cmpstr (joined, ==, whole);
}

static AccordParticipant *
first_participant (AccordDocument *document)
{
  AccordMeeting *meeting = accord_document_lookup_meeting (document, "m-retreat");

  return g_list_model_get_item (accord_meeting_get_participants (meeting), 0);
}

static void
test_cache_follows_changes (void)
{
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(AccordJsonCache) cache = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordParticipant) participant = NULL;
  g_autoptr(AccordMeeting) added = accord_meeting_new ("m-added");
  AccordMeeting *summit;

  g_assert_true (accord_json_load_data (document, document_text, -1, &error));
  g_assert_no_error (error);
  cache = accord_json_cache_new (document, TRUE);
  g_assert_cmpuint (accord_json_cache_get_n_cached (cache), ==, 3);
  assert_snapshot_whole (cache, document);

  /* A record's own field: only that record is written again. */
  summit = accord_document_lookup_meeting (document, "m-summit");
  accord_document_set_string (document, G_OBJECT (summit), "title", "44th and 45th Summits");
  g_assert_cmpuint (accord_json_cache_get_n_cached (cache), ==, 2);
  assert_snapshot_whole (cache, document);
  g_assert_cmpuint (accord_json_cache_get_n_cached (cache), ==, 3);

  /* An item's field, of a record the document may not name: never a stale text. */
  participant = first_participant (document);
  accord_document_set_string (document, G_OBJECT (participant), "name", "Saleumxay K.");
  assert_snapshot_whole (cache, document);

  /* Records come and go, and come back with an undo. */
  accord_document_add_record (document, ACCORD_RECORD (added));
  assert_snapshot_whole (cache, document);
  accord_document_remove_record (document, ACCORD_RECORD (summit));
  assert_snapshot_whole (cache, document);
  g_assert_true (accord_document_undo (document));
  assert_snapshot_whole (cache, document);
  g_assert_true (accord_document_undo (document));
  g_assert_true (accord_document_undo (document));
  assert_snapshot_whole (cache, document);

  /* An empty document has empty lists. */
  accord_document_load (document, NULL, NULL);
  assert_snapshot_whole (cache, document);
}

typedef struct {
  guint n_saves;
  guint n_failures;
  GError *error;
} Counter;

static void
on_saved (AccordSession *session,
          GFile         *file,
          Counter       *counter)
{
  counter->n_saves++;
}

static void
on_save_failed (AccordSession *session,
                GFile         *file,
                const GError  *error,
                Counter       *counter)
{
  counter->n_failures++;
  g_clear_error (&counter->error);
  counter->error = g_error_copy (error);
}

static void
count_saves (AccordSession *session,
             Counter       *counter)
{
  g_signal_connect (session, "saved", G_CALLBACK (on_saved), counter);
  g_signal_connect (session, "save-failed", G_CALLBACK (on_save_failed), counter);
}

/* Every wait is for an event: a thread's result reaching the main loop. */
static void
wait_for_load (AccordSession *session)
{
  while (accord_session_get_state (session) == ACCORD_SESSION_LOADING)
    g_main_context_iteration (NULL, TRUE);
}

static void
wait_for_saves (Counter *counter,
                guint    n)
{
  while (counter->n_saves + counter->n_failures < n)
    g_main_context_iteration (NULL, TRUE);
}

static void
test_library_first_run (void)
{
  g_autofree char *dir = accord_test_make_dir ("accord-test-store");
  g_autofree char *path = g_build_filename (dir, "accord", "library.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) seed = g_bytes_new_static (document_text, strlen (document_text));
  g_autoptr(AccordSession) session = accord_session_new ();
  g_autoptr(AccordSession) again = accord_session_new ();
  g_autoptr(AccordDocument) reread = accord_document_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *whole = NULL;
  g_autofree char *on_disk = NULL;
  AccordDocument *document;
  AccordMeeting *summit;
  Counter counter = { 0 };

  accord_session_open_library (session, file, seed);
  g_assert_cmpint (accord_session_get_state (session), ==, ACCORD_SESSION_LOADING);
  g_assert_null (accord_session_get_document (session));
  wait_for_load (session);
  g_assert_cmpint (accord_session_get_state (session), ==, ACCORD_SESSION_READY);
  g_assert_true (accord_session_get_is_library (session));

  /* The library is a copy of the seed, which the user then owns. */
  copy = accord_test_read_file (path);
  g_assert_cmpstr (copy, ==, document_text);

  /* An edit is saved after the wait, from a snapshot, in another thread. */
  count_saves (session, &counter);
  accord_session_set_autosave_delay (session, 0);
  document = accord_session_get_document (session);
  summit = accord_document_lookup_meeting (document, "m-summit");
  accord_document_set_string (document, G_OBJECT (summit), "title", "Edited by the user");
  g_assert_true (accord_session_get_modified (session));
  g_assert_true (accord_session_get_autosave_pending (session));
  wait_for_saves (&counter, 1);
  g_assert_cmpuint (counter.n_failures, ==, 0);
  g_assert_false (accord_session_get_modified (session));
  on_disk = accord_test_read_file (path);
  whole = accord_json_save_data (document, NULL);
  g_assert_cmpstr (on_disk, ==, whole);

  /* A change while a save writes stays to be saved: the file has what the snapshot had. */
  accord_session_set_autosave_delay (session, 3600 * 1000);
  accord_document_set_string (document, G_OBJECT (summit), "title", "In the file");
  accord_session_save_async (session, NULL, NULL, NULL, NULL);
  accord_document_set_string (document, G_OBJECT (summit), "title", "Typed while writing");
  wait_for_saves (&counter, 2);
  g_assert_true (accord_session_get_modified (session));
  g_assert_true (accord_json_file_load (reread, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (accord_record_get_title (ACCORD_RECORD (accord_document_lookup_meeting (
                     reread, "m-summit"))), ==, "In the file");

  /* Closing writes what is left, on this thread. */
  g_assert_true (accord_session_flush (session, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counter.n_saves, ==, 3);
  g_assert_false (accord_session_get_modified (session));

  /* Later runs read the user's copy, not the seed. */
  accord_session_open_library (again, file, seed);
  wait_for_load (again);
  summit = accord_document_lookup_meeting (accord_session_get_document (again), "m-summit");
  g_assert_cmpstr (accord_record_get_title (ACCORD_RECORD (summit)), ==, "Typed while writing");

  g_signal_handlers_disconnect_by_data (session, &counter);
  accord_test_remove_dir (dir);
}

static void
test_library_broken_untouched (void)
{
  g_autofree char *dir = accord_test_make_dir ("accord-test-store");
  g_autofree char *path = g_build_filename (dir, "library.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) seed = g_bytes_new_static (document_text, strlen (document_text));
  g_autoptr(AccordSession) session = accord_session_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  const char *broken = "{\"format\": \"accord\", \"version\": 1,\n \"meetings\": [";

  accord_test_write_file (path, broken);
  accord_session_open_library (session, file, seed);
  wait_for_load (session);

  g_assert_cmpint (accord_session_get_state (session), ==, ACCORD_SESSION_FAILED);
  g_assert_error (accord_session_get_error (session), ACCORD_JSON_ERROR,
                  ACCORD_JSON_ERROR_SYNTAX);
  g_assert_null (accord_session_get_document (session));
  g_assert_false (accord_session_get_modified (session));
  g_assert_true (accord_session_flush (session, &error));
  g_assert_no_error (error);

  g_clear_object (&session);
  contents = accord_test_read_file (path);
  g_assert_cmpstr (contents, ==, broken);

  accord_test_remove_dir (dir);
}

static void
test_save_failure_told (void)
{
  g_autofree char *dir = accord_test_make_dir ("accord-test-store");
  g_autofree char *path = g_build_filename (dir, "missing-folder", "document.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(AccordSession) session = accord_session_new ();
  g_autoptr(AccordMeeting) meeting = accord_meeting_new ("m-1");
  Counter counter = { 0 };

  accord_session_open_new (session);
  g_assert_cmpint (accord_session_get_state (session), ==, ACCORD_SESSION_READY);
  g_assert_null (accord_session_get_file (session));
  accord_document_add_record (accord_session_get_document (session), ACCORD_RECORD (meeting));
  g_assert_true (accord_session_get_modified (session));
  /* A document that is not the library is never saved behind the person's back. */
  g_assert_false (accord_session_get_autosave_pending (session));

  count_saves (session, &counter);
  accord_session_save_async (session, file, NULL, NULL, NULL);
  wait_for_saves (&counter, 1);
  g_assert_cmpuint (counter.n_failures, ==, 1);
  g_assert_error (counter.error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (counter.error->message, "“document.json”"));
  g_assert_true (accord_session_get_modified (session));
  g_assert_null (accord_session_get_file (session));

  g_signal_handlers_disconnect_by_data (session, &counter);
  g_clear_error (&counter.error);
  accord_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/file/save-atomic", test_save_file_atomic);
  g_test_add_func ("/store/file/save-error", test_save_file_error);
  g_test_add_func ("/store/file/bad-file-untouched", test_bad_file_untouched);
  g_test_add_func ("/store/file/backup-versions", test_backup_versions);
  g_test_add_func ("/store/file/stale-temporaries", test_stale_temporaries);
  g_test_add_func ("/store/file/symlink-followed", test_symlink_followed);
  g_test_add_func ("/store/file/read-only", test_read_only);
  g_test_add_func ("/store/file/mode-and-owner-kept", test_mode_and_owner_kept);
  g_test_add_func ("/store/file/not-regular-file", test_not_regular_file);
  g_test_add_func ("/store/json-cache/follows-changes", test_cache_follows_changes);
  g_test_add_func ("/store/session/library-first-run", test_library_first_run);
  g_test_add_func ("/store/session/library-broken-untouched", test_library_broken_untouched);
  g_test_add_func ("/store/session/save-failure-told", test_save_failure_told);

  return g_test_run ();
}
