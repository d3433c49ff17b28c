/* The whole pipeline gives the same events however the input is chunked: every fixture
 * (the dev set when ../shared is there, the project's own golden articles otherwise),
 * plain and gzip-compressed, fed whole, one byte at a time and in random chunk sizes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "dealstream/dealstream.h"
#include "dealstream/pipeline.h"
#include "t.h"

typedef struct sink {
  unsigned char *buf;
  size_t len, cap;
  unsigned long events, errors;
} sink;

static void on_event(void *ud, const void *mp, size_t len, const ds_event *ev,
                     const ds_article *a) {
  sink *s = ud;
  (void)ev, (void)a;
  if (s->len + len > s->cap) {
    s->cap = (s->len + len) * 2;
    s->buf = realloc(s->buf, s->cap);
  }
  memcpy(s->buf + s->len, mp, len);
  s->len += len;
  s->events++;
}

static void on_error(void *ud, const ds_error *e, int from_decoder, const char *id) {
  sink *s = ud;
  (void)e, (void)from_decoder, (void)id;
  s->errors++;
}

static _Alignas(max_align_t) unsigned char xmem[1 << 20];
static ds_pipe pipe_ctx;
static char art[DS_ARTICLE_MAX];

/* chunk: 0 whole, 1 one byte at a time, -1 random sizes from seed */
static sink run(const unsigned char *data, size_t n, int chunk, unsigned seed) {
  sink s = {0};
  ds_extractor *x = ds_extract_init(xmem, sizeof xmem);
  ds_pipe_callbacks cb = {on_event, NULL, on_error, &s};
  ds_pipe_init(&pipe_ctx, NULL, art, sizeof art, x, &cb);
  srand(seed);
  size_t off = 0;
  while (off < n) {
    size_t k = chunk == 0 ? n - off : chunk == 1 ? 1 : (size_t)(rand() % 9000) + 1;
    if (k > n - off) k = n - off;
    ds_pipe_push(&pipe_ctx, data + off, k);
    off += k;
  }
  ds_pipe_finish(&pipe_ctx);
  return s;
}

static unsigned char *gzip_of(const unsigned char *d, size_t n, size_t *out_n) {
  z_stream z;
  memset(&z, 0, sizeof z);
  deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  size_t cap = deflateBound(&z, (uLong)n);
  unsigned char *o = malloc(cap);
  z.next_in = (unsigned char *)d;
  z.avail_in = (uInt)n;
  z.next_out = o;
  z.avail_out = (uInt)cap;
  deflate(&z, Z_FINISH);
  *out_n = z.total_out;
  deflateEnd(&z);
  return o;
}

static unsigned char *slurp(const char *path, size_t *n) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long sz = ftell(f);
  fseek(f, 0, SEEK_SET);
  unsigned char *b = malloc((size_t)sz + 1);
  if (fread(b, 1, (size_t)sz, f) != (size_t)sz) sz = 0;
  fclose(f);
  *n = (size_t)sz;
  return b;
}

static void check_file(const char *path) {
  size_t n, gn;
  unsigned char *d = slurp(path, &n);
  if (!d) {
    fprintf(stderr, "skip %s (absent)\n", path);
    return;
  }
  unsigned char *g = gzip_of(d, n, &gn);
  sink ref = run(d, n, 0, 0);
  printf("%s: %lu events, %zu msgpack bytes\n", path, ref.events, ref.len);
  CHECK(ref.events > 0);
  CHECK_EQ_INT(ref.errors, 0);
  struct {
    const unsigned char *p;
    size_t n;
    int chunk;
    unsigned seed;
  } runs[] = {{d, n, 1, 0}, {d, n, -1, 1}, {d, n, -1, 2}, {g, gn, 0, 0},
              {g, gn, 1, 0}, {g, gn, -1, 3}, {g, gn, -1, 4}};
  for (size_t i = 0; i < sizeof runs / sizeof runs[0]; i++) {
    sink s = run(runs[i].p, runs[i].n, runs[i].chunk, runs[i].seed);
    CHECK_EQ_INT(s.events, ref.events);
    CHECK(s.len == ref.len && memcmp(s.buf, ref.buf, ref.len) == 0);
    free(s.buf);
  }
  free(ref.buf);
  free(g);
  free(d);
}

int main(void) {
  const char *shared = getenv("DS_SHARED");
  const char *data = getenv("DS_TESTDATA");
  char path[4096];
  if (shared) {
    snprintf(path, sizeof path, "%s/eval/dev.jsonl", shared);
    check_file(path);
  }
  if (data) {
    snprintf(path, sizeof path, "%s/samples/seeds.txt", data);
    check_file(path);
  }
  return T_DONE();
}
