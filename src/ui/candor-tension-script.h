/* candor-tension-script.h — “I felt … when …”: raising one issue gently
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "candor-journal.h"

G_BEGIN_DECLS

#define CANDOR_TYPE_TENSION_SCRIPT (candor_tension_script_get_type ())

G_DECLARE_FINAL_TYPE (CandorTensionScript, candor_tension_script, CANDOR, TENSION_SCRIPT, AdwPreferencesGroup)

void        candor_tension_script_set_journal  (CandorTensionScript *self,
                                                CandorJournal       *journal);
/* The sentence as it stands, or %NULL while the feeling or what happened is missing. */
char       *candor_tension_script_dup_sentence (CandorTensionScript *self);
/* Whether @behavior seems to name more than one issue. */
gboolean    candor_tension_script_lists_several (const char *behavior);

G_END_DECLS
