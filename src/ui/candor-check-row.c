/* candor-check-row.c — one Connection Check in a list: who, when, its state, a menu
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>

#include "candor-cadence.h"
#include "candor-check-editor.h"
#include "candor-check-row.h"
#include "candor-guided-session.h"
#include "candor-window.h"
#include "candor-toast.h"

struct _CandorCheckRow
{
  AdwActionRow   parent_instance;

  CandorJournal *journal;
  CandorCheck   *check;
};

G_DEFINE_FINAL_TYPE (CandorCheckRow, candor_check_row, ADW_TYPE_ACTION_ROW)

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  const char *color = g_object_get_data (G_OBJECT (area), "candor-color");
  GdkRGBA rgba;

  if (color == NULL || !gdk_rgba_parse (&rgba, color))
    gdk_rgba_parse (&rgba, CANDOR_PERSON_DEFAULT_COLOR);
  gdk_cairo_set_source_rgba (cr, &rgba);
  cairo_arc (cr, width / 2.0, height / 2.0, MIN (width, height) / 2.0, 0, 2 * G_PI);
  cairo_fill (cr);
}

GtkWidget *
candor_person_swatch_new (CandorPerson *person)
{
  GtkWidget *area = gtk_drawing_area_new ();

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), 14);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), 14);
  gtk_widget_set_valign (area, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (area), "candor-color",
                          g_strdup (person != NULL ? candor_person_get_color (person) : NULL),
                          g_free);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_swatch, NULL, NULL);
  return area;
}

GtkWidget *
candor_placeholder_row_new (const char *text)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  gtk_widget_add_css_class (row, "dim-label");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static const char *
status_label (CandorCheck *check,
              GDateTime   *now)
{
  if (candor_cadence_check_is_overdue (check, now))
    /* Translators: a check whose time has passed and that is not marked held or skipped yet */
    return _("Not marked yet");

  switch (candor_check_get_status (check))
    {
    case CANDOR_CHECK_STATUS_HELD:
      return _("Held");
    case CANDOR_CHECK_STATUS_SKIPPED:
      return _("Skipped");
    case CANDOR_CHECK_STATUS_SCHEDULED:
    default:
      return _("Planned");
    }
}

static void
toast (GtkWidget *widget,
       AdwToast  *new_toast)
{
  candor_toast_add_toast_near (widget, new_toast);
}

static void
on_undo_remove (AdwToast    *undo_toast,
                CandorCheck *check)
{
  CandorJournal *journal = g_object_get_data (G_OBJECT (undo_toast), "candor-journal");

  candor_journal_add_check (journal, check);
}

static void
set_status_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CandorCheckRow *self = CANDOR_CHECK_ROW (widget);

  candor_check_set_status (self->check, (CandorCheckStatus) g_variant_get_int32 (parameter));
}

static void
remove_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  CandorCheckRow *self = CANDOR_CHECK_ROW (widget);
  AdwToast *removed = adw_toast_new (_("Check removed"));

  adw_toast_set_button_label (removed, _("_Undo"));
  g_object_set_data_full (G_OBJECT (removed), "candor-journal", g_object_ref (self->journal),
                          g_object_unref);
  g_signal_connect_data (removed, "button-clicked", G_CALLBACK (on_undo_remove),
                         g_object_ref (self->check), (GClosureNotify) (void (*) (void)) g_object_unref,
                         0);
  /* The toast goes up before the row leaves its list with the check. */
  toast (widget, removed);
  candor_journal_remove_check (self->journal, self->check);
}

static void
edit_cb (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  CandorCheckRow *self = CANDOR_CHECK_ROW (widget);
  CandorCheckEditor *editor;

  editor = candor_check_editor_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                    self->journal, self->check);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
guided_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  CandorCheckRow *self = CANDOR_CHECK_ROW (widget);
  CandorGuidedSession *session;

  session = candor_guided_session_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                       self->journal, self->check);
  gtk_window_present (GTK_WINDOW (session));
}

static void
on_activated (AdwActionRow *row)
{
  gtk_widget_activate_action (GTK_WIDGET (row), "row.edit", NULL);
}

static void
candor_check_row_dispose (GObject *object)
{
  CandorCheckRow *self = CANDOR_CHECK_ROW (object);

  g_clear_object (&self->journal);
  g_clear_object (&self->check);

  G_OBJECT_CLASS (candor_check_row_parent_class)->dispose (object);
}

static void
candor_check_row_class_init (CandorCheckRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = candor_check_row_dispose;

  gtk_widget_class_install_action (widget_class, "row.edit", NULL, edit_cb);
  gtk_widget_class_install_action (widget_class, "row.guided", NULL, guided_cb);
  gtk_widget_class_install_action (widget_class, "row.set-status", "i", set_status_cb);
  gtk_widget_class_install_action (widget_class, "row.remove", NULL, remove_cb);
}

static void
candor_check_row_init (CandorCheckRow *self)
{
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), TRUE);
  g_signal_connect (self, "activated", G_CALLBACK (on_activated), NULL);
}

GtkWidget *
candor_check_row_new (CandorJournal *journal,
                      CandorCheck   *check,
                      GDateTime     *now,
                      gboolean       with_day)
{
  CandorCheckRow *self;
  GtkWidget *menu_button = gtk_menu_button_new ();
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GDateTime) local = g_date_time_to_local (candor_check_get_start (check));
  CandorPerson *person = candor_journal_get_person_by_id (journal,
                                                          candor_check_get_person_id (check));
  CandorCheckStatus status = candor_check_get_status (check);
  g_autofree char *when = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *tooltip = NULL;
  const char *name;

  g_return_val_if_fail (CANDOR_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (CANDOR_IS_CHECK (check), NULL);

  self = g_object_new (CANDOR_TYPE_CHECK_ROW, NULL);
  self->journal = g_object_ref (journal);
  self->check = g_object_ref (check);

  /* Translators: stands in for the name of a person who is no longer in the journal */
  name = person != NULL ? candor_person_get_name (person) : _("Someone");
  if (with_day)
    /* Translators: when a check starts, e.g. "Saturday 14 March, 19:00"; see strftime */
    when = g_date_time_format (local, _("%A %-d %B, %H:%M"));
  else
    /* Translators: when a check starts, in the list of one day, e.g. "19:00"; see strftime */
    when = g_date_time_format (local, _("%H:%M"));
  /* Translators: a check's row: when, how long, its state, e.g. "19:00 · 30 min · Planned" */
  subtitle = g_strdup_printf (_("%s · %u min · %s"), when, candor_check_get_duration (check),
                              status_label (check, now));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (self), candor_person_swatch_new (person));

  if (status != CANDOR_CHECK_STATUS_HELD)
    g_menu_append (menu, _("Start _Guided Session"), "row.guided");
  g_menu_append (menu, _("_Open"), "row.edit");
  if (status != CANDOR_CHECK_STATUS_HELD)
    g_menu_append (menu, _("Mark as _Held"), "row.set-status(1)");
  if (status != CANDOR_CHECK_STATUS_SKIPPED)
    g_menu_append (menu, _("Mark as _Skipped"), "row.set-status(2)");
  if (status != CANDOR_CHECK_STATUS_SCHEDULED)
    g_menu_append (menu, _("Mark as _Planned"), "row.set-status(0)");
  g_menu_append (menu, _("_Remove"), "row.remove");

  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), G_MENU_MODEL (menu));
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  /* Translators: tooltip of the menu button of a check; %s is a name */
  tooltip = g_strdup_printf (_("Check with %s"), name);
  gtk_widget_set_tooltip_text (menu_button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_set_valign (menu_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (menu_button, "flat");
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), menu_button);

  return GTK_WIDGET (self);
}

CandorCheck *
candor_check_row_get_check (CandorCheckRow *self)
{
  g_return_val_if_fail (CANDOR_IS_CHECK_ROW (self), NULL);
  return self->check;
}
