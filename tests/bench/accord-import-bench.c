/* SPDX-License-Identifier: GPL-3.0-or-later */

/* accord-import-bench: how long drafting records from a 200 KB news page takes, as
 * "import.ms n=<bytes> <ms> ms" (the median of repeated runs).
 *
 * The page is synthetic and deterministic: HTML with navigation, a cookie banner, scripts,
 * share buttons, and an article of varied paragraphs (datelines, people written in several
 * ways, meetings, dates with and without a year, run-in lists, captions and tables) until it
 * is 200 KB.
 *
 *   accord-import-bench --quality DIR…
 *
 * prints, instead, precision and recall per field (meetings, participants, dates,
 * initiatives) of the articles in each DIR against the .expected files beside them
 * (tests/import/prose, tests/import/heldout), as "import.<field>.precision n=<drafted> …". */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "accord-import.h"
#include "import/import-quality.h"

#define PAGE_BYTES (200 * 1024)
#define RUNS 9

static const char * const paragraphs[] = {
  "<p>VIENTIANE, March @D@ (Agency) — Lao Deputy Prime Minister and Foreign Minister "
  "Saleumxay Kommasith met his Vietnamese counterpart Bui Thanh Son on Tuesday, ahead of the "
  "@N@th ASEAN Foreign Ministers' Meeting (AMM @N@) in Vientiane.</p>",
  "<p>Indonesian Foreign Minister Retno Marsudi, Malaysia's Foreign Minister Dato' Sri "
  "Mohamad Hasan and H.E. Ms. Maria Santos, Secretary of Foreign Affairs of the Philippines, "
  "held talks on the sidelines on @D@ June.</p>",
  "<p>The ministers adopted a work plan for 2025-2027 and agreed to hold the @N@th Joint "
  "Commission Meeting in Hanoi from 15th – 16th March @Y@, including: a trade corridor; a "
  "customs programme; and a digital forum.</p>",
  "<figure><img src=x.jpg><figcaption>Ministers at the talks | Photo: Agency | @D@</figcaption></figure>",
  "<table><tr><th>Initiative</th><th>Lead</th><th>Timeline</th></tr>"
  "<tr><td>River Basin Plan @N@</td><td>Lao PDR</td><td>Q@Q@ 2025</td></tr>"
  "<tr><td>Green Corridor</td><td>Việt Nam</td><td>2024 – 2026</td></tr></table>",
  "<p>Speaking to reporters, Ambassador Vũ Hồ, head of the Vietnamese delegation, said the "
  "meeting, held online on @D@ May, would be followed by a summit early next year and a "
  "review in the third quarter of @Y@.</p>",
};

static char *
make_page (void)
{
  GString *page = g_string_new ("<!DOCTYPE html><html><head><title>Ministry | News</title>"
                                "<script>window.x = 1;</script><style>p { margin: 0 }</style>"
                                "</head><body><nav><a href=/>Home</a><a href=/news>News</a></nav>"
                                "<div class=cookie-banner>We use cookies <button>Accept</button></div>"
                                "<article><h1>Ministers meet in Vientiane</h1>"
                                "<p>Published 5 September 2024</p>");
  guint i = 0;

  while (page->len < PAGE_BYTES - 200)
    {
      GString *paragraph = g_string_new (paragraphs[i % G_N_ELEMENTS (paragraphs)]);
      g_autofree char *day = g_strdup_printf ("%u", 1 + i % 28);
      g_autofree char *number = g_strdup_printf ("%u", 40 + i % 20);
      g_autofree char *year = g_strdup_printf ("%u", 2020 + i % 8);
      g_autofree char *quarter = g_strdup_printf ("%u", 1 + i % 4);

      g_string_replace (paragraph, "@D@", day, 0);
      g_string_replace (paragraph, "@N@", number, 0);
      g_string_replace (paragraph, "@Y@", year, 0);
      g_string_replace (paragraph, "@Q@", quarter, 0);
      g_string_append (page, paragraph->str);
      g_string_free (paragraph, TRUE);
      i++;
    }
  g_string_append (page, "</article><div class=share>Share | Print</div>"
                         "<footer>© Ministry</footer></body></html>");
  return g_string_free (page, FALSE);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *page = NULL;
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
  gsize length;
  guint meetings = 0;

  setlocale (LC_ALL, "");
  if (argc > 2 && g_str_equal (argv[1], "--quality"))
    {
      Quality quality = { { 0 } };

      for (int i = 2; i < argc; i++)
        quality_add_folder (&quality, argv[i], TRUE);
      for (guint f = 0; f < N_QUALITY_FIELDS; f++)
        {
          g_print ("import.%s.precision n=%u %.2f ratio\n", quality_field_names[f],
                   quality.drafted[f], quality_precision (&quality, f));
          g_print ("import.%s.recall n=%u %.2f ratio\n", quality_field_names[f],
                   quality.expected[f], quality_recall (&quality, f));
        }
      return 0;
    }
  page = make_page ();
  length = strlen (page);

  for (guint run = 0; run < RUNS; run++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(AccordImport) import = accord_import_new (page, length, ACCORD_IMPORT_FORMAT_HTML, NULL);
      double ms = (g_get_monotonic_time () - start) / 1000.0;

      g_array_append_val (samples, ms);
      meetings = accord_import_get_meetings (import)->len;
    }
  g_array_sort (samples, compare_doubles);
  g_print ("import.ms n=%" G_GSIZE_FORMAT " %.2f ms\n", length,
           g_array_index (samples, double, samples->len / 2));
  g_printerr ("(%u meetings drafted)\n", meetings);
  return 0;
}
