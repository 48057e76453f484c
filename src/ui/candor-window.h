/* candor-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "candor-application.h"
#include "candor-session.h"

G_BEGIN_DECLS

#define CANDOR_TYPE_WINDOW (candor_window_get_type ())

G_DECLARE_FINAL_TYPE (CandorWindow, candor_window, CANDOR, WINDOW, AdwApplicationWindow)

CandorWindow  *candor_window_new              (CandorApplication *application);
CandorWindow  *candor_window_new_for_session  (CandorApplication *application,
                                               CandorSession     *session);
CandorSession *candor_window_get_session      (CandorWindow      *self);
/* "first-run", "unlock" or "journal". */
const char    *candor_window_get_mode         (CandorWindow      *self);
const char    *candor_window_get_visible_page (CandorWindow      *self);
void           candor_window_set_visible_page (CandorWindow      *self,
                                               const char        *page_name);
void           candor_window_add_toast        (CandorWindow      *self,
                                               AdwToast          *toast);
gboolean       candor_window_unlock_with_passphrase (CandorWindow *self,
                                                     const char   *passphrase);

G_END_DECLS
