/* test-boundaries.c — boundaries and growth entries: round trips, validation, privacy, revisits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "candor-journal.h"
#include "candor-privacy.h"

typedef struct
{
  CandorJournal *journal;
  const char    *alex;
  const char    *sam;
} Couple;

static void
couple_init (Couple *couple)
{
  g_autoptr(CandorPerson) alex = candor_person_new ("Alex", CANDOR_RELATIONSHIP_PARTNER);
  g_autoptr(CandorPerson) sam = candor_person_new ("Sam", CANDOR_RELATIONSHIP_PARTNER);

  couple->journal = candor_journal_new ();
  candor_person_set_is_me (alex, TRUE);
  candor_journal_add_person (couple->journal, alex);
  candor_journal_add_person (couple->journal, sam);
  couple->alex = candor_entry_get_id (CANDOR_ENTRY (alex));
  couple->sam = candor_entry_get_id (CANDOR_ENTRY (sam));
}

static void
couple_clear (Couple *couple)
{
  g_clear_object (&couple->journal);
}

static GDateTime *
utc (int year,
     int month,
     int day)
{
  return g_date_time_new_utc (year, month, day, 20, 0, 0);
}

static CandorJournal *
round_trip (CandorJournal *journal)
{
  g_autoptr(JsonNode) document = candor_journal_to_document (journal);
  g_autofree char *text = candor_json_to_data (document, FALSE, NULL);
  g_autoptr(JsonNode) parsed = NULL;
  g_autoptr(CandorJournal) copy = candor_journal_new ();
  g_autoptr(GError) error = NULL;

  parsed = candor_json_parse_document (text, strlen (text), &error);
  g_assert_no_error (error);
  g_assert_true (candor_journal_import_document (copy, parsed, CANDOR_IMPORT_MODE_REPLACE, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&copy);
}

static void
test_boundary_round_trip (void)
{
  Couple couple;
  g_autoptr(CandorBoundary) boundary = NULL;
  g_autoptr(GDateTime) written = utc (2025, 2, 1);
  g_autoptr(GDateTime) shared = utc (2025, 2, 3);
  g_autoptr(GDateTime) read = utc (2025, 2, 4);
  g_autoptr(GDateTime) revised = utc (2025, 5, 1);
  g_autoptr(GDateTime) old_date = NULL;
  g_autoptr(CandorJournal) copy = NULL;
  g_autofree char *segment = NULL;
  CandorBoundary *back;

  couple_init (&couple);

  boundary = candor_boundary_new (couple.alex, "I need time alone after work.", written);
  candor_journal_add_boundary (couple.journal, boundary);
  segment = candor_entry_dup_segment (CANDOR_ENTRY (boundary));
  g_assert_cmpstr (segment, ==, CANDOR_SEGMENT_PROFILE);

  g_assert_false (candor_boundary_is_shared (boundary));
  candor_boundary_set_shared (boundary, shared);
  candor_boundary_acknowledge (boundary, couple.sam, read);
  g_assert_cmpstr (candor_boundary_get_acknowledged_by (boundary), ==, couple.sam);
  g_assert_true (g_date_time_equal (candor_boundary_get_acknowledged (boundary), read));

  /* Revising keeps the old words with their date and asks for a new acknowledgment. */
  g_assert_false (candor_boundary_revise (boundary, "I need time alone after work.", revised));
  g_assert_true (candor_boundary_revise (boundary, "When I ask for an hour alone after work, "
                                         "I will come back to you.", revised));
  g_assert_cmpuint (candor_boundary_get_n_revisions (boundary), ==, 1);
  g_assert_cmpstr (candor_boundary_get_revision (boundary, 0, &old_date), ==,
                   "I need time alone after work.");
  g_assert_true (g_date_time_equal (old_date, written));
  g_assert_null (candor_boundary_get_acknowledged_by (boundary));
  g_assert_null (candor_boundary_get_acknowledged (boundary));
  g_assert_true (candor_boundary_is_shared (boundary));

  candor_boundary_acknowledge (boundary, couple.sam, revised);

  copy = round_trip (couple.journal);
  g_assert_cmpuint (g_list_model_get_n_items (candor_journal_get_boundaries (copy)), ==, 1);
  back = g_list_model_get_item (candor_journal_get_boundaries (copy), 0);
  g_object_unref (back);
  g_assert_cmpstr (candor_entry_get_id (CANDOR_ENTRY (back)), ==,
                   candor_entry_get_id (CANDOR_ENTRY (boundary)));
  g_assert_cmpstr (candor_boundary_get_person_id (back), ==, couple.alex);
  g_assert_cmpstr (candor_boundary_get_text (back), ==, candor_boundary_get_text (boundary));
  g_assert_true (g_date_time_equal (candor_boundary_get_shared (back), shared));
  g_assert_true (g_date_time_equal (candor_boundary_get_revised (back), revised));
  g_assert_cmpstr (candor_boundary_get_acknowledged_by (back), ==, couple.sam);
  g_assert_true (g_date_time_equal (candor_boundary_get_acknowledged (back), revised));
  g_assert_cmpuint (candor_boundary_get_n_revisions (back), ==, 1);
  g_assert_true (g_variant_equal (candor_boundary_get_history (back),
                                  candor_boundary_get_history (boundary)));

  /* The history is bounded: the oldest wordings give way. */
  for (guint i = 0; i < CANDOR_BOUNDARY_MAX_REVISIONS + 5; i++)
    {
      g_autofree char *text = g_strdup_printf ("Wording %u", i);
      g_autoptr(GDateTime) when = g_date_time_add_days (revised, i + 1);

      g_assert_true (candor_boundary_revise (boundary, text, when));
    }
  g_assert_cmpuint (candor_boundary_get_n_revisions (boundary), ==, CANDOR_BOUNDARY_MAX_REVISIONS);
  g_clear_object (&copy);
  copy = round_trip (couple.journal);

  couple_clear (&couple);
}

static void
test_growth_round_trip (void)
{
  Couple couple;
  g_autoptr(CandorGrowthEntry) entry = NULL;
  g_autoptr(GDateTime) date = utc (2025, 4, 4);
  g_autoptr(CandorJournal) copy = NULL;
  g_autofree char *segment = NULL;
  const char *feelings[] = { "tired", "hopeful", NULL };
  CandorGrowthEntry *back;

  couple_init (&couple);

  entry = candor_growth_entry_new (couple.sam, CANDOR_GROWTH_KIND_PATTERN, date);
  candor_growth_entry_set_prompt_id (entry, "go-quiet");
  candor_growth_entry_set_text (entry, "I go quiet when I feel I might be a burden.");
  candor_growth_entry_set_feelings (entry, feelings);
  candor_journal_add_growth_entry (couple.journal, entry);
  segment = candor_entry_dup_segment (CANDOR_ENTRY (entry));
  g_assert_cmpstr (segment, ==, "2025");

  copy = round_trip (couple.journal);
  g_assert_cmpuint (g_list_model_get_n_items (candor_journal_get_growth_entries (copy)), ==, 1);
  back = g_list_model_get_item (candor_journal_get_growth_entries (copy), 0);
  g_object_unref (back);
  g_assert_cmpstr (candor_growth_entry_get_person_id (back), ==, couple.sam);
  g_assert_cmpint (candor_growth_entry_get_kind (back), ==, CANDOR_GROWTH_KIND_PATTERN);
  g_assert_true (g_date_time_equal (candor_growth_entry_get_date (back), date));
  g_assert_cmpstr (candor_growth_entry_get_prompt_id (back), ==, "go-quiet");
  g_assert_cmpstr (candor_growth_entry_get_text (back), ==,
                   "I go quiet when I feel I might be a burden.");
  g_assert_cmpstrv (candor_growth_entry_get_feelings (back), feelings);

  /* Through the vault's segments too. */
  {
    g_autoptr(GBytes) bytes = candor_journal_serialize_segment (couple.journal, "2025");
    g_autoptr(GBytes) profile = candor_journal_serialize_segment (couple.journal, "profile");
    g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

    g_assert_nonnull (strstr (text, "\"growth_entries\""));
    g_assert_null (strstr ((const char *) g_bytes_get_data (profile, NULL), "growth_entries"));
  }

  /* Removing its author removes the entry: it was theirs only. */
  {
    CandorPerson *sam = candor_journal_get_person_by_id (copy, couple.sam);

    candor_journal_remove_person (copy, sam);
    g_assert_cmpuint (g_list_model_get_n_items (candor_journal_get_growth_entries (copy)), ==, 0);
  }

  couple_clear (&couple);
}

static void
check_refused (const char *json,
               const char *where)
{
  g_autoptr(JsonNode) document = NULL;
  g_autoptr(CandorJournal) journal = candor_journal_new ();
  g_autoptr(GError) error = NULL;

  document = candor_json_parse_document (json, strlen (json), &error);
  g_assert_no_error (error);
  g_assert_false (candor_journal_import_document (journal, document, CANDOR_IMPORT_MODE_MERGE,
                                                  &error));
  g_assert_error (error, CANDOR_JSON_ERROR, CANDOR_JSON_ERROR_INVALID);
  g_test_message ("refused: %s", error->message);
  if (strstr (error->message, where) == NULL)
    g_error ("expected the problem at %s: %s", where, error->message);
  g_assert_cmpuint (g_list_model_get_n_items (candor_journal_get_people (journal)), ==, 0);
}

#define PEOPLE \
  "\"people\": [{\"id\": \"a1\", \"created\": \"2025-01-01T00:00:00Z\", " \
  "\"modified\": \"2025-01-01T00:00:00Z\", \"name\": \"Alex\", \"relationship\": \"partner\"}]"

#define ENTRY_HEAD(id) "\"id\": \"" id "\", \"created\": \"2025-01-01T00:00:00Z\", " \
                       "\"modified\": \"2025-01-01T00:00:00Z\", \"person_id\": \"a1\""

static void
test_validation (void)
{
  check_refused ("{\"version\": 1, " PEOPLE ", \"boundaries\": [{" ENTRY_HEAD ("b1") ", "
                 "\"text\": \"x\", \"revised\": \"2025-01-01T00:00:00Z\", "
                 "\"history\": [{\"text\": \"y\", \"date\": \"soon\"}]}]}",
                 "$.boundaries[0].history[0].date");
  check_refused ("{\"version\": 1, " PEOPLE ", \"boundaries\": [{" ENTRY_HEAD ("b1") ", "
                 "\"text\": \"x\", \"revised\": \"2025-01-01T00:00:00Z\", "
                 "\"history\": [{\"text\": \"y\", \"date\": \"2025-01-01T00:00:00Z\", "
                 "\"by\": \"a1\"}]}]}",
                 "$.boundaries[0].history[0].by");
  check_refused ("{\"version\": 1, " PEOPLE ", \"boundaries\": [{" ENTRY_HEAD ("b1") ", "
                 "\"text\": \"\", \"revised\": \"2025-01-01T00:00:00Z\"}]}",
                 "$.boundaries[0].text");
  check_refused ("{\"version\": 1, " PEOPLE ", \"boundaries\": [{" ENTRY_HEAD ("b1") ", "
                 "\"text\": \"x\"}]}",
                 "$.boundaries[0].revised");
  check_refused ("{\"version\": 1, " PEOPLE ", \"boundaries\": [{" ENTRY_HEAD ("b1") ", "
                 "\"text\": \"x\", \"revised\": \"2025-01-01T00:00:00Z\", "
                 "\"acknowledged_by\": \"nobody\"}]}",
                 "$.boundaries[0].acknowledged_by");
  check_refused ("{\"version\": 1, " PEOPLE ", \"growth_entries\": [{" ENTRY_HEAD ("g1") ", "
                 "\"kind\": \"score\", \"date\": \"2025-01-01T00:00:00Z\"}]}",
                 "$.growth_entries[0].kind");
  check_refused ("{\"version\": 1, " PEOPLE ", \"growth_entries\": [{" ENTRY_HEAD ("g1") ", "
                 "\"kind\": \"pattern\", \"date\": \"2025-01-01T00:00:00Z\", "
                 "\"feelings\": \"calm\"}]}",
                 "$.growth_entries[0].feelings");
}

static void
test_privacy (void)
{
  Couple couple;
  g_autoptr(GDateTime) date = utc (2025, 3, 1);
  g_autoptr(CandorBoundary) alex_private = NULL;
  g_autoptr(CandorBoundary) alex_shared = NULL;
  g_autoptr(CandorBoundary) sam_private = NULL;
  g_autoptr(CandorGrowthEntry) alex_growth = NULL;
  g_autoptr(CandorGrowthEntry) sam_growth = NULL;
  g_autoptr(GListModel) alex_sees = NULL;
  g_autoptr(GListModel) sam_sees = NULL;
  g_autoptr(GListModel) alex_growth_seen = NULL;
  g_autoptr(GListModel) sam_growth_seen = NULL;
  g_autoptr(GListModel) couple_boundaries = NULL;
  g_autoptr(GListModel) couple_growth = NULL;
  g_autoptr(CandorEntry) item = NULL;

  couple_init (&couple);

  alex_private = candor_boundary_new (couple.alex, "Not yet ready to share", date);
  alex_shared = candor_boundary_new (couple.alex, "Knock before coming in", date);
  candor_boundary_set_shared (alex_shared, date);
  sam_private = candor_boundary_new (couple.sam, "Sam's own draft", date);
  alex_growth = candor_growth_entry_new (couple.alex, CANDOR_GROWTH_KIND_JOURNALING, date);
  sam_growth = candor_growth_entry_new (couple.sam, CANDOR_GROWTH_KIND_SELF_COMPASSION, date);
  candor_journal_add_boundary (couple.journal, alex_private);
  candor_journal_add_boundary (couple.journal, alex_shared);
  candor_journal_add_boundary (couple.journal, sam_private);
  candor_journal_add_growth_entry (couple.journal, alex_growth);
  candor_journal_add_growth_entry (couple.journal, sam_growth);

  /* Own boundaries always; others' only once shared. */
  alex_sees = candor_privacy_list_visible (candor_journal_get_boundaries (couple.journal),
                                           couple.alex);
  sam_sees = candor_privacy_list_visible (candor_journal_get_boundaries (couple.journal),
                                          couple.sam);
  g_assert_cmpuint (g_list_model_get_n_items (alex_sees), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (sam_sees), ==, 2);
  g_assert_false (candor_privacy_can_see (CANDOR_ENTRY (alex_private), couple.sam));
  g_assert_true (candor_privacy_can_see (CANDOR_ENTRY (alex_shared), couple.sam));
  g_assert_false (candor_privacy_can_see (CANDOR_ENTRY (sam_private), couple.alex));
  g_assert_true (candor_privacy_can_see (CANDOR_ENTRY (sam_private), couple.sam));

  /* Growth entries: their author's only. */
  alex_growth_seen = candor_privacy_list_visible (candor_journal_get_growth_entries (couple.journal),
                                                  couple.alex);
  sam_growth_seen = candor_privacy_list_visible (candor_journal_get_growth_entries (couple.journal),
                                                 couple.sam);
  g_assert_cmpuint (g_list_model_get_n_items (alex_growth_seen), ==, 1);
  item = g_list_model_get_item (alex_growth_seen, 0);
  g_assert_true (item == CANDOR_ENTRY (alex_growth));
  g_clear_object (&item);
  g_assert_cmpuint (g_list_model_get_n_items (sam_growth_seen), ==, 1);
  item = g_list_model_get_item (sam_growth_seen, 0);
  g_assert_true (item == CANDOR_ENTRY (sam_growth));
  g_assert_false (candor_privacy_can_see (CANDOR_ENTRY (alex_growth), NULL));

  /* What is made for the couple: shared boundaries only, no growth entry. */
  couple_boundaries = candor_privacy_list_for_couple (candor_journal_get_boundaries (couple.journal));
  couple_growth = candor_privacy_list_for_couple (candor_journal_get_growth_entries (couple.journal));
  g_assert_cmpuint (g_list_model_get_n_items (couple_boundaries), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (couple_growth), ==, 0);
  g_assert_false (candor_privacy_is_for_couple (CANDOR_ENTRY (alex_private)));
  g_assert_true (candor_privacy_is_for_couple (CANDOR_ENTRY (alex_shared)));

  /* Making it private again hides it again. */
  candor_boundary_set_shared (alex_shared, NULL);
  g_assert_false (candor_privacy_can_see (CANDOR_ENTRY (alex_shared), couple.sam));

  couple_clear (&couple);
}

static void
test_revisit_clock (void)
{
  Couple couple;
  g_autoptr(GDateTime) written = utc (2025, 1, 10);
  g_autoptr(GDateTime) almost = utc (2025, 4, 9);
  g_autoptr(GDateTime) due = utc (2025, 4, 10);
  g_autoptr(GDateTime) acknowledged = utc (2025, 3, 1);
  g_autoptr(GDateTime) after_ack = utc (2025, 5, 31);
  g_autoptr(GDateTime) later = utc (2025, 6, 1);
  g_autoptr(GDateTime) still_right = utc (2025, 6, 2);
  g_autoptr(CandorBoundary) boundary = NULL;
  g_autoptr(CandorBoundary) hidden = NULL;
  GListModel *boundaries;

  couple_init (&couple);
  boundaries = candor_journal_get_boundaries (couple.journal);

  boundary = candor_boundary_new (couple.alex, "Ask before you borrow my things", written);
  candor_boundary_set_shared (boundary, written);
  candor_journal_add_boundary (couple.journal, boundary);
  hidden = candor_boundary_new (couple.sam, "A private draft", written);
  candor_journal_add_boundary (couple.journal, hidden);

  g_assert_false (candor_boundary_needs_revisit (boundary, almost));
  g_assert_true (candor_boundary_needs_revisit (boundary, due));
  g_assert_cmpuint (candor_privacy_count_revisits_due (boundaries, couple.alex, almost), ==, 0);
  g_assert_cmpuint (candor_privacy_count_revisits_due (boundaries, couple.alex, due), ==, 1);
  /* Sam's private draft counts for Sam only. */
  g_assert_cmpuint (candor_privacy_count_revisits_due (boundaries, couple.sam, due), ==, 2);

  /* An acknowledgment moves the next revisit three months on. */
  candor_boundary_acknowledge (boundary, couple.sam, acknowledged);
  g_assert_false (candor_boundary_needs_revisit (boundary, due));
  g_assert_false (candor_boundary_needs_revisit (boundary, after_ack));
  g_assert_true (candor_boundary_needs_revisit (boundary, later));

  /* So does "still right for me". */
  candor_boundary_set_revisited (boundary, still_right);
  g_assert_true (g_date_time_equal (candor_boundary_get_last_visited (boundary), still_right));
  g_assert_false (candor_boundary_needs_revisit (boundary, later));

  couple_clear (&couple);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/boundaries/boundary-round-trip", test_boundary_round_trip);
  g_test_add_func ("/boundaries/growth-round-trip", test_growth_round_trip);
  g_test_add_func ("/boundaries/validation", test_validation);
  g_test_add_func ("/boundaries/privacy", test_privacy);
  g_test_add_func ("/boundaries/revisit-clock", test_revisit_clock);

  return g_test_run ();
}
