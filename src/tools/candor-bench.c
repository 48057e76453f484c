/* candor-bench.c — how fast Candor is with years of history, against floors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   candor-bench [--years=1,5,10] [--runs=N] [--saves=N] [--only=PARTS] [--smoke] [--check]
 *                [--keep]
 *
 * For each number of years it writes a demo journal with candor-demo-data and imports
 * it into a new vault in a temporary folder, then measures, and prints one line per
 * figure, "name value unit":
 *
 *   first_frame_bare, first_frame_Ny   process start to the first painted frame: of a bare
 *                                      AdwApplicationWindow (candor-bench-bare), and of
 *                                      `candor --passphrase-file` on the N-year vault
 *   kdf                                the key derivation of one unlock
 *   content_ready_minus_kdf_Ny         start of the unlock to the first frame showing the
 *                                      journal (Today), without the key derivation
 *   load_Ny, load_floor_Ny             the real load of every year, and a raw decrypt +
 *                                      json-glib parse of the same files
 *   save_one_checkin_median_Ny, _p95_Ny  add one check-in and save it
 *   reflection_pdf                     one week's printed reflection written as a PDF,
 *                                      from the largest journal (last week of its data)
 *   history_first_rows_Ny              Today's History opened until its first rows are
 *                                      painted (every year loaded)
 *   progress_frame_Ny                  one snapshot of the Progress page with every chart
 *                                      drawn anew
 *   rss_bare, rss_Ny                   resident memory after the first frame / the load
 *
 * Figures from the same run are compared in "# target" lines, as ratios where the
 * target is one. The app runs are interleaved (bare, 1y, 5y, 10y, bare, …) so that
 * drifting noise hits every program alike, and medians are reported.
 *
 * It opens windows: run it in a desktop session, or under
 *   xvfb-run -a -s "-screen 0 1280x1024x24" dbus-run-session -- candor-bench
 * Candor must not already be running in the same D-Bus session.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>

#include "candor-i18n.h"
#include "candor-bench-child.h"
#include "candor-bench-report.h"
#include "candor-bench-store.h"
#include "candor-memory.h"
#include "candor-secure.h"

#define PASSPHRASE    "bench marked sunflower lantern"
#define DEMO_SEED     "1"
#define CHILD_TIMEOUT 180

/* What --only can pick, e.g. to profile one part (perf, valgrind --tool=callgrind). */
typedef enum
{
  PART_PROGRAMS = 1 << 0, /* first_frame, kdf, content_ready_minus_kdf, rss */
  PART_LOAD     = 1 << 1, /* load, load_floor */
  PART_SAVE     = 1 << 2, /* save_one_checkin */
  PART_PRINT    = 1 << 3, /* reflection_pdf */
  PART_ALL      = PART_PROGRAMS | PART_LOAD | PART_SAVE | PART_PRINT,
} Part;

typedef struct
{
  guint   years;
  char   *name;        /* "10y": the figures' suffix */
  char   *json;
  char   *directory;

  GArray *first_frame; /* ms, one per run */
  GArray *kdf;         /* ms */
  GArray *content;     /* ms, content ready minus this run's key derivation */
  GArray *rss;         /* MB */
  GArray *history;     /* ms */
  GArray *progress;    /* ms */
} BenchVault;

typedef struct
{
  char      *tools_dir;
  char      *candor;
  char      *bare;
  char      *demo_data;
  char      *work_dir;
  char      *passphrase_file;
  GPtrArray *vaults;   /* BenchVault *, fewest years first */
  GArray    *bare_first_frame;
  GArray    *bare_rss;

  guint      parts;
  guint      runs;
  guint      load_runs;
  guint      saves;
  guint      save_warmup;
  gboolean   smoke;
} Bench;

static GArray *
samples_new (void)
{
  return g_array_new (FALSE, FALSE, sizeof (double));
}

static void
append (GArray *samples,
        double  value)
{
  g_array_append_val (samples, value);
}

static void
bench_vault_free (BenchVault *vault)
{
  g_free (vault->name);
  g_free (vault->json);
  g_free (vault->directory);
  g_array_unref (vault->first_frame);
  g_array_unref (vault->kdf);
  g_array_unref (vault->content);
  g_array_unref (vault->rss);
  g_array_unref (vault->history);
  g_array_unref (vault->progress);
  g_free (vault);
}

static void
say (const char *format,
     ...) G_GNUC_PRINTF (1, 2);

/* Progress goes to stderr, so stdout holds only the figures. */
static void
say (const char *format,
     ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("candor-bench: %s\n", text);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_remove (child);
    }
  g_rmdir (path);
}

static gboolean
parse_years (const char  *text,
             GPtrArray   *vaults,
             GError     **error)
{
  g_auto(GStrv) items = g_strsplit (text, ",", -1);
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; items[i] != NULL; i++)
    {
      guint64 value;
      guint year;

      if (!g_ascii_string_to_unsigned (g_strstrip (items[i]), 10, 1, 100, &value, NULL))
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       "--years takes numbers of years from 1 to 100, such as 1,5,10; "
                       "“%s” is not one", items[i]);
          return FALSE;
        }
      year = (guint) value;
      g_array_append_val (years, year);
    }

  for (guint y = 1; y <= 100; y++)
    for (guint i = 0; i < years->len; i++)
      if (g_array_index (years, guint, i) == y)
        {
          BenchVault *vault = g_new0 (BenchVault, 1);

          vault->years = y;
          vault->name = g_strdup_printf ("%uy", y);
          vault->first_frame = samples_new ();
          vault->kdf = samples_new ();
          vault->content = samples_new ();
          vault->rss = samples_new ();
          vault->history = samples_new ();
          vault->progress = samples_new ();
          g_ptr_array_add (vaults, vault);
          break;
        }

  return TRUE;
}

/* The programs live beside this one in the build tree. */
static gboolean
find_programs (Bench   *bench,
               GError **error)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", error);
  g_autofree char *data_dir = NULL;
  const char *programs[3];

  if (self == NULL)
    return FALSE;

  bench->tools_dir = g_path_get_dirname (self);
  bench->candor = g_build_filename (bench->tools_dir, "..", "candor", NULL);
  bench->bare = g_build_filename (bench->tools_dir, "candor-bench-bare", NULL);
  bench->demo_data = g_build_filename (bench->tools_dir, "candor-demo-data", NULL);

  programs[0] = bench->candor;
  programs[1] = bench->bare;
  programs[2] = bench->demo_data;
  for (guint i = 0; i < G_N_ELEMENTS (programs); i++)
    if (!g_file_test (programs[i], G_FILE_TEST_IS_EXECUTABLE))
      {
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                     "%s is missing: build Candor first (ninja -C BUILDDIR)", programs[i]);
        return FALSE;
      }

  /* Uninstalled, the settings schema is only in the build tree. */
  data_dir = g_build_filename (bench->tools_dir, "..", "..", "data", NULL);
  if (g_getenv ("GSETTINGS_SCHEMA_DIR") == NULL)
    {
      g_autofree char *compiled = g_build_filename (data_dir, "gschemas.compiled", NULL);

      if (g_file_test (compiled, G_FILE_TEST_EXISTS))
        g_setenv ("GSETTINGS_SCHEMA_DIR", data_dir, TRUE);
    }

  return TRUE;
}

static gboolean
prepare_vault (Bench       *bench,
               BenchVault  *vault,
               const char  *end,
               GError     **error)
{
  g_autofree char *years_arg = g_strdup_printf ("--years=%u", vault->years);
  g_autofree char *end_arg = g_strdup_printf ("--end=%s", end);
  g_autofree char *output_arg = NULL;
  g_autofree char *json_name = g_strdup_printf ("demo-%s.json", vault->name);
  g_autofree char *vault_name = g_strdup_printf ("vault-%s", vault->name);
  g_autofree char *errors = NULL;
  int status;

  vault->json = g_build_filename (bench->work_dir, json_name, NULL);
  vault->directory = g_build_filename (bench->work_dir, vault_name, NULL);
  output_arg = g_strdup_printf ("--output=%s", vault->json);

  say ("writing %u year(s) of demo journal and importing them", vault->years);
  if (!g_spawn_sync (NULL,
                     (char *[]) { bench->demo_data, years_arg, (char *) "--seed=" DEMO_SEED,
                                  end_arg, output_arg, NULL },
                     NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, &errors, &status, error) ||
      !g_spawn_check_wait_status (status, error))
    {
      g_prefix_error (error, "candor-demo-data failed (%s): ", errors ? errors : "");
      return FALSE;
    }

  return candor_bench_create_vault (vault->directory, vault->json, PASSPHRASE, bench->smoke,
                                    error);
}

static gboolean
lookup_event (GHashTable  *events,
              const char  *event,
              const char  *program,
              double      *value,
              GError     **error)
{
  gint64 *found = g_hash_table_lookup (events, event);

  if (found == NULL || *found < 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "%s did not report “%s”. Is Candor already running in this session? "
                   "Run the benchmark under dbus-run-session.", program, event);
      return FALSE;
    }

  *value = *found;
  return TRUE;
}

static gboolean
run_bare (Bench    *bench,
          gboolean  record,
          GError  **error)
{
  const char *argv[] = { bench->bare, NULL };
  g_autoptr(GHashTable) events = candor_bench_run_child (argv, CHILD_TIMEOUT, error);
  double first_frame, rss;

  if (events == NULL ||
      !lookup_event (events, "first-frame", "candor-bench-bare", &first_frame, error) ||
      !lookup_event (events, "rss", "candor-bench-bare", &rss, error))
    return FALSE;

  if (record)
    {
      append (bench->bare_first_frame, first_frame / 1000.0);
      append (bench->bare_rss, rss / 1024.0);
    }

  return TRUE;
}

static gboolean
run_app (Bench       *bench,
         BenchVault  *vault,
         gboolean     record,
         GError     **error)
{
  g_autofree char *vault_arg = g_strdup_printf ("--vault=%s", vault->directory);
  g_autofree char *passphrase_arg = g_strdup_printf ("--passphrase-file=%s",
                                                     bench->passphrase_file);
  const char *argv[] = { bench->candor, vault_arg, passphrase_arg, NULL };
  g_autoptr(GHashTable) events = candor_bench_run_child (argv, CHILD_TIMEOUT, error);
  double first_frame, kdf, content, rss, history, progress;

  if (events == NULL ||
      !lookup_event (events, "first-frame", "candor", &first_frame, error) ||
      !lookup_event (events, "kdf", "candor", &kdf, error) ||
      !lookup_event (events, "content-ready", "candor", &content, error) ||
      !lookup_event (events, "rss", "candor", &rss, error) ||
      !lookup_event (events, "history-first-rows", "candor", &history, error) ||
      !lookup_event (events, "progress-frame", "candor", &progress, error))
    return FALSE;

  if (record)
    {
      append (vault->first_frame, first_frame / 1000.0);
      append (vault->kdf, kdf / 1000.0);
      append (vault->content, (content - kdf) / 1000.0);
      append (vault->rss, rss / 1024.0);
      append (vault->history, history / 1000.0);
      append (vault->progress, progress / 1000.0);
    }

  return TRUE;
}

static gboolean
run_programs (Bench   *bench,
              GError **error)
{
  /* One untimed round first, so that no program pays for a cold page cache. */
  if (!bench->smoke)
    {
      say ("warming up");
      if (!run_bare (bench, FALSE, error) ||
          !run_app (bench, g_ptr_array_index (bench->vaults, 0), FALSE, error))
        return FALSE;
    }

  for (guint run = 0; run < bench->runs; run++)
    {
      say ("starting the programs, round %u of %u", run + 1, bench->runs);
      if (!run_bare (bench, TRUE, error))
        return FALSE;
      for (guint i = 0; i < bench->vaults->len; i++)
        if (!run_app (bench, g_ptr_array_index (bench->vaults, i), TRUE, error))
          return FALSE;
    }

  return TRUE;
}

static gboolean
parse_parts (const char  *text,
             guint       *parts,
             GError     **error)
{
  g_auto(GStrv) items = g_strsplit (text, ",", -1);

  *parts = 0;
  for (guint i = 0; items[i] != NULL; i++)
    {
      const char *item = g_strstrip (items[i]);

      if (g_str_equal (item, "programs"))
        *parts |= PART_PROGRAMS;
      else if (g_str_equal (item, "load"))
        *parts |= PART_LOAD;
      else if (g_str_equal (item, "save"))
        *parts |= PART_SAVE;
      else if (g_str_equal (item, "print"))
        *parts |= PART_PRINT;
      else
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       "--only takes programs, load, save and print; “%s” is none of them", item);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
measure_programs (Bench              *bench,
                  CandorBenchReport  *report,
                  GError            **error)
{
  g_autoptr(GArray) kdf = samples_new ();

  if (!run_programs (bench, error))
    return FALSE;

  candor_bench_report_add (report, "first_frame_bare",
                           candor_bench_median (bench->bare_first_frame), "ms");
  for (guint i = 0; i < bench->vaults->len; i++)
    {
      BenchVault *vault = g_ptr_array_index (bench->vaults, i);
      g_autofree char *name = g_strdup_printf ("first_frame_%s", vault->name);

      candor_bench_report_add (report, name, candor_bench_median (vault->first_frame), "ms");
      g_array_append_vals (kdf, vault->kdf->data, vault->kdf->len);
    }

  candor_bench_report_add (report, "kdf", candor_bench_median (kdf), "ms");
  for (guint i = 0; i < bench->vaults->len; i++)
    {
      BenchVault *vault = g_ptr_array_index (bench->vaults, i);
      g_autofree char *name = g_strdup_printf ("content_ready_minus_kdf_%s", vault->name);

      candor_bench_report_add (report, name, candor_bench_median (vault->content), "ms");
    }
  for (guint i = 0; i < bench->vaults->len; i++)
    {
      BenchVault *vault = g_ptr_array_index (bench->vaults, i);
      g_autofree char *history = g_strdup_printf ("history_first_rows_%s", vault->name);
      g_autofree char *progress = g_strdup_printf ("progress_frame_%s", vault->name);

      candor_bench_report_add (report, history, candor_bench_median (vault->history), "ms");
      candor_bench_report_add (report, progress, candor_bench_median (vault->progress), "ms");
    }

  return TRUE;
}

static gboolean
measure_load (Bench              *bench,
              CandorBenchReport  *report,
              GError            **error)
{
  for (guint i = 0; i < bench->vaults->len; i++)
    {
      BenchVault *vault = g_ptr_array_index (bench->vaults, i);
      g_autoptr(GArray) load = samples_new ();
      g_autoptr(GArray) floor_samples = samples_new ();
      g_autofree char *load_name = g_strdup_printf ("load_%s", vault->name);
      g_autofree char *floor_name = g_strdup_printf ("load_floor_%s", vault->name);

      say ("loading the %s journal", vault->name);
      /* Alternated, like the programs, so that both see the same machine. */
      for (guint run = 0; run < bench->load_runs; run++)
        if (!candor_bench_time_load (vault->directory, PASSPHRASE, 1, load, error) ||
            !candor_bench_time_load_floor (vault->directory, PASSPHRASE, 1, floor_samples,
                                            error))
          return FALSE;

      candor_bench_report_add (report, load_name, candor_bench_median (load), "ms");
      candor_bench_report_add (report, floor_name, candor_bench_median (floor_samples), "ms");
    }

  return TRUE;
}

static gboolean
measure_save (Bench              *bench,
              CandorBenchReport  *report,
              GError            **error)
{
  for (guint i = 0; i < bench->vaults->len; i++)
    {
      BenchVault *vault = g_ptr_array_index (bench->vaults, i);
      g_autoptr(GArray) saves = samples_new ();
      g_autofree char *median_name = g_strdup_printf ("save_one_checkin_median_%s", vault->name);
      g_autofree char *p95_name = g_strdup_printf ("save_one_checkin_p95_%s", vault->name);

      say ("saving check-ins into the %s journal", vault->name);
      if (!candor_bench_time_save (vault->directory, PASSPHRASE, bench->save_warmup,
                                   bench->saves, saves, error))
        return FALSE;

      candor_bench_report_add (report, median_name, candor_bench_median (saves), "ms");
      candor_bench_report_add (report, p95_name, candor_bench_percentile (saves, 95), "ms");
    }

  return TRUE;
}

/* The week before the demo data's last day, from the largest journal: a full week. */
static gboolean
measure_reflection (Bench              *bench,
                    CandorBenchReport  *report,
                    GDateTime          *end,
                    GError            **error)
{
  BenchVault *largest = g_ptr_array_index (bench->vaults, bench->vaults->len - 1);
  g_autoptr(GArray) samples = samples_new ();
  g_autoptr(GDateTime) week_before = g_date_time_add_days (end, -7);

  say ("printing a week of the %s journal", largest->name);
  if (!candor_bench_time_reflection (largest->directory, PASSPHRASE, week_before,
                                     bench->smoke ? 1 : 5, samples, error))
    return FALSE;

  candor_bench_report_add (report, "reflection_pdf", candor_bench_median (samples), "ms");
  return TRUE;
}

/* Memory comes from the program runs, but reads best at the end of the table. */
static void
report_memory (Bench             *bench,
               CandorBenchReport *report)
{
  candor_bench_report_add (report, "rss_bare", candor_bench_median (bench->bare_rss), "MB");
  for (guint i = 0; i < bench->vaults->len; i++)
    {
      BenchVault *vault = g_ptr_array_index (bench->vaults, i);
      g_autofree char *name = g_strdup_printf ("rss_%s", vault->name);

      candor_bench_report_add (report, name, candor_bench_median (vault->rss), "MB");
    }
}

static gboolean
measure (Bench              *bench,
         CandorBenchReport  *report,
         GDateTime          *end,
         GError            **error)
{
  /* Saving adds check-ins to the vaults: it comes last. */
  if (((bench->parts & PART_PROGRAMS) && !measure_programs (bench, report, error)) ||
      ((bench->parts & PART_LOAD) && !measure_load (bench, report, error)) ||
      ((bench->parts & PART_PRINT) && !measure_reflection (bench, report, end, error)) ||
      ((bench->parts & PART_SAVE) && !measure_save (bench, report, error)))
    return FALSE;

  if (bench->parts & PART_PROGRAMS)
    report_memory (bench, report);

  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *years = NULL;
  g_autofree char *only = NULL;
  g_autofree char *end = NULL;
  CandorBenchReport *report = NULL;
  gboolean check = FALSE;
  gboolean keep = FALSE;
  gboolean targets_met = TRUE;
  int runs = 5;
  int saves = 40;
  int status = 0;
  Bench bench = { 0, };
  GOptionEntry entries[] = {
    { "years", 0, 0, G_OPTION_ARG_STRING, &years,
      "Demo journals to measure, in years (default: 1,5,10)", "N,N,…" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs,
      "Starts of each program to take the median of (default: 5)", "N" },
    { "saves", 0, 0, G_OPTION_ARG_INT, &saves,
      "Timed check-in saves per journal (default: 40)", "N" },
    { "only", 0, 0, G_OPTION_ARG_STRING, &only,
      "Measure only these parts: programs, load, save, print (default: all)", "PART,…" },
    { "smoke", 0, 0, G_OPTION_ARG_NONE, &bench.smoke,
      "One small year, one run, fast key derivation: checks that every figure is produced",
      NULL },
    { "check", 0, 0, G_OPTION_ARG_NONE, &check,
      "Exit with status 1 if a target is missed", NULL },
    { "keep", 0, 0, G_OPTION_ARG_NONE, &keep,
      "Keep the temporary folder with the demo journals and vaults", NULL },
    { NULL }
  };

  /* Loading and saving are timed in this process: with the app's malloc settings, as
   * the app has them once its window is shown. */
  candor_memory_use_one_arena ();
  candor_memory_map_big_blocks ();

  candor_i18n_init (NULL);

  context = g_option_context_new ("— measure Candor against its floors");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  if (!candor_secure_init (&error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  bench.vaults = g_ptr_array_new_with_free_func ((GDestroyNotify) bench_vault_free);
  bench.bare_first_frame = samples_new ();
  bench.bare_rss = samples_new ();
  bench.runs = bench.smoke ? 1 : (guint) CLAMP (runs, 1, 1000);
  bench.saves = bench.smoke ? 3 : (guint) CLAMP (saves, 1, 100000);
  bench.save_warmup = bench.smoke ? 0 : 2;
  bench.load_runs = bench.smoke ? 1 : 5;

  bench.parts = PART_ALL;
  if (!parse_years (years != NULL ? years : bench.smoke ? "1" : "1,5,10", bench.vaults, &error) ||
      (only != NULL && !parse_parts (only, &bench.parts, &error)) ||
      !find_programs (&bench, &error))
    {
      g_printerr ("candor-bench: %s\n", error->message);
      status = 2;
      goto out;
    }

  bench.work_dir = g_dir_make_tmp ("candor-bench-XXXXXX", &error);
  if (bench.work_dir == NULL)
    {
      g_printerr ("candor-bench: %s\n", error->message);
      status = 2;
      goto out;
    }

  bench.passphrase_file = g_build_filename (bench.work_dir, "passphrase", NULL);
  if (!g_file_set_contents_full (bench.passphrase_file, PASSPHRASE "\n", -1,
                                 G_FILE_SET_CONTENTS_NONE, 0600, &error))
    {
      g_printerr ("candor-bench: %s\n", error->message);
      status = 2;
      goto out;
    }

  /* Up to today, so that the newest year is this one, as for a real couple. */
  now = g_date_time_new_now_local ();
  end = g_date_time_format (now, "%Y-%m-%d");

  report = candor_bench_report_new ();
  for (guint i = 0; i < bench.vaults->len && status == 0; i++)
    if (!prepare_vault (&bench, g_ptr_array_index (bench.vaults, i), end, &error))
      status = 2;

  if (status == 0 && !measure (&bench, report, now, &error))
    status = 2;

  if (status != 0)
    {
      g_printerr ("candor-bench: %s\n", error->message);
      goto out;
    }

  candor_bench_report_print (report);
  {
    BenchVault *largest = g_ptr_array_index (bench.vaults, bench.vaults->len - 1);

    targets_met = candor_bench_report_check_targets (report, largest->name);
  }
  if (check && !targets_met)
    status = 1;

out:
  if (bench.work_dir != NULL)
    {
      if (keep)
        say ("kept %s", bench.work_dir);
      else
        remove_tree (bench.work_dir);
    }
  g_clear_pointer (&report, candor_bench_report_free);
  g_clear_pointer (&bench.vaults, g_ptr_array_unref);
  g_clear_pointer (&bench.bare_first_frame, g_array_unref);
  g_clear_pointer (&bench.bare_rss, g_array_unref);
  g_free (bench.tools_dir);
  g_free (bench.candor);
  g_free (bench.bare);
  g_free (bench.demo_data);
  g_free (bench.work_dir);
  g_free (bench.passphrase_file);

  return status;
}
