/* candor-history.h — a date-sorted list, newest first, for day-grouped histories
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define CANDOR_TYPE_HISTORY (candor_history_get_type ())

G_DECLARE_FINAL_TYPE (CandorHistory, candor_history, CANDOR, HISTORY, GObject)

CandorHistory *candor_history_new       (GListModel    *model);
GListModel    *candor_history_get_model (CandorHistory *self);
void           candor_history_set_model (CandorHistory *self,
                                         GListModel    *model);
void           candor_history_item_changed (CandorHistory *self,
                                            gpointer       item);

G_END_DECLS
