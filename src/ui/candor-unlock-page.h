/* candor-unlock-page.h — asking for the passphrase of an existing journal
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "candor-session.h"

G_BEGIN_DECLS

#define CANDOR_TYPE_UNLOCK_PAGE (candor_unlock_page_get_type ())

G_DECLARE_FINAL_TYPE (CandorUnlockPage, candor_unlock_page, CANDOR, UNLOCK_PAGE, GtkWidget)

CandorSession *candor_unlock_page_get_session (CandorUnlockPage *self);
void           candor_unlock_page_set_session (CandorUnlockPage *self,
                                               CandorSession    *session);
/* Empties the form and checks the key file. With @use_keyring, a passphrase
 * remembered in the keyring opens the journal without typing; without it (after Lock)
 * the keyring is only asked whether it remembers one. */
void           candor_unlock_page_start       (CandorUnlockPage *self,
                                               gboolean          use_keyring);
/* Opens the journal with @passphrase (candor --passphrase-file) once the next frame is
 * painted, instead of asking the keyring or the user. */
void           candor_unlock_page_unlock_with (CandorUnlockPage *self,
                                               const char       *passphrase);
/* TRUE while the keyring is asked or the journal opens. */
gboolean       candor_unlock_page_get_busy    (CandorUnlockPage *self);

G_END_DECLS
