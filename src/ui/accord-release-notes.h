/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The description of release @version in AppStream metainfo @metainfo (as merged with its
 * translations), in the first of @languages it is translated to (g_get_language_names()
 * order; "C" is the untranslated text), as the <p>/<ul>/<li> markup of AdwAboutWindow's
 * release-notes. NULL when the metainfo has no such release or cannot be read. */
char *accord_release_notes_from_metainfo (const char         *metainfo,
                                          gssize              length,
                                          const char         *version,
                                          const char * const *languages);

G_END_DECLS
