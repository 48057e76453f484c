/* candor-bench-probe.h — what candor-bench measures inside the running app
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The lines the probe writes on stdout: "candor-bench EVENT VALUE". */
#define CANDOR_BENCH_PROBE_PREFIX "candor-bench"

/* Watches the application's first CandorWindow and reports, on stdout:
 *   first-frame T     CLOCK_MONOTONIC µs when the window's first frame was painted
 *   kdf D             µs the unlock spent deriving the key
 *   content-ready D   µs from the start of unlocking to the first frame showing the journal
 *   rss KB            resident memory once every year of the journal is loaded
 * then quits the application. Lines whose event starts with "trace-" only help a
 * profile (e.g. when the journal became READY). */
void candor_bench_probe_attach (GtkApplication *application);

G_END_DECLS
