/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <json-glib/json-glib.h>
#include <locale.h>
#include <string.h>

#include "accord-attribute.h"
#include "accord-document.h"
#include "accord-initiative.h"
#include "accord-json.h"
#include "accord-meeting.h"
#include "accord-participant.h"
#include "accord-period.h"
#include "accord-record.h"
#include "accord-resources.h"
#include "accord-source.h"

/* Checks the built-in dataset against the five articles it was written from: every table cell
 * exactly as written, the dates the articles give in their words (and no others), the people they
 * name, and each finding of the review of the dataset (issue 13). */

#define DATASET_PATH "/io/github/accordapp/Accord/asean-2024.json"

/* One meeting per article. */
#define M_SG_FM        "m-asean-sg-lao-fm"       /* 000: ASEAN SG and Lao Foreign Minister */
#define M_SG_DEFENCE   "m-asean-sg-lao-defence"  /* 001: ASEAN SG and Lao Defence Minister */
#define M_AMM_53       "m-amm-53"                /* 002: 53rd ASEAN Foreign Ministers' Meeting */
#define M_RETREAT      "m-amm-retreat-2024"      /* 003: AMM Retreat, Luang Prabang */
#define M_CONSULTATION "m-vn-la-consultation-10" /* 004: tenth Việt Nam–Laos consultation */
/* Meetings an article reports besides its own. */
#define M_WOMENS_ROLES "m-amm-53-womens-roles"        /* 002: ministers on women's roles */
#define M_COC_GROUPS   "m-coc-specialist-groups-2020" /* 002: COC specialist groups */
#define M_VISIT        "m-kommasith-visit-2023"       /* 004: Kommasith's visit */

typedef struct {
  const char *id;
  gboolean    article; /* the article's own meeting: it has topics and outcomes */
} ExpectedMeeting;

static const ExpectedMeeting expected_meetings[] = {
  { M_SG_FM, TRUE },
  { M_SG_DEFENCE, TRUE },
  { M_AMM_53, TRUE },
  { M_RETREAT, TRUE },
  { M_CONSULTATION, TRUE },
  { M_WOMENS_ROLES, FALSE },
  { M_COC_GROUPS, FALSE },
  { M_VISIT, FALSE },
};

/* Initiatives that predate every meeting the articles report: they name none. */
static const char *const unlaunched_ids[] = {
  "i-asean-chairmanship-2024",
  "i-vn-la-mofa-cooperation-agreement-2021-2025",
  "i-vn-la-economic-diplomacy-programme-2020-2025",
  "i-vn-la-lao-officials-training",
  NULL,
};

/* ---- The seed tables ------------------------------------------------------------------------ */

/* Every cell of every table in the articles, exactly as written (note the en dashes). The first
 * cell of a row is the initiative's title; the columns "objective", "Expected Outcome" and
 * "Timeline" are fields of the initiative; every other column is an attribute named by its
 * header. */
typedef struct {
  const char *meeting_id;
  const char *row;    /* the row's first cell */
  const char *column; /* the column header */
  const char *text;   /* the cell */
} TableCell;

static const TableCell table_cells[] = {
  /* 000, table 1 */
  { M_SG_FM, "ASEAN Economic Recovery Plan", "Initiative", "ASEAN Economic Recovery Plan" },
  { M_SG_FM, "ASEAN Economic Recovery Plan", "objective",
    "Boost regional economies in post-pandemic recovery" },
  { M_SG_FM, "ASEAN Economic Recovery Plan", "Timeline", "Q1 2024" },
  { M_SG_FM, "Cultural Awareness Programs", "Initiative", "Cultural Awareness Programs" },
  { M_SG_FM, "Cultural Awareness Programs", "objective", "enhance regional cultural connections" },
  { M_SG_FM, "Cultural Awareness Programs", "Timeline", "Throughout 2024" },
  { M_SG_FM, "Digital Transformation Summit", "Initiative", "Digital Transformation Summit" },
  { M_SG_FM, "Digital Transformation Summit", "objective",
    "Promote technology sharing and innovation" },
  { M_SG_FM, "Digital Transformation Summit", "Timeline", "Q3 2024" },

  /* 000, table 2 */
  { M_SG_FM, "Counterterrorism", "Focus Area", "Counterterrorism" },
  { M_SG_FM, "Counterterrorism", "Proposed Action",
    "Create joint workshops for intelligence exchange." },
  { M_SG_FM, "Cybersecurity", "Focus Area", "Cybersecurity" },
  { M_SG_FM, "Cybersecurity", "Proposed Action", "Implement regional cybersecurity drills." },
  { M_SG_FM, "Disaster Response", "Focus Area", "Disaster Response" },
  { M_SG_FM, "Disaster Response", "Proposed Action",
    "Develop a rapid response framework across nations." },

  /* 001, table 1 */
  { M_SG_DEFENCE, "Maritime Security", "Security Cooperation Area", "Maritime Security" },
  { M_SG_DEFENCE, "Maritime Security", "ASEAN Priority", "Strengthen border patrols" },
  { M_SG_DEFENCE, "Maritime Security", "Lao PDR Focus", "Increase naval training programs" },
  { M_SG_DEFENCE, "Cybersecurity", "Security Cooperation Area", "Cybersecurity" },
  { M_SG_DEFENCE, "Cybersecurity", "ASEAN Priority", "Enhance regional cyber defense" },
  { M_SG_DEFENCE, "Cybersecurity", "Lao PDR Focus", "Develop national cyber resilience" },
  { M_SG_DEFENCE, "Counter-Terrorism", "Security Cooperation Area", "Counter-Terrorism" },
  { M_SG_DEFENCE, "Counter-Terrorism", "ASEAN Priority", "Share intelligence swiftly" },
  { M_SG_DEFENCE, "Counter-Terrorism", "Lao PDR Focus", "Coordinate threat assessments" },

  /* 001, table 2 */
  { M_SG_DEFENCE, "ASEAN Joint Military Exercises", "Initiative",
    "ASEAN Joint Military Exercises" },
  { M_SG_DEFENCE, "ASEAN Joint Military Exercises", "Expected Outcome",
    "Increased Tactical Coordination" },
  { M_SG_DEFENCE, "ASEAN Joint Military Exercises", "Timeline", "2024 – 2025" },
  { M_SG_DEFENCE, "Regional Cybersecurity Task Force", "Initiative",
    "Regional Cybersecurity Task Force" },
  { M_SG_DEFENCE, "Regional Cybersecurity Task Force", "Expected Outcome",
    "Enhanced Threat Intelligence Sharing" },
  { M_SG_DEFENCE, "Regional Cybersecurity Task Force", "Timeline", "Q3 2024" },
  { M_SG_DEFENCE, "Lao PDR Defence Capacity Building", "Initiative",
    "Lao PDR Defence Capacity Building" },
  { M_SG_DEFENCE, "Lao PDR Defence Capacity Building", "Expected Outcome",
    "Improved Operational Capability" },
  { M_SG_DEFENCE, "Lao PDR Defence Capacity Building", "Timeline", "2024 – 2026" },

  /* 001, table 3 */
  { M_SG_DEFENCE, "Joint Training Exercises", "Strategic Focus", "Joint Training Exercises" },
  { M_SG_DEFENCE, "Joint Training Exercises", "Expected Outcome",
    "Improved interoperability and readiness" },
  { M_SG_DEFENCE, "Cybersecurity Cooperation", "Strategic Focus", "Cybersecurity Cooperation" },
  { M_SG_DEFENCE, "Cybersecurity Cooperation", "Expected Outcome",
    "Mitigation of regional cyber threats" },
  { M_SG_DEFENCE, "Youth Peace Programs", "Strategic Focus", "Youth Peace Programs" },
  { M_SG_DEFENCE, "Youth Peace Programs", "Expected Outcome",
    "Strengthened community-driven peacebuilding" },
  { M_SG_DEFENCE, "Border Security Enhancements", "Strategic Focus",
    "Border Security Enhancements" },
  { M_SG_DEFENCE, "Border Security Enhancements", "Expected Outcome",
    "Reduced illegal cross-border activities" },
};

/* Every row of every table, with the dates its timeline means. */
typedef struct {
  const char     *meeting_id;
  const char     *title;
  guint           n_columns;
  gboolean        proposed;  /* the article calls them proposed, or only "discussed" */
  const char     *timeline;  /* NULL: the table has no Timeline column */
  AccordPrecision precision;
  const char     *start;
  const char     *end;
} TableRow;

static const TableRow table_rows[] = {
  { M_SG_FM, "ASEAN Economic Recovery Plan", 3, TRUE,
    "Q1 2024", ACCORD_PRECISION_QUARTER, "2024-01-01", "2024-03-31" },
  { M_SG_FM, "Cultural Awareness Programs", 3, TRUE,
    "Throughout 2024", ACCORD_PRECISION_YEAR, "2024-01-01", "2024-12-31" },
  { M_SG_FM, "Digital Transformation Summit", 3, TRUE,
    "Q3 2024", ACCORD_PRECISION_QUARTER, "2024-07-01", "2024-09-30" },
  { M_SG_FM, "Counterterrorism", 2, TRUE, NULL, ACCORD_PRECISION_UNKNOWN, NULL, NULL },
  { M_SG_FM, "Cybersecurity", 2, TRUE, NULL, ACCORD_PRECISION_UNKNOWN, NULL, NULL },
  { M_SG_FM, "Disaster Response", 2, TRUE, NULL, ACCORD_PRECISION_UNKNOWN, NULL, NULL },
  { M_SG_DEFENCE, "Maritime Security", 3, TRUE, NULL, ACCORD_PRECISION_UNKNOWN, NULL, NULL },
  { M_SG_DEFENCE, "Cybersecurity", 3, TRUE, NULL, ACCORD_PRECISION_UNKNOWN, NULL, NULL },
  { M_SG_DEFENCE, "Counter-Terrorism", 3, TRUE, NULL, ACCORD_PRECISION_UNKNOWN, NULL, NULL },
  { M_SG_DEFENCE, "ASEAN Joint Military Exercises", 3, TRUE,
    "2024 – 2025", ACCORD_PRECISION_YEARS, "2024-01-01", "2025-12-31" },
  { M_SG_DEFENCE, "Regional Cybersecurity Task Force", 3, TRUE,
    "Q3 2024", ACCORD_PRECISION_QUARTER, "2024-07-01", "2024-09-30" },
  { M_SG_DEFENCE, "Lao PDR Defence Capacity Building", 3, TRUE,
    "2024 – 2026", ACCORD_PRECISION_YEARS, "2024-01-01", "2026-12-31" },
  { M_SG_DEFENCE, "Joint Training Exercises", 2, TRUE,
    NULL, ACCORD_PRECISION_UNKNOWN, NULL, NULL },
  { M_SG_DEFENCE, "Cybersecurity Cooperation", 2, TRUE,
    NULL, ACCORD_PRECISION_UNKNOWN, NULL, NULL },
  { M_SG_DEFENCE, "Youth Peace Programs", 2, TRUE, NULL, ACCORD_PRECISION_UNKNOWN, NULL, NULL },
  { M_SG_DEFENCE, "Border Security Enhancements", 2, TRUE,
    NULL, ACCORD_PRECISION_UNKNOWN, NULL, NULL },
};

/* Article 000 has tables of 3 and 3 rows, article 001 of 3, 3 and 4. */
G_STATIC_ASSERT (G_N_ELEMENTS (table_rows) == 16);
G_STATIC_ASSERT (G_N_ELEMENTS (table_cells) == 41);

typedef enum {
  COLUMN_TITLE,
  COLUMN_OBJECTIVE,
  COLUMN_EXPECTED_OUTCOME,
  COLUMN_TIMELINE,
  COLUMN_ATTRIBUTE,
} ColumnKind;

static ColumnKind
column_kind (const char *column)
{
  static const char *const first_columns[] = {
    "Initiative", "Focus Area", "Security Cooperation Area", "Strategic Focus",
  };

  for (guint i = 0; i < G_N_ELEMENTS (first_columns); i++)
    if (g_str_equal (column, first_columns[i]))
      return COLUMN_TITLE;
  if (g_str_equal (column, "objective"))
    return COLUMN_OBJECTIVE;
  if (g_str_equal (column, "Expected Outcome"))
    return COLUMN_EXPECTED_OUTCOME;
  if (g_str_equal (column, "Timeline"))
    return COLUMN_TIMELINE;
  return COLUMN_ATTRIBUTE;
}

/* ---- Helpers -------------------------------------------------------------------------------- */

static GBytes *
lookup_dataset (void)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes;

  bytes = g_resources_lookup_data (DATASET_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

static AccordDocument *
load_dataset (void)
{
  g_autoptr(GBytes) bytes = lookup_dataset ();
  g_autoptr(GError) error = NULL;
  AccordDocument *document = accord_document_new ();
  const char *data;
  gsize length;
  gboolean ok;

  data = g_bytes_get_data (bytes, &length);
  ok = accord_json_load_data (document, data, (gssize) length, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  return document;
}

static AccordMeeting *
get_meeting (AccordDocument *document,
             const char     *id)
{
  AccordMeeting *meeting = accord_document_lookup_meeting (document, id);

  g_test_message ("meeting %s", id);
  g_assert_nonnull (meeting);
  g_assert_cmpstr (accord_record_get_id (ACCORD_RECORD (meeting)), ==, id);
  return meeting;
}

static AccordInitiative *
get_initiative (AccordDocument *document,
                const char     *id)
{
  AccordInitiative *initiative = accord_document_lookup_initiative (document, id);

  g_test_message ("initiative %s", id);
  g_assert_nonnull (initiative);
  return initiative;
}

/* The one initiative called @title that @meeting_id launched; the document keeps it alive. */
static AccordInitiative *
find_initiative (AccordDocument *document,
                 const char     *meeting_id,
                 const char     *title)
{
  GListModel *initiatives = accord_document_get_initiatives (document);
  AccordInitiative *found = NULL;
  guint n_found = 0;

  for (guint i = 0; i < g_list_model_get_n_items (initiatives); i++)
    {
      g_autoptr(AccordInitiative) initiative = g_list_model_get_item (initiatives, i);

      if (g_str_equal (accord_record_get_title (ACCORD_RECORD (initiative)), title)
          && g_str_equal (accord_initiative_get_meeting_id (initiative), meeting_id))
        {
          found = initiative;
          n_found++;
        }
    }
  g_test_message ("initiative “%s” of %s", title, meeting_id);
  g_assert_cmpuint (n_found, ==, 1);
  return found;
}

static void
assert_period (const AccordPeriod *period,
               const char         *text,
               AccordPrecision     precision,
               const char         *start,
               const char         *end)
{
  g_autofree char *start_iso = NULL;
  g_autofree char *end_iso = NULL;
  GDate date;

  g_assert_nonnull (period);
  g_assert_cmpstr (accord_period_get_text (period), ==, text);
  g_assert_cmpint (accord_period_get_precision (period), ==, precision);
  g_date_clear (&date, 1);
  if (precision == ACCORD_PRECISION_UNKNOWN)
    {
      g_assert_false (accord_period_is_known (period));
      g_assert_false (accord_period_get_start (period, &date));
      g_assert_false (accord_period_get_end (period, &date));
      g_assert_cmpuint (accord_period_get_start_julian (period), ==, 0);
      g_assert_cmpuint (accord_period_get_end_julian (period), ==, 0);
      return;
    }
  g_assert_true (accord_period_is_known (period));
  g_assert_true (accord_period_get_start (period, &date));
  start_iso = accord_date_to_iso (&date);
  g_assert_true (accord_period_get_end (period, &date));
  end_iso = accord_date_to_iso (&date);
  g_assert_cmpstr (start_iso, ==, start);
  g_assert_cmpstr (end_iso, ==, end);
}

/* A known period has a start and an end that fit its precision; an unknown one has neither. */
static void
assert_period_consistent (const AccordPeriod *period,
                          const char         *owner)
{
  AccordPrecision precision = accord_period_get_precision (period);
  GDate start, end;

  g_test_message ("period of %s: “%s”", owner, accord_period_get_text (period));
  g_date_clear (&start, 1);
  g_date_clear (&end, 1);
  if (!accord_period_is_known (period))
    {
      g_assert_cmpint (precision, ==, ACCORD_PRECISION_UNKNOWN);
      g_assert_false (accord_period_get_start (period, &start));
      g_assert_false (accord_period_get_end (period, &end));
      g_assert_cmpuint (accord_period_get_start_julian (period), ==, 0);
      return;
    }

  g_assert_cmpint (precision, !=, ACCORD_PRECISION_UNKNOWN);
  /* A date in the dataset always comes with the words it was read from. */
  g_assert_cmpstr (accord_period_get_text (period), !=, "");
  g_assert_true (accord_period_get_start (period, &start));
  g_assert_true (accord_period_get_end (period, &end));
  g_assert_true (g_date_valid (&start));
  g_assert_true (g_date_valid (&end));
  g_assert_cmpint (g_date_compare (&start, &end), <=, 0);
  g_assert_cmpuint (accord_period_get_start_julian (period), ==, g_date_get_julian (&start));
  g_assert_cmpuint (accord_period_get_end_julian (period), ==, g_date_get_julian (&end));

  switch (precision)
    {
    case ACCORD_PRECISION_DAY:
      /* One day, or a range of days ("from November 21-23"): checked above. */
      break;
    case ACCORD_PRECISION_MONTH:
    case ACCORD_PRECISION_QUARTER:
    case ACCORD_PRECISION_HALF_YEAR:
      {
        int months = precision == ACCORD_PRECISION_MONTH ? 1
                   : precision == ACCORD_PRECISION_QUARTER ? 3 : 6;

        g_assert_cmpint (g_date_get_day (&start), ==, 1);
        g_assert_cmpint ((g_date_get_month (&start) - 1) % months, ==, 0);
        g_assert_cmpint (g_date_get_year (&end), ==, g_date_get_year (&start));
        g_assert_cmpint (g_date_get_month (&end), ==, g_date_get_month (&start) + months - 1);
        g_assert_cmpint (g_date_get_day (&end), ==,
                         g_date_get_days_in_month (g_date_get_month (&end),
                                                   g_date_get_year (&end)));
      }
      break;
    case ACCORD_PRECISION_YEAR:
    case ACCORD_PRECISION_YEARS:
      g_assert_cmpint (g_date_get_day (&start), ==, 1);
      g_assert_cmpint (g_date_get_month (&start), ==, G_DATE_JANUARY);
      g_assert_cmpint (g_date_get_day (&end), ==, 31);
      g_assert_cmpint (g_date_get_month (&end), ==, G_DATE_DECEMBER);
      if (precision == ACCORD_PRECISION_YEAR)
        g_assert_cmpint (g_date_get_year (&end), ==, g_date_get_year (&start));
      else
        g_assert_cmpint (g_date_get_year (&end), >, g_date_get_year (&start));
      break;
    case ACCORD_PRECISION_UNKNOWN:
    default:
      g_assert_not_reached ();
    }
}

static AccordSource *
first_source (AccordRecord *record)
{
  GListModel *sources = accord_record_get_sources (record);
  g_autoptr(AccordSource) source = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (sources), >=, 1);
  source = g_list_model_get_item (sources, 0);
  /* The record's list keeps it alive. */
  return source;
}

static void
assert_source (AccordRecord *record,
               const char   *publisher,
               const char   *title,
               const char   *published)
{
  AccordSource *source = first_source (record);

  g_assert_cmpstr (accord_source_get_publisher (source), ==, publisher);
  g_assert_cmpstr (accord_source_get_title (source), ==, title);
  g_assert_cmpstr (accord_source_get_published (source), ==, published);
  /* None of the articles gives an address, and the dataset invents none. */
  g_assert_cmpstr (accord_source_get_uri (source), ==, "");
}

/* ---- Tests ---------------------------------------------------------------------------------- */

static void
test_loads (void)
{
  g_autoptr(GBytes) bytes = lookup_dataset ();
  g_autoptr(AccordDocument) document = load_dataset ();
  g_autofree char *normalized = NULL;
  const char *data;
  gsize length;

  data = g_bytes_get_data (bytes, &length);
  g_assert_true (g_utf8_validate (data, (gssize) length, NULL));
  /* Precomposed diacritics ("Hà Nội", "Bùi Thanh Sơn"), so that search and comparison work. */
  normalized = g_utf8_normalize (data, (gssize) length, G_NORMALIZE_NFC);
  g_assert_nonnull (normalized);
  g_assert_cmpuint (strlen (normalized), ==, length);
  g_assert_cmpmem (normalized, strlen (normalized), data, length);

  g_assert_false (accord_document_get_modified (document));
  g_assert_false (accord_document_can_undo (document));
}

static void
test_meetings_count (void)
{
  g_autoptr(AccordDocument) document = load_dataset ();
  GListModel *meetings = accord_document_get_meetings (document);

  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, G_N_ELEMENTS (expected_meetings));
  for (guint i = 0; i < G_N_ELEMENTS (expected_meetings); i++)
    {
      g_autoptr(AccordMeeting) meeting = g_list_model_get_item (meetings, i);
      GListModel *participants = accord_meeting_get_participants (meeting);

      g_assert_cmpstr (accord_record_get_id (ACCORD_RECORD (meeting)), ==, expected_meetings[i].id);
      g_assert_cmpstr (accord_record_get_title (ACCORD_RECORD (meeting)), !=, "");
      g_assert_cmpstr (accord_meeting_get_summary (meeting), !=, "");
      g_assert_cmpuint (g_list_model_get_n_items (participants), >=, 1);
      if (!expected_meetings[i].article)
        continue;
      g_assert_cmpuint (g_strv_length ((char **) accord_meeting_get_topics (meeting)), >=, 1);
      g_assert_cmpuint (g_strv_length ((char **) accord_meeting_get_outcomes (meeting)), >=, 1);
    }
  g_assert_cmpuint (g_list_model_get_n_items (accord_document_get_initiatives (document)), >=,
                    G_N_ELEMENTS (table_rows));
}

static void
test_meeting_retreat (void)
{
  g_autoptr(AccordDocument) document = load_dataset ();
  AccordMeeting *meeting = get_meeting (document, M_RETREAT);
  const AccordPeriod *when = accord_meeting_get_when (meeting);

  /* "concluded in Luang Prabang on January 29", in the ASEAN Year 2024. */
  assert_period (when, "on January 29", ACCORD_PRECISION_DAY, "2024-01-29", "2024-01-29");
  g_assert_cmpuint (accord_period_get_start_julian (when), ==,
                    accord_period_get_end_julian (when));
  g_assert_cmpstr (accord_meeting_get_location (meeting), ==, "Luang Prabang, Laos");
  g_assert_cmpint (accord_meeting_get_format (meeting), ==, ACCORD_MEETING_FORMAT_IN_PERSON);
  g_assert_cmpint (accord_meeting_get_kind (meeting), ==, ACCORD_MEETING_KIND_RETREAT);
  g_assert_true (g_strv_contains (accord_meeting_get_topics (meeting),
                                  "Myanmar Five-Point Consensus"));
  g_assert_true (g_strv_contains (accord_meeting_get_topics (meeting), "East Sea"));
  /* The article is signed "VNS", and gives no headline or date. */
  assert_source (ACCORD_RECORD (meeting), "VNS", "", "");
}

static void
test_meeting_consultation (void)
{
  g_autoptr(AccordDocument) document = load_dataset ();
  AccordMeeting *meeting = get_meeting (document, M_CONSULTATION);
  const AccordPeriod *when = accord_meeting_get_when (meeting);

  /* Dated 2023-11-22: "in Hanoi on November 22". */
  assert_period (when, "on November 22", ACCORD_PRECISION_DAY, "2023-11-22", "2023-11-22");
  g_assert_cmpstr (accord_meeting_get_location (meeting), ==, "Hà Nội, Việt Nam");
  g_assert_cmpint (accord_meeting_get_format (meeting), ==, ACCORD_MEETING_FORMAT_IN_PERSON);
  g_assert_cmpint (accord_meeting_get_kind (meeting), ==, ACCORD_MEETING_KIND_CONSULTATION);
  assert_source (ACCORD_RECORD (meeting), "Vietnam News Agency (VNA)",
                 "Vietnam, Laos hold tenth foreign ministerial-level consultation meeting",
                 "2023-11-22");
}

static void
test_meeting_amm_53 (void)
{
  g_autoptr(AccordDocument) document = load_dataset ();
  AccordMeeting *meeting = get_meeting (document, M_AMM_53);

  /* No meeting date: only the year of "ASEAN Chair Country 2020". */
  assert_period (accord_meeting_get_when (meeting), "ASEAN Chair Country 2020", ACCORD_PRECISION_YEAR,
                 "2020-01-01", "2020-12-31");
  g_assert_cmpint (accord_meeting_get_format (meeting), ==, ACCORD_MEETING_FORMAT_ONLINE);
  g_assert_cmpint (accord_meeting_get_kind (meeting), ==, ACCORD_MEETING_KIND_MULTILATERAL);
  g_assert_true (g_strv_contains (accord_meeting_get_outcomes (meeting),
                                  "Joint Communique of ASEAN Foreign Ministers, stating the "
                                  "direction of cooperation in the coming time and next year"));
  g_assert_true (g_strv_contains (accord_meeting_get_outcomes (meeting),
                                  "France and Italy agreed as ASEAN development partners"));
  assert_source (ACCORD_RECORD (meeting), "MOIT Vietnam",
                 "AMM 53: Laos highly appreciates the organization of conferences of Vietnam",
                 "2020-09-14");
}

/* Each record of article 002 names both its publisher and the source it credits. */
static void
test_tapchilaoviet (void)
{
  g_autoptr(AccordDocument) document = load_dataset ();
  GListModel *lists[2];
  guint n_records = 0;

  lists[0] = accord_document_get_meetings (document);
  lists[1] = accord_document_get_initiatives (document);
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
      {
        g_autoptr(AccordRecord) record = g_list_model_get_item (lists[l], i);
        GListModel *sources = accord_record_get_sources (record);
        g_autoptr(AccordSource) last = NULL;

        if (!g_str_equal (accord_source_get_publisher (first_source (record)), "MOIT Vietnam"))
          continue;
        g_test_message ("sources of %s", accord_record_get_id (record));
        n_records++;
        g_assert_cmpuint (g_list_model_get_n_items (sources), ==, 2);
        last = g_list_model_get_item (sources, 1);
        g_assert_cmpstr (accord_source_get_publisher (last), ==, "TapchiLaoViet");
        g_assert_cmpstr (accord_source_get_published (last), ==, "");
      }
  /* AMM 53, its two further meetings and its five initiatives. */
  g_assert_cmpuint (n_records, ==, 8);
}

static void
test_meetings_undated (void)
{
  g_autoptr(AccordDocument) document = load_dataset ();
  static const char *const undated[] = { M_SG_FM, M_SG_DEFENCE };
  static const char *const words[] = { "recently", "held recently" };

  /* Articles 000 and 001 say only "recently convened" and "held recently": their words, no
   * date, no place, no format. */
  for (guint i = 0; i < G_N_ELEMENTS (undated); i++)
    {
      AccordMeeting *meeting = get_meeting (document, undated[i]);

      assert_period (accord_meeting_get_when (meeting), words[i], ACCORD_PRECISION_UNKNOWN, NULL,
                     NULL);
      g_assert_cmpstr (accord_meeting_get_location (meeting), ==, "");
      g_assert_cmpint (accord_meeting_get_format (meeting), ==,
                       ACCORD_MEETING_FORMAT_UNSPECIFIED);
    }
}

typedef struct {
  const char *meeting_id;
  const char *name;
  const char *title;
  const char *affiliation;
  const char *role;
} ExpectedParticipant;

static const ExpectedParticipant expected_participants[] = {
  { M_SG_FM, "", "Secretary-General of ASEAN", "ASEAN", "" },
  { M_SG_FM, "", "Minister of Foreign Affairs of Lao PDR", "Lao PDR", "" },
  { M_SG_DEFENCE, "", "Secretary-General of ASEAN", "ASEAN", "" },
  { M_SG_DEFENCE, "", "Minister of National Defence of Lao PDR", "Lao PDR", "" },
  { M_AMM_53, "Thongphane Savanphet", "Deputy Foreign Minister; Head of SOM ASEAN Laos",
    "Lao PDR", "" },
  { M_RETREAT, "Vũ Hồ", "Ambassador", "Việt Nam",
    "Acting head of the ASEAN SOM delegation of Việt Nam" },
  { M_RETREAT, "Bùi Thanh Sơn", "Minister of Foreign Affairs", "Việt Nam", "" },
  { M_CONSULTATION, "Bùi Thanh Sơn", "Minister of Foreign Affairs", "Việt Nam", "Co-chair" },
  { M_CONSULTATION, "Saleumxay Kommasith", "Deputy Prime Minister and Foreign Minister",
    "Lao PDR", "Co-chair" },
  { M_VISIT, "Saleumxay Kommasith", "Deputy Prime Minister and Foreign Minister", "Lao PDR", "" },
  { M_WOMENS_ROLES, "", "Ministers", "", "" },
  { M_COC_GROUPS, "", "Leaders of the specialist groups in charge of COC negotiations", "", "" },
};

static void
test_participants (void)
{
  g_autoptr(AccordDocument) document = load_dataset ();

  for (guint i = 0; i < G_N_ELEMENTS (expected_participants); i++)
    {
      const ExpectedParticipant *expected = &expected_participants[i];
      GListModel *participants =
        accord_meeting_get_participants (get_meeting (document, expected->meeting_id));
      guint n_found = 0;

      g_test_message ("participant “%s” (%s)", expected->name, expected->title);
      for (guint j = 0; j < g_list_model_get_n_items (participants); j++)
        {
          g_autoptr(AccordParticipant) participant = g_list_model_get_item (participants, j);

          if (!g_str_equal (accord_participant_get_name (participant), expected->name)
              || !g_str_equal (accord_participant_get_title (participant), expected->title))
            continue;
          n_found++;
          g_assert_cmpstr (accord_participant_get_affiliation (participant), ==,
                           expected->affiliation);
          g_assert_cmpstr (accord_participant_get_role (participant), ==, expected->role);
          g_assert_cmpstr (accord_participant_get_display_name (participant), ==,
                           expected->name[0] != '\0' ? expected->name : expected->title);
        }
      g_assert_cmpuint (n_found, ==, 1);
    }
}

static void
test_table_cells (void)
{
  g_autoptr(AccordDocument) document = load_dataset ();

  for (guint i = 0; i < G_N_ELEMENTS (table_cells); i++)
    {
      const TableCell *cell = &table_cells[i];
      AccordInitiative *initiative = find_initiative (document, cell->meeting_id, cell->row);
      const char *attribute = accord_initiative_lookup_attribute (initiative, cell->column);

      g_test_message ("cell “%s” / “%s”", cell->row, cell->column);
      switch (column_kind (cell->column))
        {
        case COLUMN_TITLE:
          g_assert_cmpstr (cell->text, ==, cell->row);
          g_assert_cmpstr (accord_record_get_title (ACCORD_RECORD (initiative)), ==, cell->text);
          break;
        case COLUMN_OBJECTIVE:
          g_assert_cmpstr (accord_initiative_get_objective (initiative), ==, cell->text);
          break;
        case COLUMN_EXPECTED_OUTCOME:
          g_assert_cmpstr (accord_initiative_get_expected_outcome (initiative), ==, cell->text);
          break;
        case COLUMN_TIMELINE:
          g_assert_cmpstr (accord_period_get_text (accord_initiative_get_period (initiative)), ==,
                           cell->text);
          break;
        case COLUMN_ATTRIBUTE:
          g_assert_cmpstr (attribute, ==, cell->text);
          break;
        default:
          g_assert_not_reached ();
        }
      /* A column that has a field of its own is not also an attribute. */
      if (column_kind (cell->column) != COLUMN_ATTRIBUTE)
        g_assert_null (attribute);
    }
}

static void
test_table_rows (void)
{
  g_autoptr(AccordDocument) document = load_dataset ();

  for (guint i = 0; i < G_N_ELEMENTS (table_rows); i++)
    {
      const TableRow *row = &table_rows[i];
      AccordInitiative *initiative = find_initiative (document, row->meeting_id, row->title);
      GListModel *attributes = accord_initiative_get_attributes (initiative);
      GListModel *sources = accord_record_get_sources (ACCORD_RECORD (initiative));
      const char *meeting_id = accord_initiative_get_meeting_id (initiative);
      guint n_cells = 0;
      guint n_attributes = 0;

      /* The cell table has every column of the row, and the attributes are exactly the columns
       * without a field of their own, in the order of the table. */
      for (guint j = 0; j < G_N_ELEMENTS (table_cells); j++)
        {
          const TableCell *cell = &table_cells[j];

          if (!g_str_equal (cell->meeting_id, row->meeting_id)
              || !g_str_equal (cell->row, row->title))
            continue;
          n_cells++;
          if (column_kind (cell->column) == COLUMN_ATTRIBUTE)
            {
              g_autoptr(AccordAttribute) attribute = NULL;

              g_assert_cmpuint (n_attributes, <, g_list_model_get_n_items (attributes));
              attribute = g_list_model_get_item (attributes, n_attributes);
              g_assert_cmpstr (accord_attribute_get_name (attribute), ==, cell->column);
              g_assert_cmpstr (accord_attribute_get_value (attribute), ==, cell->text);
              n_attributes++;
            }
        }
      g_assert_cmpuint (n_cells, ==, row->n_columns);
      g_assert_cmpuint (g_list_model_get_n_items (attributes), ==, n_attributes);

      assert_period (accord_initiative_get_period (initiative),
                     row->timeline != NULL ? row->timeline : "", row->precision,
                     row->start, row->end);
      if (row->proposed)
        g_assert_cmpint (accord_initiative_get_status (initiative), ==, ACCORD_STATUS_PROPOSED);
      g_assert_cmpstr (accord_initiative_get_area (initiative), !=, "");

      /* Each row names the meeting of its article, which exists. */
      g_assert_cmpstr (meeting_id, ==, row->meeting_id);
      g_assert_nonnull (accord_document_lookup_meeting (document, meeting_id));
      g_assert_cmpuint (g_list_model_get_n_items (sources), >=, 1);
    }
}

static void
test_initiatives_name_meetings (void)
{
  g_autoptr(AccordDocument) document = load_dataset ();
  GListModel *initiatives = accord_document_get_initiatives (document);
  GListModel *meetings = accord_document_get_meetings (document);
  guint n_launched = 0;

  /* `meeting` is the meeting that launched an initiative: one the articles report, or none for
   * what predates them all (and was only discussed at one). */
  for (guint i = 0; i < g_list_model_get_n_items (initiatives); i++)
    {
      g_autoptr(AccordInitiative) initiative = g_list_model_get_item (initiatives, i);
      const char *id = accord_record_get_id (ACCORD_RECORD (initiative));
      const char *meeting_id = accord_initiative_get_meeting_id (initiative);

      g_test_message ("initiative %s", id);
      if (g_strv_contains (unlaunched_ids, id))
        {
          g_assert_cmpstr (meeting_id, ==, "");
          /* Where it was discussed is said in the notes. */
          g_assert_nonnull (strstr (accord_record_get_notes (ACCORD_RECORD (initiative)),
                                    "discussed"));
          continue;
        }
      g_assert_cmpstr (meeting_id, !=, "");
      g_assert_nonnull (accord_document_lookup_meeting (document, meeting_id));
    }
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(AccordMeeting) meeting = g_list_model_get_item (meetings, i);
      g_autoptr(GPtrArray) launched = accord_document_list_launched (document, meeting);

      g_assert_nonnull (launched);
      if (i < G_N_ELEMENTS (expected_meetings) && expected_meetings[i].article)
        g_assert_cmpuint (launched->len, >=, 1);
      n_launched += launched->len;
    }
  g_assert_cmpuint (n_launched + g_strv_length ((char **) unlaunched_ids), ==,
                    g_list_model_get_n_items (initiatives));
}

static void
assert_sources (AccordRecord *record)
{
  GListModel *sources = accord_record_get_sources (record);

  g_test_message ("sources of %s", accord_record_get_id (record));
  g_assert_cmpuint (g_list_model_get_n_items (sources), >=, 1);
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(AccordSource) source = g_list_model_get_item (sources, i);
      const char *published = accord_source_get_published (source);

      g_assert_true (accord_source_get_publisher (source)[0] != '\0'
                     || accord_source_get_title (source)[0] != '\0');
      g_assert_cmpstr (accord_source_get_uri (source), ==, "");
      if (published[0] != '\0')
        {
          GDate date;

          g_date_clear (&date, 1);
          g_assert_true (accord_date_from_iso (published, &date));
          g_assert_true (g_date_valid (&date));
        }
    }
}

static void
test_sources (void)
{
  g_autoptr(AccordDocument) document = load_dataset ();
  GListModel *lists[2];

  lists[0] = accord_document_get_meetings (document);
  lists[1] = accord_document_get_initiatives (document);
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
      {
        g_autoptr(AccordRecord) record = g_list_model_get_item (lists[l], i);

        assert_sources (record);
      }
}

static void
test_future_forum (void)
{
  g_autoptr(AccordDocument) document = load_dataset ();
  AccordInitiative *forum = find_initiative (document, M_RETREAT, "ASEAN Future Forum");

  /* "to take place in Hà Nội this April", said at the retreat of 29 January 2024. */
  assert_period (accord_initiative_get_period (forum), "this April", ACCORD_PRECISION_MONTH,
                 "2024-04-01", "2024-04-30");
  g_assert_cmpstr (accord_initiative_get_lead (forum), ==, "Việt Nam");
  g_assert_cmpstr (accord_initiative_lookup_attribute (forum, "Venue"), ==, "Hà Nội");
  g_assert_cmpint (accord_initiative_get_status (forum), ==, ACCORD_STATUS_PLANNED);
}

typedef struct {
  const char     *id;
  const char     *meeting_id;
  const char     *timeline;
  AccordPrecision precision;
  const char     *start;
  const char     *end;
  AccordStatus    status;
  const char     *lead;
} ExpectedActivity;

/* Activities the articles mention outside their tables, timelines as the articles word them. */
static const ExpectedActivity expected_activities[] = {
  { "i-asean-chairmanship-2024", "", "2024", ACCORD_PRECISION_YEAR,
    "2024-01-01", "2024-12-31", ACCORD_STATUS_ONGOING, "Lao PDR" },
  { "i-asean-community-vision-2045-strategies", M_RETREAT, "2024", ACCORD_PRECISION_YEAR,
    "2024-01-01", "2024-12-31", ACCORD_STATUS_PLANNED, "ASEAN" },
  { "i-asean-community-blueprints-review-2025", M_RETREAT, "2024", ACCORD_PRECISION_YEAR,
    "2024-01-01", "2024-12-31", ACCORD_STATUS_PLANNED, "ASEAN" },
  { "i-asean-fund-covid-19-loss", M_AMM_53, "", ACCORD_PRECISION_UNKNOWN,
    NULL, NULL, ACCORD_STATUS_PLANNED, "ASEAN" },
  { "i-regional-reserve-medical-supplies", M_AMM_53, "", ACCORD_PRECISION_UNKNOWN,
    NULL, NULL, ACCORD_STATUS_PLANNED, "ASEAN" },
  { "i-asean-partner-cooperation-plans-2021-2025", M_AMM_53, "2021-2025", ACCORD_PRECISION_YEARS,
    "2021-01-01", "2025-12-31", ACCORD_STATUS_PLANNED, "ASEAN" },
  { "i-online-coc-negotiation", M_COC_GROUPS, "in the near future", ACCORD_PRECISION_UNKNOWN,
    NULL, NULL, ACCORD_STATUS_PROPOSED, "ASEAN" },
  { "i-vn-la-consultation-2024", M_CONSULTATION, "2024", ACCORD_PRECISION_YEAR,
    "2024-01-01", "2024-12-31", ACCORD_STATUS_PROPOSED, "Lao PDR" },
  { "i-vn-la-mofa-cooperation-agreement-2021-2025", "", "2021-25",
    ACCORD_PRECISION_YEARS, "2021-01-01", "2025-12-31", ACCORD_STATUS_ONGOING, "" },
  { "i-vn-la-economic-diplomacy-programme-2020-2025", "", "2020-25",
    ACCORD_PRECISION_YEARS, "2020-01-01", "2025-12-31", ACCORD_STATUS_ONGOING, "" },
  { "i-vn-la-lao-officials-training", "", "", ACCORD_PRECISION_UNKNOWN,
    NULL, NULL, ACCORD_STATUS_ONGOING, "" },
};

static void
test_planned_activities (void)
{
  g_autoptr(AccordDocument) document = load_dataset ();
  AccordInitiative *chairmanship;
  GListModel *sources;

  for (guint i = 0; i < G_N_ELEMENTS (expected_activities); i++)
    {
      const ExpectedActivity *expected = &expected_activities[i];
      AccordInitiative *initiative = get_initiative (document, expected->id);

      g_assert_cmpstr (accord_initiative_get_meeting_id (initiative), ==, expected->meeting_id);
      assert_period (accord_initiative_get_period (initiative), expected->timeline,
                     expected->precision, expected->start, expected->end);
      g_assert_cmpint (accord_initiative_get_status (initiative), ==, expected->status);
      g_assert_cmpstr (accord_initiative_get_lead (initiative), ==, expected->lead);
    }

  chairmanship = get_initiative (document, "i-asean-chairmanship-2024");
  g_assert_cmpstr (accord_initiative_lookup_attribute (chairmanship, "Theme"), ==,
                   "ASEAN: Enhancing Connectivity and Resilience");
  /* Told by both the retreat article and the consultation article. */
  sources = accord_record_get_sources (ACCORD_RECORD (chairmanship));
  g_assert_cmpuint (g_list_model_get_n_items (sources), ==, 2);
}

static void
test_periods (void)
{
  g_autoptr(AccordDocument) document = load_dataset ();
  GListModel *meetings = accord_document_get_meetings (document);
  GListModel *initiatives = accord_document_get_initiatives (document);

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(AccordMeeting) meeting = g_list_model_get_item (meetings, i);

      assert_period_consistent (accord_meeting_get_when (meeting),
                                accord_record_get_id (ACCORD_RECORD (meeting)));
    }
  for (guint i = 0; i < g_list_model_get_n_items (initiatives); i++)
    {
      g_autoptr(AccordInitiative) initiative = g_list_model_get_item (initiatives, i);

      assert_period_consistent (accord_initiative_get_period (initiative),
                                accord_record_get_id (ACCORD_RECORD (initiative)));
    }
}

/* The ids as written in the file: the loader would quietly replace a repeated one, so
 * uniqueness is checked on the text itself, and then that the document kept them all. */
static void
test_ids_unique (void)
{
  static const char *const members[] = { "meetings", "initiatives" };
  static const char *const prefixes[] = { "m-", "i-" };
  g_autoptr(GBytes) bytes = lookup_dataset ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(AccordDocument) document = load_dataset ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  const char *data;
  gsize length;

  data = g_bytes_get_data (bytes, &length);
  json_parser_load_from_data (parser, data, (gssize) length, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_nonnull (root);
  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "accord");
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, ACCORD_JSON_FORMAT_VERSION);

  for (guint m = 0; m < G_N_ELEMENTS (members); m++)
    {
      JsonArray *array = json_object_get_array_member (root, members[m]);
      GListModel *records = m == 0 ? accord_document_get_meetings (document)
                                   : accord_document_get_initiatives (document);

      g_assert_nonnull (array);
      g_assert_cmpuint (json_array_get_length (array), ==, g_list_model_get_n_items (records));
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonObject *object = json_array_get_object_element (array, i);
          const char *id = json_object_get_string_member (object, "id");
          g_autoptr(AccordRecord) record = g_list_model_get_item (records, i);

          g_test_message ("%s[%u] id “%s”", members[m], i, id);
          g_assert_nonnull (id);
          g_assert_true (g_str_has_prefix (id, prefixes[m]));
          g_assert_cmpuint (strlen (id), >, strlen (prefixes[m]));
          g_assert_true (g_hash_table_add (seen, (gpointer) id));
          g_assert_cmpstr (accord_record_get_id (record), ==, id);
        }
    }
}

/* ---- The review's findings (issue 13) ------------------------------------------------------ */

static void
test_review_not_invented (void)
{
  static const char *const invented[] = {
    "COVID-19 Response Fund", /* 002 says "the ASEAN Fund to handle the loss of COVID-19" */
    "Việt Nam News",          /* 003 is signed "VNS" only */
    "information systems",    /* 000 says "critical infrastructure and details systems" */
    "seed",                   /* a word users never see */
  };
  g_autoptr(GBytes) bytes = lookup_dataset ();
  g_autoptr(AccordDocument) document = load_dataset ();
  g_autofree char *text = NULL;
  g_autofree char *folded = NULL;
  AccordInitiative *fund = get_initiative (document, "i-asean-fund-covid-19-loss");
  AccordInitiative *cyber = find_initiative (document, M_SG_FM, "Cybersecurity");
  AccordMeeting *consultation = get_meeting (document, M_CONSULTATION);
  const char *data;
  gsize length;

  data = g_bytes_get_data (bytes, &length);
  text = g_strndup (data, length);
  folded = g_utf8_casefold (text, -1);
  for (guint i = 0; i < G_N_ELEMENTS (invented); i++)
    {
      g_autofree char *needle = g_utf8_casefold (invented[i], -1);

      g_test_message ("not in the dataset: “%s”", invented[i]);
      g_assert_null (strstr (folded, needle));
    }

  g_assert_cmpstr (accord_record_get_title (ACCORD_RECORD (fund)), ==,
                   "ASEAN Fund to handle the loss of COVID-19");
  g_assert_true (g_strv_contains (accord_meeting_get_outcomes (get_meeting (document, M_AMM_53)),
                                  "Documents on building an organizational framework for the "
                                  "establishment of the ASEAN Fund to handle the loss of COVID-19"));
  g_assert_nonnull (strstr (accord_record_get_notes (ACCORD_RECORD (cyber)),
                            "critical infrastructure and details systems"));
  /* A format the article does not state says that it is inferred, and from what. */
  g_assert_cmpint (accord_meeting_get_format (consultation), ==, ACCORD_MEETING_FORMAT_IN_PERSON);
  g_assert_nonnull (strstr (accord_record_get_notes (ACCORD_RECORD (consultation)),
                            "In person is inferred"));
  g_assert_nonnull (strstr (accord_record_get_notes (ACCORD_RECORD (get_meeting (document,
                                                                                  M_RETREAT))),
                            "In person is likewise inferred"));
}

typedef enum {
  IN_SUMMARY,
  IN_OUTCOMES,
  IN_TOPICS,
} Where;

typedef struct {
  const char *meeting_id;
  Where       where;
  const char *text; /* in the summary, or one whole outcome or topic */
} Statement;

/* The ten statements the first version left out (001's is checked below). */
static const Statement statements[] = {
  { M_SG_FM, IN_OUTCOMES, "Shared frameworks proposed that could aid ASEAN nations in achieving "
                          "their sustainable development goals" },
  { M_SG_FM, IN_OUTCOMES, "Continued commitment to constructive dialogue, acknowledged as "
                          "critical to advancing shared interests and regional stability" },
  { M_SG_FM, IN_SUMMARY, "the ASEAN Charter’s principles of unity and the promotion of peace" },
  { M_SG_FM, IN_TOPICS, "ASEAN Charter" },
  { M_SG_DEFENCE, IN_TOPICS, "Mutual trust and transparency" },
  { M_AMM_53, IN_OUTCOMES, "ASEAN adopted new ideas, an important foundation for future "
                           "cooperation" },
  { M_AMM_53, IN_SUMMARY, "many other countries also want to become development partners with "
                          "ASEAN" },
  { M_RETREAT, IN_OUTCOMES, "Member countries further respect the values of solidarity and "
                            "unanimity" },
  { M_RETREAT, IN_SUMMARY, "further strengthened the special traditional friendship between "
                           "Việt Nam and Laos" },
  { M_RETREAT, IN_SUMMARY, "assist ASEAN with community building and advocate ASEAN's centrality "
                           "in the regional architecture" },
  { M_RETREAT, IN_SUMMARY, "maintain a balanced and objective approach and boost its role and "
                           "voice" },
};

static void
test_review_statements (void)
{
  g_autoptr(AccordDocument) document = load_dataset ();
  AccordMeeting *defence = get_meeting (document, M_SG_DEFENCE);
  gboolean found = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (statements); i++)
    {
      const Statement *statement = &statements[i];
      AccordMeeting *meeting = get_meeting (document, statement->meeting_id);

      g_test_message ("statement “%s”", statement->text);
      switch (statement->where)
        {
        case IN_SUMMARY:
          g_assert_nonnull (strstr (accord_meeting_get_summary (meeting), statement->text));
          break;
        case IN_OUTCOMES:
          g_assert_true (g_strv_contains (accord_meeting_get_outcomes (meeting), statement->text));
          break;
        case IN_TOPICS:
          g_assert_true (g_strv_contains (accord_meeting_get_topics (meeting), statement->text));
          break;
        default:
          g_assert_not_reached ();
        }
    }

  /* 001: "Prioritizing mutual trust and transparency, their discourse outlined practical steps" */
  for (const char * const *outcome = accord_meeting_get_outcomes (defence); *outcome; outcome++)
    found = found || strstr (*outcome, "prioritizing mutual trust and transparency") != NULL;
  g_assert_true (found);
}

/* Facts that lived only in notes have records of their own. */
static void
test_review_records (void)
{
  g_autoptr(AccordDocument) document = load_dataset ();
  AccordMeeting *visit = get_meeting (document, M_VISIT);
  AccordMeeting *women = get_meeting (document, M_WOMENS_ROLES);
  AccordMeeting *groups = get_meeting (document, M_COC_GROUPS);
  AccordInitiative *online = get_initiative (document, "i-online-coc-negotiation");

  /* 004, dated 2023-11-22: "who is on a visit to Vietnam from November 21-23". */
  assert_period (accord_meeting_get_when (visit), "from November 21-23", ACCORD_PRECISION_DAY,
                 "2023-11-21", "2023-11-23");
  g_assert_cmpstr (accord_meeting_get_location (visit), ==, "Việt Nam");
  assert_source (ACCORD_RECORD (visit), "Vietnam News Agency (VNA)",
                 "Vietnam, Laos hold tenth foreign ministerial-level consultation meeting",
                 "2023-11-22");

  /* 002: "the meeting of ministers on women's roles … organized as face-to-face meetings". */
  g_assert_cmpint (accord_meeting_get_format (women), ==, ACCORD_MEETING_FORMAT_IN_PERSON);
  g_assert_true (g_strv_contains (accord_meeting_get_topics (women), "Women's roles"));

  /* 002, published 2020-09-14: "Last week, leaders of the specialist groups … met"; no week
   * precision, so the year. */
  assert_period (accord_meeting_get_when (groups), "Last week", ACCORD_PRECISION_YEAR,
                 "2020-01-01", "2020-12-31");
  g_assert_cmpint (accord_meeting_get_format (groups), ==, ACCORD_MEETING_FORMAT_UNSPECIFIED);
  assert_source (ACCORD_RECORD (groups), "MOIT Vietnam",
                 "AMM 53: Laos highly appreciates the organization of conferences of Vietnam",
                 "2020-09-14");
  /* That meeting, not AMM 53, agreed to consider an online negotiation. */
  g_assert_cmpstr (accord_initiative_get_meeting_id (online), ==, M_COC_GROUPS);
}

/* Same-named rows of two articles' tables stay separate, and say so; topics use one spelling. */
static void
test_review_near_duplicates (void)
{
  static const struct {
    const char *meeting_id;
    const char *title;
  } rows[] = {
    { M_SG_FM, "Cybersecurity" },
    { M_SG_DEFENCE, "Cybersecurity" },
    { M_SG_FM, "Counterterrorism" },
    { M_SG_DEFENCE, "Counter-Terrorism" },
  };
  g_autoptr(AccordDocument) document = load_dataset ();

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      AccordInitiative *initiative = find_initiative (document, rows[i].meeting_id, rows[i].title);

      g_assert_nonnull (strstr (accord_record_get_notes (ACCORD_RECORD (initiative)),
                                "Not the same as"));
    }
  for (guint i = 0; i < 2; i++)
    {
      const char * const *topics =
        accord_meeting_get_topics (get_meeting (document, i == 0 ? M_SG_FM : M_SG_DEFENCE));

      g_assert_true (g_strv_contains (topics, "Counterterrorism"));
      g_assert_false (g_strv_contains (topics, "Counter-terrorism"));
      g_assert_true (g_strv_contains (topics, "Cybersecurity"));
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  /* The resource is compiled with --manual-register: until accord_register_resource () runs,
   * accord_get_resource () returns NULL. Registering initialises it and adds it to the
   * resources that g_resources_lookup_data () searches. */
  accord_register_resource ();
  g_assert_nonnull (accord_get_resource ());

  g_test_add_func ("/dataset/loads", test_loads);
  g_test_add_func ("/dataset/meetings/count", test_meetings_count);
  g_test_add_func ("/dataset/meetings/retreat", test_meeting_retreat);
  g_test_add_func ("/dataset/meetings/consultation", test_meeting_consultation);
  g_test_add_func ("/dataset/meetings/amm-53", test_meeting_amm_53);
  g_test_add_func ("/dataset/meetings/undated", test_meetings_undated);
  g_test_add_func ("/dataset/participants", test_participants);
  g_test_add_func ("/dataset/tables/cells", test_table_cells);
  g_test_add_func ("/dataset/tables/rows", test_table_rows);
  g_test_add_func ("/dataset/initiatives/meetings", test_initiatives_name_meetings);
  g_test_add_func ("/dataset/initiatives/future-forum", test_future_forum);
  g_test_add_func ("/dataset/initiatives/planned", test_planned_activities);
  g_test_add_func ("/dataset/sources", test_sources);
  g_test_add_func ("/dataset/periods", test_periods);
  g_test_add_func ("/dataset/ids", test_ids_unique);
  g_test_add_func ("/dataset/amm-53/tapchilaoviet", test_tapchilaoviet);
  g_test_add_func ("/dataset/review/not-invented", test_review_not_invented);
  g_test_add_func ("/dataset/review/statements", test_review_statements);
  g_test_add_func ("/dataset/review/records", test_review_records);
  g_test_add_func ("/dataset/review/near-duplicates", test_review_near_duplicates);

  status = g_test_run ();
  accord_unregister_resource ();
  return status;
}
