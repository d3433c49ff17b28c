/* Ingest: one connection carries one article stream. Bytes go through the connection's
 * pipeline as they arrive (ds_pipe: decoder, framer, shared extractor); each event is
 * published on the bus. The server writes acks back on the same connection: after
 * every ack-every articles, after ack-ms with progress, and a final one at the end of
 * the stream (the peer half-closes); a broken stream gets an error map. Acks are
 * cumulative, so one write at a time is enough: while one is in flight, later progress
 * is folded into the next.
 *
 * Every connection slot (pipeline, article buffer, read buffer) was allocated at
 * start-up; a connection past max-connections gets an error map and is closed. */
#include <string.h>

#include "dealstream/encode.h"
#include "dealstream/mpwrite.h"
#include "serve.h"

static void conn_flush(ds__conn *c);

/* ---- closing ---- */


/* The slot is free again (its worker may take another connection). */
static void slot_free(ds__conn *c) {
  ds__srv *s = c->srv;
  c->state = DS__SLOT_FREE;
  if (c->w) c->w->nconns--;
  c->w = NULL;
  ds__retry_listeners(s);
  ds__maybe_finish_drain(s);
}

static void on_closed(uv_handle_t *h) {
  ds__conn *c = h->data;
  ds__log(DS__LOG_DEBUG, "ingest #%llu closed", (unsigned long long)c->id);
  if (c->in_job) { /* its worker still has the pipeline: freed when the job ends */
    c->free_after_job = 1;
    return;
  }
  slot_free(c);
}

static void conn_close(ds__conn *c) {
  if (c->state != DS__SLOT_OPEN) return;
  c->state = DS__SLOT_CLOSING;
  uv_close(&c->h.handle, on_closed);
}

/* ---- refusing a connection past the limit ---- */

static void on_reject_closed(uv_handle_t *h) {
  ds__reject *r = h->data;
  r->busy = 0;
  ds__retry_listeners(r->srv);
}

static void on_reject_written(uv_write_t *req, int status) {
  ds__reject *r = req->data;
  (void)status;
  uv_close(&r->h.handle, on_reject_closed);
}

static void reject(ds__listener *l, const char *code, const char *msg) {
  ds__srv *s = l->srv;
  ds__reject *r = NULL;
  for (size_t i = 0; i < sizeof s->rejects / sizeof s->rejects[0]; i++)
    if (!s->rejects[i].busy) r = &s->rejects[i];
  if (!r) {
    /* every refusal slot is busy: leave the connection in the backlog; libuv stops
     * accepting on this listener until we accept, which a freed slot will do */
    l->pending = 1;
    return;
  }
  r->busy = 1;
  r->srv = s;
  r->h.handle.data = r;
  if (ds__accept(l, &r->h) < 0) {
    uv_close(&r->h.handle, on_reject_closed);
    return;
  }
  r->h.handle.data = r;
  ds_mpw w;
  ds_mpw_init(&w, r->wbuf, sizeof r->wbuf);
  msgpack_pack_map(&w.pk, 5);
  ds_mpw_kv_str(&w, "type", "error");
  ds_mpw_kv_str(&w, "code", code);
  ds_mpw_kv_str(&w, "message", msg);
  ds_mpw_kv_u64(&w, "offset", 0);
  ds_mpw_kv_u64(&w, "articles", 0);
  int64_t n = ds_mpw_done(&w);
  uv_buf_t b = uv_buf_init((char *)r->wbuf, n > 0 ? (unsigned)n : 0);
  r->wreq.data = r;
  if (n <= 0 || uv_write(&r->wreq, &r->h.stream, &b, 1, on_reject_written) < 0)
    uv_close(&r->h.handle, on_reject_closed);
}

void ds__retry_listeners(ds__srv *s) {
  for (int i = 0; i < s->nlisteners; i++) {
    ds__listener *l = &s->listeners[i];
    if (l->pending && l->open) {
      l->pending = 0;
      if (l->kind == DS__L_INGEST) ds__ingest_accept(l);
      else if (l->kind == DS__L_PUBLISH) ds__sub_accept(l);
      else ds__http_accept(l);
    }
  }
}

void ds__reject_connection(ds__listener *l, const char *code, const char *msg) {
  reject(l, code, msg);
}

/* ---- what a pipeline's results do (loop thread; from a worker's outbox, or the
 * callbacks below when the loop thread runs the pipeline itself) ---- */

void ds__ingest_apply_event(ds__conn *c, const void *mp, size_t len, const char *id) {
  c->events++;
  c->srv->c.events_ingest++;
  ds_bus_publish_encoded(c->srv->bus, mp, len, id);
  ds__subs_kick(c->srv); /* now, not after the whole read: see write_buf() in serve_sub.c */
}

void ds__ingest_apply_article(ds__conn *c, uint64_t done_offset, const char *id, size_t idlen) {
  c->articles++;
  c->srv->c.articles++;
  c->done_offset = done_offset;
  size_t n = idlen < sizeof c->last_id - 1 ? idlen : sizeof c->last_id - 1;
  memcpy(c->last_id, id, n);
  c->last_id[n] = 0;
  if (c->articles - c->acked >= c->srv->cfg.ack_every) c->ack_due = 1;
}

void ds__ingest_apply_error(ds__conn *c, const ds_error *e, int from_decoder, const char *id) {
  int k = -e->code;
  c->errors++;
  c->srv->c.errors[k > 0 && k < DS__NERR ? k : 0]++;
  if (from_decoder)
    ds__log(DS__LOG_WARN, "ingest #%llu %s: byte %llu (compressed): %s (%s)",
            (unsigned long long)c->id, c->peer, (unsigned long long)e->offset,
            ds_strerror(e->code), ds_err_name(e->code));
  else
    ds__log(DS__LOG_WARN, "ingest #%llu %s: line %llu, byte %llu: %s (%s)%s%s",
            (unsigned long long)c->id, c->peer, (unsigned long long)e->line,
            (unsigned long long)e->offset, ds_strerror(e->code), ds_err_name(e->code),
            id && id[0] ? ", article " : "", id ? id : "");
}

static void on_event(void *ud, const void *mp, size_t len, const ds_event *ev,
                     const ds_article *a) {
  char id[18];
  (void)a;
  ds_deal_id(ev, id);
  ds__ingest_apply_event(ud, mp, len, id);
}

static void on_article(void *ud, const ds_article *a, int nevents) {
  ds__conn *c = ud;
  (void)nevents;
  ds__ingest_apply_article(c, c->pipe->fr.offset, a->buf + a->id.off, a->id.len);
}

static void on_error(void *ud, const ds_error *e, int from_decoder, const char *id) {
  ds__ingest_apply_error(ud, e, from_decoder, id);
}

/* ---- acks ---- */

static int64_t encode_ack(ds__conn *c, int final, int shutdown) {
  ds_mpw w;
  ds_mpw_init(&w, c->wbuf, sizeof c->wbuf);
  msgpack_pack_map(&w.pk, 7 + (final != 0) + (shutdown != 0));
  ds_mpw_kv_str(&w, "type", "ack");
  ds_mpw_kv_u64(&w, "articles", c->articles);
  ds_mpw_kv_str(&w, "last_id", c->last_id);
  ds_mpw_kv_u64(&w, "resume_at", c->done_offset);
  ds_mpw_kv_u64(&w, "events", c->events);
  ds_mpw_kv_u64(&w, "errors", c->errors);
  ds_mpw_kv_u64(&w, "conn", c->id);
  if (final) ds_mpw_kv_bool(&w, "final", 1);
  if (shutdown) ds_mpw_kv_bool(&w, "shutdown", 1);
  return ds_mpw_done(&w);
}

static int64_t encode_error(ds__conn *c) {
  ds_mpw w;
  ds_mpw_init(&w, c->wbuf, sizeof c->wbuf);
  msgpack_pack_map(&w.pk, 9);
  ds_mpw_kv_str(&w, "type", "error");
  ds_mpw_kv_str(&w, "code", ds_err_name(c->err_code));
  ds_mpw_kv_str(&w, "message", ds_strerror(c->err_code));
  ds_mpw_kv_u64(&w, "offset", c->err_offset);
  ds_mpw_kv_bool(&w, "compressed", 1);
  ds_mpw_kv_u64(&w, "articles", c->articles);
  ds_mpw_kv_str(&w, "last_id", c->last_id);
  ds_mpw_kv_u64(&w, "resume_at", c->done_offset);
  ds_mpw_kv_u64(&w, "events", c->events);
  return ds_mpw_done(&w);
}

static void on_written(uv_write_t *req, int status);

static void on_shutdown(uv_shutdown_t *req, int status) {
  (void)req, (void)status;
}

/* The last map is out: close now if the peer has finished too, else send FIN and wait
 * (bounded by linger-ms) for its EOF, so the map is read before the socket goes. */
static void after_last(ds__conn *c) {
  if (c->eof) {
    conn_close(c);
    return;
  }
  if (!c->linger_until) {
    c->linger_until = ds__now_ms(c->srv) + c->srv->cfg.linger_ms;
    c->sreq.data = c;
    if (uv_shutdown(&c->sreq, &c->h.stream, on_shutdown) < 0) conn_close(c);
  }
}

static void conn_flush(ds__conn *c) {
  int64_t n;
  int last = 0;
  if (c->state != DS__SLOT_OPEN || c->write_busy) return;
  if (c->done) {
    after_last(c);
    return;
  }
  if (c->in_job) { /* the job may add progress or an error: last maps wait for its end */
    if (!c->ack_due) return;
    n = encode_ack(c, 0, 0);
  } else if (c->error_due) {
    n = encode_error(c);
    last = 1;
  } else if (c->final_due || c->shutdown_due) {
    n = encode_ack(c, c->final_due, !c->final_due);
    last = 1;
  } else if (c->ack_due) {
    n = encode_ack(c, 0, 0);
  } else {
    return;
  }
  c->ack_due = 0;
  c->acked = c->articles;
  c->last_ack_ms = ds__now_ms(c->srv);
  if (last) c->done = 1;
  if (n <= 0) { /* cannot happen: every map is far below DS__ACK_MAX */
    conn_close(c);
    return;
  }
  uv_buf_t b = uv_buf_init((char *)c->wbuf, (unsigned)n);
  c->wreq.data = c;
  if (uv_write(&c->wreq, &c->h.stream, &b, 1, on_written) < 0) {
    conn_close(c);
    return;
  }
  c->write_busy = 1;
}

static void on_written(uv_write_t *req, int status) {
  ds__conn *c = req->data;
  c->write_busy = 0;
  if (status < 0) {
    if (status != UV_ECANCELED)
      ds__log(DS__LOG_WARN, "ingest #%llu %s: cannot write ack: %s", (unsigned long long)c->id,
              c->peer, uv_strerror(status));
    conn_close(c);
    return;
  }
  conn_flush(c);
}

/* ---- reading ---- */

static void on_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf) {
  ds__conn *c = h->data;
  (void)suggested;
  *buf = uv_buf_init((char *)c->rbuf, DS__INGEST_READ);
}

static void stream_failed(ds__conn *c, int rc) {
  c->failed = 1;
  c->err_code = rc;
  c->err_offset = c->pipe->dec.err.offset;
  c->error_due = 1;
  c->srv->c.streams_failed++;
}

static void count_decoded(ds__conn *c) {
  uint64_t out = c->pipe->stats.bytes_out;
  c->srv->c.ingest_decoded += out - c->decoded_seen;
  c->decoded_seen = out;
}

static void end_of_stream(ds__conn *c, int rc) {
  ds__srv *s = c->srv;
  if (rc < 0) stream_failed(c, rc);
  else {
    c->final_due = 1;
    s->c.streams_ok++;
  }
  ds__log(DS__LOG_INFO, "ingest #%llu %s: end of stream: %llu articles, %llu events, %llu errors%s",
          (unsigned long long)c->id, c->peer, (unsigned long long)c->articles,
          (unsigned long long)c->events, (unsigned long long)c->errors,
          rc < 0 ? " (stream broken)" : "");
}

static void on_read(uv_stream_t *st, ssize_t n, const uv_buf_t *buf);

/* A worker finished c's job: its results were applied before this, in order. */
void ds__ingest_job_done(ds__conn *c, int rc) {
  ds__srv *s = c->srv;
  c->in_job = 0;
  count_decoded(c);
  if (c->free_after_job) { /* closed meanwhile */
    c->free_after_job = 0;
    slot_free(c);
    return;
  }
  if (c->state != DS__SLOT_OPEN) return;
  if (c->job_finish) end_of_stream(c, rc);
  else if (rc < 0) stream_failed(c, rc);
  if (!c->eof) { /* read on (after an error, to drop what comes: see on_read) */
    c->reading = uv_read_start(&c->h.stream, on_alloc, on_read) == 0;
    if (!c->reading) {
      conn_close(c);
      return;
    }
  }
  conn_flush(c);
  ds__subs_kick(s);
  if (c->eof && c->done && !c->write_busy) conn_close(c);
}

/* Hand the bytes just read (or the end of stream) to c's worker; reading stops until
 * the job is done, so the read buffer is the worker's meanwhile. */
static void give_job(ds__conn *c, size_t n, int finish) {
  if (c->reading) {
    uv_read_stop(&c->h.stream);
    c->reading = 0;
  }
  c->job_len = n;
  c->job_finish = finish;
  ds__work_submit(c);
}

static void on_read(uv_stream_t *st, ssize_t n, const uv_buf_t *buf) {
  ds__conn *c = st->data;
  ds__srv *s = c->srv;
  if (n > 0) {
    s->c.ingest_bytes += (uint64_t)n;
    /* after an error, a final map or the start of a drain, bytes are read and dropped
     * (so the peer is not reset before it reads our last map) */
    if (!c->failed && !c->done && !c->shutdown_due) {
      if (c->w) {
        give_job(c, (size_t)n, 0);
        return;
      }
      int rc = ds_pipe_push(c->pipe, buf->base, (size_t)n);
      count_decoded(c);
      if (rc < 0) stream_failed(c, rc);
    }
    conn_flush(c);
    ds__subs_kick(s);
    return;
  }
  if (n == UV_EOF) {
    c->eof = 1;
    uv_read_stop(st);
    c->reading = 0;
    if (!c->failed && !c->done && !c->shutdown_due) {
      if (c->w) {
        give_job(c, 0, 1);
        return;
      }
      int rc = ds_pipe_finish(c->pipe);
      count_decoded(c);
      end_of_stream(c, rc);
    }
    conn_flush(c);
    ds__subs_kick(s);
    if (c->done && !c->write_busy) conn_close(c);
    return;
  }
  if (n < 0) {
    if (!c->done) {
      s->c.read_errors++;
      s->c.streams_cut++;
      ds__log(DS__LOG_WARN, "ingest #%llu %s: connection lost after %llu articles: %s",
              (unsigned long long)c->id, c->peer, (unsigned long long)c->articles,
              uv_strerror((int)n));
    }
    conn_close(c);
  }
}

/* ---- accepting ---- */

void ds__ingest_accept(ds__listener *l) {
  ds__srv *s = l->srv;
  ds__conn *c = NULL;
  if (s->draining) {
    reject(l, "ESHUTDOWN", "server shutting down");
    return;
  }
  for (uint32_t i = 0; i < s->cfg.max_ingest; i++)
    if (s->conns[i].state == DS__SLOT_FREE) {
      c = &s->conns[i];
      break;
    }
  if (!c) {
    char msg[128];
    s->c.ingest_rejected++;
    snprintf(msg, sizeof msg, "too many ingest connections (max-connections %u)", s->cfg.max_ingest);
    ds__log(DS__LOG_WARN, "ingest: refused a connection: %s", msg);
    reject(l, "ELIMIT", msg);
    return;
  }
  c->h.handle.data = c;
  if (ds__accept(l, &c->h) < 0) {
    c->state = DS__SLOT_OPEN;
    conn_close(c);
    return;
  }
  c->h.handle.data = c;
  c->state = DS__SLOT_OPEN;
  c->id = ++s->next_conn_id;
  ds__peer_name(&c->h, l->addr.kind == DS_ADDR_UNIX, c->peer, sizeof c->peer);
  c->articles = c->events = c->errors = c->done_offset = c->acked = 0;
  c->last_id[0] = 0;
  c->last_ack_ms = ds__now_ms(s);
  c->ack_due = c->final_due = c->error_due = c->shutdown_due = 0;
  c->eof = c->failed = c->done = c->write_busy = 0;
  c->err_code = 0;
  c->err_offset = 0;
  c->linger_until = 0;
  c->in_job = c->job_finish = c->free_after_job = 0;
  c->decoded_seen = 0;
  c->w = ds__work_pick(s); /* NULL without workers: the loop thread runs the pipeline */
  ds_pipe_callbacks cb = {on_event, on_article, on_error, c};
  if (c->w) {
    c->w->nconns++;
    cb = ds__work_callbacks(c);
  }
  ds_pipe_init(c->pipe, &s->cfg.pipe, c->art, s->cfg.article_max, c->w ? c->w->x : s->x, &cb);
  s->c.ingest_total++;
  ds__log(DS__LOG_INFO, "ingest #%llu %s: connected", (unsigned long long)c->id, c->peer);
  c->reading = uv_read_start(&c->h.stream, on_alloc, on_read) == 0;
  if (!c->reading) conn_close(c);
}

void ds__ingest_tick(ds__srv *s, uint64_t now) {
  for (uint32_t i = 0; i < s->cfg.max_ingest; i++) {
    ds__conn *c = &s->conns[i];
    if (c->state != DS__SLOT_OPEN) continue;
    if (c->done) {
      if (!c->write_busy && c->linger_until && now >= c->linger_until) conn_close(c);
      continue;
    }
    if (c->articles > c->acked && now - c->last_ack_ms >= s->cfg.ack_ms) c->ack_due = 1;
    conn_flush(c);
  }
}

/* SIGTERM: every stream still open gets its last ack (what was processed, marked
 * shutdown: the gateway resumes after it elsewhere or later). Bytes that arrive later
 * are dropped unread into the pipeline. */
void ds__ingest_drain(ds__srv *s) {
  for (uint32_t i = 0; i < s->cfg.max_ingest; i++) {
    ds__conn *c = &s->conns[i];
    if (c->state != DS__SLOT_OPEN || c->done) continue;
    c->shutdown_due = 1;
    conn_flush(c);
  }
}

int ds__ingest_open_count(const ds__srv *s) {
  int n = 0;
  for (uint32_t i = 0; i < s->cfg.max_ingest; i++) n += s->conns[i].state != DS__SLOT_FREE;
  return n;
}

void ds__ingest_close_all(ds__srv *s) {
  for (uint32_t i = 0; i < s->cfg.max_ingest; i++) {
    ds__conn *c = &s->conns[i];
    if (c->state != DS__SLOT_OPEN) continue;
    if (!c->done)
      ds__log(DS__LOG_WARN, "ingest #%llu %s: closed by the drain after %llu articles (acked %llu)",
              (unsigned long long)c->id, c->peer, (unsigned long long)c->articles,
              (unsigned long long)c->acked);
    conn_close(c);
  }
}
