/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-cli"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>

#include "accord-cli-private.h"

/* One row a subcommand, in the order --help lists them. */
static const AccordCliCommand commands[] = {
  { "validate", N_("FILE"),
    N_("Check that FILE is a valid Accord document or iCalendar file"), accord_cli_validate },
  { "export", N_("FILE --to FORMAT -o OUTPUT"),
    N_("Write the document FILE as iCalendar (ics) or JSON (json)"), accord_cli_export },
  { "import", N_("FILE.ics -o OUTPUT.json"),
    N_("Make an Accord document of the events and to-dos of an iCalendar file"),
    accord_cli_import },
};

static const AccordCliCommand *
lookup_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_strcmp0 (commands[i].name, name) == 0)
      return &commands[i];

  return NULL;
}

gboolean
accord_cli_is_command (const char *name)
{
  return lookup_command (name) != NULL;
}

int
accord_cli_run (int    argc,
                char **argv)
{
  const AccordCliCommand *command;

  g_return_val_if_fail (argc >= 2, ACCORD_CLI_USAGE);

  command = lookup_command (argv[1]);
  g_return_val_if_fail (command != NULL, ACCORD_CLI_USAGE);

  /* The application does this in gtk_init(), which a subcommand never calls. */
  setlocale (LC_ALL, "");

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
accord_cli_option_context (const char *name)
{
  const AccordCliCommand *command = lookup_command (name);
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
