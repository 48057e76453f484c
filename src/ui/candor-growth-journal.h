/* candor-growth-journal.h — one person's private growth journal
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "candor-journal.h"

G_BEGIN_DECLS

#define CANDOR_TYPE_GROWTH_JOURNAL (candor_growth_journal_get_type ())

G_DECLARE_FINAL_TYPE (CandorGrowthJournal, candor_growth_journal, CANDOR, GROWTH_JOURNAL, GtkWidget)

CandorJournal *candor_growth_journal_get_journal   (CandorGrowthJournal *self);
void           candor_growth_journal_set_journal   (CandorGrowthJournal *self,
                                                    CandorJournal       *journal);
const char    *candor_growth_journal_get_person_id (CandorGrowthJournal *self);
void           candor_growth_journal_set_person_id (CandorGrowthJournal *self,
                                                    const char          *person_id);

G_END_DECLS
