/* candor-preferences-window.c — Preferences, bound to GSettings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>

#include "candor-preferences-window.h"

struct _CandorPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  AdwComboRow          *idle_lock_row;
};

G_DEFINE_FINAL_TYPE (CandorPreferencesWindow, candor_preferences_window,
                     ADW_TYPE_PREFERENCES_WINDOW)

/* The choices of the idle-lock row, in minutes; 0 means never. */
static const guint idle_lock_minutes[] = { 0, 5, 15, 30, 60 };

static gboolean
idle_lock_get_mapping (GValue   *value,
                       GVariant *variant,
                       gpointer  user_data)
{
  guint minutes = g_variant_get_uint32 (variant);

  for (guint i = 0; i < G_N_ELEMENTS (idle_lock_minutes); i++)
    {
      if (idle_lock_minutes[i] == minutes)
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }

  g_value_set_uint (value, 0);
  return TRUE;
}

static GVariant *
idle_lock_set_mapping (const GValue       *value,
                       const GVariantType *expected_type,
                       gpointer            user_data)
{
  guint index = g_value_get_uint (value);

  if (index >= G_N_ELEMENTS (idle_lock_minutes))
    index = 0;

  return g_variant_new_uint32 (idle_lock_minutes[index]);
}

static void
candor_preferences_window_dispose (GObject *object)
{
  CandorPreferencesWindow *self = CANDOR_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CANDOR_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (candor_preferences_window_parent_class)->dispose (object);
}

static void
candor_preferences_window_class_init (CandorPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = candor_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/candorapp/Candor/ui/candor-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CandorPreferencesWindow, idle_lock_row);
}

static void
candor_preferences_window_init (CandorPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (BASE_ID);
  g_settings_bind_with_mapping (self->settings, "lock-after-idle-minutes",
                                self->idle_lock_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                idle_lock_get_mapping, idle_lock_set_mapping,
                                NULL, NULL);
}

CandorPreferencesWindow *
candor_preferences_window_new (GtkWindow *parent)
{
  return g_object_new (CANDOR_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       NULL);
}
