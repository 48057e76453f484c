/* test-today-page.c — the Today and Feelings pages, on real widgets and a real journal
 *
 * Each test creates a journal for two partners (Alex, who is "me", and Sam) in its own
 * folder with the fastest key derivation, shows a page with that session, drives it the
 * way a person would (actions, the editor, the picker, the undo toast) and checks both
 * what the page shows and what the journal holds.
 *
 * Set CANDOR_TODAY_PNG_DIR to keep pictures of the history and the Feelings page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sodium.h>

#include "candor-checkin-editor.h"
#include "candor-checkin-row.h"
#include "candor-feeling-picker.h"
#include "candor-feelings-page.h"
#include "candor-test-utils.h"
#include "candor-today-page.h"
#include "candor-today.h"
#include "candor-ui.h"
#include "candor-vocabulary.h"

#define PASSPHRASE "sunflower river lamp"

typedef struct {
  char          *dir;
  CandorSession *session;
  CandorJournal *journal;
  CandorPerson  *alex;
  CandorPerson  *sam;
  GtkWindow     *window;
  GtkWidget     *page;
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
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  CandorPerson *alex = candor_person_new ("Alex", CANDOR_RELATIONSHIP_PARTNER);
  CandorPerson *sam = candor_person_new ("Sam", CANDOR_RELATIONSHIP_PARTNER);

  fixture->dir = g_dir_make_tmp ("candor-today-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->session = candor_session_new (fixture->dir);
  candor_vault_set_kdf_limits (candor_session_get_vault (fixture->session),
                               crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN);
  candor_session_set_autosave_delay (fixture->session, 0);

  candor_person_set_is_me (alex, TRUE);
  g_ptr_array_add (people, alex);
  g_ptr_array_add (people, sam);
  g_assert_true (candor_session_create (fixture->session, PASSPHRASE, people, &error));
  g_assert_no_error (error);

  fixture->journal = candor_session_get_journal (fixture->session);
  fixture->alex = CANDOR_PERSON (g_list_model_get_item (candor_journal_get_people (fixture->journal), 0));
  fixture->sam = CANDOR_PERSON (g_list_model_get_item (candor_journal_get_people (fixture->journal), 1));
  g_object_unref (fixture->alex);
  g_object_unref (fixture->sam);
  g_assert_cmpstr (candor_person_get_name (fixture->alex), ==, "Alex");
}

static void
show_page (Fixture *fixture,
           GType    type)
{
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 800, 900);

  fixture->page = g_object_new (type, "session", fixture->session, NULL);
  gtk_window_set_child (fixture->window, fixture->page);
  gtk_window_present (fixture->window);
  g_assert_true (candor_test_wait_for (is_mapped, fixture->page, 5000));
  candor_test_spin (50);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  candor_test_close_toplevels_except (NULL);
  candor_test_spin (50);
  g_clear_object (&fixture->session);
  candor_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* Keeps a picture of the window when CANDOR_TODAY_PNG_DIR is set, for checking by eye. */
static void
save_picture (GtkWindow  *window,
              const char *name)
{
  const char *dir = g_getenv ("CANDOR_TODAY_PNG_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int width = gtk_widget_get_width (GTK_WIDGET (window));
  int height = gtk_widget_get_height (GTK_WIDGET (window));

  if (dir == NULL)
    return;

  candor_test_spin (300);
  paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_build_filename (dir, name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("wrote %s", path);
}

static void wait_rows (GtkWidget *page,
                       guint      n);

static const char *
id_of (gpointer entry)
{
  return candor_entry_get_id (CANDOR_ENTRY (entry));
}

static guint
n_checkins (Fixture *fixture)
{
  return g_list_model_get_n_items (candor_journal_get_checkins (fixture->journal));
}

static CandorCheckin *
today_of (Fixture      *fixture,
          CandorPerson *person)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) today = candor_day_from_date_time (now);

  return candor_today_find_checkin (candor_journal_get_checkins (fixture->journal),
                                    id_of (person), today);
}

/* Whether a visible label on the page shows exactly @text. */
static gboolean
page_shows (GtkWidget  *page,
            const char *text)
{
  g_autoptr(GPtrArray) labels = candor_test_find_all (page, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), text) == 0 &&
          gtk_widget_is_drawable (label))
        return TRUE;
    }

  return FALSE;
}

static gboolean
page_shows_cb (gpointer data)
{
  gpointer *args = data;

  return page_shows (args[0], args[1]);
}

static void
assert_page_shows (GtkWidget  *page,
                   const char *text)
{
  gpointer args[] = { page, (gpointer)text };

  if (!candor_test_wait_for (page_shows_cb, args, 3000))
    g_error ("The page does not show “%s”", text);
}

static gboolean
editor_is_open (gpointer data)
{
  return candor_test_find_toplevel (CANDOR_TYPE_CHECKIN_EDITOR) != NULL;
}

static gboolean
editor_is_closed (gpointer data)
{
  return candor_test_find_toplevel (CANDOR_TYPE_CHECKIN_EDITOR) == NULL;
}

static CandorCheckinEditor *
open_editor_for (Fixture *fixture,
                 int      index)
{
  GtkWindow *editor;

  g_assert_true (gtk_widget_activate_action (fixture->page, "today.write", "i", index));
  g_assert_true (candor_test_wait_for (editor_is_open, NULL, 3000));
  editor = candor_test_find_toplevel (CANDOR_TYPE_CHECKIN_EDITOR);
  g_assert_true (candor_test_wait_for (is_mapped, editor, 3000));
  return CANDOR_CHECKIN_EDITOR (editor);
}

static gboolean
picker_is_open (gpointer data)
{
  GtkWindow *picker = candor_test_find_toplevel (CANDOR_TYPE_FEELING_PICKER);

  return picker != NULL && gtk_widget_get_mapped (GTK_WIDGET (picker));
}

/* Chooses @ids in the picker that @widget's @action opens, and presses Done. */
static void
pick_feelings (GtkWidget          *widget,
               const char         *action,
               const char * const *ids)
{
  GtkWindow *picker;

  g_assert_true (gtk_widget_activate_action (widget, action, NULL));
  g_assert_true (candor_test_wait_for (picker_is_open, NULL, 3000));
  picker = candor_test_find_toplevel (CANDOR_TYPE_FEELING_PICKER);
  candor_feeling_picker_set_selected (CANDOR_FEELING_PICKER (picker), ids);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (picker), "picker.done", NULL));
  candor_test_spin (50);
}

static void
set_entry_row (GtkWidget  *root,
               const char *title,
               const char *text)
{
  GtkWidget *row = candor_test_find_widget (root, ADW_TYPE_ENTRY_ROW, title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
save_editor (CandorCheckinEditor *editor)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  g_assert_true (candor_test_wait_for (editor_is_closed, NULL, 3000));
}

static void
write_free_text (Fixture    *fixture,
                 int         index,
                 const char *text,
                 gboolean    shared)
{
  CandorCheckinEditor *editor = open_editor_for (fixture, index);
  GtkWidget *own = candor_test_find_widget (GTK_WIDGET (editor), GTK_TYPE_TOGGLE_BUTTON, "_Own Words");
  GtkWidget *view = candor_test_find_widget (GTK_WIDGET (editor), GTK_TYPE_TEXT_VIEW, NULL);
  GtkWidget *share = candor_test_find_widget (GTK_WIDGET (editor), GTK_TYPE_SWITCH, NULL);

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (own), TRUE);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
  gtk_switch_set_active (GTK_SWITCH (share), shared);
  save_editor (editor);
}

static char *
sentence_for (const char * const *ids,
              const char         *when,
              const char         *need)
{
  CandorVocabulary *vocabulary = candor_vocabulary_get_default ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  for (guint i = 0; ids[i] != NULL; i++)
    g_ptr_array_add (labels, (gpointer)candor_feeling_get_label (candor_vocabulary_lookup (vocabulary, ids[i])));
  g_ptr_array_add (labels, NULL);

  return candor_today_build_sentence ((const char * const *)labels->pdata, when, need);
}

static void
test_write_with_builder (Fixture       *fixture,
                         gconstpointer  data)
{
  const char *ids[] = { "grateful", "calm", NULL };
  g_autofree char *expected = sentence_for (ids, "you made tea", "a slow evening");
  CandorCheckinEditor *editor;
  CandorCheckin *checkin;
  g_autofree char *hidden = NULL;

  show_page (fixture, CANDOR_TYPE_TODAY_PAGE);
  assert_page_shows (fixture->page, "Alex hasn’t shared anything today yet.");

  editor = open_editor_for (fixture, 0);

  /* Saving an empty check-in is refused with a message, and nothing is lost. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  g_assert_true (page_shows (GTK_WIDGET (editor), "Choose a feeling, or say what happened, first."));
  g_assert_cmpuint (n_checkins (fixture), ==, 0);

  pick_feelings (GTK_WIDGET (editor), "editor.choose-feelings", ids);
  set_entry_row (GTK_WIDGET (editor), "when…", "you made tea");
  set_entry_row (GTK_WIDGET (editor), "and I need…", "a slow evening");
  /* The sentence shows as it will read. */
  g_assert_cmpstr (candor_checkin_editor_get_preview (editor), ==, expected);
  g_assert_true (page_shows (GTK_WIDGET (editor), expected));
  save_picture (GTK_WINDOW (editor), "checkin-editor.png");
  save_editor (editor);

  g_assert_cmpuint (n_checkins (fixture), ==, 1);
  checkin = today_of (fixture, fixture->alex);
  g_assert_nonnull (checkin);
  g_assert_cmpstrv (candor_checkin_get_feelings (checkin), ids);
  g_assert_cmpstr (candor_checkin_get_when (checkin), ==, "you made tea");
  g_assert_cmpstr (candor_checkin_get_need (checkin), ==, "a slow evening");
  g_assert_cmpint (candor_checkin_get_kind (checkin), ==, CANDOR_CHECKIN_KIND_APPRECIATION);
  g_assert_true (candor_checkin_get_shared (checkin));
  g_assert_true (candor_session_has_unsaved_changes (fixture->session));

  /* Sam has not answered: Alex's answer waits, hidden. */
  hidden = g_strdup ("Alex has answered. It stays hidden until you have both answered.");
  assert_page_shows (fixture->page, hidden);
  g_assert_false (page_shows (fixture->page, expected));
}

static void
test_answer_then_reveal (Fixture       *fixture,
                         gconstpointer  data)
{
  CandorCheckin *a, *b;

  show_page (fixture, CANDOR_TYPE_TODAY_PAGE);

  write_free_text (fixture, 0, "I worry about the move.", TRUE);
  a = today_of (fixture, fixture->alex);
  g_assert_nonnull (a);
  g_assert_false (candor_checkin_get_revealed (a));
  assert_page_shows (fixture->page, "Sam hasn’t shared anything today yet.");
  g_assert_false (page_shows (fixture->page, "I worry about the move."));

  /* Hidden in the history too. */
  g_assert_true (gtk_widget_activate_action (fixture->page, "today.show-history", NULL));
  assert_page_shows (fixture->page, "Hidden until you have both answered.");
  g_assert_false (page_shows (fixture->page, "I worry about the move."));
  g_assert_true (gtk_widget_activate_action (fixture->page, "today.show-history", NULL));

  write_free_text (fixture, 1, "I loved our walk.", TRUE);
  b = today_of (fixture, fixture->sam);
  g_assert_nonnull (b);

  /* Both answered: both show, together. */
  g_assert_true (candor_checkin_get_revealed (a));
  g_assert_true (candor_checkin_get_revealed (b));
  assert_page_shows (fixture->page, "I worry about the move.");
  assert_page_shows (fixture->page, "I loved our walk.");

  /* The history's row for the first answer shows it now as well. */
  g_assert_true (gtk_widget_activate_action (fixture->page, "today.show-history", NULL));
  wait_rows (fixture->page, 2);
  assert_page_shows (fixture->page, "I worry about the move.");
  g_assert_false (page_shows (fixture->page, "Hidden until you have both answered."));
}

static void
test_reveal_early (Fixture       *fixture,
                   gconstpointer  data)
{
  CandorCheckin *a;

  show_page (fixture, CANDOR_TYPE_TODAY_PAGE);
  write_free_text (fixture, 0, "Today was long.", TRUE);
  g_assert_false (page_shows (fixture->page, "Today was long."));

  g_assert_true (gtk_widget_activate_action (fixture->page, "today.reveal", NULL));
  a = today_of (fixture, fixture->alex);
  g_assert_true (candor_checkin_get_revealed (a));
  assert_page_shows (fixture->page, "Today was long.");
}

static void
test_private (Fixture       *fixture,
              gconstpointer  data)
{
  CandorCheckin *b;
  g_autoptr(GPtrArray) rows = NULL;
  GtkStack *stack;

  show_page (fixture, CANDOR_TYPE_TODAY_PAGE);
  write_free_text (fixture, 0, "Thank you for the call.", TRUE);
  write_free_text (fixture, 1, "I feel lost at work.", FALSE);

  b = today_of (fixture, fixture->sam);
  g_assert_false (candor_checkin_get_shared (b));

  /* Revealed together, but Sam's private words stay out of the shared view. */
  assert_page_shows (fixture->page, "Thank you for the call.");
  assert_page_shows (fixture->page, "Sam kept today’s check-in private.");
  g_assert_false (page_shows (fixture->page, "I feel lost at work."));

  /* The history marks it private and keeps its words out, as today's card does. */
  stack = GTK_STACK (candor_test_find_widget (fixture->page, GTK_TYPE_STACK, NULL));
  g_assert_true (gtk_widget_activate_action (fixture->page, "today.show-history", NULL));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "history");
  assert_page_shows (fixture->page, "Private");
  rows = candor_test_find_all (fixture->page, CANDOR_TYPE_CHECKIN_ROW);
  g_assert_cmpuint (rows->len, ==, 2);
  assert_page_shows (fixture->page, "Sam kept this check-in private.");
  g_assert_false (page_shows (fixture->page, "I feel lost at work."));
  assert_page_shows (fixture->page, "Thank you for the call.");
}

static void
test_moments (Fixture       *fixture,
              gconstpointer  data)
{
  GListModel *interactions;
  g_autoptr(CandorInteraction) first = NULL;
  g_autoptr(CandorInteraction) second = NULL;
  AdwActionRow *tally;

  show_page (fixture, CANDOR_TYPE_TODAY_PAGE);
  interactions = candor_journal_get_interactions (fixture->journal);

  set_entry_row (fixture->page, "Note (optional)", "asked about my day");
  g_assert_true (gtk_widget_activate_action (fixture->page, "today.log-moment", "i", 0));
  g_assert_true (gtk_widget_activate_action (fixture->page, "today.log-moment", "i", 3));
  g_assert_true (gtk_widget_activate_action (fixture->page, "today.log-moment", "i", 4));

  g_assert_cmpuint (g_list_model_get_n_items (interactions), ==, 3);
  first = g_list_model_get_item (interactions, 0);
  second = g_list_model_get_item (interactions, 1);
  g_assert_cmpint (candor_interaction_get_kind (first), ==, CANDOR_INTERACTION_KIND_BID_TOWARD);
  g_assert_cmpstr (candor_interaction_get_note (first), ==, "asked about my day");
  g_assert_cmpstr (candor_interaction_get_person_id (first), ==, id_of (fixture->sam));
  /* The note was for the first tap only. */
  g_assert_null (candor_interaction_get_note (second));

  tally = ADW_ACTION_ROW (candor_test_find_widget (fixture->page, ADW_TYPE_ACTION_ROW, "So Far Today"));
  g_assert_nonnull (tally);
  g_assert_cmpstr (adw_action_row_get_subtitle (tally), ==,
                   "Turned toward: 1 · Away: 0 · Against: 0 · Positive: 1 · Corrective: 1");
}

static void
add_checkin (Fixture      *fixture,
             CandorPerson *author,
             int           days_ago,
             const char   *text)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, -days_ago);
  g_autoptr(GDateTime) day = candor_day_from_date_time (then);
  g_autoptr(CandorCheckin) checkin = candor_checkin_new (id_of (author), day,
                                                         CANDOR_CHECKIN_KIND_NEED);

  candor_checkin_set_text (checkin, text);
  candor_checkin_set_revealed (checkin, TRUE);
  candor_journal_add_checkin (fixture->journal, checkin);
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  GtkWidget *ra = *(GtkWidget **)a;
  GtkWidget *rb = *(GtkWidget **)b;
  graphene_point_t pa, pb;

  g_assert_true (gtk_widget_compute_point (ra, gtk_widget_get_parent (gtk_widget_get_parent (ra)),
                                           &GRAPHENE_POINT_INIT (0, 0), &pa));
  g_assert_true (gtk_widget_compute_point (rb, gtk_widget_get_parent (gtk_widget_get_parent (rb)),
                                           &GRAPHENE_POINT_INIT (0, 0), &pb));
  return pa.y < pb.y ? -1 : pa.y > pb.y;
}

static GPtrArray *
shown_rows (GtkWidget *page)
{
  GPtrArray *rows = candor_test_find_all (page, CANDOR_TYPE_CHECKIN_ROW);

  for (guint i = rows->len; i > 0; i--)
    {
      if (!gtk_widget_get_mapped (g_ptr_array_index (rows, i - 1)) ||
          candor_checkin_row_get_checkin (g_ptr_array_index (rows, i - 1)) == NULL)
        g_ptr_array_remove_index (rows, i - 1);
    }
  g_ptr_array_sort (rows, compare_rows);
  return rows;
}

/* The history's list: the one whose rows are check-ins. */
static GtkWidget *
history_list (GtkWidget *page)
{
  g_autoptr(GPtrArray) lists = candor_test_find_all (page, GTK_TYPE_LIST_VIEW);

  for (guint i = 0; i < lists->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (lists, i), "checkin-history"))
      return g_ptr_array_index (lists, i);

  g_error ("no history list");
  return NULL;
}

static guint
n_listed (GtkWidget *page)
{
  GtkWidget *list = history_list (page);

  return g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list))));
}

/* Scrolls the history to its end, as a person keeps doing, until it lists more than
 * args[2] rows. */
static gboolean
scrolled_to_more (gpointer data)
{
  gpointer *args = data;
  GtkAdjustment *adjustment = args[1];

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  return n_listed (args[0]) > GPOINTER_TO_UINT (args[2]);
}

static gboolean
has_rows (gpointer data)
{
  gpointer *args = data;
  g_autoptr(GPtrArray) rows = shown_rows (args[0]);

  return rows->len == GPOINTER_TO_UINT (args[1]);
}

static void
wait_rows (GtkWidget *page,
           guint      n)
{
  gpointer args[] = { page, GUINT_TO_POINTER (n) };

  if (!candor_test_wait_for (has_rows, args, 3000))
    {
      g_autoptr(GPtrArray) rows = shown_rows (page);
      g_error ("%u rows shown, not %u", rows->len, n);
    }
}

static void
test_history_days (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) rows = NULL;
  GtkWidget *row0, *row1, *row2, *row3;

  add_checkin (fixture, fixture->alex, 3, "three days ago");
  add_checkin (fixture, fixture->alex, 2, "two days ago, Alex");
  add_checkin (fixture, fixture->sam, 2, "two days ago, Sam");
  add_checkin (fixture, fixture->sam, 1, "yesterday");
  {
    g_autoptr(CandorCheckin) last = g_list_model_get_item (candor_journal_get_checkins (fixture->journal), 3);
    const char *ids[] = { "grateful", "calm", NULL };

    candor_checkin_set_feelings (last, ids);
    candor_checkin_set_shared (last, FALSE);
  }

  show_page (fixture, CANDOR_TYPE_TODAY_PAGE);
  gtk_stack_set_transition_type (GTK_STACK (candor_test_find_widget (fixture->page, GTK_TYPE_STACK, NULL)),
                                 GTK_STACK_TRANSITION_TYPE_NONE);
  g_assert_true (gtk_widget_activate_action (fixture->page, "today.show-history", NULL));
  wait_rows (fixture->page, 4);
  rows = shown_rows (fixture->page);
  row0 = rows->pdata[0];
  row1 = rows->pdata[1];
  row2 = rows->pdata[2];
  row3 = rows->pdata[3];

  /* Newest first; a day's header in its first row only. Yesterday's is private: the
   * shared history shows that, not its words. */
  g_assert_cmpstr (candor_checkin_row_get_text (CANDOR_CHECKIN_ROW (row0)), ==,
                   "Sam kept this check-in private.");
  g_assert_true (candor_checkin_row_get_show_day (CANDOR_CHECKIN_ROW (row0)));
  g_assert_true (candor_checkin_row_get_show_day (CANDOR_CHECKIN_ROW (row1)));
  g_assert_false (candor_checkin_row_get_show_day (CANDOR_CHECKIN_ROW (row2)));
  g_assert_true (candor_checkin_row_get_show_day (CANDOR_CHECKIN_ROW (row3)));
  g_assert_cmpstr (candor_checkin_row_get_text (CANDOR_CHECKIN_ROW (row3)), ==, "three days ago");
  g_assert_cmpstr (candor_checkin_row_get_day_text (CANDOR_CHECKIN_ROW (row1)), !=,
                   candor_checkin_row_get_day_text (CANDOR_CHECKIN_ROW (row0)));
  g_assert_cmpstr (candor_checkin_row_get_day_text (CANDOR_CHECKIN_ROW (row1)), ==,
                   candor_checkin_row_get_day_text (CANDOR_CHECKIN_ROW (row2)));

  save_picture (fixture->window, "today-history.png");
}

static gboolean
find_undo (gpointer data)
{
  gpointer *args = data;

  args[1] = candor_test_find_widget (args[0], GTK_TYPE_BUTTON, "_Undo");
  return args[1] != NULL;
}

static void
test_delete_undo (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(CandorCheckin) yesterday = NULL;
  gpointer args[2] = { NULL, NULL };
  GListModel *checkins = candor_journal_get_checkins (fixture->journal);
  g_autoptr(GPtrArray) rows = NULL;

  add_checkin (fixture, fixture->alex, 2, "two days ago");
  add_checkin (fixture, fixture->sam, 1, "yesterday");
  yesterday = g_list_model_get_item (checkins, 1);

  show_page (fixture, CANDOR_TYPE_TODAY_PAGE);
  g_assert_true (gtk_widget_activate_action (fixture->page, "today.show-history", NULL));
  wait_rows (fixture->page, 2);

  g_assert_true (gtk_widget_activate_action (fixture->page, "today.delete-checkin", "s",
                                             id_of (yesterday)));
  g_assert_cmpuint (g_list_model_get_n_items (checkins), ==, 1);
  g_assert_null (candor_journal_find (fixture->journal, id_of (yesterday)));
  wait_rows (fixture->page, 1);

  args[0] = fixture->page;
  g_assert_true (candor_test_wait_for (find_undo, args, 3000));
  g_signal_emit_by_name (args[1], "clicked");

  g_assert_cmpuint (g_list_model_get_n_items (checkins), ==, 2);
  g_assert_true (candor_journal_find (fixture->journal, id_of (yesterday)) == CANDOR_ENTRY (yesterday));
  g_assert_cmpstr (candor_checkin_get_text (yesterday), ==, "yesterday");
  wait_rows (fixture->page, 2);
  rows = shown_rows (fixture->page);
  g_assert_cmpstr (candor_checkin_row_get_text (rows->pdata[0]), ==, "yesterday");
}

static void
test_edit (Fixture       *fixture,
           gconstpointer  data)
{
  const char *ids[] = { "hopeful", NULL };
  g_autoptr(CandorCheckin) checkin = NULL;
  CandorCheckinEditor *editor;
  GtkWidget *view;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *shown = NULL;

  add_checkin (fixture, fixture->alex, 1, "Long day.");
  checkin = g_list_model_get_item (candor_journal_get_checkins (fixture->journal), 0);
  candor_checkin_set_feelings (checkin, ids);

  show_page (fixture, CANDOR_TYPE_TODAY_PAGE);
  g_assert_true (gtk_widget_activate_action (fixture->page, "today.show-history", NULL));
  wait_rows (fixture->page, 1);

  g_assert_true (gtk_widget_activate_action (fixture->page, "today.edit-checkin", "s",
                                             id_of (checkin)));
  g_assert_true (candor_test_wait_for (editor_is_open, NULL, 3000));
  editor = CANDOR_CHECKIN_EDITOR (candor_test_find_toplevel (CANDOR_TYPE_CHECKIN_EDITOR));

  /* The editor opens with what the check-in says, in "Own Words". */
  view = candor_test_find_widget (GTK_WIDGET (editor), GTK_TYPE_TEXT_VIEW, NULL);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (shown, ==, "Long day.");
  {
    g_auto(GStrv) chosen = candor_checkin_editor_get_feelings (editor);

    g_assert_cmpstrv (chosen, ids);
  }

  gtk_text_buffer_set_text (buffer, "Long day, but a good evening.", -1);
  save_editor (editor);

  /* The same check-in, changed in place; the history shows the new words. */
  g_assert_cmpuint (n_checkins (fixture), ==, 1);
  g_assert_cmpstr (candor_checkin_get_text (checkin), ==, "Long day, but a good evening.");
  g_assert_cmpstrv (candor_checkin_get_feelings (checkin), ids);
  g_assert_true (candor_session_has_unsaved_changes (fixture->session));
  assert_page_shows (fixture->page, "Long day, but a good evening.");
}

/* Activates the page's shortcut for @keyval + Ctrl, as the window would on a key press. */
static gboolean
press_ctrl (GtkWidget *page,
            guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (page);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint s = 0; s < g_list_model_get_n_items (G_LIST_MODEL (controller)); s++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), s);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == GDK_CONTROL_MASK)
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, page,
                                                 gtk_shortcut_get_arguments (shortcut));
        }
    }

  return FALSE;
}

static void
test_shortcuts (Fixture       *fixture,
                gconstpointer  data)
{
  GtkStack *stack;
  CandorCheckinEditor *editor;
  g_autofree char *title = NULL;

  show_page (fixture, CANDOR_TYPE_TODAY_PAGE);
  stack = GTK_STACK (candor_test_find_widget (fixture->page, GTK_TYPE_STACK, NULL));

  /* Ctrl+H shows the history and back. */
  g_assert_true (press_ctrl (fixture->page, GDK_KEY_h));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "history");
  /* Ctrl+N writes the next check-in: Alex's first, from any section. */
  g_assert_true (press_ctrl (fixture->page, GDK_KEY_n));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "today");
  g_assert_true (candor_test_wait_for (editor_is_open, NULL, 3000));
  editor = CANDOR_CHECKIN_EDITOR (candor_test_find_toplevel (CANDOR_TYPE_CHECKIN_EDITOR));
  g_object_get (editor, "title", &title, NULL);
  g_assert_cmpstr (title, ==, "Alex’s Check-in");
  gtk_window_close (GTK_WINDOW (editor));
  g_assert_true (candor_test_wait_for (editor_is_closed, NULL, 3000));

  /* Not while the page is hidden: the key belongs to whatever page shows. */
  gtk_widget_set_visible (fixture->page, FALSE);
  g_assert_false (press_ctrl (fixture->page, GDK_KEY_n));
  g_assert_false (editor_is_open (NULL));
}

static void
test_long_history (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GTimer) timer = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(CandorCheckin) newest = NULL;
  GtkAdjustment *adjustment;
  guint listed;
  double seconds;

  /* Ten years of two check-ins a day. */
  for (int day = 3650; day > 0; day--)
    {
      add_checkin (fixture, fixture->alex, day, "An older day.");
      add_checkin (fixture, fixture->sam, day, "An older day, too.");
    }
  g_assert_cmpuint (n_checkins (fixture), ==, 7300);

  timer = g_timer_new ();
  show_page (fixture, CANDOR_TYPE_TODAY_PAGE);
  g_test_message ("Today page shown after %.0f ms", g_timer_elapsed (timer, NULL) * 1000);
  g_timer_start (timer);
  g_assert_true (gtk_widget_activate_action (fixture->page, "today.show-history", NULL));
  while ((rows = shown_rows (fixture->page))->len == 0 && g_timer_elapsed (timer, NULL) < 10)
    {
      g_clear_pointer (&rows, g_ptr_array_unref);
      candor_test_spin (5);
    }
  seconds = g_timer_elapsed (timer, NULL);
  g_assert_cmpuint (rows->len, >, 0);
  /* Rows are built for the newest check-ins, not for 7300 items (nor for the 200 rows
   * GTK 4.8's list view makes for any long model). */
  g_assert_cmpuint (rows->len, <, 100);
  g_test_message ("10 years (7300 check-ins): first history rows %.0f ms after opening the history", seconds * 1000);
  g_assert_cmpfloat (seconds, <, 3.0);

  /* Scrolling down takes the next rows, every time the end comes near. */
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (history_list (fixture->page)));
  listed = n_listed (fixture->page);
  g_assert_cmpuint (listed, <, 100);
  for (int i = 0; i < 3; i++)
    {
      gpointer args[] = { fixture->page, adjustment, GUINT_TO_POINTER (listed) };

      /* Until the list has laid out the last rows taken, the end is where it was. */
      g_assert_true (candor_test_wait_for (scrolled_to_more, args, 5000));
      listed = n_listed (fixture->page);
    }
  g_assert_cmpuint (listed, <, 7300);
  g_assert_cmpuint (g_list_model_get_n_items (candor_today_page_get_history (CANDOR_TODAY_PAGE (fixture->page))),
                    ==, 7300);

  /* A new check-in lands on top without rebuilding the list. */
  g_timer_start (timer);
  add_checkin (fixture, fixture->alex, 0, "today, at last");
  newest = g_list_model_get_item (candor_today_page_get_history (CANDOR_TODAY_PAGE (fixture->page)), 0);
  g_assert_cmpstr (candor_checkin_get_text (newest), ==, "today, at last");
  g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, 0.5);
}

static void
test_welcome_back (Fixture       *fixture,
                   gconstpointer  data)
{
  add_checkin (fixture, fixture->alex, 4, "a while ago");

  show_page (fixture, CANDOR_TYPE_TODAY_PAGE);
  assert_page_shows (fixture->page, "Welcome back — want to share one thing from today?");

  write_free_text (fixture, 0, "Back again.", TRUE);
  g_assert_false (page_shows (fixture->page, "Welcome back — want to share one thing from today?"));
}

static gboolean
row_shown_cb (gpointer data)
{
  gpointer *args = data;

  return candor_test_find_widget (args[0], ADW_TYPE_ACTION_ROW, args[1]) != NULL;
}

static void
test_feelings_counts (Fixture       *fixture,
                      gconstpointer  data)
{
  const char *ids[] = { "calm", NULL };
  GListModel *notes = candor_journal_get_feeling_notes (fixture->journal);
  g_autoptr(CandorFeelingNote) note = NULL;

  show_page (fixture, CANDOR_TYPE_FEELINGS_PAGE);
  g_assert_nonnull (candor_test_find_widget (fixture->page, ADW_TYPE_ACTION_ROW, "0 different words"));
  g_assert_false (gtk_widget_activate_action (fixture->page, "feelings.save", NULL) &&
                  g_list_model_get_n_items (notes) > 0);

  /* The words are chosen in the browser on the page (test-feelings-page drives it). */
  candor_feelings_page_set_feelings (CANDOR_FEELINGS_PAGE (fixture->page), ids);
  set_entry_row (fixture->page, "Note (optional)", "after the long meeting");
  g_assert_true (gtk_widget_activate_action (fixture->page, "feelings.save", NULL));

  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 1);
  note = g_list_model_get_item (notes, 0);
  g_assert_cmpstrv (candor_feeling_note_get_feelings (note), ids);
  g_assert_cmpstr (candor_feeling_note_get_note (note), ==, "after the long meeting");
  /* Named by "me" unless someone else is chosen. */
  g_assert_cmpstr (candor_feeling_note_get_person_id (note), ==, id_of (fixture->alex));

  {
    gpointer args[] = { fixture->page, (gpointer)"1 different word" };

    g_assert_true (candor_test_wait_for (row_shown_cb, args, 3000));
  }
  save_picture (fixture->window, "feelings-page.png");
  if (g_getenv ("CANDOR_TODAY_PNG_DIR") != NULL)
    {
      GtkWidget *scrolled = candor_test_find_widget (fixture->page, GTK_TYPE_SCROLLED_WINDOW, NULL);
      GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
      save_picture (fixture->window, "feelings-page-end.png");
    }
  g_assert_nonnull (candor_test_find_widget (fixture->page, ADW_TYPE_ACTION_ROW,
                                             candor_feeling_get_label (candor_vocabulary_lookup (candor_vocabulary_get_default (), "calm"))));
}

/* History search and filters */

static void
add_full (Fixture           *fixture,
          CandorPerson      *author,
          int                days_ago,
          CandorCheckinKind  kind,
          const char        *text,
          const char        *when,
          const char        *need,
          const char        *feeling)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, -days_ago);
  g_autoptr(GDateTime) day = candor_day_from_date_time (then);
  g_autoptr(CandorCheckin) checkin = candor_checkin_new (id_of (author), day, kind);
  const char *feelings[] = { feeling, NULL };

  candor_checkin_set_text (checkin, text);
  candor_checkin_set_when (checkin, when);
  candor_checkin_set_need (checkin, need);
  if (feeling != NULL)
    candor_checkin_set_feelings (checkin, feelings);
  candor_checkin_set_revealed (checkin, TRUE);
  candor_journal_add_checkin (fixture->journal, checkin);
}

static GtkWidget *
find_dropdown (GtkWidget  *page,
               const char *tooltip)
{
  g_autoptr(GPtrArray) dropdowns = candor_test_find_all (page, GTK_TYPE_DROP_DOWN);

  for (guint i = 0; i < dropdowns->len; i++)
    {
      GtkWidget *dropdown = g_ptr_array_index (dropdowns, i);

      if (g_strcmp0 (gtk_widget_get_tooltip_text (dropdown), tooltip) == 0)
        return dropdown;
    }

  g_error ("no drop-down “%s”", tooltip);
  return NULL;
}

/* Picks the drop-down item that reads @text, as a click in its popover would. */
static void
choose (GtkWidget  *dropdown,
        const char *text)
{
  GListModel *model = gtk_drop_down_get_model (GTK_DROP_DOWN (dropdown));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), text) == 0)
        {
          gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), i);
          return;
        }
    }

  g_error ("no “%s” to choose", text);
}

static guint
n_history (Fixture *fixture)
{
  return g_list_model_get_n_items (candor_today_page_get_history (CANDOR_TODAY_PAGE (fixture->page)));
}

/* Types @text into the search entry and waits for the list to show @n rows. */
static void
search_for (Fixture    *fixture,
            GtkWidget  *entry,
            const char *text,
            guint       n)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  wait_rows (fixture->page, n);
  g_assert_cmpuint (n_history (fixture), ==, n);
}

/* Whether every shown row has @text as its words (NULL: any), and each row shows its
 * day exactly when the row above is of another day. */
static void
assert_rows (Fixture    *fixture,
             guint       n,
             const char *author_name)
{
  g_autoptr(GPtrArray) rows = NULL;
  const char *last_day = NULL;

  wait_rows (fixture->page, n);
  rows = shown_rows (fixture->page);
  for (guint i = 0; i < rows->len; i++)
    {
      CandorCheckinRow *row = rows->pdata[i];
      CandorCheckin *checkin = candor_checkin_row_get_checkin (row);
      const char *day = candor_checkin_row_get_day_text (row);

      if (author_name != NULL)
        {
          CandorPerson *author = candor_journal_get_person_by_id (fixture->journal,
                                                                  candor_checkin_get_author_id (checkin));
          g_assert_cmpstr (candor_person_get_name (author), ==, author_name);
        }
      g_assert_cmpint (candor_checkin_row_get_show_day (row), ==, g_strcmp0 (day, last_day) != 0);
      last_day = day;
    }
}

static const char *
first_text (Fixture *fixture)
{
  g_autoptr(GPtrArray) rows = shown_rows (fixture->page);

  g_assert_cmpuint (rows->len, >, 0);
  return candor_checkin_row_get_text (rows->pdata[0]);
}

/* Pictures in light and dark, wide and narrow, when CANDOR_TODAY_PNG_DIR is set. */
static void
save_pictures (Fixture    *fixture,
               const char *name)
{
  static const int widths[] = { 800, 360 };
  AdwStyleManager *style = adw_style_manager_get_default ();

  if (g_getenv ("CANDOR_TODAY_PNG_DIR") == NULL)
    return;

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      for (guint dark = 0; dark < 2; dark++)
        {
          g_autofree char *file = g_strdup_printf ("%s-%s-%d.png", name, dark ? "dark" : "light",
                                                   widths[w]);

          adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                          : ADW_COLOR_SCHEME_FORCE_LIGHT);
          gtk_window_set_default_size (fixture->window, widths[w], 760);
          candor_test_spin (200);
          save_picture (fixture->window, file);
        }
    }

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_set_default_size (fixture->window, 800, 900);
  candor_test_spin (100);
}

static GtkStack *
find_history_stack (GtkWidget *page)
{
  g_autoptr(GPtrArray) stacks = candor_test_find_all (page, GTK_TYPE_STACK);

  for (guint i = 0; i < stacks->len; i++)
    {
      if (gtk_stack_get_child_by_name (stacks->pdata[i], "no-results") != NULL)
        return stacks->pdata[i];
    }

  g_error ("no history stack");
  return NULL;
}

static gboolean
stack_shows (gpointer data)
{
  gpointer *args = data;

  return g_strcmp0 (gtk_stack_get_visible_child_name (args[0]), args[1]) == 0;
}

static void
test_history_search (Fixture       *fixture,
                     gconstpointer  data)
{
  CandorVocabulary *vocabulary = candor_vocabulary_get_default ();
  const char *grateful = candor_feeling_get_label (candor_vocabulary_lookup (vocabulary, "grateful"));
  g_autofree char *grateful_typed = g_utf8_strup (grateful, -1);
  GtkWidget *entry, *person, *kind, *filter_bar, *button, *status;
  GtkStack *history_stack;
  gpointer args[2];

  add_full (fixture, fixture->alex, 5, CANDOR_CHECKIN_KIND_APPRECIATION,
            "Thank you for the morning at the café.", NULL, NULL, "grateful");
  add_full (fixture, fixture->sam, 4, CANDOR_CHECKIN_KIND_WORRY,
            NULL, "the rent was late", "a plan for next month", "anxious");
  add_full (fixture, fixture->alex, 4, CANDOR_CHECKIN_KIND_NEED,
            "Ten quiet minutes tonight, please.", NULL, NULL, "tired");
  add_full (fixture, fixture->sam, 2, CANDOR_CHECKIN_KIND_APPRECIATION,
            "You cooked for all of us.", NULL, NULL, "grateful");
  add_full (fixture, fixture->alex, 1, CANDOR_CHECKIN_KIND_REGRET,
            "I snapped at you over the dishes.", NULL, NULL, NULL);

  show_page (fixture, CANDOR_TYPE_TODAY_PAGE);
  gtk_stack_set_transition_type (GTK_STACK (candor_test_find_widget (fixture->page, GTK_TYPE_STACK, NULL)),
                                 GTK_STACK_TRANSITION_TYPE_NONE);
  g_assert_true (gtk_widget_activate_action (fixture->page, "today.show-history", NULL));
  assert_rows (fixture, 5, NULL);
  g_assert_cmpuint (n_history (fixture), ==, 5);
  save_pictures (fixture, "today-history");

  entry = candor_test_find_widget (fixture->page, GTK_TYPE_SEARCH_ENTRY, NULL);
  g_assert_nonnull (entry);
  g_assert_true (gtk_widget_is_drawable (entry));
  person = find_dropdown (fixture->page, "Whose check-ins to show");
  kind = find_dropdown (fixture->page, "Which kind of check-in to show");
  g_assert_true (gtk_widget_is_drawable (person));
  g_assert_true (gtk_widget_is_drawable (kind));
  history_stack = find_history_stack (fixture->page);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (history_stack), ==, "list");

  /* A word of a check-in's own words, whatever its case. */
  search_for (fixture, entry, "MORNING", 1);
  g_assert_cmpstr (first_text (fixture), ==, "Thank you for the morning at the café.");

  /* Without its accent: "cafe" finds "café", and "CAFÉ" does too. */
  search_for (fixture, entry, "", 5);
  search_for (fixture, entry, "cafe", 1);
  g_assert_cmpstr (first_text (fixture), ==, "Thank you for the morning at the café.");
  search_for (fixture, entry, "", 5);
  search_for (fixture, entry, "CAFÉ", 1);

  /* A part of the built sentence, and a feeling's name as its chip shows it. */
  search_for (fixture, entry, "rent", 1);
  assert_rows (fixture, 1, "Sam");
  search_for (fixture, entry, "next month", 1);
  search_for (fixture, entry, grateful_typed, 2);
  assert_rows (fixture, 2, NULL);
  g_assert_cmpstr (first_text (fixture), ==, "You cooked for all of us.");

  /* Every word must match, in any order. */
  search_for (fixture, entry, "tonight quiet", 1);
  search_for (fixture, entry, "tonight dishes", 0);

  /* Escape clears the search. */
  g_signal_emit_by_name (entry, "stop-search");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  assert_rows (fixture, 5, NULL);

  /* By person: Sam's two, each with its day over it, though Alex's row of the same
   * day is gone from above one of them. */
  choose (person, "Sam");
  assert_rows (fixture, 2, "Sam");
  g_assert_cmpuint (n_history (fixture), ==, 2);
  choose (person, "Alex");
  assert_rows (fixture, 3, "Alex");

  /* By kind, with a person, and with a search on top. */
  choose (person, "Everyone");
  choose (kind, candor_today_kind_label (CANDOR_CHECKIN_KIND_APPRECIATION));
  assert_rows (fixture, 2, NULL);
  choose (person, "Sam");
  assert_rows (fixture, 1, "Sam");
  g_assert_cmpstr (first_text (fixture), ==, "You cooked for all of us.");
  save_pictures (fixture, "today-history-filtered");
  choose (person, "Everyone");
  search_for (fixture, entry, grateful, 2);
  search_for (fixture, entry, "cafe", 1);
  choose (kind, candor_today_kind_label (CANDOR_CHECKIN_KIND_WORRY));
  g_assert_cmpuint (n_history (fixture), ==, 0);

  /* Nothing matches: say so, with a way back. */
  args[0] = history_stack;
  args[1] = (gpointer)"no-results";
  g_assert_true (candor_test_wait_for (stack_shows, args, 3000));
  status = candor_test_find_widget (fixture->page, ADW_TYPE_STATUS_PAGE, "No Check-ins Match");
  g_assert_nonnull (status);
  g_assert_true (gtk_widget_is_drawable (status));
  g_assert_false (page_shows (fixture->page, "No Check-ins Yet"));
  save_pictures (fixture, "today-history-no-match");
  button = candor_test_find_widget (status, GTK_TYPE_BUTTON, "_Clear Search and Filters");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");

  /* Clearing brings everything back, and the filters say so. */
  assert_rows (fixture, 5, NULL);
  g_assert_cmpuint (n_history (fixture), ==, 5);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (history_stack), ==, "list");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (person)), ==, 0);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (kind)), ==, 0);

  /* A check-in that arrives while filtering shows only if it matches; one that lands
   * above a row of its day takes that row's day header. */
  choose (person, "Sam");
  assert_rows (fixture, 2, "Sam");
  add_full (fixture, fixture->alex, 4, CANDOR_CHECKIN_KIND_OTHER, "A walk by the river.",
            NULL, NULL, NULL);
  add_full (fixture, fixture->sam, 4, CANDOR_CHECKIN_KIND_OTHER, "A walk by the sea.",
            NULL, NULL, NULL);
  assert_rows (fixture, 3, "Sam");
  {
    g_autoptr(GPtrArray) rows = shown_rows (fixture->page);

    g_assert_cmpstr (candor_checkin_row_get_text (rows->pdata[1]), ==, "A walk by the sea.");
    g_assert_true (candor_checkin_row_get_show_day (rows->pdata[1]));
    g_assert_false (candor_checkin_row_get_show_day (rows->pdata[2]));
  }
  choose (person, "Everyone");
  assert_rows (fixture, 7, NULL);

  filter_bar = gtk_widget_get_ancestor (entry, ADW_TYPE_CLAMP);
  g_assert_true (gtk_widget_is_drawable (filter_bar));
}

static void
test_history_search_private (Fixture       *fixture,
                             gconstpointer  data)
{
  GtkWidget *entry, *person;

  add_full (fixture, fixture->sam, 2, CANDOR_CHECKIN_KIND_NEED, "A picnic on Sunday.",
            NULL, NULL, NULL);
  show_page (fixture, CANDOR_TYPE_TODAY_PAGE);
  /* Alex answers today; it stays hidden until Sam has answered too. */
  write_free_text (fixture, 0, "A secret picnic for Sam.", TRUE);

  g_assert_true (gtk_widget_activate_action (fixture->page, "today.show-history", NULL));
  assert_rows (fixture, 2, NULL);
  entry = candor_test_find_widget (fixture->page, GTK_TYPE_SEARCH_ENTRY, NULL);
  person = find_dropdown (fixture->page, "Whose check-ins to show");

  /* Its words are not searched while hidden: a match would give them away. */
  search_for (fixture, entry, "picnic", 1);
  g_assert_cmpstr (first_text (fixture), ==, "A picnic on Sunday.");
  search_for (fixture, entry, "secret", 0);

  /* It is still Alex's, still shown hidden when asked for by person. */
  search_for (fixture, entry, "", 2);
  choose (person, "Alex");
  assert_rows (fixture, 1, "Alex");
  g_assert_cmpstr (first_text (fixture), ==, "Hidden until you have both answered.");

  /* Once Sam answers, both show, and the words can be found. */
  choose (person, "Everyone");
  write_free_text (fixture, 1, "Sounds lovely.", TRUE);
  search_for (fixture, entry, "secret", 1);
  g_assert_cmpstr (first_text (fixture), ==, "A secret picnic for Sam.");
}

static gboolean
search_has_focus (gpointer data)
{
  GtkWidget *entry = data;
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (entry));

  return focus != NULL && (focus == entry || gtk_widget_is_ancestor (focus, entry));
}

static void
test_history_search_shortcut (Fixture       *fixture,
                              gconstpointer  data)
{
  GtkStack *stack;
  GtkWidget *entry;

  add_checkin (fixture, fixture->alex, 1, "yesterday");
  show_page (fixture, CANDOR_TYPE_TODAY_PAGE);
  stack = GTK_STACK (candor_test_find_widget (fixture->page, GTK_TYPE_STACK, NULL));
  entry = candor_test_find_widget (fixture->page, GTK_TYPE_SEARCH_ENTRY, NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "today");
  g_assert_false (search_has_focus (entry));

  /* Ctrl+F opens the history with the search ready to type in. */
  g_assert_true (press_ctrl (fixture->page, GDK_KEY_f));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "history");
  g_assert_true (candor_test_wait_for (search_has_focus, entry, 3000));
}

static void
test_history_search_empty_journal (Fixture       *fixture,
                                   gconstpointer  data)
{
  GtkWidget *entry;

  show_page (fixture, CANDOR_TYPE_TODAY_PAGE);
  g_assert_true (gtk_widget_activate_action (fixture->page, "today.show-history", NULL));
  candor_test_spin (50);

  /* No check-ins yet: the invitation to write one, and nothing to search. */
  assert_page_shows (fixture->page, "No Check-ins Yet");
  g_assert_false (page_shows (fixture->page, "No Check-ins Match"));
  entry = candor_test_find_widget (fixture->page, GTK_TYPE_SEARCH_ENTRY, NULL);
  g_assert_false (gtk_widget_is_drawable (entry));
}

static void
test_long_history_search (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GTimer) timer = NULL;
  GtkWidget *entry, *person;
  double seconds;
  int pos = -1;

  /* Ten years of two check-ins a day, one of them about a café. */
  for (int day = 3650; day > 0; day--)
    {
      add_full (fixture, fixture->alex, day, day % 5, "An older day.", "we talked", "a walk",
                "calm");
      add_full (fixture, fixture->sam, day, (day + 1) % 5,
                day == 1800 ? "The day at the café." : "An older day, too.", NULL, NULL,
                "grateful");
    }
  g_assert_cmpuint (n_checkins (fixture), ==, 7300);

  show_page (fixture, CANDOR_TYPE_TODAY_PAGE);
  g_assert_true (gtk_widget_activate_action (fixture->page, "today.show-history", NULL));
  entry = candor_test_find_widget (fixture->page, GTK_TYPE_SEARCH_ENTRY, NULL);
  person = find_dropdown (fixture->page, "Whose check-ins to show");

  /* The search runs when typing pauses; time the search itself. Most of the time is
   * the list taking in or letting go of thousands of rows at once, as when it opens,
   * so those are bounded as loosely as opening is, for busy machines. */
  timer = g_timer_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), "cafe");
  g_signal_emit_by_name (entry, "search-changed");
  seconds = g_timer_elapsed (timer, NULL);
  g_test_message ("searching 7300 check-ins: %.0f ms", seconds * 1000);
  g_assert_cmpfloat (seconds, <, 3.0);
  g_assert_cmpuint (n_history (fixture), ==, 1);
  assert_rows (fixture, 1, "Sam");
  g_assert_cmpstr (first_text (fixture), ==, "The day at the café.");

  /* Typing on looks through what the first search folded, and the list stays. */
  g_timer_start (timer);
  gtk_editable_insert_text (GTK_EDITABLE (entry), " day", -1, &pos);
  g_signal_emit_by_name (entry, "search-changed");
  seconds = g_timer_elapsed (timer, NULL);
  g_test_message ("searching on: %.0f ms", seconds * 1000);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "cafe day");
  g_assert_cmpfloat (seconds, <, 0.5);
  g_assert_cmpuint (n_history (fixture), ==, 1);

  g_timer_start (timer);
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  g_signal_emit_by_name (entry, "search-changed");
  seconds = g_timer_elapsed (timer, NULL);
  g_test_message ("clearing the search: %.0f ms", seconds * 1000);
  g_assert_cmpfloat (seconds, <, 3.0);
  g_assert_cmpuint (n_history (fixture), ==, 7300);
  /* The list starts again from the newest rows. */
  g_assert_cmpuint (n_listed (fixture->page), <, 100);

  g_timer_start (timer);
  choose (person, "Alex");
  seconds = g_timer_elapsed (timer, NULL);
  g_test_message ("Alex's check-ins: %.0f ms", seconds * 1000);
  g_assert_cmpfloat (seconds, <, 3.0);
  g_assert_cmpuint (n_history (fixture), ==, 3650);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  /* These tests check behaviour, not pixels: the cairo renderer spares each window the
   * software GL start-up, which is most of the time under Xvfb. */
  if (g_getenv ("GSK_RENDERER") == NULL)
    g_setenv ("GSK_RENDERER", "cairo", TRUE);
  gtk_init ();
  adw_init ();
  g_assert_cmpint (sodium_init (), >=, 0);
  candor_ui_ensure_types ();
  if (g_getenv ("CANDOR_TODAY_PNG_DIR") != NULL)
    {
      g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

      gtk_css_provider_load_from_resource (css, "/io/github/candorapp/Candor/style.css");
      gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    }

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/today/write-with-builder", test_write_with_builder);
  ADD ("/today/answer-then-reveal", test_answer_then_reveal);
  ADD ("/today/reveal-early", test_reveal_early);
  ADD ("/today/private", test_private);
  ADD ("/today/moments", test_moments);
  ADD ("/today/history-days", test_history_days);
  ADD ("/today/edit", test_edit);
  ADD ("/today/shortcuts", test_shortcuts);
  ADD ("/today/delete-undo", test_delete_undo);
  ADD ("/today/long-history", test_long_history);
  ADD ("/today/history-search", test_history_search);
  ADD ("/today/history-search-private", test_history_search_private);
  ADD ("/today/history-search-shortcut", test_history_search_shortcut);
  ADD ("/today/history-search-empty", test_history_search_empty_journal);
  ADD ("/today/long-history-search", test_long_history_search);
  ADD ("/today/welcome-back", test_welcome_back);
  ADD ("/feelings/counts", test_feelings_counts);

  return g_test_run ();
}
