/* test-window.c — the app shell, on real widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <sodium.h>

#include "candor-application.h"
#include "candor-checks-page.h"
#include "candor-first-run-page.h"
#include "candor-practices-page.h"
#include "candor-secure.h"
#include "candor-test-utils.h"
#include "candor-today-page.h"
#include "candor-window.h"
#include "candor-window-private.h"

static CandorApplication *app;

static const char *page_names[] = { "today", "feelings", "checks", "progress", "practices" };

typedef struct {
  CandorWindow *window;
} Fixture;

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
  /* The journal is open (see main()), so the window shows its pages. */
  g_assert_cmpstr (candor_window_get_mode (fixture->window), ==, "journal");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  candor_test_close_toplevels_except (NULL);
}

static AdwViewStack *
window_stack (CandorWindow *window)
{
  return ADW_VIEW_STACK (candor_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK, NULL));
}

static void
test_window_opens (Fixture       *fixture,
                   gconstpointer  data)
{
  AdwViewStack *stack = window_stack (fixture->window);
  GListModel *pages;

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (fixture->window)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, "Candor");

  /* The five pages, in the order the design names them; Today comes first. */
  pages = G_LIST_MODEL (adw_view_stack_get_pages (stack));
  g_assert_cmpuint (g_list_model_get_n_items (pages), ==, G_N_ELEMENTS (page_names));
  for (guint i = 0; i < G_N_ELEMENTS (page_names); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (pages, i);

      g_assert_cmpstr (adw_view_stack_page_get_name (page), ==, page_names[i]);
      g_assert_nonnull (adw_view_stack_page_get_title (page));
      g_assert_nonnull (adw_view_stack_page_get_icon_name (page));
    }
  g_object_unref (pages);
  g_assert_cmpstr (candor_window_get_visible_page (fixture->window), ==, "today");
}

static void
test_switcher_reaches_every_page (Fixture       *fixture,
                                  gconstpointer  data)
{
  GtkWidget *title = candor_test_find_widget (GTK_WIDGET (fixture->window),
                                              ADW_TYPE_VIEW_SWITCHER_TITLE, NULL);
  GtkWidget *switcher = candor_test_find_widget (title, ADW_TYPE_VIEW_SWITCHER, NULL);
  g_autoptr(GPtrArray) buttons = candor_test_find_all (switcher, GTK_TYPE_TOGGLE_BUTTON);

  g_assert_cmpuint (buttons->len, ==, G_N_ELEMENTS (page_names));

  /* Walk backwards so each click really changes the page. */
  for (guint i = buttons->len; i > 0; i--)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i - 1);

      g_assert_true (gtk_widget_get_mapped (button));
      g_signal_emit_by_name (button, "clicked");
      candor_test_spin (20);
      g_assert_cmpstr (candor_window_get_visible_page (fixture->window), ==, page_names[i - 1]);
      g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
    }
}

static void
test_page_action (Fixture       *fixture,
                  gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (page_names); i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page",
                                                 "s", page_names[i]));
      g_assert_cmpstr (candor_window_get_visible_page (fixture->window), ==, page_names[i]);
    }
}

static void
test_accelerators (Fixture       *fixture,
                   gconstpointer  data)
{
  struct {
    const char *action;
    const char *accel;
  } expected[] = {
    { "app.quit", "<Control>q" },
    { "app.preferences", "<Control>comma" },
    { "win.lock", "<Control>l" },
    { "win.show-help", "F1" },
    { "win.show-help-overlay", "<Control>question" },
    { "win.show-page('today')", "<Alt>1" },
    { "win.show-page('practices')", "<Alt>5" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                    expected[i].action);

      g_assert_nonnull (accels);
      g_assert_true (g_strv_contains ((const char * const *) accels, expected[i].accel));
    }
}

static void
test_primary_menu (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkMenuButton *button = NULL;
  g_autoptr(GPtrArray) menu_buttons = candor_test_find_all (GTK_WIDGET (fixture->window),
                                                            GTK_TYPE_MENU_BUTTON);
  const char *wanted[][2] = {
    { "_Print Weekly Reflection…", "win.print-reflection" },
    { "_Lock", "win.lock" },
    { "_Back Up…", "data.back-up" },
    { "_Export as JSON…", "data.export-json" },
    { "_Restore…", "data.restore" },
    { "_Preferences", "app.preferences" },
    { "_Keyboard Shortcuts", "win.show-help-overlay" },
    { "_Help", "win.show-help" },
    { "_About Candor", "app.about" },
  };
  GMenuModel *model;
  guint found = 0;

  /* Each mode has its own header bar; the journal's is the one showing. */
  for (guint i = 0; i < menu_buttons->len; i++)
    if (gtk_menu_button_get_primary (g_ptr_array_index (menu_buttons, i)) &&
        gtk_widget_get_mapped (g_ptr_array_index (menu_buttons, i)))
      button = g_ptr_array_index (menu_buttons, i);
  g_assert_nonnull (button);

  /* An icon-only button needs words for those who can't see the icon. */
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (button)), ==, "Main Menu");

  model = gtk_menu_button_get_menu_model (button);
  g_assert_nonnull (model);
  for (int s = 0; s < g_menu_model_get_n_items (model); s++)
    {
      GMenuModel *section = g_menu_model_get_item_link (model, s, G_MENU_LINK_SECTION);

      for (int i = 0; section != NULL && i < g_menu_model_get_n_items (section); i++)
        {
          g_autofree char *label = NULL;
          g_autofree char *action = NULL;

          g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_LABEL, "s", &label);
          g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_ACTION, "s", &action);
          g_assert_cmpuint (found, <, G_N_ELEMENTS (wanted));
          g_assert_cmpstr (label, ==, wanted[found][0]);
          g_assert_cmpstr (action, ==, wanted[found][1]);
          found++;
        }
      g_clear_object (&section);
    }
  g_assert_cmpuint (found, ==, G_N_ELEMENTS (wanted));
}

static gboolean
about_shown (gpointer data)
{
  return candor_test_find_toplevel (ADW_TYPE_ABOUT_WINDOW) != NULL;
}

static void
test_about_opens (Fixture       *fixture,
                  gconstpointer  data)
{
  AdwAboutWindow *about;

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  g_assert_true (candor_test_wait_for (about_shown, NULL, 5000));

  about = ADW_ABOUT_WINDOW (candor_test_find_toplevel (ADW_TYPE_ABOUT_WINDOW));
  /* Filled from the same meson values as the metainfo. */
  g_assert_cmpstr (adw_about_window_get_application_name (about), ==, PACKAGE_NAME);
  g_assert_cmpstr (adw_about_window_get_version (about), ==, PACKAGE_VERSION);
  g_assert_cmpstr (adw_about_window_get_website (about), ==, PACKAGE_WEBSITE);
  g_assert_cmpstr (adw_about_window_get_issue_url (about), ==, PACKAGE_ISSUE_URL);
  g_assert_cmpstr (adw_about_window_get_release_notes (about), ==, PACKAGE_RELEASE_NOTES);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (about)) == GTK_WINDOW (fixture->window));
}

static gboolean
shortcuts_shown (gpointer data)
{
  return candor_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW) != NULL;
}

static void
test_shortcuts_open (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWindow *shortcuts;
  g_autoptr(GPtrArray) items = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                                             "win.show-help-overlay", NULL));
  g_assert_true (candor_test_wait_for (shortcuts_shown, NULL, 5000));

  shortcuts = candor_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  items = candor_test_find_all (GTK_WIDGET (shortcuts), GTK_TYPE_SHORTCUTS_SHORTCUT);
  /* Six general shortcuts (Lock among them) and one per page. */
  g_assert_cmpuint (items->len, >=, 11);
}

static gboolean
preferences_shown (gpointer data)
{
  return candor_test_find_toplevel (ADW_TYPE_PREFERENCES_WINDOW) != NULL;
}

static void
test_preferences_open (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWindow *prefs;
  AdwComboRow *row;
  GSettings *settings = candor_application_get_settings (app);

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  g_assert_true (candor_test_wait_for (preferences_shown, NULL, 5000));
  prefs = candor_test_find_toplevel (ADW_TYPE_PREFERENCES_WINDOW);

  /* Choosing “After 15 minutes” is stored as minutes. */
  row = ADW_COMBO_ROW (candor_test_find_widget (GTK_WIDGET (prefs), ADW_TYPE_COMBO_ROW,
                                                "Lock When Idle"));
  g_assert_nonnull (row);
  adw_combo_row_set_selected (row, 2);
  g_assert_cmpuint (g_settings_get_uint (settings, "lock-after-idle-minutes"), ==, 15);
  g_settings_set_uint (settings, "lock-after-idle-minutes", 60);
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 4);
  g_settings_reset (settings, "lock-after-idle-minutes");
}

typedef struct {
  AdwViewSwitcherBar *bar;
  gboolean            want;
} RevealWait;

static gboolean
bar_revealed_is (gpointer data)
{
  RevealWait *wait = data;

  return adw_view_switcher_bar_get_reveal (wait->bar) == wait->want;
}

static void
test_narrow_shows_switcher_bar (Fixture       *fixture,
                                gconstpointer  data)
{
  RevealWait wait;

  wait.bar = ADW_VIEW_SWITCHER_BAR (candor_test_find_widget (GTK_WIDGET (fixture->window),
                                                            ADW_TYPE_VIEW_SWITCHER_BAR, NULL));
  g_assert_nonnull (wait.bar);

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1024, 720);
  wait.want = FALSE;
  g_assert_true (candor_test_wait_for (bar_revealed_is, &wait, 5000));

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 720);
  wait.want = TRUE;
  g_assert_true (candor_test_wait_for (bar_revealed_is, &wait, 5000));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), <=, 400);

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1024, 720);
  wait.want = FALSE;
  g_assert_true (candor_test_wait_for (bar_revealed_is, &wait, 5000));
}

static void
test_size_remembered (Fixture       *fixture,
                      gconstpointer  data)
{
  GSettings *settings = candor_application_get_settings (app);
  CandorWindow *second;
  int width, height;

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 800, 600);
  gtk_window_close (GTK_WINDOW (fixture->window));
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 800);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 600);

  second = candor_window_new (app);
  gtk_window_get_default_size (GTK_WINDOW (second), &width, &height);
  g_assert_cmpint (width, ==, 800);
  g_assert_cmpint (height, ==, 600);
  gtk_window_destroy (GTK_WINDOW (second));

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

static void
test_icon_buttons_have_tooltips (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GPtrArray) buttons = candor_test_find_all (GTK_WIDGET (fixture->window),
                                                       GTK_TYPE_WIDGET);

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (buttons, i);
      const char *icon = NULL;
      const char *label = NULL;

      if (GTK_IS_MENU_BUTTON (widget))
        {
          icon = gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget));
          label = gtk_menu_button_get_label (GTK_MENU_BUTTON (widget));
        }
      else if (GTK_IS_BUTTON (widget) && !GTK_IS_TOGGLE_BUTTON (widget))
        {
          icon = gtk_button_get_icon_name (GTK_BUTTON (widget));
          label = gtk_button_get_label (GTK_BUTTON (widget));
        }

      if (icon != NULL && label == NULL && gtk_widget_get_visible (widget) &&
          gtk_widget_get_ancestor (widget, GTK_TYPE_MENU_BUTTON) == NULL)
        {
          if (gtk_widget_get_tooltip_text (widget) == NULL)
            g_error ("Icon-only button “%s” has no tooltip", icon);
        }
    }
}

/* A journal in a folder of its own, open before the first window: these tests are about
 * the pages, not about unlocking (test-unlock.c is). */
static char *journal_root;

static void
open_journal (void)
{
  journal_root = candor_test_open_app_journal (app, "window test passphrase");
}

/* F1: the help action asks the app for one topic. The app's own action would start Yelp;
 * a stand-in records the topic instead. */
static char *help_asked;

static void
help_asked_cb (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  g_free (help_asked);
  help_asked = g_variant_dup_string (parameter, NULL);
}

static GAction *
replace_help_action (void)
{
  GAction *real = g_action_map_lookup_action (G_ACTION_MAP (app), "help");
  g_autoptr(GSimpleAction) stand_in = g_simple_action_new ("help", G_VARIANT_TYPE_STRING);

  g_assert_nonnull (real);
  g_object_ref (real);
  g_action_map_remove_action (G_ACTION_MAP (app), "help");
  g_signal_connect (stand_in, "activate", G_CALLBACK (help_asked_cb), NULL);
  g_action_map_add_action (G_ACTION_MAP (app), G_ACTION (stand_in));
  return real;
}

static void
restore_help_action (GAction *real)
{
  g_action_map_remove_action (G_ACTION_MAP (app), "help");
  g_action_map_add_action (G_ACTION_MAP (app), real);
  g_object_unref (real);
  g_clear_pointer (&help_asked, g_free);
}

/* Presses F1 (the win.show-help action) and checks that the app is asked to open @topic,
 * a page of help/C with that id, so help:candor/<topic> finds it. */
static void
assert_f1_opens (CandorWindow *window,
                 const char   *topic)
{
  g_autofree char *file = g_strdup_printf ("%s.page", topic);
  g_autofree char *path = g_build_filename (g_getenv ("CANDOR_SOURCE_ROOT"), "help", "C",
                                            file, NULL);
  g_autofree char *text = NULL;
  g_autofree char *id = g_strdup_printf ("id=\"%s\"", topic);

  g_clear_pointer (&help_asked, g_free);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help", NULL));
  g_assert_cmpstr (help_asked, ==, topic);
  g_assert_cmpstr (candor_window_get_help_topic (window), ==, topic);

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, id));
}

static void
test_help_follows_page (Fixture       *fixture,
                        gconstpointer  data)
{
  const char *topics[] = { "today", "feelings", "connection-checks", "progress", "practices" };
  GAction *real = replace_help_action ();

  G_STATIC_ASSERT (G_N_ELEMENTS (topics) == G_N_ELEMENTS (page_names));
  /* Backwards, so each page is really shown rather than the one the window starts on. */
  for (guint i = G_N_ELEMENTS (page_names); i > 0; i--)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page",
                                                 "s", page_names[i - 1]));
      assert_f1_opens (fixture->window, topics[i - 1]);
    }

  restore_help_action (real);
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

static void
test_help_when_locked (Fixture       *fixture,
                       gconstpointer  data)
{
  GAction *real = replace_help_action ();

  /* Asked for the passphrase, F1 explains the passphrase and the keyring. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.lock", NULL));
  assert_mode_becomes (fixture->window, "unlock");
  assert_f1_opens (fixture->window, "privacy");

  g_assert_true (candor_window_unlock_with_passphrase (fixture->window, "window test passphrase"));
  assert_mode_becomes (fixture->window, "journal");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page",
                                             "s", "feelings"));
  assert_f1_opens (fixture->window, "feelings");

  restore_help_action (real);
}

static void
test_help_on_first_run (void)
{
  g_autofree char *dir = g_build_filename (journal_root, "not-yet", NULL);
  g_autoptr(CandorSession) session = candor_session_new (dir);
  CandorWindow *window = candor_window_new_for_session (app, session);
  GAction *real = replace_help_action ();

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (candor_test_wait_for (is_mapped, window, 5000));
  assert_mode_becomes (window, "first-run");
  /* Setting up, F1 walks through the first steps. */
  assert_f1_opens (window, "getting-started");

  restore_help_action (real);
  candor_test_close_toplevels_except (NULL);
}

/* Each of the journal's pages is made when it is first shown, or asked for by name; the
 * page the journal opens on is made after the window's first frame, while the passphrase
 * is asked for or the key derived. The others wait, and so does the first-run page. */
static void
test_pages_made_when_shown (Fixture       *fixture,
                            gconstpointer  data)
{
  CandorWindow *window;
  CandorWindow *unshown;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.lock", NULL));
  assert_mode_becomes (fixture->window, "unlock");

  window = candor_window_new (app);
  g_assert_cmpstr (candor_window_get_mode (window), ==, "unlock");
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (candor_test_wait_for_widget (GTK_WIDGET (window), CANDOR_TYPE_TODAY_PAGE,
                                              NULL, 5000));
  candor_test_spin (300);
  g_assert_null (candor_test_find_widget (GTK_WIDGET (window), CANDOR_TYPE_PRACTICES_PAGE, NULL));
  /* Nor is the first-run page, with a journal to unlock. */
  g_assert_null (candor_test_find_widget (GTK_WIDGET (window), CANDOR_TYPE_FIRST_RUN_PAGE,
                                          NULL));

  /* Asked for before any frame (a notification's app.show-page), the page is there. */
  unshown = g_object_ref_sink (candor_window_new (app));
  candor_window_set_visible_page (unshown, "checks");
  g_assert_cmpstr (candor_window_get_visible_page (unshown), ==, "checks");
  g_assert_nonnull (candor_test_find_widget (GTK_WIDGET (unshown), CANDOR_TYPE_CHECKS_PAGE, NULL));
  g_assert_null (candor_test_find_widget (GTK_WIDGET (unshown), CANDOR_TYPE_TODAY_PAGE, NULL));
  gtk_window_destroy (GTK_WINDOW (unshown));
  g_object_unref (unshown);

  g_assert_true (candor_window_unlock_with_passphrase (fixture->window, "window test passphrase"));
  assert_mode_becomes (fixture->window, "journal");
  assert_mode_becomes (window, "journal");
  g_assert_cmpstr (candor_window_get_visible_page (window), ==, "today");
  g_assert_nonnull (candor_test_find_widget (GTK_WIDGET (window), CANDOR_TYPE_TODAY_PAGE, NULL));
  g_assert_null (candor_test_find_widget (GTK_WIDGET (window), CANDOR_TYPE_PRACTICES_PAGE, NULL));

  /* The view switcher shows a page the same way. */
  adw_view_stack_set_visible_child_name (
    ADW_VIEW_STACK (candor_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK, NULL)),
    "practices");
  g_assert_nonnull (candor_test_find_widget (GTK_WIDGET (window), CANDOR_TYPE_PRACTICES_PAGE,
                                             NULL));
}

/* A page not shown while the journal opens shows that journal once it is shown. */
static void
test_hidden_page_follows_journal (Fixture       *fixture,
                                  gconstpointer  data)
{
  CandorSession *session = candor_window_get_session (fixture->window);
  g_autoptr(CandorPerson) robin = candor_person_new ("Robin", CANDOR_RELATIONSHIP_FRIEND);
  CandorWindow *window;
  GtkWidget *checks;

  candor_journal_add_person (candor_session_get_journal (session), robin);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.lock", NULL));
  assert_mode_becomes (fixture->window, "unlock");

  /* A page asked for while the journal is locked (a reminder's app.show-page) is made
   * then, and shows nothing of it; Today is asked for next. */
  window = candor_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  candor_window_set_visible_page (window, "checks");
  checks = candor_test_find_widget (GTK_WIDGET (window), CANDOR_TYPE_CHECKS_PAGE, NULL);
  g_assert_nonnull (checks);
  g_assert_null (candor_test_find_widget (checks, ADW_TYPE_ACTION_ROW, "Robin"));
  candor_window_set_visible_page (window, "today");

  g_assert_true (candor_window_unlock_with_passphrase (window, "window test passphrase"));
  assert_mode_becomes (window, "journal");
  g_assert_cmpstr (candor_window_get_visible_page (window), ==, "today");
  g_assert_false (gtk_widget_get_mapped (checks));

  candor_window_set_visible_page (window, "checks");
  g_assert_true (gtk_widget_get_mapped (checks));
  g_assert_nonnull (candor_test_find_widget (checks, ADW_TYPE_ACTION_ROW, "Robin"));
}

/* The older years are read after the window has drawn the current one: reading them
 * beside that frame slows it down. */
typedef struct {
  CandorWindow *window;
  gboolean      journal_painted;
  gboolean      loaded_when_painted;
} PaintWatch;

static void
watch_paint_cb (GdkFrameClock *clock,
                PaintWatch    *watch)
{
  if (watch->journal_painted ||
      g_strcmp0 (candor_window_get_mode (watch->window), "journal") != 0)
    return;

  watch->journal_painted = TRUE;
  watch->loaded_when_painted =
    candor_session_get_older_years_loaded (candor_window_get_session (watch->window));
}

static gboolean
older_years_loaded (gpointer data)
{
  return candor_session_get_older_years_loaded (CANDOR_SESSION (data));
}

static void
test_older_years_after_journal_drawn (Fixture       *fixture,
                                      gconstpointer  data)
{
  CandorSession *session = candor_window_get_session (fixture->window);
  CandorJournal *journal = candor_session_get_journal (session);
  g_autoptr(CandorPerson) kim = candor_person_new ("Kim", CANDOR_RELATIONSHIP_PARTNER);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) long_ago = candor_day_new (g_date_time_get_year (now) - 2, 6, 1);
  g_autoptr(CandorCheckin) old = NULL;
  g_autoptr(GError) error = NULL;
  PaintWatch watch = { fixture->window, FALSE, FALSE };
  CandorWindow *unshown;
  gulong handler;
  guint checkins;

  candor_journal_add_person (journal, kim);
  old = candor_checkin_new (candor_entry_get_id (CANDOR_ENTRY (kim)), long_ago,
                            CANDOR_CHECKIN_KIND_APPRECIATION);
  candor_checkin_set_text (old, "two summers ago");
  candor_journal_add_checkin (journal, old);
  checkins = g_list_model_get_n_items (candor_journal_get_checkins (journal));
  g_assert_true (candor_session_save (session, &error));
  g_assert_no_error (error);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.lock", NULL));
  assert_mode_becomes (fixture->window, "unlock");

  /* A window gone before the unlock holds nothing back. */
  unshown = g_object_ref_sink (candor_window_new (app));
  gtk_window_destroy (GTK_WINDOW (unshown));
  g_object_unref (unshown);

  handler = g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (fixture->window)),
                              "after-paint", G_CALLBACK (watch_paint_cb), &watch);
  g_assert_true (candor_window_unlock_with_passphrase (fixture->window,
                                                        "window test passphrase"));
  assert_mode_becomes (fixture->window, "journal");
  g_assert_true (candor_test_wait_for (older_years_loaded, session, 10000));
  g_signal_handler_disconnect (gtk_widget_get_frame_clock (GTK_WIDGET (fixture->window)),
                               handler);

  g_assert_true (watch.journal_painted);
  g_assert_false (watch.loaded_when_painted);
  journal = candor_session_get_journal (session);
  g_assert_cmpuint (g_list_model_get_n_items (candor_journal_get_checkins (journal)), ==,
                    checkins);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();
  g_assert_true (candor_secure_init (NULL));

  app = candor_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
  open_journal ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/window/opens", test_window_opens);
  ADD ("/window/switcher-reaches-every-page", test_switcher_reaches_every_page);
  ADD ("/window/page-action", test_page_action);
  ADD ("/window/accelerators", test_accelerators);
  ADD ("/window/primary-menu", test_primary_menu);
  ADD ("/window/about-opens", test_about_opens);
  ADD ("/window/shortcuts-open", test_shortcuts_open);
  ADD ("/window/preferences-open", test_preferences_open);
  ADD ("/window/narrow-shows-switcher-bar", test_narrow_shows_switcher_bar);
  ADD ("/window/size-remembered", test_size_remembered);
  ADD ("/window/icon-buttons-have-tooltips", test_icon_buttons_have_tooltips);
  ADD ("/window/help-follows-page", test_help_follows_page);
  ADD ("/window/help-when-locked", test_help_when_locked);
  ADD ("/window/pages-made-when-shown", test_pages_made_when_shown);
  ADD ("/window/hidden-page-follows-journal", test_hidden_page_follows_journal);
  ADD ("/window/older-years-after-journal-drawn", test_older_years_after_journal_drawn);
#undef ADD
  g_test_add_func ("/window/help-on-first-run", test_help_on_first_run);

  ret = g_test_run ();
  g_object_unref (app);
  candor_test_remove_tree (journal_root);
  g_free (journal_root);
  return ret;
}
