/* test-session.c — opening, loading and saving a journal as the app does
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sodium.h>

#include "candor-secure.h"
#include "candor-session.h"

#define PASSPHRASE "a long and honest passphrase"

typedef struct {
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (candor_secure_init (NULL));
  f->dir = g_dir_make_tmp ("candor-session-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      g_remove (path);
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      remove_tree (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  remove_tree (f->dir);
  g_free (f->dir);
}

static CandorSession *
new_session (Fixture *f)
{
  CandorSession *session = candor_session_new (f->dir);

  candor_vault_set_kdf_limits (candor_session_get_vault (session),
                               crypto_pwhash_OPSLIMIT_INTERACTIVE,
                               crypto_pwhash_MEMLIMIT_INTERACTIVE);
  return session;
}

static GAsyncResult *
wait_result (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}

static void
store_result (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  GAsyncResult **slot = user_data;

  *slot = g_object_ref (result);
}

static void
unlock_and_wait (CandorSession *session)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  candor_session_unlock_async (session, PASSPHRASE, NULL, store_result, &result);
  g_assert_true (candor_session_unlock_finish (session, wait_result (&result), &error));
  g_assert_no_error (error);
}

static CandorCheckin *
checkin_on (CandorJournal *journal,
            int            year,
            int            month,
            int            day,
            const char    *text)
{
  CandorPerson *me = g_list_model_get_item (candor_journal_get_people (journal), 0);
  g_autoptr(GDateTime) date = candor_day_new (year, month, day);
  CandorCheckin *checkin = candor_checkin_new (candor_entry_get_id (CANDOR_ENTRY (me)), date,
                                               CANDOR_CHECKIN_KIND_APPRECIATION);

  candor_checkin_set_text (checkin, text);
  candor_journal_add_checkin (journal, checkin);
  g_object_unref (me);
  return checkin;
}

/* A journal with two people and check-ins in 2024, 2025 and 2026, saved and locked. */
static void
make_three_years (Fixture *f)
{
  g_autoptr(CandorSession) session = new_session (f);
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  CandorJournal *journal;

  g_ptr_array_add (people, candor_person_new ("Alex", CANDOR_RELATIONSHIP_PARTNER));
  g_ptr_array_add (people, candor_person_new ("Sam", CANDOR_RELATIONSHIP_PARTNER));
  candor_session_set_autosave_delay (session, 0);
  g_assert_true (candor_session_create (session, PASSPHRASE, people, &error));
  g_assert_no_error (error);

  journal = candor_session_get_journal (session);
  g_object_unref (checkin_on (journal, 2024, 3, 1, "spring"));
  g_object_unref (checkin_on (journal, 2025, 7, 14, "summer"));
  g_object_unref (checkin_on (journal, 2026, 11, 20, "autumn"));
  g_assert_true (candor_session_save (session, &error));
  g_assert_no_error (error);
  g_assert_true (candor_session_lock (session, &error));
}

static void
test_create_and_reopen (Fixture *f, gconstpointer data)
{
  g_autoptr(CandorSession) session = new_session (f);
  g_autoptr(CandorSession) again = NULL;
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *loaded;

  g_ptr_array_add (people, candor_person_new ("Alex", CANDOR_RELATIONSHIP_PARTNER));
  g_ptr_array_add (people, candor_person_new ("Sam", CANDOR_RELATIONSHIP_FRIEND));
  candor_session_create_async (session, PASSPHRASE, people, NULL, store_result, &result);
  g_assert_cmpint (candor_session_get_state (session), ==, CANDOR_SESSION_STATE_UNLOCKING);
  g_assert_true (candor_session_create_finish (session, wait_result (&result), &error));
  g_assert_no_error (error);
  g_assert_cmpint (candor_session_get_state (session), ==, CANDOR_SESSION_STATE_READY);
  g_assert_false (candor_session_has_unsaved_changes (session));
  g_assert_true (candor_vault_exists (candor_session_get_vault (session)));

  /* Another session (another start of the app) sees the two people. */
  g_clear_object (&result);
  again = new_session (f);
  candor_session_unlock_async (again, PASSPHRASE, NULL, store_result, &result);
  g_assert_true (candor_session_unlock_finish (again, wait_result (&result), &error));
  g_assert_no_error (error);
  loaded = candor_journal_get_people (candor_session_get_journal (again));
  g_assert_cmpuint (g_list_model_get_n_items (loaded), ==, 2);
}

static void
test_wrong_passphrase_stays_locked (Fixture *f, gconstpointer data)
{
  g_autoptr(CandorSession) session = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  make_three_years (f);
  session = new_session (f);
  candor_session_unlock_async (session, "not it", NULL, store_result, &result);
  g_assert_false (candor_session_unlock_finish (session, wait_result (&result), &error));
  g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_WRONG_PASSPHRASE);
  g_assert_cmpint (candor_session_get_state (session), ==, CANDOR_SESSION_STATE_LOCKED);
  g_assert_false (candor_vault_is_unlocked (candor_session_get_vault (session)));
}

static guint
count_checkins (CandorSession *session)
{
  return g_list_model_get_n_items (candor_journal_get_checkins (candor_session_get_journal (session)));
}

static gboolean
older_loaded (CandorSession *session)
{
  return candor_session_get_older_years_loaded (session);
}

static void
wait_older (CandorSession *session)
{
  while (!older_loaded (session))
    g_main_context_iteration (NULL, TRUE);
}

static void
test_newest_year_first (Fixture *f, gconstpointer data)
{
  g_autoptr(CandorSession) session = NULL;

  make_three_years (f);
  session = new_session (f);
  unlock_and_wait (session);

  /* The first page can show at once: the newest year is there, older ones follow. */
  if (!older_loaded (session))
    {
      CandorCheckin *only = g_list_model_get_item (candor_journal_get_checkins (
                                                     candor_session_get_journal (session)), 0);

      g_assert_cmpuint (count_checkins (session), ==, 1);
      g_assert_cmpstr (candor_checkin_get_text (only), ==, "autumn");
      g_object_unref (only);
    }
  wait_older (session);
  g_assert_cmpuint (count_checkins (session), ==, 3);
}

static gboolean
timeout_passed_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for @ms: time enough for two small years to load if nothing held
 * them back. */
static void
run_for (guint ms)
{
  gboolean passed = FALSE;

  g_timeout_add (ms, timeout_passed_cb, &passed);
  while (!passed)
    g_main_context_iteration (NULL, TRUE);
}

/* A window holds the older years back until it has drawn the current one. */
static void
test_older_years_held (Fixture *f, gconstpointer data)
{
  g_autoptr(CandorSession) session = NULL;
  g_autoptr(GError) error = NULL;

  make_three_years (f);
  session = new_session (f);

  candor_session_hold_older_years (session);
  candor_session_hold_older_years (session);
  unlock_and_wait (session);
  run_for (300);
  g_assert_false (older_loaded (session));
  g_assert_cmpuint (count_checkins (session), ==, 1);

  /* Held twice: one release is not enough. */
  candor_session_release_older_years (session);
  run_for (300);
  g_assert_false (older_loaded (session));
  candor_session_release_older_years (session);
  wait_older (session);
  g_assert_cmpuint (count_checkins (session), ==, 3);

  /* Locked while held: the release after it loads nothing, and the next unlock, held
   * by no one, loads every year by itself. */
  g_assert_true (candor_session_lock (session, &error));
  candor_session_hold_older_years (session);
  unlock_and_wait (session);
  g_assert_true (candor_session_lock (session, &error));
  g_assert_no_error (error);
  candor_session_release_older_years (session);
  run_for (300);
  g_assert_false (older_loaded (session));
  g_assert_cmpuint (count_checkins (session), ==, 0);
  g_assert_cmpint (candor_session_get_state (session), ==, CANDOR_SESSION_STATE_LOCKED);

  unlock_and_wait (session);
  wait_older (session);
  g_assert_cmpuint (count_checkins (session), ==, 3);
}

static void
test_old_year_edit_waits_for_load (Fixture *f, gconstpointer data)
{
  g_autoptr(CandorSession) session = NULL;
  g_autoptr(CandorSession) again = NULL;
  g_autoptr(GError) error = NULL;

  make_three_years (f);
  session = new_session (f);
  candor_session_set_autosave_delay (session, 0);
  unlock_and_wait (session);

  /* Added to 2024 before 2024 is read: saving now must not replace 2024 with this alone. */
  g_object_unref (checkin_on (candor_session_get_journal (session), 2024, 5, 5, "added early"));
  g_assert_true (candor_session_save (session, &error));
  g_assert_no_error (error);
  wait_older (session);
  g_assert_cmpuint (count_checkins (session), ==, 4);
  /* Loading the year saved what was held back. */
  while (candor_session_has_unsaved_changes (session) || candor_session_get_saving (session))
    g_main_context_iteration (NULL, TRUE);

  again = new_session (f);
  g_assert_true (candor_session_unlock_all (again, PASSPHRASE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_checkins (again), ==, 4);
}

static void
saved_cb (CandorSession *session,
          gboolean      *saved)
{
  *saved = TRUE;
}

static void
test_autosave (Fixture *f, gconstpointer data)
{
  g_autoptr(CandorSession) session = NULL;
  g_autoptr(CandorSession) again = NULL;
  g_autoptr(GError) error = NULL;
  gboolean saved = FALSE;

  make_three_years (f);
  session = new_session (f);
  g_assert_true (candor_session_unlock_all (session, PASSPHRASE, &error));
  candor_session_set_autosave_delay (session, 50);
  g_signal_connect (session, "saved", G_CALLBACK (saved_cb), &saved);

  g_object_unref (checkin_on (candor_session_get_journal (session), 2026, 11, 21, "autosaved"));
  g_assert_true (candor_session_has_unsaved_changes (session));
  while (!saved)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (candor_session_has_unsaved_changes (session));

  again = new_session (f);
  g_assert_true (candor_session_unlock_all (again, PASSPHRASE, &error));
  g_assert_cmpuint (count_checkins (again), ==, 4);
}

static void
failed_cb (CandorSession *session,
           GError        *error,
           GError       **out)
{
  g_clear_error (out);
  *out = g_error_copy (error);
}

static void
test_failed_save_keeps_changes (Fixture *f, gconstpointer data)
{
  g_autoptr(CandorSession) session = NULL;
  g_autoptr(CandorSession) other = NULL;
  g_autoptr(CandorSession) again = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) signalled = NULL;

  make_three_years (f);
  session = new_session (f);
  candor_session_set_autosave_delay (session, 0);
  g_assert_true (candor_session_unlock_all (session, PASSPHRASE, &error));
  g_signal_connect (session, "save-failed", G_CALLBACK (failed_cb), &signalled);

  /* Another program (the command line, a sync tool) changes 2026 behind our back. */
  other = new_session (f);
  candor_session_set_autosave_delay (other, 0);
  g_assert_true (candor_session_unlock_all (other, PASSPHRASE, &error));
  g_object_unref (checkin_on (candor_session_get_journal (other), 2026, 11, 22, "elsewhere"));
  g_assert_true (candor_session_save (other, &error));
  g_assert_true (candor_session_lock (other, &error));

  g_object_unref (checkin_on (candor_session_get_journal (session), 2026, 11, 22, "here"));
  candor_session_save_async (session, NULL, store_result, &result);
  g_assert_false (candor_session_save_finish (session, wait_result (&result), &error));
  g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_CHANGED_ON_DISK);
  g_assert_error (signalled, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_CHANGED_ON_DISK);
  g_assert_nonnull (candor_session_get_save_error (session));

  /* Nothing is lost: the change is still in memory, and the journal won't lock over it. */
  g_assert_true (candor_session_has_unsaved_changes (session));
  g_assert_cmpuint (count_checkins (session), ==, 4);
  g_clear_error (&error);
  g_assert_false (candor_session_lock (session, &error));
  g_assert_cmpint (candor_session_get_state (session), ==, CANDOR_SESSION_STATE_READY);

  /* And what the other program saved is intact. */
  again = new_session (f);
  g_clear_error (&error);
  g_assert_true (candor_session_unlock_all (again, PASSPHRASE, &error));
  g_assert_cmpuint (count_checkins (again), ==, 4);
}

static void
test_lock_forgets (Fixture *f, gconstpointer data)
{
  g_autoptr(CandorSession) session = NULL;
  g_autoptr(GError) error = NULL;

  make_three_years (f);
  session = new_session (f);
  g_assert_true (candor_session_unlock_all (session, PASSPHRASE, &error));
  g_assert_cmpuint (count_checkins (session), ==, 3);
  g_assert_true (candor_session_lock (session, &error));
  g_assert_cmpint (candor_session_get_state (session), ==, CANDOR_SESSION_STATE_LOCKED);
  g_assert_cmpuint (count_checkins (session), ==, 0);
  g_assert_false (candor_vault_is_unlocked (candor_session_get_vault (session)));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/session/create-and-reopen", test_create_and_reopen);
  ADD ("/session/wrong-passphrase-stays-locked", test_wrong_passphrase_stays_locked);
  ADD ("/session/newest-year-first", test_newest_year_first);
  ADD ("/session/older-years-held", test_older_years_held);
  ADD ("/session/old-year-edit-waits-for-load", test_old_year_edit_waits_for_load);
  ADD ("/session/autosave", test_autosave);
  ADD ("/session/failed-save-keeps-changes", test_failed_save_keeps_changes);
  ADD ("/session/lock-forgets", test_lock_forgets);
#undef ADD

  return g_test_run ();
}
