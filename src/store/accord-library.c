/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-library"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "accord-json-file.h"
#include "accord-json.h"
#include "accord-library-private.h"

/* Daily backups kept. */
#define BACKUP_DAYS 7

/* How long a statement waits for another process's transaction before it gives up. */
#define BUSY_TIMEOUT_MS 10000

/* Schema version 1; STORAGE.md says what each column holds. Lists of strings ("topics") are
 * written as "<bytes>:<text>" one after another, which needs no parser to read back. */
static const char *schema_1 =
  "CREATE TABLE document (id INTEGER PRIMARY KEY CHECK (id = 1), kept TEXT);"
  "CREATE TABLE meetings (id TEXT PRIMARY KEY NOT NULL, position REAL NOT NULL,"
  "  title TEXT NOT NULL, when_text TEXT NOT NULL, when_precision TEXT NOT NULL,"
  "  when_start TEXT, when_end TEXT, when_kept TEXT, location TEXT NOT NULL,"
  "  format TEXT NOT NULL, kind TEXT NOT NULL, topics TEXT NOT NULL, summary TEXT NOT NULL,"
  "  outcomes TEXT NOT NULL, notes TEXT NOT NULL, kept TEXT);"
  "CREATE TABLE initiatives (id TEXT PRIMARY KEY NOT NULL, position REAL NOT NULL,"
  "  title TEXT NOT NULL, objective TEXT NOT NULL, expected_outcome TEXT NOT NULL,"
  "  timeline_text TEXT NOT NULL, timeline_precision TEXT NOT NULL, timeline_start TEXT,"
  "  timeline_end TEXT, timeline_kept TEXT, lead TEXT NOT NULL, partners TEXT NOT NULL,"
  "  status TEXT NOT NULL, area TEXT NOT NULL, meeting TEXT NOT NULL, notes TEXT NOT NULL,"
  "  kept TEXT);"
  "CREATE TABLE participants (record TEXT NOT NULL, position INTEGER NOT NULL,"
  "  id TEXT NOT NULL, name TEXT NOT NULL, title TEXT NOT NULL, affiliation TEXT NOT NULL,"
  "  role TEXT NOT NULL, kept TEXT, PRIMARY KEY (record, position)) WITHOUT ROWID;"
  "CREATE TABLE sources (record TEXT NOT NULL, position INTEGER NOT NULL, id TEXT NOT NULL,"
  "  publisher TEXT NOT NULL, title TEXT NOT NULL, uri TEXT NOT NULL, published TEXT NOT NULL,"
  "  kept TEXT, PRIMARY KEY (record, position)) WITHOUT ROWID;"
  "CREATE TABLE attributes (record TEXT NOT NULL, position INTEGER NOT NULL,"
  "  id TEXT NOT NULL, name TEXT NOT NULL, value TEXT NOT NULL, kept TEXT,"
  "  PRIMARY KEY (record, position)) WITHOUT ROWID;"
  "INSERT INTO document (id, kept) VALUES (1, NULL);";

/* migrations[v] takes a database of schema version v to v + 1 (from 1: there is no other
 * yet); a new database gets the whole schema at once. */
static const char * const migrations[] = { NULL };


typedef struct {
  guint64 change;
  /* Ids of the meetings and of the initiatives to remove */
  GPtrArray *removed[N_LISTS];
  /* RecordRows to write */
  GPtrArray *records;
  gboolean stop;
  /* Not a change: a look at whether another connection committed one */
  gboolean check;
} Job;

/* A record in one of the document's lists, as the database has it. */
typedef struct {
  AccordRecord *record;
  char *stored_id;
  double position;
  gboolean dirty;
} Entry;

static void accord_library_store_init (AccordStoreInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (AccordLibrary, accord_library, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (ACCORD_TYPE_STORE,
                                                      accord_library_store_init))

G_DEFINE_QUARK (accord-library-error-quark, accord_library_error)

static gboolean
write_job (AccordLibrary  *self,
           Job            *job,
           GError        **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!_accord_library_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  for (guint l = 0; l < N_LISTS; l++)
    for (guint i = 0; i < job->removed[l]->len && local_error == NULL; i++)
      _accord_library_delete_record (self, l, job->removed[l]->pdata[i], &local_error);
  for (guint i = 0; i < job->records->len && local_error == NULL; i++)
    _accord_library_write_record (self, job->records->pdata[i], &local_error);

  if (local_error == NULL && _accord_library_exec (self, "COMMIT", &local_error))
    return TRUE;

  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

static void
job_free (Job *job)
{
  for (guint l = 0; l < N_LISTS; l++)
    g_clear_pointer (&job->removed[l], g_ptr_array_unref);
  g_clear_pointer (&job->records, g_ptr_array_unref);
  g_free (job);
}

static Job *
job_new (void)
{
  Job *job = g_new0 (Job, 1);

  for (guint l = 0; l < N_LISTS; l++)
    job->removed[l] = g_ptr_array_new_with_free_func (g_free);
  job->records = g_ptr_array_new_with_free_func ((GDestroyNotify) _accord_library_record_rows_free);
  return job;
}

typedef struct {
  AccordLibrary *self;
  guint64 change;
  GError *error;
  gboolean changed_elsewhere;
} Report;

static gboolean
report_cb (gpointer data)
{
  Report *report = data;

  if (report->changed_elsewhere)
    accord_store_emit_changed_elsewhere (ACCORD_STORE (report->self));
  else if (report->error != NULL)
    accord_store_emit_persist_failed (ACCORD_STORE (report->self), report->error);
  else
    accord_store_emit_committed (ACCORD_STORE (report->self), report->change);

  return G_SOURCE_REMOVE;
}

static void
report_free (gpointer data)
{
  Report *report = data;

  g_object_unref (report->self);
  g_clear_error (&report->error);
  g_free (report);
}

/* PRAGMA data_version changes when another connection, in this process or another,
 * commits; never for this connection's own transactions. */
static int
data_version (AccordLibrary *self)
{
  sqlite3_stmt *statement = _accord_library_prepare (self, "PRAGMA data_version", NULL);
  int version = -1;

  if (statement != NULL && sqlite3_step (statement) == SQLITE_ROW)
    version = sqlite3_column_int (statement, 0);
  sqlite3_finalize (statement);

  return version;
}

static void
report_changed_elsewhere (AccordLibrary *self)
{
  Report *report = g_new0 (Report, 1);

  report->self = g_object_ref (self);
  report->changed_elsewhere = TRUE;
  g_main_context_invoke_full (self->context, G_PRIORITY_DEFAULT, report_cb, report,
                              report_free);
}

static gpointer
writer_thread (gpointer data)
{
  AccordLibrary *self = data;

  for (;;)
    {
      Job *job = g_async_queue_pop (self->jobs);
      g_autoptr(GError) error = NULL;
      Report *report;
      gboolean stop = job->stop;

      if (job->check)
        {
          int version = data_version (self);

          g_atomic_int_set (&self->check_queued, FALSE);
          if (version != self->data_version)
            {
              self->data_version = version;
              report_changed_elsewhere (self);
            }
          job_free (job);
          continue;
        }

      if (!stop)
        write_job (self, job, &error);

      g_mutex_lock (&self->lock);
      if (!stop)
        self->durable = job->change;
      if (error != NULL)
        self->failed = job->change;
      g_cond_broadcast (&self->durable_cond);
      g_mutex_unlock (&self->lock);

      if (!stop)
        {
          report = g_new0 (Report, 1);
          report->self = g_object_ref (self);
          report->change = job->change;
          report->error = g_steal_pointer (&error);
          g_main_context_invoke_full (self->context, G_PRIORITY_DEFAULT, report_cb, report,
                                      report_free);
        }
      job_free (job);
      if (stop)
        return NULL;
    }
}

/* Following the document (main thread) */

static void
entry_free (Entry *entry)
{
  g_object_unref (entry->record);
  g_free (entry->stored_id);
  g_free (entry);
}

static GListModel *
document_list (AccordLibrary *self,
               guint          list)
{
  return list == MEETINGS ? accord_document_get_meetings (self->document)
                          : accord_document_get_initiatives (self->document);
}

/* Positions are numbers in document order; a record put between two takes one between
 * theirs, so that no other record's row changes. */
static double
position_between (GPtrArray *entries,
                  guint      position,
                  guint      added,
                  guint      k)
{
  gboolean has_before = position > 0;
  gboolean has_after = position + added < entries->len;
  double before = has_before ? ((Entry *) entries->pdata[position - 1])->position : 0;
  double after = has_after ? ((Entry *) entries->pdata[position + added])->position : 0;

  if (has_before && has_after)
    return before + (after - before) * (k + 1) / (added + 1);
  if (has_before)
    return before + k + 1;
  if (has_after)
    return after - (added - k);
  return k + 1;
}

static void
splice (AccordLibrary *self,
        guint          list,
        guint          position,
        guint          removed,
        guint          added)
{
  GPtrArray *entries = self->entries[list];
  GListModel *model = document_list (self, list);

  for (guint i = 0; i < removed; i++)
    {
      Entry *entry = entries->pdata[position + i];

      if (entry->stored_id != NULL)
        {
          g_ptr_array_add (self->removed[list], g_steal_pointer (&entry->stored_id));
        }
      g_hash_table_remove (self->by_record, entry->record);
      entry_free (entry);
    }
  g_ptr_array_remove_range (entries, position, removed);

  for (guint i = 0; i < added; i++)
    {
      Entry *entry = g_new0 (Entry, 1);

      entry->record = g_list_model_get_item (model, position + i);
      entry->dirty = TRUE;
      g_ptr_array_insert (entries, position + i, entry);
      g_hash_table_insert (self->by_record, entry->record, entry);
    }
  for (guint i = 0; i < added; i++)
    ((Entry *) entries->pdata[position + i])->position =
      position_between (entries, position, added, i);
}

static void
on_meetings_changed (GListModel    *model,
                     guint          position,
                     guint          removed,
                     guint          added,
                     AccordLibrary *self)
{
  splice (self, MEETINGS, position, removed, added);
  self->heard = TRUE;
}

static void
on_initiatives_changed (GListModel    *model,
                        guint          position,
                        guint          removed,
                        guint          added,
                        AccordLibrary *self)
{
  splice (self, INITIATIVES, position, removed, added);
  self->heard = TRUE;
}

static void
on_record_changed (AccordDocument *document,
                   AccordRecord   *record,
                   const char     *property,
                   AccordLibrary  *self)
{
  Entry *entry = g_hash_table_lookup (self->by_record, record);

  if (entry != NULL)
    entry->dirty = TRUE;
  self->heard = TRUE;
}

/* Each command is one transaction: what it changed is copied here and queued. A command
 * after which the document named nothing (an item edit whose record it did not know) writes
 * every record again. */
static void
on_document_changed (AccordDocument *document,
                     AccordLibrary  *self)
{
  Job *job = job_new ();

  for (guint l = 0; l < N_LISTS; l++)
    for (guint i = 0; i < self->entries[l]->len; i++)
      {
        Entry *entry = self->entries[l]->pdata[i];

        if (!entry->dirty && self->heard)
          continue;
        g_ptr_array_add (job->records, _accord_library_record_rows_new (entry->record, entry->stored_id,
                                                        entry->position));
        g_free (entry->stored_id);
        entry->stored_id = g_strdup (accord_record_get_id (entry->record));
        entry->dirty = FALSE;
      }
  self->heard = FALSE;

  for (guint l = 0; l < N_LISTS; l++)
    {
      g_ptr_array_unref (job->removed[l]);
      job->removed[l] = g_steal_pointer (&self->removed[l]);
      self->removed[l] = g_ptr_array_new_with_free_func (g_free);
    }
  job->change = ++self->queued;
  g_async_queue_push (self->jobs, job);
}

static void
follow (AccordLibrary  *self,
        AccordDocument *document,
        GArray         *positions[N_LISTS])
{
  self->document = g_object_ref (document);
  for (guint l = 0; l < N_LISTS; l++)
    {
      splice (self, l, 0, 0, g_list_model_get_n_items (document_list (self, l)));
      for (guint i = 0; i < self->entries[l]->len; i++)
        {
          Entry *entry = self->entries[l]->pdata[i];

          entry->dirty = FALSE;
          entry->stored_id = g_strdup (accord_record_get_id (entry->record));
          if (positions != NULL)
            entry->position = g_array_index (positions[l], double, i);
        }
    }

  g_signal_connect_object (document, "record-changed", G_CALLBACK (on_record_changed), self, 0);
  g_signal_connect_object (accord_document_get_meetings (document), "items-changed",
                           G_CALLBACK (on_meetings_changed), self, 0);
  g_signal_connect_object (accord_document_get_initiatives (document), "items-changed",
                           G_CALLBACK (on_initiatives_changed), self, 0);
  g_signal_connect_object (document, "changed", G_CALLBACK (on_document_changed), self, 0);
}

/* Opening (the loading thread) */

static gboolean
migrate (AccordLibrary  *self,
         int             from,
         GError        **error)
{
  g_autofree char *set_version = NULL;

  if (!_accord_library_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  for (int v = from; v < ACCORD_LIBRARY_SCHEMA_VERSION; v++)
    {
      if (!_accord_library_exec (self, migrations[v], error))
        goto fail;
    }
  set_version = g_strdup_printf ("PRAGMA user_version = %d", ACCORD_LIBRARY_SCHEMA_VERSION);
  if (_accord_library_exec (self, set_version, error) && _accord_library_exec (self, "COMMIT", error))
    return TRUE;

fail:
  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  return FALSE;
}

static int
schema_version (AccordLibrary  *self,
                GError        **error)
{
  sqlite3_stmt *statement = _accord_library_prepare (self, "PRAGMA user_version", error);
  int code, version = -1;

  if (statement == NULL)
    return -1;
  code = sqlite3_step (statement);
  if (code == SQLITE_ROW)
    version = sqlite3_column_int (statement, 0);
  else
    _accord_library_set_sqlite_error (self, self->db, code, error);
  sqlite3_finalize (statement);

  return version;
}

/* A new database: the schema and every record of @document in one transaction, so that a
 * first run cut short leaves an empty database, which the next run fills again. */
static gboolean
create (AccordLibrary   *self,
        AccordDocument  *document,
        GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *kept = accord_json_get_kept_members (G_OBJECT (document), NULL);
  g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %d",
                                                  ACCORD_LIBRARY_SCHEMA_VERSION);
  sqlite3_stmt *statement;

  if (!_accord_library_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  if (!_accord_library_exec (self, schema_1, &local_error) || !_accord_library_exec (self, set_version, &local_error))
    goto fail;

  for (guint l = 0; l < N_LISTS && local_error == NULL; l++)
    {
      GListModel *list = l == MEETINGS ? accord_document_get_meetings (document)
                                       : accord_document_get_initiatives (document);
      guint n = g_list_model_get_n_items (list);

      for (guint i = 0; i < n && local_error == NULL; i++)
        {
          g_autoptr(AccordRecord) record = g_list_model_get_item (list, i);
          RecordRows *rows = _accord_library_record_rows_new (record, NULL, i + 1);

          _accord_library_write_record (self, rows, &local_error);
          _accord_library_record_rows_free (rows);
        }
    }

  statement = local_error == NULL ? _accord_library_prepare (self, "UPDATE document SET kept = ? WHERE id = 1",
                                             &local_error) : NULL;
  if (statement != NULL)
    {
      if (kept != NULL)
        sqlite3_bind_text (statement, 1, kept, -1, SQLITE_STATIC);
      _accord_library_run (self, statement, &local_error);
      sqlite3_finalize (statement);
    }

  if (local_error == NULL && _accord_library_exec (self, "COMMIT", &local_error))
    return TRUE;

fail:
  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/* The first run: Accord 0.1's library.json beside the database if there is one, else the
 * seed. */
static AccordDocument *
first_document (AccordLibrary  *self,
                GFile         **imported,
                GError        **error)
{
  g_autoptr(GFile) folder = g_file_get_parent (self->file);
  g_autoptr(GFile) legacy = g_file_get_child (folder, "library.json");
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(GError) local_error = NULL;

  if (accord_json_file_load (document, legacy, NULL, &local_error))
    {
      *imported = g_object_ref (legacy);
      return g_steal_pointer (&document);
    }
  if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (self->seed != NULL &&
      !accord_json_load_data (document, g_bytes_get_data (self->seed, NULL),
                              g_bytes_get_size (self->seed), error))
    return NULL;

  return g_steal_pointer (&document);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Keeps the last BACKUP_DAYS days' backups in "backups/" beside the library, the oldest
 * removed; names sort by date. */
static void
remove_old_backups (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      if (g_str_has_prefix (name, "library-") && g_str_has_suffix (name, ".db"))
        g_ptr_array_add (names, g_strdup (name));
    }
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i + BACKUP_DAYS < names->len; i++)
    {
      g_autofree char *path = g_build_filename (folder, names->pdata[i], NULL);

      g_unlink (path);
    }
}

/* Once a day, a copy of the whole library (sqlite3_backup: consistent while others write),
 * made under a temporary name and renamed into place. A backup that fails is a warning:
 * the library itself is fine. */
static void
backup_daily (AccordLibrary *self)
{
  g_autoptr(GFile) parent = g_file_get_parent (self->file);
  g_autofree char *folder = g_build_filename (g_file_peek_path (parent), "backups", NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *name = g_strdup_printf ("library-%s.db", date);
  g_autofree char *path = g_build_filename (folder, name, NULL);
  g_autofree char *partial = g_strdup_printf ("%s.part", path);
  sqlite3_backup *backup;
  sqlite3 *copy = NULL;
  int code;

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return;

  g_mkdir_with_parents (folder, 0700);
  g_unlink (partial);
  code = sqlite3_open_v2 (partial, &copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (code == SQLITE_OK)
    {
      backup = sqlite3_backup_init (copy, "main", self->db, "main");
      if (backup != NULL)
        {
          sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
        }
      code = sqlite3_errcode (copy);
      /* One file, which a person can copy or open as it is. */
      if (code == SQLITE_OK)
        code = sqlite3_exec (copy, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
    }
  sqlite3_close (copy);

  if (code != SQLITE_OK || g_rename (partial, path) != 0)
    {
      g_warning ("Could not back up %s to %s: %s", g_file_peek_path (self->file), path,
                 code != SQLITE_OK ? sqlite3_errstr (code) : g_strerror (errno));
      g_unlink (partial);
      return;
    }

  remove_old_backups (folder);
}

static AccordDocument *
open_library (AccordLibrary  *self,
              GArray         *positions[N_LISTS],
              GError        **error)
{
  g_autofree char *path = g_file_get_path (self->file);
  g_autoptr(GFile) folder = g_file_get_parent (self->file);
  g_autoptr(AccordDocument) document = NULL;
  g_autoptr(GFile) imported = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean exists = g_file_test (path, G_FILE_TEST_EXISTS);
  gboolean empty;
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
  int code, version;

  if (!exists &&
      !g_file_make_directory_with_parents (folder, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  code = sqlite3_open_v2 (path, &self->db, flags | (exists ? 0 : SQLITE_OPEN_CREATE), NULL);
  if (code != SQLITE_OK)
    {
      _accord_library_set_sqlite_error (self, self->db, code, error);
      return NULL;
    }
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  sqlite3_extended_result_codes (self->db, TRUE);

  version = schema_version (self, error);
  if (version < 0)
    return NULL;
  if (version > ACCORD_LIBRARY_SCHEMA_VERSION)
    {
      g_autofree char *name = _accord_library_display_name (self->file);

      g_set_error (error, ACCORD_LIBRARY_ERROR, ACCORD_LIBRARY_ERROR_TOO_NEW,
                   /* Translators: %s is a file name */
                   _("“%s” was written by a newer version of Accord."), name);
      return NULL;
    }
  empty = version == 0;
  if (empty)
    {
      sqlite3_stmt *statement = _accord_library_prepare (self, "SELECT count(*) FROM sqlite_master", error);
      int n_tables;

      if (statement == NULL)
        return NULL;
      code = sqlite3_step (statement);
      n_tables = code == SQLITE_ROW ? sqlite3_column_int (statement, 0) : -1;
      sqlite3_finalize (statement);
      /* A database of someone else's, never ours to change. */
      if (n_tables != 0)
        {
          _accord_library_set_sqlite_error (self, NULL, code == SQLITE_ROW ? SQLITE_NOTADB : code, error);
          return NULL;
        }
    }

  /* WAL: readers in other processes go on while a transaction commits; FULL: a committed
   * transaction survives a power cut, not only a crash. */
  if (!_accord_library_exec (self, "PRAGMA journal_mode = WAL", error) ||
      !_accord_library_exec (self, "PRAGMA synchronous = FULL", error))
    return NULL;

  if (!empty && version < ACCORD_LIBRARY_SCHEMA_VERSION && !migrate (self, version, error))
    return NULL;

  if (empty)
    {
      document = first_document (self, &imported, error);
      if (document == NULL || !create (self, document, error))
        return NULL;
      for (guint l = 0; l < N_LISTS; l++)
        {
          GListModel *list = l == MEETINGS ? accord_document_get_meetings (document)
                                           : accord_document_get_initiatives (document);

          for (guint i = 0; i < g_list_model_get_n_items (list); i++)
            {
              double position = i + 1;

              g_array_append_val (positions[l], position);
            }
        }
    }
  else
    {
      document = _accord_library_read_document (self, positions, error);
      if (document == NULL)
        return NULL;
    }

  backup_daily (self);

  /* Only once it is all in the database: a first run cut short imports it again. */
  if (imported != NULL)
    {
      g_autofree char *legacy_path = g_file_get_path (imported);
      g_autofree char *kept_path = g_strconcat (legacy_path, ".imported", NULL);

      if (g_rename (legacy_path, kept_path) != 0)
        g_warning ("Could not rename %s: %s", legacy_path, g_strerror (errno));
      self->imported = g_file_new_for_path (kept_path);
    }

  return g_steal_pointer (&document);
}

typedef struct {
  AccordDocument *document;
  GArray *positions[N_LISTS];
} Loaded;

static void
loaded_free (Loaded *loaded)
{
  g_clear_object (&loaded->document);
  for (guint l = 0; l < N_LISTS; l++)
    g_array_unref (loaded->positions[l]);
  g_free (loaded);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  AccordLibrary *self = source_object;
  Loaded *loaded = g_new0 (Loaded, 1);
  GError *error = NULL;

  for (guint l = 0; l < N_LISTS; l++)
    loaded->positions[l] = g_array_new (FALSE, FALSE, sizeof (double));

  loaded->document = open_library (self, loaded->positions, &error);
  if (loaded->document != NULL)
    self->data_version = data_version (self);
  if (loaded->document == NULL)
    {
      g_clear_pointer (&self->db, sqlite3_close);
      loaded_free (loaded);
      g_task_return_error (task, error);
      return;
    }

  g_task_return_pointer (task, loaded, (GDestroyNotify) loaded_free);
}

/* Every commit, ours or another process's, writes to the WAL file: then the writer looks
 * at data_version, which only another connection's commits change. */
static void
on_wal_changed (GFileMonitor      *monitor,
                GFile             *file,
                GFile             *other_file,
                GFileMonitorEvent  event,
                AccordLibrary     *self)
{
  Job *job;

  if (self->writer == NULL || !g_atomic_int_compare_and_exchange (&self->check_queued, FALSE, TRUE))
    return;

  job = job_new ();
  job->check = TRUE;
  g_async_queue_push (self->jobs, job);
}

static void
watch_wal (AccordLibrary *self)
{
  g_autofree char *path = g_strconcat (g_file_peek_path (self->file), "-wal", NULL);
  g_autoptr(GFile) wal = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  self->wal_monitor = g_file_monitor_file (wal, G_FILE_MONITOR_NONE, NULL, &error);
  if (self->wal_monitor == NULL)
    {
      g_debug ("Not watching %s: %s", path, error->message);
      return;
    }
  g_file_monitor_set_rate_limit (self->wal_monitor, 100);
  g_signal_connect_object (self->wal_monitor, "changed", G_CALLBACK (on_wal_changed), self, 0);
}

static void
accord_library_load_async (AccordStore         *store,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  AccordLibrary *self = ACCORD_LIBRARY (store);
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_return_if_fail (self->db == NULL && self->document == NULL);

  g_task_set_source_tag (task, accord_library_load_async);
  g_task_run_in_thread (task, load_thread);
}

static AccordDocument *
accord_library_load_finish (AccordStore   *store,
                            GAsyncResult  *result,
                            GError       **error)
{
  AccordLibrary *self = ACCORD_LIBRARY (store);
  Loaded *loaded = g_task_propagate_pointer (G_TASK (result), error);
  AccordDocument *document;

  if (loaded == NULL)
    return NULL;

  /* From now on the writer has the connection, and the main thread the document. */
  follow (self, loaded->document, loaded->positions);
  self->writer = g_thread_new ("accord-library", writer_thread, self);
  watch_wal (self);
  document = g_object_ref (loaded->document);
  loaded_free (loaded);

  return document;
}

static gboolean
accord_library_flush (AccordStore  *store,
                      GError      **error)
{
  AccordLibrary *self = ACCORD_LIBRARY (store);
  gboolean failed;

  g_mutex_lock (&self->lock);
  while (self->durable < self->queued)
    g_cond_wait (&self->durable_cond, &self->lock);
  failed = self->failed != 0;
  g_mutex_unlock (&self->lock);

  if (failed)
    {
      g_autofree char *name = _accord_library_display_name (self->file);

      g_set_error (error, ACCORD_LIBRARY_ERROR, ACCORD_LIBRARY_ERROR_FAILED,
                   /* Translators: %s is a file name */
                   _("Some changes could not be kept in “%s”."), name);
      return FALSE;
    }

  return TRUE;
}

static char *
accord_library_describe (AccordStore *store)
{
  return _accord_library_display_name (ACCORD_LIBRARY (store)->file);
}

static void
accord_library_store_init (AccordStoreInterface *iface)
{
  iface->load_async = accord_library_load_async;
  iface->load_finish = accord_library_load_finish;
  iface->flush = accord_library_flush;
  iface->describe = accord_library_describe;
}

/* Stops following the document and ends the writer once it has written everything. */
static void
stop (AccordLibrary *self)
{
  if (self->wal_monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->wal_monitor, self);
      g_file_monitor_cancel (self->wal_monitor);
      g_clear_object (&self->wal_monitor);
    }

  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->document, self);
      g_signal_handlers_disconnect_by_data (accord_document_get_meetings (self->document), self);
      g_signal_handlers_disconnect_by_data (accord_document_get_initiatives (self->document),
                                            self);
      g_clear_object (&self->document);
    }

  if (self->writer != NULL)
    {
      Job *job = job_new ();

      job->stop = TRUE;
      g_async_queue_push (self->jobs, job);
      g_thread_join (g_steal_pointer (&self->writer));
    }
}

static void
accord_library_dispose (GObject *object)
{
  AccordLibrary *self = ACCORD_LIBRARY (object);

  stop (self);

  G_OBJECT_CLASS (accord_library_parent_class)->dispose (object);
}

static void
accord_library_finalize (GObject *object)
{
  AccordLibrary *self = ACCORD_LIBRARY (object);

  g_clear_pointer (&self->db, sqlite3_close);
  for (guint l = 0; l < N_LISTS; l++)
    {
      for (guint i = 0; i < self->entries[l]->len; i++)
        entry_free (self->entries[l]->pdata[i]);
      g_ptr_array_unref (self->entries[l]);
    }
  g_hash_table_unref (self->by_record);
  for (guint l = 0; l < N_LISTS; l++)
    g_ptr_array_unref (self->removed[l]);
  g_async_queue_unref (self->jobs);
  g_main_context_unref (self->context);
  g_mutex_clear (&self->lock);
  g_cond_clear (&self->durable_cond);
  g_clear_object (&self->file);
  g_clear_object (&self->imported);
  g_clear_pointer (&self->seed, g_bytes_unref);

  G_OBJECT_CLASS (accord_library_parent_class)->finalize (object);
}

static void
accord_library_class_init (AccordLibraryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = accord_library_dispose;
  object_class->finalize = accord_library_finalize;
}

static void
accord_library_init (AccordLibrary *self)
{
  for (guint l = 0; l < N_LISTS; l++)
    self->entries[l] = g_ptr_array_new ();
  self->by_record = g_hash_table_new (g_direct_hash, g_direct_equal);
  for (guint l = 0; l < N_LISTS; l++)
    self->removed[l] = g_ptr_array_new_with_free_func (g_free);
  self->jobs = g_async_queue_new ();
  self->context = g_main_context_ref_thread_default ();
  g_mutex_init (&self->lock);
  g_cond_init (&self->durable_cond);
}

AccordLibrary *
accord_library_new (GFile  *database,
                    GBytes *seed)
{
  AccordLibrary *self;

  g_return_val_if_fail (G_IS_FILE (database), NULL);

  self = g_object_new (ACCORD_TYPE_LIBRARY, NULL);
  self->file = g_object_ref (database);
  self->seed = seed != NULL ? g_bytes_ref (seed) : NULL;

  return self;
}

GFile *
accord_library_get_file (AccordLibrary *self)
{
  g_return_val_if_fail (ACCORD_IS_LIBRARY (self), NULL);

  return self->file;
}

GFile *
accord_library_get_imported (AccordLibrary *self)
{
  g_return_val_if_fail (ACCORD_IS_LIBRARY (self), NULL);

  return self->imported;
}
