/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The benchmarks' synthetic documents: deterministic (a fixed seed), N initiatives and N/5
 * meetings with text of realistic length, periods of every precision, participants, sources
 * and attributes. */

#include "accord-attribute.h"
#include "accord-document.h"
#include "accord-participant.h"
#include "accord-source.h"

static const char *words[] = {
  "ASEAN", "regional", "cooperation", "connectivity", "resilience", "digital", "maritime",
  "security", "economic", "recovery", "cultural", "exchange", "summit", "forum", "Lao PDR",
  "Việt Nam", "ອາຊຽນ", "Hội nghị", "Bộ trưởng", "Ngoại giao", "partnership", "framework",
  "capacity", "building", "sustainable", "development", "community", "vision", "2045",
};

static const char *period_texts[] = {
  "Q1 2024", "Q3 2024", "H2 2024", "Throughout 2024", "2024 – 2025", "April 2024",
  "29 January 2024", "November 21-23, 2023", "2021-25", "",
};

static char *
sentence (GRand *rand,
          guint  n_words)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n_words; i++)
    {
      if (i > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
    }

  return g_string_free (text, FALSE);
}

static AccordPeriod *
random_period (GRand *rand)
{
  const char *text = period_texts[g_rand_int_range (rand, 0, G_N_ELEMENTS (period_texts))];

  return accord_period_parse (text, NULL, NULL);
}

static AccordDocument *
synthetic_document (guint n_initiatives)
{
  AccordDocument *document = accord_document_new ();
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) initiatives = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20240129);
  guint n_meetings = MAX (1, n_initiatives / 5);

  for (guint i = 0; i < n_meetings; i++)
    {
      g_autofree char *id = g_strdup_printf ("m-%u", i);
      AccordMeeting *meeting = accord_meeting_new (id);
      g_autofree char *title = sentence (rand, 6);
      g_autofree char *summary = sentence (rand, 40);
      g_autoptr(AccordPeriod) when = random_period (rand);
      const char *topics[] = { "Connectivity", "Resilience", "East Sea", NULL };
      g_autoptr(AccordSource) source = accord_source_new ("Vietnam News Agency", title, "",
                                                          "2024-01-30");

      accord_record_set_title (ACCORD_RECORD (meeting), title);
      accord_meeting_set_when (meeting, when);
      accord_meeting_set_location (meeting, "Luang Prabang, Lao PDR");
      accord_meeting_set_kind (meeting, g_rand_int_range (rand, 0, 7));
      accord_meeting_set_format (meeting, g_rand_int_range (rand, 0, 4));
      accord_meeting_set_summary (meeting, summary);
      accord_meeting_set_topics (meeting, topics);
      for (guint p = 0; p < 3; p++)
        {
          g_autoptr(AccordParticipant) participant =
            accord_participant_new ("Bùi Thanh Sơn", "Minister of Foreign Affairs", "Việt Nam",
                                    p == 0 ? "Co-chair" : "");
          g_list_store_append (G_LIST_STORE (accord_meeting_get_participants (meeting)),
                               participant);
        }
      g_list_store_append (G_LIST_STORE (accord_record_get_sources (ACCORD_RECORD (meeting))),
                           source);
      g_ptr_array_add (meetings, meeting);
    }

  for (guint i = 0; i < n_initiatives; i++)
    {
      g_autofree char *id = g_strdup_printf ("i-%u", i);
      g_autofree char *meeting_id = g_strdup_printf ("m-%u", g_rand_int_range (rand, 0, n_meetings));
      AccordInitiative *initiative = accord_initiative_new (id);
      g_autofree char *title = sentence (rand, 4);
      g_autofree char *objective = sentence (rand, 12);
      g_autoptr(AccordPeriod) period = random_period (rand);
      g_autoptr(AccordAttribute) attribute = accord_attribute_new ("ASEAN Priority", objective);

      accord_record_set_title (ACCORD_RECORD (initiative), title);
      accord_initiative_set_objective (initiative, objective);
      accord_initiative_set_period (initiative, period);
      accord_initiative_set_lead (initiative, "Lao PDR");
      accord_initiative_set_status (initiative, g_rand_int_range (rand, 0, 5));
      accord_initiative_set_area (initiative, "Security");
      accord_initiative_set_meeting_id (initiative, meeting_id);
      g_list_store_append (G_LIST_STORE (accord_initiative_get_attributes (initiative)),
                           attribute);
      g_ptr_array_add (initiatives, initiative);
    }

  accord_document_load (document, meetings, initiatives);
  return document;
}
