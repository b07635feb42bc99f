/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <locale.h>

#include "accord-attribute.h"
#include "accord-document.h"
#include "accord-enum-types.h"
#include "accord-participant.h"
#include "accord-source.h"

typedef struct
{
  guint calls;
  guint position;
  guint removed;
  guint added;
} ItemsChanged;

static void
items_changed_cb (GListModel   *list,
                  guint         position,
                  guint         removed,
                  guint         added,
                  ItemsChanged *record)
{
  record->calls++;
  record->position = position;
  record->removed = removed;
  record->added = added;
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

static void
changed_cb (AccordDocument *document,
            guint          *count)
{
  (*count)++;
}

static AccordMeeting *
meeting_new (const char *id,
             const char *title)
{
  AccordMeeting *meeting = accord_meeting_new (id);

  accord_record_set_title (ACCORD_RECORD (meeting), title);
  return meeting;
}

static AccordInitiative *
initiative_new (const char *id,
                const char *title,
                const char *meeting_id)
{
  AccordInitiative *initiative = accord_initiative_new (id);

  accord_record_set_title (ACCORD_RECORD (initiative), title);
  accord_initiative_set_meeting_id (initiative, meeting_id);
  return initiative;
}

/* A document with two meetings and three initiatives, two launched by the first meeting. */
static AccordDocument *
sample_document (void)
{
  AccordDocument *document = accord_document_new ();
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) initiatives = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (meetings, meeting_new ("m-retreat", "AMM Retreat"));
  g_ptr_array_add (meetings, meeting_new ("m-consultation", "Tenth consultation"));
  g_ptr_array_add (initiatives, initiative_new ("i-forum", "ASEAN Future Forum", "m-retreat"));
  g_ptr_array_add (initiatives, initiative_new ("i-vision", "Vision 2045", "m-retreat"));
  g_ptr_array_add (initiatives, initiative_new ("i-visit", "2024 consultation", "m-consultation"));
  accord_document_load (document, meetings, initiatives);

  return document;
}

static void
test_load_one_signal (void)
{
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
  ItemsChanged changed = { 0 };
  guint changed_signals = 0;

  for (guint i = 0; i < 500; i++)
    {
      g_autofree char *id = g_strdup_printf ("m-%u", i);
      g_ptr_array_add (meetings, meeting_new (id, "Meeting"));
    }

  g_signal_connect (accord_document_get_meetings (document), "items-changed",
                    G_CALLBACK (items_changed_cb), &changed);
  g_signal_connect (document, "changed", G_CALLBACK (changed_cb), &changed_signals);
  accord_document_load (document, meetings, NULL);

  g_assert_cmpuint (changed.calls, ==, 1);
  g_assert_cmpuint (changed.added, ==, 500);
  g_assert_cmpuint (changed_signals, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (accord_document_get_meetings (document)), ==, 500);
  g_assert_false (accord_document_can_undo (document));
  g_assert_false (accord_document_get_modified (document));
  g_assert_nonnull (accord_document_lookup_meeting (document, "m-499"));

  /* Loading again replaces everything with one signal too. */
  changed.calls = 0;
  accord_document_load (document, NULL, NULL);
  g_assert_cmpuint (changed.calls, ==, 1);
  g_assert_cmpuint (changed.removed, ==, 500);
  g_assert_null (accord_document_lookup_meeting (document, "m-499"));

  g_assert_finalize_object (g_steal_pointer (&document));
}

static void
test_load_fixes_ids (void)
{
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) initiatives = g_ptr_array_new_with_free_func (g_object_unref);
  AccordMeeting *first, *second, *nameless;
  AccordInitiative *clash;

  g_ptr_array_add (meetings, meeting_new ("m-1", "First"));
  g_ptr_array_add (meetings, meeting_new ("m-1", "Second"));
  g_ptr_array_add (meetings, meeting_new ("", "No id"));
  g_ptr_array_add (initiatives, initiative_new ("m-1", "Same id as a meeting", ""));
  first = meetings->pdata[0];
  second = meetings->pdata[1];
  nameless = meetings->pdata[2];
  clash = initiatives->pdata[0];

  accord_document_load (document, meetings, initiatives);

  g_assert_cmpstr (accord_record_get_id (ACCORD_RECORD (first)), ==, "m-1");
  g_assert_cmpstr (accord_record_get_id (ACCORD_RECORD (second)), !=, "m-1");
  g_assert_true (g_str_has_prefix (accord_record_get_id (ACCORD_RECORD (second)), "m-"));
  g_assert_cmpstr (accord_record_get_id (ACCORD_RECORD (nameless)), !=, "");
  g_assert_cmpstr (accord_record_get_id (ACCORD_RECORD (clash)), !=, "m-1");
  g_assert_true (accord_document_lookup_meeting (document, "m-1") == first);
  g_assert_true (accord_document_lookup_meeting (document,
                                                 accord_record_get_id (ACCORD_RECORD (second))) == second);
  g_assert_true (accord_document_lookup_initiative (document,
                                                    accord_record_get_id (ACCORD_RECORD (clash))) == clash);
  /* Lookups are by kind. */
  g_assert_null (accord_document_lookup_initiative (document, "m-1"));
  g_assert_null (accord_document_lookup_meeting (document, NULL));
  g_assert_null (accord_document_lookup_meeting (document, ""));
}

static void
test_set_value_undo_redo (void)
{
  g_autoptr(AccordDocument) document = sample_document ();
  AccordMeeting *retreat = accord_document_lookup_meeting (document, "m-retreat");
  guint can_undo_notifies = 0, modified_notifies = 0;

  g_signal_connect (document, "notify::can-undo", G_CALLBACK (count_cb), &can_undo_notifies);
  g_signal_connect (document, "notify::modified", G_CALLBACK (count_cb), &modified_notifies);

  accord_document_set_string (document, G_OBJECT (retreat), "title", "AMM Retreat 2024");
  g_assert_cmpstr (accord_record_get_title (ACCORD_RECORD (retreat)), ==, "AMM Retreat 2024");
  g_assert_true (accord_document_can_undo (document));
  g_assert_false (accord_document_can_redo (document));
  g_assert_cmpstr (accord_document_get_undo_label (document), ==, "Rename Meeting");
  g_assert_true (accord_document_get_modified (document));
  g_assert_cmpuint (can_undo_notifies, ==, 1);
  g_assert_cmpuint (modified_notifies, ==, 1);

  /* Setting the same value again is no step at all. */
  accord_document_set_string (document, G_OBJECT (retreat), "title", "AMM Retreat 2024");
  g_assert_true (accord_document_undo (document));
  g_assert_cmpstr (accord_record_get_title (ACCORD_RECORD (retreat)), ==, "AMM Retreat");
  g_assert_false (accord_document_can_undo (document));
  g_assert_false (accord_document_get_modified (document));
  g_assert_cmpstr (accord_document_get_redo_label (document), ==, "Rename Meeting");
  g_assert_cmpuint (modified_notifies, ==, 2);

  /* Undo never goes past the loaded state. */
  g_assert_false (accord_document_undo (document));
  g_assert_cmpuint (g_list_model_get_n_items (accord_document_get_meetings (document)), ==, 2);

  g_assert_true (accord_document_redo (document));
  g_assert_cmpstr (accord_record_get_title (ACCORD_RECORD (retreat)), ==, "AMM Retreat 2024");
  g_assert_false (accord_document_redo (document));
  g_assert_true (accord_document_get_modified (document));
}

static void
test_set_boxed_values (void)
{
  g_autoptr(AccordDocument) document = sample_document ();
  AccordInitiative *forum = accord_document_lookup_initiative (document, "i-forum");
  AccordMeeting *retreat = accord_document_lookup_meeting (document, "m-retreat");
  g_autoptr(AccordPeriod) april = accord_period_parse ("April 2024", NULL, NULL);
  g_autoptr(AccordPeriod) april_again = accord_period_parse ("April 2024", NULL, NULL);
  const char *topics[] = { "Connectivity", "Resilience", NULL };
  const char *same_topics[] = { "Connectivity", "Resilience", NULL };
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, ACCORD_TYPE_PERIOD);
  g_value_set_boxed (&value, april);
  accord_document_set_value (document, G_OBJECT (forum), "period", &value, NULL);
  g_assert_cmpstr (accord_document_get_undo_label (document), ==, "Change Timeline");
  g_assert_cmpstr (accord_period_get_text (accord_initiative_get_period (forum)), ==, "April 2024");

  /* An equal period in another box changes nothing. */
  g_value_set_boxed (&value, april_again);
  accord_document_set_value (document, G_OBJECT (forum), "period", &value, NULL);
  g_assert_true (accord_document_undo (document));
  g_assert_false (accord_document_can_undo (document));
  g_assert_false (accord_period_is_known (accord_initiative_get_period (forum)));
  g_value_unset (&value);

  g_value_init (&value, G_TYPE_STRV);
  g_value_set_boxed (&value, topics);
  accord_document_set_value (document, G_OBJECT (retreat), "topics", &value, "Edit Topics");
  g_value_set_boxed (&value, same_topics);
  accord_document_set_value (document, G_OBJECT (retreat), "topics", &value, NULL);
  g_assert_true (accord_document_undo (document));
  g_assert_false (accord_document_can_undo (document));
  g_assert_cmpuint (g_strv_length ((char **) accord_meeting_get_topics (retreat)), ==, 0);
  g_value_unset (&value);

  g_value_init (&value, ACCORD_TYPE_STATUS);
  g_value_set_enum (&value, ACCORD_STATUS_ONGOING);
  accord_document_set_value (document, G_OBJECT (forum), "status", &value, NULL);
  g_assert_cmpint (accord_initiative_get_status (forum), ==, ACCORD_STATUS_ONGOING);
  g_assert_cmpstr (accord_document_get_undo_label (document), ==, "Change Status");
}

static void
test_add_remove_records (void)
{
  g_autoptr(AccordDocument) document = sample_document ();
  g_autoptr(AccordMeeting) summit = meeting_new ("m-summit", "ASEAN Summit");
  g_autoptr(AccordInitiative) duplicate = initiative_new ("i-forum", "Another forum", "");
  AccordMeeting *retreat = accord_document_lookup_meeting (document, "m-retreat");
  AccordInitiative *forum = accord_document_lookup_initiative (document, "i-forum");
  AccordInitiative *vision = accord_document_lookup_initiative (document, "i-vision");
  GListModel *meetings = accord_document_get_meetings (document);
  GListModel *initiatives = accord_document_get_initiatives (document);

  accord_document_add_record (document, ACCORD_RECORD (summit));
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 3);
  g_assert_true (accord_document_lookup_meeting (document, "m-summit") == summit);
  g_assert_cmpstr (accord_document_get_undo_label (document), ==, "Add Meeting");

  /* A record added with an id that is taken gets a fresh one. */
  accord_document_add_record (document, ACCORD_RECORD (duplicate));
  g_assert_cmpstr (accord_record_get_id (ACCORD_RECORD (duplicate)), !=, "i-forum");
  g_assert_true (accord_document_lookup_initiative (document, "i-forum") == forum);

  /* Deleting a meeting is one step that also unlinks what it launched. */
  accord_document_remove_record (document, ACCORD_RECORD (retreat));
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 2);
  g_assert_null (accord_document_lookup_meeting (document, "m-retreat"));
  g_assert_cmpstr (accord_initiative_get_meeting_id (forum), ==, "");
  g_assert_cmpstr (accord_initiative_get_meeting_id (vision), ==, "");
  g_assert_cmpstr (accord_document_get_undo_label (document), ==, "Delete Meeting");

  g_assert_true (accord_document_undo (document));
  g_assert_true (accord_document_lookup_meeting (document, "m-retreat") == retreat);
  g_assert_true (g_list_model_get_item (meetings, 0) == (gpointer) retreat);
  g_object_unref (retreat);
  g_assert_cmpstr (accord_initiative_get_meeting_id (forum), ==, "m-retreat");
  g_assert_cmpstr (accord_initiative_get_meeting_id (vision), ==, "m-retreat");

  accord_document_remove_record (document, ACCORD_RECORD (forum));
  g_assert_cmpstr (accord_document_get_undo_label (document), ==, "Delete Initiative");
  g_assert_null (accord_document_lookup_initiative (document, "i-forum"));
  g_assert_true (accord_document_undo (document));
  g_assert_true (accord_document_lookup_initiative (document, "i-forum") == forum);
  g_assert_cmpuint (g_list_model_get_n_items (initiatives), ==, 4);

  /* Undo everything: back to the loaded state, not further. */
  while (accord_document_undo (document))
    ;
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (initiatives), ==, 3);
  g_assert_false (accord_document_get_modified (document));
  g_assert_null (accord_document_lookup_meeting (document, "m-summit"));

  /* Redo replays the steps still on record: the deletion of the forum among them. */
  while (accord_document_redo (document))
    ;
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (initiatives), ==, 3);
  g_assert_null (accord_document_lookup_initiative (document, "i-forum"));
  g_assert_nonnull (accord_document_lookup_initiative (document,
                                                       accord_record_get_id (ACCORD_RECORD (duplicate))));
}

static void
test_launched (void)
{
  g_autoptr(AccordDocument) document = sample_document ();
  AccordMeeting *retreat = accord_document_lookup_meeting (document, "m-retreat");
  g_autoptr(GPtrArray) launched = accord_document_list_launched (document, retreat);

  g_assert_cmpuint (launched->len, ==, 2);
  g_assert_cmpstr (accord_record_get_id (launched->pdata[0]), ==, "i-forum");
  g_assert_cmpstr (accord_record_get_id (launched->pdata[1]), ==, "i-vision");
}

static void
test_rename_id_keeps_lookup (void)
{
  g_autoptr(AccordDocument) document = sample_document ();
  AccordMeeting *retreat = accord_document_lookup_meeting (document, "m-retreat");

  accord_document_set_string (document, G_OBJECT (retreat), "id", "m-amm-retreat-2024");
  g_assert_null (accord_document_lookup_meeting (document, "m-retreat"));
  g_assert_true (accord_document_lookup_meeting (document, "m-amm-retreat-2024") == retreat);
  accord_document_undo (document);
  g_assert_true (accord_document_lookup_meeting (document, "m-retreat") == retreat);
  g_assert_null (accord_document_lookup_meeting (document, "m-amm-retreat-2024"));
}

static void
test_list_items (void)
{
  g_autoptr(AccordDocument) document = sample_document ();
  AccordMeeting *retreat = accord_document_lookup_meeting (document, "m-retreat");
  AccordInitiative *forum = accord_document_lookup_initiative (document, "i-forum");
  GListModel *participants = accord_meeting_get_participants (retreat);
  g_autoptr(AccordParticipant) ho = accord_participant_new ("Vũ Hồ", "Ambassador", "Việt Nam", "");
  g_autoptr(AccordParticipant) son = accord_participant_new ("Bùi Thanh Sơn",
                                                             "Minister of Foreign Affairs",
                                                             "Việt Nam", "");
  g_autoptr(AccordAttribute) attribute = accord_attribute_new ("ASEAN Priority", "Strengthen");
  g_autoptr(AccordSource) source = accord_source_new ("VNA", "Retreat", "", "2024-01-29");
  g_autoptr(AccordParticipant) first = NULL;

  accord_document_insert_item (document, participants, 0, G_OBJECT (ho), NULL);
  accord_document_insert_item (document, participants, 1, G_OBJECT (son), NULL);
  g_assert_cmpstr (accord_document_get_undo_label (document), ==, "Add Participant");
  g_assert_cmpuint (g_list_model_get_n_items (participants), ==, 2);

  accord_document_move_item (document, participants, 1, 0, NULL);
  g_assert_cmpstr (accord_document_get_undo_label (document), ==, "Reorder Participants");
  first = g_list_model_get_item (participants, 0);
  g_assert_true (first == son);
  g_clear_object (&first);

  /* One step for the move, however it is done. */
  g_assert_true (accord_document_undo (document));
  first = g_list_model_get_item (participants, 0);
  g_assert_true (first == ho);
  g_clear_object (&first);

  accord_document_set_string (document, G_OBJECT (ho), "role", "Head of delegation");
  g_assert_cmpstr (accord_document_get_undo_label (document), ==, "Edit Participant");
  g_assert_cmpstr (accord_participant_get_role (ho), ==, "Head of delegation");

  accord_document_remove_item (document, participants, 0, NULL);
  g_assert_cmpstr (accord_document_get_undo_label (document), ==, "Remove Participant");
  g_assert_cmpuint (g_list_model_get_n_items (participants), ==, 1);
  g_assert_true (accord_document_undo (document));
  g_assert_cmpuint (g_list_model_get_n_items (participants), ==, 2);

  accord_document_insert_item (document, accord_initiative_get_attributes (forum), 0,
                               G_OBJECT (attribute), NULL);
  g_assert_cmpstr (accord_document_get_undo_label (document), ==, "Add Attribute");
  g_assert_cmpstr (accord_initiative_lookup_attribute (forum, "ASEAN Priority"), ==, "Strengthen");
  accord_document_insert_item (document, accord_record_get_sources (ACCORD_RECORD (forum)), 0,
                               G_OBJECT (source), NULL);
  g_assert_cmpstr (accord_document_get_undo_label (document), ==, "Add Source");

  while (accord_document_undo (document))
    ;
  g_assert_cmpuint (g_list_model_get_n_items (participants), ==, 0);
  g_assert_null (accord_initiative_lookup_attribute (forum, "ASEAN Priority"));
  g_assert_cmpuint (g_list_model_get_n_items (accord_record_get_sources (ACCORD_RECORD (forum))), ==, 0);
  g_assert_cmpstr (accord_participant_get_role (ho), ==, "");
}

/* Every item of a record has an id of its own within the record, kept through undo. */
static void
test_item_ids (void)
{
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(AccordMeeting) meeting = accord_meeting_new ("m-1");
  g_autoptr(AccordParticipant) son = accord_participant_new ("Bùi Thanh Sơn", "", "", "");
  g_autoptr(AccordParticipant) copy = NULL;
  g_autoptr(AccordParticipant) ho = accord_participant_new ("Vũ Hồ", "", "", "");
  GListModel *participants = accord_meeting_get_participants (meeting);
  g_autofree char *son_id = NULL;

  /* Items of a record that joins the document get ids; an id already given is kept. */
  accord_item_set_id (ACCORD_ITEM (ho), "p-ho");
  g_list_store_append (G_LIST_STORE (participants), son);
  g_list_store_append (G_LIST_STORE (participants), ho);
  g_assert_cmpstr (accord_item_get_id (ACCORD_ITEM (son)), ==, "");
  accord_document_add_record (document, ACCORD_RECORD (meeting));
  g_assert_true (g_str_has_prefix (accord_item_get_id (ACCORD_ITEM (son)), "p-"));
  g_assert_cmpstr (accord_item_get_id (ACCORD_ITEM (ho)), ==, "p-ho");
  son_id = g_strdup (accord_item_get_id (ACCORD_ITEM (son)));

  /* A copy joining the same record is another item: it gets another id. */
  copy = accord_participant_copy (son);
  accord_item_set_id (ACCORD_ITEM (copy), son_id);
  accord_document_insert_item (document, participants, 2, G_OBJECT (copy), NULL);
  g_assert_cmpstr (accord_item_get_id (ACCORD_ITEM (copy)), !=, son_id);
  g_assert_cmpstr (accord_item_get_id (ACCORD_ITEM (copy)), !=, "");
  g_assert_cmpstr (accord_item_get_id (ACCORD_ITEM (son)), ==, son_id);

  /* Removing and putting back keeps the id. */
  accord_document_remove_item (document, participants, 0, NULL);
  g_assert_true (accord_document_undo (document));
  g_assert_cmpstr (accord_item_get_id (ACCORD_ITEM (son)), ==, son_id);
  accord_document_move_item (document, participants, 0, 2, NULL);
  g_assert_cmpstr (accord_item_get_id (ACCORD_ITEM (son)), ==, son_id);
}

static void
test_groups (void)
{
  g_autoptr(AccordDocument) document = sample_document ();
  AccordMeeting *retreat = accord_document_lookup_meeting (document, "m-retreat");
  guint changed = 0;

  g_signal_connect (document, "changed", G_CALLBACK (changed_cb), &changed);

  accord_document_begin_group (document, "Edit Meeting");
  accord_document_set_string (document, G_OBJECT (retreat), "title", "Retreat");
  accord_document_begin_group (document, "Inner");
  accord_document_set_string (document, G_OBJECT (retreat), "location", "Luang Prabang");
  accord_document_end_group (document);
  g_assert_false (accord_document_can_undo (document));
  accord_document_end_group (document);

  /* Changes show at once; the step and its signal come when the outer group closes. */
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpstr (accord_document_get_undo_label (document), ==, "Edit Meeting");
  g_assert_true (accord_document_undo (document));
  g_assert_cmpstr (accord_record_get_title (ACCORD_RECORD (retreat)), ==, "AMM Retreat");
  g_assert_cmpstr (accord_meeting_get_location (retreat), ==, "");
  g_assert_false (accord_document_can_undo (document));

  /* An empty group leaves nothing behind. */
  accord_document_begin_group (document, "Nothing");
  accord_document_set_string (document, G_OBJECT (retreat), "title", "AMM Retreat");
  accord_document_end_group (document);
  g_assert_false (accord_document_can_undo (document));
  g_assert_cmpstr (accord_document_get_redo_label (document), ==, "Edit Meeting");
}

static void
test_modified_tracking (void)
{
  g_autoptr(AccordDocument) document = sample_document ();
  AccordMeeting *retreat = accord_document_lookup_meeting (document, "m-retreat");

  accord_document_set_string (document, G_OBJECT (retreat), "title", "One");
  accord_document_set_string (document, G_OBJECT (retreat), "title", "Two");
  accord_document_mark_saved (document);
  g_assert_false (accord_document_get_modified (document));

  accord_document_undo (document);
  g_assert_true (accord_document_get_modified (document));
  accord_document_redo (document);
  g_assert_false (accord_document_get_modified (document));

  /* A new step after undoing past the saved state makes it unreachable. */
  accord_document_undo (document);
  accord_document_set_string (document, G_OBJECT (retreat), "title", "Three");
  g_assert_true (accord_document_get_modified (document));
  g_assert_false (accord_document_can_redo (document));
  accord_document_undo (document);
  g_assert_true (accord_document_get_modified (document));
}

static void
test_redo_cleared (void)
{
  g_autoptr(AccordDocument) document = sample_document ();
  AccordMeeting *retreat = accord_document_lookup_meeting (document, "m-retreat");

  accord_document_set_string (document, G_OBJECT (retreat), "title", "One");
  accord_document_undo (document);
  g_assert_true (accord_document_can_redo (document));
  accord_document_set_string (document, G_OBJECT (retreat), "location", "Vientiane");
  g_assert_false (accord_document_can_redo (document));
  g_assert_null (accord_document_get_redo_label (document));
}

static void
test_finalize (void)
{
  AccordDocument *document = sample_document ();
  AccordMeeting *retreat = g_object_ref (accord_document_lookup_meeting (document, "m-retreat"));
  AccordInitiative *forum = g_object_ref (accord_document_lookup_initiative (document, "i-forum"));

  /* Removed records live on in the undo stack and go with the document. */
  accord_document_remove_record (document, ACCORD_RECORD (retreat));
  accord_document_remove_record (document, ACCORD_RECORD (forum));

  g_assert_finalize_object (document);
  g_assert_finalize_object (retreat);
  g_assert_finalize_object (forum);
}

typedef struct
{
  guint        n;
  AccordRecord *record;
  char         property[32];
} RecordChanges;

static void
on_record_changed (AccordDocument *document,
                   AccordRecord   *record,
                   const char     *property,
                   RecordChanges  *changes)
{
  changes->n++;
  changes->record = record;
  g_strlcpy (changes->property, property, sizeof changes->property);
}

/* Lists follow records with record-changed: every set of a record's property, however made. */
static void
test_record_changed (void)
{
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(AccordMeeting) meeting = accord_meeting_new ("m-1");
  g_autoptr(AccordParticipant) participant = accord_participant_new ("Bùi Thanh Sơn", "", "", "");
  RecordChanges all = { 0 }, titles = { 0 };

  accord_document_add_record (document, ACCORD_RECORD (meeting));
  g_signal_connect (document, "record-changed", G_CALLBACK (on_record_changed), &all);
  g_signal_connect (document, "record-changed::title", G_CALLBACK (on_record_changed), &titles);

  accord_document_set_string (document, G_OBJECT (meeting), "title", "AMM Retreat");
  g_assert_cmpuint (all.n, ==, 1);
  g_assert_cmpuint (titles.n, ==, 1);
  g_assert_true (all.record == ACCORD_RECORD (meeting));
  g_assert_cmpstr (all.property, ==, "title");

  accord_document_set_string (document, G_OBJECT (meeting), "location", "Luang Prabang");
  g_assert_cmpuint (all.n, ==, 2);
  g_assert_cmpuint (titles.n, ==, 1);
  g_assert_cmpstr (all.property, ==, "location");

  /* Undo and redo set it too; a group says each. */
  accord_document_undo (document);
  g_assert_cmpuint (all.n, ==, 3);
  accord_document_redo (document);
  g_assert_cmpuint (all.n, ==, 4);
  accord_document_begin_group (document, "Edit");
  accord_document_set_string (document, G_OBJECT (meeting), "title", "Retreat");
  accord_document_set_string (document, G_OBJECT (meeting), "summary", "Talks");
  accord_document_end_group (document);
  g_assert_cmpuint (all.n, ==, 6);
  accord_document_undo (document);
  g_assert_cmpuint (all.n, ==, 8);
  g_assert_cmpuint (titles.n, ==, 3);

  /* A change in a record's list of items is told as a change of that list, from the first. */
  accord_document_insert_item (document, accord_meeting_get_participants (meeting), 0,
                               G_OBJECT (participant), NULL);
  g_assert_cmpuint (all.n, ==, 9);
  g_assert_true (all.record == ACCORD_RECORD (meeting));
  g_assert_cmpstr (all.property, ==, "participants");
  accord_document_set_string (document, G_OBJECT (participant), "title", "Minister");
  g_assert_cmpuint (all.n, ==, 10);
  g_assert_cmpstr (all.property, ==, "participants");
  accord_document_undo (document);
  g_assert_cmpuint (all.n, ==, 11);
  accord_document_remove_item (document, accord_meeting_get_participants (meeting), 0, NULL);
  g_assert_cmpuint (all.n, ==, 12);
  g_assert_cmpstr (all.property, ==, "participants");
  /* Put back, it is the record's again. */
  accord_document_undo (document);
  g_assert_cmpuint (all.n, ==, 13);
  accord_document_set_string (document, G_OBJECT (participant), "role", "Co-chair");
  g_assert_cmpuint (all.n, ==, 14);
  g_assert_true (all.record == ACCORD_RECORD (meeting));
  g_assert_cmpuint (titles.n, ==, 3);
}

typedef struct
{
  guint         n;
  AccordRecord *record;
  AccordItem   *item;
  char          property[32];
} ItemChanges;

static void
on_item_changed (AccordDocument *document,
                 AccordRecord   *record,
                 AccordItem     *item,
                 const char     *property,
                 ItemChanges    *changes)
{
  changes->n++;
  changes->record = record;
  changes->item = item;
  g_strlcpy (changes->property, property, sizeof changes->property);
}

/* Which item of which record, and which of its properties: whatever made the record's list,
 * a load or an insertion, and however it is changed. */
static void
test_item_changed (void)
{
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) initiatives = g_ptr_array_new_with_free_func (g_object_unref);
  AccordMeeting *meeting = accord_meeting_new ("m-1");
  AccordInitiative *initiative = accord_initiative_new ("i-1");
  g_autoptr(AccordParticipant) loaded = accord_participant_new ("Bùi Thanh Sơn", "", "", "");
  g_autoptr(AccordSource) source = accord_source_new ("VNA", "", "", "");
  g_autoptr(AccordAttribute) attribute = accord_attribute_new ("Priority", "");
  ItemChanges items = { 0 }, names = { 0 };
  RecordChanges records = { 0 };

  g_list_store_append (G_LIST_STORE (accord_meeting_get_participants (meeting)), loaded);
  g_ptr_array_add (meetings, meeting);
  g_ptr_array_add (initiatives, initiative);
  accord_document_load (document, meetings, initiatives);
  g_signal_connect (document, "item-changed", G_CALLBACK (on_item_changed), &items);
  g_signal_connect (document, "item-changed::name", G_CALLBACK (on_item_changed), &names);
  g_signal_connect (document, "record-changed", G_CALLBACK (on_record_changed), &records);

  accord_document_set_string (document, G_OBJECT (loaded), "name", "Vũ Hồ");
  g_assert_cmpuint (items.n, ==, 1);
  g_assert_cmpuint (names.n, ==, 1);
  g_assert_true (items.record == ACCORD_RECORD (meeting));
  g_assert_true (items.item == ACCORD_ITEM (loaded));
  g_assert_cmpstr (items.property, ==, "name");
  g_assert_cmpuint (records.n, ==, 1);
  g_assert_cmpstr (records.property, ==, "participants");

  accord_document_insert_item (document, accord_record_get_sources (ACCORD_RECORD (initiative)),
                               0, G_OBJECT (source), NULL);
  g_assert_cmpstr (records.property, ==, "sources");
  g_assert_true (records.record == ACCORD_RECORD (initiative));
  accord_document_set_string (document, G_OBJECT (source), "title", "Tin bài");
  g_assert_cmpuint (items.n, ==, 2);
  g_assert_cmpuint (names.n, ==, 1);
  g_assert_true (items.record == ACCORD_RECORD (initiative));
  g_assert_cmpstr (items.property, ==, "title");

  accord_document_insert_item (document, accord_initiative_get_attributes (initiative), 0,
                               G_OBJECT (attribute), NULL);
  g_assert_cmpstr (records.property, ==, "attributes");
  accord_document_set_string (document, G_OBJECT (attribute), "name", "ASEAN Priority");
  g_assert_cmpuint (names.n, ==, 2);
  g_assert_true (names.item == ACCORD_ITEM (attribute));

  /* An item that left its record is no longer its; a record that is gone, neither. */
  accord_document_remove_item (document, accord_initiative_get_attributes (initiative), 0, NULL);
  g_ptr_array_set_size (meetings, 0);
  g_ptr_array_set_size (initiatives, 0);
  accord_document_load (document, meetings, initiatives);
  records.n = items.n = 0;
  accord_document_set_string (document, G_OBJECT (attribute), "name", "Gone");
  accord_document_set_string (document, G_OBJECT (loaded), "name", "Gone");
  g_assert_cmpuint (items.n, ==, 0);
  g_assert_cmpuint (records.n, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/document/load-one-signal", test_load_one_signal);
  g_test_add_func ("/model/document/load-fixes-ids", test_load_fixes_ids);
  g_test_add_func ("/model/document/set-value-undo-redo", test_set_value_undo_redo);
  g_test_add_func ("/model/document/set-boxed-values", test_set_boxed_values);
  g_test_add_func ("/model/document/add-remove-records", test_add_remove_records);
  g_test_add_func ("/model/document/launched", test_launched);
  g_test_add_func ("/model/document/rename-id", test_rename_id_keeps_lookup);
  g_test_add_func ("/model/document/list-items", test_list_items);
  g_test_add_func ("/model/document/item-ids", test_item_ids);
  g_test_add_func ("/model/document/groups", test_groups);
  g_test_add_func ("/model/document/modified", test_modified_tracking);
  g_test_add_func ("/model/document/redo-cleared", test_redo_cleared);
  g_test_add_func ("/model/document/record-changed", test_record_changed);
  g_test_add_func ("/model/document/item-changed", test_item_changed);
  g_test_add_func ("/model/document/finalize", test_finalize);

  return g_test_run ();
}
