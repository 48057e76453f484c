/* candor-growth-entry.h — a page of one person's private growth journal
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "candor-entry.h"

G_BEGIN_DECLS

typedef enum
{
  CANDOR_GROWTH_KIND_JOURNALING,
  CANDOR_GROWTH_KIND_SELF_COMPASSION,
  CANDOR_GROWTH_KIND_PATTERN,
} CandorGrowthKind;

#define CANDOR_TYPE_GROWTH_KIND (candor_growth_kind_get_type ())
GType candor_growth_kind_get_type (void);

#define CANDOR_TYPE_GROWTH_ENTRY (candor_growth_entry_get_type ())

/* Always private to its author: never in the other person's view, in the
 * weekly reflection or in anything printed or exported for the couple. */
G_DECLARE_FINAL_TYPE (CandorGrowthEntry, candor_growth_entry, CANDOR, GROWTH_ENTRY, CandorEntry)

CandorGrowthEntry   *candor_growth_entry_new           (const char        *person_id,
                                                        CandorGrowthKind   kind,
                                                        GDateTime         *date);
const char          *candor_growth_entry_get_person_id (CandorGrowthEntry *self);
void                 candor_growth_entry_set_person_id (CandorGrowthEntry *self,
                                                        const char        *person_id);
CandorGrowthKind     candor_growth_entry_get_kind      (CandorGrowthEntry *self);
void                 candor_growth_entry_set_kind      (CandorGrowthEntry *self,
                                                        CandorGrowthKind   kind);
GDateTime           *candor_growth_entry_get_date      (CandorGrowthEntry *self);
void                 candor_growth_entry_set_date      (CandorGrowthEntry *self,
                                                        GDateTime         *date);
const char          *candor_growth_entry_get_prompt_id (CandorGrowthEntry *self);
void                 candor_growth_entry_set_prompt_id (CandorGrowthEntry *self,
                                                        const char        *prompt_id);
const char          *candor_growth_entry_get_text      (CandorGrowthEntry *self);
void                 candor_growth_entry_set_text      (CandorGrowthEntry *self,
                                                        const char        *text);
const char * const  *candor_growth_entry_get_feelings  (CandorGrowthEntry *self);
void                 candor_growth_entry_set_feelings  (CandorGrowthEntry  *self,
                                                        const char * const *feelings);

G_END_DECLS
