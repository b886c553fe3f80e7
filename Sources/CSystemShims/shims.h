// Small system calls that Swift's Glibc module does not expose (they need _GNU_SOURCE).
#ifndef BALLAST_SYSTEM_SHIMS_H
#define BALLAST_SYSTEM_SHIMS_H

#ifdef __linux__
extern int sync_file_range(int fd, long long offset, long long nbytes, unsigned int flags);

/// Starts writing a file's dirty pages to disk without waiting (SYNC_FILE_RANGE_WRITE).
static inline int ballast_start_writeback(int fd) { return sync_file_range(fd, 0, 0, 2); }
#else
static inline int ballast_start_writeback(int fd) { (void)fd; return 0; }
#endif

#endif
