/* test-import.c — importing documents: merge, replace, migration, refusals, demo data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "candor-journal.h"
#include "candor-prompt-pool.h"

/* The longest text a document may hold, in characters. */
#define CANDOR_MAX_TEXT_FOR_TEST 65536

/* Helpers */

static char *
corpus_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fuzz-corpus", "import", name, NULL);
}

static JsonNode *
load_corpus (const char *name)
{
  g_autofree char *path = corpus_path (name);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  JsonNode *document;
  gsize length;

  g_file_get_contents (path, &text, &length, &error);
  g_assert_no_error (error);
  document = candor_json_parse_document (text, length, &error);
  g_assert_no_error (error);

  return document;
}

static CandorJournal *
new_full_journal (void)
{
  g_autoptr(JsonNode) document = load_corpus ("good-full.json");
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) dirty = NULL;
  CandorJournal *journal = candor_journal_new ();

  g_assert_true (candor_journal_import_document (journal, document, CANDOR_IMPORT_MODE_REPLACE,
                                                 &error));
  g_assert_no_error (error);

  dirty = candor_journal_dup_dirty_segments (journal);
  for (guint i = 0; dirty[i] != NULL; i++)
    candor_journal_mark_clean (journal, dirty[i]);

  return journal;
}

static char *
document_text (CandorJournal *journal)
{
  g_autoptr(JsonNode) document = candor_journal_to_document (journal);

  return candor_json_to_data (document, FALSE, NULL);
}

static JsonObject *
first_object (JsonObject *document,
              const char *member)
{
  return json_array_get_object_element (json_object_get_array_member (document, member), 0);
}

/*
 * Feeds @text to a journal in both modes and checks it is refused with
 * @code, with @path at the start of the message, and that the journal is
 * exactly as it was.
 */
static void
assert_refused (const char *text,
                gssize      length,
                int         code,
                const char *path)
{
  g_autoptr(CandorJournal) journal = new_full_journal ();
  g_autofree char *before = document_text (journal);
  g_autofree char *after = NULL;
  g_autoptr(JsonNode) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *prefix = g_strconcat (path, ":", NULL);

  document = candor_json_parse_document (text, length, &error);
  if (document != NULL)
    {
      g_assert_no_error (error);
      g_assert_false (candor_json_validate_document (document, &error));
      g_assert_error (error, CANDOR_JSON_ERROR, code);
      g_clear_error (&error);

      g_assert_false (candor_journal_import_document (journal, document,
                                                      CANDOR_IMPORT_MODE_REPLACE, &error));
      g_assert_error (error, CANDOR_JSON_ERROR, code);
      g_clear_error (&error);

      g_assert_false (candor_journal_import_document (journal, document,
                                                      CANDOR_IMPORT_MODE_MERGE, &error));
    }

  g_assert_error (error, CANDOR_JSON_ERROR, code);
  g_test_message ("refused: %s", error->message);
  if (!g_str_has_prefix (error->message, prefix))
    g_error ("expected the message to start with “%s”, got “%s”", prefix, error->message);

  after = document_text (journal);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (candor_journal_get_dirty (journal));
}

static void
assert_node_refused (JsonNode   *document,
                     int         code,
                     const char *path)
{
  g_autofree char *text = candor_json_to_data (document, FALSE, NULL);

  assert_refused (text, -1, code, path);
}

/* Malformed documents: each a change to good-full.json */

typedef struct
{
  const char *name;
  void      (*mutate) (JsonObject *document);
  int         code;
  const char *path;
} Mutation;

static void
feeling_is_a_number (JsonObject *document)
{
  JsonArray *feelings = json_object_get_array_member (first_object (document, "checkins"),
                                                      "feelings");

  json_array_remove_element (feelings, 0);
  json_array_add_int_element (feelings, 5);
  /* Keep it first: the path names the first feeling. */
  json_array_add_element (feelings, json_node_copy (json_array_get_element (feelings, 0)));
  json_array_remove_element (feelings, 0);
}

static void
people_is_an_object (JsonObject *document)
{
  json_object_set_object_member (document, "people", json_object_new ());
}

static void
shared_is_a_string (JsonObject *document)
{
  json_object_set_string_member (first_object (document, "checkins"), "shared", "yes");
}

static void
kind_is_missing (JsonObject *document)
{
  json_object_remove_member (first_object (document, "checkins"), "kind");
}

static void
id_is_missing (JsonObject *document)
{
  json_object_remove_member (first_object (document, "people"), "id");
}

static void
version_is_missing (JsonObject *document)
{
  json_object_remove_member (document, "version");
}

static void
unknown_interaction_kind (JsonObject *document)
{
  json_object_set_string_member (first_object (document, "interactions"), "kind", "bid-sideways");
}

static void
unknown_relationship (JsonObject *document)
{
  json_object_set_string_member (first_object (document, "people"), "relationship", "boss");
}

static void
huge_text (JsonObject *document)
{
  g_autofree char *text = g_strnfill (CANDOR_MAX_TEXT_FOR_TEST + 1, 'x');

  json_object_set_string_member (first_object (document, "checkins"), "text", text);
}

static void
long_name (JsonObject *document)
{
  g_autofree char *name = g_strnfill (201, 'A');

  json_object_set_string_member (first_object (document, "people"), "name", name);
}

static void
empty_name (JsonObject *document)
{
  json_object_set_string_member (first_object (document, "people"), "name", "");
}

static void
duplicate_id (JsonObject *document)
{
  JsonArray *checkins = json_object_get_array_member (document, "checkins");

  json_array_add_element (checkins, json_node_copy (json_array_get_element (checkins, 0)));
}

static void
id_shared_across_kinds (JsonObject *document)
{
  const char *person_id = json_object_get_string_member (first_object (document, "people"), "id");

  json_object_set_string_member (first_object (document, "checks"), "id", person_id);
}

static void
dangling_author (JsonObject *document)
{
  json_object_set_string_member (first_object (document, "checkins"), "author_id", "nobody");
}

static void
dangling_usage (JsonObject *document)
{
  JsonObject *settings = json_object_get_object_member (document, "settings");
  JsonArray *ids = json_array_new ();

  json_array_add_string_element (ids, "recent-moment");
  json_object_set_array_member (json_object_get_object_member (settings, "question_usage"),
                                "nobody", ids);
}

static void
bad_id (JsonObject *document)
{
  json_object_set_string_member (first_object (document, "exercises"), "id", "../etc/passwd");
}

static void
impossible_date (JsonObject *document)
{
  json_object_set_string_member (first_object (document, "checkins"), "date", "2024-02-30");
}

static void
date_too_early (JsonObject *document)
{
  json_object_set_string_member (first_object (document, "checkins"), "date", "1850-01-01");
}

static void
bad_hour (JsonObject *document)
{
  json_object_set_string_member (first_object (document, "interactions"), "date",
                                 "2024-03-09T25:00:00Z");
}

static void
not_utc (JsonObject *document)
{
  json_object_set_string_member (first_object (document, "checks"), "start",
                                 "2025-01-04T19:00:00+02:00");
}

static void
bad_color (JsonObject *document)
{
  json_object_set_string_member (first_object (document, "people"), "color", "red");
}

static void
bad_time (JsonObject *document)
{
  json_object_set_string_member (json_object_get_object_member (document, "settings"),
                                 "ritual_nightly_time", "24:00");
}

static void
cadence_is_a_double (JsonObject *document)
{
  json_object_set_double_member (first_object (document, "people"), "cadence", 2.0);
}

static void
cadence_out_of_range (JsonObject *document)
{
  json_object_set_int_member (first_object (document, "people"), "cadence", 99);
}

static void
too_many_questions (JsonObject *document)
{
  JsonArray *ids = json_object_get_array_member (first_object (document, "checks"),
                                                 "question_ids");

  json_array_add_string_element (ids, "a-fourth-one");
}

static void
newer_version (JsonObject *document)
{
  json_object_set_int_member (document, "version", 2);
}

static void
unknown_top_member (JsonObject *document)
{
  json_object_set_string_member (document, "extra", "hello");
}

static void
unknown_entry_member (JsonObject *document)
{
  json_object_set_string_member (first_object (document, "people"), "nickname", "Al");
}

static void
segment_member_in_document (JsonObject *document)
{
  json_object_set_string_member (document, "segment", "2024");
}

static void
settings_is_an_array (JsonObject *document)
{
  json_object_set_array_member (document, "settings", json_array_new ());
}

static void
custom_question_bad_depth (JsonObject *document)
{
  JsonObject *settings = json_object_get_object_member (document, "settings");

  json_object_set_string_member (first_object (settings, "custom_questions"), "depth", "abyssal");
}

static const Mutation mutations[] = {
  { "wrong-type/feeling", feeling_is_a_number,
    CANDOR_JSON_ERROR_INVALID, "$.checkins[0].feelings[0]" },
  { "wrong-type/list", people_is_an_object, CANDOR_JSON_ERROR_INVALID, "$.people" },
  { "wrong-type/boolean", shared_is_a_string, CANDOR_JSON_ERROR_INVALID, "$.checkins[0].shared" },
  { "wrong-type/settings", settings_is_an_array, CANDOR_JSON_ERROR_INVALID, "$.settings" },
  { "wrong-type/integer", cadence_is_a_double, CANDOR_JSON_ERROR_INVALID, "$.people[0].cadence" },
  { "missing/kind", kind_is_missing, CANDOR_JSON_ERROR_INVALID, "$.checkins[0].kind" },
  { "missing/id", id_is_missing, CANDOR_JSON_ERROR_INVALID, "$.people[0].id" },
  { "missing/version", version_is_missing, CANDOR_JSON_ERROR_INVALID, "$.version" },
  { "unknown/interaction-kind", unknown_interaction_kind,
    CANDOR_JSON_ERROR_INVALID, "$.interactions[0].kind" },
  { "unknown/relationship", unknown_relationship,
    CANDOR_JSON_ERROR_INVALID, "$.people[0].relationship" },
  { "unknown/depth", custom_question_bad_depth,
    CANDOR_JSON_ERROR_INVALID, "$.settings.custom_questions[0].depth" },
  { "unknown/top-member", unknown_top_member, CANDOR_JSON_ERROR_INVALID, "$.extra" },
  { "unknown/entry-member", unknown_entry_member,
    CANDOR_JSON_ERROR_INVALID, "$.people[0].nickname" },
  { "unknown/segment-member", segment_member_in_document, CANDOR_JSON_ERROR_INVALID, "$.segment" },
  { "too-large/text", huge_text, CANDOR_JSON_ERROR_TOO_LARGE, "$.checkins[0].text" },
  { "too-large/name", long_name, CANDOR_JSON_ERROR_TOO_LARGE, "$.people[0].name" },
  { "too-large/questions", too_many_questions,
    CANDOR_JSON_ERROR_INVALID, "$.checks[0].question_ids" },
  { "empty/name", empty_name, CANDOR_JSON_ERROR_INVALID, "$.people[0].name" },
  { "range/cadence", cadence_out_of_range, CANDOR_JSON_ERROR_INVALID, "$.people[0].cadence" },
  { "duplicate-id/same-kind", duplicate_id, CANDOR_JSON_ERROR_INVALID, "$.checkins[1].id" },
  { "duplicate-id/across-kinds", id_shared_across_kinds,
    CANDOR_JSON_ERROR_INVALID, "$.checks[0].id" },
  { "bad-id", bad_id, CANDOR_JSON_ERROR_INVALID, "$.exercises[0].id" },
  { "dangling/author", dangling_author, CANDOR_JSON_ERROR_INVALID, "$.checkins[0].author_id" },
  { "dangling/question-usage", dangling_usage,
    CANDOR_JSON_ERROR_INVALID, "$.settings.question_usage.nobody" },
  { "date/impossible", impossible_date, CANDOR_JSON_ERROR_INVALID, "$.checkins[0].date" },
  { "date/too-early", date_too_early, CANDOR_JSON_ERROR_INVALID, "$.checkins[0].date" },
  { "date/bad-hour", bad_hour, CANDOR_JSON_ERROR_INVALID, "$.interactions[0].date" },
  { "date/not-utc", not_utc, CANDOR_JSON_ERROR_INVALID, "$.checks[0].start" },
  { "format/color", bad_color, CANDOR_JSON_ERROR_INVALID, "$.people[0].color" },
  { "format/time", bad_time, CANDOR_JSON_ERROR_INVALID, "$.settings.ritual_nightly_time" },
  { "version/newer", newer_version, CANDOR_JSON_ERROR_NEWER_VERSION, "$.version" },
};

static void
test_mutation (gconstpointer data)
{
  const Mutation *mutation = data;
  g_autoptr(JsonNode) document = load_corpus ("good-full.json");
  g_autoptr(GError) error = NULL;

  /* The base document is good: the refusal is the mutation's doing. */
  g_assert_true (candor_json_validate_document (document, &error));
  g_assert_no_error (error);

  mutation->mutate (json_node_get_object (document));
  assert_node_refused (document, mutation->code, mutation->path);
}

/* Malformed bytes */

static char *
base_text (void)
{
  g_autoptr(JsonNode) document = load_corpus ("good-full.json");

  return candor_json_to_data (document, FALSE, NULL);
}

static char *
replace_once (const char *text,
              const char *old,
              const char *new)
{
  const char *at = strstr (text, old);

  g_assert_nonnull (at);

  return g_strdup_printf ("%.*s%s%s", (int) (at - text), text, new, at + strlen (old));
}

static void
test_deep_nesting (void)
{
  g_autofree char *text = base_text ();
  g_autofree char *broken = NULL;
  GString *deep = g_string_new ("\"feelings\":");
  GString *path = g_string_new ("$.checkins[0].feelings");

  /* 10 000 levels: far beyond what json-glib's recursive parser survives. */
  for (guint i = 0; i < 10000; i++)
    g_string_append_c (deep, '[');
  for (guint i = 0; i < 10000; i++)
    g_string_append_c (deep, ']');

  /* The first check-in's feelings (checks, before it, have none). */
  broken = replace_once (text, "\"feelings\":[\"grateful\",\"hopeful\"]", deep->str);

  /* $, the list, the check-in and the feelings take 3 levels; 29 more fit. */
  for (guint i = 0; i < CANDOR_JSON_MAX_DEPTH - 3; i++)
    g_string_append (path, "[0]");

  assert_refused (broken, -1, CANDOR_JSON_ERROR_TOO_DEEP, path->str);

  g_string_free (deep, TRUE);
  g_string_free (path, TRUE);
}

static void
test_deep_node (void)
{
  g_autoptr(JsonNode) document = load_corpus ("good-full.json");
  g_autoptr(CandorJournal) journal = candor_journal_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *feelings = json_object_get_array_member (first_object (json_node_get_object (document),
                                                                    "checkins"), "feelings");
  JsonArray *inner = json_array_new ();
  JsonArray *outer;

  /* Built in code, never scanned: validation itself must not recurse into it. */
  for (guint i = 0; i < 1000; i++)
    {
      outer = json_array_new ();
      json_array_add_array_element (outer, inner);
      inner = outer;
    }
  json_array_remove_element (feelings, 0);
  json_array_remove_element (feelings, 0);
  json_array_add_array_element (feelings, inner);

  g_assert_false (candor_journal_import_document (journal, document, CANDOR_IMPORT_MODE_MERGE,
                                                  &error));
  g_assert_error (error, CANDOR_JSON_ERROR, CANDOR_JSON_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "$.checkins[0].feelings[0]:"));
  g_assert_cmpuint (g_list_model_get_n_items (candor_journal_get_people (journal)), ==, 0);
}

static void
test_invalid_utf8 (void)
{
  g_autofree char *text = base_text ();
  g_autofree char *broken = replace_once (text, "\"Alex\"", "\"Al\xff\xfe x\"");

  assert_refused (broken, -1, CANDOR_JSON_ERROR_ENCODING, "$.people[0].name");
}

static void
test_nul_character (void)
{
  g_autofree char *text = base_text ();
  g_autofree char *broken = replace_once (text, "\"Alex\"", "\"Al\\u0000ex\"");

  assert_refused (broken, -1, CANDOR_JSON_ERROR_ENCODING, "$.people[0].name");
}

static void
test_control_character (void)
{
  g_autofree char *text = base_text ();
  g_autofree char *broken = replace_once (text, "\"Alex\"", "\"Al\tex\"");

  assert_refused (broken, -1, CANDOR_JSON_ERROR_ENCODING, "$.people[0].name");
}

static void
test_duplicate_member (void)
{
  g_autofree char *text = base_text ();
  g_autofree char *broken = replace_once (text, "\"kind\":\"need\"",
                                          "\"kind\":\"need\",\"kind\":\"worry\"");

  assert_refused (broken, -1, CANDOR_JSON_ERROR_INVALID, "$.checkins[0].kind");
}

static void
test_not_json (void)
{
  assert_refused ("{\"version\": 1, \"people\": [", -1, CANDOR_JSON_ERROR_SYNTAX, "$");
  assert_refused ("", 0, CANDOR_JSON_ERROR_SYNTAX, "$");
  assert_refused ("[]", -1, CANDOR_JSON_ERROR_INVALID, "$");
  assert_refused ("{\"version\": 1} \xc3\x28", -1, CANDOR_JSON_ERROR_SYNTAX, "$");
}

/* Our one-pass parser reads clean documents; anything else goes to json-glib. Both
 * must give the same tree json-glib gives. */
static void
test_parse_like_json_glib (void)
{
  const char *documents[] = {
    /* Escapes, characters beyond ASCII (also as escapes and a surrogate pair), numbers,
     * literals and empty containers: the clean subset. */
    "{\"a\":\"x\\\"y\\\\z\\/\\b\\f\\n\\r\\t\",\"b\":\"\\u00e9\\u4e2d\\ud83d\\ude00\","
    "\"c\":-12,\"d\":0,\"e\":true,\"f\":false,\"g\":null,\"h\":[],\"i\":{},"
    "\"j\":[1,[2,[3]]],\"k\":\"\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80\",\"\":\"\"}",
    " \n{ \"spaced\" :\t[ 1 , 2 ] ,\r\n \"out\" : { } }\n ",
    "{\"controls\":\"\\u0001\\u001f\\u007f\\uFFFF\",\"deep\":[[[[{\"a\":[{}]}]]]]}",
    "[{\"root\":\"array\"}]",
    /* Fractions, exponents and long numbers: json-glib's. */
    "{\"a\":1.5,\"b\":-2e3,\"c\":123456789012345678901,\"d\":[0.25]}",
    /* The same name twice once unescaped: json-glib's, as before. */
    "{\"a\":1,\"\\u0061\":2}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(JsonNode) ours = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("document %u: %s", i, documents[i]);
      g_assert_true (json_parser_load_from_data (parser, documents[i], -1, &error));
      g_assert_no_error (error);

      ours = candor_json_parse_document (documents[i], -1, &error);
      g_assert_no_error (error);
      g_assert_true (json_node_equal (ours, json_parser_get_root (parser)));
    }
}

static void
test_too_large (void)
{
  g_autoptr(GError) error = NULL;
  const char small[] = "{}";

  /* The size is checked before a single byte is read. */
  g_assert_null (candor_json_parse_document (small, (gssize) CANDOR_JSON_MAX_SIZE + 1, &error));
  g_assert_error (error, CANDOR_JSON_ERROR, CANDOR_JSON_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, "$:"));
}

static void
test_long_names_count_characters (void)
{
  g_autoptr(JsonNode) document = load_corpus ("good-full.json");
  g_autoptr(GError) error = NULL;
  GString *name = g_string_new (NULL);

  /* 200 characters of three bytes each is a fine name. */
  for (guint i = 0; i < 200; i++)
    g_string_append (name, "山");
  json_object_set_string_member (first_object (json_node_get_object (document), "people"),
                                 "name", name->str);
  g_string_free (name, TRUE);

  g_assert_true (candor_json_validate_document (document, &error));
  g_assert_no_error (error);
}

/* Merge, replace, migrate */

static void
test_merge (void)
{
  g_autoptr(CandorJournal) journal = new_full_journal ();
  g_autoptr(JsonNode) document = candor_journal_to_document (journal);
  g_autoptr(GError) error = NULL;
  g_autoptr(CandorCheckin) checkin = NULL;
  g_autoptr(CandorPerson) person = NULL;
  JsonObject *root = json_node_get_object (document);
  JsonObject *checkin_json = first_object (root, "checkins");
  JsonObject *person_json = first_object (root, "people");
  g_auto(GStrv) dirty = NULL;
  const char * const only_2024[] = { "2024", NULL };
  g_autofree char *name_before = NULL;
  guint n_checkins;

  checkin = g_list_model_get_item (candor_journal_get_checkins (journal), 0);
  person = g_list_model_get_item (candor_journal_get_people (journal), 0);
  name_before = g_strdup (candor_person_get_name (person));
  g_assert_cmpstr (json_object_get_string_member (person_json, "id"), ==,
                   candor_entry_get_id (CANDOR_ENTRY (person)));
  n_checkins = g_list_model_get_n_items (candor_journal_get_checkins (journal));

  /* Newer: wins. */
  json_object_set_string_member (checkin_json, "text", "from the other computer");
  json_object_set_string_member (checkin_json, "modified", "2030-01-01T00:00:00Z");
  /* Older: loses. */
  json_object_set_string_member (person_json, "name", "Old name");
  json_object_set_string_member (person_json, "modified", "2000-01-01T00:00:00Z");
  /* New: added. */
  {
    g_autoptr(JsonNode) new_checkin = NULL;

    new_checkin = candor_json_parse_document ("{\"id\": \"new-checkin\", "
                                              "\"created\": \"2024-01-15T08:00:00Z\", "
                                              "\"modified\": \"2024-01-15T08:00:00Z\", "
                                              "\"date\": \"2024-01-15\", \"kind\": \"other\"}",
                                              -1, &error);
    g_assert_no_error (error);
    json_object_set_string_member (json_node_get_object (new_checkin), "author_id",
                                   json_object_get_string_member (person_json, "id"));
    json_array_add_element (json_object_get_array_member (root, "checkins"),
                            g_steal_pointer (&new_checkin));
  }

  /* Something only the journal has: stays. */
  json_array_remove_element (json_object_get_array_member (root, "feeling_notes"), 0);

  g_assert_true (candor_journal_import_document (journal, document, CANDOR_IMPORT_MODE_MERGE,
                                                 &error));
  g_assert_no_error (error);

  /* Updated in place: the same object, so views bound to it follow. */
  g_assert_true (candor_journal_find (journal, candor_entry_get_id (CANDOR_ENTRY (checkin)))
                 == CANDOR_ENTRY (checkin));
  g_assert_cmpstr (candor_checkin_get_text (checkin), ==, "from the other computer");
  g_assert_cmpint (g_date_time_get_year (candor_entry_get_modified (CANDOR_ENTRY (checkin))),
                   ==, 2030);
  g_assert_cmpstr (candor_person_get_name (person), ==, name_before);
  g_assert_nonnull (candor_journal_find (journal, "new-checkin"));
  g_assert_cmpuint (g_list_model_get_n_items (candor_journal_get_checkins (journal)), ==,
                    n_checkins + 1);
  g_assert_cmpuint (g_list_model_get_n_items (candor_journal_get_feeling_notes (journal)), ==, 1);

  /* Sorted: the new one (January) comes first. */
  {
    g_autoptr(CandorEntry) first = g_list_model_get_item (candor_journal_get_checkins (journal), 0);

    g_assert_cmpstr (candor_entry_get_id (first), ==, "new-checkin");
  }

  dirty = candor_journal_dup_dirty_segments (journal);
  g_assert_true (g_strv_equal ((const char * const *) dirty, only_2024));
}

static void
test_merge_equal_is_noop (void)
{
  g_autoptr(CandorJournal) journal = new_full_journal ();
  g_autoptr(JsonNode) document = candor_journal_to_document (journal);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = document_text (journal);
  g_autofree char *after = NULL;

  g_assert_true (candor_journal_import_document (journal, document, CANDOR_IMPORT_MODE_MERGE,
                                                 &error));
  g_assert_no_error (error);

  after = document_text (journal);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (candor_journal_get_dirty (journal));
}

static void
test_replace (void)
{
  g_autoptr(CandorJournal) journal = new_full_journal ();
  g_autoptr(JsonNode) document = load_corpus ("migrate-v0.json");
  g_autoptr(CandorEntry) old_person = NULL;
  g_autofree char *old_id = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) dirty = NULL;
  g_auto(GStrv) segments = NULL;
  const char * const expected_dirty[] = { "2024", "2025", "profile", NULL };
  const char * const expected_segments[] = { "2025", "profile", NULL };

  old_person = g_list_model_get_item (candor_journal_get_people (journal), 0);
  old_id = g_strdup (candor_entry_get_id (old_person));

  g_assert_true (candor_journal_import_document (journal, document, CANDOR_IMPORT_MODE_REPLACE,
                                                 &error));
  g_assert_no_error (error);

  /* Only the document is left. */
  g_assert_null (candor_journal_find (journal, old_id));
  g_assert_cmpuint (g_list_model_get_n_items (candor_journal_get_people (journal)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (candor_journal_get_checkins (journal)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (candor_journal_get_checks (journal)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (candor_journal_get_feeling_notes (journal)), ==, 0);
  g_assert_nonnull (candor_journal_get_person_by_id (journal, "p-alex"));

  /* The settings went back to the defaults: the document has none. */
  g_assert_false (candor_settings_get_streak_enabled (candor_journal_get_settings (journal)));

  /* Every year that had entries, and the new ones, must be rewritten. */
  dirty = candor_journal_dup_dirty_segments (journal);
  g_assert_true (g_strv_equal ((const char * const *) dirty, expected_dirty));
  segments = candor_journal_dup_segments (journal);
  g_assert_true (g_strv_equal ((const char * const *) segments, expected_segments));
  g_assert_true (candor_journal_is_segment_loaded (journal, "2025"));

  /* Entries that left no longer report to the journal. */
  for (guint i = 0; dirty[i] != NULL; i++)
    candor_journal_mark_clean (journal, dirty[i]);
  candor_person_set_name (CANDOR_PERSON (old_person), "Gone");
  g_assert_false (candor_journal_get_dirty (journal));
}

static void
test_migrate_v0 (void)
{
  g_autoptr(JsonNode) document = load_corpus ("migrate-v0.json");
  g_autofree char *before = candor_json_to_data (document, FALSE, NULL);
  g_autofree char *after = NULL;
  g_autoptr(JsonNode) migrated = NULL;
  g_autoptr(CandorJournal) journal = candor_journal_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *checkin;
  CandorEntry *entry;

  migrated = candor_json_migrate (document, &error);
  g_assert_no_error (error);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (migrated), "version"),
                   ==, CANDOR_JSON_VERSION);
  checkin = first_object (json_node_get_object (migrated), "checkins");
  g_assert_false (json_object_has_member (checkin, "private"));
  g_assert_false (json_object_get_boolean_member (checkin, "shared"));

  /* The caller's document is untouched. */
  after = candor_json_to_data (document, FALSE, NULL);
  g_assert_cmpstr (before, ==, after);

  g_assert_true (candor_journal_import_document (journal, document, CANDOR_IMPORT_MODE_MERGE,
                                                 &error));
  g_assert_no_error (error);
  entry = candor_journal_find (journal, "c-1");
  g_assert_nonnull (entry);
  g_assert_false (candor_checkin_get_shared (CANDOR_CHECKIN (entry)));

  /* A current document is returned as it is. */
  {
    g_autoptr(JsonNode) current = load_corpus ("good-full.json");
    g_autoptr(JsonNode) same = candor_json_migrate (current, &error);

    g_assert_true (same == current);
  }
}

static void
test_merge_refuses_kind_clash (void)
{
  g_autoptr(CandorJournal) journal = new_full_journal ();
  g_autoptr(JsonNode) document = load_corpus ("migrate-v0.json");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = document_text (journal);
  g_autofree char *after = NULL;
  g_autoptr(CandorEntry) person = g_list_model_get_item (candor_journal_get_people (journal), 0);

  /* The document's check-in takes the id of a person already in the journal. */
  json_object_set_string_member (first_object (json_node_get_object (document), "checkins"),
                                 "id", candor_entry_get_id (person));

  g_assert_false (candor_journal_import_document (journal, document, CANDOR_IMPORT_MODE_MERGE,
                                                  &error));
  g_assert_error (error, CANDOR_JSON_ERROR, CANDOR_JSON_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "$.checkins:"));

  after = document_text (journal);
  g_assert_cmpstr (before, ==, after);
}

static void
test_corpus_files (void)
{
  g_autofree char *directory = g_test_build_filename (G_TEST_DIST, "fuzz-corpus", "import", NULL);
  g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
  const char *name;
  guint n_good = 0, n_bad = 0;

  g_assert_nonnull (dir);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (directory, name, NULL);
      g_autofree char *text = NULL;
      g_autoptr(JsonNode) document = NULL;
      g_autoptr(CandorJournal) journal = candor_journal_new ();
      g_autoptr(GError) error = NULL;
      gboolean ok;
      gsize length;

      g_assert_true (g_file_get_contents (path, &text, &length, NULL));
      document = candor_json_parse_document (text, length, &error);
      ok = document != NULL &&
           candor_journal_import_document (journal, document, CANDOR_IMPORT_MODE_MERGE, &error);

      if (g_str_has_prefix (name, "bad-"))
        {
          g_assert_false (ok);
          g_assert_true (error->domain == CANDOR_JSON_ERROR);
          g_assert_true (error->message[0] == '$');
          n_bad++;
        }
      else
        {
          g_assert_no_error (error);
          g_assert_true (ok);
          n_good++;
        }
    }

  g_assert_cmpuint (n_good, >=, 3);
  g_assert_cmpuint (n_bad, >=, 10);
}

/* Demo data */

static char *
demo_data_path (void)
{
  const char *build_root = g_getenv ("CANDOR_BUILD_ROOT");

  if (build_root != NULL)
    return g_build_filename (build_root, "src", "tools", "candor-demo-data", NULL);

  return g_test_build_filename (G_TEST_BUILT, "..", "src", "tools", "candor-demo-data", NULL);
}

static char *
run_demo_data (const char *seed,
               const char *years,
               gsize      *length)
{
  g_autofree char *tool = demo_data_path ();
  g_autofree char *seed_arg = g_strconcat ("--seed=", seed, NULL);
  g_autofree char *years_arg = g_strconcat ("--years=", years, NULL);
  g_autofree char *output = g_build_filename (g_get_user_cache_dir (), "demo.json", NULL);
  g_autofree char *output_arg = g_strconcat ("--output=", output, NULL);
  const char *argv[] = { tool, years_arg, seed_arg, "--end=2025-06-30", output_arg, NULL };
  g_autoptr(GError) error = NULL;
  char *text = NULL;
  int status;

  g_mkdir_with_parents (g_get_user_cache_dir (), 0700);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status,
                &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);

  g_file_get_contents (output, &text, length, &error);
  g_assert_no_error (error);
  g_unlink (output);

  return text;
}

static void
test_demo_data_imports (void)
{
  g_autoptr(CandorJournal) journal = candor_journal_new ();
  g_autoptr(JsonNode) document = NULL;
  g_autoptr(JsonNode) exported = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GListModel *interactions;
  guint positive = 0, corrective = 0, held = 0, n_checks;
  gsize length;

  text = run_demo_data ("42", "1", &length);
  document = candor_json_parse_document (text, length, &error);
  g_assert_no_error (error);
  g_assert_true (candor_journal_import_document (journal, document, CANDOR_IMPORT_MODE_REPLACE,
                                                 &error));
  g_assert_no_error (error);

  /* A year of two partners and a friend. */
  g_assert_cmpuint (g_list_model_get_n_items (candor_journal_get_people (journal)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (candor_journal_get_checkins (journal)), >, 450);
  g_assert_cmpuint (g_list_model_get_n_items (candor_journal_get_checks (journal)), >=, 36);
  g_assert_cmpuint (g_list_model_get_n_items (candor_journal_get_commitments (journal)), >, 20);
  g_assert_cmpuint (g_list_model_get_n_items (candor_journal_get_exercises (journal)), >, 100);
  g_assert_cmpuint (g_list_model_get_n_items (candor_journal_get_feeling_notes (journal)), >, 50);
  g_assert_cmpuint (g_list_model_get_n_items (candor_journal_get_reassessments (journal)), ==, 4);

  /* Each partner's boundaries, some shared and read, one revised, one private, and a
   * few growth journal pages, most answering a prompt of the real pool. */
  {
    GListModel *boundaries = candor_journal_get_boundaries (journal);
    GListModel *growth = candor_journal_get_growth_entries (journal);
    g_autoptr(CandorPromptPool) prompts = candor_prompt_pool_new ();
    guint read = 0, revised = 0, private = 0, answering = 0;

    g_assert_cmpuint (g_list_model_get_n_items (boundaries), ==, 6);
    for (guint i = 0; i < g_list_model_get_n_items (boundaries); i++)
      {
        g_autoptr(CandorBoundary) boundary = g_list_model_get_item (boundaries, i);

        read += candor_boundary_get_acknowledged_by (boundary) != NULL;
        revised += candor_boundary_get_n_revisions (boundary) > 0;
        private += !candor_boundary_is_shared (boundary);
      }
    g_assert_cmpuint (read, >=, 2);
    g_assert_cmpuint (revised, >=, 1);
    g_assert_cmpuint (private, >=, 1);

    g_assert_cmpuint (g_list_model_get_n_items (growth), >=, 6);
    for (guint i = 0; i < g_list_model_get_n_items (growth); i++)
      {
        g_autoptr(CandorGrowthEntry) entry = g_list_model_get_item (growth, i);
        const char *prompt_id = candor_growth_entry_get_prompt_id (entry);

        if (prompt_id != NULL)
          {
            g_assert_nonnull (candor_prompt_pool_lookup (prompts, prompt_id));
            answering++;
          }
      }
    g_assert_cmpuint (answering, >=, 4);
  }

  interactions = candor_journal_get_interactions (journal);
  for (guint i = 0; i < g_list_model_get_n_items (interactions); i++)
    {
      g_autoptr(CandorInteraction) interaction = g_list_model_get_item (interactions, i);

      if (candor_interaction_get_kind (interaction) == CANDOR_INTERACTION_KIND_POSITIVE)
        positive++;
      else if (candor_interaction_get_kind (interaction) == CANDOR_INTERACTION_KIND_CORRECTIVE)
        corrective++;
    }
  g_assert_cmpuint (corrective, >, 0);
  g_assert_cmpfloat ((double) positive / corrective, >=, 4.0);
  g_assert_cmpfloat ((double) positive / corrective, <=, 7.0);

  for (guint i = 0; i < g_list_model_get_n_items (candor_journal_get_checks (journal)); i++)
    {
      g_autoptr(CandorCheck) check = g_list_model_get_item (candor_journal_get_checks (journal), i);

      if (candor_check_get_status (check) == CANDOR_CHECK_STATUS_HELD)
        held++;
    }
  n_checks = g_list_model_get_n_items (candor_journal_get_checks (journal));
  g_assert_cmpuint (held, >, n_checks * 3 / 4);

  /* Exporting what was imported gives the document back. */
  exported = candor_journal_to_document (journal);
  g_assert_true (json_node_equal (document, exported));
}

static void
test_demo_data_deterministic (void)
{
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *other = NULL;
  gsize first_length, second_length, other_length;

  first = run_demo_data ("7", "1", &first_length);
  second = run_demo_data ("7", "1", &second_length);
  other = run_demo_data ("8", "1", &other_length);

  g_assert_cmpmem (first, first_length, second, second_length);
  g_assert_false (first_length == other_length && memcmp (first, other, first_length) == 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (mutations); i++)
    {
      g_autofree char *path = g_strconcat ("/import/refused/", mutations[i].name, NULL);

      g_test_add_data_func (path, &mutations[i], test_mutation);
    }

  g_test_add_func ("/import/refused/deep-nesting", test_deep_nesting);
  g_test_add_func ("/import/refused/deep-node", test_deep_node);
  g_test_add_func ("/import/refused/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/import/refused/nul-character", test_nul_character);
  g_test_add_func ("/import/refused/control-character", test_control_character);
  g_test_add_func ("/import/refused/duplicate-member", test_duplicate_member);
  g_test_add_func ("/import/refused/not-json", test_not_json);
  g_test_add_func ("/import/refused/too-large", test_too_large);
  g_test_add_func ("/import/parse-like-json-glib", test_parse_like_json_glib);
  g_test_add_func ("/import/refused/kind-clash", test_merge_refuses_kind_clash);
  g_test_add_func ("/import/long-names-count-characters", test_long_names_count_characters);
  g_test_add_func ("/import/merge", test_merge);
  g_test_add_func ("/import/merge-equal-is-noop", test_merge_equal_is_noop);
  g_test_add_func ("/import/replace", test_replace);
  g_test_add_func ("/import/migrate-v0", test_migrate_v0);
  g_test_add_func ("/import/corpus", test_corpus_files);
  g_test_add_func ("/import/demo-data/one-year", test_demo_data_imports);
  g_test_add_func ("/import/demo-data/deterministic", test_demo_data_deterministic);

  return g_test_run ();
}
