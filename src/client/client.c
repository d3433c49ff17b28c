/* The subscriber side of the wire protocol: send one subscription map, then read
 * msgpack maps back to back. Messages are cut with ds_msgpack_next() in a fixed read
 * buffer (one largest event fits with room to spare), so a message is handed out as
 * its raw bytes, decodable by any msgpack library, plus the fields decoded here. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "dealstream/client.h"
#include "dealstream/error.h"
#include "dealstream/json.h"
#include "dealstream/mpread.h"
#include "dealstream/mpwrite.h"

/* Largest message accepted: events are at most DS_EVENT_MAX (8 KiB) plus a few fields;
 * the margin leaves room for newer servers' additions. */
#define CLIENT_BUF (64u * 1024u)

struct ds_client {
  int fd;
  size_t start, end; /* unread bytes: buf[start..end) */
  size_t last;       /* bytes of the message handed out last, consumed on the next call */
  char err[256];
  unsigned char buf[CLIENT_BUF];
};

ds_client *ds_client_connect(const char *addr, char *err, size_t errcap) {
  ds_addr a;
  if (ds_addr_parse(addr, &a) < 0) {
    snprintf(err, errcap, "'%s' is no address (tcp://HOST:PORT or unix:PATH)", addr ? addr : "");
    return NULL;
  }
  int fd = ds_addr_connect(&a, err, errcap);
  if (fd < 0) return NULL;
  ds_client *c = calloc(1, sizeof *c);
  if (!c) {
    snprintf(err, errcap, "out of memory");
    close(fd);
    return NULL;
  }
  c->fd = fd;
  return c;
}

static void str_array(ds_mpw *w, const char *key, const char *const *v, size_t n) {
  ds_mpw_cstr(w, key);
  msgpack_pack_array(&w->pk, n);
  for (size_t i = 0; i < n; i++) ds_mpw_cstr(w, v[i] ? v[i] : "");
}

int64_t ds_sub_request_encode(const ds_sub_request *r, void *buf, size_t cap) {
  ds_mpw w;
  size_t n = 1;
  n += r->ntypes > 0;
  n += r->nparties > 0;
  n += r->has_min_value != 0;
  n += r->new_only != 0;
  n += r->has_from_seq != 0;
  n += r->policy != NULL;
  n += r->queue_bytes != 0;
  ds_mpw_init(&w, buf, cap);
  msgpack_pack_map(&w.pk, n);
  ds_mpw_kv_str(&w, "type", "subscribe");
  if (r->ntypes) str_array(&w, "types", r->types, r->ntypes);
  if (r->nparties) str_array(&w, "party", r->parties, r->nparties);
  if (r->has_min_value) {
    ds_mpw_cstr(&w, "min_value");
    msgpack_pack_map(&w.pk, 2);
    ds_mpw_cstr(&w, "amount");
    msgpack_pack_double(&w.pk, r->min_amount);
    ds_mpw_kv_str(&w, "currency", r->min_currency ? r->min_currency : "");
  }
  if (r->new_only) ds_mpw_kv_bool(&w, "new_only", 1);
  if (r->has_from_seq) ds_mpw_kv_u64(&w, "from_seq", r->from_seq);
  if (r->policy) ds_mpw_kv_str(&w, "policy", r->policy);
  if (r->queue_bytes) ds_mpw_kv_u64(&w, "queue_bytes", r->queue_bytes);
  return ds_mpw_done(&w);
}

int ds_client_subscribe(ds_client *c, const ds_sub_request *r) {
  unsigned char m[4096];
  int64_t n = ds_sub_request_encode(r, m, sizeof m);
  if (n < 0) {
    snprintf(c->err, sizeof c->err, "subscription too large");
    return DS_ENOBUFS;
  }
  size_t off = 0;
  while (off < (size_t)n) {
    ssize_t k = send(c->fd, m + off, (size_t)n - off, MSG_NOSIGNAL);
    if (k < 0 && errno == EINTR) continue;
    if (k <= 0) {
      snprintf(c->err, sizeof c->err, "cannot send the subscription: %s", strerror(errno));
      return DS_EIO;
    }
    off += (size_t)k;
  }
  return 0;
}

static void str_or_empty(ds_mpr *r, ds_str *s) {
  if (ds_mpr_str(r, &s->p, &s->n) < 0) {
    s->p = "";
    s->n = 0;
    ds_mpr_skip(r);
  }
}

static int decode_parties(ds_mpr *r, ds_client_event *e) {
  uint32_t n, m;
  if (ds_mpr_array(r, &n) < 0) return ds_mpr_skip(r);
  for (uint32_t i = 0; i < n; i++) {
    if (e->nparties >= sizeof e->parties / sizeof e->parties[0] || ds_mpr_map(r, &m) < 0) {
      if (ds_mpr_skip(r) < 0) return DS_EMSGPACK;
      continue;
    }
    ds_client_party *p = &e->parties[e->nparties++];
    for (uint32_t j = 0; j < m; j++) {
      const char *k;
      size_t kl;
      if (ds_mpr_str(r, &k, &kl) < 0) return DS_EMSGPACK;
      if (ds_mpr_eq(k, kl, "name")) str_or_empty(r, &p->name);
      else if (ds_mpr_eq(k, kl, "key")) str_or_empty(r, &p->key);
      else if (ds_mpr_eq(k, kl, "role")) str_or_empty(r, &p->role);
      else if (ds_mpr_skip(r) < 0) return DS_EMSGPACK;
    }
  }
  return 0;
}

static int decode_submap(ds_mpr *r, ds_client_event *e, int article) {
  uint32_t m;
  if (ds_mpr_map(r, &m) < 0) return ds_mpr_skip(r);
  for (uint32_t j = 0; j < m; j++) {
    const char *k;
    size_t kl;
    if (ds_mpr_str(r, &k, &kl) < 0) return DS_EMSGPACK;
    if (article && ds_mpr_eq(k, kl, "id")) str_or_empty(r, &e->article_id);
    else if (article && ds_mpr_eq(k, kl, "title")) str_or_empty(r, &e->article_title);
    else if (!article && ds_mpr_eq(k, kl, "amount") && ds_mpr_number(r, &e->amount) == 0)
      e->has_value = 1;
    else if (!article && ds_mpr_eq(k, kl, "currency")) str_or_empty(r, &e->currency);
    else if (ds_mpr_skip(r) < 0) return DS_EMSGPACK;
  }
  return 0;
}

int ds_client_decode(const void *mp, size_t len, ds_client_msg *m) {
  ds_mpr r;
  uint32_t n;
  int has_v = 0;
  ds_str type = {"", 0};
  memset(m, 0, sizeof *m);
  m->mp = mp;
  m->len = len;
  m->ev.first_seen = -1;
  m->ev.currency.p = m->ev.id.p = m->ev.type.p = m->ev.status.p = m->ev.date.p = "";
  m->ev.article_id.p = m->ev.article_title.p = m->code.p = m->message.p = "";
  ds_mpr_init(&r, mp, len);
  if (ds_mpr_map(&r, &n) < 0) return DS_EMSGPACK;
  for (uint32_t i = 0; i < n; i++) {
    const char *k;
    size_t kl;
    int rc = 0;
    if (ds_mpr_str(&r, &k, &kl) < 0) return DS_EMSGPACK;
    /* "type" names the message kind in control maps and the deal type in events
     * (which carry "v"): keep it, decide at the end */
    if (ds_mpr_eq(k, kl, "type")) str_or_empty(&r, &type);
    else if (ds_mpr_eq(k, kl, "v")) has_v = ds_mpr_skip(&r) == 0;
    else if (ds_mpr_eq(k, kl, "seq")) rc = ds_mpr_uint(&r, &m->seq);
    else if (ds_mpr_eq(k, kl, "missed")) rc = ds_mpr_uint(&r, &m->missed);
    else if (ds_mpr_eq(k, kl, "from_seq")) rc = ds_mpr_uint(&r, &m->from_seq);
    else if (ds_mpr_eq(k, kl, "to_seq")) rc = ds_mpr_uint(&r, &m->to_seq);
    else if (ds_mpr_eq(k, kl, "code")) str_or_empty(&r, &m->code);
    else if (ds_mpr_eq(k, kl, "message")) str_or_empty(&r, &m->message);
    else if (ds_mpr_eq(k, kl, "id")) str_or_empty(&r, &m->ev.id);
    else if (ds_mpr_eq(k, kl, "status")) str_or_empty(&r, &m->ev.status);
    else if (ds_mpr_eq(k, kl, "date")) str_or_empty(&r, &m->ev.date);
    else if (ds_mpr_eq(k, kl, "first_seen")) rc = ds_mpr_bool(&r, &m->ev.first_seen);
    else if (ds_mpr_eq(k, kl, "mentions")) {
      uint64_t v;
      rc = ds_mpr_uint(&r, &v);
      m->ev.mentions = v > UINT32_MAX ? UINT32_MAX : (uint32_t)v;
    } else if (ds_mpr_eq(k, kl, "parties")) rc = decode_parties(&r, &m->ev);
    else if (ds_mpr_eq(k, kl, "value")) rc = ds_mpr_nil(&r) == 0 ? 0 : decode_submap(&r, &m->ev, 0);
    else if (ds_mpr_eq(k, kl, "article")) rc = decode_submap(&r, &m->ev, 1);
    else rc = ds_mpr_skip(&r);
    if (rc < 0 && ds_mpr_skip(&r) < 0) return DS_EMSGPACK;
  }
  if (has_v) {
    m->kind = DS_MSG_EVENT;
    m->ev.type = type;
  } else if (ds_mpr_eq(type.p, type.n, "subscribed")) {
    m->kind = DS_MSG_SUBSCRIBED;
  } else if (ds_mpr_eq(type.p, type.n, "gap")) {
    m->kind = DS_MSG_GAP;
  } else if (ds_mpr_eq(type.p, type.n, "error")) {
    m->kind = DS_MSG_ERROR;
  } else {
    m->kind = DS_MSG_OTHER;
  }
  return 0;
}

int ds_client_next(ds_client *c, ds_client_msg *m) {
  c->start += c->last;
  c->last = 0;
  for (;;) {
    size_t len;
    int rc = ds_msgpack_next(c->buf + c->start, c->end - c->start, &len);
    if (rc == 0) {
      c->last = len;
      if (ds_client_decode(c->buf + c->start, len, m) < 0) {
        snprintf(c->err, sizeof c->err, "message is not a msgpack map");
        return DS_EMSGPACK;
      }
      return 1;
    }
    if (rc < 0) {
      snprintf(c->err, sizeof c->err, "malformed msgpack from the server");
      return DS_EMSGPACK;
    }
    /* need more: make room, then read */
    if (c->start > 0) {
      memmove(c->buf, c->buf + c->start, c->end - c->start);
      c->end -= c->start;
      c->start = 0;
    }
    if (c->end == sizeof c->buf) {
      snprintf(c->err, sizeof c->err, "message larger than %u bytes", CLIENT_BUF);
      return DS_EMSGPACK;
    }
    ssize_t k = recv(c->fd, c->buf + c->end, sizeof c->buf - c->end, 0);
    if (k < 0 && errno == EINTR) continue;
    if (k < 0) {
      snprintf(c->err, sizeof c->err, "read error: %s", strerror(errno));
      return DS_EIO;
    }
    if (k == 0) {
      if (c->end == 0) return 0;
      snprintf(c->err, sizeof c->err, "connection closed inside a message");
      return DS_EIO;
    }
    c->end += (size_t)k;
  }
}

const char *ds_client_error(const ds_client *c) { return c->err; }
int ds_client_fd(const ds_client *c) { return c->fd; }

void ds_client_close(ds_client *c) {
  if (!c) return;
  close(c->fd);
  free(c);
}
