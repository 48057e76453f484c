/* candor-first-run-page.h — setting up a new journal: who it is for and its passphrase
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "candor-session.h"

G_BEGIN_DECLS

#define CANDOR_TYPE_FIRST_RUN_PAGE (candor_first_run_page_get_type ())

G_DECLARE_FINAL_TYPE (CandorFirstRunPage, candor_first_run_page, CANDOR, FIRST_RUN_PAGE,
                      GtkWidget)

CandorSession *candor_first_run_page_get_session (CandorFirstRunPage *self);
void           candor_first_run_page_set_session (CandorFirstRunPage *self,
                                                  CandorSession      *session);
/* Empties the form and asks whether a keyring answers. */
void           candor_first_run_page_reset       (CandorFirstRunPage *self);
/* TRUE while the journal is being created. */
gboolean       candor_first_run_page_get_busy    (CandorFirstRunPage *self);

G_END_DECLS
