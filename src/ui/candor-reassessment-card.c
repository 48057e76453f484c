/* candor-reassessment-card.c — every twelve weeks: how is it going, and what to change
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>

#include "candor-reassessment-card.h"

/* The highest cadence the card offers: one check every other day is plenty. */
#define MAX_CADENCE 15

struct _CandorReassessmentCard
{
  GtkWidget       parent_instance;

  CandorJournal  *journal;
  GDate           today;
  GPtrArray      *people;          /* CandorPerson, in the order of person_row */
  CandorCadenceChange choices[3];  /* what each row of cadence_row does */

  GtkWidget      *box;
  AdwComboRow    *rating_row;
  AdwComboRow    *person_row;
  GtkStringList  *person_names;
  AdwComboRow    *cadence_row;
  GtkStringList  *cadence_choices;
  AdwComboRow    *depth_row;
  AdwEntryRow    *note_row;
};

G_DEFINE_FINAL_TYPE (CandorReassessmentCard, candor_reassessment_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_JOURNAL,
  N_PROPS
};

enum {
  APPLIED,
  LATER,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static CandorPerson *
selected_person (CandorReassessmentCard *self)
{
  guint selected = adw_combo_row_get_selected (self->person_row);

  if (selected >= self->people->len)
    return NULL;

  return g_ptr_array_index (self->people, selected);
}

static void
clear_string_list (GtkStringList *list)
{
  gtk_string_list_splice (list, 0, g_list_model_get_n_items (G_LIST_MODEL (list)), NULL);
}

/* The choices say the numbers: "Keep 2 a month", "3 a month", "1 a month". */
static void
update_cadence_choices (CandorReassessmentCard *self)
{
  CandorPerson *person = selected_person (self);
  guint cadence;
  g_autofree char *same = NULL;
  g_autofree char *more = NULL;
  g_autofree char *fewer = NULL;

  clear_string_list (self->cadence_choices);
  gtk_widget_set_visible (GTK_WIDGET (self->cadence_row), person != NULL);
  if (person == NULL)
    return;

  cadence = candor_person_get_cadence (person);
  /* Translators: keep the number of Connection Checks a month as it is */
  same = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Keep %u a month", "Keep %u a month",
                                       cadence), cadence);
  gtk_string_list_append (self->cadence_choices, same);
  self->choices[0] = CANDOR_CADENCE_CHANGE_SAME;
  if (cadence < MAX_CADENCE)
    {
      /* Translators: a new number of Connection Checks a month */
      more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "More often: %u a month",
                                           "More often: %u a month", cadence + 1), cadence + 1);
      self->choices[g_list_model_get_n_items (G_LIST_MODEL (self->cadence_choices))] =
        CANDOR_CADENCE_CHANGE_MORE;
      gtk_string_list_append (self->cadence_choices, more);
    }
  if (cadence > 1)
    {
      /* Translators: a new number of Connection Checks a month */
      fewer = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Less often: %u a month",
                                            "Less often: %u a month", cadence - 1), cadence - 1);
      self->choices[g_list_model_get_n_items (G_LIST_MODEL (self->cadence_choices))] =
        CANDOR_CADENCE_CHANGE_FEWER;
      gtk_string_list_append (self->cadence_choices, fewer);
    }
  adw_combo_row_set_selected (self->cadence_row, 0);
}

static void
update_people (CandorReassessmentCard *self)
{
  GListModel *people;

  g_ptr_array_set_size (self->people, 0);
  clear_string_list (self->person_names);

  if (self->journal != NULL)
    {
      people = candor_journal_get_people (self->journal);
      /* Partners first, then friends and family, as they were added. */
      for (int pass = 0; pass < 2; pass++)
        for (guint i = 0; i < g_list_model_get_n_items (people); i++)
          {
            g_autoptr(CandorPerson) person = g_list_model_get_item (people, i);
            gboolean partner =
              candor_person_get_relationship (person) == CANDOR_RELATIONSHIP_PARTNER;

            if (candor_person_get_is_me (person) || candor_person_get_archived (person) ||
                partner != (pass == 0))
              continue;

            g_ptr_array_add (self->people, g_object_ref (person));
            gtk_string_list_append (self->person_names, candor_person_get_name (person));
          }
    }

  gtk_widget_set_visible (GTK_WIDGET (self->person_row), self->people->len > 1);
  adw_combo_row_set_selected (self->person_row, 0);
  update_cadence_choices (self);
}

/* Callbacks */

static void
person_selected_cb (CandorReassessmentCard *self)
{
  update_cadence_choices (self);
}

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  candor_reassessment_card_apply (CANDOR_REASSESSMENT_CARD (widget));
}

static void
later_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  g_signal_emit (widget, signals[LATER], 0);
}

/* Overrides */

static void
candor_reassessment_card_dispose (GObject *object)
{
  CandorReassessmentCard *self = CANDOR_REASSESSMENT_CARD (object);

  if (self->journal != NULL)
    g_signal_handlers_disconnect_by_data (candor_journal_get_people (self->journal), self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CANDOR_TYPE_REASSESSMENT_CARD);
  g_clear_pointer (&self->people, g_ptr_array_unref);
  g_clear_object (&self->journal);

  G_OBJECT_CLASS (candor_reassessment_card_parent_class)->dispose (object);
}

static void
candor_reassessment_card_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  CandorReassessmentCard *self = CANDOR_REASSESSMENT_CARD (object);

  switch (prop_id)
    {
    case PROP_JOURNAL:
      g_value_set_object (value, self->journal);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_reassessment_card_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  CandorReassessmentCard *self = CANDOR_REASSESSMENT_CARD (object);

  switch (prop_id)
    {
    case PROP_JOURNAL:
      candor_reassessment_card_set_journal (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_reassessment_card_class_init (CandorReassessmentCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = candor_reassessment_card_dispose;
  object_class->get_property = candor_reassessment_card_get_property;
  object_class->set_property = candor_reassessment_card_set_property;

  properties[PROP_JOURNAL] =
    g_param_spec_object ("journal", NULL, NULL, CANDOR_TYPE_JOURNAL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CandorReassessmentCard::applied:
   *
   * The answers were applied and recorded.
   */
  signals[APPLIED] = g_signal_new ("applied", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * CandorReassessmentCard::later:
   *
   * The couple would rather look back another time.
   */
  signals[LATER] = g_signal_new ("later", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/candorapp/Candor/ui/candor-reassessment-card.ui");
  gtk_widget_class_bind_template_child (widget_class, CandorReassessmentCard, box);
  gtk_widget_class_bind_template_child (widget_class, CandorReassessmentCard, rating_row);
  gtk_widget_class_bind_template_child (widget_class, CandorReassessmentCard, person_row);
  gtk_widget_class_bind_template_child (widget_class, CandorReassessmentCard, person_names);
  gtk_widget_class_bind_template_child (widget_class, CandorReassessmentCard, cadence_row);
  gtk_widget_class_bind_template_child (widget_class, CandorReassessmentCard, cadence_choices);
  gtk_widget_class_bind_template_child (widget_class, CandorReassessmentCard, depth_row);
  gtk_widget_class_bind_template_child (widget_class, CandorReassessmentCard, note_row);

  gtk_widget_class_install_action (widget_class, "reassessment.apply", NULL, apply_action);
  gtk_widget_class_install_action (widget_class, "reassessment.later", NULL, later_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "reassessmentcard");
}

static void
candor_reassessment_card_init (CandorReassessmentCard *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  self->people = g_ptr_array_new_with_free_func (g_object_unref);
  g_date_clear (&self->today, 1);
  g_date_set_dmy (&self->today, g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now), g_date_time_get_year (now));

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (self->person_row, "notify::selected",
                           G_CALLBACK (person_selected_cb), self, G_CONNECT_SWAPPED);
}

CandorJournal *
candor_reassessment_card_get_journal (CandorReassessmentCard *self)
{
  g_return_val_if_fail (CANDOR_IS_REASSESSMENT_CARD (self), NULL);

  return self->journal;
}

void
candor_reassessment_card_set_journal (CandorReassessmentCard *self,
                                      CandorJournal          *journal)
{
  g_return_if_fail (CANDOR_IS_REASSESSMENT_CARD (self));
  g_return_if_fail (journal == NULL || CANDOR_IS_JOURNAL (journal));

  if (self->journal == journal)
    return;

  if (self->journal != NULL)
    g_signal_handlers_disconnect_by_data (candor_journal_get_people (self->journal), self);
  g_set_object (&self->journal, journal);
  /* People come, go and change their cadence elsewhere too. */
  if (journal != NULL)
    g_signal_connect_object (candor_journal_get_people (journal), "items-changed",
                             G_CALLBACK (update_people), self, G_CONNECT_SWAPPED);

  update_people (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOURNAL]);
}

void
candor_reassessment_card_set_today (CandorReassessmentCard *self,
                                    const GDate            *today)
{
  g_return_if_fail (CANDOR_IS_REASSESSMENT_CARD (self));
  g_return_if_fail (today != NULL && g_date_valid (today));

  self->today = *today;
}

void
candor_reassessment_card_apply (CandorReassessmentCard *self)
{
  CandorSettings *settings;
  CandorPerson *person;
  g_autoptr(CandorReassessment) reassessment = NULL;
  g_autoptr(GDateTime) day = NULL;
  CandorCadenceChange cadence_change = CANDOR_CADENCE_CHANGE_SAME;
  CandorDepthChange depth_change;
  CandorQuestionDepth depth;
  const char *note;

  g_return_if_fail (CANDOR_IS_REASSESSMENT_CARD (self));

  if (self->journal == NULL)
    return;

  settings = candor_journal_get_settings (self->journal);
  person = selected_person (self);
  day = candor_day_new (g_date_get_year (&self->today), g_date_get_month (&self->today),
                        g_date_get_day (&self->today));

  /* The cadence: the choice's text says the new number; choices[] says which way. */
  if (person != NULL)
    {
      guint cadence = candor_person_get_cadence (person);
      guint selected = adw_combo_row_get_selected (self->cadence_row);

      if (selected < G_N_ELEMENTS (self->choices) &&
          selected < g_list_model_get_n_items (G_LIST_MODEL (self->cadence_choices)))
        cadence_change = self->choices[selected];

      if (cadence_change == CANDOR_CADENCE_CHANGE_MORE)
        candor_person_set_cadence (person, cadence + 1);
      else if (cadence_change == CANDOR_CADENCE_CHANGE_FEWER)
        candor_person_set_cadence (person, cadence - 1);
    }

  depth = candor_settings_get_question_depth (settings);
  switch (adw_combo_row_get_selected (self->depth_row))
    {
    case 1:
      depth_change = CANDOR_DEPTH_CHANGE_DEEPER;
      if (depth < CANDOR_QUESTION_DEPTH_DEEP)
        candor_settings_set_question_depth (settings, depth + 1);
      break;
    case 2:
      depth_change = CANDOR_DEPTH_CHANGE_LIGHTER;
      if (depth > CANDOR_QUESTION_DEPTH_LIGHT)
        candor_settings_set_question_depth (settings, depth - 1);
      break;
    default:
      depth_change = CANDOR_DEPTH_CHANGE_SAME;
      break;
    }

  reassessment = candor_reassessment_new (day);
  candor_reassessment_set_rating (reassessment, adw_combo_row_get_selected (self->rating_row) + 1);
  candor_reassessment_set_cadence_change (reassessment, cadence_change);
  candor_reassessment_set_depth_change (reassessment, depth_change);
  if (person != NULL)
    candor_reassessment_set_person_id (reassessment,
                                       candor_entry_get_id (CANDOR_ENTRY (person)));
  note = gtk_editable_get_text (GTK_EDITABLE (self->note_row));
  if (note != NULL && *note != '\0')
    candor_reassessment_set_note (reassessment, note);
  candor_journal_add_reassessment (self->journal, reassessment);

  /* Fresh answers for next time. */
  gtk_editable_set_text (GTK_EDITABLE (self->note_row), "");
  adw_combo_row_set_selected (self->depth_row, 0);
  update_cadence_choices (self);

  g_signal_emit (self, signals[APPLIED], 0);
}
