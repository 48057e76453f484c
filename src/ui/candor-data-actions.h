/* candor-data-actions.h — Back Up, Export as JSON and Restore for one window; automatic
 * backups, and noticing when another program changes the journal's files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "candor-window.h"

G_BEGIN_DECLS

#define CANDOR_TYPE_DATA_ACTIONS (candor_data_actions_get_type ())

G_DECLARE_FINAL_TYPE (CandorDataActions, candor_data_actions, CANDOR, DATA_ACTIONS, GObject)

/* Installs the "data" action group (data.back-up, data.export-json, data.restore) on
 * @window, which keeps the returned object alive. */
CandorDataActions *candor_data_actions_install        (CandorWindow      *window);
/* Opens the restore dialog for @path as if it had been chosen; for tests. */
void               candor_data_actions_restore_file   (CandorDataActions *self,
                                                       const char        *path);
/* Checks the journal's files against what was last read now rather than on the next
 * file-monitor event; for tests. */
void               candor_data_actions_check_disk     (CandorDataActions *self);

G_END_DECLS
