/* reflection-journal.h — hand-built journals for the weekly reflection tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "candor-journal.h"

G_BEGIN_DECLS

/* Names and texts the tests look for in the printed week. */
#define REFLECTION_NAME_ME       "Alex"
#define REFLECTION_NAME_PARTNER  "Саша"
#define REFLECTION_CYRILLIC_TEXT "Спасибо за тихий вечер"
#define REFLECTION_CJK_TEXT      "谢谢你今天听我说话"
#define REFLECTION_PRIVATE_TEXT  "A private note about the move"
/* A boundary its author has not shared, and a growth journal entry: never printed. */
#define REFLECTION_BOUNDARY_TEXT "Unshared limit: ask before borrowing my car"
#define REFLECTION_GROWTH_TEXT   "Growth journal: I go quiet when things get close"

/* A journal with one busy week: Monday 2026-11-16 to Sunday 2026-11-22 (first weekday
 * Monday). With @long_entry, one check-in is longer than a page. */
CandorJournal *reflection_journal_new_busy (gboolean long_entry);

G_END_DECLS
