/* SPDX-License-Identifier: GPL-3.0-or-later */

/* accord-people-bench: building the people directory of a large document.
 *
 *   people.index_ms n=100000            the whole build, snapshot to result, for 100,000
 *                                       initiatives and 20,000 meetings of 5 participants
 *   people.index_main_thread_ms n=100000      the time of it on the main thread, in all (the
 *                                             snapshot, taken in slices)
 *   people.index_main_thread_max_ms n=100000  the longest the main thread is held at once
 *   people.index_cpu_ms n=100000              processor time of one build, all threads (a
 *                                             figure a busy machine changes less) 
 *
 * The participants are drawn from 4,000 people, one in ten written another way (without its
 * accents, or in capitals). Times are the median of 7 runs. */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <sys/resource.h>

#include "accord-bench-data.h"
#include "accord-directory.h"

#define N_INITIATIVES 100000
#define N_PEOPLE      4000
#define N_RUNS        7

static const char *syllables[] = {
  "Bùi", "Thanh", "Sơn", "Vũ", "Hồ", "Nguyễn", "Văn", "Lê", "Thị", "Hà", "Sa", "Leum",
  "Xay", "Kom", "Ma", "Sith", "Thong", "Phane", "Sa", "Van", "Phet", "Ma", "Lay", "Tan",
};

static char *
person_name (GRand *rand)
{
  GString *name = g_string_new (NULL);
  guint n_words = g_rand_int_range (rand, 2, 4);

  for (guint w = 0; w < n_words; w++)
    {
      guint n_syllables = g_rand_int_range (rand, 1, 3);

      if (w > 0)
        g_string_append_c (name, ' ');
      for (guint s = 0; s < n_syllables; s++)
        {
          const char *syllable = syllables[g_rand_int_range (rand, 0, G_N_ELEMENTS (syllables))];

          if (s == 0)
            g_string_append (name, syllable);
          else
            {
              g_autofree char *lower = g_utf8_strdown (syllable, -1);
              g_string_append (name, lower);
            }
        }
    }

  return g_string_free (name, FALSE);
}

static void
give_participants (AccordDocument *document)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20231122);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *countries[] = { "Việt Nam", "Lao PDR", "Laos", "Cambodia", "Thailand", "ASEAN" };
  GListModel *meetings = accord_document_get_meetings (document);
  guint n_meetings = g_list_model_get_n_items (meetings);

  for (guint i = 0; i < N_PEOPLE; i++)
    g_ptr_array_add (names, person_name (rand));

  for (guint i = 0; i < n_meetings; i++)
    {
      g_autoptr(AccordMeeting) meeting = g_list_model_get_item (meetings, i);
      GListStore *participants = G_LIST_STORE (accord_meeting_get_participants (meeting));

      g_list_store_remove_all (participants);
      for (guint p = 0; p < 5; p++)
        {
          guint who = g_rand_int_range (rand, 0, N_PEOPLE);
          const char *name = names->pdata[who];
          g_autofree char *variant = NULL;
          g_autoptr(AccordParticipant) participant = NULL;

          if (g_rand_int_range (rand, 0, 10) == 0)
            name = variant = g_utf8_strup (name, -1);
          participant = accord_participant_new (name, "Minister of Foreign Affairs",
                                                countries[who % G_N_ELEMENTS (countries)], "");
          g_list_store_append (participants, participant);
        }
    }
}

typedef struct
{
  gboolean  done;
  GPtrArray *people;
} Result;

static void
on_built (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  Result *out = user_data;
  g_autoptr(GError) error = NULL;

  if (!accord_directory_build_finish (result, &out->people, NULL, &error))
    g_error ("%s", error->message);
  out->done = TRUE;
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
  g_autoptr(AccordDocument) document = NULL;
  double total[N_RUNS], main_thread[N_RUNS], longest[N_RUNS];
  guint n_people = 0;
  struct rusage before_usage, after_usage;
  double cpu_ms;

  setlocale (LC_ALL, "");

  document = synthetic_document (N_INITIATIVES);
  give_participants (document);

  getrusage (RUSAGE_SELF, &before_usage);
  for (guint run = 0; run < N_RUNS; run++)
    {
      Result result = { FALSE, NULL };
      gint64 start = g_get_monotonic_time ();

      gint64 held;

      accord_directory_build_async (document, NULL, on_built, &result);
      held = g_get_monotonic_time () - start;
      main_thread[run] = held / 1000.0;
      longest[run] = held / 1000.0;
      /* Until the thread runs, each iteration dispatches a slice of the snapshot at once; the
       * last one waits for the thread, and is not the main thread's work. */
      while (!result.done)
        {
          gint64 before = g_get_monotonic_time ();

          g_main_context_iteration (NULL, TRUE);
          if (!result.done)
            {
              held = g_get_monotonic_time () - before;
              main_thread[run] += held / 1000.0;
              longest[run] = MAX (longest[run], held / 1000.0);
            }
        }
      total[run] = (g_get_monotonic_time () - start) / 1000.0;

      n_people = result.people->len;
      g_ptr_array_unref (result.people);
    }

  getrusage (RUSAGE_SELF, &after_usage);
  cpu_ms = ((after_usage.ru_utime.tv_sec - before_usage.ru_utime.tv_sec) * 1e3 +
            (after_usage.ru_utime.tv_usec - before_usage.ru_utime.tv_usec) / 1e3 +
            (after_usage.ru_stime.tv_sec - before_usage.ru_stime.tv_sec) * 1e3 +
            (after_usage.ru_stime.tv_usec - before_usage.ru_stime.tv_usec) / 1e3) / N_RUNS;

  qsort (total, N_RUNS, sizeof (double), compare_doubles);
  qsort (main_thread, N_RUNS, sizeof (double), compare_doubles);
  qsort (longest, N_RUNS, sizeof (double), compare_doubles);
  g_printerr ("# %u meetings, %u people\n",
              g_list_model_get_n_items (accord_document_get_meetings (document)), n_people);
  printf ("people.index_ms n=%u %.1f ms\n", N_INITIATIVES, total[N_RUNS / 2]);
  printf ("people.index_main_thread_ms n=%u %.1f ms\n", N_INITIATIVES, main_thread[N_RUNS / 2]);
  printf ("people.index_main_thread_max_ms n=%u %.1f ms\n", N_INITIATIVES, longest[N_RUNS / 2]);

  printf ("people.index_cpu_ms n=%u %.1f ms\n", N_INITIATIVES, cpu_ms);

  return 0;
}
