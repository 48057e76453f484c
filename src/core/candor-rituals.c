/* candor-rituals.c — when the couple's rituals come round next
 *
 * Everything is computed in local wall-clock time with GDateTime, so a ritual at 19:00
 * stays at 19:00 across a daylight-saving change; a time that doesn't exist that day (in
 * the spring gap) is moved forward by the gap, as GLib does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <langinfo.h>
#include <string.h>

#include "candor-rituals.h"

gboolean
candor_ritual_parse_time (const char *text,
                          guint      *hour,
                          guint      *minute)
{
  guint h, m;

  if (text == NULL || strlen (text) != 5 || text[2] != ':' ||
      !g_ascii_isdigit (text[0]) || !g_ascii_isdigit (text[1]) ||
      !g_ascii_isdigit (text[3]) || !g_ascii_isdigit (text[4]))
    return FALSE;

  h = (text[0] - '0') * 10 + (text[1] - '0');
  m = (text[3] - '0') * 10 + (text[4] - '0');
  if (h > 23 || m > 59)
    return FALSE;

  if (hour != NULL)
    *hour = h;
  if (minute != NULL)
    *minute = m;

  return TRUE;
}

char *
candor_ritual_format_time (guint hour,
                           guint minute)
{
  g_return_val_if_fail (hour < 24 && minute < 60, NULL);

  return g_strdup_printf ("%02u:%02u", hour, minute);
}

static GDateTime *
at_time (GDateTime *day,
         guint      hour,
         guint      minute)
{
  return g_date_time_new (g_date_time_get_timezone (day),
                          g_date_time_get_year (day),
                          g_date_time_get_month (day),
                          g_date_time_get_day_of_month (day),
                          hour, minute, 0);
}

/* Noon of the day @days after @time's day: noon is never in a DST gap. */
static GDateTime *
noon_plus_days (GDateTime *time,
                int        days)
{
  g_autoptr(GDateTime) noon = g_date_time_new (g_date_time_get_timezone (time),
                                               g_date_time_get_year (time),
                                               g_date_time_get_month (time),
                                               g_date_time_get_day_of_month (time),
                                               12, 0, 0);

  return g_date_time_add_days (noon, days);
}

GDateTime *
candor_ritual_next_nightly (GDateTime *after,
                            guint      hour,
                            guint      minute)
{
  g_return_val_if_fail (after != NULL, NULL);
  g_return_val_if_fail (hour < 24 && minute < 60, NULL);

  for (int days = 0; days < 3; days++)
    {
      g_autoptr(GDateTime) day = noon_plus_days (after, days);
      g_autoptr(GDateTime) candidate = at_time (day, hour, minute);

      if (candidate != NULL && g_date_time_compare (candidate, after) > 0)
        return g_steal_pointer (&candidate);
    }

  g_return_val_if_reached (NULL);
}

GDateTime *
candor_ritual_next_weekly (GDateTime *after,
                           guint      weekday,
                           guint      hour,
                           guint      minute)
{
  g_return_val_if_fail (after != NULL, NULL);
  g_return_val_if_fail (weekday >= 1 && weekday <= 7, NULL);
  g_return_val_if_fail (hour < 24 && minute < 60, NULL);

  for (int days = 0; days <= 7; days++)
    {
      g_autoptr(GDateTime) day = noon_plus_days (after, days);
      g_autoptr(GDateTime) candidate = NULL;

      if ((guint) g_date_time_get_day_of_week (day) != weekday)
        continue;

      candidate = at_time (day, hour, minute);
      if (candidate != NULL && g_date_time_compare (candidate, after) > 0)
        return g_steal_pointer (&candidate);
    }

  g_return_val_if_reached (NULL);
}

static guint
days_in_month (int year,
               int month)
{
  return g_date_get_days_in_month (month, year);
}

GDateTime *
candor_ritual_next_monthly (GDateTime *after,
                            guint      day,
                            guint      hour,
                            guint      minute)
{
  int year, month;

  g_return_val_if_fail (after != NULL, NULL);
  g_return_val_if_fail (day >= 1 && day <= 31, NULL);
  g_return_val_if_fail (hour < 24 && minute < 60, NULL);

  year = g_date_time_get_year (after);
  month = g_date_time_get_month (after);

  for (int i = 0; i < 3; i++)
    {
      guint real_day = MIN (day, days_in_month (year, month));
      g_autoptr(GDateTime) candidate = g_date_time_new (g_date_time_get_timezone (after),
                                                        year, month, real_day,
                                                        hour, minute, 0);

      if (candidate != NULL && g_date_time_compare (candidate, after) > 0)
        return g_steal_pointer (&candidate);

      if (++month > 12)
        {
          month = 1;
          year++;
        }
    }

  g_return_val_if_reached (NULL);
}

gboolean
candor_ritual_get_enabled (CandorSettings *settings,
                           CandorRitual    ritual)
{
  g_return_val_if_fail (CANDOR_IS_SETTINGS (settings), FALSE);

  switch (ritual)
    {
    case CANDOR_RITUAL_WEEKLY:
      return candor_settings_get_ritual_weekly_enabled (settings);
    case CANDOR_RITUAL_NIGHTLY:
      return candor_settings_get_ritual_nightly_enabled (settings);
    case CANDOR_RITUAL_MONTHLY:
      return candor_settings_get_ritual_monthly_enabled (settings);
    default:
      g_return_val_if_reached (FALSE);
    }
}

GDateTime *
candor_ritual_next (CandorSettings *settings,
                    CandorRitual    ritual,
                    GDateTime      *after)
{
  guint hour = 19, minute = 0;

  g_return_val_if_fail (CANDOR_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (after != NULL, NULL);

  if (!candor_ritual_get_enabled (settings, ritual))
    return NULL;

  switch (ritual)
    {
    case CANDOR_RITUAL_WEEKLY:
      candor_ritual_parse_time (candor_settings_get_ritual_weekly_time (settings),
                                &hour, &minute);
      return candor_ritual_next_weekly (after,
                                        CLAMP (candor_settings_get_ritual_weekly_day (settings),
                                               1, 7),
                                        hour, minute);
    case CANDOR_RITUAL_NIGHTLY:
      candor_ritual_parse_time (candor_settings_get_ritual_nightly_time (settings),
                                &hour, &minute);
      return candor_ritual_next_nightly (after, hour, minute);
    case CANDOR_RITUAL_MONTHLY:
      candor_ritual_parse_time (candor_settings_get_ritual_monthly_time (settings),
                                &hour, &minute);
      return candor_ritual_next_monthly (after,
                                         CLAMP (candor_settings_get_ritual_monthly_day (settings),
                                                1, 31),
                                         hour, minute);
    default:
      g_return_val_if_reached (NULL);
    }
}

guint
candor_rituals_due (CandorSettings *settings,
                    GDateTime      *since,
                    GDateTime      *now)
{
  guint due = 0;

  g_return_val_if_fail (CANDOR_IS_SETTINGS (settings), 0);
  g_return_val_if_fail (since != NULL && now != NULL, 0);

  for (CandorRitual ritual = 0; ritual < CANDOR_N_RITUALS; ritual++)
    {
      g_autoptr(GDateTime) next = candor_ritual_next (settings, ritual, since);

      if (next != NULL && g_date_time_compare (next, now) <= 0)
        due |= 1u << ritual;
    }

  return due;
}

char *
candor_format_clock_time (GDateTime *time)
{
  const char *t_fmt;

  g_return_val_if_fail (time != NULL, NULL);

  /* The locale's own time format says whether it counts hours to 12 (%I, %l, %r). */
  t_fmt = nl_langinfo (T_FMT);
  if (t_fmt == NULL || (strstr (t_fmt, "%I") == NULL && strstr (t_fmt, "%l") == NULL &&
                        strstr (t_fmt, "%r") == NULL))
    return g_date_time_format (time, "%H:%M");

  return g_strstrip (g_date_time_format (time, "%l:%M %p"));
}
