/* candor-progress-cards.c — what each Progress card says and charts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One function per metric card: a plain sentence about now, the recent past as
 * bars, each bar with a sentence of its own (the tooltip and the chart's
 * accessible description). No guilt: below a target says what the target is.
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>

#include "candor-progress-page-private.h"

/* How much of the past each chart shows, for each range; G_MAXUINT is all of it. A
 * quarterly chart shows at least two quarters, to have something to compare. */
static const guint recent_weeks[CANDOR_PROGRESS_N_RANGES] = { 12, 26, 52, G_MAXUINT };
static const guint recent_months[CANDOR_PROGRESS_N_RANGES] = { 3, 6, 12, G_MAXUINT };
static const guint recent_quarters[CANDOR_PROGRESS_N_RANGES] = { 2, 2, 4, G_MAXUINT };

/* Beyond this many months or weeks the axis labels say the year too. */
#define LABEL_YEAR_MONTHS 12
#define LABEL_YEAR_WEEKS  53

static const char * const family_colors[CANDOR_N_FEELING_FAMILIES] = {
  "candor_mad_color", "candor_sad_color", "candor_scared_color",
  "candor_joyful_color", "candor_powerful_color", "candor_peaceful_color",
};

char *
candor_progress_format_date (const GDate *date,
                             const char  *format)
{
  g_autoptr(GDateTime) date_time = g_date_time_new_local (g_date_get_year (date),
                                                          g_date_get_month (date),
                                                          g_date_get_day (date), 12, 0, 0);

  return g_date_time_format (date_time, format);
}

/* "5:1", "4.5:1" in the locale's numbers. */
static char *
format_ratio (double ratio)
{
  if (ratio >= 10 || ratio == (int) ratio)
    /* Translators: a ratio of kind to corrective moments, "5:1" */
    return g_strdup_printf (_("%.0f:1"), ratio);
  /* Translators: a ratio of kind to corrective moments, "4.5:1" */
  return g_strdup_printf (_("%.1f:1"), ratio);
}

static void
set_sentence (CandorProgressCard *card,
              const char *text)
{
  gtk_label_set_label (card->sentence, text);
}

/* The periods a chart shows: the last @recent, or all if there are fewer. */
static guint
first_shown (guint n,
             guint recent)
{
  return n > recent ? n - recent : 0;
}

/* A month's axis label: "Mar", or "Mar 2024" when the chart spans years. Months
 * stand alone here and in the bars' sentences: the nominative forms (%Ob, %OB), not
 * the ones that go with a day. */
static char *
month_label (const CandorStatsPeriod *month,
             guint                    n_shown)
{
  if (n_shown > LABEL_YEAR_MONTHS)
    /* Translators: a month on the axis of a chart that spans years, in
     * g_date_time_format() form: "Mar 2024"; %Ob is the short month name on its own */
    return candor_progress_format_date (&month->start, _("%Ob %Y"));
  return candor_progress_format_date (&month->start, "%Ob");
}

void
candor_progress_card_show_chats (CandorProgressCard  *card,
                                 CandorStats         *stats,
                                 CandorSettings      *settings,
                                 CandorProgressRange  range)
{
  guint low = candor_settings_get_target_min (settings);
  guint high = MAX (candor_settings_get_target_max (settings), low);
  const CandorStatsPeriod *months;
  g_autofree char *sentence = NULL;
  guint n, now, first;

  months = candor_stats_get_chats (stats, &n);
  first = first_shown (n, recent_months[range]);
  candor_bar_chart_clear (card->chart);
  candor_bar_chart_set_band (card->chart, low, high);
  for (guint i = first; i < n; i++)
    {
      g_autofree char *label = month_label (&months[i], n - first);
      g_autofree char *month = candor_progress_format_date (&months[i].start, "%OB %Y");
      /* Translators: a chart's value: "March 2024: 5 meaningful chats" */
      g_autofree char *description =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u meaningful chat",
                                      "%s: %u meaningful chats", months[i].count),
                         month, months[i].count);

      candor_bar_chart_append (card->chart, months[i].count, label, description, NULL);
    }

  now = n > 0 ? months[n - 1].count : 0;
  if (now >= low && now <= high)
    /* Translators: "4 meaningful chats this month — right in your 4–6 range" */
    sentence = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u meaningful chat this month — right in your %u–%u range",
                                             "%u meaningful chats this month — right in your %u–%u range",
                                             now), now, low, high);
  else if (now > high)
    sentence = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u meaningful chat this month — more than your %u–%u range",
                                             "%u meaningful chats this month — more than your %u–%u range",
                                             now), now, low, high);
  else
    sentence = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u meaningful chat so far this month. Your range is %u–%u.",
                                             "%u meaningful chats so far this month. Your range is %u–%u.",
                                             now), now, low, high);
  set_sentence (card, sentence);
}

void
candor_progress_card_show_disclosures (CandorProgressCard  *card,
                                       CandorStats         *stats,
                                       CandorProgressRange  range)
{
  const CandorStatsPeriod *quarters;
  g_autofree char *sentence = NULL;
  guint n, now;

  quarters = candor_stats_get_disclosures (stats, &n);
  candor_bar_chart_clear (card->chart);
  for (guint i = first_shown (n, recent_quarters[range]); i < n; i++)
    {
      GDate last = quarters[i].start;
      g_autofree char *year = candor_progress_format_date (&last, "%Y");
      g_autofree char *label = NULL;
      g_autofree char *from = candor_progress_format_date (&quarters[i].start, "%OB");
      g_autofree char *to = NULL;
      g_autofree char *description = NULL;

      g_date_add_months (&last, 2);
      to = candor_progress_format_date (&last, "%OB %Y");
      /* Translators: a quarter on a chart's axis: "Q1 2024" */
      label = g_strdup_printf (_("Q%u %s"), (g_date_get_month (&last) - 1) / 3 + 1, year);
      /* Translators: a chart's value: "January – March 2024: 12 mutual disclosures" */
      description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "%s – %s: %u mutual disclosure",
                                                  "%s – %s: %u mutual disclosures",
                                                  quarters[i].count),
                                     from, to, quarters[i].count);
      candor_bar_chart_append (card->chart, quarters[i].count, label, description, NULL);
    }

  now = n > 0 ? quarters[n - 1].count : 0;
  if (n > 1)
    /* Translators: "12 mutual disclosures this quarter, and 30 last quarter" */
    sentence = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u mutual disclosure this quarter, and %u last quarter",
                                             "%u mutual disclosures this quarter, and %u last quarter",
                                             now), now, quarters[n - 2].count);
  else
    sentence = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u mutual disclosure this quarter",
                                             "%u mutual disclosures this quarter", now), now);
  set_sentence (card, sentence);
}

void
candor_progress_card_show_follow_ups (CandorProgressCard  *card,
                                      CandorStats         *stats,
                                      CandorProgressRange  range)
{
  const CandorStatsPeriod *months;
  g_autofree char *kept = NULL;
  g_autofree char *sent = NULL;
  g_autofree char *sentence = NULL;
  guint n, first;

  months = candor_stats_get_follow_ups (stats, &n);
  first = first_shown (n, recent_months[range]);
  candor_bar_chart_clear (card->chart);
  for (guint i = first; i < n; i++)
    {
      g_autofree char *label = month_label (&months[i], n - first);
      g_autofree char *month = candor_progress_format_date (&months[i].start, "%OB %Y");
      g_autofree char *description = NULL;

      if (months[i].total == 0)
        {
          /* Translators: a chart's value: "March 2024: nothing was due" */
          description = g_strdup_printf (_("%s: nothing was due"), month);
          candor_bar_chart_append_no_value (card->chart, label, description);
          continue;
        }

      /* Translators: a chart's value: "March 2024: 3 of 4 kept within a week" */
      description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "%s: %u of %u kept within a week",
                                                  "%s: %u of %u kept within a week",
                                                  months[i].total),
                                     month, months[i].count, months[i].total);
      candor_bar_chart_append (card->chart, 100.0 * months[i].count / months[i].total, label,
                               description, NULL);
    }

  if (n == 0 || months[n - 1].total == 0)
    kept = g_strdup (_("Nothing you promised was due yet this month."));
  else
    /* Translators: "3 of 4 follow-ups kept within a week this month." */
    kept = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u of %u follow-up kept within a week this month.",
                                         "%u of %u follow-ups kept within a week this month.",
                                         months[n - 1].total),
                            months[n - 1].count, months[n - 1].total);
  sent = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u follow-up message sent.",
                                       "%u follow-up messages sent.",
                                       n > 0 ? months[n - 1].extra : 0),
                          n > 0 ? months[n - 1].extra : 0);
  sentence = g_strdup_printf ("%s %s", kept, sent);
  set_sentence (card, sentence);
}

static char *
week_sentence (const CandorStatsPeriod *week,
               guint                    target)
{
  g_autofree char *ratio_text = NULL;
  double ratio;

  if (week->count == 0 && week->total == 0)
    return g_strdup (_("Nothing logged this week yet."));

  if (!candor_stats_period_get_ratio (week, &ratio))
    /* Translators: "12 kind moments this week, and nothing corrective" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u kind moment this week, and nothing corrective",
                                         "%u kind moments this week, and nothing corrective",
                                         week->count), week->count);

  ratio_text = format_ratio (ratio);
  if (ratio >= target)
    /* Translators: "12 kind moments to 2 corrective this week — 6:1, at or above
     * your 5:1 aim" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u kind moment to %u corrective this week — %s, at or above your %u:1 aim",
                                         "%u kind moments to %u corrective this week — %s, at or above your %u:1 aim",
                                         week->count), week->count, week->total, ratio_text, target);

  /* Translators: "6 kind moments to 2 corrective this week — 3:1. Your aim is 5:1." */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u kind moment to %u corrective this week — %s. Your aim is %u:1.",
                                       "%u kind moments to %u corrective this week — %s. Your aim is %u:1.",
                                       week->count), week->count, week->total, ratio_text, target);
}

void
candor_progress_card_show_ratio (CandorProgressCard  *card,
                                 CandorStats         *stats,
                                 CandorSettings      *settings,
                                 CandorProgressRange  range)
{
  guint target = candor_settings_get_ratio_target (settings);
  const CandorStatsPeriod *weeks;
  g_autofree char *sentence = NULL;
  guint n, first;

  weeks = candor_stats_get_ratio (stats, &n);
  first = first_shown (n, recent_weeks[range]);
  candor_bar_chart_clear (card->chart);
  candor_bar_chart_set_band (card->chart, target, target);
  for (guint i = first; i < n; i++)
    {
      /* Years of weeks: the month and year each week starts in, "May 2024". */
      g_autofree char *label = n - first > LABEL_YEAR_WEEKS
                               ? month_label (&weeks[i], G_MAXUINT)
                               : candor_progress_format_date (&weeks[i].start, "%e %b");
      g_autofree char *start = candor_progress_format_date (&weeks[i].start, "%x");
      g_autofree char *description = NULL;
      g_autofree char *ratio_text = NULL;
      double ratio;

      if (!candor_stats_period_get_ratio (&weeks[i], &ratio))
        {
          /* Translators: a chart's value: "Week of 01/08/24: 12 kind moments, none
           * corrective" */
          description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                      "Week of %s: %u kind moment, none corrective",
                                                      "Week of %s: %u kind moments, none corrective",
                                                      weeks[i].count), start, weeks[i].count);
          candor_bar_chart_append_no_value (card->chart, label, description);
          continue;
        }

      ratio_text = format_ratio (ratio);
      /* Translators: a chart's value: "Week of 01/08/24: 12 kind to 2 corrective, 6:1" */
      description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "Week of %s: %u kind to %u corrective, %s",
                                                  "Week of %s: %u kind to %u corrective, %s",
                                                  weeks[i].count),
                                     start, weeks[i].count, weeks[i].total, ratio_text);
      candor_bar_chart_append (card->chart, ratio, label, description, NULL);
    }

  if (n > 0)
    sentence = week_sentence (&weeks[n - 1], target);
  set_sentence (card, sentence ? sentence : _("Nothing logged this week yet."));
}

/* What the feelings-by-family card says, for the time it counts. */
static char *
families_sentence (CandorProgressRange  range,
                   guint                named,
                   const char          *top_family)
{
  switch (range)
    {
    case CANDOR_PROGRESS_RANGE_12_WEEKS:
      if (named == 0)
        return g_strdup (_("No feelings named in the last three months yet. The Feelings page "
                           "can help you find a word."));
      /* Translators: "You named 40 feelings in the last three months, most often joyful ones." */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "You named %u feeling in the last three months, most often a %s one.",
                                           "You named %u feelings in the last three months, most often %s ones.",
                                           named), named, top_family);
    case CANDOR_PROGRESS_RANGE_6_MONTHS:
      if (named == 0)
        return g_strdup (_("No feelings named in the last six months yet. The Feelings page "
                           "can help you find a word."));
      /* Translators: "You named 80 feelings in the last six months, most often joyful ones." */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "You named %u feeling in the last six months, most often a %s one.",
                                           "You named %u feelings in the last six months, most often %s ones.",
                                           named), named, top_family);
    case CANDOR_PROGRESS_RANGE_1_YEAR:
      if (named == 0)
        return g_strdup (_("No feelings named in the last year yet. The Feelings page can help "
                           "you find a word."));
      /* Translators: "You named 160 feelings in the last year, most often joyful ones." */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "You named %u feeling in the last year, most often a %s one.",
                                           "You named %u feelings in the last year, most often %s ones.",
                                           named), named, top_family);
    case CANDOR_PROGRESS_RANGE_ALL:
    case CANDOR_PROGRESS_N_RANGES:
    default:
      if (named == 0)
        return g_strdup (_("No feelings named yet. The Feelings page can help you find a word."));
      /* Translators: "You have named 900 feelings so far, most often joyful ones." */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "You have named %u feeling so far, most often a %s one.",
                                           "You have named %u feelings so far, most often %s ones.",
                                           named), named, top_family);
    }
}

void
candor_progress_card_show_families (CandorProgressCard  *card,
                                    CandorStats         *stats,
                                    GListModel          *persons,
                                    CandorProgressRange  range)
{
  const CandorStatsPeriod *months;
  guint totals[CANDOR_N_FEELING_FAMILIES] = { 0 };
  g_autoptr(GString) people = g_string_new (NULL);
  g_autofree char *sentence = NULL;
  g_autofree char *top_family = NULL;
  GListModel *list;
  guint n, named = 0, top = 0;

  months = candor_stats_get_feelings (stats, &n);
  for (guint i = first_shown (n, recent_months[range]); i < n; i++)
    for (guint f = 0; f < CANDOR_N_FEELING_FAMILIES; f++)
      {
        totals[f] += months[i].families[f];
        named += months[i].families[f];
      }

  candor_bar_chart_clear (card->chart);
  for (guint f = 0; f < CANDOR_N_FEELING_FAMILIES; f++)
    {
      const char *family = candor_feeling_family_get_label (f);
      /* Translators: a chart's value: "Joyful: 14 feelings named" */
      g_autofree char *description =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u feeling named",
                                      "%s: %u feelings named", totals[f]), family, totals[f]);

      candor_bar_chart_append (card->chart, totals[f], family, description, family_colors[f]);
      if (totals[f] > totals[top])
        top = f;
    }

  top_family = g_utf8_strdown (candor_feeling_family_get_label (top), -1);
  sentence = families_sentence (range, named, top_family);
  set_sentence (card, sentence);

  /* Per person, this month. */
  list = persons;
  for (guint i = 0; list != NULL && n > 0 && i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(CandorPerson) person = g_list_model_get_item (list, i);
      const guint *counts = candor_stats_get_person_feelings (stats,
                                                              candor_entry_get_id (CANDOR_ENTRY (person)));

      if (counts == NULL || candor_person_get_archived (person))
        continue;

      if (people->len > 0)
        /* Translators: separates people in "This month: Alex 12, Sam 9" */
        g_string_append (people, _(", "));
      /* Translators: a person and the feelings they named this month: "Alex 12" */
      g_string_append_printf (people, _("%s %u"), candor_person_get_name (person),
                              counts[n - 1]);
    }

  if (people->len > 0)
    {
      /* Translators: %s is a list like "Alex 12, Sam 9" */
      g_autofree char *caption = g_strdup_printf (_("Feelings named this month: %s. Counted "
                                                    "from check-ins, practices and feelings "
                                                    "you named on their own."), people->str);

      gtk_label_set_label (card->caption, caption);
    }
  else
    {
      gtk_label_set_label (card->caption, _("Feelings named, by family. Counted from check-ins, "
                                            "practices and feelings you named on their own."));
    }
}

/* Feelings named each month, with each person's share in the bar's sentence. */
void
candor_progress_card_show_named (CandorProgressCard  *card,
                                 CandorStats         *stats,
                                 GListModel          *persons,
                                 CandorProgressRange  range)
{
  const CandorStatsPeriod *months;
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *sentence = NULL;
  GListModel *list;
  guint n, now, before, first;

  months = candor_stats_get_feelings (stats, &n);
  list = persons;
  for (guint i = 0; list != NULL && i < g_list_model_get_n_items (list); i++)
    {
      CandorPerson *person = g_list_model_get_item (list, i);

      if (candor_stats_get_person_feelings (stats, candor_entry_get_id (CANDOR_ENTRY (person))))
        g_ptr_array_add (people, person);
      else
        g_object_unref (person);
    }

  first = first_shown (n, recent_months[range]);
  candor_bar_chart_clear (card->chart);
  for (guint i = first; i < n; i++)
    {
      g_autofree char *label = month_label (&months[i], n - first);
      g_autofree char *month = candor_progress_format_date (&months[i].start, "%OB %Y");
      g_autoptr(GString) description = g_string_new (NULL);

      /* Translators: a chart's value: "March 2024: 119 feelings named" */
      g_string_printf (description, g_dngettext (GETTEXT_PACKAGE, "%s: %u feeling named",
                                                 "%s: %u feelings named", months[i].count),
                       month, months[i].count);
      for (guint p = 0; p < people->len; p++)
        {
          CandorPerson *person = g_ptr_array_index (people, p);
          const guint *counts =
            candor_stats_get_person_feelings (stats, candor_entry_get_id (CANDOR_ENTRY (person)));

          /* Translators: separates the chart value from each person's share:
           * "March 2024: 119 feelings named — Alex 61, Sam 58" */
          g_string_append (description, p == 0 ? _(" — ") : _(", "));
          /* Translators: a person and the feelings they named: "Alex 61" */
          g_string_append_printf (description, _("%s %u"), candor_person_get_name (person),
                                  counts[i]);
        }
      candor_bar_chart_append (card->chart, months[i].count, label, description->str, NULL);
    }

  now = n > 0 ? months[n - 1].count : 0;
  before = n > 1 ? months[n - 2].count : 0;
  if (n > 1)
    /* Translators: "61 feelings named this month, and 120 last month" */
    sentence = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u feeling named this month, and %u last month",
                                             "%u feelings named this month, and %u last month",
                                             now), now, before);
  else
    sentence = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u feeling named this month",
                                             "%u feelings named this month", now), now);
  set_sentence (card, sentence);
}

void
candor_progress_card_show_vocabulary (CandorProgressCard  *card,
                                      CandorStats         *stats,
                                      CandorProgressRange  range)
{
  const CandorStatsPeriod *months;
  guint size = candor_stats_get_vocabulary_size (stats);
  guint n, first, new_words = 0;
  g_autofree char *sentence = NULL;

  months = candor_stats_get_feelings (stats, &n);
  first = first_shown (n, recent_months[range]);
  candor_bar_chart_clear (card->chart);
  for (guint i = first; i < n; i++)
    {
      g_autofree char *label = month_label (&months[i], n - first);
      g_autofree char *month = candor_progress_format_date (&months[i].start, "%OB %Y");
      /* Translators: a chart's value: "March 2024: 52 different words" */
      g_autofree char *description =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u different word",
                                      "%s: %u different words", months[i].extra),
                         month, months[i].extra);

      candor_bar_chart_append (card->chart, months[i].extra, label, description, NULL);
    }

  if (n > 0)
    new_words = months[n - 1].extra - (n > 1 ? months[n - 2].extra : 0);

  if (new_words > 0)
    /* Translators: "You have used 52 different feeling words — 3 new this month" */
    sentence = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "You have used %u different feeling words — %u new this month",
                                             "You have used %u different feeling words — %u new this month",
                                             new_words), size, new_words);
  else
    sentence = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "You have used %u different feeling word so far",
                                             "You have used %u different feeling words so far",
                                             size), size);
  set_sentence (card, sentence);
}
