/* Heap allocation counter: see bench_alloc.h. One thread (ds_bench is single-threaded),
 * so plain counters are enough. */
#include "bench_alloc.h"

#include <errno.h>
#include <stddef.h>
#include <stdlib.h>

#ifdef DS_BENCH_NO_ALLOC_COUNT

void ds_bench_allocs_arm(int on) { (void)on; }
int64_t ds_bench_allocs(void) { return -1; }

#else

/* glibc's allocator under its exported internal names */
void *__libc_malloc(size_t n);
void *__libc_calloc(size_t n, size_t m);
void *__libc_realloc(void *p, size_t n);
void *__libc_memalign(size_t align, size_t n);
void __libc_free(void *p);
void *memalign(size_t align, size_t n); /* <malloc.h> is not C11 */

static int armed;
static int64_t count;

void ds_bench_allocs_arm(int on) { armed = on; }
int64_t ds_bench_allocs(void) { return count; }

void *malloc(size_t n) {
  count += armed;
  return __libc_malloc(n);
}

void *calloc(size_t n, size_t m) {
  count += armed;
  return __libc_calloc(n, m);
}

void *realloc(void *p, size_t n) {
  count += armed;
  return __libc_realloc(p, n);
}

void free(void *p) {
  count += armed && p;
  __libc_free(p);
}

void *aligned_alloc(size_t align, size_t n) {
  count += armed;
  return __libc_memalign(align, n);
}

void *memalign(size_t align, size_t n) {
  count += armed;
  return __libc_memalign(align, n);
}

int posix_memalign(void **out, size_t align, size_t n);
int posix_memalign(void **out, size_t align, size_t n) {
  count += armed;
  if (align < sizeof(void *) || (align & (align - 1))) return EINVAL;
  void *p = __libc_memalign(align, n);
  if (!p) return ENOMEM;
  *out = p;
  return 0;
}

#endif
