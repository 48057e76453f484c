/* candor-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CANDOR_TYPE_APPLICATION (candor_application_get_type ())

G_DECLARE_FINAL_TYPE (CandorApplication, candor_application, CANDOR, APPLICATION, AdwApplication)

CandorApplication *candor_application_new          (const char        *application_id,
                                                    GApplicationFlags  flags);
GSettings         *candor_application_get_settings (CandorApplication *self);

G_END_DECLS
