/* candor-bench-report.c — candor-bench's figures, their statistics and the targets
 *
 * The targets are ratios against a floor measured in the same run (or, where the issue
 * says so, absolute), so the noise of the machine cancels out. They come from issue 10
 * and are never loosened here: a missed target is a bug to find and fix.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdio.h>

#include "candor-bench-report.h"

typedef struct
{
  char   *name;
  double  value;
  char   *unit;
} Figure;

struct _CandorBenchReport
{
  GPtrArray *figures;
};

/* figure ≤ factor × floor + offset; with no floor, figure ≤ offset. "%s" is the vault
 * suffix ("10y"). */
typedef struct
{
  const char *figure;
  double      factor;
  const char *floor;
  double      offset;
} Target;

static const Target targets[] = {
  /* The key derivation and loading run after the first frame. */
  { "first_frame_%s", 1.25, "first_frame_bare", 0 },
  { "content_ready_minus_kdf_%s", 0, NULL, 150 },
  { "load_%s", 1.5, "load_floor_%s", 0 },
  { "save_one_checkin_median_%s", 0, NULL, 15 },
  /* Saving does not grow with history. */
  { "save_one_checkin_median_%s", 1.3, "save_one_checkin_median_1y", 0 },
  { "progress_frame_%s", 0, NULL, 4 },
  { "reflection_pdf", 0, NULL, 300 },
  { "rss_%s", 1, "rss_bare", 30 },
};

static void
figure_free (Figure *figure)
{
  g_free (figure->name);
  g_free (figure->unit);
  g_free (figure);
}

CandorBenchReport *
candor_bench_report_new (void)
{
  CandorBenchReport *report = g_new0 (CandorBenchReport, 1);

  report->figures = g_ptr_array_new_with_free_func ((GDestroyNotify) figure_free);
  return report;
}

void
candor_bench_report_free (CandorBenchReport *report)
{
  g_ptr_array_unref (report->figures);
  g_free (report);
}

void
candor_bench_report_add (CandorBenchReport *report,
                         const char        *name,
                         double             value,
                         const char        *unit)
{
  Figure *figure = g_new0 (Figure, 1);

  figure->name = g_strdup (name);
  figure->value = value;
  figure->unit = g_strdup (unit);
  g_ptr_array_add (report->figures, figure);
}

gboolean
candor_bench_report_lookup (CandorBenchReport *report,
                            const char        *name,
                            double            *value)
{
  for (guint i = 0; i < report->figures->len; i++)
    {
      Figure *figure = g_ptr_array_index (report->figures, i);

      if (g_str_equal (figure->name, name))
        {
          *value = figure->value;
          return TRUE;
        }
    }

  return FALSE;
}

void
candor_bench_report_print (CandorBenchReport *report)
{
  for (guint i = 0; i < report->figures->len; i++)
    {
      Figure *figure = g_ptr_array_index (report->figures, i);
      char value[G_ASCII_DTOSTR_BUF_SIZE];

      /* Always a dot, whatever the locale, so the lines parse anywhere. */
      g_ascii_formatd (value, sizeof value, "%.2f", figure->value);
      printf ("%s %s %s\n", figure->name, value, figure->unit);
    }
  fflush (stdout);
}

static char *
expand (const char *pattern,
        const char *suffix)
{
  g_autoptr(GString) name = g_string_new (pattern);

  g_string_replace (name, "%s", suffix, 0);
  return g_string_free (g_steal_pointer (&name), FALSE);
}

gboolean
candor_bench_report_check_targets (CandorBenchReport *report,
                                   const char        *suffix)
{
  gboolean all_met = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      const Target *target = &targets[i];
      g_autofree char *name = expand (target->figure, suffix);
      g_autofree char *floor_name = target->floor ? expand (target->floor, suffix) : NULL;
      g_autofree char *rule = NULL;
      double value, floor_value = 0, limit;
      gboolean met;

      if (!candor_bench_report_lookup (report, name, &value))
        continue;
      /* The floor is the figure itself (e.g. the 1-year save in a 1-year run). */
      if (floor_name != NULL && g_str_equal (floor_name, name))
        continue;
      if (floor_name != NULL && !candor_bench_report_lookup (report, floor_name, &floor_value))
        continue;

      limit = target->factor * floor_value + target->offset;
      met = value <= limit;
      all_met &= met;

      if (floor_name == NULL)
        rule = g_strdup_printf ("%s <= %g", name, target->offset);
      else if (target->offset == 0)
        rule = g_strdup_printf ("%s <= %g x %s", name, target->factor, floor_name);
      else if (target->factor == 1)
        rule = g_strdup_printf ("%s <= %s + %g", name, floor_name, target->offset);
      else
        rule = g_strdup_printf ("%s <= %g x %s + %g", name, target->factor, floor_name,
                                target->offset);

      if (floor_name != NULL && target->offset == 0 && floor_value > 0)
        printf ("# target %s: %.2f vs limit %.2f (ratio %.2f): %s\n", rule, value, limit,
                value / floor_value, met ? "met" : "MISSED");
      else
        printf ("# target %s: %.2f vs limit %.2f: %s\n", rule, value, limit,
                met ? "met" : "MISSED");
    }

  fflush (stdout);
  return all_met;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

double
candor_bench_median (GArray *samples)
{
  guint n = samples->len;

  g_return_val_if_fail (n > 0, NAN);

  g_array_sort (samples, compare_doubles);
  if (n % 2 == 1)
    return g_array_index (samples, double, n / 2);

  return (g_array_index (samples, double, n / 2 - 1) + g_array_index (samples, double, n / 2)) / 2;
}

/* Nearest rank: the smallest sample with at least @percent % of the samples at or below. */
double
candor_bench_percentile (GArray *samples,
                         double  percent)
{
  guint n = samples->len;
  guint rank;

  g_return_val_if_fail (n > 0, NAN);

  g_array_sort (samples, compare_doubles);
  rank = (guint) ceil (percent / 100.0 * n);
  rank = CLAMP (rank, 1, n);
  return g_array_index (samples, double, rank - 1);
}
