/* test-week.c — the week of the printed reflection, on hand-built journals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "candor-week.h"

typedef struct
{
  CandorJournal *journal;
  char          *alex;   /* is me */
  char          *sam;
  GTimeZone     *utc;
  GDateTime     *now;    /* long after the test weeks */
} Fixture;

static GDateTime *
day (int y, int m, int d)
{
  return candor_day_new (y, m, d);
}

static GDateTime *
moment (int y, int m, int d, int hour, int minute)
{
  return g_date_time_new_utc (y, m, d, hour, minute, 0);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(CandorPerson) alex = candor_person_new ("Alex", CANDOR_RELATIONSHIP_PARTNER);
  g_autoptr(CandorPerson) sam = candor_person_new ("Sam", CANDOR_RELATIONSHIP_PARTNER);

  candor_person_set_is_me (alex, TRUE);
  f->journal = candor_journal_new ();
  candor_journal_add_person (f->journal, alex);
  candor_journal_add_person (f->journal, sam);
  f->alex = g_strdup (candor_entry_get_id (CANDOR_ENTRY (alex)));
  f->sam = g_strdup (candor_entry_get_id (CANDOR_ENTRY (sam)));
  /* Monday first, unless a test says otherwise. */
  candor_settings_set_first_weekday (candor_journal_get_settings (f->journal), 1);
  f->utc = g_time_zone_new_utc ();
  f->now = moment (2027, 1, 1, 12, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->journal);
  g_free (f->alex);
  g_free (f->sam);
  g_time_zone_unref (f->utc);
  g_date_time_unref (f->now);
}

static CandorWeek *
week_of (Fixture    *f,
         GDateTime  *any_day,
         const char *include_private_of)
{
  return candor_week_new_full (f->journal, any_day, include_private_of, 0, f->utc, f->now);
}

static CandorCheckin *
add_checkin (Fixture           *f,
             const char        *author,
             GDateTime         *date,
             CandorCheckinKind  kind,
             const char        *text,
             gboolean           shared)
{
  g_autoptr(CandorCheckin) checkin = candor_checkin_new (author, date, kind);

  candor_checkin_set_text (checkin, text);
  candor_checkin_set_shared (checkin, shared);
  candor_checkin_set_revealed (checkin, shared);
  candor_journal_add_checkin (f->journal, checkin);
  return checkin;
}

static void
add_interaction (Fixture               *f,
                 GDateTime             *when,
                 CandorInteractionKind  kind,
                 gboolean               chat)
{
  g_autoptr(CandorInteraction) interaction = candor_interaction_new (f->sam, when, kind);

  candor_interaction_set_meaningful_chat (interaction, chat);
  candor_journal_add_interaction (f->journal, interaction);
}

static void
test_first_weekday_from_langinfo (void)
{
  /* en_US: first weekday 1 counted from a Sunday → Sunday. */
  g_assert_cmpuint (candor_week_first_weekday_from_langinfo (1, 19971130), ==, 7);
  /* de_DE, fr_FR, ru_RU: 2 counted from a Sunday → Monday. */
  g_assert_cmpuint (candor_week_first_weekday_from_langinfo (2, 19971130), ==, 1);
  /* ar_EG style: 7 counted from a Sunday → Saturday. */
  g_assert_cmpuint (candor_week_first_weekday_from_langinfo (7, 19971130), ==, 6);
  /* A locale counting from a Monday. */
  g_assert_cmpuint (candor_week_first_weekday_from_langinfo (1, 19971201), ==, 1);
  /* Nonsense falls back to the origin day. */
  g_assert_cmpuint (candor_week_first_weekday_from_langinfo (0, 19971130), ==, 7);

  g_assert_cmpuint (candor_week_first_weekday_for_locale (), >=, 1);
  g_assert_cmpuint (candor_week_first_weekday_for_locale (), <=, 7);
}

static void
assert_day (GDateTime *date, int y, int m, int d)
{
  int year, month, dd;

  g_date_time_get_ymd (date, &year, &month, &dd);
  g_assert_cmpint (year, ==, y);
  g_assert_cmpint (month, ==, m);
  g_assert_cmpint (dd, ==, d);
}

static void
test_boundaries (Fixture *f, gconstpointer data)
{
  g_autoptr(GDateTime) wednesday = moment (2026, 11, 18, 10, 0);
  g_autoptr(GDateTime) sunday = moment (2026, 11, 22, 23, 0);
  g_autoptr(CandorWeek) monday_week = week_of (f, wednesday, NULL);
  g_autoptr(CandorWeek) sunday_end = week_of (f, sunday, NULL);
  g_autoptr(CandorWeek) sunday_week = NULL;
  g_autoptr(CandorWeek) saturday_week = NULL;
  g_autoptr(CandorWeek) year_end = NULL;
  g_autoptr(GDateTime) new_year = moment (2027, 1, 1, 9, 0);

  assert_day (candor_week_get_start (monday_week), 2026, 11, 16);
  assert_day (candor_week_get_end (monday_week), 2026, 11, 22);
  /* Sunday is the last day of a week that starts on Monday. */
  assert_day (candor_week_get_start (sunday_end), 2026, 11, 16);

  /* The settings' first weekday wins over the locale. */
  candor_settings_set_first_weekday (candor_journal_get_settings (f->journal), 7);
  sunday_week = week_of (f, wednesday, NULL);
  assert_day (candor_week_get_start (sunday_week), 2026, 11, 15);
  assert_day (candor_week_get_end (sunday_week), 2026, 11, 21);

  /* An explicit first weekday wins over the settings. */
  saturday_week = candor_week_new_full (f->journal, wednesday, NULL, 6, f->utc, f->now);
  assert_day (candor_week_get_start (saturday_week), 2026, 11, 14);

  /* Across the end of a year. */
  candor_settings_set_first_weekday (candor_journal_get_settings (f->journal), 1);
  year_end = week_of (f, new_year, NULL);
  assert_day (candor_week_get_start (year_end), 2026, 12, 28);
  assert_day (candor_week_get_end (year_end), 2027, 1, 3);
}

static void
test_time_zones (Fixture *f, gconstpointer data)
{
  /* Sunday 23:30 UTC is already Monday 01:30 in UTC+2, and still Sunday 18:30 in UTC-5. */
  g_autoptr(GDateTime) late_sunday = moment (2026, 11, 15, 23, 30);
  g_autoptr(GDateTime) tuesday = moment (2026, 11, 17, 12, 0);
  g_autoptr(GTimeZone) east = g_time_zone_new_identifier ("+02:00");
  g_autoptr(GTimeZone) west = g_time_zone_new_identifier ("-05:00");
  g_autoptr(CandorCheck) check = candor_check_new (f->sam, late_sunday);
  g_autoptr(CandorWeek) in_utc = NULL;
  g_autoptr(CandorWeek) in_east = NULL;
  g_autoptr(CandorWeek) in_west = NULL;

  candor_check_set_status (check, CANDOR_CHECK_STATUS_HELD);
  candor_journal_add_check (f->journal, check);
  add_interaction (f, late_sunday, CANDOR_INTERACTION_KIND_POSITIVE, TRUE);

  in_utc = week_of (f, tuesday, NULL);
  in_east = candor_week_new_full (f->journal, tuesday, NULL, 0, east, f->now);
  in_west = candor_week_new_full (f->journal, tuesday, NULL, 0, west, f->now);

  g_assert_cmpuint (candor_week_get_checks_held (in_utc)->len, ==, 0);
  g_assert_cmpuint (candor_week_get_n_positive (in_utc), ==, 0);
  g_assert_cmpuint (candor_week_get_checks_held (in_east)->len, ==, 1);
  g_assert_cmpuint (candor_week_get_n_positive (in_east), ==, 1);
  /* The chat marked meaningful, and the Connection Check held. */
  g_assert_cmpuint (candor_week_get_n_chats (in_east), ==, 2);
  g_assert_cmpuint (candor_week_get_checks_held (in_west)->len, ==, 0);
  g_assert_false (candor_week_is_empty (in_east));
  g_assert_true (candor_week_is_empty (in_west));
}

static void
test_private_entries (Fixture *f, gconstpointer data)
{
  g_autoptr(GDateTime) tuesday = day (2026, 11, 17);
  g_autoptr(CandorWeek) shared_only = NULL;
  g_autoptr(CandorWeek) with_mine = NULL;
  GPtrArray *alex_checkins;

  add_checkin (f, f->alex, tuesday, CANDOR_CHECKIN_KIND_WORRY, "Shared worry", TRUE);
  add_checkin (f, f->alex, tuesday, CANDOR_CHECKIN_KIND_NEED, "My private need", FALSE);
  add_checkin (f, f->sam, tuesday, CANDOR_CHECKIN_KIND_REGRET, "Sam's private regret", FALSE);
  add_checkin (f, f->sam, tuesday, CANDOR_CHECKIN_KIND_OTHER, "Sam's shared note", TRUE);

  shared_only = week_of (f, tuesday, NULL);
  g_assert_cmpuint (candor_week_get_n_checkins (shared_only), ==, 2);
  alex_checkins = candor_week_get_checkins (shared_only, f->alex);
  g_assert_cmpuint (alex_checkins->len, ==, 1);
  g_assert_cmpstr (candor_checkin_get_text (g_ptr_array_index (alex_checkins, 0)), ==,
                   "Shared worry");

  /* Alex asks to include their own private entries: never Sam's. */
  with_mine = week_of (f, tuesday, f->alex);
  g_assert_cmpuint (candor_week_get_n_checkins (with_mine), ==, 3);
  g_assert_cmpuint (candor_week_get_checkins (with_mine, f->alex)->len, ==, 2);
  g_assert_cmpuint (candor_week_get_checkins (with_mine, f->sam)->len, ==, 1);
}

static void
test_unrevealed_today (Fixture *f, gconstpointer data)
{
  g_autoptr(GDateTime) today = day (2026, 11, 17);
  g_autoptr(GDateTime) now = moment (2026, 11, 17, 20, 0);
  g_autoptr(CandorWeek) week = NULL;
  CandorCheckin *checkin;

  /* Sam answered today, Alex has not yet: the answer stays hidden until the reveal. */
  checkin = add_checkin (f, f->sam, today, CANDOR_CHECKIN_KIND_WORRY, "Not yet", TRUE);
  candor_checkin_set_revealed (checkin, FALSE);

  week = candor_week_new_full (f->journal, today, NULL, 0, f->utc, now);
  g_assert_cmpuint (candor_week_get_n_checkins (week), ==, 0);
  g_clear_object (&week);

  /* Once the day is over it is part of the week. */
  week = week_of (f, today, NULL);
  g_assert_cmpuint (candor_week_get_n_checkins (week), ==, 1);
}

static void
test_feelings_and_appreciations (Fixture *f, gconstpointer data)
{
  g_autoptr(GDateTime) monday = day (2026, 11, 16);
  g_autoptr(GDateTime) thursday = day (2026, 11, 19);
  g_autoptr(GDateTime) check_time = moment (2026, 11, 18, 19, 0);
  g_autoptr(GDateTime) next_monday = day (2026, 11, 23);
  g_autoptr(CandorCheck) check = candor_check_new (f->sam, check_time);
  g_autoptr(CandorCheck) private_check = candor_check_new (f->sam, check_time);
  g_autoptr(CandorWeek) week = NULL;
  g_autoptr(CandorWeek) with_mine = NULL;
  g_auto(GStrv) feelings = NULL;
  CandorCheckin *checkin;
  CandorWeekAppreciation *appreciation;

  checkin = add_checkin (f, f->alex, monday, CANDOR_CHECKIN_KIND_WORRY, "Work", TRUE);
  candor_checkin_set_feelings (checkin, (const char *[]) { "anxious", "tired", NULL });
  checkin = add_checkin (f, f->alex, thursday, CANDOR_CHECKIN_KIND_APPRECIATION,
                         "Thank you for the tea", TRUE);
  candor_checkin_set_feelings (checkin, (const char *[]) { "grateful", "tired", NULL });
  /* Next week: not counted. */
  checkin = add_checkin (f, f->alex, next_monday, CANDOR_CHECKIN_KIND_WORRY, "Later", TRUE);
  candor_checkin_set_feelings (checkin, (const char *[]) { "lonely", NULL });

  candor_check_set_status (check, CANDOR_CHECK_STATUS_HELD);
  candor_check_set_private (check, FALSE);
  candor_check_set_appreciation (check, "You listened so well.");
  candor_journal_add_check (f->journal, check);
  candor_check_set_status (private_check, CANDOR_CHECK_STATUS_HELD);
  candor_check_set_private (private_check, TRUE);
  candor_check_set_appreciation (private_check, "Between us.");
  candor_journal_add_check (f->journal, private_check);

  week = week_of (f, monday, NULL);
  feelings = candor_week_dup_feelings (week, f->alex);
  g_assert_cmpuint (g_strv_length (feelings), ==, 3);
  g_assert_cmpstr (feelings[0], ==, "tired");   /* named twice */
  g_assert_cmpstr (feelings[1], ==, "anxious");
  g_assert_cmpstr (feelings[2], ==, "grateful");
  g_assert_cmpuint (candor_week_get_feeling_uses (week, f->alex, "tired"), ==, 2);
  g_assert_cmpuint (candor_week_get_n_feelings_named (week), ==, 3);

  /* The appreciation check-in is listed with the appreciations, not twice. */
  g_assert_cmpuint (candor_week_get_n_checkins (week), ==, 2);
  g_assert_cmpuint (candor_week_get_checkins (week, f->alex)->len, ==, 1);
  g_assert_cmpuint (candor_week_get_checks_held (week)->len, ==, 2);
  g_assert_cmpuint (candor_week_get_appreciations (week)->len, ==, 2);
  appreciation = g_ptr_array_index (candor_week_get_appreciations (week), 0);
  g_assert_cmpstr (appreciation->text, ==, "Thank you for the tea");
  g_assert_cmpstr (appreciation->person_id, ==, f->alex);
  g_assert_false (appreciation->from_check);
  appreciation = g_ptr_array_index (candor_week_get_appreciations (week), 1);
  g_assert_cmpstr (appreciation->text, ==, "You listened so well.");
  g_assert_true (appreciation->from_check);

  /* The private check's words only when you ask for your private entries. */
  with_mine = week_of (f, monday, f->alex);
  g_assert_cmpuint (candor_week_get_appreciations (with_mine)->len, ==, 3);
}

static CandorCommitment *
add_commitment (Fixture    *f,
                const char *text,
                GDateTime  *created,
                GDateTime  *due,
                GDateTime  *done)
{
  g_autoptr(CandorCommitment) commitment = g_object_new (CANDOR_TYPE_COMMITMENT,
                                                         "created", created,
                                                         "person-id", f->sam,
                                                         "text", text,
                                                         "due", due,
                                                         "done", done,
                                                         NULL);

  candor_journal_add_commitment (f->journal, commitment);
  return commitment;
}

static gboolean
has_commitment (CandorWeek                *week,
                CandorWeekCommitmentState  state,
                const char                *text)
{
  GPtrArray *list = candor_week_get_commitments (week, state);

  for (guint i = 0; i < list->len; i++)
    if (g_strcmp0 (candor_commitment_get_text (g_ptr_array_index (list, i)), text) == 0)
      return TRUE;
  return FALSE;
}

static void
test_commitments (Fixture *f, gconstpointer data)
{
  g_autoptr(GDateTime) made = moment (2026, 11, 12, 20, 0);
  g_autoptr(GDateTime) made_later = moment (2026, 11, 30, 20, 0);
  g_autoptr(GDateTime) tue = day (2026, 11, 17);
  g_autoptr(GDateTime) wed = day (2026, 11, 18);
  g_autoptr(GDateTime) fri = day (2026, 11, 20);
  g_autoptr(GDateTime) next_tue = day (2026, 11, 24);
  g_autoptr(GDateTime) last_week = day (2026, 11, 10);
  g_autoptr(GDateTime) now_wed = moment (2026, 11, 18, 12, 0);
  g_autoptr(CandorWeek) past = NULL;
  g_autoptr(CandorWeek) current = NULL;
  g_autoptr(CandorWeek) future = NULL;

  add_commitment (f, "done in the week", made, fri, wed);
  add_commitment (f, "due in the week, never done", made, tue, NULL);
  add_commitment (f, "due next week", made, next_tue, NULL);
  add_commitment (f, "done late, after the week", made, fri, next_tue);
  add_commitment (f, "long done", made, last_week, last_week);
  add_commitment (f, "made after the week", made_later, next_tue, NULL);

  /* A past week, as it stood at its end. */
  past = week_of (f, tue, NULL);
  g_assert_true (has_commitment (past, CANDOR_WEEK_COMMITMENT_DONE, "done in the week"));
  g_assert_true (has_commitment (past, CANDOR_WEEK_COMMITMENT_OVERDUE,
                                 "due in the week, never done"));
  g_assert_true (has_commitment (past, CANDOR_WEEK_COMMITMENT_OVERDUE,
                                 "done late, after the week"));
  g_assert_true (has_commitment (past, CANDOR_WEEK_COMMITMENT_OPEN, "due next week"));
  g_assert_cmpuint (candor_week_get_commitments (past, CANDOR_WEEK_COMMITMENT_DONE)->len, ==, 1);
  g_assert_cmpuint (candor_week_get_commitments (past, CANDOR_WEEK_COMMITMENT_OPEN)->len, ==, 1);
  g_assert_cmpuint (candor_week_get_commitments (past, CANDOR_WEEK_COMMITMENT_OVERDUE)->len, ==, 2);

  /* The current week, on Wednesday: Friday's is still open, Tuesday's is past its day. */
  current = candor_week_new_full (f->journal, tue, NULL, 0, f->utc, now_wed);
  g_assert_true (has_commitment (current, CANDOR_WEEK_COMMITMENT_OVERDUE,
                                 "due in the week, never done"));
  g_assert_true (has_commitment (current, CANDOR_WEEK_COMMITMENT_OPEN,
                                 "done late, after the week"));
  g_assert_true (has_commitment (current, CANDOR_WEEK_COMMITMENT_OPEN, "due next week"));
  g_assert_false (has_commitment (current, CANDOR_WEEK_COMMITMENT_OPEN, "made after the week"));

  /* A week still to come has none yet. */
  future = candor_week_new_full (f->journal, next_tue, NULL, 0, f->utc, now_wed);
  for (guint i = 0; i < CANDOR_WEEK_N_COMMITMENT_STATES; i++)
    g_assert_cmpuint (candor_week_get_commitments (future, i)->len, ==, 0);
}

static void
test_ratio_and_chats (Fixture *f, gconstpointer data)
{
  g_autoptr(GDateTime) tuesday = moment (2026, 11, 17, 9, 0);
  g_autoptr(GDateTime) before = moment (2026, 11, 15, 9, 0);
  g_autoptr(CandorWeek) week = NULL;

  for (guint i = 0; i < 9; i++)
    add_interaction (f, tuesday, CANDOR_INTERACTION_KIND_POSITIVE, FALSE);
  add_interaction (f, tuesday, CANDOR_INTERACTION_KIND_CORRECTIVE, FALSE);
  add_interaction (f, tuesday, CANDOR_INTERACTION_KIND_CORRECTIVE, FALSE);
  add_interaction (f, tuesday, CANDOR_INTERACTION_KIND_BID_TOWARD, TRUE);
  add_interaction (f, before, CANDOR_INTERACTION_KIND_POSITIVE, TRUE);
  candor_settings_set_ratio_target (candor_journal_get_settings (f->journal), 4);

  week = week_of (f, tuesday, NULL);
  /* Counted as the Progress page counts: a bid turned toward is a kind moment too. */
  g_assert_cmpuint (candor_week_get_n_positive (week), ==, 10);
  g_assert_cmpuint (candor_week_get_n_corrective (week), ==, 2);
  g_assert_cmpuint (candor_week_get_n_chats (week), ==, 1);
  g_assert_cmpuint (candor_week_get_ratio_target (week), ==, 4);
}

static void
test_empty_week_and_prompts (Fixture *f, gconstpointer data)
{
  g_autoptr(GDateTime) tuesday = day (2026, 11, 17);
  g_autoptr(GDateTime) next = day (2026, 11, 24);
  g_autoptr(CandorWeek) week = week_of (f, tuesday, NULL);
  g_autoptr(CandorWeek) again = week_of (f, tuesday, NULL);
  g_autoptr(CandorWeek) following = week_of (f, next, NULL);
  GPtrArray *prompts = candor_week_get_prompts (week);

  g_assert_true (candor_week_is_empty (week));
  g_assert_cmpuint (candor_week_get_people (week)->len, ==, 2);
  g_assert_null (candor_week_get_checkins (week, f->alex));
  g_assert_cmpuint (candor_week_get_n_feelings_named (week), ==, 0);

  /* Three prompts, the same each time the week is printed, others the next week. */
  g_assert_cmpuint (prompts->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      CandorPrompt *prompt = g_ptr_array_index (prompts, i);

      g_assert_cmpstr (candor_prompt_get_id (prompt), ==,
                       candor_prompt_get_id (g_ptr_array_index (candor_week_get_prompts (again), i)));
      g_assert_cmpstr (candor_prompt_get_id (prompt), !=,
                       candor_prompt_get_id (g_ptr_array_index (candor_week_get_prompts (following), i)));
      g_assert_cmpstr (candor_prompt_get_text (prompt), !=, "");
    }
}

static void
test_archived_people (Fixture *f, gconstpointer data)
{
  g_autoptr(CandorPerson) kim = candor_person_new ("Kim", CANDOR_RELATIONSHIP_FRIEND);
  g_autoptr(CandorPerson) lee = candor_person_new ("Lee", CANDOR_RELATIONSHIP_FRIEND);
  g_autoptr(GDateTime) tuesday = day (2026, 11, 17);
  g_autoptr(CandorWeek) week = NULL;

  candor_person_set_archived (kim, TRUE);
  candor_person_set_archived (lee, TRUE);
  candor_journal_add_person (f->journal, kim);
  candor_journal_add_person (f->journal, lee);
  add_checkin (f, candor_entry_get_id (CANDOR_ENTRY (kim)), tuesday,
               CANDOR_CHECKIN_KIND_OTHER, "Still here", TRUE);

  /* Archived people appear only in a week that has their entries. */
  week = week_of (f, tuesday, NULL);
  g_assert_cmpuint (candor_week_get_people (week)->len, ==, 3);
  g_assert_true (g_ptr_array_index (candor_week_get_people (week), 2) == kim);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/week/first-weekday-from-langinfo", test_first_weekday_from_langinfo);
#define ADD(path, func) \
  g_test_add ("/week/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("boundaries", test_boundaries);
  ADD ("time-zones", test_time_zones);
  ADD ("private-entries", test_private_entries);
  ADD ("unrevealed-today", test_unrevealed_today);
  ADD ("feelings-and-appreciations", test_feelings_and_appreciations);
  ADD ("commitments", test_commitments);
  ADD ("ratio-and-chats", test_ratio_and_chats);
  ADD ("empty-week-and-prompts", test_empty_week_and_prompts);
  ADD ("archived-people", test_archived_people);
#undef ADD

  return g_test_run ();
}
