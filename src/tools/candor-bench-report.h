/* candor-bench-report.h — candor-bench's figures, their statistics and the targets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _CandorBenchReport CandorBenchReport;

CandorBenchReport *candor_bench_report_new    (void);
void               candor_bench_report_free   (CandorBenchReport *report);
/* Figures print in the order they were added: "name value unit". */
void               candor_bench_report_add    (CandorBenchReport *report,
                                               const char        *name,
                                               double             value,
                                               const char        *unit);
gboolean           candor_bench_report_lookup (CandorBenchReport *report,
                                               const char        *name,
                                               double            *value);
void               candor_bench_report_print  (CandorBenchReport *report);

/* Checks the targets against the figures of vault @suffix ("10y") and prints one
 * "# target …" line each; a target whose figures were not measured is skipped.
 * Returns FALSE if a target was missed. */
gboolean           candor_bench_report_check_targets (CandorBenchReport *report,
                                                      const char        *suffix);

/* Statistics of samples (double), which they sort. */
double             candor_bench_median        (GArray            *samples);
double             candor_bench_percentile    (GArray            *samples,
                                               double             percent);

G_END_DECLS
