/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "accord-period.h"

G_BEGIN_DECLS

/* Each kind of record and item describes its fields once, here: the JSON reader and writer,
 * search and the undo labels walk the description instead of naming fields themselves. */

typedef enum {
  ACCORD_FIELD_STRING,
  ACCORD_FIELD_STRV,
  ACCORD_FIELD_ENUM,
  ACCORD_FIELD_PERIOD,
  /* A list of items (participants, sources, attributes). */
  ACCORD_FIELD_ITEMS,
} AccordFieldKind;

typedef enum {
  ACCORD_FIELD_NONE        = 0,
  /* Its text is in the record's search haystack. */
  ACCORD_FIELD_SEARCHED    = 1 << 0,
  /* Names a country or organisation: searched, and compared whole by the filter. */
  ACCORD_FIELD_AFFILIATION = 1 << 1,
  /* A column of the record lists sorts by it. */
  ACCORD_FIELD_SORTABLE    = 1 << 2,
  /* STRING: an ISO 8601 date, or empty. */
  ACCORD_FIELD_DATE        = 1 << 3,
} AccordFieldFlags;

typedef void (*AccordFieldFunc) (void);

typedef struct
{
  /* The property: "expected-outcome". */
  const char       *id;
  /* The JSON member: "expected_outcome". */
  const char       *member;
  AccordFieldKind   kind;
  AccordFieldFlags  flags;
  /* Untranslated, marked for translation; NULL for a field that is not shown (ids). */
  const char       *label;
  /* The name of an undo step that changes it, untranslated; NULL for the kind's own. */
  const char       *undo_label;
  /* ENUM: its type, and the value a missing member reads as; ITEMS: the items' type. */
  GType           (*value_type) (void);
  int               enum_default;
  /* The getter: const char *(*) (object), const char * const *(*) (object),
   * int (*) (object), const AccordPeriod *(*) (object) or GListModel *(*) (object); the setter
   * takes the same value (none for ITEMS). Called through accord_field_get_*(). */
  AccordFieldFunc   get;
  AccordFieldFunc   set;
} AccordField;

/* The fields of @type (a meeting, an initiative, a participant, a source or an attribute), in
 * the order Accord writes them; NULL for another type. */
const AccordField   *accord_fields_for_type      (GType              type,
                                                  guint             *n_fields);
/* The field of @object's type that is property @id, or NULL. */
const AccordField   *accord_field_lookup         (GObject           *object,
                                                  const char        *id);

/* What the field holds in @object: the value kinds' getters and setters. */
const char          *accord_field_get_string     (const AccordField *field,
                                                  gpointer           object);
void                 accord_field_set_string     (const AccordField *field,
                                                  gpointer           object,
                                                  const char        *value);
const char * const  *accord_field_get_strv       (const AccordField *field,
                                                  gpointer           object);
void                 accord_field_set_strv       (const AccordField *field,
                                                  gpointer           object,
                                                  const char * const *value);
int                  accord_field_get_enum       (const AccordField *field,
                                                  gpointer           object);
void                 accord_field_set_enum       (const AccordField *field,
                                                  gpointer           object,
                                                  int                value);
const AccordPeriod  *accord_field_get_period     (const AccordField *field,
                                                  gpointer           object);
void                 accord_field_set_period     (const AccordField *field,
                                                  gpointer           object,
                                                  const AccordPeriod *value);
/* ITEMS: the list, made if it was not. */
GListModel          *accord_field_get_items      (const AccordField *field,
                                                  gpointer           object);

/* The translated name of the undo step that sets @field of @object ("Rename Meeting"). */
const char          *accord_field_get_undo_label (const AccordField *field,
                                                  GObject           *object);

G_END_DECLS
