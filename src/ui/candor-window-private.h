/* candor-window-private.h — for tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "candor-window.h"

G_BEGIN_DECLS

/* How long a “minute” of lock-after-idle-minutes lasts, so a test need not wait. */
void candor_window_set_idle_minute (CandorWindow *self,
                                    guint         minute_ms);

/* The help page id F1 opens now (help:candor/<id>). */
const char *candor_window_get_help_topic (CandorWindow *self);

G_END_DECLS
