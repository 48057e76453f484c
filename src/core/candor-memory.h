/* candor-memory.h — how the process asks malloc for memory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void candor_memory_use_one_arena   (void);
void candor_memory_map_big_blocks  (void);

G_END_DECLS
