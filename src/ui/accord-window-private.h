/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "accord-people-page.h"
#include "accord-record-editor.h"
#include "accord-record-filter.h"
#include "accord-record-list.h"
#include "accord-session.h"
#include "accord-timeline.h"
#include "accord-window.h"

G_BEGIN_DECLS

/* The window is split by concern, as GNOME Text Editor's is: layout and selection in
 * accord-window.c, actions in accord-window-actions.c, files in accord-window-files.c. */
struct _AccordWindow
{
  AdwApplicationWindow parent_instance;

  AccordDocument *document;
  /* Where the document lives and how it is kept (accord-window-files.c) */
  AccordSession *session;
  GSettings *settings;
  AccordRecordFilter *filter;

  GtkNativeDialog *chooser;
  /* The person answered the save-changes question: the next close-request goes through */
  gboolean close_confirmed;
  /* The save under way closes the window when it is done */
  gboolean close_after_save;
  guint close_source;
  AdwMessageDialog *close_dialog;
  /* "… was changed by another program", while it is shown */
  AdwToast *disk_toast;
  GMenu *recent_menu;

  /* Template children */
  AdwToastOverlay *toast_overlay;
  AdwHeaderBar *header_bar;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewStack *view_stack;
  GtkButton *back_button;
  GtkButton *undo_button;
  GtkButton *redo_button;
  GtkWidget *new_box;
  GtkMenuButton *new_menu_button;
  GtkToggleButton *search_button;
  GtkSearchBar *search_bar;
  GtkSearchEntry *search_entry;
  GtkLabel *results_label;
  GtkStack *content_stack;
  AdwStatusPage *error_page;
  AdwLeaflet *meetings_leaflet;
  AdwLeaflet *initiatives_leaflet;
  AccordRecordList *meetings_list;
  AccordRecordList *initiatives_list;
  AccordRecordEditor *meetings_editor;
  AccordRecordEditor *initiatives_editor;
  AdwLeaflet *timeline_leaflet;
  AccordTimeline *timeline;
  AccordPeoplePage *people_page;
  AccordRecordEditor *timeline_editor;
  /* Set while one view follows another's selection, so they do not echo it back. */
  gboolean syncing_selection;
  GtkFlowBox *filter_box;
  GtkDropDown *affiliation_dropdown;
  GtkDropDown *year_dropdown;
  GtkDropDown *status_dropdown;
  GtkDropDown *kind_dropdown;
  GtkDropDown *format_dropdown;
  GMenu *recent_submenu;
  GMenuModel *record_menu;
  GMenu *record_menu_edit_section;
  GMenuModel *undo_menu;
  /* The header's narrow layout, and the idle that applies a change to it: never from inside an
   * allocation, where leaflets fold. */
  gboolean narrow;
  guint narrow_idle;
};

/* accord-window-actions.c */
void              _accord_window_class_init_actions (GtkWidgetClass *widget_class);
void              _accord_window_init_actions       (AccordWindow   *self);
void              _accord_window_update_actions     (AccordWindow   *self);

/* accord-window-files.c */
void              _accord_window_class_init_files   (GtkWidgetClass *widget_class);
void              _accord_window_init_files         (AccordWindow   *self);
void              _accord_window_dispose_files      (AccordWindow   *self);
/* Autosaves the library at once if a save is pending. */
void              _accord_window_flush_autosave     (AccordWindow   *self);
/* Flushes the library's autosave, or asks what to do with unsaved changes. Returns TRUE when
 * closing has to wait for the person's answer; once they have answered Save or Discard, the
 * window closes again with gtk_window_close() and this returns FALSE, so close-request runs
 * (and keeps the window's state) exactly as for an unmodified document. */
gboolean          _accord_window_confirm_close      (AccordWindow   *self);
/* "Open Recent": Accord's recent documents, most recent first, kept up to date. */
GMenuModel       *_accord_window_get_recent_menu    (AccordWindow   *self);

/* accord-window.c */
AccordRecordList *_accord_window_get_visible_list   (AccordWindow   *self);
/* The record selected on the visible page (a list's or the timeline's), or NULL. */
AccordRecord     *_accord_window_get_selected       (AccordWindow   *self);
void              _accord_window_show_record        (AccordWindow   *self,
                                                     AccordRecord   *record);
/* The detail pane of the visible page. */
AccordRecordEditor *_accord_window_get_visible_editor (AccordWindow *self);
/* Titles the shortcuts window in the user's language: GTK 4.8 heads it with its own
 * "Shortcuts", which has no Lao or Vietnamese catalogue here. */
void              _accord_window_title_help_overlay (GtkWindow      *overlay);
/* Gives the keyboard to the visible page: its list or timeline, or at narrow widths the
 * heading of the record it shows. */
void              _accord_window_focus_page         (AccordWindow   *self);
void              _accord_window_toast              (AccordWindow   *self,
                                                     const char     *title);

/* accord-window.c: TRUE while the header has its narrow layout. */
gboolean _accord_window_get_narrow (AccordWindow *self);

G_END_DECLS
