/* candor-practices-page.c — guided practices: a fear shared, conflict rules, time-out,
 * tension script and rituals
 *
 * The page holds the pieces (each a class of its own) and the rituals: their settings
 * live in CandorSettings, and while the app runs a timeout waits for the next one and
 * sends a GNotification. The monthly one opens a short guided conversation, saved to the
 * journal as an exercise.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>

#include "candor-conflict-rules.h"
#include "candor-practice-cue.h"
#include "candor-toast.h"
#include "candor-practices-page.h"
#include "candor-rituals.h"
#include "candor-tension-script.h"
#include "candor-time-out.h"
#include "candor-vulnerability-exercise.h"

/* Wake up at least hourly: a suspended machine or a changed clock is noticed. */
#define MAX_WAIT_SECONDS 3600

struct _CandorPracticesPage
{
  AdwBin               parent_instance;

  CandorConflictRules *conflict_rules;
  CandorTimeOut       *time_out;
  CandorTensionScript *tension_script;
  AdwExpanderRow      *weekly_row;
  AdwComboRow         *weekly_day_row;
  AdwActionRow        *weekly_time_row;
  AdwExpanderRow      *nightly_row;
  AdwActionRow        *nightly_time_row;
  AdwExpanderRow      *monthly_row;
  GtkSpinButton       *monthly_day_spin;
  AdwActionRow        *monthly_time_row;
  GtkBox              *growth_slot;

  GtkSpinButton       *hour_spin[CANDOR_N_RITUALS];
  GtkSpinButton       *minute_spin[CANDOR_N_RITUALS];

  CandorSession       *session;
  CandorJournal       *journal;
  CandorSettings      *settings;
  GDateTime           *next[CANDOR_N_RITUALS];
  GDateTime           *last_check;
  guint                wake_id;
  gboolean             loading;
  /* The journal opened while the page was not shown: the rules show it once it is. */
  gboolean             rules_stale;
};

G_DEFINE_FINAL_TYPE (CandorPracticesPage, candor_practices_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void reschedule          (CandorPracticesPage *self);
static void settings_changed_cb (CandorPracticesPage *self,
                                 GParamSpec          *pspec);

/* Statics */

static AdwExpanderRow *
ritual_row (CandorPracticesPage *self,
            CandorRitual         ritual)
{
  switch (ritual)
    {
    case CANDOR_RITUAL_WEEKLY:
      return self->weekly_row;
    case CANDOR_RITUAL_NIGHTLY:
      return self->nightly_row;
    case CANDOR_RITUAL_MONTHLY:
    default:
      return self->monthly_row;
    }
}

static const char *
ritual_time (CandorSettings *settings,
             CandorRitual    ritual)
{
  switch (ritual)
    {
    case CANDOR_RITUAL_WEEKLY:
      return candor_settings_get_ritual_weekly_time (settings);
    case CANDOR_RITUAL_NIGHTLY:
      return candor_settings_get_ritual_nightly_time (settings);
    case CANDOR_RITUAL_MONTHLY:
    default:
      return candor_settings_get_ritual_monthly_time (settings);
    }
}

static void
load_rituals (CandorPracticesPage *self)
{
  gboolean sensitive = self->settings != NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self->weekly_row), sensitive);
  gtk_widget_set_sensitive (GTK_WIDGET (self->nightly_row), sensitive);
  gtk_widget_set_sensitive (GTK_WIDGET (self->monthly_row), sensitive);
  if (!sensitive)
    return;

  self->loading = TRUE;
  for (CandorRitual ritual = 0; ritual < CANDOR_N_RITUALS; ritual++)
    {
      guint hour = 19, minute = 0;

      candor_ritual_parse_time (ritual_time (self->settings, ritual), &hour, &minute);
      adw_expander_row_set_enable_expansion (ritual_row (self, ritual),
                                             candor_ritual_get_enabled (self->settings, ritual));
      gtk_spin_button_set_value (self->hour_spin[ritual], hour);
      gtk_spin_button_set_value (self->minute_spin[ritual], minute);
    }
  adw_combo_row_set_selected (self->weekly_day_row,
                              CLAMP (candor_settings_get_ritual_weekly_day (self->settings), 1, 7) - 1);
  gtk_spin_button_set_value (self->monthly_day_spin,
                             candor_settings_get_ritual_monthly_day (self->settings));
  self->loading = FALSE;
}

static void
store_rituals (CandorPracticesPage *self)
{
  char *times[CANDOR_N_RITUALS] = { NULL, };

  if (self->loading || self->settings == NULL)
    return;

  for (CandorRitual ritual = 0; ritual < CANDOR_N_RITUALS; ritual++)
    times[ritual] = candor_ritual_format_time (gtk_spin_button_get_value_as_int (self->hour_spin[ritual]),
                                               gtk_spin_button_get_value_as_int (self->minute_spin[ritual]));

  self->loading = TRUE;
  g_object_freeze_notify (G_OBJECT (self->settings));
  candor_settings_set_ritual_weekly_enabled (self->settings,
                                             adw_expander_row_get_enable_expansion (self->weekly_row));
  candor_settings_set_ritual_weekly_day (self->settings,
                                         adw_combo_row_get_selected (self->weekly_day_row) + 1);
  candor_settings_set_ritual_weekly_time (self->settings, times[CANDOR_RITUAL_WEEKLY]);
  candor_settings_set_ritual_nightly_enabled (self->settings,
                                              adw_expander_row_get_enable_expansion (self->nightly_row));
  candor_settings_set_ritual_nightly_time (self->settings, times[CANDOR_RITUAL_NIGHTLY]);
  candor_settings_set_ritual_monthly_enabled (self->settings,
                                              adw_expander_row_get_enable_expansion (self->monthly_row));
  candor_settings_set_ritual_monthly_day (self->settings,
                                          gtk_spin_button_get_value_as_int (self->monthly_day_spin));
  candor_settings_set_ritual_monthly_time (self->settings, times[CANDOR_RITUAL_MONTHLY]);
  g_object_thaw_notify (G_OBJECT (self->settings));
  self->loading = FALSE;

  for (CandorRitual ritual = 0; ritual < CANDOR_N_RITUALS; ritual++)
    g_free (times[ritual]);

  reschedule (self);
}

static char *
describe_next (GDateTime *next)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *clock = candor_format_clock_time (next);
  g_autofree char *day = NULL;

  if (g_date_time_get_year (next) == g_date_time_get_year (now) &&
      g_date_time_get_day_of_year (next) == g_date_time_get_day_of_year (now))
    /* Translators: when the next reminder comes; %s is a time of day. */
    return g_strdup_printf (_("Next: today at %s"), clock);

  /* Translators: a weekday and date, as in "Next: Sunday, 06/08/25 at 19:00" (a date format). */
  /* xgettext:no-c-format */
  day = g_date_time_format (next, _("%A, %x"));
  /* Translators: when the next reminder comes; the first %s is a day, the second a time. */
  return g_strdup_printf (_("Next: %s at %s"), day, clock);
}

static void
send_reminder (CandorPracticesPage *self,
               CandorRitual         ritual);

static gboolean
wake_cb (gpointer data)
{
  CandorPracticesPage *self = data;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  guint due = 0;

  self->wake_id = 0;
  if (self->settings != NULL && self->last_check != NULL)
    due = candor_rituals_due (self->settings, self->last_check, now);
  for (CandorRitual ritual = 0; ritual < CANDOR_N_RITUALS; ritual++)
    if (due & (1u << ritual))
      send_reminder (self, ritual);

  reschedule (self);

  return G_SOURCE_REMOVE;
}

static void
reschedule (CandorPracticesPage *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GTimeSpan wait = (GTimeSpan) MAX_WAIT_SECONDS * G_TIME_SPAN_SECOND;

  g_clear_handle_id (&self->wake_id, g_source_remove);
  /* What is due is counted from here: a ritual just set to a time already past today
   * waits for its next turn instead of ringing at once. */
  g_clear_pointer (&self->last_check, g_date_time_unref);
  self->last_check = g_date_time_ref (now);

  for (CandorRitual ritual = 0; ritual < CANDOR_N_RITUALS; ritual++)
    {
      g_clear_pointer (&self->next[ritual], g_date_time_unref);
      if (self->settings != NULL)
        self->next[ritual] = candor_ritual_next (self->settings, ritual, now);

      if (self->next[ritual] != NULL)
        {
          g_autofree char *text = describe_next (self->next[ritual]);

          adw_expander_row_set_subtitle (ritual_row (self, ritual), text);
          wait = MIN (wait, g_date_time_difference (self->next[ritual], now));
        }
      else
        {
          adw_expander_row_set_subtitle (ritual_row (self, ritual), _("Off"));
        }
    }

  if (self->settings != NULL)
    self->wake_id = g_timeout_add_seconds (MAX (1, (wait + G_TIME_SPAN_SECOND - 1) / G_TIME_SPAN_SECOND),
                                           wake_cb, self);
}

static void
set_journal (CandorPracticesPage *self,
             CandorJournal       *journal)
{
  if (self->journal == journal)
    return;

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);
  g_set_object (&self->journal, journal);
  if (journal != NULL)
    {
      self->settings = g_object_ref (candor_journal_get_settings (journal));
      g_signal_connect_object (self->settings, "notify", G_CALLBACK (settings_changed_cb),
                               self, G_CONNECT_SWAPPED);
    }

  /* Opening the journal pays only for the page on screen; the reminders are planned
   * below either way, and a closed journal leaves the rules at once. */
  self->rules_stale = journal != NULL && !gtk_widget_get_mapped (GTK_WIDGET (self));
  if (!self->rules_stale)
    candor_conflict_rules_set_journal (self->conflict_rules, journal);
  candor_time_out_set_journal (self->time_out, journal);
  candor_tension_script_set_journal (self->tension_script, journal);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "practices.start-exercise", journal != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "practices.monthly-conversation",
                                 journal != NULL);

  load_rituals (self);
  reschedule (self);
}

/* Callbacks */

static void
settings_changed_cb (CandorPracticesPage *self,
                     GParamSpec          *pspec)
{
  if (self->loading || !g_str_has_prefix (pspec->name, "ritual-"))
    return;

  /* Changed elsewhere (an import, another window): show it and plan anew. */
  load_rituals (self);
  reschedule (self);
}

static void
update_journal (CandorPracticesPage *self)
{
  CandorJournal *journal = NULL;

  if (self->session != NULL &&
      candor_session_get_state (self->session) == CANDOR_SESSION_STATE_READY)
    journal = candor_session_get_journal (self->session);

  set_journal (self, journal);
}

static void
ritual_widget_changed_cb (CandorPracticesPage *self)
{
  store_rituals (self);
}

static gboolean
two_digits_output_cb (GtkSpinButton *spin,
                      gpointer       user_data)
{
  g_autofree char *text = g_strdup_printf ("%02d", gtk_spin_button_get_value_as_int (spin));

  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);

  return TRUE;
}

static GtkSpinButton *
time_spin (CandorPracticesPage *self,
           guint                upper,
           guint                step,
           const char          *accessible_label)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (0, upper, step);

  gtk_spin_button_set_wrap (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_spin_button_set_increments (GTK_SPIN_BUTTON (spin), step, step * 3);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (spin), GTK_ORIENTATION_VERTICAL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label,
                                  -1);
  g_signal_connect (spin, "output", G_CALLBACK (two_digits_output_cb), NULL);
  g_signal_connect_swapped (spin, "value-changed", G_CALLBACK (ritual_widget_changed_cb), self);

  return GTK_SPIN_BUTTON (spin);
}

static void
add_time_suffix (CandorPracticesPage *self,
                 AdwActionRow        *row,
                 CandorRitual         ritual)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *colon = gtk_label_new (":");

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  self->hour_spin[ritual] = time_spin (self, 23, 1, _("Hour"));
  /* Steps of five minutes; typing any minute still works. */
  self->minute_spin[ritual] = time_spin (self, 59, 5, _("Minute"));
  gtk_spin_button_set_increments (self->minute_spin[ritual], 5, 15);
  gtk_widget_add_css_class (colon, "title-4");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->hour_spin[ritual]));
  gtk_box_append (GTK_BOX (box), colon);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->minute_spin[ritual]));
  adw_action_row_add_suffix (row, box);
}

static void
exercise_saved_cb (CandorPracticesPage *self)
{
  candor_toast_add_toast_near (GTK_WIDGET (self),
                         adw_toast_new (_("Exercise saved to your journal")));
}

static void
conversation_entry_changed_cb (AdwMessageDialog *dialog)
{
  GtkWidget *box = adw_message_dialog_get_extra_child (dialog);
  gboolean any = FALSE;

  for (GtkWidget *row = gtk_widget_get_first_child (box); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

      any |= text[0] != '\0';
    }

  adw_message_dialog_set_response_enabled (dialog, "save", any);
}

static void
conversation_response_cb (AdwMessageDialog    *dialog,
                          const char          *response,
                          CandorPracticesPage *self)
{
  GtkWidget *box = adw_message_dialog_get_extra_child (dialog);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(CandorExercise) exercise = NULL;

  if (!g_str_equal (response, "save") || self->journal == NULL)
    return;

  for (GtkWidget *row = gtk_widget_get_first_child (box); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      g_autofree char *answer = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

      if (answer[0] == '\0')
        continue;
      if (text->len > 0)
        g_string_append (text, "\n\n");
      g_string_append_printf (text, "%s\n%s",
                              adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), answer);
    }

  exercise = candor_exercise_new (CANDOR_EXERCISE_KIND_RITUAL_MONTHLY, now);
  candor_exercise_set_text (exercise, text->str);
  candor_journal_add_exercise (self->journal, exercise);
  candor_toast_add_toast_near (GTK_WIDGET (self),
                         adw_toast_new (_("Your monthly conversation is in the journal")));
}

static void
reminder_toast_clicked_cb (AdwToast            *toast,
                           CandorPracticesPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "practices.monthly-conversation", NULL);
}

static void
send_reminder (CandorPracticesPage *self,
               CandorRitual         ritual)
{
  static const char *ids[CANDOR_N_RITUALS] = {
    "candor-ritual-weekly", "candor-ritual-nightly", "candor-ritual-monthly"
  };
  const char *title = NULL;
  const char *body = NULL;

  switch (ritual)
    {
    case CANDOR_RITUAL_WEEKLY:
      title = _("Time for your weekly check-in");
      body = _("A few honest minutes together: how was your week, and what do you need?");
      break;
    case CANDOR_RITUAL_NIGHTLY:
      title = _("Nightly gratitude");
      body = _("Before sleep, share one thing you appreciated about each other today.");
      break;
    case CANDOR_RITUAL_MONTHLY:
    default:
      title = _("State of the relationship");
      body = _("Your monthly conversation: what went well, what was hard, what you'll try "
               "next month.");
      break;
    }

  candor_practice_cue (GTK_WIDGET (self), ids[ritual], title, body);

  if (ritual == CANDOR_RITUAL_MONTHLY)
    {
      AdwToast *toast = adw_toast_new (title);

      adw_toast_set_button_label (toast, _("_Start"));
      adw_toast_set_timeout (toast, 0);
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (reminder_toast_clicked_cb),
                               self, 0);
      candor_toast_add_toast_near (GTK_WIDGET (self), toast);
    }
}

/* Actions */

static void
start_exercise_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  CandorPracticesPage *self = CANDOR_PRACTICES_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  CandorVulnerabilityExercise *exercise;

  if (self->journal == NULL)
    return;

  exercise = candor_vulnerability_exercise_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                self->journal);
  g_signal_connect_object (exercise, "saved", G_CALLBACK (exercise_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (exercise));
}

static void
monthly_conversation_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  CandorPracticesPage *self = CANDOR_PRACTICES_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  const char *questions[] = {
    N_("What went well this month?"),
    N_("What was hard?"),
    N_("What will we try next month?"),
  };
  GtkWidget *dialog;
  GtkWidget *box;

  if (self->journal == NULL)
    return;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("State of the Relationship"),
                                   _("Take turns. Listen first, and keep it kind: this is about "
                                     "the two of you, not a scorecard."));
  box = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (box), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (box, "boxed-list");
  for (guint i = 0; i < G_N_ELEMENTS (questions); i++)
    {
      GtkWidget *row = adw_entry_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(questions[i]));
      g_signal_connect_swapped (row, "changed", G_CALLBACK (conversation_entry_changed_cb), dialog);
      gtk_list_box_append (GTK_LIST_BOX (box), row);
    }
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "save", _("_Save to Journal"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (conversation_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Overrides */

static void
candor_practices_page_dispose (GObject *object)
{
  CandorPracticesPage *self = CANDOR_PRACTICES_PAGE (object);

  g_clear_handle_id (&self->wake_id, g_source_remove);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);
  g_clear_object (&self->journal);
  gtk_widget_dispose_template (GTK_WIDGET (self), CANDOR_TYPE_PRACTICES_PAGE);
  g_clear_object (&self->session);
  for (guint i = 0; i < CANDOR_N_RITUALS; i++)
    g_clear_pointer (&self->next[i], g_date_time_unref);
  g_clear_pointer (&self->last_check, g_date_time_unref);

  G_OBJECT_CLASS (candor_practices_page_parent_class)->dispose (object);
}

static void
candor_practices_page_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  CandorPracticesPage *self = CANDOR_PRACTICES_PAGE (object);

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
candor_practices_page_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  CandorPracticesPage *self = CANDOR_PRACTICES_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      candor_practices_page_set_session (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_practices_page_map (GtkWidget *widget)
{
  CandorPracticesPage *self = CANDOR_PRACTICES_PAGE (widget);

  if (self->rules_stale)
    {
      self->rules_stale = FALSE;
      candor_conflict_rules_set_journal (self->conflict_rules, self->journal);
    }

  GTK_WIDGET_CLASS (candor_practices_page_parent_class)->map (widget);
}

static void
candor_practices_page_class_init (CandorPracticesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = candor_practices_page_dispose;
  object_class->get_property = candor_practices_page_get_property;
  object_class->set_property = candor_practices_page_set_property;
  widget_class->map = candor_practices_page_map;

  /**
   * CandorPracticesPage:session:
   *
   * The open journal's session; the window sets it.
   */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         CANDOR_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CANDOR_TYPE_CONFLICT_RULES);
  g_type_ensure (CANDOR_TYPE_TIME_OUT);
  g_type_ensure (CANDOR_TYPE_TENSION_SCRIPT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/candorapp/Candor/ui/candor-practices-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CandorPracticesPage, conflict_rules);
  gtk_widget_class_bind_template_child (widget_class, CandorPracticesPage, time_out);
  gtk_widget_class_bind_template_child (widget_class, CandorPracticesPage, tension_script);
  gtk_widget_class_bind_template_child (widget_class, CandorPracticesPage, weekly_row);
  gtk_widget_class_bind_template_child (widget_class, CandorPracticesPage, weekly_day_row);
  gtk_widget_class_bind_template_child (widget_class, CandorPracticesPage, weekly_time_row);
  gtk_widget_class_bind_template_child (widget_class, CandorPracticesPage, nightly_row);
  gtk_widget_class_bind_template_child (widget_class, CandorPracticesPage, nightly_time_row);
  gtk_widget_class_bind_template_child (widget_class, CandorPracticesPage, monthly_row);
  gtk_widget_class_bind_template_child (widget_class, CandorPracticesPage, monthly_day_spin);
  gtk_widget_class_bind_template_child (widget_class, CandorPracticesPage, monthly_time_row);
  gtk_widget_class_bind_template_child (widget_class, CandorPracticesPage, growth_slot);
  gtk_widget_class_bind_template_callback (widget_class, ritual_widget_changed_cb);

  gtk_widget_class_install_action (widget_class, "practices.start-exercise", NULL,
                                   start_exercise_action);
  gtk_widget_class_install_action (widget_class, "practices.monthly-conversation", NULL,
                                   monthly_conversation_action);
}

static void
candor_practices_page_init (CandorPracticesPage *self)
{
  g_autoptr(GtkStringList) days = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* 2024-01-01 was a Monday: the locale names the seven days from there. */
  for (int day = 1; day <= 7; day++)
    {
      g_autoptr(GDateTime) date = g_date_time_new_utc (2024, 1, day, 12, 0, 0);
      g_autofree char *name = g_date_time_format (date, "%A");

      gtk_string_list_append (days, name);
    }
  adw_combo_row_set_model (self->weekly_day_row, G_LIST_MODEL (days));

  add_time_suffix (self, self->weekly_time_row, CANDOR_RITUAL_WEEKLY);
  add_time_suffix (self, self->nightly_time_row, CANDOR_RITUAL_NIGHTLY);
  add_time_suffix (self, self->monthly_time_row, CANDOR_RITUAL_MONTHLY);
  candor_practice_describe_spin_buttons (GTK_WIDGET (self));

  g_signal_connect_swapped (self->weekly_row, "notify::enable-expansion",
                            G_CALLBACK (ritual_widget_changed_cb), self);
  g_signal_connect_swapped (self->nightly_row, "notify::enable-expansion",
                            G_CALLBACK (ritual_widget_changed_cb), self);
  g_signal_connect_swapped (self->monthly_row, "notify::enable-expansion",
                            G_CALLBACK (ritual_widget_changed_cb), self);
  g_signal_connect_swapped (self->weekly_day_row, "notify::selected",
                            G_CALLBACK (ritual_widget_changed_cb), self);

  set_journal (self, NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "practices.start-exercise", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "practices.monthly-conversation", FALSE);
}

/* Public API */

CandorSession *
candor_practices_page_get_session (CandorPracticesPage *self)
{
  g_return_val_if_fail (CANDOR_IS_PRACTICES_PAGE (self), NULL);

  return self->session;
}

void
candor_practices_page_set_session (CandorPracticesPage *self,
                                   CandorSession       *session)
{
  g_return_if_fail (CANDOR_IS_PRACTICES_PAGE (self));
  g_return_if_fail (session == NULL || CANDOR_IS_SESSION (session));

  if (self->session == session)
    return;

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_set_object (&self->session, session);

  if (session != NULL)
    {
      g_signal_connect_object (session, "notify::journal", G_CALLBACK (update_journal), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (session, "notify::state", G_CALLBACK (update_journal), self,
                               G_CONNECT_SWAPPED);
    }

  /* Sections other issues add to the page's slot get the session the same way. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->growth_slot));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (g_object_class_find_property (G_OBJECT_GET_CLASS (child), "session") != NULL)
      g_object_set (child, "session", session, NULL);

  update_journal (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}
