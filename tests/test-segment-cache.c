/* test-segment-cache.c — a saved year is what the journal holds, however it was edited
 *
 * A year segment is written from each entry's kept JSON text (so that saving one new
 * check-in does not rebuild the whole year). These tests prove the kept text never goes
 * stale: after edits, date moves and removals the segment says exactly what the journal's
 * full document says for that year, and it reads back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "candor-journal.h"

static const char *
add_person (CandorJournal *journal)
{
  g_autoptr(CandorPerson) person = candor_person_new ("Alex", CANDOR_RELATIONSHIP_PARTNER);

  candor_journal_add_person (journal, person);
  return candor_entry_get_id (CANDOR_ENTRY (person));
}

static CandorCheckin *
add_checkin (CandorJournal *journal,
             const char    *author_id,
             int            year,
             int            month,
             int            day,
             const char    *text)
{
  g_autoptr(GDateTime) date = candor_day_new (year, month, day);
  g_autoptr(CandorCheckin) checkin =
    candor_checkin_new (author_id, date, CANDOR_CHECKIN_KIND_APPRECIATION);

  candor_checkin_set_text (checkin, text);
  candor_journal_add_checkin (journal, checkin);
  return checkin; /* owned by the journal */
}

static JsonNode *
parse (GBytes *bytes)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  json_parser_load_from_data (parser, data, length, &error);
  g_assert_no_error (error);
  return json_parser_steal_root (parser);
}

/* The check-ins of @year in the full document, as the segment should hold them. */
static JsonArray *
document_checkins_of_year (CandorJournal *journal,
                           int            year)
{
  g_autoptr(JsonNode) document = candor_journal_to_document (journal);
  JsonArray *all = json_object_get_array_member (json_node_get_object (document), "checkins");
  g_autofree char *prefix = g_strdup_printf ("%04d-", year);
  JsonArray *of_year = json_array_new ();

  for (guint i = 0; i < json_array_get_length (all); i++)
    {
      JsonObject *checkin = json_array_get_object_element (all, i);

      if (g_str_has_prefix (json_object_get_string_member (checkin, "date"), prefix))
        json_array_add_element (of_year, json_node_copy (json_array_get_element (all, i)));
    }

  return of_year;
}

static void
assert_segment_matches (CandorJournal *journal,
                        int            year)
{
  g_autofree char *segment = g_strdup_printf ("%d", year);
  g_autoptr(GBytes) bytes = candor_journal_serialize_segment (journal, segment);
  g_autoptr(JsonNode) root = parse (bytes);
  g_autoptr(JsonArray) expected = document_checkins_of_year (journal, year);
  g_autoptr(JsonNode) expected_node = json_node_new (JSON_NODE_ARRAY);
  g_autoptr(CandorSegmentData) data = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *object = json_node_get_object (root);

  g_assert_cmpint (json_object_get_int_member (object, "version"), ==, CANDOR_JSON_VERSION);
  g_assert_cmpstr (json_object_get_string_member (object, "segment"), ==, segment);

  json_node_set_array (expected_node, expected);
  g_assert_true (json_node_equal (json_object_get_member (object, "checkins"), expected_node));

  /* And it is a valid segment that reads back. */
  data = candor_segment_data_parse (segment, bytes, &error);
  g_assert_no_error (error);
  g_assert_nonnull (data);
}

static void
test_edits_reach_the_saved_year (void)
{
  g_autoptr(CandorJournal) journal = candor_journal_new ();
  const char *alex = add_person (journal);
  CandorCheckin *first = add_checkin (journal, alex, 2025, 3, 4, "The first one");
  CandorCheckin *second = add_checkin (journal, alex, 2025, 6, 1, "The second one");
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  const char *feelings[] = { "grateful", "calm", NULL };

  add_checkin (journal, alex, 2024, 12, 31, "Last year");
  assert_segment_matches (journal, 2025);
  assert_segment_matches (journal, 2024);

  /* Saved twice without a change: the same bytes. */
  before = candor_journal_serialize_segment (journal, "2025");
  after = candor_journal_serialize_segment (journal, "2025");
  g_assert_true (g_bytes_equal (before, after));

  /* Every kind of change shows in the next save. */
  candor_checkin_set_text (first, "Changed after the first save");
  assert_segment_matches (journal, 2025);
  g_clear_pointer (&after, g_bytes_unref);
  after = candor_journal_serialize_segment (journal, "2025");
  g_assert_false (g_bytes_equal (before, after));
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (after, NULL), g_bytes_get_size (after),
                                  "Changed after the first save"));

  candor_checkin_set_feelings (second, feelings);
  candor_checkin_set_shared (second, FALSE);
  assert_segment_matches (journal, 2025);

  /* A date moved to another year leaves this one. */
  {
    g_autoptr(GDateTime) new_year = candor_day_new (2024, 11, 2);

    candor_checkin_set_date (second, new_year);
  }
  assert_segment_matches (journal, 2025);
  assert_segment_matches (journal, 2024);

  /* A new entry and a removed one. */
  add_checkin (journal, alex, 2025, 8, 9, "A new one");
  assert_segment_matches (journal, 2025);
  candor_journal_remove_checkin (journal, first);
  assert_segment_matches (journal, 2025);
}

static void
test_merged_import_reaches_the_saved_year (void)
{
  g_autoptr(CandorJournal) journal = candor_journal_new ();
  g_autoptr(CandorJournal) other = NULL;
  g_autoptr(JsonNode) document = NULL;
  g_autoptr(GError) error = NULL;
  const char *alex = add_person (journal);
  CandorCheckin *checkin = add_checkin (journal, alex, 2025, 5, 5, "Before the import");
  g_autoptr(GBytes) warm = NULL;

  /* Keep the text, then change the entry through an import (a copy, not a setter). */
  warm = candor_journal_serialize_segment (journal, "2025");
  document = candor_journal_to_document (journal);
  other = candor_journal_new ();
  candor_journal_import_document (other, document, CANDOR_IMPORT_MODE_MERGE, &error);
  g_assert_no_error (error);
  {
    CandorCheckin *copy = CANDOR_CHECKIN (candor_journal_find (other,
                                            candor_entry_get_id (CANDOR_ENTRY (checkin))));
    g_autoptr(JsonNode) newer = NULL;

    g_usleep (2000); /* so "modified" is newer */
    candor_checkin_set_text (copy, "Changed elsewhere");
    newer = candor_journal_to_document (other);
    candor_journal_import_document (journal, newer, CANDOR_IMPORT_MODE_MERGE, &error);
    g_assert_no_error (error);
  }

  g_assert_cmpstr (candor_checkin_get_text (checkin), ==, "Changed elsewhere");
  assert_segment_matches (journal, 2025);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/segment-cache/edits-reach-the-saved-year", test_edits_reach_the_saved_year);
  g_test_add_func ("/segment-cache/merged-import-reaches-the-saved-year",
                   test_merged_import_reaches_the_saved_year);

  return g_test_run ();
}
