/* candor-vault.c — the encrypted, segmented store behind the journal
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first half is the file format codec (pure functions over byte buffers, also used by
 * the tests and the fuzzer through candor-vault-private.h); the second half is the
 * CandorVault object: keys, files on disk, saving without loss.
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "candor-atomic.h"
#include "candor-secure.h"
#include "candor-vault-private.h"

/* A key file is tiny; anything much bigger is not ours. */
#define MAX_KEY_FILE_LEN (CANDOR_VAULT_MAX_HEADER_LEN + CANDOR_VAULT_KEY_FILE_LEN)

/* A file as last read or written. Its identity is its size, the hash of all but its
 * last CANDOR_VAULT_TRAILER_BYTES (the hash its trailer holds) and those last bytes:
 * for a file that decodes, both are the trailer, and remembering it hashes nothing. */
typedef struct
{
  guint64  generation;
  gsize    size;
  guint8   content_hash[CANDOR_VAULT_TRAILER_BYTES];
  guint8   trailer[CANDOR_VAULT_TRAILER_BYTES];
  /* Read but undecodable: may be replaced, but is then kept aside, never rotated out. */
  gboolean damaged;
} SeenFile;

typedef struct
{
  guint8 *key;   /* sodium_malloc() */
  guint8  vault_id[CANDOR_VAULT_ID_BYTES];
} KeyHold;

struct _CandorVault
{
  GObject     parent_instance;

  char       *directory;
  char       *key_path;
  char       *backup_dir;
  char       *lock_path;

  /* Limits for keys wrapped from now on; only touched from the caller's thread. */
  guint64     opslimit;
  gsize       memlimit;

  /* Writers (save, restore, create, passphrase change, the lock file) take it for
   * writing, one at a time; reads that remember what they saw take it for reading, so
   * a read racing a save can never remember the file the save just replaced. Taken
   * before @mutex. */
  GRWLock     io_lock;

  /* Everything below is shared with worker threads and guarded by @mutex. */
  GMutex      mutex;
  gboolean    loaded;
  guint8      vault_id[CANDOR_VAULT_ID_BYTES];
  char       *id;
  guint8     *key;
  /* Bumped by candor_vault_lock(), so an unlock still running in a thread cannot undo a
   * lock the user asked for after it started. */
  guint       lock_serial;
  GHashTable *seen;
  int         lock_fd;
  /* How long the last successful unlock spent deriving the key (µs), for candor-bench. */
  gint64      kdf_usec;
};

G_DEFINE_FINAL_TYPE (CandorVault, candor_vault, G_TYPE_OBJECT)
G_DEFINE_QUARK (candor-vault-error-quark, candor_vault_error)

enum {
  PROP_0,
  PROP_DIRECTORY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ───────────────────────────── format codec ───────────────────────────── */

static inline void
put_u16 (guint8  *p,
         guint16  v)
{
  v = GUINT16_TO_LE (v);
  memcpy (p, &v, sizeof v);
}

static inline void
put_u32 (guint8  *p,
         guint32  v)
{
  v = GUINT32_TO_LE (v);
  memcpy (p, &v, sizeof v);
}

static inline void
put_u64 (guint8  *p,
         guint64  v)
{
  v = GUINT64_TO_LE (v);
  memcpy (p, &v, sizeof v);
}

static inline guint16
get_u16 (const guint8 *p)
{
  guint16 v;

  memcpy (&v, p, sizeof v);
  return GUINT16_FROM_LE (v);
}

static inline guint32
get_u32 (const guint8 *p)
{
  guint32 v;

  memcpy (&v, p, sizeof v);
  return GUINT32_FROM_LE (v);
}

static inline guint64
get_u64 (const guint8 *p)
{
  guint64 v;

  memcpy (&v, p, sizeof v);
  return GUINT64_FROM_LE (v);
}

static void
wiped_free (gpointer data)
{
  gsize *block = data;

  sodium_memzero (block, sizeof (gsize) + block[0]);
  g_free (block);
}

/* Bytes that are wiped when the last reference goes: journal plaintext. */
static GBytes *
wiped_bytes_new_take (gsize    len,
                      guint8 **data_out)
{
  gsize *block = g_malloc (sizeof (gsize) + len);

  block[0] = len;
  *data_out = (guint8 *) (block + 1);
  return g_bytes_new_with_free_func (block + 1, len, wiped_free, block);
}

static gboolean
damaged (GError     **error,
         const char  *display_name,
         const char  *why)
{
  /* Translators: the first %s is a file name such as “2025.candor”, the second says
   * what is wrong with it, e.g. “its checksum does not match”. */
  g_set_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_DAMAGED,
               _("The file “%s” is damaged (%s), so Candor can’t read it. "
                 "Candor keeps backup copies; you can restore one."),
               display_name, why);
  return FALSE;
}

void
candor_vault_fix_trailer (guint8 *data,
                          gsize   len)
{
  g_return_if_fail (len >= CANDOR_VAULT_TRAILER_BYTES);

  crypto_generichash (data + len - CANDOR_VAULT_TRAILER_BYTES, CANDOR_VAULT_TRAILER_BYTES,
                      data, len - CANDOR_VAULT_TRAILER_BYTES, NULL, 0);
}

char *
candor_vault_format_id (const guint8 *id)
{
  return g_strdup_printf ("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
                          id[0], id[1], id[2], id[3], id[4], id[5], id[6], id[7],
                          id[8], id[9], id[10], id[11], id[12], id[13], id[14], id[15]);
}

/* Checks what every Candor file shares, in an order that gives the right answer:
 * magic (FOREIGN), trailer (DAMAGED: a flipped bit anywhere, a cut), then version. The
 * trailer comes before the version because the trailer rule never changes between
 * versions, so a flipped version byte reads as damage, not as "update Candor". */
static gboolean
check_envelope (const guint8  *data,
                gsize          len,
                const char    *magic,
                const char    *display_name,
                guint16       *major,
                guint16       *minor,
                GError       **error)
{
  guint8 trailer[CANDOR_VAULT_TRAILER_BYTES];

  if (len < CANDOR_VAULT_MAGIC_LEN)
    {
      if (len == 0)
        return damaged (error, display_name, _("it is empty"));
      if (memcmp (data, magic, len) == 0)
        return damaged (error, display_name, _("it is cut short"));
    }

  if (len < CANDOR_VAULT_MAGIC_LEN || memcmp (data, magic, CANDOR_VAULT_MAGIC_LEN) != 0)
    {
      g_set_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_FOREIGN,
                   _("The file “%s” is not a Candor file. If you chose this folder yourself, "
                     "check that it is the one that holds your journal."),
                   display_name);
      return FALSE;
    }

  if (len < CANDOR_VAULT_OFF_HEADER_LEN + 4 + CANDOR_VAULT_TRAILER_BYTES)
    return damaged (error, display_name, _("it is cut short"));

  crypto_generichash (trailer, sizeof trailer, data, len - CANDOR_VAULT_TRAILER_BYTES, NULL, 0);
  if (sodium_memcmp (trailer, data + len - CANDOR_VAULT_TRAILER_BYTES, sizeof trailer) != 0)
    return damaged (error, display_name, _("its checksum does not match"));

  *major = get_u16 (data + CANDOR_VAULT_OFF_MAJOR);
  *minor = get_u16 (data + CANDOR_VAULT_OFF_MINOR);

  if (*major > CANDOR_VAULT_MAJOR)
    {
      g_set_error_literal (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_NEWER_VERSION,
                           _("This journal was made by a newer version of Candor. "
                             "Update Candor to open it."));
      return FALSE;
    }

  if (*major < CANDOR_VAULT_MAJOR)
    return damaged (error, display_name, _("its version number is invalid"));

  return TRUE;
}

/* Version 1.0 has exactly the known header; a newer 1.x may append fields a 1.0 reader
 * skips (they are still authenticated). */
static gboolean
check_header_len (guint32  header_len,
                  guint16  minor,
                  guint32  known_len,
                  gsize    len,
                  gsize    min_body)
{
  if (minor == 0 && header_len != known_len)
    return FALSE;
  if (header_len < known_len || header_len > CANDOR_VAULT_MAX_HEADER_LEN)
    return FALSE;
  return (gsize) header_len + min_body + CANDOR_VAULT_TRAILER_BYTES <= len;
}

/* Associated data: the whole header, then the name the file must have. */
static guint8 *
build_ad (const guint8 *header,
          gsize         header_len,
          const char   *name,
          gsize        *ad_len)
{
  gsize name_len = strlen (name);
  guint8 *ad = g_malloc (header_len + name_len);

  memcpy (ad, header, header_len);
  memcpy (ad + header_len, name, name_len);
  *ad_len = header_len + name_len;
  return ad;
}

gboolean
candor_vault_parse_key_file (const guint8      *data,
                             gsize              len,
                             const char        *display_name,
                             CandorKeyFileInfo *info,
                             GError           **error)
{
  guint16 major = 0;
  guint16 minor = 0;
  guint32 header_len;
  guint64 opslimit;
  guint64 memlimit;

  g_return_val_if_fail (data != NULL || len == 0, FALSE);
  g_return_val_if_fail (display_name != NULL, FALSE);

  if (!check_envelope (data, len, CANDOR_VAULT_KEY_MAGIC, display_name, &major, &minor, error))
    return FALSE;

  header_len = get_u32 (data + CANDOR_VAULT_OFF_HEADER_LEN);
  if (!check_header_len (header_len, minor, CANDOR_VAULT_KEY_HEADER_LEN, len,
                         CANDOR_VAULT_KEY_CT_LEN))
    return damaged (error, display_name, _("its header is invalid"));

  if (len != (gsize) header_len + CANDOR_VAULT_KEY_CT_LEN + CANDOR_VAULT_TRAILER_BYTES ||
      get_u64 (data + CANDOR_VAULT_KEY_OFF_CT_LEN) != CANDOR_VAULT_KEY_CT_LEN)
    return damaged (error, display_name, _("its length is wrong"));

  if (get_u32 (data + CANDOR_VAULT_KEY_OFF_ALG) != CANDOR_VAULT_KDF_ARGON2ID13)
    return damaged (error, display_name, _("it names an unknown key derivation"));

  /* Capped before anything runs the KDF: a crafted file must not make us allocate
   * gigabytes or spin for hours. */
  opslimit = get_u64 (data + CANDOR_VAULT_KEY_OFF_OPSLIMIT);
  memlimit = get_u64 (data + CANDOR_VAULT_KEY_OFF_MEMLIMIT);
  if (opslimit < CANDOR_VAULT_OPSLIMIT_MIN || opslimit > CANDOR_VAULT_OPSLIMIT_MAX ||
      memlimit < CANDOR_VAULT_MEMLIMIT_MIN || memlimit > CANDOR_VAULT_MEMLIMIT_MAX)
    return damaged (error, display_name, _("its key settings are out of range"));

  if (info != NULL)
    {
      info->major = major;
      info->minor = minor;
      memcpy (info->vault_id, data + CANDOR_VAULT_KEY_OFF_ID, CANDOR_VAULT_ID_BYTES);
      info->opslimit = opslimit;
      info->memlimit = memlimit;
    }

  return TRUE;
}

static guint8 *
derive_key (const char    *passphrase,
            const guint8  *salt,
            guint64        opslimit,
            gsize          memlimit,
            GError       **error)
{
  guint8 *wrap_key = sodium_malloc (CANDOR_VAULT_KEY_BYTES);

  if (wrap_key == NULL ||
      crypto_pwhash (wrap_key, CANDOR_VAULT_KEY_BYTES, passphrase, strlen (passphrase), salt,
                     opslimit, memlimit, crypto_pwhash_ALG_ARGON2ID13) != 0)
    {
      g_autofree char *size = g_format_size (memlimit);

      g_clear_pointer (&wrap_key, sodium_free);
      g_set_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_IO,
                   _("There is not enough free memory to unlock the journal (it needs %s). "
                     "Close some other apps and try again."),
                   size);
      return NULL;
    }

  return wrap_key;
}

guint8 *
candor_vault_unwrap_key (const guint8      *data,
                         gsize              len,
                         const char        *display_name,
                         const char        *passphrase,
                         CandorKeyFileInfo *info,
                         GError           **error)
{
  CandorKeyFileInfo local;
  g_autofree guint8 *ad = NULL;
  guint8 *wrap_key;
  guint8 *data_key;
  guint32 header_len;
  gsize ad_len;
  int r;

  g_return_val_if_fail (passphrase != NULL, NULL);

  if (info == NULL)
    info = &local;

  if (!candor_vault_parse_key_file (data, len, display_name, info, error))
    return NULL;

  header_len = get_u32 (data + CANDOR_VAULT_OFF_HEADER_LEN);
  wrap_key = derive_key (passphrase, data + CANDOR_VAULT_KEY_OFF_SALT, info->opslimit,
                         info->memlimit, error);
  if (wrap_key == NULL)
    return NULL;

  data_key = sodium_malloc (CANDOR_VAULT_KEY_BYTES);
  ad = build_ad (data, header_len, CANDOR_VAULT_KEY_FILE_NAME, &ad_len);
  r = crypto_aead_xchacha20poly1305_ietf_decrypt (data_key, NULL, NULL,
                                                  data + header_len, CANDOR_VAULT_KEY_CT_LEN,
                                                  ad, ad_len,
                                                  data + CANDOR_VAULT_KEY_OFF_NONCE, wrap_key);
  sodium_free (wrap_key);

  /* The trailer already matched, so the file is as written: the passphrase is wrong. */
  if (r != 0)
    {
      sodium_free (data_key);
      g_set_error_literal (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_WRONG_PASSPHRASE,
                           _("That passphrase doesn’t open this journal. "
                             "Check it (and Caps Lock) and try again."));
      return NULL;
    }

  return data_key;
}

GBytes *
candor_vault_encode_key_file (const guint8  *vault_id,
                              const guint8  *data_key,
                              const char    *passphrase,
                              guint64        opslimit,
                              gsize          memlimit,
                              GError       **error)
{
  g_autofree guint8 *ad = NULL;
  guint8 *buf;
  guint8 *wrap_key;
  gsize ad_len;

  g_return_val_if_fail (vault_id != NULL, NULL);
  g_return_val_if_fail (data_key != NULL, NULL);
  g_return_val_if_fail (passphrase != NULL, NULL);

  buf = g_malloc0 (CANDOR_VAULT_KEY_FILE_LEN);
  memcpy (buf, CANDOR_VAULT_KEY_MAGIC, CANDOR_VAULT_MAGIC_LEN);
  put_u16 (buf + CANDOR_VAULT_OFF_MAJOR, CANDOR_VAULT_MAJOR);
  put_u16 (buf + CANDOR_VAULT_OFF_MINOR, CANDOR_VAULT_MINOR);
  put_u32 (buf + CANDOR_VAULT_OFF_HEADER_LEN, CANDOR_VAULT_KEY_HEADER_LEN);
  memcpy (buf + CANDOR_VAULT_KEY_OFF_ID, vault_id, CANDOR_VAULT_ID_BYTES);
  put_u32 (buf + CANDOR_VAULT_KEY_OFF_ALG, CANDOR_VAULT_KDF_ARGON2ID13);
  put_u64 (buf + CANDOR_VAULT_KEY_OFF_OPSLIMIT, opslimit);
  put_u64 (buf + CANDOR_VAULT_KEY_OFF_MEMLIMIT, memlimit);
  randombytes_buf (buf + CANDOR_VAULT_KEY_OFF_SALT, CANDOR_VAULT_SALT_BYTES);
  randombytes_buf (buf + CANDOR_VAULT_KEY_OFF_NONCE, CANDOR_VAULT_NONCE_BYTES);
  put_u64 (buf + CANDOR_VAULT_KEY_OFF_CT_LEN, CANDOR_VAULT_KEY_CT_LEN);

  wrap_key = derive_key (passphrase, buf + CANDOR_VAULT_KEY_OFF_SALT, opslimit, memlimit, error);
  if (wrap_key == NULL)
    {
      g_free (buf);
      return NULL;
    }

  ad = build_ad (buf, CANDOR_VAULT_KEY_HEADER_LEN, CANDOR_VAULT_KEY_FILE_NAME, &ad_len);
  crypto_aead_xchacha20poly1305_ietf_encrypt (buf + CANDOR_VAULT_KEY_HEADER_LEN, NULL,
                                              data_key, CANDOR_VAULT_KEY_BYTES, ad, ad_len,
                                              NULL, buf + CANDOR_VAULT_KEY_OFF_NONCE, wrap_key);
  sodium_free (wrap_key);
  candor_vault_fix_trailer (buf, CANDOR_VAULT_KEY_FILE_LEN);

  return g_bytes_new_take (buf, CANDOR_VAULT_KEY_FILE_LEN);
}

GBytes *
candor_vault_encode_segment_full (const guint8 *data_key,
                                  const guint8 *vault_id,
                                  const char   *name,
                                  guint64       generation,
                                  gint64        saved_at,
                                  guint16       minor,
                                  gsize         extra_header_len,
                                  const guint8 *plaintext,
                                  gsize         plaintext_len)
{
  g_autofree guint8 *ad = NULL;
  gsize header_len = CANDOR_VAULT_SEG_HEADER_LEN + extra_header_len;
  gsize ct_len = plaintext_len + CANDOR_VAULT_TAG_BYTES;
  gsize total = header_len + ct_len + CANDOR_VAULT_TRAILER_BYTES;
  gsize ad_len;
  guint8 *buf;

  g_return_val_if_fail (data_key != NULL, NULL);
  g_return_val_if_fail (vault_id != NULL, NULL);
  g_return_val_if_fail (candor_vault_is_valid_segment_name (name), NULL);
  g_return_val_if_fail (plaintext != NULL || plaintext_len == 0, NULL);
  g_return_val_if_fail (plaintext_len <= CANDOR_VAULT_MAX_PLAINTEXT, NULL);
  g_return_val_if_fail (header_len <= CANDOR_VAULT_MAX_HEADER_LEN, NULL);

  buf = g_malloc0 (total);
  memcpy (buf, CANDOR_VAULT_SEGMENT_MAGIC, CANDOR_VAULT_MAGIC_LEN);
  put_u16 (buf + CANDOR_VAULT_OFF_MAJOR, CANDOR_VAULT_MAJOR);
  put_u16 (buf + CANDOR_VAULT_OFF_MINOR, minor);
  put_u32 (buf + CANDOR_VAULT_OFF_HEADER_LEN, header_len);
  memcpy (buf + CANDOR_VAULT_SEG_OFF_ID, vault_id, CANDOR_VAULT_ID_BYTES);
  put_u64 (buf + CANDOR_VAULT_SEG_OFF_GEN, generation);
  put_u64 (buf + CANDOR_VAULT_SEG_OFF_SAVED_AT, (guint64) saved_at);
  memcpy (buf + CANDOR_VAULT_SEG_OFF_NAME, name, strlen (name));
  /* A fresh random nonce per save; 192 bits make a collision negligible. */
  randombytes_buf (buf + CANDOR_VAULT_SEG_OFF_NONCE, CANDOR_VAULT_NONCE_BYTES);
  put_u64 (buf + CANDOR_VAULT_SEG_OFF_CT_LEN, ct_len);

  ad = build_ad (buf, header_len, name, &ad_len);
  crypto_aead_xchacha20poly1305_ietf_encrypt (buf + header_len, NULL, plaintext, plaintext_len,
                                              ad, ad_len, NULL,
                                              buf + CANDOR_VAULT_SEG_OFF_NONCE, data_key);
  candor_vault_fix_trailer (buf, total);

  return g_bytes_new_take (buf, total);
}

GBytes *
candor_vault_encode_segment (const guint8 *data_key,
                             const guint8 *vault_id,
                             const char   *name,
                             guint64       generation,
                             const guint8 *plaintext,
                             gsize         plaintext_len)
{
  return candor_vault_encode_segment_full (data_key, vault_id, name, generation,
                                           g_get_real_time (), CANDOR_VAULT_MINOR, 0,
                                           plaintext, plaintext_len);
}

GBytes *
candor_vault_decode_segment (const guint8      *data_key,
                             const guint8      *vault_id,
                             const char        *name,
                             const char        *display_name,
                             const guint8      *data,
                             gsize              len,
                             CandorSegmentInfo *info,
                             GError           **error)
{
  g_autofree guint8 *ad = NULL;
  g_autoptr(GBytes) plaintext = NULL;
  char stored_name[CANDOR_VAULT_NAME_FIELD_BYTES + 1] = { 0 };
  const guint8 *name_field;
  guint8 *out;
  guint16 major = 0;
  guint16 minor = 0;
  guint32 header_len;
  guint64 ct_len;
  gsize ad_len;

  g_return_val_if_fail (data_key != NULL, NULL);
  g_return_val_if_fail (vault_id != NULL, NULL);
  g_return_val_if_fail (candor_vault_is_valid_segment_name (name), NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (data != NULL || len == 0, NULL);

  if (!check_envelope (data, len, CANDOR_VAULT_SEGMENT_MAGIC, display_name, &major, &minor,
                       error))
    return NULL;

  header_len = get_u32 (data + CANDOR_VAULT_OFF_HEADER_LEN);
  if (!check_header_len (header_len, minor, CANDOR_VAULT_SEG_HEADER_LEN, len,
                         CANDOR_VAULT_TAG_BYTES))
    {
      damaged (error, display_name, _("its header is invalid"));
      return NULL;
    }

  ct_len = get_u64 (data + CANDOR_VAULT_SEG_OFF_CT_LEN);
  if (ct_len != len - header_len - CANDOR_VAULT_TRAILER_BYTES ||
      ct_len - CANDOR_VAULT_TAG_BYTES > CANDOR_VAULT_MAX_PLAINTEXT)
    {
      damaged (error, display_name, _("its length is wrong"));
      return NULL;
    }

  /* The name field is NUL-padded ASCII. */
  name_field = data + CANDOR_VAULT_SEG_OFF_NAME;
  memcpy (stored_name, name_field, CANDOR_VAULT_NAME_FIELD_BYTES);
  for (gsize i = strlen (stored_name); i < CANDOR_VAULT_NAME_FIELD_BYTES; i++)
    if (name_field[i] != 0)
      {
        damaged (error, display_name, _("its header is invalid"));
        return NULL;
      }

  if (sodium_memcmp (data + CANDOR_VAULT_SEG_OFF_ID, vault_id, CANDOR_VAULT_ID_BYTES) != 0)
    {
      damaged (error, display_name, _("it belongs to a different journal"));
      return NULL;
    }

  /* A year's file copied over another's is caught here, and by the AEAD below. */
  if (strcmp (stored_name, name) != 0)
    {
      g_autofree char *why = NULL;

      if (candor_vault_is_valid_segment_name (stored_name))
        why = g_strdup_printf (_("it holds “%s” instead of “%s”"), stored_name, name);
      else
        why = g_strdup (_("its header is invalid"));
      damaged (error, display_name, why);
      return NULL;
    }

  plaintext = wiped_bytes_new_take (ct_len - CANDOR_VAULT_TAG_BYTES, &out);
  ad = build_ad (data, header_len, name, &ad_len);
  if (crypto_aead_xchacha20poly1305_ietf_decrypt (out, NULL, NULL, data + header_len, ct_len,
                                                  ad, ad_len,
                                                  data + CANDOR_VAULT_SEG_OFF_NONCE,
                                                  data_key) != 0)
    {
      /* The key is known to be right (it opened the key file), so this is damage or
       * tampering that kept the checksum consistent. */
      damaged (error, display_name, _("it could not be decrypted"));
      return NULL;
    }

  if (info != NULL)
    {
      info->major = major;
      info->minor = minor;
      info->generation = get_u64 (data + CANDOR_VAULT_SEG_OFF_GEN);
      info->saved_at = (gint64) get_u64 (data + CANDOR_VAULT_SEG_OFF_SAVED_AT);
      info->plaintext_len = ct_len - CANDOR_VAULT_TAG_BYTES;
    }

  return g_steal_pointer (&plaintext);
}

/* ───────────────────────────── helpers ───────────────────────────── */

gboolean
candor_vault_is_valid_segment_name (const char *name)
{
  if (name == NULL)
    return FALSE;

  if (strcmp (name, CANDOR_VAULT_PROFILE_SEGMENT) == 0)
    return TRUE;

  /* Four ASCII digits, no leading zero: nothing that could climb out of the folder. */
  return strlen (name) == 4 && name[0] >= '1' && name[0] <= '9' &&
         g_ascii_isdigit (name[1]) && g_ascii_isdigit (name[2]) && g_ascii_isdigit (name[3]);
}

static gboolean
invalid_name (GError     **error,
              const char  *name)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
               "“%s” is not a valid segment name", name ? name : "(null)");
  return FALSE;
}

static char *
segment_file_name (const char *name)
{
  return g_strconcat (name, CANDOR_VAULT_SEGMENT_SUFFIX, NULL);
}

static char *
segment_path (CandorVault *self,
              const char  *name)
{
  g_autofree char *base = segment_file_name (name);

  return g_build_filename (self->directory, base, NULL);
}

static char *
backup_base (CandorVault *self,
             const char  *name)
{
  g_autofree char *base = segment_file_name (name);

  return g_build_filename (self->backup_dir, base, NULL);
}

static void
key_hold_free (KeyHold *hold)
{
  if (hold == NULL)
    return;
  g_clear_pointer (&hold->key, sodium_free);
  g_free (hold);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KeyHold, key_hold_free)

static gboolean
locked_error (GError **error)
{
  g_set_error_literal (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_LOCKED,
                       _("The journal is locked. Unlock it with your passphrase first."));
  return FALSE;
}

/* A private copy of the key, so a worker never races candor_vault_lock(). */
static KeyHold *
hold_key (CandorVault  *self,
          GError      **error)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->mutex);
  KeyHold *hold;

  if (self->key == NULL)
    {
      locked_error (error);
      return NULL;
    }

  hold = g_new0 (KeyHold, 1);
  hold->key = sodium_malloc (CANDOR_VAULT_KEY_BYTES);
  memcpy (hold->key, self->key, CANDOR_VAULT_KEY_BYTES);
  memcpy (hold->vault_id, self->vault_id, CANDOR_VAULT_ID_BYTES);
  return hold;
}

/* How much of a file of @len bytes its content hash covers. */
static gsize
content_len (gsize len)
{
  return len >= CANDOR_VAULT_TRAILER_BYTES ? len - CANDOR_VAULT_TRAILER_BYTES : len;
}

/* @decoded: the file decoded, so its trailer was checked against its content. */
static void
remember_file (CandorVault  *self,
               const char   *name,
               guint64       generation,
               const guint8 *data,
               gsize         len,
               gboolean      decoded)
{
  g_autoptr(GMutexLocker) locker = NULL;
  SeenFile *seen = g_new0 (SeenFile, 1);
  gsize covered = content_len (len);

  seen->generation = generation;
  seen->size = len;
  seen->damaged = !decoded;
  memcpy (seen->trailer, data + covered, len - covered);
  if (decoded)
    memcpy (seen->content_hash, seen->trailer, sizeof seen->trailer);
  else
    crypto_generichash (seen->content_hash, sizeof seen->content_hash, data, covered, NULL, 0);

  locker = g_mutex_locker_new (&self->mutex);
  g_hash_table_replace (self->seen, g_strdup (name), seen);
}

/* A G_FILE_ERROR for errno, naming @path. */
static gboolean
file_error_from_errno (GError     **error,
                       const char  *path)
{
  int saved_errno = errno;
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno), "%s: %s", display,
               g_strerror (saved_errno));
  return FALSE;
}

#define IDENTITY_CHUNK (64 * 1024)

/* Reads the identity of the file open on @fd, @size bytes long, in small pieces: no
 * buffer the size of a year, nor its page faults. FALSE with a G_FILE_ERROR on a read
 * error; a file that changes length meanwhile gets a size that matches nothing. */
static gboolean
read_identity (int          fd,
               const char  *path,
               gsize        size,
               SeenFile    *out,
               GError     **error)
{
  g_autofree guint8 *chunk = g_malloc (IDENTITY_CHUNK);
  crypto_generichash_state state;
  gsize covered = content_len (size);
  gsize offset = 0;

  crypto_generichash_init (&state, NULL, 0, sizeof out->content_hash);
  for (;;)
    {
      gssize n = read (fd, chunk, IDENTITY_CHUNK);
      gsize hashed;

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return file_error_from_errno (error, path);
      if (n == 0)
        break;
      if (offset + (gsize) n > size)
        {
          out->size = G_MAXSIZE;
          return TRUE;
        }

      hashed = offset < covered ? MIN ((gsize) n, covered - offset) : 0;
      crypto_generichash_update (&state, chunk, hashed);
      if ((gsize) n > hashed)
        memcpy (out->trailer + (offset + hashed - covered), chunk + hashed, (gsize) n - hashed);
      offset += (gsize) n;
    }

  crypto_generichash_final (&state, out->content_hash, sizeof out->content_hash);
  out->size = offset == size ? size : G_MAXSIZE;
  return TRUE;
}

static gboolean
same_identity (const SeenFile *a,
               const SeenFile *b)
{
  return a->size == b->size &&
         sodium_memcmp (a->content_hash, b->content_hash, sizeof a->content_hash) == 0 &&
         sodium_memcmp (a->trailer, b->trailer, sizeof a->trailer) == 0;
}

static gboolean
lookup_seen (CandorVault *self,
             const char  *name,
             SeenFile    *out)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->mutex);
  SeenFile *seen = g_hash_table_lookup (self->seen, name);

  if (seen != NULL)
    *out = *seen;
  return seen != NULL;
}

/* Reads a whole file, refusing sizes no Candor file can have before allocating them.
 * Errors stay G_FILE_ERROR so callers can tell "missing" from other trouble, except the
 * size check, which reports DAMAGED. */
static GBytes *
load_file (const char  *path,
           const char  *display_name,
           gsize        max_len,
           GError     **error)
{
  g_autofree char *contents = NULL;
  GStatBuf st;
  gsize len = 0;

  if (g_stat (path, &st) != 0)
    {
      file_error_from_errno (error, path);
      return NULL;
    }

  if (st.st_size < 0 || (guint64) st.st_size > max_len)
    {
      damaged (error, display_name, _("it is far too large to be a Candor file"));
      return NULL;
    }

  if (!g_file_get_contents (path, &contents, &len, error))
    return NULL;

  return g_bytes_new_take (g_steal_pointer (&contents), len);
}

static gboolean
read_error (GError     **error,
            GError      *file_error,
            const char  *display_name)
{
  if (file_error->domain == CANDOR_VAULT_ERROR)
    {
      g_propagate_error (error, file_error);
      return FALSE;
    }

  /* Translators: %s is a file name, the second %s the system's explanation. */
  g_set_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_IO,
               _("Candor could not read “%s”: %s"), display_name, file_error->message);
  g_error_free (file_error);
  return FALSE;
}

static gboolean
save_error (GError     **error,
            GError      *file_error,
            const char  *display_name)
{
  if (candor_atomic_error_is_no_space (file_error))
    g_set_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_NO_SPACE,
                 _("The disk is full, so Candor could not save “%s”. The copy already on "
                   "disk is untouched. Free up some space, then try again."),
                 display_name);
  else
    g_set_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_IO,
                 _("Candor could not save “%s”, and the copy already on disk is untouched. "
                   "Try again in a moment. (%s)"),
                 display_name, file_error->message);
  g_error_free (file_error);
  return FALSE;
}

static gboolean
not_found_error (CandorVault  *self,
                 GError      **error)
{
  g_autofree char *display = g_filename_display_name (self->directory);

  g_set_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_NOT_FOUND,
               _("There is no Candor journal in “%s” yet."), display);
  return FALSE;
}

static gboolean
replaced_error (CandorVault  *self,
                GError      **error)
{
  g_autofree char *display = g_filename_display_name (self->directory);

  g_set_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_CHANGED_ON_DISK,
               _("The journal in “%s” was replaced by a different one while Candor had it "
                 "open. Nothing was saved over it. Close Candor and open it again."),
               display);
  return FALSE;
}

static GBytes *
load_key_file (CandorVault  *self,
               GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  GBytes *bytes;

  bytes = load_file (self->key_path, CANDOR_VAULT_KEY_FILE_NAME, MAX_KEY_FILE_LEN, &local_error);
  if (bytes != NULL)
    return bytes;

  if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    not_found_error (self, error);
  else
    read_error (error, g_steal_pointer (&local_error), CANDOR_VAULT_KEY_FILE_NAME);
  return NULL;
}

/* The id is fixed the first time it is seen; a key file of another vault appearing in
 * the folder later must not be mixed with what we hold. */
static gboolean
adopt_vault_id (CandorVault   *self,
                const guint8  *vault_id,
                GError       **error)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->mutex);

  if (self->loaded)
    {
      if (sodium_memcmp (self->vault_id, vault_id, CANDOR_VAULT_ID_BYTES) != 0)
        return replaced_error (self, error);
      return TRUE;
    }

  memcpy (self->vault_id, vault_id, CANDOR_VAULT_ID_BYTES);
  self->id = candor_vault_format_id (vault_id);
  self->loaded = TRUE;
  return TRUE;
}

static int
take_write_lock (CandorVault  *self,
                 gboolean     *temporary,
                 GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  gboolean busy = FALSE;
  int fd;

  g_mutex_lock (&self->mutex);
  fd = self->lock_fd;
  g_mutex_unlock (&self->mutex);

  *temporary = FALSE;
  if (fd >= 0)
    return fd;

  fd = candor_atomic_lock (self->lock_path, &busy, &local_error);
  if (fd < 0)
    {
      if (busy)
        g_set_error_literal (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_BUSY,
                             _("Another copy of Candor is saving to this journal right now. "
                               "Close it, or try again in a moment."));
      else if (!g_file_test (self->directory, G_FILE_TEST_IS_DIR))
        not_found_error (self, error);
      else
        g_set_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_IO,
                     _("Candor could not lock the journal for saving: %s"),
                     local_error->message);
      return -1;
    }

  *temporary = TRUE;
  return fd;
}

/* ───────────────────────────── saving ───────────────────────────── */

typedef struct
{
  char     *name;
  char     *file_name;
  char     *path;
  GBytes   *plaintext;
  GBytes   *encoded;
  gboolean  has_current;
  gboolean  current_damaged;
  guint64   generation;
} SegmentSave;

static void
segment_save_free (SegmentSave *save)
{
  g_free (save->name);
  g_free (save->file_name);
  g_free (save->path);
  g_clear_pointer (&save->plaintext, g_bytes_unref);
  g_clear_pointer (&save->encoded, g_bytes_unref);
  g_free (save);
}

static int
compare_segment_names (const char *a,
                       const char *b)
{
  gboolean a_profile = strcmp (a, CANDOR_VAULT_PROFILE_SEGMENT) == 0;
  gboolean b_profile = strcmp (b, CANDOR_VAULT_PROFILE_SEGMENT) == 0;

  if (a_profile != b_profile)
    return a_profile ? -1 : 1;
  return strcmp (a, b);
}

static int
compare_segment_name_ptrs (gconstpointer a,
                           gconstpointer b)
{
  return compare_segment_names (*(const char * const *) a, *(const char * const *) b);
}

static int
compare_string_ptrs (gconstpointer a,
                     gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static int
compare_saves (gconstpointer a,
               gconstpointer b)
{
  const SegmentSave *sa = *(SegmentSave * const *) a;
  const SegmentSave *sb = *(SegmentSave * const *) b;

  return compare_segment_names (sa->name, sb->name);
}

static gboolean
changed_on_disk_error (GError     **error,
                       const char  *file_name)
{
  g_set_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_CHANGED_ON_DISK,
               _("“%s” was changed by another program since Candor read it, so Candor did "
                 "not save over it and nothing was lost. Open the journal again to load the "
                 "newer copy."),
               file_name);
  return FALSE;
}

/* Restoring a backup: whatever is on disk may be replaced. A file that no longer decodes
 * is marked to be kept aside rather than rotated. */
static gboolean
check_current_forced (KeyHold      *hold,
                      SegmentSave  *save,
                      GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) current = NULL;
  g_autoptr(GBytes) plaintext = NULL;
  CandorSegmentInfo info;

  current = load_file (save->path, save->file_name, CANDOR_VAULT_MAX_FILE_LEN, &local_error);
  if (current == NULL)
    {
      /* A missing file (never written, or deleted by hand) loses nothing when written. */
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return TRUE;
      if (local_error->domain != CANDOR_VAULT_ERROR)
        return read_error (error, g_steal_pointer (&local_error), save->file_name);
      save->has_current = TRUE;
      save->current_damaged = TRUE;
      return TRUE;
    }

  save->has_current = TRUE;
  plaintext = candor_vault_decode_segment (hold->key, hold->vault_id, save->name,
                                           save->file_name, g_bytes_get_data (current, NULL),
                                           g_bytes_get_size (current), &info, NULL);
  save->current_damaged = plaintext == NULL;
  if (plaintext != NULL)
    save->generation = MAX (save->generation, info.generation + 1);
  return TRUE;
}

/* Looks at what is on disk now. Unless @force, a file must be exactly what we last read
 * or wrote; it is read in small pieces to tell. */
static gboolean
check_current (CandorVault  *self,
               KeyHold      *hold,
               SegmentSave  *save,
               gboolean      force,
               GError      **error)
{
  GError *file_error = NULL;
  SeenFile seen;
  SeenFile current = { 0, };
  gboolean have_seen;
  GStatBuf st;
  gboolean read_ok;
  int fd;

  have_seen = lookup_seen (self, save->name, &seen);
  save->generation = have_seen ? seen.generation + 1 : 1;

  if (force)
    return check_current_forced (hold, save, error);

  fd = g_open (save->path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      /* A missing file (never written, or deleted by hand) loses nothing when written. */
      if (errno == ENOENT)
        return TRUE;
      file_error_from_errno (&file_error, save->path);
      return read_error (error, file_error, save->file_name);
    }

  save->has_current = TRUE;

  if (!have_seen)
    {
      g_close (fd, NULL);
      g_set_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_CHANGED_ON_DISK,
                   _("“%s” is on disk but was not read first, so Candor did not save over "
                     "it and nothing was lost. Open the journal again to load it."),
                   save->file_name);
      return FALSE;
    }

  if (fstat (fd, &st) != 0)
    {
      file_error_from_errno (&file_error, save->path);
      g_close (fd, NULL);
      return read_error (error, file_error, save->file_name);
    }

  if (st.st_size < 0 || (guint64) st.st_size != seen.size)
    {
      g_close (fd, NULL);
      return changed_on_disk_error (error, save->file_name);
    }

  read_ok = read_identity (fd, save->path, seen.size, &current, &file_error);
  g_close (fd, NULL);
  if (!read_ok)
    return read_error (error, file_error, save->file_name);
  if (!same_identity (&current, &seen))
    return changed_on_disk_error (error, save->file_name);

  save->current_damaged = seen.damaged;
  return TRUE;
}

/* Builds the new file and decrypts it back before anything touches the disk. */
static gboolean
encode_and_check (KeyHold      *hold,
                  SegmentSave  *save,
                  GError      **error)
{
  g_autoptr(GBytes) check = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize len;
  const guint8 *data = g_bytes_get_data (save->plaintext, &len);

  save->encoded = candor_vault_encode_segment (hold->key, hold->vault_id, save->name,
                                               save->generation, data, len);
  check = candor_vault_decode_segment (hold->key, hold->vault_id, save->name, save->file_name,
                                       g_bytes_get_data (save->encoded, NULL),
                                       g_bytes_get_size (save->encoded), NULL, &local_error);
  if (check == NULL || !g_bytes_equal (check, save->plaintext))
    {
      g_set_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_IO,
                   _("Candor could not save “%s”: the new file did not read back correctly, "
                     "so it was not written. Please report this."),
                   save->file_name);
      return FALSE;
    }

  return TRUE;
}

static gboolean
commit_one (CandorVault  *self,
            SegmentSave  *save,
            GError      **error)
{
  GError *file_error = NULL;

  if (save->has_current && g_file_test (save->path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *base = backup_base (self, save->name);
      gboolean ok;

      if (g_mkdir_with_parents (self->backup_dir, 0700) != 0)
        {
          int saved_errno = errno;

          g_set_error (&file_error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                       "%s: %s", self->backup_dir, g_strerror (saved_errno));
          return save_error (error, file_error, save->file_name);
        }

      if (save->current_damaged)
        {
          g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
          g_autofree char *stamp = g_date_time_format (now, "%Y%m%dT%H%M%S");
          g_autofree char *aside = g_strdup_printf ("%s.damaged-%s", base, stamp);

          /* Never rotated out: whatever is left in it may still matter to someone. */
          ok = candor_atomic_keep_copy (save->path, aside, &file_error);
        }
      else
        ok = candor_atomic_rotate_backups (save->path, base, CANDOR_VAULT_N_BACKUPS, &file_error);

      if (!ok)
        return save_error (error, file_error, save->file_name);
    }

  if (!candor_atomic_write (save->path, g_bytes_get_data (save->encoded, NULL),
                            g_bytes_get_size (save->encoded), &file_error))
    return save_error (error, file_error, save->file_name);

  remember_file (self, save->name, save->generation, g_bytes_get_data (save->encoded, NULL),
                 g_bytes_get_size (save->encoded), TRUE);
  return TRUE;
}

static char *
join_file_names (GPtrArray *saves,
                 guint      from,
                 guint      to)
{
  g_autoptr(GString) str = g_string_new (NULL);

  for (guint i = from; i < to; i++)
    {
      SegmentSave *save = g_ptr_array_index (saves, i);

      if (str->len > 0)
        g_string_append (str, ", ");
      g_string_append (str, save->file_name);
    }

  return g_string_free (g_steal_pointer (&str), FALSE);
}

/* Called with @io_lock held for writing. */
static gboolean
save_segments_locked (CandorVault  *self,
                      GPtrArray    *saves,
                      gboolean      force,
                      GError      **error)
{
  g_autoptr(KeyHold) hold = NULL;
  gboolean temporary_lock = FALSE;
  gboolean ok = TRUE;
  int lock_fd;

  if (!(hold = hold_key (self, error)))
    return FALSE;

  if ((lock_fd = take_write_lock (self, &temporary_lock, error)) < 0)
    return FALSE;

  candor_atomic_remove_stale_temps (self->directory);
  candor_atomic_remove_stale_temps (self->backup_dir);

  g_ptr_array_sort (saves, compare_saves);

  /* Every check before any write: a refusal writes nothing at all. */
  for (guint i = 0; ok && i < saves->len; i++)
    ok = check_current (self, hold, g_ptr_array_index (saves, i), force, error);

  for (guint i = 0; ok && i < saves->len; i++)
    ok = encode_and_check (hold, g_ptr_array_index (saves, i), error);

  for (guint i = 0; ok && i < saves->len; i++)
    {
      g_autoptr(GError) local_error = NULL;

      if (commit_one (self, g_ptr_array_index (saves, i), &local_error))
        continue;

      ok = FALSE;
      if (i > 0)
        {
          g_autofree char *saved = join_file_names (saves, 0, i);
          g_autofree char *unsaved = join_file_names (saves, i, saves->len);

          /* Translators: the first %s is the save error, the others lists of file names. */
          g_set_error (error, local_error->domain, local_error->code,
                       _("%s Already saved: %s. Not saved: %s."),
                       local_error->message, saved, unsaved);
        }
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
    }

  if (temporary_lock)
    candor_atomic_unlock (lock_fd);

  return ok;
}

static GPtrArray *
saves_from_table (GHashTable  *table,
                  GError     **error)
{
  g_autoptr(GPtrArray) saves = g_ptr_array_new_with_free_func ((GDestroyNotify) segment_save_free);
  GHashTableIter iter;
  gpointer key;
  gpointer value;

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      SegmentSave *save;

      if (!candor_vault_is_valid_segment_name (key))
        {
          invalid_name (error, key);
          return NULL;
        }

      if (value == NULL || g_bytes_get_size (value) > CANDOR_VAULT_MAX_PLAINTEXT)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                       "Segment “%s” is missing or larger than %d bytes", (char *) key,
                       CANDOR_VAULT_MAX_PLAINTEXT);
          return NULL;
        }

      save = g_new0 (SegmentSave, 1);
      save->name = g_strdup (key);
      save->plaintext = g_bytes_ref (value);
      save->file_name = segment_file_name (key);
      g_ptr_array_add (saves, save);
    }

  return g_steal_pointer (&saves);
}

static gboolean
write_segments_internal (CandorVault  *self,
                         GHashTable   *table,
                         GError      **error)
{
  g_autoptr(GPtrArray) saves = NULL;
  gboolean ok;

  if (!(saves = saves_from_table (table, error)))
    return FALSE;

  if (saves->len == 0)
    return TRUE;

  for (guint i = 0; i < saves->len; i++)
    {
      SegmentSave *save = g_ptr_array_index (saves, i);

      save->path = segment_path (self, save->name);
    }

  g_rw_lock_writer_lock (&self->io_lock);
  ok = save_segments_locked (self, saves, FALSE, error);
  g_rw_lock_writer_unlock (&self->io_lock);

  return ok;
}

/* ───────────────────────────── unlocking ───────────────────────────── */

static gboolean
unlock_internal (CandorVault  *self,
                 const char   *passphrase,
                 guint         serial,
                 GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;
  CandorKeyFileInfo info;
  guint8 *data_key;
  gsize len;
  const guint8 *data;
  gint64 kdf_start, kdf_usec;

  if (!(bytes = load_key_file (self, error)))
    return FALSE;

  data = g_bytes_get_data (bytes, &len);
  kdf_start = g_get_monotonic_time ();
  data_key = candor_vault_unwrap_key (data, len, CANDOR_VAULT_KEY_FILE_NAME, passphrase, &info,
                                      error);
  if (data_key == NULL)
    return FALSE;
  kdf_usec = g_get_monotonic_time () - kdf_start;

  if (!adopt_vault_id (self, info.vault_id, error))
    {
      sodium_free (data_key);
      return FALSE;
    }

  g_mutex_lock (&self->mutex);
  if (serial != self->lock_serial)
    {
      g_mutex_unlock (&self->mutex);
      sodium_free (data_key);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                           "The journal was locked while it was being unlocked");
      return FALSE;
    }
  g_clear_pointer (&self->key, sodium_free);
  self->key = data_key;
  self->kdf_usec = kdf_usec;
  g_mutex_unlock (&self->mutex);

  return TRUE;
}

static guint
current_lock_serial (CandorVault *self)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->mutex);

  return self->lock_serial;
}

typedef struct
{
  char  *passphrase;   /* sodium_malloc() */
  guint  serial;
} UnlockData;

static void
unlock_data_free (UnlockData *data)
{
  g_clear_pointer (&data->passphrase, sodium_free);
  g_free (data);
}

static void
unlock_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  CandorVault *self = source_object;
  UnlockData *data = task_data;
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;

  if (unlock_internal (self, data->passphrase, data->serial, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  CandorVault *self = source_object;
  GError *error = NULL;

  /* Once writing starts it runs to the end: stopping halfway would help nobody. */
  if (g_task_return_error_if_cancelled (task))
    return;

  if (write_segments_internal (self, task_data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* ───────────────────────────── GObject ───────────────────────────── */

static void
candor_vault_finalize (GObject *object)
{
  CandorVault *self = CANDOR_VAULT (object);

  candor_atomic_unlock (self->lock_fd);
  g_clear_pointer (&self->key, sodium_free);
  g_clear_pointer (&self->seen, g_hash_table_unref);
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->directory, g_free);
  g_clear_pointer (&self->key_path, g_free);
  g_clear_pointer (&self->backup_dir, g_free);
  g_clear_pointer (&self->lock_path, g_free);
  g_mutex_clear (&self->mutex);
  g_rw_lock_clear (&self->io_lock);

  G_OBJECT_CLASS (candor_vault_parent_class)->finalize (object);
}

static void
candor_vault_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CandorVault *self = CANDOR_VAULT (object);

  switch (prop_id)
    {
    case PROP_DIRECTORY:
      g_value_set_string (value, self->directory);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_vault_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  CandorVault *self = CANDOR_VAULT (object);

  switch (prop_id)
    {
    case PROP_DIRECTORY:
      {
        const char *directory = g_value_get_string (value);

        if (directory == NULL)
          self->directory = g_build_filename (g_get_user_data_dir (), BASE_ID, NULL);
        else
          /* Absolute, so backup paths handed out stay valid if the cwd changes. */
          self->directory = g_canonicalize_filename (directory, NULL);

        self->key_path = g_build_filename (self->directory, CANDOR_VAULT_KEY_FILE_NAME, NULL);
        self->backup_dir = g_build_filename (self->directory, CANDOR_VAULT_BACKUP_DIR_NAME, NULL);
        self->lock_path = g_build_filename (self->directory, CANDOR_VAULT_LOCK_FILE_NAME, NULL);
      }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_vault_class_init (CandorVaultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  g_autoptr(GError) error = NULL;

  object_class->finalize = candor_vault_finalize;
  object_class->get_property = candor_vault_get_property;
  object_class->set_property = candor_vault_set_property;

  properties[PROP_DIRECTORY] =
    g_param_spec_string ("directory", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  if (!candor_secure_init (&error))
    g_critical ("%s", error->message);
}

static void
candor_vault_init (CandorVault *self)
{
  g_mutex_init (&self->mutex);
  g_rw_lock_init (&self->io_lock);
  self->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->lock_fd = -1;
  self->opslimit = crypto_pwhash_OPSLIMIT_MODERATE;
  self->memlimit = crypto_pwhash_MEMLIMIT_MODERATE;
}

/* ───────────────────────────── public API ───────────────────────────── */

/**
 * candor_vault_new:
 * @directory: (nullable): the vault folder, or %NULL for the default one
 *
 * Does no I/O; nothing is created until candor_vault_create().
 */
CandorVault *
candor_vault_new (const char *directory)
{
  return g_object_new (CANDOR_TYPE_VAULT, "directory", directory, NULL);
}

const char *
candor_vault_get_directory (CandorVault *self)
{
  g_return_val_if_fail (CANDOR_IS_VAULT (self), NULL);

  return self->directory;
}

gboolean
candor_vault_exists (CandorVault *self)
{
  g_return_val_if_fail (CANDOR_IS_VAULT (self), FALSE);

  return g_file_test (self->key_path, G_FILE_TEST_IS_REGULAR);
}

gboolean
candor_vault_load (CandorVault  *self,
                   GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;
  CandorKeyFileInfo info;
  const guint8 *data;
  gsize len;

  g_return_val_if_fail (CANDOR_IS_VAULT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(bytes = load_key_file (self, error)))
    return FALSE;

  data = g_bytes_get_data (bytes, &len);
  if (!candor_vault_parse_key_file (data, len, CANDOR_VAULT_KEY_FILE_NAME, &info, error))
    return FALSE;

  return adopt_vault_id (self, info.vault_id, error);
}

const char *
candor_vault_get_id (CandorVault *self)
{
  gboolean loaded;

  g_return_val_if_fail (CANDOR_IS_VAULT (self), NULL);

  g_mutex_lock (&self->mutex);
  loaded = self->loaded;
  g_mutex_unlock (&self->mutex);

  if (!loaded && !candor_vault_load (self, NULL))
    return NULL;

  /* Set once and never freed before finalize, so the pointer stays valid. */
  return self->id;
}

gboolean
candor_vault_is_unlocked (CandorVault *self)
{
  g_autoptr(GMutexLocker) locker = NULL;

  g_return_val_if_fail (CANDOR_IS_VAULT (self), FALSE);

  locker = g_mutex_locker_new (&self->mutex);
  return self->key != NULL;
}

static gboolean
has_segment_files (CandorVault *self)
{
  g_auto(GStrv) names = candor_vault_list_segments (self);

  return names != NULL && names[0] != NULL;
}

/* Decrypts a freshly built key file with the passphrase, as a reader would, and checks
 * the data key comes out: a bug here would lose everything, so it costs one more KDF. */
static gboolean
check_key_file (GBytes        *bytes,
                const char    *passphrase,
                const guint8  *data_key,
                GError       **error)
{
  gsize len;
  const guint8 *data = g_bytes_get_data (bytes, &len);
  guint8 *check;
  gboolean same;

  check = candor_vault_unwrap_key (data, len, CANDOR_VAULT_KEY_FILE_NAME, passphrase, NULL, error);
  if (check == NULL)
    return FALSE;

  same = sodium_memcmp (check, data_key, CANDOR_VAULT_KEY_BYTES) == 0;
  sodium_free (check);

  if (!same)
    g_set_error_literal (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_IO,
                         _("The new key file did not read back correctly, so it was not "
                           "written. Please report this."));
  return same;
}

static gboolean
create_locked (CandorVault  *self,
               const char   *passphrase,
               GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) file_error = NULL;
  guint8 vault_id[CANDOR_VAULT_ID_BYTES];
  guint8 *data_key;

  if (candor_vault_exists (self) || has_segment_files (self))
    {
      g_autofree char *display = g_filename_display_name (self->directory);

      g_set_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_EXISTS,
                   _("There is already a Candor journal in “%s”. Open it instead, or choose "
                     "an empty folder."),
                   display);
      return FALSE;
    }

  /* A version 4 UUID, so the id reads like any other. */
  randombytes_buf (vault_id, sizeof vault_id);
  vault_id[6] = (vault_id[6] & 0x0f) | 0x40;
  vault_id[8] = (vault_id[8] & 0x3f) | 0x80;

  data_key = sodium_malloc (CANDOR_VAULT_KEY_BYTES);
  crypto_aead_xchacha20poly1305_ietf_keygen (data_key);

  bytes = candor_vault_encode_key_file (vault_id, data_key, passphrase, self->opslimit,
                                        self->memlimit, error);
  if (bytes == NULL || !check_key_file (bytes, passphrase, data_key, error))
    {
      sodium_free (data_key);
      return FALSE;
    }

  if (!candor_atomic_write (self->key_path, g_bytes_get_data (bytes, NULL),
                            g_bytes_get_size (bytes), &file_error))
    {
      sodium_free (data_key);
      return save_error (error, g_steal_pointer (&file_error), CANDOR_VAULT_KEY_FILE_NAME);
    }

  g_mutex_lock (&self->mutex);
  memcpy (self->vault_id, vault_id, CANDOR_VAULT_ID_BYTES);
  g_clear_pointer (&self->id, g_free);
  self->id = candor_vault_format_id (vault_id);
  self->loaded = TRUE;
  g_clear_pointer (&self->key, sodium_free);
  self->key = data_key;
  g_mutex_unlock (&self->mutex);

  return TRUE;
}

/**
 * candor_vault_create:
 *
 * Creates the folder (0700) and a key file (0600) holding a new random data key wrapped
 * by @passphrase, and leaves the vault unlocked. Refuses (EXISTS) if the folder already
 * holds a key file or segment files.
 */
gboolean
candor_vault_create (CandorVault  *self,
                     const char   *passphrase,
                     GError      **error)
{
  gboolean temporary_lock = FALSE;
  gboolean ok;
  int lock_fd;

  g_return_val_if_fail (CANDOR_IS_VAULT (self), FALSE);
  g_return_val_if_fail (passphrase != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_mkdir_with_parents (self->directory, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (self->directory);

      g_set_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_IO,
                   _("Candor could not create the folder “%s”: %s"), display,
                   g_strerror (saved_errno));
      return FALSE;
    }

  /* The folder may have existed with looser permissions (a synced folder, say). */
  if (g_chmod (self->directory, 0700) != 0)
    g_debug ("Could not make %s private: %s", self->directory, g_strerror (errno));

  g_rw_lock_writer_lock (&self->io_lock);
  if ((lock_fd = take_write_lock (self, &temporary_lock, error)) < 0)
    ok = FALSE;
  else
    ok = create_locked (self, passphrase, error);
  if (temporary_lock)
    candor_atomic_unlock (lock_fd);
  g_rw_lock_writer_unlock (&self->io_lock);

  return ok;
}

gboolean
candor_vault_unlock (CandorVault  *self,
                     const char   *passphrase,
                     GError      **error)
{
  g_return_val_if_fail (CANDOR_IS_VAULT (self), FALSE);
  g_return_val_if_fail (passphrase != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return unlock_internal (self, passphrase, current_lock_serial (self), error);
}

void
candor_vault_unlock_async (CandorVault         *self,
                           const char          *passphrase,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  UnlockData *data;
  gsize len;

  g_return_if_fail (CANDOR_IS_VAULT (self));
  g_return_if_fail (passphrase != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  len = strlen (passphrase);
  data = g_new0 (UnlockData, 1);
  data->passphrase = sodium_malloc (len + 1);
  memcpy (data->passphrase, passphrase, len + 1);
  data->serial = current_lock_serial (self);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, candor_vault_unlock_async);
  g_task_set_task_data (task, data, (GDestroyNotify) unlock_data_free);
  /* Report what really happened: a cancel that comes after the key is in place must not
   * claim the vault is still locked. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_run_in_thread (task, unlock_thread);
}

gboolean
candor_vault_unlock_finish (CandorVault   *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (CANDOR_IS_VAULT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == candor_vault_unlock_async,
                        FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * candor_vault_lock:
 *
 * Wipes the data key from memory. Reads and writes fail with LOCKED until the next
 * unlock; an unlock still running in a thread will not bring the key back.
 */
void
candor_vault_lock (CandorVault *self)
{
  g_return_if_fail (CANDOR_IS_VAULT (self));

  g_mutex_lock (&self->mutex);
  g_clear_pointer (&self->key, sodium_free);
  self->lock_serial++;
  g_mutex_unlock (&self->mutex);
}

static gboolean
change_passphrase_locked (CandorVault  *self,
                          const char   *old_passphrase,
                          const char   *new_passphrase,
                          GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) new_bytes = NULL;
  g_autoptr(GError) file_error = NULL;
  CandorKeyFileInfo info;
  guint8 *data_key;
  const guint8 *data;
  gsize len;
  gboolean ok;

  if (!(bytes = load_key_file (self, error)))
    return FALSE;

  data = g_bytes_get_data (bytes, &len);
  data_key = candor_vault_unwrap_key (data, len, CANDOR_VAULT_KEY_FILE_NAME, old_passphrase,
                                      &info, error);
  if (data_key == NULL)
    return FALSE;

  /* Only the wrapping changes: same id, same data key, so no segment is rewritten. */
  ok = adopt_vault_id (self, info.vault_id, error) &&
       (new_bytes = candor_vault_encode_key_file (info.vault_id, data_key, new_passphrase,
                                                  self->opslimit, self->memlimit, error)) &&
       check_key_file (new_bytes, new_passphrase, data_key, error);
  sodium_free (data_key);
  if (!ok)
    return FALSE;

  if (!candor_atomic_write (self->key_path, g_bytes_get_data (new_bytes, NULL),
                            g_bytes_get_size (new_bytes), &file_error))
    return save_error (error, g_steal_pointer (&file_error), CANDOR_VAULT_KEY_FILE_NAME);

  return TRUE;
}

/**
 * candor_vault_change_passphrase:
 *
 * Rewraps the data key with a new salt and the current KDF limits. Only the key file
 * is rewritten. Does not change whether the vault is unlocked.
 */
gboolean
candor_vault_change_passphrase (CandorVault  *self,
                                const char   *old_passphrase,
                                const char   *new_passphrase,
                                GError      **error)
{
  gboolean temporary_lock = FALSE;
  gboolean ok;
  int lock_fd;

  g_return_val_if_fail (CANDOR_IS_VAULT (self), FALSE);
  g_return_val_if_fail (old_passphrase != NULL, FALSE);
  g_return_val_if_fail (new_passphrase != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  g_rw_lock_writer_lock (&self->io_lock);
  if (!candor_vault_exists (self))
    ok = not_found_error (self, error);
  else if ((lock_fd = take_write_lock (self, &temporary_lock, error)) < 0)
    ok = FALSE;
  else
    {
      ok = change_passphrase_locked (self, old_passphrase, new_passphrase, error);
      if (temporary_lock)
        candor_atomic_unlock (lock_fd);
    }
  g_rw_lock_writer_unlock (&self->io_lock);

  return ok;
}

char **
candor_vault_list_segments (CandorVault *self)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GDir) dir = NULL;
  const char *file;

  g_return_val_if_fail (CANDOR_IS_VAULT (self), NULL);

  if ((dir = g_dir_open (self->directory, 0, NULL)))
    while ((file = g_dir_read_name (dir)))
      {
        g_autofree char *stem = NULL;
        g_autofree char *path = NULL;

        if (!g_str_has_suffix (file, CANDOR_VAULT_SEGMENT_SUFFIX))
          continue;

        stem = g_strndup (file, strlen (file) - strlen (CANDOR_VAULT_SEGMENT_SUFFIX));
        path = g_build_filename (self->directory, file, NULL);
        if (candor_vault_is_valid_segment_name (stem) &&
            g_file_test (path, G_FILE_TEST_IS_REGULAR))
          g_ptr_array_add (names, g_steal_pointer (&stem));
      }

  g_ptr_array_sort (names, compare_segment_name_ptrs);
  g_ptr_array_add (names, NULL);

  return (char **) g_ptr_array_free (g_steal_pointer (&names), FALSE);
}

static GBytes *
read_segment_file (CandorVault        *self,
                   KeyHold            *hold,
                   const char         *name,
                   const char         *path,
                   const char         *display_name,
                   gboolean            remember,
                   CandorSegmentInfo  *info,
                   GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GBytes *plaintext;
  CandorSegmentInfo local_info;
  const guint8 *data;
  gsize len;

  if (info == NULL)
    info = &local_info;

  bytes = load_file (path, display_name, CANDOR_VAULT_MAX_FILE_LEN, &local_error);
  if (bytes == NULL)
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        {
          g_set_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_NOT_FOUND,
                       _("There is nothing saved in “%s” yet."), display_name);
          return NULL;
        }
      read_error (error, g_steal_pointer (&local_error), display_name);
      return NULL;
    }

  data = g_bytes_get_data (bytes, &len);
  plaintext = candor_vault_decode_segment (hold->key, hold->vault_id, name, display_name, data,
                                           len, info, &local_error);

  /* Remembering a damaged file lets a later save replace it; it is then kept aside in
   * backups/ rather than lost. FOREIGN and NEWER_VERSION files are never replaced. */
  if (remember && plaintext != NULL)
    remember_file (self, name, info->generation, data, len, TRUE);
  else if (remember && g_error_matches (local_error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_DAMAGED))
    remember_file (self, name, 0, data, len, FALSE);

  if (plaintext == NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));

  return plaintext;
}

/**
 * candor_vault_read_segment:
 *
 * Returns: (transfer full): the segment's plaintext, wiped from memory when freed.
 * NOT_FOUND if nothing is saved under @name yet.
 */
GBytes *
candor_vault_read_segment (CandorVault  *self,
                           const char   *name,
                           GError      **error)
{
  g_autoptr(KeyHold) hold = NULL;
  g_autofree char *path = NULL;
  g_autofree char *display_name = NULL;
  GBytes *plaintext;

  g_return_val_if_fail (CANDOR_IS_VAULT (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!candor_vault_is_valid_segment_name (name))
    {
      invalid_name (error, name);
      return NULL;
    }

  if (!(hold = hold_key (self, error)))
    return NULL;

  path = segment_path (self, name);
  display_name = segment_file_name (name);
  g_rw_lock_reader_lock (&self->io_lock);
  plaintext = read_segment_file (self, hold, name, path, display_name, TRUE, NULL, error);
  g_rw_lock_reader_unlock (&self->io_lock);

  return plaintext;
}

gboolean
candor_vault_write_segments (CandorVault  *self,
                             GHashTable   *name_to_gbytes,
                             GError      **error)
{
  g_return_val_if_fail (CANDOR_IS_VAULT (self), FALSE);
  g_return_val_if_fail (name_to_gbytes != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return write_segments_internal (self, name_to_gbytes, error);
}

void
candor_vault_write_segments_async (CandorVault         *self,
                                   GHashTable          *name_to_gbytes,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GHashTable *copy;
  GHashTableIter iter;
  gpointer key;
  gpointer value;

  g_return_if_fail (CANDOR_IS_VAULT (self));
  g_return_if_fail (name_to_gbytes != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  /* The caller's table may change (or die) while the thread runs. */
  copy = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                (GDestroyNotify) g_bytes_unref);
  g_hash_table_iter_init (&iter, name_to_gbytes);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (copy, g_strdup (key), value ? g_bytes_ref (value) : NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, candor_vault_write_segments_async);
  g_task_set_task_data (task, copy, (GDestroyNotify) g_hash_table_unref);
  /* A save that happened must be reported as saved, even if cancelled meanwhile. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_run_in_thread (task, write_thread);
}

gboolean
candor_vault_write_segments_finish (CandorVault   *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  g_return_val_if_fail (CANDOR_IS_VAULT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) ==
                        candor_vault_write_segments_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

guint64
candor_vault_get_generation (CandorVault *self,
                             const char  *name)
{
  SeenFile seen;

  g_return_val_if_fail (CANDOR_IS_VAULT (self), 0);
  g_return_val_if_fail (name != NULL, 0);

  return lookup_seen (self, name, &seen) ? seen.generation : 0;
}

static const char *
problem_keyword (const GError *error)
{
  if (error->domain != CANDOR_VAULT_ERROR)
    return "ERROR";

  switch (error->code)
    {
    case CANDOR_VAULT_ERROR_DAMAGED:
      return "DAMAGED";
    case CANDOR_VAULT_ERROR_FOREIGN:
      return "FOREIGN";
    case CANDOR_VAULT_ERROR_NEWER_VERSION:
      return "NEWER-VERSION";
    case CANDOR_VAULT_ERROR_NOT_FOUND:
      return "MISSING";
    default:
      return "ERROR";
    }
}

static gboolean
verify_segment_file (CandorVault  *self,
                     KeyHold      *hold,
                     const char   *name,
                     const char   *path,
                     const char   *display_name,
                     GPtrArray    *report,
                     GError      **first_error)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) plaintext = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autofree char *size = NULL;
  CandorSegmentInfo info;
  gsize len;
  const char *json;

  plaintext = read_segment_file (self, hold, name, path, display_name, FALSE, &info, &error);
  if (plaintext != NULL)
    {
      parser = json_parser_new_immutable ();
      json = g_bytes_get_data (plaintext, &len);
      if (!json_parser_load_from_data (parser, json ? json : "", len, &error))
        {
          g_autoptr(GError) json_error = g_steal_pointer (&error);

          damaged (&error, display_name, json_error->message);
        }
    }

  if (error != NULL)
    {
      g_ptr_array_add (report, g_strdup_printf ("%s: %s — %s", display_name,
                                                problem_keyword (error), error->message));
      if (*first_error == NULL)
        *first_error = g_steal_pointer (&error);
      return FALSE;
    }

  size = g_format_size (info.plaintext_len);
  /* Translators: a line of the --verify report. “save 12” counts the times it was saved;
   * the last %s is a size such as “4.1 kB”. */
  g_ptr_array_add (report,
                   g_strdup_printf (_("%s: OK — save %llu, %s of journal data"),
                                    display_name, (unsigned long long) info.generation, size));
  return TRUE;
}

/**
 * candor_vault_verify:
 * @report: (out) (optional): one line per file, "FILE: OK — …" or "FILE: PROBLEM — …"
 *
 * Needs the vault unlocked. Checks the key file, every segment (including that it holds
 * valid JSON) and every backup.
 */
gboolean
candor_vault_verify (CandorVault  *self,
                     GPtrArray   **report,
                     GError      **error)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(KeyHold) hold = NULL;
  g_autoptr(GError) first_error = NULL;
  g_autoptr(GError) key_error = NULL;
  g_autoptr(GBytes) key_bytes = NULL;
  g_auto(GStrv) segments = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) backups = g_ptr_array_new_with_free_func (g_free);
  CandorKeyFileInfo info;
  const char *file;

  g_return_val_if_fail (CANDOR_IS_VAULT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(hold = hold_key (self, error)))
    return FALSE;

  if ((key_bytes = load_key_file (self, &key_error)) &&
      candor_vault_parse_key_file (g_bytes_get_data (key_bytes, NULL),
                                   g_bytes_get_size (key_bytes), CANDOR_VAULT_KEY_FILE_NAME,
                                   &info, &key_error))
    {
      if (sodium_memcmp (info.vault_id, hold->vault_id, CANDOR_VAULT_ID_BYTES) != 0)
        damaged (&key_error, CANDOR_VAULT_KEY_FILE_NAME, _("it belongs to a different journal"));
    }

  if (key_error != NULL)
    {
      g_ptr_array_add (lines, g_strdup_printf ("%s: %s — %s", CANDOR_VAULT_KEY_FILE_NAME,
                                               problem_keyword (key_error), key_error->message));
      first_error = g_steal_pointer (&key_error);
    }
  else
    g_ptr_array_add (lines, g_strdup_printf (_("%s: OK — journal %s, format %u.%u"),
                                             CANDOR_VAULT_KEY_FILE_NAME, self->id,
                                             info.major, info.minor));

  segments = candor_vault_list_segments (self);
  for (guint i = 0; segments[i] != NULL; i++)
    {
      g_autofree char *path = segment_path (self, segments[i]);
      g_autofree char *display_name = segment_file_name (segments[i]);

      verify_segment_file (self, hold, segments[i], path, display_name, lines, &first_error);
    }

  if ((dir = g_dir_open (self->backup_dir, 0, NULL)))
    while ((file = g_dir_read_name (dir)))
      g_ptr_array_add (backups, g_strdup (file));
  g_ptr_array_sort (backups, compare_string_ptrs);

  for (guint i = 0; i < backups->len; i++)
    {
      const char *base = g_ptr_array_index (backups, i);
      g_autofree char *stem = NULL;
      g_autofree char *path = NULL;
      g_autofree char *display_name = NULL;
      const char *dot;
      gsize len = strlen (base);

      /* NAME.candor.N only; kept-aside damaged copies are known to be damaged. */
      if (len < 3 || base[len - 2] != '.' || !g_ascii_isdigit (base[len - 1]))
        continue;
      stem = g_strndup (base, len - 2);
      if (!g_str_has_suffix (stem, CANDOR_VAULT_SEGMENT_SUFFIX))
        continue;
      dot = strrchr (stem, '.');
      stem[dot - stem] = '\0';
      if (!candor_vault_is_valid_segment_name (stem))
        continue;

      path = g_build_filename (self->backup_dir, base, NULL);
      display_name = g_build_filename (CANDOR_VAULT_BACKUP_DIR_NAME, base, NULL);
      verify_segment_file (self, hold, stem, path, display_name, lines, &first_error);
    }

  if (report != NULL)
    *report = g_steal_pointer (&lines);

  if (first_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&first_error));
      return FALSE;
    }

  return TRUE;
}

char **
candor_vault_list_backups (CandorVault *self,
                           const char  *segment)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *base = NULL;

  g_return_val_if_fail (CANDOR_IS_VAULT (self), NULL);
  g_return_val_if_fail (candor_vault_is_valid_segment_name (segment), NULL);

  base = backup_base (self, segment);
  for (guint i = 1; i <= CANDOR_VAULT_N_BACKUPS; i++)
    {
      g_autofree char *path = g_strdup_printf ("%s.%u", base, i);

      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_strv_builder_add (builder, path);
    }

  return g_strv_builder_end (builder);
}

/* Accepts only BACKUP_DIR/NAME.candor.N; returns NAME. */
static char *
backup_segment_name (CandorVault  *self,
                     const char   *backup_path,
                     GError      **error)
{
  g_autofree char *canonical = g_canonicalize_filename (backup_path, NULL);
  g_autofree char *dir = g_path_get_dirname (canonical);
  g_autofree char *base = g_path_get_basename (canonical);
  gsize len = strlen (base);
  g_autofree char *stem = NULL;

  if (strcmp (dir, self->backup_dir) == 0 && len > 2 && base[len - 2] == '.' &&
      base[len - 1] >= '1' && base[len - 1] <= '0' + CANDOR_VAULT_N_BACKUPS)
    {
      stem = g_strndup (base, len - 2);
      if (g_str_has_suffix (stem, CANDOR_VAULT_SEGMENT_SUFFIX))
        {
          stem[strlen (stem) - strlen (CANDOR_VAULT_SEGMENT_SUFFIX)] = '\0';
          if (candor_vault_is_valid_segment_name (stem))
            return g_steal_pointer (&stem);
        }
    }

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
               "“%s” is not a backup of this vault", backup_path);
  return NULL;
}

static GBytes *
read_backup_internal (CandorVault  *self,
                      const char   *backup_path,
                      char        **name_out,
                      GError      **error)
{
  g_autoptr(KeyHold) hold = NULL;
  g_autofree char *name = NULL;
  g_autofree char *base = NULL;
  g_autofree char *display_name = NULL;
  g_autofree char *path = NULL;
  GBytes *plaintext;

  if (!(name = backup_segment_name (self, backup_path, error)))
    return NULL;

  if (!(hold = hold_key (self, error)))
    return NULL;

  path = g_canonicalize_filename (backup_path, NULL);
  base = g_path_get_basename (path);
  display_name = g_build_filename (CANDOR_VAULT_BACKUP_DIR_NAME, base, NULL);
  plaintext = read_segment_file (self, hold, name, path, display_name, FALSE, NULL, error);

  if (plaintext != NULL && name_out != NULL)
    *name_out = g_steal_pointer (&name);
  return plaintext;
}

GBytes *
candor_vault_read_backup (CandorVault  *self,
                          const char   *backup_path,
                          GError      **error)
{
  g_return_val_if_fail (CANDOR_IS_VAULT (self), NULL);
  g_return_val_if_fail (backup_path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return read_backup_internal (self, backup_path, NULL, error);
}

gboolean
candor_vault_restore_backup (CandorVault  *self,
                             const char   *backup_path,
                             GError      **error)
{
  g_autoptr(GPtrArray) saves = NULL;
  g_autoptr(GBytes) plaintext = NULL;
  g_autofree char *name = NULL;
  SegmentSave *save;
  gboolean ok;

  g_return_val_if_fail (CANDOR_IS_VAULT (self), FALSE);
  g_return_val_if_fail (backup_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Read before rotating: the rotation moves the backup we are restoring. */
  if (!(plaintext = read_backup_internal (self, backup_path, &name, error)))
    return FALSE;

  save = g_new0 (SegmentSave, 1);
  save->name = g_strdup (name);
  save->file_name = segment_file_name (name);
  save->path = segment_path (self, name);
  save->plaintext = g_steal_pointer (&plaintext);
  saves = g_ptr_array_new_with_free_func ((GDestroyNotify) segment_save_free);
  g_ptr_array_add (saves, save);

  g_rw_lock_writer_lock (&self->io_lock);
  ok = save_segments_locked (self, saves, TRUE, error);
  g_rw_lock_writer_unlock (&self->io_lock);

  return ok;
}

gboolean
candor_vault_acquire_write_lock (CandorVault  *self,
                                 GError      **error)
{
  gboolean temporary = FALSE;
  int fd;

  g_return_val_if_fail (CANDOR_IS_VAULT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Waits for a save of our own that is running in a thread. */
  g_rw_lock_writer_lock (&self->io_lock);
  fd = take_write_lock (self, &temporary, error);
  if (fd >= 0 && temporary)
    {
      g_mutex_lock (&self->mutex);
      self->lock_fd = fd;
      g_mutex_unlock (&self->mutex);
    }
  g_rw_lock_writer_unlock (&self->io_lock);

  return fd >= 0;
}

void
candor_vault_release_write_lock (CandorVault *self)
{
  g_return_if_fail (CANDOR_IS_VAULT (self));

  g_rw_lock_writer_lock (&self->io_lock);
  g_mutex_lock (&self->mutex);
  candor_atomic_unlock (self->lock_fd);
  self->lock_fd = -1;
  g_mutex_unlock (&self->mutex);
  g_rw_lock_writer_unlock (&self->io_lock);
}

/**
 * candor_vault_get_kdf_duration:
 *
 * Returns: how long the last successful unlock spent deriving the key from the
 *   passphrase and unwrapping the data key, in microseconds; 0 before any unlock.
 *   candor-bench subtracts it from the time the journal takes to show.
 */
gint64
candor_vault_get_kdf_duration (CandorVault *self)
{
  g_autoptr(GMutexLocker) locker = NULL;

  g_return_val_if_fail (CANDOR_IS_VAULT (self), 0);

  locker = g_mutex_locker_new (&self->mutex);
  return self->kdf_usec;
}

void
candor_vault_set_kdf_limits (CandorVault *self,
                             guint64      opslimit,
                             gsize        memlimit)
{
  g_return_if_fail (CANDOR_IS_VAULT (self));
  g_return_if_fail (opslimit >= CANDOR_VAULT_OPSLIMIT_MIN && opslimit <= CANDOR_VAULT_OPSLIMIT_MAX);
  g_return_if_fail (memlimit >= CANDOR_VAULT_MEMLIMIT_MIN && memlimit <= CANDOR_VAULT_MEMLIMIT_MAX);

  self->opslimit = opslimit;
  self->memlimit = memlimit;
}

GBytes *
candor_vault_decode_with_key (CandorVault   *self,
                              const char    *name,
                              const char    *display_name,
                              const guint8  *data,
                              gsize          len,
                              GError       **error)
{
  g_autoptr(KeyHold) hold = NULL;

  g_return_val_if_fail (CANDOR_IS_VAULT (self), NULL);
  g_return_val_if_fail (candor_vault_is_valid_segment_name (name), NULL);

  if (!(hold = hold_key (self, error)))
    return NULL;

  return candor_vault_decode_segment (hold->key, hold->vault_id, name, display_name, data, len,
                                      NULL, error);
}
