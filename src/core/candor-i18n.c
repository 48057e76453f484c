/* candor-i18n.c — the UI language, set up the same way by the app and its tools
 *
 * The app takes its language from the environment, as every GNOME app does. The
 * screenshot tool and the tests can ask for one ("ru", "zh_CN"): messages then come
 * from that language through LANGUAGE, and dates, numbers and the first weekday from
 * its locale (ru_RU.UTF-8) when the system has it. CANDOR_LOCALEDIR points gettext at
 * the translations of a build tree, so the translated app runs uninstalled.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "candor-i18n.h"

/**
 * candor_i18n_locale_for_language:
 * @language: a language as in po/LINGUAS: "ru", "zh_CN", "pt_BR"
 *
 * Returns: (transfer full): the UTF-8 locale for @language: "ru_RU.UTF-8" for "ru",
 *   "zh_CN.UTF-8" for "zh_CN"
 */
char *
candor_i18n_locale_for_language (const char *language)
{
  g_autofree char *upper = NULL;

  g_return_val_if_fail (language != NULL && *language != '\0', NULL);

  if (strchr (language, '_') != NULL)
    return g_strdup_printf ("%s.UTF-8", language);

  upper = g_ascii_strup (language, -1);
  return g_strdup_printf ("%s_%s.UTF-8", language, upper);
}

/**
 * candor_i18n_init:
 * @language: (nullable): the language to use; %NULL: the environment's
 *
 * Sets the locale and Candor's gettext domain.
 *
 * Returns: %FALSE if the locale for @language is not installed; messages are still
 *   translated, dates and numbers then follow the C.UTF-8 locale
 */
gboolean
candor_i18n_init (const char *language)
{
  const char *localedir = g_getenv ("CANDOR_LOCALEDIR");
  gboolean found = TRUE;

  if (language != NULL)
    {
      g_autofree char *locale = candor_i18n_locale_for_language (language);

      g_setenv ("LANGUAGE", language, TRUE);
      g_setenv ("LC_ALL", locale, TRUE);
    }

  if (setlocale (LC_ALL, "") == NULL && language != NULL)
    {
      /* Not "C": glibc ignores LANGUAGE in the plain C locale. */
      g_setenv ("LC_ALL", "C.UTF-8", TRUE);
      setlocale (LC_ALL, "");
      found = FALSE;
    }

  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  return found;
}
