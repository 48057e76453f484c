/* test-journal.c — the journal model: round trips, dirty segments, ordering, repairs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "candor-journal.h"
#include "candor-journal-private.h"

/* Helpers */

static GDateTime *
utc (int    year,
     int    month,
     int    day,
     int    hour,
     int    minute,
     double seconds)
{
  return g_date_time_new_utc (year, month, day, hour, minute, seconds);
}

static const char *
add_person (CandorJournal      *journal,
            const char         *name,
            CandorRelationship  relationship)
{
  g_autoptr(CandorPerson) person = candor_person_new (name, relationship);

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

/*
 * A journal where every property of every kind of entry is set, somewhere,
 * to something other than its default: the round trips below then prove
 * that every property survives them.
 */
static CandorJournal *
new_full_journal (void)
{
  CandorJournal *journal = candor_journal_new ();
  CandorSettings *settings = candor_journal_get_settings (journal);
  const char *feelings[] = { "grateful", "hopeful", NULL };
  const char *questions[] = { "recent-moment", "quietly-proud", "help-difference", NULL };
  const char *question_texts[] = { "What recent moment affected you most?",
                                   "What are you quietly proud of?",
                                   "Где немного помощи изменила бы больше всего?", NULL };
  const char *rules[] = { "No name-calling", "Take a time-out when flooded", NULL };
  g_autoptr(CandorPerson) alex = candor_person_new ("Alex", CANDOR_RELATIONSHIP_PARTNER);
  g_autoptr(CandorPerson) sam = candor_person_new ("Sam 山田", CANDOR_RELATIONSHIP_FAMILY);
  g_autoptr(CandorPerson) robin = candor_person_new ("Robin", CANDOR_RELATIONSHIP_OTHER);
  g_autoptr(CandorCheckin) checkin = NULL;
  g_autoptr(CandorInteraction) interaction = NULL;
  g_autoptr(CandorCheck) check = NULL;
  g_autoptr(CandorCommitment) commitment = NULL;
  g_autoptr(CandorExercise) exercise = NULL;
  g_autoptr(CandorFeelingNote) note = NULL;
  g_autoptr(CandorReassessment) reassessment = NULL;
  g_autoptr(GDateTime) day = NULL;
  g_autoptr(GDateTime) moment = NULL;
  g_autoptr(GDateTime) done = NULL;
  const char *alex_id = candor_entry_get_id (CANDOR_ENTRY (alex));
  const char *sam_id = candor_entry_get_id (CANDOR_ENTRY (sam));
  g_autofree char *custom_id = NULL;

  candor_person_set_color (alex, "#E01B24");
  candor_person_set_cadence (alex, 4);
  candor_person_set_is_me (alex, TRUE);
  candor_person_set_archived (robin, TRUE);
  candor_journal_add_person (journal, alex);
  candor_journal_add_person (journal, sam);
  candor_journal_add_person (journal, robin);

  day = candor_day_new (2024, 3, 9);
  checkin = candor_checkin_new (alex_id, day, CANDOR_CHECKIN_KIND_NEED);
  candor_checkin_set_feelings (checkin, feelings);
  candor_checkin_set_when (checkin, "evenings are quiet");
  candor_checkin_set_need (checkin, "fifteen minutes of focused talk");
  candor_checkin_set_text (checkin, "Line one\nline two \"quoted\" \\ tab\t ünïcödé ✓");
  candor_checkin_set_shared (checkin, FALSE);
  candor_checkin_set_revealed (checkin, TRUE);
  candor_journal_add_checkin (journal, checkin);

  moment = utc (2024, 3, 9, 18, 30, 15.25);
  interaction = candor_interaction_new (sam_id, moment, CANDOR_INTERACTION_KIND_BID_AGAINST);
  candor_interaction_set_note (interaction, "Sighed at the dishes");
  candor_interaction_set_meaningful_chat (interaction, TRUE);
  candor_journal_add_interaction (journal, interaction);

  g_clear_pointer (&moment, g_date_time_unref);
  moment = utc (2025, 1, 4, 19, 0, 0);
  check = candor_check_new (sam_id, moment);
  candor_check_set_duration (check, 45);
  candor_check_set_status (check, CANDOR_CHECK_STATUS_HELD);
  candor_check_set_question_ids (check, questions);
  candor_check_set_question_texts (check, question_texts);
  candor_check_set_private (check, FALSE);
  candor_check_set_notes (check, "We laughed a lot.");
  candor_check_set_appreciation (check, "Thank you for listening without fixing.");
  candor_check_set_story (check,
                          "I felt proud when the talk went well; that taught me to prepare.");
  candor_check_set_both_disclosed (check, TRUE);
  candor_check_set_follow_up (check,
                              "Loved the walk. Let's book Friday. What would help this week?");
  candor_check_set_follow_up_sent (check, TRUE);
  candor_journal_add_check (journal, check);

  commitment = candor_commitment_new (alex_id, candor_entry_get_id (CANDOR_ENTRY (check)),
                                      "Cook on Friday");
  g_clear_pointer (&day, g_date_time_unref);
  day = candor_day_new (2025, 1, 9);
  candor_commitment_set_due (commitment, day);
  done = candor_day_new (2025, 1, 8);
  candor_commitment_set_done (commitment, done);
  candor_journal_add_commitment (journal, commitment);

  g_clear_pointer (&moment, g_date_time_unref);
  moment = utc (2025, 2, 1, 20, 0, 0);
  exercise = candor_exercise_new (CANDOR_EXERCISE_KIND_TENSION_SCRIPT, moment);
  candor_exercise_set_duration (exercise, 600);
  candor_exercise_set_started_by (exercise, sam_id);
  candor_exercise_set_note (exercise, "Hard but good");
  candor_exercise_set_feelings (exercise, feelings);
  candor_exercise_set_text (exercise, "I felt hurt when plans changed. Can we talk?");
  candor_journal_add_exercise (journal, exercise);

  g_clear_pointer (&moment, g_date_time_unref);
  moment = utc (2025, 2, 2, 7, 45, 0);
  note = candor_feeling_note_new (alex_id, moment);
  candor_feeling_note_set_feelings (note, feelings);
  candor_feeling_note_set_note (note, "Name it to tame it");
  candor_journal_add_feeling_note (journal, note);

  g_clear_pointer (&day, g_date_time_unref);
  day = candor_day_new (2025, 3, 30);
  reassessment = candor_reassessment_new (day);
  candor_reassessment_set_person_id (reassessment, sam_id);
  candor_reassessment_set_rating (reassessment, 4);
  candor_reassessment_set_note (reassessment, "Better than in winter");
  candor_reassessment_set_cadence_change (reassessment, CANDOR_CADENCE_CHANGE_MORE);
  candor_reassessment_set_depth_change (reassessment, CANDOR_DEPTH_CHANGE_DEEPER);
  candor_journal_add_reassessment (journal, reassessment);

  candor_settings_set_first_weekday (settings, 1);
  candor_settings_set_default_cadence (settings, 3);
  candor_settings_set_target_min (settings, 3);
  candor_settings_set_target_max (settings, 8);
  candor_settings_set_ratio_target (settings, 6);
  candor_settings_set_streak_enabled (settings, TRUE);
  candor_settings_set_question_depth (settings, CANDOR_QUESTION_DEPTH_DEEP);
  custom_id = candor_settings_add_custom_question (settings, CANDOR_QUESTION_DEPTH_MEDIUM,
                                                   "What made you smile today?");
  candor_settings_set_conflict_rules (settings, rules);
  g_clear_pointer (&day, g_date_time_unref);
  day = candor_day_new (2024, 5, 1);
  candor_settings_set_conflict_rules_agreed (settings, day);
  candor_settings_set_ritual_weekly_enabled (settings, TRUE);
  candor_settings_set_ritual_weekly_day (settings, 3);
  candor_settings_set_ritual_weekly_time (settings, "20:15");
  candor_settings_set_ritual_nightly_enabled (settings, TRUE);
  candor_settings_set_ritual_nightly_time (settings, "22:00");
  candor_settings_set_ritual_monthly_enabled (settings, TRUE);
  candor_settings_set_ritual_monthly_day (settings, 15);
  candor_settings_set_ritual_monthly_time (settings, "18:45");
  candor_settings_note_questions_used (settings, sam_id, questions);
  {
    /* A time-out in progress, to the microsecond. */
    g_autoptr(GDateTime) started = g_date_time_new_utc (2025, 4, 2, 21, 5, 0);
    g_autoptr(GDateTime) deadline = g_date_time_new_utc (2025, 4, 2, 21, 25, 0.125);

    candor_settings_set_time_out_started (settings, started);
    candor_settings_set_time_out_deadline (settings, deadline);
    candor_settings_set_time_out_left (settings, 300);
    candor_settings_set_time_out_length (settings, 1200);
    candor_settings_set_time_out_exercise (settings, candor_entry_get_id (CANDOR_ENTRY (exercise)));
  }

  return journal;
}

static gboolean
values_equal (const GValue *a,
              const GValue *b)
{
  GType type = G_VALUE_TYPE (a);

  if (type == G_TYPE_DATE_TIME)
    {
      GDateTime *da = g_value_get_boxed (a), *db = g_value_get_boxed (b);

      return (da == NULL || db == NULL) ? da == db : g_date_time_equal (da, db);
    }

  if (type == G_TYPE_STRV)
    {
      const char * const *sa = g_value_get_boxed (a), * const *sb = g_value_get_boxed (b);

      return (sa == NULL || sb == NULL) ? sa == sb : g_strv_equal (sa, sb);
    }

  if (type == G_TYPE_VARIANT)
    {
      GVariant *va = g_value_get_variant (a), *vb = g_value_get_variant (b);

      return (va == NULL || vb == NULL) ? va == vb : g_variant_equal (va, vb);
    }

  switch (G_TYPE_FUNDAMENTAL (type))
    {
    case G_TYPE_STRING:
      return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;
    case G_TYPE_BOOLEAN:
      return g_value_get_boolean (a) == g_value_get_boolean (b);
    case G_TYPE_UINT:
      return g_value_get_uint (a) == g_value_get_uint (b);
    case G_TYPE_ENUM:
      return g_value_get_enum (a) == g_value_get_enum (b);
    default:
      g_error ("no comparison for %s", g_type_name (type));
    }
}

static void
assert_same_properties (GObject *a,
                        GObject *b)
{
  guint n;
  g_autofree GParamSpec **pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (a), &n);

  g_assert_true (G_OBJECT_TYPE (a) == G_OBJECT_TYPE (b));

  for (guint i = 0; i < n; i++)
    {
      g_auto(GValue) va = G_VALUE_INIT;
      g_auto(GValue) vb = G_VALUE_INIT;

      g_value_init (&va, pspecs[i]->value_type);
      g_value_init (&vb, pspecs[i]->value_type);
      g_object_get_property (a, pspecs[i]->name, &va);
      g_object_get_property (b, pspecs[i]->name, &vb);

      if (!values_equal (&va, &vb))
        {
          g_autofree char *sa = g_strdup_value_contents (&va);
          g_autofree char *sb = g_strdup_value_contents (&vb);

          g_error ("%s:%s differs: %s vs %s", G_OBJECT_TYPE_NAME (a), pspecs[i]->name, sa, sb);
        }
    }
}

/* Every entry of @a is in @b with the same value for every property. */
static void
assert_same_journal (CandorJournal *a,
                     CandorJournal *b)
{
  GListModel *lists_a[] = {
    candor_journal_get_people (a), candor_journal_get_reassessments (a),
    candor_journal_get_checks (a), candor_journal_get_checkins (a),
    candor_journal_get_interactions (a), candor_journal_get_commitments (a),
    candor_journal_get_exercises (a), candor_journal_get_feeling_notes (a),
  };
  GListModel *lists_b[] = {
    candor_journal_get_people (b), candor_journal_get_reassessments (b),
    candor_journal_get_checks (b), candor_journal_get_checkins (b),
    candor_journal_get_interactions (b), candor_journal_get_commitments (b),
    candor_journal_get_exercises (b), candor_journal_get_feeling_notes (b),
  };
  g_autoptr(JsonNode) doc_a = candor_journal_to_document (a);
  g_autoptr(JsonNode) doc_b = candor_journal_to_document (b);

  for (guint l = 0; l < G_N_ELEMENTS (lists_a); l++)
    {
      guint n = g_list_model_get_n_items (lists_a[l]);

      g_assert_cmpuint (n, ==, g_list_model_get_n_items (lists_b[l]));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CandorEntry) entry = g_list_model_get_item (lists_a[l], i);
          g_autoptr(CandorEntry) same_place = g_list_model_get_item (lists_b[l], i);
          CandorEntry *found = candor_journal_find (b, candor_entry_get_id (entry));

          g_assert_nonnull (found);
          g_assert_true (found == same_place);
          assert_same_properties (G_OBJECT (entry), G_OBJECT (found));
        }
    }

  assert_same_properties (G_OBJECT (candor_journal_get_settings (a)),
                          G_OBJECT (candor_journal_get_settings (b)));

  g_assert_true (json_node_equal (doc_a, doc_b));
}

/* Each property of each class is off its default in at least one entry. */
static void
assert_every_property_set (CandorJournal *journal)
{
  GListModel *lists[] = {
    candor_journal_get_people (journal), candor_journal_get_reassessments (journal),
    candor_journal_get_checks (journal), candor_journal_get_checkins (journal),
    candor_journal_get_interactions (journal), candor_journal_get_commitments (journal),
    candor_journal_get_exercises (journal), candor_journal_get_feeling_notes (journal),
  };
  g_autoptr(GListStore) settings = g_list_store_new (CANDOR_TYPE_SETTINGS);

  g_list_store_append (settings, candor_journal_get_settings (journal));

  for (guint l = 0; l <= G_N_ELEMENTS (lists); l++)
    {
      GListModel *list = l < G_N_ELEMENTS (lists) ? lists[l] : G_LIST_MODEL (settings);
      g_autoptr(GObject) first = g_list_model_get_item (list, 0);
      g_autoptr(GObject) fresh = NULL;
      g_autofree GParamSpec **pspecs = NULL;
      guint n;

      g_assert_nonnull (first);
      fresh = l < G_N_ELEMENTS (lists) ? g_object_new (G_OBJECT_TYPE (first), NULL)
                                       : G_OBJECT (candor_settings_new ());
      pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (first), &n);

      for (guint p = 0; p < n; p++)
        {
          gboolean differs = FALSE;

          if (g_str_equal (pspecs[p]->name, "id") || g_str_equal (pspecs[p]->name, "created") ||
              g_str_equal (pspecs[p]->name, "modified"))
            continue;

          for (guint i = 0; i < g_list_model_get_n_items (list) && !differs; i++)
            {
              g_autoptr(GObject) item = g_list_model_get_item (list, i);
              g_auto(GValue) v_item = G_VALUE_INIT;
              g_auto(GValue) v_fresh = G_VALUE_INIT;

              g_value_init (&v_item, pspecs[p]->value_type);
              g_value_init (&v_fresh, pspecs[p]->value_type);
              g_object_get_property (item, pspecs[p]->name, &v_item);
              g_object_get_property (fresh, pspecs[p]->name, &v_fresh);
              differs = !values_equal (&v_item, &v_fresh);
            }

          if (!differs)
            g_error ("the test journal leaves %s:%s at its default",
                     G_OBJECT_TYPE_NAME (first), pspecs[p]->name);
        }
    }
}

static CandorJournal *
copy_through_segments (CandorJournal *journal)
{
  CandorJournal *copy = candor_journal_new ();
  g_auto(GStrv) segments = candor_journal_dup_segments (journal);

  /* Years newest first, then the profile, as a lazy load might. */
  for (int i = g_strv_length (segments) - 1; i >= 0; i--)
    {
      g_autoptr(GBytes) bytes = candor_journal_serialize_segment (journal, segments[i]);
      g_autoptr(CandorSegmentData) data = NULL;
      g_autoptr(GError) error = NULL;

      data = candor_segment_data_parse (segments[i], bytes, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (candor_segment_data_get_segment (data), ==, segments[i]);
      g_assert_true (candor_journal_apply_segment (copy, data, &error));
      g_assert_no_error (error);
      g_assert_true (candor_journal_is_segment_loaded (copy, segments[i]));
    }

  return copy;
}

/* Tests */

static void
test_round_trip_segments (void)
{
  g_autoptr(CandorJournal) journal = new_full_journal ();
  g_autoptr(CandorJournal) copy = NULL;
  g_auto(GStrv) segments = candor_journal_dup_segments (journal);
  g_auto(GStrv) dirty = NULL;
  const char * const expected[] = { "2024", "2025", "profile", NULL };

  assert_every_property_set (journal);
  g_assert_true (g_strv_equal ((const char * const *) segments, expected));

  copy = copy_through_segments (journal);
  assert_same_journal (journal, copy);

  /* Loading is not editing. */
  dirty = candor_journal_dup_dirty_segments (copy);
  g_assert_cmpuint (g_strv_length (dirty), ==, 0);
  g_assert_false (candor_journal_get_dirty (copy));
}

static void
test_round_trip_document (void)
{
  g_autoptr(CandorJournal) journal = new_full_journal ();
  g_autoptr(CandorJournal) copy = candor_journal_new ();
  g_autoptr(JsonNode) document = candor_journal_to_document (journal);
  g_autoptr(JsonNode) parsed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gsize length;

  text = candor_json_to_data (document, TRUE, &length);
  parsed = candor_json_parse_document (text, length, &error);
  g_assert_no_error (error);
  g_assert_true (candor_json_validate_document (parsed, &error));
  g_assert_no_error (error);

  g_assert_true (candor_journal_import_document (copy, parsed, CANDOR_IMPORT_MODE_REPLACE, &error));
  g_assert_no_error (error);
  assert_same_journal (journal, copy);
}

static void
test_dirty_segments (void)
{
  g_autoptr(CandorJournal) journal = candor_journal_new ();
  const char *alex = add_person (journal, "Alex", CANDOR_RELATIONSHIP_PARTNER);
  CandorCheckin *early = add_checkin (journal, alex, 2024, 6, 1, "early");
  CandorCheckin *late = add_checkin (journal, alex, 2024, 12, 30, "late");
  g_autoptr(GDateTime) new_year = candor_day_new (2025, 1, 2);
  g_autoptr(CandorPerson) person = NULL;
  g_autoptr(CandorCheckin) first = NULL;
  g_autoptr(CandorCheckin) last = NULL;
  g_auto(GStrv) dirty = NULL;
  g_autofree char *segment = NULL;
  const char * const only_2024[] = { "2024", NULL };
  const char * const only_profile[] = { "profile", NULL };
  const char * const both_years[] = { "2024", "2025", NULL };

  add_checkin (journal, alex, 2025, 3, 1, "next year");
  g_assert_true (candor_journal_get_dirty (journal));
  candor_journal_mark_clean (journal, "profile");
  candor_journal_mark_clean (journal, "2024");
  candor_journal_mark_clean (journal, "2025");
  g_assert_false (candor_journal_get_dirty (journal));

  candor_checkin_set_text (early, "edited");
  dirty = candor_journal_dup_dirty_segments (journal);
  g_assert_true (g_strv_equal ((const char * const *) dirty, only_2024));
  candor_journal_mark_clean (journal, "2024");
  g_clear_pointer (&dirty, g_strfreev);

  person = g_object_ref (candor_journal_get_person_by_id (journal, alex));
  candor_person_set_name (person, "Alexandra");
  dirty = candor_journal_dup_dirty_segments (journal);
  g_assert_true (g_strv_equal ((const char * const *) dirty, only_profile));
  candor_journal_mark_clean (journal, "profile");
  g_clear_pointer (&dirty, g_strfreev);

  /* Moving a date to another year dirties both years, and keeps the list in order. */
  candor_checkin_set_date (late, new_year);
  dirty = candor_journal_dup_dirty_segments (journal);
  g_assert_true (g_strv_equal ((const char * const *) dirty, both_years));
  segment = candor_entry_dup_segment (CANDOR_ENTRY (late));
  g_assert_cmpstr (segment, ==, "2025");

  first = g_list_model_get_item (candor_journal_get_checkins (journal), 0);
  last = g_list_model_get_item (candor_journal_get_checkins (journal), 2);
  g_assert_true (first == early);
  g_assert_cmpstr (candor_checkin_get_text (last), ==, "next year");

  /* Setting the same value again changes nothing. */
  candor_journal_mark_clean (journal, "2024");
  candor_journal_mark_clean (journal, "2025");
  candor_checkin_set_text (early, "edited");
  g_assert_false (candor_journal_get_dirty (journal));

  /* A vault whose write failed asks for the segment again. */
  candor_journal_mark_segment_dirty (journal, "2025");
  g_clear_pointer (&dirty, g_strfreev);
  dirty = candor_journal_dup_dirty_segments (journal);
  g_assert_cmpstr (dirty[0], ==, "2025");
  candor_journal_mark_clean (journal, "2025");

  /* Removing dirties the entry's year. */
  candor_journal_remove_checkin (journal, early);
  g_clear_pointer (&dirty, g_strfreev);
  dirty = candor_journal_dup_dirty_segments (journal);
  g_assert_true (g_strv_equal ((const char * const *) dirty, only_2024));
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_modified_and_notify (void)
{
  g_autoptr(CandorPerson) person = candor_person_new ("Sam", CANDOR_RELATIONSHIP_FRIEND);
  g_autoptr(GDateTime) before = NULL;
  g_autoptr(GDateTime) past = g_date_time_new_utc (2020, 1, 1, 0, 0, 0);
  guint name_notifies = 0;
  guint modified_notifies = 0;

  candor_entry_set_modified (CANDOR_ENTRY (person), past);
  g_assert_true (g_date_time_equal (candor_entry_get_modified (CANDOR_ENTRY (person)), past));

  g_signal_connect (person, "notify::name", G_CALLBACK (count_notify_cb), &name_notifies);
  g_signal_connect (person, "notify::modified", G_CALLBACK (count_notify_cb), &modified_notifies);

  candor_person_set_name (person, "Sam");
  g_assert_cmpuint (name_notifies, ==, 0);
  g_assert_cmpuint (modified_notifies, ==, 0);
  g_assert_true (g_date_time_equal (candor_entry_get_modified (CANDOR_ENTRY (person)), past));

  candor_person_set_name (person, "Samira");
  g_assert_cmpuint (name_notifies, ==, 1);
  g_assert_cmpuint (modified_notifies, ==, 1);
  g_assert_cmpint (g_date_time_compare (candor_entry_get_modified (CANDOR_ENTRY (person)), past),
                   >, 0);

  /* A batch bumps once. */
  g_object_freeze_notify (G_OBJECT (person));
  candor_person_set_cadence (person, 5);
  candor_person_set_archived (person, TRUE);
  g_object_thaw_notify (G_OBJECT (person));
  g_assert_cmpuint (modified_notifies, ==, 2);

  /* Ids are UUIDs and stable; created and modified are UTC. */
  g_assert_true (g_uuid_string_is_valid (candor_entry_get_id (CANDOR_ENTRY (person))));
  g_assert_cmpint (g_date_time_get_utc_offset (candor_entry_get_created (CANDOR_ENTRY (person))),
                   ==, 0);
  before = g_date_time_ref (candor_entry_get_created (CANDOR_ENTRY (person)));
  candor_person_set_name (person, "Sami");
  g_assert_true (g_date_time_equal (before, candor_entry_get_created (CANDOR_ENTRY (person))));
}

/* Entries read from a segment are built without notifications (candor_entry_begin_load());
 * once in the journal they must behave like any other: keep the stored "modified",
 * and bump it, notify and dirty their year on a change. */
static void
test_loaded_entries_notify (void)
{
  g_autoptr(CandorJournal) source = candor_journal_new ();
  g_autoptr(CandorJournal) copy = NULL;
  g_autoptr(GDateTime) past = utc (2024, 3, 1, 12, 0, 0.25);
  g_autoptr(CandorCheckin) loaded = NULL;
  g_auto(GStrv) dirty = NULL;
  const char * const only_2024[] = { "2024", NULL };
  const char *alex = add_person (source, "Alex", CANDOR_RELATIONSHIP_PARTNER);
  CandorCheckin *checkin = add_checkin (source, alex, 2024, 3, 1, "before");
  guint text_notifies = 0;
  guint modified_notifies = 0;

  candor_entry_set_modified (CANDOR_ENTRY (checkin), past);
  copy = copy_through_segments (source);

  loaded = g_list_model_get_item (candor_journal_get_checkins (copy), 0);
  g_assert_true (g_date_time_equal (candor_entry_get_modified (CANDOR_ENTRY (loaded)), past));
  g_assert_cmpstr (candor_checkin_get_text (loaded), ==, "before");
  g_assert_false (candor_journal_get_dirty (copy));

  g_signal_connect (loaded, "notify::text", G_CALLBACK (count_notify_cb), &text_notifies);
  g_signal_connect (loaded, "notify::modified", G_CALLBACK (count_notify_cb), &modified_notifies);
  candor_checkin_set_text (loaded, "after");

  g_assert_cmpuint (text_notifies, ==, 1);
  g_assert_cmpuint (modified_notifies, ==, 1);
  g_assert_cmpint (g_date_time_compare (candor_entry_get_modified (CANDOR_ENTRY (loaded)), past),
                   >, 0);
  dirty = candor_journal_dup_dirty_segments (copy);
  g_assert_true (g_strv_equal ((const char * const *) dirty, only_2024));
}

static void
test_days_and_defaults (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("-08:00");
  g_autoptr(GDateTime) evening = g_date_time_new (tz, 2024, 12, 31, 23, 30, 0);
  g_autoptr(GDateTime) day = candor_day_from_date_time (evening);
  g_autoptr(CandorCommitment) commitment = candor_commitment_new ("someone", NULL, "Call mum");
  g_autoptr(CandorCheck) check = NULL;
  g_autoptr(GDateTime) due_day = NULL;
  g_autoptr(GDateTime) created_day = NULL;
  g_autoptr(CandorSettings) settings = candor_settings_new ();

  /* The local day, not the UTC one (which is already 2025). */
  g_assert_cmpint (g_date_time_get_year (day), ==, 2024);
  g_assert_cmpint (g_date_time_get_day_of_month (day), ==, 31);
  g_assert_cmpint (g_date_time_get_hour (day), ==, 0);
  g_assert_cmpint (g_date_time_get_utc_offset (day), ==, 0);
  g_assert_null (candor_day_new (2023, 2, 29));

  created_day = candor_day_from_date_time (candor_entry_get_created (CANDOR_ENTRY (commitment)));
  due_day = g_date_time_add_days (created_day, CANDOR_COMMITMENT_DEFAULT_DAYS);
  g_assert_true (g_date_time_equal (candor_commitment_get_due (commitment), due_day));
  g_assert_null (candor_commitment_get_done (commitment));

  check = candor_check_new ("someone", evening);
  g_assert_cmpuint (candor_check_get_duration (check), ==, 30);
  g_assert_cmpint (candor_check_get_status (check), ==, CANDOR_CHECK_STATUS_SCHEDULED);
  g_assert_cmpint (g_date_time_get_utc_offset (candor_check_get_start (check)), ==, 0);

  g_assert_cmpuint (candor_settings_get_target_min (settings), ==, 4);
  g_assert_cmpuint (candor_settings_get_target_max (settings), ==, 6);
  g_assert_cmpuint (candor_settings_get_ratio_target (settings), ==, 5);
  g_assert_false (candor_settings_get_streak_enabled (settings));

  g_assert_true (candor_segment_name_is_valid ("profile"));
  g_assert_true (candor_segment_name_is_valid ("2025"));
  g_assert_false (candor_segment_name_is_valid ("1899"));
  g_assert_false (candor_segment_name_is_valid ("../x"));
  g_assert_false (candor_segment_name_is_valid ("20255"));
}

static void
test_settings_helpers (void)
{
  g_autoptr(CandorSettings) settings = candor_settings_new ();
  const char *first[] = { "a", "b", "c", NULL };
  const char *second[] = { "d", "a", "e", NULL };
  const char * const expected[] = { "d", "a", "e", "b", "c", NULL };
  g_auto(GStrv) recent = NULL;
  g_autofree char *id = NULL;
  GVariant *questions;

  candor_settings_note_questions_used (settings, "p1", first);
  candor_settings_note_questions_used (settings, "p1", second);
  recent = candor_settings_dup_recent_questions (settings, "p1");
  g_assert_true (g_strv_equal ((const char * const *) recent, expected));
  g_clear_pointer (&recent, g_strfreev);
  recent = candor_settings_dup_recent_questions (settings, "p2");
  g_assert_cmpuint (g_strv_length (recent), ==, 0);

  /* Only six checks' worth is kept. */
  for (guint i = 0; i < 10; i++)
    {
      g_autofree char *a = g_strdup_printf ("q%u-1", i);
      g_autofree char *b = g_strdup_printf ("q%u-2", i);
      g_autofree char *c = g_strdup_printf ("q%u-3", i);
      const char *ids[] = { a, b, c, NULL };

      candor_settings_note_questions_used (settings, "p1", ids);
    }
  g_clear_pointer (&recent, g_strfreev);
  recent = candor_settings_dup_recent_questions (settings, "p1");
  g_assert_cmpuint (g_strv_length (recent), ==, 18);
  g_assert_cmpstr (recent[0], ==, "q9-1");

  id = candor_settings_add_custom_question (settings, CANDOR_QUESTION_DEPTH_DEEP, "Why?");
  questions = candor_settings_get_custom_questions (settings);
  g_assert_cmpuint (g_variant_n_children (questions), ==, 1);
  g_assert_true (candor_settings_remove_custom_question (settings, id));
  g_assert_false (candor_settings_remove_custom_question (settings, id));
  g_assert_cmpuint (g_variant_n_children (candor_settings_get_custom_questions (settings)), ==, 0);
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

static void
changed_cb (CandorJournal *journal,
            CandorEntry   *entry,
            guint         *count)
{
  (*count)++;
}

static void
test_lazy_years_in_order (void)
{
  g_autoptr(CandorJournal) source = candor_journal_new ();
  g_autoptr(CandorJournal) journal = candor_journal_new ();
  const char *alex = add_person (source, "Alex", CANDOR_RELATIONSHIP_PARTNER);
  const char * const order[] = { "profile", "2025", "2023", "2024", NULL };
  GListModel *checkins = candor_journal_get_checkins (journal);
  guint changes = 0;
  guint changed_signals = 0;

  for (int year = 2023; year <= 2025; year++)
    for (int month = 12; month >= 1; month--)
      add_checkin (source, alex, year, month, 10, "x");

  g_signal_connect (checkins, "items-changed", G_CALLBACK (items_changed_cb), &changes);
  g_signal_connect (journal, "changed", G_CALLBACK (changed_cb), &changed_signals);

  for (guint i = 0; order[i] != NULL; i++)
    {
      g_autoptr(GBytes) bytes = candor_journal_serialize_segment (source, order[i]);
      g_autoptr(CandorSegmentData) data = NULL;
      g_autoptr(GError) error = NULL;

      data = candor_segment_data_parse (order[i], bytes, &error);
      g_assert_no_error (error);
      g_assert_true (candor_journal_apply_segment (journal, data, &error));
    }

  /* One splice per year, one "changed" per segment. */
  g_assert_cmpuint (changes, ==, 3);
  g_assert_cmpuint (changed_signals, ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (checkins), ==, 36);

  for (guint i = 1; i < 36; i++)
    {
      g_autoptr(CandorEntry) a = g_list_model_get_item (checkins, i - 1);
      g_autoptr(CandorEntry) b = g_list_model_get_item (checkins, i);

      g_assert_cmpint (g_date_time_compare (candor_entry_get_date (a), candor_entry_get_date (b)),
                       <, 0);
    }

  g_assert_false (candor_journal_is_segment_loaded (journal, "2022"));
  assert_same_journal (source, journal);
}

static void
test_remove_person (void)
{
  g_autoptr(CandorJournal) journal = new_full_journal ();
  CandorPerson *sam = NULL;
  g_autoptr(CandorExercise) exercise = NULL;
  CandorSettings *settings = candor_journal_get_settings (journal);
  g_auto(GStrv) recent = NULL;
  g_autofree char *sam_id = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (candor_journal_get_people (journal)); i++)
    {
      GListModel *people = candor_journal_get_people (journal);
      g_autoptr(CandorPerson) person = g_list_model_get_item (people, i);

      if (g_str_has_prefix (candor_person_get_name (person), "Sam"))
        sam = person;
    }
  g_assert_nonnull (sam);
  sam_id = g_strdup (candor_entry_get_id (CANDOR_ENTRY (sam)));
  g_assert_true (candor_journal_get_me (journal) != sam);

  candor_journal_remove_person (journal, sam);

  g_assert_null (candor_journal_find (journal, sam_id));
  /* Sam's check and bid are gone; the exercise Sam started stays, unattributed. */
  g_assert_cmpuint (g_list_model_get_n_items (candor_journal_get_checks (journal)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (candor_journal_get_interactions (journal)), ==, 0);
  exercise = g_list_model_get_item (candor_journal_get_exercises (journal), 0);
  g_assert_null (candor_exercise_get_started_by (exercise));
  recent = candor_settings_dup_recent_questions (settings, sam_id);
  g_assert_cmpuint (g_strv_length (recent), ==, 0);

  /* What is left is a valid document. */
  {
    g_autoptr(JsonNode) document = candor_journal_to_document (journal);
    g_autoptr(GError) error = NULL;

    g_assert_true (candor_json_validate_document (document, &error));
    g_assert_no_error (error);
  }
}

static void
test_apply_repairs_removed_people (void)
{
  g_autoptr(CandorJournal) source = candor_journal_new ();
  g_autoptr(CandorJournal) journal = candor_journal_new ();
  const char *alex = add_person (source, "Alex", CANDOR_RELATIONSHIP_PARTNER);
  g_autofree char *sam = g_strdup (add_person (source, "Sam", CANDOR_RELATIONSHIP_PARTNER));
  g_autoptr(GBytes) year = NULL;
  g_autoptr(GBytes) profile = NULL;
  g_autoptr(CandorSegmentData) year_data = NULL;
  g_autoptr(CandorSegmentData) profile_data = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) dirty = NULL;
  const char * const only_2024[] = { "2024", NULL };

  add_checkin (source, alex, 2024, 1, 1, "kept");
  add_checkin (source, sam, 2024, 1, 2, "dropped");
  year = candor_journal_serialize_segment (source, "2024");

  /* Sam is removed while 2024 is not loaded. */
  candor_journal_remove_person (source, candor_journal_get_person_by_id (source, sam));
  profile = candor_journal_serialize_segment (source, "profile");

  profile_data = candor_segment_data_parse ("profile", profile, &error);
  g_assert_no_error (error);
  g_assert_true (candor_journal_apply_segment (journal, profile_data, &error));
  year_data = candor_segment_data_parse ("2024", year, &error);
  g_assert_no_error (error);
  g_assert_true (candor_journal_apply_segment (journal, year_data, &error));

  g_assert_cmpuint (g_list_model_get_n_items (candor_journal_get_checkins (journal)), ==, 1);
  dirty = candor_journal_dup_dirty_segments (journal);
  g_assert_true (g_strv_equal ((const char * const *) dirty, only_2024));
}

static void
test_segment_checks (void)
{
  g_autoptr(CandorJournal) journal = candor_journal_new ();
  const char *alex = add_person (journal, "Alex", CANDOR_RELATIONSHIP_PARTNER);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) profile = NULL;
  g_autoptr(CandorSegmentData) data = NULL;
  g_autoptr(GError) error = NULL;

  add_checkin (journal, alex, 2024, 5, 5, "x");
  bytes = candor_journal_serialize_segment (journal, "2024");

  /* A year file read as another year, or as the profile. */
  data = candor_segment_data_parse ("2023", bytes, &error);
  g_assert_null (data);
  g_assert_error (error, CANDOR_JSON_ERROR, CANDOR_JSON_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "$.segment"));
  g_clear_error (&error);

  profile = candor_journal_serialize_segment (journal, "profile");
  data = candor_segment_data_parse ("2024", profile, &error);
  g_assert_null (data);
  g_assert_error (error, CANDOR_JSON_ERROR, CANDOR_JSON_ERROR_INVALID);
  g_clear_error (&error);

  /* An entry in the wrong year's file. */
  {
    g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
    g_autofree char *moved = NULL;
    g_auto(GStrv) parts = g_strsplit (text, "\"date\":\"2024-05-05\"", 2);
    g_autoptr(GBytes) moved_bytes = NULL;

    g_assert_cmpuint (g_strv_length (parts), ==, 2);
    moved = g_strjoinv ("\"date\":\"2023-05-05\"", parts);
    moved_bytes = g_bytes_new (moved, strlen (moved));
    data = candor_segment_data_parse ("2024", moved_bytes, &error);
    g_assert_null (data);
    g_assert_error (error, CANDOR_JSON_ERROR, CANDOR_JSON_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "$.checkins[0].date"));
  }
}

/* A year of interactions, written as the journal writes it: the first has one date for
 * created, modified and the moment; the second three. */
#define YEAR_ALEX "6ac1f425-ff47-40eb-b867-2f8ceebc1448"
#define YEAR_FIRST \
  "{\"id\":\"0cc9bff8-c3f6-44fd-8930-81cd0b9bc706\",\"created\":\"2024-12-03T08:29:00Z\"," \
  "\"modified\":\"2024-12-03T08:29:00Z\",\"person_id\":\"" YEAR_ALEX "\"," \
  "\"date\":\"2024-12-03T08:29:00Z\",\"kind\":\"positive\",\"note\":\"Tea\"," \
  "\"meaningful_chat\":true}"
#define YEAR_SECOND \
  "{\"id\":\"1dd9bff8-c3f6-44fd-8930-81cd0b9bc706\",\"created\":\"2024-12-04T08:00:00Z\"," \
  "\"modified\":\"2024-12-05T09:00:00Z\",\"person_id\":\"" YEAR_ALEX "\"," \
  "\"date\":\"2024-12-01T20:15:00Z\",\"kind\":\"corrective\",\"meaningful_chat\":false}"

static GBytes *
year_bytes (const char *interactions)
{
  g_autofree char *text = g_strdup_printf ("{\"version\":%d,\"segment\":\"2024\","
                                           "\"checkins\":[],\"interactions\":[%s]}",
                                           CANDOR_JSON_VERSION, interactions);

  return g_bytes_new (text, strlen (text));
}

/* The segment as the tree of the whole document would give it. */
static CandorSegmentData *
parse_year_as_tree (GBytes  *bytes,
                    GError **error)
{
  g_autoptr(JsonNode) root = candor_json_parse_document (g_bytes_get_data (bytes, NULL),
                                                         g_bytes_get_size (bytes), error);

  return root != NULL ? candor_segment_data_load (root, "2024", error) : NULL;
}

static GBytes *
serialize_applied (CandorSegmentData *data)
{
  g_autoptr(CandorJournal) journal = candor_journal_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (candor_journal_apply_segment (journal, data, &error));
  g_assert_no_error (error);
  return candor_journal_serialize_segment (journal, "2024");
}

static CandorJsonTake
take_interactions_cb (const char *member,
                      JsonObject *root,
                      JsonNode   *element,
                      gpointer    user_data)
{
  guint *taken = user_data;

  if (strcmp (member, "interactions") != 0)
    return CANDOR_JSON_KEEP;

  g_assert_true (json_object_has_member (root, "version"));
  g_assert_true (JSON_NODE_HOLDS_OBJECT (element));
  (*taken)++;
  return CANDOR_JSON_TAKEN;
}

/* Entries naming one person share one id string: changing one entry's person leaves
 * the others as they were, and an entry freed takes nothing of theirs with it. */
static void
test_person_ids_shared (void)
{
  g_autofree char *alex = g_strdup (YEAR_ALEX);
  g_autofree char *alex_again = g_strdup (YEAR_ALEX);
  g_autoptr(GDateTime) day = candor_day_new (2024, 12, 3);
  g_autoptr(CandorCheckin) kept = candor_checkin_new (alex, day,
                                                      CANDOR_CHECKIN_KIND_APPRECIATION);
  CandorCheckin *changed = candor_checkin_new (alex_again, day,
                                               CANDOR_CHECKIN_KIND_APPRECIATION);
  const char *id = candor_checkin_get_author_id (kept);

  g_assert_true (id != alex);
  g_assert_true (candor_checkin_get_author_id (changed) == id);

  candor_checkin_set_author_id (changed, "2ee9bff8-c3f6-44fd-8930-81cd0b9bc706");
  g_assert_cmpstr (candor_checkin_get_author_id (changed), ==,
                   "2ee9bff8-c3f6-44fd-8930-81cd0b9bc706");
  g_assert_cmpstr (candor_checkin_get_author_id (kept), ==, YEAR_ALEX);

  candor_checkin_set_author_id (changed, alex);
  g_assert_true (candor_checkin_get_author_id (changed) == candor_checkin_get_author_id (kept));
  g_object_unref (changed);
  g_assert_cmpstr (candor_checkin_get_author_id (kept), ==, YEAR_ALEX);
}

/* A year's entries are built while it is parsed, and the tree never holds them: a
 * ten-year journal's trees were megabytes that stayed in the heap after the load.
 * What comes out is what the tree gave, errors included. */
static void
test_year_taken_while_parsed (void)
{
  g_autoptr(GBytes) bytes = year_bytes (YEAR_FIRST "," YEAR_SECOND);
  g_autoptr(GBytes) twice = year_bytes (YEAR_FIRST "," YEAR_SECOND "," YEAR_FIRST);
  g_autoptr(CandorSegmentData) data = NULL;
  g_autoptr(CandorSegmentData) tree = NULL;
  g_autoptr(GBytes) from_data = NULL;
  g_autoptr(GBytes) from_tree = NULL;
  g_autoptr(JsonNode) rest = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) tree_error = NULL;
  CandorEntry *first, *second;
  guint taken = 0;

  rest = candor_json_parse_document_taking (g_bytes_get_data (bytes, NULL),
                                            g_bytes_get_size (bytes),
                                            take_interactions_cb, &taken);
  g_assert_nonnull (rest);
  g_assert_cmpuint (taken, ==, 2);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (
                      json_node_get_object (rest), "interactions")), ==, 0);
  g_assert_true (json_object_has_member (json_node_get_object (rest), "checkins"));

  data = candor_segment_data_parse ("2024", bytes, &error);
  g_assert_no_error (error);
  tree = parse_year_as_tree (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (data->items[CANDOR_KIND_INTERACTION]->len, ==, 2);
  from_data = serialize_applied (data);
  from_tree = serialize_applied (tree);
  g_assert_true (g_bytes_equal (from_data, from_tree));

  /* Sorted by date: the second was earlier. One moment is one date object, and one
   * person one id string. */
  second = g_ptr_array_index (data->items[CANDOR_KIND_INTERACTION], 0);
  first = g_ptr_array_index (data->items[CANDOR_KIND_INTERACTION], 1);
  g_assert_cmpstr (candor_interaction_get_note (CANDOR_INTERACTION (first)), ==, "Tea");
  g_assert_true (candor_entry_get_modified (first) == candor_entry_get_created (first));
  g_assert_true (candor_interaction_get_date (CANDOR_INTERACTION (first)) ==
                 candor_entry_get_created (first));
  g_assert_false (candor_entry_get_modified (second) == candor_entry_get_created (second));
  g_assert_false (candor_interaction_get_date (CANDOR_INTERACTION (second)) ==
                  candor_entry_get_created (second));
  g_assert_cmpint (g_date_time_get_day_of_month (candor_interaction_get_date (
                     CANDOR_INTERACTION (second))), ==, 1);
  g_assert_cmpstr (candor_interaction_get_person_id (CANDOR_INTERACTION (first)), ==, YEAR_ALEX);
  g_assert_true (candor_interaction_get_person_id (CANDOR_INTERACTION (first)) ==
                 candor_interaction_get_person_id (CANDOR_INTERACTION (second)));

  /* A problem in a taken entry is named as the tree names it. */
  g_clear_pointer (&data, candor_segment_data_free);
  data = candor_segment_data_parse ("2024", twice, &error);
  g_assert_null (data);
  g_assert_null (parse_year_as_tree (twice, &tree_error));
  g_assert_error (error, CANDOR_JSON_ERROR, CANDOR_JSON_ERROR_INVALID);
  g_assert_nonnull (tree_error);
  g_assert_cmpstr (error->message, ==, tree_error->message);
  g_assert_nonnull (strstr (error->message, "$.interactions[2].id"));

  /* A year cut short after its first entry was taken: nothing is built, and the
   * error is the tree's. */
  {
    g_autoptr(GBytes) cut = g_bytes_new_from_bytes (bytes, 0, g_bytes_get_size (bytes) - 30);

    g_clear_error (&error);
    g_clear_error (&tree_error);
    g_assert_null (candor_segment_data_parse ("2024", cut, &error));
    g_assert_null (parse_year_as_tree (cut, &tree_error));
    g_assert_error (error, CANDOR_JSON_ERROR, CANDOR_JSON_ERROR_SYNTAX);
    g_assert_nonnull (tree_error);
    g_assert_cmpstr (error->message, ==, tree_error->message);
  }
}

typedef struct
{
  GBytes            *bytes;
  CandorSegmentData *data;
} ThreadJob;

static gpointer
parse_thread (gpointer user_data)
{
  ThreadJob *job = user_data;

  job->data = candor_segment_data_parse ("2024", job->bytes, NULL);

  return NULL;
}

static void
test_parse_in_thread (void)
{
  g_autoptr(CandorJournal) source = candor_journal_new ();
  g_autoptr(CandorJournal) journal = candor_journal_new ();
  const char *alex = add_person (source, "Alex", CANDOR_RELATIONSHIP_PARTNER);
  g_autoptr(GBytes) profile = NULL;
  g_autoptr(CandorSegmentData) profile_data = NULL;
  ThreadJob jobs[4];
  GThread *threads[4];

  for (guint day = 1; day <= 28; day++)
    add_checkin (source, alex, 2024, 2, day, "x");

  profile = candor_journal_serialize_segment (source, "profile");
  profile_data = candor_segment_data_parse ("profile", profile, NULL);
  g_assert_true (candor_journal_apply_segment (journal, profile_data, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (jobs); i++)
    {
      jobs[i].bytes = candor_journal_serialize_segment (source, "2024");
      jobs[i].data = NULL;
      threads[i] = g_thread_new ("parse", parse_thread, &jobs[i]);
    }

  for (guint i = 0; i < G_N_ELEMENTS (jobs); i++)
    {
      g_thread_join (threads[i]);
      g_assert_nonnull (jobs[i].data);
      /* Applying the same year again changes nothing: same ids, same times. */
      g_assert_true (candor_journal_apply_segment (journal, jobs[i].data, NULL));
      candor_segment_data_free (jobs[i].data);
      g_bytes_unref (jobs[i].bytes);
    }

  assert_same_journal (source, journal);
}

static void
test_setters_keep_documents_valid (void)
{
  g_autoptr(CandorJournal) journal = new_full_journal ();
  GListModel *checkins = candor_journal_get_checkins (journal);
  g_autoptr(CandorCheckin) checkin = g_list_model_get_item (checkins, 0);
  g_autoptr(CandorPerson) person = g_list_model_get_item (candor_journal_get_people (journal), 0);
  g_autoptr(CandorCheck) check = g_list_model_get_item (candor_journal_get_checks (journal), 0);
  g_autoptr(JsonNode) document = NULL;
  g_autoptr(GDateTime) ancient = g_date_time_new_utc (1850, 1, 1, 0, 0, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *huge = g_strnfill (70000, 'x');
  GString *long_name = g_string_new (NULL);
  const char *bad_feelings[] = { "fine", "not an id", NULL };
  const char *four[] = { "a", "b", "c", "d", NULL };

  /* Over-long text is cut to the limit, at a character boundary. */
  candor_checkin_set_text (checkin, huge);
  g_assert_cmpuint (strlen (candor_checkin_get_text (checkin)), ==, 65536);
  for (guint i = 0; i < 250; i++)
    g_string_append (long_name, "é");
  candor_person_set_name (person, long_name->str);
  g_assert_cmpint (g_utf8_strlen (candor_person_get_name (person), -1), ==, 200);
  g_assert_true (g_utf8_validate (candor_person_get_name (person), -1, NULL));
  g_string_free (long_name, TRUE);

  /* What can't be cut is refused, and the old value stays. */
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*candor_json_color_is_valid*");
  candor_person_set_color (person, "red");
  g_test_assert_expected_messages ();
  g_assert_cmpstr (candor_person_get_color (person), ==, "#e01b24");

  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*candor_json_token_is_valid*");
  candor_checkin_set_feelings (checkin, bad_feelings);
  g_test_assert_expected_messages ();

  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*spec->max*");
  candor_check_set_question_ids (check, four);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (g_strv_length ((char **) candor_check_get_question_ids (check)), ==, 3);

  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*1900*");
  candor_check_set_start (check, ancient);
  g_test_assert_expected_messages ();

  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*spec->min*");
  candor_person_set_name (person, "");
  g_test_assert_expected_messages ();

  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*minimum*");
  candor_check_set_duration (check, 0);
  g_test_assert_expected_messages ();

  document = candor_journal_to_document (journal);
  g_assert_true (candor_json_validate_document (document, &error));
  g_assert_no_error (error);
}

static void
test_entries_outlive_journal (void)
{
  g_autoptr(CandorPerson) person = NULL;
  CandorJournal *journal = new_full_journal ();
  g_autoptr(CandorPerson) me = g_object_ref (candor_journal_get_me (journal));

  g_assert_finalize_object (journal);

  /* Must not call back into the finalized journal. */
  candor_person_set_name (me, "Still here");
  person = g_steal_pointer (&me);
  g_assert_cmpstr (candor_person_get_name (person), ==, "Still here");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/journal/round-trip/segments", test_round_trip_segments);
  g_test_add_func ("/journal/round-trip/document", test_round_trip_document);
  g_test_add_func ("/journal/dirty-segments", test_dirty_segments);
  g_test_add_func ("/journal/modified-and-notify", test_modified_and_notify);
  g_test_add_func ("/journal/loaded-entries-notify", test_loaded_entries_notify);
  g_test_add_func ("/journal/days-and-defaults", test_days_and_defaults);
  g_test_add_func ("/journal/settings-helpers", test_settings_helpers);
  g_test_add_func ("/journal/lazy-years-in-order", test_lazy_years_in_order);
  g_test_add_func ("/journal/remove-person", test_remove_person);
  g_test_add_func ("/journal/apply-repairs-removed-people", test_apply_repairs_removed_people);
  g_test_add_func ("/journal/segment-checks", test_segment_checks);
  g_test_add_func ("/journal/person-ids-shared", test_person_ids_shared);
  g_test_add_func ("/journal/year-taken-while-parsed", test_year_taken_while_parsed);
  g_test_add_func ("/journal/parse-in-thread", test_parse_in_thread);
  g_test_add_func ("/journal/setters-keep-documents-valid", test_setters_keep_documents_valid);
  g_test_add_func ("/journal/entries-outlive-journal", test_entries_outlive_journal);

  return g_test_run ();
}
