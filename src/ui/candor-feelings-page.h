/* candor-feelings-page.h — name a feeling now, and see the words you have used
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "candor-session.h"

G_BEGIN_DECLS

#define CANDOR_TYPE_FEELINGS_PAGE (candor_feelings_page_get_type ())

G_DECLARE_FINAL_TYPE (CandorFeelingsPage, candor_feelings_page, CANDOR, FEELINGS_PAGE, GtkWidget)

CandorSession *candor_feelings_page_get_session  (CandorFeelingsPage *self);
void           candor_feelings_page_set_session  (CandorFeelingsPage *self,
                                                  CandorSession      *session);
void           candor_feelings_page_set_feelings (CandorFeelingsPage *self,
                                                  const char * const *ids);

G_END_DECLS
