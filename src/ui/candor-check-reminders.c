/* candor-check-reminders.c — Connection Check and commitment reminders as notifications
 *
 * While the journal is open and the "check-reminders" setting is on, one timeout waits for
 * the next moment candor_reminders_live() names (capped, see MAX_WAIT_SECONDS) and a
 * change to the journal plans anew; what is due then is sent as a GNotification whose
 * default action opens the Checks page. Each entry has one notification id, so a later
 * reminder about it replaces the earlier one, and a check held, skipped, moved or removed
 * (a commitment done or removed) withdraws its notification.
 *
 * Nothing is sent while the journal is locked: the reminders come from its contents.
 * What a notification says can show on a locked screen, so it says no more than who and
 * when: a check's reminder names the person and the time, never its questions. A
 * commitment shows its own words only when the check it came from is not private (the
 * same rule as the calendar export); otherwise only who it is with. Locking the journal
 * withdraws the notifications that show such words and keeps the ones that only say who
 * and when, so an idle lock does not take away a reminder not yet read. Turning the
 * setting off withdraws them all.
 *
 * What was sent is remembered for as long as the app runs (candor-reminders.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>

#include "candor-check-reminders.h"
#include "candor-reminders.h"
#include "candor-rituals.h"

/* Wake up at least this often: the timeout's clock stops while the machine sleeps, and a
 * check's reminder should not be late by more than this after a resume. */
#define MAX_WAIT_SECONDS 300

#define SETTINGS_KEY "check-reminders"

struct _CandorCheckReminders
{
  GObject         parent_instance;

  GApplication   *application;  /* not owned: the application owns this object */
  GSettings      *settings;
  CandorSession  *session;
  CandorJournal  *journal;
  gulong          changed_handler;

  GHashTable     *sent;         /* keys of the reminders sent, see candor-reminders.h */
  GHashTable     *shown;        /* notification id → TRUE if it shows a commitment's words */
  guint           wake_id;
  guint           idle_id;
};

G_DEFINE_FINAL_TYPE (CandorCheckReminders, candor_check_reminders, G_TYPE_OBJECT)

static void update (CandorCheckReminders *self);

static gboolean
is_enabled (CandorCheckReminders *self)
{
  return g_settings_get_boolean (self->settings, SETTINGS_KEY);
}

static GNotification *
check_notification (CandorReminder *reminder,
                    GDateTime      *now)
{
  GDateTime *start = candor_check_get_start (CANDOR_CHECK (reminder->entry));
  g_autoptr(GDateTime) local = g_date_time_to_local (start);
  g_autofree char *clock = candor_format_clock_time (local);
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  GTimeSpan left = g_date_time_difference (start, now);
  int minutes = (int) MAX (1, (left + G_TIME_SPAN_MINUTE - 1) / G_TIME_SPAN_MINUTE);
  GNotification *notification;

  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        /* Translators: a notification; %s is a person's
                                         * name, %d the minutes until the check starts. */
                                        "Connection Check with %s in %d minute",
                                        "Connection Check with %s in %d minutes",
                                        minutes),
                           candor_person_get_name (reminder->person), minutes);
  /* Translators: a notification's text; %s is a time of day ("19:30"). */
  body = g_strdup_printf (_("Starts at %s. A good moment to find a quiet spot together."),
                          clock);

  notification = g_notification_new (title);
  g_notification_set_body (notification, body);
  return notification;
}

static GNotification *
commitment_notification (CandorReminder *reminder)
{
  const char *name = candor_person_get_name (reminder->person);
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  GNotification *notification;

  if (reminder->shareable)
    {
      /* Translators: a notification; %s is what someone promised ("Book the weekend walk"). */
      title = g_strdup_printf (_("Due today: %s"),
                               candor_commitment_get_text (CANDOR_COMMITMENT (reminder->entry)));
      /* Translators: a notification's text; %s is a person's name. */
      body = g_strdup_printf (_("A commitment with %s"), name);
    }
  else
    {
      /* Translators: a notification; %s is a person's name. The commitment's words are
       * left out because its Connection Check is private. */
      title = g_strdup_printf (_("Due today: a commitment with %s"), name);
      body = g_strdup (_("Open Candor to see it."));
    }

  notification = g_notification_new (title);
  g_notification_set_body (notification, body);
  return notification;
}

static void
send (CandorCheckReminders *self,
      CandorReminder       *reminder,
      GDateTime            *now)
{
  g_autoptr(GNotification) notification = NULL;
  gboolean wordy = FALSE;

  if (reminder->kind == CANDOR_REMINDER_CHECK)
    {
      notification = check_notification (reminder, now);
    }
  else
    {
      notification = commitment_notification (reminder);
      wordy = reminder->shareable;
    }

  g_notification_set_default_action_and_target (notification, "app.show-page", "s", "checks");
  g_application_send_notification (self->application, reminder->id, notification);
  g_hash_table_insert (self->shown, g_strdup (reminder->id), GINT_TO_POINTER (wordy));
}

/* Withdraws the notifications shown whose id is not in @live (id → CandorReminder; every
 * one when %NULL), and those that show a commitment's words it may no longer show (its
 * check was made private); with @only_wordy, only those that show a commitment's words. */
static void
withdraw (CandorCheckReminders *self,
          GHashTable           *live,
          gboolean              only_wordy)
{
  GHashTableIter iter;
  gpointer id, wordy;

  g_hash_table_iter_init (&iter, self->shown);
  while (g_hash_table_iter_next (&iter, &id, &wordy))
    {
      CandorReminder *reminder = live != NULL ? g_hash_table_lookup (live, id) : NULL;

      if (reminder != NULL && (reminder->shareable || !GPOINTER_TO_INT (wordy)))
        continue;
      if (only_wordy && !GPOINTER_TO_INT (wordy))
        continue;

      g_application_withdraw_notification (self->application, id);
      g_hash_table_iter_remove (&iter);
    }
}

static gboolean
wake_cb (gpointer data)
{
  CandorCheckReminders *self = data;

  self->wake_id = 0;
  update (self);

  return G_SOURCE_REMOVE;
}

static void
update (CandorCheckReminders *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) next = NULL;
  g_autoptr(GPtrArray) live = NULL;
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(GHashTable) live_by_id = NULL;
  GTimeSpan wait = (GTimeSpan) MAX_WAIT_SECONDS * G_TIME_SPAN_SECOND;
  gint64 seconds;

  g_clear_handle_id (&self->wake_id, g_source_remove);
  g_clear_handle_id (&self->idle_id, g_source_remove);

  if (!is_enabled (self))
    {
      withdraw (self, NULL, FALSE);
      return;
    }

  if (self->journal == NULL)
    {
      withdraw (self, NULL, TRUE);
      return;
    }

  /* A notification needs an application on the bus. */
  if (!g_application_get_is_registered (self->application))
    return;

  now = g_date_time_new_now_local ();

  /* First what no longer applies (held, done, moved, removed, over), then what is due. */
  live = candor_reminders_live (self->journal, now, &next);
  live_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < live->len; i++)
    {
      CandorReminder *reminder = g_ptr_array_index (live, i);

      g_hash_table_insert (live_by_id, reminder->id, reminder);
    }
  withdraw (self, live_by_id, FALSE);

  due = candor_reminders_due (self->journal, now, self->sent, NULL);
  for (guint i = 0; i < due->len; i++)
    send (self, g_ptr_array_index (due, i), now);

  if (next != NULL)
    wait = CLAMP (g_date_time_difference (next, now), 0, wait);
  /* Rounded up: woken a little early, nothing is due yet and it waits one more second. */
  seconds = MAX (1, (wait + G_TIME_SPAN_SECOND - 1) / G_TIME_SPAN_SECOND);
  self->wake_id = g_timeout_add_seconds ((guint) seconds, wake_cb, self);
}

static gboolean
idle_update_cb (gpointer data)
{
  CandorCheckReminders *self = data;

  self->idle_id = 0;
  update (self);

  return G_SOURCE_REMOVE;
}

/* Many changes come in a row (an import, typing in a check): plan once after them. */
static void
journal_changed_cb (CandorCheckReminders *self,
                    CandorEntry          *entry)
{
  if (entry != NULL &&
      !CANDOR_IS_CHECK (entry) && !CANDOR_IS_COMMITMENT (entry) && !CANDOR_IS_PERSON (entry))
    return;

  /* At the default priority: a busy window redrawing must not hold a withdrawal back. */
  if (self->idle_id == 0)
    self->idle_id = g_idle_add_full (G_PRIORITY_DEFAULT, idle_update_cb, self, NULL);
}

static void
set_journal (CandorCheckReminders *self,
             CandorJournal        *journal)
{
  if (self->journal == journal)
    return;

  if (self->journal != NULL)
    g_clear_signal_handler (&self->changed_handler, self->journal);
  g_set_object (&self->journal, journal);
  if (journal != NULL)
    self->changed_handler = g_signal_connect_object (journal, "changed",
                                                     G_CALLBACK (journal_changed_cb), self,
                                                     G_CONNECT_SWAPPED);
}

static void
session_changed_cb (CandorCheckReminders *self)
{
  CandorJournal *journal = NULL;

  if (self->session != NULL &&
      candor_session_get_state (self->session) == CANDOR_SESSION_STATE_READY)
    journal = candor_session_get_journal (self->session);

  set_journal (self, journal);
  update (self);
}

static void
setting_changed_cb (CandorCheckReminders *self)
{
  update (self);
}

static void
candor_check_reminders_dispose (GObject *object)
{
  CandorCheckReminders *self = CANDOR_CHECK_REMINDERS (object);

  g_clear_handle_id (&self->wake_id, g_source_remove);
  g_clear_handle_id (&self->idle_id, g_source_remove);
  set_journal (self, NULL);
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_clear_object (&self->session);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (candor_check_reminders_parent_class)->dispose (object);
}

static void
candor_check_reminders_finalize (GObject *object)
{
  CandorCheckReminders *self = CANDOR_CHECK_REMINDERS (object);

  g_hash_table_unref (self->sent);
  g_hash_table_unref (self->shown);

  G_OBJECT_CLASS (candor_check_reminders_parent_class)->finalize (object);
}

static void
candor_check_reminders_class_init (CandorCheckRemindersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = candor_check_reminders_dispose;
  object_class->finalize = candor_check_reminders_finalize;
}

static void
candor_check_reminders_init (CandorCheckReminders *self)
{
  self->sent = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->shown = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * candor_check_reminders_new:
 * @application: the application that sends the notifications (not referenced: it is
 *   expected to own the result)
 * @settings: the application's settings, with the "check-reminders" key
 */
CandorCheckReminders *
candor_check_reminders_new (GApplication *application,
                            GSettings    *settings)
{
  CandorCheckReminders *self;

  g_return_val_if_fail (G_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (CANDOR_TYPE_CHECK_REMINDERS, NULL);
  self->application = application;
  self->settings = g_object_ref (settings);
  g_signal_connect_swapped (settings, "changed::" SETTINGS_KEY,
                            G_CALLBACK (setting_changed_cb), self);

  return self;
}

/**
 * candor_check_reminders_set_session:
 * @session: (nullable): the session whose journal is watched
 */
void
candor_check_reminders_set_session (CandorCheckReminders *self,
                                    CandorSession        *session)
{
  g_return_if_fail (CANDOR_IS_CHECK_REMINDERS (self));
  g_return_if_fail (session == NULL || CANDOR_IS_SESSION (session));

  if (self->session == session)
    return;

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_set_object (&self->session, session);
  if (session != NULL)
    {
      g_signal_connect_swapped (session, "notify::state", G_CALLBACK (session_changed_cb), self);
      g_signal_connect_swapped (session, "notify::journal", G_CALLBACK (session_changed_cb), self);
    }

  session_changed_cb (self);
}
