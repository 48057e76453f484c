/* test-check-editor.c — a check's editor on real widgets: "Suggest Others" never brings
 * back a question from the last six checks with that person; your own questions join
 * the pool; commitments fall due a week after the check
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "candor-check-editor.h"
#include "candor-question-pool.h"
#include "candor-secure.h"
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
  g_autoptr(CandorQuestionPool) pool = candor_question_pool_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autoptr(GDateTime) start = g_date_time_new_local (2026, 3, 20, 19, 0, 0);

  f->journal = candor_journal_new ();
  f->sam = candor_person_new ("Sam", CANDOR_RELATIONSHIP_PARTNER);
  candor_journal_add_person (f->journal, f->sam);

  /* Six earlier checks, each with three different questions from the pool. */
  for (int i = 0; i < 6; i++)
    {
      g_autoptr(GDateTime) at = g_date_time_new_local (2026, 1 + i / 3, 1 + 7 * (i % 3), 19, 0, 0);
      g_autoptr(CandorCheck) check = candor_check_new (candor_entry_get_id (CANDOR_ENTRY (f->sam)),
                                                       at);
      g_autoptr(GPtrArray) questions = NULL;
      g_auto(GStrv) recent = NULL;
      const char *ids[4] = { NULL };
      const char *texts[4] = { NULL };

      recent = candor_settings_dup_recent_questions (candor_journal_get_settings (f->journal),
                                                     candor_entry_get_id (CANDOR_ENTRY (f->sam)));
      questions = candor_question_pool_suggest (pool, CANDOR_QUESTION_DEPTH_LIGHT,
                                                (const char * const *) recent, 3, rand);
      for (guint j = 0; j < 3; j++)
        {
          ids[j] = candor_question_get_id (g_ptr_array_index (questions, j));
          texts[j] = candor_question_get_text (g_ptr_array_index (questions, j));
        }
      candor_check_set_question_ids (check, ids);
      candor_check_set_question_texts (check, texts);
      candor_check_set_status (check, CANDOR_CHECK_STATUS_HELD);
      candor_journal_add_check (f->journal, check);
      candor_settings_note_questions_used (candor_journal_get_settings (f->journal),
                                           candor_entry_get_id (CANDOR_ENTRY (f->sam)), ids);
    }

  f->check = candor_check_new (candor_entry_get_id (CANDOR_ENTRY (f->sam)), start);
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

static GHashTable *
recent_ids (Fixture *f)
{
  GHashTable *ids = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *checks = candor_journal_get_checks (f->journal);

  for (guint i = 0; i < g_list_model_get_n_items (checks); i++)
    {
      g_autoptr(CandorCheck) check = g_list_model_get_item (checks, i);
      const char * const *qs = candor_check_get_question_ids (check);

      if (check == f->check)
        continue;
      for (guint j = 0; qs != NULL && qs[j] != NULL; j++)
        g_hash_table_add (ids, (gpointer) qs[j]);
    }
  return ids;
}

static void
test_suggest_never_repeats (Fixture       *f,
                            gconstpointer  data)
{
  CandorCheckEditor *editor = candor_check_editor_new (NULL, f->journal, f->check);
  g_autoptr(GHashTable) recent = recent_ids (f);
  GtkWidget *button;

  gtk_window_present (GTK_WINDOW (editor));
  g_assert_cmpuint (g_hash_table_size (recent), ==, 18);

  /* A new check starts with the three default questions. */
  g_assert_cmpstr (candor_check_editor_get_question_text (editor, 0), ==,
                   "What recent moment affected you most?");

  button = candor_test_find_widget (GTK_WIDGET (editor), GTK_TYPE_BUTTON, "Suggest _Others");
  g_assert_nonnull (button);

  for (int round = 0; round < 30; round++)
    {
      g_autoptr(GHashTable) shown = g_hash_table_new (g_str_hash, g_str_equal);
      char *before[3];

      for (guint i = 0; i < 3; i++)
        before[i] = g_strdup (candor_check_editor_get_question_id (editor, i));

      g_signal_emit_by_name (button, "clicked");
      for (guint i = 0; i < 3; i++)
        {
          const char *id = candor_check_editor_get_question_id (editor, i);

          g_assert_nonnull (id);
          g_assert_false (g_hash_table_contains (recent, id));
          /* Three different questions, none of the ones just shown. */
          g_assert_false (g_hash_table_contains (shown, id));
          g_hash_table_add (shown, (gpointer) id);
          for (guint j = 0; j < 3; j++)
            g_assert_cmpstr (id, !=, before[j]);
          g_assert_cmpstr (candor_check_editor_get_question_text (editor, i), !=, "");
        }
      for (guint i = 0; i < 3; i++)
        g_free (before[i]);
    }

  candor_check_editor_save (editor);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpstr (candor_check_get_question_ids (f->check)[i], ==,
                     candor_check_editor_get_question_id (editor, i));
  gtk_window_destroy (GTK_WINDOW (editor));
}

static void
test_custom_question_and_commitment (Fixture       *f,
                                     gconstpointer  data)
{
  CandorCheckEditor *editor = candor_check_editor_new (NULL, f->journal, f->check);
  CandorSettings *settings = candor_journal_get_settings (f->journal);
  GListModel *commitments = candor_journal_get_commitments (f->journal);
  g_autoptr(CandorQuestionPool) pool = candor_question_pool_new ();
  g_autoptr(CandorCommitment) commitment = NULL;
  GDateTime *due;
  const char *custom_id;

  gtk_window_present (GTK_WINDOW (editor));
  candor_check_editor_set_question_text (editor, 1, "What made you laugh this week?");
  candor_check_editor_add_commitment (editor, "Book the dentist for you");
  candor_check_editor_add_commitment (editor, "   ");
  candor_check_editor_save (editor);

  g_assert_cmpstr (candor_check_get_question_texts (f->check)[1], ==,
                   "What made you laugh this week?");
  custom_id = candor_check_get_question_ids (f->check)[1];
  candor_question_pool_set_custom_questions (pool, candor_settings_get_custom_questions (settings));
  g_assert_nonnull (candor_question_pool_lookup (pool, custom_id));
  g_assert_cmpstr (candor_question_get_text (candor_question_pool_lookup (pool, custom_id)), ==,
                   "What made you laugh this week?");
  /* The other two are still the defaults. */
  g_assert_cmpstr (candor_check_get_question_texts (f->check)[0], ==,
                   "What recent moment affected you most?");

  g_assert_cmpuint (g_list_model_get_n_items (commitments), ==, 1);
  commitment = g_list_model_get_item (commitments, 0);
  g_assert_cmpstr (candor_commitment_get_text (commitment), ==, "Book the dentist for you");
  g_assert_cmpstr (candor_commitment_get_check_id (commitment), ==,
                   candor_entry_get_id (CANDOR_ENTRY (f->check)));
  due = candor_commitment_get_due (commitment);
  g_assert_nonnull (due);
  g_assert_cmpint (g_date_time_get_day_of_month (due), ==, 27);
  g_assert_null (candor_commitment_get_done (commitment));
  gtk_window_destroy (GTK_WINDOW (editor));

}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();

  g_test_add ("/check-editor/suggest-never-repeats", Fixture, NULL, fixture_set_up,
              test_suggest_never_repeats, fixture_tear_down);
  g_test_add ("/check-editor/custom-question-and-commitment", Fixture, NULL, fixture_set_up,
              test_custom_question_and_commitment, fixture_tear_down);
  return g_test_run ();
}
