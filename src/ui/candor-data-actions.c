/* candor-data-actions.c — Back Up, Export as JSON and Restore for one window, and the
 * automatic backups after each save
 *
 * Noticing files changed by another program is CandorDiskWatcher's job.
 *
 * The window owns this object; it keeps only a weak pointer back, and every async
 * callback holds a reference to it and returns quietly once the window is gone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "candor-backup.h"
#include "candor-data-actions.h"
#include "candor-disk-watcher.h"
#include "candor-restore-dialog.h"

struct _CandorDataActions
{
  GObject             parent_instance;

  CandorWindow       *window;    /* weak */
  CandorSession      *session;
  GSimpleActionGroup *group;
  GCancellable       *cancellable;

  gboolean            auto_backup_running;
  gboolean            auto_backup_failed_shown;
  /* After a restore: the pre-restore copy goes at the save after the restore's own. */
  gboolean            pre_restore_armed;
  gboolean            restoring;

  CandorDiskWatcher  *disk_watcher;
};

G_DEFINE_FINAL_TYPE (CandorDataActions, candor_data_actions, G_TYPE_OBJECT)

static GtkWindow *
parent_window (CandorDataActions *self)
{
  return GTK_WINDOW (self->window);
}

static void
toast (CandorDataActions *self,
       const char        *title)
{
  if (self->window != NULL)
    candor_window_add_toast (self->window, adw_toast_new (title));
}

static void
show_error (CandorDataActions *self,
            const char        *heading,
            const GError      *error)
{
  GtkWidget *dialog;

  if (self->window == NULL)
    return;

  dialog = adw_message_dialog_new (parent_window (self), heading, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
is_ready (CandorDataActions *self)
{
  return self->session != NULL &&
         candor_session_get_state (self->session) == CANDOR_SESSION_STATE_READY;
}

static void
update_actions (CandorDataActions *self)
{
  static const char *names[] = { "back-up", "export-json", "restore" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (
                                   G_ACTION_MAP (self->group), names[i])),
                                 is_ready (self));
}

static GtkFileFilter *
filter_new (const char *name,
            const char *pattern)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  return filter;
}

static char *
dated_file_name (const char *suffix)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *day = g_date_time_format (now, "%Y-%m-%d");

  /* Translators: the start of a backup's file name; %s is a date as 2026-11-22. */
  return g_strdup_printf (_("Candor Journal %s%s"), day, suffix);
}

/* ───────────────────────── Back Up ───────────────────────── */

static void
backup_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  CandorVault *vault = g_object_get_data (G_OBJECT (task), "vault");
  g_autoptr(GError) error = NULL;

  if (!candor_backup_write (vault, task_data, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
backup_written_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  CandorDataActions *self = CANDOR_DATA_ACTIONS (object);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_filename_display_basename (g_task_get_task_data (G_TASK (result)));
  g_autofree char *title = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      show_error (self, _("No Backup Was Made"), error);
      return;
    }

  /* Translators: %s is a file name. */
  title = g_strdup_printf (_("Backed up to “%s”"), name);
  toast (self, title);
}

static void
write_backup (CandorDataActions *self,
              const char        *path)
{
  g_autoptr(GTask) task = g_task_new (self, self->cancellable, backup_written_cb, NULL);

  g_task_set_task_data (task, g_strdup (path), g_free);
  /* The thread never reads this object's fields, which the main thread may clear. */
  g_object_set_data_full (G_OBJECT (task), "vault",
                          g_object_ref (candor_session_get_vault (self->session)),
                          g_object_unref);
  g_task_run_in_thread (task, backup_thread);
}

static void
saved_then_backup_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(CandorDataActions) self = user_data;
  g_autofree char *path = g_object_steal_data (G_OBJECT (self), "backup-path");
  g_autoptr(GError) error = NULL;

  if (!candor_session_save_finish (CANDOR_SESSION (object), result, &error))
    {
      show_error (self, _("No Backup Was Made"), error);
      return;
    }
  if (self->window != NULL && path != NULL)
    write_backup (self, path);
}

static void
backup_chooser_response_cb (GtkNativeDialog   *chooser,
                            int                response,
                            CandorDataActions *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL &&
      is_ready (self))
    {
      /* What is on disk is what goes into the backup: save first. */
      g_object_set_data_full (G_OBJECT (self), "backup-path", g_file_get_path (file), g_free);
      candor_session_save_async (self->session, self->cancellable, saved_then_backup_cb,
                                 g_object_ref (self));
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
back_up_activated_cb (GSimpleAction     *action,
                      GVariant          *parameter,
                      CandorDataActions *self)
{
  GtkFileChooserNative *chooser;
  g_autofree char *name = dated_file_name (CANDOR_BACKUP_SUFFIX);

  chooser = gtk_file_chooser_native_new (_("Back Up Journal"), parent_window (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Back Up"), NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser),
                               filter_new (_("Candor Backups"), "*" CANDOR_BACKUP_SUFFIX));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (backup_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ───────────────────────── Export as JSON ───────────────────────── */

static void
export_chooser_response_cb (GtkNativeDialog   *chooser,
                            int                response,
                            CandorDataActions *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL &&
      is_ready (self))
    {
      g_autofree char *path = g_file_get_path (file);
      g_autofree char *name = g_file_get_basename (file);

      if (!candor_backup_write_json (candor_session_get_journal (self->session), path, &error))
        show_error (self, _("Nothing Was Exported"), error);
      else
        {
          /* Translators: %s is a file name. */
          g_autofree char *title = g_strdup_printf (_("Exported to “%s” — keep it safe"), name);

          toast (self, title);
        }
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
export_warning_response_cb (AdwMessageDialog  *dialog,
                            const char        *response,
                            CandorDataActions *self)
{
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;

  if (g_strcmp0 (response, "export") != 0 || !is_ready (self))
    return;

  name = dated_file_name (".json");
  chooser = gtk_file_chooser_native_new (_("Export Journal as JSON"), parent_window (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser),
                               filter_new (_("JSON Files"), "*.json"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (export_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
export_json_activated_cb (GSimpleAction     *action,
                          GVariant          *parameter,
                          CandorDataActions *self)
{
  GtkWidget *dialog;

  if (!candor_session_get_older_years_loaded (self->session))
    {
      toast (self, _("Your older entries are still loading. Try again in a moment."));
      return;
    }

  dialog = adw_message_dialog_new (parent_window (self), _("Export Without Encryption?"),
                                   _("The exported file is not encrypted: anyone who can open "
                                     "it can read your whole journal. Keep it somewhere safe "
                                     "and delete it when you no longer need it. To keep a copy "
                                     "that stays private, use “Back Up…” instead."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "export", _("_Export Anyway"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "export",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (export_warning_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ───────────────────────── Restore ───────────────────────── */

typedef struct
{
  CandorDataActions    *owner;
  CandorVault          *vault;
  char                 *path;
  char                 *passphrase;
  CandorBackupContents *contents;
  CandorImportMode      mode;
} RestoreData;

static void
restore_data_free (RestoreData *data)
{
  g_free (data->path);
  if (data->passphrase != NULL)
    {
      memset (data->passphrase, 0, strlen (data->passphrase));
      g_free (data->passphrase);
    }
  g_clear_pointer (&data->contents, candor_backup_contents_free);
  g_clear_object (&data->owner);
  g_clear_object (&data->vault);
  g_free (data);
}

static void read_backup (CandorDataActions *self,
                         const char        *path,
                         const char        *passphrase);

static void
restored_saved_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(CandorDataActions) self = user_data;
  g_autoptr(GError) error = NULL;

  self->restoring = FALSE;
  if (!candor_session_save_finish (CANDOR_SESSION (object), result, &error))
    {
      /* The restored journal stays in memory and the window offers to retry saving;
       * the previous journal is safe in the pre-restore backup. */
      show_error (self, _("The Restored Journal Is Not Saved Yet"), error);
      return;
    }

  self->pre_restore_armed = TRUE;
  toast (self, _("Journal restored"));
}

static void
do_restore (CandorDataActions *self,
            RestoreData       *data)
{
  g_autoptr(GError) error = NULL;

  if (!candor_backup_restore (self->session, data->contents, data->mode, &error))
    {
      show_error (self, _("Nothing Was Restored"), error);
      return;
    }

  self->restoring = TRUE;
  self->pre_restore_armed = FALSE;
  candor_session_save_async (self->session, self->cancellable, restored_saved_cb,
                             g_object_ref (self));
}

static void
saved_then_restore_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  RestoreData *data = user_data;
  CandorDataActions *self = data->owner;
  g_autoptr(GError) error = NULL;

  if (self->window == NULL)
    {
      restore_data_free (data);
      return;
    }

  if (!candor_session_save_finish (CANDOR_SESSION (object), result, &error))
    show_error (self, _("Nothing Was Restored"), error);
  else
    do_restore (self, data);
  restore_data_free (data);
}

static void
restore_dialog_response_cb (AdwMessageDialog *dialog,
                            const char       *response,
                            gpointer          user_data)
{
  CandorDataActions *self = g_object_get_data (G_OBJECT (dialog), "candor-data-actions");
  RestoreData *data = g_object_steal_data (G_OBJECT (dialog), "restore-data");

  if (data == NULL)
    return;
  if (self == NULL || !is_ready (self) ||
      (g_strcmp0 (response, "merge") != 0 && g_strcmp0 (response, "replace") != 0))
    {
      restore_data_free (data);
      return;
    }

  data->mode = g_str_equal (response, "replace") ? CANDOR_IMPORT_MODE_REPLACE
                                                  : CANDOR_IMPORT_MODE_MERGE;

  /* Unsaved edits are saved first, so the pre-restore copy holds them too. */
  data->owner = g_object_ref (self);
  candor_session_save_async (self->session, self->cancellable, saved_then_restore_cb, data);
}

static void
passphrase_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        gpointer          user_data)
{
  CandorDataActions *self = g_object_get_data (G_OBJECT (dialog), "candor-data-actions");
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  const char *path = g_object_get_data (G_OBJECT (dialog), "path");

  if (self == NULL || g_strcmp0 (response, "open") != 0)
    return;

  read_backup (self, path, gtk_editable_get_text (entry));
  gtk_editable_set_text (entry, "");
}

static void
ask_passphrase (CandorDataActions *self,
                const char        *path,
                const GError      *error)
{
  GtkWidget *dialog;
  GtkWidget *entry;

  dialog = adw_message_dialog_new (parent_window (self), _("Enter the Backup’s Passphrase"),
                                   error->message);
  entry = gtk_password_entry_new ();
  gtk_password_entry_set_show_peek_icon (GTK_PASSWORD_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Passphrase"), -1);
  g_object_set (entry, "activates-default", TRUE, NULL);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "open", _("_Open Backup"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "open",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "open");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "candor-data-actions", g_object_ref (self),
                          g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_object_set_data_full (G_OBJECT (dialog), "path", g_strdup (path), g_free);
  g_signal_connect (dialog, "response", G_CALLBACK (passphrase_response_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  RestoreData *data = task_data;
  g_autoptr(GError) error = NULL;

  data->contents = candor_backup_read (data->path, data->vault, data->passphrase, &error);
  if (data->contents == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
backup_read_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  CandorDataActions *self = CANDOR_DATA_ACTIONS (object);
  RestoreData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  CandorRestoreDialog *dialog;
  RestoreData *kept;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->window == NULL)
        return;
      if (g_error_matches (error, CANDOR_BACKUP_ERROR, CANDOR_BACKUP_ERROR_NEEDS_PASSPHRASE) ||
          g_error_matches (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_WRONG_PASSPHRASE))
        ask_passphrase (self, data->path, error);
      else
        show_error (self, _("This File Cannot Be Restored"), error);
      return;
    }

  if (self->window == NULL || !is_ready (self))
    return;

  name = g_filename_display_basename (data->path);
  dialog = candor_restore_dialog_new (parent_window (self), name, data->contents);
  kept = g_new0 (RestoreData, 1);
  kept->path = g_strdup (data->path);
  kept->contents = g_steal_pointer (&data->contents);
  g_object_set_data_full (G_OBJECT (dialog), "restore-data", kept,
                          (GDestroyNotify) restore_data_free);
  g_object_set_data_full (G_OBJECT (dialog), "candor-data-actions", g_object_ref (self),
                          g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (restore_dialog_response_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
read_backup (CandorDataActions *self,
             const char        *path,
             const char        *passphrase)
{
  g_autoptr(GTask) task = g_task_new (self, self->cancellable, backup_read_cb, NULL);
  RestoreData *data = g_new0 (RestoreData, 1);

  data->path = g_strdup (path);
  data->passphrase = g_strdup (passphrase);
  data->vault = g_object_ref (candor_session_get_vault (self->session));
  g_task_set_task_data (task, data, (GDestroyNotify) restore_data_free);
  g_task_run_in_thread (task, read_thread);
}

static void
restore_chooser_response_cb (GtkNativeDialog   *chooser,
                             int                response,
                             CandorDataActions *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    {
      g_autofree char *path = g_file_get_path (file);

      read_backup (self, path, NULL);
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
choose_restore_file (CandorDataActions *self)
{
  GtkFileChooserNative *chooser;
  GtkFileFilter *both = gtk_file_filter_new ();

  gtk_file_filter_set_name (both, _("Backups and Exports"));
  gtk_file_filter_add_pattern (both, "*" CANDOR_BACKUP_SUFFIX);
  gtk_file_filter_add_pattern (both, "*.json");

  chooser = gtk_file_chooser_native_new (_("Restore Journal"), parent_window (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), NULL);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), both);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser),
                               filter_new (_("All Files"), "*"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (restore_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
automatic_row_activated_cb (GtkListBox    *list,
                            GtkListBoxRow *row,
                            AdwMessageDialog *dialog)
{
  CandorDataActions *self = g_object_get_data (G_OBJECT (dialog), "candor-data-actions");
  const char *path = g_object_get_data (G_OBJECT (row), "path");

  if (self != NULL && path != NULL)
    read_backup (self, path, NULL);
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_close (GTK_WINDOW (dialog));
}

static void
restore_source_response_cb (AdwMessageDialog *dialog,
                            const char       *response,
                            gpointer          user_data)
{
  CandorDataActions *self = g_object_get_data (G_OBJECT (dialog), "candor-data-actions");

  if (self != NULL && g_strcmp0 (response, "file") == 0)
    choose_restore_file (self);
}

static GtkWidget *
backup_row (const char *path,
            const char *title,
            const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *arrow = g_object_new (GTK_TYPE_IMAGE,
                                   "icon-name", "go-next-symbolic",
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                   NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  g_object_set_data_full (G_OBJECT (row), "path", g_strdup (path), g_free);
  return row;
}

static void
restore_activated_cb (GSimpleAction     *action,
                      GVariant          *parameter,
                      CandorDataActions *self)
{
  CandorVault *vault = candor_session_get_vault (self->session);
  g_autoptr(GPtrArray) days = NULL;
  g_autoptr(GPtrArray) paths = candor_backup_list_automatic (vault, &days);
  g_autofree char *pre_restore = candor_backup_get_pre_restore_path (vault);
  GtkWidget *dialog;
  GtkWidget *list;
  GtkWidget *scrolled;

  if (!candor_session_get_older_years_loaded (self->session))
    {
      toast (self, _("Your older entries are still loading. Try again in a moment."));
      return;
    }

  if (paths->len == 0 && !g_file_test (pre_restore, G_FILE_TEST_IS_REGULAR))
    {
      choose_restore_file (self);
      return;
    }

  dialog = adw_message_dialog_new (parent_window (self), _("Restore Your Journal"),
                                   _("Pick one of the copies Candor keeps on its own, or a "
                                     "backup or export you made. You will see what it holds "
                                     "before anything changes."));
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Automatic backups"), -1);

  if (g_file_test (pre_restore, G_FILE_TEST_IS_REGULAR))
    gtk_list_box_append (GTK_LIST_BOX (list),
                         backup_row (pre_restore, _("Before the Last Restore"),
                                     _("Your journal as it was before you restored")));

  for (guint i = 0; i < paths->len; i++)
    {
      GDate *day = g_ptr_array_index (days, i);
      g_autoptr(GDateTime) date = g_date_time_new_local (g_date_get_year (day),
                                                         g_date_get_month (day),
                                                         g_date_get_day (day), 12, 0, 0);
      /* %A is the weekday, %x the locale's date. */
      g_autofree char *title = g_date_time_format (date, "%A %x");

      gtk_list_box_append (GTK_LIST_BOX (list),
                           backup_row (g_ptr_array_index (paths, i), title,
                                       _("Automatic backup")));
    }

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "file", _("_Choose a File…"),
                                    NULL);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "candor-data-actions", g_object_ref (self),
                          g_object_unref);
  g_signal_connect (list, "row-activated", G_CALLBACK (automatic_row_activated_cb), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (restore_source_response_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ───────────────────────── after each save ───────────────────────── */

static void
auto_backup_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;

  if (!candor_backup_write_automatic (task_data, now, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
auto_backup_done_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  CandorDataActions *self = CANDOR_DATA_ACTIONS (object);
  g_autoptr(GError) error = NULL;

  self->auto_backup_running = FALSE;
  /* The journal itself is saved; the next save tries again. Said once, gently. */
  if (!g_task_propagate_boolean (G_TASK (result), &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) &&
      !self->auto_backup_failed_shown)
    {
      /* Translators: %s says why, e.g. that the disk is full. */
      g_autofree char *title = g_strdup_printf (_("Today’s automatic backup was not made: %s"),
                                                error->message);

      self->auto_backup_failed_shown = TRUE;
      toast (self, title);
    }
}

static void
session_saved_cb (CandorDataActions *self)
{
  CandorVault *vault = candor_session_get_vault (self->session);
  g_autoptr(GTask) task = NULL;

  if (self->pre_restore_armed && !self->restoring)
    {
      g_autofree char *pre_restore = candor_backup_get_pre_restore_path (vault);

      self->pre_restore_armed = FALSE;
      g_unlink (pre_restore);
    }

  if (self->auto_backup_running)
    return;

  self->auto_backup_running = TRUE;
  task = g_task_new (self, self->cancellable, auto_backup_done_cb, NULL);
  g_task_set_task_data (task, g_object_ref (vault), g_object_unref);
  g_task_run_in_thread (task, auto_backup_thread);
}

static void
session_state_cb (CandorDataActions *self)
{
  update_actions (self);
}

/* ───────────────────────── object ───────────────────────── */

static void
candor_data_actions_dispose (GObject *object)
{
  CandorDataActions *self = CANDOR_DATA_ACTIONS (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->disk_watcher);
  g_clear_object (&self->session);
  g_clear_object (&self->group);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (candor_data_actions_parent_class)->dispose (object);
}

static void
candor_data_actions_class_init (CandorDataActionsClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = candor_data_actions_dispose;
}

static void
candor_data_actions_init (CandorDataActions *self)
{
  self->cancellable = g_cancellable_new ();
  self->group = g_simple_action_group_new ();
}

static void
window_destroyed_cb (gpointer  data,
                     GObject  *where_the_window_was)
{
  CandorDataActions *self = data;

  /* The watcher hears of the window's end through its own weak reference; it goes with
   * this object. */
  self->window = NULL;
  g_cancellable_cancel (self->cancellable);
}

CandorDataActions *
candor_data_actions_install (CandorWindow *window)
{
  static const struct {
    const char *name;
    GCallback   callback;
  } entries[] = {
    { "back-up", G_CALLBACK (back_up_activated_cb) },
    { "export-json", G_CALLBACK (export_json_activated_cb) },
    { "restore", G_CALLBACK (restore_activated_cb) },
  };
  CandorDataActions *self;

  g_return_val_if_fail (CANDOR_IS_WINDOW (window), NULL);

  self = g_object_new (CANDOR_TYPE_DATA_ACTIONS, NULL);
  self->window = window;
  g_object_weak_ref (G_OBJECT (window), window_destroyed_cb, self);
  if (candor_window_get_session (window) != NULL)
    self->session = g_object_ref (candor_window_get_session (window));

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      g_autoptr(GSimpleAction) action = g_simple_action_new (entries[i].name, NULL);

      g_signal_connect_object (action, "activate", entries[i].callback, self, 0);
      g_action_map_add_action (G_ACTION_MAP (self->group), G_ACTION (action));
    }
  gtk_widget_insert_action_group (GTK_WIDGET (window), "data", G_ACTION_GROUP (self->group));

  if (self->session != NULL)
    {
      g_signal_connect_object (self->session, "notify::state", G_CALLBACK (session_state_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->session, "saved", G_CALLBACK (session_saved_cb), self,
                               G_CONNECT_SWAPPED);
    }
  update_actions (self);
  if (self->session != NULL)
    self->disk_watcher = candor_disk_watcher_new (window, self->session);

  g_object_set_data_full (G_OBJECT (window), "candor-data-actions", self, g_object_unref);
  return self;
}

void
candor_data_actions_restore_file (CandorDataActions *self,
                                  const char        *path)
{
  g_return_if_fail (CANDOR_IS_DATA_ACTIONS (self));
  g_return_if_fail (path != NULL);

  read_backup (self, path, NULL);
}

void
candor_data_actions_check_disk (CandorDataActions *self)
{
  g_return_if_fail (CANDOR_IS_DATA_ACTIONS (self));

  if (self->disk_watcher != NULL)
    candor_disk_watcher_check (self->disk_watcher);
}
