/* Decoder: push compressed bytes in any chunking, get decompressed bytes out.
 *
 * Detects gzip (several members concatenated, as `cat a.gz b.gz` makes), zlib and
 * uncompressed input from the first bytes; raw deflate only on request. zlib's state
 * and window live in the context's own arena: no allocation, ever. The context is a
 * plain struct the caller places anywhere; it must not move after ds_decode_init()
 * (zlib keeps pointers into it).
 *
 * Errors are sticky: once ds_decode() has returned an error, every later call returns
 * DS_ESTATE until ds_decode_init() again; d->err says what and at which compressed
 * byte offset. Bytes produced before the error were returned and stay valid.
 */
#ifndef DEALSTREAM_DECODE_H
#define DEALSTREAM_DECODE_H

#include <stddef.h>
#include <stdint.h>
#include <zlib.h>

#include "config.h"
#include "error.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum ds_codec {
  DS_CODEC_AUTO = 0, /* detect gzip / zlib / none from the first bytes */
  DS_CODEC_GZIP,
  DS_CODEC_ZLIB,
  DS_CODEC_DEFLATE, /* raw deflate: never detected, only on request */
  DS_CODEC_NONE     /* pass-through */
} ds_codec;

typedef struct ds_decode_opts {
  ds_codec codec;      /* default DS_CODEC_AUTO */
  uint64_t max_output; /* cap on decoded bytes per stream; 0: none. Default DS_DECODE_MAX_OUTPUT */
  uint32_t max_ratio;  /* cap on decoded/compressed; 0: none. Default DS_DECODE_MAX_RATIO */
  /* Both caps guard decompression only: plain (pass-through) input is never capped. */
} ds_decode_opts;

/* Fill *o with the defaults above. */
void ds_decode_opts_default(ds_decode_opts *o);

typedef struct ds_decoder {
  /* read-only for the caller */
  ds_codec codec;      /* what was detected (AUTO until enough bytes were seen) */
  uint64_t total_in;   /* compressed bytes consumed */
  uint64_t total_out;  /* decoded bytes produced */
  uint32_t members;    /* gzip members (or zlib streams) finished */
  ds_error err;        /* sticky error; err.code == 0 while healthy */
  /* private */
  ds_decode_opts opts;
  int state;
  int zinit;
  int held; /* the caller's next byte was already consumed (see decode.c) */
  unsigned char head[2];
  unsigned nhead;
  z_stream zs;
  size_t arena_used;
  union {
    unsigned char bytes[DS_DECODE_ARENA_SIZE];
    max_align_t align;
  } arena;
} ds_decoder;

/* Bytes of memory one decoder needs (the whole context). */
size_t ds_decode_memory(void);

/* Prepare d for a new stream. opts may be NULL for the defaults. Returns 0 or DS_EINVAL. */
int ds_decode_init(ds_decoder *d, const ds_decode_opts *opts);

/* Decode: consume up to in_len bytes of in, write up to out_cap decoded bytes to out.
 * *in_used and *out_len tell how much was consumed and produced. Call again with the
 * rest of the input when *in_used < in_len (the output buffer filled). When all input
 * was used, everything it decodes to has been delivered, so this loop is complete and
 * ends (out_cap > 0):
 *   while (in_len) { ds_decode(d, in, in_len, &used, out, cap, &got); (use got bytes);
 *                    in += used; in_len -= used; }   (stop on an error)
 * Returns 0 (need more input or more output room: both are normal), or an error:
 * DS_EDATA (corrupt; also bytes after a member that do not start a new one),
 * DS_EBOMB (a cap was passed), DS_ENOMEM (arena too small), DS_ESTATE (failed before).
 * On error, *out_len bytes were still produced and are good. */
int ds_decode(ds_decoder *d, const void *in, size_t in_len, size_t *in_used, void *out,
              size_t out_cap, size_t *out_len);

/* End of input. Returns 0 when the stream ended cleanly (at the end of a gzip member or
 * zlib stream, or any plain input), DS_ETRUNC (with the offset) when it stopped inside
 * one, or the sticky error. An explicit codec with no input at all is DS_ETRUNC; so is,
 * in AUTO, a 1-byte input that could open a zlib stream (0x08..0x78 with low nibble 8):
 * it cannot be told from a truncated header and there is no buffer left to return it. */
int ds_decode_finish(ds_decoder *d);

const char *ds_codec_name(ds_codec c);

#ifdef __cplusplus
}
#endif
#endif
