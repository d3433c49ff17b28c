/* msgpack into a fixed buffer: see mpwrite.h. */
#include <string.h>

#include "dealstream/error.h"
#include "dealstream/mpwrite.h"

static int sink(void *data, const char *p, size_t n) {
  ds_mpw *w = data;
  if (w->overflow || n > w->cap - w->len) {
    w->overflow = 1;
    return -1;
  }
  if (n) memcpy(w->buf + w->len, p, n);
  w->len += n;
  return 0;
}

void ds_mpw_init(ds_mpw *w, void *buf, size_t cap) {
  w->buf = buf;
  w->cap = buf ? cap : 0;
  w->len = 0;
  w->overflow = 0;
  msgpack_packer_init(&w->pk, w, sink);
}

void ds_mpw_bytes(ds_mpw *w, const char *s, size_t n) {
  msgpack_pack_str(&w->pk, n);
  msgpack_pack_str_body(&w->pk, s, n);
}

void ds_mpw_cstr(ds_mpw *w, const char *s) { ds_mpw_bytes(w, s, strlen(s)); }

void ds_mpw_kv_str(ds_mpw *w, const char *key, const char *val) {
  ds_mpw_cstr(w, key);
  ds_mpw_cstr(w, val);
}

void ds_mpw_kv_u64(ds_mpw *w, const char *key, uint64_t val) {
  ds_mpw_cstr(w, key);
  msgpack_pack_uint64(&w->pk, val);
}

void ds_mpw_kv_bool(ds_mpw *w, const char *key, int val) {
  ds_mpw_cstr(w, key);
  if (val) msgpack_pack_true(&w->pk);
  else msgpack_pack_false(&w->pk);
}

int64_t ds_mpw_done(const ds_mpw *w) { return w->overflow ? DS_ENOBUFS : (int64_t)w->len; }
