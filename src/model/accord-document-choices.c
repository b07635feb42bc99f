/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#define G_LOG_DOMAIN "accord-document-choices"

#include <stdlib.h>

#include "accord-document-choices.h"
#include "accord-fold.h"
#include "accord-model-private.h"

typedef struct
{
  GHashTable *seen;   /* spellings met, borrowed from the records */
  GHashTable *folded; /* their folded forms, owned */
  GPtrArray  *names;  /* the first spelling of each folded form, borrowed */
  GString    *buffer;
} AffiliationSet;

static void
affiliation_set_add (AffiliationSet *set,
                     const char     *name)
{
  if (name[0] == '\0' || !g_hash_table_add (set->seen, (gpointer) name))
    return;

  g_string_truncate (set->buffer, 0);
  if (!accord_search_fold_append (set->buffer, name) ||
      g_hash_table_contains (set->folded, set->buffer->str))
    return;

  g_hash_table_add (set->folded, g_strdup (set->buffer->str));
  g_ptr_array_add (set->names, (gpointer) name);
}

typedef struct
{
  char       *key;
  const char *name;
} SortEntry;

static int
compare_sort_entries (gconstpointer a,
                      gconstpointer b)
{
  return strcmp (((const SortEntry *) a)->key, ((const SortEntry *) b)->key);
}

char **
accord_document_list_affiliations (AccordDocument *document)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) folded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GString) buffer = g_string_new (NULL);
  AffiliationSet set = { seen, folded, names, buffer };
  GListModel *meetings;
  GListModel *initiatives;
  g_autofree SortEntry *entries = NULL;
  char **result;
  guint n;

  g_return_val_if_fail (ACCORD_IS_DOCUMENT (document), NULL);

  meetings = accord_document_get_meetings (document);
  n = g_list_model_get_n_items (meetings);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordMeeting) meeting = g_list_model_get_item (meetings, i);
      GListModel *participants = accord_meeting_peek_participants (meeting);
      guint n_participants = participants != NULL ? g_list_model_get_n_items (participants) : 0;

      for (guint j = 0; j < n_participants; j++)
        {
          g_autoptr(AccordParticipant) participant = g_list_model_get_item (participants, j);

          affiliation_set_add (&set, accord_participant_get_affiliation (participant));
        }
    }

  initiatives = accord_document_get_initiatives (document);
  n = g_list_model_get_n_items (initiatives);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordInitiative) initiative = g_list_model_get_item (initiatives, i);
      const char * const *partners = accord_initiative_get_partners (initiative);

      affiliation_set_add (&set, accord_initiative_get_lead (initiative));
      for (; *partners != NULL; partners++)
        affiliation_set_add (&set, *partners);
    }

  entries = g_new (SortEntry, names->len);
  for (guint i = 0; i < names->len; i++)
    {
      entries[i].name = names->pdata[i];
      entries[i].key = g_utf8_collate_key (entries[i].name, -1);
    }
  /* qsort() wants a valid pointer even for nothing to sort; g_new() gives NULL for none. */
  if (names->len > 1)
    qsort (entries, names->len, sizeof (SortEntry), compare_sort_entries);

  result = g_new (char *, names->len + 1);
  for (guint i = 0; i < names->len; i++)
    {
      result[i] = g_strdup (entries[i].name);
      g_free (entries[i].key);
    }
  result[names->len] = NULL;

  return result;
}

static void
add_years (guint32            *years,
           const AccordPeriod *period)
{
  GDate start, end;

  if (!accord_period_get_start (period, &start) || !accord_period_get_end (period, &end))
    return;

  for (guint year = g_date_get_year (&start); year <= g_date_get_year (&end); year++)
    years[year / 32] |= 1u << (year % 32);
}

GArray *
accord_document_list_years (AccordDocument *document)
{
  /* GDateYear is 16 bits wide. */
  g_autofree guint32 *years = NULL;
  GArray *result;
  GListModel *meetings;
  GListModel *initiatives;
  guint n;

  g_return_val_if_fail (ACCORD_IS_DOCUMENT (document), NULL);

  years = g_new0 (guint32, (G_MAXUINT16 + 1) / 32);

  meetings = accord_document_get_meetings (document);
  n = g_list_model_get_n_items (meetings);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordMeeting) meeting = g_list_model_get_item (meetings, i);

      add_years (years, accord_meeting_get_when (meeting));
    }

  initiatives = accord_document_get_initiatives (document);
  n = g_list_model_get_n_items (initiatives);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordInitiative) initiative = g_list_model_get_item (initiatives, i);

      add_years (years, accord_initiative_get_period (initiative));
    }

  result = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint year = 1; year <= G_MAXUINT16; year++)
    {
      if (years[year / 32] & (1u << (year % 32)))
        g_array_append_val (result, year);
    }

  return result;
}
