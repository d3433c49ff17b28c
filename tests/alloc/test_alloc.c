/* The allocation test: the whole data path (decoder, framer, extractor, encoder, JSON
 * rendering) over every article of a file must not call malloc, calloc, realloc or
 * free. Linked with -Wl,--wrap=malloc (and friends): every call made while armed is
 * counted, and any fails the test.
 *
 * usage: test_alloc FILE   (gzip, zlib or plain; JSON Lines or text) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dealstream/dealstream.h"
#include "dealstream/pipeline.h"

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t m);
void *__real_realloc(void *p, size_t n);
void __real_free(void *p);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t n, size_t m);
void *__wrap_realloc(void *p, size_t n);
void __wrap_free(void *p);

static int armed;
static unsigned long allocs;

void *__wrap_malloc(size_t n) {
  if (armed) allocs++;
  return __real_malloc(n);
}
void *__wrap_calloc(size_t n, size_t m) {
  if (armed) allocs++;
  return __real_calloc(n, m);
}
void *__wrap_realloc(void *p, size_t n) {
  if (armed) allocs++;
  return __real_realloc(p, n);
}
void __wrap_free(void *p) {
  if (armed && p) allocs++;
  __real_free(p);
}

static char json[DS_EVENT_MAX * 6 + 16];
static unsigned long events, json_bytes;

static void on_event(void *ud, const void *mp, size_t len, const ds_event *ev,
                     const ds_article *a) {
  (void)ud, (void)ev, (void)a;
  int n = ds_msgpack_to_json(mp, len, json, sizeof json);
  if (n > 0) json_bytes += (unsigned long)n;
  events++;
}

static _Alignas(max_align_t) unsigned char xmem[1 << 20];
static ds_pipe pipe_ctx;
static char art[DS_ARTICLE_MAX];

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: test_alloc FILE\n");
    return 2;
  }
  FILE *f = fopen(argv[1], "rb");
  if (!f) {
    /* the corpus lives beside the checkout, in ../shared: say so rather than pass */
    fprintf(stderr, "test_alloc: cannot open %s\n", argv[1]);
    return 1;
  }
  fseek(f, 0, SEEK_END);
  long size = ftell(f);
  fseek(f, 0, SEEK_SET);
  unsigned char *data = malloc((size_t)size);
  if (!data || fread(data, 1, (size_t)size, f) != (size_t)size) {
    fprintf(stderr, "test_alloc: cannot read %s\n", argv[1]);
    return 1;
  }
  fclose(f);
  if (ds_extract_memory() > sizeof xmem) {
    fprintf(stderr, "test_alloc: extractor needs %zu bytes\n", ds_extract_memory());
    return 1;
  }
  ds_extractor *x = ds_extract_init(xmem, sizeof xmem);
  ds_pipe_callbacks cb = {on_event, NULL, NULL, NULL};

  /* Warm-up is not needed (nothing is lazily allocated), so arm from the start: the
   * first article counts as much as the last. Pushed in 4 KiB pieces, as a socket
   * would deliver. */
  armed = 1;
  ds_pipe_init(&pipe_ctx, NULL, art, sizeof art, x, &cb);
  int rc = 0;
  for (long off = 0; off < size && rc == 0; off += 4096) {
    size_t n = (size_t)(size - off < 4096 ? size - off : 4096);
    rc = ds_pipe_push(&pipe_ctx, data + off, n);
  }
  if (rc == 0) rc = ds_pipe_finish(&pipe_ctx);
  armed = 0;

  printf("%s: %llu articles, %lu events, %lu JSON bytes, %lu allocation calls\n", argv[1],
         (unsigned long long)pipe_ctx.stats.articles, events, json_bytes, allocs);
  int fail = 0;
  if (rc != 0) {
    printf("pipeline error: %s\n", ds_strerror(rc));
    fail = 1;
  }
  if (pipe_ctx.stats.articles == 0) {
    printf("no articles read\n");
    fail = 1;
  }
  if (allocs) fail = 1;
  printf("%d passed, %d failed\n", fail ? 0 : 1, fail ? 1 : 0);
  free(data);
  return fail;
}
