/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#define G_LOG_DOMAIN "accord-record-filter"

#include "accord-initiative.h"
#include "accord-meeting.h"
#include "accord-organisation.h"
#include "accord-record-filter.h"
#include "accord-search-private.h"

struct _AccordRecordFilter
{
  GtkFilter  parent_instance;

  char      *query;
  char      *folded_query;
  AccordSearchQuery *search;
  AccordSearchIndex *index;
  char      *affiliation;
  char      *folded_affiliation;
  /* What affiliation names in the built-in list, however it is spelt; NULL for a name the list
   * does not know, which is then compared as written (folded). */
  const AccordOrganisation *organisation;
  int        year;
  /* The first and last day of year, as Julian days, when year is set. */
  guint32    year_start;
  guint32    year_end;
  int        status;
  int        kind;
  int        format;
};

G_DEFINE_FINAL_TYPE (AccordRecordFilter, accord_record_filter, GTK_TYPE_FILTER)

enum {
  PROP_0,
  PROP_QUERY,
  PROP_AFFILIATION,
  PROP_YEAR,
  PROP_STATUS,
  PROP_KIND,
  PROP_FORMAT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
covers_year (AccordRecordFilter *self,
             const AccordPeriod *period)
{
  return accord_period_is_known (period) &&
         accord_period_get_start_julian (period) <= self->year_end &&
         accord_period_get_end_julian (period) >= self->year_start;
}

static gboolean
accord_record_filter_match (GtkFilter *filter,
                            gpointer   item)
{
  AccordRecordFilter *self = ACCORD_RECORD_FILTER (filter);
  AccordRecord *record = item;
  const char *affiliation = self->folded_affiliation;

  /* This runs for every record of the document on each keystroke, and what it costs is reaching
   * the record's memory: criteria that are not set read nothing. */
  if (ACCORD_IS_MEETING (record))
    {
      AccordMeeting *meeting = ACCORD_MEETING (record);

      if (self->kind >= 0 && (int) accord_meeting_get_kind (meeting) != self->kind)
        return FALSE;
      if (self->format >= 0 && (int) accord_meeting_get_format (meeting) != self->format)
        return FALSE;
      if (self->year != 0 && !covers_year (self, accord_meeting_get_when (meeting)))
        return FALSE;
    }
  else if (ACCORD_IS_INITIATIVE (record))
    {
      AccordInitiative *initiative = ACCORD_INITIATIVE (record);

      if (self->status >= 0 && (int) accord_initiative_get_status (initiative) != self->status)
        return FALSE;
      if (self->year != 0 && !covers_year (self, accord_initiative_get_period (initiative)))
        return FALSE;
    }
  else
    {
      return FALSE;
    }

  if (self->organisation != NULL)
    {
      if (!accord_organisation_named_by (self->organisation, record))
        return FALSE;
      /* The organisation's own names are checked: no spelling to compare whole. */
      affiliation = "";
    }

  if (self->index != NULL)
    return (affiliation[0] == '\0' ||
            accord_search_index_matches_affiliation (self->index, record, affiliation)) &&
           accord_search_index_matches (self->index, self->search, record);

  if (affiliation[0] == '\0' && accord_search_query_is_empty (self->search))
    return TRUE;

  {
    g_autofree char *haystack = accord_search_build_haystack (record);
    guint64 summary = accord_search_summarize (haystack, strlen (haystack));

    return (affiliation[0] == '\0' ||
            accord_search_affiliation_in_haystack (affiliation, summary, haystack)) &&
           accord_search_query_matches_haystack (self->search, summary, haystack);
  }
}

static GtkFilterMatch
accord_record_filter_get_strictness (GtkFilter *filter)
{
  AccordRecordFilter *self = ACCORD_RECORD_FILTER (filter);

  if (self->folded_query[0] == '\0' && self->folded_affiliation[0] == '\0' &&
      self->year == 0 && self->status < 0 && self->kind < 0 && self->format < 0)
    return GTK_FILTER_MATCH_ALL;

  return GTK_FILTER_MATCH_SOME;
}

static void
accord_record_filter_finalize (GObject *object)
{
  AccordRecordFilter *self = ACCORD_RECORD_FILTER (object);

  g_clear_pointer (&self->query, g_free);
  g_clear_pointer (&self->folded_query, g_free);
  g_clear_pointer (&self->search, accord_search_query_free);
  g_clear_object (&self->index);
  g_clear_pointer (&self->affiliation, g_free);
  g_clear_pointer (&self->folded_affiliation, g_free);

  G_OBJECT_CLASS (accord_record_filter_parent_class)->finalize (object);
}

static void
accord_record_filter_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  AccordRecordFilter *self = ACCORD_RECORD_FILTER (object);

  switch (prop_id)
    {
    case PROP_QUERY:
      g_value_set_string (value, self->query);
      break;

    case PROP_AFFILIATION:
      g_value_set_string (value, self->affiliation);
      break;

    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;

    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;

    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;

    case PROP_FORMAT:
      g_value_set_int (value, self->format);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_record_filter_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  AccordRecordFilter *self = ACCORD_RECORD_FILTER (object);

  switch (prop_id)
    {
    case PROP_QUERY:
      accord_record_filter_set_query (self, g_value_get_string (value));
      break;

    case PROP_AFFILIATION:
      accord_record_filter_set_affiliation (self, g_value_get_string (value));
      break;

    case PROP_YEAR:
      accord_record_filter_set_year (self, g_value_get_int (value));
      break;

    case PROP_STATUS:
      accord_record_filter_set_status (self, g_value_get_int (value));
      break;

    case PROP_KIND:
      accord_record_filter_set_kind (self, g_value_get_int (value));
      break;

    case PROP_FORMAT:
      accord_record_filter_set_format (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_record_filter_class_init (AccordRecordFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkFilterClass *filter_class = GTK_FILTER_CLASS (klass);

  object_class->finalize = accord_record_filter_finalize;
  object_class->get_property = accord_record_filter_get_property;
  object_class->set_property = accord_record_filter_set_property;

  filter_class->match = accord_record_filter_match;
  filter_class->get_strictness = accord_record_filter_get_strictness;

  properties[PROP_QUERY] =
    g_param_spec_string ("query", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_AFFILIATION] =
    g_param_spec_string ("affiliation", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL,
                      0, G_MAXUINT16, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL,
                      -1, ACCORD_STATUS_CANCELLED, -1,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL,
                      -1, ACCORD_MEETING_KIND_WORKING_VISIT, -1,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FORMAT] =
    g_param_spec_int ("format", NULL, NULL,
                      -1, ACCORD_MEETING_FORMAT_HYBRID, -1,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
accord_record_filter_init (AccordRecordFilter *self)
{
  self->query = g_strdup ("");
  self->folded_query = g_strdup ("");
  self->search = accord_search_query_new ("");
  self->affiliation = g_strdup ("");
  self->folded_affiliation = g_strdup ("");
  self->status = -1;
  self->kind = -1;
  self->format = -1;
}

AccordRecordFilter *
accord_record_filter_new (void)
{
  return g_object_new (ACCORD_TYPE_RECORD_FILTER, NULL);
}

AccordSearchIndex *
accord_record_filter_get_index (AccordRecordFilter *self)
{
  g_return_val_if_fail (ACCORD_IS_RECORD_FILTER (self), NULL);

  return self->index;
}

void
accord_record_filter_set_index (AccordRecordFilter *self,
                                AccordSearchIndex  *index)
{
  g_return_if_fail (ACCORD_IS_RECORD_FILTER (self));
  g_return_if_fail (index == NULL || ACCORD_IS_SEARCH_INDEX (index));

  if (g_set_object (&self->index, index))
    gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
}

void
accord_record_filter_prefetch (gpointer record,
                               gpointer self)
{
  AccordSearchIndex *index = ((AccordRecordFilter *) self)->index;

  if (index != NULL)
    accord_search_index_prefetch (index, record);
}

/* How a criterion that changed value changes the result, given whether it kept everything
 * before and whether it does now. */
static GtkFilterChange
criterion_change (gboolean was_any,
                  gboolean is_any)
{
  if (was_any)
    return GTK_FILTER_CHANGE_MORE_STRICT;
  if (is_any)
    return GTK_FILTER_CHANGE_LESS_STRICT;
  return GTK_FILTER_CHANGE_DIFFERENT;
}

/* TRUE when every word of @loose lies inside a word of @strict: whatever has all the words of
 * @strict has all those of @loose. Typing on at the end of a query or adding a word is so. */
static gboolean
words_cover (const char *strict,
             const char *loose)
{
  g_auto(GStrv) strict_words = g_strsplit (strict, " ", -1);
  g_auto(GStrv) loose_words = g_strsplit (loose, " ", -1);

  for (guint i = 0; loose_words[i] != NULL; i++)
    {
      gboolean covered = FALSE;

      for (guint j = 0; !covered && strict_words[j] != NULL; j++)
        covered = strstr (strict_words[j], loose_words[i]) != NULL;

      if (!covered)
        return FALSE;
    }

  return TRUE;
}

const char *
accord_record_filter_get_query (AccordRecordFilter *self)
{
  g_return_val_if_fail (ACCORD_IS_RECORD_FILTER (self), NULL);

  return self->query;
}

void
accord_record_filter_set_query (AccordRecordFilter *self,
                                const char         *query)
{
  g_autofree char *folded = NULL;

  g_return_if_fail (ACCORD_IS_RECORD_FILTER (self));

  if (query == NULL)
    query = "";
  if (g_str_equal (self->query, query))
    return;

  g_free (self->query);
  self->query = g_strdup (query);

  folded = accord_search_fold (query);
  if (!g_str_equal (folded, self->folded_query))
    {
      GtkFilterChange change;

      if (words_cover (folded, self->folded_query))
        change = GTK_FILTER_CHANGE_MORE_STRICT;
      else if (words_cover (self->folded_query, folded))
        change = GTK_FILTER_CHANGE_LESS_STRICT;
      else
        change = GTK_FILTER_CHANGE_DIFFERENT;

      g_free (self->folded_query);
      self->folded_query = g_steal_pointer (&folded);
      accord_search_query_free (self->search);
      self->search = accord_search_query_new (self->folded_query);
      gtk_filter_changed (GTK_FILTER (self), change);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUERY]);
}

const char *
accord_record_filter_get_affiliation (AccordRecordFilter *self)
{
  g_return_val_if_fail (ACCORD_IS_RECORD_FILTER (self), NULL);

  return self->affiliation;
}

void
accord_record_filter_set_affiliation (AccordRecordFilter *self,
                                      const char         *affiliation)
{
  const AccordOrganisation *organisation;
  g_autofree char *folded = NULL;

  g_return_if_fail (ACCORD_IS_RECORD_FILTER (self));

  if (affiliation == NULL)
    affiliation = "";
  if (g_str_equal (self->affiliation, affiliation))
    return;

  g_free (self->affiliation);
  self->affiliation = g_strdup (affiliation);

  folded = accord_search_fold (affiliation);
  organisation = accord_organisation_resolve (affiliation);
  if (organisation != self->organisation ||
      (organisation == NULL && !g_str_equal (folded, self->folded_affiliation)))
    {
      GtkFilterChange change = criterion_change (self->folded_affiliation[0] == '\0',
                                                 folded[0] == '\0');

      g_free (self->folded_affiliation);
      self->folded_affiliation = g_steal_pointer (&folded);
      self->organisation = organisation;
      gtk_filter_changed (GTK_FILTER (self), change);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AFFILIATION]);
}

int
accord_record_filter_get_year (AccordRecordFilter *self)
{
  g_return_val_if_fail (ACCORD_IS_RECORD_FILTER (self), 0);

  return self->year;
}

void
accord_record_filter_set_year (AccordRecordFilter *self,
                               int                 year)
{
  GtkFilterChange change;

  g_return_if_fail (ACCORD_IS_RECORD_FILTER (self));
  g_return_if_fail (year >= 0 && year <= G_MAXUINT16);

  if (self->year == year)
    return;

  change = criterion_change (self->year == 0, year == 0);
  self->year = year;
  if (year != 0)
    {
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_dmy (&date, 1, G_DATE_JANUARY, year);
      self->year_start = g_date_get_julian (&date);
      g_date_set_dmy (&date, 31, G_DATE_DECEMBER, year);
      self->year_end = g_date_get_julian (&date);
    }

  gtk_filter_changed (GTK_FILTER (self), change);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

int
accord_record_filter_get_status (AccordRecordFilter *self)
{
  g_return_val_if_fail (ACCORD_IS_RECORD_FILTER (self), -1);

  return self->status;
}

void
accord_record_filter_set_status (AccordRecordFilter *self,
                                 int                 status)
{
  GtkFilterChange change;

  g_return_if_fail (ACCORD_IS_RECORD_FILTER (self));
  g_return_if_fail (status >= -1 && status <= ACCORD_STATUS_CANCELLED);

  if (self->status == status)
    return;

  change = criterion_change (self->status == -1, status == -1);
  self->status = status;

  gtk_filter_changed (GTK_FILTER (self), change);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

int
accord_record_filter_get_kind (AccordRecordFilter *self)
{
  g_return_val_if_fail (ACCORD_IS_RECORD_FILTER (self), -1);

  return self->kind;
}

void
accord_record_filter_set_kind (AccordRecordFilter *self,
                               int                 kind)
{
  GtkFilterChange change;

  g_return_if_fail (ACCORD_IS_RECORD_FILTER (self));
  g_return_if_fail (kind >= -1 && kind <= ACCORD_MEETING_KIND_WORKING_VISIT);

  if (self->kind == kind)
    return;

  change = criterion_change (self->kind == -1, kind == -1);
  self->kind = kind;

  gtk_filter_changed (GTK_FILTER (self), change);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

int
accord_record_filter_get_format (AccordRecordFilter *self)
{
  g_return_val_if_fail (ACCORD_IS_RECORD_FILTER (self), -1);

  return self->format;
}

void
accord_record_filter_set_format (AccordRecordFilter *self,
                                 int                 format)
{
  GtkFilterChange change;

  g_return_if_fail (ACCORD_IS_RECORD_FILTER (self));
  g_return_if_fail (format >= -1 && format <= ACCORD_MEETING_FORMAT_HYBRID);

  if (self->format == format)
    return;

  change = criterion_change (self->format == -1, format == -1);
  self->format = format;

  gtk_filter_changed (GTK_FILTER (self), change);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FORMAT]);
}
