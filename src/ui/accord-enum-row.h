/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "accord-document.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_ENUM_ROW (accord_enum_row_get_type ())

/* A combo row for one enumeration property of a record (format, kind, status), listing the
 * values by their labels. Choosing one changes the property through the document, one undo
 * step; changes made elsewhere show at once. */
G_DECLARE_FINAL_TYPE (AccordEnumRow, accord_enum_row, ACCORD, ENUM_ROW, AdwComboRow)

AccordDocument *accord_enum_row_get_document      (AccordEnumRow  *self);
void            accord_enum_row_set_document      (AccordEnumRow  *self,
                                                   AccordDocument *document);
GObject        *accord_enum_row_get_object        (AccordEnumRow  *self);
void            accord_enum_row_set_object        (AccordEnumRow  *self,
                                                   GObject        *object);
const char     *accord_enum_row_get_property_name (AccordEnumRow  *self);
void            accord_enum_row_set_property_name (AccordEnumRow  *self,
                                                   const char     *property_name);

G_END_DECLS
