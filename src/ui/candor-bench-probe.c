/* candor-bench-probe.c — what candor-bench measures inside the running app
 *
 * candor-bench starts `candor --vault=DIR --passphrase-file=FILE` with CANDOR_BENCH_PROBE
 * set; main.c then attaches this probe. Times are taken on the window's frame clock
 * ("after-paint"), so they say when a frame was really painted, not when a widget was
 * merely told to change. The probe writes one line per event on stdout and quits the
 * app once everything is reported; candor-bench turns the lines into figures.
 *
 * "Content ready" is the first frame painted after the journal is READY with the window
 * in journal mode on the Today page.
 *
 * Once every year is loaded and the memory is read, the probe goes on as a user would:
 *   history-first-rows  Today's History section opened (today.show-history) until the
 *                       first frame that paints rows of it
 *   progress-frame      the Progress page shown and counted, then one snapshot of the whole
 *                       page with every chart drawn anew (the median of a few, in µs)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "candor-bench-probe.h"
#include "candor-progress-page.h"
#include "candor-today-page.h"
#include "candor-window.h"

/* What the probe does after the content is ready, in order. */
typedef enum
{
  STEP_LOADING,         /* waiting for the content and every year */
  STEP_HISTORY,         /* History opened, waiting for its rows to be painted */
  STEP_PROGRESS_SHOWN,  /* Progress shown, waiting for a frame with it mapped */
  STEP_PROGRESS_IDLE,   /* waiting until the page has counted (a lower-priority idle) */
  STEP_PROGRESS_FRAME,  /* counted and painted: the snapshot is timed on the next frame */
  STEP_DONE,
} Step;

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

  Step            step;
  gint64          step_start;
  GtkWidget      *history_view;
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

/* The first widget under @widget (itself included) of @type with @css_class. */
static GtkWidget *
find_widget (GtkWidget  *widget,
             GType       type,
             const char *css_class)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      (css_class == NULL || gtk_widget_has_css_class (widget, css_class)))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type, css_class);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* A row is on screen when the list has a mapped child of some height. */
static gboolean
has_painted_rows (GtkWidget *list)
{
  if (list == NULL || !gtk_widget_get_mapped (list))
    return FALSE;

  for (GtkWidget *child = gtk_widget_get_first_child (list);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_get_mapped (child) && gtk_widget_get_height (child) > 0 &&
        gtk_widget_get_first_child (child) != NULL)
      return TRUE;

  return FALSE;
}

static void
invalidate_tree (GtkWidget *widget)
{
  gtk_widget_queue_draw (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    invalidate_tree (child);
}

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

/* One snapshot of @page with every widget in it (charts, labels, cards) asked to draw
 * anew, as after a change of the journal: the median of a few, in µs. What the window
 * then does with the nodes (rendering them on the GPU) is not part of it. */
static gint64
time_page_snapshot (GtkWidget *page)
{
  GtkWidget *parent = gtk_widget_get_parent (page);
  gint64 samples[5];

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      GtkSnapshot *snapshot;
      GskRenderNode *node;
      gint64 start;

      invalidate_tree (page);
      start = g_get_monotonic_time ();
      snapshot = gtk_snapshot_new ();
      gtk_widget_snapshot_child (parent, page, snapshot);
      node = gtk_snapshot_free_to_node (snapshot);
      samples[i] = g_get_monotonic_time () - start;
      g_clear_pointer (&node, gsk_render_node_unref);
    }

  qsort (samples, G_N_ELEMENTS (samples), sizeof samples[0], compare_gint64);
  return samples[G_N_ELEMENTS (samples) / 2];
}

static gboolean
progress_counted_cb (gpointer user_data)
{
  Probe *probe = user_data;

  probe->step = STEP_PROGRESS_FRAME;
  gtk_widget_queue_draw (GTK_WIDGET (probe->window));
  return G_SOURCE_REMOVE;
}

static void
start_history (Probe *probe)
{
  GtkWidget *today = find_widget (GTK_WIDGET (probe->window), CANDOR_TYPE_TODAY_PAGE, NULL);

  probe->step = STEP_HISTORY;
  probe->step_start = g_get_monotonic_time ();
  if (today == NULL ||
      !gtk_widget_activate_action (today, "today.show-history", NULL))
    {
      g_warning ("The probe cannot open Today's history");
      g_application_quit (G_APPLICATION (probe->application));
      return;
    }

  probe->history_view = find_widget (today, GTK_TYPE_LIST_VIEW, "checkin-history");
  gtk_widget_queue_draw (GTK_WIDGET (probe->window));
}

static void
start_progress (Probe *probe)
{
  probe->step = STEP_PROGRESS_SHOWN;
  gtk_widget_activate_action (GTK_WIDGET (probe->window), "win.show-page", "s", "progress");
  gtk_widget_queue_draw (GTK_WIDGET (probe->window));
}

/* Called on every painted frame once the content is ready: one step at a time. */
static void
advance (Probe *probe)
{
  switch (probe->step)
    {
    case STEP_LOADING:
      if (!probe->content_reported ||
          !candor_session_get_older_years_loaded (probe->session))
        return;
      report ("rss", read_rss_kb ());
      start_history (probe);
      break;

    case STEP_HISTORY:
      if (!has_painted_rows (probe->history_view))
        {
          gtk_widget_queue_draw (GTK_WIDGET (probe->window));
          return;
        }
      report ("history-first-rows", g_get_monotonic_time () - probe->step_start);
      start_progress (probe);
      break;

    case STEP_PROGRESS_SHOWN:
      if (g_strcmp0 (candor_window_get_visible_page (probe->window), "progress") != 0)
        return;
      /* The page counts in a low-priority idle once shown: an idle of lower priority
       * still runs after it. */
      probe->step = STEP_PROGRESS_IDLE;
      g_idle_add_full (G_PRIORITY_LOW + 10, progress_counted_cb, probe, NULL);
      break;

    case STEP_PROGRESS_IDLE:
      break;

    case STEP_PROGRESS_FRAME:
      {
        GtkWidget *page = find_widget (GTK_WIDGET (probe->window), CANDOR_TYPE_PROGRESS_PAGE,
                                       NULL);

        if (page == NULL || !gtk_widget_get_mapped (page))
          {
            g_warning ("The probe cannot find the Progress page");
            g_application_quit (G_APPLICATION (probe->application));
            return;
          }

        report ("progress-frame", time_page_snapshot (page));
        probe->step = STEP_DONE;
        g_idle_add (quit_cb, probe);
      }
      break;

    case STEP_DONE:
    default:
      break;
    }
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

  advance (probe);
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
