/* candor-guided-session-steps.c — the guided session's pages, one per step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>

#include "candor-guided-session-private.h"

const char *const candor_guided_steps[CANDOR_GUIDED_N_STEPS] = {
  "presence", "agreement", "question-0", "question-1", "question-2",
  "story", "closing", "commitments", "follow-up",
};

/* Building the steps */

static GtkWidget *
big_label (const char *text,
           const char *css)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (label, css);
  return label;
}

static GtkWidget *
add_step (CandorGuidedSession *self,
          const char          *name,
          const char          *title)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);

  gtk_widget_add_css_class (box, "guided-step");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_box_append (GTK_BOX (box), big_label (title, "title-1"));
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 640);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_stack_add_named (GTK_STACK (self->stack), scrolled, name);
  return box;
}

static GtkWidget *
timer_widgets (CandorGuidedSession *self,
               Timer               *timer,
               guint                seconds,
               GtkWidget           *box)
{
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  timer->total = timer->remaining = seconds;
  timer->label = big_label ("", "guided-timer");
  gtk_accessible_update_property (GTK_ACCESSIBLE (timer->label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Time left"), -1);
  timer->button = gtk_button_new_with_mnemonic (_("_Start"));
  gtk_widget_add_css_class (timer->button, "pill");
  g_signal_connect_swapped (timer->button, "clicked",
                            G_CALLBACK (candor_guided_session_toggle_timer), self);
  gtk_widget_set_halign (buttons, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (buttons), timer->button);
  gtk_box_append (GTK_BOX (box), timer->label);
  gtk_box_append (GTK_BOX (box), buttons);
  return buttons;
}

static GtkWidget *
text_view_for (GtkTextBuffer **buffer,
               const char     *label)
{
  GtkWidget *view = gtk_text_view_new ();
  GtkWidget *frame = gtk_frame_new (NULL);

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 12);
  gtk_widget_set_size_request (view, -1, 96);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_widget_add_css_class (frame, "view");
  return frame;
}

static GtkWidget *
switch_row (const char *title,
            const char *subtitle,
            GtkWidget **out_switch)
{
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *row = adw_action_row_new ();

  *out_switch = gtk_switch_new ();
  gtk_widget_set_valign (*out_switch, GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), *out_switch);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), *out_switch);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return list;
}

static void
on_permission (GtkButton *button,
               GtkLabel  *answer)
{
  gboolean pass = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "candor-pass"));

  gtk_label_set_label (answer, pass ? _("That’s fine — passing is always OK. On to the next.")
                                    : _("Go gently, and listen more than you talk."));
}

static void
build_question (CandorGuidedSession *self,
                guint                i,
                const char          *question)
{
  g_autofree char *name = g_strdup_printf ("question-%u", i);
  /* Translators: heading of a question step, e.g. "Question 2 of 3" */
  g_autofree char *title = g_strdup_printf (_("Question %u of %u"), i + 1, N_QUESTIONS);
  GtkWidget *box = add_step (self, name, title);
  GtkWidget *answered = gtk_button_new_with_mnemonic (_("_Answered"));
  GtkWidget *after = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *permission = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *ask = gtk_button_new_with_mnemonic (_("_Yes, Ask"));
  GtkWidget *pass = gtk_button_new_with_mnemonic (_("_Pass"));

  gtk_box_append (GTK_BOX (box), big_label (question != NULL ? question : "", "guided-question"));

  gtk_widget_set_halign (answered, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (answered, "pill");
  gtk_widget_set_tooltip_text (answered, _("Starts a three-second pause: often more comes after it"));
  g_signal_connect_swapped (answered, "clicked", G_CALLBACK (candor_guided_session_answered), self);
  gtk_box_append (GTK_BOX (box), answered);

  self->pause[i].total = CANDOR_GUIDED_PAUSE_SECONDS;
  self->pause[i].label = big_label ("", "guided-pause");
  gtk_box_append (GTK_BOX (box), self->pause[i].label);

  gtk_box_append (GTK_BOX (after),
                  big_label (_("Reflect it back: “What I’m hearing is… Is that right?”"), "title-4"));
  gtk_box_append (GTK_BOX (after),
                  big_label (_("Before going deeper, ask: “May I ask a personal question?”"),
                             "body"));
  gtk_widget_set_halign (permission, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (pass), "candor-pass", GINT_TO_POINTER (TRUE));
  self->permission_answer[i] = big_label ("", "dim-label");
  g_signal_connect (ask, "clicked", G_CALLBACK (on_permission), self->permission_answer[i]);
  g_signal_connect (pass, "clicked", G_CALLBACK (on_permission), self->permission_answer[i]);
  gtk_box_append (GTK_BOX (permission), ask);
  gtk_box_append (GTK_BOX (permission), pass);
  gtk_box_append (GTK_BOX (after), permission);
  gtk_box_append (GTK_BOX (after), self->permission_answer[i]);
  gtk_widget_set_visible (after, FALSE);
  self->after_pause[i] = after;
  gtk_box_append (GTK_BOX (box), after);

  gtk_box_append (GTK_BOX (box), text_view_for (&self->question_notes[i], _("Notes")));
}

void
candor_guided_session_build_steps (CandorGuidedSession *self)
{
  GtkWidget *box;
  GtkWidget *entry_list;
  GtkWidget *row;
  GtkWidget *copy;
  GtkWidget *picker_row;
  g_autofree char *template = NULL;

  box = add_step (self, "presence", _("Ten Minutes Together"));
  gtk_box_append (GTK_BOX (box),
                  big_label (_("Put your phones in another room. Sit close, breathe, and just be "
                               "together for a while. Skip ahead whenever you like."), "body"));
  timer_widgets (self, &self->presence, CANDOR_GUIDED_PRESENCE_SECONDS, box);

  box = add_step (self, "agreement", _("Before You Start"));
  gtk_box_append (GTK_BOX (box),
                  big_label (_("Agree together: does what you say today stay between you? And "
                               "“pass” is always a fine answer."), "body"));
  gtk_box_append (GTK_BOX (box), switch_row (_("Stays Between Us"), NULL, &self->private_switch));
  gtk_switch_set_active (GTK_SWITCH (self->private_switch),
                         candor_check_get_private (self->check));

  for (guint i = 0; i < N_QUESTIONS; i++)
    {
      g_autofree char *question = candor_guided_session_dup_question (self, i);

      build_question (self, i, question);
    }

  box = add_step (self, "story", _("A 90-Second Story"));
  template = g_strdup (_("“I felt [emotion] when [specific event]; that taught me [takeaway].”"));
  gtk_box_append (GTK_BOX (box), big_label (template, "title-4"));
  timer_widgets (self, &self->story_timer, CANDOR_GUIDED_STORY_SECONDS, box);
  entry_list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (entry_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (entry_list, "boxed-list");
  picker_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (picker_row), _("I felt"));
  self->feeling_button = gtk_button_new_with_mnemonic (_("_Name the Feeling…"));
  gtk_widget_set_valign (self->feeling_button, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (self->feeling_button, "clicked", G_CALLBACK (candor_guided_session_on_pick_feeling), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (picker_row), self->feeling_button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (picker_row), self->feeling_button);
  gtk_list_box_append (GTK_LIST_BOX (entry_list), picker_row);
  self->story_event = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->story_event), _("when…"));
  gtk_list_box_append (GTK_LIST_BOX (entry_list), self->story_event);
  self->story_takeaway = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->story_takeaway),
                                 _("that taught me…"));
  gtk_list_box_append (GTK_LIST_BOX (entry_list), self->story_takeaway);
  gtk_box_append (GTK_BOX (box), entry_list);
  gtk_box_append (GTK_BOX (box),
                  switch_row (_("You Both Shared Something Personal"),
                              _("Counts towards your mutual disclosures"), &self->disclosed_switch));

  box = add_step (self, "closing", _("One Appreciation"));
  gtk_box_append (GTK_BOX (box),
                  big_label (_("Tell each other one thing you appreciated today, in fifteen "
                               "words or fewer."), "body"));
  self->appreciation = gtk_entry_new ();
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->appreciation),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Appreciation"), -1);
  g_signal_connect_swapped (self->appreciation, "changed", G_CALLBACK (candor_guided_session_update_counts), self);
  gtk_box_append (GTK_BOX (box), self->appreciation);
  self->appreciation_count = big_label ("", "caption");
  gtk_label_set_wrap (GTK_LABEL (self->appreciation_count), FALSE);
  gtk_widget_set_halign (self->appreciation_count, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (box), self->appreciation_count);

  box = add_step (self, "commitments", _("Small Commitments"));
  gtk_box_append (GTK_BOX (box),
                  big_label (_("One small, concrete thing each of you will do this week."), "body"));
  self->commitment_list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->commitment_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->commitment_list, "boxed-list");
  self->commitment_entry = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->commitment_entry),
                                 _("Add a Commitment"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (self->commitment_entry), TRUE);
  g_signal_connect_swapped (self->commitment_entry, "apply", G_CALLBACK (candor_guided_session_on_commitment_apply), self);
  g_signal_connect_swapped (self->commitment_entry, "entry-activated",
                            G_CALLBACK (candor_guided_session_on_commitment_apply), self);
  gtk_list_box_append (GTK_LIST_BOX (self->commitment_list), self->commitment_entry);
  gtk_box_append (GTK_BOX (box), self->commitment_list);

  box = add_step (self, "follow-up", _("A Follow-Up Message"));
  gtk_box_append (GTK_BOX (box),
                  big_label (_("Fewer than 60 words: one highlight, one action, one question."),
                             "body"));
  gtk_box_append (GTK_BOX (box), text_view_for (&self->follow_up, _("Follow-up message")));
  g_signal_connect_swapped (self->follow_up, "changed", G_CALLBACK (candor_guided_session_update_counts), self);
  row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  self->follow_up_count = big_label ("", "caption");
  gtk_label_set_wrap (GTK_LABEL (self->follow_up_count), FALSE);
  gtk_widget_set_hexpand (self->follow_up_count, TRUE);
  gtk_widget_set_halign (self->follow_up_count, GTK_ALIGN_START);
  copy = gtk_button_new_with_mnemonic (_("_Copy"));
  gtk_widget_set_tooltip_text (copy, _("Copy the message to paste it anywhere"));
  g_signal_connect_swapped (copy, "clicked", G_CALLBACK (candor_guided_session_copy_follow_up),
                            self);
  gtk_box_append (GTK_BOX (row), self->follow_up_count);
  gtk_box_append (GTK_BOX (row), copy);
  gtk_box_append (GTK_BOX (box), row);

  /* What was saved before (a session closed mid-way) comes back. */
  if (candor_check_get_appreciation (self->check) != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->appreciation),
                           candor_check_get_appreciation (self->check));
  if (candor_check_get_follow_up (self->check) != NULL)
    gtk_text_buffer_set_text (self->follow_up, candor_check_get_follow_up (self->check), -1);
  gtk_switch_set_active (GTK_SWITCH (self->disclosed_switch),
                         candor_check_get_both_disclosed (self->check));
}

