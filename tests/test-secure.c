/* test-secure.c — process hardening
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sys/prctl.h>
#include <sys/resource.h>

#include "candor-secure.h"

static void
test_core_dumps_off (void)
{
  g_autoptr(GError) error = NULL;
  struct rlimit limit;

  g_assert_true (candor_secure_init (&error));
  g_assert_no_error (error);

  /* A crash must never write the data key to a core file. */
  g_assert_cmpint (getrlimit (RLIMIT_CORE, &limit), ==, 0);
  g_assert_cmpuint (limit.rlim_cur, ==, 0);
  g_assert_cmpint (prctl (PR_GET_DUMPABLE, 0, 0, 0, 0), ==, 0);
}

static void
test_init_twice (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (candor_secure_init (&error));
  g_assert_true (candor_secure_init (&error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/secure/core-dumps-off", test_core_dumps_off);
  g_test_add_func ("/secure/init-twice", test_init_twice);

  return g_test_run ();
}
