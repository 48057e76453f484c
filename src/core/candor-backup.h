/* candor-backup.h — backups, restore, automatic copies, moving and erasing a vault
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The backup file format is described in data/vault-format.md ("Backup files"): the
 * vault's own encrypted files, verbatim, in one container with its own checksum, so a
 * backup is protected by the passphrase that was current when it was made.
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "candor-journal.h"
#include "candor-session.h"
#include "candor-vault.h"

G_BEGIN_DECLS

#define CANDOR_BACKUP_ERROR (candor_backup_error_quark ())

/**
 * CandorBackupError:
 * @CANDOR_BACKUP_ERROR_NEEDS_PASSPHRASE: the backup belongs to another journal (or the
 *   vault is locked): ask for the passphrase it was made with
 * @CANDOR_BACKUP_ERROR_NOT_READY: the journal is not fully loaded or has unsaved
 *   changes; save (or wait) and try again
 *
 * Everything else is reported with %CANDOR_VAULT_ERROR codes (FOREIGN, DAMAGED,
 * NEWER_VERSION, WRONG_PASSPHRASE, NO_SPACE, IO, EXISTS, BUSY) or %CANDOR_JSON_ERROR
 * for a JSON export that is not a valid journal.
 */
typedef enum
{
  CANDOR_BACKUP_ERROR_NEEDS_PASSPHRASE,
  CANDOR_BACKUP_ERROR_NOT_READY,
} CandorBackupError;

#define CANDOR_BACKUP_SUFFIX       ".candor-backup"
#define CANDOR_BACKUP_MAGIC        "CandorB\n"
/* How many automatic backups are kept: one per day, one per week. */
#define CANDOR_BACKUP_N_DAILY      7
#define CANDOR_BACKUP_N_WEEKLY     8

typedef enum
{
  CANDOR_BACKUP_KIND_ENCRYPTED,
  CANDOR_BACKUP_KIND_JSON,
} CandorBackupKind;

typedef enum
{
  CANDOR_BACKUP_COUNT_PEOPLE,
  CANDOR_BACKUP_COUNT_CHECKINS,
  CANDOR_BACKUP_COUNT_INTERACTIONS,
  CANDOR_BACKUP_COUNT_CHECKS,
  CANDOR_BACKUP_COUNT_COMMITMENTS,
  CANDOR_BACKUP_COUNT_EXERCISES,
  CANDOR_BACKUP_COUNT_FEELING_NOTES,
  CANDOR_BACKUP_COUNT_REASSESSMENTS,
  CANDOR_BACKUP_N_COUNTS,
} CandorBackupCount;

typedef struct _CandorBackupContents CandorBackupContents;

GQuark            candor_backup_error_quark            (void);

/* What a backup or export holds, read without touching any vault. */
CandorBackupKind  candor_backup_contents_get_kind      (CandorBackupContents *self);
JsonNode         *candor_backup_contents_get_document  (CandorBackupContents *self);
/* When an encrypted backup was made; NULL for a JSON export. */
GDateTime        *candor_backup_contents_get_made_at   (CandorBackupContents *self);
/* The earliest and latest entry dates; NULL when it holds no dated entry. */
GDateTime        *candor_backup_contents_get_first_date (CandorBackupContents *self);
GDateTime        *candor_backup_contents_get_last_date (CandorBackupContents *self);
guint             candor_backup_contents_get_count     (CandorBackupContents *self,
                                                        CandorBackupCount     count);
guint             candor_backup_contents_get_n_entries (CandorBackupContents *self);
void              candor_backup_contents_free          (CandorBackupContents *self);
/* Builds contents from a journal document (already validated); for tests and dialogs. */
CandorBackupContents *candor_backup_contents_new_for_document (JsonNode     *document,
                                                              CandorBackupKind kind,
                                                              GDateTime    *made_at,
                                                              GError      **error);

/* Writes an encrypted backup of what @vault holds on disk (save first). */
gboolean          candor_backup_write                  (CandorVault          *vault,
                                                        const char           *path,
                                                        GError              **error);
/* Writes the plaintext document of @journal (every year must be loaded). */
gboolean          candor_backup_write_json             (CandorJournal        *journal,
                                                        const char           *path,
                                                        GError              **error);
/* Reads, parses, migrates and validates a JSON export. */
JsonNode         *candor_backup_read_json_document     (const char           *path,
                                                        GError              **error);
/* Reads either kind. An encrypted backup of @vault's own journal opens with its key in
 * memory; any other needs @passphrase (NEEDS_PASSPHRASE when it is NULL,
 * WRONG_PASSPHRASE when it does not open it). Thread-safe. */
CandorBackupContents *candor_backup_read               (const char           *path,
                                                        CandorVault          *vault,
                                                        const char           *passphrase,
                                                        GError              **error);

/* Keeps the current vault as the pre-restore backup, then merges or replaces the
 * session's journal with @contents. The caller saves. Refuses (NOT_READY) while older
 * years are loading or changes are unsaved; nothing changes on failure. */
gboolean          candor_backup_restore                (CandorSession        *session,
                                                        CandorBackupContents *contents,
                                                        CandorImportMode      mode,
                                                        GError              **error);
char             *candor_backup_get_pre_restore_path   (CandorVault          *vault);

/* Automatic backups: backups/auto-YYYY-MM-DD.candor-backup. */
char             *candor_backup_get_automatic_path     (CandorVault          *vault,
                                                        GDate                *day);
/* Writes today's (local time of @now) if there is none yet, then prunes. */
gboolean          candor_backup_write_automatic        (CandorVault          *vault,
                                                        GDateTime            *now,
                                                        GError              **error);
/* Full paths, newest first; @days (optional) receives a GDate * per path. */
GPtrArray        *candor_backup_list_automatic         (CandorVault          *vault,
                                                        GPtrArray           **days);
/* Pure: sets @keep[i] for each of @days that the rolling scheme keeps on @today — one
 * per day for the last 7 days, the newest of each of the last 8 weeks (Monday to
 * Sunday), and any date after @today. */
void              candor_backup_plan_pruning           (const GDate          *days,
                                                        guint                 n_days,
                                                        const GDate          *today,
                                                        gboolean             *keep);
/* Deletes the automatic backups the plan does not keep. */
void              candor_backup_prune_automatic        (CandorVault          *vault,
                                                        GDate                *today);

/* Moving: copies every vault file (and backups) into @destination and reads each back.
 * On any failure everything it created is removed again and the vault is untouched.
 * Holds the vault's write lock meanwhile. @progress runs in the calling thread. */
typedef void (*CandorBackupProgress) (double   fraction,
                                      gpointer user_data);
gboolean          candor_backup_copy_vault             (CandorVault          *vault,
                                                        const char           *destination,
                                                        CandorBackupProgress  progress,
                                                        gpointer              user_data,
                                                        GCancellable         *cancellable,
                                                        GError              **error);
/* Removes the journal files Candor made in @directory (never anything else), the key
 * file first, and the folder itself when that leaves it empty. */
gboolean          candor_backup_remove_vault_files     (const char           *directory,
                                                        GError              **error);
/* Erase everything: the vault's files, its backups and the keyring entry. */
gboolean          candor_backup_erase                  (CandorVault          *vault,
                                                        GCancellable         *cancellable,
                                                        GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CandorBackupContents, candor_backup_contents_free)

G_END_DECLS
