/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "accord-document.h"

G_BEGIN_DECLS

/* Waiting: on events, never on the clock */

typedef gboolean (*AccordTestCondition) (gpointer data);

/* Runs the main loop until @condition holds. Every condition a test waits for is met by an
 * event (a signal, a thread finishing, a file monitor, a timer the code under test set); a
 * condition that never comes is a hang, which the test's timeout reports. */
void        accord_test_wait_for          (AccordTestCondition  condition,
                                           gpointer             data);
/* Runs whatever is ready to run, without waiting for anything. */
void        accord_test_drain             (void);

#ifdef ACCORD_TEST_UTIL_GTK
#include <gtk/gtk.h>
/* Waits until the frame clock of @widget (realized) has laid out and drawn what was asked of
 * it: two frames, the one that began after the call and the next. */
void        accord_test_wait_frames       (GtkWidget           *widget);
/* accord_test_wait_frames() for every window that is shown. */
void        accord_test_settle            (void);
#endif

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
