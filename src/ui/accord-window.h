/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "accord-application.h"
#include "accord-document.h"
#include "accord-session.h"

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

/* accord-window-files.c: what the window shows and where it is saved. */
/* The user's library, autosaved; first run copies the built-in dataset into it. */
void            accord_window_open_library (AccordWindow      *self);
/* Any Accord document; a file that fails to load shows its error and is left untouched. */
void            accord_window_open_file    (AccordWindow      *self,
                                            GFile             *file);
/* A new, empty, never saved document. */
void            accord_window_open_new     (AccordWindow      *self);
GFile          *accord_window_get_file     (AccordWindow      *self);
/* Where the shown document lives and how it is kept. */
AccordSession  *accord_window_get_session  (AccordWindow      *self);

G_END_DECLS
