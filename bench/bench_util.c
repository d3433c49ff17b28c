/* Shared bits of the benchmark programs: see bench_util.h. */
#include "bench_util.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zlib.h>

#include "dealstream/decode.h"

uint64_t ds_bench_now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

int ds_bench_read_file(const char *path, unsigned char **data, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    fprintf(stderr, "bench: %s: cannot open: %s\n", path, strerror(errno));
    return -1;
  }
  size_t cap = 1 << 20, n = 0;
  unsigned char *buf = malloc(cap);
  while (buf) {
    if (n == cap) {
      unsigned char *nb = realloc(buf, cap * 2);
      if (!nb) break;
      buf = nb;
      cap *= 2;
    }
    size_t k = fread(buf + n, 1, cap - n, f);
    n += k;
    if (k == 0) break;
  }
  int bad = !buf || ferror(f);
  fclose(f);
  if (bad) {
    fprintf(stderr, "bench: %s: cannot read\n", path);
    free(buf);
    return -1;
  }
  *data = buf;
  *len = n;
  return 0;
}

int ds_bench_is_compressed(const unsigned char *d, size_t len) {
  if (len < 2) return 0;
  if (d[0] == 0x1f && d[1] == 0x8b) return 1;
  /* zlib: the headers the decoder takes (decode.c: 78 01/5E/9C/DA) */
  return d[0] == 0x78 && (d[1] == 0x01 || d[1] == 0x5e || d[1] == 0x9c || d[1] == 0xda);
}

int ds_bench_gzip(const unsigned char *data, size_t len, int level, unsigned char **out,
                  size_t *out_len) {
  z_stream z;
  memset(&z, 0, sizeof z);
  if (deflateInit2(&z, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) return -1;
  size_t cap = deflateBound(&z, (uLong)len) + 64;
  unsigned char *buf = malloc(cap);
  if (!buf) {
    deflateEnd(&z);
    return -1;
  }
  /* fed in pieces: avail_in is 32 bits */
  size_t at = 0;
  z.next_out = buf;
  z.avail_out = (uInt)(cap > 0xffffffffu ? 0xffffffffu : cap);
  int rc;
  do {
    size_t piece = len - at > (1u << 30) ? (1u << 30) : len - at;
    z.next_in = (unsigned char *)data + at;
    z.avail_in = (uInt)piece;
    at += piece;
    rc = deflate(&z, at == len ? Z_FINISH : Z_NO_FLUSH);
  } while (rc == Z_OK && at < len);
  while (rc == Z_OK) rc = deflate(&z, Z_FINISH);
  *out_len = z.total_out;
  deflateEnd(&z);
  if (rc != Z_STREAM_END) {
    free(buf);
    return -1;
  }
  *out = buf;
  return 0;
}

int ds_bench_decode_all(const unsigned char *data, size_t len, unsigned char **out,
                        size_t *out_len) {
  ds_decoder *d = malloc(sizeof *d);
  ds_decode_opts o;
  ds_decode_opts_default(&o);
  o.max_output = 0; /* our own corpus: no bomb guard */
  o.max_ratio = 0;
  size_t cap = len * 4 + 4096, n = 0;
  unsigned char *buf = malloc(cap);
  int rc = d && buf ? ds_decode_init(d, &o) : -1;
  while (rc == 0 && len > 0) {
    if (cap - n < 65536) {
      unsigned char *nb = realloc(buf, cap * 2);
      if (!nb) {
        rc = -1;
        break;
      }
      buf = nb;
      cap *= 2;
    }
    size_t used = 0, got = 0;
    rc = ds_decode(d, data, len, &used, buf + n, cap - n, &got);
    data += used;
    len -= used;
    n += got;
  }
  if (rc == 0) rc = ds_decode_finish(d);
  free(d);
  if (rc != 0) {
    fprintf(stderr, "bench: the corpus does not decode: %s\n", ds_strerror(rc));
    free(buf);
    return -1;
  }
  *out = buf;
  *out_len = n;
  return 0;
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

void ds_bench_sort(double *v, size_t n) {
  if (n > 1) qsort(v, n, sizeof *v, cmp_double);
}

double ds_bench_quantile(const double *sorted, size_t n, double p) {
  if (n == 0) return 0;
  size_t rank = (size_t)ceil(p * (double)n); /* nearest rank: 1..n */
  if (rank < 1) rank = 1;
  if (rank > n) rank = n;
  return sorted[rank - 1];
}

ds_bench_stat ds_bench_summary(const double *v, size_t n) {
  ds_bench_stat s = {NAN, NAN, NAN};
  if (n == 0) return s;
  double tmp[64];
  double *w = n <= 64 ? tmp : malloc(n * sizeof *w);
  if (!w) return s;
  memcpy(w, v, n * sizeof *w);
  ds_bench_sort(w, n);
  s.min = w[0];
  s.max = w[n - 1];
  s.median = n % 2 ? w[n / 2] : (w[n / 2 - 1] + w[n / 2]) / 2;
  if (w != tmp) free(w);
  return s;
}

/* ---- JSON ---- */

void ds_bench_jinit(ds_bench_json *j, FILE *f) {
  memset(j, 0, sizeof *j);
  j->f = f;
  j->first[0] = 1;
}

static void jstring(FILE *f, const char *s) {
  fputc('"', f);
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (c == '"' || c == '\\') fprintf(f, "\\%c", c);
    else if (c < 0x20) fprintf(f, "\\u%04x", c);
    else fputc(c, f);
  }
  fputc('"', f);
}

static void jkey(ds_bench_json *j, const char *key) {
  if (!j->first[j->depth]) fputc(',', j->f);
  j->first[j->depth] = 0;
  fprintf(j->f, "\n%*s", 2 * j->depth, "");
  if (key) {
    jstring(j->f, key);
    fputs(": ", j->f);
  }
}

static void jopen(ds_bench_json *j, const char *key, char c) {
  jkey(j, key);
  fputc(c, j->f);
  if (j->depth < 31) j->depth++;
  j->first[j->depth] = 1;
}

void ds_bench_jobj(ds_bench_json *j, const char *key) { jopen(j, key, '{'); }
void ds_bench_jarr(ds_bench_json *j, const char *key) { jopen(j, key, '['); }

void ds_bench_jend(ds_bench_json *j, char close) {
  int empty = j->first[j->depth];
  if (j->depth > 0) j->depth--;
  if (!empty) fprintf(j->f, "\n%*s", 2 * j->depth, "");
  fputc(close, j->f);
  if (j->depth == 0) fputc('\n', j->f);
}

void ds_bench_jnum(ds_bench_json *j, const char *key, double v) {
  jkey(j, key);
  if (isfinite(v)) fprintf(j->f, "%.6g", v);
  else fputs("null", j->f);
}

void ds_bench_jint(ds_bench_json *j, const char *key, int64_t v) {
  jkey(j, key);
  fprintf(j->f, "%lld", (long long)v);
}

void ds_bench_jstr(ds_bench_json *j, const char *key, const char *s) {
  jkey(j, key);
  jstring(j->f, s);
}

void ds_bench_jnull(ds_bench_json *j, const char *key) {
  jkey(j, key);
  fputs("null", j->f);
}

void ds_bench_jbool(ds_bench_json *j, const char *key, int v) {
  jkey(j, key);
  fputs(v ? "true" : "false", j->f);
}

void ds_bench_jstat(ds_bench_json *j, const char *key, ds_bench_stat s) {
  jopen(j, key, '{');
  ds_bench_jnum(j, "median", s.median);
  ds_bench_jnum(j, "min", s.min);
  ds_bench_jnum(j, "max", s.max);
  ds_bench_jend(j, '}');
}
