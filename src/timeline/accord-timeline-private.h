/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "accord-period-edit.h"
#include "accord-time-scale.h"
#include "accord-timeline.h"

G_BEGIN_DECLS

/* What a drag on the timeline does, from where it starts. */
typedef enum {
  ACCORD_TIMELINE_HIT_NONE,       /* the background: the drag pans */
  ACCORD_TIMELINE_HIT_BAR,        /* a bar: the drag moves its period */
  ACCORD_TIMELINE_HIT_START,      /* a bar's start: the drag moves the start */
  ACCORD_TIMELINE_HIT_END,        /* a bar's end: the drag moves the end */
} AccordTimelineHit;

/* The timeline in three parts that share one AccordTimeScale: the ruler, the lane of meetings
 * and the body, a GtkListView of rows over the ruler's lines (Sysprof's shape: only the rows
 * on screen exist). The scale, not the list, owns the horizontal position; a GtkAdjustment
 * mirrors it for the scrollbar. Any change of the view reaches the parts and the rows on
 * screen, never the rest. */
struct _AccordTimeline
{
  GtkWidget parent_instance;

  AccordDocument *document;
  AccordTimelineRows *rows;
  GtkSingleSelection *selection;
  AccordTimeScale *scale;
  GtkAdjustment *hadjustment;
  AccordRecord *selected;
  /* The rows on screen (AccordTimelineRow) */
  GHashTable *bound_rows;
  /* Zoom to fit at the next allocation, once the width is known */
  gboolean fit_pending;
  /* Changes we make ourselves, not to be taken as the person's */
  gboolean syncing_selection;
  gboolean syncing_adjustment;
  double pointer_x;
  double pinch_start;

  struct {
    AccordTimelineHit hit;
    AccordInitiative *initiative;
    AccordPeriod *preview;
    double x;
    double first_day;
    double vadjustment;
    gboolean started;
  } drag;

  /* Template children */
  GtkWidget *box;
  GtkWidget *toolbar;
  GtkDropDown *grouping_dropdown;
  GtkGrid *legend_grid;
  GtkMenuButton *narrow_menu_button;
  GtkWidget *canvas;
  GtkWidget *ruler;
  GtkWidget *lane;
  GtkWidget *body;
  GtkScrolledWindow *scrolled_window;
  GtkListView *list_view;
  GtkScrollbar *scrollbar;
};

/* accord-timeline.c, for the other files of the timeline */
void                _accord_timeline_view_changed    (AccordTimeline   *self);
void                _accord_timeline_zoom_to_fit     (AccordTimeline   *self);
/* Scrolls, both ways, to show @record. */
void                _accord_timeline_reveal_record   (AccordTimeline   *self,
                                                      AccordRecord     *record);
/* Moves the keyboard focus, and the selection with it, to the row at @position. */
void                _accord_timeline_focus_position  (AccordTimeline   *self,
                                                      guint             position);
const AccordPeriod *_accord_timeline_record_period   (AccordRecord     *record);

/* accord-timeline-actions.c */
void                _accord_timeline_class_init_actions (GtkWidgetClass *widget_class);
void                _accord_timeline_init_actions    (AccordTimeline   *self);
void                _accord_timeline_update_actions  (AccordTimeline   *self);

/* accord-timeline-edit.c */
void                _accord_timeline_class_init_edit (GtkWidgetClass   *widget_class);
void                _accord_timeline_init_edit       (AccordTimeline   *self);
/* The selected initiative when it has a period to move, else NULL. */
AccordInitiative   *_accord_timeline_get_editable    (AccordTimeline   *self);

/* For the timeline's parts (ruler, lane, body, rows). */
AccordTimeScale    *_accord_timeline_get_scale       (AccordTimeline   *self);
AccordTimelineRows *_accord_timeline_get_rows        (AccordTimeline   *self);
/* The period a bar shows while it is dragged, or NULL. */
const AccordPeriod *_accord_timeline_get_preview     (AccordTimeline   *self,
                                                      AccordInitiative *initiative);
gboolean            _accord_timeline_is_selected     (AccordTimeline   *self,
                                                      AccordRecord     *record);
/* A person picked @record in the timeline (a bar, a milestone). */
void                _accord_timeline_select_record   (AccordTimeline   *self,
                                                      AccordRecord     *record);
void                _accord_timeline_toggle_group    (AccordTimeline   *self,
                                                      AccordTimelineGroup *group);
/* Rows tell the timeline which of them are on screen, so that a change of the view or the
 * document reaches just those. */
void                _accord_timeline_row_bound       (AccordTimeline   *self,
                                                      GtkWidget        *row);
void                _accord_timeline_row_unbound     (AccordTimeline   *self,
                                                      GtkWidget        *row);

/* For tests and the benchmark. */
GtkListView        *_accord_timeline_get_list_view   (AccordTimeline   *self);
GtkWidget          *_accord_timeline_get_lane        (AccordTimeline   *self);
/* The part that is drawn and exported: ruler, lane and rows. */
GtkWidget          *_accord_timeline_get_canvas      (AccordTimeline   *self);
GtkAdjustment      *_accord_timeline_get_hadjustment (AccordTimeline   *self);
/* The row widget that shows @item, if it is on screen. */
GtkWidget          *_accord_timeline_find_row_widget (AccordTimeline   *self,
                                                      gpointer          item);
/* As Ctrl+scroll does: @anchor_x in the canvas's coordinates. */
void                _accord_timeline_zoom_at         (AccordTimeline   *self,
                                                      double            factor,
                                                      double            anchor_x);
/* As scrolling sideways does, by @dx pixels. */
void                _accord_timeline_scroll_by       (AccordTimeline   *self,
                                                      double            dx);
/* The unit drags and Alt+arrows snap to at this zoom. */
AccordTimeUnit      _accord_timeline_get_snap_unit   (AccordTimeline   *self);
/* A drag, as the gesture reports it: points in the canvas's coordinates. */
void                _accord_timeline_drag_begin      (AccordTimeline   *self,
                                                      double            x,
                                                      double            y);
void                _accord_timeline_drag_update     (AccordTimeline   *self,
                                                      double            dx,
                                                      double            dy);
void                _accord_timeline_drag_end        (AccordTimeline   *self);

/* accord-timeline-export.c */
typedef enum {
  ACCORD_TIMELINE_EXPORT_PNG,
  ACCORD_TIMELINE_EXPORT_SVG,
  ACCORD_TIMELINE_EXPORT_PDF,
} AccordTimelineExport;

/* Draws what the timeline shows now (ruler, milestones and the rows on screen) into @file. */
gboolean            _accord_timeline_export          (AccordTimeline       *self,
                                                      GFile                *file,
                                                      AccordTimelineExport  format,
                                                      GError              **error);
/* Asks where, then exports; reports a failure in a dialog. */
void                _accord_timeline_export_ask      (AccordTimeline       *self,
                                                      AccordTimelineExport  format);
void                _accord_timeline_print           (AccordTimeline       *self);

G_END_DECLS
