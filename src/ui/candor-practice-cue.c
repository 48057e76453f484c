/* candor-practice-cue.c — how a practice tells the couple that something changed
 *
 * A phase change is signalled three ways, so that nobody depends on one sense or one
 * setting: the widget always changes what it shows (the caller does that), the display
 * beeps once (gdk_display_beep(): the desktop's own alert sound, which people already
 * chose and can turn off in Settings, and no sound file to ship), and a GNotification
 * reaches the couple when the window is hidden or on another workspace.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>

#include "candor-practice-cue.h"

/**
 * candor_practice_cue:
 * @widget: the widget the cue is about (for its display)
 * @notification_id: replaces an earlier notification with the same id
 * @title: the notification's title
 * @body: (nullable): its text
 */
void
candor_practice_cue (GtkWidget  *widget,
                     const char *notification_id,
                     const char *title,
                     const char *body)
{
  GApplication *app = g_application_get_default ();

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (notification_id != NULL && title != NULL);

  gdk_display_beep (gtk_widget_get_display (widget));

  /* A notification needs an application on the bus (not a widget previewed alone). */
  if (app != NULL && g_application_get_is_registered (app))
    {
      g_autoptr(GNotification) notification = g_notification_new (title);

      if (body != NULL)
        g_notification_set_body (notification, body);
      g_application_send_notification (app, notification_id, notification);
    }
}

/**
 * candor_practice_describe_spin_buttons:
 * @root: a widget
 *
 * Gives the − and + buttons of every spin button under @root a tooltip and an accessible
 * name: GTK 4.8 leaves them as bare icons.
 */
void
candor_practice_describe_spin_buttons (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (GTK_IS_BUTTON (root) && gtk_widget_get_ancestor (root, GTK_TYPE_SPIN_BUTTON) != NULL)
    {
      const char *icon = gtk_button_get_icon_name (GTK_BUTTON (root));
      const char *label = NULL;

      if (g_strcmp0 (icon, "value-decrease-symbolic") == 0)
        /* Translators: tooltip of a spin button's minus button. */
        label = _("Decrease");
      else if (g_strcmp0 (icon, "value-increase-symbolic") == 0)
        /* Translators: tooltip of a spin button's plus button. */
        label = _("Increase");

      if (label != NULL)
        {
          gtk_widget_set_tooltip_text (root, label);
          gtk_accessible_update_property (GTK_ACCESSIBLE (root),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                          -1);
        }
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    candor_practice_describe_spin_buttons (child);
}
