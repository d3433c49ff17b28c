/* msgpack -> JSON, by walking the msgpack bytes.
 *
 * msgpack-c's unpacker builds msgpack_object trees in a zone it mallocs; the core never
 * allocates, so this reads the wire format itself. Two passes over the first object:
 * scan() checks it is complete and well-formed (and measures it, which is all
 * ds_msgpack_next() needs), then render() prints it. Validating first means a
 * malformed object is always DS_EMSGPACK, whatever the size of the output buffer, and
 * render() never has to undo half-written output. */
#include <limits.h>
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dealstream/error.h"
#include "dealstream/json.h"

#define NEED_MORE 1 /* scan()/head(): the input ends inside the object */

/* ---- reading the wire format ---- */

enum { K_NIL, K_TRUE, K_FALSE, K_UINT, K_INT, K_F32, K_F64, K_STR, K_BIN, K_ARR, K_MAP, K_EXT };

typedef struct item {
  int kind;
  uint64_t u;                /* K_UINT */
  int64_t i;                 /* K_INT */
  float f;                   /* K_F32 */
  double d;                  /* K_F64 */
  uint64_t n;                /* bytes of a str/bin/ext body; elements of an array/map */
  const unsigned char *body; /* str/bin */
} item;

typedef struct rd {
  const unsigned char *p;
  size_t len, pos;
} rd;

/* Read an n-byte big-endian unsigned (n <= 8). */
static int take(rd *r, size_t n, uint64_t *v) {
  if (r->len - r->pos < n)
    return NEED_MORE;
  uint64_t x = 0;
  for (size_t k = 0; k < n; k++)
    x = x << 8 | r->p[r->pos + k];
  r->pos += n;
  *v = x;
  return 0;
}

/* Skip a body of n bytes (str/bin/ext payload), remembering where it starts. */
static int body(rd *r, uint64_t n, item *it) {
  if ((uint64_t)(r->len - r->pos) < n)
    return NEED_MORE;
  it->body = r->p + r->pos;
  it->n = n;
  r->pos += (size_t)n;
  return 0;
}

/* Decode one value's header (and the body of a scalar) at r->pos. Containers leave
 * r->pos at their first element. Returns 0, NEED_MORE, or DS_EMSGPACK. */
static int head(rd *r, item *it) {
  uint64_t v;
  int rc;
  if (r->pos >= r->len)
    return NEED_MORE;
  unsigned c = r->p[r->pos++];
  memset(it, 0, sizeof *it);
  if (c <= 0x7f) {
    it->kind = K_UINT;
    it->u = c;
    return 0;
  }
  if (c >= 0xe0) {
    it->kind = K_INT;
    it->i = (int64_t)c - 256;
    return 0;
  }
  if (c <= 0x8f || (c >= 0x90 && c <= 0x9f)) {
    it->kind = c <= 0x8f ? K_MAP : K_ARR;
    it->n = c & 0x0f;
    return 0;
  }
  if (c <= 0xbf) {
    it->kind = K_STR;
    return body(r, c & 0x1f, it);
  }
  switch (c) {
  case 0xc0:
    it->kind = K_NIL;
    return 0;
  case 0xc1: /* "never used" in the spec: no object starts with it */
    return DS_EMSGPACK;
  case 0xc2:
    it->kind = K_FALSE;
    return 0;
  case 0xc3:
    it->kind = K_TRUE;
    return 0;
  case 0xc4:
  case 0xc5:
  case 0xc6:
    it->kind = K_BIN;
    if ((rc = take(r, (size_t)1 << (c - 0xc4), &v)))
      return rc;
    return body(r, v, it);
  case 0xc7:
  case 0xc8:
  case 0xc9:
    it->kind = K_EXT;
    if ((rc = take(r, (size_t)1 << (c - 0xc7), &v)))
      return rc;
    return body(r, v + 1, it); /* the type byte, then the data */
  case 0xca: {
    uint32_t b;
    if ((rc = take(r, 4, &v)))
      return rc;
    b = (uint32_t)v;
    it->kind = K_F32;
    memcpy(&it->f, &b, sizeof b);
    return 0;
  }
  case 0xcb:
    if ((rc = take(r, 8, &v)))
      return rc;
    it->kind = K_F64;
    memcpy(&it->d, &v, sizeof v);
    return 0;
  case 0xcc:
  case 0xcd:
  case 0xce:
  case 0xcf:
    it->kind = K_UINT;
    return take(r, (size_t)1 << (c - 0xcc), &it->u);
  case 0xd0:
  case 0xd1:
  case 0xd2:
  case 0xd3: {
    size_t n = (size_t)1 << (c - 0xd0);
    if ((rc = take(r, n, &v)))
      return rc;
    /* Sign-extend without relying on implementation-defined conversions. */
    it->kind = K_INT;
    if (n < 8 && (v >> (8 * n - 1)) & 1)
      it->i = (int64_t)v - (int64_t)((uint64_t)1 << (8 * n));
    else if (n == 8 && v > INT64_MAX)
      it->i = -(int64_t)(~v) - 1;
    else
      it->i = (int64_t)v;
    return 0;
  }
  case 0xd4:
  case 0xd5:
  case 0xd6:
  case 0xd7:
  case 0xd8:
    it->kind = K_EXT;
    return body(r, ((uint64_t)1 << (c - 0xd4)) + 1, it);
  case 0xd9:
  case 0xda:
  case 0xdb:
    it->kind = K_STR;
    if ((rc = take(r, (size_t)1 << (c - 0xd9), &v)))
      return rc;
    return body(r, v, it);
  case 0xdc:
  case 0xdd:
    it->kind = K_ARR;
    return take(r, c == 0xdc ? 2 : 4, &it->n);
  default: /* 0xde, 0xdf */
    it->kind = K_MAP;
    return take(r, c == 0xde ? 2 : 4, &it->n);
  }
}

/* Walk one object. depth is the number of containers around it. Each element takes at
 * least one byte, so even a map32 claiming 4G pairs costs at most len steps. */
static int scan(rd *r, int depth) {
  item it;
  int rc = head(r, &it);
  if (rc)
    return rc;
  if (it.kind != K_ARR && it.kind != K_MAP)
    return 0;
  if (depth >= DS_MSGPACK_MAX_DEPTH)
    return DS_EMSGPACK;
  uint64_t m = it.kind == K_MAP ? 2 * it.n : it.n;
  for (uint64_t k = 0; k < m; k++)
    if ((rc = scan(r, depth + 1)))
      return rc;
  return 0;
}

int ds_msgpack_next(const void *mp, size_t len, size_t *obj_len) {
  if (!obj_len || (!mp && len))
    return DS_EINVAL;
  rd r = {mp, len, 0};
  int rc = scan(&r, 0);
  if (rc == 0)
    *obj_len = r.pos;
  return rc;
}

/* ---- writing JSON ---- */

typedef struct wr {
  char *out;
  size_t cap; /* room for the text and its NUL */
  size_t len;
  int full;
  unsigned esc; /* how many string quotings wrap the current output (non-string keys) */
} wr;

/* Emit one byte through lvl levels of string quoting. Everything render() emits is
 * printable ASCII or valid UTF-8 (controls are already escapes), so quoting it again
 * only has to escape '"' and '\\'. */
static void put_lvl(wr *w, char c, unsigned lvl) {
  if (w->full)
    return;
  if (lvl == 0) {
    if (w->cap - w->len < 2) { /* keep one byte for the NUL */
      w->full = 1;
      return;
    }
    w->out[w->len++] = c;
    return;
  }
  if (c == '"' || c == '\\')
    put_lvl(w, '\\', lvl - 1);
  put_lvl(w, c, lvl - 1);
}

static void put(wr *w, char c) { put_lvl(w, c, w->esc); }

static void puts_(wr *w, const char *s) {
  while (*s && !w->full)
    put(w, *s++);
}

static const char hexd[] = "0123456789abcdef";

static void put_string(wr *w, const unsigned char *s, size_t n) {
  put(w, '"');
  size_t i = 0;
  while (i < n && !w->full) {
    unsigned c = s[i];
    if (c < 0x80) {
      switch (c) {
      case '"': puts_(w, "\\\""); break;
      case '\\': puts_(w, "\\\\"); break;
      case '\n': puts_(w, "\\n"); break;
      case '\r': puts_(w, "\\r"); break;
      case '\t': puts_(w, "\\t"); break;
      case '\b': puts_(w, "\\b"); break;
      case '\f': puts_(w, "\\f"); break;
      default:
        if (c < 0x20) {
          puts_(w, "\\u00");
          put(w, hexd[c >> 4]);
          put(w, hexd[c & 0xf]);
        } else {
          put(w, (char)c);
        }
      }
      i++;
      continue;
    }
    /* UTF-8 (RFC 3629): the second byte's range depends on the lead, which excludes
     * overlongs, surrogates and code points past U+10FFFF. An ill-formed sequence's
     * maximal subpart becomes one U+FFFD (Unicode's recommended practice). */
    size_t need;
    unsigned lo = 0x80, hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c == 0xe0)
        lo = 0xa0;
      else if (c == 0xed)
        hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c == 0xf0)
        lo = 0x90;
      else if (c == 0xf4)
        hi = 0x8f;
    } else {
      puts_(w, "\xef\xbf\xbd");
      i++;
      continue;
    }
    size_t k = 1;
    while (k <= need && i + k < n && s[i + k] >= lo && s[i + k] <= hi) {
      lo = 0x80;
      hi = 0xbf;
      k++;
    }
    if (k == need + 1) {
      for (size_t j = 0; j < k; j++)
        put(w, (char)s[i + j]);
    } else {
      puts_(w, "\xef\xbf\xbd");
    }
    i += k;
  }
  put(w, '"');
}

static void put_u64(wr *w, uint64_t v, int neg) {
  char b[24];
  size_t k = sizeof b;
  b[--k] = '\0';
  do {
    b[--k] = (char)('0' + v % 10);
    v /= 10;
  } while (v);
  if (neg)
    b[--k] = '-';
  puts_(w, b + k);
}

static void put_i64(wr *w, int64_t v) {
  /* Negate in unsigned arithmetic: -INT64_MIN overflows int64_t. */
  if (v < 0)
    put_u64(w, 0 - (uint64_t)v, 1);
  else
    put_u64(w, (uint64_t)v, 0);
}

/* A decimal-point locale other than "C" would print ','; JSON wants '.'. */
static void put_number_text(wr *w, char *b) {
  for (char *q = b; *q; q++)
    if (*q == ',')
      *q = '.';
  puts_(w, b);
}

/* Integral values below 1e15 print as integers (exact in a double, and what a reader
 * expects for 1200000000); others take the fewest of 15..17 significant digits that
 * read back as the same double. */
static void put_double(wr *w, double d) {
  if (isnan(d) || isinf(d)) {
    puts_(w, "null");
    return;
  }
  if (d > -1e15 && d < 1e15) {
    long long i = (long long)d;
    if ((double)i == d) {
      put_i64(w, i);
      return;
    }
  }
  char b[40];
  for (int prec = 15; prec <= 17; prec++) {
    snprintf(b, sizeof b, "%.*g", prec, d);
    if (prec == 17 || strtod(b, NULL) == d)
      break;
  }
  put_number_text(w, b);
}

/* A float32 printed as the double it widens to would show its binary noise
 * (0.1f -> 0.10000000149011612); the fewest of 6..9 digits that read back as the same
 * float is what the writer meant. */
static void put_float(wr *w, float f) {
  double d = f;
  if (isnan(d) || isinf(d) || (d > -1e15 && d < 1e15 && (double)(long long)d == d)) {
    put_double(w, d);
    return;
  }
  char b[40];
  for (int prec = 6; prec <= 9; prec++) {
    snprintf(b, sizeof b, "%.*g", prec, d);
    if (prec == 9 || strtof(b, NULL) == f)
      break;
  }
  put_number_text(w, b);
}

/* Print one (already validated) object. Returns 0 or DS_EMSGPACK. */
static int render(rd *r, wr *w, int depth) {
  item it;
  if (head(r, &it))
    return DS_EMSGPACK; /* scan() passed, so this is unreachable; stay safe anyway */
  switch (it.kind) {
  case K_NIL:
  case K_EXT: /* no JSON counterpart (timestamps included); the map key still shows */
    puts_(w, "null");
    return 0;
  case K_TRUE:
    puts_(w, "true");
    return 0;
  case K_FALSE:
    puts_(w, "false");
    return 0;
  case K_UINT:
    put_u64(w, it.u, 0);
    return 0;
  case K_INT:
    put_i64(w, it.i);
    return 0;
  case K_F32:
    put_float(w, it.f);
    return 0;
  case K_F64:
    put_double(w, it.d);
    return 0;
  case K_STR:
    put_string(w, it.body, (size_t)it.n);
    return 0;
  case K_BIN:
    put(w, '"');
    for (uint64_t k = 0; k < it.n && !w->full; k++) {
      put(w, hexd[it.body[k] >> 4]);
      put(w, hexd[it.body[k] & 0xf]);
    }
    put(w, '"');
    return 0;
  default:
    break;
  }
  if (depth >= DS_MSGPACK_MAX_DEPTH)
    return DS_EMSGPACK;
  int rc;
  if (it.kind == K_ARR) {
    put(w, '[');
    for (uint64_t k = 0; k < it.n && !w->full; k++) {
      if (k)
        put(w, ',');
      if ((rc = render(r, w, depth + 1)))
        return rc;
    }
    put(w, ']');
    return 0;
  }
  put(w, '{');
  for (uint64_t k = 0; k < it.n && !w->full; k++) {
    if (k)
      put(w, ',');
    /* JSON keys are strings: a string key is used as is; any other key is rendered as
     * JSON and that text quoted, one level of quoting per nested non-string key. */
    size_t at = r->pos;
    if (at < r->len && ((r->p[at] >= 0xa0 && r->p[at] <= 0xbf) || r->p[at] == 0xd9 ||
                        r->p[at] == 0xda || r->p[at] == 0xdb)) {
      if ((rc = render(r, w, depth + 1)))
        return rc;
    } else {
      put(w, '"');
      w->esc++;
      rc = render(r, w, depth + 1);
      w->esc--;
      if (rc)
        return rc;
      put(w, '"');
    }
    put(w, ':');
    if ((rc = render(r, w, depth + 1)))
      return rc;
  }
  put(w, '}');
  return 0;
}

int ds_msgpack_to_json(const void *mp, size_t mp_len, char *out, size_t cap) {
  if ((!mp && mp_len) || (!out && cap))
    return DS_EINVAL;
  rd r = {mp, mp_len, 0};
  int rc = scan(&r, 0);
  if (rc)
    return DS_EMSGPACK; /* need-more included: here the input is all there is */
  if (cap == 0)
    return DS_ENOBUFS;
  /* The length is returned as an int: never produce more than INT_MAX bytes. */
  wr w = {out, cap > (size_t)INT_MAX ? (size_t)INT_MAX + 1 : cap, 0, 0, 0};
  rd r2 = {mp, r.pos, 0};
  rc = render(&r2, &w, 0);
  out[w.len] = '\0';
  if (rc)
    return rc;
  if (w.full)
    return DS_ENOBUFS;
  return (int)w.len;
}
