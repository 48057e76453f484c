/* candor-bench-child.h — running a program that reports "candor-bench EVENT VALUE" lines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Runs @argv with CANDOR_BENCH_PROBE and GSETTINGS_BACKEND=memory set, until it exits
 * (or @timeout_s passes: then it is killed and this fails). Returns its events,
 * event name → gint64 * value; "first-frame" is turned into µs since the spawn. */
GHashTable *candor_bench_run_child (const char * const  *argv,
                                    guint                timeout_s,
                                    GError             **error);

G_END_DECLS
