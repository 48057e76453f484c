/* candor-window.c — the main window: view switcher, pages, primary menu
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>

#include "candor-window.h"

struct _CandorWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;

  AdwHeaderBar         *header_bar;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  AdwViewStack         *view_stack;
  AdwToastOverlay      *toast_overlay;
  GtkMenuButton        *primary_menu_button;
};

G_DEFINE_FINAL_TYPE (CandorWindow, candor_window, ADW_TYPE_APPLICATION_WINDOW)

/* Help page ids for each view stack page, so F1 opens the page the user is on. */
static const struct {
  const char *page;
  const char *help;
} help_pages[] = {
  { "today", "today" },
  { "feelings", "feelings" },
  { "checks", "connection-checks" },
  { "progress", "progress" },
  { "practices", "practices" },
};

static void
candor_window_save_state (CandorWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);

  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (self->settings);
}

static void
candor_window_show_page_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  CandorWindow *self = CANDOR_WINDOW (widget);

  candor_window_set_visible_page (self, g_variant_get_string (parameter, NULL));
}

static void
candor_window_show_help_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  CandorWindow *self = CANDOR_WINDOW (widget);
  const char *page = candor_window_get_visible_page (self);
  const char *help = "index";

  for (guint i = 0; i < G_N_ELEMENTS (help_pages); i++)
    {
      if (g_strcmp0 (page, help_pages[i].page) == 0)
        help = help_pages[i].help;
    }

  gtk_widget_activate_action (widget, "app.help", "s", help);
}

static gboolean
candor_window_close_request (GtkWindow *window)
{
  candor_window_save_state (CANDOR_WINDOW (window));

  return GTK_WINDOW_CLASS (candor_window_parent_class)->close_request (window);
}

static void
candor_window_dispose (GObject *object)
{
  CandorWindow *self = CANDOR_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CANDOR_TYPE_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (candor_window_parent_class)->dispose (object);
}

static void
candor_window_class_init (CandorWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = candor_window_dispose;
  window_class->close_request = candor_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/candorapp/Candor/ui/candor-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CandorWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, CandorWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, CandorWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, CandorWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, CandorWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CandorWindow, primary_menu_button);

  gtk_widget_class_install_action (widget_class, "win.show-page", "s",
                                   candor_window_show_page_action);
  gtk_widget_class_install_action (widget_class, "win.show-help", NULL,
                                   candor_window_show_help_action);
}

static void
candor_window_init (CandorWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

CandorWindow *
candor_window_new (CandorApplication *application)
{
  CandorWindow *self;
  GSettings *settings;

  g_return_val_if_fail (CANDOR_IS_APPLICATION (application), NULL);

  self = g_object_new (CANDOR_TYPE_WINDOW, "application", application, NULL);

  settings = candor_application_get_settings (application);
  self->settings = g_object_ref (settings);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  return self;
}

const char *
candor_window_get_visible_page (CandorWindow *self)
{
  g_return_val_if_fail (CANDOR_IS_WINDOW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

void
candor_window_set_visible_page (CandorWindow *self,
                                const char   *page_name)
{
  g_return_if_fail (CANDOR_IS_WINDOW (self));
  g_return_if_fail (page_name != NULL);

  if (adw_view_stack_get_child_by_name (self->view_stack, page_name) == NULL)
    {
      g_warning ("No page named “%s”", page_name);
      return;
    }

  adw_view_stack_set_visible_child_name (self->view_stack, page_name);
}

void
candor_window_add_toast (CandorWindow *self,
                         AdwToast     *toast)
{
  g_return_if_fail (CANDOR_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}
