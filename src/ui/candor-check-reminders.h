/* candor-check-reminders.h — Connection Check and commitment reminders as notifications
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "candor-session.h"

G_BEGIN_DECLS

#define CANDOR_TYPE_CHECK_REMINDERS (candor_check_reminders_get_type ())

G_DECLARE_FINAL_TYPE (CandorCheckReminders, candor_check_reminders, CANDOR, CHECK_REMINDERS,
                      GObject)

CandorCheckReminders *candor_check_reminders_new         (GApplication         *application,
                                                          GSettings            *settings);
void                  candor_check_reminders_set_session (CandorCheckReminders *self,
                                                          CandorSession        *session);

G_END_DECLS
