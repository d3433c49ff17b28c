/* A message ring: whole messages queued in a fixed byte buffer the caller places, oldest
 * first. It is the subscriber's output queue (bounded in bytes: when a message does not
 * fit, the caller drops the oldest or gives up, as its policy says) and the store under
 * the replay ring. A message wraps around the end of the buffer when it must; readers
 * copy it out. Each message costs its bytes plus an 8-byte header (length, tag).
 * No allocation. */
#ifndef DEALSTREAM_MRING_H
#define DEALSTREAM_MRING_H

#include <stddef.h>
#include <stdint.h>

#include "error.h"

#ifdef __cplusplus
extern "C" {
#endif

#define DS_MRING_HDR 8u

typedef struct ds_mring {
  unsigned char *buf;
  size_t cap;   /* bytes of buf */
  size_t head;  /* offset of the oldest message's header */
  size_t used;  /* bytes in use, headers included */
  size_t count; /* messages queued */
} ds_mring;

/* Prepare r over buf[0..cap). */
void ds_mring_init(ds_mring *r, void *buf, size_t cap);
void ds_mring_clear(ds_mring *r);

/* Bytes a message of len bytes takes in the ring. */
static inline size_t ds_mring_cost(size_t len) { return len + DS_MRING_HDR; }
/* Would a message of len bytes fit now? */
static inline int ds_mring_fits(const ds_mring *r, size_t len) {
  return ds_mring_cost(len) <= r->cap - r->used;
}

/* Append a message made of two parts (b may be NULL with nb 0), tagged with tag.
 * Returns 0, or DS_ENOBUFS when it does not fit (nothing is written). */
int ds_mring_push(ds_mring *r, uint32_t tag, const void *a, size_t na, const void *b,
                  size_t nb);

/* The oldest message's length and tag. Returns 0, or 1 when the ring is empty. */
int ds_mring_front(const ds_mring *r, size_t *len, uint32_t *tag);

/* Copy bytes [from, from+n) of the oldest message to out (n within its length). */
void ds_mring_peek(const ds_mring *r, size_t from, void *out, size_t n);

/* Remove the oldest message (no-op when empty). */
void ds_mring_pop(ds_mring *r);

/* Position of the newest message's header, for indexes kept beside the ring (the
 * replay ring): valid right after a successful push. Read a message at a position with
 * ds_mring_read_at(). */
size_t ds_mring_tail_pos(const ds_mring *r, size_t len);
void ds_mring_read_at(const ds_mring *r, size_t pos, size_t from, void *out, size_t n);
size_t ds_mring_len_at(const ds_mring *r, size_t pos);

#ifdef __cplusplus
}
#endif
#endif
