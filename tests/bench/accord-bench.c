/* SPDX-License-Identifier: GPL-3.0-or-later */

/* accord-bench: prints one figure a line, "<metric> n=<N> <value> <unit>".
 *
 *   accord-bench [--quick]            (--quick stops at n=10000)
 *   accord-bench --search N           only the search figures, for N initiatives
 *   accord-bench --autosave N         only the autosave figures, for N initiatives
 *   accord-bench --library N          only the library figures, for N initiatives
 *   accord-bench --write N FILE       writes the synthetic document of N initiatives, to
 *                                     profile a load with other tools
 *
 * Documents are synthetic and deterministic (a fixed seed): N initiatives and N/5 meetings
 * with text of realistic length, periods of every precision, participants, sources and
 * attributes. Times are the median of repeated runs. The search figures are for N
 * initiatives and N/5 meetings together. */

#include "config.h"

#include <locale.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gstdio.h>

#include <json-glib/json-glib.h>

#include "accord-bench-data.h"
#include "accord-json-file.h"
#include "accord-json.h"
#include "accord-library.h"
#include "accord-search-index.h"
#include "accord-session.h"

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *samples)
{
  g_array_sort (samples, compare_doubles);
  return g_array_index (samples, double, samples->len / 2);
}

static void
report (const char *metric,
        guint       n,
        double      value,
        const char *unit)
{
  g_print ("%s n=%u %.2f %s\n", metric, n, value, unit);
}

/* Parsing and then dropping the tree, as a load does: the tree is of no use kept. */
static double
time_json_parse (const char *data,
                 gsize       length)
{
  JsonParser *parser = json_parser_new_immutable ();
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  if (!json_parser_load_from_data (parser, data, length, &error))
    g_error ("json-glib: %s", error->message);
  g_object_unref (parser);

  return (g_get_monotonic_time () - start) / 1000.0;
}

/* The document is freed outside the timing: it is what a load is for. */
static double
time_load (const char *data,
           gsize       length)
{
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  double elapsed;

  if (!accord_json_load_data (document, data, length, &error))
    g_error ("load: %s", error->message);
  elapsed = (g_get_monotonic_time () - start) / 1000.0;

  return elapsed;
}

static double
time_save (AccordDocument *document,
           GFile          *file)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  if (!accord_json_file_save (document, file, NULL, &error))
    g_error ("save: %s", error->message);

  return (g_get_monotonic_time () - start) / 1000.0;
}

/* Peak resident memory of a fresh process that loads @path: the whole cost of opening a
 * document of that size, runtime included. */
static double
peak_rss_of_load (const char *self_path,
                  const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  int status;
  const char *argv[] = { self_path, "--rss-child", path, NULL };

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                     &output, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("rss child: %s", error->message);

  return g_ascii_strtod (output, NULL);
}

static int
rss_child (const char *path)
{
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *status = NULL;
  const char *line;

  if (!accord_json_file_load (document, file, NULL, &error))
    g_error ("load: %s", error->message);

  g_file_get_contents ("/proc/self/status", &status, NULL, &error);
  g_assert_no_error (error);
  line = strstr (status, "VmHWM:");
  g_assert (line != NULL);
  g_print ("%.2f\n", g_ascii_strtod (line + strlen ("VmHWM:"), NULL) / 1024.0);

  return 0;
}

static void
on_library_loaded (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

/* Opens the library in @dir as the app does: a thread reads it, the main loop runs. */
static AccordDocument *
open_library (const char     *dir,
              AccordLibrary **library_out)
{
  g_autoptr(GFile) file = g_file_new_build_filename (dir, "library.db", NULL);
  g_autoptr(AccordLibrary) library = accord_library_new (file, NULL);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  AccordDocument *document;

  accord_store_load_async (ACCORD_STORE (library), NULL, on_library_loaded, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  document = accord_store_load_finish (ACCORD_STORE (library), result, &error);
  if (document == NULL)
    g_error ("library: %s", error->message);

  *library_out = g_steal_pointer (&library);
  return document;
}

static int
library_rss_child (const char *dir)
{
  g_autoptr(AccordLibrary) library = NULL;
  g_autoptr(AccordDocument) document = open_library (dir, &library);
  g_autofree char *status = NULL;
  const char *line;

  g_file_get_contents ("/proc/self/status", &status, NULL, NULL);
  line = strstr (status, "VmHWM:");
  g_assert (line != NULL);
  g_print ("%.2f\n", g_ascii_strtod (line + strlen ("VmHWM:"), NULL) / 1024.0);

  return 0;
}

static void
on_committed (AccordStore *store,
              guint64      change,
              guint64     *committed)
{
  *committed = change;
}

/* The library of @n initiatives: made by a first run from a 0.1 library.json (not timed),
 * then opened (library.open_ms: start → every record in the document), and edited
 * (library.commit_ms: a title edit → its transaction committed; .main_thread_ms: the part
 * of it on the main thread). First rows are shown when the document is there: the library
 * does not stream rows yet, so library.first_rows_ms is the same time. */
static void
bench_library (const char *self_path,
               GFile      *json_file,
               guint       n,
               guint       repeats)
{
  g_autofree char *dir = g_dir_make_tmp ("accord-bench-library-XXXXXX", NULL);
  g_autofree char *legacy = g_build_filename (dir, "library.json", NULL);
  g_autoptr(GArray) open = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) commit = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) blocked = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GFile) legacy_file = g_file_new_for_path (legacy);
  g_autoptr(GError) error = NULL;
  const char *names[] = { "library.db", "library.db-wal", "library.db-shm",
                          "library.json.imported" };

  if (!g_file_copy (json_file, legacy_file, G_FILE_COPY_NONE, NULL, NULL, NULL, &error))
    g_error ("copy: %s", error->message);
  {
    g_autoptr(AccordLibrary) library = NULL;
    g_autoptr(AccordDocument) document = open_library (dir, &library);
  }

  for (guint i = 0; i < repeats; i++)
    {
      g_autoptr(AccordLibrary) library = NULL;
      g_autoptr(AccordDocument) document = NULL;
      gint64 start = g_get_monotonic_time ();
      double t;

      document = open_library (dir, &library);
      t = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (open, t);

      if (i == 0)
        {
          guint64 committed = 0;

          g_signal_connect (library, "committed", G_CALLBACK (on_committed), &committed);
          for (guint j = 0; j < 21; j++)
            {
              g_autoptr(AccordRecord) record =
                g_list_model_get_item (accord_document_get_initiatives (document), j);
              g_autofree char *title = g_strdup_printf ("Library edit %u", j);
              gint64 edit_start = g_get_monotonic_time ();

              accord_document_set_string (document, G_OBJECT (record), "title", title);
              t = (g_get_monotonic_time () - edit_start) / 1000.0;
              g_array_append_val (blocked, t);
              while (committed < j + 1)
                g_main_context_iteration (NULL, TRUE);
              t = (g_get_monotonic_time () - edit_start) / 1000.0;
              g_array_append_val (commit, t);
            }
          g_signal_handlers_disconnect_by_data (library, &committed);
        }
    }

  report ("library.open_ms", n, median (open), "ms");
  report ("library.first_rows_ms", n, median (open), "ms");
  report ("library.commit_ms", n, median (commit), "ms");
  report ("library.commit_main_thread_ms", n, median (blocked), "ms");
  {
    const char *argv[] = { self_path, "--library-rss-child", dir, NULL };
    g_autofree char *output = NULL;
    int status;

    if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &output, NULL,
                       &status, &error) ||
        !g_spawn_check_wait_status (status, &error))
      g_error ("rss child: %s", error->message);
    report ("library.peak_rss_mb", n, g_ascii_strtod (output, NULL), "MiB");
  }

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

static void
count_save (AccordSession *session,
            GFile         *file,
            guint         *n_saves)
{
  (*n_saves)++;
}

/* The main thread's part of one autosave of the library: the session snapshots the document
 * (the texts of the records that changed) and hands the writing to another thread. */
static void
bench_autosave (GFile *file,
                guint  n,
                guint  repeats)
{
  g_autoptr(AccordSession) session = accord_session_new ();
  g_autoptr(GArray) blocked = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) written = g_array_new (FALSE, FALSE, sizeof (double));
  AccordDocument *document;
  guint n_saves = 0;

  accord_session_open_library (session, file, NULL);
  while (accord_session_get_state (session) == ACCORD_SESSION_LOADING)
    g_main_context_iteration (NULL, TRUE);
  if (accord_session_get_state (session) != ACCORD_SESSION_READY)
    g_error ("session: %s", accord_session_get_error (session)->message);

  document = accord_session_get_document (session);
  accord_session_set_autosave_delay (session, 3600 * 1000);
  g_signal_connect (session, "saved", G_CALLBACK (count_save), &n_saves);

  for (guint i = 0; i < repeats; i++)
    {
      g_autoptr(AccordRecord) record =
        g_list_model_get_item (accord_document_get_initiatives (document), i);
      g_autofree char *title = g_strdup_printf ("Edited %u", i);
      gint64 start;
      double t;

      accord_document_set_string (document, G_OBJECT (record), "title", title);
      start = g_get_monotonic_time ();
      accord_session_save_async (session, NULL, NULL, NULL, NULL);
      t = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (blocked, t);

      while (n_saves <= i)
        g_main_context_iteration (NULL, TRUE);
      t = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (written, t);
    }

  report ("autosave.main_thread_ms", n, median (blocked), "ms");
  report ("autosave.written_ms", n, median (written), "ms");
  g_signal_handlers_disconnect_by_data (session, &n_saves);
}

static void
bench_document (const char *self_path,
                guint       n,
                guint       repeats)
{
  g_autoptr(AccordDocument) document = synthetic_document (n);
  g_autoptr(GArray) parse = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) load = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) save = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *dir = g_dir_make_tmp ("accord-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bench.json", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *data = NULL;
  gsize length;

  data = accord_json_save_data (document, &length);
  report ("document.size_mb", n, length / (1024.0 * 1024.0), "MiB");

  /* Alternate the two so that neither gets a warmer cache than the other. */
  for (guint i = 0; i < repeats; i++)
    {
      double t = time_json_parse (data, length);
      g_array_append_val (parse, t);
      t = time_load (data, length);
      g_array_append_val (load, t);
      t = time_save (document, file);
      g_array_append_val (save, t);
    }

  report ("json_parse_only.ms", n, median (parse), "ms");
  report ("load.ms", n, median (load), "ms");
  report ("load_vs_parse.ratio", n, median (load) / median (parse), "x");
  report ("save.ms", n, median (save), "ms");
  report ("load.peak_rss_mb", n, peak_rss_of_load (self_path, path), "MiB");
  bench_autosave (file, n, repeats);
  bench_library (self_path, file, n, repeats);

  g_unlink (path);
  g_unlink (backup);
  g_rmdir (dir);
}

/* Every record of @document, meetings first. */
static GPtrArray *
list_records (AccordDocument *document)
{
  GListModel *lists[] = {
    accord_document_get_meetings (document), accord_document_get_initiatives (document),
  };
  GPtrArray *records = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      guint n = g_list_model_get_n_items (lists[i]);

      for (guint j = 0; j < n; j++)
        g_ptr_array_add (records, g_list_model_get_item (lists[i], j));
    }

  return records;
}

/* Heap in use, mapped blocks included. */
static double
heap_mb (void)
{
  struct mallinfo2 info = mallinfo2 ();

  return (info.uordblks + info.hblkhd) / (1024.0 * 1024.0);
}

/* Times @query (folded) over @records; the records it matches go to @matched. */
static double
time_keystroke (AccordSearchIndex *index,
                GPtrArray         *records,
                const char        *query,
                GPtrArray         *matched)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(AccordSearchQuery) search = accord_search_query_new (query);
  double elapsed;

  g_ptr_array_set_size (matched, 0);
  for (guint j = 0; j < records->len; j++)
    {
      if (j + 16 < records->len)
        accord_search_index_prefetch (index, records->pdata[j + 16]);
      if (accord_search_index_matches (index, search, records->pdata[j]))
        g_ptr_array_add (matched, records->pdata[j]);
    }
  elapsed = (g_get_monotonic_time () - start) / 1000.0;
  g_assert (matched->len > 0);

  return elapsed;
}

/* The first search folds every record into a cached haystack (search.haystack_build_ms); then
 * search.match_ms matches a one-letter query ("a", which every record has) against every record
 * in the order they were made, and search.match_next_ms "as" against those that matched. The
 * keystroke as the lists filter it, in sorted order, is accord-ui-bench's
 * search.keystroke_ms. */
static void
bench_search (guint n,
              guint n_builds,
              guint repeats)
{
  g_autoptr(GArray) build = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) keystroke = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) next_keystroke = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GPtrArray) matched = g_ptr_array_new ();
  g_autoptr(GPtrArray) matched_next = g_ptr_array_new ();
  double heap = 0;

  /* Each build needs records that were never searched. */
  for (guint i = 0; i < n_builds; i++)
    {
      g_autoptr(AccordDocument) document = synthetic_document (n);
      g_autoptr(GPtrArray) records = list_records (document);
      g_autoptr(AccordSearchIndex) index = accord_search_index_new (document);
      double heap_before = heap_mb ();
      gint64 start = g_get_monotonic_time ();
      double t;

      for (guint j = 0; j < records->len; j++)
        g_free (accord_search_index_dup_haystack (index, records->pdata[j]));
      t = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (build, t);
      heap = heap_mb () - heap_before;

      if (i > 0)
        continue;

      for (guint r = 0; r < repeats; r++)
        {
          t = time_keystroke (index, records, "a", matched);
          g_array_append_val (keystroke, t);
          t = time_keystroke (index, matched, "as", matched_next);
          g_array_append_val (next_keystroke, t);
        }
    }

  report ("search.haystack_build_ms", n, median (build), "ms");
  report ("search.haystack_heap_mb", n, heap, "MiB");
  report ("search.match_ms", n, median (keystroke), "ms");
  report ("search.match_next_ms", n, median (next_keystroke), "ms");
}

int
main (int   argc,
      char *argv[])
{
  gboolean quick = FALSE;
  const guint sizes[] = { 1000, 10000, 100000 };

  setlocale (LC_ALL, "");

  if (argc == 3 && g_str_equal (argv[1], "--rss-child"))
    return rss_child (argv[2]);
  if (argc == 3 && g_str_equal (argv[1], "--library-rss-child"))
    return library_rss_child (argv[2]);
  if (argc == 2 && g_str_equal (argv[1], "--quick"))
    quick = TRUE;
  if (argc == 3 && g_str_equal (argv[1], "--search"))
    {
      bench_search (atoi (argv[2]), 3, 21);
      return 0;
    }
  if (argc == 3 && (g_str_equal (argv[1], "--autosave") || g_str_equal (argv[1], "--library")))
    {
      guint n = atoi (argv[2]);
      g_autoptr(AccordDocument) document = synthetic_document (n);
      g_autofree char *dir = g_dir_make_tmp ("accord-bench-XXXXXX", NULL);
      g_autofree char *path = g_build_filename (dir, "bench.json", NULL);
      g_autofree char *backup = g_strconcat (path, "~", NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;

      if (!accord_json_file_save (document, file, NULL, &error))
        g_error ("%s", error->message);
      if (g_str_equal (argv[1], "--autosave"))
        bench_autosave (file, n, 5);
      else
        bench_library (argv[0], file, n, 5);
      g_unlink (path);
      g_unlink (backup);
      g_rmdir (dir);
      return 0;
    }
  if (argc == 4 && g_str_equal (argv[1], "--write"))
    {
      g_autoptr(AccordDocument) document = synthetic_document (atoi (argv[2]));
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[3]);
      g_autoptr(GError) error = NULL;

      if (!accord_json_file_save (document, file, NULL, &error))
        g_error ("%s", error->message);
      return 0;
    }

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      if (quick && sizes[i] > 10000)
        break;
      bench_document (argv[0], sizes[i], sizes[i] >= 100000 ? 5 : 11);
      bench_search (sizes[i], sizes[i] >= 100000 ? 3 : 5, 21);
    }

  return 0;
}
