/* fuzz-import.c — arbitrary bytes through parse, validation and import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * As a meson test it replays the files in tests/fuzz-corpus/import. For
 * real fuzzing, build the core with clang, the sanitizers and coverage, and
 * link this file with libFuzzer:
 *
 *   CC=clang meson setup _build-fuzz -Db_sanitize=address,undefined -Db_lundef=false \
 *     -Dc_args=-fsanitize=fuzzer-no-link
 *   ninja -C _build-fuzz src/core/libcandor-core.a
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -DCANDOR_LIBFUZZER \
 *     -I_build-fuzz -Isrc/core tests/fuzz-import.c _build-fuzz/src/core/libcandor-core.a \
 *     $(pkg-config --cflags --libs json-glib-1.0 gio-2.0 libsecret-1 libsodium) -lm \
 *     -o _build-fuzz/fuzz-import
 *   _build-fuzz/fuzz-import -max_len=65536 tests/fuzz-corpus/import
 *
 * Beyond "no crash", each input checks invariants: what imports exports,
 * and the export imports again to the same document, both as a whole and
 * segment by segment.
 */
#include "config.h"

#include <stdint.h>

#include "candor-journal.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static void
check_round_trip (CandorJournal *journal)
{
  g_autoptr(JsonNode) exported = candor_journal_to_document (journal);
  g_autoptr(JsonNode) reparsed = NULL;
  g_autoptr(JsonNode) again = NULL;
  g_autoptr(CandorJournal) copy = candor_journal_new ();
  g_autoptr(CandorJournal) from_segments = candor_journal_new ();
  g_autoptr(JsonNode) from_segments_document = NULL;
  g_auto(GStrv) segments = candor_journal_dup_segments (journal);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gsize length;

  text = candor_json_to_data (exported, FALSE, &length);
  reparsed = candor_json_parse_document (text, length, &error);
  g_assert_no_error (error);

  g_assert_true (candor_journal_import_document (copy, reparsed, CANDOR_IMPORT_MODE_REPLACE,
                                                 &error));
  g_assert_no_error (error);
  again = candor_journal_to_document (copy);
  g_assert_true (json_node_equal (exported, again));

  for (guint i = 0; segments[i] != NULL; i++)
    {
      g_autoptr(GBytes) bytes = candor_journal_serialize_segment (journal, segments[i]);
      g_autoptr(CandorSegmentData) segment = candor_segment_data_parse (segments[i], bytes, &error);

      g_assert_no_error (error);
      g_assert_true (candor_journal_apply_segment (from_segments, segment, &error));
      g_assert_no_error (error);
    }

  from_segments_document = candor_journal_to_document (from_segments);
  g_assert_true (json_node_equal (exported, from_segments_document));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(JsonNode) document = NULL;
  g_autoptr(CandorJournal) journal = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(CandorSegmentData) as_profile = NULL;
  g_autoptr(CandorSegmentData) as_year = NULL;
  gboolean imported;

  /* The same bytes as stored segments: refused or read, never a crash. */
  as_profile = candor_segment_data_parse ("profile", bytes, NULL);
  as_year = candor_segment_data_parse ("2025", bytes, NULL);

  document = candor_json_parse_document ((const char *) data, size, &error);
  if (document == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (error->domain == CANDOR_JSON_ERROR);
      return 0;
    }

  journal = candor_journal_new ();
  imported = candor_journal_import_document (journal, document, CANDOR_IMPORT_MODE_MERGE, &error);

  /* Validation alone and import agree. */
  g_assert_cmpint (imported, ==, candor_json_validate_document (document, NULL));

  if (!imported)
    {
      g_autofree char *after = NULL;
      g_autoptr(JsonNode) untouched = candor_journal_to_document (journal);
      g_autoptr(CandorJournal) fresh = candor_journal_new ();
      g_autoptr(JsonNode) fresh_document = candor_journal_to_document (fresh);

      /* Every refusal says where. */
      g_assert_true (error->domain == CANDOR_JSON_ERROR);
      g_assert_true (error->message[0] == '$');
      g_assert_true (json_node_equal (untouched, fresh_document));
      return 0;
    }

  check_round_trip (journal);

  return 0;
}

#ifndef CANDOR_LIBFUZZER

static void
replay (gconstpointer user_data)
{
  const char *path = user_data;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *directory = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  directory = g_test_build_filename (G_TEST_DIST, "fuzz-corpus", "import", NULL);
  dir = g_dir_open (directory, 0, NULL);
  g_assert_nonnull (dir);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      char *path = g_build_filename (directory, name, NULL);
      g_autofree char *test_path = g_strconcat ("/fuzz-import/", name, NULL);

      g_ptr_array_add (paths, path);
      g_test_add_data_func (test_path, path, replay);
    }

  return g_test_run ();
}

#endif
