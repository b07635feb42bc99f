/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#define G_LOG_DOMAIN "accord-cli"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "accord-cli.h"
#include "accord-import-json.h"
#include "accord-period.h"

typedef int (*CommandFunc) (int argc, char **argv);

/* One row a subcommand: "accord NAME …" runs RUN with argv[0] = NAME. */
typedef struct
{
  const char  *name;
  CommandFunc  run;
} Command;

static int run_import (int argc, char **argv);

static const Command commands[] = {
  /* .txt, .md, .html, or "-" for standard input */
  { "import", run_import },
};

static const Command *
lookup_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (commands[i].name, name))
      return &commands[i];
  return NULL;
}

gboolean
accord_cli_is_command (int    argc,
                       char **argv)
{
  return argc > 1 && argv[1] != NULL && lookup_command (argv[1]) != NULL;
}

int
accord_cli_run (int    argc,
                char **argv)
{
  const Command *command;

  g_return_val_if_fail (accord_cli_is_command (argc, argv), 1);

  command = lookup_command (argv[1]);
  return command->run (argc - 1, argv + 1);
}

static void
print_error (const char *format,
             ...) G_GNUC_PRINTF (1, 2);

static void
print_error (const char *format,
             ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  /* Translators: %s is an error message. */
  g_printerr (_("accord: %s\n"), message);
}

static gboolean
read_input (const char  *name,
            char       **data,
            gsize       *length,
            GError     **error)
{
  if (g_str_equal (name, "-"))
    {
      GString *in = g_string_new (NULL);
      char buffer[65536];
      gsize n;

      while ((n = fread (buffer, 1, sizeof buffer, stdin)) > 0)
        g_string_append_len (in, buffer, n);
      if (ferror (stdin))
        {
          int saved = errno;

          g_string_free (in, TRUE);
          g_set_error_literal (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                               g_strerror (saved));
          return FALSE;
        }
      *length = in->len;
      *data = g_string_free (in, FALSE);
      return TRUE;
    }
  return g_file_get_contents (name, data, length, error);
}

static gboolean
is_calendar_or_table (const char *name)
{
  g_autofree char *lower = g_ascii_strdown (name, -1);

  return g_str_has_suffix (lower, ".ics") || g_str_has_suffix (lower, ".csv");
}

static int
run_import (int    argc,
            char **argv)
{
  g_autofree char *date_text = NULL;
  g_autofree char *output = NULL;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text,
      N_("Read dates without a year against this date"), N_("YYYY-MM-DD") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the drafts to this file instead of standard output"), N_("OUT.json") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE…") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE… — draft records from news articles"));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) imports = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *json = NULL;
  GDate reference;
  gboolean has_reference = FALSE;
  gsize length;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _("Writes the meetings and initiatives that the articles "
                                           "state as an Accord document, each value with the "
                                           "place in the article it came from."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      print_error ("%s", error->message);
      return 1;
    }
  if (files == NULL || files[0] == NULL)
    {
      print_error ("%s", _("no article given: accord import FILE… [--date YYYY-MM-DD] [-o OUT.json]"));
      return 1;
    }
  if (date_text != NULL)
    {
      g_date_clear (&reference, 1);
      if (!accord_date_from_iso (date_text, &reference))
        {
          /* Translators: %s is what the user typed after --date. */
          print_error (_("“%s” is not a date: give it as YYYY-MM-DD"), date_text);
          return 1;
        }
      has_reference = TRUE;
    }

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autofree char *data = NULL;

      if (is_calendar_or_table (files[i]))
        {
          /* Translators: %s is a file name. */
          print_error (_("%s: calendars and tables are not articles; this command reads .txt, .md and .html"),
                       files[i]);
          return 1;
        }
      if (!read_input (files[i], &data, &length, &error))
        {
          print_error ("%s", error->message);
          return 1;
        }
      g_ptr_array_add (imports, accord_import_new (data, length,
                                                   accord_import_format_for_name (files[i]),
                                                   has_reference ? &reference : NULL));
    }

  json = accord_import_write_json (imports, (const char * const *) files, &length);
  if (output == NULL || g_str_equal (output, "-"))
    {
      if (fwrite (json, 1, length, stdout) != length || fflush (stdout) != 0)
        {
          print_error ("%s", g_strerror (errno));
          return 1;
        }
      return 0;
    }
  if (!g_file_set_contents (output, json, length, &error))
    {
      print_error ("%s", error->message);
      return 1;
    }
  return 0;
}
