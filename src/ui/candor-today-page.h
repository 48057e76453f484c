/* candor-today-page.h — today's check-ins, bids and moments, and the history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "candor-session.h"

G_BEGIN_DECLS

#define CANDOR_TYPE_TODAY_PAGE (candor_today_page_get_type ())

G_DECLARE_FINAL_TYPE (CandorTodayPage, candor_today_page, CANDOR, TODAY_PAGE, GtkWidget)

CandorSession *candor_today_page_get_session (CandorTodayPage *self);
void           candor_today_page_set_session (CandorTodayPage *self,
                                              CandorSession   *session);
GListModel    *candor_today_page_get_history (CandorTodayPage *self);

G_END_DECLS
