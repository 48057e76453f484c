/* test-feeling-picker.c — the feeling browser, the picker around it, and the mood meter
 *
 * The picker dialog is a thin window around CandorFeelingBrowser, which does all the
 * searching, browsing and choosing; most tests drive the browser through the dialog,
 * the way the other pages use it, and one uses the browser on its own.
 *
 * Keys are delivered with candor_test_send_key(), the way GTK would after the focus widget.
 *
 * Set CANDOR_PICKER_PNG_DIR to keep the rendered pictures for checking by eye.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "candor-feeling-browser.h"
#include "candor-feeling-picker.h"
#include "candor-mood-meter.h"
#include "candor-test-utils.h"
#include "candor-vocabulary.h"

typedef struct {
  CandorFeelingPicker *picker;
} Fixture;

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->picker = candor_feeling_picker_new (NULL);
  gtk_window_present (GTK_WINDOW (fixture->picker));
  g_assert_true (candor_test_wait_for (is_mapped, fixture->picker, 5000));
  /* Let the first allocation happen: keyboard moves between chips use their places. */
  candor_test_spin (200);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  candor_test_close_toplevels_except (NULL);
}

static GPtrArray *
find_chips (CandorFeelingPicker *picker)
{
  g_autoptr(GPtrArray) buttons = candor_test_find_all (GTK_WIDGET (picker),
                                                       GTK_TYPE_TOGGLE_BUTTON);
  GPtrArray *chips = g_ptr_array_new ();

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);

      if (gtk_widget_has_css_class (button, "feeling-chip"))
        g_ptr_array_add (chips, button);
    }

  return chips;
}

static CandorFeeling *
chip_feeling (GtkWidget *chip)
{
  return g_object_get_data (G_OBJECT (chip), "candor-feeling");
}

static const char *
chip_label (GtkWidget *chip)
{
  return gtk_button_get_label (GTK_BUTTON (chip));
}

static GtkWidget *
focus_widget (CandorFeelingPicker *picker)
{
  return gtk_root_get_focus (GTK_ROOT (picker));
}

static GtkEditable *
search_entry (CandorFeelingPicker *picker)
{
  return GTK_EDITABLE (candor_test_find_widget (GTK_WIDGET (picker), GTK_TYPE_SEARCH_ENTRY, NULL));
}

static const char *
definition_text (CandorFeelingPicker *picker)
{
  GtkWidget *inscription = candor_test_find_widget (GTK_WIDGET (picker), GTK_TYPE_INSCRIPTION, NULL);

  g_assert_nonnull (inscription);
  return gtk_inscription_get_text (GTK_INSCRIPTION (inscription));
}

static gboolean
strv_has (char       **ids,
          const char  *id)
{
  return g_strv_contains ((const char * const *)ids, id);
}

typedef struct {
  CandorFeelingPicker *picker;
  const char          *label;
} FirstChipWait;

static gboolean
first_chip_is (gpointer data)
{
  FirstChipWait *wait = data;
  g_autoptr(GPtrArray) chips = find_chips (wait->picker);

  return chips->len > 0 && g_strcmp0 (chip_label (g_ptr_array_index (chips, 0)), wait->label) == 0;
}

static void
type_and_wait (CandorFeelingPicker *picker,
               const char          *text,
               const char          *first_label)
{
  FirstChipWait wait = { picker, first_label };

  gtk_editable_set_text (search_entry (picker), text);
  g_assert_true (candor_test_wait_for (first_chip_is, &wait, 3000));
}

static gboolean
toggle_is_active (gpointer data)
{
  return gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (data));
}

static gboolean
toggle_is_inactive (gpointer data)
{
  return !gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (data));
}

static void
test_opens_with_search_focused (Fixture       *fixture,
                                gconstpointer  data)
{
  GtkWidget *entry = GTK_WIDGET (search_entry (fixture->picker));
  GtkWidget *focus = focus_widget (fixture->picker);
  g_autoptr(GPtrArray) chips = find_chips (fixture->picker);

  g_assert_nonnull (focus);
  g_test_message ("focus: %s", G_OBJECT_TYPE_NAME (focus));
  g_assert_true (focus == entry || gtk_widget_is_ancestor (focus, entry));

  /* Every word is there, grouped by family, before anything is typed. */
  g_assert_cmpuint (chips->len, ==,
                    candor_vocabulary_get_n_feelings (candor_vocabulary_get_default ()));
  g_assert_nonnull (candor_test_find_widget (GTK_WIDGET (fixture->picker), GTK_TYPE_LABEL, "Joyful"));
  g_assert_nonnull (candor_test_find_widget (GTK_WIDGET (fixture->picker), GTK_TYPE_LABEL, "Scared"));
}

static void
test_typing_filters (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) chips = NULL;
  gboolean found_grateful = FALSE;

  type_and_wait (fixture->picker, "ANXI", "anxious");
  chips = find_chips (fixture->picker);
  for (guint i = 0; i < chips->len; i++)
    {
      CandorFeeling *feeling = chip_feeling (g_ptr_array_index (chips, i));
      g_autofree char *label = candor_vocabulary_normalize (candor_feeling_get_label (feeling));
      g_autofree char *definition = candor_vocabulary_normalize (candor_feeling_get_definition (feeling));

      g_assert_true (strstr (label, "anxi") != NULL || strstr (definition, "anxi") != NULL);
    }
  g_clear_pointer (&chips, g_ptr_array_unref);

  /* By definition too: "thankful" is in what "grateful" means. */
  gtk_editable_set_text (search_entry (fixture->picker), "thankful");
  candor_test_spin (400);
  chips = find_chips (fixture->picker);
  g_assert_cmpuint (chips->len, >=, 1);
  for (guint i = 0; i < chips->len; i++)
    found_grateful |= g_strcmp0 (chip_label (g_ptr_array_index (chips, i)), "grateful") == 0;
  g_assert_true (found_grateful);
  g_clear_pointer (&chips, g_ptr_array_unref);

  /* Nothing found: a helpful empty state, no chips. */
  gtk_editable_set_text (search_entry (fixture->picker), "xyzzy");
  candor_test_spin (400);
  chips = find_chips (fixture->picker);
  g_assert_cmpuint (chips->len, ==, 0);
  g_assert_nonnull (candor_test_find_widget (GTK_WIDGET (fixture->picker), ADW_TYPE_STATUS_PAGE,
                                             "No Matching Words"));
}

static void
test_enter_and_space_toggle (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GPtrArray) chips = NULL;
  g_auto(GStrv) selected = NULL;
  GtkWidget *chip;

  type_and_wait (fixture->picker, "calm", "calm");
  chips = find_chips (fixture->picker);
  chip = g_ptr_array_index (chips, 0);

  /* Down from the search entry reaches the words. */
  g_assert_true (candor_test_send_key (GTK_WIDGET (fixture->picker), GDK_KEY_Down, 0));
  g_assert_true (focus_widget (fixture->picker) == chip);

  g_assert_true (candor_test_send_key (GTK_WIDGET (fixture->picker), GDK_KEY_space, 0));
  g_assert_true (candor_test_wait_for (toggle_is_active, chip, 2000));
  selected = candor_feeling_picker_get_selected (fixture->picker);
  g_assert_true (strv_has (selected, "calm"));
  g_clear_pointer (&selected, g_strfreev);

  g_assert_true (candor_test_send_key (GTK_WIDGET (fixture->picker), GDK_KEY_Return, 0));
  g_assert_true (candor_test_wait_for (toggle_is_inactive, chip, 2000));
  selected = candor_feeling_picker_get_selected (fixture->picker);
  g_assert_false (strv_has (selected, "calm"));
}

static void
test_search_enter_chooses_best_match (Fixture       *fixture,
                                      gconstpointer  data)
{
  g_auto(GStrv) selected = NULL;

  type_and_wait (fixture->picker, "grat", "grateful");
  g_signal_emit_by_name (search_entry (fixture->picker), "activate");
  type_and_wait (fixture->picker, "lonel", "lonely");
  g_signal_emit_by_name (search_entry (fixture->picker), "activate");

  selected = candor_feeling_picker_get_selected (fixture->picker);
  g_assert_cmpuint (g_strv_length (selected), ==, 2);
  g_assert_cmpstr (selected[0], ==, "grateful");
  g_assert_cmpstr (selected[1], ==, "lonely");
  /* The search is cleared for the next word. */
  g_assert_cmpstr (gtk_editable_get_text (search_entry (fixture->picker)), ==, "");
}

static void
test_several_selected (Fixture       *fixture,
                       gconstpointer  data)
{
  const char *initial[] = { "tired", "no_such_word", NULL };
  g_autoptr(GPtrArray) chips = NULL;
  g_autoptr(GPtrArray) chosen = NULL;
  g_auto(GStrv) selected = NULL;
  GtkWidget *revealer;
  guint n_active = 0;

  candor_feeling_picker_set_selected (fixture->picker, initial);

  chips = find_chips (fixture->picker);
  for (guint i = 0; i < chips->len; i++)
    {
      GtkWidget *chip = g_ptr_array_index (chips, i);
      const char *id = candor_feeling_get_id (chip_feeling (chip));

      if (g_strcmp0 (id, "hopeful") == 0 || g_strcmp0 (id, "proud") == 0)
        g_signal_emit_by_name (chip, "clicked");
    }

  selected = candor_feeling_picker_get_selected (fixture->picker);
  g_assert_cmpuint (g_strv_length (selected), ==, 4);
  g_assert_cmpstr (selected[0], ==, "tired");
  g_assert_cmpstr (selected[1], ==, "no_such_word");
  g_assert_true (strv_has (selected, "hopeful"));
  g_assert_true (strv_has (selected, "proud"));
  g_clear_pointer (&selected, g_strfreev);

  for (guint i = 0; i < chips->len; i++)
    n_active += gtk_toggle_button_get_active (g_ptr_array_index (chips, i));
  g_assert_cmpuint (n_active, ==, 3);

  /* The choice shows as removable chips (unknown ids are kept, not shown). */
  revealer = candor_test_find_widget (GTK_WIDGET (fixture->picker), GTK_TYPE_REVEALER, NULL);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  chosen = candor_test_find_all (revealer, GTK_TYPE_BUTTON);
  g_assert_cmpuint (chosen->len, ==, 3);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (g_ptr_array_index (chosen, 0)), ==,
                   "Remove “tired”");

  g_signal_emit_by_name (g_ptr_array_index (chosen, 0), "clicked");
  selected = candor_feeling_picker_get_selected (fixture->picker);
  g_assert_false (strv_has (selected, "tired"));
  g_assert_cmpuint (g_strv_length (selected), ==, 3);
}

static void
test_definition_follows_focus (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GPtrArray) chips = find_chips (fixture->picker);
  GtkWidget *first = g_ptr_array_index (chips, 0);
  GtkWidget *second = g_ptr_array_index (chips, 1);

  /* The chip area is one Tab stop: only the current chip takes focus. */
  g_assert_true (gtk_widget_get_focusable (first));
  g_assert_false (gtk_widget_get_focusable (second));

  g_assert_true (gtk_widget_grab_focus (first));
  g_assert_nonnull (strstr (definition_text (fixture->picker),
                            candor_feeling_get_definition (chip_feeling (first))));
  g_assert_nonnull (strstr (definition_text (fixture->picker), chip_label (first)));

  g_assert_true (candor_test_send_key (GTK_WIDGET (fixture->picker), GDK_KEY_Right, 0));
  g_assert_true (focus_widget (fixture->picker) == second);
  g_assert_nonnull (strstr (definition_text (fixture->picker),
                            candor_feeling_get_definition (chip_feeling (second))));

  /* Down goes to a chip on a later line; End to the last one. */
  g_assert_true (candor_test_send_key (GTK_WIDGET (fixture->picker), GDK_KEY_Down, 0));
  {
    graphene_rect_t a, b;

    g_assert_true (gtk_widget_compute_bounds (second, GTK_WIDGET (fixture->picker), &a));
    g_assert_true (gtk_widget_compute_bounds (focus_widget (fixture->picker),
                                              GTK_WIDGET (fixture->picker), &b));
    g_assert_cmpfloat (b.origin.y, >, a.origin.y);
  }
  g_assert_true (candor_test_send_key (GTK_WIDGET (fixture->picker), GDK_KEY_End, 0));
  g_assert_true (focus_widget (fixture->picker) == g_ptr_array_index (chips, chips->len - 1));

  /* Every chip explains itself on hover too. */
  for (guint i = 0; i < chips->len; i++)
    {
      GtkWidget *chip = g_ptr_array_index (chips, i);

      g_assert_cmpstr (gtk_widget_get_tooltip_text (chip), ==,
                       candor_feeling_get_definition (chip_feeling (chip)));
    }
}

static void
test_family_filter (Fixture       *fixture,
                    gconstpointer  data)
{
  /* The filters come before the words, so the first "Sad" label is the filter's. */
  GtkWidget *sad = gtk_widget_get_ancestor (candor_test_find_widget (GTK_WIDGET (fixture->picker),
                                                                     GTK_TYPE_LABEL, "Sad"),
                                            GTK_TYPE_TOGGLE_BUTTON);
  GtkWidget *all = gtk_widget_get_ancestor (candor_test_find_widget (GTK_WIDGET (fixture->picker),
                                                                     GTK_TYPE_LABEL, "All"),
                                            GTK_TYPE_TOGGLE_BUTTON);
  CandorMoodMeter *meter = CANDOR_MOOD_METER (candor_test_find_widget (GTK_WIDGET (fixture->picker),
                                                                       CANDOR_TYPE_MOOD_METER, NULL));
  CandorVocabulary *vocabulary = candor_vocabulary_get_default ();
  g_autoptr(GPtrArray) chips = NULL;
  GListModel *plotted;

  g_assert_nonnull (sad);
  g_signal_emit_by_name (sad, "clicked");
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (sad)));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (all)));

  chips = find_chips (fixture->picker);
  g_assert_cmpuint (chips->len, ==,
                    g_list_model_get_n_items (candor_vocabulary_get_family (vocabulary,
                                                                            CANDOR_FEELING_FAMILY_SAD)));
  for (guint i = 0; i < chips->len; i++)
    g_assert_cmpint (candor_feeling_get_family (chip_feeling (g_ptr_array_index (chips, i))), ==,
                     CANDOR_FEELING_FAMILY_SAD);

  /* The mood meter shows the same family. */
  plotted = candor_mood_meter_get_feelings (meter);
  g_assert_cmpuint (g_list_model_get_n_items (plotted), ==, chips->len);
  for (guint i = 0; i < g_list_model_get_n_items (plotted); i++)
    {
      g_autoptr(CandorFeeling) feeling = g_list_model_get_item (plotted, i);

      g_assert_cmpint (candor_feeling_get_family (feeling), ==, CANDOR_FEELING_FAMILY_SAD);
    }

  /* A search keeps to the chosen family. */
  gtk_editable_set_text (search_entry (fixture->picker), "lonel");
  candor_test_spin (400);
  g_clear_pointer (&chips, g_ptr_array_unref);
  chips = find_chips (fixture->picker);
  g_assert_cmpuint (chips->len, >=, 1);
  for (guint i = 0; i < chips->len; i++)
    g_assert_cmpint (candor_feeling_get_family (chip_feeling (g_ptr_array_index (chips, i))), ==,
                     CANDOR_FEELING_FAMILY_SAD);

  gtk_editable_set_text (search_entry (fixture->picker), "");
  candor_test_spin (400);
  g_signal_emit_by_name (all, "clicked");
  g_clear_pointer (&chips, g_ptr_array_unref);
  chips = find_chips (fixture->picker);
  g_assert_cmpuint (chips->len, ==, candor_vocabulary_get_n_feelings (vocabulary));
}

static void
test_mood_meter_keyboard (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkStack *stack = GTK_STACK (candor_test_find_widget (GTK_WIDGET (fixture->picker),
                                                        GTK_TYPE_STACK, NULL));
  CandorMoodMeter *meter = CANDOR_MOOD_METER (candor_test_find_widget (GTK_WIDGET (fixture->picker),
                                                                       CANDOR_TYPE_MOOD_METER, NULL));
  CandorFeeling *start, *right, *up;
  g_auto(GStrv) selected = NULL;

  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (meter)), ==,
                   GTK_ACCESSIBLE_ROLE_GROUP);
  g_assert_true (gtk_widget_get_has_tooltip (GTK_WIDGET (meter)));

  gtk_stack_set_visible_child_name (stack, "meter");
  candor_test_spin (100);

  /* Down from the search entry reaches the meter, which starts near the middle. */
  g_assert_true (candor_test_send_key (GTK_WIDGET (fixture->picker), GDK_KEY_Down, 0));
  g_assert_true (focus_widget (fixture->picker) == GTK_WIDGET (meter));
  start = candor_mood_meter_get_focused_feeling (meter);
  g_assert_nonnull (start);
  g_assert_nonnull (strstr (definition_text (fixture->picker), candor_feeling_get_definition (start)));

  g_assert_true (candor_test_send_key (GTK_WIDGET (fixture->picker), GDK_KEY_Right, 0));
  right = candor_mood_meter_get_focused_feeling (meter);
  g_assert_true (right != start);
  g_assert_cmpfloat (candor_feeling_get_pleasantness (right), >, candor_feeling_get_pleasantness (start));
  g_assert_nonnull (strstr (definition_text (fixture->picker), candor_feeling_get_definition (right)));

  g_assert_true (candor_test_send_key (GTK_WIDGET (fixture->picker), GDK_KEY_Up, 0));
  up = candor_mood_meter_get_focused_feeling (meter);
  g_assert_true (up != right);
  g_assert_cmpfloat (candor_feeling_get_energy (up), >, candor_feeling_get_energy (right));

  g_assert_true (candor_test_send_key (GTK_WIDGET (fixture->picker), GDK_KEY_Left, 0));
  g_assert_cmpfloat (candor_feeling_get_pleasantness (candor_mood_meter_get_focused_feeling (meter)),
                     <, candor_feeling_get_pleasantness (up));
  g_assert_true (candor_test_send_key (GTK_WIDGET (fixture->picker), GDK_KEY_Down, 0));

  /* Enter chooses the focused word, and again un-chooses it. */
  up = candor_mood_meter_get_focused_feeling (meter);
  g_assert_true (candor_test_send_key (GTK_WIDGET (fixture->picker), GDK_KEY_Return, 0));
  selected = candor_feeling_picker_get_selected (fixture->picker);
  g_assert_true (strv_has (selected, candor_feeling_get_id (up)));
  g_clear_pointer (&selected, g_strfreev);

  g_assert_true (candor_test_send_key (GTK_WIDGET (fixture->picker), GDK_KEY_space, 0));
  selected = candor_feeling_picker_get_selected (fixture->picker);
  g_assert_false (strv_has (selected, candor_feeling_get_id (up)));

  /* Walking right keeps finding words until the most pleasant edge, then stays put. */
  for (guint i = 0; i < 200; i++)
    {
      CandorFeeling *before = candor_mood_meter_get_focused_feeling (meter);

      g_assert_true (candor_test_send_key (GTK_WIDGET (fixture->picker), GDK_KEY_Right, 0));
      if (candor_mood_meter_get_focused_feeling (meter) == before)
        break;
    }
  g_assert_false (candor_mood_meter_move_focus (meter, 1, 0));
  g_assert_cmpfloat (candor_feeling_get_pleasantness (candor_mood_meter_get_focused_feeling (meter)),
                     >=, 0.9);
}

static void
test_recent_first (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *usage[] = { "calm", "tired", "calm", "calm", "hurt", NULL };
  g_autoptr(GPtrArray) chips = NULL;
  GtkWidget *first_heading;

  candor_feeling_picker_set_usage (fixture->picker, usage);
  chips = find_chips (fixture->picker);

  /* Newest first, each word once. "calm" is the most used, but it is already under Recent,
   * so Used Often has nothing to add and the families follow. */
  g_assert_cmpstr (chip_label (g_ptr_array_index (chips, 0)), ==, "hurt");
  g_assert_cmpstr (chip_label (g_ptr_array_index (chips, 1)), ==, "calm");
  g_assert_cmpstr (chip_label (g_ptr_array_index (chips, 2)), ==, "tired");

  first_heading = candor_test_find_widget (GTK_WIDGET (fixture->picker), GTK_TYPE_LABEL, "Recent");
  g_assert_nonnull (first_heading);
  g_assert_null (candor_test_find_widget (GTK_WIDGET (fixture->picker), GTK_TYPE_LABEL, "Used Often"));
}

static void
test_frequent_after_recent (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GPtrArray) uses = g_ptr_array_new ();
  g_autoptr(GPtrArray) chips = NULL;
  const char *recent[] = { "angry", "bored", "curious", "eager", "focused", "happy", "joyful", "moved" };

  /* "anxious" is used most, but long ago: it comes under Used Often, after Recent. */
  for (guint i = 0; i < 5; i++)
    g_ptr_array_add (uses, (gpointer)"anxious");
  for (guint i = 0; i < G_N_ELEMENTS (recent); i++)
    g_ptr_array_add (uses, (gpointer)recent[i]);
  g_ptr_array_add (uses, NULL);

  candor_feeling_picker_set_usage (fixture->picker, (const char * const *)uses->pdata);
  chips = find_chips (fixture->picker);

  g_assert_cmpstr (chip_label (g_ptr_array_index (chips, 0)), ==, "moved");
  g_assert_cmpstr (chip_label (g_ptr_array_index (chips, G_N_ELEMENTS (recent))), ==, "anxious");
  g_assert_nonnull (candor_test_find_widget (GTK_WIDGET (fixture->picker), GTK_TYPE_LABEL, "Used Often"));
}

static void
done_cb (CandorFeelingPicker *picker,
         gpointer             data)
{
  char ***out = data;

  *out = candor_feeling_picker_get_selected (picker);
}

static void
test_done (Fixture       *fixture,
           gconstpointer  data)
{
  const char *ids[] = { "grateful", "calm", NULL };
  g_auto(GStrv) got = NULL;
  GtkWidget *picker = GTK_WIDGET (fixture->picker);

  g_object_add_weak_pointer (G_OBJECT (picker), (gpointer *)&picker);
  candor_feeling_picker_set_selected (fixture->picker, ids);
  g_signal_connect (fixture->picker, "done", G_CALLBACK (done_cb), &got);

  /* Ctrl+Enter is Done, from anywhere in the dialog. */
  g_assert_true (candor_test_send_key (picker, GDK_KEY_Return, GDK_CONTROL_MASK));
  g_assert_nonnull (got);
  g_assert_cmpstrv (got, ids);

  /* It closes itself, and nothing keeps it alive. */
  candor_test_spin (50);
  g_assert_null (picker);
}

static void
set_flag_cb (CandorFeelingPicker *picker,
             gpointer             data)
{
  *(gboolean *)data = TRUE;
}

static void
test_escape_cancels (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWidget *picker = GTK_WIDGET (fixture->picker);
  gboolean done = FALSE;

  g_object_add_weak_pointer (G_OBJECT (picker), (gpointer *)&picker);
  g_signal_connect (picker, "done", G_CALLBACK (set_flag_cb), &done);

  /* Escape first clears the search, then closes without Done. */
  gtk_editable_set_text (search_entry (fixture->picker), "calm");
  g_signal_emit_by_name (search_entry (fixture->picker), "stop-search");
  g_assert_cmpstr (gtk_editable_get_text (search_entry (fixture->picker)), ==, "");
  g_assert_nonnull (picker);

  g_signal_emit_by_name (search_entry (fixture->picker), "stop-search");
  candor_test_spin (50);
  g_assert_null (picker);
  g_assert_false (done);
}

static void
test_buttons_are_labelled (Fixture       *fixture,
                           gconstpointer  data)
{
  const char *ids[] = { "grateful", NULL };
  g_autoptr(GPtrArray) buttons = NULL;

  candor_feeling_picker_set_selected (fixture->picker, ids);
  buttons = candor_test_find_all (GTK_WIDGET (fixture->picker), GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);

      /* A button without words of its own needs a tooltip (its accessible name, too). */
      if (gtk_button_get_label (GTK_BUTTON (button)) == NULL &&
          !GTK_IS_STACK_SWITCHER (gtk_widget_get_parent (button)))
        g_assert_nonnull (gtk_widget_get_tooltip_text (button));
    }
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          gpointer    data)
{
  (*(guint *)data)++;
}

static void
test_wraps_browser (Fixture       *fixture,
                    gconstpointer  data)
{
  const char *ids[] = { "calm", NULL };
  g_autoptr(GPtrArray) browsers = candor_test_find_all (GTK_WIDGET (fixture->picker),
                                                        CANDOR_TYPE_FEELING_BROWSER);
  g_autoptr(GPtrArray) chips = NULL;
  CandorFeelingBrowser *browser;
  AdwWindowTitle *title;
  g_auto(GStrv) selected = NULL;
  guint notified = 0;

  /* One browser holds every word; the dialog adds only its header bar. */
  g_assert_cmpuint (browsers->len, ==, 1);
  browser = g_ptr_array_index (browsers, 0);
  title = ADW_WINDOW_TITLE (candor_test_find_widget (GTK_WIDGET (fixture->picker),
                                                     ADW_TYPE_WINDOW_TITLE, NULL));
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "Choose one word or several");

  /* The picker's API and the browser's are one choice. */
  g_signal_connect (browser, "notify::selected", G_CALLBACK (count_cb), &notified);
  candor_feeling_picker_set_selected (fixture->picker, ids);
  g_assert_cmpuint (notified, ==, 1);
  selected = candor_feeling_browser_get_selected (browser);
  g_assert_cmpstrv (selected, ids);
  g_clear_pointer (&selected, g_strfreev);
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "1 word chosen");

  /* The same choice again changes nothing, and says nothing. */
  candor_feeling_picker_set_selected (fixture->picker, ids);
  g_assert_cmpuint (notified, ==, 1);

  /* A click on a word is a change too, seen by the dialog's title. */
  chips = find_chips (fixture->picker);
  for (guint i = 0; i < chips->len; i++)
    {
      GtkWidget *chip = g_ptr_array_index (chips, i);

      if (g_strcmp0 (candor_feeling_get_id (chip_feeling (chip)), "tired") == 0)
        {
          g_signal_emit_by_name (chip, "clicked");
          break;
        }
    }
  g_assert_cmpuint (notified, ==, 2);
  g_object_get (browser, "selected", &selected, NULL);
  g_assert_cmpuint (g_strv_length (selected), ==, 2);
  g_assert_cmpstr (selected[1], ==, "tired");
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "2 words chosen");
}

static void
test_browser_on_its_own (void)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  CandorFeelingBrowser *browser = CANDOR_FEELING_BROWSER (candor_feeling_browser_new ());
  GtkEditable *entry;
  g_auto(GStrv) selected = NULL;
  gboolean stopped = FALSE;
  guint notified = 0;

  gtk_window_set_child (window, GTK_WIDGET (browser));
  gtk_window_set_default_size (window, 480, 640);
  gtk_window_present (window);
  g_assert_true (candor_test_wait_for (is_mapped, window, 5000));
  entry = GTK_EDITABLE (candor_test_find_widget (GTK_WIDGET (browser), GTK_TYPE_SEARCH_ENTRY, NULL));
  g_signal_connect (browser, "notify::selected", G_CALLBACK (count_cb), &notified);
  g_signal_connect (browser, "stop-search", G_CALLBACK (set_flag_cb), &stopped);

  /* Focusing the browser puts the keyboard in its search. */
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (browser)));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_WIDGET (entry)));

  gtk_editable_set_text (entry, "grat");
  candor_test_spin (200);
  g_signal_emit_by_name (entry, "activate");
  selected = candor_feeling_browser_get_selected (browser);
  g_assert_cmpuint (g_strv_length (selected), ==, 1);
  g_assert_cmpstr (selected[0], ==, "grateful");
  g_assert_true (candor_feeling_browser_has_selected (browser));
  g_assert_cmpuint (notified, ==, 1);

  /* Escape clears a search first; in an empty one it is the container's to handle. */
  gtk_editable_set_text (entry, "calm");
  g_signal_emit_by_name (entry, "stop-search");
  g_assert_false (stopped);
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
  g_signal_emit_by_name (entry, "stop-search");
  g_assert_true (stopped);

  candor_feeling_browser_set_selected (browser, NULL);
  g_assert_false (candor_feeling_browser_has_selected (browser));
  g_assert_cmpuint (notified, ==, 2);

  gtk_window_destroy (window);
}

static gboolean
size_is (gpointer data)
{
  GtkWidget *widget = data;
  int width = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (widget), "want-width"));

  /* The window may give a few pixels to its frame. */
  return ABS (gtk_widget_get_width (widget) - width) <= 16;
}

static void
render (GtkWidget  *window,
        const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (window);
  int height = gtk_widget_get_height (window);
  const char *dir = g_getenv ("CANDOR_PICKER_PNG_DIR");

  /* A window between a resize and its next frame draws nothing yet: on a busy machine
   * that can last a while, so ask again after the next frames (up to 5 s). */
  for (guint attempt = 0; node == NULL && attempt < 50; attempt++)
    {
      GtkSnapshot *snapshot = gtk_snapshot_new ();

      if (attempt > 0)
        candor_test_spin (100);
      width = gtk_widget_get_width (window);
      height = gtk_widget_get_height (window);
      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (snapshot);
    }
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_cmpint (gdk_texture_get_width (texture), ==, width);

  if (dir != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_assert_true (gdk_texture_save_to_png (texture, path));
      g_test_message ("wrote %s", path);
    }
}

static void
test_renders (Fixture       *fixture,
              gconstpointer  data)
{
  const int widths[] = { 1024, 360 };
  const char *usage[] = { "tired", "grateful", "anxious", "grateful", "hopeful", NULL };
  const char *chosen[] = { "grateful", "anxious", NULL };
  AdwStyleManager *style = adw_style_manager_get_default ();
  GtkWidget *window = GTK_WIDGET (fixture->picker);
  GtkStack *stack = GTK_STACK (candor_test_find_widget (window, GTK_TYPE_STACK, NULL));
  CandorMoodMeter *meter = CANDOR_MOOD_METER (candor_test_find_widget (window,
                                                                       CANDOR_TYPE_MOOD_METER, NULL));
  const char *dir = g_getenv ("CANDOR_PICKER_PNG_DIR");

  if (dir != NULL)
    g_mkdir_with_parents (dir, 0755);

  candor_feeling_picker_set_usage (fixture->picker, usage);
  candor_feeling_picker_set_selected (fixture->picker, chosen);

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    for (guint dark = 0; dark < 2; dark++)
      for (guint view = 0; view < 2; view++)
        {
          g_autofree char *name = g_strdup_printf ("feeling-picker-%s-%s-%d.png",
                                                   view ? "meter" : "words",
                                                   dark ? "dark" : "light", widths[w]);

          adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                          : ADW_COLOR_SCHEME_FORCE_LIGHT);
          gtk_stack_set_visible_child_name (stack, view ? "meter" : "words");
          gtk_window_set_default_size (GTK_WINDOW (window), widths[w], 720);
          g_object_set_data (G_OBJECT (window), "want-width", GINT_TO_POINTER (widths[w]));
          if (!candor_test_wait_for (size_is, window, 5000))
            g_error ("wanted %d, got %d", widths[w], gtk_widget_get_width (window));
          if (view)
            {
              gtk_widget_grab_focus (GTK_WIDGET (meter));
              candor_mood_meter_move_focus (meter, 1, 0);
            }
          else
            {
              gtk_widget_grab_focus (GTK_WIDGET (search_entry (fixture->picker)));
            }
          candor_test_spin (400);
          render (window, name);
        }

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkCssProvider) css = NULL;

  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();

  /* Look like the app: its stylesheet (the family colours) and GNOME's font. */
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, "/io/github/candorapp/Candor/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_object_set (gtk_settings_get_default (), "gtk-font-name", "Cantarell 11", NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/feeling-picker/opens-with-search-focused", test_opens_with_search_focused);
  ADD ("/feeling-picker/typing-filters", test_typing_filters);
  ADD ("/feeling-picker/enter-and-space-toggle", test_enter_and_space_toggle);
  ADD ("/feeling-picker/search-enter-chooses-best-match", test_search_enter_chooses_best_match);
  ADD ("/feeling-picker/several-selected", test_several_selected);
  ADD ("/feeling-picker/definition-follows-focus", test_definition_follows_focus);
  ADD ("/feeling-picker/family-filter", test_family_filter);
  ADD ("/feeling-picker/mood-meter-keyboard", test_mood_meter_keyboard);
  ADD ("/feeling-picker/recent-first", test_recent_first);
  ADD ("/feeling-picker/frequent-after-recent", test_frequent_after_recent);
  ADD ("/feeling-picker/done", test_done);
  ADD ("/feeling-picker/escape-cancels", test_escape_cancels);
  ADD ("/feeling-picker/buttons-are-labelled", test_buttons_are_labelled);
  ADD ("/feeling-picker/renders", test_renders);
  ADD ("/feeling-picker/wraps-browser", test_wraps_browser);
#undef ADD
  g_test_add_func ("/feeling-browser/on-its-own", test_browser_on_its_own);

  return g_test_run ();
}
