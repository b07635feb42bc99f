/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "accord-document.h"

G_BEGIN_DECLS

#define ACCORD_CSV_ERROR (accord_csv_error_quark ())

typedef enum {
  ACCORD_CSV_ERROR_EMPTY,     /* no header line */
  ACCORD_CSV_ERROR_SYNTAX,    /* not CSV (a stray quote): the message gives the line */
  ACCORD_CSV_ERROR_ENCODING,  /* not UTF-8: the message gives line and column */
  ACCORD_CSV_ERROR_ROWS,      /* rows that cannot be records: the message lists them by line */
} AccordCsvError;

/* A CSV file holds one list. */
typedef enum {
  ACCORD_CSV_MEETINGS,
  ACCORD_CSV_INITIATIVES,
} AccordCsvKind;

typedef struct
{
  char     separator;   /* ',' unless for Excel */
  gboolean bom;         /* a UTF-8 byte order mark first, which Excel needs to read UTF-8 */
} AccordCsvOptions;

GQuark      accord_csv_error_quark       (void);

/* What Excel in the user's locale reads: a BOM, and ';' where the decimal separator is ','. */
void        accord_csv_options_for_excel (AccordCsvOptions      *options);

/* RFC 4180 text of @header and @rows (each a NULL-terminated vector of cells), CRLF ends. */
char       *accord_csv_write_table       (const char * const    *header,
                                          GPtrArray             *rows,
                                          const AccordCsvOptions *options,
                                          gsize                 *length);
/* Every field of each record of @records (AccordMeeting or AccordInitiative, as @kind says),
 * under translated headers; FORMAT.md gives the columns and how lists fill one cell. */
char       *accord_csv_save_data         (GListModel            *records,
                                          AccordCsvKind          kind,
                                          const AccordCsvOptions *options,
                                          gsize                 *length);

/* A parsed CSV file: the header and the rows, each with the line it starts on. */
typedef struct _AccordCsvTable AccordCsvTable;

AccordCsvTable *accord_csv_table_parse   (const char            *data,
                                          gssize                 length,
                                          GError               **error);
void        accord_csv_table_free        (AccordCsvTable        *table);
guint       accord_csv_table_get_n_columns (AccordCsvTable      *table);
const char *accord_csv_table_get_header  (AccordCsvTable        *table,
                                          guint                  column);
guint       accord_csv_table_get_n_rows  (AccordCsvTable        *table);

/* The fields a column can fill, in the order an export writes them. */
guint       accord_csv_get_n_fields      (AccordCsvKind          kind);
/* The field's header, translated. */
const char *accord_csv_get_field_label   (AccordCsvKind          kind,
                                          guint                  field);
/* For each column, the field its header names (in English, Vietnamese or Lao, or the JSON
 * member), or -1. */
int        *accord_csv_guess_mapping     (AccordCsvTable        *table,
                                          AccordCsvKind          kind);
/* The kind whose fields more headers name. */
AccordCsvKind accord_csv_guess_kind      (AccordCsvTable        *table);

/* New records of @kind from the rows, through @mapping (one field or -1 a column; an
 * initiative keeps a column mapped to nothing as an attribute named by its header). Rows that
 * cannot be records are left out, and @row_errors (nullable) says why, one translated
 * sentence a row, with its line ("Line 4: “2024-13-01” is not a date"). */
GPtrArray  *accord_csv_read_records      (AccordCsvTable        *table,
                                          AccordCsvKind          kind,
                                          const int             *mapping,
                                          GStrv                 *row_errors);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AccordCsvTable, accord_csv_table_free)

G_END_DECLS
