/* candor-feeling-picker.c — a dialog to name one or more feelings
 *
 * A window around CandorFeelingBrowser, which does all the searching, browsing and
 * choosing: the search entry has focus when the dialog opens, Ctrl+Enter is Done, and
 * Escape (once the search is empty) or Cancel closes it without a choice.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>

#include "candor-feeling-browser.h"
#include "candor-feeling-picker.h"

struct _CandorFeelingPicker
{
  AdwWindow             parent_instance;

  AdwWindowTitle       *window_title;
  CandorFeelingBrowser *browser;
};

G_DEFINE_FINAL_TYPE (CandorFeelingPicker, candor_feeling_picker, ADW_TYPE_WINDOW)

enum {
  DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
selection_changed_cb (CandorFeelingPicker *self)
{
  g_auto(GStrv) ids = candor_feeling_browser_get_selected (self->browser);
  guint n = g_strv_length (ids);
  g_autofree char *subtitle = NULL;

  if (n == 0)
    subtitle = g_strdup (_("Choose one word or several"));
  else
    subtitle = g_strdup_printf (ngettext ("%u word chosen", "%u words chosen", n), n);

  adw_window_title_set_subtitle (self->window_title, subtitle);
}

static void
stop_search_cb (CandorFeelingPicker *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static void
done_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CandorFeelingPicker *self = CANDOR_FEELING_PICKER (widget);

  g_signal_emit (self, signals[DONE], 0);
  gtk_window_close (GTK_WINDOW (self));
}

static void
candor_feeling_picker_map (GtkWidget *widget)
{
  CandorFeelingPicker *self = CANDOR_FEELING_PICKER (widget);

  GTK_WIDGET_CLASS (candor_feeling_picker_parent_class)->map (widget);

  /* Keyboard first: every time the picker opens, typing searches. */
  gtk_widget_grab_focus (GTK_WIDGET (self->browser));
}

static void
candor_feeling_picker_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CANDOR_TYPE_FEELING_PICKER);

  G_OBJECT_CLASS (candor_feeling_picker_parent_class)->dispose (object);
}

static void
candor_feeling_picker_class_init (CandorFeelingPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = candor_feeling_picker_dispose;

  widget_class->map = candor_feeling_picker_map;

  /**
   * CandorFeelingPicker::done:
   * @self: the picker
   *
   * The person pressed Done; read the choice with candor_feeling_picker_get_selected().
   * The dialog closes right after. Cancel and Escape close it without this signal.
   */
  signals[DONE] =
    g_signal_new ("done",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "picker.done", NULL, done_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "picker.done", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "picker.done", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  g_type_ensure (CANDOR_TYPE_FEELING_BROWSER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/candorapp/Candor/ui/candor-feeling-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, CandorFeelingPicker, window_title);
  gtk_widget_class_bind_template_child (widget_class, CandorFeelingPicker, browser);
  gtk_widget_class_bind_template_callback (widget_class, selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
}

static void
candor_feeling_picker_init (CandorFeelingPicker *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  selection_changed_cb (self);
}

/**
 * candor_feeling_picker_new:
 * @parent: (nullable): the window to sit on
 *
 * Returns: (transfer none): a new picker, modal to @parent; present it with
 *   gtk_window_present(). It destroys itself when closed.
 */
CandorFeelingPicker *
candor_feeling_picker_new (GtkWindow *parent)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (CANDOR_TYPE_FEELING_PICKER,
                       "transient-for", parent,
                       NULL);
}

/**
 * candor_feeling_picker_get_selected:
 * @self: a picker
 *
 * Returns: (transfer full) (array zero-terminated=1): the ids of the chosen feelings, in
 *   the order they were chosen
 */
char **
candor_feeling_picker_get_selected (CandorFeelingPicker *self)
{
  g_return_val_if_fail (CANDOR_IS_FEELING_PICKER (self), NULL);

  return candor_feeling_browser_get_selected (self->browser);
}

/**
 * candor_feeling_picker_set_selected:
 * @self: a picker
 * @ids: (nullable) (array zero-terminated=1): ids of the feelings to show as chosen
 *
 * Ids the vocabulary doesn't know are kept (so they survive a round trip) but not shown.
 */
void
candor_feeling_picker_set_selected (CandorFeelingPicker *self,
                                    const char * const  *ids)
{
  g_return_if_fail (CANDOR_IS_FEELING_PICKER (self));

  candor_feeling_browser_set_selected (self->browser, ids);
}

/**
 * candor_feeling_picker_set_usage:
 * @self: a picker
 * @ids_by_time: (nullable) (array zero-terminated=1): the feeling ids the journal holds,
 *   one per use, oldest first
 *
 * Lets the picker show recent and often-used words first.
 */
void
candor_feeling_picker_set_usage (CandorFeelingPicker *self,
                                 const char * const  *ids_by_time)
{
  g_return_if_fail (CANDOR_IS_FEELING_PICKER (self));

  candor_feeling_browser_set_usage (self->browser, ids_by_time);
}
