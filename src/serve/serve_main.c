/* The service's life: allocate every pool from the configuration, listen, run the loop,
 * drain on SIGINT/SIGTERM, free. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "serve.h"

uint64_t ds__now_ms(ds__srv *s) { return uv_now(s->loop); }

static void on_handle_closed(uv_handle_t *h) { (void)h; }

/* Stop: close every handle; uv_run returns once they are all closed. */
static void finish(ds__srv *s, int force) {
  if (s->stopping) return;
  s->stopping = 1;
  ds__listeners_close(s);
  ds__subs_drain_close(s, force);
  ds__ingest_close_all(s);
  ds__http_close_all(s);
  ds__work_stop(s);
  uv_close((uv_handle_t *)&s->tick, on_handle_closed);
  uv_close((uv_handle_t *)&s->sigint, on_handle_closed);
  uv_close((uv_handle_t *)&s->sigterm, on_handle_closed);
}

void ds__maybe_finish_drain(ds__srv *s) {
  if (!s->draining || s->stopping) return;
  if (ds__ingest_open_count(s) == 0 && !ds__subs_busy(s)) {
    ds__log(DS__LOG_INFO, "drain complete: every ack sent, every subscriber flushed");
    finish(s, 0);
  }
}

static void on_signal(uv_signal_t *h, int signum) {
  ds__srv *s = h->data;
  if (s->draining) {
    ds__log(DS__LOG_WARN, "signal %d again: stopping now", signum);
    finish(s, 1);
    return;
  }
  ds__log(DS__LOG_INFO, "signal %d: draining (at most %u ms): no new connections, final acks, "
          "flushing subscribers", signum, s->cfg.drain_ms);
  s->draining = 1;
  s->drain_deadline = ds__now_ms(s) + s->cfg.drain_ms;
  ds__listeners_close(s);
  ds__ingest_drain(s);
  ds__subs_kick(s);
  ds__maybe_finish_drain(s);
}

static void on_tick(uv_timer_t *t) {
  ds__srv *s = t->data;
  uint64_t now = ds__now_ms(s);
  ds__ingest_tick(s, now);
  ds__subs_tick(s, now);
  ds__http_tick(s, now);
  ds__subs_kick(s);
  if (s->draining && !s->stopping && now >= s->drain_deadline) {
    ds__log(DS__LOG_WARN, "drain time is up (%u ms): closing what is left", s->cfg.drain_ms);
    finish(s, 1);
  }
}

/* A pool, zeroed. calloc, not malloc and memset: the C library gets a large block as
 * fresh zero pages from the kernel and does not touch them, so a pool costs resident
 * memory only as far as it is used (a subscriber queue that never holds more than a
 * few events keeps a few pages of its queue-bytes). calloc's memory is aligned for any
 * object (max_align_t), which the extractor's context asks for. */
static void *alloc_pool(size_t n, size_t *total) {
  if (n == 0) n = 1;
  void *p = calloc(1, n);
  if (p) *total += n;
  return p;
}

static void free_all(ds__srv *s) {
  free(s->pipes);
  free(s->arts);
  free(s->rbufs);
  free(s->conns);
  free(s->subs);
  free(s->wbufs);
  free(s->bsubs);
  free(s->qbufs);
  free(s->replay_index);
  free(s->replay_bytes);
  free(s->novelty_slots);
  free(s->bus);
  free(s->xmem);
  ds__http_free(s);
}

/* Every pool, sized from the configuration, allocated once. */
static int allocate(ds__srv *s) {
  const ds__serve_config *c = &s->cfg;
  size_t t = 0;
  /* the loop thread's own extractor, when it runs the pipelines itself */
  s->xmem = alloc_pool(c->workers ? 1 : ds_extract_memory(), &t);
  s->conns = alloc_pool((size_t)c->max_ingest * sizeof(ds__conn), &t);
  s->pipes = alloc_pool((size_t)c->max_ingest * sizeof(ds_pipe), &t);
  s->arts = alloc_pool((size_t)c->max_ingest * c->article_max, &t);
  s->rbufs = alloc_pool((size_t)c->max_ingest * DS__INGEST_READ, &t);
  s->subs = alloc_pool((size_t)c->max_subs * sizeof(ds__sub), &t);
  s->wbufs = alloc_pool((size_t)c->max_subs * DS__SUB_WBUF, &t);
  s->bsubs = alloc_pool((size_t)c->max_subs * sizeof(ds_bus_sub), &t);
  s->qbufs = alloc_pool((size_t)c->max_subs * c->queue_bytes, &t);
  s->replay_index = alloc_pool(ds_replay_index_bytes(c->replay_events), &t);
  s->replay_bytes = alloc_pool(c->replay_bytes, &t);
  s->novelty_slots = alloc_pool(ds_novelty_bytes(c->novelty_entries), &t);
  s->bus = alloc_pool(sizeof(ds_bus), &t);
  if (!s->xmem || !s->conns || !s->pipes || !s->arts || !s->rbufs || !s->subs || !s->wbufs ||
      !s->bsubs || !s->qbufs || !s->replay_index || !s->replay_bytes || !s->novelty_slots ||
      !s->bus || ds__http_init(s, &t) < 0 || ds__work_init(s, &t) < 0) {
    ds__log(DS__LOG_ERROR, "out of memory allocating the pools (%zu bytes so far)", t);
    return -1;
  }
  s->x = c->workers ? NULL : ds_extract_init(s->xmem, ds_extract_memory());
  if (!c->workers && !s->x) {
    ds__log(DS__LOG_ERROR, "the extractor's rule tables do not fit their limits (DS__MAX_RELEMS, DS__MAX_RALTS)");
    return -1;
  }
  for (uint32_t i = 0; i < c->max_ingest; i++) {
    ds__conn *k = &s->conns[i];
    k->srv = s;
    k->idx = i;
    k->pipe = &s->pipes[i];
    k->art = s->arts + (size_t)i * c->article_max;
    k->rbuf = s->rbufs + (size_t)i * DS__INGEST_READ;
  }
  for (uint32_t i = 0; i < c->max_subs; i++) {
    s->subs[i].srv = s;
    s->subs[i].idx = i;
    s->subs[i].wbuf = s->wbufs + (size_t)i * DS__SUB_WBUF;
    s->bsubs[i].qbuf = s->qbufs + (size_t)i * c->queue_bytes;
    s->bsubs[i].qcap = c->queue_bytes;
  }
  ds_bus_init(s->bus, s->bsubs, c->max_subs);
  ds_replay_init(&s->bus->replay, s->replay_index, c->replay_events, s->replay_bytes,
                 c->replay_bytes);
  ds_novelty_init(&s->bus->novelty, s->novelty_slots, c->novelty_entries);
  s->mem_total = t;
  ds__log(DS__LOG_INFO,
          "memory: %zu bytes allocated at start-up: per ingest connection %zu (pipeline %zu, "
          "article buffer %u, read buffer %u), per subscriber %zu (queue %u, write buffer %u), "
          "replay %llu, novelty %zu, extractor %zu, %u pipeline workers (each an extractor "
          "and a %u-byte outbox)",
          t, ds__conn_memory(c), sizeof(ds_pipe), c->article_max, DS__INGEST_READ,
          ds__sub_memory(c), c->queue_bytes, DS__SUB_WBUF,
          (unsigned long long)(c->replay_bytes + ds_replay_index_bytes(c->replay_events)),
          ds_novelty_bytes(c->novelty_entries), c->workers ? 0 : ds_extract_memory(), s->nworkers,
          DS__OUTBOX);
  return 0;
}

size_t ds__conn_memory(const ds__serve_config *c) {
  return sizeof(ds__conn) + sizeof(ds_pipe) + c->article_max + DS__INGEST_READ;
}

size_t ds__sub_memory(const ds__serve_config *c) {
  return sizeof(ds__sub) + sizeof(ds_bus_sub) + c->queue_bytes + DS__SUB_WBUF;
}

int ds__serve_run(const ds__serve_config *cfg) {
  ds__srv *s = calloc(1, sizeof *s);
  uv_loop_t loop;
  int rc = 1;
  if (!s) {
    fprintf(stderr, "dealstream serve: out of memory\n");
    return 1;
  }
  s->cfg = *cfg;
  ds__log_level(cfg->log_level);
  /* a peer that goes away mid-write must be an error return, not a killed process */
  signal(SIGPIPE, SIG_IGN);
  if (uv_loop_init(&loop) < 0) {
    free(s);
    return 1;
  }
  s->loop = &loop;
  if (allocate(s) == 0 && ds__listen_all(s) == 0) {
    uv_timer_init(s->loop, &s->tick);
    s->tick.data = s;
    uint64_t every = s->cfg.ack_ms / 4;
    if (every < 10) every = 10;
    if (every > 250) every = 250;
    uv_timer_start(&s->tick, on_tick, every, every);
    uv_signal_init(s->loop, &s->sigint);
    uv_signal_init(s->loop, &s->sigterm);
    s->sigint.data = s->sigterm.data = s;
    uv_signal_start(&s->sigint, on_signal, SIGINT);
    uv_signal_start(&s->sigterm, on_signal, SIGTERM);
    ds__log(DS__LOG_INFO, "ready (pid %ld)", (long)getpid());
    uv_run(s->loop, UV_RUN_DEFAULT);
    rc = 0;
    ds__log(DS__LOG_INFO, "stopped: %llu articles, %llu events published",
            (unsigned long long)s->c.articles, (unsigned long long)s->bus->stats.events);
  } else {
    ds__listeners_close(s);
    ds__http_close_all(s);
    ds__work_stop(s);
    uv_run(s->loop, UV_RUN_DEFAULT);
  }
  ds__work_free(s);
  if (uv_loop_close(s->loop) != 0) ds__log(DS__LOG_WARN, "loop closed with handles open");
  free_all(s);
  free(s);
  return rc;
}
