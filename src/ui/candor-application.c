/* candor-application.c — the application: actions, accelerators, windows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>

#include "candor-application.h"
#include "candor-check-reminders.h"
#include "candor-passphrase.h"
#include "candor-preferences-window.h"
#include "candor-window.h"

struct _CandorApplication
{
  AdwApplication        parent_instance;

  GSettings            *settings;
  CandorSession        *session;
  CandorCheckReminders *check_reminders;
  char                 *vault_directory;
  /* From --passphrase-file: opens the journal in the first window, then is wiped. */
  char                 *startup_passphrase;
};

G_DEFINE_FINAL_TYPE (CandorApplication, candor_application, ADW_TYPE_APPLICATION)

static GtkWindow *
get_active_window (CandorApplication *self)
{
  return gtk_application_get_active_window (GTK_APPLICATION (self));
}

static void
candor_application_quit_action (GSimpleAction *action,
                                GVariant      *parameter,
                                gpointer       user_data)
{
  CandorApplication *self = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  /* Closing each window runs its close-request handler, which saves the window state. */
  for (GList *l = windows; l != NULL;)
    {
      GtkWindow *window = l->data;

      l = l->next;
      gtk_window_close (window);
    }
}

static void
candor_application_about_action (GSimpleAction *action,
                                 GVariant      *parameter,
                                 gpointer       user_data)
{
  CandorApplication *self = user_data;
  static const char *developers[] = { PACKAGE_DEVELOPER, NULL };
  GtkWidget *about;

  /* The same meson values generate the metainfo, so the two never disagree. */
  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", get_active_window (self),
                        "modal", TRUE,
                        "application-name", PACKAGE_NAME,
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", PACKAGE_DEVELOPER,
                        "developers", developers,
                        "website", PACKAGE_WEBSITE,
                        "issue-url", PACKAGE_ISSUE_URL,
                        "release-notes", PACKAGE_RELEASE_NOTES,
                        "release-notes-version", PACKAGE_RELEASE_VERSION,
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "copyright", "© 2026 The Candor Team",
                        /* Translators: put your names here, one per line. */
                        "translator-credits", _("translator-credits"),
                        "comments", _("Small daily practices for real closeness with the people you love"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
candor_application_preferences_action (GSimpleAction *action,
                                       GVariant      *parameter,
                                       gpointer       user_data)
{
  CandorApplication *self = user_data;
  GtkWindow *window = get_active_window (self);
  CandorPreferencesWindow *preferences;
  CandorSession *session = NULL;

  /* Preferences belong to an open journal; a locked window offers none. */
  if (CANDOR_IS_WINDOW (window))
    session = candor_window_get_session (CANDOR_WINDOW (window));
  if (session != NULL && candor_session_get_state (session) != CANDOR_SESSION_STATE_READY)
    return;

  preferences = candor_preferences_window_new (window);
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
candor_application_help_action (GSimpleAction *action,
                                GVariant      *parameter,
                                gpointer       user_data)
{
  CandorApplication *self = user_data;
  const char *page = NULL;
  g_autofree char *uri = NULL;

  if (parameter != NULL)
    page = g_variant_get_string (parameter, NULL);

  if (page != NULL && *page != '\0')
    uri = g_strdup_printf ("help:candor/%s", page);
  else
    uri = g_strdup ("help:candor");

  gtk_show_uri (get_active_window (self), uri, GDK_CURRENT_TIME);
}

/* What a notification may open: a page by name (its default action, e.g. a reminder's
 * "app.show-page('checks')"). The window is created when there is none; a locked journal
 * shows the page once it is open. */
static void
candor_application_show_page_action (GSimpleAction *action,
                                     GVariant      *parameter,
                                     gpointer       user_data)
{
  CandorApplication *self = user_data;
  static const char * const pages[] = {
    "today", "feelings", "checks", "progress", "practices", NULL
  };
  const char *page = g_variant_get_string (parameter, NULL);
  GtkWindow *window = get_active_window (self);

  if (window == NULL)
    {
      g_application_activate (G_APPLICATION (self));
      window = get_active_window (self);
    }
  if (window == NULL)
    return;

  if (CANDOR_IS_WINDOW (window) && g_strv_contains (pages, page))
    candor_window_set_visible_page (CANDOR_WINDOW (window), page);
  gtk_window_present (window);
}

static const GActionEntry app_actions[] = {
  { "quit", candor_application_quit_action },
  { "about", candor_application_about_action },
  { "preferences", candor_application_preferences_action },
  { "help", candor_application_help_action, "s" },
  { "show-page", candor_application_show_page_action, "s" },
};

static void
candor_application_activate (GApplication *app)
{
  CandorApplication *self = CANDOR_APPLICATION (app);
  GtkWindow *window = get_active_window (self);

  if (window == NULL)
    {
      window = GTK_WINDOW (candor_window_new (self));
      if (self->startup_passphrase != NULL &&
          !candor_window_unlock_with_passphrase (CANDOR_WINDOW (window),
                                                 self->startup_passphrase))
        /* Translators: %s is a folder. */
        g_printerr (_("candor: there is no journal in %s to open with the passphrase file; "
                      "the app shows how to start one\n"),
                    candor_vault_get_directory (candor_session_get_vault (self->session)));
    }
  g_clear_pointer (&self->startup_passphrase, candor_passphrase_free);

  gtk_window_present (window);
}

static void
candor_application_startup (GApplication *app)
{
  CandorApplication *self = CANDOR_APPLICATION (app);

  G_APPLICATION_CLASS (candor_application_parent_class)->startup (app);

  /* A folder the journal was moved to, unless --vault chose one. */
  if (self->vault_directory == NULL)
    {
      g_autofree char *moved = g_settings_get_string (self->settings, "vault-directory");

      if (moved != NULL && *moved != '\0')
        self->vault_directory = g_steal_pointer (&moved);
    }

  self->session = candor_session_new (self->vault_directory);
  self->check_reminders = candor_check_reminders_new (app, self->settings);
  candor_check_reminders_set_session (self->check_reminders, self->session);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);

  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences",
                                         (const char *[]) { "<Control>comma", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-help",
                                         (const char *[]) { "F1", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close",
                                         (const char *[]) { "<Control>w", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.lock",
                                         (const char *[]) { "<Control>l", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.print-reflection",
                                         (const char *[]) { "<Control>p", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-page('today')",
                                         (const char *[]) { "<Alt>1", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-page('feelings')",
                                         (const char *[]) { "<Alt>2", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-page('checks')",
                                         (const char *[]) { "<Alt>3", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-page('progress')",
                                         (const char *[]) { "<Alt>4", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-page('practices')",
                                         (const char *[]) { "<Alt>5", NULL });
}

static void
candor_application_dispose (GObject *object)
{
  CandorApplication *self = CANDOR_APPLICATION (object);

  g_clear_object (&self->check_reminders);
  g_clear_object (&self->settings);
  g_clear_object (&self->session);
  g_clear_pointer (&self->vault_directory, g_free);
  g_clear_pointer (&self->startup_passphrase, candor_passphrase_free);

  G_OBJECT_CLASS (candor_application_parent_class)->dispose (object);
}

static void
candor_application_class_init (CandorApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = candor_application_dispose;

  app_class->activate = candor_application_activate;
  app_class->startup = candor_application_startup;
}

static void
candor_application_init (CandorApplication *self)
{
  /* The schema id stays the same for the development profile. */
  self->settings = g_settings_new (BASE_ID);
}

CandorApplication *
candor_application_new (const char        *application_id,
                        GApplicationFlags  flags)
{
  g_return_val_if_fail (application_id != NULL, NULL);

  return g_object_new (CANDOR_TYPE_APPLICATION,
                       "application-id", application_id,
                       "flags", flags,
                       "resource-base-path", RESOURCE_PATH,
                       NULL);
}

/**
 * candor_application_get_settings:
 *
 * Returns: (transfer none): the application's settings
 */
GSettings *
candor_application_get_settings (CandorApplication *self)
{
  g_return_val_if_fail (CANDOR_IS_APPLICATION (self), NULL);

  return self->settings;
}

void
candor_application_set_vault_directory (CandorApplication *self,
                                        const char        *directory)
{
  g_return_if_fail (CANDOR_IS_APPLICATION (self));
  g_return_if_fail (self->session == NULL);

  g_free (self->vault_directory);
  self->vault_directory = g_strdup (directory);
}

/**
 * candor_application_set_startup_passphrase:
 * @passphrase: (nullable): the passphrase from --passphrase-file
 *
 * The first window opens the journal with @passphrase instead of asking the keyring or
 * the user. A guarded copy is kept until then, and wiped.
 */
void
candor_application_set_startup_passphrase (CandorApplication *self,
                                           const char        *passphrase)
{
  g_return_if_fail (CANDOR_IS_APPLICATION (self));

  g_clear_pointer (&self->startup_passphrase, candor_passphrase_free);
  if (passphrase != NULL)
    self->startup_passphrase = candor_passphrase_dup (passphrase);
}

const char *
candor_application_get_vault_directory (CandorApplication *self)
{
  g_return_val_if_fail (CANDOR_IS_APPLICATION (self), NULL);

  return self->vault_directory;
}

/**
 * candor_application_get_session:
 *
 * Returns: (transfer none): the session, once the application has started
 */
CandorSession *
candor_application_get_session (CandorApplication *self)
{
  g_return_val_if_fail (CANDOR_IS_APPLICATION (self), NULL);

  return self->session;
}

/**
 * candor_application_switch_vault:
 * @directory: the folder the journal now lives in
 *
 * After a move: a new session for @directory, in a new window, and the old windows (and
 * with them the old session) go without saving again.
 */
void
candor_application_switch_vault (CandorApplication *self,
                                 const char        *directory)
{
  g_autoptr(GList) windows = NULL;
  GtkWindow *window;

  g_return_if_fail (CANDOR_IS_APPLICATION (self));
  g_return_if_fail (directory != NULL);

  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  g_free (self->vault_directory);
  self->vault_directory = g_strdup (directory);
  g_clear_object (&self->session);
  self->session = candor_session_new (directory);
  if (self->check_reminders != NULL)
    candor_check_reminders_set_session (self->check_reminders, self->session);

  /* The new window first, so the application never runs out of windows. */
  window = GTK_WINDOW (candor_window_new (self));
  gtk_window_present (window);

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
}
