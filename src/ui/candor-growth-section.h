/* candor-growth-section.h — boundaries and each person's private growth space
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "candor-session.h"

G_BEGIN_DECLS

#define CANDOR_TYPE_GROWTH_SECTION (candor_growth_section_get_type ())

G_DECLARE_FINAL_TYPE (CandorGrowthSection, candor_growth_section, CANDOR, GROWTH_SECTION, GtkWidget)

GtkWidget     *candor_growth_section_new           (void);
CandorSession *candor_growth_section_get_session   (CandorGrowthSection *self);
void           candor_growth_section_set_session   (CandorGrowthSection *self,
                                                    CandorSession       *session);
/* Whose space is shown: that person's own entries and what others shared with them. */
const char    *candor_growth_section_get_person_id (CandorGrowthSection *self);
void           candor_growth_section_set_person_id (CandorGrowthSection *self,
                                                    const char          *person_id);

G_END_DECLS
