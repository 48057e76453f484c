/* candor-data-group.h — Preferences › Your Data: where the journal lives, moving it, and
 * erasing everything
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "candor-session.h"

G_BEGIN_DECLS

#define CANDOR_TYPE_DATA_GROUP (candor_data_group_get_type ())

G_DECLARE_FINAL_TYPE (CandorDataGroup, candor_data_group, CANDOR, DATA_GROUP,
                      AdwPreferencesGroup)

CandorSession *candor_data_group_get_session (CandorDataGroup *self);
void           candor_data_group_set_session (CandorDataGroup *self,
                                              CandorSession   *session);
/* Starts moving the journal to @directory as if it had been chosen; for tests. */
void           candor_data_group_move_to     (CandorDataGroup *self,
                                              const char      *directory);

G_END_DECLS
