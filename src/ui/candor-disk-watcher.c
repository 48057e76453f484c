/* candor-disk-watcher.c — noticing when another program (a sync tool) changes the
 * journal's files, and reloading or asking instead of overwriting
 *
 * A segment file whose save counter differs from the one this vault last read or wrote
 * was written by someone else. With nothing unsaved the journal is reloaded; otherwise
 * the person chooses: "Keep Mine" reads the other version (so the vault allows
 * replacing it) and saves over it, "Use the Other" reloads. A save the vault refused
 * with CHANGED_ON_DISK leads to the same question.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "candor-disk-watcher.h"
#include "candor-journal-private.h"
#include "candor-vault-private.h"

struct _CandorDiskWatcher
{
  GObject           parent_instance;

  CandorWindow     *window;           /* weak */
  CandorSession    *session;
  GFileMonitor     *monitor;
  guint             check_source;
  /* The vault refused to save over a file that changed on disk. */
  gboolean          refused_save;
  AdwMessageDialog *conflict_dialog;  /* weak */
};

G_DEFINE_FINAL_TYPE (CandorDiskWatcher, candor_disk_watcher, G_TYPE_OBJECT)

static gboolean
is_ready (CandorDiskWatcher *self)
{
  return self->session != NULL &&
         candor_session_get_state (self->session) == CANDOR_SESSION_STATE_READY;
}

static GtkWindow *
parent_window (CandorDiskWatcher *self)
{
  return GTK_WINDOW (self->window);
}

static void
toast (CandorDiskWatcher *self,
       const char        *title)
{
  if (self->window != NULL)
    candor_window_add_toast (self->window, adw_toast_new (title));
}

static void
show_error (CandorDiskWatcher *self,
            const char        *heading,
            const GError      *error)
{
  GtkWidget *dialog;

  if (self->window == NULL)
    return;

  dialog = adw_message_dialog_new (parent_window (self), heading, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The segments whose file on disk holds another save than the one we read or wrote:
 * a sync tool brought another computer's version. */
static GPtrArray *
changed_segments (CandorDiskWatcher *self,
                  gboolean           all_if_none)
{
  CandorVault *vault = candor_session_get_vault (self->session);
  g_auto(GStrv) segments = candor_vault_list_segments (vault);
  GPtrArray *changed = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; segments[i] != NULL; i++)
    {
      g_autofree char *base = g_strconcat (segments[i], CANDOR_VAULT_SEGMENT_SUFFIX, NULL);
      g_autofree char *path = g_build_filename (candor_vault_get_directory (vault), base, NULL);
      guint64 known = candor_vault_get_generation (vault, segments[i]);
      guint8 header[CANDOR_VAULT_SEG_OFF_GEN + 8];
      guint64 generation = 0;
      FILE *file;
      gsize got;

      if (known == 0)
        continue;  /* not read yet: nothing of it is in memory to be out of date */
      if (!(file = fopen (path, "rb")))
        continue;
      got = fread (header, 1, sizeof header, file);
      fclose (file);
      if (got != sizeof header)
        continue;
      for (guint b = 0; b < 8; b++)
        generation |= ((guint64) header[CANDOR_VAULT_SEG_OFF_GEN + b]) << (8 * b);
      if (generation != known)
        g_ptr_array_add (changed, g_strdup (segments[i]));
    }

  /* The vault refused a save, so something changed even if two computers happened to
   * reach the same save count: then every file is treated as changed. */
  for (guint i = 0; all_if_none && changed->len == 0 && segments[i] != NULL; i++)
    g_ptr_array_add (changed, g_strdup (segments[i]));

  return changed;
}

/* Reads @segments again: the vault then knows the new files, so a save may replace them. */
static gboolean
reread (CandorDiskWatcher  *self,
        GPtrArray          *segments,
        CandorJournal      *into,
        GError            **error)
{
  CandorVault *vault = candor_session_get_vault (self->session);

  for (guint i = 0; i < segments->len; i++)
    {
      const char *name = g_ptr_array_index (segments, i);
      g_autoptr(GBytes) bytes = candor_vault_read_segment (vault, name, error);
      g_autoptr(CandorSegmentData) data = NULL;

      if (bytes == NULL)
        return FALSE;
      if (into != NULL &&
          (!(data = candor_segment_data_parse (name, bytes, error)) ||
           !candor_journal_apply_segment (into, data, error)))
        return FALSE;
    }
  return TRUE;
}

/* "Use the other": the journal becomes what is on disk now. */
static void
reload_from_disk (CandorDiskWatcher *self)
{
  CandorVault *vault = candor_session_get_vault (self->session);
  g_auto(GStrv) all = candor_vault_list_segments (vault);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(CandorJournal) fresh = candor_journal_new ();
  g_autoptr(JsonNode) document = NULL;
  g_autoptr(GError) error = NULL;
  CandorJournal *journal = candor_session_get_journal (self->session);
  g_auto(GStrv) segments = NULL;

  for (guint i = 0; all[i] != NULL; i++)
    g_ptr_array_add (names, g_strdup (all[i]));

  if (!reread (self, names, fresh, &error))
    {
      show_error (self, _("The Changed Journal Could Not Be Read"), error);
      return;
    }

  document = candor_journal_to_document (fresh);
  if (!candor_journal_import_document (journal, document, CANDOR_IMPORT_MODE_REPLACE, &error))
    {
      show_error (self, _("The Changed Journal Could Not Be Read"), error);
      return;
    }

  /* What is in memory is now exactly what is on disk: nothing to save. */
  segments = candor_journal_dup_dirty_segments (journal);
  for (guint i = 0; segments[i] != NULL; i++)
    candor_journal_mark_clean (journal, segments[i]);

  toast (self, _("Your journal was changed on another computer and has been reloaded"));
}

static void
keep_mine (CandorDiskWatcher *self,
           GPtrArray         *changed)
{
  CandorJournal *journal = candor_session_get_journal (self->session);
  g_autoptr(GError) error = NULL;

  if (!reread (self, changed, NULL, &error))
    {
      show_error (self, _("Your Version Could Not Be Saved"), error);
      return;
    }

  /* Every changed year is written again from what is in this window. */
  for (guint i = 0; i < changed->len; i++)
    {
      const char *name = g_ptr_array_index (changed, i);

      candor_journal_mark_dirty (journal, g_str_equal (name, CANDOR_VAULT_PROFILE_SEGMENT)
                                          ? 0 : (int) g_ascii_strtoll (name, NULL, 10));
    }
  candor_session_save_async (self->session, NULL, NULL, NULL);
}

static void
conflict_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      gpointer          user_data)
{
  CandorDiskWatcher *self = g_object_get_data (G_OBJECT (dialog), "candor-disk-watcher");
  g_autoptr(GPtrArray) changed = NULL;

  if (self == NULL || !is_ready (self))
    return;

  changed = changed_segments (self, self->refused_save);
  self->refused_save = FALSE;
  if (g_strcmp0 (response, "mine") == 0)
    keep_mine (self, changed);
  else if (g_strcmp0 (response, "theirs") == 0)
    reload_from_disk (self);
}

static void
check_disk (CandorDiskWatcher *self)
{
  g_autoptr(GPtrArray) changed = NULL;
  GtkWidget *dialog;

  if (!is_ready (self) || self->window == NULL || self->conflict_dialog != NULL ||
      candor_session_get_saving (self->session) ||
      !candor_session_get_older_years_loaded (self->session))
    return;

  changed = changed_segments (self, self->refused_save);
  if (changed->len == 0)
    return;

  if (!candor_session_has_unsaved_changes (self->session))
    {
      reload_from_disk (self);
      return;
    }

  dialog = adw_message_dialog_new (parent_window (self), _("Your Journal Changed Elsewhere"),
                                   _("Another computer (through a sync service, perhaps) saved "
                                     "a different version of your journal while you had "
                                     "changes here that are not saved yet. Which one should "
                                     "stay?"));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    /* Translators: keep the version in this window. */
                                    "mine", _("_Keep Mine"),
                                    /* Translators: use the version saved on another computer. */
                                    "theirs", _("_Use the Other"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "mine",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "mine");
  g_object_set_data_full (G_OBJECT (dialog), "candor-disk-watcher", g_object_ref (self),
                          g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (conflict_response_cb), NULL);
  self->conflict_dialog = ADW_MESSAGE_DIALOG (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->conflict_dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
check_disk_cb (gpointer user_data)
{
  CandorDiskWatcher *self = user_data;

  self->check_source = 0;
  check_disk (self);
  return G_SOURCE_REMOVE;
}

static void
monitor_changed_cb (GFileMonitor      *monitor,
                    GFile             *file,
                    GFile             *other,
                    GFileMonitorEvent  event,
                    CandorDiskWatcher *self)
{
  g_autofree char *base = g_file_get_basename (other != NULL ? other : file);

  if (!g_str_has_suffix (base, CANDOR_VAULT_SEGMENT_SUFFIX))
    return;

  /* Sync tools write in bursts: look once things settle. */
  g_clear_handle_id (&self->check_source, g_source_remove);
  self->check_source = g_timeout_add (500, check_disk_cb, self);
}

static void
start_monitor (CandorDiskWatcher *self)
{
  g_autoptr(GFile) dir = NULL;

  g_clear_object (&self->monitor);
  if (!is_ready (self))
    return;

  dir = g_file_new_for_path (candor_vault_get_directory (candor_session_get_vault (self->session)));
  self->monitor = g_file_monitor_directory (dir, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->monitor != NULL)
    g_signal_connect_object (self->monitor, "changed", G_CALLBACK (monitor_changed_cb), self, 0);
}

static void
save_failed_cb (CandorDiskWatcher *self,
                const GError      *error)
{
  if (!g_error_matches (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_CHANGED_ON_DISK))
    return;

  /* Nothing was written: ask which version stays instead of retrying blindly. */
  self->refused_save = TRUE;
  g_clear_handle_id (&self->check_source, g_source_remove);
  self->check_source = g_idle_add (check_disk_cb, self);
}

static void
saving_changed_cb (CandorDiskWatcher *self)
{
  /* A change seen during our own save is looked at again once it ends. */
  if (!candor_session_get_saving (self->session) && self->check_source == 0 && is_ready (self))
    self->check_source = g_timeout_add (500, check_disk_cb, self);
}


static void
session_state_cb (CandorDiskWatcher *self)
{
  start_monitor (self);
}

static void
window_gone_cb (gpointer  data,
                GObject  *where_the_window_was)
{
  CandorDiskWatcher *self = data;

  self->window = NULL;
  g_clear_handle_id (&self->check_source, g_source_remove);
  g_clear_object (&self->monitor);
}

static void
candor_disk_watcher_dispose (GObject *object)
{
  CandorDiskWatcher *self = CANDOR_DISK_WATCHER (object);

  if (self->window != NULL)
    g_object_weak_unref (G_OBJECT (self->window), window_gone_cb, self);
  self->window = NULL;
  g_clear_handle_id (&self->check_source, g_source_remove);
  g_clear_object (&self->monitor);
  g_clear_object (&self->session);
  if (self->conflict_dialog != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->conflict_dialog),
                                  (gpointer *) &self->conflict_dialog);
  self->conflict_dialog = NULL;

  G_OBJECT_CLASS (candor_disk_watcher_parent_class)->dispose (object);
}

static void
candor_disk_watcher_class_init (CandorDiskWatcherClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = candor_disk_watcher_dispose;
}

static void
candor_disk_watcher_init (CandorDiskWatcher *self)
{
}

CandorDiskWatcher *
candor_disk_watcher_new (CandorWindow  *window,
                         CandorSession *session)
{
  CandorDiskWatcher *self;

  g_return_val_if_fail (CANDOR_IS_WINDOW (window), NULL);
  g_return_val_if_fail (CANDOR_IS_SESSION (session), NULL);

  self = g_object_new (CANDOR_TYPE_DISK_WATCHER, NULL);
  self->window = window;
  g_object_weak_ref (G_OBJECT (window), window_gone_cb, self);
  self->session = g_object_ref (session);

  g_signal_connect_object (session, "notify::state", G_CALLBACK (session_state_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (session, "notify::saving", G_CALLBACK (saving_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (session, "save-failed", G_CALLBACK (save_failed_cb), self,
                           G_CONNECT_SWAPPED);
  start_monitor (self);
  return self;
}

void
candor_disk_watcher_check (CandorDiskWatcher *self)
{
  g_return_if_fail (CANDOR_IS_DISK_WATCHER (self));

  g_clear_handle_id (&self->check_source, g_source_remove);
  check_disk (self);
}
