/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <gio/gio.h>

#include "accord-attribute.h"
#include "accord-enum-types.h"
#include "accord-initiative.h"
#include "accord-meeting.h"
#include "accord-participant.h"
#include "accord-source.h"

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

/* Counts the notifications of @property into @count, from zero. */
static void
watch_notify (gpointer    object,
              const char *property,
              guint      *count)
{
  g_autofree char *detailed_signal = g_strconcat ("notify::", property, NULL);

  *count = 0;
  g_signal_connect (object, detailed_signal, G_CALLBACK (count_notify_cb), count);
}

static void
unwatch_notify (gpointer  object,
                guint    *count)
{
  g_assert_cmpuint (g_signal_handlers_disconnect_by_data (object, count), ==, 1);
}

static char *
get_string (gpointer    object,
            const char *property)
{
  char *value = NULL;

  g_object_get (object, property, &value, NULL);
  return value;
}

/* A string property is empty by default, notifies once per change and never for an equal
 * value, and stores NULL as "". */
static void
assert_string_property (gpointer    object,
                        const char *property)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  g_autofree char *initial = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *cleared = NULL;
  g_autofree char *value = g_strdup ("Vientiane");
  guint count;

  g_assert_nonnull (pspec);
  g_assert_true (G_IS_PARAM_SPEC_STRING (pspec));
  g_assert_cmpint (pspec->flags & G_PARAM_READWRITE, ==, G_PARAM_READWRITE);
  g_assert_true (pspec->flags & G_PARAM_EXPLICIT_NOTIFY);
  g_assert_cmpstr (G_PARAM_SPEC_STRING (pspec)->default_value, ==, "");

  initial = get_string (object, property);
  g_assert_cmpstr (initial, ==, "");

  watch_notify (object, property, &count);

  g_object_set (object, property, "", NULL);
  g_assert_cmpuint (count, ==, 0);
  g_object_set (object, property, NULL, NULL);
  g_assert_cmpuint (count, ==, 0);

  g_object_set (object, property, value, NULL);
  g_assert_cmpuint (count, ==, 1);
  /* The object keeps its own copy. */
  value[0] = 'X';
  changed = get_string (object, property);
  g_assert_cmpstr (changed, ==, "Vientiane");

  g_object_set (object, property, "Vientiane", NULL);
  g_assert_cmpuint (count, ==, 1);

  g_object_set (object, property, NULL, NULL);
  g_assert_cmpuint (count, ==, 2);
  cleared = get_string (object, property);
  g_assert_cmpstr (cleared, ==, "");

  g_object_set (object, property, "", NULL);
  g_assert_cmpuint (count, ==, 2);

  unwatch_notify (object, &count);
}

/* Same for a G_TYPE_STRV property: empty, never NULL, compared by content. */
static void
assert_strv_property (gpointer    object,
                      const char *property)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  const char *empty[] = { NULL };
  const char *two[] = { "Trade", "Defence", NULL };
  const char *two_again[] = { "Trade", "Defence", NULL };
  const char *reordered[] = { "Defence", "Trade", NULL };
  g_auto(GStrv) value = NULL;
  guint count;

  g_assert_nonnull (pspec);
  g_assert_true (G_IS_PARAM_SPEC_BOXED (pspec));
  g_assert_true (pspec->value_type == G_TYPE_STRV);
  g_assert_cmpint (pspec->flags & G_PARAM_READWRITE, ==, G_PARAM_READWRITE);
  g_assert_true (pspec->flags & G_PARAM_EXPLICIT_NOTIFY);

  g_object_get (object, property, &value, NULL);
  g_assert_nonnull (value);
  g_assert_cmpuint (g_strv_length (value), ==, 0);
  g_clear_pointer (&value, g_strfreev);

  watch_notify (object, property, &count);

  g_object_set (object, property, NULL, NULL);
  g_object_set (object, property, empty, NULL);
  g_assert_cmpuint (count, ==, 0);

  g_object_set (object, property, two, NULL);
  g_assert_cmpuint (count, ==, 1);
  g_object_get (object, property, &value, NULL);
  g_assert_true (g_strv_equal ((const char * const *) value, two));
  g_clear_pointer (&value, g_strfreev);

  g_object_set (object, property, two_again, NULL);
  g_assert_cmpuint (count, ==, 1);

  g_object_set (object, property, reordered, NULL);
  g_assert_cmpuint (count, ==, 2);

  g_object_set (object, property, NULL, NULL);
  g_assert_cmpuint (count, ==, 3);
  g_object_get (object, property, &value, NULL);
  g_assert_nonnull (value);
  g_assert_cmpuint (g_strv_length (value), ==, 0);

  g_object_set (object, property, empty, NULL);
  g_assert_cmpuint (count, ==, 3);

  unwatch_notify (object, &count);
}

/* Same for an enumeration: @other is any value but the default. */
static void
assert_enum_property (gpointer    object,
                      const char *property,
                      GType       enum_type,
                      int         default_value,
                      int         other)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  int value = -1;
  guint count;

  g_assert_nonnull (pspec);
  g_assert_true (G_IS_PARAM_SPEC_ENUM (pspec));
  g_assert_true (pspec->value_type == enum_type);
  g_assert_cmpint (pspec->flags & G_PARAM_READWRITE, ==, G_PARAM_READWRITE);
  g_assert_true (pspec->flags & G_PARAM_EXPLICIT_NOTIFY);
  g_assert_cmpint (G_PARAM_SPEC_ENUM (pspec)->default_value, ==, default_value);

  g_object_get (object, property, &value, NULL);
  g_assert_cmpint (value, ==, default_value);

  watch_notify (object, property, &count);

  g_object_set (object, property, default_value, NULL);
  g_assert_cmpuint (count, ==, 0);

  g_object_set (object, property, other, NULL);
  g_assert_cmpuint (count, ==, 1);
  g_object_get (object, property, &value, NULL);
  g_assert_cmpint (value, ==, other);

  g_object_set (object, property, other, NULL);
  g_assert_cmpuint (count, ==, 1);

  g_object_set (object, property, default_value, NULL);
  g_assert_cmpuint (count, ==, 2);

  unwatch_notify (object, &count);
}

static AccordPeriod *
make_quarter (void)
{
  g_autoptr(GDate) start = g_date_new_dmy (1, G_DATE_JULY, 2024);
  g_autoptr(GDate) end = g_date_new_dmy (30, G_DATE_SEPTEMBER, 2024);

  return accord_period_new ("Q3 2024", ACCORD_PRECISION_QUARTER, start, end);
}

static void
assert_unknown_empty_period (const AccordPeriod *period)
{
  g_assert_nonnull (period);
  g_assert_cmpint (accord_period_get_precision (period), ==, ACCORD_PRECISION_UNKNOWN);
  g_assert_false (accord_period_is_known (period));
  g_assert_cmpstr (accord_period_get_text (period), ==, "");
}

/* Same for a period: never NULL, NULL stores an unknown period without text, compared with
 * accord_period_equal. */
static void
assert_period_property (gpointer    object,
                        const char *property)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  g_autoptr(AccordPeriod) quarter = make_quarter ();
  g_autoptr(AccordPeriod) same_quarter = make_quarter ();
  g_autoptr(AccordPeriod) unknown = accord_period_new ("", ACCORD_PRECISION_UNKNOWN, NULL, NULL);
  g_autoptr(AccordPeriod) unknown_text = accord_period_new ("soon", ACCORD_PRECISION_UNKNOWN,
                                                            NULL, NULL);
  AccordPeriod *value = NULL;
  guint count;

  g_assert_nonnull (pspec);
  g_assert_true (G_IS_PARAM_SPEC_BOXED (pspec));
  g_assert_true (pspec->value_type == ACCORD_TYPE_PERIOD);
  g_assert_cmpint (pspec->flags & G_PARAM_READWRITE, ==, G_PARAM_READWRITE);
  g_assert_true (pspec->flags & G_PARAM_EXPLICIT_NOTIFY);

  g_object_get (object, property, &value, NULL);
  assert_unknown_empty_period (value);
  g_clear_pointer (&value, accord_period_free);

  watch_notify (object, property, &count);

  g_object_set (object, property, NULL, NULL);
  g_object_set (object, property, unknown, NULL);
  g_assert_cmpuint (count, ==, 0);

  g_object_set (object, property, quarter, NULL);
  g_assert_cmpuint (count, ==, 1);
  /* The object keeps its own copy. */
  g_clear_pointer (&quarter, accord_period_free);
  g_object_get (object, property, &value, NULL);
  g_assert_true (accord_period_equal (value, same_quarter));
  g_clear_pointer (&value, accord_period_free);

  g_object_set (object, property, same_quarter, NULL);
  g_assert_cmpuint (count, ==, 1);

  g_object_set (object, property, unknown_text, NULL);
  g_assert_cmpuint (count, ==, 2);
  g_object_get (object, property, &value, NULL);
  g_assert_true (accord_period_equal (value, unknown_text));
  g_clear_pointer (&value, accord_period_free);

  g_object_set (object, property, NULL, NULL);
  g_assert_cmpuint (count, ==, 3);
  g_object_get (object, property, &value, NULL);
  assert_unknown_empty_period (value);
  g_clear_pointer (&value, accord_period_free);

  g_object_set (object, property, unknown, NULL);
  g_assert_cmpuint (count, ==, 3);

  g_object_set (object, property, same_quarter, NULL);
  g_assert_cmpuint (count, ==, 4);
  g_object_set (object, property, unknown, NULL);
  g_assert_cmpuint (count, ==, 5);
  g_object_set (object, property, NULL, NULL);
  g_assert_cmpuint (count, ==, 5);

  unwatch_notify (object, &count);
}

/* A read-only list property: a GListStore of @item_type, the same one every time. */
static GListModel *
assert_list_property (gpointer    object,
                      const char *property,
                      GType       item_type)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  g_autoptr(GListModel) model = NULL;

  g_assert_nonnull (pspec);
  g_assert_true (G_IS_PARAM_SPEC_OBJECT (pspec));
  g_assert_true (pspec->value_type == G_TYPE_LIST_MODEL);
  g_assert_true (pspec->flags & G_PARAM_READABLE);
  g_assert_false (pspec->flags & G_PARAM_WRITABLE);

  g_object_get (object, property, &model, NULL);
  g_assert_true (G_IS_LIST_STORE (model));
  g_assert_true (g_list_model_get_item_type (model) == item_type);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);

  /* Borrowed: the object owns it. */
  return model;
}

/* The items of a list property die with their owner. */
static void
assert_list_releases_items (gpointer    owner,
                            GListModel *list,
                            gpointer    item)
{
  g_object_add_weak_pointer (item, (gpointer *) &item);
  g_list_store_append (G_LIST_STORE (list), item);
  g_object_unref (item);
  g_assert_nonnull (item);

  g_assert_finalize_object (owner);
  g_assert_null (item);
}

static void
test_record_new_id (void)
{
  g_autofree char *first = accord_record_new_id ("m-");
  g_autofree char *second = accord_record_new_id ("m-");
  g_autofree char *initiative = accord_record_new_id ("i-");

  g_assert_true (g_str_has_prefix (first, "m-"));
  g_assert_true (g_str_has_prefix (second, "m-"));
  g_assert_true (g_str_has_prefix (initiative, "i-"));
  g_assert_true (g_uuid_string_is_valid (first + strlen ("m-")));
  g_assert_true (g_uuid_string_is_valid (initiative + strlen ("i-")));
  g_assert_cmpstr (first, !=, second);
}

static void
test_source_new (void)
{
  AccordSource *source = accord_source_new ("Vietnam News Agency", "Ministers meet",
                                            "https://example.org/a", "2024-01-29");
  AccordSource *empty = accord_source_new (NULL, NULL, NULL, NULL);

  g_assert_cmpstr (accord_source_get_publisher (source), ==, "Vietnam News Agency");
  g_assert_cmpstr (accord_source_get_title (source), ==, "Ministers meet");
  g_assert_cmpstr (accord_source_get_uri (source), ==, "https://example.org/a");
  g_assert_cmpstr (accord_source_get_published (source), ==, "2024-01-29");

  g_assert_cmpstr (accord_source_get_publisher (empty), ==, "");
  g_assert_cmpstr (accord_source_get_title (empty), ==, "");
  g_assert_cmpstr (accord_source_get_uri (empty), ==, "");
  g_assert_cmpstr (accord_source_get_published (empty), ==, "");

  g_assert_finalize_object (source);
  g_assert_finalize_object (empty);
}

static void
test_source_properties (void)
{
  AccordSource *source = accord_source_new (NULL, NULL, NULL, NULL);

  assert_string_property (source, "publisher");
  assert_string_property (source, "title");
  assert_string_property (source, "uri");
  assert_string_property (source, "published");

  accord_source_set_publisher (source, "Lao News Agency");
  accord_source_set_title (source, "Retreat opens");
  accord_source_set_uri (source, "https://example.org/b");
  accord_source_set_published (source, "2024-01-28");
  g_assert_cmpstr (accord_source_get_publisher (source), ==, "Lao News Agency");
  g_assert_cmpstr (accord_source_get_title (source), ==, "Retreat opens");
  g_assert_cmpstr (accord_source_get_uri (source), ==, "https://example.org/b");
  g_assert_cmpstr (accord_source_get_published (source), ==, "2024-01-28");

  g_assert_finalize_object (source);
}

static void
test_source_copy (void)
{
  AccordSource *source = accord_source_new ("VNA", "Headline", "https://example.org/c",
                                            "2024-02-01");
  AccordSource *copy = accord_source_copy (source);

  g_assert_true (copy != source);
  g_assert_cmpstr (accord_source_get_publisher (copy), ==, "VNA");
  g_assert_cmpstr (accord_source_get_title (copy), ==, "Headline");
  g_assert_cmpstr (accord_source_get_uri (copy), ==, "https://example.org/c");
  g_assert_cmpstr (accord_source_get_published (copy), ==, "2024-02-01");

  accord_source_set_title (copy, "Another");
  g_assert_cmpstr (accord_source_get_title (source), ==, "Headline");

  g_assert_finalize_object (source);
  g_assert_finalize_object (copy);
}

static void
test_attribute_properties (void)
{
  AccordAttribute *attribute = accord_attribute_new (NULL, NULL);
  AccordAttribute *full = accord_attribute_new ("ASEAN Priority", "Yes");

  assert_string_property (attribute, "name");
  assert_string_property (attribute, "value");

  g_assert_cmpstr (accord_attribute_get_name (full), ==, "ASEAN Priority");
  g_assert_cmpstr (accord_attribute_get_value (full), ==, "Yes");
  accord_attribute_set_name (full, "Budget");
  accord_attribute_set_value (full, NULL);
  g_assert_cmpstr (accord_attribute_get_name (full), ==, "Budget");
  g_assert_cmpstr (accord_attribute_get_value (full), ==, "");

  g_assert_finalize_object (attribute);
  g_assert_finalize_object (full);
}

static void
test_attribute_copy (void)
{
  AccordAttribute *attribute = accord_attribute_new ("ASEAN Priority", "Yes");
  AccordAttribute *copy = accord_attribute_copy (attribute);

  g_assert_true (copy != attribute);
  g_assert_cmpstr (accord_attribute_get_name (copy), ==, "ASEAN Priority");
  g_assert_cmpstr (accord_attribute_get_value (copy), ==, "Yes");

  accord_attribute_set_value (copy, "No");
  g_assert_cmpstr (accord_attribute_get_value (attribute), ==, "Yes");

  g_assert_finalize_object (attribute);
  g_assert_finalize_object (copy);
}

static void
test_participant_properties (void)
{
  AccordParticipant *participant = accord_participant_new (NULL, NULL, NULL, NULL);
  AccordParticipant *full = accord_participant_new ("Saleumxay Kommasith", "Foreign Minister",
                                                    "Lao PDR", "Chair");

  assert_string_property (participant, "name");
  assert_string_property (participant, "title");
  assert_string_property (participant, "affiliation");
  assert_string_property (participant, "role");

  g_assert_cmpstr (accord_participant_get_name (full), ==, "Saleumxay Kommasith");
  g_assert_cmpstr (accord_participant_get_title (full), ==, "Foreign Minister");
  g_assert_cmpstr (accord_participant_get_affiliation (full), ==, "Lao PDR");
  g_assert_cmpstr (accord_participant_get_role (full), ==, "Chair");

  accord_participant_set_affiliation (full, "ASEAN");
  accord_participant_set_role (full, "Head of delegation");
  g_assert_cmpstr (accord_participant_get_affiliation (full), ==, "ASEAN");
  g_assert_cmpstr (accord_participant_get_role (full), ==, "Head of delegation");

  g_assert_finalize_object (participant);
  g_assert_finalize_object (full);
}

static void
test_participant_display_name (void)
{
  AccordParticipant *participant = accord_participant_new (NULL, NULL, NULL, NULL);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (participant),
                                                    "display-name");
  g_autofree char *display_name = NULL;
  guint count;

  g_assert_nonnull (pspec);
  g_assert_true (pspec->flags & G_PARAM_READABLE);
  g_assert_false (pspec->flags & G_PARAM_WRITABLE);
  g_assert_cmpstr (accord_participant_get_display_name (participant), ==, "");

  watch_notify (participant, "display-name", &count);

  accord_participant_set_affiliation (participant, "Lao PDR");
  accord_participant_set_role (participant, "Chair");
  g_assert_cmpuint (count, ==, 0);

  /* No name: the title stands in. */
  accord_participant_set_title (participant, "Minister");
  g_assert_cmpuint (count, ==, 1);
  g_assert_cmpstr (accord_participant_get_display_name (participant), ==, "Minister");

  accord_participant_set_name (participant, "Ana");
  g_assert_cmpuint (count, ==, 2);
  g_assert_cmpstr (accord_participant_get_display_name (participant), ==, "Ana");

  /* The name hides the title. */
  accord_participant_set_title (participant, "Prime Minister");
  g_assert_cmpuint (count, ==, 2);
  g_assert_cmpstr (accord_participant_get_display_name (participant), ==, "Ana");

  accord_participant_set_name (participant, "Ana");
  g_assert_cmpuint (count, ==, 2);

  accord_participant_set_name (participant, "Bea");
  g_assert_cmpuint (count, ==, 3);

  accord_participant_set_name (participant, "");
  g_assert_cmpuint (count, ==, 4);
  g_assert_cmpstr (accord_participant_get_display_name (participant), ==, "Prime Minister");

  /* A name equal to the title leaves what is shown unchanged. */
  accord_participant_set_name (participant, "Prime Minister");
  g_assert_cmpuint (count, ==, 4);
  accord_participant_set_name (participant, NULL);
  g_assert_cmpuint (count, ==, 4);

  accord_participant_set_title (participant, NULL);
  g_assert_cmpuint (count, ==, 5);
  g_assert_cmpstr (accord_participant_get_display_name (participant), ==, "");

  g_object_set (participant, "name", "Chen", NULL);
  g_assert_cmpuint (count, ==, 6);
  g_object_get (participant, "display-name", &display_name, NULL);
  g_assert_cmpstr (display_name, ==, "Chen");

  unwatch_notify (participant, &count);
  g_assert_finalize_object (participant);
}

static void
test_participant_copy (void)
{
  AccordParticipant *participant = accord_participant_new ("Ana", "Minister", "Lao PDR", "Chair");
  AccordParticipant *copy = accord_participant_copy (participant);

  g_assert_true (copy != participant);
  g_assert_cmpstr (accord_participant_get_name (copy), ==, "Ana");
  g_assert_cmpstr (accord_participant_get_title (copy), ==, "Minister");
  g_assert_cmpstr (accord_participant_get_affiliation (copy), ==, "Lao PDR");
  g_assert_cmpstr (accord_participant_get_role (copy), ==, "Chair");
  g_assert_cmpstr (accord_participant_get_display_name (copy), ==, "Ana");

  accord_participant_set_name (copy, "Bea");
  g_assert_cmpstr (accord_participant_get_name (participant), ==, "Ana");

  g_assert_finalize_object (participant);
  g_assert_finalize_object (copy);
}

static void
test_meeting_new (void)
{
  AccordMeeting *meeting = accord_meeting_new ("m-retreat-2024");
  AccordMeeting *anonymous = accord_meeting_new (NULL);

  g_assert_true (ACCORD_IS_RECORD (meeting));
  g_assert_cmpstr (accord_record_get_id (ACCORD_RECORD (meeting)), ==, "m-retreat-2024");
  g_assert_cmpstr (accord_record_get_id (ACCORD_RECORD (anonymous)), ==, "");
  g_assert_cmpstr (accord_record_get_title (ACCORD_RECORD (meeting)), ==, "");
  g_assert_cmpstr (accord_record_get_notes (ACCORD_RECORD (meeting)), ==, "");
  assert_unknown_empty_period (accord_meeting_get_when (meeting));
  g_assert_cmpstr (accord_meeting_get_location (meeting), ==, "");
  g_assert_cmpint (accord_meeting_get_format (meeting), ==, ACCORD_MEETING_FORMAT_UNSPECIFIED);
  g_assert_cmpint (accord_meeting_get_kind (meeting), ==, ACCORD_MEETING_KIND_OTHER);
  g_assert_nonnull (accord_meeting_get_topics (meeting));
  g_assert_null (accord_meeting_get_topics (meeting)[0]);
  g_assert_cmpstr (accord_meeting_get_summary (meeting), ==, "");
  g_assert_nonnull (accord_meeting_get_outcomes (meeting));
  g_assert_null (accord_meeting_get_outcomes (meeting)[0]);

  g_assert_finalize_object (meeting);
  g_assert_finalize_object (anonymous);
}

static void
test_meeting_id (void)
{
  AccordMeeting *meeting = accord_meeting_new (NULL);

  assert_string_property (meeting, "id");

  accord_record_set_id (ACCORD_RECORD (meeting), "m-1");
  g_assert_cmpstr (accord_record_get_id (ACCORD_RECORD (meeting)), ==, "m-1");

  g_assert_finalize_object (meeting);
}

static void
test_meeting_title (void)
{
  AccordMeeting *meeting = accord_meeting_new ("m-1");
  const char *title;

  assert_string_property (meeting, "title");

  accord_record_set_title (ACCORD_RECORD (meeting), "AMM Retreat");
  title = accord_record_get_title (ACCORD_RECORD (meeting));
  g_assert_cmpstr (title, ==, "AMM Retreat");
  /* Setting a string from the one it replaces. */
  accord_record_set_title (ACCORD_RECORD (meeting), title + strlen ("AMM "));
  g_assert_cmpstr (accord_record_get_title (ACCORD_RECORD (meeting)), ==, "Retreat");

  g_assert_finalize_object (meeting);
}

static void
test_meeting_notes (void)
{
  AccordMeeting *meeting = accord_meeting_new ("m-1");

  assert_string_property (meeting, "notes");

  accord_record_set_notes (ACCORD_RECORD (meeting), "Check the date.");
  g_assert_cmpstr (accord_record_get_notes (ACCORD_RECORD (meeting)), ==, "Check the date.");

  g_assert_finalize_object (meeting);
}

static void
test_meeting_when (void)
{
  AccordMeeting *meeting = accord_meeting_new ("m-1");
  g_autoptr(AccordPeriod) quarter = make_quarter ();

  assert_period_property (meeting, "when");

  accord_meeting_set_when (meeting, quarter);
  g_assert_true (accord_period_equal (accord_meeting_get_when (meeting), quarter));
  accord_meeting_set_when (meeting, NULL);
  assert_unknown_empty_period (accord_meeting_get_when (meeting));

  g_assert_finalize_object (meeting);
}

static void
test_meeting_location (void)
{
  AccordMeeting *meeting = accord_meeting_new ("m-1");

  assert_string_property (meeting, "location");

  accord_meeting_set_location (meeting, "Luang Prabang, Laos");
  g_assert_cmpstr (accord_meeting_get_location (meeting), ==, "Luang Prabang, Laos");

  g_assert_finalize_object (meeting);
}

static void
test_meeting_format (void)
{
  AccordMeeting *meeting = accord_meeting_new ("m-1");

  assert_enum_property (meeting, "format", ACCORD_TYPE_MEETING_FORMAT,
                        ACCORD_MEETING_FORMAT_UNSPECIFIED, ACCORD_MEETING_FORMAT_HYBRID);

  accord_meeting_set_format (meeting, ACCORD_MEETING_FORMAT_IN_PERSON);
  g_assert_cmpint (accord_meeting_get_format (meeting), ==, ACCORD_MEETING_FORMAT_IN_PERSON);

  g_assert_finalize_object (meeting);
}

static void
test_meeting_kind (void)
{
  AccordMeeting *meeting = accord_meeting_new ("m-1");

  assert_enum_property (meeting, "kind", ACCORD_TYPE_MEETING_KIND,
                        ACCORD_MEETING_KIND_OTHER, ACCORD_MEETING_KIND_WORKING_VISIT);

  accord_meeting_set_kind (meeting, ACCORD_MEETING_KIND_RETREAT);
  g_assert_cmpint (accord_meeting_get_kind (meeting), ==, ACCORD_MEETING_KIND_RETREAT);

  g_assert_finalize_object (meeting);
}

static void
test_meeting_topics (void)
{
  AccordMeeting *meeting = accord_meeting_new ("m-1");
  const char *topics[] = { "Myanmar", "South China Sea", NULL };

  assert_strv_property (meeting, "topics");

  accord_meeting_set_topics (meeting, topics);
  g_assert_true (g_strv_equal (accord_meeting_get_topics (meeting), topics));
  g_assert_true (accord_meeting_get_topics (meeting) != topics);

  g_assert_finalize_object (meeting);
}

static void
test_meeting_summary (void)
{
  AccordMeeting *meeting = accord_meeting_new ("m-1");

  assert_string_property (meeting, "summary");

  accord_meeting_set_summary (meeting, "Ministers met.");
  g_assert_cmpstr (accord_meeting_get_summary (meeting), ==, "Ministers met.");

  g_assert_finalize_object (meeting);
}

static void
test_meeting_outcomes (void)
{
  AccordMeeting *meeting = accord_meeting_new ("m-1");
  const char *outcomes[] = { "Joint Communiqué", NULL };

  assert_strv_property (meeting, "outcomes");

  accord_meeting_set_outcomes (meeting, outcomes);
  g_assert_true (g_strv_equal (accord_meeting_get_outcomes (meeting), outcomes));
  accord_meeting_set_outcomes (meeting, NULL);
  g_assert_nonnull (accord_meeting_get_outcomes (meeting));
  g_assert_null (accord_meeting_get_outcomes (meeting)[0]);

  g_assert_finalize_object (meeting);
}

static void
test_meeting_participants (void)
{
  AccordMeeting *meeting = accord_meeting_new ("m-1");
  GListModel *participants = assert_list_property (meeting, "participants",
                                                   ACCORD_TYPE_PARTICIPANT);

  g_assert_true (accord_meeting_get_participants (meeting) == participants);
  assert_list_releases_items (meeting, participants,
                              accord_participant_new ("Ana", NULL, NULL, NULL));
}

static void
test_meeting_sources (void)
{
  AccordMeeting *meeting = accord_meeting_new ("m-1");
  GListModel *sources = assert_list_property (meeting, "sources", ACCORD_TYPE_SOURCE);

  g_assert_true (accord_record_get_sources (ACCORD_RECORD (meeting)) == sources);
  assert_list_releases_items (meeting, sources, accord_source_new ("VNA", NULL, NULL, NULL));
}

static void
test_initiative_new (void)
{
  AccordInitiative *initiative = accord_initiative_new ("i-1");
  AccordInitiative *anonymous = accord_initiative_new (NULL);

  g_assert_true (ACCORD_IS_RECORD (initiative));
  g_assert_cmpstr (accord_record_get_id (ACCORD_RECORD (initiative)), ==, "i-1");
  g_assert_cmpstr (accord_record_get_id (ACCORD_RECORD (anonymous)), ==, "");
  g_assert_cmpstr (accord_record_get_title (ACCORD_RECORD (initiative)), ==, "");
  g_assert_cmpstr (accord_record_get_notes (ACCORD_RECORD (initiative)), ==, "");
  g_assert_cmpstr (accord_initiative_get_objective (initiative), ==, "");
  g_assert_cmpstr (accord_initiative_get_expected_outcome (initiative), ==, "");
  assert_unknown_empty_period (accord_initiative_get_period (initiative));
  g_assert_cmpstr (accord_initiative_get_lead (initiative), ==, "");
  g_assert_nonnull (accord_initiative_get_partners (initiative));
  g_assert_null (accord_initiative_get_partners (initiative)[0]);
  g_assert_cmpint (accord_initiative_get_status (initiative), ==, ACCORD_STATUS_PROPOSED);
  g_assert_cmpstr (accord_initiative_get_area (initiative), ==, "");
  g_assert_cmpstr (accord_initiative_get_meeting_id (initiative), ==, "");

  g_assert_finalize_object (initiative);
  g_assert_finalize_object (anonymous);
}

static void
test_initiative_record (void)
{
  AccordInitiative *initiative = accord_initiative_new (NULL);

  assert_string_property (initiative, "id");
  assert_string_property (initiative, "title");
  assert_string_property (initiative, "notes");

  g_assert_finalize_object (initiative);
}

static void
test_initiative_strings (void)
{
  AccordInitiative *initiative = accord_initiative_new ("i-1");

  assert_string_property (initiative, "objective");
  assert_string_property (initiative, "expected-outcome");
  assert_string_property (initiative, "lead");
  assert_string_property (initiative, "area");
  assert_string_property (initiative, "meeting-id");

  accord_initiative_set_objective (initiative, "Train coast guards");
  accord_initiative_set_expected_outcome (initiative, "Joint patrols");
  accord_initiative_set_lead (initiative, "Viet Nam");
  accord_initiative_set_area (initiative, "Security");
  accord_initiative_set_meeting_id (initiative, "m-1");
  g_assert_cmpstr (accord_initiative_get_objective (initiative), ==, "Train coast guards");
  g_assert_cmpstr (accord_initiative_get_expected_outcome (initiative), ==, "Joint patrols");
  g_assert_cmpstr (accord_initiative_get_lead (initiative), ==, "Viet Nam");
  g_assert_cmpstr (accord_initiative_get_area (initiative), ==, "Security");
  g_assert_cmpstr (accord_initiative_get_meeting_id (initiative), ==, "m-1");

  g_assert_finalize_object (initiative);
}

static void
test_initiative_period (void)
{
  AccordInitiative *initiative = accord_initiative_new ("i-1");
  g_autoptr(AccordPeriod) quarter = make_quarter ();

  assert_period_property (initiative, "period");

  accord_initiative_set_period (initiative, quarter);
  g_assert_true (accord_period_equal (accord_initiative_get_period (initiative), quarter));
  accord_initiative_set_period (initiative, NULL);
  assert_unknown_empty_period (accord_initiative_get_period (initiative));

  g_assert_finalize_object (initiative);
}

static void
test_initiative_partners (void)
{
  AccordInitiative *initiative = accord_initiative_new ("i-1");
  const char *partners[] = { "Lao PDR", "Cambodia", NULL };

  assert_strv_property (initiative, "partners");

  accord_initiative_set_partners (initiative, partners);
  g_assert_true (g_strv_equal (accord_initiative_get_partners (initiative), partners));

  g_assert_finalize_object (initiative);
}

static void
test_initiative_status (void)
{
  AccordInitiative *initiative = accord_initiative_new ("i-1");

  assert_enum_property (initiative, "status", ACCORD_TYPE_STATUS,
                        ACCORD_STATUS_PROPOSED, ACCORD_STATUS_CANCELLED);

  accord_initiative_set_status (initiative, ACCORD_STATUS_ONGOING);
  g_assert_cmpint (accord_initiative_get_status (initiative), ==, ACCORD_STATUS_ONGOING);

  g_assert_finalize_object (initiative);
}

static void
test_initiative_attributes (void)
{
  AccordInitiative *initiative = accord_initiative_new ("i-1");
  GListModel *attributes = assert_list_property (initiative, "attributes",
                                                 ACCORD_TYPE_ATTRIBUTE);

  g_assert_true (accord_initiative_get_attributes (initiative) == attributes);
  assert_list_releases_items (initiative, attributes, accord_attribute_new ("Budget", "1"));
}

static void
test_initiative_lookup_attribute (void)
{
  AccordInitiative *initiative = accord_initiative_new ("i-1");
  GListStore *attributes;
  g_autoptr(AccordAttribute) priority = accord_attribute_new ("ASEAN Priority", "Yes");
  g_autoptr(AccordAttribute) budget = accord_attribute_new ("Budget", "");
  g_autoptr(AccordAttribute) again = accord_attribute_new ("ASEAN Priority", "No");

  /* Before the list was ever asked for. */
  g_assert_null (accord_initiative_lookup_attribute (initiative, "ASEAN Priority"));

  attributes = G_LIST_STORE (accord_initiative_get_attributes (initiative));
  g_list_store_append (attributes, priority);
  g_list_store_append (attributes, budget);
  g_list_store_append (attributes, again);

  g_assert_cmpstr (accord_initiative_lookup_attribute (initiative, "ASEAN Priority"), ==, "Yes");
  g_assert_cmpstr (accord_initiative_lookup_attribute (initiative, "Budget"), ==, "");
  g_assert_null (accord_initiative_lookup_attribute (initiative, "asean priority"));
  g_assert_null (accord_initiative_lookup_attribute (initiative, "Cost"));

  g_list_store_remove (attributes, 0);
  g_assert_cmpstr (accord_initiative_lookup_attribute (initiative, "ASEAN Priority"), ==, "No");

  g_assert_finalize_object (initiative);
}

static void
test_initiative_sources (void)
{
  AccordInitiative *initiative = accord_initiative_new ("i-1");
  GListModel *sources = assert_list_property (initiative, "sources", ACCORD_TYPE_SOURCE);

  g_assert_true (accord_record_get_sources (ACCORD_RECORD (initiative)) == sources);
  assert_list_releases_items (initiative, sources, accord_source_new (NULL, "Plan", NULL, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/record/new-id", test_record_new_id);

  g_test_add_func ("/model/source/new", test_source_new);
  g_test_add_func ("/model/source/properties", test_source_properties);
  g_test_add_func ("/model/source/copy", test_source_copy);

  g_test_add_func ("/model/attribute/properties", test_attribute_properties);
  g_test_add_func ("/model/attribute/copy", test_attribute_copy);

  g_test_add_func ("/model/participant/properties", test_participant_properties);
  g_test_add_func ("/model/participant/display-name", test_participant_display_name);
  g_test_add_func ("/model/participant/copy", test_participant_copy);

  g_test_add_func ("/model/meeting/new", test_meeting_new);
  g_test_add_func ("/model/meeting/id", test_meeting_id);
  g_test_add_func ("/model/meeting/title", test_meeting_title);
  g_test_add_func ("/model/meeting/notes", test_meeting_notes);
  g_test_add_func ("/model/meeting/when", test_meeting_when);
  g_test_add_func ("/model/meeting/location", test_meeting_location);
  g_test_add_func ("/model/meeting/format", test_meeting_format);
  g_test_add_func ("/model/meeting/kind", test_meeting_kind);
  g_test_add_func ("/model/meeting/topics", test_meeting_topics);
  g_test_add_func ("/model/meeting/summary", test_meeting_summary);
  g_test_add_func ("/model/meeting/outcomes", test_meeting_outcomes);
  g_test_add_func ("/model/meeting/participants", test_meeting_participants);
  g_test_add_func ("/model/meeting/sources", test_meeting_sources);

  g_test_add_func ("/model/initiative/new", test_initiative_new);
  g_test_add_func ("/model/initiative/record", test_initiative_record);
  g_test_add_func ("/model/initiative/strings", test_initiative_strings);
  g_test_add_func ("/model/initiative/period", test_initiative_period);
  g_test_add_func ("/model/initiative/partners", test_initiative_partners);
  g_test_add_func ("/model/initiative/status", test_initiative_status);
  g_test_add_func ("/model/initiative/attributes", test_initiative_attributes);
  g_test_add_func ("/model/initiative/lookup-attribute", test_initiative_lookup_attribute);
  g_test_add_func ("/model/initiative/sources", test_initiative_sources);

  return g_test_run ();
}
