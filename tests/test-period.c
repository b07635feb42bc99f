/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "accord-enum-types.h"
#include "accord-period.h"

typedef struct
{
  const char *text;
  const char *expected;  /* "precision first-day last-day" */
} ParseCase;

typedef struct
{
  const char        *text;
  AccordPeriodError  code;
} ErrorCase;

typedef struct
{
  const char *text;
  const char *dates;
  const char *short_text;
} FormatCase;

/* Every form, and the forms as the seed articles write them. */
static const ParseCase with_year_cases[] = {
  { "Q1 2024", "quarter 2024-01-01 2024-03-31" },
  { "Q3 2024", "quarter 2024-07-01 2024-09-30" },
  { "q4 2023", "quarter 2023-10-01 2023-12-31" },
  { "2024 Q2", "quarter 2024-04-01 2024-06-30" },
  { "Q3-2024", "quarter 2024-07-01 2024-09-30" },
  { "third quarter of 2024", "quarter 2024-07-01 2024-09-30" },
  { "the 1st quarter of 2024", "quarter 2024-01-01 2024-03-31" },
  { "Q1–Q3 2024", "quarter 2024-01-01 2024-09-30" },
  { "Q4 2023 – Q1 2024", "quarter 2023-10-01 2024-03-31" },
  { "H2 2024", "half-year 2024-07-01 2024-12-31" },
  { "h1 2024", "half-year 2024-01-01 2024-06-30" },
  { "first half of 2025", "half-year 2025-01-01 2025-06-30" },
  { "Throughout 2024", "year 2024-01-01 2024-12-31" },
  { "  THROUGHOUT   2024 \n", "year 2024-01-01 2024-12-31" },
  { "2024", "year 2024-01-01 2024-12-31" },
  { "in 2024", "year 2024-01-01 2024-12-31" },
  { "during 2024", "year 2024-01-01 2024-12-31" },
  { "2024 – 2024", "year 2024-01-01 2024-12-31" },
  { "2024 – 2025", "years 2024-01-01 2025-12-31" },
  { "2024 – 2026", "years 2024-01-01 2026-12-31" },
  { "2024-2026", "years 2024-01-01 2026-12-31" },
  { "2024 to 2025", "years 2024-01-01 2025-12-31" },
  { "2024—2025", "years 2024-01-01 2025-12-31" },
  { "2024 − 2025", "years 2024-01-01 2025-12-31" },
  { "from 2024 to 2026", "years 2024-01-01 2026-12-31" },
  { "between 2024 and 2025", "years 2024-01-01 2025-12-31" },
  { "2021-25", "years 2021-01-01 2025-12-31" },
  { "2020-25", "years 2020-01-01 2025-12-31" },
  { "29 January 2024", "day 2024-01-29 2024-01-29" },
  { "January 29, 2024", "day 2024-01-29 2024-01-29" },
  { "29 Jan 2024", "day 2024-01-29 2024-01-29" },
  { "Jan. 29, 2024", "day 2024-01-29 2024-01-29" },
  { "29th January 2024", "day 2024-01-29 2024-01-29" },
  { "the 29th of January 2024", "day 2024-01-29 2024-01-29" },
  { "14th September 2020", "day 2020-09-14 2020-09-14" },
  { "on 22 November 2023", "day 2023-11-22 2023-11-22" },
  { "2023-11-22", "day 2023-11-22 2023-11-22" },
  { "29 February 2024", "day 2024-02-29 2024-02-29" },
  { "April 2024", "month 2024-04-01 2024-04-30" },
  { "September 2020", "month 2020-09-01 2020-09-30" },
  { "Sept. 2020", "month 2020-09-01 2020-09-30" },
  { "SEP 2020", "month 2020-09-01 2020-09-30" },
  { "February 2024", "month 2024-02-01 2024-02-29" },
  { "February 2023", "month 2023-02-01 2023-02-28" },
  { "Jan-2024", "month 2024-01-01 2024-01-31" },
  { "January–March 2024", "month 2024-01-01 2024-03-31" },
  { "December 2023 – February 2024", "month 2023-12-01 2024-02-29" },
  { "November 21-23, 2023", "day 2023-11-21 2023-11-23" },
  { "21–23 November 2023", "day 2023-11-21 2023-11-23" },
  { "21 - 23 November 2023", "day 2023-11-21 2023-11-23" },
  { "21st to 23rd November 2023", "day 2023-11-21 2023-11-23" },
  { "1 July – 30 September 2024", "day 2024-07-01 2024-09-30" },
  { "July 1 – September 30, 2024", "day 2024-07-01 2024-09-30" },
  { "30 December 2023 – 2 January 2024", "day 2023-12-30 2024-01-02" },
  { "2023-11-21 to 2023-11-23", "day 2023-11-21 2023-11-23" },
  { "2023-11-21–2023-11-23", "day 2023-11-21 2023-11-23" },
  /* Ends of different precision are exact only in days. */
  { "December 2023 – 29 January 2024", "day 2023-12-01 2024-01-29" },
  { "\u00a0Q3\u00a02024\u00a0", "quarter 2024-07-01 2024-09-30" },
  /* Numeric dates in the order of the UI language's dates, or the only order that is a date. */
  { "29/01/2024", "day 2024-01-29 2024-01-29" },
  { "29.01.2024", "day 2024-01-29 2024-01-29" },
  { "03/04/2024", "day 2024-04-03 2024-04-03" },
  { "01/29/2024", "day 2024-01-29 2024-01-29" },
  { "01/2024", "month 2024-01-01 2024-01-31" },
  { "01/2024 – 03/2024", "month 2024-01-01 2024-03-31" },
  /* Early, mid and late: a third of the year, or of the month. */
  { "early 2024", "month 2024-01-01 2024-04-30" },
  { "mid-2024", "month 2024-05-01 2024-08-31" },
  { "late 2024", "month 2024-09-01 2024-12-31" },
  { "early March 2025", "day 2025-03-01 2025-03-10" },
  { "mid-March 2025", "day 2025-03-11 2025-03-20" },
  { "late February 2024", "day 2024-02-21 2024-02-29" },
  { "(2022-2026)", "years 2022-01-01 2026-12-31" },
  { "the 2023–2025 period", "years 2023-01-01 2025-12-31" },
  { "by mid-2026", "month 2026-05-01 2026-08-31" },
  { "15th – 16th March 2025", "day 2025-03-15 2025-03-16" },

  /* Vietnamese, whatever the UI language: what Accord shows, and everyday forms */
  { "29 tháng 1 năm 2024", "day 2024-01-29 2024-01-29" },
  { "ngày 29 tháng 1 năm 2024", "day 2024-01-29 2024-01-29" },
  { "9 tháng 12 năm 2026 ", "day 2026-12-09 2026-12-09" },
  { "29 THÁNG 1 NĂM 2024", "day 2024-01-29 2024-01-29" },
  /* Decomposed, as some keyboards type it */
  { "29 tha\u0301ng 1 na\u0306m 2024", "day 2024-01-29 2024-01-29" },
  { "tháng 4 năm 2024", "month 2024-04-01 2024-04-30" },
  { "tháng 4/2024", "month 2024-04-01 2024-04-30" },
  { "Thg 4 2024", "month 2024-04-01 2024-04-30" },
  { "tháng 1 – tháng 3 năm 2024", "month 2024-01-01 2024-03-31" },
  { "từ tháng 1 đến tháng 3 năm 2024", "month 2024-01-01 2024-03-31" },
  { "21–23 tháng 11 năm 2023", "day 2023-11-21 2023-11-23" },
  { "1 tháng 7 – 30 tháng 9 năm 2024", "day 2024-07-01 2024-09-30" },
  { "21–23/11/2023", "day 2023-11-21 2023-11-23" },
  { "01/07 – 30/09/2024", "day 2024-07-01 2024-09-30" },
  { "quý 4 năm 2024", "quarter 2024-10-01 2024-12-31" },
  { "Quý III/2024", "quarter 2024-07-01 2024-09-30" },
  { "Quý 1/2024", "quarter 2024-01-01 2024-03-31" },
  { "quý I năm 2024", "quarter 2024-01-01 2024-03-31" },
  { "Quý I – Quý III/2024", "quarter 2024-01-01 2024-09-30" },
  { "Quý IV/2023 – Quý I/2024", "quarter 2023-10-01 2024-03-31" },
  { "nửa đầu năm 2024", "half-year 2024-01-01 2024-06-30" },
  { "nửa cuối năm 2024", "half-year 2024-07-01 2024-12-31" },
  { "nửa cuối 2024", "half-year 2024-07-01 2024-12-31" },
  { "6 tháng đầu năm 2024", "half-year 2024-01-01 2024-06-30" },
  { "6 tháng cuối năm 2024", "half-year 2024-07-01 2024-12-31" },
  { "đầu năm 2025", "month 2025-01-01 2025-04-30" },
  { "giữa năm 2024", "month 2024-05-01 2024-08-31" },
  { "cuối năm 2024", "month 2024-09-01 2024-12-31" },
  { "cuối tháng 3 năm 2025", "day 2025-03-21 2025-03-31" },
  { "năm 2024", "year 2024-01-01 2024-12-31" },
  { "trong năm 2024", "year 2024-01-01 2024-12-31" },
  { "2024 – 2026", "years 2024-01-01 2026-12-31" },
  { "từ năm 2024 đến năm 2026", "years 2024-01-01 2026-12-31" },

  /* Lao */
  { "29 ມັງກອນ 2024", "day 2024-01-29 2024-01-29" },
  { "ວັນທີ 29 ມັງກອນ 2024", "day 2024-01-29 2024-01-29" },
  { "29 ມ.ກ. 2024", "day 2024-01-29 2024-01-29" },
  { "ເມສາ 2024", "month 2024-04-01 2024-04-30" },
  { "ເດືອນເມສາ 2024", "month 2024-04-01 2024-04-30" },
  { "ມ.ສ. 2024", "month 2024-04-01 2024-04-30" },
  { "ມັງກອນ – ມີນາ 2024", "month 2024-01-01 2024-03-31" },
  { "1 ກໍລະກົດ – 15 ຕຸລາ 2024", "day 2024-07-01 2024-10-15" },
  { "ໄຕມາດ 3/2024", "quarter 2024-07-01 2024-09-30" },
  { "ໄຕມາດທີ 3 ປີ 2024", "quarter 2024-07-01 2024-09-30" },
  { "ເຄິ່ງປີທີ 2/2024", "half-year 2024-07-01 2024-12-31" },
  { "ເຄິ່ງປີທຳອິດ 2025", "half-year 2025-01-01 2025-06-30" },
  { "ເຄິ່ງປີຫຼັງ 2025", "half-year 2025-07-01 2025-12-31" },
  { "ປີ 2024", "year 2024-01-01 2024-12-31" },
  { "ຕົ້ນປີ 2025", "month 2025-01-01 2025-04-30" },
  { "2024 ຫາ 2026", "years 2024-01-01 2026-12-31" },
};

/* Parsed with a reference date of 1 February 2024. */
static const ParseCase without_year_cases[] = {
  { "January 29", "day 2024-01-29 2024-01-29" },
  { "September 12", "day 2024-09-12 2024-09-12" },
  { "this April", "month 2024-04-01 2024-04-30" },
  { "April", "month 2024-04-01 2024-04-30" },
  { "November 21-23", "day 2024-11-21 2024-11-23" },
  { "21–23 November", "day 2024-11-21 2024-11-23" },
  { "Q3", "quarter 2024-07-01 2024-09-30" },
  { "this year", "year 2024-01-01 2024-12-31" },
  { "this year to 2026", "years 2024-01-01 2026-12-31" },
  { "in the third quarter", "quarter 2024-07-01 2024-09-30" },
  { "năm nay", "year 2024-01-01 2024-12-31" },
  { "tháng 4", "month 2024-04-01 2024-04-30" },
  { "quý 3", "quarter 2024-07-01 2024-09-30" },
  { "ປີນີ້", "year 2024-01-01 2024-12-31" },
};

/* Text from an article written on Monday 3 March 2025 (ACCORD_PERIOD_PARSE_RELATIVE). */
static const ParseCase relative_cases[] = {
  { "on Tuesday", "day 2025-03-04 2025-03-04" },
  { "Monday", "day 2025-03-03 2025-03-03" },
  { "March 3rd", "day 2025-03-03 2025-03-03" },
  { "tomorrow", "day 2025-03-04 2025-03-04" },
  { "tomorrow (4 March)", "day 2025-03-04 2025-03-04" },
  { "yesterday", "day 2025-03-02 2025-03-02" },
  { "Tuesday, 4 March 2025", "day 2025-03-04 2025-03-04" },
  { "15th – 16th March 2025", "day 2025-03-15 2025-03-16" },
  { "June 3-5", "day 2025-06-03 2025-06-05" },
  /* A day without a year is the one nearest the article. */
  { "20 December", "day 2024-12-20 2024-12-20" },
  { "(2022-2026)", "years 2022-01-01 2026-12-31" },
  { "the 2023–2025 period", "years 2023-01-01 2025-12-31" },
  { "in the third quarter", "quarter 2025-07-01 2025-09-30" },
  { "early next year", "month 2026-01-01 2026-04-30" },
  { "next year", "year 2026-01-01 2026-12-31" },
  { "last year", "year 2024-01-01 2024-12-31" },
  { "by mid-2026", "month 2026-05-01 2026-08-31" },
  { "năm sau", "year 2026-01-01 2026-12-31" },
  { "năm ngoái", "year 2024-01-01 2024-12-31" },
  { "ປີໜ້າ", "year 2026-01-01 2026-12-31" },
};

/* The same, preferring the past: "met on Tuesday". */
static const ParseCase relative_past_cases[] = {
  { "on Tuesday", "day 2025-02-25 2025-02-25" },
  { "Monday", "day 2025-03-03 2025-03-03" },
  { "5 March", "day 2024-03-05 2024-03-05" },
  { "1 March", "day 2025-03-01 2025-03-01" },
};

typedef struct
{
  const char *text;
  const char *found;     /* the period's text */
  const char *expected;  /* "precision first-day last-day" */
} FindCase;

static const FindCase find_cases[] = {
  { "The ministers adopted a work plan for 2025.", "2025", "year 2025-01-01 2025-12-31" },
  { "JAKARTA, Sept 5 — Ministers met on Tuesday in Jakarta", "Sept 5",
    "day 2024-09-05 2024-09-05" },
  { "Ministers will meet on Tuesday in Jakarta", "on Tuesday", "day 2025-03-04 2025-03-04" },
  { "the ASEAN Plan of Action (2022-2026) was noted", "2022-2026",
    "years 2022-01-01 2026-12-31" },
  { "Progress in the 2023–2025 period was reviewed", "in the 2023–2025",
    "years 2023-01-01 2025-12-31" },
  { "The study is due by mid-2026, they said", "by mid-2026", "month 2026-05-01 2026-08-31" },
  { "to be held from 15th – 16th March 2025 in Hanoi", "from 15th – 16th March 2025",
    "day 2025-03-15 2025-03-16" },
  { "Hội nghị diễn ra ngày 29 tháng 1 năm 2024 tại Hà Nội", "29 tháng 1 năm 2024",
    "day 2024-01-29 2024-01-29" },
};

static const ErrorCase error_cases[] = {
  { "", ACCORD_PERIOD_ERROR_EMPTY },
  { "   ", ACCORD_PERIOD_ERROR_EMPTY },
  { "\t\n ", ACCORD_PERIOD_ERROR_EMPTY },
  { "\u00a0", ACCORD_PERIOD_ERROR_EMPTY },
  { "soon", ACCORD_PERIOD_ERROR_UNRECOGNIZED },
  { "  soon ", ACCORD_PERIOD_ERROR_UNRECOGNIZED },
  { "TBD", ACCORD_PERIOD_ERROR_UNRECOGNIZED },
  { "from 2024", ACCORD_PERIOD_ERROR_UNRECOGNIZED },
  { "until 2025", ACCORD_PERIOD_ERROR_UNRECOGNIZED },
  { "2024 and 2025", ACCORD_PERIOD_ERROR_UNRECOGNIZED },
  { "between 2024 to 2025", ACCORD_PERIOD_ERROR_UNRECOGNIZED },
  { "2024 –", ACCORD_PERIOD_ERROR_UNRECOGNIZED },
  { "–", ACCORD_PERIOD_ERROR_UNRECOGNIZED },
  { "2024-1-1", ACCORD_PERIOD_ERROR_UNRECOGNIZED },
  { "12345", ACCORD_PERIOD_ERROR_UNRECOGNIZED },
  { "29/01/24", ACCORD_PERIOD_ERROR_UNRECOGNIZED },
  { "2024/01/29", ACCORD_PERIOD_ERROR_UNRECOGNIZED },
  { "quý 2024", ACCORD_PERIOD_ERROR_UNRECOGNIZED },
  { "tháng 2024", ACCORD_PERIOD_ERROR_UNRECOGNIZED },
  { "tomorrow", ACCORD_PERIOD_ERROR_UNRECOGNIZED },
  { "next year", ACCORD_PERIOD_ERROR_UNRECOGNIZED },
  { "III 2024", ACCORD_PERIOD_ERROR_UNRECOGNIZED },
  { "21 2024", ACCORD_PERIOD_ERROR_UNRECOGNIZED },
  { "January 2024 March", ACCORD_PERIOD_ERROR_UNRECOGNIZED },
  { "quarter 2024", ACCORD_PERIOD_ERROR_UNRECOGNIZED },
  { "this", ACCORD_PERIOD_ERROR_UNRECOGNIZED },
  { "Q3 2024 – 2025 – 2026", ACCORD_PERIOD_ERROR_UNRECOGNIZED },
  { "ASEAN Year 2024", ACCORD_PERIOD_ERROR_UNRECOGNIZED },
  { "Việt Nam 2024", ACCORD_PERIOD_ERROR_UNRECOGNIZED },
  { "1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1", ACCORD_PERIOD_ERROR_UNRECOGNIZED },
  { "Q5 2024", ACCORD_PERIOD_ERROR_INVALID_DATE },
  { "Q0 2024", ACCORD_PERIOD_ERROR_INVALID_DATE },
  { "H3 2024", ACCORD_PERIOD_ERROR_INVALID_DATE },
  { "31 February 2024", ACCORD_PERIOD_ERROR_INVALID_DATE },
  { "29 February 2023", ACCORD_PERIOD_ERROR_INVALID_DATE },
  { "0 January 2024", ACCORD_PERIOD_ERROR_INVALID_DATE },
  { "257th January 2024", ACCORD_PERIOD_ERROR_INVALID_DATE },
  { "2024-02-30", ACCORD_PERIOD_ERROR_INVALID_DATE },
  { "2024-13-01", ACCORD_PERIOD_ERROR_INVALID_DATE },
  { "31/02/2024", ACCORD_PERIOD_ERROR_INVALID_DATE },
  { "13/2024", ACCORD_PERIOD_ERROR_UNRECOGNIZED },
  { "tháng 13 năm 2024", ACCORD_PERIOD_ERROR_UNRECOGNIZED },
  { "0000", ACCORD_PERIOD_ERROR_INVALID_DATE },
  { "2025 – 2024", ACCORD_PERIOD_ERROR_BACKWARDS },
  { "23–21 November 2023", ACCORD_PERIOD_ERROR_BACKWARDS },
  { "Q3 – Q1 2024", ACCORD_PERIOD_ERROR_BACKWARDS },
  { "2025-24", ACCORD_PERIOD_ERROR_BACKWARDS },
  /* A two-digit end year is in the century of the start. */
  { "1999-05", ACCORD_PERIOD_ERROR_BACKWARDS },
  { "January 29", ACCORD_PERIOD_ERROR_NO_YEAR },
  { "this April", ACCORD_PERIOD_ERROR_NO_YEAR },
  { "November 21-23", ACCORD_PERIOD_ERROR_NO_YEAR },
  { "Q3", ACCORD_PERIOD_ERROR_NO_YEAR },
  { "this year", ACCORD_PERIOD_ERROR_NO_YEAR },
};

static const FormatCase format_cases[] = {
  { "29 January 2024", "29 January 2024", "29 Jan 2024" },
  { "Q3 2024", "1 July – 30 September 2024", "Q3 2024" },
  { "Q1–Q3 2024", "1 January – 30 September 2024", "Q1 – Q3 2024" },
  { "Q4 2023 – Q1 2024", "1 October 2023 – 31 March 2024", "Q4 2023 – Q1 2024" },
  { "H2 2024", "1 July – 31 December 2024", "H2 2024" },
  { "H1–H2 2024", "1 January – 31 December 2024", "H1 – H2 2024" },
  { "H2 2023 – H1 2024", "1 July 2023 – 30 June 2024", "H2 2023 – H1 2024" },
  { "November 21-23, 2023", "21–23 November 2023", "21–23 Nov 2023" },
  { "1 July – 30 September 2024", "1 July – 30 September 2024", "1 Jul – 30 Sep 2024" },
  { "30 December 2023 – 2 January 2024", "30 December 2023 – 2 January 2024",
    "30 Dec 2023 – 2 Jan 2024" },
  { "April 2024", "April 2024", "Apr 2024" },
  { "January–March 2024", "January – March 2024", "Jan – Mar 2024" },
  { "December 2023 – February 2024", "December 2023 – February 2024", "Dec 2023 – Feb 2024" },
  { "Throughout 2024", "2024", "2024" },
  { "2024 – 2025", "2024 – 2025", "2024 – 2025" },
  { "2021-25", "2021 – 2025", "2021 – 2025" },
};

static void
set_date (GDate      *date,
          const char *iso)
{
  g_date_clear (date, 1);
  g_assert_true (accord_date_from_iso (iso, date));
}

/* One string, so that a failed comparison shows the case and everything understood of it. */
static char *
describe_period (const AccordPeriod *period)
{
  GDate start;
  GDate end;
  g_autofree char *start_text = NULL;
  g_autofree char *end_text = NULL;

  g_date_clear (&start, 1);
  g_date_clear (&end, 1);

  if (accord_period_get_start (period, &start))
    start_text = accord_date_to_iso (&start);
  if (accord_period_get_end (period, &end))
    end_text = accord_date_to_iso (&end);

  return g_strdup_printf ("%s → %s %s %s",
                          accord_period_get_text (period),
                          accord_enum_to_nick (ACCORD_TYPE_PRECISION,
                                               accord_period_get_precision (period)),
                          start_text != NULL ? start_text : "-",
                          end_text != NULL ? end_text : "-");
}

static void
assert_parses (const ParseCase *parse_case,
               const GDate     *reference)
{
  g_autoptr(AccordPeriod) period = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  g_autofree char *expected = NULL;

  period = accord_period_parse (parse_case->text, reference, &error);
  g_assert_no_error (error);
  g_assert_nonnull (period);

  description = describe_period (period);
  expected = g_strdup_printf ("%s → %s", parse_case->text, parse_case->expected);
  g_assert_cmpstr (description, ==, expected);

  g_assert_cmpstr (accord_period_get_text (period), ==, parse_case->text);
  g_assert_true (accord_period_is_known (period));
  g_assert_cmpuint (accord_period_get_start_julian (period), >, 0);
  g_assert_cmpuint (accord_period_get_start_julian (period), <=,
                    accord_period_get_end_julian (period));
}

static void
test_parse_with_year (void)
{
  GDate other_year;

  set_date (&other_year, "1999-06-15");

  for (guint i = 0; i < G_N_ELEMENTS (with_year_cases); i++)
    {
      /* A year in the text wins over the reference's. */
      assert_parses (&with_year_cases[i], NULL);
      assert_parses (&with_year_cases[i], &other_year);
    }
}

static void
test_parse_without_year (void)
{
  GDate reference;

  set_date (&reference, "2024-02-01");

  for (guint i = 0; i < G_N_ELEMENTS (without_year_cases); i++)
    assert_parses (&without_year_cases[i], &reference);
}

static void
assert_parses_full (const ParseCase        *parse_case,
                    const GDate            *reference,
                    AccordPeriodParseFlags  flags)
{
  g_autoptr(AccordPeriod) period = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  g_autofree char *expected = NULL;

  period = accord_period_parse_full (parse_case->text, reference, flags, &error);
  g_assert_no_error (error);
  description = describe_period (period);
  expected = g_strdup_printf ("%s → %s", parse_case->text, parse_case->expected);
  g_assert_cmpstr (description, ==, expected);
}

static void
test_parse_relative (void)
{
  g_autoptr(AccordPeriod) wrong_day = NULL;
  g_autoptr(AccordPeriod) no_reference = NULL;
  g_autoptr(GError) error = NULL;
  GDate reference;

  set_date (&reference, "2025-03-03");

  for (guint i = 0; i < G_N_ELEMENTS (relative_cases); i++)
    assert_parses_full (&relative_cases[i], &reference, ACCORD_PERIOD_PARSE_RELATIVE);

  for (guint i = 0; i < G_N_ELEMENTS (relative_past_cases); i++)
    assert_parses_full (&relative_past_cases[i], &reference,
                        ACCORD_PERIOD_PARSE_RELATIVE | ACCORD_PERIOD_PARSE_PREFER_PAST);

  /* The words must agree with the date beside them. */
  wrong_day = accord_period_parse_full ("tomorrow (5 March)", &reference,
                                        ACCORD_PERIOD_PARSE_RELATIVE, &error);
  g_assert_error (error, ACCORD_PERIOD_ERROR, ACCORD_PERIOD_ERROR_INVALID_DATE);
  g_assert_false (accord_period_is_known (wrong_day));
  g_clear_error (&error);

  no_reference = accord_period_parse_full ("tomorrow", NULL, ACCORD_PERIOD_PARSE_RELATIVE,
                                           &error);
  g_assert_error (error, ACCORD_PERIOD_ERROR, ACCORD_PERIOD_ERROR_NO_YEAR);
}

static void
test_find (void)
{
  GDate reference;
  g_autoptr(AccordPeriod) none = NULL;

  set_date (&reference, "2025-03-03");

  for (guint i = 0; i < G_N_ELEMENTS (find_cases); i++)
    {
      const FindCase *find_case = &find_cases[i];
      g_autoptr(AccordPeriod) period = NULL;
      g_autofree char *description = NULL;
      g_autofree char *expected = NULL;
      GDate this_reference = reference;
      gsize start = 0;
      gsize end = 0;

      /* The dateline is read against a reference in 2024. */
      if (i == 1)
        set_date (&this_reference, "2024-09-05");

      period = accord_period_find (find_case->text, &this_reference,
                                   ACCORD_PERIOD_PARSE_RELATIVE, &start, &end);
      g_assert_nonnull (period);
      description = describe_period (period);
      expected = g_strdup_printf ("%s → %s", find_case->found, find_case->expected);
      g_assert_cmpstr (description, ==, expected);
      g_assert_cmpint (end - start, ==, strlen (find_case->found));
      g_assert_true (strncmp (find_case->text + start, find_case->found, end - start) == 0);
    }

  none = accord_period_find ("No date here, nor a period: the ministers met.", &reference,
                             ACCORD_PERIOD_PARSE_RELATIVE, NULL, NULL);
  g_assert_null (none);
}

static void
test_parse_reference_year (void)
{
  static const ParseCase in_2019 = { "January 29", "day 2019-01-29 2019-01-29" };
  static const ParseCase leap_day = { "29 February", "day 2024-02-29 2024-02-29" };
  g_autoptr(AccordPeriod) period = NULL;
  g_autoptr(GError) error = NULL;
  GDate reference;

  set_date (&reference, "2019-12-31");
  assert_parses (&in_2019, &reference);

  set_date (&reference, "2024-07-01");
  assert_parses (&leap_day, &reference);

  /* No 29 February in the reference's year. */
  set_date (&reference, "2023-07-01");
  period = accord_period_parse ("29 February", &reference, &error);
  g_assert_error (error, ACCORD_PERIOD_ERROR, ACCORD_PERIOD_ERROR_INVALID_DATE);
  g_assert_false (accord_period_is_known (period));
}

static void
test_parse_errors (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (error_cases); i++)
    {
      const ErrorCase *error_case = &error_cases[i];
      g_autoptr(AccordPeriod) period = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *description = NULL;
      g_autofree char *expected = NULL;
      g_autofree char *short_text = NULL;
      g_autofree char *dates = NULL;
      GDate date;

      period = accord_period_parse (error_case->text, NULL, &error);
      g_assert_nonnull (period);

      description = describe_period (period);
      expected = g_strdup_printf ("%s → unknown - -", error_case->text);
      g_assert_cmpstr (description, ==, expected);

      g_assert_error (error, ACCORD_PERIOD_ERROR, (int) error_case->code);
      g_assert_cmpstr (error->message, !=, "");

      /* The message names the text, without the white space around it. */
      if (error_case->code != ACCORD_PERIOD_ERROR_EMPTY)
        {
          g_autofree char *stripped = g_strstrip (g_strdup (error_case->text));
          g_autofree char *quoted = g_strdup_printf ("“%s”", stripped);

          g_assert_nonnull (strstr (error->message, quoted));
        }

      g_assert_cmpstr (accord_period_get_text (period), ==, error_case->text);
      g_assert_false (accord_period_is_known (period));
      g_assert_cmpint (accord_period_get_precision (period), ==, ACCORD_PRECISION_UNKNOWN);
      g_assert_cmpuint (accord_period_get_start_julian (period), ==, 0);
      g_assert_cmpuint (accord_period_get_end_julian (period), ==, 0);

      /* An unknown period leaves the date alone. */
      set_date (&date, "2000-01-01");
      g_assert_false (accord_period_get_start (period, &date));
      g_assert_false (accord_period_get_end (period, &date));
      g_assert_cmpuint (g_date_get_julian (&date), ==, 730120);

      dates = accord_period_format_dates (period);
      g_assert_null (dates);
      short_text = accord_period_format_short (period);
      g_assert_cmpstr (short_text, ==, error_case->text);
    }
}

static void
test_parse_ignoring_error (void)
{
  g_autoptr(AccordPeriod) known = accord_period_parse ("Q3 2024", NULL, NULL);
  g_autoptr(AccordPeriod) unknown = accord_period_parse ("soon", NULL, NULL);

  g_assert_true (accord_period_is_known (known));
  g_assert_false (accord_period_is_known (unknown));
  g_assert_cmpstr (accord_period_get_text (unknown), ==, "soon");
}

static void
test_parse_invalid_utf8 (void)
{
  g_autoptr(AccordPeriod) period = NULL;
  g_autoptr(GError) error = NULL;
  const char *text;

  period = accord_period_parse ("Q3 \xff\xfe 2024", NULL, &error);

  g_assert_error (error, ACCORD_PERIOD_ERROR, ACCORD_PERIOD_ERROR_UNRECOGNIZED);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_false (accord_period_is_known (period));

  /* The UI and the file need UTF-8: the bad bytes are replaced, the rest kept. */
  text = accord_period_get_text (period);
  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_true (g_str_has_prefix (text, "Q3 "));
  g_assert_true (g_str_has_suffix (text, " 2024"));
}

static void
test_new (void)
{
  g_autoptr(AccordPeriod) known = NULL;
  g_autoptr(AccordPeriod) unknown = NULL;
  g_autoptr(AccordPeriod) nameless = NULL;
  g_autoptr(AccordPeriod) parsed = NULL;
  g_autofree char *description = NULL;
  GDate start;
  GDate end;

  set_date (&start, "2024-07-01");
  set_date (&end, "2024-09-30");

  known = accord_period_new ("Q3 2024", ACCORD_PRECISION_QUARTER, &start, &end);
  description = describe_period (known);
  g_assert_cmpstr (description, ==, "Q3 2024 → quarter 2024-07-01 2024-09-30");
  g_assert_cmpuint (accord_period_get_start_julian (known), ==, g_date_get_julian (&start));
  g_assert_cmpuint (accord_period_get_end_julian (known), ==, g_date_get_julian (&end));

  parsed = accord_period_parse ("Q3 2024", NULL, NULL);
  g_assert_true (accord_period_equal (known, parsed));

  /* The dates of an unknown period are ignored, even missing ones. */
  unknown = accord_period_new ("Spring", ACCORD_PRECISION_UNKNOWN, &start, &end);
  g_clear_pointer (&description, g_free);
  description = describe_period (unknown);
  g_assert_cmpstr (description, ==, "Spring → unknown - -");

  nameless = accord_period_new (NULL, ACCORD_PRECISION_UNKNOWN, NULL, NULL);
  g_assert_cmpstr (accord_period_get_text (nameless), ==, "");
}

static void
test_new_invalid (void)
{
  AccordPeriod *period;
  GDate start;
  GDate end;
  GDate invalid;

  set_date (&start, "2024-07-01");
  set_date (&end, "2024-09-30");
  g_date_clear (&invalid, 1);

  g_test_expect_message ("accord-period", G_LOG_LEVEL_CRITICAL, "*g_date_compare*");
  period = accord_period_new ("Q3 2024", ACCORD_PRECISION_QUARTER, &end, &start);
  g_test_assert_expected_messages ();
  g_assert_null (period);

  g_test_expect_message ("accord-period", G_LOG_LEVEL_CRITICAL, "*date_is_usable*");
  period = accord_period_new ("Q3 2024", ACCORD_PRECISION_QUARTER, &invalid, &end);
  g_test_assert_expected_messages ();
  g_assert_null (period);

  g_test_expect_message ("accord-period", G_LOG_LEVEL_CRITICAL, "*date_is_usable*");
  period = accord_period_new ("Q3 2024", ACCORD_PRECISION_QUARTER, &start, NULL);
  g_test_assert_expected_messages ();
  g_assert_null (period);

  /* Five-digit years can be neither written in ISO 8601 nor formatted. */
  g_date_set_dmy (&invalid, 1, G_DATE_JANUARY, 10000);
  g_test_expect_message ("accord-period", G_LOG_LEVEL_CRITICAL, "*date_is_usable*");
  period = accord_period_new ("Q3 2024", ACCORD_PRECISION_YEAR, &start, &invalid);
  g_test_assert_expected_messages ();
  g_assert_null (period);
}

static void
test_copy_equal (void)
{
  g_autoptr(AccordPeriod) period = accord_period_parse ("Q3 2024", NULL, NULL);
  g_autoptr(AccordPeriod) same = accord_period_parse ("Q3 2024", NULL, NULL);
  g_autoptr(AccordPeriod) other_text = accord_period_parse ("q3 2024", NULL, NULL);
  g_autoptr(AccordPeriod) other_dates = accord_period_parse ("Q4 2024", NULL, NULL);
  g_autoptr(AccordPeriod) soon = accord_period_parse ("soon", NULL, NULL);
  g_autoptr(AccordPeriod) soon_again = accord_period_parse ("soon", NULL, NULL);
  g_autoptr(AccordPeriod) copy = NULL;
  g_autoptr(AccordPeriod) other_precision = NULL;
  GDate start;
  GDate end;

  g_assert_true (accord_period_equal (period, period));
  g_assert_true (accord_period_equal (period, same));
  g_assert_false (accord_period_equal (period, other_text));
  g_assert_false (accord_period_equal (period, other_dates));
  g_assert_false (accord_period_equal (period, soon));
  g_assert_true (accord_period_equal (soon, soon_again));
  g_assert_true (accord_period_equal (NULL, NULL));
  g_assert_false (accord_period_equal (period, NULL));
  g_assert_false (accord_period_equal (NULL, period));

  set_date (&start, "2024-07-01");
  set_date (&end, "2024-09-30");
  other_precision = accord_period_new ("Q3 2024", ACCORD_PRECISION_DAY, &start, &end);
  g_assert_false (accord_period_equal (period, other_precision));

  /* A copy outlives its original. */
  copy = accord_period_copy (period);
  g_clear_pointer (&period, accord_period_free);
  g_assert_true (accord_period_equal (copy, same));
  g_assert_cmpstr (accord_period_get_text (copy), ==, "Q3 2024");
}

static void
test_compare (void)
{
  g_autoptr(AccordPeriod) quarter = accord_period_parse ("Q1 2024", NULL, NULL);
  g_autoptr(AccordPeriod) year = accord_period_parse ("2024", NULL, NULL);
  g_autoptr(AccordPeriod) day = accord_period_parse ("29 January 2024", NULL, NULL);
  g_autoptr(AccordPeriod) earlier = accord_period_parse ("2023", NULL, NULL);
  g_autoptr(AccordPeriod) unknown = accord_period_parse ("soon", NULL, NULL);
  g_autoptr(AccordPeriod) other_unknown = accord_period_parse ("", NULL, NULL);

  /* Same start: the shorter first. */
  g_assert_cmpint (accord_period_compare (quarter, year), <, 0);
  g_assert_cmpint (accord_period_compare (year, quarter), >, 0);
  g_assert_cmpint (accord_period_compare (day, quarter), >, 0);
  g_assert_cmpint (accord_period_compare (quarter, day), <, 0);
  g_assert_cmpint (accord_period_compare (earlier, day), <, 0);
  g_assert_cmpint (accord_period_compare (quarter, quarter), ==, 0);

  /* Unknown last, NULL as unknown. */
  g_assert_cmpint (accord_period_compare (quarter, unknown), <, 0);
  g_assert_cmpint (accord_period_compare (unknown, quarter), >, 0);
  g_assert_cmpint (accord_period_compare (unknown, other_unknown), ==, 0);
  g_assert_cmpint (accord_period_compare (NULL, quarter), >, 0);
  g_assert_cmpint (accord_period_compare (quarter, NULL), <, 0);
  g_assert_cmpint (accord_period_compare (NULL, unknown), ==, 0);
  g_assert_cmpint (accord_period_compare (NULL, NULL), ==, 0);
}

static void
test_boxed (void)
{
  g_autoptr(AccordPeriod) period = accord_period_parse ("H2 2024", NULL, NULL);
  g_autoptr(AccordPeriod) copy = NULL;
  g_auto(GValue) value = G_VALUE_INIT;

  g_assert_true (G_TYPE_IS_BOXED (ACCORD_TYPE_PERIOD));
  g_assert_cmpstr (g_type_name (ACCORD_TYPE_PERIOD), ==, "AccordPeriod");

  g_value_init (&value, ACCORD_TYPE_PERIOD);
  g_value_set_boxed (&value, period);
  g_assert_true (G_VALUE_HOLDS (&value, ACCORD_TYPE_PERIOD));
  g_assert_true (accord_period_equal (g_value_get_boxed (&value), period));

  copy = g_value_dup_boxed (&value);
  g_value_unset (&value);
  g_assert_true (accord_period_equal (copy, period));
}

static void
test_iso (void)
{
  static const char * const bad[] = {
    "2024-13-01", "2024-02-30", "2023-02-29", "2024-00-10", "2024-01-00", "0000-01-01",
    "abc", "", "2024-1-1", "2024-01-1", "24-01-01", "2024/01/01", "2024-01-01 ", " 2024-01-01",
    "2024-01-011", "+2024-01-01", "2024-01-01T00:00", "２０２４-01-01",
  };
  g_autofree char *iso = NULL;
  g_autofree char *early = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_assert_true (accord_date_from_iso ("2024-02-29", &date));
  g_assert_cmpuint (g_date_get_year (&date), ==, 2024);
  g_assert_cmpuint (g_date_get_month (&date), ==, G_DATE_FEBRUARY);
  g_assert_cmpuint (g_date_get_day (&date), ==, 29);
  iso = accord_date_to_iso (&date);
  g_assert_cmpstr (iso, ==, "2024-02-29");

  g_date_set_dmy (&date, 9, G_DATE_MARCH, 5);
  early = accord_date_to_iso (&date);
  g_assert_cmpstr (early, ==, "0005-03-09");

  /* A failure leaves the date as it was. */
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      gboolean read;

      g_date_set_dmy (&date, 2, G_DATE_JANUARY, 2000);
      read = accord_date_from_iso (bad[i], &date);

      /* Names the input when it fails. */
      g_assert_cmpstr (read ? bad[i] : "rejected", ==, "rejected");
      g_assert_cmpuint (g_date_get_julian (&date), ==, 730121);
    }
}

static void
test_format (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (format_cases); i++)
    {
      const FormatCase *format_case = &format_cases[i];
      g_autoptr(AccordPeriod) period = NULL;
      g_autofree char *dates = NULL;
      g_autofree char *short_text = NULL;

      period = accord_period_parse (format_case->text, NULL, NULL);
      dates = accord_period_format_dates (period);
      short_text = accord_period_format_short (period);

      g_assert_cmpstr (dates, ==, format_case->dates);
      g_assert_cmpstr (short_text, ==, format_case->short_text);
    }
}

/* A saved period need not be one the parser would give. */
static void
test_format_saved (void)
{
  g_autoptr(AccordPeriod) years = NULL;
  g_autoptr(AccordPeriod) empty = NULL;
  g_autofree char *dates = NULL;
  g_autofree char *short_text = NULL;
  g_autofree char *empty_short = NULL;
  GDate start;
  GDate end;

  set_date (&start, "2024-03-01");
  set_date (&end, "2025-02-28");
  years = accord_period_new ("Fiscal 2024", ACCORD_PRECISION_YEAR, &start, &end);
  dates = accord_period_format_dates (years);
  g_assert_cmpstr (dates, ==, "2024 – 2025");
  short_text = accord_period_format_short (years);
  g_assert_cmpstr (short_text, ==, "2024 – 2025");

  empty = accord_period_new ("", ACCORD_PRECISION_UNKNOWN, NULL, NULL);
  g_assert_null (accord_period_format_dates (empty));
  empty_short = accord_period_format_short (empty);
  g_assert_cmpstr (empty_short, ==, "");
}

/* The nicks are the file format (FORMAT.md). */
static void
test_enum_nicks (void)
{
  static const char * const precisions[] = {
    "unknown", "day", "month", "quarter", "half-year", "year", "years",
  };
  GType enum_types[] = {
    ACCORD_TYPE_PRECISION, ACCORD_TYPE_MEETING_FORMAT, ACCORD_TYPE_MEETING_KIND, ACCORD_TYPE_STATUS,
  };
  int value;

  for (guint i = 0; i < G_N_ELEMENTS (precisions); i++)
    g_assert_cmpstr (accord_enum_to_nick (ACCORD_TYPE_PRECISION, i), ==, precisions[i]);

  g_assert_cmpstr (accord_enum_to_nick (ACCORD_TYPE_MEETING_FORMAT,
                                        ACCORD_MEETING_FORMAT_IN_PERSON), ==, "in-person");
  g_assert_cmpstr (accord_enum_to_nick (ACCORD_TYPE_MEETING_KIND,
                                        ACCORD_MEETING_KIND_WORKING_VISIT), ==, "working-visit");
  g_assert_cmpstr (accord_enum_to_nick (ACCORD_TYPE_STATUS, ACCORD_STATUS_CANCELLED), ==,
                   "cancelled");

  g_assert_true (accord_enum_from_nick (ACCORD_TYPE_PRECISION, "half-year", &value));
  g_assert_cmpint (value, ==, ACCORD_PRECISION_HALF_YEAR);

  /* Every value goes there and back. */
  for (guint i = 0; i < G_N_ELEMENTS (enum_types); i++)
    {
      g_autoptr(GEnumClass) enum_class = g_type_class_ref (enum_types[i]);

      for (guint j = 0; j < enum_class->n_values; j++)
        {
          const char *nick = accord_enum_to_nick (enum_types[i], enum_class->values[j].value);

          value = -1;
          g_assert_true (accord_enum_from_nick (enum_types[i], nick, &value));
          g_assert_cmpint (value, ==, enum_class->values[j].value);
        }
    }

  /* Unknown nicks come from files: no warning, and the value is untouched. */
  value = -1;
  g_assert_false (accord_enum_from_nick (ACCORD_TYPE_MEETING_FORMAT, "in person", &value));
  g_assert_false (accord_enum_from_nick (ACCORD_TYPE_MEETING_FORMAT, "IN_PERSON", &value));
  g_assert_false (accord_enum_from_nick (ACCORD_TYPE_STATUS, "", &value));
  g_assert_cmpint (value, ==, -1);

  g_test_expect_message ("accord-enums", G_LOG_LEVEL_CRITICAL, "*enum_value != NULL*");
  g_assert_null (accord_enum_to_nick (ACCORD_TYPE_STATUS, 42));
  g_test_assert_expected_messages ();
}

static void
test_enum_labels (void)
{
  g_autoptr(GHashTable) labels = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpstr (accord_precision_to_label (ACCORD_PRECISION_HALF_YEAR), ==, "Half-year");
  g_assert_cmpstr (accord_meeting_format_to_label (ACCORD_MEETING_FORMAT_IN_PERSON), ==,
                   "In person");
  g_assert_cmpstr (accord_meeting_kind_to_label (ACCORD_MEETING_KIND_WORKING_VISIT), ==,
                   "Working visit");
  g_assert_cmpstr (accord_status_to_label (ACCORD_STATUS_CANCELLED), ==, "Cancelled");

  /* Within each enumeration, every value has its own label. */
  for (int i = ACCORD_PRECISION_UNKNOWN; i <= ACCORD_PRECISION_YEARS; i++)
    g_assert_true (g_hash_table_add (labels, (char *) accord_precision_to_label (i)));
  g_hash_table_remove_all (labels);

  for (int i = ACCORD_MEETING_FORMAT_UNSPECIFIED; i <= ACCORD_MEETING_FORMAT_HYBRID; i++)
    g_assert_true (g_hash_table_add (labels, (char *) accord_meeting_format_to_label (i)));
  g_hash_table_remove_all (labels);

  for (int i = ACCORD_MEETING_KIND_OTHER; i <= ACCORD_MEETING_KIND_WORKING_VISIT; i++)
    g_assert_true (g_hash_table_add (labels, (char *) accord_meeting_kind_to_label (i)));
  g_hash_table_remove_all (labels);

  for (int i = ACCORD_STATUS_PROPOSED; i <= ACCORD_STATUS_CANCELLED; i++)
    g_assert_true (g_hash_table_add (labels, (char *) accord_status_to_label (i)));
}

int
main (int   argc,
      char *argv[])
{
  /* Untranslated English dates and month names, whatever the machine's language. */
  setlocale (LC_ALL, "C");

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/period/parse/with-year", test_parse_with_year);
  g_test_add_func ("/model/period/parse/without-year", test_parse_without_year);
  g_test_add_func ("/model/period/parse/reference-year", test_parse_reference_year);
  g_test_add_func ("/model/period/parse/errors", test_parse_errors);
  g_test_add_func ("/model/period/parse/relative", test_parse_relative);
  g_test_add_func ("/model/period/find", test_find);
  g_test_add_func ("/model/period/parse/ignoring-error", test_parse_ignoring_error);
  g_test_add_func ("/model/period/parse/invalid-utf8", test_parse_invalid_utf8);
  g_test_add_func ("/model/period/new", test_new);
  g_test_add_func ("/model/period/new/invalid", test_new_invalid);
  g_test_add_func ("/model/period/copy-equal", test_copy_equal);
  g_test_add_func ("/model/period/compare", test_compare);
  g_test_add_func ("/model/period/boxed", test_boxed);
  g_test_add_func ("/model/period/iso", test_iso);
  g_test_add_func ("/model/period/format", test_format);
  g_test_add_func ("/model/period/format/saved", test_format_saved);
  g_test_add_func ("/model/enums/nicks", test_enum_nicks);
  g_test_add_func ("/model/enums/labels", test_enum_labels);

  return g_test_run ();
}
