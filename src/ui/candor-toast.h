/* candor-toast.h — adding toasts so that the newest one shows at once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void candor_toast_add_text (AdwToastOverlay *overlay,
                            const char      *text);
void candor_toast_add_near (GtkWidget       *widget,
                            const char      *text);
void candor_toast_add_toast_near (GtkWidget *widget,
                                  AdwToast  *toast);

G_END_DECLS
