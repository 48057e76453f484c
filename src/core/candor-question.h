/* candor-question.h — one Connection Check question
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

/* CandorQuestionDepth lives with the settings, which store the chosen depth
 * and the custom questions by its nicks. */
#include "candor-settings.h"

G_BEGIN_DECLS

#define CANDOR_TYPE_QUESTION (candor_question_get_type ())

G_DECLARE_FINAL_TYPE (CandorQuestion, candor_question, CANDOR, QUESTION, GObject)

CandorQuestion      *candor_question_new             (const char          *id,
                                                      const char          *text,
                                                      CandorQuestionDepth  depth,
                                                      gboolean             is_default,
                                                      gboolean             is_custom);
const char          *candor_question_get_id          (CandorQuestion *self);
const char          *candor_question_get_text        (CandorQuestion *self);
CandorQuestionDepth  candor_question_get_depth       (CandorQuestion *self);
gboolean             candor_question_get_is_default  (CandorQuestion *self);
gboolean             candor_question_get_is_custom   (CandorQuestion *self);

G_END_DECLS
