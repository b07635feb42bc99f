/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#define G_LOG_DOMAIN "accord-person"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "accord-directory-private.h"
#include "accord-fold.h"

typedef struct
{
  char  *text;
  char  *folded;
  guint  count;
  guint  order;
} Tally;

typedef struct
{
  AccordMeeting *meeting;
  guint32        julian;
  guint          order;
} DatedMeeting;

struct _AccordPerson
{
  GObject     parent_instance;

  char       *id;
  /* Tally: the names, titles and unknown affiliations met, before finish; then sorted. */
  GArray     *names;
  GArray     *title_tallies;
  GArray     *affiliations;
  GHashTable *organisations;   /* AccordOrganisation → count */

  char      **name_list;
  GArray     *titles;          /* AccordPersonTitle, pointing into title_tallies */
  const AccordOrganisation *organisation;
  const char *country;
  GListStore *meetings;
  /* Until finish: the meetings met (DatedMeeting) and a set of them. */
  GArray     *dated_meetings;
  GHashTable *meeting_set;
  /* The last affiliation met, as written, and what it resolved to. */
  const char *last_affiliation;
  const AccordOrganisation *last_organisation;
  GPtrArray  *participants;
  guint32     last_julian;
  char       *search_text;
};

G_DEFINE_FINAL_TYPE (AccordPerson, accord_person, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_COUNTRY,
  PROP_N_MEETINGS,
  PROP_LAST_JULIAN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tally_clear (Tally *tally)
{
  g_free (tally->text);
  g_free (tally->folded);
}

static void
accord_person_finalize (GObject *object)
{
  AccordPerson *self = ACCORD_PERSON (object);

  g_free (self->id);
  g_clear_pointer (&self->names, g_array_unref);
  g_clear_pointer (&self->title_tallies, g_array_unref);
  g_clear_pointer (&self->affiliations, g_array_unref);
  g_clear_pointer (&self->organisations, g_hash_table_unref);
  g_free (self->name_list);
  g_clear_pointer (&self->titles, g_array_unref);
  g_clear_object (&self->meetings);
  g_clear_pointer (&self->meeting_set, g_hash_table_unref);
  g_clear_pointer (&self->dated_meetings, g_array_unref);
  g_clear_pointer (&self->participants, g_ptr_array_unref);
  g_free (self->search_text);

  G_OBJECT_CLASS (accord_person_parent_class)->finalize (object);
}

static void
accord_person_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  AccordPerson *self = ACCORD_PERSON (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, accord_person_get_name (self));
      break;

    case PROP_COUNTRY:
      g_value_set_string (value, accord_person_get_country (self));
      break;

    case PROP_N_MEETINGS:
      g_value_set_uint (value, g_list_model_get_n_items (G_LIST_MODEL (self->meetings)));
      break;

    case PROP_LAST_JULIAN:
      g_value_set_uint (value, self->last_julian);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_person_class_init (AccordPersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = accord_person_finalize;
  object_class->get_property = accord_person_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, "", G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "", G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_COUNTRY] =
    g_param_spec_string ("country", NULL, NULL, "", G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_MEETINGS] =
    g_param_spec_uint ("n-meetings", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LAST_JULIAN] =
    g_param_spec_uint ("last-julian", NULL, NULL, 0, G_MAXUINT32, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static GArray *
tally_array_new (void)
{
  GArray *array = g_array_new (FALSE, FALSE, sizeof (Tally));

  g_array_set_clear_func (array, (GDestroyNotify) tally_clear);
  return array;
}

static void
accord_person_init (AccordPerson *self)
{
  self->names = tally_array_new ();
  self->title_tallies = tally_array_new ();
  self->affiliations = tally_array_new ();
  self->organisations = g_hash_table_new (NULL, NULL);
  self->meetings = g_list_store_new (ACCORD_TYPE_MEETING);
  self->meeting_set = g_hash_table_new (NULL, NULL);
  self->dated_meetings = g_array_new (FALSE, FALSE, sizeof (DatedMeeting));
  self->participants = g_ptr_array_new_with_free_func (g_object_unref);
}

AccordPerson *
accord_person_new (const char *id)
{
  AccordPerson *self = g_object_new (ACCORD_TYPE_PERSON, NULL);

  self->id = g_strdup (id);
  return self;
}

/* Counts @text in @tallies, where texts that fold alike are one; returns its tally. */
static Tally *
tally_add (GArray     *tallies,
           const char *text)
{
  g_autofree char *folded = NULL;
  Tally tally;

  /* Most come again as they were written: no folding for those. */
  for (guint i = 0; i < tallies->len; i++)
    {
      Tally *known = &g_array_index (tallies, Tally, i);

      if (g_str_equal (known->text, text))
        {
          known->count++;
          return known;
        }
    }

  folded = accord_search_fold (text);
  for (guint i = 0; i < tallies->len; i++)
    {
      Tally *known = &g_array_index (tallies, Tally, i);

      if (g_str_equal (known->folded, folded))
        {
          known->count++;
          return known;
        }
    }

  tally.text = g_strdup (text);
  tally.folded = g_steal_pointer (&folded);
  tally.count = 1;
  tally.order = tallies->len;
  g_array_append_val (tallies, tally);

  return &g_array_index (tallies, Tally, tallies->len - 1);
}

/* Names as written are kept apart even when they fold alike: "Bui Thanh Son" and "Bùi Thanh
 * Sơn" are two names the person appears under. */
static void
name_add (GArray     *tallies,
          const char *name)
{
  Tally tally;

  for (guint i = 0; i < tallies->len; i++)
    {
      Tally *known = &g_array_index (tallies, Tally, i);

      if (g_str_equal (known->text, name))
        {
          known->count++;
          return;
        }
    }

  tally.text = g_strdup (name);
  tally.folded = NULL;
  tally.count = 1;
  tally.order = tallies->len;
  g_array_append_val (tallies, tally);
}

void
accord_person_add (AccordPerson      *self,
                   AccordParticipant *participant,
                   AccordMeeting     *meeting,
                   const char        *name,
                   const char        *title,
                   const char        *affiliation,
                   guint32            julian)
{
  g_ptr_array_add (self->participants, g_object_ref (participant));
  name_add (self->names, name);

  if (title[0] != '\0')
    {
      /* Title tallies keep the first and last day in the fields order and count. */
      Tally *tally = tally_add (self->title_tallies, title);
      guint index = tally - (Tally *) (gpointer) self->title_tallies->data;

      if (self->titles == NULL)
        self->titles = g_array_new (FALSE, TRUE, sizeof (AccordPersonTitle));
      if (index >= self->titles->len)
        g_array_set_size (self->titles, index + 1);
      {
        AccordPersonTitle *span = &g_array_index (self->titles, AccordPersonTitle, index);

        if (julian != 0 && (span->first_julian == 0 || julian < span->first_julian))
          span->first_julian = julian;
        if (julian > span->last_julian)
          span->last_julian = julian;
      }
    }

  if (affiliation[0] != '\0')
    {
      const AccordOrganisation *organisation;

      /* A person's meetings mostly say the same: resolved once. */
      if (self->last_affiliation != NULL && g_str_equal (self->last_affiliation, affiliation))
        organisation = self->last_organisation;
      else
        organisation = accord_organisation_resolve (affiliation);
      self->last_affiliation = affiliation;
      self->last_organisation = organisation;

      if (organisation != NULL)
        {
          guint count = GPOINTER_TO_UINT (g_hash_table_lookup (self->organisations,
                                                               organisation));

          g_hash_table_insert (self->organisations, (gpointer) organisation,
                               GUINT_TO_POINTER (count + 1));
        }
      else
        {
          tally_add (self->affiliations, affiliation);
        }
    }

  if (g_hash_table_add (self->meeting_set, meeting))
    {
      DatedMeeting dated = { meeting, julian, self->dated_meetings->len };

      g_array_append_val (self->dated_meetings, dated);
    }
  if (julian > self->last_julian)
    self->last_julian = julian;
}

static int
compare_tallies (gconstpointer a,
                 gconstpointer b)
{
  const Tally *x = a;
  const Tally *y = b;

  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;
  return x->order < y->order ? -1 : (x->order > y->order);
}

static int
compare_dated (gconstpointer a,
               gconstpointer b)
{
  const DatedMeeting *x = a;
  const DatedMeeting *y = b;

  /* Undated meetings last, in the order met. */
  if (x->julian != y->julian)
    {
      if (x->julian == 0 || y->julian == 0)
        return x->julian == 0 ? 1 : -1;
      return x->julian < y->julian ? -1 : 1;
    }
  return x->order < y->order ? -1 : (x->order > y->order);
}

static int
compare_titles (gconstpointer a,
                gconstpointer b)
{
  const AccordPersonTitle *x = a;
  const AccordPersonTitle *y = b;

  if (x->first_julian != y->first_julian)
    {
      if (x->first_julian == 0 || y->first_julian == 0)
        return x->first_julian == 0 ? 1 : -1;
      return x->first_julian < y->first_julian ? -1 : 1;
    }
  return 0;
}

void
accord_person_finish (AccordPerson *self)
{
  g_autoptr(GString) search = g_string_new (NULL);
  guint n_meetings = self->dated_meetings->len;
  guint best = 0;
  GHashTableIter iter;
  gpointer organisation, count;

  g_array_sort (self->names, compare_tallies);
  self->name_list = g_new (char *, self->names->len + 1);
  for (guint i = 0; i < self->names->len; i++)
    {
      Tally *tally = &g_array_index (self->names, Tally, i);
      g_autofree char *folded = accord_search_fold (tally->text);

      self->name_list[i] = tally->text;
      if (search->len > 0)
        g_string_append_c (search, '\n');
      g_string_append (search, folded);
    }
  self->name_list[self->names->len] = NULL;
  self->search_text = g_string_free (g_steal_pointer (&search), FALSE);

  if (self->titles != NULL)
    {
      for (guint i = 0; i < self->titles->len; i++)
        g_array_index (self->titles, AccordPersonTitle, i).title =
          g_array_index (self->title_tallies, Tally, i).text;
      g_array_sort (self->titles, compare_titles);
    }

  g_hash_table_iter_init (&iter, self->organisations);
  while (g_hash_table_iter_next (&iter, &organisation, &count))
    {
      guint n = GPOINTER_TO_UINT (count);

      /* Ties go to the list's order, so that the answer does not depend on hashing. */
      if (n > best || (n == best && strcmp (accord_organisation_get_id (organisation),
                                             accord_organisation_get_id (self->organisation)) < 0))
        {
          best = n;
          self->organisation = organisation;
        }
    }
  if (self->organisation == NULL && self->affiliations->len > 0)
    {
      g_array_sort (self->affiliations, compare_tallies);
      self->country = g_array_index (self->affiliations, Tally, 0).text;
    }

  if (n_meetings > 0)
    {
      g_autofree gpointer *sorted = g_new (gpointer, n_meetings);

      g_array_sort (self->dated_meetings, compare_dated);
      for (guint i = 0; i < n_meetings; i++)
        sorted[i] = g_array_index (self->dated_meetings, DatedMeeting, i).meeting;
      g_list_store_splice (self->meetings, 0, 0, sorted, n_meetings);
    }
  g_clear_pointer (&self->dated_meetings, g_array_unref);
  self->last_affiliation = NULL;
  g_clear_pointer (&self->meeting_set, g_hash_table_unref);
}

const char *
accord_person_get_id (AccordPerson *self)
{
  g_return_val_if_fail (ACCORD_IS_PERSON (self), NULL);

  return self->id;
}

const char *
accord_person_get_name (AccordPerson *self)
{
  g_return_val_if_fail (ACCORD_IS_PERSON (self), NULL);

  return self->name_list != NULL && self->name_list[0] != NULL ? self->name_list[0] : "";
}

const char * const *
accord_person_get_names (AccordPerson *self)
{
  g_return_val_if_fail (ACCORD_IS_PERSON (self), NULL);

  return (const char * const *) self->name_list;
}

const AccordPersonTitle *
accord_person_get_titles (AccordPerson *self,
                          guint        *n_titles)
{
  g_return_val_if_fail (ACCORD_IS_PERSON (self), NULL);
  g_return_val_if_fail (n_titles != NULL, NULL);

  *n_titles = self->titles != NULL ? self->titles->len : 0;
  return self->titles != NULL ? (const AccordPersonTitle *) (gpointer) self->titles->data : NULL;
}

static guint
year_of (guint32 julian)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  return g_date_get_year (&date);
}

char *
accord_person_format_titles (AccordPerson *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n_titles;
  const AccordPersonTitle *titles;

  g_return_val_if_fail (ACCORD_IS_PERSON (self), NULL);

  titles = accord_person_get_titles (self, &n_titles);
  for (guint i = 0; i < n_titles; i++)
    {
      const AccordPersonTitle *title = &titles[i];
      g_autofree char *entry = NULL;

      if (title->first_julian == 0)
        entry = g_strdup (title->title);
      else if (year_of (title->first_julian) == year_of (title->last_julian))
        /* Translators: a title a person held, and the year they held it at a meeting:
         * "Minister of Foreign Affairs, 2023" */
        entry = g_strdup_printf (_("%1$s, %2$u"), title->title, year_of (title->first_julian));
      else
        /* Translators: a title a person held, and the first and last years of the meetings
         * they held it at: "Minister of Foreign Affairs, 2020–2024" */
        entry = g_strdup_printf (_("%1$s, %2$u–%3$u"), title->title,
                                 year_of (title->first_julian), year_of (title->last_julian));

      if (text->len > 0)
        /* Translators: between two titles of a person in a list */
        g_string_append (text, _("; "));
      g_string_append (text, entry);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

const AccordOrganisation *
accord_person_get_organisation (AccordPerson *self)
{
  g_return_val_if_fail (ACCORD_IS_PERSON (self), NULL);

  return self->organisation;
}

const char *
accord_person_get_country (AccordPerson *self)
{
  g_return_val_if_fail (ACCORD_IS_PERSON (self), NULL);

  if (self->organisation != NULL)
    return accord_organisation_get_name (self->organisation);

  return self->country != NULL ? self->country : "";
}

GListModel *
accord_person_get_meetings (AccordPerson *self)
{
  g_return_val_if_fail (ACCORD_IS_PERSON (self), NULL);

  return G_LIST_MODEL (self->meetings);
}

GPtrArray *
accord_person_get_participants (AccordPerson *self)
{
  g_return_val_if_fail (ACCORD_IS_PERSON (self), NULL);

  return self->participants;
}

guint32
accord_person_get_last_julian (AccordPerson *self)
{
  g_return_val_if_fail (ACCORD_IS_PERSON (self), 0);

  return self->last_julian;
}

const char *
accord_person_get_search_text (AccordPerson *self)
{
  g_return_val_if_fail (ACCORD_IS_PERSON (self), NULL);

  return self->search_text;
}
