/* candor-guided-session-private.h — the guided session's state, shared by its two files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "candor-guided-session.h"
#include "candor-question-pool.h"

G_BEGIN_DECLS

#define N_QUESTIONS CANDOR_CHECK_N_QUESTIONS

#define CANDOR_GUIDED_N_STEPS 9

extern const char *const candor_guided_steps[CANDOR_GUIDED_N_STEPS];

typedef struct
{
  GtkWidget *label;
  GtkWidget *button;
  guint      total;
  guint      remaining;
  gboolean   running;
} Timer;

struct _CandorGuidedSession
{
  AdwWindow      parent_instance;

  CandorJournal *journal;
  CandorCheck   *check;
  CandorQuestionPool *pool;   /* the built-in questions' words in today's language */
  gboolean       finished;
  guint          step;
  guint          tick_source;

  AdwToastOverlay *toasts;
  GtkWidget     *stack;
  GtkWidget     *back_button;
  GtkWidget     *next_button;

  Timer          presence;
  Timer          story_timer;
  Timer          pause[N_QUESTIONS];
  GtkWidget     *after_pause[N_QUESTIONS];
  GtkTextBuffer *question_notes[N_QUESTIONS];
  GtkWidget     *permission_answer[N_QUESTIONS];

  GtkWidget     *private_switch;
  GtkWidget     *feeling_button;
  char          *feeling_id;
  GtkWidget     *story_event;
  GtkWidget     *story_takeaway;
  GtkWidget     *disclosed_switch;

  GtkWidget     *appreciation;
  GtkWidget     *appreciation_count;
  GtkWidget     *commitment_entry;
  GtkWidget     *commitment_list;
  GPtrArray     *commitments;
  GtkTextBuffer *follow_up;
  GtkWidget     *follow_up_count;
};

/* candor-guided-session-steps.c: builds the pages into self->stack. */
void candor_guided_session_build_steps (CandorGuidedSession *self);
char *candor_guided_session_dup_question (CandorGuidedSession *self,
                                          guint                index);

/* candor-guided-session.c: what the pages' widgets call. */
void candor_guided_session_update_counts      (CandorGuidedSession *self);
void candor_guided_session_on_commitment_apply (CandorGuidedSession *self);
void candor_guided_session_on_pick_feeling    (CandorGuidedSession *self);

G_END_DECLS
