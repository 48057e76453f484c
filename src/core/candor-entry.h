/* candor-entry.h — what every journal entry has: a stable id, created and modified
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define CANDOR_TYPE_ENTRY (candor_entry_get_type ())

G_DECLARE_DERIVABLE_TYPE (CandorEntry, candor_entry, CANDOR, ENTRY, GObject)

struct _CandorEntryClass
{
  GObjectClass parent_class;

  /* The date the journal sorts by and picks the year segment from; NULL for
   * entries of the profile segment (people, settings, reassessments). */
  GDateTime *(*get_date) (CandorEntry *self);

  /*< private >*/
  struct _CandorEntrySchema *schema;
  gpointer padding[4];
};

const char *candor_entry_get_id             (CandorEntry *self);
GDateTime  *candor_entry_get_created        (CandorEntry *self);
GDateTime  *candor_entry_get_modified       (CandorEntry *self);
void        candor_entry_set_modified       (CandorEntry *self,
                                             GDateTime   *modified);
GDateTime  *candor_entry_get_date           (CandorEntry *self);
char       *candor_entry_dup_segment        (CandorEntry *self);

/* A calendar day (a check-in's date, a due date) is a GDateTime at 00:00 UTC
 * of that day, whatever the time zone: it names a day, not a moment. */
GDateTime  *candor_day_new                  (int          year,
                                             int          month,
                                             int          day);
GDateTime  *candor_day_from_date_time       (GDateTime   *date_time);

char       *candor_segment_for_date         (GDateTime   *date);
gboolean    candor_segment_name_is_valid    (const char  *segment);

#define CANDOR_SEGMENT_PROFILE "profile"

G_END_DECLS
