/* Pipeline: one article stream end to end, decoder -> framer -> extractor -> encoder,
 * push-style. The service runs one per connection and the command-line tool one per
 * input; both see the same results and the same errors.
 *
 * The caller places the context and the article buffer; the extractor (large, and
 * only used between pushes) may be shared by every pipeline on one thread. Nothing
 * here allocates. Callbacks run inside ds_pipe_push()/ds_pipe_finish(). */
#ifndef DEALSTREAM_PIPELINE_H
#define DEALSTREAM_PIPELINE_H

#include <stddef.h>
#include <stdint.h>

#include "article.h"
#include "config.h"
#include "decode.h"
#include "encode.h"
#include "error.h"
#include "event.h"
#include "extract.h"
#include "frame.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Decoded bytes handed to the framer per step. */
#ifndef DS_PIPE_CHUNK
#define DS_PIPE_CHUNK (64u * 1024u)
#endif

typedef struct ds_pipe_stats {
  uint64_t bytes_in;  /* compressed bytes pushed */
  uint64_t bytes_out; /* decoded bytes */
  uint64_t articles;  /* articles extracted */
  uint64_t events;    /* events encoded */
  uint64_t errors;    /* problems reported through on_error */
} ds_pipe_stats;

typedef struct ds_pipe_callbacks {
  /* An event: msgpack bytes (valid during the call), the decoded event and its article. */
  void (*on_event)(void *ud, const void *mp, size_t len, const ds_event *ev,
                   const ds_article *a);
  /* An article was fully processed (after its events). */
  void (*on_article)(void *ud, const ds_article *a, int nevents);
  /* A problem: err->code, offset (compressed bytes for decoder errors, decoded bytes
   * otherwise), line; id is the article id when known ("" otherwise). Framing
   * problems are not fatal; decoder problems end the stream (ds_pipe_push returns
   * the error from then on). */
  void (*on_error)(void *ud, const ds_error *err, int from_decoder, const char *id);
  void *ud;
} ds_pipe_callbacks;

typedef struct ds_pipe_opts {
  ds_decode_opts decode;
  ds_input_format format;
  ds_oversize oversize;
} ds_pipe_opts;

void ds_pipe_opts_default(ds_pipe_opts *o);

typedef struct ds_pipe {
  ds_decoder dec;
  ds_framer fr;
  ds_extractor *x;
  ds_pipe_callbacks cb;
  ds_pipe_stats stats;
  int failed; /* sticky: the decoder failed */
  ds_event ev[DS_MAX_EVENTS];
  unsigned char chunk[DS_PIPE_CHUNK];
  unsigned char mp[DS_EVENT_MAX];
} ds_pipe;

/* Prepare p. art_buf (art_cap bytes) holds one article at a time; x is an extractor
 * from ds_extract_init(). p must not move afterwards. Returns 0 or DS_EINVAL. */
int ds_pipe_init(ds_pipe *p, const ds_pipe_opts *opts, char *art_buf, size_t art_cap,
                 ds_extractor *x, const ds_pipe_callbacks *cb);

/* Push compressed (or plain) bytes. Returns 0, or the decoder's error once the
 * stream is corrupt (reported through on_error first; articles completed before it
 * were delivered). */
int ds_pipe_push(ds_pipe *p, const void *data, size_t len);

/* End of stream: flushes the last article, checks the stream ended cleanly. Returns 0
 * or an error (DS_ETRUNC for a stream cut short). */
int ds_pipe_finish(ds_pipe *p);

#ifdef __cplusplus
}
#endif
#endif
