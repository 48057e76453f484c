/* candor-window.c — the main window: first run, unlock, and the journal's pages
 *
 * The window shows one of three modes, following its session: "first-run" while no
 * journal exists, "unlock" while it is locked, "journal" once it is open. Locking
 * (by hand or after a while without use) saves first and never loses changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Candor"

#include "config.h"

#include <glib/gi18n.h>

#include "candor-checks-page.h"
#include "candor-data-actions.h"
#include "candor-feelings-page.h"
#include "candor-first-run-page.h"
#include "candor-memory.h"
#include "candor-practices-page.h"
#include "candor-progress-page.h"
#include "candor-reflection-dialog.h"
#include "candor-today-page.h"
#include "candor-unlock-page.h"
#include "candor-window-private.h"
#include "candor-ui.h"
#include "candor-window.h"
#include "candor-toast.h"

#define MINUTE_MS (60 * 1000)

/* Locking saves first; edits made during that save are saved again, a few times. */
#define MAX_LOCK_ATTEMPTS 3

/* Waiting for the next frame the window paints: its frame clock goes with its surface. */
typedef struct {
  GdkFrameClock *clock;
  gulong         handler;
} PaintWait;

struct _CandorWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  CandorSession        *session;

  /* Idle lock: the last key, pointer or scroll event, and one timeout. */
  gint64                last_activity;
  guint                 idle_source;
  guint                 minute_ms;

  AdwToast             *save_toast;      /* weak */
  gulong                saving_handler;  /* waiting for a save to end before closing */
  guint                 lock_attempts;
  gboolean              locking;
  gboolean              closing;
  gboolean              force_close;
  /* Once the journal was open in this window, a locked journal asks for the passphrase
   * instead of taking it from the keyring. */
  gboolean              was_unlocked;

  /* The page the journal opens on is made after the first frame (while the key is
   * derived); until a page is made, its place in the view stack is an empty bin. */
  PaintWait             first_paint;
  /* Held while the journal is not shown, released after the frame that shows it. */
  gboolean              holding_older_years;
  PaintWait             journal_paint;
  guint                 older_years_source;

  /* Made when first shown: most starts unlock a journal that exists. */
  CandorFirstRunPage   *first_run_page;

  /* Template widgets */
  GtkStack             *mode_stack;
  AdwHeaderBar         *header_bar;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  AdwViewStack         *view_stack;
  AdwToastOverlay      *toast_overlay;
  GtkMenuButton        *primary_menu_button;
  AdwBin               *first_run_bin;
  CandorUnlockPage     *unlock_page;
};

G_DEFINE_FINAL_TYPE (CandorWindow, candor_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_MODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The view stack's pages, with the help page F1 opens for each: the page the user is on. */
static const struct {
  const char *page;
  const char *help;
  GType     (*get_type) (void);
} journal_pages[] = {
  { "today", "today", candor_today_page_get_type },
  { "feelings", "feelings", candor_feelings_page_get_type },
  { "checks", "connection-checks", candor_checks_page_get_type },
  { "progress", "progress", candor_progress_page_get_type },
  { "practices", "practices", candor_practices_page_get_type },
};

static void lock_journal (CandorWindow *self);
static void ensure_visible_page (CandorWindow *self);
static void update_older_years_hold (CandorWindow *self);
static void update_mode (CandorWindow *self);

static void
candor_window_save_state (CandorWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);

  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (self->settings);
}

static gboolean
is_ready (CandorWindow *self)
{
  return self->session != NULL &&
         candor_session_get_state (self->session) == CANDOR_SESSION_STATE_READY;
}

static void
add_text_toast (CandorWindow *self,
                const char   *text)
{
  candor_toast_add_text (self->toast_overlay, text);
}

/* Idle lock */

static gboolean idle_timeout_cb (gpointer user_data);

static gint64
idle_interval_ms (CandorWindow *self)
{
  return (gint64) g_settings_get_uint (self->settings, "lock-after-idle-minutes") *
         self->minute_ms;
}

static void
schedule_idle_lock (CandorWindow *self)
{
  gint64 interval_ms = idle_interval_ms (self);
  gint64 elapsed_ms;

  g_clear_handle_id (&self->idle_source, g_source_remove);

  if (interval_ms == 0 || !is_ready (self))
    return;

  /* One timeout per interval, not per event: events only move last_activity. */
  elapsed_ms = (g_get_monotonic_time () - self->last_activity) / 1000;
  self->idle_source = g_timeout_add ((guint) CLAMP (interval_ms - elapsed_ms, 1, G_MAXUINT),
                                     idle_timeout_cb, self);
  g_source_set_name_by_id (self->idle_source, "[candor] idle lock");
}

static gboolean
idle_timeout_cb (gpointer user_data)
{
  CandorWindow *self = user_data;
  gint64 interval_ms = idle_interval_ms (self);
  gint64 elapsed_ms = (g_get_monotonic_time () - self->last_activity) / 1000;

  self->idle_source = 0;

  if (interval_ms > 0 && elapsed_ms >= interval_ms)
    lock_journal (self);
  else
    schedule_idle_lock (self);

  return G_SOURCE_REMOVE;
}

static void
restart_idle_timer (CandorWindow *self)
{
  self->last_activity = g_get_monotonic_time ();
  schedule_idle_lock (self);
}

static gboolean
activity_cb (GtkEventControllerLegacy *controller,
             GdkEvent                 *event,
             CandorWindow             *self)
{
  switch ((int) gdk_event_get_event_type (event))
    {
    case GDK_KEY_PRESS:
    case GDK_BUTTON_PRESS:
    case GDK_MOTION_NOTIFY:
    case GDK_SCROLL:
    case GDK_TOUCH_BEGIN:
    case GDK_TOUCHPAD_SWIPE:
    case GDK_TOUCHPAD_PINCH:
      self->last_activity = g_get_monotonic_time ();
      break;

    default:
      break;
    }

  return GDK_EVENT_PROPAGATE;
}

/* Modes */

static void
close_transients (CandorWindow *self)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  g_autoptr(GPtrArray) transients = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (gtk_window_get_transient_for (window) == GTK_WINDOW (self))
        g_ptr_array_add (transients, g_object_ref (window));
    }

  /* Closing, not destroying: the shortcuts window only hides and is shown again later. */
  for (guint i = 0; i < transients->len; i++)
    gtk_window_close (g_ptr_array_index (transients, i));
}

static void
ensure_first_run_page (CandorWindow *self)
{
  if (self->first_run_page != NULL)
    return;

  self->first_run_page = g_object_new (CANDOR_TYPE_FIRST_RUN_PAGE, NULL);
  if (self->session != NULL)
    candor_first_run_page_set_session (self->first_run_page, self->session);
  g_signal_connect_object (self->first_run_page, "notify::busy",
                           G_CALLBACK (update_mode), self, G_CONNECT_SWAPPED);
  adw_bin_set_child (self->first_run_bin, GTK_WIDGET (self->first_run_page));
}

static const char *
wanted_mode (CandorWindow *self)
{
  if (self->session == NULL || is_ready (self))
    return "journal";

  /* Creating passes through "unlocking" before the key file exists. */
  if (self->first_run_page != NULL && candor_first_run_page_get_busy (self->first_run_page))
    return "first-run";

  if (candor_vault_exists (candor_session_get_vault (self->session)))
    return "unlock";

  return "first-run";
}

static void
update_mode (CandorWindow *self)
{
  const char *mode = wanted_mode (self);
  const char *current = gtk_stack_get_visible_child_name (self->mode_stack);
  gboolean journal = g_str_equal (mode, "journal");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.lock", is_ready (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-page", journal);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.retry-save", is_ready (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print-reflection", is_ready (self));

  if (journal)
    ensure_visible_page (self);
  update_older_years_hold (self);

  if (g_strcmp0 (mode, current) == 0)
    return;

  if (g_str_equal (mode, "first-run"))
    ensure_first_run_page (self);
  gtk_stack_set_visible_child_name (self->mode_stack, mode);

  if (journal)
    {
      self->was_unlocked = TRUE;
      restart_idle_timer (self);
    }
  else
    {
      g_clear_handle_id (&self->idle_source, g_source_remove);
      if (self->save_toast != NULL)
        adw_toast_dismiss (self->save_toast);
      if (g_strcmp0 (current, "journal") == 0)
        close_transients (self);
    }

  if (g_str_equal (mode, "unlock"))
    candor_unlock_page_start (self->unlock_page, !self->was_unlocked);
  else if (g_str_equal (mode, "first-run"))
    candor_first_run_page_reset (self->first_run_page);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODE]);
}

/* Locking
 *
 * Saves hold a reference on the window rather than a cancellable: cancelling a save
 * would report a failure that did not happen. A window destroyed meanwhile has no
 * session any more, and its callbacks stop there. */

static void
lock_saved_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(CandorWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean saved = candor_session_save_finish (CANDOR_SESSION (object), result, &error);

  /* Destroyed meanwhile. */
  if (self->session == NULL)
    return;

  if (!saved)
    {
      /* save-failed has told the user, with a Retry button. */
      self->locking = FALSE;
      restart_idle_timer (self);
      return;
    }

  if (!candor_session_lock (self->session, &error))
    {
      /* Changed again while saving: save those changes too. */
      self->locking = FALSE;
      if (++self->lock_attempts < MAX_LOCK_ATTEMPTS)
        lock_journal (self);
      else
        {
          add_text_toast (self, error->message);
          restart_idle_timer (self);
        }
      return;
    }

  self->locking = FALSE;
  self->lock_attempts = 0;
}

static void
lock_journal (CandorWindow *self)
{
  if (!is_ready (self) || self->locking)
    return;

  self->locking = TRUE;
  g_clear_handle_id (&self->idle_source, g_source_remove);
  candor_session_save_async (self->session, NULL, lock_saved_cb, g_object_ref (self));
}

/* Saving */

static void
save_failed_cb (CandorWindow  *self,
                const GError  *error,
                CandorSession *session)
{
  g_autofree char *title = NULL;
  g_autofree char *escaped = NULL;
  AdwToast *toast;

  /* Closing asks in a dialog instead. */
  if (self->closing)
    return;

  if (self->locking)
    /* Translators: %s is the reason, e.g. “The disk is full…” */
    title = g_strdup_printf (_("Not locked: your latest changes could not be saved. %s"),
                             error->message);
  else
    /* Translators: %s is the reason, e.g. “The disk is full…” */
    title = g_strdup_printf (_("Your latest changes could not be saved. %s"), error->message);
  escaped = g_markup_escape_text (title, -1);

  if (self->save_toast != NULL)
    adw_toast_dismiss (self->save_toast);

  toast = adw_toast_new (escaped);
  adw_toast_set_button_label (toast, _("_Retry"));
  adw_toast_set_action_name (toast, self->locking ? "win.lock" : "win.retry-save");
  /* Normal priority: on libadwaita 1.2 a high-priority toast that replaces a shown one
   * can trip an assertion in the overlay when toasts come quickly. */
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_NORMAL);
  /* The changes are only in memory: the message stays until it is acted on. */
  adw_toast_set_timeout (toast, 0);

  self->save_toast = toast;
  g_object_add_weak_pointer (G_OBJECT (toast), (gpointer *) &self->save_toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
retry_saved_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(CandorWindow) self = user_data;

  /* A failure shows a new toast through save-failed. */
  if (candor_session_save_finish (CANDOR_SESSION (object), result, NULL) &&
      self->session != NULL)
    add_text_toast (self, _("Saved"));
}

static void
candor_window_retry_save_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  CandorWindow *self = CANDOR_WINDOW (widget);

  if (is_ready (self))
    candor_session_save_async (self->session, NULL, retry_saved_cb, g_object_ref (self));
}

static void
candor_window_lock_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  CandorWindow *self = CANDOR_WINDOW (widget);

  self->lock_attempts = 0;
  lock_journal (self);
}

/* Closing with unsaved changes */

static void
unsaved_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     CandorWindow     *self)
{
  if (g_strcmp0 (response, "quit") != 0)
    return;

  self->force_close = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static void
ask_quit_anyway (CandorWindow *self,
                 const GError *error)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                   _("Your latest changes could not be saved"), NULL);
  /* Translators: %s is the reason, e.g. “The disk is full…” */
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("%s\n\nIf you quit now, those changes are lost."),
                                  error->message);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "quit", _("_Quit Anyway"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "quit",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (unsaved_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void save_then_close (CandorWindow *self);

static void
close_saved_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(CandorWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean saved = candor_session_save_finish (CANDOR_SESSION (object), result, &error);

  /* Destroyed meanwhile. */
  if (self->session == NULL)
    return;

  if (!saved)
    {
      self->closing = FALSE;
      ask_quit_anyway (self, error);
      return;
    }

  self->closing = FALSE;
  gtk_window_close (GTK_WINDOW (self));
}

static void
saving_changed_cb (CandorWindow *self)
{
  if (candor_session_get_saving (self->session))
    return;

  g_clear_signal_handler (&self->saving_handler, self->session);
  save_then_close (self);
}

static void
save_then_close (CandorWindow *self)
{
  /* A save already running returns at once; wait for it, then save what is left. */
  if (candor_session_get_saving (self->session))
    {
      if (self->saving_handler == 0)
        self->saving_handler = g_signal_connect_object (self->session, "notify::saving",
                                                        G_CALLBACK (saving_changed_cb), self,
                                                        G_CONNECT_SWAPPED);
      return;
    }

  candor_session_save_async (self->session, NULL, close_saved_cb, g_object_ref (self));
}

static gboolean
candor_window_close_request (GtkWindow *window)
{
  CandorWindow *self = CANDOR_WINDOW (window);

  candor_window_save_state (self);

  if (!self->force_close && is_ready (self) &&
      (candor_session_get_saving (self->session) ||
       candor_session_has_unsaved_changes (self->session)))
    {
      if (!self->closing)
        {
          self->closing = TRUE;
          save_then_close (self);
        }
      return TRUE;
    }

  return GTK_WINDOW_CLASS (candor_window_parent_class)->close_request (window);
}

/* Other actions */

static void
candor_window_show_page_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  CandorWindow *self = CANDOR_WINDOW (widget);

  candor_window_set_visible_page (self, g_variant_get_string (parameter, NULL));
}

static void
candor_window_print_reflection_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *parameter)
{
  CandorWindow *self = CANDOR_WINDOW (widget);
  CandorReflectionDialog *dialog;

  if (!is_ready (self))
    return;

  dialog = candor_reflection_dialog_new (candor_session_get_journal (self->session));
  candor_reflection_dialog_follow_session (dialog, self->session);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * candor_window_get_help_topic:
 *
 * The help page F1 opens for what the window shows: setting up opens Getting Started,
 * the passphrase prompt opens the privacy page, each page of the journal its own topic,
 * and anything else the index.
 *
 * Returns: a page id of help/C, as in help:candor/<id>
 */
const char *
candor_window_get_help_topic (CandorWindow *self)
{
  const char *mode;
  const char *page;

  g_return_val_if_fail (CANDOR_IS_WINDOW (self), NULL);

  mode = candor_window_get_mode (self);
  if (g_strcmp0 (mode, "first-run") == 0)
    return "getting-started";
  if (g_strcmp0 (mode, "journal") != 0)
    return "privacy";

  page = candor_window_get_visible_page (self);
  for (guint i = 0; i < G_N_ELEMENTS (journal_pages); i++)
    {
      if (g_strcmp0 (page, journal_pages[i].page) == 0)
        return journal_pages[i].help;
    }

  return "index";
}

static void
candor_window_show_help_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  gtk_widget_activate_action (widget, "app.help", "s",
                              candor_window_get_help_topic (CANDOR_WINDOW (widget)));
}

static void
idle_minutes_changed_cb (CandorWindow *self)
{
  schedule_idle_lock (self);
}

/* Journal pages
 *
 * Each page is made when it is first shown, and the page the journal opens on right
 * after the window's first frame, while the key is derived: making every page costs
 * more than the rest of the window, in time before the first frame and in memory for
 * as long as the window lives (8 MB with a ten-year journal), and most visits need
 * only Today. */

static AdwBin *
page_bin (CandorWindow *self,
          guint         i)
{
  return ADW_BIN (adw_view_stack_get_child_by_name (self->view_stack, journal_pages[i].page));
}

/* Makes page @i unless it is made; the page gets the window's session and follows
 * notify::journal itself (the journal is replaced on unlock and lock). */
static void
ensure_page (CandorWindow *self,
             guint         i)
{
  AdwBin *bin = page_bin (self, i);
  GtkWidget *page;

  if (adw_bin_get_child (bin) != NULL)
    return;

  page = g_object_new (journal_pages[i].get_type (), NULL);
  if (self->session != NULL)
    g_object_set (page, "session", self->session, NULL);
  adw_bin_set_child (bin, page);
}

/* The shown page is made before the frame that shows it. */
static void
ensure_visible_page (CandorWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->view_stack);

  for (guint i = 0; i < G_N_ELEMENTS (journal_pages); i++)
    if (g_strcmp0 (name, journal_pages[i].page) == 0)
      ensure_page (self, i);
}

static void
paint_wait_stop (PaintWait *wait)
{
  if (wait->clock != NULL)
    g_clear_signal_handler (&wait->handler, wait->clock);
  g_clear_object (&wait->clock);
}

/* @callback (CandorWindow *self) runs after the next frame of the realized window. */
static void
paint_wait_start (PaintWait    *wait,
                  CandorWindow *self,
                  GCallback     callback)
{
  paint_wait_stop (wait);
  wait->clock = g_object_ref (gtk_widget_get_frame_clock (GTK_WIDGET (self)));
  wait->handler = g_signal_connect_swapped (wait->clock, "after-paint", callback, self);
}

static void
first_paint_cb (CandorWindow *self)
{
  paint_wait_stop (&self->first_paint);
  /* Not before the first frame: see there. */
  candor_memory_map_big_blocks ();
  ensure_visible_page (self);
}

/* Older years
 *
 * After an unlock the session reads the years before the current one in a thread. On
 * two cores that thread and the first frame of the journal slow each other down (a
 * software renderer draws on every core: a third longer with ten years), so the window
 * holds them back until it has drawn the journal, or half a second at most when no frame
 * comes (a minimised window). */

#define OLDER_YEARS_MAX_WAIT_MS 500

static void
release_older_years (CandorWindow *self)
{
  paint_wait_stop (&self->journal_paint);
  g_clear_handle_id (&self->older_years_source, g_source_remove);

  if (!self->holding_older_years)
    return;

  self->holding_older_years = FALSE;
  candor_session_release_older_years (self->session);
}

static gboolean
older_years_wait_over_cb (gpointer user_data)
{
  CandorWindow *self = user_data;

  self->older_years_source = 0;
  release_older_years (self);
  return G_SOURCE_REMOVE;
}

static void
update_older_years_hold (CandorWindow *self)
{
  if (self->session == NULL)
    return;

  if (!is_ready (self))
    {
      paint_wait_stop (&self->journal_paint);
      g_clear_handle_id (&self->older_years_source, g_source_remove);
      if (!self->holding_older_years)
        {
          self->holding_older_years = TRUE;
          candor_session_hold_older_years (self->session);
        }
      return;
    }

  if (!self->holding_older_years || self->older_years_source != 0)
    return;

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      release_older_years (self);
      return;
    }

  paint_wait_start (&self->journal_paint, self, G_CALLBACK (release_older_years));
  self->older_years_source = g_timeout_add (OLDER_YEARS_MAX_WAIT_MS, older_years_wait_over_cb,
                                            self);
}

static void
candor_window_realize (GtkWidget *widget)
{
  CandorWindow *self = CANDOR_WINDOW (widget);

  GTK_WIDGET_CLASS (candor_window_parent_class)->realize (widget);

  if (self->first_paint.clock == NULL)
    paint_wait_start (&self->first_paint, self, G_CALLBACK (first_paint_cb));
}

/* No frame comes without the surface. */
static void
candor_window_unrealize (GtkWidget *widget)
{
  CandorWindow *self = CANDOR_WINDOW (widget);

  paint_wait_stop (&self->first_paint);
  if (self->journal_paint.clock != NULL)
    release_older_years (self);

  GTK_WIDGET_CLASS (candor_window_parent_class)->unrealize (widget);
}

/* Overrides */

static void
candor_window_constructed (GObject *object)
{
  CandorWindow *self = CANDOR_WINDOW (object);

  G_OBJECT_CLASS (candor_window_parent_class)->constructed (object);

  if (self->session != NULL)
    {
      g_signal_connect_object (self->session, "notify::state",
                               G_CALLBACK (update_mode), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->session, "save-failed",
                               G_CALLBACK (save_failed_cb), self, G_CONNECT_SWAPPED);
      candor_unlock_page_set_session (self->unlock_page, self->session);
    }

  candor_data_actions_install (self);
  update_mode (self);
}

static void
candor_window_dispose (GObject *object)
{
  CandorWindow *self = CANDOR_WINDOW (object);

  g_clear_handle_id (&self->idle_source, g_source_remove);
  paint_wait_stop (&self->first_paint);
  if (self->session != NULL)
    {
      release_older_years (self);
      g_clear_signal_handler (&self->saving_handler, self->session);
    }
  if (self->save_toast != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->save_toast), (gpointer *) &self->save_toast);
      self->save_toast = NULL;
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), CANDOR_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (candor_window_parent_class)->dispose (object);
}

static void
candor_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CandorWindow *self = CANDOR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    case PROP_MODE:
      g_value_set_string (value, candor_window_get_mode (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_window_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CandorWindow *self = CANDOR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
candor_window_class_init (CandorWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = candor_window_constructed;
  object_class->dispose = candor_window_dispose;
  object_class->get_property = candor_window_get_property;
  object_class->set_property = candor_window_set_property;
  widget_class->realize = candor_window_realize;
  widget_class->unrealize = candor_window_unrealize;
  window_class->close_request = candor_window_close_request;

  /**
   * CandorWindow:session:
   *
   * The journal this window shows; the application's unless given.
   */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, CANDOR_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * CandorWindow:mode:
   *
   * "first-run", "unlock" or "journal".
   */
  properties[PROP_MODE] =
    g_param_spec_string ("mode", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CANDOR_TYPE_FIRST_RUN_PAGE);
  g_type_ensure (CANDOR_TYPE_UNLOCK_PAGE);
  /* The pages of the view stack (Today, Feelings, …) are registered there. */
  candor_ui_ensure_types ();

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/candorapp/Candor/ui/candor-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CandorWindow, mode_stack);
  gtk_widget_class_bind_template_child (widget_class, CandorWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, CandorWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, CandorWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, CandorWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, CandorWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CandorWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, CandorWindow, first_run_bin);
  gtk_widget_class_bind_template_child (widget_class, CandorWindow, unlock_page);

  gtk_widget_class_install_action (widget_class, "win.show-page", "s",
                                   candor_window_show_page_action);
  gtk_widget_class_install_action (widget_class, "win.show-help", NULL,
                                   candor_window_show_help_action);
  gtk_widget_class_install_action (widget_class, "win.lock", NULL, candor_window_lock_action);
  gtk_widget_class_install_action (widget_class, "win.print-reflection", NULL,
                                   candor_window_print_reflection_action);
  gtk_widget_class_install_action (widget_class, "win.retry-save", NULL,
                                   candor_window_retry_save_action);
}

static void
candor_window_init (CandorWindow *self)
{
  GtkEventController *activity;

  self->minute_ms = MINUTE_MS;
  self->last_activity = g_get_monotonic_time ();
  self->settings = g_settings_new (BASE_ID);

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Connected after the template, which shows the first page before there is a journal. */
  g_signal_connect_swapped (self->view_stack, "notify::visible-child-name",
                            G_CALLBACK (ensure_visible_page), self);

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  /* Any input counts as use; the capture phase sees it before any child handles it. */
  activity = gtk_event_controller_legacy_new ();
  gtk_event_controller_set_propagation_phase (activity, GTK_PHASE_CAPTURE);
  g_signal_connect (activity, "event", G_CALLBACK (activity_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), activity);

  g_signal_connect_object (self->settings, "changed::lock-after-idle-minutes",
                           G_CALLBACK (idle_minutes_changed_cb), self, G_CONNECT_SWAPPED);
}

/* Public API */

/**
 * candor_window_new:
 *
 * Returns: a window on the application's journal
 */
CandorWindow *
candor_window_new (CandorApplication *application)
{
  g_return_val_if_fail (CANDOR_IS_APPLICATION (application), NULL);

  return candor_window_new_for_session (application,
                                        candor_application_get_session (application));
}

/**
 * candor_window_new_for_session:
 *
 * A window on another journal than the application's: for tests and tools.
 */
CandorWindow *
candor_window_new_for_session (CandorApplication *application,
                               CandorSession     *session)
{
  CandorWindow *self;

  g_return_val_if_fail (CANDOR_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (session == NULL || CANDOR_IS_SESSION (session), NULL);

  self = g_object_new (CANDOR_TYPE_WINDOW,
                       "application", application,
                       "session", session,
                       NULL);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  return self;
}

/**
 * candor_window_get_session:
 *
 * Returns: (transfer none) (nullable): the journal this window shows
 */
CandorSession *
candor_window_get_session (CandorWindow *self)
{
  g_return_val_if_fail (CANDOR_IS_WINDOW (self), NULL);

  return self->session;
}

/**
 * candor_window_get_mode:
 *
 * Returns: "first-run", "unlock" or "journal"
 */
const char *
candor_window_get_mode (CandorWindow *self)
{
  g_return_val_if_fail (CANDOR_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->mode_stack);
}

const char *
candor_window_get_visible_page (CandorWindow *self)
{
  g_return_val_if_fail (CANDOR_IS_WINDOW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

void
candor_window_set_visible_page (CandorWindow *self,
                                const char   *page_name)
{
  g_return_if_fail (CANDOR_IS_WINDOW (self));
  g_return_if_fail (page_name != NULL);

  if (adw_view_stack_get_child_by_name (self->view_stack, page_name) == NULL)
    {
      g_warning ("No page named “%s”", page_name);
      return;
    }

  /* Asked for by name (a notification, a shortcut), the page is made even while the
   * journal is locked: notify::visible-child-name makes it. */
  adw_view_stack_set_visible_child_name (self->view_stack, page_name);
}

void
candor_window_add_toast (CandorWindow *self,
                         AdwToast     *toast)
{
  g_return_if_fail (CANDOR_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * candor_window_unlock_with_passphrase:
 *
 * Opens a locked journal with @passphrase (from `candor --passphrase-file`) instead of
 * asking for it; the key derivation starts after the window's next frame.
 *
 * Returns: %FALSE if there is no locked journal to open
 */
gboolean
candor_window_unlock_with_passphrase (CandorWindow *self,
                                      const char   *passphrase)
{
  g_return_val_if_fail (CANDOR_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (passphrase != NULL, FALSE);

  if (g_strcmp0 (candor_window_get_mode (self), "unlock") != 0)
    return FALSE;

  candor_unlock_page_unlock_with (self->unlock_page, passphrase);
  return TRUE;
}

void
candor_window_set_idle_minute (CandorWindow *self,
                               guint         minute_ms)
{
  g_return_if_fail (CANDOR_IS_WINDOW (self));
  g_return_if_fail (minute_ms > 0);

  self->minute_ms = minute_ms;
  restart_idle_timer (self);
}
