// Small system calls that Swift's Glibc module does not expose (they need _GNU_SOURCE).
#ifndef BALLAST_SYSTEM_SHIMS_H
#define BALLAST_SYSTEM_SHIMS_H

#ifdef __linux__
#include <malloc.h>

/// Keeps freed memory in the process instead of returning it to the system: a process that
/// runs one large computation after another (repeated backtests, a sweep's runs) then reuses
/// pages it has touched instead of faulting fresh zeroed ones in on every run.
static inline void ballast_keep_freed_memory(void) {
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 1 << 30);
}

extern int sync_file_range(int fd, long long offset, long long nbytes, unsigned int flags);

/// Starts writing a file's dirty pages to disk without waiting (SYNC_FILE_RANGE_WRITE).
static inline int ballast_start_writeback(int fd) { return sync_file_range(fd, 0, 0, 2); }
#else
static inline int ballast_start_writeback(int fd) { (void)fd; return 0; }
static inline void ballast_keep_freed_memory(void) {}
#endif

#endif
