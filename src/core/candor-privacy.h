/* candor-privacy.h — who may see which entry: private boundaries and growth journals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything that shows one person's view, or that is made for the couple
 * (the printed weekly reflection, an export for both), goes through these.
 * A growth entry is its author's only, always. A boundary is its author's
 * only until they share it.
 */
#pragma once

#include "candor-boundary.h"
#include "candor-growth-entry.h"

G_BEGIN_DECLS

gboolean    candor_privacy_can_see            (CandorEntry *entry,
                                               const char  *viewer_id);
gboolean    candor_privacy_is_for_couple      (CandorEntry *entry);
gboolean    candor_privacy_is_author          (CandorEntry *entry,
                                               const char  *person_id);

/* A new list of the entries of @model that @viewer_id may see, in order. */
GListModel *candor_privacy_list_visible       (GListModel  *model,
                                               const char  *viewer_id);
/* The same for what is made for the couple: no growth entry, shared boundaries only. */
GListModel *candor_privacy_list_for_couple    (GListModel  *model);

/* Boundaries of @model that @viewer_id may see and that are due a revisit at @now. */
guint       candor_privacy_count_revisits_due (GListModel  *boundaries,
                                               const char  *viewer_id,
                                               GDateTime   *now);

G_END_DECLS
