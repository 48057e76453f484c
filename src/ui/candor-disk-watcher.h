/* candor-disk-watcher.h — noticing when another program (a sync tool) changes the
 * journal's files, and reloading or asking instead of overwriting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "candor-window.h"

G_BEGIN_DECLS

#define CANDOR_TYPE_DISK_WATCHER (candor_disk_watcher_get_type ())

G_DECLARE_FINAL_TYPE (CandorDiskWatcher, candor_disk_watcher, CANDOR, DISK_WATCHER, GObject)

/* Watches @session's vault folder while the journal is open; dialogs and toasts go to
 * @window, which it does not keep alive. */
CandorDiskWatcher *candor_disk_watcher_new   (CandorWindow      *window,
                                              CandorSession     *session);
/* Compares the files with what was last read now, rather than after the next event. */
void               candor_disk_watcher_check (CandorDiskWatcher *self);

G_END_DECLS
