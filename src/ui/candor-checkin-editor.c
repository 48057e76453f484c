/* candor-checkin-editor.c — write or edit one check-in: kind, the sentence builder, sharing
 *
 * The builder shapes "I feel ___ when ___, and I need ___" and shows the sentence as
 * it will read while you type; "Own Words" takes free text instead. Nothing is saved
 * until Save, and a check-in with nothing in it is refused with a message, keeping
 * what was typed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>

#include "candor-checkin-editor.h"
#include "candor-feeling-chips.h"
#include "candor-feeling-picker.h"
#include "candor-today.h"
#include "candor-wrap-box.h"

#define MAX_FEELINGS 64

struct _CandorCheckinEditor
{
  AdwWindow        parent_instance;

  AdwWindowTitle  *window_title;
  AdwComboRow     *kind_row;
  GtkToggleButton *builder_toggle;
  GtkToggleButton *free_toggle;
  GtkStack        *mode_stack;
  AdwActionRow    *feelings_row;
  AdwEntryRow     *when_row;
  AdwEntryRow     *need_row;
  CandorWrapBox   *chips_box;
  GtkLabel        *preview_label;
  GtkTextView     *text_view;
  GtkSwitch       *shared_switch;
  GtkLabel        *error_label;

  CandorJournal   *journal;
  CandorPerson    *author;
  CandorCheckin   *checkin;
  GStrv            feelings;
};

G_DEFINE_FINAL_TYPE (CandorCheckinEditor, candor_checkin_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (CandorCheckinEditor *self,
            const char          *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
update_preview (CandorCheckinEditor *self)
{
  g_auto(GStrv) labels = candor_feeling_labels_for_ids ((const char * const *)self->feelings);
  g_autofree char *sentence = NULL;

  sentence = candor_today_build_sentence ((const char * const *)labels,
                                          gtk_editable_get_text (GTK_EDITABLE (self->when_row)),
                                          gtk_editable_get_text (GTK_EDITABLE (self->need_row)));
  if (sentence != NULL)
    {
      gtk_label_set_text (self->preview_label, sentence);
      gtk_widget_remove_css_class (GTK_WIDGET (self->preview_label), "dim-label");
    }
  else
    {
      /* Translators: shown where the check-in sentence will appear, before anything is chosen */
      gtk_label_set_text (self->preview_label, _("Your sentence shows here as it will read."));
      gtk_widget_add_css_class (GTK_WIDGET (self->preview_label), "dim-label");
    }

  /* The chosen words show as chips below; the hint is for when there are none. */
  adw_action_row_set_subtitle (self->feelings_row,
                               labels[0] == NULL ? _("Pick one or more words") : "");
  candor_feeling_chips_fill (self->chips_box, (const char * const *)self->feelings);
  show_error (self, NULL);
}

static void
mode_toggled_cb (CandorCheckinEditor *self)
{
  gboolean free_text = gtk_toggle_button_get_active (self->free_toggle);

  gtk_stack_set_visible_child_name (self->mode_stack, free_text ? "free" : "builder");
  show_error (self, NULL);
}

static void
picker_done_cb (CandorCheckinEditor *self,
                CandorFeelingPicker *picker)
{
  g_auto(GStrv) ids = candor_feeling_picker_get_selected (picker);

  candor_checkin_editor_set_feelings (self, (const char * const *)ids);
}

static void
choose_feelings_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  CandorCheckinEditor *self = CANDOR_CHECKIN_EDITOR (widget);
  CandorFeelingPicker *picker = candor_feeling_picker_new (GTK_WINDOW (self));
  GListModel *checkins = candor_journal_get_checkins (self->journal);
  g_autoptr(GStrvBuilder) usage = g_strv_builder_new ();
  g_auto(GStrv) usage_ids = NULL;
  guint n = g_list_model_get_n_items (checkins);

  /* The last few hundred check-ins are plenty for "recent" and "often used". */
  for (guint i = n > 400 ? n - 400 : 0; i < n; i++)
    {
      g_autoptr(CandorCheckin) checkin = g_list_model_get_item (checkins, i);

      g_strv_builder_addv (usage, (const char **)candor_checkin_get_feelings (checkin));
    }
  usage_ids = g_strv_builder_end (usage);

  candor_feeling_picker_set_usage (picker, (const char * const *)usage_ids);
  candor_feeling_picker_set_selected (picker, (const char * const *)self->feelings);
  g_signal_connect_object (picker, "done", G_CALLBACK (picker_done_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (picker));
}

static char *
dup_free_text (CandorCheckinEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CandorCheckinEditor *self = CANDOR_CHECKIN_EDITOR (widget);
  gboolean free_text = gtk_toggle_button_get_active (self->free_toggle);
  g_autofree char *text = dup_free_text (self);
  g_autofree char *when = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->when_row))));
  g_autofree char *need = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->need_row))));
  CandorCheckinKind kind = adw_combo_row_get_selected (self->kind_row);
  gboolean has_feelings = self->feelings != NULL && self->feelings[0] != NULL;
  g_autoptr(CandorCheckin) checkin = NULL;

  if (free_text && *text == '\0')
    {
      show_error (self, _("Write a few words first — or use the sentence builder."));
      gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
      return;
    }
  if (!free_text && !has_feelings && *when == '\0' && *need == '\0')
    {
      show_error (self, _("Choose a feeling, or say what happened, first."));
      gtk_widget_grab_focus (GTK_WIDGET (self->feelings_row));
      return;
    }

  if (self->checkin != NULL)
    {
      checkin = g_object_ref (self->checkin);
    }
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autoptr(GDateTime) today = candor_day_from_date_time (now);

      checkin = candor_checkin_new (candor_entry_get_id (CANDOR_ENTRY (self->author)), today, kind);
    }

  candor_checkin_set_kind (checkin, kind);
  candor_checkin_set_feelings (checkin, (const char * const *)self->feelings);
  candor_checkin_set_when (checkin, *when != '\0' ? when : NULL);
  candor_checkin_set_need (checkin, *need != '\0' ? need : NULL);
  candor_checkin_set_text (checkin, free_text ? text : NULL);
  candor_checkin_set_shared (checkin, gtk_switch_get_active (self->shared_switch));

  if (self->checkin == NULL)
    {
      candor_journal_add_checkin (self->journal, checkin);
      self->checkin = g_object_ref (checkin);
    }

  g_signal_emit (self, signals[SAVED], 0, checkin);
  gtk_window_close (GTK_WINDOW (self));
}

static void
candor_checkin_editor_dispose (GObject *object)
{
  CandorCheckinEditor *self = (CandorCheckinEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), CANDOR_TYPE_CHECKIN_EDITOR);
  g_clear_object (&self->journal);
  g_clear_object (&self->author);
  g_clear_object (&self->checkin);
  g_clear_pointer (&self->feelings, g_strfreev);

  G_OBJECT_CLASS (candor_checkin_editor_parent_class)->dispose (object);
}

static void
candor_checkin_editor_class_init (CandorCheckinEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = candor_checkin_editor_dispose;

  /**
   * CandorCheckinEditor::saved:
   * @self: the editor
   * @checkin: the check-in, now in the journal
   *
   * The check-in was saved (added or changed); the editor closes right after.
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL,
                  g_cclosure_marshal_VOID__OBJECT,
                  G_TYPE_NONE, 1, CANDOR_TYPE_CHECKIN);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.choose-feelings", NULL,
                                   choose_feelings_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  g_type_ensure (CANDOR_TYPE_WRAP_BOX);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/candorapp/Candor/ui/candor-checkin-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CandorCheckinEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, CandorCheckinEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, CandorCheckinEditor, builder_toggle);
  gtk_widget_class_bind_template_child (widget_class, CandorCheckinEditor, free_toggle);
  gtk_widget_class_bind_template_child (widget_class, CandorCheckinEditor, mode_stack);
  gtk_widget_class_bind_template_child (widget_class, CandorCheckinEditor, feelings_row);
  gtk_widget_class_bind_template_child (widget_class, CandorCheckinEditor, when_row);
  gtk_widget_class_bind_template_child (widget_class, CandorCheckinEditor, need_row);
  gtk_widget_class_bind_template_child (widget_class, CandorCheckinEditor, chips_box);
  gtk_widget_class_bind_template_child (widget_class, CandorCheckinEditor, preview_label);
  gtk_widget_class_bind_template_child (widget_class, CandorCheckinEditor, text_view);
  gtk_widget_class_bind_template_child (widget_class, CandorCheckinEditor, shared_switch);
  gtk_widget_class_bind_template_child (widget_class, CandorCheckinEditor, error_label);
  gtk_widget_class_bind_template_callback (widget_class, update_preview);
  gtk_widget_class_bind_template_callback (widget_class, mode_toggled_cb);
}

static void
candor_checkin_editor_init (CandorCheckinEditor *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (CandorCheckinKind kind = CANDOR_CHECKIN_KIND_WORRY; kind <= CANDOR_CHECKIN_KIND_OTHER; kind++)
    gtk_string_list_append (kinds, candor_today_kind_label (kind));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  adw_combo_row_set_selected (self->kind_row, CANDOR_CHECKIN_KIND_APPRECIATION);

  update_preview (self);
}

/**
 * candor_checkin_editor_new:
 * @parent: (nullable): the window to sit on
 * @journal: where the check-in goes
 * @author: whose check-in it is
 * @checkin: (nullable): the check-in to edit; %NULL writes today's new one
 *
 * Returns: (transfer none): a new editor; present it. It destroys itself when closed.
 */
CandorCheckinEditor *
candor_checkin_editor_new (GtkWindow     *parent,
                           CandorJournal *journal,
                           CandorPerson  *author,
                           CandorCheckin *checkin)
{
  CandorCheckinEditor *self;
  g_autofree char *title = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CANDOR_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (CANDOR_IS_PERSON (author), NULL);
  g_return_val_if_fail (checkin == NULL || CANDOR_IS_CHECKIN (checkin), NULL);

  self = g_object_new (CANDOR_TYPE_CHECKIN_EDITOR, "transient-for", parent, NULL);
  self->journal = g_object_ref (journal);
  self->author = g_object_ref (author);

  /* Translators: the title of the check-in editor; %s is a person's name */
  title = g_strdup_printf (_("%s’s Check-in"), candor_person_get_name (author));
  adw_window_title_set_title (self->window_title, title);
  gtk_window_set_title (GTK_WINDOW (self), title);

  if (checkin != NULL)
    {
      /* Translators: the day of the check-in being edited, see g_date_time_format() */
      g_autofree char *date = g_date_time_format (candor_checkin_get_date (checkin), _("%A, %-e %B %Y"));
      const char *text = candor_checkin_get_text (checkin);

      self->checkin = g_object_ref (checkin);
      adw_window_title_set_subtitle (self->window_title, date);
      adw_combo_row_set_selected (self->kind_row, candor_checkin_get_kind (checkin));
      gtk_editable_set_text (GTK_EDITABLE (self->when_row),
                             candor_checkin_get_when (checkin) ?: "");
      gtk_editable_set_text (GTK_EDITABLE (self->need_row),
                             candor_checkin_get_need (checkin) ?: "");
      gtk_switch_set_active (self->shared_switch, candor_checkin_get_shared (checkin));
      if (text != NULL && *text != '\0')
        {
          gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), text, -1);
          gtk_toggle_button_set_active (self->free_toggle, TRUE);
        }
      candor_checkin_editor_set_feelings (self, candor_checkin_get_feelings (checkin));
    }
  else
    {
      /* Translators: subtitle of the check-in editor for a new check-in */
      adw_window_title_set_subtitle (self->window_title, _("Today"));
    }

  return self;
}

/**
 * candor_checkin_editor_get_checkin:
 *
 * Returns: (transfer none) (nullable): the check-in edited, or the one saved
 */
CandorCheckin *
candor_checkin_editor_get_checkin (CandorCheckinEditor *self)
{
  g_return_val_if_fail (CANDOR_IS_CHECKIN_EDITOR (self), NULL);

  return self->checkin;
}

/**
 * candor_checkin_editor_get_feelings:
 *
 * Returns: (transfer full): the chosen feeling ids
 */
char **
candor_checkin_editor_get_feelings (CandorCheckinEditor *self)
{
  g_return_val_if_fail (CANDOR_IS_CHECKIN_EDITOR (self), NULL);

  return self->feelings != NULL ? g_strdupv (self->feelings) : g_new0 (char *, 1);
}

void
candor_checkin_editor_set_feelings (CandorCheckinEditor *self,
                                    const char * const  *ids)
{
  g_return_if_fail (CANDOR_IS_CHECKIN_EDITOR (self));

  g_strfreev (self->feelings);
  self->feelings = g_strdupv ((char **)ids);
  /* The journal keeps at most 64 words per check-in; nobody needs more in one day. */
  if (self->feelings != NULL && g_strv_length (self->feelings) > MAX_FEELINGS)
    {
      for (guint i = MAX_FEELINGS; self->feelings[i] != NULL; i++)
        g_free (self->feelings[i]);
      self->feelings[MAX_FEELINGS] = NULL;
    }
  update_preview (self);
}

/**
 * candor_checkin_editor_get_preview:
 *
 * Returns: the sentence as the builder shows it
 */
const char *
candor_checkin_editor_get_preview (CandorCheckinEditor *self)
{
  g_return_val_if_fail (CANDOR_IS_CHECKIN_EDITOR (self), NULL);

  return gtk_label_get_text (self->preview_label);
}
