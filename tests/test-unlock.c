/* test-unlock.c — first run, unlock, lock and passphrases, on real widgets
 *
 * Every test has its own vault folder with the fastest key derivation libsodium allows;
 * the first one also checks that the application's --vault folder is the one used.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sodium.h>
#include <sys/stat.h>

#include "candor-application.h"
#include "candor-change-passphrase-dialog.h"
#include "candor-first-run-page.h"
#include "candor-keyring.h"
#include "candor-preferences-window.h"
#include "candor-secure.h"
#include "candor-test-utils.h"
#include "candor-unlock-page.h"
#include "candor-vault-private.h"
#include "candor-window-private.h"

#define PASSPHRASE     "sunflower river lamp"
#define NEW_PASSPHRASE "quiet harbour morning tea"
#define WRONG_MESSAGE  "That passphrase didn’t open this journal. Check Caps Lock and try again."

static CandorApplication *app;
static char *app_vault_dir;

typedef struct {
  char          *root;
  char          *dir;
  CandorSession *session;
  CandorWindow  *window;
} Fixture;

/* Helpers */

static void
use_fast_kdf (CandorSession *session)
{
  candor_vault_set_kdf_limits (candor_session_get_vault (session),
                               crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN);
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

static void
open_window (Fixture *fixture)
{
  fixture->window = candor_window_new_for_session (app, fixture->session);
  gtk_window_present (GTK_WINDOW (fixture->window));
  g_assert_true (candor_test_wait_for (is_mapped, fixture->window, 5000));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->root = g_dir_make_tmp ("candor-unlock-XXXXXX", &error);
  g_assert_no_error (error);
  /* A folder that does not exist yet: creating it is part of the first run. */
  fixture->dir = g_build_filename (fixture->root, "vault", NULL);
  fixture->session = candor_session_new (fixture->dir);
  use_fast_kdf (fixture->session);

  if (data == NULL)
    open_window (fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  candor_test_close_toplevels_except (NULL);
  g_clear_object (&fixture->session);
  candor_test_remove_tree (fixture->root);
  g_free (fixture->root);
  g_free (fixture->dir);
}

typedef struct {
  CandorWindow *window;
  const char   *mode;
} ModeWait;

static gboolean
mode_is (gpointer data)
{
  ModeWait *wait = data;

  return g_strcmp0 (candor_window_get_mode (wait->window), wait->mode) == 0;
}

static void
assert_mode_becomes (CandorWindow *window,
                     const char   *mode)
{
  ModeWait wait = { window, mode };

  if (!candor_test_wait_for (mode_is, &wait, 20000))
    g_error ("The window shows “%s”, not “%s”", candor_window_get_mode (window), mode);
}

static GtkWidget *
mode_page (CandorWindow *window,
           GType         type)
{
  GtkWidget *page = candor_test_find_widget (GTK_WIDGET (window), type, NULL);

  g_assert_nonnull (page);
  return page;
}

static GtkWidget *
find_row (GtkWidget  *root,
          GType       type,
          const char *title)
{
  GtkWidget *row = candor_test_find_widget (root, type, title);

  if (row == NULL)
    g_error ("No row “%s”", title);
  return row;
}

static void
set_row_text (GtkWidget  *root,
              GType       type,
              const char *title,
              const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (find_row (root, type, title)), text);
}

static GtkWidget *
find_action_button (GtkWidget  *root,
                    const char *action)
{
  g_autoptr(GPtrArray) buttons = candor_test_find_all (root, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);

      if (g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), action) == 0)
        return button;
    }

  g_error ("No button for %s", action);
  return NULL;
}

/* A label with exactly @text, shown (visible up to @root). */
static gboolean
label_shown (GtkWidget  *root,
             const char *text)
{
  GtkWidget *label = candor_test_find_widget (root, GTK_TYPE_LABEL, text);

  return label != NULL && gtk_widget_is_visible (label);
}

static gboolean
label_containing_shown (GtkWidget  *root,
                        const char *part)
{
  g_autoptr(GPtrArray) labels = candor_test_find_all (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);

      if (strstr (gtk_label_get_label (label), part) != NULL &&
          gtk_widget_is_visible (GTK_WIDGET (label)))
        return TRUE;
    }

  return FALSE;
}

typedef struct {
  GtkWidget  *root;
  const char *text;
} LabelWait;

static gboolean
label_appears (gpointer data)
{
  LabelWait *wait = data;

  return label_containing_shown (wait->root, wait->text);
}

static void
assert_label_appears (GtkWidget  *root,
                      const char *text)
{
  LabelWait wait = { root, text };

  if (!candor_test_wait_for (label_appears, &wait, 20000))
    g_error ("“%s” never showed", text);
}

static gboolean
not_busy (gpointer data)
{
  gboolean busy;

  g_object_get (data, "busy", &busy, NULL);
  return !busy;
}

static void
fill_first_run (CandorWindow *window,
                const char   *passphrase,
                gboolean      remember)
{
  GtkWidget *page = mode_page (window, CANDOR_TYPE_FIRST_RUN_PAGE);
  GtkWidget *remember_row;

  set_row_text (page, ADW_TYPE_ENTRY_ROW, "Your name", "Alex");
  set_row_text (page, ADW_TYPE_ENTRY_ROW, "Your partner’s name", "Sam");
  set_row_text (page, ADW_TYPE_PASSWORD_ENTRY_ROW, "Passphrase", passphrase);
  set_row_text (page, ADW_TYPE_PASSWORD_ENTRY_ROW, "Confirm Passphrase", passphrase);

  remember_row = find_row (page, ADW_TYPE_ACTION_ROW, "Remember Passphrase in the Keyring");
  gtk_switch_set_active (GTK_SWITCH (candor_test_find_widget (remember_row, GTK_TYPE_SWITCH,
                                                              NULL)),
                         remember);
}

/* Creates the journal through the first-run page and waits until it shows. */
static void
create_journal (Fixture  *fixture,
                gboolean  remember)
{
  GtkWidget *page;

  assert_mode_becomes (fixture->window, "first-run");
  page = mode_page (fixture->window, CANDOR_TYPE_FIRST_RUN_PAGE);
  fill_first_run (fixture->window, PASSPHRASE, remember);
  g_assert_true (gtk_widget_get_sensitive (find_action_button (page, "first-run.create")));
  g_signal_emit_by_name (find_action_button (page, "first-run.create"), "clicked");
  assert_mode_becomes (fixture->window, "journal");
  /* The journal shows at once; its first save finishes a moment later. */
  g_assert_true (candor_test_wait_for (not_busy, page, 20000));
  g_assert_false (candor_session_get_saving (fixture->session));
}

static void
lock_window (CandorWindow *window)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.lock", NULL));
  assert_mode_becomes (window, "unlock");
}

/* Types @passphrase on the unlock page and presses Enter; waits for the outcome. */
static void
type_passphrase (CandorWindow *window,
                 const char   *passphrase)
{
  GtkWidget *page = mode_page (window, CANDOR_TYPE_UNLOCK_PAGE);
  GtkWidget *row = find_row (page, ADW_TYPE_PASSWORD_ENTRY_ROW, "Passphrase");

  g_assert_true (candor_test_wait_for (not_busy, page, 20000));
  gtk_editable_set_text (GTK_EDITABLE (row), passphrase);
  g_signal_emit_by_name (row, "entry-activated");
  g_assert_true (candor_test_wait_for (not_busy, page, 20000));
}

static guint
file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 0777;
}

static const char *
vault_directory (CandorSession *session)
{
  return candor_vault_get_directory (candor_session_get_vault (session));
}

static guint
count_people (CandorSession *session)
{
  CandorJournal *journal = candor_session_get_journal (session);

  return g_list_model_get_n_items (candor_journal_get_people (journal));
}

/* Whether a keyring would take a passphrase without asking anyone: an unlocked default
 * collection, as build-aux/test-session.sh provides. Storing into a missing or locked one
 * would open a system prompt that nobody answers. If not, why. */
static gboolean
keyring_can_store (char **why)
{
  g_autoptr(SecretService) service = NULL;
  g_autoptr(SecretCollection) collection = NULL;
  g_autoptr(GError) error = NULL;

  service = secret_service_get_sync (SECRET_SERVICE_NONE, NULL, &error);
  if (service == NULL)
    {
      *why = g_strdup_printf ("No keyring answers: %s", error->message);
      return FALSE;
    }

  collection = secret_collection_for_alias_sync (service, SECRET_COLLECTION_DEFAULT,
                                                 SECRET_COLLECTION_NONE, NULL, &error);
  if (collection == NULL || secret_collection_get_locked (collection))
    {
      *why = g_strdup_printf ("The keyring has no unlocked default collection%s%s",
                              error ? ": " : "", error ? error->message : "");
      return FALSE;
    }

  return TRUE;
}

/* Tests */

static void
test_first_run_shown (void)
{
  CandorWindow *window = candor_window_new (app);
  GtkMenuButton *menu = NULL;
  g_autoptr(GPtrArray) menus = NULL;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (candor_test_wait_for (is_mapped, window, 5000));

  /* The app's --vault folder is the one asked about, and it has no journal yet. */
  g_assert_cmpstr (vault_directory (candor_window_get_session (window)), ==, app_vault_dir);
  assert_mode_becomes (window, "first-run");
  g_assert_true (label_shown (GTK_WIDGET (window), "Welcome to Candor"));
  g_assert_true (label_shown (GTK_WIDGET (window),
                              "If you forget this passphrase, your journal cannot be opened — "
                              "not by you, not by us. Write it down somewhere safe."));

  /* Locked, there is nothing to lock and no preferences in the menu. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.lock", NULL);
  candor_test_spin (50);
  g_assert_cmpstr (candor_window_get_mode (window), ==, "first-run");
  menus = candor_test_find_all (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON);
  for (guint i = 0; i < menus->len; i++)
    if (gtk_widget_get_mapped (g_ptr_array_index (menus, i)))
      menu = g_ptr_array_index (menus, i);
  g_assert_nonnull (menu);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (menu)), ==, "Main Menu");
  {
    GMenuModel *model = gtk_menu_button_get_menu_model (menu);
    g_autoptr(GMenuModel) section = g_menu_model_get_item_link (model, 0, G_MENU_LINK_SECTION);

    for (int i = 0; i < g_menu_model_get_n_items (section); i++)
      {
        g_autofree char *action = NULL;

        g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_ACTION, "s", &action);
        g_assert_cmpstr (action, !=, "app.preferences");
      }
    g_assert_cmpint (g_menu_model_get_n_items (section), ==, 3);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_create_needs_valid_form (Fixture       *fixture,
                              gconstpointer  data)
{
  GtkWidget *page = mode_page (fixture->window, CANDOR_TYPE_FIRST_RUN_PAGE);
  GtkWidget *create = find_action_button (page, "first-run.create");
  GtkWidget *friend_row = find_row (page, ADW_TYPE_ACTION_ROW, "A friend and me");

  assert_mode_becomes (fixture->window, "first-run");
  g_assert_false (gtk_widget_get_sensitive (create));

  /* Names alone are not enough. */
  set_row_text (page, ADW_TYPE_ENTRY_ROW, "Your name", "Alex");
  set_row_text (page, ADW_TYPE_ENTRY_ROW, "Your partner’s name", "Sam");
  g_assert_false (gtk_widget_get_sensitive (create));

  /* Too short, with the hint saying so. */
  set_row_text (page, ADW_TYPE_PASSWORD_ENTRY_ROW, "Passphrase", "abc");
  set_row_text (page, ADW_TYPE_PASSWORD_ENTRY_ROW, "Confirm Passphrase", "abc");
  g_assert_true (label_shown (page, "Too short — use at least 8 characters"));
  g_assert_false (gtk_widget_get_sensitive (create));

  /* Easy to guess is refused too. */
  set_row_text (page, ADW_TYPE_PASSWORD_ENTRY_ROW, "Passphrase", "password");
  set_row_text (page, ADW_TYPE_PASSWORD_ENTRY_ROW, "Confirm Passphrase", "password");
  g_assert_false (gtk_widget_get_sensitive (create));

  /* Fair is allowed, with a nudge. */
  set_row_text (page, ADW_TYPE_PASSWORD_ENTRY_ROW, "Passphrase", "sunflower");
  set_row_text (page, ADW_TYPE_PASSWORD_ENTRY_ROW, "Confirm Passphrase", "sunflower");
  g_assert_true (label_shown (page, "Fair — a few more words make it much stronger"));
  g_assert_true (gtk_widget_get_sensitive (create));

  /* A confirmation still being typed is not a mismatch; a different one is. */
  set_row_text (page, ADW_TYPE_PASSWORD_ENTRY_ROW, "Passphrase", PASSPHRASE);
  set_row_text (page, ADW_TYPE_PASSWORD_ENTRY_ROW, "Confirm Passphrase", "sunflower");
  g_assert_true (label_shown (page, "Strong"));
  g_assert_false (label_shown (page, "The two passphrases don’t match yet."));
  g_assert_false (gtk_widget_get_sensitive (create));
  set_row_text (page, ADW_TYPE_PASSWORD_ENTRY_ROW, "Confirm Passphrase", "sunflower ocean");
  g_assert_true (label_shown (page, "The two passphrases don’t match yet."));
  g_assert_false (gtk_widget_get_sensitive (create));

  set_row_text (page, ADW_TYPE_PASSWORD_ENTRY_ROW, "Confirm Passphrase", PASSPHRASE);
  g_assert_false (label_shown (page, "The two passphrases don’t match yet."));
  g_assert_true (gtk_widget_get_sensitive (create));

  /* Both names are needed; spaces are not a name. */
  set_row_text (page, ADW_TYPE_ENTRY_ROW, "Your partner’s name", "   ");
  g_assert_false (gtk_widget_get_sensitive (create));

  /* A friend instead of a partner renames the second field. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (candor_test_find_widget (friend_row,
                                                                          GTK_TYPE_CHECK_BUTTON,
                                                                          NULL)),
                               TRUE);
  g_assert_nonnull (candor_test_find_widget (page, ADW_TYPE_ENTRY_ROW, "Your friend’s name"));
  set_row_text (page, ADW_TYPE_ENTRY_ROW, "Your friend’s name", "Sam");
  g_assert_true (gtk_widget_get_sensitive (create));
}

static void
test_create_opens_journal (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *key_path = g_build_filename (fixture->dir, "vault.key", NULL);
  g_autofree char *profile_path = g_build_filename (fixture->dir, "profile.candor", NULL);
  CandorJournal *journal;
  CandorPerson *me;
  GtkWidget *page;

  g_assert_false (g_file_test (fixture->dir, G_FILE_TEST_EXISTS));
  create_journal (fixture, FALSE);

  g_assert_cmpint (candor_session_get_state (fixture->session), ==, CANDOR_SESSION_STATE_READY);
  g_assert_cmpstr (candor_window_get_visible_page (fixture->window), ==, "today");

  /* Private files in a private folder. */
  g_assert_cmpuint (file_mode (fixture->dir), ==, 0700);
  g_assert_cmpuint (file_mode (key_path), ==, 0600);
  g_assert_cmpuint (file_mode (profile_path), ==, 0600);

  /* Both people, the first one being “me”. */
  journal = candor_session_get_journal (fixture->session);
  g_assert_cmpuint (g_list_model_get_n_items (candor_journal_get_people (journal)), ==, 2);
  me = candor_journal_get_me (journal);
  g_assert_nonnull (me);
  g_assert_cmpstr (candor_person_get_name (me), ==, "Alex");
  g_assert_cmpint (candor_person_get_relationship (me), ==, CANDOR_RELATIONSHIP_PARTNER);

  /* The passphrase does not linger in the form. */
  page = mode_page (fixture->window, CANDOR_TYPE_FIRST_RUN_PAGE);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_row (page, ADW_TYPE_PASSWORD_ENTRY_ROW,
                                                                  "Passphrase"))), ==, "");
}

static void
test_lock_and_unlock (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWidget *page;
  GtkWidget *row;
  GtkWidget *list;
  int start, end;

  create_journal (fixture, FALSE);
  lock_window (fixture->window);
  g_assert_cmpint (candor_session_get_state (fixture->session), ==, CANDOR_SESSION_STATE_LOCKED);
  g_assert_cmpuint (count_people (fixture->session), ==, 0);
  page = mode_page (fixture->window, CANDOR_TYPE_UNLOCK_PAGE);
  g_assert_true (label_shown (page, "Welcome back"));

  /* A wrong passphrase: told so, the entry shakes, the text is selected to retype. */
  type_passphrase (fixture->window, "sunflower river lump");
  g_assert_true (label_shown (page, WRONG_MESSAGE));
  g_assert_cmpstr (candor_window_get_mode (fixture->window), ==, "unlock");
  g_assert_cmpint (candor_session_get_state (fixture->session), ==, CANDOR_SESSION_STATE_LOCKED);
  row = find_row (page, ADW_TYPE_PASSWORD_ENTRY_ROW, "Passphrase");
  list = gtk_widget_get_ancestor (row, GTK_TYPE_LIST_BOX);
  g_assert_true (gtk_widget_has_css_class (list, "shake"));
  g_assert_true (gtk_editable_get_selection_bounds (GTK_EDITABLE (row), &start, &end));
  g_assert_cmpint (start, ==, 0);
  g_assert_cmpint (end, ==, g_utf8_strlen ("sunflower river lump", -1));
  g_assert_true (gtk_widget_get_sensitive (row));

  /* The right one opens the journal, and the entry is emptied. */
  type_passphrase (fixture->window, PASSPHRASE);
  assert_mode_becomes (fixture->window, "journal");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "");
  g_assert_cmpuint (count_people (fixture->session), ==, 2);
}

static void
test_accelerator (void)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                "win.lock");

  g_assert_true (g_strv_contains ((const char * const *) accels, "<Control>l"));
}

/* Writes a key file, then spoils it with @spoil; returns the window's unlock page. */
static GtkWidget *
open_spoiled_vault (Fixture  *fixture,
                    void    (*spoil) (guint8 *data, gsize len))
{
  g_autoptr(CandorVault) vault = candor_vault_new (fixture->dir);
  g_autofree char *key_path = g_build_filename (fixture->dir, "vault.key", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize len;

  candor_vault_set_kdf_limits (vault, crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN);
  g_assert_true (candor_vault_create (vault, PASSPHRASE, &error));
  g_assert_no_error (error);
  candor_vault_lock (vault);

  g_file_get_contents (key_path, &contents, &len, &error);
  g_assert_no_error (error);
  spoil ((guint8 *) contents, len);
  g_file_set_contents (key_path, contents, len, &error);
  g_assert_no_error (error);

  open_window (fixture);
  assert_mode_becomes (fixture->window, "unlock");
  return mode_page (fixture->window, CANDOR_TYPE_UNLOCK_PAGE);
}

static void
flip_a_bit (guint8 *data,
            gsize   len)
{
  data[len / 2] ^= 0x10;
}

static void
make_newer (guint8 *data,
            gsize   len)
{
  data[8] = 0x7f;  /* major version, little or big endian: far too new either way */
  data[9] = 0x7f;
  candor_vault_fix_trailer (data, len);
}

static void
make_foreign (guint8 *data,
              gsize   len)
{
  memcpy (data, "GIF89a\n\n", 8);
}

static void
test_damaged_key_file (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *page = open_spoiled_vault (fixture, flip_a_bit);

  /* Said before anything is typed, naming the file and the way to check the others. */
  assert_label_appears (page, "Part of your journal is damaged");
  g_assert_true (label_containing_shown (page, "vault.key"));
  g_assert_true (label_containing_shown (page, "candor --verify"));
  g_assert_true (label_containing_shown (page, "backups"));

  /* Typing the passphrase gives the same answer, not “wrong passphrase”. */
  type_passphrase (fixture->window, PASSPHRASE);
  g_assert_true (label_shown (page, "Part of your journal is damaged"));
  g_assert_false (label_shown (page, WRONG_MESSAGE));
  g_assert_cmpstr (candor_window_get_mode (fixture->window), ==, "unlock");
}

static void
test_newer_key_file (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWidget *page = open_spoiled_vault (fixture, make_newer);

  assert_label_appears (page, "Made by a newer version of Candor");
  g_assert_true (label_containing_shown (page, "Update Candor"));
}

static void
test_foreign_key_file (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *page = open_spoiled_vault (fixture, make_foreign);

  assert_label_appears (page, "This is not a Candor journal");
}

static void
test_keyring_opens_without_typing (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(CandorSession) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CandorKeyringPassphrase) stored = NULL;
  CandorWindow *window;
  g_autofree char *why = NULL;
  const char *vault_id;
  gint64 end;

  if (!keyring_can_store (&why))
    {
      g_test_skip (why);
      return;
    }

  create_journal (fixture, TRUE);
  vault_id = candor_vault_get_id (candor_session_get_vault (fixture->session));

  /* Stored asynchronously after the journal opened. */
  end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (stored == NULL && g_get_monotonic_time () < end)
    {
      candor_test_spin (100);
      g_clear_error (&error);
      stored = candor_keyring_lookup_sync (vault_id, NULL, &error);
    }
  g_assert_no_error (error);
  g_assert_cmpstr (stored, ==, PASSPHRASE);

  /* Relaunch: a new session on the same folder, a new window. No typing. */
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  fixture->window = NULL;
  g_assert_true (candor_session_lock (fixture->session, NULL));
  second = candor_session_new (fixture->dir);
  window = candor_window_new_for_session (app, second);
  gtk_window_present (GTK_WINDOW (window));
  assert_mode_becomes (window, "journal");
  g_assert_cmpint (candor_session_get_state (second), ==, CANDOR_SESSION_STATE_READY);

  /* After Lock, though, it asks. */
  lock_window (window);
  candor_test_spin (500);
  g_assert_cmpstr (candor_window_get_mode (window), ==, "unlock");
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_true (candor_session_lock (second, NULL));
  g_clear_object (&second);

  /* A remembered passphrase that went stale is forgotten, with a note. */
  g_assert_true (candor_keyring_store_sync (vault_id, "an old passphrase", NULL, &error));
  g_assert_no_error (error);
  second = candor_session_new (fixture->dir);
  window = candor_window_new_for_session (app, second);
  gtk_window_present (GTK_WINDOW (window));
  assert_label_appears (GTK_WIDGET (window), "no longer opens this journal");
  g_assert_cmpstr (candor_window_get_mode (window), ==, "unlock");
  end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  do
    {
      g_clear_pointer (&stored, candor_keyring_free_passphrase);
      candor_test_spin (100);
      stored = candor_keyring_lookup_sync (vault_id, NULL, NULL);
    }
  while (stored != NULL && g_get_monotonic_time () < end);
  g_assert_null (stored);

  candor_keyring_clear_sync (vault_id, NULL, NULL);
}

static void
test_idle_lock (Fixture       *fixture,
                gconstpointer  data)
{
  GSettings *settings = candor_application_get_settings (app);

  create_journal (fixture, FALSE);

  /* A “minute” of 100 ms: the journal locks itself after one of them without input. */
  candor_window_set_idle_minute (fixture->window, 100);
  g_settings_set_uint (settings, "lock-after-idle-minutes", 1);
  assert_mode_becomes (fixture->window, "unlock");
  g_assert_cmpint (candor_session_get_state (fixture->session), ==, CANDOR_SESSION_STATE_LOCKED);

  /* Never: it stays open. */
  g_settings_set_uint (settings, "lock-after-idle-minutes", 0);
  type_passphrase (fixture->window, PASSPHRASE);
  assert_mode_becomes (fixture->window, "journal");
  candor_test_spin (400);
  g_assert_cmpstr (candor_window_get_mode (fixture->window), ==, "journal");

  g_settings_reset (settings, "lock-after-idle-minutes");
}

static gboolean
dialog_gone (gpointer data)
{
  return candor_test_find_toplevel (CANDOR_TYPE_CHANGE_PASSPHRASE_DIALOG) == NULL;
}

static void
test_change_passphrase (Fixture       *fixture,
                        gconstpointer  data)
{
  CandorPreferencesWindow *prefs;
  GtkWidget *row;
  GtkWindow *dialog;

  create_journal (fixture, FALSE);

  prefs = candor_preferences_window_new (GTK_WINDOW (fixture->window));
  gtk_window_present (GTK_WINDOW (prefs));
  g_assert_true (candor_test_wait_for (is_mapped, prefs, 5000));
  row = find_row (GTK_WIDGET (prefs), ADW_TYPE_ACTION_ROW, "Change Passphrase…");
  g_assert_true (gtk_widget_is_visible (row));
  g_signal_emit_by_name (row, "activated");
  dialog = candor_test_find_toplevel (CANDOR_TYPE_CHANGE_PASSPHRASE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (prefs));

  /* The wrong current passphrase has its own message, and nothing changes. */
  set_row_text (GTK_WIDGET (dialog), ADW_TYPE_PASSWORD_ENTRY_ROW, "Current Passphrase",
                "not it at all");
  set_row_text (GTK_WIDGET (dialog), ADW_TYPE_PASSWORD_ENTRY_ROW, "New Passphrase", NEW_PASSPHRASE);
  set_row_text (GTK_WIDGET (dialog), ADW_TYPE_PASSWORD_ENTRY_ROW, "Confirm New Passphrase",
                NEW_PASSPHRASE);
  g_assert_true (label_shown (GTK_WIDGET (dialog), "Strong"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "change-passphrase.change",
                                             NULL));
  assert_label_appears (GTK_WIDGET (dialog),
                        "That isn’t the current passphrase. Check Caps Lock and try again.");

  /* The right one: the dialog closes with a toast, the journal stays open. */
  set_row_text (GTK_WIDGET (dialog), ADW_TYPE_PASSWORD_ENTRY_ROW, "Current Passphrase", PASSPHRASE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "change-passphrase.change",
                                             NULL));
  g_assert_true (candor_test_wait_for (dialog_gone, NULL, 20000));
  assert_label_appears (GTK_WIDGET (prefs), "Passphrase changed");
  g_assert_cmpint (candor_session_get_state (fixture->session), ==, CANDOR_SESSION_STATE_READY);

  /* Locking closes the preferences; the old passphrase stops working, the new one works. */
  lock_window (fixture->window);
  candor_test_spin (100);
  g_assert_null (candor_test_find_toplevel (CANDOR_TYPE_PREFERENCES_WINDOW));
  type_passphrase (fixture->window, PASSPHRASE);
  g_assert_true (label_shown (GTK_WIDGET (fixture->window), WRONG_MESSAGE));
  type_passphrase (fixture->window, NEW_PASSPHRASE);
  assert_mode_becomes (fixture->window, "journal");
}

static void
spoil_profile_on_disk (Fixture *fixture)
{
  g_autofree char *path = g_build_filename (fixture->dir, "profile.candor", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize len;

  /* Another program changed the file: Candor refuses to save over it. */
  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);
  contents[len - 1] ^= 0x01;
  g_file_set_contents (path, contents, len, &error);
  g_assert_no_error (error);
}

static void
make_a_change (Fixture *fixture)
{
  g_autoptr(CandorPerson) person = candor_person_new ("Robin", CANDOR_RELATIONSHIP_FRIEND);

  candor_session_set_autosave_delay (fixture->session, 0);
  candor_journal_add_person (candor_session_get_journal (fixture->session), person);
  g_assert_true (candor_session_has_unsaved_changes (fixture->session));
}

static gboolean
message_dialog_shown (gpointer data)
{
  return candor_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

static gboolean
window_destroyed (gpointer data)
{
  return *(CandorWindow **) data == NULL;
}

static void
test_save_failure (Fixture       *fixture,
                   gconstpointer  data)
{
  AdwMessageDialog *dialog;

  create_journal (fixture, FALSE);
  make_a_change (fixture);
  spoil_profile_on_disk (fixture);

  /* A failed save is told in a toast that stays, with a Retry button. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.retry-save",
                                             NULL));
  assert_label_appears (GTK_WIDGET (fixture->window), "Your latest changes could not be saved.");
  g_assert_nonnull (candor_test_find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_BUTTON,
                                             "_Retry"));
  g_assert_true (candor_session_has_unsaved_changes (fixture->session));

  /* Lock saves first; when that fails, the journal stays open and the toast says why. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.lock", NULL));
  assert_label_appears (GTK_WIDGET (fixture->window),
                        "Not locked: your latest changes could not be saved.");
  g_assert_cmpstr (candor_window_get_mode (fixture->window), ==, "journal");
  g_assert_true (candor_session_has_unsaved_changes (fixture->session));
  g_assert_nonnull (candor_test_find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_BUTTON,
                                             "_Retry"));

  /* Closing asks before the changes are lost. */
  gtk_window_close (GTK_WINDOW (fixture->window));
  g_assert_true (candor_test_wait_for (message_dialog_shown, NULL, 20000));
  dialog = ADW_MESSAGE_DIALOG (candor_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==,
                   "Your latest changes could not be saved");
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "quit"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "quit"), ==, "_Quit Anyway");

  /* Cancel keeps the window and the changes. */
  adw_message_dialog_response (dialog, "cancel");
  candor_test_spin (100);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->window)));
  g_assert_true (candor_session_has_unsaved_changes (fixture->session));

  /* Quit Anyway closes. */
  gtk_window_close (GTK_WINDOW (fixture->window));
  g_assert_true (candor_test_wait_for (message_dialog_shown, NULL, 20000));
  dialog = ADW_MESSAGE_DIALOG (candor_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *) &fixture->window);
  adw_message_dialog_response (dialog, "quit");
  g_assert_true (candor_test_wait_for (window_destroyed, &fixture->window, 5000));
}

static void
test_close_saves_first (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(CandorSession) again = NULL;
  g_autoptr(GError) error = NULL;

  create_journal (fixture, FALSE);
  make_a_change (fixture);

  /* Closing with unsaved changes saves them, then closes. */
  g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *) &fixture->window);
  gtk_window_close (GTK_WINDOW (fixture->window));
  g_assert_true (candor_test_wait_for (window_destroyed, &fixture->window, 20000));
  g_assert_false (candor_session_has_unsaved_changes (fixture->session));

  g_assert_true (candor_session_lock (fixture->session, NULL));
  again = candor_session_new (fixture->dir);
  g_assert_true (candor_session_unlock_all (again, PASSPHRASE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_people (again), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *root = NULL;
  int ret;

  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();
  g_assert_true (candor_secure_init (NULL));

  root = g_dir_make_tmp ("candor-app-XXXXXX", &error);
  g_assert_no_error (error);
  app_vault_dir = g_build_filename (root, "journal", NULL);

  app = candor_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
  candor_application_set_vault_directory (app, app_vault_dir);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  use_fast_kdf (candor_application_get_session (app));

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
#define ADD_NO_WINDOW(path, func) \
  g_test_add (path, Fixture, GINT_TO_POINTER (1), fixture_set_up, func, fixture_tear_down)
  g_test_add_func ("/unlock/first-run-shown", test_first_run_shown);
  g_test_add_func ("/unlock/accelerator", test_accelerator);
  ADD ("/unlock/create-needs-valid-form", test_create_needs_valid_form);
  ADD ("/unlock/create-opens-journal", test_create_opens_journal);
  ADD ("/unlock/lock-and-unlock", test_lock_and_unlock);
  ADD_NO_WINDOW ("/unlock/damaged-key-file", test_damaged_key_file);
  ADD_NO_WINDOW ("/unlock/newer-key-file", test_newer_key_file);
  ADD_NO_WINDOW ("/unlock/foreign-key-file", test_foreign_key_file);
  ADD ("/unlock/keyring-opens-without-typing", test_keyring_opens_without_typing);
  ADD ("/unlock/idle-lock", test_idle_lock);
  ADD ("/unlock/change-passphrase", test_change_passphrase);
  ADD ("/unlock/save-failure", test_save_failure);
  ADD ("/unlock/close-saves-first", test_close_saves_first);
#undef ADD
#undef ADD_NO_WINDOW

  ret = g_test_run ();
  g_object_unref (app);
  candor_test_remove_tree (root);
  g_free (app_vault_dir);
  return ret;
}
