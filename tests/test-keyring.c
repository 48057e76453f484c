/* test-keyring.c — the passphrase in the Secret Service, and life without one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The official test command runs this under dbus-run-session with an unlocked
 * gnome-keyring. Anywhere else, the round trip is skipped (saying why) and only the
 * "no keyring" behaviour is checked.
 */
#include "config.h"

#include <string.h>

#include "candor-keyring.h"

static void
result_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static GAsyncResult *
wait_result (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}

static char *
lookup_async (const char  *vault_id,
              GError     **error)
{
  GAsyncResult *result = NULL;
  char *passphrase;

  candor_keyring_lookup_async (vault_id, NULL, result_cb, &result);
  passphrase = candor_keyring_lookup_finish (wait_result (&result), error);
  g_object_unref (result);
  return passphrase;
}

static gboolean
store_async (const char  *vault_id,
             const char  *passphrase,
             GError     **error)
{
  GAsyncResult *result = NULL;
  gboolean ok;

  candor_keyring_store_async (vault_id, passphrase, NULL, result_cb, &result);
  ok = candor_keyring_store_finish (wait_result (&result), error);
  g_object_unref (result);
  return ok;
}

static gboolean
clear_async (const char  *vault_id,
             GError     **error)
{
  GAsyncResult *result = NULL;
  gboolean ok;

  candor_keyring_clear_async (vault_id, NULL, result_cb, &result);
  ok = candor_keyring_clear_finish (wait_result (&result), error);
  g_object_unref (result);
  return ok;
}

static void
test_schema (void)
{
  const SecretSchema *schema = candor_keyring_get_schema ();

  g_assert_cmpstr (schema->name, ==, "io.github.candorapp.Candor.Vault");
  g_assert_cmpstr (schema->attributes[0].name, ==, "vault-id");
  g_assert_cmpint (schema->attributes[0].type, ==, SECRET_SCHEMA_ATTRIBUTE_STRING);
  g_assert_null (schema->attributes[1].name);
}

static void
test_round_trip (void)
{
  g_autoptr(SecretService) service = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *vault_id = g_uuid_string_random ();
  g_autofree char *other_id = g_uuid_string_random ();
  g_autoptr(CandorKeyringPassphrase) found = NULL;
  g_autoptr(CandorKeyringPassphrase) other = NULL;

  service = secret_service_get_sync (SECRET_SERVICE_NONE, NULL, &error);
  if (service == NULL)
    {
      g_autofree char *reason = g_strdup_printf ("No Secret Service here (%s); run the "
                                                 "official test command for the round trip",
                                                 error->message);
      g_autoptr(GError) lookup_error = NULL;
      g_autoptr(CandorKeyringPassphrase) none = NULL;

      /* Without a keyring the app must hear "ask for the passphrase", not crash. */
      none = lookup_async (vault_id, &lookup_error);
      g_assert_null (none);
      g_assert_error (lookup_error, CANDOR_KEYRING_ERROR, CANDOR_KEYRING_ERROR_UNAVAILABLE);
      g_test_skip (reason);
      return;
    }

  /* Nothing stored yet: NULL and no error. */
  found = lookup_async (vault_id, &error);
  g_assert_no_error (error);
  g_assert_null (found);

  g_assert_true (store_async (vault_id, "first passphrase", &error));
  g_assert_no_error (error);
  g_assert_true (candor_keyring_store_sync (other_id, "another vault's", NULL, &error));
  g_assert_no_error (error);

  found = lookup_async (vault_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (found, ==, "first passphrase");
  g_clear_pointer (&found, candor_keyring_free_passphrase);

  /* Storing again replaces it rather than adding a second item. */
  g_assert_true (store_async (vault_id, "changed passphrase", &error));
  g_assert_no_error (error);
  found = candor_keyring_lookup_sync (vault_id, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (found, ==, "changed passphrase");
  g_clear_pointer (&found, candor_keyring_free_passphrase);

  /* Keyed by vault id: the other vault's passphrase is its own. */
  other = candor_keyring_lookup_sync (other_id, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (other, ==, "another vault's");

  g_assert_true (clear_async (vault_id, &error));
  g_assert_no_error (error);
  found = lookup_async (vault_id, &error);
  g_assert_no_error (error);
  g_assert_null (found);

  /* Forgetting twice is fine. */
  g_assert_true (clear_async (vault_id, &error));
  g_assert_no_error (error);
  g_assert_true (candor_keyring_clear_sync (other_id, NULL, &error));
  g_assert_no_error (error);
  g_assert_null (candor_keyring_lookup_sync (other_id, NULL, &error));
  g_assert_no_error (error);
}

static void
test_unavailable (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CandorKeyringPassphrase) found = NULL;
  const char *vault_id = "00000000-0000-4000-8000-000000000000";

  if (!g_test_subprocess ())
    {
      /* In a fresh process: the session bus connection is cached once made. */
      g_test_trap_subprocess (NULL, 30 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
      return;
    }

  g_setenv ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/candor-test-bus", TRUE);

  found = lookup_async (vault_id, &error);
  g_assert_null (found);
  g_assert_error (error, CANDOR_KEYRING_ERROR, CANDOR_KEYRING_ERROR_UNAVAILABLE);
  g_assert_nonnull (strstr (error->message, "type"));
  g_clear_error (&error);

  found = candor_keyring_lookup_sync (vault_id, NULL, &error);
  g_assert_null (found);
  g_assert_error (error, CANDOR_KEYRING_ERROR, CANDOR_KEYRING_ERROR_UNAVAILABLE);
  g_clear_error (&error);

  g_assert_false (store_async (vault_id, "secret", &error));
  g_assert_error (error, CANDOR_KEYRING_ERROR, CANDOR_KEYRING_ERROR_UNAVAILABLE);
  g_clear_error (&error);

  g_assert_false (candor_keyring_store_sync (vault_id, "secret", NULL, &error));
  g_assert_error (error, CANDOR_KEYRING_ERROR, CANDOR_KEYRING_ERROR_UNAVAILABLE);
  g_clear_error (&error);

  g_assert_false (clear_async (vault_id, &error));
  g_assert_error (error, CANDOR_KEYRING_ERROR, CANDOR_KEYRING_ERROR_UNAVAILABLE);
  g_clear_error (&error);

  g_assert_false (candor_keyring_clear_sync (vault_id, NULL, &error));
  g_assert_error (error, CANDOR_KEYRING_ERROR, CANDOR_KEYRING_ERROR_UNAVAILABLE);
}

static void
test_cancelled (void)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  GAsyncResult *result = NULL;
  char *found;

  /* A cancel is the caller's own doing, not "no keyring". */
  g_cancellable_cancel (cancellable);
  candor_keyring_lookup_async ("00000000-0000-4000-8000-000000000001", cancellable,
                               result_cb, &result);
  found = candor_keyring_lookup_finish (wait_result (&result), &error);
  g_object_unref (result);
  g_assert_null (found);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/keyring/schema", test_schema);
  g_test_add_func ("/keyring/round-trip", test_round_trip);
  g_test_add_func ("/keyring/unavailable", test_unavailable);
  g_test_add_func ("/keyring/cancelled", test_cancelled);

  return g_test_run ();
}
