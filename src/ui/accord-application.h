/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "accord-document.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_APPLICATION (accord_application_get_type ())

G_DECLARE_FINAL_TYPE (AccordApplication, accord_application, ACCORD, APPLICATION, AdwApplication)

typedef struct _AccordWindow AccordWindow;

AccordApplication *accord_application_new             (void);
/* TRUE while a window's document has unsaved changes: logging out is held back meanwhile. */
gboolean           accord_application_get_inhibited   (AccordApplication *self);
/* The user's library: $XDG_DATA_HOME/accord/library.db (STORAGE.md). */
GFile             *accord_application_get_library_file (void);
/* The built-in ASEAN 2024 dataset, which the first run copies into the library. */
GBytes            *accord_application_get_builtin_dataset (void);
/* Shows @file: presents the window that already has it (the library window for the library),
 * else opens it in @window when given, else in a new window. */
void               accord_application_show_file       (AccordApplication *self,
                                                       GFile             *file,
                                                       AccordWindow      *window);

G_END_DECLS
