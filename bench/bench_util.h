/* Shared bits of the benchmark programs (bench/): a monotonic clock, whole-file reads,
 * the corpus made compressed, summaries of repeated measurements and a small JSON
 * writer. Benchmark code only: none of it is part of the library. */
#ifndef DS_BENCH_UTIL_H
#define DS_BENCH_UTIL_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* Nanoseconds on CLOCK_MONOTONIC (the same clock in every process of the machine, so
 * a time taken by one process can be compared with one taken by another). */
uint64_t ds_bench_now_ns(void);

/* Read a whole file into a malloc'd buffer. Returns 0, or -1 with a message on stderr. */
int ds_bench_read_file(const char *path, unsigned char **data, size_t *len);

/* Does data start like gzip or zlib (what the decoder detects as compressed)? */
int ds_bench_is_compressed(const unsigned char *data, size_t len);

/* gzip data at the given level into a malloc'd buffer. Returns 0 or -1. */
int ds_bench_gzip(const unsigned char *data, size_t len, int level, unsigned char **out,
                  size_t *out_len);

/* Decompress (gzip, zlib, or copy plain) into a malloc'd buffer with the library's
 * decoder, so the benchmarks read exactly what dealstream reads. Returns 0 or -1. */
int ds_bench_decode_all(const unsigned char *data, size_t len, unsigned char **out,
                        size_t *out_len);

/* Median, smallest and largest of n values (n >= 1; v is not changed). */
typedef struct ds_bench_stat {
  double median, min, max;
} ds_bench_stat;
ds_bench_stat ds_bench_summary(const double *v, size_t n);

/* The p-quantile (0..1) of n sorted values, nearest rank. 0 when n is 0. */
double ds_bench_quantile(const double *sorted, size_t n, double p);

/* Sort doubles ascending, in place. */
void ds_bench_sort(double *v, size_t n);

/* A JSON writer that keeps track of commas: ds_bench_jobj(j, "key") opens an object
 * (key NULL inside arrays and at the top), ds_bench_jend closes it; the value
 * functions take a key likewise. Numbers that are not finite are written as null. */
typedef struct ds_bench_json {
  FILE *f;
  int depth;
  int first[32];
} ds_bench_json;
void ds_bench_jinit(ds_bench_json *j, FILE *f);
void ds_bench_jobj(ds_bench_json *j, const char *key);
void ds_bench_jarr(ds_bench_json *j, const char *key);
void ds_bench_jend(ds_bench_json *j, char close);
void ds_bench_jnum(ds_bench_json *j, const char *key, double v);
void ds_bench_jint(ds_bench_json *j, const char *key, int64_t v);
void ds_bench_jstr(ds_bench_json *j, const char *key, const char *s);
void ds_bench_jnull(ds_bench_json *j, const char *key);
void ds_bench_jbool(ds_bench_json *j, const char *key, int v);
/* {"median": m, "min": a, "max": b} */
void ds_bench_jstat(ds_bench_json *j, const char *key, ds_bench_stat s);

#endif
