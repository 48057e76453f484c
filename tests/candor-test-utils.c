/* candor-test-utils.c — helpers for widget tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

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

typedef struct {
  GtkWidget  *root;
  GType       type;
  const char *text;
} WidgetWait;

static gboolean
widget_shown (gpointer data)
{
  WidgetWait *wait = data;

  return candor_test_find_widget (wait->root, wait->type, wait->text) != NULL;
}

/* Waits until candor_test_find_widget() finds the widget, e.g. a row a page adds after
 * its idle refresh; returns whether it did within @timeout_ms. */
gboolean
candor_test_wait_for_widget (GtkWidget  *root,
                             GType       type,
                             const char *label_or_name,
                             guint       timeout_ms)
{
  WidgetWait wait = { root, type, label_or_name };

  return candor_test_wait_for (widget_shown, &wait, timeout_ms);
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

/* Delivers a key press the way GTK would after the focus widget: each widget from the
 * focus up to the window is offered the key, through its shortcut controllers (the class
 * key bindings, e.g. a button's Space) and its key controllers. GTK 4 has no public way to
 * synthesize a GdkEvent, so this is as close to a real key press as a test gets. Returns
 * whether some widget handled it. */
gboolean
candor_test_send_key (GtkWidget       *window,
                      guint            keyval,
                      GdkModifierType  modifiers)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  for (GtkWidget *widget = focus; widget != NULL; widget = gtk_widget_get_parent (widget))
    {
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

      for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
        {
          g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

          if (GTK_IS_SHORTCUT_CONTROLLER (controller))
            {
              GListModel *shortcuts = G_LIST_MODEL (controller);

              for (guint s = 0; s < g_list_model_get_n_items (shortcuts); s++)
                {
                  g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (shortcuts, s);
                  GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

                  if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
                      gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
                      gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == modifiers &&
                      gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                    GTK_SHORTCUT_ACTION_EXCLUSIVE, widget,
                                                    gtk_shortcut_get_arguments (shortcut)))
                    return TRUE;
                }
            }
          else if (GTK_IS_EVENT_CONTROLLER_KEY (controller) && !GTK_IS_TEXT (widget))
            {
              gboolean handled = FALSE;

              /* GtkText's own controller feeds the input method and needs a real event. */
              g_signal_emit_by_name (controller, "key-pressed", keyval, 0, modifiers, &handled);
              if (handled)
                return TRUE;
            }
        }
    }

  return FALSE;
}

/* Removes @path and everything below it (not following links), as a test's temporary
 * folder needs at the end. */
void
candor_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        candor_test_remove_tree (child);
      else
        g_remove (child);
    }
  g_rmdir (path);
}
