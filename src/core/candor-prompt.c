/* candor-prompt.c — one writing prompt: reflection, journal or boundary example
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include "candor-prompt.h"

struct _CandorPrompt
{
  GObject           parent_instance;

  char             *id;
  char             *text;
  CandorPromptKind  kind;
};

G_DEFINE_FINAL_TYPE (CandorPrompt, candor_prompt, G_TYPE_OBJECT)

/* The nicks are the kind attribute of data/candor-prompts.xml. */
G_DEFINE_ENUM_TYPE (CandorPromptKind, candor_prompt_kind,
  G_DEFINE_ENUM_VALUE (CANDOR_PROMPT_KIND_REFLECTION, "reflection"),
  G_DEFINE_ENUM_VALUE (CANDOR_PROMPT_KIND_JOURNALING, "journaling"),
  G_DEFINE_ENUM_VALUE (CANDOR_PROMPT_KIND_SELF_COMPASSION, "self-compassion"),
  G_DEFINE_ENUM_VALUE (CANDOR_PROMPT_KIND_PATTERN, "pattern"),
  G_DEFINE_ENUM_VALUE (CANDOR_PROMPT_KIND_BOUNDARY_EXAMPLE, "boundary-example"))

enum {
  PROP_0,
  PROP_ID,
  PROP_TEXT,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
candor_prompt_finalize (GObject *object)
{
  CandorPrompt *self = (CandorPrompt *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (candor_prompt_parent_class)->finalize (object);
}

static void
candor_prompt_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CandorPrompt *self = CANDOR_PROMPT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_prompt_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CandorPrompt *self = CANDOR_PROMPT (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_TEXT:
      self->text = g_value_dup_string (value);
      break;

    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_prompt_class_init (CandorPromptClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = candor_prompt_finalize;
  object_class->get_property = candor_prompt_get_property;
  object_class->set_property = candor_prompt_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * CandorPrompt:text:
   *
   * The prompt, translated.
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       CANDOR_TYPE_PROMPT_KIND,
                       CANDOR_PROMPT_KIND_REFLECTION,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
candor_prompt_init (CandorPrompt *self)
{
}

/**
 * candor_prompt_new:
 *
 * Returns: (transfer full): a new prompt
 */
CandorPrompt *
candor_prompt_new (const char       *id,
                   const char       *text,
                   CandorPromptKind  kind)
{
  g_return_val_if_fail (id != NULL && id[0] != '\0', NULL);
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (kind < CANDOR_PROMPT_N_KINDS, NULL);

  return g_object_new (CANDOR_TYPE_PROMPT,
                       "id", id,
                       "text", text,
                       "kind", kind,
                       NULL);
}

const char *
candor_prompt_get_id (CandorPrompt *self)
{
  g_return_val_if_fail (CANDOR_IS_PROMPT (self), NULL);

  return self->id;
}

const char *
candor_prompt_get_text (CandorPrompt *self)
{
  g_return_val_if_fail (CANDOR_IS_PROMPT (self), NULL);

  return self->text;
}

CandorPromptKind
candor_prompt_get_kind (CandorPrompt *self)
{
  g_return_val_if_fail (CANDOR_IS_PROMPT (self), CANDOR_PROMPT_KIND_REFLECTION);

  return self->kind;
}
