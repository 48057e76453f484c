/* test-toast.c — toasts queue and each one shows; a toast that waits to be acted on stays
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "candor-test-utils.h"
#include "candor-toast.h"

typedef struct {
  GtkWindow       *window;
  AdwToastOverlay *overlay;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (fixture->overlay, gtk_label_new ("content"));
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->overlay));
  gtk_window_set_default_size (fixture->window, 400, 300);
  gtk_window_present (fixture->window);
  candor_test_spin (100);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  candor_test_spin (50);
}

static gboolean
label_mapped (gpointer data)
{
  gpointer *args = data;
  GtkWidget *label = candor_test_find_widget (args[0], GTK_TYPE_LABEL, args[1]);

  return label != NULL && gtk_widget_get_mapped (label);
}

static gboolean
shows (Fixture    *fixture,
       const char *text)
{
  gpointer args[2] = { fixture->overlay, (gpointer) text };

  return candor_test_wait_for (label_mapped, args, 4000);
}

/* An "Undo" right after another message is not lost: it shows once the first has gone. */
static void
test_queued_toast_shows (Fixture       *fixture,
                         gconstpointer  data)
{
  AdwToast *first = adw_toast_new ("A rule needs some words");

  adw_toast_set_timeout (first, 1);
  adw_toast_overlay_add_toast (fixture->overlay, first);
  g_assert_true (shows (fixture, "A rule needs some words"));

  adw_toast_overlay_add_toast (fixture->overlay, adw_toast_new ("Rule removed"));
  g_assert_true (shows (fixture, "Rule removed"));
}

/* Text is text: markup characters are shown, not parsed. */
static void
test_text_is_escaped (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWidget *label;

  candor_toast_add_text (fixture->overlay, "Tom & Jerry <3");
  g_assert_true (shows (fixture, "Tom &amp; Jerry &lt;3"));
  label = candor_test_find_widget (GTK_WIDGET (fixture->overlay), GTK_TYPE_LABEL,
                                   "Tom &amp; Jerry &lt;3");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "Tom & Jerry <3");
}

/* "Couldn't save … Retry" stays until it is acted on; a later message waits. */
static void
test_persistent_stays (Fixture       *fixture,
                       gconstpointer  data)
{
  AdwToast *persistent = adw_toast_new ("Couldn't save");

  adw_toast_set_timeout (persistent, 0);
  adw_toast_overlay_add_toast (fixture->overlay, persistent);
  g_assert_true (shows (fixture, "Couldn't save"));

  candor_toast_add_text (fixture->overlay, "Named: calm");
  candor_test_spin (300);
  g_assert_true (shows (fixture, "Couldn't save"));
}

/* Away from any overlay the message goes to the log instead of vanishing. */
static void
test_no_overlay (void)
{
  GtkWidget *label = g_object_ref_sink (gtk_label_new ("alone"));

  g_test_expect_message ("Candor", G_LOG_LEVEL_MESSAGE, "Saved to the log");
  candor_toast_add_near (label, "Saved to the log");
  g_test_assert_expected_messages ();
  candor_toast_add_toast_near (label, adw_toast_new ("dropped"));
  g_object_unref (label);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/toast/queued-toast-shows", Fixture, NULL, fixture_set_up,
              test_queued_toast_shows, fixture_tear_down);
  g_test_add ("/toast/text-is-escaped", Fixture, NULL, fixture_set_up, test_text_is_escaped,
              fixture_tear_down);
  g_test_add ("/toast/persistent-stays", Fixture, NULL, fixture_set_up, test_persistent_stays,
              fixture_tear_down);
  g_test_add_func ("/toast/no-overlay", test_no_overlay);
  return g_test_run ();
}
