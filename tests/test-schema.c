/* test-schema.c — data/candor-journal.schema.json against what Candor writes and refuses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Validates with python3-jsonschema (a Debian package the test command
 * installs): exported documents must be valid, and each malformed sample of
 * tests/fuzz-corpus/import must be refused by both the schema and Candor's
 * own validator. Samples named bad-semantic-* break rules a JSON Schema
 * cannot express (unique ids, references, NUL characters, duplicate
 * members): the schema is expected to accept them and Candor to refuse them.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "candor-journal.h"

static const char validate_py[] =
  "import json, sys\n"
  "import jsonschema\n"
  "with open(sys.argv[1], encoding='utf-8') as f:\n"
  "    schema = json.load(f)\n"
  "cls = jsonschema.validators.validator_for(schema)\n"
  "cls.check_schema(schema)\n"
  "validator = cls(schema, format_checker=jsonschema.FormatChecker())\n"
  "for path in sys.argv[2:]:\n"
  "    try:\n"
  "        with open(path, 'rb') as f:\n"
  "            document = json.loads(f.read().decode('utf-8'))\n"
  "    except (ValueError, RecursionError) as e:\n"
  "        print('unreadable', path, type(e).__name__)\n"
  "        continue\n"
  "    errors = sorted(validator.iter_errors(document),\n"
  "                    key=lambda e: list(map(str, e.absolute_path)))\n"
  "    if errors:\n"
  "        where = ''.join('[%d]' % p if isinstance(p, int) else '.' + p\n"
  "                        for p in errors[0].absolute_path)\n"
  "        print('invalid', path, '$' + where, errors[0].message[:160].replace('\\n', ' '))\n"
  "    else:\n"
  "        print('valid', path)\n";

static char *
schema_path (void)
{
  const char *source_root = g_getenv ("CANDOR_SOURCE_ROOT");

  if (source_root != NULL)
    return g_build_filename (source_root, "data", "candor-journal.schema.json", NULL);

  return g_test_build_filename (G_TEST_DIST, "..", "data", "candor-journal.schema.json", NULL);
}

/*
 * Runs the schema over @paths. Returns a table path → verdict ("valid",
 * "invalid …" or "unreadable …"), or NULL after failing the test when
 * python3-jsonschema is missing.
 */
static GHashTable *
validate_with_schema (GPtrArray *paths)
{
  g_autofree char *python = g_find_program_in_path ("python3");
  g_autofree char *schema = schema_path ();
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) lines = NULL;
  GHashTable *verdicts;
  int status;

  if (python == NULL)
    {
      g_test_fail_printf ("python3 is needed: apt-get install python3 python3-jsonschema");
      return NULL;
    }

  g_ptr_array_add (argv, python);
  g_ptr_array_add (argv, (char *) "-c");
  g_ptr_array_add (argv, (char *) validate_py);
  g_ptr_array_add (argv, schema);
  for (guint i = 0; i < paths->len; i++)
    g_ptr_array_add (argv, g_ptr_array_index (paths, i));
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);

  if (strstr (err, "No module named 'jsonschema'") != NULL)
    {
      g_test_fail_printf ("python3-jsonschema is needed: apt-get install python3-jsonschema");
      return NULL;
    }

  if (!g_spawn_check_wait_status (status, &error))
    g_error ("the schema check failed: %s\n%s", error->message, err);

  verdicts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (lines[i], " ", 3);

      if (g_strv_length (parts) < 2)
        continue;

      g_hash_table_insert (verdicts, g_strdup (parts[1]),
                           parts[2] != NULL ? g_strconcat (parts[0], " ", parts[2], NULL)
                                            : g_strdup (parts[0]));
    }

  g_assert_cmpuint (g_hash_table_size (verdicts), ==, paths->len);

  return verdicts;
}

static char *
write_document (const char *name,
                JsonNode   *document)
{
  g_autofree char *text = candor_json_to_data (document, TRUE, NULL);
  g_autoptr(GError) error = NULL;
  char *path;

  g_mkdir_with_parents (g_get_user_cache_dir (), 0700);
  path = g_build_filename (g_get_user_cache_dir (), name, NULL);
  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);

  return path;
}

static char *
corpus_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fuzz-corpus", "import", name, NULL);
}

static char *
run_demo_data (void)
{
  const char *build_root = g_getenv ("CANDOR_BUILD_ROOT");
  g_autofree char *tool = NULL;
  g_autoptr(GError) error = NULL;
  char *output;
  g_autofree char *output_arg = NULL;
  int status;

  if (build_root != NULL)
    tool = g_build_filename (build_root, "src", "tools", "candor-demo-data", NULL);
  else
    tool = g_test_build_filename (G_TEST_BUILT, "..", "src", "tools", "candor-demo-data", NULL);

  g_mkdir_with_parents (g_get_user_cache_dir (), 0700);
  output = g_build_filename (g_get_user_cache_dir (), "demo-1-year.json", NULL);
  output_arg = g_strconcat ("--output=", output, NULL);

  {
    const char *argv[] = { tool, "--years=1", "--seed=2025", "--end=2025-12-31", output_arg,
                           "--pretty", NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status,
                  &error);
  }
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, &error));

  return output;
}

static gboolean
candor_accepts (const char  *path,
                char       **message)
{
  g_autofree char *text = NULL;
  g_autoptr(JsonNode) document = NULL;
  g_autoptr(CandorJournal) journal = candor_journal_new ();
  g_autoptr(GError) error = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &text, &length, NULL));
  document = candor_json_parse_document (text, length, &error);
  if (document != NULL &&
      candor_journal_import_document (journal, document, CANDOR_IMPORT_MODE_MERGE, &error))
    return TRUE;

  *message = g_strdup (error->message);

  return FALSE;
}

static void
test_exports_are_valid (void)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) verdicts = NULL;
  g_autoptr(CandorJournal) empty = candor_journal_new ();
  g_autoptr(CandorJournal) full = candor_journal_new ();
  g_autoptr(JsonNode) empty_document = candor_journal_to_document (empty);
  g_autoptr(JsonNode) full_document = NULL;
  g_autoptr(JsonNode) source = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *full_path = corpus_path ("good-full.json");
  g_autofree char *text = NULL;
  gsize length;

  /* Every kind of entry with every member set, as Candor writes it back. */
  g_assert_true (g_file_get_contents (full_path, &text, &length, NULL));
  source = candor_json_parse_document (text, length, &error);
  g_assert_no_error (error);
  g_assert_true (candor_journal_import_document (full, source, CANDOR_IMPORT_MODE_REPLACE, &error));
  full_document = candor_journal_to_document (full);

  g_ptr_array_add (paths, write_document ("empty.json", empty_document));
  g_ptr_array_add (paths, write_document ("full.json", full_document));
  g_ptr_array_add (paths, run_demo_data ());

  verdicts = validate_with_schema (paths);
  if (verdicts == NULL)
    return;

  for (guint i = 0; i < paths->len; i++)
    {
      const char *verdict = g_hash_table_lookup (verdicts, g_ptr_array_index (paths, i));

      if (g_strcmp0 (verdict, "valid") != 0)
        g_error ("%s: %s", (char *) g_ptr_array_index (paths, i), verdict);
    }
}

static void
test_corpus_agrees (void)
{
  g_autofree char *directory = g_test_build_filename (G_TEST_DIST, "fuzz-corpus", "import", NULL);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) verdicts = NULL;
  g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
  guint n_refused_by_both = 0;
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (paths, g_build_filename (directory, name, NULL));

  verdicts = validate_with_schema (paths);
  if (verdicts == NULL)
    return;

  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      g_autofree char *base = g_path_get_basename (path);
      const char *verdict = g_hash_table_lookup (verdicts, path);
      gboolean schema_ok = g_strcmp0 (verdict, "valid") == 0;
      g_autofree char *message = NULL;
      gboolean candor_ok = candor_accepts (path, &message);

      g_test_message ("%s: schema %s; Candor %s", base, verdict,
                      candor_ok ? "accepts" : message);

      if (g_str_has_prefix (base, "good-"))
        {
          if (!schema_ok || !candor_ok)
            g_error ("%s should be valid: schema %s; Candor %s", base, verdict,
                     candor_ok ? "accepts" : message);
        }
      else if (g_str_has_prefix (base, "migrate-"))
        {
          /* An old version: Candor migrates it, the schema describes only the current one. */
          g_assert_true (candor_ok);
          g_assert_false (schema_ok);
        }
      else if (g_str_has_prefix (base, "bad-semantic-"))
        {
          if (!schema_ok || candor_ok)
            g_error ("%s: the schema should accept it and Candor refuse it: schema %s; Candor %s",
                     base, verdict, candor_ok ? "accepts" : message);
        }
      else if (g_str_has_prefix (base, "bad-"))
        {
          if (schema_ok || candor_ok)
            g_error ("%s should be refused by both: schema %s; Candor %s", base, verdict,
                     candor_ok ? "accepts" : message);
          n_refused_by_both++;
        }
      else
        {
          g_error ("%s: corpus names start with good-, migrate- or bad-", base);
        }
    }

  g_assert_cmpuint (n_refused_by_both, >=, 8);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/schema/exports-are-valid", test_exports_are_valid);
  g_test_add_func ("/schema/corpus-agrees", test_corpus_agrees);

  return g_test_run ();
}
