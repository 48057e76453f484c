/* candor-phase-timer.h — a pausable countdown through several phases, on an injectable clock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  CANDOR_PHASE_TIMER_IDLE,
  CANDOR_PHASE_TIMER_RUNNING,
  CANDOR_PHASE_TIMER_PAUSED,
  CANDOR_PHASE_TIMER_FINISHED,
} CandorPhaseTimerState;

/* Monotonic microseconds, like g_get_monotonic_time(). */
typedef gint64 (*CandorClockFunc) (gpointer user_data);

#define CANDOR_TYPE_PHASE_TIMER (candor_phase_timer_get_type ())

G_DECLARE_FINAL_TYPE (CandorPhaseTimer, candor_phase_timer, CANDOR, PHASE_TIMER, GObject)

CandorPhaseTimer      *candor_phase_timer_new           (void);
void                   candor_phase_timer_set_clock     (CandorPhaseTimer *self,
                                                         CandorClockFunc   clock,
                                                         gpointer          user_data);
gint64                 candor_phase_timer_now           (CandorPhaseTimer *self);
/* Replaces the phases (seconds each) and goes back to idle. */
void                   candor_phase_timer_set_phases    (CandorPhaseTimer *self,
                                                         const guint      *seconds,
                                                         guint             n_phases);
guint                  candor_phase_timer_get_n_phases  (CandorPhaseTimer *self);
guint                  candor_phase_timer_get_phase_duration (CandorPhaseTimer *self,
                                                         guint             phase);
CandorPhaseTimerState  candor_phase_timer_get_state     (CandorPhaseTimer *self);
guint                  candor_phase_timer_get_phase     (CandorPhaseTimer *self);
/* Microseconds left in the current phase (0 when idle or finished). */
gint64                 candor_phase_timer_get_remaining (CandorPhaseTimer *self);
/* Microseconds really spent running, pauses left out. */
gint64                 candor_phase_timer_get_elapsed   (CandorPhaseTimer *self);

void                   candor_phase_timer_start         (CandorPhaseTimer *self);
void                   candor_phase_timer_pause         (CandorPhaseTimer *self);
void                   candor_phase_timer_resume        (CandorPhaseTimer *self);
/* Ends the current phase now (a swap): the next one starts with its full time. */
void                   candor_phase_timer_skip          (CandorPhaseTimer *self);
/* Ends the whole countdown now; "finished" is emitted. */
void                   candor_phase_timer_finish        (CandorPhaseTimer *self);
/* Picks a countdown up again where it was (after a restart): in @phase with @remaining
 * microseconds left, running or paused. With nothing left and running, the next
 * candor_phase_timer_update() ends that phase. */
void                   candor_phase_timer_restore       (CandorPhaseTimer *self,
                                                         guint             phase,
                                                         gint64            remaining,
                                                         gboolean          paused);
/* Back to idle, without "finished". */
void                   candor_phase_timer_reset         (CandorPhaseTimer *self);
/* Reads the clock and moves through every phase whose deadline has passed. Cheap; call
 * it from a tick. */
void                   candor_phase_timer_update        (CandorPhaseTimer *self);

G_END_DECLS
