/* test-reflection-dialog.c — choosing the week to print, on real widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <sodium.h>
#include <glib/gstdio.h>
#include <string.h>

#include "candor-application.h"
#include "candor-reflection-dialog.h"
#include "candor-reflection-print.h"
#include "candor-secure.h"
#include "candor-test-utils.h"
#include "candor-window.h"
#include "candor-week.h"
#include "reflection-journal.h"

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

/* The text of the first label whose text contains @part, or NULL. */
static const char *
find_label_text (GtkWidget  *root,
                 const char *part)
{
  g_autoptr(GPtrArray) labels = candor_test_find_all (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    {
      const char *text = gtk_label_get_label (g_ptr_array_index (labels, i));

      if (text != NULL && strstr (text, part) != NULL)
        return text;
    }
  return NULL;
}

static CandorReflectionDialog *
open_dialog (CandorJournal *journal)
{
  CandorReflectionDialog *dialog = candor_reflection_dialog_new (journal);

  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (candor_test_wait_for (is_mapped, dialog, 5000));
  return dialog;
}

static void
test_choose_week (void)
{
  g_autoptr(CandorJournal) journal = reflection_journal_new_busy (FALSE);
  CandorReflectionDialog *dialog = open_dialog (journal);
  GtkWidget *root = GTK_WIDGET (dialog);
  g_autoptr(GDateTime) wednesday = g_date_time_new_local (2026, 11, 18, 12, 0, 0);
  g_autoptr(GDateTime) quiet = g_date_time_new_local (2027, 3, 3, 12, 0, 0);
  GtkWidget *print_button;
  GtkSwitch *private_switch;

  g_assert_nonnull (candor_test_find_widget (root, GTK_TYPE_CALENDAR, NULL));
  print_button = candor_test_find_widget (root, GTK_TYPE_BUTTON, "_Print…");
  g_assert_nonnull (print_button);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (print_button)), ==,
                   "reflection.print");

  /* A day picks its whole week (the journal's weeks start on Monday). */
  candor_reflection_dialog_select_day (dialog, wednesday);
  g_assert_nonnull (find_label_text (root, "Monday, November 16 – Sunday, November 22, 2026"));
  g_assert_nonnull (find_label_text (root, "21 check-ins and 2 Connection Checks"));

  /* Your private check-ins can go in; only you have one this week. */
  private_switch = GTK_SWITCH (candor_test_find_widget (root, GTK_TYPE_SWITCH, NULL));
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (private_switch)));
  g_assert_false (candor_reflection_dialog_get_include_private (dialog));
  gtk_switch_set_active (private_switch, TRUE);
  g_assert_true (candor_reflection_dialog_get_include_private (dialog));
  g_assert_nonnull (find_label_text (root, "22 check-ins and 2 Connection Checks"));

  /* A quiet week says what the page will be, no error. */
  candor_reflection_dialog_select_day (dialog, quiet);
  g_assert_nonnull (find_label_text (root, "Nothing was noted that week"));
  g_assert_true (gtk_widget_is_sensitive (print_button));

  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_no_private_without_me (void)
{
  g_autoptr(CandorJournal) journal = candor_journal_new ();
  g_autoptr(CandorPerson) friend = candor_person_new ("Kim", CANDOR_RELATIONSHIP_FRIEND);
  CandorReflectionDialog *dialog;
  GtkWidget *private_switch;

  candor_journal_add_person (journal, friend);
  dialog = open_dialog (journal);
  private_switch = candor_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_SWITCH, NULL);
  /* Nobody is marked as you: there are no "own" private entries to offer. */
  g_assert_false (gtk_widget_is_visible (private_switch));
  g_assert_false (candor_reflection_dialog_get_include_private (dialog));
  g_assert_nonnull (find_label_text (GTK_WIDGET (dialog), "Nothing was noted that week"));

  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_print_operation (void)
{
  g_autoptr(CandorJournal) journal = reflection_journal_new_busy (FALSE);
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) wednesday = g_date_time_new_utc (2026, 11, 18, 12, 0, 0);
  g_autoptr(CandorWeek) week = candor_week_new_full (journal, wednesday, NULL, 0, utc,
                                                     wednesday);
  g_autoptr(GtkPrintOperation) operation = candor_reflection_print_operation_new (week);
  g_autofree char *dir = g_dir_make_tmp ("candor-print-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "printed.pdf", NULL);
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;
  int n_pages = 0;

  /* Export through the print operation itself: begin-print paginates, draw-page draws. */
  gtk_print_operation_set_export_filename (operation, pdf);
  gtk_print_operation_set_allow_async (operation, FALSE);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_object_get (operation, "n-pages", &n_pages, NULL);
  g_assert_cmpint (n_pages, >=, 2);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));

  g_unlink (pdf);
  g_rmdir (dir);
}

static gboolean
dialog_shown (gpointer data)
{
  return candor_test_find_toplevel (CANDOR_TYPE_REFLECTION_DIALOG) != NULL;
}

static void
test_window_action (void)
{
  g_autoptr(CandorApplication) app = candor_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
  g_autofree char *root = g_dir_make_tmp ("candor-reflection-ui-XXXXXX", NULL);
  g_autofree char *vault = g_build_filename (root, "vault", NULL);
  g_autoptr(CandorSession) session = candor_session_new (vault);
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) accels = NULL;
  CandorPerson *me = candor_person_new ("Alex", CANDOR_RELATIONSHIP_PARTNER);
  CandorWindow *window;
  GtkWindow *dialog;

  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  candor_vault_set_kdf_limits (candor_session_get_vault (session),
                               crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN);
  candor_session_set_autosave_delay (session, 0);
  candor_person_set_is_me (me, TRUE);
  g_ptr_array_add (people, me);
  g_assert_true (candor_session_create (session, "a passphrase for the test", people, &error));
  g_assert_no_error (error);

  /* Ctrl+P, as the menu says. */
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.print-reflection");
  g_assert_nonnull (accels);
  g_assert_cmpstr (accels[0], ==, "<Control>p");

  window = candor_window_new_for_session (app, session);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (candor_test_wait_for (is_mapped, window, 5000));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.print-reflection", NULL);
  g_assert_true (candor_test_wait_for (dialog_shown, NULL, 5000));
  dialog = candor_test_find_toplevel (CANDOR_TYPE_REFLECTION_DIALOG);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
  g_assert_true (gtk_window_get_modal (dialog));
  g_assert_true (candor_reflection_dialog_get_journal (CANDOR_REFLECTION_DIALOG (dialog)) ==
                 candor_session_get_journal (session));
  /* The one person is you: your private check-ins can go in. */
  g_assert_true (gtk_widget_is_visible (candor_test_find_widget (GTK_WIDGET (dialog),
                                                                 GTK_TYPE_SWITCH, NULL)));

  candor_test_close_toplevels_except (NULL);
  candor_test_spin (100);
  candor_test_remove_tree (root);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();
  g_assert_true (candor_secure_init (NULL));

  g_test_add_func ("/reflection-dialog/choose-week", test_choose_week);
  g_test_add_func ("/reflection-dialog/no-private-without-me", test_no_private_without_me);
  g_test_add_func ("/reflection-dialog/print-operation", test_print_operation);
  g_test_add_func ("/reflection-dialog/window-action", test_window_action);

  return g_test_run ();
}
