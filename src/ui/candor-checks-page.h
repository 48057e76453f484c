/* candor-checks-page.h — the Connection Checks page: the month, what is coming, the people
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "candor-session.h"

G_BEGIN_DECLS

#define CANDOR_TYPE_CHECKS_PAGE (candor_checks_page_get_type ())

G_DECLARE_FINAL_TYPE (CandorChecksPage, candor_checks_page, CANDOR, CHECKS_PAGE, GtkWidget)

GtkWidget     *candor_checks_page_new         (void);
CandorSession *candor_checks_page_get_session (CandorChecksPage *self);
void           candor_checks_page_set_session (CandorChecksPage *self,
                                               CandorSession    *session);
/* "Now" for the page (tests); NULL goes back to the clock. */
void           candor_checks_page_set_now     (CandorChecksPage *self,
                                               GDateTime        *now);
/* Redraws at once instead of on the next idle (tests). */
void           candor_checks_page_refresh     (CandorChecksPage *self);

G_END_DECLS
