/* candor-interaction.h — a bid for connection, or a positive or corrective moment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "candor-entry.h"

G_BEGIN_DECLS

typedef enum
{
  CANDOR_INTERACTION_KIND_BID_TOWARD,
  CANDOR_INTERACTION_KIND_BID_AWAY,
  CANDOR_INTERACTION_KIND_BID_AGAINST,
  CANDOR_INTERACTION_KIND_POSITIVE,
  CANDOR_INTERACTION_KIND_CORRECTIVE,
} CandorInteractionKind;

#define CANDOR_TYPE_INTERACTION_KIND (candor_interaction_kind_get_type ())
GType candor_interaction_kind_get_type (void);

#define CANDOR_TYPE_INTERACTION (candor_interaction_get_type ())

G_DECLARE_FINAL_TYPE (CandorInteraction, candor_interaction, CANDOR, INTERACTION, CandorEntry)

CandorInteraction     *candor_interaction_new                 (const char            *person_id,
                                                               GDateTime             *date,
                                                               CandorInteractionKind  kind);
const char            *candor_interaction_get_person_id       (CandorInteraction *self);
void                   candor_interaction_set_person_id       (CandorInteraction *self,
                                                               const char        *person_id);
GDateTime             *candor_interaction_get_date            (CandorInteraction *self);
void                   candor_interaction_set_date            (CandorInteraction *self,
                                                               GDateTime         *date);
CandorInteractionKind  candor_interaction_get_kind            (CandorInteraction *self);
void                   candor_interaction_set_kind            (CandorInteraction     *self,
                                                               CandorInteractionKind  kind);
const char            *candor_interaction_get_note            (CandorInteraction *self);
void                   candor_interaction_set_note            (CandorInteraction *self,
                                                               const char        *note);
gboolean               candor_interaction_get_meaningful_chat (CandorInteraction *self);
void                   candor_interaction_set_meaningful_chat (CandorInteraction *self,
                                                               gboolean           meaningful_chat);

G_END_DECLS
