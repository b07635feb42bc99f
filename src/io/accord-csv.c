/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-csv"

#include <csv.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "accord-attribute.h"
#include "accord-csv.h"
#include "accord-enum-types.h"
#include "accord-participant.h"
#include "accord-source.h"

/* CSV (RFC 4180) in and out; FORMAT.md gives the columns. libcsv (strict) parses: quoted
 * separators and line breaks, doubled quotes, CRLF or LF; this file strips a BOM and tells
 * the separator (',' ';' or tab) from the header line. */

G_DEFINE_QUARK (accord-csv-error-quark, accord_csv_error)

typedef enum {
  FIELD_ID,
  FIELD_TITLE,
  FIELD_PERIOD_TEXT,
  FIELD_START,
  FIELD_END,
  FIELD_PRECISION,
  FIELD_LOCATION,
  FIELD_FORMAT,
  FIELD_KIND,
  FIELD_PARTICIPANTS,
  FIELD_TOPICS,
  FIELD_SUMMARY,
  FIELD_OUTCOMES,
  FIELD_OBJECTIVE,
  FIELD_EXPECTED_OUTCOME,
  FIELD_LEAD,
  FIELD_PARTNERS,
  FIELD_STATUS,
  FIELD_AREA,
  FIELD_MEETING,
  FIELD_ATTRIBUTES,
  FIELD_SOURCES,
  FIELD_NOTES,
} Field;

/* A column: what it holds, the JSON member it matches, its header (msgctxt "csv column"), and
 * that header as po/vi.po and po/lo.po translate it, so that a file exported in any of the
 * three languages reads back in any other (test-csv checks the two agree). */
typedef struct
{
  Field       field;
  const char *member;
  const char *label;
  const char *vi;
  const char *lo;
} Column;

static const Column meeting_columns[] = {
  { FIELD_ID, "id", NC_("csv column", "Id"), "Mã", "ລະຫັດ" },
  { FIELD_TITLE, "title", NC_("csv column", "Title"), "Tên", "ຊື່" },
  { FIELD_PERIOD_TEXT, "when", NC_("csv column", "Date"), "Ngày", "ວັນທີ" },
  { FIELD_START, "start", NC_("csv column", "Start"), "Bắt đầu", "ເລີ່ມ" },
  { FIELD_END, "end", NC_("csv column", "End"), "Kết thúc", "ສິ້ນສຸດ" },
  { FIELD_PRECISION, "precision", NC_("csv column", "Precision"), "Độ chính xác", "ຄວາມລະອຽດ" },
  { FIELD_LOCATION, "location", NC_("csv column", "Location"), "Địa điểm", "ສະຖານທີ່" },
  { FIELD_FORMAT, "format", NC_("csv column", "Format"), "Hình thức", "ຮູບແບບ" },
  { FIELD_KIND, "kind", NC_("csv column", "Kind"), "Loại", "ປະເພດ" },
  { FIELD_PARTICIPANTS, "participants", NC_("csv column", "Participants"), "Người tham dự", "ຜູ້ເຂົ້າຮ່ວມ" },
  { FIELD_TOPICS, "topics", NC_("csv column", "Topics"), "Chủ đề", "ຫົວຂໍ້" },
  { FIELD_SUMMARY, "summary", NC_("csv column", "Summary"), "Tóm tắt", "ບົດສະຫຼຸບ" },
  { FIELD_OUTCOMES, "outcomes", NC_("csv column", "Outcomes"), "Kết quả", "ຜົນໄດ້ຮັບ" },
  { FIELD_SOURCES, "sources", NC_("csv column", "Sources"), "Nguồn", "ແຫຼ່ງຂໍ້ມູນ" },
  { FIELD_NOTES, "notes", NC_("csv column", "Notes"), "Ghi chú", "ໝາຍເຫດ" },
};

static const Column initiative_columns[] = {
  { FIELD_ID, "id", NC_("csv column", "Id"), "Mã", "ລະຫັດ" },
  { FIELD_TITLE, "title", NC_("csv column", "Title"), "Tên", "ຊື່" },
  { FIELD_OBJECTIVE, "objective", NC_("csv column", "Objective"), "Mục tiêu", "ຈຸດປະສົງ" },
  { FIELD_EXPECTED_OUTCOME, "expected_outcome", NC_("csv column", "Expected Outcome"), "Kết quả dự kiến", "ຜົນທີ່ຄາດວ່າຈະໄດ້ຮັບ" },
  { FIELD_PERIOD_TEXT, "timeline", NC_("csv column", "Timeline"), "Tiến độ", "ກຳນົດເວລາ" },
  { FIELD_START, "start", NC_("csv column", "Start"), "Bắt đầu", "ເລີ່ມ" },
  { FIELD_END, "end", NC_("csv column", "End"), "Kết thúc", "ສິ້ນສຸດ" },
  { FIELD_PRECISION, "precision", NC_("csv column", "Precision"), "Độ chính xác", "ຄວາມລະອຽດ" },
  { FIELD_LEAD, "lead", NC_("csv column", "Lead"), "Bên chủ trì", "ຜູ້ນຳພາ" },
  { FIELD_PARTNERS, "partners", NC_("csv column", "Partners"), "Đối tác", "ຄູ່ຮ່ວມມື" },
  { FIELD_STATUS, "status", NC_("csv column", "Status"), "Trạng thái", "ສະຖານະ" },
  { FIELD_AREA, "area", NC_("csv column", "Area"), "Lĩnh vực", "ຂົງເຂດ" },
  { FIELD_MEETING, "meeting", NC_("csv column", "Launched At"), "Khởi xướng tại", "ລິເລີ່ມທີ່" },
  { FIELD_ATTRIBUTES, "attributes", NC_("csv column", "Attributes"), "Thuộc tính", "ຄຸນລັກສະນະ" },
  { FIELD_SOURCES, "sources", NC_("csv column", "Sources"), "Nguồn", "ແຫຼ່ງຂໍ້ມູນ" },
  { FIELD_NOTES, "notes", NC_("csv column", "Notes"), "Ghi chú", "ໝາຍເຫດ" },
};

static const Column *
columns_of (AccordCsvKind  kind,
            guint         *n_columns)
{
  if (kind == ACCORD_CSV_MEETINGS)
    {
      *n_columns = G_N_ELEMENTS (meeting_columns);
      return meeting_columns;
    }
  *n_columns = G_N_ELEMENTS (initiative_columns);
  return initiative_columns;
}

static const char *
column_label (const Column *column)
{
  return g_dpgettext2 (GETTEXT_PACKAGE, "csv column", column->label);
}

guint
accord_csv_get_n_fields (AccordCsvKind kind)
{
  guint n;

  columns_of (kind, &n);
  return n;
}

const char *
accord_csv_get_field_label (AccordCsvKind kind,
                            guint         field)
{
  guint n;
  const Column *columns = columns_of (kind, &n);

  g_return_val_if_fail (field < n, NULL);

  return column_label (&columns[field]);
}

void
accord_csv_options_for_excel (AccordCsvOptions *options)
{
  const struct lconv *conventions = localeconv ();

  options->bom = TRUE;
  options->separator = conventions->decimal_point != NULL
                       && g_str_equal (conventions->decimal_point, ",") ? ';' : ',';
}

/* Writing */

static void
append_cell (GString    *out,
             const char *text,
             char        separator)
{
  gsize length;
  gboolean padded;

  if (text == NULL)
    text = "";

  /* libcsv takes spaces and tabs off both ends of a cell that is not quoted. */
  length = strlen (text);
  padded = length > 0 && (strchr (" \t", text[0]) != NULL
                          || strchr (" \t", text[length - 1]) != NULL);

  if (!padded && strchr (text, separator) == NULL && strpbrk (text, "\"\r\n") == NULL)
    {
      g_string_append (out, text);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *c = text; *c != '\0'; c++)
    {
      if (*c == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *c);
    }
  g_string_append_c (out, '"');
}

static void
append_row (GString             *out,
            const char * const  *cells,
            char                 separator)
{
  for (guint i = 0; cells[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (out, separator);
      append_cell (out, cells[i], separator);
    }
  g_string_append (out, "\r\n");
}

char *
accord_csv_write_table (const char * const     *header,
                        GPtrArray              *rows,
                        const AccordCsvOptions *options,
                        gsize                  *length)
{
  AccordCsvOptions plain = { ',', FALSE };
  GString *out = g_string_new (NULL);

  if (options == NULL)
    options = &plain;
  if (options->bom)
    g_string_append (out, "\xef\xbb\xbf");

  append_row (out, header, options->separator);
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    append_row (out, g_ptr_array_index (rows, i), options->separator);

  if (length != NULL)
    *length = out->len;

  return g_string_free (out, FALSE);
}

/* An item of a list cell: backslash and line break escaped, and the bar that parts the
 * fields of a participant, source or attribute. */
static void
append_item_text (GString    *cell,
                  const char *text)
{
  /* Reading trims white space at either end of a field, so writing does too. */
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));

  for (const char *c = trimmed; *c != '\0'; c++)
    {
      if (*c == '\\' || *c == '|')
        {
          g_string_append_c (cell, '\\');
          g_string_append_c (cell, *c);
        }
      else if (*c == '\n')
        g_string_append (cell, "\\n");
      else if (*c != '\r')
        g_string_append_c (cell, *c);
    }
}

static void
begin_item (GString *cell)
{
  if (cell->len > 0)
    g_string_append_c (cell, '\n');
}

static char *
strv_cell (const char * const *items)
{
  GString *cell = g_string_new (NULL);

  for (guint i = 0; items[i] != NULL; i++)
    {
      begin_item (cell);
      append_item_text (cell, items[i]);
    }

  return g_string_free (cell, FALSE);
}

/* Each item a line: its fields parted by " | ". */
static char *
items_cell (GListModel  *items,
            const char  *(*const *getters) (gpointer),
            guint        n_getters)
{
  GString *cell = g_string_new (NULL);
  guint n = g_list_model_get_n_items (items);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);

      begin_item (cell);
      for (guint j = 0; j < n_getters; j++)
        {
          if (j > 0)
            g_string_append (cell, " | ");
          append_item_text (cell, getters[j] (item));
        }
    }

  return g_string_free (cell, FALSE);
}

static const char *(*const participant_getters[]) (gpointer) = {
  (const char *(*) (gpointer)) accord_participant_get_name,
  (const char *(*) (gpointer)) accord_participant_get_title,
  (const char *(*) (gpointer)) accord_participant_get_affiliation,
  (const char *(*) (gpointer)) accord_participant_get_role,
};
static const char *(*const source_getters[]) (gpointer) = {
  (const char *(*) (gpointer)) accord_source_get_publisher,
  (const char *(*) (gpointer)) accord_source_get_title,
  (const char *(*) (gpointer)) accord_source_get_uri,
  (const char *(*) (gpointer)) accord_source_get_published,
};
static const char *(*const attribute_getters[]) (gpointer) = {
  (const char *(*) (gpointer)) accord_attribute_get_name,
  (const char *(*) (gpointer)) accord_attribute_get_value,
};

static const AccordPeriod *
record_period (AccordRecord *record)
{
  if (ACCORD_IS_MEETING (record))
    return accord_meeting_get_when (ACCORD_MEETING (record));
  return accord_initiative_get_period (ACCORD_INITIATIVE (record));
}

static char *
date_cell (const AccordPeriod *period,
           gboolean          (*get) (const AccordPeriod *, GDate *))
{
  GDate date;

  return get (period, &date) ? accord_date_to_iso (&date) : g_strdup ("");
}

static char *
cell_text (AccordRecord *record,
           Field         field)
{
  AccordMeeting *meeting = ACCORD_IS_MEETING (record) ? ACCORD_MEETING (record) : NULL;
  AccordInitiative *initiative = ACCORD_IS_INITIATIVE (record) ? ACCORD_INITIATIVE (record) : NULL;
  const AccordPeriod *period = record_period (record);

  switch (field)
    {
    case FIELD_ID:
      return g_strdup (accord_record_get_id (record));
    case FIELD_TITLE:
      return g_strdup (accord_record_get_title (record));
    case FIELD_PERIOD_TEXT:
      return g_strdup (accord_period_get_text (period));
    case FIELD_START:
      return date_cell (period, accord_period_get_start);
    case FIELD_END:
      return date_cell (period, accord_period_get_end);
    case FIELD_PRECISION:
      return g_strdup (accord_enum_to_nick (ACCORD_TYPE_PRECISION,
                                            accord_period_get_precision (period)));
    case FIELD_LOCATION:
      return g_strdup (accord_meeting_get_location (meeting));
    case FIELD_FORMAT:
      return g_strdup (accord_enum_to_nick (ACCORD_TYPE_MEETING_FORMAT,
                                            accord_meeting_get_format (meeting)));
    case FIELD_KIND:
      return g_strdup (accord_enum_to_nick (ACCORD_TYPE_MEETING_KIND,
                                            accord_meeting_get_kind (meeting)));
    case FIELD_PARTICIPANTS:
      return items_cell (accord_meeting_get_participants (meeting), participant_getters,
                         G_N_ELEMENTS (participant_getters));
    case FIELD_TOPICS:
      return strv_cell (accord_meeting_get_topics (meeting));
    case FIELD_SUMMARY:
      return g_strdup (accord_meeting_get_summary (meeting));
    case FIELD_OUTCOMES:
      return strv_cell (accord_meeting_get_outcomes (meeting));
    case FIELD_OBJECTIVE:
      return g_strdup (accord_initiative_get_objective (initiative));
    case FIELD_EXPECTED_OUTCOME:
      return g_strdup (accord_initiative_get_expected_outcome (initiative));
    case FIELD_LEAD:
      return g_strdup (accord_initiative_get_lead (initiative));
    case FIELD_PARTNERS:
      return strv_cell (accord_initiative_get_partners (initiative));
    case FIELD_STATUS:
      return g_strdup (accord_enum_to_nick (ACCORD_TYPE_STATUS,
                                            accord_initiative_get_status (initiative)));
    case FIELD_AREA:
      return g_strdup (accord_initiative_get_area (initiative));
    case FIELD_MEETING:
      return g_strdup (accord_initiative_get_meeting_id (initiative));
    case FIELD_ATTRIBUTES:
      return items_cell (accord_initiative_get_attributes (initiative), attribute_getters,
                         G_N_ELEMENTS (attribute_getters));
    case FIELD_SOURCES:
      return items_cell (accord_record_get_sources (record), source_getters,
                         G_N_ELEMENTS (source_getters));
    case FIELD_NOTES:
    default:
      return g_strdup (accord_record_get_notes (record));
    }
}

char *
accord_csv_save_data (GListModel             *records,
                      AccordCsvKind           kind,
                      const AccordCsvOptions *options,
                      gsize                  *length)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GStrvBuilder) header = g_strv_builder_new ();
  g_auto(GStrv) header_cells = NULL;
  guint n_columns;
  const Column *columns = columns_of (kind, &n_columns);
  guint n = g_list_model_get_n_items (records);

  g_return_val_if_fail (G_IS_LIST_MODEL (records), NULL);

  for (guint j = 0; j < n_columns; j++)
    g_strv_builder_add (header, column_label (&columns[j]));
  header_cells = g_strv_builder_end (header);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordRecord) record = g_list_model_get_item (records, i);
      char **cells = g_new0 (char *, n_columns + 1);

      for (guint j = 0; j < n_columns; j++)
        cells[j] = cell_text (record, columns[j].field);
      g_ptr_array_add (rows, cells);
    }

  return accord_csv_write_table ((const char * const *) header_cells, rows, options, length);
}

/* Reading */

struct _AccordCsvTable
{
  GPtrArray *header;  /* of char * */
  GPtrArray *rows;    /* of GPtrArray of char * */
  GArray    *lines;   /* guint: the line each row starts on */
};

typedef struct
{
  GPtrArray *row;
  guint      row_line;
  guint      line;
  GPtrArray *rows;
  GArray    *lines;
} Parse;

static void
on_field (void   *data,
          size_t  length,
          void   *user_data)
{
  Parse *parse = user_data;

  if (parse->row == NULL)
    {
      guint newlines = 0;

      for (gsize i = 0; i < length; i++)
        newlines += ((const char *) data)[i] == '\n';
      parse->row = g_ptr_array_new_with_free_func (g_free);
      parse->row_line = parse->line - newlines;
    }
  g_ptr_array_add (parse->row, g_strndup (data, length));
}

static void
on_row (int   terminator,
        void *user_data)
{
  Parse *parse = user_data;

  if (parse->row == NULL)
    return;
  g_ptr_array_add (parse->rows, g_steal_pointer (&parse->row));
  g_array_append_val (parse->lines, parse->row_line);
}

/* The separator the header line uses most, outside quotes. */
static char
guess_separator (const char *data,
                 gsize       length)
{
  const char candidates[] = { ',', ';', '\t' };
  guint counts[G_N_ELEMENTS (candidates)] = { 0 };
  gboolean quoted = FALSE;
  guint best = 0;

  for (gsize i = 0; i < length && (quoted || (data[i] != '\n' && data[i] != '\r')); i++)
    {
      if (data[i] == '"')
        quoted = !quoted;
      else if (!quoted)
        for (guint j = 0; j < G_N_ELEMENTS (candidates); j++)
          counts[j] += data[i] == candidates[j];
    }

  for (guint j = 1; j < G_N_ELEMENTS (candidates); j++)
    if (counts[j] > counts[best])
      best = j;

  return candidates[best];
}

static void
set_encoding_error (GError     **error,
                    const char  *data,
                    const char  *invalid)
{
  guint line = 1, column = 1;

  for (const char *c = data; c < invalid; c = g_utf8_next_char (c))
    {
      if (*c == '\n')
        {
          line++;
          column = 1;
        }
      else
        column++;
    }

  g_set_error (error, ACCORD_CSV_ERROR, ACCORD_CSV_ERROR_ENCODING,
               /* Translators: %1$u and %2$u are a line and a column */
               _("Line %1$u, column %2$u: the text is not UTF-8"), line, column);
}

AccordCsvTable *
accord_csv_table_parse (const char  *data,
                        gssize       length,
                        GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (guint));
  struct csv_parser parser;
  Parse parse = { NULL, 0, 0, rows, lines };
  const char *invalid;
  const char *end;
  const char *line;
  AccordCsvTable *table;

  g_return_val_if_fail (data != NULL, NULL);

  if (length < 0)
    length = strlen (data);
  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      length -= 3;
    }
  if (!g_utf8_validate_len (data, length, &invalid))
    {
      set_encoding_error (error, data, invalid);
      return NULL;
    }

  if (csv_init (&parser, CSV_STRICT | CSV_STRICT_FINI) != 0)
    g_error ("libcsv could not start");
  csv_set_delim (&parser, guess_separator (data, length));

  /* Line by line, so that a row knows the line it starts on. */
  end = data + length;
  for (line = data; line < end && parse.line < G_MAXUINT; )
    {
      const char *newline = memchr (line, '\n', end - line);
      gsize n = (newline != NULL ? newline + 1 : end) - line;

      parse.line++;
      if (csv_parse (&parser, line, n, on_field, on_row, &parse) != n)
        break;
      line += n;
    }
  if (line < end || csv_fini (&parser, on_field, on_row, &parse) != 0)
    {
      g_set_error (error, ACCORD_CSV_ERROR, ACCORD_CSV_ERROR_SYNTAX,
                   /* Translators: %1$u is a line number; %2$s what libcsv says (in English) */
                   _("Line %1$u: this is not CSV (%2$s); a quote inside a cell must be doubled, "
                     "and the cell quoted"),
                   parse.line, csv_strerror (csv_error (&parser)));
      csv_free (&parser);
      g_clear_pointer (&parse.row, g_ptr_array_unref);
      return NULL;
    }
  csv_free (&parser);

  if (rows->len == 0)
    {
      g_set_error_literal (error, ACCORD_CSV_ERROR, ACCORD_CSV_ERROR_EMPTY,
                           _("The file is empty"));
      return NULL;
    }

  table = g_new0 (AccordCsvTable, 1);
  table->header = g_ptr_array_steal_index (rows, 0);
  g_array_remove_index (lines, 0);
  table->rows = g_steal_pointer (&rows);
  table->lines = g_steal_pointer (&lines);

  return table;
}

void
accord_csv_table_free (AccordCsvTable *table)
{
  if (table == NULL)
    return;

  g_ptr_array_unref (table->header);
  g_ptr_array_unref (table->rows);
  g_array_unref (table->lines);
  g_free (table);
}

guint
accord_csv_table_get_n_columns (AccordCsvTable *table)
{
  return table->header->len;
}

const char *
accord_csv_table_get_header (AccordCsvTable *table,
                             guint           column)
{
  g_return_val_if_fail (column < table->header->len, NULL);

  return g_ptr_array_index (table->header, column);
}

guint
accord_csv_table_get_n_rows (AccordCsvTable *table)
{
  return table->rows->len;
}

static char *
fold (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  return g_utf8_casefold (stripped, -1);
}

static gboolean
names_column (const Column *column,
              const char   *folded)
{
  const char *names[] = { column->member, column_label (column), column->label, column->vi,
                          column->lo };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *name = fold (names[i]);

      if (g_str_equal (name, folded))
        return TRUE;
    }

  return FALSE;
}

int *
accord_csv_guess_mapping (AccordCsvTable *table,
                          AccordCsvKind   kind)
{
  guint n_columns;
  const Column *columns = columns_of (kind, &n_columns);
  int *mapping = g_new (int, table->header->len);

  for (guint i = 0; i < table->header->len; i++)
    {
      g_autofree char *folded = fold (g_ptr_array_index (table->header, i));

      mapping[i] = -1;
      for (guint j = 0; j < n_columns && mapping[i] < 0; j++)
        if (names_column (&columns[j], folded))
          mapping[i] = j;
    }

  return mapping;
}

static guint
count_mapped (AccordCsvTable *table,
              AccordCsvKind   kind)
{
  g_autofree int *mapping = accord_csv_guess_mapping (table, kind);
  guint n = 0;

  for (guint i = 0; i < table->header->len; i++)
    n += mapping[i] >= 0;

  return n;
}

AccordCsvKind
accord_csv_guess_kind (AccordCsvTable *table)
{
  return count_mapped (table, ACCORD_CSV_INITIATIVES) > count_mapped (table, ACCORD_CSV_MEETINGS)
    ? ACCORD_CSV_INITIATIVES : ACCORD_CSV_MEETINGS;
}

/* The items of a list cell, one a line, each its fields (parted by unescaped bars when
 * @n_fields > 1), unescaped and trimmed. Empty lines are no items. */
static GPtrArray *
split_items (const char *cell,
             guint       n_fields)
{
  GPtrArray *items = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GStrvBuilder) fields = g_strv_builder_new ();
  g_autoptr(GString) field = g_string_new (NULL);
  gboolean any = FALSE;

  for (const char *c = cell; ; c++)
    {
      if (*c == '\0' || *c == '\n' || (*c == '|' && n_fields > 1))
        {
          g_autofree char *text = g_strstrip (g_strdup (field->str));

          any = any || text[0] != '\0' || *c == '|';
          g_strv_builder_add (fields, text);
          g_string_truncate (field, 0);
          if (*c == '|')
            continue;
          if (any)
            g_ptr_array_add (items, g_strv_builder_end (fields));
          else
            g_strfreev (g_strv_builder_end (fields));
          any = FALSE;
          if (*c == '\0')
            break;
          continue;
        }
      if (*c == '\r')
        continue;
      if (*c == '\\' && (c[1] == '\\' || c[1] == '|' || c[1] == 'n'))
        {
          c++;
          g_string_append_c (field, *c == 'n' ? '\n' : *c);
          continue;
        }
      g_string_append_c (field, *c);
    }

  return items;
}

static GStrv
strv_from_cell (const char *cell)
{
  g_autoptr(GPtrArray) items = split_items (cell, 1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < items->len; i++)
    g_strv_builder_add (builder, ((char **) g_ptr_array_index (items, i))[0]);

  return g_strv_builder_end (builder);
}

static const char *
item_field (char  **fields,
            guint   index)
{
  for (guint i = 0; i < index; i++)
    if (fields[i] == NULL)
      return NULL;

  return fields[index];
}

typedef const char *(*LabelFunc) (int value);

/* An enumeration's nick ("in-person"), or its label in the user's language. */
static gboolean
enum_from_cell (GType       type,
                LabelFunc   label,
                const char *cell,
                int        *value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  g_autofree char *folded = fold (cell);

  for (guint i = 0; i < klass->n_values; i++)
    {
      g_autofree char *nick = fold (klass->values[i].value_nick);
      g_autofree char *name = fold (label (klass->values[i].value));

      if (g_str_equal (folded, nick) || g_str_equal (folded, name))
        {
          *value = klass->values[i].value;
          return TRUE;
        }
    }

  return FALSE;
}

typedef struct
{
  const char *text;
  const char *start;
  const char *end;
  const char *precision;
} PeriodCells;

static void
add_row_error (GString    *errors,
               const char *format,
               ...) G_GNUC_PRINTF (2, 3);

static void
add_row_error (GString    *errors,
               const char *format,
               ...)
{
  va_list args;

  if (errors->len > 0)
    /* Translators: parts two errors of one row */
    g_string_append (errors, _("; "));
  va_start (args, format);
  g_string_append_vprintf (errors, format, args);
  va_end (args);
}

static AccordPeriod *
period_from_cells (const PeriodCells *cells,
                   GString           *errors)
{
  const char *text = cells->text != NULL ? cells->text : "";
  gboolean has_start = cells->start != NULL && cells->start[0] != '\0';
  gboolean has_end = cells->end != NULL && cells->end[0] != '\0';
  gboolean has_precision = cells->precision != NULL && cells->precision[0] != '\0';
  int precision = ACCORD_PRECISION_UNKNOWN;
  GDate start, end;

  if (has_precision
      && !enum_from_cell (ACCORD_TYPE_PRECISION, (LabelFunc) accord_precision_to_label,
                          cells->precision, &precision))
    {
      /* Translators: %s is a cell's text */
      add_row_error (errors, _("“%s” is no precision (day, month, quarter, half-year, year, years or unknown)"),
                     cells->precision);
      return NULL;
    }

  if (!has_start && !has_end)
    {
      g_autoptr(AccordPeriod) parsed = accord_period_parse (text, NULL, NULL);

      /* Dates only from the text, and only when no precision says otherwise. */
      if (!has_precision || (AccordPrecision) precision == accord_period_get_precision (parsed))
        return g_steal_pointer (&parsed);
      return accord_period_new (text, ACCORD_PRECISION_UNKNOWN, NULL, NULL);
    }

  if (has_start != has_end)
    {
      add_row_error (errors, "%s", _("Start and End go together"));
      return NULL;
    }
  if (!accord_date_from_iso (cells->start, &start) || !accord_date_from_iso (cells->end, &end))
    {
      /* Translators: %s is a cell's text */
      add_row_error (errors, _("“%s” is not a date (YYYY-MM-DD)"),
                     accord_date_from_iso (cells->start, &start) ? cells->end : cells->start);
      return NULL;
    }
  if (g_date_compare (&start, &end) > 0)
    {
      add_row_error (errors, "%s", _("Start is after End"));
      return NULL;
    }
  if (precision == ACCORD_PRECISION_UNKNOWN)
    {
      if (has_precision)
        {
          add_row_error (errors, "%s", _("a period with dates needs a precision other than unknown"));
          return NULL;
        }
      precision = ACCORD_PRECISION_DAY;
    }

  return accord_period_new (text, precision, &start, &end);
}

static void
fill_sources (AccordRecord *record,
              const char   *cell)
{
  g_autoptr(GPtrArray) items = split_items (cell, 4);
  GListStore *sources = G_LIST_STORE (accord_record_get_sources (record));

  for (guint i = 0; i < items->len; i++)
    {
      char **fields = g_ptr_array_index (items, i);
      g_autoptr(AccordSource) source = accord_source_new (item_field (fields, 0),
                                                          item_field (fields, 1),
                                                          item_field (fields, 2),
                                                          item_field (fields, 3));

      g_list_store_append (sources, source);
    }
}

static void
fill_participants (AccordMeeting *meeting,
                   const char    *cell)
{
  g_autoptr(GPtrArray) items = split_items (cell, 4);
  GListStore *participants = G_LIST_STORE (accord_meeting_get_participants (meeting));

  for (guint i = 0; i < items->len; i++)
    {
      char **fields = g_ptr_array_index (items, i);
      g_autoptr(AccordParticipant) participant = accord_participant_new (item_field (fields, 0),
                                                                         item_field (fields, 1),
                                                                         item_field (fields, 2),
                                                                         item_field (fields, 3));

      g_list_store_append (participants, participant);
    }
}

static void
fill_attributes (AccordInitiative *initiative,
                 const char       *cell)
{
  g_autoptr(GPtrArray) items = split_items (cell, 2);
  GListStore *attributes = G_LIST_STORE (accord_initiative_get_attributes (initiative));

  for (guint i = 0; i < items->len; i++)
    {
      char **fields = g_ptr_array_index (items, i);
      g_autoptr(AccordAttribute) attribute = accord_attribute_new (item_field (fields, 0),
                                                                   item_field (fields, 1));

      g_list_store_append (attributes, attribute);
    }
}

static gboolean
fill_enum (GObject    *object,
           const char *property,
           GType       type,
           LabelFunc   label,
           const char *cell,
           GString    *errors)
{
  int value;

  if (cell[0] == '\0')
    return TRUE;
  if (!enum_from_cell (type, label, cell, &value))
    {
      /* Translators: %s is a cell's text */
      add_row_error (errors, _("“%s” is not one of the values this column takes"), cell);
      return FALSE;
    }
  g_object_set (object, property, value, NULL);

  return TRUE;
}

static void
fill_field (AccordRecord *record,
            Field         field,
            const char   *cell,
            PeriodCells  *period,
            GString      *errors)
{
  AccordMeeting *meeting = ACCORD_IS_MEETING (record) ? ACCORD_MEETING (record) : NULL;
  AccordInitiative *initiative = ACCORD_IS_INITIATIVE (record) ? ACCORD_INITIATIVE (record) : NULL;
  g_auto(GStrv) items = NULL;

  switch (field)
    {
    case FIELD_ID:
      accord_record_set_id (record, cell);
      break;
    case FIELD_TITLE:
      accord_record_set_title (record, cell);
      break;
    case FIELD_PERIOD_TEXT:
      period->text = cell;
      break;
    case FIELD_START:
      period->start = cell;
      break;
    case FIELD_END:
      period->end = cell;
      break;
    case FIELD_PRECISION:
      period->precision = cell;
      break;
    case FIELD_LOCATION:
      accord_meeting_set_location (meeting, cell);
      break;
    case FIELD_FORMAT:
      fill_enum (G_OBJECT (meeting), "format", ACCORD_TYPE_MEETING_FORMAT,
                 (LabelFunc) accord_meeting_format_to_label, cell, errors);
      break;
    case FIELD_KIND:
      fill_enum (G_OBJECT (meeting), "kind", ACCORD_TYPE_MEETING_KIND,
                 (LabelFunc) accord_meeting_kind_to_label, cell, errors);
      break;
    case FIELD_PARTICIPANTS:
      fill_participants (meeting, cell);
      break;
    case FIELD_TOPICS:
      items = strv_from_cell (cell);
      accord_meeting_set_topics (meeting, (const char * const *) items);
      break;
    case FIELD_SUMMARY:
      accord_meeting_set_summary (meeting, cell);
      break;
    case FIELD_OUTCOMES:
      items = strv_from_cell (cell);
      accord_meeting_set_outcomes (meeting, (const char * const *) items);
      break;
    case FIELD_OBJECTIVE:
      accord_initiative_set_objective (initiative, cell);
      break;
    case FIELD_EXPECTED_OUTCOME:
      accord_initiative_set_expected_outcome (initiative, cell);
      break;
    case FIELD_LEAD:
      accord_initiative_set_lead (initiative, cell);
      break;
    case FIELD_PARTNERS:
      items = strv_from_cell (cell);
      accord_initiative_set_partners (initiative, (const char * const *) items);
      break;
    case FIELD_STATUS:
      fill_enum (G_OBJECT (initiative), "status", ACCORD_TYPE_STATUS,
                 (LabelFunc) accord_status_to_label, cell, errors);
      break;
    case FIELD_AREA:
      accord_initiative_set_area (initiative, cell);
      break;
    case FIELD_MEETING:
      accord_initiative_set_meeting_id (initiative, cell);
      break;
    case FIELD_ATTRIBUTES:
      fill_attributes (initiative, cell);
      break;
    case FIELD_SOURCES:
      fill_sources (record, cell);
      break;
    case FIELD_NOTES:
    default:
      accord_record_set_notes (record, cell);
      break;
    }
}

GPtrArray *
accord_csv_read_records (AccordCsvTable *table,
                         AccordCsvKind   kind,
                         const int      *mapping,
                         GStrv          *row_errors)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GStrvBuilder) errors = g_strv_builder_new ();
  guint n_columns;
  const Column *columns = columns_of (kind, &n_columns);
  gboolean any_error = FALSE;

  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (mapping != NULL, NULL);

  for (guint i = 0; i < table->rows->len; i++)
    {
      GPtrArray *row = g_ptr_array_index (table->rows, i);
      g_autoptr(AccordRecord) record = NULL;
      g_autoptr(GString) row_error = g_string_new (NULL);
      g_autoptr(AccordPeriod) period = NULL;
      PeriodCells period_cells = { NULL };
      gboolean blank = TRUE;

      for (guint j = 0; j < row->len; j++)
        blank = blank && ((char *) g_ptr_array_index (row, j))[0] == '\0';
      if (blank)
        continue;

      record = kind == ACCORD_CSV_MEETINGS ? ACCORD_RECORD (accord_meeting_new (NULL))
                                           : ACCORD_RECORD (accord_initiative_new (NULL));

      for (guint j = 0; j < row->len && j < table->header->len; j++)
        {
          const char *cell = g_ptr_array_index (row, j);

          if (mapping[j] >= 0 && (guint) mapping[j] < n_columns)
            fill_field (record, columns[mapping[j]].field, cell, &period_cells, row_error);
          else if (kind == ACCORD_CSV_INITIATIVES && cell[0] != '\0')
            {
              /* A column Accord has no field for: an attribute named by its header. */
              g_autoptr(AccordAttribute) attribute =
                accord_attribute_new (g_ptr_array_index (table->header, j), cell);

              g_list_store_append (G_LIST_STORE (accord_initiative_get_attributes (ACCORD_INITIATIVE (record))),
                                   attribute);
            }
        }

      period = period_from_cells (&period_cells, row_error);
      if (row_error->len > 0)
        {
          g_autofree char *message = NULL;

          /* Translators: %1$u is a line of the file, %2$s what is wrong with its row */
          message = g_strdup_printf (_("Line %1$u: %2$s"),
                                     g_array_index (table->lines, guint, i), row_error->str);
          g_strv_builder_add (errors, message);
          any_error = TRUE;
          continue;
        }

      if (ACCORD_IS_MEETING (record))
        accord_meeting_set_when (ACCORD_MEETING (record), period);
      else
        accord_initiative_set_period (ACCORD_INITIATIVE (record), period);
      g_ptr_array_add (records, g_steal_pointer (&record));
    }

  if (row_errors != NULL)
    *row_errors = any_error ? g_strv_builder_end (errors) : NULL;

  return g_steal_pointer (&records);
}
