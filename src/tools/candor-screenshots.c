/* candor-screenshots.c — renders every page in light and dark, wide and narrow
 *
 * candor-screenshots --output=DIR [--vault-json=FILE] [--locale=LL] [--quick]
 *
 * Writes DIR/<page>-<light|dark>-<width>[-<locale>].png and DIR/<page>[-<locale>].txt,
 * the texts a person sees on that page in reading order. Used for checking by eye,
 * for the metainfo screenshots and for the help.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdlib.h>

#include "candor-application.h"
#include "candor-i18n.h"
#include "candor-screenshot-scenes.h"
#include "candor-secure.h"
#include "candor-window.h"

static const int widths[] = { 1024, 360 };
static const int window_height = 720;

static gboolean
is_ready (CandorScene *scene)
{
  GtkWidget *widget = GTK_WIDGET (scene->window);

  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0;
}

static gint64
frame_counter (CandorScene *scene)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (scene->window));

  return clock != NULL ? gdk_frame_clock_get_frame_counter (clock) : -1;
}

static gboolean
wait_ready (CandorScene *scene)
{
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  gint64 first_frame;

  while (!is_ready (scene) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);

  /* Let allocation, transitions and a few painted frames settle; on a busy machine
   * frames come late, so count frames rather than trust a fixed delay alone. */
  gtk_widget_queue_draw (GTK_WIDGET (scene->window));
  first_frame = frame_counter (scene);
  while (frame_counter (scene) < first_frame + 3 && g_get_monotonic_time () < end)
    {
      gtk_widget_queue_draw (GTK_WIDGET (scene->window));
      g_main_context_iteration (NULL, TRUE);
    }
  candor_scene_spin (300);
  return is_ready (scene);
}

static gboolean
save_png (GtkWindow   *window,
          const char  *path,
          GError     **error)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer;
  int width = gtk_widget_get_width (GTK_WIDGET (window));
  int height = gtk_widget_get_height (GTK_WIDGET (window));

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Nothing was drawn for %s", path);
      return FALSE;
    }

  renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, path))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Could not write %s", path);
      return FALSE;
    }

  return TRUE;
}

static char *
output_name (const char *dir,
             const char *scene,
             const char *theme,
             int         width,
             const char *locale,
             const char *ext)
{
  g_autofree char *base = NULL;

  if (theme != NULL)
    base = g_strdup_printf ("%s-%s-%d%s%s.%s", scene, theme, width,
                            locale ? "-" : "", locale ? locale : "", ext);
  else
    base = g_strdup_printf ("%s%s%s.%s", scene, locale ? "-" : "", locale ? locale : "", ext);

  return g_build_filename (dir, base, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *output = NULL;
  g_autofree char *vault_json = NULL;
  g_autofree char *locale = NULL;
  gboolean quick = FALSE;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CandorApplication) app = NULL;
  g_autoptr(GPtrArray) scenes = NULL;
  AdwStyleManager *style;
  int failures = 0;
  GOptionEntry entries[] = {
    { "output", 0, 0, G_OPTION_ARG_FILENAME, &output, "Folder to write the pictures to", "DIR" },
    { "vault-json", 0, 0, G_OPTION_ARG_FILENAME, &vault_json,
      "Show this journal document instead of an empty journal", "FILE" },
    { "locale", 0, 0, G_OPTION_ARG_STRING, &locale, "Language to render in, e.g. ru or zh_CN", "LL" },
    { "quick", 0, 0, G_OPTION_ARG_NONE, &quick, "Only the wide light pictures (and the texts)", NULL },
    { NULL }
  };

  context = g_option_context_new ("— render Candor's pages to PNG");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || output == NULL)
    {
      g_printerr ("%s\n", error ? error->message : "--output=DIR is required");
      return 2;
    }

  if (!candor_i18n_init (locale))
    g_printerr ("The locale for %s is not installed: messages are translated, dates and "
                "numbers are not\n", locale);

  if (!candor_secure_init (&error) || g_mkdir_with_parents (output, 0755) != 0)
    {
      g_printerr ("%s\n", error ? error->message : g_strerror (errno));
      return 1;
    }

  gtk_init ();
  adw_init ();
  /* Look like a GNOME session even under a bare X server. */
  g_object_set (gtk_settings_get_default (),
                "gtk-font-name", "Cantarell 11",
                "gtk-decoration-layout", "appmenu:close",
                NULL);
  app = candor_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  scenes = candor_screenshot_scenes_new (app, vault_json, &error);
  if (scenes == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  style = adw_style_manager_get_default ();
  for (guint s = 0; s < scenes->len; s++)
    {
      CandorScene *scene = g_ptr_array_index (scenes, s);
      g_autofree char *txt = output_name (output, scene->name, NULL, 0, locale, "txt");
      g_autofree char *texts = NULL;

      for (guint w = 0; w < (quick ? 1 : G_N_ELEMENTS (widths)); w++)
        {
          for (guint dark = 0; dark < (quick ? 1u : 2u); dark++)
            {
              g_autofree char *png = output_name (output, scene->name, dark ? "dark" : "light",
                                                  widths[w], locale, "png");

              adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                              : ADW_COLOR_SCHEME_FORCE_LIGHT);
              candor_scene_show (scene, widths[w], window_height);
              if (scene->window == NULL &&
                  (scene->kind == CANDOR_SCENE_GUIDED || scene->kind == CANDOR_SCENE_EXERCISE))
                {
                  /* Nothing to show in this journal (no check yet, or no partner). */
                  g_printerr ("%s: skipped, the journal has nothing to show there\n",
                              scene->name);
                  break;
                }
              if (scene->window == NULL || !wait_ready (scene) ||
                  (!save_png (scene->window, png, NULL) &&
                   (!wait_ready (scene) || !save_png (scene->window, png, &error))))
                {
                  g_printerr ("%s: %s\n", png, error ? error->message : "window never showed");
                  g_clear_error (&error);
                  failures++;
                  continue;
                }
              g_print ("%s\n", png);

              /* The texts are the same in both themes; list them from the wide light view. */
              if (w == 0 && !dark)
                texts = candor_scene_collect_texts (scene);
            }
        }

      if (!g_file_set_contents (txt, texts ? texts : "", -1, &error))
        {
          g_printerr ("%s\n", error->message);
          g_clear_error (&error);
          failures++;
        }
      candor_scene_hide (scene);
    }

  return failures > 0 ? 1 : 0;
}
