/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#define G_LOG_DOMAIN "accord-directory"

#include <string.h>

#include "accord-directory-private.h"
#include "accord-model-private.h"
#include "accord-fold.h"

/* ---- The snapshot: what the thread reads, copied on the main thread --------------------- */

/* One participant with a name. The model may change while the thread works, so the thread
 * reads only this: the objects are referenced, to be handed to the people, never read. */
typedef struct
{
  AccordParticipant *participant;
  AccordMeeting     *meeting;    /* borrowed from the snapshot's meetings */
  guint32            julian;
  /* name, title, affiliation: one block, each NUL-terminated. */
  const char        *name;
  const char        *title;
  const char        *affiliation;
} Appearance;

typedef struct
{
  AccordDocument *document;
  /* The snapshot is taken on the main thread a slice at a time, from this meeting on; a change
   * to the list of meetings starts it again. */
  guint           next_meeting;
  gulong          meetings_handler;
  guint           snapshot_source;
  GPtrArray      *meetings;     /* AccordMeeting, referenced */
  GArray         *appearances;  /* Appearance */
  GPtrArray      *people;       /* the results */
  GPtrArray      *proposals;
} Build;

static void
appearance_clear (Appearance *appearance)
{
  g_object_unref (appearance->participant);
  /* The strings share the block that name starts. */
  g_free ((char *) appearance->name);
}

static void
build_free (Build *build)
{
  g_clear_handle_id (&build->snapshot_source, g_source_remove);
  g_clear_signal_handler (&build->meetings_handler, accord_document_get_meetings (build->document));
  g_clear_object (&build->document);
  g_clear_pointer (&build->appearances, g_array_unref);
  g_clear_pointer (&build->meetings, g_ptr_array_unref);
  g_clear_pointer (&build->people, g_ptr_array_unref);
  g_clear_pointer (&build->proposals, g_ptr_array_unref);
  g_free (build);
}

/* Copies the participants of meetings from build->next_meeting on, until @deadline
 * (monotonic µs) or the last meeting; TRUE when the last is done. */
static gboolean
snapshot_some (Build  *build,
               gint64  deadline)
{
  GListModel *meetings = accord_document_get_meetings (build->document);
  guint n_meetings = g_list_model_get_n_items (meetings);

  for (; build->next_meeting < n_meetings; build->next_meeting++)
    {
      AccordMeeting *meeting;
      GListModel *participants;
      const AccordPeriod *when;
      guint32 julian;
      guint n;

      /* The clock is read every 32 meetings: reading it costs as much as a meeting. */
      if ((build->next_meeting & 31) == 0 && build->next_meeting > 0 &&
          g_get_monotonic_time () >= deadline)
        return FALSE;

      meeting = g_list_model_get_item (meetings, build->next_meeting);
      participants = accord_meeting_peek_participants (meeting);
      n = participants != NULL ? g_list_model_get_n_items (participants) : 0;
      when = accord_meeting_get_when (meeting);
      julian = accord_period_is_known (when) ? accord_period_get_start_julian (when) : 0;
      g_ptr_array_add (build->meetings, meeting);

      for (guint j = 0; j < n; j++)
        {
          AccordParticipant *participant = g_list_model_get_item (participants, j);
          const char *name = accord_participant_get_name (participant);
          const char *title = accord_participant_get_title (participant);
          const char *affiliation = accord_participant_get_affiliation (participant);
          gsize name_size, title_size, affiliation_size;
          Appearance appearance;
          char *block;

          if (name[0] == '\0')
            {
              g_object_unref (participant);
              continue;
            }

          name_size = strlen (name) + 1;
          title_size = strlen (title) + 1;
          affiliation_size = strlen (affiliation) + 1;
          block = g_malloc (name_size + title_size + affiliation_size);
          memcpy (block, name, name_size);
          memcpy (block + name_size, title, title_size);
          memcpy (block + name_size + title_size, affiliation, affiliation_size);

          appearance.participant = participant;
          appearance.meeting = meeting;
          appearance.julian = julian;
          appearance.name = block;
          appearance.title = block + name_size;
          appearance.affiliation = block + name_size + title_size;
          g_array_append_val (build->appearances, appearance);
        }
    }

  return TRUE;
}

static void
snapshot_restart (Build *build)
{
  build->next_meeting = 0;
  g_array_set_size (build->appearances, 0);
  g_ptr_array_set_size (build->meetings, 0);
}

static Build *
build_new (AccordDocument *document)
{
  Build *build = g_new0 (Build, 1);

  build->document = g_object_ref (document);
  build->meetings = g_ptr_array_new_with_free_func (g_object_unref);
  build->appearances = g_array_new (FALSE, FALSE, sizeof (Appearance));
  g_array_set_clear_func (build->appearances, (GDestroyNotify) appearance_clear);

  return build;
}

/* ---- Grouping ----------------------------------------------------------------------------- */

/* The name people are grouped by: case-folded, in one Unicode form, spaces collapsed; accents
 * kept, since Vietnamese names that differ only by a tone mark can be two people's. */
static char *
grouping_key (const char *name)
{
  g_autofree char *casefolded = g_utf8_casefold (name, -1);
  g_autofree char *normalized = g_utf8_normalize (casefolded, -1, G_NORMALIZE_NFC);
  g_auto(GStrv) words = g_strsplit_set (normalized != NULL ? normalized : "", " \t\n\r", -1);
  g_autoptr(GString) key = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0')
        continue;
      if (key->len > 0)
        g_string_append_c (key, ' ');
      g_string_append (key, words[i]);
    }

  return g_string_free (g_steal_pointer (&key), FALSE);
}

/* A stable id for the person of @key, the same from one build (and one run) to the next. */
static char *
person_id_for_key (const char *key)
{
  g_autofree char *digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256, key, -1);

  return g_strdup_printf ("person-%.12s", digest);
}

typedef struct
{
  char *key;
  char *name;
} SortKey;

static int
compare_people (gconstpointer a,
                gconstpointer b)
{
  const SortKey *x = a;
  const SortKey *y = b;
  int result = strcmp (x->key, y->key);

  return result != 0 ? result : strcmp (x->name, y->name);
}

static GPtrArray *
group_people (Build *build)
{
  /* Names as written → key, so that each spelling is folded once. */
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GHashTable) people = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                        g_object_unref);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  g_autofree SortKey *sort_keys = NULL;
  GPtrArray *sorted;

  for (guint i = 0; i < build->appearances->len; i++)
    {
      Appearance *appearance = &g_array_index (build->appearances, Appearance, i);
      const char *key = g_hash_table_lookup (keys, appearance->name);
      AccordPerson *person;

      if (key == NULL)
        {
          char *fresh = grouping_key (appearance->name);

          g_hash_table_insert (keys, (gpointer) appearance->name, fresh);
          key = fresh;
        }

      person = g_hash_table_lookup (people, key);
      if (person == NULL)
        {
          g_autofree char *id = person_id_for_key (key);

          person = accord_person_new (id);
          g_hash_table_insert (people, (gpointer) key, person);
          g_ptr_array_add (order, person);
        }

      accord_person_add (person, appearance->participant, appearance->meeting,
                         appearance->name, appearance->title, appearance->affiliation,
                         appearance->julian);
    }

  sort_keys = g_new (SortKey, MAX (order->len, 1));
  for (guint i = 0; i < order->len; i++)
    {
      AccordPerson *person = order->pdata[i];

      accord_person_finish (person);
      sort_keys[i].name = (char *) person;
      sort_keys[i].key = g_utf8_collate_key (accord_person_get_name (person), -1);
    }
  /* By name for people; the same name (different spellings of case) by order met. */
  for (guint i = 0; i < order->len; i++)
    {
      char *key = sort_keys[i].key;

      sort_keys[i].key = g_strdup_printf ("%s\x01%08u", key, i);
      g_free (key);
    }
  if (order->len > 1)
    qsort (sort_keys, order->len, sizeof (SortKey), compare_people);

  sorted = g_ptr_array_new_full (order->len, g_object_unref);
  for (guint i = 0; i < order->len; i++)
    {
      g_ptr_array_add (sorted, g_object_ref ((AccordPerson *) (gpointer) sort_keys[i].name));
      g_free (sort_keys[i].key);
    }

  return sorted;
}

/* ---- Proposals ---------------------------------------------------------------------------- */

char *
accord_directory_skeleton (const char *folded_name)
{
  GString *out = g_string_sized_new (strlen (folded_name));

  for (const char *p = folded_name; *p != '\0'; p++)
    {
      char c = *p;

      switch (c)
        {
        case 'y':
          c = 'i';
          break;

        case 'x':
          c = 's';
          break;

        case 'w':
          c = 'v';
          break;

        case 'o':
          /* "ou" is a "u" in French-style transliteration. */
          if (p[1] == 'u')
            {
              p++;
              c = 'u';
            }
          break;

        default:
          break;
        }

      /* Doubled vowels are long vowels some transliterations do not mark. */
      if (strchr ("aeiou", c) != NULL && out->len > 0 && out->str[out->len - 1] == c)
        continue;
      g_string_append_c (out, c);
    }

  return g_string_free (out, FALSE);
}

/* What the proposals compare of a person. */
typedef struct
{
  AccordPerson *person;
  char         *folded;
  char         *skeleton;
  char         *country;   /* an id of the built-in list, or the folded text; "" for none */
  const char   *last_word; /* in skeleton */
  gboolean      one_word;
} Traits;

static void
traits_clear (Traits *traits)
{
  g_free (traits->folded);
  g_free (traits->skeleton);
  g_free (traits->country);
}

static void
traits_init (Traits       *traits,
             AccordPerson *person)
{
  const AccordOrganisation *organisation = accord_person_get_organisation (person);
  const char *space;

  traits->person = person;
  traits->folded = accord_search_fold (accord_person_get_name (person));
  traits->skeleton = accord_directory_skeleton (traits->folded);
  if (organisation != NULL)
    traits->country = g_strdup (accord_organisation_get_id (organisation));
  else
    traits->country = accord_search_fold (accord_person_get_country (person));
  space = strrchr (traits->skeleton, ' ');
  traits->one_word = space == NULL;
  traits->last_word = space != NULL ? space + 1 : traits->skeleton;
}

/* Two people of different countries are two people, whatever their names. */
static gboolean
countries_agree (const Traits *a,
                 const Traits *b,
                 gboolean     *same)
{
  *same = a->country[0] != '\0' && g_str_equal (a->country, b->country);
  return a->country[0] == '\0' || b->country[0] == '\0' || *same;
}

/* A bucket this large is a common word, not a person's variants. */
#define MAX_BUCKET 64

static void
bucket_add (GHashTable *buckets,
            const char *key,
            Traits     *traits)
{
  GPtrArray *bucket = g_hash_table_lookup (buckets, key);

  if (bucket == NULL)
    {
      bucket = g_ptr_array_new ();
      g_hash_table_insert (buckets, (gpointer) key, bucket);
    }
  g_ptr_array_add (bucket, traits);
}

static void
propose (GPtrArray            *proposals,
         const Traits         *a,
         const Traits         *b,
         AccordProposalReason  reason,
         gboolean              same_country)
{
  g_ptr_array_add (proposals, accord_person_proposal_new (a->person, b->person, reason,
                                                          same_country));
}

static GPtrArray *
find_proposals (GPtrArray *people)
{
  GPtrArray *proposals = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) traits = g_array_sized_new (FALSE, FALSE, sizeof (Traits), people->len);
  g_autoptr(GHashTable) by_skeleton = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                             (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) by_last_word = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                              (GDestroyNotify) g_ptr_array_unref);
  GHashTableIter iter;
  gpointer value;

  g_array_set_clear_func (traits, (GDestroyNotify) traits_clear);
  g_array_set_size (traits, people->len);
  for (guint i = 0; i < people->len; i++)
    {
      Traits *t = &g_array_index (traits, Traits, i);

      traits_init (t, people->pdata[i]);
      bucket_add (by_skeleton, t->skeleton, t);
      if (!t->one_word)
        bucket_add (by_last_word, t->last_word, t);
    }

  /* Same folded name, or the same but for transliteration: one bucket holds both. */
  g_hash_table_iter_init (&iter, by_skeleton);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      GPtrArray *bucket = value;

      if (bucket->len < 2 || bucket->len > MAX_BUCKET)
        continue;
      for (guint i = 0; i < bucket->len; i++)
        for (guint j = i + 1; j < bucket->len; j++)
          {
            const Traits *a = bucket->pdata[i];
            const Traits *b = bucket->pdata[j];
            gboolean same;

            if (!countries_agree (a, b, &same))
              continue;
            propose (proposals, a, b,
                     g_str_equal (a->folded, b->folded) ? ACCORD_PROPOSAL_SAME_FOLDED_NAME
                                                        : ACCORD_PROPOSAL_TRANSLITERATION,
                     same);
          }
    }

  /* One word, the last of one longer name of the same country ("Kommasith"), or of several
   * spellings of one: with two people it could be either. */
  for (guint i = 0; i < traits->len; i++)
    {
      const Traits *a = &g_array_index (traits, Traits, i);
      g_autoptr(GPtrArray) matches = NULL;
      GPtrArray *bucket;

      if (!a->one_word || a->country[0] == '\0')
        continue;
      bucket = g_hash_table_lookup (by_last_word, a->skeleton);
      if (bucket == NULL || bucket->len > MAX_BUCKET)
        continue;

      matches = g_ptr_array_new ();
      for (guint j = 0; j < bucket->len; j++)
        {
          const Traits *b = bucket->pdata[j];
          gboolean same;

          if (!countries_agree (a, b, &same) || !same)
            continue;
          if (matches->len > 0 &&
              !g_str_equal (((const Traits *) matches->pdata[0])->skeleton, b->skeleton))
            {
              g_ptr_array_set_size (matches, 0);
              break;
            }
          g_ptr_array_add (matches, (gpointer) b);
        }
      for (guint j = 0; j < matches->len; j++)
        propose (proposals, matches->pdata[j], a, ACCORD_PROPOSAL_SHORT_NAME, TRUE);
    }

  return proposals;
}

static void
build_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  Build *build = task_data;

  build->people = group_people (build);
  if (g_task_return_error_if_cancelled (task))
    return;
  build->proposals = find_proposals (build->people);
  g_task_return_boolean (task, TRUE);
}

/* The longest the main thread spends on one slice of the snapshot. */
#define SLICE_USEC 6000

static void
on_snapshot_meetings_changed (GListModel *meetings,
                              guint       position,
                              guint       removed,
                              guint       added,
                              Build      *build)
{
  snapshot_restart (build);
}

static gboolean
snapshot_slice_cb (gpointer user_data)
{
  GTask *task = user_data;
  Build *build = g_task_get_task_data (task);

  if (g_task_return_error_if_cancelled (task))
    {
      build->snapshot_source = 0;
      return G_SOURCE_REMOVE;
    }

  if (!snapshot_some (build, g_get_monotonic_time () + SLICE_USEC))
    return G_SOURCE_CONTINUE;

  build->snapshot_source = 0;
  g_clear_signal_handler (&build->meetings_handler, accord_document_get_meetings (build->document));
  g_task_run_in_thread (task, build_in_thread);

  return G_SOURCE_REMOVE;
}

void
accord_directory_build_async (AccordDocument      *document,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  GTask *task;
  Build *build;

  g_return_if_fail (ACCORD_IS_DOCUMENT (document));

  task = g_task_new (document, cancellable, callback, user_data);
  g_task_set_source_tag (task, accord_directory_build_async);
  build = build_new (document);
  g_task_set_task_data (task, build, (GDestroyNotify) build_free);

  /* The first slice now; the rest, if any, when the main loop is idle. */
  if (snapshot_some (build, g_get_monotonic_time () + SLICE_USEC))
    {
      g_task_run_in_thread (task, build_in_thread);
      g_object_unref (task);
      return;
    }

  build->meetings_handler =
    g_signal_connect (accord_document_get_meetings (document), "items-changed",
                      G_CALLBACK (on_snapshot_meetings_changed), build);
  build->snapshot_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, snapshot_slice_cb, task,
                                            g_object_unref);
}

gboolean
accord_directory_build_finish (GAsyncResult  *result,
                               GPtrArray    **people,
                               GPtrArray    **proposals,
                               GError       **error)
{
  Build *build;

  g_return_val_if_fail (G_IS_TASK (result), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == accord_directory_build_async,
                        FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  build = g_task_get_task_data (G_TASK (result));
  if (people != NULL)
    *people = g_ptr_array_ref (build->people);
  if (proposals != NULL)
    *proposals = g_ptr_array_ref (build->proposals);

  return TRUE;
}

/* ---- The directory ------------------------------------------------------------------------ */

struct _AccordDirectory
{
  GObject         parent_instance;

  AccordDocument *document;
  GListStore     *people;
  GListStore     *proposals;
  /* Participant → person, of the last build. */
  GHashTable     *by_participant;
  /* Person → GPtrArray of the proposals that name them, of the last build. */
  GHashTable     *by_person;
  GCancellable   *cancellable;
  guint           rebuild_source;
  gboolean        building;
  /* The document changed while a build ran: build again when it ends. */
  gboolean        stale;
};

G_DEFINE_FINAL_TYPE (AccordDirectory, accord_directory, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_BUILDING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void start_build (AccordDirectory *self);

static void
set_building (AccordDirectory *self,
              gboolean         building)
{
  if (self->building == building)
    return;

  self->building = building;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUILDING]);
}

static void
replace_all (GListStore *store,
             GPtrArray  *items)
{
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)),
                       items->pdata, items->len);
}

static void
on_built (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(AccordDirectory) self = user_data;
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GPtrArray) proposals = NULL;
  g_autoptr(GError) error = NULL;

  if (!accord_directory_build_finish (result, &people, &proposals, &error))
    {
      /* Cancelled: the directory went, or a newer build took over. */
      return;
    }

  g_clear_object (&self->cancellable);

  g_hash_table_remove_all (self->by_participant);
  for (guint i = 0; i < people->len; i++)
    {
      GPtrArray *participants = accord_person_get_participants (people->pdata[i]);

      for (guint j = 0; j < participants->len; j++)
        g_hash_table_insert (self->by_participant, participants->pdata[j], people->pdata[i]);
    }

  g_hash_table_remove_all (self->by_person);
  for (guint i = 0; i < proposals->len; i++)
    {
      AccordPersonProposal *proposal = proposals->pdata[i];
      AccordPerson *pair[] = { accord_person_proposal_get_first (proposal),
                               accord_person_proposal_get_second (proposal) };

      for (guint j = 0; j < G_N_ELEMENTS (pair); j++)
        {
          GPtrArray *named = g_hash_table_lookup (self->by_person, pair[j]);

          if (named == NULL)
            {
              named = g_ptr_array_new_with_free_func (g_object_unref);
              g_hash_table_insert (self->by_person, pair[j], named);
            }
          g_ptr_array_add (named, g_object_ref (proposal));
        }
    }

  replace_all (self->people, people);
  replace_all (self->proposals, proposals);

  if (self->stale)
    start_build (self);
  else
    set_building (self, FALSE);
}

static void
start_build (AccordDirectory *self)
{
  self->stale = FALSE;
  self->cancellable = g_cancellable_new ();
  set_building (self, TRUE);
  accord_directory_build_async (self->document, self->cancellable, on_built,
                                g_object_ref (self));
}

static gboolean
rebuild_cb (gpointer user_data)
{
  AccordDirectory *self = user_data;

  self->rebuild_source = 0;
  if (self->cancellable != NULL)
    self->stale = TRUE;
  else
    start_build (self);

  return G_SOURCE_REMOVE;
}

/* Many changes come at once (a load, an undo of a group): one build after them. */
static void
on_document_changed (AccordDirectory *self)
{
  if (self->rebuild_source == 0)
    self->rebuild_source = g_idle_add_full (G_PRIORITY_LOW, rebuild_cb, self, NULL);
  set_building (self, TRUE);
}

static void
accord_directory_dispose (GObject *object)
{
  AccordDirectory *self = ACCORD_DIRECTORY (object);

  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->people != NULL)
    g_list_store_remove_all (self->people);
  if (self->proposals != NULL)
    g_list_store_remove_all (self->proposals);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (accord_directory_parent_class)->dispose (object);
}

static void
accord_directory_finalize (GObject *object)
{
  AccordDirectory *self = ACCORD_DIRECTORY (object);

  g_clear_object (&self->people);
  g_clear_object (&self->proposals);
  g_clear_pointer (&self->by_participant, g_hash_table_unref);
  g_clear_pointer (&self->by_person, g_hash_table_unref);

  G_OBJECT_CLASS (accord_directory_parent_class)->finalize (object);
}

static void
accord_directory_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  AccordDirectory *self = ACCORD_DIRECTORY (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_BUILDING:
      g_value_set_boolean (value, self->building);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_directory_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  AccordDirectory *self = ACCORD_DIRECTORY (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      self->document = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_directory_constructed (GObject *object)
{
  AccordDirectory *self = ACCORD_DIRECTORY (object);

  G_OBJECT_CLASS (accord_directory_parent_class)->constructed (object);

  g_signal_connect_object (self->document, "changed", G_CALLBACK (on_document_changed), self,
                           G_CONNECT_SWAPPED);
  start_build (self);
}

static void
accord_directory_class_init (AccordDirectoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = accord_directory_constructed;
  object_class->dispose = accord_directory_dispose;
  object_class->finalize = accord_directory_finalize;
  object_class->get_property = accord_directory_get_property;
  object_class->set_property = accord_directory_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, ACCORD_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUILDING] =
    g_param_spec_boolean ("building", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
accord_directory_init (AccordDirectory *self)
{
  self->people = g_list_store_new (ACCORD_TYPE_PERSON);
  self->proposals = g_list_store_new (ACCORD_TYPE_PERSON_PROPOSAL);
  self->by_participant = g_hash_table_new (NULL, NULL);
  self->by_person = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
}

AccordDirectory *
accord_directory_new (AccordDocument *document)
{
  g_return_val_if_fail (ACCORD_IS_DOCUMENT (document), NULL);

  return g_object_new (ACCORD_TYPE_DIRECTORY, "document", document, NULL);
}

AccordDocument *
accord_directory_get_document (AccordDirectory *self)
{
  g_return_val_if_fail (ACCORD_IS_DIRECTORY (self), NULL);

  return self->document;
}

gboolean
accord_directory_get_building (AccordDirectory *self)
{
  g_return_val_if_fail (ACCORD_IS_DIRECTORY (self), FALSE);

  return self->building;
}

GListModel *
accord_directory_get_people (AccordDirectory *self)
{
  g_return_val_if_fail (ACCORD_IS_DIRECTORY (self), NULL);

  return G_LIST_MODEL (self->people);
}

GListModel *
accord_directory_get_proposals (AccordDirectory *self)
{
  g_return_val_if_fail (ACCORD_IS_DIRECTORY (self), NULL);

  return G_LIST_MODEL (self->proposals);
}

AccordPerson *
accord_directory_lookup_participant (AccordDirectory   *self,
                                     AccordParticipant *participant)
{
  g_return_val_if_fail (ACCORD_IS_DIRECTORY (self), NULL);
  g_return_val_if_fail (ACCORD_IS_PARTICIPANT (participant), NULL);

  return g_hash_table_lookup (self->by_participant, participant);
}

GPtrArray *
accord_directory_get_proposals_for (AccordDirectory *self,
                                    AccordPerson    *person)
{
  g_return_val_if_fail (ACCORD_IS_DIRECTORY (self), NULL);
  g_return_val_if_fail (ACCORD_IS_PERSON (person), NULL);

  return g_hash_table_lookup (self->by_person, person);
}
