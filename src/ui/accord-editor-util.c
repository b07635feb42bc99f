/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-editor-util"

#include <glib/gi18n.h>

#include "accord-display-text.h"
#include "accord-editor-util.h"

/* Lines of a row's title or subtitle before it ends in "…". */
#define ROW_MAX_LINES 3

GtkWidget *
accord_icon_button_new (const char *icon_name,
                        const char *label,
                        const char *action_name)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);

  return button;
}

gboolean
accord_widget_has_focus_within (GtkWidget *widget)
{
  return (gtk_widget_get_state_flags (widget) & GTK_STATE_FLAG_FOCUS_WITHIN) != 0;
}

char *
accord_join_two (const char *first,
                 const char *second)
{
  if (first[0] == '\0')
    return g_strdup (second);
  if (second[0] == '\0')
    return g_strdup (first);

  /* Translators: two facts about an item of a list, as "Deputy Foreign Minister, Lao PDR" */
  return g_strdup_printf (C_("two facts", "%1$s, %2$s"), first, second);
}

void
accord_focus_row_button (GtkWidget *up_button,
                         GtkWidget *down_button,
                         GtkWidget *remove_button,
                         gboolean   prefer_up)
{
  if (prefer_up && gtk_widget_is_sensitive (up_button))
    gtk_widget_grab_focus (up_button);
  else if (!prefer_up && gtk_widget_is_sensitive (down_button))
    gtk_widget_grab_focus (down_button);
  else if (gtk_widget_is_sensitive (up_button))
    gtk_widget_grab_focus (up_button);
  else
    gtk_widget_grab_focus (remove_button);
}

void
accord_watch_property (gulong     *handler_id,
                       GObject    *object,
                       const char *property_name,
                       GCallback   callback,
                       gpointer    editor)
{
  g_autofree char *signal = NULL;

  g_clear_signal_handler (handler_id, object);

  if (object == NULL || property_name == NULL)
    return;

  signal = g_strconcat ("notify::", property_name, NULL);
  *handler_id = g_signal_connect_object (object, signal, callback, editor, G_CONNECT_SWAPPED);
}

void
accord_row_show_text (AdwPreferencesRow *row,
                      const char        *title,
                      const char        *subtitle)
{
  g_autofree char *shown_title = accord_display_text (title);
  g_autofree char *shown_subtitle = accord_display_text (subtitle);

  g_return_if_fail (ADW_IS_ACTION_ROW (row) || ADW_IS_EXPANDER_ROW (row));

  adw_preferences_row_set_use_markup (row, FALSE);
  adw_preferences_row_set_title (row, shown_title);
  if (ADW_IS_ACTION_ROW (row))
    {
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), ROW_MAX_LINES);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), ROW_MAX_LINES);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), shown_subtitle);
    }
  else
    {
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), shown_subtitle);
    }
}

char *
accord_list_item_name (const char *kind,
                       guint       position)
{
  /* Translators: an item of a list by its place, as "Topic 3": %1$s is the kind of item,
   * %2$u its number */
  return g_strdup_printf (C_("list item", "%1$s %2$u"), kind, position + 1);
}

static void
set_spoken_name (GtkWidget *button,
                 char      *name)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  g_free (name);
}

void
accord_name_row_buttons (GtkWidget  *up_button,
                         GtkWidget  *down_button,
                         GtkWidget  *remove_button,
                         const char *item_name,
                         const char *text)
{
  g_autofree char *shown = accord_display_text (text);

  if (shown[0] == '\0')
    {
      /* Translators: the spoken name of a button: %s is an item, as "Topic 3" */
      set_spoken_name (up_button, g_strdup_printf (_("Move %s Up"), item_name));
      /* Translators: the spoken name of a button: %s is an item, as "Topic 3" */
      set_spoken_name (down_button, g_strdup_printf (_("Move %s Down"), item_name));
      /* Translators: the spoken name of a button: %s is an item, as "Topic 3" */
      set_spoken_name (remove_button, g_strdup_printf (_("Remove %s"), item_name));
      return;
    }

  /* Translators: the spoken name of a button: %1$s is an item, as "Topic 3", %2$s what it
   * says, as "Maritime security" */
  set_spoken_name (up_button, g_strdup_printf (_("Move %1$s Up: %2$s"), item_name, shown));
  /* Translators: the spoken name of a button: %1$s is an item, as "Topic 3", %2$s what it
   * says, as "Maritime security" */
  set_spoken_name (down_button, g_strdup_printf (_("Move %1$s Down: %2$s"), item_name, shown));
  /* Translators: the spoken name of a button: %1$s is an item, as "Topic 3", %2$s what it
   * says, as "Maritime security" */
  set_spoken_name (remove_button, g_strdup_printf (_("Remove %1$s: %2$s"), item_name, shown));
}

static GtkWidget *
find_button (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = GTK_IS_BUTTON (child) ? child : find_button (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

void
accord_entry_row_name_apply (AdwEntryRow *row)
{
  GtkWidget *button;

  g_return_if_fail (ADW_IS_ENTRY_ROW (row));

  /* Before the app adds suffixes, the one button is libadwaita's: a check mark that says
   * "Apply" only in its tooltip. */
  button = find_button (GTK_WIDGET (row));
  g_return_if_fail (button != NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Apply"),
                                  -1);
}
