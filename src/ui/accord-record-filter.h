/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "accord-search-index.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_RECORD_FILTER (accord_record_filter_get_type ())

/* Keeps the meetings and initiatives that contain every word of a query (ignoring case and
 * Latin diacritics) and meet the criteria set. A criterion that does not apply to a kind of
 * record (a status to a meeting, a meeting kind or format to an initiative) passes it. */
G_DECLARE_FINAL_TYPE (AccordRecordFilter, accord_record_filter, ACCORD, RECORD_FILTER, GtkFilter)

AccordRecordFilter *accord_record_filter_new             (void);

/* The index of the document whose records are filtered: a query reads what it keeps. Without
 * one, each match reads the record afresh (for a few records). */
AccordSearchIndex  *accord_record_filter_get_index       (AccordRecordFilter *self);
void                accord_record_filter_set_index       (AccordRecordFilter *self,
                                                          AccordSearchIndex  *index);
/* An AccordFilterModelPrefetchFunc, for @self as its data: asks for the memory a match of
 * @record will read. */
void                accord_record_filter_prefetch        (gpointer            record,
                                                          gpointer            self);

const char         *accord_record_filter_get_query       (AccordRecordFilter *self);
void                accord_record_filter_set_query       (AccordRecordFilter *self,
                                                          const char         *query);
/* A country or organisation, as accord_organisation_list_named() gives; "" for any. One that
 * the built-in list knows keeps the records that name it by any of its names ("Lao PDR" keeps
 * those that say "Laos", and the meetings held in Laos); any other is compared as written,
 * ignoring case and diacritics. */
const char         *accord_record_filter_get_affiliation (AccordRecordFilter *self);
void                accord_record_filter_set_affiliation (AccordRecordFilter *self,
                                                          const char         *affiliation);
/* Records whose dates cover any day of @year; 0 for any. */
int                 accord_record_filter_get_year        (AccordRecordFilter *self);
void                accord_record_filter_set_year        (AccordRecordFilter *self,
                                                          int                 year);
/* An AccordStatus for initiatives; -1 for any. */
int                 accord_record_filter_get_status      (AccordRecordFilter *self);
void                accord_record_filter_set_status      (AccordRecordFilter *self,
                                                          int                 status);
/* An AccordMeetingKind for meetings; -1 for any. */
int                 accord_record_filter_get_kind        (AccordRecordFilter *self);
void                accord_record_filter_set_kind        (AccordRecordFilter *self,
                                                          int                 kind);
/* An AccordMeetingFormat for meetings; -1 for any. */
int                 accord_record_filter_get_format      (AccordRecordFilter *self);
void                accord_record_filter_set_format      (AccordRecordFilter *self,
                                                          int                 format);

G_END_DECLS
