/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-document"

#include <glib/gi18n-lib.h>

#include "accord-attribute.h"
#include "accord-document.h"
#include "accord-fields.h"
#include "accord-model-private.h"
#include "accord-participant.h"
#include "accord-source.h"

/* Every change is a command that knows how to apply and revert itself. A command keeps the
 * objects it touches alive, so undoing the removal of a record brings back the very same
 * object (and the views that still hold it stay valid). */
typedef enum {
  COMMAND_SET,
  COMMAND_SPLICE,
  COMMAND_GROUP,
} CommandKind;

typedef struct
{
  CommandKind kind;
  char *label;
  union {
    struct {
      GObject *object;
      GParamSpec *pspec;
      GValue old_value;
      GValue new_value;
    } set;
    struct {
      GListStore *list;
      guint position;
      GPtrArray *removed;
      GPtrArray *added;
    } splice;
    struct {
      GPtrArray *children;
    } group;
  };
} Command;

struct _AccordDocument
{
  GObject parent_instance;

  GListStore *meetings;
  GListStore *initiatives;
  /* id → AccordRecord (borrowed; the stores own them) */
  GHashTable *by_id;
  /* The row the next record to join gets (accord_record_get_row()). */
  guint next_row;

  GPtrArray *undo_stack;
  GPtrArray *redo_stack;
  /* Open groups, innermost last. */
  GPtrArray *groups;
  /* undo_stack->len when last loaded or saved; G_MAXUINT when that state can't come back. */
  guint clean_depth;
  gboolean modified;
};

G_DEFINE_FINAL_TYPE (AccordDocument, accord_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  PROP_MODIFIED,
  N_PROPS
};

enum {
  CHANGED,
  RECORD_CHANGED,
  ITEM_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
command_free (Command *command)
{
  switch (command->kind)
    {
    case COMMAND_SET:
      g_clear_object (&command->set.object);
      g_value_unset (&command->set.old_value);
      g_value_unset (&command->set.new_value);
      break;

    case COMMAND_SPLICE:
      g_clear_object (&command->splice.list);
      g_clear_pointer (&command->splice.removed, g_ptr_array_unref);
      g_clear_pointer (&command->splice.added, g_ptr_array_unref);
      break;

    case COMMAND_GROUP:
      g_clear_pointer (&command->group.children, g_ptr_array_unref);
      break;

    default:
      g_assert_not_reached ();
    }

  g_free (command->label);
  g_free (command);
}

static Command *
command_new (CommandKind  kind,
             const char  *label)
{
  Command *command = g_new0 (Command, 1);

  command->kind = kind;
  command->label = g_strdup (label);

  return command;
}

static gboolean
is_record_store (AccordDocument *self,
                 GListStore     *list)
{
  return list == self->meetings || list == self->initiatives;
}

static void
index_record (AccordDocument *self,
              AccordRecord   *record)
{
  g_hash_table_insert (self->by_id, (gpointer) accord_record_get_id (record), record);
}

static void
unindex_record (AccordDocument *self,
                AccordRecord   *record)
{
  const char *id = accord_record_get_id (record);

  if (g_hash_table_lookup (self->by_id, id) == record)
    g_hash_table_remove (self->by_id, id);
}

static void
splice_store (AccordDocument *self,
              GListStore     *list,
              guint           position,
              GPtrArray      *remove,
              GPtrArray      *add)
{
  guint n_remove = remove != NULL ? remove->len : 0;
  guint n_add = add != NULL ? add->len : 0;

  if (is_record_store (self, list))
    {
      for (guint i = 0; i < n_remove; i++)
        unindex_record (self, g_ptr_array_index (remove, i));
      for (guint i = 0; i < n_add; i++)
        index_record (self, g_ptr_array_index (add, i));
    }
  else
    {
      AccordRecord *record = accord_item_list_get_record (G_LIST_MODEL (list));

      for (guint i = 0; i < n_remove; i++)
        accord_item_set_record (g_ptr_array_index (remove, i), NULL);
      for (guint i = 0; i < n_add; i++)
        accord_item_set_record (g_ptr_array_index (add, i), record);
    }

  g_list_store_splice (list, position, n_remove, n_add > 0 ? add->pdata : NULL, n_add);
}

/* @field is a property's or a list's name: a static string. */
static void
emit_record_changed (AccordDocument *self,
                     AccordRecord   *record,
                     const char     *field)
{
  g_signal_emit (self, signals[RECORD_CHANGED], g_quark_from_static_string (field), record,
                 field);
}

/* The name of a record's list of items, as changes name it. A list is only spliced with an
 * item in hand, so its items' class exists. */
static const char *
list_field (GListModel *list)
{
  AccordItemClass *klass = g_type_class_peek (g_list_model_get_item_type (list));

  return klass != NULL ? klass->list_name : "items";
}

/* A property of an item changed: told as itself, and as a change of its record's list. */
static void
emit_item_changed (AccordDocument *self,
                   AccordItem     *item,
                   GParamSpec     *pspec)
{
  AccordRecord *record = accord_item_get_record (item);

  if (record == NULL)
    return;

  g_signal_emit (self, signals[ITEM_CHANGED], g_param_spec_get_name_quark (pspec), record, item,
                 pspec->name);
  emit_record_changed (self, record, ACCORD_ITEM_GET_CLASS (item)->list_name);
}

static gboolean
is_record_id (GObject    *object,
              GParamSpec *pspec)
{
  return ACCORD_IS_RECORD (object) && g_strcmp0 (pspec->name, "id") == 0;
}

static void
command_apply (AccordDocument *self,
               Command        *command,
               gboolean        forward)
{
  switch (command->kind)
    {
    case COMMAND_SET:
      {
        GObject *object = command->set.object;
        GParamSpec *pspec = command->set.pspec;
        gboolean rekey = is_record_id (object, pspec);

        if (rekey)
          unindex_record (self, ACCORD_RECORD (object));
        g_object_set_property (object, pspec->name,
                               forward ? &command->set.new_value : &command->set.old_value);
        if (rekey)
          index_record (self, ACCORD_RECORD (object));
        if (ACCORD_IS_RECORD (object))
          emit_record_changed (self, ACCORD_RECORD (object), pspec->name);
        else if (ACCORD_IS_ITEM (object))
          emit_item_changed (self, ACCORD_ITEM (object), pspec);
      }
      break;

    case COMMAND_SPLICE:
      {
        GPtrArray *removed = forward ? command->splice.removed : command->splice.added;
        GPtrArray *added = forward ? command->splice.added : command->splice.removed;
        GListStore *list = command->splice.list;

        splice_store (self, list, command->splice.position, removed, added);
        if (!is_record_store (self, list))
          {
            AccordRecord *record = accord_item_list_get_record (G_LIST_MODEL (list));

            if (record != NULL)
              emit_record_changed (self, record, list_field (G_LIST_MODEL (list)));
          }
      }
      break;

    case COMMAND_GROUP:
      if (forward)
        {
          for (guint i = 0; i < command->group.children->len; i++)
            command_apply (self, g_ptr_array_index (command->group.children, i), TRUE);
        }
      else
        {
          for (guint i = command->group.children->len; i > 0; i--)
            command_apply (self, g_ptr_array_index (command->group.children, i - 1), FALSE);
        }
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
update_state (AccordDocument *self,
              gboolean        labels_changed)
{
  gboolean modified = self->undo_stack->len != self->clean_depth;

  if (labels_changed)
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_LABEL]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDO_LABEL]);
    }

  if (modified != self->modified)
    {
      self->modified = modified;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
    }
}

/* Applies a new command and records it: in the open group if there is one, else on the
 * undo stack, which forgets the redo stack. */
static void
run_command (AccordDocument *self,
             Command        *command)
{
  command_apply (self, command, TRUE);

  if (self->groups->len > 0)
    {
      Command *group = g_ptr_array_index (self->groups, self->groups->len - 1);

      g_ptr_array_add (group->group.children, command);
      return;
    }

  if (self->clean_depth > self->undo_stack->len)
    self->clean_depth = G_MAXUINT;
  g_ptr_array_set_size (self->redo_stack, 0);
  g_ptr_array_add (self->undo_stack, command);

  g_object_freeze_notify (G_OBJECT (self));
  update_state (self, TRUE);
  g_object_thaw_notify (G_OBJECT (self));
  g_signal_emit (self, signals[CHANGED], 0);
}

static GListStore *
store_for_record (AccordDocument *self,
                  AccordRecord   *record)
{
  return ACCORD_IS_MEETING (record) ? self->meetings : self->initiatives;
}

/* g_param_values_cmp() compares boxed values by address; these compare what they hold. */
static gboolean
values_equal (const GValue *a,
              const GValue *b)
{
  GType type = G_VALUE_TYPE (a);

  if (type == ACCORD_TYPE_PERIOD)
    return accord_period_equal (g_value_get_boxed (a), g_value_get_boxed (b));

  if (type == G_TYPE_STRV)
    {
      static const char * const empty[] = { NULL };
      const char * const *strv_a = g_value_get_boxed (a);
      const char * const *strv_b = g_value_get_boxed (b);

      return g_strv_equal (strv_a != NULL ? strv_a : empty, strv_b != NULL ? strv_b : empty);
    }

  return FALSE;
}

static const char *
label_for_item (GObject  *item,
                gboolean  insert)
{
  if (ACCORD_IS_PARTICIPANT (item))
    return insert ? _("Add Participant") : _("Remove Participant");
  if (ACCORD_IS_SOURCE (item))
    return insert ? _("Add Source") : _("Remove Source");
  if (ACCORD_IS_ATTRIBUTE (item))
    return insert ? _("Add Attribute") : _("Remove Attribute");

  return insert ? _("Add Item") : _("Remove Item");
}

static const char *
label_for_move (GObject *item)
{
  if (ACCORD_IS_PARTICIPANT (item))
    return _("Reorder Participants");
  if (ACCORD_IS_SOURCE (item))
    return _("Reorder Sources");
  if (ACCORD_IS_ATTRIBUTE (item))
    return _("Reorder Attributes");

  return _("Reorder Items");
}

static void
accord_document_dispose (GObject *object)
{
  AccordDocument *self = (AccordDocument *)object;

  /* Commands hold records and lists; drop them before the stores go. */
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->undo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->redo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_object (&self->meetings);
  g_clear_object (&self->initiatives);

  G_OBJECT_CLASS (accord_document_parent_class)->dispose (object);
}

static void
accord_document_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  AccordDocument *self = ACCORD_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, accord_document_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, accord_document_can_redo (self));
      break;

    case PROP_UNDO_LABEL:
      g_value_set_string (value, accord_document_get_undo_label (self));
      break;

    case PROP_REDO_LABEL:
      g_value_set_string (value, accord_document_get_redo_label (self));
      break;

    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_document_class_init (AccordDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = accord_document_dispose;
  object_class->get_property = accord_document_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNDO_LABEL] =
    g_param_spec_string ("undo-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REDO_LABEL] =
    g_param_spec_string ("redo-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AccordDocument::changed:
   *
   * Emitted after any change to the records: a command, an undo, a redo or a load. Autosave
   * listens to this.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * AccordDocument::record-changed:
   * @record: the record
   * @field: the name of the property that changed, or of the list of items
   *   ("participants", "sources", "attributes") in which an item was added, removed, moved
   *   or changed
   *
   * Emitted when a command, an undo or a redo has changed a record, with @field as detail.
   * Lists follow a record's place with this, shown or not; the search index forgets what it
   * knew of the record.
   */
  signals[RECORD_CHANGED] =
    g_signal_new ("record-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, ACCORD_TYPE_RECORD, G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);

  /**
   * AccordDocument::item-changed:
   * @record: the record whose list holds the item
   * @item: the participant, source or attribute
   * @property: the name of the item's property that changed
   *
   * Emitted, with @property as detail, when a command, an undo or a redo has set a property of
   * an item, before the record-changed that names the item's list.
   */
  signals[ITEM_CHANGED] =
    g_signal_new ("item-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, ACCORD_TYPE_RECORD, ACCORD_TYPE_ITEM,
                  G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
accord_document_init (AccordDocument *self)
{
  self->meetings = g_list_store_new (ACCORD_TYPE_MEETING);
  self->initiatives = g_list_store_new (ACCORD_TYPE_INITIATIVE);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->undo_stack = g_ptr_array_new_with_free_func ((GDestroyNotify) command_free);
  self->redo_stack = g_ptr_array_new_with_free_func ((GDestroyNotify) command_free);
  self->groups = g_ptr_array_new_with_free_func ((GDestroyNotify) command_free);
}

AccordDocument *
accord_document_new (void)
{
  return g_object_new (ACCORD_TYPE_DOCUMENT, NULL);
}

GListModel *
accord_document_get_meetings (AccordDocument *self)
{
  g_return_val_if_fail (ACCORD_IS_DOCUMENT (self), NULL);

  return G_LIST_MODEL (self->meetings);
}

GListModel *
accord_document_get_initiatives (AccordDocument *self)
{
  g_return_val_if_fail (ACCORD_IS_DOCUMENT (self), NULL);

  return G_LIST_MODEL (self->initiatives);
}

AccordRecord *
accord_document_lookup_record (AccordDocument *self,
                               const char     *id)
{
  g_return_val_if_fail (ACCORD_IS_DOCUMENT (self), NULL);

  if (id == NULL || id[0] == '\0')
    return NULL;

  return g_hash_table_lookup (self->by_id, id);
}

AccordMeeting *
accord_document_lookup_meeting (AccordDocument *self,
                                const char     *id)
{
  AccordRecord *record = accord_document_lookup_record (self, id);

  return ACCORD_IS_MEETING (record) ? ACCORD_MEETING (record) : NULL;
}

AccordInitiative *
accord_document_lookup_initiative (AccordDocument *self,
                                   const char     *id)
{
  AccordRecord *record = accord_document_lookup_record (self, id);

  return ACCORD_IS_INITIATIVE (record) ? ACCORD_INITIATIVE (record) : NULL;
}

GPtrArray *
accord_document_list_launched (AccordDocument *self,
                               AccordMeeting  *meeting)
{
  GPtrArray *launched;
  const char *id;
  guint n;

  g_return_val_if_fail (ACCORD_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (ACCORD_IS_MEETING (meeting), NULL);

  launched = g_ptr_array_new_with_free_func (g_object_unref);
  id = accord_record_get_id (ACCORD_RECORD (meeting));
  n = g_list_model_get_n_items (G_LIST_MODEL (self->initiatives));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordInitiative) initiative = g_list_model_get_item (G_LIST_MODEL (self->initiatives), i);

      if (g_strcmp0 (accord_initiative_get_meeting_id (initiative), id) == 0)
        g_ptr_array_add (launched, g_steal_pointer (&initiative));
    }

  return launched;
}

/* Gives @record an id no other record in the document (nor in @pending) has. */
static void
ensure_unique_id (AccordDocument *self,
                  AccordRecord   *record,
                  GHashTable     *pending)
{
  const char *id = accord_record_get_id (record);

  if (id[0] != '\0' &&
      !g_hash_table_contains (self->by_id, id) &&
      (pending == NULL || !g_hash_table_contains (pending, id)))
    return;

  do
    {
      g_autofree char *fresh = accord_record_new_id (ACCORD_IS_MEETING (record) ? "m-" : "i-");

      accord_record_set_id (record, fresh);
    }
  while (g_hash_table_contains (self->by_id, accord_record_get_id (record)) ||
         (pending != NULL && g_hash_table_contains (pending, accord_record_get_id (record))));
}

/* Every item of @record gets an id of its own within the record, and is known to be the
 * record's. */
static void
adopt_items (AccordRecord *record)
{
  GListModel *lists[ACCORD_RECORD_MAX_ITEM_LISTS];
  guint n_lists = accord_record_peek_item_lists (record, lists);

  for (guint i = 0; i < n_lists; i++)
    {
      /* Which ids repeated only the loader reports; clang warns of a g_autoptr never read. */
      GArray *repeated = accord_item_list_repair_ids (lists[i]);
      guint n = g_list_model_get_n_items (lists[i]);

      g_clear_pointer (&repeated, g_array_unref);

      for (guint j = 0; j < n; j++)
        {
          g_autoptr(AccordItem) item = g_list_model_get_item (lists[i], j);

          accord_item_set_record (item, record);
        }
    }
}

static void
load_store (AccordDocument *self,
            GListStore     *store,
            GPtrArray      *records,
            GHashTable     *seen)
{
  guint n_records = records != NULL ? records->len : 0;

  for (guint i = 0; i < n_records; i++)
    {
      AccordRecord *record = g_ptr_array_index (records, i);

      ensure_unique_id (self, record, seen);
      adopt_items (record);
      accord_record_set_row (record, self->next_row++);
      g_hash_table_add (seen, (gpointer) accord_record_get_id (record));
    }

  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)),
                       n_records > 0 ? records->pdata : NULL, n_records);
}

void
accord_document_load (AccordDocument *self,
                      GPtrArray      *meetings,
                      GPtrArray      *initiatives)
{
  g_autoptr(GHashTable) seen = NULL;

  g_return_if_fail (ACCORD_IS_DOCUMENT (self));

  g_ptr_array_set_size (self->groups, 0);
  g_ptr_array_set_size (self->undo_stack, 0);
  g_ptr_array_set_size (self->redo_stack, 0);
  g_hash_table_remove_all (self->by_id);
  self->next_row = 0;

  seen = g_hash_table_new (g_str_hash, g_str_equal);
  load_store (self, self->meetings, meetings, seen);
  load_store (self, self->initiatives, initiatives, seen);

  for (guint i = 0; meetings != NULL && i < meetings->len; i++)
    index_record (self, g_ptr_array_index (meetings, i));
  for (guint i = 0; initiatives != NULL && i < initiatives->len; i++)
    index_record (self, g_ptr_array_index (initiatives, i));

  self->clean_depth = 0;
  g_object_freeze_notify (G_OBJECT (self));
  update_state (self, TRUE);
  g_object_thaw_notify (G_OBJECT (self));
  g_signal_emit (self, signals[CHANGED], 0);
}

static Command *
splice_command_new (GListStore *list,
                    guint       position,
                    GObject    *removed,
                    GObject    *added,
                    const char *label)
{
  Command *command = command_new (COMMAND_SPLICE, label);

  command->splice.list = g_object_ref (list);
  command->splice.position = position;
  command->splice.removed = g_ptr_array_new_with_free_func (g_object_unref);
  command->splice.added = g_ptr_array_new_with_free_func (g_object_unref);
  if (removed != NULL)
    g_ptr_array_add (command->splice.removed, g_object_ref (removed));
  if (added != NULL)
    g_ptr_array_add (command->splice.added, g_object_ref (added));

  return command;
}

void
accord_document_add_record (AccordDocument *self,
                            AccordRecord   *record)
{
  GListStore *store;
  const char *label;

  g_return_if_fail (ACCORD_IS_DOCUMENT (self));
  g_return_if_fail (ACCORD_IS_MEETING (record) || ACCORD_IS_INITIATIVE (record));

  g_return_if_fail (g_hash_table_lookup (self->by_id, accord_record_get_id (record)) != record);

  store = store_for_record (self, record);

  ensure_unique_id (self, record, NULL);
  adopt_items (record);
  accord_record_set_row (record, self->next_row++);
  label = ACCORD_IS_MEETING (record) ? _("Add Meeting") : _("Add Initiative");
  run_command (self, splice_command_new (store, g_list_model_get_n_items (G_LIST_MODEL (store)),
                                         NULL, G_OBJECT (record), label));
}

void
accord_document_remove_record (AccordDocument *self,
                               AccordRecord   *record)
{
  GListStore *store;
  guint position;

  g_return_if_fail (ACCORD_IS_DOCUMENT (self));
  g_return_if_fail (ACCORD_IS_RECORD (record));

  store = store_for_record (self, record);
  if (!g_list_store_find (store, record, &position))
    g_return_if_reached ();

  if (ACCORD_IS_MEETING (record))
    {
      /* The initiatives it launched stay, but no longer point at a meeting that is gone. */
      g_autoptr(GPtrArray) launched = accord_document_list_launched (self, ACCORD_MEETING (record));

      accord_document_begin_group (self, _("Delete Meeting"));
      for (guint i = 0; i < launched->len; i++)
        accord_document_set_string (self, g_ptr_array_index (launched, i), "meeting-id", "");
      run_command (self, splice_command_new (store, position, G_OBJECT (record), NULL, NULL));
      accord_document_end_group (self);
    }
  else
    {
      run_command (self, splice_command_new (store, position, G_OBJECT (record), NULL,
                                             _("Delete Initiative")));
    }
}

void
accord_document_set_value (AccordDocument *self,
                           GObject        *object,
                           const char     *property,
                           const GValue   *value,
                           const char     *label)
{
  Command *command;
  GParamSpec *pspec;
  g_auto(GValue) current = G_VALUE_INIT;

  g_return_if_fail (ACCORD_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_OBJECT (object));
  g_return_if_fail (property != NULL);
  g_return_if_fail (G_IS_VALUE (value));

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  g_return_if_fail (pspec != NULL);
  g_return_if_fail ((pspec->flags & G_PARAM_WRITABLE) != 0);
  g_return_if_fail (g_value_type_transformable (G_VALUE_TYPE (value), pspec->value_type));

  g_value_init (&current, pspec->value_type);
  g_object_get_property (object, property, &current);

  if (label == NULL)
    label = accord_field_get_undo_label (accord_field_lookup (object, property), object);
  command = command_new (COMMAND_SET, label);
  command->set.object = g_object_ref (object);
  command->set.pspec = pspec;
  g_value_init (&command->set.old_value, pspec->value_type);
  g_value_copy (&current, &command->set.old_value);
  g_value_init (&command->set.new_value, pspec->value_type);
  g_value_transform (value, &command->set.new_value);

  if (g_param_values_cmp (pspec, &command->set.old_value, &command->set.new_value) == 0 ||
      values_equal (&command->set.old_value, &command->set.new_value))
    {
      command_free (command);
      return;
    }

  run_command (self, command);
}

void
accord_document_set_string (AccordDocument *self,
                            GObject        *object,
                            const char     *property,
                            const char     *value)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_value_init (&gvalue, G_TYPE_STRING);
  g_value_set_string (&gvalue, value != NULL ? value : "");
  accord_document_set_value (self, object, property, &gvalue, NULL);
}

static gboolean
list_has_item_id (GListModel *list,
                  const char *id)
{
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordItem) other = g_list_model_get_item (list, i);

      if (g_str_equal (accord_item_get_id (other), id))
        return TRUE;
    }

  return FALSE;
}

/* An item joining @list gets a fresh id when it has none or one of the list's items has its
 * id (a copy of an item of the same record). It is not in the document yet: no command. */
static void
ensure_unique_item_id (GListModel *list,
                       AccordItem *item)
{
  const char *id = accord_item_get_id (item);

  if (id[0] != '\0' && !list_has_item_id (list, id))
    return;

  for (;;)
    {
      g_autofree char *fresh = accord_item_new_id (item);

      if (!list_has_item_id (list, fresh))
        {
          accord_item_set_id (item, fresh);
          return;
        }
    }
}

void
accord_document_insert_item (AccordDocument *self,
                             GListModel     *list,
                             guint           position,
                             GObject        *item,
                             const char     *label)
{
  g_return_if_fail (ACCORD_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_LIST_STORE (list));
  g_return_if_fail (!is_record_store (self, G_LIST_STORE (list)));
  g_return_if_fail (G_IS_OBJECT (item));
  g_return_if_fail (position <= g_list_model_get_n_items (list));

  if (ACCORD_IS_ITEM (item))
    ensure_unique_item_id (list, ACCORD_ITEM (item));
  run_command (self, splice_command_new (G_LIST_STORE (list), position, NULL, item,
                                         label != NULL ? label : label_for_item (item, TRUE)));
}

void
accord_document_remove_item (AccordDocument *self,
                             GListModel     *list,
                             guint           position,
                             const char     *label)
{
  g_autoptr(GObject) item = NULL;

  g_return_if_fail (ACCORD_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_LIST_STORE (list));
  g_return_if_fail (!is_record_store (self, G_LIST_STORE (list)));
  g_return_if_fail (position < g_list_model_get_n_items (list));

  item = g_list_model_get_item (list, position);
  run_command (self, splice_command_new (G_LIST_STORE (list), position, item, NULL,
                                         label != NULL ? label : label_for_item (item, FALSE)));
}

void
accord_document_move_item (AccordDocument *self,
                           GListModel     *list,
                           guint           from,
                           guint           to,
                           const char     *label)
{
  g_autoptr(GObject) item = NULL;

  g_return_if_fail (ACCORD_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_LIST_STORE (list));
  g_return_if_fail (!is_record_store (self, G_LIST_STORE (list)));
  g_return_if_fail (from < g_list_model_get_n_items (list));
  g_return_if_fail (to < g_list_model_get_n_items (list));

  if (from == to)
    return;

  item = g_list_model_get_item (list, from);
  accord_document_begin_group (self, label != NULL ? label : label_for_move (item));
  run_command (self, splice_command_new (G_LIST_STORE (list), from, item, NULL, NULL));
  run_command (self, splice_command_new (G_LIST_STORE (list), to, NULL, item, NULL));
  accord_document_end_group (self);
}

void
accord_document_begin_group (AccordDocument *self,
                             const char     *label)
{
  Command *group;

  g_return_if_fail (ACCORD_IS_DOCUMENT (self));
  g_return_if_fail (label != NULL);

  group = command_new (COMMAND_GROUP, label);
  group->group.children = g_ptr_array_new_with_free_func ((GDestroyNotify) command_free);
  g_ptr_array_add (self->groups, group);
}

void
accord_document_end_group (AccordDocument *self)
{
  Command *group;

  g_return_if_fail (ACCORD_IS_DOCUMENT (self));
  g_return_if_fail (self->groups->len > 0);

  group = g_ptr_array_steal_index (self->groups, self->groups->len - 1);

  /* A group in which nothing changed leaves no step behind. */
  if (group->group.children->len == 0)
    {
      command_free (group);
      return;
    }

  /* Its children have been applied already: record it without applying it again. */
  if (self->groups->len > 0)
    {
      Command *outer = g_ptr_array_index (self->groups, self->groups->len - 1);

      g_ptr_array_add (outer->group.children, group);
      return;
    }

  if (self->clean_depth > self->undo_stack->len)
    self->clean_depth = G_MAXUINT;
  g_ptr_array_set_size (self->redo_stack, 0);
  g_ptr_array_add (self->undo_stack, group);

  g_object_freeze_notify (G_OBJECT (self));
  update_state (self, TRUE);
  g_object_thaw_notify (G_OBJECT (self));
  g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
accord_document_can_undo (AccordDocument *self)
{
  g_return_val_if_fail (ACCORD_IS_DOCUMENT (self), FALSE);

  return self->undo_stack->len > 0 && self->groups->len == 0;
}

gboolean
accord_document_can_redo (AccordDocument *self)
{
  g_return_val_if_fail (ACCORD_IS_DOCUMENT (self), FALSE);

  return self->redo_stack->len > 0 && self->groups->len == 0;
}

const char *
accord_document_get_undo_label (AccordDocument *self)
{
  g_return_val_if_fail (ACCORD_IS_DOCUMENT (self), NULL);

  if (self->undo_stack->len == 0)
    return NULL;

  return ((Command *) g_ptr_array_index (self->undo_stack, self->undo_stack->len - 1))->label;
}

const char *
accord_document_get_redo_label (AccordDocument *self)
{
  g_return_val_if_fail (ACCORD_IS_DOCUMENT (self), NULL);

  if (self->redo_stack->len == 0)
    return NULL;

  return ((Command *) g_ptr_array_index (self->redo_stack, self->redo_stack->len - 1))->label;
}

static gboolean
move_step (AccordDocument *self,
           GPtrArray      *from,
           GPtrArray      *to,
           gboolean        forward)
{
  Command *command;

  if (from->len == 0 || self->groups->len > 0)
    return FALSE;

  command = g_ptr_array_steal_index (from, from->len - 1);
  command_apply (self, command, forward);
  g_ptr_array_add (to, command);

  g_object_freeze_notify (G_OBJECT (self));
  update_state (self, TRUE);
  g_object_thaw_notify (G_OBJECT (self));
  g_signal_emit (self, signals[CHANGED], 0);

  return TRUE;
}

gboolean
accord_document_undo (AccordDocument *self)
{
  g_return_val_if_fail (ACCORD_IS_DOCUMENT (self), FALSE);

  return move_step (self, self->undo_stack, self->redo_stack, FALSE);
}

gboolean
accord_document_redo (AccordDocument *self)
{
  g_return_val_if_fail (ACCORD_IS_DOCUMENT (self), FALSE);

  return move_step (self, self->redo_stack, self->undo_stack, TRUE);
}

gboolean
accord_document_get_modified (AccordDocument *self)
{
  g_return_val_if_fail (ACCORD_IS_DOCUMENT (self), FALSE);

  return self->modified;
}

void
accord_document_mark_saved (AccordDocument *self)
{
  g_return_if_fail (ACCORD_IS_DOCUMENT (self));

  self->clean_depth = self->undo_stack->len;
  update_state (self, FALSE);
}
