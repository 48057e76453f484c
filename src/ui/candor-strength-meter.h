/* candor-strength-meter.h — a meter and a hint under a new passphrase
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "candor-passphrase.h"

G_BEGIN_DECLS

#define CANDOR_TYPE_STRENGTH_METER (candor_strength_meter_get_type ())

G_DECLARE_FINAL_TYPE (CandorStrengthMeter, candor_strength_meter, CANDOR, STRENGTH_METER,
                      GtkWidget)

GtkWidget                *candor_strength_meter_new          (void);
/* Rates @passphrase (it is not kept) and shows the result. */
void                      candor_strength_meter_update       (CandorStrengthMeter *self,
                                                              const char          *passphrase);
CandorPassphraseStrength  candor_strength_meter_get_strength (CandorStrengthMeter *self);
/* What the hint says now; NULL when the passphrase is empty. */
const char               *candor_strength_meter_get_hint     (CandorStrengthMeter *self);

G_END_DECLS
