/* candor-screenshot-scenes.h — what candor-screenshots renders
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "candor-application.h"
#include "candor-window.h"

G_BEGIN_DECLS

typedef enum {
  CANDOR_SCENE_PAGE,
  CANDOR_SCENE_PREFERENCES,
  CANDOR_SCENE_SHORTCUTS,
  CANDOR_SCENE_ABOUT,
  CANDOR_SCENE_REFLECTION,
  CANDOR_SCENE_GUIDED,      /* a guided Connection Check session, at its first question */
  CANDOR_SCENE_EXERCISE,    /* the vulnerability exercise, running */
  CANDOR_SCENE_GROWTH,      /* the Practices page scrolled to boundaries and growth */
} CandorSceneKind;

typedef struct {
  char              *name;
  CandorSceneKind    kind;
  const char        *page;          /* for CANDOR_SCENE_PAGE */
  CandorApplication *app;
  CandorWindow      *main_window;   /* shared by every scene */
  GtkWindow         *window;        /* the window that is captured */
} CandorScene;

GPtrArray *candor_screenshot_scenes_new  (CandorApplication  *app,
                                          const char         *vault_json,
                                          GError            **error);
void       candor_scene_show             (CandorScene        *scene,
                                          int                 width,
                                          int                 height);
void       candor_scene_hide             (CandorScene        *scene);
char      *candor_scene_collect_texts    (CandorScene        *scene);
void       candor_scene_spin             (guint               ms);

G_END_DECLS
