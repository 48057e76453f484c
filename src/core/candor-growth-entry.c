/* candor-growth-entry.c — a page of one person's private growth journal
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Journaling to name feelings alone, self-compassion, and reflection on
 * one's own patterns. The entry has no "shared" state on purpose: it is
 * its author's only (see candor-privacy.h).
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include "candor-journal-private.h"
#include "candor-growth-entry.h"

struct _CandorGrowthEntry
{
  CandorEntry parent_instance;

  char             *person_id;
  CandorGrowthKind  kind;
  GDateTime        *date;
  char             *prompt_id;
  char      **feelings;
  char       *text;
};

G_DEFINE_FINAL_TYPE (CandorGrowthEntry, candor_growth_entry, CANDOR_TYPE_ENTRY)

G_DEFINE_ENUM_TYPE (CandorGrowthKind, candor_growth_kind,
  G_DEFINE_ENUM_VALUE (CANDOR_GROWTH_KIND_JOURNALING, "journaling"),
  G_DEFINE_ENUM_VALUE (CANDOR_GROWTH_KIND_SELF_COMPASSION, "self-compassion"),
  G_DEFINE_ENUM_VALUE (CANDOR_GROWTH_KIND_PATTERN, "pattern"))

enum {
  PROP_0,
  PROP_PERSON_ID,
  PROP_KIND,
  PROP_DATE,
  PROP_PROMPT_ID,
  PROP_FEELINGS,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const CandorField fields[] = {
  { "person-id", CANDOR_FIELD_PERSON, TRUE },
  { "kind", CANDOR_FIELD_ENUM, TRUE },
  { "date", CANDOR_FIELD_TIMESTAMP, TRUE },
  { "prompt-id", CANDOR_FIELD_TOKEN, FALSE },
  { "text", CANDOR_FIELD_STRING, FALSE, 0, CANDOR_MAX_TEXT },
  { "feelings", CANDOR_FIELD_TOKENS, FALSE, 0, CANDOR_MAX_ITEMS },
};

static GDateTime *
candor_growth_entry_entry_get_date (CandorEntry *entry)
{
  return CANDOR_GROWTH_ENTRY (entry)->date;
}

static void
candor_growth_entry_finalize (GObject *object)
{
  CandorGrowthEntry *self = CANDOR_GROWTH_ENTRY (object);

  g_clear_pointer (&self->person_id, g_ref_string_release);
  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->prompt_id, g_free);
  g_clear_pointer (&self->feelings, g_strfreev);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (candor_growth_entry_parent_class)->finalize (object);
}

static void
candor_growth_entry_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  CandorGrowthEntry *self = CANDOR_GROWTH_ENTRY (object);

  switch (prop_id)
    {
    case PROP_PERSON_ID:
      g_value_set_string (value, self->person_id);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;

    case PROP_PROMPT_ID:
      g_value_set_string (value, self->prompt_id);
      break;

    case PROP_FEELINGS:
      g_value_set_boxed (value, self->feelings);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_growth_entry_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  CandorGrowthEntry *self = CANDOR_GROWTH_ENTRY (object);

  switch (prop_id)
    {
    case PROP_PERSON_ID:
      candor_growth_entry_set_person_id (self, g_value_get_string (value));
      break;

    case PROP_KIND:
      candor_growth_entry_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_DATE:
      candor_growth_entry_set_date (self, g_value_get_boxed (value));
      break;

    case PROP_PROMPT_ID:
      candor_growth_entry_set_prompt_id (self, g_value_get_string (value));
      break;

    case PROP_FEELINGS:
      candor_growth_entry_set_feelings (self, g_value_get_boxed (value));
      break;

    case PROP_TEXT:
      candor_growth_entry_set_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_growth_entry_class_init (CandorGrowthEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  CandorEntryClass *entry_class = CANDOR_ENTRY_CLASS (klass);

  object_class->finalize = candor_growth_entry_finalize;
  object_class->get_property = candor_growth_entry_get_property;
  object_class->set_property = candor_growth_entry_set_property;

  entry_class->get_date = candor_growth_entry_entry_get_date;

  properties[PROP_PERSON_ID] =
    g_param_spec_string ("person-id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       CANDOR_TYPE_GROWTH_KIND, CANDOR_GROWTH_KIND_JOURNALING,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PROMPT_ID] =
    g_param_spec_string ("prompt-id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_FEELINGS] =
    g_param_spec_boxed ("feelings", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  candor_entry_class_install_schema (entry_class, CANDOR_KIND_GROWTH_ENTRY, "growth_entries",
                                     fields, G_N_ELEMENTS (fields), "date");
}

static void
candor_growth_entry_init (CandorGrowthEntry *self)
{
}

CandorGrowthEntry *
candor_growth_entry_new (const char       *person_id,
                         CandorGrowthKind  kind,
                         GDateTime        *date)
{
  g_return_val_if_fail (person_id != NULL, NULL);
  g_return_val_if_fail (date != NULL, NULL);

  return g_object_new (CANDOR_TYPE_GROWTH_ENTRY,
                       "person-id", person_id,
                       "kind", kind,
                       "date", date,
                       NULL);
}

const char *
candor_growth_entry_get_person_id (CandorGrowthEntry *self)
{
  g_return_val_if_fail (CANDOR_IS_GROWTH_ENTRY (self), NULL);

  return self->person_id;
}

void
candor_growth_entry_set_person_id (CandorGrowthEntry *self,
                                   const char        *person_id)
{
  g_return_if_fail (CANDOR_IS_GROWTH_ENTRY (self));
  g_return_if_fail (person_id != NULL);

  candor_entry_set_person_field (CANDOR_ENTRY (self), &self->person_id, person_id,
                                 properties[PROP_PERSON_ID]);
}

GDateTime *
candor_growth_entry_get_date (CandorGrowthEntry *self)
{
  g_return_val_if_fail (CANDOR_IS_GROWTH_ENTRY (self), NULL);

  return self->date;
}

void
candor_growth_entry_set_date (CandorGrowthEntry *self,
                              GDateTime         *date)
{
  g_return_if_fail (CANDOR_IS_GROWTH_ENTRY (self));
  g_return_if_fail (date != NULL);

  candor_entry_set_date_field (CANDOR_ENTRY (self), &self->date, date, properties[PROP_DATE]);
}

const char * const *
candor_growth_entry_get_feelings (CandorGrowthEntry *self)
{
  g_return_val_if_fail (CANDOR_IS_GROWTH_ENTRY (self), NULL);

  return (const char * const *) self->feelings;
}

void
candor_growth_entry_set_feelings (CandorGrowthEntry  *self,
                                  const char * const *feelings)
{
  g_return_if_fail (CANDOR_IS_GROWTH_ENTRY (self));

  candor_entry_set_strv_field (CANDOR_ENTRY (self), &self->feelings, feelings,
                               properties[PROP_FEELINGS]);
}

const char *
candor_growth_entry_get_text (CandorGrowthEntry *self)
{
  g_return_val_if_fail (CANDOR_IS_GROWTH_ENTRY (self), NULL);

  return self->text;
}

void
candor_growth_entry_set_text (CandorGrowthEntry *self,
                              const char        *text)
{
  g_return_if_fail (CANDOR_IS_GROWTH_ENTRY (self));

  candor_entry_set_string_field (CANDOR_ENTRY (self), &self->text, text, properties[PROP_TEXT]);
}

CandorGrowthKind
candor_growth_entry_get_kind (CandorGrowthEntry *self)
{
  g_return_val_if_fail (CANDOR_IS_GROWTH_ENTRY (self), CANDOR_GROWTH_KIND_JOURNALING);

  return self->kind;
}

void
candor_growth_entry_set_kind (CandorGrowthEntry *self,
                              CandorGrowthKind   kind)
{
  g_return_if_fail (CANDOR_IS_GROWTH_ENTRY (self));
  g_return_if_fail (kind <= CANDOR_GROWTH_KIND_PATTERN);

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

/**
 * candor_growth_entry_get_prompt_id:
 *
 * Returns: (nullable): the prompt it answers (data/candor-prompts.xml), if any
 */
const char *
candor_growth_entry_get_prompt_id (CandorGrowthEntry *self)
{
  g_return_val_if_fail (CANDOR_IS_GROWTH_ENTRY (self), NULL);

  return self->prompt_id;
}

void
candor_growth_entry_set_prompt_id (CandorGrowthEntry *self,
                                   const char        *prompt_id)
{
  g_return_if_fail (CANDOR_IS_GROWTH_ENTRY (self));

  candor_entry_set_string_field (CANDOR_ENTRY (self), &self->prompt_id, prompt_id,
                                 properties[PROP_PROMPT_ID]);
}
