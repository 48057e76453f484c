/* candor-test-utils.c — helpers for widget tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include <sodium.h>

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
/* Owns org.gtk.Notifications on the session bus, a stand-in for GNOME Shell's service:
 * GApplication's notifications then go to @method_call (AddNotification,
 * RemoveNotification). Fails the test unless this process is the name's primary owner,
 * so the notifications cannot go to someone else. */
void
candor_test_own_notifications (GDBusInterfaceMethodCallFunc method_call,
                               gpointer                     user_data)
{
  static const char xml[] =
    "<node><interface name='org.gtk.Notifications'>"
    "<method name='AddNotification'><arg type='s' direction='in'/><arg type='s' direction='in'/>"
    "<arg type='a{sv}' direction='in'/></method>"
    "<method name='RemoveNotification'><arg type='s' direction='in'/>"
    "<arg type='s' direction='in'/></method>"
    "</interface></node>";
  GDBusInterfaceVTable vtable = { method_call, NULL, NULL, { 0 } };
  g_autoptr(GError) error = NULL;
  g_autoptr(GDBusNodeInfo) info = g_dbus_node_info_new_for_xml (xml, &error);
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_autoptr(GVariant) reply = NULL;
  guint32 owner = 0;

  g_assert_no_error (error);
  g_dbus_connection_register_object (bus, "/org/gtk/Notifications", info->interfaces[0],
                                     &vtable, user_data, NULL, &error);
  g_assert_no_error (error);
  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "RequestName",
                                       g_variant_new ("(su)", "org.gtk.Notifications", 4u),
                                       G_VARIANT_TYPE ("(u)"), G_DBUS_CALL_FLAGS_NONE, -1, NULL,
                                       &error);
  g_assert_no_error (error);
  g_variant_get (reply, "(u)", &owner);
  g_assert_cmpuint (owner, ==, 1);
}

void
candor_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR) || g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_remove (path);
      return;
    }

  dir = g_dir_open (path, 0, NULL);
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

/* A new journal in a temporary folder for @app's session (registering @app), made with
 * the fastest key derivation and unlocked with @passphrase. Returns the folder, for
 * candor_test_remove_tree() at the end. */
char *
candor_test_open_app_journal (CandorApplication *app,
                              const char        *passphrase)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CandorVault) vault = NULL;
  g_autofree char *dir = NULL;
  char *root = g_dir_make_tmp ("candor-test-XXXXXX", &error);

  g_assert_no_error (error);
  dir = g_build_filename (root, "journal", NULL);
  candor_application_set_vault_directory (app, dir);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  vault = candor_vault_new (dir);
  candor_vault_set_kdf_limits (vault, crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN);
  g_assert_true (candor_vault_create (vault, passphrase, &error));
  g_assert_no_error (error);
  candor_vault_lock (vault);

  g_assert_true (candor_session_unlock_all (candor_application_get_session (app), passphrase,
                                            &error));
  g_assert_no_error (error);
  return root;
}

/* Alex (who uses this computer) and Sam, partners. */
void
candor_test_add_couple (CandorJournal *journal)
{
  g_autoptr(CandorPerson) alex = candor_person_new ("Alex", CANDOR_RELATIONSHIP_PARTNER);
  g_autoptr(CandorPerson) sam = candor_person_new ("Sam", CANDOR_RELATIONSHIP_PARTNER);

  candor_person_set_is_me (alex, TRUE);
  candor_journal_add_person (journal, alex);
  candor_journal_add_person (journal, sam);
}
