#include "CTermAlignSystem.h"

#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

// Files to remove when the process is interrupted, as a fixed table so that the signal handler
// touches no allocator and no lock: a slot's path is read only while its flag is set.
#define SLOTS 8
#define PATH_BYTES 4096

static char paths[SLOTS][PATH_BYTES];
static volatile sig_atomic_t used[SLOTS];
static volatile sig_atomic_t installed = 0;

static void remove_and_reraise(int signal_number) {
    for (int slot = 0; slot < SLOTS; slot++) {
        if (used[slot]) unlink(paths[slot]);
    }
    // The default action then ends the process with the status a shell expects of this signal.
    signal(signal_number, SIG_DFL);
    raise(signal_number);
}

static void install(void) {
    if (installed) return;
    installed = 1;
    const int signals[] = {SIGINT, SIGTERM, SIGHUP};
    // A program started by one whose threads block signals (a test runner, some daemons) inherits the
    // mask, and would neither clean up nor end on these signals.
    sigset_t unblocked;
    sigemptyset(&unblocked);
    for (unsigned index = 0; index < sizeof(signals) / sizeof(signals[0]); index++) sigaddset(&unblocked, signals[index]);
    pthread_sigmask(SIG_UNBLOCK, &unblocked, NULL);
    for (unsigned index = 0; index < sizeof(signals) / sizeof(signals[0]); index++) {
        struct sigaction action;
        memset(&action, 0, sizeof(action));
        sigemptyset(&action.sa_mask);
        action.sa_handler = remove_and_reraise;
        struct sigaction previous;
        // A signal the shell told the process to ignore (nohup, a background job) stays ignored.
        if (sigaction(signals[index], NULL, &previous) == 0 && previous.sa_handler == SIG_IGN) continue;
        sigaction(signals[index], &action, NULL);
    }
}

int ta_remove_on_signal(const char *path) {
    size_t length = strlen(path);
    if (length == 0 || length >= PATH_BYTES) return -1;
    install();
    for (int slot = 0; slot < SLOTS; slot++) {
        if (used[slot]) continue;
        memcpy(paths[slot], path, length + 1);
        // The path is whole before the handler may read it.
        __atomic_signal_fence(__ATOMIC_SEQ_CST);
        used[slot] = 1;
        return 0;
    }
    return -1;
}

void ta_forget_on_signal(const char *path) {
    for (int slot = 0; slot < SLOTS; slot++) {
        if (used[slot] && strcmp(paths[slot], path) == 0) used[slot] = 0;
    }
}
