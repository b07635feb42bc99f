/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#define G_LOG_DOMAIN "accord-people-page"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "accord-people-page.h"
#include "accord-search.h"

/* The orders of the sort menu, by the names its action takes. */
static const char * const sort_orders[] = { "name", "country", "meetings", "latest" };

typedef enum {
  SORT_BY_NAME,
  SORT_BY_COUNTRY,
  SORT_BY_MEETINGS,
  SORT_BY_LATEST,
} SortBy;

struct _AccordPeoplePage
{
  GtkWidget           parent_instance;

  AccordDirectory    *directory;
  GtkFilterListModel *filtered;
  GtkSortListModel   *sorted;
  GtkCustomFilter    *filter;
  GtkCustomSorter    *sorter;
  /* The words of the search, folded; empty for everyone. */
  char              **query_words;
  SortBy              sort_by;

  /* Template children */
  GtkSearchEntry     *search_entry;
  GtkMenuButton      *sort_button;
  GtkStack           *stack;
  GtkListView        *list_view;
};

G_DEFINE_FINAL_TYPE (AccordPeoplePage, accord_people_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_N_SHOWN,
  PROP_SORT_BY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  OPEN_MEETING,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ---- Rows ----------------------------------------------------------------------------------- */

typedef struct
{
  GtkLabel *name;
  GtkLabel *names;
  GtkLabel *country;
  GtkLabel *titles;
  GtkLabel *proposals;
  GtkBox   *meetings;
  GtkWidget *box;
} Row;

static GtkLabel *
row_label (GtkBox     *box,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (box, label);

  return GTK_LABEL (label);
}

static void
on_factory_setup (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  AccordPeoplePage         *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  Row *row = g_new0 (Row, 1);

  gtk_widget_add_css_class (box, "person");
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 9);
  gtk_widget_set_margin_bottom (box, 9);

  row->name = row_label (GTK_BOX (box), "heading");
  row->names = row_label (GTK_BOX (box), "dim-label");
  row->country = row_label (GTK_BOX (box), NULL);
  row->titles = row_label (GTK_BOX (box), NULL);
  row->proposals = row_label (GTK_BOX (box), "warning");
  /* Translators: above the meetings a person attended, in the People page */
  gtk_label_set_text (row_label (GTK_BOX (box), "caption-heading"), _("Meetings Attended"));
  row->meetings = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 0));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->meetings),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Meetings Attended"), -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (row->meetings));
  row->box = box;

  g_object_set_data_full (G_OBJECT (box), "accord-row", row, g_free);
  gtk_list_item_set_child (item, box);
  /* The meetings' buttons take the focus and the activation. */
  gtk_list_item_set_activatable (item, FALSE);
}

static void
on_meeting_clicked (GtkButton        *button,
                    AccordPeoplePage *self)
{
  AccordMeeting *meeting = g_object_get_data (G_OBJECT (button), "accord-meeting");

  g_signal_emit (self, signals[OPEN_MEETING], 0, meeting);
}

static char *
meeting_label (AccordMeeting *meeting)
{
  const AccordPeriod *when = accord_meeting_get_when (meeting);
  const char *title = accord_record_get_title (ACCORD_RECORD (meeting));
  GDate start;

  if (accord_period_is_known (when) && accord_period_get_start (when, &start))
    /* Translators: a meeting a person attended, and its year: "AMM Retreat 2024, 2024" */
    return g_strdup_printf (_("%1$s, %2$u"), title, (guint) g_date_get_year (&start));

  return g_strdup (title);
}

static void
set_label (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_text (label, text);
  gtk_widget_set_visible (GTK_WIDGET (label), text[0] != '\0');
}

/* "Perhaps the same person as …: why", one line for each other person proposed. */
static char *
format_proposals (AccordPeoplePage *self,
                  AccordPerson     *person)
{
  GPtrArray *proposals = accord_directory_get_proposals_for (self->directory, person);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; proposals != NULL && i < proposals->len; i++)
    {
      AccordPersonProposal *proposal = proposals->pdata[i];
      AccordPerson *other = accord_person_proposal_get_first (proposal) == person
                            ? accord_person_proposal_get_second (proposal)
                            : accord_person_proposal_get_first (proposal);
      g_autofree char *line = NULL;

      /* Translators: a likely duplicate of a person in the People page, and the reason:
       * "Perhaps the same person as Malaithong Kommasith: the names differ only in how they
       * are transliterated" */
      line = g_strdup_printf (_("Perhaps the same person as %1$s: %2$s"),
                              accord_person_get_name (other),
                              accord_person_proposal_get_reason_text (proposal));
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, line);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
on_factory_bind (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 AccordPeoplePage         *self)
{
  AccordPerson *person = gtk_list_item_get_item (item);
  Row *row = g_object_get_data (G_OBJECT (gtk_list_item_get_child (item)), "accord-row");
  const char * const *names = accord_person_get_names (person);
  GListModel *meetings = accord_person_get_meetings (person);
  g_autofree char *titles = accord_person_format_titles (person);
  g_autofree char *other_names = NULL;
  g_autofree char *also = NULL;
  g_autofree char *proposals_text = NULL;
  GtkWidget *child;

  set_label (row->name, accord_person_get_name (person));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accord_person_get_name (person),
                                  -1);

  /* The names after the first, which is the heading. */
  if (names[0] != NULL && names[1] != NULL)
    {
      /* Translators: between two names a person appears under */
      other_names = g_strjoinv (_(", "), (char **) names + 1);
      /* Translators: the other names a person appears under: "Also written as Bui Thanh Son" */
      also = g_strdup_printf (_("Also written as %s"), other_names);
    }
  set_label (row->names, also != NULL ? also : "");
  set_label (row->country, accord_person_get_country (person));
  set_label (row->titles, titles);
  proposals_text = format_proposals (self, person);
  set_label (row->proposals, proposals_text);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (row->meetings))) != NULL)
    gtk_box_remove (row->meetings, child);
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(AccordMeeting) meeting = g_list_model_get_item (meetings, i);
      g_autofree char *text = meeting_label (meeting);
      GtkWidget *button = gtk_button_new ();
      GtkWidget *label = gtk_label_new (text);
      g_autofree char *description = NULL;

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_button_set_child (GTK_BUTTON (button), label);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_halign (button, GTK_ALIGN_START);
      /* Translators: what a meeting's button in the People page does, for screen readers */
      description = g_strdup_printf (_("Open the meeting %s"), text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                      -1);
      gtk_widget_set_tooltip_text (button, description);
      g_object_set_data_full (G_OBJECT (button), "accord-meeting", g_object_ref (meeting),
                              g_object_unref);
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_meeting_clicked), self, 0);
      gtk_box_append (row->meetings, button);
    }
}

/* ---- Search and sort ------------------------------------------------------------------------ */

static gboolean
text_has_word (const char *text,
               const char *word)
{
  g_autofree char *folded = accord_search_fold (text);

  return strstr (folded, word) != NULL;
}

static gboolean
filter_person (gpointer item,
               gpointer user_data)
{
  AccordPeoplePage *self = user_data;
  AccordPerson *person = item;

  if (self->query_words == NULL)
    return TRUE;

  for (char **word = self->query_words; *word != NULL; word++)
    {
      g_autofree char *titles = NULL;

      if (strstr (accord_person_get_search_text (person), *word) != NULL ||
          text_has_word (accord_person_get_country (person), *word))
        continue;
      titles = accord_person_format_titles (person);
      if (!text_has_word (titles, *word))
        return FALSE;
    }

  return TRUE;
}

static int
compare_people (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  AccordPeoplePage *self = user_data;
  AccordPerson *x = (AccordPerson *) a;
  AccordPerson *y = (AccordPerson *) b;
  int result = 0;

  switch (self->sort_by)
    {
    case SORT_BY_COUNTRY:
      result = g_utf8_collate (accord_person_get_country (x), accord_person_get_country (y));
      break;

    case SORT_BY_MEETINGS:
      {
        guint m = g_list_model_get_n_items (accord_person_get_meetings (x));
        guint n = g_list_model_get_n_items (accord_person_get_meetings (y));

        result = m > n ? -1 : (m < n);
      }
      break;

    case SORT_BY_LATEST:
      {
        guint32 m = accord_person_get_last_julian (x);
        guint32 n = accord_person_get_last_julian (y);

        result = m > n ? -1 : (m < n);
      }
      break;

    case SORT_BY_NAME:
    default:
      break;
    }

  return result != 0 ? result
                     : g_utf8_collate (accord_person_get_name (x), accord_person_get_name (y));
}

static void
update_stack (AccordPeoplePage *self)
{
  guint n_shown = self->filtered != NULL
                  ? g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) : 0;
  guint n_people = self->directory != NULL
                   ? g_list_model_get_n_items (accord_directory_get_people (self->directory)) : 0;

  if (n_shown > 0)
    gtk_stack_set_visible_child_name (self->stack, "list");
  else if (n_people > 0)
    gtk_stack_set_visible_child_name (self->stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
on_shown_changed (AccordPeoplePage *self)
{
  update_stack (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SHOWN]);
}

static void
on_search_changed (AccordPeoplePage *self)
{
  g_autofree char *folded = accord_search_fold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));

  g_clear_pointer (&self->query_words, g_strfreev);
  if (folded[0] != '\0')
    self->query_words = g_strsplit (folded, " ", -1);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
set_sort_by (AccordPeoplePage *self,
             const char       *order)
{
  for (guint i = 0; i < G_N_ELEMENTS (sort_orders); i++)
    {
      if (g_strcmp0 (order, sort_orders[i]) != 0 || self->sort_by == (SortBy) i)
        continue;

      self->sort_by = i;
      gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_BY]);
    }
}

/* ---- The page ------------------------------------------------------------------------------- */

static void
accord_people_page_dispose (GObject *object)
{
  AccordPeoplePage *self = ACCORD_PEOPLE_PAGE (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), ACCORD_TYPE_PEOPLE_PAGE);
  /* The template's children that have no id are the page's own to let go. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->sorter);
  g_clear_object (&self->directory);
  g_clear_pointer (&self->query_words, g_strfreev);

  G_OBJECT_CLASS (accord_people_page_parent_class)->dispose (object);
}

static void
accord_people_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  AccordPeoplePage *self = ACCORD_PEOPLE_PAGE (object);

  switch (prop_id)
    {
    case PROP_N_SHOWN:
      g_value_set_uint (value, accord_people_page_get_n_shown (self));
      break;

    case PROP_SORT_BY:
      g_value_set_string (value, sort_orders[self->sort_by]);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_people_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  AccordPeoplePage *self = ACCORD_PEOPLE_PAGE (object);

  switch (prop_id)
    {
    case PROP_SORT_BY:
      set_sort_by (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_people_page_class_init (AccordPeoplePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = accord_people_page_dispose;
  object_class->get_property = accord_people_page_get_property;
  object_class->set_property = accord_people_page_set_property;

  properties[PROP_N_SHOWN] =
    g_param_spec_uint ("n-shown", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* "name", "country", "meetings" (most first) or "latest" (latest meeting first). */
  properties[PROP_SORT_BY] =
    g_param_spec_string ("sort-by", NULL, NULL, "name",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_property_action (widget_class, "people.sort-by", "sort-by");

  /**
   * AccordPeoplePage::open-meeting:
   * @meeting: the meeting a person attended
   *
   * Emitted when the person asks to open one of the meetings shown.
   */
  signals[OPEN_MEETING] =
    g_signal_new ("open-meeting",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ACCORD_TYPE_MEETING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/accordapp/Accord/ui/accord-people-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AccordPeoplePage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, AccordPeoplePage, sort_button);
  gtk_widget_class_bind_template_child (widget_class, AccordPeoplePage, stack);
  gtk_widget_class_bind_template_child (widget_class, AccordPeoplePage, list_view);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_set_css_name (widget_class, "peoplepage");
}

static void
accord_people_page_init (AccordPeoplePage *self)
{
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->filter = gtk_custom_filter_new (filter_person, self, NULL);
  self->sorter = gtk_custom_sorter_new (compare_people, self, NULL);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect_object (factory, "setup", G_CALLBACK (on_factory_setup), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (on_factory_bind), self, 0);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  update_stack (self);
}

GtkWidget *
accord_people_page_new (void)
{
  return g_object_new (ACCORD_TYPE_PEOPLE_PAGE, NULL);
}

void
accord_people_page_set_document (AccordPeoplePage *self,
                                 AccordDocument   *document)
{
  GtkSelectionModel *selection;

  g_return_if_fail (ACCORD_IS_PEOPLE_PAGE (self));
  g_return_if_fail (document == NULL || ACCORD_IS_DOCUMENT (document));

  if (self->directory != NULL && accord_directory_get_document (self->directory) == document)
    return;

  gtk_list_view_set_model (self->list_view, NULL);
  if (self->filtered != NULL)
    g_signal_handlers_disconnect_by_data (self->filtered, self);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);
  g_clear_object (&self->directory);

  if (document != NULL)
    {
      self->directory = accord_directory_new (document);
      self->filtered =
        gtk_filter_list_model_new (g_object_ref (accord_directory_get_people (self->directory)),
                                   g_object_ref (GTK_FILTER (self->filter)));
      self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)),
                                              g_object_ref (GTK_SORTER (self->sorter)));
      selection = GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->sorted))));
      gtk_list_view_set_model (self->list_view, selection);
      g_object_unref (selection);
      g_signal_connect_object (self->filtered, "items-changed", G_CALLBACK (on_shown_changed),
                               self, G_CONNECT_SWAPPED);
    }

  on_shown_changed (self);
}

AccordDirectory *
accord_people_page_get_directory (AccordPeoplePage *self)
{
  g_return_val_if_fail (ACCORD_IS_PEOPLE_PAGE (self), NULL);

  return self->directory;
}

guint
accord_people_page_get_n_shown (AccordPeoplePage *self)
{
  g_return_val_if_fail (ACCORD_IS_PEOPLE_PAGE (self), 0);

  return self->filtered != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) : 0;
}
