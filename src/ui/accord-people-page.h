/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "accord-directory.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_PEOPLE_PAGE (accord_people_page_get_type ())

/* Every person of a document (accord-directory.h): the names they appear under, their country
 * or organisation, their titles over time and the meetings they attended, each a button that
 * emits open-meeting. Searched (ignoring case and accents) and sorted. */
G_DECLARE_FINAL_TYPE (AccordPeoplePage, accord_people_page, ACCORD, PEOPLE_PAGE, GtkWidget)

GtkWidget       *accord_people_page_new           (void);
void             accord_people_page_set_document  (AccordPeoplePage *self,
                                                   AccordDocument   *document);
/* The directory shown; NULL without a document. */
AccordDirectory *accord_people_page_get_directory (AccordPeoplePage *self);
/* How many people the search lets through. */
guint            accord_people_page_get_n_shown   (AccordPeoplePage *self);

G_END_DECLS
