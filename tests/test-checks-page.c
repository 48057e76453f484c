/* test-checks-page.c — the Connection Checks page on real widgets: the month's marks,
 * planning the missing checks of a month, and the people you hold checks with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <sodium.h>
#include <string.h>

#include "candor-cadence.h"
#include "candor-check-month.h"
#include "candor-checks-page.h"
#include "candor-person-dialog.h"
#include "candor-schedule-dialog.h"
#include "candor-secure.h"
#include "candor-session.h"
#include "candor-test-utils.h"

typedef struct {
  char             *dir;
  CandorSession    *session;
  CandorJournal    *journal;
  CandorPerson     *sam;
  GtkWindow        *window;
  CandorChecksPage *page;
  GDateTime        *now;
} Fixture;

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *vault = NULL;
  CandorPerson *me = candor_person_new ("Alex", CANDOR_RELATIONSHIP_PARTNER);

  f->dir = g_dir_make_tmp ("candor-checks-XXXXXX", &error);
  g_assert_no_error (error);
  vault = g_build_filename (f->dir, "vault", NULL);
  f->session = candor_session_new (vault);
  candor_vault_set_kdf_limits (candor_session_get_vault (f->session),
                               crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN);
  candor_session_set_autosave_delay (f->session, 0);

  candor_person_set_is_me (me, TRUE);
  g_ptr_array_add (people, me);
  if (data == NULL)
    {
      f->sam = candor_person_new ("Sam", CANDOR_RELATIONSHIP_PARTNER);
      g_ptr_array_add (people, g_object_ref (f->sam));
    }
  candor_session_create (f->session, "correct horse battery staple", people, &error);
  g_assert_no_error (error);
  f->journal = candor_session_get_journal (f->session);

  /* Mid-month, in the evening, local time. */
  f->now = g_date_time_new_local (2026, 3, 10, 20, 0, 0);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 360, 800);
  f->page = CANDOR_CHECKS_PAGE (candor_checks_page_new ());
  gtk_window_set_child (f->window, GTK_WIDGET (f->page));
  candor_checks_page_set_session (f->page, f->session);
  candor_checks_page_set_now (f->page, f->now);
  gtk_window_present (f->window);
  g_assert_true (candor_test_wait_for (is_mapped, f->window, 5000));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  candor_test_close_toplevels_except (NULL);
  g_clear_object (&f->sam);
  g_clear_object (&f->session);
  g_clear_pointer (&f->now, g_date_time_unref);
  candor_test_remove_tree (f->dir);
  g_free (f->dir);
}

static CandorCheck *
add_check (Fixture           *f,
           int                day,
           int                hour,
           CandorCheckStatus  status)
{
  g_autoptr(GDateTime) start = g_date_time_new_local (2026, 3, day, hour, 0, 0);
  g_autoptr(CandorCheck) check = candor_check_new (candor_entry_get_id (CANDOR_ENTRY (f->sam)),
                                                   start);

  candor_check_set_status (check, status);
  candor_journal_add_check (f->journal, check);
  return check;
}

static CandorCheckMonth *
page_month (Fixture *f)
{
  return CANDOR_CHECK_MONTH (candor_test_find_widget (GTK_WIDGET (f->page),
                                                      CANDOR_TYPE_CHECK_MONTH, NULL));
}

static void
test_marks (Fixture       *f,
            gconstpointer  data)
{
  CandorCheckMonth *month = page_month (f);
  g_autoptr(CandorCheckin) checkin = NULL;
  g_autoptr(GDateTime) day = candor_day_new (2026, 3, 4);
  GtkWidget *button;
  const char *tooltip;

  g_assert_cmpint (candor_check_month_get_year (month), ==, 2026);
  g_assert_cmpint (candor_check_month_get_month (month), ==, 3);

  add_check (f, 2, 19, CANDOR_CHECK_STATUS_HELD);
  add_check (f, 5, 19, CANDOR_CHECK_STATUS_SKIPPED);
  add_check (f, 8, 19, CANDOR_CHECK_STATUS_SCHEDULED);  /* passed, not marked */
  add_check (f, 20, 19, CANDOR_CHECK_STATUS_SCHEDULED);
  checkin = g_object_new (CANDOR_TYPE_CHECKIN, "date", day, NULL);
  candor_journal_add_checkin (f->journal, checkin);
  candor_checks_page_refresh (f->page);

  g_assert_cmpint (candor_check_month_get_marks (month, 2), ==, CANDOR_DAY_MARK_HELD);
  g_assert_cmpint (candor_check_month_get_marks (month, 5), ==, CANDOR_DAY_MARK_SKIPPED);
  g_assert_cmpint (candor_check_month_get_marks (month, 8), ==, CANDOR_DAY_MARK_OVERDUE);
  g_assert_cmpint (candor_check_month_get_marks (month, 20), ==, CANDOR_DAY_MARK_SCHEDULED);
  g_assert_cmpint (candor_check_month_get_marks (month, 4), ==, CANDOR_DAY_MARK_CHECKIN);
  g_assert_cmpint (candor_check_month_get_marks (month, 1), ==, CANDOR_DAY_MARK_NONE);

  /* What a screen reader and the tooltip say. */
  button = candor_check_month_get_day_button (month, 8);
  tooltip = gtk_widget_get_tooltip_text (button);
  g_assert_nonnull (strstr (tooltip, "8 March"));
  g_assert_nonnull (strstr (tooltip, "not marked yet"));
  g_assert_true (gtk_widget_get_focusable (button) || gtk_widget_get_can_focus (button));

  /* Page Down shows April; the March marks are gone. */
  gtk_widget_activate_action (GTK_WIDGET (month), "month.next", NULL);
  g_assert_cmpint (candor_check_month_get_month (month), ==, 4);
  g_assert_cmpint (candor_check_month_get_marks (month, 2), ==, CANDOR_DAY_MARK_NONE);
  gtk_widget_activate_action (GTK_WIDGET (month), "month.previous", NULL);
  g_assert_cmpint (candor_check_month_get_marks (month, 2), ==, CANDOR_DAY_MARK_HELD);

  /* Fits a phone: the page needs no more than 360 pixels across. */
  {
    int min_width = 0;

    gtk_widget_measure (GTK_WIDGET (f->page), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL,
                        NULL, NULL);
    g_assert_cmpint (min_width, <=, 360);
  }

  /* Clicking a day lists its checks. */
  g_signal_emit_by_name (candor_check_month_get_day_button (month, 20), "clicked");
  g_assert_cmpint (candor_check_month_get_selected_day (month), ==, 20);
  g_assert_nonnull (candor_test_find_widget (GTK_WIDGET (f->page), ADW_TYPE_ACTION_ROW, "Sam"));
}

static gboolean
dialog_shown (gpointer data)
{
  return candor_test_find_toplevel (GPOINTER_TO_SIZE (data)) != NULL;
}

static void
test_schedule_missing (Fixture       *f,
                       gconstpointer  data)
{
  GtkWidget *warnings;
  GtkWidget *plan;
  CandorScheduleDialog *dialog;
  g_autoptr(GDateTime) chosen = g_date_time_new_local (2026, 3, 28, 10, 30, 0);
  g_autoptr(GDateTime) first = NULL;
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  GListModel *checks = candor_journal_get_checks (f->journal);
  CandorCadenceMonth result;

  /* One held check; the cadence is two: one is missing. */
  add_check (f, 2, 19, CANDOR_CHECK_STATUS_HELD);
  candor_checks_page_refresh (f->page);

  warnings = candor_test_find_widget (GTK_WIDGET (f->page), ADW_TYPE_ACTION_ROW,
                                      "1 check with Sam this month");
  g_assert_nonnull (warnings);
  g_assert_true (gtk_widget_is_visible (warnings));
  plan = candor_test_find_widget (warnings, GTK_TYPE_BUTTON, "_Plan…");
  g_assert_nonnull (plan);

  g_signal_emit_by_name (plan, "clicked");
  g_assert_true (candor_test_wait_for (dialog_shown,
                                       GSIZE_TO_POINTER (CANDOR_TYPE_SCHEDULE_DIALOG), 5000));
  dialog = CANDOR_SCHEDULE_DIALOG (candor_test_find_toplevel (CANDOR_TYPE_SCHEDULE_DIALOG));
  g_assert_cmpuint (candor_schedule_dialog_get_n_rows (dialog), ==, 1);
  g_assert_true (candor_schedule_dialog_get_person (dialog) == f->sam);

  /* The proposal is ahead, in March, in the evening. */
  first = candor_schedule_dialog_dup_start (dialog, 0);
  g_assert_cmpint (g_date_time_compare (first, f->now), >, 0);
  g_assert_cmpint (g_date_time_get_month (first), ==, 3);
  g_assert_cmpint (g_date_time_get_hour (first), ==, CANDOR_CADENCE_PROPOSED_HOUR);

  /* The user picks another day and time. */
  candor_schedule_dialog_set_start (dialog, 0, chosen);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "schedule");
  candor_checks_page_refresh (f->page);

  g_assert_cmpuint (g_list_model_get_n_items (checks), ==, 2);
  {
    g_autoptr(CandorCheck) added = g_list_model_get_item (checks, 1);

    g_assert_true (g_date_time_equal (candor_check_get_start (added), chosen));
    g_assert_cmpuint (candor_check_get_duration (added), ==, 30);
    g_assert_cmpint (candor_check_get_status (added), ==, CANDOR_CHECK_STATUS_SCHEDULED);
    g_assert_cmpuint (g_strv_length ((char **) candor_check_get_question_texts (added)), ==, 3);
    g_assert_cmpstr (candor_check_get_person_id (added), ==,
                     candor_entry_get_id (CANDOR_ENTRY (f->sam)));
  }

  /* The month now meets the cadence: no more warning; the new check is coming up. */
  candor_cadence_compute (f->journal, f->sam, 2026, 3, tz, f->now, &result);
  g_assert_cmpuint (result.missing, ==, 0);
  g_assert_null (candor_test_find_widget (GTK_WIDGET (f->page), ADW_TYPE_ACTION_ROW,
                                          "1 check with Sam this month"));
  g_assert_cmpint (candor_check_month_get_marks (page_month (f), 28), ==,
                   CANDOR_DAY_MARK_SCHEDULED);
}

static void
test_open_commitments (Fixture       *f,
                       gconstpointer  data)
{
  CandorCheck *check = add_check (f, 2, 19, CANDOR_CHECK_STATUS_HELD);
  g_autoptr(CandorCommitment) commitment =
    candor_commitment_new (candor_entry_get_id (CANDOR_ENTRY (f->sam)),
                           candor_entry_get_id (CANDOR_ENTRY (check)), "Cook on Friday");
  g_autoptr(GDateTime) due = candor_day_new (2026, 3, 9);
  GtkWidget *row;
  GtkWidget *done;

  candor_commitment_set_due (commitment, due);
  candor_journal_add_commitment (f->journal, commitment);
  candor_checks_page_refresh (f->page);

  row = candor_test_find_widget (GTK_WIDGET (f->page), ADW_TYPE_ACTION_ROW, "Cook on Friday");
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_is_visible (row));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "with Sam"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "9 Mar"));

  /* Ticking it marks it done; it leaves the list of open ones. */
  done = candor_test_find_widget (row, GTK_TYPE_CHECK_BUTTON, NULL);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (done), TRUE);
  g_assert_nonnull (candor_commitment_get_done (commitment));
  candor_checks_page_refresh (f->page);
  g_assert_null (candor_test_find_widget (GTK_WIDGET (f->page), ADW_TYPE_ACTION_ROW,
                                          "Cook on Friday"));

  /* Undone (as the toast's Undo does), it is back. */
  candor_commitment_set_done (commitment, NULL);
  candor_checks_page_refresh (f->page);
  g_assert_nonnull (candor_test_find_widget (GTK_WIDGET (f->page), ADW_TYPE_ACTION_ROW,
                                             "Cook on Friday"));
}

static void
test_people (Fixture       *f,
             gconstpointer  data)
{
  CandorPersonDialog *dialog;
  GtkWidget *stack = candor_test_find_widget (GTK_WIDGET (f->page), GTK_TYPE_STACK, NULL);
  GtkWidget *row;
  CandorPerson *kim;

  /* Nobody to hold checks with yet: the page asks who. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "empty");

  gtk_widget_activate_action (GTK_WIDGET (f->page), "checks.add-person", NULL);
  g_assert_true (candor_test_wait_for (dialog_shown,
                                       GSIZE_TO_POINTER (CANDOR_TYPE_PERSON_DIALOG), 5000));
  dialog = CANDOR_PERSON_DIALOG (candor_test_find_toplevel (CANDOR_TYPE_PERSON_DIALOG));

  /* An empty name cannot be saved. */
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  candor_person_dialog_set_name (dialog, "  Kim  ");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  candor_person_dialog_set_cadence (dialog, 3);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  kim = candor_person_dialog_get_person (dialog);
  g_assert_nonnull (kim);
  g_object_ref (kim);
  candor_checks_page_refresh (f->page);

  g_assert_cmpstr (candor_person_get_name (kim), ==, "Kim");
  g_assert_cmpuint (candor_person_get_cadence (kim), ==, 3);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "content");
  row = candor_test_find_widget (GTK_WIDGET (f->page), ADW_TYPE_ACTION_ROW, "Kim");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "Partner · 3 checks a month");
  /* Kim has no checks this month: the page offers to plan three. */
  g_assert_nonnull (candor_test_find_widget (GTK_WIDGET (f->page), ADW_TYPE_ACTION_ROW,
                                             "0 checks with Kim this month"));

  /* Editing, then archiving. */
  g_signal_emit_by_name (row, "activated");
  g_assert_true (candor_test_wait_for (dialog_shown,
                                       GSIZE_TO_POINTER (CANDOR_TYPE_PERSON_DIALOG), 5000));
  dialog = CANDOR_PERSON_DIALOG (candor_test_find_toplevel (CANDOR_TYPE_PERSON_DIALOG));
  g_assert_true (candor_person_dialog_get_person (dialog) == kim);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "archive");
  candor_checks_page_refresh (f->page);
  g_assert_true (candor_person_get_archived (kim));
  g_assert_null (candor_test_find_widget (GTK_WIDGET (f->page), ADW_TYPE_ACTION_ROW, "Kim"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "empty");
  g_object_unref (kim);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();
  g_assert_true (candor_secure_init (NULL));

  g_test_add ("/checks-page/marks", Fixture, NULL, fixture_set_up, test_marks,
              fixture_tear_down);
  g_test_add ("/checks-page/schedule-missing", Fixture, NULL, fixture_set_up,
              test_schedule_missing, fixture_tear_down);
  g_test_add ("/checks-page/open-commitments", Fixture, NULL, fixture_set_up,
              test_open_commitments, fixture_tear_down);
  g_test_add ("/checks-page/people", Fixture, GINT_TO_POINTER (1), fixture_set_up, test_people,
              fixture_tear_down);
  return g_test_run ();
}
