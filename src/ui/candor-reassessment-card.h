/* candor-reassessment-card.h — every twelve weeks: how is it going, and what to change
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "candor-journal.h"

G_BEGIN_DECLS

#define CANDOR_TYPE_REASSESSMENT_CARD (candor_reassessment_card_get_type ())

G_DECLARE_FINAL_TYPE (CandorReassessmentCard, candor_reassessment_card, CANDOR,
                      REASSESSMENT_CARD, GtkWidget)

CandorJournal *candor_reassessment_card_get_journal (CandorReassessmentCard *self);
void           candor_reassessment_card_set_journal (CandorReassessmentCard *self,
                                                     CandorJournal          *journal);
/* The day the answers are recorded on. */
void           candor_reassessment_card_set_today   (CandorReassessmentCard *self,
                                                     const GDate            *today);
/* Applies the answers: the person's cadence, the question depth, and a new
 * CandorReassessment in the journal. Emits "applied". */
void           candor_reassessment_card_apply       (CandorReassessmentCard *self);

G_END_DECLS
