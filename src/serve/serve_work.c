/* Pipeline workers: threads that run the ingest connections' pipelines (decoder,
 * framer, extractor, encoder), so that two gateways use two cores. The loop thread
 * keeps everything else: sockets, the bus, acks, counters. A connection belongs to one
 * worker for its life; it has at most one job out at a time (its read buffer, or its
 * end of stream) and reading stops until the job is done, so the read buffer and the
 * pipeline are the worker's while the job runs and the loop thread's otherwise.
 *
 * A worker posts what its pipeline produced to its outbox (a bounded message ring) in
 * the order it came: events (the pipeline's encoding and the deal id), finished
 * articles, errors, and last the job's end. The loop thread empties outboxes on a
 * uv_async wake-up and applies each message as the inline callbacks would, so acks
 * still follow publication, and one connection's events keep their order. A full
 * outbox makes the worker wait (the loop thread never waits on a worker beyond a
 * mutex held for a copy). Nothing here allocates after start-up. */
#include <stdlib.h>
#include <string.h>

#include "dealstream/encode.h"
#include "serve.h"

enum { MSG_EVENT = 1, MSG_ARTICLE, MSG_ERROR, MSG_DONE };

typedef struct msg_event {
  uint32_t conn;
  char id[18];
} msg_event; /* followed by the event's msgpack map */

typedef struct msg_article {
  uint32_t conn;
  uint32_t idlen;
  uint64_t done_offset;
  char id[64];
} msg_article;

typedef struct msg_error {
  uint32_t conn;
  int32_t from_decoder;
  ds_error err;
  char id[64];
} msg_error;

typedef struct msg_done {
  uint32_t conn;
  int32_t rc;
} msg_done;

#define MSG_MAX (sizeof(msg_event) + DS_EVENT_MAX)

/* ---- the worker's side ---- */

/* Post one message; waits while the outbox is full. After quit, drops it: the server
 * is stopping and the loop no longer reads (nor may the wake-up handle be used). */
static void post(ds__worker *w, unsigned tag, const void *h, size_t hn, const void *d, size_t dn) {
  uv_mutex_lock(&w->mu);
  while (!w->quit && !ds_mring_fits(&w->out, hn + dn)) {
    uv_async_send(&w->srv->wake);
    uv_cond_wait(&w->has_room, &w->mu);
  }
  if (!w->quit) {
    ds_mring_push(&w->out, tag, h, hn, d, dn);
    uv_async_send(&w->srv->wake); /* under the mutex: quit cannot be set in between */
  }
  uv_mutex_unlock(&w->mu);
}

static void w_event(void *ud, const void *mp, size_t len, const ds_event *ev, const ds_article *a) {
  ds__conn *c = ud;
  msg_event m;
  (void)a;
  memset(&m, 0, sizeof m);
  m.conn = c->idx;
  ds_deal_id(ev, m.id);
  post(c->w, MSG_EVENT, &m, sizeof m, mp, len);
}

static void copy_id(char *out, size_t cap, const char *s, size_t n, uint32_t *len) {
  if (n > cap - 1) n = cap - 1;
  memcpy(out, s, n);
  out[n] = 0;
  if (len) *len = (uint32_t)n;
}

static void w_article(void *ud, const ds_article *a, int nevents) {
  ds__conn *c = ud;
  msg_article m;
  (void)nevents;
  memset(&m, 0, sizeof m);
  m.conn = c->idx;
  m.done_offset = c->pipe->fr.offset;
  copy_id(m.id, sizeof m.id, a->buf + a->id.off, a->id.len, &m.idlen);
  post(c->w, MSG_ARTICLE, &m, sizeof m, NULL, 0);
}

static void w_error(void *ud, const ds_error *e, int from_decoder, const char *id) {
  ds__conn *c = ud;
  msg_error m;
  memset(&m, 0, sizeof m);
  m.conn = c->idx;
  m.from_decoder = from_decoder;
  m.err = *e;
  if (id) copy_id(m.id, sizeof m.id, id, strlen(id), NULL);
  post(c->w, MSG_ERROR, &m, sizeof m, NULL, 0);
}

static void worker_main(void *arg) {
  ds__worker *w = arg;
  ds__srv *s = w->srv;
  uint32_t cap = s->cfg.max_ingest;
  for (;;) {
    uv_mutex_lock(&w->mu);
    while (!w->quit && w->jcount == 0) uv_cond_wait(&w->has_job, &w->mu);
    if (w->quit) {
      uv_mutex_unlock(&w->mu);
      break;
    }
    ds__conn *c = &s->conns[w->jobs[w->jhead]];
    w->jhead = (w->jhead + 1) % cap;
    w->jcount--;
    uv_mutex_unlock(&w->mu);
    msg_done d = {c->idx, 0};
    d.rc = c->job_finish ? ds_pipe_finish(c->pipe) : ds_pipe_push(c->pipe, c->rbuf, c->job_len);
    post(w, MSG_DONE, &d, sizeof d, NULL, 0);
  }
}

/* ---- the loop thread's side ---- */

ds_pipe_callbacks ds__work_callbacks(ds__conn *c) {
  ds_pipe_callbacks cb = {w_event, w_article, w_error, c};
  return cb;
}

void ds__work_submit(ds__conn *c) {
  ds__worker *w = c->w;
  uint32_t cap = c->srv->cfg.max_ingest;
  c->in_job = 1;
  uv_mutex_lock(&w->mu);
  w->jobs[(w->jhead + w->jcount) % cap] = c->idx; /* one job per connection: never full */
  w->jcount++;
  uv_cond_signal(&w->has_job);
  uv_mutex_unlock(&w->mu);
}

ds__worker *ds__work_pick(ds__srv *s) {
  ds__worker *best = NULL;
  for (unsigned i = 0; i < s->nworkers; i++)
    if (!best || s->workers[i].nconns < best->nconns) best = &s->workers[i];
  return best;
}

static void apply(ds__srv *s, unsigned tag, const unsigned char *m, size_t len) {
  uint32_t ci;
  memcpy(&ci, m, sizeof ci);
  if (ci >= s->cfg.max_ingest) return;
  ds__conn *c = &s->conns[ci];
  switch (tag) {
  case MSG_EVENT: {
    msg_event e;
    memcpy(&e, m, sizeof e);
    ds__ingest_apply_event(c, m + sizeof e, len - sizeof e, e.id);
    break;
  }
  case MSG_ARTICLE: {
    msg_article a;
    memcpy(&a, m, sizeof a);
    ds__ingest_apply_article(c, a.done_offset, a.id, a.idlen);
    break;
  }
  case MSG_ERROR: {
    msg_error e;
    memcpy(&e, m, sizeof e);
    ds__ingest_apply_error(c, &e.err, e.from_decoder, e.id);
    break;
  }
  case MSG_DONE: {
    msg_done d;
    memcpy(&d, m, sizeof d);
    ds__ingest_job_done(c, d.rc);
    break;
  }
  }
}

/* Take at most `budget` messages from w's outbox; returns 1 if some are left. */
static int drain(ds__srv *s, ds__worker *w, unsigned budget) {
  while (budget--) {
    size_t len;
    uint32_t tag;
    uv_mutex_lock(&w->mu);
    if (ds_mring_front(&w->out, &len, &tag)) {
      uv_mutex_unlock(&w->mu);
      return 0;
    }
    int ok = len >= sizeof(uint32_t) && len <= MSG_MAX; /* always: post() made it */
    if (ok) ds_mring_peek(&w->out, 0, s->wmsg, len);
    ds_mring_pop(&w->out);
    uv_cond_signal(&w->has_room);
    uv_mutex_unlock(&w->mu);
    if (ok) apply(s, tag, s->wmsg, len);
  }
  return 1;
}

static void on_wake(uv_async_t *h) {
  ds__srv *s = h->data;
  int more = 0;
  /* a bounded share each, so one busy worker does not hold up the others' results */
  for (unsigned i = 0; i < s->nworkers; i++) more |= drain(s, &s->workers[i], 256);
  if (more && s->wake_open) uv_async_send(&s->wake);
}

int ds__work_init(ds__srv *s, size_t *total) {
  unsigned n = s->cfg.workers;
  s->nworkers = 0;
  if (n == 0) return 0;
  s->workers = calloc(n, sizeof *s->workers);
  s->wmsg = malloc(MSG_MAX);
  if (!s->workers || !s->wmsg) return -1;
  *total += n * sizeof *s->workers + MSG_MAX;
  if (uv_async_init(s->loop, &s->wake, on_wake) < 0) return -1;
  s->wake.data = s;
  s->wake_open = 1;
  for (unsigned i = 0; i < n; i++) {
    ds__worker *w = &s->workers[i];
    w->srv = s;
    w->idx = i;
    w->xmem = calloc(1, ds_extract_memory());
    w->jobs = calloc(s->cfg.max_ingest, sizeof *w->jobs);
    w->obuf = malloc(DS__OUTBOX);
    if (!w->xmem || !w->jobs || !w->obuf) return -1;
    *total += ds_extract_memory() + s->cfg.max_ingest * sizeof *w->jobs + DS__OUTBOX;
    w->x = ds_extract_init(w->xmem, ds_extract_memory());
    if (!w->x) {
      ds__log(DS__LOG_ERROR, "the extractor's rule tables do not fit their limits (DS__MAX_RELEMS, DS__MAX_RALTS)");
      return -1;
    }
    ds_mring_init(&w->out, w->obuf, DS__OUTBOX);
    if (uv_mutex_init(&w->mu) < 0) return -1;
    if (uv_cond_init(&w->has_job) < 0 || uv_cond_init(&w->has_room) < 0) {
      uv_mutex_destroy(&w->mu);
      return -1;
    }
    s->nworkers = i + 1; /* from here on, ds__work_free() tears this one down */
    if (uv_thread_create(&w->thread, worker_main, w) < 0) return -1;
    w->started = 1;
  }
  return 0;
}

static void on_wake_closed(uv_handle_t *h) { (void)h; }

/* Tell w to stop: it leaves its wait for a job or for room and posts nothing more. */
static void tell_quit(ds__worker *w) {
  uv_mutex_lock(&w->mu);
  w->quit = 1;
  uv_cond_broadcast(&w->has_job);
  uv_cond_broadcast(&w->has_room);
  uv_mutex_unlock(&w->mu);
}

void ds__work_stop(ds__srv *s) {
  for (unsigned i = 0; i < s->nworkers; i++) tell_quit(&s->workers[i]);
  if (s->wake_open) {
    s->wake_open = 0;
    uv_close((uv_handle_t *)&s->wake, on_wake_closed);
  }
}

void ds__work_free(ds__srv *s) {
  for (unsigned i = 0; i < s->nworkers; i++) {
    ds__worker *w = &s->workers[i];
    if (w->started) {
      tell_quit(w);
      uv_thread_join(&w->thread);
    }
    uv_cond_destroy(&w->has_job);
    uv_cond_destroy(&w->has_room);
    uv_mutex_destroy(&w->mu);
  }
  if (s->workers)
    for (unsigned i = 0; i < s->cfg.workers; i++) {
      free(s->workers[i].xmem);
      free(s->workers[i].jobs);
      free(s->workers[i].obuf);
    }
  free(s->workers);
  free(s->wmsg);
  s->workers = NULL;
  s->wmsg = NULL;
  s->nworkers = 0;
}
