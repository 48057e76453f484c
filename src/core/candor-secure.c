/* candor-secure.c — process hardening and libsodium start-up
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <errno.h>
#include <sodium.h>
#include <sys/prctl.h>
#include <sys/resource.h>

#include "candor-secure.h"

/**
 * candor_secure_init:
 *
 * Initialises libsodium and turns core dumps off, so a crash can never write
 * the data key or a passphrase to disk. Safe to call more than once.
 *
 * Returns: %TRUE on success
 */
gboolean
candor_secure_init (GError **error)
{
  struct rlimit no_core = { 0, 0 };

  if (sodium_init () < 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           "The encryption library could not start");
      return FALSE;
    }

  if (setrlimit (RLIMIT_CORE, &no_core) != 0)
    g_debug ("Could not turn core dumps off: %s", g_strerror (errno));

  /* Also keeps other unprivileged processes from attaching with ptrace. */
  if (prctl (PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
    g_debug ("Could not mark the process undumpable: %s", g_strerror (errno));

  return TRUE;
}
