/* candor-today-page.c — today's check-ins, bids and moments, and the history
 *
 * "Answer, then reveal" on one desktop: each of the two people has a card. The first
 * writes while the second's answer stays hidden, then the second writes, and both
 * show together (the check-ins' "revealed" flag). "Reveal Now" shows them early.
 * Private check-ins show as kept private, not their words.
 *
 * The history is a list view over the journal's own check-in list, reversed without
 * copying (CandorHistory), so ten years scroll like one week. Search and the person and
 * kind filters sit between the two (a GtkFilterListModel), so the day headers, worked
 * out from the row above, follow what is shown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>

#include "candor-checkin-editor.h"
#include "candor-checkin-row.h"
#include "candor-feeling-chips.h"
#include "candor-history.h"
#include "candor-person-dialog.h"
#include "candor-today.h"
#include "candor-today-page.h"
#include "candor-vocabulary.h"
#include "candor-wrap-box.h"

#define N_CARDS 2

typedef struct
{
  GtkWidget     *card;
  GtkLabel      *name_label;
  GtkLabel      *status_label;
  GtkLabel      *text_label;
  CandorWrapBox *chips_box;
  GtkButton     *button;
} Card;

struct _CandorTodayPage
{
  GtkWidget          parent_instance;

  AdwToastOverlay   *toast_overlay;
  GtkStack          *section_stack;
  GtkStack          *today_stack;
  GtkLabel          *date_label;
  GtkLabel          *welcome_label;
  GtkLabel          *intro_label;
  GtkBox            *cards_box;
  GtkWidget         *reveal_button;
  CandorWrapBox     *moments_box;
  AdwEntryRow       *note_row;
  AdwActionRow      *tally_row;
  GtkStack          *history_stack;
  GtkListView       *history_view;
  GtkWidget         *filter_bar;
  GtkSearchEntry    *search_entry;
  GtkDropDown       *person_dropdown;
  GtkDropDown       *kind_dropdown;

  CandorSession     *session;
  CandorJournal     *journal;
  CandorHistory     *history;
  GtkSliceListModel *history_shown;  /* the newest rows of the history, grown on scrolling */
  GtkFilterListModel *filter_model;
  GtkCustomFilter   *filter;
  GtkStringList     *person_names;
  GPtrArray         *person_ids;     /* of the person dropdown's items after "Everyone" */
  char             **search_words;   /* folded (candor_vocabulary_normalize()), or NULL */
  GHashTable        *search_texts;   /* check-in → its folded words, filled as searched */
  char              *filter_person_id;
  int                filter_kind;    /* a CandorCheckinKind, or -1 for all */
  gboolean           updating_people;
  CandorPerson      *people[N_CARDS];
  Card               cards[N_CARDS];
  GDateTime         *today;
  guint              refresh_source;
};

G_DEFINE_FINAL_TYPE (CandorTodayPage, candor_today_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void refresh (CandorTodayPage *self);

static const struct {
  CandorInteractionKind  kind;
  const char            *label;
  const char            *tooltip;
  const char            *css_class;
} moments[] = {
  { CANDOR_INTERACTION_KIND_BID_TOWARD, N_("Turned Toward"),
    N_("A bid for connection was met: you noticed and answered"), "moment-good" },
  { CANDOR_INTERACTION_KIND_BID_AWAY, N_("Turned Away"),
    N_("A bid for connection was missed or ignored"), "moment-neutral" },
  { CANDOR_INTERACTION_KIND_BID_AGAINST, N_("Turned Against"),
    N_("A bid for connection was met with irritation"), "moment-hard" },
  { CANDOR_INTERACTION_KIND_POSITIVE, N_("Positive Moment"),
    N_("Something kind, warm or playful happened between you"), "moment-good" },
  { CANDOR_INTERACTION_KIND_CORRECTIVE, N_("Corrective Moment"),
    N_("A complaint, a correction or a hard word"), "moment-hard" },
};

static gboolean
is_ready (CandorTodayPage *self)
{
  return self->journal != NULL && self->people[0] != NULL;
}

static gboolean
has_other (CandorTodayPage *self)
{
  return self->people[1] != NULL;
}

static CandorCheckin *
todays_checkin (CandorTodayPage *self,
                guint            index)
{
  if (self->journal == NULL || self->people[index] == NULL)
    return NULL;

  return candor_today_find_checkin (candor_journal_get_checkins (self->journal),
                                    candor_entry_get_id (CANDOR_ENTRY (self->people[index])),
                                    self->today);
}

static void
toast (CandorTodayPage *self,
       AdwToast        *new_toast)
{
  adw_toast_set_timeout (new_toast, 6);
  adw_toast_overlay_add_toast (self->toast_overlay, new_toast);
}

static void
update_card (CandorTodayPage *self,
             guint            index)
{
  Card *card = &self->cards[index];
  CandorPerson *person = self->people[index];
  CandorCheckin *checkin;
  const char *name;
  g_autofree char *status = NULL;

  gtk_widget_set_visible (card->card, person != NULL);
  if (person == NULL)
    return;

  checkin = todays_checkin (self, index);
  name = candor_person_get_name (person);
  gtk_label_set_text (card->name_label, name);

  switch (candor_today_get_state (checkin, has_other (self)))
    {
    case CANDOR_TODAY_STATE_UNANSWERED:
      /* Translators: %s is a person's name */
      status = g_strdup_printf (_("%s hasn’t shared anything today yet."), name);
      gtk_widget_set_visible (GTK_WIDGET (card->text_label), FALSE);
      candor_feeling_chips_fill (card->chips_box, NULL);
      gtk_button_set_label (card->button, _("_Write Check-in"));
      gtk_widget_set_visible (GTK_WIDGET (card->button), TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (card->button), "suggested-action");
      break;

    case CANDOR_TODAY_STATE_HIDDEN:
      /* Translators: %s is a person's name */
      status = g_strdup_printf (_("%s has answered. It stays hidden until you have both answered."),
                                name);
      gtk_widget_set_visible (GTK_WIDGET (card->text_label), FALSE);
      candor_feeling_chips_fill (card->chips_box, NULL);
      gtk_widget_set_visible (GTK_WIDGET (card->button), FALSE);
      break;

    case CANDOR_TODAY_STATE_SHOWN:
    default:
      gtk_widget_remove_css_class (GTK_WIDGET (card->button), "suggested-action");
      gtk_button_set_label (card->button, _("_Edit"));
      gtk_widget_set_visible (GTK_WIDGET (card->button), TRUE);
      status = g_strdup (candor_today_kind_label (candor_checkin_get_kind (checkin)));
      if (candor_checkin_get_shared (checkin) || !has_other (self))
        {
          g_autofree char *text = candor_today_dup_checkin_text (checkin);

          gtk_label_set_text (card->text_label, text);
          gtk_widget_set_visible (GTK_WIDGET (card->text_label), TRUE);
          candor_feeling_chips_fill (card->chips_box, candor_checkin_get_feelings (checkin));
        }
      else
        {
          g_free (status);
          /* Translators: %s is a person's name */
          status = g_strdup_printf (_("%s kept today’s check-in private."), name);
          gtk_widget_set_visible (GTK_WIDGET (card->text_label), FALSE);
          candor_feeling_chips_fill (card->chips_box, NULL);
          /* A private check-in is its author's: editing it would show it. */
          gtk_widget_set_visible (GTK_WIDGET (card->button), FALSE);
        }
      break;
    }

  gtk_label_set_text (card->status_label, status);
}

static void
update_tally (CandorTodayPage *self)
{
  guint counts[G_N_ELEMENTS (moments)] = { 0, };
  g_autofree char *tally = NULL;
  GListModel *interactions;
  guint n;

  if (self->journal == NULL)
    return;

  interactions = candor_journal_get_interactions (self->journal);
  n = g_list_model_get_n_items (interactions);
  for (guint i = n; i > 0; i--)
    {
      g_autoptr(CandorInteraction) interaction = g_list_model_get_item (interactions, i - 1);
      g_autoptr(GDateTime) local = g_date_time_to_local (candor_interaction_get_date (interaction));
      g_autoptr(GDateTime) day = candor_day_from_date_time (local);
      int cmp = g_date_time_compare (day, self->today);

      if (cmp < 0 && g_date_time_difference (self->today, day) > 2 * G_TIME_SPAN_DAY)
        break;
      if (cmp == 0 && candor_interaction_get_kind (interaction) < G_N_ELEMENTS (moments))
        counts[candor_interaction_get_kind (interaction)]++;
    }

  /* Translators: today's count of bids for connection and moments */
  tally = g_strdup_printf (_("Turned toward: %u · Away: %u · Against: %u · Positive: %u · Corrective: %u"),
                           counts[0], counts[1], counts[2], counts[3], counts[4]);
  adw_action_row_set_subtitle (self->tally_row, tally);
}

/* History: search and filters */

/* Only today's answers wait for the other person; older ones are history. */
static gboolean
is_waiting_in_history (CandorTodayPage *self,
                       CandorCheckin   *checkin)
{
  return self->today != NULL &&
         g_date_time_equal (candor_checkin_get_date (checkin), self->today) &&
         candor_today_get_state (checkin, has_other (self)) == CANDOR_TODAY_STATE_HIDDEN;
}

/* A private check-in stays out of the shared view, in the history as on today's card. */
static gboolean
is_private_in_history (CandorTodayPage *self,
                       CandorCheckin   *checkin)
{
  return !candor_checkin_get_shared (checkin) && has_other (self);
}

static gboolean
is_hidden_in_history (CandorTodayPage *self,
                      CandorCheckin   *checkin)
{
  return is_waiting_in_history (self, checkin) || is_private_in_history (self, checkin);
}

static void
append_folded (GString    *haystack,
               const char *text)
{
  g_autofree char *folded = NULL;

  if (text == NULL || *text == '\0')
    return;

  folded = candor_vocabulary_normalize (text);
  g_string_append (haystack, folded);
  g_string_append_c (haystack, '\n');
}

/* What a search looks through: the check-in's own words, the parts of its sentence and
 * its feelings' names, folded to ignore case and accents as the feeling search does. */
static char *
dup_search_text (CandorCheckin *checkin)
{
  CandorVocabulary *vocabulary = candor_vocabulary_get_default ();
  const char * const *feelings = candor_checkin_get_feelings (checkin);
  GString *haystack = g_string_new (NULL);

  append_folded (haystack, candor_checkin_get_text (checkin));
  append_folded (haystack, candor_checkin_get_when (checkin));
  append_folded (haystack, candor_checkin_get_need (checkin));
  for (guint i = 0; feelings != NULL && feelings[i] != NULL; i++)
    {
      CandorFeeling *feeling = candor_vocabulary_lookup (vocabulary, feelings[i]);

      append_folded (haystack, feeling != NULL ? candor_feeling_get_label (feeling) : feelings[i]);
    }

  return g_string_free (haystack, FALSE);
}

/* Whether every search word is in the check-in's text. Folding is most of the work,
 * so each check-in's folded text is kept until the check-in changes. */
static gboolean
checkin_matches_words (CandorTodayPage    *self,
                       CandorCheckin      *checkin,
                       const char * const *words)
{
  const char *haystack = g_hash_table_lookup (self->search_texts, checkin);

  if (haystack == NULL)
    {
      char *text = dup_search_text (checkin);

      g_hash_table_insert (self->search_texts, g_object_ref (checkin), text);
      haystack = text;
    }

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (strstr (haystack, words[i]) == NULL)
        return FALSE;
    }

  return TRUE;
}

static gboolean
history_filter_func (gpointer item,
                     gpointer user_data)
{
  CandorTodayPage *self = user_data;
  CandorCheckin *checkin = item;

  if (self->filter_person_id != NULL &&
      g_strcmp0 (candor_checkin_get_author_id (checkin), self->filter_person_id) != 0)
    return FALSE;

  if (self->filter_kind >= 0 && (int)candor_checkin_get_kind (checkin) != self->filter_kind)
    return FALSE;

  if (self->search_words == NULL)
    return TRUE;

  /* Words still hidden until both have answered are not searched: a match would tell. */
  if (is_hidden_in_history (self, checkin))
    return FALSE;

  return checkin_matches_words (self, checkin, (const char * const *)self->search_words);
}

static gboolean
is_filtering (CandorTodayPage *self)
{
  return self->search_words != NULL || self->filter_person_id != NULL || self->filter_kind >= 0;
}

static void
update_history_stack (CandorTodayPage *self)
{
  guint n_all = self->journal != NULL
                ? g_list_model_get_n_items (candor_journal_get_checkins (self->journal)) : 0;
  const char *name = "list";

  if (n_all == 0)
    name = "empty";
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->history)) == 0)
    name = "no-results";

  gtk_stack_set_visible_child_name (self->history_stack, name);
  /* Nothing to search before the first check-in. */
  gtk_widget_set_visible (self->filter_bar, n_all > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "today.clear-filters", is_filtering (self));
}

/* The history's list shows its newest rows first and takes more as it is scrolled near
 * its end. GTK 4.8's list view makes about 200 rows for any long model, whatever fits on
 * screen, and a check-in row is many widgets: with ten years of check-ins that took the
 * first opening of the history most of a second. */
#define HISTORY_ROWS_AT_ONCE 30

static void
grow_history_cb (CandorTodayPage *self)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->history_view));
  guint shown = gtk_slice_list_model_get_size (self->history_shown);
  double left;

  if (adjustment == NULL || shown >= g_list_model_get_n_items (G_LIST_MODEL (self->history)))
    return;

  /* Less than two screens below what is seen: take the next rows now. */
  left = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_value (adjustment) -
         gtk_adjustment_get_page_size (adjustment);
  if (left < 2 * gtk_adjustment_get_page_size (adjustment))
    gtk_slice_list_model_set_size (self->history_shown, shown + HISTORY_ROWS_AT_ONCE);
}

static void
refilter (CandorTodayPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  /* New results start again from their newest rows. */
  gtk_slice_list_model_set_size (self->history_shown, HISTORY_ROWS_AT_ONCE);
  update_history_stack (self);
}

static void
filters_changed_cb (CandorTodayPage *self)
{
  guint person = gtk_drop_down_get_selected (self->person_dropdown);
  guint kind = gtk_drop_down_get_selected (self->kind_dropdown);

  if (self->updating_people)
    return;

  g_clear_pointer (&self->filter_person_id, g_free);
  if (person != GTK_INVALID_LIST_POSITION && person > 0 && person <= self->person_ids->len)
    self->filter_person_id = g_strdup (g_ptr_array_index (self->person_ids, person - 1));

  self->filter_kind = kind != GTK_INVALID_LIST_POSITION && kind > 0 ? (int)kind - 1 : -1;

  refilter (self);
}

static void
set_search_text (CandorTodayPage *self,
                 const char      *text)
{
  g_autofree char *folded = candor_vocabulary_normalize (text != NULL ? text : "");
  g_auto(GStrv) parts = g_strsplit_set (folded, " \t\n\r", -1);
  g_autoptr(GStrvBuilder) words = g_strv_builder_new ();
  gboolean any = FALSE;

  /* Every word must match, in any order: "tea sunday" finds "Sunday tea". */
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (*parts[i] != '\0')
        {
          g_strv_builder_add (words, parts[i]);
          any = TRUE;
        }
    }

  g_clear_pointer (&self->search_words, g_strfreev);
  if (any)
    self->search_words = g_strv_builder_end (words);

  refilter (self);
}

static void
search_changed_cb (CandorTodayPage *self)
{
  set_search_text (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
stop_search_cb (CandorTodayPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  set_search_text (self, NULL);
}

/* The person filter lists the journal's people; rebuilt only when they change. */
static void
update_people_filter (CandorTodayPage *self)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  GListModel *people = self->journal != NULL ? candor_journal_get_people (self->journal) : NULL;
  guint n = people != NULL ? g_list_model_get_n_items (people) : 0;
  guint selected = 0;
  gboolean same;

  /* Translators: the person filter of the history, for everyone's check-ins */
  g_ptr_array_add (names, (gpointer)_("Everyone"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CandorPerson) person = g_list_model_get_item (people, i);

      g_ptr_array_add (ids, g_strdup (candor_entry_get_id (CANDOR_ENTRY (person))));
      g_ptr_array_add (names, (gpointer)candor_person_get_name (person));
      if (g_strcmp0 (self->filter_person_id, candor_entry_get_id (CANDOR_ENTRY (person))) == 0)
        selected = i + 1;
    }
  g_ptr_array_add (names, NULL);

  same = ids->len == self->person_ids->len &&
         g_list_model_get_n_items (G_LIST_MODEL (self->person_names)) == names->len - 1;
  for (guint i = 0; same && i < ids->len; i++)
    same = g_str_equal (g_ptr_array_index (ids, i), g_ptr_array_index (self->person_ids, i)) &&
           g_str_equal (gtk_string_list_get_string (self->person_names, i + 1),
                        g_ptr_array_index (names, i + 1));
  if (same)
    return;

  self->updating_people = TRUE;
  g_ptr_array_unref (self->person_ids);
  self->person_ids = g_steal_pointer (&ids);
  gtk_string_list_splice (self->person_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->person_names)),
                          (const char * const *)names->pdata);
  gtk_drop_down_set_selected (self->person_dropdown, selected);
  self->updating_people = FALSE;

  /* A removed person's filter goes back to everyone. */
  if (selected == 0 && self->filter_person_id != NULL)
    filters_changed_cb (self);
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CandorTodayPage *self = CANDOR_TODAY_PAGE (widget);

  self->updating_people = TRUE;
  gtk_drop_down_set_selected (self->person_dropdown, 0);
  gtk_drop_down_set_selected (self->kind_dropdown, 0);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  self->updating_people = FALSE;

  g_clear_pointer (&self->filter_person_id, g_free);
  self->filter_kind = -1;
  set_search_text (self, NULL);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CandorTodayPage *self = CANDOR_TODAY_PAGE (widget);

  gtk_stack_set_visible_child_name (self->section_stack, "history");
  if (gtk_widget_get_visible (self->filter_bar))
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
refresh (CandorTodayPage *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = NULL;
  CandorCheckin *first = NULL, *second = NULL;
  const char *welcome = NULL;
  gboolean ready;

  g_clear_pointer (&self->today, g_date_time_unref);
  self->today = candor_day_from_date_time (now);

  for (guint i = 0; i < N_CARDS; i++)
    g_clear_object (&self->people[i]);
  if (self->journal != NULL)
    {
      CandorPerson *a, *b;

      candor_today_pick_people (self->journal, &a, &b);
      g_set_object (&self->people[0], a);
      g_set_object (&self->people[1], b);
    }

  ready = is_ready (self);
  /* Before anyone is in the journal there is nobody to check in: say how to start. */
  gtk_stack_set_visible_child_name (self->today_stack,
                                    ready || self->journal == NULL ? "content" : "no-people");

  /* Translators: the date at the top of the Today page, see g_date_time_format() */
  date = g_date_time_format (now, _("%A, %-e %B"));
  gtk_label_set_text (self->date_label, date);

  for (guint i = 0; i < N_CARDS; i++)
    update_card (self, i);

  first = todays_checkin (self, 0);
  second = todays_checkin (self, 1);

  if (has_other (self))
    {
      g_autofree char *intro = NULL;

      /* Translators: %1$s and %2$s are the two people's names */
      intro = g_strdup_printf (_("Answer, then reveal: %1$s writes first while %2$s’s answer "
                                 "stays hidden, then %2$s. Both show together once you have "
                                 "both answered."),
                               candor_person_get_name (self->people[0]),
                               candor_person_get_name (self->people[1]));
      gtk_label_set_text (self->intro_label, intro);
    }
  else
    {
      gtk_label_set_text (self->intro_label,
                          _("Share one honest thing from today: a worry, a small regret, an "
                            "appreciation or a need."));
    }

  gtk_widget_set_visible (self->reveal_button,
                          has_other (self) &&
                          ((first != NULL) != (second != NULL)) &&
                          !candor_checkin_get_revealed (first != NULL ? first : second));

  if (ready && first == NULL)
    {
      int days = candor_today_days_since_last (candor_journal_get_checkins (self->journal),
                                               candor_entry_get_id (CANDOR_ENTRY (self->people[0])),
                                               self->today);

      welcome = candor_today_get_welcome (days);
    }
  gtk_label_set_text (self->welcome_label, welcome);
  gtk_widget_set_visible (GTK_WIDGET (self->welcome_label), welcome != NULL);

  update_tally (self);

  update_people_filter (self);
  update_history_stack (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "today.new-checkin", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "today.write", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "today.log-moment", ready);
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  CandorTodayPage *self = user_data;

  self->refresh_source = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
journal_changed_cb (CandorTodayPage *self,
                    CandorEntry     *entry)
{
  /* An edited check-in (its words, or revealed) shows again in the history, and may
   * now match the search or no longer. */
  if (CANDOR_IS_CHECKIN (entry) || entry == NULL)
    {
      if (entry != NULL)
        {
          g_hash_table_remove (self->search_texts, entry);
          candor_history_item_changed (self->history, entry);
        }
      else
        {
          g_hash_table_remove_all (self->search_texts);
        }
      if (is_filtering (self))
        refilter (self);
    }

  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add_full (G_PRIORITY_DEFAULT, refresh_idle_cb, self, NULL);
}

static void
set_journal (CandorTodayPage *self,
             CandorJournal   *journal)
{
  if (self->journal == journal)
    return;

  if (self->journal != NULL)
    g_signal_handlers_disconnect_by_data (self->journal, self);
  g_set_object (&self->journal, journal);
  g_hash_table_remove_all (self->search_texts);

  gtk_filter_list_model_set_model (self->filter_model,
                                   journal != NULL ? candor_journal_get_checkins (journal) : NULL);
  if (journal != NULL)
    g_signal_connect_object (journal, "changed", G_CALLBACK (journal_changed_cb), self,
                             G_CONNECT_SWAPPED);

  refresh (self);
}

static void
session_journal_changed_cb (CandorTodayPage *self)
{
  set_journal (self, self->session != NULL ? candor_session_get_journal (self->session) : NULL);
}

/* Editing */

static void
editor_saved_cb (CandorTodayPage *self,
                 CandorCheckin   *checkin)
{
  CandorCheckin *first = todays_checkin (self, 0);
  CandorCheckin *second = todays_checkin (self, 1);

  if (candor_today_reveal_if_ready (first, second))
    {
      /* Translators: a notice when both check-ins of the day show together */
      toast (self, adw_toast_new (_("You have both answered — here they are")));
    }

  refresh (self);
}

static void
open_editor (CandorTodayPage *self,
             CandorPerson    *author,
             CandorCheckin   *checkin)
{
  CandorCheckinEditor *editor;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  editor = candor_checkin_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                      self->journal, author, checkin);
  g_signal_connect_object (editor, "saved", G_CALLBACK (editor_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
write_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  CandorTodayPage *self = CANDOR_TODAY_PAGE (widget);
  int index = g_variant_get_int32 (parameter);

  if (!is_ready (self) || index < 0 || index >= N_CARDS || self->people[index] == NULL)
    return;

  open_editor (self, self->people[index], todays_checkin (self, index));
}

static void
new_checkin_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CandorTodayPage *self = CANDOR_TODAY_PAGE (widget);

  if (!is_ready (self))
    return;

  gtk_stack_set_visible_child_name (self->section_stack, "today");
  for (guint i = 0; i < N_CARDS; i++)
    {
      if (self->people[i] != NULL && todays_checkin (self, i) == NULL)
        {
          open_editor (self, self->people[i], NULL);
          return;
        }
    }

  toast (self, adw_toast_new (_("You have both checked in today")));
}

static void
add_person_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CandorTodayPage *self = CANDOR_TODAY_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  CandorPersonDialog *dialog;

  if (self->journal == NULL)
    return;

  /* The dialog adds the person to the journal itself; the page follows "changed". */
  dialog = candor_person_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                     self->journal, NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
reveal_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CandorTodayPage *self = CANDOR_TODAY_PAGE (widget);

  candor_today_reveal (todays_checkin (self, 0), todays_checkin (self, 1));
  refresh (self);
}

static void
show_history_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CandorTodayPage *self = CANDOR_TODAY_PAGE (widget);
  const char *visible = gtk_stack_get_visible_child_name (self->section_stack);

  gtk_stack_set_visible_child_name (self->section_stack,
                                    g_strcmp0 (visible, "history") == 0 ? "today" : "history");
}

static CandorCheckin *
checkin_for_id (CandorTodayPage *self,
                GVariant        *parameter)
{
  CandorEntry *entry;

  if (self->journal == NULL)
    return NULL;

  entry = candor_journal_find (self->journal, g_variant_get_string (parameter, NULL));
  return CANDOR_IS_CHECKIN (entry) ? CANDOR_CHECKIN (entry) : NULL;
}

static void
edit_checkin_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CandorTodayPage *self = CANDOR_TODAY_PAGE (widget);
  CandorCheckin *checkin = checkin_for_id (self, parameter);
  CandorPerson *author;

  if (checkin == NULL)
    return;

  author = candor_journal_get_person_by_id (self->journal, candor_checkin_get_author_id (checkin));
  if (author != NULL)
    open_editor (self, author, checkin);
}

static void
undo_delete_cb (AdwToast *undo_toast,
                gpointer  user_data)
{
  CandorTodayPage *self = user_data;
  CandorCheckin *checkin = g_object_get_data (G_OBJECT (undo_toast), "candor-checkin");
  CandorJournal *journal = g_object_get_data (G_OBJECT (undo_toast), "candor-journal");

  /* Only into the journal it came from: after a lock the toast is stale. */
  if (checkin != NULL && journal == self->journal &&
      candor_journal_find (journal, candor_entry_get_id (CANDOR_ENTRY (checkin))) == NULL)
    candor_journal_add_checkin (journal, checkin);
}

static void
delete_checkin_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  CandorTodayPage *self = CANDOR_TODAY_PAGE (widget);
  g_autoptr(CandorCheckin) checkin = NULL;
  AdwToast *undo_toast;

  if (checkin_for_id (self, parameter) == NULL)
    return;

  checkin = g_object_ref (checkin_for_id (self, parameter));
  candor_journal_remove_checkin (self->journal, checkin);

  undo_toast = adw_toast_new (_("Check-in deleted"));
  adw_toast_set_button_label (undo_toast, _("_Undo"));
  /* Normal priority: on libadwaita 1.2 a high-priority toast that replaces a shown one
   * can trip an assertion in the overlay when toasts come quickly. */
  adw_toast_set_priority (undo_toast, ADW_TOAST_PRIORITY_NORMAL);
  g_object_set_data_full (G_OBJECT (undo_toast), "candor-checkin",
                          g_object_ref (checkin), g_object_unref);
  g_object_set_data_full (G_OBJECT (undo_toast), "candor-journal",
                          g_object_ref (self->journal), g_object_unref);
  g_signal_connect_object (undo_toast, "button-clicked", G_CALLBACK (undo_delete_cb), self, 0);
  toast (self, undo_toast);
}

/* Bids and moments */

static void
undo_moment_cb (AdwToast *undo_toast,
                gpointer  user_data)
{
  CandorTodayPage *self = user_data;
  CandorInteraction *interaction = g_object_get_data (G_OBJECT (undo_toast), "candor-interaction");

  if (self->journal != NULL &&
      candor_journal_find (self->journal, candor_entry_get_id (CANDOR_ENTRY (interaction))) ==
      CANDOR_ENTRY (interaction))
    candor_journal_remove_interaction (self->journal, interaction);
}

static void
log_moment_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CandorTodayPage *self = CANDOR_TODAY_PAGE (widget);
  int index = g_variant_get_int32 (parameter);
  g_autoptr(CandorInteraction) interaction = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *note = NULL;
  g_autofree char *message = NULL;
  CandorPerson *with;
  AdwToast *undo_toast;

  if (!is_ready (self) || index < 0 || index >= (int)G_N_ELEMENTS (moments))
    return;

  /* A moment is between the two of you; it is filed under the other person. */
  with = self->people[1] != NULL ? self->people[1] : self->people[0];
  interaction = candor_interaction_new (candor_entry_get_id (CANDOR_ENTRY (with)), now,
                                        moments[index].kind);
  note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_row))));
  if (*note != '\0')
    candor_interaction_set_note (interaction, note);
  candor_journal_add_interaction (self->journal, interaction);
  gtk_editable_set_text (GTK_EDITABLE (self->note_row), "");

  /* Translators: a notice after logging; %s is e.g. "Turned Toward" */
  message = g_strdup_printf (_("Logged: %s"), _(moments[index].label));
  undo_toast = adw_toast_new (message);
  adw_toast_set_button_label (undo_toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (undo_toast), "candor-interaction",
                          g_object_ref (interaction), g_object_unref);
  g_signal_connect_object (undo_toast, "button-clicked", G_CALLBACK (undo_moment_cb), self, 0);
  toast (self, undo_toast);

  update_tally (self);
}

/* History */

static void
history_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  CandorTodayPage          *self)
{
  gtk_list_item_set_child (item, candor_checkin_row_new ());
}

static void
history_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 CandorTodayPage          *self)
{
  CandorCheckin *checkin = gtk_list_item_get_item (item);
  guint position = gtk_list_item_get_position (item);
  CandorPerson *author = NULL;
  gboolean show_day = TRUE;
  g_autofree char *placeholder = NULL;

  if (position > 0)
    {
      g_autoptr(CandorCheckin) above = g_list_model_get_item (G_LIST_MODEL (self->history),
                                                              position - 1);

      show_day = above == NULL ||
                 !g_date_time_equal (candor_checkin_get_date (above),
                                     candor_checkin_get_date (checkin));
    }

  if (self->journal != NULL)
    author = candor_journal_get_person_by_id (self->journal, candor_checkin_get_author_id (checkin));

  if (is_waiting_in_history (self, checkin))
    placeholder = g_strdup (_("Hidden until you have both answered."));
  else if (is_private_in_history (self, checkin))
    /* Translators: in the history, instead of a private check-in's words; %s is a name */
    placeholder = g_strdup_printf (_("%s kept this check-in private."),
                                   author != NULL ? candor_person_get_name (author)
                                                  : _("Someone"));

  candor_checkin_row_bind (CANDOR_CHECKIN_ROW (gtk_list_item_get_child (item)),
                           checkin, author, show_day, placeholder);
}

static void
history_unbind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   CandorTodayPage          *self)
{
  candor_checkin_row_unbind (CANDOR_CHECKIN_ROW (gtk_list_item_get_child (item)));
}

static void
history_activated_cb (CandorTodayPage *self,
                      guint            position)
{
  g_autoptr(CandorCheckin) checkin = g_list_model_get_item (G_LIST_MODEL (self->history), position);
  CandorPerson *author;

  if (checkin == NULL || self->journal == NULL)
    return;
  if (is_hidden_in_history (self, checkin))
    return;

  author = candor_journal_get_person_by_id (self->journal, candor_checkin_get_author_id (checkin));
  if (author != NULL)
    open_editor (self, author, checkin);
}

static void
section_changed_cb (CandorTodayPage *self)
{
  GtkSelectionModel *selection;

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->section_stack), "history") != 0 ||
      gtk_list_view_get_model (self->history_view) != NULL)
    return;

  selection = g_object_get_data (G_OBJECT (self->history_view), "candor-selection");
  gtk_list_view_set_model (self->history_view, selection);
  grow_history_cb (self);
}

static gboolean
shortcut_cb (GtkWidget *widget,
             GVariant  *args,
             gpointer   user_data)
{
  /* The page's shortcuts work while the page shows, and only then. */
  if (!gtk_widget_get_mapped (widget))
    return FALSE;

  return gtk_widget_activate_action_variant (widget, g_variant_get_string (args, NULL), NULL);
}

static void
add_shortcut (GtkShortcutController *controller,
              const char            *accelerator,
              const char            *action_name)
{
  GtkShortcut *shortcut;

  shortcut = gtk_shortcut_new (gtk_shortcut_trigger_parse_string (accelerator),
                               gtk_callback_action_new (shortcut_cb, NULL, NULL));
  gtk_shortcut_set_arguments (shortcut, g_variant_new_string (action_name));
  gtk_shortcut_controller_add_shortcut (controller, shortcut);
}

static void
build_cards (CandorTodayPage *self)
{
  for (guint i = 0; i < N_CARDS; i++)
    {
      Card *card = &self->cards[i];
      GtkWidget *top;

      card->card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
      gtk_widget_add_css_class (card->card, "card");
      gtk_widget_add_css_class (card->card, "today-card");
      gtk_box_append (self->cards_box, card->card);

      top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      gtk_box_append (GTK_BOX (card->card), top);

      card->name_label = GTK_LABEL (gtk_label_new (NULL));
      gtk_label_set_xalign (card->name_label, 0);
      gtk_label_set_ellipsize (card->name_label, PANGO_ELLIPSIZE_END);
      gtk_widget_set_hexpand (GTK_WIDGET (card->name_label), TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (card->name_label), "title-4");
      gtk_box_append (GTK_BOX (top), GTK_WIDGET (card->name_label));

      card->button = GTK_BUTTON (gtk_button_new ());
      gtk_button_set_use_underline (card->button, TRUE);
      gtk_widget_set_valign (GTK_WIDGET (card->button), GTK_ALIGN_CENTER);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (card->button), "today.write");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (card->button), "i", (gint32)i);
      gtk_widget_add_css_class (GTK_WIDGET (card->button), "pill");
      gtk_box_append (GTK_BOX (top), GTK_WIDGET (card->button));

      card->status_label = GTK_LABEL (gtk_label_new (NULL));
      gtk_label_set_xalign (card->status_label, 0);
      gtk_label_set_wrap (card->status_label, TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (card->status_label), "dim-label");
      gtk_box_append (GTK_BOX (card->card), GTK_WIDGET (card->status_label));

      card->text_label = GTK_LABEL (gtk_label_new (NULL));
      gtk_label_set_xalign (card->text_label, 0);
      gtk_label_set_wrap (card->text_label, TRUE);
      gtk_label_set_wrap_mode (card->text_label, PANGO_WRAP_WORD_CHAR);
      gtk_label_set_selectable (card->text_label, TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (card->text_label), "today-text");
      gtk_box_append (GTK_BOX (card->card), GTK_WIDGET (card->text_label));

      card->chips_box = CANDOR_WRAP_BOX (candor_wrap_box_new ());
      candor_wrap_box_set_spacing (card->chips_box, 6);
      gtk_box_append (GTK_BOX (card->card), GTK_WIDGET (card->chips_box));
    }
}

static void
build_moments (CandorTodayPage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (moments); i++)
    {
      GtkWidget *button = gtk_button_new_with_label (_(moments[i].label));

      gtk_widget_set_tooltip_text (button, _(moments[i].tooltip));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "today.log-moment");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "i", (gint32)i);
      gtk_widget_add_css_class (button, "pill");
      gtk_widget_add_css_class (button, moments[i].css_class);
      candor_wrap_box_append (self->moments_box, button);
    }
}

static void
candor_today_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (candor_today_page_parent_class)->map (widget);

  /* The day may have turned while the page was away. */
  refresh (CANDOR_TODAY_PAGE (widget));
}

static void
candor_today_page_dispose (GObject *object)
{
  CandorTodayPage *self = (CandorTodayPage *)object;
  GtkWidget *child;

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  if (self->journal != NULL)
    g_signal_handlers_disconnect_by_data (self->journal, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), CANDOR_TYPE_TODAY_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->session);
  g_clear_object (&self->journal);
  g_clear_object (&self->history_shown);
  g_clear_object (&self->history);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->person_names);
  g_clear_pointer (&self->person_ids, g_ptr_array_unref);
  g_clear_pointer (&self->search_words, g_strfreev);
  g_clear_pointer (&self->search_texts, g_hash_table_unref);
  g_clear_pointer (&self->filter_person_id, g_free);
  for (guint i = 0; i < N_CARDS; i++)
    g_clear_object (&self->people[i]);
  g_clear_pointer (&self->today, g_date_time_unref);

  G_OBJECT_CLASS (candor_today_page_parent_class)->dispose (object);
}

static void
candor_today_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CandorTodayPage *self = CANDOR_TODAY_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_today_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CandorTodayPage *self = CANDOR_TODAY_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      candor_today_page_set_session (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_today_page_class_init (CandorTodayPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = candor_today_page_dispose;
  object_class->get_property = candor_today_page_get_property;
  object_class->set_property = candor_today_page_set_property;

  widget_class->map = candor_today_page_map;

  /**
   * CandorTodayPage:session:
   *
   * The open journal's session; the page follows its journal.
   */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         CANDOR_TYPE_SESSION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "today.new-checkin", NULL, new_checkin_action);
  gtk_widget_class_install_action (widget_class, "today.write", "i", write_action);
  gtk_widget_class_install_action (widget_class, "today.reveal", NULL, reveal_action);
  gtk_widget_class_install_action (widget_class, "today.add-person", NULL, add_person_action);
  gtk_widget_class_install_action (widget_class, "today.show-history", NULL, show_history_action);
  gtk_widget_class_install_action (widget_class, "today.edit-checkin", "s", edit_checkin_action);
  gtk_widget_class_install_action (widget_class, "today.delete-checkin", "s",
                                   delete_checkin_action);
  gtk_widget_class_install_action (widget_class, "today.log-moment", "i", log_moment_action);
  gtk_widget_class_install_action (widget_class, "today.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "today.clear-filters", NULL, clear_filters_action);

  g_type_ensure (CANDOR_TYPE_WRAP_BOX);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/candorapp/Candor/ui/candor-today-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CandorTodayPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CandorTodayPage, section_stack);
  gtk_widget_class_bind_template_child (widget_class, CandorTodayPage, today_stack);
  gtk_widget_class_bind_template_child (widget_class, CandorTodayPage, date_label);
  gtk_widget_class_bind_template_child (widget_class, CandorTodayPage, welcome_label);
  gtk_widget_class_bind_template_child (widget_class, CandorTodayPage, intro_label);
  gtk_widget_class_bind_template_child (widget_class, CandorTodayPage, cards_box);
  gtk_widget_class_bind_template_child (widget_class, CandorTodayPage, reveal_button);
  gtk_widget_class_bind_template_child (widget_class, CandorTodayPage, moments_box);
  gtk_widget_class_bind_template_child (widget_class, CandorTodayPage, note_row);
  gtk_widget_class_bind_template_child (widget_class, CandorTodayPage, tally_row);
  gtk_widget_class_bind_template_child (widget_class, CandorTodayPage, history_stack);
  gtk_widget_class_bind_template_child (widget_class, CandorTodayPage, history_view);
  gtk_widget_class_bind_template_child (widget_class, CandorTodayPage, filter_bar);
  gtk_widget_class_bind_template_child (widget_class, CandorTodayPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CandorTodayPage, person_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CandorTodayPage, kind_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, history_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, filters_changed_cb);
}

static void
candor_today_page_init (CandorTodayPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkNoSelection) selection = NULL;
  g_autoptr(GtkStringList) kinds = NULL;
  GtkEventController *controller;

  self->filter_kind = -1;
  self->person_ids = g_ptr_array_new_with_free_func (g_free);
  self->person_names = gtk_string_list_new (NULL);
  self->search_texts = g_hash_table_new_full (g_direct_hash, g_direct_equal, g_object_unref, g_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->updating_people = TRUE;
  gtk_drop_down_set_model (self->person_dropdown, G_LIST_MODEL (self->person_names));
  kinds = gtk_string_list_new (NULL);
  /* Translators: the kind filter of the history, for check-ins of every kind */
  gtk_string_list_append (kinds, _("All kinds"));
  for (CandorCheckinKind kind = CANDOR_CHECKIN_KIND_WORRY; kind <= CANDOR_CHECKIN_KIND_OTHER; kind++)
    gtk_string_list_append (kinds, candor_today_kind_label (kind));
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (kinds));
  self->updating_people = FALSE;

  /* Filtered oldest first, then reversed: CandorHistory reports the row below a
   * change as changed too, so day headers stay right as rows come and go. */
  self->filter = gtk_custom_filter_new (history_filter_func, self, NULL);
  self->filter_model = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  self->history = candor_history_new (G_LIST_MODEL (self->filter_model));
  self->history_shown = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->history)), 0,
                                                  HISTORY_ROWS_AT_ONCE);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->history_shown)));
  g_signal_connect (factory, "setup", G_CALLBACK (history_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (history_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (history_unbind_cb), self);
  gtk_list_view_set_factory (self->history_view, factory);
  /* The list gets its model when the history is first shown: the Today section opens
   * without building rows nobody looks at yet. */
  g_object_set_data_full (G_OBJECT (self->history_view), "candor-selection",
                          g_steal_pointer (&selection), g_object_unref);
  g_signal_connect_swapped (self->section_stack, "notify::visible-child-name",
                            G_CALLBACK (section_changed_cb), self);
  {
    GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->history_view));

    /* Scrolled near the end, or the rows shown don't fill the view yet. */
    g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (grow_history_cb), self,
                             G_CONNECT_SWAPPED);
    g_signal_connect_object (adjustment, "changed", G_CALLBACK (grow_history_cb), self,
                             G_CONNECT_SWAPPED);
  }

  build_cards (self);
  build_moments (self);

  controller = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), GTK_SHORTCUT_SCOPE_MANAGED);
  add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), "<Control>n", "today.new-checkin");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), "<Control>h", "today.show-history");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), "<Control>f", "today.search");
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  refresh (self);
}

CandorSession *
candor_today_page_get_session (CandorTodayPage *self)
{
  g_return_val_if_fail (CANDOR_IS_TODAY_PAGE (self), NULL);

  return self->session;
}

void
candor_today_page_set_session (CandorTodayPage *self,
                               CandorSession   *session)
{
  g_return_if_fail (CANDOR_IS_TODAY_PAGE (self));
  g_return_if_fail (session == NULL || CANDOR_IS_SESSION (session));

  if (self->session == session)
    return;

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_set_object (&self->session, session);

  if (session != NULL)
    {
      g_signal_connect_object (session, "notify::journal",
                               G_CALLBACK (session_journal_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (session, "notify::state",
                               G_CALLBACK (session_journal_changed_cb), self, G_CONNECT_SWAPPED);
    }
  session_journal_changed_cb (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

/**
 * candor_today_page_get_history:
 *
 * Returns: (transfer none): the check-ins the history shows, newest first
 */
GListModel *
candor_today_page_get_history (CandorTodayPage *self)
{
  g_return_val_if_fail (CANDOR_IS_TODAY_PAGE (self), NULL);

  return G_LIST_MODEL (self->history);
}
