/* The extractor's reading of text: where sentences end and what the tokens are.
 * Every token is looked up once in the word table (wordtab.c) for its classes. */
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "extract_int.h"

/* Character classes, one table lookup per byte (DS__CC_* in extract_int.h); the
 * bytes that can end a sentence are marked so the sentence scan skips the rest. */
const uint8_t ds__cc[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 40, 8, 8, 8, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    8, 32, 0, 0, 0, 0, 0, 0, 0, 0, 32, 0, 0, 0, 32, 0,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 0, 0, 0, 0, 0, 32,
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0,
    16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16,
    16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16,
    16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16,
    16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16,
    16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16,
    16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16,
    16, 16, 48, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16,
    16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16,
};

/* tok_is() past the first letter, which the caller has matched. */
DS__HOT int ds__tok_is_rest(const ds_extractor *x, const ds__tok *t, const char *w) {
  if (t->len == 0) return 0;
  const char *s = TX(x, t);
  size_t i = 1;
  for (; i < t->len; i++) {
    int c = (unsigned char)s[i];
    if (is_upper(c)) c += 32;
    if (c != (unsigned char)w[i]) return 0; /* also stops at w's NUL */
  }
  return w[i] == 0;
}

/* ------------------------------------------------------------------ tokens */

/* Abbreviations after which a period does not end a sentence, with their lengths
 * (one length test rejects most words). */
#define W(s) {s, sizeof s - 1}
static const struct {
  char w[7];
  unsigned char n;
} abbrevs[] = {
    W("co"), W("corp"), W("inc"), W("ltd"), W("mr"), W("mrs"), W("ms"), W("dr"), W("prof"), W("st"),
    W("jan"), W("feb"), W("mar"), W("apr"), W("jun"), W("jul"), W("aug"), W("sep"), W("sept"),
    W("oct"), W("nov"), W("dec"), W("no"), W("vs"), W("bros"), W("mass"), W("calif"), W("conn"),
    W("fla"), W("ill"), W("mich"), W("minn"), W("pa"), W("va"), W("wash"), W("ariz"), W("colo"),
    W("ga"), W("md"), W("mo"), W("n"), W("tenn"), W("tex"), W("wis"), W("ky"), W("la"), W("ore"),
    W("okla"), W("jr"), W("sr"), W("gov"), W("sen"), W("rep"), W("gen"), W("col"), W("lt"),
    W("capt"), W("ft"), W("mt"), W("approx"), W("est"), W("dept"), W("div"), W("assn"), W("int"),
    W("intl"), W("u.s"), W("u.k"), W("e.g"), W("i.e"), W("etc"), W("cos"), W("plc"), W("nos"),
    W("op"), W("pp"), W("s.a"), W("n.v"), W("a.g"), W("l.p"), W("n.a"), W("k.k"), W("dlrs"),
    W("pct"), W("mln"), W("bln"), W("pte"), W("pty"), W("bhd"), W("tbk"), W("pvt"), W("cia"),
    W("cie"), W("intl"), W("mfg"), W("assoc"), W("sdn"), W("s.p.a"), W("s.r.l"),
};
#undef W

/* An abbreviation as its table entry lies in memory: the word's bytes, zero-padded to
 * seven, and its length (8 bytes, no padding), the key of the set x->abbrev. */
static uint64_t abbrev_key(const char *lw, size_t n) {
  struct {
    char w[7];
    unsigned char n;
  } k = {{0}, (unsigned char)n};
  uint64_t key;
  _Static_assert(sizeof k == sizeof key, "an abbreviation's key is 8 bytes");
  memcpy(k.w, lw, n);
  memcpy(&key, &k, sizeof key);
  return key;
}

static unsigned abbrev_slot(uint64_t key) {
  return (unsigned)((key * 0x9e3779b97f4a7c15ull) >> 56) & (DS__ABBREV_SET - 1);
}

/* The abbreviations hashed into x->abbrev, once at ds_extract_init (a linear search
 * of them was a tenth of the sentence scan). */
void ds__abbrevs_build(ds_extractor *x) {
  memset(x->abbrev, 0, sizeof x->abbrev);
  for (size_t i = 0; i < sizeof abbrevs / sizeof abbrevs[0]; i++) {
    uint64_t key = abbrev_key(abbrevs[i].w, abbrevs[i].n);
    unsigned h = abbrev_slot(key);
    while (x->abbrev[h] && x->abbrev[h] != key) h = (h + 1) & (DS__ABBREV_SET - 1);
    x->abbrev[h] = key;
  }
}

static int is_abbrev(const ds_extractor *x, const char *w, size_t n) {
  char buf[8];
  if (n == 0 || n >= sizeof buf) return 0;
  if (n == 1 && is_upper((unsigned char)w[0])) return 1; /* an initial: "C. Itoh" */
  /* initials: "J.C. Penney", "A.G. Edwards" (a letter, a period, a letter ...) */
  if (n >= 3 && n % 2 == 1) {
    int init = 1;
    for (size_t i = 0; i < n; i++)
      if (i % 2 ? w[i] != '.' : !is_upper((unsigned char)w[i])) init = 0;
    if (init) return 1;
  }
  for (size_t i = 0; i < n; i++) buf[i] = (char)(is_upper((unsigned char)w[i]) ? w[i] + 32 : w[i]);
  if (n > sizeof abbrevs[0].w) return 0;
  uint64_t key = abbrev_key(buf, n);
  for (unsigned h = abbrev_slot(key); x->abbrev[h]; h = (h + 1) & (DS__ABBREV_SET - 1))
    if (x->abbrev[h] == key) return 1;
  return 0;
}

static int legal_abbrev(const char *w, size_t n) {
  static const char *const legal[] = {"inc", "corp", "ltd", "co", "plc"};
  for (size_t i = 0; i < sizeof legal / sizeof legal[0]; i++) {
    size_t q = 0;
    while (q < n && legal[i][q] && (w[q] | 0x20) == legal[i][q]) q++;
    if (q == n && !legal[i][q]) return 1;
  }
  return 0;
}

/* Next sentence in [s, e): returns its end. A sentence ends at . ! ? followed by
 * space and a capital, digit or quote (unless the word is an abbreviation that does
 * not look sentence-final), at a blank line, or at a line that starts indented (wire
 * copy's paragraphs). */
/* The first byte in [i, e) that may end a sentence (DS__CC_SENT), or e. Sixteen
 * bytes at a time where SSE2 is there (most stretches of prose hold none). */
static size_t next_sent_byte(const char *t, size_t i, size_t e) {
#if defined(__SSE2__)
  const __m128i nl = _mm_set1_epi8('\n'), ex = _mm_set1_epi8('!'), st = _mm_set1_epi8('*'),
                dot = _mm_set1_epi8('.'), qu = _mm_set1_epi8('?'), e2 = _mm_set1_epi8((char)0xE2);
  while (i + 16 <= e) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
    __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, nl), _mm_cmpeq_epi8(v, ex)),
                             _mm_or_si128(_mm_cmpeq_epi8(v, st), _mm_cmpeq_epi8(v, dot)));
    m = _mm_or_si128(m, _mm_or_si128(_mm_cmpeq_epi8(v, qu), _mm_cmpeq_epi8(v, e2)));
    unsigned bits = (unsigned)_mm_movemask_epi8(m);
    if (bits) return i + (size_t)__builtin_ctz(bits);
    i += 16;
  }
#endif
  while (i < e && !(ds__cc[(unsigned char)t[i]] & DS__CC_SENT)) i++;
  return i;
}

DS__HOT size_t ds__sentence_end(const ds_extractor *x, size_t s, size_t e) {
  const char *t = x->text;
  size_t i = s;
  while (i < e) {
    i = next_sent_byte(t, i, e);
    if (i >= e) break;
    char c = t[i];
    if (c == '\n') {
      size_t j = i + 1;
      while (j < e && (t[j] == ' ' || t[j] == '\t' || t[j] == '\r')) j++;
      if (j < e && t[j] == '\n') return i + 1;           /* blank line */
      if (j - i - 1 >= 3 && j < e) return i + 1;           /* indented paragraph */
      if (i > s && (t[i - 1] == ':' )) return i + 1;
      /* a list item after a line break: "\n- Net sales of $1.04 billion, ..., including $96
       * million from X, acquired in March", "\n* ...", "\n– Parties to negotiate ..." */
      if (j + 1 < e && (t[j] == '-' || t[j] == '*' || (t[j] == '\xe2' && j + 3 < e && t[j + 1] == '\x80' && t[j + 2] == '\x93')) &&
          t[j + (t[j] == '\xe2' ? 3 : 1)] == ' ')
        return i + 1;
      /* a heading ("About Ravensmoor Therapeutics"): a short line that ends in no
       * punctuation, before a line that starts with a capital */
      if (i > 0 && is_alnum((unsigned char)t[i - 1]) && j < e && is_upper((unsigned char)t[j])) {
        size_t ls = i; /* the line's own start, before the sentence's if need be */
        while (ls > 0 && i - ls < 48 && t[ls - 1] != '\n') ls--;
        if ((ls == 0 || t[ls - 1] == '\n') && i - ls < 48 && i > ls && is_alnum((unsigned char)t[i - 1]) && j < e &&
            is_upper((unsigned char)t[j]))
          return i + 1;
      }
    }
    /* a bullet starts a list item: "* July, 2007 - ..." */
    if ((c == '*' || (c == '\xe2' && i + 2 < e && t[i + 1] == '\x80' && t[i + 2] == '\xa2')) &&
        i > s && is_space((unsigned char)t[i - 1]) && i + 3 < e &&
        is_space((unsigned char)t[i + (c == '*' ? 1 : 3)]))
      return i;
    if (c == '.' || c == '!' || c == '?') {
      size_t j = i + 1;
      while (j < e && (t[j] == '"' || t[j] == '\'' || t[j] == ')')) j++;
      if (j >= e) return e;
      if (!is_space((unsigned char)t[j])) {
        i++;
        continue;
      }
      while (j < e && is_space((unsigned char)t[j])) j++;
      if (j >= e) return e;
      int nc = (unsigned char)t[j];
      /* ". - Aim to boost ...": a list's items run into one line */
      if (nc == '-' && j + 2 < e && t[j + 1] == ' ' && is_upper((unsigned char)t[j + 2])) nc = 'A';
      if (!(is_upper(nc) || is_digit(nc) || nc == '"' || nc == '(' || nc >= 0x80 || nc == '<')) {
        i++;
        continue;
      }
      if (c == '.') {
        size_t w = i;
        while (w > s && (is_alnum((unsigned char)t[w - 1]) || t[w - 1] == '.')) w--;
        if (is_abbrev(x, t + w, i - w)) {
          /* "Inc. The ..." still ends a sentence: a function word follows */
          size_t k = j;
          while (k < e && is_alpha((unsigned char)t[k])) k++;
          static const char *const starts[] = {"The", "It", "He", "She", "They", "In",
                                               "Its", "This", "We", "A", "But", "Terms",
                                               "Financial", "Shares", "On", "As",
                                               "Separately", "Meanwhile", "However",
                                               "Under", "Analysts", "They"};
          int strong = 0;
          for (size_t q = 0; q < sizeof starts / sizeof starts[0]; q++)
            if (strlen(starts[q]) == k - j && memcmp(starts[q], t + j, k - j) == 0) strong = 1;
          /* "... Holdings Inc.\nTailspin Toys makes": a legal form at a line's end */
          if (memchr(t + i, '\n', j - i) && legal_abbrev(t + w, i - w)) strong = 1;
          if (!strong || (i - w == 1)) {
            i++;
            continue;
          }
        }
      }
      return i + 1;
    }
    i++;
  }
  return e;
}

DS__HOT static void add_tok(ds_extractor *x, uint32_t off, uint32_t len, uint16_t fl) {
  if (x->ntok >= DS_MAX_SENT_TOKENS) return;
  ds__tok *t = &x->tok[x->ntok++];
  t->off = off;
  t->len = (uint16_t)(len > 0xffff ? 0xffff : len);
  t->fl = fl;
  t->c0 = (unsigned char)x->text[off];
  if (t->c0 >= 'A' && t->c0 <= 'Z') t->c0 += 32;
  t->org = -1;
  t->wcls = 0;
  t->rule = -1;
}

/* A word token's classes and entry from the word table. (A word longer than 0xffff
 * bytes, its length cut in the token, is in the table under neither length.) */
DS__HOT static void word_classes(const ds_extractor *x, ds__tok *t) {
  const char *w0 = x->text + t->off;
  size_t len = t->len;
  /* (the tokenizer knows whether the word has a period in it: no need to look) */
  int dotted = (t->fl & DS__T_DOTTED) != 0;
  const ds__wentry *we = ds__wt_find(x, w0, len);
  if (!we && dotted && len > 1 && w0[len - 1] == '.') we = ds__wt_find(x, w0, len - 1);
  if (!we && dotted && len <= 8) {
    /* dotted abbreviations read without their dots: "L.P." "lp", "K.K." "kk" */
    char w[8];
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
      if (w0[i] != '.') w[n++] = w0[i];
    we = ds__wt_find(x, w, n);
  }
  if (we) {
    t->wcls = we->cls;
    t->rule = (int16_t)(we - x->wt);
    /* "US Airways Group": "US" in capitals is the country, not the pronoun */
    if (len == 2 && w0[0] == 'U' && w0[1] == 'S') t->wcls &= ~(uint32_t)DS__W_STOPCAP;
  }
}

/* The end of the run of ASCII letters and digits at i in [i, e), their classes or-ed
 * into *seen. Sixteen bytes at once with SSE2 (a word's end found without a branch per
 * byte); the byte loop of tokenize_text() goes on from there in any case. */
static size_t alnum_run(const unsigned char *t, size_t i, size_t e, unsigned *seen) {
#if defined(__SSE2__)
  if (e - i >= 16) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
    /* (a byte in [lo, lo + n) is below -128 + n once lo is moved to -128: signed compares) */
    __m128i up = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char)(128 - 'A'))), _mm_set1_epi8(-128 + 26));
    __m128i lo = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char)(128 - 'a'))), _mm_set1_epi8(-128 + 26));
    __m128i dg = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char)(128 - '0'))), _mm_set1_epi8(-128 + 10));
    unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(up, lo), dg));
    unsigned n = (unsigned)__builtin_ctz(~m); /* (bit 16 of ~m is set: n <= 16) */
    unsigned in = (1u << n) - 1;
    if ((unsigned)_mm_movemask_epi8(up) & in) *seen |= DS__CC_UPPER;
    if ((unsigned)_mm_movemask_epi8(lo) & in) *seen |= DS__CC_LOWER;
    if ((unsigned)_mm_movemask_epi8(dg) & in) *seen |= DS__CC_DIGIT;
    return i + n;
  }
#endif
  (void)t, (void)e, (void)seen;
  return i;
}

/* Are there two capital letters among the n bytes at w? */
static int two_uppers(const unsigned char *w, size_t n) {
  unsigned k = 0;
  for (size_t q = 0; q < n && k < 2; q++) k += is_upper(w[q]) != 0;
  return k >= 2;
}

/* Tokenize [s, e) of the article text into x->tok. Returns where it stopped (e, or
 * earlier when the token array filled: the caller reads the rest as another piece). */
DS__HOT static size_t scan_tokens(ds_extractor *x, size_t s, size_t e) {
  const unsigned char *t = (const unsigned char *)x->text;
  size_t i = s;
  int nl = 0;
  x->ntok = 0;
  while (i < e) {
    if (x->ntok >= DS_MAX_SENT_TOKENS) return i;
    unsigned c = t[i];
    if (is_space((int)c)) {
      if (c == '\n') nl = 1;
      i++;
      continue;
    }
    size_t pl = utf8_punct_len(t + i, e - i);
    if (ds__is_apostrophe(t + i, e - i) && i + (c == '\'' ? 1 : 3) < e &&
        (t[i + (c == '\'' ? 1 : 3)] == 's' || t[i + (c == '\'' ? 1 : 3)] == 'S')) {
      size_t al = c == '\'' ? 1 : 3;
      if (i + al + 1 >= e || !is_alnum(t[i + al + 1])) {
        add_tok(x, (uint32_t)i, (uint32_t)(al + 1), DS__T_WORD); /* possessive 's */
        i += al + 1;
        nl = 0;
        continue;
      }
    }
    if (pl) {
      add_tok(x, (uint32_t)i, (uint32_t)pl, DS__T_PUNCT | (nl ? DS__T_NL : 0));
      i += pl;
      nl = 0;
      continue;
    }
    /* URLs and e-mail addresses carry no names: skip them whole */
    if ((c == 'h' && e - i > 7 && (memcmp(t + i, "http://", 7) == 0 || memcmp(t + i, "https:/", 7) == 0)) ||
        (c == 'w' && e - i > 4 && memcmp(t + i, "www.", 4) == 0)) {
      while (i < e && !is_space((int)t[i])) i++;
      continue;
    }
    if (is_alnum((int)c) || c >= 0x80) {
      size_t j = i;
      /* the classes of the word's letters, or-ed: its case is read from them after
       * (an upper count only for a word with no lowercase letter) */
      unsigned seen = 0, dots = 0;
      size_t h = i; /* just after the word's last hyphen */
      j = alnum_run(t, i, e, &seen);
      while (j < e) {
        unsigned d = t[j], cc = ds__cc[d];
        if (cc & (DS__CC_UPPER | DS__CC_LOWER | DS__CC_DIGIT)) {
          seen |= cc;
          j++;
          continue;
        }
        if (cc & DS__CC_HIGH) {
          if (utf8_punct_len(t + j, e - j)) break;
          j++;
          seen |= DS__CC_LOWER; /* (a UTF-8 letter counts as lowercase) */
          continue;
        }
        if ((d == '-' || d == '&' || d == '.' || d == '\'' || d == '_' || d == '@') && j + 1 < e &&
            is_alnum(t[j + 1])) {
          if (d == '\'' && (t[j + 1] == 's' || t[j + 1] == 'S') &&
              (j + 2 >= e || !is_alnum(t[j + 2])))
            break; /* possessive */
          if (d == '.') dots++;
          if (d == '-') h = j + 1;
          j++;
          continue;
        }
        break;
      }
      /* "U.S." and "N.V.": a dotted abbreviation keeps its final period */
      if (dots && j < e && t[j] == '.' && j - i <= 6) j++;
      uint16_t fl = DS__T_WORD | (nl ? DS__T_NL : 0) | (dots ? DS__T_DOTTED : 0);
      if (is_upper((int)c)) fl |= DS__T_CAP;
      /* "webMethods", "eBay", "d'Electricite": a lowercase start with capitals inside
       * is a name too (not "mid-March", "non-U.S.", nor the products "iPhone", "iPad") */
      if (is_lower((int)c) && (seen & DS__CC_UPPER) && h == i && !dots && j - i >= 4 && !(c == 'i' && is_upper(t[i + 1])))
        fl |= DS__T_CAP;
      if (is_digit((int)c)) fl |= DS__T_NUM;
      if (c >= 0x80) fl |= DS__T_NONASCII;
      if ((seen & (DS__CC_UPPER | DS__CC_LOWER)) == DS__CC_UPPER && two_uppers(t + i, j - i)) fl |= DS__T_UPPER;
      {
        /* "Westborough-based", "U.S.-led": a capitalized word with a lowercase tail
         * after its last hyphen is an adjective, not a name */
        /* (but a short tail is part of a name: "Mizuho-ya Holdings"; not "U.S.-led",
         * "Kremlin-run") */
        size_t tl = j - h;
        if (h > i + 1 && h < j && is_lower(t[h]) &&
            (tl >= 4 || (t[j - 2] == 'e' && t[j - 1] == 'd') ||
             (tl == 3 && (memcmp(t + h, "run", 3) == 0 || memcmp(t + h, "won", 3) == 0 ||
                          memcmp(t + h, "set", 3) == 0 || memcmp(t + h, "era", 3) == 0))) &&
            !(h == i + 3 && (t[i + 1] == 'o' || t[i + 1] == 'O') && t[h] == 'o' && h + 1 < j && t[h + 1] == 'p'))
          fl |= DS__T_ADJ; /* (nor "Co-operative", "Co-op") */
      }
      add_tok(x, (uint32_t)i, (uint32_t)(j - i), fl);
      i = j;
      nl = 0;
      continue;
    }
    add_tok(x, (uint32_t)i, 1, DS__T_PUNCT | (nl ? DS__T_NL : 0));
    i++;
    nl = 0;
  }
  return e;
}

/* The tokens of [s, e), then their words looked up in the word table in a loop of
 * their own: the lookups of a piece do not wait on one another, nor on the scan's
 * branches, so their reads of the table overlap. */
DS__HOT static size_t tokenize_text(ds_extractor *x, size_t s, size_t e) {
  size_t stop = scan_tokens(x, s, e);
  for (unsigned k = 0; k < x->ntok; k++)
    if (x->tok[k].fl & DS__T_WORD) word_classes(x, &x->tok[k]);
  return stop;
}


/* The same, through the token cache: the first reading of an article records each
 * piece's tokens as they come from the text (before names mark them), the second
 * replays a piece with the same bounds instead of reading it again. Pieces are
 * recorded in text order; the replay looks forward from the last hit. */
#if DS_TOKEN_CACHE > 0
/* The recorded piece that starts at s, or -1; looks forward from the last one found. */
static int find_rec(ds_extractor *x, size_t s) {
  unsigned c = x->tc_cur;
  if (c > 0 && x->tc_rec[c - 1].s >= s) c = 0; /* behind the last hit: the title */
  while (c < x->tc_nrec && x->tc_rec[c].s < s) c++;
  x->tc_cur = c;
  return c < x->tc_nrec && x->tc_rec[c].s == s ? (int)c : -1;
}
#endif

DS__HOT int ds__quiet_piece(ds_extractor *x, size_t s, size_t e, size_t *stop) {
#if DS_TOKEN_CACHE > 0
  if (x->tc_mode != DS__TC_REPLAY) return 0;
  int c = find_rec(x, s);
  if (c < 0 || x->tc_rec[c].e != e || !x->tc_quiet[c]) return 0;
  *stop = x->tc_rec[c].stop;
  return 1;
#else
  (void)x, (void)s, (void)e, (void)stop;
  return 0;
#endif
}

DS__HOT size_t ds__tokenize(ds_extractor *x, size_t s, size_t e) {
#if DS_TOKEN_CACHE > 0
  if (x->tc_mode == DS__TC_REPLAY) {
    int c = find_rec(x, s);
    if (c < 0 || x->tc_rec[c].e != e) return tokenize_text(x, s, e);
    unsigned first = x->tc_rec[c].first;
    unsigned n = ((unsigned)c + 1 < x->tc_nrec ? x->tc_rec[c + 1].first : x->tc_ntok) - first;
    memcpy(x->tok, x->tc_tok + first, n * sizeof x->tok[0]);
    x->ntok = n;
    return x->tc_rec[c].stop;
  }
  size_t stop = tokenize_text(x, s, e);
  if (x->tc_mode == DS__TC_RECORD && x->tc_nrec < DS_TOKEN_CACHE / 8 &&
      x->tc_ntok + x->ntok <= DS_TOKEN_CACHE &&
      (x->tc_nrec == 0 || x->tc_rec[x->tc_nrec - 1].s < s)) {
    x->tc_rec[x->tc_nrec].s = (uint32_t)s;
    x->tc_rec[x->tc_nrec].e = (uint32_t)e;
    x->tc_rec[x->tc_nrec].stop = (uint32_t)stop;
    x->tc_rec[x->tc_nrec].first = x->tc_ntok;
    x->tc_rec[x->tc_nrec].bound = x->tc_bound;
    x->tc_quiet[x->tc_nrec] = 0; /* (the first reading tells, once it has matched the rules) */
    x->tc_nrec++;
    memcpy(x->tc_tok + x->tc_ntok, x->tok, x->ntok * sizeof x->tok[0]);
    x->tc_ntok += x->ntok;
  } /* else full, or out of order: that piece is read twice */
  return stop;
#else
  return tokenize_text(x, s, e);
#endif
}

/* ds__sentence_end() of the body, remembered from the first reading: a recorded piece
 * that starts a sentence ends where the sentence does (both readings bound it by the
 * body's end). */
size_t ds__next_sentence(ds_extractor *x, size_t s, size_t e) {
#if DS_TOKEN_CACHE > 0
  if (x->tc_mode == DS__TC_REPLAY) {
    int c = find_rec(x, s);
    if (c >= 0 && x->tc_rec[c].bound == e) return x->tc_rec[c].e;
  }
#endif
  return ds__sentence_end(x, s, e);
}
