/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "accord-enum-types.h"
#include "accord-period-edit.h"

/* 1 January 0001 and 31 December 9999, the first and last days a period can hold. */
#define FIRST_JULIAN 1
#define LAST_JULIAN  3652059

#define D ACCORD_TIME_UNIT_DAY
#define W ACCORD_TIME_UNIT_WEEK
#define M ACCORD_TIME_UNIT_MONTH
#define Q ACCORD_TIME_UNIT_QUARTER
#define H ACCORD_TIME_UNIT_HALF_YEAR
#define Y ACCORD_TIME_UNIT_YEAR

typedef struct
{
  AccordTimeUnit  unit;
  const char     *date;
  const char     *first;  /* snapped down */
  const char     *last;   /* snapped up */
} SnapCase;

typedef struct
{
  AccordTimeUnit  unit;
  const char     *date;
  int             n;
  const char     *expected;
} AddCase;

typedef struct
{
  const char     *text;
  AccordTimeUnit  unit;
  int             n;
  const char     *expected;  /* "text → precision first-day last-day" */
} MoveCase;

typedef struct
{
  const char     *text;
  gboolean        move_end;
  const char     *date;
  AccordTimeUnit  unit;
  const char     *expected;
} ResizeCase;

typedef struct
{
  const char *first;
  const char *last;
  const char *expected;
} DaysCase;

static const SnapCase snap_cases[] = {
  { D, "2024-02-29", "2024-02-29", "2024-02-29" },
  /* Weeks start on Monday. */
  { W, "2024-01-31", "2024-01-29", "2024-02-04" },
  { W, "2024-01-29", "2024-01-29", "2024-02-04" },
  { W, "2024-02-04", "2024-01-29", "2024-02-04" },
  { W, "2023-01-01", "2022-12-26", "2023-01-01" },
  { W, "2020-12-31", "2020-12-28", "2021-01-03" },
  { W, "2024-02-29", "2024-02-26", "2024-03-03" },
  { M, "2024-02-15", "2024-02-01", "2024-02-29" },
  { M, "2023-02-15", "2023-02-01", "2023-02-28" },
  { M, "2024-12-31", "2024-12-01", "2024-12-31" },
  { M, "2024-04-01", "2024-04-01", "2024-04-30" },
  { Q, "2024-08-15", "2024-07-01", "2024-09-30" },
  { Q, "2024-03-31", "2024-01-01", "2024-03-31" },
  { Q, "2024-11-01", "2024-10-01", "2024-12-31" },
  { Q, "2024-02-29", "2024-01-01", "2024-03-31" },
  { H, "2024-06-30", "2024-01-01", "2024-06-30" },
  { H, "2024-07-01", "2024-07-01", "2024-12-31" },
  { Y, "2024-02-29", "2024-01-01", "2024-12-31" },
  { Y, "0001-06-15", "0001-01-01", "0001-12-31" },
  { Y, "9999-06-15", "9999-01-01", "9999-12-31" },
};

static const AddCase add_cases[] = {
  { D, "2024-02-28", 1, "2024-02-29" },
  { D, "2023-02-28", 1, "2023-03-01" },
  { D, "2024-01-01", -1, "2023-12-31" },
  { D, "2024-01-01", 366, "2025-01-01" },
  { W, "2024-12-30", 1, "2025-01-06" },
  { W, "2024-03-04", -2, "2024-02-19" },
  { M, "2024-01-31", 1, "2024-02-29" },
  { M, "2023-01-31", 1, "2023-02-28" },
  { M, "2024-01-30", 1, "2024-02-29" },
  { M, "2024-03-31", -1, "2024-02-29" },
  { M, "2024-05-31", 1, "2024-06-30" },
  { M, "2024-12-15", 1, "2025-01-15" },
  { M, "2024-01-15", -1, "2023-12-15" },
  { M, "2024-01-31", 13, "2025-02-28" },
  { M, "2024-01-31", -11, "2023-02-28" },
  { M, "2024-02-29", 1, "2024-03-29" },
  { Q, "2024-11-30", 1, "2025-02-28" },
  { Q, "2024-05-31", -1, "2024-02-29" },
  { H, "2024-08-31", 1, "2025-02-28" },
  { H, "2024-01-15", -3, "2022-07-15" },
  { Y, "2024-02-29", 1, "2025-02-28" },
  { Y, "2024-02-29", 4, "2028-02-29" },
  { Y, "2024-02-29", -4, "2020-02-29" },
  { Y, "2024-02-29", -1, "2023-02-28" },
  { Y, "2024-06-15", 0, "2024-06-15" },
  /* The calendar's ends stop every move. */
  { D, "2024-06-15", G_MAXINT, "9999-12-31" },
  { W, "2024-06-15", G_MININT, "0001-01-01" },
  { M, "9999-12-15", 1, "9999-12-31" },
  { M, "0001-01-15", -1, "0001-01-01" },
  { Y, "2024-06-15", G_MAXINT, "9999-12-31" },
  { Y, "2024-06-15", G_MININT, "0001-01-01" },
};

static const MoveCase move_cases[] = {
  /* Quarters */
  { "Q3 2024", Q, 1, "Q4 2024 → quarter 2024-10-01 2024-12-31" },
  { "Q3 2024", Q, 2, "Q1 2025 → quarter 2025-01-01 2025-03-31" },
  { "Q3 2024", Q, -3, "Q4 2023 → quarter 2023-10-01 2023-12-31" },
  { "Q1 2024", Q, -1, "Q4 2023 → quarter 2023-10-01 2023-12-31" },
  { "q4 2023", Q, 1, "q1 2024 → quarter 2024-01-01 2024-03-31" },
  { "Q3-2024", Q, -3, "Q4-2023 → quarter 2023-10-01 2023-12-31" },
  { "2024 Q2", Q, 3, "2025 Q1 → quarter 2025-01-01 2025-03-31" },
  { "third quarter of 2024", Q, 1, "fourth quarter of 2024 → quarter 2024-10-01 2024-12-31" },
  { "the 1st quarter of 2024", Q, -1, "the 4th quarter of 2023 → quarter 2023-10-01 2023-12-31" },
  { "Q1–Q3 2024", Q, 1, "Q2–Q4 2024 → quarter 2024-04-01 2024-12-31" },
  { "Q1–Q3 2024", Q, 2, "Q3 2024 – Q1 2025 → quarter 2024-07-01 2025-03-31" },
  { "Q4 2023 – Q1 2024", Q, 1, "Q1 – Q2 2024 → quarter 2024-01-01 2024-06-30" },
  /* A whole number of quarters in other units. */
  { "Q3 2024", M, 3, "Q4 2024 → quarter 2024-10-01 2024-12-31" },
  { "Q3 2024", H, 1, "Q1 2025 → quarter 2025-01-01 2025-03-31" },
  { "Q3 2024", Y, -1, "Q3 2023 → quarter 2023-07-01 2023-09-30" },
  /* Not a whole number: day-precise. */
  { "Q3 2024", M, 1, "1 August – 31 October 2024 → day 2024-08-01 2024-10-31" },
  { "Q3 2024", M, -2, "1 May – 31 July 2024 → day 2024-05-01 2024-07-31" },
  { "Q3 2024", W, 1, "8 July – 7 October 2024 → day 2024-07-08 2024-10-07" },
  { "Q3 2024", D, -1, "30 June – 29 September 2024 → day 2024-06-30 2024-09-29" },
  { "Q4 2024", M, 2, "1 December 2024 – 28 February 2025 → day 2024-12-01 2025-02-28" },

  /* Halves */
  { "H2 2024", H, 1, "H1 2025 → half-year 2025-01-01 2025-06-30" },
  { "h1 2024", H, -1, "h2 2023 → half-year 2023-07-01 2023-12-31" },
  { "first half of 2025", H, 1, "second half of 2025 → half-year 2025-07-01 2025-12-31" },
  { "H2 2024", Q, 2, "H1 2025 → half-year 2025-01-01 2025-06-30" },
  { "H2 2024", Q, 1, "1 October 2024 – 31 March 2025 → day 2024-10-01 2025-03-31" },
  { "H1–H2 2024", H, 1, "H2 2024 – H1 2025 → half-year 2024-07-01 2025-06-30" },

  /* Years */
  { "2024", Y, 1, "2025 → year 2025-01-01 2025-12-31" },
  { "2024", Y, -25, "1999 → year 1999-01-01 1999-12-31" },
  { "Throughout 2024", Y, 1, "Throughout 2025 → year 2025-01-01 2025-12-31" },
  { "in 2024", Q, 4, "in 2025 → year 2025-01-01 2025-12-31" },
  { "during 2024", M, -12, "during 2023 → year 2023-01-01 2023-12-31" },
  { "2024", Q, 1, "1 April 2024 – 31 March 2025 → day 2024-04-01 2025-03-31" },
  { "2024", H, -1, "1 July 2023 – 30 June 2024 → day 2023-07-01 2024-06-30" },
  { "2024", D, 1, "2 January 2024 – 1 January 2025 → day 2024-01-02 2025-01-01" },
  { "2024 – 2024", Y, 1, "2025 → year 2025-01-01 2025-12-31" },

  /* Years: the separator and a two-digit end year kept. */
  { "2024 – 2025", Y, 1, "2025 – 2026 → years 2025-01-01 2026-12-31" },
  { "2024-2026", Y, -1, "2023-2025 → years 2023-01-01 2025-12-31" },
  { "2024 to 2025", Y, 1, "2025 to 2026 → years 2025-01-01 2026-12-31" },
  { "2024—2025", Y, 1, "2025—2026 → years 2025-01-01 2026-12-31" },
  { "from 2024 to 2026", Y, 2, "from 2026 to 2028 → years 2026-01-01 2028-12-31" },
  { "between 2024 and 2025", Y, -1, "between 2023 and 2024 → years 2023-01-01 2024-12-31" },
  { "2021-25", Y, 1, "2022-26 → years 2022-01-01 2026-12-31" },
  { "2021-25", H, -4, "2019-23 → years 2019-01-01 2023-12-31" },
  /* Across a century a two-digit year would mean the wrong one. */
  { "2098-99", Y, 1, "2099 – 2100 → years 2099-01-01 2100-12-31" },
  { "2021-25", Y, -22, "1999 – 2003 → years 1999-01-01 2003-12-31" },
  { "2024 – 2025", H, 2, "2025 – 2026 → years 2025-01-01 2026-12-31" },
  { "2024 – 2025", Q, 1, "1 April 2024 – 31 March 2026 → day 2024-04-01 2026-03-31" },

  /* Months */
  { "April 2024", M, 1, "May 2024 → month 2024-05-01 2024-05-31" },
  { "April 2024", M, -4, "December 2023 → month 2023-12-01 2023-12-31" },
  { "April 2024", Q, 1, "July 2024 → month 2024-07-01 2024-07-31" },
  { "April 2024", Y, 1, "April 2025 → month 2025-04-01 2025-04-30" },
  { "February 2024", Y, 1, "February 2025 → month 2025-02-01 2025-02-28" },
  { "February 2023", Y, 1, "February 2024 → month 2024-02-01 2024-02-29" },
  { "Apr 2024", M, 5, "Sep 2024 → month 2024-09-01 2024-09-30" },
  { "Sept. 2020", M, -1, "Aug. 2020 → month 2020-08-01 2020-08-31" },
  { "SEP 2020", M, 1, "OCT 2020 → month 2020-10-01 2020-10-31" },
  { "May 2024", M, 1, "June 2024 → month 2024-06-01 2024-06-30" },
  { "Jan-2024", M, -1, "Dec-2023 → month 2023-12-01 2023-12-31" },
  { "January–March 2024", M, 1, "February–April 2024 → month 2024-02-01 2024-04-30" },
  { "January–March 2024", Q, 4, "January–March 2025 → month 2025-01-01 2025-03-31" },
  { "January–March 2024", M, 11,
    "December 2024 – February 2025 → month 2024-12-01 2025-02-28" },
  { "December 2023 – February 2024", M, 1,
    "January – March 2024 → month 2024-01-01 2024-03-31" },
  { "April 2024", W, 1, "8 April – 7 May 2024 → day 2024-04-08 2024-05-07" },

  /* Days, each in its own way of writing */
  { "29 January 2024", D, 1, "30 January 2024 → day 2024-01-30 2024-01-30" },
  { "29 January 2024", D, 3, "1 February 2024 → day 2024-02-01 2024-02-01" },
  { "January 29, 2024", D, 1, "January 30, 2024 → day 2024-01-30 2024-01-30" },
  { "2024-01-29", D, 1, "2024-01-30 → day 2024-01-30 2024-01-30" },
  { "29 Jan 2024", W, 1, "5 Feb 2024 → day 2024-02-05 2024-02-05" },
  { "Jan. 29, 2024", D, 3, "Feb. 1, 2024 → day 2024-02-01 2024-02-01" },
  { "the 29th of January 2024", D, 4, "the 2nd of February 2024 → day 2024-02-02 2024-02-02" },
  { "14th September 2020", D, -3, "11th September 2020 → day 2020-09-11 2020-09-11" },
  { "on 22 November 2023", D, 1, "on 23 November 2023 → day 2023-11-23 2023-11-23" },
  { "05 January 2024", D, 1, "06 January 2024 → day 2024-01-06 2024-01-06" },
  /* Leap days, month ends and year ends */
  { "28 February 2024", D, 1, "29 February 2024 → day 2024-02-29 2024-02-29" },
  { "28 February 2023", D, 1, "1 March 2023 → day 2023-03-01 2023-03-01" },
  { "31 December 2023", D, 1, "1 January 2024 → day 2024-01-01 2024-01-01" },
  { "1 January 2024", D, -1, "31 December 2023 → day 2023-12-31 2023-12-31" },
  { "29 January 2024", W, -1, "22 January 2024 → day 2024-01-22 2024-01-22" },
  { "31 January 2024", M, 1, "29 February 2024 → day 2024-02-29 2024-02-29" },
  { "31 January 2023", M, 1, "28 February 2023 → day 2023-02-28 2023-02-28" },
  { "29 February 2024", Y, 1, "28 February 2025 → day 2025-02-28 2025-02-28" },
  { "29 February 2024", Y, 4, "29 February 2028 → day 2028-02-29 2028-02-29" },
  { "31 March 2024", M, -1, "29 February 2024 → day 2024-02-29 2024-02-29" },
  { "31 May 2024", Q, 1, "31 August 2024 → day 2024-08-31 2024-08-31" },
  /* Ranges of days */
  { "November 21-23, 2023", D, 1, "November 22-24, 2023 → day 2023-11-22 2023-11-24" },
  { "November 21-23, 2023", D, -1, "November 20-22, 2023 → day 2023-11-20 2023-11-22" },
  { "November 21-23, 2023", D, 9,
    "November 30 – December 2, 2023 → day 2023-11-30 2023-12-02" },
  { "November 21-23, 2023", D, 40,
    "December 31, 2023 – January 2, 2024 → day 2023-12-31 2024-01-02" },
  { "21–23 November 2023", D, 9, "30 November – 2 December 2023 → day 2023-11-30 2023-12-02" },
  { "21–23 November 2023", M, 1, "21–23 December 2023 → day 2023-12-21 2023-12-23" },
  { "21–23 November 2023", M, 2, "21–23 January 2024 → day 2024-01-21 2024-01-23" },
  { "21 to 23 November 2023", D, 9,
    "30 November to 2 December 2023 → day 2023-11-30 2023-12-02" },
  { "21st to 23rd November 2023", D, 10, "1st to 3rd December 2023 → day 2023-12-01 2023-12-03" },
  { "2023-11-21 to 2023-11-23", D, 10,
    "2023-12-01 to 2023-12-03 → day 2023-12-01 2023-12-03" },
  /* A form that would repeat a month or year gives way to one that does not. */
  { "30 December 2023 – 2 January 2024", D, 2, "1–4 January 2024 → day 2024-01-01 2024-01-04" },
  { "30 December 2023 – 2 January 2024", D, -2, "28–31 December 2023 → day 2023-12-28 2023-12-31" },
  { "1 July – 30 September 2024", D, 1, "2 July – 1 October 2024 → day 2024-07-02 2024-10-01" },
  { "December 2023 – 29 January 2024", D, 1,
    "2 December 2023 – 30 January 2024 → day 2023-12-02 2024-01-30" },
  /* A day-precise period stays day-precise, and keeps its length unless it spans whole
   * months. */
  { "29–31 January 2024", M, 1, "29 February – 2 March 2024 → day 2024-02-29 2024-03-02" },
  { "1–31 January 2024", M, 1, "1–29 February 2024 → day 2024-02-01 2024-02-29" },
  { "1 July – 30 September 2024", Q, 1,
    "1 October – 31 December 2024 → day 2024-10-01 2024-12-31" },

  /* The ends of the calendar */
  { "Q4 9999", Q, 1, "Q4 9999 → quarter 9999-10-01 9999-12-31" },
  { "Q4 9998", Q, 10, "Q4 9999 → quarter 9999-10-01 9999-12-31" },
  { "2024", Y, G_MAXINT, "9999 → year 9999-01-01 9999-12-31" },
  { "2024", Y, G_MININT, "0001 → year 0001-01-01 0001-12-31" },
  { "1 January 0001", D, -1, "1 January 0001 → day 0001-01-01 0001-01-01" },
  { "Q3 2024", D, G_MAXINT, "1 October – 31 December 9999 → day 9999-10-01 9999-12-31" },
  { "29 February 2024", M, G_MAXINT, "29 December 9999 → day 9999-12-29 9999-12-29" },

  /* Other languages and numeric dates keep their form */
  { "Quý 4/2024", Q, 1, "Quý 1/2025 → quarter 2025-01-01 2025-03-31" },
  { "Quý III/2024", Q, 1, "Quý IV/2024 → quarter 2024-10-01 2024-12-31" },
  { "quý 4 năm 2024", Y, 1, "quý 4 năm 2025 → quarter 2025-10-01 2025-12-31" },
  { "nửa cuối năm 2024", H, 1, "nửa đầu năm 2025 → half-year 2025-01-01 2025-06-30" },
  { "6 tháng đầu năm 2024", H, 1, "6 tháng cuối năm 2024 → half-year 2024-07-01 2024-12-31" },
  { "tháng 12 năm 2024", M, 1, "tháng 1 năm 2025 → month 2025-01-01 2025-01-31" },
  { "29 tháng 1 năm 2024", D, 3, "1 tháng 2 năm 2024 → day 2024-02-01 2024-02-01" },
  { "29 ມັງກອນ 2024", D, 1, "30 ມັງກອນ 2024 → day 2024-01-30 2024-01-30" },
  { "ເມສາ 2024", M, 1, "ພຶດສະພາ 2024 → month 2024-05-01 2024-05-31" },
  { "ມ.ສ. 2024", M, 1, "ພ.ພ. 2024 → month 2024-05-01 2024-05-31" },
  { "ເຄິ່ງປີທີ 2/2024", H, 1, "ເຄິ່ງປີທີ 1/2025 → half-year 2025-01-01 2025-06-30" },
  { "29/01/2024", D, 3, "01/02/2024 → day 2024-02-01 2024-02-01" },
  { "04/2024", M, 1, "05/2024 → month 2024-05-01 2024-05-31" },
  { "early 2025", Y, 1, "early 2026 → month 2026-01-01 2026-04-30" },
  { "early 2025", M, 1, "February – May 2025 → month 2025-02-01 2025-05-31" },

  /* No move */
  { "November 21-23, 2023", D, 0, "November 21-23, 2023 → day 2023-11-21 2023-11-23" },
};

static const ResizeCase resize_cases[] = {
  { "Q3 2024", TRUE, "2024-10-15", D, "1 July – 15 October 2024 → day 2024-07-01 2024-10-15" },
  { "Q3 2024", TRUE, "2024-11-02", Q, "Q3 – Q4 2024 → quarter 2024-07-01 2024-12-31" },
  /* A resize keeps the precision while the ends fall on its units. */
  { "Q4 2024", TRUE, "2025-05-10", Q, "Q4 2024 – Q2 2025 → quarter 2024-10-01 2025-06-30" },
  { "Quý 4/2024", TRUE, "2025-05-10", Q,
    "Quý 4/2024 – Quý 2/2025 → quarter 2024-10-01 2025-06-30" },
  { "Quý 4/2024 – Quý 2/2025", TRUE, "2024-12-10", Q,
    "Quý 4/2024 → quarter 2024-10-01 2024-12-31" },
  { "quý 3 năm 2024", FALSE, "2024-02-10", Q,
    "quý 1 năm 2024 – quý 3 năm 2024 → quarter 2024-01-01 2024-09-30" },
  { "ໄຕມາດ 3/2024", TRUE, "2024-12-10", Q,
    "ໄຕມາດ 3/2024 – ໄຕມາດ 4/2024 → quarter 2024-07-01 2024-12-31" },
  { "tháng 4 năm 2024", TRUE, "2024-06-10", M,
    "tháng 4 năm 2024 – tháng 6 năm 2024 → month 2024-04-01 2024-06-30" },
  { "Q3 2024", TRUE, "2024-10-10", M, "1 July – 31 October 2024 → day 2024-07-01 2024-10-31" },
  { "Q3 2024", FALSE, "2024-04-20", Q, "Q2 – Q3 2024 → quarter 2024-04-01 2024-09-30" },
  { "Q3 2024", FALSE, "2023-05-05", Y, "Q1 2023 – Q3 2024 → quarter 2023-01-01 2024-09-30" },
  { "Q3 2024", FALSE, "2024-07-20", D, "20 July – 30 September 2024 → day 2024-07-20 2024-09-30" },
  { "H1 2024", TRUE, "2024-12-01", H, "H1 – H2 2024 → half-year 2024-01-01 2024-12-31" },
  { "Q4 2024", FALSE, "2024-07-01", Q, "Q3 – Q4 2024 → quarter 2024-07-01 2024-12-31" },
  { "2024", TRUE, "2026-05-05", Y, "2024 – 2026 → years 2024-01-01 2026-12-31" },
  { "2024 – 2025", TRUE, "2026-05-05", Y, "2024 – 2026 → years 2024-01-01 2026-12-31" },
  { "2024-2025", TRUE, "2027-01-01", Y, "2024-2027 → years 2024-01-01 2027-12-31" },
  { "2024 – 2026", FALSE, "2025-03-01", Y, "2025 – 2026 → years 2025-01-01 2026-12-31" },
  { "2024 – 2025", TRUE, "2026-05-05", M,
    "1 January 2024 – 31 May 2026 → day 2024-01-01 2026-05-31" },
  { "April 2024", TRUE, "2024-05-03", D, "1 April – 3 May 2024 → day 2024-04-01 2024-05-03" },
  { "April 2024", TRUE, "2024-06-03", M, "April – June 2024 → month 2024-04-01 2024-06-30" },
  { "April 2024", FALSE, "2024-03-15", M, "March – April 2024 → month 2024-03-01 2024-04-30" },
  { "1 January 2024", TRUE, "2024-01-31", D, "January 2024 → month 2024-01-01 2024-01-31" },
  { "February 2023", TRUE, "2024-02-10", M,
    "February 2023 – February 2024 → month 2023-02-01 2024-02-29" },
  { "29 January 2024", TRUE, "2024-02-03", D,
    "29 January – 3 February 2024 → day 2024-01-29 2024-02-03" },
  { "29 January 2024", TRUE, "2024-01-31", M, "29–31 January 2024 → day 2024-01-29 2024-01-31" },
  { "January 29, 2024", TRUE, "2024-02-03", D,
    "January 29 – February 3, 2024 → day 2024-01-29 2024-02-03" },
  { "2024-01-29", TRUE, "2024-02-03", D,
    "2024-01-29 – 2024-02-03 → day 2024-01-29 2024-02-03" },
  { "29 January – 3 February 2024", FALSE, "2023-12-30", D,
    "30 December 2023 – 3 February 2024 → day 2023-12-30 2024-02-03" },
  { "29 January – 3 February 2024", TRUE, "2024-03-10", M,
    "29 January – 31 March 2024 → day 2024-01-29 2024-03-31" },
  { "November 21-23, 2023", TRUE, "2023-11-25", D,
    "November 21-25, 2023 → day 2023-11-21 2023-11-25" },
  { "November 21-23, 2023", TRUE, "2023-11-25", W,
    "November 21-26, 2023 → day 2023-11-21 2023-11-26" },
  { "November 21-23, 2023", FALSE, "2023-11-01", W,
    "October 30 – November 23, 2023 → day 2023-10-30 2023-11-23" },
  { "1 July – 30 September 2024", TRUE, "2024-12-31", Q,
    "H2 2024 → half-year 2024-07-01 2024-12-31" },
  { "30 December 2023 – 2 January 2024", FALSE, "2023-12-31", D,
    "31 December 2023 – 2 January 2024 → day 2023-12-31 2024-01-02" },
  /* Never past the other edge: at least one unit is left. */
  { "November 21-23, 2023", TRUE, "2023-11-10", D,
    "November 21, 2023 → day 2023-11-21 2023-11-21" },
  { "2024 – 2026", TRUE, "2023-05-05", Y, "2024 → year 2024-01-01 2024-12-31" },
  { "2024 – 2026", FALSE, "2030-05-05", Y, "2026 → year 2026-01-01 2026-12-31" },
  { "Q3 2024", FALSE, "2025-09-30", Q, "Q3 2024 → quarter 2024-07-01 2024-09-30" },
  { "Q3 2024", TRUE, "2020-01-01", Q, "Q3 2024 → quarter 2024-07-01 2024-09-30" },
  { "29 January – 3 February 2024", FALSE, "2024-03-01", M,
    "1–3 February 2024 → day 2024-02-01 2024-02-03" },
  /* An edge that does not move leaves the period as written. */
  { "Q1–Q3 2024", TRUE, "2024-09-12", Q, "Q1–Q3 2024 → quarter 2024-01-01 2024-09-30" },
  /* Days outside the calendar are its nearest day. */
  { "2024", TRUE, NULL, Y, "2024 – 9999 → years 2024-01-01 9999-12-31" },
};

static const DaysCase days_cases[] = {
  { "2024-07-01", "2024-09-30", "Q3 2024 → quarter 2024-07-01 2024-09-30" },
  { "2024-01-01", "2024-03-31", "Q1 2024 → quarter 2024-01-01 2024-03-31" },
  { "2024-07-01", "2024-12-31", "H2 2024 → half-year 2024-07-01 2024-12-31" },
  { "2024-01-01", "2024-12-31", "2024 → year 2024-01-01 2024-12-31" },
  { "2024-01-01", "2026-12-31", "2024 – 2026 → years 2024-01-01 2026-12-31" },
  { "2024-02-01", "2024-02-29", "February 2024 → month 2024-02-01 2024-02-29" },
  { "2023-02-01", "2023-02-28", "February 2023 → month 2023-02-01 2023-02-28" },
  { "2024-02-01", "2024-02-28", "1–28 February 2024 → day 2024-02-01 2024-02-28" },
  { "2024-01-29", "2024-01-29", "29 January 2024 → day 2024-01-29 2024-01-29" },
  { "2023-11-21", "2023-11-23", "21–23 November 2023 → day 2023-11-21 2023-11-23" },
  { "2024-07-01", "2024-10-15", "1 July – 15 October 2024 → day 2024-07-01 2024-10-15" },
  { "2024-01-29", "2024-02-03", "29 January – 3 February 2024 → day 2024-01-29 2024-02-03" },
  { "2023-12-30", "2024-01-02",
    "30 December 2023 – 2 January 2024 → day 2023-12-30 2024-01-02" },
  /* Whole quarters that are not one quarter, half or year */
  { "2024-04-01", "2024-09-30", "1 April – 30 September 2024 → day 2024-04-01 2024-09-30" },
  { "2024-01-01", "2024-09-30", "1 January – 30 September 2024 → day 2024-01-01 2024-09-30" },
  { "2023-07-01", "2024-06-30", "1 July 2023 – 30 June 2024 → day 2023-07-01 2024-06-30" },
  { "2024-03-01", "2024-04-30", "1 March – 30 April 2024 → day 2024-03-01 2024-04-30" },
  { "2024-12-01", "2025-01-31",
    "1 December 2024 – 31 January 2025 → day 2024-12-01 2025-01-31" },
  { "2024-01-02", "2024-12-31", "2 January – 31 December 2024 → day 2024-01-02 2024-12-31" },
  { "0001-01-01", "0001-12-31", "0001 → year 0001-01-01 0001-12-31" },
  { "0999-03-01", "0999-03-05", "1–5 March 0999 → day 0999-03-01 0999-03-05" },
  { "9999-12-31", "9999-12-31", "31 December 9999 → day 9999-12-31 9999-12-31" },
  { "0001-01-01", "9999-12-31", "0001 – 9999 → years 0001-01-01 9999-12-31" },
};

static guint32
julian_from_iso (const char *iso)
{
  GDate date;

  g_date_clear (&date, 1);
  g_assert_true (accord_date_from_iso (iso, &date));

  return g_date_get_julian (&date);
}

static char *
iso_from_julian (guint32 julian)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);

  return accord_date_to_iso (&date);
}

/* One string, so that a failed comparison shows everything understood of the period. */
static char *
describe_period (const AccordPeriod *period)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  if (!accord_period_is_known (period))
    return g_strdup_printf ("%s → unknown", accord_period_get_text (period));

  first = iso_from_julian (accord_period_get_start_julian (period));
  last = iso_from_julian (accord_period_get_end_julian (period));

  return g_strdup_printf ("%s → %s %s %s",
                          accord_period_get_text (period),
                          accord_enum_to_nick (ACCORD_TYPE_PRECISION,
                                               accord_period_get_precision (period)),
                          first, last);
}

static AccordPeriod *
parse_known (const char *text)
{
  g_autoptr(GError) error = NULL;
  AccordPeriod *period = accord_period_parse (text, NULL, &error);

  g_assert_no_error (error);

  return period;
}

/* The invariant of every period made here: its text reads back as exactly that period. */
static void
assert_reads_back (const AccordPeriod *period)
{
  g_autoptr(AccordPeriod) read_back = NULL;
  g_autofree char *description = NULL;
  g_autofree char *read_back_description = NULL;

  g_assert_true (accord_period_is_known (period));
  g_assert_cmpuint (accord_period_get_start_julian (period), >=, FIRST_JULIAN);
  g_assert_cmpuint (accord_period_get_start_julian (period), <=,
                    accord_period_get_end_julian (period));
  g_assert_cmpuint (accord_period_get_end_julian (period), <=, LAST_JULIAN);

  read_back = parse_known (accord_period_get_text (period));
  description = describe_period (period);
  read_back_description = describe_period (read_back);
  g_assert_cmpstr (read_back_description, ==, description);
  g_assert_true (accord_period_equal (read_back, period));
}

static void
test_time_unit_type (void)
{
  static const char * const nicks[] = { "day", "week", "month", "quarter", "half-year", "year" };
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (ACCORD_TYPE_TIME_UNIT);

  g_assert_true (G_TYPE_IS_ENUM (ACCORD_TYPE_TIME_UNIT));
  g_assert_cmpuint (enum_class->n_values, ==, G_N_ELEMENTS (nicks));

  for (guint i = 0; i < G_N_ELEMENTS (nicks); i++)
    g_assert_cmpstr (g_enum_get_value (enum_class, i)->value_nick, ==, nicks[i]);
}

static void
test_snap (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (snap_cases); i++)
    {
      const SnapCase *snap_case = &snap_cases[i];
      guint32 julian = julian_from_iso (snap_case->date);
      g_autofree char *first = iso_from_julian (accord_time_unit_snap (snap_case->unit, julian,
                                                                       FALSE));
      g_autofree char *last = iso_from_julian (accord_time_unit_snap (snap_case->unit, julian,
                                                                      TRUE));

      g_test_message ("%s, unit %d", snap_case->date, snap_case->unit);
      g_assert_cmpstr (first, ==, snap_case->first);
      g_assert_cmpstr (last, ==, snap_case->last);
    }
}

static void
test_snap_limits (void)
{
  for (AccordTimeUnit unit = D; unit <= Y; unit++)
    {
      guint32 last_julian = julian_from_iso ("2024-03-31");

      /* A unit's own first and last days snap to themselves, and one unit on is the next. */
      for (guint32 julian = julian_from_iso ("2023-12-01"); julian <= last_julian; julian++)
        {
          guint32 first = accord_time_unit_snap (unit, julian, FALSE);
          guint32 last = accord_time_unit_snap (unit, julian, TRUE);

          g_assert_cmpuint (first, <=, julian);
          g_assert_cmpuint (julian, <=, last);
          g_assert_cmpuint (accord_time_unit_snap (unit, first, FALSE), ==, first);
          g_assert_cmpuint (accord_time_unit_snap (unit, last, TRUE), ==, last);
          g_assert_cmpuint (accord_time_unit_add (unit, first, 1), ==, last + 1);
        }

      /* Days outside the calendar are taken as its nearest day. */
      g_assert_cmpuint (accord_time_unit_snap (unit, 0, FALSE), ==, FIRST_JULIAN);
      g_assert_cmpuint (accord_time_unit_snap (unit, G_MAXUINT32, TRUE), ==, LAST_JULIAN);
      g_assert_cmpuint (accord_time_unit_snap (unit, LAST_JULIAN, TRUE), ==, LAST_JULIAN);
    }

  g_assert_cmpuint (julian_from_iso ("9999-12-31"), ==, LAST_JULIAN);
}

static void
test_add (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (add_cases); i++)
    {
      const AddCase *add_case = &add_cases[i];
      guint32 julian = accord_time_unit_add (add_case->unit, julian_from_iso (add_case->date),
                                             add_case->n);
      g_autofree char *result = iso_from_julian (julian);

      g_test_message ("%s + %d × unit %d", add_case->date, add_case->n, add_case->unit);
      g_assert_cmpstr (result, ==, add_case->expected);
    }
}

static void
assert_moves (const MoveCase *move_case)
{
  g_autoptr(AccordPeriod) period = parse_known (move_case->text);
  g_autoptr(AccordPeriod) moved = accord_period_moved (period, move_case->unit, move_case->n);
  g_autofree char *description = describe_period (moved);

  g_test_message ("%s moved %d × unit %d", move_case->text, move_case->n, move_case->unit);
  g_assert_cmpstr (description, ==, move_case->expected);
  assert_reads_back (moved);
}

static void
test_moved (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (move_cases); i++)
    assert_moves (&move_cases[i]);
}

/* Moving there and back again gives the text as written when its form can say both. */
static void
test_moved_back (void)
{
  static const char * const texts[] = {
    "Q3 2024", "third quarter of 2024", "H2 2024", "Throughout 2024", "2021-25", "2024 to 2025",
    "April 2024", "Sept. 2020", "January 29, 2024", "the 29th of January 2024", "2024-01-29",
    "21–23 November 2023", "Q1–Q3 2024",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(AccordPeriod) period = parse_known (texts[i]);
      AccordTimeUnit unit = accord_period_get_precision (period) == ACCORD_PRECISION_DAY ? D : Y;
      g_autoptr(AccordPeriod) there = accord_period_moved (period, unit, 3);
      g_autoptr(AccordPeriod) back = accord_period_moved (there, unit, -3);

      g_test_message ("%s", texts[i]);
      g_assert_false (accord_period_equal (there, period));
      g_assert_true (accord_period_equal (back, period));
    }
}

static void
test_unknown (void)
{
  g_autoptr(AccordPeriod) period = accord_period_parse ("soon", NULL, NULL);

  for (AccordTimeUnit unit = D; unit <= Y; unit++)
    {
      g_autoptr(AccordPeriod) moved = accord_period_moved (period, unit, 1);
      g_autoptr(AccordPeriod) resized_start = accord_period_resized (period, FALSE,
                                                                     julian_from_iso ("2024-01-01"),
                                                                     unit);
      g_autoptr(AccordPeriod) resized_end = accord_period_resized (period, TRUE,
                                                                   julian_from_iso ("2024-01-01"),
                                                                   unit);

      g_assert_true (accord_period_equal (moved, period));
      g_assert_true (accord_period_equal (resized_start, period));
      g_assert_true (accord_period_equal (resized_end, period));
      g_assert_cmpstr (accord_period_get_text (moved), ==, "soon");
      g_assert_false (accord_period_is_known (moved));
    }
}

static void
test_resized (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (resize_cases); i++)
    {
      const ResizeCase *resize_case = &resize_cases[i];
      g_autoptr(AccordPeriod) period = parse_known (resize_case->text);
      g_autoptr(AccordPeriod) resized = NULL;
      g_autofree char *description = NULL;
      guint32 julian = resize_case->date != NULL ? julian_from_iso (resize_case->date)
                                                 : G_MAXUINT32;

      resized = accord_period_resized (period, resize_case->move_end, julian, resize_case->unit);
      description = describe_period (resized);

      g_test_message ("%s, %s to %s, unit %d", resize_case->text,
                      resize_case->move_end ? "end" : "start", resize_case->date,
                      resize_case->unit);
      g_assert_cmpstr (description, ==, resize_case->expected);
      assert_reads_back (resized);
    }
}

static void
test_new_for_days (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (days_cases); i++)
    {
      const DaysCase *days_case = &days_cases[i];
      g_autoptr(AccordPeriod) period = NULL;
      g_autofree char *description = NULL;

      period = accord_period_new_for_days (julian_from_iso (days_case->first),
                                           julian_from_iso (days_case->last));
      description = describe_period (period);

      g_assert_cmpstr (description, ==, days_case->expected);
      assert_reads_back (period);
    }
}

static void
test_new_for_days_invalid (void)
{
  AccordPeriod *period;

  g_test_expect_message ("accord-period-edit", G_LOG_LEVEL_CRITICAL, "*end >= start*");
  period = accord_period_new_for_days (julian_from_iso ("2024-01-02"),
                                       julian_from_iso ("2024-01-01"));
  g_test_assert_expected_messages ();
  g_assert_null (period);

  g_test_expect_message ("accord-period-edit", G_LOG_LEVEL_CRITICAL, "*start >= FIRST_JULIAN*");
  period = accord_period_new_for_days (0, julian_from_iso ("2024-01-01"));
  g_test_assert_expected_messages ();
  g_assert_null (period);

  g_test_expect_message ("accord-period-edit", G_LOG_LEVEL_CRITICAL, "*end <= LAST_JULIAN*");
  period = accord_period_new_for_days (julian_from_iso ("2024-01-01"), LAST_JULIAN + 1);
  g_test_assert_expected_messages ();
  g_assert_null (period);
}

/* Every span of up to 400 days that starts in a winter with a leap day and a new year. */
static void
test_new_for_days_every_span (void)
{
  guint32 first_start = julian_from_iso ("2023-12-01");
  guint32 last_start = julian_from_iso ("2024-03-31");

  for (guint32 start = first_start; start <= last_start; start++)
    {
      for (guint32 end = start; end <= start + 400; end++)
        {
          g_autoptr(AccordPeriod) period = accord_period_new_for_days (start, end);

          g_assert_cmpuint (accord_period_get_start_julian (period), ==, start);
          g_assert_cmpuint (accord_period_get_end_julian (period), ==, end);
          assert_reads_back (period);
        }
    }
}

/* Random periods */

static const char * const ordinal_words[] = { "first", "second", "third", "fourth" };

static const char * const month_names[] = {
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
};

/* Mostly years people plan in; now and then any year, or one at an end of the calendar. */
static guint
random_year (GRand *rand)
{
  switch (g_rand_int_range (rand, 0, 20))
    {
    case 0:
      return g_rand_int_range (rand, 1, 10000);
    case 1:
      return g_rand_boolean (rand) ? g_rand_int_range (rand, 1, 3)
                                   : g_rand_int_range (rand, 9998, 10000);
    default:
      return g_rand_int_range (rand, 1990, 2061);
    }
}

static char *
random_day_text (GRand *rand)
{
  guint year = random_year (rand);
  guint month = g_rand_int_range (rand, 1, 13);
  guint day = g_rand_int_range (rand, 1, g_date_get_days_in_month (month, year) + 1);
  guint length = g_rand_boolean (rand) ? 0 : g_rand_int_range (rand, 0, 70);
  guint32 start;
  guint32 end;
  GDate first;
  GDate last;
  const char *name = month_names[month - 1];

  g_date_clear (&first, 1);
  g_date_set_dmy (&first, day, month, year);
  start = g_date_get_julian (&first);
  end = MIN (start + length, LAST_JULIAN);
  g_date_clear (&last, 1);
  g_date_set_julian (&last, end);

  if (start == end)
    {
      switch (g_rand_int_range (rand, 0, 5))
        {
        case 0:
          return g_strdup_printf ("%u %s %04u", day, name, year);
        case 1:
          return g_strdup_printf ("%s %u, %04u", name, day, year);
        case 2:
          return g_strdup_printf ("%04u-%02u-%02u", year, month, day);
        case 3:
          return g_strdup_printf ("the %uth of %s %04u", day, name, year);
        default:
          return g_strdup_printf ("%.3s. %u, %04u", name, day, year);
        }
    }

  if (g_date_get_month (&last) == month && g_date_get_year (&last) == year)
    {
      switch (g_rand_int_range (rand, 0, 4))
        {
        case 0:
          return g_strdup_printf ("%u–%u %s %04u", day, g_date_get_day (&last), name, year);
        case 1:
          return g_strdup_printf ("%s %u-%u, %04u", name, day, g_date_get_day (&last), year);
        case 2:
          return g_strdup_printf ("%u to %u %s %04u", day, g_date_get_day (&last), name, year);
        default:
          return g_strdup_printf ("%04u-%02u-%02u – %04u-%02u-%02u", year, month, day,
                                  year, month, (guint) g_date_get_day (&last));
        }
    }

  if (g_date_get_year (&last) == year)
    {
      if (g_rand_boolean (rand))
        return g_strdup_printf ("%u %s – %u %s %04u", day, name, g_date_get_day (&last),
                                month_names[g_date_get_month (&last) - 1], year);

      return g_strdup_printf ("%s %u – %s %u, %04u", name, day,
                              month_names[g_date_get_month (&last) - 1],
                              g_date_get_day (&last), year);
    }

  return g_strdup_printf ("%u %s %04u – %u %s %04u", day, name, year, g_date_get_day (&last),
                          month_names[g_date_get_month (&last) - 1], g_date_get_year (&last));
}

static AccordPeriod *
random_period (GRand *rand)
{
  guint year = random_year (rand);
  guint later_year = year + g_rand_int_range (rand, 1, 6);
  guint quarter = g_rand_int_range (rand, 1, 5);
  guint later_quarter = g_rand_int_range (rand, quarter, 5);
  guint half = g_rand_int_range (rand, 1, 3);
  guint month = g_rand_int_range (rand, 1, 13);
  guint later_month = g_rand_int_range (rand, month, 13);
  g_autofree char *text = NULL;

  if (later_year > 9999)
    {
      later_year = 9999;
      year = MIN (year, 9998);
    }

  switch (g_rand_int_range (rand, 0, 17))
    {
    case 0:
      text = g_strdup_printf ("Q%u %04u", quarter, year);
      break;
    case 1:
      text = g_strdup_printf ("Q%u–Q%u %04u", quarter, later_quarter, year);
      break;
    case 2:
      text = g_strdup_printf ("Q%u %04u – Q%u %04u", quarter, year, later_quarter, later_year);
      break;
    case 3:
      text = g_strdup_printf ("H%u %04u", half, year);
      break;
    case 4:
      text = g_strdup_printf ("%s quarter of %04u", ordinal_words[quarter - 1], year);
      break;
    case 5:
      text = g_strdup_printf ("%04u", year);
      break;
    case 6:
      text = g_strdup_printf ("Throughout %04u", year);
      break;
    case 7:
      text = g_strdup_printf ("%04u – %04u", year, later_year);
      break;
    case 8:
      text = g_strdup_printf (year / 100 == later_year / 100 ? "%04u-%02u" : "%04u-%04u",
                              year, year / 100 == later_year / 100 ? later_year % 100 : later_year);
      break;
    case 9:
      text = g_strdup_printf ("from %04u to %04u", year, later_year);
      break;
    case 10:
      text = g_strdup_printf ("%s %04u", month_names[month - 1], year);
      break;
    case 11:
      text = g_strdup_printf ("%.3s %04u", month_names[month - 1], year);
      break;
    case 12:
      text = g_strdup_printf ("%s–%s %04u", month_names[month - 1], month_names[later_month - 1],
                              year);
      break;
    case 13:
    case 14:
    case 15:
      text = random_day_text (rand);
      break;
    default:
      {
        guint32 start = g_rand_int_range (rand, FIRST_JULIAN, LAST_JULIAN + 1);
        AccordTimeUnit unit = g_rand_int_range (rand, D, Y + 1);
        guint length = g_rand_int_range (rand, 0, 1200);

        /* Often aligned, so that whole months, quarters and years come up. */
        if (g_rand_boolean (rand))
          start = accord_time_unit_snap (unit, start, FALSE);

        return accord_period_new_for_days (start, MIN (start + length, LAST_JULIAN));
      }
    }

  return parse_known (text);
}

/* A move past an end of the calendar stops there: moving farther changes nothing. */
static void
assert_stopped (const AccordPeriod *period,
                AccordTimeUnit      unit,
                int                 n,
                const AccordPeriod *moved)
{
  g_autoptr(AccordPeriod) farther = accord_period_moved (period, unit, n + (n < 0 ? -1 : 1));

  g_assert_cmpuint (accord_period_get_start_julian (farther), ==,
                    accord_period_get_start_julian (moved));
  g_assert_cmpuint (accord_period_get_end_julian (farther), ==,
                    accord_period_get_end_julian (moved));
}

static void
assert_moved_well (const AccordPeriod *period,
                   AccordTimeUnit      unit,
                   int                 n,
                   const AccordPeriod *moved)
{
  AccordPrecision precision = accord_period_get_precision (period);
  guint32 start = accord_period_get_start_julian (period);
  guint32 end = accord_period_get_end_julian (period);
  guint32 new_start = accord_period_get_start_julian (moved);
  guint32 new_end = accord_period_get_end_julian (moved);

  if (precision == ACCORD_PRECISION_DAY)
    g_assert_cmpint (accord_period_get_precision (moved), ==, ACCORD_PRECISION_DAY);

  if (n == 0)
    {
      g_assert_true (accord_period_equal (moved, period));
      return;
    }

  if (unit == D || unit == W)
    g_assert_cmpuint (new_end - new_start, ==, end - start);

  /* The first day moves as accord_time_unit_add() moves a day. */
  if (new_start != accord_time_unit_add (unit, start, n))
    assert_stopped (period, unit, n, moved);
}

static void
assert_resized_well (const AccordPeriod *period,
                     gboolean            move_end,
                     guint32             julian,
                     AccordTimeUnit      unit,
                     const AccordPeriod *resized)
{
  guint32 start = accord_period_get_start_julian (period);
  guint32 end = accord_period_get_end_julian (period);
  guint32 new_start = accord_period_get_start_julian (resized);
  guint32 new_end = accord_period_get_end_julian (resized);

  if (move_end)
    {
      g_assert_cmpuint (new_start, ==, start);
      g_assert_cmpuint (new_end, ==, MAX (accord_time_unit_snap (unit, julian, TRUE),
                                          accord_time_unit_snap (unit, start, TRUE)));
    }
  else
    {
      g_assert_cmpuint (new_end, ==, end);
      g_assert_cmpuint (new_start, ==, MIN (accord_time_unit_snap (unit, julian, FALSE),
                                            accord_time_unit_snap (unit, end, FALSE)));
    }

  /* The precision is kept while the ends fall on its units, else follows from the dates alone;
   * unless nothing moved. */
  if (new_start != start || new_end != end)
    {
      g_autoptr(AccordPeriod) tidy = accord_period_new_for_days (new_start, new_end);
      AccordPrecision precision = accord_period_get_precision (period);
      AccordTimeUnit own = accord_time_unit_for_precision (precision);
      gboolean on_units = precision != ACCORD_PRECISION_DAY &&
                          accord_time_unit_snap (own, new_start, FALSE) == new_start &&
                          accord_time_unit_snap (own, new_end, TRUE) == new_end;

      if (on_units && (precision == ACCORD_PRECISION_YEAR || precision == ACCORD_PRECISION_YEARS))
        g_assert_cmpint (accord_period_get_precision (resized), ==,
                         accord_period_get_precision (tidy));
      else if (on_units)
        g_assert_cmpint (accord_period_get_precision (resized), ==, precision);
      else
        g_assert_cmpint (accord_period_get_precision (resized), ==,
                         accord_period_get_precision (tidy));
    }
}

/* 10,000 periods of every form, each moved or resized a few times at random: every result reads
 * back as itself. The seed is fixed so that a failure can be repeated. */
static void
test_round_trip (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20240729);

  for (guint i = 0; i < 10000; i++)
    {
      g_autoptr(AccordPeriod) period = random_period (rand);
      guint steps = g_rand_int_range (rand, 1, 4);

      assert_reads_back (period);

      for (guint step = 0; step < steps; step++)
        {
          AccordTimeUnit unit = g_rand_int_range (rand, D, Y + 1);
          g_autoptr(AccordPeriod) result = NULL;

          if (g_rand_boolean (rand))
            {
              int n = g_rand_int_range (rand, 0, 10) == 0 ? g_rand_int_range (rand, -20000, 20000)
                                                          : g_rand_int_range (rand, -30, 31);

              result = accord_period_moved (period, unit, n);
              assert_moved_well (period, unit, n, result);
            }
          else
            {
              gboolean move_end = g_rand_boolean (rand);
              guint32 edge = move_end ? accord_period_get_end_julian (period)
                                      : accord_period_get_start_julian (period);
              gint64 distance = g_rand_int_range (rand, -1500, 1500);
              guint32 julian = CLAMP ((gint64) edge + distance, FIRST_JULIAN, LAST_JULIAN);

              result = accord_period_resized (period, move_end, julian, unit);
              assert_resized_well (period, move_end, julian, unit, result);
            }

          assert_reads_back (result);
          g_clear_pointer (&period, accord_period_free);
          period = g_steal_pointer (&result);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/period-edit/time-unit/type", test_time_unit_type);
  g_test_add_func ("/model/period-edit/time-unit/snap", test_snap);
  g_test_add_func ("/model/period-edit/time-unit/snap-limits", test_snap_limits);
  g_test_add_func ("/model/period-edit/time-unit/add", test_add);
  g_test_add_func ("/model/period-edit/moved", test_moved);
  g_test_add_func ("/model/period-edit/moved/back", test_moved_back);
  g_test_add_func ("/model/period-edit/unknown", test_unknown);
  g_test_add_func ("/model/period-edit/resized", test_resized);
  g_test_add_func ("/model/period-edit/new-for-days", test_new_for_days);
  g_test_add_func ("/model/period-edit/new-for-days/invalid", test_new_for_days_invalid);
  g_test_add_func ("/model/period-edit/new-for-days/every-span", test_new_for_days_every_span);
  g_test_add_func ("/model/period-edit/round-trip", test_round_trip);

  return g_test_run ();
}
