/* test-rituals.c — the next occurrence of each ritual, across month ends and DST
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "candor-rituals.h"

static GTimeZone *
berlin (void)
{
  GTimeZone *tz = g_time_zone_new_identifier ("Europe/Berlin");

  if (tz == NULL)
    g_test_skip ("No Europe/Berlin time zone data");

  return tz;
}

static void
assert_local (GDateTime  *time,
              int         year,
              int         month,
              int         day,
              int         hour,
              int         minute)
{
  g_assert_nonnull (time);
  g_assert_cmpint (g_date_time_get_year (time), ==, year);
  g_assert_cmpint (g_date_time_get_month (time), ==, month);
  g_assert_cmpint (g_date_time_get_day_of_month (time), ==, day);
  g_assert_cmpint (g_date_time_get_hour (time), ==, hour);
  g_assert_cmpint (g_date_time_get_minute (time), ==, minute);
}

static void
test_parse_time (void)
{
  guint h, m;

  g_assert_true (candor_ritual_parse_time ("19:05", &h, &m));
  g_assert_cmpuint (h, ==, 19);
  g_assert_cmpuint (m, ==, 5);
  g_assert_true (candor_ritual_parse_time ("00:00", &h, &m));
  g_assert_false (candor_ritual_parse_time ("24:00", &h, &m));
  g_assert_false (candor_ritual_parse_time ("7:30", &h, &m));
  g_assert_false (candor_ritual_parse_time ("19:60", &h, &m));
  g_assert_false (candor_ritual_parse_time (NULL, &h, &m));
  g_assert_false (candor_ritual_parse_time ("ab:cd", &h, &m));
}

static void
test_nightly (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_utc ();
  g_autoptr(GDateTime) before = g_date_time_new (tz, 2025, 12, 31, 20, 0, 0);
  g_autoptr(GDateTime) exactly = g_date_time_new (tz, 2025, 12, 31, 21, 30, 0);
  g_autoptr(GDateTime) a = candor_ritual_next_nightly (before, 21, 30);
  g_autoptr(GDateTime) b = candor_ritual_next_nightly (exactly, 21, 30);

  assert_local (a, 2025, 12, 31, 21, 30);
  /* Strictly after: the reminder that just fired isn't found again. */
  assert_local (b, 2026, 1, 1, 21, 30);
}

static void
test_weekly (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_utc ();
  /* 2025-06-04 is a Wednesday. */
  g_autoptr(GDateTime) wed = g_date_time_new (tz, 2025, 6, 4, 10, 0, 0);
  g_autoptr(GDateTime) sun = candor_ritual_next_weekly (wed, 7, 19, 0);
  g_autoptr(GDateTime) same_day = candor_ritual_next_weekly (wed, 3, 19, 0);
  g_autoptr(GDateTime) next_week = candor_ritual_next_weekly (wed, 3, 9, 0);
  g_autoptr(GDateTime) year_end = g_date_time_new (tz, 2025, 12, 30, 12, 0, 0);
  g_autoptr(GDateTime) over = candor_ritual_next_weekly (year_end, 1, 8, 0);

  assert_local (sun, 2025, 6, 8, 19, 0);
  assert_local (same_day, 2025, 6, 4, 19, 0);
  assert_local (next_week, 2025, 6, 11, 9, 0);
  assert_local (over, 2026, 1, 5, 8, 0);
}

static void
test_monthly_month_ends (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_utc ();
  g_autoptr(GDateTime) jan = g_date_time_new (tz, 2025, 1, 31, 20, 0, 0);
  g_autoptr(GDateTime) feb = candor_ritual_next_monthly (jan, 31, 19, 0);
  g_autoptr(GDateTime) leap_jan = g_date_time_new (tz, 2024, 1, 31, 20, 0, 0);
  g_autoptr(GDateTime) leap_feb = candor_ritual_next_monthly (leap_jan, 30, 19, 0);
  g_autoptr(GDateTime) dec = g_date_time_new (tz, 2025, 12, 1, 19, 0, 0);
  g_autoptr(GDateTime) next_year = candor_ritual_next_monthly (dec, 1, 19, 0);
  g_autoptr(GDateTime) first = g_date_time_new (tz, 2025, 4, 1, 8, 0, 0);
  g_autoptr(GDateTime) same_month = candor_ritual_next_monthly (first, 1, 19, 0);

  /* The 31st in a 28-day February is its last day. */
  assert_local (feb, 2025, 2, 28, 19, 0);
  assert_local (leap_feb, 2024, 2, 29, 19, 0);
  assert_local (next_year, 2026, 1, 1, 19, 0);
  assert_local (same_month, 2025, 4, 1, 19, 0);
}

static void
test_dst (void)
{
  g_autoptr(GTimeZone) tz = berlin ();
  g_autoptr(GDateTime) sat_spring = NULL;
  g_autoptr(GDateTime) sun_spring = NULL;
  g_autoptr(GDateTime) gap = NULL;
  g_autoptr(GDateTime) sat_autumn = NULL;
  g_autoptr(GDateTime) sun_autumn = NULL;
  g_autoptr(GDateTime) before_gap = NULL;

  if (tz == NULL)
    return;

  /* Clocks go forward on Sunday 2025-03-30 at 02:00 in Berlin: a day of 23 hours. The
   * Sunday 19:00 ritual stays at 19:00 local time, now UTC+2. */
  sat_spring = g_date_time_new (tz, 2025, 3, 29, 20, 0, 0);
  sun_spring = candor_ritual_next_weekly (sat_spring, 7, 19, 0);
  assert_local (sun_spring, 2025, 3, 30, 19, 0);
  g_assert_cmpint (g_date_time_get_utc_offset (sun_spring), ==, 2 * G_TIME_SPAN_HOUR);
  g_assert_cmpint (g_date_time_difference (sun_spring, sat_spring), ==, 22 * G_TIME_SPAN_HOUR);

  /* 02:30 doesn't exist that night: the reminder still comes, that same morning. */
  before_gap = g_date_time_new (tz, 2025, 3, 29, 23, 0, 0);
  gap = candor_ritual_next_nightly (before_gap, 2, 30);
  g_assert_nonnull (gap);
  g_assert_cmpint (g_date_time_get_day_of_month (gap), ==, 30);
  g_assert_cmpint (g_date_time_compare (gap, before_gap), >, 0);
  g_assert_cmpint (g_date_time_difference (gap, before_gap), <=, 4 * G_TIME_SPAN_HOUR);

  /* Clocks go back on Sunday 2025-10-26: a day of 25 hours. */
  sat_autumn = g_date_time_new (tz, 2025, 10, 25, 21, 30, 0);
  sun_autumn = candor_ritual_next_nightly (sat_autumn, 21, 30);
  assert_local (sun_autumn, 2025, 10, 26, 21, 30);
  g_assert_cmpint (g_date_time_difference (sun_autumn, sat_autumn), ==, 25 * G_TIME_SPAN_HOUR);
}

static void
test_from_settings (void)
{
  g_autoptr(CandorSettings) settings = candor_settings_new ();
  g_autoptr(GTimeZone) tz = g_time_zone_new_utc ();
  g_autoptr(GDateTime) now = g_date_time_new (tz, 2025, 6, 4, 10, 0, 0);
  g_autoptr(GDateTime) weekly = NULL;
  g_autoptr(GDateTime) monthly = NULL;
  g_autoptr(GDateTime) off = NULL;

  /* Off by default: no reminder unless asked for. */
  off = candor_ritual_next (settings, CANDOR_RITUAL_NIGHTLY, now);
  g_assert_null (off);

  candor_settings_set_ritual_weekly_enabled (settings, TRUE);
  candor_settings_set_ritual_weekly_day (settings, 5);
  candor_settings_set_ritual_weekly_time (settings, "18:45");
  weekly = candor_ritual_next (settings, CANDOR_RITUAL_WEEKLY, now);
  assert_local (weekly, 2025, 6, 6, 18, 45);

  candor_settings_set_ritual_monthly_enabled (settings, TRUE);
  candor_settings_set_ritual_monthly_day (settings, 3);
  monthly = candor_ritual_next (settings, CANDOR_RITUAL_MONTHLY, now);
  assert_local (monthly, 2025, 7, 3, 19, 0);
}

/* The page checks what came due between two looks at the clock. */
static void
test_due_across_dst (void)
{
  g_autoptr(GTimeZone) tz = berlin ();
  g_autoptr(CandorSettings) settings = candor_settings_new ();
  g_autoptr(GDateTime) sat = NULL;
  g_autoptr(GDateTime) before = NULL;
  g_autoptr(GDateTime) at = NULL;
  g_autoptr(GDateTime) week_later = NULL;
  g_autoptr(GDateTime) sun_1859 = NULL;
  g_autoptr(GDateTime) sun_1900 = NULL;

  if (tz == NULL)
    return;

  candor_settings_set_ritual_weekly_enabled (settings, TRUE);
  candor_settings_set_ritual_weekly_day (settings, 7);
  candor_settings_set_ritual_weekly_time (settings, "19:00");
  candor_settings_set_ritual_nightly_enabled (settings, TRUE);
  candor_settings_set_ritual_nightly_time (settings, "21:30");

  /* Saturday evening before the spring change, then Sunday just before and at 19:00:
   * the 23-hour day doesn't move the reminder off 19:00 local time. */
  sat = g_date_time_new (tz, 2025, 3, 29, 22, 0, 0);
  sun_1859 = g_date_time_new (tz, 2025, 3, 30, 18, 59, 0);
  sun_1900 = g_date_time_new (tz, 2025, 3, 30, 19, 0, 0);
  g_assert_cmpuint (candor_rituals_due (settings, sat, sun_1859), ==, 0);
  g_assert_cmpuint (candor_rituals_due (settings, sun_1859, sun_1900), ==,
                    1u << CANDOR_RITUAL_WEEKLY);

  /* Nothing twice: from the moment it fired, the next look finds nothing new. */
  g_assert_cmpuint (candor_rituals_due (settings, sun_1900, sun_1900), ==, 0);

  /* Asleep for a week: each ritual is due once, not seven times. */
  before = g_date_time_new (tz, 2025, 10, 20, 12, 0, 0);
  week_later = g_date_time_add_weeks (before, 1);
  g_assert_cmpuint (candor_rituals_due (settings, before, week_later), ==,
                    (1u << CANDOR_RITUAL_WEEKLY) | (1u << CANDOR_RITUAL_NIGHTLY));

  /* Off means off. */
  candor_settings_set_ritual_weekly_enabled (settings, FALSE);
  candor_settings_set_ritual_nightly_enabled (settings, FALSE);
  at = g_date_time_add_weeks (week_later, 4);
  g_assert_cmpuint (candor_rituals_due (settings, week_later, at), ==, 0);
}

static void
test_clock_format (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_utc ();
  g_autoptr(GDateTime) time = g_date_time_new (tz, 2025, 6, 4, 19, 5, 0);
  g_autofree char *text = candor_format_clock_time (time);

  /* C.UTF-8 writes a 24-hour clock. */
  g_assert_cmpstr (text, ==, "19:05");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/rituals/parse-time", test_parse_time);
  g_test_add_func ("/rituals/nightly", test_nightly);
  g_test_add_func ("/rituals/weekly", test_weekly);
  g_test_add_func ("/rituals/monthly-month-ends", test_monthly_month_ends);
  g_test_add_func ("/rituals/dst", test_dst);
  g_test_add_func ("/rituals/from-settings", test_from_settings);
  g_test_add_func ("/rituals/due-across-dst", test_due_across_dst);
  g_test_add_func ("/rituals/clock-format", test_clock_format);

  return g_test_run ();
}
