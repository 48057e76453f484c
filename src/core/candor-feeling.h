/* candor-feeling.h — one word of the feeling vocabulary
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The six cores of the feelings wheel. The order is the order the picker shows them in. */
typedef enum
{
  CANDOR_FEELING_FAMILY_MAD,
  CANDOR_FEELING_FAMILY_SAD,
  CANDOR_FEELING_FAMILY_SCARED,
  CANDOR_FEELING_FAMILY_JOYFUL,
  CANDOR_FEELING_FAMILY_POWERFUL,
  CANDOR_FEELING_FAMILY_PEACEFUL,
} CandorFeelingFamily;

#define CANDOR_N_FEELING_FAMILIES (CANDOR_FEELING_FAMILY_PEACEFUL + 1)

/* The four quadrants of the mood meter: pleasantness across, energy up. */
typedef enum
{
  CANDOR_MOOD_QUADRANT_HIGH_UNPLEASANT,
  CANDOR_MOOD_QUADRANT_HIGH_PLEASANT,
  CANDOR_MOOD_QUADRANT_LOW_UNPLEASANT,
  CANDOR_MOOD_QUADRANT_LOW_PLEASANT,
} CandorMoodQuadrant;

#define CANDOR_N_MOOD_QUADRANTS (CANDOR_MOOD_QUADRANT_LOW_PLEASANT + 1)

#define CANDOR_TYPE_FEELING_FAMILY (candor_feeling_family_get_type ())
GType               candor_feeling_family_get_type    (void);
const char         *candor_feeling_family_to_string   (CandorFeelingFamily  family);
gboolean            candor_feeling_family_from_string (const char          *nick,
                                                       CandorFeelingFamily *family);
const char         *candor_feeling_family_get_label   (CandorFeelingFamily  family);

#define CANDOR_TYPE_MOOD_QUADRANT (candor_mood_quadrant_get_type ())
GType               candor_mood_quadrant_get_type     (void);
const char         *candor_mood_quadrant_to_string    (CandorMoodQuadrant   quadrant);
const char         *candor_mood_quadrant_get_label    (CandorMoodQuadrant   quadrant);
CandorMoodQuadrant  candor_mood_quadrant_for          (double               pleasantness,
                                                       double               energy);

#define CANDOR_TYPE_FEELING (candor_feeling_get_type ())

G_DECLARE_FINAL_TYPE (CandorFeeling, candor_feeling, CANDOR, FEELING, GObject)

CandorFeeling       *candor_feeling_new              (const char          *id,
                                                      const char          *label,
                                                      const char          *definition,
                                                      CandorFeelingFamily  family,
                                                      double               pleasantness,
                                                      double               energy);
const char          *candor_feeling_get_id           (CandorFeeling *self);
const char          *candor_feeling_get_label        (CandorFeeling *self);
const char          *candor_feeling_get_definition   (CandorFeeling *self);
CandorFeelingFamily  candor_feeling_get_family       (CandorFeeling *self);
double               candor_feeling_get_pleasantness (CandorFeeling *self);
double               candor_feeling_get_energy       (CandorFeeling *self);
CandorMoodQuadrant   candor_feeling_get_quadrant     (CandorFeeling *self);

G_END_DECLS
