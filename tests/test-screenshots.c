/* test-screenshots.c — candor-screenshots renders every page, light and dark, wide and narrow
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>

static char *output_dir;

static const struct {
  const char *scene;
  const char *must_say;
} scenes[] = {
  { "today", "Today" },
  { "feelings", "Feelings" },
  { "checks", "[Previous Month (Page Up)]" },
  { "progress", "Progress" },
  { "practices", "Practices" },
  { "preferences", "Lock When Idle" },
  /* From the demo journal: a guided session at its first question, a running exercise,
   * and the Practices page at the boundaries and growth section. */
  { "guided-session", "Question 1 of 3" },
  { "vulnerability-exercise", "For the Listener" },
  { "growth", "Your Boundaries" },
};

static void
run_tool_once (void)
{
  g_autofree char *tool = NULL;
  g_autofree char *demo_tool = NULL;
  g_autofree char *demo = NULL;
  g_autofree char *demo_out = NULL;
  g_autofree char *vault_arg = NULL;
  g_autofree char *out_arg = NULL;
  g_autofree char *stderr_text = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (output_dir != NULL)
    return;

  output_dir = g_dir_make_tmp ("candor-shots-XXXXXX", &error);
  g_assert_no_error (error);

  tool = g_build_filename (g_getenv ("CANDOR_BUILD_ROOT"), "src", "tools", "candor-screenshots",
                           NULL);
  out_arg = g_strdup_printf ("--output=%s", output_dir);

  /* A year of the demo journal: the pages show real content, as for the metainfo. */
  demo_tool = g_build_filename (g_getenv ("CANDOR_BUILD_ROOT"), "src", "tools",
                                "candor-demo-data", NULL);
  demo = g_build_filename (output_dir, "demo.json", NULL);
  demo_out = g_strdup_printf ("--output=%s", demo);
  g_spawn_sync (NULL, (char *[]) { demo_tool, (char *) "--years=1", (char *) "--seed=5", demo_out,
                                   NULL },
                NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  vault_arg = g_strdup_printf ("--vault-json=%s", demo);

  g_spawn_sync (NULL, (char *[]) { tool, out_arg, vault_arg, NULL }, NULL,
                G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, &stderr_text, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("candor-screenshots failed: %s", stderr_text);
}

/* A picture of one flat colour would mean nothing was drawn. */
static gboolean
has_detail (GdkTexture *texture)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  g_autofree guchar *pixels = g_malloc ((gsize) width * height * 4);
  GHashTable *colours = g_hash_table_new (NULL, NULL);
  guint n;

  gdk_texture_download (texture, pixels, width * 4);
  for (int i = 0; i < width * height; i += 7)
    g_hash_table_add (colours, GUINT_TO_POINTER (((guint32 *) pixels)[i]));
  n = g_hash_table_size (colours);
  g_hash_table_unref (colours);

  return n > 16;
}

static void
test_scene (gconstpointer data)
{
  guint index = GPOINTER_TO_UINT (data);
  const char *scene = scenes[index].scene;
  g_autofree char *txt_path = NULL;
  g_autofree char *texts = NULL;
  g_autoptr(GError) error = NULL;

  run_tool_once ();
  txt_path = g_strdup_printf ("%s/%s.txt", output_dir, scene);

  for (int w = 0; w < 2; w++)
    for (int dark = 0; dark < 2; dark++)
      {
        int width = w == 0 ? 1024 : 360;
        g_autofree char *png = g_strdup_printf ("%s/%s-%s-%d.png", output_dir, scene,
                                                dark ? "dark" : "light", width);
        g_autoptr(GdkTexture) texture = gdk_texture_new_from_filename (png, &error);

        g_assert_no_error (error);
        g_assert_true (has_detail (texture));
        /* Narrow pictures must really be narrow: the 360 px layout is what is checked. */
        if (width == 360)
          g_assert_cmpint (gdk_texture_get_width (texture), <=, 400);
        else if (g_str_equal (scene, "preferences") || g_str_equal (scene, "guided-session") ||
                 g_str_equal (scene, "vulnerability-exercise"))
          /* Dialogs keep their own width. */
          g_assert_cmpint (gdk_texture_get_width (texture), >=, 360);
        else
          g_assert_cmpint (gdk_texture_get_width (texture), >=, 1000);
      }

  g_file_get_contents (txt_path, &texts, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (texts, scenes[index].must_say));
}

static void
test_dark_differs (void)
{
  g_autofree char *light = NULL;
  g_autofree char *dark = NULL;
  g_autoptr(GdkTexture) a = NULL;
  g_autoptr(GdkTexture) b = NULL;
  g_autofree guchar *pa = NULL;
  g_autofree guchar *pb = NULL;
  gsize stride;

  run_tool_once ();
  light = g_strdup_printf ("%s/today-light-1024.png", output_dir);
  dark = g_strdup_printf ("%s/today-dark-1024.png", output_dir);
  a = gdk_texture_new_from_filename (light, NULL);
  b = gdk_texture_new_from_filename (dark, NULL);
  g_assert_nonnull (a);
  g_assert_nonnull (b);

  /* The centre of the page is the window background: light in one, dark in the other. */
  stride = gdk_texture_get_width (a) * 4;
  pa = g_malloc (stride * gdk_texture_get_height (a));
  pb = g_malloc (stride * gdk_texture_get_height (b));
  gdk_texture_download (a, pa, stride);
  gdk_texture_download (b, pb, stride);
  {
    guchar *la = pa + stride * 100 + 20 * 4;
    guchar *lb = pb + stride * 100 + 20 * 4;
    int luma_a = la[0] + la[1] + la[2];
    int luma_b = lb[0] + lb[1] + lb[2];

    g_assert_cmpint (luma_a, >, 600);
    g_assert_cmpint (luma_b, <, 300);
  }
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  gtk_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (scenes); i++)
    {
      g_autofree char *path = g_strdup_printf ("/screenshots/%s", scenes[i].scene);

      g_test_add_data_func (path, GUINT_TO_POINTER (i), test_scene);
    }
  g_test_add_func ("/screenshots/dark-differs", test_dark_differs);

  ret = g_test_run ();

  if (output_dir != NULL)
    {
      g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", output_dir);
      g_assert_true (system (cmd) == 0);
    }
  return ret;
}
