/* candor-phase-timer.c — a pausable countdown through several phases, on an injectable clock
 *
 * Deadline-based: the timer remembers when the current phase ends on a monotonic clock
 * that also counts time asleep (CLOCK_BOOTTIME) and never counts ticks, so it keeps true
 * time when nobody updates it for a while (a hidden window, a busy machine, a suspend).
 * Whoever shows it calls candor_phase_timer_update() from a tick; tests give it a fake
 * clock and never sleep.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <time.h>

#include "candor-phase-timer.h"

struct _CandorPhaseTimer
{
  GObject                parent_instance;

  CandorClockFunc        clock;
  gpointer               clock_data;

  GArray                *phases;     /* guint seconds */
  CandorPhaseTimerState  state;
  guint                  phase;
  gint64                 deadline;   /* while running */
  gint64                 remaining;  /* while paused */
  gint64                 elapsed_before; /* phases already over */
};

G_DEFINE_FINAL_TYPE (CandorPhaseTimer, candor_phase_timer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STATE,
  PROP_PHASE,
  N_PROPS
};

enum {
  PHASE_CHANGED,
  FINISHED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gint64
default_clock (gpointer user_data)
{
#ifdef CLOCK_BOOTTIME
  /* Like the monotonic clock, but it goes on while the machine sleeps: a time-out that
   * spans a suspend still ends when the couple agreed to come back. */
  struct timespec now;

  if (clock_gettime (CLOCK_BOOTTIME, &now) == 0)
    return (gint64) now.tv_sec * G_USEC_PER_SEC + now.tv_nsec / 1000;
#endif
  return g_get_monotonic_time ();
}

static gint64
phase_length (CandorPhaseTimer *self,
              guint             phase)
{
  return (gint64) g_array_index (self->phases, guint, phase) * G_USEC_PER_SEC;
}

static void
set_state (CandorPhaseTimer      *self,
           CandorPhaseTimerState  state)
{
  if (self->state == state)
    return;

  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
set_phase (CandorPhaseTimer *self,
           guint             phase)
{
  if (self->phase == phase)
    return;

  self->phase = phase;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHASE]);
}

/* Ends the current phase at @end (monotonic) and starts the next one there. */
static void
advance (CandorPhaseTimer *self,
         gint64            end)
{
  gint64 spent = phase_length (self, self->phase) - (self->deadline - end);

  self->elapsed_before += CLAMP (spent, 0, phase_length (self, self->phase));

  if (self->phase + 1 >= self->phases->len)
    {
      self->deadline = 0;
      set_state (self, CANDOR_PHASE_TIMER_FINISHED);
      g_signal_emit (self, signals[FINISHED], 0);
      return;
    }

  set_phase (self, self->phase + 1);
  self->deadline = end + phase_length (self, self->phase);
  g_signal_emit (self, signals[PHASE_CHANGED], 0, self->phase);
}

static void
candor_phase_timer_finalize (GObject *object)
{
  CandorPhaseTimer *self = CANDOR_PHASE_TIMER (object);

  g_clear_pointer (&self->phases, g_array_unref);

  G_OBJECT_CLASS (candor_phase_timer_parent_class)->finalize (object);
}

static void
candor_phase_timer_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CandorPhaseTimer *self = CANDOR_PHASE_TIMER (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_uint (value, self->state);
      break;

    case PROP_PHASE:
      g_value_set_uint (value, self->phase);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_phase_timer_class_init (CandorPhaseTimerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = candor_phase_timer_finalize;
  object_class->get_property = candor_phase_timer_get_property;

  /**
   * CandorPhaseTimer:state:
   *
   * A #CandorPhaseTimerState.
   */
  properties[PROP_STATE] =
    g_param_spec_uint ("state", NULL, NULL,
                       0, CANDOR_PHASE_TIMER_FINISHED, CANDOR_PHASE_TIMER_IDLE,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorPhaseTimer:phase:
   *
   * The index of the current phase.
   */
  properties[PROP_PHASE] =
    g_param_spec_uint ("phase", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CandorPhaseTimer::phase-changed:
   * @self: the timer
   * @phase: the phase that just began
   */
  signals[PHASE_CHANGED] =
    g_signal_new ("phase-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);

  /**
   * CandorPhaseTimer::finished:
   * @self: the timer
   *
   * The last phase ended, or candor_phase_timer_finish() was called.
   */
  signals[FINISHED] =
    g_signal_new ("finished",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
candor_phase_timer_init (CandorPhaseTimer *self)
{
  self->clock = default_clock;
  self->phases = g_array_new (FALSE, FALSE, sizeof (guint));
}

/**
 * candor_phase_timer_new:
 *
 * Returns: (transfer full): an idle timer without phases, on the monotonic clock
 */
CandorPhaseTimer *
candor_phase_timer_new (void)
{
  return g_object_new (CANDOR_TYPE_PHASE_TIMER, NULL);
}

/**
 * candor_phase_timer_set_clock:
 * @self: a timer
 * @clock: (nullable): the clock; %NULL for the boot-time clock (monotonic, counts sleep)
 * @user_data: passed to @clock
 *
 * Set it while idle: a running countdown would jump.
 */
void
candor_phase_timer_set_clock (CandorPhaseTimer *self,
                              CandorClockFunc   clock,
                              gpointer          user_data)
{
  g_return_if_fail (CANDOR_IS_PHASE_TIMER (self));

  self->clock = clock != NULL ? clock : default_clock;
  self->clock_data = user_data;
}

gint64
candor_phase_timer_now (CandorPhaseTimer *self)
{
  g_return_val_if_fail (CANDOR_IS_PHASE_TIMER (self), 0);

  return self->clock (self->clock_data);
}

void
candor_phase_timer_set_phases (CandorPhaseTimer *self,
                               const guint      *seconds,
                               guint             n_phases)
{
  g_return_if_fail (CANDOR_IS_PHASE_TIMER (self));
  g_return_if_fail (seconds != NULL || n_phases == 0);

  candor_phase_timer_reset (self);
  g_array_set_size (self->phases, 0);
  g_array_append_vals (self->phases, seconds, n_phases);
}

guint
candor_phase_timer_get_n_phases (CandorPhaseTimer *self)
{
  g_return_val_if_fail (CANDOR_IS_PHASE_TIMER (self), 0);

  return self->phases->len;
}

guint
candor_phase_timer_get_phase_duration (CandorPhaseTimer *self,
                                       guint             phase)
{
  g_return_val_if_fail (CANDOR_IS_PHASE_TIMER (self), 0);
  g_return_val_if_fail (phase < self->phases->len, 0);

  return g_array_index (self->phases, guint, phase);
}

CandorPhaseTimerState
candor_phase_timer_get_state (CandorPhaseTimer *self)
{
  g_return_val_if_fail (CANDOR_IS_PHASE_TIMER (self), CANDOR_PHASE_TIMER_IDLE);

  return self->state;
}

guint
candor_phase_timer_get_phase (CandorPhaseTimer *self)
{
  g_return_val_if_fail (CANDOR_IS_PHASE_TIMER (self), 0);

  return self->phase;
}

gint64
candor_phase_timer_get_remaining (CandorPhaseTimer *self)
{
  g_return_val_if_fail (CANDOR_IS_PHASE_TIMER (self), 0);

  switch (self->state)
    {
    case CANDOR_PHASE_TIMER_RUNNING:
      return MAX (0, self->deadline - candor_phase_timer_now (self));

    case CANDOR_PHASE_TIMER_PAUSED:
      return self->remaining;

    case CANDOR_PHASE_TIMER_IDLE:
    case CANDOR_PHASE_TIMER_FINISHED:
    default:
      return 0;
    }
}

gint64
candor_phase_timer_get_elapsed (CandorPhaseTimer *self)
{
  g_return_val_if_fail (CANDOR_IS_PHASE_TIMER (self), 0);

  if (self->state == CANDOR_PHASE_TIMER_RUNNING || self->state == CANDOR_PHASE_TIMER_PAUSED)
    return self->elapsed_before + phase_length (self, self->phase)
           - candor_phase_timer_get_remaining (self);

  return self->elapsed_before;
}

/**
 * candor_phase_timer_start:
 * @self: a timer with at least one phase
 *
 * Starts the first phase now, from idle or finished.
 */
void
candor_phase_timer_start (CandorPhaseTimer *self)
{
  g_return_if_fail (CANDOR_IS_PHASE_TIMER (self));
  g_return_if_fail (self->phases->len > 0);

  g_object_freeze_notify (G_OBJECT (self));
  self->elapsed_before = 0;
  set_phase (self, 0);
  self->deadline = candor_phase_timer_now (self) + phase_length (self, 0);
  set_state (self, CANDOR_PHASE_TIMER_RUNNING);
  g_object_thaw_notify (G_OBJECT (self));
}

void
candor_phase_timer_pause (CandorPhaseTimer *self)
{
  g_return_if_fail (CANDOR_IS_PHASE_TIMER (self));

  candor_phase_timer_update (self);
  if (self->state != CANDOR_PHASE_TIMER_RUNNING)
    return;

  self->remaining = MAX (0, self->deadline - candor_phase_timer_now (self));
  set_state (self, CANDOR_PHASE_TIMER_PAUSED);
}

void
candor_phase_timer_resume (CandorPhaseTimer *self)
{
  g_return_if_fail (CANDOR_IS_PHASE_TIMER (self));

  if (self->state != CANDOR_PHASE_TIMER_PAUSED)
    return;

  self->deadline = candor_phase_timer_now (self) + self->remaining;
  self->remaining = 0;
  set_state (self, CANDOR_PHASE_TIMER_RUNNING);
}

void
candor_phase_timer_skip (CandorPhaseTimer *self)
{
  gint64 now;

  g_return_if_fail (CANDOR_IS_PHASE_TIMER (self));

  candor_phase_timer_update (self);
  now = candor_phase_timer_now (self);

  if (self->state == CANDOR_PHASE_TIMER_PAUSED)
    {
      /* Skipping while paused: the next phase starts paused, with its whole time. */
      self->deadline = now + self->remaining;
      advance (self, now);
      if (self->state != CANDOR_PHASE_TIMER_FINISHED)
        {
          self->remaining = phase_length (self, self->phase);
          self->deadline = 0;
        }
    }
  else if (self->state == CANDOR_PHASE_TIMER_RUNNING)
    {
      advance (self, now);
    }
}

void
candor_phase_timer_finish (CandorPhaseTimer *self)
{
  g_return_if_fail (CANDOR_IS_PHASE_TIMER (self));

  candor_phase_timer_update (self);
  if (self->state != CANDOR_PHASE_TIMER_RUNNING && self->state != CANDOR_PHASE_TIMER_PAUSED)
    return;

  self->elapsed_before = candor_phase_timer_get_elapsed (self);
  self->deadline = 0;
  self->remaining = 0;
  set_state (self, CANDOR_PHASE_TIMER_FINISHED);
  g_signal_emit (self, signals[FINISHED], 0);
}

void
candor_phase_timer_restore (CandorPhaseTimer *self,
                            guint             phase,
                            gint64            remaining,
                            gboolean          paused)
{
  g_return_if_fail (CANDOR_IS_PHASE_TIMER (self));
  g_return_if_fail (phase < self->phases->len);

  remaining = CLAMP (remaining, 0, phase_length (self, phase));

  g_object_freeze_notify (G_OBJECT (self));
  self->elapsed_before = 0;
  for (guint i = 0; i < phase; i++)
    self->elapsed_before += phase_length (self, i);
  set_phase (self, phase);
  if (paused)
    {
      self->deadline = 0;
      self->remaining = remaining;
      set_state (self, CANDOR_PHASE_TIMER_PAUSED);
    }
  else
    {
      self->deadline = candor_phase_timer_now (self) + remaining;
      self->remaining = 0;
      set_state (self, CANDOR_PHASE_TIMER_RUNNING);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

void
candor_phase_timer_reset (CandorPhaseTimer *self)
{
  g_return_if_fail (CANDOR_IS_PHASE_TIMER (self));

  g_object_freeze_notify (G_OBJECT (self));
  self->deadline = 0;
  self->remaining = 0;
  self->elapsed_before = 0;
  set_phase (self, 0);
  set_state (self, CANDOR_PHASE_TIMER_IDLE);
  g_object_thaw_notify (G_OBJECT (self));
}

void
candor_phase_timer_update (CandorPhaseTimer *self)
{
  gint64 now;

  g_return_if_fail (CANDOR_IS_PHASE_TIMER (self));

  if (self->state != CANDOR_PHASE_TIMER_RUNNING)
    return;

  now = candor_phase_timer_now (self);
  /* Several phases may have passed since the last look; each one is announced, and each
   * next deadline counts from the previous one, not from now. */
  while (self->state == CANDOR_PHASE_TIMER_RUNNING && now >= self->deadline)
    advance (self, self->deadline);
}
