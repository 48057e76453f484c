/* candor-check-row.h — one Connection Check in a list: who, when, its state, a menu
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "candor-journal.h"

G_BEGIN_DECLS

#define CANDOR_TYPE_CHECK_ROW (candor_check_row_get_type ())

G_DECLARE_FINAL_TYPE (CandorCheckRow, candor_check_row, CANDOR, CHECK_ROW, AdwActionRow)

/* @with_day: say the day as well as the time. Activating the row opens the
 * check's editor; its menu marks it held, skipped or planned, or removes it
 * (with an undo toast). */
GtkWidget   *candor_check_row_new        (CandorJournal *journal,
                                          CandorCheck   *check,
                                          GDateTime     *now,
                                          gboolean       with_day);
CandorCheck *candor_check_row_get_check  (CandorCheckRow *self);

/* A round swatch of @person's colour. */
GtkWidget   *candor_person_swatch_new    (CandorPerson  *person);
/* A dimmed row that only says @text (an empty list). */
GtkWidget   *candor_placeholder_row_new  (const char    *text);

G_END_DECLS
