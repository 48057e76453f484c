/* candor-memory.c — how the process asks malloc for memory
 *
 * Two glibc settings that keep a journal's memory small, shared by the app and by
 * candor-bench, which measures loading and saving in its own process and must do it
 * the way the app does. Elsewhere (no mallopt) they do nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "candor-memory.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

/**
 * candor_memory_use_one_arena:
 *
 * One malloc arena for every thread: the journal's entries are made in a loading
 * thread and live on in the main thread, and what that thread freed (the parsed text)
 * would stay in its own arena, out of the main thread's reach: 3 MB with a ten-year
 * journal. Threads here parse, derive keys and write; they rarely allocate at the same
 * time as the main thread. Call it first thing in main().
 */
void
candor_memory_use_one_arena (void)
{
#ifdef M_ARENA_MAX
  mallopt (M_ARENA_MAX, 1);
#endif
}

/**
 * candor_memory_map_big_blocks:
 *
 * From now on big blocks (a year's text, decrypted or to encrypt) are mapped and given
 * back when freed: glibc would otherwise raise the threshold after the first and keep
 * the next ones in the heap, where the entries made between them pin the space (1.5 MB
 * with a ten-year journal). The app calls it after its window's first frame: until then
 * GTK and the GL driver allocate and free big blocks over and over, and mapping each
 * anew costs its page faults every time (25 ms, a tenth of the way to the first frame).
 */
void
candor_memory_map_big_blocks (void)
{
#ifdef M_MMAP_THRESHOLD
  mallopt (M_MMAP_THRESHOLD, 128 * 1024);
#endif
}
