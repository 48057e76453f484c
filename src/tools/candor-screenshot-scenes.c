/* candor-screenshot-scenes.c — what candor-screenshots renders
 *
 * Each new page or dialog worth seeing adds its scene here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gstdio.h>
#include <sodium.h>
#include <stdlib.h>

#include "candor-growth-section.h"
#include "candor-guided-session.h"
#include "candor-practices-page.h"
#include "candor-preferences-window.h"
#include "candor-vulnerability-exercise.h"
#include "candor-reflection-dialog.h"
#include "candor-screenshot-scenes.h"

/* A made-up passphrase for the pictures' journals, which live in a temporary folder. */
#define SCENE_PASSPHRASE "correct horse battery"

/* Where the scenes' journals live; removed when the tool exits. */
static char *scene_root;

static const struct {
  const char      *name;
  CandorSceneKind  kind;
  const char      *page;
} scene_table[] = {
  /* A page scene without a page shows its own window in the mode it is in. */
  { "first-run", CANDOR_SCENE_PAGE, NULL },
  { "unlock", CANDOR_SCENE_PAGE, NULL },
  { "today", CANDOR_SCENE_PAGE, "today" },
  { "feelings", CANDOR_SCENE_PAGE, "feelings" },
  { "checks", CANDOR_SCENE_PAGE, "checks" },
  { "progress", CANDOR_SCENE_PAGE, "progress" },
  { "practices", CANDOR_SCENE_PAGE, "practices" },
  { "preferences", CANDOR_SCENE_PREFERENCES, NULL },
  { "shortcuts", CANDOR_SCENE_SHORTCUTS, NULL },
  { "about", CANDOR_SCENE_ABOUT, NULL },
  { "print-reflection", CANDOR_SCENE_REFLECTION, NULL },
  { "guided-session", CANDOR_SCENE_GUIDED, NULL },
  { "vulnerability-exercise", CANDOR_SCENE_EXERCISE, NULL },
  { "growth", CANDOR_SCENE_GROWTH, "practices" },
};

static void
scene_free (gpointer data)
{
  CandorScene *scene = data;

  g_free (scene->name);
  g_free (scene);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR) || g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_remove (path);
      return;
    }

  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      remove_tree (child);
    }
  g_rmdir (path);
}

static void
remove_scene_root (void)
{
  if (scene_root != NULL)
    remove_tree (scene_root);
  g_clear_pointer (&scene_root, g_free);
}

/* A session on a folder of its own under scene_root, with a journal in it unless
 * @create is FALSE. The key derivation is the fastest there is: nothing here is secret. */
static CandorSession *
scene_session_new (const char  *name,
                   gboolean     create,
                   GError     **error)
{
  g_autofree char *dir = g_build_filename (scene_root, name, NULL);
  g_autoptr(CandorSession) session = candor_session_new (dir);
  g_autoptr(CandorVault) vault = NULL;

  candor_vault_set_kdf_limits (candor_session_get_vault (session),
                               crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN);
  if (!create)
    return g_steal_pointer (&session);

  vault = candor_vault_new (dir);
  candor_vault_set_kdf_limits (vault, crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN);
  if (!candor_vault_create (vault, SCENE_PASSPHRASE, error))
    return NULL;
  candor_vault_lock (vault);

  if (!candor_session_unlock_all (session, SCENE_PASSPHRASE, error))
    return NULL;

  return g_steal_pointer (&session);
}

static gboolean
import_document (CandorSession  *session,
                 const char     *path,
                 GError        **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();

  if (!json_parser_load_from_file (parser, path, error))
    return FALSE;

  return candor_journal_import_document (candor_session_get_journal (session),
                                         json_parser_get_root (parser),
                                         CANDOR_IMPORT_MODE_REPLACE, error);
}

static void
set_row_text (GtkWidget  *root,
              GType       type,
              const char *title,
              const char *text)
{
  if (ADW_IS_PREFERENCES_ROW (root) && G_TYPE_CHECK_INSTANCE_TYPE (root, type) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)
    {
      gtk_editable_set_text (GTK_EDITABLE (root), text);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    set_row_text (child, type, title, text);
}

/* The first run as someone half-way through it: names given, a passphrase typed. */
static CandorWindow *
first_run_window_new (CandorApplication  *app,
                      GError            **error)
{
  g_autoptr(CandorSession) session = scene_session_new ("first-run", FALSE, error);
  CandorWindow *window;

  if (session == NULL)
    return NULL;

  window = candor_window_new_for_session (app, session);
  set_row_text (GTK_WIDGET (window), ADW_TYPE_ENTRY_ROW, "Your name", "Alex");
  set_row_text (GTK_WIDGET (window), ADW_TYPE_ENTRY_ROW, "Your partner’s name", "Sam");
  set_row_text (GTK_WIDGET (window), ADW_TYPE_PASSWORD_ENTRY_ROW, "Passphrase", SCENE_PASSPHRASE);
  set_row_text (GTK_WIDGET (window), ADW_TYPE_PASSWORD_ENTRY_ROW, "Confirm Passphrase",
                SCENE_PASSPHRASE);

  return window;
}

/* The unlock page as after Lock, so the keyring is not used to open it. */
static CandorWindow *
unlock_window_new (CandorApplication  *app,
                   GError            **error)
{
  g_autoptr(CandorSession) session = scene_session_new ("unlock", TRUE, error);
  CandorWindow *window;

  if (session == NULL)
    return NULL;

  window = candor_window_new_for_session (app, session);
  if (!candor_session_lock (session, error))
    {
      gtk_window_destroy (GTK_WINDOW (window));
      return NULL;
    }

  return window;
}

GPtrArray *
candor_screenshot_scenes_new (CandorApplication  *app,
                              const char         *vault_json,
                              GError            **error)
{
  g_autoptr(GPtrArray) scenes = g_ptr_array_new_with_free_func (scene_free);
  g_autoptr(CandorSession) session = NULL;
  CandorWindow *main_window;
  CandorWindow *first_run_window;
  CandorWindow *unlock_window;

  if (vault_json != NULL && !g_file_test (vault_json, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "No journal document at %s",
                   vault_json);
      return NULL;
    }

  if (scene_root == NULL)
    {
      scene_root = g_dir_make_tmp ("candor-scenes-XXXXXX", error);
      if (scene_root == NULL)
        return NULL;
      atexit (remove_scene_root);
    }

  /* The pages show a journal of their own, never the user's. */
  session = scene_session_new ("journal", TRUE, error);
  if (session == NULL)
    return NULL;
  candor_session_set_autosave_delay (session, 0);
  if (vault_json != NULL && !import_document (session, vault_json, error))
    return NULL;

  if (!(first_run_window = first_run_window_new (app, error)))
    return NULL;
  if (!(unlock_window = unlock_window_new (app, error)))
    return NULL;
  main_window = candor_window_new_for_session (app, session);

  for (guint i = 0; i < G_N_ELEMENTS (scene_table); i++)
    {
      CandorScene *scene = g_new0 (CandorScene, 1);

      scene->name = g_strdup (scene_table[i].name);
      scene->kind = scene_table[i].kind;
      scene->page = scene_table[i].page;
      scene->app = app;
      scene->main_window = main_window;
      if (g_str_equal (scene->name, "first-run"))
        scene->main_window = first_run_window;
      else if (g_str_equal (scene->name, "unlock"))
        scene->main_window = unlock_window;
      g_ptr_array_add (scenes, scene);
    }

  return g_steal_pointer (&scenes);
}

static GtkWidget *
candor_scene_find_widget (GtkWidget *root,
                          GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = candor_scene_find_widget (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }
  return NULL;
}

/* The check a guided session shows best: the next planned one, else the latest. */
static CandorCheck *
check_for_session (CandorJournal *journal)
{
  GListModel *checks = candor_journal_get_checks (journal);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  CandorCheck *next = NULL;
  CandorCheck *latest = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (checks); i++)
    {
      g_autoptr(CandorCheck) check = g_list_model_get_item (checks, i);
      GDateTime *start = candor_check_get_start (check);

      if (candor_check_get_status (check) == CANDOR_CHECK_STATUS_SCHEDULED &&
          g_date_time_compare (start, now) >= 0)
        {
          if (next == NULL || g_date_time_compare (start, candor_check_get_start (next)) < 0)
            next = check;
        }
      else if (latest == NULL || g_date_time_compare (start, candor_check_get_start (latest)) > 0)
        latest = check;
    }

  return next != NULL ? next : latest;
}

/* Lets the main loop run for @ms: layout, frames, idles. */
void
candor_scene_spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}

/* Scrolls the page so that @widget (if any) is at the top of its scrolled window. */
static void
scroll_to (GtkWidget *widget)
{
  GtkWidget *scrolled = widget != NULL ? gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW)
                                       : NULL;
  GtkAdjustment *adjustment;
  graphene_point_t point;

  /* Where the widget is in the visible area now, whatever was scrolled before. */
  if (scrolled == NULL ||
      !gtk_widget_compute_point (widget, scrolled, &GRAPHENE_POINT_INIT (0, 0), &point))
    return;

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  gtk_adjustment_set_value (adjustment,
                            MAX (0, gtk_adjustment_get_value (adjustment) + point.y - 12));
}

void
candor_scene_show (CandorScene *scene,
                   int          width,
                   int          height)
{
  GtkWindow *main_window = GTK_WINDOW (scene->main_window);

  switch (scene->kind)
    {
    case CANDOR_SCENE_PAGE:
      gtk_window_set_default_size (main_window, width, height);
      if (scene->page != NULL)
        candor_window_set_visible_page (scene->main_window, scene->page);
      gtk_window_present (main_window);
      scene->window = main_window;
      break;

    case CANDOR_SCENE_PREFERENCES:
      gtk_window_present (main_window);
      if (scene->window == NULL)
        scene->window = GTK_WINDOW (candor_preferences_window_new (main_window));
      gtk_window_set_default_size (scene->window, MIN (width, 640), height);
      gtk_window_present (scene->window);
      break;

    case CANDOR_SCENE_SHORTCUTS:
      gtk_window_present (main_window);
      if (scene->window == NULL)
        {
          gtk_widget_activate_action (GTK_WIDGET (main_window), "win.show-help-overlay", NULL);
          scene->window = find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
        }
      if (scene->window != NULL)
        {
          gtk_window_set_default_size (scene->window, width, height);
          gtk_window_present (scene->window);
        }
      break;

    case CANDOR_SCENE_ABOUT:
      gtk_window_present (main_window);
      if (scene->window == NULL)
        {
          g_action_group_activate_action (G_ACTION_GROUP (scene->app), "about", NULL);
          scene->window = find_toplevel (ADW_TYPE_ABOUT_WINDOW);
        }
      if (scene->window != NULL)
        gtk_window_set_default_size (scene->window, MIN (width, 420), height);
      break;

    case CANDOR_SCENE_REFLECTION:
      gtk_window_present (main_window);
      if (scene->window == NULL)
        {
          gtk_widget_activate_action (GTK_WIDGET (main_window), "win.print-reflection", NULL);
          scene->window = find_toplevel (CANDOR_TYPE_REFLECTION_DIALOG);
        }
      if (scene->window != NULL)
        {
          gtk_window_set_default_size (scene->window, MIN (width, 440), height);
          gtk_window_present (scene->window);
        }
      break;

    case CANDOR_SCENE_GUIDED:
      gtk_window_present (main_window);
      if (scene->window == NULL)
        {
          CandorJournal *journal = candor_session_get_journal (candor_window_get_session (scene->main_window));
          CandorCheck *check = check_for_session (journal);
          CandorGuidedSession *session;

          if (check == NULL)
            break;
          session = candor_guided_session_new (main_window, journal, check);
          /* Past "be present" and the privacy agreement: the first question. */
          candor_guided_session_next (session);
          candor_guided_session_next (session);
          scene->window = GTK_WINDOW (session);
        }
      gtk_window_set_default_size (scene->window, MIN (width, 600), height);
      gtk_window_present (scene->window);
      break;

    case CANDOR_SCENE_EXERCISE:
      gtk_window_set_default_size (main_window, width, height);
      candor_window_set_visible_page (scene->main_window, "practices");
      gtk_window_present (main_window);
      if (scene->window == NULL)
        {
          GtkWidget *page = candor_scene_find_widget (GTK_WIDGET (main_window),
                                                      CANDOR_TYPE_PRACTICES_PAGE);

          candor_scene_spin (100);
          if (page == NULL || !gtk_widget_activate_action (page, "practices.start-exercise", NULL))
            break;
          scene->window = find_toplevel (CANDOR_TYPE_VULNERABILITY_EXERCISE);
          if (scene->window != NULL)
            gtk_widget_activate_action (GTK_WIDGET (scene->window), "exercise.begin", NULL);
        }
      if (scene->window != NULL)
        {
          gtk_window_set_default_size (scene->window, MIN (width, 600), height);
          gtk_window_present (scene->window);
        }
      break;

    case CANDOR_SCENE_GROWTH:
      gtk_window_set_default_size (main_window, width, height);
      candor_window_set_visible_page (scene->main_window, scene->page);
      gtk_window_present (main_window);
      scene->window = main_window;
      /* Wait for the page to be laid out at this size, then scroll. */
      candor_scene_spin (300);
      scroll_to (candor_scene_find_widget (GTK_WIDGET (main_window), CANDOR_TYPE_GROWTH_SECTION));
      break;

    default:
      g_assert_not_reached ();
    }
}

void
candor_scene_hide (CandorScene *scene)
{
  if (scene->window != NULL && scene->window != GTK_WINDOW (scene->main_window))
    gtk_window_destroy (scene->window);
  scene->window = NULL;
}

static void
append_text (GString    *out,
             const char *text)
{
  g_autofree char *flat = NULL;

  if (text == NULL || *text == '\0')
    return;

  flat = g_strstrip (g_strdelimit (g_strdup (text), "\n", ' '));
  if (*flat == '\0')
    return;

  g_string_append (out, flat);
  g_string_append_c (out, '\n');
}

static void
collect (GtkWidget *widget,
         GString   *out)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (GTK_IS_LABEL (widget))
    append_text (out, gtk_label_get_text (GTK_LABEL (widget)));
  else if (GTK_IS_EDITABLE (widget) && !GTK_IS_TEXT (widget))
    append_text (out, gtk_editable_get_text (GTK_EDITABLE (widget)));
  else if ((GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget)) &&
           gtk_widget_get_tooltip_text (widget) != NULL)
    {
      /* Icon-only buttons are read by their accessible name, which is their tooltip. */
      g_autofree char *name = g_strdup_printf ("[%s]", gtk_widget_get_tooltip_text (widget));

      append_text (out, name);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, out);
}

char *
candor_scene_collect_texts (CandorScene *scene)
{
  GString *out = g_string_new (NULL);

  if (scene->window != NULL)
    collect (GTK_WIDGET (scene->window), out);

  return g_string_free (out, FALSE);
}
