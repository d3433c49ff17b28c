/* Encoder: one deal event as one msgpack map, schema v1.
 *
 * The packer is msgpack-c's, but its sink is ours: a write callback that appends into
 * the caller's fixed buffer. msgpack_sbuffer would realloc, and the core never
 * allocates. The callback's overflow flag is sticky, so once one write has failed every
 * later write fails too and the result is DS_ENOBUFS, never a map with a hole in it. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <msgpack/pack.h>

#include "dealstream/encode.h"
#include "dealstream/error.h"

/* ---- the fixed-buffer sink ---- */

typedef struct sink {
  unsigned char *buf;
  size_t cap, len;
  int overflow; /* sticky: set by the first write that did not fit */
} sink;

static int sink_write(void *data, const char *p, size_t n) {
  sink *s = data;
  if (s->overflow)
    return -1;
  if (n > s->cap - s->len) {
    s->overflow = 1;
    return -1;
  }
  if (n) /* memcpy with a NULL source is undefined even for 0 bytes */
    memcpy(s->buf + s->len, p, n);
  s->len += n;
  return 0;
}

/* ---- deal id ---- */

const char *ds_type_family(int type) {
  switch (type) {
  case DS_TYPE_ACQUISITION:
  case DS_TYPE_MERGER:
    return "ma";
  case DS_TYPE_JOINT_VENTURE:
  case DS_TYPE_MOU:
  case DS_TYPE_PARTNERSHIP:
    return "alliance";
  case DS_TYPE_INVESTMENT:
    return "investment";
  case DS_TYPE_SUPPLY:
    return "supply";
  case DS_TYPE_LICENSING:
    return "licensing";
  default:
    return "?";
  }
}

#define FNV64_OFFSET 0xcbf29ce484222325ull
#define FNV64_PRIME 0x100000001b3ull

static uint64_t fnv1a(uint64_t h, const void *p, size_t n) {
  const unsigned char *b = p;
  for (size_t i = 0; i < n; i++) {
    h ^= b[i];
    h *= FNV64_PRIME;
  }
  return h;
}

/* Length of a key, bounded by its array: a key the extractor forgot to terminate is
 * still read only inside the party. */
static size_t key_len(const char *k) {
  size_t n = 0;
  while (n < DS_KEY_MAX && k[n])
    n++;
  return n;
}

void ds_deal_id(const ds_event *e, char out[18]) {
  static const char hex[] = "0123456789abcdef";
  const char *keys[DS_MAX_PARTIES];
  size_t nkeys = 0;
  if (!out)
    return;
  if (!e) {
    out[0] = '\0';
    return;
  }
  /* Collect the non-empty keys and sort them (insertion sort: at most DS_MAX_PARTIES),
   * so the id depends on who the parties are, not on the order the article named them
   * or on the roles the extractor gave them. */
  size_t np = e->nparties < DS_MAX_PARTIES ? e->nparties : DS_MAX_PARTIES;
  for (size_t i = 0; i < np; i++) {
    const char *k = e->parties[i].key;
    if (!k[0])
      continue;
    size_t j = nkeys++;
    while (j > 0 && strncmp(keys[j - 1], k, DS_KEY_MAX) > 0) {
      keys[j] = keys[j - 1];
      j--;
    }
    keys[j] = k;
  }
  const char *fam = ds_type_family(e->type);
  uint64_t h = fnv1a(FNV64_OFFSET, fam, strlen(fam));
  for (size_t i = 0; i < nkeys; i++) {
    /* Distinct keys only: "A buys A's unit" and a repeated party must not change the id. */
    if (i > 0 && strncmp(keys[i - 1], keys[i], DS_KEY_MAX) == 0)
      continue;
    /* The separator keeps ("ab","c") and ("a","bc") apart; 0x1f never occurs in a key. */
    h = fnv1a(h, "\x1f", 1);
    h = fnv1a(h, keys[i], key_len(keys[i]));
  }
  out[0] = 'd';
  for (int i = 0; i < 16; i++)
    out[1 + i] = hex[(h >> (60 - 4 * i)) & 0xf];
  out[17] = '\0';
}

/* ---- packing helpers: each returns msgpack-c's status (0 ok, < 0 sink full) ---- */

static int pack_cstr(msgpack_packer *pk, const char *s) {
  size_t n = strlen(s);
  int rc = msgpack_pack_str(pk, n);
  return rc ? rc : msgpack_pack_str_body(pk, s, n);
}

static int pack_bytes(msgpack_packer *pk, const char *s, size_t n) {
  int rc = msgpack_pack_str(pk, n);
  return rc ? rc : msgpack_pack_str_body(pk, s, n);
}

static int ws(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v'; }

/* A span's text, always a string ("" when absent), with each run of white space read
 * as one space and none at the ends: wire copy wraps lines inside names ("Utah\n
 * International Inc"). Two passes over the span, no copy. */
static int pack_span(msgpack_packer *pk, const ds_article *a, ds_span s) {
  const char *p = a->buf + s.off, *e = p + s.len;
  while (p < e && ws(*p)) p++;
  while (e > p && ws(e[-1])) e--;
  size_t n = 0;
  for (const char *q = p; q < e; q++)
    if (!ws(*q) || !ws(q[-1])) n++; /* q > p here whenever ws(*q): p starts on a non-space */
  int rc = msgpack_pack_str(pk, n);
  while (rc == 0 && p < e) {
    const char *run = p;
    while (p < e && !ws(*p)) p++;
    if (p > run) rc = msgpack_pack_str_body(pk, run, (size_t)(p - run));
    if (rc == 0 && p < e) {
      rc = msgpack_pack_str_body(pk, " ", 1);
      while (p < e && ws(*p)) p++;
    }
  }
  return rc;
}

/* A span's text, or nil when absent (len 0). */
static int pack_span_opt(msgpack_packer *pk, const ds_article *a, ds_span s) {
  return s.len ? pack_span(pk, a, s) : msgpack_pack_nil(pk);
}

/* Integral amounts below 2^53 are exact as integers, and consumers (jq, JSON) then see
 * 1200000000 rather than 1.2e9; anything else stays a float64. */
static int pack_amount(msgpack_packer *pk, double v) {
  const double lim = 9007199254740992.0; /* 2^53 */
  if (v > -lim && v < lim) {            /* false for NaN */
    int64_t i = (int64_t)v;
    if ((double)i == v)
      return msgpack_pack_int64(pk, i);
  }
  return msgpack_pack_double(pk, v);
}

#define TRY(x)          \
  do {                  \
    if ((x) != 0)       \
      return DS_ENOBUFS; \
  } while (0)

/* Reject what would make the encoder read outside the event or emit a name that is not
 * in the schema's vocabularies ("?"). */
static int check_event(const ds_event *e, const ds_article *a) {
  if (e->type >= DS_TYPE_COUNT || e->status >= DS_STATUS_COUNT)
    return DS_EINVAL;
  if (e->nparties > DS_MAX_PARTIES || e->npeople > DS_MAX_PEOPLE ||
      e->nplaces > DS_MAX_PLACES || e->nsectors > DS_MAX_SECTORS)
    return DS_EINVAL;
  for (size_t i = 0; i < e->nparties; i++)
    if (e->parties[i].role >= DS_ROLE_COUNT)
      return DS_EINVAL;
  for (size_t i = 0; i < e->nsectors; i++)
    if (!e->sectors[i])
      return DS_EINVAL;
  if (!a->buf)
    return DS_EINVAL;
  return 0;
}

static int encode(msgpack_packer *pk, const ds_event *e, const ds_article *a,
                  const ds_encode_extra *x) {
  size_t nkeys = 13;
  if (x) {
    nkeys += x->seq != 0;
    nkeys += x->first_seen >= 0;
    nkeys += x->mentions != 0;
  }
  TRY(msgpack_pack_map(pk, nkeys));

  TRY(pack_cstr(pk, "v"));
  TRY(msgpack_pack_int(pk, DS_EVENT_VERSION));

  char id[18];
  ds_deal_id(e, id);
  TRY(pack_cstr(pk, "id"));
  TRY(pack_cstr(pk, id));

  TRY(pack_cstr(pk, "type"));
  TRY(pack_cstr(pk, ds_deal_type_name(e->type)));
  TRY(pack_cstr(pk, "status"));
  TRY(pack_cstr(pk, ds_status_name(e->status)));

  TRY(pack_cstr(pk, "parties"));
  TRY(msgpack_pack_array(pk, e->nparties));
  for (size_t i = 0; i < e->nparties; i++) {
    const ds_party *p = &e->parties[i];
    TRY(msgpack_pack_map(pk, 3));
    TRY(pack_cstr(pk, "name"));
    TRY(pack_span(pk, a, p->name));
    TRY(pack_cstr(pk, "key"));
    TRY(pack_bytes(pk, p->key, key_len(p->key)));
    TRY(pack_cstr(pk, "role"));
    TRY(pack_cstr(pk, ds_role_name(p->role)));
  }

  TRY(pack_cstr(pk, "value"));
  if (e->has_value) {
    size_t clen = 0;
    while (clen < sizeof e->currency - 1 && e->currency[clen])
      clen++;
    TRY(msgpack_pack_map(pk, 2));
    TRY(pack_cstr(pk, "amount"));
    TRY(pack_amount(pk, e->amount));
    TRY(pack_cstr(pk, "currency"));
    /* The event says which currency the amount is in; no code is a nil, not a guess. */
    TRY(clen ? pack_bytes(pk, e->currency, clen) : msgpack_pack_nil(pk));
  } else {
    TRY(msgpack_pack_nil(pk));
  }

  TRY(pack_cstr(pk, "value_disclosed"));
  if (e->value_disclosed < 0)
    TRY(msgpack_pack_nil(pk));
  else
    TRY(e->value_disclosed ? msgpack_pack_true(pk) : msgpack_pack_false(pk));

  TRY(pack_cstr(pk, "date"));
  if (e->date[0]) {
    size_t dlen = 0;
    while (dlen < sizeof e->date - 1 && e->date[dlen])
      dlen++;
    TRY(pack_bytes(pk, e->date, dlen));
  } else {
    TRY(msgpack_pack_nil(pk));
  }

  TRY(pack_cstr(pk, "places"));
  TRY(msgpack_pack_array(pk, e->nplaces));
  for (size_t i = 0; i < e->nplaces; i++)
    TRY(pack_span(pk, a, e->places[i]));

  TRY(pack_cstr(pk, "sectors"));
  TRY(msgpack_pack_array(pk, e->nsectors));
  for (size_t i = 0; i < e->nsectors; i++)
    TRY(pack_cstr(pk, e->sectors[i]));

  TRY(pack_cstr(pk, "people"));
  TRY(msgpack_pack_array(pk, e->npeople));
  for (size_t i = 0; i < e->npeople; i++) {
    const ds_person *q = &e->people[i];
    TRY(msgpack_pack_map(pk, 3));
    TRY(pack_cstr(pk, "name"));
    TRY(pack_span(pk, a, q->name));
    TRY(pack_cstr(pk, "title"));
    TRY(pack_span_opt(pk, a, q->title));
    TRY(pack_cstr(pk, "org"));
    TRY(pack_span_opt(pk, a, q->org));
  }

  TRY(pack_cstr(pk, "article"));
  TRY(msgpack_pack_map(pk, 5));
  TRY(pack_cstr(pk, "id"));
  TRY(pack_span_opt(pk, a, a->id));
  TRY(pack_cstr(pk, "source"));
  TRY(pack_span_opt(pk, a, a->source));
  TRY(pack_cstr(pk, "url"));
  TRY(pack_span_opt(pk, a, a->url));
  TRY(pack_cstr(pk, "published"));
  TRY(pack_span_opt(pk, a, a->published));
  TRY(pack_cstr(pk, "title"));
  TRY(pack_span_opt(pk, a, a->title));

  TRY(pack_cstr(pk, "evidence"));
  TRY(msgpack_pack_map(pk, 2));
  TRY(pack_cstr(pk, "text"));
  TRY(pack_span(pk, a, e->evidence));
  TRY(pack_cstr(pk, "offset"));
  TRY(msgpack_pack_uint32(pk, e->evidence.off));

  if (x) {
    if (x->seq != 0) {
      TRY(pack_cstr(pk, "seq"));
      TRY(msgpack_pack_uint64(pk, x->seq));
    }
    if (x->first_seen >= 0) {
      TRY(pack_cstr(pk, "first_seen"));
      TRY(x->first_seen ? msgpack_pack_true(pk) : msgpack_pack_false(pk));
    }
    if (x->mentions != 0) {
      TRY(pack_cstr(pk, "mentions"));
      TRY(msgpack_pack_uint32(pk, x->mentions));
    }
  }
  return 0;
}

int ds_encode_event(const ds_event *e, const ds_article *a, const ds_encode_extra *x,
                    void *buf, size_t cap, size_t *len) {
  if (!e || !a || !len || (!buf && cap))
    return DS_EINVAL;
  int rc = check_event(e, a);
  if (rc)
    return rc;
  sink s = {buf, cap, 0, 0};
  msgpack_packer pk;
  msgpack_packer_init(&pk, &s, sink_write);
  rc = encode(&pk, e, a, x);
  if (rc || s.overflow)
    return DS_ENOBUFS;
  *len = s.len;
  return 0;
}
