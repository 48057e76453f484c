/* candor-time-out.c — a break when a fight escalates, with a time to come back
 *
 * The agreed time to come back is wall-clock time, shown large; the countdown itself runs
 * on the monotonic clock (CandorPhaseTimer), so it stays true while the window is hidden.
 * Each time-out is logged as an exercise when it ends: Progress counts it as a corrective
 * moment handled well. “More time” extends the same entry rather than adding another.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>

#include "candor-practice-cue.h"
#include "candor-toast.h"
#include "candor-rituals.h"
#include "candor-time-out.h"

#define TICK_MS 250

struct _CandorTimeOut
{
  AdwPreferencesGroup  parent_instance;

  GtkStack            *stack;
  GtkSpinButton       *minutes_spin;
  GtkLabel            *return_label;
  GtkLabel            *remaining_label;
  GtkButton           *pause_button;

  CandorJournal       *journal;
  CandorPhaseTimer    *timer;
  CandorExercise      *exercise;   /* the one being logged, until “We're back” */
  GDateTime           *started;
  guint                tick_id;
  gboolean             ended_early;
};

G_DEFINE_FINAL_TYPE (CandorTimeOut, candor_time_out, ADW_TYPE_PREFERENCES_GROUP)

/* Statics */

static void
update_return_time (CandorTimeOut *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) back = g_date_time_add (now, candor_phase_timer_get_remaining (self->timer));
  g_autofree char *text = candor_format_clock_time (back);

  gtk_label_set_text (self->return_label, text);
}

static void
update_running (CandorTimeOut *self)
{
  CandorPhaseTimerState state = candor_phase_timer_get_state (self->timer);
  gint64 remaining = candor_phase_timer_get_remaining (self->timer);
  guint seconds = (remaining + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC;
  g_autofree char *text = NULL;

  if (state == CANDOR_PHASE_TIMER_PAUSED)
    /* Translators: the time-out's countdown while paused: minutes:seconds. */
    text = g_strdup_printf (_("Paused with %u:%02u left"), seconds / 60, seconds % 60);
  else
    /* Translators: the time-out's countdown: minutes:seconds. */
    text = g_strdup_printf (_("%u:%02u left"), seconds / 60, seconds % 60);
  gtk_label_set_text (self->remaining_label, text);

  gtk_button_set_label (self->pause_button,
                        state == CANDOR_PHASE_TIMER_PAUSED ? _("_Resume") : _("_Pause"));
}

static gboolean
tick_cb (gpointer data)
{
  CandorTimeOut *self = data;

  candor_phase_timer_update (self->timer);
  if (candor_phase_timer_get_state (self->timer) == CANDOR_PHASE_TIMER_RUNNING)
    update_running (self);

  return G_SOURCE_CONTINUE;
}

static void
start (CandorTimeOut *self)
{
  guint seconds = gtk_spin_button_get_value_as_int (self->minutes_spin) * 60;

  candor_phase_timer_set_phases (self->timer, &seconds, 1);
  candor_phase_timer_start (self->timer);
  g_clear_pointer (&self->started, g_date_time_unref);
  self->started = g_date_time_new_now_local ();
  self->ended_early = FALSE;

  if (self->tick_id == 0)
    self->tick_id = g_timeout_add (TICK_MS, tick_cb, self);

  update_return_time (self);
  update_running (self);
  gtk_stack_set_visible_child_name (self->stack, "running");
}

static void
log_time_out (CandorTimeOut *self)
{
  guint seconds = candor_phase_timer_get_elapsed (self->timer) / G_USEC_PER_SEC;

  if (self->journal == NULL)
    return;

  if (self->exercise == NULL)
    {
      self->exercise = candor_exercise_new (CANDOR_EXERCISE_KIND_TIME_OUT, self->started);
      candor_exercise_set_duration (self->exercise, MIN (seconds, 86400));
      candor_journal_add_exercise (self->journal, self->exercise);
    }
  else
    {
      candor_exercise_set_duration (self->exercise,
                                    MIN (candor_exercise_get_duration (self->exercise) + seconds,
                                         86400));
    }
}

/* Callbacks */

static void
timer_finished_cb (CandorTimeOut *self)
{
  g_clear_handle_id (&self->tick_id, g_source_remove);
  log_time_out (self);
  gtk_stack_set_visible_child_name (self->stack, "ended");

  if (!self->ended_early)
    candor_practice_cue (GTK_WIDGET (self), "candor-time-out",
                         _("Time to come back together"),
                         _("When you both feel calm, return and resolve it: one issue, "
                           "listen first."));
}

/* Actions */

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  CandorTimeOut *self = CANDOR_TIME_OUT (widget);

  g_clear_object (&self->exercise);
  start (self);
}

static void
again_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  start (CANDOR_TIME_OUT (widget));
}

static void
pause_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  CandorTimeOut *self = CANDOR_TIME_OUT (widget);

  if (candor_phase_timer_get_state (self->timer) == CANDOR_PHASE_TIMER_PAUSED)
    {
      candor_phase_timer_resume (self->timer);
      update_return_time (self);
    }
  else
    {
      candor_phase_timer_pause (self->timer);
    }

  update_running (self);
}

static void
end_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  CandorTimeOut *self = CANDOR_TIME_OUT (widget);

  self->ended_early = TRUE;
  candor_phase_timer_finish (self->timer);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CandorTimeOut *self = CANDOR_TIME_OUT (widget);
  GApplication *app = g_application_get_default ();

  g_clear_object (&self->exercise);
  candor_phase_timer_reset (self->timer);
  gtk_stack_set_visible_child_name (self->stack, "idle");
  if (app != NULL && g_application_get_is_registered (app))
    g_application_withdraw_notification (app, "candor-time-out");
  candor_toast_add_toast_near (widget, adw_toast_new (_("Welcome back. Go gently.")));
}

/* Overrides */

static void
candor_time_out_dispose (GObject *object)
{
  CandorTimeOut *self = CANDOR_TIME_OUT (object);

  g_clear_handle_id (&self->tick_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), CANDOR_TYPE_TIME_OUT);
  if (self->timer != NULL)
    g_signal_handlers_disconnect_by_data (self->timer, self);
  g_clear_object (&self->timer);
  g_clear_object (&self->exercise);
  g_clear_object (&self->journal);
  g_clear_pointer (&self->started, g_date_time_unref);

  G_OBJECT_CLASS (candor_time_out_parent_class)->dispose (object);
}

static void
candor_time_out_class_init (CandorTimeOutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = candor_time_out_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/candorapp/Candor/ui/candor-time-out.ui");
  gtk_widget_class_bind_template_child (widget_class, CandorTimeOut, stack);
  gtk_widget_class_bind_template_child (widget_class, CandorTimeOut, minutes_spin);
  gtk_widget_class_bind_template_child (widget_class, CandorTimeOut, return_label);
  gtk_widget_class_bind_template_child (widget_class, CandorTimeOut, remaining_label);
  gtk_widget_class_bind_template_child (widget_class, CandorTimeOut, pause_button);

  gtk_widget_class_install_action (widget_class, "time-out.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "time-out.again", NULL, again_action);
  gtk_widget_class_install_action (widget_class, "time-out.pause", NULL, pause_action);
  gtk_widget_class_install_action (widget_class, "time-out.end", NULL, end_action);
  gtk_widget_class_install_action (widget_class, "time-out.back", NULL, back_action);
}

static void
candor_time_out_init (CandorTimeOut *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  candor_practice_describe_spin_buttons (GTK_WIDGET (self));

  self->timer = candor_phase_timer_new ();
  g_signal_connect_swapped (self->timer, "finished", G_CALLBACK (timer_finished_cb), self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "time-out.start", FALSE);
}

/* Public API */

void
candor_time_out_set_journal (CandorTimeOut *self,
                             CandorJournal *journal)
{
  g_return_if_fail (CANDOR_IS_TIME_OUT (self));
  g_return_if_fail (journal == NULL || CANDOR_IS_JOURNAL (journal));

  if (!g_set_object (&self->journal, journal))
    return;

  /* An exercise of the journal that went away isn't this one's to extend. */
  g_clear_object (&self->exercise);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "time-out.start", journal != NULL);
}

/**
 * candor_time_out_get_timer:
 * @self: a time-out
 *
 * Returns: (transfer none): the countdown
 */
CandorPhaseTimer *
candor_time_out_get_timer (CandorTimeOut *self)
{
  g_return_val_if_fail (CANDOR_IS_TIME_OUT (self), NULL);

  return self->timer;
}
