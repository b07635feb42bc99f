/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the importer's tests share: finding drafts and checking their values and spans. */

#include <string.h>

#include "accord-enum-types.h"
#include "accord-enums.h"
#include "accord-import.h"
#include "accord-initiative.h"
#include "accord-meeting.h"
#include "accord-participant.h"
#include "accord-source.h"
#include "accord-attribute.h"
#include "accord-document.h"
#include "accord-json.h"

static inline AccordMeeting *
check_find_meeting (AccordImport *import,
                    const char   *title)
{
  GPtrArray *meetings = accord_import_get_meetings (import);

  for (guint i = 0; i < meetings->len; i++)
    if (g_strcmp0 (accord_record_get_title (meetings->pdata[i]), title) == 0)
      return meetings->pdata[i];
  for (guint i = 0; i < meetings->len; i++)
    g_printerr ("# drafted meeting: %s\n", accord_record_get_title (meetings->pdata[i]));
  g_error ("no meeting “%s” drafted", title);
  return NULL;
}

static inline AccordInitiative *
check_find_initiative (AccordImport *import,
                       const char   *title,
                       guint         nth)
{
  GPtrArray *initiatives = accord_import_get_initiatives (import);

  for (guint i = 0; i < initiatives->len; i++)
    if (g_strcmp0 (accord_record_get_title (initiatives->pdata[i]), title) == 0 && nth-- == 0)
      return initiatives->pdata[i];
  g_error ("no initiative “%s” drafted", title);
  return NULL;
}

/* The text a span of @record's @path covers, or NULL when it has none. */
static inline char *
check_span_text (AccordImport *import,
                 AccordRecord *record,
                 const char   *path)
{
  GArray *spans = accord_import_get_spans (import, record);
  const char *text = accord_import_get_text (import);

  g_assert_nonnull (spans);
  for (guint i = 0; i < spans->len; i++)
    {
      const AccordImportSpan *span = &g_array_index (spans, AccordImportSpan, i);

      if (g_str_equal (span->path, path))
        {
          const char *start = g_utf8_offset_to_pointer (text, span->start);
          const char *end = g_utf8_offset_to_pointer (text, span->end);

          return g_strndup (start, end - start);
        }
    }
  return NULL;
}

static inline void
check_span (AccordImport *import,
            AccordRecord *record,
            const char   *path,
            const char   *expected)
{
  g_autofree char *text = check_span_text (import, record, path);

  g_assert_cmpstr (text, ==, expected);
}

/* Every span lies in the text, is not empty, and the title, when and names are their words
 * exactly. */
static inline void
check_spans_sound (AccordImport *import)
{
  const char *text = accord_import_get_text (import);
  glong length = g_utf8_strlen (text, -1);
  GPtrArray *lists[2] = { accord_import_get_meetings (import), accord_import_get_initiatives (import) };

  for (guint l = 0; l < 2; l++)
    for (guint i = 0; i < lists[l]->len; i++)
      {
        AccordRecord *record = lists[l]->pdata[i];
        GArray *spans = accord_import_get_spans (import, record);

        for (guint j = 0; j < spans->len; j++)
          {
            const AccordImportSpan *span = &g_array_index (spans, AccordImportSpan, j);

            g_assert_cmpuint (span->start, <, span->end);
            g_assert_cmpint (span->end, <=, length);
          }
        if (ACCORD_IS_MEETING (record))
          {
            GListModel *participants = accord_meeting_get_participants (ACCORD_MEETING (record));
            const AccordPeriod *when = accord_meeting_get_when (ACCORD_MEETING (record));

            if (accord_period_get_text (when)[0] != '\0')
              check_span (import, record, "when", accord_period_get_text (when));
            for (guint p = 0; p < g_list_model_get_n_items (participants); p++)
              {
                g_autoptr(AccordParticipant) participant = g_list_model_get_item (participants, p);
                g_autofree char *path = g_strdup_printf ("participants[%u].name", p);

                if (accord_participant_get_name (participant)[0] != '\0')
                  check_span (import, record, path, accord_participant_get_name (participant));
              }
          }
      }
}

static inline void
check_participant (AccordMeeting *meeting,
                   guint          index,
                   const char    *name,
                   const char    *title,
                   const char    *affiliation,
                   const char    *role)
{
  GListModel *participants = accord_meeting_get_participants (meeting);
  g_autoptr(AccordParticipant) participant = NULL;

  g_assert_cmpuint (index, <, g_list_model_get_n_items (participants));
  participant = g_list_model_get_item (participants, index);
  g_assert_cmpstr (accord_participant_get_name (participant), ==, name);
  g_assert_cmpstr (accord_participant_get_title (participant), ==, title);
  g_assert_cmpstr (accord_participant_get_affiliation (participant), ==, affiliation);
  g_assert_cmpstr (accord_participant_get_role (participant), ==, role);
}

/* "precision start end" as test-period writes it, or "unknown TEXT". */
static inline void
check_period (const AccordPeriod *period,
              const char         *text,
              const char         *expected)
{
  g_autofree char *got = NULL;

  g_assert_cmpstr (accord_period_get_text (period), ==, text);
  if (accord_period_is_known (period))
    {
      GDate start, end;
      g_autofree char *s = NULL;
      g_autofree char *e = NULL;

      accord_period_get_start (period, &start);
      accord_period_get_end (period, &end);
      s = accord_date_to_iso (&start);
      e = accord_date_to_iso (&end);
      got = g_strdup_printf ("%s %s %s",
                             accord_enum_to_nick (ACCORD_TYPE_PRECISION,
                                                  accord_period_get_precision (period)),
                             s, e);
    }
  else
    got = g_strdup ("unknown");
  g_assert_cmpstr (got, ==, expected);
}

static inline void
check_source (AccordRecord *record,
              guint         index,
              const char   *publisher,
              const char   *title,
              const char   *published)
{
  GListModel *sources = accord_record_get_sources (record);
  g_autoptr(AccordSource) source = NULL;

  g_assert_cmpuint (index, <, g_list_model_get_n_items (sources));
  source = g_list_model_get_item (sources, index);
  g_assert_cmpstr (accord_source_get_publisher (source), ==, publisher);
  g_assert_cmpstr (accord_source_get_title (source), ==, title);
  g_assert_cmpstr (accord_source_get_published (source), ==, published);
}

static inline void
check_attribute (AccordInitiative *initiative,
                 const char       *name,
                 const char       *value)
{
  g_assert_cmpstr (accord_initiative_lookup_attribute (initiative, name), ==, value);
}

static inline AccordImport *
check_import_file (const char *path,
                   const GDate *reference)
{
  g_autofree char *data = NULL;
  gsize length;
  g_autoptr(GError) error = NULL;
  AccordImport *import;

  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);
  import = accord_import_new (data, length, accord_import_format_for_name (path), reference);
  check_spans_sound (import);
  return import;
}
