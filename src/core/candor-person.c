/* candor-person.c — someone the journal is about: a partner, a friend, family
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include "candor-journal-private.h"
#include "candor-person.h"

struct _CandorPerson
{
  CandorEntry parent_instance;

  char                *name;
  CandorRelationship   relationship;
  char                *color;
  guint                cadence;
  gboolean             archived;
  gboolean             is_me;
};

G_DEFINE_FINAL_TYPE (CandorPerson, candor_person, CANDOR_TYPE_ENTRY)

G_DEFINE_ENUM_TYPE (CandorRelationship, candor_relationship,
  G_DEFINE_ENUM_VALUE (CANDOR_RELATIONSHIP_PARTNER, "partner"),
  G_DEFINE_ENUM_VALUE (CANDOR_RELATIONSHIP_FRIEND, "friend"),
  G_DEFINE_ENUM_VALUE (CANDOR_RELATIONSHIP_FAMILY, "family"),
  G_DEFINE_ENUM_VALUE (CANDOR_RELATIONSHIP_OTHER, "other"))

enum {
  PROP_0,
  PROP_NAME,
  PROP_RELATIONSHIP,
  PROP_COLOR,
  PROP_CADENCE,
  PROP_ARCHIVED,
  PROP_IS_ME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const CandorField fields[] = {
  { "name", CANDOR_FIELD_STRING, TRUE, 1, CANDOR_MAX_NAME },
  { "relationship", CANDOR_FIELD_ENUM, TRUE },
  { "color", CANDOR_FIELD_COLOR },
  /* Connection Checks wanted per month. */
  { "cadence", CANDOR_FIELD_UINT, FALSE, 0, 31 },
  { "archived", CANDOR_FIELD_BOOLEAN },
  { "is-me", CANDOR_FIELD_BOOLEAN },
};

static void
candor_person_finalize (GObject *object)
{
  CandorPerson *self = CANDOR_PERSON (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->color, g_free);

  G_OBJECT_CLASS (candor_person_parent_class)->finalize (object);
}

static void
candor_person_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CandorPerson *self = CANDOR_PERSON (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_RELATIONSHIP:
      g_value_set_enum (value, self->relationship);
      break;

    case PROP_COLOR:
      g_value_set_string (value, self->color);
      break;

    case PROP_CADENCE:
      g_value_set_uint (value, self->cadence);
      break;

    case PROP_ARCHIVED:
      g_value_set_boolean (value, self->archived);
      break;

    case PROP_IS_ME:
      g_value_set_boolean (value, self->is_me);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_person_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CandorPerson *self = CANDOR_PERSON (object);

  switch (prop_id)
    {
    case PROP_NAME:
      candor_person_set_name (self, g_value_get_string (value));
      break;

    case PROP_RELATIONSHIP:
      candor_person_set_relationship (self, g_value_get_enum (value));
      break;

    case PROP_COLOR:
      candor_person_set_color (self, g_value_get_string (value));
      break;

    case PROP_CADENCE:
      candor_person_set_cadence (self, g_value_get_uint (value));
      break;

    case PROP_ARCHIVED:
      candor_person_set_archived (self, g_value_get_boolean (value));
      break;

    case PROP_IS_ME:
      candor_person_set_is_me (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_person_class_init (CandorPersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  CandorEntryClass *entry_class = CANDOR_ENTRY_CLASS (klass);

  object_class->finalize = candor_person_finalize;
  object_class->get_property = candor_person_get_property;
  object_class->set_property = candor_person_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_RELATIONSHIP] =
    g_param_spec_enum ("relationship", NULL, NULL,
                       CANDOR_TYPE_RELATIONSHIP,
                       CANDOR_RELATIONSHIP_PARTNER,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorPerson:color:
   *
   * "#rrggbb", the person's colour in charts and the calendar. Stored in
   * lower case.
   */
  properties[PROP_COLOR] =
    g_param_spec_string ("color", NULL, NULL,
                         CANDOR_PERSON_DEFAULT_COLOR,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorPerson:cadence:
   *
   * How many Connection Checks a month the couple wants with this person.
   */
  properties[PROP_CADENCE] =
    g_param_spec_uint ("cadence", NULL, NULL,
                       0, 31, CANDOR_PERSON_DEFAULT_CADENCE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorPerson:archived:
   *
   * An archived person keeps their history but is no longer offered in
   * pickers.
   */
  properties[PROP_ARCHIVED] =
    g_param_spec_boolean ("archived", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorPerson:is-me:
   *
   * Whether this person is the one using this desktop.
   */
  properties[PROP_IS_ME] =
    g_param_spec_boolean ("is-me", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  candor_entry_class_install_schema (entry_class, CANDOR_KIND_PERSON, "people",
                                     fields, G_N_ELEMENTS (fields), NULL);
}

static void
candor_person_init (CandorPerson *self)
{
  self->color = g_strdup (CANDOR_PERSON_DEFAULT_COLOR);
  self->cadence = CANDOR_PERSON_DEFAULT_CADENCE;
}

CandorPerson *
candor_person_new (const char         *name,
                   CandorRelationship  relationship)
{
  g_return_val_if_fail (name != NULL, NULL);

  return g_object_new (CANDOR_TYPE_PERSON,
                       "name", name,
                       "relationship", relationship,
                       NULL);
}

const char *
candor_person_get_name (CandorPerson *self)
{
  g_return_val_if_fail (CANDOR_IS_PERSON (self), NULL);

  return self->name;
}

void
candor_person_set_name (CandorPerson *self,
                        const char   *name)
{
  g_return_if_fail (CANDOR_IS_PERSON (self));
  g_return_if_fail (name != NULL);

  candor_entry_set_string_field (CANDOR_ENTRY (self), &self->name, name, properties[PROP_NAME]);
}

CandorRelationship
candor_person_get_relationship (CandorPerson *self)
{
  g_return_val_if_fail (CANDOR_IS_PERSON (self), CANDOR_RELATIONSHIP_PARTNER);

  return self->relationship;
}

void
candor_person_set_relationship (CandorPerson       *self,
                                CandorRelationship  relationship)
{
  g_return_if_fail (CANDOR_IS_PERSON (self));
  g_return_if_fail (relationship <= CANDOR_RELATIONSHIP_OTHER);

  if (self->relationship == relationship)
    return;

  self->relationship = relationship;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RELATIONSHIP]);
}

const char *
candor_person_get_color (CandorPerson *self)
{
  g_return_val_if_fail (CANDOR_IS_PERSON (self), NULL);

  return self->color;
}

void
candor_person_set_color (CandorPerson *self,
                         const char   *color)
{
  g_autofree char *lower = NULL;

  g_return_if_fail (CANDOR_IS_PERSON (self));
  g_return_if_fail (color != NULL);

  /* One spelling per colour, so that comparing and merging see one value. */
  lower = g_ascii_strdown (color, -1);
  candor_entry_set_string_field (CANDOR_ENTRY (self), &self->color, lower, properties[PROP_COLOR]);
}

guint
candor_person_get_cadence (CandorPerson *self)
{
  g_return_val_if_fail (CANDOR_IS_PERSON (self), 0);

  return self->cadence;
}

void
candor_person_set_cadence (CandorPerson *self,
                           guint         cadence)
{
  g_return_if_fail (CANDOR_IS_PERSON (self));
  g_return_if_fail (cadence <= 31);

  candor_entry_set_uint_field (CANDOR_ENTRY (self), &self->cadence, cadence,
                               properties[PROP_CADENCE]);
}

gboolean
candor_person_get_archived (CandorPerson *self)
{
  g_return_val_if_fail (CANDOR_IS_PERSON (self), FALSE);

  return self->archived;
}

void
candor_person_set_archived (CandorPerson *self,
                            gboolean      archived)
{
  g_return_if_fail (CANDOR_IS_PERSON (self));

  candor_entry_set_boolean_field (CANDOR_ENTRY (self), &self->archived, archived,
                                  properties[PROP_ARCHIVED]);
}

gboolean
candor_person_get_is_me (CandorPerson *self)
{
  g_return_val_if_fail (CANDOR_IS_PERSON (self), FALSE);

  return self->is_me;
}

void
candor_person_set_is_me (CandorPerson *self,
                         gboolean      is_me)
{
  g_return_if_fail (CANDOR_IS_PERSON (self));

  candor_entry_set_boolean_field (CANDOR_ENTRY (self), &self->is_me, is_me, properties[PROP_IS_ME]);
}
