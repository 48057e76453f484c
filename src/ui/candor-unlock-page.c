/* candor-unlock-page.c — asking for the passphrase of an existing journal
 *
 * The key file is checked before anything is asked, so a damaged, foreign or newer
 * journal is reported at once. A passphrase remembered in the keyring opens the journal
 * without typing, except after Lock. The page only unlocks the session; the window
 * notices it becoming ready and shows the journal.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>

#include "candor-keyring.h"
#include "candor-passphrase.h"
#include "candor-ui.h"
#include "candor-unlock-page.h"
#include "candor-toast.h"

/* As long as the shake animation in style.css. */
#define SHAKE_MS 450

struct _CandorUnlockPage
{
  GtkWidget            parent_instance;

  CandorSession       *session;
  GCancellable        *cancellable;
  gboolean             busy;
  /* Whether the keyring holds a passphrase for this journal. */
  gboolean             remembered;
  gboolean             keyring_available;
  /* Whether a remembered passphrase should open the journal right away. */
  gboolean             auto_unlock;
  guint                shake_source;
  /* A passphrase given on the command line (candor --passphrase-file), used once the
   * next frame is painted so the window shows before the key derivation starts. */
  char                *given_passphrase;
  GdkFrameClock       *given_clock;
  gulong               given_paint_handler;
  gulong               given_realize_handler;

  /* Template widgets */
  GtkStack            *state_stack;
  GtkLabel            *note_label;
  GtkListBox          *passphrase_list;
  AdwPasswordEntryRow *passphrase_row;
  AdwActionRow        *remember_row;
  GtkSwitch           *remember_switch;
  GtkWidget           *error_box;
  GtkLabel            *error_title;
  GtkLabel            *error_body;
  GtkButton           *unlock_button;
  GtkStack            *unlock_stack;
  GtkSpinner          *unlock_spinner;
  GtkSpinner          *opening_spinner;
};

G_DEFINE_FINAL_TYPE (CandorUnlockPage, candor_unlock_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_actions (CandorUnlockPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->passphrase_row));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "unlock.unlock",
                                 self->session != NULL && !self->busy && *text != '\0');
}

static void
set_busy (CandorUnlockPage *self,
          gboolean          busy)
{
  if (self->busy == busy)
    return;

  self->busy = busy;
  if (busy)
    candor_ui_release_focus (GTK_WIDGET (self->passphrase_row));
  gtk_stack_set_visible_child_name (self->unlock_stack, busy ? "spinner" : "label");
  gtk_spinner_set_spinning (self->unlock_spinner, busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->passphrase_row), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->remember_switch), !busy);

  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
show_form (CandorUnlockPage *self)
{
  gtk_spinner_set_spinning (self->opening_spinner, FALSE);
  gtk_stack_set_visible_child_name (self->state_stack, "form");
  gtk_widget_grab_focus (GTK_WIDGET (self->passphrase_row));
}

static void
show_opening (CandorUnlockPage *self)
{
  gtk_spinner_set_spinning (self->opening_spinner, TRUE);
  gtk_stack_set_visible_child_name (self->state_stack, "opening");
}

static void
show_note (CandorUnlockPage *self,
           const char       *note)
{
  gtk_label_set_label (self->note_label, note);
  gtk_widget_set_visible (GTK_WIDGET (self->note_label), note != NULL);
}

static void
show_message (CandorUnlockPage *self,
              const char       *title,
              const char       *body)
{
  gtk_label_set_label (self->error_title, title);
  gtk_label_set_label (self->error_body, body);
  gtk_widget_set_visible (GTK_WIDGET (self->error_body), body != NULL);
  gtk_widget_set_visible (self->error_box, title != NULL);
}

/* Each problem a person can meet gets its own words; the vault's message says what
 * happened, in detail, and the title says what it means. */
static void
show_error (CandorUnlockPage *self,
            const GError     *error)
{
  CandorVault *vault = candor_session_get_vault (self->session);
  g_autofree char *body = NULL;
  const char *title;

  if (error->domain != CANDOR_VAULT_ERROR)
    {
      show_message (self, _("Candor could not open your journal"), error->message);
      return;
    }

  switch ((CandorVaultError) error->code)
    {
    case CANDOR_VAULT_ERROR_WRONG_PASSPHRASE:
      show_message (self,
                    _("That passphrase didn’t open this journal. Check Caps Lock and try again."),
                    NULL);
      return;

    case CANDOR_VAULT_ERROR_DAMAGED:
      {
        g_autofree char *folder = g_filename_display_name (candor_vault_get_directory (vault));

        title = _("Part of your journal is damaged");
        /* Translators: the first %s explains which file is damaged, the second is a
         * folder. Keep “candor --verify” and “backups” as they are. */
        body = g_strdup_printf (_("%s\n\nYour journal is in “%s”; older copies of each file "
                                  "are in its “backups” folder. To check every file, run "
                                  "“candor --verify” in a terminal."),
                                error->message, folder);
      }
      break;

    case CANDOR_VAULT_ERROR_NEWER_VERSION:
      title = _("Made by a newer version of Candor");
      break;

    case CANDOR_VAULT_ERROR_FOREIGN:
      title = _("This is not a Candor journal");
      break;

    case CANDOR_VAULT_ERROR_BUSY:
      title = _("The journal is busy");
      break;

    case CANDOR_VAULT_ERROR_NOT_FOUND:
      title = _("The journal is missing");
      break;

    case CANDOR_VAULT_ERROR_CHANGED_ON_DISK:
    case CANDOR_VAULT_ERROR_NO_SPACE:
    case CANDOR_VAULT_ERROR_IO:
    case CANDOR_VAULT_ERROR_LOCKED:
    case CANDOR_VAULT_ERROR_EXISTS:
    default:
      title = _("Candor could not open your journal");
      break;
    }

  show_message (self, title, body != NULL ? body : error->message);
}

static gboolean
shake_done_cb (gpointer user_data)
{
  CandorUnlockPage *self = user_data;

  self->shake_source = 0;
  gtk_widget_remove_css_class (GTK_WIDGET (self->passphrase_list), "shake");
  return G_SOURCE_REMOVE;
}

static void
shake (CandorUnlockPage *self)
{
  g_clear_handle_id (&self->shake_source, g_source_remove);
  gtk_widget_add_css_class (GTK_WIDGET (self->passphrase_list), "shake");
  self->shake_source = g_timeout_add (SHAKE_MS, shake_done_cb, self);
}

static void
set_remember_available (CandorUnlockPage *self,
                        gboolean          available,
                        const char       *why)
{
  self->keyring_available = available;
  gtk_widget_set_sensitive (GTK_WIDGET (self->remember_row), available);
  if (!available)
    gtk_switch_set_active (self->remember_switch, FALSE);
  if (why == NULL)
    why = _("Open your journal on this computer without typing it");
  adw_action_row_set_subtitle (self->remember_row, why);
}

static void
add_toast (CandorUnlockPage *self,
           const char       *title)
{
  candor_toast_add_near (GTK_WIDGET (self), title);
}

static void
keyring_stored_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(CandorUnlockPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (candor_keyring_store_finish (result, &error))
    self->remembered = TRUE;
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      /* Translators: %s says what went wrong with the keyring. */
      g_autofree char *message = g_strdup_printf (_("Could not remember the passphrase: %s"),
                                                  error->message);

      add_toast (self, message);
    }
}

static void
keyring_cleared_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(CandorUnlockPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (candor_keyring_clear_finish (result, &error))
    self->remembered = FALSE;
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      /* Translators: %s says what went wrong with the keyring. */
      g_autofree char *message = g_strdup_printf (_("Could not forget the passphrase: %s"),
                                                  error->message);

      add_toast (self, message);
    }
}

typedef struct {
  CandorUnlockPage *self;
  char             *passphrase; /* guarded copy, for the keyring */
  gboolean          remember;
} UnlockData;

static void
unlock_data_free (UnlockData *data)
{
  g_clear_object (&data->self);
  g_clear_pointer (&data->passphrase, candor_passphrase_free);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (UnlockData, unlock_data_free)

static void
typed_unlocked_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  CandorSession *session = CANDOR_SESSION (object);
  g_autoptr(UnlockData) data = user_data;
  CandorUnlockPage *self = data->self;
  g_autoptr(GError) error = NULL;
  const char *vault_id;

  if (!candor_session_unlock_finish (session, result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      set_busy (self, FALSE);
      show_error (self, error);
      gtk_widget_grab_focus (GTK_WIDGET (self->passphrase_row));
      if (g_error_matches (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_WRONG_PASSPHRASE))
        {
          gtk_editable_select_region (GTK_EDITABLE (self->passphrase_row), 0, -1);
          shake (self);
        }
      return;
    }

  set_busy (self, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (self->passphrase_row), "");
  show_message (self, NULL, NULL);
  show_note (self, NULL);

  vault_id = candor_vault_get_id (candor_session_get_vault (session));
  if (vault_id == NULL || !self->keyring_available)
    return;

  if (data->remember)
    candor_keyring_store_async (vault_id, data->passphrase, self->cancellable,
                                keyring_stored_cb, g_object_ref (self));
  else if (self->remembered)
    candor_keyring_clear_async (vault_id, self->cancellable, keyring_cleared_cb,
                                g_object_ref (self));
}

static void
unlock_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CandorUnlockPage *self = CANDOR_UNLOCK_PAGE (widget);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->passphrase_row));
  UnlockData *data;

  if (self->busy || self->session == NULL || *text == '\0' ||
      candor_session_get_state (self->session) != CANDOR_SESSION_STATE_LOCKED)
    return;

  data = g_new0 (UnlockData, 1);
  data->self = g_object_ref (self);
  data->remember = gtk_switch_get_active (self->remember_switch);
  if (data->remember)
    data->passphrase = candor_passphrase_dup (text);

  show_message (self, NULL, NULL);
  set_busy (self, TRUE);
  candor_session_unlock_async (self->session, text, self->cancellable, typed_unlocked_cb, data);
}

static void
keyring_unlocked_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  CandorSession *session = CANDOR_SESSION (object);
  g_autoptr(CandorUnlockPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (candor_session_unlock_finish (session, result, &error))
    {
      set_busy (self, FALSE);
      return;
    }

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_busy (self, FALSE);

  if (g_error_matches (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_WRONG_PASSPHRASE))
    {
      const char *vault_id = candor_vault_get_id (candor_session_get_vault (session));

      /* Changed on another computer, or by hand: the remembered one is useless now. */
      candor_keyring_clear_async (vault_id, self->cancellable, keyring_cleared_cb,
                                  g_object_ref (self));
      gtk_switch_set_active (self->remember_switch, TRUE);
      show_note (self, _("The passphrase remembered in your keyring no longer opens this "
                         "journal — perhaps it was changed. Candor has forgotten it; type "
                         "the current one."));
    }
  else
    show_error (self, error);

  show_form (self);
}

static void
keyring_looked_up_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(CandorUnlockPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(CandorKeyringPassphrase) passphrase = candor_keyring_lookup_finish (result, &error);
  gboolean use_keyring = self->auto_unlock;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->auto_unlock = FALSE;

  if (error != NULL)
    {
      g_debug ("Keyring lookup failed: %s", error->message);
      if (g_error_matches (error, CANDOR_KEYRING_ERROR, CANDOR_KEYRING_ERROR_UNAVAILABLE))
        set_remember_available (self, FALSE,
                                _("No keyring is available on this computer"));
      set_busy (self, FALSE);
      show_form (self);
      return;
    }

  self->remembered = passphrase != NULL;
  gtk_switch_set_active (self->remember_switch, self->remembered);

  if (passphrase == NULL || !use_keyring ||
      candor_session_get_state (self->session) != CANDOR_SESSION_STATE_LOCKED)
    {
      set_busy (self, FALSE);
      show_form (self);
      return;
    }

  /* The session copies the passphrase into guarded memory at once. */
  candor_session_unlock_async (self->session, passphrase, self->cancellable,
                               keyring_unlocked_cb, g_object_ref (self));
}

/* A passphrase given on the command line */

static void
forget_given_passphrase (CandorUnlockPage *self)
{
  if (self->given_clock != NULL)
    g_clear_signal_handler (&self->given_paint_handler, self->given_clock);
  g_clear_object (&self->given_clock);
  g_clear_signal_handler (&self->given_realize_handler, self);
  g_clear_pointer (&self->given_passphrase, candor_passphrase_free);
}

static void
given_unlocked_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  CandorSession *session = CANDOR_SESSION (object);
  g_autoptr(CandorUnlockPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (candor_session_unlock_finish (session, result, &error))
    {
      set_busy (self, FALSE);
      return;
    }

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  /* As if it had been typed: the message says why, and the form lets the user type. */
  set_busy (self, FALSE);
  show_error (self, error);
  show_form (self);
}

static void
given_frame_painted_cb (CandorUnlockPage *self)
{
  g_autoptr(CandorPassphrase) passphrase = g_steal_pointer (&self->given_passphrase);

  forget_given_passphrase (self);

  if (self->session == NULL ||
      candor_session_get_state (self->session) != CANDOR_SESSION_STATE_LOCKED)
    {
      set_busy (self, FALSE);
      show_form (self);
      return;
    }

  /* The session copies the passphrase into guarded memory at once. */
  candor_session_unlock_async (self->session, passphrase, self->cancellable,
                               given_unlocked_cb, g_object_ref (self));
}

static void
wait_for_next_frame (CandorUnlockPage *self)
{
  self->given_clock = g_object_ref (gtk_widget_get_frame_clock (GTK_WIDGET (self)));
  self->given_paint_handler = g_signal_connect_object (self->given_clock, "after-paint",
                                                       G_CALLBACK (given_frame_painted_cb),
                                                       self, G_CONNECT_SWAPPED);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
given_page_realized_cb (CandorUnlockPage *self)
{
  g_clear_signal_handler (&self->given_realize_handler, self);
  wait_for_next_frame (self);
}

static void
passphrase_changed_cb (CandorUnlockPage *self)
{
  update_actions (self);
}

static void
passphrase_activated_cb (CandorUnlockPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "unlock.unlock", NULL);
}

static void
candor_unlock_page_dispose (GObject *object)
{
  CandorUnlockPage *self = CANDOR_UNLOCK_PAGE (object);
  GtkWidget *child;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->shake_source, g_source_remove);
  forget_given_passphrase (self);
  g_clear_object (&self->session);

  gtk_widget_dispose_template (GTK_WIDGET (self), CANDOR_TYPE_UNLOCK_PAGE);
  /* The template's root has no id, so it is not among the children cleared above. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (candor_unlock_page_parent_class)->dispose (object);
}

static void
candor_unlock_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CandorUnlockPage *self = CANDOR_UNLOCK_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_unlock_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  CandorUnlockPage *self = CANDOR_UNLOCK_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      candor_unlock_page_set_session (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_unlock_page_class_init (CandorUnlockPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = candor_unlock_page_dispose;
  object_class->get_property = candor_unlock_page_get_property;
  object_class->set_property = candor_unlock_page_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, CANDOR_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/candor-unlock-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CandorUnlockPage, state_stack);
  gtk_widget_class_bind_template_child (widget_class, CandorUnlockPage, note_label);
  gtk_widget_class_bind_template_child (widget_class, CandorUnlockPage, passphrase_list);
  gtk_widget_class_bind_template_child (widget_class, CandorUnlockPage, passphrase_row);
  gtk_widget_class_bind_template_child (widget_class, CandorUnlockPage, remember_row);
  gtk_widget_class_bind_template_child (widget_class, CandorUnlockPage, remember_switch);
  gtk_widget_class_bind_template_child (widget_class, CandorUnlockPage, error_box);
  gtk_widget_class_bind_template_child (widget_class, CandorUnlockPage, error_title);
  gtk_widget_class_bind_template_child (widget_class, CandorUnlockPage, error_body);
  gtk_widget_class_bind_template_child (widget_class, CandorUnlockPage, unlock_button);
  gtk_widget_class_bind_template_child (widget_class, CandorUnlockPage, unlock_stack);
  gtk_widget_class_bind_template_child (widget_class, CandorUnlockPage, unlock_spinner);
  gtk_widget_class_bind_template_child (widget_class, CandorUnlockPage, opening_spinner);
  gtk_widget_class_bind_template_callback (widget_class, passphrase_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, passphrase_activated_cb);

  gtk_widget_class_install_action (widget_class, "unlock.unlock", NULL, unlock_action);
}

static void
candor_unlock_page_init (CandorUnlockPage *self)
{
  self->cancellable = g_cancellable_new ();
  self->keyring_available = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));
  update_actions (self);
}

/**
 * candor_unlock_page_get_session:
 *
 * Returns: (transfer none) (nullable): the session this page unlocks
 */
CandorSession *
candor_unlock_page_get_session (CandorUnlockPage *self)
{
  g_return_val_if_fail (CANDOR_IS_UNLOCK_PAGE (self), NULL);

  return self->session;
}

void
candor_unlock_page_set_session (CandorUnlockPage *self,
                                CandorSession    *session)
{
  g_return_if_fail (CANDOR_IS_UNLOCK_PAGE (self));
  g_return_if_fail (session == NULL || CANDOR_IS_SESSION (session));

  if (g_set_object (&self->session, session))
    {
      update_actions (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
    }
}

void
candor_unlock_page_start (CandorUnlockPage *self,
                          gboolean          use_keyring)
{
  CandorVault *vault;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (CANDOR_IS_UNLOCK_PAGE (self));
  g_return_if_fail (self->session != NULL);

  /* Whatever the last start was waiting for no longer matters. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->auto_unlock = use_keyring;
  forget_given_passphrase (self);
  set_busy (self, FALSE);

  gtk_editable_set_text (GTK_EDITABLE (self->passphrase_row), "");
  show_message (self, NULL, NULL);
  show_note (self, NULL);
  set_remember_available (self, TRUE, NULL);
  gtk_switch_set_active (self->remember_switch, FALSE);
  self->remembered = FALSE;

  /* A damaged, foreign or newer key file is reported before anything is typed. */
  vault = candor_session_get_vault (self->session);
  if (!candor_vault_load (vault, &error))
    {
      show_error (self, error);
      show_form (self);
      return;
    }

  if (use_keyring)
    {
      set_busy (self, TRUE);
      show_opening (self);
    }
  else
    show_form (self);

  candor_keyring_lookup_async (candor_vault_get_id (vault), self->cancellable,
                               keyring_looked_up_cb, g_object_ref (self));
}

gboolean
candor_unlock_page_get_busy (CandorUnlockPage *self)
{
  g_return_val_if_fail (CANDOR_IS_UNLOCK_PAGE (self), FALSE);

  return self->busy;
}

/**
 * candor_unlock_page_unlock_with:
 * @passphrase: the passphrase, e.g. read from `candor --passphrase-file`
 *
 * Opens the journal with @passphrase instead of the keyring or typing. The page shows
 * that it is opening at once; the key derivation starts once the next frame is painted,
 * so the window appears without waiting for it. A passphrase that does not open the
 * journal is reported as a typed one would be, and the form is shown.
 */
void
candor_unlock_page_unlock_with (CandorUnlockPage *self,
                                const char       *passphrase)
{
  g_return_if_fail (CANDOR_IS_UNLOCK_PAGE (self));
  g_return_if_fail (passphrase != NULL);
  g_return_if_fail (self->session != NULL);

  /* The keyring is not asked: this is the passphrase to use. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->auto_unlock = FALSE;
  forget_given_passphrase (self);

  self->given_passphrase = candor_passphrase_dup (passphrase);
  show_message (self, NULL, NULL);
  set_busy (self, TRUE);
  show_opening (self);

  if (gtk_widget_get_realized (GTK_WIDGET (self)))
    wait_for_next_frame (self);
  else
    self->given_realize_handler = g_signal_connect (self, "realize",
                                                    G_CALLBACK (given_page_realized_cb), NULL);
}
