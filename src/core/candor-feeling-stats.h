/* candor-feeling-stats.h — the feeling words a journal has used: counts and growth
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "candor-journal.h"
#include "candor-vocabulary.h"

G_BEGIN_DECLS

typedef struct
{
  char  *id;
  guint  count;
} CandorFeelingCount;

typedef struct
{
  int   year;
  int   month;       /* 1…12 */
  guint distinct;    /* different words used that month */
  guint new_words;   /* words used for the first time that month */
  guint total;       /* different words used up to the end of that month */
} CandorFeelingMonth;

typedef struct _CandorFeelingStats CandorFeelingStats;

/* @person_id: NULL counts everyone. */
CandorFeelingStats       *candor_feeling_stats_new            (CandorJournal      *journal,
                                                               const char         *person_id);
void                      candor_feeling_stats_free           (CandorFeelingStats *self);

guint                     candor_feeling_stats_get_uses       (CandorFeelingStats *self);
guint                     candor_feeling_stats_get_distinct   (CandorFeelingStats *self);
guint                     candor_feeling_stats_get_count      (CandorFeelingStats *self,
                                                               const char         *feeling_id);
guint                     candor_feeling_stats_get_family     (CandorFeelingStats *self,
                                                               CandorFeelingFamily family);
/* Most used first (ties by id); n_out gets the length. */
const CandorFeelingCount *candor_feeling_stats_get_top        (CandorFeelingStats *self,
                                                               guint              *n_out);
/* Oldest month first, every month from the first use to the last. */
const CandorFeelingMonth *candor_feeling_stats_get_months     (CandorFeelingStats *self,
                                                               guint              *n_out);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CandorFeelingStats, candor_feeling_stats_free)

G_END_DECLS
