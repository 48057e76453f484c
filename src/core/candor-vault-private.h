/* candor-vault-private.h — the file format codec, for the vault itself, tests and fuzzers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * data/vault-format.md describes the same layout in prose; keep the two in step.
 */
#pragma once

#include <sodium.h>

#include "candor-vault.h"

G_BEGIN_DECLS

#define CANDOR_VAULT_KEY_FILE_NAME    "vault.key"
#define CANDOR_VAULT_LOCK_FILE_NAME   ".lock"
#define CANDOR_VAULT_BACKUP_DIR_NAME  "backups"
#define CANDOR_VAULT_SEGMENT_SUFFIX   ".candor"

#define CANDOR_VAULT_MAJOR 1
#define CANDOR_VAULT_MINOR 0

#define CANDOR_VAULT_MAGIC_LEN        8
#define CANDOR_VAULT_KEY_MAGIC        "CandorK\n"
#define CANDOR_VAULT_SEGMENT_MAGIC    "CandorS\n"

#define CANDOR_VAULT_KEY_BYTES        crypto_aead_xchacha20poly1305_ietf_KEYBYTES   /* 32 */
#define CANDOR_VAULT_NONCE_BYTES      crypto_aead_xchacha20poly1305_ietf_NPUBBYTES  /* 24 */
#define CANDOR_VAULT_TAG_BYTES        crypto_aead_xchacha20poly1305_ietf_ABYTES     /* 16 */
#define CANDOR_VAULT_ID_BYTES         16
#define CANDOR_VAULT_SALT_BYTES       crypto_pwhash_SALTBYTES                       /* 16 */
#define CANDOR_VAULT_TRAILER_BYTES    32
#define CANDOR_VAULT_NAME_FIELD_BYTES 16

/* Fields every version shares: magic, major, minor, header length. */
#define CANDOR_VAULT_OFF_MAJOR        8
#define CANDOR_VAULT_OFF_MINOR        10
#define CANDOR_VAULT_OFF_HEADER_LEN   12

/* Key file, version 1.0 */
#define CANDOR_VAULT_KEY_OFF_ID       16
#define CANDOR_VAULT_KEY_OFF_ALG      32
#define CANDOR_VAULT_KEY_OFF_RESERVED 36
#define CANDOR_VAULT_KEY_OFF_OPSLIMIT 40
#define CANDOR_VAULT_KEY_OFF_MEMLIMIT 48
#define CANDOR_VAULT_KEY_OFF_SALT     56
#define CANDOR_VAULT_KEY_OFF_NONCE    72
#define CANDOR_VAULT_KEY_OFF_CT_LEN   96
#define CANDOR_VAULT_KEY_HEADER_LEN   104
#define CANDOR_VAULT_KEY_CT_LEN       (CANDOR_VAULT_KEY_BYTES + CANDOR_VAULT_TAG_BYTES)
#define CANDOR_VAULT_KEY_FILE_LEN     (CANDOR_VAULT_KEY_HEADER_LEN + CANDOR_VAULT_KEY_CT_LEN + \
                                       CANDOR_VAULT_TRAILER_BYTES)
#define CANDOR_VAULT_KDF_ARGON2ID13   2

/* Segment file, version 1.0 */
#define CANDOR_VAULT_SEG_OFF_ID       16
#define CANDOR_VAULT_SEG_OFF_GEN      32
#define CANDOR_VAULT_SEG_OFF_SAVED_AT 40
#define CANDOR_VAULT_SEG_OFF_NAME     48
#define CANDOR_VAULT_SEG_OFF_NONCE    64
#define CANDOR_VAULT_SEG_OFF_CT_LEN   88
#define CANDOR_VAULT_SEG_HEADER_LEN   96

/* Bounds a reader enforces, so a crafted file cannot make us allocate or spin. */
#define CANDOR_VAULT_MAX_HEADER_LEN   4096
#define CANDOR_VAULT_MAX_PLAINTEXT    (256 * 1024 * 1024)
#define CANDOR_VAULT_MAX_FILE_LEN     (CANDOR_VAULT_MAX_PLAINTEXT + CANDOR_VAULT_MAX_HEADER_LEN + \
                                       CANDOR_VAULT_TAG_BYTES + CANDOR_VAULT_TRAILER_BYTES)
#define CANDOR_VAULT_OPSLIMIT_MIN     crypto_pwhash_argon2id_OPSLIMIT_MIN
#define CANDOR_VAULT_OPSLIMIT_MAX     crypto_pwhash_argon2id_OPSLIMIT_SENSITIVE
#define CANDOR_VAULT_MEMLIMIT_MIN     crypto_pwhash_argon2id_MEMLIMIT_MIN
#define CANDOR_VAULT_MEMLIMIT_MAX     crypto_pwhash_argon2id_MEMLIMIT_SENSITIVE

typedef struct
{
  guint16 major;
  guint16 minor;
  guint8  vault_id[CANDOR_VAULT_ID_BYTES];
  guint64 opslimit;
  guint64 memlimit;
} CandorKeyFileInfo;

typedef struct
{
  guint16 major;
  guint16 minor;
  guint64 generation;
  gint64  saved_at;      /* µs since the Unix epoch, UTC; informational */
  gsize   plaintext_len;
} CandorSegmentInfo;

/* Recomputes the BLAKE2b trailer in the last 32 bytes; for tests that craft files. */
void     candor_vault_fix_trailer          (guint8            *data,
                                            gsize              len);

char    *candor_vault_format_id            (const guint8      *vault_id);

/* Checks structure and trailer; no KDF. @display_name is used in messages. */
gboolean candor_vault_parse_key_file       (const guint8      *data,
                                            gsize              len,
                                            const char        *display_name,
                                            CandorKeyFileInfo *info,
                                            GError           **error);
/* Returns the data key in sodium_malloc() memory (free with sodium_free()), or NULL
 * with WRONG_PASSPHRASE (or DAMAGED, etc., if the file does not parse). */
guint8  *candor_vault_unwrap_key           (const guint8      *data,
                                            gsize              len,
                                            const char        *display_name,
                                            const char        *passphrase,
                                            CandorKeyFileInfo *info,
                                            GError           **error);
GBytes  *candor_vault_encode_key_file      (const guint8      *vault_id,
                                            const guint8      *data_key,
                                            const char        *passphrase,
                                            guint64            opslimit,
                                            gsize              memlimit,
                                            GError           **error);

/* @minor and @extra_header_len let tests write what a newer minor version would. */
GBytes  *candor_vault_encode_segment_full  (const guint8      *data_key,
                                            const guint8      *vault_id,
                                            const char        *name,
                                            guint64            generation,
                                            gint64             saved_at,
                                            guint16            minor,
                                            gsize              extra_header_len,
                                            const guint8      *plaintext,
                                            gsize              plaintext_len);
GBytes  *candor_vault_encode_segment       (const guint8      *data_key,
                                            const guint8      *vault_id,
                                            const char        *name,
                                            guint64            generation,
                                            const guint8      *plaintext,
                                            gsize              plaintext_len);
/* Decodes one segment file that should hold segment @name of vault @vault_id.
 * The plaintext is wiped when the returned bytes are freed. */
GBytes  *candor_vault_decode_segment       (const guint8      *data_key,
                                            const guint8      *vault_id,
                                            const char        *name,
                                            const char        *display_name,
                                            const guint8      *data,
                                            gsize              len,
                                            CandorSegmentInfo *info,
                                            GError           **error);

/* Decodes a segment file of this same vault (a copy held in a backup file, say) with the
 * key in memory: needs the vault unlocked, and no passphrase, since a passphrase change
 * never changes the data key. */
GBytes  *candor_vault_decode_with_key      (CandorVault       *self,
                                            const char        *name,
                                            const char        *display_name,
                                            const guint8      *data,
                                            gsize              len,
                                            GError           **error);

G_END_DECLS
