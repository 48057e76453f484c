/* candor-interaction.c — a bid for connection, or a positive or corrective moment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include "candor-journal-private.h"
#include "candor-interaction.h"

struct _CandorInteraction
{
  CandorEntry parent_instance;

  char                   *person_id;
  GDateTime              *date;
  CandorInteractionKind   kind;
  char                   *note;
  gboolean                meaningful_chat;
};

G_DEFINE_FINAL_TYPE (CandorInteraction, candor_interaction, CANDOR_TYPE_ENTRY)

G_DEFINE_ENUM_TYPE (CandorInteractionKind, candor_interaction_kind,
  G_DEFINE_ENUM_VALUE (CANDOR_INTERACTION_KIND_BID_TOWARD, "bid-toward"),
  G_DEFINE_ENUM_VALUE (CANDOR_INTERACTION_KIND_BID_AWAY, "bid-away"),
  G_DEFINE_ENUM_VALUE (CANDOR_INTERACTION_KIND_BID_AGAINST, "bid-against"),
  G_DEFINE_ENUM_VALUE (CANDOR_INTERACTION_KIND_POSITIVE, "positive"),
  G_DEFINE_ENUM_VALUE (CANDOR_INTERACTION_KIND_CORRECTIVE, "corrective"))

enum {
  PROP_0,
  PROP_PERSON_ID,
  PROP_DATE,
  PROP_KIND,
  PROP_NOTE,
  PROP_MEANINGFUL_CHAT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const CandorField fields[] = {
  { "person-id", CANDOR_FIELD_PERSON, TRUE },
  { "date", CANDOR_FIELD_TIMESTAMP, TRUE },
  { "kind", CANDOR_FIELD_ENUM, TRUE },
  { "note", CANDOR_FIELD_STRING, FALSE, 0, CANDOR_MAX_SHORT },
  { "meaningful-chat", CANDOR_FIELD_BOOLEAN },
};

static GDateTime *
candor_interaction_entry_get_date (CandorEntry *entry)
{
  return CANDOR_INTERACTION (entry)->date;
}

static void
candor_interaction_finalize (GObject *object)
{
  CandorInteraction *self = CANDOR_INTERACTION (object);

  g_clear_pointer (&self->person_id, g_ref_string_release);
  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (candor_interaction_parent_class)->finalize (object);
}

static void
candor_interaction_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CandorInteraction *self = CANDOR_INTERACTION (object);

  switch (prop_id)
    {
    case PROP_PERSON_ID:
      g_value_set_string (value, self->person_id);
      break;

    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    case PROP_MEANINGFUL_CHAT:
      g_value_set_boolean (value, self->meaningful_chat);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_interaction_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  CandorInteraction *self = CANDOR_INTERACTION (object);

  switch (prop_id)
    {
    case PROP_PERSON_ID:
      candor_interaction_set_person_id (self, g_value_get_string (value));
      break;

    case PROP_DATE:
      candor_interaction_set_date (self, g_value_get_boxed (value));
      break;

    case PROP_KIND:
      candor_interaction_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_NOTE:
      candor_interaction_set_note (self, g_value_get_string (value));
      break;

    case PROP_MEANINGFUL_CHAT:
      candor_interaction_set_meaningful_chat (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_interaction_class_init (CandorInteractionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  CandorEntryClass *entry_class = CANDOR_ENTRY_CLASS (klass);

  object_class->finalize = candor_interaction_finalize;
  object_class->get_property = candor_interaction_get_property;
  object_class->set_property = candor_interaction_set_property;

  entry_class->get_date = candor_interaction_entry_get_date;

  /**
   * CandorInteraction:person-id:
   *
   * The id of the person the moment was with.
   */
  properties[PROP_PERSON_ID] =
    g_param_spec_string ("person-id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorInteraction:date:
   *
   * When it happened, in UTC.
   */
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       CANDOR_TYPE_INTERACTION_KIND,
                       CANDOR_INTERACTION_KIND_BID_TOWARD,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorInteraction:meaningful-chat:
   *
   * Whether this was a meaningful chat, counted against the monthly target
   * band.
   */
  properties[PROP_MEANINGFUL_CHAT] =
    g_param_spec_boolean ("meaningful-chat", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  candor_entry_class_install_schema (entry_class, CANDOR_KIND_INTERACTION, "interactions",
                                     fields, G_N_ELEMENTS (fields), "date");
}

static void
candor_interaction_init (CandorInteraction *self)
{
}

CandorInteraction *
candor_interaction_new (const char            *person_id,
                        GDateTime             *date,
                        CandorInteractionKind  kind)
{
  g_return_val_if_fail (person_id != NULL, NULL);
  g_return_val_if_fail (date != NULL, NULL);

  return g_object_new (CANDOR_TYPE_INTERACTION,
                       "person-id", person_id,
                       "date", date,
                       "kind", kind,
                       NULL);
}

const char *
candor_interaction_get_person_id (CandorInteraction *self)
{
  g_return_val_if_fail (CANDOR_IS_INTERACTION (self), NULL);

  return self->person_id;
}

void
candor_interaction_set_person_id (CandorInteraction *self,
                                  const char        *person_id)
{
  g_return_if_fail (CANDOR_IS_INTERACTION (self));
  g_return_if_fail (person_id != NULL);

  candor_entry_set_person_field (CANDOR_ENTRY (self), &self->person_id, person_id,
                                 properties[PROP_PERSON_ID]);
}

GDateTime *
candor_interaction_get_date (CandorInteraction *self)
{
  g_return_val_if_fail (CANDOR_IS_INTERACTION (self), NULL);

  return self->date;
}

void
candor_interaction_set_date (CandorInteraction *self,
                             GDateTime         *date)
{
  g_return_if_fail (CANDOR_IS_INTERACTION (self));
  g_return_if_fail (date != NULL);

  candor_entry_set_date_field (CANDOR_ENTRY (self), &self->date, date, properties[PROP_DATE]);
}

CandorInteractionKind
candor_interaction_get_kind (CandorInteraction *self)
{
  g_return_val_if_fail (CANDOR_IS_INTERACTION (self), CANDOR_INTERACTION_KIND_BID_TOWARD);

  return self->kind;
}

void
candor_interaction_set_kind (CandorInteraction     *self,
                             CandorInteractionKind  kind)
{
  g_return_if_fail (CANDOR_IS_INTERACTION (self));
  g_return_if_fail (kind <= CANDOR_INTERACTION_KIND_CORRECTIVE);

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
candor_interaction_get_note (CandorInteraction *self)
{
  g_return_val_if_fail (CANDOR_IS_INTERACTION (self), NULL);

  return self->note;
}

void
candor_interaction_set_note (CandorInteraction *self,
                             const char        *note)
{
  g_return_if_fail (CANDOR_IS_INTERACTION (self));

  candor_entry_set_string_field (CANDOR_ENTRY (self), &self->note, note, properties[PROP_NOTE]);
}

gboolean
candor_interaction_get_meaningful_chat (CandorInteraction *self)
{
  g_return_val_if_fail (CANDOR_IS_INTERACTION (self), FALSE);

  return self->meaningful_chat;
}

void
candor_interaction_set_meaningful_chat (CandorInteraction *self,
                                        gboolean           meaningful_chat)
{
  g_return_if_fail (CANDOR_IS_INTERACTION (self));

  candor_entry_set_boolean_field (CANDOR_ENTRY (self), &self->meaningful_chat, meaningful_chat,
                                  properties[PROP_MEANINGFUL_CHAT]);
}
