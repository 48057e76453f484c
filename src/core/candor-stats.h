/* candor-stats.h — the progress metrics, computed in one pass over a journal
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "candor-feeling.h"
#include "candor-journal.h"

G_BEGIN_DECLS

/* Days from making a commitment to keeping it, for it to count as followed up. */
#define CANDOR_STATS_FOLLOW_UP_DAYS 7

typedef enum
{
  CANDOR_STATS_MONTH,
  CANDOR_STATS_QUARTER,
  CANDOR_STATS_WEEK,
} CandorStatsPeriodKind;

/* One month, quarter or week. What @count and @total mean depends on the metric:
 *
 *  chats        count: held checks + meaningful chats
 *  disclosures  count: days both shared + checks where both disclosed
 *  follow-ups   count: commitments kept within 7 days; total: commitments due;
 *               extra: follow-up messages sent
 *  ratio        count: positive; total: corrective
 *  feelings     count: feelings named; families: per family;
 *               extra: distinct words used so far (the vocabulary size)
 */
typedef struct
{
  GDate start;
  guint count;
  guint total;
  guint extra;
  guint families[CANDOR_N_FEELING_FAMILIES];
} CandorStatsPeriod;

typedef struct _CandorStats CandorStats;

guint        candor_stats_locale_first_weekday (void);

CandorStats *candor_stats_compute              (CandorJournal *journal,
                                                const GDate   *today,
                                                guint          first_weekday,
                                                GTimeZone     *zone);
void         candor_stats_free                 (CandorStats   *self);

/* The first day the journal counts from, and today as given. */
const GDate *candor_stats_get_start            (CandorStats   *self);
const GDate *candor_stats_get_today            (CandorStats   *self);
guint        candor_stats_get_first_weekday    (CandorStats   *self);

/* Every period from the start to today, oldest first, empty ones included. */
const CandorStatsPeriod *candor_stats_get_chats       (CandorStats *self,
                                                       guint       *n_periods);
const CandorStatsPeriod *candor_stats_get_disclosures (CandorStats *self,
                                                       guint       *n_periods);
const CandorStatsPeriod *candor_stats_get_follow_ups  (CandorStats *self,
                                                       guint       *n_periods);
const CandorStatsPeriod *candor_stats_get_ratio       (CandorStats *self,
                                                       guint       *n_periods);
const CandorStatsPeriod *candor_stats_get_feelings    (CandorStats *self,
                                                       guint       *n_periods);

/* Feelings named by one person (a person id), per month, aligned with the feelings
 * periods; NULL if they never named one. */
const guint *candor_stats_get_person_feelings  (CandorStats   *self,
                                                const char    *person_id);
/* Distinct feeling words used, by anyone, ever. */
guint        candor_stats_get_vocabulary_size  (CandorStats   *self);
/* Days in a row with a check-in, up to today (or yesterday, while today has none yet). */
guint        candor_stats_get_streak           (CandorStats   *self);
/* Twelve weeks after the start and after the latest reassessment; invalid when the
 * journal is empty. */
const GDate *candor_stats_get_reassessment_due (CandorStats   *self);
gboolean     candor_stats_reassessment_is_due  (CandorStats   *self);

/* The positive-to-corrective ratio of a period, or FALSE when it had no corrective
 * moment (never an infinity). */
gboolean     candor_stats_period_get_ratio     (const CandorStatsPeriod *period,
                                                double                  *ratio);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CandorStats, candor_stats_free)

G_END_DECLS
