/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

/* renameat2() */
#define _GNU_SOURCE

#define G_LOG_DOMAIN "accord-safe-file"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "accord-safe-file.h"

/* Data is written in pieces of this size, so a kill or a full disk can land between them. */
#define WRITE_CHUNK (256 * 1024)
/* As many links as the kernel follows before ELOOP. */
#define MAX_LINKS 40
#define RANDOM_LENGTH 6
#define NAME_ATTEMPTS 100

static const char random_chars[] =
  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/* Errors */

static gboolean
fail_with_errno (GError     **error,
                 int          saved_errno,
                 const char  *shown_path)
{
  g_autofree char *name = g_filename_display_basename (shown_path);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               /* Translators: %1$s is a file name, %2$s why it could not be saved, as the
                * system says it */
               _("Could not save “%1$s”: %2$s"), name, g_strerror (saved_errno));
  return FALSE;
}

static gboolean
fail_backup (GError     **error,
             int          saved_errno,
             const char  *shown_path)
{
  g_autofree char *name = g_filename_display_basename (shown_path);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               /* Translators: %1$s is a file name, %2$s why its backup copy could not be
                * written, as the system says it. The file itself is left as it was. */
               _("Could not save “%1$s”: no backup copy could be kept: %2$s"),
               name, g_strerror (saved_errno));
  return FALSE;
}

/* Paths */

/* The file @path ends at once every symbolic link is followed; it need not exist. */
static char *
resolve_links (const char  *path,
               const char  *shown_path,
               GError     **error)
{
  g_autofree char *current = g_strdup (path);

  for (guint i = 0; i < MAX_LINKS; i++)
    {
      g_autofree char *target = NULL;
      GStatBuf info;

      if (g_lstat (current, &info) != 0 || !S_ISLNK (info.st_mode))
        return g_steal_pointer (&current);

      target = g_file_read_link (current, NULL);
      if (target == NULL)
        {
          fail_with_errno (error, errno, shown_path);
          return NULL;
        }

      if (g_path_is_absolute (target))
        {
          g_free (current);
          current = g_steal_pointer (&target);
        }
      else
        {
          g_autofree char *folder = g_path_get_dirname (current);

          g_free (current);
          current = g_build_filename (folder, target, NULL);
        }
    }

  fail_with_errno (error, ELOOP, shown_path);
  return NULL;
}

/* Write permission is asked of the mode too: root may write anything, but a file someone
 * made read-only is not to be replaced behind their back. */
static gboolean
is_writable (const char *path,
             GStatBuf   *info)
{
  return (info->st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) != 0 && g_access (path, W_OK) == 0;
}

static char *
random_name (const char *folder,
             const char *prefix)
{
  char suffix[RANDOM_LENGTH + 1];
  g_autofree char *name = NULL;

  for (guint i = 0; i < RANDOM_LENGTH; i++)
    suffix[i] = random_chars[g_random_int_range (0, sizeof random_chars - 1)];
  suffix[RANDOM_LENGTH] = '\0';

  name = g_strconcat (prefix, suffix, NULL);
  return g_build_filename (folder, name, NULL);
}

static gboolean
is_temporary_name (const char *name,
                   const char *prefix)
{
  const char *rest;

  if (!g_str_has_prefix (name, prefix))
    return FALSE;

  rest = name + strlen (prefix);
  if (strlen (rest) != RANDOM_LENGTH)
    return FALSE;
  for (; *rest != '\0'; rest++)
    if (!g_ascii_isalnum (*rest))
      return FALSE;

  return TRUE;
}

void
accord_safe_file_clean (const char *path)
{
  g_autofree char *target = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *base = NULL;
  g_autofree char *file_prefix = NULL;
  g_autofree char *backup_prefix = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_return_if_fail (path != NULL);

  target = resolve_links (path, path, NULL);
  if (target == NULL)
    return;

  folder = g_path_get_dirname (target);
  base = g_path_get_basename (target);
  file_prefix = g_strdup_printf (".%s.", base);
  backup_prefix = g_strdup_printf (".%s~.", base);

  dir = g_dir_open (folder, 0, NULL);
  if (dir == NULL)
    return;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = NULL;
      GStatBuf info;

      if (!is_temporary_name (name, file_prefix) && !is_temporary_name (name, backup_prefix))
        continue;

      child = g_build_filename (folder, name, NULL);
      if (g_lstat (child, &info) == 0 && S_ISREG (info.st_mode) && g_unlink (child) != 0)
        g_debug ("Could not remove %s: %s", child, g_strerror (errno));
    }
}

/* Writing */

static gboolean
write_all (int          fd,
           const char  *data,
           gsize        length,
           int         *saved_errno)
{
  while (length > 0)
    {
      gssize written = write (fd, data, MIN (length, WRITE_CHUNK));

      if (written < 0)
        {
          if (errno == EINTR)
            continue;
          *saved_errno = errno;
          return FALSE;
        }

      data += written;
      length -= written;
    }

  return TRUE;
}

static gboolean
sync_fd (int  fd,
         int *saved_errno)
{
  while (fsync (fd) != 0)
    {
      if (errno != EINTR)
        {
          *saved_errno = errno;
          return FALSE;
        }
    }

  return TRUE;
}

/* The folder's own entry for the rename reaches the disk too; a file system that cannot sync a
 * folder still has the file's data synced, so this is done as well as it can be. */
static void
sync_folder (const char *folder)
{
  int fd = g_open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  int ignored;

  if (fd < 0)
    return;
  sync_fd (fd, &ignored);
  g_close (fd, NULL);
}

/* Gives the new file @fd the owner and mode of the one it replaces. Without the right to give
 * it away, the group is kept where it can be; the file is then the saver's, as any editor's
 * save leaves it. */
static void
keep_owner_and_mode (int       fd,
                     GStatBuf *old)
{
  struct stat info;

  if (fstat (fd, &info) == 0 && (info.st_uid != old->st_uid || info.st_gid != old->st_gid))
    {
      if (fchown (fd, old->st_uid, old->st_gid) != 0 &&
          fchown (fd, (uid_t) -1, old->st_gid) != 0)
        g_debug ("Could not keep the owner of a replaced file: %s", g_strerror (errno));
    }

  /* After fchown, which may clear the set-id bits. */
  if (fchmod (fd, old->st_mode & 07777) != 0)
    g_debug ("Could not keep the mode of a replaced file: %s", g_strerror (errno));
}

/* Writes @data to a new temporary sibling of @target and syncs it. Returns its path. */
static char *
write_temporary (const char  *target,
                 GStatBuf    *old,
                 const char  *data,
                 gsize        length,
                 const char  *shown_path,
                 GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (target);
  g_autofree char *base = g_path_get_basename (target);
  g_autofree char *name = g_strdup_printf (".%s.XXXXXX", base);
  g_autofree char *temporary = g_build_filename (folder, name, NULL);
  int saved_errno = 0;
  int fd;

  /* A new file gets 0666 less the umask, as any other program's. */
  fd = g_mkstemp_full (temporary, O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      fail_with_errno (error, errno, shown_path);
      return NULL;
    }

  if (old != NULL)
    keep_owner_and_mode (fd, old);

  if (!write_all (fd, data, length, &saved_errno) || !sync_fd (fd, &saved_errno))
    {
      g_close (fd, NULL);
      g_unlink (temporary);
      fail_with_errno (error, saved_errno, shown_path);
      return NULL;
    }

  if (!g_close (fd, NULL))
    {
      saved_errno = errno;
      g_unlink (temporary);
      fail_with_errno (error, saved_errno, shown_path);
      return NULL;
    }

  return g_steal_pointer (&temporary);
}

/* Copies @target to a new synced temporary sibling named after @backup. Returns its path. */
static char *
copy_to_temporary (const char  *target,
                   const char  *backup,
                   GStatBuf    *old,
                   int         *saved_errno)
{
  g_autofree char *folder = g_path_get_dirname (backup);
  g_autofree char *base = g_path_get_basename (backup);
  g_autofree char *name = g_strdup_printf (".%s.XXXXXX", base);
  g_autofree char *temporary = g_build_filename (folder, name, NULL);
  g_autofree char *buffer = g_malloc (WRITE_CHUNK);
  gboolean ok = TRUE;
  int in, out;

  in = g_open (target, O_RDONLY | O_CLOEXEC, 0);
  if (in < 0)
    {
      *saved_errno = errno;
      return NULL;
    }

  out = g_mkstemp_full (temporary, O_WRONLY | O_CLOEXEC, old->st_mode & 0777);
  if (out < 0)
    {
      *saved_errno = errno;
      g_close (in, NULL);
      return NULL;
    }
  keep_owner_and_mode (out, old);

  while (ok)
    {
      gssize n = read (in, buffer, WRITE_CHUNK);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          *saved_errno = errno;
          ok = FALSE;
        }
      else if (n == 0)
        break;
      else
        ok = write_all (out, buffer, n, saved_errno);
    }

  ok = ok && sync_fd (out, saved_errno);
  g_close (in, NULL);
  if (!g_close (out, NULL) && ok)
    {
      *saved_errno = errno;
      ok = FALSE;
    }

  if (!ok)
    {
      g_unlink (temporary);
      return NULL;
    }

  return g_steal_pointer (&temporary);
}

/* Without hard links (some file systems), the backup is a copy. */
static gboolean
cannot_link (int saved_errno)
{
  return saved_errno == EPERM || saved_errno == EOPNOTSUPP || saved_errno == EXDEV ||
         saved_errno == EMLINK || saved_errno == ENOSYS;
}

/* Makes "@target~" the file now at @target, in one rename: a good backup is only ever
 * replaced by a whole one. A hard link needs no room on the disk and keeps the file's mode,
 * owner and times. */
static gboolean
keep_backup (const char  *target,
             GStatBuf    *backed_up,
             const char  *shown_path,
             GError     **error)
{
  g_autofree char *backup = g_strconcat (target, "~", NULL);
  g_autofree char *folder = g_path_get_dirname (target);
  g_autofree char *base = g_path_get_basename (backup);
  g_autofree char *prefix = g_strdup_printf (".%s.", base);
  g_autofree char *temporary = NULL;
  GStatBuf now;
  GStatBuf info;
  int saved_errno = 0;

  /* The file as it is now, which may not be the one the save started from. */
  if (g_stat (target, &now) != 0)
    return errno == ENOENT ? TRUE : fail_backup (error, errno, shown_path);
  *backed_up = now;

  /* A save killed after its backup and before its rename: the backup is already this file
   * (and renaming one link over another of the same file would do nothing at all). */
  if (g_lstat (backup, &info) == 0 && info.st_dev == now.st_dev && info.st_ino == now.st_ino)
    return TRUE;

  for (guint i = 0; i < NAME_ATTEMPTS && temporary == NULL; i++)
    {
      g_autofree char *candidate = random_name (folder, prefix);

      if (link (target, candidate) == 0)
        temporary = g_steal_pointer (&candidate);
      else if (errno != EEXIST)
        break;
    }

  if (temporary == NULL)
    {
      saved_errno = errno;
      if (!cannot_link (saved_errno))
        return fail_backup (error, saved_errno, shown_path);

      temporary = copy_to_temporary (target, backup, &now, &saved_errno);
      if (temporary == NULL)
        return fail_backup (error, saved_errno, shown_path);
    }

  if (g_rename (temporary, backup) != 0)
    {
      saved_errno = errno;
      g_unlink (temporary);
      return fail_backup (error, saved_errno, shown_path);
    }

  return TRUE;
}

static gboolean
fail_read_only (GError     **error,
                const char  *shown_path,
                gboolean     folder)
{
  g_autofree char *name = g_filename_display_basename (shown_path);

  if (folder)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_READ_ONLY,
                 /* Translators: %s is a file name */
                 _("Could not save “%s”: its folder is read-only"), name);
  else
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_READ_ONLY,
                 /* Translators: %s is a file name */
                 _("Could not save “%s”: the file is read-only"), name);
  return FALSE;
}

static gboolean
is_same_file (GStatBuf *a,
              GStatBuf *b)
{
  return a->st_ino != 0 && a->st_dev == b->st_dev && a->st_ino == b->st_ino;
}

/* A file system or kernel without renameat2's flags: a plain rename does. */
static gboolean
cannot_exchange (int saved_errno)
{
  return saved_errno == EINVAL || saved_errno == ENOSYS || saved_errno == EOPNOTSUPP;
}

/* Puts @temporary in place of @target in one step that also takes out what is there then:
 * when that is not the file @backed_up (zeroed when there was none; another program replaced
 * or created @target during the save), it becomes the backup instead, so that nothing anyone
 * saved is lost. */
static gboolean
move_into_place (const char  *temporary,
                 const char  *target,
                 gboolean     exists,
                 GStatBuf    *backed_up,
                 GError     **error,
                 const char  *shown_path)
{
  g_autofree char *backup = g_strconcat (target, "~", NULL);
  GStatBuf taken_out;
  GStatBuf in_backup;
  int saved_errno;

  if (!exists && renameat2 (AT_FDCWD, temporary, AT_FDCWD, target, RENAME_NOREPLACE) == 0)
    return TRUE;
  if (!exists && errno != EEXIST && !cannot_exchange (errno))
    return fail_with_errno (error, errno, shown_path);

  if ((exists || errno == EEXIST) &&
      renameat2 (AT_FDCWD, temporary, AT_FDCWD, target, RENAME_EXCHANGE) == 0)
    {
      /* @temporary now holds what @target held. */
      if (g_lstat (temporary, &taken_out) == 0 &&
          (is_same_file (&taken_out, backed_up) ||
           (g_lstat (backup, &in_backup) == 0 && is_same_file (&taken_out, &in_backup))))
        g_unlink (temporary);
      else if (g_rename (temporary, backup) != 0)
        g_debug ("Could not keep the file replaced during the save: %s", g_strerror (errno));
      return TRUE;
    }
  if (!cannot_exchange (errno) && errno != ENOENT)
    return fail_with_errno (error, errno, shown_path);

  if (g_rename (temporary, target) != 0)
    {
      saved_errno = errno;
      g_unlink (temporary);
      return fail_with_errno (error, saved_errno, shown_path);
    }
  return TRUE;
}

gboolean
accord_safe_file_replace (const char  *path,
                          const char  *data,
                          gsize        length,
                          GError     **error)
{
  g_autofree char *target = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *temporary = NULL;
  GStatBuf old;
  GStatBuf folder_info;
  GStatBuf backed_up = { 0 };
  gboolean exists;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  target = resolve_links (path, path, error);
  if (target == NULL)
    return FALSE;
  folder = g_path_get_dirname (target);

  exists = g_stat (target, &old) == 0;
  if (!exists && errno != ENOENT)
    return fail_with_errno (error, errno, path);
  if (exists && !S_ISREG (old.st_mode))
    {
      g_autofree char *name = g_filename_display_basename (path);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   /* Translators: %s is a file name */
                   _("Could not save “%s”: it is not a regular file"), name);
      return FALSE;
    }
  if (exists && !is_writable (target, &old))
    return fail_read_only (error, path, FALSE);

  if (g_stat (folder, &folder_info) != 0)
    return fail_with_errno (error, errno, path);
  if (!is_writable (folder, &folder_info))
    return fail_read_only (error, path, TRUE);

  accord_safe_file_clean (target);

  temporary = write_temporary (target, exists ? &old : NULL, data, length, path, error);
  if (temporary == NULL)
    return FALSE;

  /* The backup is made last, so that it is of the file as it is just before the rename. */
  if (exists && !keep_backup (target, &backed_up, path, error))
    {
      g_unlink (temporary);
      return FALSE;
    }

  if (!move_into_place (temporary, target, exists, &backed_up, error, path))
    {
      g_unlink (temporary);
      return FALSE;
    }

  sync_folder (folder);
  return TRUE;
}
