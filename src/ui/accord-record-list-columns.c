/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_LOG_DOMAIN "accord-record-list"

#include <glib/gi18n.h>

#include "accord-display-text.h"
#include "accord-participant.h"
#include "accord-record-list-private.h"

typedef struct
{
  char *text;
  char *collation_key;
} SortKey;

static const char *
record_title_text (AccordRecord     *record,
                   AccordRecordList *self)
{
  return accord_record_get_title (record);
}

static char *
meeting_when_text (AccordRecord     *record,
                   AccordRecordList *self)
{
  return accord_period_format_short (accord_meeting_get_when (ACCORD_MEETING (record)));
}

static const char *
meeting_location_text (AccordRecord     *record,
                       AccordRecordList *self)
{
  return accord_meeting_get_location (ACCORD_MEETING (record));
}

static const char *
meeting_format_text (AccordRecord     *record,
                     AccordRecordList *self)
{
  AccordMeetingFormat format = accord_meeting_get_format (ACCORD_MEETING (record));

  /* "Unspecified" on every row would only be noise. */
  if (format == ACCORD_MEETING_FORMAT_UNSPECIFIED)
    return "";

  return accord_meeting_format_to_label (format);
}

static char *
meeting_participants_text (AccordRecord     *record,
                           AccordRecordList *self)
{
  GListModel *participants = accord_meeting_get_participants (ACCORD_MEETING (record));
  guint n_participants = g_list_model_get_n_items (participants);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < n_participants; i++)
    {
      g_autoptr(AccordParticipant) participant = g_list_model_get_item (participants, i);
      const char *name = accord_participant_get_display_name (participant);

      if (name == NULL || name[0] == '\0')
        continue;

      if (names->len > 0)
        /* Translators: separates the names of a meeting's participants in the list of
         * meetings, as in "Bùi Thanh Sơn, Saleumxay Kommasith" */
        g_string_append (names, _(", "));
      g_string_append (names, name);
    }

  /* Participants known only by their affiliation are counted instead. */
  if (names->len == 0 && n_participants > 0)
    return g_strdup_printf (ngettext ("%u participant", "%u participants", n_participants),
                            n_participants);

  return g_string_free (g_steal_pointer (&names), FALSE);
}

static char *
initiative_period_text (AccordRecord     *record,
                        AccordRecordList *self)
{
  return accord_period_format_short (accord_initiative_get_period (ACCORD_INITIATIVE (record)));
}

static const char *
initiative_lead_text (AccordRecord     *record,
                      AccordRecordList *self)
{
  return accord_initiative_get_lead (ACCORD_INITIATIVE (record));
}

static const char *
initiative_status_text (AccordRecord     *record,
                        AccordRecordList *self)
{
  return accord_status_to_label (accord_initiative_get_status (ACCORD_INITIATIVE (record)));
}

static const char *
initiative_area_text (AccordRecord     *record,
                      AccordRecordList *self)
{
  return accord_initiative_get_area (ACCORD_INITIATIVE (record));
}

static const char *
initiative_meeting_text (AccordRecord     *record,
                         AccordRecordList *self)
{
  const char *meeting_id = accord_initiative_get_meeting_id (ACCORD_INITIATIVE (record));
  AccordMeeting *meeting = NULL;

  if (self->document != NULL && meeting_id != NULL && meeting_id[0] != '\0')
    meeting = accord_document_lookup_meeting (self->document, meeting_id);

  return meeting != NULL ? accord_record_get_title (ACCORD_RECORD (meeting)) : "";
}

static int
compare_meeting_when (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  return accord_period_compare (accord_meeting_get_when ((AccordMeeting *) a),
                                accord_meeting_get_when ((AccordMeeting *) b));
}

static int
compare_meeting_format (gconstpointer a,
                        gconstpointer b,
                        gpointer      user_data)
{
  AccordMeetingFormat format_a = accord_meeting_get_format ((AccordMeeting *) a);
  AccordMeetingFormat format_b = accord_meeting_get_format ((AccordMeeting *) b);

  return (format_a > format_b) - (format_a < format_b);
}

static int
compare_meeting_participants (gconstpointer a,
                              gconstpointer b,
                              gpointer      user_data)
{
  guint count_a = g_list_model_get_n_items (accord_meeting_get_participants ((AccordMeeting *) a));
  guint count_b = g_list_model_get_n_items (accord_meeting_get_participants ((AccordMeeting *) b));

  return (count_a > count_b) - (count_a < count_b);
}

static int
compare_initiative_period (gconstpointer a,
                           gconstpointer b,
                           gpointer      user_data)
{
  return accord_period_compare (accord_initiative_get_period ((AccordInitiative *) a),
                                accord_initiative_get_period ((AccordInitiative *) b));
}

static int
compare_initiative_status (gconstpointer a,
                           gconstpointer b,
                           gpointer      user_data)
{
  AccordStatus status_a = accord_initiative_get_status ((AccordInitiative *) a);
  AccordStatus status_b = accord_initiative_get_status ((AccordInitiative *) b);

  return (status_a > status_b) - (status_a < status_b);
}

static const AccordColumnInfo meeting_columns[] = {
  {
    .key = "date",
    /* Translators: header of the column of meeting dates */
    .title = NC_("column", "Date"),
    .property = "when",
    .text = meeting_when_text,
    .compare = compare_meeting_when,
    .width = 130,
    .tabular = TRUE,
    .default_sort = TRUE,
  },
  {
    .key = "title",
    /* Translators: header of the column of meeting or initiative titles (names), not of
     * people's titles */
    .title = NC_("column", "Title"),
    .property = "title",
    .plain_text = record_title_text,
    .width = 220,
    .expand = TRUE,
  },
  {
    .key = "place",
    /* Translators: header of the column of the places where meetings were held */
    .title = NC_("column", "Place"),
    .property = "location",
    .plain_text = meeting_location_text,
    .width = 140,
  },
  {
    .key = "format",
    /* Translators: header of the column that says whether a meeting was held in person,
     * online or both */
    .title = NC_("column", "Format"),
    .property = "format",
    .plain_text = meeting_format_text,
    .compare = compare_meeting_format,
    .width = 100,
  },
  {
    .key = "participants",
    /* Translators: header of the column of the people who took part in a meeting */
    .title = NC_("column", "Participants"),
    .follows_document = TRUE,
    .text = meeting_participants_text,
    .compare = compare_meeting_participants,
    .width = 170,
  },
};

static const AccordColumnInfo initiative_columns[] = {
  {
    .key = "title",
    .title = NC_("column", "Title"),
    .property = "title",
    .plain_text = record_title_text,
    .width = 220,
    .expand = TRUE,
  },
  {
    .key = "period",
    /* Translators: header of the column of the time spans of initiatives, as "Q3 2024" */
    .title = NC_("column", "Period"),
    .property = "period",
    .text = initiative_period_text,
    .compare = compare_initiative_period,
    .width = 130,
    .tabular = TRUE,
    .default_sort = TRUE,
  },
  {
    .key = "lead",
    /* Translators: header of the column of who leads an initiative (a country, a body) */
    .title = NC_("column", "Lead"),
    .property = "lead",
    .plain_text = initiative_lead_text,
    .width = 110,
  },
  {
    .key = "status",
    /* Translators: header of the column of initiative statuses: proposed, planned, ongoing… */
    .title = NC_("column", "Status"),
    .property = "status",
    .plain_text = initiative_status_text,
    .compare = compare_initiative_status,
    .width = 130,
  },
  {
    .key = "area",
    /* Translators: header of the column of the policy areas of initiatives: security,
     * economy, health… */
    .title = NC_("column", "Area"),
    .property = "area",
    .plain_text = initiative_area_text,
    .width = 130,
  },
  {
    .key = "meeting",
    /* Translators: header of the column of the meetings at which initiatives were launched */
    .title = NC_("column", "Launched At"),
    .property = "meeting-id",
    .follows_document = TRUE,
    .plain_text = initiative_meeting_text,
    .width = 170,
  },
};


static void
update_cell (GtkListItem *item)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  AccordColumn *column = g_object_get_data (G_OBJECT (label), "accord-column");
  AccordRecord *record = gtk_list_item_get_item (item);
  g_autofree char *text = NULL;
  g_autofree char *shown = NULL;

  if (record == NULL)
    return;

  if (column->info->text != NULL)
    text = column->info->text (record, column->self);
  else
    text = g_strdup (column->info->plain_text (record, column->self));

  /* Never markup: a title such as "<b>x</b> & y" stays as typed. */
  shown = accord_display_text (text);
  gtk_label_set_text (GTK_LABEL (label), shown);

  /* An empty label is not there: GTK 4.8 would read it to a screen reader as "GtkLabel". */
  gtk_widget_set_visible (label, shown[0] != '\0');

  /* The row is named after its record's title (GTK 4.8 would say "GtkListItemWidget"). The
   * row is the parent of the cell that holds the label, and both are reused: set every time. */
  if (g_strcmp0 (column->info->key, "title") == 0)
    {
      GtkWidget *cell = gtk_widget_get_parent (label);
      GtkWidget *row = cell != NULL ? gtk_widget_get_parent (cell) : NULL;

      if (row != NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        shown[0] != '\0' ? shown : _("Untitled"),
                                        -1);
    }
}

static void
on_cell_record_notify (AccordRecord *record,
                       GParamSpec   *pspec,
                       GtkListItem  *item)
{
  /* The list moves the record to its place (AccordDocument::record-changed). */
  update_cell (item);
}

static void
on_cell_document_changed (AccordDocument *document,
                          GtkListItem    *item)
{
  update_cell (item);
}

static gboolean
on_cell_query_tooltip (GtkLabel   *label,
                       int         x,
                       int         y,
                       gboolean    keyboard_mode,
                       GtkTooltip *tooltip,
                       gpointer    user_data)
{
  /* Only text cut short needs one; gtk_tooltip_set_text() never parses markup. */
  if (!pango_layout_is_ellipsized (gtk_label_get_layout (label)))
    return FALSE;

  gtk_tooltip_set_text (tooltip, gtk_label_get_text (label));
  return TRUE;
}

/* A secondary click on a row selects it and shows its menu there. */
static void
on_cell_secondary_pressed (GtkGestureClick *gesture,
                           int              n_press,
                           double           x,
                           double           y,
                           GtkListItem     *item)
{
  GtkWidget *label = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  AccordColumn *column = g_object_get_data (G_OBJECT (label), "accord-column");
  AccordRecord *record = gtk_list_item_get_item (item);

  if (record == NULL)
    return;

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  _accord_record_list_popup_context_menu (column->self, record, label, x, y);
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            AccordColumn             *column)
{
  GtkWidget *label = gtk_label_new (NULL);
  GtkGesture *secondary_click = gtk_gesture_click_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (secondary_click), GDK_BUTTON_SECONDARY);
  g_signal_connect (secondary_click, "pressed", G_CALLBACK (on_cell_secondary_pressed), item);
  gtk_widget_add_controller (label, GTK_EVENT_CONTROLLER (secondary_click));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_widget_set_has_tooltip (label, TRUE);
  g_signal_connect (label, "query-tooltip", G_CALLBACK (on_cell_query_tooltip), NULL);
  if (column->info->tabular)
    gtk_widget_add_css_class (label, "date-cell");
  g_object_set_data (G_OBJECT (label), "accord-column", column);
  gtk_list_item_set_child (item, label);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           AccordColumn             *column)
{
  AccordRecord *record = gtk_list_item_get_item (item);

  if (column->info->property != NULL)
    {
      g_autofree char *signal = g_strconcat ("notify::", column->info->property, NULL);

      g_signal_connect_object (record, signal, G_CALLBACK (on_cell_record_notify), item, 0);
    }

  if (column->info->follows_document && column->self->document != NULL)
    g_signal_connect_object (column->self->document, "changed",
                             G_CALLBACK (on_cell_document_changed), item, 0);

  update_cell (item);
}

static void
unbind_cell (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             AccordColumn             *column)
{
  AccordRecord *record = gtk_list_item_get_item (item);

  if (record != NULL)
    g_signal_handlers_disconnect_by_data (record, item);
  if (column->self->document != NULL)
    g_signal_handlers_disconnect_by_data (column->self->document, item);
}

static void
sort_key_free (SortKey *sort_key)
{
  g_free (sort_key->text);
  g_free (sort_key->collation_key);
  g_free (sort_key);
}

/* A GtkStringSorter under the column view's sorter, which has no sort keys in GTK 4.8, would
 * fold and collate both strings at every comparison: 2 s to sort 100,000 titles. This folds and
 * collates each text once, as GtkStringSorter does, and keeps the key while the text is the
 * same (so an entry left by a record since freed is never wrong, only recomputed). */
static const char *
lookup_collation_key (AccordColumn *column,
                      AccordRecord *record)
{
  const char *text = column->info->plain_text (record, column->self);
  SortKey *sort_key = g_hash_table_lookup (column->sort_keys, record);

  if (text == NULL)
    text = "";

  if (sort_key == NULL || strcmp (sort_key->text, text) != 0)
    {
      g_autofree char *folded = g_utf8_casefold (text, -1);

      sort_key = g_new (SortKey, 1);
      sort_key->text = g_strdup (text);
      sort_key->collation_key = g_utf8_collate_key (folded, -1);
      g_hash_table_replace (column->sort_keys, record, sort_key);
    }

  return sort_key->collation_key;
}

static int
compare_plain_text (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  AccordColumn *column = user_data;
  const char *key_a = lookup_collation_key (column, (AccordRecord *) a);
  const char *key_b = lookup_collation_key (column, (AccordRecord *) b);

  return strcmp (key_a, key_b);
}

void
_accord_record_list_add_column (AccordRecordList       *self,
                                const AccordColumnInfo *info)
{
  AccordColumn *column;
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_assert (self->n_columns < ACCORD_RECORD_LIST_MAX_COLUMNS);
  column = &self->columns[self->n_columns++];
  column->self = self;
  column->info = info;
  if (info->compare != NULL)
    {
      column->sorter = gtk_custom_sorter_new (info->compare, NULL, NULL);
    }
  else
    {
      column->sort_keys = g_hash_table_new_full (NULL, NULL, NULL,
                                                 (GDestroyNotify) sort_key_free);
      column->sorter = gtk_custom_sorter_new (compare_plain_text, column, NULL);
    }

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), column);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), column);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell), column);

  column->column = gtk_column_view_column_new (g_dpgettext2 (NULL, "column", info->title),
                                               g_steal_pointer (&factory));
  gtk_column_view_column_set_sorter (column->column, GTK_SORTER (column->sorter));
  gtk_column_view_column_set_resizable (column->column, TRUE);
  gtk_column_view_column_set_fixed_width (column->column, info->width);
  gtk_column_view_column_set_expand (column->column, info->expand);

  gtk_column_view_append_column (self->view, column->column);
  g_object_unref (column->column);
}

const AccordColumnInfo *
_accord_record_list_get_column_infos (GType  record_type,
                                      guint *n_infos)
{
  if (record_type == ACCORD_TYPE_INITIATIVE)
    {
      *n_infos = G_N_ELEMENTS (initiative_columns);
      return initiative_columns;
    }

  *n_infos = G_N_ELEMENTS (meeting_columns);
  return meeting_columns;
}

void
_accord_record_list_column_reset (AccordColumn *column)
{
  if (column->sort_keys != NULL)
    g_hash_table_remove_all (column->sort_keys);
}

void
_accord_record_list_column_clear (AccordColumn *column)
{
  /* Whoever still holds the sorter must not reach into the list. */
  if (column->sorter != NULL)
    gtk_custom_sorter_set_sort_func (column->sorter, NULL, NULL, NULL);
  g_clear_object (&column->sorter);
  g_clear_pointer (&column->sort_keys, g_hash_table_unref);
}
