/* candor-backup-files.c — automatic backups, moving a vault and erasing it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "candor-backup-private.h"
#include "candor-keyring.h"
#include "candor-vault-private.h"

#define AUTO_PREFIX "auto-"

/* ───────────────────────────── automatic ───────────────────────────── */

char *
candor_backup_get_automatic_path (CandorVault *vault,
                                  GDate       *day)
{
  g_autofree char *dir = candor_backup_dir (vault);
  g_autofree char *base = g_strdup_printf (AUTO_PREFIX "%04u-%02u-%02u" CANDOR_BACKUP_SUFFIX,
                                           g_date_get_year (day), g_date_get_month (day),
                                           g_date_get_day (day));

  return g_build_filename (dir, base, NULL);
}

static gboolean
parse_automatic_name (const char *base,
                      GDate      *day)
{
  unsigned y, m, d;
  char tail[32] = { 0 };

  if (!g_str_has_prefix (base, AUTO_PREFIX) || !g_str_has_suffix (base, CANDOR_BACKUP_SUFFIX) ||
      strlen (base) != strlen (AUTO_PREFIX "YYYY-MM-DD" CANDOR_BACKUP_SUFFIX))
    return FALSE;
  if (sscanf (base + strlen (AUTO_PREFIX), "%4u-%2u-%2u%31s", &y, &m, &d, tail) != 4 ||
      strcmp (tail, CANDOR_BACKUP_SUFFIX) != 0 || !g_date_valid_dmy (d, m, y))
    return FALSE;

  g_date_clear (day, 1);
  g_date_set_dmy (day, d, m, y);
  return TRUE;
}

static int
compare_days_desc (gconstpointer a,
                   gconstpointer b)
{
  return g_date_compare (*(GDate * const *) b, *(GDate * const *) a);
}

GPtrArray *
candor_backup_list_automatic (CandorVault  *vault,
                              GPtrArray   **days_out)
{
  g_autoptr(GPtrArray) days = g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_free);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *dir = NULL;
  g_autoptr(GDir) gdir = NULL;
  const char *base;

  g_return_val_if_fail (CANDOR_IS_VAULT (vault), NULL);

  dir = candor_backup_dir (vault);
  if ((gdir = g_dir_open (dir, 0, NULL)))
    while ((base = g_dir_read_name (gdir)))
      {
        GDate day;

        if (parse_automatic_name (base, &day))
          g_ptr_array_add (days, g_date_new_dmy (g_date_get_day (&day), g_date_get_month (&day),
                                                 g_date_get_year (&day)));
      }

  g_ptr_array_sort (days, compare_days_desc);
  for (guint i = 0; i < days->len; i++)
    g_ptr_array_add (paths, candor_backup_get_automatic_path (vault, g_ptr_array_index (days, i)));

  if (days_out != NULL)
    *days_out = g_steal_pointer (&days);
  return g_steal_pointer (&paths);
}

static guint32
monday_of (const GDate *day)
{
  return g_date_get_julian (day) - (g_date_get_weekday (day) - G_DATE_MONDAY);
}

void
candor_backup_plan_pruning (const GDate *days,
                            guint        n_days,
                            const GDate *today,
                            gboolean    *keep)
{
  guint32 today_julian = g_date_get_julian (today);
  guint32 this_monday = monday_of (today);
  int newest_in_week[CANDOR_BACKUP_N_WEEKLY];

  for (guint w = 0; w < CANDOR_BACKUP_N_WEEKLY; w++)
    newest_in_week[w] = -1;

  for (guint i = 0; i < n_days; i++)
    {
      guint32 julian = g_date_get_julian (&days[i]);
      guint32 monday = monday_of (&days[i]);
      guint weeks_ago;

      /* A clock set back must not delete anything. */
      keep[i] = julian > today_julian || today_julian - julian < CANDOR_BACKUP_N_DAILY;

      if (julian > today_julian)
        continue;
      weeks_ago = (this_monday - monday) / 7;
      if (weeks_ago < CANDOR_BACKUP_N_WEEKLY &&
          (newest_in_week[weeks_ago] < 0 ||
           g_date_compare (&days[i], &days[newest_in_week[weeks_ago]]) > 0))
        newest_in_week[weeks_ago] = i;
    }

  for (guint w = 0; w < CANDOR_BACKUP_N_WEEKLY; w++)
    if (newest_in_week[w] >= 0)
      keep[newest_in_week[w]] = TRUE;
}

void
candor_backup_prune_automatic (CandorVault *vault,
                               GDate       *today)
{
  g_autoptr(GPtrArray) days = NULL;
  g_autoptr(GPtrArray) paths = NULL;
  g_autofree GDate *flat = NULL;
  g_autofree gboolean *keep = NULL;

  g_return_if_fail (CANDOR_IS_VAULT (vault));

  paths = candor_backup_list_automatic (vault, &days);
  flat = g_new0 (GDate, MAX (days->len, 1));
  keep = g_new0 (gboolean, MAX (days->len, 1));
  for (guint i = 0; i < days->len; i++)
    flat[i] = *(GDate *) g_ptr_array_index (days, i);

  candor_backup_plan_pruning (flat, days->len, today, keep);

  for (guint i = 0; i < paths->len; i++)
    if (!keep[i] && g_unlink (g_ptr_array_index (paths, i)) != 0)
      g_debug ("Could not prune %s: %s", (char *) g_ptr_array_index (paths, i),
               g_strerror (errno));
}

gboolean
candor_backup_write_automatic (CandorVault  *vault,
                               GDateTime    *now,
                               GError      **error)
{
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;
  GDate today;

  g_return_val_if_fail (CANDOR_IS_VAULT (vault), FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  local = g_date_time_to_local (now);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (local),
                  g_date_time_get_month (local), g_date_time_get_year (local));

  dir = candor_backup_dir (vault);
  path = candor_backup_get_automatic_path (vault, &today);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      if (!candor_backup_ensure_dir (dir, error) || !candor_backup_write (vault, path, error))
        return FALSE;
    }

  candor_backup_prune_automatic (vault, &today);
  return TRUE;
}

/* ───────────────────────────── moving ───────────────────────────── */

static gboolean
is_vault_file (const char *base)
{
  g_autofree char *stem = NULL;

  if (strcmp (base, CANDOR_VAULT_KEY_FILE_NAME) == 0)
    return TRUE;
  if (!g_str_has_suffix (base, CANDOR_VAULT_SEGMENT_SUFFIX))
    return FALSE;
  stem = g_strndup (base, strlen (base) - strlen (CANDOR_VAULT_SEGMENT_SUFFIX));
  return candor_vault_is_valid_segment_name (stem);
}

/* Relative paths of every file worth moving: key, segments, then everything in backups/. */
static GPtrArray *
list_vault_files (const char *directory)
{
  GPtrArray *files = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *backups = g_build_filename (directory, CANDOR_VAULT_BACKUP_DIR_NAME, NULL);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GDir) bdir = NULL;
  const char *base;

  if ((dir = g_dir_open (directory, 0, NULL)))
    while ((base = g_dir_read_name (dir)))
      if (is_vault_file (base))
        g_ptr_array_add (files, g_strdup (base));

  if ((bdir = g_dir_open (backups, 0, NULL)))
    while ((base = g_dir_read_name (bdir)))
      {
        g_autofree char *path = g_build_filename (backups, base, NULL);

        if (g_file_test (path, G_FILE_TEST_IS_REGULAR) && !g_str_has_prefix (base, "."))
          g_ptr_array_add (files, g_build_filename (CANDOR_VAULT_BACKUP_DIR_NAME, base, NULL));
      }

  return files;
}

static void
undo_copy (const char *destination,
           GPtrArray  *created,
           gboolean    created_backups,
           gboolean    created_dir)
{
  g_autofree char *backups = g_build_filename (destination, CANDOR_VAULT_BACKUP_DIR_NAME, NULL);

  for (guint i = created->len; i > 0; i--)
    g_unlink (g_ptr_array_index (created, i - 1));
  if (created_backups)
    g_rmdir (backups);
  if (created_dir)
    g_rmdir (destination);
}

gboolean
candor_backup_copy_vault (CandorVault          *vault,
                          const char           *destination,
                          CandorBackupProgress  progress,
                          gpointer              user_data,
                          GCancellable         *cancellable,
                          GError              **error)
{
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GPtrArray) created = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) contents = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  g_autofree char *source = NULL;
  g_autofree char *target = NULL;
  g_autofree char *target_backups = NULL;
  g_autofree char *display = NULL;
  gboolean created_dir = FALSE;
  gboolean created_backups = FALSE;
  gboolean ok = FALSE;

  g_return_val_if_fail (CANDOR_IS_VAULT (vault), FALSE);
  g_return_val_if_fail (destination != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  source = g_canonicalize_filename (candor_vault_get_directory (vault), NULL);
  target = g_canonicalize_filename (destination, NULL);
  display = g_filename_display_name (target);
  target_backups = g_build_filename (target, CANDOR_VAULT_BACKUP_DIR_NAME, NULL);

  if (strcmp (source, target) == 0)
    {
      g_set_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_EXISTS,
                   _("Your journal is already in %s."), display);
      return FALSE;
    }
  {
    g_autofree char *source_slash = g_strconcat (source, G_DIR_SEPARATOR_S, NULL);

    if (g_str_has_prefix (target, source_slash))
      {
        g_set_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_IO,
                     _("%s is inside the journal’s own folder. Choose a folder elsewhere."),
                     display);
        return FALSE;
      }
  }

  if (g_file_test (target, G_FILE_TEST_EXISTS) && !g_file_test (target, G_FILE_TEST_IS_DIR))
    {
      candor_backup_set_write_error (error, target, ENOTDIR, NULL);
      return FALSE;
    }
  {
    g_autoptr(GPtrArray) there = list_vault_files (target);
    CandorVault *probe = candor_vault_new (target);
    gboolean exists = candor_vault_exists (probe);

    g_object_unref (probe);
    if (exists || there->len > 0)
      {
        g_set_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_EXISTS,
                     _("%s already holds a Candor journal. Choose an empty folder."), display);
        return FALSE;
      }
  }

  /* Nothing may be saved into the old folder while it is copied. */
  if (!candor_vault_acquire_write_lock (vault, error))
    return FALSE;

  files = list_vault_files (source);
  if (files->len == 0)
    {
      g_set_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_NOT_FOUND,
                   _("There is no journal to move yet."));
      goto out;
    }

  if (!g_file_test (target, G_FILE_TEST_IS_DIR))
    {
      if (!candor_backup_ensure_dir (target, error))
        goto out;
      created_dir = TRUE;
    }

  for (guint i = 0; i < files->len; i++)
    {
      const char *rel = g_ptr_array_index (files, i);
      g_autofree char *from = g_build_filename (source, rel, NULL);
      g_autofree char *to = g_build_filename (target, rel, NULL);
      g_autoptr(GBytes) bytes = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        goto out;

      if (g_str_has_prefix (rel, CANDOR_VAULT_BACKUP_DIR_NAME G_DIR_SEPARATOR_S) &&
          !created_backups && !g_file_test (target_backups, G_FILE_TEST_IS_DIR))
        {
          if (!candor_backup_ensure_dir (target_backups, error))
            goto out;
          created_backups = TRUE;
        }

      if (!(bytes = candor_backup_read_file (from, error)))
        goto out;
      if (g_file_test (to, G_FILE_TEST_EXISTS))
        {
          /* Never overwrite a file of someone else's. */
          candor_backup_set_write_error (error, to, EEXIST, NULL);
          goto out;
        }
      g_ptr_array_add (created, g_strdup (to));
      if (!candor_backup_write_file (to, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error))
        goto out;
      g_ptr_array_add (contents, g_steal_pointer (&bytes));

      if (progress != NULL)
        progress (0.9 * (i + 1) / files->len, user_data);
    }

  /* Verify: every copy reads back byte for byte. */
  for (guint i = 0; i < files->len; i++)
    {
      g_autofree char *to = g_build_filename (target, (char *) g_ptr_array_index (files, i), NULL);
      g_autoptr(GBytes) back = candor_backup_read_file (to, error);

      if (back == NULL)
        goto out;
      if (!g_bytes_equal (back, g_ptr_array_index (contents, i)))
        {
          g_autofree char *to_display = g_filename_display_name (to);

          g_set_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_IO,
                       _("The copy of %s does not match the original, so your journal was "
                         "not moved. The folder may be failing or full."), to_display);
          goto out;
        }
    }

  if (progress != NULL)
    progress (1.0, user_data);
  ok = TRUE;

out:
  if (!ok)
    undo_copy (target, created, created_backups, created_dir);
  candor_vault_release_write_lock (vault);
  return ok;
}

/* ───────────────────────────── erasing ───────────────────────────── */

static gboolean
is_temp_of_vault_file (const char *base)
{
  gsize len = strlen (base);
  g_autofree char *stem = NULL;

  if (len < 8 || base[len - 7] != '.')
    return FALSE;
  for (gsize i = len - 6; i < len; i++)
    if (!g_ascii_isalnum (base[i]))
      return FALSE;
  stem = g_strndup (base, len - 7);
  return is_vault_file (stem);
}

static gboolean
remove_one (const char  *path,
            GError     **error)
{
  if (g_unlink (path) != 0 && errno != ENOENT)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (path);

      if (error != NULL && *error == NULL)
        g_set_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_IO,
                     _("%s could not be removed: %s"), display, g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

gboolean
candor_backup_remove_vault_files (const char  *directory,
                                  GError     **error)
{
  g_autofree char *key = g_build_filename (directory, CANDOR_VAULT_KEY_FILE_NAME, NULL);
  g_autofree char *lock = g_build_filename (directory, CANDOR_VAULT_LOCK_FILE_NAME, NULL);
  g_autofree char *backups = g_build_filename (directory, CANDOR_VAULT_BACKUP_DIR_NAME, NULL);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GDir) bdir = NULL;
  const char *base;

  g_return_val_if_fail (directory != NULL, FALSE);

  /* Without the key file nothing else can be read: it goes first, and if it cannot go,
   * nothing else does. */
  if (!remove_one (key, error))
    return FALSE;

  if ((dir = g_dir_open (directory, 0, NULL)))
    while ((base = g_dir_read_name (dir)))
      if (is_vault_file (base) || is_temp_of_vault_file (base))
        {
          g_autofree char *path = g_build_filename (directory, base, NULL);

          remove_one (path, &local_error);
        }

  if ((bdir = g_dir_open (backups, 0, NULL)))
    {
      while ((base = g_dir_read_name (bdir)))
        {
          g_autofree char *path = g_build_filename (backups, base, NULL);

          if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
            remove_one (path, &local_error);
        }
      g_rmdir (backups);
    }

  remove_one (lock, &local_error);
  /* Only when empty: the folder may hold things of the person's own. */
  g_rmdir (directory);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

gboolean
candor_backup_erase (CandorVault   *vault,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autofree char *id = NULL;
  g_autoptr(GError) keyring_error = NULL;
  gboolean ok;

  g_return_val_if_fail (CANDOR_IS_VAULT (vault), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  candor_vault_load (vault, NULL);
  id = g_strdup (candor_vault_get_id (vault));

  /* A save of our own in a thread finishes first; another process makes this BUSY. */
  if (!candor_vault_acquire_write_lock (vault, error))
    return FALSE;
  ok = candor_backup_remove_vault_files (candor_vault_get_directory (vault), error);
  candor_vault_release_write_lock (vault);
  candor_vault_lock (vault);

  if (ok && id != NULL &&
      !candor_keyring_clear_sync (id, cancellable, &keyring_error) &&
      !g_error_matches (keyring_error, CANDOR_KEYRING_ERROR, CANDOR_KEYRING_ERROR_UNAVAILABLE))
    {
      g_set_error (error, CANDOR_KEYRING_ERROR, CANDOR_KEYRING_ERROR_FAILED,
                   _("Your journal was erased, but its passphrase could not be removed from "
                     "the keyring: %s"), keyring_error->message);
      return FALSE;
    }

  return ok;
}
