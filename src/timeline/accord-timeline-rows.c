/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-timeline-rows"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "accord-timeline-rows.h"

G_DEFINE_ENUM_TYPE (AccordTimelineGrouping, accord_timeline_grouping,
  G_DEFINE_ENUM_VALUE (ACCORD_TIMELINE_GROUPING_NONE, "none"),
  G_DEFINE_ENUM_VALUE (ACCORD_TIMELINE_GROUPING_MEETING, "meeting"),
  G_DEFINE_ENUM_VALUE (ACCORD_TIMELINE_GROUPING_AREA, "area"),
  G_DEFINE_ENUM_VALUE (ACCORD_TIMELINE_GROUPING_LEAD, "lead"))

/* The group. */

struct _AccordTimelineGroup
{
  GObject parent_instance;

  /* Unique among the groups of one grouping; remembers whether the group is collapsed. */
  char *key;
  char *title;
  AccordMeeting *meeting;
  gboolean unscheduled;
  /* The scheduled initiatives of an ungrouped timeline have no header. */
  gboolean has_header;
  gboolean expanded;
  /* AccordInitiative, in the order of the rows */
  GPtrArray *initiatives;
  guint32 first;
  guint32 last;
  /* What its initiatives share: the area or lead, stripped; the meeting's id */
  char *value;
  /* For putting the groups in order: the meeting's days, the title's collation key */
  guint32 meeting_start;
  guint32 meeting_end;
  char *collate_key;
  /* The build that last put the group in the rows */
  guint serial;
};

G_DEFINE_FINAL_TYPE (AccordTimelineGroup, accord_timeline_group, G_TYPE_OBJECT)

static void
accord_timeline_group_finalize (GObject *object)
{
  AccordTimelineGroup *self = ACCORD_TIMELINE_GROUP (object);

  g_free (self->key);
  g_free (self->title);
  g_free (self->value);
  g_free (self->collate_key);
  g_clear_object (&self->meeting);
  g_clear_pointer (&self->initiatives, g_ptr_array_unref);

  G_OBJECT_CLASS (accord_timeline_group_parent_class)->finalize (object);
}

static void
accord_timeline_group_class_init (AccordTimelineGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = accord_timeline_group_finalize;
}

static void
accord_timeline_group_init (AccordTimelineGroup *self)
{
  self->initiatives = g_ptr_array_new_with_free_func (g_object_unref);
  self->expanded = TRUE;
  self->has_header = TRUE;
}

const char *
accord_timeline_group_get_title (AccordTimelineGroup *self)
{
  g_return_val_if_fail (ACCORD_IS_TIMELINE_GROUP (self), NULL);

  return self->title;
}

AccordMeeting *
accord_timeline_group_get_meeting (AccordTimelineGroup *self)
{
  g_return_val_if_fail (ACCORD_IS_TIMELINE_GROUP (self), NULL);

  return self->meeting;
}

gboolean
accord_timeline_group_is_unscheduled (AccordTimelineGroup *self)
{
  g_return_val_if_fail (ACCORD_IS_TIMELINE_GROUP (self), FALSE);

  return self->unscheduled;
}

gboolean
accord_timeline_group_get_expanded (AccordTimelineGroup *self)
{
  g_return_val_if_fail (ACCORD_IS_TIMELINE_GROUP (self), FALSE);

  return self->expanded;
}

guint
accord_timeline_group_get_n_initiatives (AccordTimelineGroup *self)
{
  g_return_val_if_fail (ACCORD_IS_TIMELINE_GROUP (self), 0);

  return self->initiatives->len;
}

gboolean
accord_timeline_group_get_span (AccordTimelineGroup *self,
                                guint32             *first,
                                guint32             *last)
{
  g_return_val_if_fail (ACCORD_IS_TIMELINE_GROUP (self), FALSE);

  if (self->unscheduled || self->initiatives->len == 0)
    return FALSE;

  *first = self->first;
  *last = self->last;
  return TRUE;
}

/* The rows. */

struct _AccordTimelineRows
{
  GObject parent_instance;

  AccordDocument *document;
  AccordTimelineGrouping grouping;
  /* group key → GINT_TO_POINTER (expanded), for the groups a person opened or closed */
  GHashTable *expanded;
  /* AccordTimelineGroup, in order */
  GPtrArray *groups;
  /* The flat list: AccordTimelineGroup headers and AccordInitiative rows */
  GPtrArray *rows;
  /* AccordMeeting with a known date, by start */
  GPtrArray *milestones;
  gboolean has_extent;
  guint32 first;
  guint32 last;
  /* What the rows were built from, in document order, to tell cheaply whether a change of
   * the document changes them (most, such as typing a title, do not). */
  GArray *entries;
  GArray *meeting_entries;
  guint serial;
  /* While paused, changes of the document are only noted, and looked at on resuming. */
  gboolean paused;
  gboolean stale;
  /* An initiative being moved keeps its place among its group's rows. */
  AccordInitiative *pinned;
};

typedef struct
{
  /* Held by the group's list */
  AccordInitiative *initiative;
  AccordTimelineGroup *group;
  guint32 start;
  guint32 end;
} Entry;

typedef struct
{
  AccordMeeting *meeting;
  AccordTimelineGroup *group;
  guint32 start;
  guint32 end;
} MeetingEntry;

static void
meeting_entry_clear (MeetingEntry *entry)
{
  g_clear_object (&entry->meeting);
}

static GType
accord_timeline_rows_get_item_type (GListModel *list)
{
  return G_TYPE_OBJECT;
}

static guint
accord_timeline_rows_get_n_items (GListModel *list)
{
  return ACCORD_TIMELINE_ROWS (list)->rows->len;
}

static gpointer
accord_timeline_rows_get_item (GListModel *list,
                               guint       position)
{
  AccordTimelineRows *self = ACCORD_TIMELINE_ROWS (list);

  if (position >= self->rows->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->rows, position));
}

static void
accord_timeline_rows_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = accord_timeline_rows_get_item_type;
  iface->get_n_items = accord_timeline_rows_get_n_items;
  iface->get_item = accord_timeline_rows_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (AccordTimelineRows, accord_timeline_rows, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      accord_timeline_rows_list_model_init))

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_GROUPING,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char *
group_key_prefix (AccordTimelineGrouping grouping)
{
  switch (grouping)
    {
    case ACCORD_TIMELINE_GROUPING_MEETING:
      return "m:";
    case ACCORD_TIMELINE_GROUPING_AREA:
      return "a:";
    case ACCORD_TIMELINE_GROUPING_LEAD:
      return "l:";
    case ACCORD_TIMELINE_GROUPING_NONE:
    default:
      return "n:";
    }
}

#define UNSCHEDULED_KEY "unscheduled"

static gboolean
group_default_expanded (const char *key)
{
  /* Rows without bars would push the bars apart: the unscheduled start closed. */
  return g_strcmp0 (key, UNSCHEDULED_KEY) != 0;
}

/* What groups @initiative under the current grouping: its area or lead as written. */
static const char *
raw_value (AccordTimelineRows *self,
           AccordInitiative   *initiative)
{
  switch (self->grouping)
    {
    case ACCORD_TIMELINE_GROUPING_AREA:
      return accord_initiative_get_area (initiative);
    case ACCORD_TIMELINE_GROUPING_LEAD:
      return accord_initiative_get_lead (initiative);
    case ACCORD_TIMELINE_GROUPING_MEETING:
      return accord_initiative_get_meeting_id (initiative);
    case ACCORD_TIMELINE_GROUPING_NONE:
    default:
      return "";
    }
}

/* Whether @raw, without the white space around it, is @stripped. */
static gboolean
equal_stripped (const char *raw,
                const char *stripped)
{
  gsize length = strlen (stripped);

  while (g_ascii_isspace (*raw))
    raw++;
  if (strncmp (raw, stripped, length) != 0)
    return FALSE;
  for (raw += length; *raw != '\0'; raw++)
    {
      if (!g_ascii_isspace (*raw))
        return FALSE;
    }

  return TRUE;
}

static void
group_set_title (AccordTimelineGroup *group,
                 const char          *title)
{
  if (g_strcmp0 (group->title, title) == 0)
    return;

  g_free (group->title);
  group->title = g_strdup (title);
  g_free (group->collate_key);
  group->collate_key = g_utf8_collate_key (title, -1);
}

static void
group_set_names (AccordTimelineRows  *self,
                 AccordTimelineGroup *group)
{
  const char *title;

  if (group->unscheduled)
    /* Translators: the group of the timeline that holds the initiatives without a period */
    title = _("Unscheduled");
  else if (self->grouping == ACCORD_TIMELINE_GROUPING_NONE)
    title = _("Initiatives");
  else if (group->meeting != NULL)
    title = accord_record_get_title (ACCORD_RECORD (group->meeting));
  else if (group->value[0] != '\0')
    title = group->value;
  else if (self->grouping == ACCORD_TIMELINE_GROUPING_MEETING)
    /* Translators: the group of the timeline for initiatives no meeting is known to have
     * launched */
    title = _("No launching meeting");
  else if (self->grouping == ACCORD_TIMELINE_GROUPING_AREA)
    /* Translators: the group of the timeline for initiatives without an area */
    title = _("No area");
  else
    /* Translators: the group of the timeline for initiatives without a lead */
    title = _("No lead");

  group_set_title (group, title);

  if (group->meeting != NULL)
    {
      const AccordPeriod *when = accord_meeting_get_when (group->meeting);

      /* Undated meetings after the dated ones */
      gboolean known = accord_period_is_known (when);

      group->meeting_start = known ? accord_period_get_start_julian (when) : G_MAXUINT32;
      group->meeting_end = known ? accord_period_get_end_julian (when) : G_MAXUINT32;
    }
}

/* The group @key (taken) in this build, made or found and, the first time in this build,
 * set up and added to @groups. */
static AccordTimelineGroup *
get_group (AccordTimelineRows *self,
           GHashTable         *by_key,
           GPtrArray          *groups,
           char               *key,
           const char         *value,
           AccordMeeting      *meeting)
{
  AccordTimelineGroup *group = g_hash_table_lookup (by_key, key);
  gpointer expanded;

  if (group == NULL)
    {
      group = g_object_new (ACCORD_TYPE_TIMELINE_GROUP, NULL);
      group->key = key;
      g_hash_table_insert (by_key, group->key, group);
      /* Held by the old groups until the new ones replace them */
      g_ptr_array_add (self->groups, group);
    }
  else
    {
      g_free (key);
    }

  if (group->serial == self->serial)
    return group;

  group->serial = self->serial;
  g_ptr_array_set_size (group->initiatives, 0);
  group->unscheduled = g_str_equal (group->key, UNSCHEDULED_KEY);
  group->has_header = group->unscheduled || self->grouping != ACCORD_TIMELINE_GROUPING_NONE;
  if (g_hash_table_lookup_extended (self->expanded, group->key, NULL, &expanded))
    group->expanded = GPOINTER_TO_INT (expanded);
  else
    group->expanded = group_default_expanded (group->key);
  if (!group->has_header)
    group->expanded = TRUE;
  g_free (group->value);
  group->value = g_strdup (value);
  g_set_object (&group->meeting, meeting);
  group_set_names (self, group);
  g_ptr_array_add (groups, g_object_ref (group));

  return group;
}

/* The group of @initiative in this build. The caches spare all but the first initiative of a
 * group the making of its key. */
static AccordTimelineGroup *
group_for (AccordTimelineRows *self,
           AccordInitiative   *initiative,
           GHashTable         *by_key,
           GHashTable         *by_value,
           GPtrArray          *groups)
{
  const char *prefix = group_key_prefix (self->grouping);
  AccordTimelineGroup *group;
  AccordMeeting *meeting;
  gpointer cache_key;
  const char *raw;
  g_autofree char *value = NULL;

  if (!accord_period_is_known (accord_initiative_get_period (initiative)))
    return get_group (self, by_key, groups, g_strdup (UNSCHEDULED_KEY), "", NULL);

  switch (self->grouping)
    {
    case ACCORD_TIMELINE_GROUPING_MEETING:
      meeting = accord_document_lookup_meeting (self->document,
                                                accord_initiative_get_meeting_id (initiative));
      /* The meeting itself is the key of the cache; initiatives of no known meeting, the
       * document. */
      cache_key = meeting != NULL ? (gpointer) meeting : (gpointer) self->document;
      group = g_hash_table_lookup (by_value, cache_key);
      if (group == NULL)
        {
          const char *id = meeting != NULL ? accord_record_get_id (ACCORD_RECORD (meeting)) : "";

          group = get_group (self, by_key, groups, g_strconcat (prefix, id, NULL), id, meeting);
          g_hash_table_insert (by_value, cache_key, group);
        }
      return group;

    case ACCORD_TIMELINE_GROUPING_AREA:
    case ACCORD_TIMELINE_GROUPING_LEAD:
      raw = raw_value (self, initiative);
      group = g_hash_table_lookup (by_value, raw);
      if (group == NULL)
        {
          value = g_strstrip (g_strdup (raw));
          group = get_group (self, by_key, groups, g_strconcat (prefix, value, NULL), value, NULL);
          g_hash_table_insert (by_value, (gpointer) raw, group);
        }
      return group;

    case ACCORD_TIMELINE_GROUPING_NONE:
    default:
      return get_group (self, by_key, groups, g_strdup (prefix), "", NULL);
    }
}

static int
compare_initiatives (gconstpointer a,
                     gconstpointer b)
{
  AccordInitiative *x = *(AccordInitiative **) a;
  AccordInitiative *y = *(AccordInitiative **) b;

  return accord_period_compare (accord_initiative_get_period (x),
                                accord_initiative_get_period (y));
}

/* Meetings by date, the others by name; the groups of "none" after them and the unscheduled
 * last. */
static int
compare_groups (gconstpointer a,
                gconstpointer b)
{
  AccordTimelineGroup *x = *(AccordTimelineGroup **) a;
  AccordTimelineGroup *y = *(AccordTimelineGroup **) b;
  gboolean x_named, y_named;

  if (x->unscheduled != y->unscheduled)
    return x->unscheduled ? 1 : -1;

  x_named = x->meeting != NULL || x->value[0] != '\0';
  y_named = y->meeting != NULL || y->value[0] != '\0';
  if (x_named != y_named)
    return x_named ? -1 : 1;

  if (x->meeting != NULL && y->meeting != NULL)
    {
      if (x->meeting_start != y->meeting_start)
        return x->meeting_start < y->meeting_start ? -1 : 1;
      if (x->meeting_end != y->meeting_end)
        return x->meeting_end < y->meeting_end ? -1 : 1;
    }

  return strcmp (x->collate_key, y->collate_key);
}

static int
compare_meetings (gconstpointer a,
                  gconstpointer b)
{
  AccordMeeting *x = *(AccordMeeting **) a;
  AccordMeeting *y = *(AccordMeeting **) b;

  return accord_period_compare (accord_meeting_get_when (x), accord_meeting_get_when (y));
}

static void
add_to_extent (AccordTimelineRows *self,
               const AccordPeriod *period)
{
  guint32 start = accord_period_get_start_julian (period);
  guint32 end = accord_period_get_end_julian (period);

  if (!self->has_extent)
    {
      self->first = start;
      self->last = end;
      self->has_extent = TRUE;
      return;
    }

  self->first = MIN (self->first, start);
  self->last = MAX (self->last, end);
}

static void
flatten (AccordTimelineRows *self,
         GPtrArray          *rows)
{
  for (guint i = 0; i < self->groups->len; i++)
    {
      AccordTimelineGroup *group = g_ptr_array_index (self->groups, i);

      if (group->has_header)
        g_ptr_array_add (rows, g_object_ref (group));
      if (group->expanded)
        {
          for (guint j = 0; j < group->initiatives->len; j++)
            g_ptr_array_add (rows, g_object_ref (g_ptr_array_index (group->initiatives, j)));
        }
    }
}

/* Reports the span where @rows differs from the current rows, and takes @rows. */
static void
replace_rows (AccordTimelineRows *self,
              GPtrArray          *rows)
{
  g_autoptr(GPtrArray) old = self->rows;
  guint prefix = 0, suffix = 0;
  guint limit = MIN (old->len, rows->len);

  self->rows = rows;

  while (prefix < limit && old->pdata[prefix] == rows->pdata[prefix])
    prefix++;
  while (suffix < limit - prefix &&
         old->pdata[old->len - 1 - suffix] == rows->pdata[rows->len - 1 - suffix])
    suffix++;

  if (prefix == old->len && prefix == rows->len)
    return;

  g_list_model_items_changed (G_LIST_MODEL (self), prefix,
                              old->len - prefix - suffix, rows->len - prefix - suffix);
}

/* Where the pinned initiative is now: its group and its place there. */
static void
find_pinned (AccordTimelineRows  *self,
             char               **key,
             guint               *index)
{
  for (guint i = 0; i < self->groups->len; i++)
    {
      AccordTimelineGroup *group = g_ptr_array_index (self->groups, i);

      if (g_ptr_array_find (group->initiatives, self->pinned, index))
        {
          *key = g_strdup (group->key);
          return;
        }
    }
}

/* The pinned initiative back at @index of @group, which it is still in. */
static void
keep_pinned (AccordTimelineRows  *self,
             AccordTimelineGroup *group,
             guint                index)
{
  gpointer pinned;
  guint now;

  if (!g_ptr_array_find (group->initiatives, self->pinned, &now) || now == index)
    return;

  /* The group's reference moves with it. */
  pinned = g_ptr_array_steal_index (group->initiatives, now);
  g_ptr_array_insert (group->initiatives, MIN (index, group->initiatives->len), pinned);
}

static void
rebuild (AccordTimelineRows *self)
{
  g_autoptr(GHashTable) by_key = NULL;
  g_autoptr(GHashTable) by_value = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  g_autofree char *pinned_key = NULL;
  guint pinned_index = 0;
  GPtrArray *rows;
  GListModel *list;
  guint n;

  /* A new build: groups found again keep their objects (and the views their rows). */
  self->serial++;
  by_key = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < self->groups->len; i++)
    {
      AccordTimelineGroup *group = g_ptr_array_index (self->groups, i);

      g_hash_table_insert (by_key, group->key, group);
    }
  if (self->grouping == ACCORD_TIMELINE_GROUPING_MEETING)
    by_value = g_hash_table_new (g_direct_hash, g_direct_equal);
  else
    by_value = g_hash_table_new (g_str_hash, g_str_equal);

  if (self->pinned != NULL)
    find_pinned (self, &pinned_key, &pinned_index);

  groups = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_set_size (self->milestones, 0);
  g_array_set_size (self->entries, 0);
  g_array_set_size (self->meeting_entries, 0);
  self->has_extent = FALSE;

  if (self->document != NULL)
    {
      list = accord_document_get_initiatives (self->document);
      n = g_list_model_get_n_items (list);
      for (guint i = 0; i < n; i++)
        {
          AccordInitiative *initiative = g_list_model_get_item (list, i);
          const AccordPeriod *period = accord_initiative_get_period (initiative);
          AccordTimelineGroup *group = group_for (self, initiative, by_key, by_value, groups);
          Entry entry = { initiative, group, accord_period_get_start_julian (period),
                          accord_period_get_end_julian (period) };

          g_array_append_val (self->entries, entry);
          g_ptr_array_add (group->initiatives, initiative);
        }

      list = accord_document_get_meetings (self->document);
      n = g_list_model_get_n_items (list);
      for (guint i = 0; i < n; i++)
        {
          AccordMeeting *meeting = g_list_model_get_item (list, i);
          const AccordPeriod *when = accord_meeting_get_when (meeting);
          MeetingEntry entry = { meeting, NULL, accord_period_get_start_julian (when),
                                 accord_period_get_end_julian (when) };

          if (self->grouping == ACCORD_TIMELINE_GROUPING_MEETING)
            entry.group = g_hash_table_lookup (by_value, meeting);
          g_array_append_val (self->meeting_entries, entry);

          if (accord_period_is_known (when))
            {
              add_to_extent (self, when);
              g_ptr_array_add (self->milestones, g_object_ref (meeting));
            }
        }
      g_ptr_array_sort (self->milestones, compare_meetings);
    }

  for (guint i = 0; i < groups->len; i++)
    {
      AccordTimelineGroup *group = g_ptr_array_index (groups, i);

      g_ptr_array_sort (group->initiatives, compare_initiatives);
      if (pinned_key != NULL && g_str_equal (pinned_key, group->key))
        keep_pinned (self, group, pinned_index);
      if (group->unscheduled)
        continue;

      for (guint j = 0; j < group->initiatives->len; j++)
        {
          AccordInitiative *initiative = g_ptr_array_index (group->initiatives, j);
          const AccordPeriod *period = accord_initiative_get_period (initiative);

          add_to_extent (self, period);
          if (j == 0)
            {
              group->first = accord_period_get_start_julian (period);
              group->last = accord_period_get_end_julian (period);
            }
          else
            {
              group->first = MIN (group->first, accord_period_get_start_julian (period));
              group->last = MAX (group->last, accord_period_get_end_julian (period));
            }
        }
    }

  g_ptr_array_sort (groups, compare_groups);
  g_ptr_array_unref (self->groups);
  self->groups = g_steal_pointer (&groups);

  rows = g_ptr_array_new_full (self->rows->len, g_object_unref);
  flatten (self, rows);
  replace_rows (self, rows);

  g_signal_emit (self, signals[CHANGED], 0);
}

/* Whether the document still gives the rows it was built from: the same initiatives, each
 * with the same days and group, and the same meetings on the same days. A walk without a
 * single allocation, so that a change that moves nothing (a title, a note: every key typed in
 * the details) costs little even with 100,000 initiatives. Meetings renamed rename their
 * groups here. */
static gboolean
is_current (AccordTimelineRows *self)
{
  GListModel *list;
  guint n;

  if (self->document == NULL)
    return self->entries->len == 0 && self->meeting_entries->len == 0;

  list = accord_document_get_initiatives (self->document);
  n = g_list_model_get_n_items (list);
  if (n != self->entries->len)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordInitiative) initiative = g_list_model_get_item (list, i);
      const Entry *entry = &g_array_index (self->entries, Entry, i);
      const AccordPeriod *period = accord_initiative_get_period (initiative);
      AccordTimelineGroup *group = entry->group;

      if (initiative != entry->initiative ||
          accord_period_get_start_julian (period) != entry->start ||
          accord_period_get_end_julian (period) != entry->end ||
          accord_period_is_known (period) == group->unscheduled)
        return FALSE;

      if (group->unscheduled)
        continue;

      switch (self->grouping)
        {
        case ACCORD_TIMELINE_GROUPING_MEETING:
          {
            const char *meeting_id = accord_initiative_get_meeting_id (initiative);

            /* The group's value is its meeting's id, which the meetings' walk checks below. */
            if (group->meeting != NULL
                ? strcmp (meeting_id, group->value) != 0
                : accord_document_lookup_meeting (self->document, meeting_id) != NULL)
              return FALSE;
          }
          break;
        case ACCORD_TIMELINE_GROUPING_AREA:
        case ACCORD_TIMELINE_GROUPING_LEAD:
          if (!equal_stripped (raw_value (self, initiative), group->value))
            return FALSE;
          break;
        case ACCORD_TIMELINE_GROUPING_NONE:
        default:
          break;
        }
    }

  list = accord_document_get_meetings (self->document);
  n = g_list_model_get_n_items (list);
  if (n != self->meeting_entries->len)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordMeeting) meeting = g_list_model_get_item (list, i);
      const MeetingEntry *entry = &g_array_index (self->meeting_entries, MeetingEntry, i);
      const AccordPeriod *when = accord_meeting_get_when (meeting);

      if (meeting != entry->meeting ||
          accord_period_get_start_julian (when) != entry->start ||
          accord_period_get_end_julian (when) != entry->end ||
          (entry->group != NULL &&
           strcmp (accord_record_get_id (ACCORD_RECORD (meeting)), entry->group->value) != 0))
        return FALSE;
    }

  for (guint i = 0; i < n; i++)
    {
      const MeetingEntry *entry = &g_array_index (self->meeting_entries, MeetingEntry, i);

      if (entry->group != NULL)
        group_set_names (self, entry->group);
    }

  return TRUE;
}

static void
update (AccordTimelineRows *self)
{
  self->stale = FALSE;
  if (is_current (self))
    g_signal_emit (self, signals[CHANGED], 0);
  else
    rebuild (self);
}

static void
on_document_changed (AccordDocument     *document,
                     AccordTimelineRows *self)
{
  if (self->paused)
    self->stale = TRUE;
  else
    update (self);
}

static void
accord_timeline_rows_dispose (GObject *object)
{
  AccordTimelineRows *self = ACCORD_TIMELINE_ROWS (object);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  g_clear_object (&self->pinned);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->milestones, g_ptr_array_unref);
  g_clear_pointer (&self->expanded, g_hash_table_unref);
  g_clear_pointer (&self->entries, g_array_unref);
  g_clear_pointer (&self->meeting_entries, g_array_unref);

  G_OBJECT_CLASS (accord_timeline_rows_parent_class)->dispose (object);
}

static void
accord_timeline_rows_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  AccordTimelineRows *self = ACCORD_TIMELINE_ROWS (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_GROUPING:
      g_value_set_enum (value, self->grouping);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_timeline_rows_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  AccordTimelineRows *self = ACCORD_TIMELINE_ROWS (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      accord_timeline_rows_set_document (self, g_value_get_object (value));
      break;

    case PROP_GROUPING:
      accord_timeline_rows_set_grouping (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_timeline_rows_class_init (AccordTimelineRowsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = accord_timeline_rows_dispose;
  object_class->get_property = accord_timeline_rows_get_property;
  object_class->set_property = accord_timeline_rows_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, ACCORD_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_GROUPING] =
    g_param_spec_enum ("grouping", NULL, NULL, ACCORD_TYPE_TIMELINE_GROUPING,
                       ACCORD_TIMELINE_GROUPING_MEETING,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AccordTimelineRows::changed:
   *
   * Emitted after the rows were worked out again for a change of the document or of the
   * grouping: the groups, their spans, the milestones or the extent may be new, and any row
   * may show something else, even where items-changed said nothing.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
accord_timeline_rows_init (AccordTimelineRows *self)
{
  self->grouping = ACCORD_TIMELINE_GROUPING_MEETING;
  self->expanded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->groups = g_ptr_array_new_with_free_func (g_object_unref);
  self->rows = g_ptr_array_new_with_free_func (g_object_unref);
  self->milestones = g_ptr_array_new_with_free_func (g_object_unref);
  self->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  self->meeting_entries = g_array_new (FALSE, FALSE, sizeof (MeetingEntry));
  g_array_set_clear_func (self->meeting_entries, (GDestroyNotify) meeting_entry_clear);
}

AccordTimelineRows *
accord_timeline_rows_new (void)
{
  return g_object_new (ACCORD_TYPE_TIMELINE_ROWS, NULL);
}

AccordDocument *
accord_timeline_rows_get_document (AccordTimelineRows *self)
{
  g_return_val_if_fail (ACCORD_IS_TIMELINE_ROWS (self), NULL);

  return self->document;
}

void
accord_timeline_rows_set_document (AccordTimelineRows *self,
                                   AccordDocument     *document)
{
  g_return_if_fail (ACCORD_IS_TIMELINE_ROWS (self));
  g_return_if_fail (document == NULL || ACCORD_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  if (document != NULL)
    g_signal_connect (document, "changed", G_CALLBACK (on_document_changed), self);

  /* Another document's groups are other groups. */
  g_ptr_array_set_size (self->groups, 0);
  g_hash_table_remove_all (self->expanded);
  rebuild (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

AccordTimelineGrouping
accord_timeline_rows_get_grouping (AccordTimelineRows *self)
{
  g_return_val_if_fail (ACCORD_IS_TIMELINE_ROWS (self), ACCORD_TIMELINE_GROUPING_NONE);

  return self->grouping;
}

void
accord_timeline_rows_set_grouping (AccordTimelineRows     *self,
                                   AccordTimelineGrouping  grouping)
{
  g_return_if_fail (ACCORD_IS_TIMELINE_ROWS (self));
  g_return_if_fail (grouping <= ACCORD_TIMELINE_GROUPING_LEAD);

  if (self->grouping == grouping)
    return;

  self->grouping = grouping;
  g_ptr_array_set_size (self->groups, 0);
  rebuild (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GROUPING]);
}

/* Where @group's header is, or its first row when it has none. */
static guint
group_position (AccordTimelineRows  *self,
                AccordTimelineGroup *group)
{
  guint position = 0;

  for (guint i = 0; i < self->groups->len; i++)
    {
      AccordTimelineGroup *other = g_ptr_array_index (self->groups, i);

      if (other == group)
        return position;

      position += other->has_header ? 1 : 0;
      position += other->expanded ? other->initiatives->len : 0;
    }

  g_return_val_if_reached (position);
}

void
accord_timeline_rows_set_expanded (AccordTimelineRows  *self,
                                   AccordTimelineGroup *group,
                                   gboolean             expanded)
{
  guint position;
  guint n;

  g_return_if_fail (ACCORD_IS_TIMELINE_ROWS (self));
  g_return_if_fail (ACCORD_IS_TIMELINE_GROUP (group));

  expanded = !!expanded;
  if (group->expanded == expanded || !group->has_header)
    return;

  position = group_position (self, group) + 1;
  n = group->initiatives->len;
  group->expanded = expanded;
  g_hash_table_insert (self->expanded, g_strdup (group->key), GINT_TO_POINTER (expanded));

  if (expanded)
    {
      for (guint i = 0; i < n; i++)
        g_ptr_array_insert (self->rows, position + i,
                            g_object_ref (g_ptr_array_index (group->initiatives, i)));
      g_list_model_items_changed (G_LIST_MODEL (self), position, 0, n);
    }
  else
    {
      g_ptr_array_remove_range (self->rows, position, n);
      g_list_model_items_changed (G_LIST_MODEL (self), position, n, 0);
    }
}

gboolean
accord_timeline_rows_find (AccordTimelineRows *self,
                           AccordRecord       *record,
                           gboolean            expand,
                           guint              *position)
{
  g_return_val_if_fail (ACCORD_IS_TIMELINE_ROWS (self), FALSE);
  g_return_val_if_fail (ACCORD_IS_RECORD (record), FALSE);

  for (guint i = 0; i < self->groups->len; i++)
    {
      AccordTimelineGroup *group = g_ptr_array_index (self->groups, i);
      guint index;

      if (group->meeting != NULL && (AccordRecord *) group->meeting == record)
        {
          if (position != NULL)
            *position = group_position (self, group);
          return TRUE;
        }

      if (!ACCORD_IS_INITIATIVE (record) ||
          !g_ptr_array_find (group->initiatives, record, &index))
        continue;

      if (!group->expanded && !expand)
        return FALSE;

      accord_timeline_rows_set_expanded (self, group, TRUE);
      if (position != NULL)
        *position = group_position (self, group) + (group->has_header ? 1 : 0) + index;
      return TRUE;
    }

  return FALSE;
}

gboolean
accord_timeline_rows_find_header (AccordTimelineRows *self,
                                  guint               position,
                                  guint              *header)
{
  g_return_val_if_fail (ACCORD_IS_TIMELINE_ROWS (self), FALSE);

  for (guint i = MIN (position + 1, self->rows->len); i > 0; i--)
    {
      if (ACCORD_IS_TIMELINE_GROUP (g_ptr_array_index (self->rows, i - 1)))
        {
          if (header != NULL)
            *header = i - 1;
          return TRUE;
        }
    }

  return FALSE;
}

GPtrArray *
accord_timeline_rows_get_milestones (AccordTimelineRows *self)
{
  g_return_val_if_fail (ACCORD_IS_TIMELINE_ROWS (self), NULL);

  return self->milestones;
}

void
accord_timeline_rows_set_pinned (AccordTimelineRows *self,
                                 AccordInitiative   *initiative)
{
  g_return_if_fail (ACCORD_IS_TIMELINE_ROWS (self));
  g_return_if_fail (initiative == NULL || ACCORD_IS_INITIATIVE (initiative));

  if (!g_set_object (&self->pinned, initiative) || initiative != NULL)
    return;

  /* Let go: the rows take their order again. */
  if (self->paused)
    self->stale = TRUE;
  else
    rebuild (self);
}

void
accord_timeline_rows_set_paused (AccordTimelineRows *self,
                                 gboolean            paused)
{
  g_return_if_fail (ACCORD_IS_TIMELINE_ROWS (self));

  self->paused = !!paused;
  if (!self->paused && self->stale)
    update (self);
}

gboolean
accord_timeline_rows_get_extent (AccordTimelineRows *self,
                                 guint32            *first,
                                 guint32            *last)
{
  g_return_val_if_fail (ACCORD_IS_TIMELINE_ROWS (self), FALSE);

  if (!self->has_extent)
    return FALSE;

  *first = self->first;
  *last = self->last;
  return TRUE;
}
