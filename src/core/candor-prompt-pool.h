/* candor-prompt-pool.h — the writing prompts: weekly reflection, growth journal, boundaries
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "candor-prompt.h"

G_BEGIN_DECLS

/* The printed weekly reflection has room for three prompts. */
#define CANDOR_PROMPT_POOL_PROMPTS_PER_WEEK 3

#define CANDOR_TYPE_PROMPT_POOL (candor_prompt_pool_get_type ())

G_DECLARE_FINAL_TYPE (CandorPromptPool, candor_prompt_pool, CANDOR, PROMPT_POOL, GObject)

CandorPromptPool *candor_prompt_pool_new             (void);
CandorPromptPool *candor_prompt_pool_new_from_bytes  (GBytes              *bytes,
                                                      GError             **error);
CandorPrompt     *candor_prompt_pool_lookup          (CandorPromptPool    *self,
                                                      const char          *id);
GPtrArray        *candor_prompt_pool_list            (CandorPromptPool    *self,
                                                      CandorPromptKind     kind);
GPtrArray        *candor_prompt_pool_pick            (CandorPromptPool    *self,
                                                      CandorPromptKind     kind,
                                                      guint                n,
                                                      GRand               *rand,
                                                      const char * const  *avoid);
GPtrArray        *candor_prompt_pool_for_week        (CandorPromptPool    *self,
                                                      GDateTime           *week_start);

G_END_DECLS
