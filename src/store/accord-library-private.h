/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "accord-library.h"

G_BEGIN_DECLS

/* accord-library.c follows the document, runs the writer and opens the database;
 * accord-library-rows.c turns records into rows and back (STORAGE.md). */

enum { MEETINGS, INITIATIVES, N_LISTS };
enum { PARTICIPANTS, SOURCES, ATTRIBUTES, N_ITEM_TABLES };

/* One record's row and its items' rows, copied on the main thread for the writer. Values
 * are strings or NULL, in the tables' column order; the record's position is a number. */
typedef struct {
  guint list;
  /* The id the database has it under, or NULL for a record it does not have yet */
  char *old_id;
  double position;
  GPtrArray *values;
  GPtrArray *items[N_ITEM_TABLES];
} RecordRows;



struct _AccordLibrary
{
  GObject parent_instance;

  GFile *file;
  GBytes *seed;
  GFile *imported;

  /* Loading and then writing: one connection, used by one thread at a time. */
  sqlite3 *db;
  GThread *writer;
  GAsyncQueue *jobs;
  GMainContext *context;

  /* The writer's progress, under the lock. */
  GMutex lock;
  GCond durable_cond;
  guint64 durable;
  guint64 failed;

  /* Main thread: the document and what is not yet queued */
  AccordDocument *document;
  GPtrArray *entries[N_LISTS];
  GHashTable *by_record;
  /* Ids of the meetings and initiatives removed since the last command was queued */
  GPtrArray *removed[N_LISTS];
  gboolean heard;
  guint64 queued;

  /* Commits by other connections: the WAL file's monitor asks the writer to look */
  GFileMonitor *wal_monitor;
  int data_version;
  gint check_queued;
};

/* accord-library-rows.c */
char         *_accord_library_display_name     (GFile          *file);
/* Sets @error from SQLite's @code, as a whole sentence that names the library; FALSE. */
gboolean      _accord_library_set_sqlite_error (AccordLibrary  *self,
                                                sqlite3        *db,
                                                int             code,
                                                GError        **error);
gboolean      _accord_library_exec             (AccordLibrary  *self,
                                                const char     *sql,
                                                GError        **error);
sqlite3_stmt *_accord_library_prepare          (AccordLibrary  *self,
                                                const char     *sql,
                                                GError        **error);
/* Steps @statement to its end, then resets it. */
gboolean      _accord_library_run              (AccordLibrary  *self,
                                                sqlite3_stmt   *statement,
                                                GError        **error);
/* Copies @record's fields: the main thread, or a thread that owns a document no other sees. */
RecordRows   *_accord_library_record_rows_new  (AccordRecord   *record,
                                                const char     *old_id,
                                                double          position);
void          _accord_library_record_rows_free (RecordRows     *rows);
/* Replaces the record's rows (those under its old id) by @rows. */
gboolean      _accord_library_write_record     (AccordLibrary  *self,
                                                RecordRows     *rows,
                                                GError        **error);
gboolean      _accord_library_delete_record    (AccordLibrary  *self,
                                                guint           list,
                                                const char     *id,
                                                GError        **error);
/* Every record, in document order; their positions go to @positions. */
AccordDocument *_accord_library_read_document  (AccordLibrary  *self,
                                                GArray         *positions[N_LISTS],
                                                GError        **error);

G_END_DECLS
