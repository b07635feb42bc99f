/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "accord-cli.h"
#include "accord-document.h"

G_BEGIN_DECLS

/* Exit statuses. */
#define ACCORD_CLI_OK      0
#define ACCORD_CLI_FAILED  1   /* the file is not valid, or cannot be read or written */
#define ACCORD_CLI_USAGE   2   /* the command line is wrong */

typedef int (*AccordCliRun) (int argc, char **argv);

typedef struct
{
  const char *name;
  /* What follows the name, for the usage line ("FILE"), translatable (N_). */
  const char *parameters;
  /* One line saying what it does, translatable (N_). */
  const char *summary;
  /* Runs with argv[0] the subcommand's name. */
  AccordCliRun run;
} AccordCliCommand;

/* Each subcommand file gives its rows. */
int       accord_cli_validate          (int          argc,
                                        char       **argv);
int       accord_cli_export            (int          argc,
                                        char       **argv);
int       accord_cli_import            (int          argc,
                                        char       **argv);

/* Prints "accord COMMAND: MESSAGE" to standard error. */
void      accord_cli_print_error       (const char  *command,
                                        const char  *format,
                                        ...) G_GNUC_PRINTF (2, 3);
/* A GOptionContext for "accord COMMAND …" with the row of @command and @run as its summary. */
GOptionContext *accord_cli_option_context (const char   *command,
                                           AccordCliRun  run);
/* Parses @argv with @context; on error prints it and the usage hint and returns FALSE. */
gboolean  accord_cli_parse             (GOptionContext *context,
                                        const char     *command,
                                        int            *argc,
                                        char         ***argv);

G_END_DECLS
