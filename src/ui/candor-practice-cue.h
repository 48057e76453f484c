/* candor-practice-cue.h — how a practice tells the couple that something changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void candor_practice_cue (GtkWidget  *widget,
                          const char *notification_id,
                          const char *title,
                          const char *body);


void candor_practice_describe_spin_buttons (GtkWidget *root);

G_END_DECLS
