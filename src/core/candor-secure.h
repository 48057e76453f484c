/* candor-secure.h — process hardening and libsodium start-up
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean candor_secure_init (GError **error);

G_END_DECLS
