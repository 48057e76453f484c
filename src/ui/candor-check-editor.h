/* candor-check-editor.h — one Connection Check: when, with whom, privacy, questions,
 * commitments and notes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "candor-journal.h"

G_BEGIN_DECLS

#define CANDOR_TYPE_CHECK_EDITOR (candor_check_editor_get_type ())

G_DECLARE_FINAL_TYPE (CandorCheckEditor, candor_check_editor, CANDOR, CHECK_EDITOR, AdwWindow)

/* Changes apply on Save; Cancel (or Escape) leaves the check as it was. */
CandorCheckEditor *candor_check_editor_new                (GtkWindow         *parent,
                                                           CandorJournal     *journal,
                                                           CandorCheck       *check);
/* "Suggest Others": three questions from the pool, none used with this person
 * in their last six checks nor shown right now. */
void               candor_check_editor_suggest_others     (CandorCheckEditor *self);
const char        *candor_check_editor_get_question_id    (CandorCheckEditor *self,
                                                           guint              index);
const char        *candor_check_editor_get_question_text  (CandorCheckEditor *self,
                                                           guint              index);
void               candor_check_editor_set_question_text  (CandorCheckEditor *self,
                                                           guint              index,
                                                           const char        *text);
/* Adds a commitment (due a week after the check) to be saved with it. */
void               candor_check_editor_add_commitment     (CandorCheckEditor *self,
                                                           const char        *text);
void               candor_check_editor_save               (CandorCheckEditor *self);

G_END_DECLS
