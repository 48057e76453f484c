/* test-cadence.c — a month's Connection Checks against each person's cadence
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "candor-cadence.h"

static CandorCheck *
add_check (CandorJournal     *journal,
           CandorPerson      *person,
           GDateTime         *start,
           CandorCheckStatus  status)
{
  g_autoptr(CandorCheck) check = candor_check_new (candor_entry_get_id (CANDOR_ENTRY (person)),
                                                   start);

  candor_check_set_status (check, status);
  candor_journal_add_check (journal, check);
  return check;
}

static void
test_counts (void)
{
  g_autoptr(CandorJournal) journal = candor_journal_new ();
  g_autoptr(CandorPerson) sam = candor_person_new ("Sam", CANDOR_RELATIONSHIP_PARTNER);
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 3, 15, 12, 0, 0);
  g_autoptr(GDateTime) d1 = g_date_time_new_utc (2026, 3, 2, 19, 0, 0);
  g_autoptr(GDateTime) d2 = g_date_time_new_utc (2026, 3, 9, 19, 0, 0);
  g_autoptr(GDateTime) d3 = g_date_time_new_utc (2026, 3, 12, 19, 0, 0);
  g_autoptr(GDateTime) d4 = g_date_time_new_utc (2026, 3, 15, 11, 45, 0); /* ends 12:15: not overdue */
  g_autoptr(GDateTime) d5 = g_date_time_new_utc (2026, 4, 2, 19, 0, 0);
  CandorCadenceMonth m;

  candor_journal_add_person (journal, sam);
  g_assert_cmpuint (candor_person_get_cadence (sam), ==, 2);

  candor_cadence_compute (journal, sam, 2026, 3, utc, now, &m);
  g_assert_cmpuint (m.missing, ==, 2);
  g_assert_true (candor_cadence_is_below (&m));

  add_check (journal, sam, d1, CANDOR_CHECK_STATUS_HELD);
  add_check (journal, sam, d2, CANDOR_CHECK_STATUS_SKIPPED);
  add_check (journal, sam, d3, CANDOR_CHECK_STATUS_SCHEDULED);
  add_check (journal, sam, d5, CANDOR_CHECK_STATUS_SCHEDULED);

  candor_cadence_compute (journal, sam, 2026, 3, utc, now, &m);
  g_assert_cmpuint (m.held, ==, 1);
  g_assert_cmpuint (m.skipped, ==, 1);
  g_assert_cmpuint (m.overdue, ==, 1);
  g_assert_cmpuint (m.scheduled, ==, 0);
  g_assert_cmpuint (m.missing, ==, 1);

  add_check (journal, sam, d4, CANDOR_CHECK_STATUS_SCHEDULED);
  candor_cadence_compute (journal, sam, 2026, 3, utc, now, &m);
  g_assert_cmpuint (m.scheduled, ==, 1);
  g_assert_cmpuint (m.missing, ==, 0);
  g_assert_false (candor_cadence_is_below (&m));

  /* April has one of two. */
  candor_cadence_compute (journal, sam, 2026, 4, utc, now, &m);
  g_assert_cmpuint (m.scheduled, ==, 1);
  g_assert_cmpuint (m.missing, ==, 1);

  /* A higher cadence asks for more. */
  candor_person_set_cadence (sam, 4);
  candor_cadence_compute (journal, sam, 2026, 3, utc, now, &m);
  g_assert_cmpuint (m.missing, ==, 2);
}

static void
test_month_boundary_time_zones (void)
{
  g_autoptr(CandorJournal) journal = candor_journal_new ();
  g_autoptr(CandorPerson) sam = candor_person_new ("Sam", CANDOR_RELATIONSHIP_PARTNER);
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("+02:00");
  g_autoptr(GTimeZone) west = g_time_zone_new_identifier ("-07:00");
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 3, 1, 0, 0, 0);
  /* 31 March 23:30 UTC is already April in UTC+2. */
  g_autoptr(GDateTime) late = g_date_time_new_utc (2026, 3, 31, 23, 30, 0);
  /* 1 April 03:00 UTC is still March in UTC−7. */
  g_autoptr(GDateTime) early = g_date_time_new_utc (2026, 4, 1, 3, 0, 0);
  CandorCadenceMonth m;

  candor_journal_add_person (journal, sam);
  add_check (journal, sam, late, CANDOR_CHECK_STATUS_SCHEDULED);
  add_check (journal, sam, early, CANDOR_CHECK_STATUS_SCHEDULED);

  candor_cadence_compute (journal, sam, 2026, 3, utc, now, &m);
  g_assert_cmpuint (m.scheduled, ==, 1);
  candor_cadence_compute (journal, sam, 2026, 3, berlin, now, &m);
  g_assert_cmpuint (m.scheduled, ==, 0);
  candor_cadence_compute (journal, sam, 2026, 4, berlin, now, &m);
  g_assert_cmpuint (m.scheduled, ==, 2);
  candor_cadence_compute (journal, sam, 2026, 3, west, now, &m);
  g_assert_cmpuint (m.scheduled, ==, 2);
  g_assert_false (candor_cadence_is_below (&m));
}

static void
test_people_below (void)
{
  g_autoptr(CandorJournal) journal = candor_journal_new ();
  g_autoptr(CandorPerson) me = candor_person_new ("Me", CANDOR_RELATIONSHIP_OTHER);
  g_autoptr(CandorPerson) sam = candor_person_new ("Sam", CANDOR_RELATIONSHIP_PARTNER);
  g_autoptr(CandorPerson) old = candor_person_new ("Old friend", CANDOR_RELATIONSHIP_FRIEND);
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 3, 15, 12, 0, 0);
  g_autoptr(GPtrArray) below = NULL;

  candor_person_set_is_me (me, TRUE);
  candor_person_set_archived (old, TRUE);
  candor_journal_add_person (journal, me);
  candor_journal_add_person (journal, sam);
  candor_journal_add_person (journal, old);

  below = candor_cadence_people_below (journal, 2026, 3, utc, now);
  g_assert_cmpuint (below->len, ==, 1);
  g_assert_true (g_ptr_array_index (below, 0) == sam);
  g_ptr_array_unref (below);

  /* A month that is over asks for nothing. */
  below = candor_cadence_people_below (journal, 2026, 2, utc, now);
  g_assert_cmpuint (below->len, ==, 0);
}

static void
test_propose (void)
{
  g_autoptr(CandorJournal) journal = candor_journal_new ();
  g_autoptr(CandorPerson) sam = candor_person_new ("Sam", CANDOR_RELATIONSHIP_PARTNER);
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("+02:00");
  g_autoptr(GDateTime) now = g_date_time_new (tz, 2026, 4, 10, 20, 0, 0);
  g_autoptr(GDateTime) taken = g_date_time_new (tz, 2026, 4, 15, 19, 0, 0);
  g_autoptr(GPtrArray) proposals = NULL;

  candor_journal_add_person (journal, sam);
  add_check (journal, sam, taken, CANDOR_CHECK_STATUS_SCHEDULED);

  proposals = candor_cadence_propose (journal, sam, 2026, 4, 2, tz, now);
  g_assert_cmpuint (proposals->len, ==, 2);
  for (guint i = 0; i < proposals->len; i++)
    {
      GDateTime *p = g_ptr_array_index (proposals, i);
      g_autoptr(GDateTime) local = g_date_time_to_timezone (p, tz);

      g_assert_cmpint (g_date_time_compare (p, now), >, 0);
      g_assert_cmpint (g_date_time_get_month (local), ==, 4);
      g_assert_cmpint (g_date_time_get_hour (local), ==, CANDOR_CADENCE_PROPOSED_HOUR);
      g_assert_cmpint (g_date_time_get_day_of_month (local), !=, 15);
      /* Not today: 19:00 has passed. */
      g_assert_cmpint (g_date_time_get_day_of_month (local), >, 10);
    }
  /* Spread out, in order. */
  g_assert_cmpint (g_date_time_compare (g_ptr_array_index (proposals, 0),
                                        g_ptr_array_index (proposals, 1)), <, 0);
  g_ptr_array_unref (proposals);

  /* On the last evening of the month there is no room for two. */
  {
    g_autoptr(GDateTime) last = g_date_time_new (tz, 2026, 4, 30, 10, 0, 0);
    proposals = candor_cadence_propose (journal, sam, 2026, 4, 2, tz, last);
    g_assert_cmpuint (proposals->len, ==, 1);
  }
}

static void
test_recent_checks (void)
{
  g_autoptr(CandorJournal) journal = candor_journal_new ();
  g_autoptr(CandorPerson) sam = candor_person_new ("Sam", CANDOR_RELATIONSHIP_PARTNER);
  g_autoptr(CandorPerson) kim = candor_person_new ("Kim", CANDOR_RELATIONSHIP_FRIEND);
  g_autoptr(GPtrArray) recent = NULL;

  candor_journal_add_person (journal, sam);
  candor_journal_add_person (journal, kim);
  for (int i = 1; i <= 9; i++)
    {
      g_autoptr(GDateTime) at = g_date_time_new_utc (2026, 1, i, 19, 0, 0);
      add_check (journal, i % 3 == 0 ? kim : sam, at, CANDOR_CHECK_STATUS_HELD);
    }

  recent = candor_cadence_recent_checks (journal, candor_entry_get_id (CANDOR_ENTRY (sam)),
                                         NULL, 4);
  g_assert_cmpuint (recent->len, ==, 4);
  g_assert_cmpint (g_date_time_get_day_of_month (
                     candor_check_get_start (g_ptr_array_index (recent, 0))), ==, 8);
  g_assert_cmpint (g_date_time_get_day_of_month (
                     candor_check_get_start (g_ptr_array_index (recent, 3))), ==, 4);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/cadence/counts", test_counts);
  g_test_add_func ("/cadence/month-boundary-time-zones", test_month_boundary_time_zones);
  g_test_add_func ("/cadence/people-below", test_people_below);
  g_test_add_func ("/cadence/propose", test_propose);
  g_test_add_func ("/cadence/recent-checks", test_recent_checks);
  return g_test_run ();
}
