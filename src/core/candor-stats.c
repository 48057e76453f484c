/* candor-stats.c — the progress metrics, computed in one pass over a journal
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every entry is read once and dropped into its month, quarter or week. A day
 * field (a check-in's day, a due day) counts on that calendar day as written; a
 * moment (stored in UTC) counts on the day it falls on in the given time zone,
 * DST included. Entries after today are not counted yet.
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <string.h>

#ifdef __GLIBC__
#endif

#include "candor-stats.h"
#include "candor-week.h"
#include "candor-vocabulary.h"

struct _CandorStats
{
  GDate       start;
  GDate       today;
  guint       first_weekday;
  GDate       first_week;        /* the first day of the week the start falls in */
  GTimeZone  *zone;              /* where moments become days */

  GArray     *chats;             /* CandorStatsPeriod, per month */
  GArray     *disclosures;       /* per quarter */
  GArray     *follow_ups;        /* per month */
  GArray     *ratio;             /* per week */
  GArray     *feelings;          /* per month */

  GHashTable *person_feelings;   /* person id → guint[n months] */
  GHashTable *first_use;         /* feeling id → GUINT (julian day it was first used) */
  GByteArray *checkin_days;      /* per day from the start: 1 if anyone checked in */
  guint       streak;
  GDate       reassessment_due;
};

/**
 * candor_stats_locale_first_weekday:
 *
 * The first day of the week in the current locale, read the way GTK's calendar
 * reads it: 1 is Monday … 7 is Sunday.
 */
guint
candor_stats_locale_first_weekday (void)
{
  /* One reading of the locale for the whole app: the week model owns it. */
  return candor_week_first_weekday_for_locale ();
}

/* A day field: a GDateTime at 00:00 UTC naming a calendar day. */
static void
set_day (GDate     *date,
         GDateTime *date_time)
{
  int year, month, day;

  g_date_time_get_ymd (date_time, &year, &month, &day);
  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
}

/* A moment: the day it falls on where the journal is read. */
static void
set_moment_day (CandorStats *self,
                GDate       *date,
                GDateTime   *date_time)
{
  g_autoptr(GDateTime) here = g_date_time_to_timezone (date_time, self->zone);

  set_day (date, here);
}

static guint
month_number (const GDate *date)
{
  return g_date_get_year (date) * 12 + g_date_get_month (date) - 1;
}

static guint
quarter_number (const GDate *date)
{
  return g_date_get_year (date) * 4 + (g_date_get_month (date) - 1) / 3;
}

/* The period @date falls in, or NULL when it is before the start or after today. */
static CandorStatsPeriod *
period_for (CandorStats           *self,
            GArray                *periods,
            CandorStatsPeriodKind  kind,
            const GDate           *date)
{
  guint index;

  if (!g_date_valid (&self->start) ||
      g_date_compare (date, &self->start) < 0 || g_date_compare (date, &self->today) > 0)
    return NULL;

  switch (kind)
    {
    case CANDOR_STATS_MONTH:
      index = month_number (date) - month_number (&self->start);
      break;
    case CANDOR_STATS_QUARTER:
      index = quarter_number (date) - quarter_number (&self->start);
      break;
    case CANDOR_STATS_WEEK:
    default:
      index = (g_date_get_julian (date) - g_date_get_julian (&self->first_week)) / 7;
      break;
    }

  g_assert (index < periods->len);
  return &g_array_index (periods, CandorStatsPeriod, index);
}

static GArray *
new_periods (CandorStats           *self,
             CandorStatsPeriodKind  kind)
{
  GArray *periods = g_array_new (FALSE, TRUE, sizeof (CandorStatsPeriod));
  GDate date;

  if (!g_date_valid (&self->start))
    return periods;

  switch (kind)
    {
    case CANDOR_STATS_MONTH:
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, 1, g_date_get_month (&self->start), g_date_get_year (&self->start));
      break;
    case CANDOR_STATS_QUARTER:
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, 1, (g_date_get_month (&self->start) - 1) / 3 * 3 + 1,
                      g_date_get_year (&self->start));
      break;
    case CANDOR_STATS_WEEK:
    default:
      date = self->first_week;
      break;
    }

  while (g_date_compare (&date, &self->today) <= 0)
    {
      CandorStatsPeriod period = { 0 };

      period.start = date;
      g_array_append_val (periods, period);

      if (kind == CANDOR_STATS_MONTH)
        g_date_add_months (&date, 1);
      else if (kind == CANDOR_STATS_QUARTER)
        g_date_add_months (&date, 3);
      else
        g_date_add_days (&date, 7);
    }

  return periods;
}

static void
consider_start (CandorStats *self,
                GDate       *earliest,
                GDateTime   *date_time,
                gboolean     is_day)
{
  GDate date;

  if (date_time == NULL)
    return;

  if (is_day)
    set_day (&date, date_time);
  else
    set_moment_day (self, &date, date_time);
  if (!g_date_valid (earliest) || g_date_compare (&date, earliest) < 0)
    *earliest = date;
}

static void
consider_first_item (CandorStats *self,
                     GDate       *earliest,
                     GListModel  *model)
{
  g_autoptr(CandorEntry) first = NULL;

  if (g_list_model_get_n_items (model) == 0)
    return;

  first = g_list_model_get_item (model, 0);
  /* Check-ins and commitments sort by a day; the others by a moment. */
  consider_start (self, earliest, candor_entry_get_date (first),
                  CANDOR_IS_CHECKIN (first) || CANDOR_IS_COMMITMENT (first));
}

/* The journal starts when its people were added or with its first entry, whichever
 * came first. The lists are sorted by date, so only their first items matter. */
static void
find_start (CandorStats   *self,
            CandorJournal *journal)
{
  GListModel *people = candor_journal_get_people (journal);
  GListModel *dated[] = {
    candor_journal_get_checkins (journal),
    candor_journal_get_interactions (journal),
    candor_journal_get_checks (journal),
    candor_journal_get_commitments (journal),
    candor_journal_get_exercises (journal),
    candor_journal_get_feeling_notes (journal),
  };

  g_date_clear (&self->start, 1);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(CandorEntry) person = g_list_model_get_item (people, i);

      consider_start (self, &self->start, candor_entry_get_created (person), FALSE);
    }

  for (guint i = 0; i < G_N_ELEMENTS (dated); i++)
    consider_first_item (self, &self->start, dated[i]);

  if (g_date_valid (&self->start) && g_date_compare (&self->start, &self->today) > 0)
    self->start = self->today;
}

static void
count_feelings (CandorStats        *self,
                const GDate        *date,
                const char         *person_id,
                const char * const *feelings)
{
  CandorVocabulary *vocabulary;
  CandorStatsPeriod *period;
  guint n = 0;

  if (feelings == NULL || feelings[0] == NULL)
    return;

  period = period_for (self, self->feelings, CANDOR_STATS_MONTH, date);
  if (period == NULL)
    return;

  vocabulary = candor_vocabulary_get_default ();
  for (; feelings[n] != NULL; n++)
    {
      CandorFeeling *feeling = candor_vocabulary_lookup (vocabulary, feelings[n]);
      gpointer first;
      guint julian = g_date_get_julian (date);

      if (feeling != NULL)
        period->families[candor_feeling_get_family (feeling)]++;

      if (!g_hash_table_lookup_extended (self->first_use, feelings[n], NULL, &first) ||
          julian < GPOINTER_TO_UINT (first))
        g_hash_table_insert (self->first_use, g_strdup (feelings[n]), GUINT_TO_POINTER (julian));
    }
  period->count += n;

  if (person_id != NULL)
    {
      guint *per_month = g_hash_table_lookup (self->person_feelings, person_id);

      if (per_month == NULL)
        {
          per_month = g_new0 (guint, self->feelings->len);
          g_hash_table_insert (self->person_feelings, g_strdup (person_id), per_month);
        }
      per_month[period - (CandorStatsPeriod *) (gpointer) self->feelings->data] += n;
    }
}

static void
read_checkins (CandorStats *self,
               GListModel  *checkins)
{
  GDate shared_day;
  const char *shared_author = NULL;
  gboolean both_counted = FALSE;

  g_date_clear (&shared_day, 1);

  for (guint i = 0; i < g_list_model_get_n_items (checkins); i++)
    {
      g_autoptr(CandorCheckin) checkin = g_list_model_get_item (checkins, i);
      const char *author = candor_checkin_get_author_id (checkin);
      CandorStatsPeriod *period;
      GDate date;

      set_day (&date, candor_checkin_get_date (checkin));
      if (period_for (self, self->chats, CANDOR_STATS_MONTH, &date) == NULL)
        continue;

      self->checkin_days->data[g_date_get_julian (&date) - g_date_get_julian (&self->start)] = 1;

      if (candor_checkin_get_kind (checkin) == CANDOR_CHECKIN_KIND_APPRECIATION)
        period_for (self, self->ratio, CANDOR_STATS_WEEK, &date)->count++;

      count_feelings (self, &date, author, candor_checkin_get_feelings (checkin));

      /* A mutual disclosure: two different people shared a check-in on one day. The
       * list is sorted by day, so one day's check-ins come together. */
      if (!candor_checkin_get_shared (checkin) || author == NULL)
        continue;

      if (!g_date_valid (&shared_day) || g_date_compare (&date, &shared_day) != 0)
        {
          shared_day = date;
          shared_author = author;
          both_counted = FALSE;
        }
      else if (!both_counted && g_strcmp0 (author, shared_author) != 0)
        {
          period = period_for (self, self->disclosures, CANDOR_STATS_QUARTER, &date);
          period->count++;
          both_counted = TRUE;
        }
    }
}

static void
read_checks (CandorStats *self,
             GListModel  *checks)
{
  for (guint i = 0; i < g_list_model_get_n_items (checks); i++)
    {
      g_autoptr(CandorCheck) check = g_list_model_get_item (checks, i);
      const char *appreciation = candor_check_get_appreciation (check);
      CandorStatsPeriod *month;
      GDate date;

      if (candor_check_get_status (check) != CANDOR_CHECK_STATUS_HELD)
        continue;

      set_moment_day (self, &date, candor_check_get_start (check));
      month = period_for (self, self->chats, CANDOR_STATS_MONTH, &date);
      if (month == NULL)
        continue;

      month->count++;
      if (candor_check_get_both_disclosed (check))
        period_for (self, self->disclosures, CANDOR_STATS_QUARTER, &date)->count++;
      if (candor_check_get_follow_up_sent (check))
        period_for (self, self->follow_ups, CANDOR_STATS_MONTH, &date)->extra++;
      if (appreciation != NULL && appreciation[0] != '\0')
        period_for (self, self->ratio, CANDOR_STATS_WEEK, &date)->count++;
    }
}

static void
read_interactions (CandorStats *self,
                   GListModel  *interactions)
{
  for (guint i = 0; i < g_list_model_get_n_items (interactions); i++)
    {
      g_autoptr(CandorInteraction) interaction = g_list_model_get_item (interactions, i);
      CandorStatsPeriod *week;
      GDate date;

      set_moment_day (self, &date, candor_interaction_get_date (interaction));
      week = period_for (self, self->ratio, CANDOR_STATS_WEEK, &date);
      if (week == NULL)
        continue;

      if (candor_interaction_get_meaningful_chat (interaction))
        period_for (self, self->chats, CANDOR_STATS_MONTH, &date)->count++;

      switch (candor_interaction_get_kind (interaction))
        {
        case CANDOR_INTERACTION_KIND_BID_TOWARD:
        case CANDOR_INTERACTION_KIND_POSITIVE:
          week->count++;
          break;
        case CANDOR_INTERACTION_KIND_BID_AWAY:
        case CANDOR_INTERACTION_KIND_BID_AGAINST:
        case CANDOR_INTERACTION_KIND_CORRECTIVE:
        default:
          week->total++;
          break;
        }
    }
}

/* Counted in the month it was due, once that day has come: kept within seven days of
 * being made, or not. One kept early but due later waits for its due day. */
static void
read_commitments (CandorStats *self,
                  GListModel  *commitments)
{
  for (guint i = 0; i < g_list_model_get_n_items (commitments); i++)
    {
      g_autoptr(CandorCommitment) commitment = g_list_model_get_item (commitments, i);
      GDateTime *due_time = candor_commitment_get_due (commitment);
      GDateTime *done_time = candor_commitment_get_done (commitment);
      CandorStatsPeriod *month;
      GDate due, made, done;

      if (due_time == NULL)
        continue;

      set_day (&due, due_time);
      month = period_for (self, self->follow_ups, CANDOR_STATS_MONTH, &due);
      if (month == NULL)
        continue;

      month->total++;
      if (done_time == NULL)
        continue;

      set_moment_day (self, &made, candor_entry_get_created (CANDOR_ENTRY (commitment)));
      set_day (&done, done_time);
      if (g_date_days_between (&made, &done) <= CANDOR_STATS_FOLLOW_UP_DAYS)
        month->count++;
    }
}

static void
read_exercises (CandorStats *self,
                GListModel  *exercises)
{
  for (guint i = 0; i < g_list_model_get_n_items (exercises); i++)
    {
      g_autoptr(CandorExercise) exercise = g_list_model_get_item (exercises, i);
      CandorStatsPeriod *week;
      GDate date;

      set_moment_day (self, &date, candor_exercise_get_start (exercise));
      week = period_for (self, self->ratio, CANDOR_STATS_WEEK, &date);
      if (week == NULL)
        continue;

      /* A tension script talked through and a time-out taken are corrective moments
       * handled: they weigh on the corrective side like any other. */
      if (candor_exercise_get_kind (exercise) == CANDOR_EXERCISE_KIND_TENSION_SCRIPT ||
          candor_exercise_get_kind (exercise) == CANDOR_EXERCISE_KIND_TIME_OUT)
        week->total++;

      count_feelings (self, &date, candor_exercise_get_started_by (exercise),
                      candor_exercise_get_feelings (exercise));
    }
}

static void
read_feeling_notes (CandorStats *self,
                    GListModel  *notes)
{
  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(CandorFeelingNote) note = g_list_model_get_item (notes, i);
      GDate date;

      set_moment_day (self, &date, candor_feeling_note_get_date (note));
      count_feelings (self, &date, candor_feeling_note_get_person_id (note),
                      candor_feeling_note_get_feelings (note));
    }
}

/* The vocabulary as it grew: each month holds the words used up to its end. */
static void
count_vocabulary_growth (CandorStats *self)
{
  GHashTableIter iter;
  gpointer julian;
  guint so_far = 0;

  g_hash_table_iter_init (&iter, self->first_use);
  while (g_hash_table_iter_next (&iter, NULL, &julian))
    {
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_julian (&date, GPOINTER_TO_UINT (julian));
      period_for (self, self->feelings, CANDOR_STATS_MONTH, &date)->extra++;
    }

  for (guint i = 0; i < self->feelings->len; i++)
    {
      CandorStatsPeriod *month = &g_array_index (self->feelings, CandorStatsPeriod, i);

      so_far += month->extra;
      month->extra = so_far;
    }
}

static void
count_streak (CandorStats *self)
{
  guint day;

  self->streak = 0;
  if (self->checkin_days->len == 0)
    return;

  day = self->checkin_days->len - 1;
  /* Today is not over: a streak that reached yesterday still holds. */
  if (self->checkin_days->data[day] == 0)
    {
      if (day == 0)
        return;
      day--;
    }

  while (self->checkin_days->data[day] != 0)
    {
      self->streak++;
      if (day == 0)
        break;
      day--;
    }
}

static void
find_reassessment_due (CandorStats   *self,
                       CandorJournal *journal)
{
  GListModel *reassessments = candor_journal_get_reassessments (journal);
  guint n = g_list_model_get_n_items (reassessments);
  GDate since;

  g_date_clear (&self->reassessment_due, 1);
  if (!g_date_valid (&self->start))
    return;

  since = self->start;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CandorReassessment) reassessment = g_list_model_get_item (reassessments, i);
      GDateTime *date_time = candor_reassessment_get_date (reassessment);
      GDate date;

      if (date_time == NULL)
        continue;

      set_day (&date, date_time);
      if (g_date_compare (&date, &since) > 0)
        since = date;
    }

  self->reassessment_due = since;
  g_date_add_days (&self->reassessment_due, 7 * CANDOR_REASSESSMENT_WEEKS);
}

/**
 * candor_stats_compute:
 * @journal: the journal
 * @today: the local date of today
 * @first_weekday: the first day of the week, 1 (Monday) … 7 (Sunday); 0 for the
 *   locale's
 * @zone: (nullable): the time zone moments are counted in; %NULL for the local one
 *
 * Returns: (transfer full): every metric, from the journal's start to @today
 */
CandorStats *
candor_stats_compute (CandorJournal *journal,
                      const GDate   *today,
                      guint          first_weekday,
                      GTimeZone     *zone)
{
  CandorStats *self;

  g_return_val_if_fail (CANDOR_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);
  g_return_val_if_fail (first_weekday <= 7, NULL);

  self = g_new0 (CandorStats, 1);
  self->today = *today;
  self->first_weekday = first_weekday != 0 ? first_weekday : candor_stats_locale_first_weekday ();
  self->zone = zone != NULL ? g_time_zone_ref (zone) : g_time_zone_new_local ();

  find_start (self, journal);
  g_date_clear (&self->first_week, 1);
  if (g_date_valid (&self->start))
    {
      self->first_week = self->start;
      g_date_subtract_days (&self->first_week,
                            (g_date_get_weekday (&self->start) + 7 - self->first_weekday) % 7);
    }

  self->chats = new_periods (self, CANDOR_STATS_MONTH);
  self->disclosures = new_periods (self, CANDOR_STATS_QUARTER);
  self->follow_ups = new_periods (self, CANDOR_STATS_MONTH);
  self->ratio = new_periods (self, CANDOR_STATS_WEEK);
  self->feelings = new_periods (self, CANDOR_STATS_MONTH);
  self->person_feelings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->first_use = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->checkin_days = g_byte_array_new ();
  if (g_date_valid (&self->start))
    g_byte_array_set_size (self->checkin_days,
                           g_date_days_between (&self->start, &self->today) + 1);
  if (self->checkin_days->len > 0)
    memset (self->checkin_days->data, 0, self->checkin_days->len);

  read_checkins (self, candor_journal_get_checkins (journal));
  read_checks (self, candor_journal_get_checks (journal));
  read_interactions (self, candor_journal_get_interactions (journal));
  read_commitments (self, candor_journal_get_commitments (journal));
  read_exercises (self, candor_journal_get_exercises (journal));
  read_feeling_notes (self, candor_journal_get_feeling_notes (journal));
  count_vocabulary_growth (self);
  count_streak (self);
  find_reassessment_due (self, journal);

  return self;
}

void
candor_stats_free (CandorStats *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->chats);
  g_array_unref (self->disclosures);
  g_array_unref (self->follow_ups);
  g_array_unref (self->ratio);
  g_array_unref (self->feelings);
  g_hash_table_unref (self->person_feelings);
  g_hash_table_unref (self->first_use);
  g_byte_array_unref (self->checkin_days);
  g_time_zone_unref (self->zone);
  g_free (self);
}

/**
 * candor_stats_get_start:
 *
 * Returns: the first day counted; invalid (g_date_valid() is %FALSE) for an empty
 *   journal
 */
const GDate *
candor_stats_get_start (CandorStats *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return &self->start;
}

const GDate *
candor_stats_get_today (CandorStats *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return &self->today;
}

guint
candor_stats_get_first_weekday (CandorStats *self)
{
  g_return_val_if_fail (self != NULL, 1);

  return self->first_weekday;
}

static const CandorStatsPeriod *
periods_of (GArray *periods,
            guint  *n_periods)
{
  if (n_periods != NULL)
    *n_periods = periods->len;

  return (const CandorStatsPeriod *) (gconstpointer) periods->data;
}

const CandorStatsPeriod *
candor_stats_get_chats (CandorStats *self,
                        guint       *n_periods)
{
  g_return_val_if_fail (self != NULL, NULL);

  return periods_of (self->chats, n_periods);
}

const CandorStatsPeriod *
candor_stats_get_disclosures (CandorStats *self,
                              guint       *n_periods)
{
  g_return_val_if_fail (self != NULL, NULL);

  return periods_of (self->disclosures, n_periods);
}

const CandorStatsPeriod *
candor_stats_get_follow_ups (CandorStats *self,
                             guint       *n_periods)
{
  g_return_val_if_fail (self != NULL, NULL);

  return periods_of (self->follow_ups, n_periods);
}

const CandorStatsPeriod *
candor_stats_get_ratio (CandorStats *self,
                        guint       *n_periods)
{
  g_return_val_if_fail (self != NULL, NULL);

  return periods_of (self->ratio, n_periods);
}

const CandorStatsPeriod *
candor_stats_get_feelings (CandorStats *self,
                           guint       *n_periods)
{
  g_return_val_if_fail (self != NULL, NULL);

  return periods_of (self->feelings, n_periods);
}

const guint *
candor_stats_get_person_feelings (CandorStats *self,
                                  const char  *person_id)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (person_id != NULL, NULL);

  return g_hash_table_lookup (self->person_feelings, person_id);
}

guint
candor_stats_get_vocabulary_size (CandorStats *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return g_hash_table_size (self->first_use);
}

guint
candor_stats_get_streak (CandorStats *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->streak;
}

const GDate *
candor_stats_get_reassessment_due (CandorStats *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return &self->reassessment_due;
}

gboolean
candor_stats_reassessment_is_due (CandorStats *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return g_date_valid (&self->reassessment_due) &&
         g_date_compare (&self->today, &self->reassessment_due) >= 0;
}

gboolean
candor_stats_period_get_ratio (const CandorStatsPeriod *period,
                               double                  *ratio)
{
  g_return_val_if_fail (period != NULL, FALSE);

  if (period->total == 0)
    {
      if (ratio != NULL)
        *ratio = 0.0;
      return FALSE;
    }

  if (ratio != NULL)
    *ratio = (double) period->count / period->total;
  return TRUE;
}
