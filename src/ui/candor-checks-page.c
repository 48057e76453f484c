/* candor-checks-page.c — the Connection Checks page: the month, what is coming, the people
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>

#include "candor-cadence.h"
#include "candor-check-month.h"
#include "candor-check-row.h"
#include "candor-checks-page.h"
#include "candor-commitments-group.h"
#include "candor-ical.h"
#include "candor-person-dialog.h"
#include "candor-schedule-dialog.h"
#include "candor-window.h"
#include "candor-wrap-box.h"
#include "candor-toast.h"

#define N_UPCOMING 6

struct _CandorChecksPage
{
  GtkWidget         parent_instance;

  CandorSession    *session;
  CandorJournal    *journal;
  GDateTime        *now;
  guint             refresh_source;
  /* An open journal arrived while the page was not shown: refresh once it is. */
  gboolean          stale;

  GtkWidget        *stack;
  GtkListBox       *warnings_list;
  CandorCheckMonth *month;
  GtkWidget        *legend;
  AdwPreferencesGroup *day_group;
  GtkListBox       *day_list;
  GtkListBox       *upcoming_list;
  GtkListBox       *people_list;
  CandorCommitmentsGroup *commitments_group;
};

G_DEFINE_FINAL_TYPE (CandorChecksPage, candor_checks_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void refresh (CandorChecksPage *self);

/* Helpers */

static GDateTime *
page_now (CandorChecksPage *self)
{
  return self->now != NULL ? g_date_time_ref (self->now) : g_date_time_new_now_local ();
}

static void
toast (CandorChecksPage *self,
       AdwToast         *new_toast)
{
  candor_toast_add_toast_near (GTK_WIDGET (self), new_toast);
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* The month */

static void
refresh_month (CandorChecksPage *self,
               GDateTime        *now)
{
  int year = candor_check_month_get_year (self->month);
  int month = candor_check_month_get_month (self->month);
  int n_days = g_date_get_days_in_month (month, year);
  CandorDayMarks marks[32] = { 0 };
  GListModel *checks = candor_journal_get_checks (self->journal);
  GListModel *checkins = candor_journal_get_checkins (self->journal);

  candor_check_month_set_first_weekday (self->month,
                                        candor_settings_get_first_weekday (
                                          candor_journal_get_settings (self->journal)));

  for (guint i = 0; i < g_list_model_get_n_items (checks); i++)
    {
      g_autoptr(CandorCheck) check = g_list_model_get_item (checks, i);
      g_autoptr(GDateTime) local = NULL;
      CandorDayMarks mark;

      if (candor_check_get_start (check) == NULL)
        continue;
      local = g_date_time_to_local (candor_check_get_start (check));
      if (g_date_time_get_year (local) != year || g_date_time_get_month (local) != month)
        continue;

      if (candor_cadence_check_is_overdue (check, now))
        mark = CANDOR_DAY_MARK_OVERDUE;
      else if (candor_check_get_status (check) == CANDOR_CHECK_STATUS_HELD)
        mark = CANDOR_DAY_MARK_HELD;
      else if (candor_check_get_status (check) == CANDOR_CHECK_STATUS_SKIPPED)
        mark = CANDOR_DAY_MARK_SKIPPED;
      else
        mark = CANDOR_DAY_MARK_SCHEDULED;
      marks[g_date_time_get_day_of_month (local)] |= mark;
    }

  /* A check-in's date names a day (00:00 UTC of it), not a moment. */
  for (guint i = 0; i < g_list_model_get_n_items (checkins); i++)
    {
      g_autoptr(CandorEntry) checkin = g_list_model_get_item (checkins, i);
      GDateTime *day = candor_entry_get_date (checkin);

      if (day != NULL && g_date_time_get_year (day) == year &&
          g_date_time_get_month (day) == month)
        marks[g_date_time_get_day_of_month (day)] |= CANDOR_DAY_MARK_CHECKIN;
    }

  for (int day = 1; day <= n_days; day++)
    candor_check_month_set_marks (self->month, day, marks[day]);
}

static void
refresh_day (CandorChecksPage *self)
{
  g_autoptr(GDateTime) now = page_now (self);
  int year = candor_check_month_get_year (self->month);
  int month = candor_check_month_get_month (self->month);
  int day = candor_check_month_get_selected_day (self->month);
  GListModel *checks = candor_journal_get_checks (self->journal);
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *title = NULL;
  guint n = 0;

  clear_list (self->day_list);
  gtk_widget_set_visible (GTK_WIDGET (self->day_group), day > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "checks.plan-day", day > 0);
  if (day == 0)
    return;

  date = g_date_time_new_local (year, month, day, 12, 0, 0);
  /* Translators: heading of the selected day's checks, e.g. "Saturday 14 March"; see strftime */
  title = g_date_time_format (date, _("%A %-d %B"));
  adw_preferences_group_set_title (self->day_group, title);

  for (guint i = 0; i < g_list_model_get_n_items (checks); i++)
    {
      g_autoptr(CandorCheck) check = g_list_model_get_item (checks, i);
      g_autoptr(GDateTime) local = NULL;

      if (candor_check_get_start (check) == NULL)
        continue;
      local = g_date_time_to_local (candor_check_get_start (check));
      if (g_date_time_get_year (local) == year && g_date_time_get_month (local) == month &&
          g_date_time_get_day_of_month (local) == day)
        {
          gtk_list_box_append (self->day_list, candor_check_row_new (self->journal, check, now, FALSE));
          n++;
        }
    }

  if (n == 0)
    gtk_list_box_append (self->day_list, candor_placeholder_row_new (_("No checks on this day")));
}

static void
refresh_upcoming (CandorChecksPage *self,
                  GDateTime        *now)
{
  GListModel *checks = candor_journal_get_checks (self->journal);
  guint n = 0;

  clear_list (self->upcoming_list);
  for (guint i = 0; i < g_list_model_get_n_items (checks) && n < N_UPCOMING; i++)
    {
      g_autoptr(CandorCheck) check = g_list_model_get_item (checks, i);
      GDateTime *start = candor_check_get_start (check);

      if (start == NULL || candor_check_get_status (check) != CANDOR_CHECK_STATUS_SCHEDULED ||
          candor_cadence_check_is_overdue (check, now))
        continue;
      gtk_list_box_append (self->upcoming_list, candor_check_row_new (self->journal, check, now, TRUE));
      n++;
    }

  if (n == 0)
    gtk_list_box_append (self->upcoming_list,
                         candor_placeholder_row_new (_("Nothing planned yet — pick a day above")));
}

/* Below cadence: one row per person, with one click to plan the missing checks */

static void
on_plan_missing (GtkButton        *button,
                 CandorChecksPage *self)
{
  CandorPerson *person = g_object_get_data (G_OBJECT (button), "candor-person");
  g_autoptr(GDateTime) now = page_now (self);
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  int year = candor_check_month_get_year (self->month);
  int month = candor_check_month_get_month (self->month);
  CandorCadenceMonth result;
  g_autoptr(GPtrArray) starts = NULL;
  CandorScheduleDialog *dialog;

  candor_cadence_compute (self->journal, person, year, month, tz, now, &result);
  starts = candor_cadence_propose (self->journal, person, year, month, result.missing, tz, now);
  if (starts->len == 0)
    return;

  dialog = candor_schedule_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                       self->journal, person, starts);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
refresh_warnings (CandorChecksPage *self,
                  GDateTime        *now)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  int year = candor_check_month_get_year (self->month);
  int month = candor_check_month_get_month (self->month);
  g_autoptr(GPtrArray) below = candor_cadence_people_below (self->journal, year, month, tz, now);
  guint shown = 0;

  clear_list (self->warnings_list);
  for (guint i = 0; i < below->len; i++)
    {
      CandorPerson *person = g_ptr_array_index (below, i);
      CandorCadenceMonth result;
      g_autoptr(GPtrArray) starts = NULL;
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row;
      GtkWidget *button;

      candor_cadence_compute (self->journal, person, year, month, tz, now, &result);
      starts = candor_cadence_propose (self->journal, person, year, month, result.missing, tz, now);
      if (starts->len == 0)
        continue;

      /* Translators: %u is how many checks are held or planned, %s a name */
      title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u check with %s this month",
                                            "%u checks with %s this month",
                                            result.held + result.scheduled),
                               result.held + result.scheduled, candor_person_get_name (person));
      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "You chose %u a month. Plan the missing one?",
                                               "You chose %u a month. Plan the missing ones?",
                                               result.missing),
                                  result.cadence);
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("x-office-calendar-symbolic"));
      /* Translators: button that opens the dialog to plan the missing checks */
      button = gtk_button_new_with_mnemonic (_("_Plan…"));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "suggested-action");
      g_object_set_data_full (G_OBJECT (button), "candor-person", g_object_ref (person),
                              g_object_unref);
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_plan_missing), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
      gtk_list_box_append (self->warnings_list, row);
      shown++;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->warnings_list), shown > 0);
}

/* People */

static void
on_undo_archive (AdwToast     *undo_toast,
                 CandorPerson *person)
{
  candor_person_set_archived (person, FALSE);
}

static void
on_person_response (CandorPersonDialog *dialog,
                    const char         *response,
                    CandorChecksPage   *self)
{
  CandorPerson *person = candor_person_dialog_get_person (dialog);
  g_autofree char *message = NULL;
  AdwToast *archived;

  if (g_strcmp0 (response, "archive") != 0 || person == NULL)
    return;

  candor_person_set_archived (person, TRUE);
  /* Translators: %s is a person's name */
  message = g_strdup_printf (_("%s archived"), candor_person_get_name (person));
  archived = adw_toast_new (message);
  adw_toast_set_button_label (archived, _("_Undo"));
  g_signal_connect_data (archived, "button-clicked", G_CALLBACK (on_undo_archive),
                         g_object_ref (person), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  toast (self, archived);
}

static void
open_person_dialog (CandorChecksPage *self,
                    CandorPerson     *person)
{
  CandorPersonDialog *dialog;

  if (self->journal == NULL)
    return;

  dialog = candor_person_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                     self->journal, person);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_person_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_person_row_activated (AdwActionRow     *row,
                         CandorChecksPage *self)
{
  open_person_dialog (self, g_object_get_data (G_OBJECT (row), "candor-person"));
}

static const char *
relationship_label (CandorRelationship relationship)
{
  switch (relationship)
    {
    case CANDOR_RELATIONSHIP_PARTNER:
      return _("Partner");
    case CANDOR_RELATIONSHIP_FRIEND:
      return _("Friend");
    case CANDOR_RELATIONSHIP_FAMILY:
      return _("Family");
    case CANDOR_RELATIONSHIP_OTHER:
    default:
      return _("Someone else");
    }
}

static guint
refresh_people (CandorChecksPage *self)
{
  GListModel *people = candor_journal_get_people (self->journal);
  guint n = 0;

  clear_list (self->people_list);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(CandorPerson) person = g_list_model_get_item (people, i);
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      if (candor_person_get_archived (person) || candor_person_get_is_me (person))
        continue;

      /* Translators: under a person's name: relationship and cadence, e.g. "Partner · 2 checks a month" */
      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u check a month",
                                               "%s · %u checks a month",
                                               candor_person_get_cadence (person)),
                                  relationship_label (candor_person_get_relationship (person)),
                                  candor_person_get_cadence (person));
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), candor_person_get_name (person));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), candor_person_swatch_new (person));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "candor-person", g_object_ref (person),
                              g_object_unref);
      g_signal_connect_object (row, "activated", G_CALLBACK (on_person_row_activated), self, 0);
      gtk_list_box_append (self->people_list, row);
      n++;
    }

  return n;
}

static void
refresh (CandorChecksPage *self)
{
  g_autoptr(GDateTime) now = page_now (self);
  guint n_people;

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  self->stale = FALSE;

  if (self->journal == NULL)
    {
      candor_commitments_group_set_journal (self->commitments_group, NULL);
      gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "empty");
      return;
    }

  n_people = refresh_people (self);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), n_people > 0 ? "content" : "empty");
  refresh_warnings (self, now);
  refresh_month (self, now);
  refresh_day (self);
  refresh_upcoming (self, now);
  candor_commitments_group_set_journal (self->commitments_group, self->journal);
}

static gboolean
refresh_idle (gpointer data)
{
  CandorChecksPage *self = data;

  self->refresh_source = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
queue_refresh (CandorChecksPage *self)
{
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add (refresh_idle, self);
}

void
candor_checks_page_refresh (CandorChecksPage *self)
{
  g_return_if_fail (CANDOR_IS_CHECKS_PAGE (self));
  refresh (self);
}

/* Template callbacks */

static void
on_day_activated (CandorChecksPage *self,
                  int               day)
{
  if (self->journal != NULL)
    refresh_day (self);
}

static void
on_month_changed (CandorChecksPage *self)
{
  if (self->journal != NULL)
    refresh (self);
}

/* Actions */

static void
add_person_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  open_person_dialog (CANDOR_CHECKS_PAGE (widget), NULL);
}

static void
plan_day_cb (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CandorChecksPage *self = CANDOR_CHECKS_PAGE (widget);
  int day = candor_check_month_get_selected_day (self->month);
  g_autoptr(GPtrArray) starts = NULL;
  CandorScheduleDialog *dialog;

  if (self->journal == NULL || day == 0)
    return;

  starts = g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_time_unref);
  g_ptr_array_add (starts, g_date_time_new_local (candor_check_month_get_year (self->month),
                                                  candor_check_month_get_month (self->month),
                                                  day, CANDOR_CADENCE_PROPOSED_HOUR, 0, 0));
  dialog = candor_schedule_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                       self->journal, NULL, starts);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_written (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(CandorChecksPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *name = g_file_get_basename (G_FILE (source));

  if (!g_file_replace_contents_finish (G_FILE (source), result, NULL, &error))
    /* Translators: %s is a file name, then the reason */
    message = g_strdup_printf (_("Could not save %s: %s"), name, error->message);
  else
    /* Translators: %s is a file name */
    message = g_strdup_printf (_("Saved %s — open it in your calendar app"), name);

  toast (self, adw_toast_new (message));
}

static void
on_export_response (GtkNativeDialog  *chooser,
                    int               response,
                    CandorChecksPage *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GBytes) bytes = NULL;
  char *data;
  gsize length = 0;

  if (response == GTK_RESPONSE_ACCEPT && self->journal != NULL)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      now = g_date_time_new_now_utc ();
      /* Building the text is quick; writing it goes off the main thread. */
      data = candor_ical_export (self->journal, now, &length);
      bytes = g_bytes_new_take (data, length);
      g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE,
                                           G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                                           NULL, export_written, g_object_ref (self));
    }

  g_object_unref (chooser);
}

static void
export_ics_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CandorChecksPage *self = CANDOR_CHECKS_PAGE (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->journal == NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Export to Calendar"),
                                         GTK_WINDOW (gtk_widget_get_root (widget)),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  /* Translators: the suggested file name of the exported calendar; keep the .ics */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("connection-checks.ics"));
  gtk_file_filter_set_name (filter, _("Calendar files"));
  gtk_file_filter_add_mime_type (filter, "text/calendar");
  gtk_file_filter_add_suffix (filter, "ics");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The session */

static void
set_journal (CandorChecksPage *self,
             CandorJournal    *journal)
{
  if (self->journal == journal)
    return;

  if (self->journal != NULL)
    g_signal_handlers_disconnect_by_data (self->journal, self);
  g_set_object (&self->journal, journal);
  if (self->journal != NULL)
    g_signal_connect_object (self->journal, "changed", G_CALLBACK (queue_refresh), self,
                             G_CONNECT_SWAPPED);

  /* Opening the journal pays only for the page on screen: a page not shown refreshes
   * once it is. Closing it shows at once. */
  if (self->journal != NULL && !gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      g_clear_handle_id (&self->refresh_source, g_source_remove);
      self->stale = TRUE;
    }
  else
    refresh (self);
}

static void
candor_checks_page_map (GtkWidget *widget)
{
  CandorChecksPage *self = CANDOR_CHECKS_PAGE (widget);

  if (self->stale)
    refresh (self);

  GTK_WIDGET_CLASS (candor_checks_page_parent_class)->map (widget);
}

static void
on_session_changed (CandorChecksPage *self)
{
  if (self->session != NULL &&
      candor_session_get_state (self->session) == CANDOR_SESSION_STATE_READY)
    set_journal (self, candor_session_get_journal (self->session));
  else
    set_journal (self, NULL);
}

CandorSession *
candor_checks_page_get_session (CandorChecksPage *self)
{
  g_return_val_if_fail (CANDOR_IS_CHECKS_PAGE (self), NULL);
  return self->session;
}

void
candor_checks_page_set_session (CandorChecksPage *self,
                                CandorSession    *session)
{
  g_return_if_fail (CANDOR_IS_CHECKS_PAGE (self));
  g_return_if_fail (session == NULL || CANDOR_IS_SESSION (session));

  if (self->session == session)
    return;

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_set_object (&self->session, session);
  if (session != NULL)
    {
      g_signal_connect_object (session, "notify::journal", G_CALLBACK (on_session_changed), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (session, "notify::state", G_CALLBACK (on_session_changed), self,
                               G_CONNECT_SWAPPED);
    }
  on_session_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

void
candor_checks_page_set_now (CandorChecksPage *self,
                            GDateTime        *now)
{
  g_return_if_fail (CANDOR_IS_CHECKS_PAGE (self));

  g_clear_pointer (&self->now, g_date_time_unref);
  if (now != NULL)
    {
      self->now = g_date_time_ref (now);
      {
        g_autoptr(GDateTime) local = g_date_time_to_local (now);
        candor_check_month_set_month (self->month, g_date_time_get_year (local),
                                      g_date_time_get_month (local));
      }
    }
  refresh (self);
}

/* Class */

static void
add_legend_entry (CandorChecksPage *self,
                  const char       *css,
                  const char       *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *dot = gtk_image_new ();
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (dot, "dot");
  gtk_widget_add_css_class (dot, css);
  gtk_widget_set_valign (dot, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, "caption");
  gtk_box_append (GTK_BOX (box), dot);
  gtk_box_append (GTK_BOX (box), label);
  candor_wrap_box_append (CANDOR_WRAP_BOX (self->legend), box);
}

static void
candor_checks_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CandorChecksPage *self = CANDOR_CHECKS_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_checks_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  CandorChecksPage *self = CANDOR_CHECKS_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      candor_checks_page_set_session (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_checks_page_dispose (GObject *object)
{
  CandorChecksPage *self = CANDOR_CHECKS_PAGE (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  if (self->journal != NULL)
    g_signal_handlers_disconnect_by_data (self->journal, self);
  g_clear_object (&self->session);
  g_clear_object (&self->journal);
  g_clear_pointer (&self->now, g_date_time_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), CANDOR_TYPE_CHECKS_PAGE);

  G_OBJECT_CLASS (candor_checks_page_parent_class)->dispose (object);
}

static void
candor_checks_page_class_init (CandorChecksPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = candor_checks_page_get_property;
  object_class->set_property = candor_checks_page_set_property;
  object_class->dispose = candor_checks_page_dispose;
  widget_class->map = candor_checks_page_map;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, CANDOR_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CANDOR_TYPE_CHECK_MONTH);
  g_type_ensure (CANDOR_TYPE_WRAP_BOX);
  g_type_ensure (CANDOR_TYPE_COMMITMENTS_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/candorapp/Candor/ui/candor-checks-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CandorChecksPage, stack);
  gtk_widget_class_bind_template_child (widget_class, CandorChecksPage, warnings_list);
  gtk_widget_class_bind_template_child (widget_class, CandorChecksPage, month);
  gtk_widget_class_bind_template_child (widget_class, CandorChecksPage, legend);
  gtk_widget_class_bind_template_child (widget_class, CandorChecksPage, day_group);
  gtk_widget_class_bind_template_child (widget_class, CandorChecksPage, day_list);
  gtk_widget_class_bind_template_child (widget_class, CandorChecksPage, upcoming_list);
  gtk_widget_class_bind_template_child (widget_class, CandorChecksPage, people_list);
  gtk_widget_class_bind_template_child (widget_class, CandorChecksPage, commitments_group);
  gtk_widget_class_bind_template_callback (widget_class, on_day_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_month_changed);

  gtk_widget_class_install_action (widget_class, "checks.add-person", NULL, add_person_cb);
  gtk_widget_class_install_action (widget_class, "checks.plan-day", NULL, plan_day_cb);
  gtk_widget_class_install_action (widget_class, "checks.export-ics", NULL, export_ics_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "checkspage");
}

static void
candor_checks_page_init (CandorChecksPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  add_legend_entry (self, "held", _("Held"));
  add_legend_entry (self, "scheduled", _("Planned"));
  add_legend_entry (self, "overdue", _("Not marked yet"));
  add_legend_entry (self, "skipped", _("Skipped"));
  /* Translators: in the calendar's legend: a day with a daily check-in */
  add_legend_entry (self, "checkin", _("Check-in"));

  refresh (self);
}

GtkWidget *
candor_checks_page_new (void)
{
  return g_object_new (CANDOR_TYPE_CHECKS_PAGE, NULL);
}
