/* candor-demo-data.c — years of realistic journal activity, for demos, tests and benchmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   candor-demo-data --years=N --seed=S [--end=YYYY-MM-DD] --output=FILE
 *
 * Writes an import document (candor --import-json) with N years of life for
 * two partners, Alex and Sam, and their friend Jordan: check-ins most days,
 * bids and positive and corrective moments (about 5:1), Connection Checks
 * twice a month with questions, micro-commitments, practices, feelings named
 * on their own, a reassessment every 12 weeks, and for each partner a few
 * boundaries (shared and read, revised, private) and growth journal pages.
 *
 * Everything comes from one GRand seeded with S, and the clock is only read
 * for the default --end (today): the same arguments give the same bytes.
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>

#include "candor-journal.h"
#include "candor-prompt-pool.h"
#include "candor-question-pool.h"

/* Feeling ids as the vocabulary names them. This is the one list to point
 * at the real vocabulary data once it can be read from here. */
typedef struct
{
  const char *id;
  gboolean    pleasant;
} DemoFeeling;

static const DemoFeeling demo_feelings[] = {
  { "grateful", TRUE }, { "content", TRUE }, { "proud", TRUE }, { "hopeful", TRUE },
  { "calm", TRUE }, { "excited", TRUE }, { "relieved", TRUE }, { "affectionate", TRUE },
  { "playful", TRUE }, { "curious", TRUE }, { "connected", TRUE }, { "confident", TRUE },
  { "peaceful", TRUE }, { "joyful", TRUE }, { "appreciated", TRUE }, { "tender", TRUE },
  { "lonely", FALSE }, { "anxious", FALSE }, { "frustrated", FALSE }, { "tired", FALSE },
  { "overwhelmed", FALSE }, { "hurt", FALSE }, { "disappointed", FALSE }, { "worried", FALSE },
  { "irritated", FALSE }, { "sad", FALSE }, { "insecure", FALSE }, { "embarrassed", FALSE },
  { "resentful", FALSE }, { "guilty", FALSE }, { "stressed", FALSE }, { "jealous", FALSE },
};

/* Questions come from the real pool (data/candor-questions.xml), so a demo journal
 * names questions the app knows. */
static CandorQuestionPool *question_pool;


static const char * const when_fragments[] = {
  "evenings are quiet", "plans change at the last minute", "we talk over each other",
  "you notice the small things", "the house is a mess", "you make me laugh",
  "work follows us to dinner", "we go to bed at different times", "you ask about my day",
  "I come home to music", "the weekend fills up", "we cook together",
  "I feel rushed in the morning", "you hold my hand in public", "my phone takes over",
  "we plan something just for us", "my family calls", "you tell me about your worries",
};

static const char * const need_fragments[] = {
  "fifteen minutes of focused talk", "a walk together after dinner", "a little more quiet",
  "to hear what you need too", "help with the weekly shop", "a hug before we start the day",
  "us to put the phones away at dinner", "time on my own on Saturday morning",
  "to plan one evening a week", "you to tell me when something is off",
  "a slower morning", "to feel we are on the same team",
};

static const char * const openers[] = {
  "Today", "This morning", "Tonight", "At lunch", "On the way home", "After work",
  "While we were cooking", "Before bed", "During the call",
};

static const char * const happenings[] = {
  "I noticed how tired I was", "you made me coffee without asking", "I snapped about nothing",
  "we laughed at the same joke", "I kept something to myself", "you listened without fixing",
  "I felt left out of the plans", "we finally talked about the holiday",
  "I worried about money again", "you said thank you for the small things",
  "I was proud of how I handled the meeting", "I missed our old walks",
  "we were both on our phones", "you asked how I really was",
};

static const char * const reflections[] = {
  "I want to say it instead of hinting.", "I think I need more rest than I admit.",
  "It meant more than you know.", "I'd like us to try again tomorrow.",
  "I am still learning to ask.", "It reminded me why we are here.",
  "I want to notice this more often.", "I'm not sure what I need yet.",
};

static const char * const bid_notes[] = {
  "Shared a funny video", "Asked about the dentist", "Sent a photo from the walk",
  "Wanted to talk about the weekend", "Reached for a hug", "Pointed out the sunset",
  "Asked for help with the form", "Told a story from work",
};

static const char * const positive_notes[] = {
  "Thanked for dinner", "Complimented the new haircut", "Laughed together",
  "Brought tea without asking", "Said 'I love you' unprompted", "Cheered the good news",
};

static const char * const corrective_notes[] = {
  "Pointed out the dishes", "Asked to lower the voice", "Reminded about the bills",
  "Said the tone felt harsh", "Asked to stop scrolling at dinner",
};

static const char * const appreciations[] = {
  "Thank you for listening without fixing.", "I loved how honest you were tonight.",
  "Thanks for making time for us.", "You made it easy to say hard things.",
  "I feel closer to you already.", "Thank you for your patience with me.",
};

static const char * const commitment_texts[] = {
  "Cook dinner on Friday", "Ask how the interview went", "Plan a phone-free evening",
  "Book the weekend walk", "Call your sister together", "Leave work on time on Wednesday",
  "Write a note for the lunchbox", "Try the fifteen-minute talk twice",
  "Sort the bills together on Sunday", "Go to bed at the same time twice",
};

static const char * const fears[] = {
  "being a burden", "not being enough", "being left out", "losing my temper like my father",
  "failing at work", "growing apart", "getting sick",
};

static const char * const conflict_rules[] = {
  "No name-calling or contempt.", "Take a 20-minute time-out when flooded, then come back.",
  "Talk about one issue at a time.", "Start with \"I feel\", not \"you always\".",
  "No big talks after 10 pm.", "Agree one next step before we stop.", NULL
};

typedef struct
{
  GRand        *rand;
  GStringChunk *strings;
  CandorJournal *journal;
  const char   *alex;
  const char   *sam;
  const char   *jordan;
  GPtrArray    *recent[3]; /* question ids asked per person (alex, sam, jordan) */
} Demo;

static const char *
pick (Demo               *demo,
      const char * const *list,
      guint               n)
{
  return list[g_rand_int_range (demo->rand, 0, n)];
}

#define PICK(demo, array) pick ((demo), (array), G_N_ELEMENTS (array))

static gboolean
chance (Demo   *demo,
        double  probability)
{
  return g_rand_double (demo->rand) < probability;
}

/* A version 4 UUID from the seeded generator, owned by the demo. */
static const char *
demo_uuid (Demo *demo)
{
  guint32 words[4];
  char text[37];

  for (guint i = 0; i < 4; i++)
    words[i] = g_rand_int (demo->rand);

  words[1] = (words[1] & 0xffff0fffu) | 0x00004000u;
  words[2] = (words[2] & 0x3fffffffu) | 0x80000000u;

  g_snprintf (text, sizeof text, "%08x-%04x-%04x-%04x-%04x%08x",
              words[0], words[1] >> 16, words[1] & 0xffff, words[2] >> 16, words[2] & 0xffff,
              words[3]);

  return g_string_chunk_insert (demo->strings, text);
}

static GDateTime *
at (GDateTime *day,
    int        hour,
    int        minute)
{
  return g_date_time_add_full (day, 0, 0, 0, hour, minute, 0);
}

/* Every draw is its own statement: the order of evaluation of a call's
 * arguments is unspecified, and the output must not depend on the compiler. */
static GDateTime *
random_time (Demo      *demo,
             GDateTime *day,
             int        first_hour,
             int        last_hour)
{
  int hour = g_rand_int_range (demo->rand, first_hour, last_hour + 1);
  int minute = g_rand_int_range (demo->rand, 0, 60);

  return at (day, hour, minute);
}

static const char *
either_partner (Demo *demo)
{
  return chance (demo, 0.5) ? demo->alex : demo->sam;
}

static const char *
maybe (Demo       *demo,
       double      probability,
       const char *text)
{
  return chance (demo, probability) ? text : NULL;
}

/* One to three feelings, pleasant or not as the moment is. */
static char **
feelings (Demo     *demo,
          gboolean  pleasant)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n = g_rand_int_range (demo->rand, 1, 4);
  const char *chosen[3] = { NULL, };

  for (guint i = 0; i < n; i++)
    {
      const DemoFeeling *feeling;

      /* Mostly in tune with the moment, sometimes mixed. */
      do
        feeling = &demo_feelings[g_rand_int_range (demo->rand, 0, G_N_ELEMENTS (demo_feelings))];
      while (feeling->pleasant != (chance (demo, 0.85) ? pleasant : !pleasant));

      if (g_strv_contains (chosen, feeling->id))
        continue;

      chosen[i] = feeling->id;
      g_strv_builder_add (builder, feeling->id);
    }

  return g_strv_builder_end (builder);
}

static char *
sentence (Demo *demo)
{
  const char *opener = PICK (demo, openers);
  const char *happening = PICK (demo, happenings);
  const char *reflection = PICK (demo, reflections);

  return g_strdup_printf ("%s %s. %s", opener, happening, reflection);
}

static void
add_checkin (Demo       *demo,
             GDateTime  *day,
             const char *author,
             gboolean    partner_answered)
{
  static const CandorCheckinKind kinds[] = {
    CANDOR_CHECKIN_KIND_APPRECIATION, CANDOR_CHECKIN_KIND_APPRECIATION,
    CANDOR_CHECKIN_KIND_APPRECIATION, CANDOR_CHECKIN_KIND_APPRECIATION,
    CANDOR_CHECKIN_KIND_WORRY, CANDOR_CHECKIN_KIND_WORRY, CANDOR_CHECKIN_KIND_NEED,
    CANDOR_CHECKIN_KIND_NEED, CANDOR_CHECKIN_KIND_REGRET, CANDOR_CHECKIN_KIND_OTHER,
  };
  CandorCheckinKind kind = kinds[g_rand_int_range (demo->rand, 0, G_N_ELEMENTS (kinds))];
  g_autoptr(GDateTime) created = random_time (demo, day, 7, 22);
  g_auto(GStrv) named = feelings (demo, kind == CANDOR_CHECKIN_KIND_APPRECIATION);
  g_autofree char *text = sentence (demo);
  const char *when = PICK (demo, when_fragments);
  const char *need = kind == CANDOR_CHECKIN_KIND_NEED ? PICK (demo, need_fragments) : NULL;
  gboolean shared = chance (demo, 0.9);
  g_autoptr(CandorCheckin) checkin = NULL;

  checkin = g_object_new (CANDOR_TYPE_CHECKIN,
                          "id", demo_uuid (demo),
                          "created", created,
                          "modified", created,
                          "author-id", author,
                          "date", day,
                          "kind", kind,
                          "feelings", named,
                          "when", when,
                          "need", need,
                          "text", text,
                          "shared", shared,
                          "revealed", shared && partner_answered,
                          NULL);
  candor_journal_add_checkin (demo->journal, checkin);
}

static void
add_interaction (Demo                  *demo,
                 GDateTime             *day,
                 const char            *person,
                 CandorInteractionKind  kind,
                 gboolean               meaningful)
{
  g_autoptr(GDateTime) when = random_time (demo, day, 7, 22);
  g_autoptr(CandorInteraction) interaction = NULL;
  const char *note;

  if (kind == CANDOR_INTERACTION_KIND_POSITIVE)
    note = PICK (demo, positive_notes);
  else if (kind == CANDOR_INTERACTION_KIND_CORRECTIVE)
    note = PICK (demo, corrective_notes);
  else
    note = PICK (demo, bid_notes);

  note = maybe (demo, 0.6, note);
  interaction = g_object_new (CANDOR_TYPE_INTERACTION,
                              "id", demo_uuid (demo),
                              "created", when,
                              "modified", when,
                              "person-id", person,
                              "date", when,
                              "kind", kind,
                              "note", note,
                              "meaningful-chat", meaningful,
                              NULL);
  candor_journal_add_interaction (demo->journal, interaction);
}

static void
add_interactions (Demo      *demo,
                  GDateTime *day)
{
  guint bids = g_rand_int_range (demo->rand, 1, 5);
  guint positives = g_rand_int_range (demo->rand, 1, 5);

  for (guint i = 0; i < bids; i++)
    {
      double roll = g_rand_double (demo->rand);
      CandorInteractionKind kind = roll < 0.8 ? CANDOR_INTERACTION_KIND_BID_TOWARD
                                 : roll < 0.95 ? CANDOR_INTERACTION_KIND_BID_AWAY
                                 : CANDOR_INTERACTION_KIND_BID_AGAINST;

      const char *person = either_partner (demo);
      /* About five meaningful chats a month: inside the 4–6 band. */
      gboolean meaningful = kind == CANDOR_INTERACTION_KIND_BID_TOWARD && chance (demo, 0.07);

      add_interaction (demo, day, person, kind, meaningful);
    }

  for (guint i = 0; i < positives; i++)
    add_interaction (demo, day, either_partner (demo), CANDOR_INTERACTION_KIND_POSITIVE, FALSE);

  /* 2.5 positive moments a day against about one corrective every two days: 5:1. */
  if (chance (demo, 0.5))
    add_interaction (demo, day, either_partner (demo), CANDOR_INTERACTION_KIND_CORRECTIVE, FALSE);
}

/* Three questions, none asked in this person's last six checks. */
static void
choose_questions (Demo        *demo,
                  guint        who,
                  const char **ids,
                  const char **texts)
{
  GPtrArray *recent = demo->recent[who];

  for (guint q = 0; q < 4; q++)
    ids[q] = texts[q] = NULL;

  for (guint q = 0; q < 3; q++)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (question_pool));
      g_autoptr(CandorQuestion) question = NULL;

      do
        {
          g_clear_object (&question);
          question = g_list_model_get_item (G_LIST_MODEL (question_pool),
                                            g_rand_int_range (demo->rand, 0, n));
        }
      while (g_ptr_array_find_with_equal_func (recent, candor_question_get_id (question),
                                               g_str_equal, NULL) ||
             g_strv_contains (ids, candor_question_get_id (question)));

      /* The pool outlives the run, and with it these strings. */
      ids[q] = candor_question_get_id (question);
      texts[q] = candor_question_get_text (question);
    }

  for (guint q = 0; q < 3; q++)
    g_ptr_array_insert (recent, 0, (gpointer) ids[q]);
  if (recent->len > 18)
    g_ptr_array_set_size (recent, 18);
}

static void
add_commitments (Demo        *demo,
                 CandorCheck *check,
                 GDateTime   *day,
                 GDateTime   *end)
{
  guint n = g_rand_int_range (demo->rand, 1, 3);

  for (guint i = 0; i < n; i++)
    {
      const char *who = either_partner (demo);
      const char *text = PICK (demo, commitment_texts);
      g_autoptr(GDateTime) created = at (day, 21, 5 + i);
      int due_days = g_rand_int_range (demo->rand, 3, CANDOR_COMMITMENT_DEFAULT_DAYS + 1);
      g_autoptr(GDateTime) due = g_date_time_add_days (day, due_days);
      g_autoptr(GDateTime) done = NULL;
      g_autoptr(GDateTime) modified = NULL;
      g_autoptr(CandorCommitment) commitment = NULL;
      double roll = g_rand_double (demo->rand);

      /* Most are kept by their due day, a few late, a few let go. */
      if (roll < 0.8)
        done = g_date_time_add_days (day, g_rand_int_range (demo->rand, 1, due_days + 1));
      else if (roll < 0.9)
        done = g_date_time_add_days (day, g_rand_int_range (demo->rand, due_days + 1, 15));

      if (done != NULL && g_date_time_compare (done, end) > 0)
        g_clear_pointer (&done, g_date_time_unref);

      modified = done != NULL ? at (done, 20, 0) : g_date_time_ref (created);

      commitment = g_object_new (CANDOR_TYPE_COMMITMENT,
                                 "id", demo_uuid (demo),
                                 "created", created,
                                 "modified", modified,
                                 "person-id", who,
                                 "check-id", candor_entry_get_id (CANDOR_ENTRY (check)),
                                 "text", text,
                                 "due", due,
                                 "done", done,
                                 NULL);
      candor_journal_add_commitment (demo->journal, commitment);
    }
}

static void
add_check (Demo       *demo,
           GDateTime  *day,
           guint       who,
           GDateTime  *end)
{
  const char *person = who == 2 ? demo->jordan : demo->sam;
  int hour = g_rand_int_range (demo->rand, 18, 21);
  int minute = chance (demo, 0.5) ? 0 : 30;
  g_autoptr(GDateTime) start = at (day, hour, minute);
  g_autoptr(GDateTime) created = g_date_time_add_days (start, -g_rand_int_range (demo->rand, 2, 9));
  g_autoptr(GDateTime) modified = NULL;
  g_autoptr(CandorCheck) check = NULL;
  g_autofree char *story = NULL;
  g_autofree char *follow_up = NULL;
  g_autofree char *notes = NULL;
  const char *appreciation = NULL;
  const char *ids[4], *texts[4];
  gboolean future = g_date_time_compare (day, end) > 0;
  gboolean both_disclosed = FALSE;
  gboolean follow_up_sent = FALSE;
  guint duration;
  gboolean private;
  CandorCheckStatus status;

  choose_questions (demo, who, ids, texts);

  if (future)
    status = CANDOR_CHECK_STATUS_SCHEDULED;
  else
    status = chance (demo, 0.88) ? CANDOR_CHECK_STATUS_HELD : CANDOR_CHECK_STATUS_SKIPPED;

  if (status == CANDOR_CHECK_STATUS_HELD)
    {
      const DemoFeeling *feeling = &demo_feelings[g_rand_int_range (demo->rand, 0,
                                                                    G_N_ELEMENTS (demo_feelings))];
      const char *happening = PICK (demo, happenings);
      const char *reflection = PICK (demo, reflections);
      g_autofree char *action = g_ascii_strdown (PICK (demo, commitment_texts), -1);
      const char *question = texts[g_rand_int_range (demo->rand, 0, 3)];

      story = g_strdup_printf ("I felt %s when %s; that taught me %s", feeling->id,
                               happening, reflection);
      if (chance (demo, 0.8))
        follow_up = g_strdup_printf ("I loved tonight's talk. Let's %s. %s", action, question);
      follow_up_sent = follow_up != NULL && chance (demo, 0.7);
      if (chance (demo, 0.5))
        notes = sentence (demo);
      appreciation = PICK (demo, appreciations);
      both_disclosed = chance (demo, 0.7);
      modified = g_date_time_add_minutes (start, 40);
    }
  else
    {
      modified = g_date_time_ref (future ? created : start);
    }

  duration = chance (demo, 0.8) ? 30 : 45;
  private = chance (demo, 0.9);
  check = g_object_new (CANDOR_TYPE_CHECK,
                        "id", demo_uuid (demo),
                        "created", created,
                        "modified", modified,
                        "person-id", person,
                        "start", start,
                        "duration", duration,
                        "status", status,
                        "question-ids", ids,
                        "question-texts", texts,
                        "private", private,
                        "notes", notes,
                        "appreciation", appreciation,
                        "story", story,
                        "both-disclosed", both_disclosed,
                        "follow-up", follow_up,
                        "follow-up-sent", follow_up_sent,
                        NULL);
  candor_journal_add_check (demo->journal, check);

  if (status == CANDOR_CHECK_STATUS_HELD)
    add_commitments (demo, check, day, end);
}

static void
add_exercise (Demo               *demo,
              GDateTime          *day,
              CandorExerciseKind  kind,
              int                 hour)
{
  g_autoptr(GDateTime) start = random_time (demo, day, hour, hour);
  g_autoptr(GDateTime) modified = NULL;
  const char *started_by;
  const char *note;
  g_autoptr(CandorExercise) exercise = NULL;
  g_auto(GStrv) named = feelings (demo, kind != CANDOR_EXERCISE_KIND_TIME_OUT);
  g_autofree char *text = NULL;
  guint duration;

  switch (kind)
    {
    case CANDOR_EXERCISE_KIND_VULNERABILITY:
      duration = 600 + g_rand_int_range (demo->rand, 0, 120);
      text = g_strdup_printf ("I'm afraid of %s.", PICK (demo, fears));
      break;

    case CANDOR_EXERCISE_KIND_TIME_OUT:
      duration = 1200 + g_rand_int_range (demo->rand, 0, 900);
      break;

    case CANDOR_EXERCISE_KIND_TENSION_SCRIPT:
      duration = 300;
      text = g_strdup_printf ("I felt %s when %s. Can we talk about what happened and agree "
                              "one next step?", named[0], PICK (demo, when_fragments));
      break;

    case CANDOR_EXERCISE_KIND_RITUAL_NIGHTLY:
      {
        g_autofree char *moment = g_ascii_strdown (PICK (demo, positive_notes), -1);

        duration = 180 + g_rand_int_range (demo->rand, 0, 240);
        text = g_strdup_printf ("Grateful for: %s", moment);
      }
      break;

    case CANDOR_EXERCISE_KIND_RITUAL_WEEKLY:
    case CANDOR_EXERCISE_KIND_RITUAL_MONTHLY:
    default:
      duration = 900 + g_rand_int_range (demo->rand, 0, 1800);
      text = sentence (demo);
      break;
    }

  modified = g_date_time_add_seconds (start, duration);
  started_by = either_partner (demo);
  note = maybe (demo, 0.3, PICK (demo, reflections));
  exercise = g_object_new (CANDOR_TYPE_EXERCISE,
                           "id", demo_uuid (demo),
                           "created", start,
                           "modified", modified,
                           "kind", kind,
                           "start", start,
                           "duration", duration,
                           "started-by", started_by,
                           "note", note,
                           "feelings", named,
                           "text", text,
                           NULL);
  candor_journal_add_exercise (demo->journal, exercise);
}

static void
add_feeling_note (Demo      *demo,
                  GDateTime *day)
{
  g_autoptr(GDateTime) when = random_time (demo, day, 7, 22);
  gboolean pleasant = chance (demo, 0.55);
  g_auto(GStrv) named = feelings (demo, pleasant);
  const char *person = either_partner (demo);
  const char *text = maybe (demo, 0.5, PICK (demo, happenings));
  g_autoptr(CandorFeelingNote) note = NULL;

  note = g_object_new (CANDOR_TYPE_FEELING_NOTE,
                       "id", demo_uuid (demo),
                       "created", when,
                       "modified", when,
                       "person-id", person,
                       "date", when,
                       "feelings", named,
                       "note", text,
                       NULL);
  candor_journal_add_feeling_note (demo->journal, note);
}

static void
add_reassessment (Demo      *demo,
                  GDateTime *day)
{
  g_autoptr(GDateTime) created = at (day, 20, 0);
  g_autoptr(CandorReassessment) reassessment = NULL;
  guint rating = g_rand_int_range (demo->rand, 3, 6);
  const char *note = maybe (demo, 0.6, PICK (demo, reflections));
  double roll = g_rand_double (demo->rand);
  gboolean deeper = chance (demo, 0.3);

  reassessment = g_object_new (CANDOR_TYPE_REASSESSMENT,
                               "id", demo_uuid (demo),
                               "created", created,
                               "modified", created,
                               "date", day,
                               "rating", rating,
                               "note", note,
                               "cadence-change", roll < 0.75 ? CANDOR_CADENCE_CHANGE_SAME
                                               : roll < 0.9 ? CANDOR_CADENCE_CHANGE_MORE
                                               : CANDOR_CADENCE_CHANGE_FEWER,
                               "depth-change", deeper ? CANDOR_DEPTH_CHANGE_DEEPER
                                                      : CANDOR_DEPTH_CHANGE_SAME,
                               NULL);
  candor_journal_add_reassessment (demo->journal, reassessment);
}

static const char *
add_person (Demo               *demo,
            GDateTime          *created,
            const char         *name,
            CandorRelationship  relationship,
            const char         *color,
            guint               cadence,
            gboolean            is_me)
{
  g_autoptr(CandorPerson) person = g_object_new (CANDOR_TYPE_PERSON,
                                                 "id", demo_uuid (demo),
                                                 "created", created,
                                                 "modified", created,
                                                 "name", name,
                                                 "relationship", relationship,
                                                 "color", color,
                                                 "cadence", cadence,
                                                 "is-me", is_me,
                                                 NULL);

  candor_journal_add_person (demo->journal, person);

  return candor_entry_get_id (CANDOR_ENTRY (person));
}

static void
set_up_settings (Demo      *demo,
                 GDateTime *start)
{
  CandorSettings *settings = candor_journal_get_settings (demo->journal);
  g_autoptr(GDateTime) agreed = g_date_time_add_days (start, 10);
  g_autoptr(GDateTime) modified = at (agreed, 21, 0);

  /* One batch that sets "modified" itself, so nothing reads the clock. */
  g_object_freeze_notify (G_OBJECT (settings));
  candor_settings_set_conflict_rules (settings, conflict_rules);
  candor_settings_set_conflict_rules_agreed (settings, agreed);
  candor_settings_set_ritual_weekly_enabled (settings, TRUE);
  candor_settings_set_ritual_nightly_enabled (settings, TRUE);
  candor_settings_set_ritual_monthly_enabled (settings, TRUE);
  candor_settings_set_first_weekday (settings, 1);

  for (guint who = 0; who < 3; who++)
    {
      const char *person = who == 0 ? demo->alex : who == 1 ? demo->sam : demo->jordan;

      if (demo->recent[who]->len == 0)
        continue;

      g_ptr_array_add (demo->recent[who], NULL);
      candor_settings_note_questions_used (settings, person,
                                           (const char * const *) demo->recent[who]->pdata);
      g_ptr_array_set_size (demo->recent[who], demo->recent[who]->len - 1);
    }

  candor_entry_set_modified (CANDOR_ENTRY (settings), modified);
  g_object_thaw_notify (G_OBJECT (settings));
}

/* The feelings named with each journaling answer below. */
static const char * const growth_feelings[][4] = {
  { "tired", "tender", "relieved" },
  { "calm", "worried", NULL },
  { "frustrated", "content", NULL },
  { "proud", "relieved", NULL },
};

/* Growth journal answers, by kind: journaling, self-compassion, pattern. */
static const char * const growth_answers[][4] = {
  { "Tired and a little tender after a long week; relieved once we talked over dinner.",
    "Mostly calm. A flash of worry about money in the afternoon that passed when I named it.",
    "Restless, then content. The walk helped more than scrolling did.",
    "Proud of myself for asking for help instead of doing it all alone." },
  { "I snapped this morning. I was tired, not cruel, and I said sorry. That counts.",
    "I forgot the appointment. Anyone juggling this much would drop something.",
    "I keep expecting to get this perfect. Getting it a bit better is enough.",
    "I was kinder to a colleague than to myself today. Trying to even that out." },
  { "When plans change at the last minute I go quiet instead of saying I'm disappointed.",
    "I pick fights about the dishes when I'm really worried about work.",
    "After a hard call with family I need an hour before I can be close again.",
    "I say \"fine\" when I mean \"not yet\". Next time: say it in one sentence." },
};

/* Boundaries of one person: the first shared and acknowledged, the second revised
 * (its first wording kept in the history, not read again yet), the third private. */
typedef struct
{
  const char *text;
  const char *first_wording;
} DemoBoundary;

static const DemoBoundary demo_boundaries[2][3] = {
  { { "I need an hour to myself after work before we plan anything.", NULL },
    { "No phones at dinner, unless one of us is on call.", "No phones at dinner." },
    { "I don't discuss my salary with your parents.", NULL } },
  { { "Please ask me before posting photos of me online.", NULL },
    { "When I ask for a break, I come back within the hour to finish the talk.",
      "When I ask for a break, please let me go." },
    { "I'm allowed to say no to weekend plans when I'm worn out.", NULL } },
};

static void
add_boundaries (Demo      *demo,
                GDateTime *start,
                GDateTime *end)
{
  for (guint who = 0; who < 2; who++)
    {
      const char *person = who == 0 ? demo->alex : demo->sam;
      const char *partner = who == 0 ? demo->sam : demo->alex;

      for (guint i = 0; i < G_N_ELEMENTS (demo_boundaries[who]); i++)
        {
          const DemoBoundary *spec = &demo_boundaries[who][i];
          g_autoptr(GDateTime) day = g_date_time_add_days (start, 20 + 45 * i + 9 * who);
          g_autoptr(GDateTime) written = random_time (demo, day, 19, 22);
          g_autoptr(GDateTime) shared = g_date_time_add_minutes (written, 30);
          g_autoptr(GDateTime) read = g_date_time_add_days (shared, 1);
          g_autoptr(GDateTime) revised_day = g_date_time_add_days (end, -12 - 5 * who);
          g_autoptr(GDateTime) revised = at (revised_day, 21, 15);
          g_autoptr(CandorBoundary) boundary = NULL;
          GDateTime *modified = read;

          boundary = g_object_new (CANDOR_TYPE_BOUNDARY,
                                   "id", demo_uuid (demo),
                                   "created", written,
                                   "modified", written,
                                   "person-id", person,
                                   "text", spec->first_wording != NULL ? spec->first_wording
                                                                       : spec->text,
                                   "revised", written,
                                   NULL);

          /* One batch that sets "modified" itself, so nothing reads the clock. */
          g_object_freeze_notify (G_OBJECT (boundary));
          if (i < 2)
            {
              candor_boundary_set_shared (boundary, shared);
              candor_boundary_acknowledge (boundary, partner, read);
            }
          if (spec->first_wording != NULL)
            {
              candor_boundary_revise (boundary, spec->text, revised);
              modified = revised;
            }
          else if (i == 2)
            {
              modified = written;
            }
          candor_entry_set_modified (CANDOR_ENTRY (boundary), modified);
          g_object_thaw_notify (G_OBJECT (boundary));

          candor_journal_add_boundary (demo->journal, boundary);
        }
    }
}

static void
add_growth_entries (Demo      *demo,
                    GDateTime *end)
{
  static const CandorPromptKind prompt_kinds[] = {
    CANDOR_PROMPT_KIND_JOURNALING,
    CANDOR_PROMPT_KIND_SELF_COMPASSION,
    CANDOR_PROMPT_KIND_PATTERN,
  };
  static const CandorGrowthKind order[] = {
    CANDOR_GROWTH_KIND_JOURNALING,
    CANDOR_GROWTH_KIND_PATTERN,
    CANDOR_GROWTH_KIND_SELF_COMPASSION,
    CANDOR_GROWTH_KIND_JOURNALING,
  };
  g_autoptr(CandorPromptPool) pool = candor_prompt_pool_new ();

  for (guint who = 0; who < 2; who++)
    {
      const char *person = who == 0 ? demo->alex : demo->sam;

      for (guint i = 0; i < G_N_ELEMENTS (order); i++)
        {
          CandorGrowthKind kind = order[i];
          g_autoptr(GPtrArray) prompts = candor_prompt_pool_list (pool, prompt_kinds[kind]);
          g_autoptr(GDateTime) day = g_date_time_add_days (end, -3 - 10 * i - 2 * who);
          g_autoptr(GDateTime) when = random_time (demo, day, 20, 23);
          g_autoptr(CandorGrowthEntry) entry = NULL;
          guint answer = (i + 2 * who) % G_N_ELEMENTS (growth_answers[kind]);
          const char *text = growth_answers[kind][answer];
          const char * const *named = NULL;
          const char *prompt_id = NULL;

          /* Most answer a prompt; the last is free writing. */
          if (i + 1 < G_N_ELEMENTS (order) && prompts->len > 0)
            prompt_id = candor_prompt_get_id (g_ptr_array_index (prompts,
                                                                 g_rand_int_range (demo->rand, 0,
                                                                                   prompts->len)));
          if (kind == CANDOR_GROWTH_KIND_JOURNALING)
            named = growth_feelings[answer];

          entry = g_object_new (CANDOR_TYPE_GROWTH_ENTRY,
                                "id", demo_uuid (demo),
                                "created", when,
                                "modified", when,
                                "person-id", person,
                                "kind", kind,
                                "date", when,
                                "prompt-id", prompt_id,
                                "text", text,
                                "feelings", named,
                                NULL);
          candor_journal_add_growth_entry (demo->journal, entry);
        }
    }
}

/* The rest of this month and all of the next are planned, on the usual days, so that
 * the Checks page and the reminders have something coming. */
static void
add_coming_checks (Demo      *demo,
                   GDateTime *end)
{
  g_autoptr(GDateTime) planned = g_date_time_add_days (end, 4);
  g_autoptr(GDateTime) next_month = g_date_time_add_months (end, 1);
  g_autoptr(GDateTime) last = NULL;
  g_autoptr(GDateTime) day = g_date_time_add_days (end, 1);
  int year, month;

  g_date_time_get_ymd (next_month, &year, &month, NULL);
  last = candor_day_new (year, month, g_date_get_days_in_month (month, year));

  while (g_date_time_compare (day, last) <= 0)
    {
      GDateTime *next;
      int day_of_month = g_date_time_get_day_of_month (day);

      /* The partner's check four days out stands in for a usual day close to it. */
      if ((day_of_month == 5 || day_of_month == 19) &&
          ABS (g_date_time_difference (day, planned)) >= 7 * G_TIME_SPAN_DAY)
        add_check (demo, day, 1, end);
      if (day_of_month == 12)
        add_check (demo, day, 2, end);

      next = g_date_time_add_days (day, 1);
      g_date_time_unref (day);
      day = next;
    }
}

static void
generate (Demo      *demo,
          GDateTime *start,
          GDateTime *end)
{
  g_autoptr(GDateTime) before = g_date_time_add_days (start, -1);
  g_autoptr(GDateTime) people_created = at (before, 20, 0);
  g_autoptr(GDateTime) day = g_date_time_ref (start);
  g_autoptr(GDateTime) scheduled = NULL;
  guint n_days = 0;

  demo->alex = add_person (demo, people_created, "Alex", CANDOR_RELATIONSHIP_PARTNER,
                           "#3584e4", 2, TRUE);
  demo->sam = add_person (demo, people_created, "Sam", CANDOR_RELATIONSHIP_PARTNER,
                          "#e66100", 2, FALSE);
  demo->jordan = add_person (demo, people_created, "Jordan", CANDOR_RELATIONSHIP_FRIEND,
                             "#26a269", 1, FALSE);

  while (g_date_time_compare (day, end) <= 0)
    {
      GDateTime *next;
      int day_of_month = g_date_time_get_day_of_month (day);
      gboolean alex_answers = chance (demo, 0.85);
      gboolean sam_answers = chance (demo, 0.8);

      if (alex_answers)
        add_checkin (demo, day, demo->alex, sam_answers);
      if (sam_answers)
        add_checkin (demo, day, demo->sam, alex_answers);

      add_interactions (demo, day);

      /* Two Connection Checks a month with the partner, one with the friend. */
      if (day_of_month == 5 || day_of_month == 19)
        add_check (demo, day, 1, end);
      if (day_of_month == 12)
        add_check (demo, day, 2, end);

      if (chance (demo, 0.4))
        add_exercise (demo, day, CANDOR_EXERCISE_KIND_RITUAL_NIGHTLY, 22);
      if (g_date_time_get_day_of_week (day) == 7 && chance (demo, 0.7))
        add_exercise (demo, day, CANDOR_EXERCISE_KIND_RITUAL_WEEKLY, 19);
      if (day_of_month == 1 && chance (demo, 0.8))
        add_exercise (demo, day, CANDOR_EXERCISE_KIND_RITUAL_MONTHLY, 19);
      if (chance (demo, 1.0 / 21))
        add_exercise (demo, day, CANDOR_EXERCISE_KIND_VULNERABILITY, 20);
      if (chance (demo, 1.0 / 30))
        add_exercise (demo, day, CANDOR_EXERCISE_KIND_TIME_OUT, 21);
      if (chance (demo, 1.0 / 30))
        add_exercise (demo, day, CANDOR_EXERCISE_KIND_TENSION_SCRIPT, 21);

      if (chance (demo, 2.0 / 7))
        add_feeling_note (demo, day);

      if (n_days > 0 && n_days % (7 * CANDOR_REASSESSMENT_WEEKS) == 0)
        add_reassessment (demo, day);

      n_days++;
      next = g_date_time_add_days (day, 1);
      g_date_time_unref (day);
      day = next;
    }

  /* The next check is already planned. */
  scheduled = g_date_time_add_days (end, 4);
  add_check (demo, scheduled, 1, end);

  /* Drawn after everything else, so the rest stays as it was for a seed. */
  add_boundaries (demo, start, end);
  add_growth_entries (demo, end);
  add_coming_checks (demo, end);

  set_up_settings (demo, start);
}

static GDateTime *
parse_day (const char *text)
{
  int year, month, day;
  char tail;

  if (sscanf (text, "%4d-%2d-%2d%c", &year, &month, &day, &tail) != 3)
    return NULL;

  return candor_day_new (year, month, day);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) start_minus = NULL;
  g_autoptr(JsonNode) document = NULL;
  g_autofree char *end_text = NULL;
  g_autofree char *output = NULL;
  g_autofree char *data = NULL;
  gboolean pretty = FALSE;
  int years = 1;
  gint64 seed = 1;
  gsize length;
  Demo demo = { 0, };
  GOptionEntry entries[] = {
    { "years", 0, 0, G_OPTION_ARG_INT, &years, "Years of activity (1 to 100)", "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, "Seed of the generator", "S" },
    { "end", 0, 0, G_OPTION_ARG_STRING, &end_text, "Last day (default: today)", "YYYY-MM-DD" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Where to write (- for stdout)", "FILE" },
    { "pretty", 0, 0, G_OPTION_ARG_NONE, &pretty, "Indent the JSON", NULL },
    { NULL }
  };

  setlocale (LC_ALL, "");
  question_pool = candor_question_pool_new ();

  context = g_option_context_new ("— write a demo journal to import");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  if (output == NULL || years < 1 || years > 100)
    {
      g_printerr ("Usage: candor-demo-data --years=N --seed=S [--end=YYYY-MM-DD] --output=FILE\n");
      return 2;
    }

  if (end_text != NULL)
    {
      end = parse_day (end_text);
      if (end == NULL)
        {
          g_printerr ("Not a date: %s\n", end_text);
          return 2;
        }
    }
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      end = candor_day_from_date_time (now);
    }

  start_minus = g_date_time_add_years (end, -years);
  start = g_date_time_add_days (start_minus, 1);

  demo.rand = g_rand_new_with_seed ((guint32) seed);
  demo.strings = g_string_chunk_new (4096);
  demo.journal = candor_journal_new ();
  for (guint i = 0; i < G_N_ELEMENTS (demo.recent); i++)
    demo.recent[i] = g_ptr_array_new ();

  generate (&demo, start, end);

  document = candor_journal_to_document (demo.journal);
  data = candor_json_to_data (document, pretty, &length);

  if (g_strcmp0 (output, "-") == 0)
    {
      fwrite (data, 1, length, stdout);
    }
  else if (!g_file_set_contents (output, data, length, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  for (guint i = 0; i < G_N_ELEMENTS (demo.recent); i++)
    g_ptr_array_unref (demo.recent[i]);
  g_object_unref (demo.journal);
  g_string_chunk_free (demo.strings);
  g_rand_free (demo.rand);

  return 0;
}
