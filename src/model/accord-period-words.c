/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#define G_LOG_DOMAIN "accord-period"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "accord-period-words.h"

/* Every word the grammar knows, once. Words are lower case and NFC, as g_utf8_casefold() and
 * g_utf8_normalize() give. Within a language, the first word of a kind and value is the one
 * written when a period is rewritten. */

typedef enum
{
  LANGUAGE_ENGLISH,
  LANGUAGE_VIETNAMESE,
  LANGUAGE_LAO,
  LANGUAGE_ROMAN,   /* numerals, in any language */
} Language;

typedef struct
{
  const char *word;
  guint8      kind;     /* TokenKind */
  guint8      value;
  guint8      numeral;  /* Numeral */
  guint8      language;
} Word;

#define EN(w, k, v) { w, TOKEN_##k, v, NUMERAL_WORD, LANGUAGE_ENGLISH }
#define VI(w, k, v) { w, TOKEN_##k, v, NUMERAL_WORD, LANGUAGE_VIETNAMESE }
#define LO(w, k, v) { w, TOKEN_##k, v, NUMERAL_WORD, LANGUAGE_LAO }
#define MONTH(w, v, n, l) { w, TOKEN_MONTH, v, NUMERAL_##n, LANGUAGE_##l }

static const Word words[] = {
  EN ("to", TO, 0), EN ("until", TO, 0), EN ("till", TO, 0), EN ("through", TO, 0),
  EN ("and", AND, 0), EN ("from", FROM, 0), EN ("between", BETWEEN, 0),
  EN ("throughout", WITHIN, 0), EN ("during", WITHIN, 0), EN ("in", WITHIN, 0),
  EN ("on", WITHIN, 0), EN ("by", WITHIN, 0), EN ("within", WITHIN, 0),
  EN ("this", THIS, 0), EN ("next", NEXT, 0), EN ("last", PREVIOUS, 0),
  EN ("year", YEAR_WORD, 0), EN ("quarter", QUARTER_WORD, 0), EN ("half", HALF_WORD, 0),
  EN ("first", ORDINAL_WORD, 1), EN ("second", ORDINAL_WORD, 2), EN ("third", ORDINAL_WORD, 3),
  EN ("fourth", ORDINAL_WORD, 4),
  EN ("early", PART, 1), EN ("mid", PART, 2), EN ("middle", PART, 2), EN ("late", PART, 3),
  EN ("today", DAY_WORD, 0), EN ("tomorrow", DAY_WORD, 1), EN ("yesterday", DAY_WORD, 2),
  EN ("monday", WEEKDAY, 1), EN ("tuesday", WEEKDAY, 2), EN ("wednesday", WEEKDAY, 3),
  EN ("thursday", WEEKDAY, 4), EN ("friday", WEEKDAY, 5), EN ("saturday", WEEKDAY, 6),
  EN ("sunday", WEEKDAY, 7), EN ("mon", WEEKDAY, 1), EN ("tue", WEEKDAY, 2),
  EN ("tues", WEEKDAY, 2), EN ("wed", WEEKDAY, 3), EN ("thu", WEEKDAY, 4),
  EN ("thur", WEEKDAY, 4), EN ("thurs", WEEKDAY, 4), EN ("fri", WEEKDAY, 5),
  EN ("sat", WEEKDAY, 6), EN ("sun", WEEKDAY, 7),
  EN ("the", FILLER, 0), EN ("of", FILLER, 0), EN ("period", FILLER, 0),

  MONTH ("january", 1, WORD, ENGLISH), MONTH ("february", 2, WORD, ENGLISH),
  MONTH ("march", 3, WORD, ENGLISH), MONTH ("april", 4, WORD, ENGLISH),
  MONTH ("may", 5, WORD, ENGLISH), MONTH ("june", 6, WORD, ENGLISH),
  MONTH ("july", 7, WORD, ENGLISH), MONTH ("august", 8, WORD, ENGLISH),
  MONTH ("september", 9, WORD, ENGLISH), MONTH ("october", 10, WORD, ENGLISH),
  MONTH ("november", 11, WORD, ENGLISH), MONTH ("december", 12, WORD, ENGLISH),
  MONTH ("jan", 1, ABBREVIATED, ENGLISH), MONTH ("feb", 2, ABBREVIATED, ENGLISH),
  MONTH ("mar", 3, ABBREVIATED, ENGLISH), MONTH ("apr", 4, ABBREVIATED, ENGLISH),
  MONTH ("may", 5, ABBREVIATED, ENGLISH), MONTH ("jun", 6, ABBREVIATED, ENGLISH),
  MONTH ("jul", 7, ABBREVIATED, ENGLISH), MONTH ("aug", 8, ABBREVIATED, ENGLISH),
  MONTH ("sep", 9, ABBREVIATED, ENGLISH), MONTH ("sept", 9, ABBREVIATED, ENGLISH),
  MONTH ("oct", 10, ABBREVIATED, ENGLISH), MONTH ("nov", 11, ABBREVIATED, ENGLISH),
  MONTH ("dec", 12, ABBREVIATED, ENGLISH),

  /* "29 tháng 1 năm 2024", "Quý III/2024", "nửa cuối năm 2024", "từ tháng 1 đến tháng 3" */
  VI ("đến", TO, 0), VI ("tới", TO, 0), VI ("và", AND, 0), VI ("từ", FROM, 0),
  VI ("trong", WITHIN, 0), VI ("vào", WITHIN, 0), VI ("suốt", WITHIN, 0),
  VI ("nay", THIS, 0), VI ("này", THIS, 0), VI ("sau", NEXT, 0), VI ("ngoái", PREVIOUS, 0),
  VI ("trước", PREVIOUS, 0), VI ("năm", YEAR_WORD, 0), VI ("tháng", MONTH_WORD, 0),
  VI ("thg", MONTH_WORD, 0), VI ("quý", QUARTER_WORD, 0), VI ("nửa", HALF_WORD, 0),
  VI ("đầu", PART, 1), VI ("giữa", PART, 2), VI ("cuối", PART, 3),
  VI ("ngày", FILLER, 0), VI ("thứ", FILLER, 0),

  /* "ໄຕມາດ 1/2024", "ເຄິ່ງປີທີ 2/2024", "29 ມັງກອນ 2024", "ຕົ້ນປີ 2025" */
  LO ("ຫາ", TO, 0), LO ("ເຖິງ", TO, 0), LO ("ແລະ", AND, 0), LO ("ແຕ່", FROM, 0),
  LO ("ລະຫວ່າງ", BETWEEN, 0), LO ("ໃນ", WITHIN, 0), LO ("ນີ້", THIS, 0),
  LO ("ໜ້າ", NEXT, 0), LO ("ຫນ້າ", NEXT, 0), LO ("ກາຍ", PREVIOUS, 0),
  LO ("ປີ", YEAR_WORD, 0), LO ("ເດືອນ", MONTH_WORD, 0), LO ("ໄຕມາດ", QUARTER_WORD, 0),
  LO ("ເຄິ່ງປີ", HALF_WORD, 0), LO ("ທຳອິດ", ORDINAL_WORD, 1),
  LO ("ຕົ້ນ", PART, 1), LO ("ກາງ", PART, 2), LO ("ທ້າຍ", PART, 3), LO ("ຫຼັງ", PART, 3),
  LO ("ຫລັງ", PART, 3), LO ("ທີ", FILLER, 0), LO ("ວັນ", FILLER, 0),

  MONTH ("ມັງກອນ", 1, WORD, LAO), MONTH ("ກຸມພາ", 2, WORD, LAO), MONTH ("ມີນາ", 3, WORD, LAO),
  MONTH ("ເມສາ", 4, WORD, LAO), MONTH ("ພຶດສະພາ", 5, WORD, LAO),
  MONTH ("ມິຖຸນາ", 6, WORD, LAO), MONTH ("ກໍລະກົດ", 7, WORD, LAO),
  MONTH ("ສິງຫາ", 8, WORD, LAO), MONTH ("ກັນຍາ", 9, WORD, LAO), MONTH ("ຕຸລາ", 10, WORD, LAO),
  MONTH ("ພະຈິກ", 11, WORD, LAO), MONTH ("ທັນວາ", 12, WORD, LAO),
  /* As glibc abbreviates them, "ມ.ກ."; the last dot is read after the word. */
  MONTH ("ມ.ກ", 1, ABBREVIATED, LAO), MONTH ("ກ.ພ", 2, ABBREVIATED, LAO),
  MONTH ("ມ.ນ", 3, ABBREVIATED, LAO), MONTH ("ມ.ສ", 4, ABBREVIATED, LAO),
  MONTH ("ພ.ພ", 5, ABBREVIATED, LAO), MONTH ("ມິ.ຖ", 6, ABBREVIATED, LAO),
  MONTH ("ກ.ລ", 7, ABBREVIATED, LAO), MONTH ("ສ.ຫ", 8, ABBREVIATED, LAO),
  MONTH ("ກ.ຍ", 9, ABBREVIATED, LAO), MONTH ("ຕ.ລ", 10, ABBREVIATED, LAO),
  MONTH ("ພ.ຈ", 11, ABBREVIATED, LAO), MONTH ("ທ.ວ", 12, ABBREVIATED, LAO),

  { "i", TOKEN_ROMAN, 1, NUMERAL_ROMAN, LANGUAGE_ROMAN },
  { "ii", TOKEN_ROMAN, 2, NUMERAL_ROMAN, LANGUAGE_ROMAN },
  { "iii", TOKEN_ROMAN, 3, NUMERAL_ROMAN, LANGUAGE_ROMAN },
  { "iv", TOKEN_ROMAN, 4, NUMERAL_ROMAN, LANGUAGE_ROMAN },
};

#undef EN
#undef VI
#undef LO
#undef MONTH

static char *
fold (const char *word,
      gsize       length)
{
  g_autofree char *folded = g_utf8_casefold (word, length);

  return g_utf8_normalize (folded, -1, G_NORMALIZE_NFC);
}

/* Folded word → its first Word: prose has many words, and most are not the grammar's. */
static GHashTable *
word_index (void)
{
  static GHashTable *index;

  if (g_once_init_enter (&index))
    {
      GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < G_N_ELEMENTS (words); i++)
        {
          if (!g_hash_table_contains (table, words[i].word))
            g_hash_table_insert (table, (char *) words[i].word, (gpointer) &words[i]);
        }

      g_once_init_leave (&index, table);
    }

  return index;
}

static const Word *
find_word (const char *word,
           gsize       length,
           gboolean    prefix,
           gsize      *matched)
{
  const Word *best = NULL;

  *matched = 0;

  if (prefix)
    {
      /* Lao has no case to fold. */
      for (guint i = 0; i < G_N_ELEMENTS (words); i++)
        {
          gsize word_length = strlen (words[i].word);

          if (words[i].language == LANGUAGE_LAO && word_length <= length &&
              word_length > *matched && memcmp (word, words[i].word, word_length) == 0)
            {
              best = &words[i];
              *matched = word_length;
            }
        }

      return best;
    }
  else
    {
      g_autofree char *folded = fold (word, length);

      best = g_hash_table_lookup (word_index (), folded);
      *matched = best != NULL ? length : 0;
    }

  return best;
}

gsize
_accord_period_match_word (const char *word,
                           gsize       length,
                           gboolean    prefix,
                           Token      *token)
{
  gsize matched;
  const Word *found = find_word (word, length, prefix, &matched);

  if (found == NULL)
    return 0;

  token->kind = found->kind;
  token->value = found->value;
  token->numeral = found->numeral;

  return matched;
}

gboolean
_accord_period_word_is_ordinal_suffix (const char *suffix,
                                       gsize       length)
{
  static const char * const suffixes[] = { "st", "nd", "rd", "th" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      if (length == 2 && g_ascii_strncasecmp (suffix, suffixes[i], 2) == 0)
        return TRUE;
    }

  return FALSE;
}

const char *
_accord_period_ordinal_suffix (guint number)
{
  if (number % 100 >= 11 && number % 100 <= 13)
    return "th";

  switch (number % 10)
    {
    case 1:
      return "st";
    case 2:
      return "nd";
    case 3:
      return "rd";
    default:
      return "th";
    }
}

const char *
_accord_period_month_name (guint month)
{
  g_return_val_if_fail (month >= 1 && month <= 12, NULL);

  /* The English months come first, in full. */
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      if (words[i].kind == TOKEN_MONTH && words[i].value == month)
        return words[i].word;
    }

  g_assert_not_reached ();
}

/* @word in the letter case of @model: "JANUARY", "January" or "january". */
static char *
in_case_of (const char *word,
            const char *model,
            gsize       model_length)
{
  gunichar first = g_utf8_get_char (model);
  gboolean all_upper = TRUE;
  guint letters = 0;

  for (const char *p = model; p < model + model_length; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalpha (c))
        {
          letters++;
          all_upper = all_upper && g_unichar_isupper (c);
        }
    }

  if (letters > 1 && all_upper)
    return g_utf8_strup (word, -1);

  if (g_unichar_isupper (first))
    {
      char title[7] = { 0 };

      g_unichar_to_utf8 (g_unichar_totitle (g_utf8_get_char (word)), title);

      return g_strconcat (title, g_utf8_next_char (word), NULL);
    }

  return g_strdup (word);
}

char *
_accord_period_word_like (const char *written,
                          gsize       length,
                          guint       value)
{
  gsize matched;
  gboolean lao = g_utf8_get_char (written) >= 0x0E80 && g_utf8_get_char (written) <= 0x0EFF;
  const Word *found = find_word (written, length, lao, &matched);
  /* The dot that ends a Lao abbreviation, "ມ.ກ.", is read after the word. */
  gboolean dot = lao && matched + 1 == length && written[matched] == '.';

  if (found == NULL || (matched != length && !dot))
    return NULL;

  if (found->value == value)
    return g_strndup (written, length);

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      const Word *word = &words[i];

      if (word->kind == found->kind && word->language == found->language &&
          word->numeral == found->numeral && word->value == value)
        return dot ? g_strconcat (word->word, ".", NULL) : in_case_of (word->word, written, length);
    }

  return NULL;
}

/* Tokens */

static gboolean
is_lao (gunichar c)
{
  return c >= 0x0E80 && c <= 0x0EFF;
}

static gboolean
is_letter (gunichar c)
{
  return g_unichar_isalpha (c) || g_unichar_ismark (c);
}

gboolean
accord_unichar_is_dash (gunichar c)
{
  switch (c)
    {
    case '-':
    case 0x2010: /* hyphen */
    case 0x2011: /* non-breaking hyphen */
    case 0x2012: /* figure dash */
    case 0x2013: /* en dash */
    case 0x2014: /* em dash */
    case 0x2015: /* horizontal bar */
    case 0x2212: /* minus sign */
      return TRUE;

    default:
      return FALSE;
    }
}

/* Up to @max ASCII digits at @p; their count, 0 when none. */
static guint
scan_digits (const char *p,
             guint       max,
             guint      *value)
{
  guint n = 0;

  *value = 0;
  while (n < max && g_ascii_isdigit (p[n]))
    {
      *value = *value * 10 + g_ascii_digit_value (p[n]);
      n++;
    }

  return g_ascii_isdigit (p[n]) ? 0 : n;
}

/* The order of day, month and year in the UI language's own way of writing a day. */
static DateOrder
numeric_date_order (void)
{
  const char *pattern = C_("date", "%-d %B %Y");
  const char *day = strchr (pattern, 'd');
  const char *month = strpbrk (pattern, "BbmOh");
  const char *year = strchr (pattern, 'Y');

  if (day == NULL || month == NULL || year == NULL)
    return DATE_ORDER_DMY;

  if (year < day && year < month)
    return DATE_ORDER_YMD;

  return month < day ? DATE_ORDER_MDY : DATE_ORDER_DMY;
}

/* "2023-11-22", or "29/01/2024", "29.01.2024", "29/01" in the UI language's order; a
 * reading the other way round is taken when only it is a date ("01/29/2024" in English). The
 * length of the date in bytes, 0 when there is none. Only the shape is checked here. */
static guint
scan_numeric_date (const char *p,
                   Token      *token)
{
  guint a, b, c;
  guint n1, n2, n3;
  char separator;

  n1 = scan_digits (p, 4, &a);
  if (n1 == 0)
    return 0;
  separator = p[n1];
  if (separator != '-' && separator != '/' && separator != '.')
    return 0;

  if (n1 == 4 && separator == '-')
    {
      /* ISO 8601 exactly: "2024-1-1" is not a date. */
      if (scan_digits (p + 5, 2, &b) != 2 || p[7] != '-' || scan_digits (p + 8, 2, &c) != 2 ||
          g_ascii_isalnum (p[10]))
        return 0;
      token->order = DATE_ORDER_YMD;
      token->value = a;
      token->month = b;
      token->day = c;
      token->separator = '-';
      return 10;
    }

  if (n1 > 2 || separator == '-')
    return 0;

  n2 = scan_digits (p + n1 + 1, 2, &b);
  if (n2 == 0)
    return 0;

  if (p[n1 + 1 + n2] == separator)
    {
      n3 = scan_digits (p + n1 + n2 + 2, 4, &c);
      if (n3 != 4 || g_ascii_isalnum (p[n1 + n2 + 2 + n3]))
        return 0;
    }
  else if (separator == '/' && !g_ascii_isalnum (p[n1 + 1 + n2]))
    {
      /* "01/07", the first day of "01/07 – 30/09/2024": a day without its year */
      n3 = 0;
      c = 0;
    }
  else
    return 0;

  token->order = numeric_date_order ();
  if (token->order == DATE_ORDER_YMD)
    token->order = DATE_ORDER_DMY;
  if ((token->order == DATE_ORDER_DMY && b > 12 && a <= 12) ||
      (token->order == DATE_ORDER_MDY && a > 12 && b <= 12))
    token->order = token->order == DATE_ORDER_DMY ? DATE_ORDER_MDY : DATE_ORDER_DMY;

  token->value = c;
  token->day = token->order == DATE_ORDER_DMY ? a : b;
  token->month = token->order == DATE_ORDER_DMY ? b : a;
  token->separator = separator;

  return n1 + n2 + n3 + (n3 > 0 ? 2 : 1);
}

/* A number, "29th", "Q3": @length bytes of ASCII letters and digits. */
static gboolean
scan_ascii_word (const char *word,
                 gsize       length,
                 Token      *token)
{
  /* No day or year has more than four digits, and the value cannot overflow. */
  gsize digits = scan_digits (word, 4, &token->value);

  if (digits == 0)
    {
      if (length != 2 || !g_ascii_isalpha (word[0]) || !g_ascii_isdigit (word[1]))
        return FALSE;

      switch (g_ascii_tolower (word[0]))
        {
        case 'q':
          token->kind = TOKEN_QUARTER;
          break;
        case 'h':
          token->kind = TOKEN_HALF;
          break;
        default:
          return FALSE;
        }

      token->value = g_ascii_digit_value (word[1]);
      token->numeral = NUMERAL_DIGITS;
      token->offset++;
      token->length = 1;
      return TRUE;
    }

  token->digits = digits;

  if (digits == length)
    {
      token->kind = TOKEN_NUMBER;
      token->numeral = NUMERAL_DIGITS;
      return TRUE;
    }

  if (_accord_period_word_is_ordinal_suffix (word + digits, length - digits))
    {
      token->kind = TOKEN_ORDINAL;
      token->numeral = NUMERAL_ORDINAL;
      return TRUE;
    }

  return FALSE;
}

/* Reads the tokens of @text from @from into @tokens, fillers dropped, until the text ends, a
 * word is not one of the grammar, or @tokens is full. Where it stopped, past white space. */
const char *
_accord_period_tokenize_run (const char *text,
                             const char *from,
                             Token      *tokens,
                             guint      *n_tokens)
{
  const char *p = from;
  guint n = 0;

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);
      Token token = { .offset = p - text, .begin = p - text };
      const char *start = p;
      guint length;

      if (g_unichar_isspace (c) || c == ',' || c == '.' || c == '(' || c == ')')
        {
          p = g_utf8_next_char (p);
          continue;
        }

      if (n == ACCORD_PERIOD_MAX_TOKENS)
        break;

      if ((length = scan_numeric_date (p, &token)) != 0)
        {
          token.kind = TOKEN_DATE;
          token.numeral = NUMERAL_DIGITS;
          token.length = length;
          p += length;
        }
      else if (accord_unichar_is_dash (c) || c == '/')
        {
          token.kind = c == '/' ? TOKEN_SLASH : TOKEN_DASH;
          p = g_utf8_next_char (p);
          token.length = p - start;
        }
      else if (g_ascii_isdigit (*p) || (g_ascii_isalpha (*p) && g_ascii_isdigit (p[1])))
        {
          const char *end = p;

          while (g_ascii_isalnum (*end))
            end++;

          token.length = end - p;
          if (!scan_ascii_word (p, end - p, &token))
            break;
          p = end;
        }
      else if (is_letter (c))
        {
          const char *end = p;
          gboolean lao = is_lao (c);

          /* Lao abbreviations are written with dots: "ມ.ກ.". */
          while (*end != '\0' &&
                 (is_letter (g_utf8_get_char (end)) ||
                  (lao && *end == '.' && is_lao (g_utf8_get_char (end + 1)))))
            end = g_utf8_next_char (end);

          length = _accord_period_match_word (p, end - p, lao, &token);
          if (length == 0)
            break;

          token.length = length;
          p += length;
          /* The dot that ends "ມ.ກ." belongs to it. */
          if (lao && token.kind == TOKEN_MONTH && *p == '.')
            {
              p++;
              token.length++;
            }
        }
      else
        break;

      token.end = p - text;
      if (token.kind != TOKEN_FILLER)
        tokens[n++] = token;
    }

  *n_tokens = n;

  return p;
}

gboolean
_accord_period_tokenize (const char *text,
                         Token      *tokens,
                         guint      *n_tokens)
{
  return *_accord_period_tokenize_run (text, text, tokens, n_tokens) == '\0';
}
