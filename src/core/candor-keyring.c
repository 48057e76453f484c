/* candor-keyring.c — remembering the passphrase in the user's keyring (libsecret)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>

#include "candor-keyring.h"

#define VAULT_ID_ATTRIBUTE "vault-id"

G_DEFINE_QUARK (candor-keyring-error-quark, candor_keyring_error)

const SecretSchema *
candor_keyring_get_schema (void)
{
  static const SecretSchema schema = {
    CANDOR_KEYRING_SCHEMA_NAME, SECRET_SCHEMA_NONE,
    {
      { VAULT_ID_ATTRIBUTE, SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    }
  };

  return &schema;
}

void
candor_keyring_free_passphrase (char *passphrase)
{
  /* Wipes, then frees from libsecret's non-pageable pool (or the heap). */
  secret_password_free (passphrase);
}

/* Turns libsecret's errors into the two cases the app acts on. */
static GError *
map_error (GError *error)
{
  GError *mapped;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return error;

  g_debug ("Keyring error: %s (%s, %d)", error->message, g_quark_to_string (error->domain),
           error->code);

  /* No session bus, no Secret Service on it, or a service that never started: all
   * "nobody answered". */
  if (error->domain == G_DBUS_ERROR || error->domain == G_IO_ERROR ||
      error->domain == G_SPAWN_ERROR)
    mapped = g_error_new_literal (CANDOR_KEYRING_ERROR, CANDOR_KEYRING_ERROR_UNAVAILABLE,
                                  _("No keyring is available right now, so Candor can’t "
                                    "remember your passphrase. You can still type it "
                                    "when you open your journal."));
  else
    mapped = g_error_new (CANDOR_KEYRING_ERROR, CANDOR_KEYRING_ERROR_FAILED,
                          _("The keyring did not do what Candor asked (%s). You can still "
                            "type your passphrase when you open your journal."),
                          error->message);

  g_error_free (error);
  return mapped;
}

static gboolean
propagate_mapped (GError **dest,
                  GError  *error)
{
  g_propagate_error (dest, map_error (error));
  return FALSE;
}

static void
store_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (secret_password_store_finish (result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, map_error (error));
}

void
candor_keyring_store_async (const char          *vault_id,
                            const char          *passphrase,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (vault_id != NULL);
  g_return_if_fail (passphrase != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, candor_keyring_store_async);

  /* libsecret copies the passphrase into its own secure memory at once. */
  secret_password_store (candor_keyring_get_schema (), SECRET_COLLECTION_DEFAULT,
                         _("Candor journal passphrase"), passphrase, cancellable, store_cb,
                         task, VAULT_ID_ATTRIBUTE, vault_id, NULL);
}

gboolean
candor_keyring_store_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == candor_keyring_store_async,
                        FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
candor_keyring_store_sync (const char    *vault_id,
                           const char    *passphrase,
                           GCancellable  *cancellable,
                           GError       **error)
{
  GError *local_error = NULL;

  g_return_val_if_fail (vault_id != NULL, FALSE);
  g_return_val_if_fail (passphrase != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (secret_password_store_sync (candor_keyring_get_schema (), SECRET_COLLECTION_DEFAULT,
                                  _("Candor journal passphrase"), passphrase, cancellable,
                                  &local_error, VAULT_ID_ATTRIBUTE, vault_id, NULL))
    return TRUE;

  return propagate_mapped (error, local_error);
}

static void
passphrase_free_cb (gpointer data)
{
  candor_keyring_free_passphrase (data);
}

static void
lookup_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  char *passphrase;

  passphrase = secret_password_lookup_nonpageable_finish (result, &error);
  if (error != NULL)
    g_task_return_error (task, map_error (error));
  else
    g_task_return_pointer (task, passphrase, passphrase_free_cb);
}

void
candor_keyring_lookup_async (const char          *vault_id,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (vault_id != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, candor_keyring_lookup_async);

  secret_password_lookup (candor_keyring_get_schema (), cancellable, lookup_cb, task,
                          VAULT_ID_ATTRIBUTE, vault_id, NULL);
}

/**
 * candor_keyring_lookup_finish:
 *
 * Returns: (transfer full) (nullable): the passphrase (free it with
 *   candor_keyring_free_passphrase()), or %NULL: with @error set if the keyring could
 *   not be asked, without if nothing is stored.
 */
char *
candor_keyring_lookup_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == candor_keyring_lookup_async,
                        NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

char *
candor_keyring_lookup_sync (const char    *vault_id,
                            GCancellable  *cancellable,
                            GError       **error)
{
  GError *local_error = NULL;
  char *passphrase;

  g_return_val_if_fail (vault_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  passphrase = secret_password_lookup_nonpageable_sync (candor_keyring_get_schema (),
                                                        cancellable, &local_error,
                                                        VAULT_ID_ATTRIBUTE, vault_id, NULL);
  if (local_error != NULL)
    {
      propagate_mapped (error, local_error);
      return NULL;
    }

  return passphrase;
}

static void
clear_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  /* FALSE without an error means there was nothing to clear: fine. */
  secret_password_clear_finish (result, &error);
  if (error != NULL)
    g_task_return_error (task, map_error (error));
  else
    g_task_return_boolean (task, TRUE);
}

void
candor_keyring_clear_async (const char          *vault_id,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (vault_id != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, candor_keyring_clear_async);

  secret_password_clear (candor_keyring_get_schema (), cancellable, clear_cb, task,
                         VAULT_ID_ATTRIBUTE, vault_id, NULL);
}

gboolean
candor_keyring_clear_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == candor_keyring_clear_async,
                        FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
candor_keyring_clear_sync (const char    *vault_id,
                           GCancellable  *cancellable,
                           GError       **error)
{
  GError *local_error = NULL;

  g_return_val_if_fail (vault_id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  secret_password_clear_sync (candor_keyring_get_schema (), cancellable, &local_error,
                              VAULT_ID_ATTRIBUTE, vault_id, NULL);
  if (local_error != NULL)
    return propagate_mapped (error, local_error);

  return TRUE;
}
