/* candor-question-pool.h — the Connection Check questions: built-in and custom
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "candor-question.h"

G_BEGIN_DECLS

/* Checks a question may not come back for: suggestions skip the questions of
 * the last six checks with a person. */
#define CANDOR_QUESTION_POOL_RECENT_CHECKS 6

#define CANDOR_TYPE_QUESTION_POOL (candor_question_pool_get_type ())

G_DECLARE_FINAL_TYPE (CandorQuestionPool, candor_question_pool, CANDOR, QUESTION_POOL, GObject)

CandorQuestionPool *candor_question_pool_new                  (void);
CandorQuestionPool *candor_question_pool_new_from_bytes       (GBytes              *bytes,
                                                               GError             **error);
CandorQuestion     *candor_question_pool_lookup               (CandorQuestionPool  *self,
                                                               const char          *id);
GPtrArray          *candor_question_pool_defaults             (CandorQuestionPool  *self);
char               *candor_question_pool_dup_shown_text       (CandorQuestionPool  *self,
                                                               const char          *id,
                                                               const char          *stored_text);
CandorQuestion     *candor_question_pool_add_custom           (CandorQuestionPool  *self,
                                                               const char          *id,
                                                               CandorQuestionDepth  depth,
                                                               const char          *text);
gboolean            candor_question_pool_remove_custom        (CandorQuestionPool  *self,
                                                               const char          *id);
void                candor_question_pool_set_custom_questions (CandorQuestionPool  *self,
                                                               GVariant            *questions);
GPtrArray          *candor_question_pool_suggest              (CandorQuestionPool  *self,
                                                               CandorQuestionDepth  depth,
                                                               const char * const  *recent_ids,
                                                               guint                n,
                                                               GRand               *rand);

G_END_DECLS
