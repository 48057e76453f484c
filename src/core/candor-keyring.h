/* candor-keyring.h — remembering the passphrase in the user's keyring (libsecret)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <libsecret/secret.h>

G_BEGIN_DECLS

#define CANDOR_KEYRING_ERROR (candor_keyring_error_quark ())

/**
 * CandorKeyringError:
 * @CANDOR_KEYRING_ERROR_UNAVAILABLE: no keyring service answered (no session bus, no
 *   Secret Service): ask for the passphrase instead
 * @CANDOR_KEYRING_ERROR_FAILED: the keyring answered but refused (locked and the prompt
 *   dismissed, for example)
 *
 * A cancelled call reports %G_IO_ERROR_CANCELLED as usual.
 */
typedef enum
{
  CANDOR_KEYRING_ERROR_UNAVAILABLE,
  CANDOR_KEYRING_ERROR_FAILED,
} CandorKeyringError;

/* Schema "io.github.candorapp.Candor.Vault", one string attribute "vault-id". */
#define CANDOR_KEYRING_SCHEMA_NAME "io.github.candorapp.Candor.Vault"

/* So that g_autoptr(CandorKeyringPassphrase) frees (and wipes) a looked-up passphrase. */
typedef char CandorKeyringPassphrase;

GQuark              candor_keyring_error_quark       (void);
const SecretSchema *candor_keyring_get_schema        (void);

/* Passphrases returned here live in non-pageable memory: free them with this, which
 * also wipes them. */
void                candor_keyring_free_passphrase   (char                *passphrase);

void                candor_keyring_store_async       (const char          *vault_id,
                                                      const char          *passphrase,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
gboolean            candor_keyring_store_finish      (GAsyncResult        *result,
                                                      GError             **error);
gboolean            candor_keyring_store_sync        (const char          *vault_id,
                                                      const char          *passphrase,
                                                      GCancellable        *cancellable,
                                                      GError             **error);

/* The finish/sync calls return the passphrase, or NULL without an error when none is
 * stored for @vault_id, or NULL with an error when no keyring could be asked. */
void                candor_keyring_lookup_async      (const char          *vault_id,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
char               *candor_keyring_lookup_finish     (GAsyncResult        *result,
                                                      GError             **error);
char               *candor_keyring_lookup_sync       (const char          *vault_id,
                                                      GCancellable        *cancellable,
                                                      GError             **error);

/* Forgetting something that was never stored is a success. */
void                candor_keyring_clear_async       (const char          *vault_id,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
gboolean            candor_keyring_clear_finish      (GAsyncResult        *result,
                                                      GError             **error);
gboolean            candor_keyring_clear_sync        (const char          *vault_id,
                                                      GCancellable        *cancellable,
                                                      GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CandorKeyringPassphrase, candor_keyring_free_passphrase)

G_END_DECLS
