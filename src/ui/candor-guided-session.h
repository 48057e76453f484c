/* candor-guided-session.h — a Connection Check, step by step, full window and calm
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "candor-journal.h"

G_BEGIN_DECLS

/* Default lengths, in seconds. */
#define CANDOR_GUIDED_PRESENCE_SECONDS (10 * 60)
#define CANDOR_GUIDED_PAUSE_SECONDS    3
#define CANDOR_GUIDED_STORY_SECONDS    90

#define CANDOR_TYPE_GUIDED_SESSION (candor_guided_session_get_type ())

G_DECLARE_FINAL_TYPE (CandorGuidedSession, candor_guided_session, CANDOR, GUIDED_SESSION, AdwWindow)

/* Finishing marks @check held and records what was said; closing before that
 * keeps everything typed so far in the check, still planned. */
CandorGuidedSession *candor_guided_session_new           (GtkWindow           *parent,
                                                          CandorJournal       *journal,
                                                          CandorCheck         *check);
/* The step shown: "presence", "agreement", "question-0" … "question-2",
 * "story", "closing", "commitments", "follow-up". */
const char          *candor_guided_session_get_step      (CandorGuidedSession *self);
void                 candor_guided_session_next          (CandorGuidedSession *self);
void                 candor_guided_session_back          (CandorGuidedSession *self);
gboolean             candor_guided_session_can_go_next   (CandorGuidedSession *self);
/* Timers: the visible one runs on the clock (one tick a second); tests move it
 * on with advance_time instead of waiting. */
void                 candor_guided_session_advance_time  (CandorGuidedSession *self,
                                                          guint                seconds);
guint                candor_guided_session_get_remaining (CandorGuidedSession *self);
gboolean             candor_guided_session_get_timer_running (CandorGuidedSession *self);
void                 candor_guided_session_toggle_timer  (CandorGuidedSession *self);
/* The question step's three-second pause after an answer. */
void                 candor_guided_session_answered      (CandorGuidedSession *self);
gboolean             candor_guided_session_get_pausing   (CandorGuidedSession *self);
void                 candor_guided_session_set_appreciation (CandorGuidedSession *self,
                                                          const char          *text);
void                 candor_guided_session_set_follow_up (CandorGuidedSession *self,
                                                          const char          *text);
void                 candor_guided_session_add_commitment (CandorGuidedSession *self,
                                                          const char          *text);
/* The live counters' text, e.g. "4 / 15 words". */
const char          *candor_guided_session_get_appreciation_count (CandorGuidedSession *self);
const char          *candor_guided_session_get_follow_up_count    (CandorGuidedSession *self);
void                 candor_guided_session_copy_follow_up (CandorGuidedSession *self);
/* Marks the check held, saves everything and closes. */
void                 candor_guided_session_finish        (CandorGuidedSession *self);

G_END_DECLS
