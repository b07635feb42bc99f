/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-json"

#include <json-glib/json-glib.h>
#include <string.h>

#include "accord-enum-types.h"
#include "accord-fields.h"
#include "accord-json-private.h"
#include "accord-model-private.h"

/* Writing documents and records: each object's members from its description
 * (accord-fields.h), then those kept from its file. */

static void
set_nonempty_string (JsonObject *json,
                     const char *member,
                     const char *value)
{
  json_object_set_string_member (json, member, value != NULL ? value : "");
}

static void
set_strv (JsonObject         *json,
          const char         *member,
          const char * const *strv)
{
  JsonArray *array = json_array_new ();

  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    json_array_add_string_element (array, strv[i]);

  json_object_set_array_member (json, member, array);
}

static void
set_period (JsonObject         *json,
            GObject            *owner,
            const char         *key,
            const char         *member,
            const AccordPeriod *period)
{
  JsonObject *object = json_object_new ();
  AccordPrecision precision = accord_period_get_precision (period);

  json_object_set_string_member (object, "text", accord_period_get_text (period));
  if (precision != ACCORD_PRECISION_UNKNOWN)
    {
      GDate date;
      g_autofree char *start = NULL;
      g_autofree char *end = NULL;

      accord_period_get_start (period, &date);
      start = accord_date_to_iso (&date);
      accord_period_get_end (period, &date);
      end = accord_date_to_iso (&date);
      json_object_set_string_member (object, "start", start);
      json_object_set_string_member (object, "end", end);
    }
  json_object_set_string_member (object, "precision",
                                 accord_enum_to_nick (ACCORD_TYPE_PRECISION, precision));
  object = accord_json_write_members (owner, key, object, accord_json_known_members ()->period);

  json_object_set_object_member (json, member, object);
}

static JsonObject *write_described (GObject *object);

/* @object's members as its description lists them, then the ones kept from its file. */
static JsonObject *
write_object (GObject *object)
{
  return accord_json_write_members (object, ACCORD_JSON_UNKNOWN_MEMBERS_KEY, write_described (object),
                                    accord_json_known_for_type (G_OBJECT_TYPE (object)));
}

static void
set_object_list (JsonObject *json,
                 const char *member,
                 GListModel *list)
{
  JsonArray *array = json_array_new ();
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      json_array_add_object_element (array, write_object (item));
    }

  json_object_set_array_member (json, member, array);
}

/* Each field @object's description lists, under its member, in the description's order. */
static JsonObject *
write_described (GObject *object)
{
  JsonObject *json = json_object_new ();
  guint n_fields;
  const AccordField *fields = accord_fields_for_type (G_OBJECT_TYPE (object), &n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      const AccordField *field = &fields[i];

      switch (field->kind)
        {
        case ACCORD_FIELD_STRING:
          set_nonempty_string (json, field->member, accord_field_get_string (field, object));
          break;

        case ACCORD_FIELD_STRV:
          set_strv (json, field->member, accord_field_get_strv (field, object));
          break;

        case ACCORD_FIELD_ENUM:
          json_object_set_string_member (json, field->member,
                                         accord_enum_to_nick (field->value_type (),
                                                              accord_field_get_enum (field,
                                                                                     object)));
          break;

        case ACCORD_FIELD_PERIOD:
          set_period (json, object, accord_json_period_key (field->member), field->member,
                      accord_field_get_period (field, object));
          break;

        case ACCORD_FIELD_ITEMS:
          set_object_list (json, field->member, accord_field_get_items (field, object));
          break;

        default:
          g_assert_not_reached ();
        }
    }

  return json;
}

/* The document's members, its lists of records empty unless @with_records. */
static JsonNode *
document_node (AccordDocument *document,
               gboolean        with_records)
{
  g_autoptr(GListStore) none = g_list_store_new (ACCORD_TYPE_RECORD);
  JsonObject *json = json_object_new ();
  JsonNode *root;

  json_object_set_string_member (json, "format", "accord");
  json_object_set_int_member (json, "version", ACCORD_JSON_FORMAT_VERSION);
  set_object_list (json, "meetings",
                   with_records ? accord_document_get_meetings (document) : G_LIST_MODEL (none));
  set_object_list (json, "initiatives",
                   with_records ? accord_document_get_initiatives (document) : G_LIST_MODEL (none));
  json = accord_json_write_members (G_OBJECT (document), ACCORD_JSON_UNKNOWN_MEMBERS_KEY, json,
                                    accord_json_known_members ()->document);

  root = json_node_init_object (json_node_alloc (), json);
  json_object_unref (json);

  return root;
}

static GString *
generate (JsonNode *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  GString *text = g_string_new (NULL);

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  json_generator_to_gstring (generator, text);

  return text;
}

static char *
steal_text (GString *text,
            gsize   *length)
{
  if (length != NULL)
    *length = text->len;

  return g_string_free (text, FALSE);
}

static char *
save_document (AccordDocument *document,
               gboolean        with_records,
               gsize          *length)
{
  g_autoptr(JsonNode) root = document_node (document, with_records);
  GString *text = generate (root);

  g_string_append_c (text, '\n');
  return steal_text (text, length);
}

char *
accord_json_save_data (AccordDocument *document,
                       gsize          *length)
{
  g_return_val_if_fail (ACCORD_IS_DOCUMENT (document), NULL);

  return save_document (document, TRUE, length);
}

char *
accord_json_save_frame (AccordDocument *document,
                        gsize          *length)
{
  g_return_val_if_fail (ACCORD_IS_DOCUMENT (document), NULL);

  return save_document (document, FALSE, length);
}

/* How the generator writes a record in a list of the document: inside this wrapper, at the
 * same depth, so that it is indented exactly as there. */
#define RECORD_PREFIX "{\n  \"r\" : [\n"
#define RECORD_SUFFIX "\n  ]\n}"

char *
accord_json_save_record (AccordRecord *record,
                         gsize        *length)
{
  g_autoptr(JsonNode) root = NULL;
  JsonObject *wrapper;
  JsonObject *object;
  JsonArray *array;
  GString *text;

  g_return_val_if_fail (ACCORD_IS_MEETING (record) || ACCORD_IS_INITIATIVE (record), NULL);

  object = write_object (G_OBJECT (record));

  array = json_array_new ();
  json_array_add_object_element (array, object);
  wrapper = json_object_new ();
  json_object_set_array_member (wrapper, "r", array);
  root = json_node_init_object (json_node_alloc (), wrapper);
  json_object_unref (wrapper);

  text = generate (root);
  g_assert (g_str_has_prefix (text->str, RECORD_PREFIX));
  g_assert (g_str_has_suffix (text->str, RECORD_SUFFIX));
  g_string_truncate (text, text->len - strlen (RECORD_SUFFIX));
  g_string_erase (text, 0, strlen (RECORD_PREFIX));

  return steal_text (text, length);
}

/* Appends @frame up to its empty list @member, then the list of @records, and returns where
 * the frame goes on. A list member's name at the first depth is only ever found at the start
 * of a line indented once (strings hold no raw line breaks). */
static const char *
join_list (GString    *text,
           const char *frame,
           const char *member,
           GPtrArray  *records)
{
  g_autofree char *marker = g_strdup_printf ("\n  \"%s\" : []", member);
  const char *at = strstr (frame, marker);

  g_assert (at != NULL);
  at += strlen (marker) - 1;
  g_string_append_len (text, frame, at - frame);
  if (records->len > 0)
    {
      g_string_append (text, "\n");
      for (guint i = 0; i < records->len; i++)
        {
          gsize size = 0;
          const char *data = g_bytes_get_data (records->pdata[i], &size);

          if (i > 0)
            g_string_append (text, ",\n");
          g_string_append_len (text, data, size);
        }
      g_string_append (text, "\n  ");
    }

  return at;
}

char *
accord_json_join (const char *frame,
                  GPtrArray  *meetings,
                  GPtrArray  *initiatives,
                  gsize      *length)
{
  GString *text;
  gsize size = strlen (frame);

  g_return_val_if_fail (frame != NULL, NULL);
  g_return_val_if_fail (meetings != NULL && initiatives != NULL, NULL);

  for (guint i = 0; i < meetings->len; i++)
    size += g_bytes_get_size (meetings->pdata[i]) + 2;
  for (guint i = 0; i < initiatives->len; i++)
    size += g_bytes_get_size (initiatives->pdata[i]) + 2;

  text = g_string_sized_new (size + 16);
  frame = join_list (text, frame, "meetings", meetings);
  frame = join_list (text, frame, "initiatives", initiatives);
  g_string_append (text, frame);

  return steal_text (text, length);
}

static char *
kept_key (const char *part)
{
  return part == NULL ? g_strdup (ACCORD_JSON_UNKNOWN_MEMBERS_KEY)
                      : g_strconcat (ACCORD_JSON_UNKNOWN_MEMBERS_KEY ":", part, NULL);
}

char *
accord_json_get_kept_members (GObject    *object,
                              const char *part)
{
  g_autofree char *key = kept_key (part);
  JsonObject *kept;
  g_autoptr(JsonNode) node = NULL;

  g_return_val_if_fail (G_IS_OBJECT (object), NULL);

  kept = g_object_get_data (object, key);
  if (kept == NULL)
    return NULL;

  node = json_node_init_object (json_node_alloc (), kept);
  return json_to_string (node, FALSE);
}

gboolean
accord_json_set_kept_members (GObject     *object,
                              const char  *part,
                              const char  *text,
                              GError     **error)
{
  g_autofree char *key = kept_key (part);
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) parse_error = NULL;

  g_return_val_if_fail (G_IS_OBJECT (object), FALSE);

  if (text == NULL)
    {
      g_object_set_data (object, key, NULL);
      return TRUE;
    }

  node = json_from_string (text, &parse_error);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, ACCORD_JSON_ERROR, ACCORD_JSON_ERROR_INVALID,
                   "Kept members are not a JSON object: %s",
                   parse_error != NULL ? parse_error->message : text);
      return FALSE;
    }

  g_object_set_data_full (object, key, json_object_ref (json_node_get_object (node)),
                          (GDestroyNotify) json_object_unref);
  return TRUE;
}
