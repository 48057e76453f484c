/* candor-preferences-window.c — Preferences, bound to GSettings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>

#include "candor-change-passphrase-dialog.h"
#include "candor-data-group.h"
#include "candor-keyring.h"
#include "candor-passphrase.h"
#include "candor-preferences-window.h"
#include "candor-window.h"

/* Async callbacks get the window without a reference: a window kept alive past its
 * transient parent would break when finally freed. Dispose cancels self->cancellable,
 * so a callback that finds its call cancelled returns without touching the window. */

struct _CandorPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;
  CandorSession        *session;
  GCancellable         *cancellable;
  /* Set while the switch is moved by code rather than by a person. */
  gboolean              syncing_remember;

  AdwComboRow          *idle_lock_row;
  GtkSwitch            *check_reminders_switch;
  AdwPreferencesGroup  *passphrase_group;
  AdwActionRow         *change_passphrase_row;
  AdwActionRow         *remember_row;
  GtkSwitch            *remember_switch;
  AdwPreferencesGroup  *progress_group;
  GtkSwitch            *streak_switch;
  CandorSettings       *streak_settings;
  CandorDataGroup      *data_group;
};

G_DEFINE_FINAL_TYPE (CandorPreferencesWindow, candor_preferences_window,
                     ADW_TYPE_PREFERENCES_WINDOW)

/* The choices of the idle-lock row, in minutes; 0 means never. */
static const guint idle_lock_minutes[] = { 0, 5, 15, 30, 60 };

static gboolean
idle_lock_get_mapping (GValue   *value,
                       GVariant *variant,
                       gpointer  user_data)
{
  guint minutes = g_variant_get_uint32 (variant);

  for (guint i = 0; i < G_N_ELEMENTS (idle_lock_minutes); i++)
    {
      if (idle_lock_minutes[i] == minutes)
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }

  g_value_set_uint (value, 0);
  return TRUE;
}

static GVariant *
idle_lock_set_mapping (const GValue       *value,
                       const GVariantType *expected_type,
                       gpointer            user_data)
{
  guint index = g_value_get_uint (value);

  if (index >= G_N_ELEMENTS (idle_lock_minutes))
    index = 0;

  return g_variant_new_uint32 (idle_lock_minutes[index]);
}

static void
add_toast (CandorPreferencesWindow *self,
           const char              *title)
{
  g_autofree char *escaped = g_markup_escape_text (title, -1);

  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (escaped));
}

static void
set_remember_active (CandorPreferencesWindow *self,
                     gboolean                 active)
{
  self->syncing_remember = TRUE;
  gtk_switch_set_active (self->remember_switch, active);
  self->syncing_remember = FALSE;
}

static const char *
get_vault_id (CandorPreferencesWindow *self)
{
  return candor_vault_get_id (candor_session_get_vault (self->session));
}

static void
update_passphrase_group (CandorPreferencesWindow *self)
{
  gboolean ready = self->session != NULL &&
                   candor_session_get_state (self->session) == CANDOR_SESSION_STATE_READY;

  gtk_widget_set_visible (GTK_WIDGET (self->passphrase_group), ready);
}

/* The streak switch follows the open journal's own setting (stored in the vault), and
 * the setting follows the switch. Plain signals rather than a GBinding: the journal
 * (and its settings) goes away on lock while this window may still be open. */
static void
streak_setting_changed_cb (CandorPreferencesWindow *self)
{
  gboolean enabled = self->streak_settings != NULL &&
                     candor_settings_get_streak_enabled (self->streak_settings);

  if (gtk_switch_get_active (self->streak_switch) != enabled)
    gtk_switch_set_active (self->streak_switch, enabled);
}

static void
streak_toggled_cb (CandorPreferencesWindow *self)
{
  if (self->streak_settings != NULL)
    candor_settings_set_streak_enabled (self->streak_settings,
                                        gtk_switch_get_active (self->streak_switch));
}

static void
forget_streak_settings (CandorPreferencesWindow *self)
{
  if (self->streak_settings == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->streak_settings, self);
  g_clear_object (&self->streak_settings);
}

static void
update_progress_group (CandorPreferencesWindow *self)
{
  gboolean ready = self->session != NULL &&
                   candor_session_get_state (self->session) == CANDOR_SESSION_STATE_READY;

  forget_streak_settings (self);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_group), ready);
  if (!ready)
    return;

  self->streak_settings =
    g_object_ref (candor_journal_get_settings (candor_session_get_journal (self->session)));
  g_signal_connect_swapped (self->streak_settings, "notify::streak-enabled",
                            G_CALLBACK (streak_setting_changed_cb), self);
  streak_setting_changed_cb (self);
}

static void
looked_up_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  CandorPreferencesWindow *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(CandorKeyringPassphrase) passphrase = candor_keyring_lookup_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (g_error_matches (error, CANDOR_KEYRING_ERROR, CANDOR_KEYRING_ERROR_UNAVAILABLE))
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->remember_row), FALSE);
      adw_action_row_set_subtitle (self->remember_row,
                                   _("No keyring is available on this computer"));
      return;
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->remember_row), TRUE);
  set_remember_active (self, passphrase != NULL);
}

static void
stored_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  CandorPreferencesWindow *self = user_data;
  g_autoptr(GError) error = NULL;

  if (candor_keyring_store_finish (result, &error))
    {
      add_toast (self, _("Candor will open your journal on this computer without asking"));
      return;
    }

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_remember_active (self, FALSE);
  {
    /* Translators: %s says what went wrong with the keyring. */
    g_autofree char *message = g_strdup_printf (_("Could not remember the passphrase: %s"),
                                                error->message);
    add_toast (self, message);
  }
}

static void
cleared_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  CandorPreferencesWindow *self = user_data;
  g_autoptr(GError) error = NULL;

  if (candor_keyring_clear_finish (result, &error) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_remember_active (self, TRUE);
  {
    /* Translators: %s says what went wrong with the keyring. */
    g_autofree char *message = g_strdup_printf (_("Could not forget the passphrase: %s"),
                                                error->message);
    add_toast (self, message);
  }
}

typedef struct {
  CandorPreferencesWindow *self;       /* not owned, see above */
  CandorVault             *vault;      /* a second handle, only to check the passphrase */
  char                    *passphrase; /* guarded copy */
} VerifyData;

static void
verify_data_free (VerifyData *data)
{
  if (data->vault != NULL)
    candor_vault_lock (data->vault);
  g_clear_object (&data->vault);
  g_clear_pointer (&data->passphrase, candor_passphrase_free);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VerifyData, verify_data_free)

static void
verified_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(VerifyData) data = user_data;
  CandorPreferencesWindow *self = data->self;
  g_autoptr(GError) error = NULL;

  if (!candor_vault_unlock_finish (CANDOR_VAULT (object), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      set_remember_active (self, FALSE);
      if (g_error_matches (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_WRONG_PASSPHRASE))
        add_toast (self, _("That passphrase didn’t open this journal, so Candor did not "
                           "remember it."));
      else
        add_toast (self, error->message);
      return;
    }

  candor_vault_lock (data->vault);
  candor_keyring_store_async (get_vault_id (self), data->passphrase, self->cancellable,
                              stored_cb, self);
}

static void
remember_response_cb (AdwMessageDialog        *dialog,
                      const char              *response,
                      CandorPreferencesWindow *self)
{
  GtkEditable *entry = GTK_EDITABLE (g_object_get_data (G_OBJECT (dialog), "entry"));
  CandorVault *vault = candor_session_get_vault (self->session);
  VerifyData *data;

  if (g_strcmp0 (response, "remember") != 0 || *gtk_editable_get_text (entry) == '\0')
    {
      gtk_editable_set_text (entry, "");
      set_remember_active (self, FALSE);
      return;
    }

  /* Checked on a second handle of the same folder, so the open journal is untouched. */
  data = g_new0 (VerifyData, 1);
  data->self = self;
  data->vault = candor_vault_new (candor_vault_get_directory (vault));
  data->passphrase = candor_passphrase_dup (gtk_editable_get_text (entry));
  gtk_editable_set_text (entry, "");

  candor_vault_unlock_async (data->vault, data->passphrase, self->cancellable, verified_cb, data);
}

static void
remember_entry_changed_cb (GtkEditable      *entry,
                           AdwMessageDialog *dialog)
{
  adw_message_dialog_set_response_enabled (dialog, "remember",
                                           *gtk_editable_get_text (entry) != '\0');
}

static void
remember_entry_activated_cb (AdwEntryRow      *entry,
                             AdwMessageDialog *dialog)
{
  if (*gtk_editable_get_text (GTK_EDITABLE (entry)) != '\0')
    adw_message_dialog_response (dialog, "remember");
}

/* Remembering needs the passphrase, which Candor never keeps: ask for it once more. */
static void
ask_passphrase_to_remember (CandorPreferencesWindow *self)
{
  GtkWidget *dialog;
  GtkWidget *list;
  GtkWidget *entry;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Remember Passphrase"),
                                   _("Type your passphrase once more, and Candor will keep it "
                                     "in your keyring. Anyone who can use this computer while "
                                     "you are logged in can then open your journal."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    /* Translators: a button that stores the passphrase */
                                    "remember", _("_Remember"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remember",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "remember", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "remember");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  entry = adw_password_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), _("Passphrase"));
  gtk_list_box_append (GTK_LIST_BOX (list), entry);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  g_object_set_data (G_OBJECT (dialog), "entry", entry);

  g_signal_connect_object (entry, "changed", G_CALLBACK (remember_entry_changed_cb), dialog, 0);
  g_signal_connect_object (entry, "entry-activated", G_CALLBACK (remember_entry_activated_cb),
                           dialog, 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (remember_response_cb), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
remember_toggled_cb (CandorPreferencesWindow *self)
{
  const char *vault_id;

  if (self->syncing_remember || self->session == NULL)
    return;

  vault_id = get_vault_id (self);
  if (vault_id == NULL)
    return;

  if (gtk_switch_get_active (self->remember_switch))
    ask_passphrase_to_remember (self);
  else
    candor_keyring_clear_async (vault_id, self->cancellable, cleared_cb, self);
}

static void
change_passphrase_activated_cb (CandorPreferencesWindow *self)
{
  CandorChangePassphraseDialog *dialog;

  if (self->session == NULL)
    return;

  dialog = candor_change_passphrase_dialog_new (GTK_WINDOW (self), self->session,
                                                gtk_switch_get_active (self->remember_switch));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
candor_preferences_window_dispose (GObject *object)
{
  CandorPreferencesWindow *self = CANDOR_PREFERENCES_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  forget_streak_settings (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CANDOR_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (candor_preferences_window_parent_class)->dispose (object);
}

static void
candor_preferences_window_class_init (CandorPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = candor_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/candorapp/Candor/ui/candor-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CandorPreferencesWindow, idle_lock_row);
  gtk_widget_class_bind_template_child (widget_class, CandorPreferencesWindow,
                                        check_reminders_switch);
  gtk_widget_class_bind_template_child (widget_class, CandorPreferencesWindow, passphrase_group);
  gtk_widget_class_bind_template_child (widget_class, CandorPreferencesWindow,
                                        change_passphrase_row);
  gtk_widget_class_bind_template_child (widget_class, CandorPreferencesWindow, remember_row);
  gtk_widget_class_bind_template_child (widget_class, CandorPreferencesWindow, remember_switch);
  gtk_widget_class_bind_template_child (widget_class, CandorPreferencesWindow, progress_group);
  gtk_widget_class_bind_template_child (widget_class, CandorPreferencesWindow, streak_switch);
  gtk_widget_class_bind_template_child (widget_class, CandorPreferencesWindow, data_group);
  gtk_widget_class_bind_template_callback (widget_class, change_passphrase_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, remember_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, streak_toggled_cb);
}

static void
candor_preferences_window_init (CandorPreferencesWindow *self)
{
  self->cancellable = g_cancellable_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (BASE_ID);
  g_settings_bind_with_mapping (self->settings, "lock-after-idle-minutes",
                                self->idle_lock_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                idle_lock_get_mapping, idle_lock_set_mapping,
                                NULL, NULL);
  g_settings_bind (self->settings, "check-reminders",
                   self->check_reminders_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
}

/**
 * candor_preferences_window_new:
 * @parent: (nullable): the window it belongs to
 *
 * When @parent is a #CandorWindow, the preferences also offer what needs its open
 * journal: changing the passphrase and remembering it.
 */
CandorPreferencesWindow *
candor_preferences_window_new (GtkWindow *parent)
{
  CandorPreferencesWindow *self;

  self = g_object_new (CANDOR_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       NULL);

  if (CANDOR_IS_WINDOW (parent) && candor_window_get_session (CANDOR_WINDOW (parent)) != NULL)
    {
      const char *vault_id;

      self->session = g_object_ref (candor_window_get_session (CANDOR_WINDOW (parent)));
      g_signal_connect_object (self->session, "notify::state",
                               G_CALLBACK (update_passphrase_group), self, G_CONNECT_SWAPPED);
      update_passphrase_group (self);
      g_signal_connect_object (self->session, "notify::state",
                               G_CALLBACK (update_progress_group), self, G_CONNECT_SWAPPED);
      update_progress_group (self);
      candor_data_group_set_session (self->data_group, self->session);
      gtk_widget_set_visible (GTK_WIDGET (self->data_group), TRUE);

      vault_id = get_vault_id (self);
      if (vault_id != NULL)
        candor_keyring_lookup_async (vault_id, self->cancellable, looked_up_cb, self);
    }

  return self;
}
