/* candor-words.h — counting words the way a reader would, in any script
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The closing appreciation's limit (at most) and the follow-up message's (fewer than). */
#define CANDOR_APPRECIATION_MAX_WORDS 15
#define CANDOR_FOLLOW_UP_MAX_WORDS    60

/* The counting rule:
 *  - a word is a run of letters, digits and combining marks; apostrophes and
 *    hyphens inside a run keep it one word ("don't", "well-being");
 *  - punctuation, symbols and white space separate words and count for nothing;
 *  - in scripts written without spaces between words (Han, Hiragana, Katakana)
 *    a run of characters counts one word for every two, rounded up: words there
 *    are one to three characters long, two on average;
 *  - Hangul, Cyrillic, Greek and the other spaced scripts count like Latin. */
guint    candor_count_words        (const char          *text);

/* Whether @text holds one of @markers, ignoring case: a marker in a script written
 * without spaces (而且) anywhere, any other (and) only as a whole word. */
gboolean candor_words_contain_any  (const char          *text,
                                    const char * const  *markers);

G_END_DECLS
