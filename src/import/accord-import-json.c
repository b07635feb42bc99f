/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#define G_LOG_DOMAIN "accord-import"

#include <json-glib/json-glib.h>

#include "accord-document.h"
#include "accord-enums.h"
#include "accord-enum-types.h"
#include "accord-import-json.h"
#include "accord-json.h"
#include "accord-period.h"

static const char *
reference_origin_nick (AccordImportReference origin)
{
  switch (origin)
    {
    case ACCORD_IMPORT_REFERENCE_GIVEN:
      return "given";
    case ACCORD_IMPORT_REFERENCE_PUBLISHED:
      return "published";
    case ACCORD_IMPORT_REFERENCE_DATELINE:
      return "dateline";
    case ACCORD_IMPORT_REFERENCE_THIS_YEAR:
      return "this-year";
    case ACCORD_IMPORT_REFERENCE_NONE:
    default:
      return "none";
    }
}

static JsonObject *
imported_member (AccordImport *import,
                 AccordRecord *record,
                 guint         article)
{
  JsonObject *imported = json_object_new ();
  JsonObject *spans = json_object_new ();
  GArray *list = accord_import_get_spans (import, record);

  json_object_set_int_member (imported, "article", article);
  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      const AccordImportSpan *span = &g_array_index (list, AccordImportSpan, i);
      JsonArray *pair = json_array_new ();

      json_array_add_int_element (pair, span->start);
      json_array_add_int_element (pair, span->end);
      json_object_set_array_member (spans, span->path, pair);
    }
  json_object_set_object_member (imported, "spans", spans);
  return imported;
}

/* The "imported" member of each record in the document's list @member. */
static void
add_imported (JsonObject *root,
              const char *member,
              GPtrArray  *imports,
              GPtrArray  *records,
              GPtrArray  *articles)
{
  JsonArray *list;

  if (!json_object_has_member (root, member))
    return;
  list = json_object_get_array_member (root, member);
  for (guint k = 0; k < records->len && k < json_array_get_length (list); k++)
    {
      guint a = GPOINTER_TO_UINT (articles->pdata[k]);
      JsonObject *object = json_array_get_object_element (list, k);

      json_object_set_object_member (object, "imported",
                                     imported_member (imports->pdata[a], records->pdata[k], a));
    }
}

char *
accord_import_write_json (GPtrArray          *imports,
                          const char * const *names,
                          gsize              *length)
{
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(GPtrArray) meetings = g_ptr_array_new ();
  g_autoptr(GPtrArray) initiatives = g_ptr_array_new ();
  g_autoptr(GPtrArray) meeting_articles = g_ptr_array_new ();
  g_autoptr(GPtrArray) initiative_articles = g_ptr_array_new ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = NULL;
  g_autofree char *saved = NULL;
  JsonObject *root;
  JsonArray *articles;

  for (guint a = 0; a < imports->len; a++)
    {
      AccordImport *import = imports->pdata[a];
      GPtrArray *m = accord_import_get_meetings (import);
      GPtrArray *i = accord_import_get_initiatives (import);

      for (guint k = 0; k < m->len; k++)
        {
          g_ptr_array_add (meetings, m->pdata[k]);
          g_ptr_array_add (meeting_articles, GUINT_TO_POINTER (a));
        }
      for (guint k = 0; k < i->len; k++)
        {
          g_ptr_array_add (initiatives, i->pdata[k]);
          g_ptr_array_add (initiative_articles, GUINT_TO_POINTER (a));
        }
    }
  accord_document_load (document, meetings, initiatives);
  saved = accord_json_save_data (document, NULL);
  if (!json_parser_load_from_data (parser, saved, -1, NULL))
    g_assert_not_reached ();
  root = json_node_get_object (json_parser_get_root (parser));

  articles = json_array_new ();
  for (guint a = 0; a < imports->len; a++)
    {
      AccordImport *import = imports->pdata[a];
      JsonObject *article = json_object_new ();
      GDate reference;

      json_object_set_string_member (article, "name", names != NULL ? names[a] : "");
      json_object_set_string_member (article, "text", accord_import_get_text (import));
      if (accord_import_get_reference (import, &reference))
        {
          g_autofree char *iso = accord_date_to_iso (&reference);

          json_object_set_string_member (article, "reference", iso);
        }
      else
        json_object_set_string_member (article, "reference", "");
      json_object_set_string_member (article, "reference_from",
                                     reference_origin_nick (accord_import_get_reference_origin (import)));
      json_array_add_object_element (articles, article);
    }
  json_object_set_array_member (root, "articles", articles);

  add_imported (root, "meetings", imports, meetings, meeting_articles);
  add_imported (root, "initiatives", imports, initiatives, initiative_articles);

  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, json_parser_get_root (parser));
  {
    g_autofree char *text = json_generator_to_data (generator, length);
    char *with_newline = g_strconcat (text, "\n", NULL);

    if (length != NULL)
      (*length)++;
    return with_newline;
  }
}
