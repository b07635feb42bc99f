/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "accord-record-list.h"
#include "accord-filter-model.h"
#include "accord-refresh-model.h"

G_BEGIN_DECLS

/* What the columns of a record list show and how they sort: accord-record-list-columns.c. */

typedef char       *(*AccordCellTextFunc)  (AccordRecord     *record,
                                            AccordRecordList *self);
/* Text the record (or the document) owns: nothing is copied. */
typedef const char *(*AccordPlainTextFunc) (AccordRecord     *record,
                                            AccordRecordList *self);

typedef struct
{
  /* Names the column in the record-list.sort-by action. */
  const char *key;
  /* Marked for translation in the "column" context. */
  const char *title;
  /* The property of the record the cell shows, or NULL. A change to it updates the cell and
   * moves the record back into order. */
  const char *property;
  /* The cell shows other objects too (participants, the launching meeting): it is updated after
   * every change to the document. */
  gboolean follows_document;
  /* The cell shows text() when there is one, else plain_text(). A column with compare() sorts
   * by it; the others by plain_text(), as a person reads it. */
  AccordCellTextFunc text;
  AccordPlainTextFunc plain_text;
  GCompareDataFunc compare;
  /* Fixed, so that columns keep their width while rows scroll by. */
  int width;
  /* The column also takes the room the others leave (and the list scrolls sideways rather
   * than squeeze it below its width). */
  gboolean expand;
  /* Dates: figures line up. */
  gboolean tabular;
  /* The list starts sorted by this column, ascending. */
  gboolean default_sort;
} AccordColumnInfo;

#define ACCORD_RECORD_LIST_MAX_COLUMNS 6

typedef struct
{
  AccordRecordList *self;
  const AccordColumnInfo *info;
  GtkColumnViewColumn *column;
  GtkCustomSorter *sorter;
  /* AccordRecord (unowned) → SortKey, for the columns sorted by their text. */
  GHashTable *sort_keys;
} AccordColumn;

struct _AccordRecordList
{
  GtkWidget parent_instance;

  GType record_type;
  AccordDocument *document;
  GtkFilter *filter;
  /* The one being edited: pinned in the filter model, its participants watched. */
  AccordRecord *selected;
  guint n_shown;

  /* document list → refresh_model → sort_model → filter_model → selection → view: sorted
   * once, filtered in order, so that typing a query never sorts. */
  AccordRefreshModel *refresh_model;
  GtkSortListModel *sort_model;
  AccordFilterModel *filter_model;
  GtkSingleSelection *selection;

  AccordColumn columns[ACCORD_RECORD_LIST_MAX_COLUMNS];
  guint n_columns;

  GtkStack *stack;
  GtkColumnView *view;
  AdwStatusPage *empty_page;
  AdwStatusPage *no_results_page;
  /* The menu of a row, shown on a secondary click or the Menu key; NULL for none. */
  GtkWidget *context_popover;
};

/* accord-record-list.c: pops up the row menu for @record, pointing at @x, @y of @widget. */
void _accord_record_list_popup_context_menu (AccordRecordList *self,
                                             AccordRecord     *record,
                                             GtkWidget        *widget,
                                             double            x,
                                             double            y);

/* The columns for @record_type, the first shown first. */
const AccordColumnInfo *_accord_record_list_get_column_infos (GType                   record_type,
                                                              guint                  *n_infos);
/* Makes the column of @info, with its cells and sorter, and appends it to the view. */
void                    _accord_record_list_add_column       (AccordRecordList       *self,
                                                              const AccordColumnInfo *info);
/* Forgets the sort keys (of a document no longer shown). */
void                    _accord_record_list_column_reset     (AccordColumn           *column);
/* Leaves nothing that could reach into the list once it is gone. */
void                    _accord_record_list_column_clear     (AccordColumn           *column);

/* Moves @record to its place after a change to one of its sort keys. */
void                    _accord_record_list_move_into_order  (AccordRecordList       *self,
                                                              AccordRecord           *record);

G_END_DECLS
