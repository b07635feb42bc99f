/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Saving when the system says no: every write, fsync, link and rename of a save fails in turn
 * (tests/accord-save-shim.c, in a child process that saves through the real save path), with
 * and without hard links; a read-only file, a read-only folder, a linked file, and a file that
 * another program replaces at each step of the save. Nothing is ever lost: the file is the old
 * document or the new one, whole, the backup a whole earlier one, and no temporary is left. */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <sys/stat.h>

#include "accord-json-file.h"
#include "accord-json.h"
#include "accord-test-util.h"

/* Enough for a save to write in several pieces (the safe file writes 256 KiB at a time). */
#define N_INITIATIVES 800
#define FILE_NAME "Meetings.accord.json"
#define CHILD_SAVED 0
#define CHILD_REFUSED 3

static char *self;

/* "test-save-faults --save-child SOURCE TARGET": saves the document of SOURCE to TARGET. */
static int
save_child (const char *source,
            const char *target)
{
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(GFile) source_file = g_file_new_for_path (source);
  g_autoptr(GFile) target_file = g_file_new_for_path (target);
  g_autoptr(GError) error = NULL;

  if (!accord_json_file_load (document, source_file, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (!accord_json_file_save (document, target_file, NULL, &error))
    {
      g_print ("%s\n", error->message);
      return CHILD_REFUSED;
    }
  return CHILD_SAVED;
}

typedef struct
{
  char *dir;      /* the folder of the file, watched by the shim */
  char *outside;  /* the documents to save, elsewhere */
  char *file;
  char *backup;
  char *source;   /* what the child saves: document "B" */
  char *a, *a0, *b, *c;
} Fixture;

static char *
document_text (const char *title)
{
  g_autoptr(AccordDocument) document = accord_test_large_document (N_INITIATIVES, title);

  return accord_json_save_data (document, NULL);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = accord_test_make_dir ("accord-test-save-faults");
  fixture->outside = accord_test_make_dir ("accord-test-save-faults-source");
  fixture->file = g_build_filename (fixture->dir, FILE_NAME, NULL);
  fixture->backup = g_strconcat (fixture->file, "~", NULL);
  fixture->source = g_build_filename (fixture->outside, "B.accord.json", NULL);
  fixture->a = document_text ("A");
  fixture->a0 = document_text ("A0");
  fixture->b = document_text ("B");
  fixture->c = document_text ("C");
  accord_test_write_file (fixture->source, fixture->b);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  accord_test_remove_dir (fixture->dir);
  accord_test_remove_dir (fixture->outside);
  g_free (fixture->dir);
  g_free (fixture->outside);
  g_free (fixture->file);
  g_free (fixture->backup);
  g_free (fixture->source);
  g_free (fixture->a);
  g_free (fixture->a0);
  g_free (fixture->b);
  g_free (fixture->c);
}

typedef enum {
  STATE_NEW,           /* no file yet */
  STATE_FIRST_BACKUP,  /* a file, no backup yet */
  STATE_BACKUP,        /* a file and its backup */
} State;

static const char *state_names[] = { "new file", "first backup", "file and backup" };

static void
prepare (Fixture *fixture,
         State    state)
{
  g_unlink (fixture->file);
  g_unlink (fixture->backup);
  if (state != STATE_NEW)
    accord_test_write_file (fixture->file, fixture->a);
  if (state == STATE_BACKUP)
    accord_test_write_file (fixture->backup, fixture->a0);
}

/* Which of the test's documents @path holds, whole ("A", "A0", "B", "C"), or NULL when
 * there is no such file. */
static const char *
holds (Fixture    *fixture,
       const char *path)
{
  const char *titles[] = { "A", "A0", "B", "C" };
  const char *texts[] = { fixture->a, fixture->a0, fixture->b, fixture->c };
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;

  if (!g_file_get_contents (path, &text, NULL, NULL))
    return NULL;
  title = accord_test_assert_whole_document (path, N_INITIATIVES);
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    if (strcmp (text, texts[i]) == 0)
      return titles[i];
  g_error ("%s holds a document titled “%s”, but not as the test wrote it", path, title);
}

/* Nothing but the file and its backup (and what the test put there) is in the folder. */
static void
assert_no_temporaries (Fixture *fixture)
{
  g_autofree char *names = accord_test_list_dir (fixture->dir);

  if (g_strcmp0 (names, "") != 0 && g_strcmp0 (names, FILE_NAME) != 0 &&
      g_strcmp0 (names, FILE_NAME " " FILE_NAME "~") != 0)
    g_error ("left in the folder: %s", names);
}

/* Runs the child in environment @env; returns its exit status. */
static int
run_child (Fixture     *fixture,
           char       **env,
           char       **output)
{
  const char *argv[] = { self, "--save-child", fixture->source, fixture->file, NULL };
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, output, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

typedef struct
{
  const char *op;
  int errno_value;
  gboolean no_link;
} Fault;

static const Fault faults[] = {
  { "write", ENOSPC, FALSE },
  { "fsync", EIO, FALSE },
  { "link", EIO, FALSE },
  { "rename", EIO, FALSE },
  /* A file system without hard links: the backup is a copy, written and synced */
  { "write", ENOSPC, TRUE },
  { "fsync", EIO, TRUE },
  { "rename", EIO, TRUE },
};

/* One save whose @n-th call of @fault's kind fails. Returns FALSE once no such call is left. */
static gboolean
save_with_fault (Fixture     *fixture,
                 State        state,
                 const Fault *fault,
                 guint        n)
{
  g_autofree char *report = g_build_filename (fixture->outside, "report", NULL);
  g_autofree char *at = g_strdup_printf ("%u", n);
  g_autofree char *errno_text = g_strdup_printf ("%d", fault->errno_value);
  g_autofree char *output = NULL;
  const char *file;
  const char *backup;
  g_auto(GStrv) env = NULL;
  gboolean injected;
  int status;

  prepare (fixture, state);
  g_unlink (report);
  env = accord_test_shim_environ (fixture->dir,
                                  "ACCORD_SHIM_FAIL_OP", fault->op,
                                  "ACCORD_SHIM_FAIL_AT", at,
                                  "ACCORD_SHIM_ERRNO", errno_text,
                                  "ACCORD_SHIM_NO_LINK", fault->no_link ? "1" : "0",
                                  "ACCORD_SHIM_REPORT", report,
                                  NULL);
  status = run_child (fixture, env, &output);
  injected = g_file_test (report, G_FILE_TEST_EXISTS);

  file = holds (fixture, fixture->file);
  backup = holds (fixture, fixture->backup);
  if (status == CHILD_SAVED)
    {
      /* The save went through (the call failed was not needed, or there was none). */
      g_assert_cmpstr (file, ==, "B");
      g_assert_cmpstr (backup, ==, state == STATE_NEW ? NULL : "A");
    }
  else
    {
      g_assert_cmpint (status, ==, CHILD_REFUSED);
      g_assert_true (injected);
      /* A whole sentence naming the file. */
      if (strstr (output, "“" FILE_NAME "”") == NULL)
        g_error ("not a sentence naming the file: %s", output);
      /* The file is as it was; the backup the one before, or the file it backs up. */
      g_assert_cmpstr (file, ==, state == STATE_NEW ? NULL : "A");
      if (state == STATE_BACKUP)
        g_assert_true (g_strcmp0 (backup, "A0") == 0 || g_strcmp0 (backup, "A") == 0);
      else
        g_assert_true (backup == NULL || g_strcmp0 (backup, "A") == 0);
    }
  assert_no_temporaries (fixture);

  return injected;
}

static void
test_every_call_fails (Fixture       *fixture,
                       gconstpointer  data)
{
  guint n_cases = 0;

  for (State state = STATE_NEW; state <= STATE_BACKUP; state++)
    for (guint i = 0; i < G_N_ELEMENTS (faults); i++)
      {
        guint n;

        for (n = 1; save_with_fault (fixture, state, &faults[i], n); n++)
          n_cases++;
        /* Every kind of call is made by some save: link and rename only once a file exists. */
        if (state != STATE_NEW || g_strcmp0 (faults[i].op, "link") != 0)
          g_assert_cmpuint (n, >, 1);
        g_test_message ("%s, %s fails with %s%s: %u calls", state_names[state], faults[i].op,
                        g_strerror (faults[i].errno_value),
                        faults[i].no_link ? ", no hard links" : "", n - 1);
      }

  g_test_message ("fault cases: %u", n_cases);
}

/* Another program puts its own version "C" in place just before each step of the save: the
 * save still saves, and C is kept, as the file or as its backup. */
static void
test_replaced_during_save (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *count_path = g_build_filename (fixture->outside, "count", NULL);
  g_autofree char *other = g_build_filename (fixture->dir, "other-program", NULL);
  g_autofree char *rename_spec = g_strdup_printf ("%s:%s", other, fixture->file);
  g_autofree char *count_text = NULL;
  guint n_calls;

  /* How many steps a save has. */
  {
    g_auto(GStrv) env = accord_test_shim_environ (fixture->dir,
                                                  "ACCORD_SHIM_COUNT", count_path, NULL);

    prepare (fixture, STATE_BACKUP);
    g_assert_cmpint (run_child (fixture, env, NULL), ==, CHILD_SAVED);
    count_text = accord_test_read_file (count_path);
    n_calls = atoi (count_text);
    g_assert_cmpuint (n_calls, >=, 4);
  }

  for (guint n = 1; n <= n_calls; n++)
    {
      g_autofree char *at = g_strdup_printf ("%u", n);
      g_auto(GStrv) env = accord_test_shim_environ (fixture->dir,
                                                    "ACCORD_SHIM_BEFORE_AT", at,
                                                    "ACCORD_SHIM_BEFORE_RENAME", rename_spec,
                                                    NULL);

      prepare (fixture, STATE_BACKUP);
      accord_test_write_file (other, fixture->c);
      g_assert_cmpint (run_child (fixture, env, NULL), ==, CHILD_SAVED);
      g_assert_false (g_file_test (other, G_FILE_TEST_EXISTS));

      g_test_message ("C put in place before step %u of %u", n, n_calls);
      g_assert_cmpstr (holds (fixture, fixture->file), ==, "B");
      g_assert_cmpstr (holds (fixture, fixture->backup), ==, "C");
      assert_no_temporaries (fixture);
    }
}

static gboolean
save_in_process (Fixture  *fixture,
                 const char *path,
                 GError  **error)
{
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_true (accord_json_load_data (document, fixture->b, -1, NULL));
  return accord_json_file_save (document, file, NULL, error);
}

static void
test_read_only_file (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GStatBuf info;

  prepare (fixture, STATE_BACKUP);
  g_assert_cmpint (g_chmod (fixture->file, 0444), ==, 0);
  g_assert_false (save_in_process (fixture, fixture->file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_READ_ONLY);

  g_assert_cmpstr (holds (fixture, fixture->file), ==, "A");
  g_assert_cmpstr (holds (fixture, fixture->backup), ==, "A0");
  g_assert_cmpint (g_stat (fixture->file, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 07777, ==, 0444);
  assert_no_temporaries (fixture);
}

static void
test_read_only_folder (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  prepare (fixture, STATE_BACKUP);
  g_assert_cmpint (g_chmod (fixture->dir, 0555), ==, 0);
  g_assert_false (save_in_process (fixture, fixture->file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_READ_ONLY);
  g_assert_cmpint (g_chmod (fixture->dir, 0700), ==, 0);

  g_assert_cmpstr (holds (fixture, fixture->file), ==, "A");
  g_assert_cmpstr (holds (fixture, fixture->backup), ==, "A0");
  assert_no_temporaries (fixture);
}

/* Saving through a link saves the file it points to; the link stays a link. */
static void
test_linked_file (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *link = g_build_filename (fixture->outside, "link.accord.json", NULL);
  g_autoptr(GError) error = NULL;

  prepare (fixture, STATE_BACKUP);
  g_assert_cmpint (symlink (fixture->file, link), ==, 0);
  g_assert_true (save_in_process (fixture, link, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  g_assert_false (g_file_test (fixture->file, G_FILE_TEST_IS_SYMLINK));
  g_assert_false (g_file_test (fixture->backup, G_FILE_TEST_IS_SYMLINK));
  g_assert_cmpstr (holds (fixture, fixture->file), ==, "B");
  g_assert_cmpstr (holds (fixture, fixture->backup), ==, "A");
  g_assert_cmpstr (holds (fixture, link), ==, "B");
  assert_no_temporaries (fixture);
  g_unlink (link);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  if (argc == 4 && strcmp (argv[1], "--save-child") == 0)
    return save_child (argv[2], argv[3]);

  g_test_init (&argc, &argv, NULL);
  self = g_canonicalize_filename (argv[0], NULL);

  g_test_add ("/store/faults/every-call-fails", Fixture, NULL, fixture_set_up,
              test_every_call_fails, fixture_tear_down);
  g_test_add ("/store/faults/replaced-during-save", Fixture, NULL, fixture_set_up,
              test_replaced_during_save, fixture_tear_down);
  g_test_add ("/store/faults/read-only-file", Fixture, NULL, fixture_set_up,
              test_read_only_file, fixture_tear_down);
  g_test_add ("/store/faults/read-only-folder", Fixture, NULL, fixture_set_up,
              test_read_only_folder, fixture_tear_down);
  g_test_add ("/store/faults/linked-file", Fixture, NULL, fixture_set_up,
              test_linked_file, fixture_tear_down);

  return g_test_run ();
}
