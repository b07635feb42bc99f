/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The command line's subcommands ("accord validate FILE"), which need no display: main()
 * runs one instead of the application when argv[1] names it. */
gboolean  accord_cli_is_command        (const char  *name);
/* Runs the subcommand argv[1]; returns the exit status. */
int       accord_cli_run               (int          argc,
                                        char       **argv);
/* The subcommands and what each does, translated, for the application's --help. */
char     *accord_cli_describe_commands (void);

G_END_DECLS
