/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Killing a save: a child process saves a large document through the real save path, again
 * and again, and is killed with SIGKILL at a random moment, well over a hundred times: at an
 * exact step of a save (tests/accord-save-shim.c tells each write, fsync, link and rename
 * through a pipe and waits to be let on), or anywhere after one, with and without hard links,
 * half of the time while the file has no backup yet. After every kill the file and its backup
 * are whole documents, and once the file is opened again nothing else is left in its folder.
 * Nothing waits on the clock: the pipes say where the child is. */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "accord-json-file.h"
#include "accord-json.h"
#include "accord-meeting.h"
#include "accord-test-util.h"

/* About 0.55 MB: three pieces of the safe file's 256 KiB writes, and as many of a copied backup. */
#define N_INITIATIVES 1100
#define N_KILLS 120
#define FILE_NAME "Meetings.accord.json"
#define STEP_FD 3
#define ACK_FD 4
/* The kinds of call, as the shim tells them */
#define OP_WRITE 0
#define OP_FSYNC 1
#define OP_LINK 2
#define OP_RENAME 3

static char *self;

/* "test-save-kill --save-child SOURCE TARGET": saves SOURCE's document to TARGET, with
 * another first title each time, until it is killed. */
static G_NORETURN void
save_child (const char *source,
            const char *target)
{
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(GFile) source_file = g_file_new_for_path (source);
  g_autoptr(GFile) target_file = g_file_new_for_path (target);
  g_autoptr(AccordMeeting) first = NULL;
  g_autoptr(GError) error = NULL;

  if (!accord_json_file_load (document, source_file, NULL, &error))
    g_error ("%s", error->message);
  first = g_list_model_get_item (accord_document_get_meetings (document), 0);

  for (guint64 k = 1;; k++)
    {
      g_autofree char *title = g_strdup_printf ("save %" G_GUINT64_FORMAT, k);

      accord_record_set_title (ACCORD_RECORD (first), title);
      if (!accord_json_file_save (document, target_file, NULL, &error))
        g_error ("%s", error->message);
    }
}

typedef enum {
  KILL_AT_STEP,        /* the child waits before the step, and is killed there */
  KILL_AFTER_STEP,     /* the child runs on, and is killed some time after the step */
  KILL_AT_STEP_COPY,   /* as KILL_AT_STEP, on a file system without hard links */
  N_KILL_MODES
} KillMode;

typedef struct
{
  char *dir;
  char *outside;
  char *file;
  char *backup;
  char *source;
} Fixture;

static gboolean
read_byte (int   fd,
           char *byte)
{
  gssize n;

  do
    n = read (fd, byte, 1);
  while (n < 0 && errno == EINTR);
  return n == 1;
}

static void
write_byte (int fd)
{
  char byte = 'g';

  while (write (fd, &byte, 1) < 0 && errno == EINTR)
    ;
}

/* Which whole document @path holds: "original", "save K", or NULL when there is none. */
static char *
title_of (const char *path)
{
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return NULL;
  return accord_test_assert_whole_document (path, N_INITIATIVES);
}

/* One round: a child that saves, killed at or after its @target_step-th call (counting from
 * 1, over all of its saves). Returns TRUE when the kill came while the save was making the
 * file's first backup. */
static gboolean
kill_once (Fixture  *fixture,
           KillMode  mode,
           guint     target_step,
           gboolean  first_backup)
{
  const char *argv[] = { self, "--save-child", fixture->source, fixture->file, NULL };
  g_autofree char *step_fd = g_strdup_printf ("%d", STEP_FD);
  g_autofree char *ack_fd = g_strdup_printf ("%d", ACK_FD);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = NULL;
  int steps[2], acks[2];
  int source_fds[2], target_fds[2] = { STEP_FD, ACK_FD };
  gboolean after_first_fsync = FALSE;
  guint n_renames = 0;
  gboolean in_backup = FALSE;
  GPid pid;
  int status;

  g_assert_no_errno (pipe (steps));
  g_assert_no_errno (pipe (acks));
  source_fds[0] = steps[1];
  source_fds[1] = acks[0];
  env = accord_test_shim_environ (fixture->dir,
                                  "ACCORD_SHIM_STEP_FD", step_fd,
                                  "ACCORD_SHIM_ACK_FD", mode == KILL_AFTER_STEP ? "" : ack_fd,
                                  "ACCORD_SHIM_NO_LINK", mode == KILL_AT_STEP_COPY ? "1" : "0",
                                  NULL);
  g_spawn_async_with_pipes_and_fds (NULL, argv, (const char * const *) env,
                                    G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, -1, -1, -1,
                                    source_fds, target_fds, G_N_ELEMENTS (source_fds),
                                    &pid, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  close (steps[1]);
  close (acks[0]);

  for (guint step = 1;; step++)
    {
      char op;

      g_assert_true (read_byte (steps[0], &op));

      /* Where in its save the child is: its temporary is written and synced first, then
       * the backup is made (a link and a rename, or a copy written, synced and renamed),
       * then the file is put in place, by one more rename. */
      if (op == OP_RENAME)
        n_renames++;
      in_backup = after_first_fsync && n_renames < 2;
      if (op == OP_FSYNC)
        after_first_fsync = TRUE;

      if (step == target_step)
        break;
      if (mode != KILL_AFTER_STEP)
        write_byte (acks[1]);

      /* A new save begins. */
      if (op == OP_RENAME && n_renames == 2)
        {
          after_first_fsync = FALSE;
          n_renames = 0;
          first_backup = FALSE;
        }
    }

  if (mode == KILL_AFTER_STEP)
    {
      /* Some way into whatever the child does next: any moment is as good as another. */
      volatile guint spin = 0;
      guint spins = g_test_rand_int_range (0, 200000);

      while (spin < spins)
        spin++;
    }

  g_assert_no_errno (kill (pid, SIGKILL));
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL);
  g_spawn_close_pid (pid);
  close (steps[0]);
  close (acks[1]);

  return first_backup && in_backup && mode != KILL_AFTER_STEP;
}

/* After a kill: the file and its backup are whole; opening the file leaves nothing else. */
static void
check_after_kill (Fixture *fixture)
{
  g_autofree char *file = title_of (fixture->file);
  g_autofree char *backup = title_of (fixture->backup);
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(GFile) gfile = g_file_new_for_path (fixture->file);
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;

  /* The file was there before the first kill: a save never takes it away. */
  g_assert_nonnull (file);
  g_assert_true (g_str_equal (file, "original") || g_str_has_prefix (file, "save "));
  g_assert_true (backup == NULL || g_str_equal (backup, "original") ||
                 g_str_has_prefix (backup, "save "));

  g_assert_true (accord_json_file_load (document, gfile, NULL, &error));
  g_assert_no_error (error);
  names = accord_test_list_dir (fixture->dir);
  if (g_strcmp0 (names, FILE_NAME) != 0 && g_strcmp0 (names, FILE_NAME " " FILE_NAME "~") != 0)
    g_error ("left in the folder after opening the file: %s", names);
}

static void
test_kill_saves (void)
{
  Fixture fixture = { 0 };
  g_autoptr(AccordDocument) original = accord_test_large_document (N_INITIATIVES, "original");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) source = NULL;
  g_autoptr(GError) error = NULL;
  guint n_in_first_backup = 0;
  guint n_first_backup_rounds = 0;

  fixture.dir = accord_test_make_dir ("accord-test-save-kill");
  fixture.outside = accord_test_make_dir ("accord-test-save-kill-source");
  fixture.file = g_build_filename (fixture.dir, FILE_NAME, NULL);
  fixture.backup = g_strconcat (fixture.file, "~", NULL);
  fixture.source = g_build_filename (fixture.outside, "source.accord.json", NULL);
  file = g_file_new_for_path (fixture.file);
  source = g_file_new_for_path (fixture.source);
  g_assert_true (accord_json_file_save (original, source, NULL, &error));
  g_assert_true (accord_json_file_save (original, file, NULL, &error));
  g_assert_no_error (error);

  for (guint round = 0; round < N_KILLS; round++)
    {
      KillMode mode = round % N_KILL_MODES;
      /* Half of the rounds start without a backup, as the first save of a file does. */
      gboolean first_backup = (round / N_KILL_MODES) % 2 == 0;
      /* A save makes seven calls with hard links, ten without: the kill
       * comes in the first save or the second. */
      guint target_step = g_test_rand_int_range (1, mode == KILL_AT_STEP_COPY ? 20 : 14);

      if (first_backup)
        {
          g_unlink (fixture.backup);
          n_first_backup_rounds++;
        }
      if (kill_once (&fixture, mode, target_step, first_backup))
        n_in_first_backup++;
      check_after_kill (&fixture);
    }

  g_test_message ("kills: %u (%u of them in rounds starting without a backup); "
                  "killed while making the first backup: %u", N_KILLS, n_first_backup_rounds,
                  n_in_first_backup);
  /* The random steps land in the first backup often; never none of a hundred and twenty. */
  g_assert_cmpuint (n_in_first_backup, >, 0);

  accord_test_remove_dir (fixture.dir);
  accord_test_remove_dir (fixture.outside);
  g_free (fixture.dir);
  g_free (fixture.outside);
  g_free (fixture.file);
  g_free (fixture.backup);
  g_free (fixture.source);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  if (argc == 4 && strcmp (argv[1], "--save-child") == 0)
    save_child (argv[2], argv[3]);

  g_test_init (&argc, &argv, NULL);
  self = g_canonicalize_filename (argv[0], NULL);

  g_test_add_func ("/store/kill/saves", test_kill_saves);

  return g_test_run ();
}
