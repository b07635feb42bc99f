/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "accord-display-text.h"

/* Where the shown part of @text ends: at its end, or after the last character shown. Never
 * reads past that point, so that cutting a huge text costs as little as a short one. */
static const char *
shown_end (const char *text)
{
  const char *end = text;

  for (guint n = 0; n < ACCORD_DISPLAY_TEXT_MAX_CHARS && *end != '\0'; n++)
    end = g_utf8_next_char (end);

  return end;
}

gboolean
accord_display_text_is_cut (const char *text)
{
  return text != NULL && *shown_end (text) != '\0';
}

char *
accord_display_text (const char *text)
{
  const char *end;

  if (text == NULL)
    return g_strdup ("");

  end = shown_end (text);
  if (*end == '\0')
    return g_strdup (text);

  /* The cut is at a character boundary; "…" says there was more. */
  return g_strdup_printf ("%.*s…", (int) (end - text), text);
}
