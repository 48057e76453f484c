/* candor-check-month.c — a month of days, each marked with its checks and check-ins
 *
 * A grid of day buttons: arrow keys move between them (GTK's directional focus),
 * Page Up and Page Down change the month, Enter selects a day. Each day shows a
 * dot per kind of mark; its tooltip and accessible label say them in words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>
#ifdef __GLIBC__
#include <langinfo.h>
#endif

#include "candor-check-month.h"
#include "candor-ui.h"

#define MAX_DAYS 31

struct _CandorCheckMonth
{
  GtkWidget       parent_instance;

  GtkWidget      *box;
  GtkWidget      *title;
  GtkWidget      *grid;
  GtkWidget      *day_buttons[MAX_DAYS];
  GtkWidget      *day_dots[MAX_DAYS];
  CandorDayMarks  marks[MAX_DAYS];

  int             year;
  int             month;
  int             selected;
  guint           first_weekday;
};

G_DEFINE_FINAL_TYPE (CandorCheckMonth, candor_check_month, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_YEAR,
  PROP_MONTH,
  PROP_SELECTED_DAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  DAY_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const struct {
  CandorDayMarks  mark;
  const char     *css;
} mark_styles[] = {
  { CANDOR_DAY_MARK_HELD, "held" },
  { CANDOR_DAY_MARK_SCHEDULED, "scheduled" },
  { CANDOR_DAY_MARK_OVERDUE, "overdue" },
  { CANDOR_DAY_MARK_SKIPPED, "skipped" },
  { CANDOR_DAY_MARK_CHECKIN, "checkin" },
};

static guint
locale_first_weekday (void)
{
#ifdef __GLIBC__
  union { unsigned int word; char *string; } langinfo;
  int week_1stday = 0;
  int first_weekday = 1;
  guint week_origin;

  langinfo.string = nl_langinfo (_NL_TIME_FIRST_WEEKDAY);
  first_weekday = langinfo.string[0];
  langinfo.string = nl_langinfo (_NL_TIME_WEEK_1STDAY);
  week_origin = langinfo.word;
  if (week_origin == 19971130) /* Sunday */
    week_1stday = 0;
  else if (week_origin == 19971201) /* Monday */
    week_1stday = 1;
  else
    return 1;

  /* 0 = Sunday … 6 = Saturday → 1 = Monday … 7 = Sunday */
  {
    int d = (week_1stday + first_weekday - 1) % 7;
    return d == 0 ? 7 : (guint) d;
  }
#else
  return 1;
#endif
}

static guint
effective_first_weekday (CandorCheckMonth *self)
{
  return self->first_weekday != 0 ? self->first_weekday : locale_first_weekday ();
}

static char *
describe_day (CandorCheckMonth *self,
              int               day)
{
  g_autoptr(GDateTime) date = g_date_time_new_local (self->year, self->month, day, 12, 0, 0);
  /* Translators: a day in the check calendar, e.g. "Saturday 14 March"; see strftime */
  g_autofree char *name = g_date_time_format (date, _("%A %-d %B"));
  CandorDayMarks marks = self->marks[day - 1];
  GString *out = g_string_new (name);

  if (marks & CANDOR_DAY_MARK_HELD)
    g_string_append_printf (out, ", %s", _("check held"));
  if (marks & CANDOR_DAY_MARK_SCHEDULED)
    g_string_append_printf (out, ", %s", _("check planned"));
  if (marks & CANDOR_DAY_MARK_OVERDUE)
    /* Translators: a planned check whose time has passed and that is not marked held or skipped */
    g_string_append_printf (out, ", %s", _("check not marked yet"));
  if (marks & CANDOR_DAY_MARK_SKIPPED)
    g_string_append_printf (out, ", %s", _("check skipped"));
  if (marks & CANDOR_DAY_MARK_CHECKIN)
    g_string_append_printf (out, ", %s", _("check-in shared"));

  return g_string_free (out, FALSE);
}

static void
update_day (CandorCheckMonth *self,
            int               day)
{
  GtkWidget *button = self->day_buttons[day - 1];
  GtkWidget *dots = self->day_dots[day - 1];
  GtkWidget *child;
  g_autofree char *description = describe_day (self, day);

  while ((child = gtk_widget_get_first_child (dots)) != NULL)
    gtk_box_remove (GTK_BOX (dots), child);

  for (guint i = 0; i < G_N_ELEMENTS (mark_styles); i++)
    {
      if (self->marks[day - 1] & mark_styles[i].mark)
        {
          GtkWidget *dot = gtk_image_new ();

          gtk_widget_add_css_class (dot, "dot");
          gtk_widget_add_css_class (dot, mark_styles[i].css);
          gtk_box_append (GTK_BOX (dots), dot);
        }
    }

  candor_ui_set_tooltip (button, description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);
  if (day == self->selected)
    gtk_widget_add_css_class (button, "selected");
  else
    gtk_widget_remove_css_class (button, "selected");
}

static gboolean
is_today (CandorCheckMonth *self,
          int               day)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_get_year (now) == self->year &&
         g_date_time_get_month (now) == self->month &&
         g_date_time_get_day_of_month (now) == day;
}

static void
on_day_clicked (GtkButton        *button,
                CandorCheckMonth *self)
{
  int day = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "candor-day"));

  candor_check_month_select_day (self, day);
  g_signal_emit (self, signals[DAY_ACTIVATED], 0, day);
}

static void
rebuild (CandorCheckMonth *self)
{
  g_autoptr(GDateTime) first = g_date_time_new_local (self->year, self->month, 1, 12, 0, 0);
  /* Translators: the month shown in the check calendar, e.g. "March 2026"; see strftime */
  g_autofree char *title = g_date_time_format (first, _("%B %Y"));
  guint first_weekday = effective_first_weekday (self);
  int n_days = g_date_get_days_in_month (self->month, self->year);
  int offset = ((int) g_date_time_get_day_of_week (first) - (int) first_weekday + 7) % 7;
  GtkWidget *child;

  gtk_label_set_label (GTK_LABEL (self->title), title);

  while ((child = gtk_widget_get_first_child (self->grid)) != NULL)
    gtk_grid_remove (GTK_GRID (self->grid), child);
  memset (self->day_buttons, 0, sizeof self->day_buttons);
  memset (self->day_dots, 0, sizeof self->day_dots);

  /* Weekday names, from the locale, starting at the first weekday. */
  for (int col = 0; col < 7; col++)
    {
      g_autoptr(GDateTime) sample = g_date_time_add_days (first, col - offset);
      g_autofree char *abbr = g_date_time_format (sample, "%a");
      GtkWidget *label = gtk_label_new (abbr);

      gtk_widget_add_css_class (label, "weekday");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "caption-heading");
      gtk_grid_attach (GTK_GRID (self->grid), label, col, 0, 1, 1);
    }

  for (int day = 1; day <= n_days; day++)
    {
      int cell = offset + day - 1;
      g_autofree char *number = g_strdup_printf ("%d", day);
      GtkWidget *button = gtk_button_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *label = gtk_label_new (number);
      GtkWidget *dots = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);

      gtk_widget_set_halign (dots, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (dots, "dots");
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), dots);
      gtk_button_set_child (GTK_BUTTON (button), box);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_add_css_class (button, "day");
      if (is_today (self, day))
        gtk_widget_add_css_class (button, "today");
      gtk_widget_set_hexpand (button, TRUE);
      g_object_set_data (G_OBJECT (button), "candor-day", GINT_TO_POINTER (day));
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_day_clicked), self, 0);
      self->day_buttons[day - 1] = button;
      self->day_dots[day - 1] = dots;
      gtk_grid_attach (GTK_GRID (self->grid), button, cell % 7, 1 + cell / 7, 1, 1);
      update_day (self, day);
    }
}

static void
change_month (CandorCheckMonth *self,
              int               delta)
{
  int index = self->year * 12 + (self->month - 1) + delta;

  candor_check_month_set_month (self, index / 12, index % 12 + 1);
}

static void
previous_month_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  change_month (CANDOR_CHECK_MONTH (widget), -1);
}

static void
next_month_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  change_month (CANDOR_CHECK_MONTH (widget), 1);
}

static void
candor_check_month_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CandorCheckMonth *self = CANDOR_CHECK_MONTH (object);

  switch (prop_id)
    {
    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;
    case PROP_MONTH:
      g_value_set_int (value, self->month);
      break;
    case PROP_SELECTED_DAY:
      g_value_set_int (value, self->selected);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_check_month_dispose (GObject *object)
{
  CandorCheckMonth *self = CANDOR_CHECK_MONTH (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (candor_check_month_parent_class)->dispose (object);
}

static void
candor_check_month_class_init (CandorCheckMonthClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = candor_check_month_get_property;
  object_class->dispose = candor_check_month_dispose;

  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 1, 9999, 2026,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MONTH] =
    g_param_spec_int ("month", NULL, NULL, 1, 12, 1,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_DAY] =
    g_param_spec_int ("selected-day", NULL, NULL, 0, 31, 0,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CandorCheckMonth::day-activated:
   * @day: the day of the month
   *
   * A day was clicked or activated with the keyboard.
   */
  signals[DAY_ACTIVATED] =
    g_signal_new ("day-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_install_action (widget_class, "month.previous", NULL, previous_month_cb);
  gtk_widget_class_install_action (widget_class, "month.next", NULL, next_month_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "month.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "month.next", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "checkmonth");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static GtkWidget *
nav_button (const char *icon,
            const char *action,
            const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  candor_ui_set_tooltip (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "circular");
  return button;
}

static void
candor_check_month_init (CandorCheckMonth *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GtkWidget *header;

  self->year = g_date_time_get_year (now);
  self->month = g_date_time_get_month (now);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (header),
                  nav_button ("go-previous-symbolic", "month.previous",
                              _("Previous Month (Page Up)")));
  self->title = gtk_label_new (NULL);
  gtk_widget_set_hexpand (self->title, TRUE);
  gtk_widget_add_css_class (self->title, "title-3");
  gtk_box_append (GTK_BOX (header), self->title);
  gtk_box_append (GTK_BOX (header),
                  nav_button ("go-next-symbolic", "month.next", _("Next Month (Page Down)")));
  gtk_box_append (GTK_BOX (self->box), header);

  self->grid = gtk_grid_new ();
  gtk_grid_set_column_homogeneous (GTK_GRID (self->grid), TRUE);
  gtk_grid_set_row_spacing (GTK_GRID (self->grid), 2);
  gtk_grid_set_column_spacing (GTK_GRID (self->grid), 2);
  gtk_box_append (GTK_BOX (self->box), self->grid);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Month of Connection Checks"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Each day says whether a check was held, planned, not marked "
                                    "yet or skipped, and whether a check-in was shared. Arrow "
                                    "keys move between days; Page Up and Page Down change the "
                                    "month."),
                                  -1);
  rebuild (self);
}

GtkWidget *
candor_check_month_new (void)
{
  return g_object_new (CANDOR_TYPE_CHECK_MONTH, NULL);
}

void
candor_check_month_set_month (CandorCheckMonth *self,
                              int               year,
                              int               month)
{
  g_return_if_fail (CANDOR_IS_CHECK_MONTH (self));
  g_return_if_fail (month >= 1 && month <= 12);

  if (self->year == year && self->month == month)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  if (self->year != year)
    {
      self->year = year;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
    }
  self->month = month;
  memset (self->marks, 0, sizeof self->marks);
  self->selected = 0;
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_DAY]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MONTH]);
  g_object_thaw_notify (G_OBJECT (self));
}

int
candor_check_month_get_year (CandorCheckMonth *self)
{
  g_return_val_if_fail (CANDOR_IS_CHECK_MONTH (self), 0);
  return self->year;
}

int
candor_check_month_get_month (CandorCheckMonth *self)
{
  g_return_val_if_fail (CANDOR_IS_CHECK_MONTH (self), 0);
  return self->month;
}

void
candor_check_month_set_first_weekday (CandorCheckMonth *self,
                                      guint             weekday)
{
  g_return_if_fail (CANDOR_IS_CHECK_MONTH (self));
  g_return_if_fail (weekday <= 7);

  if (self->first_weekday == weekday)
    return;
  self->first_weekday = weekday;
  {
    CandorDayMarks saved[MAX_DAYS];
    memcpy (saved, self->marks, sizeof saved);
    rebuild (self);
    memcpy (self->marks, saved, sizeof saved);
    for (int day = 1; day <= g_date_get_days_in_month (self->month, self->year); day++)
      update_day (self, day);
  }
}

void
candor_check_month_clear_marks (CandorCheckMonth *self)
{
  g_return_if_fail (CANDOR_IS_CHECK_MONTH (self));

  memset (self->marks, 0, sizeof self->marks);
  for (int day = 1; day <= g_date_get_days_in_month (self->month, self->year); day++)
    update_day (self, day);
}

void
candor_check_month_set_marks (CandorCheckMonth *self,
                              int               day,
                              CandorDayMarks    marks)
{
  g_return_if_fail (CANDOR_IS_CHECK_MONTH (self));
  g_return_if_fail (day >= 1 && day <= g_date_get_days_in_month (self->month, self->year));

  if (self->marks[day - 1] == marks)
    return;
  self->marks[day - 1] = marks;
  update_day (self, day);
}

CandorDayMarks
candor_check_month_get_marks (CandorCheckMonth *self,
                              int               day)
{
  g_return_val_if_fail (CANDOR_IS_CHECK_MONTH (self), 0);
  g_return_val_if_fail (day >= 1 && day <= MAX_DAYS, 0);

  return self->marks[day - 1];
}

int
candor_check_month_get_selected_day (CandorCheckMonth *self)
{
  g_return_val_if_fail (CANDOR_IS_CHECK_MONTH (self), 0);
  return self->selected;
}

void
candor_check_month_select_day (CandorCheckMonth *self,
                               int               day)
{
  int old;

  g_return_if_fail (CANDOR_IS_CHECK_MONTH (self));
  g_return_if_fail (day >= 0 && day <= g_date_get_days_in_month (self->month, self->year));

  if (self->selected == day)
    return;
  old = self->selected;
  self->selected = day;
  if (old > 0)
    update_day (self, old);
  if (day > 0)
    update_day (self, day);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_DAY]);
}

GtkWidget *
candor_check_month_get_day_button (CandorCheckMonth *self,
                                   int               day)
{
  g_return_val_if_fail (CANDOR_IS_CHECK_MONTH (self), NULL);
  g_return_val_if_fail (day >= 1 && day <= MAX_DAYS, NULL);

  return self->day_buttons[day - 1];
}
