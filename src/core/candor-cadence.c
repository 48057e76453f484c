/* candor-cadence.c — how a month's Connection Checks compare with each person's cadence
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "candor-cadence.h"

gboolean
candor_cadence_check_is_overdue (CandorCheck *check,
                                 GDateTime   *now)
{
  GDateTime *start;
  g_autoptr(GDateTime) end = NULL;

  g_return_val_if_fail (CANDOR_IS_CHECK (check), FALSE);

  if (candor_check_get_status (check) != CANDOR_CHECK_STATUS_SCHEDULED)
    return FALSE;
  start = candor_check_get_start (check);
  if (start == NULL)
    return FALSE;
  end = g_date_time_add_minutes (start, candor_check_get_duration (check));
  return g_date_time_compare (end, now) <= 0;
}

static gboolean
in_month (GDateTime *date_time,
          int        year,
          int        month,
          GTimeZone *tz)
{
  g_autoptr(GDateTime) local = NULL;

  if (date_time == NULL)
    return FALSE;
  local = g_date_time_to_timezone (date_time, tz);
  return g_date_time_get_year (local) == year && g_date_time_get_month (local) == month;
}

void
candor_cadence_compute (CandorJournal      *journal,
                        CandorPerson       *person,
                        int                 year,
                        int                 month,
                        GTimeZone          *tz,
                        GDateTime          *now,
                        CandorCadenceMonth *result)
{
  GListModel *checks;
  const char *person_id;
  guint planned;

  g_return_if_fail (CANDOR_IS_JOURNAL (journal));
  g_return_if_fail (CANDOR_IS_PERSON (person));
  g_return_if_fail (result != NULL);

  memset (result, 0, sizeof *result);
  result->cadence = candor_person_get_cadence (person);
  person_id = candor_entry_get_id (CANDOR_ENTRY (person));
  checks = candor_journal_get_checks (journal);

  for (guint i = 0; i < g_list_model_get_n_items (checks); i++)
    {
      g_autoptr(CandorCheck) check = g_list_model_get_item (checks, i);

      if (g_strcmp0 (candor_check_get_person_id (check), person_id) != 0 ||
          !in_month (candor_check_get_start (check), year, month, tz))
        continue;

      switch (candor_check_get_status (check))
        {
        case CANDOR_CHECK_STATUS_HELD:
          result->held++;
          break;
        case CANDOR_CHECK_STATUS_SKIPPED:
          result->skipped++;
          break;
        case CANDOR_CHECK_STATUS_SCHEDULED:
        default:
          if (candor_cadence_check_is_overdue (check, now))
            result->overdue++;
          else
            result->scheduled++;
          break;
        }
    }

  planned = result->held + result->scheduled;
  result->missing = planned < result->cadence ? result->cadence - planned : 0;
}

gboolean
candor_cadence_is_below (const CandorCadenceMonth *month)
{
  return month->missing > 0;
}

static GDateTime *
month_end (int        year,
           int        month,
           GTimeZone *tz)
{
  g_autoptr(GDateTime) first = g_date_time_new (tz, year, month, 1, 0, 0, 0);

  return g_date_time_add_months (first, 1);
}

GPtrArray *
candor_cadence_people_below (CandorJournal *journal,
                             int            year,
                             int            month,
                             GTimeZone     *tz,
                             GDateTime     *now)
{
  GListModel *people = candor_journal_get_people (journal);
  g_autoptr(GDateTime) end = month_end (year, month, tz);
  GPtrArray *below = g_ptr_array_new_with_free_func (g_object_unref);

  if (g_date_time_compare (end, now) <= 0)
    return below;

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(CandorPerson) person = g_list_model_get_item (people, i);
      CandorCadenceMonth result;

      if (candor_person_get_archived (person) || candor_person_get_is_me (person) ||
          candor_person_get_cadence (person) == 0)
        continue;

      candor_cadence_compute (journal, person, year, month, tz, now, &result);
      if (candor_cadence_is_below (&result))
        g_ptr_array_add (below, g_object_ref (person));
    }

  return below;
}

static gboolean
person_has_check_on (CandorJournal *journal,
                     const char    *person_id,
                     GDateTime     *day,
                     GTimeZone     *tz)
{
  GListModel *checks = candor_journal_get_checks (journal);

  for (guint i = 0; i < g_list_model_get_n_items (checks); i++)
    {
      g_autoptr(CandorCheck) check = g_list_model_get_item (checks, i);
      g_autoptr(GDateTime) local = NULL;

      if (g_strcmp0 (candor_check_get_person_id (check), person_id) != 0 ||
          candor_check_get_start (check) == NULL ||
          candor_check_get_status (check) == CANDOR_CHECK_STATUS_SKIPPED)
        continue;
      local = g_date_time_to_timezone (candor_check_get_start (check), tz);
      if (g_date_time_get_year (local) == g_date_time_get_year (day) &&
          g_date_time_get_day_of_year (local) == g_date_time_get_day_of_year (day))
        return TRUE;
    }

  return FALSE;
}

GPtrArray *
candor_cadence_propose (CandorJournal *journal,
                        CandorPerson  *person,
                        int            year,
                        int            month,
                        guint          n,
                        GTimeZone     *tz,
                        GDateTime     *now)
{
  g_autoptr(GPtrArray) days = g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_time_unref);
  GPtrArray *proposals = g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_time_unref);
  const char *person_id;
  int n_days;

  g_return_val_if_fail (CANDOR_IS_JOURNAL (journal), proposals);
  g_return_val_if_fail (CANDOR_IS_PERSON (person), proposals);

  person_id = candor_entry_get_id (CANDOR_ENTRY (person));
  n_days = g_date_get_days_in_month (month, year);

  for (int d = 1; d <= n_days; d++)
    {
      g_autoptr(GDateTime) at = g_date_time_new (tz, year, month, d,
                                                 CANDOR_CADENCE_PROPOSED_HOUR, 0, 0);

      if (at == NULL || g_date_time_compare (at, now) <= 0)
        continue;
      if (person_has_check_on (journal, person_id, at, tz))
        continue;
      g_ptr_array_add (days, g_steal_pointer (&at));
    }

  if (n > days->len)
    n = days->len;

  /* The middle of each of n equal stretches of the days left. */
  for (guint i = 0; i < n; i++)
    {
      guint index = (guint) (((2 * (guint64) i + 1) * days->len) / (2 * (guint64) n));
      g_ptr_array_add (proposals, g_date_time_ref (g_ptr_array_index (days, index)));
    }

  return proposals;
}

static int
compare_start_descending (gconstpointer a,
                          gconstpointer b)
{
  CandorCheck *ca = *(CandorCheck **) a;
  CandorCheck *cb = *(CandorCheck **) b;

  return g_date_time_compare (candor_check_get_start (cb), candor_check_get_start (ca));
}

GPtrArray *
candor_cadence_recent_checks (CandorJournal *journal,
                              const char    *person_id,
                              GDateTime     *before,
                              guint          n)
{
  GListModel *checks = candor_journal_get_checks (journal);
  GPtrArray *recent = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (checks); i++)
    {
      g_autoptr(CandorCheck) check = g_list_model_get_item (checks, i);
      GDateTime *start = candor_check_get_start (check);

      if (g_strcmp0 (candor_check_get_person_id (check), person_id) != 0 || start == NULL)
        continue;
      if (before != NULL && g_date_time_compare (start, before) >= 0)
        continue;
      g_ptr_array_add (recent, g_steal_pointer (&check));
    }

  g_ptr_array_sort (recent, compare_start_descending);
  if (recent->len > n)
    g_ptr_array_set_size (recent, n);

  return recent;
}
