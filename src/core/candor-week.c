/* candor-week.c — one week of the journal, as the printed weekly reflection shows it
 *
 * The week is seven calendar days in one time zone, starting on the first weekday of
 * the journal's settings or, when they leave it to the locale, of LC_TIME. Only shared
 * entries are in it; one person may ask for their own private entries to be included.
 *
 * The few counts it needs (kind vs corrective moments, meaningful chats) are computed
 * here over one week; the Progress metrics (candor-stats) compute the same over longer
 * spans and could later provide them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <langinfo.h>

#include "candor-prompt-pool.h"
#include "candor-stats.h"
#include "candor-week.h"

struct _CandorWeek
{
  GObject     parent_instance;

  GDateTime  *start;   /* 00:00 UTC naming the first day */
  GDateTime  *end;     /* 00:00 UTC naming the last day */

  GPtrArray  *people;          /* CandorPerson */
  GHashTable *checkins;        /* person id → GPtrArray of CandorCheckin */
  GHashTable *feelings;        /* person id → GHashTable feeling id → count */
  GHashTable *feeling_order;   /* person id → GPtrArray of feeling ids, first use first */
  GHashTable *all_feelings;    /* feeling id set */
  guint       n_checkins;
  GPtrArray  *checks_held;     /* CandorCheck */
  GPtrArray  *commitments[CANDOR_WEEK_N_COMMITMENT_STATES];
  GPtrArray  *appreciations;   /* CandorWeekAppreciation */
  guint       n_positive;
  guint       n_corrective;
  guint       n_chats;
  guint       ratio_target;
  GPtrArray  *prompts;         /* CandorPrompt */
};

G_DEFINE_FINAL_TYPE (CandorWeek, candor_week, G_TYPE_OBJECT)

static void
appreciation_free (CandorWeekAppreciation *appreciation)
{
  g_free (appreciation->person_id);
  g_clear_pointer (&appreciation->day, g_date_time_unref);
  g_free (appreciation->text);
  g_free (appreciation);
}

/* The calendar day a moment falls on in @tz, as 00:00 UTC naming that day. */
static GDateTime *
local_day (GDateTime *moment,
           GTimeZone *tz)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (moment, tz);
  int year, month, day;

  g_date_time_get_ymd (local, &year, &month, &day);
  return candor_day_new (year, month, day);
}

static gboolean
day_between (GDateTime *day,
             GDateTime *first,
             GDateTime *last)
{
  return day != NULL && g_date_time_compare (day, first) >= 0 &&
         g_date_time_compare (day, last) <= 0;
}

static gboolean
in_week (CandorWeek *self,
         GDateTime  *day)
{
  return day_between (day, self->start, self->end);
}

static GPtrArray *
list_for (GHashTable *table,
          const char *person_id)
{
  GPtrArray *list = g_hash_table_lookup (table, person_id);

  if (list == NULL)
    {
      list = g_ptr_array_new_with_free_func (g_object_unref);
      g_hash_table_insert (table, g_strdup (person_id), list);
    }
  return list;
}

static void
note_feelings (CandorWeek         *self,
               const char         *person_id,
               const char * const *feelings)
{
  GHashTable *counts;
  GPtrArray *order;

  if (feelings == NULL || feelings[0] == NULL)
    return;

  counts = g_hash_table_lookup (self->feelings, person_id);
  if (counts == NULL)
    {
      counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_hash_table_insert (self->feelings, g_strdup (person_id), counts);
      order = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (self->feeling_order, g_strdup (person_id), order);
    }
  order = g_hash_table_lookup (self->feeling_order, person_id);

  for (guint i = 0; feelings[i] != NULL; i++)
    {
      guint uses = GPOINTER_TO_UINT (g_hash_table_lookup (counts, feelings[i]));

      if (uses == 0)
        g_ptr_array_add (order, g_strdup (feelings[i]));
      g_hash_table_insert (counts, g_strdup (feelings[i]), GUINT_TO_POINTER (uses + 1));
      g_hash_table_add (self->all_feelings, g_strdup (feelings[i]));
    }
}

static void
add_appreciation (CandorWeek *self,
                  const char *person_id,
                  GDateTime  *day,
                  const char *text,
                  gboolean    from_check)
{
  CandorWeekAppreciation *appreciation = g_new0 (CandorWeekAppreciation, 1);

  appreciation->person_id = g_strdup (person_id);
  appreciation->day = g_date_time_ref (day);
  appreciation->text = g_strdup (text);
  appreciation->from_check = from_check;
  g_ptr_array_add (self->appreciations, appreciation);
}

/* The text of an appreciation check-in: the person's own words, else its "when". */
static const char *
checkin_appreciation_text (CandorCheckin *checkin)
{
  const char *text = candor_checkin_get_text (checkin);

  if (text != NULL && *text != '\0')
    return text;
  return candor_checkin_get_when (checkin);
}

static void
collect_checkins (CandorWeek    *self,
                  CandorJournal *journal,
                  const char    *include_private_of,
                  GDateTime     *today)
{
  GListModel *checkins = candor_journal_get_checkins (journal);

  for (guint i = 0; i < g_list_model_get_n_items (checkins); i++)
    {
      g_autoptr(CandorCheckin) checkin = g_list_model_get_item (checkins, i);
      const char *author = candor_checkin_get_author_id (checkin);
      GDateTime *day = candor_checkin_get_date (checkin);
      gboolean shared = candor_checkin_get_shared (checkin);

      if (author == NULL || !in_week (self, day))
        continue;
      if (!shared && g_strcmp0 (author, include_private_of) != 0)
        continue;
      /* "Answer, then reveal": today's answer stays hidden until both have answered. */
      if (shared && !candor_checkin_get_revealed (checkin) &&
          g_date_time_compare (day, today) == 0 && g_strcmp0 (author, include_private_of) != 0)
        continue;

      self->n_checkins++;
      note_feelings (self, author, candor_checkin_get_feelings (checkin));

      if (candor_checkin_get_kind (checkin) == CANDOR_CHECKIN_KIND_APPRECIATION)
        {
          const char *text = checkin_appreciation_text (checkin);

          if (text != NULL && *text != '\0')
            {
              add_appreciation (self, author, day, text, FALSE);
              continue;
            }
        }

      g_ptr_array_add (list_for (self->checkins, author), g_object_ref (checkin));
    }
}

static void
collect_feeling_notes (CandorWeek    *self,
                       CandorJournal *journal,
                       const char    *include_private_of,
                       GTimeZone     *tz)
{
  GListModel *notes = candor_journal_get_feeling_notes (journal);

  /* Feelings named on their own are a private journaling aid: only their author's. */
  if (include_private_of == NULL)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(CandorFeelingNote) note = g_list_model_get_item (notes, i);
      g_autoptr(GDateTime) day = local_day (candor_feeling_note_get_date (note), tz);

      if (g_strcmp0 (candor_feeling_note_get_person_id (note), include_private_of) == 0 &&
          in_week (self, day))
        note_feelings (self, include_private_of, candor_feeling_note_get_feelings (note));
    }
}

static void
collect_checks (CandorWeek    *self,
                CandorJournal *journal,
                gboolean       include_private,
                GTimeZone     *tz)
{
  GListModel *checks = candor_journal_get_checks (journal);

  for (guint i = 0; i < g_list_model_get_n_items (checks); i++)
    {
      g_autoptr(CandorCheck) check = g_list_model_get_item (checks, i);
      g_autoptr(GDateTime) day = local_day (candor_check_get_start (check), tz);
      const char *appreciation = candor_check_get_appreciation (check);

      if (candor_check_get_status (check) != CANDOR_CHECK_STATUS_HELD || !in_week (self, day))
        continue;

      g_ptr_array_add (self->checks_held, g_object_ref (check));

      /* The privacy agreement: what was said stays between the two, unless you ask. */
      if (appreciation != NULL && *appreciation != '\0' &&
          (!candor_check_get_private (check) || include_private))
        add_appreciation (self, candor_check_get_person_id (check), day, appreciation, TRUE);
    }
}

static void
collect_commitments (CandorWeek    *self,
                     CandorJournal *journal,
                     GTimeZone     *tz,
                     GDateTime     *today)
{
  GListModel *commitments = candor_journal_get_commitments (journal);
  g_autoptr(GDateTime) after_end = g_date_time_add_days (self->end, 1);
  /* A past week is seen as it stood at its end; the current week as it stands today. */
  GDateTime *cutoff = g_date_time_compare (today, self->end) > 0 ? after_end : today;

  /* A week still to come has no commitments yet. */
  if (g_date_time_compare (today, self->start) < 0)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (commitments); i++)
    {
      g_autoptr(CandorCommitment) commitment = g_list_model_get_item (commitments, i);
      g_autoptr(GDateTime) created = local_day (candor_entry_get_created (CANDOR_ENTRY (commitment)), tz);
      GDateTime *due = candor_commitment_get_due (commitment);
      GDateTime *done = candor_commitment_get_done (commitment);
      CandorWeekCommitmentState state;

      if (in_week (self, done))
        state = CANDOR_WEEK_COMMITMENT_DONE;
      else if (done != NULL && g_date_time_compare (done, self->start) < 0)
        continue;
      else if (g_date_time_compare (created, cutoff) >= 0 || due == NULL)
        continue;
      else if (g_date_time_compare (due, cutoff) >= 0)
        state = CANDOR_WEEK_COMMITMENT_OPEN;
      else if (g_date_time_compare (due, self->start) >= 0)
        state = CANDOR_WEEK_COMMITMENT_OVERDUE;
      else
        continue;

      g_ptr_array_add (self->commitments[state], g_object_ref (commitment));
    }
}

static void
collect_interactions (CandorWeek    *self,
                      CandorJournal *journal,
                      GTimeZone     *tz)
{
  GListModel *interactions = candor_journal_get_interactions (journal);

  for (guint i = 0; i < g_list_model_get_n_items (interactions); i++)
    {
      g_autoptr(CandorInteraction) interaction = g_list_model_get_item (interactions, i);
      g_autoptr(GDateTime) day = local_day (candor_interaction_get_date (interaction), tz);

      if (!in_week (self, day))
        continue;

      if (candor_interaction_get_meaningful_chat (interaction))
        self->n_chats++;
    }
}

/* Kind and corrective moments exactly as the Progress page counts them, so the
 * printout and the page never disagree: the week is one period of the same figures. */
static void
count_moments (CandorWeek    *self,
               CandorJournal *journal,
               guint          first_weekday,
               GTimeZone     *tz)
{
  g_autoptr(CandorStats) stats = NULL;
  const CandorStatsPeriod *weeks;
  GDate last_day, first_day;
  guint n = 0;

  g_date_clear (&last_day, 1);
  g_date_set_dmy (&last_day, g_date_time_get_day_of_month (self->end),
                  g_date_time_get_month (self->end), g_date_time_get_year (self->end));
  g_date_clear (&first_day, 1);
  g_date_set_dmy (&first_day, g_date_time_get_day_of_month (self->start),
                  g_date_time_get_month (self->start), g_date_time_get_year (self->start));

  stats = candor_stats_compute (journal, &last_day, first_weekday, tz);
  weeks = candor_stats_get_ratio (stats, &n);
  for (guint i = n; i > 0; i--)
    {
      if (g_date_compare (&weeks[i - 1].start, &first_day) == 0)
        {
          self->n_positive = weeks[i - 1].count;
          self->n_corrective = weeks[i - 1].total;
          break;
        }
    }
}

static gboolean
person_has_entries (CandorWeek   *self,
                    CandorPerson *person)
{
  const char *id = candor_entry_get_id (CANDOR_ENTRY (person));

  if (g_hash_table_contains (self->checkins, id) || g_hash_table_contains (self->feelings, id))
    return TRUE;

  for (guint i = 0; i < self->appreciations->len; i++)
    {
      CandorWeekAppreciation *appreciation = g_ptr_array_index (self->appreciations, i);

      if (g_strcmp0 (appreciation->person_id, id) == 0)
        return TRUE;
    }

  for (guint i = 0; i < self->checks_held->len; i++)
    {
      if (g_strcmp0 (candor_check_get_person_id (g_ptr_array_index (self->checks_held, i)), id) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
collect_people (CandorWeek    *self,
                CandorJournal *journal)
{
  GListModel *people = candor_journal_get_people (journal);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(CandorPerson) person = g_list_model_get_item (people, i);

      if (!candor_person_get_archived (person) || person_has_entries (self, person))
        g_ptr_array_add (self->people, g_object_ref (person));
    }
}

static void
candor_week_finalize (GObject *object)
{
  CandorWeek *self = CANDOR_WEEK (object);

  g_clear_pointer (&self->start, g_date_time_unref);
  g_clear_pointer (&self->end, g_date_time_unref);
  g_clear_pointer (&self->people, g_ptr_array_unref);
  g_clear_pointer (&self->checkins, g_hash_table_unref);
  g_clear_pointer (&self->feelings, g_hash_table_unref);
  g_clear_pointer (&self->feeling_order, g_hash_table_unref);
  g_clear_pointer (&self->all_feelings, g_hash_table_unref);
  g_clear_pointer (&self->checks_held, g_ptr_array_unref);
  for (guint i = 0; i < CANDOR_WEEK_N_COMMITMENT_STATES; i++)
    g_clear_pointer (&self->commitments[i], g_ptr_array_unref);
  g_clear_pointer (&self->appreciations, g_ptr_array_unref);
  g_clear_pointer (&self->prompts, g_ptr_array_unref);

  G_OBJECT_CLASS (candor_week_parent_class)->finalize (object);
}

static void
candor_week_class_init (CandorWeekClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = candor_week_finalize;
}

static void
candor_week_init (CandorWeek *self)
{
  self->people = g_ptr_array_new_with_free_func (g_object_unref);
  self->checkins = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                          (GDestroyNotify) g_ptr_array_unref);
  self->feelings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                          (GDestroyNotify) g_hash_table_unref);
  self->feeling_order = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                               (GDestroyNotify) g_ptr_array_unref);
  self->all_feelings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->checks_held = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < CANDOR_WEEK_N_COMMITMENT_STATES; i++)
    self->commitments[i] = g_ptr_array_new_with_free_func (g_object_unref);
  self->appreciations = g_ptr_array_new_with_free_func ((GDestroyNotify) appreciation_free);
}

/**
 * candor_week_first_weekday_from_langinfo:
 * @first_weekday: glibc's `_NL_TIME_FIRST_WEEKDAY` (1 is the day @week_1stday names)
 * @week_1stday: glibc's `_NL_TIME_WEEK_1STDAY`, a date as YYYYMMDD (19971130 is a Sunday)
 *
 * Returns: the first day of the week, 1 Monday … 7 Sunday
 */
guint
candor_week_first_weekday_from_langinfo (guint first_weekday,
                                         guint week_1stday)
{
  /* 0 Sunday … 6 Saturday */
  guint origin = week_1stday == 19971201 ? 1 : 0;
  guint sunday_based;

  if (first_weekday < 1 || first_weekday > 7)
    first_weekday = 1;
  sunday_based = (origin + first_weekday - 1) % 7;

  return sunday_based == 0 ? 7 : sunday_based;
}

/**
 * candor_week_first_weekday_for_locale:
 *
 * Returns: the first day of the week in the LC_TIME locale, 1 Monday … 7 Sunday
 */
guint
candor_week_first_weekday_for_locale (void)
{
#ifdef __GLIBC__
  union { unsigned int word; char *string; } langinfo;
  guint first_weekday, week_1stday;

  langinfo.string = nl_langinfo (_NL_TIME_FIRST_WEEKDAY);
  first_weekday = (guchar) langinfo.string[0];
  langinfo.string = nl_langinfo (_NL_TIME_WEEK_1STDAY);
  week_1stday = langinfo.word;

  return candor_week_first_weekday_from_langinfo (first_weekday, week_1stday);
#else
  return 1;
#endif
}

/**
 * candor_week_new:
 * @journal: the journal
 * @day: any moment of the week, in the local time zone
 * @include_private_of: (nullable): the id of the person whose private entries are
 *   included because they asked; %NULL leaves every private entry out
 *
 * Returns: (transfer full): the week containing @day, as of now
 */
CandorWeek *
candor_week_new (CandorJournal *journal,
                 GDateTime     *day,
                 const char    *include_private_of)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  g_autoptr(GDateTime) now = g_date_time_new_now (tz);

  return candor_week_new_full (journal, day, include_private_of, 0, tz, now);
}

/**
 * candor_week_new_full:
 * @first_weekday: 1 Monday … 7 Sunday; 0 follows the journal's settings, then the locale
 * @time_zone: the time zone the week's days are in
 * @now: the present moment: what is still open, and today's unrevealed answers
 *
 * Returns: (transfer full): the week containing the calendar day of @day
 */
CandorWeek *
candor_week_new_full (CandorJournal *journal,
                      GDateTime     *day,
                      const char    *include_private_of,
                      guint          first_weekday,
                      GTimeZone     *time_zone,
                      GDateTime     *now)
{
  g_autoptr(CandorPromptPool) pool = NULL;
  g_autoptr(GDateTime) first_day = NULL;
  g_autoptr(GDateTime) today = NULL;
  CandorSettings *settings;
  CandorWeek *self;
  guint offset;

  g_return_val_if_fail (CANDOR_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (day != NULL, NULL);
  g_return_val_if_fail (first_weekday <= 7, NULL);
  g_return_val_if_fail (time_zone != NULL, NULL);
  g_return_val_if_fail (now != NULL, NULL);

  settings = candor_journal_get_settings (journal);
  if (first_weekday == 0 && settings != NULL)
    first_weekday = candor_settings_get_first_weekday (settings);
  if (first_weekday == 0)
    first_weekday = candor_week_first_weekday_for_locale ();

  self = g_object_new (CANDOR_TYPE_WEEK, NULL);
  self->ratio_target = settings != NULL ? candor_settings_get_ratio_target (settings) : 5;

  first_day = candor_day_from_date_time (day);
  offset = ((guint) g_date_time_get_day_of_week (first_day) + 7 - first_weekday) % 7;
  self->start = g_date_time_add_days (first_day, -(int) offset);
  self->end = g_date_time_add_days (self->start, 6);
  today = local_day (now, time_zone);

  collect_checkins (self, journal, include_private_of, today);
  collect_feeling_notes (self, journal, include_private_of, time_zone);
  collect_checks (self, journal, include_private_of != NULL, time_zone);
  collect_commitments (self, journal, time_zone, today);
  collect_interactions (self, journal, time_zone);
  count_moments (self, journal, first_weekday, time_zone);
  collect_people (self, journal);
  /* As on the Progress page: a Connection Check held is a meaningful chat too. */
  self->n_chats += self->checks_held->len;

  pool = candor_prompt_pool_new ();
  self->prompts = candor_prompt_pool_for_week (pool, self->start);

  return self;
}

/**
 * candor_week_get_start:
 *
 * Returns: (transfer none): the first day, at 00:00 UTC naming it
 */
GDateTime *
candor_week_get_start (CandorWeek *self)
{
  g_return_val_if_fail (CANDOR_IS_WEEK (self), NULL);
  return self->start;
}

/**
 * candor_week_get_end:
 *
 * Returns: (transfer none): the last day, at 00:00 UTC naming it
 */
GDateTime *
candor_week_get_end (CandorWeek *self)
{
  g_return_val_if_fail (CANDOR_IS_WEEK (self), NULL);
  return self->end;
}

/**
 * candor_week_is_empty:
 *
 * Returns: whether nothing at all was noted in the week (the prompts aside)
 */
gboolean
candor_week_is_empty (CandorWeek *self)
{
  g_return_val_if_fail (CANDOR_IS_WEEK (self), TRUE);

  for (guint i = 0; i < CANDOR_WEEK_N_COMMITMENT_STATES; i++)
    if (self->commitments[i]->len > 0)
      return FALSE;

  return self->n_checkins == 0 && g_hash_table_size (self->all_feelings) == 0 &&
         self->checks_held->len == 0 && self->appreciations->len == 0 &&
         self->n_positive == 0 && self->n_corrective == 0 && self->n_chats == 0;
}

/**
 * candor_week_get_people:
 *
 * Returns: (transfer none) (element-type CandorPerson): everyone the week is about:
 *   the people of the journal, and archived people only if the week has their entries
 */
GPtrArray *
candor_week_get_people (CandorWeek *self)
{
  g_return_val_if_fail (CANDOR_IS_WEEK (self), NULL);
  return self->people;
}

/**
 * candor_week_get_checkins:
 *
 * Returns: (transfer none) (nullable) (element-type CandorCheckin): the person's
 *   check-ins of the week by day, appreciations aside (see
 *   candor_week_get_appreciations()); %NULL if none
 */
GPtrArray *
candor_week_get_checkins (CandorWeek *self,
                          const char *person_id)
{
  g_return_val_if_fail (CANDOR_IS_WEEK (self), NULL);
  g_return_val_if_fail (person_id != NULL, NULL);

  return g_hash_table_lookup (self->checkins, person_id);
}

/**
 * candor_week_get_n_checkins:
 *
 * Returns: how many check-ins the week has, appreciations included
 */
guint
candor_week_get_n_checkins (CandorWeek *self)
{
  g_return_val_if_fail (CANDOR_IS_WEEK (self), 0);
  return self->n_checkins;
}

/**
 * candor_week_dup_feelings:
 *
 * Returns: (transfer full): the ids of the feelings the person named, most used
 *   first (then in the order first named)
 */
char **
candor_week_dup_feelings (CandorWeek *self,
                          const char *person_id)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GHashTable *counts;
  GPtrArray *order;
  g_autoptr(GPtrArray) sorted = NULL;

  g_return_val_if_fail (CANDOR_IS_WEEK (self), NULL);
  g_return_val_if_fail (person_id != NULL, NULL);

  counts = g_hash_table_lookup (self->feelings, person_id);
  order = g_hash_table_lookup (self->feeling_order, person_id);
  if (counts == NULL)
    return g_strv_builder_end (builder);

  /* A stable insertion sort by uses: the lists are a handful of words. */
  sorted = g_ptr_array_new ();
  for (guint i = 0; i < order->len; i++)
    {
      const char *id = g_ptr_array_index (order, i);
      guint uses = GPOINTER_TO_UINT (g_hash_table_lookup (counts, id));
      guint at = sorted->len;

      while (at > 0 &&
             GPOINTER_TO_UINT (g_hash_table_lookup (counts, g_ptr_array_index (sorted, at - 1))) < uses)
        at--;
      g_ptr_array_insert (sorted, at, (gpointer) id);
    }

  for (guint i = 0; i < sorted->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (sorted, i));
  return g_strv_builder_end (builder);
}

guint
candor_week_get_feeling_uses (CandorWeek *self,
                              const char *person_id,
                              const char *feeling_id)
{
  GHashTable *counts;

  g_return_val_if_fail (CANDOR_IS_WEEK (self), 0);

  counts = g_hash_table_lookup (self->feelings, person_id);
  return counts != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (counts, feeling_id)) : 0;
}

/**
 * candor_week_get_n_feelings_named:
 *
 * Returns: how many different feelings were named in the week, by anyone
 */
guint
candor_week_get_n_feelings_named (CandorWeek *self)
{
  g_return_val_if_fail (CANDOR_IS_WEEK (self), 0);
  return g_hash_table_size (self->all_feelings);
}

/**
 * candor_week_get_checks_held:
 *
 * Returns: (transfer none) (element-type CandorCheck): the Connection Checks held
 */
GPtrArray *
candor_week_get_checks_held (CandorWeek *self)
{
  g_return_val_if_fail (CANDOR_IS_WEEK (self), NULL);
  return self->checks_held;
}

/**
 * candor_week_get_commitments:
 *
 * Done: done during the week. Open: not done, due from today on (for a past week,
 * after its end). Overdue: due during the week before that, not done.
 *
 * Returns: (transfer none) (element-type CandorCommitment): the commitments in @state
 */
GPtrArray *
candor_week_get_commitments (CandorWeek                *self,
                             CandorWeekCommitmentState  state)
{
  g_return_val_if_fail (CANDOR_IS_WEEK (self), NULL);
  g_return_val_if_fail (state < CANDOR_WEEK_N_COMMITMENT_STATES, NULL);
  return self->commitments[state];
}

/**
 * candor_week_get_appreciations:
 *
 * Returns: (transfer none) (element-type CandorWeekAppreciation): appreciation
 *   check-ins and the closing appreciations of the Connection Checks held
 */
GPtrArray *
candor_week_get_appreciations (CandorWeek *self)
{
  g_return_val_if_fail (CANDOR_IS_WEEK (self), NULL);
  return self->appreciations;
}

guint
candor_week_get_n_positive (CandorWeek *self)
{
  g_return_val_if_fail (CANDOR_IS_WEEK (self), 0);
  return self->n_positive;
}

guint
candor_week_get_n_corrective (CandorWeek *self)
{
  g_return_val_if_fail (CANDOR_IS_WEEK (self), 0);
  return self->n_corrective;
}

/**
 * candor_week_get_ratio_target:
 *
 * Returns: the positive-to-corrective ratio the couple aims for (5 means 5:1)
 */
guint
candor_week_get_ratio_target (CandorWeek *self)
{
  g_return_val_if_fail (CANDOR_IS_WEEK (self), 5);
  return self->ratio_target;
}

/**
 * candor_week_get_n_chats:
 *
 * Returns: the meaningful chats of the week: the chats marked as meaningful and the
 *   Connection Checks held, as the Progress page counts them
 */
guint
candor_week_get_n_chats (CandorWeek *self)
{
  g_return_val_if_fail (CANDOR_IS_WEEK (self), 0);
  return self->n_chats;
}

/**
 * candor_week_get_prompts:
 *
 * Returns: (transfer none) (element-type CandorPrompt): the week's reflection prompts
 */
GPtrArray *
candor_week_get_prompts (CandorWeek *self)
{
  g_return_val_if_fail (CANDOR_IS_WEEK (self), NULL);
  return self->prompts;
}
