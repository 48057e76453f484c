/* main.c — Candor's entry point: the command line, or the app
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "candor-i18n.h"
#include "candor-application.h"
#include "candor-bench-probe.h"
#include "candor-cli.h"
#include "candor-memory.h"
#include "candor-passphrase.h"
#include "candor-secure.h"

static GOptionContext *
option_context_new (CandorCliOptions *options)
{
  GOptionContext *context;
  GOptionEntry entries[] = {
    { "vault", 0, 0, G_OPTION_ARG_FILENAME, &options->vault,
      N_("Use the journal in DIR instead of the default folder"), N_("DIR") },
    { "passphrase-file", 0, 0, G_OPTION_ARG_FILENAME, &options->passphrase_file,
      N_("Read the passphrase from the first line of FILE instead of the keyring; without another option, open the app with the journal unlocked by it"),
      N_("FILE") },
    { "verify", 0, 0, G_OPTION_ARG_NONE, &options->verify,
      N_("Decrypt and check every file of the journal, and report on each"), NULL },
    { "export-json", 0, 0, G_OPTION_ARG_FILENAME, &options->export_json,
      N_("Write the whole journal, unencrypted, to FILE"), N_("FILE") },
    { "import-json", 0, 0, G_OPTION_ARG_FILENAME, &options->import_json,
      N_("Check FILE and merge it into the journal (newer changes win); creates the journal if there is none"),
      N_("FILE") },
    { "export-ics", 0, 0, G_OPTION_ARG_FILENAME, &options->export_ics,
      N_("Write the Connection Checks to FILE as an iCalendar (.ics) file for any calendar app"),
      N_("FILE") },
    { "version", 0, 0, G_OPTION_ARG_NONE, &options->version,
      N_("Show the version and quit"), NULL },
    { "weekly-reflection", 0, 0, G_OPTION_ARG_STRING, &options->weekly_reflection,
      N_("Write the printable reflection of the week containing that day to the PDF file given with --output"),
      N_("YYYY-MM-DD") },
    { "output", 0, 0, G_OPTION_ARG_FILENAME, &options->output,
      N_("The PDF file --weekly-reflection writes"), N_("FILE.pdf") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &options->paper,
      N_("Paper size of --weekly-reflection: “a4” or “letter” (default: from the locale)"),
      N_("SIZE") },
    { "include-private", 0, 0, G_OPTION_ARG_NONE, &options->include_private,
      N_("With --weekly-reflection, include your own private check-ins"), NULL },
    { NULL }
  };
  g_autofree char *description = NULL;

  context = g_option_context_new (NULL);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                                _("Candor keeps a couple’s journal, encrypted on this computer.\n"
                                  "Without an option it opens the app."));
  description = g_strjoin ("\n",
                           _("Exit status:"),
                           _("  0  success"),
                           _("  1  the command line was not understood"),
                           _("  2  wrong passphrase"),
                           _("  3  a file is damaged or is not a Candor file"),
                           _("  4  the journal or document was made by a newer version of Candor"),
                           _("  5  the document to import is not a valid journal; nothing was changed"),
                           _("  6  a file could not be read or written (for example the disk is full, or another program is saving)"),
                           _("  7  no passphrase: use --passphrase-file, or let Candor remember it in the keyring"),
                           _("  8  there is no journal in that folder"),
                           NULL);
  g_option_context_set_description (context, description);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  return context;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(CandorApplication) app = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  CandorCliOptions options = { 0 };
  char *app_argv[] = { argv[0], NULL };
  int status;

  /* Big blocks are mapped only after the window's first frame (candor-window.c). */
  candor_memory_use_one_arena ();

  candor_i18n_init (NULL);

  if (!candor_secure_init (&error))
    {
      g_printerr ("%s\n", error->message);
      return CANDOR_EXIT_IO;
    }

  context = option_context_new (&options);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n%s\n", error->message, _("Run “candor --help” to see the options."));
      candor_cli_options_clear (&options);
      return CANDOR_EXIT_USAGE;
    }

  if (candor_cli_options_have_action (&options))
    {
      status = candor_cli_run (&options);
      candor_cli_options_clear (&options);
      return status;
    }

  app = candor_application_new (APP_ID, G_APPLICATION_DEFAULT_FLAGS);
  candor_application_set_vault_directory (app, options.vault);

  /* Without an action, the passphrase file opens the app with the journal unlocked. */
  if (options.passphrase_file != NULL)
    {
      g_autoptr(CandorPassphrase) passphrase = NULL;

      passphrase = candor_cli_read_passphrase_file (options.passphrase_file, &error);
      if (passphrase == NULL)
        {
          g_printerr ("candor: %s\n", error->message);
          candor_cli_options_clear (&options);
          return CANDOR_EXIT_IO;
        }
      candor_application_set_startup_passphrase (app, passphrase);
    }
  candor_cli_options_clear (&options);

  /* candor-bench runs the app with this set, to time its first frame and its start-up. */
  if (g_getenv ("CANDOR_BENCH_PROBE") != NULL)
    candor_bench_probe_attach (GTK_APPLICATION (app));

  return g_application_run (G_APPLICATION (app), 1, app_argv);
}
