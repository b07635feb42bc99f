/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "accord-attribute.h"
#include "accord-item.h"
#include "accord-initiative.h"
#include "accord-meeting.h"
#include "accord-participant.h"
#include "accord-period.h"
#include "accord-source.h"

G_BEGIN_DECLS

/* Model objects keep an empty string, an empty string vector and an unknown period without
 * text as NULL, so that a new object allocates nothing (a document may hold 100,000 records).
 * Getters turn NULL back into the empty value and never return NULL. The setters below return
 * TRUE when the value changed, which is when the caller must notify. */

static inline const char *
accord_str_or_empty (const char *str)
{
  return str != NULL ? str : "";
}

static inline gboolean
accord_set_string (char       **field,
                   const char  *value)
{
  char *copy;

  if (g_strcmp0 (accord_str_or_empty (*field), accord_str_or_empty (value)) == 0)
    return FALSE;

  /* Copy before freeing: @value may point into the string it replaces. */
  copy = (value != NULL && value[0] != '\0') ? g_strdup (value) : NULL;
  g_free (*field);
  *field = copy;

  return TRUE;
}

static inline const char * const *
accord_strv_or_empty (const char * const *strv)
{
  static const char * const empty[] = { NULL };

  return strv != NULL ? strv : empty;
}

static inline gboolean
accord_set_strv (char               ***field,
                 const char * const   *value)
{
  char **copy;

  if (g_strv_equal (accord_strv_or_empty ((const char * const *) *field),
                    accord_strv_or_empty (value)))
    return FALSE;

  copy = (value != NULL && value[0] != NULL) ? g_strdupv ((char **) value) : NULL;
  g_strfreev (*field);
  *field = copy;

  return TRUE;
}

/* Periods are immutable, so every record without one can share this one. */
static inline const AccordPeriod *
accord_period_or_unknown (const AccordPeriod *period)
{
  static AccordPeriod *unknown;

  if (period != NULL)
    return period;

  if (g_once_init_enter (&unknown))
    g_once_init_leave (&unknown, accord_period_new ("", ACCORD_PRECISION_UNKNOWN, NULL, NULL));

  return unknown;
}

static inline gboolean
accord_set_period (AccordPeriod       **field,
                   const AccordPeriod  *value)
{
  const AccordPeriod *unknown = accord_period_or_unknown (NULL);
  AccordPeriod *copy;

  if (accord_period_equal (accord_period_or_unknown (*field), accord_period_or_unknown (value)))
    return FALSE;

  if (value == NULL || accord_period_equal (value, unknown))
    copy = NULL;
  else
    copy = accord_period_copy (value);

  g_clear_pointer (field, accord_period_free);
  *field = copy;

  return TRUE;
}

/* A record's lists are made on first use. These return NULL, and make nothing, while a list has
 * not been made: it is then empty. For code that visits every record, such as search. */
GListModel *accord_record_peek_sources          (AccordRecord     *self);
GListModel *accord_meeting_peek_participants    (AccordMeeting    *self);
GListModel *accord_initiative_peek_attributes   (AccordInitiative *self);

/* The lists of items @self has made (sources first), in @lists; returns how many. */
#define ACCORD_RECORD_MAX_ITEM_LISTS 2
guint       accord_record_peek_item_lists       (AccordRecord     *self,
                                                 GListModel       *lists[ACCORD_RECORD_MAX_ITEM_LISTS]);

/* Gives every item of @list that has no id, or the id of an earlier item of @list, a fresh
 * one, without notifying anyone of that (the items are not yet in a document). Returns the
 * positions of the items whose ids repeated an earlier one, or NULL when none did, for a
 * reader to report. */
GArray     *accord_item_list_repair_ids         (GListModel       *list);

/* A record's row in its document: a small number the document gives it when it joins (a load
 * numbers them from 0) and that no other record has while it is in the document, for tables
 * beside the document (the search index) that look records up faster than a hash table can;
 * a record that leaves keeps it, and has it again when it comes back (an undo). A table keyed
 * by row forgets a row when its record leaves the document (the stores' items-changed).
 * G_MAXUINT for a record that was never in a document. */
guint         accord_record_get_row             (AccordRecord     *self);
void          accord_record_set_row             (AccordRecord     *self,
                                                 guint             row);
/* Asks for the memory accord_record_get_row() will read, without reading the record. */
void          accord_record_prefetch_row        (AccordRecord     *self);

/* The record whose list holds @self, as the document keeps it: set when the item joins a
 * record of the document, and cleared when the record goes. */
AccordRecord *accord_item_get_record            (AccordItem       *self);
void          accord_item_set_record            (AccordItem       *self,
                                                 AccordRecord     *record);

/* The record a list of items belongs to (the record says so when it makes the list). */
AccordRecord *accord_item_list_get_record       (GListModel       *list);
void          accord_item_list_set_record       (GListModel       *list,
                                                 AccordRecord     *record);
/* For a record's dispose: the items of @list (nullable) that outlive @record (an editor may
 * still hold one) no longer name it. */
void          accord_item_list_release          (GListModel       *list,
                                                 AccordRecord     *record);

G_END_DECLS
