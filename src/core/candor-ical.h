/* candor-ical.h — Connection Checks as an iCalendar (RFC 5545) document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "candor-journal.h"

G_BEGIN_DECLS

/* Minutes before a scheduled check that calendars remind of it. */
#define CANDOR_ICAL_ALARM_MINUTES 15

/* The UID of a check's event: the same on every export. */
char *candor_ical_uid_for_check (CandorCheck *check);

/* TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and
 * line breaks (CR, LF or CRLF become "\n"). */
char *candor_ical_escape_text   (const char  *text);

/* Content-line folding (§3.1): lines longer than 75 octets are split, never
 * inside a UTF-8 character, and each continuation starts with one space.
 * Returns the folded line with CRLF line endings, ending in CRLF. */
char *candor_ical_fold_line     (const char  *line);

/* The whole calendar: one VEVENT per check of @journal (held, skipped and
 * scheduled), DTSTAMP @now (UTC), DTSTART/DTEND in UTC. Private checks carry
 * no questions. Returns a NUL-terminated document; @length may be NULL. */
char *candor_ical_export        (CandorJournal *journal,
                                 GDateTime     *now,
                                 gsize         *length);

/* The same, written to @path (0600, atomically). */
gboolean candor_ical_write_file (CandorJournal  *journal,
                                 GDateTime      *now,
                                 const char     *path,
                                 GError        **error);

G_END_DECLS
