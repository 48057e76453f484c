/* candor-reflection-renderer-private.h — for tests: where each block of the flow landed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "candor-reflection-renderer.h"

G_BEGIN_DECLS

typedef struct
{
  guint    first_page;
  guint    last_page;
  double   height;   /* points */
  gboolean entry;    /* a check-in, appreciation or other journal entry */
} CandorReflectionBlockInfo;

guint  candor_reflection_renderer_get_n_blocks         (CandorReflectionRenderer  *self);
void   candor_reflection_renderer_get_block_info       (CandorReflectionRenderer  *self,
                                                        guint                      block,
                                                        CandorReflectionBlockInfo *info);
/* The height a block can use on a page after the first, which has the running header. */
double candor_reflection_renderer_get_page_body_height (CandorReflectionRenderer  *self);

G_END_DECLS
