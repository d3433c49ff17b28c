/* A minimal test harness: CHECK records a failure and goes on; T_DONE() prints the
 * tally ("N passed, N failed") and returns the exit code. */
#ifndef DS_TEST_T_H
#define DS_TEST_T_H

#include <stdio.h>

static int t_pass, t_fail;

#define CHECK(cond)                                                               \
  do {                                                                            \
    if (cond) {                                                                   \
      t_pass++;                                                                   \
    } else {                                                                      \
      t_fail++;                                                                   \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond);    \
    }                                                                             \
  } while (0)

#define CHECK_EQ_INT(a, b)                                                        \
  do {                                                                            \
    long long t_a_ = (long long)(a), t_b_ = (long long)(b);                       \
    if (t_a_ == t_b_) {                                                           \
      t_pass++;                                                                   \
    } else {                                                                      \
      t_fail++;                                                                   \
      fprintf(stderr, "%s:%d: CHECK failed: %s == %s (%lld vs %lld)\n", __FILE__, \
              __LINE__, #a, #b, t_a_, t_b_);                                      \
    }                                                                             \
  } while (0)

#define T_DONE()                                                                  \
  (printf("%d passed, %d failed\n", t_pass, t_fail), t_fail ? 1 : 0)

#endif
