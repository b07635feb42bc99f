/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-json"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "accord-json-private.h"

/* What a message quotes from the file, in characters. */
#define QUOTE_LENGTH 80

typedef struct
{
  const char *data;
  const char *end;
  const char *p;
  guint line;
  const char *line_start;
  AccordJsonScan *scan;
  guint n_surrogates;
  guint surrogate_line, surrogate_column;
  char surrogate[8];
} Scanner;

/* Columns count characters, as an editor shows them, not bytes; @at is inside the scanned,
 * valid UTF-8 text or at its end. */
static guint
scanner_column (Scanner    *scanner,
                const char *at)
{
  return 1 + (guint) g_utf8_strlen (scanner->line_start, at - scanner->line_start);
}

/* Line and column (both from 1) of byte @offset in @data, which is valid UTF-8 up to it. */
static void
locate_offset (const char *data,
               gsize       offset,
               guint      *line,
               guint      *column)
{
  const char *line_start = data;
  const char *newline;

  *line = 1;
  while ((newline = memchr (line_start, '\n', data + offset - line_start)) != NULL)
    {
      (*line)++;
      line_start = newline + 1;
    }

  *column = 1 + (guint) g_utf8_strlen (line_start, data + offset - line_start);
}

static gboolean
check_encoding (const char  *data,
                gsize        length,
                GError     **error)
{
  const char *nul = memchr (data, '\0', length);
  const char *end;
  guint line, column;

  /* GLib's validator stops at a NUL byte too; say what it is, not "not UTF-8". */
  if (g_utf8_validate_len (data, nul != NULL ? (gsize) (nul - data) : length, &end) &&
      nul == NULL)
    return TRUE;

  locate_offset (data, end - data, &line, &column);
  if (end == nul)
    g_set_error (error, ACCORD_JSON_ERROR, ACCORD_JSON_ERROR_ENCODING,
                 /* Translators: %1$u is a line number, %2$u a column number */
                 _("Line %1$u, column %2$u: the file contains a NUL byte, so it is not text"),
                 line, column);
  else
    g_set_error (error, ACCORD_JSON_ERROR, ACCORD_JSON_ERROR_ENCODING,
                 /* Translators: %1$u is a line number, %2$u a column number */
                 _("Line %1$u, column %2$u: the file is not valid UTF-8 text"), line, column);
  return FALSE;
}

static gboolean
read_hex4 (const char *p,
           const char *end,
           guint      *value)
{
  *value = 0;
  if (end - p < 4)
    return FALSE;

  for (guint i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return FALSE;
      *value = *value * 16 + (guint) digit;
    }

  return TRUE;
}

/* @escape points at a backslash. */
static gboolean
fail_escape (Scanner     *scanner,
             const char  *escape,
             GError     **error)
{
  const char *stop = escape + 1;
  g_autofree char *written = NULL;

  /* The backslash, then what follows it up to a "\u" escape's length, whole characters. */
  while (stop < scanner->end && stop - escape < 6 && *stop != '"')
    stop = g_utf8_next_char (stop);
  written = g_strndup (escape, MIN (stop, scanner->end) - escape);

  g_set_error (error, ACCORD_JSON_ERROR, ACCORD_JSON_ERROR_SYNTAX,
               /* Translators: %1$u is a line number, %2$u a column number, %3$s the escape as
                * written, such as “\u12zz” */
               _("Line %1$u, column %2$u: “%3$s” is not a valid escape in a JSON string"),
               scanner->line, scanner_column (scanner, escape), written);
  return FALSE;
}

static void
repair_surrogate (Scanner    *scanner,
                  const char *escape)
{
  AccordJsonScan *scan = scanner->scan;

  if (scan->repaired == NULL)
    {
      gsize length = scanner->end - scanner->data;

      scan->repaired = g_malloc (length + 1);
      memcpy (scan->repaired, scanner->data, length);
      scan->repaired[length] = '\0';
    }
  memcpy (scan->repaired + (escape - scanner->data), "\\ufffd", 6);

  if (scanner->n_surrogates++ == 0)
    {
      scanner->surrogate_line = scanner->line;
      scanner->surrogate_column = scanner_column (scanner, escape);
      memcpy (scanner->surrogate, escape, 6);
      scanner->surrogate[6] = '\0';
    }
}

/* Checks one "\…" escape at scanner->p and steps over it. */
static gboolean
scan_escape (Scanner  *scanner,
             GError  **error)
{
  const char *escape = scanner->p;
  guint unit, low;

  if (escape + 1 >= scanner->end)
    {
      /* An unterminated string: json-glib says so. */
      scanner->p = scanner->end;
      return TRUE;
    }

  if (strchr ("\"\\/bfnrt", escape[1]) != NULL && escape[1] != '\0')
    {
      scanner->p += 2;
      return TRUE;
    }
  if (escape[1] != 'u' || !read_hex4 (escape + 2, scanner->end, &unit))
    return fail_escape (scanner, escape, error);

  if (unit == 0)
    {
      g_set_error (error, ACCORD_JSON_ERROR, ACCORD_JSON_ERROR_INVALID,
                   /* Translators: %1$u is a line number, %2$u a column number; “\u0000”
                    * stays as it is */
                   _("Line %1$u, column %2$u: the text contains “\\u0000”, a NUL character, "
                     "which Accord cannot keep"),
                   scanner->line, scanner_column (scanner, escape));
      return FALSE;
    }

  scanner->p += 6;
  if (unit >= 0xd800 && unit <= 0xdbff &&
      scanner->end - scanner->p >= 6 && scanner->p[0] == '\\' && scanner->p[1] == 'u' &&
      read_hex4 (scanner->p + 2, scanner->end, &low) && low >= 0xdc00 && low <= 0xdfff)
    scanner->p += 6;
  else if (unit >= 0xd800 && unit <= 0xdfff)
    repair_surrogate (scanner, escape);

  return TRUE;
}

static gboolean
fail_too_long (Scanner     *scanner,
               const char  *start,
               GError     **error)
{
  g_autofree char *limit = g_format_size_full (ACCORD_JSON_MAX_STRING, G_FORMAT_SIZE_IEC_UNITS);

  g_set_error (error, ACCORD_JSON_ERROR, ACCORD_JSON_ERROR_TOO_LONG,
               /* Translators: %1$u is a line number, %2$u a column number, %3$s a size such
                * as “1.0 MiB” */
               _("Line %1$u, column %2$u: a text is longer than the %3$s Accord reads in one "
                 "field"),
               scanner->line, scanner_column (scanner, start), limit);
  return FALSE;
}

/* scanner->p is just after an opening quote; stops just after the closing one. */
static gboolean
scan_string (Scanner  *scanner,
             GError  **error)
{
  const char *start = scanner->p;
  guint start_line = scanner->line;
  const char *start_line_start = scanner->line_start;

  while (scanner->p < scanner->end)
    {
      if ((gsize) (scanner->p - start) > ACCORD_JSON_MAX_STRING)
        {
          scanner->line = start_line;
          scanner->line_start = start_line_start;
          return fail_too_long (scanner, start - 1, error);
        }

      switch (*scanner->p)
        {
        case '"':
          scanner->p++;
          return TRUE;
        case '\\':
          if (!scan_escape (scanner, error))
            return FALSE;
          break;
        case '\n':
          scanner->line++;
          scanner->line_start = ++scanner->p;
          break;
        default:
          scanner->p++;
          break;
        }
    }

  return TRUE;
}

static void
add_surrogate_warning (Scanner *scanner)
{
  char *message;

  if (scanner->n_surrogates == 0)
    return;

  if (scanner->n_surrogates == 1)
    message = g_strdup_printf (/* Translators: %1$u is a line number, %2$u a column number,
                                * %3$s an escape such as “\ud800” */
                               _("Line %1$u, column %2$u: “%3$s” is an unpaired UTF-16 "
                                 "surrogate; it was replaced by “\xef\xbf\xbd”"),
                               scanner->surrogate_line, scanner->surrogate_column,
                               scanner->surrogate);
  else
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            /* Translators: %1$u is a line number, %2$u a
                                             * column number, %3$s an escape such as
                                             * “\ud800”, %4$u how many more there are */
                                            "Line %1$u, column %2$u: “%3$s” and %4$u "
                                            "other unpaired UTF-16 surrogate were replaced "
                                            "by “\xef\xbf\xbd”",
                                            "Line %1$u, column %2$u: “%3$s” and %4$u "
                                            "other unpaired UTF-16 surrogates were replaced "
                                            "by “\xef\xbf\xbd”",
                                            scanner->n_surrogates - 1),
                               scanner->surrogate_line, scanner->surrogate_column,
                               scanner->surrogate, scanner->n_surrogates - 1);
  g_ptr_array_add (scanner->scan->warnings, message);
}

gboolean
accord_json_scan (const char      *data,
                  gsize            length,
                  AccordJsonScan  *scan,
                  GError         **error)
{
  Scanner scanner = { data, data + length, data, 1, data, scan };
  guint depth = 0;
  /* Only the document's own "version" matters: a member name at depth 1. */
  gboolean version_name = FALSE;
  gboolean version_value = FALSE;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (scan != NULL, FALSE);

  memset (scan, 0, sizeof *scan);
  scan->warnings = g_ptr_array_new_with_free_func (g_free);

  if (!check_encoding (data, length, error))
    return FALSE;

  while (scanner.p < scanner.end)
    {
      char c = *scanner.p;

      switch (c)
        {
        case '\n':
          scanner.line++;
          scanner.line_start = ++scanner.p;
          continue;
        case ' ': case '\t': case '\r':
          scanner.p++;
          continue;
        case '[': case '{':
          if (++depth > ACCORD_JSON_MAX_DEPTH)
            {
              g_set_error (error, ACCORD_JSON_ERROR, ACCORD_JSON_ERROR_TOO_DEEP,
                           /* Translators: %1$u is a line number, %2$u a column number, %3$u
                            * the deepest nesting Accord reads */
                           _("Line %1$u, column %2$u: lists and objects are nested more than "
                             "%3$u deep"),
                           scanner.line, scanner_column (&scanner, scanner.p),
                           (guint) ACCORD_JSON_MAX_DEPTH);
              return FALSE;
            }
          scanner.p++;
          break;
        case ']': case '}':
          depth = depth > 0 ? depth - 1 : 0;
          scanner.p++;
          break;
        case '"':
          {
            const char *name = ++scanner.p;

            if (!scan_string (&scanner, error))
              return FALSE;
            version_name = depth == 1 && scanner.p - name == 8 &&
                           memcmp (name, "version\"", 8) == 0;
            continue;
          }
        case ':':
          version_value = depth == 1 && version_name;
          scanner.p++;
          break;
        default:
          if (version_value && (c == '-' || g_ascii_isdigit (c)))
            {
              const char *start = scanner.p;

              while (scanner.p < scanner.end &&
                     (g_ascii_isdigit (*scanner.p) || strchr ("+-.eE", *scanner.p) != NULL) &&
                     *scanner.p != '\0')
                scanner.p++;
              g_free (scan->version_text);
              scan->version_text = g_strndup (start, scanner.p - start);
            }
          else
            scanner.p++;
          break;
        }
      version_name = FALSE;
      if (c != ':')
        version_value = FALSE;
    }

  add_surrogate_warning (&scanner);
  return TRUE;
}

void
accord_json_scan_clear (AccordJsonScan *scan)
{
  g_clear_pointer (&scan->repaired, g_free);
  g_clear_pointer (&scan->version_text, g_free);
  g_clear_pointer (&scan->warnings, g_ptr_array_unref);
}

char *
accord_json_quote_for_message (const char *text)
{
  GString *quoted = g_string_new (NULL);
  guint n = 0;

  for (const char *p = text; *p != '\0'; n++)
    {
      const char *next;

      if (n == QUOTE_LENGTH)
        {
          g_string_append (quoted, "…");
          break;
        }

      next = g_utf8_find_next_char (p, NULL);
      if ((guchar) *p < 0x20)
        g_string_append_printf (quoted, "\\u%04x", (guint) *p);
      else if (g_utf8_get_char_validated (p, next - p) >= 0x80000000u)
        {
          /* json-glib cuts a character in two when it quotes a token. */
          g_string_append_printf (quoted, "\\x%02X", (guint) (guchar) *p);
          next = p + 1;
        }
      else
        g_string_append_len (quoted, p, next - p);
      p = next;
    }

  return g_string_free (quoted, FALSE);
}

/* json-glib says "<data>:3:14: Parse error: unexpected …"; people want "Line 3, column 14: …"
 * in their language. Its three precise codes have words of ours; for the rest its own
 * description, quoted. */
void
accord_json_set_syntax_error (GError       **error,
                              const GError  *parse_error)
{
  const char *message = parse_error->message;
  guint line = 0, column = 0;
  const char *detail = message;
  const char *colon = strchr (message, ':');
  g_autofree char *quoted = NULL;

  if (colon != NULL && sscanf (colon + 1, "%u:%u:", &line, &column) == 2)
    {
      const char *after = strstr (colon + 1, ": ");

      detail = after != NULL ? after + 2 : message;
    }
  if (g_str_has_prefix (detail, "Parse error: "))
    detail += strlen ("Parse error: ");

  if (parse_error->domain == JSON_PARSER_ERROR &&
      parse_error->code == JSON_PARSER_ERROR_TRAILING_COMMA)
    quoted = g_strdup (_("a comma with no value after it"));
  else if (parse_error->domain == JSON_PARSER_ERROR &&
           parse_error->code == JSON_PARSER_ERROR_MISSING_COMMA)
    quoted = g_strdup (_("a comma is missing between two values"));
  else if (parse_error->domain == JSON_PARSER_ERROR &&
           parse_error->code == JSON_PARSER_ERROR_MISSING_COLON)
    quoted = g_strdup (_("a colon is missing after a member name"));
  else
    quoted = accord_json_quote_for_message (detail);

  if (line > 0)
    g_set_error (error, ACCORD_JSON_ERROR, ACCORD_JSON_ERROR_SYNTAX,
                 /* Translators: %1$u is a line number, %2$u a column number, %3$s what is
                  * wrong there */
                 _("Line %1$u, column %2$u: this is not valid JSON (%3$s)"), line, column, quoted);
  else
    g_set_error (error, ACCORD_JSON_ERROR, ACCORD_JSON_ERROR_SYNTAX,
                 /* Translators: %s is what is wrong */
                 _("This is not valid JSON (%s)"), quoted);
}
