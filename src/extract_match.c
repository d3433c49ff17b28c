/* Trigger rules matched against a sentence's tokens: patterns with alternatives,
 * optional words and amounts between them, and whether a trigger word is used as a
 * deal word at all (not inside a name, not a noun's modifier). */
#include <string.h>

#include "extract_int.h"

/* Compile every rule's pattern ("agreed|agrees to acquire|buy", "~a", "*") into element
 * and alternative tables in the context. Returns 0, or -1 when they do not fit. */
int ds__rules_compile(ds_extractor *x) {
  if (ds__nrules > DS__MAX_RULES) return -1;
  x->nrelem = x->nralt = 0;
  for (unsigned r = 0; r < ds__nrules; r++) {
    x->rfirst[r] = x->nrelem;
    const char *p = ds__rules[r].pattern;
    while (*p) {
      while (*p == ' ') p++;
      if (!*p) break;
      uint8_t fl = 0;
      if (*p == '~') fl |= DS__RE_OPT, p++;
      const char *sp = strchr(p, ' ');
      const char *end = sp ? sp : p + strlen(p);
      if (x->nrelem >= DS__MAX_RELEMS) return -1;
      ds__relem *e = &x->relem[x->nrelem++];
      e->alt = x->nralt;
      e->nalt = 0;
      if (end - p == 1 && *p == '*') fl |= DS__RE_STAR;
      e->fl = fl;
      while (!(fl & DS__RE_STAR) && p < end) {
        const char *bar = memchr(p, '|', (size_t)(end - p));
        const char *we = bar ? bar : end;
        if (x->nralt >= DS__MAX_RALTS || e->nalt == 255 || we - p > 255) return -1;
        x->ralt[x->nralt].w = p;
        x->ralt[x->nralt].n = (uint8_t)(we - p);
        const ds__wentry *te = ds__wt_find(x, p, (size_t)(we - p));
        x->ralt[x->nralt].widx = (int16_t)(te ? te - x->wt : -1);
        x->raltw[x->nralt] = x->ralt[x->nralt].widx;
        if (!te) e->fl |= DS__RE_TEXT;
        x->nralt++, e->nalt++;
        p = bar ? bar + 1 : end;
      }
      p = end;
    }
  }
  x->rfirst[ds__nrules] = x->nrelem;
  return 0;
}

/* elem_match() past its common case: a wildcard, a word the table does not hold or one
 * with periods in it, compared as text. */
static int elem_match_text(const ds_extractor *x, const ds__tok *t, const ds__relem *e) {
  /* (in a title-case headline any word outside a name: "Receives A$12 Million Purchase
   * Order from") */
  if (e->fl & DS__RE_STAR)
    return (is_lower((unsigned char)TX(x, t)[0]) || (x->caps_headline && t->org < 0)) &&
           !(t->wcls & (DS__W_PREP | DS__W_OTHERPREP | DS__W_CLAUSE));
  const ds__ralt *a = &x->ralt[e->alt], *ae = a + e->nalt;
  const char *s = TX(x, t);
  for (; a < ae; a++) {
    /* (a word the table does not hold is none of those it holds) */
    if (a->n != t->len || (a->widx >= 0 && !(t->fl & DS__T_DOTTED))) continue;
    size_t k = 0;
    for (; k < a->n; k++) {
      int c = (unsigned char)s[k];
      if (is_upper(c)) c += 32;
      if (c != (unsigned char)a->w[k]) break;
    }
    if (k == a->n) return 1;
  }
  return 0;
}

/* Does element e match token t? Alternatives are lowercase words; the token matches one
 * in any case ("*": any one lowercase word that is no preposition, "receives signalling
 * order"). Most tokens are words the table holds, their entry of their own word: an
 * alternative is that word if it is that entry, a test inlined in the rule matcher. */
static inline int elem_match(const ds_extractor *x, const ds__tok *t, const ds__relem *e) {
  if (!(t->fl & DS__T_WORD)) return 0;
  if (!(e->fl & DS__RE_STAR) && !(t->fl & DS__T_DOTTED)) {
    if (t->rule >= 0) {
      for (const int16_t *w = &x->raltw[e->alt], *we = w + e->nalt; w < we; w++)
        if (*w == t->rule) return 1;
      return 0;
    }
    if (!(e->fl & DS__RE_TEXT)) return 0; /* (the token's word is none the table holds) */
  }
  return elem_match_text(x, t, e);
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
  return (t->wcls & DS__W_AMOUNT) != 0;
}

/* A time phrase at token q ("on Tuesday", "on March 3", "today", "last week"): the
 * token after it, or q. */
static unsigned time_phrase(const ds_extractor *x, unsigned q) {
  const ds__tok *t = &x->tok[q];
  if (tok_is(x, t, "today") || tok_is(x, t, "yesterday") || tok_is(x, t, "tonight")) return q + 1;
  if (q + 1 >= x->ntok) return q;
  const ds__tok *u = &x->tok[q + 1];
  if (tok_is(x, t, "on") && (u->wcls & DS__W_WEEKDAY)) return q + 2;
  if (tok_is(x, t, "on") && (u->wcls & DS__W_MONTH) && q + 2 < x->ntok && (x->tok[q + 2].fl & DS__T_NUM))
    return q + 3;
  if ((tok_is(x, t, "last") || tok_is(x, t, "this")) && (tok_is(x, u, "week") || tok_is(x, u, "month")))
    return q + 2;
  return q;
}

/* Does token t match an element of the rule after e (up to ee), no wildcard? */
static int later_element(const ds_extractor *x, const ds__tok *t, const ds__relem *e, const ds__relem *ee) {
  for (; e < ee; e++)
    if (!(e->fl & DS__RE_STAR) && elem_match(x, t, e)) return 1;
  return 0;
}

/* Match rule r at token i; returns the token index after the match, or 0. r is one of
 * the rules indexed under token i's word (its entry's rules). */
DS__HOT unsigned ds__rule_match(const ds_extractor *x, const ds__rule *r, unsigned i) {
  unsigned ri = (unsigned)(r - ds__rules);
  const ds__relem *e = &x->relem[x->rfirst[ri]], *ee = &x->relem[x->rfirst[ri + 1]];
  unsigned j = i;
  /* the first element holds the word r is indexed under, token i's own: it matches
   * there (not for a word with periods, whose entry may be of another, nor for an
   * annotation, which the element skips) */
  if (e < ee && i < x->ntok && !(x->tok[i].fl & (DS__T_SKIP | DS__T_DOTTED))) e++, j++;
  for (; e < ee; e++) {
    while (j < x->ntok && (x->tok[j].fl & DS__T_SKIP)) j++;
    int ok = j < x->ntok && elem_match(x, &x->tok[j], e);
    /* "awarded a $120 million contract", "a contract worth Rs 3,782 crore by": an amount
     * may stand between a pattern's words */
    if (!ok && j > i && j < x->ntok) {
      unsigned q = j, nums = 0;
      while (q < x->ntok && q < j + 9 && money_word(x, q)) nums += (x->tok[q++].fl & DS__T_NUM) != 0;
      if (q > j && nums && q < x->ntok && elem_match(x, &x->tok[q], e)) j = q, ok = 1;
      /* "agreed on Tuesday to acquire", "signed a contract on Wednesday with": the day
       * may stand between a pattern's words too */
      if (!ok) {
        q = time_phrase(x, j);
        if (q > j && q < x->ntok && elem_match(x, &x->tok[q], e)) j = q, ok = 1;
      }
    }
    /* a wildcard leaves alone a word a later element wants ("receives an order") */
    if (ok && (e->fl & DS__RE_STAR) && later_element(x, &x->tok[j], e + 1, ee)) ok = 0;
    if (ok) {
      j++;
    } else if (!(e->fl & DS__RE_OPT)) {
      return 0;
    }
  }
  return j;
}

/* Is the trigger word at token i used as a deal word here? Not inside a name, nor as
 * a noun's modifier ("their buy orders", "a joint venture partner"). */
static const char *const trade_words[] = {
    "firm", "firms", "fund", "funds", "shop", "shops", "house", "houses", "industry", "boom",
    "specialist", "specialists", "executives", "spree", "binge", "fever", "wave", "law", "laws",
    "rules", "code", "panel", "premium", "premiums", "candidates", "arbitrage", "arbitrageurs",
    "lawyer", "lawyers", "financing", "loans", "debt", "volume", "volumes", "activity"};

int ds__deal_word_use(const ds_extractor *x, unsigned i) {
  const ds__tok *t = &x->tok[i];
  /* "News | Mergers & Acquisitions | Partnerships": a menu's item, not a deal */
  if ((i > 0 && tok_punct(x, &x->tok[i - 1], '|')) || (i + 1 < x->ntok && tok_punct(x, &x->tok[i + 1], '|')))
    return 0;
  /* "WMX Acquisition Corp": a trigger word inside a name is part of the name */
  if (t->org >= 0 && (t->fl & DS__T_CAP) && i > 0 && x->tok[i - 1].org == t->org) return 0;
  /* "their buy and sell orders", "a strong buy", 'bonds a "buy"': the verb used as a
   * noun */
  if ((tok_is(x, t, "buy") || tok_is(x, t, "sell")) && i > 0) {
    unsigned p = i - 1;
    if (p > 0 && (tok_punct(x, &x->tok[p], '"') || tok_punct(x, &x->tok[p], '\''))) p--;
    if (tok_is(x, &x->tok[p], "their") || tok_is(x, &x->tok[p], "its") || tok_is(x, &x->tok[p], "the") ||
        tok_is(x, &x->tok[p], "a") || tok_is(x, &x->tok[p], "his") || tok_is(x, &x->tok[p], "her") ||
        tok_is(x, &x->tok[p], "our"))
      return 0;
  }
  if ((tok_is(x, t, "buy") || tok_is(x, t, "sell")) && i + 1 < x->ntok &&
      (tok_is(x, &x->tok[i + 1], "orders") || tok_is(x, &x->tok[i + 1], "order") ||
       tok_is(x, &x->tok[i + 1], "rating") || tok_is(x, &x->tok[i + 1], "recommendation") ||
       tok_is(x, &x->tok[i + 1], "side")))
    return 0; /* "sell orders", "a buy rating" */
  /* "a Strategic Cooperation Framework Agreement": the framework agreement is the deal */
  if ((tok_is(x, t, "cooperation") || tok_is(x, t, "partnership") || tok_is(x, t, "collaboration") ||
       tok_is(x, t, "strategic")) &&
      i + 2 < x->ntok && (tok_is(x, &x->tok[i + 1], "framework") || tok_is(x, &x->tok[i + 2], "framework")))
    return 0;
  /* "To finance the purchase, Morikawa ...": the deal told before, named again */
  if (i > 1 && i + 1 < x->ntok && tok_is(x, &x->tok[i - 1], "the") && (x->tok[i + 1].fl & DS__T_PUNCT) &&
      (tok_is(x, &x->tok[i - 2], "finance") || tok_is(x, &x->tok[i - 2], "fund") ||
       tok_is(x, &x->tok[i - 2], "after") || tok_is(x, &x->tok[i - 2], "following")) &&
      (tok_is(x, t, "purchase") || tok_is(x, t, "acquisition") || tok_is(x, t, "merger") ||
       tok_is(x, t, "sale") || tok_is(x, t, "takeover") || tok_is(x, t, "deal")))
    return 0;
  /* "cut 500 jobs in a bid to reduce costs": an attempt, not an offer */
  if ((tok_is(x, t, "bid") || tok_is(x, t, "attempt")) && i >= 2 && i + 1 < x->ntok && tok_is(x, &x->tok[i - 1], "a") &&
      tok_is(x, &x->tok[i - 2], "in") && tok_is(x, &x->tok[i + 1], "to"))
    return 0;
  /* "buyout firm J.W. Childs", "the second-largest buyout fund", "takeover rules", "an
   * acquisition spree": the word names a trade, a law or a habit, not a deal */
  if ((tok_is(x, t, "buyout") || tok_is(x, t, "buy-out") || tok_is(x, t, "takeover") ||
       tok_is(x, t, "acquisition") || tok_is(x, t, "merger")) &&
      i + 1 < x->ntok && tok_in(x, &x->tok[i + 1], trade_words, sizeof trade_words / sizeof trade_words[0]))
    return 0;
  /* "a rebound in mergers and acquisitions": the trade, not a deal */
  if ((tok_is(x, t, "mergers") || tok_is(x, t, "merger")) && i + 2 < x->ntok &&
      tok_is(x, &x->tok[i + 1], "and") && tok_is(x, &x->tok[i + 2], "acquisitions"))
    return 0;
  /* "a purchase order": goods ordered, not a company bought */
  if (tok_is(x, t, "purchase") && i + 1 < x->ntok &&
      (tok_is(x, &x->tok[i + 1], "order") || tok_is(x, &x->tok[i + 1], "orders")))
    return 0;
  /* "venture capital", "corporate venture arm": money, not a joint venture */
  if (tok_is(x, t, "venture") && i + 1 < x->ntok &&
      (tok_is(x, &x->tok[i + 1], "capital") || tok_is(x, &x->tok[i + 1], "capitalist") ||
       tok_is(x, &x->tok[i + 1], "capitalists") || tok_is(x, &x->tok[i + 1], "arm") ||
       tok_is(x, &x->tok[i + 1], "fund") || tok_is(x, &x->tok[i + 1], "funds") ||
       tok_is(x, &x->tok[i + 1], "debt") || tok_is(x, &x->tok[i + 1], "partner") ||
       tok_is(x, &x->tok[i + 1], "partners")))
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
  /* "accepted a job offer from X", "a settlement offer": no bid for a company */
  if ((tok_is(x, t, "offer") || tok_is(x, t, "offers") || tok_is(x, t, "bid")) && i > 0 &&
      (tok_is(x, &x->tok[i - 1], "job") || tok_is(x, &x->tok[i - 1], "employment") ||
       tok_is(x, &x->tok[i - 1], "settlement") || tok_is(x, &x->tok[i - 1], "severance")))
    return 0;
  /* "under UK takeover rules", "the Takeover Panel": the law of takeovers, no deal */
  if ((tok_is(x, t, "takeover") || tok_is(x, t, "take-over") || tok_is(x, t, "merger")) && i + 1 < x->ntok &&
      (tok_is(x, &x->tok[i + 1], "rules") || tok_is(x, &x->tok[i + 1], "code") ||
       tok_is(x, &x->tok[i + 1], "panel") || tok_is(x, &x->tok[i + 1], "law") ||
       tok_is(x, &x->tok[i + 1], "laws") || tok_is(x, &x->tok[i + 1], "regulations") ||
       tok_is(x, &x->tok[i + 1], "regime") || tok_is(x, &x->tok[i + 1], "guidelines")))
    return 0;
  /* "a master limited partnership": a legal form, not an alliance */
  if (i > 0 && tok_is(x, &x->tok[i - 1], "limited")) return 0;
  return 1;
}

/* Does a rule match at token k? */
int ds__starts_deal(const ds_extractor *x, unsigned k) {
  if (!ds__deal_word_use(x, k)) return 0;
  const ds__wentry *we = &x->wt[x->tok[k].rule];
  for (unsigned q = 0; q < we->nrules; q++)
    if (ds__rule_match(x, &ds__rules[we->rules[q]], k)) return 1;
  return 0;
}
