/* candor-change-passphrase-dialog.c — a new passphrase for the open journal
 *
 * Changing rewraps the data key only (see candor_vault_change_passphrase()); the key
 * derivation runs twice, so it happens in a thread. The journal stays open throughout.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "candor-change-passphrase-dialog.h"
#include "candor-keyring.h"
#include "candor-passphrase.h"
#include "candor-strength-meter.h"
#include "candor-ui.h"

#define SHAKE_MS 450

/* Async callbacks get the dialog without a reference: a window kept alive past its
 * transient parent would break when finally freed. Dispose cancels self->cancellable,
 * so a callback that finds its call cancelled returns without touching the dialog. */

struct _CandorChangePassphraseDialog
{
  AdwWindow            parent_instance;

  CandorSession       *session;
  GCancellable        *cancellable;
  gboolean             update_keyring;
  gboolean             busy;
  guint                shake_source;

  /* Template widgets */
  GtkWidget           *form;
  GtkListBox          *current_list;
  AdwPasswordEntryRow *current_row;
  AdwPasswordEntryRow *new_row;
  AdwPasswordEntryRow *confirm_row;
  CandorStrengthMeter *strength_meter;
  GtkLabel            *mismatch_label;
  GtkLabel            *error_label;
  GtkStack            *change_stack;
  GtkSpinner          *change_spinner;
};

G_DEFINE_FINAL_TYPE (CandorChangePassphraseDialog, candor_change_passphrase_dialog,
                     ADW_TYPE_WINDOW)

typedef struct {
  CandorVault *vault;
  char        *old_passphrase;
  char        *new_passphrase;
} ChangeData;

static void
change_data_free (gpointer user_data)
{
  ChangeData *data = user_data;

  g_clear_object (&data->vault);
  g_clear_pointer (&data->old_passphrase, candor_passphrase_free);
  g_clear_pointer (&data->new_passphrase, candor_passphrase_free);
  g_free (data);
}

static const char *
get_text (AdwPasswordEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static gboolean
confirmation_mismatches (const char *passphrase,
                         const char *confirm)
{
  if (*confirm == '\0' || g_str_equal (passphrase, confirm))
    return FALSE;

  return !g_str_has_prefix (passphrase, confirm) || strlen (confirm) >= strlen (passphrase);
}

static void
update_form (CandorChangePassphraseDialog *self)
{
  const char *current = get_text (self->current_row);
  const char *passphrase = get_text (self->new_row);
  const char *confirm = get_text (self->confirm_row);
  gboolean valid;

  candor_strength_meter_update (self->strength_meter, passphrase);
  gtk_widget_set_visible (GTK_WIDGET (self->mismatch_label),
                          confirmation_mismatches (passphrase, confirm));

  valid = self->session != NULL &&
          *current != '\0' &&
          candor_passphrase_is_acceptable (candor_passphrase_rate (passphrase)) &&
          g_str_equal (passphrase, confirm);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "change-passphrase.change",
                                 valid && !self->busy);
}

static void
set_busy (CandorChangePassphraseDialog *self,
          gboolean                      busy)
{
  self->busy = busy;
  if (busy)
    candor_ui_release_focus (self->form);
  gtk_stack_set_visible_child_name (self->change_stack, busy ? "spinner" : "label");
  gtk_spinner_set_spinning (self->change_spinner, busy);
  gtk_widget_set_sensitive (self->form, !busy);
  update_form (self);
}

static void
show_error (CandorChangePassphraseDialog *self,
            const char                   *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static gboolean
shake_done_cb (gpointer user_data)
{
  CandorChangePassphraseDialog *self = user_data;

  self->shake_source = 0;
  gtk_widget_remove_css_class (GTK_WIDGET (self->current_list), "shake");
  return G_SOURCE_REMOVE;
}

static void
finish (CandorChangePassphraseDialog *self,
        const char                   *toast_title)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (ADW_IS_PREFERENCES_WINDOW (parent))
    {
      g_autofree char *escaped = g_markup_escape_text (toast_title, -1);

      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (parent),
                                        adw_toast_new (escaped));
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
keyring_stored_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  CandorChangePassphraseDialog *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (candor_keyring_store_finish (result, &error))
    {
      finish (self, _("Passphrase changed"));
      return;
    }

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  /* Translators: %s says what went wrong with the keyring. */
  message = g_strdup_printf (_("Passphrase changed, but the keyring could not remember "
                               "the new one: %s"),
                             error->message);
  finish (self, message);
}

static void
changed_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  CandorChangePassphraseDialog *self = user_data;
  ChangeData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  const char *vault_id;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      set_busy (self, FALSE);
      if (g_error_matches (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_WRONG_PASSPHRASE))
        {
          show_error (self,
                      _("That isn’t the current passphrase. Check Caps Lock and try again."));
          gtk_widget_grab_focus (GTK_WIDGET (self->current_row));
          gtk_editable_select_region (GTK_EDITABLE (self->current_row), 0, -1);
          g_clear_handle_id (&self->shake_source, g_source_remove);
          gtk_widget_add_css_class (GTK_WIDGET (self->current_list), "shake");
          self->shake_source = g_timeout_add (SHAKE_MS, shake_done_cb, self);
        }
      else
        show_error (self, error->message);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->current_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->new_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->confirm_row), "");

  vault_id = candor_vault_get_id (data->vault);
  if (self->update_keyring && vault_id != NULL)
    candor_keyring_store_async (vault_id, data->new_passphrase, self->cancellable,
                                keyring_stored_cb, self);
  else
    finish (self, _("Passphrase changed"));
}

static void
change_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ChangeData *data = task_data;
  GError *error = NULL;

  if (candor_vault_change_passphrase (data->vault, data->old_passphrase, data->new_passphrase,
                                      &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
change_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CandorChangePassphraseDialog *self = CANDOR_CHANGE_PASSPHRASE_DIALOG (widget);
  g_autoptr(GTask) task = NULL;
  ChangeData *data;

  if (self->busy || self->session == NULL)
    return;

  data = g_new0 (ChangeData, 1);
  data->vault = g_object_ref (candor_session_get_vault (self->session));
  data->old_passphrase = candor_passphrase_dup (get_text (self->current_row));
  data->new_passphrase = candor_passphrase_dup (get_text (self->new_row));

  show_error (self, NULL);
  set_busy (self, TRUE);

  task = g_task_new (NULL, self->cancellable, changed_cb, self);
  g_task_set_source_tag (task, change_action);
  g_task_set_task_data (task, data, change_data_free);
  g_task_run_in_thread (task, change_thread);
}

static void
form_changed_cb (CandorChangePassphraseDialog *self)
{
  update_form (self);
}

static void
current_activated_cb (CandorChangePassphraseDialog *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->new_row));
}

static void
new_activated_cb (CandorChangePassphraseDialog *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->confirm_row));
}

static void
confirm_activated_cb (CandorChangePassphraseDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "change-passphrase.change", NULL);
}

static gboolean
candor_change_passphrase_dialog_close_request (GtkWindow *window)
{
  CandorChangePassphraseDialog *self = CANDOR_CHANGE_PASSPHRASE_DIALOG (window);

  /* The key file is being rewritten and can't be stopped halfway: closing now would
   * leave people unsure which passphrase holds. */
  if (self->busy)
    return TRUE;

  return GTK_WINDOW_CLASS (candor_change_passphrase_dialog_parent_class)->close_request (window);
}

static void
candor_change_passphrase_dialog_dispose (GObject *object)
{
  CandorChangePassphraseDialog *self = CANDOR_CHANGE_PASSPHRASE_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->shake_source, g_source_remove);
  g_clear_object (&self->session);

  gtk_widget_dispose_template (GTK_WIDGET (self), CANDOR_TYPE_CHANGE_PASSPHRASE_DIALOG);

  G_OBJECT_CLASS (candor_change_passphrase_dialog_parent_class)->dispose (object);
}

static void
candor_change_passphrase_dialog_class_init (CandorChangePassphraseDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = candor_change_passphrase_dialog_dispose;
  window_class->close_request = candor_change_passphrase_dialog_close_request;

  g_type_ensure (CANDOR_TYPE_STRENGTH_METER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/candor-change-passphrase-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CandorChangePassphraseDialog, form);
  gtk_widget_class_bind_template_child (widget_class, CandorChangePassphraseDialog, current_list);
  gtk_widget_class_bind_template_child (widget_class, CandorChangePassphraseDialog, current_row);
  gtk_widget_class_bind_template_child (widget_class, CandorChangePassphraseDialog, new_row);
  gtk_widget_class_bind_template_child (widget_class, CandorChangePassphraseDialog, confirm_row);
  gtk_widget_class_bind_template_child (widget_class, CandorChangePassphraseDialog, strength_meter);
  gtk_widget_class_bind_template_child (widget_class, CandorChangePassphraseDialog, mismatch_label);
  gtk_widget_class_bind_template_child (widget_class, CandorChangePassphraseDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, CandorChangePassphraseDialog, change_stack);
  gtk_widget_class_bind_template_child (widget_class, CandorChangePassphraseDialog, change_spinner);
  gtk_widget_class_bind_template_callback (widget_class, form_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, current_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, new_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, confirm_activated_cb);

  gtk_widget_class_install_action (widget_class, "change-passphrase.change", NULL, change_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
candor_change_passphrase_dialog_init (CandorChangePassphraseDialog *self)
{
  self->cancellable = g_cancellable_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  update_form (self);
}

CandorChangePassphraseDialog *
candor_change_passphrase_dialog_new (GtkWindow     *parent,
                                     CandorSession *session,
                                     gboolean       update_keyring)
{
  CandorChangePassphraseDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CANDOR_IS_SESSION (session), NULL);

  self = g_object_new (CANDOR_TYPE_CHANGE_PASSPHRASE_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->session = g_object_ref (session);
  self->update_keyring = update_keyring;
  update_form (self);

  return self;
}
