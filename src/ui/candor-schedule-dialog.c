/* candor-schedule-dialog.c — plan one or more Connection Checks, with a date and time for each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>

#include "candor-question-pool.h"
#include "candor-schedule-dialog.h"

typedef struct
{
  GtkWidget *date_button;
  GtkWidget *calendar;
  GtkWidget *hour;
  GtkWidget *minute;
  GtkWidget *duration;
} Row;

struct _CandorScheduleDialog
{
  AdwMessageDialog  parent_instance;

  CandorJournal    *journal;
  GArray           *rows;
  GtkWidget        *list;
  GtkWidget        *person_row;
  GListStore       *people;
};

G_DEFINE_FINAL_TYPE (CandorScheduleDialog, candor_schedule_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
update_date_label (Row *row)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (GTK_CALENDAR (row->calendar));
  /* Translators: a date on a button in the scheduling dialog, e.g. "Sat 14 Mar"; see strftime */
  g_autofree char *label = g_date_time_format (date, _("%a %-d %b"));

  gtk_menu_button_set_label (GTK_MENU_BUTTON (row->date_button), label);
}

static void
on_day_selected (GtkCalendar *calendar,
                 GtkWidget   *date_button)
{
  CandorScheduleDialog *self = g_object_get_data (G_OBJECT (calendar), "candor-dialog");
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (calendar), "candor-row"));

  update_date_label (&g_array_index (self->rows, Row, index));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (date_button));
}

static GtkWidget *
spin (double      lower,
      double      upper,
      double      step,
      double      value,
      const char *label)
{
  GtkWidget *button = gtk_spin_button_new_with_range (lower, upper, step);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (button), value);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (button), TRUE);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (button), GTK_ORIENTATION_VERTICAL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_set_tooltip_text (button, label);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  return button;
}

static gboolean
pad_minutes (GtkSpinButton *button,
             gpointer       user_data)
{
  g_autofree char *text = g_strdup_printf ("%02d", gtk_spin_button_get_value_as_int (button));

  gtk_editable_set_text (GTK_EDITABLE (button), text);
  return TRUE;
}

static void
add_row (CandorScheduleDialog *self,
         GDateTime            *start)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (start);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *colon = gtk_label_new (":");
  GtkWidget *minutes_label;
  Row row = { 0 };
  guint index = self->rows->len;

  row.calendar = gtk_calendar_new ();
  gtk_calendar_select_day (GTK_CALENDAR (row.calendar), local);
  gtk_popover_set_child (GTK_POPOVER (popover), row.calendar);
  row.date_button = gtk_menu_button_new ();
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (row.date_button), popover);
  gtk_widget_set_tooltip_text (row.date_button, _("Choose the Day"));
  gtk_widget_set_valign (row.date_button, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (row.date_button, TRUE);
  g_object_set_data (G_OBJECT (row.calendar), "candor-dialog", self);
  g_object_set_data (G_OBJECT (row.calendar), "candor-row", GUINT_TO_POINTER (index));
  g_signal_connect (row.calendar, "day-selected", G_CALLBACK (on_day_selected), row.date_button);

  /* Translators: accessible label of the hour field when planning a check */
  row.hour = spin (0, 23, 1, g_date_time_get_hour (local), _("Hour"));
  /* Translators: accessible label of the minutes field when planning a check */
  row.minute = spin (0, 55, 5, g_date_time_get_minute (local) - g_date_time_get_minute (local) % 5,
                     _("Minutes"));
  g_signal_connect (row.minute, "output", G_CALLBACK (pad_minutes), NULL);
  /* Translators: accessible label of the length of a check, in minutes */
  row.duration = spin (10, 180, 5, CANDOR_CHECK_DEFAULT_DURATION, _("Length in minutes"));
  /* Translators: after the length of a check, as in "30 min" */
  minutes_label = gtk_label_new (_("min"));
  gtk_widget_add_css_class (minutes_label, "dim-label");

  gtk_box_append (GTK_BOX (box), row.date_button);
  gtk_box_append (GTK_BOX (box), row.hour);
  gtk_box_append (GTK_BOX (box), colon);
  gtk_box_append (GTK_BOX (box), row.minute);
  gtk_box_append (GTK_BOX (box), row.duration);
  gtk_box_append (GTK_BOX (box), minutes_label);
  gtk_box_append (GTK_BOX (self->list), box);

  g_array_append_val (self->rows, row);
  update_date_label (&g_array_index (self->rows, Row, index));
}

CandorPerson *
candor_schedule_dialog_get_person (CandorScheduleDialog *self)
{
  g_autoptr(CandorPerson) person = NULL;
  guint selected;

  g_return_val_if_fail (CANDOR_IS_SCHEDULE_DIALOG (self), NULL);

  selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self->person_row));
  if (selected == GTK_INVALID_LIST_POSITION)
    return NULL;
  person = g_list_model_get_item (G_LIST_MODEL (self->people), selected);
  /* The store keeps its own reference. */
  return person;
}

void
candor_schedule_dialog_set_person (CandorScheduleDialog *self,
                                   CandorPerson         *person)
{
  guint position;

  g_return_if_fail (CANDOR_IS_SCHEDULE_DIALOG (self));

  if (g_list_store_find (self->people, person, &position))
    adw_combo_row_set_selected (ADW_COMBO_ROW (self->person_row), position);
}

GDateTime *
candor_schedule_dialog_dup_start (CandorScheduleDialog *self,
                                  guint                 index)
{
  Row *row;
  g_autoptr(GDateTime) day = NULL;

  g_return_val_if_fail (CANDOR_IS_SCHEDULE_DIALOG (self), NULL);
  g_return_val_if_fail (index < self->rows->len, NULL);

  row = &g_array_index (self->rows, Row, index);
  day = gtk_calendar_get_date (GTK_CALENDAR (row->calendar));
  return g_date_time_new_local (g_date_time_get_year (day), g_date_time_get_month (day),
                                g_date_time_get_day_of_month (day),
                                gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (row->hour)),
                                gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (row->minute)),
                                0);
}

void
candor_schedule_dialog_set_start (CandorScheduleDialog *self,
                                  guint                 index,
                                  GDateTime            *start)
{
  g_autoptr(GDateTime) local = NULL;
  Row *row;

  g_return_if_fail (CANDOR_IS_SCHEDULE_DIALOG (self));
  g_return_if_fail (index < self->rows->len);

  row = &g_array_index (self->rows, Row, index);
  local = g_date_time_to_local (start);
  gtk_calendar_select_day (GTK_CALENDAR (row->calendar), local);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (row->hour), g_date_time_get_hour (local));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (row->minute), g_date_time_get_minute (local));
  update_date_label (row);
}

guint
candor_schedule_dialog_get_n_rows (CandorScheduleDialog *self)
{
  g_return_val_if_fail (CANDOR_IS_SCHEDULE_DIALOG (self), 0);
  return self->rows->len;
}

void
candor_schedule_dialog_schedule (CandorScheduleDialog *self)
{
  g_autoptr(CandorQuestionPool) pool = candor_question_pool_new ();
  g_autoptr(GPtrArray) defaults = candor_question_pool_defaults (pool);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();

  CandorPerson *person;

  g_return_if_fail (CANDOR_IS_SCHEDULE_DIALOG (self));

  person = candor_schedule_dialog_get_person (self);
  if (person == NULL)
    return;

  for (guint i = 0; i < defaults->len; i++)
    {
      CandorQuestion *question = g_ptr_array_index (defaults, i);
      g_ptr_array_add (ids, (gpointer) candor_question_get_id (question));
      g_ptr_array_add (texts, (gpointer) candor_question_get_text (question));
    }
  g_ptr_array_add (ids, NULL);
  g_ptr_array_add (texts, NULL);

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = &g_array_index (self->rows, Row, i);
      g_autoptr(GDateTime) start = candor_schedule_dialog_dup_start (self, i);
      g_autoptr(CandorCheck) check =
        candor_check_new (candor_entry_get_id (CANDOR_ENTRY (person)), start);

      candor_check_set_duration (check,
                                 gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (row->duration)));
      candor_check_set_question_ids (check, (const char * const *) ids->pdata);
      candor_check_set_question_texts (check, (const char * const *) texts->pdata);
      candor_journal_add_check (self->journal, check);
    }
}

static void
candor_schedule_dialog_response (AdwMessageDialog *dialog,
                                 const char       *response)
{
  if (g_strcmp0 (response, "schedule") == 0)
    candor_schedule_dialog_schedule (CANDOR_SCHEDULE_DIALOG (dialog));
}

static void
candor_schedule_dialog_finalize (GObject *object)
{
  CandorScheduleDialog *self = CANDOR_SCHEDULE_DIALOG (object);

  g_clear_object (&self->journal);
  g_clear_object (&self->people);
  g_clear_pointer (&self->rows, g_array_unref);

  G_OBJECT_CLASS (candor_schedule_dialog_parent_class)->finalize (object);
}

static void
candor_schedule_dialog_class_init (CandorScheduleDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = candor_schedule_dialog_finalize;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = candor_schedule_dialog_response;
}

static void
candor_schedule_dialog_init (CandorScheduleDialog *self)
{
  GtkWidget *people_list = gtk_list_box_new ();

  self->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  self->people = g_list_store_new (CANDOR_TYPE_PERSON);
  self->list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (people_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (people_list, "boxed-list");
  self->person_row = adw_combo_row_new ();
  /* Translators: label of the person a check is with */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->person_row), _("With"));
  adw_combo_row_set_expression (ADW_COMBO_ROW (self->person_row),
                                gtk_property_expression_new (CANDOR_TYPE_PERSON, NULL, "name"));
  gtk_list_box_append (GTK_LIST_BOX (people_list), self->person_row);
  gtk_box_append (GTK_BOX (self->list), people_list);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), self->list);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self),
                                    "cancel", _("_Cancel"),
                                    /* Translators: button that adds the planned checks */
                                    "schedule", _("_Schedule"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "schedule",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), "schedule");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "cancel");
}

CandorScheduleDialog *
candor_schedule_dialog_new (GtkWindow     *parent,
                            CandorJournal *journal,
                            CandorPerson  *person,
                            GPtrArray     *starts)
{
  CandorScheduleDialog *self;
  g_autofree char *heading = NULL;
  GListModel *people;

  g_return_val_if_fail (CANDOR_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (person == NULL || CANDOR_IS_PERSON (person), NULL);
  g_return_val_if_fail (starts != NULL && starts->len > 0, NULL);

  self = g_object_new (CANDOR_TYPE_SCHEDULE_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  self->journal = g_object_ref (journal);

  people = candor_journal_get_people (journal);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(CandorPerson) candidate = g_list_model_get_item (people, i);

      if (!candor_person_get_archived (candidate) && !candor_person_get_is_me (candidate))
        g_list_store_append (self->people, candidate);
    }
  adw_combo_row_set_model (ADW_COMBO_ROW (self->person_row), G_LIST_MODEL (self->people));
  if (person != NULL)
    candor_schedule_dialog_set_person (self, person);

  if (person != NULL)
    heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            /* Translators: %s is a person's name */
                                            "Plan a Check with %s",
                                            "Plan Checks with %s",
                                            starts->len),
                               candor_person_get_name (person));
  else
    heading = g_strdup (_("Plan a Check"));
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), heading);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self),
                               _("Pick a day and time that suits you both. You can change "
                                 "them later."));

  for (guint i = 0; i < starts->len; i++)
    add_row (self, g_ptr_array_index (starts, i));

  return self;
}
