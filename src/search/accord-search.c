/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#define G_LOG_DOMAIN "accord-search"

#include <string.h>

#include "accord-attribute.h"
#include "accord-fields.h"
#include "accord-model-private.h"
#include "accord-participant.h"
#include "accord-period.h"
#include "accord-search-private.h"
#include "accord-source.h"

/* ---- Haystacks -------------------------------------------------------------------------- */

/* A summary says which bytes a haystack holds: one bit for each ASCII letter and digit, which
 * answers a query of one such character alone, and the other bytes shared among the rest of
 * the bits, which rules out many longer queries. */
#define FIRST_DIGIT_BIT  26
#define FIRST_SHARED_BIT 36
#define N_SHARED_BITS    (63 - FIRST_SHARED_BIT)

static inline int
summary_bit (guchar byte)
{
  if (byte >= 'a' && byte <= 'z')
    return byte - 'a';
  if (byte >= '0' && byte <= '9')
    return FIRST_DIGIT_BIT + byte - '0';
  return FIRST_SHARED_BIT + byte % N_SHARED_BITS;
}

static inline gboolean
summary_bit_is_exact (guchar byte)
{
  return summary_bit (byte) < FIRST_SHARED_BIT;
}

guint64
accord_search_summarize (const char *text,
                         gsize       length)
{
  guint64 summary = 0;

  for (gsize i = 0; i < length; i++)
    summary |= G_GUINT64_CONSTANT (1) << summary_bit ((guchar) text[i]);

  return summary;
}

static void
add_field (GString    *out,
           const char *text)
{
  if (text[0] != '\0' && accord_search_fold_append (out, text))
    g_string_append_c (out, FIELD_END);
}

static void
add_affiliation (GString    *out,
                 const char *text)
{
  if (text[0] == '\0')
    return;

  g_string_append_c (out, AFFILIATION_START);
  if (accord_search_fold_append (out, text))
    g_string_append_c (out, FIELD_END);
  else
    g_string_truncate (out, out->len - 1);
}

/* The fields the description of @object's kind marks searched. */
static void
add_described_fields (GString *out,
                      GObject *object)
{
  guint n_fields;
  const AccordField *fields = accord_fields_for_type (G_OBJECT_TYPE (object), &n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      const AccordField *field = &fields[i];
      gboolean affiliation = (field->flags & ACCORD_FIELD_AFFILIATION) != 0;

      if ((field->flags & (ACCORD_FIELD_SEARCHED | ACCORD_FIELD_AFFILIATION)) == 0)
        continue;

      switch (field->kind)
        {
        case ACCORD_FIELD_STRING:
          (affiliation ? add_affiliation : add_field) (out,
                                                       accord_field_get_string (field, object));
          break;

        case ACCORD_FIELD_STRV:
          for (const char * const *texts = accord_field_get_strv (field, object); *texts != NULL;
               texts++)
            (affiliation ? add_affiliation : add_field) (out, *texts);
          break;

        case ACCORD_FIELD_PERIOD:
          add_field (out, accord_period_get_text (accord_field_get_period (field, object)));
          break;

        case ACCORD_FIELD_ENUM:
        case ACCORD_FIELD_ITEMS:
          /* Words of the interface, not of the record; the items are read below. */
          break;

        default:
          g_assert_not_reached ();
        }
    }
}

void
accord_search_append_haystack (GString      *out,
                               AccordRecord *record)
{
  GListModel *lists[ACCORD_RECORD_MAX_ITEM_LISTS];
  guint n_lists;

  add_described_fields (out, G_OBJECT (record));

  /* The lists that have been made; the others are empty. */
  n_lists = accord_record_peek_item_lists (record, lists);
  for (guint i = 0; i < n_lists; i++)
    {
      guint n_items = g_list_model_get_n_items (lists[i]);

      for (guint j = 0; j < n_items; j++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (lists[i], j);

          add_described_fields (out, item);
        }
    }
}

/* ---- Queries ---------------------------------------------------------------------------- */

/* The next word of a query from @text on, or FALSE at its end. */
static gboolean
next_word (const char **text,
           const char **word,
           gsize       *length)
{
  const char *p = *text;

  while (*p == ' ')
    p++;
  if (*p == '\0')
    return FALSE;

  *word = p;
  while (*p != ' ' && *p != '\0')
    p++;
  *length = p - *word;
  *text = p;

  return TRUE;
}

AccordSearchQuery *
accord_search_query_new (const char *folded_query)
{
  AccordSearchQuery *query = g_new0 (AccordSearchQuery, 1);
  GPtrArray *words = g_ptr_array_new ();
  const char *rest;
  const char *word;
  gsize length;

  g_return_val_if_fail (folded_query != NULL, NULL);

  for (rest = folded_query; next_word (&rest, &word, &length);)
    {
      query->required |= accord_search_summarize (word, length);
      if (length == 1 && summary_bit_is_exact ((guchar) word[0]))
        continue;
      g_ptr_array_add (words, g_strndup (word, length));
    }
  g_ptr_array_add (words, NULL);
  query->words = (char **) g_ptr_array_free (words, FALSE);

  return query;
}

void
accord_search_query_free (AccordSearchQuery *query)
{
  if (query == NULL)
    return;

  g_strfreev (query->words);
  g_free (query);
}

gboolean
accord_search_query_is_empty (const AccordSearchQuery *query)
{
  g_return_val_if_fail (query != NULL, FALSE);

  return query->required == 0 && query->words[0] == NULL;
}

char *
accord_search_build_haystack (AccordRecord *record)
{
  GString *out = g_string_sized_new (512);

  g_return_val_if_fail (ACCORD_IS_RECORD (record), NULL);

  accord_search_append_haystack (out, record);
  return g_string_free (out, FALSE);
}

gboolean
accord_search_query_matches_haystack (const AccordSearchQuery *query,
                                      guint64                  summary,
                                      const char              *haystack)
{
  if ((query->required & ~summary) != 0)
    return FALSE;

  for (char **word = query->words; *word != NULL; word++)
    {
      if (strstr (haystack, *word) == NULL)
        return FALSE;
    }

  return TRUE;
}

gboolean
accord_search_affiliation_in_haystack (const char *folded_affiliation,
                                       guint64     summary,
                                       const char *haystack)
{
  gsize length = strlen (folded_affiliation);

  if ((accord_search_summarize (folded_affiliation, length) & ~summary) != 0)
    return FALSE;

  for (const char *p = strchr (haystack, AFFILIATION_START); p != NULL;
       p = strchr (p + 1, AFFILIATION_START))
    {
      if (strncmp (p + 1, folded_affiliation, length) == 0 && p[1 + length] == FIELD_END)
        return TRUE;
    }

  return FALSE;
}

