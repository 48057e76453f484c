/* candor-atomic.h — file operations that never leave a torn file behind
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Errors are G_FILE_ERROR with the errno's code and a message naming the file; the
 * vault turns them into CandorVaultError messages for people.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Old or new contents, never a mix, and on disk before returning. Mode 0600. */
gboolean candor_atomic_write               (const char    *path,
                                            const guint8  *data,
                                            gsize          len,
                                            GError       **error);
/* Makes @copy_path hold what @path holds now: a hard link when the file system allows
 * it (no bytes copied, atomic), otherwise an atomic copy. */
gboolean candor_atomic_keep_copy           (const char    *path,
                                            const char    *copy_path,
                                            GError       **error);
/* Shifts @backup_base.1 … .(@keep-1) one place up (dropping .@keep) and keeps @path as
 * @backup_base.1. Does nothing if .1 already holds exactly what @path holds, so a retried
 * save does not push an older copy out. */
gboolean candor_atomic_rotate_backups      (const char    *path,
                                            const char    *backup_base,
                                            guint          keep,
                                            GError       **error);
/* Removes temporary files g_file_set_contents_full() left behind when a process died
 * mid-save. Only call while holding the lock: another writer's temporary file looks the
 * same. */
void     candor_atomic_remove_stale_temps  (const char    *directory);

/* Returns an open file descriptor holding an exclusive flock(), or -1. *@busy tells
 * "someone else holds it" from other failures. File systems without locks get an
 * unlocked descriptor, so a synced folder still works. */
int      candor_atomic_lock                (const char    *lock_path,
                                            gboolean      *busy,
                                            GError       **error);
void     candor_atomic_unlock              (int            fd);

gboolean candor_atomic_error_is_no_space   (const GError  *error);

G_END_DECLS
