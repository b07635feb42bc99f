/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "accord-json.h"

G_BEGIN_DECLS

/* Members this version does not know, kept on the object they were read with together with
 * the order of all its members, and written back in that order, so a newer Accord's file
 * survives a round trip. */
#define ACCORD_JSON_UNKNOWN_MEMBERS_KEY "accord-json-unknown-members"

/* The members Accord knows of each kind of object, name → position from 1 in the order it
 * writes them: looked up for every member of every object. Built once, kept for the life of
 * the program. */
typedef struct
{
  GHashTable *period;
  GHashTable *participant;
  GHashTable *source;
  GHashTable *attribute;
  GHashTable *meeting;
  GHashTable *initiative;
  GHashTable *document;
  /* A period member's name → where what it does not know is kept. */
  GHashTable *period_keys;
} AccordJsonKnownMembers;

const AccordJsonKnownMembers *accord_json_known_members  (void);
/* Those of a meeting, initiative, participant, source or attribute. */
GHashTable                   *accord_json_known_for_type (GType       type);
/* Where the members of the period in @member that this version does not know are kept on
 * the object that holds it (a period is an immutable value without object data). */
const char                   *accord_json_period_key     (const char *member);

/* What the scan before parsing learnt about a text that json-glib may parse. */
typedef struct
{
  /* A copy of the text in which each lone UTF-16 surrogate escape ("\ud800") is replaced by
   * "\ufffd", of the same length; NULL when the text needed no repair. */
  char      *repaired;
  /* The document's "version" as written, when it is a number: json-glib reads a number too
   * big for 64 bits as -1. */
  char      *version_text;
  /* Translated messages about what was repaired. */
  GPtrArray *warnings;
} AccordJsonScan;

/* Refuses, with line and column, what json-glib 1.6 would misread or crash on: a NUL byte,
 * text that is not UTF-8, an escape that is not JSON ("\u12zz", "\q"), "\u0000" (which would
 * cut the string), nesting deeper than ACCORD_JSON_MAX_DEPTH (json-glib recurses); repairs
 * lone surrogate escapes, which json-glib decodes to invalid UTF-8. */
gboolean  accord_json_scan                  (const char      *data,
                                             gsize            length,
                                             AccordJsonScan  *scan,
                                             GError         **error);
void      accord_json_scan_clear            (AccordJsonScan  *scan);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (AccordJsonScan, accord_json_scan_clear)

/* @parse_error from json-glib as an ACCORD_JSON_ERROR_SYNTAX error in the UI's language, with
 * line and column; whatever json-glib quotes from the text is shortened and escaped into
 * valid UTF-8. */
void      accord_json_set_syntax_error      (GError         **error,
                                             const GError    *parse_error);

/* @text for a message: at most a few dozen characters, control characters escaped. */
char     *accord_json_quote_for_message     (const char      *text);

/* Members of @json whose names are not in @known (a name → position table), kept on @object
 * under @key together with the order of all members when that is not the order Accord writes
 * them in; write_members puts them back. */
void        accord_json_keep_members        (GObject         *object,
                                             const char      *key,
                                             JsonObject      *json,
                                             GHashTable      *known);
/* @json, as the writer built it, with the members kept on @object put back in the order they
 * were read; members not in the file come after those. Takes @json, returns the object to
 * write (@json itself when nothing was kept). */
JsonObject *accord_json_write_members       (GObject         *object,
                                             const char      *key,
                                             JsonObject      *json,
                                             GHashTable      *known);

G_END_DECLS
