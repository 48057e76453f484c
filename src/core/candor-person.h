/* candor-person.h — someone the journal is about: a partner, a friend, family
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "candor-entry.h"

G_BEGIN_DECLS

typedef enum
{
  CANDOR_RELATIONSHIP_PARTNER,
  CANDOR_RELATIONSHIP_FRIEND,
  CANDOR_RELATIONSHIP_FAMILY,
  CANDOR_RELATIONSHIP_OTHER,
} CandorRelationship;

#define CANDOR_TYPE_RELATIONSHIP (candor_relationship_get_type ())
GType candor_relationship_get_type (void);

#define CANDOR_PERSON_DEFAULT_COLOR   "#3584e4"
#define CANDOR_PERSON_DEFAULT_CADENCE 2

#define CANDOR_TYPE_PERSON (candor_person_get_type ())

G_DECLARE_FINAL_TYPE (CandorPerson, candor_person, CANDOR, PERSON, CandorEntry)

CandorPerson       *candor_person_new              (const char         *name,
                                                    CandorRelationship  relationship);
const char         *candor_person_get_name         (CandorPerson *self);
void                candor_person_set_name         (CandorPerson *self,
                                                    const char   *name);
CandorRelationship  candor_person_get_relationship (CandorPerson *self);
void                candor_person_set_relationship (CandorPerson       *self,
                                                    CandorRelationship  relationship);
const char         *candor_person_get_color        (CandorPerson *self);
void                candor_person_set_color        (CandorPerson *self,
                                                    const char   *color);
guint               candor_person_get_cadence      (CandorPerson *self);
void                candor_person_set_cadence      (CandorPerson *self,
                                                    guint         cadence);
gboolean            candor_person_get_archived     (CandorPerson *self);
void                candor_person_set_archived     (CandorPerson *self,
                                                    gboolean      archived);
gboolean            candor_person_get_is_me        (CandorPerson *self);
void                candor_person_set_is_me        (CandorPerson *self,
                                                    gboolean      is_me);

G_END_DECLS
