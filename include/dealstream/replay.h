/* Replay ring: the last events published, by sequence number, so a subscriber can ask
 * for events from a seq on (`from_seq`). Bounded twice: at most cap_events events and
 * cap_bytes bytes (the caller places both arrays); the oldest go first. Sequence numbers
 * held are always contiguous: [first_seq, first_seq + count). No allocation. */
#ifndef DEALSTREAM_REPLAY_H
#define DEALSTREAM_REPLAY_H

#include <stddef.h>
#include <stdint.h>

#include "mring.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ds_replay {
  ds_mring bytes;
  size_t *pos;       /* per held event: its position in bytes; a ring of cap_events */
  size_t cap_events;
  size_t first_idx;  /* index in pos of the oldest */
  size_t count;
  uint64_t first_seq; /* seq of the oldest held (or of the next to come when empty) */
} ds_replay;

/* Bytes of index needed for cap_events events (the pos array). */
static inline size_t ds_replay_index_bytes(size_t cap_events) {
  return cap_events * sizeof(size_t);
}

/* Prepare r: index is ds_replay_index_bytes(cap_events) bytes aligned for size_t, buf
 * cap_bytes bytes. cap_events 0 keeps nothing (every request is a gap). */
void ds_replay_init(ds_replay *r, size_t *index, size_t cap_events, void *buf,
                    size_t cap_bytes);

/* Add event seq (its msgpack bytes). A seq that does not follow the newest held one,
 * or an event larger than the whole ring, restarts the ring (the older ones are gone:
 * requests for them get a gap). Never fails. */
void ds_replay_add(ds_replay *r, uint64_t seq, const void *mp, size_t len);

/* Look up seq: returns 0 and sets *len when held; DS_REPLAY_GONE when seq is older than
 * the oldest held (first_seq tells where the ring starts); DS_REPLAY_LATER when it was
 * not published yet. */
enum { DS_REPLAY_GONE = 1, DS_REPLAY_LATER = 2 };
int ds_replay_get(const ds_replay *r, uint64_t seq, size_t *len);

/* Copy bytes [from, from+n) of held event seq (after a successful ds_replay_get). */
void ds_replay_copy(const ds_replay *r, uint64_t seq, size_t from, void *out, size_t n);

static inline uint64_t ds_replay_next_seq(const ds_replay *r) {
  return r->first_seq + r->count;
}

#ifdef __cplusplus
}
#endif
#endif
