/* candor-first-run-page.c — setting up a new journal: who it is for and its passphrase
 *
 * The page only creates the journal; the window notices the session becoming ready and
 * shows the journal.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "candor-first-run-page.h"
#include "candor-keyring.h"
#include "candor-passphrase.h"
#include "candor-person.h"
#include "candor-strength-meter.h"
#include "candor-ui.h"
#include "candor-toast.h"

/* Names are short in practice; this matches what the journal accepts. */
#define MAX_NAME_CHARS 200

/* Colours of the two people, from the GNOME palette (blue 3, purple 2). */
#define MY_COLOR    "#3584e4"
#define THEIR_COLOR "#c061cb"

/* No journal has this id: looking it up only asks whether a keyring answers. */
#define PROBE_VAULT_ID "00000000-0000-0000-0000-000000000000"

struct _CandorFirstRunPage
{
  GtkWidget            parent_instance;

  CandorSession       *session;
  GCancellable        *cancellable;
  gboolean             busy;

  /* Template widgets */
  GtkWidget           *form;
  GtkCheckButton      *partner_check;
  GtkCheckButton      *friend_check;
  AdwEntryRow         *my_name_row;
  AdwEntryRow         *their_name_row;
  AdwPasswordEntryRow *passphrase_row;
  AdwPasswordEntryRow *confirm_row;
  CandorStrengthMeter *strength_meter;
  GtkLabel            *mismatch_label;
  AdwActionRow        *remember_row;
  GtkSwitch           *remember_switch;
  GtkLabel            *error_label;
  GtkButton           *create_button;
  GtkStack            *create_stack;
  GtkSpinner          *create_spinner;
};

G_DEFINE_FINAL_TYPE (CandorFirstRunPage, candor_first_run_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
dup_name (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static gboolean
name_is_valid (const char *name)
{
  glong length = g_utf8_strlen (name, -1);

  return length > 0 && length <= MAX_NAME_CHARS;
}

static CandorRelationship
get_relationship (CandorFirstRunPage *self)
{
  return gtk_check_button_get_active (self->friend_check) ? CANDOR_RELATIONSHIP_FRIEND
                                                          : CANDOR_RELATIONSHIP_PARTNER;
}

/* Whether the confirmation is wrong, as opposed to not finished yet. */
static gboolean
confirmation_mismatches (const char *passphrase,
                         const char *confirm)
{
  if (*confirm == '\0' || g_str_equal (passphrase, confirm))
    return FALSE;

  return !g_str_has_prefix (passphrase, confirm) || strlen (confirm) >= strlen (passphrase);
}

static gboolean
form_is_valid (CandorFirstRunPage *self)
{
  g_autofree char *my_name = dup_name (self->my_name_row);
  g_autofree char *their_name = dup_name (self->their_name_row);
  const char *passphrase = gtk_editable_get_text (GTK_EDITABLE (self->passphrase_row));
  const char *confirm = gtk_editable_get_text (GTK_EDITABLE (self->confirm_row));

  return self->session != NULL &&
         name_is_valid (my_name) &&
         name_is_valid (their_name) &&
         candor_passphrase_is_acceptable (candor_passphrase_rate (passphrase)) &&
         g_str_equal (passphrase, confirm);
}

static void
update_form (CandorFirstRunPage *self)
{
  const char *passphrase = gtk_editable_get_text (GTK_EDITABLE (self->passphrase_row));
  const char *confirm = gtk_editable_get_text (GTK_EDITABLE (self->confirm_row));

  candor_strength_meter_update (self->strength_meter, passphrase);
  gtk_widget_set_visible (GTK_WIDGET (self->mismatch_label),
                          confirmation_mismatches (passphrase, confirm));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "first-run.create",
                                 !self->busy && form_is_valid (self));
}

static void
set_busy (CandorFirstRunPage *self,
          gboolean            busy)
{
  if (self->busy == busy)
    return;

  self->busy = busy;
  if (busy)
    candor_ui_release_focus (self->form);
  gtk_stack_set_visible_child_name (self->create_stack, busy ? "spinner" : "label");
  gtk_spinner_set_spinning (self->create_spinner, busy);
  /* Everything but the button, which shows the spinner. */
  for (GtkWidget *child = gtk_widget_get_first_child (self->form);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_is_ancestor (GTK_WIDGET (self->create_button), child))
        gtk_widget_set_sensitive (child, !busy);
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->error_label), TRUE);

  update_form (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
show_error (CandorFirstRunPage *self,
            const char         *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
add_toast (CandorFirstRunPage *self,
           const char         *title)
{
  candor_toast_add_near (GTK_WIDGET (self), title);
}

static void
clear_passphrases (CandorFirstRunPage *self)
{
  /* The entries' buffers can't be wiped, but they can be emptied. */
  gtk_editable_set_text (GTK_EDITABLE (self->passphrase_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->confirm_row), "");
}

static void
keyring_probed_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(CandorFirstRunPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(CandorKeyringPassphrase) passphrase = candor_keyring_lookup_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (g_error_matches (error, CANDOR_KEYRING_ERROR, CANDOR_KEYRING_ERROR_UNAVAILABLE))
    {
      gtk_switch_set_active (self->remember_switch, FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->remember_row), FALSE);
      adw_action_row_set_subtitle (self->remember_row,
                                   _("No keyring is available on this computer, so you will "
                                     "type the passphrase each time."));
    }
}

static void
keyring_stored_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(CandorFirstRunPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!candor_keyring_store_finish (result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      /* Translators: %s says what went wrong with the keyring. */
      g_autofree char *message = g_strdup_printf (_("Could not remember the passphrase: %s"),
                                                  error->message);

      add_toast (self, message);
    }
}

typedef struct {
  CandorFirstRunPage *self;
  char               *passphrase; /* guarded copy, for the keyring */
  gboolean            remember;
} CreateData;

static void
create_data_free (CreateData *data)
{
  g_clear_object (&data->self);
  g_clear_pointer (&data->passphrase, candor_passphrase_free);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CreateData, create_data_free)

static void
created_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  CandorSession *session = CANDOR_SESSION (object);
  g_autoptr(CreateData) data = user_data;
  CandorFirstRunPage *self = data->self;
  g_autoptr(GError) error = NULL;
  const char *vault_id;

  if (!candor_session_create_finish (session, result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      /* The journal may exist and be open although its first save failed: the window
       * then shows it, with the save error and a Retry button. */
      if (candor_session_get_state (session) != CANDOR_SESSION_STATE_READY)
        {
          set_busy (self, FALSE);
          show_error (self, error->message);
          gtk_widget_grab_focus (GTK_WIDGET (self->create_button));
          return;
        }
    }

  set_busy (self, FALSE);
  clear_passphrases (self);

  vault_id = candor_vault_get_id (candor_session_get_vault (session));
  if (data->remember && vault_id != NULL)
    candor_keyring_store_async (vault_id, data->passphrase, self->cancellable,
                                keyring_stored_cb, g_object_ref (self));
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CandorFirstRunPage *self = CANDOR_FIRST_RUN_PAGE (widget);
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *my_name = NULL;
  g_autofree char *their_name = NULL;
  CandorRelationship relationship = get_relationship (self);
  CandorPerson *me;
  CandorPerson *them;
  CreateData *data;

  if (self->busy || !form_is_valid (self))
    return;

  my_name = dup_name (self->my_name_row);
  their_name = dup_name (self->their_name_row);

  me = candor_person_new (my_name, relationship);
  candor_person_set_is_me (me, TRUE);
  candor_person_set_color (me, MY_COLOR);
  g_ptr_array_add (people, me);

  them = candor_person_new (their_name, relationship);
  candor_person_set_color (them, THEIR_COLOR);
  g_ptr_array_add (people, them);

  data = g_new0 (CreateData, 1);
  data->self = g_object_ref (self);
  data->remember = gtk_switch_get_active (self->remember_switch) &&
                   gtk_widget_get_sensitive (GTK_WIDGET (self->remember_row));
  data->passphrase =
    candor_passphrase_dup (gtk_editable_get_text (GTK_EDITABLE (self->passphrase_row)));

  show_error (self, NULL);
  set_busy (self, TRUE);
  candor_session_create_async (self->session, data->passphrase, people, self->cancellable,
                               created_cb, data);
}

static void
form_changed_cb (CandorFirstRunPage *self)
{
  update_form (self);
}

static void
relationship_toggled_cb (CandorFirstRunPage *self)
{
  if (get_relationship (self) == CANDOR_RELATIONSHIP_FRIEND)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->their_name_row),
                                   _("Your friend’s name"));
  else
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->their_name_row),
                                   _("Your partner’s name"));
}

static void
my_name_activated_cb (CandorFirstRunPage *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->their_name_row));
}

static void
their_name_activated_cb (CandorFirstRunPage *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->passphrase_row));
}

static void
passphrase_activated_cb (CandorFirstRunPage *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->confirm_row));
}

static void
confirm_activated_cb (CandorFirstRunPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "first-run.create", NULL);
}

static void
candor_first_run_page_dispose (GObject *object)
{
  CandorFirstRunPage *self = CANDOR_FIRST_RUN_PAGE (object);
  GtkWidget *child;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->session);

  gtk_widget_dispose_template (GTK_WIDGET (self), CANDOR_TYPE_FIRST_RUN_PAGE);
  /* The template's root has no id, so it is not among the children cleared above. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (candor_first_run_page_parent_class)->dispose (object);
}

static void
candor_first_run_page_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  CandorFirstRunPage *self = CANDOR_FIRST_RUN_PAGE (object);

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
candor_first_run_page_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  CandorFirstRunPage *self = CANDOR_FIRST_RUN_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      candor_first_run_page_set_session (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_first_run_page_class_init (CandorFirstRunPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = candor_first_run_page_dispose;
  object_class->get_property = candor_first_run_page_get_property;
  object_class->set_property = candor_first_run_page_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, CANDOR_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CANDOR_TYPE_STRENGTH_METER);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/candor-first-run-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CandorFirstRunPage, form);
  gtk_widget_class_bind_template_child (widget_class, CandorFirstRunPage, partner_check);
  gtk_widget_class_bind_template_child (widget_class, CandorFirstRunPage, friend_check);
  gtk_widget_class_bind_template_child (widget_class, CandorFirstRunPage, my_name_row);
  gtk_widget_class_bind_template_child (widget_class, CandorFirstRunPage, their_name_row);
  gtk_widget_class_bind_template_child (widget_class, CandorFirstRunPage, passphrase_row);
  gtk_widget_class_bind_template_child (widget_class, CandorFirstRunPage, confirm_row);
  gtk_widget_class_bind_template_child (widget_class, CandorFirstRunPage, strength_meter);
  gtk_widget_class_bind_template_child (widget_class, CandorFirstRunPage, mismatch_label);
  gtk_widget_class_bind_template_child (widget_class, CandorFirstRunPage, remember_row);
  gtk_widget_class_bind_template_child (widget_class, CandorFirstRunPage, remember_switch);
  gtk_widget_class_bind_template_child (widget_class, CandorFirstRunPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, CandorFirstRunPage, create_button);
  gtk_widget_class_bind_template_child (widget_class, CandorFirstRunPage, create_stack);
  gtk_widget_class_bind_template_child (widget_class, CandorFirstRunPage, create_spinner);
  gtk_widget_class_bind_template_callback (widget_class, form_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, relationship_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, my_name_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, their_name_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, passphrase_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, confirm_activated_cb);

  gtk_widget_class_install_action (widget_class, "first-run.create", NULL, create_action);
}

static void
candor_first_run_page_init (CandorFirstRunPage *self)
{
  self->cancellable = g_cancellable_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  update_form (self);
}

/**
 * candor_first_run_page_get_session:
 *
 * Returns: (transfer none) (nullable): the session the journal is created in
 */
CandorSession *
candor_first_run_page_get_session (CandorFirstRunPage *self)
{
  g_return_val_if_fail (CANDOR_IS_FIRST_RUN_PAGE (self), NULL);

  return self->session;
}

void
candor_first_run_page_set_session (CandorFirstRunPage *self,
                                   CandorSession      *session)
{
  g_return_if_fail (CANDOR_IS_FIRST_RUN_PAGE (self));
  g_return_if_fail (session == NULL || CANDOR_IS_SESSION (session));

  if (g_set_object (&self->session, session))
    {
      update_form (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
    }
}

void
candor_first_run_page_reset (CandorFirstRunPage *self)
{
  g_return_if_fail (CANDOR_IS_FIRST_RUN_PAGE (self));

  if (self->busy)
    return;

  clear_passphrases (self);
  gtk_editable_set_text (GTK_EDITABLE (self->my_name_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->their_name_row), "");
  gtk_check_button_set_active (self->partner_check, TRUE);
  show_error (self, NULL);

  gtk_widget_set_sensitive (GTK_WIDGET (self->remember_row), TRUE);
  gtk_switch_set_active (self->remember_switch, TRUE);
  adw_action_row_set_subtitle (self->remember_row,
                               _("Open your journal on this computer without typing it"));
  candor_keyring_lookup_async (PROBE_VAULT_ID, self->cancellable, keyring_probed_cb,
                               g_object_ref (self));
  update_form (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->my_name_row));
}

gboolean
candor_first_run_page_get_busy (CandorFirstRunPage *self)
{
  g_return_val_if_fail (CANDOR_IS_FIRST_RUN_PAGE (self), FALSE);

  return self->busy;
}
