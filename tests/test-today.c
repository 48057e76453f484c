/* test-today.c — today's check-ins and the feeling counts, without GTK
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "candor-feeling-stats.h"
#include "candor-today.h"

static CandorCheckin *
add_checkin (CandorJournal      *journal,
             CandorPerson       *author,
             int                 year,
             int                 month,
             int                 day,
             const char * const *feelings)
{
  g_autoptr(GDateTime) date = candor_day_new (year, month, day);
  g_autoptr(CandorCheckin) checkin = NULL;

  checkin = candor_checkin_new (candor_entry_get_id (CANDOR_ENTRY (author)), date,
                                CANDOR_CHECKIN_KIND_APPRECIATION);
  candor_checkin_set_feelings (checkin, feelings);
  candor_journal_add_checkin (journal, checkin);
  return checkin;
}

static CandorJournal *
couple (CandorPerson **me,
        CandorPerson **partner)
{
  CandorJournal *journal = candor_journal_new ();
  g_autoptr(CandorPerson) friend = candor_person_new ("Robin", CANDOR_RELATIONSHIP_FRIEND);
  g_autoptr(CandorPerson) a = candor_person_new ("Alex", CANDOR_RELATIONSHIP_PARTNER);
  g_autoptr(CandorPerson) b = candor_person_new ("Sam", CANDOR_RELATIONSHIP_PARTNER);

  candor_person_set_is_me (a, TRUE);
  candor_journal_add_person (journal, friend);
  candor_journal_add_person (journal, a);
  candor_journal_add_person (journal, b);
  *me = a;
  *partner = b;
  return journal;
}

static void
test_pick_people (void)
{
  CandorPerson *me, *partner, *first, *second;
  g_autoptr(CandorJournal) journal = couple (&me, &partner);
  g_autoptr(CandorJournal) friends = candor_journal_new ();
  g_autoptr(CandorPerson) a = candor_person_new ("Kim", CANDOR_RELATIONSHIP_FRIEND);
  g_autoptr(CandorPerson) b = candor_person_new ("Lee", CANDOR_RELATIONSHIP_FRIEND);

  /* The friend came first, but a partner is preferred. */
  candor_today_pick_people (journal, &first, &second);
  g_assert_true (first == me);
  g_assert_true (second == partner);

  /* Archived people are left out. */
  candor_person_set_archived (partner, TRUE);
  candor_today_pick_people (journal, &first, &second);
  g_assert_cmpstr (candor_person_get_name (second), ==, "Robin");

  /* No "me": the first two. */
  candor_journal_add_person (friends, a);
  candor_journal_add_person (friends, b);
  candor_today_pick_people (friends, &first, &second);
  g_assert_true (first == a);
  g_assert_true (second == b);
}

static void
test_sentence (void)
{
  const char *one[] = { "calm", NULL };
  const char *two[] = { "calm", "hopeful", NULL };
  const char *three[] = { "calm", "hopeful", "tired", NULL };
  g_autofree char *s1 = candor_today_build_sentence (one, NULL, NULL);
  g_autofree char *s2 = candor_today_build_sentence (two, "you made tea", NULL);
  g_autofree char *s3 = candor_today_build_sentence (three, " you made tea. ", "a hug.");
  g_autofree char *s4 = candor_today_build_sentence (one, "", "a walk");
  g_autofree char *s5 = candor_today_build_sentence (NULL, NULL, "a walk");
  g_autofree char *s6 = candor_today_build_sentence (NULL, "  ", NULL);

  g_assert_cmpstr (s1, ==, "I feel calm.");
  g_assert_cmpstr (s2, ==, "I feel calm and hopeful when you made tea.");
  g_assert_cmpstr (s3, ==, "I feel calm, hopeful and tired when you made tea, and I need a hug.");
  g_assert_cmpstr (s4, ==, "I feel calm, and I need a walk.");
  g_assert_cmpstr (s5, ==, "I feel …, and I need a walk.");
  g_assert_null (s6);
}

static void
test_checkin_text (void)
{
  CandorPerson *me, *partner;
  g_autoptr(CandorJournal) journal = couple (&me, &partner);
  const char *ids[] = { "grateful", "no-such-word", NULL };
  CandorCheckin *checkin = add_checkin (journal, me, 2025, 3, 1, ids);
  g_autofree char *built = NULL;
  g_autofree char *own = NULL;
  CandorFeeling *grateful = candor_vocabulary_lookup (candor_vocabulary_get_default (),
                                                      "grateful");
  g_autofree char *expected = NULL;

  g_assert_nonnull (grateful);
  candor_checkin_set_when (checkin, "you cooked");
  built = candor_today_dup_checkin_text (checkin);
  expected = g_strdup_printf ("I feel %s and no-such-word when you cooked.",
                              candor_feeling_get_label (grateful));
  g_assert_cmpstr (built, ==, expected);

  /* Free text wins over the builder. */
  candor_checkin_set_text (checkin, "Thanks for today.");
  own = candor_today_dup_checkin_text (checkin);
  g_assert_cmpstr (own, ==, "Thanks for today.");

  g_assert_cmpstr (candor_today_kind_label (CANDOR_CHECKIN_KIND_REGRET), ==, "A small regret");
}

static void
test_reveal (void)
{
  CandorPerson *me, *partner;
  g_autoptr(CandorJournal) journal = couple (&me, &partner);
  g_autoptr(GDateTime) day = candor_day_new (2025, 3, 2);
  GListModel *checkins = candor_journal_get_checkins (journal);
  const char *me_id = candor_entry_get_id (CANDOR_ENTRY (me));
  const char *partner_id = candor_entry_get_id (CANDOR_ENTRY (partner));
  CandorCheckin *a, *b;

  g_assert_cmpint (candor_today_get_state (NULL, TRUE), ==, CANDOR_TODAY_STATE_UNANSWERED);

  add_checkin (journal, me, 2025, 3, 1, NULL);
  g_assert_null (candor_today_find_checkin (checkins, me_id, day));

  a = add_checkin (journal, me, 2025, 3, 2, NULL);
  add_checkin (journal, partner, 2025, 3, 3, NULL);
  g_assert_true (candor_today_find_checkin (checkins, me_id, day) == a);
  g_assert_null (candor_today_find_checkin (checkins, partner_id, day));

  /* A answered, B not yet: A's answer waits, hidden. */
  g_assert_cmpint (candor_today_get_state (a, TRUE), ==, CANDOR_TODAY_STATE_HIDDEN);
  g_assert_false (candor_today_reveal_if_ready (a, NULL));
  g_assert_false (candor_checkin_get_revealed (a));
  /* Alone, there is nothing to wait for. */
  g_assert_cmpint (candor_today_get_state (a, FALSE), ==, CANDOR_TODAY_STATE_SHOWN);

  b = add_checkin (journal, partner, 2025, 3, 2, NULL);
  g_assert_true (candor_today_find_checkin (checkins, partner_id, day) == b);
  g_assert_true (candor_today_reveal_if_ready (a, b));
  g_assert_true (candor_checkin_get_revealed (a));
  g_assert_true (candor_checkin_get_revealed (b));
  g_assert_cmpint (candor_today_get_state (b, TRUE), ==, CANDOR_TODAY_STATE_SHOWN);
  g_assert_false (candor_today_reveal_if_ready (a, b));

  /* Revealing early shows what is there. */
  {
    g_autoptr(GDateTime) next = candor_day_new (2025, 3, 3);
    CandorCheckin *c = candor_today_find_checkin (checkins, partner_id, next);

    candor_today_reveal (NULL, c);
    g_assert_cmpint (candor_today_get_state (c, TRUE), ==, CANDOR_TODAY_STATE_SHOWN);
  }
}

static void
test_welcome (void)
{
  CandorPerson *me, *partner;
  g_autoptr(CandorJournal) journal = couple (&me, &partner);
  GListModel *checkins = candor_journal_get_checkins (journal);
  const char *me_id = candor_entry_get_id (CANDOR_ENTRY (me));
  g_autoptr(GDateTime) today = candor_day_new (2025, 3, 10);

  g_assert_cmpint (candor_today_days_since_last (checkins, me_id, today), ==, -1);
  g_assert_null (candor_today_get_welcome (-1));

  add_checkin (journal, me, 2025, 3, 5, NULL);
  add_checkin (journal, partner, 2025, 3, 9, NULL);
  add_checkin (journal, me, 2025, 3, 12, NULL);
  g_assert_cmpint (candor_today_days_since_last (checkins, me_id, today), ==, 5);
  g_assert_cmpstr (candor_today_get_welcome (5), ==,
                   "Welcome back — want to share one thing from today?");
  g_assert_null (candor_today_get_welcome (0));
  g_assert_null (candor_today_get_welcome (1));
}

static void
test_stats (void)
{
  CandorPerson *me, *partner;
  g_autoptr(CandorJournal) journal = couple (&me, &partner);
  const char *jan[] = { "calm", "grateful", NULL };
  const char *jan2[] = { "calm", NULL };
  const char *apr[] = { "grateful", "anxious", NULL };
  g_autoptr(GDateTime) when = g_date_time_new_utc (2025, 2, 14, 12, 0, 0);
  g_autoptr(CandorFeelingNote) note = candor_feeling_note_new (candor_entry_get_id (CANDOR_ENTRY (partner)), when);
  const char *feb[] = { "lonely", NULL };
  g_autoptr(CandorFeelingStats) all = NULL;
  g_autoptr(CandorFeelingStats) mine = NULL;
  g_autoptr(CandorFeelingStats) none = NULL;
  const CandorFeelingCount *top;
  const CandorFeelingMonth *months;
  CandorVocabulary *vocabulary = candor_vocabulary_get_default ();
  guint n, expected_family;

  for (guint i = 0; i < 4; i++)
    g_assert_nonnull (candor_vocabulary_lookup (vocabulary, (const char *[]){ "calm", "grateful", "anxious", "lonely" }[i]));

  add_checkin (journal, me, 2025, 1, 3, jan);
  add_checkin (journal, partner, 2025, 1, 20, jan2);
  add_checkin (journal, me, 2025, 4, 1, apr);
  candor_feeling_note_set_feelings (note, feb);
  candor_journal_add_feeling_note (journal, note);

  all = candor_feeling_stats_new (journal, NULL);
  g_assert_cmpuint (candor_feeling_stats_get_uses (all), ==, 6);
  g_assert_cmpuint (candor_feeling_stats_get_distinct (all), ==, 4);
  g_assert_cmpuint (candor_feeling_stats_get_count (all, "calm"), ==, 2);
  g_assert_cmpuint (candor_feeling_stats_get_count (all, "lonely"), ==, 1);

  top = candor_feeling_stats_get_top (all, &n);
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpstr (top[0].id, ==, "calm");
  g_assert_cmpstr (top[1].id, ==, "grateful");
  g_assert_cmpuint (top[1].count, ==, 2);

  expected_family = 0;
  for (guint i = 0; i < CANDOR_N_FEELING_FAMILIES; i++)
    expected_family += candor_feeling_stats_get_family (all, i);
  g_assert_cmpuint (expected_family, ==, 6);
  g_assert_cmpuint (candor_feeling_stats_get_family (all, candor_feeling_get_family (candor_vocabulary_lookup (vocabulary, "calm"))), >=, 2);

  /* January to April, the empty March included. */
  months = candor_feeling_stats_get_months (all, &n);
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpint (months[0].year, ==, 2025);
  g_assert_cmpint (months[0].month, ==, 1);
  g_assert_cmpuint (months[0].distinct, ==, 2);
  g_assert_cmpuint (months[0].new_words, ==, 2);
  g_assert_cmpuint (months[0].total, ==, 2);
  g_assert_cmpint (months[1].month, ==, 2);
  g_assert_cmpuint (months[1].distinct, ==, 1);
  g_assert_cmpuint (months[1].total, ==, 3);
  g_assert_cmpint (months[2].month, ==, 3);
  g_assert_cmpuint (months[2].distinct, ==, 0);
  g_assert_cmpuint (months[2].total, ==, 3);
  g_assert_cmpint (months[3].month, ==, 4);
  g_assert_cmpuint (months[3].distinct, ==, 2);
  g_assert_cmpuint (months[3].new_words, ==, 1);
  g_assert_cmpuint (months[3].total, ==, 4);

  mine = candor_feeling_stats_new (journal, candor_entry_get_id (CANDOR_ENTRY (me)));
  g_assert_cmpuint (candor_feeling_stats_get_uses (mine), ==, 4);
  g_assert_cmpuint (candor_feeling_stats_get_distinct (mine), ==, 3);
  g_assert_cmpuint (candor_feeling_stats_get_count (mine, "lonely"), ==, 0);

  none = candor_feeling_stats_new (journal, "nobody");
  g_assert_cmpuint (candor_feeling_stats_get_uses (none), ==, 0);
  candor_feeling_stats_get_months (none, &n);
  g_assert_cmpuint (n, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/today/pick-people", test_pick_people);
  g_test_add_func ("/today/sentence", test_sentence);
  g_test_add_func ("/today/checkin-text", test_checkin_text);
  g_test_add_func ("/today/reveal", test_reveal);
  g_test_add_func ("/today/welcome", test_welcome);
  g_test_add_func ("/feeling-stats/counts", test_stats);

  return g_test_run ();
}
