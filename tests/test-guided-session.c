/* test-guided-session.c — the guided session on real widgets: walking through to "held",
 * the timers (moved on by hand), the live word counters, and closing mid-way
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "candor-guided-session.h"
#include "candor-test-utils.h"

typedef struct {
  CandorJournal *journal;
  CandorPerson  *sam;
  CandorCheck   *check;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GDateTime) start = g_date_time_new_now_local ();
  const char *ids[] = { "a", "b", "c", NULL };
  const char *texts[] = { "What recent moment affected you most?",
                          "What are you quietly proud of?",
                          "Where would a little help make the biggest difference?", NULL };

  f->journal = candor_journal_new ();
  f->sam = candor_person_new ("Sam", CANDOR_RELATIONSHIP_PARTNER);
  candor_journal_add_person (f->journal, f->sam);
  f->check = candor_check_new (candor_entry_get_id (CANDOR_ENTRY (f->sam)), start);
  candor_check_set_question_ids (f->check, ids);
  candor_check_set_question_texts (f->check, texts);
  candor_journal_add_check (f->journal, f->check);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  candor_test_close_toplevels_except (NULL);
  g_clear_object (&f->check);
  g_clear_object (&f->sam);
  g_clear_object (&f->journal);
}

static gboolean
is_gone (gpointer data)
{
  return candor_test_find_toplevel (CANDOR_TYPE_GUIDED_SESSION) == NULL;
}

static void
test_walk_through_to_held (Fixture       *f,
                           gconstpointer  data)
{
  CandorGuidedSession *session = candor_guided_session_new (NULL, f->journal, f->check);
  GListModel *commitments = candor_journal_get_commitments (f->journal);
  g_autoptr(CandorCommitment) commitment = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  GDateTime *due;
  GTimeSpan until_due;

  gtk_window_present (GTK_WINDOW (session));
  g_assert_true (candor_test_find_toplevel (CANDOR_TYPE_GUIDED_SESSION) != NULL);

  /* Ten minutes of presence: start, pause, resume, run out. */
  g_assert_cmpstr (candor_guided_session_get_step (session), ==, "presence");
  g_assert_cmpuint (candor_guided_session_get_remaining (session), ==, 600);
  g_assert_false (candor_guided_session_get_timer_running (session));
  candor_guided_session_toggle_timer (session);
  g_assert_true (candor_guided_session_get_timer_running (session));
  candor_guided_session_advance_time (session, 5);
  g_assert_cmpuint (candor_guided_session_get_remaining (session), ==, 595);
  g_assert_nonnull (candor_test_find_widget (GTK_WIDGET (session), GTK_TYPE_LABEL, "9:55"));
  candor_guided_session_toggle_timer (session);
  candor_guided_session_advance_time (session, 100);
  g_assert_cmpuint (candor_guided_session_get_remaining (session), ==, 595);
  candor_guided_session_toggle_timer (session);
  candor_guided_session_advance_time (session, 1000);
  g_assert_cmpuint (candor_guided_session_get_remaining (session), ==, 0);
  g_assert_false (candor_guided_session_get_timer_running (session));

  candor_guided_session_next (session);
  g_assert_cmpstr (candor_guided_session_get_step (session), ==, "agreement");
  candor_guided_session_next (session);

  /* Each question: an answer, then a three-second pause cue, then the prompts. */
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *step = g_strdup_printf ("question-%u", i);

      g_assert_cmpstr (candor_guided_session_get_step (session), ==, step);
      g_assert_false (candor_guided_session_get_pausing (session));
      candor_guided_session_answered (session);
      g_assert_true (candor_guided_session_get_pausing (session));
      g_assert_cmpuint (candor_guided_session_get_remaining (session), ==, 3);
      candor_guided_session_advance_time (session, 2);
      g_assert_true (candor_guided_session_get_pausing (session));
      candor_guided_session_advance_time (session, 1);
      g_assert_false (candor_guided_session_get_pausing (session));
      candor_guided_session_next (session);
    }
  g_assert_nonnull (candor_test_find_widget (GTK_WIDGET (session), GTK_TYPE_BUTTON, "_Pass"));

  /* The 90-second story. */
  g_assert_cmpstr (candor_guided_session_get_step (session), ==, "story");
  g_assert_cmpuint (candor_guided_session_get_remaining (session), ==, 90);
  candor_guided_session_toggle_timer (session);
  candor_guided_session_advance_time (session, 90);
  g_assert_cmpuint (candor_guided_session_get_remaining (session), ==, 0);
  candor_guided_session_next (session);

  /* The closing appreciation: fifteen words at most, gently held to it. */
  g_assert_cmpstr (candor_guided_session_get_step (session), ==, "closing");
  g_assert_cmpstr (candor_guided_session_get_appreciation_count (session), ==, "0 / 15 words");
  candor_guided_session_set_appreciation (session,
    "You listened all evening and made me feel truly heard, thank you so much tonight again");
  g_assert_cmpstr (candor_guided_session_get_appreciation_count (session), ==, "16 / 15 words");
  g_assert_false (candor_guided_session_can_go_next (session));
  candor_guided_session_next (session);
  g_assert_cmpstr (candor_guided_session_get_step (session), ==, "closing");
  /* In Chinese, two characters to a word: what fits in English fits here too. */
  candor_guided_session_set_appreciation (session, "谢谢你");
  g_assert_cmpstr (candor_guided_session_get_appreciation_count (session), ==, "2 / 15 words");
  candor_guided_session_set_appreciation (session,
                                          "你今天一直耐心地听我说话，让我觉得被理解了，谢谢你");
  g_assert_cmpstr (candor_guided_session_get_appreciation_count (session), ==, "12 / 15 words");
  g_assert_true (candor_guided_session_can_go_next (session));
  candor_guided_session_set_appreciation (session, "Thank you for really listening tonight.");
  g_assert_cmpstr (candor_guided_session_get_appreciation_count (session), ==, "6 / 15 words");
  candor_guided_session_next (session);

  g_assert_cmpstr (candor_guided_session_get_step (session), ==, "commitments");
  candor_guided_session_add_commitment (session, "Plan the Saturday walk");
  candor_guided_session_add_commitment (session, "  ");
  candor_guided_session_next (session);

  /* The follow-up message: fewer than sixty words. */
  g_assert_cmpstr (candor_guided_session_get_step (session), ==, "follow-up");
  {
    g_autoptr(GString) long_text = g_string_new (NULL);

    for (int i = 0; i < 60; i++)
      g_string_append (long_text, "word ");
    candor_guided_session_set_follow_up (session, long_text->str);
    g_assert_cmpstr (candor_guided_session_get_follow_up_count (session), ==, "60 / 60 words");
    g_assert_false (candor_guided_session_can_go_next (session));
  }
  candor_guided_session_set_follow_up (session,
    "Loved our talk about work. I'll book the walk. What would make Sunday restful for you?");
  g_assert_cmpstr (candor_guided_session_get_follow_up_count (session), ==, "16 / 60 words");
  candor_guided_session_copy_follow_up (session);

  candor_guided_session_next (session);
  g_assert_true (candor_test_wait_for (is_gone, NULL, 5000));

  /* Held, with what was said. */
  g_assert_cmpint (candor_check_get_status (f->check), ==, CANDOR_CHECK_STATUS_HELD);
  g_assert_cmpstr (candor_check_get_appreciation (f->check), ==,
                   "Thank you for really listening tonight.");
  g_assert_nonnull (strstr (candor_check_get_follow_up (f->check), "Sunday restful"));
  g_assert_cmpuint (g_list_model_get_n_items (commitments), ==, 1);
  commitment = g_list_model_get_item (commitments, 0);
  g_assert_cmpstr (candor_commitment_get_text (commitment), ==, "Plan the Saturday walk");
  g_assert_cmpstr (candor_commitment_get_check_id (commitment), ==,
                   candor_entry_get_id (CANDOR_ENTRY (f->check)));
  due = candor_commitment_get_due (commitment);
  until_due = g_date_time_difference (due, now);
  g_assert_cmpint (until_due, >, 5 * G_TIME_SPAN_DAY);
  g_assert_cmpint (until_due, <=, 7 * G_TIME_SPAN_DAY);
}

static void
test_close_mid_way_keeps_everything (Fixture       *f,
                                     gconstpointer  data)
{
  CandorGuidedSession *session = candor_guided_session_new (NULL, f->journal, f->check);

  gtk_window_present (GTK_WINDOW (session));
  for (int i = 0; i < 6; i++)
    candor_guided_session_next (session);
  g_assert_cmpstr (candor_guided_session_get_step (session), ==, "closing");
  candor_guided_session_set_appreciation (session, "You made me laugh");
  gtk_window_close (GTK_WINDOW (session));
  g_assert_true (candor_test_wait_for (is_gone, NULL, 5000));

  g_assert_cmpint (candor_check_get_status (f->check), ==, CANDOR_CHECK_STATUS_SCHEDULED);
  g_assert_cmpstr (candor_check_get_appreciation (f->check), ==, "You made me laugh");

  /* Opening it again brings the words back. */
  session = candor_guided_session_new (NULL, f->journal, f->check);
  gtk_window_present (GTK_WINDOW (session));
  for (int i = 0; i < 6; i++)
    candor_guided_session_next (session);
  g_assert_cmpstr (candor_guided_session_get_appreciation_count (session), ==, "4 / 15 words");
  gtk_window_destroy (GTK_WINDOW (session));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();

  g_test_add ("/guided-session/walk-through-to-held", Fixture, NULL, fixture_set_up,
              test_walk_through_to_held, fixture_tear_down);
  g_test_add ("/guided-session/close-mid-way", Fixture, NULL, fixture_set_up,
              test_close_mid_way_keeps_everything, fixture_tear_down);
  return g_test_run ();
}
