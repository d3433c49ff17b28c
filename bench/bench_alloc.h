/* Heap allocation counter of ds_bench: malloc and friends are defined in the program
 * itself, so ELF symbol interposition sends every call of the process to them, those
 * made inside zlib and msgpack-c included (glibc supports replacing malloc this way).
 * They count while armed and hand the work to glibc's own allocator.
 *
 * Built without the counter under the sanitizers (they replace malloc themselves):
 * ds_bench_allocs() then returns -1, "not counted". */
#ifndef DS_BENCH_ALLOC_H
#define DS_BENCH_ALLOC_H

#include <stdint.h>

void ds_bench_allocs_arm(int on);
/* Calls to malloc, calloc, realloc, aligned_alloc, posix_memalign, memalign and free
 * made while armed, since the start; -1 when this build does not count. */
int64_t ds_bench_allocs(void);

#endif
