/* candor-check-editor.c — one Connection Check: when, with whom, privacy, questions,
 * commitments and notes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>

#include "candor-cadence.h"
#include "candor-check-editor.h"
#include "candor-question-pool.h"

#define N_QUESTIONS CANDOR_CHECK_N_QUESTIONS

struct _CandorCheckEditor
{
  AdwWindow           parent_instance;

  CandorJournal      *journal;
  CandorCheck        *check;
  CandorQuestionPool *pool;
  GListStore         *people;

  GtkWidget          *person_row;
  GtkWidget          *date_button;
  GtkWidget          *calendar;
  GtkWidget          *hour;
  GtkWidget          *minute;
  GtkWidget          *duration;
  GtkWidget          *status_row;
  GtkWidget          *private_switch;
  GtkWidget          *question_rows[N_QUESTIONS];
  char               *question_ids[N_QUESTIONS];
  char               *question_texts[N_QUESTIONS];
  GtkWidget          *commitments_list;
  GtkWidget          *commitment_entry;
  GPtrArray          *new_commitments;
  GtkTextBuffer      *notes;
};

G_DEFINE_FINAL_TYPE (CandorCheckEditor, candor_check_editor, ADW_TYPE_WINDOW)

static GtkWidget *
boxed_list (void)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  return list;
}

static GtkWidget *
group (const char *title,
       const char *description,
       GtkWidget  *child)
{
  GtkWidget *g = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (g), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (g), description);
  if (child != NULL)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (g), child);
  return g;
}

static GtkWidget *
spin (double      lower,
      double      upper,
      double      step,
      const char *label)
{
  GtkWidget *button = gtk_spin_button_new_with_range (lower, upper, step);

  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (button), TRUE);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return button;
}

static GtkWidget *
suffix_row (const char *title,
            GtkWidget  *first,
            ...)
{
  GtkWidget *row = adw_action_row_new ();
  va_list args;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  va_start (args, first);
  for (GtkWidget *w = first; w != NULL; w = va_arg (args, GtkWidget *))
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), w);
  va_end (args);
  return row;
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
update_date_label (CandorCheckEditor *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (GTK_CALENDAR (self->calendar));
  /* Translators: the day of a check on a button, e.g. "Sat 14 Mar 2026"; see strftime */
  g_autofree char *label = g_date_time_format (date, _("%a %-d %b %Y"));

  gtk_menu_button_set_label (GTK_MENU_BUTTON (self->date_button), label);
}

static void
on_day_selected (CandorCheckEditor *self)
{
  update_date_label (self);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (self->date_button));
}

/* Questions */

static CandorQuestionDepth
depth (CandorCheckEditor *self)
{
  return candor_settings_get_question_depth (candor_journal_get_settings (self->journal));
}

static CandorPerson *
selected_person (CandorCheckEditor *self)
{
  g_autoptr(CandorPerson) person = NULL;
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self->person_row));

  if (selected == GTK_INVALID_LIST_POSITION)
    return NULL;
  person = g_list_model_get_item (G_LIST_MODEL (self->people), selected);
  return person; /* the store keeps a reference */
}

static void
set_question (CandorCheckEditor *self,
              guint              index,
              const char        *id,
              const char        *text)
{
  g_free (self->question_ids[index]);
  g_free (self->question_texts[index]);
  self->question_ids[index] = g_strdup (id);
  self->question_texts[index] = g_strdup (text);
  gtk_editable_set_text (GTK_EDITABLE (self->question_rows[index]), text != NULL ? text : "");
}

void
candor_check_editor_suggest_others (CandorCheckEditor *self)
{
  CandorPerson *person;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) recent = NULL;
  g_auto(GStrv) noted = NULL;
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(GPtrArray) suggestions = NULL;
  const char *person_id;

  g_return_if_fail (CANDOR_IS_CHECK_EDITOR (self));

  person = selected_person (self);
  if (person == NULL)
    return;
  person_id = candor_entry_get_id (CANDOR_ENTRY (person));

  /* What is on screen now, then the last six checks with this person. */
  for (guint i = 0; i < N_QUESTIONS; i++)
    if (self->question_ids[i] != NULL)
      g_strv_builder_add (builder, self->question_ids[i]);
  checks = candor_cadence_recent_checks (self->journal, person_id,
                                         candor_check_get_start (self->check),
                                         CANDOR_QUESTION_POOL_RECENT_CHECKS);
  for (guint i = 0; i < checks->len; i++)
    {
      CandorCheck *other = g_ptr_array_index (checks, i);
      const char * const *ids = candor_check_get_question_ids (other);

      if (other == self->check)
        continue;
      for (guint j = 0; ids != NULL && ids[j] != NULL; j++)
        g_strv_builder_add (builder, ids[j]);
    }
  noted = candor_settings_dup_recent_questions (candor_journal_get_settings (self->journal),
                                                person_id);
  g_strv_builder_addv (builder, (const char **) noted);
  recent = g_strv_builder_end (builder);

  suggestions = candor_question_pool_suggest (self->pool, depth (self),
                                              (const char * const *) recent, N_QUESTIONS, NULL);
  for (guint i = 0; i < suggestions->len && i < N_QUESTIONS; i++)
    {
      CandorQuestion *question = g_ptr_array_index (suggestions, i);
      set_question (self, i, candor_question_get_id (question),
                    candor_question_get_text (question));
    }
}

const char *
candor_check_editor_get_question_id (CandorCheckEditor *self,
                                     guint              index)
{
  g_return_val_if_fail (CANDOR_IS_CHECK_EDITOR (self), NULL);
  g_return_val_if_fail (index < N_QUESTIONS, NULL);
  return self->question_ids[index];
}

const char *
candor_check_editor_get_question_text (CandorCheckEditor *self,
                                       guint              index)
{
  g_return_val_if_fail (CANDOR_IS_CHECK_EDITOR (self), NULL);
  g_return_val_if_fail (index < N_QUESTIONS, NULL);
  return gtk_editable_get_text (GTK_EDITABLE (self->question_rows[index]));
}

void
candor_check_editor_set_question_text (CandorCheckEditor *self,
                                       guint              index,
                                       const char        *text)
{
  g_return_if_fail (CANDOR_IS_CHECK_EDITOR (self));
  g_return_if_fail (index < N_QUESTIONS);
  gtk_editable_set_text (GTK_EDITABLE (self->question_rows[index]), text);
}

/* Commitments */

static void
add_commitment_row (CandorCheckEditor *self,
                    const char        *text,
                    CandorCommitment  *commitment)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *done = gtk_check_button_new ();
  g_autofree char *subtitle = NULL;
  g_autoptr(GDateTime) due = NULL;
  g_autofree char *due_text = NULL;

  if (commitment != NULL && candor_commitment_get_due (commitment) != NULL)
    due = g_date_time_ref (candor_commitment_get_due (commitment));
  else
    due = g_date_time_add_days (candor_check_get_start (self->check),
                                CANDOR_COMMITMENT_DEFAULT_DAYS);
  /* Translators: a commitment's due day, e.g. "Sat 21 Mar"; see strftime */
  due_text = g_date_time_format (due, _("%a %-d %b"));
  /* Translators: under a commitment; %s is a day */
  subtitle = g_strdup_printf (_("Due %s"), due_text);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (done, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (done),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Done"), -1);
  gtk_widget_set_tooltip_text (done, _("Done"));
  if (commitment != NULL)
    {
      gtk_check_button_set_active (GTK_CHECK_BUTTON (done),
                                   candor_commitment_get_done (commitment) != NULL);
      g_object_set_data_full (G_OBJECT (done), "candor-commitment", g_object_ref (commitment),
                              g_object_unref);
    }
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), done);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), done);
  gtk_list_box_append (GTK_LIST_BOX (self->commitments_list), row);
}

void
candor_check_editor_add_commitment (CandorCheckEditor *self,
                                    const char        *text)
{
  g_autofree char *clean = NULL;

  g_return_if_fail (CANDOR_IS_CHECK_EDITOR (self));

  clean = g_strstrip (g_strdup (text));
  if (clean[0] == '\0')
    return;
  g_ptr_array_add (self->new_commitments, g_strdup (clean));
  add_commitment_row (self, clean, NULL);
}

static void
on_commitment_apply (CandorCheckEditor *self)
{
  candor_check_editor_add_commitment (self,
                                      gtk_editable_get_text (GTK_EDITABLE (self->commitment_entry)));
  gtk_editable_set_text (GTK_EDITABLE (self->commitment_entry), "");
}

/* Saving */

void
candor_check_editor_save (CandorCheckEditor *self)
{
  CandorSettings *settings = candor_journal_get_settings (self->journal);
  CandorPerson *person = selected_person (self);
  g_autoptr(GDateTime) day = gtk_calendar_get_date (GTK_CALENDAR (self->calendar));
  g_autoptr(GDateTime) start = NULL;
  const char *ids[N_QUESTIONS + 1] = { NULL };
  const char *texts[N_QUESTIONS + 1] = { NULL };
  g_autofree char *notes = NULL;
  GtkTextIter begin, end;
  guint n = 0;

  g_return_if_fail (CANDOR_IS_CHECK_EDITOR (self));

  if (person != NULL)
    candor_check_set_person_id (self->check, candor_entry_get_id (CANDOR_ENTRY (person)));
  start = g_date_time_new_local (g_date_time_get_year (day), g_date_time_get_month (day),
                                 g_date_time_get_day_of_month (day),
                                 gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->hour)),
                                 gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->minute)),
                                 0);
  candor_check_set_start (self->check, start);
  candor_check_set_duration (self->check,
                             gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->duration)));
  candor_check_set_status (self->check,
                           adw_combo_row_get_selected (ADW_COMBO_ROW (self->status_row)));
  candor_check_set_private (self->check,
                            gtk_switch_get_active (GTK_SWITCH (self->private_switch)));

  /* An edited question joins the pool as the user's own. */
  for (guint i = 0; i < N_QUESTIONS; i++)
    {
      g_autofree char *text = g_strstrip (g_strdup (
        gtk_editable_get_text (GTK_EDITABLE (self->question_rows[i]))));

      if (text[0] == '\0')
        continue;
      if (self->question_ids[i] == NULL || g_strcmp0 (text, self->question_texts[i]) != 0)
        {
          gboolean full = g_variant_n_children (candor_settings_get_custom_questions (settings)) >=
                          CANDOR_SETTINGS_MAX_CUSTOM_QUESTIONS;
          g_autofree char *id = full ? NULL
                                     : candor_settings_add_custom_question (settings, depth (self),
                                                                            text);

          /* The pool is full (hundreds of your own): the edit cannot be kept as a
           * new question, so the check keeps the one it had. */
          if (id == NULL)
            {
              if (self->question_ids[i] == NULL)
                continue;
              gtk_editable_set_text (GTK_EDITABLE (self->question_rows[i]),
                                     self->question_texts[i]);
            }
          else
            {
              candor_question_pool_add_custom (self->pool, id, depth (self), text);
              set_question (self, i, id, text);
            }
        }
      ids[n] = self->question_ids[i];
      texts[n] = self->question_texts[i];
      n++;
    }
  candor_check_set_question_ids (self->check, ids);
  candor_check_set_question_texts (self->check, texts);
  if (person != NULL && n > 0)
    candor_settings_note_questions_used (settings, candor_entry_get_id (CANDOR_ENTRY (person)),
                                         ids);

  gtk_text_buffer_get_bounds (self->notes, &begin, &end);
  notes = gtk_text_buffer_get_text (self->notes, &begin, &end, FALSE);
  candor_check_set_notes (self->check, notes);

  /* Done / not done, as ticked. */
  for (GtkWidget *row = gtk_widget_get_first_child (self->commitments_list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *done = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row));
      CandorCommitment *commitment = done != NULL ? g_object_get_data (G_OBJECT (done),
                                                                        "candor-commitment")
                                                  : NULL;
      gboolean active = done != NULL && gtk_check_button_get_active (GTK_CHECK_BUTTON (done));

      if (commitment == NULL)
        continue;
      if (active && candor_commitment_get_done (commitment) == NULL)
        {
          g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
          candor_commitment_set_done (commitment, now);
        }
      else if (!active && candor_commitment_get_done (commitment) != NULL)
        candor_commitment_set_done (commitment, NULL);
    }

  for (guint i = 0; i < self->new_commitments->len; i++)
    {
      g_autoptr(CandorCommitment) commitment =
        candor_commitment_new (candor_check_get_person_id (self->check),
                               candor_entry_get_id (CANDOR_ENTRY (self->check)),
                               g_ptr_array_index (self->new_commitments, i));
      g_autoptr(GDateTime) due_at = g_date_time_add_days (start, CANDOR_COMMITMENT_DEFAULT_DAYS);
      g_autoptr(GDateTime) due = candor_day_from_date_time (due_at);

      candor_commitment_set_due (commitment, due);
      candor_journal_add_commitment (self->journal, commitment);
    }
  g_ptr_array_set_size (self->new_commitments, 0);

  /* The check may have been removed meanwhile (undo brings it back): keep it. */
  if (candor_journal_get_check_by_id (self->journal,
                                      candor_entry_get_id (CANDOR_ENTRY (self->check))) == NULL)
    candor_journal_add_check (self->journal, self->check);
}

static void
on_save_clicked (CandorCheckEditor *self)
{
  candor_check_editor_save (self);
  gtk_window_close (GTK_WINDOW (self));
}

/* Construction */

static void
candor_check_editor_dispose (GObject *object)
{
  CandorCheckEditor *self = CANDOR_CHECK_EDITOR (object);

  g_clear_object (&self->journal);
  g_clear_object (&self->check);
  g_clear_object (&self->pool);
  g_clear_object (&self->people);
  g_clear_pointer (&self->new_commitments, g_ptr_array_unref);
  for (guint i = 0; i < N_QUESTIONS; i++)
    {
      g_clear_pointer (&self->question_ids[i], g_free);
      g_clear_pointer (&self->question_texts[i], g_free);
    }

  G_OBJECT_CLASS (candor_check_editor_parent_class)->dispose (object);
}

static void
candor_check_editor_class_init (CandorCheckEditorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = candor_check_editor_dispose;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
candor_check_editor_init (CandorCheckEditor *self)
{
  GtkWidget *toolbar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *save = gtk_button_new_with_mnemonic (_("_Save"));
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *when = boxed_list ();
  GtkWidget *questions = boxed_list ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *suggest;
  GtkWidget *questions_group;
  GtkWidget *notes_view;
  GtkWidget *frame;
  GtkWidget *time_box;
  g_autoptr(GtkStringList) statuses = NULL;
  static const char *ordinals[N_QUESTIONS] = {
    N_("First Question"), N_("Second Question"), N_("Third Question")
  };

  self->new_commitments = g_ptr_array_new_with_free_func (g_free);
  self->people = g_list_store_new (CANDOR_TYPE_PERSON);

  gtk_window_set_default_size (GTK_WINDOW (self), 520, 720);
  gtk_window_set_title (GTK_WINDOW (self), _("Connection Check"));

  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_close), self);
  gtk_widget_add_css_class (save, "suggested-action");
  g_signal_connect_swapped (save, "clicked", G_CALLBACK (on_save_clicked), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_box_append (GTK_BOX (toolbar), header);

  /* When and with whom */
  self->person_row = adw_combo_row_new ();
  /* Translators: label of the person a check is with */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->person_row), _("With"));
  adw_combo_row_set_expression (ADW_COMBO_ROW (self->person_row),
                                gtk_property_expression_new (CANDOR_TYPE_PERSON, NULL, "name"));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->person_row), G_LIST_MODEL (self->people));
  gtk_list_box_append (GTK_LIST_BOX (when), self->person_row);

  self->calendar = gtk_calendar_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), self->calendar);
  self->date_button = gtk_menu_button_new ();
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->date_button), popover);
  gtk_widget_set_valign (self->date_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (self->date_button, _("Choose the Day"));
  g_signal_connect_swapped (self->calendar, "day-selected", G_CALLBACK (on_day_selected), self);
  gtk_list_box_append (GTK_LIST_BOX (when), suffix_row (_("Day"), self->date_button, NULL));

  /* Translators: accessible label of the hour field of a check */
  self->hour = spin (0, 23, 1, _("Hour"));
  /* Translators: accessible label of the minutes field of a check */
  self->minute = spin (0, 59, 5, _("Minutes"));
  g_signal_connect (self->minute, "output", G_CALLBACK (pad_minutes), NULL);
  time_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  gtk_box_append (GTK_BOX (time_box), self->hour);
  gtk_box_append (GTK_BOX (time_box), gtk_label_new (":"));
  gtk_box_append (GTK_BOX (time_box), self->minute);
  gtk_list_box_append (GTK_LIST_BOX (when), suffix_row (_("Time"), time_box, NULL));

  /* Translators: accessible label of the length of a check, in minutes */
  self->duration = spin (10, 180, 5, _("Length in minutes"));
  /* Translators: the length of a check; the unit follows the number field */
  gtk_list_box_append (GTK_LIST_BOX (when),
                       suffix_row (_("Length"), self->duration, gtk_label_new (_("min")), NULL));

  /* The order follows CandorCheckStatus. */
  statuses = gtk_string_list_new ((const char * const[]) { _("Planned"), _("Held"), _("Skipped"), NULL });
  self->status_row = adw_combo_row_new ();
  /* Translators: whether a check is planned, held or skipped */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row), _("State"));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->status_row), G_LIST_MODEL (statuses));
  gtk_list_box_append (GTK_LIST_BOX (when), self->status_row);

  self->private_switch = gtk_switch_new ();
  gtk_widget_set_valign (self->private_switch, GTK_ALIGN_CENTER);
  {
    GtkWidget *row = suffix_row (_("Stays Between You"), self->private_switch, NULL);

    adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                 _("Agree at the start. Private checks leave their questions "
                                   "out of calendar exports."));
    adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), self->private_switch);
    gtk_list_box_append (GTK_LIST_BOX (when), row);
  }
  gtk_box_append (GTK_BOX (box), group (_("When"), NULL, when));

  /* Questions */
  for (guint i = 0; i < N_QUESTIONS; i++)
    {
      self->question_rows[i] = adw_entry_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->question_rows[i]),
                                     _(ordinals[i]));
      gtk_list_box_append (GTK_LIST_BOX (questions), self->question_rows[i]);
    }
  questions_group = group (_("Questions"),
                           _("Write your own if you like: it joins your questions."),
                           questions);
  suggest = gtk_button_new_with_mnemonic (_("Suggest _Others"));
  gtk_widget_set_valign (suggest, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (suggest, "flat");
  gtk_widget_set_tooltip_text (suggest, _("Questions you have not asked in your last six checks"));
  g_signal_connect_swapped (suggest, "clicked", G_CALLBACK (candor_check_editor_suggest_others),
                            self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (questions_group), suggest);
  gtk_box_append (GTK_BOX (box), questions_group);

  /* Commitments */
  self->commitments_list = boxed_list ();
  self->commitment_entry = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->commitment_entry),
                                 _("Add a Small Commitment"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (self->commitment_entry), TRUE);
  g_signal_connect_swapped (self->commitment_entry, "apply", G_CALLBACK (on_commitment_apply),
                            self);
  g_signal_connect_swapped (self->commitment_entry, "entry-activated",
                            G_CALLBACK (on_commitment_apply), self);
  {
    GtkWidget *entry_list = boxed_list ();
    GtkWidget *commitments_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

    gtk_list_box_append (GTK_LIST_BOX (entry_list), self->commitment_entry);
    gtk_box_append (GTK_BOX (commitments_box), self->commitments_list);
    gtk_box_append (GTK_BOX (commitments_box), entry_list);
    gtk_box_append (GTK_BOX (box),
                    group (_("Commitments"),
                           _("One small thing each of you will do within a week."),
                           commitments_box));
  }

  /* Notes */
  notes_view = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (notes_view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (notes_view), 12);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (notes_view), 12);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (notes_view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (notes_view), 12);
  gtk_widget_set_size_request (notes_view, -1, 120);
  gtk_accessible_update_property (GTK_ACCESSIBLE (notes_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Notes"), -1);
  self->notes = gtk_text_view_get_buffer (GTK_TEXT_VIEW (notes_view));
  frame = gtk_frame_new (NULL);
  gtk_frame_set_child (GTK_FRAME (frame), notes_view);
  gtk_widget_add_css_class (frame, "view");
  gtk_box_append (GTK_BOX (box), group (_("Notes"), NULL, frame));

  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (toolbar), scrolled);
  adw_window_set_content (ADW_WINDOW (self), toolbar);
}

CandorCheckEditor *
candor_check_editor_new (GtkWindow     *parent,
                         CandorJournal *journal,
                         CandorCheck   *check)
{
  CandorCheckEditor *self;
  GListModel *people;
  g_autoptr(GDateTime) local = NULL;
  const char * const *ids;
  const char * const *texts;
  GListModel *commitments;

  g_return_val_if_fail (CANDOR_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (CANDOR_IS_CHECK (check), NULL);

  self = g_object_new (CANDOR_TYPE_CHECK_EDITOR,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  self->journal = g_object_ref (journal);
  self->check = g_object_ref (check);
  self->pool = candor_question_pool_new ();
  candor_question_pool_set_custom_questions (self->pool, candor_settings_get_custom_questions (
                                               candor_journal_get_settings (journal)));

  people = candor_journal_get_people (journal);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(CandorPerson) person = g_list_model_get_item (people, i);
      gboolean is_this = g_strcmp0 (candor_entry_get_id (CANDOR_ENTRY (person)),
                                    candor_check_get_person_id (check)) == 0;

      if (is_this || (!candor_person_get_archived (person) && !candor_person_get_is_me (person)))
        {
          g_list_store_append (self->people, person);
          if (is_this)
            adw_combo_row_set_selected (ADW_COMBO_ROW (self->person_row),
                                        g_list_model_get_n_items (G_LIST_MODEL (self->people)) - 1);
        }
    }

  local = g_date_time_to_local (candor_check_get_start (check));
  gtk_calendar_select_day (GTK_CALENDAR (self->calendar), local);
  update_date_label (self);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->hour), g_date_time_get_hour (local));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->minute), g_date_time_get_minute (local));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->duration), candor_check_get_duration (check));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->status_row), candor_check_get_status (check));
  gtk_switch_set_active (GTK_SWITCH (self->private_switch), candor_check_get_private (check));

  ids = candor_check_get_question_ids (check);
  texts = candor_check_get_question_texts (check);
  if (texts == NULL || texts[0] == NULL)
    {
      g_autoptr(GPtrArray) defaults = candor_question_pool_defaults (self->pool);

      for (guint i = 0; i < defaults->len && i < N_QUESTIONS; i++)
        set_question (self, i, candor_question_get_id (g_ptr_array_index (defaults, i)),
                      candor_question_get_text (g_ptr_array_index (defaults, i)));
    }
  else
    {
      for (guint i = 0; i < N_QUESTIONS && texts[i] != NULL; i++)
        {
          const char *id = ids != NULL && g_strv_length ((char **) ids) > i ? ids[i] : NULL;
          g_autofree char *shown = candor_question_pool_dup_shown_text (self->pool, id, texts[i]);

          set_question (self, i, id, shown);
        }
    }

  gtk_text_buffer_set_text (self->notes, candor_check_get_notes (check) != NULL
                                           ? candor_check_get_notes (check) : "", -1);

  commitments = candor_journal_get_commitments (journal);
  for (guint i = 0; i < g_list_model_get_n_items (commitments); i++)
    {
      g_autoptr(CandorCommitment) commitment = g_list_model_get_item (commitments, i);

      if (g_strcmp0 (candor_commitment_get_check_id (commitment),
                     candor_entry_get_id (CANDOR_ENTRY (check))) == 0)
        add_commitment_row (self, candor_commitment_get_text (commitment), commitment);
    }

  return self;
}
