/* candor-feeling.c — one word of the feeling vocabulary
 *
 * A feeling is immutable once made: the vocabulary creates them when it loads its data,
 * already translated into the UI language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "candor-feeling.h"

struct _CandorFeeling
{
  GObject              parent_instance;

  char                *id;
  char                *label;
  char                *definition;
  CandorFeelingFamily  family;
  double               pleasantness;
  double               energy;
};

G_DEFINE_FINAL_TYPE (CandorFeeling, candor_feeling, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (CandorFeelingFamily, candor_feeling_family,
  G_DEFINE_ENUM_VALUE (CANDOR_FEELING_FAMILY_MAD, "mad"),
  G_DEFINE_ENUM_VALUE (CANDOR_FEELING_FAMILY_SAD, "sad"),
  G_DEFINE_ENUM_VALUE (CANDOR_FEELING_FAMILY_SCARED, "scared"),
  G_DEFINE_ENUM_VALUE (CANDOR_FEELING_FAMILY_JOYFUL, "joyful"),
  G_DEFINE_ENUM_VALUE (CANDOR_FEELING_FAMILY_POWERFUL, "powerful"),
  G_DEFINE_ENUM_VALUE (CANDOR_FEELING_FAMILY_PEACEFUL, "peaceful"))

G_DEFINE_ENUM_TYPE (CandorMoodQuadrant, candor_mood_quadrant,
  G_DEFINE_ENUM_VALUE (CANDOR_MOOD_QUADRANT_HIGH_UNPLEASANT, "high-unpleasant"),
  G_DEFINE_ENUM_VALUE (CANDOR_MOOD_QUADRANT_HIGH_PLEASANT, "high-pleasant"),
  G_DEFINE_ENUM_VALUE (CANDOR_MOOD_QUADRANT_LOW_UNPLEASANT, "low-unpleasant"),
  G_DEFINE_ENUM_VALUE (CANDOR_MOOD_QUADRANT_LOW_PLEASANT, "low-pleasant"))

enum {
  PROP_0,
  PROP_ID,
  PROP_LABEL,
  PROP_DEFINITION,
  PROP_FAMILY,
  PROP_PLEASANTNESS,
  PROP_ENERGY,
  PROP_QUADRANT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
enum_nick (GType type,
           int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *enum_value = g_enum_get_value (klass, value);

  /* The class of a static enum type is never freed, so the nick outlives the ref. */
  return enum_value != NULL ? enum_value->value_nick : NULL;
}

/**
 * candor_feeling_family_to_string:
 * @family: a family
 *
 * Returns: (transfer none): the stable name stored in data files, such as "mad"
 */
const char *
candor_feeling_family_to_string (CandorFeelingFamily family)
{
  return enum_nick (CANDOR_TYPE_FEELING_FAMILY, family);
}

/**
 * candor_feeling_family_from_string:
 * @nick: a stable family name, such as "joyful"
 * @family: (out): where to store the family
 *
 * Returns: %TRUE if @nick names a family
 */
gboolean
candor_feeling_family_from_string (const char          *nick,
                                   CandorFeelingFamily *family)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *value;

  g_return_val_if_fail (family != NULL, FALSE);

  if (nick == NULL)
    return FALSE;

  klass = g_type_class_ref (CANDOR_TYPE_FEELING_FAMILY);
  value = g_enum_get_value_by_nick (klass, nick);
  if (value == NULL)
    return FALSE;

  *family = value->value;
  return TRUE;
}

/**
 * candor_feeling_family_get_label:
 * @family: a family
 *
 * Returns: (transfer none): the family's name in the UI language, such as "Joyful"
 */
const char *
candor_feeling_family_get_label (CandorFeelingFamily family)
{
  switch (family)
    {
    case CANDOR_FEELING_FAMILY_MAD:
      /* Translators: one of the six cores of the feelings wheel, a heading and a filter
       * in the feeling picker. */
      return C_("feeling family", "Mad");
    case CANDOR_FEELING_FAMILY_SAD:
      /* Translators: one of the six cores of the feelings wheel, a heading and a filter
       * in the feeling picker. */
      return C_("feeling family", "Sad");
    case CANDOR_FEELING_FAMILY_SCARED:
      /* Translators: one of the six cores of the feelings wheel, a heading and a filter
       * in the feeling picker. */
      return C_("feeling family", "Scared");
    case CANDOR_FEELING_FAMILY_JOYFUL:
      /* Translators: one of the six cores of the feelings wheel, a heading and a filter
       * in the feeling picker. */
      return C_("feeling family", "Joyful");
    case CANDOR_FEELING_FAMILY_POWERFUL:
      /* Translators: one of the six cores of the feelings wheel, a heading and a filter
       * in the feeling picker. */
      return C_("feeling family", "Powerful");
    case CANDOR_FEELING_FAMILY_PEACEFUL:
      /* Translators: one of the six cores of the feelings wheel, a heading and a filter
       * in the feeling picker. */
      return C_("feeling family", "Peaceful");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * candor_mood_quadrant_to_string:
 * @quadrant: a quadrant
 *
 * Returns: (transfer none): a stable name, such as "high-pleasant"
 */
const char *
candor_mood_quadrant_to_string (CandorMoodQuadrant quadrant)
{
  return enum_nick (CANDOR_TYPE_MOOD_QUADRANT, quadrant);
}

/**
 * candor_mood_quadrant_get_label:
 * @quadrant: a quadrant
 *
 * Returns: (transfer none): the quadrant described in the UI language
 */
const char *
candor_mood_quadrant_get_label (CandorMoodQuadrant quadrant)
{
  switch (quadrant)
    {
    case CANDOR_MOOD_QUADRANT_HIGH_UNPLEASANT:
      /* Translators: a quadrant of the mood meter, which places feelings by how pleasant
       * they are and how much energy they carry. */
      return C_("mood meter", "Unpleasant, high energy");
    case CANDOR_MOOD_QUADRANT_HIGH_PLEASANT:
      /* Translators: a quadrant of the mood meter, which places feelings by how pleasant
       * they are and how much energy they carry. */
      return C_("mood meter", "Pleasant, high energy");
    case CANDOR_MOOD_QUADRANT_LOW_UNPLEASANT:
      /* Translators: a quadrant of the mood meter, which places feelings by how pleasant
       * they are and how much energy they carry. */
      return C_("mood meter", "Unpleasant, low energy");
    case CANDOR_MOOD_QUADRANT_LOW_PLEASANT:
      /* Translators: a quadrant of the mood meter, which places feelings by how pleasant
       * they are and how much energy they carry. */
      return C_("mood meter", "Pleasant, low energy");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * candor_mood_quadrant_for:
 * @pleasantness: from -1 to 1
 * @energy: from -1 to 1
 *
 * A point exactly on an axis belongs to the pleasant side (pleasantness 0) and to the
 * high-energy side (energy 0), so every point has exactly one quadrant.
 *
 * Returns: the quadrant of the mood meter that holds the point
 */
CandorMoodQuadrant
candor_mood_quadrant_for (double pleasantness,
                          double energy)
{
  if (energy >= 0)
    return pleasantness >= 0 ? CANDOR_MOOD_QUADRANT_HIGH_PLEASANT
                             : CANDOR_MOOD_QUADRANT_HIGH_UNPLEASANT;
  else
    return pleasantness >= 0 ? CANDOR_MOOD_QUADRANT_LOW_PLEASANT
                             : CANDOR_MOOD_QUADRANT_LOW_UNPLEASANT;
}

static void
candor_feeling_finalize (GObject *object)
{
  CandorFeeling *self = (CandorFeeling *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->definition, g_free);

  G_OBJECT_CLASS (candor_feeling_parent_class)->finalize (object);
}

static void
candor_feeling_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CandorFeeling *self = CANDOR_FEELING (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_DEFINITION:
      g_value_set_string (value, self->definition);
      break;
    case PROP_FAMILY:
      g_value_set_enum (value, self->family);
      break;
    case PROP_PLEASANTNESS:
      g_value_set_double (value, self->pleasantness);
      break;
    case PROP_ENERGY:
      g_value_set_double (value, self->energy);
      break;
    case PROP_QUADRANT:
      g_value_set_enum (value, candor_feeling_get_quadrant (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_feeling_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CandorFeeling *self = CANDOR_FEELING (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_LABEL:
      self->label = g_value_dup_string (value);
      break;
    case PROP_DEFINITION:
      self->definition = g_value_dup_string (value);
      break;
    case PROP_FAMILY:
      self->family = g_value_get_enum (value);
      break;
    case PROP_PLEASANTNESS:
      self->pleasantness = g_value_get_double (value);
      break;
    case PROP_ENERGY:
      self->energy = g_value_get_double (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_feeling_class_init (CandorFeelingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = candor_feeling_finalize;
  object_class->get_property = candor_feeling_get_property;
  object_class->set_property = candor_feeling_set_property;

  /**
   * CandorFeeling:id:
   *
   * The stable ASCII name stored in the journal, such as "grateful".
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, construct);

  /**
   * CandorFeeling:label:
   *
   * The word in the UI language, as a person would say it: "I feel ___".
   */
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL, construct);

  /**
   * CandorFeeling:definition:
   *
   * One plain sentence in the UI language saying what the word means.
   */
  properties[PROP_DEFINITION] =
    g_param_spec_string ("definition", NULL, NULL, NULL, construct);

  /**
   * CandorFeeling:family:
   *
   * The core of the feelings wheel this word belongs to.
   */
  properties[PROP_FAMILY] =
    g_param_spec_enum ("family", NULL, NULL,
                       CANDOR_TYPE_FEELING_FAMILY, CANDOR_FEELING_FAMILY_MAD, construct);

  /**
   * CandorFeeling:pleasantness:
   *
   * Mood-meter x: -1 is very unpleasant, 1 very pleasant.
   */
  properties[PROP_PLEASANTNESS] =
    g_param_spec_double ("pleasantness", NULL, NULL, -1.0, 1.0, 0.0, construct);

  /**
   * CandorFeeling:energy:
   *
   * Mood-meter y: -1 is very low energy, 1 very high.
   */
  properties[PROP_ENERGY] =
    g_param_spec_double ("energy", NULL, NULL, -1.0, 1.0, 0.0, construct);

  /**
   * CandorFeeling:quadrant:
   *
   * The mood-meter quadrant, from pleasantness and energy.
   */
  properties[PROP_QUADRANT] =
    g_param_spec_enum ("quadrant", NULL, NULL,
                       CANDOR_TYPE_MOOD_QUADRANT, CANDOR_MOOD_QUADRANT_HIGH_PLEASANT,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
candor_feeling_init (CandorFeeling *self)
{
}

/**
 * candor_feeling_new:
 * @id: the stable ASCII name
 * @label: the word, already in the UI language
 * @definition: the definition, already in the UI language
 * @family: the family
 * @pleasantness: from -1 to 1
 * @energy: from -1 to 1
 *
 * Returns: (transfer full): a new feeling
 */
CandorFeeling *
candor_feeling_new (const char          *id,
                    const char          *label,
                    const char          *definition,
                    CandorFeelingFamily  family,
                    double               pleasantness,
                    double               energy)
{
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (label != NULL, NULL);
  g_return_val_if_fail (definition != NULL, NULL);

  return g_object_new (CANDOR_TYPE_FEELING,
                       "id", id,
                       "label", label,
                       "definition", definition,
                       "family", family,
                       "pleasantness", pleasantness,
                       "energy", energy,
                       NULL);
}

const char *
candor_feeling_get_id (CandorFeeling *self)
{
  g_return_val_if_fail (CANDOR_IS_FEELING (self), NULL);

  return self->id;
}

const char *
candor_feeling_get_label (CandorFeeling *self)
{
  g_return_val_if_fail (CANDOR_IS_FEELING (self), NULL);

  return self->label;
}

const char *
candor_feeling_get_definition (CandorFeeling *self)
{
  g_return_val_if_fail (CANDOR_IS_FEELING (self), NULL);

  return self->definition;
}

CandorFeelingFamily
candor_feeling_get_family (CandorFeeling *self)
{
  g_return_val_if_fail (CANDOR_IS_FEELING (self), CANDOR_FEELING_FAMILY_MAD);

  return self->family;
}

double
candor_feeling_get_pleasantness (CandorFeeling *self)
{
  g_return_val_if_fail (CANDOR_IS_FEELING (self), 0.0);

  return self->pleasantness;
}

double
candor_feeling_get_energy (CandorFeeling *self)
{
  g_return_val_if_fail (CANDOR_IS_FEELING (self), 0.0);

  return self->energy;
}

CandorMoodQuadrant
candor_feeling_get_quadrant (CandorFeeling *self)
{
  g_return_val_if_fail (CANDOR_IS_FEELING (self), CANDOR_MOOD_QUADRANT_HIGH_PLEASANT);

  return candor_mood_quadrant_for (self->pleasantness, self->energy);
}
