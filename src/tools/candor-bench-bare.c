/* candor-bench-bare.c — the floor for candor-bench: a bare libadwaita window
 *
 * An AdwApplication with one AdwApplicationWindow of Candor's default size holding only
 * a header bar: what any GNOME app pays before it shows anything of its own. Like
 * Candor under CANDOR_BENCH_PROBE it writes, on stdout,
 *   candor-bench first-frame T   CLOCK_MONOTONIC µs when the first frame was painted
 *   candor-bench rss KB          VmRSS just after it
 * and quits.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>

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
quit_cb (gpointer user_data)
{
  g_application_quit (G_APPLICATION (user_data));
  return G_SOURCE_REMOVE;
}

static void
after_paint_cb (GdkFrameClock  *frame_clock,
                GtkApplication *application)
{
  gint64 now = g_get_monotonic_time ();

  g_signal_handlers_disconnect_by_func (frame_clock, after_paint_cb, application);

  printf ("candor-bench first-frame %" G_GINT64_FORMAT "\n", now);
  printf ("candor-bench rss %" G_GINT64_FORMAT "\n", read_rss_kb ());
  printf ("candor-bench trace-cpu-first-frame %" G_GINT64_FORMAT "\n", process_cpu_us ());
  fflush (stdout);

  g_idle_add (quit_cb, application);
}

static void
realized_cb (GtkWidget      *window,
             GtkApplication *application)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (after_paint_cb), application);
}

static void
activate_cb (GtkApplication *application)
{
  GtkWidget *window = adw_application_window_new (application);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_title (GTK_WINDOW (window), "Candor");
  /* Candor's default size, so both paint the same number of pixels. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 720);

  g_signal_connect (window, "realize", G_CALLBACK (realized_cb), application);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) application = NULL;

  setlocale (LC_ALL, "");

  application = adw_application_new ("io.github.candorapp.CandorBenchBare",
                                     G_APPLICATION_DEFAULT_FLAGS);
  g_signal_connect (application, "activate", G_CALLBACK (activate_cb), NULL);

  return g_application_run (G_APPLICATION (application), argc, argv);
}
