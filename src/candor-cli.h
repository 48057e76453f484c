/* candor-cli.h — the command line: verify, export and import without a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit codes, one per class of error; documented in --help and the README. */
typedef enum
{
  CANDOR_EXIT_OK = 0,
  CANDOR_EXIT_USAGE = 1,
  CANDOR_EXIT_WRONG_PASSPHRASE = 2,
  CANDOR_EXIT_DAMAGED = 3,
  CANDOR_EXIT_NEWER_VERSION = 4,
  CANDOR_EXIT_INVALID_IMPORT = 5,
  CANDOR_EXIT_IO = 6,
  CANDOR_EXIT_NO_PASSPHRASE = 7,
  CANDOR_EXIT_NO_JOURNAL = 8,
} CandorExitCode;

typedef struct
{
  char     *vault;
  char     *passphrase_file;
  gboolean  verify;
  char     *export_json;
  char     *import_json;
  char     *export_ics;
  gboolean  version;
  char     *weekly_reflection;
  char     *output;
  char     *paper;
  gboolean  include_private;
} CandorCliOptions;

gboolean candor_cli_options_have_action (const CandorCliOptions *options);
int      candor_cli_run                 (const CandorCliOptions *options);
void     candor_cli_options_clear       (CandorCliOptions       *options);
/* The first line of @path, in guarded memory (free with candor_passphrase_free()). */
char    *candor_cli_read_passphrase_file (const char            *path,
                                          GError               **error);

G_END_DECLS
