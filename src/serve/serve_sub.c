/* Publish side: a subscriber connects, sends one subscription map, then receives the
 * bus's messages for it. Each subscriber has one write in flight at most: its bus queue
 * is drained into its write buffer (whole messages) when the previous write is done, so
 * a subscriber that does not read only fills its own queue, where its policy applies;
 * nobody else waits for it. */
#include <string.h>

#include "dealstream/json.h"
#include "dealstream/mpwrite.h"
#include "serve.h"

static void sub_kick(ds__sub *u);

static void on_closed(uv_handle_t *h) {
  ds__sub *u = h->data;
  u->state = DS__SLOT_FREE;
  ds__retry_listeners(u->srv);
  ds__maybe_finish_drain(u->srv);
}

static void sub_close(ds__sub *u, const char *why) {
  if (u->state != DS__SLOT_OPEN) return;
  ds_bus_sub *b = &u->srv->bsubs[u->idx];
  ds__log(why ? DS__LOG_INFO : DS__LOG_DEBUG, "subscriber #%llu %s: closed%s%s: %llu events sent, %llu dropped",
          (unsigned long long)u->id, u->peer, why ? ": " : "", why ? why : "",
          (unsigned long long)b->events, (unsigned long long)b->dropped);
  ds_bus_sub_stop(u->srv->bus, u->idx);
  u->state = DS__SLOT_CLOSING;
  uv_close(&u->h.handle, on_closed);
}

static void on_written(uv_write_t *req, int status) {
  ds__sub *u = req->data;
  u->write_busy = 0;
  u->inflight = 0;
  if (status < 0) {
    sub_close(u, status == UV_ECANCELED ? NULL : uv_strerror(status));
    return;
  }
  sub_kick(u);
  ds__maybe_finish_drain(u->srv);
}

/* Send wbuf[0..n): as much as the socket takes right now (uv_try_write), the rest with
 * uv_write, which then is the one write in flight. Writing at once, not at the next loop
 * turn, moves events into the kernel's socket buffer while a burst of articles is still
 * being processed, so a subscriber that reads keeps up with it. Returns 1 when all was
 * written, 0 when a write is in flight, -1 when the subscriber was closed. */
static int write_buf(ds__sub *u, size_t n) {
  uv_buf_t b = uv_buf_init((char *)u->wbuf, (unsigned)n);
  int k = uv_try_write(&u->h.stream, &b, 1);
  if (k == (int)n) return 1;
  if (k < 0 && k != UV_EAGAIN) {
    sub_close(u, uv_strerror(k));
    return -1;
  }
  if (k > 0) b = uv_buf_init((char *)u->wbuf + k, (unsigned)(n - (size_t)k));
  u->wreq.data = u;
  if (uv_write(&u->wreq, &u->h.stream, &b, 1, on_written) < 0) {
    sub_close(u, "write failed");
    return -1;
  }
  u->write_busy = 1;
  u->inflight = b.len;
  return 0;
}

/* Write what the subscriber's queue holds, unless a write is in flight. */
static void sub_kick(ds__sub *u) {
  ds__srv *s = u->srv;
  if (u->state != DS__SLOT_OPEN) return;
  if (u->subscribed && s->bsubs[u->idx].overflowed) { /* at once, write in flight or not */
    s->c.subs_slow_closed++;
    sub_close(u, "queue full (policy disconnect)");
    return;
  }
  if (u->write_busy) return;
  if (u->subscribed) {
    for (;;) {
      size_t n = ds_bus_sub_take(s->bus, u->idx, u->wbuf, DS__SUB_WBUF);
      if (!n) break;
      if (write_buf(u, n) != 1) return;
    }
  }
  if (u->closing_after_flush) sub_close(u, "error sent");
}

void ds__subs_kick(ds__srv *s) {
  for (uint32_t i = 0; i < s->cfg.max_subs; i++)
    if (s->subs[i].state == DS__SLOT_OPEN) sub_kick(&s->subs[i]);
}

/* Refuse the subscription: an error map, then close. */
static void sub_error(ds__sub *u, const char *code, const char *msg) {
  ds_mpw w;
  ds__log(DS__LOG_WARN, "subscriber #%llu %s: %s", (unsigned long long)u->id, u->peer, msg);
  ds_mpw_init(&w, u->wbuf, DS__SUB_WBUF);
  msgpack_pack_map(&w.pk, 3);
  ds_mpw_kv_str(&w, "type", "error");
  ds_mpw_kv_str(&w, "code", code);
  ds_mpw_kv_str(&w, "message", msg);
  int64_t n = ds_mpw_done(&w);
  u->closing_after_flush = 1;
  u->srv->c.subs_bad_request++;
  uv_read_stop(&u->h.stream);
  if (n > 0 && !u->write_busy) {
    if (write_buf(u, (size_t)n) == 1) sub_close(u, "bad request");
  } else {
    sub_close(u, "bad request");
  }
}

static void on_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf) {
  ds__sub *u = h->data;
  (void)suggested;
  if (u->subscribed) /* later bytes are read and ignored */
    *buf = uv_buf_init((char *)u->rbuf, sizeof u->rbuf);
  else
    *buf = uv_buf_init((char *)u->rbuf + u->rlen, (unsigned)(sizeof u->rbuf - u->rlen));
}

static void subscribe(ds__sub *u) {
  ds__srv *s = u->srv;
  ds_subscribe req;
  char err[160];
  size_t len;
  int rc = ds_msgpack_next(u->rbuf, u->rlen, &len);
  if (rc == 1) {
    if (u->rlen == sizeof u->rbuf) sub_error(u, "EINVAL", "subscription map too large");
    return;
  }
  if (rc < 0) {
    sub_error(u, "EMSGPACK", "the subscription is not msgpack");
    return;
  }
  if (ds_subscribe_parse(u->rbuf, len, &req, err, sizeof err) < 0) {
    sub_error(u, "EINVAL", err);
    return;
  }
  if (!req.has_policy) req.policy = s->cfg.policy;
  ds_bus_sub_start(s->bus, u->idx, &req);
  u->subscribed = 1;
  ds__log(DS__LOG_INFO, "subscriber #%llu %s: subscribed (policy %s, queue %zu bytes%s)",
          (unsigned long long)u->id, u->peer, req.policy == DS_POLICY_DROP ? "drop" : "disconnect",
          s->bsubs[u->idx].q.cap, req.has_from_seq ? ", replay" : "");
  sub_kick(u);
}

static void on_read(uv_stream_t *st, ssize_t n, const uv_buf_t *buf) {
  ds__sub *u = st->data;
  (void)buf;
  if (n > 0) {
    if (u->subscribed || u->closing_after_flush) return;
    u->rlen += (size_t)n;
    subscribe(u);
    return;
  }
  if (n < 0) sub_close(u, n == UV_EOF ? "peer closed" : uv_strerror((int)n));
}

void ds__sub_accept(ds__listener *l) {
  ds__srv *s = l->srv;
  ds__sub *u = NULL;
  for (uint32_t i = 0; i < s->cfg.max_subs; i++)
    if (s->subs[i].state == DS__SLOT_FREE) {
      u = &s->subs[i];
      break;
    }
  if (!u || s->draining) {
    char msg[128];
    s->c.subs_rejected++;
    snprintf(msg, sizeof msg, "too many subscribers (max-subscribers %u)", s->cfg.max_subs);
    if (!s->draining) ds__log(DS__LOG_WARN, "publish: refused a subscriber: %s", msg);
    ds__reject_connection(l, s->draining ? "ESHUTDOWN" : "ELIMIT",
                          s->draining ? "server shutting down" : msg);
    return;
  }
  u->h.handle.data = u;
  if (ds__accept(l, &u->h) < 0) {
    u->state = DS__SLOT_CLOSING;
    uv_close(&u->h.handle, on_closed);
    return;
  }
  u->h.handle.data = u;
  u->state = DS__SLOT_OPEN;
  u->id = ++s->next_conn_id;
  u->accepted_ms = ds__now_ms(s);
  u->subscribed = u->closing_after_flush = u->write_busy = 0;
  u->rlen = u->inflight = 0;
  ds__peer_name(&u->h, l->addr.kind == DS_ADDR_UNIX, u->peer, sizeof u->peer);
  s->c.subs_total++;
  ds__log(DS__LOG_DEBUG, "subscriber #%llu %s: connected", (unsigned long long)u->id, u->peer);
  if (uv_read_start(&u->h.stream, on_alloc, on_read) < 0) sub_close(u, "cannot read");
}

int ds__subs_busy(const ds__srv *s) {
  for (uint32_t i = 0; i < s->cfg.max_subs; i++) {
    const ds__sub *u = &s->subs[i];
    if (u->state != DS__SLOT_OPEN) continue;
    if (u->write_busy || (u->subscribed && ds_bus_sub_pending(s->bus, i))) return 1;
  }
  return 0;
}

void ds__subs_drain_close(ds__srv *s, int force) {
  for (uint32_t i = 0; i < s->cfg.max_subs; i++) {
    ds__sub *u = &s->subs[i];
    if (u->state != DS__SLOT_OPEN) continue;
    if (force && (u->write_busy || ds_bus_sub_pending(s->bus, i)))
      ds__log(DS__LOG_WARN, "subscriber #%llu %s: drain time is up with %zu bytes unsent",
              (unsigned long long)u->id, u->peer, s->bsubs[i].q.used + u->inflight);
    sub_close(u, "server shutting down");
  }
}

void ds__subs_tick(ds__srv *s, uint64_t now) {
  for (uint32_t i = 0; i < s->cfg.max_subs; i++) {
    ds__sub *u = &s->subs[i];
    if (u->state != DS__SLOT_OPEN || u->subscribed || u->closing_after_flush) continue;
    if (now - u->accepted_ms >= s->cfg.handshake_ms) {
      char msg[96];
      snprintf(msg, sizeof msg, "no subscription within %u ms (handshake-ms)", s->cfg.handshake_ms);
      sub_error(u, "ETIMEDOUT", msg);
    }
  }
}

int ds__sub_open_count(const ds__srv *s) {
  int n = 0;
  for (uint32_t i = 0; i < s->cfg.max_subs; i++) n += s->subs[i].state != DS__SLOT_FREE;
  return n;
}
