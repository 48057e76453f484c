/* test-passphrase-file.c — `candor --passphrase-file=FILE` opens the window unlocked
 *
 * The app hands the passphrase to the window (candor_window_unlock_with_passphrase), as
 * main.c does for --passphrase-file without an action. The window must appear at once,
 * say it is opening, then show the journal; a wrong passphrase must be reported in the
 * window, with the form to type the right one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sodium.h>

#include "candor-application.h"
#include "candor-secure.h"
#include "candor-test-utils.h"
#include "candor-unlock-page.h"
#include "candor-window.h"

#define PASSPHRASE    "sunflower river lamp"
#define WRONG_MESSAGE "That passphrase didn’t open this journal. Check Caps Lock and try again."

static CandorApplication *app;

typedef struct {
  char          *dir;
  CandorSession *session;
  CandorWindow  *window;
} Fixture;

/* A journal on disk, locked again, in a new session as at start-up. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(CandorSession) creator = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("candor-passphrase-file-XXXXXX", &error);
  g_assert_no_error (error);

  creator = candor_session_new (fixture->dir);
  candor_session_set_autosave_delay (creator, 0);
  candor_vault_set_kdf_limits (candor_session_get_vault (creator),
                               crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN);
  g_assert_true (candor_session_create (creator, PASSPHRASE, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (candor_session_lock (creator, &error));
  g_clear_object (&creator);

  fixture->session = candor_session_new (fixture->dir);
  fixture->window = candor_window_new_for_session (app, fixture->session);
  g_assert_cmpstr (candor_window_get_mode (fixture->window), ==, "unlock");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  candor_test_close_toplevels_except (NULL);
  g_clear_object (&fixture->session);
  candor_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

static gboolean
is_journal (gpointer data)
{
  return g_strcmp0 (candor_window_get_mode (CANDOR_WINDOW (data)), "journal") == 0;
}

static gboolean
is_idle (gpointer data)
{
  return !candor_unlock_page_get_busy (CANDOR_UNLOCK_PAGE (data));
}

static GtkWidget *
unlock_page (Fixture *fixture)
{
  GtkWidget *page = candor_test_find_widget (GTK_WIDGET (fixture->window),
                                             CANDOR_TYPE_UNLOCK_PAGE, NULL);

  g_assert_nonnull (page);
  return page;
}

static gboolean
label_shown (GtkWidget  *root,
             const char *text)
{
  GtkWidget *label = candor_test_find_widget (root, GTK_TYPE_LABEL, text);

  return label != NULL && gtk_widget_is_visible (label);
}

static void
test_opens_the_journal (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkWidget *page = unlock_page (fixture);

  g_assert_true (candor_window_unlock_with_passphrase (fixture->window, PASSPHRASE));

  /* Before the window is even shown, the page says it is opening; nothing is derived
   * until the first frame. */
  g_assert_true (candor_unlock_page_get_busy (CANDOR_UNLOCK_PAGE (page)));
  g_assert_cmpint (candor_session_get_state (fixture->session), ==,
                   CANDOR_SESSION_STATE_LOCKED);

  gtk_window_present (GTK_WINDOW (fixture->window));
  g_assert_true (candor_test_wait_for (is_mapped, fixture->window, 5000));
  g_assert_true (candor_test_wait_for (is_journal, fixture->window, 20000));
  g_assert_cmpint (candor_session_get_state (fixture->session), ==,
                   CANDOR_SESSION_STATE_READY);
  g_assert_false (candor_unlock_page_get_busy (CANDOR_UNLOCK_PAGE (page)));
}

static void
test_wrong_passphrase_is_reported (Fixture       *fixture,
                                   gconstpointer  data)
{
  GtkWidget *page = unlock_page (fixture);

  g_assert_true (candor_window_unlock_with_passphrase (fixture->window, "not the passphrase"));
  gtk_window_present (GTK_WINDOW (fixture->window));

  g_assert_true (candor_test_wait_for (is_idle, page, 20000));
  g_assert_cmpstr (candor_window_get_mode (fixture->window), ==, "unlock");
  g_assert_cmpint (candor_session_get_state (fixture->session), ==,
                   CANDOR_SESSION_STATE_LOCKED);
  g_assert_true (label_shown (page, WRONG_MESSAGE));

  /* The form is there to type the right one. */
  g_assert_true (candor_test_find_widget (page, ADW_TYPE_PASSWORD_ENTRY_ROW, NULL) != NULL);
  g_assert_true (gtk_widget_is_sensitive (candor_test_find_widget (page,
                                                                   ADW_TYPE_PASSWORD_ENTRY_ROW,
                                                                   NULL)));
}

static void
test_nothing_to_open_in_journal_mode (Fixture       *fixture,
                                      gconstpointer  data)
{
  gtk_window_present (GTK_WINDOW (fixture->window));
  g_assert_true (candor_window_unlock_with_passphrase (fixture->window, PASSPHRASE));
  g_assert_true (candor_test_wait_for (is_journal, fixture->window, 20000));

  /* Already open: there is nothing left to unlock. */
  g_assert_false (candor_window_unlock_with_passphrase (fixture->window, PASSPHRASE));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();
  g_assert_true (candor_secure_init (NULL));

  app = candor_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  g_test_add ("/passphrase-file/opens-the-journal", Fixture, NULL, fixture_set_up,
              test_opens_the_journal, fixture_tear_down);
  g_test_add ("/passphrase-file/wrong-passphrase-is-reported", Fixture, NULL, fixture_set_up,
              test_wrong_passphrase_is_reported, fixture_tear_down);
  g_test_add ("/passphrase-file/nothing-to-open-in-journal-mode", Fixture, NULL,
              fixture_set_up, test_nothing_to_open_in_journal_mode, fixture_tear_down);

  return g_test_run ();
}
