/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* TRUE when argv[1] names a subcommand ("accord import …"), which runs without a display. */
gboolean accord_cli_is_command        (int    argc,
                                       char **argv);
/* Runs it: the exit status, 0 on success, 1 with a message on standard error (2 for a wrong
 * command line, for the subcommands that tell it apart). */
int      accord_cli_run               (int    argc,
                                       char **argv);
/* The subcommands and what each does, translated, for the application's --help. */
char    *accord_cli_describe_commands (void);

G_END_DECLS
