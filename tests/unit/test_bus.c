/* The bus and its parts, without sockets: message ring, replay ring, novelty table,
 * subscription parsing, filters, and the bus's policies (drop with "missed", disconnect,
 * replay with a gap notice), down to the bytes a subscriber would read. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dealstream/bus.h"
#include "dealstream/client.h"
#include "dealstream/encode.h"
#include "dealstream/error.h"
#include "dealstream/json.h"
#include "dealstream/mpread.h"
#include "dealstream/mpwrite.h"
#include "t.h"

static void test_mring(void) {
  unsigned char buf[64], out[64];
  ds_mring r;
  size_t len;
  uint32_t tag;
  ds_mring_init(&r, buf, sizeof buf);
  CHECK(ds_mring_front(&r, &len, &tag) == 1);
  /* fill and drain many times so messages wrap around the end */
  unsigned next_in = 0, next_out = 0;
  for (int round = 0; round < 200; round++) {
    unsigned char m[20];
    size_t n = 1 + (size_t)(round * 7 % 19);
    memset(m, (int)next_in, n);
    if (ds_mring_fits(&r, n)) {
      CHECK(ds_mring_push(&r, next_in, m, n / 2, m + n / 2, n - n / 2) == 0);
      next_in++;
    } else {
      CHECK(ds_mring_push(&r, 0, m, n, NULL, 0) == DS_ENOBUFS);
      while (ds_mring_front(&r, &len, &tag) == 0) {
        ds_mring_peek(&r, 0, out, len);
        CHECK_EQ_INT(tag, next_out);
        CHECK(out[0] == (unsigned char)next_out && out[len - 1] == (unsigned char)next_out);
        ds_mring_pop(&r);
        next_out++;
      }
    }
  }
  CHECK(next_out > 20);
  CHECK(r.used <= r.cap);
}

static void test_replay(void) {
  size_t idx[4];
  unsigned char buf[100];
  ds_replay r;
  size_t len;
  char m[16], out[16];
  ds_replay_init(&r, idx, 4, buf, sizeof buf);
  CHECK(ds_replay_get(&r, 1, &len) == DS_REPLAY_LATER);
  for (uint64_t s = 1; s <= 10; s++) {
    snprintf(m, sizeof m, "ev%llu", (unsigned long long)s);
    ds_replay_add(&r, s, m, strlen(m));
  }
  /* at most 4 events held: 7..10 */
  CHECK_EQ_INT(r.first_seq, 7);
  CHECK(ds_replay_get(&r, 6, &len) == DS_REPLAY_GONE);
  CHECK(ds_replay_get(&r, 11, &len) == DS_REPLAY_LATER);
  CHECK(ds_replay_get(&r, 9, &len) == 0 && len == 3);
  ds_replay_copy(&r, 9, 0, out, len);
  CHECK(memcmp(out, "ev9", 3) == 0);
  /* bytes bound: 40-byte events, 100 bytes hold two */
  char big[40];
  memset(big, 'x', sizeof big);
  ds_replay_add(&r, 11, big, sizeof big);
  ds_replay_add(&r, 12, big, sizeof big);
  CHECK_EQ_INT(r.count, 2);
  CHECK_EQ_INT(r.first_seq, 11);
  /* larger than the ring: not held, the ring starts after it */
  char huge[200] = {0};
  ds_replay_add(&r, 13, huge, sizeof huge);
  CHECK_EQ_INT(r.count, 0);
  CHECK(ds_replay_get(&r, 13, &len) == DS_REPLAY_GONE);
  ds_replay_add(&r, 14, "a", 1);
  CHECK(ds_replay_get(&r, 14, &len) == 0 && len == 1);
}

static void test_novelty(void) {
  ds_novelty_slot slots[8];
  ds_novelty t;
  int first;
  ds_novelty_init(&t, slots, 8);
  CHECK_EQ_INT(ds_novelty_see(&t, ds_novelty_key("d00000000000000a1", 17), &first), 1);
  CHECK(first == 1);
  CHECK_EQ_INT(ds_novelty_see(&t, ds_novelty_key("d00000000000000a1", 17), &first), 2);
  CHECK(first == 0);
  /* many ids into 8 slots: old ones are forgotten, counted */
  for (uint64_t k = 100; k < 200; k++) ds_novelty_see(&t, k, &first);
  CHECK(t.evictions > 0);
  /* the most recent one is still known */
  CHECK_EQ_INT(ds_novelty_see(&t, 199, &first), 2);
  ds_novelty_init(&t, NULL, 0);
  CHECK_EQ_INT(ds_novelty_see(&t, 5, &first), 1);
  CHECK(first == 1);
}

static int64_t sub_map(unsigned char *buf, size_t cap, const char *types, const char *party,
                       double min, const char *cur, int from_seq) {
  ds_mpw w;
  ds_mpw_init(&w, buf, cap);
  msgpack_pack_map(&w.pk, 1 + (types != NULL) + (party != NULL) + (cur != NULL) + (from_seq > 0) + 1);
  ds_mpw_kv_str(&w, "type", "subscribe");
  if (types) {
    ds_mpw_cstr(&w, "types");
    msgpack_pack_array(&w.pk, 1);
    ds_mpw_cstr(&w, types);
  }
  if (party) ds_mpw_kv_str(&w, "party", party); /* a single string is a list of one */
  if (cur) {
    ds_mpw_cstr(&w, "min_value");
    msgpack_pack_map(&w.pk, 2);
    ds_mpw_cstr(&w, "amount");
    msgpack_pack_double(&w.pk, min);
    ds_mpw_kv_str(&w, "currency", cur);
  }
  if (from_seq > 0) ds_mpw_kv_u64(&w, "from_seq", (uint64_t)from_seq);
  ds_mpw_kv_str(&w, "unknown_future_key", "ignored");
  return ds_mpw_done(&w);
}

static void test_subscribe_parse(void) {
  unsigned char b[512];
  ds_subscribe s;
  char err[160];
  int64_t n = sub_map(b, sizeof b, "acquisition", "Ascend", 1e6, "USD", 5);
  CHECK(n > 0);
  CHECK(ds_subscribe_parse(b, (size_t)n, &s, err, sizeof err) == 0);
  CHECK(s.filter.types == 1u << DS_TYPE_ACQUISITION);
  CHECK(s.filter.nparties == 1 && strcmp(s.filter.party[0], "Ascend") == 0);
  CHECK(s.filter.has_min && s.filter.min_amount == 1e6 && strcmp(s.filter.min_currency, "USD") == 0);
  CHECK(s.has_from_seq && s.from_seq == 5);
  CHECK(!s.has_policy);
  n = sub_map(b, sizeof b, "takeover", NULL, 0, NULL, 0);
  CHECK(ds_subscribe_parse(b, (size_t)n, &s, err, sizeof err) == DS_EINVAL);
  CHECK(strstr(err, "unknown deal type 'takeover'") != NULL);
  n = sub_map(b, sizeof b, NULL, NULL, 5, "DOLLARS", 0);
  CHECK(ds_subscribe_parse(b, (size_t)n, &s, err, sizeof err) == DS_EINVAL);
  CHECK(strstr(err, "currency") != NULL);
  CHECK(ds_subscribe_parse("\x91\x01", 2, &s, err, sizeof err) == DS_EINVAL);
  CHECK(ds_subscribe_parse("\x81\xa4type\xa3sub", 10, &s, err, sizeof err) == DS_EINVAL);
  CHECK(ds_subscribe_parse("\x80", 1, &s, err, sizeof err) == DS_EINVAL); /* no type */
  CHECK(ds_subscribe_parse("\x81\xa4type", 6, &s, err, sizeof err) == DS_EINVAL); /* cut */
}

/* ---- events made by hand ---- */

static char art_text[512];
static ds_article art;

static ds_event make_event(int type, const char *p1, const char *k1, const char *p2,
                           const char *k2, double amount) {
  ds_event e;
  memset(&e, 0, sizeof e);
  memset(&art, 0, sizeof art);
  snprintf(art_text, sizeof art_text, "%s agreed to buy %s.", p1, p2);
  art.buf = art_text;
  art.body.len = (uint32_t)strlen(art_text);
  e.type = (uint8_t)type;
  e.status = DS_STATUS_AGREED;
  e.value_disclosed = -1;
  e.nparties = 2;
  e.parties[0].name.off = 0;
  e.parties[0].name.len = (uint32_t)strlen(p1);
  snprintf(e.parties[0].key, DS_KEY_MAX, "%s", k1);
  e.parties[1].name.off = (uint32_t)(strlen(p1) + strlen(" agreed to buy "));
  e.parties[1].name.len = (uint32_t)strlen(p2);
  snprintf(e.parties[1].key, DS_KEY_MAX, "%s", k2);
  e.parties[1].role = DS_ROLE_TARGET;
  e.evidence.len = art.body.len;
  if (amount > 0) {
    e.has_value = 1;
    e.amount = amount;
    memcpy(e.currency, "USD", 4);
  }
  return e;
}

static ds_bus bus;
static ds_bus_sub subs[3];
static unsigned char qmem[3][DS_BUS_QUEUE_MIN * 4];
static size_t ridx[8];
static unsigned char rmem[64 * 1024];
static ds_novelty_slot nslots[64];

static void bus_setup(size_t replay_events) {
  for (int i = 0; i < 3; i++) {
    subs[i].qbuf = qmem[i];
    subs[i].qcap = sizeof qmem[i];
  }
  ds_bus_init(&bus, subs, 3);
  ds_replay_init(&bus.replay, ridx, replay_events, rmem, sizeof rmem);
  ds_novelty_init(&bus.novelty, nslots, 64);
}

/* Take everything queued for subscriber i and decode it message by message. */
typedef struct got {
  int n;
  ds_client_msg m[64];
  unsigned char bytes[64 * 1024];
} got;

static void take_all(size_t i, got *g) {
  size_t off = 0, n;
  g->n = 0;
  while ((n = ds_bus_sub_take(&bus, i, g->bytes + off, sizeof g->bytes - off)) > 0) off += n;
  size_t at = 0, len;
  while (at < off && ds_msgpack_next(g->bytes + at, off - at, &len) == 0 && g->n < 64) {
    CHECK(ds_client_decode(g->bytes + at, len, &g->m[g->n]) == 0);
    g->n++;
    at += len;
  }
  CHECK_EQ_INT(at, off);
}

static got g;

static void test_bus_filters_and_novelty(void) {
  unsigned char b[512];
  ds_subscribe s;
  char err[160];
  bus_setup(8);
  /* sub 0: everything; sub 1: acquisitions of at least 5M USD with a party "Beta..." */
  int64_t n = sub_map(b, sizeof b, NULL, NULL, 0, NULL, 0);
  ds_subscribe_parse(b, (size_t)n, &s, err, sizeof err);
  CHECK(ds_bus_sub_start(&bus, 0, &s) == 0);
  n = sub_map(b, sizeof b, "acquisition", "beta", 5e6, "USD", 0);
  CHECK(ds_subscribe_parse(b, (size_t)n, &s, err, sizeof err) == 0);
  CHECK(ds_bus_sub_start(&bus, 1, &s) == 0);
  ds_event e1 = make_event(DS_TYPE_ACQUISITION, "Alpha Corp", "alpha", "Beta Ltd", "beta", 1e7);
  CHECK_EQ_INT(ds_bus_publish(&bus, &e1, &art), 1);
  ds_event e2 = make_event(DS_TYPE_ACQUISITION, "Alpha Corp", "alpha", "Beta Ltd", "beta", 1e6);
  CHECK_EQ_INT(ds_bus_publish(&bus, &e2, &art), 2); /* same deal id, too small for sub 1 */
  ds_event e3 = make_event(DS_TYPE_MOU, "Gamma", "gamma", "Betamax", "betamax", 0);
  CHECK_EQ_INT(ds_bus_publish(&bus, &e3, &art), 3);
  take_all(0, &g);
  CHECK_EQ_INT(g.n, 4);
  CHECK(g.m[0].kind == DS_MSG_SUBSCRIBED && g.m[0].seq == 1);
  CHECK(g.m[1].kind == DS_MSG_EVENT && g.m[1].seq == 1 && g.m[1].ev.first_seen == 1 &&
        g.m[1].ev.mentions == 1);
  CHECK(g.m[2].seq == 2 && g.m[2].ev.first_seen == 0 && g.m[2].ev.mentions == 2);
  CHECK(g.m[3].seq == 3 && g.m[3].ev.first_seen == 1);
  CHECK(g.m[2].ev.id.n == 17 && memcmp(g.m[1].ev.id.p, g.m[2].ev.id.p, 17) == 0);
  CHECK(g.m[1].ev.nparties == 2 && g.m[1].ev.parties[1].name.n == 8 &&
        memcmp(g.m[1].ev.parties[1].name.p, "Beta Ltd", 8) == 0);
  take_all(1, &g);
  CHECK_EQ_INT(g.n, 2);
  CHECK(g.m[1].kind == DS_MSG_EVENT && g.m[1].seq == 1);
  CHECK(!ds_bus_sub_pending(&bus, 0));
}

/* An event published from its encoding (as a worker thread hands it over) is, byte for
 * byte, what ds_encode_event() writes with the service's fields. */
static void test_bus_publish_encoded(void) {
  static unsigned char mp[DS_EVENT_MAX], want[DS_BUS_MSG_MAX];
  unsigned char b[512];
  ds_subscribe s;
  char err[160], id[18];
  size_t len, wlen;
  bus_setup(8);
  int64_t n = sub_map(b, sizeof b, NULL, NULL, 0, NULL, 0);
  ds_subscribe_parse(b, (size_t)n, &s, err, sizeof err);
  CHECK(ds_bus_sub_start(&bus, 0, &s) == 0);
  ds_event e = make_event(DS_TYPE_ACQUISITION, "Alpha Corp", "alpha", "Beta Ltd", "beta", 1e7);
  CHECK(ds_encode_event(&e, &art, NULL, mp, sizeof mp, &len) == 0);
  ds_deal_id(&e, id);
  for (int k = 1; k <= 2; k++) {
    CHECK_EQ_INT(ds_bus_publish_encoded(&bus, mp, len, id), k);
    ds_encode_extra x = {(uint64_t)k, k == 1, (uint32_t)k};
    CHECK(ds_encode_event(&e, &art, &x, want, sizeof want, &wlen) == 0);
    take_all(0, &g);
    size_t at = 0, ml;
    if (k == 1) { /* the "subscribed" reply first */
      CHECK(ds_msgpack_next(g.bytes, sizeof g.bytes, &ml) == 0);
      at = ml;
    }
    CHECK(ds_msgpack_next(g.bytes + at, sizeof g.bytes - at, &ml) == 0);
    CHECK_EQ_INT(ml, wlen);
    CHECK(memcmp(g.bytes + at, want, wlen) == 0);
  }
  /* not a map: refused and counted, nothing published */
  CHECK(ds_bus_publish_encoded(&bus, "\xc0", 1, id) == DS_ENOBUFS);
  CHECK_EQ_INT(bus.stats.encode_errors, 1);
}

static void test_bus_drop_and_disconnect(void) {
  unsigned char b[512];
  ds_subscribe s;
  char err[160];
  bus_setup(8);
  int64_t n = sub_map(b, sizeof b, NULL, NULL, 0, NULL, 0);
  ds_subscribe_parse(b, (size_t)n, &s, err, sizeof err);
  s.queue_bytes = 1; /* the smallest queue there is */
  CHECK(ds_bus_sub_start(&bus, 0, &s) == 0);
  CHECK_EQ_INT(subs[0].q.cap, DS_BUS_QUEUE_MIN);
  s.policy = DS_POLICY_DISCONNECT;
  CHECK(ds_bus_sub_start(&bus, 1, &s) == 0);
  /* events of ~300 bytes: the minimal queue holds about 27 */
  for (int i = 0; i < 60; i++) {
    char k[16];
    snprintf(k, sizeof k, "co%d", i);
    ds_event e = make_event(DS_TYPE_PARTNERSHIP, "Alpha Corp", "alpha", k, k, 0);
    ds_bus_publish(&bus, &e, &art);
  }
  CHECK(subs[0].dropped > 0);
  CHECK(subs[1].overflowed);
  take_all(0, &g);
  CHECK(g.n > 10);
  /* oldest dropped first: the subscribed reply went too, then events from the first
   * kept one on, the first of them saying how many were missed */
  CHECK(g.m[0].kind == DS_MSG_EVENT);
  CHECK_EQ_INT(g.m[0].missed, g.m[0].seq - 1);
  CHECK_EQ_INT(g.m[0].missed, subs[0].dropped);
  for (int i = 1; i < g.n; i++) {
    CHECK_EQ_INT(g.m[i].seq, g.m[i - 1].seq + 1);
    CHECK_EQ_INT(g.m[i].missed, 0);
  }
  CHECK_EQ_INT(g.m[g.n - 1].seq, 60);
  /* the patched map is still well-formed and renders */
  char json[16384];
  CHECK(ds_msgpack_to_json(g.m[0].mp, g.m[0].len, json, sizeof json) > 0);
  CHECK(strstr(json, "\"missed\":") != NULL);
}

static void test_bus_replay(void) {
  unsigned char b[512];
  ds_subscribe s;
  char err[160];
  bus_setup(5);
  for (int i = 0; i < 12; i++) {
    ds_event e = make_event(i % 2 ? DS_TYPE_MOU : DS_TYPE_SUPPLY, "A", "a", "B", "b", 0);
    ds_bus_publish(&bus, &e, &art);
  }
  /* from 3: 3..7 are gone (ring holds 8..12) */
  int64_t n = sub_map(b, sizeof b, NULL, NULL, 0, NULL, 3);
  ds_subscribe_parse(b, (size_t)n, &s, err, sizeof err);
  CHECK(ds_bus_sub_start(&bus, 0, &s) == 0);
  /* from 10 with a type filter: 10 and 12 are mou? (odd i = mou: seq 2,4,..,12) */
  n = sub_map(b, sizeof b, "mou", NULL, 0, NULL, 10);
  ds_subscribe_parse(b, (size_t)n, &s, err, sizeof err);
  CHECK(ds_bus_sub_start(&bus, 1, &s) == 0);
  CHECK(ds_bus_sub_pending(&bus, 0));
  take_all(0, &g);
  CHECK_EQ_INT(g.n, 7);
  CHECK(g.m[0].kind == DS_MSG_SUBSCRIBED && g.m[0].seq == 3);
  CHECK(g.m[1].kind == DS_MSG_GAP && g.m[1].from_seq == 3 && g.m[1].to_seq == 7);
  for (int i = 2; i < 7; i++) CHECK_EQ_INT(g.m[i].seq, 6 + i);
  /* caught up: live events come straight */
  ds_event e = make_event(DS_TYPE_MOU, "A", "a", "B", "b", 0);
  ds_bus_publish(&bus, &e, &art);
  take_all(0, &g);
  CHECK(g.n == 1 && g.m[0].seq == 13);
  take_all(1, &g);
  CHECK_EQ_INT(g.n, 4); /* subscribed, 10, 12, 13 */
  CHECK(g.m[1].seq == 10 && g.m[2].seq == 12 && g.m[3].seq == 13);
}

static void test_addr(void) {
  ds_addr a;
  char s[300];
  CHECK(ds_addr_parse("tcp://127.0.0.1:7400", &a) == 0 && a.kind == DS_ADDR_TCP && a.port == 7400);
  CHECK(ds_addr_parse("tcp://[::1]:0", &a) == 0 && strcmp(a.host, "::1") == 0 && a.port == 0);
  ds_addr_format(&a, s, sizeof s);
  CHECK(strcmp(s, "tcp://[::1]:0") == 0);
  CHECK(ds_addr_parse("unix:/tmp/x.sock", &a) == 0 && a.kind == DS_ADDR_UNIX &&
        strcmp(a.path, "/tmp/x.sock") == 0);
  CHECK(ds_addr_parse("tcp://host", &a) < 0);
  CHECK(ds_addr_parse("tcp://host:99999", &a) < 0);
  CHECK(ds_addr_parse("tcp://::1:80", &a) < 0);
  CHECK(ds_addr_parse("127.0.0.1:80", &a) < 0);
  CHECK(ds_addr_parse("unix:", &a) < 0);
}

int main(void) {
  test_mring();
  test_replay();
  test_novelty();
  test_subscribe_parse();
  test_bus_filters_and_novelty();
  test_bus_publish_encoded();
  test_bus_drop_and_disconnect();
  test_bus_replay();
  test_addr();
  return T_DONE();
}
