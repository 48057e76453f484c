/* fuzz-segment.c — the segment (and key file) decoder against arbitrary bytes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * As a libFuzzer target (clang, from the top of the tree, after a meson setup in _build):
 *
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -DCANDOR_LIBFUZZER \
 *     -I_build -Isrc/core tests/fuzz-segment.c src/core/candor-vault.c \
 *     src/core/candor-atomic.c src/core/candor-secure.c \
 *     $(pkg-config --cflags --libs gio-2.0 json-glib-1.0 libsodium) -o fuzz-segment
 *   ./fuzz-segment -max_len=4096 tests/fuzz-corpus/segment
 *
 * Built normally (the meson test), main() replays every file of the corpus as a test
 * case: files named valid-* must decode, everything else must be refused cleanly.
 * `fuzz-segment --write-seeds DIR` regenerates the seeds with the fixed test key.
 */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "candor-vault-private.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* Fixed, so that corpus files made with it decode in every run. */
static const guint8 fuzz_key[CANDOR_VAULT_KEY_BYTES] = {
  0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f,
  0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f,
};
static const guint8 fuzz_vault_id[CANDOR_VAULT_ID_BYTES] = {
  0xc0, 0xff, 0xee, 0x00, 0x5e, 0xed, 0x40, 0x00, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01,
};
#define FUZZ_SEGMENT "2025"

static void
decode_one (const guint8 *data,
            gsize         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) key_error = NULL;
  g_autoptr(GBytes) plaintext = NULL;
  CandorSegmentInfo info = { 0 };
  CandorKeyFileInfo key_info = { 0 };

  plaintext = candor_vault_decode_segment (fuzz_key, fuzz_vault_id, FUZZ_SEGMENT,
                                           "fuzz.candor", data, size, &info, &error);

  /* Exactly one of a result or an error, and only the errors a reader can expect. */
  g_assert_true ((plaintext == NULL) != (error == NULL));
  if (plaintext != NULL)
    {
      g_assert_cmpuint (g_bytes_get_size (plaintext), ==, info.plaintext_len);
      g_assert_cmpuint (info.major, ==, CANDOR_VAULT_MAJOR);
    }
  else
    g_assert_true (g_error_matches (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_DAMAGED) ||
                   g_error_matches (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_FOREIGN) ||
                   g_error_matches (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_NEWER_VERSION));

  /* The key file parser sees the same bytes (no KDF runs here). */
  if (candor_vault_parse_key_file (data, size, "vault.key", &key_info, &key_error))
    {
      g_assert_cmpuint (key_info.opslimit, <=, CANDOR_VAULT_OPSLIMIT_MAX);
      g_assert_cmpuint (key_info.memlimit, <=, CANDOR_VAULT_MEMLIMIT_MAX);
    }
  else
    g_assert_nonnull (key_error);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static gboolean initialised;

  if (!initialised)
    {
      g_assert_cmpint (sodium_init (), >=, 0);
      initialised = TRUE;
    }

  decode_one (data, size);

  /* Random bytes almost never pass the checksum, which guards everything after it; a
   * second pass with the trailer made right lets the fuzzer reach the header parser. */
  if (size >= CANDOR_VAULT_TRAILER_BYTES)
    {
      g_autofree guint8 *copy = g_memdup2 (data, size);

      candor_vault_fix_trailer (copy, size);
      decode_one (copy, size);
    }

  return 0;
}

#ifndef CANDOR_LIBFUZZER

static void
replay_file (gconstpointer user_data)
{
  const char *path = user_data;
  g_autofree char *base = g_path_get_basename (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) plaintext = NULL;
  g_autofree char *contents = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (path, &contents, &len, &error));
  g_assert_no_error (error);

  LLVMFuzzerTestOneInput ((const uint8_t *) contents, len);

  /* Named seeds also say what they must do. */
  plaintext = candor_vault_decode_segment (fuzz_key, fuzz_vault_id, FUZZ_SEGMENT,
                                           "fuzz.candor", (const guint8 *) contents, len,
                                           NULL, &error);
  if (g_str_has_prefix (base, "valid-"))
    g_assert_no_error (error);
  else if (g_str_has_prefix (base, "bad-"))
    g_assert_nonnull (error);
}

static void
write_seed (const char   *dir,
            const char   *name,
            const guint8 *data,
            gsize         len)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  if (!g_file_set_contents (path, (const char *) data, len, &error))
    g_error ("%s", error->message);
}

static void
write_seed_bytes (const char *dir,
                  const char *name,
                  GBytes     *bytes)
{
  write_seed (dir, name, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* Copies @bytes, applies @edit at @offset (XOR), optionally fixes the trailer. */
static void
write_edited (const char *dir,
              const char *name,
              GBytes     *bytes,
              gsize       offset,
              guint8      xor_value,
              gboolean    fix_trailer)
{
  gsize len = g_bytes_get_size (bytes);
  g_autofree guint8 *copy = g_memdup2 (g_bytes_get_data (bytes, NULL), len);

  copy[offset] ^= xor_value;
  if (fix_trailer)
    candor_vault_fix_trailer (copy, len);
  write_seed (dir, name, copy, len);
}

static void
write_seeds (const char *dir)
{
  const char *json = "{\"entries\": [{\"feeling\": \"hopeful\", \"note\": \"Привет, 你好\"}]}";
  g_autoptr(GBytes) valid = NULL;
  g_autoptr(GBytes) empty = NULL;
  g_autoptr(GBytes) minor = NULL;
  g_autoptr(GBytes) other = NULL;
  gsize len;
  g_autofree guint8 *copy = NULL;

  g_assert_cmpint (sodium_init (), >=, 0);
  g_mkdir_with_parents (dir, 0755);

  valid = candor_vault_encode_segment_full (fuzz_key, fuzz_vault_id, FUZZ_SEGMENT, 3,
                                            1735689600000000, 0, 0,
                                            (const guint8 *) json, strlen (json));
  empty = candor_vault_encode_segment_full (fuzz_key, fuzz_vault_id, FUZZ_SEGMENT, 1,
                                            1735689600000000, 0, 0, NULL, 0);
  minor = candor_vault_encode_segment_full (fuzz_key, fuzz_vault_id, FUZZ_SEGMENT, 9,
                                            1735689600000000, 4, 32,
                                            (const guint8 *) json, strlen (json));
  other = candor_vault_encode_segment_full (fuzz_key, fuzz_vault_id, "2024", 3,
                                            1735689600000000, 0, 0,
                                            (const guint8 *) json, strlen (json));
  len = g_bytes_get_size (valid);

  write_seed_bytes (dir, "valid-2025", valid);
  write_seed_bytes (dir, "valid-empty-plaintext", empty);
  write_seed_bytes (dir, "valid-newer-minor", minor);
  write_seed_bytes (dir, "bad-other-year", other);
  write_seed (dir, "bad-truncated-header", g_bytes_get_data (valid, NULL), 50);
  write_seed (dir, "bad-truncated-tail", g_bytes_get_data (valid, NULL), len - 1);
  write_seed (dir, "bad-empty", NULL, 0);
  write_seed (dir, "bad-foreign", (const guint8 *) json, strlen (json));
  write_edited (dir, "bad-flipped-header", valid, CANDOR_VAULT_SEG_OFF_GEN, 0x04, FALSE);
  write_edited (dir, "bad-flipped-body", valid, len / 2 + 20, 0x80, FALSE);
  write_edited (dir, "bad-flipped-trailer", valid, len - 1, 0x01, FALSE);
  write_edited (dir, "bad-tampered-body-fixed-trailer", valid, len - 40, 0x01, TRUE);
  write_edited (dir, "bad-newer-major", valid, CANDOR_VAULT_OFF_MAJOR, 0x03, TRUE);

  /* Lengths that would mean huge allocations if trusted. */
  copy = g_memdup2 (g_bytes_get_data (valid, NULL), len);
  memset (copy + CANDOR_VAULT_SEG_OFF_CT_LEN, 0xff, 8);
  candor_vault_fix_trailer (copy, len);
  write_seed (dir, "bad-huge-ciphertext-length", copy, len);
  memcpy (copy, g_bytes_get_data (valid, NULL), len);
  memset (copy + CANDOR_VAULT_OFF_HEADER_LEN, 0xff, 4);
  candor_vault_fix_trailer (copy, len);
  write_seed (dir, "bad-huge-header-length", copy, len);
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *corpus = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (argc == 3 && g_str_equal (argv[1], "--write-seeds"))
    {
      write_seeds (argv[2]);
      return 0;
    }

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  /* The corpus in the source tree, plus any files or folders named on the command line
   * (crashes found by libFuzzer, say). */
  corpus = g_test_build_filename (G_TEST_DIST, "fuzz-corpus", "segment", NULL);
  for (int i = 0; i <= argc - 1; i++)
    {
      const char *root = i == 0 ? corpus : argv[i];

      if (g_file_test (root, G_FILE_TEST_IS_DIR) && (dir = g_dir_open (root, 0, NULL)))
        {
          while ((name = g_dir_read_name (dir)))
            g_ptr_array_add (files, g_build_filename (root, name, NULL));
          g_clear_pointer (&dir, g_dir_close);
        }
      else if (i > 0 && g_file_test (root, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (files, g_strdup (root));
    }

  g_ptr_array_sort (files, compare_paths);
  for (guint i = 0; i < files->len; i++)
    {
      const char *path = g_ptr_array_index (files, i);
      g_autofree char *base = g_path_get_basename (path);
      g_autofree char *test_path = g_strdup_printf ("/fuzz/segment/%s", base);

      g_test_add_data_func_full (test_path, g_strdup (path), replay_file, g_free);
    }

  if (files->len == 0)
    g_error ("No corpus files found in %s", corpus);

  return g_test_run ();
}

#endif /* CANDOR_LIBFUZZER */
