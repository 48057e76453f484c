/* candor-boundaries-view.h — one person's boundaries, and those others shared with them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "candor-journal.h"

G_BEGIN_DECLS

#define CANDOR_TYPE_BOUNDARIES_VIEW (candor_boundaries_view_get_type ())

G_DECLARE_FINAL_TYPE (CandorBoundariesView, candor_boundaries_view, CANDOR, BOUNDARIES_VIEW, GtkWidget)

CandorJournal *candor_boundaries_view_get_journal   (CandorBoundariesView *self);
void           candor_boundaries_view_set_journal   (CandorBoundariesView *self,
                                                     CandorJournal        *journal);
const char    *candor_boundaries_view_get_person_id (CandorBoundariesView *self);
void           candor_boundaries_view_set_person_id (CandorBoundariesView *self,
                                                     const char           *person_id);

G_END_DECLS
