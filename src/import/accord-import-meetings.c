/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#define G_LOG_DOMAIN "accord-import"

#include <string.h>

#include "accord-import-private.h"
#include "accord-fold.h"

/* Meetings as articles name them: by name ("the 53rd ASEAN Foreign Ministers Meeting (AMM
 * 53)", "the tenth Vietnam-Laos foreign ministerial-level consultation meeting"), by who met
 * ("the Secretary-General of ASEAN convened with the Minister of …", "leaders of the specialist
 * groups … met"), by what they were about ("the meeting of ministers on women's roles"), and
 * visits ("Kommasith, who is on a visit to Vietnam from November 21-23"). */

#define EVENT_HEAD "(?:Meeting|Summit|Retreat|Conference|Forum|Dialogue|Consultations?|Talks|Session|" \
                   "Plenary|Congress|Assembly|Symposium|Workshop)"
#define ORDINAL_WORDS "(?:\\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|" \
                      "ninth|tenth|eleventh|twelfth|\\w+teenth|twentieth|thirtieth|fortieth|fiftieth)"
#define CAP_WORD "(?:\\p{Lu}[\\p{L}\\p{M}\\p{N}'’.]*(?:-[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*|\\d+(?:st|nd|rd|th)?|" \
                 "\\([\\p{Lu}\\p{N} ]{2,14}\\)(?:['’]s)?)"
#define CONNECTOR "(?:of|on|and|for|to|in|-|&)"

typedef enum {
  MEETING_NAMED,
  MEETING_ORDINAL,
  MEETING_OF_ROLE,
  MEETING_GROUP_MET,
  MEETING_VISIT,
  MEETING_CUE,
  MEETING_FUTURE,
  MEETING_FORMAT,
  MEETING_VENUE,
  MEETING_CITY,
  MEETING_CHAIR_YEAR,
  MEETING_GROUP_TITLE,
  MEETING_CHAIR,
  MEETING_PLAN,
  MEETING_PRESS,
  MEETING_ANAPHORA,
  N_MEETING_REGEXES
} MeetingRegex;

static GRegex *
meeting_regex (MeetingRegex which)
{
  static GRegex *regexes[N_MEETING_REGEXES];

  if (g_once_init_enter (&regexes[which]))
    {
      g_autofree char *source = NULL;
      g_autoptr(GError) error = NULL;
      GRegex *regex;

      switch (which)
        {
        case MEETING_NAMED:
          source = g_strdup ("(?<![\\p{L}\\p{N}'’-])(?<name>(?:(?i:" ORDINAL_WORDS ")\\h+)?"
                             CAP_WORD "(?:\\h+(?:" CAP_WORD "|" CONNECTOR "(?=\\h+\\p{Lu})))*?\\h+" EVENT_HEAD
                             "(?:\\h+(?i:meeting|talks))?(?![\\p{L}\\p{N}]))(?:\\h*\\((?<acr>[\\p{Lu}\\p{N}][\\p{L}\\p{N}+ -]{1,20})\\))?");
          break;

        case MEETING_ORDINAL:
          source = g_strdup ("(?<![\\p{L}\\p{N}])(?<name>(?i:" ORDINAL_WORDS ")\\h+(?:(?!(?i:the|a|an|and|to|in|on|at|this|that|with|for|by|was|is|of)\\h)"
                             "[\\p{L}\\p{M}\\p{N}'’-]+\\h+){1,7}?(?i:meeting|summit|retreat|conference|consultation|"
                             "dialogue|session|forum|talks)(?:\\h+(?i:meeting|talks))?(?![\\p{L}\\p{N}]))(?:\\h*\\((?<acr>[\\p{Lu}\\p{N}][\\p{L}\\p{N}+ -]{1,20})\\))?");
          break;

        case MEETING_OF_ROLE:
          source = g_strdup ("(?i)(?<![\\p{L}])meeting\\h+of\\h+(?:the\\h+)?(?<who>(?:[\\p{L}-]+\\h+){0,3}?"
                             "(?:ministers|leaders|officials|heads|delegates|representatives|experts))"
                             "(?:\\h+(?:on|for)\\h+(?<topic>[^,.;:…\\n]{2,60}))?");
          break;

        case MEETING_GROUP_MET:
          source = g_strdup ("(?<![\\p{L}])(?<who>(?i:leaders|heads|officials|ministers|delegates|"
                             "representatives|experts|negotiators|members)\\h+of\\h+[^,.;:\\n]{3,90}?)"
                             "\\h+(?:met|convened|gathered)(?![\\p{L}])"
                             "|(?<![\\p{L}])(?<who2>(?:ASEAN|EAS|APEC)\\h+(?:\\p{Lu}\\p{L}+\\h+){0,2}(?:Ministers|Leaders|Senior\\h+Officials))"
                             "\\h+(?:met|convened|gathered)(?![\\p{L}])");
          break;

        case MEETING_ANAPHORA:
          source = g_strdup ("(?i)(?<![\\p{L}])the\\h+(?:meeting|conference|summit|retreat|talks|session|consultation)(?![\\p{L}])");
          break;

        case MEETING_PRESS:
          source = g_strdup ("(?i)(?<![\\p{L}])press\\h+(?:conference|briefing)(?![\\p{L}])");
          break;

        case MEETING_VISIT:
          source = g_strdup_printf ("(?<who>" "\\p{Lu}[\\p{L}\\p{M}'’-]+(?:\\h\\p{Lu}[\\p{L}\\p{M}'’-]+){0,4}" ")"
                                    "(?:,\\h+who\\h+(?:is|was|has\\h+been)|\\h+(?:is|was))\\h+(?:on|paying|making)\\h+an?\\h+"
                                    "(?<kind>(?:[\\p{L}-]+\\h+){0,3}?)visit\\h+to\\h+(?<place>%s|%s)",
                                    import_place_pattern (), import_city_pattern ());
          break;

        case MEETING_CUE:
          source = g_strdup ("(?i)(?<![\\p{L}])(?:met|meets|meet\\h+with|convened|held\\h+talks|had\\h+talks|"
                             "talks\\h+with|co-chaired|co-chair|received|hosted|meeting\\h+(?:between|with)|"
                             "dialogue\\h+(?:between|with)|discussions\\h+between|consultations?\\h+with|"
                             "phone\\h+call|video\\h+call|engage[sd]?\\h+in|engaged\\h+in|called\\h+on|calls\\h+on|"
                             "held\\h+(?:a|an)\\h+(?:[\\p{L}-]+\\h+){0,2}(?:meeting|talks|call)|hold\\h+talks|holds\\h+talks)(?![\\p{L}])");
          break;

        case MEETING_FUTURE:
          source = g_strdup ("(?i)(?<![\\p{L}])(?:to\\h+take\\h+place|will\\h+(?:be\\h+)?(?:held|host|take\\h+place|convene|meet)|"
                             "to\\h+be\\h+held|hosting|to\\h+host|will\\h+hold|upcoming|plans?\\h+to\\h+hold|to\\h+hold|"
                             "will\\h+open|would\\h+be\\h+held|is\\h+to\\h+be\\h+held|is\\h+scheduled|are\\h+scheduled|"
                             "invited\\h+\\p{Lu}[\\p{L}\\p{M}]+\\h+to)(?![\\p{L}])");
          break;

        case MEETING_FORMAT:
          source = g_strdup ("(?i)(?<![\\p{L}])(?:(?<online>online|virtual(?:ly)?|video\\h?conferenc\\w*|via\\h+video\\h+link|"
                             "teleconferenc\\w*)|(?<inperson>in-person|in\\h+person|face-to-face)|(?<hybrid>hybrid))(?![\\p{L}])");
          break;

        case MEETING_VENUE:
          source = g_strdup_printf ("(?<![\\p{L}])(?:in|at)\\h+(?:the\\h+)?(?<venue>(?:\\p{Lu}[\\p{L}\\p{M}'’-]*\\h+){0,5}"
                                    "(?:Centre|Center|Hotel|Palace|Hall|Building|Headquarters|Secretariat|Resort|"
                                    "House|Complex|Stadium))(?![\\p{L}])(?:,?\\h+in\\h+(?<city>%s))?",
                                    import_city_pattern ());
          break;

        case MEETING_CITY:
          source = g_strdup_printf ("(?<![\\p{L}])(?:in|at)\\h+(?<city>%s)", import_city_pattern ());
          break;

        case MEETING_CHAIR_YEAR:
          source = g_strdup ("(?<![\\p{L}])(?<run>(?:\\p{Lu}[\\p{L}]*\\h+){0,3}(?:Chair|Chairmanship|Year)"
                             "(?:\\h+\\p{Lu}[\\p{L}]*){0,2}\\h+(?<year>(?:19|20)\\d\\d))(?![\\p{N}])");
          break;

        case MEETING_GROUP_TITLE:
          source = g_strdup_printf ("(?<group>(?:(?<org>%s)\\h+)?(?:\\p{Lu}[\\p{L}]+\\h+){0,2}"
                                    "(?:Ministers|Leaders|Senior\\h+Officials))(?![\\p{L}])",
                                    import_place_pattern ());
          break;

        case MEETING_CHAIR:
          source = g_strdup ("(?i)(?<![\\p{L}])(?:co-chair(?:ed|s)?|(?<by>chaired\\h+by|with)(?=\\h[^,.;]*\\has\\h+(?:the\\h+)?chair)|(?<by2>chaired\\h+by))(?![\\p{L}])");
          break;

        case MEETING_PLAN:
          source = g_strdup ("(?i)(?<![\\p{L}])(?:will|would|shall|plans?|planned|consider(?:s|ed|ing)?|"
                             "propos(?:e|es|ed|ing)|intend(?:s|ed)?|to\\h+be|next)(?![\\p{L}])");
          break;

        case N_MEETING_REGEXES:
        default:
          g_assert_not_reached ();
        }
      regex = g_regex_new (source, G_REGEX_OPTIMIZE, 0, &error);
      g_assert_no_error (error);
      g_once_init_leave (&regexes[which], regex);
    }
  return regexes[which];
}

MeetingDraft *
meeting_draft_new (void)
{
  MeetingDraft *draft = g_new0 (MeetingDraft, 1);

  draft->participants = g_ptr_array_new_with_free_func ((GDestroyNotify) person_free);
  draft->aliases = g_ptr_array_new_with_free_func (g_free);
  return draft;
}

void
meeting_draft_free (MeetingDraft *draft)
{
  field_clear (&draft->title);
  field_clear (&draft->when);
  field_clear (&draft->location);
  field_clear (&draft->format);
  field_clear (&draft->kind);
  g_clear_pointer (&draft->period, accord_period_free);
  g_ptr_array_unref (draft->participants);
  g_ptr_array_unref (draft->aliases);
  g_free (draft->key);
  g_free (draft);
}

void
meeting_draft_add_person (MeetingDraft *draft,
                          const Person *person)
{
  g_autofree char *key = person_key (person);

  for (guint i = 0; i < draft->participants->len; i++)
    {
      Person *known = draft->participants->pdata[i];
      g_autofree char *known_key = person_key (known);

      if (g_str_equal (key, known_key))
        {
          if (!field_is_set (&known->role) && field_is_set (&person->role))
            field_copy (&known->role, &person->role);
          return;
        }
    }
  g_ptr_array_add (draft->participants, person_copy (person));
}

/* Words a sentence starts with that are no part of a meeting's name. */
static gsize
skip_leading_words (const char *text,
                    gsize       start,
                    gsize       end)
{
  static const char * const leading[] = {
    "The", "A", "An", "This", "That", "During", "At", "In", "On", "Following", "After",
    "Before", "Ahead", "Regarding", "About", "Of", "And", "For", "Its", "Their", "His", "Her",
    "Since", "While", "When", "Under", "Both", "Addressing",
  };
  gboolean again = TRUE;

  while (again)
    {
      again = FALSE;
      for (guint i = 0; i < G_N_ELEMENTS (leading); i++)
        {
          gsize n = strlen (leading[i]);

          if (start + n < end && strncmp (text + start, leading[i], n) == 0 && text[start + n] == ' ')
            {
              start += n + 1;
              again = TRUE;
            }
        }
    }
  return start;
}

static gboolean
is_future (ImportState    *state,
           const Sentence *sentence)
{
  return g_regex_match_full (meeting_regex (MEETING_FUTURE), state->text, sentence->end,
                             sentence->start, 0, NULL, NULL);
}

/* "agreed to hold the 5th Joint Commission Meeting in Kuala Lumpur early next year": a
 * planned initiative, with its date and venue. */
static void
add_planned (ImportState    *state,
             const Sentence *sentence,
             gsize           start,
             gsize           end)
{
  InitiativeDraft *draft;
  g_autofree char *raw = g_strndup (state->text + start, end - start);
  g_autofree char *title = import_capitalize (raw);
  g_autoptr(GMatchInfo) cue = NULL;
  g_autoptr(GMatchInfo) city = NULL;
  gboolean resolved = FALSE;
  int cs, ce;

  for (guint i = 0; i < state->initiatives->len; i++)
    if (g_strcmp0 (((InitiativeDraft *) state->initiatives->pdata[i])->title.value, title) == 0)
      return;
  draft = initiative_draft_new ();
  draft->first = start;
  field_set (&draft->title, title, start, end);
  draft->period = import_find_period (state, end, sentence->end, &draft->timeline, &resolved);
  draft->year_resolved = resolved;
  draft->status_value = ACCORD_STATUS_PLANNED;
  if (g_regex_match_full (meeting_regex (MEETING_FUTURE), state->text, sentence->end,
                          sentence->start, 0, &cue, NULL))
    {
      g_match_info_fetch_pos (cue, 0, &cs, &ce);
      field_set_text (&draft->status, state->text, cs, ce);
    }
  if (g_regex_match_full (meeting_regex (MEETING_CITY), state->text, sentence->end, end, 0,
                          &city, NULL)
      && import_fetch (city, "city", &cs, &ce))
    {
      AttributeDraft venue = { { 0 }, { 0 } };

      field_set (&venue.name, "Venue", cs, cs);
      field_set_text (&venue.value, state->text, cs, ce);
      g_array_append_val (draft->attributes, venue);
    }
  g_ptr_array_add (state->initiatives, draft);
}

/* The meeting @alias (folded) already names, or NULL. */
static MeetingDraft *
lookup_alias (ImportState *state,
              const char  *alias)
{
  for (guint i = 0; i < state->meetings->len; i++)
    {
      MeetingDraft *draft = state->meetings->pdata[i];

      for (guint j = 0; j < draft->aliases->len; j++)
        if (g_str_equal (draft->aliases->pdata[j], alias))
          return draft;
    }
  return NULL;
}

static void
add_alias (MeetingDraft *draft,
           const char   *text,
           gsize         length)
{
  g_autofree char *raw = g_strndup (text, length);
  char *folded = accord_search_fold (raw);

  g_strdelimit (folded, "'’", ' ');
  for (guint i = 0; i < draft->aliases->len; i++)
    if (g_str_equal (draft->aliases->pdata[i], folded))
      {
        g_free (folded);
        return;
      }
  g_ptr_array_add (draft->aliases, folded);
}

typedef struct
{
  MeetingDraft *draft;
  gsize         start;
  gsize         end;
  guint         sentence;
} MeetingMention;

static void
add_meeting_mention (GArray       *mentions,
                     ImportState  *state,
                     MeetingDraft *draft,
                     gsize         start,
                     gsize         end)
{
  MeetingMention mention = { draft, start, end, import_sentence_at (state, start) };

  g_array_append_val (mentions, mention);
}

/* A name after which the words go on to something else: "the ASEAN Senior Officials Meeting
 * (SOM) delegation", "the ASEAN Future Forum on …" is still the forum. */
static gboolean
name_goes_on (const char *text,
              gsize       end,
              gsize       limit)
{
  static const char * const words[] = {
    " delegation", " process", " mechanism", " framework", " format", " chairmanship",
    " secretariat", " series", " year", " member", " partner", " partners", " documents",
  };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      gsize n = strlen (words[i]);

      if (end + n <= limit && g_ascii_strncasecmp (text + end, words[i], n) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
find_named (ImportState *state,
            MeetingRegex which,
            GArray      *mentions)
{
  g_autoptr(GMatchInfo) match = NULL;
  const char *text = state->text;

  g_regex_match_full (meeting_regex (which), text, state->length, 0, 0, &match, NULL);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      int ns, ne, as, ae, ms, me;
      gsize start;
      g_autofree char *name = NULL;
      g_autofree char *folded = NULL;
      MeetingDraft *draft;
      const Sentence *sentence;
      gboolean has_acronym;

      import_fetch (match, "name", &ns, &ne);
      g_match_info_fetch_pos (match, 0, &ms, &me);
      start = skip_leading_words (text, ns, ne);
      /* Nothing but the head word left: "the Meeting". */
      if (memchr (text + start, ' ', ne - start) == NULL)
        continue;
      if (name_goes_on (text, me, state->length))
        continue;
      sentence = &g_array_index (state->sentences, Sentence, import_sentence_at (state, start));
      /* Headlines retell the article in their own words ("hold tenth … consultation
       * meeting"); tables list initiatives. */
      if (g_array_index (state->blocks, Block, sentence->block).kind == BLOCK_TABLE_ROW
          || g_array_index (state->blocks, Block, sentence->block).kind == BLOCK_HEADING)
        continue;

      has_acronym = import_fetch (match, "acr", &as, &ae);
      name = g_strndup (text + start, ne - start);
      folded = accord_search_fold (name);
      g_strdelimit (folded, "'’", ' ');
      draft = lookup_alias (state, folded);
      if (draft == NULL && has_acronym)
        {
          g_autofree char *acronym = g_strndup (text + as, ae - as);
          g_autofree char *folded_acronym = accord_search_fold (acronym);

          draft = lookup_alias (state, folded_acronym);
        }
      if (draft == NULL)
        {
          /* A forum or meeting still to be held is an initiative, not a record of a meeting. */
          if (is_future (state, sentence))
            {
              add_planned (state, sentence, start, me);
              continue;
            }
          draft = meeting_draft_new ();
          draft->named = TRUE;
          draft->first = start;
          {
            g_autofree char *raw_title = g_strndup (text + start, me - start);
            g_autofree char *capital = import_capitalize (raw_title);

            field_set (&draft->title, capital, start, me);
          }
          add_alias (draft, text + start, ne - start);
          g_ptr_array_add (state->meetings, draft);
        }
      if (has_acronym)
        add_alias (draft, text + as, ae - as);
      add_meeting_mention (mentions, state, draft, start, me);
    }
}

/* Where the acronym alone names a meeting met before: "AMM 53". One expression for all of
 * them, so that the text is read once. */
static void
find_aliases (ImportState *state,
              GArray      *mentions)
{
  g_autoptr(GHashTable) owners = g_hash_table_new (g_str_hash, g_str_equal);
  GString *pattern = g_string_new ("(?i)(?<![\\p{L}\\p{N}])(?:");
  g_autoptr(GRegex) regex = NULL;
  g_autoptr(GMatchInfo) match = NULL;

  for (guint i = 0; i < state->meetings->len; i++)
    {
      MeetingDraft *draft = state->meetings->pdata[i];

      for (guint j = 1; j < draft->aliases->len; j++)
        {
          const char *alias = draft->aliases->pdata[j];
          g_autofree char *escaped = NULL;

          if (strlen (alias) < 3 || g_hash_table_contains (owners, alias))
            continue;
          escaped = g_regex_escape_string (alias, -1);
          g_string_append_printf (pattern, "%s%s", g_hash_table_size (owners) > 0 ? "|" : "",
                                  escaped);
          g_hash_table_insert (owners, (gpointer) alias, draft);
        }
    }
  g_string_append (pattern, ")(?![\\p{L}\\p{N}])");
  if (g_hash_table_size (owners) > 0)
    regex = g_regex_new (pattern->str, G_REGEX_OPTIMIZE, 0, NULL);
  g_string_free (pattern, TRUE);
  if (regex == NULL)
    return;

  g_regex_match (regex, state->text, 0, &match);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      int s, e;
      g_autofree char *words = NULL;
      g_autofree char *folded = NULL;
      MeetingDraft *draft;

      g_match_info_fetch_pos (match, 0, &s, &e);
      words = g_strndup (state->text + s, e - s);
      folded = accord_search_fold (words);
      g_strdelimit (folded, "'’", ' ');
      draft = g_hash_table_lookup (owners, folded);
      if (draft != NULL)
        add_meeting_mention (mentions, state, draft, s, e);
    }
}

static void
add_group (MeetingDraft *draft,
           const char   *title,
           gsize         start,
           gsize         end,
           const char   *affiliation,
           gsize         affiliation_start,
           gsize         affiliation_end)
{
  Person *person = person_new ();

  person->group = TRUE;
  field_set (&person->title, title, start, end);
  if (affiliation != NULL)
    field_set (&person->affiliation, affiliation, affiliation_start, affiliation_end);
  person->first = start;
  meeting_draft_add_person (draft, person);
  person_free (person);
}

static void
find_by_role (ImportState *state,
              GArray      *mentions)
{
  const char *text = state->text;

  {
    g_autoptr(GMatchInfo) match = NULL;

    g_regex_match_full (meeting_regex (MEETING_OF_ROLE), text, state->length, 0, 0, &match, NULL);
    for (; g_match_info_matches (match); g_match_info_next (match, NULL))
      {
        int ms, me, ws, we, ts, te;
        g_autofree char *raw = NULL;
        g_autofree char *title = NULL;
        MeetingDraft *draft;
        const Sentence *sentence;

        g_match_info_fetch_pos (match, 0, &ms, &me);
        import_fetch (match, "who", &ws, &we);
        sentence = &g_array_index (state->sentences, Sentence, import_sentence_at (state, ms));
        if (is_future (state, sentence))
          continue;
        if (import_fetch (match, "topic", &ts, &te))
          {
            while (te > ts && text[te - 1] == ' ')
              te--;
            me = te;
          }
        raw = g_strndup (text + ms, me - ms);
        title = import_capitalize (raw);
        draft = meeting_draft_new ();
        draft->first = ms;
        field_set (&draft->title, title, ms, me);
        add_alias (draft, text + ms, me - ms);
        {
          g_autofree char *raw_who = g_strndup (text + ws, we - ws);
          g_autofree char *group = import_capitalize (raw_who);

          add_group (draft, group, ws, we, NULL, 0, 0);
        }
        g_ptr_array_add (state->meetings, draft);
        add_meeting_mention (mentions, state, draft, ms, me);
      }
  }
  {
    g_autoptr(GMatchInfo) match = NULL;

    g_regex_match_full (meeting_regex (MEETING_GROUP_MET), text, state->length, 0, 0, &match, NULL);
    for (; g_match_info_matches (match); g_match_info_next (match, NULL))
      {
        int ms, me, ws, we;
        g_autofree char *raw_who = NULL;
        g_autofree char *who = NULL;
        g_autofree char *title = NULL;
        MeetingDraft *draft;

        g_match_info_fetch_pos (match, 0, &ms, &me);
        if (!import_fetch (match, "who", &ws, &we))
          import_fetch (match, "who2", &ws, &we);
        raw_who = g_strndup (text + ws, we - ws);
        who = import_capitalize (raw_who);
        title = g_strdup_printf ("Meeting of %s", raw_who);
        draft = meeting_draft_new ();
        draft->first = ws;
        field_set (&draft->title, title, ws, me);
        {
          g_autofree char *first_word = g_strndup (text + ws, strcspn (text + ws, " "));
          const char *org = import_canonical_place (first_word);

          add_group (draft, who, ws, we, org, ws, ws + strlen (first_word));
        }
        g_ptr_array_add (state->meetings, draft);
        add_meeting_mention (mentions, state, draft, ws, me);
      }
  }
}

/* "Speaking at a press conference after the opening session, X said": a meeting of its own. */
static void
find_press (ImportState *state,
            GArray      *mentions)
{
  g_autoptr(GMatchInfo) match = NULL;
  MeetingDraft *draft = NULL;

  g_regex_match_full (meeting_regex (MEETING_PRESS), state->text, state->length, 0, 0, &match, NULL);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      int s, e;

      g_match_info_fetch_pos (match, 0, &s, &e);
      if (draft == NULL)
        {
          g_autofree char *raw = g_strndup (state->text + s, e - s);
          g_autofree char *title = import_capitalize (raw);

          draft = meeting_draft_new ();
          draft->named = TRUE;
          draft->first = s;
          field_set (&draft->title, title, s, e);
          g_ptr_array_add (state->meetings, draft);
        }
      add_meeting_mention (mentions, state, draft, s, e);
    }
}

static void
find_visits (ImportState *state,
             GArray      *mentions)
{
  g_autoptr(GMatchInfo) match = NULL;
  const char *text = state->text;

  g_regex_match_full (meeting_regex (MEETING_VISIT), text, state->length, 0, 0, &match, NULL);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      int ws, we, ps, pe, ks, ke, ms, me;
      g_autofree char *who = NULL;
      g_autofree char *place = NULL;
      g_autofree char *title = NULL;
      MeetingDraft *draft;
      Person *person;
      int index;

      g_match_info_fetch_pos (match, 0, &ms, &me);
      import_fetch (match, "who", &ws, &we);
      import_fetch (match, "place", &ps, &pe);
      who = g_strndup (text + ws, we - ws);
      /* The last words before the verb are the name: "Lao Foreign Minister Saleumxay
       * Kommasith is on a visit". */
      index = -1;
      {
        g_auto(GStrv) words = g_strsplit (who, " ", -1);
        guint n = g_strv_length (words);

        for (guint skip = 0; skip < n && index < 0; skip++)
          {
            g_autofree char *tail = g_strjoinv (" ", words + skip);

            index = import_lookup_person (state, tail);
          }
      }
      if (index < 0)
        continue;
      person = state->people->pdata[index];
      place = g_strndup (text + ps, pe - ps);
      title = g_strdup_printf ("Visit of %s to %s", person->name.value, place);
      draft = meeting_draft_new ();
      draft->visit = TRUE;
      draft->first = ws;
      field_set (&draft->title, title, ws, pe);
      field_set (&draft->location, place, ps, pe);
      if (import_fetch (match, "kind", &ks, &ke))
        {
          g_autofree char *kind = g_ascii_strdown (text + ks, ke - ks);

          if (strstr (kind, "working") != NULL)
            {
              draft->kind_value = ACCORD_MEETING_KIND_WORKING_VISIT;
              field_set_text (&draft->kind, text, ks, ke);
            }
        }
      meeting_draft_add_person (draft, person);
      g_ptr_array_add (state->meetings, draft);
      add_meeting_mention (mentions, state, draft, ws, me);
    }
}

static int
compare_mention_start (gconstpointer a,
                       gconstpointer b)
{
  const MeetingMention *x = a, *y = b;

  return x->start < y->start ? -1 : x->start > y->start;
}

static int
compare_meeting_first (gconstpointer a,
                       gconstpointer b)
{
  const MeetingDraft *x = *(MeetingDraft * const *) a, *y = *(MeetingDraft * const *) b;

  return x->first < y->first ? -1 : x->first > y->first;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static char *
participants_key (GPtrArray *people)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < people->len; i++)
    g_ptr_array_add (keys, person_key (people->pdata[i]));
  g_ptr_array_sort (keys, compare_strings);
  for (guint i = 0; i < keys->len; i++)
    g_string_append_printf (out, "%s\n", (const char *) keys->pdata[i]);
  return g_string_free (out, FALSE);
}

static char *
display_name (const Person *person)
{
  if (field_is_set (&person->name))
    return g_strdup (person->name.value);
  return g_strdup_printf ("the %s", person->title.value);
}

/* Sentences where two or more people meet, talk or co-chair: a meeting of theirs, unless the
 * sentence names the meeting. */
static void
find_unnamed (ImportState *state,
              GArray      *mentions)
{
  guint m = 0;

  for (guint s = 0; s < state->sentences->len; s++)
    {
      const Sentence *sentence = &g_array_index (state->sentences, Sentence, s);
      g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func ((GDestroyNotify) person_free);
      g_autoptr(GMatchInfo) cue = NULL;
      g_autofree char *key = NULL;
      MeetingDraft *named = NULL;
      MeetingDraft *draft = NULL;
      int cs = 0, ce = 0;
      gsize first = G_MAXSIZE, last = 0;

      while (m < state->mentions->len
             && g_array_index (state->mentions, Mention, m).sentence < s)
        m++;
      for (guint i = m; i < state->mentions->len; i++)
        {
          const Mention *mention = &g_array_index (state->mentions, Mention, i);
          Person *person;
          gboolean seen = FALSE;

          if (mention->sentence != s)
            break;
          person = state->people->pdata[mention->person];
          for (guint j = 0; j < people->len && !seen; j++)
            {
              g_autofree char *a = person_key (people->pdata[j]);
              g_autofree char *b = person_key (person);

              seen = g_str_equal (a, b);
            }
          if (!seen)
            {
              Person *copy = person_copy (person);

              /* Where this sentence names them, for the roles below. */
              copy->first = mention->start;
              g_ptr_array_add (people, copy);
            }
          first = MIN (first, mention->start);
          last = MAX (last, mention->end);
        }
      if (people->len == 0)
        continue;

      for (guint i = 0; i < mentions->len; i++)
        {
          const MeetingMention *mention = &g_array_index (mentions, MeetingMention, i);

          if (mention->sentence == s && !mention->draft->visit)
            {
              named = mention->draft;
              break;
            }
        }

      /* "X and Y co-chaired": the people before the verb; "chaired by X": the one after. */
      {
        g_autoptr(GMatchInfo) chair = NULL;
        int hs, he;

        if (g_regex_match_full (meeting_regex (MEETING_CHAIR), state->text, sentence->end,
                                sentence->start, 0, &chair, NULL))
          {
            gboolean by = import_fetch (chair, "by", &hs, &he) || import_fetch (chair, "by2", &hs, &he);

            g_match_info_fetch_pos (chair, 0, &hs, &he);
            for (guint i = 0; i < people->len; i++)
              {
                Person *person = people->pdata[i];

                if (field_is_set (&person->role))
                  continue;
                if (!by && person->first < (gsize) hs)
                  field_set (&person->role, "Co-chair", hs, he);
                else if (by && person->first >= (gsize) he)
                  {
                    field_set (&person->role, "Chair", hs, he);
                    break;
                  }
              }
          }
      }

      if (named != NULL)
        {
          gboolean cued = g_regex_match_full (meeting_regex (MEETING_CUE), state->text,
                                              sentence->end, sentence->start, 0, NULL, NULL);

          /* Named people in a sentence about the meeting took part; offices only when the
           * sentence says they met. */
          for (guint i = 0; i < people->len; i++)
            {
              Person *person = people->pdata[i];

              if (cued || field_is_set (&person->name))
                meeting_draft_add_person (named, person);
            }
          continue;
        }
      if (!g_regex_match_full (meeting_regex (MEETING_CUE), state->text, sentence->end,
                               sentence->start, 0, &cue, NULL))
        continue;
      g_match_info_fetch_pos (cue, 0, &cs, &ce);
      if (people->len < 2 || is_future (state, sentence))
        continue;

      key = participants_key (people);
      for (guint i = 0; i < state->meetings->len && draft == NULL; i++)
        {
          MeetingDraft *known = state->meetings->pdata[i];

          if (!known->named && known->key != NULL && g_str_equal (known->key, key))
            draft = known;
        }
      if (draft == NULL)
        {
          GString *title = g_string_new ("Meeting of ");

          draft = meeting_draft_new ();
          draft->key = g_strdup (key);
          draft->first = first;
          for (guint i = 0; i < people->len; i++)
            {
              g_autofree char *name = display_name (people->pdata[i]);

              if (i > 0)
                g_string_append (title, i + 1 == people->len ? " and " : ", ");
              g_string_append (title, name);
            }
          field_set (&draft->title, title->str, first, last);
          g_string_free (title, TRUE);
          for (guint i = 0; i < people->len; i++)
            meeting_draft_add_person (draft, people->pdata[i]);
          g_ptr_array_add (state->meetings, draft);
        }
      add_meeting_mention (mentions, state, draft, first, last);
    }
}

/* ---- What each meeting's sentences say about it ------------------------------------------ */

static void
find_when (ImportState          *state,
           MeetingDraft         *draft,
           const MeetingMention *mention)
{
  const Sentence *sentence = &g_array_index (state->sentences, Sentence, mention->sentence);
  gboolean resolved = FALSE;
  AccordPeriod *period;
  g_autoptr(GMatchInfo) match = NULL;

  if (draft->period != NULL)
    return;
  /* After the name: before it, a date is usually of what someone said about the meeting. */
  period = import_find_period (state, draft->named ? mention->start : sentence->start,
                               sentence->end, &draft->when, &resolved);
  if (period != NULL)
    {
      draft->period = period;
      draft->year_resolved = resolved;
      return;
    }
  /* "organised by Vietnam, ASEAN Chair Country 2020": the year of the chair. */
  if (draft->named
      && g_regex_match_full (meeting_regex (MEETING_CHAIR_YEAR), state->text, sentence->end,
                             mention->end, 0, &match, NULL))
    {
      int rs, re, ys, ye;
      g_autofree char *year = NULL;
      g_autofree char *run = NULL;
      AccordPeriod *parsed;

      import_fetch (match, "run", &rs, &re);
      import_fetch (match, "year", &ys, &ye);
      year = g_strndup (state->text + ys, ye - ys);
      run = g_strndup (state->text + rs, re - rs);
      parsed = accord_period_parse (year, NULL, NULL);
      if (accord_period_is_known (parsed))
        {
          GDate start, end;

          accord_period_get_start (parsed, &start);
          accord_period_get_end (parsed, &end);
          draft->period = accord_period_new (run, ACCORD_PRECISION_YEAR, &start, &end);
          field_set (&draft->when, run, rs, re);
        }
      accord_period_free (parsed);
    }
}

static void
find_location (ImportState          *state,
               MeetingDraft         *draft,
               const MeetingMention *mention)
{
  const Sentence *sentence = &g_array_index (state->sentences, Sentence, mention->sentence);
  gsize from = draft->named ? mention->start : sentence->start;
  g_autoptr(GMatchInfo) venue = NULL;
  g_autoptr(GMatchInfo) city = NULL;
  int vs, ve, cs, ce;

  if (field_is_set (&draft->location))
    return;
  if (g_regex_match_full (meeting_regex (MEETING_VENUE), state->text, sentence->end, from, 0,
                          &venue, NULL)
      && import_fetch (venue, "venue", &vs, &ve))
    {
      if (import_fetch (venue, "city", &cs, &ce))
        {
          g_autofree char *v = g_strndup (state->text + vs, ve - vs);
          g_autofree char *c = g_strndup (state->text + cs, ce - cs);
          g_autofree char *both = g_strdup_printf ("%s, %s", v, c);

          field_set (&draft->location, both, vs, ce);
        }
      else
        field_set_text (&draft->location, state->text, vs, ve);
      return;
    }
  if (g_regex_match_full (meeting_regex (MEETING_CITY), state->text, sentence->end, from, 0,
                          &city, NULL)
      && import_fetch (city, "city", &cs, &ce))
    field_set_text (&draft->location, state->text, cs, ce);
}

/* The first word for the format in @start…@end, but not one that a plan comes between the
 * meeting (at @anchor) and: "met, … and will consider organizing an online negotiation". */
static void
find_format (ImportState *state,
             MeetingDraft *draft,
             gsize         start,
             gsize         end,
             gsize         anchor)
{
  g_autoptr(GMatchInfo) match = NULL;

  if (field_is_set (&draft->format))
    return;
  g_regex_match_full (meeting_regex (MEETING_FORMAT), state->text, end, start, 0, &match, NULL);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      int s, e;
      AccordMeetingFormat format;

      if (import_fetch (match, "online", &s, &e))
        format = ACCORD_MEETING_FORMAT_ONLINE;
      else if (import_fetch (match, "inperson", &s, &e))
        format = ACCORD_MEETING_FORMAT_IN_PERSON;
      else if (import_fetch (match, "hybrid", &s, &e))
        format = ACCORD_MEETING_FORMAT_HYBRID;
      else
        continue;
      if ((gsize) s > anchor
          && g_regex_match_full (meeting_regex (MEETING_PLAN), state->text, s, anchor, 0, NULL, NULL))
        continue;
      draft->format_value = format;
      field_set_text (&draft->format, state->text, s, e);
      return;
    }
}

static void
find_kind (ImportState  *state,
           MeetingDraft *draft)
{
  static const struct
  {
    const char       *word;
    AccordMeetingKind kind;
  } heads[] = {
    { "retreat", ACCORD_MEETING_KIND_RETREAT },
    { "summit", ACCORD_MEETING_KIND_SUMMIT },
    { "consultation", ACCORD_MEETING_KIND_CONSULTATION },
    { "bilateral", ACCORD_MEETING_KIND_BILATERAL },
  };
  g_autofree char *lower = NULL;

  if (field_is_set (&draft->kind) || draft->visit)
    return;
  lower = g_utf8_strdown (draft->title.value, -1);
  if (draft->named)
    for (guint i = 0; i < G_N_ELEMENTS (heads); i++)
      {
        const char *at = strstr (lower, heads[i].word);

        if (at != NULL)
          {
            gsize offset = draft->title.start + (at - lower);

            draft->kind_value = heads[i].kind;
            /* The title as written: the span is the word in the text. */
            if (offset + strlen (heads[i].word) <= draft->title.end)
              field_set_text (&draft->kind, state->text, offset, offset + strlen (heads[i].word));
            return;
          }
      }
  /* Ministers of many countries, or two parties: said by who took part, not by a word. */
  for (guint i = 0; i < draft->participants->len; i++)
    if (((Person *) draft->participants->pdata[i])->group && draft->named)
      {
        draft->kind_value = ACCORD_MEETING_KIND_MULTILATERAL;
        return;
      }
  if (!draft->named && draft->participants->len == 2)
    {
      Person *a = draft->participants->pdata[0];
      Person *b = draft->participants->pdata[1];

      if (field_is_set (&a->affiliation) && field_is_set (&b->affiliation)
          && g_strcmp0 (a->affiliation.value, b->affiliation.value) != 0)
        draft->kind_value = ACCORD_MEETING_KIND_BILATERAL;
    }
}

/* "the ASEAN Foreign Ministers (AMM)'s Retreat": the ministers took part. */
static void
add_group_from_title (ImportState  *state,
                      MeetingDraft *draft)
{
  g_autoptr(GMatchInfo) match = NULL;
  int gs, ge, os, oe;
  g_autofree char *group = NULL;
  const char *affiliation = NULL;

  if (!draft->named
      || !g_regex_match_full (meeting_regex (MEETING_GROUP_TITLE), state->text, draft->title.end,
                              draft->title.start, 0, &match, NULL))
    return;
  import_fetch (match, "group", &gs, &ge);
  group = g_strndup (state->text + gs, ge - gs);
  if (import_fetch (match, "org", &os, &oe))
    {
      g_autofree char *org = g_strndup (state->text + os, oe - os);

      affiliation = import_canonical_place (org);
    }
  add_group (draft, group, gs, ge, affiliation, os, oe);
}

void
import_find_meetings (ImportState *state)
{
  g_autoptr(GArray) mentions = g_array_new (FALSE, FALSE, sizeof (MeetingMention));
  g_autoptr(GHashTable) attended = g_hash_table_new (NULL, NULL);
  MeetingDraft *primary = NULL;

  find_named (state, MEETING_NAMED, mentions);
  find_named (state, MEETING_ORDINAL, mentions);
  find_aliases (state, mentions);
  find_by_role (state, mentions);
  find_visits (state, mentions);
  find_press (state, mentions);
  g_array_sort (mentions, compare_mention_start);
  find_unnamed (state, mentions);
  g_array_sort (mentions, compare_mention_start);

  for (guint i = 0; i < mentions->len; i++)
    {
      const MeetingMention *mention = &g_array_index (mentions, MeetingMention, i);
      const Sentence *sentence = &g_array_index (state->sentences, Sentence, mention->sentence);

      find_when (state, mention->draft, mention);
      find_location (state, mention->draft, mention);
      find_format (state, mention->draft, sentence->start, sentence->end, mention->end);
    }

  /* "Although the conference is held in the online form": a sentence that names no meeting
   * speaks of the last one named in its paragraph. */
  for (guint s = 0; s < state->sentences->len; s++)
    {
      const Sentence *sentence = &g_array_index (state->sentences, Sentence, s);
      MeetingDraft *last = NULL;
      gboolean named_here = FALSE;

      for (guint i = 0; i < mentions->len; i++)
        {
          const MeetingMention *mention = &g_array_index (mentions, MeetingMention, i);
          const Sentence *at = &g_array_index (state->sentences, Sentence, mention->sentence);

          if (mention->sentence == s)
            named_here = TRUE;
          else if (mention->sentence < s && at->block == sentence->block)
            last = mention->draft;
        }
      /* "The meeting was held in person": the last meeting named, wherever. */
      if (!named_here && last == NULL
          && g_regex_match_full (meeting_regex (MEETING_ANAPHORA), state->text, sentence->end,
                                 sentence->start, 0, NULL, NULL))
        for (guint i = 0; i < mentions->len; i++)
          {
            const MeetingMention *mention = &g_array_index (mentions, MeetingMention, i);

            if (mention->sentence < s && !mention->draft->visit)
              last = mention->draft;
          }
      if (!named_here && last != NULL)
        find_format (state, last, sentence->start, sentence->end, sentence->start);
    }

  g_ptr_array_sort (state->meetings, compare_meeting_first);
  for (guint i = 0; i < state->meetings->len; i++)
    {
      MeetingDraft *draft = state->meetings->pdata[i];

      if (primary == NULL && !draft->visit)
        primary = draft;
      for (guint j = 0; j < draft->participants->len; j++)
        {
          g_autofree char *key = person_key (draft->participants->pdata[j]);

          g_hash_table_add (attended, (gpointer) g_intern_string (key));
        }
    }

  /* Whoever the article names, and no other meeting claims, speaks of its main meeting. */
  if (primary != NULL)
    for (guint i = 0; i < state->people->len; i++)
      {
        Person *person = state->people->pdata[i];
        g_autofree char *key = person_key (person);

        if (g_hash_table_contains (attended, g_intern_string (key)))
          continue;
        if (field_is_set (&person->name) || person->group)
          meeting_draft_add_person (primary, person);
      }

  for (guint i = 0; i < state->meetings->len; i++)
    {
      MeetingDraft *draft = state->meetings->pdata[i];

      add_group_from_title (state, draft);
      find_kind (state, draft);
    }
}
