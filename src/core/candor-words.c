/* candor-words.c — counting words the way a reader would, in any script
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "candor-words.h"

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

guint
candor_count_words (const char *text)
{
  guint count = 0;
  gboolean in_word = FALSE;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_unspaced_script (c) && !g_unichar_ismark (c))
        {
          count++;
          in_word = FALSE;
        }
      else if (is_word_char (c))
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

  return count;
}
