/* candor-reflection-layout.c — the week turned into blocks of rows for the printed page
 *
 * Headings keep with what follows them; entries (a check-in, an appreciation, a
 * commitment) are blocks of their own, so the pagination never cuts one in two unless it
 * is longer than a page. Every text is measured here, with the renderer's Pango context.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "candor-prompt.h"
#include "candor-reflection-layout.h"
#include "candor-vocabulary.h"

static guint32
parse_color (const char *spec)
{
  guint64 value;

  if (spec == NULL || spec[0] != '#' || strlen (spec) != 7)
    return COLOR_ACCENT;
  value = g_ascii_strtoull (spec + 1, NULL, 16);
  return (guint32) value;
}

static PangoLayout *
new_layout (CandorReflectionRenderer *self,
            double                    size,
            PangoWeight               weight,
            double                    width)
{
  PangoLayout *layout = pango_layout_new (self->context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT_FAMILY);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  g_ptr_array_add (self->layouts, layout);
  return layout;
}
/* Blocks */

static Block *
begin_block (CandorReflectionRenderer *self,
             double                    space_before,
             gboolean                  entry)
{
  Block block = { 0 };

  block.rows = g_array_new (FALSE, TRUE, sizeof (Row));
  block.space_before = space_before;
  block.entry = entry;
  g_array_append_val (self->blocks, block);
  return &g_array_index (self->blocks, Block, self->blocks->len - 1);
}

static void
add_row (Block *block,
         Row   *row)
{
  g_array_append_val (block->rows, *row);
  block->height += row->height;
}

static void
add_space (Block  *block,
           double  height)
{
  Row row = { .kind = ROW_SPACE, .height = height };

  add_row (block, &row);
}

/* A paragraph of Pango markup, one row per line. */
static void
add_markup (CandorReflectionRenderer *self,
            Block                    *block,
            const char               *markup,
            double                    size,
            PangoWeight               weight,
            guint32                   color,
            double                    indent)
{
  PangoLayout *layout = new_layout (self, size, weight, candor_reflection_content_width (self) - indent);
  PangoLayoutIter *iter;
  int line = 0;
  int layout_height;
  PangoRectangle logical;
  GArray *tops = g_array_new (FALSE, FALSE, sizeof (int));
  GArray *baselines = g_array_new (FALSE, FALSE, sizeof (int));
  GArray *xs = g_array_new (FALSE, FALSE, sizeof (int));

  pango_layout_set_markup (layout, markup, -1);
  pango_layout_get_extents (layout, NULL, &logical);
  layout_height = logical.height;

  iter = pango_layout_get_iter (layout);
  do
    {
      int baseline = pango_layout_iter_get_baseline (iter);

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      g_array_append_val (tops, logical.y);
      g_array_append_val (baselines, baseline);
      g_array_append_val (xs, logical.x);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  for (line = 0; line < (int) tops->len; line++)
    {
      int top = g_array_index (tops, int, line);
      int next = line + 1 < (int) tops->len ? g_array_index (tops, int, line + 1) : layout_height;
      Row row = {
        .kind = ROW_TEXT,
        .height = (double) (next - top) / PANGO_SCALE,
        .x = indent + (double) g_array_index (xs, int, line) / PANGO_SCALE,
        .color = color,
        .layout = layout,
        .line = line,
        .baseline = (double) (g_array_index (baselines, int, line) - top) / PANGO_SCALE,
      };

      add_row (block, &row);
    }

  g_array_unref (tops);
  g_array_unref (baselines);
  g_array_unref (xs);
}

static void
add_text (CandorReflectionRenderer *self,
          Block                    *block,
          const char               *text,
          double                    size,
          PangoWeight               weight,
          guint32                   color,
          double                    indent)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);

  add_markup (self, block, markup, size, weight, color, indent);
}

static void
add_heading (CandorReflectionRenderer *self,
             const char               *title,
             const char               *swatch)
{
  Block *block = begin_block (self, 22, FALSE);
  Row *first;

  add_text (self, block, title, 13.5, PANGO_WEIGHT_BOLD, COLOR_ACCENT, swatch ? 14 : 0);
  add_space (block, 6);
  block->keep_with_next = TRUE;

  first = &g_array_index (block->rows, Row, 0);
  if (swatch != NULL)
    {
      first->swatch = TRUE;
      first->swatch_color = parse_color (swatch);
    }
}

/* Content */

static const char *
person_name (CandorReflectionRenderer *self,
             const char               *person_id)
{
  GPtrArray *people = candor_week_get_people (self->week);

  for (guint i = 0; i < people->len; i++)
    {
      CandorPerson *person = g_ptr_array_index (people, i);

      if (g_strcmp0 (candor_entry_get_id (CANDOR_ENTRY (person)), person_id) == 0)
        return candor_person_get_name (person);
    }
  return NULL;
}

static char *
format_day (GDateTime  *day,
            const char *format)
{
  return g_date_time_format (day, format);
}

char *
candor_reflection_layout_week_label (CandorWeek *week)
{
  /* Translators: the first day of the printed week; a strftime format */
  g_autofree char *start = format_day (candor_week_get_start (week), _("%B %-d"));
  /* Translators: the last day of the printed week, with the year; a strftime format */
  g_autofree char *end = format_day (candor_week_get_end (week), _("%B %-d, %Y"));

  /* Translators: the week of the printed reflection: "November 16 – November 22, 2026" */
  return g_strdup_printf (_("%s – %s"), start, end);
}

static char *
names_label (CandorWeek *week)
{
  GPtrArray *people = candor_week_get_people (week);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < people->len; i++)
    {
      const char *name = candor_person_get_name (g_ptr_array_index (people, i));

      if (i == 0)
        g_string_append (names, name);
      else if (i == people->len - 1)
        /* Translators: joins the last name of a list: "Alex, Sam and Kim" */
        g_string_append_printf (names, _(" and %s"), name);
      else
        /* Translators: joins names of a list: "Alex, Sam and Kim" */
        g_string_append_printf (names, _(", %s"), name);
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static char *
feeling_labels (const char * const *ids)
{
  CandorVocabulary *vocabulary = candor_vocabulary_get_default ();
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      CandorFeeling *feeling = candor_vocabulary_lookup (vocabulary, ids[i]);
      const char *label = feeling != NULL ? candor_feeling_get_label (feeling) : ids[i];

      if (i == 0)
        g_string_append (text, label);
      else if (ids[i + 1] == NULL)
        /* Translators: joins the last feeling word of a list: "tired, lonely and hopeful" */
        g_string_append_printf (text, _(" and %s"), label);
      else
        /* Translators: joins feeling words of a list: "tired, lonely and hopeful" */
        g_string_append_printf (text, _(", %s"), label);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static const char *
kind_label (CandorCheckinKind kind)
{
  switch (kind)
    {
    case CANDOR_CHECKIN_KIND_WORRY:
      return C_("check-in kind", "A worry");
    case CANDOR_CHECKIN_KIND_REGRET:
      return C_("check-in kind", "A small regret");
    case CANDOR_CHECKIN_KIND_APPRECIATION:
      return C_("check-in kind", "An appreciation");
    case CANDOR_CHECKIN_KIND_NEED:
      return C_("check-in kind", "A need");
    case CANDOR_CHECKIN_KIND_OTHER:
    default:
      return C_("check-in kind", "Something else");
    }
}

static gboolean
has_text (const char *text)
{
  return text != NULL && *text != '\0';
}

/* "I feel … when …, and I need …" from the parts the person filled in. */
static char *
checkin_sentence (CandorCheckin *checkin)
{
  const char * const *feelings = candor_checkin_get_feelings (checkin);
  const char *when = candor_checkin_get_when (checkin);
  const char *need = candor_checkin_get_need (checkin);
  g_autofree char *named = NULL;

  if (feelings == NULL || feelings[0] == NULL)
    {
      if (has_text (need))
        /* Translators: a check-in with only a need */
        return g_strdup_printf (_("I need %s."), need);
      if (has_text (when))
        /* Translators: a check-in with only a situation */
        return g_strdup_printf (_("When %s."), when);
      return NULL;
    }

  named = feeling_labels (feelings);
  if (has_text (when) && has_text (need))
    return g_strdup_printf (_("I feel %1$s when %2$s, and I need %3$s."), named, when, need);
  if (has_text (when))
    return g_strdup_printf (_("I feel %1$s when %2$s."), named, when);
  if (has_text (need))
    return g_strdup_printf (_("I feel %1$s, and I need %2$s."), named, need);
  return g_strdup_printf (_("I feel %s."), named);
}

static void
add_title (CandorReflectionRenderer *self)
{
  Block *block = begin_block (self, 0, FALSE);
  g_autofree char *names = names_label (self->week);
  Row divider = { .kind = ROW_DIVIDER, .height = 18, .color = COLOR_ACCENT };

  add_text (self, block, _("Weekly Reflection"), 24, PANGO_WEIGHT_BOLD, COLOR_TEXT, 0);
  add_space (block, 4);
  add_text (self, block, self->week_label, 13, PANGO_WEIGHT_NORMAL, COLOR_DIM, 0);
  if (*names != '\0')
    {
      add_space (block, 2);
      add_text (self, block, names, 13, PANGO_WEIGHT_SEMIBOLD, COLOR_TEXT, 0);
    }
  add_space (block, 4);
  add_row (block, &divider);
}

static void
add_tile (CandorReflectionRenderer *self,
          guint                     count,
          const char               *label)
{
  double width = (candor_reflection_content_width (self) - 3 * TILE_GAP) / 4;
  PangoLayout *number = new_layout (self, 22, PANGO_WEIGHT_BOLD, width);
  PangoLayout *caption = new_layout (self, 9, PANGO_WEIGHT_NORMAL, width - 8);
  g_autofree char *digits = g_strdup_printf ("%u", count);

  pango_layout_set_alignment (number, PANGO_ALIGN_CENTER);
  pango_layout_set_alignment (caption, PANGO_ALIGN_CENTER);
  pango_layout_set_text (number, digits, -1);
  pango_layout_set_text (caption, label, -1);
  g_ptr_array_add (self->tiles, g_object_ref (number));
  g_ptr_array_add (self->tiles, g_object_ref (caption));
}

static void
add_glance (CandorReflectionRenderer *self)
{
  CandorWeek *week = self->week;
  guint checkins = candor_week_get_n_checkins (week);
  guint feelings = candor_week_get_n_feelings_named (week);
  guint checks = candor_week_get_checks_held (week)->len;
  guint chats = candor_week_get_n_chats (week);
  guint positive = candor_week_get_n_positive (week);
  guint corrective = candor_week_get_n_corrective (week);
  guint done = candor_week_get_commitments (week, CANDOR_WEEK_COMMITMENT_DONE)->len;
  guint open = candor_week_get_commitments (week, CANDOR_WEEK_COMMITMENT_OPEN)->len;
  guint overdue = candor_week_get_commitments (week, CANDOR_WEEK_COMMITMENT_OVERDUE)->len;
  Row tiles = { .kind = ROW_TILES, .height = TILE_HEIGHT };
  g_autofree char *moments = NULL;
  g_autofree char *ratio = NULL;
  g_autofree char *promises = NULL;
  Block *block;

  add_heading (self, _("The Week at a Glance"), NULL);
  block = begin_block (self, 0, FALSE);
  add_tile (self, checkins, g_dngettext (GETTEXT_PACKAGE, "check-in", "check-ins", checkins));
  add_tile (self, feelings,
            g_dngettext (GETTEXT_PACKAGE, "feeling named", "feelings named", feelings));
  add_tile (self, checks,
            g_dngettext (GETTEXT_PACKAGE, "Connection Check", "Connection Checks", checks));
  add_tile (self, chats,
            g_dngettext (GETTEXT_PACKAGE, "meaningful chat", "meaningful chats", chats));
  add_row (block, &tiles);
  add_space (block, 12);

  if (positive == 0 && corrective == 0)
    moments = g_strdup (_("No kind or corrective moments were noted this week."));
  else
    {
      g_autofree char *kind = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u kind moment",
                                                            "%u kind moments", positive),
                                               positive);
      g_autofree char *fixes = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "%u corrective one",
                                                             "%u corrective ones", corrective),
                                                corrective);

      if (corrective > 0)
        {
          /* Translators: the week's ratio, e.g. "about 4.5 to 1" */
          ratio = g_strdup_printf (_("about %.1f to 1"), (double) positive / corrective);
          /* Translators: "12 kind moments and 3 corrective ones: about 4.0 to 1 (you aim for 5 to 1)." */
          moments = g_strdup_printf (_("%s and %s: %s (you aim for %u to 1)."), kind, fixes,
                                     ratio, candor_week_get_ratio_target (week));
        }
      else
        /* Translators: "12 kind moments and 0 corrective ones." */
        moments = g_strdup_printf (_("%s and %s."), kind, fixes);
    }
  add_text (self, block, moments, 10.5, PANGO_WEIGHT_NORMAL, COLOR_TEXT, 0);

  if (done + open + overdue > 0)
    {
      g_autofree char *done_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                 "%u commitment done",
                                                                 "%u commitments done", done),
                                                    done);
      /* Translators: "2 commitments done, 1 still open, 1 past its day" (counts in order) */
      promises = g_strdup_printf (_("%s · still open: %u · past their day: %u"), done_text,
                                  open, overdue);
      add_space (block, 3);
      add_text (self, block, promises, 10.5, PANGO_WEIGHT_NORMAL, COLOR_TEXT, 0);
    }
}

static void
add_entry (CandorReflectionRenderer *self,
           const char               *title,
           const char               *sentence,
           const char               *text)
{
  Block *block = begin_block (self, 10, TRUE);

  add_text (self, block, title, 10, PANGO_WEIGHT_BOLD, COLOR_DIM, 0);
  add_space (block, 2);
  if (has_text (sentence))
    add_text (self, block, sentence, 11, PANGO_WEIGHT_NORMAL, COLOR_TEXT, 0);
  if (has_text (sentence) && has_text (text))
    add_space (block, 3);
  if (has_text (text))
    add_text (self, block, text, 11, PANGO_WEIGHT_NORMAL, COLOR_TEXT, 0);
}

static void
add_person (CandorReflectionRenderer *self,
            CandorPerson             *person)
{
  const char *id = candor_entry_get_id (CANDOR_ENTRY (person));
  GPtrArray *checkins = candor_week_get_checkins (self->week, id);
  g_auto(GStrv) feelings = candor_week_dup_feelings (self->week, id);
  g_autofree char *title = NULL;

  if ((checkins == NULL || checkins->len == 0) && feelings[0] == NULL)
    return;

  /* Translators: heading of one person's part of the printed week */
  title = g_strdup_printf (_("%s’s Week"), candor_person_get_name (person));
  add_heading (self, title, candor_person_get_color (person));

  if (feelings[0] != NULL)
    {
      Block *block = begin_block (self, 0, FALSE);
      g_autofree char *labels = feeling_labels ((const char * const *) feelings);
      g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b> %s",
                                                         _("Feelings named:"), labels);

      add_markup (self, block, markup, 10.5, PANGO_WEIGHT_NORMAL, COLOR_TEXT, 0);
    }

  for (guint i = 0; checkins != NULL && i < checkins->len; i++)
    {
      CandorCheckin *checkin = g_ptr_array_index (checkins, i);
      g_autofree char *day = format_day (candor_checkin_get_date (checkin), "%A");
      g_autofree char *sentence = checkin_sentence (checkin);
      g_autofree char *entry_title = NULL;

      /* Translators: title of a printed check-in: "Wednesday · A worry" */
      entry_title = g_strdup_printf (_("%s · %s"), day, kind_label (candor_checkin_get_kind (checkin)));
      if (!candor_checkin_get_shared (checkin))
        {
          char *with_private = g_strdup_printf (_("%s (private)"), entry_title);

          g_free (entry_title);
          entry_title = with_private;
        }
      add_entry (self, entry_title, sentence, candor_checkin_get_text (checkin));
    }
}

static void
add_checks (CandorReflectionRenderer *self)
{
  GPtrArray *checks = candor_week_get_checks_held (self->week);

  if (checks->len == 0)
    return;

  add_heading (self, _("Connection Checks Held"), NULL);
  for (guint i = 0; i < checks->len; i++)
    {
      CandorCheck *check = g_ptr_array_index (checks, i);
      g_autoptr(GDateTime) local = g_date_time_to_local (candor_check_get_start (check));
      /* Translators: when a Connection Check was held; a strftime format */
      g_autofree char *when = format_day (local, _("%A, %H:%M"));
      const char *name = person_name (self, candor_check_get_person_id (check));
      guint minutes = candor_check_get_duration (check);
      g_autofree char *duration = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute",
                                                                "%u minutes", minutes),
                                                   minutes);
      g_autofree char *line = NULL;
      Block *block = begin_block (self, 6, TRUE);

      if (name != NULL)
        /* Translators: "Tuesday, 19:30 · with Sam · 30 minutes" */
        line = g_strdup_printf (_("%s · with %s · %s"), when, name, duration);
      else
        line = g_strdup_printf (_("%s · %s"), when, duration);
      add_text (self, block, line, 11, PANGO_WEIGHT_NORMAL, COLOR_TEXT, 0);
    }
}

static void
add_commitment_group (CandorReflectionRenderer  *self,
                      CandorWeekCommitmentState  state,
                      const char                *title,
                      const char                *mark)
{
  GPtrArray *commitments = candor_week_get_commitments (self->week, state);
  Block *block;

  if (commitments->len == 0)
    return;

  block = begin_block (self, 8, FALSE);
  add_text (self, block, title, 10, PANGO_WEIGHT_BOLD, COLOR_DIM, 0);
  block->keep_with_next = TRUE;

  for (guint i = 0; i < commitments->len; i++)
    {
      CandorCommitment *commitment = g_ptr_array_index (commitments, i);
      const char *name = person_name (self, candor_commitment_get_person_id (commitment));
      g_autofree char *markup = NULL;

      block = begin_block (self, 3, TRUE);
      if (name != NULL)
        markup = g_markup_printf_escaped ("%s  %s  <span foreground=\"#5e5c64\">(%s)</span>", mark,
                                          candor_commitment_get_text (commitment), name);
      else
        markup = g_markup_printf_escaped ("%s  %s", mark, candor_commitment_get_text (commitment));
      add_markup (self, block, markup, 11, PANGO_WEIGHT_NORMAL, COLOR_TEXT, 8);
    }
}

static void
add_commitments (CandorReflectionRenderer *self)
{
  guint total = 0;

  for (guint i = 0; i < CANDOR_WEEK_N_COMMITMENT_STATES; i++)
    total += candor_week_get_commitments (self->week, i)->len;
  if (total == 0)
    return;

  add_heading (self, _("Commitments"), NULL);
  add_commitment_group (self, CANDOR_WEEK_COMMITMENT_DONE, _("Done"), "✓");
  add_commitment_group (self, CANDOR_WEEK_COMMITMENT_OPEN, _("Still open"), "○");
  /* Translators: commitments whose day has passed; no blame meant */
  add_commitment_group (self, CANDOR_WEEK_COMMITMENT_OVERDUE,
                        _("Past their day — still worth doing, or worth letting go"), "○");
}

static void
add_appreciations (CandorReflectionRenderer *self)
{
  GPtrArray *appreciations = candor_week_get_appreciations (self->week);

  if (appreciations->len == 0)
    return;

  add_heading (self, _("Appreciations"), NULL);
  for (guint i = 0; i < appreciations->len; i++)
    {
      CandorWeekAppreciation *appreciation = g_ptr_array_index (appreciations, i);
      const char *name = person_name (self, appreciation->person_id);
      g_autofree char *day = format_day (appreciation->day, "%A");
      g_autofree char *title = NULL;
      /* Translators: an appreciation quoted on the printed week */
      g_autofree char *quoted = g_strdup_printf (_("“%s”"), appreciation->text);

      if (appreciation->from_check && name != NULL)
        /* Translators: "Tuesday · at the Connection Check with Sam" */
        title = g_strdup_printf (_("%s · at the Connection Check with %s"), day, name);
      else if (name != NULL)
        /* Translators: "Tuesday · from Sam" */
        title = g_strdup_printf (_("%s · from %s"), day, name);
      else
        title = g_strdup (day);
      add_entry (self, title, NULL, quoted);
    }
}

static void
add_prompts (CandorReflectionRenderer *self,
             guint                     n_lines)
{
  GPtrArray *prompts = candor_week_get_prompts (self->week);

  if (prompts->len == 0)
    return;

  add_heading (self, _("Reflect Together"), NULL);
  for (guint i = 0; i < prompts->len; i++)
    {
      Block *block = begin_block (self, i == 0 ? 2 : 14, FALSE);
      Row line = { .kind = ROW_WRITING_LINE, .height = WRITING_LINE, .color = COLOR_RULE };

      add_text (self, block, candor_prompt_get_text (g_ptr_array_index (prompts, i)), 11.5,
                PANGO_WEIGHT_SEMIBOLD, COLOR_TEXT, 0);
      for (guint j = 0; j < n_lines; j++)
        add_row (block, &line);
    }
}

static void
add_quiet_week (CandorReflectionRenderer *self)
{
  Block *block = begin_block (self, 26, FALSE);

  add_text (self, block, _("A Quiet Week"), 16, PANGO_WEIGHT_BOLD, COLOR_TEXT, 0);
  add_space (block, 6);
  add_text (self, block,
            _("Nothing was written down in Candor this week, and that is perfectly all right. "
              "Quiet weeks happen. If you like, sit down together with a cup of something "
              "warm and try one of the questions below."),
            11, PANGO_WEIGHT_NORMAL, COLOR_TEXT, 0);
}

void
candor_reflection_layout_clear (CandorReflectionRenderer *self)
{
  for (guint i = 0; i < self->blocks->len; i++)
    g_array_unref (g_array_index (self->blocks, Block, i).rows);
  g_array_set_size (self->blocks, 0);
  g_ptr_array_set_size (self->layouts, 0);
  g_ptr_array_set_size (self->tiles, 0);
  g_ptr_array_set_size (self->pages, 0);
}

void
candor_reflection_layout_build (CandorReflectionRenderer *self)
{
  GPtrArray *people = candor_week_get_people (self->week);

  candor_reflection_layout_clear (self);
  add_title (self);

  if (candor_week_is_empty (self->week))
    {
      add_quiet_week (self);
      add_prompts (self, WRITING_LINES - 1);
      return;
    }

  add_glance (self);
  for (guint i = 0; i < people->len; i++)
    add_person (self, g_ptr_array_index (people, i));
  add_appreciations (self);
  add_checks (self);
  add_commitments (self);
  add_prompts (self, WRITING_LINES);
}
