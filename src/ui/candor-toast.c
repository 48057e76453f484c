/* candor-toast.c — toasts for plain text, and toasts from deep inside a page
 *
 * libadwaita 1.2 shows one toast at a time and queues a normal-priority toast behind
 * the one on screen. Jumping the queue is not safe on 1.2: a high-priority toast that
 * replaces a shown one can trip an assertion in the overlay when toasts come quickly,
 * and dismissing the shown toast to make room can have the overlay free it twice while
 * it slides away (seen as a crash under MALLOC_PERTURB_). So toasts simply queue, and a
 * newer message shows when the one before it has had its few seconds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "candor-toast.h"

/**
 * candor_toast_add_text:
 * @overlay: the overlay
 * @text: plain text (not markup)
 *
 * Adds a toast that says @text.
 */
void
candor_toast_add_text (AdwToastOverlay *overlay,
                       const char      *text)
{
  g_autofree char *escaped = NULL;

  g_return_if_fail (text != NULL);

  escaped = g_markup_escape_text (text, -1);
  adw_toast_overlay_add_toast (overlay, adw_toast_new (escaped));
}

/**
 * candor_toast_add_toast_near:
 * @widget: a widget inside a toast overlay
 * @toast: (transfer full): the toast
 *
 * Adds @toast to the nearest toast overlay above @widget; without one (a widget
 * shown on its own) the toast is dropped.
 */
void
candor_toast_add_toast_near (GtkWidget *widget,
                             AdwToast  *toast)
{
  GtkWidget *overlay;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (ADW_IS_TOAST (toast));

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (toast);
}

/**
 * candor_toast_add_near:
 * @widget: a widget inside a toast overlay
 * @text: plain text (not markup)
 *
 * Says @text in a toast in the nearest toast overlay above @widget; without one, in
 * the log, so the message is never lost.
 */
void
candor_toast_add_near (GtkWidget  *widget,
                       const char *text)
{
  GtkWidget *overlay;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (text != NULL);

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    candor_toast_add_text (ADW_TOAST_OVERLAY (overlay), text);
  else
    g_message ("%s", text);
}
