/* test-vault-faults.c — every failing write, fsync, rename or link leaves the old files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * fault-inject.c (linked in) makes the Nth call of a kind fail. A save is first run
 * clean to count its calls, then repeated with each call failing in turn. A real full
 * disk (a tiny tmpfs in a private mount namespace) is tried too when mounting works.
 */
#define _GNU_SOURCE

#include "config.h"

#include <errno.h>
#include <sched.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "candor-vault-private.h"

typedef enum
{
  FAULT_WRITE,
  FAULT_FSYNC,
  FAULT_RENAME,
  FAULT_LINK,
  N_FAULTS
} FaultKind;

void     fault_inject_reset (void);
unsigned fault_inject_count (FaultKind kind);
void     fault_inject_arm   (FaultKind kind,
                             unsigned  nth,
                             int       err);
int      fault_inject_fired (void);

static const char *fault_names[] = { "write", "fsync", "rename", "link" };

#define PASSPHRASE "faulty towers"

static char *
vault_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "journal", NULL);
}

static CandorVault *
new_vault (const char *dir)
{
  CandorVault *vault = candor_vault_new (dir);

  candor_vault_set_kdf_limits (vault, CANDOR_VAULT_OPSLIMIT_MIN, CANDOR_VAULT_MEMLIMIT_MIN);
  return vault;
}

static GHashTable *
both_segments (const char *tag)
{
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                             (GDestroyNotify) g_bytes_unref);
  char *profile = g_strdup_printf ("{\"profile\": \"%s\"}", tag);
  char *year = g_strdup_printf ("{\"2025\": \"%s\"}", tag);

  g_hash_table_insert (table, (gpointer) "profile", g_bytes_new_take (profile, strlen (profile)));
  g_hash_table_insert (table, (gpointer) "2025", g_bytes_new_take (year, strlen (year)));
  return table;
}

static void
save_ok (CandorVault *vault,
         const char  *tag)
{
  g_autoptr(GHashTable) table = both_segments (tag);
  g_autoptr(GError) error = NULL;

  g_assert_true (candor_vault_write_segments (vault, table, &error));
  g_assert_no_error (error);
}

static GBytes *
slurp (const char *dir,
       const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  char *contents = NULL;
  gsize len = 0;

  if (!g_file_get_contents (path, &contents, &len, NULL))
    return NULL;
  return g_bytes_new_take (contents, len);
}

static CandorVault *
setup_vault (void)
{
  g_autofree char *dir = vault_dir ();
  CandorVault *vault = new_vault (dir);
  g_autoptr(GError) error = NULL;

  g_assert_true (candor_vault_create (vault, PASSPHRASE, &error));
  g_assert_no_error (error);
  /* Twice, so that saves below rotate existing backups too. */
  save_ok (vault, "first");
  save_ok (vault, "second");
  return vault;
}

static void
assert_segment_is (const char *dir,
                   const char *name,
                   const char *tag)
{
  g_autoptr(CandorVault) fresh = new_vault (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *expected = g_strdup_printf ("{\"%s\": \"%s\"}", name, tag);

  g_assert_true (candor_vault_unlock (fresh, PASSPHRASE, &error));
  g_assert_no_error (error);
  bytes = candor_vault_read_segment (fresh, name, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                   expected, strlen (expected));
}

static void
assert_no_temp_files (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (listing)))
    {
      gsize len = strlen (name);

      /* g_file_set_contents_full() removes its temporary file when it fails. */
      if (len > 7 && name[len - 7] == '.' && !g_str_has_suffix (name, ".candor"))
        g_error ("A temporary file was left behind: %s", name);
    }
}

static void
assert_verifies (const char *dir)
{
  g_autoptr(CandorVault) fresh = new_vault (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) report = NULL;

  g_assert_true (candor_vault_unlock (fresh, PASSPHRASE, &error));
  if (!candor_vault_verify (fresh, &report, &error))
    {
      for (guint i = 0; i < report->len; i++)
        g_printerr ("%s\n", (char *) g_ptr_array_index (report, i));
      g_assert_no_error (error);
    }
}

static void
test_each_call_failing (void)
{
  g_autoptr(CandorVault) vault = setup_vault ();
  g_autofree char *dir = vault_dir ();
  unsigned totals[N_FAULTS];
  guint round = 0;

  /* A clean save, to count what a save does. */
  fault_inject_reset ();
  save_ok (vault, "counted");
  for (int kind = 0; kind < N_FAULTS; kind++)
    {
      totals[kind] = fault_inject_count (kind);
      g_test_message ("A save of two segments makes %u %s calls", totals[kind],
                      fault_names[kind]);
    }
  g_assert_cmpuint (totals[FAULT_WRITE], >=, 2);
  g_assert_cmpuint (totals[FAULT_FSYNC], >=, 2);
  g_assert_cmpuint (totals[FAULT_RENAME], >=, 2);

  for (int kind = 0; kind < N_FAULTS; kind++)
    for (unsigned nth = 1; nth <= totals[kind]; nth++)
      {
        g_autoptr(GHashTable) table = NULL;
        g_autoptr(GError) error = NULL;
        g_autoptr(GBytes) old_key = slurp (dir, "vault.key");
        g_autoptr(GBytes) old_profile = slurp (dir, "profile.candor");
        g_autoptr(GBytes) old_year = slurp (dir, "2025.candor");
        g_autoptr(GBytes) new_key = NULL;
        g_autoptr(GBytes) new_profile = NULL;
        g_autoptr(GBytes) new_year = NULL;
        g_autofree char *tag = g_strdup_printf ("round %u", ++round);
        g_autofree char *old_tag = g_strdup_printf ("round %u", round - 1);
        gboolean ok;

        if (round == 1)
          {
            g_free (old_tag);
            old_tag = g_strdup ("counted");
          }

        table = both_segments (tag);
        fault_inject_arm (kind, nth, EIO);
        ok = candor_vault_write_segments (vault, table, &error);
        fault_inject_reset ();

        g_assert_false (ok);
        g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_IO);
        g_test_message ("%s #%u failing: %s", fault_names[kind], nth, error->message);

        new_key = slurp (dir, "vault.key");
        new_profile = slurp (dir, "profile.candor");
        new_year = slurp (dir, "2025.candor");
        g_assert_true (g_bytes_equal (old_key, new_key));

        /* Profile is saved first: if it made it, the message says so, and the year is
         * exactly as it was; otherwise both are. Never anything in between. */
        g_assert_true (g_bytes_equal (old_year, new_year));
        g_assert_nonnull (strstr (error->message, g_bytes_equal (old_profile, new_profile) ?
                                                  "profile.candor" : "2025.candor"));
        if (g_bytes_equal (old_profile, new_profile))
          {
            g_assert_null (strstr (error->message, "Already saved"));
            assert_segment_is (dir, "profile", old_tag);
          }
        else
          {
            g_assert_nonnull (strstr (error->message, "Already saved: profile.candor"));
            assert_segment_is (dir, "profile", tag);
          }
        assert_segment_is (dir, "2025", old_tag);
        assert_no_temp_files (dir);
        assert_verifies (dir);

        /* The unsaved state is kept by the caller; saving it again just works. */
        g_clear_error (&error);
        g_assert_true (candor_vault_write_segments (vault, table, &error));
        g_assert_no_error (error);
        assert_segment_is (dir, "profile", tag);
        assert_segment_is (dir, "2025", tag);
      }
}

static void
test_no_space (void)
{
  const struct { FaultKind kind; int err; } cases[] = {
    { FAULT_WRITE, ENOSPC },
    { FAULT_WRITE, EDQUOT },
    { FAULT_FSYNC, ENOSPC },
  };
  g_autoptr(CandorVault) vault = setup_vault ();
  g_autofree char *dir = vault_dir ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GHashTable) table = both_segments ("too much");
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) old_profile = slurp (dir, "profile.candor");
      g_autoptr(GBytes) old_year = slurp (dir, "2025.candor");
      g_autoptr(GBytes) new_profile = NULL;
      g_autoptr(GBytes) new_year = NULL;

      fault_inject_arm (cases[i].kind, 1, cases[i].err);
      g_assert_false (candor_vault_write_segments (vault, table, &error));
      g_assert_true (fault_inject_fired ());
      fault_inject_reset ();

      g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_NO_SPACE);
      g_assert_nonnull (strstr (error->message, "disk is full"));
      g_assert_nonnull (strstr (error->message, "profile.candor"));

      new_profile = slurp (dir, "profile.candor");
      new_year = slurp (dir, "2025.candor");
      g_assert_true (g_bytes_equal (old_profile, new_profile));
      g_assert_true (g_bytes_equal (old_year, new_year));
      assert_segment_is (dir, "profile", "second");
      assert_no_temp_files (dir);
    }
}

static void
test_no_hard_links (void)
{
  g_autoptr(CandorVault) vault = setup_vault ();
  g_autofree char *dir = vault_dir ();
  g_autofree char *backup = g_build_filename (dir, "backups", "profile.candor.1", NULL);
  g_autofree char *current = g_build_filename (dir, "profile.candor", NULL);
  g_autoptr(GBytes) before = slurp (dir, "profile.candor");
  g_autoptr(GBytes) kept = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) table = both_segments ("third");
  GStatBuf st;

  /* As on FAT or some network shares: the backup becomes a copy instead. */
  fault_inject_arm (FAULT_LINK, 1, EPERM);
  g_assert_true (candor_vault_write_segments (vault, table, &error));
  g_assert_no_error (error);
  g_assert_true (fault_inject_fired ());
  fault_inject_reset ();

  kept = slurp (dir, "backups/profile.candor.1");
  g_assert_true (g_bytes_equal (before, kept));
  g_assert_cmpint (g_stat (backup, &st), ==, 0);
  g_assert_cmpuint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpuint (st.st_nlink, ==, 1);
  assert_segment_is (dir, "profile", "third");
  assert_verifies (dir);
}

static void
test_key_file_faults (void)
{
  g_autoptr(CandorVault) vault = setup_vault ();
  g_autofree char *dir = vault_dir ();
  unsigned totals[N_FAULTS];

  fault_inject_reset ();
  g_assert_true (candor_vault_change_passphrase (vault, PASSPHRASE, "temporary", NULL));
  g_assert_true (candor_vault_change_passphrase (vault, "temporary", PASSPHRASE, NULL));
  for (int kind = 0; kind < N_FAULTS; kind++)
    totals[kind] = fault_inject_count (kind) / 2;

  for (int kind = 0; kind < N_FAULTS; kind++)
    for (unsigned nth = 1; nth <= totals[kind]; nth++)
      {
        g_autoptr(GError) error = NULL;
        g_autoptr(GBytes) old_key = slurp (dir, "vault.key");
        g_autoptr(GBytes) new_key = NULL;
        int expected = kind == FAULT_WRITE ? CANDOR_VAULT_ERROR_NO_SPACE : CANDOR_VAULT_ERROR_IO;
        gboolean ok;

        fault_inject_arm (kind, nth, kind == FAULT_WRITE ? ENOSPC : EIO);
        ok = candor_vault_change_passphrase (vault, PASSPHRASE, "never set", &error);
        fault_inject_reset ();

        g_assert_false (ok);
        g_assert_error (error, CANDOR_VAULT_ERROR, expected);
        g_assert_nonnull (strstr (error->message, "vault.key"));
        new_key = slurp (dir, "vault.key");
        g_assert_true (g_bytes_equal (old_key, new_key));
        assert_segment_is (dir, "2025", "second");
        assert_no_temp_files (dir);
      }
}

/* ─────────────── a real full disk, when this process may mount ─────────────── */

static gboolean
can_mount_tmpfs (void)
{
  g_autofree char *probe = g_dir_make_tmp ("candor-mount-probe-XXXXXX", NULL);
  int status = 0;
  pid_t pid;

  if (probe == NULL)
    return FALSE;

  /* In a throwaway child: nothing here may touch the parent's mounts. */
  pid = fork ();
  if (pid == 0)
    _exit (unshare (CLONE_NEWNS) == 0 &&
           mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) == 0 &&
           mount ("tmpfs", probe, "tmpfs", 0, "size=64k") == 0 ? 0 : 1);

  waitpid (pid, &status, 0);
  g_rmdir (probe);
  return pid > 0 && WIFEXITED (status) && WEXITSTATUS (status) == 0;
}

static void
real_disk_full_child (void)
{
  g_autofree char *mount_point = g_build_filename (g_get_user_data_dir (), "tiny", NULL);
  g_autofree char *dir = g_build_filename (mount_point, "journal", NULL);
  g_autoptr(CandorVault) vault = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) last_good = NULL;
  g_autofree char *last_text = NULL;
  gboolean full = FALSE;

  g_assert_cmpint (g_mkdir_with_parents (mount_point, 0700), ==, 0);
  /* A private namespace: the mount vanishes with this process, whatever happens. */
  g_assert_cmpint (unshare (CLONE_NEWNS), ==, 0);
  g_assert_cmpint (mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL), ==, 0);
  g_assert_cmpint (mount ("tmpfs", mount_point, "tmpfs", 0, "size=256k"), ==, 0);

  vault = new_vault (dir);
  g_assert_true (candor_vault_create (vault, PASSPHRASE, &error));
  g_assert_no_error (error);

  for (gsize size = 4096; size < 1024 * 1024 && !full; size += 12 * 1024)
    {
      g_autoptr(GHashTable) table = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                           (GDestroyNotify) g_bytes_unref);
      char *json = g_strdup_printf ("{\"size\": %" G_GSIZE_FORMAT ", \"pad\": \"%*s\"}",
                                    size, (int) size, "");

      g_hash_table_insert (table, (gpointer) "2025", g_bytes_new (json, strlen (json)));
      if (candor_vault_write_segments (vault, table, &error))
        {
          g_clear_pointer (&last_good, g_bytes_unref);
          last_good = slurp (dir, "2025.candor");
          g_free (last_text);
          last_text = json;
          continue;
        }
      g_free (json);

      g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_NO_SPACE);
      g_printerr ("# The 256 KiB disk filled up at a %" G_GSIZE_FORMAT " byte save: %s\n",
                  size, error->message);
      full = TRUE;
    }

  g_assert_true (full);
  g_assert_nonnull (last_good);

  /* The last good save is intact, byte for byte, and still reads. */
  {
    g_autoptr(GBytes) now = slurp (dir, "2025.candor");
    g_autoptr(CandorVault) fresh = new_vault (dir);
    g_autoptr(GBytes) plain = NULL;

    g_assert_true (g_bytes_equal (now, last_good));
    g_assert_true (candor_vault_unlock (fresh, PASSPHRASE, NULL));
    plain = candor_vault_read_segment (fresh, "2025", NULL);
    g_assert_nonnull (plain);
    g_assert_cmpmem (g_bytes_get_data (plain, NULL), g_bytes_get_size (plain),
                     last_text, strlen (last_text));
    assert_no_temp_files (dir);
  }
}

static void
test_real_disk_full (void)
{
  if (g_test_subprocess ())
    {
      real_disk_full_child ();
      return;
    }

  if (!can_mount_tmpfs ())
    {
      g_test_skip ("Cannot mount a tmpfs here (needs CAP_SYS_ADMIN); injected ENOSPC covers it");
      return;
    }

  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/vault/faults/each-call-failing", test_each_call_failing);
  g_test_add_func ("/vault/faults/no-space", test_no_space);
  g_test_add_func ("/vault/faults/no-hard-links", test_no_hard_links);
  g_test_add_func ("/vault/faults/key-file", test_key_file_faults);
  g_test_add_func ("/vault/faults/real-disk-full", test_real_disk_full);

  return g_test_run ();
}
