/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <stdint.h>
#include <string.h>

#include "accord-document.h"
#include "accord-import-json.h"
#include "accord-import.h"
#include "accord-json.h"

/* libFuzzer's entry points. */
int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* accord_import_new() on any bytes, read as each format: the cleaned text is valid UTF-8, every
 * span lies inside it and is not empty, every drafted string is valid UTF-8, and the drafts
 * written as a document load back with as many records. */

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_always_fatal (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

static void
check_records (AccordImport *import,
               GPtrArray    *records,
               glong         length)
{
  for (guint i = 0; i < records->len; i++)
    {
      AccordRecord *record = records->pdata[i];
      GArray *spans = accord_import_get_spans (import, record);

      g_assert (spans != NULL);
      g_assert (g_utf8_validate (accord_record_get_title (record), -1, NULL));
      g_assert (g_utf8_validate (accord_record_get_notes (record), -1, NULL));
      for (guint j = 0; j < spans->len; j++)
        {
          const AccordImportSpan *span = &g_array_index (spans, AccordImportSpan, j);

          g_assert (span->path != NULL);
          g_assert (span->start < span->end);
          g_assert (span->end <= (guint) length);
        }
    }
}

static void
check_import (const uint8_t      *data,
              size_t              size,
              AccordImportFormat  format,
              const GDate        *reference)
{
  g_autoptr(AccordImport) import = accord_import_new ((const char *) data, size, format, reference);
  g_autoptr(GPtrArray) imports = g_ptr_array_new ();
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  const char *text = accord_import_get_text (import);
  glong length;
  gsize json_length;

  g_assert (g_utf8_validate (text, -1, NULL));
  length = g_utf8_strlen (text, -1);
  check_records (import, accord_import_get_meetings (import), length);
  check_records (import, accord_import_get_initiatives (import), length);

  g_ptr_array_add (imports, import);
  json = accord_import_write_json (imports, NULL, &json_length);
  g_assert (accord_json_load_data (document, json, json_length, &error));
  g_assert (g_list_model_get_n_items (accord_document_get_meetings (document))
            == accord_import_get_meetings (import)->len);
  g_assert (g_list_model_get_n_items (accord_document_get_initiatives (document))
            == accord_import_get_initiatives (import)->len);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  GDate reference;

  g_date_clear (&reference, 1);
  g_date_set_dmy (&reference, 15, G_DATE_JUNE, 2024);

  check_import (data, size, ACCORD_IMPORT_FORMAT_TEXT, NULL);
  check_import (data, size, ACCORD_IMPORT_FORMAT_MARKDOWN, &reference);
  check_import (data, size, ACCORD_IMPORT_FORMAT_HTML, NULL);
  return 0;
}
