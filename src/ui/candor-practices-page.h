/* candor-practices-page.h — guided practices: a fear shared, conflict rules, time-out,
 * tension script and rituals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "candor-session.h"

G_BEGIN_DECLS

#define CANDOR_TYPE_PRACTICES_PAGE (candor_practices_page_get_type ())

G_DECLARE_FINAL_TYPE (CandorPracticesPage, candor_practices_page, CANDOR, PRACTICES_PAGE, AdwBin)

CandorSession *candor_practices_page_get_session (CandorPracticesPage *self);
void           candor_practices_page_set_session (CandorPracticesPage *self,
                                                  CandorSession       *session);

G_END_DECLS
