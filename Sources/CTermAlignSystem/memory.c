#include "CTermAlignSystem.h"

#include <stdlib.h> // defines __GLIBC__ on glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

int ta_malloc_use_one_arena(void) {
#if defined(__GLIBC__)
    // glibc gives each thread that meets a locked arena one of its own, up to eight per core. Memory
    // freed into one arena cannot serve another, so a comparison on two threads held 7-8 MB more
    // than on one arena, and was no faster (measured in bench-compare).
    return mallopt(M_ARENA_MAX, 1) == 1;
#else
    return 0;
#endif
}

int ta_malloc_trim(void) {
#if defined(__GLIBC__)
    return malloc_trim(0);
#else
    return 0;
#endif
}
