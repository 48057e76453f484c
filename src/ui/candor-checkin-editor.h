/* candor-checkin-editor.h — write or edit one check-in: kind, the sentence builder, sharing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "candor-journal.h"

G_BEGIN_DECLS

#define CANDOR_TYPE_CHECKIN_EDITOR (candor_checkin_editor_get_type ())

G_DECLARE_FINAL_TYPE (CandorCheckinEditor, candor_checkin_editor, CANDOR, CHECKIN_EDITOR, AdwWindow)

CandorCheckinEditor *candor_checkin_editor_new          (GtkWindow           *parent,
                                                         CandorJournal       *journal,
                                                         CandorPerson        *author,
                                                         CandorCheckin       *checkin);
CandorCheckin       *candor_checkin_editor_get_checkin  (CandorCheckinEditor *self);
char               **candor_checkin_editor_get_feelings (CandorCheckinEditor *self);
void                 candor_checkin_editor_set_feelings (CandorCheckinEditor *self,
                                                         const char * const  *ids);
const char          *candor_checkin_editor_get_preview  (CandorCheckinEditor *self);

G_END_DECLS
