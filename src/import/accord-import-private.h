/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "accord-enums.h"
#include "accord-import.h"
#include "accord-period.h"

G_BEGIN_DECLS

/* ---- The cleaned text ------------------------------------------------------------------ */

typedef enum {
  BLOCK_PARAGRAPH,
  BLOCK_HEADING,     /* a short line without a full stop, or an HTML/Markdown heading */
  BLOCK_ITEM,        /* "- …", "• …", "1. …" */
  BLOCK_TABLE_ROW,   /* "a | b | c" */
  BLOCK_TABLE_RULE,  /* "---|---" */
} BlockKind;

/* Byte offsets into the cleaned text, end excluded. */
typedef struct
{
  BlockKind kind;
  gsize     start;
  gsize     end;
  gboolean  marked_heading;  /* the source said so (<h2>, "## ") */
} Block;

typedef struct
{
  gsize start;
  gsize end;
  guint block;
} Sentence;

/* Turns @data into one line per block: HTML through libxml2 with scripts, navigation and page
 * furniture dropped, Markdown without its markup. The text is valid UTF-8 without NULs. */
char     *accord_import_clean        (const char         *data,
                                      gsize               length,
                                      AccordImportFormat  format,
                                      GArray             *heading_lines);

/* ---- Values with the words they came from ---------------------------------------------- */

/* A value and the bytes of the text it was read from; value NULL when the text states none. */
typedef struct
{
  char  *value;
  gsize  start;
  gsize  end;
} Field;

void      field_set                  (Field       *field,
                                      const char  *value,
                                      gsize        start,
                                      gsize        end);
void      field_set_text             (Field       *field,
                                      const char  *text,
                                      gsize        start,
                                      gsize        end);
void      field_copy                 (Field       *to,
                                      const Field *from);
void      field_clear                (Field       *field);
static inline gboolean
field_is_set (const Field *field)
{
  return field->value != NULL;
}

typedef struct
{
  Field  name;
  Field  title;
  Field  affiliation;
  Field  role;
  gboolean group;     /* "the ASEAN Foreign Ministers": a body, not one person */
  gsize  first;       /* where first mentioned */
} Person;

Person   *person_new                 (void);
Person   *person_copy                (const Person *person);
void      person_free                (Person       *person);
/* Folded identity: the name, or the title's words with the affiliation. */
char     *person_key                 (const Person *person);

/* Where the article names someone. */
typedef struct
{
  guint person;      /* index into state->people */
  gsize start;
  gsize end;
  guint sentence;
} Mention;

typedef struct _MeetingDraft MeetingDraft;

struct _MeetingDraft
{
  Field           title;
  Field           when;
  AccordPeriod   *period;
  gboolean        year_resolved;  /* the date had no year and took the article's */
  Field           location;
  Field           format;
  AccordMeetingFormat format_value;
  Field           kind;
  AccordMeetingKind kind_value;
  GPtrArray      *participants;   /* Person, owned */
  GPtrArray      *aliases;        /* folded names it is also called by ("amm 53") */
  char           *key;            /* participants' keys, for unnamed meetings */
  gsize           first;
  gboolean        named;
  gboolean        visit;
};

typedef struct
{
  Field  name;
  Field  value;
} AttributeDraft;

typedef struct
{
  Field           title;
  Field           objective;
  Field           expected_outcome;
  Field           timeline;
  AccordPeriod   *period;
  gboolean        year_resolved;
  Field           lead;
  Field           status;
  AccordStatus    status_value;
  Field           area;
  GArray         *attributes;     /* AttributeDraft */
  GPtrArray      *partners;       /* Field*, owned */
  MeetingDraft   *meeting;        /* not owned */
  gsize           first;
} InitiativeDraft;

typedef struct
{
  char       *text;
  gsize       length;
  GArray     *blocks;        /* Block */
  GArray     *sentences;     /* Sentence */

  GDate       reference;
  AccordImportReference reference_origin;
  gsize       dateline_end;  /* "JAKARTA, Sept 5 —" is the article's date, no meeting's */
  Field       reference_field;

  Field       publisher;
  Field       headline;
  Field       published;

  GPtrArray  *people;        /* Person, owned: everyone named in the article */
  GArray     *mentions;      /* Mention, in text order */
  GPtrArray  *meetings;      /* MeetingDraft, owned */
  GPtrArray  *initiatives;   /* InitiativeDraft, owned */
} ImportState;

/* ---- Words -------------------------------------------------------------------------------- */

/* The sentence (index into state->sentences) that holds byte @offset. */
guint     import_sentence_at         (ImportState *state,
                                      gsize        offset);
/* Places and organisations: the canonical name ("Lao PDR") of the one @text names ("Laos",
 * "the Lao People's Democratic Republic (Lao PDR)", "Lao"), or NULL. */
const char *import_canonical_place   (const char  *text);
/* The regular expression source of places, organisations and their adjectives. */
const char *import_place_pattern     (void);
const char *import_demonym_pattern   (void);
const char *import_city_pattern      (void);
/* TRUE when @folded_word is a place's or an office's word, never part of a name. */
gboolean  import_is_name_stopword    (const char  *word);
/* The span of the named group @group, when it matched something. */
gboolean  import_fetch               (GMatchInfo  *match,
                                      const char  *group,
                                      int         *start,
                                      int         *end);
/* @text with its first letter in upper case. */
char     *import_capitalize          (const char  *text);
/* A copy without leading and trailing spaces and punctuation; NULL when empty. */
char     *import_trim                (const char  *text,
                                      gsize        length);

/* ---- The passes, in order ----------------------------------------------------------------- */

void      import_find_article_date   (ImportState *state,
                                      const GDate *given);
/* A date or period in @start…@end (bytes): the first one the period parser understands,
 * resolved against the article's date; NULL when there is none. Sets @field to its words. */
AccordPeriod *import_find_period     (ImportState *state,
                                      gsize        start,
                                      gsize        end,
                                      Field       *field,
                                      gboolean    *year_resolved);
void      import_find_people         (ImportState *state);
/* The person of state->people that a name written on its own ("Son", "Kommasith") or in
 * full refers to, or -1. */
int       import_lookup_person       (ImportState *state,
                                      const char  *name);
void      import_find_meetings       (ImportState *state);
void      import_find_tables         (ImportState *state);
void      import_find_initiatives    (ImportState *state);

MeetingDraft *meeting_draft_new      (void);
void      meeting_draft_free         (MeetingDraft *draft);
void      meeting_draft_add_person   (MeetingDraft *draft,
                                      const Person *person);
InitiativeDraft *initiative_draft_new (void);
void      initiative_draft_free      (InitiativeDraft *draft);

G_END_DECLS
