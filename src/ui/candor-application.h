/* candor-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "candor-session.h"

G_BEGIN_DECLS

#define CANDOR_TYPE_APPLICATION (candor_application_get_type ())

G_DECLARE_FINAL_TYPE (CandorApplication, candor_application, CANDOR, APPLICATION, AdwApplication)

CandorApplication *candor_application_new          (const char        *application_id,
                                                    GApplicationFlags  flags);
GSettings         *candor_application_get_settings (CandorApplication *self);
/* The folder chosen with --vault, or NULL for the default; set before the app starts. */
void               candor_application_set_vault_directory (CandorApplication *self,
                                                           const char        *directory);
const char        *candor_application_get_vault_directory (CandorApplication *self);
/* From --passphrase-file: the first window opens the journal with it. */
void               candor_application_set_startup_passphrase (CandorApplication *self,
                                                              const char        *passphrase);
void               candor_application_switch_vault        (CandorApplication *self,
                                                           const char        *directory);
/* The one open journal, created at start-up. */
CandorSession     *candor_application_get_session  (CandorApplication *self);

G_END_DECLS
