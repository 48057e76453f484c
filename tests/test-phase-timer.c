/* test-phase-timer.c — the multi-phase countdown, on a fake clock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "candor-phase-timer.h"

#define SEC G_GINT64_CONSTANT (1000000)

static gint64 fake_now;

static gint64
fake_clock (gpointer data)
{
  return fake_now;
}

static CandorPhaseTimer *
timer_new (const guint *phases,
           guint        n)
{
  CandorPhaseTimer *timer = candor_phase_timer_new ();

  fake_now = 1000 * SEC;
  candor_phase_timer_set_clock (timer, fake_clock, NULL);
  candor_phase_timer_set_phases (timer, phases, n);

  return timer;
}

static void
count_cb (CandorPhaseTimer *timer,
          guint             phase,
          gpointer          data)
{
  GArray *seen = data;

  g_array_append_val (seen, phase);
}

static void
finished_cb (CandorPhaseTimer *timer,
             gpointer          data)
{
  (*(guint *) data)++;
}

static void
test_phases_run_through (void)
{
  const guint phases[] = { 300, 300 };
  g_autoptr(CandorPhaseTimer) timer = timer_new (phases, 2);
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (guint));
  guint finished = 0;

  g_signal_connect (timer, "phase-changed", G_CALLBACK (count_cb), seen);
  g_signal_connect (timer, "finished", G_CALLBACK (finished_cb), &finished);

  g_assert_cmpuint (candor_phase_timer_get_state (timer), ==, CANDOR_PHASE_TIMER_IDLE);
  g_assert_cmpint (candor_phase_timer_get_remaining (timer), ==, 0);

  candor_phase_timer_start (timer);
  g_assert_cmpuint (candor_phase_timer_get_state (timer), ==, CANDOR_PHASE_TIMER_RUNNING);
  g_assert_cmpuint (candor_phase_timer_get_phase (timer), ==, 0);
  g_assert_cmpint (candor_phase_timer_get_remaining (timer), ==, 300 * SEC);

  fake_now += 120 * SEC;
  candor_phase_timer_update (timer);
  g_assert_cmpint (candor_phase_timer_get_remaining (timer), ==, 180 * SEC);
  g_assert_cmpuint (seen->len, ==, 0);

  /* The deadline passes by 10 s while nobody looks: phase two has already run 10 s. */
  fake_now += 190 * SEC;
  candor_phase_timer_update (timer);
  g_assert_cmpuint (seen->len, ==, 1);
  g_assert_cmpuint (g_array_index (seen, guint, 0), ==, 1);
  g_assert_cmpuint (candor_phase_timer_get_phase (timer), ==, 1);
  g_assert_cmpint (candor_phase_timer_get_remaining (timer), ==, 290 * SEC);
  g_assert_cmpint (candor_phase_timer_get_elapsed (timer), ==, 310 * SEC);

  fake_now += 290 * SEC;
  candor_phase_timer_update (timer);
  g_assert_cmpuint (candor_phase_timer_get_state (timer), ==, CANDOR_PHASE_TIMER_FINISHED);
  g_assert_cmpuint (finished, ==, 1);
  g_assert_cmpint (candor_phase_timer_get_elapsed (timer), ==, 600 * SEC);
  g_assert_cmpint (candor_phase_timer_get_remaining (timer), ==, 0);

  /* Nothing more happens once finished. */
  fake_now += 1000 * SEC;
  candor_phase_timer_update (timer);
  g_assert_cmpuint (finished, ==, 1);
}

static void
test_long_gap_crosses_every_phase (void)
{
  const guint phases[] = { 10, 10, 10 };
  g_autoptr(CandorPhaseTimer) timer = timer_new (phases, 3);
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (guint));
  guint finished = 0;

  g_signal_connect (timer, "phase-changed", G_CALLBACK (count_cb), seen);
  g_signal_connect (timer, "finished", G_CALLBACK (finished_cb), &finished);

  candor_phase_timer_start (timer);
  /* A suspended laptop: every phase change is still announced, in order. */
  fake_now += 3600 * SEC;
  candor_phase_timer_update (timer);
  g_assert_cmpuint (seen->len, ==, 2);
  g_assert_cmpuint (g_array_index (seen, guint, 0), ==, 1);
  g_assert_cmpuint (g_array_index (seen, guint, 1), ==, 2);
  g_assert_cmpuint (finished, ==, 1);
  g_assert_cmpint (candor_phase_timer_get_elapsed (timer), ==, 30 * SEC);
}

static void
test_pause_resume (void)
{
  const guint phases[] = { 60, 60 };
  g_autoptr(CandorPhaseTimer) timer = timer_new (phases, 2);

  candor_phase_timer_start (timer);
  fake_now += 20 * SEC;
  candor_phase_timer_pause (timer);
  g_assert_cmpuint (candor_phase_timer_get_state (timer), ==, CANDOR_PHASE_TIMER_PAUSED);
  g_assert_cmpint (candor_phase_timer_get_remaining (timer), ==, 40 * SEC);

  /* Time stands still while paused. */
  fake_now += 500 * SEC;
  candor_phase_timer_update (timer);
  g_assert_cmpuint (candor_phase_timer_get_phase (timer), ==, 0);
  g_assert_cmpint (candor_phase_timer_get_remaining (timer), ==, 40 * SEC);
  g_assert_cmpint (candor_phase_timer_get_elapsed (timer), ==, 20 * SEC);

  candor_phase_timer_resume (timer);
  g_assert_cmpuint (candor_phase_timer_get_state (timer), ==, CANDOR_PHASE_TIMER_RUNNING);
  fake_now += 30 * SEC;
  g_assert_cmpint (candor_phase_timer_get_remaining (timer), ==, 10 * SEC);
  fake_now += 10 * SEC;
  candor_phase_timer_update (timer);
  g_assert_cmpuint (candor_phase_timer_get_phase (timer), ==, 1);
  g_assert_cmpint (candor_phase_timer_get_remaining (timer), ==, 60 * SEC);

  /* Resume without a pause, or pause twice, changes nothing. */
  candor_phase_timer_resume (timer);
  candor_phase_timer_pause (timer);
  candor_phase_timer_pause (timer);
  g_assert_cmpint (candor_phase_timer_get_remaining (timer), ==, 60 * SEC);
}

static void
test_swap_early (void)
{
  const guint phases[] = { 300, 300 };
  g_autoptr(CandorPhaseTimer) timer = timer_new (phases, 2);
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (guint));
  guint finished = 0;

  g_signal_connect (timer, "phase-changed", G_CALLBACK (count_cb), seen);
  g_signal_connect (timer, "finished", G_CALLBACK (finished_cb), &finished);

  candor_phase_timer_start (timer);
  fake_now += 100 * SEC;
  candor_phase_timer_skip (timer);
  g_assert_cmpuint (seen->len, ==, 1);
  g_assert_cmpuint (candor_phase_timer_get_phase (timer), ==, 1);
  /* The second speaker gets the whole time, not what the first one left. */
  g_assert_cmpint (candor_phase_timer_get_remaining (timer), ==, 300 * SEC);
  g_assert_cmpint (candor_phase_timer_get_elapsed (timer), ==, 100 * SEC);

  /* A swap while paused keeps it paused. */
  fake_now += 50 * SEC;
  candor_phase_timer_pause (timer);
  candor_phase_timer_skip (timer);
  g_assert_cmpuint (candor_phase_timer_get_state (timer), ==, CANDOR_PHASE_TIMER_FINISHED);
  g_assert_cmpuint (finished, ==, 1);
  g_assert_cmpint (candor_phase_timer_get_elapsed (timer), ==, 150 * SEC);
}

static void
test_skip_while_paused_mid (void)
{
  const guint phases[] = { 30, 40, 50 };
  g_autoptr(CandorPhaseTimer) timer = timer_new (phases, 3);

  candor_phase_timer_start (timer);
  fake_now += 5 * SEC;
  candor_phase_timer_pause (timer);
  candor_phase_timer_skip (timer);
  g_assert_cmpuint (candor_phase_timer_get_state (timer), ==, CANDOR_PHASE_TIMER_PAUSED);
  g_assert_cmpuint (candor_phase_timer_get_phase (timer), ==, 1);
  g_assert_cmpint (candor_phase_timer_get_remaining (timer), ==, 40 * SEC);
  candor_phase_timer_resume (timer);
  fake_now += 1 * SEC;
  g_assert_cmpint (candor_phase_timer_get_remaining (timer), ==, 39 * SEC);
  g_assert_cmpint (candor_phase_timer_get_elapsed (timer), ==, 6 * SEC);
}

static void
test_finish_and_reset (void)
{
  const guint phases[] = { 1200 };
  g_autoptr(CandorPhaseTimer) timer = timer_new (phases, 1);
  guint finished = 0;

  g_signal_connect (timer, "finished", G_CALLBACK (finished_cb), &finished);

  /* Ending a time-out early records the time really taken. */
  candor_phase_timer_start (timer);
  fake_now += 600 * SEC;
  candor_phase_timer_finish (timer);
  g_assert_cmpuint (finished, ==, 1);
  g_assert_cmpuint (candor_phase_timer_get_state (timer), ==, CANDOR_PHASE_TIMER_FINISHED);
  g_assert_cmpint (candor_phase_timer_get_elapsed (timer), ==, 600 * SEC);

  candor_phase_timer_start (timer);
  g_assert_cmpint (candor_phase_timer_get_elapsed (timer), ==, 0);
  candor_phase_timer_reset (timer);
  g_assert_cmpuint (candor_phase_timer_get_state (timer), ==, CANDOR_PHASE_TIMER_IDLE);
  fake_now += 5000 * SEC;
  candor_phase_timer_update (timer);
  g_assert_cmpuint (finished, ==, 1);
}

/* A countdown picked up after a restart: the time left counts, pauses stay paused, and
 * one whose end passed while nobody looked ends at the next update, once. */
static void
test_restore (void)
{
  const guint phases[] = { 300, 600 };
  g_autoptr(CandorPhaseTimer) timer = timer_new (phases, 2);
  guint finished = 0;

  g_signal_connect (timer, "finished", G_CALLBACK (finished_cb), &finished);

  candor_phase_timer_restore (timer, 1, 240 * SEC, FALSE);
  g_assert_cmpuint (candor_phase_timer_get_state (timer), ==, CANDOR_PHASE_TIMER_RUNNING);
  g_assert_cmpuint (candor_phase_timer_get_phase (timer), ==, 1);
  g_assert_cmpint (candor_phase_timer_get_remaining (timer), ==, 240 * SEC);
  g_assert_cmpint (candor_phase_timer_get_elapsed (timer), ==, (300 + 360) * SEC);
  fake_now += 40 * SEC;
  candor_phase_timer_update (timer);
  g_assert_cmpint (candor_phase_timer_get_remaining (timer), ==, 200 * SEC);

  candor_phase_timer_restore (timer, 0, 90 * SEC, TRUE);
  g_assert_cmpuint (candor_phase_timer_get_state (timer), ==, CANDOR_PHASE_TIMER_PAUSED);
  fake_now += 1000 * SEC;
  candor_phase_timer_update (timer);
  g_assert_cmpint (candor_phase_timer_get_remaining (timer), ==, 90 * SEC);
  candor_phase_timer_resume (timer);
  g_assert_cmpint (candor_phase_timer_get_remaining (timer), ==, 90 * SEC);

  /* More than a phase's length is cut to it; nothing left ends it at the next look. */
  candor_phase_timer_restore (timer, 1, 10000 * SEC, FALSE);
  g_assert_cmpint (candor_phase_timer_get_remaining (timer), ==, 600 * SEC);
  candor_phase_timer_restore (timer, 1, -5 * SEC, FALSE);
  g_assert_cmpuint (finished, ==, 0);
  candor_phase_timer_update (timer);
  candor_phase_timer_update (timer);
  g_assert_cmpuint (finished, ==, 1);
  g_assert_cmpuint (candor_phase_timer_get_state (timer), ==, CANDOR_PHASE_TIMER_FINISHED);
  g_assert_cmpint (candor_phase_timer_get_elapsed (timer), ==, 900 * SEC);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/phase-timer/phases", test_phases_run_through);
  g_test_add_func ("/phase-timer/long-gap", test_long_gap_crosses_every_phase);
  g_test_add_func ("/phase-timer/pause-resume", test_pause_resume);
  g_test_add_func ("/phase-timer/swap", test_swap_early);
  g_test_add_func ("/phase-timer/skip-paused", test_skip_while_paused_mid);
  g_test_add_func ("/phase-timer/finish-reset", test_finish_and_reset);
  g_test_add_func ("/phase-timer/restore", test_restore);

  return g_test_run ();
}
