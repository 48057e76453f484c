/* candor-vocabulary.h — the feeling words: lookup, browsing, search, recent and frequent
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "candor-feeling.h"

G_BEGIN_DECLS

#define CANDOR_VOCABULARY_ERROR (candor_vocabulary_error_quark ())

typedef enum
{
  CANDOR_VOCABULARY_ERROR_INVALID,
} CandorVocabularyError;

GQuark candor_vocabulary_error_quark (void);

#define CANDOR_TYPE_VOCABULARY (candor_vocabulary_get_type ())

G_DECLARE_FINAL_TYPE (CandorVocabulary, candor_vocabulary, CANDOR, VOCABULARY, GObject)

CandorVocabulary *candor_vocabulary_get_default    (void);
CandorVocabulary *candor_vocabulary_new_from_bytes (GBytes              *bytes,
                                                    GError             **error);
guint             candor_vocabulary_get_n_feelings (CandorVocabulary    *self);
CandorFeeling    *candor_vocabulary_lookup         (CandorVocabulary    *self,
                                                    const char          *id);
GListModel       *candor_vocabulary_get_all        (CandorVocabulary    *self);
GListModel       *candor_vocabulary_get_family     (CandorVocabulary    *self,
                                                    CandorFeelingFamily  family);
GListModel       *candor_vocabulary_get_quadrant   (CandorVocabulary    *self,
                                                    CandorMoodQuadrant   quadrant);
GListModel       *candor_vocabulary_search         (CandorVocabulary    *self,
                                                    const char          *query);
GListModel       *candor_vocabulary_get_recent     (CandorVocabulary    *self,
                                                    const char * const  *ids_by_time,
                                                    guint                max_items);
GListModel       *candor_vocabulary_get_frequent   (CandorVocabulary    *self,
                                                    const char * const  *ids_by_time,
                                                    guint                min_uses,
                                                    guint                max_items);

char             *candor_vocabulary_normalize      (const char          *text);

G_END_DECLS
