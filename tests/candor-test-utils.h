/* candor-test-utils.h — helpers for widget tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "candor-application.h"

G_BEGIN_DECLS

typedef gboolean (*CandorTestCondition) (gpointer data);

/* Spins the main loop until @condition holds or @timeout_ms passes; returns the result. */
gboolean   candor_test_wait_for       (CandorTestCondition condition,
                                       gpointer            data,
                                       guint               timeout_ms);
void       candor_test_spin           (guint               ms);
GtkWidget *candor_test_find_widget    (GtkWidget          *root,
                                       GType               type,
                                       const char         *label_or_name);
gboolean   candor_test_wait_for_widget (GtkWidget         *root,
                                        GType              type,
                                        const char        *label_or_name,
                                        guint              timeout_ms);
GPtrArray *candor_test_find_all       (GtkWidget          *root,
                                       GType               type);
GtkWindow *candor_test_find_toplevel  (GType               type);
void       candor_test_close_toplevels_except (GtkWindow  *keep);
gboolean   candor_test_send_key       (GtkWidget          *window,
                                       guint               keyval,
                                       GdkModifierType     modifiers);
void       candor_test_remove_tree    (const char         *path);
char      *candor_test_open_app_journal (CandorApplication *app,
                                         const char        *passphrase);
void       candor_test_add_couple     (CandorJournal      *journal);
void       candor_test_own_notifications (GDBusInterfaceMethodCallFunc method_call,
                                          gpointer                     user_data);

G_END_DECLS
