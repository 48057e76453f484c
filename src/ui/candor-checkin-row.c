/* candor-checkin-row.c — one check-in in the history, with its day's header when first
 *
 * GTK 4.8 list views have no section headers, so the first row of each day carries
 * the day's name above its card. Edit and delete are the page's actions, with the
 * check-in's id as their target.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>

#include "candor-checkin-row.h"
#include "candor-feeling-chips.h"
#include "candor-today.h"
#include "candor-ui.h"
#include "candor-wrap-box.h"

struct _CandorCheckinRow
{
  GtkWidget      parent_instance;

  GtkWidget     *box;
  GtkLabel      *day_label;
  GtkLabel      *name_label;
  GtkLabel      *kind_label;
  GtkWidget     *private_box;
  GtkLabel      *text_label;
  CandorWrapBox *chips_box;
  GtkWidget     *edit_button;
  GtkWidget     *delete_button;

  CandorCheckin *checkin;
};

G_DEFINE_FINAL_TYPE (CandorCheckinRow, candor_checkin_row, GTK_TYPE_WIDGET)

static GtkWidget *
icon_button (const char *icon_name,
             const char *tooltip,
             const char *action_name)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  candor_ui_set_tooltip (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                  -1);
  /* A target first: the action takes the check-in's id, set when the row is bound. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", "");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "circular");
  return button;
}

static void
candor_checkin_row_dispose (GObject *object)
{
  CandorCheckinRow *self = (CandorCheckinRow *)object;

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->checkin);

  G_OBJECT_CLASS (candor_checkin_row_parent_class)->dispose (object);
}

static void
candor_checkin_row_class_init (CandorCheckinRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = candor_checkin_row_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "checkinrow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
candor_checkin_row_init (CandorCheckinRow *self)
{
  GtkWidget *card, *top, *names;

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->day_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->day_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->day_label), "heading");
  gtk_widget_add_css_class (GTK_WIDGET (self->day_label), "history-day");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->day_label),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->day_label));

  card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "history-card");
  gtk_box_append (GTK_BOX (self->box), card);

  top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (card), top);

  names = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_hexpand (names, TRUE);
  gtk_widget_set_valign (names, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (top), names);

  self->name_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->name_label, 0);
  gtk_label_set_ellipsize (self->name_label, PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (GTK_WIDGET (self->name_label), "heading");
  gtk_box_append (GTK_BOX (names), GTK_WIDGET (self->name_label));

  self->kind_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->kind_label, 0);
  gtk_label_set_ellipsize (self->kind_label, PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (GTK_WIDGET (self->kind_label), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->kind_label), "dim-label");
  gtk_box_append (GTK_BOX (names), GTK_WIDGET (self->kind_label));

  self->private_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  gtk_widget_set_valign (self->private_box, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->private_box, "dim-label");
  gtk_box_append (GTK_BOX (self->private_box),
                  gtk_image_new_from_icon_name ("changes-prevent-symbolic"));
  /* Translators: a tag on a check-in that was not shared with the other person */
  gtk_box_append (GTK_BOX (self->private_box), gtk_label_new (_("Private")));
  gtk_widget_add_css_class (self->private_box, "caption");
  gtk_box_append (GTK_BOX (top), self->private_box);

  self->edit_button = icon_button ("document-edit-symbolic", _("Edit Check-in"),
                                   "today.edit-checkin");
  gtk_box_append (GTK_BOX (top), self->edit_button);
  self->delete_button = icon_button ("user-trash-symbolic", _("Delete Check-in"),
                                     "today.delete-checkin");
  gtk_box_append (GTK_BOX (top), self->delete_button);

  self->text_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->text_label, 0);
  gtk_label_set_wrap (self->text_label, TRUE);
  gtk_label_set_wrap_mode (self->text_label, PANGO_WRAP_WORD_CHAR);
  gtk_box_append (GTK_BOX (card), GTK_WIDGET (self->text_label));

  self->chips_box = CANDOR_WRAP_BOX (candor_wrap_box_new ());
  candor_wrap_box_set_spacing (self->chips_box, 6);
  gtk_box_append (GTK_BOX (card), GTK_WIDGET (self->chips_box));
}

GtkWidget *
candor_checkin_row_new (void)
{
  return g_object_new (CANDOR_TYPE_CHECKIN_ROW, NULL);
}

/**
 * candor_checkin_row_bind:
 * @self: a row
 * @checkin: what to show
 * @author: (nullable): who wrote it
 * @show_day: whether this is the day's first row
 * @placeholder: (nullable): what shows instead of the words when they are not to be
 *   seen here (waiting for the other answer, or kept private); %NULL shows them
 */
void
candor_checkin_row_bind (CandorCheckinRow *self,
                         CandorCheckin    *checkin,
                         CandorPerson     *author,
                         gboolean          show_day,
                         const char       *placeholder)
{
  g_autofree char *day = NULL;
  g_autofree char *text = NULL;
  g_autofree char *description = NULL;
  g_autoptr(GVariant) target = NULL;
  const char *name;

  g_return_if_fail (CANDOR_IS_CHECKIN_ROW (self));
  g_return_if_fail (CANDOR_IS_CHECKIN (checkin));

  g_set_object (&self->checkin, checkin);

  /* Translators: a day's header in the history: weekday and date, see g_date_time_format() */
  day = g_date_time_format (candor_checkin_get_date (checkin), _("%A, %-e %B %Y"));
  gtk_label_set_text (self->day_label, day);
  gtk_widget_set_visible (GTK_WIDGET (self->day_label), show_day);

  /* Translators: the author of a check-in whose person was removed from the journal */
  name = author != NULL ? candor_person_get_name (author) : _("Someone");
  gtk_label_set_text (self->name_label, name);
  gtk_label_set_text (self->kind_label, candor_today_kind_label (candor_checkin_get_kind (checkin)));
  gtk_widget_set_visible (self->private_box, !candor_checkin_get_shared (checkin));

  if (placeholder != NULL)
    {
      text = g_strdup (placeholder);
      gtk_widget_add_css_class (GTK_WIDGET (self->text_label), "dim-label");
      candor_feeling_chips_fill (self->chips_box, NULL);
    }
  else
    {
      text = candor_today_dup_checkin_text (checkin);
      gtk_widget_remove_css_class (GTK_WIDGET (self->text_label), "dim-label");
      candor_feeling_chips_fill (self->chips_box, candor_checkin_get_feelings (checkin));
    }
  gtk_label_set_text (self->text_label, text);
  /* Editing would show the words. */
  gtk_widget_set_visible (self->edit_button, placeholder == NULL);

  target = g_variant_ref_sink (g_variant_new_string (candor_entry_get_id (CANDOR_ENTRY (checkin))));
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->edit_button), target);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->delete_button), target);

  description = g_strdup_printf ("%s — %s: %s", day, name, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

void
candor_checkin_row_unbind (CandorCheckinRow *self)
{
  g_return_if_fail (CANDOR_IS_CHECKIN_ROW (self));

  g_clear_object (&self->checkin);
}

CandorCheckin *
candor_checkin_row_get_checkin (CandorCheckinRow *self)
{
  g_return_val_if_fail (CANDOR_IS_CHECKIN_ROW (self), NULL);
  return self->checkin;
}

const char *
candor_checkin_row_get_day_text (CandorCheckinRow *self)
{
  g_return_val_if_fail (CANDOR_IS_CHECKIN_ROW (self), NULL);
  return gtk_label_get_text (self->day_label);
}

gboolean
candor_checkin_row_get_show_day (CandorCheckinRow *self)
{
  g_return_val_if_fail (CANDOR_IS_CHECKIN_ROW (self), FALSE);
  return gtk_widget_get_visible (GTK_WIDGET (self->day_label));
}

const char *
candor_checkin_row_get_text (CandorCheckinRow *self)
{
  g_return_val_if_fail (CANDOR_IS_CHECKIN_ROW (self), NULL);
  return gtk_label_get_text (self->text_label);
}
