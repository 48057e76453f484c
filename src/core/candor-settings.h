/* candor-settings.h — the journal's own settings, stored (encrypted) in the vault
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "candor-entry.h"

G_BEGIN_DECLS

typedef enum
{
  CANDOR_QUESTION_DEPTH_LIGHT,
  CANDOR_QUESTION_DEPTH_MEDIUM,
  CANDOR_QUESTION_DEPTH_DEEP,
} CandorQuestionDepth;

#define CANDOR_TYPE_QUESTION_DEPTH (candor_question_depth_get_type ())
GType candor_question_depth_get_type (void);

#define CANDOR_SETTINGS_MAX_CUSTOM_QUESTIONS 500u
/* The longest time-out part kept, in seconds: a day. */
#define CANDOR_SETTINGS_MAX_TIME_OUT 86400u

#define CANDOR_TYPE_SETTINGS (candor_settings_get_type ())

G_DECLARE_FINAL_TYPE (CandorSettings, candor_settings, CANDOR, SETTINGS, CandorEntry)

CandorSettings      *candor_settings_new                        (void);
guint                candor_settings_get_first_weekday          (CandorSettings *self);
void                 candor_settings_set_first_weekday          (CandorSettings *self,
                                                                 guint           weekday);
guint                candor_settings_get_default_cadence        (CandorSettings *self);
void                 candor_settings_set_default_cadence        (CandorSettings *self,
                                                                 guint           cadence);
guint                candor_settings_get_target_min             (CandorSettings *self);
void                 candor_settings_set_target_min             (CandorSettings *self,
                                                                 guint           target_min);
guint                candor_settings_get_target_max             (CandorSettings *self);
void                 candor_settings_set_target_max             (CandorSettings *self,
                                                                 guint           target_max);
guint                candor_settings_get_ratio_target           (CandorSettings *self);
void                 candor_settings_set_ratio_target           (CandorSettings *self,
                                                                 guint           ratio);
gboolean             candor_settings_get_streak_enabled         (CandorSettings *self);
void                 candor_settings_set_streak_enabled         (CandorSettings *self,
                                                                 gboolean        enabled);
CandorQuestionDepth  candor_settings_get_question_depth         (CandorSettings *self);
void                 candor_settings_set_question_depth         (CandorSettings      *self,
                                                                 CandorQuestionDepth  depth);
GVariant            *candor_settings_get_custom_questions       (CandorSettings *self);
void                 candor_settings_set_custom_questions       (CandorSettings *self,
                                                                 GVariant       *questions);
const char * const  *candor_settings_get_conflict_rules         (CandorSettings *self);
void                 candor_settings_set_conflict_rules         (CandorSettings     *self,
                                                                 const char * const *rules);
GDateTime           *candor_settings_get_conflict_rules_agreed  (CandorSettings *self);
void                 candor_settings_set_conflict_rules_agreed  (CandorSettings *self,
                                                                 GDateTime      *agreed);
gboolean             candor_settings_get_ritual_weekly_enabled  (CandorSettings *self);
void                 candor_settings_set_ritual_weekly_enabled  (CandorSettings *self,
                                                                 gboolean        enabled);
guint                candor_settings_get_ritual_weekly_day      (CandorSettings *self);
void                 candor_settings_set_ritual_weekly_day      (CandorSettings *self,
                                                                 guint           day);
const char          *candor_settings_get_ritual_weekly_time     (CandorSettings *self);
void                 candor_settings_set_ritual_weekly_time     (CandorSettings *self,
                                                                 const char     *time);
gboolean             candor_settings_get_ritual_nightly_enabled (CandorSettings *self);
void                 candor_settings_set_ritual_nightly_enabled (CandorSettings *self,
                                                                 gboolean        enabled);
const char          *candor_settings_get_ritual_nightly_time    (CandorSettings *self);
void                 candor_settings_set_ritual_nightly_time    (CandorSettings *self,
                                                                 const char     *time);
gboolean             candor_settings_get_ritual_monthly_enabled (CandorSettings *self);
void                 candor_settings_set_ritual_monthly_enabled (CandorSettings *self,
                                                                 gboolean        enabled);
guint                candor_settings_get_ritual_monthly_day     (CandorSettings *self);
void                 candor_settings_set_ritual_monthly_day     (CandorSettings *self,
                                                                 guint           day);
const char          *candor_settings_get_ritual_monthly_time    (CandorSettings *self);
void                 candor_settings_set_ritual_monthly_time    (CandorSettings *self,
                                                                 const char     *time);
GVariant            *candor_settings_get_question_usage         (CandorSettings *self);
void                 candor_settings_set_question_usage         (CandorSettings *self,
                                                                 GVariant       *usage);
GDateTime           *candor_settings_get_time_out_started       (CandorSettings *self);
void                 candor_settings_set_time_out_started       (CandorSettings *self,
                                                                 GDateTime      *started);
GDateTime           *candor_settings_get_time_out_deadline      (CandorSettings *self);
void                 candor_settings_set_time_out_deadline      (CandorSettings *self,
                                                                 GDateTime      *deadline);
guint                candor_settings_get_time_out_left          (CandorSettings *self);
void                 candor_settings_set_time_out_left          (CandorSettings *self,
                                                                 guint           seconds);
guint                candor_settings_get_time_out_length        (CandorSettings *self);
void                 candor_settings_set_time_out_length        (CandorSettings *self,
                                                                 guint           seconds);
const char          *candor_settings_get_time_out_exercise      (CandorSettings *self);
void                 candor_settings_set_time_out_exercise      (CandorSettings *self,
                                                                 const char     *exercise_id);
void                 candor_settings_clear_time_out             (CandorSettings *self);

char               **candor_settings_dup_recent_questions       (CandorSettings      *self,
                                                                 const char          *person_id);
void                 candor_settings_note_questions_used        (CandorSettings      *self,
                                                                 const char          *person_id,
                                                                 const char * const  *question_ids);
char                *candor_settings_add_custom_question        (CandorSettings      *self,
                                                                 CandorQuestionDepth  depth,
                                                                 const char          *text);
gboolean             candor_settings_remove_custom_question     (CandorSettings      *self,
                                                                 const char          *id);

G_END_DECLS
