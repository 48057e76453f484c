/* candor-question.c — one Connection Check question
 *
 * A question is a value: built-in ones come from data/candor-questions.xml
 * with their text already translated, custom ones from the couple, as typed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include "candor-question.h"

struct _CandorQuestion
{
  GObject              parent_instance;

  char                *id;
  char                *text;
  CandorQuestionDepth  depth;
  guint                is_default : 1;
  guint                is_custom : 1;
};

G_DEFINE_FINAL_TYPE (CandorQuestion, candor_question, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TEXT,
  PROP_DEPTH,
  PROP_IS_DEFAULT,
  PROP_IS_CUSTOM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
candor_question_finalize (GObject *object)
{
  CandorQuestion *self = (CandorQuestion *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (candor_question_parent_class)->finalize (object);
}

static void
candor_question_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CandorQuestion *self = CANDOR_QUESTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_DEPTH:
      g_value_set_enum (value, self->depth);
      break;

    case PROP_IS_DEFAULT:
      g_value_set_boolean (value, self->is_default);
      break;

    case PROP_IS_CUSTOM:
      g_value_set_boolean (value, self->is_custom);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_question_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CandorQuestion *self = CANDOR_QUESTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_TEXT:
      self->text = g_value_dup_string (value);
      break;

    case PROP_DEPTH:
      self->depth = g_value_get_enum (value);
      break;

    case PROP_IS_DEFAULT:
      self->is_default = g_value_get_boolean (value);
      break;

    case PROP_IS_CUSTOM:
      self->is_custom = g_value_get_boolean (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_question_class_init (CandorQuestionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = candor_question_finalize;
  object_class->get_property = candor_question_get_property;
  object_class->set_property = candor_question_set_property;

  /**
   * CandorQuestion:id:
   *
   * A stable id, kept with each check: a built-in question's id from the
   * data file, or "custom-" and a UUID.
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * CandorQuestion:text:
   *
   * The question, translated for built-in ones.
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DEPTH] =
    g_param_spec_enum ("depth", NULL, NULL,
                       CANDOR_TYPE_QUESTION_DEPTH,
                       CANDOR_QUESTION_DEPTH_LIGHT,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * CandorQuestion:is-default:
   *
   * Whether this is one of the three questions every check starts with.
   */
  properties[PROP_IS_DEFAULT] =
    g_param_spec_boolean ("is-default", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * CandorQuestion:is-custom:
   *
   * Whether the couple wrote this question (it is not translated).
   */
  properties[PROP_IS_CUSTOM] =
    g_param_spec_boolean ("is-custom", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
candor_question_init (CandorQuestion *self)
{
}

/**
 * candor_question_new:
 * @id: a stable id
 * @text: the question as shown
 *
 * Returns: (transfer full): a new question
 */
CandorQuestion *
candor_question_new (const char          *id,
                     const char          *text,
                     CandorQuestionDepth  depth,
                     gboolean             is_default,
                     gboolean             is_custom)
{
  g_return_val_if_fail (id != NULL && id[0] != '\0', NULL);
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (depth <= CANDOR_QUESTION_DEPTH_DEEP, NULL);

  return g_object_new (CANDOR_TYPE_QUESTION,
                       "id", id,
                       "text", text,
                       "depth", depth,
                       "is-default", is_default,
                       "is-custom", is_custom,
                       NULL);
}

const char *
candor_question_get_id (CandorQuestion *self)
{
  g_return_val_if_fail (CANDOR_IS_QUESTION (self), NULL);

  return self->id;
}

const char *
candor_question_get_text (CandorQuestion *self)
{
  g_return_val_if_fail (CANDOR_IS_QUESTION (self), NULL);

  return self->text;
}

CandorQuestionDepth
candor_question_get_depth (CandorQuestion *self)
{
  g_return_val_if_fail (CANDOR_IS_QUESTION (self), CANDOR_QUESTION_DEPTH_LIGHT);

  return self->depth;
}

gboolean
candor_question_get_is_default (CandorQuestion *self)
{
  g_return_val_if_fail (CANDOR_IS_QUESTION (self), FALSE);

  return self->is_default;
}

gboolean
candor_question_get_is_custom (CandorQuestion *self)
{
  g_return_val_if_fail (CANDOR_IS_QUESTION (self), FALSE);

  return self->is_custom;
}
