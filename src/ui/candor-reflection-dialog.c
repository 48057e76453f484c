/* candor-reflection-dialog.c — choose the week to print, and whether your private entries go in
 *
 * The calendar picks any day; the week it falls in is named below it, with what the
 * printout will hold, so a quiet week is no surprise. "Print…" opens the print dialog
 * (page setup and preview) and closes this one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>

#include "candor-reflection-dialog.h"
#include "candor-reflection-print.h"
#include "candor-week.h"

struct _CandorReflectionDialog
{
  AdwWindow      parent_instance;

  CandorJournal *journal;
  CandorWeek    *week;
  CandorSession *session;   /* nullable: tells when older years are still loading */

  /* Template widgets */
  GtkCalendar   *calendar;
  GtkLabel      *week_label;
  GtkLabel      *summary_label;
  GtkWidget     *private_group;
  GtkSwitch     *private_switch;
};

G_DEFINE_FINAL_TYPE (CandorReflectionDialog, candor_reflection_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_JOURNAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
my_id (CandorReflectionDialog *self)
{
  CandorPerson *me = self->journal != NULL ? candor_journal_get_me (self->journal) : NULL;

  return me != NULL ? candor_entry_get_id (CANDOR_ENTRY (me)) : NULL;
}

static char *
summary_text (CandorWeek *week)
{
  guint checkins = candor_week_get_n_checkins (week);
  guint checks = candor_week_get_checks_held (week)->len;
  g_autofree char *checkins_text = NULL;
  g_autofree char *checks_text = NULL;

  if (candor_week_is_empty (week))
    return g_strdup (_("Nothing was noted that week. You will get a friendly page with three "
                       "questions to talk about."));

  checkins_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u check-in",
                                                "%u check-ins", checkins), checkins);
  checks_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Connection Check",
                                              "%u Connection Checks", checks), checks);
  /* Translators: what the printed week holds: "12 check-ins and 2 Connection Checks" */
  return g_strdup_printf (_("%s and %s, with three questions to reflect on together."),
                          checkins_text, checks_text);
}

static gboolean
older_year_loading (CandorReflectionDialog *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return self->session != NULL && self->week != NULL &&
         !candor_session_get_older_years_loaded (self->session) &&
         g_date_time_get_year (candor_week_get_start (self->week)) < g_date_time_get_year (now);
}

static void
update_week (CandorReflectionDialog *self)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (self->calendar);
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *label = NULL;
  g_autofree char *summary = NULL;
  const char *include = NULL;

  if (self->journal == NULL)
    return;

  if (gtk_switch_get_active (self->private_switch))
    include = my_id (self);

  g_clear_object (&self->week);
  self->week = candor_week_new (self->journal, day, include);

  /* Translators: first day of the chosen week; a strftime format */
  start = g_date_time_format (candor_week_get_start (self->week), _("%A, %B %-d"));
  /* Translators: last day of the chosen week; a strftime format */
  end = g_date_time_format (candor_week_get_end (self->week), _("%A, %B %-d, %Y"));
  /* Translators: the chosen week: "Monday, November 16 – Sunday, November 22, 2026" */
  label = g_strdup_printf (_("%s – %s"), start, end);
  gtk_label_set_label (self->week_label, label);

  /* Past years load after the first page shows: a week from one is not printed half there. */
  if (older_year_loading (self))
    summary = g_strdup (_("Entries from earlier years are still being opened. This takes a "
                          "moment; you can print as soon as they are there."));
  else
    summary = summary_text (self->week);
  gtk_label_set_label (self->summary_label, summary);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reflection.print", !older_year_loading (self));
}

/* Callbacks */

static void
day_selected_cb (CandorReflectionDialog *self)
{
  update_week (self);
}

static void
private_changed_cb (CandorReflectionDialog *self)
{
  update_week (self);
}

static void
candor_reflection_dialog_print_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *parameter)
{
  CandorReflectionDialog *self = CANDOR_REFLECTION_DIALOG (widget);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autoptr(CandorWeek) week = NULL;

  if (self->week == NULL || older_year_loading (self))
    return;

  week = g_object_ref (self->week);
  gtk_window_close (GTK_WINDOW (self));
  candor_reflection_print_run (week, parent != NULL ? parent : GTK_WINDOW (self));
}

/* Overrides */

static void
candor_reflection_dialog_constructed (GObject *object)
{
  CandorReflectionDialog *self = CANDOR_REFLECTION_DIALOG (object);

  G_OBJECT_CLASS (candor_reflection_dialog_parent_class)->constructed (object);

  /* Only someone marked as "you" has private entries to include. */
  gtk_widget_set_visible (self->private_group, my_id (self) != NULL);
  update_week (self);
}

static void
candor_reflection_dialog_dispose (GObject *object)
{
  CandorReflectionDialog *self = CANDOR_REFLECTION_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CANDOR_TYPE_REFLECTION_DIALOG);
  g_clear_object (&self->week);
  g_clear_object (&self->journal);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (candor_reflection_dialog_parent_class)->dispose (object);
}

static void
candor_reflection_dialog_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  CandorReflectionDialog *self = CANDOR_REFLECTION_DIALOG (object);

  switch (prop_id)
    {
    case PROP_JOURNAL:
      g_value_set_object (value, self->journal);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_reflection_dialog_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  CandorReflectionDialog *self = CANDOR_REFLECTION_DIALOG (object);

  switch (prop_id)
    {
    case PROP_JOURNAL:
      self->journal = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_reflection_dialog_class_init (CandorReflectionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = candor_reflection_dialog_constructed;
  object_class->dispose = candor_reflection_dialog_dispose;
  object_class->get_property = candor_reflection_dialog_get_property;
  object_class->set_property = candor_reflection_dialog_set_property;

  /**
   * CandorReflectionDialog:journal:
   *
   * The journal whose week is printed.
   */
  properties[PROP_JOURNAL] =
    g_param_spec_object ("journal", NULL, NULL, CANDOR_TYPE_JOURNAL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/candorapp/Candor/ui/candor-reflection-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CandorReflectionDialog, calendar);
  gtk_widget_class_bind_template_child (widget_class, CandorReflectionDialog, week_label);
  gtk_widget_class_bind_template_child (widget_class, CandorReflectionDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, CandorReflectionDialog, private_group);
  gtk_widget_class_bind_template_child (widget_class, CandorReflectionDialog, private_switch);
  gtk_widget_class_bind_template_callback (widget_class, day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, private_changed_cb);

  gtk_widget_class_install_action (widget_class, "reflection.print", NULL,
                                   candor_reflection_dialog_print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
candor_reflection_dialog_init (CandorReflectionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

CandorReflectionDialog *
candor_reflection_dialog_new (CandorJournal *journal)
{
  g_return_val_if_fail (CANDOR_IS_JOURNAL (journal), NULL);

  return g_object_new (CANDOR_TYPE_REFLECTION_DIALOG, "journal", journal, NULL);
}

CandorJournal *
candor_reflection_dialog_get_journal (CandorReflectionDialog *self)
{
  g_return_val_if_fail (CANDOR_IS_REFLECTION_DIALOG (self), NULL);
  return self->journal;
}

/**
 * candor_reflection_dialog_select_day:
 *
 * Chooses the week containing @day.
 */
void
candor_reflection_dialog_select_day (CandorReflectionDialog *self,
                                     GDateTime              *day)
{
  g_return_if_fail (CANDOR_IS_REFLECTION_DIALOG (self));
  g_return_if_fail (day != NULL);

  gtk_calendar_select_day (self->calendar, day);
  update_week (self);
}

/**
 * candor_reflection_dialog_follow_session:
 * @session: the session the journal belongs to
 *
 * Waits for the session's older years before printing a week from one of them.
 */
void
candor_reflection_dialog_follow_session (CandorReflectionDialog *self,
                                         CandorSession          *session)
{
  g_return_if_fail (CANDOR_IS_REFLECTION_DIALOG (self));
  g_return_if_fail (CANDOR_IS_SESSION (session));
  g_return_if_fail (self->session == NULL);

  self->session = g_object_ref (session);
  g_signal_connect_object (session, "notify::older-years-loaded",
                           G_CALLBACK (update_week), self, G_CONNECT_SWAPPED);
  update_week (self);
}

gboolean
candor_reflection_dialog_get_include_private (CandorReflectionDialog *self)
{
  g_return_val_if_fail (CANDOR_IS_REFLECTION_DIALOG (self), FALSE);
  return gtk_switch_get_active (self->private_switch) && my_id (self) != NULL;
}
