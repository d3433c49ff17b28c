/* The stages ds_bench times, each over the same compressed bytes, each one more of the
 * pipeline than the one before:
 *   INFLATE  zlib's inflate alone, its own loop into a fixed buffer (the baseline);
 *   FRAME    the decoder (ds_decode, zlib in its arena) and the framer (ds_frame_push);
 *   EXTRACT  + the extractor (ds_extract) on every article;
 *   ENCODE   + the encoder: the whole ds_pipe, as `dealstream extract` runs it.
 * FRAME and EXTRACT run the module APIs in the loop pipeline.c runs (the same 64 KiB
 * decode chunk), so the differences between stages are the work each adds.
 * EXTRACT_ALONE runs only the extractor over articles framed beforehand and held in
 * memory (ds_bench_store).
 *
 * Bytes are pushed in pieces (begin, push..., end) so a stage can run from memory
 * (timed) or from a file (the peak-RSS runs, in a process of their own). */
#ifndef DS_BENCH_STAGES_H
#define DS_BENCH_STAGES_H

#include <stddef.h>
#include <stdint.h>
#include <zlib.h>

#include "dealstream/pipeline.h"

typedef enum ds_bench_stage {
  DS_BENCH_INFLATE = 0,
  DS_BENCH_FRAME,
  DS_BENCH_EXTRACT,
  DS_BENCH_ENCODE,
  DS_BENCH_EXTRACT_ALONE,
  DS_BENCH_NSTAGES
} ds_bench_stage;

const char *ds_bench_stage_name(ds_bench_stage s);  /* "inflate", "frame", ... */
const char *ds_bench_stage_label(ds_bench_stage s); /* for people */
int ds_bench_stage_parse(const char *name);         /* -1 when unknown */

typedef struct ds_bench_counts {
  uint64_t bytes_in, bytes_out, articles, events, errors;
} ds_bench_counts;

/* Articles held in memory for EXTRACT_ALONE: each one's bytes copied out of the
 * framer's buffer, with its spans. */
typedef struct ds_bench_store {
  char *bytes;
  size_t len, cap;
  ds_article *arts;
  size_t *offs; /* where each article's bytes begin in bytes (bytes may move while filled) */
  size_t n, ncap;
} ds_bench_store;

typedef struct ds_bench_ctx {
  z_stream z;
  int z_ended; /* the last gzip member ended: the next bytes start another */
  ds_decoder *dec;
  ds_framer fr;
  char *art;
  ds_extractor *x;
  void *xmem;
  ds_pipe *pipe;
  ds_bench_store *keep; /* FRAME copies every article here when set */
  uint64_t sink;        /* bytes the encoder produced: consumed, so never optimized away */
  ds_event ev[DS_MAX_EVENTS];
  unsigned char chunk[DS_PIPE_CHUNK];
} ds_bench_ctx;

/* Everything is allocated here, once (zlib's own state for INFLATE too). Returns 0 or
 * -1. The context is large: allocate it, do not place it on the stack. */
int ds_bench_ctx_init(ds_bench_ctx *c);
void ds_bench_ctx_free(ds_bench_ctx *c);

/* One pass of stage s (not EXTRACT_ALONE): begin, push the bytes in any pieces, end.
 * The counts accumulate into *n. Return 0, or a negative error for a stream that does
 * not decode. */
int ds_bench_begin(ds_bench_ctx *c, ds_bench_stage s);
int ds_bench_push(ds_bench_ctx *c, ds_bench_stage s, const unsigned char *data, size_t len,
                  ds_bench_counts *n);
int ds_bench_end(ds_bench_ctx *c, ds_bench_stage s, ds_bench_counts *n);

/* A whole pass of stage s over data[0..len) in pieces of `piece` bytes (what a reader
 * of 256 KiB would push). EXTRACT_ALONE runs over the store instead. */
int ds_bench_pass(ds_bench_ctx *c, ds_bench_stage s, const unsigned char *data, size_t len,
                  size_t piece, const ds_bench_store *st, ds_bench_counts *n);

/* Make the store's article pointers valid once filling is over. */
void ds_bench_store_seal(ds_bench_store *st);
void ds_bench_store_free(ds_bench_store *st);

#endif
