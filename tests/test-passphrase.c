/* test-passphrase.c — the strength hint shown while a passphrase is typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include "candor-passphrase.h"
#include "candor-secure.h"

static void
test_empty_and_short (void)
{
  g_autofree char *hint = NULL;

  g_assert_cmpint (candor_passphrase_rate (NULL), ==, CANDOR_PASSPHRASE_EMPTY);
  g_assert_cmpint (candor_passphrase_rate (""), ==, CANDOR_PASSPHRASE_EMPTY);
  g_assert_null (candor_passphrase_dup_hint (CANDOR_PASSPHRASE_EMPTY));

  g_assert_cmpint (candor_passphrase_rate ("x"), ==, CANDOR_PASSPHRASE_TOO_SHORT);
  g_assert_cmpint (candor_passphrase_rate ("Tr0u&4!"), ==, CANDOR_PASSPHRASE_TOO_SHORT);
  /* Length counts characters, not bytes: seven Cyrillic letters are still too short. */
  g_assert_cmpint (candor_passphrase_rate ("пароль7"), ==, CANDOR_PASSPHRASE_TOO_SHORT);

  hint = candor_passphrase_dup_hint (CANDOR_PASSPHRASE_TOO_SHORT);
  g_assert_cmpstr (hint, ==, "Too short — use at least 8 characters");
}

static void
test_weak (void)
{
  const char *weak[] = {
    "password", "PassWord", "12345678", "87654321", "aaaaaaaaaaaa", "abcdefgh",
    "abababababab", "qwertyuiop", "hello123", "11112222",
  };

  for (guint i = 0; i < G_N_ELEMENTS (weak); i++)
    {
      g_test_message ("%s", weak[i]);
      g_assert_cmpint (candor_passphrase_rate (weak[i]), ==, CANDOR_PASSPHRASE_WEAK);
      g_assert_false (candor_passphrase_is_acceptable (candor_passphrase_rate (weak[i])));
    }
}

static void
test_fair (void)
{
  const char *fair[] = { "sunflower", "mountains", "bluecat77", "Sunflower1" };

  for (guint i = 0; i < G_N_ELEMENTS (fair); i++)
    {
      g_test_message ("%s", fair[i]);
      g_assert_cmpint (candor_passphrase_rate (fair[i]), ==, CANDOR_PASSPHRASE_FAIR);
      g_assert_true (candor_passphrase_is_acceptable (candor_passphrase_rate (fair[i])));
    }
}

static void
test_strong (void)
{
  const char *strong[] = {
    "correct horse battery staple", "Tr0ub4dor&3x", "blue river quiet cat",
    "мы пьём чай по утрам", "我们每天早上一起喝茶",
  };

  for (guint i = 0; i < G_N_ELEMENTS (strong); i++)
    {
      g_test_message ("%s", strong[i]);
      g_assert_cmpint (candor_passphrase_rate (strong[i]), ==, CANDOR_PASSPHRASE_STRONG);
    }
}

static void
test_more_words_help (void)
{
  /* The hint promises that more words make it stronger: keep that true. */
  g_assert_cmpint (candor_passphrase_rate ("sunflower"), ==, CANDOR_PASSPHRASE_FAIR);
  g_assert_cmpint (candor_passphrase_rate ("sunflower river lamp"), ==, CANDOR_PASSPHRASE_STRONG);
}

static void
test_hints (void)
{
  for (int s = CANDOR_PASSPHRASE_TOO_SHORT; s <= CANDOR_PASSPHRASE_STRONG; s++)
    {
      g_autofree char *hint = candor_passphrase_dup_hint (s);

      g_assert_nonnull (hint);
      g_assert_true (g_utf8_validate (hint, -1, NULL));
      g_assert_cmpuint (strlen (hint), >, 0);
    }

  {
    g_autofree char *fair = candor_passphrase_dup_hint (CANDOR_PASSPHRASE_FAIR);
    g_autofree char *strong = candor_passphrase_dup_hint (CANDOR_PASSPHRASE_STRONG);

    g_assert_cmpstr (fair, ==, "Fair — a few more words make it much stronger");
    g_assert_cmpstr (strong, ==, "Strong");
  }
}

static void
test_guarded_copy (void)
{
  g_autoptr(CandorPassphrase) copy = candor_passphrase_dup ("blue river quiet cat");

  g_assert_null (candor_passphrase_dup (NULL));
  g_assert_cmpstr (copy, ==, "blue river quiet cat");
  candor_passphrase_free (NULL);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_assert_true (candor_secure_init (NULL));

  g_test_add_func ("/passphrase/empty-and-short", test_empty_and_short);
  g_test_add_func ("/passphrase/weak", test_weak);
  g_test_add_func ("/passphrase/fair", test_fair);
  g_test_add_func ("/passphrase/strong", test_strong);
  g_test_add_func ("/passphrase/more-words-help", test_more_words_help);
  g_test_add_func ("/passphrase/hints", test_hints);
  g_test_add_func ("/passphrase/guarded-copy", test_guarded_copy);

  return g_test_run ();
}
