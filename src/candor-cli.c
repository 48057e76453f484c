/* candor-cli.c — the command line: verify, export and import without a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sodium.h>
#include <string.h>

#include "candor-backup.h"
#include "candor-cli.h"
#include "candor-ical.h"
#include "candor-json.h"
#include "candor-keyring.h"
#include "candor-passphrase.h"
#include "candor-reflection-renderer.h"
#include "candor-session.h"

/* Larger than any real passphrase; a bigger "passphrase file" is a mistake. */
#define MAX_PASSPHRASE_FILE 4096

gboolean
candor_cli_options_have_action (const CandorCliOptions *options)
{
  return options->verify || options->export_json != NULL || options->import_json != NULL ||
         options->export_ics != NULL || options->version || options->weekly_reflection != NULL ||
         options->output != NULL;
}

void
candor_cli_options_clear (CandorCliOptions *options)
{
  g_clear_pointer (&options->vault, g_free);
  g_clear_pointer (&options->passphrase_file, g_free);
  g_clear_pointer (&options->export_json, g_free);
  g_clear_pointer (&options->import_json, g_free);
  g_clear_pointer (&options->export_ics, g_free);
  g_clear_pointer (&options->weekly_reflection, g_free);
  g_clear_pointer (&options->output, g_free);
  g_clear_pointer (&options->paper, g_free);
}

static int
exit_code_for (const GError *error,
               gboolean      importing)
{
  if (error->domain == CANDOR_VAULT_ERROR)
    {
      switch ((CandorVaultError) error->code)
        {
        case CANDOR_VAULT_ERROR_WRONG_PASSPHRASE:
          return CANDOR_EXIT_WRONG_PASSPHRASE;
        case CANDOR_VAULT_ERROR_DAMAGED:
        case CANDOR_VAULT_ERROR_FOREIGN:
          return CANDOR_EXIT_DAMAGED;
        case CANDOR_VAULT_ERROR_NEWER_VERSION:
          return CANDOR_EXIT_NEWER_VERSION;
        case CANDOR_VAULT_ERROR_NOT_FOUND:
          return CANDOR_EXIT_NO_JOURNAL;
        case CANDOR_VAULT_ERROR_CHANGED_ON_DISK:
        case CANDOR_VAULT_ERROR_BUSY:
        case CANDOR_VAULT_ERROR_NO_SPACE:
        case CANDOR_VAULT_ERROR_IO:
        case CANDOR_VAULT_ERROR_LOCKED:
        case CANDOR_VAULT_ERROR_EXISTS:
        default:
          return CANDOR_EXIT_IO;
        }
    }

  if (error->domain == CANDOR_JSON_ERROR)
    {
      if (error->code == CANDOR_JSON_ERROR_NEWER_VERSION)
        return CANDOR_EXIT_NEWER_VERSION;
      /* A stored segment that does not parse is a damaged journal, not a bad import. */
      return importing ? CANDOR_EXIT_INVALID_IMPORT : CANDOR_EXIT_DAMAGED;
    }

  if (error->domain == CANDOR_KEYRING_ERROR)
    return CANDOR_EXIT_NO_PASSPHRASE;

  return CANDOR_EXIT_IO;
}

static int
fail (const GError *error,
      gboolean      importing)
{
  g_printerr ("candor: %s\n", error->message);
  return exit_code_for (error, importing);
}

/* The first line of the file, without its line ending, in guarded memory. */
static char *
read_passphrase_file (const char  *path,
                      GError     **error)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  gsize line;
  char *secret;

  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;

  if (length > MAX_PASSPHRASE_FILE)
    {
      sodium_memzero (contents, length);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The passphrase file %s is too large to be a passphrase file"), path);
      return NULL;
    }

  line = strcspn (contents, "\r\n");
  if (line == 0)
    {
      sodium_memzero (contents, length);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The passphrase file %s is empty; put the passphrase on its first line"),
                   path);
      return NULL;
    }

  contents[line] = '\0';
  secret = candor_passphrase_dup (contents);
  sodium_memzero (contents, length);
  return secret;
}

char *
candor_cli_read_passphrase_file (const char  *path,
                                 GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);

  return read_passphrase_file (path, error);
}

static char *
get_passphrase (const CandorCliOptions  *options,
                CandorVault             *vault,
                GError                 **error)
{
  g_autoptr(GError) local_error = NULL;
  char *from_keyring;
  char *secret;

  if (options->passphrase_file != NULL)
    return read_passphrase_file (options->passphrase_file, error);

  if (!candor_vault_load (vault, error))
    return NULL;

  from_keyring = candor_keyring_lookup_sync (candor_vault_get_id (vault), NULL, &local_error);
  if (from_keyring == NULL)
    {
      g_set_error (error, CANDOR_KEYRING_ERROR, CANDOR_KEYRING_ERROR_UNAVAILABLE,
                   _("No passphrase was given and the keyring has none for this journal (%s). "
                     "Use --passphrase-file=FILE."),
                   local_error ? local_error->message : _("nothing stored"));
      return NULL;
    }

  secret = candor_passphrase_dup (from_keyring);
  candor_keyring_free_passphrase (from_keyring);
  return secret;
}

static CandorSession *
open_session (const CandorCliOptions  *options,
              GError                 **error)
{
  g_autoptr(CandorSession) session = candor_session_new (options->vault);
  g_autoptr(CandorPassphrase) passphrase = NULL;

  if (!candor_vault_exists (candor_session_get_vault (session)))
    {
      g_set_error (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_NOT_FOUND,
                   _("There is no Candor journal in %s"),
                   candor_vault_get_directory (candor_session_get_vault (session)));
      return NULL;
    }

  passphrase = get_passphrase (options, candor_session_get_vault (session), error);
  if (passphrase == NULL)
    return NULL;

  candor_session_set_autosave_delay (session, 0);
  if (!candor_session_unlock_all (session, passphrase, error))
    return NULL;

  return g_steal_pointer (&session);
}

static int
run_verify (const CandorCliOptions *options)
{
  g_autoptr(CandorSession) session = candor_session_new (options->vault);
  g_autoptr(CandorPassphrase) passphrase = NULL;
  g_autoptr(GPtrArray) report = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) segments = NULL;
  CandorVault *vault = candor_session_get_vault (session);
  int status = CANDOR_EXIT_OK;

  if (!candor_vault_exists (vault))
    {
      g_set_error (&error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_NOT_FOUND,
                   _("There is no Candor journal in %s"), candor_vault_get_directory (vault));
      return fail (error, FALSE);
    }

  passphrase = get_passphrase (options, vault, &error);
  if (passphrase == NULL || !candor_vault_unlock (vault, passphrase, &error))
    return fail (error, FALSE);

  if (!candor_vault_verify (vault, &report, &error))
    status = exit_code_for (error, FALSE);
  g_clear_error (&error);

  for (guint i = 0; report != NULL && i < report->len; i++)
    g_print ("%s\n", (const char *) g_ptr_array_index (report, i));

  /* Decryption proves the bytes are ours; the journal must also make sense. */
  segments = candor_vault_list_segments (vault);
  for (guint i = 0; segments[i] != NULL; i++)
    {
      g_autoptr(GBytes) bytes = candor_vault_read_segment (vault, segments[i], &error);
      g_autoptr(CandorSegmentData) data = NULL;

      if (bytes != NULL)
        data = candor_segment_data_parse (segments[i], bytes, &error);
      if (data == NULL)
        {
          g_print (_("%s: the contents are not a valid journal: %s\n"), segments[i],
                   error->message);
          if (status == CANDOR_EXIT_OK)
            status = CANDOR_EXIT_DAMAGED;
          g_clear_error (&error);
        }
    }

  if (status == CANDOR_EXIT_OK)
    g_print (_("Every file is intact.\n"));
  else
    g_printerr (_("candor: some files have problems; see above. Backups are kept in the "
                  "journal’s backups folder.\n"));

  return status;
}

static int
run_export (const CandorCliOptions *options)
{
  g_autoptr(CandorSession) session = NULL;
  g_autoptr(GError) error = NULL;

  session = open_session (options, &error);
  if (session == NULL)
    return fail (error, FALSE);

  if (!candor_backup_write_json (candor_session_get_journal (session), options->export_json,
                                 &error))
    return fail (error, FALSE);

  g_printerr (_("Warning: %s is not encrypted. Anyone who can read this file can read your "
                "journal. Keep it somewhere safe and delete it when you no longer need it.\n"),
              options->export_json);
  return CANDOR_EXIT_OK;
}

/* The Connection Checks as iCalendar, for GNOME Calendar or any other. */
static int
run_export_ics (const CandorCliOptions *options)
{
  g_autoptr(CandorSession) session = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GError) error = NULL;

  session = open_session (options, &error);
  if (session == NULL)
    return fail (error, FALSE);

  if (!candor_ical_write_file (candor_session_get_journal (session), now,
                               options->export_ics, &error))
    return fail (error, FALSE);

  return CANDOR_EXIT_OK;
}

static int
run_import (const CandorCliOptions *options)
{
  g_autoptr(CandorSession) session = NULL;
  g_autoptr(JsonNode) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CandorPassphrase) passphrase = NULL;
  CandorVault *vault;

  /* The whole document is checked before the journal is even opened. */
  document = candor_backup_read_json_document (options->import_json, &error);
  if (document == NULL)
    {
      g_printerr (_("candor: %s was not imported: %s\n"), options->import_json, error->message);
      if (error->domain == G_FILE_ERROR)
        return CANDOR_EXIT_IO;
      return exit_code_for (error, TRUE);
    }

  session = candor_session_new (options->vault);
  candor_session_set_autosave_delay (session, 0);
  vault = candor_session_get_vault (session);

  if (!candor_vault_exists (vault))
    {
      if (options->passphrase_file == NULL)
        {
          g_printerr (_("candor: there is no journal in %s yet. To create one from %s, give "
                        "its new passphrase with --passphrase-file=FILE.\n"),
                      candor_vault_get_directory (vault), options->import_json);
          return CANDOR_EXIT_NO_PASSPHRASE;
        }

      passphrase = read_passphrase_file (options->passphrase_file, &error);
      if (passphrase == NULL ||
          !candor_session_create (session, passphrase, NULL, &error))
        return fail (error, FALSE);
    }
  else
    {
      g_clear_object (&session);
      session = open_session (options, &error);
      if (session == NULL)
        return fail (error, FALSE);
      vault = candor_session_get_vault (session);
    }

  if (!candor_journal_import_document (candor_session_get_journal (session), document,
                                       CANDOR_IMPORT_MODE_MERGE, &error))
    {
      g_printerr (_("candor: %s was not imported: %s\n"), options->import_json, error->message);
      return exit_code_for (error, TRUE);
    }

  if (!candor_session_save (session, &error))
    return fail (error, FALSE);

  g_print (_("Imported %s into the journal in %s.\n"), options->import_json,
           candor_vault_get_directory (vault));
  return CANDOR_EXIT_OK;
}

/* A calendar day written YYYY-MM-DD, as noon local time; NULL if it is not one. */
static GDateTime *
parse_day (const char *text)
{
  int year = 0, month = 0, day = 0;
  char end = '\0';

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-' ||
      sscanf (text, "%4d-%2d-%2d%c", &year, &month, &day, &end) != 3 ||
      year < 1900 || !g_date_valid_dmy (day, month, year))
    return NULL;

  return g_date_time_new_local (year, month, day, 12, 0, 0);
}

static int
run_weekly_reflection (const CandorCliOptions *options)
{
  g_autoptr(CandorSession) session = NULL;
  g_autoptr(CandorWeek) week = NULL;
  g_autoptr(CandorReflectionRenderer) renderer = NULL;
  g_autoptr(GDateTime) day = parse_day (options->weekly_reflection);
  g_autoptr(GError) error = NULL;
  CandorJournal *journal;
  CandorPerson *me;
  double width, height;
  guint n_pages;

  if (day == NULL)
    {
      g_printerr (_("candor: “%s” is not a date; write it as YYYY-MM-DD, for example "
                    "--weekly-reflection=2026-11-16\n"), options->weekly_reflection);
      return CANDOR_EXIT_USAGE;
    }
  if (options->output == NULL)
    {
      g_printerr (_("candor: give the PDF file to write with --output=FILE.pdf\n"));
      return CANDOR_EXIT_USAGE;
    }

  candor_reflection_paper_for_locale (&width, &height);
  if (options->paper != NULL && g_ascii_strcasecmp (options->paper, "a4") == 0)
    {
      width = CANDOR_PAPER_A4_WIDTH;
      height = CANDOR_PAPER_A4_HEIGHT;
    }
  else if (options->paper != NULL && g_ascii_strcasecmp (options->paper, "letter") == 0)
    {
      width = CANDOR_PAPER_LETTER_WIDTH;
      height = CANDOR_PAPER_LETTER_HEIGHT;
    }
  else if (options->paper != NULL)
    {
      g_printerr (_("candor: the paper size can be “a4” or “letter”, not “%s”\n"),
                  options->paper);
      return CANDOR_EXIT_USAGE;
    }

  session = open_session (options, &error);
  if (session == NULL)
    return fail (error, FALSE);

  journal = candor_session_get_journal (session);
  me = candor_journal_get_me (journal);
  week = candor_week_new (journal, day,
                          options->include_private && me != NULL
                            ? candor_entry_get_id (CANDOR_ENTRY (me)) : NULL);
  renderer = candor_reflection_renderer_new (week);
  if (!candor_reflection_renderer_write_pdf (renderer, options->output, width, height, &error))
    return fail (error, FALSE);

  n_pages = candor_reflection_renderer_get_n_pages (renderer);
  g_print (g_dngettext (GETTEXT_PACKAGE, "Wrote the weekly reflection to %s (%u page).\n",
                        "Wrote the weekly reflection to %s (%u pages).\n", n_pages),
           options->output, n_pages);
  return CANDOR_EXIT_OK;
}

int
candor_cli_run (const CandorCliOptions *options)
{
  guint actions = !!options->verify + !!options->export_json + !!options->import_json +
                  !!options->export_ics + !!options->weekly_reflection;

  if (options->version)
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return CANDOR_EXIT_OK;
    }

  if (actions > 1)
    {
      g_printerr (_("candor: choose one of --verify, --export-json, --import-json and "
                    "--export-ics\n"));
      return CANDOR_EXIT_USAGE;
    }

  if (options->output != NULL && options->weekly_reflection == NULL)
    {
      g_printerr (_("candor: --output goes with --weekly-reflection=YYYY-MM-DD\n"));
      return CANDOR_EXIT_USAGE;
    }

  if (options->weekly_reflection != NULL)
    return run_weekly_reflection (options);
  if (options->verify)
    return run_verify (options);
  if (options->export_json != NULL)
    return run_export (options);
  if (options->import_json != NULL)
    return run_import (options);
  if (options->export_ics != NULL)
    return run_export_ics (options);

  return CANDOR_EXIT_USAGE;
}
