/* test-backup.c — backups, restore, automatic copies, moving and erasing a journal
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <sodium.h>

#include "candor-backup.h"
#include "candor-keyring.h"
#include "candor-secure.h"
#include "candor-session.h"
#include "candor-vault-private.h"

/* tests/fault-inject.c, linked in: the Nth write() on a regular file fails. */
typedef enum
{
  FAULT_WRITE,
  FAULT_FSYNC,
  FAULT_RENAME,
  FAULT_LINK,
  N_FAULTS
} FaultKind;

void     fault_inject_reset (void);
void     fault_inject_arm   (FaultKind kind,
                             unsigned  nth,
                             int       err);
int      fault_inject_fired (void);

#define PASSPHRASE       "a long and honest passphrase"
#define OTHER_PASSPHRASE "another journal, another passphrase"

typedef struct {
  char *root;
  char *dir;
} Fixture;

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
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (candor_secure_init (NULL));
  f->root = g_dir_make_tmp ("candor-backup-XXXXXX", &error);
  g_assert_no_error (error);
  f->dir = g_build_filename (f->root, "vault", NULL);
  fault_inject_reset ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  fault_inject_reset ();
  remove_tree (f->root);
  g_free (f->root);
  g_free (f->dir);
}

static CandorSession *
new_session (const char *dir)
{
  CandorSession *session = candor_session_new (dir);

  candor_vault_set_kdf_limits (candor_session_get_vault (session),
                               crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN);
  candor_session_set_autosave_delay (session, 0);
  return session;
}

static CandorCheckin *
add_checkin (CandorJournal *journal,
             int            year,
             int            month,
             int            day,
             const char    *text)
{
  g_autoptr(CandorPerson) me = g_list_model_get_item (candor_journal_get_people (journal), 0);
  g_autoptr(GDateTime) date = candor_day_new (year, month, day);
  CandorCheckin *checkin = candor_checkin_new (candor_entry_get_id (CANDOR_ENTRY (me)), date,
                                               CANDOR_CHECKIN_KIND_APPRECIATION);

  candor_checkin_set_text (checkin, text);
  candor_journal_add_checkin (journal, checkin);
  return checkin;
}

/* Two people, check-ins in 2024 and 2025, saved; left open. */
static CandorSession *
make_journal (const char *dir,
              const char *passphrase)
{
  CandorSession *session = new_session (dir);
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  CandorJournal *journal;

  g_ptr_array_add (people, candor_person_new ("Alex", CANDOR_RELATIONSHIP_PARTNER));
  g_ptr_array_add (people, candor_person_new ("Sam", CANDOR_RELATIONSHIP_PARTNER));
  g_assert_true (candor_session_create (session, passphrase, people, &error));
  g_assert_no_error (error);

  journal = candor_session_get_journal (session);
  g_object_unref (add_checkin (journal, 2024, 3, 1, "spring"));
  g_object_unref (add_checkin (journal, 2025, 6, 15, "summer"));
  g_assert_true (candor_session_save (session, &error));
  g_assert_no_error (error);
  return session;
}

static CandorSession *
reopen (const char *dir,
        const char *passphrase)
{
  CandorSession *session = new_session (dir);
  g_autoptr(GError) error = NULL;

  g_assert_true (candor_session_unlock_all (session, passphrase, &error));
  g_assert_no_error (error);
  return session;
}

static guint
n_checkins (CandorSession *session)
{
  return g_list_model_get_n_items (candor_journal_get_checkins (candor_session_get_journal (session)));
}

static GBytes *
file_bytes (const char *path)
{
  char *data = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  return g_bytes_new_take (data, len);
}

static void
test_summary (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(CandorSession) session = make_journal (f->dir, PASSPHRASE);
  g_autofree char *path = g_build_filename (f->root, "journal.candor-backup", NULL);
  g_autofree char *json = g_build_filename (f->root, "journal.json", NULL);
  g_autoptr(CandorBackupContents) contents = NULL;
  g_autoptr(CandorBackupContents) from_json = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) before = NULL;
  g_auto(GStrv) after = NULL;

  before = candor_vault_list_segments (candor_session_get_vault (session));
  g_assert_true (candor_backup_write (candor_session_get_vault (session), path, &error));
  g_assert_no_error (error);

  contents = candor_backup_read (path, candor_session_get_vault (session), NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (contents);
  g_assert_cmpint (candor_backup_contents_get_kind (contents), ==, CANDOR_BACKUP_KIND_ENCRYPTED);
  g_assert_cmpuint (candor_backup_contents_get_count (contents, CANDOR_BACKUP_COUNT_PEOPLE), ==, 2);
  g_assert_cmpuint (candor_backup_contents_get_count (contents, CANDOR_BACKUP_COUNT_CHECKINS), ==, 2);
  g_assert_cmpuint (candor_backup_contents_get_n_entries (contents), ==, 2);
  g_assert_cmpint (g_date_time_get_year (candor_backup_contents_get_first_date (contents)), ==, 2024);
  g_assert_cmpint (g_date_time_get_year (candor_backup_contents_get_last_date (contents)), ==, 2025);
  g_assert_nonnull (candor_backup_contents_get_made_at (contents));

  /* Reading touched nothing: the same segments, nothing dirty. */
  after = candor_vault_list_segments (candor_session_get_vault (session));
  g_assert_cmpstrv (before, after);
  g_assert_false (candor_session_has_unsaved_changes (session));

  g_assert_true (candor_backup_write_json (candor_session_get_journal (session), json, &error));
  g_assert_no_error (error);
  from_json = candor_backup_read (json, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (candor_backup_contents_get_kind (from_json), ==, CANDOR_BACKUP_KIND_JSON);
  g_assert_cmpuint (candor_backup_contents_get_count (from_json, CANDOR_BACKUP_COUNT_CHECKINS), ==, 2);
  g_assert_null (candor_backup_contents_get_made_at (from_json));
}

static void
test_restore_replace (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(CandorSession) session = make_journal (f->dir, PASSPHRASE);
  g_autoptr(CandorSession) again = NULL;
  g_autoptr(CandorBackupContents) contents = NULL;
  g_autoptr(CandorBackupContents) previous = NULL;
  g_autofree char *path = g_build_filename (f->root, "b.candor-backup", NULL);
  g_autofree char *pre_restore = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (candor_backup_write (candor_session_get_vault (session), path, &error));
  g_assert_no_error (error);

  /* Written after the backup: gone after a replace, kept in the pre-restore copy. */
  g_object_unref (add_checkin (candor_session_get_journal (session), 2026, 1, 2, "winter"));
  g_assert_true (candor_session_save (session, &error));
  g_assert_cmpuint (n_checkins (session), ==, 3);

  contents = candor_backup_read (path, candor_session_get_vault (session), NULL, &error);
  g_assert_no_error (error);
  g_assert_true (candor_backup_restore (session, contents, CANDOR_IMPORT_MODE_REPLACE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_checkins (session), ==, 2);
  g_assert_true (candor_session_save (session, &error));
  g_assert_no_error (error);

  pre_restore = candor_backup_get_pre_restore_path (candor_session_get_vault (session));
  g_assert_true (g_file_test (pre_restore, G_FILE_TEST_IS_REGULAR));
  previous = candor_backup_read (pre_restore, candor_session_get_vault (session), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (candor_backup_contents_get_count (previous, CANDOR_BACKUP_COUNT_CHECKINS), ==, 3);

  g_assert_true (candor_session_lock (session, &error));
  again = reopen (f->dir, PASSPHRASE);
  /* The 2026 year file was rewritten empty, not left behind with the old entry. */
  g_assert_cmpuint (n_checkins (again), ==, 2);
}

static void
test_restore_merge (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(CandorSession) session = make_journal (f->dir, PASSPHRASE);
  g_autoptr(CandorSession) again = NULL;
  g_autoptr(CandorBackupContents) contents = NULL;
  g_autofree char *path = g_build_filename (f->root, "b.candor-backup", NULL);
  g_autoptr(CandorCheckin) first = NULL;
  g_autoptr(GError) error = NULL;
  CandorJournal *journal = candor_session_get_journal (session);

  g_assert_true (candor_backup_write (candor_session_get_vault (session), path, &error));

  /* Removed since the backup, and one added: a merge brings the first back, keeps the
   * second. */
  first = g_list_model_get_item (candor_journal_get_checkins (journal), 0);
  candor_journal_remove_checkin (journal, first);
  g_object_unref (add_checkin (journal, 2026, 1, 2, "winter"));
  g_assert_true (candor_session_save (session, &error));
  g_assert_cmpuint (n_checkins (session), ==, 2);

  contents = candor_backup_read (path, candor_session_get_vault (session), NULL, &error);
  g_assert_no_error (error);
  g_assert_true (candor_backup_restore (session, contents, CANDOR_IMPORT_MODE_MERGE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_checkins (session), ==, 3);
  g_assert_true (candor_session_save (session, &error));
  g_assert_true (candor_session_lock (session, &error));

  again = reopen (f->dir, PASSPHRASE);
  g_assert_cmpuint (n_checkins (again), ==, 3);
}

static void
test_restore_refuses_unsaved (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(CandorSession) session = make_journal (f->dir, PASSPHRASE);
  g_autoptr(CandorBackupContents) contents = NULL;
  g_autofree char *path = g_build_filename (f->root, "b.candor-backup", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (candor_backup_write (candor_session_get_vault (session), path, &error));
  contents = candor_backup_read (path, candor_session_get_vault (session), NULL, &error);
  g_object_unref (add_checkin (candor_session_get_journal (session), 2026, 1, 2, "unsaved"));

  g_assert_false (candor_backup_restore (session, contents, CANDOR_IMPORT_MODE_REPLACE, &error));
  g_assert_error (error, CANDOR_BACKUP_ERROR, CANDOR_BACKUP_ERROR_NOT_READY);
  g_assert_cmpuint (n_checkins (session), ==, 3);
}

static void
test_passphrases (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *other_dir = g_build_filename (f->root, "other", NULL);
  g_autofree char *mine = g_build_filename (f->root, "mine.candor-backup", NULL);
  g_autofree char *theirs = g_build_filename (f->root, "theirs.candor-backup", NULL);
  g_autoptr(CandorSession) session = make_journal (f->dir, PASSPHRASE);
  g_autoptr(CandorSession) other = make_journal (other_dir, OTHER_PASSPHRASE);
  g_autoptr(CandorBackupContents) contents = NULL;
  g_autoptr(GError) error = NULL;
  CandorVault *vault = candor_session_get_vault (session);

  g_assert_true (candor_backup_write (vault, mine, &error));
  g_assert_true (candor_backup_write (candor_session_get_vault (other), theirs, &error));
  g_assert_no_error (error);

  /* Another journal's backup needs its own passphrase. */
  contents = candor_backup_read (theirs, vault, NULL, &error);
  g_assert_null (contents);
  g_assert_error (error, CANDOR_BACKUP_ERROR, CANDOR_BACKUP_ERROR_NEEDS_PASSPHRASE);
  g_clear_error (&error);
  contents = candor_backup_read (theirs, vault, PASSPHRASE, &error);
  g_assert_null (contents);
  g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_WRONG_PASSPHRASE);
  g_clear_error (&error);
  contents = candor_backup_read (theirs, vault, OTHER_PASSPHRASE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (contents);
  g_clear_pointer (&contents, candor_backup_contents_free);

  /* A backup made before a passphrase change: the open journal still reads it (same
   * data key); without it, only the old passphrase does. */
  g_assert_true (candor_vault_change_passphrase (vault, PASSPHRASE, "a brand new passphrase",
                                                 &error));
  g_assert_no_error (error);
  contents = candor_backup_read (mine, vault, NULL, &error);
  g_assert_no_error (error);
  g_clear_pointer (&contents, candor_backup_contents_free);

  contents = candor_backup_read (mine, NULL, "a brand new passphrase", &error);
  g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_WRONG_PASSPHRASE);
  g_clear_error (&error);
  contents = candor_backup_read (mine, NULL, PASSPHRASE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (candor_backup_contents_get_count (contents, CANDOR_BACKUP_COUNT_CHECKINS), ==, 2);
}

static void
test_damaged (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(CandorSession) session = make_journal (f->dir, PASSPHRASE);
  g_autofree char *path = g_build_filename (f->root, "b.candor-backup", NULL);
  g_autofree char *bad = g_build_filename (f->root, "bad.candor-backup", NULL);
  g_autofree char *foreign = g_build_filename (f->root, "notes.txt", NULL);
  g_autofree char *bad_json = g_build_filename (f->root, "bad.json", NULL);
  g_autofree char *segment = g_build_filename (f->dir, "2025.candor", NULL);
  g_autoptr(GBytes) segment_before = file_bytes (segment);
  g_autoptr(GBytes) segment_after = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  guint8 *copy;
  gsize len;

  g_assert_true (candor_backup_write (candor_session_get_vault (session), path, &error));
  bytes = file_bytes (path);
  len = g_bytes_get_size (bytes);
  copy = g_memdup2 (g_bytes_get_data (bytes, NULL), len);

  /* One flipped bit in the middle. */
  copy[len / 2] ^= 0x10;
  g_assert_true (g_file_set_contents (bad, (char *) copy, len, NULL));
  g_assert_null (candor_backup_read (bad, candor_session_get_vault (session), NULL, &error));
  g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_DAMAGED);
  g_clear_error (&error);

  /* Cut short. */
  copy[len / 2] ^= 0x10;
  g_assert_true (g_file_set_contents (bad, (char *) copy, len - 100, NULL));
  g_assert_null (candor_backup_read (bad, candor_session_get_vault (session), NULL, &error));
  g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_DAMAGED);
  g_clear_error (&error);
  g_free (copy);

  g_assert_true (g_file_set_contents (foreign, "shopping list\n", -1, NULL));
  g_assert_null (candor_backup_read (foreign, candor_session_get_vault (session), NULL, &error));
  g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_FOREIGN);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (bad_json, "{\"format\": 1, \"people\": 12}", -1, NULL));
  g_assert_null (candor_backup_read (bad_json, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* None of it touched the journal. */
  segment_after = file_bytes (segment);
  g_assert_true (g_bytes_equal (segment_before, segment_after));
  g_assert_false (candor_session_has_unsaved_changes (session));
  g_assert_cmpuint (n_checkins (session), ==, 2);
}

/* Random damage that also passes the checksum reaches the container parser: every case
 * is refused with a reader's error (or, rarely, still reads), never a crash. */
static void
test_mutations (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(CandorSession) session = make_journal (f->dir, PASSPHRASE);
  g_autofree char *path = g_build_filename (f->root, "b.candor-backup", NULL);
  g_autofree char *bad = g_build_filename (f->root, "mutated.candor-backup", NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261122);
  g_autoptr(GError) error = NULL;
  gsize len;

  g_assert_true (candor_backup_write (candor_session_get_vault (session), path, &error));
  bytes = file_bytes (path);
  len = g_bytes_get_size (bytes);

  for (guint i = 0; i < 300; i++)
    {
      g_autofree guint8 *copy = g_memdup2 (g_bytes_get_data (bytes, NULL), len);
      g_autoptr(CandorBackupContents) contents = NULL;
      gsize cut = len;

      /* Mostly the header and the member table, where lengths live. */
      for (guint n = g_rand_int_range (rand, 1, 4); n > 0; n--)
        {
          gsize at = g_rand_boolean (rand) ? (gsize) g_rand_int_range (rand, 8, 160)
                                           : (gsize) g_rand_int_range (rand, 0, len);

          copy[MIN (at, len - 1)] = g_rand_int_range (rand, 0, 256);
        }
      if (i % 5 == 0)
        cut = g_rand_int_range (rand, CANDOR_VAULT_TRAILER_BYTES, len);
      candor_vault_fix_trailer (copy, cut);
      g_assert_true (g_file_set_contents (bad, (char *) copy, cut, NULL));

      contents = candor_backup_read (bad, candor_session_get_vault (session), NULL, &error);
      g_assert_true ((contents == NULL) != (error == NULL));
      if (error != NULL)
        g_assert_true (error->domain == CANDOR_VAULT_ERROR ||
                       error->domain == CANDOR_BACKUP_ERROR ||
                       error->domain == CANDOR_JSON_ERROR);
      g_clear_error (&error);
    }

  g_assert_cmpuint (n_checkins (session), ==, 2);
  g_assert_false (candor_session_has_unsaved_changes (session));
}

static void
test_write_errors (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(CandorSession) session = make_journal (f->dir, PASSPHRASE);
  CandorVault *vault = candor_session_get_vault (session);
  g_autofree char *a_file = g_build_filename (f->root, "a-file", NULL);
  g_autofree char *under_file = g_build_filename (a_file, "b.candor-backup", NULL);
  g_autofree char *full = g_build_filename (f->root, "full.candor-backup", NULL);
  g_autoptr(GError) error = NULL;

  /* A read-only place (even root cannot write under /proc). */
  g_assert_false (candor_backup_write (vault, "/proc/candor-test.candor-backup", &error));
  g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_IO);
  g_clear_error (&error);

  /* A file where a folder should be. */
  g_assert_true (g_file_set_contents (a_file, "x", -1, NULL));
  g_assert_false (candor_backup_write (vault, under_file, &error));
  g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_IO);
  g_clear_error (&error);

  /* A full disk: nothing is left behind. */
  fault_inject_arm (FAULT_WRITE, 1, ENOSPC);
  g_assert_false (candor_backup_write (vault, full, &error));
  g_assert_true (fault_inject_fired ());
  fault_inject_reset ();
  g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_NO_SPACE);
  g_assert_false (g_file_test (full, G_FILE_TEST_EXISTS));
}

/* ── automatic backups ── */

static void
date_at (GDate *date,
         int    year,
         int    month,
         int    day)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
}

static void
test_pruning_plan (void)
{
  GDate today, days[100];
  gboolean keep[100];
  guint kept = 0;

  /* Wednesday 18 November 2026, and one backup a day for the 100 days before. */
  date_at (&today, 2026, 11, 18);
  for (guint i = 0; i < 100; i++)
    {
      days[i] = today;
      g_date_subtract_days (&days[i], i);
    }

  candor_backup_plan_pruning (days, 100, &today, keep);

  for (guint i = 0; i < 100; i++)
    {
      if (!keep[i])
        continue;
      kept++;
      /* Either from the last 7 days, or a Sunday (the newest of its week). */
      g_assert_true (i < 7 || g_date_get_weekday (&days[i]) == G_DATE_SUNDAY);
    }
  /* 7 days (12–18 Nov: this week's newest, and last week's Sunday the 15th), then the
   * Sundays of the other 6 of the last 8 weeks: 8 Nov, 1 Nov, 25, 18, 11 and 4 Oct. */
  g_assert_cmpuint (kept, ==, 7 + 6);
  for (guint i = 0; i < 7; i++)
    g_assert_true (keep[i]);
  g_assert_true (keep[10]);    /* Sunday 8 Nov */
  g_assert_true (keep[45]);    /* Sunday 4 Oct */
  g_assert_false (keep[52]);   /* Sunday 27 Sep: eight weeks before this one */
  g_assert_false (keep[7]);    /* Wednesday 11 Nov */

  /* A sparse history: each of the last 8 weeks keeps its newest, older ones go. */
  date_at (&days[0], 2026, 11, 16);  /* this week, Monday */
  date_at (&days[1], 2026, 11, 3);   /* two weeks ago, Tuesday */
  date_at (&days[2], 2026, 11, 5);   /* same week, Thursday: newer, kept */
  date_at (&days[3], 2026, 9, 1);    /* 11 weeks ago */
  date_at (&days[4], 2026, 12, 1);   /* in the future (clock set back): kept */
  candor_backup_plan_pruning (days, 5, &today, keep);
  g_assert_true (keep[0]);
  g_assert_false (keep[1]);
  g_assert_true (keep[2]);
  g_assert_false (keep[3]);
  g_assert_true (keep[4]);
}

static void
test_automatic (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(CandorSession) session = make_journal (f->dir, PASSPHRASE);
  CandorVault *vault = candor_session_get_vault (session);
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 11, 18, 20, 0, 0);
  g_autoptr(GPtrArray) paths = NULL;
  g_autoptr(GPtrArray) days = NULL;
  g_autoptr(GPtrArray) report = NULL;
  g_autoptr(GError) error = NULL;
  GDate today;

  /* Sixty days of older automatic backups, as copies of a real one. */
  g_assert_true (candor_backup_write_automatic (vault, now, &error));
  g_assert_no_error (error);
  date_at (&today, 2026, 11, 18);
  {
    g_autofree char *todays = candor_backup_get_automatic_path (vault, &today);
    g_autoptr(GBytes) bytes = file_bytes (todays);

    for (guint i = 1; i < 60; i++)
      {
        GDate day = today;
        g_autofree char *path = NULL;

        g_date_subtract_days (&day, i);
        path = candor_backup_get_automatic_path (vault, &day);
        g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                            g_bytes_get_size (bytes), NULL));
      }
  }

  /* A second run the same day writes nothing new and prunes to the documented counts. */
  g_assert_true (candor_backup_write_automatic (vault, now, &error));
  g_assert_no_error (error);
  paths = candor_backup_list_automatic (vault, &days);
  g_assert_cmpuint (paths->len, ==, 7 + 6);
  g_assert_cmpint (g_date_compare (g_ptr_array_index (days, 0), &today), ==, 0);

  /* Restorable, and the vault's own check is not confused by them. */
  {
    g_autoptr(CandorBackupContents) contents =
      candor_backup_read (g_ptr_array_index (paths, paths->len - 1), vault, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (candor_backup_contents_get_count (contents, CANDOR_BACKUP_COUNT_CHECKINS), ==, 2);
  }
  g_assert_true (candor_vault_verify (vault, &report, &error));
  g_assert_no_error (error);
}

/* ── moving ── */

static void
test_move (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(CandorSession) session = make_journal (f->dir, PASSPHRASE);
  g_autoptr(CandorSession) moved = NULL;
  g_autofree char *target = g_build_filename (f->root, "synced", "Candor", NULL);
  g_autofree char *old_key = g_build_filename (f->dir, "vault.key", NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;

  g_assert_true (candor_backup_write_automatic (candor_session_get_vault (session), now, &error));
  g_assert_true (candor_backup_copy_vault (candor_session_get_vault (session), target, NULL, NULL,
                                           NULL, &error));
  g_assert_no_error (error);

  moved = reopen (target, PASSPHRASE);
  g_assert_cmpuint (n_checkins (moved), ==, 2);
  {
    g_autoptr(GPtrArray) copied = candor_backup_list_automatic (candor_session_get_vault (moved),
                                                               NULL);

    g_assert_cmpuint (copied->len, ==, 1);
  }

  /* Moving again onto a journal is refused. */
  g_assert_false (candor_backup_copy_vault (candor_session_get_vault (session), target, NULL,
                                            NULL, NULL, &error));
  g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_EXISTS);
  g_clear_error (&error);

  /* The switch: the old files go, the folder with them. */
  g_assert_true (candor_session_lock (session, &error));
  g_assert_true (candor_backup_remove_vault_files (f->dir, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (old_key, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (f->dir, G_FILE_TEST_EXISTS));
}

static gboolean
dir_is_empty_or_missing (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);

  return dir == NULL || g_dir_read_name (dir) == NULL;
}

static void
test_move_fails_midway (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(CandorSession) session = make_journal (f->dir, PASSPHRASE);
  g_autoptr(CandorSession) still = NULL;
  g_autofree char *target = g_build_filename (f->root, "full-disk", NULL);
  g_autofree char *a_file = g_build_filename (f->root, "a-file", NULL);
  g_autoptr(GError) error = NULL;

  /* The second file's write fails: the first copy is removed again, and the folder. */
  fault_inject_arm (FAULT_WRITE, 2, ENOSPC);
  g_assert_false (candor_backup_copy_vault (candor_session_get_vault (session), target, NULL,
                                            NULL, NULL, &error));
  g_assert_true (fault_inject_fired ());
  fault_inject_reset ();
  g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_NO_SPACE);
  g_clear_error (&error);
  g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));

  /* An existing empty folder stays, empty. */
  g_assert_cmpint (g_mkdir (target, 0700), ==, 0);
  fault_inject_arm (FAULT_WRITE, 3, EIO);
  g_assert_false (candor_backup_copy_vault (candor_session_get_vault (session), target, NULL,
                                            NULL, NULL, &error));
  fault_inject_reset ();
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_true (g_file_test (target, G_FILE_TEST_IS_DIR));
  g_assert_true (dir_is_empty_or_missing (target));

  /* A file where the folder should be, and a read-only place. */
  g_assert_true (g_file_set_contents (a_file, "x", -1, NULL));
  g_assert_false (candor_backup_copy_vault (candor_session_get_vault (session), a_file, NULL,
                                            NULL, NULL, &error));
  g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_IO);
  g_clear_error (&error);
  g_assert_false (candor_backup_copy_vault (candor_session_get_vault (session),
                                            "/proc/candor-test", NULL, NULL, NULL, &error));
  g_assert_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_IO);
  g_clear_error (&error);

  /* The old journal is still the one in use, whole, and still saves. */
  g_object_unref (add_checkin (candor_session_get_journal (session), 2026, 2, 1, "after"));
  g_assert_true (candor_session_save (session, &error));
  g_assert_no_error (error);
  g_assert_true (candor_session_lock (session, &error));
  still = reopen (f->dir, PASSPHRASE);
  g_assert_cmpuint (n_checkins (still), ==, 3);
}

/* ── erasing ── */

static void
test_erase (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(CandorSession) session = make_journal (f->dir, PASSPHRASE);
  CandorVault *vault = candor_session_get_vault (session);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) keyring_error = NULL;
  g_autofree char *id = g_strdup (candor_vault_get_id (vault));
  g_autofree char *mine = g_build_filename (f->dir, "my-notes.txt", NULL);
  g_autoptr(CandorKeyringPassphrase) found = NULL;
  gboolean have_keyring;

  g_assert_true (candor_backup_write_automatic (vault, now, &error));
  have_keyring = candor_keyring_store_sync (id, PASSPHRASE, NULL, &keyring_error);
  if (!have_keyring)
    g_test_message ("No keyring (%s): only the files are checked", keyring_error->message);

  g_assert_true (candor_backup_erase (vault, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (f->dir, G_FILE_TEST_EXISTS));
  g_assert_false (candor_vault_exists (vault));

  if (have_keyring)
    {
      found = candor_keyring_lookup_sync (id, NULL, &error);
      g_assert_no_error (error);
      g_assert_null (found);
    }

  /* A folder that also holds the person's own files keeps them, and only them. */
  g_clear_object (&session);
  session = make_journal (f->dir, PASSPHRASE);
  g_assert_true (g_file_set_contents (mine, "mine", -1, NULL));
  g_assert_true (candor_backup_erase (candor_session_get_vault (session), NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (mine, G_FILE_TEST_IS_REGULAR));
  {
    g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);

    g_assert_cmpstr (g_dir_read_name (dir), ==, "my-notes.txt");
    g_assert_null (g_dir_read_name (dir));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/backup/summary", test_summary);
  ADD ("/backup/restore-replace", test_restore_replace);
  ADD ("/backup/restore-merge", test_restore_merge);
  ADD ("/backup/restore-refuses-unsaved", test_restore_refuses_unsaved);
  ADD ("/backup/passphrases", test_passphrases);
  ADD ("/backup/damaged", test_damaged);
  ADD ("/backup/mutations", test_mutations);
  ADD ("/backup/write-errors", test_write_errors);
  g_test_add_func ("/backup/pruning-plan", test_pruning_plan);
  ADD ("/backup/automatic", test_automatic);
  ADD ("/backup/move", test_move);
  ADD ("/backup/move-fails-midway", test_move_fails_midway);
  ADD ("/backup/erase", test_erase);

  return g_test_run ();
}
