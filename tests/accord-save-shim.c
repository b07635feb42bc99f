/* SPDX-License-Identifier: GPL-3.0-or-later */

/* An LD_PRELOAD shim for the save tests: it stands between a child process and the system
 * calls that change files in one folder, ACCORD_SHIM_DIR, so that a test can
 *
 *   - fail the n-th of them (ACCORD_SHIM_FAIL_AT=n, counting from 1) with ACCORD_SHIM_ERRNO
 *     (default ENOSPC), only calls of the kind ACCORD_SHIM_FAIL_OP (write, fsync, link,
 *     rename, which counts renameat2 too) or of any kind (all); after the failure the calls go through again, but for
 *     writes after ENOSPC: a full disk has no room left (the failed write takes half);
 *   - refuse hard links (ACCORD_SHIM_NO_LINK=1) with EPERM, as file systems without them do;
 *   - run a command once, just before the n-th call (ACCORD_SHIM_BEFORE_AT=n,
 *     ACCORD_SHIM_BEFORE_RENAME="FROM:TO" renames FROM over TO): another program at work;
 *   - follow each call (ACCORD_SHIM_STEP_FD=fd): one byte is written to that pipe before the
 *     call, and with ACCORD_SHIM_ACK_FD=fd the call waits for one byte from that pipe, so the
 *     test can kill the process at exactly that step, or let it run on.
 *
 * When the fault was injected, ACCORD_SHIM_REPORT (a file) gets the word "failed"; at exit,
 * ACCORD_SHIM_COUNT (a file) gets the number of calls counted.
 * Calls on other files (the test's own output, GLib's) are never counted or touched. */

#define _GNU_SOURCE

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef enum {
  OP_WRITE,
  OP_FSYNC,
  OP_LINK,
  OP_RENAME,
} Op;

static const char *op_names[] = { "write", "fsync", "link", "rename" };

static unsigned long calls;
static int injected;
/* After a failed write with ENOSPC, as on a full disk, no later write gets any room. */
static int disk_full;

static const char *
shim_dir (void)
{
  return getenv ("ACCORD_SHIM_DIR");
}

static int
env_int (const char *name,
         int         fallback)
{
  const char *value = getenv (name);

  return value != NULL && *value != '\0' ? atoi (value) : fallback;
}

static int
path_in_dir (const char *path)
{
  const char *dir = shim_dir ();
  size_t length;

  if (dir == NULL || path == NULL)
    return 0;
  length = strlen (dir);
  return strncmp (path, dir, length) == 0 && path[length] == '/';
}

static int
fd_in_dir (int fd)
{
  char link[64];
  char target[PATH_MAX];
  ssize_t length;

  snprintf (link, sizeof link, "/proc/self/fd/%d", fd);
  length = readlink (link, target, sizeof target - 1);
  if (length < 0)
    return 0;
  target[length] = '\0';
  return path_in_dir (target);
}

static ssize_t
raw_write (int         fd,
           const void *data,
           size_t      length)
{
  static ssize_t (*real) (int, const void *, size_t);

  if (real == NULL)
    real = (ssize_t (*) (int, const void *, size_t)) dlsym (RTLD_NEXT, "write");
  return real (fd, data, length);
}

static void
report_injected (void)
{
  const char *report = getenv ("ACCORD_SHIM_REPORT");
  int fd;

  injected = 1;
  if (report == NULL)
    return;
  fd = open (report, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd >= 0)
    {
      raw_write (fd, "failed", 6);
      close (fd);
    }
}

static void
run_before (void)
{
  static int (*real_rename) (const char *, const char *);
  const char *rename_spec = getenv ("ACCORD_SHIM_BEFORE_RENAME");
  char from[PATH_MAX];
  const char *colon;

  if (rename_spec == NULL || (colon = strchr (rename_spec, ':')) == NULL ||
      (size_t) (colon - rename_spec) >= sizeof from)
    return;
  memcpy (from, rename_spec, colon - rename_spec);
  from[colon - rename_spec] = '\0';
  if (real_rename == NULL)
    real_rename = (int (*) (const char *, const char *)) dlsym (RTLD_NEXT, "rename");
  real_rename (from, colon + 1);
}

static void __attribute__ ((destructor))
write_count (void)
{
  const char *count = getenv ("ACCORD_SHIM_COUNT");
  char text[32];
  int fd;

  if (count == NULL)
    return;
  fd = open (count, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd >= 0)
    {
      raw_write (fd, text, snprintf (text, sizeof text, "%lu", calls));
      close (fd);
    }
}

/* Called before each counted call: returns the errno to fail it with, or 0. */
static int
step (Op op)
{
  const char *fail_op = getenv ("ACCORD_SHIM_FAIL_OP");
  int step_fd = env_int ("ACCORD_SHIM_STEP_FD", -1);
  int ack_fd = env_int ("ACCORD_SHIM_ACK_FD", -1);

  calls++;

  if (calls == (unsigned long) env_int ("ACCORD_SHIM_BEFORE_AT", 0))
    run_before ();

  if (step_fd >= 0)
    {
      char byte = (char) op;

      raw_write (step_fd, &byte, 1);
      if (ack_fd >= 0)
        while (read (ack_fd, &byte, 1) < 0 && errno == EINTR)
          ;
    }

  if (op == OP_LINK && env_int ("ACCORD_SHIM_NO_LINK", 0))
    return EPERM;

  if (!injected && fail_op != NULL &&
      (strcmp (fail_op, "all") == 0 || strcmp (fail_op, op_names[op]) == 0))
    {
      static unsigned long matching;

      if (++matching == (unsigned long) env_int ("ACCORD_SHIM_FAIL_AT", 0))
        {
          report_injected ();
          return env_int ("ACCORD_SHIM_ERRNO", ENOSPC);
        }
    }

  return 0;
}

ssize_t
write (int         fd,
       const void *data,
       size_t      length)
{
  int failure;

  if (!fd_in_dir (fd))
    return raw_write (fd, data, length);

  failure = step (OP_WRITE);
  if (failure == ENOSPC)
    {
      /* A disk that fills up takes part of the write first; the rest fails. */
      disk_full = 1;
      if (length > 1)
        return raw_write (fd, data, length / 2);
    }
  if (failure != 0 || disk_full)
    {
      errno = failure != 0 ? failure : ENOSPC;
      return -1;
    }
  return raw_write (fd, data, length);
}

int
fsync (int fd)
{
  static int (*real) (int);
  int failure;

  if (real == NULL)
    real = (int (*) (int)) dlsym (RTLD_NEXT, "fsync");
  if (!fd_in_dir (fd))
    return real (fd);

  failure = step (OP_FSYNC);
  if (failure != 0)
    {
      errno = failure;
      return -1;
    }
  return real (fd);
}

int
link (const char *from,
      const char *to)
{
  static int (*real) (const char *, const char *);
  int failure;

  if (real == NULL)
    real = (int (*) (const char *, const char *)) dlsym (RTLD_NEXT, "link");
  if (!path_in_dir (from) && !path_in_dir (to))
    return real (from, to);

  failure = step (OP_LINK);
  if (failure != 0)
    {
      errno = failure;
      return -1;
    }
  return real (from, to);
}

int
rename (const char *from,
        const char *to)
{
  static int (*real) (const char *, const char *);
  int failure;

  if (real == NULL)
    real = (int (*) (const char *, const char *)) dlsym (RTLD_NEXT, "rename");
  if (!path_in_dir (from) && !path_in_dir (to))
    return real (from, to);

  failure = step (OP_RENAME);
  if (failure != 0)
    {
      errno = failure;
      return -1;
    }
  return real (from, to);
}

int
renameat2 (int         from_dir,
           const char *from,
           int         to_dir,
           const char *to,
           unsigned    flags)
{
  static int (*real) (int, const char *, int, const char *, unsigned);
  int failure;

  if (real == NULL)
    real = (int (*) (int, const char *, int, const char *, unsigned)) dlsym (RTLD_NEXT,
                                                                              "renameat2");
  if (!path_in_dir (from) && !path_in_dir (to))
    return real (from_dir, from, to_dir, to, flags);

  failure = step (OP_RENAME);
  if (failure != 0)
    {
      errno = failure;
      return -1;
    }
  return real (from_dir, from, to_dir, to, flags);
}
