/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#define G_LOG_DOMAIN "accord-cli"

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "accord-cli-private.h"
#include "accord-import-json.h"
#include "accord-period.h"

static int run_import (int argc, char **argv);

/* One row a subcommand, in the order --help lists them: "accord NAME …" runs the first row of
 * that name, with argv[0] = NAME. run_import hands calendars and tables to the second
 * "import" row. */
static const AccordCliCommand commands[] = {
  /* .txt, .md, .html, or "-" for standard input */
  { "import", N_("FILE… [--date YYYY-MM-DD] [-o OUT.json]"),
    N_("Draft records from news articles (.txt, .md, .html)"), run_import },
  { "import", N_("FILE.ics|FILE.csv -o OUTPUT.json"),
    N_("Make an Accord document of an iCalendar file’s events and to-dos, or of a CSV table"),
    accord_cli_import },
  { "validate", N_("FILE"),
    N_("Check that FILE is a valid Accord document, iCalendar file or CSV table"),
    accord_cli_validate },
  { "export", N_("FILE --to FORMAT -o OUTPUT"),
    N_("Write the document FILE as iCalendar (ics), CSV (csv) or JSON (json)"),
    accord_cli_export },
};

static const AccordCliCommand *
lookup_command (const char   *name,
                AccordCliRun  run)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (commands[i].name, name) && (run == NULL || commands[i].run == run))
      return &commands[i];
  return NULL;
}

gboolean
accord_cli_is_command (int    argc,
                       char **argv)
{
  return argc > 1 && argv[1] != NULL && lookup_command (argv[1], NULL) != NULL;
}

int
accord_cli_run (int    argc,
                char **argv)
{
  const AccordCliCommand *command;

  g_return_val_if_fail (accord_cli_is_command (argc, argv), 1);

  /* The application does this in gtk_init(), which a subcommand never calls. */
  setlocale (LC_ALL, "");

  command = lookup_command (argv[1], NULL);
  return command->run (argc - 1, argv + 1);
}

char *
accord_cli_describe_commands (void)
{
  GString *text = g_string_new (_("Commands:"));

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (text, "\n  accord %s %s\n      %s", commands[i].name,
                            _(commands[i].parameters), _(commands[i].summary));
  g_string_append_c (text, '\n');
  /* Translators: %s is a command, as in "accord export --help" */
  g_string_append_printf (text, _("“%s” tells more of each."), "accord COMMAND --help");

  return g_string_free (text, FALSE);
}

void
accord_cli_print_error (const char *command,
                        const char *format,
                        ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("accord %s: %s\n", command, message);
}

GOptionContext *
accord_cli_option_context (const char   *name,
                           AccordCliRun  run)
{
  const AccordCliCommand *command = lookup_command (name, run);
  GOptionContext *context;

  g_assert (command != NULL);

  context = g_option_context_new (_(command->parameters));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _(command->summary));

  return context;
}

gboolean
accord_cli_parse (GOptionContext   *context,
                  const char       *command,
                  int              *argc,
                  char           ***argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *prgname = g_strdup_printf ("accord %s", command);
  g_autofree char *help = g_strdup_printf ("accord %s --help", command);

  g_set_prgname (prgname);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      accord_cli_print_error (command, "%s", error->message);
      /* Translators: %s is a command, as in "accord export --help" */
      g_printerr (_("“%s” lists its options."), help);
      g_printerr ("\n");
      return FALSE;
    }

  return TRUE;
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

/* A calendar or table among the files: not an article (the option's value is not a file). */
static gboolean
names_calendar_or_table (int    argc,
                         char **argv)
{
  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "-o") || g_str_equal (argv[i], "--output"))
        i++;
      else if (argv[i][0] != '-' && is_calendar_or_table (argv[i]))
        return TRUE;
    }

  return FALSE;
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
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) imports = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *json = NULL;
  GDate reference;
  gboolean has_reference = FALSE;
  gsize length;

  if (names_calendar_or_table (argc, argv))
    return accord_cli_import (argc, argv);

  context = g_option_context_new (_("FILE… — draft records from news articles"));
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
