/* candor-bench-probe.c — what candor-bench measures inside the running app
 *
 * candor-bench starts `candor --vault=DIR --passphrase-file=FILE` with CANDOR_BENCH_PROBE
 * set; main.c then attaches this probe. Times are taken on the window's frame clock
 * ("after-paint"), so they say when a frame was really painted, not when a widget was
 * merely told to change. The probe writes one line per event on stdout and quits the
 * app once everything is reported; candor-bench turns the lines into figures.
 *
 * "Content ready" is the first frame painted after the journal is READY with the window
 * in journal mode on the Today page. When Today can say that its content is on screen
 * (its history's first rows), content_shown() is the one place to wait for that too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <sys/resource.h>

#include "candor-bench-probe.h"
#include "candor-window.h"

typedef struct
{
  GtkApplication *application;
  CandorWindow   *window;
  CandorSession  *session;
  GdkFrameClock  *frame_clock;
  gulong          paint_handler;

  gint64          unlock_start;
  gboolean        first_frame_reported;
  gboolean        content_reported;
  gboolean        finished;
} Probe;

static void
report (const char *event,
        gint64      value)
{
  printf ("%s %s %" G_GINT64_FORMAT "\n", CANDOR_BENCH_PROBE_PREFIX, event, value);
  fflush (stdout);
}

/* VmRSS from /proc/self/status, in kB; -1 if it cannot be read. */
static gint64
read_rss_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;

  line = strstr (status, "VmRSS:");
  if (line == NULL)
    return -1;

  return g_ascii_strtoll (line + strlen ("VmRSS:"), NULL, 10);
}

/* CPU time of the whole process (every thread), in µs: on a busy machine it tells a
 * profile what the wall clock cannot. */
static gint64
process_cpu_us (void)
{
  struct rusage usage;

  if (getrusage (RUSAGE_SELF, &usage) != 0)
    return -1;

  return (gint64) (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * G_USEC_PER_SEC +
         usage.ru_utime.tv_usec + usage.ru_stime.tv_usec;
}

static gboolean
content_shown (Probe *probe)
{
  return candor_session_get_state (probe->session) == CANDOR_SESSION_STATE_READY &&
         g_strcmp0 (candor_window_get_mode (probe->window), "journal") == 0 &&
         g_strcmp0 (candor_window_get_visible_page (probe->window), "today") == 0;
}

static gboolean
quit_cb (gpointer user_data)
{
  Probe *probe = user_data;

  g_application_quit (G_APPLICATION (probe->application));
  return G_SOURCE_REMOVE;
}

static void
maybe_finish (Probe *probe)
{
  if (probe->finished || !probe->content_reported ||
      !candor_session_get_older_years_loaded (probe->session))
    return;

  probe->finished = TRUE;
  report ("rss", read_rss_kb ());
  g_idle_add (quit_cb, probe);
}

static void
after_paint_cb (GdkFrameClock *frame_clock,
                Probe         *probe)
{
  gint64 now = g_get_monotonic_time ();

  if (!probe->first_frame_reported)
    {
      probe->first_frame_reported = TRUE;
      report ("first-frame", now);
      report ("trace-cpu-first-frame", process_cpu_us ());
    }

  if (!probe->content_reported && probe->unlock_start != 0 && content_shown (probe))
    {
      CandorVault *vault = candor_session_get_vault (probe->session);

      probe->content_reported = TRUE;
      report ("kdf", candor_vault_get_kdf_duration (vault));
      report ("content-ready", now - probe->unlock_start);
      report ("trace-cpu-content-ready", process_cpu_us ());
    }

  maybe_finish (probe);
}

static void
window_realized_cb (GtkWidget *widget,
                    Probe     *probe)
{
  if (probe->frame_clock != NULL)
    return;

  probe->frame_clock = g_object_ref (gtk_widget_get_frame_clock (widget));
  probe->paint_handler = g_signal_connect (probe->frame_clock, "after-paint",
                                           G_CALLBACK (after_paint_cb), probe);
}

static void
state_changed_cb (CandorSession *session,
                  GParamSpec    *pspec,
                  Probe         *probe)
{
  CandorSessionState state = candor_session_get_state (session);

  if (state == CANDOR_SESSION_STATE_UNLOCKING && probe->unlock_start == 0)
    probe->unlock_start = g_get_monotonic_time ();
  else if (state == CANDOR_SESSION_STATE_READY && probe->unlock_start != 0)
    /* Not a figure: tells a profile how long the journal took before the window. */
    report ("trace-ready", g_get_monotonic_time () - probe->unlock_start);
}

/* A change that shows nothing new paints no frame: ask for one, so the next after-paint
 * sees the state. */
static void
older_years_loaded_cb (Probe *probe)
{
  if (probe->unlock_start != 0 && candor_session_get_older_years_loaded (probe->session))
    report ("trace-older-years-loaded", g_get_monotonic_time () - probe->unlock_start);
}

static void
queue_frame_cb (Probe *probe)
{
  gtk_widget_queue_draw (GTK_WIDGET (probe->window));
  maybe_finish (probe);
}

static void
window_added_cb (GtkApplication *application,
                 GtkWindow      *window,
                 Probe          *probe)
{
  if (probe->window != NULL || !CANDOR_IS_WINDOW (window))
    return;

  probe->window = g_object_ref (CANDOR_WINDOW (window));
  probe->session = g_object_ref (candor_window_get_session (probe->window));

  /* The window may already be unlocking: the app starts the unlock when it is created. */
  if (candor_session_get_state (probe->session) == CANDOR_SESSION_STATE_UNLOCKING)
    probe->unlock_start = g_get_monotonic_time ();

  g_signal_connect (probe->session, "notify::state", G_CALLBACK (state_changed_cb), probe);
  g_signal_connect_swapped (probe->session, "notify::older-years-loaded",
                            G_CALLBACK (older_years_loaded_cb), probe);
  g_signal_connect_swapped (probe->session, "notify::older-years-loaded",
                            G_CALLBACK (queue_frame_cb), probe);
  g_signal_connect_swapped (probe->window, "notify::mode", G_CALLBACK (queue_frame_cb), probe);

  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    window_realized_cb (GTK_WIDGET (window), probe);
  else
    g_signal_connect (window, "realize", G_CALLBACK (window_realized_cb), probe);
}

static void
shutdown_cb (GApplication *application,
             Probe        *probe)
{
  if (probe->frame_clock != NULL)
    g_clear_signal_handler (&probe->paint_handler, probe->frame_clock);
  g_clear_object (&probe->frame_clock);

  if (probe->session != NULL)
    g_signal_handlers_disconnect_by_data (probe->session, probe);
  if (probe->window != NULL)
    g_signal_handlers_disconnect_by_data (probe->window, probe);
  g_signal_handlers_disconnect_by_data (application, probe);

  g_clear_object (&probe->session);
  g_clear_object (&probe->window);
  g_free (probe);
}

void
candor_bench_probe_attach (GtkApplication *application)
{
  Probe *probe;

  g_return_if_fail (GTK_IS_APPLICATION (application));

  probe = g_new0 (Probe, 1);
  probe->application = application;

  g_signal_connect (application, "window-added", G_CALLBACK (window_added_cb), probe);
  g_signal_connect (application, "shutdown", G_CALLBACK (shutdown_cb), probe);
}
