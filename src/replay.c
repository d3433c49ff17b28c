/* Replay ring: see replay.h. The bytes live in a message ring; beside it a ring of
 * positions indexed by (seq - first_seq), so a lookup is O(1). */
#include "dealstream/replay.h"

void ds_replay_init(ds_replay *r, size_t *index, size_t cap_events, void *buf,
                    size_t cap_bytes) {
  ds_mring_init(&r->bytes, buf, cap_bytes);
  r->pos = index;
  r->cap_events = index ? cap_events : 0;
  r->first_idx = 0;
  r->count = 0;
  r->first_seq = 1;
}

static void drop_oldest(ds_replay *r) {
  ds_mring_pop(&r->bytes);
  r->first_idx = (r->first_idx + 1) % r->cap_events;
  r->first_seq++;
  r->count--;
}

void ds_replay_add(ds_replay *r, uint64_t seq, const void *mp, size_t len) {
  if (seq != ds_replay_next_seq(r) || r->cap_events == 0 ||
      ds_mring_cost(len) > r->bytes.cap) {
    ds_mring_clear(&r->bytes);
    r->first_idx = 0;
    r->count = 0;
    r->first_seq = seq;
    if (r->cap_events == 0 || ds_mring_cost(len) > r->bytes.cap) {
      r->first_seq = seq + 1; /* this one is not held either */
      return;
    }
  }
  while (r->count == r->cap_events || !ds_mring_fits(&r->bytes, len)) drop_oldest(r);
  ds_mring_push(&r->bytes, 0, mp, len, NULL, 0);
  r->pos[(r->first_idx + r->count) % r->cap_events] = ds_mring_tail_pos(&r->bytes, len);
  r->count++;
}

int ds_replay_get(const ds_replay *r, uint64_t seq, size_t *len) {
  if (seq < r->first_seq) return DS_REPLAY_GONE;
  if (seq >= ds_replay_next_seq(r)) return DS_REPLAY_LATER;
  size_t at = r->pos[(r->first_idx + (size_t)(seq - r->first_seq)) % r->cap_events];
  *len = ds_mring_len_at(&r->bytes, at);
  return 0;
}

void ds_replay_copy(const ds_replay *r, uint64_t seq, size_t from, void *out, size_t n) {
  size_t at = r->pos[(r->first_idx + (size_t)(seq - r->first_seq)) % r->cap_events];
  ds_mring_read_at(&r->bytes, at, from, out, n);
}
