/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "accord-organisation.h"
#include "accord-participant.h"
#include "accord-fold.h"

static void
assert_resolves (const char *text,
                 const char *id)
{
  const AccordOrganisation *entry = accord_organisation_resolve (text);

  g_assert_nonnull (entry);
  g_assert_cmpstr (accord_organisation_get_id (entry), ==, id);
}

/* The names the issue and the articles use, as written. */
static void
test_resolve (void)
{
  const char *laos[] = {
    "Laos", "Lao PDR", "Lao People's Democratic Republic", "lao people’s Democratic Republic",
    "the Lao People’s Democratic Republic", "CHDCND Lào", "ສປປ ລາວ", "LAO PDR", " Lao  PDR ",
    NULL,
  };
  const char *viet_nam[] = { "Viet Nam", "Vietnam", "Việt Nam", "VIỆT NAM", "viet nam", NULL };

  for (guint i = 0; laos[i] != NULL; i++)
    assert_resolves (laos[i], "la");
  for (guint i = 0; viet_nam[i] != NULL; i++)
    assert_resolves (viet_nam[i], "vn");

  assert_resolves ("ASEAN", "asean");
  assert_resolves ("Association of Southeast Asian Nations", "asean");
  assert_resolves ("ASEAN Secretariat", "asean-secretariat");
  assert_resolves ("US", "us");
  assert_resolves ("South Korea", "kr");
  assert_resolves ("New Zealand", "nz");
  assert_resolves ("India", "in");
  assert_resolves ("China", "cn");
  assert_resolves ("UK", "gb");
  assert_resolves ("France", "fr");
  assert_resolves ("Italy", "it");
  assert_resolves ("Myanmar", "mm");
  assert_resolves ("Indonesia", "id");
  assert_resolves ("Timor-Leste", "tl");
  assert_resolves ("United Nations", "un");

  /* Twice: the second answer comes from what the first remembered. */
  for (guint round = 0; round < 2; round++)
    {
      g_assert_null (accord_organisation_resolve (""));
      g_assert_null (accord_organisation_resolve ("Mekong sub-region"));
      /* Vietnamese "Lào" without its accent. */
      assert_resolves ("Lao", "la");
      g_assert_null (accord_organisation_resolve ("Luang Prabang"));
      assert_resolves ("Lao PDR", "la");
    }
}

/* Every name of every entry leads back to it and to no other; ids are unique. */
static void
test_list_is_consistent (void)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  const char *languages[] = { "en", "vi", "lo" };
  guint n = accord_organisation_get_n ();

  /* The ten members of ASEAN, Timor-Leste, ASEAN and its Secretariat, the eleven dialogue
   * partners. */
  g_assert_cmpuint (n, >=, 10 + 1 + 2 + 11);

  for (guint i = 0; i < n; i++)
    {
      const AccordOrganisation *entry = accord_organisation_get_nth (i);
      const char *id = accord_organisation_get_id (entry);
      const char * const *aliases = accord_organisation_get_aliases (entry);

      g_assert_true (g_hash_table_add (ids, (gpointer) id));
      g_assert_true (accord_organisation_lookup_id (id) == entry);

      for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
        {
          const char *name = accord_organisation_get_name_in (entry, languages[l]);

          g_assert_true (g_utf8_validate (name, -1, NULL));
          g_assert_true (accord_organisation_resolve (name) == entry);
        }
      for (; *aliases != NULL; aliases++)
        g_assert_true (accord_organisation_resolve (*aliases) == entry);
    }

  g_assert_null (accord_organisation_lookup_id ("xx"));
}

static void
test_names_in_languages (void)
{
  const AccordOrganisation *laos = accord_organisation_lookup_id ("la");
  const AccordOrganisation *viet_nam = accord_organisation_lookup_id ("vn");

  g_assert_cmpstr (accord_organisation_get_name_in (laos, "en"), ==, "Lao PDR");
  g_assert_cmpstr (accord_organisation_get_name_in (laos, "vi"), ==, "Lào");
  g_assert_cmpstr (accord_organisation_get_name_in (laos, "lo"), ==, "ສປປ ລາວ");
  g_assert_cmpstr (accord_organisation_get_name_in (viet_nam, "vi_VN.UTF-8"), ==, "Việt Nam");
  g_assert_cmpstr (accord_organisation_get_name_in (viet_nam, "lo_LA"), ==, "ຫວຽດນາມ");
  /* Other languages read English. */
  g_assert_cmpstr (accord_organisation_get_name_in (viet_nam, "fr_FR"), ==, "Viet Nam");
  g_assert_cmpstr (accord_organisation_get_name_in (viet_nam, "lol"), ==, "Viet Nam");

  /* The user's language, as the environment says. */
  g_setenv ("LANGUAGE", "lo", TRUE);
  g_assert_cmpstr (accord_organisation_get_name (laos), ==, "ສປປ ລາວ");
  g_setenv ("LANGUAGE", "vi_VN:en", TRUE);
  g_assert_cmpstr (accord_organisation_get_name (laos), ==, "Lào");
  g_setenv ("LANGUAGE", "de:fr", TRUE);
  g_assert_cmpstr (accord_organisation_get_name (laos), ==, "Lao PDR");
  g_setenv ("LANGUAGE", "de:lo", TRUE);
  g_assert_cmpstr (accord_organisation_get_name (laos), ==, "ສປປ ລາວ");
  g_unsetenv ("LANGUAGE");
}

static void
test_places (void)
{
  g_assert_cmpstr (accord_organisation_get_id (
                     accord_organisation_resolve_place ("Luang Prabang, Laos")), ==, "la");
  g_assert_cmpstr (accord_organisation_get_id (
                     accord_organisation_resolve_place ("Hà Nội, Việt Nam")), ==, "vn");
  g_assert_cmpstr (accord_organisation_get_id (
                     accord_organisation_resolve_place ("Việt Nam")), ==, "vn");
  g_assert_cmpstr (accord_organisation_get_id (
                     accord_organisation_resolve_place ("Jakarta, Indonesia, ")), ==, "id");
  /* A place is in a country, not in an organisation. */
  g_assert_null (accord_organisation_resolve_place ("Room 2, ASEAN"));
  g_assert_null (accord_organisation_resolve_place ("Luang Prabang"));
  g_assert_null (accord_organisation_resolve_place (","));
  g_assert_null (accord_organisation_resolve_place (""));
}

static void
test_named_by (void)
{
  g_autoptr(AccordMeeting) meeting = accord_meeting_new ("m");
  g_autoptr(AccordInitiative) initiative = accord_initiative_new ("i");
  g_autoptr(AccordParticipant) participant = accord_participant_new ("Vũ Hồ", "Ambassador",
                                                                     "Việt Nam", "");
  const char *partners[] = { "US", "South Korea", NULL };
  const AccordOrganisation *laos = accord_organisation_lookup_id ("la");
  const AccordOrganisation *viet_nam = accord_organisation_lookup_id ("vn");
  const AccordOrganisation *korea = accord_organisation_lookup_id ("kr");

  g_assert_false (accord_organisation_named_by (laos, ACCORD_RECORD (meeting)));
  accord_meeting_set_location (meeting, "Luang Prabang, Laos");
  g_assert_true (accord_organisation_named_by (laos, ACCORD_RECORD (meeting)));
  g_assert_false (accord_organisation_named_by (viet_nam, ACCORD_RECORD (meeting)));
  g_list_store_append (G_LIST_STORE (accord_meeting_get_participants (meeting)), participant);
  g_assert_true (accord_organisation_named_by (viet_nam, ACCORD_RECORD (meeting)));
  /* Edited: the answer follows the text. */
  accord_participant_set_affiliation (participant, "Republic of Korea");
  g_assert_false (accord_organisation_named_by (viet_nam, ACCORD_RECORD (meeting)));
  g_assert_true (accord_organisation_named_by (korea, ACCORD_RECORD (meeting)));

  g_assert_false (accord_organisation_named_by (laos, ACCORD_RECORD (initiative)));
  accord_initiative_set_lead (initiative, "Lao People's Democratic Republic");
  g_assert_true (accord_organisation_named_by (laos, ACCORD_RECORD (initiative)));
  accord_initiative_set_partners (initiative, partners);
  g_assert_true (accord_organisation_named_by (korea, ACCORD_RECORD (initiative)));
}

static void
test_list_named (void)
{
  g_autoptr(AccordDocument) document = accord_document_new ();
  g_autoptr(AccordMeeting) meeting = accord_meeting_new ("m");
  g_autoptr(AccordInitiative) initiative = accord_initiative_new ("i");
  g_autoptr(AccordParticipant) participant = accord_participant_new ("", "Minister",
                                                                     "Vietnam", "");
  const char *partners[] = { "Viet Nam", "Mekong sub-region", "Lao PDR", NULL };
  const char *expected_en[] = { "Lao PDR", "Mekong sub-region", "Viet Nam", NULL };
  const char *expected_vi[] = { "Lào", "Mekong sub-region", "Việt Nam", NULL };
  g_auto(GStrv) named = NULL;

  accord_meeting_set_location (meeting, "Luang Prabang, Laos");
  g_list_store_append (G_LIST_STORE (accord_meeting_get_participants (meeting)), participant);
  accord_initiative_set_partners (initiative, partners);
  accord_document_add_record (document, ACCORD_RECORD (meeting));
  accord_document_add_record (document, ACCORD_RECORD (initiative));

  g_setenv ("LANGUAGE", "en", TRUE);
  named = accord_organisation_list_named (document);
  g_assert_cmpstrv (named, expected_en);
  g_clear_pointer (&named, g_strfreev);

  g_setenv ("LANGUAGE", "vi", TRUE);
  named = accord_organisation_list_named (document);
  g_assert_cmpstrv (named, expected_vi);
  g_unsetenv ("LANGUAGE");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/organisation/resolve", test_resolve);
  g_test_add_func ("/model/organisation/list", test_list_is_consistent);
  g_test_add_func ("/model/organisation/languages", test_names_in_languages);
  g_test_add_func ("/model/organisation/places", test_places);
  g_test_add_func ("/model/organisation/named-by", test_named_by);
  g_test_add_func ("/model/organisation/list-named", test_list_named);

  return g_test_run ();
}
