/* candor-feeling-browser.c — search and browse the feeling words, and choose some
 *
 * The one place where feeling words are chosen: the picker dialog wraps it, and the
 * Feelings page shows it on its own.
 *
 * Keyboard first: grabbing the browser's focus puts it in the search entry, the words
 * follow the typing, Enter chooses the best match and clears the search for the next word,
 * and Down moves into the words. The words are toggle chips, grouped by family (recent and
 * often-used words first), or dots on the mood meter; Enter or Space toggles the focused
 * one. The chip area is one stop in the Tab order; the arrow keys move between chips.
 * Whatever word has the focus or the pointer has its definition shown under the list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "candor-feeling-browser.h"
#include "candor-mood-meter.h"
#include "candor-ui.h"
#include "candor-vocabulary.h"
#include "candor-wrap-box.h"

#define ALL_FAMILIES (-1)
#define N_RECENT 8
#define N_FREQUENT 8

struct _CandorFeelingBrowser
{
  GtkWidget         parent_instance;

  GtkSearchEntry   *search_entry;
  GtkRevealer      *chosen_revealer;
  CandorWrapBox    *chosen_box;
  CandorWrapBox    *family_box;
  GtkStack         *view_stack;
  GtkBox           *words_box;
  CandorMoodMeter  *mood_meter;
  GtkInscription   *definition_label;

  CandorVocabulary *vocabulary;
  /* Chosen ids, in the order they were chosen. */
  GPtrArray        *selected;
  char            **usage;
  int               family_filter;
  GtkToggleButton  *family_buttons[CANDOR_N_FEELING_FAMILIES + 1];
  /* The chips on the Words page, in reading order; they belong to words_box. */
  GPtrArray        *chips;
  /* The chip in the Tab order (roving focus): the others are reached with the arrows. */
  GtkWidget        *current_chip;
  /* The best search match, chosen by Enter in the search entry. */
  CandorFeeling    *top_match;
  CandorFeeling    *focused;
  CandorFeeling    *hovered;
  GListStore       *meter_feelings;
  /* The window whose focus we follow, to show the focused word's meaning. */
  GtkRoot          *root;
  gboolean          syncing;
};

G_DEFINE_FINAL_TYPE (CandorFeelingBrowser, candor_feeling_browser, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  STOP_SEARCH,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static CandorFeeling *
chip_feeling (GtkWidget *chip)
{
  return g_object_get_data (G_OBJECT (chip), "candor-feeling");
}

/* The family's colour (style.css), as on the wheel and the mood meter. */
static void
add_family_class (GtkWidget *widget,
                  int        family)
{
  g_autofree char *family_class = g_strconcat ("family-",
                                               candor_feeling_family_to_string (family),
                                               NULL);

  gtk_widget_add_css_class (widget, family_class);
}

static GtkWidget *
family_dot_new (int family)
{
  GtkWidget *dot = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_widget_add_css_class (dot, "family-dot");
  add_family_class (dot, family);
  gtk_widget_set_valign (dot, GTK_ALIGN_CENTER);

  return dot;
}

static gboolean
is_selected (CandorFeelingBrowser *self,
             const char           *id)
{
  for (guint i = 0; i < self->selected->len; i++)
    {
      if (g_strcmp0 (g_ptr_array_index (self->selected, i), id) == 0)
        return TRUE;
    }

  return FALSE;
}

static char **
selected_strv (CandorFeelingBrowser *self)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  char **ids;

  for (guint i = 0; i < self->selected->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (self->selected, i));
  ids = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);

  return ids;
}

static void
update_definition (CandorFeelingBrowser *self)
{
  CandorFeeling *feeling = self->hovered;
  g_autofree char *markup = NULL;

  if (feeling == NULL)
    feeling = self->focused;
  if (feeling == NULL)
    feeling = self->top_match;

  if (feeling != NULL)
    {
      g_autofree char *word = g_markup_printf_escaped ("<b>%s</b>",
                                                       candor_feeling_get_label (feeling));
      g_autofree char *meaning = g_markup_escape_text (candor_feeling_get_definition (feeling), -1);

      /* Translators: a feeling word (in bold) and what it means, e.g. "grateful — You’re
       * thankful for something good, and you want to say so." */
      markup = g_strdup_printf (C_("feeling word and its meaning", "%s — %s"), word, meaning);
      gtk_inscription_set_markup (self->definition_label, markup);
    }
  else
    {
      /* Markup too, so no bold is left over from a word. */
      markup = g_markup_escape_text (_("Move to a word, or point at it, to see what it means."), -1);
      gtk_inscription_set_markup (self->definition_label, markup);
    }
}

static void
set_focused (CandorFeelingBrowser *self,
             CandorFeeling        *feeling)
{
  if (g_set_object (&self->focused, feeling))
    update_definition (self);
}

static void
set_hovered (CandorFeelingBrowser *self,
             CandorFeeling        *feeling)
{
  if (g_set_object (&self->hovered, feeling))
    update_definition (self);
}

static void sync_selection (CandorFeelingBrowser *self);

static void
toggle_feeling (CandorFeelingBrowser *self,
                CandorFeeling        *feeling)
{
  const char *id = candor_feeling_get_id (feeling);
  gboolean removed = FALSE;

  for (guint i = 0; i < self->selected->len; i++)
    {
      if (g_strcmp0 (g_ptr_array_index (self->selected, i), id) == 0)
        {
          g_ptr_array_remove_index (self->selected, i);
          removed = TRUE;
          break;
        }
    }

  if (!removed)
    g_ptr_array_add (self->selected, g_strdup (id));

  sync_selection (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

static void
remove_chosen_clicked_cb (GtkButton            *button,
                          CandorFeelingBrowser *self)
{
  CandorFeeling *feeling = chip_feeling (GTK_WIDGET (button));

  /* The button is about to go away: keep the keyboard in the browser. */
  if (gtk_widget_has_focus (GTK_WIDGET (button)))
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));

  toggle_feeling (self, feeling);
}

static GtkWidget *
create_chosen_chip (CandorFeelingBrowser *self,
                    CandorFeeling        *feeling)
{
  g_autofree char *remove = NULL;
  GtkWidget *button;
  GtkWidget *box;

  /* Translators: the tooltip and accessible name of a chosen feeling's chip, which
   * removes it from the choice. */
  remove = g_strdup_printf (_("Remove “%s”"), candor_feeling_get_label (feeling));

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  gtk_box_append (GTK_BOX (box), gtk_label_new (candor_feeling_get_label (feeling)));
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("window-close-symbolic"));

  button = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "feeling-chip");
  gtk_widget_add_css_class (button, "chosen");
  add_family_class (button, candor_feeling_get_family (feeling));
  candor_ui_set_tooltip (button, remove);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove,
                                  -1);
  g_object_set_data_full (G_OBJECT (button), "candor-feeling",
                          g_object_ref (feeling), g_object_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (remove_chosen_clicked_cb), self);

  return button;
}

/* Shows the choice on the chips, the chosen list and the mood meter. */
static void
sync_selection (CandorFeelingBrowser *self)
{
  g_auto(GStrv) ids = selected_strv (self);

  self->syncing = TRUE;
  for (guint i = 0; i < self->chips->len; i++)
    {
      GtkWidget *chip = g_ptr_array_index (self->chips, i);

      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (chip),
                                    is_selected (self, candor_feeling_get_id (chip_feeling (chip))));
    }
  self->syncing = FALSE;

  candor_wrap_box_remove_all (self->chosen_box);
  for (guint i = 0; i < self->selected->len; i++)
    {
      CandorFeeling *feeling = candor_vocabulary_lookup (self->vocabulary,
                                                         g_ptr_array_index (self->selected, i));

      if (feeling != NULL)
        candor_wrap_box_append (self->chosen_box, create_chosen_chip (self, feeling));
    }
  gtk_revealer_set_reveal_child (self->chosen_revealer, self->selected->len > 0);

  candor_mood_meter_set_selected (self->mood_meter, (const char * const *)ids);
}

static void
set_current_chip (CandorFeelingBrowser *self,
                  GtkWidget            *chip)
{
  if (self->current_chip == chip)
    return;

  if (self->current_chip != NULL)
    gtk_widget_set_focusable (self->current_chip, FALSE);
  self->current_chip = chip;
  if (chip != NULL)
    gtk_widget_set_focusable (chip, TRUE);
}

static void
focus_chip (CandorFeelingBrowser *self,
            GtkWidget            *chip)
{
  set_current_chip (self, chip);
  gtk_widget_grab_focus (chip);
}

static void
chip_toggled_cb (GtkToggleButton      *chip,
                 CandorFeelingBrowser *self)
{
  CandorFeeling *feeling = chip_feeling (GTK_WIDGET (chip));

  if (self->syncing)
    return;

  /* A click makes the chip the keyboard's place too. */
  set_current_chip (self, GTK_WIDGET (chip));
  if (gtk_toggle_button_get_active (chip) != is_selected (self, candor_feeling_get_id (feeling)))
    toggle_feeling (self, feeling);
}

static void
chip_enter_cb (GtkEventControllerMotion *controller,
               double                    x,
               double                    y,
               CandorFeelingBrowser     *self)
{
  set_hovered (self, chip_feeling (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller))));
}

static void
chip_leave_cb (GtkEventControllerMotion *controller,
               CandorFeelingBrowser     *self)
{
  GtkWidget *chip = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  if (self->hovered == chip_feeling (chip))
    set_hovered (self, NULL);
}

static GtkWidget *
create_chip (CandorFeelingBrowser *self,
             CandorFeeling        *feeling)
{
  GtkWidget *chip = gtk_toggle_button_new_with_label (candor_feeling_get_label (feeling));
  GtkEventController *motion = gtk_event_controller_motion_new ();

  gtk_widget_add_css_class (chip, "feeling-chip");
  add_family_class (chip, candor_feeling_get_family (feeling));
  gtk_widget_set_focusable (chip, FALSE);
  candor_ui_set_tooltip (chip, candor_feeling_get_definition (feeling));
  gtk_accessible_update_property (GTK_ACCESSIBLE (chip),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  candor_feeling_get_definition (feeling),
                                  -1);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (chip),
                                is_selected (self, candor_feeling_get_id (feeling)));
  g_object_set_data_full (G_OBJECT (chip), "candor-feeling",
                          g_object_ref (feeling), g_object_unref);

  g_signal_connect (chip, "toggled", G_CALLBACK (chip_toggled_cb), self);
  g_signal_connect (motion, "enter", G_CALLBACK (chip_enter_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (chip_leave_cb), self);
  gtk_widget_add_controller (chip, motion);

  return chip;
}

static void
add_section (CandorFeelingBrowser *self,
             const char           *title,
             int                   family,
             GListModel           *feelings)
{
  GtkWidget *section;
  GtkWidget *header;
  GtkWidget *label;
  GtkWidget *chips;
  guint n = g_list_model_get_n_items (feelings);

  if (n == 0)
    return;

  section = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);

  if (family != ALL_FAMILIES)
    gtk_box_append (GTK_BOX (header), family_dot_new (family));

  label = gtk_label_new (title);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (header), label);
  gtk_box_append (GTK_BOX (section), header);

  chips = candor_wrap_box_new ();
  gtk_accessible_update_property (GTK_ACCESSIBLE (chips),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CandorFeeling) feeling = g_list_model_get_item (feelings, i);
      GtkWidget *chip = create_chip (self, feeling);

      candor_wrap_box_append (CANDOR_WRAP_BOX (chips), chip);
      g_ptr_array_add (self->chips, chip);
    }
  gtk_box_append (GTK_BOX (section), chips);

  gtk_box_append (self->words_box, section);
}

static GListModel *
filter_by_family (GListModel *feelings,
                  int         family)
{
  GListStore *store = g_list_store_new (CANDOR_TYPE_FEELING);

  for (guint i = 0; i < g_list_model_get_n_items (feelings); i++)
    {
      g_autoptr(CandorFeeling) feeling = g_list_model_get_item (feelings, i);

      if (family == ALL_FAMILIES || (int)candor_feeling_get_family (feeling) == family)
        g_list_store_append (store, feeling);
    }

  return G_LIST_MODEL (store);
}

static GListModel *
without (GListModel *feelings,
         GListModel *seen)
{
  GListStore *store = g_list_store_new (CANDOR_TYPE_FEELING);

  for (guint i = 0; i < g_list_model_get_n_items (feelings); i++)
    {
      g_autoptr(CandorFeeling) feeling = g_list_model_get_item (feelings, i);
      guint position;

      if (!g_list_store_find (G_LIST_STORE (seen), feeling, &position))
        g_list_store_append (store, feeling);
    }

  return G_LIST_MODEL (store);
}

static void
add_empty_state (CandorFeelingBrowser *self,
                 const char           *query)
{
  GtkWidget *status = adw_status_page_new ();
  g_autofree char *description = NULL;

  /* Translators: shown when a search finds no feeling word; %s is what was typed. */
  description = g_strdup_printf (_("No word or meaning has “%s”. Try a shorter word, or look "
                                   "through the families."), query);
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "edit-find-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("No Matching Words"));
  adw_status_page_set_description (ADW_STATUS_PAGE (status), description);
  gtk_widget_add_css_class (status, "compact");
  gtk_box_append (self->words_box, status);
}

static void
rebuild_words (CandorFeelingBrowser *self)
{
  g_autofree char *query = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));
  g_autoptr(GListModel) shown = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->words_box))) != NULL)
    gtk_box_remove (self->words_box, child);
  g_ptr_array_set_size (self->chips, 0);
  self->current_chip = NULL;
  g_clear_object (&self->top_match);
  g_clear_object (&self->hovered);
  g_clear_object (&self->focused);

  if (*query != '\0')
    {
      g_autoptr(GListModel) results = candor_vocabulary_search (self->vocabulary, query);

      shown = filter_by_family (results, self->family_filter);
      if (g_list_model_get_n_items (shown) > 0)
        {
          self->top_match = g_list_model_get_item (shown, 0);
          /* Translators: a heading over the feeling words that match a search. */
          add_section (self, _("Best Matches"), ALL_FAMILIES, shown);
        }
      else
        {
          add_empty_state (self, query);
        }
    }
  else if (self->family_filter == ALL_FAMILIES)
    {
      g_autoptr(GListModel) recent = NULL;
      g_autoptr(GListModel) frequent = NULL;
      g_autoptr(GListModel) often = NULL;

      recent = candor_vocabulary_get_recent (self->vocabulary,
                                             (const char * const *)self->usage, N_RECENT);
      frequent = candor_vocabulary_get_frequent (self->vocabulary,
                                                 (const char * const *)self->usage,
                                                 2, N_FREQUENT + N_RECENT);
      often = without (frequent, recent);

      /* Translators: a heading over the feeling words used most lately. */
      add_section (self, _("Recent"), ALL_FAMILIES, recent);
      /* Translators: a heading over the feeling words used most often. */
      add_section (self, _("Used Often"), ALL_FAMILIES, often);
      for (int f = 0; f < CANDOR_N_FEELING_FAMILIES; f++)
        add_section (self, candor_feeling_family_get_label (f), f,
                     candor_vocabulary_get_family (self->vocabulary, f));

      shown = g_object_ref (candor_vocabulary_get_all (self->vocabulary));
    }
  else
    {
      shown = g_object_ref (candor_vocabulary_get_family (self->vocabulary, self->family_filter));
      add_section (self, candor_feeling_family_get_label (self->family_filter),
                   self->family_filter, shown);
    }

  if (self->chips->len > 0)
    set_current_chip (self, g_ptr_array_index (self->chips, 0));

  {
    g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

    for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
      g_ptr_array_add (items, g_list_model_get_item (shown, i));
    g_list_store_splice (self->meter_feelings, 0,
                         g_list_model_get_n_items (G_LIST_MODEL (self->meter_feelings)),
                         items->pdata, items->len);
  }

  update_definition (self);
}

static void
family_toggled_cb (GtkToggleButton      *button,
                   CandorFeelingBrowser *self)
{
  int family = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "candor-family"));

  if (!gtk_toggle_button_get_active (button) || self->family_filter == family)
    return;

  self->family_filter = family;
  rebuild_words (self);
}

static void
search_changed_cb (CandorFeelingBrowser *self)
{
  rebuild_words (self);
}

static void
search_activate_cb (CandorFeelingBrowser *self)
{
  g_autoptr(CandorFeeling) feeling = NULL;

  if (self->top_match == NULL)
    return;

  /* Choose the best match and make room for the next word. */
  feeling = g_object_ref (self->top_match);
  if (!is_selected (self, candor_feeling_get_id (feeling)))
    toggle_feeling (self, feeling);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  rebuild_words (self);
}

static void
stop_search_cb (CandorFeelingBrowser *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (text != NULL && *text != '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  else
    g_signal_emit (self, signals[STOP_SEARCH], 0);
}

static void
view_changed_cb (CandorFeelingBrowser *self)
{
  set_hovered (self, NULL);
  set_focused (self, NULL);
}

static void
meter_activated_cb (CandorFeelingBrowser *self,
                    CandorFeeling        *feeling)
{
  toggle_feeling (self, feeling);
}

static void
meter_focus_changed_cb (CandorFeelingBrowser *self)
{
  if (gtk_widget_has_focus (GTK_WIDGET (self->mood_meter)))
    set_focused (self, candor_mood_meter_get_focused_feeling (self->mood_meter));
}

static void
meter_hover_changed_cb (CandorFeelingBrowser *self)
{
  set_hovered (self, candor_mood_meter_get_hovered_feeling (self->mood_meter));
}

static void
focus_widget_changed_cb (CandorFeelingBrowser *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus != NULL && g_ptr_array_find (self->chips, focus, NULL))
    {
      set_current_chip (self, focus);
      set_focused (self, chip_feeling (focus));
    }
  else if (focus == GTK_WIDGET (self->mood_meter))
    {
      set_focused (self, candor_mood_meter_get_focused_feeling (self->mood_meter));
    }
  else
    {
      set_focused (self, NULL);
    }
}

static GtkWidget *
nearest_chip (CandorFeelingBrowser *self,
              GtkWidget            *from,
              int                   direction)
{
  GtkWidget *best = NULL;
  double best_cost = G_MAXDOUBLE;
  graphene_rect_t here;

  if (!gtk_widget_compute_bounds (from, GTK_WIDGET (self->words_box), &here))
    return NULL;

  for (guint i = 0; i < self->chips->len; i++)
    {
      GtkWidget *chip = g_ptr_array_index (self->chips, i);
      graphene_rect_t there;
      double dy, dx;

      if (chip == from || !gtk_widget_compute_bounds (chip, GTK_WIDGET (self->words_box), &there))
        continue;

      dy = direction * (there.origin.y - here.origin.y);
      if (dy < here.size.height / 2)
        continue;

      /* The next line first, then the chip most nearly above or below. */
      dx = ABS ((there.origin.x + there.size.width / 2) - (here.origin.x + here.size.width / 2));
      if (dy * 1000 + dx < best_cost)
        {
          best = chip;
          best_cost = dy * 1000 + dx;
        }
    }

  return best;
}

static gboolean
words_key_pressed_cb (CandorFeelingBrowser  *self,
                      guint                  keyval,
                      guint                  keycode,
                      GdkModifierType        state,
                      GtkEventControllerKey *controller)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  GtkWidget *target = NULL;
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  guint index;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0 ||
      focus == NULL || !g_ptr_array_find (self->chips, focus, &index))
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      {
        gboolean forward = (keyval == GDK_KEY_Right || keyval == GDK_KEY_KP_Right) != rtl;

        if (forward && index + 1 < self->chips->len)
          target = g_ptr_array_index (self->chips, index + 1);
        else if (!forward && index > 0)
          target = g_ptr_array_index (self->chips, index - 1);
      }
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      target = nearest_chip (self, focus, -1);
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      target = nearest_chip (self, focus, 1);
      break;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      target = g_ptr_array_index (self->chips, 0);
      break;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      target = g_ptr_array_index (self->chips, self->chips->len - 1);
      break;
    default:
      return GDK_EVENT_PROPAGATE;
    }

  /* At an edge the key is used up, rather than jumping to some other widget. */
  if (target != NULL)
    focus_chip (self, target);

  return GDK_EVENT_STOP;
}

static gboolean
search_key_pressed_cb (CandorFeelingBrowser  *self,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       GtkEventControllerKey *controller)
{
  const char *view = gtk_stack_get_visible_child_name (self->view_stack);

  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down) ||
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  if (g_strcmp0 (view, "meter") == 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->mood_meter));
  else if (self->current_chip != NULL)
    gtk_widget_grab_focus (self->current_chip);
  else
    return GDK_EVENT_PROPAGATE;

  return GDK_EVENT_STOP;
}

static void
create_family_buttons (CandorFeelingBrowser *self)
{
  GtkToggleButton *group = NULL;

  for (int f = ALL_FAMILIES; f < CANDOR_N_FEELING_FAMILIES; f++)
    {
      /* Translators: the filter that shows the words of every family. */
      const char *label = f == ALL_FAMILIES ? C_("feeling family", "All")
                                            : candor_feeling_family_get_label (f);
      GtkWidget *button = gtk_toggle_button_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

      gtk_widget_add_css_class (button, "family-filter");
      gtk_button_set_child (GTK_BUTTON (button), box);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
      if (f != ALL_FAMILIES)
        {
          gtk_box_append (GTK_BOX (box), family_dot_new (f));
          add_family_class (button, f);
          candor_ui_set_tooltip (button, _("Show only this family"));
        }
      else
        {
          candor_ui_set_tooltip (button, _("Show every family"));
        }

      gtk_box_append (GTK_BOX (box), gtk_label_new (label));

      if (group != NULL)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), group);
      else
        group = GTK_TOGGLE_BUTTON (button);

      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), f == ALL_FAMILIES);
      g_object_set_data (G_OBJECT (button), "candor-family", GINT_TO_POINTER (f));
      g_signal_connect (button, "toggled", G_CALLBACK (family_toggled_cb), self);
      candor_wrap_box_append (self->family_box, button);
      self->family_buttons[f + 1] = GTK_TOGGLE_BUTTON (button);
    }
}

static void
candor_feeling_browser_root (GtkWidget *widget)
{
  CandorFeelingBrowser *self = CANDOR_FEELING_BROWSER (widget);

  GTK_WIDGET_CLASS (candor_feeling_browser_parent_class)->root (widget);

  self->root = gtk_widget_get_root (widget);
  g_signal_connect_object (self->root, "notify::focus-widget",
                           G_CALLBACK (focus_widget_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
candor_feeling_browser_unroot (GtkWidget *widget)
{
  CandorFeelingBrowser *self = CANDOR_FEELING_BROWSER (widget);

  if (self->root != NULL)
    g_signal_handlers_disconnect_by_func (self->root, focus_widget_changed_cb, self);
  self->root = NULL;

  GTK_WIDGET_CLASS (candor_feeling_browser_parent_class)->unroot (widget);
}

static gboolean
candor_feeling_browser_grab_focus (GtkWidget *widget)
{
  CandorFeelingBrowser *self = CANDOR_FEELING_BROWSER (widget);

  /* Keyboard first: typing searches. */
  return gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
candor_feeling_browser_dispose (GObject *object)
{
  CandorFeelingBrowser *self = (CandorFeelingBrowser *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), CANDOR_TYPE_FEELING_BROWSER);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->top_match);
  g_clear_object (&self->focused);
  g_clear_object (&self->hovered);
  g_clear_object (&self->meter_feelings);
  self->current_chip = NULL;
  if (self->chips != NULL)
    g_ptr_array_set_size (self->chips, 0);

  G_OBJECT_CLASS (candor_feeling_browser_parent_class)->dispose (object);
}

static void
candor_feeling_browser_finalize (GObject *object)
{
  CandorFeelingBrowser *self = (CandorFeelingBrowser *)object;

  g_clear_pointer (&self->selected, g_ptr_array_unref);
  g_clear_pointer (&self->chips, g_ptr_array_unref);
  g_clear_pointer (&self->usage, g_strfreev);

  G_OBJECT_CLASS (candor_feeling_browser_parent_class)->finalize (object);
}

static void
candor_feeling_browser_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  CandorFeelingBrowser *self = CANDOR_FEELING_BROWSER (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      g_value_take_boxed (value, selected_strv (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_feeling_browser_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  CandorFeelingBrowser *self = CANDOR_FEELING_BROWSER (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      candor_feeling_browser_set_selected (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_feeling_browser_class_init (CandorFeelingBrowserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = candor_feeling_browser_dispose;
  object_class->finalize = candor_feeling_browser_finalize;
  object_class->get_property = candor_feeling_browser_get_property;
  object_class->set_property = candor_feeling_browser_set_property;

  widget_class->root = candor_feeling_browser_root;
  widget_class->unroot = candor_feeling_browser_unroot;
  widget_class->grab_focus = candor_feeling_browser_grab_focus;

  /**
   * CandorFeelingBrowser:selected: (type GStrv)
   *
   * The ids of the chosen feelings, in the order they were chosen. It is notified on
   * every change, whether by the person or by candor_feeling_browser_set_selected().
   */
  properties[PROP_SELECTED] =
    g_param_spec_boxed ("selected", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CandorFeelingBrowser::stop-search:
   * @self: the browser
   *
   * Escape was pressed in the search entry while it was already empty (the first Escape
   * clears the search). A dialog closes on it.
   */
  signals[STOP_SEARCH] =
    g_signal_new ("stop-search",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  g_type_ensure (CANDOR_TYPE_MOOD_METER);
  g_type_ensure (CANDOR_TYPE_WRAP_BOX);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/candorapp/Candor/ui/candor-feeling-browser.ui");
  gtk_widget_class_bind_template_child (widget_class, CandorFeelingBrowser, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CandorFeelingBrowser, chosen_revealer);
  gtk_widget_class_bind_template_child (widget_class, CandorFeelingBrowser, chosen_box);
  gtk_widget_class_bind_template_child (widget_class, CandorFeelingBrowser, family_box);
  gtk_widget_class_bind_template_child (widget_class, CandorFeelingBrowser, view_stack);
  gtk_widget_class_bind_template_child (widget_class, CandorFeelingBrowser, words_box);
  gtk_widget_class_bind_template_child (widget_class, CandorFeelingBrowser, mood_meter);
  gtk_widget_class_bind_template_child (widget_class, CandorFeelingBrowser, definition_label);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, view_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, meter_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, meter_focus_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, meter_hover_changed_cb);
}

static void
candor_feeling_browser_init (CandorFeelingBrowser *self)
{
  GtkEventController *controller;

  self->vocabulary = candor_vocabulary_get_default ();
  self->selected = g_ptr_array_new_with_free_func (g_free);
  self->chips = g_ptr_array_new ();
  self->family_filter = ALL_FAMILIES;
  self->meter_feelings = g_list_store_new (CANDOR_TYPE_FEELING);

  gtk_widget_init_template (GTK_WIDGET (self));

  candor_mood_meter_set_feelings (self->mood_meter, G_LIST_MODEL (self->meter_feelings));
  create_family_buttons (self);

  controller = gtk_event_controller_key_new ();
  g_signal_connect_swapped (controller, "key-pressed", G_CALLBACK (words_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->words_box), controller);

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (controller, "key-pressed", G_CALLBACK (search_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), controller);

  rebuild_words (self);
  sync_selection (self);
}

GtkWidget *
candor_feeling_browser_new (void)
{
  return g_object_new (CANDOR_TYPE_FEELING_BROWSER, NULL);
}

/**
 * candor_feeling_browser_get_selected:
 * @self: a browser
 *
 * Returns: (transfer full) (array zero-terminated=1): the ids of the chosen feelings, in
 *   the order they were chosen
 */
char **
candor_feeling_browser_get_selected (CandorFeelingBrowser *self)
{
  g_return_val_if_fail (CANDOR_IS_FEELING_BROWSER (self), NULL);

  return selected_strv (self);
}

/**
 * candor_feeling_browser_has_selected:
 * @self: a browser
 *
 * Returns: whether any feeling is chosen
 */
gboolean
candor_feeling_browser_has_selected (CandorFeelingBrowser *self)
{
  g_return_val_if_fail (CANDOR_IS_FEELING_BROWSER (self), FALSE);

  return self->selected->len > 0;
}

/**
 * candor_feeling_browser_set_selected:
 * @self: a browser
 * @ids: (nullable) (array zero-terminated=1): ids of the feelings to show as chosen
 *
 * Ids the vocabulary doesn't know are kept (so they survive a round trip) but not shown.
 */
void
candor_feeling_browser_set_selected (CandorFeelingBrowser *self,
                                     const char * const   *ids)
{
  g_auto(GStrv) old = NULL;
  g_auto(GStrv) now = NULL;

  g_return_if_fail (CANDOR_IS_FEELING_BROWSER (self));

  old = selected_strv (self);
  g_ptr_array_set_size (self->selected, 0);
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      if (!is_selected (self, ids[i]))
        g_ptr_array_add (self->selected, g_strdup (ids[i]));
    }

  sync_selection (self);
  now = selected_strv (self);
  if (!g_strv_equal ((const char * const *)old, (const char * const *)now))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

/**
 * candor_feeling_browser_set_usage:
 * @self: a browser
 * @ids_by_time: (nullable) (array zero-terminated=1): the feeling ids the journal holds,
 *   one per use, oldest first
 *
 * Lets the browser show recent and often-used words first.
 */
void
candor_feeling_browser_set_usage (CandorFeelingBrowser *self,
                                  const char * const   *ids_by_time)
{
  g_return_if_fail (CANDOR_IS_FEELING_BROWSER (self));

  g_strfreev (self->usage);
  self->usage = g_strdupv ((char **)ids_by_time);
  rebuild_words (self);
}

/**
 * candor_feeling_browser_clear:
 * @self: a browser
 *
 * Starts over for the next feeling: no search and nothing chosen. The family and the view
 * (words or mood meter) stay as the person left them.
 */
void
candor_feeling_browser_clear (CandorFeelingBrowser *self)
{
  g_return_if_fail (CANDOR_IS_FEELING_BROWSER (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  candor_feeling_browser_set_selected (self, NULL);
}
