/* test-question-pool.c — the Connection Check questions and the writing prompts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "candor-prompt-pool.h"
#include "candor-question-pool.h"

/* Any fixed seed: the property tests must fail the same way every run. */
#define SEED 20261122

static const char *default_texts[] = {
  "What recent moment affected you most?",
  "What are you quietly proud of?",
  "Where would a little help make the biggest difference?",
};

static const struct
{
  CandorPromptKind  kind;
  guint             at_least;
} prompt_minimums[] = {
  { CANDOR_PROMPT_KIND_REFLECTION, 18 },
  { CANDOR_PROMPT_KIND_JOURNALING, 12 },
  { CANDOR_PROMPT_KIND_SELF_COMPASSION, 10 },
  { CANDOR_PROMPT_KIND_PATTERN, 8 },
  { CANDOR_PROMPT_KIND_BOUNDARY_EXAMPLE, 6 },
};

static const char *
question_id (GPtrArray *questions,
             guint      i)
{
  return candor_question_get_id (g_ptr_array_index (questions, i));
}

static CandorQuestionDepth
question_depth (GPtrArray *questions,
                guint      i)
{
  return candor_question_get_depth (g_ptr_array_index (questions, i));
}

static const char *
prompt_id (GPtrArray *prompts,
           guint      i)
{
  return candor_prompt_get_id (g_ptr_array_index (prompts, i));
}

static GPtrArray *
list_questions (CandorQuestionPool *pool)
{
  GPtrArray *questions = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (pool));

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (questions, g_list_model_get_item (G_LIST_MODEL (pool), i));

  return questions;
}

static gboolean
has_id (GPtrArray  *questions,
        const char *id)
{
  for (guint i = 0; i < questions->len; i++)
    {
      if (g_str_equal (question_id (questions, i), id))
        return TRUE;
    }

  return FALSE;
}

static void
assert_distinct (GPtrArray *questions)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < questions->len; i++)
    g_assert_true (g_hash_table_add (seen, (char *) question_id (questions, i)));
}

static void
assert_clean_text (const char *id,
                   const char *text)
{
  gsize len = strlen (text);

  if (len == 0 || g_ascii_isspace (text[0]) || g_ascii_isspace (text[len - 1]) ||
      strchr (text, '\n') != NULL || !g_utf8_validate (text, -1, NULL))
    g_error ("the text of “%s” is not one clean line: “%s”", id, text);

  /* Short enough to read aloud and to print on one or two lines. */
  if (g_utf8_strlen (text, -1) > 160)
    g_error ("the text of “%s” is long: “%s”", id, text);
}

static void
assert_id_form (const char *id)
{
  for (const char *p = id; *p != '\0'; p++)
    {
      if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
        g_error ("the id “%s” is not lower case ASCII, digits and dashes", id);
    }
}

static GBytes *
bytes_new (const char *text)
{
  return g_bytes_new (text, strlen (text));
}

/* A pool of five: two light, two medium, one deep. */
static CandorQuestionPool *
small_pool_new (void)
{
  g_autoptr(GBytes) bytes = bytes_new ("<questions>"
                                       "<question id='l1' depth='light'>L1?</question>"
                                       "<question id='l2' depth='light'>L2?</question>"
                                       "<question id='m1' depth='medium'>M1?</question>"
                                       "<question id='m2' depth='medium'>M2?</question>"
                                       "<question id='d1' depth='deep'>D1?</question>"
                                       "</questions>");
  g_autoptr(GError) error = NULL;
  CandorQuestionPool *pool;

  pool = candor_question_pool_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  g_assert_nonnull (pool);

  return pool;
}

static void
test_builtin_counts (void)
{
  g_autoptr(CandorQuestionPool) pool = candor_question_pool_new ();
  g_autoptr(GPtrArray) questions = list_questions (pool);
  g_autoptr(GPtrArray) defaults = candor_question_pool_defaults (pool);
  guint per_depth[CANDOR_QUESTION_DEPTH_DEEP + 1] = { 0, };
  guint n_defaults = 0;

  for (guint i = 0; i < questions->len; i++)
    {
      CandorQuestion *question = g_ptr_array_index (questions, i);

      g_assert_false (candor_question_get_is_custom (question));
      if (candor_question_get_is_default (question))
        n_defaults++;
      else
        per_depth[candor_question_get_depth (question)]++;
    }

  g_test_message ("light %u, deeper %u, deep %u, defaults %u",
                  per_depth[0], per_depth[1], per_depth[2], n_defaults);
  g_assert_cmpuint (per_depth[CANDOR_QUESTION_DEPTH_LIGHT], >=, 20);
  g_assert_cmpuint (per_depth[CANDOR_QUESTION_DEPTH_MEDIUM], >=, 20);
  g_assert_cmpuint (per_depth[CANDOR_QUESTION_DEPTH_DEEP], >=, 20);
  g_assert_cmpuint (per_depth[0] + per_depth[1] + per_depth[2], >=, 60);

  /* The brief's three, word for word and in its order (the tests run in C.UTF-8). */
  g_assert_cmpuint (n_defaults, ==, 3);
  g_assert_cmpuint (defaults->len, ==, 3);
  for (guint i = 0; i < defaults->len; i++)
    {
      CandorQuestion *question = g_ptr_array_index (defaults, i);

      g_assert_true (candor_question_get_is_default (question));
      g_assert_cmpstr (candor_question_get_text (question), ==, default_texts[i]);
      g_assert_true (candor_question_pool_lookup (pool, candor_question_get_id (question)) ==
                     question);
    }
}

static void
test_builtin_ids_and_texts (void)
{
  g_autoptr(CandorQuestionPool) pool = candor_question_pool_new ();
  g_autoptr(GPtrArray) questions = list_questions (pool);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) texts = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (questions->len, >=, 63);

  for (guint i = 0; i < questions->len; i++)
    {
      CandorQuestion *question = g_ptr_array_index (questions, i);
      const char *id = candor_question_get_id (question);
      const char *text = candor_question_get_text (question);

      assert_id_form (id);
      g_assert_false (g_str_has_prefix (id, "custom-"));
      if (!g_hash_table_add (ids, (char *) id))
        g_error ("the id “%s” is used twice", id);
      if (!g_hash_table_add (texts, (char *) text))
        g_error ("the question “%s” is in the pool twice", text);

      assert_clean_text (id, text);
      if (!g_str_has_suffix (text, "?"))
        g_error ("the question “%s” (%s) does not end with a question mark", text, id);

      g_assert_true (candor_question_pool_lookup (pool, id) == question);
    }

  g_assert_null (candor_question_pool_lookup (pool, "no-such-question"));
}

/* The property the issue asks for: whatever the history, a suggestion is never
 * one of the questions of the last six checks, never twice the same, and
 * there are always as many as asked for (the pool is big enough). */
static void
test_suggest_never_recent (void)
{
  g_autoptr(CandorQuestionPool) pool = candor_question_pool_new ();
  g_autoptr(GPtrArray) questions = list_questions (pool);
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);

  for (guint round = 0; round < 5000; round++)
    {
      g_autoptr(GPtrArray) recent = g_ptr_array_new ();
      g_autoptr(GPtrArray) suggestions = NULL;
      CandorQuestionDepth depth = g_rand_int_range (rand, 0, CANDOR_QUESTION_DEPTH_DEEP + 1);
      guint n_checks = g_rand_int_range (rand, 0, CANDOR_QUESTION_POOL_RECENT_CHECKS + 1);
      guint n = g_rand_int_range (rand, 1, 7);

      /* Up to six checks of three questions, repeats and unknown ids allowed. */
      for (guint i = 0; i < n_checks * 3; i++)
        {
          if (g_rand_int_range (rand, 0, 20) == 0)
            g_ptr_array_add (recent, (char *) "custom-gone");
          else
            g_ptr_array_add (recent,
                             (char *) question_id (questions,
                                                   g_rand_int_range (rand, 0, questions->len)));
        }
      g_ptr_array_add (recent, NULL);

      suggestions = candor_question_pool_suggest (pool, depth, (const char * const *) recent->pdata,
                                                  n, rand);

      g_assert_cmpuint (suggestions->len, ==, n);
      assert_distinct (suggestions);
      for (guint i = 0; i < suggestions->len; i++)
        {
          const char *id = question_id (suggestions, i);

          if (g_strv_contains ((const char * const *) recent->pdata, id))
            g_error ("round %u: suggested “%s”, used in the last six checks", round, id);
        }
    }
}

/* The same as a person's checks go by: each check takes three suggestions given
 * the last six checks, so no question comes back within seven checks. */
static void
test_suggest_rotation (void)
{
  g_autoptr(CandorQuestionPool) pool = candor_question_pool_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  g_autoptr(GPtrArray) history = g_ptr_array_new_with_free_func (g_free);

  for (guint check = 0; check < 200; check++)
    {
      g_autoptr(GPtrArray) recent = g_ptr_array_new ();
      g_autoptr(GPtrArray) suggestions = NULL;
      CandorQuestionDepth depth = check % (CANDOR_QUESTION_DEPTH_DEEP + 1);

      /* Newest first: the last six checks' questions. */
      for (guint i = history->len;
           i > 0 && recent->len < 3 * CANDOR_QUESTION_POOL_RECENT_CHECKS;
           i--)
        g_ptr_array_add (recent, g_ptr_array_index (history, i - 1));
      g_ptr_array_add (recent, NULL);

      suggestions = candor_question_pool_suggest (pool, depth, (const char * const *) recent->pdata,
                                                  3, rand);
      g_assert_cmpuint (suggestions->len, ==, 3);

      for (guint i = 0; i < suggestions->len; i++)
        {
          const char *id = question_id (suggestions, i);

          for (guint j = history->len >= 18 ? history->len - 18 : 0; j < history->len; j++)
            {
              if (g_str_equal (g_ptr_array_index (history, j), id))
                g_error ("check %u repeats “%s” from check %u", check, id, j / 3);
            }
        }
      for (guint i = 0; i < suggestions->len; i++)
        g_ptr_array_add (history, g_strdup (question_id (suggestions, i)));
    }
}

static void
test_suggest_depth (void)
{
  g_autoptr(CandorQuestionPool) pool = candor_question_pool_new ();
  g_autoptr(GPtrArray) questions = list_questions (pool);
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);

  for (CandorQuestionDepth depth = 0; depth <= CANDOR_QUESTION_DEPTH_DEEP; depth++)
    {
      g_autoptr(GPtrArray) of_depth = g_ptr_array_new ();
      g_autoptr(GPtrArray) all = NULL;
      g_autoptr(GPtrArray) recent = g_ptr_array_new ();
      g_autoptr(GPtrArray) rest = NULL;

      for (guint i = 0; i < questions->len; i++)
        {
          CandorQuestion *question = g_ptr_array_index (questions, i);

          if (candor_question_get_depth (question) == depth)
            g_ptr_array_add (of_depth, question);
        }

      /* While there are questions of the depth, all suggestions have it. */
      all = candor_question_pool_suggest (pool, depth, NULL, of_depth->len, rand);
      g_assert_cmpuint (all->len, ==, of_depth->len);
      for (guint i = 0; i < all->len; i++)
        g_assert_cmpint (question_depth (all, i), ==, depth);

      /* Two of the depth left: those two first, then the nearest depth. */
      for (guint i = 2; i < of_depth->len; i++)
        g_ptr_array_add (recent, (char *) question_id (of_depth, i));
      g_ptr_array_add (recent, NULL);

      rest = candor_question_pool_suggest (pool, depth, (const char * const *) recent->pdata,
                                           4, rand);
      g_assert_cmpuint (rest->len, ==, 4);
      assert_distinct (rest);
      g_assert_true (has_id (rest, question_id (of_depth, 0)));
      g_assert_true (has_id (rest, question_id (of_depth, 1)));
      g_assert_cmpint (question_depth (rest, 0), ==, depth);
      g_assert_cmpint (question_depth (rest, 1), ==, depth);
      for (guint i = 2; i < rest->len; i++)
        {
          CandorQuestionDepth other = question_depth (rest, i);

          g_assert_cmpint (other, !=, depth);
          g_assert_cmpint (ABS ((int) other - (int) depth), ==, 1);
        }
    }
}

static void
test_suggest_fallback (void)
{
  g_autoptr(CandorQuestionPool) pool = small_pool_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  g_autoptr(GPtrArray) deep_first = NULL;
  g_autoptr(GPtrArray) lru = NULL;
  g_autoptr(GPtrArray) everything = NULL;
  g_autoptr(GPtrArray) none = NULL;
  const char *recent_some[] = { "d1", "m1", NULL };
  /* m2 is the most recent; l1 was used twice, most recently before d1. */
  const char *recent_all[] = { "m2", "l1", "d1", "m1", "l1", "l2", NULL };

  /* Deep wanted, d1 used: the medium ones come before the light ones. */
  deep_first = candor_question_pool_suggest (pool, CANDOR_QUESTION_DEPTH_DEEP, recent_some,
                                             3, rand);
  g_assert_cmpuint (deep_first->len, ==, 3);
  g_assert_cmpstr (question_id (deep_first, 0), ==, "m2");
  g_assert_cmpint (question_depth (deep_first, 1), ==,
                   CANDOR_QUESTION_DEPTH_LIGHT);
  g_assert_cmpint (question_depth (deep_first, 2), ==,
                   CANDOR_QUESTION_DEPTH_LIGHT);

  /* Everything used lately: still n distinct, the least recently used first. */
  lru = candor_question_pool_suggest (pool, CANDOR_QUESTION_DEPTH_LIGHT, recent_all, 4, rand);
  g_assert_cmpuint (lru->len, ==, 4);
  assert_distinct (lru);
  g_assert_cmpstr (question_id (lru, 0), ==, "l2");
  g_assert_cmpstr (question_id (lru, 1), ==, "m1");
  g_assert_cmpstr (question_id (lru, 2), ==, "d1");
  g_assert_cmpstr (question_id (lru, 3), ==, "l1");

  /* More than the pool holds: all of it, once each. */
  everything = candor_question_pool_suggest (pool, CANDOR_QUESTION_DEPTH_MEDIUM, recent_some,
                                             10, rand);
  g_assert_cmpuint (everything->len, ==, 5);
  assert_distinct (everything);
  /* Unused ones before used ones, the used ones least recent first. */
  g_assert_cmpstr (question_id (everything, 3), ==, "m1");
  g_assert_cmpstr (question_id (everything, 4), ==, "d1");

  none = candor_question_pool_suggest (pool, CANDOR_QUESTION_DEPTH_LIGHT, NULL, 0, rand);
  g_assert_cmpuint (none->len, ==, 0);
}

static void
test_suggest_repeatable (void)
{
  g_autoptr(CandorQuestionPool) pool = candor_question_pool_new ();
  g_autoptr(GRand) rand_a = g_rand_new_with_seed (SEED);
  g_autoptr(GRand) rand_b = g_rand_new_with_seed (SEED);
  CandorQuestionDepth depth = CANDOR_QUESTION_DEPTH_MEDIUM;
  g_autoptr(GPtrArray) a = candor_question_pool_suggest (pool, depth, NULL, 3, rand_a);
  g_autoptr(GPtrArray) b = candor_question_pool_suggest (pool, depth, NULL, 3, rand_b);
  g_autoptr(GPtrArray) c = candor_question_pool_suggest (pool, depth, NULL, 3, NULL);

  for (guint i = 0; i < 3; i++)
    g_assert_true (g_ptr_array_index (a, i) == g_ptr_array_index (b, i));
  g_assert_cmpuint (c->len, ==, 3);
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *count)
{
  (*count)++;
}

/* A check keeps its questions' words; a built-in one shows in today's language, a
 * custom or unknown one as written. */
static void
test_shown_text (void)
{
  g_autoptr(CandorQuestionPool) pool = candor_question_pool_new ();
  g_autoptr(GPtrArray) defaults = candor_question_pool_defaults (pool);
  CandorQuestion *first = g_ptr_array_index (defaults, 0);
  CandorQuestion *ours;
  g_autofree char *built_in = NULL;
  g_autofree char *custom = NULL;
  g_autofree char *unknown = NULL;
  g_autofree char *no_id = NULL;

  /* Stored while the app spoke Russian; shown now in the UI language (English here). */
  built_in = candor_question_pool_dup_shown_text (pool, candor_question_get_id (first),
                                                  "Какой недавний момент тронул тебя больше всего?");
  g_assert_cmpstr (built_in, ==, candor_question_get_text (first));
  g_assert_cmpstr (built_in, ==, "What recent moment affected you most?");

  ours = candor_question_pool_add_custom (pool, NULL, CANDOR_QUESTION_DEPTH_LIGHT,
                                          "What made you laugh this week?");
  custom = candor_question_pool_dup_shown_text (pool, candor_question_get_id (ours),
                                                "What made you laugh this week?");
  g_assert_cmpstr (custom, ==, "What made you laugh this week?");

  unknown = candor_question_pool_dup_shown_text (pool, "custom-gone", "Our own words");
  g_assert_cmpstr (unknown, ==, "Our own words");
  no_id = candor_question_pool_dup_shown_text (pool, NULL, "Typed by hand");
  g_assert_cmpstr (no_id, ==, "Typed by hand");
  g_assert_null (candor_question_pool_dup_shown_text (pool, NULL, NULL));
}

static void
test_custom (void)
{
  g_autoptr(CandorQuestionPool) pool = candor_question_pool_new ();
  g_autoptr(GPtrArray) questions = list_questions (pool);
  g_autoptr(GPtrArray) recent = g_ptr_array_new ();
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  guint n_builtin = questions->len;
  guint changes = 0;
  CandorQuestion *ours, *kept;

  g_signal_connect (pool, "items-changed", G_CALLBACK (items_changed_cb), &changes);

  ours = candor_question_pool_add_custom (pool, NULL, CANDOR_QUESTION_DEPTH_DEEP,
                                          "  What would our ten-years-older selves tell us?\n");
  g_assert_nonnull (ours);
  g_assert_true (g_str_has_prefix (candor_question_get_id (ours), "custom-"));
  g_assert_cmpstr (candor_question_get_text (ours), ==,
                   "What would our ten-years-older selves tell us?");
  g_assert_true (candor_question_get_is_custom (ours));
  g_assert_false (candor_question_get_is_default (ours));
  g_assert_cmpint (candor_question_get_depth (ours), ==, CANDOR_QUESTION_DEPTH_DEEP);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pool)), ==, n_builtin + 1);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_true (candor_question_pool_lookup (pool, candor_question_get_id (ours)) == ours);

  /* Custom questions take part: with every built-in deep one used lately, the
   * only deep suggestion left is ours. */
  for (guint i = 0; i < questions->len; i++)
    {
      CandorQuestion *question = g_ptr_array_index (questions, i);

      if (candor_question_get_depth (question) == CANDOR_QUESTION_DEPTH_DEEP)
        g_ptr_array_add (recent, (char *) candor_question_get_id (question));
    }
  g_ptr_array_add (recent, NULL);
  suggestions = candor_question_pool_suggest (pool, CANDOR_QUESTION_DEPTH_DEEP,
                                              (const char * const *) recent->pdata, 3, rand);
  g_assert_true (g_ptr_array_index (suggestions, 0) == ours);
  g_assert_cmpint (question_depth (suggestions, 1), ==,
                   CANDOR_QUESTION_DEPTH_MEDIUM);

  /* Ids from the settings are kept; taken ids and blank texts are refused. */
  kept = candor_question_pool_add_custom (pool, "custom-1234", CANDOR_QUESTION_DEPTH_LIGHT,
                                          "Tea or coffee, and why?");
  g_assert_nonnull (kept);
  g_assert_cmpstr (candor_question_get_id (kept), ==, "custom-1234");
  g_assert_null (candor_question_pool_add_custom (pool, "custom-1234",
                                                  CANDOR_QUESTION_DEPTH_LIGHT, "Again?"));
  g_assert_null (candor_question_pool_add_custom (pool, "recent-moment",
                                                  CANDOR_QUESTION_DEPTH_LIGHT, "Mine?"));
  g_assert_null (candor_question_pool_add_custom (pool, NULL,
                                                  CANDOR_QUESTION_DEPTH_LIGHT, " \t\n"));
  g_assert_cmpuint (changes, ==, 2);

  /* Only custom questions can go. */
  g_assert_false (candor_question_pool_remove_custom (pool, "recent-moment"));
  g_assert_false (candor_question_pool_remove_custom (pool, "custom-nothing"));
  g_assert_true (candor_question_pool_remove_custom (pool, "custom-1234"));
  g_assert_null (candor_question_pool_lookup (pool, "custom-1234"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pool)), ==, n_builtin + 1);
  g_assert_cmpuint (changes, ==, 3);
}

static void
test_custom_from_settings (void)
{
  g_autoptr(CandorQuestionPool) pool = candor_question_pool_new ();
  guint n_builtin = g_list_model_get_n_items (G_LIST_MODEL (pool));
  g_autoptr(GVariant) first = NULL;
  g_autoptr(GVariant) second = NULL;
  g_autoptr(GVariant) empty = NULL;
  CandorQuestion *question;

  first = g_variant_ref_sink (g_variant_new_parsed ("["
                                                    "('custom-a', 'light', 'Best snack?'),"
                                                    "('custom-b', 'deep', 'What do you miss?'),"
                                                    "('custom-a', 'deep', 'A taken id?'),"
                                                    "('custom-c', 'bottomless', 'Unknown depth?'),"
                                                    "('custom-d', 'medium', '   ')"
                                                    "]"));
  candor_question_pool_set_custom_questions (pool, first);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pool)), ==, n_builtin + 2);
  question = candor_question_pool_lookup (pool, "custom-b");
  g_assert_nonnull (question);
  g_assert_true (candor_question_get_is_custom (question));
  g_assert_cmpint (candor_question_get_depth (question), ==, CANDOR_QUESTION_DEPTH_DEEP);
  g_assert_cmpstr (candor_question_get_text (candor_question_pool_lookup (pool, "custom-a")), ==,
                   "Best snack?");
  g_assert_null (candor_question_pool_lookup (pool, "custom-c"));
  g_assert_null (candor_question_pool_lookup (pool, "custom-d"));

  /* A new list replaces the old one; the built-in questions stay. */
  second = g_variant_ref_sink (g_variant_new_parsed ("[('custom-e', 'medium', 'Who to call?')]"));
  candor_question_pool_set_custom_questions (pool, second);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pool)), ==, n_builtin + 1);
  g_assert_null (candor_question_pool_lookup (pool, "custom-a"));
  g_assert_nonnull (candor_question_pool_lookup (pool, "custom-e"));
  g_assert_nonnull (candor_question_pool_lookup (pool, "recent-moment"));

  empty = g_variant_ref_sink (g_variant_new_array (G_VARIANT_TYPE ("(sss)"), NULL, 0));
  candor_question_pool_set_custom_questions (pool, empty);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pool)), ==, n_builtin);
}

static void
test_bad_files (void)
{
  static const char *bad[] = {
    "",
    "<prompts><prompt id='a' kind='pattern'>A?</prompt></prompts>",
    "<questions><question depth='light'>No id?</question></questions>",
    "<questions><question id='' depth='light'>Empty id?</question></questions>",
    "<questions><question id='a' depth='light'>A?</question>"
    "<question id='a' depth='deep'>B?</question></questions>",
    "<questions><question id='a' depth='deeper'>Unknown depth?</question></questions>",
    "<questions><question id='a'>No depth?</question></questions>",
    "<questions><question id='a' depth='light' dept='deep'>Misspelt?</question></questions>",
    "<questions><question id='a' depth='light' default='no'>Default no?</question></questions>",
    "<questions><question id='a' depth='light'> Leading space?</question></questions>",
    "<questions><question id='a' depth='light'>Trailing space? </question></questions>",
    "<questions><question id='a' depth='light'></question></questions>",
    "<questions><question id='a' depth='light'>Some <b>bold</b>?</question></questions>",
    "<questions>Loose text<question id='a' depth='light'>A?</question></questions>",
    "<questions><item id='a' depth='light'>A?</item></questions>",
    "<questions><question id='a' depth='light'>Unclosed?</question>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GBytes) bytes = bytes_new (bad[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(CandorQuestionPool) pool = candor_question_pool_new_from_bytes (bytes, &error);

      if (pool != NULL)
        g_error ("accepted a bad questions file: %s", bad[i]);
      g_assert_error (error, G_MARKUP_ERROR, error->code);
      g_test_message ("%s → %s", bad[i], error->message);
    }
}

static void
test_prompt_counts (void)
{
  g_autoptr(CandorPromptPool) pool = candor_prompt_pool_new ();
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) texts = g_hash_table_new (g_str_hash, g_str_equal);
  guint total = 0;

  for (guint k = 0; k < G_N_ELEMENTS (prompt_minimums); k++)
    {
      g_autoptr(GPtrArray) prompts = candor_prompt_pool_list (pool, prompt_minimums[k].kind);

      g_test_message ("kind %d: %u prompts", prompt_minimums[k].kind, prompts->len);
      g_assert_cmpuint (prompts->len, >=, prompt_minimums[k].at_least);
      total += prompts->len;

      for (guint i = 0; i < prompts->len; i++)
        {
          CandorPrompt *prompt = g_ptr_array_index (prompts, i);
          const char *id = candor_prompt_get_id (prompt);
          const char *text = candor_prompt_get_text (prompt);

          g_assert_cmpint (candor_prompt_get_kind (prompt), ==, prompt_minimums[k].kind);
          assert_id_form (id);
          assert_clean_text (id, text);
          if (!g_hash_table_add (ids, (char *) id))
            g_error ("the prompt id “%s” is used twice", id);
          if (!g_hash_table_add (texts, (char *) text))
            g_error ("the prompt “%s” is in the pool twice", text);
          g_assert_true (candor_prompt_pool_lookup (pool, id) == prompt);

          switch (candor_prompt_get_kind (prompt))
            {
            case CANDOR_PROMPT_KIND_REFLECTION:
            case CANDOR_PROMPT_KIND_PATTERN:
              /* Questions to answer by hand or in the journal. */
              if (!g_str_has_suffix (text, "?"))
                g_error ("the prompt “%s” (%s) is not a question", text, id);
              break;

            case CANDOR_PROMPT_KIND_BOUNDARY_EXAMPLE:
              /* Said in the first person, as a sentence, not asked. */
              if (!g_regex_match_simple ("\\b(I|me|my)\\b", text, 0, 0) ||
                  g_str_has_suffix (text, "?"))
                g_error ("the boundary example “%s” (%s) is not in the first person", text, id);
              break;

            case CANDOR_PROMPT_KIND_JOURNALING:
            case CANDOR_PROMPT_KIND_SELF_COMPASSION:
            default:
              break;
            }
        }
    }

  g_assert_cmpuint (total, ==, g_list_model_get_n_items (G_LIST_MODEL (pool)));
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (pool)) == CANDOR_TYPE_PROMPT);
  g_assert_cmpstr (candor_prompt_get_text (candor_prompt_pool_lookup (pool, "heads-up-visitors")),
                   ==, "I need a heads-up before friends come over.");
}

static void
test_prompt_pick (void)
{
  g_autoptr(CandorPromptPool) pool = candor_prompt_pool_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  g_autoptr(GPtrArray) patterns = candor_prompt_pool_list (pool, CANDOR_PROMPT_KIND_PATTERN);
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) avoid = g_ptr_array_new ();

  for (guint round = 0; round < 500; round++)
    {
      CandorPromptKind kind = g_rand_int_range (rand, 0, CANDOR_PROMPT_N_KINDS);
      g_autoptr(GPtrArray) of_kind = candor_prompt_pool_list (pool, kind);
      g_autoptr(GPtrArray) avoided = g_ptr_array_new ();
      g_autoptr(GPtrArray) picked = NULL;
      g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
      guint n = g_rand_int_range (rand, 1, 5);

      for (guint i = 0; i < of_kind->len; i++)
        {
          if (g_rand_boolean (rand))
            g_ptr_array_add (avoided, (char *) prompt_id (of_kind, i));
        }
      g_ptr_array_add (avoided, NULL);

      picked = candor_prompt_pool_pick (pool, kind, n, rand, (const char * const *) avoided->pdata);
      g_assert_cmpuint (picked->len, ==, n);
      for (guint i = 0; i < picked->len; i++)
        {
          CandorPrompt *prompt = g_ptr_array_index (picked, i);
          gboolean was_avoided = g_strv_contains ((const char * const *) avoided->pdata,
                                                  candor_prompt_get_id (prompt));

          g_assert_cmpint (candor_prompt_get_kind (prompt), ==, kind);
          g_assert_true (g_hash_table_add (seen, prompt));
          /* An avoided prompt only when the others ran out. */
          if (was_avoided)
            g_assert_cmpuint (of_kind->len - (avoided->len - 1), <=, i);
        }
    }

  /* Asking for more than there are gives each once. */
  all = candor_prompt_pool_pick (pool, CANDOR_PROMPT_KIND_PATTERN, 1000, NULL, NULL);
  g_assert_cmpuint (all->len, ==, patterns->len);
}

static char *
week_key (CandorPromptPool *pool,
          GDateTime        *week_start)
{
  g_autoptr(GPtrArray) prompts = candor_prompt_pool_for_week (pool, week_start);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;

  g_assert_cmpuint (prompts->len, ==, CANDOR_PROMPT_POOL_PROMPTS_PER_WEEK);
  for (guint i = 0; i < prompts->len; i++)
    {
      CandorPrompt *prompt = g_ptr_array_index (prompts, i);

      g_assert_cmpint (candor_prompt_get_kind (prompt), ==, CANDOR_PROMPT_KIND_REFLECTION);
      g_strv_builder_add (builder, candor_prompt_get_id (prompt));
    }
  ids = g_strv_builder_end (builder);

  return g_strjoinv (",", ids);
}

static void
test_prompt_for_week (void)
{
  g_autoptr(CandorPromptPool) pool = candor_prompt_pool_new ();
  g_autoptr(CandorPromptPool) other_pool = candor_prompt_pool_new ();
  g_autoptr(GPtrArray) reflection = candor_prompt_pool_list (pool, CANDOR_PROMPT_KIND_REFLECTION);
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GTimeZone) tokyo = g_time_zone_new_identifier ("+09:00");
  g_autoptr(GDateTime) monday = g_date_time_new (utc, 2026, 11, 16, 0, 0, 0);
  g_autoptr(GDateTime) monday_evening = g_date_time_new (utc, 2026, 11, 16, 21, 30, 0);
  g_autoptr(GDateTime) monday_tokyo = g_date_time_new (tokyo, 2026, 11, 16, 0, 0, 0);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *key = week_key (pool, monday);
  g_autofree char *previous = NULL;
  g_autofree char *key_evening = week_key (pool, monday_evening);
  g_autofree char *key_tokyo = week_key (pool, monday_tokyo);
  g_autofree char *key_other_pool = week_key (other_pool, monday);
  guint n_weeks;

  /* The week's date alone decides: not the time of day, the zone, the pool object. */
  g_assert_cmpstr (key, ==, key_evening);
  g_assert_cmpstr (key, ==, key_tokyo);
  g_assert_cmpstr (key, ==, key_other_pool);

  /* Week after week: three different prompts, none from the week before, and
   * every prompt comes round within as many weeks as it takes. */
  n_weeks = (reflection->len + CANDOR_PROMPT_POOL_PROMPTS_PER_WEEK - 1) /
            CANDOR_PROMPT_POOL_PROMPTS_PER_WEEK;
  for (guint week = 0; week < 104; week++)
    {
      g_autoptr(GDateTime) start = g_date_time_add_days (monday, 7 * week);
      g_autoptr(GPtrArray) prompts = candor_prompt_pool_for_week (pool, start);
      g_autofree char *current = week_key (pool, start);

      g_assert_cmpuint (prompts->len, ==, 3);
      g_assert_true (g_ptr_array_index (prompts, 0) != g_ptr_array_index (prompts, 1));
      g_assert_true (g_ptr_array_index (prompts, 1) != g_ptr_array_index (prompts, 2));
      g_assert_true (g_ptr_array_index (prompts, 0) != g_ptr_array_index (prompts, 2));

      if (previous != NULL)
        {
          g_auto(GStrv) before = g_strsplit (previous, ",", -1);

          for (guint i = 0; i < prompts->len; i++)
            g_assert_false (g_strv_contains ((const char * const *) before,
                                             prompt_id (prompts, i)));
        }

      if (week < n_weeks)
        {
          for (guint i = 0; i < prompts->len; i++)
            g_hash_table_add (seen, g_strdup (prompt_id (prompts, i)));
        }

      g_free (previous);
      previous = g_steal_pointer (&current);
    }

  g_assert_cmpuint (g_hash_table_size (seen), ==, reflection->len);
}

/* Every string must reach translators: the data files are in po/POTFILES.in,
 * and xgettext, with the project's ITS rules, extracts each text with a
 * translator comment. */
static void
test_translatable (void)
{
  const char *source_root = g_getenv ("CANDOR_SOURCE_ROOT");
  g_autofree char *potfiles_path = NULL;
  g_autofree char *potfiles = NULL;
  g_autofree char *xgettext = g_find_program_in_path ("xgettext");
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  const char *data_files[] = { "data/candor-questions.xml", "data/candor-prompts.xml" };
  const char *its_files[] = {
    "data/its/candor-questions.its", "data/its/candor-questions.loc",
    "data/its/candor-prompts.its", "data/its/candor-prompts.loc",
  };
  g_autofree char *data_dir = NULL;
  g_autofree char *pot = NULL;
  g_autofree char *stderr_text = NULL;
  g_autoptr(GHashTable) msgids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(CandorQuestionPool) questions = candor_question_pool_new ();
  g_autoptr(CandorPromptPool) prompts = candor_prompt_pool_new ();
  g_auto(GStrv) pot_lines = NULL;
  g_auto(GStrv) envp = NULL;
  gboolean commented = FALSE;
  int status;

  if (source_root == NULL)
    {
      g_test_skip ("CANDOR_SOURCE_ROOT is not set");
      return;
    }

  potfiles_path = g_build_filename (source_root, "po", "POTFILES.in", NULL);
  g_file_get_contents (potfiles_path, &potfiles, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (potfiles, "\n", -1);
  for (guint i = 0; i < G_N_ELEMENTS (data_files); i++)
    {
      if (!g_strv_contains ((const char * const *) lines, data_files[i]))
        g_error ("%s is not in po/POTFILES.in", data_files[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (its_files); i++)
    {
      g_autofree char *path = g_build_filename (source_root, its_files[i], NULL);

      g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
    }

  if (xgettext == NULL)
    {
      g_test_skip ("xgettext is not installed");
      return;
    }

  /* As po/meson.build runs it: GETTEXTDATADIRS finds the .loc files in data/its. */
  data_dir = g_build_filename (source_root, "data", NULL);
  envp = g_environ_setenv (g_get_environ (), "GETTEXTDATADIRS", data_dir, TRUE);
  {
    const char *argv[] = {
      xgettext, "--from-code=UTF-8", "--no-wrap", "--output=-",
      data_files[0], data_files[1], NULL,
    };

    g_spawn_sync (source_root, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL,
                  &pot, &stderr_text, &status, &error);
    g_assert_no_error (error);
    if (!g_spawn_check_wait_status (status, &error))
      g_error ("xgettext failed: %s\n%s", error->message, stderr_text);
  }

  /* Every msgid after a "#." translator comment; --no-wrap keeps each on one line. */
  pot_lines = g_strsplit (pot, "\n", -1);
  for (guint i = 0; pot_lines[i] != NULL; i++)
    {
      const char *line = pot_lines[i];

      if (g_str_has_prefix (line, "#. "))
        commented = TRUE;
      else if (g_str_has_prefix (line, "msgid \"") && g_str_has_suffix (line, "\""))
        {
          g_autofree char *quoted = g_strndup (line + 7, strlen (line) - 8);
          g_autofree char *unquoted = g_strcompress (quoted);

          if (unquoted[0] != '\0')
            {
              if (!commented)
                g_error ("xgettext found “%s” without a translator comment", unquoted);
              g_hash_table_add (msgids, g_steal_pointer (&unquoted));
            }
          commented = FALSE;
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (questions)); i++)
    {
      g_autoptr(CandorQuestion) question = g_list_model_get_item (G_LIST_MODEL (questions), i);

      if (!g_hash_table_contains (msgids, candor_question_get_text (question)))
        g_error ("xgettext did not extract “%s”", candor_question_get_text (question));
      g_hash_table_add (texts, g_strdup (candor_question_get_text (question)));
    }
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (prompts)); i++)
    {
      g_autoptr(CandorPrompt) prompt = g_list_model_get_item (G_LIST_MODEL (prompts), i);

      if (!g_hash_table_contains (msgids, candor_prompt_get_text (prompt)))
        g_error ("xgettext did not extract “%s”", candor_prompt_get_text (prompt));
      g_hash_table_add (texts, g_strdup (candor_prompt_get_text (prompt)));
    }
  /* And nothing else: no ids, no attributes. */
  g_assert_cmpuint (g_hash_table_size (msgids), ==, g_hash_table_size (texts));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/question-pool/builtin/counts", test_builtin_counts);
  g_test_add_func ("/question-pool/builtin/ids-and-texts", test_builtin_ids_and_texts);
  g_test_add_func ("/question-pool/suggest/never-recent", test_suggest_never_recent);
  g_test_add_func ("/question-pool/suggest/rotation", test_suggest_rotation);
  g_test_add_func ("/question-pool/suggest/depth", test_suggest_depth);
  g_test_add_func ("/question-pool/suggest/fallback", test_suggest_fallback);
  g_test_add_func ("/question-pool/suggest/repeatable", test_suggest_repeatable);
  g_test_add_func ("/question-pool/custom", test_custom);
  g_test_add_func ("/question-pool/shown-text", test_shown_text);
  g_test_add_func ("/question-pool/custom-from-settings", test_custom_from_settings);
  g_test_add_func ("/question-pool/bad-files", test_bad_files);
  g_test_add_func ("/prompt-pool/counts", test_prompt_counts);
  g_test_add_func ("/prompt-pool/pick", test_prompt_pick);
  g_test_add_func ("/prompt-pool/for-week", test_prompt_for_week);
  g_test_add_func ("/pools/translatable", test_translatable);

  return g_test_run ();
}
