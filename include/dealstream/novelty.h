/* Novelty table: a fixed-size table of recently seen deal ids, so the service can mark
 * each event first_seen (true the first time the deal id is seen) with a mentions count
 * (how many events carried that id, this one included). Set-associative, 4 ways: when a
 * set is full the least recently seen id in it is forgotten, and a later mention of that
 * deal counts as new again. The caller places the slots. No allocation. */
#ifndef DEALSTREAM_NOVELTY_H
#define DEALSTREAM_NOVELTY_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define DS_NOVELTY_WAYS 4

typedef struct ds_novelty_slot {
  uint64_t key;      /* 0: empty */
  uint64_t stamp;    /* when last seen (a counter) */
  uint32_t mentions;
} ds_novelty_slot;

typedef struct ds_novelty {
  ds_novelty_slot *slots;
  size_t nsets;
  uint64_t clock;
  uint64_t evictions; /* ids forgotten to make room */
} ds_novelty;

/* Bytes of slots for a table of `entries` ids (rounded up to a multiple of the ways). */
size_t ds_novelty_bytes(size_t entries);

/* Prepare t over mem (ds_novelty_bytes(entries) bytes, aligned for uint64_t). entries 0
 * makes every deal new each time (mentions 1). */
void ds_novelty_init(ds_novelty *t, void *mem, size_t entries);

/* Record one mention of key: returns the mentions count including this one, and sets
 * *first to 1 when this is the first (the id was not in the table). */
uint32_t ds_novelty_see(ds_novelty *t, uint64_t key, int *first);

/* The table key of a deal id ("d" + 16 hex digits, as ds_deal_id() makes): its 64 bits,
 * never 0. */
uint64_t ds_novelty_key(const char *id, size_t len);

#ifdef __cplusplus
}
#endif
#endif
