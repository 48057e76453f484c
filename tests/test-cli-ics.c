/* test-cli-ics.c — candor --export-ics, as a script would use it, and its exit codes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

#include "candor-cli.h"

static char *dir;
static char *vault;
static char *pass;
static char *wrong_pass;

static int
run_candor (char **err,
            const char *first_arg,
            ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  va_list args;
  int wait_status = 0;

  g_ptr_array_add (argv, g_build_filename (g_getenv ("CANDOR_BUILD_ROOT"), "src", "candor", NULL));
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, g_strdup (arg));
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                NULL, err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  return WEXITSTATUS (wait_status);
}

static char *
opt (const char *name,
     const char *value)
{
  return g_strdup_printf ("--%s=%s", name, value);
}

static void
test_export (void)
{
  g_autofree char *out = g_build_filename (dir, "checks.ics", NULL);
  g_autofree char *v = opt ("vault", vault);
  g_autofree char *p = opt ("passphrase-file", pass);
  g_autofree char *e = opt ("export-ics", out);
  g_autofree char *contents = NULL;
  g_autofree char *err = NULL;
  GStatBuf st;

  g_assert_cmpint (run_candor (&err, v, p, e, NULL), ==, CANDOR_EXIT_OK);
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "BEGIN:VCALENDAR\r\n"));
  g_assert_true (g_str_has_suffix (contents, "END:VCALENDAR\r\n"));
  g_assert_nonnull (strstr (contents, "BEGIN:VEVENT\r\n"));
  g_assert_nonnull (strstr (contents, "SUMMARY:Connection Check with "));
  g_assert_nonnull (strstr (contents, "STATUS:CONFIRMED\r\n"));
  /* The calendar names who you meet: it is kept as private as the JSON backup. */
  g_assert_cmpint (g_stat (out, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

static void
test_wrong_passphrase (void)
{
  g_autofree char *out = g_build_filename (dir, "wrong.ics", NULL);
  g_autofree char *v = opt ("vault", vault);
  g_autofree char *p = opt ("passphrase-file", wrong_pass);
  g_autofree char *e = opt ("export-ics", out);
  g_autofree char *err = NULL;

  g_assert_cmpint (run_candor (&err, v, p, e, NULL), ==, CANDOR_EXIT_WRONG_PASSPHRASE);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
}

static void
test_no_journal (void)
{
  g_autofree char *empty = g_build_filename (dir, "nothing-here", NULL);
  g_autofree char *out = g_build_filename (dir, "none.ics", NULL);
  g_autofree char *v = opt ("vault", empty);
  g_autofree char *p = opt ("passphrase-file", pass);
  g_autofree char *e = opt ("export-ics", out);
  g_autofree char *err = NULL;

  g_assert_cmpint (run_candor (&err, v, p, e, NULL), ==, CANDOR_EXIT_NO_JOURNAL);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
}

static void
test_unwritable (void)
{
  g_autofree char *out = g_build_filename (dir, "no-such-folder", "checks.ics", NULL);
  g_autofree char *v = opt ("vault", vault);
  g_autofree char *p = opt ("passphrase-file", pass);
  g_autofree char *e = opt ("export-ics", out);
  g_autofree char *err = NULL;

  g_assert_cmpint (run_candor (&err, v, p, e, NULL), ==, CANDOR_EXIT_IO);
  g_assert_nonnull (strstr (err, "no-such-folder"));
}

static void
test_two_actions (void)
{
  g_autofree char *out = g_build_filename (dir, "both.ics", NULL);
  g_autofree char *json = g_build_filename (dir, "both.json", NULL);
  g_autofree char *v = opt ("vault", vault);
  g_autofree char *p = opt ("passphrase-file", pass);
  g_autofree char *e = opt ("export-ics", out);
  g_autofree char *j = opt ("export-json", json);
  g_autofree char *err = NULL;

  g_assert_cmpint (run_candor (&err, v, p, e, j, NULL), ==, CANDOR_EXIT_USAGE);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (json, G_FILE_TEST_EXISTS));
}

static void
test_help_mentions_option (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *exe = g_build_filename (g_getenv ("CANDOR_BUILD_ROOT"), "src", "candor", NULL);
  g_autofree char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char *[]) { exe, (char *) "--help", NULL }, NULL, G_SPAWN_DEFAULT,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (out, "--export-ics=FILE"));
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) d = g_dir_open (path, 0, NULL);
  const char *name;

  if (d == NULL)
    {
      g_remove (path);
      return;
    }
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      remove_tree (child);
    }
  g_rmdir (path);
}

int
main (int argc, char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tool = NULL;
  g_autofree char *demo = NULL;
  g_autofree char *out = NULL;
  g_autofree char *v = NULL;
  g_autofree char *p = NULL;
  g_autofree char *i = NULL;
  g_autofree char *err = NULL;
  int status = 0;
  int result;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  /* One journal with a few months of demo data, shared by the cases. */
  dir = g_dir_make_tmp ("candor-ics-XXXXXX", &error);
  g_assert_no_error (error);
  vault = g_build_filename (dir, "vault", NULL);
  pass = g_build_filename (dir, "pass.txt", NULL);
  wrong_pass = g_build_filename (dir, "wrong.txt", NULL);
  demo = g_build_filename (dir, "demo.json", NULL);
  g_file_set_contents (pass, "correct horse battery staple\n", -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (wrong_pass, "not the passphrase\n", -1, &error);
  g_assert_no_error (error);

  tool = g_build_filename (g_getenv ("CANDOR_BUILD_ROOT"), "src", "tools", "candor-demo-data", NULL);
  out = opt ("output", demo);
  g_spawn_sync (NULL, (char *[]) { tool, (char *) "--years=1", (char *) "--seed=3",
                                  (char *) "--end=2026-06-30", out, NULL },
                NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  v = opt ("vault", vault);
  p = opt ("passphrase-file", pass);
  i = opt ("import-json", demo);
  if (run_candor (&err, v, p, i, NULL) != CANDOR_EXIT_OK)
    g_error ("import failed: %s", err);

  g_test_add_func ("/cli-ics/export", test_export);
  g_test_add_func ("/cli-ics/wrong-passphrase", test_wrong_passphrase);
  g_test_add_func ("/cli-ics/no-journal", test_no_journal);
  g_test_add_func ("/cli-ics/unwritable", test_unwritable);
  g_test_add_func ("/cli-ics/two-actions", test_two_actions);
  g_test_add_func ("/cli-ics/help", test_help_mentions_option);

  result = g_test_run ();

  remove_tree (dir);
  g_free (dir);
  g_free (vault);
  g_free (pass);
  g_free (wrong_pass);
  return result;
}
