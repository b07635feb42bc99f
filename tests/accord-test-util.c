/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "accord-initiative.h"
#include "accord-json.h"
#include "accord-meeting.h"
#include "accord-test-util.h"

void
accord_test_wait_for (AccordTestCondition condition,
                      gpointer            data)
{
  while (!condition (data))
    g_main_context_iteration (NULL, TRUE);
}

void
accord_test_drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

#ifdef ACCORD_TEST_UTIL_GTK
static gboolean
count_frame (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       data)
{
  (*(guint *) data)++;
  return G_SOURCE_CONTINUE;
}

void
accord_test_wait_frames (GtkWidget *widget)
{
  guint frames = 0;
  guint tick;

  g_assert_true (gtk_widget_get_realized (widget));
  /* A tick callback keeps the frame clock running; a frame lays out and draws after its
   * tick, so the second tick comes once the first frame is drawn. */
  tick = gtk_widget_add_tick_callback (widget, count_frame, &frames, NULL);
  while (frames < 2)
    g_main_context_iteration (NULL, TRUE);
  gtk_widget_remove_tick_callback (widget, tick);
  accord_test_drain ();
}

void
accord_test_settle (void)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();

  accord_test_drain ();
  for (GList *l = windows; l != NULL; l = l->next)
    if (gtk_widget_get_mapped (l->data))
      accord_test_wait_frames (l->data);
}
#endif

char *
accord_test_make_dir (const char *prefix)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *template = g_strdup_printf ("%s-XXXXXX", prefix);
  g_autofree char *dir = g_dir_make_tmp (template, &error);

  g_assert_no_error (error);
  /* The real path: what /proc/self/fd says of a file in it (the shim compares them). */
  return g_canonicalize_filename (dir, NULL);
}

void
accord_test_remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = NULL;
  const char *name;

  g_chmod (dir, 0700);
  handle = g_dir_open (dir, 0, NULL);
  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        accord_test_remove_dir (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

char *
accord_test_list_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

char *
accord_test_read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

void
accord_test_write_file (const char *path,
                        const char *text)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
}

AccordDocument *
accord_test_large_document (guint       n_initiatives,
                            const char *title)
{
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) initiatives = g_ptr_array_new_with_free_func (g_object_unref);
  AccordDocument *document = accord_document_new ();

  for (guint i = 0; i < MAX (n_initiatives / 10, 1); i++)
    {
      g_autofree char *id = g_strdup_printf ("m-%u", i);
      g_autofree char *name = g_strdup_printf ("Meeting %u", i);
      AccordMeeting *meeting = accord_meeting_new (id);

      accord_record_set_title (ACCORD_RECORD (meeting), i == 0 ? title : name);
      g_ptr_array_add (meetings, meeting);
    }

  for (guint i = 0; i < n_initiatives; i++)
    {
      g_autofree char *id = g_strdup_printf ("i-%u", i);
      g_autofree char *name = g_strdup_printf ("Initiative %u: cooperation on Mekong water "
                                               "resources and regional connectivity", i);
      g_autofree char *notes = g_strdup_printf ("Notes %u. Hợp tác ASEAN – ການຮ່ວມມືອາຊຽນ. "
                                                "The ministers agreed to meet again and to "
                                                "report on the progress of the plan.", i);
      AccordInitiative *initiative = accord_initiative_new (id);

      accord_record_set_title (ACCORD_RECORD (initiative), name);
      accord_record_set_notes (ACCORD_RECORD (initiative), notes);
      g_ptr_array_add (initiatives, initiative);
    }

  accord_document_load (document, meetings, initiatives);
  return document;
}

char *
accord_test_assert_whole_document (const char *path,
                                   guint       n_initiatives)
{
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(AccordMeeting) first = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gsize length = 0;

  g_file_get_contents (path, &text, &length, &error);
  g_assert_no_error (error);
  accord_json_load_data (document, text, length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (accord_document_get_initiatives (document)), ==,
                    n_initiatives);
  first = g_list_model_get_item (accord_document_get_meetings (document), 0);
  g_assert_nonnull (first);
  return g_strdup (accord_record_get_title (ACCORD_RECORD (first)));
}

char **
accord_test_shim_environ (const char *dir,
                          ...)
{
  const char *shim = g_getenv ("ACCORD_SAVE_SHIM");
  const char *asan = g_getenv ("ASAN_OPTIONS");
  g_autofree char *asan_options = NULL;
  char **env = g_get_environ ();
  const char *name;
  va_list args;

  g_assert_nonnull (shim);
  env = g_environ_setenv (env, "LD_PRELOAD", shim, TRUE);
  env = g_environ_setenv (env, "ACCORD_SHIM_DIR", dir, TRUE);
  /* Under AddressSanitizer the shim comes before its runtime in the list of libraries. */
  asan_options = g_strdup_printf ("%s%sverify_asan_link_order=0", asan != NULL ? asan : "",
                                  asan != NULL && *asan != '\0' ? ":" : "");
  env = g_environ_setenv (env, "ASAN_OPTIONS", asan_options, TRUE);

  va_start (args, dir);
  while ((name = va_arg (args, const char *)) != NULL)
    env = g_environ_setenv (env, name, va_arg (args, const char *), TRUE);
  va_end (args);

  return env;
}
