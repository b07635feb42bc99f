/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-release-notes"

#include <string.h>

#include "accord-release-notes.h"

/* The release notes are written once, in the metainfo, and translated there; the About window
 * shows them from it (AdwAboutWindow reads metainfo itself only from libadwaita 1.4). A merged
 * metainfo follows each untranslated <p> or <li> with its translations, xml:lang="…". */

typedef struct
{
  const char *version;
  const char * const *languages;
  /* Where the parser is */
  gboolean in_release;
  gboolean in_description;
  /* The paragraph or item being read: its element, its language ("C" when untranslated) */
  const char *element;
  char *language;
  GString *text;
  /* The untranslated paragraph or item and its best translation so far */
  const char *chosen_element;
  char *chosen;
  int chosen_rank;
  GString *notes;
  gboolean found;
} Notes;

/* How much @language is wanted: 0 most; G_MAXINT when not at all. */
static int
language_rank (Notes      *notes,
               const char *language)
{
  for (int i = 0; notes->languages[i] != NULL; i++)
    if (g_strcmp0 (notes->languages[i], language) == 0)
      return i;
  return G_MAXINT;
}

/* Writes out the paragraph or item that was chosen among its translations. */
static void
flush_chosen (Notes *notes)
{
  g_autofree char *escaped = NULL;

  if (notes->chosen == NULL)
    return;

  escaped = g_markup_escape_text (notes->chosen, -1);
  g_string_append_printf (notes->notes, "<%s>%s</%s>", notes->chosen_element, escaped,
                          notes->chosen_element);
  g_clear_pointer (&notes->chosen, g_free);
}

static void
start_element (GMarkupParseContext  *context,
               const char           *element,
               const char          **names,
               const char          **values,
               gpointer              user_data,
               GError              **error)
{
  Notes *notes = user_data;

  if (strcmp (element, "release") == 0)
    {
      for (int i = 0; names[i] != NULL; i++)
        if (strcmp (names[i], "version") == 0 && g_strcmp0 (values[i], notes->version) == 0)
          notes->in_release = TRUE;
    }
  else if (notes->in_release && strcmp (element, "description") == 0)
    {
      notes->in_description = TRUE;
      notes->found = TRUE;
    }
  else if (notes->in_description && notes->element == NULL &&
           (strcmp (element, "p") == 0 || strcmp (element, "li") == 0))
    {
      const char *language = "C";

      for (int i = 0; names[i] != NULL; i++)
        if (strcmp (names[i], "xml:lang") == 0)
          language = values[i];
      notes->element = g_intern_string (element);
      g_free (notes->language);
      notes->language = g_strdup (language);
      g_string_truncate (notes->text, 0);
    }
  else if (notes->in_description && notes->element == NULL &&
           (strcmp (element, "ul") == 0 || strcmp (element, "ol") == 0))
    {
      flush_chosen (notes);
      g_string_append_printf (notes->notes, "<%s>", element);
    }
}

static void
end_element (GMarkupParseContext  *context,
             const char           *element,
             gpointer              user_data,
             GError              **error)
{
  Notes *notes = user_data;

  if (strcmp (element, "release") == 0)
    {
      notes->in_release = FALSE;
    }
  else if (notes->in_description && strcmp (element, "description") == 0)
    {
      flush_chosen (notes);
      notes->in_description = FALSE;
    }
  else if (notes->element != NULL && strcmp (element, notes->element) == 0)
    {
      int rank = language_rank (notes, notes->language);

      /* An untranslated text starts a new paragraph or item; its translations follow it. */
      if (strcmp (notes->language, "C") == 0)
        {
          flush_chosen (notes);
          notes->chosen_element = notes->element;
          notes->chosen = g_strdup (g_strstrip (notes->text->str));
          notes->chosen_rank = rank;
        }
      else if (notes->chosen != NULL && rank < notes->chosen_rank)
        {
          g_free (notes->chosen);
          notes->chosen = g_strdup (g_strstrip (notes->text->str));
          notes->chosen_rank = rank;
        }
      notes->element = NULL;
    }
  else if (notes->in_description && notes->element == NULL &&
           (strcmp (element, "ul") == 0 || strcmp (element, "ol") == 0))
    {
      flush_chosen (notes);
      g_string_append_printf (notes->notes, "</%s>", element);
    }
}

static void
text (GMarkupParseContext  *context,
      const char           *text,
      gsize                 length,
      gpointer              user_data,
      GError              **error)
{
  Notes *notes = user_data;

  if (notes->element != NULL)
    g_string_append_len (notes->text, text, length);
}

char *
accord_release_notes_from_metainfo (const char         *metainfo,
                                    gssize              length,
                                    const char         *version,
                                    const char * const *languages)
{
  static const GMarkupParser parser = { start_element, end_element, text, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  Notes notes = {
    .version = version,
    .languages = languages,
    .text = g_string_new (NULL),
    .notes = g_string_new (NULL),
  };
  gboolean parsed;

  g_return_val_if_fail (metainfo != NULL, NULL);
  g_return_val_if_fail (version != NULL, NULL);
  g_return_val_if_fail (languages != NULL, NULL);

  context = g_markup_parse_context_new (&parser, G_MARKUP_TREAT_CDATA_AS_TEXT, &notes, NULL);
  parsed = g_markup_parse_context_parse (context, metainfo, length, NULL) &&
           g_markup_parse_context_end_parse (context, NULL);

  g_free (notes.language);
  g_free (notes.chosen);
  g_string_free (notes.text, TRUE);
  if (!parsed || !notes.found)
    {
      g_string_free (notes.notes, TRUE);
      return NULL;
    }
  return g_string_free (notes.notes, FALSE);
}
