/* candor-privacy.c — who may see which entry: private boundaries and growth journals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include "candor-privacy.h"

/**
 * candor_privacy_is_author:
 *
 * Returns: whether @person_id wrote @entry (a boundary or a growth entry)
 */
gboolean
candor_privacy_is_author (CandorEntry *entry,
                          const char  *person_id)
{
  g_return_val_if_fail (CANDOR_IS_ENTRY (entry), FALSE);

  if (person_id == NULL)
    return FALSE;

  if (CANDOR_IS_BOUNDARY (entry))
    return g_strcmp0 (candor_boundary_get_person_id (CANDOR_BOUNDARY (entry)), person_id) == 0;

  if (CANDOR_IS_GROWTH_ENTRY (entry))
    return g_strcmp0 (candor_growth_entry_get_person_id (CANDOR_GROWTH_ENTRY (entry)),
                      person_id) == 0;

  return FALSE;
}

/**
 * candor_privacy_can_see:
 * @viewer_id: (nullable): the person whose view it is; %NULL for nobody in particular
 *
 * Returns: whether @entry may show in @viewer_id's view: a growth entry to its
 *   author only, a boundary to its author and, once shared, to everyone;
 *   other entries to everyone
 */
gboolean
candor_privacy_can_see (CandorEntry *entry,
                        const char  *viewer_id)
{
  g_return_val_if_fail (CANDOR_IS_ENTRY (entry), FALSE);

  if (CANDOR_IS_GROWTH_ENTRY (entry))
    return candor_privacy_is_author (entry, viewer_id);

  if (CANDOR_IS_BOUNDARY (entry))
    return candor_boundary_is_shared (CANDOR_BOUNDARY (entry)) ||
           candor_privacy_is_author (entry, viewer_id);

  return TRUE;
}

/**
 * candor_privacy_is_for_couple:
 *
 * Returns: whether @entry may go into what is made for both people (the
 *   printed weekly reflection, an export for the couple): never a growth
 *   entry, a boundary only once shared
 */
gboolean
candor_privacy_is_for_couple (CandorEntry *entry)
{
  return candor_privacy_can_see (entry, NULL);
}

static GListModel *
filter (GListModel *model,
        gboolean    for_couple,
        const char *viewer_id)
{
  GListStore *store = g_list_store_new (CANDOR_TYPE_ENTRY);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CandorEntry) entry = g_list_model_get_item (model, i);

      if (for_couple ? candor_privacy_is_for_couple (entry)
                     : candor_privacy_can_see (entry, viewer_id))
        g_list_store_append (store, entry);
    }

  return G_LIST_MODEL (store);
}

/**
 * candor_privacy_list_visible:
 * @model: a list of #CandorEntry
 * @viewer_id: (nullable): whose view
 *
 * Returns: (transfer full): a snapshot of what @viewer_id may see
 */
GListModel *
candor_privacy_list_visible (GListModel *model,
                             const char *viewer_id)
{
  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);

  return filter (model, FALSE, viewer_id);
}

/**
 * candor_privacy_list_for_couple:
 * @model: a list of #CandorEntry
 *
 * Returns: (transfer full): a snapshot of what may be shown to both
 */
GListModel *
candor_privacy_list_for_couple (GListModel *model)
{
  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);

  return filter (model, TRUE, NULL);
}

guint
candor_privacy_count_revisits_due (GListModel *boundaries,
                                   const char *viewer_id,
                                   GDateTime  *now)
{
  guint n, due = 0;

  g_return_val_if_fail (G_IS_LIST_MODEL (boundaries), 0);
  g_return_val_if_fail (now != NULL, 0);

  n = g_list_model_get_n_items (boundaries);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CandorEntry) entry = g_list_model_get_item (boundaries, i);

      if (CANDOR_IS_BOUNDARY (entry) &&
          candor_privacy_can_see (entry, viewer_id) &&
          candor_boundary_needs_revisit (CANDOR_BOUNDARY (entry), now))
        due++;
    }

  return due;
}
