/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How many characters of one text a label, cell, tooltip or accessible name shows. A whole
 * megabyte title would take minutes to lay out, and be wider than a GPU texture may be; no one
 * reads more than this in a label, and the field that edits the text keeps all of it. */
#define ACCORD_DISPLAY_TEXT_MAX_CHARS 2000

/* @text as a label shows it: its first ACCORD_DISPLAY_TEXT_MAX_CHARS characters, with "…" when
 * there were more; a NULL @text is "". Newly allocated. */
char     *accord_display_text          (const char *text);
/* Whether accord_display_text() would cut @text short. */
gboolean  accord_display_text_is_cut   (const char *text);

G_END_DECLS
