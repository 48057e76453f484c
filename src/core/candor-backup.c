/* candor-backup.c — backup files: writing, reading (with a summary) and restoring
 *
 * A backup file holds the vault's own encrypted files verbatim (data/vault-format.md,
 * "Backup files"), so no new cryptography lives here: reading one uses the vault codec.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sodium.h>
#include <string.h>

#include "candor-backup-private.h"
#include "candor-journal-private.h"
#include "candor-vault-private.h"

#define BACKUP_MAJOR        1
#define BACKUP_MINOR        0
#define BACKUP_HEADER_LEN   48
#define BACKUP_OFF_ID       16
#define BACKUP_OFF_MADE_AT  32
#define BACKUP_OFF_N_FILES  40
#define BACKUP_MAX_FILES    10000
#define BACKUP_MAX_NAME     32
/* Far more than years of journal; a bigger file is not ours. */
#define BACKUP_MAX_LEN      ((gsize) G_MAXUINT32)

#define PRE_RESTORE_NAME    "before-restore" CANDOR_BACKUP_SUFFIX

struct _CandorBackupContents
{
  CandorBackupKind  kind;
  JsonNode         *document;
  GDateTime        *made_at;
  GDateTime        *first_date;
  GDateTime        *last_date;
  guint             counts[CANDOR_BACKUP_N_COUNTS];
};

G_DEFINE_QUARK (candor-backup-error-quark, candor_backup_error)

/* ───────────────────────────── helpers ───────────────────────────── */

static void
put_u16 (GByteArray *out,
         guint16     v)
{
  guint8 b[2] = { v & 0xff, v >> 8 };

  g_byte_array_append (out, b, 2);
}

static void
put_u64_at (guint8  *p,
            guint64  v)
{
  for (guint i = 0; i < 8; i++)
    p[i] = (v >> (8 * i)) & 0xff;
}

static guint64
get_u64 (const guint8 *p)
{
  guint64 v = 0;

  for (guint i = 0; i < 8; i++)
    v |= ((guint64) p[i]) << (8 * i);
  return v;
}

static guint16
get_u16 (const guint8 *p)
{
  return p[0] | (p[1] << 8);
}

static guint32
get_u32 (const guint8 *p)
{
  return p[0] | (p[1] << 8) | (p[2] << 16) | ((guint32) p[3] << 24);
}

static gboolean
damaged (GError     **error,
         const char  *display_name,
         const char  *why)
{
  g_set_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_DAMAGED,
               /* Translators: the first %s is a file name, the second says what is wrong. */
               _("The backup %s is damaged (%s). Your journal was not changed."),
               display_name, why);
  return FALSE;
}

/* Turns a failed write into a message for people: what happened, and that nothing else
 * was touched. */
void
candor_backup_set_write_error (GError     **error,
                 const char  *path,
                 int          saved_errno,
                 const char  *detail)
{
  g_autofree char *display = g_filename_display_name (path);

  switch (saved_errno)
    {
    case ENOSPC:
    case EDQUOT:
      g_set_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_NO_SPACE,
                   _("There is not enough space on the disk to write %s. Free some space "
                     "and try again; nothing else was changed."), display);
      break;
    case EROFS:
    case EACCES:
    case EPERM:
      g_set_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_IO,
                   _("%s cannot be written: the folder is read-only or you may not write "
                     "there. Choose another folder; nothing was changed."), display);
      break;
    case ENOENT:
    case ENOTDIR:
    case EISDIR:
    case EEXIST:
      g_set_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_IO,
                   _("%s cannot be written: part of that path is not a folder. Choose "
                     "another place; nothing was changed."), display);
      break;
    default:
      g_set_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_IO,
                   _("%s could not be written (%s). Nothing was changed."), display,
                   detail ? detail : g_strerror (saved_errno));
    }
}

static int
errno_from_file_error (const GError *error)
{
  if (error->domain != G_FILE_ERROR)
    return EIO;

  switch (error->code)
    {
    case G_FILE_ERROR_NOSPC: return ENOSPC;
    case G_FILE_ERROR_ROFS: return EROFS;
    case G_FILE_ERROR_ACCES: return EACCES;
    case G_FILE_ERROR_PERM: return EPERM;
    case G_FILE_ERROR_NOENT: return ENOENT;
    case G_FILE_ERROR_NOTDIR: return ENOTDIR;
    case G_FILE_ERROR_ISDIR: return EISDIR;
    case G_FILE_ERROR_EXIST: return EEXIST;
    default: return EIO;
    }
}

gboolean
candor_backup_write_file (const char    *path,
            const guint8  *data,
            gsize          len,
            GError       **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!g_file_set_contents_full (path, (const char *) data, len,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0600, &local_error))
    {
      candor_backup_set_write_error (error, path, errno_from_file_error (local_error), local_error->message);
      return FALSE;
    }

  return TRUE;
}

GBytes *
candor_backup_read_file (const char  *path,
           GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  char *contents = NULL;
  gsize len = 0;

  if (!g_file_get_contents (path, &contents, &len, &local_error))
    {
      g_autofree char *display = g_filename_display_name (path);

      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        g_set_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_NOT_FOUND,
                     _("%s does not exist."), display);
      else
        g_set_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_IO,
                     _("%s could not be read: %s"), display, local_error->message);
      return NULL;
    }

  return g_bytes_new_take (contents, len);
}

static gboolean
trailer_ok (const guint8 *data,
            gsize         len)
{
  guint8 hash[CANDOR_VAULT_TRAILER_BYTES];

  if (len < CANDOR_VAULT_TRAILER_BYTES)
    return FALSE;
  crypto_generichash (hash, sizeof hash, data, len - CANDOR_VAULT_TRAILER_BYTES, NULL, 0);
  return sodium_memcmp (hash, data + len - CANDOR_VAULT_TRAILER_BYTES, sizeof hash) == 0;
}

char *
candor_backup_dir (CandorVault *vault)
{
  return g_build_filename (candor_vault_get_directory (vault), CANDOR_VAULT_BACKUP_DIR_NAME,
                           NULL);
}

gboolean
candor_backup_ensure_dir (const char  *path,
            GError     **error)
{
  if (g_mkdir_with_parents (path, 0700) != 0)
    {
      candor_backup_set_write_error (error, path, errno, NULL);
      return FALSE;
    }
  return TRUE;
}

/* ───────────────────────────── contents ───────────────────────────── */

static void
note_date (CandorBackupContents *self,
           GDateTime            *date)
{
  if (date == NULL)
    return;
  if (self->first_date == NULL || g_date_time_compare (date, self->first_date) < 0)
    {
      g_clear_pointer (&self->first_date, g_date_time_unref);
      self->first_date = g_date_time_ref (date);
    }
  if (self->last_date == NULL || g_date_time_compare (date, self->last_date) > 0)
    {
      g_clear_pointer (&self->last_date, g_date_time_unref);
      self->last_date = g_date_time_ref (date);
    }
}

static void
summarize (CandorBackupContents *self,
           CandorJournal        *journal)
{
  GListModel *lists[CANDOR_BACKUP_N_COUNTS] = {
    candor_journal_get_people (journal),
    candor_journal_get_checkins (journal),
    candor_journal_get_interactions (journal),
    candor_journal_get_checks (journal),
    candor_journal_get_commitments (journal),
    candor_journal_get_exercises (journal),
    candor_journal_get_feeling_notes (journal),
    candor_journal_get_reassessments (journal),
  };

  for (guint c = 0; c < CANDOR_BACKUP_N_COUNTS; c++)
    {
      guint n = g_list_model_get_n_items (lists[c]);

      self->counts[c] = n;
      /* People are not journal entries with a date of their own worth showing. */
      if (c == CANDOR_BACKUP_COUNT_PEOPLE)
        continue;
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CandorEntry) entry = g_list_model_get_item (lists[c], i);

          note_date (self, candor_entry_get_date (entry));
        }
    }
}

CandorBackupContents *
candor_backup_contents_new_for_document (JsonNode          *document,
                                         CandorBackupKind   kind,
                                         GDateTime         *made_at,
                                         GError           **error)
{
  g_autoptr(CandorJournal) journal = candor_journal_new ();
  CandorBackupContents *self;

  g_return_val_if_fail (document != NULL, NULL);

  if (!candor_journal_import_document (journal, document, CANDOR_IMPORT_MODE_REPLACE, error))
    return NULL;

  self = g_new0 (CandorBackupContents, 1);
  self->kind = kind;
  self->document = json_node_ref (document);
  self->made_at = made_at ? g_date_time_ref (made_at) : NULL;
  summarize (self, journal);
  return self;
}

void
candor_backup_contents_free (CandorBackupContents *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->document, json_node_unref);
  g_clear_pointer (&self->made_at, g_date_time_unref);
  g_clear_pointer (&self->first_date, g_date_time_unref);
  g_clear_pointer (&self->last_date, g_date_time_unref);
  g_free (self);
}

CandorBackupKind
candor_backup_contents_get_kind (CandorBackupContents *self)
{
  return self->kind;
}

JsonNode *
candor_backup_contents_get_document (CandorBackupContents *self)
{
  return self->document;
}

GDateTime *
candor_backup_contents_get_made_at (CandorBackupContents *self)
{
  return self->made_at;
}

GDateTime *
candor_backup_contents_get_first_date (CandorBackupContents *self)
{
  return self->first_date;
}

GDateTime *
candor_backup_contents_get_last_date (CandorBackupContents *self)
{
  return self->last_date;
}

guint
candor_backup_contents_get_count (CandorBackupContents *self,
                                  CandorBackupCount     count)
{
  g_return_val_if_fail (count < CANDOR_BACKUP_N_COUNTS, 0);
  return self->counts[count];
}

guint
candor_backup_contents_get_n_entries (CandorBackupContents *self)
{
  guint n = 0;

  for (guint c = CANDOR_BACKUP_COUNT_CHECKINS; c < CANDOR_BACKUP_N_COUNTS; c++)
    n += self->counts[c];
  return n;
}

/* ───────────────────────────── writing ───────────────────────────── */

static void
add_member (GByteArray   *out,
            const char   *name,
            GBytes       *bytes)
{
  guint8 len[8];
  gsize size = g_bytes_get_size (bytes);

  put_u16 (out, strlen (name));
  g_byte_array_append (out, (const guint8 *) name, strlen (name));
  put_u64_at (len, size);
  g_byte_array_append (out, len, 8);
  g_byte_array_append (out, g_bytes_get_data (bytes, NULL), size);
}

/* The backup of what is on disk, built in memory; the caller holds the write lock. */
static GBytes *
build_backup (CandorVault  *vault,
              GError      **error)
{
  g_autoptr(GByteArray) out = g_byte_array_new ();
  g_autoptr(GBytes) key = NULL;
  g_autofree char *key_path = NULL;
  g_auto(GStrv) segments = NULL;
  CandorKeyFileInfo info;
  guint8 header[BACKUP_HEADER_LEN] = { 0 };
  guint8 trailer[CANDOR_VAULT_TRAILER_BYTES];
  guint32 n_files = 1;

  key_path = g_build_filename (candor_vault_get_directory (vault), CANDOR_VAULT_KEY_FILE_NAME,
                               NULL);
  if (!(key = candor_backup_read_file (key_path, error)))
    return NULL;
  if (!candor_vault_parse_key_file (g_bytes_get_data (key, NULL), g_bytes_get_size (key),
                                    CANDOR_VAULT_KEY_FILE_NAME, &info, error))
    return NULL;

  segments = candor_vault_list_segments (vault);
  n_files += g_strv_length (segments);

  memcpy (header, CANDOR_BACKUP_MAGIC, CANDOR_VAULT_MAGIC_LEN);
  header[8] = BACKUP_MAJOR;
  header[10] = BACKUP_MINOR;
  header[12] = BACKUP_HEADER_LEN;
  memcpy (header + BACKUP_OFF_ID, info.vault_id, CANDOR_VAULT_ID_BYTES);
  put_u64_at (header + BACKUP_OFF_MADE_AT, (guint64) g_get_real_time ());
  header[BACKUP_OFF_N_FILES] = n_files & 0xff;
  header[BACKUP_OFF_N_FILES + 1] = (n_files >> 8) & 0xff;
  header[BACKUP_OFF_N_FILES + 2] = (n_files >> 16) & 0xff;
  header[BACKUP_OFF_N_FILES + 3] = (n_files >> 24) & 0xff;
  g_byte_array_append (out, header, sizeof header);

  add_member (out, CANDOR_VAULT_KEY_FILE_NAME, key);
  for (guint i = 0; segments[i] != NULL; i++)
    {
      g_autofree char *base = g_strconcat (segments[i], CANDOR_VAULT_SEGMENT_SUFFIX, NULL);
      g_autofree char *path = g_build_filename (candor_vault_get_directory (vault), base, NULL);
      g_autoptr(GBytes) bytes = candor_backup_read_file (path, error);

      if (bytes == NULL)
        return NULL;
      /* Never copy damage into a backup silently. */
      if (!trailer_ok (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes)))
        {
          g_set_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_DAMAGED,
                       _("%s in your journal folder is damaged, so no backup was made. "
                         "Open the journal to repair it from its own backups first."), base);
          return NULL;
        }
      add_member (out, base, bytes);
    }

  crypto_generichash (trailer, sizeof trailer, out->data, out->len, NULL, 0);
  g_byte_array_append (out, trailer, sizeof trailer);
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

gboolean
candor_backup_write (CandorVault  *vault,
                     const char   *path,
                     GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (CANDOR_IS_VAULT (vault), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(bytes = build_backup (vault, error)))
    return FALSE;

  return candor_backup_write_file (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error);
}

gboolean
candor_backup_write_json (CandorJournal  *journal,
                          const char     *path,
                          GError        **error)
{
  g_autoptr(JsonNode) document = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;
  gboolean ok;

  g_return_val_if_fail (CANDOR_IS_JOURNAL (journal), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  document = candor_journal_to_document (journal);
  data = candor_json_to_data (document, TRUE, &length);
  ok = candor_backup_write_file (path, (const guint8 *) data, length, error);
  sodium_memzero (data, length);
  return ok;
}

/* ───────────────────────────── reading ───────────────────────────── */

JsonNode *
candor_backup_read_json_document (const char  *path,
                                  GError     **error)
{
  g_autofree char *contents = NULL;
  g_autoptr(JsonNode) parsed = NULL;
  g_autoptr(JsonNode) migrated = NULL;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;

  parsed = candor_json_parse_document (contents, length, error);
  sodium_memzero (contents, length);
  if (parsed == NULL)
    return NULL;

  migrated = candor_json_migrate (parsed, error);
  if (migrated == NULL || !candor_json_validate_document (migrated, error))
    return NULL;

  return g_steal_pointer (&migrated);
}

typedef struct
{
  char         *name;      /* "vault.key", "2025.candor" */
  const guint8 *data;
  gsize         len;
} Member;

static void
member_clear (gpointer data)
{
  Member *member = data;

  g_free (member->name);
}

static gboolean
parse_container (const guint8  *data,
                 gsize          len,
                 const char    *display_name,
                 guint8        *vault_id,
                 gint64        *made_at,
                 GArray       **members_out,
                 GError       **error)
{
  g_autoptr(GArray) members = g_array_new (FALSE, TRUE, sizeof (Member));
  guint32 header_len, n_files;
  gsize pos, end;
  guint16 major;

  g_array_set_clear_func (members, member_clear);

  if (len < CANDOR_VAULT_MAGIC_LEN ||
      memcmp (data, CANDOR_BACKUP_MAGIC, CANDOR_VAULT_MAGIC_LEN) != 0)
    {
      g_set_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_FOREIGN,
                   _("%s is not a Candor backup or journal export. Choose a file made "
                     "with “Back Up…” or “Export as JSON…”."), display_name);
      return FALSE;
    }

  if (len < BACKUP_HEADER_LEN + CANDOR_VAULT_TRAILER_BYTES || !trailer_ok (data, len))
    return damaged (error, display_name, _("its checksum does not match; it was cut short or changed"));

  major = get_u16 (data + CANDOR_VAULT_OFF_MAJOR);
  if (major == 0)
    return damaged (error, display_name, _("unknown version"));
  if (major > BACKUP_MAJOR)
    {
      g_set_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_NEWER_VERSION,
                   _("%s was made by a newer version of Candor. Update Candor to open it."),
                   display_name);
      return FALSE;
    }

  header_len = get_u32 (data + CANDOR_VAULT_OFF_HEADER_LEN);
  end = len - CANDOR_VAULT_TRAILER_BYTES;
  if (header_len < BACKUP_HEADER_LEN || header_len > CANDOR_VAULT_MAX_HEADER_LEN ||
      header_len > end)
    return damaged (error, display_name, _("its header is invalid"));

  memcpy (vault_id, data + BACKUP_OFF_ID, CANDOR_VAULT_ID_BYTES);
  *made_at = (gint64) get_u64 (data + BACKUP_OFF_MADE_AT);
  n_files = get_u32 (data + BACKUP_OFF_N_FILES);
  if (n_files < 1 || n_files > BACKUP_MAX_FILES)
    return damaged (error, display_name, _("its list of files is invalid"));

  pos = header_len;
  for (guint32 i = 0; i < n_files; i++)
    {
      Member member = { 0 };
      guint16 name_len;
      guint64 size;

      if (end - pos < 2)
        return damaged (error, display_name, _("it ends too early"));
      name_len = get_u16 (data + pos);
      pos += 2;
      if (name_len == 0 || name_len > BACKUP_MAX_NAME || end - pos < name_len + 8u)
        return damaged (error, display_name, _("a file name in it is invalid"));
      member.name = g_strndup ((const char *) data + pos, name_len);
      pos += name_len;
      size = get_u64 (data + pos);
      pos += 8;
      if (size > end - pos)
        {
          g_free (member.name);
          return damaged (error, display_name, _("it ends too early"));
        }
      member.data = data + pos;
      member.len = size;
      pos += size;
      g_array_append_val (members, member);
    }

  if (pos != end)
    return damaged (error, display_name, _("it has extra bytes"));

  /* The key file first, then segments in order, each once. */
  if (strcmp (g_array_index (members, Member, 0).name, CANDOR_VAULT_KEY_FILE_NAME) != 0)
    return damaged (error, display_name, _("its key file is missing"));
  for (guint i = 1; i < members->len; i++)
    {
      const char *name = g_array_index (members, Member, i).name;
      g_autofree char *stem = NULL;

      if (!g_str_has_suffix (name, CANDOR_VAULT_SEGMENT_SUFFIX))
        return damaged (error, display_name, _("it holds an unknown file"));
      stem = g_strndup (name, strlen (name) - strlen (CANDOR_VAULT_SEGMENT_SUFFIX));
      if (!candor_vault_is_valid_segment_name (stem))
        return damaged (error, display_name, _("it holds an unknown file"));
      for (guint j = 1; j < i; j++)
        if (strcmp (g_array_index (members, Member, j).name, name) == 0)
          return damaged (error, display_name, _("it holds a file twice"));
    }

  *members_out = g_steal_pointer (&members);
  return TRUE;
}

static gboolean
looks_like_json (const guint8 *data,
                 gsize         len)
{
  for (gsize i = 0; i < len; i++)
    {
      if (data[i] == '{')
        return TRUE;
      if (!g_ascii_isspace (data[i]) && data[i] != 0xef && data[i] != 0xbb && data[i] != 0xbf)
        return FALSE;
    }
  return FALSE;
}

static CandorBackupContents *
read_json (const char  *path,
           GError     **error)
{
  g_autoptr(JsonNode) document = NULL;

  if (!(document = candor_backup_read_json_document (path, error)))
    return NULL;

  return candor_backup_contents_new_for_document (document, CANDOR_BACKUP_KIND_JSON, NULL,
                                                  error);
}

CandorBackupContents *
candor_backup_read (const char   *path,
                    CandorVault  *vault,
                    const char   *passphrase,
                    GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GArray) members = NULL;
  g_autoptr(CandorJournal) journal = NULL;
  g_autoptr(GDateTime) made_at = NULL;
  g_autofree char *display_name = NULL;
  g_autofree char *vault_id_text = NULL;
  guint8 *data_key = NULL;
  guint8 vault_id[CANDOR_VAULT_ID_BYTES];
  CandorKeyFileInfo info;
  CandorBackupContents *contents = NULL;
  const guint8 *data;
  const char *current_id = NULL;
  gboolean own = FALSE;
  gint64 made_at_us = 0;
  gsize len;
  GStatBuf st;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (vault == NULL || CANDOR_IS_VAULT (vault), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  display_name = g_filename_display_basename (path);

  if (g_stat (path, &st) == 0 && (gsize) st.st_size > BACKUP_MAX_LEN)
    {
      g_set_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_FOREIGN,
                   _("%s is far too large to be a Candor backup."), display_name);
      return NULL;
    }

  if (!(bytes = candor_backup_read_file (path, error)))
    return NULL;
  data = g_bytes_get_data (bytes, &len);

  if (looks_like_json (data, MIN (len, 64)))
    {
      g_clear_pointer (&bytes, g_bytes_unref);
      return read_json (path, error);
    }

  if (!parse_container (data, len, display_name, vault_id, &made_at_us, &members, error))
    return NULL;

  {
    const Member *key = &g_array_index (members, Member, 0);

    if (!candor_vault_parse_key_file (key->data, key->len, CANDOR_VAULT_KEY_FILE_NAME, &info,
                                      error))
      return NULL;
    if (memcmp (info.vault_id, vault_id, CANDOR_VAULT_ID_BYTES) != 0)
      {
        damaged (error, display_name, _("its key file belongs to another journal"));
        return NULL;
      }

    vault_id_text = candor_vault_format_id (vault_id);
    if (vault != NULL && candor_vault_is_unlocked (vault))
      current_id = candor_vault_get_id (vault);
    own = current_id != NULL && strcmp (current_id, vault_id_text) == 0;

    if (!own)
      {
        if (passphrase == NULL)
          {
            g_set_error (error, CANDOR_BACKUP_ERROR, CANDOR_BACKUP_ERROR_NEEDS_PASSPHRASE,
                         _("%s is a backup of another journal. Enter the passphrase it was "
                           "made with."), display_name);
            return NULL;
          }
        data_key = candor_vault_unwrap_key (key->data, key->len, CANDOR_VAULT_KEY_FILE_NAME,
                                            passphrase, &info, error);
        if (data_key == NULL)
          {
            if (error != NULL && *error != NULL &&
                g_error_matches (*error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_WRONG_PASSPHRASE))
              {
                g_clear_error (error);
                g_set_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_WRONG_PASSPHRASE,
                             _("That passphrase does not open %s. If you have changed your "
                               "passphrase since, try the one you used when it was made."),
                             display_name);
              }
            return NULL;
          }
      }
  }

  journal = candor_journal_new ();
  for (guint i = 1; i < members->len; i++)
    {
      const Member *member = &g_array_index (members, Member, i);
      g_autofree char *name = g_strndup (member->name,
                                         strlen (member->name) -
                                         strlen (CANDOR_VAULT_SEGMENT_SUFFIX));
      g_autofree char *member_display = g_strdup_printf ("%s (%s)", display_name, member->name);
      g_autoptr(GBytes) plaintext = NULL;
      g_autoptr(CandorSegmentData) segment = NULL;

      if (own)
        plaintext = candor_vault_decode_with_key (vault, name, member_display, member->data,
                                                  member->len, error);
      else
        plaintext = candor_vault_decode_segment (data_key, vault_id, name, member_display,
                                                 member->data, member->len, NULL, error);
      if (plaintext == NULL ||
          !(segment = candor_segment_data_parse (name, plaintext, error)) ||
          !candor_journal_apply_segment (journal, segment, error))
        goto out;
    }

  made_at = g_date_time_new_from_unix_utc (made_at_us / G_USEC_PER_SEC);
  contents = g_new0 (CandorBackupContents, 1);
  contents->kind = CANDOR_BACKUP_KIND_ENCRYPTED;
  contents->document = candor_journal_to_document (journal);
  contents->made_at = g_steal_pointer (&made_at);
  summarize (contents, journal);

out:
  g_clear_pointer (&data_key, sodium_free);
  return contents;
}

/* ───────────────────────────── restoring ───────────────────────────── */

char *
candor_backup_get_pre_restore_path (CandorVault *vault)
{
  g_autofree char *dir = NULL;

  g_return_val_if_fail (CANDOR_IS_VAULT (vault), NULL);

  dir = candor_backup_dir (vault);
  return g_build_filename (dir, PRE_RESTORE_NAME, NULL);
}

gboolean
candor_backup_restore (CandorSession         *session,
                       CandorBackupContents  *contents,
                       CandorImportMode       mode,
                       GError               **error)
{
  CandorVault *vault;
  g_autofree char *dir = NULL;
  g_autofree char *pre_restore = NULL;

  g_return_val_if_fail (CANDOR_IS_SESSION (session), FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (candor_session_get_state (session) != CANDOR_SESSION_STATE_READY ||
      !candor_session_get_older_years_loaded (session) ||
      candor_session_get_saving (session) ||
      candor_session_has_unsaved_changes (session))
    {
      g_set_error_literal (error, CANDOR_BACKUP_ERROR, CANDOR_BACKUP_ERROR_NOT_READY,
                           _("Your journal is still loading or saving. Try again in a "
                             "moment; nothing was changed."));
      return FALSE;
    }

  vault = candor_session_get_vault (session);
  dir = candor_backup_dir (vault);
  pre_restore = candor_backup_get_pre_restore_path (vault);
  /* The journal as it is now stays restorable, whatever the backup holds. */
  if (!candor_backup_ensure_dir (dir, error) || !candor_backup_write (vault, pre_restore, error))
    return FALSE;

  return candor_journal_import_document (candor_session_get_journal (session),
                                         contents->document, mode, error);
}

