/* candor-person-dialog.h — add or edit someone you hold Connection Checks with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "candor-journal.h"

G_BEGIN_DECLS

#define CANDOR_TYPE_PERSON_DIALOG (candor_person_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CandorPersonDialog, candor_person_dialog, CANDOR, PERSON_DIALOG, AdwMessageDialog)

/* @person NULL adds a new person to @journal on "save"; otherwise edits it
 * ("archive" is then offered as well: the page handles it, with undo). */
CandorPersonDialog *candor_person_dialog_new        (GtkWindow          *parent,
                                                     CandorJournal      *journal,
                                                     CandorPerson       *person);
CandorPerson       *candor_person_dialog_get_person (CandorPersonDialog *self);
/* Applies the fields, as the "save" response does; returns the person. */
CandorPerson       *candor_person_dialog_save       (CandorPersonDialog *self);
void                candor_person_dialog_set_name   (CandorPersonDialog *self,
                                                     const char         *name);
void                candor_person_dialog_set_cadence (CandorPersonDialog *self,
                                                     guint               cadence);

G_END_DECLS
