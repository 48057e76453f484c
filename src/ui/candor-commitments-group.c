/* candor-commitments-group.c — the open commitments from Connection Checks, with done/undo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>

#include "candor-commitments-group.h"
#include "candor-toast.h"
#include "candor-ui.h"
#include "candor-window.h"

struct _CandorCommitmentsGroup
{
  AdwPreferencesGroup  parent_instance;

  CandorJournal       *journal;
  GtkListBox          *list;
};

G_DEFINE_FINAL_TYPE (CandorCommitmentsGroup, candor_commitments_group, ADW_TYPE_PREFERENCES_GROUP)

static void
on_undo (AdwToast         *toast,
         CandorCommitment *commitment)
{
  candor_commitment_set_done (commitment, NULL);
}

void
candor_commitments_group_mark_done (CandorCommitmentsGroup *self,
                                    CandorCommitment       *commitment)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  AdwToast *toast;

  g_return_if_fail (CANDOR_IS_COMMITMENTS_GROUP (self));

  candor_commitment_set_done (commitment, now);

  /* Translators: a commitment was ticked off */
  toast = adw_toast_new (_("Done — nicely kept"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo), g_object_ref (commitment),
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  candor_toast_add_toast_near (GTK_WIDGET (self), toast);
}

static void
on_toggled (GtkCheckButton         *button,
            CandorCommitmentsGroup *self)
{
  CandorCommitment *commitment = g_object_get_data (G_OBJECT (button), "candor-commitment");

  if (gtk_check_button_get_active (button) && candor_commitment_get_done (commitment) == NULL)
    candor_commitments_group_mark_done (self, commitment);
}

void
candor_commitments_group_refresh (CandorCommitmentsGroup *self)
{
  GListModel *commitments;
  GtkWidget *child;
  guint n = 0;

  g_return_if_fail (CANDOR_IS_COMMITMENTS_GROUP (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  if (self->journal == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;
    }

  /* The journal keeps them in date order: soonest due first. */
  commitments = candor_journal_get_commitments (self->journal);
  for (guint i = 0; i < g_list_model_get_n_items (commitments); i++)
    {
      g_autoptr(CandorCommitment) commitment = g_list_model_get_item (commitments, i);
      CandorPerson *person;
      GtkWidget *row;
      GtkWidget *done;
      g_autofree char *due = NULL;
      g_autofree char *subtitle = NULL;

      if (candor_commitment_get_done (commitment) != NULL)
        continue;

      person = candor_journal_get_person_by_id (self->journal,
                                                candor_commitment_get_person_id (commitment));
      if (candor_commitment_get_due (commitment) != NULL)
        /* Translators: a commitment's due day, e.g. "Sat 21 Mar"; see strftime */
        due = g_date_time_format (candor_commitment_get_due (commitment), _("%a %-d %b"));
      /* Translators: under a commitment: its due day, then who it is with */
      subtitle = g_strdup_printf (_("Due %s · with %s"), due != NULL ? due : "—",
                                  person != NULL ? candor_person_get_name (person) : _("Someone"));

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     candor_commitment_get_text (commitment));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      done = gtk_check_button_new ();
      gtk_widget_set_valign (done, GTK_ALIGN_CENTER);
      candor_ui_set_tooltip (done, _("Mark as Done"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (done),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Mark as Done"), -1);
      g_object_set_data_full (G_OBJECT (done), "candor-commitment", g_object_ref (commitment),
                              g_object_unref);
      g_signal_connect_object (done, "toggled", G_CALLBACK (on_toggled), self, 0);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), done);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), done);
      gtk_list_box_append (self->list, row);
      n++;
    }

  gtk_widget_set_visible (GTK_WIDGET (self), n > 0);
}

void
candor_commitments_group_set_journal (CandorCommitmentsGroup *self,
                                      CandorJournal          *journal)
{
  g_return_if_fail (CANDOR_IS_COMMITMENTS_GROUP (self));

  g_set_object (&self->journal, journal);
  candor_commitments_group_refresh (self);
}

static void
candor_commitments_group_dispose (GObject *object)
{
  CandorCommitmentsGroup *self = CANDOR_COMMITMENTS_GROUP (object);

  g_clear_object (&self->journal);

  G_OBJECT_CLASS (candor_commitments_group_parent_class)->dispose (object);
}

static void
candor_commitments_group_class_init (CandorCommitmentsGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = candor_commitments_group_dispose;
}

static void
candor_commitments_group_init (CandorCommitmentsGroup *self)
{
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->list));
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Open Commitments"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         _("The small things you promised each other."));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
candor_commitments_group_new (void)
{
  return g_object_new (CANDOR_TYPE_COMMITMENTS_GROUP, NULL);
}
