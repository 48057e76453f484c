/* candor-reminders.h — which Connection Check reminders are due, and when the next one is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "candor-journal.h"

G_BEGIN_DECLS

/* A check is announced this long before it starts (as the .ics export's VALARM). */
#define CANDOR_REMINDER_CHECK_LEAD_MINUTES 15
/* A commitment is announced on its due day from this hour, local time. */
#define CANDOR_REMINDER_COMMITMENT_HOUR    9

typedef enum
{
  CANDOR_REMINDER_CHECK,      /* a scheduled check starts soon */
  CANDOR_REMINDER_COMMITMENT, /* a commitment is due today */
} CandorReminderKind;

typedef struct
{
  CandorReminderKind  kind;
  /* The notification id, one per entry ("check-ID", "commitment-ID"): a later
   * notification about the same entry replaces it, and it can be withdrawn. */
  char               *id;
  /* The id and the moment it is about: a rescheduled check or a moved due day is
   * a new reminder, the same one is never sent twice. */
  char               *key;
  CandorEntry        *entry;    /* the CandorCheck or CandorCommitment */
  CandorPerson       *person;
  /* Sent from @at until @until (the check's start, the end of the due day); worth
   * showing until @expires (the check's end, the end of the due day). */
  GDateTime          *at;
  GDateTime          *until;
  GDateTime          *expires;
  /* A commitment's text may be shown: the check it came from is not private. */
  gboolean            shareable;
} CandorReminder;

void        candor_reminder_free   (CandorReminder *reminder);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CandorReminder, candor_reminder_free)

GPtrArray  *candor_reminders_live  (CandorJournal *journal,
                                    GDateTime     *now,
                                    GDateTime    **next);
GPtrArray  *candor_reminders_due   (CandorJournal *journal,
                                    GDateTime     *now,
                                    GHashTable    *sent,
                                    GDateTime    **next);

G_END_DECLS
