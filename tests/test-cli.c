/* test-cli.c — the command line, as a script or a backup job would use it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sys/stat.h>

#include "candor-cli.h"

typedef struct {
  char *dir;
  char *vault;
  char *pass;
  char *wrong_pass;
  char *demo;
} Fixture;

typedef struct {
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static char *
build_path (const char *first, ...)
{
  return g_build_filename (g_getenv ("CANDOR_BUILD_ROOT"), first, NULL);
}

static void
run_candor (Run        *run,
            const char *first_arg,
            ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  va_list args;
  int wait_status = 0;

  g_ptr_array_add (argv, build_path ("src/candor"));
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, g_strdup (arg));
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

static char *
opt (const char *name,
     const char *value)
{
  return g_strdup_printf ("--%s=%s", name, value);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tool = build_path ("src/tools/candor-demo-data");
  g_autofree char *out = NULL;
  int status = 0;

  f->dir = g_dir_make_tmp ("candor-cli-XXXXXX", &error);
  g_assert_no_error (error);
  f->vault = g_build_filename (f->dir, "vault", NULL);
  f->pass = g_build_filename (f->dir, "pass.txt", NULL);
  f->wrong_pass = g_build_filename (f->dir, "wrong.txt", NULL);
  f->demo = g_build_filename (f->dir, "demo.json", NULL);
  g_file_set_contents (f->pass, "correct horse battery staple\n", -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (f->wrong_pass, "not the passphrase\n", -1, &error);
  g_assert_no_error (error);

  out = opt ("output", f->demo);
  g_spawn_sync (NULL, (char *[]) { tool, (char *) "--years=1", (char *) "--seed=7",
                                  (char *) "--end=2026-06-30", out, NULL },
                NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      g_remove (path);
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      remove_tree (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->vault);
  g_free (f->pass);
  g_free (f->wrong_pass);
  g_free (f->demo);
}

static void
import_demo (Fixture *f)
{
  g_auto(Run) run = { 0 };
  g_autofree char *v = opt ("vault", f->vault);
  g_autofree char *p = opt ("passphrase-file", f->pass);
  g_autofree char *i = opt ("import-json", f->demo);

  run_candor (&run, v, p, i, NULL);
  if (run.status != CANDOR_EXIT_OK)
    g_error ("import failed (%d): %s", run.status, run.err);
}

/* Every file of the vault, name → contents, to prove nothing changed. */
static GHashTable *
snapshot_vault (const char *vault)
{
  GHashTable *files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GDir) dir = g_dir_open (vault, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (vault, name, NULL);
      char *contents = NULL;

      if (g_file_test (path, G_FILE_TEST_IS_REGULAR) && !g_str_has_suffix (name, ".lock") &&
          g_file_get_contents (path, &contents, NULL, NULL))
        g_hash_table_insert (files, g_strdup (name), contents);
    }
  return files;
}

static void
assert_same_vault (GHashTable *before,
                   GHashTable *after)
{
  GHashTableIter iter;
  const char *name, *contents;

  g_assert_cmpuint (g_hash_table_size (before), ==, g_hash_table_size (after));
  g_hash_table_iter_init (&iter, before);
  while (g_hash_table_iter_next (&iter, (gpointer *) &name, (gpointer *) &contents))
    g_assert_cmpstr (g_hash_table_lookup (after, name), ==, contents);
}

static void
test_version (Fixture *f, gconstpointer data)
{
  g_auto(Run) run = { 0 };

  run_candor (&run, "--version", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, PACKAGE_NAME " " PACKAGE_VERSION "\n");
}

static void
test_help_lists_exit_codes (Fixture *f, gconstpointer data)
{
  g_auto(Run) run = { 0 };

  run_candor (&run, "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "--verify"));
  g_assert_nonnull (strstr (run.out, "--import-json=FILE"));
  g_assert_nonnull (strstr (run.out, "Exit status"));
  g_assert_nonnull (strstr (run.out, "2  wrong passphrase"));
  g_assert_nonnull (strstr (run.out, "5  the document to import"));
}

static void
test_unknown_option (Fixture *f, gconstpointer data)
{
  g_auto(Run) run = { 0 };

  run_candor (&run, "--frobnicate", NULL);
  g_assert_cmpint (run.status, ==, CANDOR_EXIT_USAGE);
  g_assert_nonnull (strstr (run.err, "--help"));
}

static void
test_no_journal (Fixture *f, gconstpointer data)
{
  g_auto(Run) run = { 0 };
  g_autofree char *v = opt ("vault", f->vault);
  g_autofree char *p = opt ("passphrase-file", f->pass);

  run_candor (&run, v, p, "--verify", NULL);
  g_assert_cmpint (run.status, ==, CANDOR_EXIT_NO_JOURNAL);
  g_assert_nonnull (strstr (run.err, "There is no Candor journal"));
}

static void
test_import_creates_private_vault (Fixture *f, gconstpointer data)
{
  g_auto(Run) run = { 0 };
  g_autofree char *v = opt ("vault", f->vault);
  g_autofree char *p = opt ("passphrase-file", f->pass);
  g_autoptr(GDir) dir = NULL;
  const char *name;
  GStatBuf st;

  import_demo (f);

  g_assert_cmpint (g_stat (f->vault, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  dir = g_dir_open (f->vault, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->vault, name, NULL);

      g_assert_cmpint (g_stat (path, &st), ==, 0);
      if (S_ISREG (st.st_mode))
        g_assert_cmpint (st.st_mode & 0077, ==, 0);
    }

  run_candor (&run, v, p, "--verify", NULL);
  g_assert_cmpint (run.status, ==, CANDOR_EXIT_OK);
  g_assert_nonnull (strstr (run.out, "Every file is intact"));
}

static JsonNode *
load_json (const char *path)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static guint
array_length (JsonNode   *doc,
              const char *member)
{
  JsonObject *root = json_node_get_object (doc);

  if (!json_object_has_member (root, member))
    return 0;
  return json_array_get_length (json_object_get_array_member (root, member));
}

static void
test_export_round_trip (Fixture *f, gconstpointer data)
{
  g_auto(Run) run = { 0 };
  g_autofree char *v = opt ("vault", f->vault);
  g_autofree char *p = opt ("passphrase-file", f->pass);
  g_autofree char *out = g_build_filename (f->dir, "export.json", NULL);
  g_autofree char *e = opt ("export-json", out);
  g_autoptr(JsonNode) original = NULL;
  g_autoptr(JsonNode) exported = NULL;
  const char *kinds[] = { "people", "checkins", "interactions", "checks", "commitments",
                          "exercises", "reassessments" };
  GStatBuf st;

  import_demo (f);
  run_candor (&run, v, p, e, NULL);
  g_assert_cmpint (run.status, ==, CANDOR_EXIT_OK);
  /* A plaintext copy is said to be one. */
  g_assert_nonnull (strstr (run.err, "not encrypted"));
  g_assert_cmpint (g_stat (out, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0077, ==, 0);

  original = load_json (f->demo);
  exported = load_json (out);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_assert_cmpuint (array_length (exported, kinds[i]), ==, array_length (original, kinds[i]));
    }
  g_assert_cmpuint (array_length (exported, "checkins"), >, 300);
}

static void
test_wrong_passphrase (Fixture *f, gconstpointer data)
{
  g_auto(Run) run = { 0 };
  g_autofree char *v = opt ("vault", f->vault);
  g_autofree char *p = opt ("passphrase-file", f->wrong_pass);
  g_autofree char *out = g_build_filename (f->dir, "export.json", NULL);
  g_autofree char *e = opt ("export-json", out);

  import_demo (f);
  run_candor (&run, v, p, e, NULL);
  g_assert_cmpint (run.status, ==, CANDOR_EXIT_WRONG_PASSPHRASE);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
}

static void
test_damaged_file (Fixture *f, gconstpointer data)
{
  g_auto(Run) run = { 0 };
  g_autofree char *v = opt ("vault", f->vault);
  g_autofree char *p = opt ("passphrase-file", f->pass);
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  gsize length;

  import_demo (f);

  /* Flip one byte in the middle of a year's file. */
  dir = g_dir_open (f->vault, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_ascii_isdigit (name[0]))
      {
        g_free (path);
        path = g_build_filename (f->vault, name, NULL);
      }
  g_assert_nonnull (path);
  g_file_get_contents (path, &contents, &length, NULL);
  contents[length / 2] ^= 0x20;
  g_file_set_contents (path, contents, length, NULL);

  run_candor (&run, v, p, "--verify", NULL);
  g_assert_cmpint (run.status, ==, CANDOR_EXIT_DAMAGED);
  {
    g_autofree char *base = g_path_get_basename (path);

    g_assert_nonnull (strstr (run.out, base));
  }
}

static void
test_invalid_import_changes_nothing (Fixture *f, gconstpointer data)
{
  g_auto(Run) run = { 0 };
  g_autofree char *v = opt ("vault", f->vault);
  g_autofree char *p = opt ("passphrase-file", f->pass);
  g_autofree char *bad = g_build_filename (f->dir, "bad.json", NULL);
  g_autofree char *i = opt ("import-json", bad);
  g_autoptr(GHashTable) before = NULL;
  g_autoptr(GHashTable) after = NULL;
  g_autoptr(JsonNode) doc = NULL;
  g_autofree char *text = NULL;
  JsonArray *checkins;

  import_demo (f);
  before = snapshot_vault (f->vault);

  /* A real document with one wrong type deep inside. */
  doc = load_json (f->demo);
  checkins = json_object_get_array_member (json_node_get_object (doc), "checkins");
  json_object_set_int_member (json_array_get_object_element (checkins, 3), "shared", 42);
  text = json_to_string (doc, FALSE);
  g_file_set_contents (bad, text, -1, NULL);

  run_candor (&run, v, p, i, NULL);
  g_assert_cmpint (run.status, ==, CANDOR_EXIT_INVALID_IMPORT);
  g_assert_nonnull (strstr (run.err, "$.checkins[3]"));

  after = snapshot_vault (f->vault);
  assert_same_vault (before, after);
}

static void
test_newer_document (Fixture *f, gconstpointer data)
{
  g_auto(Run) run = { 0 };
  g_autofree char *v = opt ("vault", f->vault);
  g_autofree char *p = opt ("passphrase-file", f->pass);
  g_autofree char *newer = g_build_filename (f->dir, "newer.json", NULL);
  g_autofree char *i = opt ("import-json", newer);
  g_autoptr(JsonNode) doc = load_json (f->demo);
  g_autofree char *text = NULL;

  json_object_set_int_member (json_node_get_object (doc), "version", 99);
  text = json_to_string (doc, FALSE);
  g_file_set_contents (newer, text, -1, NULL);

  run_candor (&run, v, p, i, NULL);
  g_assert_cmpint (run.status, ==, CANDOR_EXIT_NEWER_VERSION);
  g_assert_false (g_file_test (f->vault, G_FILE_TEST_EXISTS));
}

static void
test_not_json (Fixture *f, gconstpointer data)
{
  g_auto(Run) run = { 0 };
  g_autofree char *v = opt ("vault", f->vault);
  g_autofree char *p = opt ("passphrase-file", f->pass);
  g_autofree char *i = opt ("import-json", f->pass);

  run_candor (&run, v, p, i, NULL);
  g_assert_cmpint (run.status, ==, CANDOR_EXIT_INVALID_IMPORT);
  g_assert_false (g_file_test (f->vault, G_FILE_TEST_EXISTS));
}

static void
test_merge_newer_wins (Fixture *f, gconstpointer data)
{
  g_auto(Run) run = { 0 };
  g_auto(Run) run2 = { 0 };
  g_autofree char *v = opt ("vault", f->vault);
  g_autofree char *p = opt ("passphrase-file", f->pass);
  g_autofree char *change = g_build_filename (f->dir, "change.json", NULL);
  g_autofree char *i = opt ("import-json", change);
  g_autofree char *out = g_build_filename (f->dir, "export.json", NULL);
  g_autofree char *e = opt ("export-json", out);
  g_autoptr(JsonNode) doc = load_json (f->demo);
  g_autoptr(JsonNode) exported = NULL;
  g_autofree char *text = NULL;
  JsonObject *person;

  import_demo (f);

  /* Rename the first person, with a later modification time. */
  person = json_array_get_object_element (
    json_object_get_array_member (json_node_get_object (doc), "people"), 0);
  json_object_set_string_member (person, "name", "Robin");
  json_object_set_string_member (person, "modified", "2099-01-01T00:00:00Z");
  text = json_to_string (doc, FALSE);
  g_file_set_contents (change, text, -1, NULL);

  run_candor (&run, v, p, i, NULL);
  g_assert_cmpint (run.status, ==, CANDOR_EXIT_OK);

  run_candor (&run2, v, p, e, NULL);
  g_assert_cmpint (run2.status, ==, CANDOR_EXIT_OK);
  exported = load_json (out);
  person = json_array_get_object_element (
    json_object_get_array_member (json_node_get_object (exported), "people"), 0);
  g_assert_cmpstr (json_object_get_string_member (person, "name"), ==, "Robin");
}

static void
test_no_passphrase (Fixture *f, gconstpointer data)
{
  g_auto(Run) run = { 0 };
  g_autofree char *v = opt ("vault", f->vault);

  import_demo (f);
  /* Nothing was stored in the keyring for this new journal. */
  run_candor (&run, v, "--verify", NULL);
  g_assert_cmpint (run.status, ==, CANDOR_EXIT_NO_PASSPHRASE);
  g_assert_nonnull (strstr (run.err, "--passphrase-file"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/version", test_version);
  ADD ("/cli/help-lists-exit-codes", test_help_lists_exit_codes);
  ADD ("/cli/unknown-option", test_unknown_option);
  ADD ("/cli/no-journal", test_no_journal);
  ADD ("/cli/import-creates-private-vault", test_import_creates_private_vault);
  ADD ("/cli/export-round-trip", test_export_round_trip);
  ADD ("/cli/wrong-passphrase", test_wrong_passphrase);
  ADD ("/cli/damaged-file", test_damaged_file);
  ADD ("/cli/invalid-import-changes-nothing", test_invalid_import_changes_nothing);
  ADD ("/cli/newer-document", test_newer_document);
  ADD ("/cli/not-json", test_not_json);
  ADD ("/cli/merge-newer-wins", test_merge_newer_wins);
  ADD ("/cli/no-passphrase", test_no_passphrase);
#undef ADD

  return g_test_run ();
}
