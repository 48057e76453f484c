/* candor-prompt.h — one writing prompt: reflection, journal or boundary example
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  CANDOR_PROMPT_KIND_REFLECTION,
  CANDOR_PROMPT_KIND_JOURNALING,
  CANDOR_PROMPT_KIND_SELF_COMPASSION,
  CANDOR_PROMPT_KIND_PATTERN,
  CANDOR_PROMPT_KIND_BOUNDARY_EXAMPLE,
} CandorPromptKind;

#define CANDOR_PROMPT_N_KINDS (CANDOR_PROMPT_KIND_BOUNDARY_EXAMPLE + 1)

#define CANDOR_TYPE_PROMPT_KIND (candor_prompt_kind_get_type ())
GType candor_prompt_kind_get_type (void);

#define CANDOR_TYPE_PROMPT (candor_prompt_get_type ())

G_DECLARE_FINAL_TYPE (CandorPrompt, candor_prompt, CANDOR, PROMPT, GObject)

CandorPrompt     *candor_prompt_new       (const char       *id,
                                           const char       *text,
                                           CandorPromptKind  kind);
const char       *candor_prompt_get_id    (CandorPrompt *self);
const char       *candor_prompt_get_text  (CandorPrompt *self);
CandorPromptKind  candor_prompt_get_kind  (CandorPrompt *self);

G_END_DECLS
