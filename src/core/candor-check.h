/* candor-check.h — a Connection Check: a 30-minute one-on-one with three questions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "candor-entry.h"

G_BEGIN_DECLS

typedef enum
{
  CANDOR_CHECK_STATUS_SCHEDULED,
  CANDOR_CHECK_STATUS_HELD,
  CANDOR_CHECK_STATUS_SKIPPED,
} CandorCheckStatus;

#define CANDOR_TYPE_CHECK_STATUS (candor_check_status_get_type ())
GType candor_check_status_get_type (void);

#define CANDOR_CHECK_DEFAULT_DURATION 30
#define CANDOR_CHECK_N_QUESTIONS     3

#define CANDOR_TYPE_CHECK (candor_check_get_type ())

G_DECLARE_FINAL_TYPE (CandorCheck, candor_check, CANDOR, CHECK, CandorEntry)

CandorCheck         *candor_check_new                (const char *person_id,
                                                      GDateTime  *start);
const char          *candor_check_get_person_id      (CandorCheck *self);
void                 candor_check_set_person_id      (CandorCheck *self,
                                                      const char  *person_id);
GDateTime           *candor_check_get_start          (CandorCheck *self);
void                 candor_check_set_start          (CandorCheck *self,
                                                      GDateTime   *start);
guint                candor_check_get_duration       (CandorCheck *self);
void                 candor_check_set_duration       (CandorCheck *self,
                                                      guint        duration);
CandorCheckStatus    candor_check_get_status         (CandorCheck *self);
void                 candor_check_set_status         (CandorCheck       *self,
                                                      CandorCheckStatus  status);
const char * const  *candor_check_get_question_ids   (CandorCheck *self);
void                 candor_check_set_question_ids   (CandorCheck        *self,
                                                      const char * const *question_ids);
const char * const  *candor_check_get_question_texts (CandorCheck *self);
void                 candor_check_set_question_texts (CandorCheck        *self,
                                                      const char * const *question_texts);
gboolean             candor_check_get_private        (CandorCheck *self);
void                 candor_check_set_private        (CandorCheck *self,
                                                      gboolean     private);
const char          *candor_check_get_notes          (CandorCheck *self);
void                 candor_check_set_notes          (CandorCheck *self,
                                                      const char  *notes);
const char          *candor_check_get_appreciation   (CandorCheck *self);
void                 candor_check_set_appreciation   (CandorCheck *self,
                                                      const char  *appreciation);
const char          *candor_check_get_story          (CandorCheck *self);
void                 candor_check_set_story          (CandorCheck *self,
                                                      const char  *story);
gboolean             candor_check_get_both_disclosed (CandorCheck *self);
void                 candor_check_set_both_disclosed (CandorCheck *self,
                                                      gboolean     both_disclosed);
const char          *candor_check_get_follow_up      (CandorCheck *self);
void                 candor_check_set_follow_up      (CandorCheck *self,
                                                      const char  *follow_up);
gboolean             candor_check_get_follow_up_sent (CandorCheck *self);
void                 candor_check_set_follow_up_sent (CandorCheck *self,
                                                      gboolean     follow_up_sent);

G_END_DECLS
