/* test-locale.c — the app started in another language speaks it
 *
 * Run once per language (meson passes --language=ru, --language=zh_CN) with the build
 * tree's translations (CANDOR_LOCALEDIR). The page titles, the first-run page, a
 * feeling word with its definition, and the dates come out in that language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "candor-application.h"
#include "candor-feeling.h"
#include "candor-i18n.h"
#include "candor-secure.h"
#include "candor-test-utils.h"
#include "candor-vocabulary.h"
#include "candor-week.h"
#include "candor-window.h"

static CandorApplication *app;
static const char *language;

static gboolean
has_non_ascii (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if ((guchar) *p >= 0x80)
      return TRUE;
  return FALSE;
}

static void
assert_translated (const char *shown,
                   const char *english)
{
  g_assert_nonnull (shown);
  g_assert_cmpstr (shown, !=, english);
  /* Russian and Chinese are not written in ASCII: English shows through as ASCII. */
  if (!has_non_ascii (shown))
    g_error ("“%s” is shown where “%s” should be translated", shown, english);
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

/* The window's page titles, as the view switcher shows them. */
static void
test_page_titles (void)
{
  static const char * const english[] = {
    "Today", "Feelings", "Connection Checks", "Progress", "Practices",
  };
  CandorWindow *window = candor_window_new (app);
  AdwViewStack *stack;
  g_autoptr(GListModel) pages = NULL;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (candor_test_wait_for (is_mapped, window, 5000));

  stack = ADW_VIEW_STACK (candor_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK, NULL));
  g_assert_nonnull (stack);
  pages = G_LIST_MODEL (adw_view_stack_get_pages (stack));
  g_assert_cmpuint (g_list_model_get_n_items (pages), ==, G_N_ELEMENTS (english));
  for (guint i = 0; i < G_N_ELEMENTS (english); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (pages, i);

      assert_translated (adw_view_stack_page_get_title (page), english[i]);
    }

  /* The page a new user sees first: no English label on it. */
  g_assert_null (candor_test_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, "Create Journal"));
  g_assert_null (candor_test_find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON, "_Create Journal"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A feeling word and its definition come from the translation. */
static void
test_feeling_words (void)
{
  CandorVocabulary *vocabulary = candor_vocabulary_get_default ();
  CandorFeeling *angry = candor_vocabulary_lookup (vocabulary, "angry");

  g_assert_nonnull (angry);
  assert_translated (candor_feeling_get_label (angry), "angry");
  assert_translated (candor_feeling_get_definition (angry),
                     "You’re heated inside and want something to change right now.");
}

/* Weekday and month names follow the language; Russian weeks start on Monday. */
static void
test_dates (void)
{
  g_autoptr(GDateTime) date = g_date_time_new_local (2026, 3, 2, 12, 0, 0);
  g_autofree char *month = g_date_time_format (date, "%B");

  assert_translated (month, "March");
  if (g_str_equal (language, "ru"))
    g_assert_cmpint (candor_week_first_weekday_for_locale (), ==, G_DATE_MONDAY);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  /* --language=LL comes first, before the GTest options. */
  if (argc < 2 || !g_str_has_prefix (argv[1], "--language="))
    g_error ("usage: test-locale --language=LL [GTest options]");
  language = argv[1] + strlen ("--language=");
  argv[1] = argv[0];
  argv++;
  argc--;
  if (!candor_i18n_init (language))
    g_error ("The locale for %s is not installed (build-aux/install-deps.sh test makes it)",
             language);

  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();
  g_assert_true (candor_secure_init (NULL));
  app = candor_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  g_test_add_func ("/locale/page-titles", test_page_titles);
  g_test_add_func ("/locale/feeling-words", test_feeling_words);
  g_test_add_func ("/locale/dates", test_dates);

  ret = g_test_run ();
  g_object_unref (app);
  return ret;
}
