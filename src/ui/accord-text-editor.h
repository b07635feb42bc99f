/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "accord-document.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_TEXT_EDITOR (accord_text_editor_get_type ())

/* A group for one multi-line string property of a record (summary, notes), titled by the
 * group's title. The text goes to the document when the focus leaves it, one undo step for
 * the whole edit; changes made elsewhere show at once. */
G_DECLARE_FINAL_TYPE (AccordTextEditor, accord_text_editor, ACCORD, TEXT_EDITOR,
                      AdwPreferencesGroup)

AccordDocument *accord_text_editor_get_document      (AccordTextEditor *self);
void            accord_text_editor_set_document      (AccordTextEditor *self,
                                                      AccordDocument   *document);
GObject        *accord_text_editor_get_object        (AccordTextEditor *self);
void            accord_text_editor_set_object        (AccordTextEditor *self,
                                                      GObject          *object);
const char     *accord_text_editor_get_property_name (AccordTextEditor *self);
void            accord_text_editor_set_property_name (AccordTextEditor *self,
                                                      const char       *property_name);
GtkTextView    *accord_text_editor_get_text_view     (AccordTextEditor *self);
/* Applies the text, as leaving it does. */
void            accord_text_editor_apply             (AccordTextEditor *self);

G_END_DECLS
