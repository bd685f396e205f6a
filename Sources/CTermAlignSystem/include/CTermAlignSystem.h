// What the command-line tool asks of the C library that Swift's Glibc module does not expose
// (<malloc.h> is not part of it).

#ifndef CTERMALIGN_SYSTEM_H
#define CTERMALIGN_SYSTEM_H

#ifdef __cplusplus
extern "C" {
#endif

/// Makes every thread allocate from one malloc arena. Returns 1 when the C library accepted it,
/// 0 where it could not (another C library, or glibc refusing the setting).
int ta_malloc_use_one_arena(void);

/// Gives the pages of freed memory back to the system. Returns 1 if any were, 0 otherwise (and
/// where the C library has no such call).
int ta_malloc_trim(void);

/// Removes the file at `path` if the process receives SIGINT, SIGTERM or SIGHUP (then ends it as the
/// signal would), so that an interrupted run leaves no half-written temporary file. Installs the
/// handlers on first use; a signal the process ignores stays ignored. Returns 0, or -1 when the path
/// is empty, too long, or eight files are already registered.
int ta_remove_on_signal(const char *path);

/// Forgets a file given to ta_remove_on_signal (it has been renamed into place, or removed).
void ta_forget_on_signal(const char *path);

#ifdef __cplusplus
}
#endif

#endif
