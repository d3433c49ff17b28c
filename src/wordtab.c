/* The word table: every lexicon word and every rule's first words, hashed once at
 * ds_extract_init() into the context (no allocation), looked up per token. */
#include <string.h>

#include "extract_int.h"

/* ASCII letters of the eight bytes of w to lowercase, other bytes untouched (SWAR:
 * a byte's high bit marks 'A' <= b <= 'Z', shifted down to the 0x20 bit). */
static uint64_t lower8(uint64_t w) {
  const uint64_t hi = 0x8080808080808080ull, lo7 = 0x7f7f7f7f7f7f7f7full;
  uint64_t b = w & lo7;
  uint64_t ge_a = b + 0x3f3f3f3f3f3f3f3full; /* high bit: b >= 'A' */
  uint64_t gt_z = b + 0x2525252525252525ull; /* high bit: b > 'Z' */
  return w | ((ge_a & ~gt_z & ~w & hi) >> 2);
}

/* Loads as little-endian on any host, so the tail's bytes land where the loop's do. */
static uint64_t le64(uint64_t v) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  return __builtin_bswap64(v);
#else
  return v;
#endif
}
static uint32_t le32(uint32_t v) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  return __builtin_bswap32(v);
#else
  return v;
#endif
}

/* The 1-8 bytes at s as the low bytes of a little-endian word, the rest zero, in at
 * most three loads (none past s + n). */
static uint64_t load_short(const char *s, size_t n) {
  uint64_t w;
  if (n == 8) {
    memcpy(&w, s, 8);
    return le64(w);
  }
  if (n >= 4) {
    uint32_t lo, hi;
    memcpy(&lo, s, 4);
    memcpy(&hi, s + n - 4, 4); /* overlapping bytes are the same bytes: OR is exact */
    return (uint64_t)le32(lo) | (uint64_t)le32(hi) << (8 * (n - 4));
  }
  const unsigned char *u = (const unsigned char *)s;
  return (uint64_t)u[0] | (uint64_t)u[n / 2] << (8 * (n / 2)) | (uint64_t)u[n - 1] << (8 * (n - 1));
}

/* hash_lower() of a word of up to 8 bytes, from its case-folded load. */
static uint32_t hash_short(uint64_t lw, size_t n) {
  uint64_t h = ((uint64_t)n * 0x9e3779b97f4a7c15ull ^ lw) * 0xff51afd7ed558ccdull;
  h ^= h >> 32;
  uint32_t r = (uint32_t)(h ^ (h >> 29));
  return r ? r : 1;
}

/* A word's hash, case-folded, eight bytes at a time: one multiply per eight bytes
 * instead of one per byte. Only this file hashes, so byte order does not matter. */
static uint32_t hash_lower(const char *s, size_t n) {
  uint64_t h = (uint64_t)n * 0x9e3779b97f4a7c15ull;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, s + i, 8);
    h = (h ^ lower8(w)) * 0xff51afd7ed558ccdull;
    h ^= h >> 32;
  }
  if (i < n) { /* the last 1-7 bytes, as the low bytes of w, in at most three loads */
    size_t r = n - i;
    uint64_t w;
    if (n >= 8) {
      memcpy(&w, s + n - 8, 8); /* overlaps bytes already hashed: shift them out */
      w = le64(w) >> (8 * (8 - r));
    } else if (r >= 4) {
      uint32_t lo, hi;
      memcpy(&lo, s, 4);
      memcpy(&hi, s + r - 4, 4); /* overlapping bytes are the same bytes: OR is exact */
      w = (uint64_t)le32(lo) | (uint64_t)le32(hi) << (8 * (r - 4));
    } else {
      const unsigned char *u = (const unsigned char *)s;
      w = (uint64_t)u[0] | (uint64_t)u[r / 2] << (8 * (r / 2)) | (uint64_t)u[r - 1] << (8 * (r - 1));
    }
    h = (h ^ lower8(w)) * 0xff51afd7ed558ccdull;
    h ^= h >> 32;
  }
  uint32_t r = (uint32_t)(h ^ (h >> 29));
  return r ? r : 1;
}

/* a: a lexicon word (lowercase, wlen bytes); b: text of any case. */
static int eq_lower(const ds__wentry *e, const char *b, size_t n) {
  if (e->wlen != n) return 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)b[i];
    if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
    if ((unsigned char)e->w[i] != c) return 0;
  }
  return 1;
}

static ds__wentry *slot(ds_extractor *x, const char *w, size_t n) {
  uint32_t h = hash_lower(w, n);
  for (uint32_t i = h & (DS__WT_SIZE - 1);; i = (i + 1) & (DS__WT_SIZE - 1)) {
    ds__wentry *e = &x->wt[i];
    if (e->hash == 0) {
      e->hash = h;
      x->wth[i] = h;
      e->w = w;
      e->w8 = n >= 1 && n <= 8 ? load_short(w, n) : 0; /* (as written: lowercase) */
      e->wlen = (uint8_t)n;
      return e;
    }
    if (e->hash == h && eq_lower(e, w, n)) return e;
  }
}

DS__HOT const ds__wentry *ds__wt_find(const ds_extractor *x, const char *s, size_t n) {
  if (n == 0 || n > 40) return NULL;
  if (n <= 8) {
    /* a short word (most are) is compared whole, as loaded for its hash */
    uint64_t lw = lower8(load_short(s, n));
    uint32_t h = hash_short(lw, n);
    for (uint32_t i = h & (DS__WT_SIZE - 1);; i = (i + 1) & (DS__WT_SIZE - 1)) {
      uint32_t eh = x->wth[i];
      if (eh == 0) return NULL;
      if (eh == h && x->wt[i].w8 == lw && x->wt[i].wlen == n) return &x->wt[i];
    }
  }
  uint32_t h = hash_lower(s, n);
  /* probe the hashes alone (16 KiB, stays in cache); the entry only on a match */
  for (uint32_t i = h & (DS__WT_SIZE - 1);; i = (i + 1) & (DS__WT_SIZE - 1)) {
    uint32_t eh = x->wth[i];
    if (eh == 0) return NULL;
    if (eh == h && eq_lower(&x->wt[i], s, n)) return &x->wt[i];
  }
}

void ds__wt_build(ds_extractor *x) {
  memset(x->wt, 0, sizeof x->wt);
  memset(x->wth, 0, sizeof x->wth);
  memset(x->undis_first, 0, sizeof x->undis_first);
  memset(x->undis_second, 0, sizeof x->undis_second);
  for (unsigned p = 0; p < ds__nundisclosed && p < 64; p++) { /* lowercase phrases */
    x->undis_first[ds__undisclosed[p][0] - 'a'] |= 1ull << p;
    x->undis_second[ds__undisclosed[p][0] - 'a'] |= 1u << (ds__undisclosed[p][1] - 'a');
    /* its first word (up to an apostrophe: "wasn't" is read "wasn", "'t"), so the
     * first reading finds the phrases among the tokens it reads anyway */
    const char *w = ds__undisclosed[p];
    size_t n = 0;
    while (w[n] && w[n] != ' ' && w[n] != '\'') n++;
    slot(x, w, n)->cls |= DS__W_UNDIS;
  }
  /* (so the first reading finds them among the classes it reads anyway) */
  static const char *const pay_words[] = {"pay", "pays"};
  for (unsigned i = 0; i < sizeof pay_words / sizeof pay_words[0]; i++)
    slot(x, pay_words[i], strlen(pay_words[i]))->cls |= DS__W_PAY;
  for (unsigned i = 0; i < ds__nwords; i++) {
    ds__wentry *e = slot(x, ds__words[i].w, strlen(ds__words[i].w));
    e->cls |= ds__words[i].cls;
    if (ds__words[i].val) e->val = ds__words[i].val;
  }
  for (unsigned i = 0; i < ds__amount_words_n; i++)
    slot(x, ds__amount_words[i], strlen(ds__amount_words[i]))->cls |= DS__W_AMOUNT;
  for (unsigned i = 0; i < ds__nsectors && i < 255; i++) {
    ds__wentry *e = slot(x, ds__sectors[i].w, strlen(ds__sectors[i].w));
    if (!(e->cls & DS__W_SECTOR)) e->sector = (uint8_t)(i + 1);
    e->cls |= DS__W_SECTOR;
  }
  /* Status words: the first pattern a word appears in gives its status and weight. A
   * pattern of several words ("called|calls|call off") is indexed under its first
   * word's alternatives; the status reader checks the words after it (spat). */
  for (unsigned i = 0; i < ds__nstatus_words; i++) {
    const char *p = ds__status_words[i].pattern;
    const char *end = strchr(p, ' ');
    if (!end) end = p + strlen(p);
    while (p < end) {
      const char *bar = memchr(p, '|', (size_t)(end - p));
      size_t n = bar ? (size_t)(bar - p) : (size_t)(end - p);
      ds__wentry *e = slot(x, p, n);
      if (!(e->cls & DS__W_STATUS)) {
        e->cls |= DS__W_STATUS;
        e->status = (uint8_t)(ds__status_words[i].status | (ds__status_words[i].weight << 4));
        e->spat = (uint8_t)(i + 1);
      }
      p += n + (bar != NULL);
    }
  }
  /* Index each rule under every alternative of its first element. The pattern
   * strings are static, so entries can point into them. */
  for (unsigned r = 0; r < ds__nrules; r++) {
    const char *p = ds__rules[r].pattern;
    const char *end = strchr(p, ' ');
    if (!end) end = p + strlen(p);
    while (p < end) {
      const char *bar = memchr(p, '|', (size_t)(end - p));
      const char *we = bar ? bar : end;
      ds__wentry *e = slot(x, p, (size_t)(we - p));
      e->cls |= DS__W_TRIGGER;
      if (e->nrules < DS__WT_RULES) e->rules[e->nrules++] = (uint8_t)r;
      p = bar ? bar + 1 : end;
    }
  }
}
