/* test-vocabulary.c — the feeling words: data, lookup, search, recent and frequent
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "candor-vocabulary.h"

static CandorFeeling *
item_at (GListModel *model,
         guint       position)
{
  /* The vocabulary keeps every feeling alive, so a borrowed pointer is fine in tests. */
  CandorFeeling *feeling = g_list_model_get_item (model, position);

  g_object_unref (feeling);
  return feeling;
}

static gboolean
model_has_id (GListModel *model,
              const char *id)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      if (g_strcmp0 (candor_feeling_get_id (item_at (model, i)), id) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
test_loads_enough_words (void)
{
  CandorVocabulary *vocabulary = candor_vocabulary_get_default ();
  GListModel *all = candor_vocabulary_get_all (vocabulary);

  g_assert_cmpuint (candor_vocabulary_get_n_feelings (vocabulary), >=, 130);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==,
                    candor_vocabulary_get_n_feelings (vocabulary));
  g_assert_true (g_list_model_get_item_type (all) == CANDOR_TYPE_FEELING);
  /* The same object every time: parsed once. */
  g_assert_true (candor_vocabulary_get_default () == vocabulary);
}

static void
test_load_is_fast (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  gint64 best = G_MAXINT64;

  bytes = g_resources_lookup_data ("/io/github/candorapp/Candor/core/candor-feelings.xml",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);

  /* The best of a few runs, so a busy machine doesn't make the test flaky. */
  for (guint i = 0; i < 5; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(CandorVocabulary) vocabulary = candor_vocabulary_new_from_bytes (bytes, &error);

      g_assert_no_error (error);
      best = MIN (best, g_get_monotonic_time () - start);
      g_assert_cmpuint (candor_vocabulary_get_n_feelings (vocabulary), >=, 130);
    }

  g_test_message ("Loading the vocabulary took %" G_GINT64_FORMAT " µs", best);
#if defined(__SANITIZE_ADDRESS__)
  /* The sanitizers make every allocation several times slower; only catch the absurd. */
  g_assert_cmpint (best, <, 50000);
#else
  g_assert_cmpint (best, <, 5000);
#endif
}

static void
test_ids_unique_and_ascii (void)
{
  GListModel *all = candor_vocabulary_get_all (candor_vocabulary_get_default ());
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      const char *id = candor_feeling_get_id (item_at (all, i));

      g_assert_nonnull (id);
      g_assert_cmpuint (strlen (id), >, 0);
      for (const char *p = id; *p != '\0'; p++)
        g_assert_true (g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '_');
      g_assert_true (g_hash_table_add (seen, (gpointer)id));
    }
}

static void
test_families_and_quadrants (void)
{
  CandorVocabulary *vocabulary = candor_vocabulary_get_default ();
  guint total = 0;

  for (guint f = 0; f < CANDOR_N_FEELING_FAMILIES; f++)
    {
      GListModel *family = candor_vocabulary_get_family (vocabulary, f);
      guint n = g_list_model_get_n_items (family);

      g_test_message ("%s: %u words", candor_feeling_family_to_string (f), n);
      g_assert_cmpuint (n, >=, 15);
      for (guint i = 0; i < n; i++)
        g_assert_cmpint (candor_feeling_get_family (item_at (family, i)), ==, f);
      g_assert_nonnull (candor_feeling_family_get_label (f));
      total += n;
    }
  g_assert_cmpuint (total, ==, candor_vocabulary_get_n_feelings (vocabulary));

  total = 0;
  for (guint q = 0; q < CANDOR_N_MOOD_QUADRANTS; q++)
    {
      GListModel *quadrant = candor_vocabulary_get_quadrant (vocabulary, q);
      guint n = g_list_model_get_n_items (quadrant);

      g_test_message ("%s: %u words", candor_mood_quadrant_to_string (q), n);
      g_assert_cmpuint (n, >=, 25);
      for (guint i = 0; i < n; i++)
        g_assert_cmpint (candor_feeling_get_quadrant (item_at (quadrant, i)), ==, q);
      g_assert_nonnull (candor_mood_quadrant_get_label (q));
      total += n;
    }
  g_assert_cmpuint (total, ==, candor_vocabulary_get_n_feelings (vocabulary));
}

static void
test_quadrant_rule (void)
{
  /* On an axis, a point belongs to the pleasant and to the high-energy side. */
  g_assert_cmpint (candor_mood_quadrant_for (0, 0), ==, CANDOR_MOOD_QUADRANT_HIGH_PLEASANT);
  g_assert_cmpint (candor_mood_quadrant_for (-0.5, 0), ==, CANDOR_MOOD_QUADRANT_HIGH_UNPLEASANT);
  g_assert_cmpint (candor_mood_quadrant_for (0, -0.5), ==, CANDOR_MOOD_QUADRANT_LOW_PLEASANT);
  g_assert_cmpint (candor_mood_quadrant_for (-0.1, -0.1), ==, CANDOR_MOOD_QUADRANT_LOW_UNPLEASANT);
  g_assert_cmpint (candor_mood_quadrant_for (0.9, 0.9), ==, CANDOR_MOOD_QUADRANT_HIGH_PLEASANT);
}

static void
test_coordinates_in_range (void)
{
  GListModel *all = candor_vocabulary_get_all (candor_vocabulary_get_default ());

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      CandorFeeling *feeling = item_at (all, i);

      g_assert_cmpfloat (candor_feeling_get_pleasantness (feeling), >=, -1.0);
      g_assert_cmpfloat (candor_feeling_get_pleasantness (feeling), <=, 1.0);
      g_assert_cmpfloat (candor_feeling_get_energy (feeling), >=, -1.0);
      g_assert_cmpfloat (candor_feeling_get_energy (feeling), <=, 1.0);
    }
}

static void
test_definitions_are_one_sentence (void)
{
  GListModel *all = candor_vocabulary_get_all (candor_vocabulary_get_default ());
  g_autoptr(GHashTable) labels = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      CandorFeeling *feeling = item_at (all, i);
      const char *label = candor_feeling_get_label (feeling);
      const char *definition = candor_feeling_get_definition (feeling);
      gsize length = strlen (definition);

      g_test_message ("%s: %s", candor_feeling_get_id (feeling), definition);

      /* A label is the word itself: no stray spaces, and each one names one word only. */
      g_assert_cmpuint (strlen (label), >, 0);
      g_assert_false (g_ascii_isspace (label[0]));
      g_assert_true (g_hash_table_add (labels, (gpointer)label));

      g_assert_true (g_utf8_validate (definition, -1, NULL));
      g_assert_cmpuint (g_utf8_strlen (definition, -1), <, 160);
      g_assert_true (g_unichar_isupper (g_utf8_get_char (definition)));
      g_assert_cmpint (definition[length - 1], ==, '.');
      /* One sentence: nothing ends before the final period. */
      for (gsize c = 0; c + 1 < length; c++)
        g_assert_false (strchr (".?!", definition[c]) != NULL && definition[c + 1] == ' ');
      g_assert_null (strstr (definition, "  "));
      /* The word is explained, not repeated. */
      g_assert_null (strstr (definition, label));
    }
}

static void
test_demo_ids_exist (void)
{
  CandorVocabulary *vocabulary = candor_vocabulary_get_default ();
  const char *ids[] = {
    "grateful", "lonely", "anxious", "proud", "content", "frustrated",
    "hopeful", "tired", "overwhelmed", "calm", "excited", "hurt",
  };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      CandorFeeling *feeling = candor_vocabulary_lookup (vocabulary, ids[i]);

      g_assert_nonnull (feeling);
      g_assert_cmpstr (candor_feeling_get_id (feeling), ==, ids[i]);
    }

  g_assert_null (candor_vocabulary_lookup (vocabulary, "no-such-feeling"));
  g_assert_null (candor_vocabulary_lookup (vocabulary, NULL));
}

static void
test_some_words (void)
{
  CandorVocabulary *vocabulary = candor_vocabulary_get_default ();
  CandorFeeling *feeling;

  feeling = candor_vocabulary_lookup (vocabulary, "grateful");
  g_assert_cmpstr (candor_feeling_get_label (feeling), ==, "grateful");
  g_assert_cmpint (candor_feeling_get_family (feeling), ==, CANDOR_FEELING_FAMILY_PEACEFUL);
  g_assert_cmpint (candor_feeling_get_quadrant (feeling), ==, CANDOR_MOOD_QUADRANT_LOW_PLEASANT);

  feeling = candor_vocabulary_lookup (vocabulary, "anxious");
  g_assert_cmpint (candor_feeling_get_family (feeling), ==, CANDOR_FEELING_FAMILY_SCARED);
  g_assert_cmpint (candor_feeling_get_quadrant (feeling), ==, CANDOR_MOOD_QUADRANT_HIGH_UNPLEASANT);

  feeling = candor_vocabulary_lookup (vocabulary, "excited");
  g_assert_cmpint (candor_feeling_get_quadrant (feeling), ==, CANDOR_MOOD_QUADRANT_HIGH_PLEASANT);

  feeling = candor_vocabulary_lookup (vocabulary, "lonely");
  g_assert_cmpint (candor_feeling_get_family (feeling), ==, CANDOR_FEELING_FAMILY_SAD);
  g_assert_cmpint (candor_feeling_get_quadrant (feeling), ==, CANDOR_MOOD_QUADRANT_LOW_UNPLEASANT);

  /* Labels are the words people say, with spaces where the words have them. */
  g_assert_cmpstr (candor_feeling_get_label (candor_vocabulary_lookup (vocabulary, "on_edge")),
                   ==, "on edge");
}

static void
test_family_strings (void)
{
  CandorFeelingFamily family;

  for (guint f = 0; f < CANDOR_N_FEELING_FAMILIES; f++)
    {
      g_assert_true (candor_feeling_family_from_string (candor_feeling_family_to_string (f),
                                                        &family));
      g_assert_cmpint (family, ==, f);
    }
  g_assert_cmpstr (candor_feeling_family_to_string (CANDOR_FEELING_FAMILY_JOYFUL), ==, "joyful");
  g_assert_false (candor_feeling_family_from_string ("grumpy", &family));
  g_assert_false (candor_feeling_family_from_string (NULL, &family));
}

static void
test_search_case_insensitive (void)
{
  g_autoptr(GListModel) results = candor_vocabulary_search (candor_vocabulary_get_default (),
                                                            "ANXI");

  g_assert_cmpuint (g_list_model_get_n_items (results), >=, 1);
  g_assert_cmpstr (candor_feeling_get_id (item_at (results, 0)), ==, "anxious");
}

static void
test_search_ranking (void)
{
  CandorVocabulary *vocabulary = candor_vocabulary_get_default ();
  g_autoptr(GListModel) results = candor_vocabulary_search (vocabulary, "edge");
  g_autoptr(GListModel) everything = candor_vocabulary_search (vocabulary, "   ");
  g_autoptr(GListModel) nothing = candor_vocabulary_search (vocabulary, "xyzzy");
  g_autoptr(GListModel) hurt = NULL;
  guint last_rank = 0;

  /* "on edge" has it inside its label; no label starts with it. */
  g_assert_cmpuint (g_list_model_get_n_items (results), >=, 1);
  g_assert_cmpstr (candor_feeling_get_id (item_at (results, 0)), ==, "on_edge");

  g_assert_cmpuint (g_list_model_get_n_items (everything), ==,
                    candor_vocabulary_get_n_feelings (vocabulary));
  g_assert_cmpuint (g_list_model_get_n_items (nothing), ==, 0);

  /* Label prefix first, then label substring, then definition. */
  hurt = candor_vocabulary_search (vocabulary, "hurt");
  g_assert_cmpstr (candor_feeling_get_id (item_at (hurt, 0)), ==, "hurt");
  for (guint i = 0; i < g_list_model_get_n_items (hurt); i++)
    {
      CandorFeeling *feeling = item_at (hurt, i);
      g_autofree char *label = candor_vocabulary_normalize (candor_feeling_get_label (feeling));
      g_autofree char *definition =
        candor_vocabulary_normalize (candor_feeling_get_definition (feeling));
      guint rank;

      if (g_str_has_prefix (label, "hurt"))
        rank = 0;
      else if (strstr (label, "hurt") != NULL)
        rank = 1;
      else
        {
          g_assert_nonnull (strstr (definition, "hurt"));
          rank = 2;
        }
      g_assert_cmpuint (rank, >=, last_rank);
      last_rank = rank;
    }
  /* "hurt" is in several definitions ("it hurts that…", "an old hurt…"). */
  g_assert_cmpuint (last_rank, ==, 2);
}

static void
test_search_by_definition (void)
{
  g_autoptr(GListModel) results = candor_vocabulary_search (candor_vocabulary_get_default (),
                                                            "thankful");

  g_assert_true (model_has_id (results, "grateful"));
}

static void
test_normalize (void)
{
  struct {
    const char *a;
    const char *b;
  } same[] = {
    { "Éner", "ener" },
    { "ÉNERGIE", "énergie" },
    { "naïve café", "NAIVE CAFE" },
    { "Straße", "STRASSE" },
    /* Cyrillic: case, and ё read as е. */
    { "ТРЕВОГА", "тревога" },
    { "Ёжик", "ежик" },
    /* Full-width Latin letters are the same letters. */
    { "ＡＢＣ", "abc" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (same); i++)
    {
      g_autofree char *a = candor_vocabulary_normalize (same[i].a);
      g_autofree char *b = candor_vocabulary_normalize (same[i].b);

      g_assert_cmpstr (a, ==, b);
    }

  {
    /* CJK has no case or accents: unchanged. */
    g_autofree char *cjk = candor_vocabulary_normalize ("感激");

    g_assert_cmpstr (cjk, ==, "感激");
  }
}

/* A vocabulary in other languages, as a translation would make it: search works on what
 * the person sees, in the UI language. */
static const char translated_xml[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<feelings version=\"1\">\n"
  "  <feeling id=\"grateful\" family=\"peaceful\" pleasantness=\"0.8\" energy=\"-0.1\">\n"
  "    <label>благодарный</label>\n"
  "    <definition>Вы чувствуете признательность за что-то хорошее.</definition>\n"
  "  </feeling>\n"
  "  <feeling id=\"anxious\" family=\"scared\" pleasantness=\"-0.7\" energy=\"0.6\">\n"
  "    <label>встревоженный</label>\n"
  "    <definition>Вас тревожит то, что может случиться, и трудно успокоиться.</definition>\n"
  "  </feeling>\n"
  "  <feeling id=\"lonely\" family=\"sad\" pleasantness=\"-0.7\" energy=\"-0.4\">\n"
  "    <label>孤独</label>\n"
  "    <definition>你渴望与人亲近，但此刻没有这种亲近。</definition>\n"
  "  </feeling>\n"
  "  <feeling id=\"excited\" family=\"joyful\" pleasantness=\"0.8\" energy=\"0.85\">\n"
  "    <label>énervé</label>\n"
  "    <definition>Plein d’énergie.</definition>\n"
  "  </feeling>\n"
  "</feelings>\n";

static CandorVocabulary *
translated_vocabulary (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (translated_xml, sizeof translated_xml - 1);
  g_autoptr(GError) error = NULL;
  CandorVocabulary *vocabulary = candor_vocabulary_new_from_bytes (bytes, &error);

  g_assert_no_error (error);
  return vocabulary;
}

static void
test_search_other_scripts (void)
{
  g_autoptr(CandorVocabulary) vocabulary = translated_vocabulary ();
  struct {
    const char *query;
    const char *first_id;
  } cases[] = {
    { "БЛАГО", "grateful" },        /* Cyrillic label, any case */
    { "тревож", "anxious" },        /* inside a Cyrillic label */
    { "успокоиться", "anxious" },   /* Cyrillic definition */
    { "孤", "lonely" },             /* CJK label, substring */
    { "亲近", "lonely" },           /* CJK definition */
    { "ENERVE", "excited" },        /* accents ignored in the query… */
    { "énergie", "excited" },       /* …and in the text */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GListModel) results = candor_vocabulary_search (vocabulary, cases[i].query);

      g_assert_cmpuint (g_list_model_get_n_items (results), >=, 1);
      g_assert_cmpstr (candor_feeling_get_id (item_at (results, 0)), ==, cases[i].first_id);
    }
}

static void
test_rejects_bad_data (void)
{
  const char *bad[] = {
    "<feelings version=\"2\"/>",
    "<words version=\"1\"/>",
    "<feelings version=\"1\"><feeling id=\"Bad Id\" family=\"mad\" pleasantness=\"0\" "
    "energy=\"0\"><label>x</label><definition>X.</definition></feeling></feelings>",
    "<feelings version=\"1\"><feeling id=\"a\" family=\"grumpy\" pleasantness=\"0\" "
    "energy=\"0\"><label>x</label><definition>X.</definition></feeling></feelings>",
    "<feelings version=\"1\"><feeling id=\"a\" family=\"mad\" pleasantness=\"1.5\" "
    "energy=\"0\"><label>x</label><definition>X.</definition></feeling></feelings>",
    "<feelings version=\"1\"><feeling id=\"a\" family=\"mad\" pleasantness=\"0\" "
    "energy=\"0\"><label>x</label></feeling></feelings>",
    "<feelings version=\"1\">"
    "<feeling id=\"a\" family=\"mad\" pleasantness=\"0\" energy=\"0\">"
    "<label>x</label><definition>X.</definition></feeling>"
    "<feeling id=\"a\" family=\"sad\" pleasantness=\"0\" energy=\"0\">"
    "<label>y</label><definition>Y.</definition></feeling></feelings>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (bad[i], strlen (bad[i]));
      g_autoptr(GError) error = NULL;
      g_autoptr(CandorVocabulary) vocabulary = candor_vocabulary_new_from_bytes (bytes, &error);

      g_assert_null (vocabulary);
      g_assert_nonnull (error);
    }
}

static void
test_recent (void)
{
  CandorVocabulary *vocabulary = candor_vocabulary_get_default ();
  /* Oldest first, as the journal lists uses. */
  const char *uses[] = {
    "calm", "grateful", "unknown_word", "tired", "grateful", "anxious", "hopeful", NULL,
  };
  const char *want[] = { "hopeful", "anxious", "grateful", "tired" };
  g_autoptr(GListModel) recent = candor_vocabulary_get_recent (vocabulary, uses, 4);
  g_autoptr(GListModel) none = candor_vocabulary_get_recent (vocabulary, NULL, 4);

  g_assert_cmpuint (g_list_model_get_n_items (recent), ==, G_N_ELEMENTS (want));
  for (guint i = 0; i < G_N_ELEMENTS (want); i++)
    g_assert_cmpstr (candor_feeling_get_id (item_at (recent, i)), ==, want[i]);
  g_assert_cmpuint (g_list_model_get_n_items (none), ==, 0);
}

static void
test_frequent (void)
{
  CandorVocabulary *vocabulary = candor_vocabulary_get_default ();
  const char *uses[] = {
    "calm", "tired", "calm", "grateful", "tired", "grateful", "calm", "proud", "hurt", NULL,
  };
  g_autoptr(GListModel) frequent = candor_vocabulary_get_frequent (vocabulary, uses, 1, 10);
  g_autoptr(GListModel) twice = candor_vocabulary_get_frequent (vocabulary, uses, 2, 10);
  g_autoptr(GListModel) top = candor_vocabulary_get_frequent (vocabulary, uses, 1, 2);

  /* calm ×3; grateful and tired ×2, grateful used last; then hurt and proud ×1. */
  g_assert_cmpuint (g_list_model_get_n_items (frequent), ==, 5);
  g_assert_cmpstr (candor_feeling_get_id (item_at (frequent, 0)), ==, "calm");
  g_assert_cmpstr (candor_feeling_get_id (item_at (frequent, 1)), ==, "grateful");
  g_assert_cmpstr (candor_feeling_get_id (item_at (frequent, 2)), ==, "tired");
  g_assert_cmpstr (candor_feeling_get_id (item_at (frequent, 3)), ==, "hurt");
  g_assert_cmpstr (candor_feeling_get_id (item_at (frequent, 4)), ==, "proud");

  g_assert_cmpuint (g_list_model_get_n_items (twice), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (top), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/vocabulary/loads-enough-words", test_loads_enough_words);
  g_test_add_func ("/vocabulary/load-is-fast", test_load_is_fast);
  g_test_add_func ("/vocabulary/ids-unique-and-ascii", test_ids_unique_and_ascii);
  g_test_add_func ("/vocabulary/families-and-quadrants", test_families_and_quadrants);
  g_test_add_func ("/vocabulary/quadrant-rule", test_quadrant_rule);
  g_test_add_func ("/vocabulary/coordinates-in-range", test_coordinates_in_range);
  g_test_add_func ("/vocabulary/definitions-are-one-sentence", test_definitions_are_one_sentence);
  g_test_add_func ("/vocabulary/demo-ids-exist", test_demo_ids_exist);
  g_test_add_func ("/vocabulary/some-words", test_some_words);
  g_test_add_func ("/vocabulary/family-strings", test_family_strings);
  g_test_add_func ("/vocabulary/search/case-insensitive", test_search_case_insensitive);
  g_test_add_func ("/vocabulary/search/ranking", test_search_ranking);
  g_test_add_func ("/vocabulary/search/by-definition", test_search_by_definition);
  g_test_add_func ("/vocabulary/search/other-scripts", test_search_other_scripts);
  g_test_add_func ("/vocabulary/normalize", test_normalize);
  g_test_add_func ("/vocabulary/rejects-bad-data", test_rejects_bad_data);
  g_test_add_func ("/vocabulary/recent", test_recent);
  g_test_add_func ("/vocabulary/frequent", test_frequent);

  return g_test_run ();
}
