/* candor-ui.h — entry points of the src/ui library
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void candor_ui_ensure_types  (void);
void candor_ui_release_focus (GtkWidget  *widget);
void candor_ui_set_tooltip    (GtkWidget  *widget,
                               const char *text);

G_END_DECLS
