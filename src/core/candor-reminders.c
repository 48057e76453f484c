/* candor-reminders.c — which Connection Check reminders are due, and when the next one is
 *
 * Two kinds of reminder, both pure functions of the journal and a moment, so that they
 * can be tested with fixed times:
 *
 * - a scheduled check, CANDOR_REMINDER_CHECK_LEAD_MINUTES before it starts (the same
 *   15 minutes as the VALARM of the .ics export). It is sent from then until the check
 *   starts, never after (whoever opens the app during the check is already there), and is
 *   worth showing until the check ends. Held and skipped checks, and checks with someone
 *   archived (or no longer in the journal), have none.
 * - an open commitment, on its due day from CANDOR_REMINDER_COMMITMENT_HOUR local time
 *   to the end of that day. Done commitments have none.
 *
 * "Local" is the time zone of the @now the caller passes. Start times are moments, so a
 * check's reminder is exactly 15 minutes before it, across a DST change too; a due date
 * names a day, and its reminder is at 09:00 on the wall clock of that day.
 *
 * Nothing twice: candor_reminders_due() skips the reminders whose key is in @sent and
 * adds the ones it returns. The key is the entry's id plus the moment it is about, so a
 * check moved to another time is announced again, the same check at the same time never.
 * The caller keeps @sent in memory for as long as it runs (not in the journal): locking
 * and unlocking again sends nothing new, and after a restart a reminder still in its
 * window comes once more, under the same notification id, so it replaces the earlier
 * one rather than adding a second.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include "candor-reminders.h"

void
candor_reminder_free (CandorReminder *reminder)
{
  if (reminder == NULL)
    return;

  g_free (reminder->id);
  g_free (reminder->key);
  g_clear_object (&reminder->entry);
  g_clear_object (&reminder->person);
  g_clear_pointer (&reminder->at, g_date_time_unref);
  g_clear_pointer (&reminder->until, g_date_time_unref);
  g_clear_pointer (&reminder->expires, g_date_time_unref);
  g_free (reminder);
}

static CandorPerson *
active_person (CandorJournal *journal,
               const char    *person_id)
{
  CandorPerson *person;

  if (person_id == NULL)
    return NULL;

  person = candor_journal_get_person_by_id (journal, person_id);
  if (person == NULL || candor_person_get_archived (person))
    return NULL;

  return person;
}

static CandorReminder *
check_reminder (CandorJournal *journal,
                CandorCheck   *check)
{
  GDateTime *start = candor_check_get_start (check);
  CandorPerson *person;
  CandorReminder *reminder;

  if (candor_check_get_status (check) != CANDOR_CHECK_STATUS_SCHEDULED || start == NULL)
    return NULL;

  person = active_person (journal, candor_check_get_person_id (check));
  if (person == NULL)
    return NULL;

  reminder = g_new0 (CandorReminder, 1);
  reminder->kind = CANDOR_REMINDER_CHECK;
  reminder->id = g_strconcat ("check-", candor_entry_get_id (CANDOR_ENTRY (check)), NULL);
  reminder->key = g_strdup_printf ("%s@%" G_GINT64_FORMAT, reminder->id,
                                   g_date_time_to_unix (start));
  reminder->entry = g_object_ref (CANDOR_ENTRY (check));
  reminder->person = g_object_ref (person);
  reminder->at = g_date_time_add_minutes (start, -CANDOR_REMINDER_CHECK_LEAD_MINUTES);
  reminder->until = g_date_time_ref (start);
  reminder->expires = g_date_time_add_minutes (start, MAX (1, candor_check_get_duration (check)));
  reminder->shareable = !candor_check_get_private (check);

  return reminder;
}

static CandorReminder *
commitment_reminder (CandorJournal    *journal,
                     CandorCommitment *commitment,
                     GTimeZone        *tz)
{
  GDateTime *due = candor_commitment_get_due (commitment);
  const char *check_id = candor_commitment_get_check_id (commitment);
  CandorCheck *check = NULL;
  CandorPerson *person;
  CandorReminder *reminder;
  g_autoptr(GDateTime) day_start = NULL;
  int year, month, day;

  if (candor_commitment_get_done (commitment) != NULL || due == NULL)
    return NULL;

  person = active_person (journal, candor_commitment_get_person_id (commitment));
  if (person == NULL)
    return NULL;

  /* The due date is 00:00 UTC naming a day: read the day there, place it here. */
  g_date_time_get_ymd (due, &year, &month, &day);
  day_start = g_date_time_new (tz, year, month, day, 0, 0, 0);
  if (day_start == NULL)
    return NULL;

  if (check_id != NULL)
    check = candor_journal_get_check_by_id (journal, check_id);

  reminder = g_new0 (CandorReminder, 1);
  reminder->kind = CANDOR_REMINDER_COMMITMENT;
  reminder->id = g_strconcat ("commitment-", candor_entry_get_id (CANDOR_ENTRY (commitment)),
                              NULL);
  reminder->key = g_strdup_printf ("%s@%04d-%02d-%02d", reminder->id, year, month, day);
  reminder->entry = g_object_ref (CANDOR_ENTRY (commitment));
  reminder->person = g_object_ref (person);
  reminder->at = g_date_time_new (tz, year, month, day, CANDOR_REMINDER_COMMITMENT_HOUR, 0, 0);
  reminder->until = g_date_time_add_days (day_start, 1);
  reminder->expires = g_date_time_ref (reminder->until);
  /* A commitment from a private check (or one whose check is not loaded) keeps its
   * words to itself. */
  reminder->shareable = check != NULL && !candor_check_get_private (check);

  return reminder;
}

/* Keeps @reminder if it is live at @now and moves @next to the first moment after @now at
 * which it changes (it becomes due, or stops being worth showing). */
static void
consider (GPtrArray       *live,
          CandorReminder  *reminder,
          GDateTime       *now,
          GDateTime      **next)
{
  GDateTime *change = NULL;

  if (reminder == NULL)
    return;

  if (g_date_time_compare (reminder->at, now) > 0)
    change = reminder->at;
  else if (g_date_time_compare (now, reminder->expires) < 0)
    change = reminder->expires;

  if (change != NULL && (*next == NULL || g_date_time_compare (change, *next) < 0))
    {
      g_clear_pointer (next, g_date_time_unref);
      *next = g_date_time_ref (change);
    }

  if (g_date_time_compare (reminder->at, now) <= 0 &&
      g_date_time_compare (now, reminder->expires) < 0)
    g_ptr_array_add (live, reminder);
  else
    candor_reminder_free (reminder);
}

static int
compare_reminders (gconstpointer a,
                   gconstpointer b)
{
  const CandorReminder *ra = *(CandorReminder **) a;
  const CandorReminder *rb = *(CandorReminder **) b;
  int order = g_date_time_compare (ra->at, rb->at);

  return order != 0 ? order : g_strcmp0 (ra->id, rb->id);
}

/**
 * candor_reminders_live:
 * @journal: the journal
 * @now: the present moment; its time zone is the local one for due days
 * @next: (out) (optional) (nullable) (transfer full): the first moment after @now at
 *   which the answer changes, or %NULL when nothing is coming
 *
 * The reminders worth showing at @now, whether already sent or not: those whose entry
 * has since been held, done, removed or moved are not among them, so their notification
 * can be withdrawn.
 *
 * Returns: (transfer container) (element-type CandorReminder): sorted by the time
 *   they became due
 */
GPtrArray *
candor_reminders_live (CandorJournal  *journal,
                       GDateTime      *now,
                       GDateTime     **next)
{
  g_autoptr(GPtrArray) live = NULL;
  GDateTime *first = NULL;
  GTimeZone *tz;
  GListModel *model;

  g_return_val_if_fail (CANDOR_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  live = g_ptr_array_new_with_free_func ((GDestroyNotify) candor_reminder_free);
  tz = g_date_time_get_timezone (now);

  model = candor_journal_get_checks (journal);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CandorCheck) check = g_list_model_get_item (model, i);

      consider (live, check_reminder (journal, check), now, &first);
    }

  model = candor_journal_get_commitments (journal);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CandorCommitment) commitment = g_list_model_get_item (model, i);

      consider (live, commitment_reminder (journal, commitment, tz), now, &first);
    }

  g_ptr_array_sort (live, compare_reminders);

  if (next != NULL)
    *next = first;
  else
    g_clear_pointer (&first, g_date_time_unref);

  return g_steal_pointer (&live);
}

/**
 * candor_reminders_due:
 * @journal: the journal
 * @now: the present moment; its time zone is the local one for due days
 * @sent: a set of keys (strings freed with g_free()): the reminders already sent
 * @next: (out) (optional) (nullable) (transfer full): as for candor_reminders_live()
 *
 * The reminders to send at @now: live, still before their @until, and not in @sent.
 * Their keys are added to @sent.
 *
 * Returns: (transfer container) (element-type CandorReminder): sorted by the time
 *   they became due
 */
GPtrArray *
candor_reminders_due (CandorJournal  *journal,
                      GDateTime      *now,
                      GHashTable     *sent,
                      GDateTime     **next)
{
  g_autoptr(GPtrArray) live = NULL;
  GPtrArray *due;

  g_return_val_if_fail (CANDOR_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (now != NULL, NULL);
  g_return_val_if_fail (sent != NULL, NULL);

  live = candor_reminders_live (journal, now, next);
  due = g_ptr_array_new_with_free_func ((GDestroyNotify) candor_reminder_free);

  for (guint i = 0; i < live->len;)
    {
      CandorReminder *reminder = g_ptr_array_index (live, i);

      if (g_date_time_compare (now, reminder->until) >= 0 ||
          g_hash_table_contains (sent, reminder->key))
        {
          i++;
          continue;
        }

      g_hash_table_add (sent, g_strdup (reminder->key));
      g_ptr_array_add (due, g_ptr_array_steal_index (live, i));
    }

  return due;
}
