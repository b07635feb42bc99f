/* SPDX-License-Identifier: GPL-3.0-or-later */

/* A library killed at any moment loses nothing it said was kept: a child process makes
 * edits and reports each one once the library says it is committed; the test kills it with
 * SIGKILL after reading a random number of reports (nothing waits on the clock), then checks
 * the database (PRAGMA integrity_check) and that every reported edit is in it. Some kills
 * come during the first run, while the database is made and filled. */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "accord-library.h"

#define N_KILLS 120
#define N_SEED_MEETINGS 200

static const char *self_path;

static GBytes *
seed (void)
{
  GString *text = g_string_new ("{\"format\": \"accord\", \"version\": 1, \"meetings\": [");

  for (guint i = 0; i < N_SEED_MEETINGS; i++)
    g_string_append_printf (text, "%s{\"id\": \"m-seed-%u\", \"title\": \"Seed %u\", "
                            "\"participants\": [{\"name\": \"Delegate %u\"}]}",
                            i > 0 ? ", " : "", i, i, i);
  g_string_append (text, "]}");

  return g_string_free_to_bytes (text);
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static void
on_committed (AccordStore *store,
              guint64      change,
              guint64     *committed)
{
  *committed = change;
}

/* The child: edits for ever, one at a time, and says "<id> <title>" of each edit on stdout
 * once it is committed. Edits add meetings and rename them, with titles never used before. */
static int
run_child (const char *dir,
           guint32     random_seed)
{
  g_autoptr(GFile) file = g_file_new_build_filename (dir, "library.db", NULL);
  g_autoptr(GBytes) seed_text = seed ();
  g_autoptr(AccordLibrary) library = accord_library_new (file, seed_text);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(AccordDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (random_seed);
  guint64 committed = 0, queued = 0;

  accord_store_load_async (ACCORD_STORE (library), NULL, on_loaded, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  document = accord_store_load_finish (ACCORD_STORE (library), result, &error);
  if (document == NULL)
    g_error ("child: %s", error->message);
  g_signal_connect (library, "committed", G_CALLBACK (on_committed), &committed);

  for (guint n = 0; ; n++)
    {
      GListModel *meetings = accord_document_get_meetings (document);
      g_autofree char *title = g_strdup_printf ("Edit %u of child %u", n, random_seed);
      g_autoptr(AccordRecord) record = NULL;

      if (g_rand_boolean (rand))
        {
          g_autofree char *id = g_strdup_printf ("m-child-%u-%u", random_seed, n);

          record = ACCORD_RECORD (accord_meeting_new (id));
          accord_record_set_title (record, title);
          accord_document_add_record (document, record);
        }
      else
        {
          record = g_list_model_get_item (meetings,
                                          g_rand_int_range (rand, 0,
                                                            g_list_model_get_n_items (meetings)));
          accord_document_set_string (document, G_OBJECT (record), "title", title);
        }
      queued++;

      while (committed < queued)
        g_main_context_iteration (NULL, TRUE);
      printf ("%s\t%s\n", accord_record_get_id (record), title);
      fflush (stdout);
    }

  return 0;
}

/* Reads one line from @stream; FALSE at its end. */
static gboolean
read_report (FILE  *stream,
             char **id,
             char **title)
{
  char line[512];
  char *tab;

  if (fgets (line, sizeof line, stream) == NULL)
    return FALSE;
  g_strchomp (line);
  tab = strchr (line, '\t');
  g_assert_nonnull (tab);
  *tab = '\0';
  *id = g_strdup (line);
  *title = g_strdup (tab + 1);

  return TRUE;
}

static char *
query_text (sqlite3    *db,
            const char *sql,
            const char *argument)
{
  sqlite3_stmt *statement = NULL;
  char *text = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &statement, NULL), ==, SQLITE_OK);
  if (argument != NULL)
    sqlite3_bind_text (statement, 1, argument, -1, SQLITE_STATIC);
  if (sqlite3_step (statement) == SQLITE_ROW)
    text = g_strdup ((const char *) sqlite3_column_text (statement, 0));
  sqlite3_finalize (statement);

  return text;
}

/* What the child reported is there; a record changed again after its last report may hold
 * a later title, which the child meant too (it was killed before saying so). */
static void
check_database (const char *dir,
                GHashTable *reported,
                gboolean    first_run)
{
  g_autofree char *path = g_build_filename (dir, "library.db", NULL);
  g_autofree char *check = NULL;
  g_autofree char *version = NULL;
  GHashTableIter iter;
  gpointer id, title;
  sqlite3 *db = NULL;

  if (first_run && !g_file_test (path, G_FILE_TEST_EXISTS))
    return;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  check = query_text (db, "PRAGMA integrity_check", NULL);
  g_assert_cmpstr (check, ==, "ok");

  /* A first run is all or nothing. */
  version = query_text (db, "PRAGMA user_version", NULL);
  if (g_strcmp0 (version, "0") != 0)
    {
      g_autofree char *n = query_text (db, "SELECT count(*) FROM meetings WHERE id LIKE "
                                           "'m-seed-%'", NULL);

      g_assert_cmpstr (version, ==, "1");
      g_assert_cmpint (atoi (n), ==, N_SEED_MEETINGS);
    }
  else
    {
      g_assert_true (first_run);
      g_assert_cmpuint (g_hash_table_size (reported), ==, 0);
    }

  g_hash_table_iter_init (&iter, reported);
  while (g_hash_table_iter_next (&iter, &id, &title))
    {
      g_autofree char *stored = query_text (db, "SELECT title FROM meetings WHERE id = ?", id);

      g_assert_nonnull (stored);
      /* Titles say which edit wrote them: "Edit N of child S". The one stored is the
       * reported one or one after it, from the same child or a later one. */
      if (g_strcmp0 (stored, title) != 0)
        {
          guint n_stored = 0, n_reported = 0, s_stored = 0, s_reported = 0;

          g_assert_cmpint (sscanf (stored, "Edit %u of child %u", &n_stored, &s_stored), ==, 2);
          g_assert_cmpint (sscanf (title, "Edit %u of child %u", &n_reported, &s_reported), ==, 2);
          g_assert_true (s_stored == s_reported ? n_stored > n_reported : TRUE);
        }
    }

  sqlite3_close (db);
}

static void
remove_library (const char *dir)
{
  const char *names[] = { "library.db", "library.db-wal", "library.db-shm",
                          "library.db-journal" };

  g_autofree char *backups = g_build_filename (dir, "backups", NULL);
  g_autoptr(GDir) handle = g_dir_open (backups, 0, NULL);
  const char *name;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);

      g_unlink (path);
    }
  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (backups, name, NULL);

      g_unlink (path);
    }
  g_rmdir (backups);
}

static void
test_killed_at_random (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("accord-test-library-crash-XXXXXX", &error);
  /* Every report of every child, the last one of each record: id → title */
  g_autoptr(GHashTable) reported = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  guint n_reports = 0;

  g_assert_no_error (error);

  for (guint kill_number = 0; kill_number < N_KILLS; kill_number++)
    {
      /* One kill in ten starts over, to be killed during the first run (after 0 reports). */
      gboolean first_run = kill_number % 10 == 0;
      guint k = first_run ? 0 : (guint) g_test_rand_int_range (1, 12);
      g_autofree char *seed_arg = g_strdup_printf ("%u", kill_number + 1);
      const char *argv[] = { self_path, "--child", dir, seed_arg, NULL };
      GPid pid;
      int out_fd, status;
      FILE *out;

      if (first_run)
        {
          remove_library (dir);
          g_hash_table_remove_all (reported);
        }

      g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL,
                                NULL, &pid, NULL, &out_fd, NULL, &error);
      g_assert_no_error (error);
      out = fdopen (out_fd, "r");

      for (guint i = 0; i < k; i++)
        {
          char *id = NULL, *title = NULL;

          g_assert_true (read_report (out, &id, &title));
          g_hash_table_replace (reported, id, title);
          n_reports++;
        }

      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_assert_true (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL);
      g_spawn_close_pid (pid);
      fclose (out);

      check_database (dir, reported, first_run);
    }

  g_test_message ("%u kills, %u committed edits checked", N_KILLS, n_reports);
  remove_library (dir);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");

  if (argc == 4 && g_str_equal (argv[1], "--child"))
    return run_child (argv[2], (guint32) atoi (argv[3]));

  self_path = argv[0];
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store/library/killed-at-random", test_killed_at_random);

  return g_test_run ();
}
