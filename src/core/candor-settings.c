/* candor-settings.c — the journal's own settings, stored (encrypted) in the vault
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include "candor-journal-private.h"
#include "candor-settings.h"

struct _CandorSettings
{
  CandorEntry parent_instance;

  guint                 first_weekday;
  guint                 default_cadence;
  guint                 target_min;
  guint                 target_max;
  guint                 ratio_target;
  gboolean              streak_enabled;
  CandorQuestionDepth   question_depth;
  GVariant             *custom_questions;
  char                **conflict_rules;
  GDateTime            *conflict_rules_agreed;
  gboolean              ritual_weekly_enabled;
  guint                 ritual_weekly_day;
  char                 *ritual_weekly_time;
  gboolean              ritual_nightly_enabled;
  char                 *ritual_nightly_time;
  gboolean              ritual_monthly_enabled;
  guint                 ritual_monthly_day;
  char                 *ritual_monthly_time;
  GVariant             *question_usage;
  GDateTime            *time_out_started;
  GDateTime            *time_out_deadline;
  guint                 time_out_left;
  guint                 time_out_length;
  char                 *time_out_exercise;
};

G_DEFINE_FINAL_TYPE (CandorSettings, candor_settings, CANDOR_TYPE_ENTRY)

G_DEFINE_ENUM_TYPE (CandorQuestionDepth, candor_question_depth,
  G_DEFINE_ENUM_VALUE (CANDOR_QUESTION_DEPTH_LIGHT, "light"),
  G_DEFINE_ENUM_VALUE (CANDOR_QUESTION_DEPTH_MEDIUM, "medium"),
  G_DEFINE_ENUM_VALUE (CANDOR_QUESTION_DEPTH_DEEP, "deep"))

enum {
  PROP_0,
  PROP_FIRST_WEEKDAY,
  PROP_DEFAULT_CADENCE,
  PROP_TARGET_MIN,
  PROP_TARGET_MAX,
  PROP_RATIO_TARGET,
  PROP_STREAK_ENABLED,
  PROP_QUESTION_DEPTH,
  PROP_CUSTOM_QUESTIONS,
  PROP_CONFLICT_RULES,
  PROP_CONFLICT_RULES_AGREED,
  PROP_RITUAL_WEEKLY_ENABLED,
  PROP_RITUAL_WEEKLY_DAY,
  PROP_RITUAL_WEEKLY_TIME,
  PROP_RITUAL_NIGHTLY_ENABLED,
  PROP_RITUAL_NIGHTLY_TIME,
  PROP_RITUAL_MONTHLY_ENABLED,
  PROP_RITUAL_MONTHLY_DAY,
  PROP_RITUAL_MONTHLY_TIME,
  PROP_QUESTION_USAGE,
  PROP_TIME_OUT_STARTED,
  PROP_TIME_OUT_DEADLINE,
  PROP_TIME_OUT_LEFT,
  PROP_TIME_OUT_LENGTH,
  PROP_TIME_OUT_EXERCISE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const CandorField fields[] = {
  /* 0: from the locale; 1 Monday … 7 Sunday. */
  { "first-weekday", CANDOR_FIELD_UINT, FALSE, 0, 7 },
  { "default-cadence", CANDOR_FIELD_UINT, FALSE, 0, 31 },
  { "target-min", CANDOR_FIELD_UINT, FALSE, 0, 100 },
  { "target-max", CANDOR_FIELD_UINT, FALSE, 0, 100 },
  { "ratio-target", CANDOR_FIELD_UINT, FALSE, 1, 100 },
  { "streak-enabled", CANDOR_FIELD_BOOLEAN },
  { "question-depth", CANDOR_FIELD_ENUM },
  { "custom-questions", CANDOR_FIELD_CUSTOM, FALSE, 0, 0, 0,
    &candor_settings_custom_questions_field },
  { "conflict-rules", CANDOR_FIELD_STRINGS, FALSE, 0, 100, CANDOR_MAX_SHORT },
  { "conflict-rules-agreed", CANDOR_FIELD_DATE },
  { "ritual-weekly-enabled", CANDOR_FIELD_BOOLEAN },
  { "ritual-weekly-day", CANDOR_FIELD_UINT, FALSE, 1, 7 },
  { "ritual-weekly-time", CANDOR_FIELD_TIME },
  { "ritual-nightly-enabled", CANDOR_FIELD_BOOLEAN },
  { "ritual-nightly-time", CANDOR_FIELD_TIME },
  { "ritual-monthly-enabled", CANDOR_FIELD_BOOLEAN },
  { "ritual-monthly-day", CANDOR_FIELD_UINT, FALSE, 1, 28 },
  { "ritual-monthly-time", CANDOR_FIELD_TIME },
  { "question-usage", CANDOR_FIELD_CUSTOM, FALSE, 0, 0, 0,
    &candor_settings_question_usage_field },
  /* A time-out in progress, so it outlives the window and the app. */
  { "time-out-started", CANDOR_FIELD_TIMESTAMP },
  { "time-out-deadline", CANDOR_FIELD_TIMESTAMP },
  { "time-out-left", CANDOR_FIELD_UINT, FALSE, 0, CANDOR_SETTINGS_MAX_TIME_OUT },
  { "time-out-length", CANDOR_FIELD_UINT, FALSE, 0, CANDOR_SETTINGS_MAX_TIME_OUT },
  { "time-out-exercise", CANDOR_FIELD_TOKEN },
};

static void
candor_settings_finalize (GObject *object)
{
  CandorSettings *self = CANDOR_SETTINGS (object);

  g_clear_pointer (&self->custom_questions, g_variant_unref);
  g_clear_pointer (&self->conflict_rules, g_strfreev);
  g_clear_pointer (&self->conflict_rules_agreed, g_date_time_unref);
  g_clear_pointer (&self->ritual_weekly_time, g_free);
  g_clear_pointer (&self->ritual_nightly_time, g_free);
  g_clear_pointer (&self->ritual_monthly_time, g_free);
  g_clear_pointer (&self->question_usage, g_variant_unref);
  g_clear_pointer (&self->time_out_started, g_date_time_unref);
  g_clear_pointer (&self->time_out_deadline, g_date_time_unref);
  g_clear_pointer (&self->time_out_exercise, g_free);

  G_OBJECT_CLASS (candor_settings_parent_class)->finalize (object);
}

static void
candor_settings_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CandorSettings *self = CANDOR_SETTINGS (object);

  switch (prop_id)
    {
    case PROP_FIRST_WEEKDAY:
      g_value_set_uint (value, self->first_weekday);
      break;

    case PROP_DEFAULT_CADENCE:
      g_value_set_uint (value, self->default_cadence);
      break;

    case PROP_TARGET_MIN:
      g_value_set_uint (value, self->target_min);
      break;

    case PROP_TARGET_MAX:
      g_value_set_uint (value, self->target_max);
      break;

    case PROP_RATIO_TARGET:
      g_value_set_uint (value, self->ratio_target);
      break;

    case PROP_STREAK_ENABLED:
      g_value_set_boolean (value, self->streak_enabled);
      break;

    case PROP_QUESTION_DEPTH:
      g_value_set_enum (value, self->question_depth);
      break;

    case PROP_CUSTOM_QUESTIONS:
      g_value_set_variant (value, self->custom_questions);
      break;

    case PROP_CONFLICT_RULES:
      g_value_set_boxed (value, self->conflict_rules);
      break;

    case PROP_CONFLICT_RULES_AGREED:
      g_value_set_boxed (value, self->conflict_rules_agreed);
      break;

    case PROP_RITUAL_WEEKLY_ENABLED:
      g_value_set_boolean (value, self->ritual_weekly_enabled);
      break;

    case PROP_RITUAL_WEEKLY_DAY:
      g_value_set_uint (value, self->ritual_weekly_day);
      break;

    case PROP_RITUAL_WEEKLY_TIME:
      g_value_set_string (value, self->ritual_weekly_time);
      break;

    case PROP_RITUAL_NIGHTLY_ENABLED:
      g_value_set_boolean (value, self->ritual_nightly_enabled);
      break;

    case PROP_RITUAL_NIGHTLY_TIME:
      g_value_set_string (value, self->ritual_nightly_time);
      break;

    case PROP_RITUAL_MONTHLY_ENABLED:
      g_value_set_boolean (value, self->ritual_monthly_enabled);
      break;

    case PROP_RITUAL_MONTHLY_DAY:
      g_value_set_uint (value, self->ritual_monthly_day);
      break;

    case PROP_RITUAL_MONTHLY_TIME:
      g_value_set_string (value, self->ritual_monthly_time);
      break;

    case PROP_QUESTION_USAGE:
      g_value_set_variant (value, self->question_usage);
      break;

    case PROP_TIME_OUT_STARTED:
      g_value_set_boxed (value, self->time_out_started);
      break;

    case PROP_TIME_OUT_DEADLINE:
      g_value_set_boxed (value, self->time_out_deadline);
      break;

    case PROP_TIME_OUT_LEFT:
      g_value_set_uint (value, self->time_out_left);
      break;

    case PROP_TIME_OUT_LENGTH:
      g_value_set_uint (value, self->time_out_length);
      break;

    case PROP_TIME_OUT_EXERCISE:
      g_value_set_string (value, self->time_out_exercise);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_settings_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CandorSettings *self = CANDOR_SETTINGS (object);

  switch (prop_id)
    {
    case PROP_FIRST_WEEKDAY:
      candor_settings_set_first_weekday (self, g_value_get_uint (value));
      break;

    case PROP_DEFAULT_CADENCE:
      candor_settings_set_default_cadence (self, g_value_get_uint (value));
      break;

    case PROP_TARGET_MIN:
      candor_settings_set_target_min (self, g_value_get_uint (value));
      break;

    case PROP_TARGET_MAX:
      candor_settings_set_target_max (self, g_value_get_uint (value));
      break;

    case PROP_RATIO_TARGET:
      candor_settings_set_ratio_target (self, g_value_get_uint (value));
      break;

    case PROP_STREAK_ENABLED:
      candor_settings_set_streak_enabled (self, g_value_get_boolean (value));
      break;

    case PROP_QUESTION_DEPTH:
      candor_settings_set_question_depth (self, g_value_get_enum (value));
      break;

    case PROP_CUSTOM_QUESTIONS:
      candor_settings_set_custom_questions (self, g_value_get_variant (value));
      break;

    case PROP_CONFLICT_RULES:
      candor_settings_set_conflict_rules (self, g_value_get_boxed (value));
      break;

    case PROP_CONFLICT_RULES_AGREED:
      candor_settings_set_conflict_rules_agreed (self, g_value_get_boxed (value));
      break;

    case PROP_RITUAL_WEEKLY_ENABLED:
      candor_settings_set_ritual_weekly_enabled (self, g_value_get_boolean (value));
      break;

    case PROP_RITUAL_WEEKLY_DAY:
      candor_settings_set_ritual_weekly_day (self, g_value_get_uint (value));
      break;

    case PROP_RITUAL_WEEKLY_TIME:
      candor_settings_set_ritual_weekly_time (self, g_value_get_string (value));
      break;

    case PROP_RITUAL_NIGHTLY_ENABLED:
      candor_settings_set_ritual_nightly_enabled (self, g_value_get_boolean (value));
      break;

    case PROP_RITUAL_NIGHTLY_TIME:
      candor_settings_set_ritual_nightly_time (self, g_value_get_string (value));
      break;

    case PROP_RITUAL_MONTHLY_ENABLED:
      candor_settings_set_ritual_monthly_enabled (self, g_value_get_boolean (value));
      break;

    case PROP_RITUAL_MONTHLY_DAY:
      candor_settings_set_ritual_monthly_day (self, g_value_get_uint (value));
      break;

    case PROP_RITUAL_MONTHLY_TIME:
      candor_settings_set_ritual_monthly_time (self, g_value_get_string (value));
      break;

    case PROP_QUESTION_USAGE:
      candor_settings_set_question_usage (self, g_value_get_variant (value));
      break;

    case PROP_TIME_OUT_STARTED:
      candor_settings_set_time_out_started (self, g_value_get_boxed (value));
      break;

    case PROP_TIME_OUT_DEADLINE:
      candor_settings_set_time_out_deadline (self, g_value_get_boxed (value));
      break;

    case PROP_TIME_OUT_LEFT:
      candor_settings_set_time_out_left (self, g_value_get_uint (value));
      break;

    case PROP_TIME_OUT_LENGTH:
      candor_settings_set_time_out_length (self, g_value_get_uint (value));
      break;

    case PROP_TIME_OUT_EXERCISE:
      candor_settings_set_time_out_exercise (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_settings_class_init (CandorSettingsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  CandorEntryClass *entry_class = CANDOR_ENTRY_CLASS (klass);

  object_class->finalize = candor_settings_finalize;
  object_class->get_property = candor_settings_get_property;
  object_class->set_property = candor_settings_set_property;

  /**
   * CandorSettings:first-weekday:
   *
   * The first day of the week in calendars: 0 follows the locale, 1 is
   * Monday … 7 is Sunday (as GDateTime counts).
   */
  properties[PROP_FIRST_WEEKDAY] =
    g_param_spec_uint ("first-weekday", NULL, NULL,
                       0, 7, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorSettings:default-cadence:
   *
   * Connection Checks a month for someone new.
   */
  properties[PROP_DEFAULT_CADENCE] =
    g_param_spec_uint ("default-cadence", NULL, NULL,
                       0, 31, CANDOR_PERSON_DEFAULT_CADENCE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorSettings:target-min:
   *
   * Meaningful chats a month: the low end of the target band.
   */
  properties[PROP_TARGET_MIN] =
    g_param_spec_uint ("target-min", NULL, NULL,
                       0, 100, 4,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorSettings:target-max:
   *
   * Meaningful chats a month: the high end of the target band.
   */
  properties[PROP_TARGET_MAX] =
    g_param_spec_uint ("target-max", NULL, NULL,
                       0, 100, 6,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorSettings:ratio-target:
   *
   * The positive-to-corrective ratio to aim for (5 means 5:1).
   */
  properties[PROP_RATIO_TARGET] =
    g_param_spec_uint ("ratio-target", NULL, NULL,
                       1, 100, 5,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorSettings:streak-enabled:
   *
   * Whether to show a streak. Off by default: streaks make some people
   * anxious.
   */
  properties[PROP_STREAK_ENABLED] =
    g_param_spec_boolean ("streak-enabled", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_QUESTION_DEPTH] =
    g_param_spec_enum ("question-depth", NULL, NULL,
                       CANDOR_TYPE_QUESTION_DEPTH,
                       CANDOR_QUESTION_DEPTH_LIGHT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorSettings:custom-questions:
   *
   * The couple's own questions, as a(sss): id, depth nick, text.
   */
  properties[PROP_CUSTOM_QUESTIONS] =
    g_param_spec_variant ("custom-questions", NULL, NULL,
                          G_VARIANT_TYPE ("a(sss)"), NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorSettings:conflict-rules:
   *
   * The conflict rules the couple agreed on.
   */
  properties[PROP_CONFLICT_RULES] =
    g_param_spec_boxed ("conflict-rules", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorSettings:conflict-rules-agreed:
   *
   * The day they agreed on the rules, or NULL.
   */
  properties[PROP_CONFLICT_RULES_AGREED] =
    g_param_spec_boxed ("conflict-rules-agreed", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_RITUAL_WEEKLY_ENABLED] =
    g_param_spec_boolean ("ritual-weekly-enabled", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorSettings:ritual-weekly-day:
   *
   * Day of the week of the weekly check-in ritual, 1 Monday … 7 Sunday.
   */
  properties[PROP_RITUAL_WEEKLY_DAY] =
    g_param_spec_uint ("ritual-weekly-day", NULL, NULL,
                       1, 7, 7,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorSettings:ritual-weekly-time:
   *
   * "HH:MM", local time.
   */
  properties[PROP_RITUAL_WEEKLY_TIME] =
    g_param_spec_string ("ritual-weekly-time", NULL, NULL,
                         "19:00",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_RITUAL_NIGHTLY_ENABLED] =
    g_param_spec_boolean ("ritual-nightly-enabled", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_RITUAL_NIGHTLY_TIME] =
    g_param_spec_string ("ritual-nightly-time", NULL, NULL,
                         "21:30",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_RITUAL_MONTHLY_ENABLED] =
    g_param_spec_boolean ("ritual-monthly-enabled", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorSettings:ritual-monthly-day:
   *
   * Day of the month of the "state of the relationship" ritual.
   */
  properties[PROP_RITUAL_MONTHLY_DAY] =
    g_param_spec_uint ("ritual-monthly-day", NULL, NULL,
                       1, 28, 1,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_RITUAL_MONTHLY_TIME] =
    g_param_spec_string ("ritual-monthly-time", NULL, NULL,
                         "19:00",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorSettings:question-usage:
   *
   * Per person id, the ids of the questions asked lately, newest first, so
   * the pool never repeats a question of the last six checks.
   */
  properties[PROP_QUESTION_USAGE] =
    g_param_spec_variant ("question-usage", NULL, NULL,
                          G_VARIANT_TYPE ("a{sas}"), NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorSettings:time-out-started:
   *
   * When the time-out in progress began, or NULL when there is none. It is kept
   * here, encrypted, rather than in GSettings: it tells that a fight happened.
   */
  properties[PROP_TIME_OUT_STARTED] =
    g_param_spec_boxed ("time-out-started", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorSettings:time-out-deadline:
   *
   * When the running time-out ends (wall-clock time); NULL while it is paused.
   */
  properties[PROP_TIME_OUT_DEADLINE] =
    g_param_spec_boxed ("time-out-deadline", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorSettings:time-out-left:
   *
   * Seconds left of the paused time-out.
   */
  properties[PROP_TIME_OUT_LEFT] =
    g_param_spec_uint ("time-out-left", NULL, NULL,
                       0, CANDOR_SETTINGS_MAX_TIME_OUT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorSettings:time-out-length:
   *
   * The whole length of the time-out in progress, in seconds (“More time” starts
   * another one).
   */
  properties[PROP_TIME_OUT_LENGTH] =
    g_param_spec_uint ("time-out-length", NULL, NULL,
                       0, CANDOR_SETTINGS_MAX_TIME_OUT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CandorSettings:time-out-exercise:
   *
   * The id of the exercise an earlier part of this time-out was logged as (after
   * “More time”), which its end extends; NULL for a new one.
   */
  properties[PROP_TIME_OUT_EXERCISE] =
    g_param_spec_string ("time-out-exercise", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  candor_entry_class_install_schema (entry_class, CANDOR_KIND_SETTINGS, "settings",
                                     fields, G_N_ELEMENTS (fields), NULL);
}

static void
candor_settings_init (CandorSettings *self)
{
  self->default_cadence = CANDOR_PERSON_DEFAULT_CADENCE;
  self->target_min = 4;
  self->target_max = 6;
  self->ratio_target = 5;
  self->ritual_weekly_day = 7;
  self->ritual_weekly_time = g_strdup ("19:00");
  self->ritual_nightly_time = g_strdup ("21:30");
  self->ritual_monthly_day = 1;
  self->ritual_monthly_time = g_strdup ("19:00");
  self->custom_questions = g_variant_ref_sink (g_variant_new_array (G_VARIANT_TYPE ("(sss)"),
                                                                    NULL, 0));
  self->question_usage = g_variant_ref_sink (g_variant_new_array (G_VARIANT_TYPE ("{sas}"),
                                                                  NULL, 0));
}

/**
 * candor_settings_new:
 *
 * Creates the defaults. They have the id "settings" and were created and
 * modified at the Unix epoch, so that settings someone changed always win a
 * merge against them.
 */
CandorSettings *
candor_settings_new (void)
{
  g_autoptr(GDateTime) epoch = g_date_time_new_from_unix_utc (0);

  return g_object_new (CANDOR_TYPE_SETTINGS,
                       "id", "settings",
                       "created", epoch,
                       "modified", epoch,
                       NULL);
}

guint
candor_settings_get_first_weekday (CandorSettings *self)
{
  g_return_val_if_fail (CANDOR_IS_SETTINGS (self), 0);

  return self->first_weekday;
}

void
candor_settings_set_first_weekday (CandorSettings *self,
                                   guint           weekday)
{
  g_return_if_fail (CANDOR_IS_SETTINGS (self));
  g_return_if_fail (weekday <= 7);

  candor_entry_set_uint_field (CANDOR_ENTRY (self), &self->first_weekday, weekday,
                               properties[PROP_FIRST_WEEKDAY]);
}

guint
candor_settings_get_default_cadence (CandorSettings *self)
{
  g_return_val_if_fail (CANDOR_IS_SETTINGS (self), 0);

  return self->default_cadence;
}

void
candor_settings_set_default_cadence (CandorSettings *self,
                                     guint           cadence)
{
  g_return_if_fail (CANDOR_IS_SETTINGS (self));
  g_return_if_fail (cadence <= 31);

  candor_entry_set_uint_field (CANDOR_ENTRY (self), &self->default_cadence, cadence,
                               properties[PROP_DEFAULT_CADENCE]);
}

guint
candor_settings_get_target_min (CandorSettings *self)
{
  g_return_val_if_fail (CANDOR_IS_SETTINGS (self), 0);

  return self->target_min;
}

void
candor_settings_set_target_min (CandorSettings *self,
                                guint           target_min)
{
  g_return_if_fail (CANDOR_IS_SETTINGS (self));
  g_return_if_fail (target_min <= 100);

  candor_entry_set_uint_field (CANDOR_ENTRY (self), &self->target_min, target_min,
                               properties[PROP_TARGET_MIN]);
}

guint
candor_settings_get_target_max (CandorSettings *self)
{
  g_return_val_if_fail (CANDOR_IS_SETTINGS (self), 0);

  return self->target_max;
}

void
candor_settings_set_target_max (CandorSettings *self,
                                guint           target_max)
{
  g_return_if_fail (CANDOR_IS_SETTINGS (self));
  g_return_if_fail (target_max <= 100);

  candor_entry_set_uint_field (CANDOR_ENTRY (self), &self->target_max, target_max,
                               properties[PROP_TARGET_MAX]);
}

guint
candor_settings_get_ratio_target (CandorSettings *self)
{
  g_return_val_if_fail (CANDOR_IS_SETTINGS (self), 0);

  return self->ratio_target;
}

void
candor_settings_set_ratio_target (CandorSettings *self,
                                  guint           ratio)
{
  g_return_if_fail (CANDOR_IS_SETTINGS (self));
  g_return_if_fail (ratio <= 100);

  candor_entry_set_uint_field (CANDOR_ENTRY (self), &self->ratio_target, ratio,
                               properties[PROP_RATIO_TARGET]);
}

gboolean
candor_settings_get_streak_enabled (CandorSettings *self)
{
  g_return_val_if_fail (CANDOR_IS_SETTINGS (self), FALSE);

  return self->streak_enabled;
}

void
candor_settings_set_streak_enabled (CandorSettings *self,
                                    gboolean        enabled)
{
  g_return_if_fail (CANDOR_IS_SETTINGS (self));

  candor_entry_set_boolean_field (CANDOR_ENTRY (self), &self->streak_enabled, enabled,
                                  properties[PROP_STREAK_ENABLED]);
}

CandorQuestionDepth
candor_settings_get_question_depth (CandorSettings *self)
{
  g_return_val_if_fail (CANDOR_IS_SETTINGS (self), CANDOR_QUESTION_DEPTH_LIGHT);

  return self->question_depth;
}

void
candor_settings_set_question_depth (CandorSettings      *self,
                                    CandorQuestionDepth  depth)
{
  g_return_if_fail (CANDOR_IS_SETTINGS (self));
  g_return_if_fail (depth <= CANDOR_QUESTION_DEPTH_DEEP);

  if (self->question_depth == depth)
    return;

  self->question_depth = depth;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUESTION_DEPTH]);
}

GVariant *
candor_settings_get_custom_questions (CandorSettings *self)
{
  g_return_val_if_fail (CANDOR_IS_SETTINGS (self), NULL);

  return self->custom_questions;
}

void
candor_settings_set_custom_questions (CandorSettings *self,
                                      GVariant       *questions)
{
  g_return_if_fail (CANDOR_IS_SETTINGS (self));
  g_return_if_fail (questions != NULL);
  g_return_if_fail (g_variant_is_of_type (questions, G_VARIANT_TYPE ("a(sss)")));

  candor_entry_set_variant_field (CANDOR_ENTRY (self), &self->custom_questions, questions,
                                  properties[PROP_CUSTOM_QUESTIONS]);
}

const char * const *
candor_settings_get_conflict_rules (CandorSettings *self)
{
  g_return_val_if_fail (CANDOR_IS_SETTINGS (self), NULL);

  return (const char * const *) self->conflict_rules;
}

void
candor_settings_set_conflict_rules (CandorSettings     *self,
                                    const char * const *rules)
{
  g_return_if_fail (CANDOR_IS_SETTINGS (self));

  candor_entry_set_strv_field (CANDOR_ENTRY (self), &self->conflict_rules, rules,
                               properties[PROP_CONFLICT_RULES]);
}

GDateTime *
candor_settings_get_conflict_rules_agreed (CandorSettings *self)
{
  g_return_val_if_fail (CANDOR_IS_SETTINGS (self), NULL);

  return self->conflict_rules_agreed;
}

void
candor_settings_set_conflict_rules_agreed (CandorSettings *self,
                                           GDateTime      *agreed)
{
  g_return_if_fail (CANDOR_IS_SETTINGS (self));

  candor_entry_set_day_field (CANDOR_ENTRY (self), &self->conflict_rules_agreed, agreed,
                              properties[PROP_CONFLICT_RULES_AGREED]);
}

gboolean
candor_settings_get_ritual_weekly_enabled (CandorSettings *self)
{
  g_return_val_if_fail (CANDOR_IS_SETTINGS (self), FALSE);

  return self->ritual_weekly_enabled;
}

void
candor_settings_set_ritual_weekly_enabled (CandorSettings *self,
                                           gboolean        enabled)
{
  g_return_if_fail (CANDOR_IS_SETTINGS (self));

  candor_entry_set_boolean_field (CANDOR_ENTRY (self), &self->ritual_weekly_enabled, enabled,
                                  properties[PROP_RITUAL_WEEKLY_ENABLED]);
}

guint
candor_settings_get_ritual_weekly_day (CandorSettings *self)
{
  g_return_val_if_fail (CANDOR_IS_SETTINGS (self), 0);

  return self->ritual_weekly_day;
}

void
candor_settings_set_ritual_weekly_day (CandorSettings *self,
                                       guint           day)
{
  g_return_if_fail (CANDOR_IS_SETTINGS (self));
  g_return_if_fail (day <= 7);

  candor_entry_set_uint_field (CANDOR_ENTRY (self), &self->ritual_weekly_day, day,
                               properties[PROP_RITUAL_WEEKLY_DAY]);
}

const char *
candor_settings_get_ritual_weekly_time (CandorSettings *self)
{
  g_return_val_if_fail (CANDOR_IS_SETTINGS (self), NULL);

  return self->ritual_weekly_time;
}

void
candor_settings_set_ritual_weekly_time (CandorSettings *self,
                                        const char     *time)
{
  g_return_if_fail (CANDOR_IS_SETTINGS (self));

  candor_entry_set_string_field (CANDOR_ENTRY (self), &self->ritual_weekly_time, time,
                                 properties[PROP_RITUAL_WEEKLY_TIME]);
}

gboolean
candor_settings_get_ritual_nightly_enabled (CandorSettings *self)
{
  g_return_val_if_fail (CANDOR_IS_SETTINGS (self), FALSE);

  return self->ritual_nightly_enabled;
}

void
candor_settings_set_ritual_nightly_enabled (CandorSettings *self,
                                            gboolean        enabled)
{
  g_return_if_fail (CANDOR_IS_SETTINGS (self));

  candor_entry_set_boolean_field (CANDOR_ENTRY (self), &self->ritual_nightly_enabled, enabled,
                                  properties[PROP_RITUAL_NIGHTLY_ENABLED]);
}

const char *
candor_settings_get_ritual_nightly_time (CandorSettings *self)
{
  g_return_val_if_fail (CANDOR_IS_SETTINGS (self), NULL);

  return self->ritual_nightly_time;
}

void
candor_settings_set_ritual_nightly_time (CandorSettings *self,
                                         const char     *time)
{
  g_return_if_fail (CANDOR_IS_SETTINGS (self));

  candor_entry_set_string_field (CANDOR_ENTRY (self), &self->ritual_nightly_time, time,
                                 properties[PROP_RITUAL_NIGHTLY_TIME]);
}

gboolean
candor_settings_get_ritual_monthly_enabled (CandorSettings *self)
{
  g_return_val_if_fail (CANDOR_IS_SETTINGS (self), FALSE);

  return self->ritual_monthly_enabled;
}

void
candor_settings_set_ritual_monthly_enabled (CandorSettings *self,
                                            gboolean        enabled)
{
  g_return_if_fail (CANDOR_IS_SETTINGS (self));

  candor_entry_set_boolean_field (CANDOR_ENTRY (self), &self->ritual_monthly_enabled, enabled,
                                  properties[PROP_RITUAL_MONTHLY_ENABLED]);
}

guint
candor_settings_get_ritual_monthly_day (CandorSettings *self)
{
  g_return_val_if_fail (CANDOR_IS_SETTINGS (self), 0);

  return self->ritual_monthly_day;
}

void
candor_settings_set_ritual_monthly_day (CandorSettings *self,
                                        guint           day)
{
  g_return_if_fail (CANDOR_IS_SETTINGS (self));
  g_return_if_fail (day <= 28);

  candor_entry_set_uint_field (CANDOR_ENTRY (self), &self->ritual_monthly_day, day,
                               properties[PROP_RITUAL_MONTHLY_DAY]);
}

const char *
candor_settings_get_ritual_monthly_time (CandorSettings *self)
{
  g_return_val_if_fail (CANDOR_IS_SETTINGS (self), NULL);

  return self->ritual_monthly_time;
}

void
candor_settings_set_ritual_monthly_time (CandorSettings *self,
                                         const char     *time)
{
  g_return_if_fail (CANDOR_IS_SETTINGS (self));

  candor_entry_set_string_field (CANDOR_ENTRY (self), &self->ritual_monthly_time, time,
                                 properties[PROP_RITUAL_MONTHLY_TIME]);
}

GVariant *
candor_settings_get_question_usage (CandorSettings *self)
{
  g_return_val_if_fail (CANDOR_IS_SETTINGS (self), NULL);

  return self->question_usage;
}

void
candor_settings_set_question_usage (CandorSettings *self,
                                    GVariant       *usage)
{
  g_return_if_fail (CANDOR_IS_SETTINGS (self));
  g_return_if_fail (usage != NULL);
  g_return_if_fail (g_variant_is_of_type (usage, G_VARIANT_TYPE ("a{sas}")));

  candor_entry_set_variant_field (CANDOR_ENTRY (self), &self->question_usage, usage,
                                  properties[PROP_QUESTION_USAGE]);
}

GDateTime *
candor_settings_get_time_out_started (CandorSettings *self)
{
  g_return_val_if_fail (CANDOR_IS_SETTINGS (self), NULL);

  return self->time_out_started;
}

void
candor_settings_set_time_out_started (CandorSettings *self,
                                      GDateTime      *started)
{
  g_return_if_fail (CANDOR_IS_SETTINGS (self));

  candor_entry_set_date_field (CANDOR_ENTRY (self), &self->time_out_started, started,
                               properties[PROP_TIME_OUT_STARTED]);
}

GDateTime *
candor_settings_get_time_out_deadline (CandorSettings *self)
{
  g_return_val_if_fail (CANDOR_IS_SETTINGS (self), NULL);

  return self->time_out_deadline;
}

void
candor_settings_set_time_out_deadline (CandorSettings *self,
                                       GDateTime      *deadline)
{
  g_return_if_fail (CANDOR_IS_SETTINGS (self));

  candor_entry_set_date_field (CANDOR_ENTRY (self), &self->time_out_deadline, deadline,
                               properties[PROP_TIME_OUT_DEADLINE]);
}

guint
candor_settings_get_time_out_left (CandorSettings *self)
{
  g_return_val_if_fail (CANDOR_IS_SETTINGS (self), 0);

  return self->time_out_left;
}

void
candor_settings_set_time_out_left (CandorSettings *self,
                                   guint           seconds)
{
  g_return_if_fail (CANDOR_IS_SETTINGS (self));
  g_return_if_fail (seconds <= CANDOR_SETTINGS_MAX_TIME_OUT);

  candor_entry_set_uint_field (CANDOR_ENTRY (self), &self->time_out_left, seconds,
                               properties[PROP_TIME_OUT_LEFT]);
}

guint
candor_settings_get_time_out_length (CandorSettings *self)
{
  g_return_val_if_fail (CANDOR_IS_SETTINGS (self), 0);

  return self->time_out_length;
}

void
candor_settings_set_time_out_length (CandorSettings *self,
                                     guint           seconds)
{
  g_return_if_fail (CANDOR_IS_SETTINGS (self));
  g_return_if_fail (seconds <= CANDOR_SETTINGS_MAX_TIME_OUT);

  candor_entry_set_uint_field (CANDOR_ENTRY (self), &self->time_out_length, seconds,
                               properties[PROP_TIME_OUT_LENGTH]);
}

const char *
candor_settings_get_time_out_exercise (CandorSettings *self)
{
  g_return_val_if_fail (CANDOR_IS_SETTINGS (self), NULL);

  return self->time_out_exercise;
}

void
candor_settings_set_time_out_exercise (CandorSettings *self,
                                       const char     *exercise_id)
{
  g_return_if_fail (CANDOR_IS_SETTINGS (self));

  candor_entry_set_string_field (CANDOR_ENTRY (self), &self->time_out_exercise, exercise_id,
                                 properties[PROP_TIME_OUT_EXERCISE]);
}

/**
 * candor_settings_clear_time_out:
 * @self: settings
 *
 * Forgets the time-out in progress: it ended, or was called off.
 */
void
candor_settings_clear_time_out (CandorSettings *self)
{
  g_return_if_fail (CANDOR_IS_SETTINGS (self));

  g_object_freeze_notify (G_OBJECT (self));
  candor_settings_set_time_out_started (self, NULL);
  candor_settings_set_time_out_deadline (self, NULL);
  candor_settings_set_time_out_left (self, 0);
  candor_settings_set_time_out_length (self, 0);
  candor_settings_set_time_out_exercise (self, NULL);
  g_object_thaw_notify (G_OBJECT (self));
}
