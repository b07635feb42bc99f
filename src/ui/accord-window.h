/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "accord-application.h"
#include "accord-document.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_WINDOW (accord_window_get_type ())

G_DECLARE_FINAL_TYPE (AccordWindow, accord_window, ACCORD, WINDOW, AdwApplicationWindow)

AccordWindow   *accord_window_new          (AccordApplication *application);
AccordDocument *accord_window_get_document (AccordWindow      *self);
void            accord_window_set_document (AccordWindow      *self,
                                            AccordDocument    *document);
/* Shows why the document could not be opened instead of any records. */
void            accord_window_show_error   (AccordWindow      *self,
                                            const char        *location,
                                            const char        *message);

G_END_DECLS
