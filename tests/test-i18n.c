/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

#include "accord-period.h"

/* The catalogs the build compiled (ACCORD_LOCALEDIR, as "meson devenv" sets it) are found
 * and used: messages and dates come out in Vietnamese and Lao. */

static void
use_language (const char *language,
              const char *locale)
{
  g_setenv ("LANGUAGE", language, TRUE);
  if (setlocale (LC_ALL, locale) == NULL)
    g_error ("The locale %s is missing: generate it with localedef", locale);
}

static void
check_language (const char *language,
                const char *locale,
                const char *undo_label,
                const char *day)
{
  g_autoptr(AccordPeriod) period = accord_period_parse ("29 January 2024", NULL, NULL);
  g_autofree char *dates = NULL;

  use_language (language, locale);
  g_assert_cmpstr (_("Rename Meeting"), ==, undo_label);
  dates = accord_period_format_dates (period);
  g_assert_cmpstr (dates, ==, day);
}

/* What the app shows of a period of each precision, in the language in use, reads back as the
 * same days, and the short form (which names quarters and halves) as the same precision. */
static void
check_round_trip (const char *language)
{
  static const struct
  {
    AccordPrecision precision;
    const char *first;
    const char *last;
  } spans[] = {
    { ACCORD_PRECISION_DAY, "2024-01-29", "2024-01-29" },
    { ACCORD_PRECISION_DAY, "2023-11-21", "2023-11-23" },
    { ACCORD_PRECISION_DAY, "2024-07-01", "2024-10-15" },
    { ACCORD_PRECISION_DAY, "2023-12-30", "2024-01-02" },
    { ACCORD_PRECISION_MONTH, "2024-04-01", "2024-04-30" },
    { ACCORD_PRECISION_MONTH, "2024-01-01", "2024-03-31" },
    { ACCORD_PRECISION_MONTH, "2023-12-01", "2024-02-29" },
    { ACCORD_PRECISION_QUARTER, "2024-07-01", "2024-09-30" },
    { ACCORD_PRECISION_QUARTER, "2024-01-01", "2024-09-30" },
    { ACCORD_PRECISION_QUARTER, "2023-10-01", "2024-03-31" },
    { ACCORD_PRECISION_HALF_YEAR, "2024-07-01", "2024-12-31" },
    { ACCORD_PRECISION_HALF_YEAR, "2024-01-01", "2024-12-31" },
    { ACCORD_PRECISION_HALF_YEAR, "2023-07-01", "2024-06-30" },
    { ACCORD_PRECISION_YEAR, "2024-01-01", "2024-12-31" },
    { ACCORD_PRECISION_YEARS, "2024-01-01", "2026-12-31" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (spans); i++)
    {
      g_autoptr(AccordPeriod) period = NULL;
      g_autofree char *dates = NULL;
      g_autofree char *short_text = NULL;
      const char *texts[2];
      GDate first, last;

      g_assert_true (accord_date_from_iso (spans[i].first, &first));
      g_assert_true (accord_date_from_iso (spans[i].last, &last));
      period = accord_period_new ("", spans[i].precision, &first, &last);
      texts[0] = dates = accord_period_format_dates (period);
      texts[1] = short_text = accord_period_format_short (period);

      for (guint j = 0; j < G_N_ELEMENTS (texts); j++)
        {
          g_autoptr(AccordPeriod) read = NULL;
          g_autoptr(GError) error = NULL;
          g_autofree char *with_space = g_strconcat (texts[j], " ", NULL);

          g_test_message ("%s: %s", language, texts[j]);
          read = accord_period_parse (with_space, NULL, &error);
          g_assert_no_error (error);
          g_assert_cmpuint (accord_period_get_start_julian (read), ==,
                            accord_period_get_start_julian (period));
          g_assert_cmpuint (accord_period_get_end_julian (read), ==,
                            accord_period_get_end_julian (period));
          /* The text is kept as typed, trailing space and all. */
          g_assert_cmpstr (accord_period_get_text (read), ==, with_space);
          if (j == 1 || spans[i].precision == ACCORD_PRECISION_DAY ||
              spans[i].precision == ACCORD_PRECISION_MONTH ||
              spans[i].precision >= ACCORD_PRECISION_YEAR)
            g_assert_cmpint (accord_period_get_precision (read), ==, spans[i].precision);
        }
    }
}

/* The hint for text not understood gives its examples in the language in use, and they are
 * forms the parser reads. */
static void
check_hint (const char *example)
{
  g_autoptr(AccordPeriod) period = NULL;
  g_autoptr(GError) error = NULL;

  period = accord_period_parse ("soon", NULL, &error);
  g_assert_error (error, ACCORD_PERIOD_ERROR, ACCORD_PERIOD_ERROR_UNRECOGNIZED);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, example));
}

static void
check_short (const char      *first_iso,
             const char      *last_iso,
             AccordPrecision  precision,
             const char      *expected)
{
  g_autoptr(AccordPeriod) period = NULL;
  g_autofree char *text = NULL;
  GDate first, last;

  g_assert_true (accord_date_from_iso (first_iso, &first));
  g_assert_true (accord_date_from_iso (last_iso, &last));
  period = accord_period_new ("", precision, &first, &last);
  text = accord_period_format_short (period);
  g_assert_cmpstr (text, ==, expected);
}

static void
test_english (void)
{
  use_language ("en", "en_US.UTF-8");
  check_round_trip ("en");
  check_hint ("“29 January 2024”");
}

static void
test_vietnamese (void)
{
  check_language ("vi", "vi_VN.UTF-8", "Đổi tên cuộc họp", "29 tháng 1 năm 2024");
  check_round_trip ("vi");
  check_hint ("“29 tháng 1 năm 2024”");

  /* One way to write a quarter, as the ruler does; halves and months as Vietnamese says them;
   * one word for each meaning. */
  check_short ("2024-07-01", "2024-09-30", ACCORD_PRECISION_QUARTER, "Quý III/2024");
  check_short ("2024-07-01", "2024-12-31", ACCORD_PRECISION_HALF_YEAR, "6 tháng cuối năm 2024");
  check_short ("2024-01-01", "2024-03-31", ACCORD_PRECISION_MONTH, "tháng 1 – tháng 3/2024");
  g_assert_cmpstr (accord_quarter_numeral (3), ==, "III");
  g_assert_cmpstr (_("Status"), ==, "Trạng thái");
  g_assert_cmpstr (C_("column", "Status"), ==, "Trạng thái");
  g_assert_cmpstr (_("Untitled"), ==, "Chưa có tên");
  g_assert_cmpstr (_("Title"), ==, "Tên");
  g_assert_cmpstr (_("Meetings.accord.json"), ==, "Cuộc họp.accord.json");
}

static void
test_lao (void)
{
  check_language ("lo", "lo_LA.UTF-8", "ປ່ຽນຊື່ກອງປະຊຸມ", "29 ມັງກອນ 2024");
  check_round_trip ("lo");
  check_hint ("“29 ມັງກອນ 2024”");
  check_short ("2024-07-01", "2024-12-31", ACCORD_PRECISION_HALF_YEAR, "ເຄິ່ງປີທີ 2/2024");
  check_short ("2024-07-01", "2024-09-30", ACCORD_PRECISION_QUARTER, "ໄຕມາດ 3/2024");
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("ACCORD_LOCALEDIR");

  g_test_init (&argc, &argv, NULL);
  g_assert_nonnull (localedir);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  g_test_add_func ("/i18n/english", test_english);
  g_test_add_func ("/i18n/vietnamese", test_vietnamese);
  g_test_add_func ("/i18n/lao", test_lao);

  return g_test_run ();
}
