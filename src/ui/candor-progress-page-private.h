/* candor-progress-page-private.h — the Progress page's cards, shared with candor-progress-cards.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "candor-bar-chart.h"
#include "candor-progress-page.h"
#include "candor-stats.h"

G_BEGIN_DECLS

/* How far back the charts look; the order of the range buttons. */
typedef enum
{
  CANDOR_PROGRESS_RANGE_12_WEEKS,
  CANDOR_PROGRESS_RANGE_6_MONTHS,
  CANDOR_PROGRESS_RANGE_1_YEAR,
  CANDOR_PROGRESS_RANGE_ALL,
  CANDOR_PROGRESS_N_RANGES
} CandorProgressRange;

/* One metric: a heading, a sentence about now, a chart (or the same as a table) and
 * what it counts. */
typedef struct
{
  GtkWidget      *box;
  GtkLabel       *sentence;
  CandorBarChart *chart;
  GtkListBox     *table;
  GtkLabel       *caption;
} CandorProgressCard;

char *candor_progress_format_date           (const GDate        *date,
                                             const char         *format);

void  candor_progress_card_show_chats       (CandorProgressCard  *card,
                                             CandorStats         *stats,
                                             CandorSettings      *settings,
                                             CandorProgressRange  range);
void  candor_progress_card_show_disclosures (CandorProgressCard  *card,
                                             CandorStats         *stats,
                                             CandorProgressRange  range);
void  candor_progress_card_show_follow_ups  (CandorProgressCard  *card,
                                             CandorStats         *stats,
                                             CandorProgressRange  range);
void  candor_progress_card_show_ratio       (CandorProgressCard  *card,
                                             CandorStats         *stats,
                                             CandorSettings      *settings,
                                             CandorProgressRange  range);
/* @persons: the journal's people, for each one's share. */
void  candor_progress_card_show_families    (CandorProgressCard  *card,
                                             CandorStats         *stats,
                                             GListModel          *persons,
                                             CandorProgressRange  range);
void  candor_progress_card_show_named       (CandorProgressCard  *card,
                                             CandorStats         *stats,
                                             GListModel          *persons,
                                             CandorProgressRange  range);
void  candor_progress_card_show_vocabulary  (CandorProgressCard  *card,
                                             CandorStats         *stats,
                                             CandorProgressRange  range);

G_END_DECLS
