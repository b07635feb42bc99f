/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <stdint.h>
#include <string.h>

#include "accord-csv.h"

/* libFuzzer's entry points. */
int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* accord_csv_table_parse() and accord_csv_read_records() on any bytes: errors are valid
 * UTF-8; the records that load export to a table that loads again, to records that export to
 * the same text. */

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_always_fatal (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

/* The records of @csv as @kind, exported again. */
static char *
read_and_write (const char    *csv,
                gsize          length,
                AccordCsvKind *kind)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordCsvTable) table = accord_csv_table_parse (csv, length, &error);
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GListStore) store = NULL;
  g_auto(GStrv) row_errors = NULL;
  g_autofree int *mapping = NULL;

  if (table == NULL)
    {
      g_assert (error != NULL && g_utf8_validate (error->message, -1, NULL));
      return NULL;
    }

  *kind = accord_csv_guess_kind (table);
  mapping = accord_csv_guess_mapping (table, *kind);
  records = accord_csv_read_records (table, *kind, mapping, &row_errors);
  for (guint i = 0; row_errors != NULL && row_errors[i] != NULL; i++)
    g_assert (g_utf8_validate (row_errors[i], -1, NULL));

  store = g_list_store_new (*kind == ACCORD_CSV_MEETINGS ? ACCORD_TYPE_MEETING
                                                         : ACCORD_TYPE_INITIATIVE);
  g_list_store_splice (store, 0, 0, records->pdata, records->len);

  return accord_csv_save_data (G_LIST_MODEL (store), *kind, NULL, NULL);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  AccordCsvKind kind, again;

  first = read_and_write ((const char *) data, size, &kind);
  if (first == NULL)
    return 0;

  g_assert (g_utf8_validate (first, -1, NULL));
  second = read_and_write (first, strlen (first), &again);
  g_assert (second != NULL);
  g_assert (again == kind);
  g_assert (strcmp (first, second) == 0);

  return 0;
}
