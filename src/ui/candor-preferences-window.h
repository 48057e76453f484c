/* candor-preferences-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CANDOR_TYPE_PREFERENCES_WINDOW (candor_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (CandorPreferencesWindow, candor_preferences_window, CANDOR,
                      PREFERENCES_WINDOW, AdwPreferencesWindow)

CandorPreferencesWindow *candor_preferences_window_new (GtkWindow *parent);

G_END_DECLS
