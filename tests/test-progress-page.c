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

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

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
  remove_tree (fixture->root);
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

  /* Switched on in Preferences: the page follows the setting by itself. */
  candor_settings_set_streak_enabled (settings, TRUE);
  g_assert_true (candor_test_wait_for (is_mapped, card, 3000));
  /* Check-ins every day of the last 41 days. */
  g_assert_nonnull (candor_test_find_widget (card, GTK_TYPE_LABEL, "41"));

  candor_settings_set_streak_enabled (settings, FALSE);
  g_assert_true (candor_test_wait_for (is_hidden, card, 3000));
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
  g_assert_true (candor_test_wait_for (is_mapped, card, 3000));

  /* And back: the setting moves the switch too. */
  candor_settings_set_streak_enabled (settings, FALSE);
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (toggle)));
  g_assert_true (candor_test_wait_for (is_hidden, card, 3000));

  gtk_window_destroy (GTK_WINDOW (prefs));
  gtk_window_destroy (GTK_WINDOW (window));
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
  g_assert_cmpuint (candor_bar_chart_get_n_bars (card_chart (fixture, "ratio-card")), ==, 12);
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
  ADD ("/progress/ten-years", test_ten_years);
#undef ADD

  ret = g_test_run ();
  g_object_unref (app);
  return ret;
}
