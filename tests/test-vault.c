/* test-vault.c — the vault: format, crypto, damage, backups, locking
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "candor-vault-private.h"

#define PASSPHRASE "correct horse battery staple"

static char *
vault_dir (void)
{
  /* G_TEST_OPTION_ISOLATE_DIRS gives every test case its own data folder. */
  return g_build_filename (g_get_user_data_dir (), "journal", NULL);
}

static char *
file_in (CandorVault *vault,
         const char  *name)
{
  return g_build_filename (candor_vault_get_directory (vault), name, NULL);
}

static CandorVault *
new_vault (void)
{
  g_autofree char *dir = vault_dir ();
  CandorVault *vault = candor_vault_new (dir);

  candor_vault_set_kdf_limits (vault, crypto_pwhash_OPSLIMIT_INTERACTIVE,
                               crypto_pwhash_MEMLIMIT_INTERACTIVE);
  return vault;
}

static CandorVault *
create_vault (void)
{
  g_autoptr(GError) error = NULL;
  CandorVault *vault = new_vault ();

  g_assert_true (candor_vault_create (vault, PASSPHRASE, &error));
  g_assert_no_error (error);
  return vault;
}

static CandorVault *
open_vault (void)
{
  g_autoptr(GError) error = NULL;
  CandorVault *vault = new_vault ();

  g_assert_true (candor_vault_unlock (vault, PASSPHRASE, &error));
  g_assert_no_error (error);
  return vault;
}

static GBytes *
text (const char *s)
{
  return g_bytes_new (s, strlen (s));
}

static gboolean
write_one (CandorVault  *vault,
           const char   *name,
           const char   *contents,
           GError      **error)
{
  g_autoptr(GHashTable) table = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                       (GDestroyNotify) g_bytes_unref);

  g_hash_table_insert (table, (gpointer) name, text (contents));
  return candor_vault_write_segments (vault, table, error);
}

static void
assert_write_one (CandorVault *vault,
                  const char  *name,
                  const char  *contents)
{
  g_autoptr(GError) error = NULL;
  gboolean written = write_one (vault, name, contents, &error);

  /* The error first: it says why. */
  g_assert_no_error (error);
  g_assert_true (written);
}

static void
assert_segment (CandorVault *vault,
                const char  *name,
                const char  *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = candor_vault_read_segment (vault, name, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                   expected, strlen (expected));
}

static GBytes *
slurp (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (path, &contents, &len, &error));
  g_assert_no_error (error);
  return g_bytes_new_take (contents, len);
}

static void
spew (const char   *path,
      const guint8 *data,
      gsize         len)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, (const char *) data, len, &error));
  g_assert_no_error (error);
}

static void
assert_bytes_equal (GBytes *a,
                    GBytes *b)
{
  g_assert_cmpmem (g_bytes_get_data (a, NULL), g_bytes_get_size (a),
                   g_bytes_get_data (b, NULL), g_bytes_get_size (b));
}

static void
assert_mode (const char *path,
             guint       mode)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpuint (st.st_mode & 0777, ==, mode);
}

/* ───────────────────────────── basics ───────────────────────────── */

static void
test_segment_names (void)
{
  const char *good[] = { "profile", "2024", "2025", "1999", "9999" };
  const char *bad[] = { "", "Profile", "profile ", "../2025", "2025/", "202", "20255",
                        "0999", "20a5", "2025.candor", "vault", "/etc/passwd", ".lock" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    g_assert_true (candor_vault_is_valid_segment_name (good[i]));
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    g_assert_false (candor_vault_is_valid_segment_name (bad[i]));
  g_assert_false (candor_vault_is_valid_segment_name (NULL));
}

static void
test_not_found (void)
{
  g_autoptr(CandorVault) vault = new_vault ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) segments = NULL;

  g_assert_false (candor_vault_exists (vault));
  g_assert_null (candor_vault_get_id (vault));
  g_assert_false (candor_vault_load (vault, &error));
  g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_false (candor_vault_unlock (vault, PASSPHRASE, &error));
  g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_NOT_FOUND);
  g_clear_error (&error);

  segments = candor_vault_list_segments (vault);
  g_assert_cmpuint (g_strv_length (segments), ==, 0);
}

static void
test_default_directory (void)
{
  g_autoptr(CandorVault) vault = candor_vault_new (NULL);
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (),
                                                "io.github.candorapp.Candor", NULL);

  g_assert_cmpstr (candor_vault_get_directory (vault), ==, expected);
}

static void
test_create_unlock_lock (void)
{
  g_autoptr(CandorVault) vault = create_vault ();
  g_autoptr(CandorVault) again = NULL;
  g_autoptr(CandorVault) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *key_path = file_in (vault, "vault.key");
  g_autofree char *id = NULL;

  g_assert_true (candor_vault_exists (vault));
  g_assert_true (candor_vault_is_unlocked (vault));
  id = g_strdup (candor_vault_get_id (vault));
  g_assert_true (g_uuid_string_is_valid (id));
  assert_mode (candor_vault_get_directory (vault), 0700);
  assert_mode (key_path, 0600);

  candor_vault_lock (vault);
  g_assert_false (candor_vault_is_unlocked (vault));
  bytes = candor_vault_read_segment (vault, "profile", &error);
  g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_LOCKED);
  g_assert_null (bytes);
  g_clear_error (&error);
  g_assert_false (write_one (vault, "profile", "{}", &error));
  g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_LOCKED);
  g_clear_error (&error);

  /* The id is readable without the passphrase. */
  other = new_vault ();
  g_assert_cmpstr (candor_vault_get_id (other), ==, id);
  g_assert_false (candor_vault_is_unlocked (other));

  g_assert_true (candor_vault_unlock (vault, PASSPHRASE, &error));
  g_assert_no_error (error);
  g_assert_true (candor_vault_is_unlocked (vault));

  /* Never over an existing journal. */
  again = new_vault ();
  g_assert_false (candor_vault_create (again, "another passphrase", &error));
  g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_EXISTS);
  g_assert_cmpstr (candor_vault_get_id (again), ==, id);
}

static void
test_create_refuses_orphan_segments (void)
{
  g_autoptr(CandorVault) vault = create_vault ();
  g_autoptr(CandorVault) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *key_path = file_in (vault, "vault.key");

  assert_write_one (vault, "2025", "{}");
  g_assert_cmpint (g_unlink (key_path), ==, 0);

  /* A lost key file must not be "fixed" by a new key that can never read 2025. */
  again = new_vault ();
  g_assert_false (candor_vault_create (again, PASSPHRASE, &error));
  g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_EXISTS);
}

static void
test_wrong_passphrase (void)
{
  g_autoptr(CandorVault) created = create_vault ();
  g_autoptr(CandorVault) vault = new_vault ();
  g_autoptr(GError) error = NULL;

  g_assert_false (candor_vault_unlock (vault, "wrong horse", &error));
  g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_WRONG_PASSPHRASE);
  g_assert_false (candor_vault_is_unlocked (vault));
  g_clear_error (&error);

  g_assert_false (candor_vault_unlock (vault, "", &error));
  g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_WRONG_PASSPHRASE);
}

static void
test_default_kdf_is_moderate (void)
{
  g_autofree char *dir = vault_dir ();
  g_autoptr(CandorVault) vault = candor_vault_new (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) key = NULL;
  g_autofree char *key_path = NULL;
  const guint8 *data;
  guint64 ops;
  guint64 mem;

  g_assert_true (candor_vault_create (vault, PASSPHRASE, &error));
  g_assert_no_error (error);

  key_path = file_in (vault, "vault.key");
  key = slurp (key_path);
  data = g_bytes_get_data (key, NULL);
  g_assert_cmpuint (g_bytes_get_size (key), ==, CANDOR_VAULT_KEY_FILE_LEN);
  memcpy (&ops, data + CANDOR_VAULT_KEY_OFF_OPSLIMIT, 8);
  memcpy (&mem, data + CANDOR_VAULT_KEY_OFF_MEMLIMIT, 8);
  g_assert_cmpuint (GUINT64_FROM_LE (ops), ==, crypto_pwhash_OPSLIMIT_MODERATE);
  g_assert_cmpuint (GUINT64_FROM_LE (mem), ==, crypto_pwhash_MEMLIMIT_MODERATE);
}

static void
test_round_trip (void)
{
  g_autoptr(CandorVault) vault = create_vault ();
  g_autoptr(CandorVault) reopened = NULL;
  g_autoptr(GHashTable) table = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                       (GDestroyNotify) g_bytes_unref);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) big = NULL;
  g_autofree char *big_text = NULL;
  g_auto(GStrv) segments = NULL;
  const char *expected[] = { "profile", "2024", "2025", NULL };

  big_text = g_strnfill (1024 * 1024, 'x');
  big = g_bytes_new (big_text, strlen (big_text));

  g_hash_table_insert (table, (gpointer) "2025", text ("{\"year\": 2025, \"text\": \"Привет, 你好\"}"));
  g_hash_table_insert (table, (gpointer) "profile", text ("{\"people\": []}"));
  g_hash_table_insert (table, (gpointer) "2024", g_bytes_ref (big));
  g_assert_true (candor_vault_write_segments (vault, table, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (candor_vault_get_generation (vault, "2025"), ==, 1);

  segments = candor_vault_list_segments (vault);
  g_assert_cmpstrv (segments, expected);

  reopened = open_vault ();
  assert_segment (reopened, "profile", "{\"people\": []}");
  assert_segment (reopened, "2025", "{\"year\": 2025, \"text\": \"Привет, 你好\"}");
  assert_segment (reopened, "2024", big_text);
  g_assert_cmpuint (candor_vault_get_generation (reopened, "2025"), ==, 1);

  for (guint i = 0; expected[i] != NULL; i++)
    {
      g_autofree char *name = g_strconcat (expected[i], ".candor", NULL);
      g_autofree char *path = file_in (vault, name);

      assert_mode (path, 0600);
    }

  /* Only what is in the table is rewritten. */
  {
    g_autofree char *path_2024 = file_in (vault, "2024.candor");
    g_autoptr(GBytes) before = slurp (path_2024);
    g_autoptr(GBytes) after = NULL;

    assert_write_one (reopened, "2025", "{}");
    after = slurp (path_2024);
    assert_bytes_equal (before, after);
    g_assert_cmpuint (candor_vault_get_generation (reopened, "2025"), ==, 2);
  }

  /* Empty plaintext is still a valid segment. */
  assert_write_one (reopened, "profile", "");
  assert_segment (vault, "profile", "");
}

static void
test_read_missing_segment (void)
{
  g_autoptr(CandorVault) vault = create_vault ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  bytes = candor_vault_read_segment (vault, "2023", &error);
  g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_NOT_FOUND);
  g_assert_null (bytes);
}

static void
test_invalid_names (void)
{
  g_autoptr(CandorVault) vault = create_vault ();
  g_autoptr(GHashTable) table = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                       (GDestroyNotify) g_bytes_unref);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_auto(GStrv) segments = NULL;

  bytes = candor_vault_read_segment (vault, "../vault", &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  /* One bad name and nothing at all is written. */
  g_hash_table_insert (table, (gpointer) "profile", text ("{}"));
  g_hash_table_insert (table, (gpointer) "../../escape", text ("{}"));
  g_assert_false (candor_vault_write_segments (vault, table, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  segments = candor_vault_list_segments (vault);
  g_assert_cmpuint (g_strv_length (segments), ==, 0);
}

static void
test_change_passphrase (void)
{
  g_autoptr(CandorVault) vault = create_vault ();
  g_autoptr(CandorVault) fresh = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *key_path = file_in (vault, "vault.key");
  g_autofree char *profile_path = file_in (vault, "profile.candor");
  g_autofree char *year_path = file_in (vault, "2025.candor");
  g_autoptr(GBytes) key_before = NULL;
  g_autoptr(GBytes) key_after = NULL;
  g_autoptr(GBytes) profile_before = NULL;
  g_autoptr(GBytes) profile_after = NULL;
  g_autoptr(GBytes) year_before = NULL;
  g_autoptr(GBytes) year_after = NULL;
  g_autofree char *id = g_strdup (candor_vault_get_id (vault));

  assert_write_one (vault, "profile", "{\"name\": \"Sam\"}");
  assert_write_one (vault, "2025", "{\"entries\": [1, 2, 3]}");
  key_before = slurp (key_path);
  profile_before = slurp (profile_path);
  year_before = slurp (year_path);

  g_assert_false (candor_vault_change_passphrase (vault, "not it", "new one", &error));
  g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_WRONG_PASSPHRASE);
  g_clear_error (&error);
  key_after = slurp (key_path);
  assert_bytes_equal (key_before, key_after);
  g_clear_pointer (&key_after, g_bytes_unref);

  g_assert_true (candor_vault_change_passphrase (vault, PASSPHRASE, "a brand new passphrase",
                                                 &error));
  g_assert_no_error (error);

  key_after = slurp (key_path);
  profile_after = slurp (profile_path);
  year_after = slurp (year_path);
  g_assert_false (g_bytes_equal (key_before, key_after));
  assert_bytes_equal (profile_before, profile_after);
  assert_bytes_equal (year_before, year_after);
  assert_mode (key_path, 0600);

  fresh = new_vault ();
  g_assert_false (candor_vault_unlock (fresh, PASSPHRASE, &error));
  g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_WRONG_PASSPHRASE);
  g_clear_error (&error);
  g_assert_true (candor_vault_unlock (fresh, "a brand new passphrase", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (candor_vault_get_id (fresh), ==, id);
  assert_segment (fresh, "2025", "{\"entries\": [1, 2, 3]}");
  assert_segment (fresh, "profile", "{\"name\": \"Sam\"}");
}

/* ───────────────────────────── damage ───────────────────────────── */

typedef struct
{
  CandorVault *vault;
  char        *key_path;
  char        *year_path;
  GBytes      *key;
  GBytes      *year;
} Small;

static void
small_setup (Small *small)
{
  small->vault = create_vault ();
  assert_write_one (small->vault, "2025", "{\"a\": 1}");
  small->key_path = file_in (small->vault, "vault.key");
  small->year_path = file_in (small->vault, "2025.candor");
  small->key = slurp (small->key_path);
  small->year = slurp (small->year_path);
}

static void
small_teardown (Small *small)
{
  g_clear_object (&small->vault);
  g_free (small->key_path);
  g_free (small->year_path);
  g_bytes_unref (small->key);
  g_bytes_unref (small->year);
}

/* Unlocks a new vault object after the key file was replaced. */
static GError *
try_unlock (void)
{
  g_autoptr(CandorVault) vault = new_vault ();
  GError *error = NULL;

  if (candor_vault_unlock (vault, PASSPHRASE, &error))
    return NULL;
  g_assert_nonnull (error);
  return error;
}

static GError *
try_read (CandorVault *vault,
          const char  *name)
{
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;

  bytes = candor_vault_read_segment (vault, name, &error);
  g_assert_true ((bytes == NULL) == (error != NULL));
  return error;
}

static void
test_flip_every_byte (void)
{
  static const guint8 flips[] = { 0x01, 0x80, 0xff };
  Small small;

  small_setup (&small);

  for (int which = 0; which < 2; which++)
    {
      GBytes *original = which == 0 ? small.key : small.year;
      const char *path = which == 0 ? small.key_path : small.year_path;
      gsize len;
      const guint8 *orig = g_bytes_get_data (original, &len);
      g_autofree guint8 *copy = g_memdup2 (orig, len);

      for (gsize i = 0; i < len; i++)
        for (guint f = 0; f < G_N_ELEMENTS (flips); f++)
          {
            g_autoptr(GError) error = NULL;

            copy[i] = orig[i] ^ flips[f];
            spew (path, copy, len);
            error = which == 0 ? try_unlock () : try_read (small.vault, "2025");
            copy[i] = orig[i];

            if (error == NULL)
              g_error ("A flip of 0x%02x at byte %" G_GSIZE_FORMAT " of %s went unnoticed",
                       flips[f], i, path);

            /* The magic says whether this is our file at all; past it, the trailer
             * catches every change before the passphrase is even tried. */
            if (i < CANDOR_VAULT_MAGIC_LEN)
              g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_FOREIGN);
            else
              g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_DAMAGED);
          }

      spew (path, orig, len);
    }

  /* Untouched again, it all still works. */
  g_assert_null (try_unlock ());
  assert_segment (small.vault, "2025", "{\"a\": 1}");
  small_teardown (&small);
}

static void
test_truncations (void)
{
  Small small;

  small_setup (&small);

  for (int which = 0; which < 2; which++)
    {
      GBytes *original = which == 0 ? small.key : small.year;
      const char *path = which == 0 ? small.key_path : small.year_path;
      gsize len;
      const guint8 *orig = g_bytes_get_data (original, &len);

      for (gsize cut = 0; cut < len; cut++)
        {
          g_autoptr(GError) error = NULL;

          spew (path, orig, cut);
          error = which == 0 ? try_unlock () : try_read (small.vault, "2025");
          if (!g_error_matches (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_DAMAGED))
            g_error ("%s cut to %" G_GSIZE_FORMAT " bytes: %s", path, cut,
                     error ? error->message : "read fine");
          if (cut > 0)
            g_assert_nonnull (strstr (error->message, which == 0 ? "vault.key" : "2025.candor"));
        }

      /* Appended bytes are damage too. */
      {
        g_autoptr(GError) error = NULL;
        g_autofree guint8 *longer = g_malloc0 (len + 1);

        memcpy (longer, orig, len);
        spew (path, longer, len + 1);
        error = which == 0 ? try_unlock () : try_read (small.vault, "2025");
        g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_DAMAGED);
      }

      spew (path, orig, len);
    }

  small_teardown (&small);
}

/* Changes that keep the checksum right (as a deliberate edit would) must still fail:
 * the AEAD covers the header, the name and the ciphertext. */
static void
test_tamper_with_fixed_trailer (void)
{
  g_autoptr(CandorVault) vault = new_vault ();
  g_autoptr(GError) error = NULL;
  g_autofree char *key_path = NULL;
  g_autofree char *year_path = NULL;
  g_autoptr(GBytes) key = NULL;
  g_autoptr(GBytes) year = NULL;

  /* The cheapest KDF, since every key file edit below runs it. */
  candor_vault_set_kdf_limits (vault, CANDOR_VAULT_OPSLIMIT_MIN, CANDOR_VAULT_MEMLIMIT_MIN);
  g_assert_true (candor_vault_create (vault, PASSPHRASE, &error));
  g_assert_no_error (error);
  assert_write_one (vault, "2025", "{\"a\": 1}");
  key_path = file_in (vault, "vault.key");
  year_path = file_in (vault, "2025.candor");
  key = slurp (key_path);
  year = slurp (year_path);

  for (int which = 0; which < 2; which++)
    {
      GBytes *original = which == 0 ? key : year;
      const char *path = which == 0 ? key_path : year_path;
      gsize len;
      const guint8 *orig = g_bytes_get_data (original, &len);
      g_autofree guint8 *copy = g_memdup2 (orig, len);

      for (gsize i = 0; i < len - CANDOR_VAULT_TRAILER_BYTES; i++)
        {
          g_autoptr(GError) e = NULL;

          copy[i] = orig[i] ^ 0x01;
          candor_vault_fix_trailer (copy, len);
          spew (path, copy, len);
          e = which == 0 ? try_unlock () : try_read (vault, "2025");
          memcpy (copy, orig, len);

          if (e == NULL)
            g_error ("An edit at byte %" G_GSIZE_FORMAT " of %s went unnoticed", i, path);

          if (i < CANDOR_VAULT_MAGIC_LEN)
            g_assert_error (e, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_FOREIGN);
          else if (i == CANDOR_VAULT_OFF_MAJOR || i == CANDOR_VAULT_OFF_MAJOR + 1)
            /* A consistent file claiming another major version is, as far as anyone
             * can tell, from another version. 1 ^ 1 = 0 is simply invalid. */
            g_assert_true (g_error_matches (e, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_NEWER_VERSION) ||
                           g_error_matches (e, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_DAMAGED));
          else if (which == 0)
            /* Header edits that parse change what the passphrase must unwrap. */
            g_assert_true (g_error_matches (e, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_WRONG_PASSPHRASE) ||
                           g_error_matches (e, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_DAMAGED));
          else
            /* The key is proven right, so a segment that fails is damaged. */
            g_assert_error (e, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_DAMAGED);
        }

      spew (path, orig, len);
    }
}

static void
test_swapped_year (void)
{
  g_autoptr(CandorVault) vault = create_vault ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path_2024 = file_in (vault, "2024.candor");
  g_autofree char *path_2025 = file_in (vault, "2025.candor");
  g_autoptr(GBytes) bytes_2024 = NULL;

  assert_write_one (vault, "2024", "{\"year\": 2024}");
  assert_write_one (vault, "2025", "{\"year\": 2025}");

  bytes_2024 = slurp (path_2024);
  spew (path_2025, g_bytes_get_data (bytes_2024, NULL), g_bytes_get_size (bytes_2024));

  error = try_read (vault, "2025");
  g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_DAMAGED);
  g_assert_nonnull (strstr (error->message, "2025.candor"));
  g_assert_nonnull (strstr (error->message, "2024"));
}

static void
test_other_vaults_file (void)
{
  g_autoptr(CandorVault) vault = create_vault ();
  g_autoptr(CandorVault) stranger = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *stranger_dir = g_build_filename (g_get_user_data_dir (), "other", NULL);
  g_autofree char *theirs = g_build_filename (stranger_dir, "2025.candor", NULL);
  g_autofree char *ours = file_in (vault, "2025.candor");
  g_autoptr(GBytes) bytes = NULL;

  stranger = candor_vault_new (stranger_dir);
  candor_vault_set_kdf_limits (stranger, CANDOR_VAULT_OPSLIMIT_MIN, CANDOR_VAULT_MEMLIMIT_MIN);
  g_assert_true (candor_vault_create (stranger, "theirs", &error));
  assert_write_one (stranger, "2025", "{\"whose\": \"theirs\"}");

  bytes = slurp (theirs);
  spew (ours, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  error = try_read (vault, "2025");
  g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_DAMAGED);
}

static void
test_foreign_files (void)
{
  g_autoptr(CandorVault) vault = create_vault ();
  g_autoptr(CandorVault) fresh = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *key_path = file_in (vault, "vault.key");
  g_autofree char *year_path = file_in (vault, "2025.candor");
  g_autoptr(GBytes) key = slurp (key_path);
  const char *note = "Dear diary, this is not a Candor file at all.\n";

  spew (year_path, (const guint8 *) note, strlen (note));
  error = try_read (vault, "2025");
  g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_FOREIGN);
  g_clear_error (&error);

  /* A key file where a segment should be is not a segment either. */
  spew (year_path, g_bytes_get_data (key, NULL), g_bytes_get_size (key));
  error = try_read (vault, "2025");
  g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_FOREIGN);
  g_clear_error (&error);

  spew (key_path, (const guint8 *) note, strlen (note));
  fresh = new_vault ();
  g_assert_false (candor_vault_load (fresh, &error));
  g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_FOREIGN);
  g_assert_null (candor_vault_get_id (fresh));
  g_clear_error (&error);
  g_assert_false (candor_vault_unlock (fresh, PASSPHRASE, &error));
  g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_FOREIGN);
}

static void
set_u16 (guint8  *data,
         gsize    offset,
         guint16  value)
{
  value = GUINT16_TO_LE (value);
  memcpy (data + offset, &value, 2);
}

static void
set_u64 (guint8  *data,
         gsize    offset,
         guint64  value)
{
  value = GUINT64_TO_LE (value);
  memcpy (data + offset, &value, 8);
}

static void
test_newer_major (void)
{
  Small small;
  g_autoptr(CandorVault) fresh = NULL;
  g_autoptr(GError) error = NULL;
  gsize len;
  g_autofree guint8 *copy = NULL;

  small_setup (&small);

  copy = g_bytes_unref_to_data (g_bytes_ref (small.year), &len);
  set_u16 (copy, CANDOR_VAULT_OFF_MAJOR, CANDOR_VAULT_MAJOR + 1);
  candor_vault_fix_trailer (copy, len);
  spew (small.year_path, copy, len);
  error = try_read (small.vault, "2025");
  g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_NEWER_VERSION);
  g_assert_cmpstr (error->message, ==,
                   "This journal was made by a newer version of Candor. "
                   "Update Candor to open it.");
  g_clear_error (&error);
  g_clear_pointer (&copy, g_free);

  /* Nor is it ever saved over. */
  g_assert_false (write_one (small.vault, "2025", "{}", &error));
  g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_CHANGED_ON_DISK);
  g_clear_error (&error);

  copy = g_bytes_unref_to_data (g_bytes_ref (small.key), &len);
  set_u16 (copy, CANDOR_VAULT_OFF_MAJOR, 7);
  candor_vault_fix_trailer (copy, len);
  spew (small.key_path, copy, len);
  fresh = new_vault ();
  g_assert_false (candor_vault_load (fresh, &error));
  g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_NEWER_VERSION);
  g_clear_error (&error);
  g_assert_false (candor_vault_unlock (fresh, PASSPHRASE, &error));
  g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_NEWER_VERSION);

  small_teardown (&small);
}

static void
test_newer_minor_is_readable (void)
{
  g_autoptr(CandorVault) vault = create_vault ();
  g_autoptr(GError) error = NULL;
  g_autofree char *key_path = file_in (vault, "vault.key");
  g_autofree char *year_path = file_in (vault, "2025.candor");
  g_autoptr(GBytes) key_file = slurp (key_path);
  g_autoptr(GBytes) encoded = NULL;
  CandorKeyFileInfo info;
  guint8 *data_key;
  const char *json = "{\"from\": \"the future\"}";

  data_key = candor_vault_unwrap_key (g_bytes_get_data (key_file, NULL),
                                      g_bytes_get_size (key_file), "vault.key", PASSPHRASE,
                                      &info, &error);
  g_assert_no_error (error);

  /* Version 1.3 with 40 more header bytes a 1.0 reader does not know. */
  encoded = candor_vault_encode_segment_full (data_key, info.vault_id, "2025", 7,
                                              g_get_real_time (), 3, 40,
                                              (const guint8 *) json, strlen (json));
  sodium_free (data_key);
  spew (year_path, g_bytes_get_data (encoded, NULL), g_bytes_get_size (encoded));

  assert_segment (vault, "2025", json);
  g_assert_cmpuint (candor_vault_get_generation (vault, "2025"), ==, 7);

  /* Read, so it may be saved over (as the current version). */
  assert_write_one (vault, "2025", "{}");
  g_assert_cmpuint (candor_vault_get_generation (vault, "2025"), ==, 8);
}

static void
test_huge_kdf_limits_refused (void)
{
  const struct { guint64 ops; guint64 mem; } crafted[] = {
    { 3, G_GUINT64_CONSTANT (1) << 40 },           /* a terabyte */
    { 3, (G_GUINT64_CONSTANT (2) << 30) },         /* 2 GiB, just over SENSITIVE */
    { G_MAXUINT32, 8192 },                          /* hours of work */
    { G_MAXUINT64, G_MAXUINT64 },
    { 0, 8192 },
    { 3, 1024 },
  };
  Small small;

  small_setup (&small);

  for (guint i = 0; i < G_N_ELEMENTS (crafted); i++)
    {
      g_autoptr(GError) error = NULL;
      gsize len;
      g_autofree guint8 *copy = g_bytes_unref_to_data (g_bytes_ref (small.key), &len);
      gint64 start;

      set_u64 (copy, CANDOR_VAULT_KEY_OFF_OPSLIMIT, crafted[i].ops);
      set_u64 (copy, CANDOR_VAULT_KEY_OFF_MEMLIMIT, crafted[i].mem);
      candor_vault_fix_trailer (copy, len);
      spew (small.key_path, copy, len);

      start = g_get_monotonic_time ();
      error = try_unlock ();
      /* Refused before the KDF: a quick answer, and DAMAGED rather than "out of
       * memory" or a wrong passphrase. */
      g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_DAMAGED);
      g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
    }

  small_teardown (&small);
}

/* ───────────────────────────── saving ───────────────────────────── */

static void
test_changed_on_disk (void)
{
  g_autoptr(CandorVault) a = create_vault ();
  g_autoptr(CandorVault) b = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) theirs = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GBytes) profile_before = NULL;
  g_autoptr(GBytes) profile_after = NULL;
  g_autoptr(GHashTable) table = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                       (GDestroyNotify) g_bytes_unref);
  g_autofree char *profile_path = file_in (a, "profile.candor");
  g_autofree char *year_path = file_in (a, "2025.candor");

  assert_write_one (a, "profile", "{\"v\": 1}");
  assert_write_one (a, "2025", "{\"v\": 1}");

  /* Someone else (the command line, say) saves 2025 meanwhile. */
  b = open_vault ();
  assert_segment (b, "2025", "{\"v\": 1}");
  assert_write_one (b, "2025", "{\"v\": \"theirs\"}");
  theirs = slurp (year_path);
  profile_before = slurp (profile_path);

  /* Ours would overwrite theirs: refused, and the profile in the same save is not
   * written either. */
  g_hash_table_insert (table, (gpointer) "profile", text ("{\"v\": 2}"));
  g_hash_table_insert (table, (gpointer) "2025", text ("{\"v\": \"ours\"}"));
  g_assert_false (candor_vault_write_segments (a, table, &error));
  g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_CHANGED_ON_DISK);
  g_assert_nonnull (strstr (error->message, "2025.candor"));
  g_clear_error (&error);
  after = slurp (year_path);
  assert_bytes_equal (theirs, after);
  profile_after = slurp (profile_path);
  assert_bytes_equal (profile_before, profile_after);

  /* After reading theirs, saving works. */
  assert_segment (a, "2025", "{\"v\": \"theirs\"}");
  g_assert_true (candor_vault_write_segments (a, table, &error));
  g_assert_no_error (error);
  assert_segment (b, "2025", "{\"v\": \"ours\"}");
}

/* Saving compares the file on disk with the one last read or written, in small pieces:
 * a change that keeps the length is caught wherever it is, in the middle, in the
 * checksum at the end, or both (another valid file of the same size). */
static void
test_changed_on_disk_same_size (void)
{
  g_autoptr(CandorVault) a = create_vault ();
  g_autofree char *year_path = file_in (a, "2025.candor");
  g_autoptr(GBytes) ours = NULL;
  gsize len;
  struct {
    gsize    from_end;   /* 0: the middle */
    gboolean fix;        /* the checksum made to match: a valid file */
  } changes[] = {
    { 0, FALSE }, { 0, TRUE },
    { 1, FALSE }, { CANDOR_VAULT_TRAILER_BYTES, FALSE },          /* the checksum */
    { CANDOR_VAULT_TRAILER_BYTES + 1, FALSE },                    /* the last content byte */
    { CANDOR_VAULT_TRAILER_BYTES + 1, TRUE },
  };

  /* Larger than the pieces the file is read in. */
  {
    g_autoptr(GString) big = g_string_new ("{\"v\": \"");

    for (guint i = 0; i < 30000; i++)
      g_string_append_printf (big, "%u.", i * 7919u);
    g_string_append (big, "\"}");
    assert_write_one (a, "2025", big->str);
  }
  ours = slurp (year_path);
  len = g_bytes_get_size (ours);
  g_assert_cmpuint (len, >, 3 * 64 * 1024);

  for (guint i = 0; i < G_N_ELEMENTS (changes); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) after = NULL;
      g_autofree guint8 *changed = g_memdup2 (g_bytes_get_data (ours, NULL), len);

      changed[changes[i].from_end == 0 ? len / 2 : len - changes[i].from_end] ^= 0x01;
      if (changes[i].fix)
        candor_vault_fix_trailer (changed, len);
      spew (year_path, changed, len);

      g_assert_false (write_one (a, "2025", "{\"v\": \"ours\"}", &error));
      g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_CHANGED_ON_DISK);
      after = slurp (year_path);
      g_assert_cmpmem (g_bytes_get_data (after, NULL), g_bytes_get_size (after), changed, len);
    }

  /* Put back as it was, it is ours again. */
  spew (year_path, g_bytes_get_data (ours, NULL), g_bytes_get_size (ours));
  assert_write_one (a, "2025", "{\"v\": \"ours\"}");
  assert_segment (a, "2025", "{\"v\": \"ours\"}");
}

static void
test_unread_segment_not_overwritten (void)
{
  g_autoptr(CandorVault) a = create_vault ();
  g_autoptr(CandorVault) b = NULL;
  g_autoptr(GError) error = NULL;

  assert_write_one (a, "2024", "{\"old\": true}");

  /* A fresh vault that never read 2024 must not replace it blindly. */
  b = open_vault ();
  g_assert_false (write_one (b, "2024", "{}", &error));
  g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_CHANGED_ON_DISK);
  assert_segment (b, "2024", "{\"old\": true}");

  /* A segment nobody has written yet is fine. */
  assert_write_one (b, "2023", "{}");
}

static void
test_backups (void)
{
  g_autoptr(CandorVault) vault = create_vault ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) backups = NULL;
  g_auto(GStrv) after_restore = NULL;
  g_autofree char *backup_dir = file_in (vault, "backups");
  g_autofree char *outside = file_in (vault, "profile.candor");

  for (int i = 1; i <= 5; i++)
    {
      g_autofree char *json = g_strdup_printf ("{\"save\": %d}", i);

      assert_write_one (vault, "profile", json);
    }
  g_assert_cmpuint (candor_vault_get_generation (vault, "profile"), ==, 5);
  assert_mode (backup_dir, 0700);

  backups = candor_vault_list_backups (vault, "profile");
  g_assert_cmpuint (g_strv_length (backups), ==, CANDOR_VAULT_N_BACKUPS);
  for (int i = 0; i < CANDOR_VAULT_N_BACKUPS; i++)
    {
      g_autofree char *expected = g_strdup_printf ("{\"save\": %d}", 4 - i);
      g_autoptr(GBytes) bytes = candor_vault_read_backup (vault, backups[i], &error);

      g_assert_no_error (error);
      g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                       expected, strlen (expected));
      g_assert_true (g_str_has_suffix (backups[i], i == 0 ? ".1" : i == 1 ? ".2" : ".3"));
      assert_mode (backups[i], 0600);
    }

  /* Only our backups: no path tricks. */
  {
    g_autofree char *sneaky = g_build_filename (backup_dir, "..", "profile.candor", NULL);
    g_autoptr(GBytes) bytes = candor_vault_read_backup (vault, outside, &error);

    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
    g_assert_null (bytes);
    g_clear_error (&error);
    bytes = candor_vault_read_backup (vault, sneaky, &error);
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
    g_clear_error (&error);
  }

  /* Restoring the oldest copy makes it current; what it replaced becomes backup 1. */
  g_assert_true (candor_vault_restore_backup (vault, backups[2], &error));
  g_assert_no_error (error);
  assert_segment (vault, "profile", "{\"save\": 2}");
  g_assert_cmpuint (candor_vault_get_generation (vault, "profile"), ==, 6);
  after_restore = candor_vault_list_backups (vault, "profile");
  {
    g_autoptr(GBytes) bytes = candor_vault_read_backup (vault, after_restore[0], &error);

    g_assert_no_error (error);
    g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                     "{\"save\": 5}", 11);
  }
}

static void
test_damaged_file_kept_aside (void)
{
  g_autoptr(CandorVault) vault = create_vault ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GDir) dir = NULL;
  g_auto(GStrv) backups = NULL;
  g_autofree char *year_path = file_in (vault, "2025.candor");
  g_autofree char *backup_dir = file_in (vault, "backups");
  g_autofree guint8 *broken = NULL;
  const char *name;
  gsize len;
  gboolean found = FALSE;

  assert_write_one (vault, "2025", "{\"v\": 1}");
  assert_write_one (vault, "2025", "{\"v\": 2}");

  bytes = slurp (year_path);
  broken = g_bytes_unref_to_data (g_steal_pointer (&bytes), &len);
  broken[len / 2] ^= 0x10;
  spew (year_path, broken, len);

  error = try_read (vault, "2025");
  g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_DAMAGED);
  g_clear_error (&error);

  /* The user chose to start the year afresh: allowed, but the damaged file stays. */
  assert_write_one (vault, "2025", "{\"v\": \"fresh\"}");
  assert_segment (vault, "2025", "{\"v\": \"fresh\"}");

  dir = g_dir_open (backup_dir, 0, NULL);
  while ((name = g_dir_read_name (dir)))
    if (g_str_has_prefix (name, "2025.candor.damaged-"))
      {
        g_autofree char *path = g_build_filename (backup_dir, name, NULL);
        g_autoptr(GBytes) kept = slurp (path);

        g_assert_cmpmem (g_bytes_get_data (kept, NULL), g_bytes_get_size (kept), broken, len);
        found = TRUE;
      }
  g_assert_true (found);

  /* Not offered as a good backup. */
  backups = candor_vault_list_backups (vault, "2025");
  for (guint i = 0; backups[i] != NULL; i++)
    {
      g_autofree char *base = g_path_get_basename (backups[i]);

      g_assert_null (strstr (base, "damaged"));
    }
}

static void
test_restore_over_damaged (void)
{
  g_autoptr(CandorVault) vault = create_vault ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) backups = NULL;
  g_autofree char *year_path = file_in (vault, "2025.candor");
  const char *junk = "CandorS\nthis was cut off mid-way";

  assert_write_one (vault, "2025", "{\"v\": 1}");
  assert_write_one (vault, "2025", "{\"v\": 2}");
  spew (year_path, (const guint8 *) junk, strlen (junk));

  /* A new session sees the damage and offers a backup: no read needed first. */
  {
    g_autoptr(CandorVault) fresh = open_vault ();

    error = try_read (fresh, "2025");
    g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_DAMAGED);
    g_clear_error (&error);

    backups = candor_vault_list_backups (fresh, "2025");
    g_assert_cmpuint (g_strv_length (backups), ==, 1);
    g_assert_true (candor_vault_restore_backup (fresh, backups[0], &error));
    g_assert_no_error (error);
    assert_segment (fresh, "2025", "{\"v\": 1}");
  }
}

static void
test_stale_temp_files_removed (void)
{
  g_autoptr(CandorVault) vault = create_vault ();
  g_autofree char *stale = file_in (vault, "2025.candor.Ab3dE9");
  g_autofree char *stale_key = file_in (vault, "vault.key.ZZZZZZ");
  g_autofree char *mine = file_in (vault, "notes.txt.Ab3dE9");

  spew (stale, (const guint8 *) "x", 1);
  spew (stale_key, (const guint8 *) "x", 1);
  spew (mine, (const guint8 *) "x", 1);

  assert_write_one (vault, "profile", "{}");
  g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (stale_key, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (mine, G_FILE_TEST_EXISTS));
}

/* ───────────────────────────── verify ───────────────────────────── */

static void
test_verify (void)
{
  g_autoptr(CandorVault) vault = create_vault ();
  g_autoptr(GPtrArray) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *year_path = file_in (vault, "2025.candor");
  g_autoptr(GBytes) good = NULL;
  gsize len;
  g_autofree guint8 *broken = NULL;
  gboolean found = FALSE;

  assert_write_one (vault, "profile", "{\"people\": []}");
  assert_write_one (vault, "2025", "{\"v\": 1}");
  assert_write_one (vault, "2025", "{\"v\": 2}");

  g_assert_true (candor_vault_verify (vault, &report, &error));
  g_assert_no_error (error);
  /* vault.key, profile.candor, 2025.candor, backups/2025.candor.1 */
  g_assert_cmpuint (report->len, ==, 4);
  for (guint i = 0; i < report->len; i++)
    g_assert_nonnull (strstr (g_ptr_array_index (report, i), ": OK"));
  g_clear_pointer (&report, g_ptr_array_unref);

  good = slurp (year_path);
  broken = g_bytes_unref_to_data (g_bytes_ref (good), &len);
  broken[len - 1] ^= 1;
  spew (year_path, broken, len);

  g_assert_false (candor_vault_verify (vault, &report, &error));
  g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_DAMAGED);
  g_clear_error (&error);
  g_assert_cmpuint (report->len, ==, 4);
  for (guint i = 0; i < report->len; i++)
    {
      const char *line = g_ptr_array_index (report, i);

      if (g_str_has_prefix (line, "2025.candor:"))
        {
          g_assert_nonnull (strstr (line, "DAMAGED"));
          found = TRUE;
        }
      else
        g_assert_nonnull (strstr (line, ": OK"));
    }
  g_assert_true (found);
  g_clear_pointer (&report, g_ptr_array_unref);

  /* Decrypts fine, but is not JSON: still a problem worth reporting. */
  spew (year_path, g_bytes_get_data (good, NULL), g_bytes_get_size (good));
  assert_segment (vault, "2025", "{\"v\": 2}");
  assert_write_one (vault, "2025", "{\"v\": ");
  g_assert_false (candor_vault_verify (vault, &report, &error));
  g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_DAMAGED);

  candor_vault_lock (vault);
  g_clear_error (&error);
  g_assert_false (candor_vault_verify (vault, NULL, &error));
  g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_LOCKED);
}

/* ───────────────────────────── locking ───────────────────────────── */

static void
test_second_writer_busy (void)
{
  g_autoptr(CandorVault) a = create_vault ();
  g_autoptr(CandorVault) b = NULL;
  g_autoptr(GError) error = NULL;

  assert_write_one (a, "profile", "{}");
  b = open_vault ();
  assert_segment (b, "profile", "{}");

  g_assert_true (candor_vault_acquire_write_lock (a, &error));
  g_assert_no_error (error);
  /* Taking it twice is harmless. */
  g_assert_true (candor_vault_acquire_write_lock (a, &error));

  g_assert_false (candor_vault_acquire_write_lock (b, &error));
  g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_BUSY);
  g_clear_error (&error);
  g_assert_false (write_one (b, "profile", "{\"b\": 1}", &error));
  g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_BUSY);
  g_clear_error (&error);
  g_assert_false (candor_vault_change_passphrase (b, PASSPHRASE, "x", &error));
  g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_BUSY);
  g_clear_error (&error);

  /* The holder still saves. */
  assert_write_one (a, "profile", "{\"a\": 1}");

  candor_vault_release_write_lock (a);
  assert_segment (b, "profile", "{\"a\": 1}");
  assert_write_one (b, "profile", "{\"b\": 2}");
}

static void
test_busy_across_processes (void)
{
  g_autoptr(CandorVault) vault = create_vault ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) holder = NULL;
  g_autofree char *lock_path = file_in (vault, ".lock");
  g_autofree char *flock_path = g_find_program_in_path ("flock");
  g_autofree char *ready = file_in (vault, "ready");
  g_autofree char *script = NULL;
  gint64 deadline;

  if (flock_path == NULL)
    {
      g_test_skip ("flock(1) is not installed");
      return;
    }

  /* Another process holds the lock until we kill it. One process only (sh execs into
   * sleep), so killing it leaves nobody else holding the lock or our output pipe. */
  script = g_strdup_printf ("exec 9>>'%s' && '%s' -x 9 && touch '%s' && exec sleep 30",
                            lock_path, flock_path, ready);
  holder = g_subprocess_new (G_SUBPROCESS_FLAGS_NONE, &error, "sh", "-c", script, NULL);
  g_assert_no_error (error);
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (!g_file_test (ready, G_FILE_TEST_EXISTS) && g_get_monotonic_time () < deadline)
    g_usleep (10000);
  g_assert_true (g_file_test (ready, G_FILE_TEST_EXISTS));

  g_assert_false (write_one (vault, "profile", "{}", &error));
  g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_BUSY);
  g_clear_error (&error);

  /* When it dies, the kernel drops its lock: nothing stale is left. The lock may go a
   * moment after the holder is reaped (seen here under load: a write right after the
   * wait still found it busy, one a few milliseconds later did not). */
  g_subprocess_force_exit (holder);
  g_subprocess_wait (holder, NULL, NULL);
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (!write_one (vault, "profile", "{}", &error) && g_get_monotonic_time () < deadline)
    {
      g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_BUSY);
      g_clear_error (&error);
      g_usleep (10000);
    }
  g_assert_no_error (error);
  assert_segment (vault, "profile", "{}");
}

/* ───────────────────────────── async ───────────────────────────── */

static void
result_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static GAsyncResult *
wait_result (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}

static void
test_async (void)
{
  g_autoptr(CandorVault) created = create_vault ();
  g_autoptr(CandorVault) vault = new_vault ();
  g_autoptr(GHashTable) table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                       (GDestroyNotify) g_bytes_unref);
  g_autoptr(GError) error = NULL;
  GAsyncResult *result = NULL;
  char *passphrase = g_strdup (PASSPHRASE);

  candor_vault_unlock_async (vault, "wrong", NULL, result_cb, &result);
  g_assert_false (candor_vault_unlock_finish (vault, wait_result (&result), &error));
  g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_WRONG_PASSPHRASE);
  g_clear_error (&error);
  g_clear_object (&result);

  /* The caller may wipe its copy right away. */
  candor_vault_unlock_async (vault, passphrase, NULL, result_cb, &result);
  memset (passphrase, 0, strlen (passphrase));
  g_free (passphrase);
  g_assert_true (candor_vault_unlock_finish (vault, wait_result (&result), &error));
  g_assert_no_error (error);
  g_assert_true (candor_vault_is_unlocked (vault));
  g_clear_object (&result);

  g_hash_table_insert (table, g_strdup ("profile"), text ("{\"async\": true}"));
  g_hash_table_insert (table, g_strdup ("2025"), text ("[]"));
  candor_vault_write_segments_async (vault, table, NULL, result_cb, &result);
  /* The vault took its own copy. */
  g_hash_table_remove_all (table);
  g_assert_true (candor_vault_write_segments_finish (vault, wait_result (&result), &error));
  g_assert_no_error (error);
  g_clear_object (&result);
  assert_segment (created, "profile", "{\"async\": true}");
  assert_segment (created, "2025", "[]");
}

static void
test_lock_during_async_unlock (void)
{
  g_autoptr(CandorVault) created = create_vault ();
  g_autoptr(CandorVault) vault = new_vault ();
  g_autoptr(GError) error = NULL;
  GAsyncResult *result = NULL;

  /* "Lock" pressed while the KDF still runs wins, whatever the timing. */
  candor_vault_unlock_async (vault, PASSPHRASE, NULL, result_cb, &result);
  candor_vault_lock (vault);
  if (!candor_vault_unlock_finish (vault, wait_result (&result), &error))
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_object (&result);
  g_assert_false (candor_vault_is_unlocked (vault));
}

static gpointer
reader_thread (gpointer data)
{
  CandorVault *vault = data;

  for (int i = 0; i < 50; i++)
    {
      g_autoptr(GBytes) bytes = candor_vault_read_segment (vault, "2024", NULL);

      g_assert_nonnull (bytes);
      g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "[2024]", 6);
    }
  return NULL;
}

static void
test_threaded_reads (void)
{
  g_autoptr(CandorVault) vault = create_vault ();
  GThread *threads[4];

  assert_write_one (vault, "2024", "[2024]");
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("reader", reader_thread, vault);
  for (int i = 0; i < 20; i++)
    assert_write_one (vault, "2025", "[2025]");
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_thread_join (threads[i]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/vault/segment-names", test_segment_names);
  g_test_add_func ("/vault/not-found", test_not_found);
  g_test_add_func ("/vault/default-directory", test_default_directory);
  g_test_add_func ("/vault/create-unlock-lock", test_create_unlock_lock);
  g_test_add_func ("/vault/create-refuses-orphan-segments", test_create_refuses_orphan_segments);
  g_test_add_func ("/vault/wrong-passphrase", test_wrong_passphrase);
  g_test_add_func ("/vault/default-kdf-is-moderate", test_default_kdf_is_moderate);
  g_test_add_func ("/vault/round-trip", test_round_trip);
  g_test_add_func ("/vault/read-missing-segment", test_read_missing_segment);
  g_test_add_func ("/vault/invalid-names", test_invalid_names);
  g_test_add_func ("/vault/change-passphrase", test_change_passphrase);
  g_test_add_func ("/vault/damage/flip-every-byte", test_flip_every_byte);
  g_test_add_func ("/vault/damage/truncations", test_truncations);
  g_test_add_func ("/vault/damage/tamper-with-fixed-trailer", test_tamper_with_fixed_trailer);
  g_test_add_func ("/vault/damage/swapped-year", test_swapped_year);
  g_test_add_func ("/vault/damage/other-vaults-file", test_other_vaults_file);
  g_test_add_func ("/vault/damage/foreign-files", test_foreign_files);
  g_test_add_func ("/vault/damage/newer-major", test_newer_major);
  g_test_add_func ("/vault/damage/newer-minor-is-readable", test_newer_minor_is_readable);
  g_test_add_func ("/vault/damage/huge-kdf-limits-refused", test_huge_kdf_limits_refused);
  g_test_add_func ("/vault/save/changed-on-disk", test_changed_on_disk);
  g_test_add_func ("/vault/save/changed-on-disk-same-size", test_changed_on_disk_same_size);
  g_test_add_func ("/vault/save/unread-segment-not-overwritten",
                   test_unread_segment_not_overwritten);
  g_test_add_func ("/vault/save/backups", test_backups);
  g_test_add_func ("/vault/save/damaged-file-kept-aside", test_damaged_file_kept_aside);
  g_test_add_func ("/vault/save/restore-over-damaged", test_restore_over_damaged);
  g_test_add_func ("/vault/save/stale-temp-files-removed", test_stale_temp_files_removed);
  g_test_add_func ("/vault/verify", test_verify);
  g_test_add_func ("/vault/lock/second-writer-busy", test_second_writer_busy);
  g_test_add_func ("/vault/lock/busy-across-processes", test_busy_across_processes);
  g_test_add_func ("/vault/async/unlock-and-write", test_async);
  g_test_add_func ("/vault/async/lock-during-unlock", test_lock_during_async_unlock);
  g_test_add_func ("/vault/threaded-reads", test_threaded_reads);

  return g_test_run ();
}
