/* candor-change-passphrase-dialog.h — a new passphrase for the open journal
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "candor-session.h"

G_BEGIN_DECLS

#define CANDOR_TYPE_CHANGE_PASSPHRASE_DIALOG (candor_change_passphrase_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CandorChangePassphraseDialog, candor_change_passphrase_dialog, CANDOR,
                      CHANGE_PASSPHRASE_DIALOG, AdwWindow)

/* With @update_keyring, the new passphrase replaces the one remembered in the keyring.
 * When @parent is an AdwPreferencesWindow, the outcome is told there in a toast. */
CandorChangePassphraseDialog *candor_change_passphrase_dialog_new (GtkWindow     *parent,
                                                                   CandorSession *session,
                                                                   gboolean       update_keyring);

G_END_DECLS
