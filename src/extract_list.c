/* Portfolio lists: "Since the start of 2017, Microsoft Ventures has made investments in
 * 13 companies. ... In addition to Trusona, here are the others:" and then one line per
 * company ("PandaDoc, a company that ...", "Frame, which is designed to ..."). The
 * sentence names the investor and says how many; the list names the investees, each
 * on a line of its own with no verb. Each line is one investment. */
#include <string.h>

#include "extract_int.h"

static const char *const count_nouns[] = {"companies", "startups", "start-ups", "firms", "businesses",
                                          "ventures"};
static const char *const number_words[] = {"two",  "three",  "four",  "five",   "six",   "seven", "eight",
                                           "nine", "ten",    "eleven", "twelve", "dozen", "several"};
/* the verbs and nouns that say the companies were invested in */
static const char *const backing_words[] = {"invested", "investments", "backed", "funded", "financed"};

static int number_tok(const ds_extractor *x, const ds__tok *t) {
  return (t->fl & DS__T_NUM) || tok_in(x, t, number_words, sizeof number_words / sizeof number_words[0]);
}

/* The sentence in the tokens at hand, which ends at `end`: does it say some company
 * invested in a number of companies? Then remember the investor, for the list. */
void ds__portfolio_sentence(ds_extractor *x, unsigned si, uint32_t end) {
  const ds__tok *t = x->tok;
  for (unsigned k = 2; k < x->ntok; k++) {
    if (!tok_in(x, &t[k], count_nouns, sizeof count_nouns / sizeof count_nouns[0])) continue;
    if (!number_tok(x, &t[k - 1])) continue;
    unsigned v = k - 2; /* the verb: "invested in 13", "backed five", "added another 13" */
    if (v > 0 && tok_is(x, &t[v], "another")) v--;
    if (v > 0 && tok_is(x, &t[v], "in")) v--;
    int backs = tok_in(x, &t[v], backing_words, sizeof backing_words / sizeof backing_words[0]);
    if (!backs && tok_is(x, &t[v], "added")) {
      /* "added 13 companies to its Ventures investment list", "... to its portfolio" */
      for (unsigned q = k + 1; q < x->ntok && q < k + 8 && !backs; q++)
        backs = tok_is(x, &t[q], "portfolio") || tok_is(x, &t[q], "investment") || tok_is(x, &t[q], "investments");
    }
    if (!backs) continue;
    /* a plan is no portfolio: "plans to invest in five startups" */
    for (unsigned q = v >= 3 ? v - 3 : 0; q < v; q++)
      if (tok_is(x, &t[q], "will") || tok_is(x, &t[q], "to") || tok_is(x, &t[q], "plans") ||
          tok_is(x, &t[q], "would"))
        return;
    int inv = -1;
    for (unsigned q = 0; q < v && inv < 0; q++)
      if (t[q].org >= 0 && !ds__is_person(x, t[q].org)) inv = t[q].org;
    if (inv < 0) return;
    x->pf_org = (int16_t)inv;
    x->pf_si = si;
    x->pf_start = t[0].off;
    x->pf_end = end;
    x->pf_trigger = (ds_span){t[v].off, t[k].off + t[k].len - t[v].off};
    ds_event tmp;
    memset(&tmp, 0, sizeof tmp);
    ds__find_date(x, &tmp);
    memcpy(x->pf_date, tmp.date, sizeof x->pf_date);
    return;
  }
}

/* [*s, *e): the line from p on, spaces trimmed at both ends; returns where the next
 * line starts */
static uint32_t line_at(const ds_extractor *x, uint32_t p, uint32_t end, uint32_t *s, uint32_t *e) {
  const char *t = x->text;
  const char *nl = memchr(t + p, '\n', end - p);
  uint32_t le = nl ? (uint32_t)(nl - t) : end;
  uint32_t a = p, b = le;
  while (a < b && is_space((unsigned char)t[a])) a++;
  while (b > a && is_space((unsigned char)t[b - 1])) b--;
  *s = a, *e = b;
  return nl ? le + 1 : end;
}

#define DS__ITEM_NAME_MAX 64 /* bytes of a listed company's name */
#define DS__ITEM_WORDS 5

/* A name at p: capitalized words (digits, '&' and '.' inside) up to a ',' or ':' or
 * " - " and a description in lowercase after it. Returns the name's length, 0 if the
 * line is no such item. */
static uint32_t item_name(const ds_extractor *x, uint32_t p, uint32_t e) {
  const char *t = x->text;
  uint32_t i = p, name_end = p;
  unsigned words = 0;
  while (i < e) {
    unsigned char c = (unsigned char)t[i];
    if (!(is_upper(c) || is_digit(c) || c == '&')) return 0;
    while (i < e && !is_space((unsigned char)t[i]) && t[i] != ',' && t[i] != ':') i++;
    name_end = i;
    if (++words > DS__ITEM_WORDS) return 0;
    while (i < e && t[i] == ' ') i++;
    if (i >= e) return 0;
    unsigned char d = (unsigned char)t[i];
    if (d == ',' || d == ':' || (d == '-' && i + 1 < e && t[i + 1] == ' ') ||
        (d == 0xE2 && i + 2 < e && t[i + 1] == (char)0x80 && (t[i + 2] == (char)0x93 || t[i + 2] == (char)0x94))) {
      i += d == 0xE2 ? 3 : 1;
      while (i < e && t[i] == ' ') i++;
      if (i >= e || !is_lower((unsigned char)t[i])) return 0; /* a description follows */
      break;
    }
  }
  if (!words || name_end - p > DS__ITEM_NAME_MAX) return 0;
  return name_end - p;
}

/* the rule the items are told by: investing in */
static unsigned invest_rule(void) {
  for (unsigned r = 0; r < ds__nrules; r++)
    if (strcmp(ds__rules[r].name, "invest-in") == 0) return r;
  return 0;
}

static void add_item(ds_extractor *x, uint32_t off, uint32_t len, uint32_t ls, uint32_t le) {
  int o = ds__register_name(x, off, len);
  if (o < 0 || ds__resolve_alias(x, o) == ds__resolve_alias(x, x->pf_org)) return;
  for (unsigned i = 0; i < x->ncand; i++) /* told already, by a sentence of its own */
    for (unsigned p = 0; p < x->cand[i].ev.nparties; p++)
      if (x->cand[i].slot_org[p] >= 0 && ds__resolve_alias(x, x->cand[i].slot_org[p]) == ds__resolve_alias(x, o))
        return;
  if (x->ncand >= DS__MAX_CANDS) return;
  ds__cand c;
  memset(&c, 0, sizeof c);
  c.sent_index = x->pf_si;
  c.strength = 2;
  c.ev.type = DS_TYPE_INVESTMENT;
  c.ev.status = DS_STATUS_COMPLETED; /* has invested, backed, added: done */
  c.ev.rule = (uint16_t)invest_rule();
  c.ev.trigger = x->pf_trigger;
  c.ev.evidence = (ds_span){ls, le - ls > DS_EVIDENCE_MAX ? DS_EVIDENCE_MAX : le - ls};
  c.ev.value_disclosed = -1;
  memcpy(c.ev.date, x->pf_date, sizeof c.ev.date);
  ds__add_party(x, &c, x->pf_org, DS_ROLE_INVESTOR);
  ds__add_party(x, &c, o, DS_ROLE_INVESTEE);
  if (c.ev.nparties < 2) return;
  ds__explain(x, &c.ev, 1, "an item of a portfolio list");
  x->cand[x->ncand++] = c;
}

/* After the reading: the list under the portfolio sentence, if there is one. Its
 * heading is the first line ending in ':' within a few lines of the sentence ("here
 * are the others:"); its items are the lines after it, up to the first that is none. */
void ds__portfolio_list(ds_extractor *x) {
  if (x->pf_org < 0) return;
  const char *t = x->text;
  const uint32_t end = x->a->body.off + x->a->body.len;
  uint32_t p = x->pf_start, s, e;
  int heading = 0;
  for (unsigned n = 0; n < 12 && p < end && !heading; n++) {
    p = line_at(x, p, end, &s, &e);
    heading = e > s && t[e - 1] == ':' && e - s < 240;
  }
  if (!heading) return;
  /* "In addition to Trusona, here are the others:": the one named is listed too */
  uint32_t first = 0, first_len = 0, hs = s, he = e;
  if (e - s > 16 && memcmp(t + s, "In addition to ", 15) == 0) {
    first = s + 15;
    first_len = item_name(x, first, e);
  }
  /* the items: two at least, or it is no list */
  uint32_t is[DS_MAX_EVENTS], il[DS_MAX_EVENTS], ls[DS_MAX_EVENTS], le[DS_MAX_EVENTS];
  unsigned n = 0;
  while (p < end && n < DS_MAX_EVENTS) {
    uint32_t q = line_at(x, p, end, &s, &e);
    if (s == e) { /* a blank line between items */
      p = q;
      continue;
    }
    uint32_t a = s;
    if (t[a] == '-' || t[a] == '*') a++;
    else if (e - a >= 3 && (unsigned char)t[a] == 0xE2 && (unsigned char)t[a + 1] == 0x80 &&
             (unsigned char)t[a + 2] == 0xA2)
      a += 3; /* a bullet */
    while (a < e && t[a] == ' ') a++;
    uint32_t len = item_name(x, a, e);
    if (!len) break;
    is[n] = a, il[n] = len, ls[n] = s, le[n] = e;
    n++;
    p = q;
  }
  if (n < 2) return;
  if (first_len) add_item(x, first, first_len, hs, he);
  for (unsigned i = 0; i < n; i++) add_item(x, is[i], il[i], ls[i], le[i]);
}
