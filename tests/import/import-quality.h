/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Precision and recall of the importer against what a reader finds in an article, written by
 * hand in a .expected file beside it:
 *
 *   meeting TITLE
 *   when PRECISION START END | when unknown TEXT
 *   participant NAME | TITLE | AFFILIATION | ROLE
 *   initiative TITLE
 *   timeline PRECISION START END | timeline unknown TEXT
 *
 * Drafts are paired with expected records by title (either containing the other, folded) or,
 * for meetings, by the people and date they share. A participant counts when its name (or,
 * without one, its title) is expected in the paired meeting; a date when it is the paired
 * record's. Drafts paired with nothing count against precision, expectations nothing drafted
 * against recall. */

#include "accord-fold.h"
#include "import-check.h"

typedef enum {
  QUALITY_MEETINGS,
  QUALITY_PARTICIPANTS,
  QUALITY_DATES,
  QUALITY_INITIATIVES,
  N_QUALITY_FIELDS
} QualityField;

static const char * const quality_field_names[N_QUALITY_FIELDS] = {
  "meetings", "participants", "dates", "initiatives",
};

typedef struct
{
  guint drafted[N_QUALITY_FIELDS];
  guint expected[N_QUALITY_FIELDS];
  guint correct[N_QUALITY_FIELDS];
} Quality;

typedef struct
{
  gboolean   meeting;
  char      *title;
  char      *date;          /* "day 2024-01-01 2024-01-01", "unknown TEXT" or NULL */
  GPtrArray *participants;  /* "name|title" normalised */
} Expected;

static inline char *
quality_normalise (const char *text)
{
  g_autofree char *folded = accord_search_fold (text != NULL ? text : "");
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          g_string_append_unichar (out, c);
          space = FALSE;
        }
      else
        space = TRUE;
    }
  return g_string_free (out, FALSE);
}

static inline gboolean
quality_titles_match (const char *a,
                      const char *b)
{
  g_autofree char *x = quality_normalise (a);
  g_autofree char *y = quality_normalise (b);

  if (strlen (x) < 4 || strlen (y) < 4)
    return FALSE;
  return strstr (x, y) != NULL || strstr (y, x) != NULL;
}

static inline void
expected_free (Expected *expected)
{
  g_free (expected->title);
  g_free (expected->date);
  g_ptr_array_unref (expected->participants);
  g_free (expected);
}

static inline GPtrArray *
quality_read_expected (const char *path)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) expected_free);
  Expected *current = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      if (g_str_has_prefix (line, "meeting ") || g_str_has_prefix (line, "initiative "))
        {
          current = g_new0 (Expected, 1);
          current->meeting = g_str_has_prefix (line, "meeting ");
          current->title = g_strdup (strchr (line, ' ') + 1);
          current->participants = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_add (records, current);
        }
      else if (current != NULL && (g_str_has_prefix (line, "when ") || g_str_has_prefix (line, "timeline ")))
        current->date = g_strdup (strchr (line, ' ') + 1);
      else if (current != NULL && g_str_has_prefix (line, "participant "))
        {
          g_auto(GStrv) fields = g_strsplit (line + strlen ("participant "), "|", -1);
          g_autofree char *name = quality_normalise (fields[0]);
          g_autofree char *title = quality_normalise (fields[1] != NULL ? fields[1] : "");

          g_ptr_array_add (current->participants, g_strdup_printf ("%s|%s", name, title));
        }
    }
  return records;
}

static inline char *
quality_period (const AccordPeriod *period)
{
  GDate start, end;
  g_autofree char *s = NULL;
  g_autofree char *e = NULL;

  if (accord_period_get_text (period)[0] == '\0' && !accord_period_is_known (period))
    return NULL;
  if (!accord_period_is_known (period))
    {
      g_autofree char *text = quality_normalise (accord_period_get_text (period));

      return g_strdup_printf ("unknown %s", text);
    }
  accord_period_get_start (period, &start);
  accord_period_get_end (period, &end);
  s = accord_date_to_iso (&start);
  e = accord_date_to_iso (&end);
  return g_strdup_printf ("%s %s %s",
                          accord_enum_to_nick (ACCORD_TYPE_PRECISION, accord_period_get_precision (period)),
                          s, e);
}

static inline gboolean
quality_dates_match (const char *expected,
                     const char *drafted)
{
  if (g_str_has_prefix (expected, "unknown "))
    {
      g_autofree char *text = quality_normalise (expected + strlen ("unknown "));
      g_autofree char *want = g_strdup_printf ("unknown %s", text);

      return g_strcmp0 (want, drafted) == 0;
    }
  return g_strcmp0 (expected, drafted) == 0;
}

static inline gboolean
quality_participant_matches (const char        *expected,
                             AccordParticipant *participant)
{
  g_autofree char *name = quality_normalise (accord_participant_get_name (participant));
  g_autofree char *title = quality_normalise (accord_participant_get_title (participant));
  const char *bar = strchr (expected, '|');
  g_autofree char *want_name = g_strndup (expected, bar - expected);

  if (want_name[0] != '\0')
    return g_str_equal (want_name, name);
  return name[0] == '\0' && title[0] != '\0'
         && (strstr (title, bar + 1) != NULL || strstr (bar + 1, title) != NULL);
}

static inline guint
quality_shared_participants (Expected      *expected,
                             AccordMeeting *meeting,
                             gboolean      *used)
{
  GListModel *participants = accord_meeting_get_participants (meeting);
  guint shared = 0;

  for (guint i = 0; i < expected->participants->len; i++)
    for (guint p = 0; p < g_list_model_get_n_items (participants); p++)
      {
        g_autoptr(AccordParticipant) participant = g_list_model_get_item (participants, p);

        if ((used == NULL || !used[p])
            && quality_participant_matches (expected->participants->pdata[i], participant))
          {
            if (used != NULL)
              used[p] = TRUE;
            shared++;
            break;
          }
      }
  return shared;
}

static inline const AccordPeriod *
quality_record_period (AccordRecord *record)
{
  if (ACCORD_IS_MEETING (record))
    return accord_meeting_get_when (ACCORD_MEETING (record));
  return accord_initiative_get_period (ACCORD_INITIATIVE (record));
}

/* Adds the counts of @import against @path's expectations to @quality. */
static inline void
quality_add (Quality      *quality,
             AccordImport *import,
             const char   *path)
{
  g_autoptr(GPtrArray) expected = quality_read_expected (path);
  GPtrArray *lists[2] = { accord_import_get_meetings (import), accord_import_get_initiatives (import) };
  g_autofree gboolean *paired_meetings = g_new0 (gboolean, lists[0]->len);
  g_autofree gboolean *paired_initiatives = g_new0 (gboolean, lists[1]->len);
  gboolean *paired[2] = { paired_meetings, paired_initiatives };

  for (guint l = 0; l < 2; l++)
    for (guint i = 0; i < lists[l]->len; i++)
      {
        AccordRecord *record = lists[l]->pdata[i];
        g_autofree char *date = quality_period (quality_record_period (record));

        quality->drafted[l == 0 ? QUALITY_MEETINGS : QUALITY_INITIATIVES]++;
        if (date != NULL)
          quality->drafted[QUALITY_DATES]++;
        if (l == 0)
          quality->drafted[QUALITY_PARTICIPANTS] +=
            g_list_model_get_n_items (accord_meeting_get_participants (ACCORD_MEETING (record)));
      }

  for (guint e = 0; e < expected->len; e++)
    {
      Expected *want = expected->pdata[e];
      guint l = want->meeting ? 0 : 1;
      int best = -1;
      guint best_score = 0;

      quality->expected[want->meeting ? QUALITY_MEETINGS : QUALITY_INITIATIVES]++;
      quality->expected[QUALITY_PARTICIPANTS] += want->participants->len;
      if (want->date != NULL)
        quality->expected[QUALITY_DATES]++;

      for (guint i = 0; i < lists[l]->len; i++)
        {
          AccordRecord *record = lists[l]->pdata[i];
          g_autofree char *date = quality_period (quality_record_period (record));
          guint score = 0;

          if (paired[l][i])
            continue;
          if (quality_titles_match (want->title, accord_record_get_title (record)))
            score += 4;
          if (l == 0)
            score += quality_shared_participants (want, ACCORD_MEETING (record), NULL);
          if (want->date != NULL && date != NULL && quality_dates_match (want->date, date))
            score += 1;
          if (score >= 2 && score > best_score)
            {
              best = i;
              best_score = score;
            }
        }
      if (best < 0)
        continue;

      paired[l][best] = TRUE;
      quality->correct[want->meeting ? QUALITY_MEETINGS : QUALITY_INITIATIVES]++;
      {
        AccordRecord *record = lists[l]->pdata[best];
        g_autofree char *date = quality_period (quality_record_period (record));

        if (want->date != NULL && date != NULL && quality_dates_match (want->date, date))
          quality->correct[QUALITY_DATES]++;
        if (l == 0)
          {
            guint n = g_list_model_get_n_items (accord_meeting_get_participants (ACCORD_MEETING (record)));
            g_autofree gboolean *used = g_new0 (gboolean, n + 1);

            quality->correct[QUALITY_PARTICIPANTS] +=
              quality_shared_participants (want, ACCORD_MEETING (record), used);
          }
      }
    }
}

static inline double
quality_precision (const Quality *quality,
                   QualityField   field)
{
  return quality->drafted[field] == 0 ? 1.0 : (double) quality->correct[field] / quality->drafted[field];
}

static inline double
quality_recall (const Quality *quality,
                QualityField   field)
{
  return quality->expected[field] == 0 ? 1.0 : (double) quality->correct[field] / quality->expected[field];
}

static inline int
quality_compare_names (gconstpointer a,
                       gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Every article of @dir with a .expected file beside it. */
static inline void
quality_add_folder (Quality    *quality,
                    const char *dir,
                    gboolean    verbose)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    if (!g_str_has_suffix (name, ".expected"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, quality_compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, names->pdata[i], NULL);
      g_autofree char *base = g_strndup (path, strrchr (path, '.') - path);
      g_autofree char *expected = g_strconcat (base, ".expected", NULL);
      g_autoptr(AccordImport) import = check_import_file (path, NULL);
      Quality one = { { 0 } };

      quality_add (&one, import, expected);
      for (guint f = 0; f < N_QUALITY_FIELDS; f++)
        {
          quality->drafted[f] += one.drafted[f];
          quality->expected[f] += one.expected[f];
          quality->correct[f] += one.correct[f];
        }
      if (verbose)
        {
          g_printerr ("%s:", (const char *) names->pdata[i]);
          for (guint f = 0; f < N_QUALITY_FIELDS; f++)
            g_printerr (" %s %u/%u/%u", quality_field_names[f], one.correct[f], one.drafted[f],
                        one.expected[f]);
          g_printerr ("\n");
        }
    }
}
