/* Novelty table: see novelty.h. The deal id is already an FNV-1a hash, so its bits pick
 * the set directly. */
#include <string.h>

#include "dealstream/novelty.h"

size_t ds_novelty_bytes(size_t entries) {
  size_t sets = (entries + DS_NOVELTY_WAYS - 1) / DS_NOVELTY_WAYS;
  return sets * DS_NOVELTY_WAYS * sizeof(ds_novelty_slot);
}

void ds_novelty_init(ds_novelty *t, void *mem, size_t entries) {
  t->slots = mem;
  t->nsets = mem ? (entries + DS_NOVELTY_WAYS - 1) / DS_NOVELTY_WAYS : 0;
  t->clock = 0;
  t->evictions = 0;
  if (t->nsets) memset(mem, 0, ds_novelty_bytes(entries));
}

uint32_t ds_novelty_see(ds_novelty *t, uint64_t key, int *first) {
  *first = 1;
  if (!t->nsets) return 1;
  if (!key) key = 1;
  ds_novelty_slot *set = t->slots + (key % t->nsets) * DS_NOVELTY_WAYS;
  ds_novelty_slot *victim = set;
  t->clock++;
  for (int w = 0; w < DS_NOVELTY_WAYS; w++) {
    if (set[w].key == key) {
      set[w].stamp = t->clock;
      if (set[w].mentions < UINT32_MAX) set[w].mentions++;
      *first = 0;
      return set[w].mentions;
    }
    /* an empty way first, else the least recently seen */
    if (victim->key && (!set[w].key || set[w].stamp < victim->stamp)) victim = &set[w];
  }
  if (victim->key) t->evictions++;
  victim->key = key;
  victim->stamp = t->clock;
  victim->mentions = 1;
  return 1;
}

uint64_t ds_novelty_key(const char *id, size_t len) {
  uint64_t k = 0;
  size_t i = len && (id[0] == 'd' || id[0] == 'D') ? 1 : 0;
  for (; i < len; i++) {
    char c = id[i];
    unsigned v = c >= '0' && c <= '9'   ? (unsigned)(c - '0')
                 : c >= 'a' && c <= 'f' ? (unsigned)(c - 'a' + 10)
                 : c >= 'A' && c <= 'F' ? (unsigned)(c - 'A' + 10)
                                        : (unsigned char)c;
    k = (k << 4 | (k >> 60)) ^ v; /* exact for 16 hex digits; still mixes anything else */
  }
  return k ? k : 1;
}
