/* Valgrind 3.19 writes into the mask passed to rt_sigsuspend; libdispatch passes a mask in
   read-only memory, so Valgrind crashes. This preload copies the mask to the stack first. */
#define _GNU_SOURCE
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>
int sigsuspend(const sigset_t *mask) {
    sigset_t copy = *mask;
    return (int)syscall(SYS_rt_sigsuspend, &copy, 8);
}
