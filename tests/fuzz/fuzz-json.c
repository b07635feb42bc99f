/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <stdint.h>
#include <string.h>

#include "accord-json.h"

/* libFuzzer's entry points. */
int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* Any input either fails with an Accord error whose message is valid UTF-8, or loads; what
 * loads saves to valid UTF-8 that loads again, without an error, to a document that saves to
 * the same bytes (load → save → load → save). */

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* A critical or warning is a bug the fuzzer found: abort, so it is reported. */
  g_log_set_always_fatal (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

static void
assert_valid_utf8 (const char *text,
                   gssize      length)
{
  if (!g_utf8_validate_len (text, length >= 0 ? (gsize) length : strlen (text), NULL))
    g_error ("not valid UTF-8: %s", text);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(AccordDocument) reloaded = accord_document_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) warnings = NULL;
  g_auto(GStrv) warnings_again = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *saved_again = NULL;
  gsize saved_length, saved_again_length;

  if (!accord_json_load_data_full (document, (const char *) data, (gssize) size, &warnings,
                                   &error))
    {
      g_assert (error->domain == ACCORD_JSON_ERROR);
      assert_valid_utf8 (error->message, -1);
      return 0;
    }
  for (guint i = 0; warnings != NULL && warnings[i] != NULL; i++)
    assert_valid_utf8 (warnings[i], -1);

  saved = accord_json_save_data (document, &saved_length);
  assert_valid_utf8 (saved, (gssize) saved_length);

  if (!accord_json_load_data_full (reloaded, saved, (gssize) saved_length, &warnings_again,
                                   &error))
    g_error ("what was saved does not load: %s\n%s", error->message, saved);

  saved_again = accord_json_save_data (reloaded, &saved_again_length);
  if (saved_length != saved_again_length || memcmp (saved, saved_again, saved_length) != 0)
    g_error ("saved twice, not the same:\n%s\n----\n%s", saved, saved_again);

  return 0;
}
