/* candor-schedule-dialog.h — plan one or more Connection Checks, with a date and time for each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "candor-journal.h"

G_BEGIN_DECLS

#define CANDOR_TYPE_SCHEDULE_DIALOG (candor_schedule_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CandorScheduleDialog, candor_schedule_dialog, CANDOR, SCHEDULE_DIALOG, AdwMessageDialog)

/* One row per start in @starts (GDateTime, prefilled; the user can change each),
 * with @person (or the first person when NULL). "Schedule" adds the checks to
 * @journal with the default questions. */
CandorScheduleDialog *candor_schedule_dialog_new         (GtkWindow     *parent,
                                                          CandorJournal *journal,
                                                          CandorPerson  *person,
                                                          GPtrArray     *starts);
/* Who the checks are with (the dialog offers everyone not archived). */
CandorPerson         *candor_schedule_dialog_get_person  (CandorScheduleDialog *self);
void                  candor_schedule_dialog_set_person  (CandorScheduleDialog *self,
                                                          CandorPerson         *person);
/* The start of row @index as it is now set (for tests). */
GDateTime            *candor_schedule_dialog_dup_start   (CandorScheduleDialog *self,
                                                          guint                 index);
void                  candor_schedule_dialog_set_start   (CandorScheduleDialog *self,
                                                          guint                 index,
                                                          GDateTime            *start);
guint                 candor_schedule_dialog_get_n_rows  (CandorScheduleDialog *self);
/* Adds the checks, as the "Schedule" response does. */
void                  candor_schedule_dialog_schedule    (CandorScheduleDialog *self);

G_END_DECLS
