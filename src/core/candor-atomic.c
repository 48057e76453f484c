/* candor-atomic.c — file operations that never leave a torn file behind
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "candor-atomic.h"

static gboolean
set_errno_error (GError     **error,
                 int          saved_errno,
                 const char  *what,
                 const char  *path)
{
  g_autofree char *display = g_filename_display_name (path);

  /* Translators: e.g. “Could not rotate the backup “/path/2025.candor.1”: Disk full”. */
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               _("%s “%s”: %s"), what, display, g_strerror (saved_errno));
  return FALSE;
}

gboolean
candor_atomic_write (const char    *path,
                     const guint8  *data,
                     gsize          len,
                     GError       **error)
{
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (data != NULL || len == 0, FALSE);

  /* CONSISTENT writes a temporary file and renames it over the old one; DURABLE fsyncs
   * the file before the rename and the folder after it. */
  return g_file_set_contents_full (path, (const char *) data, len,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0600, error);
}

static gboolean
link_unsupported (int err)
{
  return err == EPERM || err == EXDEV || err == EMLINK || err == ENOSYS || err == ENOTSUP ||
         err == EOPNOTSUPP || err == EACCES;
}

gboolean
candor_atomic_keep_copy (const char  *path,
                         const char  *copy_path,
                         GError     **error)
{
  g_autofree char *contents = NULL;
  gsize len = 0;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (copy_path != NULL, FALSE);

  if (g_unlink (copy_path) != 0 && errno != ENOENT)
    return set_errno_error (error, errno, _("Could not remove"), copy_path);

  if (link (path, copy_path) == 0)
    return TRUE;

  /* FAT, exFAT and some network or FUSE file systems have no hard links. */
  if (!link_unsupported (errno))
    return set_errno_error (error, errno, _("Could not keep a copy as"), copy_path);

  if (!g_file_get_contents (path, &contents, &len, error))
    return FALSE;

  return candor_atomic_write (copy_path, (const guint8 *) contents, len, error);
}

static gboolean
same_file (const char *a,
           const char *b)
{
  g_autofree char *contents_a = NULL;
  g_autofree char *contents_b = NULL;
  gsize len_a = 0;
  gsize len_b = 0;
  GStatBuf st_a;
  GStatBuf st_b;

  if (g_stat (a, &st_a) != 0 || g_stat (b, &st_b) != 0)
    return FALSE;

  if (st_a.st_dev == st_b.st_dev && st_a.st_ino == st_b.st_ino)
    return TRUE;

  if (st_a.st_size != st_b.st_size)
    return FALSE;

  if (!g_file_get_contents (a, &contents_a, &len_a, NULL) ||
      !g_file_get_contents (b, &contents_b, &len_b, NULL))
    return FALSE;

  return len_a == len_b && memcmp (contents_a, contents_b, len_a) == 0;
}

gboolean
candor_atomic_rotate_backups (const char  *path,
                              const char  *backup_base,
                              guint        keep,
                              GError     **error)
{
  g_autofree char *first = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (backup_base != NULL, FALSE);
  g_return_val_if_fail (keep >= 1 && keep < 10, FALSE);

  first = g_strdup_printf ("%s.1", backup_base);

  /* A save that failed after rotating (or a process killed there) must not cost us an
   * older backup when it is retried. */
  if (same_file (path, first))
    return TRUE;

  for (guint i = keep - 1; i >= 1; i--)
    {
      g_autofree char *from = g_strdup_printf ("%s.%u", backup_base, i);
      g_autofree char *to = g_strdup_printf ("%s.%u", backup_base, i + 1);

      if (g_rename (from, to) != 0 && errno != ENOENT)
        return set_errno_error (error, errno, _("Could not rotate the backup"), from);
    }

  return candor_atomic_keep_copy (path, first, error);
}

static gboolean
is_our_file_name (const char *name,
                  gsize       len)
{
  const char *suffix = ".candor";
  gsize stem;

  if (len == strlen ("vault.key") && strncmp (name, "vault.key", len) == 0)
    return TRUE;

  /* A backup, NAME.candor.N */
  if (len > 2 && name[len - 2] == '.' && g_ascii_isdigit (name[len - 1]))
    len -= 2;

  if (len <= strlen (suffix) || strncmp (name + len - strlen (suffix), suffix, strlen (suffix)) != 0)
    return FALSE;

  stem = len - strlen (suffix);
  if (stem == strlen ("profile") && strncmp (name, "profile", stem) == 0)
    return TRUE;
  if (stem != 4)
    return FALSE;
  for (gsize i = 0; i < 4; i++)
    if (!g_ascii_isdigit (name[i]))
      return FALSE;
  return TRUE;
}

void
candor_atomic_remove_stale_temps (const char *directory)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_return_if_fail (directory != NULL);

  if (!(dir = g_dir_open (directory, 0, NULL)))
    return;

  /* g_file_set_contents_full() names its temporary file "TARGET.XXXXXX". */
  while ((name = g_dir_read_name (dir)))
    {
      gsize len = strlen (name);
      gboolean random_tail = len > 7 && name[len - 7] == '.';

      for (gsize i = len - 6; random_tail && i < len; i++)
        random_tail = g_ascii_isalnum (name[i]);

      if (random_tail && is_our_file_name (name, len - 7))
        {
          g_autofree char *path = g_build_filename (directory, name, NULL);

          g_debug ("Removing %s, left behind by an interrupted save", path);
          g_unlink (path);
        }
    }
}

int
candor_atomic_lock (const char  *lock_path,
                    gboolean    *busy,
                    GError     **error)
{
  int fd;
  int r;

  g_return_val_if_fail (lock_path != NULL, -1);
  g_return_val_if_fail (busy != NULL, -1);

  *busy = FALSE;

  fd = g_open (lock_path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (fd < 0)
    {
      set_errno_error (error, errno, _("Could not open the lock file"), lock_path);
      return -1;
    }

  /* flock() belongs to the open file description: the kernel drops it when the holder
   * dies, so a crashed writer never leaves a stale lock. */
  do
    r = flock (fd, LOCK_EX | LOCK_NB);
  while (r != 0 && errno == EINTR);

  if (r == 0)
    return fd;

  if (errno == EWOULDBLOCK)
    {
      *busy = TRUE;
      close (fd);
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, _("“%s” is locked"), lock_path);
      return -1;
    }

  if (errno == ENOLCK || errno == ENOSYS || errno == ENOTSUP || errno == EOPNOTSUPP)
    {
      g_debug ("No locks on the file system of %s (%s); writing without one",
               lock_path, g_strerror (errno));
      return fd;
    }

  r = errno;
  close (fd);
  set_errno_error (error, r, _("Could not lock"), lock_path);
  return -1;
}

void
candor_atomic_unlock (int fd)
{
  if (fd >= 0)
    close (fd);
}

gboolean
candor_atomic_error_is_no_space (const GError *error)
{
  if (error == NULL)
    return FALSE;

  if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOSPC))
    return TRUE;

  /* GLib maps EDQUOT to G_FILE_ERROR_FAILED, but keeps strerror() in the message, and
   * for the user a full quota is the same as a full disk. */
  return error->domain == G_FILE_ERROR && error->code == G_FILE_ERROR_FAILED &&
         strstr (error->message, g_strerror (EDQUOT)) != NULL;
}
