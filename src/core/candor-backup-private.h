/* candor-backup-private.h — helpers shared by candor-backup.c and candor-backup-files.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "candor-backup.h"

G_BEGIN_DECLS

/* Writes atomically and durably (0600); failures become messages for people, with
 * NO_SPACE for a full disk and IO (naming the file) for a read-only or missing folder. */
gboolean  candor_backup_write_file      (const char    *path,
                                         const guint8  *data,
                                         gsize          len,
                                         GError       **error);
GBytes   *candor_backup_read_file       (const char    *path,
                                         GError       **error);
void      candor_backup_set_write_error (GError       **error,
                                         const char    *path,
                                         int            saved_errno,
                                         const char    *detail);
/* The vault's backups/ folder. */
char     *candor_backup_dir             (CandorVault   *vault);
gboolean  candor_backup_ensure_dir      (const char    *path,
                                         GError       **error);

G_END_DECLS
