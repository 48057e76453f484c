/* candor-mood-meter.h — feeling words on a pleasantness × energy plane
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "candor-feeling.h"

G_BEGIN_DECLS

#define CANDOR_TYPE_MOOD_METER (candor_mood_meter_get_type ())

G_DECLARE_FINAL_TYPE (CandorMoodMeter, candor_mood_meter, CANDOR, MOOD_METER, GtkWidget)

GtkWidget     *candor_mood_meter_new                 (void);
GListModel    *candor_mood_meter_get_feelings        (CandorMoodMeter    *self);
void           candor_mood_meter_set_feelings        (CandorMoodMeter    *self,
                                                      GListModel         *feelings);
void           candor_mood_meter_set_selected        (CandorMoodMeter    *self,
                                                      const char * const *ids);
CandorFeeling *candor_mood_meter_get_focused_feeling (CandorMoodMeter    *self);
void           candor_mood_meter_set_focused_feeling (CandorMoodMeter    *self,
                                                      CandorFeeling      *feeling);
CandorFeeling *candor_mood_meter_get_hovered_feeling (CandorMoodMeter    *self);
gboolean       candor_mood_meter_move_focus          (CandorMoodMeter    *self,
                                                      int                 dx,
                                                      int                 dy);

G_END_DECLS
