/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-timeline-text"

#include <glib/gi18n-lib.h>

#include "accord-display-text.h"
#include "accord-timeline-text.h"

static char *
format_julian (guint32     julian,
               const char *pattern)
{
  g_autoptr(GDateTime) date_time = NULL;
  GDate date;
  char *text;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  date_time = g_date_time_new_utc (g_date_get_year (&date), g_date_get_month (&date),
                                   g_date_get_day (&date), 0, 0, 0.0);
  text = g_date_time_format (date_time, pattern);
  /* A broken translation of the pattern must not lose the date. */
  if (text == NULL)
    text = g_date_time_format (date_time, "%Y-%m-%d");

  return text;
}

static guint
year_of (guint32 julian)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  return g_date_get_year (&date);
}

static char *
spoken_range (const char *first,
              const char *last)
{
  /* Translators: a span of time read out by a screen reader or shown in a tooltip, as "July
   * to September 2024" or "2024 to 2026" */
  return g_strdup_printf (C_("timeline, range of dates", "%1$s to %2$s"), first, last);
}

char *
accord_timeline_describe_dates (const AccordPeriod *period)
{
  guint32 start, end;
  gboolean same_year;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  g_return_val_if_fail (period != NULL, NULL);

  if (!accord_period_is_known (period))
    return NULL;

  start = accord_period_get_start_julian (period);
  end = accord_period_get_end_julian (period);
  same_year = year_of (start) == year_of (end);

  switch (accord_period_get_precision (period))
    {
    case ACCORD_PRECISION_DAY:
      /* Translators: a day in the timeline's tooltips and for screen readers, as
       * "29 January 2024". A pattern for g_date_time_format().
       * xgettext:no-c-format */
      last = format_julian (end, C_("timeline, date", "%-d %B %Y"));
      if (start == end)
        return g_steal_pointer (&last);
      if (same_year)
        /* Translators: the first day of a span within one year, the "21 November" of
         * "21 November to 23 November 2023". A pattern for g_date_time_format().
         * xgettext:no-c-format */
        first = format_julian (start, C_("timeline, date", "%-d %B"));
      else
        first = format_julian (start, C_("timeline, date", "%-d %B %Y"));
      return spoken_range (first, last);

    case ACCORD_PRECISION_MONTH:
    case ACCORD_PRECISION_QUARTER:
    case ACCORD_PRECISION_HALF_YEAR:
      /* Translators: a month in the timeline's tooltips and for screen readers, as
       * "September 2024": %OB the month's name in the nominative case where a language has
       * one. A pattern for g_date_time_format() */
      last = format_julian (end, C_("timeline, date", "%OB %Y"));
      if (same_year)
        {
          GDate a, b;

          g_date_clear (&a, 1);
          g_date_clear (&b, 1);
          g_date_set_julian (&a, start);
          g_date_set_julian (&b, end);
          if (g_date_get_month (&a) == g_date_get_month (&b))
            return g_steal_pointer (&last);
          /* Translators: the first month of a span within one year, the "July" of "July to
           * September 2024". A pattern for g_date_time_format() */
          first = format_julian (start, C_("timeline, date", "%OB"));
        }
      else
        {
          first = format_julian (start, C_("timeline, date", "%OB %Y"));
        }
      return spoken_range (first, last);

    case ACCORD_PRECISION_YEAR:
    case ACCORD_PRECISION_YEARS:
      /* Translators: a year in the timeline's tooltips and for screen readers, as "2024". A
       * pattern for g_date_time_format() */
      last = format_julian (end, C_("timeline, date", "%Y"));
      if (same_year)
        return g_steal_pointer (&last);
      first = format_julian (start, C_("timeline, date", "%Y"));
      return spoken_range (first, last);

    case ACCORD_PRECISION_UNKNOWN:
    default:
      g_return_val_if_reached (NULL);
    }
}

char *
accord_timeline_describe_precision (const AccordPeriod *period)
{
  g_autofree char *dates = NULL;
  const char *text;

  g_return_val_if_fail (period != NULL, NULL);

  if (!accord_period_is_known (period))
    return NULL;

  if (accord_period_get_precision (period) == ACCORD_PRECISION_DAY)
    /* Translators: said of a bar on the timeline whose period gives its days, so its ends
     * are drawn crisp */
    return g_strdup (_("Exact dates"));

  dates = accord_timeline_describe_dates (period);
  text = accord_period_get_text (period);

  if (text[0] == '\0' || g_strcmp0 (text, dates) == 0)
    /* Translators: said of a bar on the timeline whose period is known only to the month,
     * quarter or year, so its ends are drawn faded: %s is its span, as "July to September
     * 2024" */
    return g_strdup_printf (_("Sometime in %s"), dates);

  /* Translators: said of a bar on the timeline whose period is known only to the month,
   * quarter or year, so its ends are drawn faded: %1$s is the period as written, as
   * "Q3 2024", %2$s its span, as "July to September 2024" */
  return g_strdup_printf (_("%1$s — sometime in %2$s"), text, dates);
}

const char *
accord_timeline_status_in_sentence (AccordStatus status)
{
  switch (status)
    {
    case ACCORD_STATUS_PROPOSED:
      /* Translators: the status of an initiative within a sentence a screen reader reads,
       * as in "Digital Transformation Summit, Q3 2024, July to September 2024, proposed" */
      return C_("initiative status in a sentence", "proposed");
    case ACCORD_STATUS_PLANNED:
      return C_("initiative status in a sentence", "planned");
    case ACCORD_STATUS_ONGOING:
      return C_("initiative status in a sentence", "ongoing");
    case ACCORD_STATUS_COMPLETED:
      return C_("initiative status in a sentence", "completed");
    case ACCORD_STATUS_CANCELLED:
      return C_("initiative status in a sentence", "cancelled");
    }

  g_return_val_if_reached ("");
}

/* Texts of the record, cut to what a tooltip or a screen reader can say (any may be huge). */
static char *
title_or_untitled (AccordRecord *record)
{
  const char *title = accord_record_get_title (record);

  /* Translators: the name the timeline gives a meeting or initiative without a title */
  return accord_display_text (title[0] != '\0' ? title : _("Untitled"));
}

char *
accord_timeline_initiative_label (AccordInitiative *initiative)
{
  const AccordPeriod *period;
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;
  const char *status;
  g_autofree char *dates = NULL;

  g_return_val_if_fail (ACCORD_IS_INITIATIVE (initiative), NULL);

  period = accord_initiative_get_period (initiative);
  title = title_or_untitled (ACCORD_RECORD (initiative));
  text = accord_display_text (accord_period_get_text (period));
  status = accord_timeline_status_in_sentence (accord_initiative_get_status (initiative));
  dates = accord_timeline_describe_dates (period);

  if (dates == NULL && text[0] == '\0')
    /* Translators: how a screen reader reads an initiative without a timeline: %1$s is its
     * title, %2$s its status, as "planned" */
    return g_strdup_printf (C_("accessible", "%1$s, no timeline, %2$s"), title, status);

  if (dates == NULL || text[0] == '\0' || g_strcmp0 (dates, text) == 0)
    /* Translators: how a screen reader reads a bar of the timeline: %1$s is the title, %2$s
     * the period, %3$s the status, as "ASEAN Future Forum, April 2024, planned" */
    return g_strdup_printf (C_("accessible", "%1$s, %2$s, %3$s"), title,
                            dates != NULL ? dates : text, status);

  /* Translators: how a screen reader reads a bar of the timeline: %1$s is the title, %2$s
   * the period as written, %3$s its dates, %4$s the status, as "Digital Transformation
   * Summit, Q3 2024, July to September 2024, planned" */
  return g_strdup_printf (C_("accessible", "%1$s, %2$s, %3$s, %4$s"), title, text, dates,
                          status);
}

char *
accord_timeline_meeting_label (AccordMeeting *meeting)
{
  g_autofree char *dates = NULL;
  g_autofree char *title = NULL;
  const AccordPeriod *when;

  g_return_val_if_fail (ACCORD_IS_MEETING (meeting), NULL);

  when = accord_meeting_get_when (meeting);
  title = title_or_untitled (ACCORD_RECORD (meeting));
  dates = accord_timeline_describe_dates (when);
  if (dates == NULL && accord_period_get_text (when)[0] != '\0')
    dates = accord_display_text (accord_period_get_text (when));
  if (dates == NULL)
    /* Translators: how a screen reader reads a meeting without a date: %s is its title */
    return g_strdup_printf (C_("accessible", "%s, meeting, no date"), title);

  /* Translators: how a screen reader reads a meeting's milestone on the timeline: %1$s is
   * the meeting's title, %2$s its date, as "ASEAN Foreign Ministers' Retreat, meeting,
   * 29 January 2024" */
  return g_strdup_printf (C_("accessible", "%1$s, meeting, %2$s"), title, dates);
}

/* Takes @line, plain text. */
static void
append_line (GString *markup,
             char    *line)
{
  g_autofree char *shown = accord_display_text (line);
  g_autofree char *escaped = g_markup_escape_text (shown, -1);

  g_string_append_c (markup, '\n');
  g_string_append (markup, escaped);
  g_free (line);
}

/* The first and last day, whatever the precision: "1 July – 30 September 2024". */
static char *
format_days (const AccordPeriod *period)
{
  g_autoptr(AccordPeriod) days = NULL;
  GDate start, end;

  g_date_clear (&start, 1);
  g_date_clear (&end, 1);
  if (!accord_period_get_start (period, &start) || !accord_period_get_end (period, &end))
    return NULL;

  days = accord_period_new ("", ACCORD_PRECISION_DAY, &start, &end);
  return accord_period_format_dates (days);
}

static void
append_period (GString            *markup,
               const AccordPeriod *period)
{
  g_autofree char *precision = accord_timeline_describe_precision (period);
  g_autofree char *dates = format_days (period);
  const char *text = accord_period_get_text (period);

  if (accord_period_get_precision (period) == ACCORD_PRECISION_DAY && text[0] != '\0' &&
      g_strcmp0 (text, dates) != 0)
    /* Translators: a line of a tooltip on the timeline: %s is a period as written in the
     * source, as "January 29, 2024" */
    append_line (markup, g_strdup_printf (_("As written: %s"), text));

  if (precision != NULL)
    append_line (markup, g_steal_pointer (&precision));
  else if (text[0] != '\0')
    /* Translators: a line of a tooltip on the timeline: %s is a period as written that
     * Accord could not place, as "in the near future" */
    append_line (markup,
                 g_strdup_printf (_("As written: “%s”, not a date the timeline can show"), text));
  else
    /* Translators: a line of a tooltip on the timeline, for an initiative without a
     * timeline */
    append_line (markup, g_strdup (_("No timeline")));

  if (dates != NULL)
    /* Translators: a line of a tooltip on the timeline: %s is a period's first and last day,
     * as "1 July – 30 September 2024" */
    append_line (markup, g_strdup_printf (_("Dates: %s"), dates));
}

char *
accord_timeline_initiative_tooltip (AccordInitiative *initiative)
{
  g_autofree char *shown_title = NULL;
  g_autofree char *title = NULL;
  GString *markup;
  const char *lead;
  const char *status;

  g_return_val_if_fail (ACCORD_IS_INITIATIVE (initiative), NULL);

  shown_title = title_or_untitled (ACCORD_RECORD (initiative));
  title = g_markup_escape_text (shown_title, -1);
  markup = g_string_new (NULL);
  g_string_append_printf (markup, "<b>%s</b>", title);
  append_period (markup, accord_initiative_get_period (initiative));

  lead = accord_initiative_get_lead (initiative);
  if (lead[0] != '\0')
    /* Translators: a line of a tooltip on the timeline: %s is who leads the initiative */
    append_line (markup, g_strdup_printf (_("Lead: %s"), lead));
  status = accord_status_to_label (accord_initiative_get_status (initiative));
  /* Translators: a line of a tooltip on the timeline: %s is the initiative's status, as
   * "Planned" */
  append_line (markup, g_strdup_printf (_("Status: %s"), status));

  return g_string_free (markup, FALSE);
}

char *
accord_timeline_meeting_tooltip (AccordMeeting *meeting)
{
  g_autofree char *shown_title = NULL;
  g_autofree char *title = NULL;
  GString *markup;
  const char *location;

  g_return_val_if_fail (ACCORD_IS_MEETING (meeting), NULL);

  shown_title = title_or_untitled (ACCORD_RECORD (meeting));
  title = g_markup_escape_text (shown_title, -1);
  markup = g_string_new (NULL);
  g_string_append_printf (markup, "<b>%s</b>", title);
  append_period (markup, accord_meeting_get_when (meeting));

  location = accord_meeting_get_location (meeting);
  if (location[0] != '\0')
    append_line (markup, g_strdup (location));

  return g_string_free (markup, FALSE);
}
