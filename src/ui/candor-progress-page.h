/* candor-progress-page.h — the brief's metrics as charts, each against its target
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "candor-session.h"

G_BEGIN_DECLS

#define CANDOR_TYPE_PROGRESS_PAGE (candor_progress_page_get_type ())

G_DECLARE_FINAL_TYPE (CandorProgressPage, candor_progress_page, CANDOR, PROGRESS_PAGE, GtkWidget)

CandorSession *candor_progress_page_get_session (CandorProgressPage *self);
void           candor_progress_page_set_session (CandorProgressPage *self,
                                                 CandorSession      *session);
/* For tests and screenshots: the day the page counts up to (NULL: the real today). */
void           candor_progress_page_set_today   (CandorProgressPage *self,
                                                 const GDate        *today);
/* Recomputes now instead of when idle. */
void           candor_progress_page_update      (CandorProgressPage *self);
/* How long the last update took, in microseconds. */
gint64         candor_progress_page_get_update_time (CandorProgressPage *self);

G_END_DECLS
