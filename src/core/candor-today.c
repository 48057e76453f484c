/* candor-today.c — today's check-ins: who answers, what shows, how the sentence reads
 *
 * "Answer, then reveal": on one desktop, the first person writes while the second
 * person's answer is hidden, then the second writes, and both show together. The
 * check-in's "revealed" flag records that moment, so reopening the app keeps it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "candor-today.h"
#include "candor-vocabulary.h"

/* Days without a check-in after which the page says welcome back. */
#define WELCOME_BACK_DAYS 2

static gboolean
person_is_active (CandorPerson *person)
{
  return !candor_person_get_archived (person);
}

/**
 * candor_today_pick_people:
 * @journal: a journal
 * @first: (out) (transfer none) (nullable): the person who answers first ("me")
 * @second: (out) (transfer none) (nullable): the partner, or else a friend
 *
 * Picks the two people whose check-ins the Today page shows: the person marked as
 * "me" and the first partner, or a friend or anyone else when there is no partner.
 * Without a "me", the first two people. Either may be %NULL.
 */
void
candor_today_pick_people (CandorJournal  *journal,
                          CandorPerson  **first,
                          CandorPerson  **second)
{
  GListModel *people;
  CandorPerson *me;
  CandorPerson *best = NULL;
  int best_rank = G_MAXINT;

  g_return_if_fail (CANDOR_IS_JOURNAL (journal));
  g_return_if_fail (first != NULL && second != NULL);

  people = candor_journal_get_people (journal);
  me = candor_journal_get_me (journal);

  if (me == NULL)
    {
      /* Without a "me", the first active person answers first. */
      for (guint i = 0; i < g_list_model_get_n_items (people); i++)
        {
          g_autoptr(CandorPerson) person = g_list_model_get_item (people, i);

          if (person_is_active (person))
            {
              me = person;
              break;
            }
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(CandorPerson) person = g_list_model_get_item (people, i);
      int rank = candor_person_get_relationship (person);

      if (person == me || !person_is_active (person))
        continue;

      /* The enum is ordered partner, friend, family, other: the lowest wins. */
      if (rank < best_rank)
        {
          best = person;
          best_rank = rank;
        }
    }

  *first = me;
  *second = best;
}

/**
 * candor_today_find_checkin:
 * @checkins: the journal's check-ins, sorted by date
 * @author_id: whose
 * @day: a calendar day (see candor_day_new())
 *
 * Returns: (transfer none) (nullable): @author_id's last check-in on @day
 */
CandorCheckin *
candor_today_find_checkin (GListModel *checkins,
                           const char *author_id,
                           GDateTime  *day)
{
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (checkins), NULL);
  g_return_val_if_fail (day != NULL, NULL);

  if (author_id == NULL)
    return NULL;

  /* Sorted by date: walk back from the newest, stop before the day. */
  n = g_list_model_get_n_items (checkins);
  for (guint i = n; i > 0; i--)
    {
      g_autoptr(CandorCheckin) checkin = g_list_model_get_item (checkins, i - 1);
      int cmp = g_date_time_compare (candor_checkin_get_date (checkin), day);

      if (cmp < 0)
        break;
      if (cmp == 0 && g_strcmp0 (candor_checkin_get_author_id (checkin), author_id) == 0)
        return checkin;
    }

  return NULL;
}

/**
 * candor_today_get_state:
 * @checkin: (nullable): someone's check-in of the day
 * @has_other: whether there is a second person to wait for
 */
CandorTodayState
candor_today_get_state (CandorCheckin *checkin,
                        gboolean       has_other)
{
  g_return_val_if_fail (checkin == NULL || CANDOR_IS_CHECKIN (checkin),
                        CANDOR_TODAY_STATE_UNANSWERED);

  if (checkin == NULL)
    return CANDOR_TODAY_STATE_UNANSWERED;
  if (!has_other || candor_checkin_get_revealed (checkin))
    return CANDOR_TODAY_STATE_SHOWN;
  return CANDOR_TODAY_STATE_HIDDEN;
}

/**
 * candor_today_reveal:
 * @first: (nullable): a check-in
 * @second: (nullable): another
 *
 * Shows both now, whether or not both answered ("reveal early").
 */
void
candor_today_reveal (CandorCheckin *first,
                     CandorCheckin *second)
{
  if (first != NULL && !candor_checkin_get_revealed (first))
    candor_checkin_set_revealed (first, TRUE);
  if (second != NULL && !candor_checkin_get_revealed (second))
    candor_checkin_set_revealed (second, TRUE);
}

/**
 * candor_today_reveal_if_ready:
 * @first: (nullable): the first person's check-in of the day
 * @second: (nullable): the second person's
 *
 * Once both answered, marks both revealed.
 *
 * Returns: whether this call revealed anything
 */
gboolean
candor_today_reveal_if_ready (CandorCheckin *first,
                              CandorCheckin *second)
{
  if (first == NULL || second == NULL)
    return FALSE;
  if (candor_checkin_get_revealed (first) && candor_checkin_get_revealed (second))
    return FALSE;

  candor_today_reveal (first, second);
  return TRUE;
}

/**
 * candor_today_join_labels:
 * @labels: (array zero-terminated=1): feeling words
 *
 * Returns: (transfer full): "calm", "calm and hopeful", "calm, hopeful and tired"
 */
char *
candor_today_join_labels (const char * const *labels)
{
  guint n = labels != NULL ? g_strv_length ((char **)labels) : 0;
  g_autofree char *joined = NULL;

  if (n == 0)
    return g_strdup ("");
  if (n == 1)
    return g_strdup (labels[0]);

  joined = g_strdup (labels[0]);
  for (guint i = 1; i + 1 < n; i++)
    {
      char *next;

      /* Translators: joins feeling words in a list, "calm, hopeful"; the last two are
       * joined by "%s and %s" */
      next = g_strdup_printf (C_("list", "%s, %s"), joined, labels[i]);
      g_free (joined);
      joined = next;
    }

  /* Translators: joins the last two feeling words in a list, "hopeful and tired" */
  return g_strdup_printf (C_("list", "%s and %s"), joined, labels[n - 1]);
}

/* What someone typed, without the space and full stop the sentence adds itself. */
static char *
clean_part (const char *text)
{
  char *clean;
  gsize len;

  if (text == NULL)
    return NULL;

  clean = g_strstrip (g_strdup (text));
  len = strlen (clean);
  while (len > 0 && (clean[len - 1] == '.' || clean[len - 1] == ' '))
    clean[--len] = '\0';

  if (len == 0)
    g_clear_pointer (&clean, g_free);

  return clean;
}

/**
 * candor_today_build_sentence:
 * @labels: (nullable) (array zero-terminated=1): the feeling words, in order
 * @when: (nullable): what happened ("you asked about my day")
 * @need: (nullable): what would help ("a hug")
 *
 * Builds "I feel ___ when ___, and I need ___." as whole translatable sentences.
 * A part left empty is left out; without feelings, "…" stands in for them.
 *
 * Returns: (transfer full) (nullable): the sentence, or %NULL when all is empty
 */
char *
candor_today_build_sentence (const char * const *labels,
                             const char         *when,
                             const char         *need)
{
  g_autofree char *feelings = candor_today_join_labels (labels);
  g_autofree char *clean_when = clean_part (when);
  g_autofree char *clean_need = clean_part (need);

  if (*feelings == '\0')
    {
      if (clean_when == NULL && clean_need == NULL)
        return NULL;
      g_free (feelings);
      feelings = g_strdup ("…");
    }

  if (clean_when != NULL && clean_need != NULL)
    /* Translators: a check-in: %1$s are feeling words ("calm and hopeful"), %2$s what
     * happened ("you made tea"), %3$s what would help ("ten quiet minutes") */
    return g_strdup_printf (_("I feel %1$s when %2$s, and I need %3$s."),
                            feelings, clean_when, clean_need);
  if (clean_when != NULL)
    /* Translators: a check-in: %1$s are feeling words, %2$s what happened */
    return g_strdup_printf (_("I feel %1$s when %2$s."), feelings, clean_when);
  if (clean_need != NULL)
    /* Translators: a check-in: %1$s are feeling words, %2$s what would help */
    return g_strdup_printf (_("I feel %1$s, and I need %2$s."), feelings, clean_need);

  /* Translators: a check-in: %s are feeling words ("calm and hopeful") */
  return g_strdup_printf (_("I feel %s."), feelings);
}

/**
 * candor_today_dup_checkin_text:
 * @checkin: a check-in
 *
 * Returns: (transfer full): what the check-in says: its own words if it has
 *   them, or else the sentence built from its feelings, "when" and "need"
 */
char *
candor_today_dup_checkin_text (CandorCheckin *checkin)
{
  CandorVocabulary *vocabulary;
  const char * const *ids;
  g_autoptr(GPtrArray) labels = NULL;
  const char *text;
  char *sentence;

  g_return_val_if_fail (CANDOR_IS_CHECKIN (checkin), NULL);

  text = candor_checkin_get_text (checkin);
  if (text != NULL && *text != '\0')
    return g_strdup (text);

  vocabulary = candor_vocabulary_get_default ();
  ids = candor_checkin_get_feelings (checkin);
  labels = g_ptr_array_new ();
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      CandorFeeling *feeling = candor_vocabulary_lookup (vocabulary, ids[i]);

      g_ptr_array_add (labels, (gpointer)(feeling != NULL ? candor_feeling_get_label (feeling)
                                                          : ids[i]));
    }
  g_ptr_array_add (labels, NULL);

  sentence = candor_today_build_sentence ((const char * const *)labels->pdata,
                                          candor_checkin_get_when (checkin),
                                          candor_checkin_get_need (checkin));
  return sentence != NULL ? sentence : g_strdup ("");
}

/**
 * candor_today_kind_label:
 * @kind: a kind of check-in
 *
 * Returns: its name, as the builder's choices show it
 */
const char *
candor_today_kind_label (CandorCheckinKind kind)
{
  switch (kind)
    {
    case CANDOR_CHECKIN_KIND_WORRY:
      /* Translators: a kind of check-in */
      return C_("checkin kind", "A worry");
    case CANDOR_CHECKIN_KIND_REGRET:
      /* Translators: a kind of check-in */
      return C_("checkin kind", "A small regret");
    case CANDOR_CHECKIN_KIND_APPRECIATION:
      /* Translators: a kind of check-in */
      return C_("checkin kind", "An appreciation");
    case CANDOR_CHECKIN_KIND_NEED:
      /* Translators: a kind of check-in */
      return C_("checkin kind", "A need");
    case CANDOR_CHECKIN_KIND_OTHER:
    default:
      /* Translators: a kind of check-in */
      return C_("checkin kind", "Something else");
    }
}

/**
 * candor_today_days_since_last:
 * @checkins: the journal's check-ins, sorted by date
 * @author_id: whose
 * @today: today's calendar day
 *
 * Returns: whole days between @author_id's last check-in up to @today and @today
 *   (0 when there is one today), or -1 when there is none
 */
int
candor_today_days_since_last (GListModel *checkins,
                              const char *author_id,
                              GDateTime  *today)
{
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (checkins), -1);
  g_return_val_if_fail (today != NULL, -1);

  n = g_list_model_get_n_items (checkins);
  for (guint i = n; i > 0; i--)
    {
      g_autoptr(CandorCheckin) checkin = g_list_model_get_item (checkins, i - 1);
      GDateTime *date = candor_checkin_get_date (checkin);

      if (g_date_time_compare (date, today) > 0)
        continue;
      if (g_strcmp0 (candor_checkin_get_author_id (checkin), author_id) != 0)
        continue;

      return (int)(g_date_time_difference (today, date) / G_TIME_SPAN_DAY);
    }

  return -1;
}

/**
 * candor_today_get_welcome:
 * @days_since_last: from candor_today_days_since_last()
 *
 * Returns: (nullable): a welcome-back line, without guilt, after a gap of days;
 *   %NULL when there is no gap (or no check-in yet)
 */
const char *
candor_today_get_welcome (int days_since_last)
{
  if (days_since_last < WELCOME_BACK_DAYS)
    return NULL;

  return _("Welcome back — want to share one thing from today?");
}
