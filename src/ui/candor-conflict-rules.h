/* candor-conflict-rules.h — the rules a couple agrees on for fighting fair
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "candor-journal.h"

G_BEGIN_DECLS

#define CANDOR_TYPE_CONFLICT_RULES (candor_conflict_rules_get_type ())

G_DECLARE_FINAL_TYPE (CandorConflictRules, candor_conflict_rules, CANDOR, CONFLICT_RULES, AdwPreferencesGroup)

void         candor_conflict_rules_set_journal (CandorConflictRules *self,
                                                CandorJournal       *journal);
/* The list shown: the journal's, or the suggested rules before any were saved. */
GListModel  *candor_conflict_rules_get_rules   (CandorConflictRules *self);
/* The brief's defaults, translated. */
char       **candor_conflict_rules_dup_defaults (void);

G_END_DECLS
