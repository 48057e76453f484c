/* candor-check.c — a Connection Check: a 30-minute one-on-one with three questions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include "candor-journal-private.h"
#include "candor-check.h"

struct _CandorCheck
{
  CandorEntry parent_instance;

  char               *person_id;
  GDateTime          *start;
  guint               duration;
  CandorCheckStatus   status;
  char              **question_ids;
  char              **question_texts;
  gboolean            private;
  char               *notes;
  char               *appreciation;
  char               *story;
  gboolean            both_disclosed;
  char               *follow_up;
  gboolean            follow_up_sent;
};

G_DEFINE_FINAL_TYPE (CandorCheck, candor_check, CANDOR_TYPE_ENTRY)

G_DEFINE_ENUM_TYPE (CandorCheckStatus, candor_check_status,
  G_DEFINE_ENUM_VALUE (CANDOR_CHECK_STATUS_SCHEDULED, "scheduled"),
  G_DEFINE_ENUM_VALUE (CANDOR_CHECK_STATUS_HELD, "held"),
  G_DEFINE_ENUM_VALUE (CANDOR_CHECK_STATUS_SKIPPED, "skipped"))

enum {
  PROP_0,
  PROP_PERSON_ID,
  PROP_START,
  PROP_DURATION,
  PROP_STATUS,
  PROP_QUESTION_IDS,
  PROP_QUESTION_TEXTS,
  PROP_PRIVATE,
  PROP_NOTES,
  PROP_APPRECIATION,
  PROP_STORY,
  PROP_BOTH_DISCLOSED,
  PROP_FOLLOW_UP,
  PROP_FOLLOW_UP_SENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const CandorField fields[] = {
  { "person-id", CANDOR_FIELD_PERSON, TRUE },
  { "start", CANDOR_FIELD_TIMESTAMP, TRUE },
  /* Minutes. */
  { "duration", CANDOR_FIELD_UINT, FALSE, 1, 600 },
  { "status", CANDOR_FIELD_ENUM },
  { "question-ids", CANDOR_FIELD_TOKENS, FALSE, 0, CANDOR_CHECK_N_QUESTIONS },
  { "question-texts", CANDOR_FIELD_STRINGS, FALSE, 0, CANDOR_CHECK_N_QUESTIONS, CANDOR_MAX_SHORT },
  { "private", CANDOR_FIELD_BOOLEAN },
  { "notes", CANDOR_FIELD_STRING, FALSE, 0, CANDOR_MAX_TEXT },
  { "appreciation", CANDOR_FIELD_STRING, FALSE, 0, CANDOR_MAX_SHORT },
  { "story", CANDOR_FIELD_STRING, FALSE, 0, CANDOR_MAX_TEXT },
  { "both-disclosed", CANDOR_FIELD_BOOLEAN },
  { "follow-up", CANDOR_FIELD_STRING, FALSE, 0, CANDOR_MAX_SHORT },
  { "follow-up-sent", CANDOR_FIELD_BOOLEAN },
};

static GDateTime *
candor_check_entry_get_date (CandorEntry *entry)
{
  return CANDOR_CHECK (entry)->start;
}

static void
candor_check_finalize (GObject *object)
{
  CandorCheck *self = CANDOR_CHECK (object);

  g_clear_pointer (&self->person_id, g_ref_string_release);
  g_clear_pointer (&self->start, g_date_time_unref);
  g_clear_pointer (&self->question_ids, g_strfreev);
  g_clear_pointer (&self->question_texts, g_strfreev);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->appreciation, g_free);
  g_clear_pointer (&self->story, g_free);
  g_clear_pointer (&self->follow_up, g_free);

  G_OBJECT_CLASS (candor_check_parent_class)->finalize (object);
}

static void
candor_check_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CandorCheck *self = CANDOR_CHECK (object);

  switch (prop_id)
    {
    case PROP_PERSON_ID:
      g_value_set_string (value, self->person_id);
      break;

    case PROP_START:
      g_value_set_boxed (value, self->start);
      break;

    case PROP_DURATION:
      g_value_set_uint (value, self->duration);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_QUESTION_IDS:
      g_value_set_boxed (value, self->question_ids);
      break;

    case PROP_QUESTION_TEXTS:
      g_value_set_boxed (value, self->question_texts);
      break;

    case PROP_PRIVATE:
      g_value_set_boolean (value, self->private);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    case PROP_APPRECIATION:
      g_value_set_string (value, self->appreciation);
      break;

    case PROP_STORY:
      g_value_set_string (value, self->story);
      break;

    case PROP_BOTH_DISCLOSED:
      g_value_set_boolean (value, self->both_disclosed);
      break;

    case PROP_FOLLOW_UP:
      g_value_set_string (value, self->follow_up);
      break;

    case PROP_FOLLOW_UP_SENT:
      g_value_set_boolean (value, self->follow_up_sent);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_check_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  CandorCheck *self = CANDOR_CHECK (object);

  switch (prop_id)
    {
    case PROP_PERSON_ID:
      candor_check_set_person_id (self, g_value_get_string (value));
      break;

    case PROP_START:
      candor_check_set_start (self, g_value_get_boxed (value));
      break;

    case PROP_DURATION:
      candor_check_set_duration (self, g_value_get_uint (value));
      break;

    case PROP_STATUS:
      candor_check_set_status (self, g_value_get_enum (value));
      break;

    case PROP_QUESTION_IDS:
      candor_check_set_question_ids (self, g_value_get_boxed (value));
      break;

    case PROP_QUESTION_TEXTS:
      candor_check_set_question_texts (self, g_value_get_boxed (value));
      break;

    case PROP_PRIVATE:
      candor_check_set_private (self, g_value_get_boolean (value));
      break;

    case PROP_NOTES:
      candor_check_set_notes (self, g_value_get_string (value));
      break;

    case PROP_APPRECIATION:
      candor_check_set_appreciation (self, g_value_get_string (value));
      break;

    case PROP_STORY:
      candor_check_set_story (self, g_value_get_string (value));
      break;

    case PROP_BOTH_DISCLOSED:
      candor_check_set_both_disclosed (self, g_value_get_boolean (value));
      break;

    case PROP_FOLLOW_UP:
      candor_check_set_follow_up (self, g_value_get_string (value));
      break;

    case PROP_FOLLOW_UP_SENT:
      candor_check_set_follow_up_sent (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_check_class_init (CandorCheckClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  CandorEntryClass *entry_class = CANDOR_ENTRY_CLASS (klass);

  object_class->finalize = candor_check_finalize;
  object_class->get_property = candor_check_get_property;
  object_class->set_property = candor_check_set_property;

  entry_class->get_date = candor_check_entry_get_date;

  properties[PROP_PERSON_ID] =
    g_param_spec_string ("person-id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorCheck:start:
   *
   * When the check starts, in UTC.
   */
  properties[PROP_START] =
    g_param_spec_boxed ("start", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorCheck:duration:
   *
   * Planned length in minutes.
   */
  properties[PROP_DURATION] =
    g_param_spec_uint ("duration", NULL, NULL,
                       1, 600, CANDOR_CHECK_DEFAULT_DURATION,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       CANDOR_TYPE_CHECK_STATUS,
                       CANDOR_CHECK_STATUS_SCHEDULED,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorCheck:question-ids:
   *
   * Ids of the three questions from the question pool (or custom questions).
   */
  properties[PROP_QUESTION_IDS] =
    g_param_spec_boxed ("question-ids", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorCheck:question-texts:
   *
   * The questions as they were asked, so the check reads the same after the
   * pool changes.
   */
  properties[PROP_QUESTION_TEXTS] =
    g_param_spec_boxed ("question-texts", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorCheck:private:
   *
   * The privacy agreement: what is said stays between the two.
   */
  properties[PROP_PRIVATE] =
    g_param_spec_boolean ("private", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorCheck:appreciation:
   *
   * The closing appreciation (the app asks for 15 words at most).
   */
  properties[PROP_APPRECIATION] =
    g_param_spec_string ("appreciation", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorCheck:story:
   *
   * The 90-second story: "I felt … when …; that taught me …".
   */
  properties[PROP_STORY] =
    g_param_spec_string ("story", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorCheck:both-disclosed:
   *
   * Whether both people shared something personal: counts as a mutual
   * disclosure.
   */
  properties[PROP_BOTH_DISCLOSED] =
    g_param_spec_boolean ("both-disclosed", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorCheck:follow-up:
   *
   * The follow-up message (under 60 words).
   */
  properties[PROP_FOLLOW_UP] =
    g_param_spec_string ("follow-up", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_FOLLOW_UP_SENT] =
    g_param_spec_boolean ("follow-up-sent", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  candor_entry_class_install_schema (entry_class, CANDOR_KIND_CHECK, "checks",
                                     fields, G_N_ELEMENTS (fields), "start");
}

static void
candor_check_init (CandorCheck *self)
{
  self->duration = CANDOR_CHECK_DEFAULT_DURATION;
  self->private = TRUE;
}

CandorCheck *
candor_check_new (const char *person_id,
                  GDateTime  *start)
{
  g_return_val_if_fail (person_id != NULL, NULL);
  g_return_val_if_fail (start != NULL, NULL);

  return g_object_new (CANDOR_TYPE_CHECK,
                       "person-id", person_id,
                       "start", start,
                       NULL);
}

const char *
candor_check_get_person_id (CandorCheck *self)
{
  g_return_val_if_fail (CANDOR_IS_CHECK (self), NULL);

  return self->person_id;
}

void
candor_check_set_person_id (CandorCheck *self,
                            const char  *person_id)
{
  g_return_if_fail (CANDOR_IS_CHECK (self));
  g_return_if_fail (person_id != NULL);

  candor_entry_set_person_field (CANDOR_ENTRY (self), &self->person_id, person_id,
                                 properties[PROP_PERSON_ID]);
}

GDateTime *
candor_check_get_start (CandorCheck *self)
{
  g_return_val_if_fail (CANDOR_IS_CHECK (self), NULL);

  return self->start;
}

void
candor_check_set_start (CandorCheck *self,
                        GDateTime   *start)
{
  g_return_if_fail (CANDOR_IS_CHECK (self));
  g_return_if_fail (start != NULL);

  candor_entry_set_date_field (CANDOR_ENTRY (self), &self->start, start, properties[PROP_START]);
}

guint
candor_check_get_duration (CandorCheck *self)
{
  g_return_val_if_fail (CANDOR_IS_CHECK (self), 0);

  return self->duration;
}

void
candor_check_set_duration (CandorCheck *self,
                           guint        duration)
{
  g_return_if_fail (CANDOR_IS_CHECK (self));
  g_return_if_fail (duration <= 600);

  candor_entry_set_uint_field (CANDOR_ENTRY (self), &self->duration, duration,
                               properties[PROP_DURATION]);
}

CandorCheckStatus
candor_check_get_status (CandorCheck *self)
{
  g_return_val_if_fail (CANDOR_IS_CHECK (self), CANDOR_CHECK_STATUS_SCHEDULED);

  return self->status;
}

void
candor_check_set_status (CandorCheck       *self,
                         CandorCheckStatus  status)
{
  g_return_if_fail (CANDOR_IS_CHECK (self));
  g_return_if_fail (status <= CANDOR_CHECK_STATUS_SKIPPED);

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

const char * const *
candor_check_get_question_ids (CandorCheck *self)
{
  g_return_val_if_fail (CANDOR_IS_CHECK (self), NULL);

  return (const char * const *) self->question_ids;
}

void
candor_check_set_question_ids (CandorCheck        *self,
                               const char * const *question_ids)
{
  g_return_if_fail (CANDOR_IS_CHECK (self));

  candor_entry_set_strv_field (CANDOR_ENTRY (self), &self->question_ids, question_ids,
                               properties[PROP_QUESTION_IDS]);
}

const char * const *
candor_check_get_question_texts (CandorCheck *self)
{
  g_return_val_if_fail (CANDOR_IS_CHECK (self), NULL);

  return (const char * const *) self->question_texts;
}

void
candor_check_set_question_texts (CandorCheck        *self,
                                 const char * const *question_texts)
{
  g_return_if_fail (CANDOR_IS_CHECK (self));

  candor_entry_set_strv_field (CANDOR_ENTRY (self), &self->question_texts, question_texts,
                               properties[PROP_QUESTION_TEXTS]);
}

gboolean
candor_check_get_private (CandorCheck *self)
{
  g_return_val_if_fail (CANDOR_IS_CHECK (self), FALSE);

  return self->private;
}

void
candor_check_set_private (CandorCheck *self,
                          gboolean     private)
{
  g_return_if_fail (CANDOR_IS_CHECK (self));

  candor_entry_set_boolean_field (CANDOR_ENTRY (self), &self->private, private,
                                  properties[PROP_PRIVATE]);
}

const char *
candor_check_get_notes (CandorCheck *self)
{
  g_return_val_if_fail (CANDOR_IS_CHECK (self), NULL);

  return self->notes;
}

void
candor_check_set_notes (CandorCheck *self,
                        const char  *notes)
{
  g_return_if_fail (CANDOR_IS_CHECK (self));

  candor_entry_set_string_field (CANDOR_ENTRY (self), &self->notes, notes, properties[PROP_NOTES]);
}

const char *
candor_check_get_appreciation (CandorCheck *self)
{
  g_return_val_if_fail (CANDOR_IS_CHECK (self), NULL);

  return self->appreciation;
}

void
candor_check_set_appreciation (CandorCheck *self,
                               const char  *appreciation)
{
  g_return_if_fail (CANDOR_IS_CHECK (self));

  candor_entry_set_string_field (CANDOR_ENTRY (self), &self->appreciation, appreciation,
                                 properties[PROP_APPRECIATION]);
}

const char *
candor_check_get_story (CandorCheck *self)
{
  g_return_val_if_fail (CANDOR_IS_CHECK (self), NULL);

  return self->story;
}

void
candor_check_set_story (CandorCheck *self,
                        const char  *story)
{
  g_return_if_fail (CANDOR_IS_CHECK (self));

  candor_entry_set_string_field (CANDOR_ENTRY (self), &self->story, story, properties[PROP_STORY]);
}

gboolean
candor_check_get_both_disclosed (CandorCheck *self)
{
  g_return_val_if_fail (CANDOR_IS_CHECK (self), FALSE);

  return self->both_disclosed;
}

void
candor_check_set_both_disclosed (CandorCheck *self,
                                 gboolean     both_disclosed)
{
  g_return_if_fail (CANDOR_IS_CHECK (self));

  candor_entry_set_boolean_field (CANDOR_ENTRY (self), &self->both_disclosed, both_disclosed,
                                  properties[PROP_BOTH_DISCLOSED]);
}

const char *
candor_check_get_follow_up (CandorCheck *self)
{
  g_return_val_if_fail (CANDOR_IS_CHECK (self), NULL);

  return self->follow_up;
}

void
candor_check_set_follow_up (CandorCheck *self,
                            const char  *follow_up)
{
  g_return_if_fail (CANDOR_IS_CHECK (self));

  candor_entry_set_string_field (CANDOR_ENTRY (self), &self->follow_up, follow_up,
                                 properties[PROP_FOLLOW_UP]);
}

gboolean
candor_check_get_follow_up_sent (CandorCheck *self)
{
  g_return_val_if_fail (CANDOR_IS_CHECK (self), FALSE);

  return self->follow_up_sent;
}

void
candor_check_set_follow_up_sent (CandorCheck *self,
                                 gboolean     follow_up_sent)
{
  g_return_if_fail (CANDOR_IS_CHECK (self));

  candor_entry_set_boolean_field (CANDOR_ENTRY (self), &self->follow_up_sent, follow_up_sent,
                                  properties[PROP_FOLLOW_UP_SENT]);
}
