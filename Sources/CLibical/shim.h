#ifndef TWINLINK_CLIBICAL_SHIM_H
#define TWINLINK_CLIBICAL_SHIM_H

// Only ical.h: icalss.h exports mutable C globals that Swift 6 rejects as not concurrency-safe.
#include <libical/ical.h>

#endif
