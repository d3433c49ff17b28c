/* Message ring: see mring.h. Layout: [len u32 LE][tag u32 LE][bytes], back to back,
 * wrapping around the buffer's end byte by byte (a message is never padded, so the ring
 * holds exactly cap bytes of messages and headers). */
#include <string.h>

#include "dealstream/error.h"
#include "dealstream/mring.h"

void ds_mring_init(ds_mring *r, void *buf, size_t cap) {
  r->buf = buf;
  r->cap = buf ? cap : 0;
  ds_mring_clear(r);
}

void ds_mring_clear(ds_mring *r) {
  r->head = 0;
  r->used = 0;
  r->count = 0;
}

/* Copy n bytes into the ring at position pos, wrapping. */
static void put(ds_mring *r, size_t pos, const void *src, size_t n) {
  if (!n) return;
  pos %= r->cap;
  size_t first = r->cap - pos < n ? r->cap - pos : n;
  memcpy(r->buf + pos, src, first);
  if (n > first) memcpy(r->buf, (const unsigned char *)src + first, n - first);
}

static void get(const ds_mring *r, size_t pos, void *dst, size_t n) {
  if (!n) return;
  pos %= r->cap;
  size_t first = r->cap - pos < n ? r->cap - pos : n;
  memcpy(dst, r->buf + pos, first);
  if (n > first) memcpy((unsigned char *)dst + first, r->buf, n - first);
}

static void u32le(unsigned char *p, uint32_t v) {
  p[0] = (unsigned char)v;
  p[1] = (unsigned char)(v >> 8);
  p[2] = (unsigned char)(v >> 16);
  p[3] = (unsigned char)(v >> 24);
}

static uint32_t rd32le(const unsigned char *p) {
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

int ds_mring_push(ds_mring *r, uint32_t tag, const void *a, size_t na, const void *b,
                  size_t nb) {
  size_t len = na + nb;
  if (len > UINT32_MAX || !ds_mring_fits(r, len)) return DS_ENOBUFS;
  unsigned char hdr[DS_MRING_HDR];
  u32le(hdr, (uint32_t)len);
  u32le(hdr + 4, tag);
  size_t tail = r->head + r->used;
  put(r, tail, hdr, sizeof hdr);
  put(r, tail + DS_MRING_HDR, a, na);
  put(r, tail + DS_MRING_HDR + na, b, nb);
  r->used += ds_mring_cost(len);
  r->count++;
  return 0;
}

int ds_mring_front(const ds_mring *r, size_t *len, uint32_t *tag) {
  unsigned char hdr[DS_MRING_HDR];
  if (!r->count) return 1;
  get(r, r->head, hdr, sizeof hdr);
  if (len) *len = rd32le(hdr);
  if (tag) *tag = rd32le(hdr + 4);
  return 0;
}

void ds_mring_peek(const ds_mring *r, size_t from, void *out, size_t n) {
  get(r, r->head + DS_MRING_HDR + from, out, n);
}

void ds_mring_pop(ds_mring *r) {
  size_t len;
  if (ds_mring_front(r, &len, NULL)) return;
  r->head = (r->head + ds_mring_cost(len)) % r->cap;
  r->used -= ds_mring_cost(len);
  r->count--;
  if (!r->count) r->head = 0; /* keeps later messages contiguous as long as possible */
}

size_t ds_mring_tail_pos(const ds_mring *r, size_t len) {
  return (r->head + r->used - ds_mring_cost(len)) % r->cap;
}

void ds_mring_read_at(const ds_mring *r, size_t pos, size_t from, void *out, size_t n) {
  get(r, pos + DS_MRING_HDR + from, out, n);
}

size_t ds_mring_len_at(const ds_mring *r, size_t pos) {
  unsigned char hdr[4];
  get(r, pos, hdr, sizeof hdr);
  return rd32le(hdr);
}
