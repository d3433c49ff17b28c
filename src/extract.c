/* The extractor's engine: sentences, tokens, organization names, trigger rules and
 * role frames, status, value and date, then one event per deal.
 *
 * It reads the article once, sentence by sentence, with every working array in the
 * caller-placed context: no allocation, and a long article costs time, not memory
 * (a sentence longer than DS_MAX_SENT_TOKENS is read in pieces). The language
 * knowledge is in lexicon.c and rules.c; this file only applies it. */
#include <string.h>

#include "dealstream/error.h"
#include "extract_int.h"

/* ------------------------------------------------------------------ characters */

static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_upper(int c) { return c >= 'A' && c <= 'Z'; }
static int is_lower(int c) { return c >= 'a' && c <= 'z'; }
static int is_alpha(int c) { return is_upper(c) || is_lower(c); }
static int is_alnum(int c) { return is_alpha(c) || is_digit(c); }
static int is_space(int c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

/* UTF-8 punctuation we treat as single tokens: curly quotes, dashes, ellipsis (all
 * E2 80 xx) and the currency signs E2 82 AC (euro), C2 A3 (pound), C2 A5 (yen). */
static size_t utf8_punct_len(const unsigned char *p, size_t n) {
  if (n >= 3 && p[0] == 0xE2 && (p[1] == 0x80 || p[1] == 0x82)) return 3;
  if (n >= 2 && p[0] == 0xC2 && (p[1] == 0xA3 || p[1] == 0xA5 || p[1] == 0xA0)) return 2;
  return 0;
}
static int is_apostrophe(const unsigned char *p, size_t n) {
  return (n >= 1 && p[0] == '\'') || (n >= 3 && p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0x99);
}

/* ------------------------------------------------------------------ dates */

static long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}
static void civil_from_days(long z, int *y, int *m, int *d) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  *d = (int)(doy - (153 * mp + 2) / 5 + 1);
  *m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *y = (int)(yoe + era * 400 + (*m <= 2));
}
static void fmt_date(char out[11], int y, int m, int d) {
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31) {
    out[0] = 0;
    return;
  }
  out[0] = (char)('0' + y / 1000);
  out[1] = (char)('0' + y / 100 % 10);
  out[2] = (char)('0' + y / 10 % 10);
  out[3] = (char)('0' + y % 10);
  out[4] = '-';
  out[5] = (char)('0' + m / 10);
  out[6] = (char)('0' + m % 10);
  out[7] = '-';
  out[8] = (char)('0' + d / 10);
  out[9] = (char)('0' + d % 10);
  out[10] = 0;
}

/* ------------------------------------------------------------------ context */

size_t ds_extract_memory(void) { return sizeof(ds_extractor); }

ds_extractor *ds_extract_init(void *mem, size_t len) {
  if (!mem || len < sizeof(ds_extractor) || ((uintptr_t)mem % _Alignof(max_align_t)) != 0)
    return NULL;
  ds_extractor *x = mem;
  memset(x, 0, sizeof *x);
  ds__wt_build(x);
  return x;
}

void ds_extract_set_explain(ds_extractor *x, ds_explain_fn fn, void *ud) {
  x->explain = fn;
  x->explain_ud = ud;
}

const char *ds_rule_name(unsigned r) { return r < ds__nrules ? ds__rules[r].name : "?"; }

/* ------------------------------------------------------------------ tokens */

static const char *TX(const ds_extractor *x, const ds__tok *t) { return x->text + t->off; }

/* Is token t the word w (lowercase), in any case? */
static int tok_is(const ds_extractor *x, const ds__tok *t, const char *w) {
  const char *s = TX(x, t);
  size_t i = 0;
  for (; i < t->len; i++) {
    int c = (unsigned char)s[i];
    if (is_upper(c)) c += 32;
    if (c != (unsigned char)w[i]) return 0; /* also stops at w's NUL */
  }
  return w[i] == 0;
}
static int tok_punct(const ds_extractor *x, const ds__tok *t, char c) {
  return (t->fl & DS__T_PUNCT) && t->len == 1 && TX(x, t)[0] == c;
}

/* Does a word of class cls stand in the n tokens before token ti? */
static int class_before(const ds_extractor *x, unsigned ti, unsigned n, uint32_t cls) {
  for (unsigned k = ti >= n ? ti - n : 0; k < ti; k++)
    if (x->tok[k].wcls & cls) return 1;
  return 0;
}

/* Abbreviations after which a period does not end a sentence. */
static const char *const abbrevs[] = {
    "co", "corp", "inc", "ltd", "mr", "mrs", "ms", "dr", "prof", "st", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "bros",
    "mass", "calif", "conn", "fla", "ill", "mich", "minn", "pa", "va", "wash", "ariz",
    "colo", "ga", "md", "mo", "n", "tenn", "tex", "wis", "ky", "la", "ore", "okla", "jr",
    "sr", "gov", "sen", "rep", "gen", "col", "lt", "capt", "ft", "mt", "approx", "est",
    "dept", "div", "assn", "int", "intl", "u.s", "u.k", "e.g", "i.e", "etc", "cos", "plc",
    "nos", "op", "pp", "s.a", "n.v", "a.g", "l.p", "n.a", "k.k", "dlrs", "pct", "mln", "bln",
    "pte", "pty", "bhd", "tbk", "pvt", "cia", "cie", "intl", "mfg", "assoc"};

static int is_abbrev(const char *w, size_t n) {
  char buf[8];
  if (n == 0 || n >= sizeof buf) return 0;
  if (n == 1 && is_upper((unsigned char)w[0])) return 1; /* an initial: "C. Itoh" */
  for (size_t i = 0; i < n; i++) buf[i] = (char)(is_upper((unsigned char)w[i]) ? w[i] + 32 : w[i]);
  buf[n] = 0;
  for (size_t i = 0; i < sizeof abbrevs / sizeof abbrevs[0]; i++)
    if (strcmp(abbrevs[i], buf) == 0) return 1;
  return 0;
}

/* Next sentence in [s, e): returns its end. A sentence ends at . ! ? followed by
 * space and a capital, digit or quote (unless the word is an abbreviation that does
 * not look sentence-final), at a blank line, or at a line that starts indented (wire
 * copy's paragraphs). */
static size_t sentence_end(const char *t, size_t s, size_t e) {
  size_t i = s;
  while (i < e) {
    char c = t[i];
    if (c == '\n') {
      size_t j = i + 1;
      while (j < e && (t[j] == ' ' || t[j] == '\t' || t[j] == '\r')) j++;
      if (j < e && t[j] == '\n') return i + 1;           /* blank line */
      if (j - i - 1 >= 3 && j < e) return i + 1;           /* indented paragraph */
      if (i > s && (t[i - 1] == ':' )) return i + 1;
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
      if (!(is_upper(nc) || is_digit(nc) || nc == '"' || nc == '(' || nc >= 0x80 || nc == '<')) {
        i++;
        continue;
      }
      if (c == '.') {
        size_t w = i;
        while (w > s && (is_alnum((unsigned char)t[w - 1]) || t[w - 1] == '.')) w--;
        if (is_abbrev(t + w, i - w)) {
          /* "Inc. The ..." still ends a sentence: a function word follows */
          size_t k = j;
          while (k < e && is_alpha((unsigned char)t[k])) k++;
          static const char *const starts[] = {"The", "It", "He", "She", "They", "In",
                                               "Its", "This", "We", "A", "But", "Terms",
                                               "Financial", "Shares", "On", "As"};
          int strong = 0;
          for (size_t q = 0; q < sizeof starts / sizeof starts[0]; q++)
            if (strlen(starts[q]) == k - j && memcmp(starts[q], t + j, k - j) == 0) strong = 1;
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

static void add_tok(ds_extractor *x, uint32_t off, uint32_t len, uint16_t fl) {
  if (x->ntok >= DS_MAX_SENT_TOKENS) return;
  ds__tok *t = &x->tok[x->ntok++];
  t->off = off;
  t->len = (uint16_t)(len > 0xffff ? 0xffff : len);
  t->fl = fl;
  t->org = -1;
  t->wcls = 0;
  t->rule = -1;
  if (fl & DS__T_WORD) {
    const ds__wentry *we = ds__wt_find(x, x->text + off, len);
    if (!we && len > 1 && x->text[off + len - 1] == '.') we = ds__wt_find(x, x->text + off, len - 1);
    if (!we && len <= 8 && memchr(x->text + off, '.', len)) {
      /* dotted abbreviations read without their dots: "L.P." "lp", "K.K." "kk" */
      char w[8];
      size_t n = 0;
      for (size_t i = 0; i < len; i++)
        if (x->text[off + i] != '.') w[n++] = x->text[off + i];
      we = ds__wt_find(x, w, n);
    }
    if (we) {
      t->wcls = we->cls;
      t->rule = (int16_t)(we - x->wt);
    }
  }
}

/* Tokenize [s, e) of the article text into x->tok. Returns where it stopped (e, or
 * earlier when the token array filled: the caller reads the rest as another piece). */
static size_t tokenize(ds_extractor *x, size_t s, size_t e) {
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
    if (is_apostrophe(t + i, e - i) && i + (c == '\'' ? 1 : 3) < e &&
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
      int letters = 0, uppers = 0, lowers = 0, dots = 0;
      while (j < e) {
        unsigned d = t[j];
        if (is_alnum((int)d)) {
          if (is_upper((int)d)) uppers++, letters++;
          else if (is_lower((int)d)) lowers++, letters++;
          j++;
          continue;
        }
        if (d >= 0x80) {
          if (utf8_punct_len(t + j, e - j)) break;
          j++;
          lowers++;
          letters++;
          continue;
        }
        if ((d == '-' || d == '&' || d == '.' || d == '\'' || d == '_' || d == '@') && j + 1 < e &&
            (is_alnum(t[j + 1]) || (d == '.' && t[j + 1] >= 0x80 && 0))) {
          if (d == '\'' && (t[j + 1] == 's' || t[j + 1] == 'S') &&
              (j + 2 >= e || !is_alnum(t[j + 2])))
            break; /* possessive */
          if (d == '.') dots++;
          j++;
          continue;
        }
        break;
      }
      /* "U.S." and "N.V.": a dotted abbreviation keeps its final period */
      if (dots && j < e && t[j] == '.' && j - i <= 6) j++;
      uint16_t fl = DS__T_WORD | (nl ? DS__T_NL : 0);
      if (is_upper((int)c)) fl |= DS__T_CAP;
      if (is_digit((int)c)) fl |= DS__T_NUM;
      if (c >= 0x80) fl |= DS__T_NONASCII;
      if (uppers >= 2 && lowers == 0) fl |= DS__T_UPPER;
      {
        /* "Westborough-based", "U.S.-led": a capitalized word with a lowercase tail
         * after its last hyphen is an adjective, not a name */
        size_t h = j;
        while (h > i && t[h - 1] != '-') h--;
        if (h > i + 1 && h < j && is_lower(t[h])) fl |= DS__T_ADJ;
      }
      (void)letters;
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

/* ------------------------------------------------------------------ organizations */

static int find_org_key(const ds_extractor *x, const char *key) {
  for (unsigned i = 0; i < x->norg; i++)
    if (strcmp(x->org[i].key, key) == 0) return (int)i;
  return -1;
}

static int register_org(ds_extractor *x, uint32_t off, uint32_t len, int strong, int person) {
  char key[DS_KEY_MAX];
  ds__name_key(x->text + off, len, key, sizeof key);
  if (!key[0]) return -1;
  int k = find_org_key(x, key);
  if (k < 0) {
    if (x->norg >= DS_MAX_ORGS) return -1;
    k = (int)x->norg++;
    ds__org *o = &x->org[k];
    memset(o, 0, sizeof *o);
    o->name.off = off;
    o->name.len = len;
    memcpy(o->key, key, sizeof key);
    o->alias_of = -1;
  }
  ds__org *o = &x->org[k];
  if (len > o->name.len) o->name = (ds_span){off, len};
  if (o->mentions < 0xffff) o->mentions++;
  if (strong) o->strong = 1;
  if (person) o->person = 1;
  return k;
}

static int name_word(const ds__tok *t) {
  if (!(t->fl & DS__T_WORD)) return 0;
  if (t->fl & DS__T_ADJ) return 0;
  if (t->fl & (DS__T_CAP | DS__T_UPPER | DS__T_NONASCII)) return 1;
  return 0;
}

/* Tickers: "( XOM.N )", "(NYSE: XOM)", "<BOR>": skipped, and they mark the name
 * before them as an organization. Returns the index after the annotation, or i. */
static int ticker_word(const ds_extractor *x, const ds__tok *t) {
  /* "CEG.N", "IBLA.MC", "DB1Gn.DE", "TPG.UL": a code, a dot, one to three capitals */
  const char *w = TX(x, t);
  unsigned n = t->len, dot = 0;
  for (unsigned i = 0; i < n; i++)
    if (w[i] == '.') dot = i;
  if (!dot || dot + 1 >= n || n - dot - 1 > 3 || dot > 8) return 0;
  for (unsigned i = dot + 1; i < n; i++)
    if (!is_upper((unsigned char)w[i])) return 0;
  for (unsigned i = 0; i < dot; i++)
    if (!is_alnum((unsigned char)w[i])) return 0;
  return is_upper((unsigned char)w[0]) && is_upper((unsigned char)w[dot - 1 > 0 ? 1 : 0]);
}

static unsigned skip_ticker(ds_extractor *x, unsigned i) {
  ds__tok *t = x->tok;
  unsigned n = x->ntok;
  if (i >= n) return i;
  if ((t[i].fl & DS__T_WORD) && ticker_word(x, &t[i]) && !(t[i].wcls & DS__W_PLACE)) {
    t[i].fl |= DS__T_SKIP;
    return i + 1;
  }
  if (tok_punct(x, &t[i], '(') || tok_punct(x, &t[i], '<')) {
    char close = tok_punct(x, &t[i], '(') ? ')' : '>';
    unsigned j = i + 1;
    /* "(NYSE: CTS)", "(TSX: ABC)", "(Nasdaq: XYZ)": any exchange name before the colon */
    if (j + 1 < n && (t[j].fl & DS__T_WORD) && (t[j].fl & DS__T_CAP) && t[j].len <= 8 &&
        tok_punct(x, &t[j + 1], ':'))
      j += 2;
    if (j < n && (t[j].fl & DS__T_WORD) && t[j].len <= 12 &&
        ((t[j].fl & DS__T_UPPER) || (t[j].len <= 5 && (t[j].fl & DS__T_CAP) && 0)) &&
        j + 1 < n && tok_punct(x, &t[j + 1], close)) {
      for (unsigned k = i; k <= j + 1; k++) t[k].fl |= DS__T_SKIP;
      return j + 2;
    }
  }
  return i;
}

static int honorific(const ds_extractor *x, const ds__tok *t) {
  return tok_is(x, t, "prof") || tok_is(x, t, "mr") || tok_is(x, t, "mrs") ||
         tok_is(x, t, "ms") || tok_is(x, t, "dr") || tok_is(x, t, "sir");
}

/* A person named with a title: "GEM Chairman Prof. Xu Kaihua", "Linh Austin, President
 * & CEO of Ascend Elements". Remembered with the title and the organization. */
static void note_person(ds_extractor *x, unsigned i, unsigned end) {
  const ds__tok *t = x->tok;
  unsigned n = x->ntok;
  if (x->npeople >= DS__MAX_PEOPLE || end - i < 2) return;
  ds_span name = {t[i].off, t[end - 1].off + t[end - 1].len - t[i].off};
  for (unsigned q = 0; q < x->npeople; q++)
    if (x->people[q].name.len == name.len &&
        memcmp(x->text + x->people[q].name.off, x->text + name.off, name.len) == 0)
      return;
  ds_person *p = &x->people[x->npeople];
  memset(p, 0, sizeof *p);
  p->name = name;
  x->people_org_key[x->npeople][0] = 0;
  /* title before: skip honorifics, then a run of title words */
  unsigned b = i;
  while (b > 0 && (tok_punct(x, &t[b - 1], '.') || honorific(x, &t[b - 1]))) b--;
  unsigned te = b;
  while (b > 0 && ((t[b - 1].wcls & DS__W_TITLE) || tok_punct(x, &t[b - 1], '&')) &&
         !honorific(x, &t[b - 1]))
    b--;
  int org_tok = -1;
  if (b < te) {
    p->title = (ds_span){t[b].off, t[te - 1].off + t[te - 1].len - t[b].off};
    if (b > 0 && t[b - 1].org >= 0) org_tok = (int)b - 1;
  } else if (end + 1 < n && tok_punct(x, &t[end], ',') && (t[end + 1].wcls & DS__W_TITLE)) {
    /* title after: ", President & CEO of Ascend Elements" */
    unsigned a = end + 1, e = a;
    while (e < n && ((t[e].wcls & DS__W_TITLE) || tok_punct(x, &t[e], '&') ||
                     tok_is(x, &t[e], "and")))
      e++;
    while (e > a && !(t[e - 1].wcls & DS__W_TITLE)) e--;
    p->title = (ds_span){t[a].off, t[e - 1].off + t[e - 1].len - t[a].off};
    if (e + 1 < n && (tok_is(x, &t[e], "of") || tok_is(x, &t[e], "at")) &&
        name_word(&t[e + 1]))
      org_tok = (int)e + 1;
  }
  if (org_tok >= 0) {
    /* the org's tokens may not be marked yet (it comes after): take the name run */
    unsigned a = (unsigned)org_tok, e = a;
    if (t[a].org >= 0) {
      while (a > 0 && t[a - 1].org == t[org_tok].org) a--;
      while (e + 1 < n && t[e + 1].org == t[org_tok].org) e++;
    } else {
      while (e + 1 < n && (name_word(&t[e + 1]) || (t[e + 1].wcls & DS__W_SUFFIX)) &&
             !((t[e + 1].fl & DS__T_UPPER) && t[e + 1].len >= 4 && !(t[a].fl & DS__T_UPPER)))
        e++;
    }
    p->org = (ds_span){t[a].off, t[e].off + t[e].len - t[a].off};
    ds__name_key(x->text + p->org.off, p->org.len, x->people_org_key[x->npeople], DS_KEY_MAX);
  }
  x->npeople++;
}

/* Legal forms written as abbreviations take their period ("Inc.", "Co."); "LLC." at
 * the end of a sentence does not. */
static int abbrev_suffix(const ds_extractor *x, const ds__tok *t) {
  return tok_is(x, t, "inc") || tok_is(x, t, "corp") || tok_is(x, t, "co") ||
         tok_is(x, t, "ltd") || tok_is(x, t, "cos") || tok_is(x, t, "bhd") ||
         tok_is(x, t, "pty") || tok_is(x, t, "pte") || tok_is(x, t, "tbk") ||
         tok_is(x, t, "pvt") || tok_is(x, t, "bros");
}

/* Does the article (its body, read first) already know this name, or a longer one that
 * starts with it ("BORG-WARNER" for "Borg-Warner Corp")? */
static int known_name(const ds_extractor *x, uint32_t off, uint32_t len) {
  char key[DS_KEY_MAX];
  ds__name_key(x->text + off, len, key, sizeof key);
  if (!key[0]) return 0;
  size_t n = strlen(key);
  for (unsigned i = 0; i < x->norg; i++) {
    const char *k = x->org[i].key;
    if (strncmp(k, key, n) == 0 && (k[n] == 0 || k[n] == ' ')) return 1;
  }
  return 0;
}

/* Words in the key of a name. */
static int strchr_key_words(const ds_extractor *x, uint32_t off, uint32_t len) {
  char key[DS_KEY_MAX];
  ds__name_key(x->text + off, len, key, sizeof key);
  int w = key[0] != 0;
  for (const char *p = key; *p; p++) w += *p == ' ';
  return w;
}

/* Find the organization names in the current tokens, register them, mark tokens. */
static void find_orgs(ds_extractor *x, int headline) {
  ds__tok *t = x->tok;
  unsigned n = x->ntok;
  for (unsigned i = 0; i < n; i++) skip_ticker(x, i);
  unsigned i = 0;
  while (i < n) {
    ds__tok *a = &t[i];
    if ((a->fl & DS__T_SKIP) || !name_word(a) ||
        (x->caps_headline && (a->wcls & (DS__W_TRIGGER | DS__W_STATUS))) ||
        (a->wcls & (DS__W_STOPCAP | DS__W_MONTH | DS__W_WEEKDAY | DS__W_TITLE | DS__W_PREP)) ||
        ((a->fl & DS__T_NUM) && !(i + 1 < n && name_word(&t[i + 1])))) {
      i++;
      continue;
    }
    unsigned j = i + 1;
    int has_suffix = (a->wcls & DS__W_SUFFIX) != 0;
    int all_place = (a->wcls & (DS__W_PLACE | DS__W_NATION)) != 0;
    int nonparty = (a->wcls & DS__W_NONPARTY) != 0;
    while (j < n) {
      ds__tok *b = &t[j];
      if (b->fl & DS__T_SKIP) break;
      if (b->fl & DS__T_NL && headline) break;
      /* "Contoso Pharmaceuticals to Acquire Litware", "BORG-WARNER BOARD OKS SALE": in a
       * headline whose every word is capitalized, deal and status words end a name */
      if (x->caps_headline && (b->wcls & (DS__W_TRIGGER | DS__W_STATUS | DS__W_SCALE))) break;
      if (b->wcls & DS__W_SUFFIX) {
        /* suffixes join lowercase too ("plc"), and "Co., Ltd." with its comma */
        has_suffix = 1;
        all_place = 0;
        nonparty = 0;
        j++;
        continue;
      }
      if (tok_punct(x, b, ',') && j + 1 < n && (t[j + 1].wcls & DS__W_SUFFIX) &&
          (t[j + 1].fl & DS__T_CAP) && has_suffix == 0 && 0) {
        j++;
        continue;
      }
      if (tok_punct(x, b, ',') && j + 1 < n && (t[j + 1].wcls & DS__W_SUFFIX) &&
          !(t[j + 1].wcls & DS__W_STOPCAP) && t[j + 1].len <= 4 && (t[j + 1].fl & DS__T_CAP)) {
        j++;
        continue;
      }
      if (tok_punct(x, b, '.') && b->off == t[j - 1].off + t[j - 1].len &&
          (t[j - 1].wcls & DS__W_SUFFIX) && abbrev_suffix(x, &t[j - 1])) {
        j++;
        continue;
      }
      if (has_suffix) break; /* nothing but more legal forms after the legal form */
      if (tok_punct(x, b, '.') && t[j - 1].len == 1 && (t[j - 1].fl & DS__T_CAP) &&
          b->off == t[j - 1].off + 1 && j + 1 < n && name_word(&t[j + 1])) {
        j++; /* an initial: "C. Itoh" */
        continue;
      }
      if ((tok_is(x, b, "and") || tok_punct(x, b, '&')) && j + 1 < n &&
          (t[j + 1].wcls & DS__W_SUFFIX) && (t[j + 1].fl & DS__T_CAP)) {
        j++; /* "C. Itoh and Co Ltd" */
        continue;
      }
      if ((b->wcls & DS__W_CONNECT) && j + 1 < n && name_word(&t[j + 1]) &&
          !(t[j + 1].wcls & (DS__W_STOPCAP | DS__W_TITLE | DS__W_MONTH | DS__W_WEEKDAY))) {
        j++;
        continue;
      }
      if (tok_punct(x, b, '&') && j + 1 < n && name_word(&t[j + 1])) {
        j++;
        continue;
      }
      /* "Ascend Elements PHOTO COURTESY": a shout in capitals after a mixed-case
       * name is not part of it */
      if ((b->fl & DS__T_UPPER) && b->len >= 4 && !(a->fl & DS__T_UPPER)) break;
      /* "Northwind Traders AG": a word that never starts a name may stand inside one
       * that ends in a legal form */
      if (name_word(b) && (b->wcls & DS__W_STOPCAP) && !(b->wcls & DS__W_PREP) &&
          j + 1 < n && (t[j + 1].wcls & DS__W_SUFFIX) && (t[j + 1].fl & DS__T_CAP)) {
        j++;
        continue;
      }
      if (name_word(b) &&
          !(b->wcls & (DS__W_STOPCAP | DS__W_TITLE | DS__W_MONTH | DS__W_WEEKDAY | DS__W_PREP))) {
        if (!(b->wcls & (DS__W_PLACE | DS__W_NATION))) all_place = 0;
        /* "Securities and Exchange Commission": a name ending in an agency word */
        nonparty = (b->wcls & DS__W_NONPARTY) != 0;
        j++;
        continue;
      }
      break;
    }
    /* trailing connectors never end a name */
    while (j > i + 1 && ((t[j - 1].wcls & DS__W_CONNECT) || tok_punct(x, &t[j - 1], '&'))) j--;
    /* "MG Rover China tie-up": a place after a name of two or more words is not part of
     * it ("Air China" keeps its place) */
    if (!has_suffix && j >= i + 3 && (t[j - 1].wcls & DS__W_PLACE) && !(t[j - 2].wcls & DS__W_CONNECT) &&
        !(t[j - 2].wcls & DS__W_PLACE))
      j--;
    unsigned end = j;
    /* "Wendy's International Inc", "McDonald's Corp": a possessive inside a name that
     * ends in a legal form */
    if (!has_suffix && end + 1 < n && (tok_is(x, &t[end], "'s") || tok_is(x, &t[end], "\xe2\x80\x99s")) &&
        name_word(&t[end + 1]) && !(t[end + 1].wcls & DS__W_STOPCAP)) {
      unsigned q = end + 1;
      while (q < n && q < end + 5 && name_word(&t[q]) && !(t[q].wcls & DS__W_SUFFIX)) q++;
      if (q < n && (t[q].wcls & DS__W_SUFFIX)) {
        end = q + 1;
        if (end < n && tok_punct(x, &t[end], '.') && t[end].off == t[q].off + t[q].len) end++;
        has_suffix = 1;
        all_place = 0;
      } else if (q > end + 1 &&
                 known_name(x, a->off, t[q - 1].off + t[q - 1].len - a->off) &&
                 strchr_key_words(x, a->off, t[q - 1].off + t[q - 1].len - a->off) >= 2) {
        end = q; /* "Margie's Travel", short for "Margie's Travel Inc." met before */
        all_place = 0;
      }
    }
    /* "AG" alone is a legal form left over, not a name */
    if (end == i + 1 && (a->wcls & DS__W_SUFFIX)) all_place = 1;
    /* "Y" alone is a ticker or a typo; "INSTANT VIEW" is a heading */
    if (end == i + 1) {
      unsigned chars = 0;
      for (unsigned q = 0; q < a->len; q++)
        if (((unsigned char)TX(x, a)[q] & 0xC0) != 0x80) chars++;
      if (chars < 2) all_place = 1;
    }
    if (end > i + 1 && !has_suffix && (a->fl & DS__T_UPPER) && (t[end - 1].fl & DS__T_UPPER) &&
        !(i > 0 && tok_punct(x, &t[i - 1], '<')))
      all_place = 1;
    /* "Exchange", "Group" alone: a common noun, not a name */
    if (end == i + 1 && (a->wcls & DS__W_ORGWORD) && !(a->fl & DS__T_UPPER)) all_place = 1;
    /* "Memorandum of Understanding", "Joint Venture": trigger words, not a name */
    {
      int all_trigger = !has_suffix;
      for (unsigned q = i; q < end && all_trigger; q++)
        if (!(t[q].wcls & (DS__W_TRIGGER | DS__W_CONNECT)) && !tok_is(x, &t[q], "understanding") &&
            !tok_is(x, &t[q], "intent") && !tok_is(x, &t[q], "venture") &&
            !tok_is(x, &t[q], "agreement"))
          all_trigger = 0;
      if (all_trigger) all_place = 1;
    }
    /* "MOU", "Merger" alone: the trigger word, not a name */
    if (end == i + 1 && (a->wcls & DS__W_TRIGGER) && !has_suffix) all_place = 1;
    if (all_place || nonparty) {
      i = end;
      continue;
    }
    /* A lone capitalized word at the start of a sentence is usually just a word,
     * unless we already know it as a name. */
    int sent_start = (i == 0) || tok_punct(x, &t[i - 1], '"') || tok_punct(x, &t[i - 1], '(');
    if (x->caps_headline && !known_name(x, a->off, t[end - 1].off + t[end - 1].len - a->off)) {
      /* in such a headline only names the body also uses are names */
      i = end;
      continue;
    }
    if (a->off >= x->body_off && a->off < x->story_off) {
      /* "CAMBRIDGE, Mass., March 3 -": the dateline */
      i = end;
      continue;
    }
    int strong = has_suffix || (i > 0 && tok_punct(x, &t[i - 1], '<')) ||
                 (end < n && (t[end].fl & DS__T_SKIP));
    if (x->caps_headline) strong = 0; /* "WASTE <WMX>": a headline's short form of a body name */
    uint32_t off = a->off;
    uint32_t len = t[end - 1].off + t[end - 1].len - off;
    if (end == i + 1 && sent_start && !strong && !(a->fl & DS__T_UPPER)) {
      char key[DS_KEY_MAX];
      ds__name_key(x->text + off, len, key, sizeof key);
      if (find_org_key(x, key) < 0) {
        i = end;
        continue;
      }
    }
    if (headline && !strong && end == i + 1 && (a->fl & DS__T_UPPER) && 0) {
      i = end;
      continue;
    }
    /* People: a name right after a title ("CEO Linh Austin", "Prof. Xu Kaihua"), or
     * after Mr./Mrs. */
    int person = 0;
    int orgish = has_suffix;
    for (unsigned q = i; q < end; q++)
      if (t[q].wcls & DS__W_ORGWORD) orgish = 1;
    if (!has_suffix && i > 0) {
      unsigned p = i - 1;
      if (tok_punct(x, &t[p], '.') && p > 0) p--;
      if (t[p].wcls & DS__W_TITLE) person = 1;
      if ((t[p].wcls & DS__W_PERSONCUE) && !orgish && end - i >= 2 && end - i <= 3) person = 1;
    }
    if (!orgish && (a->wcls & DS__W_FIRSTNAME) && end - i >= 2 && end - i <= 3 &&
        !(a->fl & DS__T_UPPER))
      person = 1;
    if (!has_suffix && end + 1 < n && tok_punct(x, &t[end], ',') &&
        (t[end + 1].wcls & DS__W_TITLE) && end - i >= 2)
      person = 1;
    if (person) note_person(x, i, end);
    int k = register_org(x, off, len, strong, person);
    if (k >= 0 && x->in_lead) x->org[k].lead = 1;
    if (person) k = -1;
    for (unsigned q = i; q < end; q++) t[q].org = (int16_t)k;
    /* "Washington Mutual Inc (WaMu)", "Mitsubishi Heavy Industries Ltd (MHI)": the
     * short form in parentheses is an alias */
    unsigned pe = end;
    while (pe < n && (t[pe].fl & DS__T_SKIP)) pe++;
    if (k >= 0 && pe + 2 < n && tok_punct(x, &t[pe], '(') && name_word(&t[pe + 1]) &&
        tok_punct(x, &t[pe + 2], ')') && !(t[pe + 1].fl & DS__T_SKIP) && t[pe + 1].len <= 12) {
      int ak = register_org(x, t[pe + 1].off, t[pe + 1].len, 0, 0);
      if (ak >= 0 && ak != k && x->org[ak].alias_of < 0) x->org[ak].alias_of = (int16_t)k;
      if (ak >= 0) t[pe + 1].org = (int16_t)ak;
      end = pe + 3;
    }
    i = end;
  }
}

/* The fullest known name for org k: a longer org whose key starts with k's words
 * ("Ascend" -> "Ascend Elements"). */
/* "AMC" for "American Motors Corp", "MUFG" for "Mitsubishi UFJ Financial Group": a
 * name in capitals whose letters are the initials of a longer name's words (with or
 * without its legal form). Returns that name's index, or -1. */
static int acronym_of(const ds_extractor *x, int k) {
  const ds_span *nm = &x->org[k].name;
  const char *w = x->text + nm->off;
  char ac[8];
  unsigned n = 0;
  for (unsigned i = 0; i < nm->len; i++) {
    if (!is_upper((unsigned char)w[i]) || n >= sizeof ac - 1) return -1; /* capitals only */
    ac[n++] = (char)(w[i] + 32);
  }
  ac[n] = 0;
  for (unsigned i = 0; i < x->norg; i++) {
    if ((int)i == k || x->org[i].person) continue;
    /* initials of every word of the written name, legal forms included */
    const char *t = x->text + x->org[i].name.off;
    unsigned len = x->org[i].name.len, m = 0, words = 0;
    char in[16];
    for (unsigned q = 0; q < len && m < sizeof in - 1; q++)
      if (is_alpha((unsigned char)t[q]) && (q == 0 || t[q - 1] == ' ' || t[q - 1] == '\n' || t[q - 1] == '-')) {
        in[m++] = (char)(is_upper((unsigned char)t[q]) ? t[q] + 32 : t[q]);
        words++;
      }
    if (words < 2) continue;
    in[m] = 0;
    /* "amc" = "american motors corp"; "ge" = "general electric" + "co" */
    if (strcmp(in, ac) == 0 || (m == n + 1 && strncmp(in, ac, n) == 0 && x->org[i].strong))
      return (int)i;
  }
  return -1;
}

static int resolve_alias(const ds_extractor *x, int k) {
  const char *key = x->org[k].key;
  if (x->org[k].alias_of >= 0) return x->org[k].alias_of;
  /* a name written with its legal form is complete: "Smoky River Holdings Ltd" is not
   * short for "Smoky River Coal Ltd" */
  if (x->org[k].strong) return k;
  size_t n = strlen(key);
  int best = k;
  size_t best_len = n;
  for (unsigned i = 0; i < x->norg; i++) {
    const char *o = x->org[i].key;
    size_t m = strlen(o);
    if (m > best_len && strncmp(o, key, n) == 0 && o[n] == ' ' && !x->org[i].person) {
      best = (int)i;
      best_len = m;
    }
  }
  if (best == k && n >= 2 && n <= 5 && !strchr(key, ' ')) {
    int a = acronym_of(x, k);
    if (a >= 0) best = a;
  }
  return best;
}

/* ------------------------------------------------------------------ rules */

/* Does element el (alternatives separated by '|', NUL/space bounded) match token t? */
static int elem_match(const ds_extractor *x, const ds__tok *t, const char *el, size_t ellen) {
  if (!(t->fl & DS__T_WORD)) return 0;
  const char *p = el, *end = el + ellen;
  while (p < end) {
    const char *bar = memchr(p, '|', (size_t)(end - p));
    const char *we = bar ? bar : end;
    size_t wl = (size_t)(we - p);
    if (t->len == wl) {
      size_t k = 0;
      for (; k < wl; k++) {
        int c = (unsigned char)TX(x, t)[k];
        if (is_upper(c)) c += 32;
        if (c != p[k]) break;
      }
      if (k == wl) return 1;
    }
    p = bar ? bar + 1 : end;
  }
  return 0;
}

/* Match rule r at token i; returns the token index after the match, or 0. */
static unsigned rule_match(const ds_extractor *x, const ds__rule *r, unsigned i) {
  const char *p = r->pattern;
  unsigned j = i;
  while (*p) {
    int optional = 0;
    if (*p == '~') {
      optional = 1;
      p++;
    }
    const char *sp = strchr(p, ' ');
    size_t el = sp ? (size_t)(sp - p) : strlen(p);
    while (j < x->ntok && (x->tok[j].fl & DS__T_SKIP)) j++;
    /* "awarded a $120 million contract": an amount may stand between a pattern's words */
    if (j > i) {
      unsigned q = j;
      while (q < x->ntok && q < j + 6 &&
             ((x->tok[q].fl & DS__T_NUM) || (x->tok[q].wcls & (DS__W_SCALE | DS__W_CURWORD)) ||
              tok_punct(x, &x->tok[q], '$') || tok_punct(x, &x->tok[q], '%') ||
              tok_is(x, &x->tok[q], "pct") || tok_is(x, &x->tok[q], "percent") ||
              ((x->tok[q].fl & DS__T_UPPER || x->tok[q].len == 1) && x->tok[q].len <= 3 &&
               q + 1 < x->ntok && tok_punct(x, &x->tok[q + 1], '$')) ||
              utf8_punct_len((const unsigned char *)TX(x, &x->tok[q]), x->tok[q].len)))
        q++;
      if (q > j && q < x->ntok && elem_match(x, &x->tok[q], p, el)) j = q;
    }
    if (j < x->ntok && elem_match(x, &x->tok[j], p, el)) {
      j++;
    } else if (!optional) {
      return 0;
    }
    p += el;
    while (*p == ' ') p++;
  }
  return j;
}

/* ------------------------------------------------------------------ frames */

static int is_other_prep(const ds_extractor *x, const ds__tok *t) {
  (void)x;
  return (t->wcls & DS__W_OTHERPREP) != 0;
}

static int prep_slot(const ds_extractor *x, const ds__tok *t) {
  if (tok_is(x, t, "by")) return DS__S_BY;
  if (tok_is(x, t, "from")) return DS__S_FROM;
  if (tok_is(x, t, "to")) return DS__S_TO;
  if (tok_is(x, t, "with") || tok_is(x, t, "between")) return DS__S_WITH;
  if (tok_is(x, t, "in") || tok_is(x, t, "into")) return DS__S_IN;
  if (tok_is(x, t, "of") || tok_is(x, t, "for")) return DS__S_OBJ;
  return -1;
}

typedef struct slotfill {
  int org[DS__S_COUNT][3];
  int n[DS__S_COUNT];
} slotfill;

static void slot_add(slotfill *sf, int s, int org) {
  for (int i = 0; i < sf->n[s]; i++)
    if (sf->org[s][i] == org) return;
  if (sf->n[s] < 3) sf->org[s][sf->n[s]++] = org;
}

/* The org mention that ends at token e-1 starts where? */
static unsigned mention_start(const ds_extractor *x, unsigned e) {
  unsigned s = e - 1;
  while (s > 0 && x->tok[s - 1].org == x->tok[e - 1].org) s--;
  return s;
}

/* Between two mentions only "and", ",", ", and" or an annotation: joined. */
static int conjoined(const ds_extractor *x, unsigned a_end, unsigned b_start) {
  int words = 0;
  for (unsigned k = a_end; k < b_start; k++) {
    const ds__tok *t = &x->tok[k];
    if (t->fl & DS__T_SKIP) continue;
    if (tok_punct(x, t, ',') || tok_is(x, t, "and") || tok_punct(x, t, '&')) {
      words++;
      continue;
    }
    return 0;
  }
  return words > 0;
}

static int deal_noun(const ds_extractor *x, const ds__tok *t) {
  static const char *const nouns[] = {"stake", "stakes", "holding", "takeover", "take-over",
                                      "buyout", "bid", "offer", "purchase", "acquisition",
                                      "sale", "tender"};
  for (size_t i = 0; i < sizeof nouns / sizeof nouns[0]; i++)
    if (tok_is(x, t, nouns[i])) return 1;
  return 0;
}

/* Banks and law firms hired for a deal are not its parties: "advised by X", "X acted as
 * financial adviser", "asked X to assist it". */
static int adviser_near(const ds_extractor *x, unsigned s, unsigned e) {
  unsigned from = s >= 3 ? s - 3 : 0, to = e + 4 < x->ntok ? e + 4 : x->ntok;
  for (unsigned k = from; k < to; k++)
    if ((k < s || k >= e) && (x->tok[k].wcls & DS__W_ADVISER)) return 1;
  return 0;
}

/* Fill slots for a trigger spanning tokens [ti, tj). */
static void fill_slots(const ds_extractor *x, unsigned ti, unsigned tj, int partners,
                       slotfill *sf) {
  const ds__tok *t = x->tok;
  memset(sf, 0, sizeof *sf);
  /* left: the nearest organization that is not the object of a preposition, and the
   * ones joined to it; for partner frames every such organization before the trigger */
  int last_org = -1;
  unsigned last_start = 0;
  unsigned left = ti;
  /* "boost its Technicolor stake", "the Gates Learjet offer": a name right before a
   * deal noun is what the deal is for */
  unsigned pm = ti;
  if (!partners && deal_noun(x, &t[ti])) {
    /* skip what may stand between: "Deutsche Boerse $10.2 billion takeover", "Gates
     * Learjet proposed offer" */
    unsigned q = 0;
    while (pm > 0 && q < 6 && t[pm - 1].org < 0 &&
           ((t[pm - 1].fl & (DS__T_NUM | DS__T_PUNCT)) || (t[pm - 1].wcls & DS__W_SCALE) ||
            tok_is(x, &t[pm - 1], "proposed") || tok_is(x, &t[pm - 1], "planned") ||
            tok_is(x, &t[pm - 1], "hostile") || tok_is(x, &t[pm - 1], "cash") ||
            tok_is(x, &t[pm - 1], "all-share") || tok_is(x, &t[pm - 1], "all-cash") ||
            tok_is(x, &t[pm - 1], "friendly") || tok_is(x, &t[pm - 1], "agreed")) &&
           !tok_punct(x, &t[pm - 1], ',') && !tok_punct(x, &t[pm - 1], ';'))
      pm--, q++;
  }
  if (!partners && pm > 0 && t[pm - 1].org >= 0 && deal_noun(x, &t[ti])) {
    if (tj < x->ntok && (tok_is(x, &t[tj], "of") || tok_is(x, &t[tj], "for") ||
                         tok_is(x, &t[tj - 1], "of") || tok_is(x, &t[tj - 1], "for"))) {
      /* "the D.Boerse takeover of NYSE Euronext": the name is the agent */
      slot_add(sf, DS__S_SUBJ, t[pm - 1].org);
      last_org = t[pm - 1].org;
      last_start = mention_start(x, pm);
    } else {
      slot_add(sf, DS__S_OBJ, t[pm - 1].org);
    }
    left = mention_start(x, pm);
  }
  for (unsigned k = left; k-- > 0;) {
    if (t[k].org < 0 || (t[k].fl & DS__T_SKIP)) continue;
    unsigned s = mention_start(x, k + 1);
    int org = t[k].org;
    int oblique = 0;
    if (s > 0) {
      unsigned p = s - 1;
      while (p > 0 && (tok_is(x, &t[p], "the") || (t[p].fl & DS__T_SKIP))) p--;
      if ((t[p].wcls & DS__W_PREP) || is_other_prep(x, &t[p])) oblique = 1;
      /* "after Adatum agreed to buy": a clause's subject, though a preposition stands
       * before it */
      if (oblique && k + 1 < x->ntok &&
          (k + 1 == ti || tok_is(x, &t[k + 1], "agreed") || tok_is(x, &t[k + 1], "said") ||
           tok_is(x, &t[k + 1], "has") || tok_is(x, &t[k + 1], "had") ||
           tok_is(x, &t[k + 1], "will") || tok_is(x, &t[k + 1], "would")) &&
          !(t[p].wcls & DS__W_PREP))
        oblique = 0;
    }
    /* "X's acquisition of Y": X is the subject even though 's follows it */
    if (!oblique) {
      if (last_org < 0) {
        slot_add(sf, DS__S_SUBJ, org);
        last_org = org;
        last_start = s;
      } else if (partners || conjoined(x, k + 1, last_start)) {
        slot_add(sf, DS__S_SUBJ, org);
        last_org = org;
        last_start = s;
      }
    }
    k = s;
  }
  /* right: each organization gets the slot of the last preposition before it; the
   * pattern's own last word counts ("invest in") */
  int cur = DS__S_OBJ;
  if (tj > ti) {
    int ps = prep_slot(x, &t[tj - 1]);
    if (ps >= 0 && tj - 1 > ti) cur = ps;
  }
  int prev_org = -1;
  unsigned prev_end = 0;
  unsigned limit = tj + 40 < x->ntok ? tj + 40 : x->ntok;
  for (unsigned k = tj; k < limit; k++) {
    const ds__tok *tk = &t[k];
    if (tk->fl & DS__T_SKIP) continue;
    if (tok_punct(x, tk, ';')) break;
    if ((tk->wcls & DS__W_CLAUSE) && k > tj) break;
    if (tk->org >= 0) {
      unsigned e = k;
      while (e + 1 < x->ntok && t[e + 1].org == tk->org) e++;
      if (e + 1 < x->ntok && (tok_is(x, &t[e + 1], "'s") || tok_is(x, &t[e + 1], "\xe2\x80\x99s")) &&
          !(e + 2 < x->ntok && ((t[e + 2].wcls & DS__W_UNITNOUN) || tok_is(x, &t[e + 2], "shares") ||
                                tok_is(x, &t[e + 2], "stake") || tok_is(x, &t[e + 2], "stock") ||
                                (e + 3 < x->ntok && tok_punct(x, &t[e + 2], '>') &&
                                 (t[e + 3].wcls & DS__W_UNITNOUN))))) {
        /* "Linn's largest": a possessive names an owner, not a party here; but "X's
         * assets" are X's to sell */
        k = e;
        continue;
      }
      if (adviser_near(x, k, e + 1)) {
        k = e; /* "asked Oppenheimer and Co to advise it": an adviser, not a party */
        continue;
      }
      if (prev_org >= 0 && conjoined(x, prev_end, k)) {
        /* same slot as the previous name */
      } else if (cur >= 0 && sf->n[cur] > 0 && cur != DS__S_WITH) {
        cur = -1; /* a slot takes its first name only */
      }
      if (cur >= 0) slot_add(sf, cur, tk->org);
      prev_org = tk->org;
      prev_end = e + 1;
      k = e;
      continue;
    }
    int ps = prep_slot(x, tk);
    /* "a venture with X for wireless Internet access": for partners, "for" names a
     * purpose, not a side */
    if (ps == DS__S_OBJ && partners && tok_is(x, tk, "for")) ps = -1, cur = -1;
    if (ps >= 0) {
      cur = ps;
      prev_org = -1;
    } else if (is_other_prep(x, tk)) {
      cur = -1;
      prev_org = -1;
    }
  }
}

/* ------------------------------------------------------------------ status */

static int status_of(const ds_extractor *x, unsigned ti, unsigned tj, const ds__rule *r,
                     int *found) {
  int best = -1, best_d = 1 << 30, best_w = 0;
  for (unsigned k = 0; k < x->ntok; k++) {
    if (!(x->tok[k].fl & DS__T_WORD)) continue;
    if (k >= ti && k < tj && r->status != DS__STATUS_CTX) continue;
    /* "the closing of its acquisition" */
    if (tok_is(x, &x->tok[k], "closing") && k + 1 < x->ntok && tok_is(x, &x->tok[k + 1], "of")) {
      int d = k < ti ? (int)(ti - k) * 2 / 3 : (int)(k - tj + 1);
      if (d < best_d) best = DS_STATUS_COMPLETED, best_d = d, best_w = 2;
      continue;
    }
    /* money raised or received is money invested */
    if (r->type == DS_TYPE_INVESTMENT && k < ti &&
        (tok_is(x, &x->tok[k], "raised") || tok_is(x, &x->tok[k], "received") ||
         tok_is(x, &x->tok[k], "made") || tok_is(x, &x->tok[k], "completed"))) {
      int d = (int)(ti - k) * 2 / 3;
      if (d < best_d) best = DS_STATUS_COMPLETED, best_d = d, best_w = 1;
      continue;
    }
    if (!(x->tok[k].wcls & DS__W_STATUS) || x->tok[k].rule < 0) continue;
    {
      const ds__wentry *we = &x->wt[x->tok[k].rule];
      int st = we->status & 0x0f;
      int w = we->status >> 4;
      /* "expected to close", "will complete": not done yet */
      if (st == DS_STATUS_COMPLETED && k >= 1) {
        for (unsigned b = k >= 3 ? k - 3 : 0; b < k; b++)
          if (tok_is(x, &x->tok[b], "expected") || tok_is(x, &x->tok[b], "will") ||
              tok_is(x, &x->tok[b], "to") || tok_is(x, &x->tok[b], "would") ||
              tok_is(x, &x->tok[b], "before") || tok_is(x, &x->tok[b], "should"))
            st = DS_STATUS_AGREED, w = 1;
      }
      const ds__tok *pv = k > 0 ? &x->tok[k - 1] : NULL;
      /* "partnered with Y to offer courses": a purpose after the deal, not its state */
      if (k >= tj && pv && tok_is(x, pv, "to") && st == DS_STATUS_PROPOSED) continue;
      /* "announced that it has acquired": a reporting verb, not the deal's state */
      if ((tok_is(x, &x->tok[k], "announced") || tok_is(x, &x->tok[k], "announces")) &&
          k + 1 < x->ntok &&
          (tok_is(x, &x->tok[k + 1], "that") || tok_is(x, &x->tok[k + 1], "it") ||
           tok_is(x, &x->tok[k + 1], "today") || tok_is(x, &x->tok[k + 1], "on")))
        continue;
      /* "the previously announced sale": an earlier step, not this one's status */
      if (pv && (tok_is(x, pv, "previously") || tok_is(x, pv, "already") ||
                 tok_is(x, pv, "earlier")) && st != DS_STATUS_COMPLETED)
        continue;
      /* "the proposed acquisition", "its planned merger": a deal announced and pending */
      if (pv && st == DS_STATUS_PROPOSED &&
          (tok_is(x, &x->tok[k], "proposed") || tok_is(x, &x->tok[k], "planned")) &&
          (tok_is(x, pv, "the") || tok_is(x, pv, "its") || tok_is(x, pv, "their") ||
           tok_is(x, pv, "his") || tok_is(x, pv, "'s") || tok_is(x, pv, "\xe2\x80\x99s") ||
           tok_is(x, pv, "with")))
        st = DS_STATUS_AGREED, w = 1;
      int d = k < ti ? (int)(ti - k) : (k >= tj ? (int)(k - tj + 1) : 0);
      if (k < ti) d = d * 2 / 3; /* words before the trigger govern it more often */
      /* "called off their planned merger": an ending governs what follows it */
      if (st == DS_STATUS_TERMINATED && k < ti && ti - k <= 8) d = 0, w = 9;
      if (d < best_d || (d == best_d && w > best_w)) {
        best = st;
        best_d = d;
        best_w = w;
      }
    }
  }
  *found = best >= 0;
  if (best < 0) {
    /* no status word: the trigger's own form decides */
    const ds__tok *t = &x->tok[ti];
    const char *w = TX(x, t);
    if (r->status != DS__STATUS_CTX) return r->status;
    /* a past-tense purchase or investment is done; a past-tense agreement is signed */
    int done_type = r->type == DS_TYPE_ACQUISITION || r->type == DS_TYPE_INVESTMENT ||
                    r->type == DS_TYPE_MERGER;
    if (done_type &&
        ((t->len > 2 && w[t->len - 2] == 'e' && w[t->len - 1] == 'd') || tok_is(x, t, "bought") ||
         tok_is(x, t, "sold") || tok_is(x, t, "took")))
      return DS_STATUS_COMPLETED;
    return DS_STATUS_AGREED;
  }
  if (r->status != DS__STATUS_CTX && best != DS_STATUS_TERMINATED && best != DS_STATUS_COMPLETED)
    return r->status;
  return best;
}

/* ------------------------------------------------------------------ background */

static int past_tense(const ds_extractor *x, const ds__tok *t) {
  const char *w = TX(x, t);
  return (t->len > 3 && w[t->len - 2] == 'e' && w[t->len - 1] == 'd') || tok_is(x, t, "bought") ||
         tok_is(x, t, "sold") || tok_is(x, t, "took");
}

/* The year a token names ("2015", "mid-2015", "2015's"), or 0. */
static int year_of(const ds_extractor *x, const ds__tok *t) {
  if (!(t->fl & DS__T_WORD)) return 0;
  const char *w = TX(x, t);
  unsigned n = t->len, i = 0;
  if (n >= 8 && (memcmp(w, "mid-", 4) == 0)) i = 4;
  else if (n >= 9 && (memcmp(w, "late-", 5) == 0)) i = 5;
  else if (n >= 10 && (memcmp(w, "early-", 6) == 0)) i = 6;
  if (n - i < 4 || (n - i > 4 && w[i + 4] != '\'')) return 0;
  int y = 0;
  for (unsigned q = i; q < i + 4; q++) {
    if (!is_digit((unsigned char)w[q])) return 0;
    y = y * 10 + (w[q] - '0');
  }
  return y >= 1900 && y <= 2100 ? y : 0;
}

/* A deal mentioned as background: "which bought X in 2019", "X, acquired last year". */
static const char *background(const ds_extractor *x, unsigned ti, unsigned tj) {
  /* a chronology item: "MAY 2012 - Marubeni agreed to buy ...", "2007: ..." */
  {
    unsigned k = 0;
    while (k < x->ntok && (x->tok[k].fl & DS__T_PUNCT)) k++;
    if (k < x->ntok && (x->tok[k].wcls & DS__W_MONTH)) k++;
    if (k < x->ntok && tok_punct(x, &x->tok[k], ',')) k++;
    if (k < x->ntok && (x->tok[k].fl & DS__T_NUM) && x->tok[k].len == 4 && k + 1 < x->ntok &&
        (tok_punct(x, &x->tok[k + 1], '-') || tok_punct(x, &x->tok[k + 1], ':') ||
         tok_punct(x, &x->tok[k + 1], ',') || (x->tok[k + 1].fl & DS__T_PUNCT))) {
      const char *w = TX(x, &x->tok[k]);
      int y = (w[0] - '0') * 1000 + (w[1] - '0') * 100 + (w[2] - '0') * 10 + (w[3] - '0');
      if (y >= 1900 && (!x->pub_y || y < x->pub_y || ti > 0)) return "chronology item";
    }
  }
  /* a description, not news: ", a joint venture of", "is a unit of" */
  {
    unsigned k = ti;
    unsigned adj = 0;
    while (k > 0 && adj < 3 && (x->tok[k - 1].fl & DS__T_WORD) && !tok_is(x, &x->tok[k - 1], "a") &&
           !tok_is(x, &x->tok[k - 1], "an") &&
           (is_lower((unsigned char)TX(x, &x->tok[k - 1])[0]) || (x->tok[k - 1].fl & DS__T_NUM)) &&
           !(x->tok[k - 1].wcls & DS__W_PREP) && !(x->tok[k - 1].wcls & DS__W_STATUS))
      k--, adj++;
    if (k >= 2 && (tok_is(x, &x->tok[k - 1], "a") || tok_is(x, &x->tok[k - 1], "an")) &&
        (tok_punct(x, &x->tok[k - 2], ',') || tok_is(x, &x->tok[k - 2], "is") ||
         tok_is(x, &x->tok[k - 2], "was")) &&
        (x->ntok <= tj || tok_is(x, &x->tok[tj], "of") || tok_is(x, &x->tok[tj], "between") ||
         tok_punct(x, &x->tok[tj], ',') || tok_punct(x, &x->tok[tj], '.') ||
         tok_is(x, &x->tok[tj], "that") || tok_is(x, &x->tok[tj], "which")))
      return "description"; /* ", an investment partnership," */
  }
  /* "filed a registration statement for the sale of ... interests": a public offering
   * is not a deal between companies (a named buyer in a rights issue still is) */
  for (unsigned k = 0; k + 1 < x->ntok; k++) {
    const ds__tok *a = &x->tok[k], *b = &x->tok[k + 1];
    if ((tok_is(x, a, "registration") && tok_is(x, b, "statement")) ||
        ((tok_is(x, a, "public") || tok_is(x, a, "share") || tok_is(x, a, "secondary") ||
          tok_is(x, a, "stock")) && tok_is(x, b, "offering")) ||
        tok_is(x, a, "ipo"))
      return "public offering";
  }
  /* "two months after First Interstate withdrew its bid": a deal told as the past a
   * story is measured from */
  for (unsigned k = ti >= 10 ? ti - 10 : 0; k + 1 < ti; k++)
    if (tok_is(x, &x->tok[k + 1], "after") &&
        (tok_is(x, &x->tok[k], "months") || tok_is(x, &x->tok[k], "weeks") ||
         tok_is(x, &x->tok[k], "years") || tok_is(x, &x->tok[k], "days") ||
         tok_is(x, &x->tok[k], "month") || tok_is(x, &x->tok[k], "year")))
      return "time since";
  /* "in which Parmalat agreed in May to buy": a month past, told before the deal */
  for (unsigned k = ti >= 6 ? ti - 6 : 0; k + 1 < ti && x->pub_m; k++)
    if (tok_is(x, &x->tok[k], "in") && (x->tok[k + 1].wcls & DS__W_MONTH) && x->tok[k + 1].rule >= 0 &&
        !(k + 2 < x->ntok && (x->tok[k + 2].fl & DS__T_NUM)) &&
        x->wt[x->tok[k + 1].rule].val < x->pub_m - 1)
      return "earlier month";
  /* "merge its BHP Minerals division and ...": an internal reorganization */
  if (tj < x->ntok && tok_is(x, &x->tok[tj], "its") &&
      (tok_is(x, &x->tok[ti], "merge") || tok_is(x, &x->tok[ti], "merging") ||
       tok_is(x, &x->tok[ti], "merged") || tok_is(x, &x->tok[ti], "merges")))
    return "internal reorganization";
  unsigned from = ti >= 4 ? ti - 4 : 0;
  for (unsigned k = from; k < ti; k++)
    if ((tok_is(x, &x->tok[k], "which") || tok_is(x, &x->tok[k], "who") ||
         tok_is(x, &x->tok[k], "whose") || tok_is(x, &x->tok[k], "since")) &&
        !(k > 0 && (x->tok[k - 1].wcls & DS__W_PREP || is_other_prep(x, &x->tok[k - 1]) ||
                    tok_is(x, &x->tok[k - 1], "under"))))
      return "relative clause"; /* "under which Datum will supply" is not background */
  unsigned to = tj + 8 < x->ntok ? tj + 8 : x->ntok;
  for (unsigned k = from; k < to; k++) {
    const ds__tok *t = &x->tok[k];
    /* "in 2019", "in March 2019", "in mid-2015", "since early 2010" */
    int y = year_of(x, t);
    /* with no published date, a year told before the deal marks it as past, and one
     * after a deal told in the past tense ("was merged into Carnival in 2003") */
    if (y && !x->pub_y && k > 0 && tok_is(x, &x->tok[k - 1], "in") &&
        (k < ti || past_tense(x, &x->tok[ti])))
      return "earlier year";
    if (y && x->pub_y) {
      unsigned b = k - (k > 0);
      if (b > 0 && ((x->tok[b].wcls & DS__W_MONTH) || tok_is(x, &x->tok[b], "early") ||
                    tok_is(x, &x->tok[b], "late")))
        b--;
      if (y < x->pub_y && k > 0 && (tok_is(x, &x->tok[b], "in") || tok_is(x, &x->tok[b], "since")))
        return "earlier year";
    }
    if (tok_is(x, t, "last") && k + 1 < x->ntok &&
        (tok_is(x, &x->tok[k + 1], "year") || tok_is(x, &x->tok[k + 1], "month") ||
         (x->tok[k + 1].wcls & DS__W_MONTH)))
      return "last year";
    if (tok_is(x, t, "previously") || tok_is(x, t, "formerly") || tok_is(x, t, "ago"))
      if (!(k + 1 < x->ntok && tok_is(x, &x->tok[k + 1], "announced")))
        return "earlier";
  }
  return NULL;
}

/* ------------------------------------------------------------------ value, date */

/* Is the money expression at token k introduced as a price ("for about $5 million",
 * "valued at", "a $2 billion deal")? */
static int price_context(const ds_extractor *x, unsigned k) {
  static const char *const hedges[] = {"about", "around", "approximately", "some", "roughly",
                                       "nearly", "almost", "over", "than", "more", "up",
                                       "to", "an", "estimated", "a", "total", "of"};
  static const char *const price[] = {"for", "at", "valued", "worth", "price", "priced",
                                      "paid", "pay", "pays", "paying", "value", "values",
                                      "totaling", "totalling", "invest", "invested",
                                      "investing", "raised", "raise", "cost", "deal",
                                      "offer", "bid", "in", "with"};
  unsigned q = k, steps = 0;
  while (q > 0 && steps < 5) {
    const ds__tok *t = &x->tok[q - 1];
    if (t->fl & DS__T_PUNCT) { /* "$", "US$", "C$": part of the expression */
      if (tok_punct(x, t, ',') || tok_punct(x, t, ';')) return 0;
      q--, steps++;
      continue;
    }
    int hedge = 0;
    for (size_t i = 0; i < sizeof price / sizeof price[0]; i++)
      if (tok_is(x, t, price[i])) return 1;
    for (size_t i = 0; i < sizeof hedges / sizeof hedges[0]; i++)
      if (tok_is(x, t, hedges[i])) hedge = 1;
    if (!hedge && !(t->wcls & DS__W_PLACE) && !(t->fl & DS__T_UPPER)) break;
    q--, steps++;
  }
  /* "a $2 billion deal", "$12.5 billion acquisition": a deal noun right after */
  return 0;
}

/* The deal's value in the current sentence: a price after the trigger first, then one
 * before it; a figure not introduced as a price only when the article does not say the
 * terms were undisclosed. Returns 1 when found. */
static int find_value(const ds_extractor *x, unsigned ti, ds_event *ev, int price_only) {
  int best_rank = 0;
  double best = 0;
  const char *iso = NULL;
  size_t textlen = x->a->body.off + x->a->body.len;
  if (x->a->title.off + x->a->title.len > textlen) textlen = x->a->title.off + x->a->title.len;
  for (unsigned k = 0; k < x->ntok; k++) {
    const ds__tok *t = &x->tok[k];
    if (!(t->fl & DS__T_WORD)) continue;
    if (!(t->fl & DS__T_NUM) && !(t->len <= 7 && is_lower((unsigned char)TX(x, t)[0])))
      continue;
    double amt;
    const char *cur;
    size_t end;
    if (!ds__parse_money(x, x->text, textlen, t->off, &amt, &cur, &end)) continue;
    if (amt < 1000) continue; /* prices and small change are not deal values */
    int pc = price_context(x, k);
    if (!pc) {
      /* "a $2 billion deal": a deal word right after the expression */
      unsigned q = k + 1;
      while (q < x->ntok && x->tok[q].off < end) q++;
      if (q < x->ntok && ((x->tok[q].wcls & DS__W_TRIGGER) || tok_is(x, &x->tok[q], "deal") ||
                          tok_is(x, &x->tok[q], "transaction") || tok_is(x, &x->tok[q], "cash")))
        pc = 1;
    }
    int after = k > ti;
    int rank = pc ? (after ? 4 : 3) : (price_only || x->undisclosed ? 0 : (after ? 2 : 1));
    if (rank > best_rank) {
      best_rank = rank;
      best = amt;
      iso = cur;
      if (rank == 4) break;
    }
  }
  if (!iso) return 0;
  ev->has_value = 1;
  ev->amount = best;
  memcpy(ev->currency, iso, 4);
  return 1;
}

/* Sectors named in the deal's sentence (lexicon.c). */
static void find_sectors(const ds_extractor *x, ds_event *ev) {
  for (unsigned k = 0; k < x->ntok && ev->nsectors < DS_MAX_SECTORS; k++) {
    const ds__tok *t = &x->tok[k];
    if (!(t->fl & DS__T_WORD) || t->len < 3 || (t->fl & DS__T_NUM)) continue;
    for (unsigned q = 0; q < ds__nsectors; q++) {
      if (!tok_is(x, t, ds__sectors[q].w)) continue;
      const char *sec = ds__sectors[q].sector;
      int dup = 0;
      for (unsigned z = 0; z < ev->nsectors; z++)
        if (strcmp(ev->sectors[z], sec) == 0) dup = 1;
      if (!dup) ev->sectors[ev->nsectors++] = sec;
      break;
    }
  }
}

static int weekday_of(int y, int m, int d) {
  long z = days_from_civil(y, m, d);
  return (int)((z % 7 + 11) % 7); /* 1970-01-01 was a Thursday (4) */
}

static int find_date(const ds_extractor *x, ds_event *ev) {
  /* "On March 10 Tesco launched a bid": a date in the sentence, outside the dateline,
   * in the published year unless it says another (or lies ahead of publication) */
  int ref_y = x->pub_y ? x->pub_y : x->dl_y;
  for (unsigned k = 0; k + 1 < x->ntok && ref_y; k++) {
    const ds__tok *t = &x->tok[k];
    if (!(t->wcls & DS__W_MONTH) || t->rule < 0 || t->off < x->story_off) continue;
    if (!(k > 0 && (tok_is(x, &x->tok[k - 1], "on") || tok_is(x, &x->tok[k - 1], "dated"))))
      continue;
    unsigned j = k + 1;
    if (j < x->ntok && tok_punct(x, &x->tok[j], '.')) j++;
    if (j >= x->ntok || !(x->tok[j].fl & DS__T_NUM) || x->tok[j].len > 2) continue;
    const char *w = TX(x, &x->tok[j]);
    int d = x->tok[j].len == 1 ? w[0] - '0' : (w[0] - '0') * 10 + (w[1] - '0');
    int m = x->wt[t->rule].val, y = ref_y;
    if (d < 1 || d > 31) continue;
    if (x->pub_y && (m > x->pub_m || (m == x->pub_m && d > x->pub_d))) y--; /* last December */
    fmt_date(ev->date, y, m, d);
    return 2;
  }
  /* a weekday in the sentence, resolved against the published date */
  for (unsigned k = 0; k < x->ntok && x->pub_y; k++) {
    if (!(x->tok[k].wcls & DS__W_WEEKDAY)) continue;
    const ds__wentry *e = &x->wt[x->tok[k].rule];
    int w = e->val;
    int pw = weekday_of(x->pub_y, x->pub_m, x->pub_d);
    int back = (pw - w + 7) % 7;
    int y, m, d;
    civil_from_days(days_from_civil(x->pub_y, x->pub_m, x->pub_d) - back, &y, &m, &d);
    fmt_date(ev->date, y, m, d);
    return 2;
  }
  if (x->dl_y) {
    fmt_date(ev->date, x->dl_y, x->dl_m, x->dl_d);
    return 1;
  }
  for (unsigned k = 0; k < x->ntok && x->pub_y; k++)
    if (tok_is(x, &x->tok[k], "today")) {
      fmt_date(ev->date, x->pub_y, x->pub_m, x->pub_d);
      return 1;
    }
  ev->date[0] = 0;
  return 0;
}

/* Dateline at the start of the body: "WESTBOROUGH, Mass. and SHENZHEN, China, Sept. 17,
 * 2025 /PRNewswire/ --", "STAMFORD, Conn., March 13 -", "ZURICH (Reuters) -". Sets the
 * dateline date and places; returns the offset where the story starts. */
static size_t read_dateline(ds_extractor *x, size_t s, size_t e) {
  const char *t = x->text;
  size_t lim = s + 240 < e ? s + 240 : e;
  size_t stop = 0;
  int reuters = 0;
  for (size_t i = s; i + 2 < lim; i++) {
    if (t[i] == '\n' && i > s + 2 && t[i + 1] == '\n') break;
    if (t[i] == ' ' && t[i + 1] == '-' && (t[i + 2] == ' ' || t[i + 2] == '-')) {
      stop = i;
      break;
    }
    if (t[i] == '(' && lim - i > 9 && memcmp(t + i, "(Reuters)", 9) == 0) reuters = 1;
    if (t[i] == '/' && lim - i > 12 && memcmp(t + i, "/PRNewswire/", 12) == 0) {
      stop = i;
      break;
    }
  }
  if (!stop) return s;
  /* date: ISO, or Month Day[, Year] */
  x->ntok = 0;
  tokenize(x, s, stop);
  for (unsigned k = 0; k < x->ntok; k++) {
    const ds__tok *tk = &x->tok[k];
    int y, m, d;
    if ((tk->fl & DS__T_NUM) && ds__parse_date_ymd(TX(x, tk), tk->len, &y, &m, &d)) {
      x->dl_y = y, x->dl_m = m, x->dl_d = d;
      break;
    }
    if ((tk->wcls & DS__W_MONTH) && tk->rule >= 0) {
      unsigned j = k + 1;
      if (j < x->ntok && tok_punct(x, &x->tok[j], '.')) j++;
      if (j < x->ntok && (x->tok[j].fl & DS__T_NUM) && x->tok[j].len <= 2) {
        const char *w = TX(x, &x->tok[j]);
        d = x->tok[j].len == 1 ? w[0] - '0' : (w[0] - '0') * 10 + (w[1] - '0');
        m = x->wt[tk->rule].val;
        y = x->pub_y;
        unsigned q = j + 1;
        if (q < x->ntok && tok_punct(x, &x->tok[q], ',')) q++;
        if (q < x->ntok && (x->tok[q].fl & DS__T_NUM) && x->tok[q].len == 4) {
          const char *yw = TX(x, &x->tok[q]);
          y = (yw[0] - '0') * 1000 + (yw[1] - '0') * 100 + (yw[2] - '0') * 10 + (yw[3] - '0');
        }
        if (y && d >= 1 && d <= 31) {
          x->dl_y = y, x->dl_m = m, x->dl_d = d;
        }
        break;
      }
    }
  }
  if (reuters && !x->dl_y && x->pub_y) x->dl_y = x->pub_y, x->dl_m = x->pub_m, x->dl_d = x->pub_d;
  /* places: the upper-case city names of the dateline */
  for (unsigned k = 0; k < x->ntok && x->nplaces < DS_MAX_PLACES; k++) {
    const ds__tok *tk = &x->tok[k];
    if (!(tk->fl & DS__T_WORD) || !(tk->fl & DS__T_CAP) || (tk->wcls & (DS__W_MONTH | DS__W_STOPCAP)))
      continue;
    if (tok_is(x, tk, "date")) continue;
    if (!(tk->fl & DS__T_UPPER) && !(k == 0 || (k > 0 && tok_is(x, &x->tok[k - 1], "and"))))
      continue;
    if (tk->fl & DS__T_UPPER && tk->len <= 2) continue;
    unsigned j = k;
    while (j + 1 < x->ntok && (x->tok[j + 1].fl & DS__T_CAP) &&
           ((x->tok[j + 1].fl & DS__T_UPPER) == (tk->fl & DS__T_UPPER)))
      j++;
    if (tok_is(x, tk, "reuters")) break;
    x->places[x->nplaces++] = (ds_span){tk->off, x->tok[j].off + x->tok[j].len - tk->off};
    k = j;
    /* skip to the next " and " */
    while (k + 1 < x->ntok && !tok_is(x, &x->tok[k + 1], "and")) k++;
  }
  return stop;
}

/* Does pat start at t[i]? A space in pat matches any run of white space (wire copy
 * wraps lines anywhere); case-sensitive, the phrases are lowercase prose. */
static int phrase_at(const char *t, size_t i, size_t e, const char *pat) {
  for (const char *p = pat; *p; p++) {
    if (i >= e) return 0;
    if (*p == ' ') {
      if (!is_space((unsigned char)t[i])) return 0;
      while (i < e && is_space((unsigned char)t[i])) i++;
      continue;
    }
    if (t[i] != *p) return 0;
    i++;
  }
  return 1;
}

/* Terms not disclosed: any phrase of ds__undisclosed (lexicon.c) in the body. */
static int says_undisclosed(const char *t, size_t s, size_t e) {
  for (size_t i = s; i < e; i++) {
    char c = t[i];
    if (c < 'a' || c > 'z') continue;
    if (i > s && is_alpha((unsigned char)t[i - 1])) continue; /* phrases start a word */
    for (unsigned p = 0; p < ds__nundisclosed; p++)
      if (ds__undisclosed[p][0] == c && phrase_at(t, i, e, ds__undisclosed[p])) return 1;
  }
  return 0;
}

/* ------------------------------------------------------------------ candidates */

static void explain(ds_extractor *x, const ds_event *ev, int kept, const char *why) {
  if (x->explain) x->explain(x->explain_ud, x->a, ev, kept, why);
}

static int party_role_of(const ds__cand *c, int org) {
  if (org < 0) return -1; /* a described piece of a company ("its Proseware division") */
  for (unsigned i = 0; i < c->ev.nparties; i++)
    if (c->slot_org[i] == org) return c->ev.parties[i].role;
  return -1;
}

/* "Pinola" after "Chairman Joseph Pinola": the surname of a known person. */
static int is_person(const ds_extractor *x, int org) {
  const ds__org *o = &x->org[org];
  if (o->person) return 1;
  if (strchr(o->key, ' ') || o->strong) return 0;
  size_t n = strlen(o->key);
  for (unsigned i = 0; i < x->norg; i++) {
    const ds__org *p = &x->org[i];
    if (!p->person) continue;
    size_t m = strlen(p->key);
    if (m > n && p->key[m - n - 1] == ' ' && strcmp(p->key + m - n, o->key) == 0) return 1;
  }
  return 0;
}

static void add_party(ds_extractor *x, ds__cand *c, int org, int role) {
  if (org < 0 || role == DS__NOROLE || is_person(x, org)) return;
  org = resolve_alias(x, org);
  if (party_role_of(c, org) >= 0) return;
  if (c->ev.nparties >= DS_MAX_PARTIES) return;
  c->slot_org[c->ev.nparties] = (int16_t)org;
  ds_party *p = &c->ev.parties[c->ev.nparties++];
  p->name = x->org[org].name;
  p->role = (uint8_t)role;
  memcpy(p->key, x->org[org].key, DS_KEY_MAX);
}

static int same_family(int a, int b) {
  static const int fam[DS_TYPE_COUNT] = {0, 0, 1, 1, 1, 2, 3, 4};
  return fam[a] == fam[b];
}

/* The side that does the deal: alone, it names no deal ("Netflix's content
 * acquisition goals", "Samsung to invest in chips"). */
static int active_role(int role) {
  return role == DS_ROLE_ACQUIRER || role == DS_ROLE_INVESTOR || role == DS_ROLE_SUPPLIER ||
         role == DS_ROLE_LICENSOR || role == DS_ROLE_CUSTOMER;
}

static int has_role(const ds__cand *c, int role) {
  for (unsigned p = 0; p < c->ev.nparties; p++)
    if (c->ev.parties[p].role == role) return 1;
  return 0;
}

/* "sell its European payments business", "the sale of its industrial products
 * division": a piece of a company, described rather than named, is the target. */
static void unit_target(const ds_extractor *x, unsigned tj, ds__cand *c) {
  unsigned k = tj;
  if (k < x->ntok && tok_is(x, &x->tok[k], "of")) k++;
  if (k >= x->ntok || !(tok_is(x, &x->tok[k], "its") || tok_is(x, &x->tok[k], "their") ||
                        tok_is(x, &x->tok[k], "the")))
    return;
  unsigned a = k + 1, e = a;
  while (e < x->ntok && e < a + 4 && (x->tok[e].fl & DS__T_WORD) && !(x->tok[e].wcls & DS__W_UNITNOUN) &&
         !(x->tok[e].wcls & (DS__W_PREP | DS__W_CLAUSE)) && !is_other_prep(x, &x->tok[e]) &&
         !tok_is(x, &x->tok[e], "and"))
    e++;
  if (e >= x->ntok || e == a || !(x->tok[e].wcls & DS__W_UNITNOUN) || c->ev.nparties >= DS_MAX_PARTIES)
    return;
  for (unsigned q = a; q <= e; q++)
    if (x->tok[q].fl & DS__T_NUM) return; /* "its 49 pct interest": a stake, told elsewhere */
  ds_party *p = &c->ev.parties[c->ev.nparties];
  p->name = (ds_span){x->tok[a].off, x->tok[e].off + x->tok[e].len - x->tok[a].off};
  p->role = DS_ROLE_TARGET;
  ds__name_key(x->text + p->name.off, p->name.len, p->key, sizeof p->key);
  c->slot_org[c->ev.nparties++] = -1;
}

/* "Shares of Litware jumped after Adatum agreed to buy the company": "the company" is
 * the sentence's other name. */
static void company_target(const ds_extractor *x, unsigned tj, ds__cand *c) {
  if (tj >= x->ntok || c->ev.nparties >= DS_MAX_PARTIES) return;
  int anaphor = (tj + 1 < x->ntok && tok_is(x, &x->tok[tj], "the") &&
                 (tok_is(x, &x->tok[tj + 1], "company") || tok_is(x, &x->tok[tj + 1], "firm") ||
                  tok_is(x, &x->tok[tj + 1], "group") || tok_is(x, &x->tok[tj + 1], "business")));
  if (!anaphor) return;
  for (unsigned k = 0; k < x->ntok; k++) {
    int o = x->tok[k].org;
    if (o < 0 || x->org[o].person || adviser_near(x, k, k + 1)) continue;
    o = resolve_alias(x, o);
    if (party_role_of(c, o) >= 0) continue;
    ds_party *p = &c->ev.parties[c->ev.nparties];
    p->name = x->org[o].name;
    p->role = DS_ROLE_TARGET;
    memcpy(p->key, x->org[o].key, DS_KEY_MAX);
    c->slot_org[c->ev.nparties++] = (int16_t)o;
    return;
  }
}

/* "sold 114,000 Allied Products common shares": shares, no named buyer */
static int shares_after(const ds_extractor *x, unsigned tj) {
  unsigned lim = tj + 8 < x->ntok ? tj + 8 : x->ntok;
  for (unsigned k = tj; k < lim; k++)
    if (tok_is(x, &x->tok[k], "shares") || tok_is(x, &x->tok[k], "stock")) return 1;
  return 0;
}

static int only_role(const ds__cand *c, int role) {
  for (unsigned p = 0; p < c->ev.nparties; p++)
    if (c->ev.parties[p].role != role) return 0;
  return 1;
}

/* Would c merge into an earlier candidate? */
/* Is c another telling of o: the same family of deal, a party in common, and not a
 * rival bid (each names a buyer, none in common: competing bids are separate deals)? */
static int same_deal(const ds__cand *o, const ds__cand *c) {
  if (!same_family(o->ev.type, c->ev.type)) return 0;
  int shared = 0, c_buyers = 0, common_buyer = 0, o_buyers = 0, common_target = 0;
  for (unsigned p = 0; p < o->ev.nparties; p++)
    if (o->ev.parties[p].role == DS_ROLE_ACQUIRER) o_buyers++;
  for (unsigned p = 0; p < c->ev.nparties; p++) {
    int r = party_role_of(o, c->slot_org[p]);
    if (r >= 0) shared++;
    if (r == DS_ROLE_TARGET && c->ev.parties[p].role == DS_ROLE_TARGET) common_target = 1;
    if (c->ev.parties[p].role == DS_ROLE_ACQUIRER) {
      c_buyers++;
      if (r == DS_ROLE_ACQUIRER) common_buyer = 1;
    }
  }
  if (!shared) return 0;
  return !(common_target && c_buyers && o_buyers && !common_buyer);
}

static int merges(const ds_extractor *x, const ds__cand *c) {
  for (unsigned i = 0; i < x->ncand; i++)
    if (same_deal(&x->cand[i], c)) return 1;
  return 0;
}

/* Rules whose subject role is a guess: "X signed a supply agreement with Y" does not
 * say which side supplies. */
static int guessed_roles(unsigned rule) {
  const char *n = ds_rule_name(rule);
  return strcmp(n, "supply-agreement") == 0 || strcmp(n, "licensing-agreement") == 0;
}

/* What a later telling of a deal adds: the value and the date, when the first lacked
 * them. */
static void fill_from(ds__cand *o, const ds__cand *c) {
  if (!o->ev.has_value && c->ev.has_value) {
    o->ev.has_value = 1;
    o->ev.amount = c->ev.amount;
    memcpy(o->ev.currency, c->ev.currency, 4);
  }
  if (c->ev.date[0] && c->date_q > o->date_q) { /* "On March 10 Tesco launched a bid" */
    memcpy(o->ev.date, c->ev.date, 11);
    o->date_q = c->date_q;
  }
  /* "a supply agreement with Datum under which Datum will supply ...": the verb's frame
   * knows who supplies whom; the agreement noun's frame only guessed */
  if (guessed_roles(o->ev.rule) && !guessed_roles(c->ev.rule) && o->ev.type == c->ev.type)
    for (unsigned p = 0; p < c->ev.nparties; p++)
      for (unsigned q = 0; q < o->ev.nparties; q++)
        if (c->slot_org[p] >= 0 && o->slot_org[q] == c->slot_org[p])
          o->ev.parties[q].role = c->ev.parties[p].role;
  for (unsigned k = 0; k < c->ev.nsectors && o->ev.nsectors < DS_MAX_SECTORS; k++) {
    int dup = 0; /* sectors named in any telling */
    for (unsigned q = 0; q < o->ev.nsectors; q++)
      if (strcmp(o->ev.sectors[q], c->ev.sectors[k]) == 0) dup = 1;
    if (!dup) o->ev.sectors[o->ev.nsectors++] = c->ev.sectors[k];
  }
  if (o->title_evidence && !c->title_evidence) {
    /* the body's sentence says more than the headline, its status too */
    o->ev.evidence = c->ev.evidence;
    o->ev.status = c->ev.status;
    o->title_evidence = 0;
  }
}

/* Merge c into an earlier candidate of the same deal, or keep it. */
static void keep_candidate(ds_extractor *x, ds__cand *c) {
  /* the same companies in another frame of the same sentence or a later one ("its
   * stake" after "agreed to buy"): the deal already found, told again */
  for (unsigned i = 0; i < x->ncand; i++) {
    ds__cand *o = &x->cand[i];
    unsigned inside = 0;
    for (unsigned p = 0; p < c->ev.nparties; p++)
      if (party_role_of(o, c->slot_org[p]) >= 0) inside++;
    if (inside == c->ev.nparties && inside >= 2) {
      fill_from(o, c);
      explain(x, &c->ev, 1, "the same parties as an earlier event");
      return;
    }
  }
  for (unsigned i = 0; i < x->ncand; i++) {
    ds__cand *o = &x->cand[i];
    if (!same_deal(o, c)) continue;
    for (unsigned p = 0; p < c->ev.nparties; p++)
      if (party_role_of(o, c->slot_org[p]) < 0) {
        /* a second name in a role that takes one (target) is another deal's */
        add_party(x, o, c->slot_org[p], c->ev.parties[p].role);
      }
    fill_from(o, c);
    if (c->ev.status == DS_STATUS_TERMINATED || c->ev.status == DS_STATUS_COMPLETED)
      if (o->sent_index <= 1 && c->sent_index <= 3) o->ev.status = c->ev.status;
    explain(x, &c->ev, 1, "merged into an earlier event");
    return;
  }
  if (x->ncand < DS__MAX_CANDS) {
    x->cand[x->ncand++] = *c;
    explain(x, &c->ev, 1, "kept");
  } else {
    explain(x, &c->ev, 0, "candidate table full");
  }
}

/* The lead (title and first sentences) states the news; later sentences mostly give
 * background, so a deal found there must involve a company the lead is about. */
#define DS__LEAD_SENTENCES 2
#define DS__NEWS_SENTENCES 4
static int lead_party(const ds_extractor *x, const ds__cand *c) {
  for (unsigned p = 0; p < c->ev.nparties; p++) {
    int o = c->slot_org[p];
    if (o >= 0 && x->org[o].lead) return 1;
  }
  return 0;
}

/* Percentage stated right after token k ("52 pct", "9.9 percent", "35%"), or -1. */
static int pct_at(const ds_extractor *x, unsigned k) {
  const ds__tok *t = &x->tok[k];
  if (!(t->fl & DS__T_NUM)) return -1;
  const char *w = TX(x, t);
  int v = 0;
  for (unsigned q = 0; q < t->len && is_digit((unsigned char)w[q]); q++) v = v * 10 + (w[q] - '0');
  if (k + 1 < x->ntok && (tok_is(x, &x->tok[k + 1], "pct") || tok_is(x, &x->tok[k + 1], "percent") ||
                          tok_punct(x, &x->tok[k + 1], '%')))
    return v;
  return -1;
}

/* Buying shares or a minority stake is an investment; a stake raised past half is
 * control, an acquisition (the guideline's conventions). */
static void stake_type(const ds_extractor *x, unsigned ti, unsigned tj, ds__cand *c) {
  unsigned lim = tj + 12 < x->ntok ? tj + 12 : x->ntok;
  int stake = 0, pct = -1, whole = 0, control = 0;
  for (unsigned k = ti; k < tj; k++) {
    int p = pct_at(x, k); /* "acquired a 60% stake" */
    if (p >= 0 && pct < 0) pct = p;
    if (tok_is(x, &x->tok[k], "stake") || tok_is(x, &x->tok[k], "holding")) stake = 1;
    if (tok_is(x, &x->tok[k], "majority") || tok_is(x, &x->tok[k], "controlling")) control = 1;
  }
  for (unsigned k = tj; k < lim; k++) {
    const ds__tok *t = &x->tok[k];
    if (t->org >= 0 && !stake && !(k + 1 < lim && (tok_is(x, &x->tok[k + 1], "shares") ||
                                                  tok_is(x, &x->tok[k + 1], "stock") ||
                                                  tok_is(x, &x->tok[k + 1], "stake") ||
                                                  tok_is(x, &x->tok[k + 1], "'s"))))
      whole = 1; /* the object comes first: the deal is for the company itself */
    if (whole && !stake) break;
    if (tok_is(x, t, "all") || tok_is(x, t, "outstanding") || tok_is(x, t, "remaining") ||
        tok_is(x, t, "rest") || tok_is(x, t, "control") || tok_is(x, t, "majority") ||
        tok_is(x, t, "controlling"))
      control = 1; /* buying out the holders, or control: an acquisition */
    if (tok_is(x, t, "stake") || tok_is(x, t, "shares") || tok_is(x, t, "stakes") ||
        tok_is(x, t, "holding") || tok_is(x, t, "interest"))
      stake = 1;
    int p = pct_at(x, k);
    if (p >= 0 && pct < 0) pct = p;
  }
  for (unsigned k = 0; k < x->ntok && pct < 0; k++)
    if (tok_is(x, &x->tok[k], "to") && k + 1 < x->ntok) pct = pct_at(x, k + 1);
  if (pct < 0 && control) pct = 100; /* a stated share decides; else the words do */
  (void)ti;
  int bid = ds__rules[c->ev.rule].status == DS_STATUS_PROPOSED;
  for (unsigned k = ti >= 3 ? ti - 3 : 0; k < ti; k++)
    if (tok_is(x, &x->tok[k], "offer") || tok_is(x, &x->tok[k], "bid") ||
        tok_is(x, &x->tok[k], "proposal"))
      bid = 1;
  if (c->ev.type == DS_TYPE_ACQUISITION && stake && (pct < 0 ? !bid : pct < 50) &&
      !(pct < 0 && (tok_is(x, &x->tok[tj < x->ntok ? tj : ti], "all") ||
                    tok_is(x, &x->tok[tj < x->ntok ? tj : ti], "the")))) {
    c->ev.type = DS_TYPE_INVESTMENT;
    unsigned o = 0;
    for (unsigned p = 0; p < c->ev.nparties; p++) {
      ds_party pp = c->ev.parties[p];
      int16_t so = c->slot_org[p];
      if (pp.role == DS_ROLE_ACQUIRER) pp.role = DS_ROLE_INVESTOR;
      else if (pp.role == DS_ROLE_TARGET) pp.role = DS_ROLE_INVESTEE;
      else continue; /* a seller of shares is not a party of the investment */
      c->ev.parties[o] = pp;
      c->slot_org[o++] = so;
    }
    c->ev.nparties = (uint8_t)o;
  } else if (c->ev.type == DS_TYPE_INVESTMENT && pct > 50) {
    c->ev.type = DS_TYPE_ACQUISITION;
    for (unsigned p = 0; p < c->ev.nparties; p++) {
      if (c->ev.parties[p].role == DS_ROLE_INVESTOR) c->ev.parties[p].role = DS_ROLE_ACQUIRER;
      else if (c->ev.parties[p].role == DS_ROLE_INVESTEE) c->ev.parties[p].role = DS_ROLE_TARGET;
    }
  }
}

/* Is one of three words within n tokens from k? */
static int word_after(const ds_extractor *x, unsigned k, unsigned n, const char *a,
                      const char *b, const char *c) {
  for (unsigned q = k; q < x->ntok && q < k + n; q++)
    if (tok_is(x, &x->tok[q], a) || tok_is(x, &x->tok[q], b) || tok_is(x, &x->tok[q], c))
      return 1;
  return 0;
}

static int sell_verb_before(const ds_extractor *x, unsigned ti) {
  return class_before(x, ti, 6, DS__W_SELLVERB);
}

/* "owns a 55 pct stake in": a holding, not a deal. A stake is news when a verb of
 * buying, selling or raising governs it. */
static int deal_verb_before(const ds_extractor *x, unsigned ti) {
  return class_before(x, ti, 6, DS__W_DEALVERB);
}

/* "launched a takeover", "made a bid": the subject acts */
static int agent_verb_before(const ds_extractor *x, unsigned ti) {
  return class_before(x, ti, 5, DS__W_AGENTVERB);
}

/* Apply the rules to the current tokens (sentence number si, text span s..e). */
static void scan_sentence(ds_extractor *x, unsigned si, uint32_t s, uint32_t e) {
  for (unsigned i = 0; i < x->ntok; i++) {
    ds__tok *t = &x->tok[i];
    if (!(t->wcls & DS__W_TRIGGER) || t->rule < 0 || (t->fl & DS__T_SKIP)) continue;
    /* "WMX Acquisition Corp": a trigger word inside a name is part of the name */
    if (t->org >= 0 && (t->fl & DS__T_CAP) && i > 0 && x->tok[i - 1].org == t->org) continue;
    const ds__wentry *we = &x->wt[t->rule];
    /* The longest match among the rules that start with this word wins ("acquired a
     * 60% stake" over "acquired"); on a tie, the first in the table. */
    int best_q = -1;
    unsigned best_j = 0;
    for (unsigned q = 0; q < we->nrules; q++) {
      const ds__rule *rq = &ds__rules[we->rules[q]];
      unsigned jq = rule_match(x, rq, i);
      if (!jq || jq <= best_j) continue;
      if (strcmp(rq->name, "stake-in") == 0 && !deal_verb_before(x, i)) continue;
      if (strcmp(rq->name, "grant-license") == 0 && !word_after(x, jq, 8, "license", "licence", "rights"))
        continue; /* "granted X a license"; not "granted approval" */
      if (strcmp(rq->name, "bids") == 0 && !word_after(x, jq, 14, "for", "acquire", "buy") &&
          !word_after(x, jq, 14, "purchase", "merge", "takeover") && !(jq < x->ntok && x->tok[jq].org >= 0))
        continue; /* "offered more divestments in a bid to assuage": not a bid for a company */
      best_q = (int)q;
      best_j = jq;
    }
    if (best_q >= 0) {
      unsigned q = (unsigned)best_q;
      const ds__rule *r = &ds__rules[we->rules[q]];
      unsigned j = best_j;
      slotfill sf;
      int partners = r->role[DS__S_SUBJ] == DS_ROLE_PARTNER;
      fill_slots(x, i, j, partners, &sf);
      ds__cand c;
      memset(&c, 0, sizeof c);
      c.sent_index = si;
      c.title_evidence = si == 0;
      c.strength = r->strength;
      c.ev.type = r->type;
      c.ev.rule = we->rules[q];
      c.ev.trigger = (ds_span){t->off, x->tok[j - 1].off + x->tok[j - 1].len - t->off};
      c.ev.evidence = (ds_span){s, e - s};
      if (c.ev.evidence.len > DS_EVIDENCE_MAX) {
        uint32_t L = DS_EVIDENCE_MAX;
        while (L > 0 && ((unsigned char)x->text[s + L] & 0xC0) == 0x80) L--; /* whole chars */
        c.ev.evidence.len = L;
      }
      c.ev.value_disclosed = -1;
      /* A named agent ("by X", "a bid from X") of the subject's role takes it: the
       * subject is then what the deal is for ("Coho rejected the bid from Margie"),
       * or nothing. */
      int subj_role = r->role[DS__S_SUBJ];
      int by_same = (sf.n[DS__S_BY] && r->role[DS__S_BY] == subj_role) ||
                    (sf.n[DS__S_FROM] && r->role[DS__S_FROM] == subj_role);
      if (by_same && sf.n[DS__S_OBJ] == 0 && r->role[DS__S_OBJ] != DS__NOROLE) {
        for (int k = 0; k < sf.n[DS__S_SUBJ]; k++) slot_add(&sf, DS__S_OBJ, sf.org[DS__S_SUBJ][k]);
      }
      static const int order[] = {DS__S_SUBJ, DS__S_OBJ, DS__S_BY, DS__S_FROM,
                                  DS__S_TO,   DS__S_WITH, DS__S_IN};
      /* "EMI shares up on takeover approaches", "WaMu, a takeover target": a takeover
       * with no object and no bidder is one the subject is the object of */
      if ((tok_is(x, t, "takeover") || tok_is(x, t, "take-over") || tok_is(x, t, "buyout")) &&
          sf.n[DS__S_OBJ] == 0 && sf.n[DS__S_BY] == 0 && sf.n[DS__S_FROM] == 0 &&
          r->type == DS_TYPE_ACQUISITION && !agent_verb_before(x, i)) {
        for (int k = 0; k < sf.n[DS__S_SUBJ]; k++) slot_add(&sf, DS__S_OBJ, sf.org[DS__S_SUBJ][k]);
        sf.n[DS__S_SUBJ] = 0;
      }
      for (unsigned oi = 0; oi < DS__S_COUNT; oi++) {
        int sl = order[oi];
        if (sl == DS__S_SUBJ && by_same) continue;
        for (int k = 0; k < sf.n[sl]; k++) add_party(x, &c, sf.org[sl][k], r->role[sl]);
      }
      if (c.ev.type == DS_TYPE_ACQUISITION && !has_role(&c, DS_ROLE_TARGET)) unit_target(x, j, &c);
      if (c.ev.type == DS_TYPE_ACQUISITION && !has_role(&c, DS_ROLE_TARGET)) company_target(x, j, &c);
      if (strcmp(r->name, "stake-in") == 0 && sell_verb_before(x, i)) {
        /* "plans to sell its stake in X": a divestiture, the holder sells */
        c.ev.type = DS_TYPE_ACQUISITION;
        for (unsigned p = 0; p < c.ev.nparties; p++)
          c.ev.parties[p].role = c.ev.parties[p].role == DS_ROLE_INVESTOR ? DS_ROLE_SELLER : DS_ROLE_TARGET;
      } else if (!has_role(&c, DS_ROLE_SELLER)) {
        stake_type(x, i, j, &c); /* a stake sold stays the seller's divestiture */
      }
      int found;
      c.ev.status = (uint8_t)status_of(x, i, j, r, &found);
      find_value(x, i, &c.ev, 0);
      c.date_q = (uint8_t)find_date(x, &c.ev);
      find_sectors(x, &c.ev);
      const char *bg = background(x, i, j);
      if (bg) {
        explain(x, &c.ev, 0, bg);
      } else if (c.ev.nparties == 0) {
        explain(x, &c.ev, 0, "no parties");
      } else if (c.ev.type == DS_TYPE_ACQUISITION && only_role(&c, DS_ROLE_SELLER)) {
        explain(x, &c.ev, 0, "a seller and nothing sold");
      } else if (c.ev.nparties == 1 && active_role(c.ev.parties[0].role)) {
        explain(x, &c.ev, 0, "a buyer and nothing bought");
      } else if (c.ev.type == DS_TYPE_ACQUISITION && !has_role(&c, DS_ROLE_ACQUIRER) &&
                 shares_after(x, j)) {
        explain(x, &c.ev, 0, "shares sold on the market");
      } else if (c.strength < 2 && c.ev.nparties < 2) {
        explain(x, &c.ev, 0, "weak trigger with one party");
      } else if (c.ev.nparties < 2 && si > DS__LEAD_SENTENCES) {
        explain(x, &c.ev, 0, "one party, outside the lead");
      } else if (c.ev.nparties == 1 && c.slot_org[0] >= 0 && x->org[c.slot_org[0]].mentions < 3 &&
                 !x->org[c.slot_org[0]].strong) {
        explain(x, &c.ev, 0, "one party the article hardly names");
      } else if (si > DS__NEWS_SENTENCES && !lead_party(x, &c)) {
        explain(x, &c.ev, 0, "late mention of other companies");
      } else if (si > DS__NEWS_SENTENCES && x->ncand > 0 && !merges(x, &c)) {
        explain(x, &c.ev, 0, "another deal, past the news");
      } else {
        keep_candidate(x, &c);
      }
      i = j - 1;
    }
  }
}

/* A deal's price is often told in the sentences after the one that reports it ("The
 * deal is valued at $2 billion"): a price in the next few sentences fills a deal that
 * has none. */
static void late_value(ds_extractor *x, unsigned si) {
  for (unsigned i = 0; i < x->ncand; i++) {
    ds__cand *c = &x->cand[i];
    if (c->ev.has_value || si <= c->sent_index || si > c->sent_index + 3) continue;
    find_value(x, 0, &c->ev, 1);
  }
}

/* Title case ("How AT&T 's Acquisition of TWX Could ...") or all caps: names cannot
 * be told from words, so headline names are matched only against the body's. */
static int headline_unreliable(const ds_extractor *x, int title) {
  unsigned words = 0, caps = 0;
  for (unsigned k = 0; k < x->ntok; k++) {
    const ds__tok *t = &x->tok[k];
    if (!(t->fl & DS__T_WORD) || (t->fl & DS__T_NUM) || t->len < 4) continue;
    words++;
    if (t->fl & DS__T_CAP) caps++;
  }
  /* body lines are held to a stricter bar: prose full of names is still prose */
  return words >= 4 && caps * 10 >= words * (title ? 6u : 9u);
}

static void process_span(ds_extractor *x, unsigned *si, uint32_t s, uint32_t e, int title) {
  while (s < e) {
    x->in_lead = *si <= DS__LEAD_SENTENCES;
    size_t se = title ? e : sentence_end(x->text, s, e);
    size_t p = s;
    while (p < se) {
      size_t stop = tokenize(x, p, se);
      x->caps_headline = 0;
      if (headline_unreliable(x, title)) {
        if (!title) break; /* a title-case line inside the body: not prose */
        x->caps_headline = 1;
      }
      find_orgs(x, title);
      scan_sentence(x, *si, (uint32_t)p, (uint32_t)stop);
      late_value(x, *si);
      p = stop;
    }
    (*si)++;
    s = (uint32_t)se;
    while (s < e && is_space((unsigned char)x->text[s])) s++;
  }
}

int ds_extract(ds_extractor *x, const ds_article *a, ds_event *ev, size_t cap) {
  if (!x || !a || !a->buf || (!ev && cap)) return DS_EINVAL;
  x->a = a;
  x->text = a->buf;
  x->norg = 0;
  x->ncand = 0;
  x->nplaces = 0;
  x->in_lead = 0;
  x->npeople = 0;
  x->pub_y = x->pub_m = x->pub_d = 0;
  x->dl_y = x->dl_m = x->dl_d = 0;
  if (a->published.len >= 10)
    if (!ds__parse_date_ymd(a->buf + a->published.off, a->published.len, &x->pub_y, &x->pub_m,
                            &x->pub_d))
      x->pub_y = x->pub_m = x->pub_d = 0;

  uint32_t bs = a->body.off, be = a->body.off + a->body.len;
  while (bs < be && is_space((unsigned char)a->buf[bs])) bs++;
  /* Scraped pages often repeat the title as the body's first line. */
  if (a->title.len && a->title.len <= be - bs &&
      memcmp(a->buf + bs, a->buf + a->title.off, a->title.len) == 0) {
    bs += a->title.len;
    while (bs < be && is_space((unsigned char)a->buf[bs])) bs++;
  }
  x->body_off = bs;
  x->story_off = (uint32_t)read_dateline(x, bs, be);
  x->undisclosed = says_undisclosed(a->buf, bs, be);

  /* Two passes: the first learns the article's names (so a lone "Ascend" at a
   * sentence start is known), the second applies the rules. */
  unsigned si = 0;
  ds_explain_fn fn = x->explain;
  x->explain = NULL;
  {
    uint32_t s = bs;
    while (s < be) {
      size_t se = sentence_end(x->text, s, be);
      size_t p = s;
      while (p < se) {
        size_t stop = tokenize(x, p, se);
        find_orgs(x, 0);
        p = stop;
      }
      s = (uint32_t)se;
    }
  }
  x->explain = fn;
  x->ncand = 0;
  if (a->title.len) process_span(x, &si, a->title.off, a->title.off + a->title.len, 1);
  si = 1;
  process_span(x, &si, bs, be, 0);

  /* finish: aliases to their fullest names, disclosure, places */
  size_t n = 0;
  for (unsigned i = 0; i < x->ncand && n < cap; i++) {
    ds__cand *c = &x->cand[i];
    for (unsigned p = 0; p < c->ev.nparties; p++) {
      if (c->slot_org[p] < 0) continue; /* a described unit keeps its words */
      int k = resolve_alias(x, c->slot_org[p]);
      c->ev.parties[p].name = x->org[k].name;
      memcpy(c->ev.parties[p].key, x->org[k].key, DS_KEY_MAX);
    }
    c->ev.value_disclosed = c->ev.has_value ? 1 : (x->undisclosed ? 0 : -1);
    c->ev.nplaces = (uint8_t)x->nplaces;
    memcpy(c->ev.places, x->places, sizeof x->places);
    /* people of the parties first, then people with no known organization */
    c->ev.npeople = 0;
    for (int pass = 0; pass < 2; pass++)
      for (unsigned q = 0; q < x->npeople && c->ev.npeople < DS_MAX_PEOPLE; q++) {
        const char *ok = x->people_org_key[q];
        int of_party = 0;
        for (unsigned p = 0; p < c->ev.nparties && ok[0]; p++) {
          const char *pk = c->ev.parties[p].key;
          size_t ol = strlen(ok);
          if (strcmp(pk, ok) == 0 || (strncmp(pk, ok, ol) == 0 && pk[ol] == ' ')) of_party = 1;
        }
        if ((pass == 0 && of_party) || (pass == 1 && !ok[0]))
          c->ev.people[c->ev.npeople++] = x->people[q];
      }
    ev[n++] = c->ev;
  }
  return (int)n;
}
