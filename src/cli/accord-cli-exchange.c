/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-cli"

#include <glib/gi18n.h>
#include <stdio.h>

#include "accord-cli-private.h"
#include "accord-csv.h"
#include "accord-ical.h"
#include "accord-json.h"
#include "accord-safe-file.h"

/* validate, export and import: files in, files out, no display. */

typedef enum {
  FORMAT_NONE,
  FORMAT_JSON,
  FORMAT_ICS,
  FORMAT_CSV,
} Format;

static const struct
{
  const char *name;
  Format      format;
} formats[] = {
  { "json", FORMAT_JSON },
  { "ics", FORMAT_ICS },
  { "csv", FORMAT_CSV },
};

static Format
format_from_name (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_ascii_strcasecmp (formats[i].name, name) == 0)
      return formats[i].format;

  return FORMAT_NONE;
}

/* The format a file's extension names, or FORMAT_NONE. */
static Format
format_from_path (const char *path)
{
  const char *dot = strrchr (path, '.');

  return dot != NULL && strchr (dot, G_DIR_SEPARATOR) == NULL ? format_from_name (dot + 1)
                                                              : FORMAT_NONE;
}

/* Reads @path, an Accord document or (by its extension) an iCalendar file, into a new
 * document. Prints what is wrong and returns NULL when it cannot. */
static AccordDocument *
load_input (const char  *command,
            const char  *path,
            const GDate *from,
            const GDate *to)
{
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_auto(GStrv) warnings = NULL;
  gsize length;
  gboolean ok;

  if (!g_file_get_contents (path, &data, &length, &error))
    {
      accord_cli_print_error (command, "%s", error->message);
      return NULL;
    }

  if (format_from_path (path) == FORMAT_ICS)
    {
      g_autoptr(GPtrArray) meetings = NULL;
      g_autoptr(GPtrArray) initiatives = NULL;

      ok = accord_ical_load_data (data, length, from, to, &meetings, &initiatives, &error);
      if (ok)
        accord_document_load (document, meetings, initiatives);
    }
  else if (format_from_path (path) == FORMAT_CSV)
    {
      g_autoptr(AccordCsvTable) table = accord_csv_table_parse (data, length, &error);
      g_autofree int *mapping = NULL;
      g_autoptr(GPtrArray) records = NULL;
      g_auto(GStrv) row_errors = NULL;
      AccordCsvKind kind;

      ok = table != NULL;
      if (ok)
        {
          kind = accord_csv_guess_kind (table);
          mapping = accord_csv_guess_mapping (table, kind);
          records = accord_csv_read_records (table, kind, mapping, &row_errors);
        }
      /* A row that cannot be a record fails the file: nothing is left out unsaid. */
      for (guint i = 0; row_errors != NULL && row_errors[i] != NULL; i++)
        accord_cli_print_error (command, _("%s: %s"), path, row_errors[i]);
      if (row_errors != NULL)
        return NULL;
      if (ok && kind == ACCORD_CSV_MEETINGS)
        accord_document_load (document, records, NULL);
      else if (ok)
        accord_document_load (document, NULL, records);
    }
  else
    ok = accord_json_load_data_full (document, data, length, &warnings, &error);

  if (!ok)
    {
      /* Translators: %s is a file's name, then what is wrong with it */
      accord_cli_print_error (command, _("%s: %s"), path, error->message);
      return NULL;
    }

  for (guint i = 0; warnings != NULL && warnings[i] != NULL; i++)
    accord_cli_print_error (command, _("%s: %s"), path, warnings[i]);

  return g_steal_pointer (&document);
}

/* @data to @path, replaced safely, or to standard output for "-". */
static gboolean
write_output (const char *command,
              const char *path,
              const char *data,
              gsize       length)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (path, "-") == 0)
    {
      if (fwrite (data, 1, length, stdout) != length || fflush (stdout) != 0)
        {
          accord_cli_print_error (command, "%s", _("Could not write to the standard output"));
          return FALSE;
        }
      return TRUE;
    }

  if (!accord_safe_file_replace (path, data, length, &error))
    {
      accord_cli_print_error (command, "%s", error->message);
      return FALSE;
    }

  return TRUE;
}

static gboolean
parse_date (const char *command,
            const char *text,
            GDate      *date)
{
  if (accord_date_from_iso (text, date))
    return TRUE;

  /* Translators: %s is what was given on the command line */
  accord_cli_print_error (command, _("“%s” is not a date (YYYY-MM-DD)"), text);
  return FALSE;
}

static gboolean
overlaps (const AccordPeriod *period,
          const GDate        *from,
          const GDate        *to)
{
  if (from == NULL)
    return TRUE;
  if (!accord_period_is_known (period))
    return FALSE;

  return accord_period_get_end_julian (period) >= g_date_get_julian (from)
    && accord_period_get_start_julian (period) <= g_date_get_julian (to);
}

int
accord_cli_validate (int    argc,
                     char **argv)
{
  g_autoptr(GOptionContext) context = accord_cli_option_context ("validate", accord_cli_validate);
  g_autoptr(AccordDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize length;

  if (!accord_cli_parse (context, "validate", &argc, &argv))
    return ACCORD_CLI_USAGE;
  if (argc != 2)
    {
      accord_cli_print_error ("validate", "%s", _("Name one file to check"));
      return ACCORD_CLI_USAGE;
    }

  if (format_from_path (argv[1]) == FORMAT_ICS)
    {
      g_autoptr(GPtrArray) meetings = NULL;
      g_autoptr(GPtrArray) initiatives = NULL;

      if (!g_file_get_contents (argv[1], &data, &length, &error))
        {
          accord_cli_print_error ("validate", "%s", error->message);
          return ACCORD_CLI_FAILED;
        }
      /* A repeating event is valid; only an import needs the dates to expand it in. */
      if (!accord_ical_load_data (data, length, NULL, NULL, &meetings, &initiatives, &error)
          && !g_error_matches (error, ACCORD_ICAL_ERROR, ACCORD_ICAL_ERROR_RECURRING))
        {
          accord_cli_print_error ("validate", _("%s: %s"), argv[1], error->message);
          return ACCORD_CLI_FAILED;
        }
      return ACCORD_CLI_OK;
    }

  document = load_input ("validate", argv[1], NULL, NULL);

  return document != NULL ? ACCORD_CLI_OK : ACCORD_CLI_FAILED;
}

/* The records of @list that overlap the range (all of them without one). */
static GPtrArray *
pick_records (GListModel  *list,
              const GDate *from,
              const GDate *to)
{
  GPtrArray *picked = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) record = g_list_model_get_item (list, i);
      const AccordPeriod *period = ACCORD_IS_MEETING (record)
        ? accord_meeting_get_when (ACCORD_MEETING (record))
        : accord_initiative_get_period (ACCORD_INITIATIVE (record));

      if (overlaps (period, from, to))
        g_ptr_array_add (picked, g_steal_pointer (&record));
    }

  return picked;
}

static GListModel *
store_of (GPtrArray *records,
          GType      type)
{
  GListStore *store = g_list_store_new (type);

  g_list_store_splice (store, 0, 0, records->pdata, records->len);

  return G_LIST_MODEL (store);
}

int
accord_cli_export (int    argc,
                   char **argv)
{
  g_autoptr(GOptionContext) context = accord_cli_option_context ("export", accord_cli_export);
  g_auto(GStrv) to_values = NULL;
  g_autofree char *what = NULL;
  g_autofree char *from_text = NULL;
  g_autofree char *output = NULL;
  g_autoptr(AccordDocument) document = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GPtrArray) initiatives = NULL;
  g_autofree char *data = NULL;
  GDate from, to;
  gboolean has_from = FALSE, has_to = FALSE;
  gboolean want_meetings = TRUE, want_initiatives = TRUE;
  gboolean excel = FALSE;
  Format format = FORMAT_NONE;
  gsize length = 0;
  const GOptionEntry entries[] = {
    { "to", 't', 0, G_OPTION_ARG_STRING_ARRAY, &to_values,
      N_("The format to write: ics, csv or json; or, after --from, the last day to take"),
      N_("FORMAT|DATE") },
    { "what", 'w', 0, G_OPTION_ARG_STRING, &what,
      N_("Only meetings or only initiatives"), N_("meetings|initiatives") },
    { "from", 'f', 0, G_OPTION_ARG_STRING, &from_text,
      N_("Only what overlaps the days from DATE to the --to DATE (YYYY-MM-DD)"), N_("DATE") },
    { "excel", 0, 0, G_OPTION_ARG_NONE, &excel,
      N_("CSV for Excel: a byte order mark, and “;” where the decimal separator is “,”"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The file to write, or - for the standard output"), N_("OUTPUT") },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!accord_cli_parse (context, "export", &argc, &argv))
    return ACCORD_CLI_USAGE;
  if (argc != 2 || output == NULL)
    {
      accord_cli_print_error ("export", "%s", _("Name one document and the output (-o OUTPUT)"));
      return ACCORD_CLI_USAGE;
    }

  /* --to is the format, or the end of the range: the two never look alike. */
  for (guint i = 0; to_values != NULL && to_values[i] != NULL; i++)
    {
      Format named = format_from_name (to_values[i]);

      if (named != FORMAT_NONE)
        format = named;
      else if (parse_date ("export", to_values[i], &to))
        has_to = TRUE;
      else
        return ACCORD_CLI_USAGE;
    }
  if (format == FORMAT_NONE)
    format = format_from_path (output);
  if (format == FORMAT_NONE)
    {
      accord_cli_print_error ("export", "%s", _("Choose the format with --to ics, --to csv or --to json"));
      return ACCORD_CLI_USAGE;
    }

  if (from_text != NULL)
    {
      if (!parse_date ("export", from_text, &from))
        return ACCORD_CLI_USAGE;
      has_from = TRUE;
    }
  if (has_from != has_to || (has_from && g_date_compare (&from, &to) > 0))
    {
      accord_cli_print_error ("export", "%s",
                              _("Give a range as --from DATE --to DATE, the first not after the last"));
      return ACCORD_CLI_USAGE;
    }

  if (what != NULL)
    {
      want_meetings = g_strcmp0 (what, "meetings") == 0;
      want_initiatives = g_strcmp0 (what, "initiatives") == 0;
      if (!want_meetings && !want_initiatives)
        {
          /* Translators: do not translate “meetings” and “initiatives” */
          accord_cli_print_error ("export", "%s", _("--what takes “meetings” or “initiatives”"));
          return ACCORD_CLI_USAGE;
        }
    }

  if (format == FORMAT_CSV && what == NULL)
    {
      /* Translators: do not translate the options */
      accord_cli_print_error ("export", "%s", _("A CSV file holds one list: add --what meetings or --what initiatives"));
      return ACCORD_CLI_USAGE;
    }

  document = load_input ("export", argv[1], NULL, NULL);
  if (document == NULL)
    return ACCORD_CLI_FAILED;

  meetings = want_meetings
    ? pick_records (accord_document_get_meetings (document), has_from ? &from : NULL, &to)
    : g_ptr_array_new ();
  initiatives = want_initiatives
    ? pick_records (accord_document_get_initiatives (document), has_from ? &from : NULL, &to)
    : g_ptr_array_new ();

  switch (format)
    {
    case FORMAT_ICS:
      {
        g_autoptr(GListModel) meeting_list = store_of (meetings, ACCORD_TYPE_MEETING);
        g_autoptr(GListModel) initiative_list = store_of (initiatives, ACCORD_TYPE_INITIATIVE);
        guint n_left_out = 0;

        data = accord_ical_save_data (meeting_list, initiative_list, &n_left_out, &length);
        if (n_left_out > 0)
          accord_cli_print_error ("export",
                                  ngettext ("%u meeting without a date was left out: an event needs one",
                                            "%u meetings without a date were left out: an event needs one",
                                            n_left_out),
                                  n_left_out);
      }
      break;
    case FORMAT_CSV:
      {
        AccordCsvOptions options = { ',', FALSE };
        g_autoptr(GListModel) list = want_meetings ? store_of (meetings, ACCORD_TYPE_MEETING)
                                                   : store_of (initiatives, ACCORD_TYPE_INITIATIVE);

        if (excel)
          accord_csv_options_for_excel (&options);
        data = accord_csv_save_data (list, want_meetings ? ACCORD_CSV_MEETINGS : ACCORD_CSV_INITIATIVES,
                                     &options, &length);
      }
      break;
    case FORMAT_JSON:
    case FORMAT_NONE:
    default:
      {
        g_autoptr(AccordDocument) picked = accord_document_new ();

        accord_document_load (picked, meetings, initiatives);
        data = accord_json_save_data (picked, &length);
      }
      break;
    }

  return write_output ("export", output, data, length) ? ACCORD_CLI_OK : ACCORD_CLI_FAILED;
}

int
accord_cli_import (int    argc,
                   char **argv)
{
  g_autoptr(GOptionContext) context = accord_cli_option_context ("import", accord_cli_import);
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  g_autofree char *output = NULL;
  g_autoptr(AccordDocument) document = NULL;
  g_autofree char *data = NULL;
  GDate from, to;
  gsize length;
  const GOptionEntry entries[] = {
    { "from", 'f', 0, G_OPTION_ARG_STRING, &from_text,
      N_("Only events from DATE (YYYY-MM-DD); repeating events are expanded from --from to --to"),
      N_("DATE") },
    { "to", 't', 0, G_OPTION_ARG_STRING, &to_text,
      N_("Only events until DATE (YYYY-MM-DD)"), N_("DATE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The Accord document to write, or - for the standard output"), N_("OUTPUT") },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!accord_cli_parse (context, "import", &argc, &argv))
    return ACCORD_CLI_USAGE;
  if (argc != 2 || output == NULL)
    {
      accord_cli_print_error ("import", "%s", _("Name one file and the output (-o OUTPUT.json)"));
      return ACCORD_CLI_USAGE;
    }
  if (format_from_path (argv[1]) != FORMAT_ICS && format_from_path (argv[1]) != FORMAT_CSV)
    {
      accord_cli_print_error ("import", "%s", _("Name an iCalendar (.ics) or CSV (.csv) file"));
      return ACCORD_CLI_USAGE;
    }
  if ((from_text == NULL) != (to_text == NULL))
    {
      accord_cli_print_error ("import", "%s", _("Give a range as --from DATE --to DATE"));
      return ACCORD_CLI_USAGE;
    }
  if (from_text != NULL && (!parse_date ("import", from_text, &from)
                            || !parse_date ("import", to_text, &to)))
    return ACCORD_CLI_USAGE;
  if (from_text != NULL && g_date_compare (&from, &to) > 0)
    {
      accord_cli_print_error ("import", "%s", _("The first day of the range is after the last"));
      return ACCORD_CLI_USAGE;
    }

  document = load_input ("import", argv[1], from_text != NULL ? &from : NULL,
                         from_text != NULL ? &to : NULL);
  if (document == NULL)
    return ACCORD_CLI_FAILED;

  data = accord_json_save_data (document, &length);

  return write_output ("import", output, data, length) ? ACCORD_CLI_OK : ACCORD_CLI_FAILED;
}
