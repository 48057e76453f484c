/* test-data-ui.c — Restore, Erase Everything and changes made elsewhere, on real widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sodium.h>
#include <string.h>

#include "candor-application.h"
#include "candor-backup.h"
#include "candor-data-actions.h"
#include "candor-data-group.h"
#include "candor-preferences-window.h"
#include "candor-restore-dialog.h"
#include "candor-secure.h"
#include "candor-test-utils.h"
#include "candor-window.h"

#define PASSPHRASE "sunflower river lamp"

static CandorApplication *app;

typedef struct {
  char          *root;
  char          *dir;
  CandorSession *session;
  CandorWindow  *window;
} Fixture;

static CandorSession *
fast_session (const char *dir)
{
  CandorSession *session = candor_session_new (dir);

  candor_vault_set_kdf_limits (candor_session_get_vault (session),
                               crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN);
  return session;
}

static void
add_checkin (CandorSession *session,
             int            year,
             const char    *text)
{
  CandorJournal *journal = candor_session_get_journal (session);
  g_autoptr(CandorPerson) me = g_list_model_get_item (candor_journal_get_people (journal), 0);
  g_autoptr(GDateTime) date = candor_day_new (year, 5, 4);
  g_autoptr(CandorCheckin) checkin =
    candor_checkin_new (candor_entry_get_id (CANDOR_ENTRY (me)), date,
                        CANDOR_CHECKIN_KIND_APPRECIATION);

  candor_checkin_set_text (checkin, text);
  candor_journal_add_checkin (journal, checkin);
}

static guint
n_checkins (CandorSession *session)
{
  return g_list_model_get_n_items (candor_journal_get_checkins (candor_session_get_journal (session)));
}

static gboolean
has_checkin (CandorSession *session,
             const char    *text)
{
  GListModel *checkins = candor_journal_get_checkins (candor_session_get_journal (session));

  for (guint i = 0; i < g_list_model_get_n_items (checkins); i++)
    {
      g_autoptr(CandorCheckin) checkin = g_list_model_get_item (checkins, i);

      if (g_strcmp0 (candor_checkin_get_text (checkin), text) == 0)
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  f->root = g_dir_make_tmp ("candor-data-ui-XXXXXX", &error);
  g_assert_no_error (error);
  f->dir = g_build_filename (f->root, "vault", NULL);
  f->session = fast_session (f->dir);
  candor_session_set_autosave_delay (f->session, 0);

  g_ptr_array_add (people, candor_person_new ("Alex", CANDOR_RELATIONSHIP_PARTNER));
  g_ptr_array_add (people, candor_person_new ("Sam", CANDOR_RELATIONSHIP_PARTNER));
  g_assert_true (candor_session_create (f->session, PASSPHRASE, people, &error));
  g_assert_no_error (error);
  add_checkin (f->session, 2024, "spring");
  add_checkin (f->session, 2025, "summer");
  g_assert_true (candor_session_save (f->session, &error));
  g_assert_no_error (error);

  f->window = candor_window_new_for_session (app, f->session);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (candor_test_wait_for (is_mapped, f->window, 5000));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  candor_test_close_toplevels_except (NULL);
  candor_test_spin (50);
  g_clear_object (&f->session);
  candor_test_remove_tree (f->root);
  g_free (f->root);
  g_free (f->dir);
}

static CandorDataActions *
actions_of (CandorWindow *window)
{
  CandorDataActions *actions = g_object_get_data (G_OBJECT (window), "candor-data-actions");

  g_assert_true (CANDOR_IS_DATA_ACTIONS (actions));
  return actions;
}

typedef struct {
  GType       type;
  const char *heading;
} DialogWait;

static GtkWindow *
find_dialog (GType       type,
             const char *heading)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)) &&
          (heading == NULL ||
           g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (window)), heading) == 0))
        return window;
    }
  return NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  DialogWait *wait = data;

  return find_dialog (wait->type, wait->heading) != NULL;
}

static AdwMessageDialog *
wait_for_dialog (GType       type,
                 const char *heading)
{
  DialogWait wait = { type, heading };

  if (!candor_test_wait_for (dialog_shown, &wait, 20000))
    g_error ("No dialog “%s” appeared", heading ? heading : g_type_name (type));
  return ADW_MESSAGE_DIALOG (find_dialog (type, heading));
}

static gboolean
settled (gpointer data)
{
  CandorSession *session = data;

  return !candor_session_get_saving (session) && !candor_session_has_unsaved_changes (session);
}

typedef struct {
  CandorSession *session;
  guint          n;
} CountWait;

static gboolean
count_is (gpointer data)
{
  CountWait *wait = data;

  return n_checkins (wait->session) == wait->n && settled (wait->session);
}

static void
assert_checkins_become (CandorSession *session,
                        guint          n)
{
  CountWait wait = { session, n };

  if (!candor_test_wait_for (count_is, &wait, 20000))
    g_error ("%u check-ins, not %u", n_checkins (session), n);
}

static void
test_restore_summary (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->root, "Our Journal.candor-backup", NULL);
  g_autofree char *pre_restore = NULL;
  g_autofree char *summary = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;

  g_assert_true (candor_backup_write (candor_session_get_vault (f->session), path, &error));
  g_assert_no_error (error);
  add_checkin (f->session, 2026, "after the backup");
  g_assert_true (candor_session_save (f->session, &error));

  /* What it holds is shown before anything changes. */
  candor_data_actions_restore_file (actions_of (f->window), path);
  dialog = wait_for_dialog (CANDOR_TYPE_RESTORE_DIALOG, NULL);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Restore This Backup?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "“Our Journal.candor-backup”"));
  summary = candor_restore_dialog_dup_summary (CANDOR_RESTORE_DIALOG (dialog));
  g_assert_nonnull (strstr (summary, "People: 2\n"));
  g_assert_nonnull (strstr (summary, "Check-ins: 2\n"));
  g_assert_nonnull (strstr (summary, "Dates: "));
  g_assert_null (strstr (summary, "Commitments"));
  g_assert_true (adw_message_dialog_has_response (dialog, "merge"));
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "replace"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);
  g_assert_cmpuint (n_checkins (f->session), ==, 3);

  /* Cancel changes nothing. */
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  candor_test_spin (100);
  g_assert_cmpuint (n_checkins (f->session), ==, 3);

  /* Replace: the journal becomes the backup, and the old one is kept. */
  candor_data_actions_restore_file (actions_of (f->window), path);
  dialog = wait_for_dialog (CANDOR_TYPE_RESTORE_DIALOG, NULL);
  adw_message_dialog_response (dialog, "replace");
  gtk_window_destroy (GTK_WINDOW (dialog));
  assert_checkins_become (f->session, 2);
  pre_restore = candor_backup_get_pre_restore_path (candor_session_get_vault (f->session));
  g_assert_true (g_file_test (pre_restore, G_FILE_TEST_IS_REGULAR));

  /* Merge brings back what the pre-restore copy holds. */
  candor_data_actions_restore_file (actions_of (f->window), pre_restore);
  dialog = wait_for_dialog (CANDOR_TYPE_RESTORE_DIALOG, NULL);
  adw_message_dialog_response (dialog, "merge");
  gtk_window_destroy (GTK_WINDOW (dialog));
  assert_checkins_become (f->session, 3);
}

static void
test_restore_damaged (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->root, "broken.candor-backup", NULL);
  AdwMessageDialog *dialog;

  g_assert_true (g_file_set_contents (path, "CandorB\n but not really", -1, NULL));
  candor_data_actions_restore_file (actions_of (f->window), path);
  dialog = wait_for_dialog (ADW_TYPE_MESSAGE_DIALOG, "This File Cannot Be Restored");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "damaged"));
  g_assert_null (find_dialog (CANDOR_TYPE_RESTORE_DIALOG, NULL));
  g_assert_cmpuint (n_checkins (f->session), ==, 2);
  g_assert_false (candor_session_has_unsaved_changes (f->session));
}

static gboolean
mode_is_first_run (gpointer data)
{
  return g_strcmp0 (candor_window_get_mode (data), "first-run") == 0;
}

static void
test_erase_returns_to_first_run (Fixture       *f,
                                 gconstpointer  data)
{
  CandorPreferencesWindow *preferences = candor_preferences_window_new (GTK_WINDOW (f->window));
  GtkWidget *group;
  GtkWidget *button;
  AdwMessageDialog *dialog;

  gtk_window_present (GTK_WINDOW (preferences));
  g_assert_true (candor_test_wait_for (is_mapped, preferences, 5000));
  group = candor_test_find_widget (GTK_WIDGET (preferences), CANDOR_TYPE_DATA_GROUP, NULL);
  g_assert_nonnull (group);
  g_assert_true (gtk_widget_get_visible (group));
  g_assert_nonnull (candor_test_find_widget (group, ADW_TYPE_ACTION_ROW, "Journal Folder"));

  button = candor_test_find_widget (group, GTK_TYPE_BUTTON, "_Erase…");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_has_css_class (button, "destructive-action"));
  g_signal_emit_by_name (button, "clicked");

  /* The confirmation names what will go, and nothing has gone yet. */
  dialog = wait_for_dialog (ADW_TYPE_MESSAGE_DIALOG, "Erase Everything?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), f->dir));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "keyring"));
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "erase"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "cancel");
  g_assert_true (g_file_test (f->dir, G_FILE_TEST_IS_DIR));

  adw_message_dialog_response (dialog, "erase");
  gtk_window_destroy (GTK_WINDOW (dialog));

  if (!candor_test_wait_for (mode_is_first_run, f->window, 20000))
    g_error ("The window shows “%s” after erasing", candor_window_get_mode (f->window));
  g_assert_false (g_file_test (f->dir, G_FILE_TEST_EXISTS));
  g_assert_false (candor_vault_exists (candor_session_get_vault (f->session)));
}

static void
test_move_failure_keeps_journal (Fixture       *f,
                                 gconstpointer  data)
{
  CandorPreferencesWindow *preferences = candor_preferences_window_new (GTK_WINDOW (f->window));
  GtkWidget *group;
  AdwMessageDialog *dialog;
  g_autoptr(GError) error = NULL;

  gtk_window_present (GTK_WINDOW (preferences));
  group = candor_test_find_widget (GTK_WIDGET (preferences), CANDOR_TYPE_DATA_GROUP, NULL);
  g_assert_nonnull (group);

  /* A place nobody may write to, even root. */
  candor_data_group_move_to (CANDOR_DATA_GROUP (group), "/proc/candor-journal");
  dialog = wait_for_dialog (ADW_TYPE_MESSAGE_DIALOG, "Your Journal Was Not Moved");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "/proc/candor-journal"));

  /* Still here, still in use. */
  g_assert_cmpstr (candor_vault_get_directory (candor_session_get_vault (f->session)), ==, f->dir);
  g_assert_cmpstr (candor_window_get_mode (f->window), ==, "journal");
  add_checkin (f->session, 2026, "after the failed move");
  g_assert_true (candor_session_save (f->session, &error));
  g_assert_no_error (error);
}

typedef struct {
  const char *directory;
} MovedWait;

static gboolean
window_for_directory (gpointer data)
{
  MovedWait *wait = data;
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (CANDOR_IS_WINDOW (window) && candor_window_get_session (CANDOR_WINDOW (window)) &&
          g_strcmp0 (candor_vault_get_directory (candor_session_get_vault (
                       candor_window_get_session (CANDOR_WINDOW (window)))), wait->directory) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
test_move (Fixture       *f,
           gconstpointer  data)
{
  CandorPreferencesWindow *preferences = candor_preferences_window_new (GTK_WINDOW (f->window));
  g_autofree char *destination = g_build_filename (f->root, "Synced", "Candor", NULL);
  g_autofree char *moved_key = g_build_filename (destination, "vault.key", NULL);
  g_autoptr(GSettings) settings = g_settings_new (BASE_ID);
  g_autoptr(CandorSession) reopened = NULL;
  g_autofree char *remembered = NULL;
  g_autoptr(GError) error = NULL;
  MovedWait wait = { destination };
  GtkWidget *group;

  gtk_window_present (GTK_WINDOW (preferences));
  group = candor_test_find_widget (GTK_WIDGET (preferences), CANDOR_TYPE_DATA_GROUP, NULL);
  candor_data_group_move_to (CANDOR_DATA_GROUP (group), destination);

  /* A new window opens on the new folder; the old files are gone. */
  if (!candor_test_wait_for (window_for_directory, &wait, 20000))
    g_error ("No window opened on %s", destination);
  g_assert_true (g_file_test (moved_key, G_FILE_TEST_IS_REGULAR));
  g_assert_false (g_file_test (f->dir, G_FILE_TEST_EXISTS));
  remembered = g_settings_get_string (settings, "vault-directory");
  g_assert_cmpstr (remembered, ==, destination);
  g_settings_reset (settings, "vault-directory");

  reopened = fast_session (destination);
  g_assert_true (candor_session_unlock_all (reopened, PASSPHRASE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_checkins (reopened), ==, 2);
}

static void
test_changed_on_disk (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(CandorSession) other = fast_session (f->dir);
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;

  /* Another computer's save arrives (here: another session on the same folder). */
  candor_session_set_autosave_delay (other, 0);
  g_assert_true (candor_session_unlock_all (other, PASSPHRASE, &error));
  g_assert_no_error (error);
  add_checkin (other, 2025, "from the laptop");
  g_assert_true (candor_session_save (other, &error));
  g_assert_no_error (error);

  /* Nothing unsaved here: it is simply reloaded. */
  candor_data_actions_check_disk (actions_of (f->window));
  g_assert_cmpuint (n_checkins (f->session), ==, 3);
  g_assert_false (candor_session_has_unsaved_changes (f->session));

  /* Now both sides change: the app asks instead of overwriting. */
  add_checkin (other, 2025, "laptop again");
  g_assert_true (candor_session_save (other, &error));
  add_checkin (f->session, 2025, "from the desktop");
  g_assert_true (candor_session_has_unsaved_changes (f->session));
  candor_data_actions_check_disk (actions_of (f->window));
  dialog = wait_for_dialog (ADW_TYPE_MESSAGE_DIALOG, "Your Journal Changed Elsewhere");
  g_assert_true (adw_message_dialog_has_response (dialog, "mine"));
  g_assert_true (adw_message_dialog_has_response (dialog, "theirs"));

  /* Keep mine: saved over the other version, after re-reading it. */
  adw_message_dialog_response (dialog, "mine");
  gtk_window_destroy (GTK_WINDOW (dialog));
  assert_checkins_become (f->session, 4);
  g_assert_true (has_checkin (f->session, "from the desktop"));
  g_assert_false (has_checkin (f->session, "laptop again"));
  g_assert_null (candor_session_get_save_error (f->session));

  /* A save that races the other computer's is refused by the vault, and the same
   * question comes; "Use the Other" takes the laptop's journal. */
  g_assert_true (candor_session_lock (other, &error));
  g_assert_true (candor_session_unlock_all (other, PASSPHRASE, &error));
  add_checkin (other, 2025, "laptop, third time");
  g_assert_true (candor_session_save (other, &error));
  g_assert_no_error (error);
  add_checkin (f->session, 2025, "desktop, racing");
  g_assert_false (candor_session_save (f->session, &error));
  g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_CHANGED_ON_DISK);
  g_clear_error (&error);
  dialog = wait_for_dialog (ADW_TYPE_MESSAGE_DIALOG, "Your Journal Changed Elsewhere");
  adw_message_dialog_response (dialog, "theirs");
  gtk_window_destroy (GTK_WINDOW (dialog));
  assert_checkins_become (f->session, 5);
  g_assert_true (has_checkin (f->session, "laptop, third time"));
  g_assert_false (has_checkin (f->session, "desktop, racing"));
  g_assert_null (find_dialog (ADW_TYPE_MESSAGE_DIALOG, "Your Journal Changed Elsewhere"));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *root = NULL;
  g_autofree char *app_dir = NULL;

  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();
  g_assert_true (candor_secure_init (NULL));

  root = g_dir_make_tmp ("candor-data-app-XXXXXX", &error);
  g_assert_no_error (error);
  app_dir = g_build_filename (root, "journal", NULL);
  app = candor_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
  candor_application_set_vault_directory (app, app_dir);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/data/restore-summary", test_restore_summary);
  ADD ("/data/restore-damaged", test_restore_damaged);
  ADD ("/data/erase-returns-to-first-run", test_erase_returns_to_first_run);
  ADD ("/data/move-failure-keeps-journal", test_move_failure_keeps_journal);
  ADD ("/data/move", test_move);
  ADD ("/data/changed-on-disk", test_changed_on_disk);
#undef ADD

  return g_test_run ();
}
