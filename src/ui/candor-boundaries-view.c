/* candor-boundaries-view.c — one person's boundaries, and those others shared with them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Whoever's space is chosen sees all their own boundaries (private ones
 * marked so) and the boundaries others have shared, never anyone else's
 * private ones: the list goes through candor_privacy_can_see().
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>

#include "candor-boundaries-view.h"
#include "candor-privacy.h"
#include "candor-prompt-pool.h"
#include "candor-window.h"
#include "candor-wrap-box.h"
#include "candor-toast.h"

#define N_EXAMPLES 3

struct _CandorBoundariesView
{
  GtkWidget             parent_instance;

  CandorJournal        *journal;
  char                 *person_id;
  CandorPromptPool     *prompts;
  GRand                *rand;
  GStrv                 example_ids;
  guint                 rebuild_id;

  AdwPreferencesGroup  *own_group;
  GtkListBox           *own_list;
  AdwEntryRow          *new_entry;
  GtkListBox           *examples_list;
  AdwPreferencesGroup  *shared_group;
  GtkListBox           *shared_list;
};

G_DEFINE_FINAL_TYPE (CandorBoundariesView, candor_boundaries_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_JOURNAL,
  PROP_PERSON_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void rebuild (CandorBoundariesView *self);

/* gtk_list_box_remove_all() is GTK 4.12. */
static void
remove_rows (GtkListBox *list)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

static char *
format_day (GDateTime *date)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (date);

  return g_date_time_format (local, "%x");
}

static const char *
person_name (CandorBoundariesView *self,
             const char           *person_id)
{
  CandorPerson *person = NULL;

  if (person_id != NULL)
    person = candor_journal_get_person_by_id (self->journal, person_id);

  /* Translators: stands for a person who is no longer in the journal */
  return person != NULL ? candor_person_get_name (person) : _("Someone");
}

static gboolean
rebuild_idle_cb (gpointer data)
{
  CandorBoundariesView *self = data;

  self->rebuild_id = 0;
  rebuild (self);

  return G_SOURCE_REMOVE;
}

static void
queue_rebuild (CandorBoundariesView *self)
{
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (rebuild_idle_cb, self);
}

static void
journal_changed_cb (CandorBoundariesView *self,
                    CandorEntry          *entry)
{
  if (entry == NULL || CANDOR_IS_BOUNDARY (entry) || CANDOR_IS_PERSON (entry))
    queue_rebuild (self);
}

static CandorBoundary *
button_boundary (GtkWidget *button)
{
  return g_object_get_data (G_OBJECT (button), "boundary");
}

static void
add_toast (CandorBoundariesView *self,
           AdwToast             *toast)
{
  candor_toast_add_toast_near (GTK_WIDGET (self), toast);
}

static void
share_clicked_cb (GtkButton            *button,
                  CandorBoundariesView *self)
{
  CandorBoundary *boundary = button_boundary (GTK_WIDGET (button));
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  if (candor_boundary_is_shared (boundary))
    candor_boundary_set_shared (boundary, NULL);
  else
    candor_boundary_set_shared (boundary, now);
}

static void
acknowledge_clicked_cb (GtkButton            *button,
                        CandorBoundariesView *self)
{
  CandorBoundary *boundary = button_boundary (GTK_WIDGET (button));
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  candor_boundary_acknowledge (boundary, self->person_id, now);
}

static void
undo_delete_cb (AdwToast       *toast,
                CandorBoundary *boundary)
{
  CandorJournal *journal = g_object_get_data (G_OBJECT (toast), "journal");
  const char *id = candor_entry_get_id (CANDOR_ENTRY (boundary));

  if (journal != NULL && candor_journal_find (journal, id) == NULL)
    candor_journal_add_boundary (journal, boundary);
}

static void
delete_clicked_cb (GtkButton            *button,
                   CandorBoundariesView *self)
{
  CandorBoundary *boundary = button_boundary (GTK_WIDGET (button));
  AdwToast *toast;

  g_object_ref (boundary);
  candor_journal_remove_boundary (self->journal, boundary);

  toast = adw_toast_new (_("Boundary deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "journal", g_object_ref (self->journal),
                          g_object_unref);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_delete_cb),
                         boundary, (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  add_toast (self, toast);
}

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  return g_strdup (g_strstrip (text));
}

static void
revise_buffer_changed_cb (GtkTextBuffer    *buffer,
                          AdwMessageDialog *dialog)
{
  g_autofree char *text = buffer_text (buffer);
  gboolean ok = *text != '\0' && g_utf8_strlen (text, -1) <= 2000;

  adw_message_dialog_set_response_enabled (dialog, "revise", ok);
}

static void
revise_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    CandorBoundary   *boundary)
{
  GtkTextBuffer *buffer = g_object_get_data (G_OBJECT (dialog), "buffer");
  g_autofree char *text = NULL;
  g_autoptr(GDateTime) now = NULL;

  if (g_strcmp0 (response, "revise") != 0)
    return;

  text = buffer_text (buffer);
  if (*text == '\0')
    return;

  now = g_date_time_new_now_utc ();
  candor_boundary_revise (boundary, text, now);
}

static void
revise_clicked_cb (GtkButton            *button,
                   CandorBoundariesView *self)
{
  CandorBoundary *boundary = button_boundary (GTK_WIDGET (button));
  GtkWidget *dialog, *scrolled, *view;
  GtkTextBuffer *buffer;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Revise Boundary"),
                                   _("Say it the way it feels true now. The earlier words stay "
                                     "in its history, and the other person is asked to read it "
                                     "again."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "revise", _("_Revise"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "revise",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "revise");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  view = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Boundary"),
                                  -1);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  gtk_text_buffer_set_text (buffer, candor_boundary_get_text (boundary), -1);

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 96);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_widget_add_css_class (scrolled, "card");
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);

  g_object_set_data (G_OBJECT (dialog), "buffer", buffer);
  g_signal_connect_object (buffer, "changed", G_CALLBACK (revise_buffer_changed_cb), dialog, 0);
  g_signal_connect_data (dialog, "response", G_CALLBACK (revise_response_cb),
                         g_object_ref (boundary),
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (view);
}

static GtkWidget *
caption_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");

  return label;
}

static GtkWidget *
text_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);

  return label;
}

static GtkWidget *
row_button (CandorBoundariesView *self,
            CandorBoundary       *boundary,
            const char           *label,
            GCallback             callback)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  g_object_set_data_full (G_OBJECT (button), "boundary", g_object_ref (boundary), g_object_unref);
  g_signal_connect_object (button, "clicked", callback, self, 0);
  gtk_widget_add_css_class (button, "flat");

  return button;
}

static char *
own_status (CandorBoundariesView *self,
            CandorBoundary       *boundary)
{
  g_autofree char *shared = NULL;
  g_autofree char *acknowledged = NULL;

  if (!candor_boundary_is_shared (boundary))
    return g_strdup (_("Private: only you can see it"));

  shared = format_day (candor_boundary_get_shared (boundary));

  if (candor_boundary_get_acknowledged (boundary) == NULL)
    /* Translators: %s is a date */
    return g_strdup_printf (_("Shared on %s, not read yet"), shared);

  acknowledged = format_day (candor_boundary_get_acknowledged (boundary));
  /* Translators: "Shared on 03/04/2025, Sam read it on 03/05/2025" */
  return g_strdup_printf (_("Shared on %s, %s read it on %s"), shared,
                          person_name (self, candor_boundary_get_acknowledged_by (boundary)),
                          acknowledged);
}

static GtkWidget *
history_box (CandorBoundary *boundary)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  guint n = candor_boundary_get_n_revisions (boundary);

  gtk_widget_add_css_class (box, "candor-boundary-history");

  /* Newest first: how it changed, walking back. */
  for (guint i = n; i-- > 0;)
    {
      g_autoptr(GDateTime) date = NULL;
      const char *text = candor_boundary_get_revision (boundary, i, &date);
      g_autofree char *day = format_day (date);
      /* Translators: %s is a date; an earlier wording of a boundary follows */
      g_autofree char *heading = g_strdup_printf (_("Until it was revised, from %s:"), day);
      GtkWidget *item = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

      gtk_box_append (GTK_BOX (item), caption_label (heading));
      gtk_box_append (GTK_BOX (item), text_label (text));
      gtk_box_append (GTK_BOX (box), item);
    }

  return box;
}

static GtkWidget *
own_row (CandorBoundariesView *self,
         CandorBoundary       *boundary)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  /* Wraps at 360 px rather than widening the page. */
  GtkWidget *buttons = candor_wrap_box_new ();
  GtkWidget *button;
  g_autofree char *status = own_status (self, boundary);
  guint n_revisions = candor_boundary_get_n_revisions (boundary);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (box, "candor-boundary-row");
  gtk_box_append (GTK_BOX (box), text_label (candor_boundary_get_text (boundary)));
  gtk_box_append (GTK_BOX (box), caption_label (status));

  gtk_box_append (GTK_BOX (box), buttons);

  button = row_button (self, boundary,
                       candor_boundary_is_shared (boundary) ? _("Make _Private") : _("_Share"),
                       G_CALLBACK (share_clicked_cb));
  gtk_widget_set_tooltip_text (button, candor_boundary_is_shared (boundary)
                                       ? _("Hide it from the others again")
                                       : _("Let the others read it"));
  candor_wrap_box_append (CANDOR_WRAP_BOX (buttons), button);

  button = row_button (self, boundary, _("_Revise…"), G_CALLBACK (revise_clicked_cb));
  candor_wrap_box_append (CANDOR_WRAP_BOX (buttons), button);

  if (n_revisions > 0)
    {
      GtkWidget *revealer = gtk_revealer_new ();
      g_autofree char *label = NULL;

      /* Translators: a toggle that shows how a boundary was worded before */
      label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "_History (%u)", "_History (%u)",
                                            n_revisions), n_revisions);
      button = gtk_toggle_button_new_with_mnemonic (label);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, _("How it changed"));
      g_object_bind_property (button, "active", revealer, "reveal-child", G_BINDING_SYNC_CREATE);
      candor_wrap_box_append (CANDOR_WRAP_BOX (buttons), button);

      gtk_revealer_set_child (GTK_REVEALER (revealer), history_box (boundary));
      gtk_box_append (GTK_BOX (box), revealer);
    }

  button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_object_set_data_full (G_OBJECT (button), "boundary", g_object_ref (boundary), g_object_unref);
  g_signal_connect_object (button, "clicked", G_CALLBACK (delete_clicked_cb), self, 0);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Delete"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Delete boundary"),
                                  -1);
  candor_wrap_box_append (CANDOR_WRAP_BOX (buttons), button);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, candor_boundary_get_text (boundary),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, status,
                                  -1);
  g_object_set_data_full (G_OBJECT (row), "boundary", g_object_ref (boundary), g_object_unref);

  return row;
}

static GtkWidget *
shared_row (CandorBoundariesView *self,
            CandorBoundary       *boundary)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  g_autofree char *shared = format_day (candor_boundary_get_shared (boundary));
  /* Translators: "From Sam, shared on 03/04/2025" */
  g_autofree char *from = g_strdup_printf (_("From %s, shared on %s"),
                                           person_name (self, candor_boundary_get_person_id (boundary)),
                                           shared);
  GDateTime *acknowledged = candor_boundary_get_acknowledged (boundary);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (box, "candor-boundary-row");
  gtk_box_append (GTK_BOX (box), text_label (candor_boundary_get_text (boundary)));
  gtk_box_append (GTK_BOX (box), caption_label (from));

  if (acknowledged != NULL &&
      g_strcmp0 (candor_boundary_get_acknowledged_by (boundary), self->person_id) == 0)
    {
      g_autofree char *day = format_day (acknowledged);
      /* Translators: %s is a date */
      g_autofree char *text = g_strdup_printf (_("You read this on %s"), day);
      GtkWidget *label = caption_label (text);

      gtk_widget_add_css_class (label, "candor-boundary-read");
      gtk_box_append (GTK_BOX (box), label);
    }
  else
    {
      GtkWidget *button = row_button (self, boundary, _("I’ve _Read It"),
                                      G_CALLBACK (acknowledge_clicked_cb));

      gtk_widget_set_halign (button, GTK_ALIGN_END);
      gtk_widget_set_tooltip_text (button, _("Let them know you read it; the date is kept"));
      gtk_widget_remove_css_class (button, "flat");
      gtk_widget_add_css_class (button, "pill");
      gtk_box_append (GTK_BOX (box), button);
    }

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, candor_boundary_get_text (boundary),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, from,
                                  -1);
  g_object_set_data_full (G_OBJECT (row), "boundary", g_object_ref (boundary), g_object_unref);

  return row;
}

static GtkWidget *
placeholder (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "candor-boundary-placeholder");

  return label;
}

static void
rebuild (CandorBoundariesView *self)
{
  g_autoptr(GListModel) visible = NULL;
  g_autofree char *shared_empty = NULL;
  guint n;

  remove_rows (self->own_list);
  remove_rows (self->shared_list);

  gtk_widget_set_sensitive (GTK_WIDGET (self), self->journal != NULL && self->person_id != NULL);
  if (self->journal == NULL || self->person_id == NULL)
    return;

  visible = candor_privacy_list_visible (candor_journal_get_boundaries (self->journal),
                                         self->person_id);
  n = g_list_model_get_n_items (visible);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CandorBoundary) boundary = g_list_model_get_item (visible, i);

      if (candor_privacy_is_author (CANDOR_ENTRY (boundary), self->person_id))
        gtk_list_box_append (self->own_list, own_row (self, boundary));
      else
        gtk_list_box_append (self->shared_list, shared_row (self, boundary));
    }

  gtk_list_box_set_placeholder (self->own_list,
                                placeholder (_("No boundaries yet. Write one below, or start "
                                               "from an example.")));
  shared_empty = g_strdup (_("When someone shares a boundary with you, it shows here for you "
                             "to read."));
  gtk_list_box_set_placeholder (self->shared_list, placeholder (shared_empty));
}

static void
fill_examples (CandorBoundariesView *self)
{
  g_autoptr(GPtrArray) picked = NULL;
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  remove_rows (self->examples_list);

  picked = candor_prompt_pool_pick (self->prompts, CANDOR_PROMPT_KIND_BOUNDARY_EXAMPLE, N_EXAMPLES,
                                    self->rand, (const char * const *) self->example_ids);
  for (guint i = 0; i < picked->len; i++)
    {
      CandorPrompt *prompt = g_ptr_array_index (picked, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name ("edit-paste-symbolic");

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), candor_prompt_get_text (prompt));
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_widget_set_tooltip_text (row, _("Use this example"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Use this example"),
                                      -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
      g_object_set_data_full (G_OBJECT (row), "text",
                              g_strdup (candor_prompt_get_text (prompt)), g_free);
      gtk_list_box_append (self->examples_list, row);
      g_strv_builder_add (ids, candor_prompt_get_id (prompt));
    }

  g_clear_pointer (&self->example_ids, g_strfreev);
  self->example_ids = g_strv_builder_end (ids);
}

static void
other_examples_cb (CandorBoundariesView *self)
{
  fill_examples (self);
}

static void
example_activated_cb (CandorBoundariesView *self,
                      GtkListBoxRow        *row)
{
  const char *text = g_object_get_data (G_OBJECT (row), "text");

  gtk_editable_set_text (GTK_EDITABLE (self->new_entry), text);
  gtk_widget_grab_focus (GTK_WIDGET (self->new_entry));
  gtk_editable_set_position (GTK_EDITABLE (self->new_entry), -1);
}

static void
new_entry_apply_cb (CandorBoundariesView *self)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->new_entry)));
  g_autoptr(CandorBoundary) boundary = NULL;
  g_autoptr(GDateTime) now = NULL;

  g_strstrip (text);
  if (*text == '\0' || self->journal == NULL || self->person_id == NULL)
    return;

  if (g_utf8_strlen (text, -1) > 2000)
    {
      add_toast (self, adw_toast_new (_("That is longer than a boundary can be (2000 characters). "
                                        "Could you say it more briefly?")));
      return;
    }

  now = g_date_time_new_now_utc ();
  boundary = candor_boundary_new (self->person_id, text, now);
  candor_journal_add_boundary (self->journal, boundary);
  gtk_editable_set_text (GTK_EDITABLE (self->new_entry), "");
  rebuild (self);
}

static void
candor_boundaries_view_dispose (GObject *object)
{
  CandorBoundariesView *self = CANDOR_BOUNDARIES_VIEW (object);
  GtkWidget *child;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), CANDOR_TYPE_BOUNDARIES_VIEW);
  /* The template's unnamed top box is not a bound child: unparent it too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->journal);

  G_OBJECT_CLASS (candor_boundaries_view_parent_class)->dispose (object);
}

static void
candor_boundaries_view_finalize (GObject *object)
{
  CandorBoundariesView *self = CANDOR_BOUNDARIES_VIEW (object);

  g_clear_pointer (&self->person_id, g_free);
  g_clear_pointer (&self->example_ids, g_strfreev);
  g_clear_pointer (&self->rand, g_rand_free);
  g_clear_object (&self->prompts);

  G_OBJECT_CLASS (candor_boundaries_view_parent_class)->finalize (object);
}

static void
candor_boundaries_view_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  CandorBoundariesView *self = CANDOR_BOUNDARIES_VIEW (object);

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
candor_boundaries_view_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  CandorBoundariesView *self = CANDOR_BOUNDARIES_VIEW (object);

  switch (prop_id)
    {
    case PROP_JOURNAL:
      candor_boundaries_view_set_journal (self, g_value_get_object (value));
      break;

    case PROP_PERSON_ID:
      candor_boundaries_view_set_person_id (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_boundaries_view_class_init (CandorBoundariesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = candor_boundaries_view_dispose;
  object_class->finalize = candor_boundaries_view_finalize;
  object_class->get_property = candor_boundaries_view_get_property;
  object_class->set_property = candor_boundaries_view_set_property;

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
                                               "/io/github/candorapp/Candor/ui/candor-boundaries-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CandorBoundariesView, own_group);
  gtk_widget_class_bind_template_child (widget_class, CandorBoundariesView, own_list);
  gtk_widget_class_bind_template_child (widget_class, CandorBoundariesView, new_entry);
  gtk_widget_class_bind_template_child (widget_class, CandorBoundariesView, examples_list);
  gtk_widget_class_bind_template_child (widget_class, CandorBoundariesView, shared_group);
  gtk_widget_class_bind_template_child (widget_class, CandorBoundariesView, shared_list);
  gtk_widget_class_bind_template_callback (widget_class, new_entry_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, other_examples_cb);
  gtk_widget_class_bind_template_callback (widget_class, example_activated_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
candor_boundaries_view_init (CandorBoundariesView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->prompts = candor_prompt_pool_new ();
  self->rand = g_rand_new ();
  fill_examples (self);
  rebuild (self);
}

CandorJournal *
candor_boundaries_view_get_journal (CandorBoundariesView *self)
{
  g_return_val_if_fail (CANDOR_IS_BOUNDARIES_VIEW (self), NULL);

  return self->journal;
}

void
candor_boundaries_view_set_journal (CandorBoundariesView *self,
                                    CandorJournal        *journal)
{
  g_return_if_fail (CANDOR_IS_BOUNDARIES_VIEW (self));
  g_return_if_fail (journal == NULL || CANDOR_IS_JOURNAL (journal));

  if (self->journal == journal)
    return;

  if (self->journal != NULL)
    g_signal_handlers_disconnect_by_data (self->journal, self);

  g_set_object (&self->journal, journal);

  if (journal != NULL)
    g_signal_connect_object (journal, "changed", G_CALLBACK (journal_changed_cb), self,
                             G_CONNECT_SWAPPED);

  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOURNAL]);
}

const char *
candor_boundaries_view_get_person_id (CandorBoundariesView *self)
{
  g_return_val_if_fail (CANDOR_IS_BOUNDARIES_VIEW (self), NULL);

  return self->person_id;
}

void
candor_boundaries_view_set_person_id (CandorBoundariesView *self,
                                      const char           *person_id)
{
  g_return_if_fail (CANDOR_IS_BOUNDARIES_VIEW (self));

  if (g_strcmp0 (self->person_id, person_id) == 0)
    return;

  g_free (self->person_id);
  self->person_id = g_strdup (person_id);

  gtk_editable_set_text (GTK_EDITABLE (self->new_entry), "");
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
}
