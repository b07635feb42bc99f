/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#define G_LOG_DOMAIN "accord-import"

#include <string.h>

#include "accord-import-private.h"
#include "accord-fold.h"

/* People as articles write them: "Indonesian Foreign Minister Retno Marsudi", "Retno Marsudi,
 * Foreign Minister of Indonesia", "Malaysia's Prime Minister X", "Sultan X of Brunei",
 * "H.E. Ms. X", "Dato' Sri X", "the Honourable X MP", "Lao Deputy Prime Minister and Foreign
 * Minister X", and offices without a name ("the Minister of National Defence of Lao PDR"). */

#define MODIFIER "(?:Deputy|Vice|Acting|Senior|Permanent|Special|First|Second|Foreign|Defen[cs]e|Trade|" \
                 "Economic|Prime|Chief|Executive|Former|Incoming|Outgoing|Assistant|Under|Co-?)"
#define HEAD "(?:Secretar(?:y|ies)[- ]Generals?|Prime\\h+Ministers?|Ministers?|Ambassadors?|Vice\\h+Presidents?|" \
             "Presidents?|Chairm[ae]n|Chairwoman|Chairpersons?|Chairs?|Directors?[- ]Generals?|Directors?|" \
             "Heads?|Chiefs?|Secretar(?:y|ies)|Spokes(?:person|man|woman)|Envoys?|Commissioners?|" \
             "Governors?|Senators?|King|Queen|Sultan|Crown\\h+Prince|Prince|Princess|Leaders?|" \
             "Senior\\h+Officials?|Commanders?|Representatives?|Under-?[Ss]ecretar(?:y|ies)|" \
             "Counsell?ors?|Consuls?\\h+General|Speakers?|Mayors?|Officials?)"
#define PORTFOLIO "(?:Foreign\\h+Affairs|National\\h+Defen[cs]e|Defen[cs]e\\h+Forces?|Defen[cs]e|Home\\h+Affairs|Internal\\h+Affairs|" \
                  "Public\\h+Security|Industry\\h+and\\h+Trade|Trade\\h+and\\h+Industry|Commerce|Foreign\\h+Trade|" \
                  "International\\h+Trade|Trade|Finance|Economy|Planning\\h+and\\h+Investment|" \
                  "Information\\h+and\\h+Communications?|Justice|Education\\h+and\\h+Training|Education|Health|" \
                  "Labou?r|Culture|Tourism|Agriculture|Energy|Transport|Natural\\h+Resources\\h+and\\h+Environment|" \
                  "Environment|Science\\h+and\\h+Technology|Investment|Industry|the\\h+Interior|Interior|" \
                  "Economic\\h+Affairs|ASEAN\\h+Affairs)"
#define TITLE_CORE "(?:(?:" MODIFIER "|" PORTFOLIO ")\\h+)*" HEAD "(?:\\h+(?:of|for)\\h+" PORTFOLIO ")?"
#define HONORIFIC "(?:H\\.\\h?E\\.|Mrs\\.?|Mr\\.?|Ms\\.?|Madam|Mdm\\.?|Dr\\.?|Prof\\.?|Dato['’]?\\h+Seri|" \
                  "Dato['’]?\\h+Sri|Datuk\\h+Seri|Datuk|Dato['’]?|Tan\\h+Sri|Tun|Pehin|Gen\\.|Lt\\.?\\h?Gen\\.|" \
                  "(?:Senior\\h+)?Lieutenant\\h+General|Major\\h+General|General|Colonel|Admiral|Air\\h+Marshal|" \
                  "Maj\\.?\\h?Gen\\.|Adm\\.|Sen\\.|Hon\\.|the\\h+Honourable|the\\h+Honorable|Honourable|Honorable|" \
                  "the\\h+Hon\\.|Sir|Dame|Sheikh|Excellency|His\\h+Excellency|Her\\h+Excellency)"
#define NAME_WORD "\\p{Lu}\\p{M}*[\\p{Ll}\\p{M}][\\p{L}\\p{M}'’]*(?:-\\p{L}[\\p{L}\\p{M}]*)*"
#define NAME "(?-i:" NAME_WORD "(?:\\h(?:(?:bin|binti|van|von|de|da|ibn|al)\\h)?" NAME_WORD "){0,4})"

typedef enum {
  PATTERN_TITLE_FIRST,
  PATTERN_NAME_FIRST,
  PATTERN_HONORIFIC,
  N_PATTERNS
} PatternKind;

static GRegex *
pattern (PatternKind kind)
{
  static GRegex *regexes[N_PATTERNS];

  if (g_once_init_enter (&regexes[kind]))
    {
      g_autofree char *source = NULL;
      g_autoptr(GError) error = NULL;
      GRegex *regex;
      const char *place = import_place_pattern ();
      const char *demonym = import_demonym_pattern ();

      switch (kind)
        {
        case PATTERN_TITLE_FIRST:
          source = g_strdup_printf ("(?<![\\p{L}\\p{N}])(?:(?<poss>%s)(?:['’]s?)?\\h+|(?<dem>%s)\\h+)?"
                                    "(?i:(?<title>" TITLE_CORE "(?:,?\\h+and\\h+" TITLE_CORE ")?))"
                                    "(?![\\p{L}\\p{N}])"
                                    "(?:\\h+of\\h+(?<of>%s))?"
                                    "(?<hon>(?:\\h+" HONORIFIC ")*)"
                                    "(?:\\h+(?<name>" NAME "))?"
                                    "(?:\\h+of\\h+(?<of2>%s))?",
                                    place, demonym, place, place);
          break;

        case PATTERN_NAME_FIRST:
          source = g_strdup_printf ("(?<![\\p{L}\\p{N}])(?:" HONORIFIC "\\h+)*"
                                    "(?<name>" NAME_WORD "(?:\\h" NAME_WORD "){1,4}),\\h+(?:the\\h+)?"
                                    "(?:(?<dem>%s)\\h+|(?<poss>%s)['’]s?\\h+)?"
                                    "(?i:(?<title>" TITLE_CORE "(?:,?\\h+and\\h+" TITLE_CORE ")?))"
                                    "(?![\\p{L}\\p{N}])"
                                    "(?:\\h+of\\h+(?<of>%s))?",
                                    demonym, place, place);
          break;

        case PATTERN_HONORIFIC:
          source = g_strdup ("(?<![\\p{L}\\p{N}])(?<hon>" HONORIFIC "(?:\\h+" HONORIFIC ")*)"
                             "\\h+(?<name>" NAME ")(?:\\h+(?<mp>MP|M\\.P\\.)(?![\\p{L}]))?");
          break;

        case N_PATTERNS:
        default:
          g_assert_not_reached ();
        }
      regex = g_regex_new (source, G_REGEX_OPTIMIZE, 0, &error);
      g_assert_no_error (error);
      g_once_init_leave (&regexes[kind], regex);
    }
  return regexes[kind];
}

/* "Retno Marsudi, Foreign Minister of Indonesia": the name before an office; "the
 * Secretary-General of ASEAN, Dr. Kao Kim Hourn,": the name after it. */
static GRegex *
name_beside_regex (gboolean after)
{
  static GRegex *regexes[2];

  if (g_once_init_enter (&regexes[after]))
    g_once_init_leave (&regexes[after],
                       g_regex_new (after ? ",\\h+(?:" HONORIFIC "\\h+)*(?<name>" NAME_WORD "(?:\\h" NAME_WORD "){1,4})(?=,)"
                                          : "(?<![\\p{L}\\p{N}])(?<name>" NAME_WORD "(?:\\h" NAME_WORD "){1,5})"
                                            "(?:\\h+(?:MP|M\\.P\\.|Jr\\.?|Sr\\.?))?,\\h+(?:the\\h+)?$",
                                    G_REGEX_OPTIMIZE, 0, NULL));
  return regexes[after];
}

static GRegex *
appositive_regex (void)
{
  static GRegex *regex;

  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex, g_regex_new (",\\h+(?:the\\h+)?(?!who\\b|which\\b)"
                                            "((?i:acting|deputy|vice|chief|head|director|chair|co-chair|"
                                            "president|secretary|minister|ambassador|spokes|permanent|"
                                            "senior|member|leader|envoy|commissioner|governor|prime|"
                                            "foreign|defen)[^,.;:()\\n]*(?:\\([^()\\n]*\\)[^,.;:()\\n]*)*)",
                                            G_REGEX_OPTIMIZE, 0, NULL));
  return regex;
}

static GRegex *
place_regex (void)
{
  static GRegex *regex;

  if (g_once_init_enter (&regex))
    {
      g_autofree char *source = g_strdup_printf ("(?<![\\p{L}\\p{N}])(?:%s|%s)",
                                                 import_place_pattern (),
                                                 import_demonym_pattern ());

      g_once_init_leave (&regex, g_regex_new (source, G_REGEX_OPTIMIZE, 0, NULL));
    }
  return regex;
}

/* The name's words up to the first that cannot be in a name; FALSE when none is left. */
static gboolean
trim_name (const char *text,
           int         start,
           int        *end)
{
  const char *p = text + start;
  const char *stop = text + *end;
  const char *last_good = NULL;

  while (p < stop)
    {
      const char *word_end = p;
      g_autofree char *word = NULL;

      while (word_end < stop && *word_end != ' ')
        word_end++;
      word = g_strndup (p, word_end - p);
      if (import_is_name_stopword (word))
        break;
      last_good = word_end;
      p = word_end;
      while (p < stop && *p == ' ')
        p++;
    }
  if (last_good == NULL)
    return FALSE;
  *end = last_good - text;
  return TRUE;
}

/* The name's words after the last that cannot be in one ("Lieutenant General Hoang Xuan
 * Chien" → "Hoang Xuan Chien"); FALSE when none is left. */
static gboolean
trim_name_start (const char *text,
                 int        *start,
                 int         end)
{
  int p = *start;
  int first = -1;

  while (p < end)
    {
      int word_end = p;
      g_autofree char *word = NULL;

      while (word_end < end && text[word_end] != ' ')
        word_end++;
      word = g_strndup (text + p, word_end - p);
      if (import_is_name_stopword (word))
        first = -1;
      else if (first < 0)
        first = p;
      p = word_end;
      while (p < end && text[p] == ' ')
        p++;
    }
  if (first < 0)
    return FALSE;
  *start = first;
  return TRUE;
}

/* The last place that @start…@end names, canonical, with its span. */
static const char *
last_place (const char *text,
            int         start,
            int         end,
            int        *place_start,
            int        *place_end)
{
  g_autoptr(GMatchInfo) match = NULL;
  const char *found = NULL;

  g_regex_match_full (place_regex (), text, end, start, 0, &match, NULL);
  while (g_match_info_matches (match))
    {
      int s, e;
      g_autofree char *words = NULL;
      const char *canonical;

      g_match_info_fetch_pos (match, 0, &s, &e);
      words = g_strndup (text + s, e - s);
      canonical = import_canonical_place (words);
      if (canonical != NULL)
        {
          found = canonical;
          *place_start = s;
          *place_end = e;
        }
      g_match_info_next (match, NULL);
    }
  return found;
}

static gboolean
head_is_plural (const char *title)
{
  gsize n = strlen (title);
  g_autofree char *lower = g_ascii_strdown (title, -1);

  if (g_str_has_suffix (lower, "ministers") || g_str_has_suffix (lower, "leaders")
      || g_str_has_suffix (lower, "officials") || g_str_has_suffix (lower, "ambassadors")
      || g_str_has_suffix (lower, "heads") || g_str_has_suffix (lower, "representatives")
      || g_str_has_suffix (lower, "envoys") || g_str_has_suffix (lower, "chiefs")
      || g_str_has_suffix (lower, "generals") || g_str_has_suffix (lower, "secretaries"))
    return n > 0;
  return FALSE;
}

static guint
add_person (ImportState *state,
            Person      *person)
{
  g_autofree char *key = person_key (person);

  for (guint i = 0; i < state->people->len; i++)
    {
      Person *known = state->people->pdata[i];
      g_autofree char *known_key = person_key (known);

      if (g_str_equal (key, known_key))
        {
          /* What the later mention adds: a longer title ("Minister" → "Minister of Foreign
           * Affairs"), an affiliation, a role. */
          if (!field_is_set (&known->title) && field_is_set (&person->title))
            field_copy (&known->title, &person->title);
          else if (field_is_set (&person->title) && field_is_set (&known->name)
                   && strlen (person->title.value) > strlen (known->title.value)
                   && g_str_has_prefix (person->title.value, known->title.value))
            field_copy (&known->title, &person->title);
          if (!field_is_set (&known->affiliation) && field_is_set (&person->affiliation))
            field_copy (&known->affiliation, &person->affiliation);
          if (!field_is_set (&known->role) && field_is_set (&person->role))
            field_copy (&known->role, &person->role);
          person_free (person);
          return i;
        }
    }
  g_ptr_array_add (state->people, person);
  return state->people->len - 1;
}

static void
add_mention (ImportState *state,
             guint        person,
             gsize        start,
             gsize        end)
{
  Mention mention = { person, start, end, import_sentence_at (state, start) };

  g_array_append_val (state->mentions, mention);
}

static gboolean
in_heading (ImportState *state,
            gsize        offset)
{
  const Sentence *sentence = &g_array_index (state->sentences, Sentence,
                                             import_sentence_at (state, offset));

  return g_array_index (state->blocks, Block, sentence->block).kind == BLOCK_HEADING;
}

/* ", Head of SOM ASEAN Laos": a second title; ", acting head of the … delegation of Việt Nam":
 * the role in the meeting. */
static int
read_appositive (ImportState *state,
                 Person      *person,
                 int          end)
{
  g_autoptr(GMatchInfo) match = NULL;
  const char *text = state->text;
  int s, e, ps = 0, pe = 0;
  g_autofree char *words = NULL;
  g_autofree char *lower = NULL;
  const char *place;

  if (!g_regex_match_full (appositive_regex (), text, MIN (state->length, (gsize) end + 200),
                           end, G_REGEX_MATCH_ANCHORED, &match, NULL)
      || !g_match_info_fetch_pos (match, 1, &s, &e))
    return end;
  while (e > s && text[e - 1] == ' ')
    e--;
  if (e - s > 160 || e <= s)
    return end;
  words = g_strndup (text + s, e - s);
  lower = g_ascii_strdown (words, -1);

  /* "… and Foreign Minister" of a list of people is not this person's. */
  if (strstr (lower, " and ") != NULL && strstr (lower, "delegation") == NULL)
    return end;

  if (strstr (lower, "delegation") != NULL || g_str_has_prefix (lower, "acting head")
      || g_str_has_prefix (lower, "co-chair") || g_str_has_prefix (lower, "chair of"))
    {
      g_autofree char *role = import_capitalize (words);

      if (!field_is_set (&person->role))
        field_set (&person->role, role, s, e);
    }
  else if (field_is_set (&person->title))
    {
      g_autofree char *both = g_strdup_printf ("%s; %s", person->title.value, words);

      field_set (&person->title, both, person->title.start, e);
    }
  else
    {
      g_autofree char *title = import_capitalize (words);

      field_set (&person->title, title, s, e);
    }

  place = last_place (text, s, e, &ps, &pe);
  if (place != NULL && !field_is_set (&person->affiliation))
    field_set (&person->affiliation, place, ps, pe);
  return e;
}

/* @person, named from @start to @end (with what follows the name), is one of the people; the
 * words are theirs, no other pattern reads them again. */
static void
record_mention (ImportState *state,
                Person      *person,
                gsize        start,
                gsize        end,
                GArray      *covered)
{
  guint index = add_person (state, person);
  gsize range[2] = { start, end };

  add_mention (state, index, start, end);
  g_array_append_vals (covered, range, 2);
}

static void
set_affiliation_from (Person      *person,
                      const char  *text,
                      GMatchInfo  *match,
                      const char  *group)
{
  int s, e;

  if (field_is_set (&person->affiliation) || !import_fetch (match, group, &s, &e))
    return;
  {
    g_autofree char *words = g_strndup (text + s, e - s);
    const char *canonical = import_canonical_place (words);

    if (canonical != NULL)
      field_set (&person->affiliation, canonical, s, e);
  }
}

static void
scan_title_first (ImportState *state,
                  GArray      *covered)
{
  g_autoptr(GMatchInfo) match = NULL;
  const char *text = state->text;

  g_regex_match_full (pattern (PATTERN_TITLE_FIRST), text, state->length, 0, 0, &match, NULL);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      Person *person;
      int ms, me, ts, te, ns, ne, os, oe;
      gboolean named, placed, lower_head;
      g_autofree char *title = NULL;
      gunichar head_first;

      g_match_info_fetch_pos (match, 0, &ms, &me);
      import_fetch (match, "title", &ts, &te);
      named = import_fetch (match, "name", &ns, &ne) && !in_heading (state, ms)
              && trim_name (text, ns, &ne);
      if (!named && !in_heading (state, ms))
        {
          g_autoptr(GMatchInfo) beside = NULL;
          const Sentence *sentence = &g_array_index (state->sentences, Sentence,
                                                     import_sentence_at (state, ms));

          if (g_regex_match_full (name_beside_regex (FALSE), text, ms, sentence->start, 0,
                                  &beside, NULL)
              && import_fetch (beside, "name", &ns, &ne) && trim_name_start (text, &ns, ne))
            {
              named = TRUE;
              ms = ns;
            }
          g_clear_pointer (&beside, g_match_info_free);
          if (!named
              && g_regex_match_full (name_beside_regex (TRUE), text, sentence->end, me,
                                     G_REGEX_MATCH_ANCHORED, &beside, NULL)
              && import_fetch (beside, "name", &ns, &ne) && trim_name (text, ns, &ne))
            named = TRUE;
        }
      placed = import_fetch (match, "poss", &os, &oe) || import_fetch (match, "dem", &os, &oe)
               || import_fetch (match, "of", &os, &oe) || import_fetch (match, "of2", &os, &oe);

      /* "the minister highlighted": an office in lower case, on its own, is nobody in
       * particular. So is a capitalised one: "the Secretary-General highlighted". */
      head_first = g_utf8_get_char (text + ts);
      lower_head = !g_unichar_isupper (head_first);
      if (!named && !placed)
        continue;
      if (lower_head && !named && !import_fetch (match, "of", &os, &oe))
        continue;

      person = person_new ();
      title = g_strndup (text + ts, te - ts);
      if (lower_head)
        {
          char *upper = import_capitalize (title);

          g_free (title);
          title = upper;
        }
      person->first = ms;
      person->group = !named && head_is_plural (title);
      set_affiliation_from (person, text, match, "poss");
      set_affiliation_from (person, text, match, "dem");
      set_affiliation_from (person, text, match, "of");
      set_affiliation_from (person, text, match, "of2");

      if (named)
        {
          field_set (&person->title, title, ts, te);
          field_set_text (&person->name, text, ns, ne);
          me = MAX (me, ne);
          if (import_fetch (match, "of2", &os, &oe))
            me = MAX (me, oe);
        }
      else
        {
          g_autofree char *full = NULL;

          if (!field_is_set (&person->affiliation))
            {
              person_free (person);
              continue;
            }
          /* An office without a name is known by it: "Minister of Foreign Affairs of Lao
           * PDR", whichever way the article writes the country. A body keeps its words:
           * "the ASEAN Defence Ministers". */
          /* Without the words a name would have been read from. */
          me = te;
          if (import_fetch (match, "of", &os, &oe))
            me = oe;
          if (person->group)
            {
              g_autofree char *words = NULL;

              if (g_ascii_strncasecmp (text + ms, "the ", 4) == 0)
                ms += 4;
              words = g_strndup (text + ms, me - ms);

              full = import_capitalize (words);
            }
          else
            full = g_strdup_printf ("%s of %s", title, person->affiliation.value);
          field_set (&person->title, full, MIN (ts, (int) person->affiliation.start),
                     MAX (te, (int) person->affiliation.end));
        }
      record_mention (state, person, ms, read_appositive (state, person, me), covered);
    }
}

static gboolean
is_covered (GArray *covered,
            gsize   start,
            gsize   end)
{
  for (guint i = 0; i + 1 < covered->len; i += 2)
    if (start < g_array_index (covered, gsize, i + 1) && end > g_array_index (covered, gsize, i))
      return TRUE;
  return FALSE;
}

static void
scan_other (ImportState *state,
            PatternKind  kind,
            GArray      *covered)
{
  g_autoptr(GMatchInfo) match = NULL;
  const char *text = state->text;

  g_regex_match_full (pattern (kind), text, state->length, 0, 0, &match, NULL);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      Person *person;
      int ms, me, ns, ne, ts, te;

      g_match_info_fetch_pos (match, 0, &ms, &me);
      if (!import_fetch (match, "name", &ns, &ne) || in_heading (state, ms))
        continue;
      if (kind == PATTERN_HONORIFIC && is_covered (covered, ns, ne))
        continue;
      if (kind == PATTERN_NAME_FIRST && is_covered (covered, ms, me))
        continue;
      if (!trim_name (text, ns, &ne))
        continue;

      person = person_new ();
      person->first = ms;
      field_set_text (&person->name, text, ns, ne);
      if (import_fetch (match, "title", &ts, &te))
        {
          g_autofree char *title = g_strndup (text + ts, te - ts);
          g_autofree char *upper = import_capitalize (title);

          field_set (&person->title, upper, ts, te);
        }
      if (import_fetch (match, "mp", &ts, &te))
        field_set_text (&person->title, text, ts, te);
      set_affiliation_from (person, text, match, "poss");
      set_affiliation_from (person, text, match, "dem");
      set_affiliation_from (person, text, match, "of");
      record_mention (state, person, ms, read_appositive (state, person, me), covered);
    }
}

static int
compare_mentions (gconstpointer a,
                  gconstpointer b)
{
  const Mention *x = a, *y = b;

  return x->start < y->start ? -1 : x->start > y->start;
}

/* Every word of @part's name is a word of @whole's ("Sơn" of "Bùi Thanh Sơn", folded). */
static gboolean
name_contains (const char *whole,
               const char *part)
{
  g_autofree char *folded_whole = accord_search_fold (whole);
  g_autofree char *folded_part = accord_search_fold (part);
  g_auto(GStrv) whole_words = g_strsplit (folded_whole, " ", -1);
  g_auto(GStrv) part_words = g_strsplit (folded_part, " ", -1);

  for (guint i = 0; part_words[i] != NULL; i++)
    if (!g_strv_contains ((const char * const *) whole_words, part_words[i]))
      return FALSE;
  return part_words[0] != NULL;
}

int
import_lookup_person (ImportState *state,
                      const char  *name)
{
  int found = -1;

  for (guint i = 0; i < state->people->len; i++)
    {
      Person *person = state->people->pdata[i];

      if (!field_is_set (&person->name) || !name_contains (person->name.value, name))
        continue;
      if (found >= 0)
        return -1;   /* two people share the word: say nothing */
      found = i;
    }
  return found;
}

/* "Minister Sơn", "Ambassador Hồ", "Hồ": one person with the full name met elsewhere. */
static void
merge_short_names (ImportState *state)
{
  g_autofree int *target = g_new (int, state->people->len);
  g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func ((GDestroyNotify) person_free);
  g_autofree int *renumber = g_new (int, state->people->len);

  for (guint i = 0; i < state->people->len; i++)
    {
      Person *person = state->people->pdata[i];

      target[i] = i;
      if (!field_is_set (&person->name))
        continue;
      for (guint j = 0; j < state->people->len; j++)
        {
          Person *other = state->people->pdata[j];

          if (j == i || !field_is_set (&other->name)
              || strlen (other->name.value) <= strlen (person->name.value))
            continue;
          if (name_contains (other->name.value, person->name.value))
            {
              target[i] = j;
              break;
            }
        }
    }

  for (guint i = 0; i < state->people->len; i++)
    {
      Person *person = state->people->pdata[i];
      int t = target[i];

      while (target[t] != t)
        t = target[t];
      target[i] = t;
      if (t != (int) i)
        {
          Person *full = state->people->pdata[t];

          if (!field_is_set (&full->title) && field_is_set (&person->title))
            field_copy (&full->title, &person->title);
          if (!field_is_set (&full->affiliation) && field_is_set (&person->affiliation))
            field_copy (&full->affiliation, &person->affiliation);
          if (!field_is_set (&full->role) && field_is_set (&person->role))
            field_copy (&full->role, &person->role);
          full->first = MIN (full->first, person->first);
        }
    }

  for (guint i = 0; i < state->people->len; i++)
    {
      renumber[i] = -1;
      if (target[i] == (int) i)
        {
          renumber[i] = kept->len;
          g_ptr_array_add (kept, state->people->pdata[i]);
          state->people->pdata[i] = NULL;
        }
    }
  for (guint i = 0; i < state->mentions->len; i++)
    {
      Mention *mention = &g_array_index (state->mentions, Mention, i);

      mention->person = renumber[target[mention->person]];
    }
  for (guint i = 0; i < state->people->len; i++)
    if (state->people->pdata[i] != NULL)
      person_free (state->people->pdata[i]);
  g_ptr_array_set_free_func (state->people, NULL);
  g_ptr_array_unref (state->people);
  g_ptr_array_set_free_func (kept, (GDestroyNotify) person_free);
  state->people = g_steal_pointer (&kept);
}

/* "Manalo held a bilateral meeting": a surname alone, of someone named in full elsewhere. */
static void
find_bare_names (ImportState *state)
{
  static GRegex *word_regex;
  g_autoptr(GHashTable) owners = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree guint8 *covered = g_malloc0 (state->length + 1);
  g_autoptr(GMatchInfo) match = NULL;

  if (g_once_init_enter (&word_regex))
    g_once_init_leave (&word_regex, g_regex_new ("(?<![\\p{L}\\p{N}'’-])" NAME_WORD, G_REGEX_OPTIMIZE, 0, NULL));

  for (guint i = 0; i < state->people->len; i++)
    {
      Person *person = state->people->pdata[i];
      g_auto(GStrv) words = NULL;

      if (!field_is_set (&person->name))
        continue;
      words = g_strsplit (person->name.value, " ", -1);
      for (guint w = 0; words[w] != NULL; w++)
        {
          char *folded = accord_search_fold (words[w]);

          if (g_utf8_strlen (folded, -1) < 3 || import_is_name_stopword (words[w]))
            {
              g_free (folded);
              continue;
            }
          if (g_hash_table_contains (owners, folded)
              && GPOINTER_TO_INT (g_hash_table_lookup (owners, folded)) != (int) i + 1)
            g_hash_table_replace (owners, folded, GINT_TO_POINTER (0));   /* two people's */
          else
            g_hash_table_replace (owners, folded, GINT_TO_POINTER (i + 1));
        }
    }
  for (guint i = 0; i < state->mentions->len; i++)
    {
      const Mention *mention = &g_array_index (state->mentions, Mention, i);

      memset (covered + mention->start, 1, mention->end - mention->start);
    }

  g_regex_match_full (word_regex, state->text, state->length, 0, 0, &match, NULL);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      int s, e;
      g_autofree char *word = NULL;
      g_autofree char *folded = NULL;
      int owner;

      g_match_info_fetch_pos (match, 0, &s, &e);
      if (covered[s])
        continue;
      word = g_strndup (state->text + s, e - s);
      folded = accord_search_fold (word);
      owner = GPOINTER_TO_INT (g_hash_table_lookup (owners, folded));
      if (owner > 0)
        add_mention (state, owner - 1, s, e);
    }
}

void
import_find_people (ImportState *state)
{
  g_autoptr(GArray) covered = g_array_new (FALSE, FALSE, sizeof (gsize));

  scan_title_first (state, covered);
  scan_other (state, PATTERN_NAME_FIRST, covered);
  scan_other (state, PATTERN_HONORIFIC, covered);
  g_array_sort (state->mentions, compare_mentions);
  merge_short_names (state);
  find_bare_names (state);
  g_array_sort (state->mentions, compare_mentions);
}
