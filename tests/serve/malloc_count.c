/* LD_PRELOAD shim for serve_alloc.sh: counts malloc, calloc, realloc and
 * aligned_alloc calls made by the process and writes the count to $DS_MALLOC_COUNT_FILE
 * at exit. Comparing a run with one gateway to a run with many shows whether the data
 * path allocates (it must not: every pool is allocated at start-up). */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

static unsigned long count;
static void *(*real_malloc)(size_t);
static void *(*real_calloc)(size_t, size_t);
static void *(*real_realloc)(void *, size_t);
static void *(*real_aligned_alloc)(size_t, size_t);

/* dlsym itself may call calloc before real_calloc is known: serve it from a static
 * buffer */
static char early[4096];
static size_t early_used;

void *malloc(size_t n) {
  if (!real_malloc) real_malloc = (void *(*)(size_t))dlsym(RTLD_NEXT, "malloc");
  count++;
  return real_malloc(n);
}

void *calloc(size_t n, size_t m) {
  if (!real_calloc) {
    static int in;
    if (in) {
      void *p = early + early_used;
      early_used += (n * m + 15) & ~(size_t)15;
      return p;
    }
    in = 1;
    real_calloc = (void *(*)(size_t, size_t))dlsym(RTLD_NEXT, "calloc");
    in = 0;
  }
  count++;
  return real_calloc(n, m);
}

void *realloc(void *p, size_t n) {
  if (!real_realloc) real_realloc = (void *(*)(void *, size_t))dlsym(RTLD_NEXT, "realloc");
  count++;
  return real_realloc(p, n);
}

void *aligned_alloc(size_t a, size_t n) {
  if (!real_aligned_alloc)
    real_aligned_alloc = (void *(*)(size_t, size_t))dlsym(RTLD_NEXT, "aligned_alloc");
  count++;
  return real_aligned_alloc(a, n);
}

void free(void *p) {
  static void (*real_free)(void *);
  if ((char *)p >= early && (char *)p < early + sizeof early) return;
  if (!real_free) real_free = (void (*)(void *))dlsym(RTLD_NEXT, "free");
  real_free(p);
}

__attribute__((destructor)) static void report(void) {
  const char *f = getenv("DS_MALLOC_COUNT_FILE");
  FILE *o = f ? fopen(f, "w") : NULL;
  if (o) {
    fprintf(o, "%lu\n", count);
    fclose(o);
  }
}
