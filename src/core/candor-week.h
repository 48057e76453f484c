/* candor-week.h — one week of the journal, as the printed weekly reflection shows it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "candor-journal.h"
#include "candor-prompt.h"

G_BEGIN_DECLS

typedef enum
{
  CANDOR_WEEK_COMMITMENT_DONE,    /* done during the week */
  CANDOR_WEEK_COMMITMENT_OPEN,    /* not done yet, its day still to come */
  CANDOR_WEEK_COMMITMENT_OVERDUE, /* due during the week, not done by its end */
} CandorWeekCommitmentState;

#define CANDOR_WEEK_N_COMMITMENT_STATES (CANDOR_WEEK_COMMITMENT_OVERDUE + 1)

/* An appreciation: an appreciation check-in, or the closing words of a Connection Check. */
typedef struct
{
  char      *person_id;  /* who said it, or for a check the person it was with */
  GDateTime *day;        /* 00:00 UTC naming the day */
  char      *text;
  gboolean   from_check;
} CandorWeekAppreciation;

#define CANDOR_TYPE_WEEK (candor_week_get_type ())

G_DECLARE_FINAL_TYPE (CandorWeek, candor_week, CANDOR, WEEK, GObject)

guint       candor_week_first_weekday_for_locale (void);
guint       candor_week_first_weekday_from_langinfo (guint first_weekday,
                                                     guint week_1stday);

CandorWeek *candor_week_new                      (CandorJournal *journal,
                                                  GDateTime     *day,
                                                  const char    *include_private_of);
CandorWeek *candor_week_new_full                 (CandorJournal *journal,
                                                  GDateTime     *day,
                                                  const char    *include_private_of,
                                                  guint          first_weekday,
                                                  GTimeZone     *time_zone,
                                                  GDateTime     *now);

GDateTime  *candor_week_get_start                (CandorWeek    *self);
GDateTime  *candor_week_get_end                  (CandorWeek    *self);
gboolean    candor_week_is_empty                 (CandorWeek    *self);

GPtrArray  *candor_week_get_people               (CandorWeek    *self);
GPtrArray  *candor_week_get_checkins             (CandorWeek    *self,
                                                  const char    *person_id);
guint       candor_week_get_n_checkins           (CandorWeek    *self);
char      **candor_week_dup_feelings             (CandorWeek    *self,
                                                  const char    *person_id);
guint       candor_week_get_feeling_uses         (CandorWeek    *self,
                                                  const char    *person_id,
                                                  const char    *feeling_id);
guint       candor_week_get_n_feelings_named     (CandorWeek    *self);
GPtrArray  *candor_week_get_checks_held          (CandorWeek    *self);
GPtrArray  *candor_week_get_commitments          (CandorWeek                *self,
                                                  CandorWeekCommitmentState  state);
GPtrArray  *candor_week_get_appreciations        (CandorWeek    *self);
guint       candor_week_get_n_positive           (CandorWeek    *self);
guint       candor_week_get_n_corrective         (CandorWeek    *self);
guint       candor_week_get_ratio_target         (CandorWeek    *self);
guint       candor_week_get_n_chats              (CandorWeek    *self);
GPtrArray  *candor_week_get_prompts              (CandorWeek    *self);

G_END_DECLS
