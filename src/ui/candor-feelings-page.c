/* candor-feelings-page.c — name a feeling now, and see the words you have used
 *
 * "Name it to tame it": pick one or more words in the feeling browser, right on the page
 * (recent and often-named words first), add a note if you like, and it is saved as a
 * feeling note; the browser then starts over, the search focused, for the next one.
 * Below, the words used in check-ins and notes: how often, by family, the most used, and
 * how the vocabulary grew month by month. The counts are recomputed after a change, once
 * the main loop is idle.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>

#include "candor-feeling-browser.h"
#include "candor-feeling-chips.h"
#include "candor-feeling-stats.h"
#include "candor-feelings-page.h"
#include "candor-today.h"
#include "candor-vocabulary.h"
#include "candor-toast.h"

#define N_TOP 8
#define N_MONTHS 12
#define MAX_FEELINGS 64
#define MAX_USAGE 400

struct _CandorFeelingsPage
{
  GtkWidget             parent_instance;

  AdwToastOverlay      *toast_overlay;
  CandorFeelingBrowser *browser;
  AdwComboRow          *person_row;
  AdwEntryRow          *note_row;
  GtkDropDown          *whose_dropdown;
  GtkListBox           *summary_list;
  GtkListBox           *families_list;
  GtkWidget            *top_group;
  GtkListBox           *top_list;
  GtkWidget            *growth_group;
  GtkListBox           *growth_list;

  CandorSession        *session;
  CandorJournal        *journal;
  GListStore           *people;   /* CandorPerson, active ones, in the journal's order */
  GStrv                 usage;    /* what the browser was given, to rebuild it only on a change */
  guint                 refresh_source;
  gboolean              updating_people;
  /* An open journal arrived while the page was not shown: refresh once it is. */
  gboolean              stale;
};

G_DEFINE_FINAL_TYPE (CandorFeelingsPage, candor_feelings_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
count_row (const char *title,
           const char *subtitle,
           guint       count,
           guint       max)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *bar = gtk_level_bar_new_for_interval (0, MAX (max, 1));
  g_autofree char *number = g_strdup_printf ("%u", count);
  GtkWidget *label = gtk_label_new (number);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

  gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), count);
  /* Plain bars: the default offsets would colour a small count as a warning. */
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_widget_set_size_request (bar, 96, -1);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (bar, "feeling-count-bar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), bar);

  gtk_label_set_width_chars (GTK_LABEL (label), 4);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);

  return row;
}

static const char *
selected_person_id (CandorFeelingsPage *self,
                    guint               position)
{
  g_autoptr(CandorPerson) person = NULL;

  if (position == GTK_INVALID_LIST_POSITION)
    return NULL;
  person = g_list_model_get_item (G_LIST_MODEL (self->people), position);
  /* The journal holds the person: the id stays valid after the unref. */
  return person != NULL ? candor_entry_get_id (CANDOR_ENTRY (person)) : NULL;
}

static void
update_stats (CandorFeelingsPage *self)
{
  g_autoptr(CandorFeelingStats) stats = NULL;
  CandorVocabulary *vocabulary = candor_vocabulary_get_default ();
  const CandorFeelingCount *top;
  const CandorFeelingMonth *months;
  const char *person_id = NULL;
  guint whose, n_top, n_months, uses, distinct, max_family = 0;
  g_autofree char *uses_text = NULL;
  g_autofree char *distinct_text = NULL;

  clear_list (self->summary_list);
  clear_list (self->families_list);
  clear_list (self->top_list);
  clear_list (self->growth_list);

  if (self->journal == NULL)
    return;

  /* Item 0 of the drop-down is "Everyone", then the people. */
  whose = gtk_drop_down_get_selected (self->whose_dropdown);
  if (whose != GTK_INVALID_LIST_POSITION && whose > 0)
    person_id = selected_person_id (self, whose - 1);

  stats = candor_feeling_stats_new (self->journal, person_id);
  uses = candor_feeling_stats_get_uses (stats);
  distinct = candor_feeling_stats_get_distinct (stats);

  uses_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Named %u time",
                                            "Named %u times", uses), uses);
  distinct_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u different word",
                                                "%u different words", distinct), distinct);
  gtk_list_box_append (self->summary_list,
                       count_row (distinct_text, uses_text, distinct,
                                  candor_vocabulary_get_n_feelings (vocabulary)));
  if (uses == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _("No feelings named yet. Choose one above, or add "
                                       "some to a check-in on the Today page."));
      gtk_list_box_append (self->summary_list, row);
    }

  for (guint i = 0; i < CANDOR_N_FEELING_FAMILIES; i++)
    max_family = MAX (max_family, candor_feeling_stats_get_family (stats, i));
  for (guint i = 0; i < CANDOR_N_FEELING_FAMILIES; i++)
    {
      GtkWidget *row = count_row (candor_feeling_family_get_label (i), NULL,
                                  candor_feeling_stats_get_family (stats, i), max_family);
      g_autofree char *css = g_strdup_printf ("family-%s", candor_feeling_family_to_string (i));

      gtk_widget_add_css_class (row, css);
      gtk_list_box_append (self->families_list, row);
    }

  top = candor_feeling_stats_get_top (stats, &n_top);
  gtk_widget_set_visible (self->top_group, n_top > 0);
  for (guint i = 0; i < MIN (n_top, N_TOP); i++)
    {
      CandorFeeling *feeling = candor_vocabulary_lookup (vocabulary, top[i].id);

      gtk_list_box_append (self->top_list,
                           count_row (feeling != NULL ? candor_feeling_get_label (feeling) : top[i].id,
                                      feeling != NULL ? candor_feeling_get_definition (feeling) : NULL,
                                      top[i].count, top[0].count));
    }

  months = candor_feeling_stats_get_months (stats, &n_months);
  gtk_widget_set_visible (self->growth_group, n_months > 0);
  for (guint i = n_months > N_MONTHS ? n_months - N_MONTHS : 0; i < n_months; i++)
    {
      g_autoptr(GDateTime) date = g_date_time_new_utc (months[i].year, months[i].month, 1, 0, 0, 0);
      /* Translators: a month in the vocabulary growth list, see strftime */
      g_autofree char *title = g_date_time_format (date, _("%B %Y"));
      g_autofree char *subtitle = NULL;

      if (months[i].new_words > 0)
        subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u new word",
                                                 "%u new words", months[i].new_words),
                                    months[i].new_words);
      gtk_list_box_append (self->growth_list,
                           count_row (title, subtitle, months[i].total,
                                      months[n_months - 1].total));
    }
}

/* Saving needs a word and someone to name it. */
static void
update_save (CandorFeelingsPage *self)
{
  gboolean anyone = self->people != NULL &&
                    g_list_model_get_n_items (G_LIST_MODEL (self->people)) > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feelings.save",
                                 anyone && candor_feeling_browser_has_selected (self->browser));
}

static void
update_people (CandorFeelingsPage *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) whose = gtk_string_list_new (NULL);
  CandorPerson *me = self->journal != NULL ? candor_journal_get_me (self->journal) : NULL;
  guint old_person = adw_combo_row_get_selected (self->person_row);
  guint old_whose = gtk_drop_down_get_selected (self->whose_dropdown);
  guint me_position = 0;
  guint n;

  self->updating_people = TRUE;

  g_list_store_remove_all (self->people);
  /* Translators: in "Words You've Used", count everyone's words */
  gtk_string_list_append (whose, _("Everyone"));

  if (self->journal != NULL)
    {
      GListModel *people = candor_journal_get_people (self->journal);

      for (guint i = 0; i < g_list_model_get_n_items (people); i++)
        {
          g_autoptr(CandorPerson) person = g_list_model_get_item (people, i);

          if (candor_person_get_archived (person))
            continue;
          if (person == me)
            me_position = g_list_model_get_n_items (G_LIST_MODEL (self->people));
          g_list_store_append (self->people, person);
          gtk_string_list_append (names, candor_person_get_name (person));
          gtk_string_list_append (whose, candor_person_get_name (person));
        }
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (self->people));
  adw_combo_row_set_model (self->person_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->person_row, old_person < n ? old_person : me_position);
  gtk_drop_down_set_model (self->whose_dropdown, G_LIST_MODEL (whose));
  gtk_drop_down_set_selected (self->whose_dropdown, old_whose <= n ? old_whose : 0);

  self->updating_people = FALSE;

  /* Browsing the words needs nobody; saving needs someone to name them. */
  gtk_widget_set_visible (GTK_WIDGET (self->person_row), n > 0);
  update_save (self);
}

/* Recent and often-used words come first in the browser: those of the feelings named here. */
static void
update_usage (CandorFeelingsPage *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) usage = NULL;
  GListModel *notes;
  guint n;

  notes = self->journal != NULL ? candor_journal_get_feeling_notes (self->journal) : NULL;
  n = notes != NULL ? g_list_model_get_n_items (notes) : 0;
  for (guint i = n > MAX_USAGE ? n - MAX_USAGE : 0; i < n; i++)
    {
      g_autoptr(CandorFeelingNote) note = g_list_model_get_item (notes, i);

      g_strv_builder_addv (builder, (const char **)candor_feeling_note_get_feelings (note));
    }
  usage = g_strv_builder_end (builder);

  /* Rebuilding the words would take the keyboard's place in them away: only on a change. */
  if (self->usage != NULL && g_strv_equal ((const char * const *)self->usage,
                                           (const char * const *)usage))
    return;

  g_strfreev (self->usage);
  self->usage = g_steal_pointer (&usage);
  candor_feeling_browser_set_usage (self->browser, (const char * const *)self->usage);
}

static void
refresh (CandorFeelingsPage *self)
{
  self->stale = FALSE;
  update_people (self);
  update_usage (self);
  update_stats (self);
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  CandorFeelingsPage *self = user_data;

  self->refresh_source = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
journal_changed_cb (CandorFeelingsPage *self,
                    CandorEntry        *entry)
{
  if (entry != NULL && !CANDOR_IS_CHECKIN (entry) && !CANDOR_IS_FEELING_NOTE (entry) &&
      !CANDOR_IS_PERSON (entry))
    return;

  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add_full (G_PRIORITY_DEFAULT, refresh_idle_cb, self, NULL);
}

static void
whose_changed_cb (CandorFeelingsPage *self)
{
  if (!self->updating_people)
    update_stats (self);
}

static void
set_journal (CandorFeelingsPage *self,
             CandorJournal      *journal)
{
  if (self->journal == journal)
    return;

  if (self->journal != NULL)
    g_signal_handlers_disconnect_by_data (self->journal, self);
  g_set_object (&self->journal, journal);
  if (journal != NULL)
    g_signal_connect_object (journal, "changed", G_CALLBACK (journal_changed_cb), self,
                             G_CONNECT_SWAPPED);

  /* Opening the journal pays only for the page on screen: a page not shown refreshes
   * once it is. Closing it shows at once. */
  if (journal != NULL && !gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      g_clear_handle_id (&self->refresh_source, g_source_remove);
      self->stale = TRUE;
    }
  else
    refresh (self);
}

static void
session_journal_changed_cb (CandorFeelingsPage *self)
{
  set_journal (self, self->session != NULL ? candor_session_get_journal (self->session) : NULL);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CandorFeelingsPage *self = CANDOR_FEELINGS_PAGE (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(CandorFeelingNote) note = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) feelings = candor_feeling_browser_get_selected (self->browser);
  g_auto(GStrv) labels = NULL;
  g_autofree char *joined = NULL;
  g_autofree char *message = NULL;
  const char *person_id;

  if (self->journal == NULL || feelings[0] == NULL)
    return;

  person_id = selected_person_id (self, adw_combo_row_get_selected (self->person_row));
  if (person_id == NULL)
    return;

  if (g_strv_length (feelings) > MAX_FEELINGS)
    {
      for (guint i = MAX_FEELINGS; feelings[i] != NULL; i++)
        g_clear_pointer (&feelings[i], g_free);
    }

  note = candor_feeling_note_new (person_id, now);
  candor_feeling_note_set_feelings (note, (const char * const *)feelings);
  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_row))));
  if (*text != '\0')
    candor_feeling_note_set_note (note, text);
  candor_journal_add_feeling_note (self->journal, note);

  labels = candor_feeling_labels_for_ids ((const char * const *)feelings);
  joined = candor_today_join_labels ((const char * const *)labels);
  /* Translators: a notice after saving; %s are the feeling words ("calm and hopeful") */
  message = g_strdup_printf (_("Named: %s"), joined);
  candor_toast_add_text (self->toast_overlay, message);

  /* Ready for the next feeling. */
  gtk_editable_set_text (GTK_EDITABLE (self->note_row), "");
  candor_feeling_browser_clear (self->browser);
  gtk_widget_grab_focus (GTK_WIDGET (self->browser));
}

static void
selection_changed_cb (CandorFeelingsPage *self)
{
  update_save (self);
}

static void
note_activated_cb (CandorFeelingsPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "feelings.save", NULL);
}

static void
candor_feelings_page_map (GtkWidget *widget)
{
  CandorFeelingsPage *self = CANDOR_FEELINGS_PAGE (widget);

  if (self->stale)
    refresh (self);

  GTK_WIDGET_CLASS (candor_feelings_page_parent_class)->map (widget);

  /* Keyboard first: on this page, typing looks for a word. */
  gtk_widget_grab_focus (GTK_WIDGET (self->browser));
}

static void
candor_feelings_page_dispose (GObject *object)
{
  CandorFeelingsPage *self = (CandorFeelingsPage *)object;
  GtkWidget *child;

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  if (self->journal != NULL)
    g_signal_handlers_disconnect_by_data (self->journal, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), CANDOR_TYPE_FEELINGS_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->session);
  g_clear_object (&self->journal);
  g_clear_object (&self->people);
  g_clear_pointer (&self->usage, g_strfreev);

  G_OBJECT_CLASS (candor_feelings_page_parent_class)->dispose (object);
}

static void
candor_feelings_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CandorFeelingsPage *self = CANDOR_FEELINGS_PAGE (object);

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
candor_feelings_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  CandorFeelingsPage *self = CANDOR_FEELINGS_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      candor_feelings_page_set_session (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_feelings_page_class_init (CandorFeelingsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = candor_feelings_page_dispose;
  object_class->get_property = candor_feelings_page_get_property;
  object_class->set_property = candor_feelings_page_set_property;

  /**
   * CandorFeelingsPage:session:
   *
   * The open journal's session; the page follows its journal.
   */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         CANDOR_TYPE_SESSION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  widget_class->map = candor_feelings_page_map;

  gtk_widget_class_install_action (widget_class, "feelings.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "feelings.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "feelings.save", NULL);

  g_type_ensure (CANDOR_TYPE_FEELING_BROWSER);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/candorapp/Candor/ui/candor-feelings-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CandorFeelingsPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CandorFeelingsPage, browser);
  gtk_widget_class_bind_template_child (widget_class, CandorFeelingsPage, person_row);
  gtk_widget_class_bind_template_child (widget_class, CandorFeelingsPage, note_row);
  gtk_widget_class_bind_template_child (widget_class, CandorFeelingsPage, whose_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CandorFeelingsPage, summary_list);
  gtk_widget_class_bind_template_child (widget_class, CandorFeelingsPage, families_list);
  gtk_widget_class_bind_template_child (widget_class, CandorFeelingsPage, top_group);
  gtk_widget_class_bind_template_child (widget_class, CandorFeelingsPage, top_list);
  gtk_widget_class_bind_template_child (widget_class, CandorFeelingsPage, growth_group);
  gtk_widget_class_bind_template_child (widget_class, CandorFeelingsPage, growth_list);
  gtk_widget_class_bind_template_callback (widget_class, selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, note_activated_cb);
}

static void
candor_feelings_page_init (CandorFeelingsPage *self)
{
  self->people = g_list_store_new (CANDOR_TYPE_PERSON);

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_swapped (self->whose_dropdown, "notify::selected",
                            G_CALLBACK (whose_changed_cb), self);

  refresh (self);
}

CandorSession *
candor_feelings_page_get_session (CandorFeelingsPage *self)
{
  g_return_val_if_fail (CANDOR_IS_FEELINGS_PAGE (self), NULL);

  return self->session;
}

void
candor_feelings_page_set_session (CandorFeelingsPage *self,
                                  CandorSession      *session)
{
  g_return_if_fail (CANDOR_IS_FEELINGS_PAGE (self));
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
 * candor_feelings_page_set_feelings:
 * @self: the page
 * @ids: (nullable) (array zero-terminated=1): the feelings to show as chosen in the browser
 */
void
candor_feelings_page_set_feelings (CandorFeelingsPage *self,
                                   const char * const *ids)
{
  g_return_if_fail (CANDOR_IS_FEELINGS_PAGE (self));

  candor_feeling_browser_set_selected (self->browser, ids);
}
