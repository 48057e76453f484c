/* test-practices.c — the Practices page, on real widgets in the real window
 *
 * Timers run on a fake clock (the widgets hand out their CandorPhaseTimer), so nothing
 * sleeps. Notifications go to a stand-in for GNOME Shell's org.gtk.Notifications that
 * this test owns on the session bus, so the test can see which ones were sent.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <sodium.h>

#include "candor-application.h"
#include "candor-conflict-rules.h"
#include "candor-feeling-picker.h"
#include "candor-practices-page.h"
#include "candor-rituals.h"
#include "candor-secure.h"
#include "candor-tension-script.h"
#include "candor-test-utils.h"
#include "candor-time-out.h"
#include "candor-vocabulary.h"
#include "candor-vulnerability-exercise.h"
#include "candor-window.h"

#define SEC G_GINT64_CONSTANT (1000000)

static CandorApplication *app;
static char *journal_root;
static GPtrArray *notifications;   /* ids received by the stand-in server */
static gint64 fake_now;

typedef struct {
  CandorWindow        *window;
  CandorPracticesPage *page;
  CandorJournal       *journal;
} Fixture;

static gint64
fake_clock (gpointer data)
{
  return fake_now;
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->window = candor_window_new (app);
  gtk_window_present (GTK_WINDOW (fixture->window));
  g_assert_true (candor_test_wait_for (is_mapped, fixture->window, 5000));
  candor_window_set_visible_page (fixture->window, "practices");
  fixture->page = CANDOR_PRACTICES_PAGE (candor_test_find_widget (GTK_WIDGET (fixture->window),
                                                                  CANDOR_TYPE_PRACTICES_PAGE,
                                                                  NULL));
  g_assert_nonnull (fixture->page);
  g_assert_true (candor_test_wait_for (is_mapped, fixture->page, 5000));
  fixture->journal = candor_session_get_journal (candor_application_get_session (app));
  g_ptr_array_set_size (notifications, 0);
  fake_now = 1000 * SEC;
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  candor_test_close_toplevels_except (NULL);
}

static CandorPerson *
person_named (CandorJournal *journal,
              const char    *name)
{
  GListModel *people = candor_journal_get_people (journal);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(CandorPerson) person = g_list_model_get_item (people, i);

      if (g_strcmp0 (candor_person_get_name (person), name) == 0)
        return person;
    }

  return NULL;
}

static CandorExercise *
last_exercise_of_kind (CandorJournal      *journal,
                       CandorExerciseKind  kind)
{
  GListModel *exercises = candor_journal_get_exercises (journal);
  CandorExercise *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (exercises); i++)
    {
      g_autoptr(CandorExercise) exercise = g_list_model_get_item (exercises, i);

      if (candor_exercise_get_kind (exercise) == kind)
        found = exercise;
    }

  return found;
}

static guint
count_exercises_of_kind (CandorJournal      *journal,
                         CandorExerciseKind  kind)
{
  GListModel *exercises = candor_journal_get_exercises (journal);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (exercises); i++)
    {
      g_autoptr(CandorExercise) exercise = g_list_model_get_item (exercises, i);

      n += candor_exercise_get_kind (exercise) == kind;
    }

  return n;
}

static gboolean
notified (gpointer data)
{
  for (guint i = 0; i < notifications->len; i++)
    if (g_str_equal (g_ptr_array_index (notifications, i), data))
      return TRUE;

  return FALSE;
}

static gboolean
toplevel_shown (gpointer data)
{
  GtkWindow *window = candor_test_find_toplevel (GPOINTER_TO_SIZE (data));

  return window != NULL && gtk_widget_get_mapped (GTK_WIDGET (window));
}

static const char *
some_feeling_id (guint n)
{
  GListModel *all = candor_vocabulary_get_all (candor_vocabulary_get_default ());
  g_autoptr(CandorFeeling) feeling = g_list_model_get_item (all, n);

  return candor_feeling_get_id (feeling);
}

static void
pick_feelings (const char * const *ids)
{
  CandorFeelingPicker *picker;

  g_assert_true (candor_test_wait_for (toplevel_shown,
                                       GSIZE_TO_POINTER (CANDOR_TYPE_FEELING_PICKER), 5000));
  picker = CANDOR_FEELING_PICKER (candor_test_find_toplevel (CANDOR_TYPE_FEELING_PICKER));
  candor_feeling_picker_set_selected (picker, ids);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (picker), "picker.done", NULL));
  candor_test_spin (50);
}

static gboolean
label_shown (gpointer data)
{
  GtkWidget *root = ((gpointer *) data)[0];
  const char *text = ((gpointer *) data)[1];
  GtkWidget *label = candor_test_find_widget (root, GTK_TYPE_LABEL, text);

  return label != NULL && gtk_widget_get_mapped (label);
}

static void
assert_label_shown_within (GtkWidget  *root,
                           const char *text,
                           guint       timeout_ms)
{
  gpointer data[2] = { root, (gpointer) text };

  if (!candor_test_wait_for (label_shown, data, timeout_ms))
    g_error ("The label “%s” isn't showing", text);
}

static void
assert_label_shown (GtkWidget  *root,
                    const char *text)
{
  assert_label_shown_within (root, text, 3000);
}

static gboolean
exercise_is_after (gpointer data)
{
  return g_strcmp0 (candor_vulnerability_exercise_get_step (data), "after") == 0;
}

/* The vulnerability exercise, start to end, with a one-minute turn each. */
static void
test_vulnerability_exercise (Fixture       *fixture,
                             gconstpointer  data)
{
  CandorVulnerabilityExercise *exercise;
  CandorPhaseTimer *timer;
  CandorPerson *sam = person_named (fixture->journal, "Sam");
  GtkWidget *second;
  GtkSpinButton *spin;
  AdwEntryRow *note;
  CandorExercise *saved;
  const char *feeling = some_feeling_id (3);
  guint before = count_exercises_of_kind (fixture->journal, CANDOR_EXERCISE_KIND_VULNERABILITY);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page),
                                             "practices.start-exercise", NULL));
  g_assert_true (candor_test_wait_for (toplevel_shown,
                                       GSIZE_TO_POINTER (CANDOR_TYPE_VULNERABILITY_EXERCISE),
                                       5000));
  exercise = CANDOR_VULNERABILITY_EXERCISE (candor_test_find_toplevel (CANDOR_TYPE_VULNERABILITY_EXERCISE));
  timer = candor_vulnerability_exercise_get_timer (exercise);
  candor_phase_timer_set_clock (timer, fake_clock, NULL);
  g_assert_cmpstr (candor_vulnerability_exercise_get_step (exercise), ==, "setup");

  /* The two people are named; Sam starts. */
  g_assert_nonnull (candor_test_find_widget (GTK_WIDGET (exercise), ADW_TYPE_ACTION_ROW, "Alex"));
  second = candor_test_find_widget (GTK_WIDGET (exercise), ADW_TYPE_ACTION_ROW, "Sam");
  g_assert_nonnull (second);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (candor_test_find_widget (second,
                                                                          GTK_TYPE_CHECK_BUTTON,
                                                                          NULL)), TRUE);
  spin = GTK_SPIN_BUTTON (candor_test_find_widget (GTK_WIDGET (exercise), GTK_TYPE_SPIN_BUTTON, NULL));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), ==, 5);
  gtk_spin_button_set_value (spin, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (exercise), "exercise.begin", NULL));
  g_assert_cmpstr (candor_vulnerability_exercise_get_step (exercise), ==, "running");
  assert_label_shown (GTK_WIDGET (exercise), "Sam shares a fear");
  assert_label_shown (GTK_WIDGET (exercise), "Alex listens, mirrors and validates");
  assert_label_shown (GTK_WIDGET (exercise), "1:00");
  assert_label_shown (GTK_WIDGET (exercise), "“What I'm hearing is… Is that right?”");

  /* Paused, time stands still. */
  fake_now += 10 * SEC;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (exercise), "exercise.pause", NULL));
  fake_now += 100 * SEC;
  candor_test_spin (300);
  assert_label_shown (GTK_WIDGET (exercise), "0:50");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (exercise), "exercise.pause", NULL));

  /* The swap is shown, beeped and notified. */
  fake_now += 50 * SEC;
  assert_label_shown (GTK_WIDGET (exercise), "Time to swap: now Alex shares");
  assert_label_shown (GTK_WIDGET (exercise), "Alex shares a fear");
  g_assert_true (candor_test_wait_for (notified, (gpointer) "candor-vulnerability", 5000));

  fake_now += 60 * SEC;
  g_assert_true (candor_test_wait_for (exercise_is_after, exercise, 3000));
  assert_label_shown (GTK_WIDGET (exercise), "Thank You Both");

  note = ADW_ENTRY_ROW (candor_test_find_widget (GTK_WIDGET (exercise), ADW_TYPE_ENTRY_ROW,
                                                 "A note (optional)"));
  gtk_editable_set_text (GTK_EDITABLE (note), "  Sam talked about work; I listened.  ");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (exercise), "exercise.choose-feelings",
                                             NULL));
  pick_feelings ((const char *[]) { feeling, NULL });

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (exercise), "exercise.save", NULL));
  g_assert_cmpuint (count_exercises_of_kind (fixture->journal, CANDOR_EXERCISE_KIND_VULNERABILITY),
                    ==, before + 1);
  saved = last_exercise_of_kind (fixture->journal, CANDOR_EXERCISE_KIND_VULNERABILITY);
  g_assert_cmpstr (candor_exercise_get_note (saved), ==, "Sam talked about work; I listened.");
  g_assert_nonnull (candor_exercise_get_feelings (saved));
  g_assert_cmpstr (candor_exercise_get_feelings (saved)[0], ==, feeling);
  g_assert_cmpstr (candor_exercise_get_started_by (saved), ==,
                   candor_entry_get_id (CANDOR_ENTRY (sam)));
  g_assert_cmpuint (candor_exercise_get_duration (saved), ==, 120);
}

/* Closing in the middle of a turn asks first, and “Keep Going” keeps it running. */
/* Closing the main window in the middle of a turn leaves the exercise running, on true
 * time; a new main window finds it still there. */
static void
test_exercise_survives_main_window (Fixture       *fixture,
                                    gconstpointer  data)
{
  CandorVulnerabilityExercise *exercise;
  CandorPhaseTimer *timer;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page),
                                             "practices.start-exercise", NULL));
  g_assert_true (candor_test_wait_for (toplevel_shown,
                                       GSIZE_TO_POINTER (CANDOR_TYPE_VULNERABILITY_EXERCISE),
                                       5000));
  exercise = CANDOR_VULNERABILITY_EXERCISE (candor_test_find_toplevel (CANDOR_TYPE_VULNERABILITY_EXERCISE));
  timer = candor_vulnerability_exercise_get_timer (exercise);
  candor_phase_timer_set_clock (timer, fake_clock, NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (exercise), "exercise.begin", NULL));

  fake_now += 30 * SEC;
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  fixture->window = NULL;
  candor_test_spin (100);

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (exercise)));
  g_assert_cmpstr (candor_vulnerability_exercise_get_step (exercise), ==, "running");
  g_assert_cmpint (candor_phase_timer_get_state (timer), ==, CANDOR_PHASE_TIMER_RUNNING);
  g_assert_cmpint (candor_phase_timer_get_remaining (timer), ==, 270 * SEC);

  /* Reopened: the exercise goes on, and its clock never stopped. */
  fixture->window = candor_window_new (app);
  gtk_window_present (GTK_WINDOW (fixture->window));
  g_assert_true (candor_test_wait_for (is_mapped, fixture->window, 5000));
  fake_now += 30 * SEC;
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (exercise)));
  g_assert_cmpint (candor_phase_timer_get_remaining (timer), ==, 240 * SEC);
  assert_label_shown (GTK_WIDGET (exercise), "4:00");
}

static void
test_exercise_close_asks (Fixture       *fixture,
                          gconstpointer  data)
{
  CandorVulnerabilityExercise *exercise;
  AdwMessageDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page),
                                             "practices.start-exercise", NULL));
  g_assert_true (candor_test_wait_for (toplevel_shown,
                                       GSIZE_TO_POINTER (CANDOR_TYPE_VULNERABILITY_EXERCISE),
                                       5000));
  exercise = CANDOR_VULNERABILITY_EXERCISE (candor_test_find_toplevel (CANDOR_TYPE_VULNERABILITY_EXERCISE));
  candor_phase_timer_set_clock (candor_vulnerability_exercise_get_timer (exercise), fake_clock, NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (exercise), "exercise.begin", NULL));

  gtk_window_close (GTK_WINDOW (exercise));
  g_assert_true (candor_test_wait_for (toplevel_shown,
                                       GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), 5000));
  dialog = ADW_MESSAGE_DIALOG (candor_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Stop the Exercise?");
  adw_message_dialog_response (dialog, "continue");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (exercise)));
  g_assert_cmpstr (candor_vulnerability_exercise_get_step (exercise), ==, "running");

  gtk_window_close (GTK_WINDOW (exercise));
  g_assert_true (candor_test_wait_for (toplevel_shown,
                                       GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), 5000));
  dialog = ADW_MESSAGE_DIALOG (candor_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  adw_message_dialog_response (dialog, "stop");
  candor_test_spin (50);
  g_assert_null (candor_test_find_toplevel (CANDOR_TYPE_VULNERABILITY_EXERCISE));
}

static char **
rules_in_settings (CandorJournal *journal)
{
  return g_strdupv ((char **) candor_settings_get_conflict_rules (candor_journal_get_settings (journal)));
}

static void
edit_rule (CandorConflictRules *rules,
           guint                index,
           const char          *text)
{
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (rules), "rules.edit", "u", index));
  g_assert_true (candor_test_wait_for (toplevel_shown,
                                       GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), 5000));
  dialog = ADW_MESSAGE_DIALOG (candor_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  entry = candor_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_ENTRY, NULL);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  /* Enter saves. */
  g_signal_emit_by_name (entry, "activate");
  candor_test_spin (50);
  g_assert_null (candor_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

static void
test_rules_edit_undo (Fixture       *fixture,
                      gconstpointer  data)
{
  CandorConflictRules *rules = CANDOR_CONFLICT_RULES (candor_test_find_widget (GTK_WIDGET (fixture->page),
                                                                               CANDOR_TYPE_CONFLICT_RULES,
                                                                               NULL));
  GListModel *model = candor_conflict_rules_get_rules (rules);
  g_autoptr(GPtrArray) rows = NULL;
  g_auto(GStrv) stored = NULL;
  g_auto(GStrv) after_undo = NULL;
  AdwActionRow *agreed;
  GtkWidget *add;

  /* Before any edit: the brief's four suggestions, nothing stored yet. */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 4);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model), 1), ==, "No name-calling");

  /* Edit the second rule. */
  rows = candor_test_find_all (GTK_WIDGET (rules), ADW_TYPE_ACTION_ROW);
  g_assert_cmpuint (rows->len, ==, 5);   /* four rules and “Agreed By Both” */
  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, 1)), ==,
                   "No name-calling");
  edit_rule (rules, 1, "  No name-calling, ever ");
  stored = rules_in_settings (fixture->journal);
  g_assert_cmpuint (g_strv_length (stored), ==, 4);
  g_assert_cmpstr (stored[1], ==, "No name-calling, ever");
  g_clear_pointer (&stored, g_strfreev);

  /* An empty edit loses nothing. */
  edit_rule (rules, 0, "   ");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model), 0), ==,
                   "Take a time-out when a fight escalates");
  g_assert_nonnull (candor_test_find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_LABEL,
                                             "A rule needs some words, so it stays as it was. "
                                             "To drop it, use its remove button."));

  /* Add one. */
  add = candor_test_find_widget (GTK_WIDGET (rules), ADW_TYPE_ENTRY_ROW, "Add a rule");
  gtk_editable_set_text (GTK_EDITABLE (add), "Hold hands while we talk");
  g_signal_emit_by_name (add, "apply");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 5);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (add)), ==, "");

  /* Remove one, then undo: it comes back where it was. */
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (rules), "rules.undo", NULL) &&
                  g_list_model_get_n_items (model) != 5);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (rules), "rules.remove", "u", 1));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 4);
  stored = rules_in_settings (fixture->journal);
  g_assert_false (g_strv_contains ((const char * const *) stored, "No name-calling, ever"));
  /* The undo toast queues behind the notice before it (libadwaita 1.2 shows one at a
   * time) and comes once that one has had its seconds. */
  assert_label_shown_within (GTK_WIDGET (fixture->window), "Rule removed", 10000);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (rules), "rules.undo", NULL));
  after_undo = rules_in_settings (fixture->journal);
  g_assert_cmpuint (g_strv_length (after_undo), ==, 5);
  g_assert_cmpstr (after_undo[1], ==, "No name-calling, ever");
  g_assert_cmpstr (after_undo[4], ==, "Hold hands while we talk");

  /* Both agree: today's date is kept and shown. */
  agreed = ADW_ACTION_ROW (candor_test_find_widget (GTK_WIDGET (rules), ADW_TYPE_ACTION_ROW,
                                                    "Agreed By Both"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (rules), "rules.agree", NULL));
  g_assert_nonnull (candor_settings_get_conflict_rules_agreed (candor_journal_get_settings (fixture->journal)));
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (agreed), "Since "));
}

static gboolean
stack_shows (gpointer data)
{
  GtkStack *stack = ((gpointer *) data)[0];

  return g_strcmp0 (gtk_stack_get_visible_child_name (stack), ((gpointer *) data)[1]) == 0;
}

static void
test_time_out_end (Fixture       *fixture,
                   gconstpointer  data)
{
  CandorTimeOut *time_out = CANDOR_TIME_OUT (candor_test_find_widget (GTK_WIDGET (fixture->page),
                                                                      CANDOR_TYPE_TIME_OUT, NULL));
  GtkStack *stack = GTK_STACK (candor_test_find_widget (GTK_WIDGET (time_out), GTK_TYPE_STACK, NULL));
  CandorPhaseTimer *timer = candor_time_out_get_timer (time_out);
  guint before = count_exercises_of_kind (fixture->journal, CANDOR_EXERCISE_KIND_TIME_OUT);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) back = g_date_time_add_minutes (now, 20);
  g_autoptr(GDateTime) back_late = g_date_time_add_minutes (now, 21);
  g_autofree char *expected = candor_format_clock_time (back);
  g_autofree char *expected_late = candor_format_clock_time (back_late);
  gpointer running[2] = { stack, (gpointer) "running" };
  gpointer ended[2] = { stack, (gpointer) "ended" };
  CandorExercise *logged;
  GtkWidget *big;

  candor_phase_timer_set_clock (timer, fake_clock, NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (time_out), "time-out.start", NULL));
  g_assert_true (stack_shows (running));

  /* The time to come back, large, as the clock will show it. */
  big = NULL;
  {
    g_autoptr(GPtrArray) labels = candor_test_find_all (GTK_WIDGET (time_out), GTK_TYPE_LABEL);

    for (guint i = 0; i < labels->len; i++)
      if (gtk_widget_has_css_class (g_ptr_array_index (labels, i), "practices-big-time"))
        big = g_ptr_array_index (labels, i);
  }
  g_assert_nonnull (big);
  g_assert_true (g_str_equal (gtk_label_get_text (GTK_LABEL (big)), expected) ||
                 g_str_equal (gtk_label_get_text (GTK_LABEL (big)), expected_late));
  assert_label_shown (GTK_WIDGET (time_out), "20:00 left");

  fake_now += 5 * 60 * SEC;
  assert_label_shown (GTK_WIDGET (time_out), "15:00 left");
  g_assert_cmpuint (count_exercises_of_kind (fixture->journal, CANDOR_EXERCISE_KIND_TIME_OUT), ==,
                    before);

  /* At the end: the prompt to return, a notification, and the time-out in the journal. */
  fake_now += 15 * 60 * SEC;
  g_assert_true (candor_test_wait_for (stack_shows, ended, 3000));
  assert_label_shown (GTK_WIDGET (time_out), "Time to Come Back Together");
  g_assert_true (candor_test_wait_for (notified, (gpointer) "candor-time-out", 5000));
  g_assert_cmpuint (count_exercises_of_kind (fixture->journal, CANDOR_EXERCISE_KIND_TIME_OUT), ==,
                    before + 1);
  logged = last_exercise_of_kind (fixture->journal, CANDOR_EXERCISE_KIND_TIME_OUT);
  g_assert_cmpuint (candor_exercise_get_duration (logged), ==, 20 * 60);

  /* More time extends the same entry. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (time_out), "time-out.again", NULL));
  fake_now += 20 * 60 * SEC;
  g_assert_true (candor_test_wait_for (stack_shows, ended, 3000));
  g_assert_cmpuint (count_exercises_of_kind (fixture->journal, CANDOR_EXERCISE_KIND_TIME_OUT), ==,
                    before + 1);
  g_assert_cmpuint (candor_exercise_get_duration (logged), ==, 40 * 60);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (time_out), "time-out.back", NULL));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "idle");
}

static CandorTimeOut *
find_time_out (Fixture *fixture)
{
  return CANDOR_TIME_OUT (candor_test_find_widget (GTK_WIDGET (fixture->page),
                                                   CANDOR_TYPE_TIME_OUT, NULL));
}

static void
assert_time_out_shows (CandorTimeOut *time_out,
                       const char    *page)
{
  GtkStack *stack = GTK_STACK (candor_test_find_widget (GTK_WIDGET (time_out), GTK_TYPE_STACK, NULL));
  gpointer shows[2] = { stack, (gpointer) page };

  if (!candor_test_wait_for (stack_shows, shows, 3000))
    g_error ("The time-out shows “%s”, not “%s”", gtk_stack_get_visible_child_name (stack), page);
}

/* Closes the window, lets @minutes pass, and opens a new one on the Practices page. */
static CandorTimeOut *
reopen_window (Fixture *fixture,
               guint    minutes)
{
  gint64 now;

  gtk_window_destroy (GTK_WINDOW (fixture->window));
  candor_test_spin (50);
  fake_now += minutes * 60 * SEC;
  now = fake_now;
  /* The set-up's own fake time is for the other tests. */
  fixture_set_up (fixture, NULL);
  fake_now = now;

  return find_time_out (fixture);
}

/* A time-out outlives its window and the app: the journal keeps the deadline. */
static void
test_time_out_survives_closing (Fixture       *fixture,
                                gconstpointer  data)
{
  CandorSession *session = candor_application_get_session (app);
  CandorSettings *settings = candor_journal_get_settings (fixture->journal);
  guint before = count_exercises_of_kind (fixture->journal, CANDOR_EXERCISE_KIND_TIME_OUT);
  g_autoptr(GError) error = NULL;
  CandorTimeOut *time_out = find_time_out (fixture);
  CandorExercise *logged;

  /* Fake time for the countdowns and the wall clock alike, from today. */
  candor_time_out_set_clock_for_testing (fake_clock, NULL);
  fake_now = g_get_real_time ();
  candor_phase_timer_set_clock (candor_time_out_get_timer (time_out), fake_clock, NULL);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (time_out), "time-out.start", NULL));
  fake_now += 5 * 60 * SEC;
  assert_label_shown (GTK_WIDGET (time_out), "15:00 left");
  g_assert_nonnull (candor_settings_get_time_out_started (settings));
  g_assert_nonnull (candor_settings_get_time_out_deadline (settings));

  /* Closed and opened again: the same countdown, going on. */
  time_out = reopen_window (fixture, 0);
  assert_time_out_shows (time_out, "running");
  assert_label_shown (GTK_WIDGET (time_out), "15:00 left");
  fake_now += 2 * 60 * SEC;
  assert_label_shown (GTK_WIDGET (time_out), "13:00 left");

  /* Paused, then closed for an hour: still paused, with the same time left. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (time_out), "time-out.pause", NULL));
  g_assert_null (candor_settings_get_time_out_deadline (settings));
  g_assert_cmpuint (candor_settings_get_time_out_left (settings), ==, 13 * 60);
  time_out = reopen_window (fixture, 60);
  assert_label_shown (GTK_WIDGET (time_out), "Paused with 13:00 left");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (time_out), "time-out.pause", NULL));
  assert_label_shown (GTK_WIDGET (time_out), "13:00 left");

  /* The app quits and starts again: the journal saved, locked and opened from disk. */
  g_assert_true (candor_session_save (session, &error));
  g_assert_no_error (error);
  g_assert_true (candor_session_lock (session, &error));
  g_assert_no_error (error);
  g_assert_true (candor_session_unlock_all (session, "practices test passphrase", &error));
  g_assert_no_error (error);
  fixture->journal = candor_session_get_journal (session);
  settings = candor_journal_get_settings (fixture->journal);
  g_assert_nonnull (candor_settings_get_time_out_deadline (settings));
  time_out = reopen_window (fixture, 3);
  assert_time_out_shows (time_out, "running");
  assert_label_shown (GTK_WIDGET (time_out), "10:00 left");

  /* The deadline passes while no window is open: the prompt to come back, logged once,
   * quietly (nobody was there to hear a sound). */
  time_out = reopen_window (fixture, 30);
  assert_time_out_shows (time_out, "ended");
  assert_label_shown (GTK_WIDGET (time_out), "Time to Come Back Together");
  g_assert_cmpuint (count_exercises_of_kind (fixture->journal, CANDOR_EXERCISE_KIND_TIME_OUT), ==,
                    before + 1);
  logged = last_exercise_of_kind (fixture->journal, CANDOR_EXERCISE_KIND_TIME_OUT);
  g_assert_cmpuint (candor_exercise_get_duration (logged), ==, 20 * 60);
  g_assert_null (candor_settings_get_time_out_started (settings));
  candor_test_spin (200);
  g_assert_false (notified ((gpointer) "candor-time-out"));

  /* More time, and the window closed again: its end still extends the same entry. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (time_out), "time-out.again", NULL));
  g_assert_cmpstr (candor_settings_get_time_out_exercise (settings), ==,
                   candor_entry_get_id (CANDOR_ENTRY (logged)));
  time_out = reopen_window (fixture, 25);
  assert_time_out_shows (time_out, "ended");
  g_assert_cmpuint (count_exercises_of_kind (fixture->journal, CANDOR_EXERCISE_KIND_TIME_OUT), ==,
                    before + 1);
  g_assert_cmpuint (candor_exercise_get_duration (logged), ==, 40 * 60);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (time_out), "time-out.back", NULL));

  /* Nothing left over: a new window shows no time-out, and logs nothing more. */
  time_out = reopen_window (fixture, 0);
  assert_time_out_shows (time_out, "idle");
  g_assert_cmpuint (count_exercises_of_kind (fixture->journal, CANDOR_EXERCISE_KIND_TIME_OUT), ==,
                    before + 1);

  /* Called off early (“Ready Now”): logged as it ends, then nothing for the next window. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (time_out), "time-out.start", NULL));
  fake_now += 4 * 60 * SEC;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (time_out), "time-out.end", NULL));
  assert_time_out_shows (time_out, "ended");
  g_assert_null (candor_settings_get_time_out_started (settings));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (time_out), "time-out.back", NULL));
  time_out = reopen_window (fixture, 30);
  assert_time_out_shows (time_out, "idle");
  g_assert_cmpuint (count_exercises_of_kind (fixture->journal, CANDOR_EXERCISE_KIND_TIME_OUT), ==,
                    before + 2);

  candor_time_out_set_clock_for_testing (NULL, NULL);
}

typedef struct {
  char     *text;
  gboolean  done;
} ClipboardRead;

static void
clipboard_read_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      data)
{
  ClipboardRead *read = data;

  read->text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  read->done = TRUE;
}

static gboolean
clipboard_read_done (gpointer data)
{
  return ((ClipboardRead *) data)->done;
}

static void
test_tension_script (Fixture       *fixture,
                     gconstpointer  data)
{
  CandorTensionScript *script = CANDOR_TENSION_SCRIPT (candor_test_find_widget (GTK_WIDGET (fixture->page),
                                                                                CANDOR_TYPE_TENSION_SCRIPT,
                                                                                NULL));
  GtkWidget *behavior = candor_test_find_widget (GTK_WIDGET (script), ADW_TYPE_ENTRY_ROW,
                                                 "…when (one thing that happened)");
  GtkRevealer *warning = GTK_REVEALER (candor_test_find_widget (GTK_WIDGET (script),
                                                                GTK_TYPE_REVEALER, NULL));
  const char *feeling_id = some_feeling_id (7);
  CandorFeeling *feeling = candor_vocabulary_lookup (candor_vocabulary_get_default (), feeling_id);
  g_autofree char *expected = g_strdup_printf ("I felt %s when you checked your phone during "
                                               "dinner. Can we talk about what happened and "
                                               "agree one next step?",
                                               candor_feeling_get_label (feeling));
  ClipboardRead read = { NULL, FALSE };
  CandorExercise *saved;
  guint before = count_exercises_of_kind (fixture->journal, CANDOR_EXERCISE_KIND_TENSION_SCRIPT);

  g_assert_nonnull (behavior);
  g_assert_false (candor_tension_script_lists_several ("you were late"));
  g_assert_true (candor_tension_script_lists_several ("you were late and forgot the keys"));
  g_assert_true (candor_tension_script_lists_several ("You ALWAYS do this"));
  g_assert_false (candor_tension_script_lists_several ("you didn't answer Sandy's call"));

  /* Not ready without a feeling. */
  gtk_editable_set_text (GTK_EDITABLE (behavior), "you checked your phone during dinner.");
  g_assert_null (candor_tension_script_dup_sentence (script));
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (script), "tension.save", NULL) &&
                  count_exercises_of_kind (fixture->journal, CANDOR_EXERCISE_KIND_TENSION_SCRIPT) != before);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (script), "tension.choose-feeling", NULL));
  pick_feelings ((const char *[]) { feeling_id, NULL });

  /* One issue at a time: a gentle hint when it lists several. */
  gtk_editable_set_text (GTK_EDITABLE (behavior), "you were late and also forgot");
  g_assert_true (gtk_revealer_get_reveal_child (warning));
  gtk_editable_set_text (GTK_EDITABLE (behavior), "you checked your phone during dinner.");
  g_assert_false (gtk_revealer_get_reveal_child (warning));
  assert_label_shown (GTK_WIDGET (script), expected);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (script), "tension.copy", NULL));
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (script)), NULL,
                                 clipboard_read_cb, &read);
  g_assert_true (candor_test_wait_for (clipboard_read_done, &read, 3000));
  g_assert_cmpstr (read.text, ==, expected);
  g_free (read.text);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (script), "tension.save", NULL));
  g_assert_cmpuint (count_exercises_of_kind (fixture->journal, CANDOR_EXERCISE_KIND_TENSION_SCRIPT),
                    ==, before + 1);
  saved = last_exercise_of_kind (fixture->journal, CANDOR_EXERCISE_KIND_TENSION_SCRIPT);
  g_assert_cmpstr (candor_exercise_get_text (saved), ==, expected);
  g_assert_cmpstr (candor_exercise_get_feelings (saved)[0], ==, feeling_id);
  /* Ready for the next one. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (behavior)), ==, "");
}

static void
test_ritual_switch (Fixture       *fixture,
                    gconstpointer  data)
{
  CandorSettings *settings = candor_journal_get_settings (fixture->journal);
  GtkWidget *weekly = candor_test_find_widget (GTK_WIDGET (fixture->page), ADW_TYPE_EXPANDER_ROW,
                                               "Weekly Check-In");
  GtkWidget *day = candor_test_find_widget (weekly, ADW_TYPE_COMBO_ROW, "Day");
  GtkWidget *time = candor_test_find_widget (weekly, ADW_TYPE_ACTION_ROW, "Time");
  GtkSwitch *toggle;
  g_autoptr(GPtrArray) spins = NULL;

  g_assert_nonnull (weekly);
  toggle = GTK_SWITCH (candor_test_find_widget (weekly, GTK_TYPE_SWITCH, NULL));
  g_assert_nonnull (toggle);
  g_assert_false (candor_settings_get_ritual_weekly_enabled (settings));
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (weekly)), ==, "Off");

  gtk_switch_set_active (toggle, TRUE);
  g_assert_true (candor_settings_get_ritual_weekly_enabled (settings));
  g_assert_true (g_str_has_prefix (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (weekly)),
                                   "Next: "));

  adw_combo_row_set_selected (ADW_COMBO_ROW (day), 2);
  g_assert_cmpuint (candor_settings_get_ritual_weekly_day (settings), ==, 3);

  spins = candor_test_find_all (time, GTK_TYPE_SPIN_BUTTON);
  g_assert_cmpuint (spins->len, ==, 2);
  gtk_spin_button_set_value (g_ptr_array_index (spins, 0), 8);
  gtk_spin_button_set_value (g_ptr_array_index (spins, 1), 45);
  g_assert_cmpstr (candor_settings_get_ritual_weekly_time (settings), ==, "08:45");

  /* A change from elsewhere (an import) shows on the page. */
  candor_settings_set_ritual_weekly_enabled (settings, FALSE);
  g_assert_false (gtk_switch_get_active (toggle));
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (weekly)), ==, "Off");
}

static void
test_monthly_conversation (Fixture       *fixture,
                           gconstpointer  data)
{
  AdwMessageDialog *dialog;
  g_autoptr(GPtrArray) rows = NULL;
  CandorExercise *saved;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page),
                                             "practices.monthly-conversation", NULL));
  g_assert_true (candor_test_wait_for (toplevel_shown,
                                       GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), 5000));
  dialog = ADW_MESSAGE_DIALOG (candor_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  rows = candor_test_find_all (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW);
  g_assert_cmpuint (rows->len, ==, 3);

  /* Nothing to save until something is written. */
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));
  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (rows, 0)), "The trip to the sea");
  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (rows, 2)), "A walk every Sunday");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "save"));

  adw_message_dialog_response (dialog, "save");
  saved = last_exercise_of_kind (fixture->journal, CANDOR_EXERCISE_KIND_RITUAL_MONTHLY);
  g_assert_nonnull (saved);
  g_assert_cmpstr (candor_exercise_get_text (saved), ==,
                   "What went well this month?\nThe trip to the sea\n\n"
                   "What will we try next month?\nA walk every Sunday");
}

static int
report_wide (GtkWidget *widget,
             int        limit,
             int        depth)
{
  int min, worst;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  worst = min;
  if (min > limit)
    g_test_message ("%*s%s needs %d px%s%s", depth, "", G_OBJECT_TYPE_NAME (widget), min,
                    GTK_IS_LABEL (widget) ? ": " : "",
                    GTK_IS_LABEL (widget) ? gtk_label_get_label (GTK_LABEL (widget)) : "");
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    worst = MAX (worst, report_wide (child, limit, depth + 1));

  return worst;
}

/* Every part of the page, and the exercise window, fit a 360 px wide window. */
static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  GtkWindow *exercise;

  g_assert_cmpint (report_wide (GTK_WIDGET (fixture->page), 360, 0), <=, 360);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page),
                                             "practices.start-exercise", NULL));
  g_assert_true (candor_test_wait_for (toplevel_shown,
                                       GSIZE_TO_POINTER (CANDOR_TYPE_VULNERABILITY_EXERCISE),
                                       5000));
  exercise = candor_test_find_toplevel (CANDOR_TYPE_VULNERABILITY_EXERCISE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (exercise), "exercise.begin", NULL));
  g_assert_cmpint (report_wide (GTK_WIDGET (exercise), 360, 0), <=, 360);
}

/* A stand-in for GNOME Shell's notification service: records the ids it is sent. */
static void
notifications_method_call (GDBusConnection       *connection,
                           const char            *sender,
                           const char            *object_path,
                           const char            *interface_name,
                           const char            *method_name,
                           GVariant              *parameters,
                           GDBusMethodInvocation *invocation,
                           gpointer               user_data)
{
  if (g_str_equal (method_name, "AddNotification"))
    {
      const char *id = NULL;

      g_variant_get_child (parameters, 1, "&s", &id);
      g_ptr_array_add (notifications, g_strdup (id));
    }

  g_dbus_method_invocation_return_value (invocation, NULL);
}

static void
open_journal (void)
{
  journal_root = candor_test_open_app_journal (app, "practices test passphrase");
  candor_test_add_couple (candor_session_get_journal (candor_application_get_session (app)));
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();
  g_assert_true (candor_secure_init (NULL));

  notifications = g_ptr_array_new_with_free_func (g_free);
  candor_test_own_notifications (notifications_method_call, NULL);

  app = candor_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
  open_journal ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/practices/vulnerability-exercise", test_vulnerability_exercise);
  ADD ("/practices/exercise-close-asks", test_exercise_close_asks);
  ADD ("/practices/exercise-survives-main-window", test_exercise_survives_main_window);
  ADD ("/practices/rules-edit-undo", test_rules_edit_undo);
  ADD ("/practices/time-out-end", test_time_out_end);
  ADD ("/practices/time-out-survives-closing", test_time_out_survives_closing);
  ADD ("/practices/tension-script", test_tension_script);
  ADD ("/practices/ritual-switch", test_ritual_switch);
  ADD ("/practices/monthly-conversation", test_monthly_conversation);
  ADD ("/practices/narrow", test_narrow);
#undef ADD

  ret = g_test_run ();
  g_object_unref (app);
  candor_test_remove_tree (journal_root);
  g_free (journal_root);
  g_ptr_array_unref (notifications);
  return ret;
}
