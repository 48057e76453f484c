/* candor-restore-dialog.c — what a backup holds, and how to bring it back
 *
 * Shown before anything changes: the dates the backup covers and how many of each kind
 * of entry it holds, then a choice between merging and replacing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>

#include "candor-restore-dialog.h"

struct _CandorRestoreDialog
{
  AdwMessageDialog  parent_instance;

  GtkListBox       *summary_list;
  GString          *summary;
};

G_DEFINE_FINAL_TYPE (CandorRestoreDialog, candor_restore_dialog, ADW_TYPE_MESSAGE_DIALOG)

/* A count goes to the right of its title; a longer value (the dates) below it. */
static void
add_row (CandorRestoreDialog *self,
         const char          *title,
         const char          *value,
         gboolean             below)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (below)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value);
  else
    {
      GtkWidget *label = gtk_label_new (value);

      gtk_widget_add_css_class (label, "numeric");
      gtk_widget_add_css_class (label, "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }
  gtk_list_box_append (self->summary_list, row);
  g_string_append_printf (self->summary, "%s: %s\n", title, value);
}

static char *
format_day (GDateTime *date)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (date);

  /* %x is the locale's own date format. */
  return g_date_time_format (local, "%x");
}

static void
fill_summary (CandorRestoreDialog  *self,
              CandorBackupContents *contents)
{
  static const struct {
    CandorBackupCount  count;
    const char        *title;
  } kinds[] = {
    { CANDOR_BACKUP_COUNT_PEOPLE, N_("People") },
    { CANDOR_BACKUP_COUNT_CHECKINS, N_("Check-ins") },
    /* Translators: bids for connection and positive or corrective moments. */
    { CANDOR_BACKUP_COUNT_INTERACTIONS, N_("Moments") },
    { CANDOR_BACKUP_COUNT_CHECKS, N_("Connection Checks") },
    { CANDOR_BACKUP_COUNT_COMMITMENTS, N_("Commitments") },
    { CANDOR_BACKUP_COUNT_EXERCISES, N_("Practices") },
    { CANDOR_BACKUP_COUNT_FEELING_NOTES, N_("Feeling Notes") },
    { CANDOR_BACKUP_COUNT_REASSESSMENTS, N_("Reassessments") },
  };
  GDateTime *first = candor_backup_contents_get_first_date (contents);
  GDateTime *last = candor_backup_contents_get_last_date (contents);

  if (first != NULL && last != NULL)
    {
      g_autofree char *from = format_day (first);
      g_autofree char *to = format_day (last);
      /* Translators: a range of dates, “1/3/2024 – 15/6/2025”. */
      g_autofree char *range = g_strcmp0 (from, to) == 0 ? g_strdup (from)
                                                         : g_strdup_printf (_("%s – %s"), from, to);

      add_row (self, _("Dates"), range, TRUE);
    }
  else
    add_row (self, _("Dates"), _("No entries yet"), TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      guint n = candor_backup_contents_get_count (contents, kinds[i].count);
      g_autofree char *value = NULL;

      /* People always show; other kinds only when there are some. */
      if (n == 0 && kinds[i].count != CANDOR_BACKUP_COUNT_PEOPLE)
        continue;
      value = g_strdup_printf ("%u", n);
      add_row (self, _(kinds[i].title), value, FALSE);
    }
}

static void
candor_restore_dialog_finalize (GObject *object)
{
  CandorRestoreDialog *self = CANDOR_RESTORE_DIALOG (object);

  g_string_free (self->summary, TRUE);

  G_OBJECT_CLASS (candor_restore_dialog_parent_class)->finalize (object);
}

static void
candor_restore_dialog_class_init (CandorRestoreDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = candor_restore_dialog_finalize;
}

static void
candor_restore_dialog_init (CandorRestoreDialog *self)
{
  self->summary = g_string_new (NULL);
  self->summary_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->summary_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->summary_list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->summary_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("What the backup holds"),
                                  -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), GTK_WIDGET (self->summary_list));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self),
                                    "cancel", _("_Cancel"),
                                    /* Translators: restore by adding what is missing. */
                                    "merge", _("_Merge"),
                                    /* Translators: restore by making the journal the backup. */
                                    "replace", _("_Replace"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "merge",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "replace",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), "merge");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "cancel");
}

CandorRestoreDialog *
candor_restore_dialog_new (GtkWindow            *parent,
                           const char           *file_name,
                           CandorBackupContents *contents)
{
  CandorRestoreDialog *self;
  g_autofree char *made = NULL;
  g_autofree char *body = NULL;
  GDateTime *made_at;

  g_return_val_if_fail (file_name != NULL, NULL);
  g_return_val_if_fail (contents != NULL, NULL);

  self = g_object_new (CANDOR_TYPE_RESTORE_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);

  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), _("Restore This Backup?"));

  made_at = candor_backup_contents_get_made_at (contents);
  if (made_at != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (made_at);
      g_autofree char *when = g_date_time_format (local, "%x %X");

      /* Translators: the first %s is a file name, the second a date and time. */
      made = g_strdup_printf (_("“%s” was made on %s."), file_name, when);
    }
  else
    /* Translators: %s is a file name. */
    made = g_strdup_printf (_("“%s” is an unencrypted journal export."), file_name);

  body = g_strdup_printf ("%s %s", made,
                          _("Merge adds what your journal is missing and keeps the newer copy "
                            "of anything changed in both. Replace makes your journal exactly "
                            "this backup; your journal as it is now is kept as a backup too."));
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);

  fill_summary (self, contents);
  return self;
}

char *
candor_restore_dialog_dup_summary (CandorRestoreDialog *self)
{
  g_return_val_if_fail (CANDOR_IS_RESTORE_DIALOG (self), NULL);

  return g_strdup (self->summary->str);
}
