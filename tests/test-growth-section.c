/* test-growth-section.c — boundaries and private growth journals, on real widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <sodium.h>

#include "candor-boundaries-view.h"
#include "candor-growth-journal.h"
#include "candor-growth-section.h"
#include "candor-secure.h"
#include "candor-session.h"
#include "candor-test-utils.h"

typedef struct
{
  char                *root;
  CandorSession       *session;
  CandorJournal       *journal;
  GtkWindow           *window;
  CandorGrowthSection *section;
  char                *alex;
  char                *sam;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *dir = NULL;
  CandorPerson *alex, *sam;

  fixture->root = g_dir_make_tmp ("candor-growth-XXXXXX", &error);
  g_assert_no_error (error);
  dir = g_build_filename (fixture->root, "journal", NULL);

  fixture->session = candor_session_new (dir);
  candor_vault_set_kdf_limits (candor_session_get_vault (fixture->session),
                               crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN);
  candor_session_set_autosave_delay (fixture->session, 0);

  alex = candor_person_new ("Alex", CANDOR_RELATIONSHIP_PARTNER);
  candor_person_set_is_me (alex, TRUE);
  sam = candor_person_new ("Sam", CANDOR_RELATIONSHIP_PARTNER);
  fixture->alex = g_strdup (candor_entry_get_id (CANDOR_ENTRY (alex)));
  fixture->sam = g_strdup (candor_entry_get_id (CANDOR_ENTRY (sam)));
  g_ptr_array_add (people, alex);
  g_ptr_array_add (people, sam);

  g_assert_true (candor_session_create (fixture->session, "growth test passphrase", people,
                                        &error));
  g_assert_no_error (error);
  fixture->journal = candor_session_get_journal (fixture->session);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 600, 900);
  fixture->section = CANDOR_GROWTH_SECTION (candor_growth_section_new ());
  gtk_window_set_child (fixture->window,
                        g_object_new (GTK_TYPE_SCROLLED_WINDOW,
                                      "child", fixture->section,
                                      NULL));
  candor_growth_section_set_session (fixture->section, fixture->session);
  gtk_window_present (fixture->window);
  candor_test_spin (50);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  candor_test_close_toplevels_except (NULL);
  g_clear_object (&fixture->session);
  candor_test_remove_tree (fixture->root);
  g_free (fixture->root);
  g_free (fixture->alex);
  g_free (fixture->sam);
}

static GtkWidget *
find (Fixture    *fixture,
      GType       type,
      const char *text)
{
  return candor_test_find_widget (GTK_WIDGET (fixture->section), type, text);
}

typedef struct
{
  Fixture    *fixture;
  GType       type;
  const char *text;
  gboolean    present;
} Wanted;

static gboolean
wanted_cb (gpointer data)
{
  Wanted *wanted = data;

  return (find (wanted->fixture, wanted->type, wanted->text) != NULL) == wanted->present;
}

/* The views rebuild from an idle after the journal changes. */
static gboolean
shows (Fixture    *fixture,
       GType       type,
       const char *text)
{
  Wanted wanted = { fixture, type, text, TRUE };

  return candor_test_wait_for (wanted_cb, &wanted, 2000);
}

static gboolean
hides (Fixture    *fixture,
       GType       type,
       const char *text)
{
  Wanted wanted = { fixture, type, text, FALSE };

  return candor_test_wait_for (wanted_cb, &wanted, 2000);
}

static gboolean
visible_cb (gpointer data)
{
  return gtk_widget_is_visible (data);
}

static gboolean
hidden_cb (gpointer data)
{
  return !gtk_widget_is_visible (data);
}

static gboolean
mapped_cb (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static CandorBoundary *
only_boundary (Fixture *fixture,
               guint    index)
{
  GListModel *boundaries = candor_journal_get_boundaries (fixture->journal);
  CandorBoundary *boundary = g_list_model_get_item (boundaries, index);

  g_object_unref (boundary);

  return boundary;
}

static void
write_boundary (Fixture    *fixture,
                const char *text)
{
  GtkWidget *entry = find (fixture, ADW_TYPE_ENTRY_ROW, "In your own words");

  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "apply");
  candor_test_spin (20);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
}

static void
click (Fixture    *fixture,
       const char *label)
{
  GtkWidget *button = find (fixture, GTK_TYPE_BUTTON, label);

  if (button == NULL)
    g_error ("no button “%s”", label);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  candor_test_spin (20);
}

static gboolean
is_recent (GDateTime *date)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return date != NULL && g_date_time_difference (now, date) < 60 * G_TIME_SPAN_SECOND &&
         g_date_time_difference (now, date) >= 0;
}

static char *
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%x");
}

static void
test_write_share_acknowledge (Fixture       *fixture,
                              gconstpointer  data)
{
  const char *text = "Please knock before coming into my study.";
  CandorBoundary *boundary;
  g_autofree char *day = today ();
  g_autofree char *shared_status = g_strdup_printf ("Shared on %s, not read yet", day);
  g_autofree char *read_status = g_strdup_printf ("You read this on %s", day);
  g_autofree char *acknowledged_status = g_strdup_printf ("Shared on %s, Sam read it on %s",
                                                          day, day);

  /* The space opens on "me". */
  g_assert_cmpstr (candor_growth_section_get_person_id (fixture->section), ==, fixture->alex);
  g_assert_nonnull (find (fixture, ADW_TYPE_COMBO_ROW, "Whose Space"));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (find (fixture, ADW_TYPE_COMBO_ROW,
                                                                      "Whose Space"))),
                   ==, "This is Alex’s private space");

  write_boundary (fixture, text);
  g_assert_cmpuint (g_list_model_get_n_items (candor_journal_get_boundaries (fixture->journal)),
                    ==, 1);
  boundary = only_boundary (fixture, 0);
  g_assert_cmpstr (candor_boundary_get_person_id (boundary), ==, fixture->alex);
  g_assert_true (is_recent (candor_boundary_get_revised (boundary)));
  g_assert_false (candor_boundary_is_shared (boundary));
  g_assert_true (shows (fixture, GTK_TYPE_LABEL, text));
  g_assert_true (shows (fixture, GTK_TYPE_LABEL, "Private: only you can see it"));

  /* Private: Sam's space does not show it. */
  candor_growth_section_set_person_id (fixture->section, fixture->sam);
  candor_test_spin (20);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (find (fixture, ADW_TYPE_COMBO_ROW,
                                                                      "Whose Space"))),
                   ==, "This is Sam’s private space");
  g_assert_true (hides (fixture, GTK_TYPE_LABEL, text));

  /* Shared: the date is kept, and Sam can read it. */
  candor_growth_section_set_person_id (fixture->section, fixture->alex);
  click (fixture, "_Share");
  g_assert_true (is_recent (candor_boundary_get_shared (boundary)));
  g_assert_true (shows (fixture, GTK_TYPE_LABEL, shared_status));

  candor_growth_section_set_person_id (fixture->section, fixture->sam);
  candor_test_spin (20);
  g_assert_true (shows (fixture, GTK_TYPE_LABEL, text));
  click (fixture, "I’ve _Read It");
  g_assert_cmpstr (candor_boundary_get_acknowledged_by (boundary), ==, fixture->sam);
  g_assert_true (is_recent (candor_boundary_get_acknowledged (boundary)));
  g_assert_true (shows (fixture, GTK_TYPE_LABEL, read_status));
  g_assert_true (hides (fixture, GTK_TYPE_BUTTON, "I’ve _Read It"));

  /* Alex sees that Sam read it. */
  candor_growth_section_set_person_id (fixture->section, fixture->alex);
  candor_test_spin (20);
  g_assert_true (shows (fixture, GTK_TYPE_LABEL, acknowledged_status));

  /* The combo row chooses the space too. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (find (fixture, ADW_TYPE_COMBO_ROW, "Whose Space")), 1);
  g_assert_cmpstr (candor_growth_section_get_person_id (fixture->section), ==, fixture->sam);
}

static void
test_revise_keeps_history (Fixture       *fixture,
                           gconstpointer  data)
{
  const char *before = "I need time alone after work.";
  const char *after = "When I ask for an hour alone after work, I will come back to you.";
  CandorBoundary *boundary;
  AdwMessageDialog *dialog;
  GtkTextView *view;
  GtkWidget *history;
  g_autoptr(GDateTime) old_date = NULL;

  write_boundary (fixture, before);
  boundary = only_boundary (fixture, 0);
  g_assert_null (find (fixture, GTK_TYPE_TOGGLE_BUTTON, "_History (1)"));

  click (fixture, "_Revise…");
  dialog = ADW_MESSAGE_DIALOG (candor_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  view = GTK_TEXT_VIEW (candor_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_TEXT_VIEW, NULL));
  g_assert_nonnull (view);

  /* An empty wording can't be saved. */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), "   ", -1);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "revise"));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), after, -1);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "revise"));
  adw_message_dialog_response (dialog, "revise");
  candor_test_spin (50);

  g_assert_cmpstr (candor_boundary_get_text (boundary), ==, after);
  g_assert_cmpuint (candor_boundary_get_n_revisions (boundary), ==, 1);
  g_assert_cmpstr (candor_boundary_get_revision (boundary, 0, &old_date), ==, before);
  g_assert_true (is_recent (old_date));

  /* The row shows the new words, and its history the old ones. */
  g_assert_true (shows (fixture, GTK_TYPE_LABEL, after));
  g_assert_true (shows (fixture, GTK_TYPE_TOGGLE_BUTTON, "_History (1)"));
  history = find (fixture, GTK_TYPE_TOGGLE_BUTTON, "_History (1)");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (history), TRUE);
  candor_test_spin (20);
  g_assert_true (candor_test_wait_for (mapped_cb, find (fixture, GTK_TYPE_LABEL, before), 2000));
}

static guint
count_entry_rows (Fixture *fixture)
{
  GtkWidget *journal = find (fixture, CANDOR_TYPE_GROWTH_JOURNAL, NULL);
  g_autoptr(GPtrArray) rows = candor_test_find_all (journal, GTK_TYPE_LIST_BOX_ROW);

  return rows->len;
}

static void
test_growth_is_private (Fixture       *fixture,
                        gconstpointer  data)
{
  const char *alex_text = "I went quiet at dinner because I felt unsure.";
  GtkTextView *view = GTK_TEXT_VIEW (find (fixture, GTK_TYPE_TEXT_VIEW, NULL));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkWidget *save = find (fixture, GTK_TYPE_BUTTON, "_Keep This Entry");
  CandorGrowthEntry *entry;
  GtkTextIter start, end;
  g_autofree char *draft = NULL;

  g_assert_false (gtk_widget_is_sensitive (save));
  g_assert_cmpuint (count_entry_rows (fixture), ==, 0);

  /* A pattern prompt: a question, never a score. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (find (fixture, GTK_TYPE_TOGGLE_BUTTON,
                                                         "Patterns")), TRUE);
  g_assert_true (shows (fixture, GTK_TYPE_LABEL,
                          "A question to wonder about, not a test. There is no right answer "
                          "and no score."));

  gtk_text_buffer_set_text (buffer, alex_text, -1);
  g_assert_true (gtk_widget_is_sensitive (save));
  click (fixture, "_Keep This Entry");

  g_assert_cmpuint (g_list_model_get_n_items (candor_journal_get_growth_entries (fixture->journal)),
                    ==, 1);
  entry = g_list_model_get_item (candor_journal_get_growth_entries (fixture->journal), 0);
  g_object_unref (entry);
  g_assert_cmpstr (candor_growth_entry_get_person_id (entry), ==, fixture->alex);
  g_assert_cmpint (candor_growth_entry_get_kind (entry), ==, CANDOR_GROWTH_KIND_PATTERN);
  g_assert_nonnull (candor_growth_entry_get_prompt_id (entry));
  g_assert_true (is_recent (candor_growth_entry_get_date (entry)));
  g_assert_cmpuint (count_entry_rows (fixture), ==, 1);
  g_assert_true (shows (fixture, GTK_TYPE_LABEL, alex_text));

  /* Sam's space: Alex's entry is not there at all. */
  candor_growth_section_set_person_id (fixture->section, fixture->sam);
  candor_test_spin (20);
  g_assert_cmpuint (count_entry_rows (fixture), ==, 0);
  g_assert_true (hides (fixture, GTK_TYPE_LABEL, alex_text));

  /* A draft stays with its writer, neither shown to the other nor lost. */
  gtk_text_buffer_set_text (buffer, "Sam's unfinished thought", -1);
  candor_growth_section_set_person_id (fixture->section, fixture->alex);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  draft = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (draft, ==, "");
  g_assert_cmpuint (count_entry_rows (fixture), ==, 1);
  candor_growth_section_set_person_id (fixture->section, fixture->sam);
  g_clear_pointer (&draft, g_free);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  draft = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (draft, ==, "Sam's unfinished thought");
}

static void
test_revisit_card (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) long_ago = g_date_time_add_months (now, -4);
  g_autoptr(GDateTime) lately = g_date_time_add_days (now, -10);
  g_autoptr(CandorBoundary) old = candor_boundary_new (fixture->alex, "An old one", long_ago);
  g_autoptr(CandorBoundary) fresh = candor_boundary_new (fixture->alex, "A fresh one", lately);
  GtkWidget *card_title;

  card_title = find (fixture, GTK_TYPE_LABEL, "Time to Revisit Your Boundaries");
  g_assert_nonnull (card_title);
  g_assert_false (gtk_widget_is_visible (card_title));

  candor_journal_add_boundary (fixture->journal, fresh);
  g_assert_true (shows (fixture, GTK_TYPE_LABEL, "A fresh one"));
  g_assert_false (gtk_widget_is_visible (card_title));

  candor_journal_add_boundary (fixture->journal, old);
  g_assert_true (candor_test_wait_for (visible_cb, card_title, 2000));
  g_assert_true (shows (fixture, GTK_TYPE_LABEL,
                        "It has been three months or more since you last looked at 1 boundary. "
                        "Read it again together: is it still right? Revise it below if it "
                        "changed."));

  click (fixture, "They _Still Feel Right");
  g_assert_true (is_recent (candor_boundary_get_revisited (old)));
  g_assert_null (candor_boundary_get_revisited (fresh));
  g_assert_true (candor_test_wait_for (hidden_cb, card_title, 2000));
}

static void
test_persists_encrypted (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtkTextView *view = GTK_TEXT_VIEW (find (fixture, GTK_TYPE_TEXT_VIEW, NULL));
  CandorJournal *journal;
  CandorBoundary *boundary;

  write_boundary (fixture, "Please ask before you invite people over.");
  click (fixture, "_Share");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), "Only for me.", -1);
  click (fixture, "_Keep This Entry");

  g_assert_true (candor_session_save (fixture->session, &error));
  g_assert_no_error (error);
  g_assert_true (candor_session_lock (fixture->session, &error));
  g_assert_no_error (error);
  g_assert_true (candor_session_unlock_all (fixture->session, "growth test passphrase", &error));
  g_assert_no_error (error);

  journal = candor_session_get_journal (fixture->session);
  g_assert_true (journal != fixture->journal);
  g_assert_cmpuint (g_list_model_get_n_items (candor_journal_get_boundaries (journal)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (candor_journal_get_growth_entries (journal)), ==, 1);
  boundary = g_list_model_get_item (candor_journal_get_boundaries (journal), 0);
  g_object_unref (boundary);
  g_assert_true (candor_boundary_is_shared (boundary));

  /* The section follows the new journal. */
  g_assert_true (shows (fixture, GTK_TYPE_LABEL, "Please ask before you invite people over."));
  g_assert_true (shows (fixture, GTK_TYPE_LABEL, "Only for me."));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();
  g_assert_true (candor_secure_init (NULL));

  g_test_add ("/growth-section/write-share-acknowledge", Fixture, NULL,
              fixture_setup, test_write_share_acknowledge, fixture_teardown);
  g_test_add ("/growth-section/revise-keeps-history", Fixture, NULL,
              fixture_setup, test_revise_keeps_history, fixture_teardown);
  g_test_add ("/growth-section/growth-is-private", Fixture, NULL,
              fixture_setup, test_growth_is_private, fixture_teardown);
  g_test_add ("/growth-section/revisit-card", Fixture, NULL,
              fixture_setup, test_revisit_card, fixture_teardown);
  g_test_add ("/growth-section/persists-encrypted", Fixture, NULL,
              fixture_setup, test_persists_encrypted, fixture_teardown);

  return g_test_run ();
}
