/* candor-ui.c — entry points of the src/ui library
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include "candor-application.h"
#include "candor-data-group.h"
#include "candor-bar-chart.h"
#include "candor-change-passphrase-dialog.h"
#include "candor-check-month.h"
#include "candor-checks-page.h"
#include "candor-checkin-editor.h"
#include "candor-feeling-browser.h"
#include "candor-feeling-picker.h"
#include "candor-feelings-page.h"
#include "candor-first-run-page.h"
#include "candor-boundaries-view.h"
#include "candor-growth-journal.h"
#include "candor-growth-section.h"
#include "candor-conflict-rules.h"
#include "candor-practices-page.h"
#include "candor-preferences-window.h"
#include "candor-progress-page.h"
#include "candor-reassessment-card.h"
#include "candor-reflection-dialog.h"
#include "candor-strength-meter.h"
#include "candor-tension-script.h"
#include "candor-time-out.h"
#include "candor-today-page.h"
#include "candor-ui.h"
#include "candor-unlock-page.h"
#include "candor-vulnerability-exercise.h"
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
  g_type_ensure (CANDOR_TYPE_DATA_GROUP);
  g_type_ensure (CANDOR_TYPE_FEELING_BROWSER);
  g_type_ensure (CANDOR_TYPE_FEELING_PICKER);
  g_type_ensure (CANDOR_TYPE_PREFERENCES_WINDOW);
  g_type_ensure (CANDOR_TYPE_FIRST_RUN_PAGE);
  g_type_ensure (CANDOR_TYPE_UNLOCK_PAGE);
  g_type_ensure (CANDOR_TYPE_CHANGE_PASSPHRASE_DIALOG);
  g_type_ensure (CANDOR_TYPE_STRENGTH_METER);
  g_type_ensure (CANDOR_TYPE_PROGRESS_PAGE);
  g_type_ensure (CANDOR_TYPE_BAR_CHART);
  g_type_ensure (CANDOR_TYPE_REASSESSMENT_CARD);
  g_type_ensure (CANDOR_TYPE_CHECK_MONTH);
  g_type_ensure (CANDOR_TYPE_CHECKS_PAGE);
  g_type_ensure (CANDOR_TYPE_TODAY_PAGE);
  g_type_ensure (CANDOR_TYPE_FEELINGS_PAGE);
  g_type_ensure (CANDOR_TYPE_CHECKIN_EDITOR);
  g_type_ensure (CANDOR_TYPE_PRACTICES_PAGE);
  g_type_ensure (CANDOR_TYPE_CONFLICT_RULES);
  g_type_ensure (CANDOR_TYPE_TIME_OUT);
  g_type_ensure (CANDOR_TYPE_TENSION_SCRIPT);
  g_type_ensure (CANDOR_TYPE_VULNERABILITY_EXERCISE);
  g_type_ensure (CANDOR_TYPE_GROWTH_SECTION);
  g_type_ensure (CANDOR_TYPE_BOUNDARIES_VIEW);
  g_type_ensure (CANDOR_TYPE_GROWTH_JOURNAL);
  g_type_ensure (CANDOR_TYPE_REFLECTION_DIALOG);
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

/**
 * candor_ui_set_tooltip:
 * @widget: a widget
 * @text: (nullable): the tooltip
 *
 * gtk_widget_set_tooltip_text() for widgets made in numbers (feeling chips, history
 * rows, calendar days). On a visible widget GTK 4.8 asks where the pointer is, to show
 * the new tooltip at once; on X11 that is a round trip to the display server for every
 * call — over a thousand of them while the pages and the first history rows are made.
 * A widget that is not mapped cannot be under the pointer: it is hidden for the moment
 * of the call, which skips the question and changes nothing else.
 */
void
candor_ui_set_tooltip (GtkWidget  *widget,
                       const char *text)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (gtk_widget_get_mapped (widget) || !gtk_widget_get_visible (widget))
    {
      gtk_widget_set_tooltip_text (widget, text);
      return;
    }

  gtk_widget_set_visible (widget, FALSE);
  gtk_widget_set_tooltip_text (widget, text);
  gtk_widget_set_visible (widget, TRUE);
}
