/* The extractor's engine: trigger rules and role frames, status, background, and the
 * candidates merged into one event per deal. Sentences and tokens are read in
 * extract_text.c, names in extract_names.c, values and dates in extract_when.c.
 *
 * It reads the article once, sentence by sentence, with every working array in the
 * caller-placed context: no allocation, and a long article costs time, not memory
 * (a sentence longer than DS_MAX_SENT_TOKENS is read in pieces). The language
 * knowledge is in lexicon.c and rules.c; this file only applies it. */
#include <string.h>

#include "dealstream/error.h"
#include "extract_int.h"

/* The lead (title and first sentences) states the news; later sentences mostly give
 * background: a deal found there must involve a company the lead is about. */
#define DS__LEAD_SENTENCES 2
#define DS__NEWS_SENTENCES 4
#define DS__VALUE_SENTENCES 5 /* a price told this many sentences after the deal still counts */

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

/* A token of a money phrase: a number, a scale or currency, a symbol, a hedge. */
static int money_word(const ds_extractor *x, unsigned q) {
  const ds__tok *t = &x->tok[q];
  if ((t->fl & DS__T_NUM) || (t->wcls & (DS__W_SCALE | DS__W_CURWORD))) return 1;
  if (tok_punct(x, t, '$') || tok_punct(x, t, '%') || tok_punct(x, t, '(') || tok_punct(x, t, ')'))
    return 1;
  if (utf8_punct_len((const unsigned char *)TX(x, t), t->len)) return 1; /* €, £, ¥ */
  /* "US$", "C$", "Rs" */
  if (((t->fl & DS__T_UPPER) || t->len <= 2) && t->len <= 3 && q + 1 < x->ntok &&
      (tok_punct(x, &x->tok[q + 1], '$') || (x->tok[q + 1].fl & DS__T_NUM)))
    return 1;
  static const char *const hedge[] = {"pct", "percent", "worth", "valued", "at", "about",
                                      "approximately", "around", "some", "nearly", "over",
                                      "totaling", "totalling", "estimated", "an", "of"};
  for (size_t i = 0; i < sizeof hedge / sizeof hedge[0]; i++)
    if (tok_is(x, t, hedge[i])) return 1;
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
    /* "awarded a $120 million contract", "a contract worth Rs 3,782 crore by": an amount
     * may stand between a pattern's words */
    if (j > i) {
      unsigned q = j, nums = 0;
      while (q < x->ntok && q < j + 9 && money_word(x, q)) nums += (x->tok[q++].fl & DS__T_NUM) != 0;
      if (q > j && nums && q < x->ntok && elem_match(x, &x->tok[q], p, el)) j = q;
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

/* Is the trigger word at token i used as a deal word here? Not inside a name, nor as
 * a noun's modifier ("their buy orders", "a joint venture partner"). */
static int deal_word_use(const ds_extractor *x, unsigned i) {
  const ds__tok *t = &x->tok[i];
  /* "WMX Acquisition Corp": a trigger word inside a name is part of the name */
  if (t->org >= 0 && (t->fl & DS__T_CAP) && i > 0 && x->tok[i - 1].org == t->org) return 0;
  /* "their buy and sell orders", "a strong buy": the verb used as a noun */
  if ((tok_is(x, t, "buy") || tok_is(x, t, "sell")) && i > 0 &&
      (tok_is(x, &x->tok[i - 1], "their") || tok_is(x, &x->tok[i - 1], "its") ||
       tok_is(x, &x->tok[i - 1], "the") || tok_is(x, &x->tok[i - 1], "a") ||
       tok_is(x, &x->tok[i - 1], "his") || tok_is(x, &x->tok[i - 1], "her") ||
       tok_is(x, &x->tok[i - 1], "our")))
    return 0;
  if ((tok_is(x, t, "buy") || tok_is(x, t, "sell")) && i + 1 < x->ntok &&
      (tok_is(x, &x->tok[i + 1], "orders") || tok_is(x, &x->tok[i + 1], "order") ||
       tok_is(x, &x->tok[i + 1], "rating") || tok_is(x, &x->tok[i + 1], "recommendation") ||
       tok_is(x, &x->tok[i + 1], "side")))
    return 0; /* "sell orders", "a buy rating" */
  /* "a purchase order": goods ordered, not a company bought */
  if (tok_is(x, t, "purchase") && i + 1 < x->ntok &&
      (tok_is(x, &x->tok[i + 1], "order") || tok_is(x, &x->tok[i + 1], "orders")))
    return 0;
  /* "a joint venture partner": the noun names a company, not a deal */
  if ((tok_is(x, t, "venture") || tok_is(x, t, "joint")) && i + 2 < x->ntok &&
      (tok_is(x, &x->tok[i + 2], "partner") || tok_is(x, &x->tok[i + 2], "partners") ||
       tok_is(x, &x->tok[i + 1], "partner") || tok_is(x, &x->tok[i + 1], "partners")))
    return 0;
  /* "targets selected by Nakamura-Ode": a participle describing a noun */
  if ((tok_is(x, t, "selected") || tok_is(x, t, "picked") || tok_is(x, t, "chosen")) &&
      i + 1 < x->ntok && tok_is(x, &x->tok[i + 1], "by"))
    return 0;
  /* "its stake in the JV", "a 50% interest in the joint venture": the venture as a
   * company that exists; "invest in a joint venture" is still news */
  if ((tok_is(x, t, "jv") || tok_is(x, t, "joint")) && i > 0) {
    unsigned b = i - 1;
    if (b > 0 && (tok_is(x, &x->tok[b], "the") || tok_is(x, &x->tok[b], "its") ||
                  tok_is(x, &x->tok[b], "their") || tok_is(x, &x->tok[b], "this")))
      b--;
    if (tok_is(x, &x->tok[b], "in") || tok_is(x, &x->tok[b], "of") || tok_is(x, &x->tok[b], "from"))
      if (b > 0 && (tok_is(x, &x->tok[b - 1], "stake") || tok_is(x, &x->tok[b - 1], "interest") ||
                    tok_is(x, &x->tok[b - 1], "holding") || tok_is(x, &x->tok[b - 1], "share")))
        return 0;
  }
  /* "a master limited partnership": a legal form, not an alliance */
  if (i > 0 && tok_is(x, &x->tok[i - 1], "limited")) return 0;
  return 1;
}

/* "Separately, ...", "has also entered into", "Concurrently, ...", "today": the
 * sentence adds news of its own, however late it comes. */
static int more_news(const ds_extractor *x) {
  unsigned k = 0;
  while (k < x->ntok && (x->tok[k].fl & DS__T_PUNCT)) k++;
  if (k < x->ntok) { /* how the sentence opens */
    const ds__tok *t = &x->tok[k];
    if (tok_is(x, t, "separately") || tok_is(x, t, "concurrently") ||
        tok_is(x, t, "additionally") || tok_is(x, t, "simultaneously") ||
        (tok_is(x, t, "in") && k + 1 < x->ntok && tok_is(x, &x->tok[k + 1], "addition")))
      return 1;
  }
  for (k = 1; k + 1 < x->ntok; k++) /* "has also entered into", "also signed" */
    if (tok_is(x, &x->tok[k], "also") && (x->tok[k + 1].wcls & (DS__W_STATUS | DS__W_DEALVERB)))
      return 1;
  return 0;
}

/* "The Company" (capitalized, a press release's defined term) before the trigger. */
static int issuer_before(const ds_extractor *x, unsigned ti) {
  for (unsigned k = ti; k-- > 1 && ti - k <= 8;) {
    const ds__tok *t = &x->tok[k];
    if (tok_punct(x, t, ',') || tok_punct(x, t, ';') || t->org >= 0) return 0;
    if (TX(x, t)[0] == 'C' && tok_is(x, t, "company") && tok_is(x, &x->tok[k - 1], "the")) return 1;
  }
  return 0;
}

/* "the Bank of Alexandria will be sold": the name, then only auxiliaries. */
static int subject_right_before(const ds_extractor *x, unsigned ti) {
  for (unsigned k = ti, n = 0; k-- > 0 && n < 4; n++) {
    const ds__tok *t = &x->tok[k];
    if (t->org >= 0) return 1;
    if (!(tok_is(x, t, "will") || tok_is(x, t, "is") || tok_is(x, t, "to") ||
          tok_is(x, t, "would") || tok_is(x, t, "could") || tok_is(x, t, "may") ||
          tok_is(x, t, "set") || tok_is(x, t, "likely") || tok_is(x, t, "expected")))
      return 0;
  }
  return 0;
}

static int passive_sale(const ds__rule *r) {
  return strcmp(r->name, "sold-to") == 0 || strcmp(r->name, "acquired-by") == 0;
}

/* "the companies", "the two firms", "both parties" in the clause before the trigger. */
static int companies_before(const ds_extractor *x, unsigned ti) {
  for (unsigned k = ti; k-- > 0 && ti - k <= 10;) {
    const ds__tok *t = &x->tok[k];
    if (tok_punct(x, t, ',') || tok_punct(x, t, ';') || t->org >= 0) return 0;
    if (tok_is(x, t, "companies") || tok_is(x, t, "firms") || tok_is(x, t, "parties")) {
      const ds__tok *d = k > 0 ? &x->tok[k - 1] : NULL;
      if (d && tok_is(x, d, "two")) d = k > 1 ? &x->tok[k - 2] : NULL;
      return d && (tok_is(x, d, "the") || tok_is(x, d, "both"));
    }
  }
  return 0;
}

/* Does a rule match at token k? */
static int starts_deal(const ds_extractor *x, unsigned k) {
  if (!deal_word_use(x, k)) return 0;
  const ds__wentry *we = &x->wt[x->tok[k].rule];
  for (unsigned q = 0; q < we->nrules; q++)
    if (rule_match(x, &ds__rules[we->rules[q]], k)) return 1;
  return 0;
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

/* Has a name after the trigger taken a slot? */
static int right_filled(const slotfill *sf) {
  for (int s = 0; s < DS__S_COUNT; s++)
    if (s != DS__S_SUBJ && sf->n[s] > 0) return 1;
  return 0;
}

/* The org mention that ends at token e-1 starts where? */
static unsigned mention_start(const ds_extractor *x, unsigned e) {
  unsigned s = e - 1;
  while (s > 0 && x->tok[s - 1].org == x->tok[e - 1].org) s--;
  return s;
}

/* Between two mentions only "and", ",", ", and" or an annotation: joined. */
static int conjoined(const ds_extractor *x, unsigned a_end, unsigned b_start) {
  int words = 0, described = 0;
  for (unsigned k = a_end; k < b_start; k++) {
    const ds__tok *t = &x->tok[k];
    if (t->fl & DS__T_SKIP) continue;
    if (tok_punct(x, t, ',') || tok_is(x, t, "and") || tok_punct(x, t, '&')) {
      if (described) return 0;
      words++;
      continue;
    }
    /* "Halden Capital AG and existing investor Northfork Partners" */
    if (words && described < 3 && (t->fl & DS__T_WORD) && is_lower((unsigned char)TX(x, t)[0]) &&
        !(t->wcls & (DS__W_PREP | DS__W_OTHERPREP | DS__W_CLAUSE | DS__W_STATUS | DS__W_TRIGGER |
                     DS__W_DEALVERB | DS__W_STOPCAP))) {
      described++;
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

/* The first name after "with" in the clause before the trigger. */
static void with_before(const ds_extractor *x, unsigned ti, slotfill *sf) {
  for (unsigned k = ti >= 12 ? ti - 12 : 0; k + 1 < ti; k++) {
    if (tok_punct(x, &x->tok[k], ';')) return;
    if (!tok_is(x, &x->tok[k], "with")) continue;
    unsigned q = k + 1;
    if (q < ti && tok_is(x, &x->tok[q], "the")) q++;
    if (q < ti && x->tok[q].org >= 0) {
      for (int z = 0; z < sf->n[DS__S_SUBJ]; z++)
        if (sf->org[DS__S_SUBJ][z] == x->tok[q].org) return;
      slot_add(sf, DS__S_WITH, x->tok[q].org);
    }
    return;
  }
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
           ((t[pm - 1].fl & (DS__T_NUM | DS__T_PUNCT | DS__T_SKIP)) || (t[pm - 1].wcls & DS__W_SCALE) ||
            tok_is(x, &t[pm - 1], "'s") || tok_is(x, &t[pm - 1], "\xe2\x80\x99s") ||
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
    /* "offered 45 dlrs for Merrimac, topping a tender offer by Danforth": past the
     * object, another deal word starts another deal's frame */
    if ((tk->wcls & DS__W_TRIGGER) && tk->rule >= 0 && right_filled(sf) && k > tj &&
        !(t[k - 1].wcls & DS__W_TRIGGER) && starts_deal(x, k))
      break;
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
      /* "an order for 175 737 Max jets": a model between a count and the goods */
      if (k > 0 && (t[k - 1].fl & DS__T_NUM) && e + 1 < x->ntok && (t[e + 1].wcls & DS__W_PRODUCT)) {
        k = e;
        continue;
      }
      /* "..., the OECD said": the speaker, not a side of the deal */
      if (e + 1 < x->ntok && (tok_is(x, &t[e + 1], "said") || tok_is(x, &t[e + 1], "says") ||
                              tok_is(x, &t[e + 1], "told")))
        break;
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

static int status_of(const ds_extractor *x, unsigned ti, unsigned tj, const ds__rule *r) {
  int best = -1, best_d = 1 << 30, best_w = 0;
  for (unsigned k = 0; k < x->ntok; k++) {
    if (!(x->tok[k].fl & DS__T_WORD)) continue;
    if (k >= ti && k < tj && r->status != DS__STATUS_CTX) continue;
    /* "the closing of its acquisition", "announced the close of a Series A round" */
    if ((tok_is(x, &x->tok[k], "closing") ||
         (tok_is(x, &x->tok[k], "close") && k > 0 && tok_is(x, &x->tok[k - 1], "the"))) &&
        k + 1 < x->ntok && tok_is(x, &x->tok[k + 1], "of")) {
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
      /* "has no plans to invest", "is not interested": the deal is off */
      if (st == DS_STATUS_PROPOSED && pv && (tok_is(x, pv, "no") || tok_is(x, pv, "not")))
        st = DS_STATUS_TERMINATED, w = 2;
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
      /* "the court has approved its offer", "accepted the bid": the offer taken */
      if (st == DS_STATUS_PROPOSED &&
          (tok_is(x, &x->tok[k], "offer") || tok_is(x, &x->tok[k], "bid") ||
           tok_is(x, &x->tok[k], "proposal")))
        for (unsigned b = k >= 3 ? k - 3 : 0; b < k; b++)
          if (tok_is(x, &x->tok[b], "approved") || tok_is(x, &x->tok[b], "accepted") ||
              tok_is(x, &x->tok[b], "approves") || tok_is(x, &x->tok[b], "accepts"))
            st = DS_STATUS_AGREED, w = 2;
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
    /* "the Bank of Alexandria will be sold": a plan, nothing signed */
    if (done_type && ti > 0 && tok_is(x, t, "be") &&
        (tok_is(x, &x->tok[ti - 1], "will") || tok_is(x, &x->tok[ti - 1], "to")))
      return DS_STATUS_PROPOSED;
    return DS_STATUS_AGREED;
  }
  if (r->status == DS_STATUS_PROPOSED) {
    /* "the court has approved its offer", "accepted the bid": an offer taken is agreed */
    for (unsigned k = ti >= 5 ? ti - 5 : 0; k < ti; k++)
      if (tok_is(x, &x->tok[k], "approved") || tok_is(x, &x->tok[k], "accepted") ||
          tok_is(x, &x->tok[k], "accepts") || tok_is(x, &x->tok[k], "approves"))
        return best == DS_STATUS_TERMINATED ? best : DS_STATUS_AGREED;
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
  /* "deals in the industry, like Duke Energy's bid for Progress Energy": an example */
  for (unsigned k = ti >= 8 ? ti - 8 : 0; k < ti; k++)
    if ((tok_is(x, &x->tok[k], "like") && k > 0 && tok_punct(x, &x->tok[k - 1], ',')) ||
        (tok_is(x, &x->tok[k], "such") && k + 1 < ti && tok_is(x, &x->tok[k + 1], "as")))
      return "an example";
  /* "GE has engine joint ventures with Snecma": a tie that exists, not news */
  if (ti >= 1 && (tok_is(x, &x->tok[ti], "joint") || tok_is(x, &x->tok[ti], "partnership") ||
                  tok_is(x, &x->tok[ti], "partnerships") || tok_is(x, &x->tok[ti], "alliance") ||
                  tok_is(x, &x->tok[ti], "ventures")))
    for (unsigned k = ti >= 3 ? ti - 3 : 0; k < ti; k++)
      if (tok_is(x, &x->tok[k], "has") || tok_is(x, &x->tok[k], "have") ||
          tok_is(x, &x->tok[k], "owns") || tok_is(x, &x->tok[k], "own")) {
        int verb = 0; /* "have launched a joint venture" is news */
        for (unsigned q = k + 1; q < ti; q++) {
          const ds__tok *v = &x->tok[q];
          const char *w = TX(x, v);
          if ((v->wcls & DS__W_STATUS) || (v->len > 3 && w[v->len - 2] == 'e' && w[v->len - 1] == 'd'))
            verb = 1;
        }
        if (!verb) return "a tie that exists";
      }
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
  /* the time of the deal is told within its clause: "acquired Utah from General
   * Electric Co <GE> in 1984", not "bought Y, which was founded in 1984" */
  unsigned to = tj;
  while (to < x->ntok && to < tj + 16 && !(x->tok[to].wcls & DS__W_CLAUSE) &&
         !tok_punct(x, &x->tok[to], ';') && !tok_punct(x, &x->tok[to], ','))
    to++;
  for (unsigned k = from; k < to; k++) {
    const ds__tok *t = &x->tok[k];
    /* "in 2019", "in March 2019", "in mid-2015", "since early 2010" */
    int y = year_of(x, t);
    /* with no published date, a year told before the deal marks it as past, and one
     * after a deal told in the past tense ("was merged into Carnival in 2003") */
    if (y && !x->pub_y && k > 0 &&
        (tok_is(x, &x->tok[k - 1], "in") ||
         (k > 1 && (x->tok[k - 1].wcls & DS__W_MONTH) && tok_is(x, &x->tok[k - 2], "in"))) &&
        (k < ti || past_tense(x, &x->tok[ti])))
      return "earlier year"; /* "In June 2015, Celgene announced" */
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
  /* the clause opens with the past: "Last month TCI urged EADS to sell", "Walmart
   * previously tested delivery via partnerships with" */
  for (unsigned k = ti; k-- > 0 && ti - k <= 12;) {
    const ds__tok *t = &x->tok[k];
    if (tok_punct(x, t, ',') && k > 1) {
      /* "In June 2015, Contoso announced ...": a fronted time */
      int y = year_of(x, &x->tok[k - 1]);
      unsigned b = k - 2;
      if (b > 0 && (x->tok[b].wcls & DS__W_MONTH)) b--;
      if (y && tok_is(x, &x->tok[b], "in") && (!x->pub_y || y < x->pub_y)) return "earlier year";
    }
    if (tok_punct(x, t, ',') || tok_punct(x, t, ';') || (t->wcls & DS__W_CLAUSE)) break;
    if ((tok_is(x, t, "previously") || tok_is(x, t, "formerly")) &&
        !(k + 1 < x->ntok && tok_is(x, &x->tok[k + 1], "announced")))
      return "earlier";
    if (k == 0 && tok_is(x, t, "last") && x->ntok > 1 &&
        (tok_is(x, &x->tok[1], "year") || tok_is(x, &x->tok[1], "month") ||
         (x->tok[1].wcls & DS__W_MONTH)))
      return "last year";
  }
  return NULL;
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

static void add_party(ds_extractor *x, ds__cand *c, int org, int role) {
  if (org < 0 || role == DS__NOROLE) return;
  if (ds__is_person(x, org)) { /* people are never parties */
    if (role == DS_ROLE_ACQUIRER || role == DS_ROLE_INVESTOR) c->person_buyer = 1;
    return;
  }
  org = ds__resolve_alias(x, org);
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
/* Deals that stand beside others between the same companies: a supply contract, a
 * licence or a memorandum next to a stake is a deal of its own. */
static int stands_apart(int type) {
  return type == DS_TYPE_SUPPLY || type == DS_TYPE_LICENSING || type == DS_TYPE_MOU;
}

static int active_role(int role) {
  return role == DS_ROLE_ACQUIRER || role == DS_ROLE_INVESTOR || role == DS_ROLE_SUPPLIER ||
         role == DS_ROLE_LICENSOR || role == DS_ROLE_CUSTOMER;
}

/* One party on the active side, or only buyers and investors: nothing is bought. */
static int all_active(const ds__cand *c) {
  if (c->ev.nparties == 1) return active_role(c->ev.parties[0].role);
  for (unsigned p = 0; p < c->ev.nparties; p++)
    if (c->ev.parties[p].role != DS_ROLE_ACQUIRER && c->ev.parties[p].role != DS_ROLE_INVESTOR)
      return 0;
  return c->ev.nparties > 0;
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
static void company_target(ds_extractor *x, unsigned tj, ds__cand *c) {
  /* "has offered for the company" */
  if (tj + 2 < x->ntok && (tok_is(x, &x->tok[tj], "for") || tok_is(x, &x->tok[tj], "of"))) tj++;
  if (tj + 1 >= x->ntok || !tok_is(x, &x->tok[tj], "the")) return;
  /* "the company", "the Ohio broadcasting company": a few describing words first */
  unsigned q = tj + 1;
  while (q < x->ntok && q < tj + 4 && (x->tok[q].fl & DS__T_WORD) && x->tok[q].org < 0 &&
         !tok_is(x, &x->tok[q], "company") && !tok_is(x, &x->tok[q], "firm") &&
         !tok_is(x, &x->tok[q], "group") && !tok_is(x, &x->tok[q], "business"))
    q++;
  if (q >= x->ntok) return;
  const ds__tok *n = &x->tok[q];
  if (!(tok_is(x, n, "company") || tok_is(x, n, "firm") || tok_is(x, n, "group") ||
        tok_is(x, n, "business")))
    return;
  for (unsigned k = 0; k < x->ntok; k++) {
    int o = x->tok[k].org;
    if (o < 0 || x->org[o].person || adviser_near(x, k, k + 1)) continue;
    if (party_role_of(c, ds__resolve_alias(x, o)) >= 0) continue;
    add_party(x, c, o, DS_ROLE_TARGET);
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
  /* (an investor is a buyer too: two lenders' loans to one company are two deals) */
  for (unsigned p = 0; p < o->ev.nparties; p++)
    if (o->ev.parties[p].role == DS_ROLE_ACQUIRER || o->ev.parties[p].role == DS_ROLE_INVESTOR)
      o_buyers++;
  for (unsigned p = 0; p < c->ev.nparties; p++) {
    int r = party_role_of(o, c->slot_org[p]);
    int cr = c->ev.parties[p].role;
    if (r >= 0) shared++;
    if ((r == DS_ROLE_TARGET || r == DS_ROLE_INVESTEE) && r == cr) common_target = 1;
    if (cr == DS_ROLE_ACQUIRER || cr == DS_ROLE_INVESTOR) {
      c_buyers++;
      if (r == DS_ROLE_ACQUIRER || r == DS_ROLE_INVESTOR) common_buyer = 1;
    }
  }
  if (!shared) return 0;
  /* "Daesan and Nordhavn signed an MOU" and "Daesan and Haemi Bay signed a letter of
   * intent": partners' agreements that each have a side the other lacks are two */
  if (same_family(o->ev.type, DS_TYPE_MOU) && o->ev.type == c->ev.type && o->ev.nparties >= 2 &&
      c->ev.nparties >= 2 &&
      (size_t)shared < c->ev.nparties) {
    int o_only = 0;
    for (unsigned p = 0; p < o->ev.nparties; p++) {
      int in_c = 0;
      for (unsigned q = 0; q < c->ev.nparties; q++) in_c |= c->slot_org[q] == o->slot_org[p];
      if (!in_c) o_only = 1;
    }
    if (o_only) return 0;
  }
  /* one supplier's orders from two airlines are two deals */
  static const int other_side[] = {DS_ROLE_CUSTOMER, DS_ROLE_LICENSEE, DS_ROLE_INVESTEE};
  for (size_t q = 0; q < sizeof other_side / sizeof other_side[0]; q++) {
    int r = other_side[q], in_o = 0, in_c = 0, common = 0;
    for (unsigned p = 0; p < o->ev.nparties; p++) in_o |= o->ev.parties[p].role == r;
    for (unsigned p = 0; p < c->ev.nparties; p++)
      if (c->ev.parties[p].role == r) {
        in_c = 1;
        if (party_role_of(o, c->slot_org[p]) == r) common = 1;
      }
    if (in_o && in_c && !common) return 0;
  }
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
  if (guessed_roles(o->ev.rule) && !guessed_roles(c->ev.rule) && o->ev.type == c->ev.type) {
    uint8_t told[DS_MAX_PARTIES] = {0};
    int active = -1; /* the role the verb gave, e.g. supplier */
    o->roles_told = 1;
    for (unsigned p = 0; p < c->ev.nparties; p++)
      for (unsigned q = 0; q < o->ev.nparties && q < DS_MAX_PARTIES; q++)
        if (c->slot_org[p] >= 0 && o->slot_org[q] == c->slot_org[p]) {
          o->ev.parties[q].role = c->ev.parties[p].role;
          told[q] = 1;
          if (c->ev.parties[p].role == DS_ROLE_SUPPLIER || c->ev.parties[p].role == DS_ROLE_LICENSOR)
            active = c->ev.parties[p].role;
        }
    /* "Siam Delta and Kaori signed a supply contract ... Kaori will supply": the side
     * the verb did not name is the other one */
    int other = active == DS_ROLE_SUPPLIER ? DS_ROLE_CUSTOMER : active == DS_ROLE_LICENSOR ? DS_ROLE_LICENSEE : -1;
    for (unsigned q = 0; q < o->ev.nparties && q < DS_MAX_PARTIES && other >= 0; q++)
      if (!told[q] && o->ev.parties[q].role == active) o->ev.parties[q].role = (uint8_t)other;
  }
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

/* "look for acquisitions", "investments in the sector": a plural deal noun speaks of
 * deals in general unless it names what they are of. */
static int generic_plural(const ds_extractor *x, const ds__tok *t) {
  return tok_is(x, t, "acquisitions") || tok_is(x, t, "takeovers") || tok_is(x, t, "buyouts") ||
         tok_is(x, t, "investments") || tok_is(x, t, "purchases");
}

/* "the Treasury took over", "the government will inject": a state agent acts, and
 * bail-outs and aid are no deals (the guideline's conventions). */
static int state_agent(const ds_extractor *x, unsigned ti) {
  for (unsigned k = ti, n = 0; k-- > 0 && n < 4; n++) {
    const ds__tok *t = &x->tok[k];
    if ((t->wcls & DS__W_NONPARTY) || tok_is(x, t, "government") || tok_is(x, t, "state"))
      return 1;
    if (!(tok_is(x, t, "has") || tok_is(x, t, "had") || tok_is(x, t, "will") ||
          tok_is(x, t, "would") || tok_is(x, t, "to") || tok_is(x, t, "also") ||
          tok_is(x, t, "effectively") || tok_is(x, t, "agreed")))
      return 0;
  }
  return 0;
}

/* The nearest name before the trigger is a person's: "billionaire Viktor Aranov has
 * bought a 5.1 percent stake". */
static int person_before(const ds_extractor *x, unsigned ti) {
  for (unsigned k = ti, n = 0; k-- > 0 && n < 12; n++) {
    const ds__tok *t = &x->tok[k];
    if ((t->fl & DS__T_PERSON) || (t->org >= 0 && ds__is_person(x, t->org))) return 1;
    if (t->org >= 0 || tok_punct(x, t, ';')) return 0;
  }
  return 0;
}

/* "bought hundreds of millions of dollars of Thornburg paper": the target's name
 * right before a word for its securities. */
static int securities_of_target(const ds_extractor *x, unsigned tj, const ds__cand *c) {
  for (unsigned k = tj; k + 1 < x->ntok; k++) {
    int o = x->tok[k].org;
    if (o < 0 || x->tok[k + 1].org == o) continue;
    int role = party_role_of(c, o);
    for (unsigned p = 0; p < c->ev.nparties && role < 0; p++)
      if (c->slot_org[p] >= 0 && ds__resolve_alias(x, c->slot_org[p]) == ds__resolve_alias(x, o))
        role = c->ev.parties[p].role; /* "Thornburg" for "Thornburg Mortgage Inc" */
    if (role != DS_ROLE_TARGET) continue;
    const ds__tok *n = &x->tok[k + 1];
    return tok_is(x, n, "paper") || tok_is(x, n, "bonds") || tok_is(x, n, "debt") ||
           tok_is(x, n, "notes") || tok_is(x, n, "securities") || tok_is(x, n, "loans");
  }
  return 0;
}

/* A lead telling that names one side only: not a deal by itself, but its price and
 * date belong to the deal a later sentence completes. */
static void keep_partial(ds_extractor *x, const ds__cand *c) {
  if (c->sent_index <= DS__LEAD_SENTENCES && (c->ev.has_value || c->date_q > 1) &&
      x->npartial < DS__MAX_PARTIALS)
    x->partial[x->npartial++] = *c;
}

/* A licence the agreement noun left open: the side that pays is the licensee. */
static void licence_direction(const ds_extractor *x, ds__cand *c) {
  for (unsigned k = 0; k < x->npay; k++) {
    int payer = ds__resolve_alias(x, x->payer[k]), payee = ds__resolve_alias(x, x->payee[k]);
    int pp = -1, pe = -1;
    for (unsigned p = 0; p < c->ev.nparties; p++) {
      if (c->slot_org[p] < 0) continue;
      int o = ds__resolve_alias(x, c->slot_org[p]);
      if (o == payer) pp = (int)p;
      if (o == payee) pe = (int)p;
    }
    if (pp < 0 || pe < 0) continue;
    c->ev.parties[pp].role = DS_ROLE_LICENSEE;
    c->ev.parties[pe].role = DS_ROLE_LICENSOR;
    return;
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
    /* (a stake, a purchase, a "tie-up" of the same companies are one deal told in other
     * words) */
    if (inside == c->ev.nparties && inside >= 2 &&
        (same_family(o->ev.type, c->ev.type) ||
         (!stands_apart(o->ev.type) && !stands_apart(c->ev.type)))) {
      fill_from(o, c);
      explain(x, &c->ev, 1, "the same parties as an earlier event");
      return;
    }
  }
  for (unsigned i = 0; i < x->ncand; i++) {
    ds__cand *o = &x->cand[i];
    if (!same_deal(o, c)) continue;
    for (unsigned p = 0; p < c->ev.nparties; p++) {
      int role = c->ev.parties[p].role;
      if (party_role_of(o, c->slot_org[p]) >= 0) continue;
      /* a later sentence adds a side the deal lacked; a second name in a role already
       * filled (another target, more partners long after the news) is another story's */
      if (has_role(o, role) && (role == DS_ROLE_TARGET || role == DS_ROLE_INVESTEE ||
                                 c->sent_index > DS__NEWS_SENTENCES))
        continue;
      add_party(x, o, c->slot_org[p], role);
    }
    fill_from(o, c);
    if (c->ev.status == DS_STATUS_TERMINATED || c->ev.status == DS_STATUS_COMPLETED)
      if (o->sent_index <= 1 && c->sent_index <= 3) o->ev.status = c->ev.status;
    explain(x, &c->ev, 1, "merged into an earlier event");
    return;
  }
  /* the lead told this deal with one side and its price ("Marathon to sell stake for
   * $590 million"); the sentence naming the other side may not repeat the price */
  for (unsigned i = 0; i < x->npartial; i++)
    if (same_deal(&x->partial[i], c)) fill_from(c, &x->partial[i]);
  if (x->ncand < DS__MAX_CANDS) {
    x->cand[x->ncand++] = *c;
    explain(x, &c->ev, 1, "kept");
  } else {
    explain(x, &c->ev, 0, "candidate table full");
  }
}

/* Does c name a party of a deal already kept? */
static int related(const ds_extractor *x, const ds__cand *c) {
  for (unsigned i = 0; i < x->ncand; i++)
    for (unsigned p = 0; p < c->ev.nparties; p++)
      if (c->slot_org[p] >= 0 && party_role_of(&x->cand[i], c->slot_org[p]) >= 0) return 1;
  return 0;
}

/* The lead (title and first sentences) states the news; later sentences mostly give
 * background, so a deal found there must involve a company the lead is about. */
static int lead_party(const ds_extractor *x, const ds__cand *c) {
  for (unsigned p = 0; p < c->ev.nparties; p++) {
    int o = c->slot_org[p];
    if (o < 0) continue;
    if (x->org[o].lead) return 1;
    int r = ds__resolve_alias(x, o); /* "Disney" in the lead, "Walt Disney Company" here */
    for (unsigned q = 0; q < x->norg; q++)
      if (x->org[q].lead && ds__resolve_alias(x, (int)q) == r) return 1;
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
    if (tok_is(x, &x->tok[k], "majority") || tok_is(x, &x->tok[k], "controlling")) control = 2;
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
        tok_is(x, t, "publicly") || /* "the publicly held 45 pct": the holders bought out */
        tok_is(x, t, "controlling"))
      control = pct < 0 ? 2 : 1; /* buying out the holders, or control: an acquisition */
    if (tok_is(x, t, "stake") || tok_is(x, t, "shares") || tok_is(x, t, "stakes") ||
        tok_is(x, t, "holding") || tok_is(x, t, "interest"))
      stake = 1;
    int p = pct_at(x, k);
    if (p >= 0 && pct < 0) pct = p;
    /* "buys 5 pct of Ostrava Ocel": a share of the company */
    if (p >= 0 && k + 2 < lim && tok_is(x, &x->tok[k + 2], "of")) stake = 1;
  }
  for (unsigned k = 0; k < x->ntok && pct < 0; k++)
    if (tok_is(x, &x->tok[k], "to") && k + 1 < x->ntok) pct = pct_at(x, k + 1);
  /* "the remaining 30 pct", "the publicly held 45 pct": told before the share, buying
   * out the other holders is control whatever the share ("7.8 pct of the outstanding
   * stock" is not); else a stated share decides */
  if (control == 2 || (control && pct < 0)) pct = 100;
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
    if (!deal_word_use(x, i)) continue;
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
          !word_after(x, jq, 14, "purchase", "merge", "takeover") && !(jq < x->ntok && x->tok[jq].org >= 0) &&
          !(jq + 1 < x->ntok && tok_is(x, &x->tok[jq], "from") &&
            (x->tok[jq + 1].org >= 0 || (jq + 2 < x->ntok && x->tok[jq + 2].org >= 0 &&
                                         (x->tok[jq + 1].fl & (DS__T_SKIP | DS__T_PUNCT))))))
        continue; /* "offered more divestments in a bid to assuage": not a bid for a company */
      best_q = (int)q;
      best_j = jq;
    }
    if (best_q >= 0) {
      unsigned q = (unsigned)best_q;
      const ds__rule *r = &ds__rules[we->rules[q]];
      unsigned j = best_j;
      /* "signed a letter of intent to acquire X": the acquisition itself, which its own
       * verb reports (the guideline's conventions) */
      if (r->type == DS_TYPE_MOU && j + 1 < x->ntok && tok_is(x, &x->tok[j], "to") &&
          (tok_is(x, &x->tok[j + 1], "acquire") || tok_is(x, &x->tok[j + 1], "buy") ||
           tok_is(x, &x->tok[j + 1], "purchase") || tok_is(x, &x->tok[j + 1], "merge") ||
           tok_is(x, &x->tok[j + 1], "sell"))) {
        i = j - 1;
        continue;
      }
      slotfill sf;
      int partners = r->role[DS__S_SUBJ] == DS_ROLE_PARTNER;
      fill_slots(x, i, j, partners, &sf);
      /* "The Company has also entered into a subscription agreement": a press
       * release's own name for its issuer */
      if (sf.n[DS__S_SUBJ] == 0 && x->issuer >= 0 && issuer_before(x, i))
        slot_add(&sf, DS__S_SUBJ, x->issuer);
      /* "The companies have also entered into a supply agreement": the companies of
       * the deal just told */
      if (sf.n[DS__S_SUBJ] == 0 && x->ncand > 0 && companies_before(x, i)) {
        const ds__cand *lc = &x->cand[x->ncand - 1];
        for (unsigned p = 0; p < lc->ev.nparties; p++)
          if (lc->slot_org[p] >= 0) slot_add(&sf, DS__S_SUBJ, lc->slot_org[p]);
      }
      /* "signed an agreement with Northwind to supply ...": the counterpart named after
       * "with" before the trigger, when the frame has no other */
      if (r->role[DS__S_WITH] != DS__NOROLE && sf.n[DS__S_WITH] == 0 && sf.n[DS__S_OBJ] == 0)
        with_before(x, i, &sf);
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
      uint8_t role[DS__S_COUNT];
      memcpy(role, r->role, sizeof role);
      /* "the acquisition of X from Y": with the thing bought named, "from" names the
       * seller; without it ("a takeover approach from Y") the bidder */
      if (role[DS__S_FROM] == DS_ROLE_ACQUIRER && j < x->ntok && tok_is(x, &x->tok[j], "of") &&
          sf.n[DS__S_OBJ] > 0 && deal_noun(x, t))
        role[DS__S_FROM] = DS_ROLE_SELLER;
      int subj_role = role[DS__S_SUBJ];
      int by_same = (sf.n[DS__S_BY] && role[DS__S_BY] == subj_role) ||
                    (sf.n[DS__S_FROM] && role[DS__S_FROM] == subj_role);
      if (by_same && sf.n[DS__S_OBJ] == 0 && role[DS__S_OBJ] != DS__NOROLE) {
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
        for (int k = 0; k < sf.n[sl]; k++) add_party(x, &c, sf.org[sl][k], role[sl]);
      }
      if (c.ev.type == DS_TYPE_ACQUISITION && !has_role(&c, DS_ROLE_TARGET)) unit_target(x, j, &c);
      if (c.ev.type == DS_TYPE_ACQUISITION && !has_role(&c, DS_ROLE_TARGET)) company_target(x, j, &c);
      int minority_sold = 0;
      if (strcmp(r->name, "stake-in") == 0 && sell_verb_before(x, i)) {
        /* "plans to sell its stake in X": a divestiture, the holder sells */
        int pct = -1, sold = 0;
        for (unsigned k = i >= 6 ? i - 6 : 0; k < i; k++) {
          if (pct_at(x, k) >= 0) pct = pct_at(x, k);
          if (tok_is(x, &x->tok[k], "sold")) sold = 1;
        }
        minority_sold = sold && pct >= 0 && pct < 50;
        c.ev.type = DS_TYPE_ACQUISITION;
        for (unsigned p = 0; p < c.ev.nparties; p++)
          c.ev.parties[p].role = c.ev.parties[p].role == DS_ROLE_INVESTOR ? DS_ROLE_SELLER : DS_ROLE_TARGET;
      } else if (!has_role(&c, DS_ROLE_SELLER)) {
        stake_type(x, i, j, &c); /* a stake sold stays the seller's divestiture */
      }
      c.ev.status = (uint8_t)status_of(x, i, j, r);
      ds__find_value(x, i, &c.ev, 0);
      c.date_q = (uint8_t)ds__find_date(x, &c.ev);
      ds__find_sectors(x, &c.ev);
      const char *bg = background(x, i, j);
      if (bg) {
        x->sent_background = 1;
        explain(x, &c.ev, 0, bg);
      } else if (c.ev.nparties == 0) {
        explain(x, &c.ev, 0, "no parties");
      } else if (generic_plural(x, t) && !has_role(&c, DS_ROLE_TARGET) &&
                 !has_role(&c, DS_ROLE_INVESTEE)) {
        explain(x, &c.ev, 0, "deals in general"); /* "may look for acquisitions" */
      } else if (!has_role(&c, DS_ROLE_ACQUIRER) && !has_role(&c, DS_ROLE_INVESTOR) &&
                 state_agent(x, i)) {
        explain(x, &c.ev, 0, "a government rescue"); /* "the Treasury took over Fannie Mae" */
      } else if ((c.person_buyer || person_before(x, i)) && c.ev.type == DS_TYPE_INVESTMENT &&
                 !has_role(&c, DS_ROLE_INVESTOR)) {
        explain(x, &c.ev, 0, "shares bought by a person"); /* the guideline's conventions */
      } else if (c.ev.type == DS_TYPE_ACQUISITION && securities_of_target(x, j, &c)) {
        explain(x, &c.ev, 0, "securities bought, not a company"); /* "Thornburg paper" */
      } else if (minority_sold && !has_role(&c, DS_ROLE_ACQUIRER)) {
        explain(x, &c.ev, 0, "a minority stake sold to no one named"); /* on the market */
      } else if (c.ev.type == DS_TYPE_ACQUISITION && only_role(&c, DS_ROLE_SELLER)) {
        keep_partial(x, &c);
        explain(x, &c.ev, 0, "a seller and nothing sold");
      } else if (all_active(&c)) {
        keep_partial(x, &c);
        explain(x, &c.ev, 0, "a buyer and nothing bought"); /* "going to be investing in Egypt" */
      } else if (c.ev.type == DS_TYPE_ACQUISITION && !has_role(&c, DS_ROLE_ACQUIRER) &&
                 shares_after(x, j)) {
        explain(x, &c.ev, 0, "shares sold on the market");
      } else if (c.strength < 2 && c.ev.nparties < 2 &&
                 !(si <= DS__LEAD_SENTENCES && c.ev.nparties == 1 &&
                   c.ev.parties[0].role == DS_ROLE_TARGET && passive_sale(r) &&
                   i > 0 && subject_right_before(x, i))) {
        /* (but the lead's "the Bank of Alexandria will be sold": a sale, buyer unknown) */
        explain(x, &c.ev, 0, "weak trigger with one party");
      } else if (c.ev.nparties < 2 && si > DS__LEAD_SENTENCES) {
        explain(x, &c.ev, 0, "one party, outside the lead");
      } else if (c.ev.nparties == 1 && c.slot_org[0] >= 0 && x->org[c.slot_org[0]].mentions < 3 &&
                 !x->org[c.slot_org[0]].strong) {
        explain(x, &c.ev, 0, "one party the article hardly names");
      } else if (si > DS__NEWS_SENTENCES && !lead_party(x, &c) && !more_news(x)) {
        explain(x, &c.ev, 0, "late mention of other companies");
      } else if (si > DS__NEWS_SENTENCES && x->ncand > 0 && !merges(x, &c) && !more_news(x)) {
        explain(x, &c.ev, 0, "another deal, past the news");
      } else {
        if (c.ev.nparties > 0 && !related(x, &c)) x->sent_background = 1;
        keep_candidate(x, &c);
        i = j - 1;
        continue;
      }
      /* a deal of other companies told here: its figures are its own */
      if (c.ev.nparties > 0 && !related(x, &c)) x->sent_background = 1;
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
    if (c->ev.has_value || si <= c->sent_index || si > c->sent_index + DS__VALUE_SENTENCES) continue;
    if (x->sent_background) continue; /* "in June sold ... for $1.5 billion": not this one's */
    if (x->undisclosed) continue; /* "Terms were not disclosed": later figures are others' */
    ds__find_value(x, 0, &c->ev, 1);
  }
}

/* "Ravensmoor will pay Osaka Biologics an upfront payment": who pays whom, for the
 * direction of a licence the agreement noun leaves open. */
static void note_payment(ds_extractor *x) {
  for (unsigned k = 1; k + 1 < x->ntok && x->npay < 4; k++) {
    if (!(tok_is(x, &x->tok[k], "pay") || tok_is(x, &x->tok[k], "pays"))) continue;
    int payer = -1, payee = -1;
    for (unsigned b = k, n = 0; b-- > 0 && n < 3; n++) /* "Ravensmoor will pay" */
      if (x->tok[b].org >= 0) {
        payer = x->tok[b].org;
        break;
      }
    unsigned a = k + 1;
    if (a < x->ntok && x->tok[a].org >= 0) payee = x->tok[a].org;
    if (payer >= 0 && payee >= 0 && payer != payee) {
      x->payer[x->npay] = (int16_t)payer;
      x->payee[x->npay++] = (int16_t)payee;
    }
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
    size_t se = title ? e : ds__sentence_end(x->text, s, e);
    size_t p = s;
    while (p < se) {
      size_t stop = ds__tokenize(x, p, se);
      x->caps_headline = 0;
      if (headline_unreliable(x, title)) {
        if (!title) break; /* a title-case line inside the body: not prose */
        x->caps_headline = 1;
      }
      ds__find_orgs(x, title);
      x->sent_background = 0;
      note_payment(x);
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
  x->issuer = -1;
  x->ncand = 0;
  x->npartial = 0;
  x->npay = 0;
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
  x->story_off = (uint32_t)ds__read_dateline(x, bs, be);
  x->undisclosed = ds__says_undisclosed(a->buf, bs, be);

  /* Two passes: the first learns the article's names (so a lone "Ascend" at a
   * sentence start is known), the second applies the rules. */
  unsigned si = 0;
  ds_explain_fn fn = x->explain;
  x->explain = NULL;
  {
    uint32_t s = bs;
    while (s < be) {
      size_t se = ds__sentence_end(x->text, s, be);
      size_t p = s;
      while (p < se) {
        size_t stop = ds__tokenize(x, p, se);
        ds__find_orgs(x, 0);
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
    if (c->ev.type == DS_TYPE_LICENSING && guessed_roles(c->ev.rule) && !c->roles_told)
      licence_direction(x, c);
    for (unsigned p = 0; p < c->ev.nparties; p++) {
      if (c->slot_org[p] < 0) continue; /* a described unit keeps its words */
      int k = ds__resolve_alias(x, c->slot_org[p]);
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

