/* candor-ui.c — entry points of the src/ui library
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include "candor-application.h"
#include "candor-change-passphrase-dialog.h"
#include "candor-feeling-picker.h"
#include "candor-first-run-page.h"
#include "candor-preferences-window.h"
#include "candor-strength-meter.h"
#include "candor-ui.h"
#include "candor-unlock-page.h"
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
  g_type_ensure (CANDOR_TYPE_FEELING_PICKER);
  g_type_ensure (CANDOR_TYPE_PREFERENCES_WINDOW);
  g_type_ensure (CANDOR_TYPE_FIRST_RUN_PAGE);
  g_type_ensure (CANDOR_TYPE_UNLOCK_PAGE);
  g_type_ensure (CANDOR_TYPE_CHANGE_PASSPHRASE_DIALOG);
  g_type_ensure (CANDOR_TYPE_STRENGTH_METER);
}

/**
 * candor_ui_release_focus:
 * @widget: a widget about to become insensitive
 *
 * Moves the keyboard focus out of @widget and its children first. A text entry that
 * loses its sensitivity while focused keeps blinking without focus, which GTK reports
 * as a missed focus-out event.
 */
void
candor_ui_release_focus (GtkWidget *widget)
{
  GtkRoot *root;
  GtkWidget *focus;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  root = gtk_widget_get_root (widget);
  if (root == NULL)
    return;

  focus = gtk_root_get_focus (root);
  if (focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget)))
    gtk_root_set_focus (root, NULL);
}
