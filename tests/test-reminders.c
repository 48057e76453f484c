/* test-reminders.c — Connection Check and commitment reminders, on fixed times
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "candor-reminders.h"

typedef struct {
  GTimeZone     *tz;
  CandorJournal *journal;
  CandorPerson  *sam;
  GHashTable    *sent;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(CandorPerson) alex = candor_person_new ("Alex", CANDOR_RELATIONSHIP_PARTNER);

  f->tz = g_time_zone_new_identifier ("Europe/Berlin");
  if (f->tz == NULL)
    {
      g_test_skip ("No Europe/Berlin time zone data");
      return;
    }

  f->journal = candor_journal_new ();
  f->sam = candor_person_new ("Sam", CANDOR_RELATIONSHIP_PARTNER);
  candor_person_set_is_me (alex, TRUE);
  candor_journal_add_person (f->journal, alex);
  candor_journal_add_person (f->journal, f->sam);
  f->sent = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->sent, g_hash_table_unref);
  g_clear_object (&f->sam);
  g_clear_object (&f->journal);
  g_clear_pointer (&f->tz, g_time_zone_unref);
}

static GDateTime *
local (Fixture *f,
       int      year,
       int      month,
       int      day,
       int      hour,
       int      minute)
{
  return g_date_time_new (f->tz, year, month, day, hour, minute, 0);
}

static CandorCheck *
add_check (Fixture   *f,
           GDateTime *start)
{
  g_autoptr(CandorCheck) check =
    candor_check_new (candor_entry_get_id (CANDOR_ENTRY (f->sam)), start);

  candor_journal_add_check (f->journal, check);
  return check;
}

static CandorCommitment *
add_commitment (Fixture     *f,
                CandorCheck *check,
                int          year,
                int          month,
                int          day)
{
  g_autoptr(GDateTime) due = candor_day_new (year, month, day);
  g_autoptr(CandorCommitment) commitment =
    candor_commitment_new (candor_entry_get_id (CANDOR_ENTRY (f->sam)),
                           check != NULL ? candor_entry_get_id (CANDOR_ENTRY (check)) : NULL,
                           "Book the weekend walk");

  candor_commitment_set_due (commitment, due);
  candor_journal_add_commitment (f->journal, commitment);
  return commitment;
}

/* The reminders due at @now, and the next moment in *@next. */
static GPtrArray *
due_at (Fixture    *f,
        GDateTime  *now,
        GDateTime **next)
{
  GDateTime *later = NULL;
  GPtrArray *due = candor_reminders_due (f->journal, now, f->sent, &later);

  if (next != NULL)
    *next = later;
  else
    g_clear_pointer (&later, g_date_time_unref);

  return due;
}

static void
assert_same_moment (GDateTime *a,
                    GDateTime *b)
{
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpint (g_date_time_to_unix (a), ==, g_date_time_to_unix (b));
}

/* A check at 19:30 is announced from 19:15 until it starts, once. */
static void
test_check_due (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) before = NULL;
  g_autoptr(GDateTime) lead = NULL;
  g_autoptr(GDateTime) during = NULL;
  g_autoptr(GDateTime) started = NULL;
  g_autoptr(GDateTime) ended = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autoptr(GDateTime) next = NULL;
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GPtrArray) live = NULL;
  g_autoptr(GPtrArray) gone = NULL;
  CandorReminder *reminder;
  CandorCheck *check;

  if (f->tz == NULL)
    return;

  start = local (f, 2025, 6, 10, 19, 30);
  before = local (f, 2025, 6, 10, 19, 14);
  lead = local (f, 2025, 6, 10, 19, 15);
  during = local (f, 2025, 6, 10, 19, 20);
  started = local (f, 2025, 6, 10, 19, 30);
  ended = local (f, 2025, 6, 10, 20, 0);
  check = add_check (f, start);

  /* A minute too early: nothing, and the next moment is 19:15. */
  none = due_at (f, before, &next);
  g_assert_cmpuint (none->len, ==, 0);
  assert_same_moment (next, lead);
  g_clear_pointer (&next, g_date_time_unref);

  due = due_at (f, lead, &next);
  g_assert_cmpuint (due->len, ==, 1);
  reminder = g_ptr_array_index (due, 0);
  g_assert_cmpint (reminder->kind, ==, CANDOR_REMINDER_CHECK);
  g_assert_true (reminder->entry == CANDOR_ENTRY (check));
  g_assert_true (reminder->person == f->sam);
  g_assert_true (g_str_has_prefix (reminder->id, "check-"));
  g_assert_true (g_str_has_suffix (reminder->id, candor_entry_get_id (CANDOR_ENTRY (check))));
  assert_same_moment (reminder->at, lead);
  assert_same_moment (reminder->until, start);
  end = g_date_time_add_minutes (start, CANDOR_CHECK_DEFAULT_DURATION);
  assert_same_moment (reminder->expires, end);
  /* Checks are private by default: nothing of them is shareable. */
  g_assert_false (reminder->shareable);
  /* Live until the check ends: that is the next moment something changes. */
  assert_same_moment (next, ended);

  /* Never twice, though it is still worth showing. */
  again = due_at (f, during, NULL);
  g_assert_cmpuint (again->len, ==, 0);
  live = candor_reminders_live (f->journal, during, NULL);
  g_assert_cmpuint (live->len, ==, 1);

  /* Opening the app once the check has started sends nothing. */
  g_hash_table_remove_all (f->sent);
  g_clear_pointer (&again, g_ptr_array_unref);
  again = due_at (f, started, NULL);
  g_assert_cmpuint (again->len, ==, 0);

  /* Once it is over, nothing is live and nothing is coming. */
  g_clear_pointer (&next, g_date_time_unref);
  gone = candor_reminders_live (f->journal, ended, &next);
  g_assert_cmpuint (gone->len, ==, 0);
  g_assert_null (next);
}

/* Held and skipped checks, and checks with someone archived, are not announced; a
 * rescheduled check is announced again. */
static void
test_check_excluded (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) later = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) now_later = NULL;
  g_autoptr(GDateTime) next = NULL;
  g_autoptr(GPtrArray) held = NULL;
  g_autoptr(GPtrArray) skipped = NULL;
  g_autoptr(GPtrArray) archived = NULL;
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(GPtrArray) moved = NULL;
  g_autoptr(GPtrArray) removed = NULL;
  g_autoptr(CandorPerson) jordan = candor_person_new ("Jordan", CANDOR_RELATIONSHIP_FRIEND);
  g_autoptr(CandorCheck) with_jordan = NULL;
  CandorCheck *check;

  if (f->tz == NULL)
    return;

  start = local (f, 2025, 6, 10, 19, 30);
  now = local (f, 2025, 6, 10, 19, 20);
  check = add_check (f, start);

  candor_check_set_status (check, CANDOR_CHECK_STATUS_HELD);
  held = due_at (f, now, &next);
  g_assert_cmpuint (held->len, ==, 0);
  g_assert_null (next);

  candor_check_set_status (check, CANDOR_CHECK_STATUS_SKIPPED);
  skipped = due_at (f, now, NULL);
  g_assert_cmpuint (skipped->len, ==, 0);

  /* A check with someone archived. */
  candor_journal_add_person (f->journal, jordan);
  with_jordan = candor_check_new (candor_entry_get_id (CANDOR_ENTRY (jordan)), start);
  candor_journal_add_check (f->journal, with_jordan);
  candor_person_set_archived (jordan, TRUE);
  archived = due_at (f, now, NULL);
  g_assert_cmpuint (archived->len, ==, 0);

  /* Back to scheduled: announced once. */
  candor_check_set_status (check, CANDOR_CHECK_STATUS_SCHEDULED);
  due = due_at (f, now, NULL);
  g_assert_cmpuint (due->len, ==, 1);
  g_assert_true (((CandorReminder *) g_ptr_array_index (due, 0))->entry == CANDOR_ENTRY (check));

  /* Moved an hour later: a new reminder when its time comes. */
  later = local (f, 2025, 6, 10, 20, 30);
  candor_check_set_start (check, later);
  now_later = local (f, 2025, 6, 10, 20, 20);
  moved = due_at (f, now_later, NULL);
  g_assert_cmpuint (moved->len, ==, 1);

  /* Removed: nothing live, so its notification can go. */
  candor_journal_remove_check (f->journal, check);
  removed = candor_reminders_live (f->journal, now_later, NULL);
  g_assert_cmpuint (removed->len, ==, 0);
}

/* Across both DST changes, a check is announced exactly 15 minutes before it. */
static void
test_check_dst (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GDateTime) spring_start = NULL;
  g_autoptr(GDateTime) spring_before = NULL;
  g_autoptr(GDateTime) spring_lead = NULL;
  g_autoptr(GDateTime) spring_next = NULL;
  g_autoptr(GDateTime) autumn_start = NULL;
  g_autoptr(GDateTime) autumn_lead = NULL;
  g_autoptr(GDateTime) autumn_next = NULL;
  g_autoptr(GDateTime) autumn_early = NULL;
  g_autoptr(GPtrArray) spring_none = NULL;
  g_autoptr(GPtrArray) spring_due = NULL;
  g_autoptr(GPtrArray) autumn_none = NULL;
  g_autoptr(GPtrArray) autumn_due = NULL;

  if (f->tz == NULL)
    return;

  /* Clocks go from 02:00 to 03:00 on 2025-03-30: a check at 03:10 (UTC+2) is announced at
   * 01:55 on the wall clock (UTC+1), 15 minutes before, not 75. */
  spring_start = local (f, 2025, 3, 30, 3, 10);
  g_assert_cmpint (g_date_time_get_utc_offset (spring_start), ==, 2 * G_TIME_SPAN_HOUR);
  add_check (f, spring_start);
  spring_before = local (f, 2025, 3, 30, 1, 54);
  spring_none = due_at (f, spring_before, &spring_next);
  g_assert_cmpuint (spring_none->len, ==, 0);
  g_assert_cmpint (g_date_time_difference (spring_start, spring_next), ==,
                   15 * G_TIME_SPAN_MINUTE);
  spring_lead = local (f, 2025, 3, 30, 1, 55);
  g_assert_cmpint (g_date_time_get_utc_offset (spring_lead), ==, 1 * G_TIME_SPAN_HOUR);
  assert_same_moment (spring_next, spring_lead);
  spring_due = due_at (f, spring_lead, NULL);
  g_assert_cmpuint (spring_due->len, ==, 1);

  /* Clocks go from 03:00 back to 02:00 on 2025-10-26: a check at the second 02:05 (UTC+1,
   * 01:05 UTC) is announced at 02:50 of the first pass (UTC+2, 00:50 UTC). */
  autumn_start = g_date_time_new_utc (2025, 10, 26, 1, 5, 0);
  add_check (f, autumn_start);
  autumn_early = g_date_time_new_utc (2025, 10, 26, 0, 49, 0);
  autumn_none = due_at (f, autumn_early, &autumn_next);
  g_assert_cmpuint (autumn_none->len, ==, 0);
  g_assert_cmpint (g_date_time_difference (autumn_start, autumn_next), ==,
                   15 * G_TIME_SPAN_MINUTE);
  autumn_lead = g_date_time_to_timezone (autumn_next, f->tz);
  g_assert_cmpint (g_date_time_get_hour (autumn_lead), ==, 2);
  g_assert_cmpint (g_date_time_get_minute (autumn_lead), ==, 50);
  g_assert_cmpint (g_date_time_get_utc_offset (autumn_lead), ==, 2 * G_TIME_SPAN_HOUR);
  autumn_due = due_at (f, autumn_lead, NULL);
  g_assert_cmpuint (autumn_due->len, ==, 1);
}

/* A commitment is announced on its due day from 09:00 local time, unless it is done. */
static void
test_commitment_due (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) early = NULL;
  g_autoptr(GDateTime) nine = NULL;
  g_autoptr(GDateTime) evening = NULL;
  g_autoptr(GDateTime) midnight = NULL;
  g_autoptr(GDateTime) next = NULL;
  g_autoptr(GDateTime) done = NULL;
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GPtrArray) live = NULL;
  g_autoptr(GPtrArray) gone = NULL;
  g_autoptr(GPtrArray) after_done = NULL;
  CandorReminder *reminder;
  CandorCommitment *commitment;
  CandorCommitment *shared;
  CandorCheck *check;

  if (f->tz == NULL)
    return;

  start = local (f, 2025, 6, 3, 19, 30);
  check = add_check (f, start);
  candor_check_set_status (check, CANDOR_CHECK_STATUS_HELD);
  commitment = add_commitment (f, check, 2025, 6, 10);

  early = local (f, 2025, 6, 10, 8, 59);
  none = due_at (f, early, &next);
  g_assert_cmpuint (none->len, ==, 0);
  nine = local (f, 2025, 6, 10, 9, 0);
  assert_same_moment (next, nine);
  g_clear_pointer (&next, g_date_time_unref);

  due = due_at (f, nine, &next);
  g_assert_cmpuint (due->len, ==, 1);
  reminder = g_ptr_array_index (due, 0);
  g_assert_cmpint (reminder->kind, ==, CANDOR_REMINDER_COMMITMENT);
  g_assert_true (reminder->entry == CANDOR_ENTRY (commitment));
  g_assert_true (reminder->person == f->sam);
  g_assert_true (g_str_has_prefix (reminder->id, "commitment-"));
  /* From a private check: its words stay out of the notification. */
  g_assert_false (reminder->shareable);
  midnight = local (f, 2025, 6, 11, 0, 0);
  assert_same_moment (reminder->until, midnight);
  assert_same_moment (next, midnight);

  /* Not twice on the same day. */
  evening = local (f, 2025, 6, 10, 22, 0);
  again = due_at (f, evening, NULL);
  g_assert_cmpuint (again->len, ==, 0);
  live = candor_reminders_live (f->journal, evening, NULL);
  g_assert_cmpuint (live->len, ==, 1);

  /* The next day it is overdue (Today shows that), not announced. */
  g_hash_table_remove_all (f->sent);
  gone = due_at (f, midnight, NULL);
  g_assert_cmpuint (gone->len, ==, 0);

  /* Done: not announced, not live. A commitment from a check that is not private may
   * show its words. */
  done = local (f, 2025, 6, 9, 20, 0);
  candor_commitment_set_done (commitment, done);
  candor_check_set_private (check, FALSE);
  shared = add_commitment (f, check, 2025, 6, 10);
  after_done = due_at (f, evening, NULL);
  g_assert_cmpuint (after_done->len, ==, 1);
  reminder = g_ptr_array_index (after_done, 0);
  g_assert_true (reminder->entry == CANDOR_ENTRY (shared));
  g_assert_true (reminder->shareable);
}

/* The due day's 09:00 is on the wall clock, on the short and the long day too. */
static void
test_commitment_dst (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GDateTime) spring_eight = NULL;
  g_autoptr(GDateTime) spring_nine = NULL;
  g_autoptr(GDateTime) spring_next = NULL;
  g_autoptr(GDateTime) autumn_nine = NULL;
  g_autoptr(GDateTime) spring_utc = NULL;
  g_autoptr(GDateTime) autumn_utc = NULL;
  g_autoptr(GPtrArray) spring_none = NULL;
  g_autoptr(GPtrArray) spring_due = NULL;
  g_autoptr(GPtrArray) autumn_due = NULL;
  CandorReminder *reminder;

  if (f->tz == NULL)
    return;

  add_commitment (f, NULL, 2025, 3, 30);
  spring_eight = local (f, 2025, 3, 30, 8, 0);
  spring_none = due_at (f, spring_eight, &spring_next);
  g_assert_cmpuint (spring_none->len, ==, 0);
  spring_utc = g_date_time_to_utc (spring_next);
  g_assert_cmpint (g_date_time_get_hour (spring_utc), ==, 7);  /* 09:00 UTC+2 */
  spring_nine = local (f, 2025, 3, 30, 9, 0);
  spring_due = due_at (f, spring_nine, NULL);
  g_assert_cmpuint (spring_due->len, ==, 1);
  reminder = g_ptr_array_index (spring_due, 0);
  /* No check to ask: shown without its words. */
  g_assert_false (reminder->shareable);
  /* Until midnight on the wall clock. */
  g_assert_cmpint (g_date_time_difference (reminder->until, reminder->at), ==,
                   15 * G_TIME_SPAN_HOUR);

  add_commitment (f, NULL, 2025, 10, 26);
  autumn_nine = local (f, 2025, 10, 26, 9, 0);
  g_assert_cmpint (g_date_time_get_utc_offset (autumn_nine), ==, 1 * G_TIME_SPAN_HOUR);
  autumn_due = due_at (f, autumn_nine, NULL);
  g_assert_cmpuint (autumn_due->len, ==, 1);
  reminder = g_ptr_array_index (autumn_due, 0);
  autumn_utc = g_date_time_to_utc (reminder->at);
  g_assert_cmpint (g_date_time_get_hour (autumn_utc), ==, 8);  /* 09:00 UTC+1 */
  g_assert_cmpint (g_date_time_get_day_of_month (autumn_utc), ==, 26);
  g_assert_cmpint (g_date_time_difference (reminder->until, reminder->at), ==,
                   15 * G_TIME_SPAN_HOUR);
}

/* The next moment is the earliest of all, and several due at once come in order. */
static void
test_next (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GDateTime) empty_next = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) a = NULL;
  g_autoptr(GDateTime) b = NULL;
  g_autoptr(GDateTime) b_lead = NULL;
  g_autoptr(GDateTime) late = NULL;
  g_autoptr(GDateTime) next = NULL;
  g_autoptr(GPtrArray) empty = NULL;
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GPtrArray) both = NULL;
  CandorCheck *first;
  CandorCheck *second;

  if (f->tz == NULL)
    return;

  now = local (f, 2025, 6, 1, 12, 0);
  empty = due_at (f, now, &empty_next);
  g_assert_cmpuint (empty->len, ==, 0);
  g_assert_null (empty_next);

  /* Added out of order: the sooner one decides. */
  a = local (f, 2025, 6, 20, 19, 0);
  b = local (f, 2025, 6, 5, 18, 30);
  second = add_check (f, a);
  first = add_check (f, b);
  add_commitment (f, NULL, 2025, 6, 12);
  none = due_at (f, now, &next);
  g_assert_cmpuint (none->len, ==, 0);
  b_lead = local (f, 2025, 6, 5, 18, 15);
  assert_same_moment (next, b_lead);

  /* Both checks moved to within the quarter hour: both due, the sooner first. */
  g_date_time_unref (a);
  a = local (f, 2025, 6, 5, 18, 40);
  candor_check_set_start (second, a);
  late = local (f, 2025, 6, 5, 18, 29);
  both = due_at (f, late, NULL);
  g_assert_cmpuint (both->len, ==, 2);
  g_assert_true (((CandorReminder *) g_ptr_array_index (both, 0))->entry == CANDOR_ENTRY (first));
  g_assert_true (((CandorReminder *) g_ptr_array_index (both, 1))->entry == CANDOR_ENTRY (second));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/reminders/check-due", test_check_due);
  ADD ("/reminders/check-excluded", test_check_excluded);
  ADD ("/reminders/check-dst", test_check_dst);
  ADD ("/reminders/commitment-due", test_commitment_due);
  ADD ("/reminders/commitment-dst", test_commitment_dst);
  ADD ("/reminders/next", test_next);
#undef ADD

  return g_test_run ();
}
