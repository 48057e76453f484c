/* candor-reflection-renderer.h — the printed weekly reflection: pages laid out with Pango
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "candor-week.h"

G_BEGIN_DECLS

/* Paper sizes in points (1/72 inch). */
#define CANDOR_PAPER_A4_WIDTH      595.276
#define CANDOR_PAPER_A4_HEIGHT     841.890
#define CANDOR_PAPER_LETTER_WIDTH  612.0
#define CANDOR_PAPER_LETTER_HEIGHT 792.0

#define CANDOR_TYPE_REFLECTION_RENDERER (candor_reflection_renderer_get_type ())

G_DECLARE_FINAL_TYPE (CandorReflectionRenderer, candor_reflection_renderer,
                      CANDOR, REFLECTION_RENDERER, GObject)

void                      candor_reflection_paper_for_locale       (double *width,
                                                                    double *height);

CandorReflectionRenderer *candor_reflection_renderer_new           (CandorWeek               *week);
CandorWeek               *candor_reflection_renderer_get_week      (CandorReflectionRenderer *self);
guint                     candor_reflection_renderer_paginate      (CandorReflectionRenderer *self,
                                                                    double                    page_width,
                                                                    double                    page_height);
guint                     candor_reflection_renderer_get_n_pages   (CandorReflectionRenderer *self);
void                      candor_reflection_renderer_draw_page     (CandorReflectionRenderer *self,
                                                                    cairo_t                  *cr,
                                                                    guint                     page);
gboolean                  candor_reflection_renderer_write_pdf     (CandorReflectionRenderer *self,
                                                                    const char               *path,
                                                                    double                    page_width,
                                                                    double                    page_height,
                                                                    GError                  **error);

G_END_DECLS
