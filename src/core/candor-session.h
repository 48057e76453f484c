/* candor-session.h — one open journal: its vault, its state, loading and saving
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "candor-journal.h"
#include "candor-vault.h"

G_BEGIN_DECLS

typedef enum
{
  CANDOR_SESSION_STATE_LOCKED,
  CANDOR_SESSION_STATE_UNLOCKING,
  CANDOR_SESSION_STATE_READY,
} CandorSessionState;

#define CANDOR_TYPE_SESSION (candor_session_get_type ())

G_DECLARE_FINAL_TYPE (CandorSession, candor_session, CANDOR, SESSION, GObject)

/* NULL → the default folder. */
CandorSession      *candor_session_new                 (const char           *vault_directory);
CandorVault        *candor_session_get_vault           (CandorSession        *self);
/* Only meaningful while READY; empty otherwise. */
CandorJournal      *candor_session_get_journal         (CandorSession        *self);
CandorSessionState  candor_session_get_state           (CandorSession        *self);
gboolean            candor_session_get_saving          (CandorSession        *self);
/* The last save error, kept until a save succeeds; NULL when all is saved. */
const GError       *candor_session_get_save_error      (CandorSession        *self);
gboolean            candor_session_has_unsaved_changes (CandorSession        *self);
gboolean            candor_session_get_older_years_loaded (CandorSession     *self);

/* First run: creates the vault (Argon2id runs in a thread), adds @people (CandorPerson)
 * to the new journal and saves it. Ends READY. */
void                candor_session_create_async        (CandorSession        *self,
                                                        const char           *passphrase,
                                                        GPtrArray            *people,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
gboolean            candor_session_create_finish       (CandorSession        *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);

/* The same, synchronously (the command line). */
gboolean            candor_session_create              (CandorSession        *self,
                                                        const char           *passphrase,
                                                        GPtrArray            *people,
                                                        GError              **error);

/* Unlocks and loads the profile and the current year in a thread, then applies them:
 * READY as soon as the first page can show. Older years follow in the background
 * (notify::older-years-loaded), once no one holds them back. */
void                candor_session_unlock_async        (CandorSession        *self,
                                                        const char           *passphrase,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
gboolean            candor_session_unlock_finish       (CandorSession        *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);
/* Holds the older years back after an unlock, until released as often as held: a window
 * holds them until it has drawn the current year, since reading them takes a core of
 * its own for a while and the first frame of the journal wants both (with a software
 * renderer, a third longer on two cores). An unlock while held leaves them pending;
 * locking forgets that. */
void                candor_session_hold_older_years    (CandorSession        *self);
void                candor_session_release_older_years (CandorSession        *self);

/* Synchronous unlock and full load, for the command line. */
gboolean            candor_session_unlock_all          (CandorSession        *self,
                                                        const char           *passphrase,
                                                        GError              **error);

/* Writes every changed segment in a thread. On failure the changes stay in memory, the
 * error is kept (save-error) and emitted (save-failed), and the next save retries. */
void                candor_session_save_async          (CandorSession        *self,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
gboolean            candor_session_save_finish         (CandorSession        *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);
gboolean            candor_session_save                (CandorSession        *self,
                                                        GError              **error);

/* Milliseconds after a change before saving on its own; 0 turns autosave off. */
void                candor_session_set_autosave_delay  (CandorSession        *self,
                                                        guint                 delay_ms);

/* Forgets the journal and wipes the key. Refuses (returns FALSE) while changes are
 * unsaved: save first. */
gboolean            candor_session_lock                (CandorSession        *self,
                                                        GError              **error);

G_END_DECLS
