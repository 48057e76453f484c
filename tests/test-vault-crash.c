/* test-vault-crash.c — a writer killed at any moment never costs a reported save
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The test runs this same binary as a child (CANDOR_CRASH_CHILD=DIR in its environment)
 * that saves in a loop and prints each generation once the save returned. The parent
 * SIGKILLs it at random moments; after every kill the vault must open, verify, and hold
 * at least the last generation the child reported.
 */
#define _GNU_SOURCE

#include "config.h"

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "candor-vault-private.h"

#define PASSPHRASE "crash test dummy"
#define ROUNDS 40
#define CHILD_ENV "CANDOR_CRASH_CHILD"

static char *self_path;
static gboolean slow_disk;

typedef ssize_t (*WriteFunc) (int, const void *, size_t);

/* The child plays a slow disk: file writes go out in small pieces with pauses between,
 * so a kill often lands while a file is half written. With anything but a temporary
 * file and a rename, that half-written file would be the journal. */
ssize_t
write (int         fd,
       const void *buf,
       size_t      count)
{
  static WriteFunc real_write;
  struct stat st;

  if (real_write == NULL)
    real_write = (WriteFunc) dlsym (RTLD_NEXT, "write");

  if (slow_disk && count > 8192 && fstat (fd, &st) == 0 && S_ISREG (st.st_mode))
    {
      g_usleep (300);
      count = 8192;
    }

  return real_write (fd, buf, count);
}

static CandorVault *
new_vault (const char *dir)
{
  CandorVault *vault = candor_vault_new (dir);

  /* Every round unlocks twice; the cheapest KDF keeps 40 rounds quick. */
  candor_vault_set_kdf_limits (vault, CANDOR_VAULT_OPSLIMIT_MIN, CANDOR_VAULT_MEMLIMIT_MIN);
  return vault;
}

static GBytes *
segment_json (const char *name,
              guint64     n)
{
  /* Big enough that a kill often lands inside a write, not between them. */
  g_autofree char *padding = g_strnfill (strcmp (name, "profile") == 0 ? 2000 : 150000, 'x');
  char *json = g_strdup_printf ("{\"n\": %" G_GUINT64_FORMAT ", \"segment\": \"%s\", "
                                "\"padding\": \"%s\"}", n, name, padding);

  return g_bytes_new_take (json, strlen (json));
}

static gboolean
parse_n (GBytes  *bytes,
         guint64 *n)
{
  g_autofree char *copy = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  return sscanf (copy, "{\"n\": %" G_GUINT64_FORMAT ",", n) == 1;
}

static gboolean
save (CandorVault  *vault,
      guint64       n,
      GError      **error)
{
  g_autoptr(GHashTable) table = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                       (GDestroyNotify) g_bytes_unref);

  g_hash_table_insert (table, (gpointer) "profile", segment_json ("profile", n));
  g_hash_table_insert (table, (gpointer) "2025", segment_json ("2025", n));
  return candor_vault_write_segments (vault, table, error);
}

static int
run_child (const char *dir)
{
  g_autoptr(CandorVault) vault = new_vault (dir);
  g_autoptr(GError) error = NULL;
  guint64 n = 0;

  if (!candor_vault_unlock (vault, PASSPHRASE, &error) ||
      !candor_vault_acquire_write_lock (vault, &error))
    {
      g_printerr ("child: %s\n", error->message);
      return 2;
    }

  /* Reading is what allows saving over these files. */
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GBytes) bytes = candor_vault_read_segment (vault, i == 0 ? "profile" : "2025",
                                                           &error);
      guint64 found = 0;

      if (bytes == NULL || !parse_n (bytes, &found))
        {
          g_printerr ("child: %s\n", error ? error->message : "unparsable segment");
          return 3;
        }
      n = MAX (n, found);
    }

  /* What it starts from bounds what it can have written before the next report. */
  printf ("start %" G_GUINT64_FORMAT "\n", n);
  fflush (stdout);

  for (;;)
    {
      n++;
      if (!save (vault, n, &error))
        {
          g_printerr ("child: %s\n", error->message);
          return 4;
        }
      printf ("%" G_GUINT64_FORMAT "\n", n);
      fflush (stdout);
    }
}

/* Collects complete lines ("start N", then one "N" per save) until @deadline (monotonic µs) or EOF. */
static gboolean
read_lines (int       fd,
            GString  *buffer,
            guint64  *start,
            guint64  *last,
            gint64    deadline)
{
  for (;;)
    {
      struct pollfd pfd = { fd, POLLIN, 0 };
      gint64 now = g_get_monotonic_time ();
      int timeout = deadline < 0 ? -1 : (int) MAX (0, (deadline - now) / 1000);
      char chunk[256];
      ssize_t got;
      char *newline;

      if (deadline >= 0 && now >= deadline)
        return TRUE;

      if (poll (&pfd, 1, timeout) <= 0)
        continue;

      got = read (fd, chunk, sizeof chunk);
      if (got < 0 && errno == EINTR)
        continue;
      if (got <= 0)
        return FALSE;

      g_string_append_len (buffer, chunk, got);
      while ((newline = strchr (buffer->str, '\n')))
        {
          *newline = '\0';
          if (g_str_has_prefix (buffer->str, "start "))
            *start = g_ascii_strtoull (buffer->str + 6, NULL, 10);
          else
            *last = g_ascii_strtoull (buffer->str, NULL, 10);
          g_string_erase (buffer, 0, newline - buffer->str + 1);
        }

      /* "Until the first report": stop as soon as there is one. */
      if (deadline == -2 && *last > 0)
        return TRUE;
    }
}

static void
assert_vault_holds (const char *dir,
                    guint64     reported,
                    guint64     upper)
{
  g_autoptr(CandorVault) vault = new_vault (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) report = NULL;

  g_assert_true (candor_vault_unlock (vault, PASSPHRASE, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < 2; i++)
    {
      const char *name = i == 0 ? "profile" : "2025";
      g_autoptr(GBytes) bytes = candor_vault_read_segment (vault, name, &error);
      guint64 n = 0;

      g_assert_no_error (error);
      g_assert_true (parse_n (bytes, &n));
      /* The reported save is there, and nothing beyond the one save that may have
       * been under way. */
      if (n < reported)
        g_error ("%s holds generation %" G_GUINT64_FORMAT ", but %" G_GUINT64_FORMAT
                 " was reported saved", name, n, reported);
      if (n > upper)
        g_error ("%s holds generation %" G_GUINT64_FORMAT ", more than the %"
                 G_GUINT64_FORMAT " that could have been written", name, n, upper);
    }

  if (!candor_vault_verify (vault, &report, &error))
    {
      for (guint i = 0; i < report->len; i++)
        g_printerr ("%s\n", (char *) g_ptr_array_index (report, i));
      g_assert_no_error (error);
    }
}

/* g_file_set_contents_full() temporary files: proof that a kill landed mid-write. */
static gboolean
has_half_written_file (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing && (name = g_dir_read_name (listing)))
    if (strstr (name, ".candor.") != NULL)
      return TRUE;
  return FALSE;
}

static void
test_sigkill_while_saving (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "journal", NULL);
  g_autoptr(CandorVault) vault = new_vault (dir);
  g_autoptr(GError) error = NULL;
  guint64 reported = 0;
  guint mid_save_kills = 0;
  guint mid_write_kills = 0;
  gint64 test_deadline = g_get_monotonic_time () + 40 * G_USEC_PER_SEC;

  g_assert_true (candor_vault_create (vault, PASSPHRASE, &error));
  g_assert_no_error (error);
  g_assert_true (save (vault, 0, &error));
  g_assert_no_error (error);

  for (guint round = 0; round < ROUNDS && g_get_monotonic_time () < test_deadline; round++)
    {
      g_autoptr(GString) buffer = g_string_new (NULL);
      g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), CHILD_ENV, dir, TRUE);
      const char *argv[] = { self_path, NULL };
      guint64 before = reported;
      guint64 start = reported;
      guint64 this_round = 0;
      GPid pid;
      int out_fd;
      int status;

      g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, envp,
                                               G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid,
                                               NULL, &out_fd, NULL, &error));
      g_assert_no_error (error);

      /* Most rounds let it get going first, then kill it within a few saves; every
       * fifth kills it at a random point of start-up. */
      if (round % 5 == 4)
        read_lines (out_fd, buffer, &start, &this_round,
                    g_get_monotonic_time () + g_test_rand_int_range (0, 40) * 1000);
      else
        {
          read_lines (out_fd, buffer, &start, &this_round, -2);
          read_lines (out_fd, buffer, &start, &this_round,
                      g_get_monotonic_time () + g_test_rand_int_range (0, 30000));
        }

      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_spawn_close_pid (pid);

      /* Whatever it printed before dying counts as reported. */
      read_lines (out_fd, buffer, &start, &this_round, -1);
      close (out_fd);
      reported = MAX (reported, this_round);

      if (WIFEXITED (status))
        g_error ("The child exited with status %d instead of being killed", WEXITSTATUS (status));
      g_assert_true (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL);
      if (reported > before)
        mid_save_kills++;
      if (has_half_written_file (dir))
        mid_write_kills++;

      assert_vault_holds (dir, reported, MAX (start, this_round) + 1);
    }

  g_test_message ("%u kills after saves had started, %u of them inside a file write; "
                  "last reported generation %" G_GUINT64_FORMAT,
                  mid_save_kills, mid_write_kills, reported);
  g_assert_cmpuint (mid_save_kills, >=, ROUNDS / 2);

  /* The next writer cleans up what the killed ones left half-written. */
  {
    g_autoptr(CandorVault) last = new_vault (dir);
    g_autoptr(GDir) listing = NULL;
    guint64 n = 0;
    const char *name;

    g_assert_true (candor_vault_unlock (last, PASSPHRASE, &error));
    for (guint i = 0; i < 2; i++)
      {
        g_autoptr(GBytes) bytes = candor_vault_read_segment (last, i ? "2025" : "profile",
                                                             &error);

        g_assert_no_error (error);
        g_assert_true (parse_n (bytes, &n));
      }
    g_assert_true (save (last, n + 1, &error));
    g_assert_no_error (error);

    listing = g_dir_open (dir, 0, NULL);
    while ((name = g_dir_read_name (listing)))
      g_assert_true (g_str_equal (name, "vault.key") || g_str_equal (name, ".lock") ||
                     g_str_equal (name, "backups") || g_str_equal (name, "profile.candor") ||
                     g_str_equal (name, "2025.candor"));
  }
}

int
main (int   argc,
      char *argv[])
{
  const char *child_dir = g_getenv (CHILD_ENV);

  if (child_dir != NULL)
    {
      slow_disk = TRUE;
      return run_child (child_dir);
    }

  /* Resolved now: /proc/self/exe becomes unreadable once the vault makes the process
   * undumpable. */
  if (strchr (argv[0], '/') != NULL)
    self_path = g_canonicalize_filename (argv[0], NULL);
  else
    self_path = g_find_program_in_path (argv[0]);

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/vault/crash/sigkill-while-saving", test_sigkill_while_saving);

  return g_test_run ();
}
