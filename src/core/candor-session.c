/* candor-session.c — one open journal: its vault, its state, loading and saving
 *
 * The journal's GObjects live on the main thread. Threads only decrypt, parse and
 * encrypt: segment data parsed in a thread is applied on the main thread, and
 * segments are serialized on the main thread before a thread writes them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>
#include <sodium.h>
#include <string.h>

#include "candor-passphrase.h"
#include "candor-person.h"
#include "candor-session.h"

#define DEFAULT_AUTOSAVE_DELAY_MS 1500

struct _CandorSession
{
  GObject             parent_instance;

  CandorVault        *vault;
  CandorJournal      *journal;
  CandorSessionState  state;

  /* Segments whose stored content is in the journal (or that have no file yet). */
  GHashTable         *loaded_segments;
  gboolean            older_years_loaded;
  GCancellable       *load_cancellable;
  /* candor_session_hold_older_years(): while held, an unlock leaves them pending. */
  guint               older_years_holds;
  gboolean            older_years_pending;

  gboolean            saving;
  gboolean            save_again;
  GError             *save_error;
  guint               autosave_delay_ms;
  guint               autosave_source;
  gulong              changed_handler;
};

G_DEFINE_FINAL_TYPE (CandorSession, candor_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STATE,
  PROP_SAVING,
  PROP_JOURNAL,
  PROP_OLDER_YEARS_LOADED,
  N_PROPS
};

enum {
  SAVE_FAILED,
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

typedef struct {
  char  *passphrase;
  GList *segments;        /* CandorSegmentData *, in the order to apply */
  GPtrArray *names;       /* segment names matching @segments */
} LoadData;

static void
load_data_free (gpointer data)
{
  LoadData *load = data;

  candor_passphrase_free (load->passphrase);
  g_list_free_full (load->segments, (GDestroyNotify) candor_segment_data_free);
  g_clear_pointer (&load->names, g_ptr_array_unref);
  g_free (load);
}

static void
set_state (CandorSession      *self,
           CandorSessionState  state)
{
  if (self->state == state)
    return;

  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
set_saving (CandorSession *self,
            gboolean       saving)
{
  if (self->saving == saving)
    return;

  self->saving = saving;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVING]);
}

static void journal_changed_cb (CandorSession *self);
static void open_new_journal   (CandorSession *self,
                                GPtrArray     *people);

static void
replace_journal (CandorSession *self,
                 CandorJournal *journal)
{
  if (self->journal != NULL)
    g_clear_signal_handler (&self->changed_handler, self->journal);
  g_set_object (&self->journal, journal);
  self->changed_handler = g_signal_connect_object (self->journal, "changed",
                                                   G_CALLBACK (journal_changed_cb), self,
                                                   G_CONNECT_SWAPPED);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOURNAL]);
}

/* Reads and parses one segment: runs in a thread. */
static CandorSegmentData *
read_and_parse (CandorVault  *vault,
                const char   *name,
                GError      **error)
{
  g_autoptr(GBytes) bytes = candor_vault_read_segment (vault, name, error);

  if (bytes == NULL)
    return NULL;

  return candor_segment_data_parse (name, bytes, error);
}

/* The segments the first page needs: the profile and the newest year on disk, or this
 * year when there is none. */
static GPtrArray *
first_segments (char **all)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *newest = NULL;

  for (guint i = 0; all[i] != NULL; i++)
    if (!g_str_equal (all[i], CANDOR_VAULT_PROFILE_SEGMENT))
      newest = all[i];

  if (g_strv_contains ((const char * const *) all, CANDOR_VAULT_PROFILE_SEGMENT))
    g_ptr_array_add (names, g_strdup (CANDOR_VAULT_PROFILE_SEGMENT));
  if (newest != NULL)
    g_ptr_array_add (names, g_strdup (newest));

  return names;
}

static gboolean
load_segments (CandorVault  *vault,
               LoadData     *load,
               GError      **error)
{
  for (guint i = 0; i < load->names->len; i++)
    {
      CandorSegmentData *data = read_and_parse (vault, g_ptr_array_index (load->names, i), error);

      if (data == NULL)
        return FALSE;
      load->segments = g_list_append (load->segments, data);
    }

  return TRUE;
}

static gboolean
apply_segments (CandorSession  *self,
                CandorJournal  *journal,
                LoadData       *load,
                GError        **error)
{
  g_auto(GStrv) dirty_before = candor_journal_dup_dirty_segments (journal);
  guint i = 0;

  for (GList *l = load->segments; l != NULL; l = l->next, i++)
    {
      const char *name = g_ptr_array_index (load->names, i);

      if (!candor_journal_apply_segment (journal, l->data, error))
        return FALSE;
      /* Entries added to this year before it was read still need saving. */
      if (!g_strv_contains ((const char * const *) dirty_before, name))
        candor_journal_mark_clean (journal, name);
      g_hash_table_add (self->loaded_segments, g_strdup (name));
    }

  return TRUE;
}

static void
unlock_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  CandorSession *self = source_object;
  LoadData *load = task_data;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) all = NULL;

  if (!candor_vault_unlock (self->vault, load->passphrase, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  /* The key is unwrapped: the passphrase is not needed any more. */
  g_clear_pointer (&load->passphrase, candor_passphrase_free);

  all = candor_vault_list_segments (self->vault);
  load->names = first_segments (all);

  if (!load_segments (self->vault, load, &error))
    {
      candor_vault_lock (self->vault);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_boolean (task, TRUE);
}

static void
older_years_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  CandorSession *self = source_object;
  LoadData *load = task_data;
  g_autoptr(GError) error = NULL;

  if (!load_segments (self->vault, load, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
older_years_loaded_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  CandorSession *self = CANDOR_SESSION (object);
  LoadData *load = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          /* Keep what is loaded; saving into a year that failed to load stays off. */
          g_warning ("Older years could not be loaded: %s", error->message);
          g_signal_emit (self, signals[SAVE_FAILED], 0, error);
        }
      return;
    }

  if (!apply_segments (self, self->journal, load, &error))
    {
      g_warning ("Older years could not be applied: %s", error->message);
      g_signal_emit (self, signals[SAVE_FAILED], 0, error);
      return;
    }

  self->older_years_loaded = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OLDER_YEARS_LOADED]);

  /* Entries added to an older year before it loaded were held back: save them now. */
  if (candor_session_has_unsaved_changes (self))
    candor_session_save_async (self, NULL, NULL, NULL);
}

static void
load_older_years (CandorSession *self)
{
  g_autoptr(GTask) task = NULL;
  g_auto(GStrv) all = candor_vault_list_segments (self->vault);
  LoadData *load = g_new0 (LoadData, 1);

  load->names = g_ptr_array_new_with_free_func (g_free);
  /* Newest first: the history scrolls back in time. */
  for (guint i = g_strv_length (all); i > 0; i--)
    if (!g_hash_table_contains (self->loaded_segments, all[i - 1]))
      g_ptr_array_add (load->names, g_strdup (all[i - 1]));

  if (load->names->len == 0)
    {
      load_data_free (load);
      self->older_years_loaded = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OLDER_YEARS_LOADED]);
      return;
    }

  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();
  task = g_task_new (self, self->load_cancellable, older_years_loaded_cb, NULL);
  g_task_set_source_tag (task, load_older_years);
  g_task_set_task_data (task, load, load_data_free);
  g_task_run_in_thread (task, older_years_thread);
}

static void
unlocked_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  CandorSession *self = CANDOR_SESSION (object);
  g_autoptr(GTask) task = user_data;
  LoadData *load = g_task_get_task_data (G_TASK (result));
  g_autoptr(CandorJournal) journal = candor_journal_new ();
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error) ||
      !apply_segments (self, journal, load, &error))
    {
      candor_vault_lock (self->vault);
      g_hash_table_remove_all (self->loaded_segments);
      set_state (self, CANDOR_SESSION_STATE_LOCKED);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  replace_journal (self, journal);
  set_state (self, CANDOR_SESSION_STATE_READY);
  g_task_return_boolean (task, TRUE);

  if (self->state != CANDOR_SESSION_STATE_READY)
    return;
  if (self->older_years_holds > 0)
    self->older_years_pending = TRUE;
  else
    load_older_years (self);
}

void
candor_session_unlock_async (CandorSession       *self,
                             const char          *passphrase,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) inner = NULL;
  GTask *outer;
  LoadData *load;

  g_return_if_fail (CANDOR_IS_SESSION (self));
  g_return_if_fail (passphrase != NULL);

  outer = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (outer, candor_session_unlock_async);

  if (self->state != CANDOR_SESSION_STATE_LOCKED)
    {
      g_task_return_new_error (outer, G_IO_ERROR, G_IO_ERROR_PENDING,
                               "The journal is already open or opening");
      g_object_unref (outer);
      return;
    }

  set_state (self, CANDOR_SESSION_STATE_UNLOCKING);

  load = g_new0 (LoadData, 1);
  load->passphrase = candor_passphrase_dup (passphrase);
  inner = g_task_new (self, cancellable, unlocked_cb, outer);
  g_task_set_source_tag (inner, candor_session_unlock_async);
  g_task_set_task_data (inner, load, load_data_free);
  g_task_run_in_thread (inner, unlock_thread);
}

gboolean
candor_session_unlock_finish (CandorSession  *self,
                              GAsyncResult   *result,
                              GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
candor_session_unlock_all (CandorSession  *self,
                           const char     *passphrase,
                           GError        **error)
{
  g_autoptr(CandorJournal) journal = candor_journal_new ();
  g_auto(GStrv) all = NULL;
  LoadData *load;
  gboolean ok;

  g_return_val_if_fail (CANDOR_IS_SESSION (self), FALSE);
  g_return_val_if_fail (self->state == CANDOR_SESSION_STATE_LOCKED, FALSE);

  if (!candor_vault_unlock (self->vault, passphrase, error))
    return FALSE;

  all = candor_vault_list_segments (self->vault);
  load = g_new0 (LoadData, 1);
  load->names = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; all[i] != NULL; i++)
    g_ptr_array_add (load->names, g_strdup (all[i]));

  ok = load_segments (self->vault, load, error) && apply_segments (self, journal, load, error);
  load_data_free (load);

  if (!ok)
    {
      candor_vault_lock (self->vault);
      g_hash_table_remove_all (self->loaded_segments);
      return FALSE;
    }

  replace_journal (self, journal);
  self->older_years_loaded = TRUE;
  set_state (self, CANDOR_SESSION_STATE_READY);
  return TRUE;
}

/* Creating: the KDF runs in a thread, then the first save. */

typedef struct {
  char      *passphrase;
  GPtrArray *people;
} CreateData;

static void
create_data_free (gpointer data)
{
  CreateData *create = data;

  candor_passphrase_free (create->passphrase);
  g_clear_pointer (&create->people, g_ptr_array_unref);
  g_free (create);
}

static void
create_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  CandorSession *self = source_object;
  CreateData *create = task_data;
  g_autoptr(GError) error = NULL;

  if (!candor_vault_create (self->vault, create->passphrase, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
created_saved_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  CandorSession *self = CANDOR_SESSION (object);
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;

  /* The vault exists and the journal is open: a failed first save is reported, and the
   * journal stays in memory to be saved again. */
  if (!candor_session_save_finish (self, result, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
created_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  CandorSession *self = CANDOR_SESSION (object);
  g_autoptr(GTask) task = user_data;
  CreateData *create = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      set_state (self, CANDOR_SESSION_STATE_LOCKED);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  GCancellable *cancellable = g_task_get_cancellable (task);

  open_new_journal (self, create->people);
  candor_session_save_async (self, cancellable, created_saved_cb, g_steal_pointer (&task));
}

void
candor_session_create_async (CandorSession       *self,
                             const char          *passphrase,
                             GPtrArray           *people,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  GTask *outer;
  g_autoptr(GTask) inner = NULL;
  CreateData *create;

  g_return_if_fail (CANDOR_IS_SESSION (self));
  g_return_if_fail (passphrase != NULL);

  outer = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (outer, candor_session_create_async);

  if (self->state != CANDOR_SESSION_STATE_LOCKED)
    {
      g_task_return_new_error (outer, G_IO_ERROR, G_IO_ERROR_PENDING,
                               "The journal is already open or opening");
      g_object_unref (outer);
      return;
    }

  set_state (self, CANDOR_SESSION_STATE_UNLOCKING);

  create = g_new0 (CreateData, 1);
  create->passphrase = candor_passphrase_dup (passphrase);
  create->people = people ? g_ptr_array_ref (people) : NULL;
  inner = g_task_new (self, cancellable, created_cb, outer);
  g_task_set_task_data (inner, create, create_data_free);
  g_task_run_in_thread (inner, create_thread);
}

gboolean
candor_session_create_finish (CandorSession  *self,
                              GAsyncResult   *result,
                              GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
open_new_journal (CandorSession *self,
                  GPtrArray     *people)
{
  g_autoptr(CandorJournal) journal = candor_journal_new ();

  for (guint i = 0; people != NULL && i < people->len; i++)
    candor_journal_add_person (journal, g_ptr_array_index (people, i));

  replace_journal (self, journal);
  self->older_years_loaded = TRUE;
  set_state (self, CANDOR_SESSION_STATE_READY);
}

gboolean
candor_session_create (CandorSession  *self,
                       const char     *passphrase,
                       GPtrArray      *people,
                       GError        **error)
{
  g_return_val_if_fail (CANDOR_IS_SESSION (self), FALSE);
  g_return_val_if_fail (self->state == CANDOR_SESSION_STATE_LOCKED, FALSE);

  if (!candor_vault_create (self->vault, passphrase, error))
    return FALSE;

  open_new_journal (self, people);
  return candor_session_save (self, error);
}

/* Saving. */

/* The dirty segments that may be written now: a year that exists on disk but is not
 * loaded yet would be overwritten with only the new entries, so it waits. */
static GHashTable *
collect_dirty (CandorSession *self)
{
  g_auto(GStrv) dirty = candor_journal_dup_dirty_segments (self->journal);
  g_auto(GStrv) on_disk = candor_vault_list_segments (self->vault);
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify) g_bytes_unref);

  for (guint i = 0; dirty != NULL && dirty[i] != NULL; i++)
    {
      if (!g_hash_table_contains (self->loaded_segments, dirty[i]) &&
          g_strv_contains ((const char * const *) on_disk, dirty[i]))
        continue;

      g_hash_table_insert (table, g_strdup (dirty[i]),
                           candor_journal_serialize_segment (self->journal, dirty[i]));
    }

  return table;
}

static void
mark_written (CandorSession *self,
              GHashTable    *table)
{
  GHashTableIter iter;
  const char *name;

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, (gpointer *) &name, NULL))
    {
      candor_journal_mark_clean (self->journal, name);
      g_hash_table_add (self->loaded_segments, g_strdup (name));
    }
}

static void
save_succeeded (CandorSession *self)
{
  g_clear_error (&self->save_error);
  g_signal_emit (self, signals[SAVED], 0);
}

static void
save_failed (CandorSession *self,
             const GError  *error)
{
  g_clear_error (&self->save_error);
  self->save_error = g_error_copy (error);
  g_signal_emit (self, signals[SAVE_FAILED], 0, error);
}

static void
unmark_written (CandorSession *self,
                GHashTable    *table)
{
  GHashTableIter iter;
  const char *name;

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, (gpointer *) &name, NULL))
    candor_journal_mark_segment_dirty (self->journal, name);
}

static void
written_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  CandorSession *self = g_task_get_source_object (task);
  GHashTable *table = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  set_saving (self, FALSE);

  if (!candor_vault_write_segments_finish (CANDOR_VAULT (object), result, &error))
    {
      /* Everything not confirmed written stays dirty, to be retried. */
      unmark_written (self, table);
      save_failed (self, error);
      g_task_return_error (task, g_steal_pointer (&error));
    }
  else
    {
      save_succeeded (self);
      g_task_return_boolean (task, TRUE);
    }

  if (self->save_again)
    {
      self->save_again = FALSE;
      candor_session_save_async (self, NULL, NULL, NULL);
    }
}

void
candor_session_save_async (CandorSession       *self,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GHashTable) table = NULL;

  g_return_if_fail (CANDOR_IS_SESSION (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, candor_session_save_async);
  g_clear_handle_id (&self->autosave_source, g_source_remove);

  if (self->state != CANDOR_SESSION_STATE_READY)
    {
      g_task_return_new_error (task, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_LOCKED,
                               _("The journal is locked. Unlock it to save."));
      return;
    }

  if (self->saving)
    {
      /* One write at a time; the changes made meanwhile go in the next one. */
      self->save_again = TRUE;
      g_task_return_boolean (task, TRUE);
      return;
    }

  table = collect_dirty (self);
  if (g_hash_table_size (table) == 0)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  /* Marked clean now, so edits made during the write dirty them again. */
  mark_written (self, table);
  g_task_set_task_data (task, g_hash_table_ref (table), (GDestroyNotify) g_hash_table_unref);
  set_saving (self, TRUE);
  candor_vault_write_segments_async (self->vault, table, cancellable, written_cb,
                                     g_steal_pointer (&task));
}

gboolean
candor_session_save_finish (CandorSession  *self,
                            GAsyncResult   *result,
                            GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
candor_session_save (CandorSession  *self,
                     GError        **error)
{
  g_autoptr(GHashTable) table = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (CANDOR_IS_SESSION (self), FALSE);
  g_return_val_if_fail (!self->saving, FALSE);

  g_clear_handle_id (&self->autosave_source, g_source_remove);

  if (self->state != CANDOR_SESSION_STATE_READY)
    {
      g_set_error_literal (error, CANDOR_VAULT_ERROR, CANDOR_VAULT_ERROR_LOCKED,
                           _("The journal is locked. Unlock it to save."));
      return FALSE;
    }

  table = collect_dirty (self);
  if (g_hash_table_size (table) == 0)
    return TRUE;

  mark_written (self, table);
  if (!candor_vault_write_segments (self->vault, table, &local_error))
    {
      unmark_written (self, table);
      save_failed (self, local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  save_succeeded (self);
  return TRUE;
}

static gboolean
autosave_cb (gpointer user_data)
{
  CandorSession *self = user_data;

  self->autosave_source = 0;
  candor_session_save_async (self, NULL, NULL, NULL);
  return G_SOURCE_REMOVE;
}

static void
journal_changed_cb (CandorSession *self)
{
  if (self->autosave_delay_ms == 0 || self->state != CANDOR_SESSION_STATE_READY)
    return;

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  self->autosave_source = g_timeout_add (self->autosave_delay_ms, autosave_cb, self);
}

gboolean
candor_session_lock (CandorSession  *self,
                     GError        **error)
{
  g_autoptr(CandorJournal) empty = NULL;

  g_return_val_if_fail (CANDOR_IS_SESSION (self), FALSE);

  if (self->saving || candor_session_has_unsaved_changes (self))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_BUSY,
                           _("Some changes are not saved yet. Save them before locking."));
      return FALSE;
    }

  g_cancellable_cancel (self->load_cancellable);
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  candor_vault_lock (self->vault);
  g_hash_table_remove_all (self->loaded_segments);
  self->older_years_loaded = FALSE;
  self->older_years_pending = FALSE;
  empty = candor_journal_new ();
  replace_journal (self, empty);
  set_state (self, CANDOR_SESSION_STATE_LOCKED);
  return TRUE;
}

static void
candor_session_dispose (GObject *object)
{
  CandorSession *self = CANDOR_SESSION (object);

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  if (self->journal != NULL)
    g_clear_signal_handler (&self->changed_handler, self->journal);
  g_clear_object (&self->journal);
  if (self->vault != NULL)
    candor_vault_lock (self->vault);
  g_clear_object (&self->vault);

  G_OBJECT_CLASS (candor_session_parent_class)->dispose (object);
}

static void
candor_session_finalize (GObject *object)
{
  CandorSession *self = CANDOR_SESSION (object);

  g_clear_pointer (&self->loaded_segments, g_hash_table_unref);
  g_clear_error (&self->save_error);

  G_OBJECT_CLASS (candor_session_parent_class)->finalize (object);
}

static void
candor_session_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CandorSession *self = CANDOR_SESSION (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_int (value, self->state);
      break;
    case PROP_SAVING:
      g_value_set_boolean (value, self->saving);
      break;
    case PROP_JOURNAL:
      g_value_set_object (value, self->journal);
      break;
    case PROP_OLDER_YEARS_LOADED:
      g_value_set_boolean (value, self->older_years_loaded);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_session_class_init (CandorSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = candor_session_dispose;
  object_class->finalize = candor_session_finalize;
  object_class->get_property = candor_session_get_property;

  properties[PROP_STATE] =
    g_param_spec_int ("state", NULL, NULL,
                      CANDOR_SESSION_STATE_LOCKED, CANDOR_SESSION_STATE_READY,
                      CANDOR_SESSION_STATE_LOCKED,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SAVING] =
    g_param_spec_boolean ("saving", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_JOURNAL] =
    g_param_spec_object ("journal", NULL, NULL, CANDOR_TYPE_JOURNAL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_OLDER_YEARS_LOADED] =
    g_param_spec_boolean ("older-years-loaded", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SAVE_FAILED] =
    g_signal_new ("save-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
candor_session_init (CandorSession *self)
{
  self->loaded_segments = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->autosave_delay_ms = DEFAULT_AUTOSAVE_DELAY_MS;
  self->journal = candor_journal_new ();
  self->changed_handler = g_signal_connect_object (self->journal, "changed",
                                                   G_CALLBACK (journal_changed_cb), self,
                                                   G_CONNECT_SWAPPED);
}

CandorSession *
candor_session_new (const char *vault_directory)
{
  CandorSession *self = g_object_new (CANDOR_TYPE_SESSION, NULL);

  self->vault = candor_vault_new (vault_directory);
  return self;
}

CandorVault *
candor_session_get_vault (CandorSession *self)
{
  g_return_val_if_fail (CANDOR_IS_SESSION (self), NULL);

  return self->vault;
}

CandorJournal *
candor_session_get_journal (CandorSession *self)
{
  g_return_val_if_fail (CANDOR_IS_SESSION (self), NULL);

  return self->journal;
}

CandorSessionState
candor_session_get_state (CandorSession *self)
{
  g_return_val_if_fail (CANDOR_IS_SESSION (self), CANDOR_SESSION_STATE_LOCKED);

  return self->state;
}

gboolean
candor_session_get_saving (CandorSession *self)
{
  g_return_val_if_fail (CANDOR_IS_SESSION (self), FALSE);

  return self->saving;
}

const GError *
candor_session_get_save_error (CandorSession *self)
{
  g_return_val_if_fail (CANDOR_IS_SESSION (self), NULL);

  return self->save_error;
}

gboolean
candor_session_has_unsaved_changes (CandorSession *self)
{
  g_auto(GStrv) dirty = NULL;

  g_return_val_if_fail (CANDOR_IS_SESSION (self), FALSE);

  if (self->state != CANDOR_SESSION_STATE_READY)
    return FALSE;

  dirty = candor_journal_dup_dirty_segments (self->journal);
  return dirty != NULL && dirty[0] != NULL;
}

gboolean
candor_session_get_older_years_loaded (CandorSession *self)
{
  g_return_val_if_fail (CANDOR_IS_SESSION (self), FALSE);

  return self->older_years_loaded;
}

void
candor_session_hold_older_years (CandorSession *self)
{
  g_return_if_fail (CANDOR_IS_SESSION (self));

  self->older_years_holds++;
}

void
candor_session_release_older_years (CandorSession *self)
{
  g_return_if_fail (CANDOR_IS_SESSION (self));
  g_return_if_fail (self->older_years_holds > 0);

  self->older_years_holds--;
  if (self->older_years_holds > 0 || !self->older_years_pending)
    return;

  self->older_years_pending = FALSE;
  if (self->state == CANDOR_SESSION_STATE_READY)
    load_older_years (self);
}

void
candor_session_set_autosave_delay (CandorSession *self,
                                   guint          delay_ms)
{
  g_return_if_fail (CANDOR_IS_SESSION (self));

  self->autosave_delay_ms = delay_ms;
  if (delay_ms == 0)
    g_clear_handle_id (&self->autosave_source, g_source_remove);
}
