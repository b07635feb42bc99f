/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-json"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#include "accord-attribute.h"
#include "accord-enum-types.h"
#include "accord-fields.h"
#include "accord-json-private.h"
#include "accord-model-private.h"
#include "accord-participant.h"
#include "accord-source.h"

G_DEFINE_QUARK (accord-json-error-quark, accord_json_error)

typedef struct
{
  GError *error;
  /* "initiatives[3].timeline", for messages */
  GString *path;
  const AccordJsonKnownMembers *known;
  /* Translated messages about what was repaired. */
  GPtrArray *warnings;
} Reader;

static gboolean
reader_fail (Reader     *reader,
             const char *member,
             const char *expected)
{
  if (reader->error == NULL)
    {
      g_autofree char *where = member != NULL
        ? g_strdup_printf ("%s%s%s", reader->path->str, reader->path->len > 0 ? "." : "", member)
        : g_strdup (reader->path->str);

      g_set_error (&reader->error, ACCORD_JSON_ERROR, ACCORD_JSON_ERROR_INVALID,
                   /* Translators: %1$s is where in the file, such as
                    * “initiatives[3].status”; %2$s is what was expected there, one of the
                    * messages “a string”, “a list”, “one of %s”, … */
                   _("“%1$s” should be %2$s"), where, expected);
    }

  return FALSE;
}

static void
add_period_keys (GHashTable *keys,
                 GType       type)
{
  guint n_fields;
  const AccordField *fields = accord_fields_for_type (type, &n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      if (fields[i].kind == ACCORD_FIELD_PERIOD)
        g_hash_table_insert (keys, (gpointer) fields[i].member,
                             g_strconcat (ACCORD_JSON_UNKNOWN_MEMBERS_KEY ":", fields[i].member, NULL));
    }
}

/* The members of the kind of object @type describes (accord-fields.h), in the order Accord
 * writes them, to their positions (from 1). */
static GHashTable *
known_from_fields (GType type)
{
  GHashTable *set = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_fields;
  const AccordField *fields = accord_fields_for_type (type, &n_fields);

  for (guint i = 0; i < n_fields; i++)
    g_hash_table_insert (set, (gpointer) fields[i].member, GUINT_TO_POINTER (i + 1));

  return set;
}

/* Member names of one kind of object, in the order Accord writes them, to their positions
 * (from 1): looked up for every member of every object. */
static GHashTable *
known_set (const char * const *names)
{
  GHashTable *set = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; names[i] != NULL; i++)
    g_hash_table_insert (set, (gpointer) names[i], GUINT_TO_POINTER (i + 1));

  return set;
}

static void
keep_unknown_members (GObject    *object,
                      JsonObject *json,
                      GHashTable *known)
{
  accord_json_keep_members (object, ACCORD_JSON_UNKNOWN_MEMBERS_KEY, json, known);
}

/* A period is an immutable value without object data: what it does not know is kept on the
 * record that holds it, under the member's name (accord_json_period_key()). */

static const char * const period_members[] = { "text", "start", "end", "precision", NULL };

/* A missing member reads as empty, a null one too; anything but a string is an error. */
static gboolean
read_string (Reader      *reader,
             JsonObject  *json,
             const char  *member,
             const char **value)
{
  JsonNode *node = json_object_get_member (json, member);

  *value = "";
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return reader_fail (reader, member, _("a string"));

  *value = json_node_get_string (node);
  return TRUE;
}

static gboolean
read_strv (Reader      *reader,
           JsonObject  *json,
           const char  *member,
           GStrv       *value)
{
  JsonNode *node = json_object_get_member (json, member);
  JsonArray *array;
  g_autoptr(GStrvBuilder) builder = NULL;
  guint n;

  *value = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return reader_fail (reader, member, _("a list of strings"));

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  builder = g_strv_builder_new ();
  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
        return reader_fail (reader, member, _("a list of strings"));
      g_strv_builder_add (builder, json_node_get_string (element));
    }

  *value = g_strv_builder_end (builder);
  return TRUE;
}

static gboolean
read_enum (Reader     *reader,
           JsonObject *json,
           const char *member,
           GType       enum_type,
           int         fallback,
           int        *value)
{
  const char *nick;

  if (!read_string (reader, json, member, &nick))
    return FALSE;

  *value = fallback;
  if (nick[0] == '\0')
    return TRUE;

  if (!accord_enum_from_nick (enum_type, nick, value))
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
      g_autoptr(GString) allowed = g_string_new (NULL);
      g_autofree char *expected = NULL;

      for (guint i = 0; i < klass->n_values; i++)
        g_string_append_printf (allowed, "%s“%s”", i > 0 ? ", " : "", klass->values[i].value_nick);

      /* Translators: %s is a list of the allowed words: “proposed”, “planned”, … */
      expected = g_strdup_printf (_("one of %s"), allowed->str);
      return reader_fail (reader, member, expected);
    }

  return TRUE;
}

/* ISO 8601 as it is commonly written: "2024-07-01", the basic "20240701", week ("2024-W27-1")
 * and ordinal ("2024-183") dates, or a date and time ("2020-09-14T10:00:00Z") of which the
 * date is taken as written, whatever the time zone. Years 1 to 9999. */
static gboolean
date_from_iso (const char *text,
               GDate      *date)
{
  g_autoptr(GTimeZone) utc = NULL;
  g_autoptr(GDateTime) date_time = NULL;
  g_autofree char *with_time = NULL;
  int year, month, day;

  if (accord_date_from_iso (text, date))
    return TRUE;
  /* GLib also takes a leading sign or white space, which ISO 8601 dates of four-digit years
   * do not have. */
  if (!g_ascii_isdigit (text[0]))
    return FALSE;

  if (strpbrk (text, "Tt") == NULL)
    text = with_time = g_strconcat (text, "T00:00:00Z", NULL);
  utc = g_time_zone_new_utc ();
  date_time = g_date_time_new_from_iso8601 (text, utc);
  if (date_time == NULL)
    return FALSE;

  g_date_time_get_ymd (date_time, &year, &month, &day);
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

static gboolean
read_date_member (Reader      *reader,
                  JsonObject  *json,
                  const char  *member,
                  GDate       *date)
{
  const char *text;

  if (!read_string (reader, json, member, &text))
    return FALSE;
  if (!date_from_iso (text, date))
    return reader_fail (reader, member, _("a date such as “2024-01-29”"));

  return TRUE;
}

/* A member that is there, and neither null nor "". */
static gboolean
has_value (JsonObject *json,
           const char *member)
{
  JsonNode *node = json_object_get_member (json, member);

  return node != NULL && !JSON_NODE_HOLDS_NULL (node) &&
         (json_node_get_value_type (node) != G_TYPE_STRING ||
          json_node_get_string (node)[0] != '\0');
}

static gboolean
read_period (Reader        *reader,
             GObject       *owner,
             const char    *key,
             JsonObject    *parent,
             const char    *member,
             AccordPeriod **period)
{
  JsonNode *node = json_object_get_member (parent, member);
  JsonObject *json;
  const char *text;
  int precision;
  GDate start, end;
  gsize path_len = reader->path->len;
  gboolean ok = FALSE;

  *period = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      *period = accord_period_new ("", ACCORD_PRECISION_UNKNOWN, NULL, NULL);
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return reader_fail (reader, member, _("a period such as {\"text\": \"Q3 2024\", …}"));

  json = json_node_get_object (node);
  g_string_append_printf (reader->path, "%s%s", path_len > 0 ? "." : "", member);
  accord_json_keep_members (owner, key, json, reader->known->period);

  if (!read_string (reader, json, "text", &text) ||
      !read_enum (reader, json, "precision", ACCORD_TYPE_PRECISION, ACCORD_PRECISION_UNKNOWN,
                  &precision))
    goto out;

  if (precision == ACCORD_PRECISION_UNKNOWN)
    {
      /* Dates without a precision would be lost on the next save. */
      if (has_value (json, "start") || has_value (json, "end"))
        {
          reader_fail (reader, NULL, _("a period with a “precision” for its dates"));
          goto out;
        }
      *period = accord_period_new (text, ACCORD_PRECISION_UNKNOWN, NULL, NULL);
    }
  else
    {
      if (!json_object_has_member (json, "start") || !json_object_has_member (json, "end"))
        {
          reader_fail (reader, NULL, _("a period with both “start” and “end” dates"));
          goto out;
        }
      if (!read_date_member (reader, json, "start", &start) ||
          !read_date_member (reader, json, "end", &end))
        goto out;
      if (g_date_compare (&start, &end) > 0)
        {
          reader_fail (reader, NULL, _("a period that does not end before it starts"));
          goto out;
        }
      *period = accord_period_new (text, precision, &start, &end);
    }

  ok = TRUE;

out:
  g_string_truncate (reader->path, path_len);
  return ok;
}

static JsonArray *
get_array_member (Reader     *reader,
                  JsonObject *json,
                  const char *member,
                  gboolean   *ok)
{
  JsonNode *node = json_object_get_member (json, member);

  *ok = TRUE;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      *ok = reader_fail (reader, member, _("a list"));
      return NULL;
    }

  return json_node_get_array (node);
}

static GObject    *read_object    (Reader     *reader,
                                   JsonObject *json,
                                   GType       type);

/* Reads @member, a list of objects, into @items; NULL when it is missing or empty, so that
 * the records' list stores, which are made on first use, are only made when needed. */
static gboolean
read_object_list (Reader        *reader,
                  JsonObject    *json,
                  const char    *member,
                  GType          item_type,
                  GPtrArray    **out_items)
{
  JsonArray *array;
  g_autoptr(GPtrArray) items = NULL;
  gsize path_len = reader->path->len;
  gboolean ok;
  guint n;

  *out_items = NULL;
  array = get_array_member (reader, json, member, &ok);
  if (array == NULL)
    return ok;

  n = json_array_get_length (array);
  if (n == 0)
    return TRUE;

  items = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      GObject *item;

      g_string_truncate (reader->path, path_len);
      g_string_append_printf (reader->path, "%s%s[%u]", path_len > 0 ? "." : "", member, i);

      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          reader_fail (reader, NULL, _("an object"));
          g_string_truncate (reader->path, path_len);
          return FALSE;
        }

      item = read_object (reader, json_node_get_object (element), item_type);
      if (item == NULL)
        {
          g_string_truncate (reader->path, path_len);
          return FALSE;
        }
      g_ptr_array_add (items, item);
    }
  g_string_truncate (reader->path, path_len);

  *out_items = g_steal_pointer (&items);
  return TRUE;
}

/* Fills a record's list with @items read from @member, each with an id of its own: an item
 * without one is given one silently (files before item ids had none), one whose id repeats an
 * earlier item's of the record is given a new one, and that is reported. */
static void
fill_store (Reader     *reader,
            GListModel *store,
            const char *member,
            GPtrArray  *items)
{
  g_autoptr(GArray) repeated = NULL;

  g_list_store_splice (G_LIST_STORE (store), 0, 0, items->pdata, items->len);

  repeated = accord_item_list_repair_ids (store);
  for (guint i = 0; repeated != NULL && i < repeated->len; i++)
    {
      guint position = g_array_index (repeated, guint, i);
      AccordItem *item = g_ptr_array_index (items, position);
      g_autofree char *where = g_strdup_printf ("%s.%s[%u]", reader->path->str, member, position);

      g_ptr_array_add (reader->warnings,
                       g_strdup_printf (/* Translators: %1$s is where in the file, such as
                                         * “meetings[3].participants[1]”; %2$s the new id */
                                        _("%1$s has the “id” of an earlier item of its "
                                          "record; it was given “%2$s”"),
                                        where, accord_item_get_id (item)));
    }
}

/* Each field of @object's description, from its member. */
static gboolean
read_described (Reader     *reader,
                JsonObject *json,
                GObject    *object)
{
  guint n_fields;
  const AccordField *fields = accord_fields_for_type (G_OBJECT_TYPE (object), &n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      const AccordField *field = &fields[i];

      switch (field->kind)
        {
        case ACCORD_FIELD_STRING:
          {
            const char *text;
            GDate date;

            if (!read_string (reader, json, field->member, &text))
              return FALSE;
            if ((field->flags & ACCORD_FIELD_DATE) && text[0] != '\0' &&
                !date_from_iso (text, &date))
              return reader_fail (reader, field->member, _("a date such as “2024-01-29”"));
            accord_field_set_string (field, object, text);
          }
          break;

        case ACCORD_FIELD_STRV:
          {
            g_auto(GStrv) strv = NULL;

            if (!read_strv (reader, json, field->member, &strv))
              return FALSE;
            accord_field_set_strv (field, object, (const char * const *) strv);
          }
          break;

        case ACCORD_FIELD_ENUM:
          {
            int value;

            if (!read_enum (reader, json, field->member, field->value_type (),
                            field->enum_default, &value))
              return FALSE;
            accord_field_set_enum (field, object, value);
          }
          break;

        case ACCORD_FIELD_PERIOD:
          {
            g_autoptr(AccordPeriod) period = NULL;

            if (!read_period (reader, object, accord_json_period_key (field->member), json, field->member,
                              &period))
              return FALSE;
            accord_field_set_period (field, object, period);
          }
          break;

        case ACCORD_FIELD_ITEMS:
          {
            g_autoptr(GPtrArray) items = NULL;

            /* The record's list is made only when there are items. */
            if (!read_object_list (reader, json, field->member, field->value_type (),
                                   &items))
              return FALSE;
            if (items != NULL)
              fill_store (reader, accord_field_get_items (field, object), field->member, items);
          }
          break;

        default:
          g_assert_not_reached ();
        }
    }

  keep_unknown_members (object, json, accord_json_known_for_type (G_OBJECT_TYPE (object)));
  return TRUE;
}

static GObject *
read_object (Reader     *reader,
             JsonObject *json,
             GType       type)
{
  g_autoptr(GObject) object = g_object_new (type, NULL);

  if (!read_described (reader, json, object))
    return NULL;

  return g_steal_pointer (&object);
}

static GPtrArray *
read_records (Reader       *reader,
              JsonObject   *json,
              const char   *member,
              GType         type)
{
  JsonArray *array;
  GPtrArray *records;
  gboolean ok;
  guint n;

  array = get_array_member (reader, json, member, &ok);
  if (!ok)
    return NULL;

  n = array != NULL ? json_array_get_length (array) : 0;
  records = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      GObject *record;

      g_string_printf (reader->path, "%s[%u]", member, i);
      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          reader_fail (reader, NULL, _("an object"));
          g_ptr_array_unref (records);
          return NULL;
        }

      record = read_object (reader, json_node_get_object (element), type);
      if (record == NULL)
        {
          g_ptr_array_unref (records);
          return NULL;
        }
      g_ptr_array_add (records, record);
    }
  g_string_truncate (reader->path, 0);

  return records;
}

static const char * const document_members[] = {
  "format", "version", "meetings", "initiatives", NULL
};

const AccordJsonKnownMembers *
accord_json_known_members (void)
{
  static gsize initialized;
  static AccordJsonKnownMembers known;

  if (g_once_init_enter (&initialized))
    {
      known.period = known_set (period_members);
      known.participant = known_from_fields (ACCORD_TYPE_PARTICIPANT);
      known.source = known_from_fields (ACCORD_TYPE_SOURCE);
      known.attribute = known_from_fields (ACCORD_TYPE_ATTRIBUTE);
      known.meeting = known_from_fields (ACCORD_TYPE_MEETING);
      known.initiative = known_from_fields (ACCORD_TYPE_INITIATIVE);
      known.document = known_set (document_members);
      known.period_keys = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
      add_period_keys (known.period_keys, ACCORD_TYPE_MEETING);
      add_period_keys (known.period_keys, ACCORD_TYPE_INITIATIVE);
      g_once_init_leave (&initialized, 1);
    }

  return &known;
}

/* The document's "version", which must be a whole number from 1 to the newest this build
 * reads; a bigger one is quoted as written. */
static gboolean
check_version (JsonNode    *version,
               const char  *version_text,
               GError     **error)
{
  g_autofree char *written = NULL;
  gint64 value;

  if (version == NULL || !JSON_NODE_HOLDS_VALUE (version) ||
      json_node_get_value_type (version) != G_TYPE_INT64)
    goto invalid;

  /* json-glib reads a whole number too big for 64 bits as -1: the text says what it was. */
  value = json_node_get_int (version);
  if (version_text != NULL &&
      !g_ascii_string_to_signed (version_text, 10, G_MININT64, G_MAXINT64, &value, NULL))
    value = version_text[0] == '-' ? G_MININT64 : G_MAXINT64;
  if (value < 1)
    goto invalid;
  if (value <= ACCORD_JSON_FORMAT_VERSION)
    return TRUE;

  written = version_text != NULL ? accord_json_quote_for_message (version_text)
                                 : g_strdup_printf ("%" G_GINT64_FORMAT, value);
  g_set_error (error, ACCORD_JSON_ERROR, ACCORD_JSON_ERROR_TOO_NEW,
               /* Translators: %1$s is the file's format version, %2$d the newest this
                * Accord reads */
               _("This document was written by a newer Accord (format version %1$s); this "
                 "version reads up to %2$d. Update Accord to open it."),
               written, ACCORD_JSON_FORMAT_VERSION);
  return FALSE;

invalid:
  g_set_error_literal (error, ACCORD_JSON_ERROR, ACCORD_JSON_ERROR_INVALID,
                       _("“version” should be a whole number such as 1"));
  return FALSE;
}

static gboolean
check_root (JsonNode  *root,
            GError   **error)
{
  JsonNode *format;

  if (root == NULL)
    {
      g_set_error_literal (error, ACCORD_JSON_ERROR, ACCORD_JSON_ERROR_SYNTAX,
                           _("The file is empty"));
      return FALSE;
    }
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, ACCORD_JSON_ERROR, ACCORD_JSON_ERROR_NOT_ACCORD,
                           _("This is not an Accord document: it holds a single JSON value, "
                             "not an object with “format”: “accord”"));
      return FALSE;
    }

  format = json_object_get_member (json_node_get_object (root), "format");
  if (format == NULL || !JSON_NODE_HOLDS_VALUE (format) ||
      json_node_get_value_type (format) != G_TYPE_STRING ||
      g_strcmp0 (json_node_get_string (format), "accord") != 0)
    {
      g_set_error_literal (error, ACCORD_JSON_ERROR, ACCORD_JSON_ERROR_NOT_ACCORD,
                           _("This is not an Accord document: it has no “format”: “accord”"));
      return FALSE;
    }

  return TRUE;
}

/* Ids as read, before the document makes each one unique. */
static GStrv
collect_ids (GPtrArray *records)
{
  GStrv ids = g_new0 (char *, records->len + 1);

  for (guint i = 0; i < records->len; i++)
    ids[i] = g_strdup (accord_record_get_id (g_ptr_array_index (records, i)));

  return ids;
}

/* The document gives a record with an empty or repeated id a new one (and the next save
 * keeps it): say which. */
static void
warn_new_ids (GPtrArray          *warnings,
              const char         *member,
              GPtrArray          *records,
              const char * const *ids_read)
{
  for (guint i = 0; i < records->len; i++)
    {
      const char *id = accord_record_get_id (g_ptr_array_index (records, i));
      g_autofree char *where = NULL;
      g_autofree char *quoted = NULL;

      if (g_strcmp0 (id, ids_read[i]) == 0)
        continue;

      where = g_strdup_printf ("%s[%u]", member, i);
      if (ids_read[i][0] == '\0')
        g_ptr_array_add (warnings,
                         g_strdup_printf (/* Translators: %1$s is where in the file, such as
                                           * “meetings[3]”; %2$s the new id */
                                          _("%1$s has no “id”; it was given “%2$s”"),
                                          where, id));
      else
        {
          quoted = accord_json_quote_for_message (ids_read[i]);
          g_ptr_array_add (warnings,
                           g_strdup_printf (/* Translators: %1$s is where in the file, such
                                             * as “meetings[3]”; %2$s the id in the file, %3$s
                                             * the new one */
                                            _("%1$s has the “id” “%2$s” of an earlier record; "
                                              "it was given “%3$s”"),
                                            where, quoted, id));
        }
    }
}

/* An initiative's "meeting" that names no meeting is kept as written, and reported. */
static void
warn_missing_meetings (GPtrArray      *warnings,
                       AccordDocument *document,
                       GPtrArray      *initiatives)
{
  for (guint i = 0; i < initiatives->len; i++)
    {
      const char *id = accord_initiative_get_meeting_id (g_ptr_array_index (initiatives, i));
      g_autofree char *where = NULL;
      g_autofree char *quoted = NULL;

      if (id == NULL || id[0] == '\0' || accord_document_lookup_meeting (document, id) != NULL)
        continue;

      where = g_strdup_printf ("initiatives[%u].meeting", i);
      quoted = accord_json_quote_for_message (id);
      g_ptr_array_add (warnings,
                       g_strdup_printf (/* Translators: %1$s is where in the file, such as
                                         * “initiatives[3].meeting”; %2$s a meeting's id */
                                        _("%1$s names the meeting “%2$s”, which is not in the "
                                          "document; the link is kept"),
                                        where, quoted));
    }
}

gboolean
accord_json_load_data_full (AccordDocument  *document,
                            const char      *data,
                            gssize           length,
                            GStrv           *warnings,
                            GError         **error)
{
  g_auto(AccordJsonScan) scan = { 0 };
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GPtrArray) initiatives = NULL;
  g_autoptr(GString) path = NULL;
  g_auto(GStrv) meeting_ids = NULL;
  g_auto(GStrv) initiative_ids = NULL;
  Reader reader = { 0 };
  JsonNode *root;
  JsonObject *json;

  g_return_val_if_fail (ACCORD_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (warnings == NULL || *warnings == NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (length < 0)
    length = strlen (data);

  if (!accord_json_scan (data, length, &scan, error))
    return FALSE;

  /* Immutable nodes are shared, not copied, and cost less to build. */
  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, scan.repaired != NULL ? scan.repaired : data, length,
                                   &parse_error))
    {
      accord_json_set_syntax_error (error, parse_error);
      return FALSE;
    }

  root = json_parser_get_root (parser);
  if (!check_root (root, error))
    return FALSE;
  json = json_node_get_object (root);
  if (!check_version (json_object_get_member (json, "version"), scan.version_text, error))
    return FALSE;

  path = g_string_new (NULL);
  reader.path = path;
  reader.known = accord_json_known_members ();
  reader.warnings = scan.warnings;

  meetings = read_records (&reader, json, "meetings", ACCORD_TYPE_MEETING);
  if (meetings != NULL)
    initiatives = read_records (&reader, json, "initiatives", ACCORD_TYPE_INITIATIVE);

  if (reader.error != NULL)
    {
      g_propagate_error (error, reader.error);
      return FALSE;
    }

  meeting_ids = collect_ids (meetings);
  initiative_ids = collect_ids (initiatives);
  accord_document_load (document, meetings, initiatives);
  g_object_set_data (G_OBJECT (document), ACCORD_JSON_UNKNOWN_MEMBERS_KEY, NULL);
  keep_unknown_members (G_OBJECT (document), json, reader.known->document);

  warn_new_ids (scan.warnings, "meetings", meetings, (const char * const *) meeting_ids);
  warn_new_ids (scan.warnings, "initiatives", initiatives,
                (const char * const *) initiative_ids);
  warn_missing_meetings (scan.warnings, document, initiatives);
  if (warnings != NULL && scan.warnings->len > 0)
    {
      g_ptr_array_add (scan.warnings, NULL);
      *warnings = (GStrv) g_ptr_array_free (g_steal_pointer (&scan.warnings), FALSE);
    }

  return TRUE;
}

gboolean
accord_json_load_data (AccordDocument  *document,
                       const char      *data,
                       gssize           length,
                       GError         **error)
{
  return accord_json_load_data_full (document, data, length, NULL, error);
}

/* The members Accord knows of objects of @type. */
GHashTable *
accord_json_known_for_type (GType type)
{
  const AccordJsonKnownMembers *known = accord_json_known_members ();

  if (type == ACCORD_TYPE_MEETING)
    return known->meeting;
  if (type == ACCORD_TYPE_INITIATIVE)
    return known->initiative;
  if (type == ACCORD_TYPE_PARTICIPANT)
    return known->participant;
  if (type == ACCORD_TYPE_SOURCE)
    return known->source;
  g_assert (type == ACCORD_TYPE_ATTRIBUTE);
  return known->attribute;
}

/* Where the members of the period in @member that this version does not know are kept on the
 * object that holds it. */
const char *
accord_json_period_key (const char *member)
{
  const char *key = g_hash_table_lookup (accord_json_known_members ()->period_keys, member);

  g_assert (key != NULL);
  return key;
}
