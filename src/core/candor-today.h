/* candor-today.h — today's check-ins: who answers, what shows, how the sentence reads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "candor-journal.h"

G_BEGIN_DECLS

/* What the Today page shows for one person's check-in of the day. */
typedef enum
{
  CANDOR_TODAY_STATE_UNANSWERED, /* nothing written yet */
  CANDOR_TODAY_STATE_HIDDEN,     /* written, kept hidden until the other answers */
  CANDOR_TODAY_STATE_SHOWN,      /* revealed (or there is no one to wait for) */
} CandorTodayState;

void              candor_today_pick_people        (CandorJournal       *journal,
                                                   CandorPerson       **first,
                                                   CandorPerson       **second);
CandorCheckin    *candor_today_find_checkin       (GListModel          *checkins,
                                                   const char          *author_id,
                                                   GDateTime           *day);
CandorTodayState  candor_today_get_state          (CandorCheckin       *checkin,
                                                   gboolean             has_other);
gboolean          candor_today_reveal_if_ready    (CandorCheckin       *first,
                                                   CandorCheckin       *second);
void              candor_today_reveal             (CandorCheckin       *first,
                                                   CandorCheckin       *second);

char             *candor_today_join_labels        (const char * const  *labels);
char             *candor_today_build_sentence     (const char * const  *labels,
                                                   const char          *when,
                                                   const char          *need);
char             *candor_today_dup_checkin_text   (CandorCheckin       *checkin);
const char       *candor_today_kind_label         (CandorCheckinKind    kind);

int               candor_today_days_since_last    (GListModel          *checkins,
                                                   const char          *author_id,
                                                   GDateTime           *today);
const char       *candor_today_get_welcome        (int                  days_since_last);

G_END_DECLS
