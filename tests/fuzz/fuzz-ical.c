/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <stdint.h>
#include <string.h>

#include "accord-ical.h"

/* libFuzzer's entry points. */
int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* accord_ical_load_data() on any bytes, with a range so that repeating events expand: what
 * loads exports to valid UTF-8 that loads again, to records that export to the same text
 * (but for DTSTAMP, the time of the export). */

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_always_fatal (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

static char *
without_stamps (const char *ical)
{
  g_auto(GStrv) lines = g_strsplit (ical, "\r\n", -1);
  GString *kept = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    if (!g_str_has_prefix (lines[i], "DTSTAMP:"))
      g_string_append_printf (kept, "%s\n", lines[i]);

  return g_string_free (kept, FALSE);
}

static char *
export_records (GPtrArray *meetings,
                GPtrArray *initiatives)
{
  g_autoptr(AccordDocument) document = accord_document_new ();

  accord_document_load (document, meetings, initiatives);
  return accord_ical_save_data (accord_document_get_meetings (document),
                                accord_document_get_initiatives (document), NULL, NULL);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GDate) from = g_date_new_dmy (1, G_DATE_JANUARY, 2020);
  g_autoptr(GDate) to = g_date_new_dmy (31, G_DATE_DECEMBER, 2025);
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GPtrArray) initiatives = NULL;
  g_autoptr(GPtrArray) meetings_again = NULL;
  g_autoptr(GPtrArray) initiatives_again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *first_text = NULL;
  g_autofree char *second_text = NULL;

  if (!accord_ical_load_data ((const char *) data, size, from, to, &meetings, &initiatives,
                              &error))
    {
      g_assert (error != NULL && g_utf8_validate (error->message, -1, NULL));
      return 0;
    }

  first = export_records (meetings, initiatives);
  g_assert (g_utf8_validate (first, -1, NULL));
  g_assert (accord_ical_load_data (first, -1, from, to, &meetings_again, &initiatives_again,
                                   &error));
  g_assert (error == NULL);
  second = export_records (meetings_again, initiatives_again);

  first_text = without_stamps (first);
  second_text = without_stamps (second);
  g_assert (strcmp (first_text, second_text) == 0);

  return 0;
}
