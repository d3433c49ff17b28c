/* Error codes: one X-macro list generates the enum, ds_strerror() and ds_err_name()
 * (libuv's UV_ERRNO_MAP). Functions return a count (>= 0) or one of these (< 0). */
#ifndef DEALSTREAM_ERROR_H
#define DEALSTREAM_ERROR_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define DS_ERRNO_MAP(XX)                                                        \
  XX(EINVAL, -1, "invalid argument")                                            \
  XX(ENOBUFS, -2, "output buffer full")                                         \
  XX(EDATA, -3, "corrupt compressed data")                                      \
  XX(ETRUNC, -4, "truncated compressed stream")                                 \
  XX(EBOMB, -5, "decompression limit exceeded")                                 \
  XX(ENOMEM, -6, "arena too small")                                             \
  XX(EJSON, -7, "malformed JSON line")                                          \
  XX(ETOOBIG, -8, "article larger than the article buffer")                     \
  XX(ESTATE, -9, "stream already failed; reset it")                             \
  XX(EFORMAT, -10, "unknown input format")                                      \
  XX(EIO, -11, "input/output error")                                            \
  XX(EMSGPACK, -12, "malformed msgpack")

typedef enum {
#define DS__ERR_ENUM(name, val, msg) DS_##name = (val),
  DS_ERRNO_MAP(DS__ERR_ENUM)
#undef DS__ERR_ENUM
  DS_OK = 0
} ds_errno;

/* Human text for an error code; "unknown error" for anything else. Static storage. */
const char *ds_strerror(int err);
/* The code's name ("EDATA"); "UNKNOWN" for anything else. Static storage. */
const char *ds_err_name(int err);

/* Where an error happened. offset is a byte offset into the stream the module reads
 * (compressed bytes for the decoder, decoded bytes for the framer); line is 1-based,
 * 0 when it does not apply. */
typedef struct ds_error {
  int code;
  uint64_t offset;
  uint64_t line;
} ds_error;

#ifdef __cplusplus
}
#endif
#endif
