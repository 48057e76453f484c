/* candor-commitments-group.h — the open commitments from Connection Checks, with done/undo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "candor-journal.h"

G_BEGIN_DECLS

#define CANDOR_TYPE_COMMITMENTS_GROUP (candor_commitments_group_get_type ())

G_DECLARE_FINAL_TYPE (CandorCommitmentsGroup, candor_commitments_group, CANDOR, COMMITMENTS_GROUP, AdwPreferencesGroup)

GtkWidget *candor_commitments_group_new         (void);
/* Shows @journal's open commitments, soonest due first; hidden when there are none. */
void       candor_commitments_group_set_journal (CandorCommitmentsGroup *self,
                                                 CandorJournal          *journal);
void       candor_commitments_group_refresh     (CandorCommitmentsGroup *self);
/* Marks @commitment done now, with an Undo toast (as ticking it does). */
void       candor_commitments_group_mark_done   (CandorCommitmentsGroup *self,
                                                 CandorCommitment       *commitment);

G_END_DECLS
