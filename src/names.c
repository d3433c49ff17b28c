/* Normalized organization keys: lowercased words, '&' read as "and", legal forms and a
 * leading "the" dropped. "GEM Co., Ltd." and "GEM Co." both give "gem"; deal ids and
 * alias matching are built on these keys. */
#include <string.h>

#include "extract_int.h"

/* Legal forms and group words dropped from keys (dots already removed), by length: a
 * word is compared only with those of its own length. */
static const char *const drop_by_len[13] = {
    [2] = "co ag sa nv bv se ab kk lp pt oy",
    [3] = "inc cos ltd llc plc spa asa oyj llp pte pty bhd tbk srl sas pvt jsc sdn the",
    [4] = "corp gmbh kgaa sarl pjsc saog qpsc",
    [5] = "group",
    [6] = "berhad",
    [7] = "company limited holding",
    [8] = "holdings",
    [11] = "corporation",
    [12] = "incorporated",
};

static int droppable(const char *w, size_t n) {
  /* (first letters of the words above, kept with them: most words are rejected here) */
  static const uint32_t first = 1u << ('i' - 'a') | 1u << ('c' - 'a') | 1u << ('l' - 'a') | 1u << ('p' - 'a') |
                                1u << ('g' - 'a') | 1u << ('a' - 'a') | 1u << ('s' - 'a') | 1u << ('n' - 'a') |
                                1u << ('b' - 'a') | 1u << ('k' - 'a') | 1u << ('o' - 'a') | 1u << ('t' - 'a') |
                                1u << ('h' - 'a') | 1u << ('j' - 'a') | 1u << ('q' - 'a');
  if (n > 12 || w[0] < 'a' || w[0] > 'z' || !(first >> (w[0] - 'a') & 1)) return 0;
  for (const char *p = drop_by_len[n]; p; p += n + 1) { /* (words of n letters, a space apart) */
    if (p[0] == w[0] && memcmp(p, w, n) == 0) return 1;
    if (!p[n]) break;
  }
  return 0;
}

/* Is the word at s (any case, n bytes) a legal form or group word a key drops? */
int ds__legal_word(const char *s, size_t n) {
  char w[13];
  if (n == 0 || n > 12) return 0;
  for (size_t i = 0; i < n; i++) w[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
  return droppable(w, n);
}

static int key_char(unsigned char c) { /* letters, digits and any UTF-8 byte */
  return ds__cc[c] & (DS__CC_UPPER | DS__CC_LOWER | DS__CC_DIGIT | DS__CC_HIGH);
}

DS__HOT void ds__name_key(const char *s, size_t n, char *out, size_t cap) {
  /* Words are runs of letters/digits; dots inside a word are dropped so "S.A." and
   * "N.V." read as "sa" and "nv". */
  char word[DS_KEY_MAX];
  size_t len = 0, i = 0;
  size_t first_kept = 0; /* keep at least one word: "The Group" must not vanish */
  int kept = 0;
  if (cap == 0) return;
  out[0] = 0;
  while (i < n) {
    while (i < n && !key_char((unsigned char)s[i]) && s[i] != '&') i++;
    if (i >= n) break;
    size_t wn = 0;
    if (s[i] == '&') {
      memcpy(word, "and", 3);
      wn = 3;
      i++;
    } else {
      while (i < n && (key_char((unsigned char)s[i]) ||
                       (s[i] == '.' && i + 1 < n && key_char((unsigned char)s[i + 1]) &&
                        i + 2 <= n && (i + 2 == n || !key_char((unsigned char)s[i + 2]) ||
                                       s[i + 2] == '.')))) {
        char c = s[i++];
        if (c == '.') continue;
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        if (wn < sizeof word - 1) word[wn++] = c;
      }
      /* a possessive 's ends the name's word */
    }
    if (wn == 0) continue;
    if (wn == 1 && word[0] == 's' && i - 1 > 0 && (s[i - 2] == '\'' || (unsigned char)s[i - 2] == 0x99))
      continue; /* the s of a possessive: "Wendy's" reads "wendy" */
    if (droppable(word, wn)) {
      if (!kept && first_kept == 0) first_kept = 1;
      continue;
    }
    if (len && len + 1 < cap) out[len++] = ' ';
    size_t m = len + 1 < cap ? cap - 1 - len : 0; /* room before the NUL */
    if (m > wn) m = wn;
    memcpy(out + len, word, m);
    len += m;
    out[len] = 0;
    kept = 1;
  }
  if (!kept) {
    /* every word was a legal form: keep them all rather than an empty key */
    len = 0;
    for (i = 0; i < n && len + 1 < cap; i++) {
      char c = s[i];
      if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
      if (key_char((unsigned char)c)) out[len++] = c;
      else if (len && out[len - 1] != ' ') out[len++] = ' ';
    }
    while (len && out[len - 1] == ' ') len--;
    out[len] = 0;
  }
}
