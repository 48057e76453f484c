/* candor-time-out.c — a break when a fight escalates, with a time to come back
 *
 * The agreed time to come back is wall-clock time, shown large; the countdown itself runs
 * on the monotonic clock (CandorPhaseTimer), so it stays true while the window is hidden.
 * Each time-out is logged as an exercise when it ends: Progress counts it as a corrective
 * moment handled well. “More time” extends the same entry rather than adding another.
 *
 * A time-out in progress is kept in the journal's settings (encrypted: it tells that a
 * fight happened), as a wall-clock deadline or, paused, the time left. Whoever shows the
 * journal next (a new window, the app started again) picks it up from there; if the
 * deadline passed meanwhile, it shows the prompt to come back and logs the time-out, once,
 * since ending clears what was kept. Nothing keeps the app running for it: with no window
 * open there is no countdown and no notification, only the deadline in the journal.
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

/* Tests: one fake clock for every time-out's countdown and for the wall clock. */
static CandorClockFunc test_clock;
static gpointer test_clock_data;

struct _CandorTimeOut
{
  AdwPreferencesGroup  parent_instance;

  GtkStack            *stack;
  GtkSpinButton       *minutes_spin;
  GtkLabel            *return_label;
  GtkLabel            *remaining_label;
  GtkButton           *pause_button;

  CandorJournal       *journal;
  CandorSettings      *settings;   /* the journal's, where the time-out in progress is kept */
  CandorPhaseTimer    *timer;
  CandorExercise      *exercise;   /* the one being logged, until “We're back” */
  GDateTime           *started;
  guint                tick_id;
  gboolean             ended_early;
  gboolean             storing;
  gboolean             restoring;
};

G_DEFINE_FINAL_TYPE (CandorTimeOut, candor_time_out, ADW_TYPE_PREFERENCES_GROUP)

/* Statics */

/* Microseconds since the epoch, like g_get_real_time(). */
static gint64
wall_now (void)
{
  return test_clock != NULL ? test_clock (test_clock_data) : g_get_real_time ();
}

static GDateTime *
wall_to_date_time (gint64 usec)
{
  g_autoptr(GDateTime) epoch = g_date_time_new_from_unix_utc (0);
  g_autoptr(GDateTime) utc = g_date_time_add (epoch, usec);

  return g_date_time_to_local (utc);
}

static gint64
date_time_to_wall (GDateTime *date_time)
{
  return g_date_time_to_unix (date_time) * G_USEC_PER_SEC
         + g_date_time_get_microsecond (date_time);
}

static void
update_return_time (CandorTimeOut *self)
{
  g_autoptr(GDateTime) now = wall_to_date_time (wall_now ());
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
show_running (CandorTimeOut *self)
{
  if (self->tick_id == 0)
    self->tick_id = g_timeout_add (TICK_MS, tick_cb, self);

  update_return_time (self);
  update_running (self);
  gtk_stack_set_visible_child_name (self->stack, "running");
}

static void
show_idle (CandorTimeOut *self)
{
  g_clear_handle_id (&self->tick_id, g_source_remove);
  g_clear_object (&self->exercise);
  candor_phase_timer_reset (self->timer);
  gtk_stack_set_visible_child_name (self->stack, "idle");
}

/* Keeps the time-out in progress in the journal's settings, or forgets it once over. */
static void
store_state (CandorTimeOut *self)
{
  CandorPhaseTimerState state = candor_phase_timer_get_state (self->timer);

  if (self->settings == NULL)
    return;

  self->storing = TRUE;
  g_object_freeze_notify (G_OBJECT (self->settings));

  if ((state == CANDOR_PHASE_TIMER_RUNNING || state == CANDOR_PHASE_TIMER_PAUSED) &&
      self->started != NULL)
    {
      gint64 remaining = candor_phase_timer_get_remaining (self->timer);
      guint length = candor_phase_timer_get_phase_duration (self->timer, 0);

      candor_settings_set_time_out_started (self->settings, self->started);
      candor_settings_set_time_out_length (self->settings,
                                           MIN (length, CANDOR_SETTINGS_MAX_TIME_OUT));
      candor_settings_set_time_out_exercise (self->settings,
                                             self->exercise != NULL
                                             ? candor_entry_get_id (CANDOR_ENTRY (self->exercise))
                                             : NULL);
      if (state == CANDOR_PHASE_TIMER_RUNNING)
        {
          g_autoptr(GDateTime) deadline = wall_to_date_time (wall_now () + remaining);

          candor_settings_set_time_out_deadline (self->settings, deadline);
          candor_settings_set_time_out_left (self->settings, 0);
        }
      else
        {
          guint left = (remaining + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC;

          candor_settings_set_time_out_deadline (self->settings, NULL);
          candor_settings_set_time_out_left (self->settings,
                                             MIN (left, CANDOR_SETTINGS_MAX_TIME_OUT));
        }
    }
  else
    {
      candor_settings_clear_time_out (self->settings);
    }

  g_object_thaw_notify (G_OBJECT (self->settings));
  self->storing = FALSE;
}

/* Shows the time-out the settings keep, or none; one whose deadline passed ends here. */
static void
load_state (CandorTimeOut *self)
{
  GDateTime *started = self->settings != NULL
                       ? candor_settings_get_time_out_started (self->settings) : NULL;
  guint length = self->settings != NULL ? candor_settings_get_time_out_length (self->settings) : 0;
  CandorPhaseTimerState state = candor_phase_timer_get_state (self->timer);
  GDateTime *deadline;
  const char *exercise_id;
  CandorEntry *exercise = NULL;
  gint64 remaining;

  if (started == NULL || length == 0)
    {
      /* None (any more): called off or ended elsewhere, or another journal. */
      if (state == CANDOR_PHASE_TIMER_RUNNING || state == CANDOR_PHASE_TIMER_PAUSED)
        show_idle (self);
      return;
    }

  candor_phase_timer_set_phases (self->timer, &length, 1);
  g_clear_pointer (&self->started, g_date_time_unref);
  self->started = g_date_time_to_local (started);
  self->ended_early = FALSE;

  exercise_id = candor_settings_get_time_out_exercise (self->settings);
  if (exercise_id != NULL)
    exercise = candor_journal_find (self->journal, exercise_id);
  if (exercise != NULL && CANDOR_IS_EXERCISE (exercise))
    g_set_object (&self->exercise, CANDOR_EXERCISE (exercise));
  else
    g_clear_object (&self->exercise);

  deadline = candor_settings_get_time_out_deadline (self->settings);
  if (deadline != NULL)
    remaining = date_time_to_wall (deadline) - wall_now ();
  else
    remaining = (gint64) candor_settings_get_time_out_left (self->settings) * G_USEC_PER_SEC;
  candor_phase_timer_restore (self->timer, 0, remaining, deadline == NULL);

  show_running (self);

  /* Over while nobody looked: the prompt to come back, logged now, without a sound. */
  self->restoring = TRUE;
  candor_phase_timer_update (self->timer);
  self->restoring = FALSE;
}

static void
start (CandorTimeOut *self)
{
  guint seconds = gtk_spin_button_get_value_as_int (self->minutes_spin) * 60;

  candor_phase_timer_set_phases (self->timer, &seconds, 1);
  candor_phase_timer_start (self->timer);
  g_clear_pointer (&self->started, g_date_time_unref);
  self->started = wall_to_date_time (wall_now ());
  self->ended_early = FALSE;

  show_running (self);
  store_state (self);
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
  store_state (self);
  gtk_stack_set_visible_child_name (self->stack, "ended");

  if (!self->ended_early && !self->restoring)
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
  store_state (self);
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

  show_idle (self);
  store_state (self);
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
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);
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
  if (test_clock != NULL)
    candor_phase_timer_set_clock (self->timer, test_clock, test_clock_data);
  g_signal_connect_swapped (self->timer, "finished", G_CALLBACK (timer_finished_cb), self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "time-out.start", FALSE);
}

/* Callbacks */

static void
settings_changed_cb (CandorTimeOut *self,
                     GParamSpec    *pspec)
{
  /* Changed elsewhere: another window, an import. */
  if (!self->storing && g_str_has_prefix (pspec->name, "time-out-"))
    load_state (self);
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

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);
  if (journal != NULL)
    {
      self->settings = g_object_ref (candor_journal_get_settings (journal));
      g_signal_connect_object (self->settings, "notify", G_CALLBACK (settings_changed_cb),
                               self, G_CONNECT_SWAPPED);
    }

  /* A time-out of the journal that went away isn't this one's to show or extend; the
   * journal keeps its own, if it has one. */
  show_idle (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "time-out.start", journal != NULL);
  load_state (self);
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

/**
 * candor_time_out_set_clock_for_testing:
 * @clock: (nullable): the clock, in microseconds since the epoch; %NULL for the real ones
 * @user_data: passed to @clock
 *
 * Tests: the countdown of every time-out made from now on, and the wall clock of all,
 * read @clock, so that a time-out kept in the journal can be picked up later in fake time.
 */
void
candor_time_out_set_clock_for_testing (CandorClockFunc clock,
                                       gpointer        user_data)
{
  test_clock = clock;
  test_clock_data = user_data;
}
