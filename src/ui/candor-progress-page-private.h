/* candor-progress-page-private.h — the Progress page's cards, shared with candor-progress-cards.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "candor-bar-chart.h"
#include "candor-progress-page.h"
#include "candor-stats.h"

G_BEGIN_DECLS

/* One metric: a heading, a sentence about now, a chart and what it counts. */
typedef struct
{
  GtkWidget      *box;
  GtkLabel       *sentence;
  CandorBarChart *chart;
  GtkLabel       *caption;
} CandorProgressCard;

char *candor_progress_format_date           (const GDate        *date,
                                             const char         *format);

void  candor_progress_card_show_chats       (CandorProgressCard *card,
                                             CandorStats        *stats,
                                             CandorSettings     *settings);
void  candor_progress_card_show_disclosures (CandorProgressCard *card,
                                             CandorStats        *stats);
void  candor_progress_card_show_follow_ups  (CandorProgressCard *card,
                                             CandorStats        *stats);
void  candor_progress_card_show_ratio       (CandorProgressCard *card,
                                             CandorStats        *stats,
                                             CandorSettings     *settings);
/* @persons: the journal's people, for each one's share. */
void  candor_progress_card_show_families    (CandorProgressCard *card,
                                             CandorStats        *stats,
                                             GListModel         *persons);
void  candor_progress_card_show_named       (CandorProgressCard *card,
                                             CandorStats        *stats,
                                             GListModel         *persons);
void  candor_progress_card_show_vocabulary  (CandorProgressCard *card,
                                             CandorStats        *stats);

G_END_DECLS
