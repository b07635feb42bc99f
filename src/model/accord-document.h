/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "accord-initiative.h"
#include "accord-meeting.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_DOCUMENT (accord_document_get_type ())

/* The meetings and initiatives of one file. Every change made through this API is a command
 * on the undo stack; records and their lists must not be changed behind its back once they
 * belong to a document. */
G_DECLARE_FINAL_TYPE (AccordDocument, accord_document, ACCORD, DOCUMENT, GObject)

AccordDocument   *accord_document_new                (void);

/* GListModels of AccordMeeting and AccordInitiative, in document order. */
GListModel       *accord_document_get_meetings       (AccordDocument   *self);
GListModel       *accord_document_get_initiatives    (AccordDocument   *self);
AccordRecord     *accord_document_lookup_record      (AccordDocument   *self,
                                                      const char       *id);
AccordMeeting    *accord_document_lookup_meeting     (AccordDocument   *self,
                                                      const char       *id);
AccordInitiative *accord_document_lookup_initiative  (AccordDocument   *self,
                                                      const char       *id);
/* The initiatives whose meeting-id is @meeting's id, in document order. */
GPtrArray        *accord_document_list_launched      (AccordDocument   *self,
                                                      AccordMeeting    *meeting);

/* Replaces everything with these records (taking a reference to each): one items-changed per
 * list, an empty undo stack, not modified. Records without an id get one; a repeated id is
 * replaced by a fresh one. */
void              accord_document_load               (AccordDocument   *self,
                                                      GPtrArray        *meetings,
                                                      GPtrArray        *initiatives);

/* Commands. Each is one undo step unless inside a group. */
void              accord_document_add_record         (AccordDocument   *self,
                                                      AccordRecord     *record);
void              accord_document_remove_record      (AccordDocument   *self,
                                                      AccordRecord     *record);
/* Sets @property of @object (a record or an item of one of its lists) to @value. Nothing
 * happens, and nothing is recorded, when the value is already that. @label (nullable) names
 * the step; NULL picks one from the property ("Rename Meeting"). */
void              accord_document_set_value          (AccordDocument   *self,
                                                      GObject          *object,
                                                      const char       *property,
                                                      const GValue     *value,
                                                      const char       *label);
void              accord_document_set_string         (AccordDocument   *self,
                                                      GObject          *object,
                                                      const char       *property,
                                                      const char       *value);
/* Lists owned by records (participants, sources, attributes). */
void              accord_document_insert_item        (AccordDocument   *self,
                                                      GListModel       *list,
                                                      guint             position,
                                                      GObject          *item,
                                                      const char       *label);
void              accord_document_remove_item        (AccordDocument   *self,
                                                      GListModel       *list,
                                                      guint             position,
                                                      const char       *label);
void              accord_document_move_item          (AccordDocument   *self,
                                                      GListModel       *list,
                                                      guint             from,
                                                      guint             to,
                                                      const char       *label);
/* Everything between begin and end is one undo step called @label. Groups nest. */
void              accord_document_begin_group        (AccordDocument   *self,
                                                      const char       *label);
void              accord_document_end_group          (AccordDocument   *self);

gboolean          accord_document_can_undo           (AccordDocument   *self);
gboolean          accord_document_can_redo           (AccordDocument   *self);
/* The label of the step undo or redo would take, or NULL. */
const char       *accord_document_get_undo_label     (AccordDocument   *self);
const char       *accord_document_get_redo_label     (AccordDocument   *self);
gboolean          accord_document_undo               (AccordDocument   *self);
gboolean          accord_document_redo               (AccordDocument   *self);

/* TRUE when the records differ from the last load or save (undoing back to it clears it). */
gboolean          accord_document_get_modified       (AccordDocument   *self);
/* Call after a successful save: the current state becomes the unmodified one. */
void              accord_document_mark_saved         (AccordDocument   *self);

G_END_DECLS
