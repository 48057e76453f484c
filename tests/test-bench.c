/* test-bench.c — candor-bench --smoke prints every figure, and every line parses
 *
 * The smoke run is one small year with the fastest key derivation: it proves the
 * benchmark works end to end (demo data, import, the app and the bare window under the
 * same display, load, save), never how fast anything is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <math.h>

static const char * const smoke_figures[] = {
  "first_frame_bare", "first_frame_1y",
  "kdf", "content_ready_minus_kdf_1y",
  "history_first_rows_1y", "progress_frame_1y",
  "load_1y", "load_floor_1y",
  "save_one_checkin_median_1y", "save_one_checkin_p95_1y",
  "reflection_pdf",
  "rss_bare", "rss_1y",
};

static char *
run_bench (const char * const *args,
           int                *exit_status)
{
  g_autofree char *bench = g_build_filename (g_getenv ("CANDOR_BUILD_ROOT"), "src", "tools",
                                             "candor-bench", NULL);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  g_autofree char *err = NULL;
  int status = -1;

  g_ptr_array_add (argv, bench);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_test_message ("candor-bench said:\n%s", err);

  *exit_status = status;
  return out;
}

static void
test_smoke_prints_every_figure (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_targets = 0;
  int status;

  out = run_bench ((const char *[]) { "--smoke", NULL }, &status);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      char *end = NULL;
      double value;

      if (*lines[i] == '\0')
        continue;
      /* Targets and notes are comments; only figures are bare lines. */
      if (lines[i][0] == '#')
        {
          if (g_str_has_prefix (lines[i], "# target "))
            n_targets++;
          continue;
        }

      fields = g_strsplit (lines[i], " ", -1);
      g_assert_cmpuint (g_strv_length (fields), ==, 3);
      g_assert_true (g_strv_contains (smoke_figures, fields[0]));
      g_assert_false (g_hash_table_contains (seen, fields[0]));
      g_hash_table_add (seen, g_strdup (fields[0]));

      value = g_ascii_strtod (fields[1], &end);
      g_assert_true (end != fields[1] && *end == '\0');
      g_assert_true (isfinite (value));
      g_assert_cmpfloat (value, >=, 0);

      if (g_str_has_prefix (fields[0], "rss_"))
        {
          g_assert_cmpstr (fields[2], ==, "MB");
          /* Any GTK program holds megabytes; zero would mean nothing was read. */
          g_assert_cmpfloat (value, >, 0);
        }
      else
        g_assert_cmpstr (fields[2], ==, "ms");
    }

  for (guint i = 0; i < G_N_ELEMENTS (smoke_figures); i++)
    if (!g_hash_table_contains (seen, smoke_figures[i]))
      g_error ("candor-bench --smoke did not print %s", smoke_figures[i]);

  /* The targets that need only the 1-year vault are checked (not their outcome). */
  g_assert_cmpuint (n_targets, >, 0);
}

static void
test_bad_years_are_refused (void)
{
  g_autofree char *out = NULL;
  int status;

  out = run_bench ((const char *[]) { "--years=0,ten", NULL }, &status);
  g_assert_false (g_spawn_check_wait_status (status, NULL));
  g_assert_cmpstr (out, ==, "");
}

int
main (int   argc,
      char *argv[])
{
  /* Not G_TEST_OPTION_ISOLATE_DIRS: its HOME=/dev/null breaks the child programs' caches
   * (Mesa, icons). candor-bench works in its own temporary folder and the apps it starts
   * use the memory settings backend; test-session.sh gives the whole run its own HOME. */
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/bench/smoke-prints-every-figure", test_smoke_prints_every_figure);
  g_test_add_func ("/bench/bad-years-are-refused", test_bad_years_are_refused);

  return g_test_run ();
}
