/* candor-test-utils.c — helpers for widget tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "candor-test-utils.h"

static gboolean
timed_out_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

gboolean
candor_test_wait_for (CandorTestCondition condition,
                      gpointer            data,
                      guint               timeout_ms)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (timeout_ms, timed_out_cb, &timed_out);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (!timed_out)
    g_source_remove (id);

  return condition (data);
}

static gboolean
never (gpointer data)
{
  return FALSE;
}

void
candor_test_spin (guint ms)
{
  candor_test_wait_for (never, NULL, ms);
}

static const char *
widget_text (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_label (GTK_LABEL (widget));
  if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
    return gtk_button_get_label (GTK_BUTTON (widget));
  if (ADW_IS_PREFERENCES_ROW (widget))
    return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));
  if (ADW_IS_STATUS_PAGE (widget))
    return adw_status_page_get_title (ADW_STATUS_PAGE (widget));
  return gtk_widget_get_name (widget);
}

static void
find_all (GtkWidget  *widget,
          GType       type,
          const char *text,
          GPtrArray  *out)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      (text == NULL || g_strcmp0 (widget_text (widget), text) == 0))
    g_ptr_array_add (out, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    find_all (child, type, text, out);
}

GtkWidget *
candor_test_find_widget (GtkWidget  *root,
                         GType       type,
                         const char *label_or_name)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  find_all (root, type, label_or_name, found);
  return found->len > 0 ? g_ptr_array_index (found, 0) : NULL;
}

GPtrArray *
candor_test_find_all (GtkWidget *root,
                      GType      type)
{
  GPtrArray *found = g_ptr_array_new ();

  find_all (root, type, NULL, found);
  return found;
}

GtkWindow *
candor_test_find_toplevel (GType type)
{
  g_autoptr(GListModel) toplevels = NULL;
  guint n;

  toplevels = g_object_ref (gtk_window_get_toplevels ());
  n = g_list_model_get_n_items (toplevels);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) &&
          gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

void
candor_test_close_toplevels_except (GtkWindow *keep)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i - 1);

      if (window != keep)
        gtk_window_destroy (window);
    }
  candor_test_spin (50);
}
