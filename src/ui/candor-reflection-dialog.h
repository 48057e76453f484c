/* candor-reflection-dialog.h — choose the week to print, and whether your private entries go in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "candor-journal.h"
#include "candor-session.h"

G_BEGIN_DECLS

#define CANDOR_TYPE_REFLECTION_DIALOG (candor_reflection_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CandorReflectionDialog, candor_reflection_dialog,
                      CANDOR, REFLECTION_DIALOG, AdwWindow)

CandorReflectionDialog *candor_reflection_dialog_new             (CandorJournal          *journal);
CandorJournal          *candor_reflection_dialog_get_journal     (CandorReflectionDialog *self);
void                    candor_reflection_dialog_select_day      (CandorReflectionDialog *self,
                                                                  GDateTime              *day);
gboolean                candor_reflection_dialog_get_include_private (CandorReflectionDialog *self);
void                    candor_reflection_dialog_follow_session  (CandorReflectionDialog *self,
                                                                  CandorSession          *session);

G_END_DECLS
