/* candor-bench-child.c — running a program that reports "candor-bench EVENT VALUE" lines
 *
 * The clock starts just before the spawn; the child stamps its first frame with the
 * same CLOCK_MONOTONIC, so "first-frame" covers exec, linking, start-up and the first
 * paint.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "candor-bench-child.h"
#include "candor-bench-probe.h"

typedef struct
{
  GSubprocess *process;
  char        *output;
  GError      *error;
  gboolean     done;
  gboolean     timed_out;
} Run;

static void
communicated_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Run *run = user_data;

  g_subprocess_communicate_utf8_finish (G_SUBPROCESS (object), result, &run->output, NULL,
                                        &run->error);
  run->done = TRUE;
}

static gboolean
timeout_cb (gpointer user_data)
{
  Run *run = user_data;

  run->timed_out = TRUE;
  g_subprocess_force_exit (run->process);
  return G_SOURCE_REMOVE;
}

static gboolean
parse_events (const char  *output,
              gint64       start,
              GHashTable  *events,
              GError     **error)
{
  g_auto(GStrv) lines = g_strsplit (output, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      gint64 *value;
      char *end = NULL;

      if (!g_str_has_prefix (lines[i], CANDOR_BENCH_PROBE_PREFIX " "))
        continue;

      fields = g_strsplit (lines[i], " ", -1);
      if (g_strv_length (fields) != 3)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "Cannot read the line “%s”", lines[i]);
          return FALSE;
        }

      value = g_new (gint64, 1);
      *value = g_ascii_strtoll (fields[2], &end, 10);
      if (end == fields[2] || *end != '\0')
        {
          g_free (value);
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "Cannot read the value in “%s”", lines[i]);
          return FALSE;
        }

      if (g_str_equal (fields[1], "first-frame"))
        *value -= start;
      g_hash_table_insert (events, g_strdup (fields[1]), value);
    }

  return TRUE;
}

GHashTable *
candor_bench_run_child (const char * const  *argv,
                        guint                timeout_s,
                        GError             **error)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GHashTable) events = NULL;
  g_autofree char *command = g_strjoinv (" ", (char **) argv);
  Run run = { 0, };
  guint timeout_source;
  gint64 start;

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_subprocess_launcher_setenv (launcher, "CANDOR_BENCH_PROBE", "1", TRUE);
  /* The window opens at its default size, and nothing of the user's is touched. */
  g_subprocess_launcher_setenv (launcher, "GSETTINGS_BACKEND", "memory", TRUE);

  start = g_get_monotonic_time ();
  run.process = g_subprocess_launcher_spawnv (launcher, argv, error);
  if (run.process == NULL)
    return NULL;

  g_subprocess_communicate_utf8_async (run.process, NULL, NULL, communicated_cb, &run);
  timeout_source = g_timeout_add_seconds (timeout_s, timeout_cb, &run);
  while (!run.done)
    g_main_context_iteration (NULL, TRUE);
  if (!run.timed_out)
    g_source_remove (timeout_source);

  if (run.error != NULL)
    {
      g_propagate_error (error, run.error);
      g_clear_object (&run.process);
      g_free (run.output);
      return NULL;
    }

  if (run.timed_out || !g_subprocess_get_successful (run.process))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "%s %s. Its output:\n%s", command,
                   run.timed_out ? "did not finish in time" : "failed",
                   run.output ? run.output : "");
      g_clear_object (&run.process);
      g_free (run.output);
      return NULL;
    }

  events = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (!parse_events (run.output ? run.output : "", start, events, error))
    {
      g_clear_object (&run.process);
      g_free (run.output);
      return NULL;
    }

  g_clear_object (&run.process);
  g_free (run.output);
  return g_steal_pointer (&events);
}
