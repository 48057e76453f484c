/* candor-words.c — counting words the way a reader would, in any script
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "candor-words.h"

#include <string.h>

static gboolean
is_unspaced_script (gunichar c)
{
  switch (g_unichar_get_script (c))
    {
    case G_UNICODE_SCRIPT_HAN:
    case G_UNICODE_SCRIPT_HIRAGANA:
    case G_UNICODE_SCRIPT_KATAKANA:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

static gboolean
is_joiner (gunichar c)
{
  return c == '\'' || c == 0x2019 /* ’ */ || c == '-' || c == 0x2010 /* ‐ */;
}

/* Chinese and Japanese leave no space between words, which are one to three characters
 * long, two on average: a run of such characters counts one word for every two. One
 * word per character would make a 15-word appreciation 15 characters, about half of
 * what it says in English. */
static guint
unspaced_words (guint characters)
{
  return (characters + 1) / 2;
}

guint
candor_count_words (const char *text)
{
  guint count = 0;
  guint unspaced = 0;
  gboolean in_word = FALSE;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_unspaced_script (c) && !g_unichar_ismark (c))
        {
          unspaced++;
          in_word = FALSE;
          continue;
        }

      if (unspaced > 0 && g_unichar_ismark (c))
        continue;
      count += unspaced_words (unspaced);
      unspaced = 0;

      if (is_word_char (c))
        {
          if (!in_word)
            count++;
          in_word = TRUE;
        }
      else if (in_word && is_joiner (c))
        {
          gunichar next = g_utf8_get_char (g_utf8_next_char (p));

          /* "don't" stays one word; a trailing or spaced hyphen ends it. */
          in_word = next != 0 && is_word_char (next) && !is_unspaced_script (next);
        }
      else
        in_word = FALSE;
    }

  return count + unspaced_words (unspaced);
}

static gboolean
is_word_at (const char *text,
            const char *at,
            gsize       len)
{
  const char *after = at + len;

  if (at > text)
    {
      gunichar before = g_utf8_get_char (g_utf8_find_prev_char (text, at));

      if (is_word_char (before) || is_joiner (before))
        return FALSE;
    }

  return *after == '\0' || !(is_word_char (g_utf8_get_char (after)) ||
                             is_joiner (g_utf8_get_char (after)));
}

gboolean
candor_words_contain_any (const char         *text,
                          const char * const *markers)
{
  g_autofree char *folded = NULL;

  if (text == NULL || markers == NULL || !g_utf8_validate (text, -1, NULL))
    return FALSE;

  folded = g_utf8_casefold (text, -1);
  for (guint i = 0; markers[i] != NULL; i++)
    {
      g_autofree char *marker = g_utf8_casefold (markers[i], -1);
      gsize len = strlen (marker);
      gboolean unspaced;

      if (len == 0)
        continue;

      unspaced = is_unspaced_script (g_utf8_get_char (marker));
      for (const char *at = strstr (folded, marker); at != NULL; at = strstr (at + 1, marker))
        if (unspaced || is_word_at (folded, at, len))
          return TRUE;
    }

  return FALSE;
}
