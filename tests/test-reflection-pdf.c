/* test-reflection-pdf.c — `candor --weekly-reflection`: the PDF a couple prints
 *
 * Reads the PDFs back with poppler-utils: the text must be real text (pdftotext finds
 * names, Cyrillic and CJK) and every font embedded (pdffonts).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "../src/candor-cli.h"
#include "candor-json.h"
#include "reflection-journal.h"

typedef struct
{
  char *dir;
  char *vault;
  char *pass;
} Fixture;

static Fixture fixture;

static char *
run (int        *status,
     const char *first_arg,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  va_list args;
  int wait_status = 0;

  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, g_strdup (arg));
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &out, &err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  *status = WEXITSTATUS (wait_status);
  if (*status != 0)
    g_test_message ("%s: %s", (char *) argv->pdata[0], err);
  return out;
}

static char *
candor_path (void)
{
  return g_build_filename (g_getenv ("CANDOR_BUILD_ROOT"), "src", "candor", NULL);
}

/* Writes the reflection of the week containing @date; returns the exit status. */
static int
reflection (const char *date,
            const char *output,
            const char *extra)
{
  g_autofree char *candor = candor_path ();
  g_autofree char *vault = g_strdup_printf ("--vault=%s", fixture.vault);
  g_autofree char *pass = g_strdup_printf ("--passphrase-file=%s", fixture.pass);
  g_autofree char *week = g_strdup_printf ("--weekly-reflection=%s", date);
  g_autofree char *out = g_strdup_printf ("--output=%s", output);
  g_autofree char *stdout_text = NULL;
  int status;

  stdout_text = run (&status, candor, vault, pass, week, out, extra, NULL);
  return status;
}

static char *
pdf_text (const char *pdf)
{
  int status;
  char *text = run (&status, "pdftotext", "-enc", "UTF-8", pdf, "-", NULL);

  g_assert_cmpint (status, ==, 0);
  return text;
}

static guint
pdf_pages (const char *pdf)
{
  int status;
  g_autofree char *info = run (&status, "pdfinfo", pdf, NULL);
  const char *pages;

  g_assert_cmpint (status, ==, 0);
  pages = strstr (info, "Pages:");
  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("Pages:") + strspn (pages + 6, " "), NULL, 10);
}

static char *
temp_path (const char *name)
{
  return g_build_filename (fixture.dir, name, NULL);
}

static void
test_busy_week (void)
{
  g_autofree char *pdf = temp_path ("busy.pdf");
  g_autofree char *text = NULL;
  g_autofree char *fonts = NULL;
  g_auto(GStrv) lines = NULL;
  int status;
  guint embedded = 0;

  g_assert_cmpint (reflection ("2026-11-18", pdf, "--paper=a4"), ==, CANDOR_EXIT_OK);
  g_assert_cmpuint (pdf_pages (pdf), >=, 2);

  text = pdf_text (pdf);
  g_assert_nonnull (strstr (text, "Weekly Reflection"));
  g_assert_nonnull (strstr (text, REFLECTION_NAME_ME));
  g_assert_nonnull (strstr (text, REFLECTION_NAME_PARTNER));
  g_assert_nonnull (strstr (text, REFLECTION_CYRILLIC_TEXT));
  g_assert_nonnull (strstr (text, REFLECTION_CJK_TEXT));
  g_assert_nonnull (strstr (text, "Page 1 of"));
  g_assert_nonnull (strstr (text, "Page 2 of"));
  g_assert_nonnull (strstr (text, "Reflect Together"));
  /* The week's numbers, counted as on the Progress page: 28 positive moments, 2 bids
   * turned toward, 7 appreciations and 2 closing appreciations; 3 corrective ones. */
  g_assert_nonnull (strstr (text, "39 kind moments"));
  g_assert_nonnull (strstr (text, "3 corrective ones"));
  /* Private entries stay out unless asked for. */
  g_assert_null (strstr (text, REFLECTION_PRIVATE_TEXT));
  /* An unshared boundary and a growth journal entry are their author's alone. */
  g_assert_null (strstr (text, "ask before borrowing"));
  g_assert_null (strstr (text, "I go quiet when things get close"));

  /* Every font is embedded: the column "emb" of pdffonts says "yes" on each line. */
  fonts = run (&status, "pdffonts", pdf, NULL);
  g_assert_cmpint (status, ==, 0);
  g_test_message ("%s", fonts);
  lines = g_strsplit (fonts, "\n", -1);
  for (guint i = 2; lines[i] != NULL; i++)
    {
      g_auto(GStrv) columns = NULL;
      guint n;

      if (*lines[i] == '\0')
        continue;
      columns = g_strsplit_set (g_strstrip (lines[i]), " ", -1);
      /* name type encoding emb sub uni object ID: emb is the 5th from the end. */
      {
        g_autoptr(GPtrArray) words = g_ptr_array_new ();

        for (guint j = 0; columns[j] != NULL; j++)
          if (*columns[j] != '\0')
            g_ptr_array_add (words, columns[j]);
        n = words->len;
        g_assert_cmpuint (n, >=, 7);
        g_assert_cmpstr (g_ptr_array_index (words, n - 5), ==, "yes");
      }
      embedded++;
    }
  g_assert_cmpuint (embedded, >=, 2);
}

static void
test_include_private (void)
{
  g_autofree char *pdf = temp_path ("private.pdf");
  g_autofree char *text = NULL;

  g_assert_cmpint (reflection ("2026-11-18", pdf, "--include-private"), ==, CANDOR_EXIT_OK);
  text = pdf_text (pdf);
  g_assert_nonnull (strstr (text, REFLECTION_PRIVATE_TEXT));
  /* "Include private" means the couple's private check-ins, never a growth journal or a
   * boundary its author kept to themselves. */
  g_assert_null (strstr (text, "ask before borrowing"));
  g_assert_null (strstr (text, "I go quiet when things get close"));
}

static void
test_letter (void)
{
  g_autofree char *pdf = temp_path ("letter.pdf");
  int status;
  g_autofree char *info = NULL;

  g_assert_cmpint (reflection ("2026-11-22", pdf, "--paper=letter"), ==, CANDOR_EXIT_OK);
  info = run (&status, "pdfinfo", pdf, NULL);
  g_assert_nonnull (strstr (info, "612 x 792 pts"));
}

static void
test_empty_week (void)
{
  g_autofree char *pdf = temp_path ("empty.pdf");
  g_autofree char *text = NULL;

  g_assert_cmpint (reflection ("2027-03-03", pdf, "--paper=a4"), ==, CANDOR_EXIT_OK);
  g_assert_cmpuint (pdf_pages (pdf), ==, 1);
  text = pdf_text (pdf);
  g_assert_nonnull (strstr (text, "A Quiet Week"));
  g_assert_nonnull (strstr (text, "Page 1 of 1"));
  g_assert_nonnull (strstr (text, REFLECTION_NAME_PARTNER));
}

static void
test_bad_input (void)
{
  g_autofree char *pdf = temp_path ("never.pdf");
  g_autofree char *candor = candor_path ();
  g_autofree char *out = g_strdup_printf ("--output=%s", pdf);
  g_autofree char *ignored = NULL;
  int status;

  g_assert_cmpint (reflection ("2026-02-30", pdf, NULL), ==, CANDOR_EXIT_USAGE);
  g_assert_cmpint (reflection ("18.11.2026", pdf, NULL), ==, CANDOR_EXIT_USAGE);
  g_assert_cmpint (reflection ("2026-11-18", pdf, "--paper=a5"), ==, CANDOR_EXIT_USAGE);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));

  /* --output alone, and --weekly-reflection without --output. */
  ignored = run (&status, candor, out, NULL);
  g_assert_cmpint (status, ==, CANDOR_EXIT_USAGE);
  g_clear_pointer (&ignored, g_free);
  ignored = run (&status, candor, "--weekly-reflection=2026-11-18", NULL);
  g_assert_cmpint (status, ==, CANDOR_EXIT_USAGE);

  /* A folder that does not exist: a write error, not a crash. */
  {
    g_autofree char *nowhere = g_build_filename (fixture.dir, "no", "such", "dir", "x.pdf", NULL);

    g_assert_cmpint (reflection ("2026-11-18", nowhere, NULL), ==, CANDOR_EXIT_IO);
  }
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

int
main (int   argc,
      char *argv[])
{
  g_autoptr(CandorJournal) journal = NULL;
  g_autoptr(JsonNode) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *json = NULL;
  g_autofree char *candor = NULL;
  g_autofree char *vault = NULL;
  g_autofree char *pass = NULL;
  g_autofree char *import = NULL;
  g_autofree char *ignored = NULL;
  gsize length = 0;
  int status, result;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  /* One journal for every case: creating it costs a passphrase derivation. */
  fixture.dir = g_dir_make_tmp ("candor-reflection-XXXXXX", &error);
  g_assert_no_error (error);
  fixture.vault = g_build_filename (fixture.dir, "vault", NULL);
  fixture.pass = g_build_filename (fixture.dir, "pass.txt", NULL);
  g_file_set_contents (fixture.pass, "correct horse battery staple\n", -1, &error);
  g_assert_no_error (error);

  journal = reflection_journal_new_busy (FALSE);
  document = candor_journal_to_document (journal);
  data = candor_json_to_data (document, TRUE, &length);
  json = g_build_filename (fixture.dir, "journal.json", NULL);
  g_file_set_contents (json, data, length, &error);
  g_assert_no_error (error);

  candor = candor_path ();
  vault = g_strdup_printf ("--vault=%s", fixture.vault);
  pass = g_strdup_printf ("--passphrase-file=%s", fixture.pass);
  import = g_strdup_printf ("--import-json=%s", json);
  ignored = run (&status, candor, vault, pass, import, NULL);
  if (status != 0)
    g_error ("The test journal could not be imported (%d)", status);

  g_test_add_func ("/reflection-pdf/busy-week", test_busy_week);
  g_test_add_func ("/reflection-pdf/include-private", test_include_private);
  g_test_add_func ("/reflection-pdf/letter", test_letter);
  g_test_add_func ("/reflection-pdf/empty-week", test_empty_week);
  g_test_add_func ("/reflection-pdf/bad-input", test_bad_input);

  result = g_test_run ();

  remove_tree (fixture.dir);
  g_free (fixture.dir);
  g_free (fixture.vault);
  g_free (fixture.pass);
  return result;
}
