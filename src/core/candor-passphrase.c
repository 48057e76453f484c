/* candor-passphrase.c — how hard a passphrase is to guess, in words a person understands
 *
 * Not a password cracker's model, just enough to steer people away from the passphrases
 * that fall first (“12345678”, “password”, “aaaaaaaa”) and towards a few words: an
 * estimate of the bits an attacker must guess, where repeats and runs count for nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <sodium.h>
#include <string.h>

#include "candor-passphrase.h"

/* Below this many bits a passphrase is easy to guess; from the second it is strong. */
#define WEAK_BITS   30.0
#define STRONG_BITS 60.0

/* The passphrases tried first, compared case-insensitively. */
static const char * const common[] = {
  "password", "password1", "password12", "password123", "passw0rd", "p@ssw0rd",
  "iloveyou", "iloveyou1", "letmein1", "sunshine", "princess", "football", "baseball",
  "welcome1", "trustno1", "qwertyui", "qwertyuiop", "qwerty123", "asdfghjk", "abc12345",
  "abcd1234", "1q2w3e4r", "1qaz2wsx", "zaq12wsx", "secret12", "changeme", "dragon12",
  "monkey12", "starwars", "whatever", "superman", "michael1", "computer", "internet",
  "candor12", "myjournal",
};

static gboolean
is_common (const char *passphrase)
{
  g_autofree char *folded = g_utf8_casefold (passphrase, -1);

  for (guint i = 0; i < G_N_ELEMENTS (common); i++)
    if (g_str_equal (folded, common[i]))
      return TRUE;

  return FALSE;
}

/* Bits an attacker must guess: each character that is not a repeat or the next step of
 * a run (“aaaa”, “1234”, “cba”) counts log2 of the alphabet its classes span. */
static double
estimate_bits (const char *passphrase)
{
  gboolean lower = FALSE, upper = FALSE, digit = FALSE, symbol = FALSE, other = FALSE;
  gunichar previous = 0;
  int step = 0;
  guint counted = 0;
  guint pool = 0;

  for (const char *p = passphrase; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      int delta = previous != 0 ? (int) c - (int) previous : 0;
      gboolean predictable;

      if (c >= 'a' && c <= 'z')
        lower = TRUE;
      else if (c >= 'A' && c <= 'Z')
        upper = TRUE;
      else if (c >= '0' && c <= '9')
        digit = TRUE;
      else if (c < 0x80)
        symbol = TRUE;
      else
        other = TRUE;

      /* A repeat, or a run going on in the same direction. */
      predictable = previous != 0 && (delta == 0 || ((delta == 1 || delta == -1) &&
                                                      (step == 0 || step == delta)));
      if (!predictable)
        counted++;

      step = (delta == 1 || delta == -1) ? delta : 0;
      previous = c;
    }

  pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 33 : 0) +
         (other ? 64 : 0);
  if (pool < 2)
    return 0.0;

  return counted * log2 (pool);
}

static guint
count_distinct (const char *passphrase)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  for (const char *p = passphrase; *p != '\0'; p = g_utf8_next_char (p))
    g_hash_table_add (seen, GUINT_TO_POINTER (g_utf8_get_char (p)));

  return g_hash_table_size (seen);
}

/**
 * candor_passphrase_rate:
 * @passphrase: (nullable): UTF-8 text
 *
 * Returns: how hard @passphrase is to guess
 */
CandorPassphraseStrength
candor_passphrase_rate (const char *passphrase)
{
  double bits;

  if (passphrase == NULL || *passphrase == '\0')
    return CANDOR_PASSPHRASE_EMPTY;

  g_return_val_if_fail (g_utf8_validate (passphrase, -1, NULL), CANDOR_PASSPHRASE_WEAK);

  if (g_utf8_strlen (passphrase, -1) < CANDOR_PASSPHRASE_MIN_LENGTH)
    return CANDOR_PASSPHRASE_TOO_SHORT;

  if (is_common (passphrase) || count_distinct (passphrase) <= 3)
    return CANDOR_PASSPHRASE_WEAK;

  bits = estimate_bits (passphrase);
  if (bits < WEAK_BITS)
    return CANDOR_PASSPHRASE_WEAK;
  if (bits < STRONG_BITS)
    return CANDOR_PASSPHRASE_FAIR;

  return CANDOR_PASSPHRASE_STRONG;
}

gboolean
candor_passphrase_is_acceptable (CandorPassphraseStrength strength)
{
  return strength == CANDOR_PASSPHRASE_FAIR || strength == CANDOR_PASSPHRASE_STRONG;
}

/**
 * candor_passphrase_dup_hint:
 *
 * Returns: (transfer full) (nullable): what to tell the person typing, or %NULL when
 *   there is nothing to say yet
 */
char *
candor_passphrase_dup_hint (CandorPassphraseStrength strength)
{
  switch (strength)
    {
    case CANDOR_PASSPHRASE_EMPTY:
      return NULL;

    case CANDOR_PASSPHRASE_TOO_SHORT:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Too short — use at least %d character",
                                           "Too short — use at least %d characters",
                                           CANDOR_PASSPHRASE_MIN_LENGTH),
                              CANDOR_PASSPHRASE_MIN_LENGTH);

    case CANDOR_PASSPHRASE_WEAK:
      /* Translators: “1234” stands for any run of keys in a row; keep it as digits. */
      return g_strdup (_("Easy to guess — avoid common words, repeats and runs like 1234"));

    case CANDOR_PASSPHRASE_FAIR:
      return g_strdup (_("Fair — a few more words make it much stronger"));

    case CANDOR_PASSPHRASE_STRONG:
      /* Translators: said of a passphrase that is hard to guess. */
      return g_strdup (_("Strong"));

    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * candor_passphrase_dup:
 * @passphrase: (nullable): a passphrase
 *
 * Returns: (transfer full) (nullable): a copy in guarded memory; free it with
 *   candor_passphrase_free()
 */
char *
candor_passphrase_dup (const char *passphrase)
{
  gsize len;
  char *copy;

  if (passphrase == NULL)
    return NULL;

  len = strlen (passphrase);
  copy = sodium_malloc (len + 1);
  if (copy == NULL)
    g_error ("Out of guarded memory for a passphrase");
  memcpy (copy, passphrase, len + 1);

  return copy;
}

void
candor_passphrase_free (char *passphrase)
{
  if (passphrase == NULL)
    return;

  sodium_memzero (passphrase, strlen (passphrase));
  sodium_free (passphrase);
}
