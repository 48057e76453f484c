/* reflection-journal.c — hand-built journals for the weekly reflection tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "reflection-journal.h"

static const char * const worries[] = {
  "I keep thinking about the move and whether we packed the right things for the first week.",
  "Work ran late again and I missed the start of our evening; I do not want that to become the norm.",
  "My sister called and it stirred up old things; I am still a bit shaken and would like to talk.",
  "I felt unsure at dinner when the plans for the holidays came up so fast.",
};

static void
add_checkin (CandorJournal     *journal,
             const char        *author,
             GDateTime         *day,
             CandorCheckinKind  kind,
             const char        *text,
             const char        *when,
             const char        *need,
             const char * const *feelings,
             gboolean           shared)
{
  g_autoptr(CandorCheckin) checkin = candor_checkin_new (author, day, kind);

  candor_checkin_set_text (checkin, text);
  candor_checkin_set_when (checkin, when);
  candor_checkin_set_need (checkin, need);
  candor_checkin_set_feelings (checkin, feelings);
  candor_checkin_set_shared (checkin, shared);
  candor_checkin_set_revealed (checkin, shared);
  candor_journal_add_checkin (journal, checkin);
}

CandorJournal *
reflection_journal_new_busy (gboolean long_entry)
{
  CandorJournal *journal = candor_journal_new ();
  g_autoptr(CandorPerson) me = candor_person_new (REFLECTION_NAME_ME, CANDOR_RELATIONSHIP_PARTNER);
  g_autoptr(CandorPerson) partner = candor_person_new (REFLECTION_NAME_PARTNER,
                                                       CANDOR_RELATIONSHIP_PARTNER);
  const char *a, *b;

  candor_person_set_is_me (me, TRUE);
  candor_person_set_color (partner, "#c061cb");
  candor_journal_add_person (journal, me);
  candor_journal_add_person (journal, partner);
  candor_settings_set_first_weekday (candor_journal_get_settings (journal), 1);
  a = candor_entry_get_id (CANDOR_ENTRY (me));
  b = candor_entry_get_id (CANDOR_ENTRY (partner));

  for (int d = 0; d < 7; d++)
    {
      g_autoptr(GDateTime) day = candor_day_new (2026, 11, 16 + d);
      g_autoptr(GDateTime) noon = g_date_time_new_utc (2026, 11, 16 + d, 12, 0, 0);

      add_checkin (journal, a, day, CANDOR_CHECKIN_KIND_WORRY, worries[d % 4],
                   "the evenings fill up with chores", d % 2 ? "a quiet walk after dinner" : NULL,
                   (const char *[]) { "anxious", d % 3 ? "tired" : "hopeful", NULL }, TRUE);
      add_checkin (journal, b, day, d % 2 ? CANDOR_CHECKIN_KIND_NEED : CANDOR_CHECKIN_KIND_REGRET,
                   d == 2 ? REFLECTION_CJK_TEXT "。我们周末一起散步吧。" : worries[(d + 1) % 4],
                   "we talk over each other", "fifteen minutes of focused talk",
                   (const char *[]) { "frustrated", NULL }, TRUE);
      add_checkin (journal, b, day, CANDOR_CHECKIN_KIND_APPRECIATION,
                   d == 1 ? REFLECTION_CYRILLIC_TEXT : "Thank you for making tea without asking.",
                   NULL, NULL, (const char *[]) { "grateful", NULL }, TRUE);

      for (int i = 0; i < 4; i++)
        {
          g_autoptr(CandorInteraction) kind =
            candor_interaction_new (b, noon, CANDOR_INTERACTION_KIND_POSITIVE);

          candor_journal_add_interaction (journal, kind);
        }
      if (d % 3 == 0)
        {
          g_autoptr(CandorInteraction) corrective =
            candor_interaction_new (b, noon, CANDOR_INTERACTION_KIND_CORRECTIVE);

          candor_journal_add_interaction (journal, corrective);
        }
      if (d == 1 || d == 5)
        {
          g_autoptr(CandorInteraction) chat =
            candor_interaction_new (b, noon, CANDOR_INTERACTION_KIND_BID_TOWARD);

          candor_interaction_set_meaningful_chat (chat, TRUE);
          candor_journal_add_interaction (journal, chat);
        }
    }

  {
    g_autoptr(GDateTime) wednesday = candor_day_new (2026, 11, 18);

    add_checkin (journal, a, wednesday, CANDOR_CHECKIN_KIND_OTHER, REFLECTION_PRIVATE_TEXT,
                 NULL, NULL, NULL, FALSE);
  }

  for (int i = 0; i < 2; i++)
    {
      g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 11, 17 + 3 * i, 18, 30, 0);
      g_autoptr(GDateTime) created = g_date_time_new_utc (2026, 11, 17 + 3 * i, 19, 10, 0);
      g_autoptr(GDateTime) due = candor_day_new (2026, 11, 19 + 3 * i);
      g_autoptr(GDateTime) done = candor_day_new (2026, 11, 18 + 3 * i);
      g_autoptr(CandorCheck) check = candor_check_new (b, start);
      g_autoptr(CandorCommitment) kept = NULL;
      g_autoptr(CandorCommitment) open = NULL;

      candor_check_set_status (check, CANDOR_CHECK_STATUS_HELD);
      candor_check_set_private (check, FALSE);
      candor_check_set_appreciation (check, "Thank you for listening without fixing.");
      candor_journal_add_check (journal, check);

      kept = g_object_new (CANDOR_TYPE_COMMITMENT, "created", created, "person-id", a,
                           "check-id", candor_entry_get_id (CANDOR_ENTRY (check)),
                           "text", "Cook dinner on Friday", "due", due, "done", done, NULL);
      candor_journal_add_commitment (journal, kept);
      open = g_object_new (CANDOR_TYPE_COMMITMENT, "created", created, "person-id", b,
                           "check-id", candor_entry_get_id (CANDOR_ENTRY (check)),
                           "text", "Plan a phone-free evening", "due", due, NULL);
      candor_journal_add_commitment (journal, open);
    }

  /* Written this week, both private to their author. */
  {
    g_autoptr(GDateTime) tuesday = g_date_time_new_utc (2026, 11, 17, 20, 0, 0);
    g_autoptr(CandorBoundary) boundary = candor_boundary_new (a, REFLECTION_BOUNDARY_TEXT, tuesday);
    g_autoptr(CandorGrowthEntry) growth = candor_growth_entry_new (b, CANDOR_GROWTH_KIND_PATTERN,
                                                                   tuesday);

    candor_growth_entry_set_text (growth, REFLECTION_GROWTH_TEXT);
    candor_journal_add_boundary (journal, boundary);
    candor_journal_add_growth_entry (journal, growth);
  }

  if (long_entry)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(GDateTime) day = candor_day_new (2026, 11, 21);

      for (int i = 0; i < 90; i++)
        g_string_append_printf (text, "Line of a very long letter, sentence %d, written slowly "
                                "so that it fills more than one printed page. ", i + 1);
      add_checkin (journal, a, day, CANDOR_CHECKIN_KIND_OTHER, text->str, NULL, NULL, NULL, TRUE);
    }

  return journal;
}
