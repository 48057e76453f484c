/* candor-checkin-row.h — one check-in in the history, with its day's header when first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "candor-journal.h"

G_BEGIN_DECLS

#define CANDOR_TYPE_CHECKIN_ROW (candor_checkin_row_get_type ())

G_DECLARE_FINAL_TYPE (CandorCheckinRow, candor_checkin_row, CANDOR, CHECKIN_ROW, GtkWidget)

GtkWidget     *candor_checkin_row_new          (void);
void           candor_checkin_row_bind         (CandorCheckinRow *self,
                                                CandorCheckin    *checkin,
                                                CandorPerson     *author,
                                                gboolean          show_day,
                                                const char       *placeholder);
void           candor_checkin_row_unbind       (CandorCheckinRow *self);
CandorCheckin *candor_checkin_row_get_checkin  (CandorCheckinRow *self);
const char    *candor_checkin_row_get_day_text (CandorCheckinRow *self);
gboolean       candor_checkin_row_get_show_day (CandorCheckinRow *self);
const char    *candor_checkin_row_get_text     (CandorCheckinRow *self);

G_END_DECLS
