/* candor-growth-journal.c — one person's private growth journal
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prompts to name feelings alone, to be kind to oneself, and to wonder
 * about one's own patterns (questions, never a diagnosis or a score). Only
 * the chosen person's entries are listed, through candor_privacy_list_visible();
 * an unsaved draft is kept per person, so switching spaces neither shows
 * one person's draft to the other nor loses it.
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>

#include "candor-feeling-picker.h"
#include "candor-growth-journal.h"
#include "candor-privacy.h"
#include "candor-prompt-pool.h"
#include "candor-vocabulary.h"
#include "candor-window.h"
#include "candor-toast.h"

typedef struct
{
  char  *text;
  GStrv  feelings;
} Draft;

struct _CandorGrowthJournal
{
  GtkWidget            parent_instance;

  CandorJournal       *journal;
  char                *person_id;
  CandorGrowthKind     kind;
  CandorPromptPool    *prompts;
  GRand               *rand;
  CandorPrompt        *prompt;
  GStrv                feelings;
  GHashTable          *drafts;      /* person id → Draft */
  guint                rebuild_id;

  AdwPreferencesGroup *write_group;
  GtkToggleButton     *journaling_button;
  GtkToggleButton     *compassion_button;
  GtkToggleButton     *pattern_button;
  GtkLabel            *prompt_label;
  GtkLabel            *hint_label;
  GtkTextView         *text_view;
  GtkLabel            *feelings_label;
  GtkListBox          *entries_list;
};

G_DEFINE_FINAL_TYPE (CandorGrowthJournal, candor_growth_journal, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_JOURNAL,
  PROP_PERSON_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void rebuild (CandorGrowthJournal *self);

/* gtk_list_box_remove_all() is GTK 4.12. */
static void
remove_rows (GtkListBox *list)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

static void
draft_free (gpointer data)
{
  Draft *draft = data;

  g_free (draft->text);
  g_strfreev (draft->feelings);
  g_free (draft);
}

static CandorPromptKind
prompt_kind (CandorGrowthKind kind)
{
  switch (kind)
    {
    case CANDOR_GROWTH_KIND_SELF_COMPASSION: return CANDOR_PROMPT_KIND_SELF_COMPASSION;
    case CANDOR_GROWTH_KIND_PATTERN: return CANDOR_PROMPT_KIND_PATTERN;
    case CANDOR_GROWTH_KIND_JOURNALING:
    default:
      return CANDOR_PROMPT_KIND_JOURNALING;
    }
}

static const char *
kind_label (CandorGrowthKind kind)
{
  switch (kind)
    {
    case CANDOR_GROWTH_KIND_SELF_COMPASSION:
      /* Translators: the kind of a journal entry */
      return C_("growth kind", "Self-compassion");
    case CANDOR_GROWTH_KIND_PATTERN:
      /* Translators: the kind of a journal entry: reflecting on one's own patterns */
      return C_("growth kind", "Patterns");
    case CANDOR_GROWTH_KIND_JOURNALING:
    default:
      /* Translators: the kind of a journal entry: naming one's feelings */
      return C_("growth kind", "Naming feelings");
    }
}

static char *
feelings_text (const char * const *ids)
{
  CandorVocabulary *vocabulary = candor_vocabulary_get_default ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  if (ids == NULL || ids[0] == NULL)
    return NULL;

  for (guint i = 0; ids[i] != NULL; i++)
    {
      CandorFeeling *feeling = candor_vocabulary_lookup (vocabulary, ids[i]);

      g_ptr_array_add (labels, (gpointer) (feeling != NULL ? candor_feeling_get_label (feeling)
                                                           : ids[i]));
    }
  g_ptr_array_add (labels, NULL);

  /* Translators: the separator between feeling words in a list */
  return g_strjoinv (_(", "), (char **) labels->pdata);
}

static char *
dup_text (CandorGrowthJournal *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
update_save (CandorGrowthJournal *self)
{
  g_autofree char *text = dup_text (self);
  gboolean has_text = *g_strstrip (text) != '\0';
  gboolean has_feelings = self->feelings != NULL && self->feelings[0] != NULL;
  g_autofree char *names = feelings_text ((const char * const *) self->feelings);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "growth.save",
                                 self->journal != NULL && self->person_id != NULL &&
                                 (has_text || has_feelings));
  gtk_label_set_text (self->feelings_label, names != NULL ? names : "");
}

static void
show_prompt (CandorGrowthJournal *self)
{
  const char *hint;

  gtk_label_set_text (self->prompt_label,
                      self->prompt != NULL ? candor_prompt_get_text (self->prompt) : "");

  switch (self->kind)
    {
    case CANDOR_GROWTH_KIND_SELF_COMPASSION:
      hint = _("Speak to yourself the way you would to a good friend.");
      break;
    case CANDOR_GROWTH_KIND_PATTERN:
      hint = _("A question to wonder about, not a test. There is no right answer and no score.");
      break;
    case CANDOR_GROWTH_KIND_JOURNALING:
    default:
      hint = _("Naming a feeling, even only to yourself, makes it easier to hold.");
      break;
    }

  gtk_label_set_text (self->hint_label, hint);
}

static void
pick_prompt (CandorGrowthJournal *self)
{
  const char *avoid[2] = { NULL, NULL };
  g_autoptr(GPtrArray) picked = NULL;

  if (self->prompt != NULL && candor_prompt_get_kind (self->prompt) == prompt_kind (self->kind))
    avoid[0] = candor_prompt_get_id (self->prompt);

  picked = candor_prompt_pool_pick (self->prompts, prompt_kind (self->kind), 1, self->rand, avoid);
  g_clear_object (&self->prompt);
  if (picked->len > 0)
    self->prompt = g_object_ref (g_ptr_array_index (picked, 0));

  show_prompt (self);
}

static void
kind_toggled_cb (CandorGrowthJournal *self,
                 GtkToggleButton     *button)
{
  CandorGrowthKind kind;

  if (!gtk_toggle_button_get_active (button))
    return;

  if (button == self->compassion_button)
    kind = CANDOR_GROWTH_KIND_SELF_COMPASSION;
  else if (button == self->pattern_button)
    kind = CANDOR_GROWTH_KIND_PATTERN;
  else
    kind = CANDOR_GROWTH_KIND_JOURNALING;

  self->kind = kind;
  pick_prompt (self);
}

static void
another_prompt_cb (CandorGrowthJournal *self)
{
  pick_prompt (self);
}

static void
picker_done_cb (CandorGrowthJournal *self,
                CandorFeelingPicker *picker)
{
  g_strfreev (self->feelings);
  self->feelings = candor_feeling_picker_get_selected (picker);
  update_save (self);
}

static void
name_feeling_cb (CandorGrowthJournal *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  CandorFeelingPicker *picker;

  picker = candor_feeling_picker_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
  candor_feeling_picker_set_selected (picker, (const char * const *) self->feelings);
  g_signal_connect_object (picker, "done", G_CALLBACK (picker_done_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (picker));
}

static void
clear_draft (CandorGrowthJournal *self)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), "", -1);
  g_clear_pointer (&self->feelings, g_strfreev);
  update_save (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CandorGrowthJournal *self = CANDOR_GROWTH_JOURNAL (widget);
  g_autofree char *text = dup_text (self);
  g_autoptr(CandorGrowthEntry) entry = NULL;
  g_autoptr(GDateTime) now = NULL;

  if (self->journal == NULL || self->person_id == NULL)
    return;

  g_strstrip (text);
  now = g_date_time_new_now_utc ();
  entry = candor_growth_entry_new (self->person_id, self->kind, now);
  if (self->prompt != NULL)
    candor_growth_entry_set_prompt_id (entry, candor_prompt_get_id (self->prompt));
  if (*text != '\0')
    candor_growth_entry_set_text (entry, text);
  candor_growth_entry_set_feelings (entry, (const char * const *) self->feelings);
  candor_journal_add_growth_entry (self->journal, entry);

  clear_draft (self);
  pick_prompt (self);
  rebuild (self);
}

static void
undo_delete_cb (AdwToast          *toast,
                CandorGrowthEntry *entry)
{
  CandorJournal *journal = g_object_get_data (G_OBJECT (toast), "journal");
  const char *id = candor_entry_get_id (CANDOR_ENTRY (entry));

  if (journal != NULL && candor_journal_find (journal, id) == NULL)
    candor_journal_add_growth_entry (journal, entry);
}

static void
delete_clicked_cb (GtkButton           *button,
                   CandorGrowthJournal *self)
{
  CandorGrowthEntry *entry = g_object_get_data (G_OBJECT (button), "entry");
  AdwToast *toast;

  g_object_ref (entry);
  candor_journal_remove_growth_entry (self->journal, entry);

  toast = adw_toast_new (_("Journal entry deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "journal", g_object_ref (self->journal),
                          g_object_unref);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_delete_cb),
                         entry, (GClosureNotify) (void (*) (void)) g_object_unref, 0);

  candor_toast_add_toast_near (GTK_WIDGET (self), toast);
}

static GtkWidget *
wrapped_label (const char *text,
               const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static GtkWidget *
entry_row (CandorGrowthJournal *self,
           CandorGrowthEntry   *entry)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *button, *label;
  g_autoptr(GDateTime) local = g_date_time_to_local (candor_growth_entry_get_date (entry));
  /* Translators: a weekday and a date, as in "Friday, 04/04/2025" (a date format) */
  /* xgettext:no-c-format */
  g_autofree char *day = g_date_time_format (local, _("%A, %x"));
  /* Translators: "Friday, 04/04/2025 · Patterns" */
  g_autofree char *heading = g_strdup_printf (_("%s · %s"), day,
                                              kind_label (candor_growth_entry_get_kind (entry)));
  const char *prompt_id = candor_growth_entry_get_prompt_id (entry);
  CandorPrompt *prompt = prompt_id != NULL ? candor_prompt_pool_lookup (self->prompts, prompt_id)
                                           : NULL;
  const char *text = candor_growth_entry_get_text (entry);
  g_autofree char *names = feelings_text (candor_growth_entry_get_feelings (entry));

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (box, "candor-growth-entry");

  label = wrapped_label (heading, "caption-heading");
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (header), label);

  button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_object_set_data_full (G_OBJECT (button), "entry", g_object_ref (entry), g_object_unref);
  g_signal_connect_object (button, "clicked", G_CALLBACK (delete_clicked_cb), self, 0);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Delete"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Delete journal entry"),
                                  -1);
  gtk_box_append (GTK_BOX (header), button);
  gtk_box_append (GTK_BOX (box), header);

  if (prompt != NULL)
    {
      label = wrapped_label (candor_prompt_get_text (prompt), "dim-label");
      gtk_widget_add_css_class (label, "caption");
      gtk_box_append (GTK_BOX (box), label);
    }

  if (text != NULL && *text != '\0')
    gtk_box_append (GTK_BOX (box), wrapped_label (text, NULL));

  if (names != NULL)
    {
      /* Translators: %s is a list of feeling words */
      g_autofree char *felt = g_strdup_printf (_("Felt: %s"), names);

      label = wrapped_label (felt, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
    }

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, heading,
                                  -1);
  g_object_set_data_full (G_OBJECT (row), "entry", g_object_ref (entry), g_object_unref);

  return row;
}

static void
rebuild (CandorGrowthJournal *self)
{
  g_autoptr(GListModel) visible = NULL;
  GtkWidget *placeholder;
  guint n;

  remove_rows (self->entries_list);
  update_save (self);

  if (self->journal == NULL || self->person_id == NULL)
    return;

  /* Only this person's entries, ever: the privacy filter, not a check of our own. */
  visible = candor_privacy_list_visible (candor_journal_get_growth_entries (self->journal),
                                         self->person_id);
  n = g_list_model_get_n_items (visible);
  for (guint i = n; i-- > 0;)
    {
      g_autoptr(CandorGrowthEntry) entry = g_list_model_get_item (visible, i);

      gtk_list_box_append (self->entries_list, entry_row (self, entry));
    }

  placeholder = gtk_label_new (_("Nothing here yet. What you keep shows here, for your eyes only."));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_label_set_justify (GTK_LABEL (placeholder), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_add_css_class (placeholder, "candor-boundary-placeholder");
  gtk_list_box_set_placeholder (self->entries_list, placeholder);
}

static gboolean
rebuild_idle_cb (gpointer data)
{
  CandorGrowthJournal *self = data;

  self->rebuild_id = 0;
  rebuild (self);

  return G_SOURCE_REMOVE;
}

static void
journal_changed_cb (CandorGrowthJournal *self,
                    CandorEntry         *entry)
{
  if ((entry == NULL || CANDOR_IS_GROWTH_ENTRY (entry) || CANDOR_IS_PERSON (entry)) &&
      self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (rebuild_idle_cb, self);
}

static void
store_draft (CandorGrowthJournal *self)
{
  Draft *draft;

  if (self->person_id == NULL)
    return;

  draft = g_new0 (Draft, 1);
  draft->text = dup_text (self);
  draft->feelings = g_steal_pointer (&self->feelings);
  g_hash_table_replace (self->drafts, g_strdup (self->person_id), draft);
  clear_draft (self);
}

static void
restore_draft (CandorGrowthJournal *self)
{
  Draft *draft;

  if (self->person_id == NULL)
    return;

  draft = g_hash_table_lookup (self->drafts, self->person_id);
  if (draft == NULL)
    return;

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), draft->text, -1);
  g_strfreev (self->feelings);
  self->feelings = g_steal_pointer (&draft->feelings);
  g_hash_table_remove (self->drafts, self->person_id);
}

static void
candor_growth_journal_dispose (GObject *object)
{
  CandorGrowthJournal *self = CANDOR_GROWTH_JOURNAL (object);
  GtkWidget *child;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), CANDOR_TYPE_GROWTH_JOURNAL);
  /* The template's unnamed top box is not a bound child: unparent it too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->journal);

  G_OBJECT_CLASS (candor_growth_journal_parent_class)->dispose (object);
}

static void
candor_growth_journal_finalize (GObject *object)
{
  CandorGrowthJournal *self = CANDOR_GROWTH_JOURNAL (object);

  g_clear_pointer (&self->person_id, g_free);
  g_clear_pointer (&self->feelings, g_strfreev);
  g_clear_pointer (&self->drafts, g_hash_table_unref);
  g_clear_pointer (&self->rand, g_rand_free);
  g_clear_object (&self->prompt);
  g_clear_object (&self->prompts);

  G_OBJECT_CLASS (candor_growth_journal_parent_class)->finalize (object);
}

static void
candor_growth_journal_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  CandorGrowthJournal *self = CANDOR_GROWTH_JOURNAL (object);

  switch (prop_id)
    {
    case PROP_JOURNAL:
      g_value_set_object (value, self->journal);
      break;

    case PROP_PERSON_ID:
      g_value_set_string (value, self->person_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_growth_journal_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  CandorGrowthJournal *self = CANDOR_GROWTH_JOURNAL (object);

  switch (prop_id)
    {
    case PROP_JOURNAL:
      candor_growth_journal_set_journal (self, g_value_get_object (value));
      break;

    case PROP_PERSON_ID:
      candor_growth_journal_set_person_id (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_growth_journal_class_init (CandorGrowthJournalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = candor_growth_journal_dispose;
  object_class->finalize = candor_growth_journal_finalize;
  object_class->get_property = candor_growth_journal_get_property;
  object_class->set_property = candor_growth_journal_set_property;

  properties[PROP_JOURNAL] =
    g_param_spec_object ("journal", NULL, NULL,
                         CANDOR_TYPE_JOURNAL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PERSON_ID] =
    g_param_spec_string ("person-id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/candorapp/Candor/ui/candor-growth-journal.ui");
  gtk_widget_class_bind_template_child (widget_class, CandorGrowthJournal, write_group);
  gtk_widget_class_bind_template_child (widget_class, CandorGrowthJournal, journaling_button);
  gtk_widget_class_bind_template_child (widget_class, CandorGrowthJournal, compassion_button);
  gtk_widget_class_bind_template_child (widget_class, CandorGrowthJournal, pattern_button);
  gtk_widget_class_bind_template_child (widget_class, CandorGrowthJournal, prompt_label);
  gtk_widget_class_bind_template_child (widget_class, CandorGrowthJournal, hint_label);
  gtk_widget_class_bind_template_child (widget_class, CandorGrowthJournal, text_view);
  gtk_widget_class_bind_template_child (widget_class, CandorGrowthJournal, feelings_label);
  gtk_widget_class_bind_template_child (widget_class, CandorGrowthJournal, entries_list);
  gtk_widget_class_bind_template_callback (widget_class, kind_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, another_prompt_cb);
  gtk_widget_class_bind_template_callback (widget_class, name_feeling_cb);

  gtk_widget_class_install_action (widget_class, "growth.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "growth.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "growth.save", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
candor_growth_journal_init (CandorGrowthJournal *self)
{
  self->prompts = candor_prompt_pool_new ();
  self->rand = g_rand_new ();
  self->drafts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, draft_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (gtk_text_view_get_buffer (self->text_view), "changed",
                           G_CALLBACK (update_save), self, G_CONNECT_SWAPPED);
  pick_prompt (self);
  rebuild (self);
}

CandorJournal *
candor_growth_journal_get_journal (CandorGrowthJournal *self)
{
  g_return_val_if_fail (CANDOR_IS_GROWTH_JOURNAL (self), NULL);

  return self->journal;
}

void
candor_growth_journal_set_journal (CandorGrowthJournal *self,
                                   CandorJournal       *journal)
{
  g_return_if_fail (CANDOR_IS_GROWTH_JOURNAL (self));
  g_return_if_fail (journal == NULL || CANDOR_IS_JOURNAL (journal));

  if (self->journal == journal)
    return;

  if (self->journal != NULL)
    g_signal_handlers_disconnect_by_data (self->journal, self);

  g_set_object (&self->journal, journal);

  /* Another journal (after a lock): nobody's draft belongs to it. */
  g_hash_table_remove_all (self->drafts);
  clear_draft (self);

  if (journal != NULL)
    g_signal_connect_object (journal, "changed", G_CALLBACK (journal_changed_cb), self,
                             G_CONNECT_SWAPPED);

  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOURNAL]);
}

const char *
candor_growth_journal_get_person_id (CandorGrowthJournal *self)
{
  g_return_val_if_fail (CANDOR_IS_GROWTH_JOURNAL (self), NULL);

  return self->person_id;
}

void
candor_growth_journal_set_person_id (CandorGrowthJournal *self,
                                     const char          *person_id)
{
  g_return_if_fail (CANDOR_IS_GROWTH_JOURNAL (self));

  if (g_strcmp0 (self->person_id, person_id) == 0)
    return;

  store_draft (self);
  g_free (self->person_id);
  self->person_id = g_strdup (person_id);
  restore_draft (self);

  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
}
