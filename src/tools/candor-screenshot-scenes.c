/* candor-screenshot-scenes.c — what candor-screenshots renders
 *
 * Each new page or dialog worth seeing adds its scene here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include "candor-preferences-window.h"
#include "candor-screenshot-scenes.h"

static const struct {
  const char      *name;
  CandorSceneKind  kind;
  const char      *page;
} scene_table[] = {
  { "today", CANDOR_SCENE_PAGE, "today" },
  { "feelings", CANDOR_SCENE_PAGE, "feelings" },
  { "checks", CANDOR_SCENE_PAGE, "checks" },
  { "progress", CANDOR_SCENE_PAGE, "progress" },
  { "practices", CANDOR_SCENE_PAGE, "practices" },
  { "preferences", CANDOR_SCENE_PREFERENCES, NULL },
  { "shortcuts", CANDOR_SCENE_SHORTCUTS, NULL },
  { "about", CANDOR_SCENE_ABOUT, NULL },
};

static void
scene_free (gpointer data)
{
  CandorScene *scene = data;

  g_free (scene->name);
  g_free (scene);
}

GPtrArray *
candor_screenshot_scenes_new (CandorApplication  *app,
                              const char         *vault_json,
                              GError            **error)
{
  g_autoptr(GPtrArray) scenes = g_ptr_array_new_with_free_func (scene_free);
  CandorWindow *main_window;

  if (vault_json != NULL && !g_file_test (vault_json, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "No journal document at %s",
                   vault_json);
      return NULL;
    }

  main_window = candor_window_new (app);

  for (guint i = 0; i < G_N_ELEMENTS (scene_table); i++)
    {
      CandorScene *scene = g_new0 (CandorScene, 1);

      scene->name = g_strdup (scene_table[i].name);
      scene->kind = scene_table[i].kind;
      scene->page = scene_table[i].page;
      scene->app = app;
      scene->main_window = main_window;
      g_ptr_array_add (scenes, scene);
    }

  return g_steal_pointer (&scenes);
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }
  return NULL;
}

void
candor_scene_show (CandorScene *scene,
                   int          width,
                   int          height)
{
  GtkWindow *main_window = GTK_WINDOW (scene->main_window);

  switch (scene->kind)
    {
    case CANDOR_SCENE_PAGE:
      gtk_window_set_default_size (main_window, width, height);
      candor_window_set_visible_page (scene->main_window, scene->page);
      gtk_window_present (main_window);
      scene->window = main_window;
      break;

    case CANDOR_SCENE_PREFERENCES:
      gtk_window_present (main_window);
      if (scene->window == NULL)
        scene->window = GTK_WINDOW (candor_preferences_window_new (main_window));
      gtk_window_set_default_size (scene->window, MIN (width, 640), height);
      gtk_window_present (scene->window);
      break;

    case CANDOR_SCENE_SHORTCUTS:
      gtk_window_present (main_window);
      if (scene->window == NULL)
        {
          gtk_widget_activate_action (GTK_WIDGET (main_window), "win.show-help-overlay", NULL);
          scene->window = find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
        }
      if (scene->window != NULL)
        {
          gtk_window_set_default_size (scene->window, width, height);
          gtk_window_present (scene->window);
        }
      break;

    case CANDOR_SCENE_ABOUT:
      gtk_window_present (main_window);
      if (scene->window == NULL)
        {
          g_action_group_activate_action (G_ACTION_GROUP (scene->app), "about", NULL);
          scene->window = find_toplevel (ADW_TYPE_ABOUT_WINDOW);
        }
      if (scene->window != NULL)
        gtk_window_set_default_size (scene->window, MIN (width, 420), height);
      break;

    default:
      g_assert_not_reached ();
    }
}

void
candor_scene_hide (CandorScene *scene)
{
  if (scene->window != NULL && scene->window != GTK_WINDOW (scene->main_window))
    gtk_window_destroy (scene->window);
  scene->window = NULL;
}

static void
append_text (GString    *out,
             const char *text)
{
  g_autofree char *flat = NULL;

  if (text == NULL || *text == '\0')
    return;

  flat = g_strstrip (g_strdelimit (g_strdup (text), "\n", ' '));
  if (*flat == '\0')
    return;

  g_string_append (out, flat);
  g_string_append_c (out, '\n');
}

static void
collect (GtkWidget *widget,
         GString   *out)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (GTK_IS_LABEL (widget))
    append_text (out, gtk_label_get_text (GTK_LABEL (widget)));
  else if (GTK_IS_EDITABLE (widget) && !GTK_IS_TEXT (widget))
    append_text (out, gtk_editable_get_text (GTK_EDITABLE (widget)));
  else if ((GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget)) &&
           gtk_widget_get_tooltip_text (widget) != NULL)
    {
      /* Icon-only buttons are read by their accessible name, which is their tooltip. */
      g_autofree char *name = g_strdup_printf ("[%s]", gtk_widget_get_tooltip_text (widget));

      append_text (out, name);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, out);
}

char *
candor_scene_collect_texts (CandorScene *scene)
{
  GString *out = g_string_new (NULL);

  if (scene->window != NULL)
    collect (GTK_WIDGET (scene->window), out);

  return g_string_free (out, FALSE);
}
