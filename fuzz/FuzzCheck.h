// A check that stays on in every build type: a failed property aborts, which libFuzzer records as a crash.
#pragma once

#include <cstdio>
#include <cstdlib>

#define BTCW_FUZZ_CHECK(condition)                                                                                     \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "%s:%d: fuzz property failed: %s\n", __FILE__, __LINE__, #condition);                 \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)
