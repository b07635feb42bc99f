/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "import/import-quality.h"

/* Articles written for these tests (tests/import/prose/), in the ways wire and ministry texts
 * are written: datelines, dates without a year, ranges and periods, people written many ways,
 * captions with stray "|", run-in lists, several meetings in one article. Each has what a
 * reader finds in it beside it (.expected); the importer must find most of it and invent
 * almost nothing: the goals of the issue, recall ≥ 0.9 and precision ≥ 0.95 on participants
 * and dates. */

static char *
prose_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "import", "prose", name, NULL);
}

static AccordImport *
import_prose (const char *name)
{
  g_autofree char *path = prose_path (name);

  return check_import_file (path, NULL);
}

static void
test_quality (void)
{
  g_autofree char *dir = prose_path ("");
  Quality quality = { { 0 } };

  quality_add_folder (&quality, dir, g_test_verbose ());
  for (guint f = 0; f < N_QUALITY_FIELDS; f++)
    g_test_message ("%s: precision %.2f (%u of %u drafted), recall %.2f (%u of %u)",
                    quality_field_names[f], quality_precision (&quality, f), quality.correct[f],
                    quality.drafted[f], quality_recall (&quality, f), quality.correct[f],
                    quality.expected[f]);
  g_assert_cmpuint (quality.expected[QUALITY_MEETINGS], >=, 10);
  g_assert_cmpfloat (quality_recall (&quality, QUALITY_PARTICIPANTS), >=, 0.9);
  g_assert_cmpfloat (quality_precision (&quality, QUALITY_PARTICIPANTS), >=, 0.95);
  g_assert_cmpfloat (quality_recall (&quality, QUALITY_DATES), >=, 0.9);
  g_assert_cmpfloat (quality_precision (&quality, QUALITY_DATES), >=, 0.95);
}

/* "JAKARTA, Sept 5 —" has no year; the "Published" line has: Tuesday is 3 September 2024. */
static void
test_dateline (void)
{
  g_autoptr(AccordImport) import = import_prose ("01-dateline-jakarta.txt");
  AccordMeeting *meeting = check_find_meeting (import, "Meeting of Retno Marsudi and Mohamad Hasan");

  g_assert_cmpint (accord_import_get_reference_origin (import), ==, ACCORD_IMPORT_REFERENCE_PUBLISHED);
  check_period (accord_meeting_get_when (meeting), "on Tuesday", "day 2024-09-03 2024-09-03");
  g_assert_nonnull (strstr (accord_record_get_notes (ACCORD_RECORD (meeting)), "2024-09-05"));
  g_assert_cmpstr (accord_meeting_get_location (meeting), ==, "Jakarta");
  check_participant (meeting, 0, "Retno Marsudi", "Foreign Minister", "Indonesia", "");
  /* "Dato' Sri" is how he is addressed, not his name or office. */
  check_participant (meeting, 1, "Mohamad Hasan", "Foreign Minister", "Malaysia", "");
  check_span (import, ACCORD_RECORD (meeting), "participants[1].affiliation", "Malaysia");
}

/* Titles after the names, "H.E. Ms.", two titles joined by "and". */
static void
test_titles_after_names (void)
{
  g_autoptr(AccordImport) import = import_prose ("02-title-after-name.txt");
  AccordMeeting *meeting = check_find_meeting (import, "Meeting of Saleumxay Kommasith and Penny Wong");

  check_period (accord_meeting_get_when (meeting), "on 12 March 2024", "day 2024-03-12 2024-03-12");
  check_participant (meeting, 0, "Saleumxay Kommasith",
                     "Deputy Prime Minister and Minister of Foreign Affairs", "Lao PDR", "");
  check_participant (meeting, 1, "Penny Wong", "Foreign Minister", "Australia", "");
  /* No year in the article but the one given: nothing is resolved. */
  g_assert_cmpint (accord_import_get_reference_origin (import), ==, ACCORD_IMPORT_REFERENCE_NONE);
}

/* The event, a press conference about it, one it follows, one still to come. */
static void
test_several_meetings (void)
{
  g_autoptr(AccordImport) import = import_prose ("03-several-meetings.txt");
  AccordMeeting *meeting = check_find_meeting (import, "16th ASEAN Defence Ministers' Meeting (ADMM)");

  check_period (accord_meeting_get_when (meeting), "on November 15", "day 2023-11-15 2023-11-15");
  check_participant (meeting, 0, "Phan Van Giang", "Minister of National Defence", "Việt Nam", "Chair");
  meeting = check_find_meeting (import, "ADMM Retreat");
  check_period (accord_meeting_get_when (meeting), "on 10 February 2023", "day 2023-02-10 2023-02-10");
  g_assert_cmpstr (accord_meeting_get_location (meeting), ==, "Bali");
  meeting = check_find_meeting (import, "Press conference");
  check_participant (meeting, 0, "Hoang Xuan Chien", "Deputy Minister of National Defence", "", "");
  /* The next meeting is planned: an initiative, not a meeting that took place. */
  {
    AccordInitiative *next = check_find_initiative (import, "17th ASEAN Defence Ministers' Meeting", 0);

    check_period (accord_initiative_get_period (next), "in the third quarter of 2024",
                  "quarter 2024-07-01 2024-09-30");
    g_assert_cmpint (accord_initiative_get_status (next), ==, ACCORD_STATUS_PLANNED);
  }
}

/* One person written with and without diacritics, by full name, surname and title. */
static void
test_diacritics (void)
{
  g_autoptr(AccordImport) import = import_prose ("04-vietnamese-diacritics.txt");
  AccordMeeting *meeting = check_find_meeting (import, "Meeting of Bùi Thanh Sơn and Vivian Balakrishnan");

  g_assert_cmpuint (accord_import_get_meetings (import)->len, ==, 1);
  check_period (accord_meeting_get_when (meeting), "on Monday", "day 2024-05-20 2024-05-20");
  g_assert_cmpstr (accord_meeting_get_location (meeting), ==, "Hà Nội");
  g_assert_cmpuint (g_list_model_get_n_items (accord_meeting_get_participants (meeting)), ==, 2);
  check_participant (meeting, 1, "Vivian Balakrishnan", "Minister for Foreign Affairs", "Singapore", "");
}

/* Captions and page furniture with "|" are no tables; "as chair" is a role; "in person" the
 * format. */
static void
test_captions (void)
{
  g_autoptr(AccordImport) import = import_prose ("05-caption-pipes.txt");
  AccordMeeting *meeting = check_find_meeting (import, "55th ASEAN Foreign Ministers' Meeting (55th AMM)");

  g_assert_cmpuint (accord_import_get_initiatives (import)->len, ==, 0);
  check_period (accord_meeting_get_when (meeting), "on 3 August", "day 2022-08-03 2022-08-03");
  g_assert_cmpint (accord_meeting_get_format (meeting), ==, ACCORD_MEETING_FORMAT_IN_PERSON);
  check_participant (meeting, 0, "Prak Sokhonn", "Deputy Prime Minister and Minister of Foreign Affairs",
                     "Cambodia", "Chair");
}

/* "yesterday", co-chairs, and an initiative in a run-in list. */
static void
test_run_in_list (void)
{
  g_autoptr(AccordImport) import = import_prose ("06-run-in-lists.txt");
  AccordMeeting *meeting = check_find_meeting (import, "4th Joint Commission Meeting");
  AccordInitiative *plan = check_find_initiative (import, "Joint Work Plan", 0);

  check_period (accord_meeting_get_when (meeting), "yesterday", "day 2024-06-13 2024-06-13");
  check_participant (meeting, 0, "Maris Sangiampongsa", "Foreign Minister", "Thailand", "Co-chair");
  check_participant (meeting, 1, "Sok Chenda Sophea", "Foreign Minister", "Cambodia", "Co-chair");
  check_period (accord_initiative_get_period (plan), "2024-2025", "years 2024-01-01 2025-12-31");
  g_assert_cmpstr (accord_initiative_get_meeting_id (plan), ==, accord_record_get_id (ACCORD_RECORD (meeting)));
}

/* "the Honourable … MP", a venue, "Gen.". */
static void
test_honourable (void)
{
  g_autoptr(AccordImport) import = import_prose ("07-honourable-mp.txt");
  AccordMeeting *meeting = check_find_meeting (import, "Meeting of Ahmad Zahid Hamidi and Sonexay Siphandone");

  check_period (accord_meeting_get_when (meeting), "on Monday", "day 2024-10-07 2024-10-07");
  g_assert_cmpstr (accord_meeting_get_location (meeting), ==, "Perdana Putra Building, Putrajaya");
  check_participant (meeting, 0, "Ahmad Zahid Hamidi", "Deputy Prime Minister", "Malaysia", "");
  check_participant (meeting, 2, "Mohd Nizam Jaffar", "Chief of Defence Force", "", "");
}

/* "Sultan X of Brunei", a state visit, and no year to read "January 19" against. */
static void
test_no_year (void)
{
  g_autoptr(AccordImport) import = import_prose ("08-sultan-brunei.txt");
  AccordMeeting *meeting = check_find_meeting (import, "Meeting of Hassanal Bolkiah and Ferdinand Marcos Jr");

  check_period (accord_meeting_get_when (meeting), "on January 19", "unknown");
  check_participant (meeting, 0, "Hassanal Bolkiah", "Sultan", "Brunei Darussalam", "");
  meeting = check_find_meeting (import, "Visit of Ferdinand Marcos Jr to Brunei Darussalam");
  check_period (accord_meeting_get_when (meeting), "from 18 to 20 January 2025", "day 2025-01-18 2025-01-20");
}

/* Periods as prose writes them: "(2025-2030)", "the 2025–2027 period", "by mid-2026", "in the
 * third quarter". */
static void
test_periods (void)
{
  g_autoptr(AccordImport) import = import_prose ("09-periods.txt");
  AccordInitiative *initiative;

  initiative = check_find_initiative (import, "ASEAN Digital Economy Framework Agreement", 0);
  check_period (accord_initiative_get_period (initiative), "2025-2030", "years 2025-01-01 2030-12-31");
  initiative = check_find_initiative (import, "ASEAN Green Finance Initiative", 0);
  check_period (accord_initiative_get_period (initiative), "in the 2025–2027 period",
                "years 2025-01-01 2027-12-31");
  initiative = check_find_initiative (import, "ASEAN Tourism Strategic Plan", 0);
  check_period (accord_initiative_get_period (initiative), "in the third quarter", "quarter 2025-07-01 2025-09-30");
}

/* An office with no name beside a name with an honorific; "hybrid". */
static void
test_office_without_name (void)
{
  g_autoptr(AccordImport) import = import_prose ("10-office-without-name.txt");
  AccordMeeting *meeting = check_find_meeting (import,
                                               "Meeting of Kao Kim Hourn and the Minister of Foreign Affairs of Timor-Leste");

  g_assert_cmpint (accord_meeting_get_format (meeting), ==, ACCORD_MEETING_FORMAT_HYBRID);
  check_participant (meeting, 0, "Kao Kim Hourn", "Secretary-General", "ASEAN", "");
  check_participant (meeting, 1, "", "Minister of Foreign Affairs of Timor-Leste", "Timor-Leste", "");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/prose/quality", test_quality);
  g_test_add_func ("/import/prose/dateline", test_dateline);
  g_test_add_func ("/import/prose/titles-after-names", test_titles_after_names);
  g_test_add_func ("/import/prose/several-meetings", test_several_meetings);
  g_test_add_func ("/import/prose/diacritics", test_diacritics);
  g_test_add_func ("/import/prose/captions", test_captions);
  g_test_add_func ("/import/prose/run-in-list", test_run_in_list);
  g_test_add_func ("/import/prose/honourable", test_honourable);
  g_test_add_func ("/import/prose/no-year", test_no_year);
  g_test_add_func ("/import/prose/periods", test_periods);
  g_test_add_func ("/import/prose/office-without-name", test_office_without_name);

  return g_test_run ();
}
