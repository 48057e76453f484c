/* candor-exercise.c — one practice session: vulnerability, time-out, tension script, ritual
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include "candor-journal-private.h"
#include "candor-exercise.h"

struct _CandorExercise
{
  CandorEntry parent_instance;

  CandorExerciseKind   kind;
  GDateTime           *start;
  guint                duration;
  char                *started_by;
  char                *note;
  char               **feelings;
  char                *text;
};

G_DEFINE_FINAL_TYPE (CandorExercise, candor_exercise, CANDOR_TYPE_ENTRY)

G_DEFINE_ENUM_TYPE (CandorExerciseKind, candor_exercise_kind,
  G_DEFINE_ENUM_VALUE (CANDOR_EXERCISE_KIND_VULNERABILITY, "vulnerability"),
  G_DEFINE_ENUM_VALUE (CANDOR_EXERCISE_KIND_TIME_OUT, "time-out"),
  G_DEFINE_ENUM_VALUE (CANDOR_EXERCISE_KIND_TENSION_SCRIPT, "tension-script"),
  G_DEFINE_ENUM_VALUE (CANDOR_EXERCISE_KIND_RITUAL_WEEKLY, "ritual-weekly"),
  G_DEFINE_ENUM_VALUE (CANDOR_EXERCISE_KIND_RITUAL_NIGHTLY, "ritual-nightly"),
  G_DEFINE_ENUM_VALUE (CANDOR_EXERCISE_KIND_RITUAL_MONTHLY, "ritual-monthly"))

enum {
  PROP_0,
  PROP_KIND,
  PROP_START,
  PROP_DURATION,
  PROP_STARTED_BY,
  PROP_NOTE,
  PROP_FEELINGS,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const CandorField fields[] = {
  { "kind", CANDOR_FIELD_ENUM, TRUE },
  { "start", CANDOR_FIELD_TIMESTAMP, TRUE },
  /* Seconds. */
  { "duration", CANDOR_FIELD_UINT, FALSE, 0, 86400 },
  { "started-by", CANDOR_FIELD_PERSON },
  { "note", CANDOR_FIELD_STRING, FALSE, 0, CANDOR_MAX_SHORT },
  { "feelings", CANDOR_FIELD_TOKENS, FALSE, 0, CANDOR_MAX_ITEMS },
  { "text", CANDOR_FIELD_STRING, FALSE, 0, CANDOR_MAX_TEXT },
};

static GDateTime *
candor_exercise_entry_get_date (CandorEntry *entry)
{
  return CANDOR_EXERCISE (entry)->start;
}

static void
candor_exercise_finalize (GObject *object)
{
  CandorExercise *self = CANDOR_EXERCISE (object);

  g_clear_pointer (&self->start, g_date_time_unref);
  g_clear_pointer (&self->started_by, g_ref_string_release);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->feelings, g_strfreev);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (candor_exercise_parent_class)->finalize (object);
}

static void
candor_exercise_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CandorExercise *self = CANDOR_EXERCISE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_START:
      g_value_set_boxed (value, self->start);
      break;

    case PROP_DURATION:
      g_value_set_uint (value, self->duration);
      break;

    case PROP_STARTED_BY:
      g_value_set_string (value, self->started_by);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
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
candor_exercise_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CandorExercise *self = CANDOR_EXERCISE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      candor_exercise_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_START:
      candor_exercise_set_start (self, g_value_get_boxed (value));
      break;

    case PROP_DURATION:
      candor_exercise_set_duration (self, g_value_get_uint (value));
      break;

    case PROP_STARTED_BY:
      candor_exercise_set_started_by (self, g_value_get_string (value));
      break;

    case PROP_NOTE:
      candor_exercise_set_note (self, g_value_get_string (value));
      break;

    case PROP_FEELINGS:
      candor_exercise_set_feelings (self, g_value_get_boxed (value));
      break;

    case PROP_TEXT:
      candor_exercise_set_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_exercise_class_init (CandorExerciseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  CandorEntryClass *entry_class = CANDOR_ENTRY_CLASS (klass);

  object_class->finalize = candor_exercise_finalize;
  object_class->get_property = candor_exercise_get_property;
  object_class->set_property = candor_exercise_set_property;

  entry_class->get_date = candor_exercise_entry_get_date;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       CANDOR_TYPE_EXERCISE_KIND,
                       CANDOR_EXERCISE_KIND_VULNERABILITY,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_START] =
    g_param_spec_boxed ("start", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorExercise:duration:
   *
   * How long it lasted, in seconds.
   */
  properties[PROP_DURATION] =
    g_param_spec_uint ("duration", NULL, NULL,
                       0, 86400, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorExercise:started-by:
   *
   * The id of the person who started it, if known.
   */
  properties[PROP_STARTED_BY] =
    g_param_spec_string ("started-by", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_FEELINGS] =
    g_param_spec_boxed ("feelings", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorExercise:text:
   *
   * What the practice produced: the tension script, the fear spoken about.
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  candor_entry_class_install_schema (entry_class, CANDOR_KIND_EXERCISE, "exercises",
                                     fields, G_N_ELEMENTS (fields), "start");
}

static void
candor_exercise_init (CandorExercise *self)
{
}

CandorExercise *
candor_exercise_new (CandorExerciseKind  kind,
                     GDateTime          *start)
{
  g_return_val_if_fail (start != NULL, NULL);

  return g_object_new (CANDOR_TYPE_EXERCISE,
                       "kind", kind,
                       "start", start,
                       NULL);
}

CandorExerciseKind
candor_exercise_get_kind (CandorExercise *self)
{
  g_return_val_if_fail (CANDOR_IS_EXERCISE (self), CANDOR_EXERCISE_KIND_VULNERABILITY);

  return self->kind;
}

void
candor_exercise_set_kind (CandorExercise     *self,
                          CandorExerciseKind  kind)
{
  g_return_if_fail (CANDOR_IS_EXERCISE (self));
  g_return_if_fail (kind <= CANDOR_EXERCISE_KIND_RITUAL_MONTHLY);

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

GDateTime *
candor_exercise_get_start (CandorExercise *self)
{
  g_return_val_if_fail (CANDOR_IS_EXERCISE (self), NULL);

  return self->start;
}

void
candor_exercise_set_start (CandorExercise *self,
                           GDateTime      *start)
{
  g_return_if_fail (CANDOR_IS_EXERCISE (self));
  g_return_if_fail (start != NULL);

  candor_entry_set_date_field (CANDOR_ENTRY (self), &self->start, start, properties[PROP_START]);
}

guint
candor_exercise_get_duration (CandorExercise *self)
{
  g_return_val_if_fail (CANDOR_IS_EXERCISE (self), 0);

  return self->duration;
}

void
candor_exercise_set_duration (CandorExercise *self,
                              guint           duration)
{
  g_return_if_fail (CANDOR_IS_EXERCISE (self));
  g_return_if_fail (duration <= 86400);

  candor_entry_set_uint_field (CANDOR_ENTRY (self), &self->duration, duration,
                               properties[PROP_DURATION]);
}

const char *
candor_exercise_get_started_by (CandorExercise *self)
{
  g_return_val_if_fail (CANDOR_IS_EXERCISE (self), NULL);

  return self->started_by;
}

void
candor_exercise_set_started_by (CandorExercise *self,
                                const char     *started_by)
{
  g_return_if_fail (CANDOR_IS_EXERCISE (self));

  candor_entry_set_person_field (CANDOR_ENTRY (self), &self->started_by, started_by,
                                 properties[PROP_STARTED_BY]);
}

const char *
candor_exercise_get_note (CandorExercise *self)
{
  g_return_val_if_fail (CANDOR_IS_EXERCISE (self), NULL);

  return self->note;
}

void
candor_exercise_set_note (CandorExercise *self,
                          const char     *note)
{
  g_return_if_fail (CANDOR_IS_EXERCISE (self));

  candor_entry_set_string_field (CANDOR_ENTRY (self), &self->note, note, properties[PROP_NOTE]);
}

const char * const *
candor_exercise_get_feelings (CandorExercise *self)
{
  g_return_val_if_fail (CANDOR_IS_EXERCISE (self), NULL);

  return (const char * const *) self->feelings;
}

void
candor_exercise_set_feelings (CandorExercise     *self,
                              const char * const *feelings)
{
  g_return_if_fail (CANDOR_IS_EXERCISE (self));

  candor_entry_set_strv_field (CANDOR_ENTRY (self), &self->feelings, feelings,
                               properties[PROP_FEELINGS]);
}

const char *
candor_exercise_get_text (CandorExercise *self)
{
  g_return_val_if_fail (CANDOR_IS_EXERCISE (self), NULL);

  return self->text;
}

void
candor_exercise_set_text (CandorExercise *self,
                          const char     *text)
{
  g_return_if_fail (CANDOR_IS_EXERCISE (self));

  candor_entry_set_string_field (CANDOR_ENTRY (self), &self->text, text, properties[PROP_TEXT]);
}
