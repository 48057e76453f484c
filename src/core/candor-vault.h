/* candor-vault.h — the encrypted, segmented store behind the journal
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define CANDOR_VAULT_ERROR (candor_vault_error_quark ())

/**
 * CandorVaultError:
 * @CANDOR_VAULT_ERROR_NOT_FOUND: no vault in that folder (or no such segment yet)
 * @CANDOR_VAULT_ERROR_WRONG_PASSPHRASE: the passphrase does not open the key file
 * @CANDOR_VAULT_ERROR_DAMAGED: a file is damaged; the message names it. Offer a backup.
 * @CANDOR_VAULT_ERROR_FOREIGN: the file is not a Candor file at all
 * @CANDOR_VAULT_ERROR_NEWER_VERSION: made by a newer version of Candor
 * @CANDOR_VAULT_ERROR_CHANGED_ON_DISK: a file changed on disk since it was read; nothing written
 * @CANDOR_VAULT_ERROR_BUSY: another process (or another #CandorVault) holds the write lock
 * @CANDOR_VAULT_ERROR_NO_SPACE: the disk (or quota) is full; nothing overwritten
 * @CANDOR_VAULT_ERROR_IO: any other input/output problem; the message names the file
 * @CANDOR_VAULT_ERROR_LOCKED: no key in memory; unlock first
 * @CANDOR_VAULT_ERROR_EXISTS: candor_vault_create() found a journal (or journal files) there
 *
 * Every message is translated and written for people: what happened and what to do.
 * Programming errors (an invalid segment name, a backup path outside the vault) are
 * reported as %G_IO_ERROR_INVALID_ARGUMENT instead.
 */
typedef enum
{
  CANDOR_VAULT_ERROR_NOT_FOUND,
  CANDOR_VAULT_ERROR_WRONG_PASSPHRASE,
  CANDOR_VAULT_ERROR_DAMAGED,
  CANDOR_VAULT_ERROR_FOREIGN,
  CANDOR_VAULT_ERROR_NEWER_VERSION,
  CANDOR_VAULT_ERROR_CHANGED_ON_DISK,
  CANDOR_VAULT_ERROR_BUSY,
  CANDOR_VAULT_ERROR_NO_SPACE,
  CANDOR_VAULT_ERROR_IO,
  CANDOR_VAULT_ERROR_LOCKED,
  CANDOR_VAULT_ERROR_EXISTS,
} CandorVaultError;

/* Segment names: "profile" and four-digit years ("2025"). */
#define CANDOR_VAULT_PROFILE_SEGMENT "profile"

/* How many older copies of each segment file are kept in backups/. */
#define CANDOR_VAULT_N_BACKUPS 3

#define CANDOR_TYPE_VAULT (candor_vault_get_type ())

G_DECLARE_FINAL_TYPE (CandorVault, candor_vault, CANDOR, VAULT, GObject)

GQuark       candor_vault_error_quark              (void);

gboolean     candor_vault_is_valid_segment_name    (const char           *name);

/* NULL → the default folder, $XDG_DATA_HOME/io.github.candorapp.Candor. No I/O. */
CandorVault *candor_vault_new                      (const char           *directory);
const char  *candor_vault_get_directory            (CandorVault          *self);
gboolean     candor_vault_exists                   (CandorVault          *self);

/* Reads and checks the key file without the passphrase, so the app can report FOREIGN,
 * NEWER_VERSION or DAMAGED before asking for one, and can look the passphrase up in the
 * keyring by id. Called implicitly by candor_vault_get_id() and the unlock functions. */
gboolean     candor_vault_load                     (CandorVault          *self,
                                                    GError              **error);
/* A stable random UUID, or NULL if there is no readable key file. */
const char  *candor_vault_get_id                   (CandorVault          *self);

gboolean     candor_vault_is_unlocked              (CandorVault          *self);
gboolean     candor_vault_create                   (CandorVault          *self,
                                                    const char           *passphrase,
                                                    GError              **error);
gboolean     candor_vault_unlock                   (CandorVault          *self,
                                                    const char           *passphrase,
                                                    GError              **error);
/* Copies @passphrase into guarded memory at once; the caller may wipe its own copy. */
void         candor_vault_unlock_async             (CandorVault          *self,
                                                    const char           *passphrase,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
gboolean     candor_vault_unlock_finish            (CandorVault          *self,
                                                    GAsyncResult         *result,
                                                    GError              **error);
void         candor_vault_lock                     (CandorVault          *self);
gboolean     candor_vault_change_passphrase        (CandorVault          *self,
                                                    const char           *old_passphrase,
                                                    const char           *new_passphrase,
                                                    GError              **error);

/* Sorted: "profile" first, then years in increasing order. Needs no key. */
char       **candor_vault_list_segments            (CandorVault          *self);
/* Plaintext (JSON). Thread-safe once unlocked. Remembers what it read, see below. */
GBytes      *candor_vault_read_segment             (CandorVault          *self,
                                                    const char           *name,
                                                    GError              **error);
/* Writes only the segments in @name_to_gbytes (char * → GBytes *), each atomically.
 *
 * A segment file that exists on disk must have been read (or written) through this
 * CandorVault, and must not have changed since; otherwise nothing at all is written and
 * the error is CHANGED_ON_DISK. If one segment fails, the earlier ones are saved and the
 * later ones are not; every file is either old or new, and the message says which.
 * Retrying with the same table is safe. */
gboolean     candor_vault_write_segments           (CandorVault          *self,
                                                    GHashTable           *name_to_gbytes,
                                                    GError              **error);
/* Takes its own references to the table's contents; runs in a thread. */
void         candor_vault_write_segments_async     (CandorVault          *self,
                                                    GHashTable           *name_to_gbytes,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
gboolean     candor_vault_write_segments_finish    (CandorVault          *self,
                                                    GAsyncResult         *result,
                                                    GError              **error);
/* The generation (save counter) last read or written for @name; 0 if none. */
guint64      candor_vault_get_generation           (CandorVault          *self,
                                                    const char           *name);

/* Decrypts and validates every file (key file, segments, backups); one report line per
 * file. Returns FALSE with the first problem's error if any file has a problem. */
gboolean     candor_vault_verify                   (CandorVault          *self,
                                                    GPtrArray           **report,
                                                    GError              **error);

/* Full paths of the kept copies of @segment, newest first. */
char       **candor_vault_list_backups             (CandorVault          *self,
                                                    const char           *segment);
GBytes      *candor_vault_read_backup              (CandorVault          *self,
                                                    const char           *backup_path,
                                                    GError              **error);
/* Makes @backup_path the current copy of its segment (as a new save). The file it
 * replaces is kept: in the backup rotation if it was readable, otherwise as
 * backups/NAME.candor.damaged-TIMESTAMP. Needs no prior read of the segment. */
gboolean     candor_vault_restore_backup           (CandorVault          *self,
                                                    const char           *backup_path,
                                                    GError              **error);

/* Holds the vault's lock file until released (or the process dies). Without it each
 * write takes the lock for its own duration. BUSY if someone else holds it. */
gboolean     candor_vault_acquire_write_lock       (CandorVault          *self,
                                                    GError              **error);
void         candor_vault_release_write_lock       (CandorVault          *self);

/* Argon2id limits for keys wrapped from now on (create, change passphrase). Tests use
 * INTERACTIVE (or MIN); the default is MODERATE. Must lie within libsodium's MIN and
 * SENSITIVE limits, the same bounds enforced when a key file is read. */
void         candor_vault_set_kdf_limits           (CandorVault          *self,
                                                    guint64               opslimit,
                                                    gsize                 memlimit);
/* Microseconds the last successful unlock spent on the key derivation (benchmarks). */
gint64       candor_vault_get_kdf_duration         (CandorVault          *self);

G_END_DECLS
