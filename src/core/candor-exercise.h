/* candor-exercise.h — one practice session: vulnerability, time-out, tension script, ritual
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "candor-entry.h"

G_BEGIN_DECLS

typedef enum
{
  CANDOR_EXERCISE_KIND_VULNERABILITY,
  CANDOR_EXERCISE_KIND_TIME_OUT,
  CANDOR_EXERCISE_KIND_TENSION_SCRIPT,
  CANDOR_EXERCISE_KIND_RITUAL_WEEKLY,
  CANDOR_EXERCISE_KIND_RITUAL_NIGHTLY,
  CANDOR_EXERCISE_KIND_RITUAL_MONTHLY,
} CandorExerciseKind;

#define CANDOR_TYPE_EXERCISE_KIND (candor_exercise_kind_get_type ())
GType candor_exercise_kind_get_type (void);

#define CANDOR_TYPE_EXERCISE (candor_exercise_get_type ())

G_DECLARE_FINAL_TYPE (CandorExercise, candor_exercise, CANDOR, EXERCISE, CandorEntry)

CandorExercise      *candor_exercise_new            (CandorExerciseKind  kind,
                                                     GDateTime          *start);
CandorExerciseKind   candor_exercise_get_kind       (CandorExercise *self);
void                 candor_exercise_set_kind       (CandorExercise     *self,
                                                     CandorExerciseKind  kind);
GDateTime           *candor_exercise_get_start      (CandorExercise *self);
void                 candor_exercise_set_start      (CandorExercise *self,
                                                     GDateTime      *start);
guint                candor_exercise_get_duration   (CandorExercise *self);
void                 candor_exercise_set_duration   (CandorExercise *self,
                                                     guint           duration);
const char          *candor_exercise_get_started_by (CandorExercise *self);
void                 candor_exercise_set_started_by (CandorExercise *self,
                                                     const char     *started_by);
const char          *candor_exercise_get_note       (CandorExercise *self);
void                 candor_exercise_set_note       (CandorExercise *self,
                                                     const char     *note);
const char * const  *candor_exercise_get_feelings   (CandorExercise *self);
void                 candor_exercise_set_feelings   (CandorExercise     *self,
                                                     const char * const *feelings);
const char          *candor_exercise_get_text       (CandorExercise *self);
void                 candor_exercise_set_text       (CandorExercise *self,
                                                     const char     *text);

G_END_DECLS
