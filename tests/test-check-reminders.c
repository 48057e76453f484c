/* test-check-reminders.c — Connection Check and commitment reminders, as notifications
 *
 * The test runs its own session bus (GTestDBus) and owns org.gtk.Notifications on it, a
 * stand-in for GNOME Shell that records what the app sends and withdraws. Checks are
 * scheduled minutes ahead of the real clock. The process runs in a time zone where it is
 * midday, so that a commitment due today is already announced (from 09:00).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <sodium.h>
#include <stdlib.h>
#include <time.h>

#include "candor-application.h"
#include "candor-preferences-window.h"
#include "candor-reminders.h"
#include "candor-secure.h"
#include "candor-test-utils.h"
#include "candor-window.h"

#define PASSPHRASE "reminders test passphrase"

typedef struct {
  char *id;
  char *title;
  char *body;
  char *action;
  char *target;
} Sent;

static CandorApplication *app;
static GTestDBus *bus;
static char *journal_root;
static GPtrArray *sent;      /* Sent, in the order received */
static GPtrArray *withdrawn; /* ids */

typedef struct {
  CandorJournal *journal;
  CandorPerson  *sam;
} Fixture;

static void
sent_free (Sent *s)
{
  g_free (s->id);
  g_free (s->title);
  g_free (s->body);
  g_free (s->action);
  g_free (s->target);
  g_free (s);
}

static Sent *
find_sent (const char *id)
{
  for (guint i = sent->len; i > 0; i--)
    {
      Sent *s = g_ptr_array_index (sent, i - 1);

      if (g_str_equal (s->id, id))
        return s;
    }

  return NULL;
}

static gboolean
was_sent (gpointer id)
{
  return find_sent (id) != NULL;
}

static gboolean
was_withdrawn (gpointer id)
{
  for (guint i = 0; i < withdrawn->len; i++)
    if (g_str_equal (g_ptr_array_index (withdrawn, i), id))
      return TRUE;

  return FALSE;
}

static CandorPerson *
person_named (CandorJournal *journal,
              const char    *name)
{
  GListModel *people = candor_journal_get_people (journal);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(CandorPerson) person = g_list_model_get_item (people, i);

      if (g_strcmp0 (candor_person_get_name (person), name) == 0)
        return person;
    }

  return NULL;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  GSettings *settings = candor_application_get_settings (app);

  g_settings_set_boolean (settings, "check-reminders", TRUE);
  f->journal = candor_session_get_journal (candor_application_get_session (app));
  f->sam = person_named (f->journal, "Sam");
  g_assert_nonnull (f->sam);
  /* Whatever an earlier case left planned is sent now, before this case counts. */
  candor_test_spin (200);
  g_ptr_array_set_size (sent, 0);
  g_ptr_array_set_size (withdrawn, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  candor_test_close_toplevels_except (NULL);
}

static char *
check_id (CandorCheck *check)
{
  return g_strconcat ("check-", candor_entry_get_id (CANDOR_ENTRY (check)), NULL);
}

/* A check with Sam starting @seconds from now. */
static CandorCheck *
schedule (Fixture *f,
          int      seconds)
{
  static const char * const questions[] = {
    "What recent moment affected you most?",
    "What are you quietly proud of?",
    "Where would a little help make the biggest difference?",
    NULL
  };
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) start = g_date_time_add_seconds (now, seconds);
  g_autoptr(CandorCheck) check = candor_check_new (candor_entry_get_id (CANDOR_ENTRY (f->sam)),
                                                   start);

  candor_check_set_question_texts (check, questions);
  candor_journal_add_check (f->journal, check);
  return check;
}

static void
assert_private (Sent *s)
{
  /* Only who and when: nothing the couple wrote or asked. */
  g_assert_null (strstr (s->title, "proud"));
  g_assert_null (strstr (s->body, "proud"));
  g_assert_null (strstr (s->title, "weekend walk"));
  g_assert_null (strstr (s->body, "weekend walk"));
}

/* A check ten minutes ahead is announced at once, opens the Checks page, and its
 * notification goes when the check is held. */
static void
test_check_soon (Fixture       *f,
                 gconstpointer  data)
{
  CandorCheck *check = schedule (f, 10 * 60);
  g_autofree char *id = check_id (check);
  CandorWindow *window;
  Sent *s;

  g_assert_true (candor_test_wait_for (was_sent, id, 5000));
  s = find_sent (id);
  g_assert_cmpstr (s->title, ==, "Connection Check with Sam in 10 minutes");
  g_assert_true (g_str_has_prefix (s->body, "Starts at "));
  assert_private (s);
  g_assert_cmpstr (s->action, ==, "app.show-page");
  g_assert_cmpstr (s->target, ==, "checks");

  /* Sent once, however often the journal changes. */
  candor_check_set_notes (check, "A note");
  candor_test_spin (300);
  g_assert_cmpuint (sent->len, ==, 1);

  /* The notification's action shows the Checks page. */
  window = candor_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  candor_window_set_visible_page (window, "today");
  g_assert_true (g_str_has_prefix (s->action, "app."));
  g_action_group_activate_action (G_ACTION_GROUP (app), s->action + strlen ("app."),
                                  g_variant_new_string (s->target));
  g_assert_cmpstr (candor_window_get_visible_page (window), ==, "checks");

  /* Held: the reminder is withdrawn. */
  g_assert_false (was_withdrawn (id));
  candor_check_set_status (check, CANDOR_CHECK_STATUS_HELD);
  g_assert_true (candor_test_wait_for (was_withdrawn, id, 5000));
  g_assert_cmpuint (sent->len, ==, 1);
}

/* A check just over 15 minutes ahead: nothing yet, then the timeout sends it. Removed:
 * withdrawn. */
static void
test_check_timer (Fixture       *f,
                  gconstpointer  data)
{
  CandorCheck *check = schedule (f, CANDOR_REMINDER_CHECK_LEAD_MINUTES * 60 + 2);
  g_autofree char *id = check_id (check);

  candor_test_spin (500);
  g_assert_false (was_sent (id));
  g_assert_true (candor_test_wait_for (was_sent, id, 8000));
  g_assert_cmpstr (find_sent (id)->title, ==, "Connection Check with Sam in 15 minutes");

  candor_journal_remove_check (f->journal, check);
  g_assert_true (candor_test_wait_for (was_withdrawn, id, 5000));
}

/* Commitments due today: the words only while the check is not private; done withdraws. */
static void
test_commitment (Fixture       *f,
                 gconstpointer  data)
{
  CandorCheck *open_check = schedule (f, -3 * 3600);
  CandorCheck *private_check = schedule (f, -2 * 3600);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) today = candor_day_from_date_time (now);
  g_autoptr(CandorCommitment) shared = NULL;
  g_autoptr(CandorCommitment) kept = NULL;
  g_autofree char *shared_id = NULL;
  g_autofree char *kept_id = NULL;
  Sent *s;

  g_assert_cmpint (g_date_time_get_hour (now), >=, CANDOR_REMINDER_COMMITMENT_HOUR);
  candor_check_set_status (open_check, CANDOR_CHECK_STATUS_HELD);
  candor_check_set_private (open_check, FALSE);
  candor_check_set_status (private_check, CANDOR_CHECK_STATUS_HELD);
  g_assert_true (candor_check_get_private (private_check));

  shared = candor_commitment_new (candor_entry_get_id (CANDOR_ENTRY (f->sam)),
                                  candor_entry_get_id (CANDOR_ENTRY (open_check)),
                                  "Book the weekend walk");
  candor_commitment_set_due (shared, today);
  kept = candor_commitment_new (candor_entry_get_id (CANDOR_ENTRY (f->sam)),
                                candor_entry_get_id (CANDOR_ENTRY (private_check)),
                                "Book the weekend walk");
  candor_commitment_set_due (kept, today);
  candor_journal_add_commitment (f->journal, shared);
  candor_journal_add_commitment (f->journal, kept);
  shared_id = g_strconcat ("commitment-", candor_entry_get_id (CANDOR_ENTRY (shared)), NULL);
  kept_id = g_strconcat ("commitment-", candor_entry_get_id (CANDOR_ENTRY (kept)), NULL);

  g_assert_true (candor_test_wait_for (was_sent, shared_id, 5000));
  g_assert_true (candor_test_wait_for (was_sent, kept_id, 5000));
  s = find_sent (shared_id);
  g_assert_cmpstr (s->title, ==, "Due today: Book the weekend walk");
  g_assert_cmpstr (s->body, ==, "A commitment with Sam");
  g_assert_cmpstr (s->target, ==, "checks");
  s = find_sent (kept_id);
  g_assert_cmpstr (s->title, ==, "Due today: a commitment with Sam");
  assert_private (s);

  /* Its check made private afterwards: the notification with its words goes. */
  candor_check_set_private (open_check, TRUE);
  g_assert_true (candor_test_wait_for (was_withdrawn, shared_id, 5000));
  g_assert_false (was_withdrawn (kept_id));

  /* Done: withdrawn. */
  candor_commitment_set_done (kept, now);
  g_assert_true (candor_test_wait_for (was_withdrawn, kept_id, 5000));
  candor_commitment_set_done (shared, now);
}

static gboolean
switch_on (gpointer data)
{
  return gtk_switch_get_active (GTK_SWITCH (data));
}

static gboolean
switch_off (gpointer data)
{
  return !gtk_switch_get_active (GTK_SWITCH (data));
}

/* The Preferences switch turns reminders off: nothing is sent, and what was shown goes.
 * On again, what is due comes. */
static void
test_preference_off (Fixture       *f,
                     gconstpointer  data)
{
  GSettings *settings = candor_application_get_settings (app);
  CandorPreferencesWindow *preferences = candor_preferences_window_new (NULL);
  GtkWidget *row;
  GtkWidget *toggle;
  CandorCheck *first;
  CandorCheck *second;
  g_autofree char *first_id = NULL;
  g_autofree char *second_id = NULL;

  first = schedule (f, 5 * 60);
  first_id = check_id (first);
  g_assert_true (candor_test_wait_for (was_sent, first_id, 5000));

  gtk_window_present (GTK_WINDOW (preferences));
  row = candor_test_find_widget (GTK_WIDGET (preferences), ADW_TYPE_ACTION_ROW,
                                 "Remind Me of Connection Checks");
  g_assert_nonnull (row);
  toggle = candor_test_find_widget (row, GTK_TYPE_SWITCH, NULL);
  g_assert_nonnull (toggle);
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (toggle)));
  g_assert_true (gtk_widget_activate (row));
  /* The switch slides over before it changes. */
  g_assert_true (candor_test_wait_for (switch_off, toggle, 5000));
  g_assert_false (g_settings_get_boolean (settings, "check-reminders"));

  g_assert_true (candor_test_wait_for (was_withdrawn, first_id, 5000));

  second = schedule (f, 6 * 60);
  second_id = check_id (second);
  candor_test_spin (1000);
  g_assert_false (was_sent (second_id));

  g_assert_true (gtk_widget_activate (row));
  g_assert_true (candor_test_wait_for (switch_on, toggle, 5000));
  g_assert_true (g_settings_get_boolean (settings, "check-reminders"));
  g_assert_true (candor_test_wait_for (was_sent, second_id, 5000));

  candor_check_set_status (first, CANDOR_CHECK_STATUS_SKIPPED);
  candor_check_set_status (second, CANDOR_CHECK_STATUS_SKIPPED);
  gtk_window_destroy (GTK_WINDOW (preferences));
}

/* While the journal is locked nothing is sent; once open again, what is due comes. */
static void
test_locked (Fixture       *f,
             gconstpointer  data)
{
  CandorSession *session = candor_application_get_session (app);
  g_autoptr(GError) error = NULL;
  CandorCheck *check = schedule (f, CANDOR_REMINDER_CHECK_LEAD_MINUTES * 60 + 2);
  g_autofree char *id = check_id (check);
  /* The journal, and the check with it, goes when it locks. */
  g_autofree char *entry_id = g_strdup (candor_entry_get_id (CANDOR_ENTRY (check)));

  g_assert_true (candor_session_save (session, &error));
  g_assert_no_error (error);
  g_assert_true (candor_session_lock (session, &error));
  g_assert_no_error (error);

  candor_test_spin (4000);
  g_assert_false (was_sent (id));

  g_assert_true (candor_session_unlock_all (session, PASSPHRASE, &error));
  g_assert_no_error (error);
  g_assert_true (candor_test_wait_for (was_sent, id, 5000));
  g_assert_cmpstr (find_sent (id)->title, ==, "Connection Check with Sam in 15 minutes");

  check = candor_journal_get_check_by_id (candor_session_get_journal (session), entry_id);
  g_assert_nonnull (check);
}

/* A stand-in for GNOME Shell's notification service: records what it is sent. */
static void
notifications_method_call (GDBusConnection       *connection,
                           const char            *sender,
                           const char            *object_path,
                           const char            *interface_name,
                           const char            *method_name,
                           GVariant              *parameters,
                           GDBusMethodInvocation *invocation,
                           gpointer               user_data)
{
  if (g_str_equal (method_name, "AddNotification"))
    {
      g_autoptr(GVariant) hints = g_variant_get_child_value (parameters, 2);
      g_autoptr(GVariant) target = NULL;
      Sent *s = g_new0 (Sent, 1);

      g_variant_get_child (parameters, 1, "s", &s->id);
      g_variant_lookup (hints, "title", "s", &s->title);
      if (!g_variant_lookup (hints, "body", "s", &s->body))
        s->body = g_strdup ("");
      g_variant_lookup (hints, "default-action", "s", &s->action);
      target = g_variant_lookup_value (hints, "default-action-target", G_VARIANT_TYPE_STRING);
      if (target != NULL)
        s->target = g_variant_dup_string (target, NULL);
      g_ptr_array_add (sent, s);
    }
  else if (g_str_equal (method_name, "RemoveNotification"))
    {
      char *id = NULL;

      g_variant_get_child (parameters, 1, "s", &id);
      g_ptr_array_add (withdrawn, id);
    }

  g_dbus_method_invocation_return_value (invocation, NULL);
}

static void
open_journal (void)
{
  CandorSession *session;

  journal_root = candor_test_open_app_journal (app, PASSPHRASE);
  session = candor_application_get_session (app);
  candor_session_set_autosave_delay (session, 0);
  candor_test_add_couple (candor_session_get_journal (session));
}

/* A time zone where it is about midday now, whatever the machine's clock says. */
static void
use_midday_time_zone (void)
{
  time_t now = time (NULL);
  struct tm utc;
  int offset;
  g_autofree char *tz = NULL;

  gmtime_r (&now, &utc);
  offset = 12 - utc.tm_hour;
  /* POSIX TZ counts west of Greenwich: "XXX-3" is three hours ahead of UTC. */
  tz = g_strdup_printf ("XXX%+d", -offset);
  g_setenv ("TZ", tz, TRUE);
  tzset ();
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *display = NULL;
  int ret;

  use_midday_time_zone ();
  /* A bus of our own, before anything connects to one: the stand-in owns its name
   * whatever other tests run at the same time. */
  display = g_strdup (g_getenv ("DISPLAY"));
  bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_up (bus);
  /* GTestDBus unsets DISPLAY (against X11 autolaunch); the widgets need it. */
  if (display != NULL)
    g_setenv ("DISPLAY", display, TRUE);

  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();
  g_assert_true (candor_secure_init (NULL));

  sent = g_ptr_array_new_with_free_func ((GDestroyNotify) sent_free);
  withdrawn = g_ptr_array_new_with_free_func (g_free);
  candor_test_own_notifications (notifications_method_call, NULL);

  app = candor_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
  open_journal ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/check-reminders/check-soon", test_check_soon);
  ADD ("/check-reminders/check-timer", test_check_timer);
  ADD ("/check-reminders/commitment", test_commitment);
  ADD ("/check-reminders/preference-off", test_preference_off);
  ADD ("/check-reminders/locked", test_locked);
#undef ADD

  ret = g_test_run ();
  g_object_unref (app);
  candor_test_remove_tree (journal_root);
  g_free (journal_root);
  g_ptr_array_unref (sent);
  g_ptr_array_unref (withdrawn);
  /* Stopped, not freed: freeing waits for the bus connection to go, which GTK keeps. */
  g_test_dbus_stop (bus);
  return ret;
}
