/* test-lean-ui.c — what keeps the start of the app light
 *
 * The icons Candor shows come as PNGs of the sizes it shows them at, so that drawing
 * them needs no SVG renderer (librsvg: tens of milliseconds in the first frame and
 * about 6 MB); and tooltips on widgets not on screen yet are set without asking the
 * display server where the pointer is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "candor-ui.h"
#include "candor-test-utils.h"

#define RESOURCES "/io/github/candorapp/Candor"

/* What GtkApplication does for Candor with its resource base path. */
static void
use_candor_resources (void)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  gtk_icon_theme_add_resource_path (theme, RESOURCES "/icons");
  gtk_css_provider_load_from_resource (css, RESOURCES "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static char *
lookup_uri (const char *icon_name,
            int         size)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  g_autoptr(GtkIconPaintable) icon = NULL;
  g_autoptr(GFile) file = NULL;

  icon = gtk_icon_theme_lookup_icon (theme, icon_name, NULL, size, 1,
                                     GTK_TEXT_DIR_LTR, 0);
  file = gtk_icon_paintable_get_file (icon);
  g_assert_nonnull (file);
  return g_file_get_uri (file);
}

static void
test_icons_are_pngs (void)
{
  static const char * const symbolic[] = {
    "candor-today-symbolic", "candor-feelings-symbolic", "candor-checks-symbolic",
    "candor-progress-symbolic", "candor-practices-symbolic", "candor-spinner-symbolic",
    /* libadwaita's own is an SVG: ours, of the same name, comes first. */
    "adw-expander-arrow-symbolic",
  };
  static const int symbolic_sizes[] = { 16, 32, 128 };
  static const int app_sizes[] = { 96, 128, 192, 256 };

  for (guint i = 0; i < G_N_ELEMENTS (symbolic); i++)
    for (guint j = 0; j < G_N_ELEMENTS (symbolic_sizes); j++)
      {
        g_autofree char *uri = lookup_uri (symbolic[i], symbolic_sizes[j]);
        g_autofree char *expected = g_strdup_printf ("%dx%d/actions/%s.symbolic.png",
                                                     symbolic_sizes[j], symbolic_sizes[j],
                                                     symbolic[i]);

        g_assert_true (g_str_has_prefix (uri, "resource://" RESOURCES "/icons/"));
        g_assert_true (g_str_has_suffix (uri, expected));
      }

  for (guint j = 0; j < G_N_ELEMENTS (app_sizes); j++)
    {
      g_autofree char *uri = lookup_uri ("io.github.candorapp.Candor", app_sizes[j]);

      g_assert_true (g_str_has_suffix (uri, ".png"));
    }
}

static gboolean
svg_renderer_loaded (void)
{
  g_autofree char *maps = NULL;

  g_assert_true (g_file_get_contents ("/proc/self/maps", &maps, NULL, NULL));
  return strstr (maps, "librsvg") != NULL;
}

/* The unlock page's picture, its spinner, the view switcher and an expander row, drawn:
 * the SVG renderer is never loaded. */
static void
test_drawing_needs_no_svg_renderer (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *spinner = gtk_spinner_new ();
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *expander = adw_expander_row_new ();
  AdwViewStack *stack = ADW_VIEW_STACK (adw_view_stack_new ());
  GtkWidget *switcher = adw_view_switcher_new ();
  const char *pages[] = { "today", "feelings", "checks", "progress", "practices" };

  g_assert_false (svg_renderer_loaded ());

  gtk_spinner_start (GTK_SPINNER (spinner));
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("io.github.candorapp.Candor"));
  gtk_image_set_pixel_size (GTK_IMAGE (gtk_widget_get_first_child (box)), 96);
  gtk_box_append (GTK_BOX (box), spinner);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), "Expander");
  gtk_list_box_append (GTK_LIST_BOX (list), expander);
  gtk_box_append (GTK_BOX (box), list);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *icon = g_strdup_printf ("candor-%s-symbolic", pages[i]);

      adw_view_stack_add_titled_with_icon (stack, gtk_label_new (pages[i]), pages[i],
                                           pages[i], icon);
    }
  adw_view_switcher_set_stack (ADW_VIEW_SWITCHER (switcher), stack);
  gtk_box_append (GTK_BOX (box), switcher);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (stack));
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));

  candor_test_spin (500);
  g_assert_true (gtk_widget_get_mapped (spinner));
  g_assert_false (svg_renderer_loaded ());

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_tooltip_off_screen (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *loose = g_object_ref_sink (gtk_button_new ());
  GtkWidget *shown = gtk_button_new ();
  GtkWidget *hidden = gtk_button_new ();

  /* Not on screen: set, and still visible. */
  candor_ui_set_tooltip (loose, "Edit");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (loose), ==, "Edit");
  g_assert_true (gtk_widget_get_visible (loose));
  g_assert_true (gtk_widget_get_has_tooltip (loose));

  /* Hidden on purpose: stays hidden. */
  gtk_widget_set_visible (hidden, FALSE);
  candor_ui_set_tooltip (hidden, "Delete");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (hidden), ==, "Delete");
  g_assert_false (gtk_widget_get_visible (hidden));

  /* On screen: set the usual way; cleared with NULL. */
  gtk_box_append (GTK_BOX (box), shown);
  gtk_box_append (GTK_BOX (box), hidden);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  candor_test_spin (200);
  g_assert_true (gtk_widget_get_mapped (shown));
  candor_ui_set_tooltip (shown, "Share");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (shown), ==, "Share");
  candor_ui_set_tooltip (shown, NULL);
  g_assert_null (gtk_widget_get_tooltip_text (shown));
  g_assert_false (gtk_widget_get_has_tooltip (shown));
  g_assert_true (gtk_widget_get_mapped (shown));

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (loose);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  use_candor_resources ();

  g_test_add_func ("/lean-ui/icons-are-pngs", test_icons_are_pngs);
  g_test_add_func ("/lean-ui/drawing-needs-no-svg-renderer", test_drawing_needs_no_svg_renderer);
  g_test_add_func ("/lean-ui/tooltip-off-screen", test_tooltip_off_screen);

  return g_test_run ();
}
