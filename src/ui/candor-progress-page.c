/* candor-progress-page.c — the brief's metrics as charts, each against its target
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One card per metric: a plain sentence about now, a chart of the recent past and
 * a line on what is counted. Everything comes from one CandorStats, computed in one
 * pass over the journal when it changes (batched in an idle).
 *
 * The range buttons choose how far back every chart looks; "Show as Table" swaps
 * each chart for a list of its bars' sentences, for a screen reader or a keyboard.
 * Both are remembered in GSettings.
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>

#include "candor-progress-page-private.h"
#include "candor-reassessment-card.h"

typedef enum
{
  CARD_CHATS,
  CARD_DISCLOSURES,
  CARD_FOLLOW_UPS,
  CARD_RATIO,
  CARD_FAMILIES,
  CARD_NAMED,
  CARD_VOCABULARY,
  N_CARDS
} CardKind;

struct _CandorProgressPage
{
  GtkWidget               parent_instance;

  CandorSession          *session;
  CandorJournal          *journal;
  GDate                   today;        /* invalid: the real today */
  guint                   update_source;
  gint64                  update_time;
  gboolean                later;        /* "Not Now" was chosen this time */
  CandorProgressCard      cards[N_CARDS];
  CandorProgressRange     range;
  GSettings              *settings;

  GtkStack               *stack;
  GtkBox                 *cards_box;
  GtkLabel               *thanks_label;
  CandorReassessmentCard *reassessment_card;
  GtkWidget              *streak_card;
  GtkLabel               *streak_number;
  GtkLabel               *streak_label;
  GtkToggleButton        *range_buttons[CANDOR_PROGRESS_N_RANGES];
  GtkToggleButton        *table_button;
};

/* The ranges as GSettings stores them, in CandorProgressRange order. */
static const char * const range_names[CANDOR_PROGRESS_N_RANGES] = {
  "12-weeks", "6-months", "1-year", "all",
};

G_DEFINE_FINAL_TYPE (CandorProgressPage, candor_progress_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void queue_update (CandorProgressPage *self);

static void
add_card (CandorProgressPage *self,
          CardKind            kind,
          const char         *name,
          const char         *title,
          const char         *caption)
{
  CandorProgressCard *card = &self->cards[kind];
  GtkWidget *heading;

  card->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_widget_set_name (card->box, name);
  gtk_widget_add_css_class (card->box, "card");
  gtk_widget_add_css_class (card->box, "progress-card");

  heading = g_object_new (GTK_TYPE_LABEL,
                          "label", title,
                          "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                          NULL);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (card->box), heading);

  card->sentence = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (card->sentence, 0);
  gtk_label_set_wrap (card->sentence, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (card->sentence), "progress-sentence");
  gtk_box_append (GTK_BOX (card->box), GTK_WIDGET (card->sentence));

  card->chart = CANDOR_BAR_CHART (candor_bar_chart_new ());
  candor_bar_chart_set_title (card->chart, title);
  gtk_widget_set_margin_top (GTK_WIDGET (card->chart), 6);
  gtk_box_append (GTK_BOX (card->box), GTK_WIDGET (card->chart));

  card->caption = GTK_LABEL (gtk_label_new (caption));
  gtk_label_set_xalign (card->caption, 0);
  gtk_label_set_wrap (card->caption, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (card->caption), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (card->caption), "dim-label");
  gtk_box_append (GTK_BOX (card->box), GTK_WIDGET (card->caption));

  /* The same values as a list of sentences, one row per bar. */
  card->table = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (card->table, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (card->table), "boxed-list");
  gtk_widget_set_margin_top (GTK_WIDGET (card->table), 6);
  gtk_widget_set_visible (GTK_WIDGET (card->table), FALSE);
  gtk_box_insert_child_after (GTK_BOX (card->box), GTK_WIDGET (card->table),
                              GTK_WIDGET (card->chart));

  gtk_accessible_update_relation (GTK_ACCESSIBLE (card->chart),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, card->caption, NULL,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (card->table),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (card->table),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, card->caption, NULL,
                                  -1);

  gtk_box_append (self->cards_box, card->box);
}

/* The chart's bars as rows, oldest first like the chart; rows are reused. */
static void
fill_table (CandorProgressCard *card)
{
  guint n = candor_bar_chart_get_n_bars (card->chart);
  GtkListBoxRow *row;
  guint i = 0;

  for (; i < n; i++)
    {
      const char *text = candor_bar_chart_get_bar_description (card->chart, i);
      GtkWidget *label;

      row = gtk_list_box_get_row_at_index (card->table, i);
      if (row == NULL)
        {
          row = GTK_LIST_BOX_ROW (gtk_list_box_row_new ());
          gtk_list_box_row_set_activatable (row, FALSE);
          label = gtk_label_new (NULL);
          gtk_label_set_xalign (GTK_LABEL (label), 0);
          gtk_label_set_wrap (GTK_LABEL (label), TRUE);
          gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
          gtk_widget_set_margin_start (label, 12);
          gtk_widget_set_margin_end (label, 12);
          gtk_widget_set_margin_top (label, 8);
          gtk_widget_set_margin_bottom (label, 8);
          gtk_list_box_row_set_child (row, label);
          gtk_list_box_append (card->table, GTK_WIDGET (row));
        }
      label = gtk_list_box_row_get_child (row);
      if (g_strcmp0 (gtk_label_get_label (GTK_LABEL (label)), text) != 0)
        {
          gtk_label_set_label (GTK_LABEL (label), text);
          gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                          -1);
        }
    }

  while ((row = gtk_list_box_get_row_at_index (card->table, n)) != NULL)
    gtk_list_box_remove (card->table, GTK_WIDGET (row));
}

static void
show_tables (CandorProgressPage *self)
{
  gboolean table = gtk_toggle_button_get_active (self->table_button);

  for (guint i = 0; i < N_CARDS; i++)
    {
      if (table)
        fill_table (&self->cards[i]);
      gtk_widget_set_visible (GTK_WIDGET (self->cards[i].chart), !table);
      gtk_widget_set_visible (GTK_WIDGET (self->cards[i].table), table);
    }
}

static void
update_streak (CandorProgressPage *self,
               CandorStats        *stats,
               CandorSettings     *settings)
{
  guint streak = candor_stats_get_streak (stats);
  g_autofree char *number = g_strdup_printf ("%u", streak);
  g_autofree char *text = NULL;

  gtk_widget_set_visible (self->streak_card, candor_settings_get_streak_enabled (settings));
  gtk_label_set_label (self->streak_number, number);
  if (streak == 0)
    text = g_strdup (_("Share a check-in today to start a new run."));
  else
    /* Translators: follows a big number: "12 — days in a row with a check-in" */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u day in a row with a check-in",
                                         "%u days in a row with a check-in", streak), streak);
  gtk_label_set_label (self->streak_label, text);
}

static gboolean
journal_has_entries (CandorJournal *journal)
{
  return g_list_model_get_n_items (candor_journal_get_checkins (journal)) > 0 ||
         g_list_model_get_n_items (candor_journal_get_interactions (journal)) > 0 ||
         g_list_model_get_n_items (candor_journal_get_checks (journal)) > 0 ||
         g_list_model_get_n_items (candor_journal_get_feeling_notes (journal)) > 0;
}

static void
update_now (CandorProgressPage *self)
{
  g_autoptr(CandorStats) stats = NULL;
  CandorSettings *settings;
  GListModel *people;
  GDate today = self->today;
  gint64 started = g_get_monotonic_time ();

  g_clear_handle_id (&self->update_source, g_source_remove);

  if (self->journal == NULL || !journal_has_entries (self->journal))
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  if (!g_date_valid (&today))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      g_date_clear (&today, 1);
      g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                      g_date_time_get_year (now));
    }

  settings = candor_journal_get_settings (self->journal);
  stats = candor_stats_compute (self->journal, &today,
                                candor_settings_get_first_weekday (settings), NULL);

  people = candor_journal_get_people (self->journal);
  candor_progress_card_show_chats (&self->cards[CARD_CHATS], stats, settings, self->range);
  candor_progress_card_show_disclosures (&self->cards[CARD_DISCLOSURES], stats, self->range);
  candor_progress_card_show_follow_ups (&self->cards[CARD_FOLLOW_UPS], stats, self->range);
  candor_progress_card_show_ratio (&self->cards[CARD_RATIO], stats, settings, self->range);
  candor_progress_card_show_families (&self->cards[CARD_FAMILIES], stats, people, self->range);
  candor_progress_card_show_named (&self->cards[CARD_NAMED], stats, people, self->range);
  candor_progress_card_show_vocabulary (&self->cards[CARD_VOCABULARY], stats, self->range);
  show_tables (self);
  update_streak (self, stats, settings);

  candor_reassessment_card_set_today (self->reassessment_card, &today);
  gtk_widget_set_visible (GTK_WIDGET (self->reassessment_card),
                          !self->later && candor_stats_reassessment_is_due (stats));

  gtk_stack_set_visible_child_name (self->stack, "content");

  self->update_time = g_get_monotonic_time () - started;
  g_debug ("Progress: counted in %.1f ms", self->update_time / 1000.0);
}

static gboolean
update_cb (gpointer data)
{
  CandorProgressPage *self = data;

  self->update_source = 0;
  update_now (self);
  return G_SOURCE_REMOVE;
}

static void
queue_update (CandorProgressPage *self)
{
  if (self->update_source == 0)
    self->update_source = g_idle_add_full (G_PRIORITY_LOW, update_cb, self, NULL);
}

static void
disconnect_journal (CandorProgressPage *self)
{
  GListModel *models[8];

  if (self->journal == NULL)
    return;

  models[0] = candor_journal_get_people (self->journal);
  models[1] = candor_journal_get_reassessments (self->journal);
  models[2] = candor_journal_get_checks (self->journal);
  models[3] = candor_journal_get_checkins (self->journal);
  models[4] = candor_journal_get_interactions (self->journal);
  models[5] = candor_journal_get_commitments (self->journal);
  models[6] = candor_journal_get_exercises (self->journal);
  models[7] = candor_journal_get_feeling_notes (self->journal);
  for (guint i = 0; i < G_N_ELEMENTS (models); i++)
    g_signal_handlers_disconnect_by_data (models[i], self);
  g_signal_handlers_disconnect_by_data (candor_journal_get_settings (self->journal), self);
  g_clear_object (&self->journal);
}

static void
journal_changed_cb (CandorProgressPage *self)
{
  CandorJournal *journal = NULL;

  if (self->session != NULL &&
      candor_session_get_state (self->session) == CANDOR_SESSION_STATE_READY)
    journal = candor_session_get_journal (self->session);

  if (journal != self->journal)
    {
      disconnect_journal (self);
      self->later = FALSE;
      gtk_widget_set_visible (GTK_WIDGET (self->thanks_label), FALSE);

      if (journal != NULL)
        {
          GListModel *models[] = {
            candor_journal_get_people (journal),
            candor_journal_get_reassessments (journal),
            candor_journal_get_checks (journal),
            candor_journal_get_checkins (journal),
            candor_journal_get_interactions (journal),
            candor_journal_get_commitments (journal),
            candor_journal_get_exercises (journal),
            candor_journal_get_feeling_notes (journal),
          };

          self->journal = g_object_ref (journal);
          for (guint i = 0; i < G_N_ELEMENTS (models); i++)
            g_signal_connect_swapped (models[i], "items-changed", G_CALLBACK (queue_update), self);
          /* Any setting: targets, the first weekday, the streak switch. */
          g_signal_connect_swapped (candor_journal_get_settings (journal), "notify",
                                    G_CALLBACK (queue_update), self);
        }

      candor_reassessment_card_set_journal (self->reassessment_card, self->journal);
    }

  queue_update (self);
}

static void
reassessment_applied_cb (CandorProgressPage *self)
{
  GDate next = self->today;
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;

  if (!g_date_valid (&next))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      g_date_clear (&next, 1);
      g_date_set_dmy (&next, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                      g_date_time_get_year (now));
    }
  g_date_add_days (&next, 7 * CANDOR_REASSESSMENT_WEEKS);
  date = candor_progress_format_date (&next, "%x");
  /* Translators: %s is a date */
  text = g_strdup_printf (_("Thank you for looking back together. Candor will ask again around %s."),
                          date);
  gtk_label_set_label (self->thanks_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->thanks_label), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->reassessment_card), FALSE);
  queue_update (self);
}

static void
reassessment_later_cb (CandorProgressPage *self)
{
  self->later = TRUE;
  gtk_widget_set_visible (GTK_WIDGET (self->reassessment_card), FALSE);
}

static void
range_toggled_cb (CandorProgressPage *self,
                  GtkToggleButton    *button)
{
  CandorProgressRange range = CANDOR_PROGRESS_RANGE_1_YEAR;
  g_autofree char *stored = NULL;

  /* Both the button let go of and the one pressed say so; only the latter counts. */
  if (!gtk_toggle_button_get_active (button))
    return;

  for (guint i = 0; i < CANDOR_PROGRESS_N_RANGES; i++)
    if (self->range_buttons[i] == button)
      range = i;

  if (range == self->range)
    return;

  self->range = range;
  stored = g_settings_get_string (self->settings, "progress-range");
  if (!g_str_equal (stored, range_names[range]))
    g_settings_set_string (self->settings, "progress-range", range_names[range]);
  /* At once: a click should show its answer in the same frame. */
  if (self->journal != NULL)
    update_now (self);
}

static void
table_toggled_cb (CandorProgressPage *self)
{
  show_tables (self);
}

static void
range_setting_changed_cb (CandorProgressPage *self)
{
  g_autofree char *name = g_settings_get_string (self->settings, "progress-range");

  for (guint i = 0; i < CANDOR_PROGRESS_N_RANGES; i++)
    if (g_str_equal (name, range_names[i]))
      gtk_toggle_button_set_active (self->range_buttons[i], TRUE);
}

/* Overrides */

static void
candor_progress_page_dispose (GObject *object)
{
  CandorProgressPage *self = CANDOR_PROGRESS_PAGE (object);

  g_clear_handle_id (&self->update_source, g_source_remove);
  disconnect_journal (self);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CANDOR_TYPE_PROGRESS_PAGE);
  g_clear_object (&self->session);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (candor_progress_page_parent_class)->dispose (object);
}

static void
candor_progress_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CandorProgressPage *self = CANDOR_PROGRESS_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_progress_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  CandorProgressPage *self = CANDOR_PROGRESS_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      candor_progress_page_set_session (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_progress_page_class_init (CandorProgressPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = candor_progress_page_dispose;
  object_class->get_property = candor_progress_page_get_property;
  object_class->set_property = candor_progress_page_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, CANDOR_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CANDOR_TYPE_REASSESSMENT_CARD);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/candorapp/Candor/ui/candor-progress-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CandorProgressPage, stack);
  gtk_widget_class_bind_template_child (widget_class, CandorProgressPage, cards_box);
  gtk_widget_class_bind_template_child (widget_class, CandorProgressPage, thanks_label);
  gtk_widget_class_bind_template_child (widget_class, CandorProgressPage, reassessment_card);
  gtk_widget_class_bind_template_child (widget_class, CandorProgressPage, streak_card);
  gtk_widget_class_bind_template_child (widget_class, CandorProgressPage, streak_number);
  gtk_widget_class_bind_template_child (widget_class, CandorProgressPage, streak_label);
  for (guint i = 0; i < CANDOR_PROGRESS_N_RANGES; i++)
    {
      g_autofree char *id = g_strdup_printf ("range_%s", range_names[i]);

      g_strdelimit (id, "-", '_');
      gtk_widget_class_bind_template_child_full (widget_class, id, FALSE,
                                                 G_STRUCT_OFFSET (CandorProgressPage,
                                                                  range_buttons) +
                                                 i * sizeof (GtkToggleButton *));
    }
  gtk_widget_class_bind_template_child (widget_class, CandorProgressPage, table_button);
  gtk_widget_class_bind_template_callback (widget_class, reassessment_applied_cb);
  gtk_widget_class_bind_template_callback (widget_class, reassessment_later_cb);
  gtk_widget_class_bind_template_callback (widget_class, range_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, table_toggled_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "progresspage");
}

static void
candor_progress_page_init (CandorProgressPage *self)
{
  g_date_clear (&self->today, 1);
  /* Not a range: the first setting read below always counts as a change. */
  self->range = CANDOR_PROGRESS_N_RANGES;

  gtk_widget_init_template (GTK_WIDGET (self));

  add_card (self, CARD_CHATS, "chats-card", _("Meaningful Chats"),
            _("Connection Checks you held, plus chats you marked as meaningful, each month. "
              "The band is your target range."));
  add_card (self, CARD_DISCLOSURES, "disclosures-card", _("Mutual Disclosures"),
            _("Days you both shared a check-in, plus Connection Checks where you both opened "
              "up, each quarter."));
  add_card (self, CARD_FOLLOW_UPS, "follow-ups-card", _("Follow-ups Kept"),
            _("The share of commitments kept within a week of making them, counted in the "
              "month they were due. A ring means nothing was due."));
  add_card (self, CARD_RATIO, "ratio-card", _("Kind to Corrective Moments"),
            _("Positive moments, appreciations and bids turned toward, against corrective "
              "moments, tension scripts and bids turned away, each week. The line is your "
              "aim; a ring is a week with nothing corrective."));
  add_card (self, CARD_FAMILIES, "families-card", _("Feelings by Family"),
            _("Feelings named, by family. Counted from check-ins, practices and feelings you "
              "named on their own."));
  add_card (self, CARD_NAMED, "named-card", _("Feelings Named"),
            _("Feelings named each month, by anyone; point at a month to see who named "
              "how many."));
  add_card (self, CARD_VOCABULARY, "vocabulary-card", _("Your Feeling Words"),
            _("How many different feeling words you have used, month by month."));

  /* Periods in a year, for axis labels at steps that fit it when not all fit. */
  candor_bar_chart_set_label_cycle (self->cards[CARD_CHATS].chart, 12);
  candor_bar_chart_set_label_cycle (self->cards[CARD_DISCLOSURES].chart, 4);
  candor_bar_chart_set_label_cycle (self->cards[CARD_FOLLOW_UPS].chart, 12);
  candor_bar_chart_set_label_cycle (self->cards[CARD_RATIO].chart, 52);
  candor_bar_chart_set_label_cycle (self->cards[CARD_NAMED].chart, 12);
  candor_bar_chart_set_label_cycle (self->cards[CARD_VOCABULARY].chart, 12);

  self->settings = g_settings_new (BASE_ID);
  g_signal_connect_swapped (self->settings, "changed::progress-range",
                            G_CALLBACK (range_setting_changed_cb), self);
  range_setting_changed_cb (self);
  if (self->range >= CANDOR_PROGRESS_N_RANGES)
    gtk_toggle_button_set_active (self->range_buttons[CANDOR_PROGRESS_RANGE_1_YEAR], TRUE);
  g_settings_bind (self->settings, "progress-show-table", self->table_button, "active",
                   G_SETTINGS_BIND_DEFAULT);
}

CandorSession *
candor_progress_page_get_session (CandorProgressPage *self)
{
  g_return_val_if_fail (CANDOR_IS_PROGRESS_PAGE (self), NULL);

  return self->session;
}

void
candor_progress_page_set_session (CandorProgressPage *self,
                                  CandorSession      *session)
{
  g_return_if_fail (CANDOR_IS_PROGRESS_PAGE (self));
  g_return_if_fail (session == NULL || CANDOR_IS_SESSION (session));

  if (self->session == session)
    return;

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_set_object (&self->session, session);

  if (session != NULL)
    {
      g_signal_connect_object (session, "notify::journal",
                               G_CALLBACK (journal_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (session, "notify::state",
                               G_CALLBACK (journal_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (session, "notify::older-years-loaded",
                               G_CALLBACK (journal_changed_cb), self, G_CONNECT_SWAPPED);
    }

  journal_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

void
candor_progress_page_set_today (CandorProgressPage *self,
                                const GDate        *today)
{
  g_return_if_fail (CANDOR_IS_PROGRESS_PAGE (self));

  if (today != NULL && g_date_valid (today))
    self->today = *today;
  else
    g_date_clear (&self->today, 1);

  queue_update (self);
}

void
candor_progress_page_update (CandorProgressPage *self)
{
  g_return_if_fail (CANDOR_IS_PROGRESS_PAGE (self));

  update_now (self);
}

gint64
candor_progress_page_get_update_time (CandorProgressPage *self)
{
  g_return_val_if_fail (CANDOR_IS_PROGRESS_PAGE (self), 0);

  return self->update_time;
}
