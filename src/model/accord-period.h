/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "accord-enums.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_PERIOD (accord_period_get_type ())
#define ACCORD_PERIOD_ERROR (accord_period_error_quark ())

typedef enum {
  ACCORD_PERIOD_ERROR_EMPTY,        /* nothing but white space */
  ACCORD_PERIOD_ERROR_UNRECOGNIZED, /* no form we know */
  ACCORD_PERIOD_ERROR_INVALID_DATE, /* a known form, but no such date ("31 February 2024") */
  ACCORD_PERIOD_ERROR_NO_YEAR,      /* a day or month with no year and no reference date */
  ACCORD_PERIOD_ERROR_BACKWARDS,    /* a range that ends before it starts */
} AccordPeriodError;

typedef enum {
  ACCORD_PERIOD_PARSE_DEFAULT       = 0,
  /* Words counted from @reference, the day the text was written: "today", "tomorrow",
   * "on Tuesday", "next year", "last year"; and a day without a year takes the year that puts it
   * nearest @reference ("3 March" written on 20 December 2024 is 3 March 2025). */
  ACCORD_PERIOD_PARSE_RELATIVE      = 1 << 0,
  /* With RELATIVE: a weekday or a day without a year is the nearest on or before @reference
   * ("met on Tuesday"), or the nearest on or after it ("will meet on Tuesday"). Without either,
   * a weekday is the next on or after @reference, a day the nearest. */
  ACCORD_PERIOD_PARSE_PREFER_PAST   = 1 << 1,
  ACCORD_PERIOD_PARSE_PREFER_FUTURE = 1 << 2,
} AccordPeriodParseFlags;

/* An immutable span of time as a person wrote it ("Q3 2024", "2024 – 2025") together with what
 * it was understood to mean: first and last day (inclusive) and how precise the text is. */
typedef struct _AccordPeriod AccordPeriod;

GType          accord_period_get_type      (void) G_GNUC_CONST;
GQuark         accord_period_error_quark   (void);

/* Always returns a period. Text that cannot be understood gives a period of unknown precision
 * that keeps the text, and sets @error to say why. @reference (nullable) gives the year to a
 * day or month written without one. */
AccordPeriod  *accord_period_parse         (const char      *text,
                                            const GDate     *reference,
                                            GError         **error);
/* accord_period_parse() for text from elsewhere, as an article: see AccordPeriodParseFlags. */
AccordPeriod  *accord_period_parse_full    (const char              *text,
                                            const GDate             *reference,
                                            AccordPeriodParseFlags   flags,
                                            GError                 **error);
/* The first date or period written in @text, prose of any length: "a work plan for 2025" gives
 * "2025", "Ministers met on Tuesday in Jakarta" "on Tuesday". Of the periods that start at the
 * same word, the longest. Its text is the words read, from byte @start to @end (both nullable)
 * of @text, which must be UTF-8; fillers around them ("the", "of", "ngày") are left out. NULL
 * when the text has none. */
AccordPeriod  *accord_period_find          (const char              *text,
                                            const GDate             *reference,
                                            AccordPeriodParseFlags   flags,
                                            gsize                   *start,
                                            gsize                   *end);
/* A period whose meaning is already known (from a saved document). @start and @end are ignored
 * for ACCORD_PRECISION_UNKNOWN; otherwise they must be valid, four-digit-year dates with @start
 * not after @end (as accord_date_from_iso() gives), which the caller checks first. */
AccordPeriod  *accord_period_new           (const char      *text,
                                            AccordPrecision  precision,
                                            const GDate     *start,
                                            const GDate     *end);
AccordPeriod  *accord_period_copy          (const AccordPeriod *self);
void           accord_period_free          (AccordPeriod    *self);

const char    *accord_period_get_text      (const AccordPeriod *self);
AccordPrecision accord_period_get_precision (const AccordPeriod *self);
gboolean       accord_period_is_known      (const AccordPeriod *self);
/* FALSE (and @date untouched) when the precision is unknown. */
gboolean       accord_period_get_start     (const AccordPeriod *self,
                                            GDate              *date);
gboolean       accord_period_get_end       (const AccordPeriod *self,
                                            GDate              *date);
/* Julian day numbers; 0 when unknown. Cheap, for sorting and drawing. */
guint32        accord_period_get_start_julian (const AccordPeriod *self);
guint32        accord_period_get_end_julian   (const AccordPeriod *self);

gboolean       accord_period_equal         (const AccordPeriod *a,
                                            const AccordPeriod *b);
/* Orders by start, then end; unknown periods last. NULL counts as unknown. */
int            accord_period_compare       (const AccordPeriod *a,
                                            const AccordPeriod *b);

/* The dates the period covers, for people, in the UI language: "1 July – 30 September 2024",
 * "29 January 2024", "2024 – 2025". NULL for an unknown period. */
char          *accord_period_format_dates  (const AccordPeriod *self);
/* A short date for a list column: the text as written when that is all there is, else the
 * formatted dates. Never NULL. */
char          *accord_period_format_short  (const AccordPeriod *self);

/* The number of @quarter (1 to 4) as the UI language writes it: "3", or "III" in Vietnamese. */
const char    *accord_quarter_numeral      (guint            quarter);

/* Whether @c is one of the dashes people write between the ends of a range ("2024–2025"), which
 * search folds to "-" too. */
gboolean       accord_unichar_is_dash      (gunichar         c);

/* ISO 8601 calendar dates (YYYY-MM-DD). */
char          *accord_date_to_iso          (const GDate     *date);
gboolean       accord_date_from_iso        (const char      *text,
                                            GDate           *date);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AccordPeriod, accord_period_free)

G_END_DECLS
