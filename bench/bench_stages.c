/* The stages ds_bench times: see bench_stages.h. */
#include "bench_stages.h"

#include <stdlib.h>
#include <string.h>

static const char *const names[DS_BENCH_NSTAGES] = {"inflate", "frame", "extract", "encode",
                                                    "extract_alone"};
static const char *const labels[DS_BENCH_NSTAGES] = {
    "zlib inflate alone (baseline)", "+ decoder and framer", "+ extractor",
    "+ encoder (ds_pipe, whole pipeline)", "extractor alone (articles in memory)"};

const char *ds_bench_stage_name(ds_bench_stage s) { return names[s]; }
const char *ds_bench_stage_label(ds_bench_stage s) { return labels[s]; }

int ds_bench_stage_parse(const char *name) {
  for (int i = 0; i < DS_BENCH_NSTAGES; i++)
    if (strcmp(name, names[i]) == 0) return i;
  return -1;
}

static void *alloc_aligned(size_t n) {
  size_t a = _Alignof(max_align_t);
  return aligned_alloc(a, (n + a - 1) / a * a);
}

static void on_event(void *ud, const void *mp, size_t len, const ds_event *ev,
                     const ds_article *a) {
  ds_bench_ctx *c = ud;
  (void)mp, (void)ev, (void)a;
  c->sink += len;
}

int ds_bench_ctx_init(ds_bench_ctx *c) {
  memset(&c->z, 0, sizeof c->z);
  c->dec = alloc_aligned(sizeof *c->dec);
  c->art = malloc(DS_ARTICLE_MAX);
  c->xmem = alloc_aligned(ds_extract_memory());
  c->pipe = alloc_aligned(sizeof *c->pipe);
  c->keep = NULL;
  c->sink = 0;
  /* 15 + 32: gzip or zlib, detected, as the decoder does */
  if (!c->dec || !c->art || !c->xmem || !c->pipe || inflateInit2(&c->z, 15 + 32) != Z_OK)
    return -1;
  c->x = ds_extract_init(c->xmem, ds_extract_memory());
  return c->x ? 0 : -1;
}

void ds_bench_ctx_free(ds_bench_ctx *c) {
  inflateEnd(&c->z);
  free(c->dec);
  free(c->art);
  free(c->xmem);
  free(c->pipe);
}

static ds_pipe_opts pipe_opts(void) {
  ds_pipe_opts o;
  ds_pipe_opts_default(&o);
  o.decode.max_output = 0; /* a corpus may be larger than the 4 GiB default cap */
  return o;
}

int ds_bench_begin(ds_bench_ctx *c, ds_bench_stage s) {
  ds_pipe_opts o = pipe_opts();
  switch (s) {
  case DS_BENCH_INFLATE:
    /* reset, not end and init: the window zlib allocated in the warm-up pass is kept,
     * so a timed pass allocates nothing, as the decoder's arena does not */
    c->z_ended = 0;
    return inflateReset(&c->z) == Z_OK ? 0 : -1;
  case DS_BENCH_FRAME:
  case DS_BENCH_EXTRACT: {
    int rc = ds_decode_init(c->dec, &o.decode);
    if (rc < 0) return rc;
    return ds_frame_init(&c->fr, o.format, o.oversize, c->art, DS_ARTICLE_MAX);
  }
  case DS_BENCH_ENCODE: {
    ds_pipe_callbacks cb = {on_event, NULL, NULL, c};
    return ds_pipe_init(c->pipe, &o, c->art, DS_ARTICLE_MAX, c->x, &cb);
  }
  default:
    return -1;
  }
}

static void keep(ds_bench_store *st, const ds_article *a) {
  const ds_span *f[] = {&a->id, &a->source, &a->url, &a->published, &a->title, &a->body};
  size_t end = 0;
  for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
    if (f[i]->off + f[i]->len > end) end = f[i]->off + f[i]->len;
  if (st->len + end > st->cap) {
    size_t cap = st->cap ? st->cap : 1 << 20;
    while (cap < st->len + end) cap *= 2;
    char *nb = realloc(st->bytes, cap);
    if (!nb) return; /* the store is short then: ds_bench reports the counts differ */
    st->bytes = nb;
    st->cap = cap;
  }
  if (st->n == st->ncap) {
    size_t ncap = st->ncap ? st->ncap * 2 : 1024;
    ds_article *na = realloc(st->arts, ncap * sizeof *na);
    if (!na) return;
    st->arts = na;
    size_t *no = realloc(st->offs, ncap * sizeof *no);
    if (!no) return;
    st->offs = no;
    st->ncap = ncap;
  }
  memcpy(st->bytes + st->len, a->buf, end);
  st->arts[st->n] = *a;
  st->offs[st->n] = st->len;
  st->n++;
  st->len += end;
}

void ds_bench_store_seal(ds_bench_store *st) {
  for (size_t i = 0; i < st->n; i++) st->arts[i].buf = st->bytes + st->offs[i];
}

void ds_bench_store_free(ds_bench_store *st) {
  free(st->bytes);
  free(st->arts);
  free(st->offs);
  memset(st, 0, sizeof *st);
}

static void article(ds_bench_ctx *c, int extract, const ds_article *a, ds_bench_counts *n) {
  n->articles++;
  if (extract) n->events += (uint64_t)ds_extract(c->x, a, c->ev, DS_MAX_EVENTS);
  if (c->keep) keep(c->keep, a);
}

/* Frame decoded bytes (pipeline.c's frame()), extracting when asked. */
static void frame(ds_bench_ctx *c, int extract, const unsigned char *d, size_t len,
                  ds_bench_counts *n) {
  while (len > 0) {
    size_t used = 0;
    ds_article a;
    int rc = ds_frame_push(&c->fr, (const char *)d, len, &used, &a);
    d += used;
    len -= used;
    if (rc == 1) {
      article(c, extract, &a, n);
    } else if (rc < 0) {
      n->errors++;
    } else if (used == 0) {
      break;
    }
  }
}

static int inflate_push(ds_bench_ctx *c, const unsigned char *data, size_t len,
                        ds_bench_counts *n) {
  z_stream *z = &c->z;
  z->next_in = (unsigned char *)data;
  z->avail_in = (uInt)len;
  for (;;) {
    if (c->z_ended && z->avail_in > 0) { /* another gzip member */
      inflateReset(z);
      c->z_ended = 0;
    }
    z->next_out = c->chunk;
    z->avail_out = sizeof c->chunk;
    int rc = inflate(z, Z_NO_FLUSH);
    n->bytes_out += sizeof c->chunk - z->avail_out;
    if (rc == Z_STREAM_END) c->z_ended = 1;
    else if (rc == Z_BUF_ERROR) break; /* every input byte used, nothing more to give */
    else if (rc != Z_OK) return -1;
    if (z->avail_in == 0 && z->avail_out > 0) break;
  }
  return 0;
}

int ds_bench_push(ds_bench_ctx *c, ds_bench_stage s, const unsigned char *data, size_t len,
                  ds_bench_counts *n) {
  n->bytes_in += len;
  if (s == DS_BENCH_INFLATE) return inflate_push(c, data, len, n);
  if (s == DS_BENCH_ENCODE) {
    uint64_t out0 = c->pipe->stats.bytes_out;
    int rc = ds_pipe_push(c->pipe, data, len);
    n->bytes_out += c->pipe->stats.bytes_out - out0;
    return rc;
  }
  /* FRAME and EXTRACT: pipeline.c's ds_pipe_push() loop */
  while (len > 0) {
    size_t used = 0, got = 0;
    int rc = ds_decode(c->dec, data, len, &used, c->chunk, sizeof c->chunk, &got);
    data += used;
    len -= used;
    n->bytes_out += got;
    frame(c, s == DS_BENCH_EXTRACT, c->chunk, got, n);
    if (rc < 0) return rc;
    if (used == 0 && got == 0) break;
  }
  return 0;
}

int ds_bench_end(ds_bench_ctx *c, ds_bench_stage s, ds_bench_counts *n) {
  if (s == DS_BENCH_INFLATE) return c->z_ended ? 0 : -1;
  if (s == DS_BENCH_ENCODE) {
    uint64_t o0 = c->pipe->stats.bytes_out;
    int rc = ds_pipe_finish(c->pipe);
    /* the pipe counts articles, events and errors for the whole pass: take them now */
    n->bytes_out += c->pipe->stats.bytes_out - o0;
    n->articles += c->pipe->stats.articles;
    n->events += c->pipe->stats.events;
    n->errors += c->pipe->stats.errors;
    return rc;
  }
  int rc = ds_decode_finish(c->dec);
  if (rc < 0) return rc;
  for (;;) {
    ds_article a;
    int fr = ds_frame_finish(&c->fr, &a);
    if (fr == 1) article(c, s == DS_BENCH_EXTRACT, &a, n);
    if (fr < 0) {
      n->errors++;
      continue;
    }
    break;
  }
  return 0;
}

int ds_bench_pass(ds_bench_ctx *c, ds_bench_stage s, const unsigned char *data, size_t len,
                  size_t piece, const ds_bench_store *st, ds_bench_counts *n) {
  if (s == DS_BENCH_EXTRACT_ALONE) {
    for (size_t i = 0; i < st->n; i++) {
      n->articles++;
      n->events += (uint64_t)ds_extract(c->x, &st->arts[i], c->ev, DS_MAX_EVENTS);
    }
    return 0;
  }
  int rc = ds_bench_begin(c, s);
  for (size_t at = 0; rc == 0 && at < len; at += piece) {
    size_t k = len - at < piece ? len - at : piece;
    rc = ds_bench_push(c, s, data + at, k, n);
  }
  if (rc == 0) rc = ds_bench_end(c, s, n);
  return rc;
}
