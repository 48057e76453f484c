/* candor-boundary.h — one person's limit, in their own words, shared when they choose
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "candor-entry.h"

G_BEGIN_DECLS

/* The earlier wordings kept per boundary; the oldest go first. */
#define CANDOR_BOUNDARY_MAX_REVISIONS 64

/* A card suggests looking at boundaries again after this long. */
#define CANDOR_BOUNDARY_REVISIT_MONTHS 3

#define CANDOR_TYPE_BOUNDARY (candor_boundary_get_type ())

G_DECLARE_FINAL_TYPE (CandorBoundary, candor_boundary, CANDOR, BOUNDARY, CandorEntry)

CandorBoundary *candor_boundary_new                 (const char     *person_id,
                                                     const char     *text,
                                                     GDateTime      *revised);
const char     *candor_boundary_get_person_id       (CandorBoundary *self);
void            candor_boundary_set_person_id       (CandorBoundary *self,
                                                     const char     *person_id);
const char     *candor_boundary_get_text            (CandorBoundary *self);
void            candor_boundary_set_text            (CandorBoundary *self,
                                                     const char     *text);
GDateTime      *candor_boundary_get_revised         (CandorBoundary *self);
void            candor_boundary_set_revised         (CandorBoundary *self,
                                                     GDateTime      *revised);
GDateTime      *candor_boundary_get_shared          (CandorBoundary *self);
void            candor_boundary_set_shared          (CandorBoundary *self,
                                                     GDateTime      *shared);
gboolean        candor_boundary_is_shared           (CandorBoundary *self);
const char     *candor_boundary_get_acknowledged_by (CandorBoundary *self);
GDateTime      *candor_boundary_get_acknowledged    (CandorBoundary *self);
void            candor_boundary_acknowledge         (CandorBoundary *self,
                                                     const char     *person_id,
                                                     GDateTime      *when);
void            candor_boundary_clear_acknowledged  (CandorBoundary *self);

/* Earlier wordings, oldest first: a{text, date} as GVariant "a(ss)". */
GVariant       *candor_boundary_get_history         (CandorBoundary *self);
void            candor_boundary_set_history         (CandorBoundary *self,
                                                     GVariant       *history);
guint           candor_boundary_get_n_revisions     (CandorBoundary *self);
const char     *candor_boundary_get_revision        (CandorBoundary *self,
                                                     guint           index,
                                                     GDateTime     **date);

/* Keeps the current wording in the history, takes @text as of @when, and asks
 * for a fresh acknowledgment: the partner has not read the new words yet.
 * Returns FALSE (and changes nothing) when @text is the current wording. */
gboolean        candor_boundary_revise              (CandorBoundary *self,
                                                     const char     *text,
                                                     GDateTime      *when);

/* "Still right for me": read again and kept as it is. */
GDateTime      *candor_boundary_get_revisited       (CandorBoundary *self);
void            candor_boundary_set_revisited       (CandorBoundary *self,
                                                     GDateTime      *revisited);

/* The latest of its revision, its acknowledgment and its revisit. */
GDateTime      *candor_boundary_get_last_visited    (CandorBoundary *self);
/* CANDOR_BOUNDARY_REVISIT_MONTHS or more since the last visit. */
gboolean        candor_boundary_needs_revisit       (CandorBoundary *self,
                                                     GDateTime      *now);

G_END_DECLS
