/* candor-bench-store.c — candor-bench's vaults, and what it times without a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sodium.h>
#include <unistd.h>

#include "candor-backup.h"
#include "candor-bench-store.h"
#include "candor-journal.h"
#include "candor-reflection-renderer.h"
#include "candor-session.h"
#include "candor-vault-private.h"

static double
elapsed_ms (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

gboolean
candor_bench_create_vault (const char  *directory,
                           const char  *json_path,
                           const char  *passphrase,
                           gboolean     fast_kdf,
                           GError     **error)
{
  g_autoptr(CandorSession) session = candor_session_new (directory);
  g_autoptr(JsonNode) document = NULL;

  candor_session_set_autosave_delay (session, 0);
  if (fast_kdf)
    candor_vault_set_kdf_limits (candor_session_get_vault (session),
                                 crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN);

  document = candor_backup_read_json_document (json_path, error);
  if (document == NULL)
    return FALSE;

  return candor_session_create (session, passphrase, NULL, error) &&
         candor_journal_import_document (candor_session_get_journal (session), document,
                                         CANDOR_IMPORT_MODE_MERGE, error) &&
         candor_session_save (session, error);
}

/* What CandorSession does, in one thread: every segment read, parsed and applied. */
static CandorJournal *
load_journal (CandorVault  *vault,
              const char  **names,
              GError      **error)
{
  g_autoptr(CandorJournal) journal = candor_journal_new ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(CandorSegmentData) data = NULL;

      bytes = candor_vault_read_segment (vault, names[i], error);
      if (bytes == NULL)
        return NULL;
      data = candor_segment_data_parse (names[i], bytes, error);
      if (data == NULL || !candor_journal_apply_segment (journal, data, error))
        return NULL;
    }

  return g_steal_pointer (&journal);
}

gboolean
candor_bench_time_load (const char  *directory,
                        const char  *passphrase,
                        guint        runs,
                        GArray      *samples,
                        GError     **error)
{
  g_autoptr(CandorVault) vault = candor_vault_new (directory);
  g_auto(GStrv) names = NULL;

  if (!candor_vault_unlock (vault, passphrase, error))
    return FALSE;

  names = candor_vault_list_segments (vault);

  for (guint run = 0; run < runs; run++)
    {
      g_autoptr(CandorJournal) journal = NULL;
      gint64 start = g_get_monotonic_time ();
      double ms;

      journal = load_journal (vault, (const char **) names, error);
      if (journal == NULL)
        return FALSE;
      ms = elapsed_ms (start);
      g_array_append_val (samples, ms);
    }

  return TRUE;
}

gboolean
candor_bench_time_load_floor (const char  *directory,
                              const char  *passphrase,
                              guint        runs,
                              GArray      *samples,
                              GError     **error)
{
  g_autoptr(CandorVault) vault = candor_vault_new (directory);
  g_autofree char *key_path = g_build_filename (directory, CANDOR_VAULT_KEY_FILE_NAME, NULL);
  g_autofree char *key_file = NULL;
  g_auto(GStrv) names = NULL;
  CandorKeyFileInfo info;
  guint8 *data_key;
  gsize key_file_len;
  gboolean ok = TRUE;

  if (!g_file_get_contents (key_path, &key_file, &key_file_len, error))
    return FALSE;
  data_key = candor_vault_unwrap_key ((const guint8 *) key_file, key_file_len,
                                      CANDOR_VAULT_KEY_FILE_NAME, passphrase, &info, error);
  if (data_key == NULL)
    return FALSE;

  names = candor_vault_list_segments (vault);

  for (guint run = 0; ok && run < runs; run++)
    {
      gint64 start = g_get_monotonic_time ();

      for (guint i = 0; ok && names[i] != NULL; i++)
        {
          g_autofree char *file_name = g_strconcat (names[i], CANDOR_VAULT_SEGMENT_SUFFIX, NULL);
          g_autofree char *path = g_build_filename (directory, file_name, NULL);
          g_autofree char *contents = NULL;
          g_autoptr(GBytes) plaintext = NULL;
          g_autoptr(JsonParser) parser = NULL;
          gsize length;
          const char *json;
          gsize json_length;

          ok = g_file_get_contents (path, &contents, &length, error);
          if (ok)
            plaintext = candor_vault_decode_segment (data_key, info.vault_id, names[i], file_name,
                                                     (const guint8 *) contents, length, NULL,
                                                     error);
          ok = plaintext != NULL;
          if (ok)
            {
              json = g_bytes_get_data (plaintext, &json_length);
              parser = json_parser_new ();
              ok = json_parser_load_from_data (parser, json, json_length, error);
            }
        }

      if (ok)
        {
          double ms = elapsed_ms (start);

          g_array_append_val (samples, ms);
        }
    }

  sodium_free (data_key);
  return ok;
}

gboolean
candor_bench_time_save (const char  *directory,
                        const char  *passphrase,
                        guint        warmup,
                        guint        n_samples,
                        GArray      *samples,
                        GError     **error)
{
  g_autoptr(CandorSession) session = candor_session_new (directory);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  static const char * const feelings[] = { "grateful", NULL };
  CandorJournal *journal;
  CandorPerson *author;

  candor_session_set_autosave_delay (session, 0);
  if (!candor_session_unlock_all (session, passphrase, error))
    return FALSE;

  journal = candor_session_get_journal (session);
  author = candor_journal_get_me (journal);
  if (author == NULL)
    {
      g_autoptr(CandorPerson) first = g_list_model_get_item (candor_journal_get_people (journal), 0);

      author = first;
    }
  if (author == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           "The journal has nobody to write a check-in");
      return FALSE;
    }

  for (guint i = 0; i < warmup + n_samples; i++)
    {
      g_autoptr(CandorCheckin) checkin = NULL;
      g_autofree char *text = g_strdup_printf ("Benchmark check-in %u: thank you for today.", i);
      gint64 start;
      double ms;

      checkin = candor_checkin_new (candor_entry_get_id (CANDOR_ENTRY (author)), now,
                                    CANDOR_CHECKIN_KIND_APPRECIATION);
      candor_checkin_set_feelings (checkin, feelings);
      candor_checkin_set_text (checkin, text);
      candor_checkin_set_shared (checkin, TRUE);

      start = g_get_monotonic_time ();
      candor_journal_add_checkin (journal, checkin);
      if (!candor_session_save (session, error))
        return FALSE;
      ms = elapsed_ms (start);
      if (i >= warmup)
        g_array_append_val (samples, ms);
    }

  return TRUE;
}

gboolean
candor_bench_time_reflection (const char  *directory,
                              const char  *passphrase,
                              GDateTime   *day,
                              guint        runs,
                              GArray      *samples,
                              GError     **error)
{
  g_autoptr(CandorVault) vault = candor_vault_new (directory);
  g_autoptr(CandorJournal) journal = NULL;
  g_autofree char *pdf = NULL;
  g_auto(GStrv) names = NULL;
  int fd;

  if (!candor_vault_unlock (vault, passphrase, error))
    return FALSE;
  names = candor_vault_list_segments (vault);
  journal = load_journal (vault, (const char **) names, error);
  if (journal == NULL)
    return FALSE;

  fd = g_file_open_tmp ("candor-bench-XXXXXX.pdf", &pdf, error);
  if (fd < 0)
    return FALSE;
  close (fd);

  for (guint run = 0; run < runs; run++)
    {
      g_autoptr(CandorWeek) week = NULL;
      g_autoptr(CandorReflectionRenderer) renderer = NULL;
      gint64 start = g_get_monotonic_time ();
      double ms;

      week = candor_week_new (journal, day, NULL);
      renderer = candor_reflection_renderer_new (week);
      if (!candor_reflection_renderer_write_pdf (renderer, pdf, CANDOR_PAPER_A4_WIDTH,
                                                 CANDOR_PAPER_A4_HEIGHT, error))
        {
          g_unlink (pdf);
          return FALSE;
        }
      ms = elapsed_ms (start);
      g_array_append_val (samples, ms);
    }

  g_unlink (pdf);
  return TRUE;
}
