/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "accord-document.h"

G_BEGIN_DECLS

typedef enum {
  ACCORD_TIMELINE_GROUPING_NONE,
  ACCORD_TIMELINE_GROUPING_MEETING,
  ACCORD_TIMELINE_GROUPING_AREA,
  ACCORD_TIMELINE_GROUPING_LEAD,
} AccordTimelineGrouping;

#define ACCORD_TYPE_TIMELINE_GROUPING (accord_timeline_grouping_get_type ())
GType accord_timeline_grouping_get_type (void) G_GNUC_CONST;

#define ACCORD_TYPE_TIMELINE_GROUP (accord_timeline_group_get_type ())

/* A group of the timeline's rows: the initiatives a meeting launched, of an area or of a lead,
 * or the initiatives without a period ("Unscheduled"). */
G_DECLARE_FINAL_TYPE (AccordTimelineGroup, accord_timeline_group, ACCORD, TIMELINE_GROUP, GObject)

const char    *accord_timeline_group_get_title          (AccordTimelineGroup *self);
/* The launching meeting when grouping by meeting, else NULL. */
AccordMeeting *accord_timeline_group_get_meeting        (AccordTimelineGroup *self);
gboolean       accord_timeline_group_is_unscheduled     (AccordTimelineGroup *self);
gboolean       accord_timeline_group_get_expanded       (AccordTimelineGroup *self);
guint          accord_timeline_group_get_n_initiatives  (AccordTimelineGroup *self);
/* The days its bars span, [first, last] inclusive; FALSE when it has none. */
gboolean       accord_timeline_group_get_span           (AccordTimelineGroup *self,
                                                         guint32             *first,
                                                         guint32             *last);

#define ACCORD_TYPE_TIMELINE_ROWS (accord_timeline_rows_get_type ())

/* The timeline's rows as one flat GListModel: each group's header (an AccordTimelineGroup)
 * followed, when it is expanded, by its initiatives in order of their periods. Without
 * grouping the scheduled initiatives have no header. The unscheduled group comes last.
 *
 * It follows the document: after each change it works out the rows again and reports only
 * the span that differs, so that the views keep their rows. Holding no widget, it scales with
 * the document, not the screen: the view builds only the rows it shows. */
G_DECLARE_FINAL_TYPE (AccordTimelineRows, accord_timeline_rows, ACCORD, TIMELINE_ROWS, GObject)

AccordTimelineRows     *accord_timeline_rows_new            (void);
AccordDocument         *accord_timeline_rows_get_document   (AccordTimelineRows     *self);
void                    accord_timeline_rows_set_document   (AccordTimelineRows     *self,
                                                             AccordDocument         *document);
AccordTimelineGrouping  accord_timeline_rows_get_grouping   (AccordTimelineRows     *self);
void                    accord_timeline_rows_set_grouping   (AccordTimelineRows     *self,
                                                             AccordTimelineGrouping  grouping);
void                    accord_timeline_rows_set_expanded   (AccordTimelineRows     *self,
                                                             AccordTimelineGroup    *group,
                                                             gboolean                expanded);
/* The row of @record: an initiative's own row or, when grouping by meeting, a meeting's
 * header. With @expand a collapsed group is opened to show it. */
gboolean                accord_timeline_rows_find           (AccordTimelineRows     *self,
                                                             AccordRecord           *record,
                                                             gboolean                expand,
                                                             guint                  *position);
/* The header of the group the row at @position belongs to, and where it is; FALSE for a
 * row without one. */
gboolean                accord_timeline_rows_find_header    (AccordTimelineRows     *self,
                                                             guint                   position,
                                                             guint                  *header);
/* While @initiative (nullable) is being moved on the timeline, its row keeps its place among
 * its group's rows rather than following its period, so that it does not jump under the
 * pointer or the keyboard; letting it go (NULL) puts the rows in order again. */
void                    accord_timeline_rows_set_pinned     (AccordTimelineRows     *self,
                                                             AccordInitiative       *initiative);
/* A timeline that is not on screen pauses its rows: they follow the document again, at once,
 * when it resumes them. */
void                    accord_timeline_rows_set_paused     (AccordTimelineRows     *self,
                                                             gboolean                paused);
/* The meetings with a known date, in order of their start: the milestones. */
GPtrArray              *accord_timeline_rows_get_milestones (AccordTimelineRows     *self);
/* The days the scheduled initiatives and the dated meetings span, [first, last] inclusive;
 * FALSE when there are none. */
gboolean                accord_timeline_rows_get_extent     (AccordTimelineRows     *self,
                                                             guint32                *first,
                                                             guint32                *last);

G_END_DECLS
