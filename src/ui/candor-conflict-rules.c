/* candor-conflict-rules.c — the rules a couple agrees on for fighting fair
 *
 * The list lives in CandorSettings ("conflict-rules", with the day both agreed). Until
 * the couple saves a list of their own, the brief's suggestions are shown; the first
 * edit stores the whole list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>

#include "candor-conflict-rules.h"
#include "candor-practice-cue.h"
#include "candor-toast.h"

struct _CandorConflictRules
{
  AdwPreferencesGroup  parent_instance;

  GtkListBox          *rules_list;
  AdwEntryRow         *add_row;
  AdwActionRow        *agreed_row;

  CandorJournal       *journal;
  CandorSettings      *settings;
  GtkStringList       *rules;
  gboolean             storing;

  char                *removed_text;
  guint                removed_index;
};

G_DEFINE_FINAL_TYPE (CandorConflictRules, candor_conflict_rules, ADW_TYPE_PREFERENCES_GROUP)

/* Statics */

static char **
rules_strv (CandorConflictRules *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->rules));
  char **strv = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    strv[i] = g_strdup (gtk_string_list_get_string (self->rules, i));

  return strv;
}

static void
store (CandorConflictRules *self)
{
  g_auto(GStrv) strv = NULL;

  if (self->settings == NULL)
    return;

  strv = rules_strv (self);
  self->storing = TRUE;
  candor_settings_set_conflict_rules (self->settings, (const char * const *) strv);
  self->storing = FALSE;
}

static void
load (CandorConflictRules *self)
{
  const char * const *saved = NULL;
  g_auto(GStrv) defaults = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->rules));

  if (self->settings != NULL)
    saved = candor_settings_get_conflict_rules (self->settings);
  if (saved == NULL)
    saved = (const char * const *) (defaults = candor_conflict_rules_dup_defaults ());

  gtk_string_list_splice (self->rules, 0, n, saved);
}

static void
update_agreed (CandorConflictRules *self)
{
  GDateTime *agreed = self->settings != NULL
                      ? candor_settings_get_conflict_rules_agreed (self->settings) : NULL;

  if (agreed != NULL)
    {
      /* A day at 00:00 UTC: formatted as it is, it names that day everywhere. */
      g_autofree char *day = g_date_time_format (agreed, "%x");
      /* Translators: %s is a date in the locale's format. */
      g_autofree char *text = g_strdup_printf (_("Since %s"), day);

      adw_action_row_set_subtitle (self->agreed_row, text);
    }
  else
    {
      adw_action_row_set_subtitle (self->agreed_row,
                                   _("Read them together; when you both agree, note the day"));
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "rules.agree", self->settings != NULL);
}

/* Callbacks */

static void
settings_rules_changed_cb (CandorConflictRules *self)
{
  if (!self->storing)
    load (self);
}

static void
edit_response_cb (AdwMessageDialog    *dialog,
                  const char          *response,
                  CandorConflictRules *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "candor-rule-index"));
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  if (!g_str_equal (response, "save") ||
      index >= g_list_model_get_n_items (G_LIST_MODEL (self->rules)))
    return;

  if (text[0] == '\0')
    {
      candor_toast_add_toast_near (GTK_WIDGET (self),
                             adw_toast_new (_("A rule needs some words, so it stays as it "
                                              "was. To drop it, use its remove button.")));
      return;
    }

  gtk_string_list_splice (self->rules, index, 1, (const char * const[]) { text, NULL });
  store (self);
}

static void
edit_entry_activated_cb (GtkEntry         *entry,
                         AdwMessageDialog *dialog)
{
  adw_message_dialog_response (dialog, "save");
  gtk_window_close (GTK_WINDOW (dialog));
}

static void
row_button_clicked_cb (GtkButton           *button,
                       CandorConflictRules *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);
  int index = row != NULL ? gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) : -1;

  if (index >= 0)
    gtk_widget_activate_action (GTK_WIDGET (self),
                                g_object_get_data (G_OBJECT (button), "candor-action"),
                                "u", (guint32) index);
}

static GtkWidget *
row_button (CandorConflictRules *self,
            const char          *icon_name,
            const char          *label,
            const char          *action)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  g_object_set_data (G_OBJECT (button), "candor-action", (gpointer) action);
  g_signal_connect_object (button, "clicked", G_CALLBACK (row_button_clicked_cb), self, 0);

  return button;
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  CandorConflictRules *self = user_data;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *edit = row_button (self, "document-edit-symbolic", _("Edit Rule"), "rules.edit");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), gtk_string_object_get_string (item));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), edit);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             row_button (self, "user-trash-symbolic", _("Remove Rule"),
                                         "rules.remove"));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), edit);

  return row;
}

static void
add_row_apply_cb (CandorConflictRules *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->add_row))));

  if (text[0] == '\0')
    return;

  gtk_string_list_append (self->rules, text);
  store (self);
  gtk_editable_set_text (GTK_EDITABLE (self->add_row), "");
}

static void
undo_clicked_cb (AdwToast            *toast,
                 CandorConflictRules *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "rules.undo", NULL);
}

/* Actions */

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CandorConflictRules *self = CANDOR_CONFLICT_RULES (widget);
  guint index = g_variant_get_uint32 (parameter);
  AdwToast *toast;

  if (index >= g_list_model_get_n_items (G_LIST_MODEL (self->rules)))
    return;

  g_free (self->removed_text);
  self->removed_text = g_strdup (gtk_string_list_get_string (self->rules, index));
  self->removed_index = index;
  gtk_string_list_remove (self->rules, index);
  store (self);
  gtk_widget_action_set_enabled (widget, "rules.undo", TRUE);

  toast = adw_toast_new (_("Rule removed"));
  adw_toast_set_button_label (toast, _("_Undo"));
  /* Normal priority: on libadwaita 1.2 a high-priority toast that replaces a shown one
   * can trip an assertion in the overlay when toasts come quickly. */
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_NORMAL);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), self, 0);
  candor_toast_add_toast_near (widget, toast);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CandorConflictRules *self = CANDOR_CONFLICT_RULES (widget);
  guint index = g_variant_get_uint32 (parameter);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;
  GtkWidget *entry;

  if (index >= g_list_model_get_n_items (G_LIST_MODEL (self->rules)))
    return;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Edit Rule"), NULL);
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), gtk_string_list_get_string (self->rules, index));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Rule"),
                                  -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "candor-rule-index", GUINT_TO_POINTER (index));
  g_signal_connect (entry, "activate", G_CALLBACK (edit_entry_activated_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (edit_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CandorConflictRules *self = CANDOR_CONFLICT_RULES (widget);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->rules));

  if (self->removed_text == NULL)
    return;

  gtk_string_list_splice (self->rules, MIN (self->removed_index, n), 0,
                          (const char * const[]) { self->removed_text, NULL });
  g_clear_pointer (&self->removed_text, g_free);
  store (self);
  gtk_widget_action_set_enabled (widget, "rules.undo", FALSE);
}

static void
restore_defaults_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  CandorConflictRules *self = CANDOR_CONFLICT_RULES (widget);
  g_auto(GStrv) defaults = candor_conflict_rules_dup_defaults ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->rules));

  gtk_string_list_splice (self->rules, 0, n, (const char * const *) defaults);
  store (self);
}

static void
agree_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  CandorConflictRules *self = CANDOR_CONFLICT_RULES (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = candor_day_new (g_date_time_get_year (now),
                                             g_date_time_get_month (now),
                                             g_date_time_get_day_of_month (now));

  if (self->settings == NULL)
    return;

  /* The list as shown is what they agreed to, suggestions included. */
  store (self);
  candor_settings_set_conflict_rules_agreed (self->settings, day);
}

/* Overrides */

static void
candor_conflict_rules_dispose (GObject *object)
{
  CandorConflictRules *self = CANDOR_CONFLICT_RULES (object);

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);
  g_clear_object (&self->journal);
  gtk_widget_dispose_template (GTK_WIDGET (self), CANDOR_TYPE_CONFLICT_RULES);
  g_clear_object (&self->rules);
  g_clear_pointer (&self->removed_text, g_free);

  G_OBJECT_CLASS (candor_conflict_rules_parent_class)->dispose (object);
}

static void
candor_conflict_rules_class_init (CandorConflictRulesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = candor_conflict_rules_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/candorapp/Candor/ui/candor-conflict-rules.ui");
  gtk_widget_class_bind_template_child (widget_class, CandorConflictRules, rules_list);
  gtk_widget_class_bind_template_child (widget_class, CandorConflictRules, add_row);
  gtk_widget_class_bind_template_child (widget_class, CandorConflictRules, agreed_row);
  gtk_widget_class_bind_template_callback (widget_class, add_row_apply_cb);

  gtk_widget_class_install_action (widget_class, "rules.remove", "u", remove_action);
  gtk_widget_class_install_action (widget_class, "rules.edit", "u", edit_action);
  gtk_widget_class_install_action (widget_class, "rules.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "rules.restore-defaults", NULL,
                                   restore_defaults_action);
  gtk_widget_class_install_action (widget_class, "rules.agree", NULL, agree_action);
}

static void
candor_conflict_rules_init (CandorConflictRules *self)
{
  GtkWidget *placeholder;
  GtkWidget *label;
  GtkWidget *button;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->rules = gtk_string_list_new (NULL);
  gtk_list_box_bind_model (self->rules_list, G_LIST_MODEL (self->rules), create_row, self, NULL);

  placeholder = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_add_css_class (placeholder, "practices-placeholder");
  label = gtk_label_new (_("No rules yet. Write your own below, or start from a few that help "
                           "many couples."));
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (label, "dim-label");
  button = gtk_button_new_with_mnemonic (_("Use the _Suggested Rules"));
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "pill");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "rules.restore-defaults");
  gtk_box_append (GTK_BOX (placeholder), label);
  gtk_box_append (GTK_BOX (placeholder), button);
  gtk_list_box_set_placeholder (self->rules_list, placeholder);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "rules.undo", FALSE);
  load (self);
  update_agreed (self);
}

/* Public API */

void
candor_conflict_rules_set_journal (CandorConflictRules *self,
                                   CandorJournal       *journal)
{
  g_return_if_fail (CANDOR_IS_CONFLICT_RULES (self));
  g_return_if_fail (journal == NULL || CANDOR_IS_JOURNAL (journal));

  if (self->journal == journal)
    return;

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);
  g_set_object (&self->journal, journal);

  if (journal != NULL)
    {
      self->settings = g_object_ref (candor_journal_get_settings (journal));
      g_signal_connect_object (self->settings, "notify::conflict-rules",
                               G_CALLBACK (settings_rules_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->settings, "notify::conflict-rules-agreed",
                               G_CALLBACK (update_agreed), self, G_CONNECT_SWAPPED);
    }

  g_clear_pointer (&self->removed_text, g_free);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "rules.undo", FALSE);
  if (self->rules != NULL)
    {
      load (self);
      update_agreed (self);
    }
}

/**
 * candor_conflict_rules_get_rules:
 * @self: the rules
 *
 * Returns: (transfer none): a #GtkStringList of the rules as shown
 */
GListModel *
candor_conflict_rules_get_rules (CandorConflictRules *self)
{
  g_return_val_if_fail (CANDOR_IS_CONFLICT_RULES (self), NULL);

  return G_LIST_MODEL (self->rules);
}

/**
 * candor_conflict_rules_dup_defaults:
 *
 * Returns: (transfer full): the suggested rules, in the user's language
 */
char **
candor_conflict_rules_dup_defaults (void)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  char **strv;

  g_strv_builder_add (builder, _("Take a time-out when a fight escalates"));
  g_strv_builder_add (builder, _("No name-calling"));
  g_strv_builder_add (builder, _("Don't bring up past mistakes to score points"));
  g_strv_builder_add (builder, _("Come back to resolve it once you're both calm"));
  strv = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);

  return strv;
}
