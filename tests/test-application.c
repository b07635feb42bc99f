/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "accord-application.h"
#include "accord-meeting.h"
#include "accord-release-notes.h"
#include "accord-window.h"

static char *data_home;

/* The release notes come from the metainfo the build merged with its translations. */
static char *
builtin_notes (const char * const *languages)
{
  g_autoptr(GBytes) metainfo = NULL;

  metainfo = g_resources_lookup_data ("/io/github/accordapp/Accord/metainfo.xml",
                                      G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_assert_nonnull (metainfo);
  return accord_release_notes_from_metainfo (g_bytes_get_data (metainfo, NULL),
                                             g_bytes_get_size (metainfo), VERSION, languages);
}

static void
test_release_notes_builtin (void)
{
  const char *english[] = { "en_US", "en", "C", NULL };
  const char *vietnamese[] = { "vi_VN.UTF-8", "vi_VN", "vi", "C", NULL };
  const char *lao[] = { "lo", "C", NULL };
  const char *unknown[] = { "fr_FR", "fr", "C", NULL };
  g_autofree char *in_english = builtin_notes (english);
  g_autofree char *in_vietnamese = builtin_notes (vietnamese);
  g_autofree char *in_lao = builtin_notes (lao);
  g_autofree char *in_french = builtin_notes (unknown);

  /* This version's notes, a paragraph and a list, each text once, in one language. */
  g_assert_nonnull (in_english);
  g_assert_true (g_str_has_prefix (in_english, "<p>Accord " VERSION " "));
  g_assert_nonnull (strstr (in_english, "</p><ul><li>Saving never leaves"));
  g_assert_true (g_str_has_suffix (in_english, "</li></ul>"));
  g_assert_null (strstr (in_english, "Accord 0.1"));
  g_assert_null (strstr (in_english, "The first release"));

  g_assert_nonnull (in_vietnamese);
  g_assert_nonnull (strstr (in_vietnamese, "<li>Tài liệu Accord có loại tệp riêng"));
  g_assert_null (strstr (in_vietnamese, "Saving never"));
  g_assert_nonnull (in_lao);
  g_assert_nonnull (strstr (in_lao, "<li>ເອກະສານ Accord ມີປະເພດໄຟລ໌ຂອງຕົນເອງ"));
  g_assert_null (strstr (in_lao, "Saving never"));
  /* A language without a translation reads the original. */
  g_assert_cmpstr (in_french, ==, in_english);
}

static void
test_release_notes_markup (void)
{
  const char *metainfo =
    "<component><releases>"
    "<release version=\"2.0\"><description><p>Two</p></description></release>"
    "<release version=\"1.0\"><description>"
    "<p>Tom &amp; Jerry &lt;3</p><p xml:lang=\"vi\">Tom &amp; Jerry (vi)</p>"
    "<ol><li>One</li><li xml:lang=\"de\">Eins</li><li>Two</li></ol>"
    "</description></release></releases></component>";
  const char *vietnamese[] = { "vi", "C", NULL };
  const char *german[] = { "de", "C", NULL };
  g_autofree char *in_vietnamese = NULL;
  g_autofree char *in_german = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *broken = NULL;

  /* Text is data: what the metainfo escaped stays escaped. */
  in_vietnamese = accord_release_notes_from_metainfo (metainfo, -1, "1.0", vietnamese);
  g_assert_cmpstr (in_vietnamese, ==,
                   "<p>Tom &amp; Jerry (vi)</p><ol><li>One</li><li>Two</li></ol>");
  in_german = accord_release_notes_from_metainfo (metainfo, -1, "1.0", german);
  g_assert_cmpstr (in_german, ==,
                   "<p>Tom &amp; Jerry &lt;3</p><ol><li>Eins</li><li>Two</li></ol>");
  missing = accord_release_notes_from_metainfo (metainfo, -1, "3.0", german);
  g_assert_null (missing);
  broken = accord_release_notes_from_metainfo ("<component><releases>", -1, "1.0", german);
  g_assert_null (broken);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  (*(guint *) user_data)++;
}

/* Logging out is held back exactly while some window's document has unsaved changes,
 * whichever document the window shows. */
static void
test_inhibit_while_modified (void)
{
  g_autoptr(AccordApplication) application = NULL;
  g_autoptr(AccordDocument) other = accord_document_new ();
  g_autoptr(AccordMeeting) meeting = accord_meeting_new ("m-first");
  g_autoptr(AccordMeeting) second_meeting = accord_meeting_new ("m-second");
  g_autoptr(GError) error = NULL;
  AccordWindow *first;
  AccordWindow *second;
  AccordDocument *document;
  guint notified = 0;

  /* The real application, but not unique: the test must not meet a running Accord. */
  application = g_object_new (ACCORD_TYPE_APPLICATION,
                              "application-id", "io.github.accordapp.Accord.TestApplication",
                              "flags", G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE,
                              NULL);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);
  g_signal_connect (application, "notify::inhibited", G_CALLBACK (count_notify), &notified);

  first = accord_window_new (application);
  accord_window_open_new (first);
  second = accord_window_new (application);
  accord_window_open_new (second);
  g_assert_false (accord_application_get_inhibited (application));
  g_assert_cmpuint (notified, ==, 0);

  document = accord_window_get_document (first);
  accord_document_add_record (document, ACCORD_RECORD (meeting));
  g_assert_true (accord_document_get_modified (document));
  g_assert_true (accord_application_get_inhibited (application));
  g_assert_cmpuint (notified, ==, 1);

  /* A second document with changes changes nothing; saving one of the two neither. */
  accord_document_add_record (accord_window_get_document (second),
                              ACCORD_RECORD (second_meeting));
  g_assert_cmpuint (notified, ==, 1);
  accord_document_mark_saved (document);
  g_assert_true (accord_application_get_inhibited (application));
  g_assert_cmpuint (notified, ==, 1);

  /* The window shows another, unmodified, document: nothing left unsaved in it. */
  accord_window_set_document (second, other);
  g_assert_false (accord_application_get_inhibited (application));
  g_assert_cmpuint (notified, ==, 2);

  /* Undoing back to the saved state, and redoing. */
  g_assert_true (accord_document_undo (document));
  g_assert_true (accord_application_get_inhibited (application));
  g_assert_cmpuint (notified, ==, 3);
  g_assert_true (accord_document_redo (document));
  g_assert_false (accord_application_get_inhibited (application));
  g_assert_cmpuint (notified, ==, 4);

  /* A window that goes takes its unsaved changes with it. */
  g_assert_true (accord_document_undo (document));
  g_assert_true (accord_application_get_inhibited (application));
  gtk_window_destroy (GTK_WINDOW (first));
  g_assert_false (accord_application_get_inhibited (application));
  g_assert_cmpuint (notified, ==, 6);

  gtk_window_destroy (GTK_WINDOW (second));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  /* A private library and list of recent files: never the tester's own. */
  data_home = g_dir_make_tmp ("accord-test-application-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* The application's class registers its resources, once: registering one twice in a row
   * would loop GLib's list of resources still to be read. */
  g_type_class_unref (g_type_class_ref (ACCORD_TYPE_APPLICATION));

  g_test_add_func ("/application/release-notes/builtin", test_release_notes_builtin);
  g_test_add_func ("/application/release-notes/markup", test_release_notes_markup);
  g_test_add_func ("/application/inhibit-while-modified", test_inhibit_while_modified);

  status = g_test_run ();
  g_rmdir (data_home);
  g_free (data_home);
  return status;
}
