/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#define G_LOG_DOMAIN "accord-fold"

#include <string.h>

#include "accord-fold.h"
#include "accord-period.h"

/* ---- Folding ---------------------------------------------------------------------------- */

typedef enum {
  FOLD_TEXT,
  FOLD_SPACE,
  /* A combining mark on its own: dropped after a Latin letter, kept after any other. */
  FOLD_MARK,
} FoldKind;

/* What one code point folds to. Folding a precomposed character needs case folding and two
 * normalisations, which allocate; each code point is folded once and remembered, so that
 * folding the text of 100,000 records costs a table look-up a character. */
typedef struct
{
  gunichar last;  /* the last code point of text */
  guint8   kind;
  guint8   latin; /* text ends in a Latin letter: marks that follow it are dropped */
  char     text[];
} FoldedChar;

#define FOLD_PAGE_SIZE 256
#define N_FOLD_PAGES   ((0x10FFFF + 1) / FOLD_PAGE_SIZE)

/* Filled on demand and kept for the life of the process. Any thread may fold: entries are
 * published with compare-and-exchange, and the loser of a race frees its copy. */
static FoldedChar **fold_pages[N_FOLD_PAGES];

/* Typographic variants of what a keyboard types. */
static char
fold_punctuation (gunichar ch)
{
  if (ch != '-' && accord_unichar_is_dash (ch))
    return '-';

  switch (ch)
    {
    case 0x2018: case 0x2019: case 0x201B: case 0x2032: /* ‘ ’ ‛ ′ */
      return '\'';

    case 0x201C: case 0x201D: case 0x201F: case 0x2033: /* “ ” ‟ ″ */
      return '"';

    default:
      return '\0';
    }
}

/* Latin letters with a stroke have no decomposition to drop the stroke from. */
static gunichar
fold_stroke (gunichar ch)
{
  switch (ch)
    {
    case 0x0111: /* đ */
      return 'd';

    case 0x0142: /* ł */
      return 'l';

    case 0x00F8: /* ø */
      return 'o';

    default:
      return ch;
    }
}

static FoldedChar *
fold_char_slowly (gunichar ch)
{
  g_autoptr(GString) text = g_string_new (NULL);
  FoldedChar *folded;
  FoldKind kind = FOLD_TEXT;
  gboolean latin = FALSE;
  char punctuation;

  if (g_unichar_isspace (ch) || g_unichar_iscntrl (ch))
    {
      kind = FOLD_SPACE;
    }
  else if (g_unichar_ismark (ch))
    {
      kind = FOLD_MARK;
      g_string_append_unichar (text, ch);
    }
  else if ((punctuation = fold_punctuation (ch)) != '\0')
    {
      g_string_append_c (text, punctuation);
    }
  else
    {
      char utf8[8];
      int length = g_unichar_to_utf8 (ch, utf8);
      g_autofree char *casefolded = g_utf8_casefold (utf8, length);
      g_autofree char *decomposed = g_utf8_normalize (casefolded, -1, G_NORMALIZE_NFD);
      g_autofree char *composed = NULL;

      for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (g_unichar_ismark (c))
            {
              if (latin)
                continue;
            }
          else
            {
              c = fold_stroke (c);
              latin = g_unichar_get_script (c) == G_UNICODE_SCRIPT_LATIN;
            }
          g_string_append_unichar (text, c);
        }

      /* Puts back together what other scripts decomposed: "й", Hangul syllables. */
      composed = g_utf8_normalize (text->str, text->len, G_NORMALIZE_NFC);
      g_string_assign (text, composed);
    }

  folded = g_malloc (sizeof (FoldedChar) + text->len + 1);
  folded->kind = kind;
  folded->latin = latin;
  folded->last = text->len > 0 ? g_utf8_get_char (g_utf8_prev_char (text->str + text->len)) : 0;
  memcpy (folded->text, text->str, text->len + 1);

  return folded;
}

static const FoldedChar *
lookup_folded_char (gunichar ch)
{
  FoldedChar **page = g_atomic_pointer_get (&fold_pages[ch / FOLD_PAGE_SIZE]);
  FoldedChar *folded;

  if (G_UNLIKELY (page == NULL))
    {
      FoldedChar **fresh = g_new0 (FoldedChar *, FOLD_PAGE_SIZE);

      if (g_atomic_pointer_compare_and_exchange (&fold_pages[ch / FOLD_PAGE_SIZE], NULL, fresh))
        page = fresh;
      else
        {
          g_free (fresh);
          page = g_atomic_pointer_get (&fold_pages[ch / FOLD_PAGE_SIZE]);
        }
    }

  folded = g_atomic_pointer_get (&page[ch % FOLD_PAGE_SIZE]);
  if (G_UNLIKELY (folded == NULL))
    {
      FoldedChar *fresh = fold_char_slowly (ch);

      if (g_atomic_pointer_compare_and_exchange (&page[ch % FOLD_PAGE_SIZE], NULL, fresh))
        folded = fresh;
      else
        {
          g_free (fresh);
          folded = g_atomic_pointer_get (&page[ch % FOLD_PAGE_SIZE]);
        }
    }

  return folded;
}

gboolean
accord_search_fold_append (GString    *out,
                           const char *text)
{
  gsize start = out->len;
  gboolean pending_space = FALSE;
  gboolean after_latin = FALSE;
  gboolean needs_composing = FALSE;
  gunichar last = 0;
  const char *p = text;

  while (*p != '\0')
    {
      guchar byte = (guchar) *p;
      const FoldedChar *folded;
      gunichar ch;

      if (byte < 0x80)
        {
          p++;
          if (byte <= ' ' || byte == 0x7F)
            {
              pending_space = TRUE;
              continue;
            }

          if (pending_space && out->len > start)
            g_string_append_c (out, ' ');
          pending_space = FALSE;

          if (byte >= 'A' && byte <= 'Z')
            byte += 'a' - 'A';
          g_string_append_c (out, (char) byte);
          after_latin = byte >= 'a' && byte <= 'z';
          last = byte;
          continue;
        }

      ch = g_utf8_get_char_validated (p, -1);
      if (G_UNLIKELY (ch == (gunichar) -1 || ch == (gunichar) -2))
        {
          ch = 0xFFFD;
          p++;
        }
      else
        {
          p = g_utf8_next_char (p);
        }

      folded = lookup_folded_char (ch);
      switch ((FoldKind) folded->kind)
        {
        case FOLD_SPACE:
          pending_space = TRUE;
          continue;

        case FOLD_MARK:
          {
            gunichar composed;

            if (after_latin)
              continue;
            /* Only then can the whole differ from its normalised form. */
            if (g_unichar_combining_class (ch) != 0 || g_unichar_compose (last, ch, &composed))
              needs_composing = TRUE;
          }
          break;

        case FOLD_TEXT:
          after_latin = folded->latin;
          break;

        default:
          g_assert_not_reached ();
        }

      if (pending_space && out->len > start)
        g_string_append_c (out, ' ');
      pending_space = FALSE;

      g_string_append (out, folded->text);
      last = folded->last;
    }

  /* Marks in the text as written, such as Lao vowel and tone marks, in canonical order. */
  if (needs_composing)
    {
      g_autofree char *composed = g_utf8_normalize (out->str + start, out->len - start,
                                                    G_NORMALIZE_NFC);

      g_string_truncate (out, start);
      g_string_append (out, composed);
    }

  return out->len > start;
}

char *
accord_search_fold (const char *text)
{
  GString *out = g_string_new (NULL);

  if (text != NULL)
    accord_search_fold_append (out, text);

  return g_string_free (out, FALSE);
}
