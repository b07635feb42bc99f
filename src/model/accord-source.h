/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "accord-item.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_SOURCE (accord_source_get_type ())

G_DECLARE_FINAL_TYPE (AccordSource, accord_source, ACCORD, SOURCE, AccordItem)

AccordSource *accord_source_new           (const char   *publisher,
                                           const char   *title,
                                           const char   *uri,
                                           const char   *published);
AccordSource *accord_source_copy          (AccordSource *self);
const char   *accord_source_get_publisher (AccordSource *self);
void          accord_source_set_publisher (AccordSource *self,
                                           const char   *publisher);
const char   *accord_source_get_title     (AccordSource *self);
void          accord_source_set_title     (AccordSource *self,
                                           const char   *title);
/* Web address; may be empty. Only http and https addresses are ever opened. */
const char   *accord_source_get_uri       (AccordSource *self);
void          accord_source_set_uri       (AccordSource *self,
                                           const char   *uri);
/* Publication date as ISO 8601 (YYYY-MM-DD), or empty when not known. */
const char   *accord_source_get_published (AccordSource *self);
void          accord_source_set_published (AccordSource *self,
                                           const char   *published);

G_END_DECLS
