/* candor-tension-script.c — “I felt … when …”: raising one issue gently
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "candor-feeling-picker.h"
#include "candor-practice-cue.h"
#include "candor-toast.h"
#include "candor-tension-script.h"
#include "candor-words.h"
#include "candor-vocabulary.h"

struct _CandorTensionScript
{
  AdwPreferencesGroup  parent_instance;

  AdwActionRow        *feeling_row;
  AdwEntryRow         *behavior_row;
  AdwEntryRow         *step_row;
  GtkRevealer         *warning_revealer;
  GtkLabel            *preview_label;

  CandorJournal       *journal;
  char                *feeling_id;
};

G_DEFINE_FINAL_TYPE (CandorTensionScript, candor_tension_script, ADW_TYPE_PREFERENCES_GROUP)

/* Statics */

static char *
trimmed (const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));
  gsize len = strlen (copy);

  /* The sentence adds its own full stop. */
  while (len > 0 && (copy[len - 1] == '.' || copy[len - 1] == '!'))
    copy[--len] = '\0';

  return g_strstrip (g_steal_pointer (&copy));
}

static const char *
feeling_label (CandorTensionScript *self)
{
  CandorFeeling *feeling;

  if (self->feeling_id == NULL)
    return NULL;

  feeling = candor_vocabulary_lookup (candor_vocabulary_get_default (), self->feeling_id);
  return feeling != NULL ? candor_feeling_get_label (feeling) : NULL;
}

static void
update (CandorTensionScript *self)
{
  g_autofree char *sentence = candor_tension_script_dup_sentence (self);
  const char *label = feeling_label (self);
  gboolean ready = sentence != NULL;

  adw_action_row_set_subtitle (self->feeling_row,
                               label != NULL ? label : _("Choose the word that fits best"));
  gtk_revealer_set_reveal_child (self->warning_revealer,
                                 candor_tension_script_lists_several (
                                   gtk_editable_get_text (GTK_EDITABLE (self->behavior_row))));

  if (ready)
    {
      gtk_label_set_text (self->preview_label, sentence);
      gtk_widget_remove_css_class (GTK_WIDGET (self->preview_label), "dim-label");
    }
  else
    {
      /* Translators: shown where the finished sentence will appear. */
      gtk_label_set_text (self->preview_label,
                          _("Your sentence appears here once it has a feeling and what happened."));
      gtk_widget_add_css_class (GTK_WIDGET (self->preview_label), "dim-label");
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tension.copy", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tension.save",
                                 ready && self->journal != NULL);
}

static void
clear (CandorTensionScript *self)
{
  g_clear_pointer (&self->feeling_id, g_free);
  gtk_editable_set_text (GTK_EDITABLE (self->behavior_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->step_row), "");
  update (self);
}

/* Callbacks */

static void
text_changed_cb (CandorTensionScript *self)
{
  update (self);
}

static void
picker_done_cb (CandorFeelingPicker *picker,
                CandorTensionScript *self)
{
  g_auto(GStrv) ids = candor_feeling_picker_get_selected (picker);

  g_free (self->feeling_id);
  /* One feeling keeps the sentence simple: the first one named. */
  self->feeling_id = ids != NULL && ids[0] != NULL ? g_strdup (ids[0]) : NULL;
  update (self);
}

/* Actions */

static void
choose_feeling_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  CandorTensionScript *self = CANDOR_TENSION_SCRIPT (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  CandorFeelingPicker *picker = candor_feeling_picker_new (GTK_IS_WINDOW (root)
                                                           ? GTK_WINDOW (root) : NULL);

  if (self->feeling_id != NULL)
    candor_feeling_picker_set_selected (picker, (const char *[]) { self->feeling_id, NULL });
  g_signal_connect_object (picker, "done", G_CALLBACK (picker_done_cb), self, 0);
  gtk_window_present (GTK_WINDOW (picker));
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CandorTensionScript *self = CANDOR_TENSION_SCRIPT (widget);
  g_autofree char *sentence = candor_tension_script_dup_sentence (self);

  if (sentence == NULL)
    return;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), sentence);
  candor_toast_add_toast_near (widget, adw_toast_new (_("Copied")));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CandorTensionScript *self = CANDOR_TENSION_SCRIPT (widget);
  g_autofree char *sentence = candor_tension_script_dup_sentence (self);
  g_autofree char *step = trimmed (gtk_editable_get_text (GTK_EDITABLE (self->step_row)));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(CandorExercise) exercise = NULL;

  if (sentence == NULL || self->journal == NULL)
    return;

  exercise = candor_exercise_new (CANDOR_EXERCISE_KIND_TENSION_SCRIPT, now);
  candor_exercise_set_text (exercise, sentence);
  candor_exercise_set_feelings (exercise, (const char *[]) { self->feeling_id, NULL });
  if (step[0] != '\0')
    candor_exercise_set_note (exercise, step);
  candor_journal_add_exercise (self->journal, exercise);

  clear (self);
  candor_toast_add_toast_near (widget, adw_toast_new (_("Saved to your journal")));
}

/* Overrides */

static void
candor_tension_script_dispose (GObject *object)
{
  CandorTensionScript *self = CANDOR_TENSION_SCRIPT (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CANDOR_TYPE_TENSION_SCRIPT);
  g_clear_object (&self->journal);
  g_clear_pointer (&self->feeling_id, g_free);

  G_OBJECT_CLASS (candor_tension_script_parent_class)->dispose (object);
}

static void
candor_tension_script_class_init (CandorTensionScriptClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = candor_tension_script_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/candorapp/Candor/ui/candor-tension-script.ui");
  gtk_widget_class_bind_template_child (widget_class, CandorTensionScript, feeling_row);
  gtk_widget_class_bind_template_child (widget_class, CandorTensionScript, behavior_row);
  gtk_widget_class_bind_template_child (widget_class, CandorTensionScript, step_row);
  gtk_widget_class_bind_template_child (widget_class, CandorTensionScript, warning_revealer);
  gtk_widget_class_bind_template_child (widget_class, CandorTensionScript, preview_label);
  gtk_widget_class_bind_template_callback (widget_class, text_changed_cb);

  gtk_widget_class_install_action (widget_class, "tension.choose-feeling", NULL,
                                   choose_feeling_action);
  gtk_widget_class_install_action (widget_class, "tension.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "tension.save", NULL, save_action);
}

static void
candor_tension_script_init (CandorTensionScript *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update (self);
}

/* Public API */

void
candor_tension_script_set_journal (CandorTensionScript *self,
                                   CandorJournal       *journal)
{
  g_return_if_fail (CANDOR_IS_TENSION_SCRIPT (self));
  g_return_if_fail (journal == NULL || CANDOR_IS_JOURNAL (journal));

  if (g_set_object (&self->journal, journal))
    update (self);
}

/**
 * candor_tension_script_dup_sentence:
 * @self: a tension script
 *
 * Returns: (transfer full) (nullable): the sentence, or %NULL while incomplete
 */
char *
candor_tension_script_dup_sentence (CandorTensionScript *self)
{
  const char *label;
  g_autofree char *behavior = NULL;
  g_autofree char *step = NULL;
  g_autofree char *sentence = NULL;

  g_return_val_if_fail (CANDOR_IS_TENSION_SCRIPT (self), NULL);

  label = feeling_label (self);
  behavior = trimmed (gtk_editable_get_text (GTK_EDITABLE (self->behavior_row)));
  if (label == NULL || behavior[0] == '\0')
    return NULL;

  /* Translators: the tension script; the first %s is a feeling word ("hurt"), the
   * second what happened ("you checked your phone during dinner"). */
  sentence = g_strdup_printf (_("I felt %s when %s. Can we talk about what happened and "
                                "agree one next step?"), label, behavior);

  step = trimmed (gtk_editable_get_text (GTK_EDITABLE (self->step_row)));
  if (step[0] == '\0')
    return g_steal_pointer (&sentence);

  /* Translators: added after the tension script when a next step was proposed; %s is
   * the step ("phones away at dinner"). */
  return g_strdup_printf (_("%s One idea: %s."), sentence, step);
}

gboolean
candor_tension_script_lists_several (const char *behavior)
{
  g_auto(GStrv) markers = NULL;

  if (behavior == NULL || behavior[0] == '\0')
    return FALSE;

  /* Translators: words that suggest one sentence holds several complaints, separated by
   * semicolons, lower case. Keep the list short: they trigger a gentle hint. */
  markers = g_strsplit (_("and;also;always;another;plus"), ";", -1);
  return candor_words_contain_any (behavior, (const char * const *) markers);
}
