/* candor-ui.c — entry points of the src/ui library
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include "candor-application.h"
#include "candor-preferences-window.h"
#include "candor-ui.h"
#include "candor-window.h"

/**
 * candor_ui_ensure_types:
 *
 * Registers every widget type, so GtkBuilder files that name them can be loaded
 * on their own (tests, tools).
 */
void
candor_ui_ensure_types (void)
{
  g_type_ensure (CANDOR_TYPE_APPLICATION);
  g_type_ensure (CANDOR_TYPE_WINDOW);
  g_type_ensure (CANDOR_TYPE_PREFERENCES_WINDOW);
}
