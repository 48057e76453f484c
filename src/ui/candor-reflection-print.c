/* candor-reflection-print.c — print a week with GtkPrintOperation and the reflection renderer
 *
 * The print dialog has the page setup (paper size, orientation) and a preview; the
 * pages come from the same renderer as `candor --weekly-reflection`. Pages are laid out
 * in points on the whole sheet, with the renderer's own margins.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "candor-reflection-print.h"
#include "candor-reflection-renderer.h"

/* The choices of the last print dialog, for the next one in this session. */
static GtkPrintSettings *last_settings;
static GtkPageSetup *last_page_setup;

static void
begin_print_cb (GtkPrintOperation        *operation,
                GtkPrintContext          *context,
                CandorReflectionRenderer *renderer)
{
  guint n_pages = candor_reflection_renderer_paginate (renderer,
                                                       gtk_print_context_get_width (context),
                                                       gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (operation, (int) n_pages);
}

static void
draw_page_cb (GtkPrintOperation        *operation,
              GtkPrintContext          *context,
              int                       page,
              CandorReflectionRenderer *renderer)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);

  candor_reflection_renderer_draw_page (renderer, cr, (guint) page);
}

static void
show_error (GtkPrintOperation *operation,
            GtkWindow         *parent,
            const GError      *error)
{
  GtkWidget *dialog;

  /* A failure can be reported both by run() and by "done": tell it once. */
  if (g_object_get_data (G_OBJECT (operation), "candor-error-shown") != NULL)
    return;
  g_object_set_data (G_OBJECT (operation), "candor-error-shown", GINT_TO_POINTER (TRUE));

  dialog = adw_message_dialog_new (parent, _("The Reflection Could Not Be Printed"),
                                   error != NULL ? error->message : NULL);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
done_cb (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         GtkWindow               *parent)
{
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      g_set_object (&last_settings, gtk_print_operation_get_print_settings (operation));
      g_set_object (&last_page_setup, gtk_print_operation_get_default_page_setup (operation));
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      show_error (operation, parent, error);
    }
}

/**
 * candor_reflection_print_operation_new:
 *
 * Returns: (transfer full): a print operation that paginates @week for the page setup
 *   chosen (begin-print) and draws its pages (draw-page)
 */
GtkPrintOperation *
candor_reflection_print_operation_new (CandorWeek *week)
{
  GtkPrintOperation *operation;
  CandorReflectionRenderer *renderer;

  g_return_val_if_fail (CANDOR_IS_WEEK (week), NULL);

  renderer = candor_reflection_renderer_new (week);
  operation = gtk_print_operation_new ();
  gtk_print_operation_set_job_name (operation, _("Weekly Reflection"));
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_allow_async (operation, TRUE);
  if (last_settings != NULL)
    gtk_print_operation_set_print_settings (operation, last_settings);
  if (last_page_setup != NULL)
    gtk_print_operation_set_default_page_setup (operation, last_page_setup);

  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), renderer);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), renderer);
  g_object_set_data_full (G_OBJECT (operation), "candor-renderer", renderer, g_object_unref);

  return operation;
}

/**
 * candor_reflection_print_run:
 *
 * Opens the print dialog (with page setup and preview) for @week.
 */
void
candor_reflection_print_run (CandorWeek *week,
                             GtkWindow  *parent)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (CANDOR_IS_WEEK (week));
  g_return_if_fail (GTK_IS_WINDOW (parent));

  operation = candor_reflection_print_operation_new (week);
  g_signal_connect_object (operation, "done", G_CALLBACK (done_cb), parent, 0);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent,
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (operation, parent, error);
}
