/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "accord-document.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_PERIOD_EDITOR (accord_period_editor_get_type ())

/* A group for one period property (a meeting's "when", an initiative's "period"): the text as
 * written, a calendar to pick a day, and below it, live, how the text is understood ("Q3 2024"
 * → "1 July – 30 September 2024") or why it is not. Applying keeps the text even when it is not
 * understood, as a period of unknown precision. */
G_DECLARE_FINAL_TYPE (AccordPeriodEditor, accord_period_editor, ACCORD, PERIOD_EDITOR,
                      AdwPreferencesGroup)

AccordDocument *accord_period_editor_get_document      (AccordPeriodEditor *self);
void            accord_period_editor_set_document      (AccordPeriodEditor *self,
                                                        AccordDocument     *document);
GObject        *accord_period_editor_get_object        (AccordPeriodEditor *self);
void            accord_period_editor_set_object        (AccordPeriodEditor *self,
                                                        GObject            *object);
const char     *accord_period_editor_get_property_name (AccordPeriodEditor *self);
void            accord_period_editor_set_property_name (AccordPeriodEditor *self,
                                                        const char         *property_name);

G_END_DECLS
