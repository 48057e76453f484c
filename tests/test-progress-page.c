/* test-progress-page.c — the Progress page and its charts, on real widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <sodium.h>

#include "candor-application.h"
#include "candor-bar-chart.h"
#include "candor-preferences-window.h"
#include "candor-progress-page.h"
#include "candor-reassessment-card.h"
#include "candor-secure.h"
#include "candor-session.h"
#include "candor-stats.h"
#include "candor-test-utils.h"
#include "candor-ui.h"
#include "candor-window.h"

static CandorApplication *app;

typedef struct {
  char               *root;
  CandorSession      *session;
  CandorJournal      *journal;
  CandorPerson       *partner;
  GtkWindow          *window;
  CandorProgressPage *page;
  GDate               today;
} Fixture;

static GDateTime *
at (const GDate *date,
    int          days,
    int          hour)
{
  GDate d = *date;

  if (days >= 0)
    g_date_add_days (&d, days);
  else
    g_date_subtract_days (&d, -days);
  return g_date_time_new_utc (g_date_get_year (&d), g_date_get_month (&d), g_date_get_day (&d),
                              hour, 0, 0);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *dir = NULL;
  /* The journal started 50 days before "today", May 15, 2024. */
  g_autoptr(GDateTime) created = NULL;
  CandorPerson *me, *partner;
  g_autoptr(GSettings) settings = g_settings_new (BASE_ID);

  /* Each test starts from the default range and charts, whatever the last one chose. */
  g_settings_reset (settings, "progress-range");
  g_settings_reset (settings, "progress-show-table");

  g_date_clear (&fixture->today, 1);
  g_date_set_dmy (&fixture->today, 15, 5, 2024);
  created = at (&fixture->today, -50, 20);

  fixture->root = g_dir_make_tmp ("candor-progress-XXXXXX", &error);
  g_assert_no_error (error);
  dir = g_build_filename (fixture->root, "journal", NULL);
  fixture->session = candor_session_new (dir);
  candor_session_set_autosave_delay (fixture->session, 0);
  candor_vault_set_kdf_limits (candor_session_get_vault (fixture->session),
                               crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN);

  me = g_object_new (CANDOR_TYPE_PERSON, "created", created, "modified", created,
                     "name", "Alex", "is-me", TRUE, NULL);
  partner = g_object_new (CANDOR_TYPE_PERSON, "created", created, "modified", created,
                          "name", "Sam", "relationship", CANDOR_RELATIONSHIP_PARTNER,
                          "cadence", 2, NULL);
  g_ptr_array_add (people, me);
  g_ptr_array_add (people, partner);
  g_assert_true (candor_session_create (fixture->session, "progress test passphrase", people,
                                        &error));
  g_assert_no_error (error);

  fixture->journal = candor_session_get_journal (fixture->session);
  fixture->partner = CANDOR_PERSON (candor_journal_get_person_by_id (fixture->journal,
                                    candor_entry_get_id (CANDOR_ENTRY (partner))));
  g_assert_nonnull (fixture->partner);

  fixture->page = g_object_new (CANDOR_TYPE_PROGRESS_PAGE, NULL);
  candor_progress_page_set_today (fixture->page, &fixture->today);
  candor_progress_page_set_session (fixture->page, fixture->session);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 800, 900);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  gtk_window_present (fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  candor_test_spin (50);
  g_clear_object (&fixture->session);
  candor_test_remove_tree (fixture->root);
  g_free (fixture->root);
}

static void
add_held_check (Fixture *fixture,
                int      days)
{
  g_autoptr(GDateTime) start = at (&fixture->today, days, 18);
  g_autoptr(CandorCheck) check =
    candor_check_new (candor_entry_get_id (CANDOR_ENTRY (fixture->partner)), start);

  candor_check_set_status (check, CANDOR_CHECK_STATUS_HELD);
  candor_journal_add_check (fixture->journal, check);
}

/* Four held checks in May (the 1st, 3rd, 8th and 14th), two in April. */
static void
add_some_life (Fixture *fixture)
{
  static const int may[] = { -14, -12, -7, -1 };
  const char *sam = candor_entry_get_id (CANDOR_ENTRY (fixture->partner));

  for (guint i = 0; i < G_N_ELEMENTS (may); i++)
    add_held_check (fixture, may[i]);
  add_held_check (fixture, -30);
  add_held_check (fixture, -20);

  {
    static const char * const words[] = { "grateful", "calm", NULL };
    g_autoptr(GDateTime) when = at (&fixture->today, -2, 21);
    g_autoptr(CandorFeelingNote) note = candor_feeling_note_new (sam, when);

    candor_feeling_note_set_feelings (note, words);
    candor_journal_add_feeling_note (fixture->journal, note);
  }

  for (int day = -40; day <= 0; day++)
    {
      g_autoptr(GDateTime) when = at (&fixture->today, day, 12);
      g_autoptr(CandorInteraction) kind =
        candor_interaction_new (sam, when, CANDOR_INTERACTION_KIND_POSITIVE);
      g_autoptr(GDateTime) date = at (&fixture->today, day, 0);
      g_autoptr(CandorCheckin) checkin =
        candor_checkin_new (sam, date, CANDOR_CHECKIN_KIND_NEED);

      candor_journal_add_interaction (fixture->journal, kind);
      if (day % 9 == 0)
        {
          g_autoptr(CandorInteraction) corrective =
            candor_interaction_new (sam, when, CANDOR_INTERACTION_KIND_CORRECTIVE);

          candor_journal_add_interaction (fixture->journal, corrective);
        }
      candor_journal_add_checkin (fixture->journal, checkin);
    }
}

/* A kind moment @days_ago days before today: the journal counts from there on. */
static void
add_old_moment (Fixture *fixture,
                int      days_ago)
{
  g_autoptr(GDateTime) when = at (&fixture->today, -days_ago, 12);
  g_autoptr(CandorInteraction) kind =
    candor_interaction_new (candor_entry_get_id (CANDOR_ENTRY (fixture->partner)), when,
                            CANDOR_INTERACTION_KIND_POSITIVE);

  candor_journal_add_interaction (fixture->journal, kind);
}

static GtkWidget *
find_named (Fixture    *fixture,
            const char *name)
{
  return candor_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_WIDGET, name);
}

static CandorBarChart *
card_chart (Fixture    *fixture,
            const char *card_name)
{
  GtkWidget *card = find_named (fixture, card_name);

  g_assert_nonnull (card);
  return CANDOR_BAR_CHART (candor_test_find_widget (card, CANDOR_TYPE_BAR_CHART, NULL));
}

static const char *
card_sentence (Fixture    *fixture,
               const char *card_name)
{
  GtkWidget *card = find_named (fixture, card_name);
  /* The heading first, then the sentence. */
  GtkWidget *sentence = gtk_widget_get_next_sibling (gtk_widget_get_first_child (card));

  return gtk_label_get_label (GTK_LABEL (sentence));
}

static GtkStack *
page_stack (Fixture *fixture)
{
  return GTK_STACK (candor_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_STACK, NULL));
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

static gboolean
is_hidden (gpointer data)
{
  return !gtk_widget_get_visible (GTK_WIDGET (data));
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  candor_progress_page_update (fixture->page);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page_stack (fixture)), ==, "empty");
  g_assert_nonnull (candor_test_find_widget (GTK_WIDGET (fixture->page), ADW_TYPE_STATUS_PAGE,
                                             "Your Progress Will Grow Here"));
}

static void
test_cards (Fixture       *fixture,
            gconstpointer  data)
{
  static const char *cards[] = {
    "chats-card", "disclosures-card", "follow-ups-card", "ratio-card", "families-card",
    "named-card", "vocabulary-card",
  };

  add_some_life (fixture);
  candor_progress_page_update (fixture->page);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page_stack (fixture)), ==, "content");

  for (guint i = 0; i < G_N_ELEMENTS (cards); i++)
    {
      GtkWidget *card = find_named (fixture, cards[i]);

      g_assert_nonnull (card);
      g_assert_true (candor_test_wait_for (is_mapped, card, 2000));
      g_assert_cmpuint (candor_bar_chart_get_n_bars (card_chart (fixture, cards[i])), >, 0);
    }

  /* March 26 (the start) … May 15: March, April and May. */
  g_assert_cmpuint (candor_bar_chart_get_n_bars (card_chart (fixture, "chats-card")), ==, 3);
  g_assert_cmpstr (card_sentence (fixture, "chats-card"), ==,
                   "4 meaningful chats this month — right in your 4–6 range");
  /* Usable at 360 px: nothing on the page asks for more. */
  {
    int minimum;

    gtk_widget_measure (GTK_WIDGET (fixture->page), GTK_ORIENTATION_HORIZONTAL, -1, &minimum,
                        NULL, NULL, NULL);
    g_assert_cmpint (minimum, <=, 360);
  }

  /* The streak is off by default, and so is its card. */
  g_assert_false (gtk_widget_get_visible (find_named (fixture, "streak-card")));
}

static void
test_chart_description (Fixture       *fixture,
                        gconstpointer  data)
{
  CandorBarChart *chart;
  const char *description;

  add_some_life (fixture);
  candor_progress_page_update (fixture->page);
  chart = card_chart (fixture, "chats-card");

  description = candor_bar_chart_get_description (chart);
  g_assert_nonnull (strstr (description, "April 2024: 2 meaningful chats"));
  g_assert_nonnull (strstr (description, "May 2024: 4 meaningful chats"));

  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_ROLE_IMG);

  /* Feelings named over time, with each person's share. */
  g_assert_nonnull (strstr (candor_bar_chart_get_description (card_chart (fixture, "named-card")),
                            "May 2024: 2 feelings named — Sam 2"));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chart),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chart),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Meaningful Chats");
}

static gboolean
press_key (GtkWidget *widget,
           guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }

  return handled;
}

static void
test_arrow_keys (Fixture       *fixture,
                 gconstpointer  data)
{
  CandorBarChart *chart;
  guint n;

  add_some_life (fixture);
  candor_progress_page_update (fixture->page);
  chart = card_chart (fixture, "ratio-card");
  n = candor_bar_chart_get_n_bars (chart);
  g_assert_cmpuint (n, >=, 3);
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (chart)));
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (chart)));

  g_assert_cmpint (candor_bar_chart_get_highlight (chart), ==, -1);
  /* The first arrow lands on the latest week. */
  g_assert_true (press_key (GTK_WIDGET (chart), GDK_KEY_Left));
  g_assert_cmpint (candor_bar_chart_get_highlight (chart), ==, (int) n - 1);
  g_assert_true (press_key (GTK_WIDGET (chart), GDK_KEY_Left));
  g_assert_cmpint (candor_bar_chart_get_highlight (chart), ==, (int) n - 2);
  g_assert_true (press_key (GTK_WIDGET (chart), GDK_KEY_Home));
  g_assert_cmpint (candor_bar_chart_get_highlight (chart), ==, 0);
  g_assert_true (press_key (GTK_WIDGET (chart), GDK_KEY_Left));
  g_assert_cmpint (candor_bar_chart_get_highlight (chart), ==, 0);
  g_assert_true (press_key (GTK_WIDGET (chart), GDK_KEY_Right));
  g_assert_cmpint (candor_bar_chart_get_highlight (chart), ==, 1);

  /* The highlighted bar's sentence is announced through the accessible name. */
  {
    g_auto(GStrv) parts = g_strsplit (candor_bar_chart_get_description (chart), "; ", -1);
    g_autofree char *label = g_strdup_printf ("Kind to Corrective Moments: %s", parts[1]);

    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chart),
                                         GTK_ACCESSIBLE_PROPERTY_LABEL, label);
  }

  g_assert_true (press_key (GTK_WIDGET (chart), GDK_KEY_End));
  g_assert_cmpint (candor_bar_chart_get_highlight (chart), ==, (int) n - 1);
  /* Ten bars at a time, for years of weeks. */
  g_assert_true (press_key (GTK_WIDGET (chart), GDK_KEY_Page_Up));
  g_assert_cmpint (candor_bar_chart_get_highlight (chart), ==, MAX ((int) n - 11, 0));
  g_assert_true (press_key (GTK_WIDGET (chart), GDK_KEY_Page_Down));
  g_assert_cmpint (candor_bar_chart_get_highlight (chart), ==, MIN (MAX ((int) n - 11, 0) + 10,
                                                                   (int) n - 1));
  g_assert_false (press_key (GTK_WIDGET (chart), GDK_KEY_a));
}

static void
test_reassessment (Fixture       *fixture,
                   gconstpointer  data)
{
  CandorSettings *settings = candor_journal_get_settings (fixture->journal);
  GtkWidget *card;
  AdwComboRow *cadence_row, *depth_row;
  CandorQuestionDepth depth = candor_settings_get_question_depth (settings);
  g_autoptr(CandorReassessment) recorded = NULL;
  GListModel *reassessments = candor_journal_get_reassessments (fixture->journal);
  GDate day_before;

  add_some_life (fixture);
  card = candor_test_find_widget (GTK_WIDGET (fixture->page), CANDOR_TYPE_REASSESSMENT_CARD,
                                  NULL);

  /* 50 days in: not yet. */
  candor_progress_page_update (fixture->page);
  g_assert_false (gtk_widget_get_visible (card));

  /* 84 days after the start (March 26): the day before, and on the day. */
  g_date_clear (&day_before, 1);
  g_date_set_dmy (&day_before, 17, 6, 2024);
  candor_progress_page_set_today (fixture->page, &day_before);
  candor_progress_page_update (fixture->page);
  g_assert_false (gtk_widget_get_visible (card));
  g_date_add_days (&day_before, 1);
  fixture->today = day_before;
  candor_progress_page_set_today (fixture->page, &fixture->today);
  candor_progress_page_update (fixture->page);
  g_assert_true (gtk_widget_get_visible (card));

  cadence_row = ADW_COMBO_ROW (candor_test_find_widget (card, ADW_TYPE_COMBO_ROW,
                                                        "Connection Checks"));
  depth_row = ADW_COMBO_ROW (candor_test_find_widget (card, ADW_TYPE_COMBO_ROW, "Questions"));
  g_assert_nonnull (cadence_row);
  g_assert_nonnull (depth_row);
  /* "More often: 3 a month" for Sam, who meets twice a month. */
  g_assert_cmpstr (gtk_string_object_get_string (adw_combo_row_get_selected_item (cadence_row)),
                   ==, "Keep 2 a month");
  adw_combo_row_set_selected (cadence_row, 1);
  g_assert_cmpstr (gtk_string_object_get_string (adw_combo_row_get_selected_item (cadence_row)),
                   ==, "More often: 3 a month");
  adw_combo_row_set_selected (depth_row, depth < CANDOR_QUESTION_DEPTH_DEEP ? 1 : 2);

  g_assert_true (gtk_widget_activate_action (card, "reassessment.apply", NULL));

  g_assert_cmpuint (candor_person_get_cadence (fixture->partner), ==, 3);
  g_assert_cmpint (candor_settings_get_question_depth (settings), ==,
                   depth < CANDOR_QUESTION_DEPTH_DEEP ? depth + 1 : depth - 1);
  g_assert_cmpuint (g_list_model_get_n_items (reassessments), ==, 1);
  recorded = g_list_model_get_item (reassessments, 0);
  g_assert_cmpint (candor_reassessment_get_cadence_change (recorded), ==,
                   CANDOR_CADENCE_CHANGE_MORE);
  g_assert_cmpstr (candor_reassessment_get_person_id (recorded), ==,
                   candor_entry_get_id (CANDOR_ENTRY (fixture->partner)));
  g_assert_true (candor_journal_get_dirty (fixture->journal));

  /* The card goes, a thank-you stays, and the next one is 12 weeks away. */
  g_assert_true (candor_test_wait_for (is_hidden, card, 2000));
  candor_progress_page_update (fixture->page);
  g_assert_false (gtk_widget_get_visible (card));
}

static void
test_streak_switch (Fixture       *fixture,
                    gconstpointer  data)
{
  CandorSettings *settings = candor_journal_get_settings (fixture->journal);
  GtkWidget *card;

  add_some_life (fixture);
  candor_progress_page_update (fixture->page);
  card = find_named (fixture, "streak-card");
  g_assert_false (gtk_widget_get_visible (card));

  /* Switched on in Preferences: the page follows the setting by itself. It updates in
   * a low-priority idle, after drawing; a software renderer's first frames can take
   * seconds on a busy machine. */
  candor_settings_set_streak_enabled (settings, TRUE);
  g_assert_true (candor_test_wait_for (is_mapped, card, 10000));
  /* Check-ins every day of the last 41 days. */
  g_assert_nonnull (candor_test_find_widget (card, GTK_TYPE_LABEL, "41"));

  candor_settings_set_streak_enabled (settings, FALSE);
  g_assert_true (candor_test_wait_for (is_hidden, card, 10000));
}

/* Preferences → Show a Streak stores the journal's setting, which the page follows. */
static void
test_preferences_switch (Fixture       *fixture,
                         gconstpointer  data)
{
  CandorSettings *settings = candor_journal_get_settings (fixture->journal);
  CandorWindow *window;
  CandorPreferencesWindow *prefs;
  GtkWidget *row, *toggle, *card;

  add_some_life (fixture);
  candor_progress_page_update (fixture->page);
  card = find_named (fixture, "streak-card");

  window = candor_window_new_for_session (app, fixture->session);
  prefs = candor_preferences_window_new (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (prefs));

  row = candor_test_find_widget (GTK_WIDGET (prefs), ADW_TYPE_ACTION_ROW, "Show a Streak");
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_is_visible (row));
  toggle = candor_test_find_widget (row, GTK_TYPE_SWITCH, NULL);
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (toggle)));

  gtk_switch_set_active (GTK_SWITCH (toggle), TRUE);
  g_assert_true (candor_settings_get_streak_enabled (settings));
  g_assert_true (candor_test_wait_for (is_mapped, card, 10000));

  /* And back: the setting moves the switch too. */
  candor_settings_set_streak_enabled (settings, FALSE);
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (toggle)));
  g_assert_true (candor_test_wait_for (is_hidden, card, 10000));

  gtk_window_destroy (GTK_WINDOW (prefs));
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkToggleButton *
range_button (Fixture    *fixture,
              const char *label)
{
  GtkWidget *button = candor_test_find_widget (GTK_WIDGET (fixture->page),
                                               GTK_TYPE_TOGGLE_BUTTON, label);

  g_assert_nonnull (button);
  return GTK_TOGGLE_BUTTON (button);
}

static guint
n_bars (Fixture    *fixture,
        const char *card_name)
{
  return candor_bar_chart_get_n_bars (card_chart (fixture, card_name));
}

static gboolean
is_active (gpointer data)
{
  return gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (data));
}

static gboolean
is_inactive (gpointer data)
{
  return !gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (data));
}

/* As a click or the space bar would: the button shows it is pressed, then toggles. */
static void
press (GtkWidget *button)
{
  gboolean was_active = gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button));

  gtk_widget_activate (button);
  g_assert_true (candor_test_wait_for (was_active ? is_inactive : is_active, button, 2000));
}

/* The range buttons: how many weeks, months and quarters every chart shows. */
static void
test_range (Fixture       *fixture,
            gconstpointer  data)
{
  CandorSettings *settings = candor_journal_get_settings (fixture->journal);
  g_autoptr(GSettings) gsettings = g_settings_new (BASE_ID);
  g_autoptr(CandorStats) stats = NULL;
  g_autofree char *stored = NULL;
  CandorProgressPage *other;
  guint n_weeks, n_months, n_quarters;

  add_some_life (fixture);
  /* Three years ago: the journal counts from then. */
  add_old_moment (fixture, 3 * 365);
  candor_progress_page_update (fixture->page);

  stats = candor_stats_compute (fixture->journal, &fixture->today,
                                candor_settings_get_first_weekday (settings), NULL);
  candor_stats_get_ratio (stats, &n_weeks);
  candor_stats_get_chats (stats, &n_months);
  candor_stats_get_disclosures (stats, &n_quarters);
  g_assert_cmpuint (n_weeks, >=, 3 * 52);
  g_assert_cmpuint (n_months, ==, 37);
  g_assert_cmpuint (n_quarters, ==, 13);

  /* A year unless chosen otherwise. */
  g_assert_true (gtk_toggle_button_get_active (range_button (fixture, "1 Year")));
  g_assert_cmpuint (n_bars (fixture, "ratio-card"), ==, 52);
  g_assert_cmpuint (n_bars (fixture, "chats-card"), ==, 12);
  g_assert_cmpuint (n_bars (fixture, "disclosures-card"), ==, 4);
  g_assert_cmpstr (candor_bar_chart_get_bar_label (card_chart (fixture, "chats-card"), 11), ==,
                   "May");

  /* Keyboard reachable, and a click is all it takes. */
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (range_button (fixture, "12 Weeks"))));
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (range_button (fixture, "12 Weeks"))));
  press (GTK_WIDGET (range_button (fixture, "12 Weeks")));
  g_assert_true (gtk_toggle_button_get_active (range_button (fixture, "12 Weeks")));
  g_assert_false (gtk_toggle_button_get_active (range_button (fixture, "1 Year")));
  g_assert_cmpuint (n_bars (fixture, "ratio-card"), ==, 12);
  g_assert_cmpuint (n_bars (fixture, "chats-card"), ==, 3);
  g_assert_cmpuint (n_bars (fixture, "follow-ups-card"), ==, 3);
  g_assert_cmpuint (n_bars (fixture, "named-card"), ==, 3);
  g_assert_cmpuint (n_bars (fixture, "vocabulary-card"), ==, 3);
  g_assert_cmpuint (n_bars (fixture, "disclosures-card"), ==, 2);
  /* Feelings by family stay one bar a family, counted over the range. */
  g_assert_cmpuint (n_bars (fixture, "families-card"), ==, CANDOR_N_FEELING_FAMILIES);
  g_assert_true (g_str_has_prefix (card_sentence (fixture, "families-card"),
                                   "You named 2 feelings in the last three months"));

  press (GTK_WIDGET (range_button (fixture, "6 Months")));
  g_assert_cmpuint (n_bars (fixture, "ratio-card"), ==, 26);
  g_assert_cmpuint (n_bars (fixture, "chats-card"), ==, 6);
  g_assert_cmpuint (n_bars (fixture, "disclosures-card"), ==, 2);
  g_assert_true (g_str_has_prefix (card_sentence (fixture, "families-card"),
                                   "You named 2 feelings in the last six months"));

  /* All: every week since the first entry, with the year on the axis. */
  press (GTK_WIDGET (range_button (fixture, "All")));
  g_assert_cmpuint (n_bars (fixture, "ratio-card"), ==, n_weeks);
  g_assert_cmpuint (n_bars (fixture, "chats-card"), ==, n_months);
  g_assert_cmpuint (n_bars (fixture, "disclosures-card"), ==, n_quarters);
  g_assert_cmpstr (candor_bar_chart_get_bar_label (card_chart (fixture, "chats-card"),
                                                   n_months - 1), ==, "May 2024");
  g_assert_true (g_str_has_prefix (card_sentence (fixture, "families-card"),
                                   "You have named 2 feelings so far"));

  /* Remembered, for the next page and the next start. */
  stored = g_settings_get_string (gsettings, "progress-range");
  g_assert_cmpstr (stored, ==, "all");
  other = g_object_new (CANDOR_TYPE_PROGRESS_PAGE, NULL);
  g_object_ref_sink (other);
  g_assert_true (gtk_toggle_button_get_active (
                   GTK_TOGGLE_BUTTON (candor_test_find_widget (GTK_WIDGET (other),
                                                               GTK_TYPE_TOGGLE_BUTTON, "All"))));
  g_object_unref (other);

  /* And back to a year from the setting (another window chose it). */
  g_settings_set_string (gsettings, "progress-range", "1-year");
  g_assert_true (candor_test_wait_for (is_active, range_button (fixture, "1 Year"), 2000));
  g_assert_cmpuint (n_bars (fixture, "ratio-card"), ==, 52);
}

static GtkListBox *
card_table (Fixture    *fixture,
            const char *card_name)
{
  GtkWidget *card = find_named (fixture, card_name);

  return GTK_LIST_BOX (candor_test_find_widget (card, GTK_TYPE_LIST_BOX, NULL));
}

/* Every row of @card_name's table says exactly what its bar says. */
static void
assert_table_matches_chart (Fixture    *fixture,
                            const char *card_name)
{
  CandorBarChart *chart = card_chart (fixture, card_name);
  GtkListBox *table = card_table (fixture, card_name);
  guint n = candor_bar_chart_get_n_bars (chart);

  g_assert_nonnull (table);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (table)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (chart)));
  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (table, i);
      const char *description = candor_bar_chart_get_bar_description (chart, i);

      g_assert_nonnull (row);
      g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (gtk_list_box_row_get_child (row))), ==,
                       description);
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row),
                                           GTK_ACCESSIBLE_PROPERTY_LABEL, description);
      g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (row)));
    }
  g_assert_null (gtk_list_box_get_row_at_index (table, n));
}

/* Show as Table: each chart becomes a list of its bars' sentences, and back. */
static void
test_table (Fixture       *fixture,
            gconstpointer  data)
{
  static const char *cards[] = {
    "chats-card", "disclosures-card", "follow-ups-card", "ratio-card", "families-card",
    "named-card", "vocabulary-card",
  };
  g_autoptr(GSettings) gsettings = g_settings_new (BASE_ID);
  GtkWidget *button = find_named (fixture, "table-button");
  CandorBarChart *chart;

  add_some_life (fixture);
  add_old_moment (fixture, 2 * 365);
  candor_progress_page_update (fixture->page);

  g_assert_nonnull (button);
  g_assert_true (GTK_IS_TOGGLE_BUTTON (button));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Show as Table");
  chart = card_chart (fixture, "ratio-card");
  g_assert_true (candor_test_wait_for (is_mapped, chart, 2000));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (card_table (fixture, "ratio-card"))));

  press (button);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
  g_assert_true (g_settings_get_boolean (gsettings, "progress-show-table"));
  for (guint i = 0; i < G_N_ELEMENTS (cards); i++)
    assert_table_matches_chart (fixture, cards[i]);
  g_assert_true (candor_test_wait_for (is_mapped, card_table (fixture, "ratio-card"), 2000));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (chart)));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (card_table (fixture, "ratio-card")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Kind to Corrective Moments");
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (card_table (fixture, "ratio-card")),
                                   GTK_ACCESSIBLE_ROLE_LIST);
  g_assert_cmpuint (n_bars (fixture, "ratio-card"), ==, 52);

  /* A new range or new entries: the tables follow. */
  press (GTK_WIDGET (range_button (fixture, "12 Weeks")));
  g_assert_cmpuint (n_bars (fixture, "ratio-card"), ==, 12);
  for (guint i = 0; i < G_N_ELEMENTS (cards); i++)
    assert_table_matches_chart (fixture, cards[i]);
  add_held_check (fixture, 0);
  candor_progress_page_update (fixture->page);
  g_assert_nonnull (strstr (candor_bar_chart_get_bar_description (card_chart (fixture,
                                                                              "chats-card"), 2),
                            "May 2024: 5 meaningful chats"));
  assert_table_matches_chart (fixture, "chats-card");

  /* And back to the charts. */
  press (button);
  g_assert_false (g_settings_get_boolean (gsettings, "progress-show-table"));
  for (guint i = 0; i < G_N_ELEMENTS (cards); i++)
    {
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (card_chart (fixture, cards[i]))));
      g_assert_false (gtk_widget_get_visible (GTK_WIDGET (card_table (fixture, cards[i]))));
    }
  g_assert_true (candor_test_wait_for (is_mapped, chart, 2000));
}

static gboolean
width_is (gpointer data)
{
  GtkWidget *widget = data;
  int width = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (widget), "want-width"));

  /* The window may give a few pixels to its frame. */
  return ABS (gtk_widget_get_width (widget) - width) <= 16;
}

/* Renders the window to a texture, kept as a PNG when CANDOR_PROGRESS_PNG_DIR is set. */
static void
render (GtkWindow  *window,
        const char *name)
{
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (GTK_WIDGET (window));
  int height = gtk_widget_get_height (GTK_WIDGET (window));
  const char *dir = g_getenv ("CANDOR_PROGRESS_PNG_DIR");
  gint64 started = g_get_monotonic_time ();

  /* The window's picture is there once it has drawn a frame; a busy machine may take
   * a while for the first. */
  for (guint tries = 0; node == NULL && tries < 100; tries++)
    {
      g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
      g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();

      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
      if (node == NULL)
        candor_test_spin (50);
    }
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_cmpint (gdk_texture_get_width (texture), ==, width);
  g_test_message ("%s drawn in %.1f ms", name, (g_get_monotonic_time () - started) / 1000.0);

  if (dir != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_mkdir_with_parents (dir, 0755);
      g_assert_true (gdk_texture_save_to_png (texture, path));
      g_test_message ("wrote %s", path);
    }
}

/* Light and dark, wide and 360 px, charts and tables: drawn without a warning. */
static void
test_renders (Fixture       *fixture,
              gconstpointer  data)
{
  const int widths[] = { 800, 360 };
  AdwStyleManager *style = adw_style_manager_get_default ();
  GtkWidget *button = find_named (fixture, "table-button");
  GtkWidget *window = GTK_WIDGET (fixture->window);

  add_some_life (fixture);
  add_old_moment (fixture, 400);
  candor_progress_page_update (fixture->page);

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    for (guint dark = 0; dark < 2; dark++)
      for (guint table = 0; table < 2; table++)
        {
          g_autofree char *name = g_strdup_printf ("progress-%s-%s-%d.png",
                                                   table ? "table" : "charts",
                                                   dark ? "dark" : "light", widths[w]);

          adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                          : ADW_COLOR_SCHEME_FORCE_LIGHT);
          gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), table);
          gtk_window_set_default_size (fixture->window, widths[w], 900);
          g_object_set_data (G_OBJECT (window), "want-width", GINT_TO_POINTER (widths[w]));
          if (!candor_test_wait_for (width_is, window, 5000))
            g_error ("wanted %d, got %d", widths[w], gtk_widget_get_width (window));
          candor_test_spin (200);
          render (fixture->window, name);
        }

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

/* Ten years of demo data: counted in one pass, reported for the record. */
static void
test_ten_years (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tool = g_build_filename (g_getenv ("CANDOR_BUILD_ROOT"), "src", "tools",
                                            "candor-demo-data", NULL);
  g_autofree char *output = g_build_filename (fixture->root, "demo.json", NULL);
  g_autofree char *out_arg = g_strdup_printf ("--output=%s", output);
  const char *argv[] = { tool, "--years=10", "--seed=1", "--end=2024-05-15", out_arg, NULL };
  g_autoptr(JsonParser) parser = json_parser_new ();
  int status = 0;
  gint64 time;

  if (!g_file_test (tool, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("candor-demo-data is not built");
      return;
    }

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL,
                               NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_true (json_parser_load_from_file (parser, output, &error));
  g_assert_no_error (error);
  g_assert_true (candor_journal_import_document (fixture->journal, json_parser_get_root (parser),
                                                 CANDOR_IMPORT_MODE_REPLACE, &error));
  g_assert_no_error (error);

  candor_progress_page_update (fixture->page);
  time = candor_progress_page_get_update_time (fixture->page);
  g_test_message ("10 years of demo data counted and charted in %.1f ms", time / 1000.0);
  g_assert_cmpint (time, <, 2 * G_USEC_PER_SEC);
  g_assert_cmpuint (candor_bar_chart_get_n_bars (card_chart (fixture, "chats-card")), ==, 12);
  g_assert_cmpuint (candor_bar_chart_get_n_bars (card_chart (fixture, "ratio-card")), ==, 52);

  /* All of it: some 520 weeks, still quick to count and to draw, wide and narrow. */
  press (GTK_WIDGET (range_button (fixture, "All")));
  time = candor_progress_page_get_update_time (fixture->page);
  g_test_message ("10 years, all of it, counted and charted in %.1f ms", time / 1000.0);
  g_assert_cmpint (time, <, 2 * G_USEC_PER_SEC);
  g_assert_cmpuint (candor_bar_chart_get_n_bars (card_chart (fixture, "ratio-card")), >=, 520);
  g_assert_cmpuint (candor_bar_chart_get_n_bars (card_chart (fixture, "chats-card")), >=, 120);
  g_assert_true (candor_test_wait_for (is_mapped, card_chart (fixture, "ratio-card"), 2000));
  candor_test_spin (100);
  render (fixture->window, "progress-all-800.png");

  /* Moving along 520 bars redraws the chart each time: well within a frame. */
  {
    CandorBarChart *ratio = card_chart (fixture, "ratio-card");
    gint64 started = g_get_monotonic_time ();
    gint64 each;

    for (int i = 0; i < 20; i++)
      {
        g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
        g_autoptr(GskRenderNode) node = NULL;

        candor_bar_chart_set_highlight (ratio, 500 + i);
        /* The chart's own drawing, not a cached picture of it. */
        GTK_WIDGET_GET_CLASS (ratio)->snapshot (GTK_WIDGET (ratio), snapshot);
        node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
        g_assert_nonnull (node);
      }
    each = (g_get_monotonic_time () - started) / 20;
    g_test_message ("a chart of %u weeks drawn in %.2f ms", candor_bar_chart_get_n_bars (ratio),
                    each / 1000.0);
    g_assert_cmpint (each, <, 16000);
  }
  gtk_window_set_default_size (fixture->window, 360, 900);
  g_object_set_data (G_OBJECT (fixture->window), "want-width", GINT_TO_POINTER (360));
  g_assert_true (candor_test_wait_for (width_is, fixture->window, 5000));
  candor_test_spin (100);
  render (fixture->window, "progress-all-360.png");

  /* And as tables: a row for each of those weeks and months. */
  time = g_get_monotonic_time ();
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (find_named (fixture, "table-button")), TRUE);
  time = g_get_monotonic_time () - time;
  g_test_message ("10 years, all of it, listed in %.1f ms", time / 1000.0);
  g_assert_cmpint (time, <, 2 * G_USEC_PER_SEC);
  assert_table_matches_chart (fixture, "ratio-card");
  assert_table_matches_chart (fixture, "chats-card");
  g_assert_true (candor_test_wait_for (is_mapped, card_table (fixture, "ratio-card"), 5000));
  render (fixture->window, "progress-all-table-360.png");
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();
  g_assert_true (candor_secure_init (NULL));
  candor_ui_ensure_types ();
  app = candor_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/progress/empty", test_empty);
  ADD ("/progress/cards", test_cards);
  ADD ("/progress/chart-description", test_chart_description);
  ADD ("/progress/arrow-keys", test_arrow_keys);
  ADD ("/progress/reassessment", test_reassessment);
  ADD ("/progress/streak-switch", test_streak_switch);
  ADD ("/progress/preferences-switch", test_preferences_switch);
  ADD ("/progress/range", test_range);
  ADD ("/progress/table", test_table);
  ADD ("/progress/renders", test_renders);
  ADD ("/progress/ten-years", test_ten_years);
#undef ADD

  ret = g_test_run ();
  g_object_unref (app);
  return ret;
}
