/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <gio/gio.h>

#include "accord-attribute.h"
#include "accord-document-choices.h"
#include "accord-document.h"
#include "accord-fields.h"
#include "accord-json.h"
#include "accord-initiative.h"
#include "accord-meeting.h"
#include "accord-model-private.h"
#include "accord-participant.h"
#include "accord-search-index.h"
#include "accord-search-private.h"
#include "accord-source.h"

static void
assert_folds_to (const char *text,
                 const char *expected)
{
  g_autofree char *folded = accord_search_fold (text);

  g_assert_cmpstr (folded, ==, expected);
}

/* TRUE when @folded_query matches @record's haystack, made afresh. */
static gboolean
matches_folded (gpointer    record,
                const char *folded_query)
{
  g_autofree char *haystack = accord_search_build_haystack (ACCORD_RECORD (record));
  g_autoptr(AccordSearchQuery) query = accord_search_query_new (folded_query);

  return accord_search_query_matches_haystack (query,
                                               accord_search_summarize (haystack,
                                                                        strlen (haystack)),
                                               haystack);
}

/* TRUE when @query (folded here) matches @record. */
static gboolean
matches (gpointer    record,
         const char *query)
{
  g_autofree char *folded = accord_search_fold (query);

  return matches_folded (record, folded);
}

/* The same through @index, which keeps what it made. */
static gboolean
index_matches (AccordSearchIndex *index,
               gpointer           record,
               const char        *query)
{
  g_autofree char *folded = accord_search_fold (query);
  g_autoptr(AccordSearchQuery) search = accord_search_query_new (folded);

  return accord_search_index_matches (index, search, ACCORD_RECORD (record));
}

/* A document of @meeting and @initiative (either may be NULL), taking them. */
static AccordDocument *
document_of (AccordMeeting    *meeting,
             AccordInitiative *initiative)
{
  AccordDocument *document = accord_document_new ();
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) initiatives = g_ptr_array_new_with_free_func (g_object_unref);

  if (meeting != NULL)
    g_ptr_array_add (meetings, meeting);
  if (initiative != NULL)
    g_ptr_array_add (initiatives, initiative);
  accord_document_load (document, meetings, initiatives);

  return document;
}

static void
test_fold (void)
{
  static const struct {
    const char *text;
    const char *folded;
  } cases[] = {
    { "Bùi Thanh Sơn", "bui thanh son" },
    { "Hà Nội", "ha noi" },
    { "Đà Nẵng", "da nang" },
    { "ẤN ĐỘ", "an do" },
    { "Việt Nam", "viet nam" },
    { "Hội nghị Bộ trưởng Ngoại giao", "hoi nghi bo truong ngoai giao" },
    /* Decomposed as some keyboards and PDF copies give it. */
    { "Ha\xcc\x80 No\xcc\xa3\xcc\x82i", "ha noi" },
    { "ÅNGSTRÖM", "angstrom" },
    { "Straße", "strasse" },
    { "Ørsted, Łódź", "orsted, lodz" },
    { "İstanbul", "istanbul" },
    /* Marks of other scripts stay, put back together. */
    { "ЙОД", "йод" },
    { "Ελλάδα", "ελλάδα" },
    /* What a keyboard types for typographic punctuation. */
    { "Laos’ “Chair”", "laos' \"chair\"" },
    { "2024 – 2025", "2024 - 2025" },
    /* White space of every kind, collapsed and trimmed. */
    { "  ASEAN \t Future\n\n Forum  ", "asean future forum" },
    { "Lao\xc2\xa0PDR\xe2\x80\x83Vientiane", "lao pdr vientiane" },
    { "one\x1ftwo\x7fthree", "one two three" },
    { " \t\n ", "" },
    { "", "" },
    /* Not UTF-8: folded all the same. */
    { "a\xff" "b", "a\xef\xbf\xbd" "b" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_folds_to (cases[i].text, cases[i].folded);

  assert_folds_to (NULL, "");
}

static void
test_fold_lao (void)
{
  /* Savannakhet: the vowel mark ັ must stay. */
  const char *savannakhet = "ສະຫວັນນະເຂດ";
  g_autofree char *folded = accord_search_fold (savannakhet);
  g_autofree char *tone_then_vowel = accord_search_fold ("ກ\xe0\xbb\x88\xe0\xba\xb8");
  g_autofree char *vowel_then_tone = accord_search_fold ("ກ\xe0\xba\xb8\xe0\xbb\x88");
  g_autoptr(AccordMeeting) meeting = accord_meeting_new ("m-1");

  g_assert_cmpstr (folded, ==, savannakhet);
  /* Canonically equivalent orders of a tone mark (ccc 122) and a vowel below (ccc 118). */
  g_assert_cmpstr (tone_then_vowel, ==, vowel_then_tone);
  g_assert_cmpstr (vowel_then_tone, ==, "ກ\xe0\xba\xb8\xe0\xbb\x88");

  accord_record_set_title (ACCORD_RECORD (meeting), "ແຂວງສະຫວັນນະເຂດ, ສປປ ລາວ");
  g_assert_true (matches (meeting, "ວັນ"));
  g_assert_true (matches (meeting, "ສະຫວັນ"));
  g_assert_true (matches (meeting, "ສປປ ລາວ"));
  /* Without its vowel mark it is another word. */
  g_assert_false (matches (meeting, "ສະຫວນ"));
}

static void
add_participant (AccordMeeting *meeting,
                 const char    *name,
                 const char    *title,
                 const char    *affiliation,
                 const char    *role)
{
  g_autoptr(AccordParticipant) participant = accord_participant_new (name, title, affiliation,
                                                                     role);

  g_list_store_append (G_LIST_STORE (accord_meeting_get_participants (meeting)), participant);
}

static void
add_source (AccordRecord *record,
            const char   *publisher,
            const char   *title)
{
  g_autoptr(AccordSource) source = accord_source_new (publisher, title, "https://example.org/",
                                                      "2024-01-29");

  g_list_store_append (G_LIST_STORE (accord_record_get_sources (record)), source);
}

static void
add_attribute (AccordInitiative *initiative,
               const char       *name,
               const char       *value)
{
  g_autoptr(AccordAttribute) attribute = accord_attribute_new (name, value);

  g_list_store_append (G_LIST_STORE (accord_initiative_get_attributes (initiative)), attribute);
}

static void
assert_haystack_has (AccordRecord *record,
                     const char   *text)
{
  g_autofree char *folded = accord_search_fold (text);
  g_autofree char *haystack = accord_search_build_haystack (record);

  if (strstr (haystack, folded) == NULL)
    g_error ("“%s” is not in the haystack:\n%s", folded, haystack);
  g_assert_true (matches_folded (record, folded));
}

static void
test_haystack_meeting (void)
{
  g_autoptr(AccordMeeting) meeting = accord_meeting_new ("m-id-not-searched");
  g_autoptr(AccordPeriod) when = accord_period_parse ("January 29, 2024", NULL, NULL);
  const char *topics[] = { "Chủ đề một", "East Sea", NULL };
  const char *outcomes[] = { "Tuyên bố chung", "Joint Statement", NULL };
  const char *fields[] = {
    "Hội nghị Hẹp", "Ghi chú riêng", "Luang Prabang", "January 29", "Tóm tắt cuộc họp",
    "Chủ đề một", "East Sea", "Tuyên bố chung", "Joint Statement",
    "Bùi Thanh Sơn", "Bộ trưởng Ngoại giao", "Việt Nam", "Đồng chủ trì",
    "Thông tấn xã Việt Nam", "Tin bài hội nghị",
  };
  AccordRecord *record = ACCORD_RECORD (meeting);

  accord_record_set_title (record, "Hội nghị Hẹp");
  accord_record_set_notes (record, "Ghi chú riêng");
  accord_meeting_set_location (meeting, "Luang Prabang");
  accord_meeting_set_when (meeting, when);
  accord_meeting_set_summary (meeting, "Tóm tắt cuộc họp");
  accord_meeting_set_topics (meeting, topics);
  accord_meeting_set_outcomes (meeting, outcomes);
  add_participant (meeting, "Bùi Thanh Sơn", "Bộ trưởng Ngoại giao", "Việt Nam", "Đồng chủ trì");
  add_source (record, "Thông tấn xã Việt Nam", "Tin bài hội nghị");

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    assert_haystack_has (record, fields[i]);

  g_assert_false (matches (meeting, "m-id-not-searched"));
  g_assert_false (matches (meeting, "example.org"));
}

static void
test_haystack_initiative (void)
{
  g_autoptr(AccordInitiative) initiative = accord_initiative_new ("i-1");
  g_autoptr(AccordPeriod) period = accord_period_parse ("Q3 2024", NULL, NULL);
  const char *partners[] = { "Việt Nam", "Lao PDR", NULL };
  const char *fields[] = {
    "Diễn đàn Tương lai ASEAN", "Ghi chú", "Mục tiêu", "Kết quả mong đợi", "Q3 2024",
    "Bộ Ngoại giao", "Việt Nam", "Lao PDR", "Đối ngoại", "Ưu tiên ASEAN", "Kết nối",
    "Báo Nhân Dân", "Bài viết",
  };
  AccordRecord *record = ACCORD_RECORD (initiative);

  accord_record_set_title (record, "Diễn đàn Tương lai ASEAN");
  accord_record_set_notes (record, "Ghi chú");
  accord_initiative_set_objective (initiative, "Mục tiêu");
  accord_initiative_set_expected_outcome (initiative, "Kết quả mong đợi");
  accord_initiative_set_period (initiative, period);
  accord_initiative_set_lead (initiative, "Bộ Ngoại giao");
  accord_initiative_set_partners (initiative, partners);
  accord_initiative_set_area (initiative, "Đối ngoại");
  accord_initiative_set_meeting_id (initiative, "m-not-searched");
  add_attribute (initiative, "Ưu tiên ASEAN", "Kết nối");
  add_source (record, "Báo Nhân Dân", "Bài viết");

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    assert_haystack_has (record, fields[i]);

  g_assert_false (matches (initiative, "m-not-searched"));
}

static void
test_haystack_fields_apart (void)
{
  g_autoptr(AccordMeeting) meeting = accord_meeting_new ("m-1");

  accord_record_set_title (ACCORD_RECORD (meeting), "Vien");
  accord_meeting_set_location (meeting, "Tiane");

  g_assert_true (matches (meeting, "vien tiane"));
  /* A word does not run on from one field into the next. */
  g_assert_false (matches (meeting, "vientiane"));
}

static void
test_matches_words (void)
{
  g_autoptr(AccordMeeting) meeting = accord_meeting_new ("m-1");
  g_autofree char *long_word = g_strnfill (300, 'x');
  g_autofree char *long_title = g_strconcat ("ASEAN ", long_word, NULL);
  g_autofree char *long_query = g_strconcat ("asean ", long_word, NULL);
  g_autofree char *longer_query = g_strconcat ("asean x", long_word, NULL);

  accord_record_set_title (ACCORD_RECORD (meeting), "ASEAN Foreign Ministers' Retreat");
  accord_meeting_set_location (meeting, "Luang Prabang, Laos");

  g_assert_true (matches (meeting, ""));
  g_assert_true (matches_folded (meeting, ""));
  g_assert_true (matches (meeting, "retreat"));
  g_assert_true (matches (meeting, "treat"));
  g_assert_true (matches (meeting, "Retreat Luang"));
  g_assert_true (matches (meeting, "luang retreat"));
  g_assert_true (matches (meeting, "ministers' retreat prabang laos"));
  g_assert_false (matches (meeting, "retreat vientiane"));
  g_assert_false (matches (meeting, "summit"));
  /* Every word must be there, not the words together. */
  g_assert_true (matches (meeting, "prabang asean"));
  g_assert_false (matches (meeting, "prabang asean summit"));
  /* A query that was not folded, with runs of spaces. */
  g_assert_true (matches_folded (meeting, "  retreat   luang "));

  /* Words longer than the matcher's buffer. */
  accord_record_set_title (ACCORD_RECORD (meeting), long_title);
  g_assert_true (matches_folded (meeting, long_query));
  g_assert_false (matches_folded (meeting, longer_query));
}

/* Single characters, which the record's summary answers alone when they are letters or digits
 * and narrows down otherwise. */
static void
test_matches_characters (void)
{
  g_autoptr(AccordMeeting) meeting = accord_meeting_new ("m-1");

  accord_record_set_title (ACCORD_RECORD (meeting), "Q3 2024-25");

  g_assert_true (matches (meeting, "q"));
  g_assert_true (matches (meeting, "Q"));
  g_assert_true (matches (meeting, "3"));
  g_assert_false (matches (meeting, "a"));
  g_assert_false (matches (meeting, "1"));
  g_assert_true (matches (meeting, "-"));
  /* "~" shares a bit of the summary with "-". */
  g_assert_false (matches (meeting, "~"));
  g_assert_false (matches (meeting, "ສ"));
  g_assert_true (matches (meeting, "q 3 -"));
  g_assert_false (matches (meeting, "q 3 ~"));
  g_assert_false (matches (meeting, "q a"));

  /* The summary follows the text. */
  accord_record_set_title (ACCORD_RECORD (meeting), "ສປປ ລາວ");
  g_assert_false (matches (meeting, "q"));
  g_assert_true (matches (meeting, "ສ"));
}

static void
test_invalidate_record (void)
{
  AccordMeeting *meeting = accord_meeting_new ("m-1");
  g_autoptr(AccordDocument) document = document_of (meeting, NULL);
  g_autoptr(AccordSearchIndex) index = accord_search_index_new (document);
  g_autoptr(AccordPeriod) when = accord_period_parse ("November 22, 2023", NULL, NULL);
  const char *topics[] = { "Connectivity", NULL };
  g_auto(GValue) value = G_VALUE_INIT;
  GObject *object = G_OBJECT (meeting);

  accord_document_set_string (document, object, "title", "Tham vấn Bộ trưởng");
  g_assert_true (index_matches (index, meeting, "tham van"));
  g_assert_cmpuint (accord_search_index_get_n_known (index), ==, 1);

  accord_document_set_string (document, object, "title", "Hội nghị Hẹp");
  g_assert_false (index_matches (index, meeting, "tham van"));
  g_assert_true (index_matches (index, meeting, "hoi nghi hep"));

  g_value_init (&value, G_TYPE_STRV);
  g_value_set_boxed (&value, topics);
  accord_document_set_value (document, object, "topics", &value, NULL);
  g_assert_true (index_matches (index, meeting, "connectivity"));

  g_value_unset (&value);
  g_value_init (&value, ACCORD_TYPE_PERIOD);
  g_value_set_boxed (&value, when);
  accord_document_set_value (document, object, "when", &value, NULL);
  g_assert_true (index_matches (index, meeting, "november"));

  accord_document_set_string (document, object, "notes", "Ghi chú");
  g_assert_true (index_matches (index, meeting, "ghi chu"));

  /* Undo and redo are changes too. */
  accord_document_undo (document);
  g_assert_false (index_matches (index, meeting, "ghi chu"));
  accord_document_redo (document);
  g_assert_true (index_matches (index, meeting, "ghi chu"));
}

static void
test_invalidate_items (void)
{
  AccordMeeting *meeting = accord_meeting_new ("m-1");
  g_autoptr(AccordDocument) document = document_of (meeting, NULL);
  g_autoptr(AccordSearchIndex) index = accord_search_index_new (document);
  GListModel *participants = accord_meeting_get_participants (meeting);
  g_autoptr(AccordParticipant) participant =
    accord_participant_new ("Bùi Thanh Sơn", "Minister of Foreign Affairs", "Việt Nam", "");
  g_autoptr(AccordSource) source = accord_source_new ("Vietnam News Agency", "Tenth consultation",
                                                      "", "");

  accord_document_set_string (document, G_OBJECT (meeting), "title", "Retreat");
  g_assert_false (index_matches (index, meeting, "bui thanh son"));

  accord_document_insert_item (document, participants, 0, G_OBJECT (participant), NULL);
  g_assert_true (index_matches (index, meeting, "bui thanh son"));

  accord_document_set_string (document, G_OBJECT (participant), "name", "Vũ Hồ");
  g_assert_false (index_matches (index, meeting, "bui thanh son"));
  g_assert_true (index_matches (index, meeting, "vu ho"));

  accord_document_set_string (document, G_OBJECT (participant), "role", "Trưởng đoàn");
  g_assert_true (index_matches (index, meeting, "truong doan"));

  accord_document_remove_item (document, participants, 0, NULL);
  g_assert_false (index_matches (index, meeting, "vu ho"));
  accord_document_undo (document);
  g_assert_true (index_matches (index, meeting, "vu ho"));

  /* The sources were never made when the haystack was built. */
  g_assert_null (accord_record_peek_sources (ACCORD_RECORD (meeting)));
  accord_document_insert_item (document, accord_record_get_sources (ACCORD_RECORD (meeting)), 0,
                               G_OBJECT (source), NULL);
  g_assert_true (index_matches (index, meeting, "vietnam news agency"));

  accord_document_set_string (document, G_OBJECT (source), "title", "Tham vấn lần thứ mười");
  g_assert_true (index_matches (index, meeting, "tham van lan thu muoi"));
  g_assert_false (index_matches (index, meeting, "tenth"));
}

static void
test_invalidate_attributes (void)
{
  AccordInitiative *initiative = accord_initiative_new ("i-1");
  g_autoptr(AccordDocument) document = document_of (NULL, initiative);
  g_autoptr(AccordSearchIndex) index = accord_search_index_new (document);
  g_autoptr(AccordAttribute) attribute = accord_attribute_new ("ASEAN Priority",
                                                               "Enhance regional cyber defense");
  const char *partners[] = { "Việt Nam", NULL };
  g_auto(GValue) value = G_VALUE_INIT;

  accord_document_set_string (document, G_OBJECT (initiative), "title", "Cybersecurity");
  g_assert_false (index_matches (index, initiative, "priority"));

  accord_document_insert_item (document, accord_initiative_get_attributes (initiative), 0,
                               G_OBJECT (attribute), NULL);
  g_assert_true (index_matches (index, initiative, "priority defense"));

  accord_document_set_string (document, G_OBJECT (attribute), "value", "Share intelligence swiftly");
  g_assert_false (index_matches (index, initiative, "defense"));
  g_assert_true (index_matches (index, initiative, "swiftly"));

  g_value_init (&value, G_TYPE_STRV);
  g_value_set_boxed (&value, partners);
  accord_document_set_value (document, G_OBJECT (initiative), "partners", &value, NULL);
  g_assert_true (index_matches (index, initiative, "viet nam"));
  accord_document_set_string (document, G_OBJECT (initiative), "lead", "Lao PDR");
  g_assert_true (index_matches (index, initiative, "lao pdr"));
}

/* Records that leave the document leave the index, which lets them go; a new load forgets
 * everything. */
static void
test_records_leave (void)
{
  AccordMeeting *meeting = accord_meeting_new ("m-1");
  AccordInitiative *initiative = accord_initiative_new ("i-1");
  AccordDocument *document = document_of (meeting, initiative);
  AccordSearchIndex *index = accord_search_index_new (document);
  g_autoptr(GPtrArray) none = g_ptr_array_new ();

  g_object_add_weak_pointer (G_OBJECT (meeting), (gpointer *) &meeting);
  g_object_add_weak_pointer (G_OBJECT (initiative), (gpointer *) &initiative);
  accord_document_set_string (document, G_OBJECT (meeting), "title", "Retreat");
  accord_document_set_string (document, G_OBJECT (initiative), "title", "Plan");
  g_assert_true (index_matches (index, meeting, "retreat"));
  g_assert_true (index_matches (index, initiative, "plan"));
  g_assert_cmpuint (accord_search_index_get_n_known (index), ==, 2);

  accord_document_remove_record (document, ACCORD_RECORD (initiative));
  g_assert_cmpuint (accord_search_index_get_n_known (index), ==, 1);
  /* Put back, and searched again, under its new title. */
  accord_document_undo (document);
  g_assert_true (index_matches (index, initiative, "plan"));
  g_assert_cmpuint (accord_search_index_get_n_known (index), ==, 2);

  accord_document_load (document, none, none);
  g_assert_cmpuint (accord_search_index_get_n_known (index), ==, 0);
  g_assert_null (meeting);
  g_assert_null (initiative);

  g_assert_finalize_object (index);
  g_assert_finalize_object (document);
}

static void
test_lists_not_made (void)
{
  AccordMeeting *meeting = accord_meeting_new ("m-1");
  AccordInitiative *initiative = accord_initiative_new ("i-1");
  g_autoptr(AccordDocument) document = document_of (meeting, initiative);
  g_autoptr(AccordSearchIndex) index = accord_search_index_new (document);
  g_autoptr(AccordAttribute) attribute = accord_attribute_new ("Lao PDR Focus", "Naval training");

  accord_document_set_string (document, G_OBJECT (meeting), "title", "Retreat");
  accord_document_set_string (document, G_OBJECT (initiative), "title", "Plan");
  g_assert_true (index_matches (index, meeting, "retreat"));
  g_assert_true (index_matches (index, initiative, "plan"));

  /* Searching 100,000 records makes no empty lists and connects nothing to the records. */
  g_assert_false (g_signal_has_handler_pending (meeting, g_signal_lookup ("notify", G_TYPE_OBJECT),
                                                0, FALSE));
  g_assert_null (accord_record_peek_sources (ACCORD_RECORD (meeting)));
  g_assert_null (accord_meeting_peek_participants (meeting));
  g_assert_null (accord_record_peek_sources (ACCORD_RECORD (initiative)));
  g_assert_null (accord_initiative_peek_attributes (initiative));

  /* A list made and filled after the build. */
  accord_document_insert_item (document, accord_initiative_get_attributes (initiative), 0,
                               G_OBJECT (attribute), NULL);
  g_assert_true (index_matches (index, initiative, "naval"));
}

static void
test_affiliation (void)
{
  g_autoptr(AccordMeeting) meeting = accord_meeting_new ("m-1");
  g_autoptr(AccordInitiative) initiative = accord_initiative_new ("i-1");
  const char *partners[] = { "Việt Nam", "ASEAN", NULL };
  AccordRecord *m = ACCORD_RECORD (meeting);
  AccordRecord *i = ACCORD_RECORD (initiative);
  g_autoptr(AccordDocument) document = NULL;
  g_autoptr(AccordSearchIndex) index = NULL;

  accord_record_set_title (m, "Lao PDR");
  add_participant (meeting, "Kao Kim Hourn", "Secretary-General", "ASEAN Secretariat", "");
  add_participant (meeting, "Bùi Thanh Sơn", "", "Việt Nam", "");
  accord_initiative_set_lead (initiative, "Lao PDR");
  accord_initiative_set_partners (initiative, partners);
  document = document_of (g_object_ref (meeting), g_object_ref (initiative));
  index = accord_search_index_new (document);

  g_assert_true (accord_search_index_matches_affiliation (index, m, "viet nam"));
  g_assert_true (accord_search_index_matches_affiliation (index, m, "asean secretariat"));
  /* Whole names only, and only from the fields that name countries and organisations. */
  g_assert_false (accord_search_index_matches_affiliation (index, m, "asean"));
  g_assert_false (accord_search_index_matches_affiliation (index, m, "secretariat"));
  g_assert_false (accord_search_index_matches_affiliation (index, m, "lao pdr"));
  g_assert_false (accord_search_index_matches_affiliation (index, m, ""));

  g_assert_true (accord_search_index_matches_affiliation (index, i, "lao pdr"));
  g_assert_true (accord_search_index_matches_affiliation (index, i, "viet nam"));
  g_assert_true (accord_search_index_matches_affiliation (index, i, "asean"));
  g_assert_false (accord_search_index_matches_affiliation (index, i, "asean secretariat"));

  accord_document_set_string (document, G_OBJECT (initiative), "lead", "");
  g_assert_false (accord_search_index_matches_affiliation (index, i, "lao pdr"));
}

/* The object of @document at the place of @object in @other: the record of the same id, or
 * the item at the same place of the same list of that record. */
static GObject *
same_object (AccordDocument *other,
             GObject        *object,
             AccordRecord   *record,
             const char     *list_id,
             const char     *record_id)
{
  AccordRecord *found = accord_document_lookup_record (other, record_id);
  const AccordField *list_field;

  g_assert_nonnull (found);
  if (object == G_OBJECT (record))
    return G_OBJECT (found);

  list_field = accord_field_lookup (G_OBJECT (found), list_id);
  return g_list_model_get_item (accord_field_get_items (list_field, found), 0);
}

/* Sets @field of @object (in @record, through @list_id when an item) to a value of its own,
 * through the document, and follows it: the undo step's name, the search, the JSON text and a
 * document loaded from it, and undo. */
static void
walk_field (AccordDocument    *document,
            AccordRecord      *record,
            const char        *list_id,
            GObject           *object,
            const AccordField *field,
            guint              n)
{
  /* A date where the description asks for one. */
  g_autofree char *text = (field->flags & ACCORD_FIELD_DATE)
                            ? g_strdup_printf ("2031-03-%02u", 1 + n % 28)
                            : g_strdup_printf ("Zqx%u Field Value", n);
  g_autofree char *folded = accord_search_fold (text);
  const char *strv[] = { text, "Zqy", NULL };
  g_autoptr(AccordPeriod) period = accord_period_parse ("March 2031", NULL, NULL);
  g_auto(GValue) value = G_VALUE_INIT;
  g_auto(GValue) before = G_VALUE_INIT;
  g_auto(GValue) after = G_VALUE_INIT;
  g_autoptr(AccordDocument) reloaded = accord_document_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *haystack = NULL;
  g_autofree char *record_id = NULL;
  g_autoptr(GObject) copy = NULL;
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), field->id);
  gboolean searched = (field->flags & (ACCORD_FIELD_SEARCHED | ACCORD_FIELD_AFFILIATION)) != 0;

  g_assert_nonnull (pspec);
  g_value_init (&before, pspec->value_type);
  g_object_get_property (object, field->id, &before);
  g_value_init (&value, pspec->value_type);
  switch (field->kind)
    {
    case ACCORD_FIELD_STRING:
      g_value_set_string (&value, text);
      break;

    case ACCORD_FIELD_STRV:
      g_value_set_boxed (&value, strv);
      break;

    case ACCORD_FIELD_ENUM:
      {
        g_autoptr(GEnumClass) klass = g_type_class_ref (field->value_type ());

        g_value_set_enum (&value, klass->values[klass->n_values - 1].value);
        g_assert_cmpint (klass->values[klass->n_values - 1].value, !=, field->enum_default);
      }
      break;

    case ACCORD_FIELD_PERIOD:
      g_value_set_boxed (&value, period);
      break;

    default:
      g_assert_not_reached ();
    }

  accord_document_set_value (document, object, field->id, &value, NULL);
  g_assert_cmpstr (accord_document_get_undo_label (document), ==,
                   accord_field_get_undo_label (field, object));
  g_assert_cmpstr (accord_document_get_undo_label (document), !=, "Edit");

  /* Search reads what the description says it reads. */
  haystack = accord_search_build_haystack (record);
  if (field->kind == ACCORD_FIELD_STRING || field->kind == ACCORD_FIELD_STRV)
    g_assert_true ((strstr (haystack, folded) != NULL) == searched);
  else if (field->kind == ACCORD_FIELD_PERIOD)
    g_assert_true ((strstr (haystack, "march 2031") != NULL) == searched);

  /* Written under its member, and read back. */
  saved = accord_json_save_data (document, NULL);
  if (field->kind == ACCORD_FIELD_STRING)
    {
      g_autofree char *written = g_strdup_printf ("\"%s\" : \"%s\"", field->member, text);

      g_assert_nonnull (strstr (saved, written));
    }
  g_assert_true (accord_json_load_data (reloaded, saved, -1, &error));
  g_assert_no_error (error);
  record_id = g_strdup (accord_record_get_id (record));
  copy = same_object (reloaded, object, record, list_id, record_id);
  if (copy == G_OBJECT (accord_document_lookup_record (reloaded, record_id)))
    g_object_ref (copy);
  g_value_init (&after, pspec->value_type);
  g_object_get_property (copy, field->id, &after);
  g_assert_true (g_param_values_cmp (pspec, &after, &value) == 0 ||
                 (field->kind == ACCORD_FIELD_STRV &&
                  g_strv_equal (g_value_get_boxed (&after), strv)) ||
                 (field->kind == ACCORD_FIELD_PERIOD &&
                  accord_period_equal (g_value_get_boxed (&after), period)));

  /* And undone. */
  g_assert_true (accord_document_undo (document));
  g_value_unset (&after);
  g_value_init (&after, pspec->value_type);
  g_object_get_property (object, field->id, &after);
  g_assert_true (g_param_values_cmp (pspec, &after, &before) == 0 ||
                 field->kind == ACCORD_FIELD_STRV || field->kind == ACCORD_FIELD_PERIOD);
}

static void
walk_fields (AccordDocument *document,
             AccordRecord   *record,
             const char     *list_id,
             GObject        *object,
             guint          *n)
{
  guint n_fields;
  const AccordField *fields = accord_fields_for_type (G_OBJECT_TYPE (object), &n_fields);

  g_assert_nonnull (fields);
  for (guint i = 0; i < n_fields; i++)
    {
      if (fields[i].kind == ACCORD_FIELD_ITEMS)
        {
          g_autoptr(GObject) item = g_list_model_get_item (accord_field_get_items (&fields[i],
                                                                                    object), 0);

          walk_fields (document, record, fields[i].id, item, n);
          continue;
        }
      /* The record's id is walked last: the others find the record by it. */
      if (object == G_OBJECT (record) && g_str_equal (fields[i].id, "id"))
        continue;
      walk_field (document, record, list_id, object, &fields[i], (*n)++);
    }
}

/* Every field that a description names goes through JSON, search and undo as it says. */
static void
test_every_field (void)
{
  AccordMeeting *meeting = accord_meeting_new ("m-1");
  AccordInitiative *initiative = accord_initiative_new ("i-1");
  g_autoptr(AccordDocument) document = NULL;
  guint n = 0;

  add_participant (meeting, "A", "", "", "");
  add_source (ACCORD_RECORD (meeting), "P", "T");
  add_source (ACCORD_RECORD (initiative), "P", "T");
  add_attribute (initiative, "N", "V");
  document = document_of (meeting, initiative);

  walk_fields (document, ACCORD_RECORD (meeting), NULL, G_OBJECT (meeting), &n);
  walk_fields (document, ACCORD_RECORD (initiative), NULL, G_OBJECT (initiative), &n);
  walk_field (document, ACCORD_RECORD (meeting), NULL, G_OBJECT (meeting),
              accord_field_lookup (G_OBJECT (meeting), "id"), n++);
  g_assert_cmpuint (n, >=, 30);
}

static void
test_lists (void)
{
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) initiatives = g_ptr_array_new_with_free_func (g_object_unref);
  AccordMeeting *meeting = accord_meeting_new ("m-1");
  AccordMeeting *bare = accord_meeting_new ("m-2");
  AccordInitiative *first = accord_initiative_new ("i-1");
  AccordInitiative *second = accord_initiative_new ("i-2");
  g_autoptr(AccordPeriod) when = accord_period_parse ("November 22, 2023", NULL, NULL);
  g_autoptr(AccordPeriod) years = accord_period_parse ("2021-25", NULL, NULL);
  g_autoptr(AccordPeriod) unknown = accord_period_parse ("in the near future", NULL, NULL);
  const char *partners[] = { "Lao PDR", "ASEAN", "Viet Nam", NULL };
  const char *expected_affiliations[] = { "ASEAN", "Lao PDR", "Việt Nam", NULL };
  const guint expected_years[] = { 2021, 2022, 2023, 2024, 2025 };
  g_auto(GStrv) affiliations = NULL;
  g_autoptr(GArray) listed_years = NULL;

  accord_meeting_set_when (meeting, when);
  add_participant (meeting, "Bùi Thanh Sơn", "", "Việt Nam", "");
  add_participant (meeting, "", "Minister", "Lao PDR", "");
  add_participant (meeting, "", "Ambassador", "", "");
  accord_initiative_set_period (first, years);
  accord_initiative_set_lead (first, "lao pdr");
  accord_initiative_set_partners (first, partners);
  accord_initiative_set_period (second, unknown);

  g_ptr_array_add (meetings, meeting);
  g_ptr_array_add (meetings, bare);
  g_ptr_array_add (initiatives, first);
  g_ptr_array_add (initiatives, second);
  accord_document_load (document, meetings, initiatives);

  /* Spellings that fold alike are one, in the spelling met first. */
  affiliations = accord_document_list_affiliations (document);
  g_assert_cmpstrv (affiliations, expected_affiliations);
  g_assert_null (accord_meeting_peek_participants (bare));

  listed_years = accord_document_list_years (document);
  g_assert_cmpmem (listed_years->data, listed_years->len * sizeof (guint),
                   expected_years, sizeof expected_years);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search/fold", test_fold);
  g_test_add_func ("/search/fold/lao", test_fold_lao);
  g_test_add_func ("/search/haystack/meeting", test_haystack_meeting);
  g_test_add_func ("/search/haystack/initiative", test_haystack_initiative);
  g_test_add_func ("/search/haystack/fields-apart", test_haystack_fields_apart);
  g_test_add_func ("/search/haystack/lists-not-made", test_lists_not_made);
  g_test_add_func ("/search/matches/words", test_matches_words);
  g_test_add_func ("/search/matches/characters", test_matches_characters);
  g_test_add_func ("/search/invalidate/record", test_invalidate_record);
  g_test_add_func ("/search/invalidate/items", test_invalidate_items);
  g_test_add_func ("/search/invalidate/attributes", test_invalidate_attributes);
  g_test_add_func ("/search/index/records-leave", test_records_leave);
  g_test_add_func ("/search/affiliation", test_affiliation);
  g_test_add_func ("/search/lists", test_lists);
  g_test_add_func ("/search/fields/every-field", test_every_field);

  return g_test_run ();
}
