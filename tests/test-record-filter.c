/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <gtk/gtk.h>

#include "accord-json.h"
#include "accord-record-filter.h"
#include "accord-resources.h"

/* The filter over the built-in dataset: the five meetings and 33 initiatives of ASEAN 2024
 * that test-dataset checks against the articles. */

#define DATASET_PATH "/io/github/accordapp/Accord/asean-2024.json"

#define M_SG_FM        "m-asean-sg-lao-fm"
#define M_SG_DEFENCE   "m-asean-sg-lao-defence"
#define M_AMM_53       "m-amm-53"
#define M_RETREAT      "m-amm-retreat-2024"
#define M_CONSULTATION "m-vn-la-consultation-10"
#define M_WOMENS_ROLES "m-amm-53-womens-roles"
#define M_COC_GROUPS   "m-coc-specialist-groups-2020"
#define M_VISIT        "m-kommasith-visit-2023"

#define N_MEETINGS    8
#define N_INITIATIVES 33

typedef struct
{
  AccordDocument     *document;
  AccordRecordFilter *filter;
  GtkFilterListModel *meetings;
  GtkFilterListModel *initiatives;
  /* "changed" emissions, by GtkFilterChange, since the last check. */
  guint               changes[3];
} Fixture;

static void
on_filter_changed (GtkFilter       *filter,
                   GtkFilterChange  change,
                   Fixture         *fixture)
{
  g_assert_cmpint (change, >=, 0);
  g_assert_cmpint (change, <, (int) G_N_ELEMENTS (fixture->changes));
  fixture->changes[change]++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  gsize size;
  const char *text;

  bytes = g_resources_lookup_data (DATASET_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  text = g_bytes_get_data (bytes, &size);

  fixture->document = accord_document_new ();
  accord_json_load_data (fixture->document, text, size, &error);
  g_assert_no_error (error);

  fixture->filter = accord_record_filter_new ();
  g_signal_connect (fixture->filter, "changed", G_CALLBACK (on_filter_changed), fixture);

  fixture->meetings =
    gtk_filter_list_model_new (g_object_ref (accord_document_get_meetings (fixture->document)),
                               g_object_ref (GTK_FILTER (fixture->filter)));
  fixture->initiatives =
    gtk_filter_list_model_new (g_object_ref (accord_document_get_initiatives (fixture->document)),
                               g_object_ref (GTK_FILTER (fixture->filter)));

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->meetings)), ==, N_MEETINGS);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->initiatives)), ==,
                    N_INITIATIVES);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->meetings);
  g_assert_finalize_object (fixture->initiatives);
  g_assert_finalize_object (fixture->filter);
  g_assert_finalize_object (fixture->document);
}

/* The ids the filter lets through, in document order, NULL-terminated. */
static char **
shown_ids (GtkFilterListModel *model)
{
  GListModel *list = G_LIST_MODEL (model);
  guint n = g_list_model_get_n_items (list);
  char **ids = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordRecord) record = g_list_model_get_item (list, i);

      ids[i] = g_strdup (accord_record_get_id (record));
    }

  return ids;
}

static void
assert_shown (GtkFilterListModel *model,
              const char * const *expected)
{
  g_auto(GStrv) ids = shown_ids (model);

  g_assert_cmpstrv (ids, expected);
}

static guint
n_shown (GtkFilterListModel *model)
{
  return g_list_model_get_n_items (G_LIST_MODEL (model));
}

/* Exactly one "changed" of @change since the last check. */
static void
assert_change (Fixture         *fixture,
               GtkFilterChange  change)
{
  for (guint i = 0; i < G_N_ELEMENTS (fixture->changes); i++)
    g_assert_cmpuint (fixture->changes[i], ==, i == (guint) change ? 1 : 0);

  memset (fixture->changes, 0, sizeof fixture->changes);
}

static void
assert_no_change (Fixture *fixture)
{
  for (guint i = 0; i < G_N_ELEMENTS (fixture->changes); i++)
    g_assert_cmpuint (fixture->changes[i], ==, 0);
}

static void
test_query_people (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *meetings[] = { M_RETREAT, M_CONSULTATION, NULL };
  const char *consultation[] = { M_CONSULTATION, NULL };
  const char *initiatives[] = {
    "i-asean-future-forum-2024", "i-asean-community-vision-2045-strategies", NULL,
  };

  accord_record_filter_set_query (fixture->filter, "bui thanh son");
  assert_shown (fixture->meetings, meetings);
  assert_shown (fixture->initiatives, initiatives);

  /* As written, and in capitals. */
  accord_record_filter_set_query (fixture->filter, "Bùi Thanh Sơn");
  assert_shown (fixture->meetings, meetings);
  accord_record_filter_set_query (fixture->filter, "BÙI THANH SƠN");
  assert_shown (fixture->meetings, meetings);
  accord_record_filter_set_query (fixture->filter, "son thanh bui");
  assert_shown (fixture->meetings, meetings);

  /* Every word, from any participant: the two ministers met only at the consultation. */
  accord_record_filter_set_query (fixture->filter, "bui thanh son saleumxay");
  assert_shown (fixture->meetings, consultation);
  accord_record_filter_set_query (fixture->filter, "bui thanh son thongphane");
  g_assert_cmpuint (n_shown (fixture->meetings), ==, 0);
}

static void
test_query_places (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *meetings[] = { M_RETREAT, M_CONSULTATION, M_VISIT, NULL };
  const char *initiatives[] = { "i-asean-future-forum-2024", NULL };
  const char *luang_prabang[] = { M_RETREAT, NULL };
  const char *none[] = { NULL };

  accord_record_filter_set_query (fixture->filter, "ha noi");
  assert_shown (fixture->meetings, meetings);
  assert_shown (fixture->initiatives, initiatives);

  accord_record_filter_set_query (fixture->filter, "Hà Nội");
  assert_shown (fixture->meetings, meetings);
  assert_shown (fixture->initiatives, initiatives);

  accord_record_filter_set_query (fixture->filter, "luang prabang");
  assert_shown (fixture->meetings, luang_prabang);
  assert_shown (fixture->initiatives, none);

  accord_record_filter_set_query (fixture->filter, "");
  g_assert_cmpuint (n_shown (fixture->meetings), ==, N_MEETINGS);
  g_assert_cmpuint (n_shown (fixture->initiatives), ==, N_INITIATIVES);
}

static void
test_criteria (Fixture       *fixture,
               gconstpointer  data)
{
  const char *retreat[] = { M_RETREAT, NULL };
  const char *in_person[] = { M_RETREAT, M_CONSULTATION, M_WOMENS_ROLES, M_VISIT, NULL };
  const char *online[] = { M_AMM_53, NULL };
  const char *ongoing[] = {
    "i-asean-chairmanship-2024", "i-vn-la-mofa-cooperation-agreement-2021-2025",
    "i-vn-la-economic-diplomacy-programme-2020-2025", "i-vn-la-lao-officials-training", NULL,
  };
  const char *china[] = { "i-online-coc-negotiation", NULL };
  const char *lao_names[] = {
    "Laos", "Lao People's Democratic Republic", "the lao people’s Democratic Republic",
    "CHDCND Lào", "Lào", "ສປປ ລາວ", NULL,
  };
  /* Where a Vietnamese took part, and where they met in Việt Nam. */
  const char *viet_nam_meetings[] = { M_RETREAT, M_CONSULTATION, M_VISIT, NULL };
  /* The retreat had no Lao participant on record, but it was held in Luang Prabang, Laos. */
  const char *lao_meetings[] = {
    M_SG_FM, M_SG_DEFENCE, M_AMM_53, M_RETREAT, M_CONSULTATION, M_VISIT, NULL,
  };
  const char *viet_nam_initiatives[] = {
    "i-asean-future-forum-2024", "i-vn-la-consultation-2024",
    "i-vn-la-mofa-cooperation-agreement-2021-2025",
    "i-vn-la-economic-diplomacy-programme-2020-2025", "i-vn-la-lao-officials-training", NULL,
  };
  const char *year_2023[] = { M_CONSULTATION, M_VISIT, NULL };
  const char *year_2026[] = { "i-lao-pdr-defence-capacity-building", NULL };
  const char *none[] = { NULL };

  /* The kind and format of a meeting; initiatives have neither. */
  accord_record_filter_set_kind (fixture->filter, ACCORD_MEETING_KIND_RETREAT);
  assert_shown (fixture->meetings, retreat);
  g_assert_cmpuint (n_shown (fixture->initiatives), ==, N_INITIATIVES);
  accord_record_filter_set_kind (fixture->filter, -1);

  accord_record_filter_set_format (fixture->filter, ACCORD_MEETING_FORMAT_IN_PERSON);
  assert_shown (fixture->meetings, in_person);
  g_assert_cmpuint (n_shown (fixture->initiatives), ==, N_INITIATIVES);
  accord_record_filter_set_format (fixture->filter, ACCORD_MEETING_FORMAT_ONLINE);
  assert_shown (fixture->meetings, online);
  accord_record_filter_set_format (fixture->filter, ACCORD_MEETING_FORMAT_HYBRID);
  assert_shown (fixture->meetings, none);
  accord_record_filter_set_format (fixture->filter, -1);

  /* The status of an initiative; meetings have none. */
  accord_record_filter_set_status (fixture->filter, ACCORD_STATUS_ONGOING);
  assert_shown (fixture->initiatives, ongoing);
  g_assert_cmpuint (n_shown (fixture->meetings), ==, N_MEETINGS);
  accord_record_filter_set_status (fixture->filter, ACCORD_STATUS_PROPOSED);
  g_assert_cmpuint (n_shown (fixture->initiatives), ==, 22);
  accord_record_filter_set_status (fixture->filter, ACCORD_STATUS_PLANNED);
  g_assert_cmpuint (n_shown (fixture->initiatives), ==, 7);
  accord_record_filter_set_status (fixture->filter, -1);

  /* Participants' affiliations, initiatives' leads and partners, however spelt. */
  accord_record_filter_set_affiliation (fixture->filter, "Việt Nam");
  assert_shown (fixture->meetings, viet_nam_meetings);
  assert_shown (fixture->initiatives, viet_nam_initiatives);
  accord_record_filter_set_affiliation (fixture->filter, "viet nam");
  assert_shown (fixture->initiatives, viet_nam_initiatives);
  accord_record_filter_set_affiliation (fixture->filter, "China");
  assert_shown (fixture->meetings, none);
  assert_shown (fixture->initiatives, china);
  accord_record_filter_set_affiliation (fixture->filter, "Lao PDR");
  assert_shown (fixture->meetings, lao_meetings);
  g_assert_cmpuint (n_shown (fixture->initiatives), ==, 25);
  /* Any of its names, in any language, finds the same. */
  for (guint i = 0; lao_names[i] != NULL; i++)
    {
      accord_record_filter_set_affiliation (fixture->filter, lao_names[i]);
      assert_shown (fixture->meetings, lao_meetings);
      g_assert_cmpuint (n_shown (fixture->initiatives), ==, 25);
    }
  /* A name the built-in list does not know is compared as written. */
  accord_record_filter_set_affiliation (fixture->filter, "Mekong sub-region");
  assert_shown (fixture->meetings, none);
  accord_record_filter_set_affiliation (fixture->filter, "");

  /* Any day of the year: a date, a quarter, a span of years. */
  accord_record_filter_set_year (fixture->filter, 2023);
  assert_shown (fixture->meetings, year_2023);
  g_assert_cmpuint (n_shown (fixture->initiatives), ==, 3);
  accord_record_filter_set_year (fixture->filter, 2024);
  g_assert_cmpuint (n_shown (fixture->meetings), ==, 1);
  g_assert_cmpuint (n_shown (fixture->initiatives), ==, 14);
  accord_record_filter_set_year (fixture->filter, 2026);
  assert_shown (fixture->meetings, none);
  assert_shown (fixture->initiatives, year_2026);
  accord_record_filter_set_year (fixture->filter, 1999);
  g_assert_cmpuint (n_shown (fixture->initiatives), ==, 0);
  accord_record_filter_set_year (fixture->filter, 0);

  /* Together: every criterion must hold. */
  accord_record_filter_set_year (fixture->filter, 2024);
  accord_record_filter_set_affiliation (fixture->filter, "Việt Nam");
  accord_record_filter_set_query (fixture->filter, "forum");
  assert_shown (fixture->meetings, retreat);
  g_assert_cmpuint (n_shown (fixture->initiatives), ==, 1);
  accord_record_filter_set_status (fixture->filter, ACCORD_STATUS_ONGOING);
  g_assert_cmpuint (n_shown (fixture->initiatives), ==, 0);

  g_object_set (fixture->filter, "query", "", "affiliation", "", "year", 0, "status", -1,
                NULL);
  g_assert_cmpuint (n_shown (fixture->meetings), ==, N_MEETINGS);
  g_assert_cmpuint (n_shown (fixture->initiatives), ==, N_INITIATIVES);
}

static void
test_query_changes (Fixture       *fixture,
                    gconstpointer  data)
{
  AccordRecordFilter *filter = fixture->filter;

  g_assert_cmpint (gtk_filter_get_strictness (GTK_FILTER (filter)), ==, GTK_FILTER_MATCH_ALL);

  /* Typing on. */
  accord_record_filter_set_query (filter, "h");
  assert_change (fixture, GTK_FILTER_CHANGE_MORE_STRICT);
  g_assert_cmpint (gtk_filter_get_strictness (GTK_FILTER (filter)), ==, GTK_FILTER_MATCH_SOME);
  accord_record_filter_set_query (filter, "ha");
  assert_change (fixture, GTK_FILTER_CHANGE_MORE_STRICT);
  accord_record_filter_set_query (filter, "ha ");
  assert_no_change (fixture);
  accord_record_filter_set_query (filter, "ha n");
  assert_change (fixture, GTK_FILTER_CHANGE_MORE_STRICT);
  accord_record_filter_set_query (filter, "ha noi");
  assert_change (fixture, GTK_FILTER_CHANGE_MORE_STRICT);
  g_assert_cmpuint (n_shown (fixture->meetings), ==, 3);

  /* The same query folded: nothing to filter again. */
  accord_record_filter_set_query (filter, "Hà Nội");
  assert_no_change (fixture);
  g_assert_cmpstr (accord_record_filter_get_query (filter), ==, "Hà Nội");

  /* Deleting. */
  accord_record_filter_set_query (filter, "ha no");
  assert_change (fixture, GTK_FILTER_CHANGE_LESS_STRICT);
  accord_record_filter_set_query (filter, "ha");
  assert_change (fixture, GTK_FILTER_CHANGE_LESS_STRICT);

  /* Editing inside a word that stays within another: still stricter or looser. */
  accord_record_filter_set_query (filter, "hai");
  assert_change (fixture, GTK_FILTER_CHANGE_MORE_STRICT);
  accord_record_filter_set_query (filter, "ai");
  assert_change (fixture, GTK_FILTER_CHANGE_LESS_STRICT);

  /* Anything else. */
  accord_record_filter_set_query (filter, "luang");
  assert_change (fixture, GTK_FILTER_CHANGE_DIFFERENT);
  g_assert_cmpuint (n_shown (fixture->meetings), ==, 1);
  accord_record_filter_set_query (filter, "luang ha");
  assert_change (fixture, GTK_FILTER_CHANGE_MORE_STRICT);
  accord_record_filter_set_query (filter, "ha noi");
  assert_change (fixture, GTK_FILTER_CHANGE_DIFFERENT);

  accord_record_filter_set_query (filter, NULL);
  assert_change (fixture, GTK_FILTER_CHANGE_LESS_STRICT);
  g_assert_cmpstr (accord_record_filter_get_query (filter), ==, "");
  g_assert_cmpint (gtk_filter_get_strictness (GTK_FILTER (filter)), ==, GTK_FILTER_MATCH_ALL);
  g_assert_cmpuint (n_shown (fixture->meetings), ==, N_MEETINGS);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

/* Sets integer @property from "any" to @value, to @other_value and back to "any". */
static void
assert_int_criterion_changes (Fixture    *fixture,
                              const char *property,
                              int         any,
                              int         value,
                              int         other_value)
{
  g_autofree char *detailed = g_strconcat ("notify::", property, NULL);
  guint notified = 0;
  int read_back;

  g_signal_connect (fixture->filter, detailed, G_CALLBACK (count_notify_cb), &notified);

  g_object_set (fixture->filter, property, value, NULL);
  assert_change (fixture, GTK_FILTER_CHANGE_MORE_STRICT);
  g_assert_cmpint (gtk_filter_get_strictness (GTK_FILTER (fixture->filter)), ==,
                   GTK_FILTER_MATCH_SOME);
  g_object_set (fixture->filter, property, value, NULL);
  assert_no_change (fixture);
  g_object_set (fixture->filter, property, other_value, NULL);
  assert_change (fixture, GTK_FILTER_CHANGE_DIFFERENT);
  g_object_get (fixture->filter, property, &read_back, NULL);
  g_assert_cmpint (read_back, ==, other_value);
  g_object_set (fixture->filter, property, any, NULL);
  assert_change (fixture, GTK_FILTER_CHANGE_LESS_STRICT);
  g_assert_cmpint (gtk_filter_get_strictness (GTK_FILTER (fixture->filter)), ==,
                   GTK_FILTER_MATCH_ALL);

  g_assert_cmpuint (notified, ==, 3);
  g_assert_cmpuint (g_signal_handlers_disconnect_by_data (fixture->filter, &notified), ==, 1);
}

static void
test_criterion_changes (Fixture       *fixture,
                        gconstpointer  data)
{
  guint notified = 0;

  assert_int_criterion_changes (fixture, "year", 0, 2024, 2023);
  assert_int_criterion_changes (fixture, "status", -1, ACCORD_STATUS_ONGOING,
                                ACCORD_STATUS_PLANNED);
  assert_int_criterion_changes (fixture, "kind", -1, ACCORD_MEETING_KIND_RETREAT,
                                ACCORD_MEETING_KIND_SUMMIT);
  assert_int_criterion_changes (fixture, "format", -1, ACCORD_MEETING_FORMAT_ONLINE,
                                ACCORD_MEETING_FORMAT_IN_PERSON);

  g_signal_connect (fixture->filter, "notify::affiliation", G_CALLBACK (count_notify_cb),
                    &notified);
  accord_record_filter_set_affiliation (fixture->filter, "Việt Nam");
  assert_change (fixture, GTK_FILTER_CHANGE_MORE_STRICT);
  accord_record_filter_set_affiliation (fixture->filter, "Viet Nam");
  assert_no_change (fixture);
  g_assert_cmpstr (accord_record_filter_get_affiliation (fixture->filter), ==, "Viet Nam");
  accord_record_filter_set_affiliation (fixture->filter, "Lao PDR");
  assert_change (fixture, GTK_FILTER_CHANGE_DIFFERENT);
  accord_record_filter_set_affiliation (fixture->filter, NULL);
  assert_change (fixture, GTK_FILTER_CHANGE_LESS_STRICT);
  g_assert_cmpstr (accord_record_filter_get_affiliation (fixture->filter), ==, "");
  g_assert_cmpuint (notified, ==, 4);
}

/* An edit shows in the next filtering: the search text is never stale. */
static void
test_edit_then_filter (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(AccordMeeting) meeting = NULL;
  const char *retreat[] = { M_RETREAT, NULL };
  const char *none[] = { NULL };

  accord_record_filter_set_query (fixture->filter, "luang prabang");
  assert_shown (fixture->meetings, retreat);

  meeting = g_object_ref (accord_document_lookup_meeting (fixture->document, M_RETREAT));
  accord_document_set_string (fixture->document, G_OBJECT (meeting), "location", "Vientiane");
  accord_document_set_string (fixture->document, G_OBJECT (meeting), "summary", "");
  accord_document_set_string (fixture->document, G_OBJECT (meeting), "notes", "");
  accord_record_filter_set_query (fixture->filter, "");
  accord_record_filter_set_query (fixture->filter, "luang prabang");
  assert_shown (fixture->meetings, none);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);

  gtk_test_init (&argc, &argv, NULL);
  accord_register_resource ();

  g_test_add ("/ui/record-filter/query/people", Fixture, NULL,
              fixture_set_up, test_query_people, fixture_tear_down);
  g_test_add ("/ui/record-filter/query/places", Fixture, NULL,
              fixture_set_up, test_query_places, fixture_tear_down);
  g_test_add ("/ui/record-filter/criteria", Fixture, NULL,
              fixture_set_up, test_criteria, fixture_tear_down);
  g_test_add ("/ui/record-filter/changes/query", Fixture, NULL,
              fixture_set_up, test_query_changes, fixture_tear_down);
  g_test_add ("/ui/record-filter/changes/criteria", Fixture, NULL,
              fixture_set_up, test_criterion_changes, fixture_tear_down);
  g_test_add ("/ui/record-filter/edit-then-filter", Fixture, NULL,
              fixture_set_up, test_edit_then_filter, fixture_tear_down);

  return g_test_run ();
}
