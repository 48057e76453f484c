/* candor-rituals.h — when the couple's rituals come round next
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "candor-settings.h"

G_BEGIN_DECLS

typedef enum
{
  CANDOR_RITUAL_WEEKLY,
  CANDOR_RITUAL_NIGHTLY,
  CANDOR_RITUAL_MONTHLY,
} CandorRitual;

#define CANDOR_N_RITUALS 3

/* "HH:MM", 00:00 to 23:59. */
gboolean   candor_ritual_parse_time    (const char   *text,
                                        guint        *hour,
                                        guint        *minute);
char      *candor_ritual_format_time   (guint         hour,
                                        guint         minute);

/* The first occurrence strictly after @after, in @after's time zone. @weekday: 1 Monday …
 * 7 Sunday. @day: of the month, moved to the month's last day when it has fewer. */
GDateTime *candor_ritual_next_nightly  (GDateTime    *after,
                                        guint         hour,
                                        guint         minute);
GDateTime *candor_ritual_next_weekly   (GDateTime    *after,
                                        guint         weekday,
                                        guint         hour,
                                        guint         minute);
GDateTime *candor_ritual_next_monthly  (GDateTime    *after,
                                        guint         day,
                                        guint         hour,
                                        guint         minute);

gboolean   candor_ritual_get_enabled   (CandorSettings *settings,
                                        CandorRitual    ritual);
/* The next occurrence of @ritual from @settings, or %NULL when it is off. */
GDateTime *candor_ritual_next          (CandorSettings *settings,
                                        CandorRitual    ritual,
                                        GDateTime      *after);

/* Which rituals came round after @since and up to @now: a mask of 1 << CandorRitual. A
 * machine that slept through several occurrences gets one reminder each, not a flood. */
guint      candor_rituals_due          (CandorSettings *settings,
                                        GDateTime      *since,
                                        GDateTime      *now);

/* A time of day the way the locale writes it (“19:30”, “7:30 PM”), without seconds. */
char      *candor_format_clock_time    (GDateTime    *time);

G_END_DECLS
