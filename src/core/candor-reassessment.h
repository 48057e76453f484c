/* candor-reassessment.h — the answers of a 12-weekly reassessment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "candor-entry.h"

G_BEGIN_DECLS

typedef enum
{
  CANDOR_CADENCE_CHANGE_SAME,
  CANDOR_CADENCE_CHANGE_MORE,
  CANDOR_CADENCE_CHANGE_FEWER,
} CandorCadenceChange;

#define CANDOR_TYPE_CADENCE_CHANGE (candor_cadence_change_get_type ())
GType candor_cadence_change_get_type (void);

typedef enum
{
  CANDOR_DEPTH_CHANGE_SAME,
  CANDOR_DEPTH_CHANGE_DEEPER,
  CANDOR_DEPTH_CHANGE_LIGHTER,
} CandorDepthChange;

#define CANDOR_TYPE_DEPTH_CHANGE (candor_depth_change_get_type ())
GType candor_depth_change_get_type (void);

/* Weeks between two reassessments. */
#define CANDOR_REASSESSMENT_WEEKS 12

#define CANDOR_TYPE_REASSESSMENT (candor_reassessment_get_type ())

G_DECLARE_FINAL_TYPE (CandorReassessment, candor_reassessment, CANDOR, REASSESSMENT, CandorEntry)

CandorReassessment  *candor_reassessment_new                (GDateTime *date);
GDateTime           *candor_reassessment_get_date           (CandorReassessment *self);
void                 candor_reassessment_set_date           (CandorReassessment *self,
                                                             GDateTime          *date);
const char          *candor_reassessment_get_person_id      (CandorReassessment *self);
void                 candor_reassessment_set_person_id      (CandorReassessment *self,
                                                             const char         *person_id);
guint                candor_reassessment_get_rating         (CandorReassessment *self);
void                 candor_reassessment_set_rating         (CandorReassessment *self,
                                                             guint               rating);
const char          *candor_reassessment_get_note           (CandorReassessment *self);
void                 candor_reassessment_set_note           (CandorReassessment *self,
                                                             const char         *note);
CandorCadenceChange  candor_reassessment_get_cadence_change (CandorReassessment *self);
void                 candor_reassessment_set_cadence_change (CandorReassessment  *self,
                                                             CandorCadenceChange  cadence_change);
CandorDepthChange    candor_reassessment_get_depth_change   (CandorReassessment *self);
void                 candor_reassessment_set_depth_change   (CandorReassessment *self,
                                                             CandorDepthChange   depth_change);

G_END_DECLS
