/* candor-person-dialog.c — add or edit someone you hold Connection Checks with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>

#include "candor-person-dialog.h"

struct _CandorPersonDialog
{
  AdwMessageDialog  parent_instance;

  CandorJournal    *journal;
  CandorPerson     *person;

  GtkWidget        *name_row;
  GtkWidget        *relationship_row;
  GtkWidget        *cadence;
  GtkWidget        *color;
};

G_DEFINE_FINAL_TYPE (CandorPersonDialog, candor_person_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
update_save (CandorPersonDialog *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));

  if (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (self), "save"))
    adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "save", name[0] != '\0');
}

CandorPerson *
candor_person_dialog_save (CandorPersonDialog *self)
{
  g_autofree char *name = NULL;
  g_autofree char *color = NULL;
  GdkRGBA rgba;
  CandorRelationship relationship;

  g_return_val_if_fail (CANDOR_IS_PERSON_DIALOG (self), NULL);

  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  if (name[0] == '\0')
    return NULL;

  relationship = adw_combo_row_get_selected (ADW_COMBO_ROW (self->relationship_row));
  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (self->color), &rgba);
  color = g_strdup_printf ("#%02x%02x%02x", (guint) (rgba.red * 255 + 0.5),
                           (guint) (rgba.green * 255 + 0.5), (guint) (rgba.blue * 255 + 0.5));

  if (self->person == NULL)
    {
      self->person = candor_person_new (name, relationship);
      candor_person_set_cadence (self->person,
                                 gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->cadence)));
      candor_person_set_color (self->person, color);
      candor_journal_add_person (self->journal, self->person);
    }
  else
    {
      candor_person_set_name (self->person, name);
      candor_person_set_relationship (self->person, relationship);
      candor_person_set_cadence (self->person,
                                 gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->cadence)));
      candor_person_set_color (self->person, color);
    }

  return self->person;
}

static void
candor_person_dialog_response (AdwMessageDialog *dialog,
                               const char       *response)
{
  if (g_strcmp0 (response, "save") == 0)
    candor_person_dialog_save (CANDOR_PERSON_DIALOG (dialog));
}

static void
candor_person_dialog_finalize (GObject *object)
{
  CandorPersonDialog *self = CANDOR_PERSON_DIALOG (object);

  g_clear_object (&self->journal);
  g_clear_object (&self->person);

  G_OBJECT_CLASS (candor_person_dialog_parent_class)->finalize (object);
}

static void
candor_person_dialog_class_init (CandorPersonDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = candor_person_dialog_finalize;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = candor_person_dialog_response;
}

static void
candor_person_dialog_init (CandorPersonDialog *self)
{
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *row;
  g_autoptr(GtkStringList) relationships = NULL;

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");

  self->name_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->name_row), _("Name"));
  g_signal_connect_swapped (self->name_row, "changed", G_CALLBACK (update_save), self);
  gtk_list_box_append (GTK_LIST_BOX (list), self->name_row);

  /* The order follows CandorRelationship. */
  relationships = gtk_string_list_new ((const char * const[]) {
    /* Translators: a kind of relationship */
    _("Partner"), _("Friend"), _("Family"), _("Someone else"), NULL });
  self->relationship_row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->relationship_row), _("Relationship"));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->relationship_row), G_LIST_MODEL (relationships));
  gtk_list_box_append (GTK_LIST_BOX (list), self->relationship_row);

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Checks a Month"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Two is a good rhythm to start with"));
  self->cadence = gtk_spin_button_new_with_range (0, 8, 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->cadence), CANDOR_PERSON_DEFAULT_CADENCE);
  gtk_widget_set_valign (self->cadence, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->cadence),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Checks a Month"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), self->cadence);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), self->cadence);
  gtk_list_box_append (GTK_LIST_BOX (list), row);

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Colour"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Marks this person in the calendar"));
  self->color = gtk_color_button_new ();
  gtk_widget_set_valign (self->color, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (self->color, _("Choose a Colour"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->color),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Colour"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), self->color);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), self->color);
  gtk_list_box_append (GTK_LIST_BOX (list), row);

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), list);
}

CandorPersonDialog *
candor_person_dialog_new (GtkWindow     *parent,
                          CandorJournal *journal,
                          CandorPerson  *person)
{
  CandorPersonDialog *self;
  GdkRGBA rgba;

  g_return_val_if_fail (CANDOR_IS_JOURNAL (journal), NULL);

  self = g_object_new (CANDOR_TYPE_PERSON_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  self->journal = g_object_ref (journal);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (self), "cancel", _("_Cancel"));
  if (person != NULL)
    {
      self->person = g_object_ref (person);
      adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), _("Edit Person"));
      /* Translators: hides a person from the checks page; their history is kept */
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (self), "archive", _("_Archive"));
      adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self),
                                   _("Archiving keeps your history with them and stops "
                                     "planning new checks."));
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), candor_person_get_name (person));
      adw_combo_row_set_selected (ADW_COMBO_ROW (self->relationship_row),
                                  candor_person_get_relationship (person));
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->cadence),
                                 candor_person_get_cadence (person));
    }
  else
    {
      adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), _("Add Person"));
      adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self),
                                   _("Someone you want to be closer to: a partner, a friend, "
                                     "family."));
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->cadence),
                                 candor_settings_get_default_cadence (
                                   candor_journal_get_settings (journal)));
    }

  if (!gdk_rgba_parse (&rgba, person != NULL ? candor_person_get_color (person)
                                             : CANDOR_PERSON_DEFAULT_COLOR))
    gdk_rgba_parse (&rgba, CANDOR_PERSON_DEFAULT_COLOR);
  gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (self->color), &rgba);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (self), "save",
                                   person != NULL ? _("_Save") : _("_Add"));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "cancel");
  update_save (self);

  return self;
}

CandorPerson *
candor_person_dialog_get_person (CandorPersonDialog *self)
{
  g_return_val_if_fail (CANDOR_IS_PERSON_DIALOG (self), NULL);
  return self->person;
}

void
candor_person_dialog_set_name (CandorPersonDialog *self,
                               const char         *name)
{
  g_return_if_fail (CANDOR_IS_PERSON_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name);
}

void
candor_person_dialog_set_cadence (CandorPersonDialog *self,
                                  guint               cadence)
{
  g_return_if_fail (CANDOR_IS_PERSON_DIALOG (self));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->cadence), cadence);
}
