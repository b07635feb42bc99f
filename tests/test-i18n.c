/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

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

static void
test_vietnamese (void)
{
  check_language ("vi", "vi_VN.UTF-8", "Đổi tên cuộc họp", "29 tháng 1 năm 2024");
}

static void
test_lao (void)
{
  check_language ("lo", "lo_LA.UTF-8", "ປ່ຽນຊື່ກອງປະຊຸມ", "29 ມັງກອນ 2024");
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

  g_test_add_func ("/i18n/vietnamese", test_vietnamese);
  g_test_add_func ("/i18n/lao", test_lao);

  return g_test_run ();
}
