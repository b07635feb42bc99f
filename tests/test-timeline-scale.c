/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The timeline's parts that need no display: the time scale (dates and pixels, zooming,
 * the ruler's units and labels), the words for screen readers and tooltips, and the rows. */

#include "config.h"

#include <locale.h>
#include <math.h>

#include "accord-json-file.h"
#include "accord-json.h"
#include "accord-time-scale.h"
#include "accord-timeline-rows.h"
#include "accord-timeline-text.h"

static guint32
julian (guint day,
        guint month,
        guint year)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

static AccordDocument *
dataset_document (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "resources", "asean-2024.json",
                                                 NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  AccordDocument *document = accord_document_new ();

  g_assert_true (accord_json_file_load (document, file, NULL, &error));
  g_assert_no_error (error);

  return document;
}

static AccordInitiative *
initiative_titled (AccordDocument *document,
                   const char     *title)
{
  GListModel *initiatives = accord_document_get_initiatives (document);

  for (guint i = 0; i < g_list_model_get_n_items (initiatives); i++)
    {
      g_autoptr(AccordInitiative) initiative = g_list_model_get_item (initiatives, i);

      if (g_str_equal (accord_record_get_title (ACCORD_RECORD (initiative)), title))
        return initiative;
    }

  g_assert_not_reached ();
}

/* The scale */

static void
test_scale_round_trip (void)
{
  g_autoptr(AccordTimeScale) scale = accord_time_scale_new ();
  const double zooms[] = { ACCORD_TIME_SCALE_MIN_PIXELS_PER_DAY, 0.5, 3.0, 41.7,
                           ACCORD_TIME_SCALE_MAX_PIXELS_PER_DAY };

  accord_time_scale_set_width (scale, 1280);

  for (guint z = 0; z < G_N_ELEMENTS (zooms); z++)
    {
      accord_time_scale_set_view (scale, julian (1, 1, 2024) - 12.25, zooms[z]);
      g_assert_cmpfloat (accord_time_scale_get_pixels_per_day (scale), ==, zooms[z]);

      for (guint32 day = julian (1, 1, 2020); day < julian (1, 1, 2030); day += 37)
        {
          double x = accord_time_scale_x_for_day (scale, day);

          g_assert_cmpfloat_with_epsilon (accord_time_scale_day_for_x (scale, x), day, 1e-6);
        }

      for (double x = -500; x < 2000; x += 13.5)
        {
          double day = accord_time_scale_day_for_x (scale, x);

          g_assert_cmpfloat_with_epsilon (accord_time_scale_x_for_day (scale, day), x, 1e-4);
        }
    }

  /* Day J spans [J, J + 1): one day at 10 pixels a day is 10 pixels. */
  accord_time_scale_set_view (scale, julian (1, 7, 2024), 10.0);
  g_assert_cmpfloat (accord_time_scale_x_for_day (scale, julian (1, 7, 2024)), ==, 0.0);
  g_assert_cmpfloat (accord_time_scale_x_for_day (scale, julian (2, 7, 2024)), ==, 10.0);
  g_assert_cmpfloat (accord_time_scale_get_last_day (scale), ==, julian (1, 7, 2024) + 128.0);
}

static void
test_scale_zoom_anchor (void)
{
  g_autoptr(AccordTimeScale) scale = accord_time_scale_new ();
  const double anchors[] = { 0, 1, 333.3, 640, 1279 };

  accord_time_scale_set_width (scale, 1280);

  for (guint a = 0; a < G_N_ELEMENTS (anchors); a++)
    {
      double anchor = anchors[a];
      double day;
      guint steps = 0;

      accord_time_scale_set_view (scale, julian (15, 3, 2024), 2.0);
      day = accord_time_scale_day_for_x (scale, anchor);

      /* In all the way, then out all the way: the day under the anchor never moves by a
       * pixel, whatever the zoom. */
      while (accord_time_scale_zoom_at (scale, 1.2, anchor))
        {
          g_assert_cmpfloat (fabs (accord_time_scale_x_for_day (scale, day) - anchor), <, 1.0);
          steps++;
        }
      g_assert_cmpfloat (accord_time_scale_get_pixels_per_day (scale), ==,
                         ACCORD_TIME_SCALE_MAX_PIXELS_PER_DAY);

      while (accord_time_scale_zoom_at (scale, 1 / 1.2, anchor))
        {
          g_assert_cmpfloat (fabs (accord_time_scale_x_for_day (scale, day) - anchor), <, 1.0);
          steps++;
        }
      g_assert_cmpfloat (accord_time_scale_get_pixels_per_day (scale), ==,
                         ACCORD_TIME_SCALE_MIN_PIXELS_PER_DAY);
      g_assert_cmpfloat (fabs (accord_time_scale_x_for_day (scale, day) - anchor), <, 1.0);
      g_assert_cmpuint (steps, >, 50);

      /* At the limit nothing moves. */
      g_assert_false (accord_time_scale_zoom_at (scale, 0.5, anchor));
    }
}

static void
test_scale_range (void)
{
  g_autoptr(AccordTimeScale) scale = accord_time_scale_new ();
  double lower, upper, before;

  accord_time_scale_set_width (scale, 1000);
  accord_time_scale_set_extent (scale, julian (1, 1, 2024), julian (1, 1, 2025));

  /* Fitting shows the range with its margins. */
  accord_time_scale_show_range (scale, julian (1, 1, 2024), julian (1, 1, 2025), 20);
  g_assert_cmpfloat_with_epsilon (accord_time_scale_x_for_day (scale, julian (1, 1, 2024)), 20,
                                  1e-6);
  g_assert_cmpfloat_with_epsilon (accord_time_scale_x_for_day (scale, julian (1, 1, 2025)), 980,
                                  1e-6);

  /* Scrolling stops at the ends of the range. */
  accord_time_scale_get_range (scale, &lower, &upper);
  g_assert_cmpfloat (lower, <, julian (1, 1, 2024));
  g_assert_cmpfloat (upper, >, julian (1, 1, 2025));
  accord_time_scale_scroll_by (scale, -1e9);
  g_assert_cmpfloat_with_epsilon (accord_time_scale_get_first_day (scale), lower, 1e-6);
  accord_time_scale_scroll_by (scale, 1e9);
  g_assert_cmpfloat_with_epsilon (accord_time_scale_get_last_day (scale), upper, 1e-6);

  /* Zooming out past the data widens the range to the view, so the anchor holds. */
  before = accord_time_scale_day_for_x (scale, 100);
  accord_time_scale_zoom_to (scale, 0.05, 100);
  g_assert_cmpfloat_with_epsilon (accord_time_scale_day_for_x (scale, 100), before, 1e-6);
  accord_time_scale_get_range (scale, &lower, &upper);
  g_assert_cmpfloat (lower, <=, accord_time_scale_get_first_day (scale));
  g_assert_cmpfloat (upper, >=, accord_time_scale_get_last_day (scale));

  /* Revealing a span scrolls just enough. */
  accord_time_scale_set_view (scale, julian (1, 1, 2024), 10);
  accord_time_scale_reveal (scale, julian (1, 6, 2024), julian (11, 6, 2024), 40);
  g_assert_cmpfloat_with_epsilon (accord_time_scale_x_for_day (scale, julian (11, 6, 2024)), 960,
                                  1e-6);
  before = accord_time_scale_get_first_day (scale);
  accord_time_scale_reveal (scale, julian (5, 6, 2024), julian (6, 6, 2024), 40);
  g_assert_cmpfloat (accord_time_scale_get_first_day (scale), ==, before);
}

static void
test_scale_units (void)
{
  g_autoptr(AccordTimeScale) scale = accord_time_scale_new ();
  g_autoptr(GArray) ticks = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint32 day = julian (14, 8, 2024); /* a Wednesday */

  g_assert_cmpuint (accord_scale_unit_floor (ACCORD_SCALE_UNIT_DAY, day), ==, day);
  g_assert_cmpuint (accord_scale_unit_floor (ACCORD_SCALE_UNIT_WEEK, day), ==, julian (12, 8,
                                                                                       2024));
  g_assert_cmpuint (accord_scale_unit_floor (ACCORD_SCALE_UNIT_MONTH, day), ==, julian (1, 8,
                                                                                        2024));
  g_assert_cmpuint (accord_scale_unit_floor (ACCORD_SCALE_UNIT_QUARTER, day), ==, julian (1, 7,
                                                                                          2024));
  g_assert_cmpuint (accord_scale_unit_floor (ACCORD_SCALE_UNIT_YEAR, day), ==, julian (1, 1, 2024));
  g_assert_cmpuint (accord_scale_unit_floor (ACCORD_SCALE_UNIT_DECADE, day), ==, julian (1, 1,
                                                                                         2020));

  g_assert_cmpuint (accord_scale_unit_next (ACCORD_SCALE_UNIT_WEEK, day), ==, julian (19, 8, 2024));
  g_assert_cmpuint (accord_scale_unit_next (ACCORD_SCALE_UNIT_MONTH, julian (31, 12, 2024)), ==,
                    julian (1, 1, 2025));
  g_assert_cmpuint (accord_scale_unit_next (ACCORD_SCALE_UNIT_QUARTER, julian (15, 11, 2024)), ==,
                    julian (1, 1, 2025));
  g_assert_cmpuint (accord_scale_unit_next (ACCORD_SCALE_UNIT_YEAR, day), ==, julian (1, 1, 2025));
  g_assert_cmpuint (accord_scale_unit_next (ACCORD_SCALE_UNIT_DECADE, day), ==, julian (1, 1,
                                                                                        2030));

  g_assert_true (accord_day_is_weekend (julian (27, 1, 2024)));
  g_assert_true (accord_day_is_weekend (julian (28, 1, 2024)));
  g_assert_false (accord_day_is_weekend (julian (29, 1, 2024)));

  /* The tiers follow the zoom, finest first. */
  accord_time_scale_set_width (scale, 1280);
  accord_time_scale_set_view (scale, julian (1, 1, 2024), 40);
  g_assert_cmpint (accord_time_scale_get_minor_unit (scale), ==, ACCORD_SCALE_UNIT_DAY);
  g_assert_cmpint (accord_time_scale_get_major_unit (scale), ==, ACCORD_SCALE_UNIT_WEEK);
  accord_time_scale_set_view (scale, julian (1, 1, 2024), 8);
  g_assert_cmpint (accord_time_scale_get_minor_unit (scale), ==, ACCORD_SCALE_UNIT_WEEK);
  g_assert_cmpint (accord_time_scale_get_major_unit (scale), ==, ACCORD_SCALE_UNIT_MONTH);
  accord_time_scale_set_view (scale, julian (1, 1, 2024), 2);
  g_assert_cmpint (accord_time_scale_get_minor_unit (scale), ==, ACCORD_SCALE_UNIT_MONTH);
  g_assert_cmpint (accord_time_scale_get_major_unit (scale), ==, ACCORD_SCALE_UNIT_QUARTER);
  accord_time_scale_set_view (scale, julian (1, 1, 2024), 0.5);
  g_assert_cmpint (accord_time_scale_get_minor_unit (scale), ==, ACCORD_SCALE_UNIT_QUARTER);
  g_assert_cmpint (accord_time_scale_get_major_unit (scale), ==, ACCORD_SCALE_UNIT_YEAR);
  accord_time_scale_set_view (scale, julian (1, 1, 2024), ACCORD_TIME_SCALE_MIN_PIXELS_PER_DAY);
  g_assert_cmpint (accord_time_scale_get_minor_unit (scale), ==, ACCORD_SCALE_UNIT_YEAR);
  g_assert_cmpint (accord_time_scale_get_major_unit (scale), ==, ACCORD_SCALE_UNIT_DECADE);

  /* 1280 pixels at 5 a day from 1 January 2024 show 256 days, to 12 September: the months
   * that start in them, and the quarters. */
  accord_time_scale_set_view (scale, julian (1, 1, 2024), 5);
  accord_time_scale_collect_ticks (scale, ACCORD_SCALE_UNIT_MONTH, ticks);
  g_assert_cmpuint (ticks->len, ==, 9);
  g_assert_cmpuint (g_array_index (ticks, guint32, 0), ==, julian (1, 1, 2024));
  g_assert_cmpuint (g_array_index (ticks, guint32, 8), ==, julian (1, 9, 2024));
  g_array_set_size (ticks, 0);
  accord_time_scale_collect_ticks (scale, ACCORD_SCALE_UNIT_QUARTER, ticks);
  g_assert_cmpuint (ticks->len, ==, 3);
  g_assert_cmpuint (g_array_index (ticks, guint32, 2), ==, julian (1, 7, 2024));

  /* The unit that starts before the view is there too, for its label. */
  g_array_set_size (ticks, 0);
  accord_time_scale_set_view (scale, julian (20, 2, 2024), 2);
  accord_time_scale_collect_ticks (scale, ACCORD_SCALE_UNIT_QUARTER, ticks);
  g_assert_cmpuint (g_array_index (ticks, guint32, 0), ==, julian (1, 1, 2024));
}

static void
test_scale_labels (void)
{
  struct {
    AccordScaleUnit unit;
    guint32 day;
    AccordScaleLabel label;
    const char *expected;
  } cases[] = {
    { ACCORD_SCALE_UNIT_DAY, julian (29, 1, 2024), ACCORD_SCALE_LABEL_MINOR_SHORT, "29" },
    { ACCORD_SCALE_UNIT_DAY, julian (29, 1, 2024), ACCORD_SCALE_LABEL_MINOR_LONG, "Mon 29" },
    { ACCORD_SCALE_UNIT_WEEK, julian (29, 1, 2024), ACCORD_SCALE_LABEL_MINOR_SHORT, "W5" },
    { ACCORD_SCALE_UNIT_WEEK, julian (29, 1, 2024), ACCORD_SCALE_LABEL_MINOR_LONG, "Week 5" },
    { ACCORD_SCALE_UNIT_WEEK, julian (29, 1,
                                      2024), ACCORD_SCALE_LABEL_MAJOR_LONG, "Week 5, Jan 2024" },
    { ACCORD_SCALE_UNIT_MONTH, julian (1, 7, 2024), ACCORD_SCALE_LABEL_MINOR_LONG, "July" },
    { ACCORD_SCALE_UNIT_MONTH, julian (1, 7, 2024), ACCORD_SCALE_LABEL_MINOR_SHORT, "Jul" },
    { ACCORD_SCALE_UNIT_MONTH, julian (1, 7, 2024), ACCORD_SCALE_LABEL_MAJOR_LONG, "July 2024" },
    { ACCORD_SCALE_UNIT_MONTH, julian (1, 7, 2024), ACCORD_SCALE_LABEL_MAJOR_SHORT, "Jul 2024" },
    { ACCORD_SCALE_UNIT_QUARTER, julian (1, 7, 2024), ACCORD_SCALE_LABEL_MINOR_LONG, "Q3" },
    { ACCORD_SCALE_UNIT_QUARTER, julian (1, 7, 2024), ACCORD_SCALE_LABEL_MAJOR_LONG, "Q3 2024" },
    { ACCORD_SCALE_UNIT_YEAR, julian (1, 1, 2024), ACCORD_SCALE_LABEL_MINOR_LONG, "2024" },
    { ACCORD_SCALE_UNIT_DECADE, julian (1, 1, 2020), ACCORD_SCALE_LABEL_MAJOR_LONG, "2020–2029" },
    { ACCORD_SCALE_UNIT_DECADE, julian (1, 1, 2020), ACCORD_SCALE_LABEL_MAJOR_SHORT, "2020" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = accord_scale_unit_format (cases[i].unit, cases[i].day,
                                                        cases[i].label);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

/* Words */

static void
test_text_initiative (void)
{
  g_autoptr(AccordDocument) document = dataset_document ();
  AccordInitiative *summit = initiative_titled (document, "Digital Transformation Summit");
  AccordInitiative *forum = initiative_titled (document, "ASEAN Future Forum");
  AccordInitiative *negotiation = initiative_titled (document, "Online COC negotiation");
  AccordInitiative *exercises = initiative_titled (document, "ASEAN Joint Military Exercises");
  g_autofree char *label = NULL;
  g_autofree char *precision = NULL;
  g_autofree char *tooltip = NULL;

  accord_initiative_set_status (summit, ACCORD_STATUS_PLANNED);
  label = accord_timeline_initiative_label (summit);
  g_assert_cmpstr (label, ==,
                   "Digital Transformation Summit, Q3 2024, July to September 2024, planned");
  precision = accord_timeline_describe_precision (accord_initiative_get_period (summit));
  g_assert_cmpstr (precision, ==, "Q3 2024 — sometime in July to September 2024");
  tooltip = accord_timeline_initiative_tooltip (summit);
  g_assert_cmpstr (tooltip, ==,
                   "<b>Digital Transformation Summit</b>\n"
                   "Q3 2024 — sometime in July to September 2024\n"
                   "Dates: 1 July – 30 September 2024\n"
                   "Status: Planned");
  g_clear_pointer (&label, g_free);
  g_clear_pointer (&precision, g_free);
  g_clear_pointer (&tooltip, g_free);

  /* When the text as written is the dates, they are said once. */
  label = accord_timeline_initiative_label (forum);
  g_assert_cmpstr (label, ==, "ASEAN Future Forum, April 2024, planned");
  precision = accord_timeline_describe_precision (accord_initiative_get_period (forum));
  g_assert_cmpstr (precision, ==, "Sometime in April 2024");
  g_clear_pointer (&label, g_free);

  label = accord_timeline_initiative_label (exercises);
  g_assert_cmpstr (label, ==, "ASEAN Joint Military Exercises, 2024 – 2025, 2024 to 2025, planned");
  g_clear_pointer (&label, g_free);

  label = accord_timeline_initiative_label (negotiation);
  g_assert_cmpstr (label, ==, "Online COC negotiation, in the near future, proposed");
  tooltip = accord_timeline_initiative_tooltip (negotiation);
  g_assert_cmpstr (tooltip, ==,
                   "<b>Online COC negotiation</b>\n"
                   "As written: “in the near future”, not a date the timeline can show\n"
                   "Lead: ASEAN\n"
                   "Status: Proposed");
}

static void
test_text_dates (void)
{
  struct {
    const char *text;
    const char *dates;
    const char *precision;
  } cases[] = {
    { "29 January 2024", "29 January 2024", "Exact dates" },
    { "November 21-23, 2023", "21 November to 23 November 2023", "Exact dates" },
    { "30 December 2023 – 2 January 2024", "30 December 2023 to 2 January 2024", "Exact dates" },
    { "H2 2024", "July to December 2024", "H2 2024 — sometime in July to December 2024" },
    { "Q4 2024 – Q1 2025", "October 2024 to March 2025",
      "Q4 2024 – Q1 2025 — sometime in October 2024 to March 2025" },
    { "Throughout 2024", "2024", "Throughout 2024 — sometime in 2024" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(AccordPeriod) period = accord_period_parse (cases[i].text, NULL, NULL);
      g_autofree char *dates = accord_timeline_describe_dates (period);
      g_autofree char *precision = accord_timeline_describe_precision (period);

      g_assert_cmpstr (dates, ==, cases[i].dates);
      g_assert_cmpstr (precision, ==, cases[i].precision);
    }
}

static void
test_text_meeting (void)
{
  g_autoptr(AccordDocument) document = dataset_document ();
  AccordMeeting *retreat = accord_document_lookup_meeting (document, "m-amm-retreat-2024");
  AccordMeeting *call = accord_document_lookup_meeting (document, "m-asean-sg-lao-fm");
  g_autofree char *label = accord_timeline_meeting_label (retreat);
  g_autofree char *undated = accord_timeline_meeting_label (call);
  g_autofree char *tooltip = accord_timeline_meeting_tooltip (retreat);

  g_assert_cmpstr (label, ==,
                   "ASEAN Foreign Ministers' Retreat (AMM Retreat) 2024, meeting, 29 January 2024");
  g_assert_cmpstr (undated, ==,
                   "ASEAN Secretary-General meets the Minister of Foreign Affairs of Lao PDR, "
                   "meeting, no date");
  g_assert_true (g_str_has_prefix (tooltip,
                                   "<b>ASEAN Foreign Ministers&apos; Retreat "
                                   "(AMM Retreat) 2024</b>\n"
                                   "As written: January 29, 2024\n"
                                   "Exact dates\n"
                                   "Dates: 29 January 2024"));
}

/* Rows */

typedef struct
{
  guint position;
  guint removed;
  guint added;
  guint count;
} Change;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Change     *change)
{
  change->position = position;
  change->removed = removed;
  change->added = added;
  change->count++;
}

static void
count_changed (AccordTimelineRows *rows,
               guint              *count)
{
  (*count)++;
}

static char *
describe_rows (GListModel *rows)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (rows, i);

      if (ACCORD_IS_TIMELINE_GROUP (item))
        {
          AccordTimelineGroup *group = ACCORD_TIMELINE_GROUP (item);

          g_string_append_printf (text, "[%s %u%s]\n", accord_timeline_group_get_title (group),
                                  accord_timeline_group_get_n_initiatives (group),
                                  accord_timeline_group_get_expanded (group) ? "" : " closed");
        }
      else
        g_string_append_printf (text, "  %s\n", accord_record_get_title (ACCORD_RECORD (item)));
    }

  return g_string_free (text, FALSE);
}

static void
test_rows_by_meeting (void)
{
  g_autoptr(AccordDocument) document = dataset_document ();
  g_autoptr(AccordTimelineRows) rows = accord_timeline_rows_new ();
  g_autofree char *text = NULL;
  guint32 first, last;

  accord_timeline_rows_set_document (rows, document);
  g_assert_cmpint (accord_timeline_rows_get_grouping (rows), ==, ACCORD_TIMELINE_GROUPING_MEETING);

  /* Meetings by date, initiatives by period, the unscheduled last and closed. */
  text = describe_rows (G_LIST_MODEL (rows));
  g_assert_cmpstr (text, ==,
                   "[53rd ASEAN Foreign Ministers' Meeting (AMM 53) 1]\n"
                   "  ASEAN five-year cooperation plans with partners\n"
                   "[Tenth Việt Nam–Laos foreign ministerial-level consultation 3]\n"
                   "  Action programme strengthening economic diplomacy cooperation\n"
                   "  Cooperation agreement between the Vietnamese and Lao foreign ministries\n"
                   "  Việt Nam–Laos foreign ministerial-level consultation in Laos\n"
                   "[ASEAN Foreign Ministers' Retreat (AMM Retreat) 2024 4]\n"
                   "  ASEAN Chairmanship 2024 of Lao PDR\n"
                   "  Cooperation strategies for the ASEAN Community Vision 2045\n"
                   "  Comprehensive reviews of the community blueprints for 2025\n"
                   "  ASEAN Future Forum\n"
                   "[ASEAN Secretary-General meets the Minister of Foreign Affairs of Lao PDR 3]\n"
                   "  ASEAN Economic Recovery Plan\n"
                   "  Cultural Awareness Programs\n"
                   "  Digital Transformation Summit\n"
                   "[ASEAN Secretary-General meets the Minister of National Defence of Lao PDR 3]\n"
                   "  ASEAN Joint Military Exercises\n"
                   "  Lao PDR Defence Capacity Building\n"
                   "  Regional Cybersecurity Task Force\n"
                   "[Unscheduled 19 closed]\n");

  g_assert_true (accord_timeline_rows_get_extent (rows, &first, &last));
  g_assert_cmpuint (first, ==, julian (1, 1, 2020));
  g_assert_cmpuint (last, ==, julian (31, 12, 2026));
  g_assert_cmpuint (accord_timeline_rows_get_milestones (rows)->len, ==, 3);
}

static void
test_rows_by_area_and_lead (void)
{
  g_autoptr(AccordDocument) document = dataset_document ();
  g_autoptr(AccordTimelineRows) rows = accord_timeline_rows_new ();
  g_autofree char *area = NULL;
  g_autofree char *lead = NULL;
  g_autofree char *none = NULL;

  accord_timeline_rows_set_document (rows, document);

  accord_timeline_rows_set_grouping (rows, ACCORD_TIMELINE_GROUPING_AREA);
  area = describe_rows (G_LIST_MODEL (rows));
  g_assert_true (g_str_has_prefix (area,
                                   "[Community building 2]\n"
                                   "  Cooperation strategies for the ASEAN Community Vision 2045\n"
                                   "  Comprehensive reviews of the community blueprints for 2025\n"
                                   "[Culture 1]\n"
                                   "  Cultural Awareness Programs\n"
                                   "[Defence 2]\n"));
  g_assert_true (g_str_has_suffix (area, "[Unscheduled 19 closed]\n"));

  /* Initiatives without a lead come after those with one. */
  accord_timeline_rows_set_grouping (rows, ACCORD_TIMELINE_GROUPING_LEAD);
  lead = describe_rows (G_LIST_MODEL (rows));
  g_assert_true (g_str_has_prefix (lead, "[ASEAN 3]\n"));
  g_assert_nonnull (strstr (lead, "[Lao PDR 2]\n"));
  g_assert_nonnull (strstr (lead, "[Việt Nam 1]\n  ASEAN Future Forum\n[No lead 8]\n"));

  /* Without groups the scheduled initiatives have no header, in order of their periods. */
  accord_timeline_rows_set_grouping (rows, ACCORD_TIMELINE_GROUPING_NONE);
  none = describe_rows (G_LIST_MODEL (rows));
  g_assert_true (g_str_has_prefix (none,
                                   "  Action programme strengthening economic "
                                   "diplomacy cooperation\n"
                                   "  ASEAN five-year cooperation plans with partners\n"));
  g_assert_true (g_str_has_suffix (none,
                                   "  Regional Cybersecurity Task Force\n"
                                   "[Unscheduled 19 closed]\n"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), ==, 14 + 1);
}

static void
test_rows_collapse (void)
{
  g_autoptr(AccordDocument) document = dataset_document ();
  g_autoptr(AccordTimelineRows) rows = accord_timeline_rows_new ();
  g_autoptr(AccordTimelineGroup) group = NULL;
  g_autoptr(AccordTimelineGroup) unscheduled = NULL;
  AccordInitiative *negotiation = initiative_titled (document, "Online COC negotiation");
  Change change = { 0 };
  guint n, position;

  accord_timeline_rows_set_document (rows, document);
  g_signal_connect (rows, "items-changed", G_CALLBACK (on_items_changed), &change);
  n = g_list_model_get_n_items (G_LIST_MODEL (rows));

  /* Closing the retreat's group takes its four rows out, and only those. */
  group = g_list_model_get_item (G_LIST_MODEL (rows), 6);
  g_assert_cmpstr (accord_timeline_group_get_title (group), ==,
                   "ASEAN Foreign Ministers' Retreat (AMM Retreat) 2024");
  accord_timeline_rows_set_expanded (rows, group, FALSE);
  g_assert_cmpuint (change.count, ==, 1);
  g_assert_cmpuint (change.position, ==, 7);
  g_assert_cmpuint (change.removed, ==, 4);
  g_assert_cmpuint (change.added, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), ==, n - 4);
  g_assert_false (accord_timeline_group_get_expanded (group));

  /* It stays closed across a change of the document. */
  accord_document_set_string (document, G_OBJECT (negotiation), "notes", "Still to come");
  g_assert_cmpuint (change.count, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), ==, n - 4);

  accord_timeline_rows_set_expanded (rows, group, TRUE);
  g_assert_cmpuint (change.count, ==, 2);
  g_assert_cmpuint (change.position, ==, 7);
  g_assert_cmpuint (change.added, ==, 4);

  /* Finding an initiative of a closed group opens it when asked to. */
  unscheduled = g_list_model_get_item (G_LIST_MODEL (rows), n - 1);
  g_assert_true (accord_timeline_group_is_unscheduled (unscheduled));
  g_assert_false (accord_timeline_rows_find (rows, ACCORD_RECORD (negotiation), FALSE, &position));
  g_assert_true (accord_timeline_rows_find (rows, ACCORD_RECORD (negotiation), TRUE, &position));
  g_assert_true (accord_timeline_group_get_expanded (unscheduled));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), ==, n + 19);
  g_assert_true (accord_timeline_rows_find_header (rows, position, &position));
  g_assert_cmpuint (position, ==, n - 1);
}

static void
test_rows_follow_document (void)
{
  g_autoptr(AccordDocument) document = dataset_document ();
  g_autoptr(AccordTimelineRows) rows = accord_timeline_rows_new ();
  AccordInitiative *summit = initiative_titled (document, "Digital Transformation Summit");
  AccordInitiative *recovery = initiative_titled (document, "ASEAN Economic Recovery Plan");
  AccordMeeting *retreat;
  g_autoptr(AccordPeriod) period = accord_period_parse ("Q4 2023", NULL, NULL);
  g_auto(GValue) value = G_VALUE_INIT;
  Change change = { 0 };
  guint position;

  accord_timeline_rows_set_document (rows, document);
  g_signal_connect (rows, "items-changed", G_CALLBACK (on_items_changed), &change);

  /* A change that moves no row reports nothing. */
  accord_document_set_string (document, G_OBJECT (summit), "title", "Digital Summit");
  g_assert_cmpuint (change.count, ==, 0);

  /* Moving the summit before the recovery plan reports just the span between them. */
  g_value_init (&value, ACCORD_TYPE_PERIOD);
  g_value_set_boxed (&value, period);
  accord_document_set_value (document, G_OBJECT (summit), "period", &value, NULL);
  g_assert_cmpuint (change.count, ==, 1);
  g_assert_cmpuint (change.position, ==, 12);
  g_assert_cmpuint (change.removed, ==, 3);
  g_assert_cmpuint (change.added, ==, 3);
  g_assert_true (accord_timeline_rows_find (rows, ACCORD_RECORD (summit), FALSE, &position));
  g_assert_cmpuint (position, ==, 12);
  g_assert_true (accord_timeline_rows_find (rows, ACCORD_RECORD (recovery), FALSE, &position));
  g_assert_cmpuint (position, ==, 13);

  /* A group's meeting finds its header. */
  retreat = accord_document_lookup_meeting (document, "m-amm-retreat-2024");
  g_assert_true (accord_timeline_rows_find (rows, ACCORD_RECORD (retreat), FALSE, &position));
  g_assert_cmpuint (position, ==, 6);

  accord_document_undo (document);
  g_assert_true (accord_timeline_rows_find (rows, ACCORD_RECORD (summit), FALSE, &position));
  g_assert_cmpuint (position, ==, 14);

  /* Another document: other rows. */
  accord_timeline_rows_set_document (rows, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), ==, 0);
}

static void
test_rows_paused (void)
{
  g_autoptr(AccordDocument) document = dataset_document ();
  g_autoptr(AccordTimelineRows) rows = accord_timeline_rows_new ();
  AccordInitiative *summit = initiative_titled (document, "Digital Transformation Summit");
  g_autoptr(AccordPeriod) period = accord_period_parse ("Q4 2023", NULL, NULL);
  g_auto(GValue) value = G_VALUE_INIT;
  Change change = { 0 };
  guint changed = 0;

  accord_timeline_rows_set_document (rows, document);
  g_signal_connect (rows, "items-changed", G_CALLBACK (on_items_changed), &change);
  g_signal_connect (rows, "changed", G_CALLBACK (count_changed), &changed);

  /* Off screen, the rows note that the document changed, and no more. */
  accord_timeline_rows_set_paused (rows, TRUE);
  g_value_init (&value, ACCORD_TYPE_PERIOD);
  g_value_set_boxed (&value, period);
  accord_document_set_value (document, G_OBJECT (summit), "period", &value, NULL);
  accord_document_set_string (document, G_OBJECT (summit), "title", "Digital Summit");
  g_assert_cmpuint (change.count, ==, 0);
  g_assert_cmpuint (changed, ==, 0);

  /* Shown again, they catch up at once. */
  accord_timeline_rows_set_paused (rows, FALSE);
  g_assert_cmpuint (change.count, ==, 1);
  g_assert_cmpuint (changed, ==, 1);
  accord_timeline_rows_set_paused (rows, FALSE);
  g_assert_cmpuint (changed, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  /* The words tested are the English ones. */
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timeline/scale/round-trip", test_scale_round_trip);
  g_test_add_func ("/timeline/scale/zoom-anchor", test_scale_zoom_anchor);
  g_test_add_func ("/timeline/scale/range", test_scale_range);
  g_test_add_func ("/timeline/scale/units", test_scale_units);
  g_test_add_func ("/timeline/scale/labels", test_scale_labels);
  g_test_add_func ("/timeline/text/initiative", test_text_initiative);
  g_test_add_func ("/timeline/text/dates", test_text_dates);
  g_test_add_func ("/timeline/text/meeting", test_text_meeting);
  g_test_add_func ("/timeline/rows/by-meeting", test_rows_by_meeting);
  g_test_add_func ("/timeline/rows/by-area-and-lead", test_rows_by_area_and_lead);
  g_test_add_func ("/timeline/rows/collapse", test_rows_collapse);
  g_test_add_func ("/timeline/rows/follow-document", test_rows_follow_document);
  g_test_add_func ("/timeline/rows/paused", test_rows_paused);

  return g_test_run ();
}
