/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#define G_LOG_DOMAIN "accord-import"

#include <string.h>

#include "accord-import-private.h"
#include "accord-fold.h"

/* Countries and organisations an ASEAN article names, each with the spellings and adjectives
 * it goes by. The first spelling is the one drafts use, as the built-in dataset does. */
typedef struct
{
  const char *canonical;
  const char *names[8];      /* as a noun */
  const char *adjectives[4]; /* before an office: "Lao Deputy Prime Minister" */
} Place;

static const Place places[] = {
  { "ASEAN", { "ASEAN", "Association of Southeast Asian Nations", "Association of South East Asian Nations", "ASEAN countries", "ASEAN member states", "ASEAN member countries", "ASEAN Member States" }, { "ASEAN" } },
  { "ASEAN Secretariat", { "ASEAN Secretariat" }, { NULL } },
  { "Lao PDR", { "Lao PDR", "Laos", "Lao People's Democratic Republic", "Lao People’s Democratic Republic", "Lao P.D.R." }, { "Lao", "Laotian" } },
  { "Việt Nam", { "Việt Nam", "Vietnam", "Viet Nam", "Socialist Republic of Vietnam", "Socialist Republic of Việt Nam" }, { "Vietnamese" } },
  { "Indonesia", { "Indonesia", "Republic of Indonesia" }, { "Indonesian" } },
  { "Malaysia", { "Malaysia" }, { "Malaysian" } },
  { "Thailand", { "Thailand", "Kingdom of Thailand" }, { "Thai" } },
  { "Cambodia", { "Cambodia", "Kingdom of Cambodia" }, { "Cambodian" } },
  { "Philippines", { "Philippines", "Republic of the Philippines" }, { "Philippine", "Filipino" } },
  { "Singapore", { "Singapore", "Republic of Singapore" }, { "Singaporean" } },
  { "Brunei Darussalam", { "Brunei Darussalam", "Brunei" }, { "Bruneian" } },
  { "Myanmar", { "Myanmar", "Burma" }, { "Myanmar", "Burmese" } },
  { "Timor-Leste", { "Timor-Leste", "East Timor", "Timor Leste" }, { "Timorese" } },
  { "China", { "China", "People's Republic of China" }, { "Chinese" } },
  { "Japan", { "Japan" }, { "Japanese" } },
  { "Republic of Korea", { "Republic of Korea", "South Korea", "ROK" }, { "South Korean", "Korean" } },
  { "India", { "India" }, { "Indian" } },
  { "Australia", { "Australia" }, { "Australian" } },
  { "New Zealand", { "New Zealand" }, { "New Zealand" } },
  { "United States", { "United States", "US", "U.S.", "USA" }, { "American", "US", "U.S." } },
  { "Russia", { "Russia", "Russian Federation" }, { "Russian" } },
  { "European Union", { "European Union", "EU" }, { "EU", "European" } },
  { "United Kingdom", { "United Kingdom", "UK", "Britain" }, { "British", "UK" } },
  { "France", { "France" }, { "French" } },
  { "Italy", { "Italy" }, { "Italian" } },
  { "Germany", { "Germany" }, { "German" } },
  { "Canada", { "Canada" }, { "Canadian" } },
  { "United Nations", { "United Nations", "UN" }, { "UN" } },
};

/* Cities and the places meetings are held in. */
static const char * const cities[] = {
  "Hà Nội", "Hanoi", "Ha Noi", "Ho Chi Minh City", "Hồ Chí Minh City", "Đà Nẵng", "Da Nang",
  "Danang", "Hạ Long", "Ha Long", "Huế", "Hue", "Vientiane", "Luang Prabang", "Pakse", "Savannakhet",
  "Jakarta", "Bali", "Nusa Dua", "Labuan Bajo", "Bandung", "Surabaya", "Yogyakarta",
  "Kuala Lumpur", "Putrajaya", "Penang", "Langkawi", "Kota Kinabalu", "Bangkok", "Chiang Mai",
  "Pattaya", "Phuket", "Phnom Penh", "Siem Reap", "Sihanoukville", "Manila", "Cebu",
  "Davao", "Singapore", "Bandar Seri Begawan", "Naypyidaw", "Nay Pyi Taw", "Naypyitaw",
  "Yangon", "Mandalay", "Dili", "Beijing", "Tokyo", "Seoul", "New Delhi", "Canberra",
  "Washington", "Brussels", "Geneva", "New York", "Moscow", "London", "Paris",
};

/* Words that begin a sentence, name an office, a month or a place: never part of a name. */
static const char * const name_stopwords[] = {
  "the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from",
  "this", "that", "these", "those", "it", "he", "she", "they", "we", "his", "her", "their",
  "minister", "ministers", "deputy", "vice", "prime", "president", "secretary", "general",
  "ambassador", "foreign", "affairs", "defence", "defense", "head", "chief", "chair",
  "chairman", "director", "sultan", "king", "queen", "prince", "mr", "ms", "mrs", "dr",
  "january", "february", "march", "april", "may", "june", "july", "august", "september",
  "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
  "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
  "saturday", "sunday", "asean", "meeting", "summit", "conference", "forum", "retreat",
  "according", "following", "during", "after", "before", "regarding", "also", "both",
  "photo", "source", "mp", "said", "says", "but", "however", "meanwhile", "speaking",
  "national", "senior", "officials", "acting", "permanent", "minister's", "le", "la",
  "country", "countries", "year", "region", "bloc", "government", "ministry", "office",
  "delegation", "party", "state", "states", "people", "committee", "council", "agency",
  "lieutenant", "major", "colonel", "admiral", "marshal", "honourable", "honorable",
};

static GHashTable *
stopword_table (void)
{
  static GHashTable *table;

  if (g_once_init_enter (&table))
    {
      /* Folded words, each owned once: a word met twice is freed, not replaced. */
      GHashTable *t = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      for (guint i = 0; i < G_N_ELEMENTS (name_stopwords); i++)
        g_hash_table_insert (t, g_strdup (name_stopwords[i]), NULL);
      for (guint i = 0; i < G_N_ELEMENTS (places); i++)
        for (guint j = 0; j < G_N_ELEMENTS (places[i].names) && places[i].names[j]; j++)
          if (strchr (places[i].names[j], ' ') == NULL)
            g_hash_table_insert (t, accord_search_fold (places[i].names[j]), NULL);
      for (guint i = 0; i < G_N_ELEMENTS (places); i++)
        for (guint j = 0; j < G_N_ELEMENTS (places[i].adjectives) && places[i].adjectives[j]; j++)
          g_hash_table_insert (t, accord_search_fold (places[i].adjectives[j]), NULL);
      for (guint i = 0; i < G_N_ELEMENTS (cities); i++)
        if (strchr (cities[i], ' ') == NULL)
          g_hash_table_insert (t, accord_search_fold (cities[i]), NULL);
      g_once_init_leave (&table, t);
    }
  return table;
}

gboolean
import_is_name_stopword (const char *word)
{
  g_autofree char *folded = accord_search_fold (word);

  return g_hash_table_contains (stopword_table (), folded);
}

/* Longest first, so that "Lao People's Democratic Republic" wins over "Lao". */
static int
compare_longest (gconstpointer a,
                 gconstpointer b)
{
  return (int) strlen (*(const char * const *) b) - (int) strlen (*(const char * const *) a);
}

static char *
alternation (GPtrArray *words)
{
  GString *out = g_string_new ("(?:");

  g_ptr_array_sort (words, compare_longest);
  for (guint i = 0; i < words->len; i++)
    {
      g_autofree char *escaped = g_regex_escape_string (words->pdata[i], -1);

      if (i > 0)
        g_string_append_c (out, '|');
      /* Either apostrophe. */
      for (const char *p = escaped; *p; p++)
        {
          if (*p == '\'')
            g_string_append (out, "['’]");
          else if (g_str_has_prefix (p, "’"))
            {
              g_string_append (out, "['’]");
              p += strlen ("’") - 1;
            }
          else
            g_string_append_c (out, *p);
        }
    }
  g_string_append_c (out, ')');
  return g_string_free (out, FALSE);
}

const char *
import_place_pattern (void)
{
  static char *pattern;

  if (g_once_init_enter (&pattern))
    {
      g_autoptr(GPtrArray) words = g_ptr_array_new ();
      g_autofree char *alt = NULL;

      g_autoptr(GPtrArray) short_words = g_ptr_array_new ();
      g_autofree char *short_alt = NULL;

      for (guint i = 0; i < G_N_ELEMENTS (places); i++)
        for (guint j = 0; j < G_N_ELEMENTS (places[i].names) && places[i].names[j]; j++)
          g_ptr_array_add (strlen (places[i].names[j]) > 4 ? words : short_words,
                           (gpointer) places[i].names[j]);
      alt = alternation (words);
      short_alt = alternation (short_words);
      /* Case is not to be trusted ("the lao people’s Democratic Republic"), but a short
       * capital name must not match a word ("US" is not "us"). */
      g_once_init_leave (&pattern,
                         g_strdup_printf ("(?:(?i:the\\h+)?(?:(?i:%s)|%s)(?:\\h*\\(\\p{Lu}[\\p{L}. ]{0,15}\\))?)"
                                          "(?![\\p{L}\\p{N}])", alt, short_alt));
    }
  return pattern;
}

const char *
import_demonym_pattern (void)
{
  static char *pattern;

  if (g_once_init_enter (&pattern))
    {
      g_autoptr(GPtrArray) words = g_ptr_array_new ();
      g_autofree char *alt = NULL;

      for (guint i = 0; i < G_N_ELEMENTS (places); i++)
        for (guint j = 0; j < G_N_ELEMENTS (places[i].adjectives) && places[i].adjectives[j]; j++)
          g_ptr_array_add (words, (gpointer) places[i].adjectives[j]);
      alt = alternation (words);
      g_once_init_leave (&pattern, g_strdup_printf ("(?:%s)(?![\\p{L}\\p{N}])", alt));
    }
  return pattern;
}

const char *
import_city_pattern (void)
{
  static char *pattern;

  if (g_once_init_enter (&pattern))
    {
      g_autoptr(GPtrArray) words = g_ptr_array_new ();
      g_autofree char *alt = NULL;

      for (guint i = 0; i < G_N_ELEMENTS (cities); i++)
        g_ptr_array_add (words, (gpointer) cities[i]);
      alt = alternation (words);
      g_once_init_leave (&pattern, g_strdup_printf ("(?:%s)(?![\\p{L}\\p{N}])", alt));
    }
  return pattern;
}

static GHashTable *
canonical_table (void)
{
  static GHashTable *table;

  if (g_once_init_enter (&table))
    {
      GHashTable *t = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      for (guint i = 0; i < G_N_ELEMENTS (places); i++)
        {
          for (guint j = 0; j < G_N_ELEMENTS (places[i].names) && places[i].names[j]; j++)
            g_hash_table_insert (t, accord_search_fold (places[i].names[j]),
                                 (gpointer) places[i].canonical);
          for (guint j = 0; j < G_N_ELEMENTS (places[i].adjectives) && places[i].adjectives[j]; j++)
            g_hash_table_insert (t, accord_search_fold (places[i].adjectives[j]),
                                 (gpointer) places[i].canonical);
        }
      g_once_init_leave (&table, t);
    }
  return table;
}

const char *
import_canonical_place (const char *text)
{
  g_autofree char *folded = accord_search_fold (text);
  char *p = folded;
  char *paren;
  gsize n;

  if (g_str_has_prefix (p, "the "))
    p += 4;
  paren = strchr (p, '(');
  if (paren != NULL)
    {
      const char *inner;

      *paren = '\0';
      g_strchomp (p);
      inner = g_hash_table_lookup (canonical_table (), p);
      if (inner != NULL)
        return inner;
      p = paren + 1;
      g_strdelimit (p, ")", ' ');
      g_strstrip (p);
    }
  n = strlen (p);
  if (n > 2 && g_str_has_suffix (p, "'s"))
    p[n - 2] = '\0';
  else if (n > 1 && p[n - 1] == '\'')
    p[n - 1] = '\0';
  g_strstrip (p);
  return g_hash_table_lookup (canonical_table (), p);
}

gboolean
import_fetch (GMatchInfo *match,
              const char *group,
              int        *start,
              int        *end)
{
  return g_match_info_fetch_named_pos (match, group, start, end) && *start >= 0 && *end > *start;
}

char *
import_capitalize (const char *text)
{
  GString *out = g_string_new (NULL);

  g_string_append_unichar (out, g_unichar_totitle (g_utf8_get_char (text)));
  g_string_append (out, g_utf8_next_char (text));
  return g_string_free (out, FALSE);
}

char *
import_trim (const char *text,
             gsize       length)
{
  const char *start = text;
  const char *end = text + length;

  while (start < end)
    {
      gunichar c = g_utf8_get_char (start);

      if (!g_unichar_isspace (c) && !(g_unichar_ispunct (c) && c != '(' && c != '"'
                                      && c != 0x201C && c != 0x2018))
        break;
      start = g_utf8_next_char (start);
    }
  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);
      gunichar c = g_utf8_get_char (prev);

      if (!g_unichar_isspace (c) && !(g_unichar_ispunct (c) && c != ')' && c != '"'
                                      && c != 0x201D && c != 0x2019 && c != '.'))
        break;
      end = prev;
    }
  if (end <= start)
    return NULL;
  return g_strndup (start, end - start);
}

/* ---- Fields and people ---------------------------------------------------------------- */

void
field_set (Field      *field,
           const char *value,
           gsize       start,
           gsize       end)
{
  g_free (field->value);
  field->value = g_strdup (value);
  field->start = start;
  field->end = end;
}

void
field_set_text (Field      *field,
                const char *text,
                gsize       start,
                gsize       end)
{
  g_autofree char *value = g_strndup (text + start, end - start);

  field_set (field, value, start, end);
}

void
field_copy (Field       *to,
            const Field *from)
{
  field_set (to, from->value, from->start, from->end);
}

void
field_clear (Field *field)
{
  g_clear_pointer (&field->value, g_free);
  field->start = field->end = 0;
}

Person *
person_new (void)
{
  return g_new0 (Person, 1);
}

Person *
person_copy (const Person *person)
{
  Person *copy = person_new ();

  field_copy (&copy->name, &person->name);
  field_copy (&copy->title, &person->title);
  field_copy (&copy->affiliation, &person->affiliation);
  field_copy (&copy->role, &person->role);
  copy->group = person->group;
  copy->first = person->first;
  return copy;
}

void
person_free (Person *person)
{
  field_clear (&person->name);
  field_clear (&person->title);
  field_clear (&person->affiliation);
  field_clear (&person->role);
  g_free (person);
}

/* Words an office is written with in several ways: "Foreign Minister", "Minister of Foreign
 * Affairs", "Minister of National Defence", "Defence Minister". */
static gboolean
title_word_is_noise (const char *word)
{
  static const char * const noise[] = {
    "of", "the", "national", "affairs", "countries", "member", "states", "nations", "for",
  };

  for (guint i = 0; i < G_N_ELEMENTS (noise); i++)
    if (g_str_equal (word, noise[i]))
      return TRUE;
  return import_canonical_place (word) != NULL;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

char *
person_key (const Person *person)
{
  g_autofree char *title = NULL;
  g_auto(GStrv) words = NULL;
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  GString *key;

  if (field_is_set (&person->name))
    return accord_search_fold (person->name.value);

  title = accord_search_fold (person->title.value != NULL ? person->title.value : "");
  /* An office without a name carries its country: "Minister of Foreign Affairs of Lao PDR". */
  if (person->affiliation.value != NULL)
    {
      g_autofree char *suffix_raw = g_strdup_printf (" of %s", person->affiliation.value);
      g_autofree char *suffix = accord_search_fold (suffix_raw);

      if (g_str_has_suffix (title, suffix))
        title[strlen (title) - strlen (suffix)] = '\0';
    }
  g_strdelimit (title, "-", ' ');
  words = g_strsplit (title, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0' || title_word_is_noise (words[i]))
        continue;
      if (g_str_equal (words[i], "defense"))
        g_ptr_array_add (kept, (gpointer) "defence");
      else
        g_ptr_array_add (kept, words[i]);
    }
  g_ptr_array_sort (kept, compare_strings);
  key = g_string_new ("title:");
  for (guint i = 0; i < kept->len; i++)
    g_string_append_printf (key, "%s ", (const char *) kept->pdata[i]);
  g_string_append_printf (key, "| %s", person->affiliation.value != NULL
                                       ? person->affiliation.value : "");
  return g_string_free (key, FALSE);
}
