/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-library"

#include <glib/gi18n-lib.h>

#include "accord-attribute.h"
#include "accord-enum-types.h"
#include "accord-json.h"
#include "accord-library-private.h"
#include "accord-participant.h"
#include "accord-source.h"

static const char *record_tables[N_LISTS] = { "meetings", "initiatives" };
static const guint record_columns[N_LISTS] = { 16, 17 };
static const char *item_tables[N_ITEM_TABLES] = { "participants", "sources", "attributes" };
static const guint item_columns[N_ITEM_TABLES] = { 8, 8, 6 };

/* Errors */

char *
_accord_library_display_name (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  return g_filename_display_name (basename);
}

gboolean
_accord_library_set_sqlite_error (AccordLibrary  *self,
                  sqlite3        *db,
                  int             code,
                  GError        **error)
{
  g_autofree char *name = _accord_library_display_name (self->file);
  int primary = code & 0xff;

  if (primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT)
    g_set_error (error, ACCORD_LIBRARY_ERROR, ACCORD_LIBRARY_ERROR_DAMAGED,
                 /* Translators: %s is a file name */
                 _("“%s” is damaged or is not an Accord library."), name);
  else if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
    g_set_error (error, ACCORD_LIBRARY_ERROR, ACCORD_LIBRARY_ERROR_LOCKED,
                 /* Translators: %s is a file name */
                 _("“%s” is in use by another program."), name);
  else
    g_set_error (error, ACCORD_LIBRARY_ERROR, ACCORD_LIBRARY_ERROR_FAILED,
                 /* Translators: %1$s is a file name, %2$s what the database says */
                 _("Could not use the library “%1$s”: %2$s"), name,
                 db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (code));
  return FALSE;
}

gboolean
_accord_library_exec (AccordLibrary  *self,
      const char     *sql,
      GError        **error)
{
  int code = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  return code == SQLITE_OK || _accord_library_set_sqlite_error (self, self->db, code, error);
}

/* Values */

/* "5:hello2:ab": each string its length in bytes, a colon, and the string. */
static char *
encode_strv (const char * const *strv)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    g_string_append_printf (text, "%zu:%s", strlen (strv[i]), strv[i]);

  return g_string_free (text, FALSE);
}

static GStrv
decode_strv (const char *text)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  while (text != NULL && *text != '\0')
    {
      char *end = NULL;
      guint64 length = g_ascii_strtoull (text, &end, 10);
      g_autofree char *element = NULL;

      if (end == text || *end != ':' || strlen (end + 1) < length)
        break;
      element = g_strndup (end + 1, length);
      g_strv_builder_add (builder, element);
      text = end + 1 + length;
    }

  return g_strv_builder_end (builder);
}

static char *
date_or_null (const AccordPeriod *period,
              gboolean            start)
{
  GDate date;

  if (!accord_period_is_known (period))
    return NULL;
  if (start)
    accord_period_get_start (period, &date);
  else
    accord_period_get_end (period, &date);

  return accord_date_to_iso (&date);
}

static void
add_period (GPtrArray          *values,
            GObject            *owner,
            const char         *member,
            const AccordPeriod *period)
{
  g_ptr_array_add (values, g_strdup (accord_period_get_text (period)));
  g_ptr_array_add (values, g_strdup (accord_enum_to_nick (ACCORD_TYPE_PRECISION,
                                                          accord_period_get_precision (period))));
  g_ptr_array_add (values, date_or_null (period, TRUE));
  g_ptr_array_add (values, date_or_null (period, FALSE));
  g_ptr_array_add (values, accord_json_get_kept_members (owner, member));
}

static GPtrArray *
item_rows (const char *record_id,
           GListModel *items,
           guint       table)
{
  guint n = g_list_model_get_n_items (items);
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);
      GPtrArray *values = g_ptr_array_new_with_free_func (g_free);

      g_ptr_array_add (values, g_strdup (record_id));
      g_ptr_array_add (values, g_strdup_printf ("%u", i));
      g_ptr_array_add (values, g_strdup (accord_item_get_id (ACCORD_ITEM (item))));
      if (table == PARTICIPANTS)
        {
          g_ptr_array_add (values, g_strdup (accord_participant_get_name (ACCORD_PARTICIPANT (item))));
          g_ptr_array_add (values, g_strdup (accord_participant_get_title (ACCORD_PARTICIPANT (item))));
          g_ptr_array_add (values, g_strdup (accord_participant_get_affiliation (ACCORD_PARTICIPANT (item))));
          g_ptr_array_add (values, g_strdup (accord_participant_get_role (ACCORD_PARTICIPANT (item))));
        }
      else if (table == SOURCES)
        {
          g_ptr_array_add (values, g_strdup (accord_source_get_publisher (ACCORD_SOURCE (item))));
          g_ptr_array_add (values, g_strdup (accord_source_get_title (ACCORD_SOURCE (item))));
          g_ptr_array_add (values, g_strdup (accord_source_get_uri (ACCORD_SOURCE (item))));
          g_ptr_array_add (values, g_strdup (accord_source_get_published (ACCORD_SOURCE (item))));
        }
      else
        {
          g_ptr_array_add (values, g_strdup (accord_attribute_get_name (ACCORD_ATTRIBUTE (item))));
          g_ptr_array_add (values, g_strdup (accord_attribute_get_value (ACCORD_ATTRIBUTE (item))));
        }
      g_ptr_array_add (values, accord_json_get_kept_members (item, NULL));
      g_assert (values->len == item_columns[table]);
      g_ptr_array_add (rows, values);
    }

  return rows;
}

void
_accord_library_record_rows_free (RecordRows *rows)
{
  g_free (rows->old_id);
  g_ptr_array_unref (rows->values);
  for (guint t = 0; t < N_ITEM_TABLES; t++)
    g_ptr_array_unref (rows->items[t]);
  g_free (rows);
}

/* Copies @record's fields (main thread, or the thread that owns a document no one else
 * sees). */
RecordRows *
_accord_library_record_rows_new (AccordRecord *record,
                 const char   *old_id,
                 double        position)
{
  RecordRows *rows = g_new0 (RecordRows, 1);
  GPtrArray *values = g_ptr_array_new_with_free_func (g_free);
  const char *id = accord_record_get_id (record);
  g_autoptr(GListStore) none = g_list_store_new (G_TYPE_OBJECT);

  rows->old_id = g_strdup (old_id);
  rows->position = position;
  rows->values = values;

  g_ptr_array_add (values, g_strdup (id));
  g_ptr_array_add (values, NULL);
  g_ptr_array_add (values, g_strdup (accord_record_get_title (record)));
  if (ACCORD_IS_MEETING (record))
    {
      AccordMeeting *meeting = ACCORD_MEETING (record);

      rows->list = MEETINGS;
      add_period (values, G_OBJECT (record), "when", accord_meeting_get_when (meeting));
      g_ptr_array_add (values, g_strdup (accord_meeting_get_location (meeting)));
      g_ptr_array_add (values, g_strdup (accord_enum_to_nick (ACCORD_TYPE_MEETING_FORMAT,
                                                              accord_meeting_get_format (meeting))));
      g_ptr_array_add (values, g_strdup (accord_enum_to_nick (ACCORD_TYPE_MEETING_KIND,
                                                              accord_meeting_get_kind (meeting))));
      g_ptr_array_add (values, encode_strv (accord_meeting_get_topics (meeting)));
      g_ptr_array_add (values, g_strdup (accord_meeting_get_summary (meeting)));
      g_ptr_array_add (values, encode_strv (accord_meeting_get_outcomes (meeting)));
      rows->items[PARTICIPANTS] = item_rows (id, accord_meeting_get_participants (meeting),
                                             PARTICIPANTS);
      rows->items[ATTRIBUTES] = item_rows (id, G_LIST_MODEL (none), ATTRIBUTES);
    }
  else
    {
      AccordInitiative *initiative = ACCORD_INITIATIVE (record);

      rows->list = INITIATIVES;
      g_ptr_array_add (values, g_strdup (accord_initiative_get_objective (initiative)));
      g_ptr_array_add (values, g_strdup (accord_initiative_get_expected_outcome (initiative)));
      add_period (values, G_OBJECT (record), "timeline", accord_initiative_get_period (initiative));
      g_ptr_array_add (values, g_strdup (accord_initiative_get_lead (initiative)));
      g_ptr_array_add (values, encode_strv (accord_initiative_get_partners (initiative)));
      g_ptr_array_add (values, g_strdup (accord_enum_to_nick (ACCORD_TYPE_STATUS,
                                                              accord_initiative_get_status (initiative))));
      g_ptr_array_add (values, g_strdup (accord_initiative_get_area (initiative)));
      g_ptr_array_add (values, g_strdup (accord_initiative_get_meeting_id (initiative)));
      rows->items[PARTICIPANTS] = item_rows (id, G_LIST_MODEL (none), PARTICIPANTS);
      rows->items[ATTRIBUTES] = item_rows (id, accord_initiative_get_attributes (initiative),
                                           ATTRIBUTES);
    }
  rows->items[SOURCES] = item_rows (id, accord_record_get_sources (record), SOURCES);
  g_ptr_array_add (values, g_strdup (accord_record_get_notes (record)));
  g_ptr_array_add (values, accord_json_get_kept_members (G_OBJECT (record), NULL));
  g_assert (values->len == record_columns[rows->list]);

  return rows;
}

/* Writing (the writer thread, or the loading thread before there is one) */

sqlite3_stmt *
_accord_library_prepare (AccordLibrary  *self,
         const char     *sql,
         GError        **error)
{
  sqlite3_stmt *statement = NULL;
  int code = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, NULL);

  if (code != SQLITE_OK)
    _accord_library_set_sqlite_error (self, self->db, code, error);

  return statement;
}

static char *
insert_sql (const char *table,
            guint       n_columns)
{
  GString *sql = g_string_new (NULL);

  g_string_append_printf (sql, "INSERT INTO %s VALUES (?", table);
  for (guint i = 1; i < n_columns; i++)
    g_string_append (sql, ", ?");
  g_string_append (sql, ")");

  return g_string_free (sql, FALSE);
}

gboolean
_accord_library_run (AccordLibrary  *self,
     sqlite3_stmt   *statement,
     GError        **error)
{
  int code = sqlite3_step (statement);

  sqlite3_reset (statement);
  sqlite3_clear_bindings (statement);
  return code == SQLITE_DONE || _accord_library_set_sqlite_error (self, self->db, code, error);
}

static gboolean
insert_values (AccordLibrary  *self,
               const char     *table,
               GPtrArray      *values,
               double          position,
               gboolean        numbered,
               GError        **error)
{
  g_autofree char *sql = insert_sql (table, values->len);
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *statement = _accord_library_prepare (self, sql, error);
  gboolean ok;

  if (statement == NULL)
    return FALSE;

  for (guint i = 0; i < values->len; i++)
    {
      if (numbered && i == 1)
        sqlite3_bind_double (statement, 2, position);
      else if (values->pdata[i] != NULL)
        sqlite3_bind_text (statement, i + 1, values->pdata[i], -1, SQLITE_STATIC);
    }
  ok = _accord_library_run (self, statement, error);
  sqlite3_finalize (statement);

  return ok;
}

gboolean
_accord_library_delete_record (AccordLibrary  *self,
               guint           list,
               const char     *id,
               GError        **error)
{
  for (guint t = 0; t <= N_ITEM_TABLES; t++)
    {
      g_autofree char *sql = NULL;
      sqlite3_stmt *statement;
      gboolean ok;

      if (t < N_ITEM_TABLES)
        sql = g_strdup_printf ("DELETE FROM %s WHERE record = ?", item_tables[t]);
      else
        sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?", record_tables[list]);
      statement = _accord_library_prepare (self, sql, error);
      if (statement == NULL)
        return FALSE;
      sqlite3_bind_text (statement, 1, id, -1, SQLITE_STATIC);
      ok = _accord_library_run (self, statement, error);
      sqlite3_finalize (statement);
      if (!ok)
        return FALSE;
    }

  return TRUE;
}

gboolean
_accord_library_write_record (AccordLibrary  *self,
              RecordRows     *rows,
              GError        **error)
{
  if (rows->old_id != NULL && !_accord_library_delete_record (self, rows->list, rows->old_id, error))
    return FALSE;
  if (!insert_values (self, record_tables[rows->list], rows->values, rows->position, TRUE,
                      error))
    return FALSE;

  for (guint t = 0; t < N_ITEM_TABLES; t++)
    for (guint i = 0; i < rows->items[t]->len; i++)
      {
        if (!insert_values (self, item_tables[t], rows->items[t]->pdata[i], 0, FALSE, error))
          return FALSE;
      }

  return TRUE;
}

/* Reading (the loading thread) */

static const char *
column_text (sqlite3_stmt *statement,
             int           column)
{
  return (const char *) sqlite3_column_text (statement, column);
}

static AccordPeriod *
read_period (sqlite3_stmt *statement,
             int           column,
             GObject      *owner,
             const char   *member)
{
  int precision = ACCORD_PRECISION_UNKNOWN;
  GDate start, end;
  const char *kept = column_text (statement, column + 4);

  accord_enum_from_nick (ACCORD_TYPE_PRECISION, column_text (statement, column + 1), &precision);
  if (kept != NULL)
    accord_json_set_kept_members (owner, member, kept, NULL);

  if (precision == ACCORD_PRECISION_UNKNOWN ||
      !accord_date_from_iso (column_text (statement, column + 2), &start) ||
      !accord_date_from_iso (column_text (statement, column + 3), &end))
    return accord_period_new (column_text (statement, column), ACCORD_PRECISION_UNKNOWN,
                              NULL, NULL);

  return accord_period_new (column_text (statement, column), precision, &start, &end);
}

static int
read_enum (sqlite3_stmt *statement,
           int           column,
           GType         type)
{
  int value = 0;

  accord_enum_from_nick (type, column_text (statement, column), &value);
  return value;
}

static void
set_kept (GObject      *object,
          sqlite3_stmt *statement,
          int           column)
{
  const char *kept = column_text (statement, column);

  if (kept != NULL)
    accord_json_set_kept_members (object, NULL, kept, NULL);
}

static AccordRecord *
read_meeting (sqlite3_stmt *statement)
{
  AccordMeeting *meeting = accord_meeting_new (column_text (statement, 0));
  AccordRecord *record = ACCORD_RECORD (meeting);
  AccordPeriod *when;
  g_auto(GStrv) topics = decode_strv (column_text (statement, 11));
  g_auto(GStrv) outcomes = decode_strv (column_text (statement, 13));

  accord_record_set_title (record, column_text (statement, 2));
  when = read_period (statement, 3, G_OBJECT (meeting), "when");
  accord_meeting_set_when (meeting, when);
  accord_period_free (when);
  accord_meeting_set_location (meeting, column_text (statement, 8));
  accord_meeting_set_format (meeting, read_enum (statement, 9, ACCORD_TYPE_MEETING_FORMAT));
  accord_meeting_set_kind (meeting, read_enum (statement, 10, ACCORD_TYPE_MEETING_KIND));
  accord_meeting_set_topics (meeting, (const char * const *) topics);
  accord_meeting_set_summary (meeting, column_text (statement, 12));
  accord_meeting_set_outcomes (meeting, (const char * const *) outcomes);
  accord_record_set_notes (record, column_text (statement, 14));
  set_kept (G_OBJECT (meeting), statement, 15);

  return record;
}

static AccordRecord *
read_initiative (sqlite3_stmt *statement)
{
  AccordInitiative *initiative = accord_initiative_new (column_text (statement, 0));
  AccordRecord *record = ACCORD_RECORD (initiative);
  AccordPeriod *timeline;
  g_auto(GStrv) partners = decode_strv (column_text (statement, 11));

  accord_record_set_title (record, column_text (statement, 2));
  accord_initiative_set_objective (initiative, column_text (statement, 3));
  accord_initiative_set_expected_outcome (initiative, column_text (statement, 4));
  timeline = read_period (statement, 5, G_OBJECT (initiative), "timeline");
  accord_initiative_set_period (initiative, timeline);
  accord_period_free (timeline);
  accord_initiative_set_lead (initiative, column_text (statement, 10));
  accord_initiative_set_partners (initiative, (const char * const *) partners);
  accord_initiative_set_status (initiative, read_enum (statement, 12, ACCORD_TYPE_STATUS));
  accord_initiative_set_area (initiative, column_text (statement, 13));
  accord_initiative_set_meeting_id (initiative, column_text (statement, 14));
  accord_record_set_notes (record, column_text (statement, 15));
  set_kept (G_OBJECT (initiative), statement, 16);

  return record;
}

static GObject *
read_item (sqlite3_stmt *statement,
           guint         table)
{
  GObject *item;

  if (table == PARTICIPANTS)
    item = G_OBJECT (accord_participant_new (column_text (statement, 3),
                                             column_text (statement, 4),
                                             column_text (statement, 5),
                                             column_text (statement, 6)));
  else if (table == SOURCES)
    item = G_OBJECT (accord_source_new (column_text (statement, 3), column_text (statement, 4),
                                        column_text (statement, 5), column_text (statement, 6)));
  else
    item = G_OBJECT (accord_attribute_new (column_text (statement, 3),
                                           column_text (statement, 4)));

  accord_item_set_id (ACCORD_ITEM (item), column_text (statement, 2));
  set_kept (item, statement, item_columns[table] - 1);

  return item;
}

static GListModel *
item_list (AccordRecord *record,
           guint         table)
{
  if (table == SOURCES)
    return accord_record_get_sources (record);
  if (table == PARTICIPANTS && ACCORD_IS_MEETING (record))
    return accord_meeting_get_participants (ACCORD_MEETING (record));
  if (table == ATTRIBUTES && ACCORD_IS_INITIATIVE (record))
    return accord_initiative_get_attributes (ACCORD_INITIATIVE (record));

  return NULL;
}

static gboolean
step_error (AccordLibrary  *self,
            int             code,
            GError        **error)
{
  return code == SQLITE_DONE || _accord_library_set_sqlite_error (self, self->db, code, error);
}

AccordDocument *
_accord_library_read_document (AccordLibrary  *self,
               GArray         *positions[N_LISTS],
               GError        **error)
{
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) initiatives = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *records[N_LISTS] = { meetings, initiatives };
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  sqlite3_stmt *statement;
  int code;

  for (guint l = 0; l < N_LISTS; l++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s ORDER BY position",
                                              record_tables[l]);

      statement = _accord_library_prepare (self, sql, error);
      if (statement == NULL)
        return NULL;
      while ((code = sqlite3_step (statement)) == SQLITE_ROW)
        {
          AccordRecord *record = l == MEETINGS ? read_meeting (statement)
                                               : read_initiative (statement);
          double position = sqlite3_column_double (statement, 1);

          g_ptr_array_add (records[l], record);
          g_array_append_val (positions[l], position);
          g_hash_table_insert (by_id, (gpointer) accord_record_get_id (record), record);
        }
      sqlite3_finalize (statement);
      if (!step_error (self, code, error))
        return NULL;
    }

  for (guint t = 0; t < N_ITEM_TABLES; t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s ORDER BY record, position",
                                              item_tables[t]);

      statement = _accord_library_prepare (self, sql, error);
      if (statement == NULL)
        return NULL;
      while ((code = sqlite3_step (statement)) == SQLITE_ROW)
        {
          AccordRecord *record = g_hash_table_lookup (by_id, column_text (statement, 0));
          GListModel *list = record != NULL ? item_list (record, t) : NULL;
          g_autoptr(GObject) item = NULL;

          /* An item of a record that is gone, or of a kind its record has not. */
          if (list == NULL)
            continue;
          item = read_item (statement, t);
          g_list_store_append (G_LIST_STORE (list), item);
        }
      sqlite3_finalize (statement);
      if (!step_error (self, code, error))
        return NULL;
    }

  statement = _accord_library_prepare (self, "SELECT kept FROM document WHERE id = 1", error);
  if (statement == NULL)
    return NULL;
  code = sqlite3_step (statement);
  if (code == SQLITE_ROW)
    set_kept (G_OBJECT (document), statement, 0);
  sqlite3_finalize (statement);
  if (code != SQLITE_ROW && !step_error (self, code, error))
    return NULL;

  accord_document_load (document, meetings, initiatives);
  return g_steal_pointer (&document);
}
