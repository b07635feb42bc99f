/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "import/import-check.h"

/* The five articles the built-in dataset was drawn from (../shared/seeds/, not part of the
 * repository): every meeting, participant, date and table row of the dataset is drafted from
 * its article, with the values the article states — and nothing it does not. */

static AccordImport *
import_seed (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("ACCORD_SEEDS_DIR"), name, NULL);

  return check_import_file (path, NULL);
}

/* The Secretary-General of ASEAN and the Lao Foreign Minister: neither is named, no date but
 * "recently", no place, two tables. */
static void
test_sg_foreign_minister (void)
{
  g_autoptr(AccordImport) import = import_seed ("000_b481561dc18ba05a.txt");
  AccordMeeting *meeting;
  AccordInitiative *initiative;
  const char *title = "Meeting of the Secretary-General of ASEAN and the Minister of Foreign Affairs of Lao PDR";

  g_assert_cmpuint (accord_import_get_meetings (import)->len, ==, 1);
  meeting = check_find_meeting (import, title);
  check_period (accord_meeting_get_when (meeting), "recently", "unknown");
  g_assert_cmpstr (accord_meeting_get_location (meeting), ==, "");
  g_assert_cmpint (accord_meeting_get_format (meeting), ==, ACCORD_MEETING_FORMAT_UNSPECIFIED);
  g_assert_cmpuint (g_list_model_get_n_items (accord_meeting_get_participants (meeting)), ==, 2);
  check_participant (meeting, 0, "", "Secretary-General of ASEAN", "ASEAN", "");
  check_participant (meeting, 1, "", "Minister of Foreign Affairs of Lao PDR", "Lao PDR", "");
  check_span (import, ACCORD_RECORD (meeting), "participants[0].title",
              "Secretary-General of the Association of Southeast Asian Nations (ASEAN)");
  check_span (import, ACCORD_RECORD (meeting), "participants[1].affiliation",
              "the lao people’s Democratic Republic (Lao PDR)");
  check_source (ACCORD_RECORD (meeting), 0, "",
                "Secretary-General of ASEAN Engages in Constructive dialogue with Laos’ Foreign Affairs Minister",
                "");
  g_assert_cmpuint (accord_import_get_initiatives (import)->len, ==, 6);

  initiative = check_find_initiative (import, "ASEAN Economic Recovery Plan", 0);
  g_assert_cmpstr (accord_initiative_get_objective (initiative), ==,
                   "Boost regional economies in post-pandemic recovery");
  check_period (accord_initiative_get_period (initiative), "Q1 2024", "quarter 2024-01-01 2024-03-31");
  g_assert_cmpstr (accord_initiative_get_meeting_id (initiative), ==,
                   accord_record_get_id (ACCORD_RECORD (meeting)));
  check_span (import, ACCORD_RECORD (initiative), "timeline", "Q1 2024");
  initiative = check_find_initiative (import, "Cultural Awareness Programs", 0);
  g_assert_cmpstr (accord_initiative_get_objective (initiative), ==, "enhance regional cultural connections");
  check_period (accord_initiative_get_period (initiative), "Throughout 2024", "year 2024-01-01 2024-12-31");
  initiative = check_find_initiative (import, "Digital Transformation Summit", 0);
  g_assert_cmpstr (accord_initiative_get_objective (initiative), ==, "Promote technology sharing and innovation");
  check_period (accord_initiative_get_period (initiative), "Q3 2024", "quarter 2024-07-01 2024-09-30");

  initiative = check_find_initiative (import, "Counterterrorism", 0);
  check_attribute (initiative, "Proposed Action", "Create joint workshops for intelligence exchange.");
  check_period (accord_initiative_get_period (initiative), "", "unknown");
  initiative = check_find_initiative (import, "Cybersecurity", 0);
  check_attribute (initiative, "Proposed Action", "Implement regional cybersecurity drills.");
  initiative = check_find_initiative (import, "Disaster Response", 0);
  check_attribute (initiative, "Proposed Action", "Develop a rapid response framework across nations.");
  check_span (import, ACCORD_RECORD (initiative), "attributes[0].name", "Proposed Action");
}

static void
test_sg_defence_minister (void)
{
  g_autoptr(AccordImport) import = import_seed ("001_f420d65c7550d6ba.txt");
  AccordMeeting *meeting;
  AccordInitiative *initiative;
  static const struct
  {
    const char *title;
    const char *priority;
    const char *focus;
  } areas[] = {
    { "Maritime Security", "Strengthen border patrols", "Increase naval training programs" },
    { "Cybersecurity", "Enhance regional cyber defense", "Develop national cyber resilience" },
    { "Counter-Terrorism", "Share intelligence swiftly", "Coordinate threat assessments" },
  };
  static const struct
  {
    const char *title;
    const char *outcome;
    const char *timeline;
    const char *dates;
  } plans[] = {
    { "ASEAN Joint Military Exercises", "Increased Tactical Coordination", "2024 – 2025", "years 2024-01-01 2025-12-31" },
    { "Regional Cybersecurity Task Force", "Enhanced Threat Intelligence Sharing", "Q3 2024", "quarter 2024-07-01 2024-09-30" },
    { "Lao PDR Defence Capacity Building", "Improved Operational Capability", "2024 – 2026", "years 2024-01-01 2026-12-31" },
    { "Joint Training Exercises", "Improved interoperability and readiness", "", "unknown" },
    { "Cybersecurity Cooperation", "Mitigation of regional cyber threats", "", "unknown" },
    { "Youth Peace Programs", "Strengthened community-driven peacebuilding", "", "unknown" },
    { "Border Security Enhancements", "Reduced illegal cross-border activities", "", "unknown" },
  };

  g_assert_cmpuint (accord_import_get_meetings (import)->len, ==, 1);
  meeting = check_find_meeting (import, "Meeting of the Secretary-General of ASEAN and the Minister of National Defence of Lao PDR");
  check_period (accord_meeting_get_when (meeting), "held recently", "unknown");
  check_participant (meeting, 0, "", "Secretary-General of ASEAN", "ASEAN", "");
  check_participant (meeting, 1, "", "Minister of National Defence of Lao PDR", "Lao PDR", "");
  g_assert_cmpint (accord_meeting_get_kind (meeting), ==, ACCORD_MEETING_KIND_BILATERAL);

  g_assert_cmpuint (accord_import_get_initiatives (import)->len, ==, 10);
  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    {
      initiative = check_find_initiative (import, areas[i].title, 0);
      check_attribute (initiative, "ASEAN Priority", areas[i].priority);
      check_attribute (initiative, "Lao PDR Focus", areas[i].focus);
    }
  for (guint i = 0; i < G_N_ELEMENTS (plans); i++)
    {
      initiative = check_find_initiative (import, plans[i].title, 0);
      g_assert_cmpstr (accord_initiative_get_expected_outcome (initiative), ==, plans[i].outcome);
      check_period (accord_initiative_get_period (initiative), plans[i].timeline, plans[i].dates);
      g_assert_cmpuint (g_list_model_get_n_items (accord_initiative_get_attributes (initiative)), ==, 0);
    }
}

static void
test_amm_53 (void)
{
  g_autoptr(AccordImport) import = import_seed ("002_2ee29018e869947e.txt");
  AccordMeeting *meeting;
  GDate reference;

  g_assert_cmpint (accord_import_get_reference_origin (import), ==, ACCORD_IMPORT_REFERENCE_PUBLISHED);
  g_assert_true (accord_import_get_reference (import, &reference));
  g_assert_cmpuint (g_date_get_year (&reference), ==, 2020);
  g_assert_cmpuint (g_date_get_month (&reference), ==, G_DATE_SEPTEMBER);
  g_assert_cmpuint (g_date_get_day (&reference), ==, 14);
  g_assert_cmpuint (accord_import_get_meetings (import)->len, ==, 3);

  meeting = check_find_meeting (import, "53rd ASEAN Foreign Ministers Meeting (AMM 53)");
  check_period (accord_meeting_get_when (meeting), "ASEAN Chair Country 2020", "year 2020-01-01 2020-12-31");
  g_assert_cmpint (accord_meeting_get_format (meeting), ==, ACCORD_MEETING_FORMAT_ONLINE);
  check_span (import, ACCORD_RECORD (meeting), "format", "online");
  g_assert_cmpint (accord_meeting_get_kind (meeting), ==, ACCORD_MEETING_KIND_MULTILATERAL);
  check_participant (meeting, 0, "Thongphane Savanphet", "Deputy Foreign Minister; Head of SOM ASEAN Laos",
                     "Lao PDR", "");
  check_participant (meeting, 1, "", "ASEAN Foreign Ministers", "ASEAN", "");
  g_assert_cmpuint (g_list_model_get_n_items (accord_meeting_get_participants (meeting)), ==, 2);
  check_source (ACCORD_RECORD (meeting), 0, "MOIT Vietnam",
                "AMM 53: Laos highly appreciates the organization of conferences of Vietnam", "2020-09-14");
  check_source (ACCORD_RECORD (meeting), 1, "TapchiLaoViet", "", "");
  check_span (import, ACCORD_RECORD (meeting), "sources[0].published", "14th September 2020");

  meeting = check_find_meeting (import, "Meeting of ministers on women's roles");
  check_period (accord_meeting_get_when (meeting), "", "unknown");
  g_assert_cmpint (accord_meeting_get_format (meeting), ==, ACCORD_MEETING_FORMAT_IN_PERSON);
  check_span (import, ACCORD_RECORD (meeting), "format", "face-to-face");
  check_participant (meeting, 0, "", "Ministers", "", "");

  meeting = check_find_meeting (import, "Meeting of leaders of the specialist groups in charge of COC negotiations");
  /* "Last week", in an article of Monday 14 September 2020. */
  check_period (accord_meeting_get_when (meeting), "Last week", "day 2020-09-07 2020-09-13");
  g_assert_nonnull (strstr (accord_record_get_notes (ACCORD_RECORD (meeting)), "2020-09-14"));
  g_assert_cmpint (accord_meeting_get_format (meeting), ==, ACCORD_MEETING_FORMAT_UNSPECIFIED);
  check_participant (meeting, 0, "", "Leaders of the specialist groups in charge of COC negotiations", "", "");

  /* Two of the dataset's initiatives are named in the prose. */
  g_assert_cmpuint (accord_import_get_initiatives (import)->len, ==, 2);
  {
    AccordInitiative *fund = check_find_initiative (import, "ASEAN Fund", 0);
    AccordInitiative *plans = check_find_initiative (import, "Cooperation plan", 0);

    g_assert_cmpint (accord_initiative_get_status (fund), ==, ACCORD_STATUS_ONGOING);
    check_span (import, ACCORD_RECORD (fund), "status", "adopted");
    check_period (accord_initiative_get_period (plans), "the period of 2021-2025",
                  "years 2021-01-01 2025-12-31");
  }
}

static void
test_amm_retreat (void)
{
  g_autoptr(AccordImport) import = import_seed ("003_41b4e95c0e682894.txt");
  AccordMeeting *meeting;

  /* No date line: "the ASEAN Chair in 2024 … this year". */
  g_assert_cmpint (accord_import_get_reference_origin (import), ==, ACCORD_IMPORT_REFERENCE_THIS_YEAR);
  g_assert_cmpuint (accord_import_get_meetings (import)->len, ==, 1);
  meeting = check_find_meeting (import, "ASEAN Foreign Ministers (AMM)'s Retreat");
  check_period (accord_meeting_get_when (meeting), "on January 29", "day 2024-01-29 2024-01-29");
  g_assert_nonnull (strstr (accord_record_get_notes (ACCORD_RECORD (meeting)), "2024"));
  g_assert_cmpstr (accord_meeting_get_location (meeting), ==, "Luang Prabang");
  g_assert_cmpint (accord_meeting_get_kind (meeting), ==, ACCORD_MEETING_KIND_RETREAT);
  g_assert_cmpint (accord_meeting_get_format (meeting), ==, ACCORD_MEETING_FORMAT_UNSPECIFIED);
  check_participant (meeting, 0, "", "ASEAN Foreign Ministers", "ASEAN", "");
  check_participant (meeting, 1, "Vũ Hồ", "Ambassador", "Việt Nam",
                     "Acting head of the ASEAN Senior Officials Meeting (SOM) delegation of Việt Nam");
  /* The article never says whose minister he is. */
  check_participant (meeting, 2, "Bùi Thanh Sơn", "Minister of Foreign Affairs", "", "");
  g_assert_cmpuint (g_list_model_get_n_items (accord_meeting_get_participants (meeting)), ==, 3);
  check_source (ACCORD_RECORD (meeting), 0, "VNS", "", "");

  /* "Việt Nam’s initiative of hosting the ASEAN Future Forum …, to take place in Hà Nội this
   * April": planned, not a meeting held. */
  {
    AccordInitiative *forum = check_find_initiative (import, "ASEAN Future Forum", 0);

    check_period (accord_initiative_get_period (forum), "this April", "month 2024-04-01 2024-04-30");
    check_attribute (forum, "Venue", "Hà Nội");
    g_assert_cmpint (accord_initiative_get_status (forum), ==, ACCORD_STATUS_PLANNED);
    g_assert_cmpstr (accord_initiative_get_meeting_id (forum), ==,
                     accord_record_get_id (ACCORD_RECORD (meeting)));
  }
}

static void
test_vn_la_consultation (void)
{
  g_autoptr(AccordImport) import = import_seed ("004_e8e0a63c2d739386.txt");
  AccordMeeting *meeting;

  g_assert_cmpuint (accord_import_get_meetings (import)->len, ==, 2);
  meeting = check_find_meeting (import, "Tenth Vietnam-Laos foreign ministerial-level consultation meeting");
  check_period (accord_meeting_get_when (meeting), "on November 22", "day 2023-11-22 2023-11-22");
  g_assert_cmpstr (accord_meeting_get_location (meeting), ==, "Hanoi");
  g_assert_cmpint (accord_meeting_get_kind (meeting), ==, ACCORD_MEETING_KIND_CONSULTATION);
  check_participant (meeting, 0, "Bui Thanh Son", "Minister of Foreign Affairs", "Việt Nam", "Co-chair");
  check_participant (meeting, 1, "Saleumxay Kommasith", "Deputy Prime Minister and Foreign Minister",
                     "Lao PDR", "Co-chair");
  check_span (import, ACCORD_RECORD (meeting), "participants[0].affiliation", "Vietnamese");
  check_span (import, ACCORD_RECORD (meeting), "participants[1].role", "co-chaired");
  check_source (ACCORD_RECORD (meeting), 0, "VNA",
                "Vietnam, Laos hold tenth foreign ministerial-level consultation meeting", "2023-11-22");

  meeting = check_find_meeting (import, "Visit of Saleumxay Kommasith to Vietnam");
  check_period (accord_meeting_get_when (meeting), "from November 21-23", "day 2023-11-21 2023-11-23");
  g_assert_cmpstr (accord_meeting_get_location (meeting), ==, "Vietnam");
  check_participant (meeting, 0, "Saleumxay Kommasith", "Deputy Prime Minister and Foreign Minister",
                     "Lao PDR", "");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/seeds/sg-foreign-minister", test_sg_foreign_minister);
  g_test_add_func ("/import/seeds/sg-defence-minister", test_sg_defence_minister);
  g_test_add_func ("/import/seeds/amm-53", test_amm_53);
  g_test_add_func ("/import/seeds/amm-retreat", test_amm_retreat);
  g_test_add_func ("/import/seeds/vn-la-consultation", test_vn_la_consultation);

  return g_test_run ();
}
