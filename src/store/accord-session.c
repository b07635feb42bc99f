/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-session"


#include "accord-json-cache.h"
#include "accord-json-file.h"
#include "accord-json.h"
#include "accord-library.h"
#include "accord-safe-file.h"
#include "accord-session.h"
#include "accord-store.h"

#define DEFAULT_AUTOSAVE_DELAY_MS 1000

struct _AccordSession
{
  GObject parent_instance;

  AccordSessionState state;
  AccordDocument *document;
  AccordJsonCache *cache;
  /* A store that keeps each change itself (the SQLite library), or NULL for a JSON file that
   * the session saves whole */
  AccordStore *store;
  GFile *file;
  gboolean is_library;
  GError *error;
  GCancellable *loading;

  guint autosave_delay;
  guint autosave_source;
  /* Counts the document's changes, to know whether one came while a save was writing. */
  guint64 changes;
  /* Counts the documents this session has held, to know whether a save was of this one. */
  guint64 generation;

  /* Saves write one after another, in the order they were asked for. */
  GMutex write_lock;
  guint saves_in_flight;

  GFileMonitor *monitor;
  /* The file's etag when this session last read or wrote it: another etag is another
   * writer. */
  char *disk_etag;
  AccordDiskState disk_state;
};

G_DEFINE_FINAL_TYPE (AccordSession, accord_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STATE,
  PROP_DOCUMENT,
  PROP_FILE,
  PROP_IS_LIBRARY,
  PROP_DISK_STATE,
  PROP_AUTOSAVE_PENDING,
  PROP_AUTOSAVE_DELAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SAVED,
  SAVE_FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void watch_file (AccordSession *self);

/* Helpers */

static char *
query_etag (GFile *file)
{
  g_autoptr(GFileInfo) info = NULL;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE,
                            NULL, NULL);
  if (info == NULL)
    return NULL;

  return g_strdup (g_file_info_get_etag (info));
}

static void
set_state (AccordSession      *self,
           AccordSessionState  state)
{
  if (self->state == state)
    return;

  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
set_disk_state (AccordSession   *self,
                AccordDiskState  disk_state)
{
  if (self->disk_state == disk_state)
    return;

  self->disk_state = disk_state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISK_STATE]);
}

static void
set_file (AccordSession *self,
          GFile         *file,
          gboolean       is_library)
{
  if (g_set_object (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  if (self->is_library != is_library)
    {
      self->is_library = is_library;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IS_LIBRARY]);
    }
}

static gboolean
autosaves (AccordSession *self)
{
  return self->is_library && self->store == NULL && self->file != NULL &&
         self->state == ACCORD_SESSION_READY;
}

static void
cancel_autosave (AccordSession *self)
{
  if (self->autosave_source == 0)
    return;

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTOSAVE_PENDING]);
}

/* Saving */

typedef struct {
  AccordJsonSnapshot *snapshot;
  /* The files to write, in order: a library left by Save As is saved first. */
  GPtrArray *files;
  guint64 generation;
  guint64 changes;
  char *etag;
} SaveData;

/* The snapshot is freed before, on the main thread. */
static void
save_data_free (SaveData *data)
{
  g_assert (data->snapshot == NULL);
  g_ptr_array_unref (data->files);
  g_free (data->etag);
  g_free (data);
}

static SaveData *
save_data_new (AccordSession *self,
               GFile         *file)
{
  SaveData *data = g_new0 (SaveData, 1);

  data->snapshot = accord_json_cache_snapshot (self->cache);
  data->files = g_ptr_array_new_with_free_func (g_object_unref);
  if (self->is_library && self->store == NULL && !g_file_equal (file, self->file) &&
      accord_document_get_modified (self->document))
    g_ptr_array_add (data->files, g_object_ref (self->file));
  g_ptr_array_add (data->files, g_object_ref (file));
  data->generation = self->generation;
  data->changes = self->changes;

  return data;
}

/* Writes every file of @data; the last one's etag is noted. Any thread. */
static gboolean
write_snapshot (SaveData       *data,
                GCancellable   *cancellable,
                GError        **error)
{
  g_autofree char *text = NULL;
  gsize length = 0;

  text = accord_json_snapshot_join (data->snapshot, &length);
  for (guint i = 0; i < data->files->len; i++)
    {
      if (!accord_json_file_write (data->files->pdata[i], text, length, cancellable, error))
        return FALSE;
    }
  data->etag = query_etag (data->files->pdata[data->files->len - 1]);

  return TRUE;
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  AccordSession *self = source_object;
  SaveData *data = task_data;
  g_autoptr(GError) error = NULL;
  gboolean written;

  /* The thread pool may start a later save first; each waits for the one before. */
  g_mutex_lock (&self->write_lock);
  written = write_snapshot (data, cancellable, &error);
  g_mutex_unlock (&self->write_lock);

  if (written)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

/* After a save of @data to its last file, on the main thread. */
static void
saved (AccordSession *self,
       SaveData      *data)
{
  GFile *file = data->files->pdata[data->files->len - 1];

  /* The session has moved on to another document since. */
  if (data->generation != self->generation)
    {
      g_signal_emit (self, signals[SAVED], 0, file);
      return;
    }

  /* A copy of a library that keeps each change is an export: the library stays. */
  if (self->store != NULL)
    {
      g_signal_emit (self, signals[SAVED], 0, file);
      return;
    }

  if (self->file == NULL || !g_file_equal (file, self->file))
    {
      /* Saved elsewhere, the library's document is a document of its own. */
      cancel_autosave (self);
      set_file (self, file, FALSE);
      watch_file (self);
    }

  g_free (self->disk_etag);
  self->disk_etag = g_strdup (data->etag);
  set_disk_state (self, ACCORD_DISK_UNCHANGED);

  /* What was typed while the file was written is not in it. */
  if (data->changes == self->changes && self->document != NULL)
    accord_document_mark_saved (self->document);

  g_signal_emit (self, signals[SAVED], 0, file);
}

static void
save_failed (AccordSession *self,
             SaveData      *data,
             const GError  *error)
{
  g_signal_emit (self, signals[SAVE_FAILED], 0, data->files->pdata[data->files->len - 1], error);
}

static void
save_done (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  AccordSession *self = ACCORD_SESSION (source);
  GTask *task = G_TASK (result);
  SaveData *data = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  GTask *outer = user_data;

  /* Here, on the main thread, where the texts it points to are kept. */
  g_clear_pointer (&data->snapshot, accord_json_snapshot_free);
  self->saves_in_flight--;
  if (g_task_propagate_boolean (task, &error))
    {
      saved (self, data);
      g_task_return_boolean (outer, TRUE);
    }
  else
    {
      save_failed (self, data, error);
      g_task_return_error (outer, g_steal_pointer (&error));
    }

  g_object_unref (outer);
}

void
accord_session_save_async (AccordSession       *self,
                           GFile               *file,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) outer = NULL;
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (ACCORD_IS_SESSION (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));
  g_return_if_fail (self->state == ACCORD_SESSION_READY);
  g_return_if_fail (file != NULL || self->file != NULL);

  outer = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (outer, accord_session_save_async);

  if (file == NULL || self->file == NULL || g_file_equal (file, self->file))
    cancel_autosave (self);

  task = g_task_new (self, cancellable, save_done, g_steal_pointer (&outer));
  g_task_set_task_data (task, save_data_new (self, file != NULL ? file : self->file),
                        (GDestroyNotify) save_data_free);
  self->saves_in_flight++;
  g_task_run_in_thread (task, save_thread);
}

gboolean
accord_session_save_finish (AccordSession  *self,
                            GAsyncResult   *result,
                            GError        **error)
{
  g_return_val_if_fail (ACCORD_IS_SESSION (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
accord_session_flush (AccordSession  *self,
                      GError        **error)
{
  SaveData *data;
  g_autoptr(GError) local_error = NULL;
  gboolean written;

  g_return_val_if_fail (ACCORD_IS_SESSION (self), FALSE);

  if (self->store != NULL && self->state == ACCORD_SESSION_READY)
    return accord_store_flush (self->store, error);

  cancel_autosave (self);
  if (!autosaves (self) || !accord_document_get_modified (self->document))
    return TRUE;

  data = save_data_new (self, self->file);
  g_mutex_lock (&self->write_lock);
  written = write_snapshot (data, NULL, &local_error);
  g_mutex_unlock (&self->write_lock);
  g_clear_pointer (&data->snapshot, accord_json_snapshot_free);

  if (written)
    saved (self, data);
  else
    save_failed (self, data, local_error);

  save_data_free (data);
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return written;
}

static gboolean
autosave_cb (gpointer user_data)
{
  AccordSession *self = user_data;

  self->autosave_source = 0;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTOSAVE_PENDING]);

  /* A failure leaves the document modified: the next change or closing tries again. */
  if (autosaves (self))
    accord_session_save_async (self, NULL, NULL, NULL, NULL);

  return G_SOURCE_REMOVE;
}

static void
on_document_changed (AccordDocument *document,
                     AccordSession  *self)
{
  gboolean was_pending = self->autosave_source != 0;

  self->changes++;
  if (!autosaves (self))
    return;

  /* Every change restarts the wait; undoing back to the saved state needs no save at all. */
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  if (accord_document_get_modified (document))
    self->autosave_source = g_timeout_add (self->autosave_delay, autosave_cb, self);

  if (was_pending != (self->autosave_source != 0))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTOSAVE_PENDING]);
}

/* Changes on disk */

static void
on_file_changed (GFileMonitor      *monitor,
                 GFile             *file,
                 GFile             *other_file,
                 GFileMonitorEvent  event,
                 AccordSession     *self)
{
  g_autofree char *etag = NULL;

  switch (event)
    {
    case G_FILE_MONITOR_EVENT_CHANGED:
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_DELETED:
      break;

    default:
      return;
    }

  /* Our own saves note the etag they leave when they are done; anything else is another
   * program's doing. The etag is checked now, not from the event: an atomic write by anyone
   * is a deletion and a creation, and only the end result matters. */
  if (self->saves_in_flight > 0)
    return;

  etag = query_etag (self->file);
  if (g_strcmp0 (etag, self->disk_etag) == 0)
    return;

  g_free (self->disk_etag);
  self->disk_etag = g_steal_pointer (&etag);
  set_disk_state (self, self->disk_etag == NULL ? ACCORD_DISK_DELETED : ACCORD_DISK_CHANGED);
}

static void
stop_watching (AccordSession *self)
{
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->monitor, on_file_changed, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
}

static void
watch_file (AccordSession *self)
{
  g_autoptr(GError) error = NULL;

  stop_watching (self);
  if (self->file == NULL)
    return;

  self->monitor = g_file_monitor_file (self->file, G_FILE_MONITOR_NONE, NULL, &error);
  if (self->monitor == NULL)
    {
      g_debug ("Not watching %s: %s", g_file_peek_path (self->file), error->message);
      return;
    }

  g_signal_connect_object (self->monitor, "changed", G_CALLBACK (on_file_changed), self, 0);
}

/* Loading */

static void
set_document (AccordSession   *self,
              AccordDocument  *document,
              AccordJsonCache *cache)
{
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);

  g_set_object (&self->cache, cache);
  if (!g_set_object (&self->document, document))
    return;

  self->generation++;
  if (document != NULL)
    g_signal_connect_object (document, "changed", G_CALLBACK (on_document_changed), self, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

/* Lets go of what was shown until now; @keep_changes writes the library's pending changes
 * first (reloading after the person agreed to lose them does not). */
static void
forget (AccordSession *self,
        gboolean       keep_changes)
{
  g_autoptr(GError) error = NULL;

  if (keep_changes && !accord_session_flush (self, &error))
    g_warning ("Could not save %s: %s", g_file_peek_path (self->file), error->message);
  cancel_autosave (self);

  g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  stop_watching (self);
  g_clear_pointer (&self->disk_etag, g_free);
  g_clear_error (&self->error);
  set_disk_state (self, ACCORD_DISK_UNCHANGED);
  set_document (self, NULL, NULL);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
}

typedef struct {
  GFile *file;
  GBytes *seed;
  AccordDocument *document;
  AccordJsonCache *cache;
  char *etag;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_clear_object (&data->file);
  g_clear_pointer (&data->seed, g_bytes_unref);
  g_clear_object (&data->document);
  g_clear_object (&data->cache);
  g_free (data->etag);
  g_free (data);
}

/* The first run of the library starts from the seed; from then on the user edits theirs. */
static gboolean
install_seed (GFile   *file,
              GBytes  *seed,
              GError **error)
{
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) local_error = NULL;

  if (!g_file_make_directory_with_parents (folder, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return g_file_set_contents_full (path, g_bytes_get_data (seed, NULL), g_bytes_get_size (seed),
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0666, error);
}

static gboolean
load_file (LoadData      *data,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autofree char *path = g_file_get_path (data->file);
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (path != NULL)
    accord_safe_file_clean (path);

  if (!g_file_load_contents (data->file, cancellable, &contents, &length, &data->etag, error))
    return FALSE;

  data->document = accord_document_new ();
  return accord_json_load_data (data->document, contents, length, error);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *data = task_data;
  g_autoptr(GError) error = NULL;
  gboolean loaded = load_file (data, cancellable, &error);

  if (!loaded && data->seed != NULL &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_clear_error (&error);
      g_clear_object (&data->document);
      loaded = install_seed (data->file, data->seed, &error) &&
               load_file (data, cancellable, &error);
    }

  if (!loaded)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* Every record's text now, in this thread, so that saving on the main thread only writes
   * the records that change. */
  data->cache = accord_json_cache_new (data->document, TRUE);
  g_task_return_boolean (task, TRUE);
}

static void
load_done (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  AccordSession *self = ACCORD_SESSION (source);
  GTask *task = G_TASK (result);
  LoadData *data = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (task, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
    }

  g_clear_object (&self->loading);
  self->disk_etag = g_steal_pointer (&data->etag);

  if (error == NULL)
    {
      set_document (self, data->document, data->cache);
      set_state (self, ACCORD_SESSION_READY);
    }
  else
    {
      self->error = g_steal_pointer (&error);
      set_state (self, ACCORD_SESSION_FAILED);
    }

  /* Watched even when broken: the person may mend it in another program, then reload it. */
  watch_file (self);
}

static void
load (AccordSession *self,
      GFile         *file,
      gboolean       is_library,
      GBytes        *seed,
      gboolean       keep_changes)
{
  g_autoptr(GTask) task = NULL;
  LoadData *data;

  g_object_freeze_notify (G_OBJECT (self));
  forget (self, keep_changes);
  set_file (self, file, is_library);
  set_state (self, ACCORD_SESSION_LOADING);
  g_object_thaw_notify (G_OBJECT (self));

  self->loading = g_cancellable_new ();
  data = g_new0 (LoadData, 1);
  data->file = g_object_ref (file);
  data->seed = seed != NULL ? g_bytes_ref (seed) : NULL;

  task = g_task_new (self, self->loading, load_done, NULL);
  g_task_set_source_tag (task, load);
  g_task_set_task_data (task, data, (GDestroyNotify) load_data_free);
  g_task_run_in_thread (task, load_thread);
}

void
accord_session_open_library (AccordSession *self,
                             GFile         *file,
                             GBytes        *seed)
{
  g_return_if_fail (ACCORD_IS_SESSION (self));
  g_return_if_fail (G_IS_FILE (file));

  load (self, file, TRUE, seed, TRUE);
}

static void
on_store_committed (AccordStore   *store,
                    guint64        change,
                    AccordSession *self)
{
  /* Everything up to the last change is durable: nothing is left to lose. */
  if (change == self->changes && self->document != NULL)
    accord_document_mark_saved (self->document);
  g_signal_emit (self, signals[SAVED], 0, self->file);
}

static void
on_store_persist_failed (AccordStore   *store,
                         const GError  *error,
                         AccordSession *self)
{
  g_signal_emit (self, signals[SAVE_FAILED], 0, self->file, error);
}

/* Another process committed to the library: the window offers to read it again, which
 * loses nothing, every change here being committed already. */
static void
on_store_changed_elsewhere (AccordStore   *store,
                            AccordSession *self)
{
  set_disk_state (self, ACCORD_DISK_CHANGED);
}

static void
store_loaded (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(AccordSession) self = user_data;
  AccordStore *store = ACCORD_STORE (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordDocument) document = accord_store_load_finish (store, result, &error);
  g_autoptr(AccordJsonCache) cache = NULL;

  /* The session has moved on. */
  if (store != self->store)
    return;

  g_clear_object (&self->loading);
  if (document == NULL)
    {
      self->error = g_steal_pointer (&error);
      set_state (self, ACCORD_SESSION_FAILED);
      return;
    }

  /* For Save As and export; texts are written when first needed. */
  cache = accord_json_cache_new (document, FALSE);
  set_document (self, document, cache);
  self->changes = 0;
  set_state (self, ACCORD_SESSION_READY);
}

void
accord_session_open_store (AccordSession *self,
                           AccordStore   *store)
{
  g_autoptr(GFile) file = NULL;

  g_return_if_fail (ACCORD_IS_SESSION (self));
  g_return_if_fail (ACCORD_IS_LIBRARY (store));

  file = g_object_ref (accord_library_get_file (ACCORD_LIBRARY (store)));
  g_object_freeze_notify (G_OBJECT (self));
  forget (self, TRUE);
  set_file (self, file, TRUE);
  set_state (self, ACCORD_SESSION_LOADING);
  g_object_thaw_notify (G_OBJECT (self));

  self->store = g_object_ref (store);
  g_signal_connect_object (store, "committed", G_CALLBACK (on_store_committed), self, 0);
  g_signal_connect_object (store, "persist-failed", G_CALLBACK (on_store_persist_failed),
                           self, 0);
  g_signal_connect_object (store, "changed-elsewhere", G_CALLBACK (on_store_changed_elsewhere),
                           self, 0);
  self->loading = g_cancellable_new ();
  accord_store_load_async (store, self->loading, store_loaded, g_object_ref (self));
}

AccordStore *
accord_session_get_store (AccordSession *self)
{
  g_return_val_if_fail (ACCORD_IS_SESSION (self), NULL);

  return self->store;
}

void
accord_session_open_file (AccordSession *self,
                          GFile         *file)
{
  g_return_if_fail (ACCORD_IS_SESSION (self));
  g_return_if_fail (G_IS_FILE (file));

  load (self, file, FALSE, NULL, TRUE);
}

void
accord_session_open_new (AccordSession *self)
{
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(AccordJsonCache) cache = accord_json_cache_new (document, FALSE);

  g_return_if_fail (ACCORD_IS_SESSION (self));

  g_object_freeze_notify (G_OBJECT (self));
  forget (self, TRUE);
  set_file (self, NULL, FALSE);
  set_document (self, document, cache);
  set_state (self, ACCORD_SESSION_READY);
  g_object_thaw_notify (G_OBJECT (self));
}

void
accord_session_reload (AccordSession *self)
{
  g_autoptr(GFile) file = NULL;

  g_return_if_fail (ACCORD_IS_SESSION (self));

  if (self->file == NULL)
    return;

  /* The person has chosen the file's contents over this session's. */
  file = g_object_ref (self->file);
  if (self->store != NULL)
    {
      g_autoptr(AccordStore) store = ACCORD_STORE (accord_library_new (file, NULL));

      accord_session_open_store (self, store);
      return;
    }
  load (self, file, self->is_library, NULL, FALSE);
}

/* Getters */

AccordSessionState
accord_session_get_state (AccordSession *self)
{
  g_return_val_if_fail (ACCORD_IS_SESSION (self), ACCORD_SESSION_EMPTY);

  return self->state;
}

AccordDocument *
accord_session_get_document (AccordSession *self)
{
  g_return_val_if_fail (ACCORD_IS_SESSION (self), NULL);

  return self->document;
}

GFile *
accord_session_get_file (AccordSession *self)
{
  g_return_val_if_fail (ACCORD_IS_SESSION (self), NULL);

  return self->file;
}

gboolean
accord_session_get_is_library (AccordSession *self)
{
  g_return_val_if_fail (ACCORD_IS_SESSION (self), FALSE);

  return self->is_library;
}

const GError *
accord_session_get_error (AccordSession *self)
{
  g_return_val_if_fail (ACCORD_IS_SESSION (self), NULL);

  return self->error;
}

AccordDiskState
accord_session_get_disk_state (AccordSession *self)
{
  g_return_val_if_fail (ACCORD_IS_SESSION (self), ACCORD_DISK_UNCHANGED);

  return self->disk_state;
}

gboolean
accord_session_get_modified (AccordSession *self)
{
  g_return_val_if_fail (ACCORD_IS_SESSION (self), FALSE);

  return self->state == ACCORD_SESSION_READY && accord_document_get_modified (self->document);
}

gboolean
accord_session_get_autosave_pending (AccordSession *self)
{
  g_return_val_if_fail (ACCORD_IS_SESSION (self), FALSE);

  return self->autosave_source != 0;
}

guint
accord_session_get_autosave_delay (AccordSession *self)
{
  g_return_val_if_fail (ACCORD_IS_SESSION (self), 0);

  return self->autosave_delay;
}

void
accord_session_set_autosave_delay (AccordSession *self,
                                   guint          milliseconds)
{
  g_return_if_fail (ACCORD_IS_SESSION (self));

  if (self->autosave_delay == milliseconds)
    return;

  self->autosave_delay = milliseconds;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTOSAVE_DELAY]);
}

/* Class */

static void
accord_session_dispose (GObject *object)
{
  AccordSession *self = ACCORD_SESSION (object);

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  stop_watching (self);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  g_clear_object (&self->cache);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (accord_session_parent_class)->dispose (object);
}

static void
accord_session_finalize (GObject *object)
{
  AccordSession *self = ACCORD_SESSION (object);

  g_clear_error (&self->error);
  g_clear_pointer (&self->disk_etag, g_free);
  g_mutex_clear (&self->write_lock);

  G_OBJECT_CLASS (accord_session_parent_class)->finalize (object);
}

static void
accord_session_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  AccordSession *self = ACCORD_SESSION (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_int (value, self->state);
      break;

    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_IS_LIBRARY:
      g_value_set_boolean (value, self->is_library);
      break;

    case PROP_DISK_STATE:
      g_value_set_int (value, self->disk_state);
      break;

    case PROP_AUTOSAVE_PENDING:
      g_value_set_boolean (value, self->autosave_source != 0);
      break;

    case PROP_AUTOSAVE_DELAY:
      g_value_set_uint (value, self->autosave_delay);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_session_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  AccordSession *self = ACCORD_SESSION (object);

  switch (prop_id)
    {
    case PROP_AUTOSAVE_DELAY:
      accord_session_set_autosave_delay (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_session_class_init (AccordSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags read_only = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = accord_session_dispose;
  object_class->finalize = accord_session_finalize;
  object_class->get_property = accord_session_get_property;
  object_class->set_property = accord_session_set_property;

  /* The two states are plain ints: enum types would need a generated file for two enums. */
  properties[PROP_STATE] =
    g_param_spec_int ("state", NULL, NULL, ACCORD_SESSION_EMPTY, ACCORD_SESSION_FAILED,
                      ACCORD_SESSION_EMPTY, read_only);
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, ACCORD_TYPE_DOCUMENT, read_only);
  properties[PROP_FILE] = g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE, read_only);
  properties[PROP_IS_LIBRARY] =
    g_param_spec_boolean ("is-library", NULL, NULL, FALSE, read_only);
  properties[PROP_DISK_STATE] =
    g_param_spec_int ("disk-state", NULL, NULL, ACCORD_DISK_UNCHANGED, ACCORD_DISK_DELETED,
                      ACCORD_DISK_UNCHANGED, read_only);
  properties[PROP_AUTOSAVE_PENDING] =
    g_param_spec_boolean ("autosave-pending", NULL, NULL, FALSE, read_only);
  properties[PROP_AUTOSAVE_DELAY] =
    g_param_spec_uint ("autosave-delay", NULL, NULL, 0, G_MAXUINT, DEFAULT_AUTOSAVE_DELAY_MS,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AccordSession::saved:
   * @file: where the document was written
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_FILE);
  /**
   * AccordSession::save-failed:
   * @file: where the document was to be written
   * @error: why it was not, a whole sentence that names the file
   */
  signals[SAVE_FAILED] =
    g_signal_new ("save-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 2, G_TYPE_FILE, G_TYPE_ERROR);
}

static void
accord_session_init (AccordSession *self)
{
  self->autosave_delay = DEFAULT_AUTOSAVE_DELAY_MS;
  g_mutex_init (&self->write_lock);
}

AccordSession *
accord_session_new (void)
{
  return g_object_new (ACCORD_TYPE_SESSION, NULL);
}
