/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "accord-document.h"
#include "accord-person.h"
#include "accord-person-proposal.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_DIRECTORY (accord_directory_get_type ())

/* The people of a document: its meetings' participants grouped into people by name (case,
 * spacing and Unicode form aside; the names as written are never changed), with the pairs of
 * people who are likely one. Built off the main thread when made and again after the document
 * changes; "building" is TRUE meanwhile, and each build replaces the people in one
 * items-changed. Participants known only by their title ("the Minister of National Defence")
 * are no one's. */
G_DECLARE_FINAL_TYPE (AccordDirectory, accord_directory, ACCORD, DIRECTORY, GObject)

AccordDirectory *accord_directory_new           (AccordDocument  *document);
AccordDocument  *accord_directory_get_document  (AccordDirectory *self);
gboolean         accord_directory_get_building  (AccordDirectory *self);
/* A GListModel of AccordPerson, sorted by name for people. */
GListModel      *accord_directory_get_people    (AccordDirectory *self);
/* A GListModel of AccordPersonProposal. */
GListModel      *accord_directory_get_proposals (AccordDirectory *self);
/* The person a participant of the document is, or NULL (no name, or not built yet). */
AccordPerson    *accord_directory_lookup_participant (AccordDirectory   *self,
                                                      AccordParticipant *participant);
/* The proposals that name @person (AccordPersonProposal), or NULL for none. */
GPtrArray       *accord_directory_get_proposals_for  (AccordDirectory   *self,
                                                      AccordPerson      *person);

/* Builds the people of @document once, without a directory to keep them: the snapshot is taken
 * now, on the calling (main) thread, the rest in a thread. */
void             accord_directory_build_async   (AccordDocument      *document,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
/* The people (AccordPerson) and proposals (AccordPersonProposal) built. */
gboolean         accord_directory_build_finish  (GAsyncResult        *result,
                                                 GPtrArray          **people,
                                                 GPtrArray          **proposals,
                                                 GError             **error);

G_END_DECLS
