/* candor-journal.h — the couple's whole state, as list models of entries
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "candor-entry.h"
#include "candor-json.h"
#include "candor-person.h"
#include "candor-settings.h"
#include "candor-checkin.h"
#include "candor-interaction.h"
#include "candor-check.h"
#include "candor-commitment.h"
#include "candor-exercise.h"
#include "candor-feeling-note.h"
#include "candor-reassessment.h"
#include "candor-boundary.h"
#include "candor-growth-entry.h"

G_BEGIN_DECLS

typedef enum
{
  CANDOR_IMPORT_MODE_MERGE,   /* keep what is there; per id, the newer "modified" wins */
  CANDOR_IMPORT_MODE_REPLACE, /* the document becomes the whole journal */
} CandorImportMode;

#define CANDOR_TYPE_JOURNAL (candor_journal_get_type ())

G_DECLARE_FINAL_TYPE (CandorJournal, candor_journal, CANDOR, JOURNAL, GObject)

CandorJournal  *candor_journal_new                 (void);

CandorSettings *candor_journal_get_settings        (CandorJournal *self);
gboolean        candor_journal_get_dirty           (CandorJournal *self);

/* Lists, each sorted by its date (people by when they were added). */
GListModel     *candor_journal_get_people          (CandorJournal *self);
GListModel     *candor_journal_get_reassessments   (CandorJournal *self);
GListModel     *candor_journal_get_checks          (CandorJournal *self);
GListModel     *candor_journal_get_checkins        (CandorJournal *self);
GListModel     *candor_journal_get_interactions    (CandorJournal *self);
GListModel     *candor_journal_get_commitments     (CandorJournal *self);
GListModel     *candor_journal_get_exercises       (CandorJournal *self);
GListModel     *candor_journal_get_feeling_notes   (CandorJournal *self);
/* Private entries: show them through candor-privacy.h. */
GListModel     *candor_journal_get_boundaries      (CandorJournal *self);
GListModel     *candor_journal_get_growth_entries  (CandorJournal *self);

gboolean        candor_journal_add                 (CandorJournal *self,
                                                    CandorEntry   *entry);
gboolean        candor_journal_remove              (CandorJournal *self,
                                                    CandorEntry   *entry);
CandorEntry    *candor_journal_find                (CandorJournal *self,
                                                    const char    *id);

void            candor_journal_add_person          (CandorJournal     *self,
                                                    CandorPerson      *person);
void            candor_journal_add_reassessment    (CandorJournal     *self,
                                                    CandorReassessment *reassessment);
void            candor_journal_add_check           (CandorJournal     *self,
                                                    CandorCheck       *check);
void            candor_journal_add_checkin         (CandorJournal     *self,
                                                    CandorCheckin     *checkin);
void            candor_journal_add_interaction     (CandorJournal     *self,
                                                    CandorInteraction *interaction);
void            candor_journal_add_commitment      (CandorJournal     *self,
                                                    CandorCommitment  *commitment);
void            candor_journal_add_exercise        (CandorJournal     *self,
                                                    CandorExercise    *exercise);
void            candor_journal_add_feeling_note    (CandorJournal     *self,
                                                    CandorFeelingNote *note);
void            candor_journal_add_boundary        (CandorJournal     *self,
                                                    CandorBoundary    *boundary);
void            candor_journal_add_growth_entry    (CandorJournal     *self,
                                                    CandorGrowthEntry *entry);

void            candor_journal_remove_person       (CandorJournal     *self,
                                                    CandorPerson      *person);
void            candor_journal_remove_reassessment (CandorJournal     *self,
                                                    CandorReassessment *reassessment);
void            candor_journal_remove_check        (CandorJournal     *self,
                                                    CandorCheck       *check);
void            candor_journal_remove_checkin      (CandorJournal     *self,
                                                    CandorCheckin     *checkin);
void            candor_journal_remove_interaction  (CandorJournal     *self,
                                                    CandorInteraction *interaction);
void            candor_journal_remove_commitment   (CandorJournal     *self,
                                                    CandorCommitment  *commitment);
void            candor_journal_remove_exercise     (CandorJournal     *self,
                                                    CandorExercise    *exercise);
void            candor_journal_remove_feeling_note (CandorJournal     *self,
                                                    CandorFeelingNote *note);
void            candor_journal_remove_boundary     (CandorJournal     *self,
                                                    CandorBoundary    *boundary);
void            candor_journal_remove_growth_entry (CandorJournal     *self,
                                                    CandorGrowthEntry *entry);

CandorPerson   *candor_journal_get_person_by_id    (CandorJournal *self,
                                                    const char    *id);
CandorCheck    *candor_journal_get_check_by_id     (CandorJournal *self,
                                                    const char    *id);
CandorPerson   *candor_journal_get_me              (CandorJournal *self);

/* Segments: "profile" and one per calendar year ("2025"). */
char          **candor_journal_dup_dirty_segments  (CandorJournal *self);
char          **candor_journal_dup_segments        (CandorJournal *self);
void            candor_journal_mark_clean          (CandorJournal *self,
                                                    const char    *segment);
void            candor_journal_mark_segment_dirty  (CandorJournal *self,
                                                    const char    *segment);
gboolean        candor_journal_is_segment_loaded   (CandorJournal *self,
                                                    const char    *segment);
GBytes         *candor_journal_serialize_segment   (CandorJournal *self,
                                                    const char    *segment);
gboolean        candor_journal_apply_segment       (CandorJournal     *self,
                                                    CandorSegmentData *data,
                                                    GError           **error);

/* The whole journal as one document (export, import, backups). */
JsonNode       *candor_journal_to_document         (CandorJournal    *self);
gboolean        candor_journal_import_document     (CandorJournal    *self,
                                                    JsonNode         *document,
                                                    CandorImportMode  mode,
                                                    GError          **error);

G_END_DECLS
