/* candor-guided-session.c — a Connection Check, step by step, full window and calm
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>

#include "candor-feeling-picker.h"
#include "candor-guided-session.h"
#include "candor-vocabulary.h"
#include "candor-words.h"

#include "candor-guided-session-private.h"
#include "candor-toast.h"

G_DEFINE_FINAL_TYPE (CandorGuidedSession, candor_guided_session, ADW_TYPE_WINDOW)

/* Timers */

static Timer *
visible_timer (CandorGuidedSession *self)
{
  const char *step = candor_guided_steps[self->step];

  if (g_str_equal (step, "presence"))
    return &self->presence;
  if (g_str_equal (step, "story"))
    return &self->story_timer;
  if (g_str_has_prefix (step, "question-"))
    return &self->pause[self->step - 2];
  return NULL;
}

static void
timer_update (CandorGuidedSession *self,
              Timer               *timer)
{
  g_autofree char *text = NULL;

  if (timer == &self->pause[0] || timer == &self->pause[1] || timer == &self->pause[2])
    {
      guint i = timer - self->pause;

      if (timer->running)
        /* Translators: the pause after an answer; %u counts down from 3 */
        text = g_strdup_printf (_("Pause… %u"), timer->remaining);
      else
        text = g_strdup ("");
      gtk_label_set_label (GTK_LABEL (timer->label), text);
      gtk_widget_set_visible (self->after_pause[i], !timer->running && timer->remaining == 0);
      return;
    }

  if (timer->remaining == 0)
    /* Translators: a timer has run out */
    text = g_strdup (_("Time’s up — carry on whenever you’re ready"));
  else
    /* Translators: minutes and seconds left, e.g. "9:59" */
    text = g_strdup_printf (_("%u:%02u"), timer->remaining / 60, timer->remaining % 60);
  gtk_label_set_label (GTK_LABEL (timer->label), text);

  if (timer->button != NULL)
    gtk_button_set_label (GTK_BUTTON (timer->button),
                          timer->running ? _("_Pause")
                                         : timer->remaining == timer->total ? _("_Start")
                                                                            : _("_Resume"));
  if (timer->button != NULL)
    gtk_widget_set_sensitive (timer->button, timer->remaining > 0);
}

static gboolean
tick (gpointer data)
{
  candor_guided_session_advance_time (data, 1);
  return G_SOURCE_CONTINUE;
}

static void
ensure_ticking (CandorGuidedSession *self)
{
  if (self->tick_source == 0)
    self->tick_source = g_timeout_add_seconds (1, tick, self);
}

void
candor_guided_session_advance_time (CandorGuidedSession *self,
                                    guint                seconds)
{
  Timer *timer;

  g_return_if_fail (CANDOR_IS_GUIDED_SESSION (self));

  timer = visible_timer (self);
  if (timer == NULL || !timer->running)
    return;

  timer->remaining = seconds >= timer->remaining ? 0 : timer->remaining - seconds;
  if (timer->remaining == 0)
    timer->running = FALSE;
  timer_update (self, timer);
}

guint
candor_guided_session_get_remaining (CandorGuidedSession *self)
{
  Timer *timer = visible_timer (self);

  return timer != NULL ? timer->remaining : 0;
}

gboolean
candor_guided_session_get_timer_running (CandorGuidedSession *self)
{
  Timer *timer = visible_timer (self);

  return timer != NULL && timer->running;
}

void
candor_guided_session_toggle_timer (CandorGuidedSession *self)
{
  Timer *timer = visible_timer (self);

  if (timer == NULL || timer->remaining == 0)
    return;
  timer->running = !timer->running;
  if (timer->running)
    ensure_ticking (self);
  timer_update (self, timer);
}

void
candor_guided_session_answered (CandorGuidedSession *self)
{
  Timer *timer;

  g_return_if_fail (CANDOR_IS_GUIDED_SESSION (self));
  if (!g_str_has_prefix (candor_guided_steps[self->step], "question-"))
    return;

  timer = &self->pause[self->step - 2];
  timer->remaining = timer->total;
  timer->running = TRUE;
  ensure_ticking (self);
  timer_update (self, timer);
}

gboolean
candor_guided_session_get_pausing (CandorGuidedSession *self)
{
  return g_str_has_prefix (candor_guided_steps[self->step], "question-") &&
         self->pause[self->step - 2].running;
}

/* Counters */

void
candor_guided_session_update_counts (CandorGuidedSession *self)
{
  g_autofree char *follow_up = NULL;
  g_autofree char *a_text = NULL;
  g_autofree char *f_text = NULL;
  GtkTextIter begin, end;
  guint a = candor_count_words (gtk_editable_get_text (GTK_EDITABLE (self->appreciation)));
  guint f;

  gtk_text_buffer_get_bounds (self->follow_up, &begin, &end);
  follow_up = gtk_text_buffer_get_text (self->follow_up, &begin, &end, FALSE);
  f = candor_count_words (follow_up);

  /* Translators: the live word count of the closing appreciation, e.g. "4 / 15 words" */
  a_text = g_strdup_printf (_("%u / %u words"), a, CANDOR_APPRECIATION_MAX_WORDS);
  gtk_label_set_label (GTK_LABEL (self->appreciation_count), a_text);
  if (a > CANDOR_APPRECIATION_MAX_WORDS)
    gtk_widget_add_css_class (self->appreciation_count, "warning");
  else
    gtk_widget_remove_css_class (self->appreciation_count, "warning");

  /* Translators: the live word count of the follow-up message, e.g. "12 / 60 words" */
  f_text = g_strdup_printf (_("%u / %u words"), f, CANDOR_FOLLOW_UP_MAX_WORDS);
  gtk_label_set_label (GTK_LABEL (self->follow_up_count), f_text);
  if (f >= CANDOR_FOLLOW_UP_MAX_WORDS)
    gtk_widget_add_css_class (self->follow_up_count, "warning");
  else
    gtk_widget_remove_css_class (self->follow_up_count, "warning");

  gtk_widget_set_sensitive (self->next_button, candor_guided_session_can_go_next (self));
}

const char *
candor_guided_session_get_appreciation_count (CandorGuidedSession *self)
{
  return gtk_label_get_label (GTK_LABEL (self->appreciation_count));
}

const char *
candor_guided_session_get_follow_up_count (CandorGuidedSession *self)
{
  return gtk_label_get_label (GTK_LABEL (self->follow_up_count));
}

void
candor_guided_session_set_appreciation (CandorGuidedSession *self,
                                        const char          *text)
{
  gtk_editable_set_text (GTK_EDITABLE (self->appreciation), text);
}

void
candor_guided_session_set_follow_up (CandorGuidedSession *self,
                                     const char          *text)
{
  gtk_text_buffer_set_text (self->follow_up, text, -1);
}

void
candor_guided_session_copy_follow_up (CandorGuidedSession *self)
{
  g_autofree char *text = NULL;
  GtkTextIter begin, end;

  gtk_text_buffer_get_bounds (self->follow_up, &begin, &end);
  text = gtk_text_buffer_get_text (self->follow_up, &begin, &end, FALSE);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
  candor_toast_add_text (self->toasts, _("Copied — paste it wherever you write to each other"));
}

/* Commitments */

void
candor_guided_session_add_commitment (CandorGuidedSession *self,
                                      const char          *text)
{
  g_autofree char *clean = g_strstrip (g_strdup (text));
  GtkWidget *row;

  if (clean[0] == '\0')
    return;
  g_ptr_array_add (self->commitments, g_strdup (clean));
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), clean);
  /* Translators: under a commitment made in the guided session */
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Due within a week"));
  gtk_list_box_append (GTK_LIST_BOX (self->commitment_list), row);
}

void
candor_guided_session_on_commitment_apply (CandorGuidedSession *self)
{
  candor_guided_session_add_commitment (self,
                                        gtk_editable_get_text (GTK_EDITABLE (self->commitment_entry)));
  gtk_editable_set_text (GTK_EDITABLE (self->commitment_entry), "");
}

/* The story's feeling */

static void
on_feeling_done (CandorFeelingPicker *picker,
                 CandorGuidedSession *self)
{
  g_auto(GStrv) ids = candor_feeling_picker_get_selected (picker);
  CandorFeeling *feeling;

  if (ids == NULL || ids[0] == NULL)
    return;
  feeling = candor_vocabulary_lookup (candor_vocabulary_get_default (), ids[0]);
  if (feeling == NULL)
    return;
  g_free (self->feeling_id);
  self->feeling_id = g_strdup (ids[0]);
  gtk_button_set_label (GTK_BUTTON (self->feeling_button), candor_feeling_get_label (feeling));
}

void
candor_guided_session_on_pick_feeling (CandorGuidedSession *self)
{
  CandorFeelingPicker *picker = candor_feeling_picker_new (GTK_WINDOW (self));

  if (self->feeling_id != NULL)
    candor_feeling_picker_set_selected (picker, (const char *[]) { self->feeling_id, NULL });
  g_signal_connect_object (picker, "done", G_CALLBACK (on_feeling_done), self, 0);
  gtk_window_present (GTK_WINDOW (picker));
}

static char *
dup_story (CandorGuidedSession *self)
{
  const char *event = gtk_editable_get_text (GTK_EDITABLE (self->story_event));
  const char *takeaway = gtk_editable_get_text (GTK_EDITABLE (self->story_takeaway));
  CandorFeeling *feeling = self->feeling_id != NULL
                             ? candor_vocabulary_lookup (candor_vocabulary_get_default (),
                                                         self->feeling_id)
                             : NULL;

  if (feeling == NULL && event[0] == '\0' && takeaway[0] == '\0')
    return NULL;
  /* Translators: the 90-second story: feeling, event, lesson */
  return g_strdup_printf (_("I felt %s when %s; that taught me %s"),
                          feeling != NULL ? candor_feeling_get_label (feeling) : "…",
                          event[0] != '\0' ? event : "…", takeaway[0] != '\0' ? takeaway : "…");
}

/* Saving: progress at any time, "held" at the end */

static char *
dup_buffer (GtkTextBuffer *buffer)
{
  GtkTextIter begin, end;

  gtk_text_buffer_get_bounds (buffer, &begin, &end);
  return gtk_text_buffer_get_text (buffer, &begin, &end, FALSE);
}

/* The words of the check's question @index, as the session shows them; NULL if none. */
char *
candor_guided_session_dup_question (CandorGuidedSession *self,
                                    guint                index)
{
  const char * const *ids = candor_check_get_question_ids (self->check);
  const char * const *texts = candor_check_get_question_texts (self->check);
  const char *id = ids != NULL && g_strv_length ((char **) ids) > index ? ids[index] : NULL;
  const char *text = texts != NULL && g_strv_length ((char **) texts) > index ? texts[index] : NULL;

  if (self->pool == NULL)
    self->pool = candor_question_pool_new ();

  return candor_question_pool_dup_shown_text (self->pool, id, text);
}

static void
save_progress (CandorGuidedSession *self)
{
  g_autoptr(GString) notes = g_string_new (NULL);
  g_autofree char *story = dup_story (self);
  g_autofree char *follow_up = dup_buffer (self->follow_up);
  const char *appreciation = gtk_editable_get_text (GTK_EDITABLE (self->appreciation));
  const char *old_notes = candor_check_get_notes (self->check);

  for (guint i = 0; i < N_QUESTIONS; i++)
    {
      g_autofree char *text = dup_buffer (self->question_notes[i]);
      g_autofree char *question = candor_guided_session_dup_question (self, i);

      if (g_strstrip (text)[0] == '\0')
        continue;
      if (notes->len > 0)
        g_string_append (notes, "\n\n");
      if (question != NULL)
        g_string_append_printf (notes, "%s\n", question);
      g_string_append (notes, text);
    }
  if (notes->len > 0)
    candor_check_set_notes (self->check, notes->str);
  else if (old_notes == NULL)
    candor_check_set_notes (self->check, NULL);

  candor_check_set_private (self->check, gtk_switch_get_active (GTK_SWITCH (self->private_switch)));
  candor_check_set_both_disclosed (self->check,
                                   gtk_switch_get_active (GTK_SWITCH (self->disclosed_switch)));
  if (story != NULL)
    candor_check_set_story (self->check, story);
  if (appreciation[0] != '\0')
    candor_check_set_appreciation (self->check, appreciation);
  if (g_strstrip (follow_up)[0] != '\0')
    candor_check_set_follow_up (self->check, follow_up);

  for (guint i = 0; i < self->commitments->len; i++)
    {
      g_autoptr(CandorCommitment) commitment =
        candor_commitment_new (candor_check_get_person_id (self->check),
                               candor_entry_get_id (CANDOR_ENTRY (self->check)),
                               g_ptr_array_index (self->commitments, i));
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autoptr(GDateTime) due_at = g_date_time_add_days (now, CANDOR_COMMITMENT_DEFAULT_DAYS);
      g_autoptr(GDateTime) due = candor_day_from_date_time (due_at);

      candor_commitment_set_due (commitment, due);
      candor_journal_add_commitment (self->journal, commitment);
    }
  g_ptr_array_set_size (self->commitments, 0);
}

void
candor_guided_session_finish (CandorGuidedSession *self)
{
  g_return_if_fail (CANDOR_IS_GUIDED_SESSION (self));

  if (!candor_guided_session_can_go_next (self))
    return;
  save_progress (self);
  candor_check_set_status (self->check, CANDOR_CHECK_STATUS_HELD);
  self->finished = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
candor_guided_session_close_request (GtkWindow *window)
{
  CandorGuidedSession *self = CANDOR_GUIDED_SESSION (window);

  /* Closing mid-way keeps what was said; the check stays as it was otherwise. */
  if (!self->finished)
    save_progress (self);
  g_clear_handle_id (&self->tick_source, g_source_remove);

  return GTK_WINDOW_CLASS (candor_guided_session_parent_class)->close_request (window);
}

/* Navigation */

const char *
candor_guided_session_get_step (CandorGuidedSession *self)
{
  g_return_val_if_fail (CANDOR_IS_GUIDED_SESSION (self), NULL);
  return candor_guided_steps[self->step];
}

gboolean
candor_guided_session_can_go_next (CandorGuidedSession *self)
{
  if (g_str_equal (candor_guided_steps[self->step], "closing"))
    return candor_count_words (gtk_editable_get_text (GTK_EDITABLE (self->appreciation))) <=
           CANDOR_APPRECIATION_MAX_WORDS;
  if (g_str_equal (candor_guided_steps[self->step], "follow-up"))
    {
      g_autofree char *text = dup_buffer (self->follow_up);
      return candor_count_words (text) < CANDOR_FOLLOW_UP_MAX_WORDS;
    }
  return TRUE;
}

static void
show_step (CandorGuidedSession *self)
{
  gboolean last = self->step == CANDOR_GUIDED_N_STEPS - 1;
  Timer *timer;

  /* A timer that is not on screen stands still. */
  for (guint i = 0; i < N_QUESTIONS; i++)
    self->pause[i].running = FALSE;
  self->presence.running = FALSE;
  self->story_timer.running = FALSE;

  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), candor_guided_steps[self->step]);
  gtk_widget_set_sensitive (self->back_button, self->step > 0);
  gtk_button_set_label (GTK_BUTTON (self->next_button), last ? _("_Finish") : _("_Next"));
  timer = visible_timer (self);
  if (timer != NULL)
    timer_update (self, timer);
  candor_guided_session_update_counts (self);
}

void
candor_guided_session_next (CandorGuidedSession *self)
{
  g_return_if_fail (CANDOR_IS_GUIDED_SESSION (self));

  if (!candor_guided_session_can_go_next (self))
    return;
  if (self->step == CANDOR_GUIDED_N_STEPS - 1)
    {
      candor_guided_session_finish (self);
      return;
    }
  self->step++;
  show_step (self);
}

void
candor_guided_session_back (CandorGuidedSession *self)
{
  g_return_if_fail (CANDOR_IS_GUIDED_SESSION (self));

  if (self->step == 0)
    return;
  self->step--;
  show_step (self);
}

/* Construction */

static void
candor_guided_session_dispose (GObject *object)
{
  CandorGuidedSession *self = CANDOR_GUIDED_SESSION (object);

  g_clear_handle_id (&self->tick_source, g_source_remove);
  g_clear_object (&self->journal);
  g_clear_object (&self->check);
  g_clear_object (&self->pool);
  g_clear_pointer (&self->commitments, g_ptr_array_unref);
  g_clear_pointer (&self->feeling_id, g_free);

  G_OBJECT_CLASS (candor_guided_session_parent_class)->dispose (object);
}

static void
candor_guided_session_class_init (CandorGuidedSessionClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = candor_guided_session_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = candor_guided_session_close_request;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_set_css_name (widget_class, "guidedsession");
}

static void
candor_guided_session_init (CandorGuidedSession *self)
{
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *bottom = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  self->commitments = g_ptr_array_new_with_free_func (g_free);
  gtk_window_set_default_size (GTK_WINDOW (self), 900, 720);

  gtk_box_append (GTK_BOX (content), header);
  self->stack = gtk_stack_new ();
  gtk_stack_set_transition_type (GTK_STACK (self->stack), GTK_STACK_TRANSITION_TYPE_CROSSFADE);
  gtk_widget_set_vexpand (self->stack, TRUE);
  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toasts, self->stack);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->toasts));

  self->back_button = gtk_button_new_with_mnemonic (_("_Back"));
  self->next_button = gtk_button_new_with_mnemonic (_("_Next"));
  gtk_widget_add_css_class (self->next_button, "suggested-action");
  gtk_widget_set_hexpand (self->back_button, TRUE);
  gtk_widget_set_halign (self->back_button, GTK_ALIGN_START);
  g_signal_connect_swapped (self->back_button, "clicked", G_CALLBACK (candor_guided_session_back),
                            self);
  g_signal_connect_swapped (self->next_button, "clicked", G_CALLBACK (candor_guided_session_next),
                            self);
  gtk_box_append (GTK_BOX (bottom), self->back_button);
  gtk_box_append (GTK_BOX (bottom), self->next_button);
  gtk_widget_add_css_class (bottom, "toolbar");
  gtk_widget_set_margin_start (bottom, 12);
  gtk_widget_set_margin_end (bottom, 12);
  gtk_widget_set_margin_bottom (bottom, 12);
  gtk_box_append (GTK_BOX (content), bottom);

  adw_window_set_content (ADW_WINDOW (self), content);
}

CandorGuidedSession *
candor_guided_session_new (GtkWindow     *parent,
                           CandorJournal *journal,
                           CandorCheck   *check)
{
  CandorGuidedSession *self;
  CandorPerson *person;
  g_autofree char *title = NULL;

  g_return_val_if_fail (CANDOR_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (CANDOR_IS_CHECK (check), NULL);

  self = g_object_new (CANDOR_TYPE_GUIDED_SESSION,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  self->journal = g_object_ref (journal);
  self->check = g_object_ref (check);

  person = candor_journal_get_person_by_id (journal, candor_check_get_person_id (check));
  /* Translators: title of the guided session window; %s is a name */
  title = g_strdup_printf (_("Connection Check with %s"),
                           person != NULL ? candor_person_get_name (person) : _("Someone"));
  gtk_window_set_title (GTK_WINDOW (self), title);

  candor_guided_session_build_steps (self);
  show_step (self);
  return self;
}
