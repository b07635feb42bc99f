/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "accord-document.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_APPLICATION (accord_application_get_type ())

G_DECLARE_FINAL_TYPE (AccordApplication, accord_application, ACCORD, APPLICATION, AdwApplication)

AccordApplication *accord_application_new             (void);
/* The user's library: $XDG_DATA_HOME/accord/library.json. */
GFile             *accord_application_get_library_file (void);
/* Loads the library, first copying the built-in ASEAN 2024 dataset into place when there is
 * no library yet. On error @document is untouched and the file on disk too. */
gboolean           accord_application_load_library    (AccordDocument  *document,
                                                       GError         **error);

G_END_DECLS
