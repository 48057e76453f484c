/* test-stats.c — the progress metrics against hand-computed answers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "candor-stats.h"

/* Helpers: small journals built by hand, every date fixed. Every entry names a
 * person of the journal: A and B are its two partners. */

static const char *A;
static const char *B;
static GTimeZone *utc_zone;

static GDateTime *
moment (int year,
        int month,
        int day,
        int hour)
{
  return g_date_time_new_utc (year, month, day, hour, 0, 0);
}

static GDate
date (int year,
      int month,
      int day)
{
  GDate d;

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, day, month, year);
  return d;
}

static const char *
add_person (CandorJournal *journal,
            const char    *name,
            int            year,
            int            month,
            int            day)
{
  g_autoptr(GDateTime) created = moment (year, month, day, 20);
  g_autoptr(CandorPerson) person = g_object_new (CANDOR_TYPE_PERSON,
                                                 "created", created,
                                                 "modified", created,
                                                 "name", name,
                                                 NULL);

  candor_journal_add_person (journal, person);
  return candor_entry_get_id (CANDOR_ENTRY (person));
}

/* Adds A and B, both on the given day: the journal's start. */
static void
add_people (CandorJournal *journal,
            int            year,
            int            month,
            int            day)
{
  A = add_person (journal, "Alex", year, month, day);
  B = add_person (journal, "Sam", year, month, day);
}

static void
add_checkin (CandorJournal      *journal,
             const char         *author,
             int                 year,
             int                 month,
             int                 day,
             CandorCheckinKind   kind,
             gboolean            shared,
             const char * const *feelings)
{
  g_autoptr(GDateTime) date = candor_day_new (year, month, day);
  g_autoptr(CandorCheckin) checkin = candor_checkin_new (author, date, kind);

  candor_checkin_set_shared (checkin, shared);
  candor_checkin_set_feelings (checkin, feelings);
  candor_journal_add_checkin (journal, checkin);
}

static CandorCheck *
add_check (CandorJournal     *journal,
           int                year,
           int                month,
           int                day,
           CandorCheckStatus  status)
{
  g_autoptr(GDateTime) start = moment (year, month, day, 18);
  g_autoptr(CandorCheck) check = candor_check_new (B, start);

  candor_check_set_status (check, status);
  candor_journal_add_check (journal, check);
  return check; /* owned by the journal */
}

static void
add_interaction_at (CandorJournal         *journal,
                    GDateTime             *when,
                    CandorInteractionKind  kind,
                    gboolean               meaningful)
{
  g_autoptr(CandorInteraction) interaction = candor_interaction_new (B, when, kind);

  candor_interaction_set_meaningful_chat (interaction, meaningful);
  candor_journal_add_interaction (journal, interaction);
}

static void
add_interaction (CandorJournal         *journal,
                 int                    year,
                 int                    month,
                 int                    day,
                 CandorInteractionKind  kind,
                 gboolean               meaningful)
{
  g_autoptr(GDateTime) when = moment (year, month, day, 12);

  add_interaction_at (journal, when, kind, meaningful);
}

static void
add_commitment (CandorJournal *journal,
                GDate          made,
                gboolean       done,
                GDate          done_on)
{
  g_autoptr(GDateTime) created = moment (g_date_get_year (&made), g_date_get_month (&made),
                                         g_date_get_day (&made), 19);
  g_autoptr(GDateTime) due = candor_day_new (g_date_get_year (&made), g_date_get_month (&made),
                                             g_date_get_day (&made));
  g_autoptr(GDateTime) due_day = g_date_time_add_days (due, 7);
  g_autoptr(GDateTime) done_at = NULL;
  g_autoptr(CandorCommitment) commitment = NULL;

  if (done)
    done_at = moment (g_date_get_year (&done_on), g_date_get_month (&done_on),
                      g_date_get_day (&done_on), 9);

  commitment = g_object_new (CANDOR_TYPE_COMMITMENT,
                             "created", created,
                             "modified", created,
                             "person-id", B,
                             "text", "send the article",
                             "due", due_day,
                             "done", done_at,
                             NULL);
  candor_journal_add_commitment (journal, commitment);
}

static void
add_exercise (CandorJournal      *journal,
              CandorExerciseKind  kind,
              const char         *started_by,
              int                 year,
              int                 month,
              int                 day,
              const char * const *feelings)
{
  g_autoptr(GDateTime) start = moment (year, month, day, 21);
  g_autoptr(CandorExercise) exercise = candor_exercise_new (kind, start);

  candor_exercise_set_started_by (exercise, started_by);
  candor_exercise_set_feelings (exercise, feelings);
  candor_journal_add_exercise (journal, exercise);
}

static void
add_feeling_note (CandorJournal      *journal,
                  const char         *person,
                  int                 year,
                  int                 month,
                  int                 day,
                  const char * const *feelings)
{
  g_autoptr(GDateTime) when = moment (year, month, day, 10);
  g_autoptr(CandorFeelingNote) note = candor_feeling_note_new (person, when);

  candor_feeling_note_set_feelings (note, feelings);
  candor_journal_add_feeling_note (journal, note);
}

static void
assert_date (const GDate *d,
             int          year,
             int          month,
             int          day)
{
  g_assert_true (g_date_valid (d));
  g_assert_cmpint (g_date_get_year (d), ==, year);
  g_assert_cmpint (g_date_get_month (d), ==, month);
  g_assert_cmpint (g_date_get_day (d), ==, day);
}

/* Tests */

static void
test_empty (void)
{
  g_autoptr(CandorJournal) journal = candor_journal_new ();
  GDate today = date (2024, 5, 1);
  g_autoptr(CandorStats) stats = candor_stats_compute (journal, &today, 1, utc_zone);
  guint n = 99;

  g_assert_false (g_date_valid (candor_stats_get_start (stats)));
  candor_stats_get_chats (stats, &n);
  g_assert_cmpuint (n, ==, 0);
  candor_stats_get_disclosures (stats, &n);
  g_assert_cmpuint (n, ==, 0);
  candor_stats_get_follow_ups (stats, &n);
  g_assert_cmpuint (n, ==, 0);
  candor_stats_get_ratio (stats, &n);
  g_assert_cmpuint (n, ==, 0);
  candor_stats_get_feelings (stats, &n);
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpuint (candor_stats_get_vocabulary_size (stats), ==, 0);
  g_assert_cmpuint (candor_stats_get_streak (stats), ==, 0);
  g_assert_false (g_date_valid (candor_stats_get_reassessment_due (stats)));
  g_assert_false (candor_stats_reassessment_is_due (stats));
}

static void
test_chats_per_month (void)
{
  g_autoptr(CandorJournal) journal = candor_journal_new ();
  GDate today = date (2024, 3, 15);
  g_autoptr(CandorStats) stats = NULL;
  const CandorStatsPeriod *months;
  guint n;

  add_people (journal, 2024, 1, 10);
  add_check (journal, 2024, 1, 12, CANDOR_CHECK_STATUS_HELD);
  add_check (journal, 2024, 1, 20, CANDOR_CHECK_STATUS_SCHEDULED);  /* not held */
  add_check (journal, 2024, 2, 1, CANDOR_CHECK_STATUS_SKIPPED);     /* not held */
  add_check (journal, 2024, 2, 3, CANDOR_CHECK_STATUS_HELD);
  add_interaction (journal, 2024, 2, 5, CANDOR_INTERACTION_KIND_BID_TOWARD, TRUE);
  add_interaction (journal, 2024, 2, 6, CANDOR_INTERACTION_KIND_BID_TOWARD, FALSE);
  add_check (journal, 2024, 4, 1, CANDOR_CHECK_STATUS_HELD);        /* after today */

  stats = candor_stats_compute (journal, &today, 1, utc_zone);
  assert_date (candor_stats_get_start (stats), 2024, 1, 10);

  /* January (from the start), February and March, the empty month included. */
  months = candor_stats_get_chats (stats, &n);
  g_assert_cmpuint (n, ==, 3);
  assert_date (&months[0].start, 2024, 1, 1);
  assert_date (&months[2].start, 2024, 3, 1);
  g_assert_cmpuint (months[0].count, ==, 1);
  g_assert_cmpuint (months[1].count, ==, 2);
  g_assert_cmpuint (months[2].count, ==, 0);
}

static void
test_disclosures_per_quarter (void)
{
  g_autoptr(CandorJournal) journal = candor_journal_new ();
  GDate today = date (2024, 4, 30);
  g_autoptr(CandorStats) stats = NULL;
  const CandorStatsPeriod *quarters;
  CandorCheck *check;
  guint n;

  add_people (journal, 2024, 1, 1);
  /* Jan 1: both shared → 1. */
  add_checkin (journal, A, 2024, 1, 1, CANDOR_CHECKIN_KIND_NEED, TRUE, NULL);
  add_checkin (journal, B, 2024, 1, 1, CANDOR_CHECKIN_KIND_NEED, TRUE, NULL);
  /* Jan 2: B kept theirs private → 0. */
  add_checkin (journal, A, 2024, 1, 2, CANDOR_CHECKIN_KIND_NEED, TRUE, NULL);
  add_checkin (journal, B, 2024, 1, 2, CANDOR_CHECKIN_KIND_NEED, FALSE, NULL);
  /* Jan 3: only A, twice → 0. */
  add_checkin (journal, A, 2024, 1, 3, CANDOR_CHECKIN_KIND_NEED, TRUE, NULL);
  add_checkin (journal, A, 2024, 1, 3, CANDOR_CHECKIN_KIND_WORRY, TRUE, NULL);
  /* Jan 4: A, B and A again → one day, 1. */
  add_checkin (journal, A, 2024, 1, 4, CANDOR_CHECKIN_KIND_NEED, TRUE, NULL);
  add_checkin (journal, B, 2024, 1, 4, CANDOR_CHECKIN_KIND_NEED, TRUE, NULL);
  add_checkin (journal, A, 2024, 1, 4, CANDOR_CHECKIN_KIND_OTHER, TRUE, NULL);
  /* A held check where both disclosed, in the second quarter → 1. */
  check = add_check (journal, 2024, 4, 5, CANDOR_CHECK_STATUS_HELD);
  candor_check_set_both_disclosed (check, TRUE);
  /* Held, but only one disclosed; and one "both disclosed" that was never held. */
  add_check (journal, 2024, 4, 6, CANDOR_CHECK_STATUS_HELD);
  check = add_check (journal, 2024, 4, 7, CANDOR_CHECK_STATUS_SCHEDULED);
  candor_check_set_both_disclosed (check, TRUE);

  stats = candor_stats_compute (journal, &today, 1, utc_zone);
  quarters = candor_stats_get_disclosures (stats, &n);
  g_assert_cmpuint (n, ==, 2);
  assert_date (&quarters[0].start, 2024, 1, 1);
  assert_date (&quarters[1].start, 2024, 4, 1);
  g_assert_cmpuint (quarters[0].count, ==, 2);
  g_assert_cmpuint (quarters[1].count, ==, 1);
}

static void
test_follow_ups (void)
{
  g_autoptr(CandorJournal) journal = candor_journal_new ();
  GDate today = date (2024, 3, 10);
  g_autoptr(CandorStats) stats = NULL;
  const CandorStatsPeriod *months;
  CandorCheck *check;
  guint n;

  add_people (journal, 2024, 2, 1);
  /* Due Feb 8, kept Feb 5: kept. */
  add_commitment (journal, date (2024, 2, 1), TRUE, date (2024, 2, 5));
  /* Due Feb 17, kept Feb 20, ten days after it was made: due, not kept in time. */
  add_commitment (journal, date (2024, 2, 10), TRUE, date (2024, 2, 20));
  /* Due Feb 27, open: due, not kept. */
  add_commitment (journal, date (2024, 2, 20), FALSE, today);
  /* Made Feb 25 in a leap year, due and kept Mar 3: exactly seven days, kept. */
  add_commitment (journal, date (2024, 2, 25), TRUE, date (2024, 3, 3));
  /* Due Mar 12, after today: not counted yet, even though it is kept. */
  add_commitment (journal, date (2024, 3, 5), TRUE, date (2024, 3, 6));
  /* Follow-up messages: one sent after a held check, one not. */
  check = add_check (journal, 2024, 2, 8, CANDOR_CHECK_STATUS_HELD);
  candor_check_set_follow_up_sent (check, TRUE);
  add_check (journal, 2024, 2, 22, CANDOR_CHECK_STATUS_HELD);

  stats = candor_stats_compute (journal, &today, 1, utc_zone);
  months = candor_stats_get_follow_ups (stats, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (months[0].count, ==, 1);
  g_assert_cmpuint (months[0].total, ==, 3);
  g_assert_cmpuint (months[0].extra, ==, 1);
  g_assert_cmpuint (months[1].count, ==, 1);
  g_assert_cmpuint (months[1].total, ==, 1);
  g_assert_cmpuint (months[1].extra, ==, 0);
}

static CandorJournal *
new_ratio_journal (void)
{
  CandorJournal *journal = candor_journal_new ();
  CandorCheck *check;

  add_people (journal, 2024, 1, 1);                   /* a Monday */
  add_interaction (journal, 2024, 1, 7, CANDOR_INTERACTION_KIND_POSITIVE, FALSE);   /* Sun */
  add_interaction (journal, 2024, 1, 8, CANDOR_INTERACTION_KIND_CORRECTIVE, FALSE); /* Mon */
  add_interaction (journal, 2024, 1, 9, CANDOR_INTERACTION_KIND_BID_TOWARD, FALSE);
  add_checkin (journal, A, 2024, 1, 9, CANDOR_CHECKIN_KIND_APPRECIATION, FALSE, NULL);
  add_checkin (journal, A, 2024, 1, 9, CANDOR_CHECKIN_KIND_WORRY, TRUE, NULL);
  check = add_check (journal, 2024, 1, 10, CANDOR_CHECK_STATUS_HELD);
  candor_check_set_appreciation (check, "You listened without fixing.");
  add_exercise (journal, CANDOR_EXERCISE_KIND_TENSION_SCRIPT, A, 2024, 1, 11, NULL);
  add_exercise (journal, CANDOR_EXERCISE_KIND_VULNERABILITY, A, 2024, 1, 11, NULL);
  /* A time-out taken is a corrective moment handled (Practices logs it). */
  add_exercise (journal, CANDOR_EXERCISE_KIND_TIME_OUT, A, 2024, 1, 12, NULL);
  add_interaction (journal, 2024, 1, 11, CANDOR_INTERACTION_KIND_BID_AWAY, FALSE);
  add_interaction (journal, 2024, 1, 13, CANDOR_INTERACTION_KIND_BID_AGAINST, FALSE); /* Sat */

  return journal;
}

static void
test_ratio_weeks_from_monday (void)
{
  g_autoptr(CandorJournal) journal = new_ratio_journal ();
  GDate today = date (2024, 1, 20);
  g_autoptr(CandorStats) stats = candor_stats_compute (journal, &today, 1, utc_zone);
  const CandorStatsPeriod *weeks = candor_stats_get_ratio (stats, NULL);
  double ratio = -1;
  guint n;

  candor_stats_get_ratio (stats, &n);
  g_assert_cmpuint (n, ==, 3);
  assert_date (&weeks[0].start, 2024, 1, 1);
  assert_date (&weeks[1].start, 2024, 1, 8);
  assert_date (&weeks[2].start, 2024, 1, 15);

  /* Jan 1–7: one positive, nothing corrective: said so, not infinity. */
  g_assert_cmpuint (weeks[0].count, ==, 1);
  g_assert_cmpuint (weeks[0].total, ==, 0);
  g_assert_false (candor_stats_period_get_ratio (&weeks[0], &ratio));
  g_assert_cmpfloat (ratio, ==, 0.0);

  /* Jan 8–14: bid toward, appreciation, closing appreciation against corrective,
   * tension script, time-out, bid away, bid against. */
  g_assert_cmpuint (weeks[1].count, ==, 3);
  g_assert_cmpuint (weeks[1].total, ==, 5);
  g_assert_true (candor_stats_period_get_ratio (&weeks[1], &ratio));
  g_assert_cmpfloat_with_epsilon (ratio, 0.6, 1e-9);

  /* An empty week. */
  g_assert_cmpuint (weeks[2].count, ==, 0);
  g_assert_false (candor_stats_period_get_ratio (&weeks[2], NULL));
}

static void
test_ratio_weeks_from_sunday (void)
{
  g_autoptr(CandorJournal) journal = new_ratio_journal ();
  GDate today = date (2024, 1, 20);
  g_autoptr(CandorStats) stats = candor_stats_compute (journal, &today, 7, utc_zone);
  const CandorStatsPeriod *weeks;
  guint n;

  /* The first week starts the Sunday before the start, across the year boundary. */
  weeks = candor_stats_get_ratio (stats, &n);
  g_assert_cmpuint (n, ==, 3);
  assert_date (&weeks[0].start, 2023, 12, 31);
  assert_date (&weeks[1].start, 2024, 1, 7);
  assert_date (&weeks[2].start, 2024, 1, 14);
  g_assert_cmpuint (weeks[0].count, ==, 0);
  g_assert_cmpuint (weeks[0].total, ==, 0);
  g_assert_cmpuint (weeks[1].count, ==, 4);
  g_assert_cmpuint (weeks[1].total, ==, 5);
  g_assert_cmpuint (weeks[2].count, ==, 0);
}

static void
test_year_boundary (void)
{
  g_autoptr(CandorJournal) journal = candor_journal_new ();
  GDate today = date (2025, 1, 15);
  g_autoptr(CandorStats) stats = NULL;
  const CandorStatsPeriod *months, *quarters;
  guint n_months, n_quarters;

  add_people (journal, 2024, 11, 20);
  add_check (journal, 2024, 12, 31, CANDOR_CHECK_STATUS_HELD);
  add_check (journal, 2025, 1, 1, CANDOR_CHECK_STATUS_HELD);
  add_interaction (journal, 2025, 1, 2, CANDOR_INTERACTION_KIND_POSITIVE, TRUE);

  stats = candor_stats_compute (journal, &today, 1, utc_zone);
  months = candor_stats_get_chats (stats, &n_months);
  g_assert_cmpuint (n_months, ==, 3);
  assert_date (&months[1].start, 2024, 12, 1);
  assert_date (&months[2].start, 2025, 1, 1);
  g_assert_cmpuint (months[0].count, ==, 0);
  g_assert_cmpuint (months[1].count, ==, 1);
  g_assert_cmpuint (months[2].count, ==, 2);

  quarters = candor_stats_get_disclosures (stats, &n_quarters);
  g_assert_cmpuint (n_quarters, ==, 2);
  assert_date (&quarters[0].start, 2024, 10, 1);
  assert_date (&quarters[1].start, 2025, 1, 1);
}

/* A moment counts on the day it falls on where the journal is read: 04:30 UTC on a
 * Monday is 23:30 on Sunday in New York, still Sunday's week. */
static void
test_time_zone (void)
{
  g_autoptr(CandorJournal) journal = candor_journal_new ();
  g_autoptr(GTimeZone) new_york = g_time_zone_new_identifier ("America/New_York");
  g_autoptr(GDateTime) monday_utc = g_date_time_new_utc (2024, 1, 8, 4, 30, 0);
  GDate today = date (2024, 1, 20);
  g_autoptr(CandorStats) here = NULL;
  g_autoptr(CandorStats) there = NULL;
  const CandorStatsPeriod *weeks;

  g_assert_nonnull (new_york);
  add_people (journal, 2024, 1, 1);
  add_interaction_at (journal, monday_utc, CANDOR_INTERACTION_KIND_CORRECTIVE, FALSE);

  there = candor_stats_compute (journal, &today, 1, new_york);
  weeks = candor_stats_get_ratio (there, NULL);
  g_assert_cmpuint (weeks[0].total, ==, 1);
  g_assert_cmpuint (weeks[1].total, ==, 0);

  here = candor_stats_compute (journal, &today, 1, utc_zone);
  weeks = candor_stats_get_ratio (here, NULL);
  g_assert_cmpuint (weeks[0].total, ==, 0);
  g_assert_cmpuint (weeks[1].total, ==, 1);
}

/* Berlin switches to summer time on March 31, 2024: 22:30 UTC that evening is
 * already 00:30 on April 1 (UTC+2), while a week earlier 22:30 UTC is still 23:30
 * the same day (UTC+1). */
static void
test_dst (void)
{
  g_autoptr(CandorJournal) journal = candor_journal_new ();
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) before_switch = g_date_time_new_utc (2024, 3, 24, 22, 30, 0);
  g_autoptr(GDateTime) after_switch = g_date_time_new_utc (2024, 3, 31, 22, 30, 0);
  GDate today = date (2024, 4, 10);
  g_autoptr(CandorStats) stats = NULL;
  const CandorStatsPeriod *months;

  g_assert_nonnull (berlin);
  add_people (journal, 2024, 2, 1);
  add_interaction_at (journal, before_switch, CANDOR_INTERACTION_KIND_POSITIVE, TRUE);
  add_interaction_at (journal, after_switch, CANDOR_INTERACTION_KIND_POSITIVE, TRUE);

  stats = candor_stats_compute (journal, &today, 1, berlin);
  months = candor_stats_get_chats (stats, NULL);
  assert_date (&months[1].start, 2024, 3, 1);
  g_assert_cmpuint (months[1].count, ==, 1);
  g_assert_cmpuint (months[2].count, ==, 1);
}

static void
test_feelings (void)
{
  static const char * const checkin_words[] = { "grateful", "anxious", NULL };
  static const char * const note_words[] = { "grateful", NULL };
  static const char * const exercise_words[] = { "lonely", NULL };
  static const char * const own_words[] = { "zesty-but-mine", NULL };
  g_autoptr(CandorJournal) journal = candor_journal_new ();
  GDate today = date (2024, 2, 10);
  g_autoptr(CandorStats) stats = NULL;
  const CandorStatsPeriod *months;
  const guint *a, *b;
  guint n;

  add_people (journal, 2024, 1, 1);
  add_checkin (journal, A, 2024, 1, 5, CANDOR_CHECKIN_KIND_WORRY, TRUE, checkin_words);
  add_feeling_note (journal, B, 2024, 2, 2, note_words);
  add_exercise (journal, CANDOR_EXERCISE_KIND_VULNERABILITY, A, 2024, 2, 3, exercise_words);
  add_feeling_note (journal, B, 2024, 2, 4, own_words);
  add_feeling_note (journal, B, 2024, 3, 1, exercise_words); /* after today */

  stats = candor_stats_compute (journal, &today, 1, utc_zone);
  months = candor_stats_get_feelings (stats, &n);
  g_assert_cmpuint (n, ==, 2);

  g_assert_cmpuint (months[0].count, ==, 2);
  g_assert_cmpuint (months[0].families[CANDOR_FEELING_FAMILY_PEACEFUL], ==, 1);
  g_assert_cmpuint (months[0].families[CANDOR_FEELING_FAMILY_SCARED], ==, 1);
  g_assert_cmpuint (months[0].families[CANDOR_FEELING_FAMILY_SAD], ==, 0);

  /* A word of their own counts as named, and in the vocabulary, but in no family. */
  g_assert_cmpuint (months[1].count, ==, 3);
  g_assert_cmpuint (months[1].families[CANDOR_FEELING_FAMILY_PEACEFUL], ==, 1);
  g_assert_cmpuint (months[1].families[CANDOR_FEELING_FAMILY_SAD], ==, 1);
  g_assert_cmpuint (months[1].families[CANDOR_FEELING_FAMILY_MAD], ==, 0);

  /* The vocabulary as it grew: grateful, anxious; then lonely and their own word. */
  g_assert_cmpuint (candor_stats_get_vocabulary_size (stats), ==, 4);
  g_assert_cmpuint (months[0].extra, ==, 2);
  g_assert_cmpuint (months[1].extra, ==, 4);

  a = candor_stats_get_person_feelings (stats, A);
  b = candor_stats_get_person_feelings (stats, B);
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpuint (a[0], ==, 2);
  g_assert_cmpuint (a[1], ==, 1);
  g_assert_cmpuint (b[0], ==, 0);
  g_assert_cmpuint (b[1], ==, 2);
  g_assert_null (candor_stats_get_person_feelings (stats, "nobody"));
}

static guint
streak_on (CandorJournal *journal,
           GDate          today)
{
  g_autoptr(CandorStats) stats = candor_stats_compute (journal, &today, 1, utc_zone);

  return candor_stats_get_streak (stats);
}

static void
test_streak (void)
{
  g_autoptr(CandorJournal) journal = candor_journal_new ();

  add_people (journal, 2024, 3, 1);
  add_checkin (journal, A, 2024, 3, 5, CANDOR_CHECKIN_KIND_NEED, TRUE, NULL);
  /* Mar 7 missing. */
  add_checkin (journal, A, 2024, 3, 8, CANDOR_CHECKIN_KIND_NEED, TRUE, NULL);
  add_checkin (journal, B, 2024, 3, 9, CANDOR_CHECKIN_KIND_NEED, FALSE, NULL);
  add_checkin (journal, A, 2024, 3, 10, CANDOR_CHECKIN_KIND_NEED, TRUE, NULL);

  /* Today has none yet: the streak up to yesterday still holds. */
  g_assert_cmpuint (streak_on (journal, date (2024, 3, 11)), ==, 3);
  g_assert_cmpuint (streak_on (journal, date (2024, 3, 10)), ==, 3);
  g_assert_cmpuint (streak_on (journal, date (2024, 3, 12)), ==, 0);
  g_assert_cmpuint (streak_on (journal, date (2024, 3, 5)), ==, 1);
  g_assert_cmpuint (streak_on (journal, date (2024, 3, 1)), ==, 0);

  /* The streak is off by default: the page only shows it when asked. */
  g_assert_false (candor_settings_get_streak_enabled (candor_journal_get_settings (journal)));
}

static void
test_reassessment_due (void)
{
  g_autoptr(CandorJournal) journal = candor_journal_new ();
  g_autoptr(CandorReassessment) reassessment = NULL;
  g_autoptr(GDateTime) day = candor_day_new (2024, 3, 26);
  GDate today = date (2024, 3, 24);
  g_autoptr(CandorStats) before = NULL;
  g_autoptr(CandorStats) on_the_day = NULL;
  g_autoptr(CandorStats) after = NULL;

  add_people (journal, 2024, 1, 1);

  /* Twelve weeks after Jan 1, 2024 (a leap year) is Mar 25. */
  before = candor_stats_compute (journal, &today, 1, utc_zone);
  assert_date (candor_stats_get_reassessment_due (before), 2024, 3, 25);
  g_assert_false (candor_stats_reassessment_is_due (before));

  today = date (2024, 3, 25);
  on_the_day = candor_stats_compute (journal, &today, 1, utc_zone);
  g_assert_true (candor_stats_reassessment_is_due (on_the_day));

  reassessment = candor_reassessment_new (day);
  candor_journal_add_reassessment (journal, reassessment);
  today = date (2024, 3, 26);
  after = candor_stats_compute (journal, &today, 1, utc_zone);
  assert_date (candor_stats_get_reassessment_due (after), 2024, 6, 18);
  g_assert_false (candor_stats_reassessment_is_due (after));
}

static void
test_locale_first_weekday (void)
{
  guint weekday = candor_stats_locale_first_weekday ();
  g_autoptr(CandorJournal) journal = candor_journal_new ();
  GDate today = date (2024, 1, 20);
  g_autoptr(CandorStats) stats = NULL;

  g_assert_cmpuint (weekday, >=, 1);
  g_assert_cmpuint (weekday, <=, 7);

  /* 0 asks for the locale's. */
  add_people (journal, 2024, 1, 3);
  stats = candor_stats_compute (journal, &today, 0, utc_zone);
  g_assert_cmpuint (candor_stats_get_first_weekday (stats), ==, weekday);
  g_assert_cmpint (g_date_get_weekday (&candor_stats_get_ratio (stats, NULL)[0].start), ==,
                   (int) weekday);
}

/* Ten years of daily life stays quick to count. */
static void
test_many_years (void)
{
  g_autoptr(CandorJournal) journal = candor_journal_new ();
  g_autoptr(CandorStats) stats = NULL;
  GDate today = date (2033, 12, 31);
  GDate day = date (2024, 1, 1);
  gint64 started;
  guint n;

  add_people (journal, 2024, 1, 1);
  for (guint i = 0; i < 3653; i++, g_date_add_days (&day, 1))
    {
      add_checkin (journal, A, g_date_get_year (&day), g_date_get_month (&day),
                   g_date_get_day (&day), CANDOR_CHECKIN_KIND_NEED, TRUE, NULL);
      add_interaction (journal, g_date_get_year (&day), g_date_get_month (&day),
                       g_date_get_day (&day), CANDOR_INTERACTION_KIND_POSITIVE, FALSE);
    }

  started = g_get_monotonic_time ();
  stats = candor_stats_compute (journal, &today, 1, utc_zone);
  g_test_message ("10 years: %.1f ms", (g_get_monotonic_time () - started) / 1000.0);

  candor_stats_get_chats (stats, &n);
  g_assert_cmpuint (n, ==, 120);
  g_assert_cmpuint (candor_stats_get_streak (stats), ==, 3653);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  utc_zone = g_time_zone_new_utc ();

  g_test_add_func ("/stats/empty", test_empty);
  g_test_add_func ("/stats/chats-per-month", test_chats_per_month);
  g_test_add_func ("/stats/disclosures-per-quarter", test_disclosures_per_quarter);
  g_test_add_func ("/stats/follow-ups", test_follow_ups);
  g_test_add_func ("/stats/ratio-weeks-from-monday", test_ratio_weeks_from_monday);
  g_test_add_func ("/stats/ratio-weeks-from-sunday", test_ratio_weeks_from_sunday);
  g_test_add_func ("/stats/year-boundary", test_year_boundary);
  g_test_add_func ("/stats/time-zone", test_time_zone);
  g_test_add_func ("/stats/dst", test_dst);
  g_test_add_func ("/stats/feelings", test_feelings);
  g_test_add_func ("/stats/streak", test_streak);
  g_test_add_func ("/stats/reassessment-due", test_reassessment_due);
  g_test_add_func ("/stats/locale-first-weekday", test_locale_first_weekday);
  g_test_add_func ("/stats/many-years", test_many_years);

  return g_test_run ();
}
