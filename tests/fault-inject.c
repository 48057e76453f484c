/* fault-inject.c — make the Nth write(), fsync(), rename() or link() fail on purpose
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Linked into test-vault-faults, these definitions interpose on libc's: the executable
 * comes first in symbol lookup, so GLib's g_file_set_contents_full() and our own code
 * call them, and they call the real ones through dlsym (RTLD_NEXT). The same file also
 * works as an LD_PRELOAD shim (cc -shared -fPIC fault-inject.c -o fault-inject.so), but
 * linking it in needs no environment and keeps working under AddressSanitizer, whose
 * interceptors then simply sit behind ours.
 *
 * Only calls on regular files count for write() and fsync(): the test's own output goes
 * to pipes, and GLib's fsync() of the folder after a rename is best-effort.
 */
#define _GNU_SOURCE

#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

typedef enum
{
  FAULT_WRITE,
  FAULT_FSYNC,
  FAULT_RENAME,
  FAULT_LINK,
  N_FAULTS
} FaultKind;

void     fault_inject_reset (void);
unsigned fault_inject_count (FaultKind kind);
void     fault_inject_arm   (FaultKind kind,
                             unsigned  nth,
                             int       err);
int      fault_inject_fired (void);

static unsigned counts[N_FAULTS];
static int armed_kind = -1;
static unsigned armed_nth;
static int armed_errno;
static int fired;

void
fault_inject_reset (void)
{
  for (int i = 0; i < N_FAULTS; i++)
    counts[i] = 0;
  armed_kind = -1;
  fired = 0;
}

unsigned
fault_inject_count (FaultKind kind)
{
  return counts[kind];
}

/* Calls are counted from the last reset; the @nth (1-based) of @kind fails with @err. */
void
fault_inject_arm (FaultKind kind,
                  unsigned  nth,
                  int       err)
{
  fault_inject_reset ();
  armed_kind = kind;
  armed_nth = nth;
  armed_errno = err;
}

int
fault_inject_fired (void)
{
  return fired;
}

static int
should_fail (FaultKind kind)
{
  counts[kind]++;
  if ((int) kind == armed_kind && counts[kind] == armed_nth)
    {
      fired = 1;
      errno = armed_errno;
      return 1;
    }
  return 0;
}

static int
is_regular (int fd)
{
  struct stat st;

  return fstat (fd, &st) == 0 && S_ISREG (st.st_mode);
}

typedef ssize_t (*WriteFunc) (int, const void *, size_t);
typedef int (*FdFunc) (int);
typedef int (*PathsFunc) (const char *, const char *);

#define REAL(name, type) \
  static type real_##name; \
  if (real_##name == NULL) \
    real_##name = (type) dlsym (RTLD_NEXT, #name)

ssize_t
write (int         fd,
       const void *buf,
       size_t      count)
{
  REAL (write, WriteFunc);

  if (is_regular (fd) && should_fail (FAULT_WRITE))
    return -1;
  return real_write (fd, buf, count);
}

int
fsync (int fd)
{
  REAL (fsync, FdFunc);

  if (is_regular (fd) && should_fail (FAULT_FSYNC))
    return -1;
  return real_fsync (fd);
}

int
fdatasync (int fd)
{
  REAL (fdatasync, FdFunc);

  if (is_regular (fd) && should_fail (FAULT_FSYNC))
    return -1;
  return real_fdatasync (fd);
}

int
rename (const char *from,
        const char *to)
{
  REAL (rename, PathsFunc);

  if (should_fail (FAULT_RENAME))
    return -1;
  return real_rename (from, to);
}

int
link (const char *from,
      const char *to)
{
  REAL (link, PathsFunc);

  if (should_fail (FAULT_LINK))
    return -1;
  return real_link (from, to);
}
