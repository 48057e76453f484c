/* candor-cadence.h — how a month's Connection Checks compare with each person's cadence
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "candor-journal.h"

G_BEGIN_DECLS

/* The hour (local time) proposed for a missing check. */
#define CANDOR_CADENCE_PROPOSED_HOUR 19

/* What one person's month looks like. A check belongs to the month its start
 * falls in, in the time zone given (the user's).
 *
 *   scheduled  still ahead (status scheduled, ends after now)
 *   held       marked held
 *   skipped    marked skipped
 *   overdue    status scheduled but already over: neither held nor skipped yet
 *
 * The month counts as planned with held + scheduled; it is below cadence when
 * that is less than the person's cadence, and missing says by how many. */
typedef struct
{
  guint scheduled;
  guint held;
  guint skipped;
  guint overdue;
  guint cadence;
  guint missing;
} CandorCadenceMonth;

/* Whether a scheduled check is over without being marked held or skipped. */
gboolean  candor_cadence_check_is_overdue   (CandorCheck        *check,
                                             GDateTime          *now);

void      candor_cadence_compute            (CandorJournal      *journal,
                                             CandorPerson       *person,
                                             int                 year,
                                             int                 month,
                                             GTimeZone          *tz,
                                             GDateTime          *now,
                                             CandorCadenceMonth *result);

gboolean  candor_cadence_is_below           (const CandorCadenceMonth *month);

/* People (not archived, not "me") whose @month is below cadence and who can
 * still meet it (the month is not over). Returns CandorPerson, in the
 * journal's order. */
GPtrArray *candor_cadence_people_below      (CandorJournal      *journal,
                                             int                 year,
                                             int                 month,
                                             GTimeZone          *tz,
                                             GDateTime          *now);

/* Up to @n start times for missing checks with @person in @month: spread
 * evenly over the days still ahead (after @now), skipping days that already
 * have a check with that person, at CANDOR_CADENCE_PROPOSED_HOUR in @tz.
 * Returns GDateTime, fewer than @n when the month has no room left. */
GPtrArray *candor_cadence_propose           (CandorJournal      *journal,
                                             CandorPerson       *person,
                                             int                 year,
                                             int                 month,
                                             guint               n,
                                             GTimeZone          *tz,
                                             GDateTime          *now);

/* Checks with @person started before @before, most recent first, at most @n.
 * Returns CandorCheck. Used for question rotation. */
GPtrArray *candor_cadence_recent_checks     (CandorJournal      *journal,
                                             const char         *person_id,
                                             GDateTime          *before,
                                             guint               n);

G_END_DECLS
