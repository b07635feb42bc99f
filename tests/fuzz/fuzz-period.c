/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <stdint.h>
#include <string.h>

#include "accord-period.h"

/* libFuzzer's entry points. */
int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* accord_period_parse() on any text, without and with a reference date, and what
 * accord_period_find() finds in it as prose: parsing always returns a
 * period that keeps valid text as written; an error means an unknown period; a known one has
 * usable dates in order, is the same period accord_period_new() makes of them, and formats to
 * valid UTF-8. */

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_always_fatal (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

static void
check_parse (const char  *text,
             const GDate *reference)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordPeriod) period = accord_period_parse (text, reference, &error);
  g_autofree char *dates = NULL;
  g_autofree char *short_text = NULL;
  GDate start, end;

  g_assert (period != NULL);
  if (g_utf8_validate (text, -1, NULL))
    g_assert (strcmp (accord_period_get_text (period), text) == 0);
  g_assert (g_utf8_validate (accord_period_get_text (period), -1, NULL));

  short_text = accord_period_format_short (period);
  g_assert (g_utf8_validate (short_text, -1, NULL));

  if (!accord_period_is_known (period))
    {
      g_assert (accord_period_get_precision (period) == ACCORD_PRECISION_UNKNOWN);
      g_assert (accord_period_get_start_julian (period) == 0);
      return;
    }

  g_assert (error == NULL);
  g_assert (accord_period_get_start (period, &start));
  g_assert (accord_period_get_end (period, &end));
  g_assert (g_date_valid (&start) && g_date_valid (&end));
  g_assert (g_date_compare (&start, &end) <= 0);
  g_assert (accord_period_get_start_julian (period) <= accord_period_get_end_julian (period));

  {
    g_autoptr(AccordPeriod) again = accord_period_new (accord_period_get_text (period),
                                                       accord_period_get_precision (period),
                                                       &start, &end);

    g_assert (accord_period_equal (period, again));
  }

  dates = accord_period_format_dates (period);
  g_assert (dates != NULL && g_utf8_validate (dates, -1, NULL));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  GDate reference;

  g_date_clear (&reference, 1);
  g_date_set_dmy (&reference, 15, G_DATE_JUNE, 2024);

  check_parse (text, NULL);
  check_parse (text, &reference);

  if (g_utf8_validate (text, -1, NULL))
    {
      gsize start = 0, end = 0;
      g_autoptr(AccordPeriod) relative = NULL;
      g_autoptr(AccordPeriod) found = NULL;

      relative = accord_period_parse_full (text, &reference, ACCORD_PERIOD_PARSE_RELATIVE |
                                                             ACCORD_PERIOD_PARSE_PREFER_PAST,
                                           NULL);
      g_assert (relative != NULL);

      /* What is found in prose is the text between its offsets, and a known period. */
      found = accord_period_find (text, &reference, ACCORD_PERIOD_PARSE_RELATIVE, &start, &end);
      if (found != NULL)
        {
          g_assert (start < end && end <= strlen (text));
          g_assert (strncmp (accord_period_get_text (found), text + start, end - start) == 0);
          g_assert (accord_period_is_known (found));
        }
    }

  return 0;
}
