/* candor-passphrase.h — how hard a passphrase is to guess, in words a person understands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The shortest passphrase Candor accepts, in characters. */
#define CANDOR_PASSPHRASE_MIN_LENGTH 8

typedef enum
{
  CANDOR_PASSPHRASE_EMPTY,
  CANDOR_PASSPHRASE_TOO_SHORT,
  CANDOR_PASSPHRASE_WEAK,
  CANDOR_PASSPHRASE_FAIR,
  CANDOR_PASSPHRASE_STRONG,
} CandorPassphraseStrength;

CandorPassphraseStrength  candor_passphrase_rate          (const char               *passphrase);
/* FAIR and STRONG may be used; the others may not. */
gboolean                  candor_passphrase_is_acceptable (CandorPassphraseStrength  strength);
/* A short translated hint, e.g. “Strong”; NULL for EMPTY. */
char                     *candor_passphrase_dup_hint      (CandorPassphraseStrength  strength);

/* A copy in guarded, non-pageable memory (sodium_malloc), for passphrases that must
 * outlive the entry they were typed in. Free with candor_passphrase_free(), which wipes. */
char                     *candor_passphrase_dup           (const char               *passphrase);
void                      candor_passphrase_free          (char                     *passphrase);

/* So that g_autoptr(CandorPassphrase) wipes and frees a copy. */
typedef char CandorPassphrase;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CandorPassphrase, candor_passphrase_free)

G_END_DECLS
