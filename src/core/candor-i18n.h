/* candor-i18n.h — the UI language, set up the same way by the app and its tools
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char    *candor_i18n_locale_for_language (const char *language);
gboolean candor_i18n_init                (const char *language);

G_END_DECLS
