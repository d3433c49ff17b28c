/* Organization names: runs of capitalized words with legal forms, tickers and
 * connectors; the people among them; aliases (short forms, acronyms, headline
 * forms) resolved to the fullest name the article uses. */
#include <string.h>
#include <strings.h>

#include "extract_int.h"

/* ------------------------------------------------------------------ organizations */

static int find_org_key(const ds_extractor *x, const char *key) {
  for (unsigned i = 0; i < x->norg; i++)
    if (x->org[i].key[0] == key[0] && strcmp(x->org[i].key, key) == 0) return (int)i;
  return -1;
}

/* Is the one word at a a name the article knows by itself? */
static int find_org_key_span(const ds_extractor *x, const ds__tok *a) {
  char key[DS_KEY_MAX];
  ds__name_key(x->text + a->off, a->len, key, sizeof key);
  return key[0] ? find_org_key(x, key) : -1;
}

DS__HOT static int register_org(ds_extractor *x, uint32_t off, uint32_t len, int strong, int person) {
  /* the same words at the same place give the same key: both readings of an article
   * find their names there, so the second one looks the span up instead */
  unsigned ci = (off * 2654435761u ^ len) & (DS__SPAN_CACHE - 1);
  int k = -1;
  if (x->span_cache[ci].gen == x->span_gen && x->span_cache[ci].off == off && x->span_cache[ci].len == len) {
    k = x->span_cache[ci].org;
  } else {
    char key[DS_KEY_MAX];
    ds__name_key(x->text + off, len, key, sizeof key);
    if (!key[0]) return -1;
    k = find_org_key(x, key);
    if (k < 0) {
      if (x->norg >= DS_MAX_ORGS) return -1;
      k = (int)x->norg++;
      ds__org *o = &x->org[k];
      memset(o, 0, sizeof *o);
      o->name.off = off;
      o->name.len = len;
      memcpy(o->key, key, sizeof key);
      o->klen = (uint8_t)strlen(key);
      o->alias_of = -1;
      o->parent = -1;
    }
    x->span_cache[ci].gen = x->span_gen;
    x->span_cache[ci].off = off;
    x->span_cache[ci].len = len;
    x->span_cache[ci].org = (int16_t)k;
  }
  ds__org *o = &x->org[k];
  if (len > o->name.len) o->name = (ds_span){off, len};
  if (o->mentions < 0xffff) o->mentions++;
  if (strong) o->strong = 1;
  if (person && !o->strong) o->person = 1; /* ("lead investor Hellman and Friedman", an LLC) */
  return k;
}

/* A name read outside the sentences (an item of a list): registered as named once. */
int ds__register_name(ds_extractor *x, uint32_t off, uint32_t len) { return register_org(x, off, len, 0, 0); }

/* "billionaires", "tycoons": a person cue in the plural */
static int tok_len_is_plural(const ds_extractor *x, const ds__tok *t) {
  return t->len > 3 && (TX(x, t)[t->len - 1] | 0x20) == 's';
}

int ds__name_word(const ds__tok *t) {
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
  if (n < 3 || !is_upper((unsigned char)w[0])) return 0; /* first: most words are lowercase */
  if (!(t->fl & DS__T_DOTTED)) return 0; /* (the tokenizer saw no period in it) */
  for (unsigned i = 0; i < n; i++)
    if (w[i] == '.') dot = i;
  if (!dot || dot + 1 >= n || n - dot - 1 > 3 || dot > 8) return 0;
  for (unsigned i = dot + 1; i < n; i++)
    if (!is_upper((unsigned char)w[i])) return 0;
  for (unsigned i = 0; i < dot; i++)
    if (!is_alnum((unsigned char)w[i])) return 0;
  return is_upper((unsigned char)w[0]) && is_upper((unsigned char)w[dot - 1 > 0 ? 1 : 0]);
}

static int is_quote(const ds_extractor *x, const ds__tok *t);

DS__HOT static unsigned skip_ticker(ds_extractor *x, unsigned i) {
  ds__tok *t = x->tok;
  unsigned n = x->ntok;
  if (i >= n) return i;
  /* most tokens are lowercase words, which start no annotation of any kind below */
  if ((t[i].fl & DS__T_WORD) && !(t[i].fl & (DS__T_CAP | DS__T_UPPER))) return i;
  /* ("Lofoten Havbruk" or the "Company", OSE: LOHAV): a listing after a comma inside a
   * parenthesis */
  if (i > 0 && i + 2 < n && tok_punct(x, &t[i - 1], ',') && (t[i].fl & DS__T_WORD) &&
      (t[i].fl & DS__T_CAP) && t[i].len <= 10 && tok_punct(x, &t[i + 1], ':') &&
      (t[i + 2].fl & DS__T_WORD) && ((t[i + 2].fl & DS__T_UPPER) || (t[i + 2].fl & DS__T_NUM)) &&
      t[i + 2].len <= 12) {
    for (unsigned b = i, m = 0; b-- > 0 && m < 16; m++) {
      if (tok_punct(x, &t[b], ')')) break;
      if (tok_punct(x, &t[b], '(')) {
        for (unsigned k = i; k <= i + 2; k++) t[k].fl |= DS__T_SKIP;
        return i + 3;
      }
    }
  }
  if ((t[i].fl & DS__T_WORD) && ticker_word(x, &t[i]) && !(t[i].wcls & DS__W_PLACE)) {
    t[i].fl |= DS__T_SKIP;
    return i + 1;
  }
  if (tok_punct(x, &t[i], '(') || tok_punct(x, &t[i], '<')) {
    char close = tok_punct(x, &t[i], '(') ? ')' : '>';
    unsigned j = i + 1;
    /* "(NYSE: CTS)", "(Euronext Milan: CVG)", "(NSE: DECRAIL; BSE: 543912)": listings,
     * each an exchange's name of up to three words, a colon and a code */
    int listings = 0;
    for (;;) {
      unsigned q = j, words = 0;
      while (q < n && words < 3 && (t[q].fl & DS__T_WORD) && (t[q].fl & DS__T_CAP) && t[q].len <= 10)
        q++, words++;
      if (!words || q + 1 >= n || !tok_punct(x, &t[q], ':')) break;
      q++;
      if (!(t[q].fl & DS__T_WORD) || t[q].len > 12 || !((t[q].fl & DS__T_UPPER) || (t[q].fl & DS__T_NUM)))
        break;
      q++;
      while (q < n && tok_punct(x, &t[q], '.') && q + 1 < n && (t[q + 1].fl & DS__T_WORD) &&
             t[q + 1].len <= 3)
        q += 2; /* "RY.TO" split by the tokenizer */
      listings++;
      j = q;
      /* "(Frankfurt: NWE, ISIN DE000A3E5X21)": a securities number after the listing */
      if (j + 2 < n && tok_punct(x, &t[j], ',') && (tok_is(x, &t[j + 1], "isin") || tok_is(x, &t[j + 1], "wkn")) &&
          (t[j + 2].fl & DS__T_WORD) && t[j + 2].len <= 12 && !tok_punct(x, &t[j + 2], ':'))
        j += 3;
      if (j < n && (tok_punct(x, &t[j], ';') || tok_punct(x, &t[j], ','))) {
        /* (TSE: 6581; "Asahikawa"): the listing skipped, the defined term after it
         * left to name the short form (the parenthesis stays for it) */
        if (j + 1 < n && is_quote(x, &t[j + 1])) {
          for (unsigned k = i + 1; k <= j; k++) t[k].fl |= DS__T_SKIP;
          return j + 1;
        }
        j++;
        continue;
      }
      break;
    }
    if (listings && j < n && tok_punct(x, &t[j], close)) {
      for (unsigned k = i; k <= j; k++) t[k].fl |= DS__T_SKIP;
      return j + 1;
    }
    j = i + 1;
    if (j < n && (t[j].fl & DS__T_WORD) && t[j].len <= 12 &&
        (t[j].fl & DS__T_UPPER) &&
        j + 1 < n && tok_punct(x, &t[j + 1], close)) {
      for (unsigned k = i; k <= j + 1; k++) t[k].fl |= DS__T_SKIP;
      return j + 2;
    }
    /* "<SABS ST>", "<ERIC ST>": a code and its Stockholm or Frankfurt market */
    if (close == '>' && j + 2 < n && (t[j].fl & DS__T_UPPER) && t[j].len <= 6 && (t[j + 1].fl & DS__T_UPPER) &&
        t[j + 1].len <= 2 && tok_punct(x, &t[j + 2], close)) {
      for (unsigned k = i; k <= j + 2; k++) t[k].fl |= DS__T_SKIP;
      return j + 3;
    }
  }
  return i;
}

/* A word naming a company's trade: "Chipmaker", "Drugmaker", "Retailer", "Insurer". */
static int trade_word(const ds_extractor *x, const ds__tok *t) {
  static const char *const trades[] = {
      "retailer", "insurer", "reinsurer", "brewer", "publisher", "broadcaster", "conglomerate",
      "distiller", "refiner", "shipbuilder", "homebuilder", "grocer", "chipmaker", "drugmaker",
      "carmaker", "automaker", "steelmaker", "planemaker", "toymaker", "miner", "lender"};
  return tok_in(x, t, trades, sizeof trades / sizeof trades[0]);
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
        ds__name_word(&t[e + 1]))
      org_tok = (int)e + 1;
  }
  if (org_tok >= 0) {
    /* the org's tokens may not be marked yet (it comes after): take the name run */
    unsigned a = (unsigned)org_tok, e = a;
    if (t[a].org >= 0) {
      while (a > 0 && t[a - 1].org == t[org_tok].org) a--;
      while (e + 1 < n && t[e + 1].org == t[org_tok].org) e++;
    } else {
      while (e + 1 < n && (ds__name_word(&t[e + 1]) || (t[e + 1].wcls & DS__W_SUFFIX)) &&
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
         tok_is(x, t, "pvt") || tok_is(x, t, "bros") || tok_is(x, t, "sdn");
}

/* Is one-word key w (n bytes) the last word of org o's key ("disney" of "walt disney")? */
static int last_word_of(const ds__org *o, const char *w, size_t n) {
  size_t m = o->klen;
  if (n < 3 || m <= n + 1 || memchr(w, ' ', n)) return 0;
  return o->key[m - n - 1] == ' ' && memcmp(o->key + m - n, w, n) == 0;
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
    if (k[0] == key[0] && x->org[i].klen >= n && strncmp(k, key, n) == 0 && (k[n] == 0 || k[n] == ' '))
      return 1;
    if (n >= 4 && last_word_of(&x->org[i], key, n)) return 1;
  }
  return 0;
}

static int is_quote(const ds_extractor *x, const ds__tok *t) {
  return tok_punct(x, t, '"') || tok_is(x, t, "\xe2\x80\x9c") || tok_is(x, t, "\xe2\x80\x9d");
}

/* Is w (n bytes) a currency written before an amount ("Rp", "EUR", "CHF")? */
static int currency_before(unsigned n, const char *w) {
  for (unsigned c = 0; c < ds__ncurrencies; c++)
    if (!ds__currencies[c].after && strlen(ds__currencies[c].sym) == n &&
        memcmp(ds__currencies[c].sym, w, n) == 0)
      return 1;
  return 0;
}

/* Is the one word at a a company of its own in the article: a name by itself, or the
 * first word of one other than "a and ..." ("Ascend" of "Ascend Elements")? */
static int known_apart(const ds_extractor *x, const ds__tok *a) {
  char key[DS_KEY_MAX];
  ds__name_key(x->text + a->off, a->len, key, sizeof key);
  size_t n = strlen(key);
  if (!n) return 0;
  int apart = 0;
  for (unsigned i = 0; i < x->norg; i++) {
    const char *k = x->org[i].key;
    if (strncmp(k, key, n) != 0) continue;
    /* (a name "a and ..." the article uses: "Harper" alone is short for "Harper and
     * Row Publishers Inc") */
    if (k[n] == ' ' && strncmp(k + n + 1, "and ", 4) == 0) return 0;
    if (k[n] == 0 || k[n] == ' ') apart = 1;
  }
  return apart;
}

/* Words in the key of a name. */
static int strchr_key_words(const ds_extractor *x, uint32_t off, uint32_t len) {
  char key[DS_KEY_MAX];
  ds__name_key(x->text + off, len, key, sizeof key);
  int w = key[0] != 0;
  for (const char *p = key; *p; p++) w += *p == ' ';
  return w;
}

/* "Waste Management Inc said its wholly owned subsidiary, WMX Acquisition Corp, ...":
 * the unit named after "its subsidiary" belongs to the name before "its". */
static void note_parent(ds_extractor *x, unsigned i, int k) {
  /* "Granary Bancorp, Inc. (NASDAQ: GRNB), the holding company for Granary Bank": the
   * name before the description owns the one after it */
  if (i >= 5 && (tok_is(x, &x->tok[i - 1], "for") || tok_is(x, &x->tok[i - 1], "of"))) {
    unsigned b = i - 2;
    if (tok_is(x, &x->tok[b], "company") && b > 0) b--;
    if ((tok_is(x, &x->tok[b], "holding") || tok_is(x, &x->tok[b], "parent")) && b >= 3 &&
        tok_is(x, &x->tok[b - 1], "the") && tok_punct(x, &x->tok[b - 2], ',')) {
      for (unsigned c = b - 2, m = 0; c-- > 0 && m < 12; m++) {
        if (x->tok[c].org >= 0) {
          if (x->tok[c].org != k) x->org[k].parent = x->tok[c].org;
          return;
        }
        if (!(x->tok[c].fl & (DS__T_SKIP | DS__T_PUNCT))) return;
      }
    }
  }
  unsigned q = i;
  if (q > 0 && tok_punct(x, &x->tok[q - 1], ',')) q--;
  if (q == 0 || !(tok_is(x, &x->tok[q - 1], "subsidiary") || tok_is(x, &x->tok[q - 1], "unit") ||
                  tok_is(x, &x->tok[q - 1], "arm") || tok_is(x, &x->tok[q - 1], "affiliate")))
    return;
  for (unsigned b = q - 1, n = 0; b-- > 0 && n < 4; n++) {
    if (!tok_is(x, &x->tok[b], "its")) continue;
    for (unsigned c = b; c-- > 0 && b - c < 6;)
      if (x->tok[c].org >= 0 && x->tok[c].org != k) {
        x->org[k].parent = x->tok[c].org;
        return;
      }
    return;
  }
}

/* Does the article write the word at t (or it without a plural "s", or with one) in
 * lowercase somewhere? */
static int lower_word_in_article(const ds_extractor *x, const char *w, size_t n);
static int lower_in_article(const ds_extractor *x, const ds__tok *t) { return lower_word_in_article(x, TX(x, t), t->len); }

/* A party named by one word, with no legal form or ticker, that the article also
 * writes in lowercase: a common word ("STOCK", "Profit", "OPEN" in a headline or a
 * subheading), not a company's name. */
int ds__common_word_org(const ds_extractor *x, int k) {
  const ds__org *o = &x->org[k];
  if (o->strong || o->name.len < 4 || o->name.len > 40) return 0;
  const char *w = x->text + o->name.off;
  int caps = 1;
  for (uint32_t q = 0; q < o->name.len; q++) {
    if (!is_alpha((unsigned char)w[q])) return 0;
    caps &= !is_lower((unsigned char)w[q]);
  }
  /* (a headline's capitals, or a word capitalized once: "Profit rose ...") */
  return (caps || o->mentions <= 1) && lower_word_in_article(x, w, o->name.len);
}

static int lower_word_in_article(const ds_extractor *x, const char *w, size_t n) {
  if (n < 4 || n > 40) return 0;
  char lw[41];
  for (size_t q = 0; q < n; q++) lw[q] = (char)(is_upper((unsigned char)w[q]) ? w[q] + 32 : w[q]);
  const char *tx = x->a->buf;
  size_t s = x->a->body.off, e = x->a->body.off + x->a->body.len;
  for (int form = 0; form < 3; form++) {
    size_t m = n;
    if (form == 1) { if (lw[n - 1] != 's') continue; m = n - 1; }
    if (form == 2) { if (n >= 40) continue; lw[n] = 's'; m = n + 1; }
    for (size_t k = s; k + m <= e; k++) {
      /* (memchr to the first letter, far faster than a byte loop over the body) */
      const char *hit = memchr(tx + k, lw[0], e - m + 1 - k);
      if (!hit) break;
      k = (size_t)(hit - tx);
      if (memcmp(tx + k, lw, m) != 0) continue;
      /* a word of prose: not inside a web or mail address ("www.pallasbio.com") */
      if (k > s && !(is_space((unsigned char)tx[k - 1]) || tx[k - 1] == '(' || tx[k - 1] == '"')) continue;
      if (k + m < e && (is_alnum((unsigned char)tx[k + m]) || tx[k + m] == '@' || tx[k + m] == '-' ||
                        ((tx[k + m] == '.' || tx[k + m] == '/') && k + m + 1 < e &&
                         is_alnum((unsigned char)tx[k + m + 1]))))
        continue;
      return 1;
    }
  }
  return 0;
}

/* Is the capitalized word at t written the same way in the title or inside a sentence
 * of the body (after a word or a comma), where only a name is capitalized? */
static int cap_elsewhere(const ds_extractor *x, const ds__tok *t) {
  const char *w = TX(x, t);
  size_t n = t->len;
  const char *tx = x->a->buf;
  for (int part = 0; part < 2; part++) {
    size_t s = part ? x->a->body.off : x->a->title.off;
    size_t e = part ? x->a->body.off + x->a->body.len : x->a->title.off + x->a->title.len;
    for (size_t k = s; k + n <= e; k++) {
      const char *hit = memchr(tx + k, w[0], e - n + 1 - k);
      if (!hit) break;
      k = (size_t)(hit - tx);
      if (k == t->off || memcmp(tx + k, w, n) != 0) continue;
      if (k + n < e && is_alnum((unsigned char)tx[k + n])) continue;
      if (k > s && is_alnum((unsigned char)tx[k - 1])) continue;
      if (!part) return 1;
      size_t b = k;
      while (b > s && is_space((unsigned char)tx[b - 1])) b--;
      if (b > s && (is_alnum((unsigned char)tx[b - 1]) || tx[b - 1] == ',')) return 1;
    }
  }
  return 0;
}

/* A legal form at token q, or after one or two more words of a name ("Row Publishers
 * Inc")? */
static int suffix_soon(const ds_extractor *x, unsigned q) {
  for (unsigned e = q; e < x->ntok && e < q + 3; e++) {
    const ds__tok *t = &x->tok[e];
    if (t->wcls & DS__W_SUFFIX) return (t->fl & DS__T_CAP) != 0 || e == q;
    if (!ds__name_word(t) || (t->wcls & (DS__W_STOPCAP | DS__W_PLACE | DS__W_NATION))) return 0;
  }
  return 0;
}

/* "3M Co", "21st Century Fox Inc.": a word that starts with a digit and has letters
 * starts a name when a legal form follows within three words (not "2010 Acme Inc",
 * a year: no letters; not "3G licences": no legal form). */
static int digit_led_name(const ds_extractor *x, unsigned i) {
  const ds__tok *a = &x->tok[i];
  if (!(a->fl & DS__T_WORD) || !(a->fl & DS__T_NUM) || (a->fl & DS__T_SKIP)) return 0;
  const char *w = TX(x, a);
  unsigned letters = 0;
  for (unsigned k = 0; k < a->len; k++) letters += is_alpha((unsigned char)w[k]) != 0;
  return letters > 0 && i + 1 < x->ntok && suffix_soon(x, i + 1);
}

/* A legal form or an org word ("Bank", "Bancorp") among the capitalized words from q:
 * "First National Bank", "First Union Corp". */
static int org_word_soon(const ds_extractor *x, unsigned q) {
  /* ("the First Equipment reverse takeover offer", after "<First Equipment Leasing
   * Co>": a name the article has given whole) */
  {
    char w[DS_KEY_MAX];
    ds__name_key(x->text + x->tok[q].off, x->tok[q].len, w, sizeof w);
    size_t wl = strlen(w);
    for (unsigned o = 0; o < x->norg && wl; o++)
      if (strncmp(x->org[o].key, "first ", 6) == 0 && strncmp(x->org[o].key + 6, w, wl) == 0 &&
          (x->org[o].key[6 + wl] == ' ' || x->org[o].key[6 + wl] == 0))
        return 1;
  }
  for (unsigned e = q; e < x->ntok && e < q + 3; e++) {
    const ds__tok *t = &x->tok[e];
    if (!(t->fl & DS__T_CAP) || !ds__name_word(t) || (t->wcls & (DS__W_STOPCAP | DS__W_PLACE | DS__W_NATION)))
      return 0;
    if (t->wcls & (DS__W_SUFFIX | DS__W_ORGWORD)) return 1;
  }
  return 0;
}

static const char *const trade_nouns[] = {
    "steelmaker", "carmaker", "automaker", "chipmaker", "drugmaker", "planemaker", "toymaker",
    "insurer", "reinsurer", "retailer", "lender", "brewer", "miner", "refiner", "conglomerate",
    "automakers", "carmakers", "insurers", "retailers", "lenders", "miners", "subsidiary", "automaker",
    "builder", "homebuilder", "jeweler", "jeweller", "publisher", "broadcaster", "shipbuilder",
    "distiller", "grocer"};

/* "Sichuan province", "off Akita and Nagasaki prefectures": the lowercase nouns that
 * make the name before them a region's */
static const char *const region_nouns[] = {"province", "provinces", "prefecture", "prefectures", "county",
                                           "counties", "region", "regions", "district", "districts"};

/* "Zorbit, a startup that makes payroll software, has raised": a lone word described
 * right after it as a company is a company's name, at a sentence start too. The token
 * after the word is at e. */
static int described_as_company(const ds_extractor *x, unsigned e) {
  static const char *const kinds[] = {
      "startup", "start-up", "company", "maker", "provider", "developer", "firm", "operator",
      "producer", "manufacturer", "supplier", "distributor", "retailer", "platform", "specialist"};
  const ds__tok *t = x->tok;
  if (e + 2 >= x->ntok || !tok_punct(x, &t[e], ',') ||
      !(tok_is(x, &t[e + 1], "a") || tok_is(x, &t[e + 1], "an") || tok_is(x, &t[e + 1], "the")))
    return 0;
  for (unsigned q = e + 2; q < x->ntok && q < e + 8; q++) {
    const ds__tok *w = &t[q];
    if (!(w->fl & DS__T_WORD)) return 0;
    if ((tok_in(x, w, kinds, sizeof kinds / sizeof kinds[0]) ||
         tok_in(x, w, trade_nouns, sizeof trade_nouns / sizeof trade_nouns[0])) &&
        q + 1 < x->ntok) {
      const ds__tok *nx = &t[q + 1];
      return tok_punct(x, nx, ',') || tok_is(x, nx, "that") || tok_is(x, nx, "which") ||
             tok_is(x, nx, "whose") || tok_is(x, nx, "based") || tok_is(x, nx, "founded") ||
             tok_is(x, nx, "in") || tok_is(x, nx, "of") || tok_is(x, nx, "for") || tok_is(x, nx, "with");
    }
    /* (only words that say what kind: "a Seattle-based", "a privately held") */
    if (!is_lower((unsigned char)TX(x, w)[0]) && !(w->wcls & (DS__W_PLACE | DS__W_NATION))) continue;
    if (w->wcls & (DS__W_CLAUSE | DS__W_STATUS | DS__W_DEALVERB)) return 0;
  }
  return 0;
}

/* The first bit set in bits at i or after, below n; n if none. */
static unsigned next_start(const uint64_t *bits, unsigned i, unsigned n) {
  while (i < n) {
    uint64_t w = bits[i / 64] >> (i % 64);
    if (w) return i + (unsigned)__builtin_ctzll(w);
    i = (i / 64 + 1) * 64;
  }
  return n;
}

/* Find the organization names in the current tokens, register them, mark tokens. */
DS__HOT void ds__find_orgs(ds_extractor *x, int headline) {
  ds__tok *t = x->tok;
  unsigned n = x->ntok;
  /* The tokens a name can start at: name words outside annotations (a bit each). The
   * loop below goes from one to the next, past the rest (most tokens) without a test
   * each; skip_ticker marks annotations from its token on, so a token's bit is read
   * after it. (Only an opening bracket, a ticker, which has a period, or a listing's
   * exchange after a comma starts an annotation: the test spares the call for the rest,
   * most tokens and most capitalized words.) */
  uint64_t starts[(DS_MAX_SENT_TOKENS + 63) / 64] = {0};
  for (unsigned i = 0; i < n; i++) {
    unsigned fl = t[i].fl;
    if (((fl & DS__T_CAP) && ((fl & DS__T_DOTTED) || (i > 0 && tok_punct(x, &t[i - 1], ',')))) ||
        ((fl & DS__T_PUNCT) && (t[i].c0 == '(' || t[i].c0 == '<')))
      skip_ticker(x, i);
    /* (and words led by a digit: "3M Co", tested in full below) */
    starts[i / 64] |= (uint64_t)((ds__name_word(&t[i]) || (t[i].fl & (DS__T_WORD | DS__T_NUM)) ==
                                                              (DS__T_WORD | DS__T_NUM)) &&
                                 !(t[i].fl & DS__T_SKIP))
                      << (i % 64);
  }
  unsigned i = 0;
  while (i < n) {
    /* (what the first test below would pass over, one token at a time) */
    i = next_start(starts, i, n);
    if (i >= n) break;
    ds__tok *a = &t[i];
    /* "King World Productions Inc", "PC Acquisition Inc", "Premier Microwave Corp": a
     * title or a short acronym starts a name that a legal form soon ends */
    if ((a->fl & DS__T_SKIP) || (!ds__name_word(a) && !digit_led_name(x, i)) ||
        (x->caps_headline && ((a->wcls & (DS__W_TRIGGER | DS__W_STATUS)) || ((a->wcls & DS__W_UNITNOUN) && (a->fl & DS__T_UPPER)))) ||
        ((a->wcls & DS__W_SCALE) && (a->fl & DS__T_UPPER) && i > 0 && (t[i - 1].fl & DS__T_NUM)) || /* "2.3 MLN DLR" */
        ((a->wcls & (DS__W_STOPCAP | DS__W_MONTH | DS__W_WEEKDAY | DS__W_TITLE | DS__W_PREP)) &&
         !((a->wcls & (DS__W_STOPCAP | DS__W_TITLE)) && (a->fl & DS__T_CAP) &&
           ((a->wcls & DS__W_TITLE) || ((a->fl & DS__T_UPPER) && a->len <= 4)) &&
           !(a->wcls & (DS__W_MONTH | DS__W_WEEKDAY | DS__W_PREP)) && suffix_soon(x, i + 1)) &&
         /* "First National Bank of Dorsey", "First Union Corp": a bank's old name */
         !(tok_is(x, a, "first") && (a->fl & DS__T_CAP) && i + 1 < n && (t[i + 1].fl & DS__T_CAP) &&
           org_word_soon(x, i + 1))) ||
        ((a->fl & DS__T_NUM) && !(i + 1 < n && ds__name_word(&t[i + 1])))) {
      i++;
      continue;
    }
    /* "Buying Fox's film studio would give Disney more": a deal verb's gerund opening
     * a sentence or a headline starts no name */
    if ((a->wcls & DS__W_DEALVERB) && a->len > 4 && !(a->fl & DS__T_UPPER) &&
        memcmp(TX(x, a) + a->len - 3, "ing", 3) == 0) {
      i++;
      continue;
    }
    /* "rated above 1,200 degrees Celsius": a scale of temperature, not a company */
    if (i > 0 && tok_is(x, &t[i - 1], "degrees") && i + 1 < n && !(t[i + 1].wcls & DS__W_SUFFIX)) {
      i++;
      continue;
    }
    /* "SUPPLIER TALKS Chrysler filed ...", "NORDSTROM'S CREDIT CARD WOES Nordstrom said":
     * a wire story's subheading in capitals, run into the sentence it heads */
    if (i == 0 && !headline && !x->caps_headline && (a->fl & DS__T_UPPER)) {
      unsigned q = i, words = 0;
      while (q < n && (((t[q].fl & DS__T_UPPER) && ds__name_word(&t[q])) || tok_is(x, &t[q], "'s") ||
                       tok_is(x, &t[q], "\xe2\x80\x99s")))
        words += (t[q++].fl & DS__T_UPPER) != 0;
      /* an analyst's firm labelling a quote: 'CAZENOVE "We continue to believe ...' */
      if (words >= 1 && q < n && (tok_punct(x, &t[q], '"') || tok_is(x, &t[q], "\xe2\x80\x9c"))) {
        i = q;
        continue;
      }
      /* (one long word too: "DERIVATIVES Aabar's disposal ...") */
      if ((words >= 2 || (words == 1 && a->len >= 7 && find_org_key_span(x, a) < 0)) && q < n &&
          (t[q].fl & DS__T_CAP) && !(t[q].fl & DS__T_UPPER) && (t[q].fl & DS__T_WORD) &&
          !(t[q].wcls & DS__W_SUFFIX)) {
        i = q;
        continue;
      }
    }
    /* "Chipmaker Vantis Inc", "Retailer Dunmore Stores": a one-word description of
     * the company's trade before its name is no part of it */
    if ((a->fl & DS__T_CAP) && !(a->fl & DS__T_UPPER) && i + 1 < n && ds__name_word(&t[i + 1]) &&
        (t[i + 1].fl & DS__T_CAP) && !(t[i + 1].wcls & DS__W_SUFFIX) && trade_word(x, a) &&
        find_org_key_span(x, a) < 0) {
      i++;
      continue;
    }
    /* "- Repaid $120 million of debt used to finance the Merrow acquisition": a list
     * item's first word, a verb in the past tense, is no name */
    if (i == 1 && !headline && (tok_punct(x, &t[0], '-') || tok_punct(x, &t[0], '*')) && !a->wcls &&
        (a->fl & DS__T_CAP) && !(a->fl & DS__T_UPPER) && a->len >= 4 &&
        ((TX(x, a)[a->len - 2] == 'e' && TX(x, a)[a->len - 1] == 'd') || tok_is(x, a, "paid") ||
         tok_is(x, a, "repaid") || tok_is(x, a, "sold") || tok_is(x, a, "grew") || tok_is(x, a, "began") ||
         tok_is(x, a, "bought") || tok_is(x, a, "made") || tok_is(x, a, "took")) &&
        i + 1 < n && !(t[i + 1].fl & DS__T_CAP) && find_org_key_span(x, a) < 0) {
      i++;
      continue;
    }
    /* "Conversion of Berkshire Hathaway's investment", "Financially Opel ...": a
     * sentence's first word, a plain noun before "of" or an adverb, is no part of the
     * name after it */
    if (i == 0 && !headline && !a->wcls && (a->fl & DS__T_CAP) && !(a->fl & DS__T_UPPER) && i + 2 < n &&
        ((tok_is(x, &t[i + 1], "of") && ds__name_word(&t[i + 2]) &&
          !(t[i + 2].wcls & (DS__W_PLACE | DS__W_NATION))) || /* (not "Ericsson of Sweden") */
         /* (not "Brambly Software said", when "Brambly buys Pagewise" heads it) */
         (a->len > 4 && TX(x, a)[a->len - 2] == 'l' && TX(x, a)[a->len - 1] == 'y' && ds__name_word(&t[i + 1]) &&
          !cap_elsewhere(x, a))) &&
        find_org_key_span(x, a) < 0) {
      i += tok_is(x, &t[i + 1], "of") ? 2 : 1;
      continue;
    }
    /* "Housebuilders Carrow Homes and Lindley Estates ...", later "the UK's largest
     * housebuilder": a sentence's first word the article writes in lowercase too is a
     * plain noun before the name */
    if (i == 0 && !headline && !x->caps_headline && !a->wcls && (a->fl & DS__T_CAP) && !(a->fl & DS__T_UPPER) &&
        i + 1 < n && ds__name_word(&t[i + 1]) && !(t[i + 1].wcls & (DS__W_SUFFIX | DS__W_STOPCAP)) &&
        a->len >= 4 && find_org_key_span(x, a) < 0 && lower_in_article(x, a)) {
      i++;
      continue;
    }
    unsigned j = i + 1;
    /* (a legal form's letters that open a name are its first word: "SL Green Realty
     * Corp.", "AG Barr plc") */
    int has_suffix = (a->wcls & DS__W_SUFFIX) && !((a->fl & DS__T_UPPER) && a->len <= 3 && j < n &&
                                                   ds__name_word(&t[j]) && (t[j].fl & DS__T_CAP) &&
                                                   !(t[j].fl & DS__T_UPPER) && !(t[j].wcls & DS__W_SUFFIX));
    int all_place = (a->wcls & (DS__W_PLACE | DS__W_NATION)) != 0;
    int nonparty = (a->wcls & DS__W_NONPARTY) != 0;
    while (j < n) {
      ds__tok *b = &t[j];
      if (b->fl & DS__T_SKIP) break;
      if (b->fl & DS__T_NL && headline) break;
      /* "Contoso Pharmaceuticals to Acquire Litware", "BORG-WARNER BOARD OKS SALE": in a
       * headline whose every word is capitalized, deal and status words end a name */
      /* (unless the body names a company so: "Kappa Joins Open Energy Alliance") */
      if (x->caps_headline && (b->wcls & (DS__W_TRIGGER | DS__W_STATUS | DS__W_SCALE)) &&
          !((b->fl & DS__T_CAP) && known_name(x, a->off, b->off + b->len - a->off)))
        break;
      /* "a French company": a legal form spelled out in lowercase is a common noun */
      if ((b->wcls & DS__W_SUFFIX) && b->len > 4 && is_lower((unsigned char)TX(x, b)[0])) break;
      if (b->wcls & DS__W_SUFFIX) {
        /* suffixes join lowercase too ("plc"), and "Co., Ltd." with its comma */
        has_suffix = 1;
        all_place = 0;
        nonparty = 0;
        j++;
        continue;
      }
      /* "Warburg, Pincus Capital Co L.P.", written "Warburg Pincus" elsewhere: a comma
       * inside a partnership's name */
      /* (not in a headline, where a comma lists: "Sony, Ericsson end handset venture") */
      if (tok_punct(x, b, ',') && j == i + 1 && j + 1 < n && !headline && ds__name_word(&t[j + 1]) &&
          !(t[j + 1].wcls & (DS__W_STOPCAP | DS__W_PLACE | DS__W_NATION | DS__W_SUFFIX)) &&
          known_name(x, a->off, t[j + 1].off + t[j + 1].len - a->off)) {
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
      /* "Vesterålen Sjømat AS": the Norwegian form, written in capitals (not "as") */
      if (b->len == 2 && memcmp(TX(x, b), "AS", 2) == 0) {
        has_suffix = 1;
        all_place = 0;
        j++;
        continue;
      }
      /* "Nordhavn Energy A/S" */
      if (tok_is(x, b, "a") && j + 2 < n && tok_punct(x, &t[j + 1], '/') && tok_is(x, &t[j + 2], "s") &&
          t[j + 1].off == b->off + 1 && t[j + 2].off == b->off + 2) {
        has_suffix = 1;
        all_place = 0;
        j += 3;
        continue;
      }
      /* "Brenner Kunststoff GmbH & Co. KG": the limited partnership's form */
      if (has_suffix && tok_punct(x, b, '&') && j + 1 < n && tok_is(x, &t[j + 1], "co")) {
        j++;
        continue;
      }
      if (has_suffix && b->len == 2 && memcmp(TX(x, b), "KG", 2) == 0) {
        j++;
        continue;
      }
      if (has_suffix) break; /* nothing but more legal forms after the legal form */
      if (tok_punct(x, b, '.') && t[j - 1].len == 1 && (t[j - 1].fl & DS__T_CAP) &&
          b->off == t[j - 1].off + 1 && j + 1 < n && ds__name_word(&t[j + 1])) {
        j++; /* an initial: "C. Itoh" */
        continue;
      }
      if ((tok_is(x, b, "and") || tok_punct(x, b, '&')) && j + 1 < n &&
          (t[j + 1].wcls & DS__W_SUFFIX) && (t[j + 1].fl & DS__T_CAP)) {
        j++; /* "C. Itoh and Co Ltd" */
        continue;
      }
      /* "offered to acquire Harper and Row": short for a name "A and B ..." the article
       * uses */
      if (tok_is(x, b, "and") && j == i + 1 && j + 1 < n && ds__name_word(&t[j + 1]) &&
          !(t[j + 1].wcls & (DS__W_STOPCAP | DS__W_PLACE | DS__W_NATION)) &&
          known_name(x, a->off, t[j + 1].off + t[j + 1].len - a->off)) {
        j++;
        continue;
      }
      /* "Ministry of Energy and Mines", "Department of Trade and Industry": a
       * ministry's portfolio joined by "and" */
      if (tok_is(x, b, "and") && j >= i + 3 && j + 1 < n && ds__name_word(&t[j + 1]) &&
          (t[j + 1].fl & DS__T_CAP) && !(t[j + 1].wcls & (DS__W_STOPCAP | DS__W_PLACE | DS__W_NATION)) &&
          (tok_is(x, a, "ministry") || tok_is(x, a, "department") || tok_is(x, a, "minister")) &&
          tok_is(x, &t[i + 1], "of")) {
        j++;
        continue;
      }
      /* "Clayton and Dubilier Inc", "Savings and Loan Association": "and" inside a
       * name, when one word before it is no company the article knows and one word
       * after it leads to a legal form */
      if (tok_is(x, b, "and") && j + 2 < n && ds__name_word(&t[j + 1]) && !(t[j + 1].wcls & DS__W_STOPCAP) &&
          (t[j + 2].fl & DS__T_CAP) && !(t[j - 1].wcls & (DS__W_SUFFIX | DS__W_PLACE | DS__W_NATION)) &&
          ((j == i + 1 &&
            ((t[j + 2].wcls & DS__W_SUFFIX) ||
             /* ("Harper and Row Publishers Inc"; not a list: "Wagner and Brown and AFG
              * Industries Inc") */
             (suffix_soon(x, j + 2) && !(i > 0 && (tok_is(x, &t[i - 1], "and") || tok_punct(x, &t[i - 1], ','))))) &&
            !known_apart(x, a)) || /* "Ascend and GEM Co." are two */

           (tok_is(x, &t[j - 1], "savings") && tok_is(x, &t[j + 1], "loan")))) {
        j++;
        continue;
      }
      if ((b->wcls & DS__W_CONNECT) && j + 1 < n && ds__name_word(&t[j + 1]) &&
          !(t[j + 1].wcls & (DS__W_STOPCAP | DS__W_TITLE | DS__W_MONTH | DS__W_WEEKDAY))) {
        j++;
        continue;
      }
      /* "St. Aidan of the Lakes Health System", "Bank of the West" */
      if (tok_is(x, b, "of") && j + 2 < n && tok_is(x, &t[j + 1], "the") && (t[j + 1].fl & DS__T_WORD) &&
          is_lower((unsigned char)TX(x, &t[j + 1])[0]) && ds__name_word(&t[j + 2]) &&
          !(t[j + 2].wcls & (DS__W_STOPCAP | DS__W_TITLE | DS__W_MONTH | DS__W_WEEKDAY | DS__W_PLACE))) {
        j += 2;
        continue;
      }
      if (tok_punct(x, b, '.') && j == i + 1 && (tok_is(x, a, "st") || tok_is(x, a, "mt") || tok_is(x, a, "ft")) &&
          b->off == a->off + a->len && j + 1 < n && ds__name_word(&t[j + 1])) {
        j++; /* "St. Aidan" */
        continue;
      }
      if (tok_punct(x, b, '&') && j + 1 < n && ds__name_word(&t[j + 1])) {
        j++;
        continue;
      }
      /* "Ascend Elements PHOTO COURTESY": a shout in capitals after a mixed-case
       * name is not part of it */
      /* (but "Brightstone REIT": a word of company names, in capitals as it is written) */
      if ((b->fl & DS__T_UPPER) && b->len >= 4 && !(a->fl & DS__T_UPPER) && !(b->wcls & DS__W_ORGWORD)) break;
      /* "Northwind Traders AG", "Quillon AI, Inc.": a word that never starts a name may
       * stand inside one that ends in a legal form */
      /* (or in a word of company names: "Quillon Retail Group") */
      if (ds__name_word(b) && (b->wcls & DS__W_STOPCAP) && !(b->wcls & DS__W_PREP) && j + 1 < n &&
          (((t[j + 1].wcls & DS__W_SUFFIX) && (t[j + 1].fl & DS__T_CAP)) ||
           ((t[j + 1].wcls & DS__W_ORGWORD) && (t[j + 1].fl & DS__T_CAP) && j > i &&
            !(b->wcls & (DS__W_MONTH | DS__W_WEEKDAY | DS__W_TITLE))) ||
           (j + 2 < n && tok_punct(x, &t[j + 1], ',') && (t[j + 2].wcls & DS__W_SUFFIX) &&
            (t[j + 2].fl & DS__T_CAP)))) {
        j++;
        continue;
      }
      if (ds__name_word(b) &&
          !(b->wcls & (DS__W_STOPCAP | DS__W_TITLE | DS__W_MONTH | DS__W_WEEKDAY | DS__W_PREP))) {
        if (!(b->wcls & (DS__W_PLACE | DS__W_NATION))) all_place = 0;
        /* "Securities and Exchange Commission": a name ending in an agency word */
        nonparty = (b->wcls & DS__W_NONPARTY) != 0;
        /* (but "Halbrook Regional Transit Commission", "the Port Commission": an agency
         * that runs trains or docks buys them) */
        if (nonparty && j > i && tok_is(x, b, "commission") &&
            (tok_is(x, &t[j - 1], "transit") || tok_is(x, &t[j - 1], "port") || tok_is(x, &t[j - 1], "harbour") ||
             tok_is(x, &t[j - 1], "harbor") || tok_is(x, &t[j - 1], "airport") || tok_is(x, &t[j - 1], "airports")))
          nonparty = 0;
        j++;
        continue;
      }
      break;
    }
    /* trailing connectors never end a name */
    while (j > i + 1 && ((t[j - 1].wcls & DS__W_CONNECT) || tok_punct(x, &t[j - 1], '&'))) j--;
    /* "Supreme Court of Canada": an agency word, then "of" */
    /* (and "U.S. Court of Appeals") */
    for (unsigned q = i; q + 2 < j && !nonparty; q++)
      if ((t[q].wcls & DS__W_NONPARTY) && tok_is(x, &t[q + 1], "of")) nonparty = 1;
    /* "MG Rover China tie-up": a place after a name of two or more words is not part of
     * it ("Air China" keeps its place) */
    if (!has_suffix && j >= i + 3 && (t[j - 1].wcls & DS__W_PLACE) && !(t[j - 2].wcls & DS__W_CONNECT) &&
        !(t[j - 2].wcls & DS__W_PLACE)) {
      int of_place = 0; /* ("Pacific State Bank of Lincoln City": a place it is of) */
      for (unsigned q = i + 1; q + 2 < j && !of_place; q++) of_place = (t[q].wcls & DS__W_CONNECT) != 0;
      if (!of_place) j--;
    }
    unsigned end = j;
    /* "Wendy's International Inc", "McDonald's Corp": a possessive inside a name that
     * ends in a legal form */
    /* (not a person's: "Warren Buffett's Berkshire Hathaway Inc", "Rupert Murdoch's News
     * Corp") */
    if (!has_suffix && !all_place && end + 1 < n &&
        (tok_is(x, &t[end], "'s") || tok_is(x, &t[end], "\xe2\x80\x99s")) &&
        ds__name_word(&t[end + 1]) && !(t[end + 1].wcls & DS__W_STOPCAP) &&
        !(end - i >= 2 && (a->wcls & DS__W_FIRSTNAME) && !(a->fl & DS__T_UPPER))) {
      unsigned q = end + 1;
      while (q < n && q < end + 5 && ds__name_word(&t[q]) && !(t[q].wcls & DS__W_SUFFIX)) q++;
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
    /* "AG", "Inc." alone: a legal form left over, not a name */
    if ((a->wcls & DS__W_SUFFIX) && (end == i + 1 || (end == i + 2 && tok_punct(x, &t[i + 1], '.'))))
      all_place = 1;
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
    /* "Porto Alegre-based", "New York-based": the first words of a place adjective */
    if (!has_suffix && end < n && (t[end].fl & DS__T_ADJ) && (t[end].fl & DS__T_CAP)) all_place = 1;
    /* "a Campinas, Brazil-based company", "an Omaha, Neb.-based maker": a city before
     * its region's place adjective */
    if (!has_suffix && end + 1 < n && tok_punct(x, &t[end], ',') && !(i > 0 && tok_punct(x, &t[i - 1], '<'))) {
      for (unsigned q = end + 1; q < n && q <= end + 4; q++) {
        if ((t[q].fl & DS__T_ADJ) && (t[q].fl & DS__T_CAP)) {
          all_place = 1;
          break;
        }
        if (!((t[q].fl & DS__T_CAP) || tok_punct(x, &t[q], '.') || tok_punct(x, &t[q], '-'))) break;
      }
    }
    /* "HK$384 million", "Rp 2.4 trillion", "EUR 300 million": a currency's prefix */
    if (end == i + 1 && end < n && tok_punct(x, &t[end], '$') && t[end].off == a->off + a->len)
      all_place = 1;
    if (end == i + 1 && end < n && (t[end].fl & DS__T_NUM) && currency_before(a->len, TX(x, a)))
      all_place = 1;
    /* "Wall Street arbitrageurs said": the financial district, a place; "in Trenton,
     * Nova Scotia": a province (not "Nova, an Alberta corporation") */
    if (end == i + 2 && ((tok_is(x, a, "wall") && tok_is(x, &t[i + 1], "street")) ||
                         (tok_is(x, a, "nova") && tok_is(x, &t[i + 1], "scotia"))))
      all_place = 1;
    /* "OB-217", "A320neo", "Li2O": letters and digits in one word are a product's or a
     * compound's code, not a company */
    if (end == i + 1 && !has_suffix && !(a->fl & DS__T_NUM)) {
      int digits = 0;
      for (unsigned q = 0; q < a->len; q++) digits += is_digit((unsigned char)TX(x, a)[q]);
      /* (but "G4S", "B2W": capitals with digits inside are a company's name) */
      if (digits && !((a->fl & DS__T_UPPER) && is_upper((unsigned char)TX(x, a)[a->len - 1]) &&
                      !memchr(TX(x, a), '-', a->len)))
        all_place = 1;
    }
    /* "near New Carlisle, Ind., through": the state after a city, not a name */
    if (end == i + 1 && i >= 2 && a->len <= 5 && tok_punct(x, &t[i - 1], ',') && (t[i - 2].fl & DS__T_CAP) &&
        (end >= n || tok_punct(x, &t[end], '.') || tok_punct(x, &t[end], ','))) {
      char w[6];
      unsigned m = 0;
      for (unsigned q = 0; q < a->len && m < sizeof w - 1; q++) w[m++] = TX(x, a)[q];
      while (m > 0 && w[m - 1] == '.') m--;
      for (unsigned q = 0; q < ds__state_abbrevs_n && !all_place; q++)
        if (strlen(ds__state_abbrevs[q]) == m && strncasecmp(ds__state_abbrevs[q], w, m) == 0) all_place = 1;
    }
    /* "a Newark, Del., investment firm", "St. Louis, Mo.": the city before a state
     * (no legal form: not "Acme Corp, Del.") */
    if (!has_suffix && end + 2 < n && tok_punct(x, &t[end], ',') && t[end + 1].len <= 5 &&
        (t[end + 1].fl & DS__T_CAP) && !(t[end + 1].fl & DS__T_UPPER) &&
        (tok_punct(x, &t[end + 2], '.') || tok_punct(x, &t[end + 2], ','))) {
      const ds__tok *st = &t[end + 1];
      char w[6];
      unsigned m = 0;
      for (unsigned q = 0; q < st->len && m < sizeof w - 1; q++) w[m++] = TX(x, st)[q];
      while (m > 0 && w[m - 1] == '.') m--;
      for (unsigned q = 0; q < ds__state_abbrevs_n && !all_place; q++)
        if (strlen(ds__state_abbrevs[q]) == m && strncasecmp(ds__state_abbrevs[q], w, m) == 0 &&
            (m >= 3 || tok_punct(x, &t[end + 2], '.'))) /* ("St. Louis, Mo.") */
          all_place = 1;
    }
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
    /* "Capital Increase Agreement", "Qiantang Materials Announcement", "ASX Release":
     * a document's title, not a company */
    if (!has_suffix && end > i + 1 &&
        (tok_is(x, &t[end - 1], "agreement") || tok_is(x, &t[end - 1], "contract") ||
         tok_is(x, &t[end - 1], "announcement") || tok_is(x, &t[end - 1], "notice") ||
         tok_is(x, &t[end - 1], "release") ||
         tok_is(x, &t[end - 1], "memorandum")))
      all_place = 1;
    /* "Notice Concerning Completion of Acquisition": a filing's heading */
    if (!has_suffix && end > i + 1 &&
        (tok_is(x, a, "notice") || tok_is(x, a, "announcement") || tok_is(x, a, "notification")) &&
        (tok_is(x, &t[i + 1], "concerning") || tok_is(x, &t[i + 1], "regarding") || tok_is(x, &t[i + 1], "of") ||
         tok_is(x, &t[i + 1], "on")))
      all_place = 1;
    /* "MOU", "Merger" alone: the trigger word, not a name */
    if (end == i + 1 && (a->wcls & DS__W_TRIGGER) && !has_suffix) all_place = 1;
    /* "the Google-Motorola deal", "Fiat Industrial-CNH merger": two names the article
     * uses on their own, joined by a hyphen, are the two sides, not a third company */
    if (!has_suffix && !all_place) {
      for (unsigned q = i; q < end; q++) {
        const char *w = TX(x, &t[q]);
        const char *hy = t[q].len > 2 ? memchr(w + 1, '-', t[q].len - 2) : NULL;
        if (!hy || !is_upper((unsigned char)hy[1])) continue;
        uint32_t lo = a->off, ll = (uint32_t)(hy - x->text) - lo;
        uint32_t ro = (uint32_t)(hy + 1 - x->text), rl = t[q].off + t[q].len - ro;
        char lk[DS_KEY_MAX], rk[DS_KEY_MAX];
        ds__name_key(x->text + lo, ll, lk, sizeof lk);
        ds__name_key(x->text + ro, rl, rk, sizeof rk);
        if (lk[0] && rk[0] && find_org_key(x, lk) >= 0 && find_org_key(x, rk) >= 0) all_place = 1;
        break;
      }
    }
    /* "in Sichuan province", "the coast of Akita and Nagasaki prefectures": a region's
     * name, or the first of two before their plural noun */
    if (!has_suffix && end < n) {
      unsigned q = end;
      if (q + 2 < n && tok_is(x, &t[q], "and") && ds__name_word(&t[q + 1]) && (t[q + 1].fl & DS__T_CAP)) q += 2;
      if (q < n && is_lower((unsigned char)TX(x, &t[q])[0]) &&
          tok_in(x, &t[q], region_nouns, sizeof region_nouns / sizeof region_nouns[0]))
        all_place = 1;
    }
    /* "the British Conservative government said it would sell": a state, no party */
    if (!has_suffix && end < n && tok_is(x, &t[end], "government")) all_place = 1;
    /* "a Great Falls, Va., investment partnership": a city before its state */
    if (!has_suffix && end + 1 < n && tok_punct(x, &t[end], ',') && (t[end + 1].fl & DS__T_CAP) &&
        t[end + 1].len <= 5) {
      const ds__tok *st = &t[end + 1];
      char w[6];
      unsigned m = 0; /* "Fla." read as "fla", "N.J." as "n.j" */
      for (unsigned q = 0; q < st->len && m < sizeof w - 1; q++) w[m++] = TX(x, st)[q];
      while (m > 0 && w[m - 1] == '.') m--;
      for (unsigned q = 0; q < ds__state_abbrevs_n && !all_place; q++)
        if (strlen(ds__state_abbrevs[q]) == m && strncasecmp(ds__state_abbrevs[q], w, m) == 0) all_place = 1;
    }
    /* "Commerce Secretary Malcolm Baldrige", "Finance Minister X": a government
     * department named by its minister's title */
    if (!has_suffix && end < n && (t[end].fl & DS__T_CAP) &&
        (tok_is(x, &t[end], "secretary") || tok_is(x, &t[end], "minister")))
      all_place = 1;
    /* "Bursa Malaysia", "Nasdaq Stockholm": an exchange named with its place */
    if (!has_suffix && (a->wcls & DS__W_NONPARTY) && end > i + 1) {
      int places = 1;
      for (unsigned q = i + 1; q < end && places; q++)
        if (!(t[q].wcls & (DS__W_PLACE | DS__W_NATION))) places = 0;
      if (places) nonparty = 1;
    }
    /* "in the eastern Chinese city of Hefei", "the province of Sichuan": a place named
     * by what it is */
    if (!has_suffix && i >= 2 && tok_is(x, &t[i - 1], "of") &&
        (tok_is(x, &t[i - 2], "city") || tok_is(x, &t[i - 2], "town") || tok_is(x, &t[i - 2], "province") ||
         tok_is(x, &t[i - 2], "village") || tok_is(x, &t[i - 2], "county") || tok_is(x, &t[i - 2], "island") ||
         tok_is(x, &t[i - 2], "port") || tok_is(x, &t[i - 2], "region") || tok_is(x, &t[i - 2], "district") ||
         tok_is(x, &t[i - 2], "municipality") || tok_is(x, &t[i - 2], "emirate") || tok_is(x, &t[i - 2], "prefecture")))
      all_place = 1;
    if (all_place || nonparty) {
      i = end;
      continue;
    }
    /* "Steelmaker ArcelorMittal raised its offer", "Carmaker Fiat SpA": a trade noun
     * opening a sentence describes the name after it */
    if (i + 1 < end && (a->fl & DS__T_CAP) && !(a->fl & DS__T_UPPER) &&
        (i == 0 || t[i - 1].off < x->story_off || tok_punct(x, &t[i - 1], '-')) &&
        tok_in(x, a, trade_nouns, sizeof trade_nouns / sizeof trade_nouns[0])) {
      i++;
      continue;
    }
    /* "Investor David LaRoche said", "Financier Asher Edelman": a word that introduces
     * a person, capitalized because it opens the sentence, is no part of the name */
    if (i + 1 < end && (a->fl & DS__T_CAP) && !(a->fl & DS__T_UPPER) && (a->wcls & (DS__W_PERSONCUE | DS__W_TITLE)) &&
        !has_suffix && (i == 0 || t[i - 1].off < x->story_off || tok_punct(x, &t[i - 1], '-'))) {
      i++;
      continue;
    }
    /* A lone capitalized word at the start of a sentence is usually just a word,
     * unless we already know it as a name. */
    /* (the first word after a dateline is not one: press releases start with the
     * company's name, "-- Relecloud, a provider of ...") */
    int sent_start = (i == 0) || tok_punct(x, &t[i - 1], '"') || tok_punct(x, &t[i - 1], '(') ||
                     tok_is(x, &t[i - 1], "\xe2\x80\xa2") || tok_punct(x, &t[i - 1], '*') || /* bullets */
                     (i == 1 && tok_punct(x, &t[0], '-')) || /* "- Aim to boost the value of ..." */
                     /* ("- Parties to negotiate a binding offtake": a dash that opens a line) */
                     (tok_punct(x, &t[i - 1], '-') && (t[i - 1].fl & DS__T_NL)) ||
                     /* ("Lofoten Havbruk ASA - Exclusive discussions regarding ...": a
                      * heading's dash, spaced, before its subject line) */
                     (!headline && i >= 2 && tok_punct(x, &t[i - 1], '-') && t[i - 1].off > t[i - 2].off + t[i - 2].len &&
                      a->off > t[i - 1].off + 1 && (t[i - 2].wcls & DS__W_SUFFIX));
    /* ... but "MELBOURNE (Reuters) - Miscalculations by hungry hedge funds": a word
     * the dateline opens, followed by a preposition, is prose; so is the first word of
     * a description before the name ("(Reuters) - Mobile service provider Verizon",
     * "Global miner Rio Tinto") */
    int descr = 0;
    if (end < n && (t[end].fl & DS__T_WORD) && is_lower((unsigned char)TX(x, &t[end])[0])) {
      unsigned q = end;
      while (q < n && q < end + 3 && (t[q].fl & DS__T_WORD) && is_lower((unsigned char)TX(x, &t[q])[0]) &&
             !(t[q].wcls & (DS__W_PREP | DS__W_OTHERPREP | DS__W_CLAUSE | DS__W_STATUS | DS__W_TRIGGER |
                            DS__W_STOPCAP)))
        q++;
      descr = q > end && q < n && ds__name_word(&t[q]) && !(t[q].wcls & (DS__W_STOPCAP | DS__W_MONTH | DS__W_WEEKDAY));
    }
    if (!sent_start && i > 0 && a->off >= x->story_off && end < n &&
        (((t[end].wcls & (DS__W_PREP | DS__W_OTHERPREP)) && is_lower((unsigned char)TX(x, &t[end])[0])) || descr)) {
      unsigned k = i; /* the story's first word: only the dateline's dash since it began */
      while (k > 0 && t[k - 1].off >= x->story_off && (t[k - 1].fl & DS__T_PUNCT)) k--;
      sent_start = k > 0 && t[k - 1].off < x->story_off;
    }
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
      /* known as itself, or as the first word of a longer name the article uses
       * ("Woodgrove said" after "Woodgrove Energy Corp") when it is no common word */
      /* (or one the next words describe as a company: "Zorbit, a startup that ...";
       * not an adverb's "Historically, the company, which ...") */
      int adverb = a->len > 4 && TX(x, a)[a->len - 2] == 'l' && TX(x, a)[a->len - 1] == 'y' && !cap_elsewhere(x, a);
      int described = !a->wcls && !adverb && described_as_company(x, end);
      if (find_org_key(x, key) < 0 && (a->wcls || !known_name(x, off, len)) && !described) {
        i = end;
        continue;
      }
    }
    /* People: a name right after a title ("CEO Linh Austin", "Prof. Xu Kaihua"), or
     * after Mr./Mrs. */
    int person = 0;
    int orgish = has_suffix;
    for (unsigned q = i; q < end; q++)
      if ((t[q].wcls & DS__W_ORGWORD) || tok_is(x, &t[q], "and")) orgish = 1; /* ("Hellman and Friedman") */
    if (!has_suffix && i > 0) {
      unsigned p = i - 1;
      if (tok_punct(x, &t[p], '.') && p > 0) p--;
      if ((t[p].wcls & DS__W_TITLE) && !orgish) person = 1; /* not "fund manager X Trust" */
      if ((t[p].wcls & DS__W_PERSONCUE) && !orgish && end - i >= 2 && end - i <= 3) person = 1;
      /* "from German billionaires Guenter and Daniela Herz": a given name alone, its
       * family name told after the next */
      if ((t[p].wcls & DS__W_PERSONCUE) && !orgish && end - i == 1 && end + 2 < n && tok_is(x, &t[end], "and") &&
          (t[end + 1].fl & DS__T_CAP) && tok_len_is_plural(x, &t[p]))
        person = 1;
      /* "Guenter and Daniela Herz": the second of two people named together */
      if (p >= 2 && tok_is(x, &t[p], "and") && (t[p - 1].fl & DS__T_CAP) && t[p - 1].org < 0 &&
          (t[p - 2].wcls & DS__W_PERSONCUE) && tok_len_is_plural(x, &t[p - 2]) && !orgish && end - i >= 2 &&
          end - i <= 3)
        person = 1;
    }
    if (!orgish && (a->wcls & DS__W_FIRSTNAME) && end - i >= 2 && end - i <= 3 &&
        !(a->fl & DS__T_UPPER))
      person = 1;
    /* "Lewis D. Whitehead", "Martin T. Sosnoff": a name, an initial, a name */
    if (!orgish && !has_suffix && end - i == 4 && t[i + 1].len == 1 && (t[i + 1].fl & DS__T_CAP) &&
        tok_punct(x, &t[i + 2], '.') && !(a->fl & DS__T_UPPER) && !(t[i + 3].fl & DS__T_UPPER))
      person = 1;
    if (!has_suffix && end + 1 < n && tok_punct(x, &t[end], ',') &&
        (t[end + 1].wcls & DS__W_TITLE) && end - i >= 2)
      person = 1;
    /* "DeCinces, 62, bought": a name with an age in commas */
    int aged = 0;
    if (!has_suffix && !orgish && end + 2 < n && tok_punct(x, &t[end], ',') && (t[end + 1].fl & DS__T_NUM) &&
        t[end + 1].len == 2 && TX(x, &t[end + 1])[0] >= '1' && tok_punct(x, &t[end + 2], ','))
      person = aged = 1;
    if (person) note_person(x, i, end);
    int k = register_org(x, off, len, strong, person);
    if (aged && k >= 0 && end - i == 1) {
      /* (and "Doug DeCinces", met before, is that person) */
      const ds__org *a1 = &x->org[k];
      size_t kn = strlen(a1->key);
      for (unsigned q = 0; q < x->norg; q++) {
        ds__org *o = &x->org[q];
        size_t m = strlen(o->key);
        if (!o->strong && m > kn && o->key[m - kn - 1] == ' ' && strcmp(o->key + m - kn, a1->key) == 0)
          o->person = 1;
      }
    }
    if (k >= 0 && x->in_lead) x->org[k].lead = 1;
    if (k >= 0 && !person && x->issuer < 0 && off >= x->story_off) x->issuer = k;
    if (k >= 0 && !person) note_parent(x, i, k);
    if (person) k = -1;
    for (unsigned q = i; q < end; q++) {
      t[q].org = (int16_t)k;
      if (person) t[q].fl |= DS__T_PERSON;
    }
    /* "Washington Mutual Inc (WaMu)", "Mitsubishi Heavy Industries Ltd (MHI)": the
     * short form in parentheses is an alias */
    unsigned pe = end;
    while (pe < n && (t[pe].fl & DS__T_SKIP)) pe++;
    if (k >= 0 && pe + 2 < n && tok_punct(x, &t[pe], '(') && ds__name_word(&t[pe + 1]) &&
        tok_punct(x, &t[pe + 2], ')') && !(t[pe + 1].fl & DS__T_SKIP) && t[pe + 1].len <= 12) {
      int ak = register_org(x, t[pe + 1].off, t[pe + 1].len, 0, 0);
      if (ak >= 0 && ak != k && x->org[ak].alias_of < 0) x->org[ak].alias_of = (int16_t)k;
      if (ak >= 0) t[pe + 1].org = (int16_t)ak;
      end = pe + 3;
    } else if (k >= 0 && pe + 3 < n && tok_punct(x, &t[pe], '(') &&
               (is_quote(x, &t[pe + 1]) || (t[pe + 1].fl & DS__T_SKIP))) {
      /* ("Lumina"), ("Lofoten Havbruk" or the "Company", OSE: LOHAV): the defined term;
       * (TSE: 6581; "Asahikawa"): after a listing */
      unsigned qo = pe + 1;
      while (qo < n && qo < pe + 12 && (t[qo].fl & DS__T_SKIP)) qo++;
      unsigned qs = qo + 1, q = qs;
      if (qo >= n || !is_quote(x, &t[qo])) q = qs = n;
      while (q < n && q < qs + 4 && ds__name_word(&t[q]) && !(t[q].fl & DS__T_SKIP)) q++;
      if (q > qs && q < n && is_quote(x, &t[q])) {
        int ak = register_org(x, t[qs].off, t[q - 1].off + t[q - 1].len - t[qs].off, 0, 0);
        if (ak >= 0 && ak != k && x->org[ak].alias_of < 0) x->org[ak].alias_of = (int16_t)k;
        for (unsigned z = qs; z < q && ak >= 0; z++) t[z].org = (int16_t)ak;
        end = q + 1;
      }
    }
    /* ... with Ever Harvest Investments Limited (the "Vendor") to acquire: an
     * announcement's defined term for who sells (see vendor_seller in extract.c) */
    if (k >= 0 && pe + 4 < n && tok_punct(x, &t[pe], '(')) {
      unsigned q = pe + 1;
      if (tok_is(x, &t[q], "the")) q++;
      if (q + 2 < n && is_quote(x, &t[q]) && is_quote(x, &t[q + 2]) &&
          (tok_is(x, &t[q + 1], "vendor") || tok_is(x, &t[q + 1], "vendors") || tok_is(x, &t[q + 1], "seller") ||
           tok_is(x, &t[q + 1], "sellers")))
        x->org[k].vendor = 1;
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
    unsigned len = x->org[i].name.len, m = 0, words = 0, m2 = 0, humps = 0;
    char in[16], in2[16];
    for (unsigned q = 0; q < len && m < sizeof in - 1 && m2 < sizeof in2 - 1; q++) {
      int c = (unsigned char)t[q];
      if (is_alpha(c) && (q == 0 || t[q - 1] == ' ' || t[q - 1] == '\n' || t[q - 1] == '-')) {
        in[m++] = (char)(is_upper(c) ? c + 32 : c);
        in2[m2++] = (char)(is_upper(c) ? c + 32 : c);
        words++;
      } else if (is_upper(c) && q > 0 && is_lower((unsigned char)t[q - 1])) {
        in2[m2++] = (char)(c + 32); /* "GSK" for "GlaxoSmithKline": a capital inside a word */
        humps++;
      }
    }
    in[m] = in2[m2] = 0;
    /* "NSM" for "PT Nusantara Sawit Makmur Tbk": the initials of the words that are no
     * legal form */
    if (m > n && m <= n + 3 && in[0] != 0) {
      char in3[16];
      unsigned m3 = 0, w3 = 0;
      for (unsigned q = 0; q < len && m3 < sizeof in3 - 1;) {
        while (q < len && !is_alpha((unsigned char)t[q])) q++;
        unsigned b = q;
        while (q < len && (is_alpha((unsigned char)t[q]) || t[q] == '.')) q++;
        if (q == b || ds__legal_word(t + b, q - b) || (q - b <= 3 && t[q - 1] == '.')) continue;
        in3[m3++] = (char)(is_upper((unsigned char)t[b]) ? t[b] + 32 : t[b]);
        w3++;
      }
      in3[m3] = 0;
      if (w3 >= 2 && m3 == n && m3 < m && strcmp(in3, ac) == 0) return (int)i;
    }
    /* "amc" = "american motors corp"; "ge" = "general electric" + "co" */
    if (words >= 2 && (strcmp(in, ac) == 0 || (m == n + 1 && strncmp(in, ac, n) == 0 && x->org[i].strong)))
      return (int)i;
    if (humps && words + humps >= 3 && (strcmp(in2, ac) == 0 || (m2 == n + 1 && strncmp(in2, ac, n) == 0 && x->org[i].strong)))
      return (int)i;
  }
  return -1;
}

/* "WaMu" for "Washington Mutual", "FedEx" for "Federal Express": each capital starts a
 * piece that begins one word of the longer name, in order. */
static int blend_of(const ds_extractor *x, int k) {
  const ds_span *nm = &x->org[k].name;
  const char *w = x->text + nm->off;
  if (nm->len < 4 || nm->len > 12 || !is_upper((unsigned char)w[0])) return -1;
  unsigned caps = 0;
  for (unsigned i = 0; i < nm->len; i++) {
    if (!is_alpha((unsigned char)w[i])) return -1;
    caps += is_upper((unsigned char)w[i]) != 0;
  }
  if (caps < 2 || caps * 2 > nm->len) return -1; /* "IBM" is an acronym, "Amex" one word */
  for (unsigned i = 0; i < x->norg; i++) {
    if ((int)i == k || x->org[i].person) continue;
    const char *t = x->text + x->org[i].name.off;
    unsigned len = x->org[i].name.len, q = 0, p = 0;
    while (p < nm->len) {
      /* the next piece: a capital and the lowercase letters after it */
      unsigned e = p + 1;
      while (e < nm->len && is_lower((unsigned char)w[e])) e++;
      while (q < len && !is_alpha((unsigned char)t[q])) q++;
      if (q + (e - p) > len) break;
      unsigned z = 0;
      while (z < e - p && (t[q + z] | 0x20) == (w[p + z] | 0x20)) z++;
      if (z < e - p) break;
      while (q < len && is_alpha((unsigned char)t[q])) q++; /* rest of that word */
      p = e;
    }
    if (p == nm->len) return (int)i;
  }
  return -1;
}

int ds__resolve_alias(const ds_extractor *x, int k) {
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
    /* "HP-EDS" joins two names: not the fuller form of "HP" */
    if (m > best_len && strncmp(o, key, n) == 0 && o[n] == ' ' && !x->org[i].person &&
        find_org_key(x, o + n + 1) < 0) {
      best = (int)i;
      best_len = m;
    }
  }
  if (best == k && !x->org[k].person) {
    /* "Energi Nusa" for "PT Energi Nusa Tbk": a legal form written before the name */
    static const char *const pre[] = {"pt ", "ooo ", "oao ", "zao ", "pao ", "pjsc ", "ojsc ", "jsc "};
    for (unsigned i = 0; i < x->norg && best == k; i++) {
      const ds__org *o = &x->org[i];
      if ((int)i == k || o->person || o->klen <= n + 2 || strcmp(o->key + o->klen - n, key) != 0 ||
          o->key[o->klen - n - 1] != ' ')
        continue;
      for (unsigned q = 0; q < sizeof pre / sizeof pre[0]; q++)
        if ((size_t)o->klen == n + strlen(pre[q]) && strncmp(o->key, pre[q], strlen(pre[q])) == 0) best = (int)i;
    }
  }
  if (best == k && n >= 2 && n <= 5 && !strchr(key, ' ')) {
    int a = acronym_of(x, k);
    if (a >= 0) best = a;
  } else if (best != k && !x->org[best].strong && n >= 2 && n <= 5 && !strchr(key, ' ')) {
    /* "GM's joint ventures" beside "General Motors Co" and "GM China President Bob
     * Socia": the initials of a company written with its legal form, not a unit's
     * name that starts with them */
    int a = acronym_of(x, k);
    if (a >= 0 && x->org[a].strong) best = a;
  }
  if (best == k) {
    int b = blend_of(x, k);
    if (b >= 0) best = b;
  }
  if (best == k && !x->org[k].person) {
    /* "Najd DC" for "Najd Data Centers Company": the first words, then the initials of
     * the rest */
    const char *sp = strrchr(key, ' ');
    size_t head = sp ? (size_t)(sp - key) : 0, tail = sp ? n - head - 1 : 0;
    for (unsigned i = 0; sp && tail >= 2 && tail <= 4 && i < x->norg; i++) {
      const ds__org *o = &x->org[i];
      if ((int)i == k || o->person || o->klen <= n || strncmp(o->key, key, head + 1) != 0) continue;
      const char *r = o->key + head + 1;
      size_t q = 0;
      while (*r && q < tail && *r == key[head + 1 + q]) {
        q++;
        r = strchr(r, ' ');
        if (!r) break;
        r++;
      }
      if (q == tail && !r) {
        best = (int)i;
        break;
      }
    }
  }
  if (best == k && !x->org[k].person && strchr(key, ' ')) {
    /* "Ostwald Pharma" for "Ostwald Pharmaceuticals", "Quorra Tech" for "Quorra
     * Technologies Inc": the same words, the last cut short, of one name only */
    const char *sp = strrchr(key, ' ');
    size_t head = (size_t)(sp - key), tail = n - head - 1;
    int found = -1, count = 0;
    for (unsigned i = 0; tail >= 3 && i < x->norg; i++) {
      const ds__org *o = &x->org[i];
      if ((int)i == k || o->person || o->klen <= n || strncmp(o->key, key, n) != 0 || strchr(o->key + n, ' ')) continue;
      count++, found = (int)i;
    }
    if (count == 1) best = found;
  }
  if (best == k && !x->org[k].person && n >= 4 && !strchr(key, ' ')) {
    /* "Citi" for "Citigroup Inc": the start of the one word of one company */
    int found = -1, count = 0;
    for (unsigned i = 0; i < x->norg; i++) {
      const ds__org *o = &x->org[i];
      if ((int)i == k || o->person || !o->strong || o->klen <= n || strchr(o->key, ' ')) continue;
      if (memcmp(o->key, key, n) == 0) found = (int)i, count++;
    }
    if (count == 1) best = found;
  }
  if (best == k && !x->org[k].person && n >= 4 && !strchr(key, ' ')) {
    /* "Huiyuan" for "China Huiyuan Juice Group Ltd": the first word after the place a
     * name starts with, of one name only; "Century" for "21st Century Fox Inc.": after
     * a first word led by a digit */
    int found = -1, count = 0;
    for (unsigned i = 0; i < x->norg; i++) {
      const ds__org *o = &x->org[i];
      const char *sp = (int)i == k || o->person ? NULL : strchr(o->key, ' ');
      if (!sp || strncmp(sp + 1, key, n) != 0 || (sp[1 + n] != ' ' && sp[1 + n] != 0)) continue;
      if (is_digit((unsigned char)o->key[0])) {
        found = (int)i, count++;
        continue;
      }
      const ds__wentry *w = ds__wt_find(x, o->key, (size_t)(sp - o->key));
      if (w && (w->cls & (DS__W_PLACE | DS__W_NATION))) found = (int)i, count++;
    }
    if (count == 1) best = found;
  }
  if ((best == k || !x->org[best].strong) && !x->org[k].person && !strchr(key, ' ')) {
    /* "Disney" for "The Walt Disney Company": the last word of one longer name only,
     * and before a prefix match without a legal form ("Disney Channels", a unit) */
    /* (a word of three letters only for a name with its legal form: "Fox" for "21st
     * Century Fox Inc.", not "AOL" for "Compounding AOL", a sentence's first word run
     * into it) */
    int found = -1, count = 0;
    for (unsigned i = 0; i < x->norg; i++)
      if (!x->org[i].person && (n >= 4 || x->org[i].strong) && last_word_of(&x->org[i], key, n))
        found = (int)i, count++;
    if (count == 1 && (best == k || x->org[found].strong)) best = found;
  }
  return best;
}

/* "Pinola" after "Chairman Joseph Pinola": the surname of a known person. */
int ds__is_person(const ds_extractor *x, int org) {
  const ds__org *o = &x->org[org];
  if (o->person && !o->strong) return 1; /* (a legal form makes it a company however it was met) */
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


