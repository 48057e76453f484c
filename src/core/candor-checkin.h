/* candor-checkin.h — one honest statement of the day: a worry, a regret, an appreciation, a need
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "candor-entry.h"

G_BEGIN_DECLS

typedef enum
{
  CANDOR_CHECKIN_KIND_WORRY,
  CANDOR_CHECKIN_KIND_REGRET,
  CANDOR_CHECKIN_KIND_APPRECIATION,
  CANDOR_CHECKIN_KIND_NEED,
  CANDOR_CHECKIN_KIND_OTHER,
} CandorCheckinKind;

#define CANDOR_TYPE_CHECKIN_KIND (candor_checkin_kind_get_type ())
GType candor_checkin_kind_get_type (void);

#define CANDOR_TYPE_CHECKIN (candor_checkin_get_type ())

G_DECLARE_FINAL_TYPE (CandorCheckin, candor_checkin, CANDOR, CHECKIN, CandorEntry)

CandorCheckin       *candor_checkin_new           (const char        *author_id,
                                                   GDateTime         *date,
                                                   CandorCheckinKind  kind);
const char          *candor_checkin_get_author_id (CandorCheckin *self);
void                 candor_checkin_set_author_id (CandorCheckin *self,
                                                   const char    *author_id);
GDateTime           *candor_checkin_get_date      (CandorCheckin *self);
void                 candor_checkin_set_date      (CandorCheckin *self,
                                                   GDateTime     *date);
CandorCheckinKind    candor_checkin_get_kind      (CandorCheckin *self);
void                 candor_checkin_set_kind      (CandorCheckin     *self,
                                                   CandorCheckinKind  kind);
const char * const  *candor_checkin_get_feelings  (CandorCheckin *self);
void                 candor_checkin_set_feelings  (CandorCheckin      *self,
                                                   const char * const *feelings);
const char          *candor_checkin_get_when      (CandorCheckin *self);
void                 candor_checkin_set_when      (CandorCheckin *self,
                                                   const char    *when);
const char          *candor_checkin_get_need      (CandorCheckin *self);
void                 candor_checkin_set_need      (CandorCheckin *self,
                                                   const char    *need);
const char          *candor_checkin_get_text      (CandorCheckin *self);
void                 candor_checkin_set_text      (CandorCheckin *self,
                                                   const char    *text);
gboolean             candor_checkin_get_shared    (CandorCheckin *self);
void                 candor_checkin_set_shared    (CandorCheckin *self,
                                                   gboolean       shared);
gboolean             candor_checkin_get_revealed  (CandorCheckin *self);
void                 candor_checkin_set_revealed  (CandorCheckin *self,
                                                   gboolean       revealed);

G_END_DECLS
