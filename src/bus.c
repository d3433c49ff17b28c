/* The bus: see bus.h. */
#include <string.h>

#include "dealstream/bus.h"
#include "dealstream/encode.h"
#include "dealstream/error.h"
#include "dealstream/mpwrite.h"

void ds_bus_init(ds_bus *b, ds_bus_sub *subs, size_t nsubs) {
  b->next_seq = 1;
  b->subs = subs;
  b->nsubs = nsubs;
  memset(&b->stats, 0, sizeof b->stats);
  for (size_t i = 0; i < nsubs; i++) {
    subs[i].active = 0;
    ds_mring_init(&subs[i].q, subs[i].qbuf, subs[i].qcap);
  }
}

/* Queue an event for s under its policy. */
static void enqueue_event(ds_bus *b, ds_bus_sub *s, const void *mp, size_t len) {
  if (ds_mring_fits(&s->q, len)) {
    ds_mring_push(&s->q, DS_BUS_TAG_EVENT, mp, len, NULL, 0);
    return;
  }
  if (s->policy == DS_POLICY_DISCONNECT) {
    if (!s->overflowed) b->stats.overflows++;
    s->overflowed = 1;
    return;
  }
  if (ds_mring_cost(len) > s->q.cap) { /* can never fit: this one is the one missed */
    s->missed++;
    s->dropped++;
    b->stats.dropped++;
    return;
  }
  while (!ds_mring_fits(&s->q, len)) {
    uint32_t tag;
    ds_mring_front(&s->q, NULL, &tag);
    ds_mring_pop(&s->q);
    if (tag == DS_BUS_TAG_EVENT) {
      s->missed++;
      s->dropped++;
      b->stats.dropped++;
    }
  }
  ds_mring_push(&s->q, DS_BUS_TAG_EVENT, mp, len, NULL, 0);
}

static void fanout(ds_bus *b, const void *mp, size_t len, uint64_t seq) {
  ds_evview v;
  ds_replay_add(&b->replay, seq, mp, len);
  if (ds_evview_parse(mp, len, &v) < 0) return; /* cannot happen: we encoded it */
  for (size_t i = 0; i < b->nsubs; i++) {
    ds_bus_sub *s = &b->subs[i];
    if (!s->active || s->overflowed || s->replaying) continue; /* replay reads the ring */
    if (ds_filter_match(&s->filter, &v)) enqueue_event(b, s, mp, len);
  }
}

/* The service's fields after an event's own: the map's header counts three pairs more
 * (a fixmap of 13 becomes a map16 of 16) and seq, first_seen, mentions follow, the
 * same bytes ds_encode_event() writes with them. Returns the length, or -1. */
static int64_t add_service_fields(unsigned char *out, size_t cap, const unsigned char *mp,
                                  size_t len, uint64_t seq, int first, uint32_t mentions) {
  size_t k, hdr;
  if (len >= 1 && (mp[0] & 0xf0) == 0x80) {
    k = mp[0] & 0x0f;
    hdr = 1;
  } else if (len >= 3 && mp[0] == 0xde) {
    k = (size_t)mp[1] << 8 | mp[2];
    hdr = 3;
  } else {
    return -1; /* not a map the encoder made */
  }
  if (k + 3 > 0xffff) return -1;
  ds_mpw w;
  ds_mpw_init(&w, out, cap);
  msgpack_pack_map(&w.pk, k + 3);
  int64_t h = ds_mpw_done(&w);
  if (h < 0 || (size_t)h + (len - hdr) > cap) return -1;
  memcpy(out + h, mp + hdr, len - hdr);
  w.len = (size_t)h + (len - hdr);
  ds_mpw_kv_u64(&w, "seq", seq);
  ds_mpw_kv_bool(&w, "first_seen", first);
  ds_mpw_kv_u64(&w, "mentions", mentions);
  return ds_mpw_done(&w);
}

int64_t ds_bus_publish_encoded(ds_bus *b, const void *mp, size_t len, const char *id) {
  int first;
  uint32_t mentions = ds_novelty_see(&b->novelty, ds_novelty_key(id, 17), &first);
  int64_t n = add_service_fields(b->msg, sizeof b->msg, mp, len, b->next_seq, first, mentions);
  if (n < 0) {
    b->stats.encode_errors++;
    return DS_ENOBUFS;
  }
  uint64_t seq = b->next_seq++;
  b->stats.events++;
  if (first) b->stats.first++;
  fanout(b, b->msg, (size_t)n, seq);
  return (int64_t)seq;
}

int64_t ds_bus_publish(ds_bus *b, const ds_event *ev, const ds_article *a) {
  char id[18];
  size_t len;
  if (ds_encode_event(ev, a, NULL, b->tmp, sizeof b->tmp, &len) < 0) {
    b->stats.encode_errors++;
    return DS_ENOBUFS;
  }
  ds_deal_id(ev, id);
  return ds_bus_publish_encoded(b, b->tmp, len, id);
}

/* Top a replaying subscriber's queue up from the replay ring, oldest first, while
 * there is room. */
static void pump(ds_bus *b, ds_bus_sub *s) {
  while (s->replaying) {
    size_t len;
    if (s->cursor >= b->next_seq) {
      s->replaying = 0;
      break;
    }
    int rc = ds_replay_get(&b->replay, s->cursor, &len);
    if (rc == DS_REPLAY_GONE) {
      unsigned char m[64];
      ds_mpw w;
      ds_mpw_init(&w, m, sizeof m);
      msgpack_pack_map(&w.pk, 3);
      ds_mpw_kv_str(&w, "type", "gap");
      ds_mpw_kv_u64(&w, "from_seq", s->cursor);
      ds_mpw_kv_u64(&w, "to_seq", b->replay.first_seq - 1);
      int64_t n = ds_mpw_done(&w);
      if (n < 0 || ds_mring_push(&s->q, DS_BUS_TAG_CONTROL, m, (size_t)n, NULL, 0) < 0) break;
      s->gaps++;
      s->cursor = b->replay.first_seq;
      continue;
    }
    if (rc != 0) { /* not published yet: caught up */
      s->replaying = 0;
      break;
    }
    if (!ds_mring_fits(&s->q, len)) break; /* wait for the writer to make room */
    ds_evview v;
    ds_replay_copy(&b->replay, s->cursor, 0, b->tmp, len);
    if (ds_evview_parse(b->tmp, len, &v) == 0 && ds_filter_match(&s->filter, &v))
      ds_mring_push(&s->q, DS_BUS_TAG_EVENT, b->tmp, len, NULL, 0);
    s->cursor++;
  }
}

int ds_bus_sub_start(ds_bus *b, size_t i, const ds_subscribe *req) {
  if (i >= b->nsubs || !req) return DS_EINVAL;
  ds_bus_sub *s = &b->subs[i];
  size_t cap = s->qcap;
  if (req->queue_bytes && req->queue_bytes < cap)
    cap = req->queue_bytes < DS_BUS_QUEUE_MIN ? DS_BUS_QUEUE_MIN : (size_t)req->queue_bytes;
  if (cap > s->qcap) cap = s->qcap;
  ds_mring_init(&s->q, s->qbuf, cap);
  s->filter = req->filter;
  s->policy = req->policy;
  s->overflowed = 0;
  s->missed = s->events = s->dropped = s->gaps = 0;
  s->replaying = 0;
  uint64_t first = b->next_seq;
  if (req->has_from_seq && req->from_seq < b->next_seq) {
    s->replaying = 1;
    s->cursor = req->from_seq ? req->from_seq : 1;
    first = s->cursor;
  }
  unsigned char m[128];
  ds_mpw w;
  ds_mpw_init(&w, m, sizeof m);
  msgpack_pack_map(&w.pk, 4);
  ds_mpw_kv_str(&w, "type", "subscribed");
  ds_mpw_kv_u64(&w, "seq", first);
  ds_mpw_kv_str(&w, "policy", s->policy == DS_POLICY_DROP ? "drop" : "disconnect");
  ds_mpw_kv_u64(&w, "queue_bytes", cap);
  int64_t n = ds_mpw_done(&w);
  if (n < 0) return DS_EINVAL;
  ds_mring_push(&s->q, DS_BUS_TAG_CONTROL, m, (size_t)n, NULL, 0);
  s->active = 1;
  return 0;
}

int ds_bus_sub_control(ds_bus *b, size_t i, const void *mp, size_t len) {
  if (i >= b->nsubs) return DS_EINVAL;
  return ds_mring_push(&b->subs[i].q, DS_BUS_TAG_CONTROL, mp, len, NULL, 0);
}

void ds_bus_sub_stop(ds_bus *b, size_t i) {
  if (i >= b->nsubs) return;
  b->subs[i].active = 0;
  b->subs[i].replaying = 0;
  ds_mring_clear(&b->subs[i].q);
}

/* Add "missed": n to the event map at p (len bytes, room for DS_BUS_MISSED_MAX more):
 * one more pair in the map's header, the pair at the end. Returns the new length. */
static size_t add_missed(unsigned char *p, size_t len, uint64_t n) {
  unsigned c = p[0];
  if ((c & 0xf0) == 0x80 && (c & 0x0f) < 15) {
    p[0] = (unsigned char)(c + 1);
  } else if ((c & 0xf0) == 0x80) { /* 15 pairs: the header grows to map16 */
    memmove(p + 3, p + 1, len - 1);
    p[0] = 0xde;
    p[1] = 0;
    p[2] = 16;
    len += 2;
  } else if (c == 0xde && !(p[1] == 0xff && p[2] == 0xff)) {
    unsigned k = ((unsigned)p[1] << 8 | p[2]) + 1;
    p[1] = (unsigned char)(k >> 8);
    p[2] = (unsigned char)k;
  } else {
    return len; /* not a map we made: leave it */
  }
  static const char key[] = "\xa6missed";
  memcpy(p + len, key, 7);
  len += 7;
  p[len++] = 0xcf;
  for (int i = 7; i >= 0; i--) p[len++] = (unsigned char)(n >> (8 * i));
  return len;
}

size_t ds_bus_sub_take(ds_bus *b, size_t i, void *out, size_t cap) {
  if (i >= b->nsubs) return 0;
  ds_bus_sub *s = &b->subs[i];
  unsigned char *o = out;
  size_t n = 0;
  if (!s->active) return 0;
  pump(b, s);
  for (;;) {
    size_t len;
    uint32_t tag;
    if (ds_mring_front(&s->q, &len, &tag)) break;
    int patch = tag == DS_BUS_TAG_EVENT && s->missed;
    if (len + (patch ? DS_BUS_MISSED_MAX : 0) > cap - n) break;
    ds_mring_peek(&s->q, 0, o + n, len);
    if (patch) {
      len = add_missed(o + n, len, s->missed);
      s->missed = 0;
    }
    if (tag == DS_BUS_TAG_EVENT) s->events++;
    n += len;
    ds_mring_pop(&s->q);
    pump(b, s);
  }
  return n;
}

int ds_bus_sub_pending(const ds_bus *b, size_t i) {
  if (i >= b->nsubs) return 0;
  const ds_bus_sub *s = &b->subs[i];
  return s->active && (s->q.count > 0 || (s->replaying && s->cursor < b->next_seq));
}
