/* A msgpack cursor reader: see mpread.h. Values are read at r->pos; on any failure the
 * position is restored so the caller can try another type or skip the value. */
#include <string.h>

#include "dealstream/error.h"
#include "dealstream/json.h"
#include "dealstream/mpread.h"

void ds_mpr_init(ds_mpr *r, const void *p, size_t len) {
  r->p = p;
  r->len = p ? len : 0;
  r->pos = 0;
}

static int avail(const ds_mpr *r, size_t n) { return r->len - r->pos >= n; }

static uint64_t be(const unsigned char *p, size_t n) {
  uint64_t x = 0;
  for (size_t i = 0; i < n; i++) x = x << 8 | p[i];
  return x;
}

ds_mp_kind ds_mpr_peek(const ds_mpr *r) {
  if (r->pos >= r->len) return DS_MP_NONE;
  unsigned c = r->p[r->pos];
  if (c <= 0x7f || c >= 0xe0) return DS_MP_INT;
  if (c <= 0x8f) return DS_MP_MAP;
  if (c <= 0x9f) return DS_MP_ARRAY;
  if (c <= 0xbf) return DS_MP_STR;
  switch (c) {
  case 0xc0: return DS_MP_NIL;
  case 0xc2: case 0xc3: return DS_MP_BOOL;
  case 0xc4: case 0xc5: case 0xc6: return DS_MP_BIN;
  case 0xc7: case 0xc8: case 0xc9: case 0xd4: case 0xd5: case 0xd6: case 0xd7: case 0xd8:
    return DS_MP_EXT;
  case 0xca: case 0xcb: return DS_MP_FLOAT;
  case 0xd9: case 0xda: case 0xdb: return DS_MP_STR;
  case 0xdc: case 0xdd: return DS_MP_ARRAY;
  case 0xde: case 0xdf: return DS_MP_MAP;
  case 0xc1: return DS_MP_NONE;
  default: return DS_MP_INT; /* 0xcc..0xd3 */
  }
}

static int container(ds_mpr *r, uint32_t *n, unsigned fix, unsigned c16) {
  if (!avail(r, 1)) return DS_EMSGPACK;
  unsigned c = r->p[r->pos];
  if ((c & 0xf0) == fix) {
    *n = c & 0x0f;
    r->pos++;
    return 0;
  }
  size_t w = c == c16 ? 2 : c == c16 + 1 ? 4 : 0;
  if (!w || !avail(r, 1 + w)) return DS_EMSGPACK;
  *n = (uint32_t)be(r->p + r->pos + 1, w);
  r->pos += 1 + w;
  return 0;
}

int ds_mpr_map(ds_mpr *r, uint32_t *n) { return container(r, n, 0x80, 0xde); }
int ds_mpr_array(ds_mpr *r, uint32_t *n) { return container(r, n, 0x90, 0xdc); }

int ds_mpr_str(ds_mpr *r, const char **s, size_t *n) {
  if (!avail(r, 1)) return DS_EMSGPACK;
  unsigned c = r->p[r->pos];
  size_t w, len;
  if (c >= 0xa0 && c <= 0xbf) {
    w = 0;
    len = c & 0x1f;
  } else if (c >= 0xd9 && c <= 0xdb) {
    w = (size_t)1 << (c - 0xd9);
    if (!avail(r, 1 + w)) return DS_EMSGPACK;
    len = (size_t)be(r->p + r->pos + 1, w);
  } else {
    return DS_EMSGPACK;
  }
  if (!avail(r, 1 + w) || (r->len - r->pos - 1 - w) < len) return DS_EMSGPACK;
  *s = (const char *)r->p + r->pos + 1 + w;
  *n = len;
  r->pos += 1 + w + len;
  return 0;
}

/* Any integer, as a sign flag and magnitude bits. */
static int integer(ds_mpr *r, int *neg, uint64_t *u, int64_t *i) {
  if (!avail(r, 1)) return DS_EMSGPACK;
  unsigned c = r->p[r->pos];
  *neg = 0;
  if (c <= 0x7f) {
    *u = c;
    r->pos++;
    return 0;
  }
  if (c >= 0xe0) {
    *neg = 1;
    *i = (int64_t)c - 256;
    r->pos++;
    return 0;
  }
  if (c >= 0xcc && c <= 0xcf) {
    size_t w = (size_t)1 << (c - 0xcc);
    if (!avail(r, 1 + w)) return DS_EMSGPACK;
    *u = be(r->p + r->pos + 1, w);
    r->pos += 1 + w;
    return 0;
  }
  if (c >= 0xd0 && c <= 0xd3) {
    size_t w = (size_t)1 << (c - 0xd0);
    if (!avail(r, 1 + w)) return DS_EMSGPACK;
    uint64_t v = be(r->p + r->pos + 1, w);
    int64_t x;
    if (w < 8 && (v >> (8 * w - 1)) & 1) x = (int64_t)v - (int64_t)((uint64_t)1 << (8 * w));
    else if (w == 8 && v > INT64_MAX) x = -(int64_t)(~v) - 1;
    else x = (int64_t)v;
    r->pos += 1 + w;
    if (x >= 0) *u = (uint64_t)x;
    else {
      *neg = 1;
      *i = x;
    }
    return 0;
  }
  return DS_EMSGPACK;
}

int ds_mpr_uint(ds_mpr *r, uint64_t *v) {
  size_t at = r->pos;
  int neg;
  uint64_t u = 0;
  int64_t i = 0;
  if (integer(r, &neg, &u, &i) < 0) return DS_EMSGPACK;
  if (neg) {
    r->pos = at;
    return DS_EMSGPACK;
  }
  *v = u;
  return 0;
}

int ds_mpr_number(ds_mpr *r, double *v) {
  if (!avail(r, 1)) return DS_EMSGPACK;
  unsigned c = r->p[r->pos];
  if (c == 0xca && avail(r, 5)) {
    uint32_t b = (uint32_t)be(r->p + r->pos + 1, 4);
    float f;
    memcpy(&f, &b, sizeof f);
    *v = f;
    r->pos += 5;
    return 0;
  }
  if (c == 0xcb && avail(r, 9)) {
    uint64_t b = be(r->p + r->pos + 1, 8);
    memcpy(v, &b, sizeof *v);
    r->pos += 9;
    return 0;
  }
  int neg;
  uint64_t u = 0;
  int64_t i = 0;
  if (integer(r, &neg, &u, &i) < 0) return DS_EMSGPACK;
  *v = neg ? (double)i : (double)u;
  return 0;
}

int ds_mpr_bool(ds_mpr *r, int *v) {
  if (!avail(r, 1) || (r->p[r->pos] != 0xc2 && r->p[r->pos] != 0xc3)) return DS_EMSGPACK;
  *v = r->p[r->pos++] == 0xc3;
  return 0;
}

int ds_mpr_nil(ds_mpr *r) {
  if (!avail(r, 1) || r->p[r->pos] != 0xc0) return DS_EMSGPACK;
  r->pos++;
  return 0;
}

int ds_mpr_skip(ds_mpr *r) {
  size_t n;
  if (r->pos >= r->len) return DS_EMSGPACK;
  if (ds_msgpack_next(r->p + r->pos, r->len - r->pos, &n) != 0) return DS_EMSGPACK;
  r->pos += n;
  return 0;
}

int ds_mpr_eq(const char *s, size_t n, const char *k) {
  size_t kl = strlen(k);
  return n == kl && memcmp(s, k, n) == 0;
}
