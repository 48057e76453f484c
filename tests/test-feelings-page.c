/* test-feelings-page.c — the Feelings page in the real window: the browser on its own
 *
 * The app opens a journal for two partners (Alex, who is "me", and Sam) in the test's own
 * folder, and its window shows the Feelings page. The tests use the embedded feeling
 * browser as a person would (typing, the arrow keys, Enter and Space), fill in the note,
 * press Save Feeling, and check the journal and what the page shows afterwards.
 *
 * Set CANDOR_FEELINGS_PNG_DIR to keep pictures of the page (light, dark, 360 px wide,
 * words and mood meter, top and scrolled to the form) for checking by eye.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sodium.h>

#include "candor-application.h"
#include "candor-feeling-browser.h"
#include "candor-feelings-page.h"
#include "candor-mood-meter.h"
#include "candor-secure.h"
#include "candor-test-utils.h"
#include "candor-vocabulary.h"
#include "candor-window.h"

#define PASSPHRASE "feelings page passphrase"

static CandorApplication *app;

typedef struct {
  char                 *dir;
  CandorJournal        *journal;
  CandorWindow         *window;
  GtkWidget            *page;
  CandorFeelingBrowser *browser;
} Fixture;

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

static gboolean
shows_journal (gpointer data)
{
  return g_strcmp0 (candor_window_get_mode (CANDOR_WINDOW (data)), "journal") == 0;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  CandorPerson *alex = candor_person_new ("Alex", CANDOR_RELATIONSHIP_PARTNER);
  CandorSession *session;
  gboolean created;

  /* A new journal in the test's own folder, in a new window, as after choosing another
   * folder. */
  fixture->dir = g_dir_make_tmp ("candor-feelings-XXXXXX", &error);
  g_assert_no_error (error);
  candor_application_switch_vault (app, fixture->dir);
  session = candor_application_get_session (app);
  candor_vault_set_kdf_limits (candor_session_get_vault (session),
                               crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN);
  candor_session_set_autosave_delay (session, 0);
  candor_person_set_is_me (alex, TRUE);
  g_ptr_array_add (people, alex);
  g_ptr_array_add (people, candor_person_new ("Sam", CANDOR_RELATIONSHIP_PARTNER));
  created = candor_session_create (session, PASSPHRASE, people, &error);
  g_assert_no_error (error);
  g_assert_true (created);
  fixture->journal = candor_session_get_journal (session);

  fixture->window = CANDOR_WINDOW (candor_test_find_toplevel (CANDOR_TYPE_WINDOW));
  g_assert_nonnull (fixture->window);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1024, 720);
  g_assert_true (candor_test_wait_for (is_mapped, fixture->window, 5000));
  g_assert_true (candor_test_wait_for (shows_journal, fixture->window, 5000));

  candor_window_set_visible_page (fixture->window, "feelings");
  fixture->page = candor_test_find_widget (GTK_WIDGET (fixture->window),
                                           CANDOR_TYPE_FEELINGS_PAGE, NULL);
  g_assert_nonnull (fixture->page);
  g_assert_true (candor_test_wait_for (is_mapped, fixture->page, 5000));
  fixture->browser = CANDOR_FEELING_BROWSER (candor_test_find_widget (fixture->page,
                                                                      CANDOR_TYPE_FEELING_BROWSER,
                                                                      NULL));
  g_assert_nonnull (fixture->browser);
  /* Let the first allocation happen: keyboard moves between chips use their places. */
  candor_test_spin (200);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  candor_test_close_toplevels_except (NULL);
  candor_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static GtkWidget *
focus_widget (Fixture *fixture)
{
  return gtk_root_get_focus (GTK_ROOT (fixture->window));
}

static GtkEditable *
search_entry (Fixture *fixture)
{
  return GTK_EDITABLE (candor_test_find_widget (GTK_WIDGET (fixture->browser),
                                                GTK_TYPE_SEARCH_ENTRY, NULL));
}

static GPtrArray *
find_chips (GtkWidget *root,
            gboolean   only_active)
{
  g_autoptr(GPtrArray) buttons = candor_test_find_all (root, GTK_TYPE_TOGGLE_BUTTON);
  GPtrArray *chips = g_ptr_array_new ();

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);

      if (gtk_widget_has_css_class (button, "feeling-chip") &&
          (!only_active || gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button))))
        g_ptr_array_add (chips, button);
    }

  return chips;
}

typedef struct {
  GtkWidget  *root;
  const char *label;
} FirstChipWait;

static gboolean
first_chip_is (gpointer data)
{
  FirstChipWait *wait = data;
  g_autoptr(GPtrArray) chips = find_chips (wait->root, FALSE);

  return chips->len > 0 &&
         g_strcmp0 (gtk_button_get_label (g_ptr_array_index (chips, 0)), wait->label) == 0;
}

static void
search_for (Fixture    *fixture,
            const char *text,
            const char *first_label)
{
  FirstChipWait wait = { GTK_WIDGET (fixture->browser), first_label };

  gtk_editable_set_text (search_entry (fixture), text);
  g_assert_true (candor_test_wait_for (first_chip_is, &wait, 3000));
}

static gboolean
focus_in_search (Fixture *fixture)
{
  GtkWidget *focus = focus_widget (fixture);
  GtkWidget *entry = GTK_WIDGET (search_entry (fixture));

  return focus != NULL && (focus == entry || gtk_widget_is_ancestor (focus, entry));
}

static const char *
label_of (const char *id)
{
  return candor_feeling_get_label (candor_vocabulary_lookup (candor_vocabulary_get_default (), id));
}

static gboolean
toggle_is_active (gpointer data)
{
  return gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (data));
}

static GtkWidget *
save_button (Fixture *fixture)
{
  GtkWidget *button = candor_test_find_widget (fixture->page, GTK_TYPE_BUTTON, "_Save Feeling");

  g_assert_nonnull (button);
  return button;
}

static void
test_name_a_feeling (Fixture       *fixture,
                     gconstpointer  data)
{
  const char *want[] = { "grateful", "lonely", NULL };
  GListModel *notes = candor_journal_get_feeling_notes (fixture->journal);
  g_autoptr(CandorFeelingNote) note = NULL;
  g_autoptr(GPtrArray) chosen = NULL;
  g_autoptr(GPtrArray) active = NULL;
  g_autoptr(GPtrArray) chips = NULL;
  g_auto(GStrv) selected = NULL;
  GtkWidget *note_row = candor_test_find_widget (fixture->page, ADW_TYPE_ENTRY_ROW,
                                                 "Note (optional)");
  GtkWidget *revealer = candor_test_find_widget (GTK_WIDGET (fixture->browser),
                                                 GTK_TYPE_REVEALER, NULL);
  GtkWidget *chip;

  /* The browser is on the page itself: no dialog to open, and typing searches at once. */
  g_assert_null (candor_test_find_widget (fixture->page, GTK_TYPE_BUTTON, "_Browse Feelings…"));
  g_assert_true (focus_in_search (fixture));
  g_assert_nonnull (note_row);
  g_assert_false (gtk_widget_get_sensitive (save_button (fixture)));
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));

  /* Enter in the search chooses the best match and clears the search for the next word. */
  search_for (fixture, "grat", label_of ("grateful"));
  g_signal_emit_by_name (search_entry (fixture), "activate");
  g_assert_cmpstr (gtk_editable_get_text (search_entry (fixture)), ==, "");

  /* Down reaches the words; Enter toggles the focused one. */
  search_for (fixture, "lonel", label_of ("lonely"));
  chips = find_chips (GTK_WIDGET (fixture->browser), FALSE);
  chip = g_ptr_array_index (chips, 0);
  g_assert_true (candor_test_send_key (GTK_WIDGET (fixture->window), GDK_KEY_Down, 0));
  g_assert_true (focus_widget (fixture) == chip);
  g_assert_true (candor_test_send_key (GTK_WIDGET (fixture->window), GDK_KEY_Return, 0));
  /* A button pressed from the keyboard shows as pressed for a moment, then toggles. */
  g_assert_true (candor_test_wait_for (toggle_is_active, chip, 2000));

  /* Both show as chosen chips, ready to save. */
  selected = candor_feeling_browser_get_selected (fixture->browser);
  g_assert_cmpstrv (selected, want);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  chosen = candor_test_find_all (revealer, GTK_TYPE_BUTTON);
  g_assert_cmpuint (chosen->len, ==, 2);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (g_ptr_array_index (chosen, 0)), ==,
                   "Remove “grateful”");
  g_assert_true (gtk_widget_get_sensitive (save_button (fixture)));

  gtk_editable_set_text (GTK_EDITABLE (note_row), "  after the long call  ");
  g_signal_emit_by_name (save_button (fixture), "clicked");

  /* The journal has the feeling note: both words, the note, and who named them. */
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 1);
  note = g_list_model_get_item (notes, 0);
  g_assert_cmpstrv (candor_feeling_note_get_feelings (note), want);
  g_assert_cmpstr (candor_feeling_note_get_note (note), ==, "after the long call");
  g_assert_cmpstr (candor_feeling_note_get_person_id (note), ==,
                   candor_entry_get_id (CANDOR_ENTRY (candor_journal_get_me (fixture->journal))));

  /* The form is ready for the next feeling: nothing chosen, no search, no note, and the
   * keyboard back in the search. */
  g_assert_cmpstr (gtk_editable_get_text (search_entry (fixture)), ==, "");
  g_clear_pointer (&selected, g_strfreev);
  selected = candor_feeling_browser_get_selected (fixture->browser);
  g_assert_cmpuint (g_strv_length (selected), ==, 0);
  active = find_chips (GTK_WIDGET (fixture->browser), TRUE);
  g_assert_cmpuint (active->len, ==, 0);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (note_row)), ==, "");
  g_assert_false (gtk_widget_get_sensitive (save_button (fixture)));
  g_assert_true (focus_in_search (fixture));

  /* The words are counted below, and come first in the browser next time, newest first. */
  g_assert_true (candor_test_wait_for_widget (fixture->page, ADW_TYPE_ACTION_ROW,
                                              "2 different words", 3000));
  g_clear_pointer (&chips, g_ptr_array_unref);
  chips = find_chips (GTK_WIDGET (fixture->browser), FALSE);
  g_assert_cmpstr (gtk_button_get_label (g_ptr_array_index (chips, 0)), ==, label_of ("lonely"));
  g_assert_cmpstr (gtk_button_get_label (g_ptr_array_index (chips, 1)), ==, label_of ("grateful"));
}

static void
test_keyboard_saves (Fixture       *fixture,
                      gconstpointer  data)
{
  GListModel *notes = candor_journal_get_feeling_notes (fixture->journal);
  GtkWidget *note_row = candor_test_find_widget (fixture->page, ADW_TYPE_ENTRY_ROW,
                                                 "Note (optional)");
  g_autoptr(CandorFeelingNote) note = NULL;

  /* Ctrl+Enter saves from anywhere on the page, but only once a word is chosen. */
  candor_test_send_key (GTK_WIDGET (fixture->window), GDK_KEY_Return, GDK_CONTROL_MASK);
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 0);

  search_for (fixture, "calm", label_of ("calm"));
  g_signal_emit_by_name (search_entry (fixture), "activate");
  g_assert_true (candor_test_send_key (GTK_WIDGET (fixture->window), GDK_KEY_Return,
                                       GDK_CONTROL_MASK));
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 1);

  /* Enter in the note saves too. */
  search_for (fixture, "hopef", label_of ("hopeful"));
  g_signal_emit_by_name (search_entry (fixture), "activate");
  gtk_editable_set_text (GTK_EDITABLE (note_row), "a good talk");
  g_signal_emit_by_name (note_row, "entry-activated");
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 2);
  note = g_list_model_get_item (notes, 1);
  g_assert_cmpstr (candor_feeling_note_get_feelings (note)[0], ==, "hopeful");
  g_assert_cmpstr (candor_feeling_note_get_note (note), ==, "a good talk");

  /* Escape only clears the search on the page: nothing closes, nothing is lost. */
  gtk_editable_set_text (search_entry (fixture), "tired");
  g_signal_emit_by_name (search_entry (fixture), "stop-search");
  g_assert_cmpstr (gtk_editable_get_text (search_entry (fixture)), ==, "");
  g_signal_emit_by_name (search_entry (fixture), "stop-search");
  g_assert_true (gtk_widget_get_mapped (fixture->page));
}

static gboolean
width_is (gpointer data)
{
  GtkWidget *widget = data;
  int want = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (widget), "want-width"));

  /* As in test-window: the window's own frame may take a few dozen pixels. */
  return gtk_widget_get_width (widget) >= want - 16 && gtk_widget_get_width (widget) <= want + 40;
}

static void
resize (Fixture *fixture,
        int      width)
{
  int page_min;

  g_object_set_data (G_OBJECT (fixture->window), "want-width", GINT_TO_POINTER (width));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), width, 720);
  if (!candor_test_wait_for (width_is, fixture->window, 5000))
    g_error ("wanted %d, got %d", width, gtk_widget_get_width (GTK_WIDGET (fixture->window)));
  candor_test_spin (300);

  gtk_widget_measure (fixture->page, GTK_ORIENTATION_HORIZONTAL, -1, &page_min, NULL, NULL, NULL);
  g_test_message ("window %d wide, page %d (at least %d)",
                  gtk_widget_get_width (GTK_WIDGET (fixture->window)),
                  gtk_widget_get_width (fixture->page), page_min);
}

static void
save_picture (Fixture    *fixture,
              const char *name)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  const char *dir = g_getenv ("CANDOR_FEELINGS_PNG_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int width = gtk_widget_get_width (window);
  int height = gtk_widget_get_height (window);

  if (dir == NULL)
    return;

  g_mkdir_with_parents (dir, 0755);
  paintable = gtk_widget_paintable_new (window);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_build_filename (dir, name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("wrote %s", path);
}

static void
assert_inside (GtkWidget *widget,
               GtkWidget *container)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (widget, container, &bounds));
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (container) + 0.5);
}

static void
test_fits_narrow (Fixture       *fixture,
                  gconstpointer  data)
{
  const int widths[] = { 1024, 360 };
  const char *chosen[] = { "grateful", "anxious", NULL };
  AdwStyleManager *style = adw_style_manager_get_default ();
  GtkStack *views = GTK_STACK (candor_test_find_widget (GTK_WIDGET (fixture->browser),
                                                        GTK_TYPE_STACK, NULL));
  GtkWidget *meter = candor_test_find_widget (GTK_WIDGET (fixture->browser),
                                              CANDOR_TYPE_MOOD_METER, NULL);
  GtkWidget *scrolled = candor_test_find_widget (fixture->page, GTK_TYPE_SCROLLED_WINDOW, NULL);
  GtkWidget *note_row = candor_test_find_widget (fixture->page, ADW_TYPE_ENTRY_ROW, "Note (optional)");
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  int min_width;

  /* The page never asks for more than a phone's width. */
  gtk_widget_measure (fixture->page, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  g_assert_cmpint (min_width, <=, 360);

  candor_feeling_browser_set_selected (fixture->browser, chosen);
  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    for (guint dark = 0; dark < 2; dark++)
      {
        g_autofree char *words = g_strdup_printf ("feelings-page-words-%s-%d.png",
                                                  dark ? "dark" : "light", widths[w]);
        g_autofree char *form = g_strdup_printf ("feelings-page-form-%s-%d.png",
                                                 dark ? "dark" : "light", widths[w]);
        g_autofree char *mood = g_strdup_printf ("feelings-page-meter-%s-%d.png",
                                                 dark ? "dark" : "light", widths[w]);
        g_autoptr(GPtrArray) chips = NULL;
        graphene_rect_t save;
        GtkWidget *chip;

        adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                        : ADW_COLOR_SCHEME_FORCE_LIGHT);
        gtk_stack_set_visible_child_name (views, "words");
        gtk_adjustment_set_value (adjustment, 0);
        resize (fixture, widths[w]);

        /* The chips wrap inside the browser, which stays inside the page. */
        assert_inside (GTK_WIDGET (fixture->browser), fixture->page);
        chips = find_chips (GTK_WIDGET (fixture->browser), FALSE);
        chip = g_ptr_array_index (chips, chips->len - 1);
        assert_inside (chip, GTK_WIDGET (fixture->browser));
        save_picture (fixture, words);

        /* The form under the browser, down to Save Feeling. */
        gtk_widget_grab_focus (note_row);
        candor_test_spin (300);
        g_assert_true (gtk_widget_compute_bounds (save_button (fixture), scrolled, &save));
        gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + save.origin.y +
                                  save.size.height + 24 - gtk_widget_get_height (scrolled));
        candor_test_spin (300);
        save_picture (fixture, form);

        /* The mood meter scales to the width there is, and keeps a useful height. */
        gtk_adjustment_set_value (adjustment, 0);
        gtk_stack_set_visible_child_name (views, "meter");
        gtk_widget_grab_focus (meter);
        candor_mood_meter_move_focus (CANDOR_MOOD_METER (meter), 1, 0);
        candor_test_spin (300);
        assert_inside (meter, GTK_WIDGET (fixture->browser));
        g_assert_cmpint (gtk_widget_get_height (meter), >=, 200);
        save_picture (fixture, mood);
      }

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *first = g_dir_make_tmp ("candor-feelings-XXXXXX", NULL);
  int ret;

  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();
  g_assert_true (candor_secure_init (NULL));
  g_object_set (gtk_settings_get_default (), "gtk-font-name", "Cantarell 11", NULL);

  /* One app for the run; each test opens its own journal in it (see fixture_set_up()). */
  app = candor_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
  g_assert_nonnull (first);
  candor_application_set_vault_directory (app, first);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/feelings-page/name-a-feeling", test_name_a_feeling);
  ADD ("/feelings-page/keyboard-saves", test_keyboard_saves);
  ADD ("/feelings-page/fits-narrow", test_fits_narrow);
#undef ADD

  ret = g_test_run ();
  g_object_unref (app);
  candor_test_remove_tree (first);
  return ret;
}
