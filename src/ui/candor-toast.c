/* candor-toast.c — adding toasts so that the newest one shows at once
 *
 * libadwaita 1.2 shows one toast at a time and queues a normal-priority toast behind
 * the one on screen, so an "Undo" could wait seconds behind an earlier message. A
 * high-priority toast jumps the queue, but replacing a shown toast that way can trip an
 * assertion in the 1.2 overlay when toasts come quickly. So each overlay remembers the
 * toast it was last given and dismisses it before adding the next: the newest message
 * is always the one on screen. A toast that stays until it is acted on (timeout 0,
 * "Couldn't save … Retry") is never dismissed for a newer one; that one waits. Nor is a
 * toast dismissed twice: one that already went (timed out, closed, replaced) may still
 * be sliding away, and dismissing it again makes the 1.2 overlay free it twice.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "candor-toast.h"

static GQuark
last_toast_quark (void)
{
  return g_quark_from_static_string ("candor-last-toast");
}

static GQuark
gone_quark (void)
{
  return g_quark_from_static_string ("candor-toast-gone");
}

static void
toast_dismissed_cb (AdwToast *toast)
{
  g_object_set_qdata (G_OBJECT (toast), gone_quark (), GINT_TO_POINTER (TRUE));
}

static void
weak_ref_free (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

/**
 * candor_toast_add:
 * @overlay: the overlay
 * @toast: (transfer full): the toast
 *
 * Adds @toast to @overlay, dismissing the toast added before it unless that one
 * waits to be acted on.
 */
void
candor_toast_add (AdwToastOverlay *overlay,
                  AdwToast        *toast)
{
  GWeakRef *last;
  g_autoptr(AdwToast) previous = NULL;

  g_return_if_fail (ADW_IS_TOAST_OVERLAY (overlay));
  g_return_if_fail (ADW_IS_TOAST (toast));

  last = g_object_get_qdata (G_OBJECT (overlay), last_toast_quark ());
  if (last == NULL)
    {
      last = g_new0 (GWeakRef, 1);
      g_weak_ref_init (last, NULL);
      g_object_set_qdata_full (G_OBJECT (overlay), last_toast_quark (), last, weak_ref_free);
    }

  previous = g_weak_ref_get (last);
  if (previous != NULL && previous != toast && adw_toast_get_timeout (previous) != 0 &&
      g_object_get_qdata (G_OBJECT (previous), gone_quark ()) == NULL)
    adw_toast_dismiss (previous);

  g_signal_connect (toast, "dismissed", G_CALLBACK (toast_dismissed_cb), NULL);
  g_weak_ref_set (last, toast);
  adw_toast_overlay_add_toast (overlay, toast);
}

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
  candor_toast_add (overlay, adw_toast_new (escaped));
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
    candor_toast_add (ADW_TOAST_OVERLAY (overlay), toast);
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
