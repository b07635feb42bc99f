/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "accord-item.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_ATTRIBUTE (accord_attribute_get_type ())

/* A named value that has no field of its own, such as a table column "ASEAN Priority". */
G_DECLARE_FINAL_TYPE (AccordAttribute, accord_attribute, ACCORD, ATTRIBUTE, AccordItem)

AccordAttribute *accord_attribute_new       (const char      *name,
                                             const char      *value);
AccordAttribute *accord_attribute_copy      (AccordAttribute *self);
const char      *accord_attribute_get_name  (AccordAttribute *self);
void             accord_attribute_set_name  (AccordAttribute *self,
                                             const char      *name);
const char      *accord_attribute_get_value (AccordAttribute *self);
void             accord_attribute_set_value (AccordAttribute *self,
                                             const char      *value);

G_END_DECLS
