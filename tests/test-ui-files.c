/* test-ui-files.c — every .ui file in the resources builds after adw_init()
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "candor-application.h"
#include "candor-ui.h"

static void
collect_ui_files (const char *path,
                  GPtrArray  *out)
{
  g_auto(GStrv) children = g_resources_enumerate_children (path, 0, NULL);

  for (guint i = 0; children != NULL && children[i] != NULL; i++)
    {
      g_autofree char *child = g_strconcat (path, children[i], NULL);

      if (g_str_has_suffix (children[i], "/"))
        collect_ui_files (child, out);
      else if (g_str_has_suffix (children[i], ".ui"))
        g_ptr_array_add (out, g_steal_pointer (&child));
    }
}

static void
test_ui_file_builds (gconstpointer data)
{
  const char *path = data;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GtkBuilder) builder = NULL;
  g_autoptr(GError) error = NULL;
  const char *text;
  gboolean is_template;

  bytes = g_resources_lookup_data (path, 0, &error);
  g_assert_no_error (error);
  text = g_bytes_get_data (bytes, NULL);

  /* Templates are built by their class (instantiating it covers the file);
   * plain object files are built directly. */
  is_template = strstr (text, "<template ") != NULL;
  if (is_template)
    {
      const char *start = strstr (text, "<template class=\"") + strlen ("<template class=\"");
      g_autofree char *class_name = g_strndup (start, strchr (start, '"') - start);
      GType type = g_type_from_name (class_name);

      g_assert_true (type != G_TYPE_INVALID);
      g_assert_true (g_type_is_a (type, GTK_TYPE_WIDGET));
      {
        GtkWidget *widget = g_object_new (type, NULL);

        g_object_ref_sink (widget);
        if (GTK_IS_WINDOW (widget))
          gtk_window_destroy (GTK_WINDOW (widget));
        g_object_unref (widget);
      }
    }
  else
    {
      builder = gtk_builder_new ();
      gtk_builder_add_from_resource (builder, path, &error);
      g_assert_no_error (error);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(CandorApplication) app = NULL;

  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();

  /* Template classes must be registered before their types can be looked up by name. */
  app = candor_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);
  candor_ui_ensure_types ();

  collect_ui_files ("/io/github/candorapp/Candor/", files);
  g_assert_cmpuint (files->len, >=, 3);

  for (guint i = 0; i < files->len; i++)
    {
      const char *path = g_ptr_array_index (files, i);
      g_autofree char *name = g_strconcat ("/ui-files", strrchr (path, '/'), NULL);

      g_test_add_data_func (name, path, test_ui_file_builds);
    }

  return g_test_run ();
}
