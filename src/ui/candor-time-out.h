/* candor-time-out.h — a break when a fight escalates, with a time to come back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "candor-journal.h"
#include "candor-phase-timer.h"

G_BEGIN_DECLS

#define CANDOR_TYPE_TIME_OUT (candor_time_out_get_type ())

G_DECLARE_FINAL_TYPE (CandorTimeOut, candor_time_out, CANDOR, TIME_OUT, AdwPreferencesGroup)

void              candor_time_out_set_journal (CandorTimeOut *self,
                                               CandorJournal *journal);
/* The countdown, so that tests can give it a fake clock. */
CandorPhaseTimer *candor_time_out_get_timer   (CandorTimeOut *self);
void              candor_time_out_set_clock_for_testing (CandorClockFunc clock,
                                                         gpointer        user_data);

G_END_DECLS
