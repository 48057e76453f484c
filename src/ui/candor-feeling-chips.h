/* candor-feeling-chips.h — feeling words shown as small coloured chips
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "candor-wrap-box.h"

G_BEGIN_DECLS

GtkWidget *candor_feeling_chip_new         (const char         *feeling_id);
void       candor_feeling_chips_fill       (CandorWrapBox      *box,
                                            const char * const *feeling_ids);
char     **candor_feeling_labels_for_ids   (const char * const *feeling_ids);

G_END_DECLS
