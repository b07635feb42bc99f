/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "accord-document.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_FIELD_ROW (accord_field_row_get_type ())

/* An entry row for one string property of a record or of an item of its lists. What is typed
 * goes to the document when it is applied (Enter, the apply button, or leaving the row), so an
 * edit is one undo step, never one per keystroke; changes made elsewhere (undo, other views)
 * show at once. */
G_DECLARE_FINAL_TYPE (AccordFieldRow, accord_field_row, ACCORD, FIELD_ROW, AdwEntryRow)

GtkWidget      *accord_field_row_new               (const char     *property_name,
                                                    const char     *title);
AccordDocument *accord_field_row_get_document      (AccordFieldRow *self);
void            accord_field_row_set_document      (AccordFieldRow *self,
                                                    AccordDocument *document);
/* The object whose property is shown; NULL leaves the row empty and insensitive. */
GObject        *accord_field_row_get_object        (AccordFieldRow *self);
void            accord_field_row_set_object        (AccordFieldRow *self,
                                                    GObject        *object);
const char     *accord_field_row_get_property_name (AccordFieldRow *self);
void            accord_field_row_set_property_name (AccordFieldRow *self,
                                                    const char     *property_name);
/* When TRUE the value is an ISO 8601 date or empty: a day written otherwise ("29 January
 * 2024") is stored as "2024-01-29", and anything else is refused and marked as an error. */
gboolean        accord_field_row_get_iso_date      (AccordFieldRow *self);
void            accord_field_row_set_iso_date      (AccordFieldRow *self,
                                                    gboolean        iso_date);
/* Applies what is typed, as Enter does. */
void            accord_field_row_apply             (AccordFieldRow *self);

G_END_DECLS
