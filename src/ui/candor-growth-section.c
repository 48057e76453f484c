/* candor-growth-section.c — boundaries and each person's private growth space
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A section of the Practices page. It follows the session's journal, lets
 * the people choose whose space is shown ("This is Alex's private space"),
 * and hands the journal and that person to the boundaries view and the
 * growth journal. A card asks to revisit boundaries three months after
 * they were last written, acknowledged or revisited.
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>

#include "candor-boundaries-view.h"
#include "candor-growth-journal.h"
#include "candor-growth-section.h"
#include "candor-privacy.h"
#include "candor-wrap-box.h"

struct _CandorGrowthSection
{
  GtkWidget             parent_instance;

  CandorSession        *session;
  CandorJournal        *journal;
  char                 *person_id;
  GPtrArray            *person_ids;   /* of the combo row's items */
  gboolean              filling;
  guint                 refresh_id;
  /* The journal opened while the section was not shown: it follows once it is. */
  gboolean              journal_stale;

  CandorWrapBox        *links_box;
  AdwComboRow          *person_row;
  GtkWidget            *revisit_card;
  GtkLabel             *revisit_label;
  CandorBoundariesView *boundaries_view;
  CandorGrowthJournal  *growth_journal;
};

G_DEFINE_FINAL_TYPE (CandorGrowthSection, candor_growth_section, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_PERSON_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_revisit (CandorGrowthSection *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *text = NULL;
  guint due = 0;

  if (self->journal != NULL && self->person_id != NULL)
    due = candor_privacy_count_revisits_due (candor_journal_get_boundaries (self->journal),
                                             self->person_id, now);

  gtk_widget_set_visible (self->revisit_card, due > 0);
  if (due == 0)
    return;

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "It has been three months or more since you last looked at "
                                       "%u boundary. Read it again together: is it still right? "
                                       "Revise it below if it changed.",
                                       "It has been three months or more since you last looked at "
                                       "%u boundaries. Read them again together: are they still "
                                       "right? Revise any that changed below.",
                                       due), due);
  gtk_label_set_text (self->revisit_label, text);
}

static void
update_subtitle (CandorGrowthSection *self)
{
  CandorPerson *person = NULL;
  g_autofree char *subtitle = NULL;

  if (self->journal != NULL && self->person_id != NULL)
    person = candor_journal_get_person_by_id (self->journal, self->person_id);

  if (person != NULL)
    /* Translators: %s is a person's name */
    subtitle = g_strdup_printf (_("This is %s’s private space"), candor_person_get_name (person));

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->person_row), subtitle != NULL ? subtitle : "");
}

static void
apply_person (CandorGrowthSection *self)
{
  candor_boundaries_view_set_person_id (self->boundaries_view, self->person_id);
  candor_growth_journal_set_person_id (self->growth_journal, self->person_id);
  update_subtitle (self);
  update_revisit (self);
}

static void
fill_people (CandorGrowthSection *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *wanted = g_strdup (self->person_id);
  guint selected = GTK_INVALID_LIST_POSITION;
  const char *me = NULL;

  g_ptr_array_set_size (self->person_ids, 0);

  if (self->journal != NULL)
    {
      GListModel *people = candor_journal_get_people (self->journal);
      CandorPerson *me_person = candor_journal_get_me (self->journal);

      me = me_person != NULL ? candor_entry_get_id (CANDOR_ENTRY (me_person)) : NULL;

      for (guint i = 0; i < g_list_model_get_n_items (people); i++)
        {
          g_autoptr(CandorPerson) person = g_list_model_get_item (people, i);
          const char *id = candor_entry_get_id (CANDOR_ENTRY (person));

          if (candor_person_get_archived (person) && g_strcmp0 (id, wanted) != 0)
            continue;

          gtk_string_list_append (names, candor_person_get_name (person));
          g_ptr_array_add (self->person_ids, g_strdup (id));
        }
    }

  /* Keep the chosen person; else "me"; else the first. */
  for (guint i = 0; i < self->person_ids->len && selected == GTK_INVALID_LIST_POSITION; i++)
    if (g_strcmp0 (g_ptr_array_index (self->person_ids, i), wanted) == 0)
      selected = i;
  for (guint i = 0; i < self->person_ids->len && selected == GTK_INVALID_LIST_POSITION; i++)
    if (g_strcmp0 (g_ptr_array_index (self->person_ids, i), me) == 0)
      selected = i;
  if (selected == GTK_INVALID_LIST_POSITION && self->person_ids->len > 0)
    selected = 0;

  self->filling = TRUE;
  adw_combo_row_set_model (self->person_row, G_LIST_MODEL (names));
  if (selected != GTK_INVALID_LIST_POSITION)
    adw_combo_row_set_selected (self->person_row, selected);
  self->filling = FALSE;

  g_clear_pointer (&self->person_id, g_free);
  if (selected != GTK_INVALID_LIST_POSITION)
    self->person_id = g_strdup (g_ptr_array_index (self->person_ids, selected));

  if (g_strcmp0 (wanted, self->person_id) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);

  apply_person (self);
}

static void
person_selected_cb (CandorGrowthSection *self)
{
  guint selected = adw_combo_row_get_selected (self->person_row);

  if (self->filling || selected >= self->person_ids->len)
    return;

  candor_growth_section_set_person_id (self, g_ptr_array_index (self->person_ids, selected));
}

static gboolean
refresh_idle_cb (gpointer data)
{
  CandorGrowthSection *self = data;

  self->refresh_id = 0;
  update_revisit (self);

  return G_SOURCE_REMOVE;
}

static void
journal_changed_cb (CandorGrowthSection *self,
                    CandorEntry         *entry)
{
  if (entry == NULL || CANDOR_IS_PERSON (entry))
    fill_people (self);
  else if (CANDOR_IS_BOUNDARY (entry) && self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh_idle_cb, self);
}

static void
set_journal (CandorGrowthSection *self,
             CandorJournal       *journal)
{
  if (self->journal == journal)
    return;

  if (self->journal != NULL)
    g_signal_handlers_disconnect_by_data (self->journal, self);

  g_set_object (&self->journal, journal);

  if (journal != NULL)
    g_signal_connect_object (journal, "changed", G_CALLBACK (journal_changed_cb), self,
                             G_CONNECT_SWAPPED);

  candor_boundaries_view_set_journal (self->boundaries_view, journal);
  candor_growth_journal_set_journal (self->growth_journal, journal);
  fill_people (self);
}

static void
session_journal_cb (CandorGrowthSection *self)
{
  CandorJournal *journal = self->session != NULL ? candor_session_get_journal (self->session)
                                                 : NULL;

  /* Opening the journal pays only for what is on screen: a section not shown follows
   * once it is. A closed journal is let go at once. */
  self->journal_stale = journal != NULL && journal != self->journal &&
                        !gtk_widget_get_mapped (GTK_WIDGET (self));
  if (!self->journal_stale)
    set_journal (self, journal);
}

static void
candor_growth_section_map (GtkWidget *widget)
{
  CandorGrowthSection *self = CANDOR_GROWTH_SECTION (widget);

  if (self->journal_stale)
    {
      self->journal_stale = FALSE;
      set_journal (self, candor_session_get_journal (self->session));
    }

  GTK_WIDGET_CLASS (candor_growth_section_parent_class)->map (widget);
}

static void
revisit_cb (CandorGrowthSection *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GListModel) visible = NULL;

  if (self->journal == NULL || self->person_id == NULL)
    return;

  visible = candor_privacy_list_visible (candor_journal_get_boundaries (self->journal),
                                         self->person_id);
  for (guint i = 0; i < g_list_model_get_n_items (visible); i++)
    {
      g_autoptr(CandorBoundary) boundary = g_list_model_get_item (visible, i);

      if (!candor_boundary_needs_revisit (boundary, now))
        continue;

      /* Your own: kept as it is. Someone else's: read again. */
      if (candor_privacy_is_author (CANDOR_ENTRY (boundary), self->person_id))
        candor_boundary_set_revisited (boundary, now);
      else
        candor_boundary_acknowledge (boundary, self->person_id, now);
    }

  update_revisit (self);
}

static void
candor_growth_section_dispose (GObject *object)
{
  CandorGrowthSection *self = CANDOR_GROWTH_SECTION (object);
  GtkWidget *child;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->journal != NULL)
    g_signal_handlers_disconnect_by_data (self->journal, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CANDOR_TYPE_GROWTH_SECTION);
  /* The template's unnamed top box is not a bound child: unparent it too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->journal);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (candor_growth_section_parent_class)->dispose (object);
}

static void
candor_growth_section_finalize (GObject *object)
{
  CandorGrowthSection *self = CANDOR_GROWTH_SECTION (object);

  g_clear_pointer (&self->person_id, g_free);
  g_clear_pointer (&self->person_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (candor_growth_section_parent_class)->finalize (object);
}

static void
candor_growth_section_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  CandorGrowthSection *self = CANDOR_GROWTH_SECTION (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    case PROP_PERSON_ID:
      g_value_set_string (value, self->person_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_growth_section_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  CandorGrowthSection *self = CANDOR_GROWTH_SECTION (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      candor_growth_section_set_session (self, g_value_get_object (value));
      break;

    case PROP_PERSON_ID:
      candor_growth_section_set_person_id (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_growth_section_class_init (CandorGrowthSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = candor_growth_section_dispose;
  object_class->finalize = candor_growth_section_finalize;
  object_class->get_property = candor_growth_section_get_property;
  object_class->set_property = candor_growth_section_set_property;
  widget_class->map = candor_growth_section_map;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         CANDOR_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PERSON_ID] =
    g_param_spec_string ("person-id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CANDOR_TYPE_BOUNDARIES_VIEW);
  g_type_ensure (CANDOR_TYPE_GROWTH_JOURNAL);
  g_type_ensure (CANDOR_TYPE_WRAP_BOX);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/candorapp/Candor/ui/candor-growth-section.ui");
  gtk_widget_class_bind_template_child (widget_class, CandorGrowthSection, links_box);
  gtk_widget_class_bind_template_child (widget_class, CandorGrowthSection, person_row);
  gtk_widget_class_bind_template_child (widget_class, CandorGrowthSection, revisit_card);
  gtk_widget_class_bind_template_child (widget_class, CandorGrowthSection, revisit_label);
  gtk_widget_class_bind_template_child (widget_class, CandorGrowthSection, boundaries_view);
  gtk_widget_class_bind_template_child (widget_class, CandorGrowthSection, growth_journal);
  gtk_widget_class_bind_template_callback (widget_class, person_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, revisit_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
candor_growth_section_init (CandorGrowthSection *self)
{
  self->person_ids = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  candor_wrap_box_set_spacing (self->links_box, 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Boundaries and growing on your own"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Each person's boundaries and private growth journal"),
                                  -1);
  fill_people (self);
}

GtkWidget *
candor_growth_section_new (void)
{
  return g_object_new (CANDOR_TYPE_GROWTH_SECTION, NULL);
}

CandorSession *
candor_growth_section_get_session (CandorGrowthSection *self)
{
  g_return_val_if_fail (CANDOR_IS_GROWTH_SECTION (self), NULL);

  return self->session;
}

void
candor_growth_section_set_session (CandorGrowthSection *self,
                                   CandorSession       *session)
{
  g_return_if_fail (CANDOR_IS_GROWTH_SECTION (self));
  g_return_if_fail (session == NULL || CANDOR_IS_SESSION (session));

  if (self->session == session)
    return;

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);

  g_set_object (&self->session, session);

  if (session != NULL)
    {
      g_signal_connect_object (session, "notify::journal", G_CALLBACK (session_journal_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (session, "notify::state", G_CALLBACK (session_journal_cb), self,
                               G_CONNECT_SWAPPED);
    }

  session_journal_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

const char *
candor_growth_section_get_person_id (CandorGrowthSection *self)
{
  g_return_val_if_fail (CANDOR_IS_GROWTH_SECTION (self), NULL);

  return self->person_id;
}

void
candor_growth_section_set_person_id (CandorGrowthSection *self,
                                     const char          *person_id)
{
  g_return_if_fail (CANDOR_IS_GROWTH_SECTION (self));

  if (g_strcmp0 (self->person_id, person_id) == 0)
    return;

  for (guint i = 0; i < self->person_ids->len; i++)
    {
      if (g_strcmp0 (g_ptr_array_index (self->person_ids, i), person_id) != 0)
        continue;

      g_free (self->person_id);
      self->person_id = g_strdup (person_id);

      self->filling = TRUE;
      adw_combo_row_set_selected (self->person_row, i);
      self->filling = FALSE;

      apply_person (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
      return;
    }

  g_warning ("No person %s in the journal", person_id);
}
