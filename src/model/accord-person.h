/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "accord-meeting.h"
#include "accord-organisation.h"
#include "accord-participant.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_PERSON (accord_person_get_type ())

/* One person of a people directory (accord-directory.h): the participants of a document's
 * meetings who are this person, the names and titles they appear under, their country or
 * organisation and the meetings they attended. Made by the directory, read-only, and replaced
 * by a new one when the directory is built again. */
G_DECLARE_FINAL_TYPE (AccordPerson, accord_person, ACCORD, PERSON, GObject)

/* A title and the dates of the meetings the person held it at. */
typedef struct
{
  const char *title;
  /* Julian days of the first and last of those meetings whose dates are known; 0 for none. */
  guint32     first_julian;
  guint32     last_julian;
} AccordPersonTitle;

/* The person's id in the document; stable while the name they are grouped by is. */
const char               *accord_person_get_id            (AccordPerson *self);
/* The name they appear under most often, as written. */
const char               *accord_person_get_name          (AccordPerson *self);
/* Every name they appear under, as written, most frequent first. NULL-terminated. */
const char * const       *accord_person_get_names         (AccordPerson *self);
/* Their titles, the earliest first; @n_titles is set. */
const AccordPersonTitle  *accord_person_get_titles        (AccordPerson *self,
                                                           guint        *n_titles);
/* "Minister of Foreign Affairs, 2023; Deputy Prime Minister and Foreign Minister, 2024":
 * every title with its years, for a list. */
char                     *accord_person_format_titles     (AccordPerson *self);
/* The country or organisation of the built-in list they appear for most, or NULL. */
const AccordOrganisation *accord_person_get_organisation  (AccordPerson *self);
/* Their country or organisation for people: the built-in entry's name in the user's language,
 * else the text as written; "" when no meeting says. */
const char               *accord_person_get_country       (AccordPerson *self);
/* The meetings they attended, the earliest first: a GListModel of AccordMeeting. */
GListModel               *accord_person_get_meetings      (AccordPerson *self);
/* The participants that are this person, in document order. */
GPtrArray                *accord_person_get_participants  (AccordPerson *self);
/* The Julian day of their latest meeting with a known date; 0 for none. For sorting. */
guint32                   accord_person_get_last_julian   (AccordPerson *self);
/* Every name, folded as search folds, joined by newlines. */
const char               *accord_person_get_search_text   (AccordPerson *self);

G_END_DECLS
