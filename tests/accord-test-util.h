/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "accord-document.h"

G_BEGIN_DECLS

/* Folders and files */

/* A new private folder in the temporary folder; g_free() it after accord_test_remove_dir(). */
char       *accord_test_make_dir          (const char  *prefix);
/* Removes @dir and all it holds, read-only folders in it too. */
void        accord_test_remove_dir        (const char  *dir);
/* The names in @dir, sorted and joined with spaces. */
char       *accord_test_list_dir          (const char  *dir);
char       *accord_test_read_file         (const char  *path);
void        accord_test_write_file        (const char  *path,
                                           const char  *text);

/* Documents */

/* A document of @n_initiatives initiatives (and a meeting for every ten), each with text
 * enough to make a large file; its first meeting is titled @title. */
AccordDocument *accord_test_large_document (guint        n_initiatives,
                                           const char  *title);
/* Asserts that @path holds a whole document: it loads, with @n_initiatives initiatives.
 * Returns the title of its first meeting. */
char       *accord_test_assert_whole_document (const char *path,
                                               guint       n_initiatives);

/* Child processes that save through the real save path, under tests/accord-save-shim.c */

/* The environment for a child under the shim, for @dir: the test's own, LD_PRELOAD and
 * ACCORD_SHIM_DIR, and then NULL-terminated pairs of further NAME, VALUE. */
char      **accord_test_shim_environ      (const char  *dir,
                                           ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS
