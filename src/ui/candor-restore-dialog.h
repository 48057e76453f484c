/* candor-restore-dialog.h — what a backup holds, and how to bring it back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "candor-backup.h"

G_BEGIN_DECLS

#define CANDOR_TYPE_RESTORE_DIALOG (candor_restore_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CandorRestoreDialog, candor_restore_dialog, CANDOR, RESTORE_DIALOG,
                      AdwMessageDialog)

/* Responses: "cancel", "merge", "replace". The dialog does not restore anything. */
CandorRestoreDialog  *candor_restore_dialog_new          (GtkWindow            *parent,
                                                          const char           *file_name,
                                                          CandorBackupContents *contents);
/* The summary as shown, one "title: value" line per row; for tests and screen readers. */
char                 *candor_restore_dialog_dup_summary  (CandorRestoreDialog  *self);

G_END_DECLS
