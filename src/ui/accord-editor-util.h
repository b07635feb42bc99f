/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Small pieces the detail pane's editors share. */

/* A flat icon button for @action_name whose tooltip and accessible name are @label. */
GtkWidget *accord_icon_button_new          (const char *icon_name,
                                            const char *label,
                                            const char *action_name);
gboolean   accord_widget_has_focus_within  (GtkWidget  *widget);
/* "Deputy Foreign Minister, Lao PDR"; either may be empty. */
char      *accord_join_two                 (const char *first,
                                            const char *second);
/* After a row moved or went away, focus stays on one of its buttons, in this order of
 * preference: the one in the direction it moved, the other, then Remove. */
void       accord_focus_row_button         (GtkWidget  *up_button,
                                            GtkWidget  *down_button,
                                            GtkWidget  *remove_button,
                                            gboolean    prefer_up);

/* Shows @title and @subtitle (either may be NULL) in @row, an AdwActionRow or AdwExpanderRow, as
 * plain text cut to what a row can hold: a few lines, never a megabyte. */
void       accord_row_show_text            (AdwPreferencesRow *row,
                                            const char        *title,
                                            const char        *subtitle);

/* "Topic 3": the name of the item at @position (from 0) of a list of @kind ("Topic"). */
char      *accord_list_item_name           (const char *kind,
                                            guint       position);
/* Gives a row's Move Up, Move Down and Remove buttons spoken names that say what they act on:
 * "Remove Topic 3: Maritime security". @item_name as accord_list_item_name() makes it; @text is
 * what the item says, maybe empty. Their tooltips stay short. */
void       accord_name_row_buttons         (GtkWidget  *up_button,
                                            GtkWidget  *down_button,
                                            GtkWidget  *remove_button,
                                            const char *item_name,
                                            const char *text);
/* Names the Apply button that libadwaita 1.2 puts in @row without a spoken name. Call it
 * before adding buttons of your own. */
void       accord_entry_row_name_apply     (AdwEntryRow *row);

/* Watches @property_name of @object for an editor that shows it: connects @callback, swapped
 * to @editor, in place of the handler in @handler_id (which was connected to @object). Nothing
 * more when either is NULL. */
void       accord_watch_property           (gulong     *handler_id,
                                            GObject    *object,
                                            const char *property_name,
                                            GCallback   callback,
                                            gpointer    editor);

G_END_DECLS
