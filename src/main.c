/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "accord-application.h"
#include "accord-cli.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AccordApplication) app = NULL;
  g_autofree char *commands = NULL;
  /* Set by "meson devenv" so that a build that is not installed finds its translations. */
  const char *localedir = g_getenv ("ACCORD_LOCALEDIR");

  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* "accord import …" and the like run without a display. */
  if (accord_cli_is_command (argc, argv))
    return accord_cli_run (argc, argv);

  app = accord_application_new ();
  commands = accord_cli_describe_commands ();
  g_application_set_option_context_description (G_APPLICATION (app), commands);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
