/* A msgpack writer into a fixed buffer: msgpack-c's packer over a sink that appends to
 * the caller's bytes (msgpack_sbuffer would realloc). Pack with msgpack_pack_*(&w.pk,
 * ...) or the helpers; a write that does not fit sets the sticky overflow flag, and
 * ds_mpw_done() then reports DS_ENOBUFS rather than a cut map. */
#ifndef DEALSTREAM_MPWRITE_H
#define DEALSTREAM_MPWRITE_H

#include <stddef.h>
#include <stdint.h>

#include <msgpack/pack.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ds_mpw {
  msgpack_packer pk;
  unsigned char *buf;
  size_t cap, len;
  int overflow;
} ds_mpw;

void ds_mpw_init(ds_mpw *w, void *buf, size_t cap);
/* A string from a C string / from bytes. */
void ds_mpw_cstr(ds_mpw *w, const char *s);
void ds_mpw_bytes(ds_mpw *w, const char *s, size_t n);
/* A key and its value, for maps. */
void ds_mpw_kv_str(ds_mpw *w, const char *key, const char *val);
void ds_mpw_kv_u64(ds_mpw *w, const char *key, uint64_t val);
void ds_mpw_kv_bool(ds_mpw *w, const char *key, int val);
/* Bytes written (>= 0), or DS_ENOBUFS when something did not fit. */
int64_t ds_mpw_done(const ds_mpw *w);

#ifdef __cplusplus
}
#endif
#endif
