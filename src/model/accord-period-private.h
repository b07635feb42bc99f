/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "accord-period.h"

G_BEGIN_DECLS

/* The one grammar of periods: accord-period-grammar.c reads text into tokens and tokens into
 * days; accord-period-text.c rewrites the same tokens when a period moves; the calendar helpers
 * below are the only date arithmetic, on GDate. */

/* The days a period can hold: 1 January 0001 to 31 December 9999, the four-digit years people
 * write, ISO 8601 and GDateTime use. */
#define ACCORD_PERIOD_FIRST_YEAR   1
#define ACCORD_PERIOD_LAST_YEAR    9999
#define ACCORD_PERIOD_FIRST_JULIAN 1
#define ACCORD_PERIOD_LAST_JULIAN  3652059

/* Calendar (accord-period.c) */

/* @date set to @julian (which must be valid). */
void      _accord_date_init_julian   (GDate   *date,
                                      guint32  julian);
guint32   _accord_julian_from_dmy    (guint    day,
                                      guint    month,
                                      guint    year);
/* First and last day of the months @first_month to @last_month of @year. */
void      _accord_months_to_julian   (guint    first_month,
                                      guint    last_month,
                                      guint    year,
                                      guint32 *first,
                                      guint32 *last);
gboolean  _accord_date_is_usable     (const GDate *date);
AccordPeriod *_accord_period_new_julian (const char      *text,
                                         AccordPrecision  precision,
                                         guint32          start,
                                         guint32          end);

/* Months in a unit of @precision; 0 for days and unknown (accord-period-edit.c). */
guint     _accord_precision_months   (AccordPrecision precision);

/* Tokens (accord-period-grammar.c) */

typedef enum
{
  TOKEN_NUMBER,        /* "29", "2024" */
  TOKEN_ORDINAL,       /* "14th" */
  TOKEN_ORDINAL_WORD,  /* "first" to "fourth", only before "quarter" or "half" */
  TOKEN_ROMAN,         /* "I" to "IV", only after "quarter" ("Quý III/2024") */
  TOKEN_MONTH,         /* "January", "Jan", "tháng 4", "ເມສາ", "01" of "01/2024" */
  TOKEN_QUARTER,       /* "Q3", or "third quarter", "quý 3" once merged */
  TOKEN_HALF,          /* "H2", or "second half", "nửa cuối" once merged */
  TOKEN_DATE,          /* "2023-11-22", "29/01/2024" */
  TOKEN_DASH,          /* hyphen, en or em dash: a range, or the joint of "Q3-2024" */
  TOKEN_SLASH,         /* the joint of "Quý 3/2024" and "01/2024" */
  TOKEN_TO,            /* "to", "until", "đến": a range */
  TOKEN_AND,           /* a range only in "between … and …" */
  TOKEN_FROM,          /* needs a "to": "from 2024" alone has no end */
  TOKEN_BETWEEN,
  TOKEN_WITHIN,        /* "throughout", "in", "by": add nothing to the dates */
  TOKEN_THIS,          /* "this April", "năm nay" */
  TOKEN_NEXT,          /* "next year", "năm sau": only when parsing relative text */
  TOKEN_PREVIOUS,      /* "last year", "năm ngoái" */
  TOKEN_YEAR_WORD,     /* "year", "năm", "ປີ" */
  TOKEN_THIS_YEAR,     /* "this year" once merged; value is -1, 0 or 1 for last, this, next */
  TOKEN_MONTH_WORD,    /* "tháng", "ເດືອນ": before a month number or name */
  TOKEN_QUARTER_WORD,
  TOKEN_HALF_WORD,
  TOKEN_PART,          /* "early", "mid", "late" (1, 2, 3) of a year or month */
  TOKEN_WEEKDAY,       /* "Tuesday" (1 Monday to 7 Sunday) */
  TOKEN_DAY_WORD,      /* "today", "tomorrow" (0, 1; 2 for yesterday) */
  TOKEN_FILLER,        /* "the", "of", "năm" before a year: dropped */
} TokenKind;

typedef enum
{
  NUMERAL_DIGITS,      /* "3", "05" */
  NUMERAL_ORDINAL,     /* "3rd" */
  NUMERAL_WORD,        /* "third", "January" */
  NUMERAL_ROMAN,       /* "III" */
  NUMERAL_ABBREVIATED, /* "Jan", "ມ.ກ." */
  NUMERAL_PART,        /* a half written as its first or last part: "nửa cuối", "6 tháng đầu" */
} Numeral;

typedef enum
{
  DATE_ORDER_YMD,      /* ISO 8601 */
  DATE_ORDER_DMY,      /* "29/01/2024" */
  DATE_ORDER_MDY,      /* "01/29/2024" */
} DateOrder;

typedef struct
{
  TokenKind kind;
  Numeral   numeral;
  guint     value;     /* of a number, ordinal, month, quarter or half; the year of a date */
  guint     digits;    /* of a number: "25" may be a year after "2021-" */
  guint     month;     /* of a date */
  guint     day;       /* of a date */
  DateOrder order;     /* of a date */
  char      separator; /* of a date: '-', '/' or '.' */
  /* Where the token's value is written, in bytes into the text: the "3" of "Q3", the "4" of
   * "tháng 4", all of "29/01/2024". */
  guint     offset;
  guint     length;
  /* All of the token as written, "tháng" and "Q" too. */
  guint     begin;
  guint     end;
} Token;

/* A parse that also says which tokens made it, for rewriting the text. */
typedef struct
{
  Token           *tokens;
  guint            n_tokens;
  guint            separator;   /* index of the range's separator, or G_MAXUINT */
  AccordPrecision  precision;
  guint32          first;
  guint32          last;
} AccordPeriodReading;

/* Parsing needs no more tokens than this; a longer text is not a period. */
#define ACCORD_PERIOD_MAX_TOKENS 24

/* FALSE with @code set when @text is not a period. @tokens holds ACCORD_PERIOD_MAX_TOKENS. */
gboolean  _accord_period_read        (const char             *text,
                                      const GDate            *reference,
                                      AccordPeriodParseFlags  flags,
                                      Token                  *tokens,
                                      AccordPeriodReading    *reading,
                                      AccordPeriodError      *code);

/* Text for the days @start to @end of @precision, in the form of @original (nullable) where
 * that form can say them (accord-period-text.c). It reads back as exactly that span. */
AccordPeriod *_accord_period_for_span (const AccordPeriod *original,
                                       AccordPrecision     precision,
                                       guint32             start,
                                       guint32             end);

G_END_DECLS
