/* candor-feeling-note.c — feelings named on their own, "name it to tame it"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include "candor-journal-private.h"
#include "candor-feeling-note.h"

struct _CandorFeelingNote
{
  CandorEntry parent_instance;

  char       *person_id;
  GDateTime  *date;
  char      **feelings;
  char       *note;
};

G_DEFINE_FINAL_TYPE (CandorFeelingNote, candor_feeling_note, CANDOR_TYPE_ENTRY)

enum {
  PROP_0,
  PROP_PERSON_ID,
  PROP_DATE,
  PROP_FEELINGS,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const CandorField fields[] = {
  { "person-id", CANDOR_FIELD_PERSON, TRUE },
  { "date", CANDOR_FIELD_TIMESTAMP, TRUE },
  { "feelings", CANDOR_FIELD_TOKENS, FALSE, 0, CANDOR_MAX_ITEMS },
  { "note", CANDOR_FIELD_STRING, FALSE, 0, CANDOR_MAX_TEXT },
};

static GDateTime *
candor_feeling_note_entry_get_date (CandorEntry *entry)
{
  return CANDOR_FEELING_NOTE (entry)->date;
}

static void
candor_feeling_note_finalize (GObject *object)
{
  CandorFeelingNote *self = CANDOR_FEELING_NOTE (object);

  g_clear_pointer (&self->person_id, g_ref_string_release);
  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->feelings, g_strfreev);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (candor_feeling_note_parent_class)->finalize (object);
}

static void
candor_feeling_note_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  CandorFeelingNote *self = CANDOR_FEELING_NOTE (object);

  switch (prop_id)
    {
    case PROP_PERSON_ID:
      g_value_set_string (value, self->person_id);
      break;

    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;

    case PROP_FEELINGS:
      g_value_set_boxed (value, self->feelings);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_feeling_note_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  CandorFeelingNote *self = CANDOR_FEELING_NOTE (object);

  switch (prop_id)
    {
    case PROP_PERSON_ID:
      candor_feeling_note_set_person_id (self, g_value_get_string (value));
      break;

    case PROP_DATE:
      candor_feeling_note_set_date (self, g_value_get_boxed (value));
      break;

    case PROP_FEELINGS:
      candor_feeling_note_set_feelings (self, g_value_get_boxed (value));
      break;

    case PROP_NOTE:
      candor_feeling_note_set_note (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_feeling_note_class_init (CandorFeelingNoteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  CandorEntryClass *entry_class = CANDOR_ENTRY_CLASS (klass);

  object_class->finalize = candor_feeling_note_finalize;
  object_class->get_property = candor_feeling_note_get_property;
  object_class->set_property = candor_feeling_note_set_property;

  entry_class->get_date = candor_feeling_note_entry_get_date;

  properties[PROP_PERSON_ID] =
    g_param_spec_string ("person-id", NULL, NULL,
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

  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  candor_entry_class_install_schema (entry_class, CANDOR_KIND_FEELING_NOTE, "feeling_notes",
                                     fields, G_N_ELEMENTS (fields), "date");
}

static void
candor_feeling_note_init (CandorFeelingNote *self)
{
}

CandorFeelingNote *
candor_feeling_note_new (const char *person_id,
                         GDateTime  *date)
{
  g_return_val_if_fail (person_id != NULL, NULL);
  g_return_val_if_fail (date != NULL, NULL);

  return g_object_new (CANDOR_TYPE_FEELING_NOTE,
                       "person-id", person_id,
                       "date", date,
                       NULL);
}

const char *
candor_feeling_note_get_person_id (CandorFeelingNote *self)
{
  g_return_val_if_fail (CANDOR_IS_FEELING_NOTE (self), NULL);

  return self->person_id;
}

void
candor_feeling_note_set_person_id (CandorFeelingNote *self,
                                   const char        *person_id)
{
  g_return_if_fail (CANDOR_IS_FEELING_NOTE (self));
  g_return_if_fail (person_id != NULL);

  candor_entry_set_person_field (CANDOR_ENTRY (self), &self->person_id, person_id,
                                 properties[PROP_PERSON_ID]);
}

GDateTime *
candor_feeling_note_get_date (CandorFeelingNote *self)
{
  g_return_val_if_fail (CANDOR_IS_FEELING_NOTE (self), NULL);

  return self->date;
}

void
candor_feeling_note_set_date (CandorFeelingNote *self,
                              GDateTime         *date)
{
  g_return_if_fail (CANDOR_IS_FEELING_NOTE (self));
  g_return_if_fail (date != NULL);

  candor_entry_set_date_field (CANDOR_ENTRY (self), &self->date, date, properties[PROP_DATE]);
}

const char * const *
candor_feeling_note_get_feelings (CandorFeelingNote *self)
{
  g_return_val_if_fail (CANDOR_IS_FEELING_NOTE (self), NULL);

  return (const char * const *) self->feelings;
}

void
candor_feeling_note_set_feelings (CandorFeelingNote  *self,
                                  const char * const *feelings)
{
  g_return_if_fail (CANDOR_IS_FEELING_NOTE (self));

  candor_entry_set_strv_field (CANDOR_ENTRY (self), &self->feelings, feelings,
                               properties[PROP_FEELINGS]);
}

const char *
candor_feeling_note_get_note (CandorFeelingNote *self)
{
  g_return_val_if_fail (CANDOR_IS_FEELING_NOTE (self), NULL);

  return self->note;
}

void
candor_feeling_note_set_note (CandorFeelingNote *self,
                              const char        *note)
{
  g_return_if_fail (CANDOR_IS_FEELING_NOTE (self));

  candor_entry_set_string_field (CANDOR_ENTRY (self), &self->note, note, properties[PROP_NOTE]);
}
