/* candor-data-group.c — Preferences › Your Data: where the journal lives, moving it, and
 * erasing everything
 *
 * Moving copies and verifies in a thread (candor_backup_copy_vault), then switches the
 * application to the new folder and only then removes the old files. Erasing removes the
 * files and the keyring entry in a thread, then locks the session, which sends the window
 * back to first run.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>

#include "candor-application.h"
#include "candor-backup.h"
#include "candor-data-group.h"
#include "candor-keyring.h"
#include "candor-window.h"

struct _CandorDataGroup
{
  AdwPreferencesGroup  parent_instance;

  CandorSession       *session;
  GCancellable        *cancellable;
  gulong               saving_handler;

  AdwActionRow        *folder_row;
  GtkButton           *move_button;
  GtkProgressBar      *progress_bar;
  AdwActionRow        *erase_row;
  GtkButton           *erase_button;

  /* Written by the copy thread, read by a timeout here. */
  volatile gint        progress_permille;
  guint                progress_source;
  gboolean             busy;
};

G_DEFINE_FINAL_TYPE (CandorDataGroup, candor_data_group, ADW_TYPE_PREFERENCES_GROUP)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWindow *
get_window (CandorDataGroup *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_error (CandorDataGroup *self,
            const char      *heading,
            const GError    *error)
{
  GtkWidget *dialog = adw_message_dialog_new (get_window (self), heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
set_busy (CandorDataGroup *self,
          gboolean         busy)
{
  self->busy = busy;
  gtk_widget_set_sensitive (GTK_WIDGET (self->move_button), !busy && self->session != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->erase_button), !busy && self->session != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), FALSE);
  g_clear_handle_id (&self->progress_source, g_source_remove);
}

static void
update_folder (CandorDataGroup *self)
{
  g_autofree char *display = NULL;

  if (self->session == NULL)
    {
      adw_action_row_set_subtitle (self->folder_row, "");
      set_busy (self, FALSE);
      return;
    }

  display = g_filename_display_name (
    candor_vault_get_directory (candor_session_get_vault (self->session)));
  adw_action_row_set_subtitle (self->folder_row, display);
  set_busy (self, self->busy);
}

/* ───────────────────────── moving ───────────────────────── */

/* What the copy thread needs, so it never reads the group's fields. */
typedef struct
{
  CandorVault *vault;
  char        *destination;
} MoveData;

static void
move_data_free (MoveData *move)
{
  g_clear_object (&move->vault);
  g_free (move->destination);
  g_free (move);
}

static void
copy_progress (double   fraction,
               gpointer user_data)
{
  CandorDataGroup *self = user_data;

  g_atomic_int_set (&self->progress_permille, (gint) (fraction * 1000));
}

static gboolean
progress_tick_cb (gpointer user_data)
{
  CandorDataGroup *self = user_data;

  gtk_progress_bar_set_fraction (self->progress_bar,
                                 g_atomic_int_get (&self->progress_permille) / 1000.0);
  return G_SOURCE_CONTINUE;
}

static void
copy_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  CandorDataGroup *self = source_object;
  MoveData *move = task_data;
  g_autoptr(GError) error = NULL;

  if (!candor_backup_copy_vault (move->vault, move->destination, copy_progress, self,
                                 cancellable, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
copied_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  CandorDataGroup *self = CANDOR_DATA_GROUP (object);
  MoveData *move = g_task_get_task_data (G_TASK (result));
  const char *destination = move->destination;
  g_autofree char *old_directory = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *window;
  GApplication *app;

  set_busy (self, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, _("Your Journal Was Not Moved"), error);
      return;
    }

  /* The copy is whole and verified: from now on it is the journal. */
  old_directory = g_strdup (candor_vault_get_directory (move->vault));
  settings = g_settings_new (BASE_ID);
  g_settings_set_string (settings, "vault-directory", destination);

  window = get_window (self);
  app = g_application_get_default ();
  if (window != NULL)
    gtk_window_close (window);

  /* Only once nothing uses the old folder any more do its files go. */
  if (!CANDOR_IS_APPLICATION (app))
    return;
  candor_application_switch_vault (CANDOR_APPLICATION (app), destination);
  window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (!candor_backup_remove_vault_files (old_directory, &error))
    {
      g_autofree char *old_display = g_filename_display_name (old_directory);
      /* Translators: %s is a folder. The journal itself moved fine. */
      g_autofree char *title = g_strdup_printf (_("Moved. The old copy in %s could not be "
                                                  "removed; you can delete it yourself."),
                                                old_display);

      if (CANDOR_IS_WINDOW (window))
        candor_window_add_toast (CANDOR_WINDOW (window), adw_toast_new (title));
    }
  else if (CANDOR_IS_WINDOW (window))
    {
      g_autofree char *new_display = g_filename_display_name (destination);
      /* Translators: %s is a folder. */
      g_autofree char *title = g_strdup_printf (_("Your journal is now in %s"), new_display);

      candor_window_add_toast (CANDOR_WINDOW (window), adw_toast_new (title));
    }
}

static void
start_copy (CandorDataGroup *self,
            const char      *destination)
{
  g_autoptr(GTask) task = g_task_new (self, self->cancellable, copied_cb, NULL);
  MoveData *move = g_new0 (MoveData, 1);

  move->vault = g_object_ref (candor_session_get_vault (self->session));
  move->destination = g_strdup (destination);
  g_task_set_task_data (task, move, (GDestroyNotify) move_data_free);
  set_busy (self, TRUE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->move_button), FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->erase_button), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), TRUE);
  g_atomic_int_set (&self->progress_permille, 0);
  self->progress_source = g_timeout_add (100, progress_tick_cb, self);
  g_task_run_in_thread (task, copy_thread);
}

static void
saved_then_move_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(CandorDataGroup) self = user_data;
  g_autofree char *destination = g_object_steal_data (G_OBJECT (self), "destination");
  g_autoptr(GError) error = NULL;

  if (!candor_session_save_finish (CANDOR_SESSION (object), result, &error))
    {
      set_busy (self, FALSE);
      show_error (self, _("Your Journal Was Not Moved"), error);
      return;
    }
  if (self->session != NULL && destination != NULL)
    start_copy (self, destination);
}

static void
folder_chosen_cb (GtkNativeDialog *chooser,
                  int              response,
                  CandorDataGroup *self)
{
  g_autoptr(GFile) folder = NULL;

  if (response == GTK_RESPONSE_ACCEPT && self->session != NULL &&
      (folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    candor_data_group_move_to (self, g_file_peek_path (folder));

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
move_clicked_cb (CandorDataGroup *self)
{
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Move Journal To"), get_window (self),
                                         GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                         _("_Move Here"), NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (folder_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ───────────────────────── erasing ───────────────────────── */

static void
erase_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  g_autoptr(GError) error = NULL;

  if (!candor_backup_erase (task_data, cancellable, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
forget_journal (CandorDataGroup *self)
{
  CandorJournal *journal = candor_session_get_journal (self->session);
  g_auto(GStrv) dirty = candor_journal_dup_dirty_segments (journal);
  g_autoptr(GError) error = NULL;

  /* Nothing is left to save them into: they go with the rest. */
  for (guint i = 0; dirty != NULL && dirty[i] != NULL; i++)
    candor_journal_mark_clean (journal, dirty[i]);

  if (!candor_session_lock (self->session, &error))
    g_warning ("Could not close the erased journal: %s", error->message);
}

static void
erase_saving_cb (CandorDataGroup *self)
{
  if (candor_session_get_saving (self->session))
    return;
  g_clear_signal_handler (&self->saving_handler, self->session);
  forget_journal (self);
}

static void
erased_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  CandorDataGroup *self = CANDOR_DATA_GROUP (object);
  g_autoptr(GError) error = NULL;
  GtkWindow *window;
  gboolean ok;

  ok = g_task_propagate_boolean (G_TASK (result), &error);
  set_busy (self, FALSE);

  if (!ok && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (!ok && !g_error_matches (error, CANDOR_KEYRING_ERROR, CANDOR_KEYRING_ERROR_FAILED))
    {
      /* Nothing (or only part of the backups) went: the journal stays open. */
      show_error (self, _("Your Journal Was Not Erased"), error);
      return;
    }
  if (!ok)
    show_error (self, _("The Keyring Still Holds the Passphrase"), error);

  if (candor_session_get_saving (self->session))
    self->saving_handler = g_signal_connect_object (self->session, "notify::saving",
                                                    G_CALLBACK (erase_saving_cb), self,
                                                    G_CONNECT_SWAPPED);
  else
    forget_journal (self);

  window = get_window (self);
  if (ok && window != NULL)
    gtk_window_close (window);
}

static void
erase_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   CandorDataGroup  *self)
{
  g_autoptr(GTask) task = NULL;

  if (g_strcmp0 (response, "erase") != 0 || self->session == NULL)
    return;

  set_busy (self, TRUE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->move_button), FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->erase_button), FALSE);
  task = g_task_new (self, self->cancellable, erased_cb, NULL);
  g_task_set_task_data (task, g_object_ref (candor_session_get_vault (self->session)),
                        g_object_unref);
  g_task_run_in_thread (task, erase_thread);
}

static void
erase_clicked_cb (CandorDataGroup *self)
{
  CandorVault *vault = candor_session_get_vault (self->session);
  g_autoptr(GPtrArray) automatic = candor_backup_list_automatic (vault, NULL);
  g_autofree char *folder = g_filename_display_name (candor_vault_get_directory (vault));
  g_autofree char *body = NULL;
  g_autofree char *backups = NULL;
  GtkWidget *dialog;

  backups = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "its %u automatic backup",
                                          "its %u automatic backups", automatic->len),
                             automatic->len);
  /* Translators: the first %s is a folder, the second “its 7 automatic backups”. */
  body = g_strdup_printf (_("This deletes for good: your whole journal in %s, %s, and the "
                            "passphrase remembered in your keyring. Backups and exports you "
                            "saved elsewhere are not touched. This cannot be undone."),
                          folder, backups);

  dialog = adw_message_dialog_new (get_window (self), _("Erase Everything?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "erase", _("_Erase Everything"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "erase",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (erase_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ───────────────────────── object ───────────────────────── */

static void
candor_data_group_dispose (GObject *object)
{
  CandorDataGroup *self = CANDOR_DATA_GROUP (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->progress_source, g_source_remove);
  if (self->session != NULL)
    g_clear_signal_handler (&self->saving_handler, self->session);
  g_clear_object (&self->session);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (candor_data_group_parent_class)->dispose (object);
}

static void
candor_data_group_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CandorDataGroup *self = CANDOR_DATA_GROUP (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_data_group_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CandorDataGroup *self = CANDOR_DATA_GROUP (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      candor_data_group_set_session (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_data_group_class_init (CandorDataGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = candor_data_group_dispose;
  object_class->get_property = candor_data_group_get_property;
  object_class->set_property = candor_data_group_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, CANDOR_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static GtkButton *
suffix_button (AdwActionRow *row,
               const char   *label)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (row, button);
  return GTK_BUTTON (button);
}

static void
candor_data_group_init (CandorDataGroup *self)
{
  self->cancellable = g_cancellable_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Your Data"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         _("Your journal lives in one folder, with an "
                                           "automatic backup for each of the last 7 days "
                                           "and 8 weeks. Back Up and Restore are in the main "
                                           "menu."));

  self->folder_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->folder_row), _("Journal Folder"));
  self->progress_bar = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->progress_bar), GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (GTK_WIDGET (self->progress_bar), 64, -1);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress_bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Moving your journal"), -1);
  adw_action_row_add_suffix (self->folder_row, GTK_WIDGET (self->progress_bar));
  self->move_button = suffix_button (self->folder_row, _("_Move…"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->move_button),
                               _("Move the journal to another folder, such as one a sync "
                                 "service watches"));
  g_signal_connect_swapped (self->move_button, "clicked", G_CALLBACK (move_clicked_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->folder_row));

  self->erase_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->erase_row), _("Erase Everything"));
  adw_action_row_set_subtitle (self->erase_row,
                               _("Delete the journal, its backups and the remembered "
                                 "passphrase from this computer"));
  self->erase_button = suffix_button (self->erase_row, _("_Erase…"));
  gtk_widget_add_css_class (GTK_WIDGET (self->erase_button), "destructive-action");
  g_signal_connect_swapped (self->erase_button, "clicked", G_CALLBACK (erase_clicked_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->erase_row));

  update_folder (self);
}

CandorSession *
candor_data_group_get_session (CandorDataGroup *self)
{
  g_return_val_if_fail (CANDOR_IS_DATA_GROUP (self), NULL);

  return self->session;
}

void
candor_data_group_set_session (CandorDataGroup *self,
                               CandorSession   *session)
{
  g_return_if_fail (CANDOR_IS_DATA_GROUP (self));
  g_return_if_fail (session == NULL || CANDOR_IS_SESSION (session));

  if (self->session == session)
    return;

  if (self->session != NULL)
    g_clear_signal_handler (&self->saving_handler, self->session);
  g_set_object (&self->session, session);
  update_folder (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

void
candor_data_group_move_to (CandorDataGroup *self,
                           const char      *directory)
{
  g_return_if_fail (CANDOR_IS_DATA_GROUP (self));
  g_return_if_fail (directory != NULL);

  if (self->session == NULL || self->busy)
    return;

  /* What is on disk is what moves: save first. */
  set_busy (self, TRUE);
  g_object_set_data_full (G_OBJECT (self), "destination", g_strdup (directory), g_free);
  candor_session_save_async (self->session, self->cancellable, saved_then_move_cb,
                             g_object_ref (self));
}
