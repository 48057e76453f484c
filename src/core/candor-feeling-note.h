/* candor-feeling-note.h — feelings named on their own, "name it to tame it"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "candor-entry.h"

G_BEGIN_DECLS

#define CANDOR_TYPE_FEELING_NOTE (candor_feeling_note_get_type ())

G_DECLARE_FINAL_TYPE (CandorFeelingNote, candor_feeling_note, CANDOR, FEELING_NOTE, CandorEntry)

CandorFeelingNote   *candor_feeling_note_new           (const char *person_id,
                                                        GDateTime  *date);
const char          *candor_feeling_note_get_person_id (CandorFeelingNote *self);
void                 candor_feeling_note_set_person_id (CandorFeelingNote *self,
                                                        const char        *person_id);
GDateTime           *candor_feeling_note_get_date      (CandorFeelingNote *self);
void                 candor_feeling_note_set_date      (CandorFeelingNote *self,
                                                        GDateTime         *date);
const char * const  *candor_feeling_note_get_feelings  (CandorFeelingNote *self);
void                 candor_feeling_note_set_feelings  (CandorFeelingNote  *self,
                                                        const char * const *feelings);
const char          *candor_feeling_note_get_note      (CandorFeelingNote *self);
void                 candor_feeling_note_set_note      (CandorFeelingNote *self,
                                                        const char        *note);

G_END_DECLS
