/* candor-commitment.h — a micro-commitment made at a Connection Check, due within a week
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "candor-entry.h"

G_BEGIN_DECLS

/* Days from creation to the default due date. */
#define CANDOR_COMMITMENT_DEFAULT_DAYS 7

#define CANDOR_TYPE_COMMITMENT (candor_commitment_get_type ())

G_DECLARE_FINAL_TYPE (CandorCommitment, candor_commitment, CANDOR, COMMITMENT, CandorEntry)

CandorCommitment  *candor_commitment_new           (const char *person_id,
                                                    const char *check_id,
                                                    const char *text);
const char        *candor_commitment_get_person_id (CandorCommitment *self);
void               candor_commitment_set_person_id (CandorCommitment *self,
                                                    const char       *person_id);
const char        *candor_commitment_get_check_id  (CandorCommitment *self);
void               candor_commitment_set_check_id  (CandorCommitment *self,
                                                    const char       *check_id);
const char        *candor_commitment_get_text      (CandorCommitment *self);
void               candor_commitment_set_text      (CandorCommitment *self,
                                                    const char       *text);
GDateTime         *candor_commitment_get_due       (CandorCommitment *self);
void               candor_commitment_set_due       (CandorCommitment *self,
                                                    GDateTime        *due);
GDateTime         *candor_commitment_get_done      (CandorCommitment *self);
void               candor_commitment_set_done      (CandorCommitment *self,
                                                    GDateTime        *done);

G_END_DECLS
