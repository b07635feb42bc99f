/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#define G_LOG_DOMAIN "accord-organisation"

#include <string.h>

#include "accord-model-private.h"
#include "accord-organisation-private.h"
#include "accord-document-choices.h"
#include "accord-fold.h"

/* Folded names → entries, made once; read-only afterwards, so any thread may read it. */
static GHashTable *
get_names_index (void)
{
  static GHashTable *index;

  if (g_once_init_enter (&index))
    {
      GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      for (guint i = 0; i < accord_organisation_list_length; i++)
        {
          const AccordOrganisation *entry = &accord_organisation_list[i];

          for (guint l = 0; l < ACCORD_N_LANGUAGES; l++)
            g_hash_table_insert (names, accord_search_fold (entry->names[l]), (gpointer) entry);
          for (guint a = 0; entry->aliases[a] != NULL; a++)
            g_hash_table_insert (names, accord_search_fold (entry->aliases[a]), (gpointer) entry);
        }

      g_once_init_leave (&index, names);
    }

  return index;
}

guint
accord_organisation_get_n (void)
{
  return accord_organisation_list_length;
}

const AccordOrganisation *
accord_organisation_get_nth (guint position)
{
  g_return_val_if_fail (position < accord_organisation_list_length, NULL);

  return &accord_organisation_list[position];
}

const AccordOrganisation *
accord_organisation_lookup_id (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < accord_organisation_list_length; i++)
    {
      if (g_str_equal (accord_organisation_list[i].id, id))
        return &accord_organisation_list[i];
    }

  return NULL;
}

static const AccordOrganisation *
resolve_folded (const char *folded)
{
  GHashTable *index = get_names_index ();
  const AccordOrganisation *entry = g_hash_table_lookup (index, folded);

  if (entry == NULL && g_str_has_prefix (folded, "the "))
    entry = g_hash_table_lookup (index, folded + strlen ("the "));

  return entry;
}

/* Texts as written → entries (or the index itself, for none), so that a filter running over
 * every record of a large document folds each spelling once. Bounded: a document may hold
 * 100,000 different places. */
#define RESOLVED_CACHE_LIMIT 8192

static GMutex      resolved_lock;
static GHashTable *resolved_cache;

const AccordOrganisation *
accord_organisation_resolve (const char *text)
{
  const AccordOrganisation *entry;
  g_autofree char *folded = NULL;
  gpointer cached;

  g_return_val_if_fail (text != NULL, NULL);

  if (text[0] == '\0')
    return NULL;

  g_mutex_lock (&resolved_lock);
  if (resolved_cache == NULL)
    resolved_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  cached = g_hash_table_lookup (resolved_cache, text);
  g_mutex_unlock (&resolved_lock);

  if (cached != NULL)
    return cached == (gpointer) resolved_cache ? NULL : cached;

  folded = accord_search_fold (text);
  entry = resolve_folded (folded);

  g_mutex_lock (&resolved_lock);
  if (g_hash_table_size (resolved_cache) >= RESOLVED_CACHE_LIMIT)
    g_hash_table_remove_all (resolved_cache);
  g_hash_table_insert (resolved_cache, g_strdup (text),
                       entry != NULL ? (gpointer) entry : (gpointer) resolved_cache);
  g_mutex_unlock (&resolved_lock);

  return entry;
}

const AccordOrganisation *
accord_organisation_resolve_place (const char *place)
{
  const AccordOrganisation *entry;
  g_auto(GStrv) parts = NULL;
  guint n_parts;

  g_return_val_if_fail (place != NULL, NULL);

  entry = accord_organisation_resolve (place);
  if (entry != NULL || strchr (place, ',') == NULL)
    return entry;

  parts = g_strsplit (place, ",", -1);
  n_parts = g_strv_length (parts);
  for (guint i = n_parts; i > 0; i--)
    {
      entry = accord_organisation_resolve (g_strstrip (parts[i - 1]));
      if (entry != NULL && entry->kind == ACCORD_ORGANISATION_COUNTRY)
        return entry;
    }

  return NULL;
}

const char *
accord_organisation_get_id (const AccordOrganisation *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->id;
}

AccordOrganisationKind
accord_organisation_get_kind (const AccordOrganisation *self)
{
  g_return_val_if_fail (self != NULL, ACCORD_ORGANISATION_COUNTRY);

  return self->kind;
}

static const char * const language_codes[ACCORD_N_LANGUAGES] = { "en", "vi", "lo" };

/* @locale is a language name as g_get_language_names() gives: "vi_VN.UTF-8", "lo", "C". */
static gboolean
language_of_locale (const char     *locale,
                    AccordLanguage *language)
{
  if (g_str_equal (locale, "C") || g_str_equal (locale, "POSIX"))
    {
      *language = ACCORD_LANGUAGE_EN;
      return TRUE;
    }

  for (guint l = 0; l < ACCORD_N_LANGUAGES; l++)
    {
      gsize length = strlen (language_codes[l]);

      if (strncmp (locale, language_codes[l], length) == 0 &&
          strchr ("_.@", locale[length]) != NULL)
        {
          *language = l;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
accord_organisation_get_name_in (const AccordOrganisation *self,
                                 const char               *language)
{
  AccordLanguage l;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (language != NULL, NULL);

  if (!language_of_locale (language, &l))
    l = ACCORD_LANGUAGE_EN;

  return self->names[l];
}

const char *
accord_organisation_get_name (const AccordOrganisation *self)
{
  const char * const *locales = g_get_language_names ();

  g_return_val_if_fail (self != NULL, NULL);

  for (; *locales != NULL; locales++)
    {
      AccordLanguage l;

      if (language_of_locale (*locales, &l))
        return self->names[l];
    }

  return self->names[ACCORD_LANGUAGE_EN];
}

const char * const *
accord_organisation_get_aliases (const AccordOrganisation *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->aliases;
}

/* Calls @func with each text of @record that names a country or organisation, and with the
 * place of a meeting (as a place), until it returns TRUE. */
typedef gboolean (*NameFunc) (const char *text,
                              gboolean    is_place,
                              gpointer    user_data);

static gboolean
foreach_name (AccordRecord *record,
              NameFunc      func,
              gpointer      user_data)
{
  if (ACCORD_IS_MEETING (record))
    {
      AccordMeeting *meeting = ACCORD_MEETING (record);
      GListModel *participants = accord_meeting_peek_participants (meeting);
      guint n = participants != NULL ? g_list_model_get_n_items (participants) : 0;

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(AccordParticipant) participant = g_list_model_get_item (participants, i);

          if (func (accord_participant_get_affiliation (participant), FALSE, user_data))
            return TRUE;
        }

      return func (accord_meeting_get_location (meeting), TRUE, user_data);
    }

  if (ACCORD_IS_INITIATIVE (record))
    {
      AccordInitiative *initiative = ACCORD_INITIATIVE (record);
      const char * const *partners = accord_initiative_get_partners (initiative);

      if (func (accord_initiative_get_lead (initiative), FALSE, user_data))
        return TRUE;
      for (; *partners != NULL; partners++)
        {
          if (func (*partners, FALSE, user_data))
            return TRUE;
        }
    }

  return FALSE;
}

static const AccordOrganisation *
resolve_name (const char *text,
              gboolean    is_place)
{
  if (text[0] == '\0')
    return NULL;

  return is_place ? accord_organisation_resolve_place (text) : accord_organisation_resolve (text);
}

static gboolean
names_organisation (const char *text,
                    gboolean    is_place,
                    gpointer    organisation)
{
  return resolve_name (text, is_place) == organisation;
}

gboolean
accord_organisation_named_by (const AccordOrganisation *organisation,
                              AccordRecord             *record)
{
  g_return_val_if_fail (organisation != NULL, FALSE);
  g_return_val_if_fail (ACCORD_IS_RECORD (record), FALSE);

  return foreach_name (record, names_organisation, (gpointer) organisation);
}

static gboolean
add_named (const char *text,
           gboolean    is_place,
           gpointer    named)
{
  const AccordOrganisation *entry = resolve_name (text, is_place);

  if (entry != NULL)
    g_hash_table_add (named, (gpointer) entry);

  return FALSE;
}

static void
add_records_named (GHashTable *named,
                   GListModel *records)
{
  guint n = g_list_model_get_n_items (records);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordRecord) record = g_list_model_get_item (records, i);

      foreach_name (record, add_named, named);
    }
}

/* A menu holds dozens of names, not thousands: no collation keys needed. */
static int
compare_for_people (gconstpointer a,
                    gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

char **
accord_organisation_list_named (AccordDocument *document)
{
  g_autoptr(GHashTable) named = g_hash_table_new (NULL, NULL);
  GPtrArray *names = g_ptr_array_new ();
  g_auto(GStrv) spellings = NULL;
  GHashTableIter iter;
  gpointer entry;

  g_return_val_if_fail (ACCORD_IS_DOCUMENT (document), NULL);

  add_records_named (named, accord_document_get_meetings (document));
  add_records_named (named, accord_document_get_initiatives (document));

  g_hash_table_iter_init (&iter, named);
  while (g_hash_table_iter_next (&iter, &entry, NULL))
    g_ptr_array_add (names, g_strdup (accord_organisation_get_name (entry)));

  spellings = accord_document_list_affiliations (document);
  for (guint i = 0; spellings[i] != NULL; i++)
    {
      if (accord_organisation_resolve (spellings[i]) == NULL)
        g_ptr_array_add (names, g_strdup (spellings[i]));
    }

  g_ptr_array_sort (names, compare_for_people);
  g_ptr_array_add (names, NULL);

  return (char **) g_ptr_array_free (names, FALSE);
}
