/* test-words.c — the word counting rule behind the live counters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "candor-words.h"

static void
test_latin (void)
{
  g_assert_cmpuint (candor_count_words (NULL), ==, 0);
  g_assert_cmpuint (candor_count_words (""), ==, 0);
  g_assert_cmpuint (candor_count_words ("   \n\t "), ==, 0);
  g_assert_cmpuint (candor_count_words ("Thank you"), ==, 2);
  g_assert_cmpuint (candor_count_words ("  Thank   you,  really!  "), ==, 3);
  g_assert_cmpuint (candor_count_words ("I don't know — well-being matters."), ==, 5);
  g_assert_cmpuint (candor_count_words ("don’t"), ==, 1);
  g_assert_cmpuint (candor_count_words ("end - of - line"), ==, 3);
  g_assert_cmpuint (candor_count_words ("3 things, 2 days"), ==, 4);
  g_assert_cmpuint (candor_count_words ("... !!! ???"), ==, 0);
  g_assert_cmpuint (candor_count_words ("café naïve"), ==, 2);
  /* Combining marks stay inside their word. */
  g_assert_cmpuint (candor_count_words ("cafe\xcc\x81 ok"), ==, 2);
}

static void
test_other_scripts (void)
{
  g_assert_cmpuint (candor_count_words ("Спасибо тебе за вечер"), ==, 4);
  g_assert_cmpuint (candor_count_words ("Ευχαριστώ πολύ"), ==, 2);
  g_assert_cmpuint (candor_count_words ("고마워 정말"), ==, 2);
  /* Chinese and Japanese: a word for every two characters of a run, rounded up. */
  g_assert_cmpuint (candor_count_words ("谢谢你"), ==, 2);
  g_assert_cmpuint (candor_count_words ("谢谢你。我很开心"), ==, 4);
  g_assert_cmpuint (candor_count_words ("ありがとう"), ==, 3);
  g_assert_cmpuint (candor_count_words ("カタカナ"), ==, 2);
  g_assert_cmpuint (candor_count_words ("谢"), ==, 1);
  /* Mixed: Latin words and runs of Han characters each count. */
  g_assert_cmpuint (candor_count_words ("OK谢谢 thanks"), ==, 3);
  g_assert_cmpuint (candor_count_words ("谢谢you"), ==, 2);
}

static void
test_limits (void)
{
  const char *fifteen = "You listened all evening and made me feel truly heard, thank you so much tonight";
  const char *sixteen = "You listened all evening and made me feel truly heard, thank you so much tonight again";

  g_assert_cmpuint (candor_count_words (fifteen), ==, CANDOR_APPRECIATION_MAX_WORDS);
  g_assert_cmpuint (candor_count_words (sixteen), ==, CANDOR_APPRECIATION_MAX_WORDS + 1);
  g_assert_cmpuint (candor_count_words ("\xff\xfe broken"), ==, 0);

  /* The same appreciation in Chinese fits as it does in English (12 words, 24
   * characters); thirty-one characters are one word too many. */
  g_assert_cmpuint (candor_count_words ("你今天一直耐心地听我说话，让我觉得被理解了，谢谢你"), ==, 12);
  g_assert_cmpuint (candor_count_words ("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十"),
                    ==, CANDOR_APPRECIATION_MAX_WORDS);
  g_assert_cmpuint (candor_count_words ("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一"),
                    ==, CANDOR_APPRECIATION_MAX_WORDS + 1);
}

/* The tension script's hint that one sentence holds several complaints. */
static void
test_contain_any (void)
{
  const char *english[] = { "and", "always", "another", NULL };
  const char *chinese[] = { "而且", "总是", "又", NULL };
  const char *portuguese[] = { "e", "além disso", NULL };

  g_assert_true (candor_words_contain_any ("you were late and forgot the keys", english));
  g_assert_true (candor_words_contain_any ("You ALWAYS do this", english));
  g_assert_true (candor_words_contain_any ("and then", english));
  g_assert_true (candor_words_contain_any ("late, and.", english));
  g_assert_false (candor_words_contain_any ("you didn't answer Sandy's call", english));
  g_assert_false (candor_words_contain_any ("you were late", english));
  g_assert_false (candor_words_contain_any ("a handy-andrew", english));

  /* Written without spaces: found inside the sentence. */
  g_assert_true (candor_words_contain_any ("你迟到了而且忘了带钥匙", chinese));
  g_assert_true (candor_words_contain_any ("你又迟到了", chinese));
  g_assert_false (candor_words_contain_any ("你迟到了", chinese));

  /* A marker of two words, and one of one letter that is not inside others. */
  g_assert_true (candor_words_contain_any ("Chegou tarde, além disso esqueceu", portuguese));
  g_assert_true (candor_words_contain_any ("chegou tarde e esqueceu", portuguese));
  g_assert_false (candor_words_contain_any ("chegou tarde", portuguese));

  g_assert_false (candor_words_contain_any (NULL, english));
  g_assert_false (candor_words_contain_any ("\xff and", english));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/words/latin", test_latin);
  g_test_add_func ("/words/other-scripts", test_other_scripts);
  g_test_add_func ("/words/limits", test_limits);
  g_test_add_func ("/words/contain-any", test_contain_any);
  return g_test_run ();
}
