/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Replacing a local file so that no crash, kill or full disk ever leaves it, or its backup,
 * half written. Thread-safe: nothing here touches state shared with other threads, so it runs
 * in a GTask thread.
 *
 * @path may be a symbolic link: the file it points to is replaced, the link stays. The new
 * contents go to a temporary sibling ".NAME.XXXXXX", written, synced and renamed over NAME;
 * the previous contents become "NAME~" through a temporary ".NAME~.XXXXXX" renamed in the
 * same way (a hard link, or a synced copy where the file system has none). A replaced file
 * keeps its mode and, where the system allows, its owner. A file or folder without write
 * permission is refused with G_IO_ERROR_READ_ONLY. Every error message is a whole sentence
 * that names the file. */
gboolean  accord_safe_file_replace     (const char  *path,
                                        const char  *data,
                                        gsize        length,
                                        GError     **error);

/* Removes the temporary siblings that a save killed half way left next to @path (or next to
 * the file it links to). Runs on every save; call it when a file is opened too. */
void      accord_safe_file_clean       (const char  *path);

G_END_DECLS
