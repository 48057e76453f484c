/* candor-bench-store.h — candor-bench's vaults, and what it times without a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Creates a vault in @directory and imports the document @json_path into it, the way
 * `candor --import-json` does. @fast_kdf picks libsodium's smallest Argon2id limits
 * (smoke runs); otherwise the app's default (MODERATE). */
gboolean candor_bench_create_vault (const char  *directory,
                                    const char  *json_path,
                                    const char  *passphrase,
                                    gboolean     fast_kdf,
                                    GError     **error);

/* The real load, @runs times, into @samples (ms): every segment read and decrypted,
 * parsed, validated, built and applied to a new journal. The key is derived once,
 * outside the timing. */
gboolean candor_bench_time_load    (const char  *directory,
                                    const char  *passphrase,
                                    guint        runs,
                                    GArray      *samples,
                                    GError     **error);

/* Its floor, on the same files: each segment file read and decrypted by the format
 * codec, and its plaintext parsed by json-glib. Nothing else. */
gboolean candor_bench_time_load_floor (const char  *directory,
                                       const char  *passphrase,
                                       guint        runs,
                                       GArray      *samples,
                                       GError     **error);

/* Opens the journal as the app does, then @n_samples times adds one check-in and saves
 * (ms per add + save, after @warmup untimed ones). Adds entries to the vault. */
gboolean candor_bench_time_save    (const char  *directory,
                                    const char  *passphrase,
                                    guint        warmup,
                                    guint        n_samples,
                                    GArray      *samples,
                                    GError     **error);

/* One week's printed reflection as a PDF, @runs times (ms each): the week counted from
 * the loaded journal, laid out, paginated and written. The week is the one of @day;
 * the journal is loaded once, outside the timing. */
gboolean candor_bench_time_reflection (const char  *directory,
                                       const char  *passphrase,
                                       GDateTime   *day,
                                       guint        runs,
                                       GArray      *samples,
                                       GError     **error);

G_END_DECLS
