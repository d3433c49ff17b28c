/* The extractor's driver: it reads the article sentence by sentence and weighs every
 * trigger the rules find (extract_match.c) with its frame (extract_frames.c), status
 * (extract_status.c) and context (extract_context.c), keeping candidates merged into
 * one event per deal (extract_cands.c). Sentences and tokens are read in
 * extract_text.c, names in extract_names.c, values and dates in extract_when.c.
 *
 * It reads the article once, sentence by sentence, with every working array in the
 * caller-placed context: no allocation, and a long article costs time, not memory
 * (a sentence longer than DS_MAX_SENT_TOKENS is read in pieces). The language
 * knowledge is in lexicon.c and rules.c; this file only applies it. */
#include <string.h>
#include <strings.h>

#include "dealstream/error.h"
#include "extract_int.h"

/* ------------------------------------------------------------------ context */

size_t ds_extract_memory(void) { return sizeof(ds_extractor); }

ds_extractor *ds_extract_init(void *mem, size_t len) {
  if (!mem || len < sizeof(ds_extractor) || ((uintptr_t)mem % _Alignof(max_align_t)) != 0)
    return NULL;
  ds_extractor *x = mem;
  memset(x, 0, sizeof *x);
  ds__wt_build(x);
  ds__abbrevs_build(x);
  if (ds__rules_compile(x) != 0) return NULL; /* the rule tables outgrew the limits */
  return x;
}

void ds_extract_set_explain(ds_extractor *x, ds_explain_fn fn, void *ud) {
  x->explain = fn;
  x->explain_ud = ud;
}

const char *ds_rule_name(unsigned r) { return r < ds__nrules ? ds__rules[r].name : "?"; }

/* Is org o's first mention after token j written right after "for" ("for the")? */
static int for_before_org(const ds_extractor *x, unsigned j, int o) {
  for (unsigned k = j; k < x->ntok; k++) {
    if (x->tok[k].org != o) continue;
    unsigned e = k; /* not a modifier: "for Pune metro coaches" */
    while (e < x->ntok && x->tok[e].org == o) e++;
    if (e < x->ntok && (x->tok[e].fl & DS__T_WORD) && is_lower((unsigned char)TX(x, &x->tok[e])[0]) &&
        !(x->tok[e].wcls & (DS__W_PREP | DS__W_OTHERPREP | DS__W_CLAUSE)) && !tok_is(x, &x->tok[e], "and"))
      return 0;
    /* "for the rail operator Northern Valley Railways": a describing word or two may
     * stand between "for" and the name */
    for (unsigned d = 0; d < 3 && k > j + 1 && (x->tok[k - 1].fl & DS__T_WORD) &&
                         is_lower((unsigned char)TX(x, &x->tok[k - 1])[0]) &&
                         !(x->tok[k - 1].wcls & (DS__W_PREP | DS__W_OTHERPREP | DS__W_CLAUSE)) &&
                         !tok_is(x, &x->tok[k - 1], "the") && !tok_is(x, &x->tok[k - 1], "and");
         d++)
      k--;
    if (k > j && tok_is(x, &x->tok[k - 1], "the")) k--;
    return k > j && tok_is(x, &x->tok[k - 1], "for");
  }
  return 0;
}

/* "received a separate approach from U.S. drinks group Hoyle Beverage Co": an offer
 * from a company named (a description or two may come first) is a bid */
static int offer_from_org(const ds_extractor *x, unsigned j) {
  /* ("an unsolicited offer of 100 dlrs a share from ...": its price first) */
  if (j < x->ntok && tok_is(x, &x->tok[j], "of"))
    for (unsigned k = j + 1; k < x->ntok && k < j + 10; k++) {
      const ds__tok *t = &x->tok[k];
      if (tok_is(x, t, "from")) {
        j = k;
        break;
      }
      if (!((t->fl & (DS__T_NUM | DS__T_PUNCT)) || (t->wcls & (DS__W_SCALE | DS__W_CURWORD)) || tok_is(x, t, "a") ||
            tok_is(x, t, "share") || tok_is(x, t, "per") || tok_is(x, t, "each") || tok_is(x, t, "about")))
        return 0;
    }
  if (j >= x->ntok || !tok_is(x, &x->tok[j], "from")) return 0;
  for (unsigned k = j + 1; k < x->ntok && k < j + 7; k++) {
    const ds__tok *t = &x->tok[k];
    if (t->org >= 0) return !ds__is_person(x, t->org);
    /* ("from a partnership formed by AFG Industries Inc", "from a group led by X") */
    if (tok_is(x, t, "by") && (tok_is(x, &x->tok[k - 1], "led") || tok_is(x, &x->tok[k - 1], "formed") ||
                               tok_is(x, &x->tok[k - 1], "headed")))
      continue;
    if (!(t->fl & DS__T_WORD) || (t->wcls & (DS__W_PREP | DS__W_OTHERPREP | DS__W_CLAUSE))) return 0;
  }
  return 0;
}

/* "under which Redwood will buy the output of Aurora's Saguaro solar project", "buy
 * all the electricity from": what a plant makes is bought, not the plant (a supply
 * deal, told by its own trigger). j is the token after the buying verb. */
static int buys_output(const ds_extractor *x, unsigned j) {
  static const char *const made[] = {"output", "electricity", "power", "energy", "production", "gas"};
  unsigned k = j;
  while (k < x->ntok && k < j + 2 && (tok_is(x, &x->tok[k], "the") || tok_is(x, &x->tok[k], "all") ||
                                      tok_is(x, &x->tok[k], "its") || tok_is(x, &x->tok[k], "their")))
    k++;
  if (k + 1 >= x->ntok || !tok_in(x, &x->tok[k], made, sizeof made / sizeof made[0])) return 0;
  const ds__tok *nx = &x->tok[k + 1];
  return tok_is(x, nx, "of") || tok_is(x, nx, "from") || tok_is(x, nx, "generated") || tok_is(x, nx, "produced");
}

/* The role org o has in c, or -1. */
static int party_of(const ds__cand *c, int o) {
  for (unsigned p = 0; p < c->ev.nparties; p++)
    if (c->slot_org[p] == o) return c->ev.parties[p].role;
  return -1;
}

/* Is org o's key a word run inside a party's key ("shaw" of "u s shaw s supermarkets")? */
static int name_inside_party(const ds_extractor *x, const ds__cand *c, int o) {
  const char *k = x->org[o].key;
  size_t n = x->org[o].klen;
  for (unsigned p = 0; p < c->ev.nparties; p++) {
    if (c->slot_org[p] < 0) continue;
    const char *pk = x->org[c->slot_org[p]].key;
    for (const char *q = strstr(pk, k); q; q = strstr(q + 1, k))
      if ((q == pk || q[-1] == ' ') && (q[n] == 0 || q[n] == ' ')) return 1;
  }
  return 0;
}

/* "took over as chief executive", "take over from Di Si as CFO", "took over the
 * helm": a post taken, not a company. k is the token after "take over". */
static int taking_a_post(const ds_extractor *x, unsigned k) {
  if (k >= x->ntok) return 0;
  if (tok_is(x, &x->tok[k], "as")) return 1;
  /* "the EFSF will be able to take over from the ECB and purchase bonds": in its place */
  if (tok_is(x, &x->tok[k], "from") && k + 2 < x->ntok &&
      (x->tok[k + 1].org >= 0 || (tok_is(x, &x->tok[k + 1], "the") && x->tok[k + 2].org >= 0))) {
    unsigned q = k + 1 + (x->tok[k + 1].org < 0);
    int o = x->tok[q].org;
    while (q < x->ntok && (x->tok[q].org == o || (x->tok[q].fl & DS__T_SKIP))) q++;
    if (q >= x->ntok || tok_is(x, &x->tok[q], "and") || tok_punct(x, &x->tok[q], ',') ||
        tok_punct(x, &x->tok[q], '.') || tok_is(x, &x->tok[q], "in") || tok_is(x, &x->tok[q], "at"))
      return 1;
  }
  if (tok_is(x, &x->tok[k], "from") || tok_is(x, &x->tok[k], "for"))
    for (unsigned q = k + 1; q < x->ntok && q < k + 6; q++)
      if (tok_is(x, &x->tok[q], "as")) return 1;
  unsigned q = k;
  if (q < x->ntok && (tok_is(x, &x->tok[q], "the") || tok_is(x, &x->tok[q], "his") ||
                      tok_is(x, &x->tok[q], "her")))
    q++;
  if (q >= x->ntok) return 0;
  const ds__tok *t = &x->tok[q];
  return tok_is(x, t, "helm") || tok_is(x, t, "reins") || tok_is(x, t, "role") || tok_is(x, t, "post") ||
         tok_is(x, t, "job") || tok_is(x, t, "chairmanship") || tok_is(x, t, "leadership") ||
         (t->wcls & DS__W_TITLE);
}

/* "Marathon Oil has tapped an Exxon Mobil executive to become its next CEO": the one
 * chosen is a person of the company after the trigger (from k on), not the company */
static int person_chosen(const ds_extractor *x, unsigned k) {
  if (k < x->ntok && (tok_is(x, &x->tok[k], "an") || tok_is(x, &x->tok[k], "a") || tok_is(x, &x->tok[k], "former")))
    k++;
  if (k >= x->ntok || x->tok[k].org < 0) return 0;
  int o = x->tok[k].org;
  while (k < x->ntok && (x->tok[k].org == o || (x->tok[k].fl & DS__T_SKIP) || tok_is(x, &x->tok[k], "'s"))) k++;
  if (k >= x->ntok) return 0;
  const ds__tok *t = &x->tok[k];
  return (t->wcls & DS__W_TITLE) || tok_is(x, t, "executive") || tok_is(x, t, "executives") ||
         tok_is(x, t, "veteran") || tok_is(x, t, "banker") || tok_is(x, t, "official") ||
         tok_is(x, t, "lawyer") || tok_is(x, t, "manager") || tok_is(x, t, "insider");
}

/* "shares from parties who presumably were supportive of the merger.": "the merger"
 * closing its clause, no company within six words before it, is a deal the article
 * tells elsewhere, not one whose sides are this sentence's names */
static int the_deal_alone(const ds_extractor *x, unsigned i, unsigned j) {
  if (i < 1 || !tok_is(x, &x->tok[i - 1], "the")) return 0;
  if (j < x->ntok && !(x->tok[j].fl & DS__T_PUNCT)) return 0;
  if (j < x->ntok && tok_punct(x, &x->tok[j], '(')) return 0;
  for (unsigned k = i >= 8 ? i - 8 : 0; k < i - 1; k++)
    if (x->tok[k].org >= 0) return 0;
  return 1;
}

/* "customers cut back on computer purchases", "bond purchases", "holiday sales": buying
 * and selling of goods, named by the goods before the noun */
static int goods_trade(const ds_extractor *x, unsigned i) {
  static const char *const nouns[] = {"purchase", "purchases", "sale", "sales", "buying", "selling"};
  static const char *const goods[] = {"computer", "consumer", "home", "car", "auto", "vehicle", "bond",
                                      "treasury", "gold", "equipment", "hardware", "software", "holiday",
                                      "retail", "ticket", "gasoline", "food", "grocery", "pc", "phone",
                                      "smartphone", "house", "aircraft", "jet", "weapons", "arms", "land"};
  static const char *const buys[] = {"buy", "buys", "buying", "bought", "purchase", "purchases", "purchasing"};
  /* "Spartech may buy 10 pct of its stock", "ADVO buys its warrants": a company's own
   * paper bought back; "JWP sells 30 mln dlrs of notes": debt issued (to no one named) */
  {
    int buy = tok_in(x, &x->tok[i], buys, sizeof buys / sizeof buys[0]), sell = (x->tok[i].wcls & DS__W_SELLVERB) != 0;
    if (buy || sell) {
      int own = 0, paper = 0, to = 0;
      for (unsigned k = i + 1; k < x->ntok && k <= i + 7; k++) {
        const ds__tok *t = &x->tok[k];
        if (tok_punct(x, t, ',') || tok_punct(x, t, ';') || (t->org >= 0 && !ds__common_word_org(x, t->org))) break;
        if ((tok_is(x, t, "its") || tok_is(x, t, "their")) && !(k + 1 < x->ntok && tok_is(x, &x->tok[k + 1], "behalf")))
          own = 1; /* (not "bought on its behalf 2.06 mln shares of Hillards") */
        if (tok_is(x, t, "stock") || tok_is(x, t, "shares") || tok_is(x, t, "warrants") || tok_is(x, t, "notes") ||
            tok_is(x, t, "debentures") || tok_is(x, t, "bonds") || tok_is(x, t, "debt") || tok_is(x, t, "paper"))
          paper = 1;
      }
      for (unsigned k = i + 1; k < x->ntok && !to; k++) to = tok_is(x, &x->tok[k], "to") && k + 1 < x->ntok && x->tok[k + 1].org >= 0;
      if (buy && own && paper) return 1;
      if (sell && paper && !own && !to) {
        int debt = 0;
        for (unsigned k = i + 1; k < x->ntok && k <= i + 7; k++)
          debt |= tok_is(x, &x->tok[k], "notes") || tok_is(x, &x->tok[k], "debentures") || tok_is(x, &x->tok[k], "bonds") ||
                  tok_is(x, &x->tok[k], "debt");
        if (debt) return 1;
      }
    }
  }
  /* "the ECB should only buy sovereign bonds of troubled states": securities bought on
   * a market */
  if (tok_in(x, &x->tok[i], buys, sizeof buys / sizeof buys[0]))
    for (unsigned k = i + 1; k < x->ntok && k <= i + 3; k++) {
      const ds__tok *t = &x->tok[k];
      if (!(t->fl & DS__T_WORD) || !is_lower((unsigned char)TX(x, t)[0]) || (t->wcls & DS__W_PREP)) break;
      if (tok_is(x, t, "bonds") || tok_is(x, t, "bond") || tok_is(x, t, "securities") ||
          tok_is(x, t, "treasuries") || tok_is(x, t, "gilts") || tok_is(x, t, "dollars") ||
          tok_is(x, t, "currency") || tok_is(x, t, "currencies"))
        return 1;
    }
  /* "distributors hold off on buying new computers before ...": things bought from no
   * one named (not "buy new aircraft from Airbus": a supply) */
  if (tok_in(x, &x->tok[i], buys, sizeof buys / sizeof buys[0]))
    for (unsigned k = i + 1; k < x->ntok && k <= i + 3; k++) {
      const ds__tok *t = &x->tok[k];
      if (!(t->fl & DS__T_WORD) || !is_lower((unsigned char)TX(x, t)[0]) || (t->wcls & DS__W_PREP)) break;
      if (tok_in(x, t, ds__product_nouns, ds__product_nouns_n)) {
        for (unsigned q = k + 1; q < x->ntok && q <= k + 3; q++)
          if (tok_is(x, &x->tok[q], "from")) return 0;
        return 1;
      }
    }
  /* "the lease, with purchase options, of five 757s", "the purchase price": words of
   * other things */
  if ((tok_is(x, &x->tok[i], "purchase") || tok_is(x, &x->tok[i], "buying")) && i + 1 < x->ntok &&
      (tok_is(x, &x->tok[i + 1], "options") || tok_is(x, &x->tok[i + 1], "option") ||
       tok_is(x, &x->tok[i + 1], "price") || tok_is(x, &x->tok[i + 1], "prices") ||
       tok_is(x, &x->tok[i + 1], "power") || tok_is(x, &x->tok[i + 1], "programme") ||
       tok_is(x, &x->tok[i + 1], "program")))
    return 1;
  /* "Nature of claim: repurchase obligation", "a share repurchase program" */
  if (tok_is(x, &x->tok[i], "repurchase") && i + 1 < x->ntok &&
      (tok_is(x, &x->tok[i + 1], "obligation") || tok_is(x, &x->tok[i + 1], "obligations") ||
       tok_is(x, &x->tok[i + 1], "program") || tok_is(x, &x->tok[i + 1], "programme") ||
       tok_is(x, &x->tok[i + 1], "plan") || tok_is(x, &x->tok[i + 1], "requests")))
    return 1;
  /* "the 8 gigabytes of storage offered by Amazon's Kindle Fire", "the rates offered by
   * banks": things offered to customers, no bid */
  if (tok_is(x, &x->tok[i], "offered") && i > 0 && i + 1 < x->ntok && tok_is(x, &x->tok[i + 1], "by")) {
    static const char *const wares[] = {"storage", "services", "service", "products", "rates", "features",
                                        "discounts", "prices", "yields", "loans", "plans", "coverage",
                                        "courses", "programs", "programmes", "incentives", "options"};
    if (tok_in(x, &x->tok[i - 1], wares, sizeof wares / sizeof wares[0])) return 1;
  }
  /* "because of Pfizer's cooperation in the ongoing investigation": help to the
   * authorities, no alliance */
  if ((tok_is(x, &x->tok[i], "cooperation") || tok_is(x, &x->tok[i], "co-operation")) && i + 1 < x->ntok)
    for (unsigned k = i + 1; k < x->ntok && k <= i + 5; k++)
      if (tok_is(x, &x->tok[k], "investigation") || tok_is(x, &x->tok[k], "investigations") ||
          tok_is(x, &x->tok[k], "probe") || tok_is(x, &x->tok[k], "inquiry") || tok_is(x, &x->tok[k], "prosecutors") ||
          tok_is(x, &x->tok[k], "authorities") || tok_is(x, &x->tok[k], "police"))
        return 1;
  /* "ICM said it has about 25.1 mln dlrs invested in Edison Square": money that is
   * invested, a holding */
  if (tok_is(x, &x->tok[i], "invested") && i > 0 &&
      (x->tok[i - 1].wcls & (DS__W_CURWORD | DS__W_SCALE)))
    return 1;
  /* "the court prohibited Tangent from acquiring any additional Homac shares" */
  if (i >= 2 && tok_is(x, &x->tok[i - 1], "from"))
    for (unsigned k = i >= 8 ? i - 8 : 0; k + 1 < i; k++)
      if (tok_is(x, &x->tok[k], "prohibited") || tok_is(x, &x->tok[k], "prohibits") ||
          tok_is(x, &x->tok[k], "barred") || tok_is(x, &x->tok[k], "bars") || tok_is(x, &x->tok[k], "enjoined") ||
          tok_is(x, &x->tok[k], "restrained") || tok_is(x, &x->tok[k], "banned") || tok_is(x, &x->tok[k], "blocked") ||
          tok_is(x, &x->tok[k], "prevented") || tok_is(x, &x->tok[k], "prevents") || tok_is(x, &x->tok[k], "stop"))
        return 1;
  /* "many clients were indirectly invested in News Corp": holders, not a deal */
  if (tok_is(x, &x->tok[i], "invested") && i > 0) {
    unsigned b = i - 1;
    if (b > 0 && is_lower((unsigned char)TX(x, &x->tok[b])[0]) && x->tok[b].len > 2 &&
        memcmp(TX(x, &x->tok[b]) + x->tok[b].len - 2, "ly", 2) == 0)
      b--; /* ("heavily", "indirectly") */
    if (tok_is(x, &x->tok[b], "were") || tok_is(x, &x->tok[b], "are") || tok_is(x, &x->tok[b], "is") ||
        tok_is(x, &x->tok[b], "was") || tok_is(x, &x->tok[b], "remain") || tok_is(x, &x->tok[b], "remained") ||
        tok_is(x, &x->tok[b], "stay") || tok_is(x, &x->tok[b], "stayed"))
      return 1;
  }
  /* "has already issued a marketing licence for Retrovir", "a mobile operating
   * licence": a permit the state grants, no licence of rights between companies */
  if ((tok_is(x, &x->tok[i], "licence") || tok_is(x, &x->tok[i], "license") ||
       tok_is(x, &x->tok[i], "licences") || tok_is(x, &x->tok[i], "licenses")) &&
      i > 0) {
    static const char *const permits[] = {"marketing", "operating", "export", "import", "banking", "broadcasting",
                                          "mining", "drilling", "exploration", "production", "spectrum", "3g",
                                          "4g", "telecoms", "telecommunications", "casino", "gaming", "driving",
                                          "import-export", "trading", "brokerage", "insurance", "liquor"};
    if (tok_in(x, &x->tok[i - 1], permits, sizeof permits / sizeof permits[0])) return 1;
  }
  /* "existing homes are selling at their slowest pace", "will let the company sell in
   * J.C. Penney stores": selling as trade, nothing sold to anyone in particular */
  if (x->tok[i].wcls & DS__W_SELLVERB) {
    /* "Toyota will also begin selling an all-new Avensis sedan in January" */
    if (i >= 1 && (tok_is(x, &x->tok[i - 1], "begin") || tok_is(x, &x->tok[i - 1], "began") ||
                   tok_is(x, &x->tok[i - 1], "start") || tok_is(x, &x->tok[i - 1], "started") ||
                   tok_is(x, &x->tok[i - 1], "stop") || tok_is(x, &x->tok[i - 1], "stopped") ||
                   tok_is(x, &x->tok[i - 1], "resume") || tok_is(x, &x->tok[i - 1], "resumed") ||
                   tok_is(x, &x->tok[i - 1], "continue") || tok_is(x, &x->tok[i - 1], "continued")))
      return 1;
    if (i >= 2 && (tok_is(x, &x->tok[i - 1], "are") || tok_is(x, &x->tok[i - 1], "is") ||
                   tok_is(x, &x->tok[i - 1], "were") || tok_is(x, &x->tok[i - 1], "was")) &&
        tok_in(x, &x->tok[i - 2], ds__product_nouns, ds__product_nouns_n))
      return 1;
    if (i + 1 < x->ntok && (tok_is(x, &x->tok[i + 1], "in") || tok_is(x, &x->tok[i + 1], "at") ||
                            tok_is(x, &x->tok[i + 1], "through") || tok_is(x, &x->tok[i + 1], "online") ||
                            tok_is(x, &x->tok[i + 1], "abroad") || tok_is(x, &x->tok[i + 1], "overseas") ||
                            tok_is(x, &x->tok[i + 1], "well") || tok_is(x, &x->tok[i + 1], "out"))) {
      /* (but "sold at par to X its notes", "sold in a private placement to X", "will
       * sell through its German subsidiary its unit to X": a sale all the same) */
      int sale = 0;
      for (unsigned k = i + 2; k < x->ntok && k <= i + 5 && !sale; k++)
        sale = tok_is(x, &x->tok[k], "par") || tok_is(x, &x->tok[k], "placement") ||
               tok_is(x, &x->tok[k], "transaction") || tok_is(x, &x->tok[k], "deal") ||
               (k == i + 2 && (tok_is(x, &x->tok[k], "its") || tok_is(x, &x->tok[k], "their")));
      if (!sale) return 1;
    }
  }
  /* "Beijing's strategy for investing its huge foreign currency reserves": money put to
   * work, no company invested in */
  if ((tok_is(x, &x->tok[i], "investing") || tok_is(x, &x->tok[i], "invest") || tok_is(x, &x->tok[i], "invests") ||
       tok_is(x, &x->tok[i], "invested")) &&
      i + 1 < x->ntok && (tok_is(x, &x->tok[i + 1], "its") || tok_is(x, &x->tok[i + 1], "their") ||
                          tok_is(x, &x->tok[i + 1], "the")))
    for (unsigned k = i + 2; k < x->ntok && k <= i + 5; k++) {
      const ds__tok *w = &x->tok[k];
      if (tok_is(x, w, "reserves") || tok_is(x, w, "money") || tok_is(x, w, "cash") || tok_is(x, w, "funds") ||
          tok_is(x, w, "savings") || tok_is(x, w, "surplus") || tok_is(x, w, "proceeds") || tok_is(x, w, "earnings"))
        return 1;
      if (!(w->fl & DS__T_WORD) || !is_lower((unsigned char)TX(x, w)[0])) break;
    }
  /* "a restriction on federal highway funding": public money, no investment */
  if ((tok_is(x, &x->tok[i], "funding") || tok_is(x, &x->tok[i], "financing") || tok_is(x, &x->tok[i], "funds")) &&
      i >= 1) {
    unsigned b = i - 1;
    if (b > 0 && is_lower((unsigned char)TX(x, &x->tok[b])[0]) && !tok_is(x, &x->tok[b], "federal") &&
        !tok_is(x, &x->tok[b], "government") && !tok_is(x, &x->tok[b], "state") && !tok_is(x, &x->tok[b], "public"))
      b--; /* ("federal highway funding") */
    if (tok_is(x, &x->tok[b], "federal") || tok_is(x, &x->tok[b], "government") || tok_is(x, &x->tok[b], "state") ||
        tok_is(x, &x->tok[b], "public") || tok_is(x, &x->tok[b], "taxpayer") || tok_is(x, &x->tok[b], "municipal"))
      return 1;
  }
  /* "Apple has reduced orders from Samsung for chips": orders cut, no deal made */
  if ((tok_is(x, &x->tok[i], "orders") || tok_is(x, &x->tok[i], "order")) && i > 0 &&
      (tok_is(x, &x->tok[i - 1], "reduced") || tok_is(x, &x->tok[i - 1], "cut") ||
       tok_is(x, &x->tok[i - 1], "slashed") || tok_is(x, &x->tok[i - 1], "trimmed") ||
       tok_is(x, &x->tok[i - 1], "reducing") || tok_is(x, &x->tok[i - 1], "cutting") ||
       tok_is(x, &x->tok[i - 1], "delayed") || tok_is(x, &x->tok[i - 1], "deferred")))
    return 1;
  /* "agreeing to discontinue the sale of cough syrup": a product withdrawn */
  if ((tok_is(x, &x->tok[i], "sale") || tok_is(x, &x->tok[i], "sales")) && i >= 2 && tok_is(x, &x->tok[i - 1], "the") &&
      (tok_is(x, &x->tok[i - 2], "discontinue") || tok_is(x, &x->tok[i - 2], "discontinued") ||
       tok_is(x, &x->tok[i - 2], "discontinuing") || tok_is(x, &x->tok[i - 2], "ban") ||
       tok_is(x, &x->tok[i - 2], "banned") || tok_is(x, &x->tok[i - 2], "banning")))
    return 1;
  /* "letters of credit from the Nigerian Central Bank": trade finance */
  if (tok_is(x, &x->tok[i], "credit") && i >= 2 && tok_is(x, &x->tok[i - 1], "of") &&
      (tok_is(x, &x->tok[i - 2], "letters") || tok_is(x, &x->tok[i - 2], "letter")))
    return 1;
  /* "Data General will offer several software packages", "has been offering 500 dlrs
   * rebates on its cars": things offered to customers */
  if (tok_is(x, &x->tok[i], "offer") || tok_is(x, &x->tok[i], "offers") || tok_is(x, &x->tok[i], "offering") ||
      tok_is(x, &x->tok[i], "offered")) {
    static const char *const wares[] = {"packages", "products", "services", "software", "discounts", "rebates",
                                        "incentives", "loans", "rates", "models", "plans", "policies",
                                        "features", "courses", "programs", "programmes", "versions"};
    for (unsigned k = i + 1; k < x->ntok && k <= i + 5; k++) {
      const ds__tok *t = &x->tok[k];
      if (tok_in(x, t, wares, sizeof wares / sizeof wares[0])) return 1;
      if (!((t->fl & DS__T_NUM) || (t->wcls & (DS__W_SCALE | DS__W_CURWORD)) || tok_punct(x, t, '$') ||
            ((t->fl & DS__T_WORD) && is_lower((unsigned char)TX(x, t)[0]) && !(t->wcls & DS__W_PREP))))
        break;
    }
  }
  /* "Swiss Re also made several big acquisitions, including ...": deals counted, none
   * told (the one named after "including" is read on its own) */
  if (ds__generic_plural(x, &x->tok[i]) || tok_is(x, &x->tok[i], "deals")) {
    unsigned b = i;
    while (b > 0 && b + 3 > i && (tok_is(x, &x->tok[b - 1], "big") || tok_is(x, &x->tok[b - 1], "major") ||
                                  tok_is(x, &x->tok[b - 1], "small") || tok_is(x, &x->tok[b - 1], "large") ||
                                  tok_is(x, &x->tok[b - 1], "strategic") || tok_is(x, &x->tok[b - 1], "bolt-on")))
      b--;
    if (b > 0 && (tok_is(x, &x->tok[b - 1], "several") || tok_is(x, &x->tok[b - 1], "many") ||
                  tok_is(x, &x->tok[b - 1], "numerous") || tok_is(x, &x->tok[b - 1], "various") ||
                  (tok_is(x, &x->tok[b - 1], "of") && b >= 2 && tok_is(x, &x->tok[b - 2], "number")) ||
                  tok_is(x, &x->tok[b - 1], "few") || tok_is(x, &x->tok[b - 1], "dozen") ||
                  tok_is(x, &x->tok[b - 1], "dozens")))
      return 1;
  }
  /* "the money it pays to partner websites": a kind of customer, no partnership */
  if (tok_is(x, &x->tok[i], "partner") && i + 1 < x->ntok) {
    static const char *const kinds[] = {"websites", "sites", "banks", "companies", "firms", "stores", "airlines",
                                        "networks", "retailers", "carriers", "hospitals", "countries", "brands"};
    if (tok_in(x, &x->tok[i + 1], kinds, sizeof kinds / sizeof kinds[0])) return 1;
  }
  /* "Akram Yosri, managing partner of 3i Capital Group": a job */
  if ((tok_is(x, &x->tok[i], "partner") || tok_is(x, &x->tok[i], "partners")) && i > 0 &&
      (tok_is(x, &x->tok[i - 1], "managing") || tok_is(x, &x->tok[i - 1], "senior") ||
       tok_is(x, &x->tok[i - 1], "founding") || tok_is(x, &x->tok[i - 1], "name")))
    return 1;
  /* "attorney Jerry Reisman, a partner with law firm Reisman, Peirez": a job */
  if ((tok_is(x, &x->tok[i], "partner") || tok_is(x, &x->tok[i], "partners")) && i > 0 &&
      (tok_is(x, &x->tok[i - 1], "a") || tok_is(x, &x->tok[i - 1], "senior") || tok_is(x, &x->tok[i - 1], "managing") ||
       tok_is(x, &x->tok[i - 1], "founding") || tok_is(x, &x->tok[i - 1], "general") ||
       tok_is(x, &x->tok[i - 1], "named")) &&
      i + 1 < x->ntok && (tok_is(x, &x->tok[i + 1], "with") || tok_is(x, &x->tok[i + 1], "at")) &&
      ((i >= 3 && tok_punct(x, &x->tok[i - 2], ',') && (x->tok[i - 3].fl & DS__T_PERSON)) ||
       tok_is(x, &x->tok[i - 1], "senior") || tok_is(x, &x->tok[i - 1], "managing") ||
       tok_is(x, &x->tok[i - 1], "founding")))
    return 1;
  /* "criticized for keeping its investment in PetroChina": a holding, kept */
  if (i >= 2 && (tok_is(x, &x->tok[i - 1], "its") || tok_is(x, &x->tok[i - 1], "their")) &&
      (tok_is(x, &x->tok[i - 2], "keeping") || tok_is(x, &x->tok[i - 2], "keep") || tok_is(x, &x->tok[i - 2], "kept") ||
       tok_is(x, &x->tok[i - 2], "retain") || tok_is(x, &x->tok[i - 2], "retaining") ||
       tok_is(x, &x->tok[i - 2], "maintaining") || tok_is(x, &x->tok[i - 2], "holding")))
    return 1;
  /* "substantial buying by China and the Soviet Union": buying on a market */
  if ((tok_is(x, &x->tok[i], "buying") || tok_is(x, &x->tok[i], "selling")) && i > 0 &&
      (tok_is(x, &x->tok[i - 1], "substantial") || tok_is(x, &x->tok[i - 1], "heavy") ||
       tok_is(x, &x->tok[i - 1], "strong") || tok_is(x, &x->tok[i - 1], "panic") ||
       tok_is(x, &x->tok[i - 1], "aggressive") || tok_is(x, &x->tok[i - 1], "renewed") ||
       tok_is(x, &x->tok[i - 1], "speculative") || tok_is(x, &x->tok[i - 1], "active") ||
       tok_is(x, &x->tok[i - 1], "fresh") || tok_is(x, &x->tok[i - 1], "further") ||
       tok_is(x, &x->tok[i - 1], "bargain") || tok_is(x, &x->tok[i - 1], "fund") ||
       tok_is(x, &x->tok[i - 1], "foreign") || tok_is(x, &x->tok[i - 1], "institutional")))
    return 1;
  if (i == 0 || !tok_in(x, &x->tok[i], nouns, sizeof nouns / sizeof nouns[0])) return 0;
  const ds__tok *b = &x->tok[i - 1];
  return is_lower((unsigned char)TX(x, b)[0]) && tok_in(x, b, goods, sizeof goods / sizeof goods[0]);
}

/* "The Ivory Coast was believed offering new crop around 1,325 French francs per 100
 * kilos cif": an offer quoted on a commodity market, priced by the weight and the
 * terms of delivery */
static int commodity_quote(const ds_extractor *x) {
  for (unsigned k = 0; k < x->ntok; k++) {
    const ds__tok *t = &x->tok[k];
    if (tok_is(x, t, "cif") || tok_is(x, t, "fob") || tok_is(x, t, "c&f")) return 1;
    if (k + 1 < x->ntok && (tok_is(x, t, "per") || tok_is(x, t, "a")) &&
        (tok_is(x, &x->tok[k + 1], "tonne") || tok_is(x, &x->tok[k + 1], "ton") ||
         tok_is(x, &x->tok[k + 1], "barrel") || tok_is(x, &x->tok[k + 1], "bushel") ||
         tok_is(x, &x->tok[k + 1], "kilo") || tok_is(x, &x->tok[k + 1], "ounce")))
      return 1;
  }
  return 0;
}

/* "Sinochem taps Deutsche and Citi to explore Potash bid": banks chosen to advise */
static int adviser_chosen(const ds_extractor *x, unsigned k) {
  static const char *const tasks[] = {"explore", "advise", "help", "arrange", "underwrite", "manage", "handle",
                                      "find", "review", "study", "evaluate", "weigh", "sell", "seek", "look",
                                      "finance", "fund", "lead", "run"};
  for (unsigned q = k; q + 1 < x->ntok && q < k + 10; q++) {
    const ds__tok *t = &x->tok[q];
    if (tok_punct(x, t, ',') || tok_punct(x, t, ';')) return 0;
    if (tok_is(x, t, "to") && x->tok[q + 1].org < 0)
      return tok_in(x, &x->tok[q + 1], tasks, sizeof tasks / sizeof tasks[0]);
  }
  return 0;
}

/* "Ford selected Tata Motors as the front-runner to buy Jaguar": the one chosen is to
 * buy something, a bidder, not a supplier */
static int bidder_chosen(const ds_extractor *x, unsigned k) {
  for (unsigned q = k; q < x->ntok && q < k + 10; q++) {
    const ds__tok *t = &x->tok[q];
    if (tok_punct(x, t, ',') || tok_punct(x, t, ';')) return 0;
    if (tok_is(x, t, "bidder") || tok_is(x, t, "buyer") || tok_is(x, t, "front-runner") ||
        tok_is(x, t, "frontrunner") || tok_is(x, t, "suitor") || tok_is(x, t, "acquirer"))
      return 1;
    if (tok_is(x, t, "to") && q + 1 < x->ntok &&
        (tok_is(x, &x->tok[q + 1], "buy") || tok_is(x, &x->tok[q + 1], "acquire") ||
         tok_is(x, &x->tok[q + 1], "purchase")))
      return 1;
  }
  return 0;
}

/* "though we never considered a merger", "was not inclined to buy the business", "was
 * not aware of any move to buy a stake": a deal disowned in the words right before it
 * (lowercase words only between: the same clause) */
static int disowned_before(const ds_extractor *x, unsigned ti) {
  /* "KLM denies press report of Air Atlanta takeover" */
  for (unsigned k = ti >= 8 ? ti - 8 : 0; k + 2 < ti; k++) {
    const ds__tok *t = &x->tok[k];
    if (!(tok_is(x, t, "denies") || tok_is(x, t, "denied") || tok_is(x, t, "deny") ||
          tok_is(x, t, "dismisses") || tok_is(x, t, "dismissed")))
      continue;
    for (unsigned q = k + 1; q + 1 < ti && q <= k + 3; q++)
      if ((tok_is(x, &x->tok[q], "report") || tok_is(x, &x->tok[q], "reports") ||
           tok_is(x, &x->tok[q], "speculation") || tok_is(x, &x->tok[q], "rumours") ||
           tok_is(x, &x->tok[q], "rumors") || tok_is(x, &x->tok[q], "rumour") || tok_is(x, &x->tok[q], "rumor")) &&
          (tok_is(x, &x->tok[q + 1], "of") || tok_is(x, &x->tok[q + 1], "about") || tok_is(x, &x->tok[q + 1], "on")))
        return 1;
  }
  for (unsigned k = ti >= 6 ? ti - 6 : 0; k < ti; k++) {
    const ds__tok *t = &x->tok[k];
    int neg = tok_is(x, t, "never") && k + 4 >= ti;
    unsigned n = k + 1; /* the word after "not" (past a closing quote: '"absolutely not" negotiating') */
    if (n < ti && (tok_punct(x, &x->tok[n], '"') || tok_is(x, &x->tok[n], "\xe2\x80\x9d"))) n++;
    /* "could do deals without having to sell his prized asset, a stake in Verizon
     * Wireless" */
    if (!neg && tok_is(x, t, "without") && k + 4 >= ti) {
      int words = 1;
      for (unsigned q = k + 1; q < ti && words; q++)
        words = (x->tok[q].fl & DS__T_WORD) && is_lower((unsigned char)TX(x, &x->tok[q])[0]);
      if (words) return 1;
    }
    /* "TWA will not buy more USAir shares before April", "did not sell" */
    if (!neg && (tok_is(x, t, "not") || tok_is(x, t, "n't") || tok_is(x, t, "never")) && k + 1 == ti &&
        (x->tok[ti].wcls & (DS__W_DEALVERB | DS__W_SELLVERB)))
      return 1;
    /* "it has no plans to acquire Nokia" */
    if (!neg && tok_is(x, t, "no") && k + 3 == ti &&
        (tok_is(x, &x->tok[k + 1], "plans") || tok_is(x, &x->tok[k + 1], "plan") ||
         tok_is(x, &x->tok[k + 1], "intention") || tok_is(x, &x->tok[k + 1], "desire")) &&
        tok_is(x, &x->tok[k + 2], "to"))
      return 1;
    if (!neg && (tok_is(x, t, "not") || tok_is(x, t, "n't")) && n < ti)
      neg = tok_is(x, &x->tok[n], "inclined") || tok_is(x, &x->tok[n], "interested") ||
            tok_is(x, &x->tok[n], "aware") || tok_is(x, &x->tok[n], "negotiating") ||
            tok_is(x, &x->tok[n], "discussing") || tok_is(x, &x->tok[n], "pursuing") ||
            /* "two new models that Lufthansa decided not to buy" */
            (k + 2 == ti && tok_is(x, &x->tok[k + 1], "to") && k > 0 &&
             (tok_is(x, &x->tok[k - 1], "decided") || tok_is(x, &x->tok[k - 1], "chose") ||
              tok_is(x, &x->tok[k - 1], "opted") || tok_is(x, &x->tok[k - 1], "elected") ||
              /* "has agreed not to acquire any voting securities of Citadel": a standstill */
              tok_is(x, &x->tok[k - 1], "agreed") || tok_is(x, &x->tok[k - 1], "agrees") ||
              tok_is(x, &x->tok[k - 1], "promised") || tok_is(x, &x->tok[k - 1], "pledged")));
    if (!neg) continue;
    for (unsigned q = n; q < ti; q++)
      if (!(x->tok[q].fl & DS__T_WORD) || !is_lower((unsigned char)TX(x, &x->tok[q])[0])) return 0;
    return 1;
  }
  return 0;
}

/* "The transaction, arranged by X", "the financing was provided by X": a financing
 * noun right before the participle at ti */
static int financing_before(const ds_extractor *x, unsigned ti) {
  for (unsigned k = ti, q = 0; k-- > 0 && q < 3; q++) {
    const ds__tok *t = &x->tok[k];
    if (tok_is(x, t, "financing") || tok_is(x, t, "facility") || tok_is(x, t, "facilities") ||
        tok_is(x, t, "loan") || tok_is(x, t, "loans") || tok_is(x, t, "transaction") ||
        tok_is(x, t, "funding") || tok_is(x, t, "refinancing"))
      return 1;
    if (!(tok_punct(x, t, ',') || tok_is(x, t, "was") || tok_is(x, t, "is") || tok_is(x, t, "were") ||
          tok_is(x, t, "are") || tok_is(x, t, "being")))
      return 0;
  }
  return 0;
}

/* "of a 7.6% stake in X", "of an 80 pct interest in X": the org after "stake in"
 * within a few words of tj, or -1. */
static int stake_in_after(const ds_extractor *x, unsigned tj) {
  for (unsigned k = tj; k + 2 < x->ntok && k < tj + 8; k++) {
    if (tok_punct(x, &x->tok[k], ',') || tok_punct(x, &x->tok[k], ';')) return -1;
    if (!(tok_is(x, &x->tok[k], "stake") || tok_is(x, &x->tok[k], "interest") ||
          tok_is(x, &x->tok[k], "holding")) ||
        !tok_is(x, &x->tok[k + 1], "in"))
      continue;
    unsigned q = k + 2;
    if (q < x->ntok && tok_is(x, &x->tok[q], "the")) q++;
    return q < x->ntok && x->tok[q].org >= 0 && !(x->tok[q].wcls & (DS__W_PLACE | DS__W_NATION)) ? x->tok[q].org : -1;
  }
  return -1;
}

/* A licence told with its direction (a verb's frame) gives it to a kept licence of the
 * same two companies whose agreement noun left it open. */
static void lend_licence_roles(ds_extractor *x, const ds__cand *c) {
  if (c->ev.nparties != 2 || c->slot_org[0] < 0 || c->slot_org[1] < 0) return;
  for (unsigned i = 0; i < x->ncand; i++) {
    ds__cand *o = &x->cand[i];
    if (o->ev.type != DS_TYPE_LICENSING || o->roles_told || !ds__guessed_roles(o->ev.rule) || o->ev.nparties != 2)
      continue;
    int same = 0;
    for (unsigned p = 0; p < 2; p++)
      for (unsigned q = 0; q < 2; q++)
        if (o->slot_org[p] >= 0 && ds__resolve_alias(x, o->slot_org[p]) == ds__resolve_alias(x, c->slot_org[q]))
          o->ev.parties[p].role = c->ev.parties[q].role, same++;
    if (same == 2) o->roles_told = 1;
  }
}

/* "Pinecrest holders approve sale": the company o named right before its owners, a
 * few words before ti. */
static int owners_vote(const ds_extractor *x, unsigned ti, int o) {
  static const char *const owners[] = {"holders", "shareholders", "stockholders", "shareowners", "unitholders"};
  for (unsigned k = ti, n = 0; k-- > 1 && n < 6; n++) {
    if (!tok_in(x, &x->tok[k], owners, sizeof owners / sizeof owners[0])) continue;
    unsigned m = k - 1;
    if (tok_is(x, &x->tok[m], "'s") || tok_is(x, &x->tok[m], "\xe2\x80\x99s") || tok_punct(x, &x->tok[m], '\'')) {
      if (m == 0) return 0;
      m--;
    }
    return x->tok[m].org >= 0 && ds__resolve_alias(x, x->tok[m].org) == ds__resolve_alias(x, o);
  }
  return 0;
}

/* "Shareholders in Norfolk Cable plc voted in favour of the takeover": the company
 * after the owners, when a vote follows before ti; or -1. */
static int owners_of_before(const ds_extractor *x, unsigned ti) {
  static const char *const owners[] = {"holders", "shareholders", "stockholders", "shareowners", "unitholders"};
  static const char *const votes[] = {"voted", "vote", "votes", "approved", "approve", "approves", "backed", "back",
                                      "backs", "endorsed", "accepted", "accept", "rejected", "reject", "supported"};
  for (unsigned k = ti >= 20 ? ti - 20 : 0; k + 2 < ti; k++) {
    if (!tok_in(x, &x->tok[k], owners, sizeof owners / sizeof owners[0]) ||
        !(tok_is(x, &x->tok[k + 1], "in") || tok_is(x, &x->tok[k + 1], "of")) || x->tok[k + 2].org < 0)
      continue;
    int o = x->tok[k + 2].org;
    for (unsigned q = k + 3; q < ti; q++) {
      if (tok_punct(x, &x->tok[q], ';') || (x->tok[q].org >= 0 && x->tok[q].org != o)) break;
      if (tok_in(x, &x->tok[q], votes, sizeof votes / sizeof votes[0])) return ds__is_person(x, o) ? -1 : o;
    }
  }
  return -1;
}

/* "Wexcombe shares jump on takeover talk", "on merger speculation", "takeover
 * defences": the market's guesses about a deal, or guards against one (the talks
 * themselves, "takeover talks with X", and "a takeover target of X", a bidder named,
 * are a deal talked of). */
static int speculation_after(const ds_extractor *x, unsigned k) {
  static const char *const w[] = {"talk", "speculation", "rumour", "rumours", "rumor", "rumors", "chatter",
                                  "fever", "frenzy", "bait",
                                  "defence", "defences", "defense", "defenses", "appeal", "premium", "hopes"};
  return k < x->ntok && tok_in(x, &x->tok[k], w, sizeof w / sizeof w[0]);
}

/* "Kessler rejected rival Dunmore Brands Corp's $4.3 billion unsolicited bid": an
 * offer whose maker a possessive names just before it (past its ticker, price and
 * adjectives), answered by the one it is for; not "accept GMAC's offer to finance a
 * car", "InterCare's proposed securities offering". */
static int owner_of_offer(const ds_extractor *x, unsigned ti) {
  const ds__tok *t = &x->tok[ti];
  if (!(tok_is(x, t, "bid") || tok_is(x, t, "offer") || tok_is(x, t, "proposal") || tok_is(x, t, "approach")))
    return 0;
  /* "an offer to finance", "an offer of 80 dlrs per tonne to supply"; not "a bid to buy" */
  for (unsigned k = ti + 1; k + 1 < x->ntok && k < ti + 12; k++) {
    const ds__tok *v = &x->tok[k + 1];
    if (tok_punct(x, &x->tok[k], ',') || tok_punct(x, &x->tok[k], ';') || (x->tok[k].wcls & DS__W_CLAUSE)) break;
    if (tok_is(x, &x->tok[k], "to") && (v->fl & DS__T_WORD) && is_lower((unsigned char)TX(x, v)[0]) &&
        !(v->fl & DS__T_NUM) &&
        !(tok_is(x, v, "buy") || tok_is(x, v, "acquire") || tok_is(x, v, "purchase") || tok_is(x, v, "take") ||
          tok_is(x, v, "merge") || tok_is(x, v, "combine")))
      return 0;
  }
  for (unsigned b = ti, n = 0; b-- > 0 && n < 10; n++) {
    const ds__tok *w = &x->tok[b];
    if (tok_is(x, w, "'s") || tok_is(x, w, "\xe2\x80\x99s")) {
      if (b == 0 || x->tok[b - 1].org < 0 || ds__is_person(x, x->tok[b - 1].org)) return 0;
      unsigned m = b - 1, a;
      while (m > 0 && x->tok[m - 1].org == x->tok[b - 1].org) m--;
      for (a = m; a > 0 && m - a < 8 && x->tok[a - 1].org < 0 && !tok_punct(x, &x->tok[a - 1], ',') &&
                  !tok_punct(x, &x->tok[a - 1], ';');
           a--)
        ;
      return ds__answers_offer(x, a, m);
    }
    if (w->org >= 0 || tok_punct(x, w, ',') || tok_punct(x, w, ';') || (w->wcls & DS__W_TRIGGER)) return 0;
    if (!((w->fl & (DS__T_NUM | DS__T_PUNCT | DS__T_SKIP)) || (w->wcls & (DS__W_SCALE | DS__W_CURWORD)) ||
          ((w->fl & DS__T_WORD) && is_lower((unsigned char)TX(x, w)[0]) && !w->wcls)))
      return 0;
  }
  return 0;
}

/* A rival's bid a few words before ti: "a rival offer", "its own offer", "topping a
 * hostile 42 dlr a share tender offer by Danforth". */
static int rival_cue(const ds_extractor *x, unsigned ti) {
  for (unsigned b = ti, n = 0; b-- > 0 && n < 10; n++) {
    const ds__tok *w = &x->tok[b];
    if (tok_punct(x, w, ',') || tok_punct(x, w, ';') || (w->org >= 0)) return 0;
    if (tok_is(x, w, "rival") || tok_is(x, w, "competing") || tok_is(x, w, "counter") ||
        tok_is(x, w, "counterbid") || tok_is(x, w, "topping") || tok_is(x, w, "tops") ||
        tok_is(x, w, "topped") || tok_is(x, w, "besting") || tok_is(x, w, "trumping") ||
        tok_is(x, w, "trumps") || tok_is(x, w, "trumped") ||
        (tok_is(x, w, "own") && b > 0 && (tok_is(x, &x->tok[b - 1], "its") || tok_is(x, &x->tok[b - 1], "their"))))
      return 1;
  }
  return 0;
}

/* A bid told as such ("an offer from", "a bid for"), not a takeover done. */
static int is_bid_rule(int rule) {
  const char *n = ds__rules[rule].name;
  return strcmp(n, "bids") == 0 || strcmp(n, "bid-for") == 0;
}

/* "withdrew its bid for Pinecrest after shareholders backed a rival offer from Sable":
 * a rival's bid is for the target of the bid told before; its own deal. */
static int rival_bid(const ds_extractor *x, unsigned ti, ds__cand *c) {
  if (ti == 0 || x->ncand == 0) return 0;
  const ds__cand *o = &x->cand[x->ncand - 1];
  if (o->ev.type != DS_TYPE_ACQUISITION || o->sent_index + 1 < c->sent_index) return 0;
  /* "rejected a hostile offer from Corvex ... and reaffirmed its support for an agreed
   * bid from Brannstrom": in the sentence of one bid, a bid that would make that
   * bidder its target is another bid for the same company */
  int bidder_as_target = 0, bids = is_bid_rule(o->ev.rule) && is_bid_rule(c->ev.rule);
  for (unsigned p = 0; p < c->ev.nparties && bids && o->sent_index == c->sent_index; p++)
    for (unsigned q = 0; q < o->ev.nparties; q++)
      if (c->ev.parties[p].role == DS_ROLE_TARGET && o->ev.parties[q].role == DS_ROLE_ACQUIRER &&
          c->slot_org[p] >= 0 && o->slot_org[q] >= 0 &&
          ds__resolve_alias(x, c->slot_org[p]) == ds__resolve_alias(x, o->slot_org[q]))
        bidder_as_target = 1;
  if (!bidder_as_target && !rival_cue(x, ti)) return 0;
  int tgt = -1;
  for (unsigned p = 0; p < o->ev.nparties; p++)
    if (o->ev.parties[p].role == DS_ROLE_TARGET && o->slot_org[p] >= 0) tgt = o->slot_org[p];
  if (tgt < 0 || !ds__has_role(c, DS_ROLE_ACQUIRER)) return 0;
  /* the rival's bidders only, for the earlier target */
  unsigned n = 0;
  for (unsigned p = 0; p < c->ev.nparties; p++) {
    if (c->ev.parties[p].role != DS_ROLE_ACQUIRER || c->slot_org[p] == tgt) continue;
    int mine = 0; /* (not the earlier bidder) */
    for (unsigned q = 0; q < o->ev.nparties; q++)
      if (o->slot_org[q] == c->slot_org[p] && o->ev.parties[q].role == DS_ROLE_ACQUIRER) mine = 1;
    if (mine) continue;
    c->ev.parties[n] = c->ev.parties[p];
    c->slot_org[n++] = c->slot_org[p];
  }
  if (n == 0) return 0;
  c->ev.nparties = (uint8_t)n;
  ds__add_party((ds_extractor *)x, c, tgt, DS_ROLE_TARGET);
  return 1;
}

/* "Aldermoor and Elstrow have each made offers for Ravensby", "made competing bids
 * for": bidders named together who bid apart, a deal each (ti: the trigger). */
static int bid_apart(const ds_extractor *x, unsigned ti, const ds__cand *c) {
  if (c->ev.type != DS_TYPE_ACQUISITION) return 0;
  unsigned buyers = 0, last = 0;
  for (unsigned p = 0; p < c->ev.nparties; p++)
    buyers += c->ev.parties[p].role == DS_ROLE_ACQUIRER && c->slot_org[p] >= 0;
  if (buyers < 2) return 0;
  for (unsigned k = 0; k < ti; k++)
    if (x->tok[k].org >= 0) last = k;
  for (unsigned k = last + 1, n = 0; k < ti && n < 4; k++) {
    const ds__tok *w = &x->tok[k];
    if (w->fl & DS__T_SKIP) continue; /* (a ticker after the name) */
    n++;
    if (tok_is(x, w, "each") ||
        ((tok_is(x, w, "competing") || tok_is(x, w, "rival")) && k + 1 == ti))
      return 1;
  }
  return 0;
}

/* Keeps c as one deal per buyer, each with the other sides (bid_apart). */
static void keep_apart(ds_extractor *x, const ds__cand *c) {
  for (unsigned b = 0; b < c->ev.nparties; b++) {
    if (c->ev.parties[b].role != DS_ROLE_ACQUIRER || c->slot_org[b] < 0) continue;
    ds__cand one = *c;
    unsigned n = 0;
    for (unsigned p = 0; p < c->ev.nparties; p++) {
      if (c->ev.parties[p].role == DS_ROLE_ACQUIRER && p != b) continue;
      one.ev.parties[n] = c->ev.parties[p];
      one.slot_org[n++] = c->slot_org[p];
    }
    one.ev.nparties = (uint8_t)n;
    ds__keep_candidate(x, &one);
  }
}

/* An amount between ti and tj. */
static int money_between(const ds_extractor *x, unsigned ti, unsigned tj) {
  for (unsigned k = ti + 1; k < tj; k++)
    if ((x->tok[k].fl & DS__T_NUM) && k + 1 < tj &&
        (x->tok[k + 1].wcls & (DS__W_SCALE | DS__W_CURWORD)))
      return 1;
  return 0;
}

/* A lender's terms between ti and tj: an amount, or a kind of credit ("bridge
 * financing", "a revolving credit facility"). */
static int lending_terms(const ds_extractor *x, unsigned ti, unsigned tj) {
  for (unsigned k = ti + 1; k < tj; k++) {
    const ds__tok *t = &x->tok[k];
    if ((t->fl & DS__T_NUM) || tok_is(x, t, "bridge") || tok_is(x, t, "prepayment") ||
        tok_is(x, t, "credit") || tok_is(x, t, "revolving") || tok_is(x, t, "term") ||
        tok_is(x, t, "mezzanine") || tok_is(x, t, "debt") || tok_is(x, t, "secured"))
      return 1;
  }
  return 0;
}

/* "... with Casa Veroli to make and sell Veroli-branded goods": the subject uses. */
static int licence_use_after(const ds_extractor *x, unsigned tj) {
  for (unsigned k = tj; k + 1 < x->ntok && k < tj + 12; k++) {
    if (tok_punct(x, &x->tok[k], ';') || (x->tok[k].wcls & DS__W_CLAUSE)) return 0;
    if (!tok_is(x, &x->tok[k], "to") || x->tok[k - 1].org < 0) continue; /* (right after the other side) */
    const ds__tok *v = &x->tok[k + 1];
    return tok_is(x, v, "make") || tok_is(x, v, "sell") || tok_is(x, v, "manufacture") ||
           tok_is(x, v, "produce") || tok_is(x, v, "distribute") || tok_is(x, v, "market") ||
           tok_is(x, v, "use") || tok_is(x, v, "develop") || tok_is(x, v, "commercialize") ||
           tok_is(x, v, "commercialise");
  }
  return 0;
}

/* "... with Lumina Solar to buy the output of a solar farm": the subject buys. */
static int buys_after(const ds_extractor *x, unsigned tj) {
  for (unsigned k = tj; k + 1 < x->ntok && k < tj + 12; k++) {
    if (tok_punct(x, &x->tok[k], ';') || (x->tok[k].wcls & DS__W_CLAUSE)) return 0;
    if (!tok_is(x, &x->tok[k], "to")) continue;
    const ds__tok *v = &x->tok[k + 1];
    return tok_is(x, v, "buy") || tok_is(x, v, "purchase") || tok_is(x, v, "take") || tok_is(x, v, "procure") ||
           tok_is(x, v, "source");
  }
  return 0;
}

/* "... with Y for two 64,000 dwt bulkers", "for 30 regional jets": a count of goods
 * after "for", past the other side's name. */
static int goods_counted_after(const ds_extractor *x, unsigned tj) {
  static const char *const counts[] = {"two", "three", "four", "five", "six", "seven", "eight",
                                       "nine", "ten", "dozen", "several", "up"};
  for (unsigned k = tj; k + 1 < x->ntok && k < tj + 14; k++) {
    if (tok_punct(x, &x->tok[k], ';')) return 0;
    if (!tok_is(x, &x->tok[k], "for")) continue;
    const ds__tok *u = &x->tok[k + 1];
    return ((u->fl & DS__T_NUM) && !(k + 2 < x->ntok && (x->tok[k + 2].wcls & (DS__W_SCALE | DS__W_CURWORD)))) ||
           tok_in(x, u, counts, sizeof counts / sizeof counts[0]);
  }
  return 0;
}

/* "roughly 800 employees took a buyout", "voluntary buyouts": staff paid to leave */
static int staff_buyout(const ds_extractor *x, unsigned ti) {
  if (!(tok_is(x, &x->tok[ti], "buyout") || tok_is(x, &x->tok[ti], "buyouts") ||
        tok_is(x, &x->tok[ti], "buy-out") || tok_is(x, &x->tok[ti], "buy-outs")))
    return 0;
  for (unsigned k = ti >= 14 ? ti - 14 : 0; k < x->ntok && k < ti + 8; k++) { /* ("buyout offers with its 75,000 workers") */
    const ds__tok *t = &x->tok[k];
    if (tok_is(x, t, "employees") || tok_is(x, t, "workers") || tok_is(x, t, "staff") ||
        tok_is(x, t, "voluntary") || tok_is(x, t, "retirement") || tok_is(x, t, "severance") ||
        tok_is(x, t, "hourly") || tok_is(x, t, "salaried"))
      return 1;
  }
  return 0;
}

/* "in talks with Lehman over a possible stake", "in discussions with X about an
 * acquisition": the organization the talks are with, right before the deal noun at ti
 * (only "over", "about", "on", "regarding" and lowercase words between), or -1. */
static int talks_with(const ds_extractor *x, unsigned ti, unsigned tj) {
  /* (the deal noun may end the trigger: "over a possible joint investment") */
  if (!ds__deal_noun(x, &x->tok[ti]) && !tok_is(x, &x->tok[tj - 1], "investment")) return -1;
  unsigned k = ti, n = 0;
  while (k > 0 && n < 5 && (x->tok[k - 1].fl & DS__T_WORD) && is_lower((unsigned char)TX(x, &x->tok[k - 1])[0]) &&
         !tok_is(x, &x->tok[k - 1], "over") && !tok_is(x, &x->tok[k - 1], "about") &&
         !tok_is(x, &x->tok[k - 1], "on") && !tok_is(x, &x->tok[k - 1], "regarding"))
    k--, n++;
  if (k < 3 || !(tok_is(x, &x->tok[k - 1], "over") || tok_is(x, &x->tok[k - 1], "about") ||
                 tok_is(x, &x->tok[k - 1], "on") || tok_is(x, &x->tok[k - 1], "regarding")))
    return -1;
  unsigned e = k - 1; /* the organization ends here */
  while (e > 0 && (x->tok[e - 1].fl & DS__T_SKIP)) e--;
  if (e == 0 || x->tok[e - 1].org < 0) return -1;
  int o = x->tok[e - 1].org;
  unsigned s = e - 1;
  while (s > 0 && x->tok[s - 1].org == o) s--;
  /* (a description between: "talks with U.S. buyout firm JC Flowers over a rescue bid") */
  for (unsigned n2 = 0; n2 < 4 && s > 2 && !tok_is(x, &x->tok[s - 1], "with") && x->tok[s - 1].org < 0 &&
                        (x->tok[s - 1].fl & DS__T_WORD) &&
                        (is_lower((unsigned char)TX(x, &x->tok[s - 1])[0]) ||
                         (x->tok[s - 1].wcls & (DS__W_PLACE | DS__W_NATION)));
       n2++)
    s--;
  if (s < 2 || !tok_is(x, &x->tok[s - 1], "with")) return -1;
  const ds__tok *t = &x->tok[s - 2];
  return tok_is(x, t, "talks") || tok_is(x, t, "negotiations") || tok_is(x, t, "discussions") ? o : -1;
}

/* "pounces on Puma with takeover bid": the organization after "on" (or "for") right
 * before "with" and the deal noun at ti (lowercase words or an amount between), or -1 */
static int bid_with_on(const ds_extractor *x, unsigned ti) {
  unsigned k = ti, n = 0;
  while (k > 0 && n < 6 && x->tok[k - 1].org < 0 && !tok_is(x, &x->tok[k - 1], "with") &&
         ((x->tok[k - 1].fl & (DS__T_NUM | DS__T_PUNCT)) || is_lower((unsigned char)TX(x, &x->tok[k - 1])[0])) &&
         !tok_punct(x, &x->tok[k - 1], ','))
    k--, n++;
  if (k < 3 || !tok_is(x, &x->tok[k - 1], "with")) return -1;
  unsigned e = k - 1;
  if (x->tok[e - 1].org < 0) return -1;
  int o = x->tok[e - 1].org;
  unsigned s = e - 1;
  while (s > 0 && x->tok[s - 1].org == o) s--;
  if (s < 1 || !(tok_is(x, &x->tok[s - 1], "on") || tok_is(x, &x->tok[s - 1], "for"))) return -1;
  return o;
}

/* "the U.S. government on Sunday took control of Fannie Mae and Freddie Mac": the
 * state as the buyer, a few words before the trigger at ti */
static int government_before(const ds_extractor *x, unsigned ti) {
  for (unsigned k = ti >= 8 ? ti - 8 : 0; k < ti; k++)
    if (tok_is(x, &x->tok[k], "government") || tok_is(x, &x->tok[k], "treasury") ||
        tok_is(x, &x->tok[k], "regulators") || tok_is(x, &x->tok[k], "authorities") ||
        tok_is(x, &x->tok[k], "regulator") || tok_is(x, &x->tok[k], "authority") ||
        tok_is(x, &x->tok[k], "supervisory"))
      return 1;
  return 0;
}

/* "being studied by Coca Cola Co with a view to a possible acquisition", "was
 * approached by X about a takeover": the organization after a passive's "by", a few
 * words before the deal noun at ti, or -1 */
static int passive_agent_before(const ds_extractor *x, unsigned ti) {
  static const char *const verbs[] = {"studied", "eyed", "courted", "approached", "targeted", "considered",
                                      "wooed", "stalked", "circled", "contacted"};
  for (unsigned k = ti >= 16 ? ti - 16 : 0; k + 2 < ti; k++) {
    if (!tok_in(x, &x->tok[k], verbs, sizeof verbs / sizeof verbs[0]) || !tok_is(x, &x->tok[k + 1], "by") ||
        x->tok[k + 2].org < 0)
      continue;
    int o = x->tok[k + 2].org;
    unsigned e = k + 2;
    while (e + 1 < ti && (x->tok[e + 1].org == o || (x->tok[e + 1].fl & DS__T_SKIP) || tok_punct(x, &x->tok[e + 1], '(') ||
                          tok_punct(x, &x->tok[e + 1], ')')))
      e++;
    /* (only lowercase words between: "with a view to a possible", "about a") */
    int plain = 1;
    for (unsigned q = e + 1; q < ti && plain; q++)
      plain = (x->tok[q].fl & DS__T_WORD) && is_lower((unsigned char)TX(x, &x->tok[q])[0]);
    if (plain) return o;
  }
  return -1;
}

/* "rejected a private equity bid", "has received a takeover proposal": a verb of
 * answering a bid between the subject and the deal noun at ti (lowercase words, an
 * amount between, no name) */
static int answers_bid(const ds_extractor *x, unsigned ti) {
  static const char *const verbs[] = {"rejected", "rejects", "reject", "rebuffed", "rebuffs", "spurned",
                                      "spurns", "received", "receives", "accepted", "accepts",
                                      "welcomed", "welcomes", "turned", "snubbed", "snubs"};
  for (unsigned k = ti, n = 0; k-- > 0 && n < 8; n++) {
    const ds__tok *w = &x->tok[k];
    if (w->org >= 0 || tok_punct(x, w, ',') || tok_punct(x, w, ';')) return 0;
    if (tok_in(x, w, verbs, sizeof verbs / sizeof verbs[0])) return 1;
  }
  return 0;
}

/* "signed an agreement with Saab-Scania AB to buy ...": the organization right after
 * "agreement|contract|deal with", a few words before the trigger at ti, or -1 */
static int agreement_with_before(const ds_extractor *x, unsigned ti) {
  for (unsigned k = ti >= 12 ? ti - 12 : 0; k + 2 < ti; k++) {
    if (!tok_is(x, &x->tok[k + 1], "with") || x->tok[k + 2].org < 0) continue;
    if (tok_is(x, &x->tok[k], "agreement") || tok_is(x, &x->tok[k], "contract") ||
        tok_is(x, &x->tok[k], "deal") || tok_is(x, &x->tok[k], "accord"))
      return x->tok[k + 2].org;
  }
  return -1;
}

/* "The stake had been acquired from Telecom Plus International Inc.": a sentence that
 * opens with what the deal just told bought names its seller. Adds c's seller to that
 * deal and returns 1. */
static int seller_of_told(ds_extractor *x, unsigned si, const ds__cand *c) {
  if (x->ntok < 3 || !tok_is(x, &x->tok[0], "the") || x->ncand == 0) return 0;
  const ds__tok *w = &x->tok[1];
  if (!(tok_is(x, w, "stake") || tok_is(x, w, "shares") || tok_is(x, w, "interest") || tok_is(x, w, "unit") ||
        tok_is(x, w, "business") || tok_is(x, w, "division") || tok_is(x, w, "holding") || tok_is(x, w, "assets")))
    return 0;
  ds__cand *o = &x->cand[x->ncand - 1];
  if (o->ev.type != DS_TYPE_ACQUISITION || ds__has_role(o, DS_ROLE_SELLER) || !ds__has_role(o, DS_ROLE_TARGET) ||
      si > o->sent_index + 3)
    return 0;
  for (unsigned p = 0; p < c->ev.nparties; p++) ds__add_party(x, o, c->slot_org[p], DS_ROLE_SELLER);
  return 1;
}

/* "takeover chatter", "bid speculation", "rumours of a takeover": talk about a deal */
static int rumour_near(const ds_extractor *x, unsigned i, unsigned j) {
  unsigned a = i >= 3 ? i - 3 : 0, e = j + 2 < x->ntok ? j + 2 : x->ntok;
  for (unsigned k = a; k < e; k++)
    if (tok_is(x, &x->tok[k], "chatter") || tok_is(x, &x->tok[k], "speculation") ||
        tok_is(x, &x->tok[k], "rumours") || tok_is(x, &x->tok[k], "rumors") ||
        tok_is(x, &x->tok[k], "rumour") || tok_is(x, &x->tok[k], "rumor"))
      return 1;
  return 0;
}

/* "agreed to sell 95 pct of its shares in Premier Microwave Corp": a controlling block
 * of a company named, not shares sold on the market */
static int majority_of_target(const ds_extractor *x, unsigned tj, const ds__cand *c) {
  if (!ds__has_role(c, DS_ROLE_TARGET)) return 0;
  for (unsigned k = tj; k < x->ntok && k < tj + 4; k++)
    if (ds__pct_at(x, k) > 50) return 1;
  return 0;
}

/* Every side of a merger, venture, memorandum or partnership is a partner; the other
 * types keep only their own roles. A telling merged into a deal of another type ("a
 * tie-up" that turns out an acquisition) leaves roles of the first type behind. */
/* A ministry, a department, a government, an army buys; it does not supply ("The
 * Ministry of Health of Ghana has signed a contract with Medisonic Ltd."). */
static int gov_key(const char *k) {
  static const char *const first[] = {"ministry ", "department ", "government ", "us army", "us navy",
                                      "us air force", "us department ", "municipality ", "city of "};
  for (unsigned i = 0; i < sizeof first / sizeof first[0]; i++)
    if (strncmp(k, first[i], strlen(first[i])) == 0) return 1;
  return 0;
}

static void gov_customer(ds_event *ev) {
  int sup = -1, cus = -1;
  for (unsigned p = 0; p < ev->nparties; p++) {
    if (ev->parties[p].role == DS_ROLE_SUPPLIER) sup = sup < 0 ? (int)p : -2;
    if (ev->parties[p].role == DS_ROLE_CUSTOMER) cus = cus < 0 ? (int)p : -2;
  }
  if (sup < 0 || cus < 0 || !gov_key(ev->parties[sup].key) || gov_key(ev->parties[cus].key)) return;
  ev->parties[sup].role = DS_ROLE_CUSTOMER;
  ev->parties[cus].role = DS_ROLE_SUPPLIER;
}

static void roles_of_type(ds_event *ev) {
  static const uint32_t own[DS_TYPE_COUNT] = {
      [DS_TYPE_ACQUISITION] = 1u << DS_ROLE_ACQUIRER | 1u << DS_ROLE_TARGET | 1u << DS_ROLE_SELLER,
      [DS_TYPE_INVESTMENT] = 1u << DS_ROLE_INVESTOR | 1u << DS_ROLE_INVESTEE,
      [DS_TYPE_SUPPLY] = 1u << DS_ROLE_SUPPLIER | 1u << DS_ROLE_CUSTOMER,
      [DS_TYPE_LICENSING] = 1u << DS_ROLE_LICENSOR | 1u << DS_ROLE_LICENSEE,
  };
  unsigned n = 0;
  for (unsigned p = 0; p < ev->nparties; p++) {
    ds_party q = ev->parties[p];
    if (!own[ev->type]) q.role = DS_ROLE_PARTNER;
    else if (!(own[ev->type] & (1u << q.role))) continue;
    ev->parties[n++] = q;
  }
  ev->nparties = (uint8_t)n;
}

/* "signed a letter of intent ... to explore a long-term agreement under which Tongda
 * would buy copper concentrate": what a memorandum told just before in the sentence
 * would lead to is its content, not a deal of its own (a company bought "under" a
 * letter of intent is the deal itself, the guideline's convention). */
static int mou_terms(const ds_extractor *x, unsigned ti) {
  /* ("a non-binding term sheet with Meranti for a proposed strategic investment"; not
   * "a Framework Agreement and on External Investment", a second deal) */
  if (!x->sent_mou_end || x->tok[ti].off < x->sent_mou_end) return 0;
  for (unsigned k = ti; k-- > 0 && x->tok[k].off >= x->sent_mou_end;)
    if (tok_is(x, &x->tok[k], "and") || tok_punct(x, &x->tok[k], ';')) return 0;
  return 1;
}

/* "entered into a letter of intent with Aldana pursuant to which Granite Peak will
 * acquire the Salar Blanco project": a company or asset bought under a letter of intent
 * is the deal itself (the guideline), told by its own trigger; not a stake ("under
 * which Meranti would buy a 15% stake": what a term sheet prepares stays one). j: the
 * token after the memorandum's trigger. */
static int letter_buys(const ds_extractor *x, unsigned j) {
  for (unsigned k = j + 1; k < x->ntok && k < j + 24; k++) {
    if (tok_punct(x, &x->tok[k], ';')) return 0;
    /* "pursuant to which", "under which", "whereby" */
    const ds__tok *w = &x->tok[k];
    if (!((tok_is(x, w, "which") && (tok_is(x, &x->tok[k - 1], "under") ||
                                     (tok_is(x, &x->tok[k - 1], "to") && tok_is(x, &x->tok[k - 2], "pursuant")))) ||
          tok_is(x, w, "whereby")))
      continue;
    for (unsigned v = k + 1; v < x->ntok && v < k + 7; v++) {
      static const char *const buy[] = {"acquire", "buy", "purchase"};
      if (!tok_in(x, &x->tok[v], buy, sizeof buy / sizeof buy[0])) continue;
      /* a company, a business or a whole interest told as what is bought, before any
       * "from" or "for" (not "would buy copper concentrate from Andes Cobre": goods, a
       * supply the letter prepares) */
      static const char *const whole[] = {"interest", "business", "project", "company", "subsidiary",
                                          "division", "unit", "operations", "assets"};
      for (unsigned q = v + 1; q < x->ntok && q < v + 10; q++) {
        if (tok_is(x, &x->tok[q], "stake") || tok_is(x, &x->tok[q], "stakes") || tok_is(x, &x->tok[q], "minority") ||
            tok_is(x, &x->tok[q], "from") || tok_is(x, &x->tok[q], "for"))
          return 0;
        if (x->tok[q].org >= 0 || tok_in(x, &x->tok[q], whole, sizeof whole / sizeof whole[0])) return 1;
      }
      return 0;
    }
    return 0;
  }
  return 0;
}

/* "a letter of intent with Ostrander Mining under which Tamarack will acquire the
 * Birchfield project": the letter's other side, neither buyer nor what is bought,
 * sells it. */
static void letter_seller(ds_extractor *x, ds__cand *c) {
  if (c->ev.type != DS_TYPE_ACQUISITION || !ds__has_role(c, DS_ROLE_ACQUIRER) || !ds__has_role(c, DS_ROLE_TARGET) ||
      ds__has_role(c, DS_ROLE_SELLER))
    return;
  for (unsigned s = 0; s < 2; s++) {
    int o = x->letter_side[s];
    if (o < 0) continue;
    int in = 0;
    for (unsigned p = 0; p < c->ev.nparties; p++)
      if (c->slot_org[p] >= 0 && ds__resolve_alias(x, c->slot_org[p]) == ds__resolve_alias(x, o)) in = 1;
    if (!in) ds__add_party(x, c, o, DS_ROLE_SELLER);
  }
}

/* "entered into a sale and purchase agreement with Ever Harvest Investments Limited
 * (the "Vendor") to acquire a 60% interest in Jiahe": the company the announcement
 * defines as the vendor sells what its purchase buys. */
static void vendor_seller(ds_extractor *x, ds__cand *c) {
  if (c->ev.type != DS_TYPE_ACQUISITION || !ds__has_role(c, DS_ROLE_TARGET) || ds__has_role(c, DS_ROLE_SELLER)) return;
  for (unsigned k = 0; k < x->norg; k++) {
    if (!x->org[k].vendor || x->org[k].person) continue;
    int in = 0;
    for (unsigned p = 0; p < c->ev.nparties; p++)
      if (c->slot_org[p] >= 0 && ds__resolve_alias(x, c->slot_org[p]) == ds__resolve_alias(x, (int)k)) in = 1;
    if (!in) ds__add_party(x, c, (int)k, DS_ROLE_SELLER);
    return;
  }
}

/* "under the Marlow brand", "under the Zephyr name" (j: the token after "the"): a
 * company's name, then a word for a brand. */
static int brand_after(const ds_extractor *x, unsigned j) {
  if (j >= x->ntok || x->tok[j].org < 0) return 0;
  int o = x->tok[j].org;
  while (j < x->ntok && (x->tok[j].org == o || tok_is(x, &x->tok[j], "'s"))) j++;
  if (j >= x->ntok) return 0;
  const ds__tok *t = &x->tok[j];
  return tok_is(x, t, "brand") || tok_is(x, t, "brands") || tok_is(x, t, "name") || tok_is(x, t, "trademark") ||
         tok_is(x, t, "trademarks") || tok_is(x, t, "label") || tok_is(x, t, "marque") || tok_is(x, t, "licence") ||
         tok_is(x, t, "license");
}

/* "... signed a joint venture agreement. The partners will invest Rs 4,200 crore in the
 * first phase": an investment by the sides of a venture told in the last few sentences
 * (c names no company) is that venture's price. Returns the venture, or NULL. */
static ds__cand *sides_invest(ds_extractor *x, const ds__cand *c, unsigned ti) {
  if (c->ev.type != DS_TYPE_INVESTMENT || ti < 2) return NULL;
  int sides = 0;
  for (unsigned k = ti - 2; k < ti; k++)
    sides |= tok_is(x, &x->tok[k], "partners") || tok_is(x, &x->tok[k], "companies");
  if (!sides) return NULL;
  for (unsigned k = x->ncand; k-- > 0;)
    if (x->cand[k].ev.type == DS_TYPE_JOINT_VENTURE) return c->sent_index <= x->cand[k].sent_index + 3 ? &x->cand[k] : NULL;
  return NULL;
}

/* Investors who "also participated in the round" join the latest funding round told
 * a few sentences before. Returns 1 when they did. */
static int join_round(ds_extractor *x, const ds__cand *c) {
  for (unsigned i = x->ncand; i-- > 0;) {
    ds__cand *o = &x->cand[i];
    if (o->ev.type != DS_TYPE_INVESTMENT || c->sent_index > o->sent_index + 3 ||
        !ds__has_role(o, DS_ROLE_INVESTEE))
      continue;
    for (unsigned p = 0; p < c->ev.nparties; p++)
      if (c->ev.parties[p].role == DS_ROLE_INVESTOR) ds__add_party(x, o, c->slot_org[p], DS_ROLE_INVESTOR);
    ds__explain(x, &c->ev, 1, "more investors of the round told before");
    return 1;
  }
  return 0;
}

/* "appointed Castellane Medical SAS as its exclusive distributor": a name at k, then
 * "as", a few words and a distributor. */
static int distributor_after(const ds_extractor *x, unsigned k) {
  if (k >= x->ntok || x->tok[k].org < 0) return 0;
  int o = x->tok[k].org;
  while (k < x->ntok && (x->tok[k].org == o || (x->tok[k].fl & DS__T_SKIP))) k++;
  if (k >= x->ntok || !tok_is(x, &x->tok[k], "as")) return 0;
  for (unsigned q = k + 1; q < x->ntok && q <= k + 5; q++) {
    const ds__tok *t = &x->tok[q];
    if (tok_is(x, t, "distributor") || tok_is(x, t, "distributors") || tok_is(x, t, "reseller") ||
        tok_is(x, t, "resellers") || tok_is(x, t, "dealer") || tok_is(x, t, "importer"))
      return 1;
    if (!(t->fl & DS__T_WORD) || t->org >= 0) return 0;
  }
  return 0;
}

/* "buy the shares from X" (j: the token after the trigger), by a buyer of a stake
 * already found: the shares are that stake's. */
static int shares_of_stake_told(const ds_extractor *x, unsigned j, const ds__cand *c) {
  if (j + 1 >= x->ntok || !tok_is(x, &x->tok[j], "the") ||
      !(tok_is(x, &x->tok[j + 1], "shares") || tok_is(x, &x->tok[j + 1], "stake") ||
        tok_is(x, &x->tok[j + 1], "holding")))
    return 0;
  int buyer = -1;
  for (unsigned p = 0; p < c->ev.nparties; p++)
    if (c->ev.parties[p].role == DS_ROLE_ACQUIRER && c->slot_org[p] >= 0) buyer = ds__resolve_alias(x, c->slot_org[p]);
  if (buyer < 0) return 0;
  for (unsigned i = 0; i < x->ncand; i++) {
    const ds__cand *o = &x->cand[i];
    if (o->ev.type != DS_TYPE_INVESTMENT && o->ev.type != DS_TYPE_ACQUISITION) continue;
    for (unsigned p = 0; p < o->ev.nparties; p++)
      if ((o->ev.parties[p].role == DS_ROLE_INVESTOR || o->ev.parties[p].role == DS_ROLE_ACQUIRER) &&
          o->slot_org[p] >= 0 && ds__resolve_alias(x, o->slot_org[p]) == buyer)
        return 1;
  }
  return 0;
}

/* Apply the rules to the current tokens (sentence number si, text span s..e). */
static void scan_sentence(ds_extractor *x, unsigned si, uint32_t s, uint32_t e) {
  /* "Related: X to acquire Y (2023) | ...", "Also Read: ...", "See also ...": links to
   * other stories, not this one's news */
  if (x->ntok >= 2 && (x->tok[0].fl & DS__T_CAP) &&
      ((tok_is(x, &x->tok[0], "related") &&
        (tok_punct(x, &x->tok[1], ':') || tok_is(x, &x->tok[1], "links") || tok_is(x, &x->tok[1], "news") ||
         tok_is(x, &x->tok[1], "stories") || tok_is(x, &x->tok[1], "articles"))) ||
       (tok_is(x, &x->tok[0], "also") && tok_is(x, &x->tok[1], "read")) ||
       (tok_is(x, &x->tok[0], "read") && tok_is(x, &x->tok[1], "more")) ||
       (tok_is(x, &x->tok[0], "see") && tok_is(x, &x->tok[1], "also")))) {
    x->in_links = 1;
    return;
  }
  /* "Related articles\n- Lionhart Logistics agrees to buy Straits Cold Chain (Sept 29,
   * 2025)\n- ...": the list's items, one a line, are links too */
  if (x->in_links && x->ntok >= 2 && (tok_punct(x, &x->tok[0], '-') || tok_punct(x, &x->tok[0], '*')))
    return;
  x->in_links = 0;
  for (unsigned i = 0; i < x->ntok; i++) {
    ds__tok *t = &x->tok[i];
    if (!(t->wcls & DS__W_TRIGGER) || t->rule < 0 || (t->fl & DS__T_SKIP)) continue;
    /* "launched Merge Studio", "Acquisition Corp": a deal word inside a name is the
     * name's */
    if (t->org >= 0 && (t->fl & DS__T_CAP) && !x->caps_headline) continue;
    if (!ds__deal_word_use(x, i) || goods_trade(x, i)) continue;
    /* "plans to buy back up to $1 billion of its shares": a repurchase, no deal */
    if (i + 1 < x->ntok && tok_is(x, &x->tok[i + 1], "back") && (t->wcls & DS__W_DEALVERB)) continue;
    const ds__wentry *we = &x->wt[t->rule];
    /* The longest match among the rules that start with this word wins ("acquired a
     * 60% stake" over "acquired"); on a tie, the first in the table. */
    int best_q = -1;
    unsigned best_j = 0;
    for (unsigned q = 0; q < we->nrules; q++) {
      const ds__rule *rq = &ds__rules[we->rules[q]];
      unsigned jq = ds__rule_match(x, rq, i);
      if (!jq || jq <= best_j) continue;
      if ((rule_is(rq, "stake-in") || rule_is(rq, "interest-in")) && !ds__deal_verb_before(x, i))
        continue;
      if (rule_is(rq, "take-over") && taking_a_post(x, jq))
        continue; /* "will take over as chief financial officer from X": a job */
      if (rule_is(rq, "selects-to-supply") && (person_chosen(x, jq) || bidder_chosen(x, jq) || adviser_chosen(x, jq)))
        continue;
      if (disowned_before(x, i)) continue;
      if ((rule_is(rq, "takeover") || rule_is(rq, "merge")) && jq == i + 1 &&
          speculation_after(x, jq))
        continue; /* "shares jump on takeover talk", "merger speculation": no deal told */
      if (rule_is(rq, "takeover") && staff_buyout(x, i))
        continue; /* "800 employees took a buyout", "voluntary buyouts": leaving a job */
      if (rule_is(rq, "venture") && !ds__formed_before(x, i))
        continue; /* "form a 50-50 venture"; not "its participation in a venture" */
      if (rule_is(rq, "joint-venture") || rule_is(rq, "venture") || rule_is(rq, "jv")) {
        int held = 0; /* "where it holds a 70% interest in a joint venture with X": owned, not news */
        for (unsigned b = i >= 8 ? i - 8 : 0; b < i; b++)
          if (tok_is(x, &x->tok[b], "holds") || tok_is(x, &x->tok[b], "owns") || tok_is(x, &x->tok[b], "operates"))
            held = 1;
        /* "buy the remaining 50% stake in its joint venture with X": a venture it has */
        {
          unsigned d = i > 0 && tok_is(x, &x->tok[i - 1], "joint") ? i - 1 : i;
          if (d > 0 && (tok_is(x, &x->tok[d - 1], "its") || tok_is(x, &x->tok[d - 1], "their")) &&
              !ds__formed_before(x, d))
            held = 1;
        }
        if (held) continue;
        /* "had planned to use the proceeds from the joint venture to repay debt": the
         * venture told before, named again after a preposition (not "from the joint
         * venture with X": a side named) */
        {
          unsigned d = i > 0 && tok_is(x, &x->tok[i - 1], "joint") ? i - 1 : i;
          int told = 0;
          for (unsigned z = 0; z < x->ncand; z++) told |= x->cand[z].ev.type == DS_TYPE_JOINT_VENTURE;
          if (told && d >= 2 && tok_is(x, &x->tok[d - 1], "the") && (x->tok[d - 2].wcls & DS__W_PREP) &&
              !ds__formed_before(x, d) &&
              !(jq < x->ntok && (tok_is(x, &x->tok[jq], "with") || tok_is(x, &x->tok[jq], "between"))))
            continue;
        }
      }
      if (rule_is(rq, "license") && (tok_is(x, t, "licences") || tok_is(x, t, "licenses"))) {
        int held = 0; /* "failing to agree on how to value their salmon licences": permits
                       * a company holds, not one granted */
        for (unsigned b = i >= 3 ? i - 3 : 0; b < i; b++)
          if (tok_is(x, &x->tok[b], "their") || tok_is(x, &x->tok[b], "its") || tok_is(x, &x->tok[b], "our"))
            held = 1;
        if (held) continue;
      }
      if (rule_is(rq, "grant-license") && !ds__word_after(x, jq, 12, "license", "licence", "rights") &&
          !ds__word_after(x, ds__past_name(x, jq), 6, "license", "licence", "rights"))
        continue; /* "granted X (of West Germany) an exclusive license"; not "granted approval" */
      if (rule_is(rq, "award-contract") &&
          (!(ds__word_after(x, jq, 12, "contract", "order", "contracts") ||
             ds__word_after(x, jq, 12, "orders", "tender", "deal")) ||
           (i > 0 && (tok_is(x, &x->tok[i - 1], "was") || tok_is(x, &x->tok[i - 1], "been") ||
                      tok_is(x, &x->tok[i - 1], "were") || tok_is(x, &x->tok[i - 1], "be") ||
                      tok_is(x, &x->tok[i - 1], "is") || tok_is(x, &x->tok[i - 1], "being") ||
                      tok_is(x, &x->tok[i - 1], "are")))))
        continue; /* "has awarded X a contract"; not "was awarded a contract", "awarded a prize" */
      if (rule_is(rq, "award-contract") && si == 0 && tok_is(x, t, "awarded") &&
          !(i > 0 && (tok_is(x, &x->tok[i - 1], "has") || tok_is(x, &x->tok[i - 1], "have"))))
        continue; /* a headline's "Dunmore awarded Navy contract": the passive, its
                   * auxiliary dropped (the story tells who awarded) */
      if (rule_is(rq, "loan-to")) {
        int lent = 0; /* "provided a $45 million credit facility to X"; not "buy the X loan to Y" */
        for (unsigned b = i >= 8 ? i - 8 : 0; b < i; b++)
          if (tok_is(x, &x->tok[b], "provided") || tok_is(x, &x->tok[b], "provides") ||
              tok_is(x, &x->tok[b], "provide") || tok_is(x, &x->tok[b], "extended") ||
              tok_is(x, &x->tok[b], "extends") || tok_is(x, &x->tok[b], "granted") ||
              tok_is(x, &x->tok[b], "grants") || tok_is(x, &x->tok[b], "arranged") ||
              tok_is(x, &x->tok[b], "advanced") || tok_is(x, &x->tok[b], "committed"))
            lent = 1;
        if (!lent) continue;
      }
      if (rule_is(rq, "back-with") &&
          !(jq < x->ntok && x->tok[jq].org >= 0 && ds__word_after(x, jq, 10, "investment", "funding", "round")))
        continue; /* "has backed X with a £5m investment"; not "backed the plan" */
      if ((rule_is(rq, "sale-of") || rule_is(rq, "sale")) && i >= 2 &&
          tok_is(x, &x->tok[i - 1], "the") && tok_is(x, &x->tok[i - 2], "to") && i >= 3 &&
          tok_is(x, &x->tok[i - 3], "subject"))
        continue; /* "approved, subject to the divestment of one facility": a remedy */
      if (rule_is(rq, "business-combination") && mou_terms(x, i))
        continue; /* "a letter of intent to explore a potential business combination": the letter */
      if (rule_is(rq, "pay-for") &&
          (jq <= i + 2 || jq >= x->ntok || x->tok[jq].org < 0 || !(x->tok[jq].fl & DS__T_CAP)))
        continue; /* "pay $80 million for Beta Systems Ltd."; not "paid $5 million for the rights" */
      if (rule_is(rq, "join-round") && (tok_is(x, &x->tok[i], "committed") || tok_is(x, &x->tok[i], "commits")) &&
          !money_between(x, i, i + 6 < x->ntok ? i + 6 : x->ntok))
        continue; /* "has committed A$4 million"; not "has committed to the project" */
      if (rule_is(rq, "raise-from") && jq <= i + 2)
        continue; /* "raised $40 million from X"; not "raised from 5% to 7%" */
      if (rule_is(rq, "selected-by") &&
          !(ds__word_after(x, jq, 12, "supply", "provide", "build") ||
            ds__word_after(x, jq, 12, "contract", "deliver", "supplier") ||
            ds__word_after(x, jq, 12, "deploy", "install", "operate")))
        continue; /* "selected by Y to supply", "to deploy"; not "chosen by readers as" */
      if (rule_is(rq, "appoint-distributor") && !distributor_after(x, jq))
        continue; /* "appointed X as its exclusive distributor"; not "appointed X as CEO" */
      if (rule_is(rq, "to-supply") && tok_is(x, &x->tok[jq - 1], "provide") &&
          !(jq < x->ntok && x->tok[jq].org >= 0 &&
            (ds__word_after(x, jq, 14, "contract", "agreement", "deal") ||
             ds__word_after(x, jq, 14, "services", "equipment", "systems"))))
        continue; /* "will provide X with services under a contract"; not "will provide guidance" */
      if (rule_is(rq, "ordered-goods")) {
        int goods = 0, from = 0;
        for (unsigned k = jq; k < x->ntok && k < jq + 8; k++) {
          if (x->tok[k].wcls & DS__W_PRODUCT) goods = 1;
          if (goods && (tok_is(x, &x->tok[k], "from") || tok_is(x, &x->tok[k], "with"))) from = 1;
        }
        if (!from) continue; /* "ordered 20 A320neo jets from Airbus"; not "ordered a review" */
      }
      if (rule_is(rq, "pay-for")) {
        unsigned num = 0;
        for (unsigned k = i + 1; k + 1 < jq; k++) num += (x->tok[k].fl & DS__T_NUM) != 0;
        if (!num || jq >= x->ntok || x->tok[jq].org < 0) continue; /* "pay $2 billion for Brockway Inc" */
      }
      if (rule_is(rq, "raised-from")) {
        unsigned num = 0;
        for (unsigned k = i + 1; k < jq && !tok_is(x, &x->tok[k], "from"); k++)
          num += (x->tok[k].fl & DS__T_NUM) != 0;
        if (!num) continue; /* "raised £75m from"; not "raised prices from" */
      }
      if (rule_is(rq, "approached")) {
        unsigned aq = jq; /* ("approached battery maker Voltaic Cells about a takeover") */
        while (aq < x->ntok && aq < jq + 3 && x->tok[aq].org < 0 && (x->tok[aq].fl & DS__T_WORD) &&
               is_lower((unsigned char)TX(x, &x->tok[aq])[0]) &&
               !(x->tok[aq].wcls & (DS__W_PREP | DS__W_OTHERPREP | DS__W_CLAUSE | DS__W_STATUS | DS__W_TRIGGER)))
          aq++;
        if (!(aq < x->ntok && x->tok[aq].org >= 0 &&
              (ds__word_after(x, aq, 10, "offer", "bid", "takeover") || ds__word_after(x, aq, 10, "proposal", "buy", "acquire"))))
          continue; /* "approached EMI with an offer"; not "approached regulators" */
      }
      if (rule_is(rq, "raise-from") && !money_between(x, i, jq))
        continue; /* "raised 40 million pounds from investors"; not "raised concerns from" */
      if (rule_is(rq, "provide-financing") && !lending_terms(x, i, jq))
        continue; /* "provide an A$25 million prepayment facility", "provide bridge financing";
                   * not "provided trade financing and risk management services" */
      if (rule_is(rq, "upfront-fee") && !ds__word_after(x, jq, 40, "royalties", "royalty", "milestone") &&
          !ds__word_after(x, jq, 40, "milestones", "royalty-bearing", "licence"))
        continue; /* "receive a payment of X from Y plus royalties"; not any payment */
      if (rule_is(rq, "order-for") && jq < x->ntok && x->tok[jq].org >= 0 &&
          ds__word_after(x, jq, 4, "shares", "stock", "bonds"))
        continue; /* "orders for Facebook shares": trading, not goods */
      if (rule_is(rq, "bids") && commodity_quote(x)) continue;
      if (rule_is(rq, "arranged-by") && !financing_before(x, i))
        continue; /* "the financing, arranged by X"; not "a meeting arranged by X" */
      if (rule_is(rq, "bids") && !ds__word_after(x, jq, 14, "for", "acquire", "buy") &&
          !ds__word_after(x, jq, 14, "purchase", "merge", "takeover") && !(jq < x->ntok && x->tok[jq].org >= 0) &&
          !ds__bidder_after(x, jq) && !offer_from_org(x, jq) && !(x->ncand > 0 && rival_cue(x, i)) &&
          !owner_of_offer(x, i))
        continue; /* "offered more divestments in a bid to assuage": not a bid for a company */
      best_q = (int)q;
      best_j = jq;
    }
    if (best_q >= 0) {
      x->sent_deal = 1;
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
      if (r->type == DS_TYPE_MOU && !x->sent_mou_end)
        x->sent_mou_end = x->tok[j - 1].off + x->tok[j - 1].len;
      slotfill sf;
      int partners = r->role[DS__S_SUBJ] == DS_ROLE_PARTNER;
      ds__fill_slots(x, i, j, partners, &sf);
      /* "the Justice Department sued to block the merger of AMR with US Airways": who
       * acts against a deal is no side of it */
      if (i >= 2 && (ds__deal_noun(x, t) || tok_is(x, t, "merger") || tok_is(x, t, "deal") ||
                     tok_is(x, t, "transaction") || tok_is(x, t, "combination") || tok_is(x, t, "tie-up") ||
                     tok_is(x, t, "venture") || tok_is(x, t, "alliance")) &&
          (tok_is(x, &x->tok[i - 1], "the") || tok_is(x, &x->tok[i - 1], "a") || tok_is(x, &x->tok[i - 1], "any")) &&
          (tok_is(x, &x->tok[i - 2], "block") || tok_is(x, &x->tok[i - 2], "blocking") ||
           tok_is(x, &x->tok[i - 2], "challenge") || tok_is(x, &x->tok[i - 2], "challenging") ||
           tok_is(x, &x->tok[i - 2], "oppose") || tok_is(x, &x->tok[i - 2], "opposes") ||
           tok_is(x, &x->tok[i - 2], "opposing") || tok_is(x, &x->tok[i - 2], "halt") ||
           tok_is(x, &x->tok[i - 2], "stop") || tok_is(x, &x->tok[i - 2], "investigate") ||
           tok_is(x, &x->tok[i - 2], "probe")) &&
          sf.n[DS__S_SUBJ] > 0 && sf.n[DS__S_BY] == 0) {
        /* (the names before the verb go; not "Burlington's request to stop a takeover
         * by Samjens": its own, the agent named) */
        int n = 0;
        for (int m = 0; m < sf.n[DS__S_SUBJ]; m++) {
          int o = sf.org[DS__S_SUBJ][m], after = 0;
          for (unsigned k = i; k < x->ntok && !after; k++) after = x->tok[k].org == o;
          if (after) sf.org[DS__S_SUBJ][n++] = o;
        }
        if (n > 0 || sf.n[DS__S_OBJ] > 0 || sf.n[DS__S_WITH] > 0) sf.n[DS__S_SUBJ] = n;
      }
      /* "The Company has also entered into a subscription agreement": a press
       * release's own name for its issuer */
      if (sf.n[DS__S_SUBJ] == 0 && x->issuer >= 0 && ds__issuer_before(x, i))
        ds__slot_add(&sf, DS__S_SUBJ, x->issuer);
      /* "an agreement with Orion under which the Company will supply ...": the clause's
       * own subject, not the name before it */
      if (sf.n[DS__S_SUBJ] > 0 && x->issuer >= 0 && ds__issuer_before(x, i)) {
        int clause = 0;
        for (unsigned b = i >= 8 ? i - 8 : 0; b < i; b++)
          if (tok_is(x, &x->tok[b], "which") || tok_is(x, &x->tok[b], "whereby")) clause = 1;
        if (clause) {
          sf.n[DS__S_SUBJ] = 0;
          ds__slot_add(&sf, DS__S_SUBJ, x->issuer);
        }
      }
      /* "Bavaria Motoren AG and Hanseong Battery Co signed an agreement under which
       * Hanseong will supply battery cells": the agreement's other signer is the one
       * supplied */
      if (rule_is(r, "to-supply") && sf.n[DS__S_SUBJ] == 1 && sf.n[DS__S_OBJ] == 0 &&
          sf.n[DS__S_TO] == 0 && sf.n[DS__S_WITH] == 0) {
        unsigned u = 0;
        for (unsigned b = i >= 8 ? i - 8 : 0; b + 1 < i; b++)
          if ((tok_is(x, &x->tok[b], "under") && tok_is(x, &x->tok[b + 1], "which")) || tok_is(x, &x->tok[b], "whereby"))
            u = b;
        int agreement = 0;
        for (unsigned b = u >= 8 ? u - 8 : 0; b < u && !agreement; b++)
          agreement = tok_is(x, &x->tok[b], "agreement") || tok_is(x, &x->tok[b], "contract") ||
                      tok_is(x, &x->tok[b], "deal") || tok_is(x, &x->tok[b], "pact");
        int sup = ds__resolve_alias(x, sf.org[DS__S_SUBJ][0]);
        for (unsigned b = 0; b < u && agreement; b++) {
          int o = x->tok[b].org;
          if (o < 0 || (b > 0 && x->tok[b - 1].org == o) || ds__is_person(x, o) || ds__resolve_alias(x, o) == sup)
            continue;
          ds__slot_add(&sf, DS__S_TO, o);
        }
      }
      /* "Tianhe to provide an A$25 million prepayment facility": to the company whose
       * release this is */
      if (rule_is(r, "provide-financing") && sf.n[DS__S_TO] == 0 && sf.n[DS__S_SUBJ] > 0) {
        /* (before the release names itself, the headline's first company) */
        int is = x->issuer >= 0 ? x->issuer : (x->norg > 0 && x->org[0].lead && !x->org[0].person ? 0 : -1);
        if (is >= 0 && ds__resolve_alias(x, sf.org[DS__S_SUBJ][0]) != ds__resolve_alias(x, is))
          ds__slot_add(&sf, DS__S_TO, is);
      }
      /* "The companies have also entered into a supply agreement": the companies of
       * the deal just told */
      if (sf.n[DS__S_SUBJ] == 0 && x->ncand > 0 && ds__companies_before(x, i)) {
        const ds__cand *lc = &x->cand[x->ncand - 1];
        for (unsigned p = 0; p < lc->ev.nparties; p++)
          if (lc->slot_org[p] >= 0) ds__slot_add(&sf, DS__S_SUBJ, lc->slot_org[p]);
      }
      /* "signed an agreement with Northwind to supply ...": the counterpart named after
       * "with" before the trigger, when the frame has no other */
      if (r->role[DS__S_WITH] != DS__NOROLE && sf.n[DS__S_WITH] == 0 && sf.n[DS__S_OBJ] == 0)
        ds__with_before(x, i, partners, &sf);
      /* "entered into a license agreement granting Tenmei the rights": the agreement
       * grants; the one granted is no licensor, whatever stood before */
      if (rule_is(r, "grant-license") && i > 0 && sf.n[DS__S_OBJ] > 0 &&
          (tok_is(x, &x->tok[i - 1], "agreement") || tok_is(x, &x->tok[i - 1], "pact") ||
           tok_is(x, &x->tok[i - 1], "deal"))) {
        int g = ds__resolve_alias(x, sf.org[DS__S_OBJ][0]), n = 0;
        for (int k = 0; k < sf.n[DS__S_SUBJ]; k++)
          if (ds__resolve_alias(x, sf.org[DS__S_SUBJ][k]) != g) sf.org[DS__S_SUBJ][n++] = sf.org[DS__S_SUBJ][k];
        sf.n[DS__S_SUBJ] = n;
      }
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
      /* (or an asset: "closed the acquisition of a 100% interest in the Moraine copper
       * project from Tellus Resources") */
      int named_of = sf.n[DS__S_OBJ] > 0;
      if (!named_of && j + 1 < x->ntok && tok_is(x, &x->tok[j], "of"))
        for (unsigned k = j + 1; k < x->ntok && k < j + 16; k++) {
          if (tok_punct(x, &x->tok[k], ',') || tok_punct(x, &x->tok[k], ';')) break;
          if (tok_is(x, &x->tok[k], "from")) {
            named_of = k > j + 1 && k + 1 < x->ntok && x->tok[k + 1].org >= 0;
            break;
          }
        }
      if (role[DS__S_FROM] == DS_ROLE_ACQUIRER && j < x->ntok && tok_is(x, &x->tok[j], "of") && named_of &&
          ds__deal_noun(x, t))
        role[DS__S_FROM] = DS_ROLE_SELLER;
      /* "Shareholders in Norfolk Cable plc voted in favour of the takeover by Atlantis
       * Media": the company whose owners vote on a takeover, none other named as bought,
       * is its target */
      if (r->type == DS_TYPE_ACQUISITION && ds__deal_noun(x, t) && sf.n[DS__S_SUBJ] == 0 && sf.n[DS__S_OBJ] == 0 &&
          sf.n[DS__S_IN] == 0 && (sf.n[DS__S_BY] > 0 || sf.n[DS__S_FROM] > 0)) {
        int o = owners_of_before(x, i);
        if (o >= 0) ds__slot_add(&sf, DS__S_OBJ, o);
      }
      /* "Pinecrest holders approve sale to Alder Bancorp", "Tolley shareholders back
       * sale": a sale its owners vote on, nothing else named as sold, is of the company
       * itself */
      if ((rule_is(r, "sale") || rule_is(r, "sell") || rule_is(r, "agree-to-sell")) &&
          sf.n[DS__S_SUBJ] == 1 && sf.n[DS__S_OBJ] == 0 && sf.n[DS__S_IN] == 0 && owners_vote(x, i, sf.org[DS__S_SUBJ][0]))
        role[DS__S_SUBJ] = DS_ROLE_TARGET;
      /* "Sakuragawa signed a licence agreement with Casa Veroli to make and sell
       * Veroli-branded goods": the one who gains the use is the licensee */
      if (rule_is(r, "licensing-agreement") && sf.n[DS__S_WITH] > 0 && sf.n[DS__S_SUBJ] > 0 &&
          licence_use_after(x, j)) {
        role[DS__S_SUBJ] = DS_ROLE_LICENSEE;
        role[DS__S_WITH] = DS_ROLE_LICENSOR;
        c.roles_told = 1;
      }
      /* "Kestrel Energy has signed a power purchase agreement with Lumina Solar to buy
       * the output": the one who buys is the customer */
      if ((rule_is(r, "power-purchase") || rule_is(r, "supply-agreement")) &&
          sf.n[DS__S_WITH] > 0 && sf.n[DS__S_SUBJ] > 0 && buys_after(x, j)) {
        role[DS__S_SUBJ] = DS_ROLE_CUSTOMER;
        role[DS__S_WITH] = DS_ROLE_SUPPLIER;
      }
      /* "Aegean Crest signed a contract with Jiangsu Hengyu Shipbuilding for two
       * bulkers": who signs for goods counted after the other side buys them */
      if (rule_is(r, "win-contract") && (tok_is(x, t, "signed") || tok_is(x, t, "signs")) &&
          sf.n[DS__S_WITH] > 0 && sf.n[DS__S_SUBJ] > 0 && goods_counted_after(x, j)) {
        role[DS__S_SUBJ] = DS_ROLE_CUSTOMER;
        role[DS__S_WITH] = DS_ROLE_SUPPLIER;
      }
      /* "Hanul had licensed OptoLumen's backlight patents": the owner licenses them out */
      if (r->type == DS_TYPE_LICENSING && j < x->ntok && x->tok[j].org >= 0) {
        unsigned me = j; /* the mention's last token */
        while (me + 1 < x->ntok && x->tok[me + 1].org == x->tok[j].org) me++;
        if (me + 2 < x->ntok &&
            (tok_is(x, &x->tok[me + 1], "'s") || tok_is(x, &x->tok[me + 1], "\xe2\x80\x99s")) &&
            x->tok[me + 2].org < 0 && is_lower((unsigned char)TX(x, &x->tok[me + 2])[0])) {
          ds__slot_add(&sf, DS__S_OBJ, x->tok[j].org);
          role[DS__S_OBJ] = DS_ROLE_LICENSOR;
          role[DS__S_SUBJ] = DS_ROLE_LICENSEE;
        }
      }
      /* "to license a portfolio of OLED patents from Nakamura": licensed in */
      if (r->type == DS_TYPE_LICENSING && sf.n[DS__S_FROM] > 0 && role[DS__S_FROM] == DS_ROLE_LICENSOR &&
          role[DS__S_SUBJ] == DS_ROLE_LICENSOR)
        role[DS__S_SUBJ] = DS_ROLE_LICENSEE;
      /* "won a tender to build two vessels for <Nordsjo Petroleum A/S>": a company
       * written with its legal form after "for" is the customer the order lacked */
      if (r->type == DS_TYPE_SUPPLY && role[DS__S_OBJ] == DS__NOROLE && sf.n[DS__S_OBJ] > 0 &&
          (x->org[sf.org[DS__S_OBJ][0]].strong || for_before_org(x, j, sf.org[DS__S_OBJ][0])) &&
          !sf.n[DS__S_BY] && !sf.n[DS__S_FROM] && !sf.n[DS__S_WITH])
        role[DS__S_OBJ] = DS_ROLE_CUSTOMER; /* (or written right after "for": "to build
                                             * 40 new trains for Transpennine Metro") */
      /* a headline's "Pellman's Creamery sold to Riverbend Dairy": a passive without its
       * auxiliary, the subject is what was sold */
      if (si == 0 && r->type == DS_TYPE_ACQUISITION && tok_is(x, t, "sold") && j < x->ntok &&
          (tok_is(x, &x->tok[j], "to") || tok_is(x, &x->tok[j], "after") || tok_is(x, &x->tok[j], "for")) &&
          role[DS__S_SUBJ] == DS_ROLE_SELLER)
        role[DS__S_SUBJ] = DS_ROLE_TARGET;
      /* "X has placed (signed) a firm order for 24 jets from Y": who places or signs an
       * order buys, and "from" names the maker (not "received an order from Y") */
      if (r->type == DS_TYPE_SUPPLY && role[DS__S_SUBJ] == DS_ROLE_CUSTOMER) {
        for (unsigned k = i >= 4 ? i - 4 : 0; k < i; k++)
          if (tok_is(x, &x->tok[k], "placed") || tok_is(x, &x->tok[k], "places") ||
              tok_is(x, &x->tok[k], "place") || tok_is(x, &x->tok[k], "placing") ||
              tok_is(x, &x->tok[k], "signed") || tok_is(x, &x->tok[k], "signs") ||
              tok_is(x, &x->tok[k], "sign") || tok_is(x, &x->tok[k], "signing")) {
            role[DS__S_FROM] = DS_ROLE_SUPPLIER;
            role[DS__S_WITH] = DS_ROLE_SUPPLIER;
          }
      }
      int subj_role = role[DS__S_SUBJ];
      /* "Cadbury rejected a private equity bid for its drinks unit": who answers a bid
       * is not its maker but what it is for, or the seller of the unit it is for */
      int answerer[DS__SLOT_ORGS], nans = 0;
      if (r->type == DS_TYPE_ACQUISITION && subj_role == DS_ROLE_ACQUIRER && ds__deal_noun(x, t) &&
          sf.n[DS__S_SUBJ] > 0 && answers_bid(x, i) &&
          (sf.n[DS__S_OBJ] + sf.n[DS__S_BY] + sf.n[DS__S_FROM] > 0 ||
           (j + 1 < x->ntok && tok_is(x, &x->tok[j], "for") && tok_is(x, &x->tok[j + 1], "its")) ||
           (j < x->ntok && tok_is(x, &x->tok[j - 1], "for") && tok_is(x, &x->tok[j], "its")))) {
        /* (another side named, or "a bid for its unit": not "accepted a bid for an
         * export bonus") */
        for (int k = 0; k < sf.n[DS__S_SUBJ]; k++) answerer[nans++] = sf.org[DS__S_SUBJ][k];
        sf.n[DS__S_SUBJ] = 0;
      }
      /* "Wendy's was possibly being studied by Coca Cola Co with a view to a possible
       * acquisition": the agent of the passive before the deal noun is its buyer, the
       * subject what it would buy */
      if (r->type == DS_TYPE_ACQUISITION && subj_role == DS_ROLE_ACQUIRER && ds__deal_noun(x, t) &&
          sf.n[DS__S_SUBJ] > 0 && nans == 0 && sf.n[DS__S_BY] == 0) {
        int agent = passive_agent_before(x, i);
        if (agent >= 0) {
          for (int k = 0; k < sf.n[DS__S_SUBJ]; k++) answerer[nans++] = sf.org[DS__S_SUBJ][k];
          sf.n[DS__S_SUBJ] = 0;
          ds__slot_add(&sf, DS__S_SUBJ, agent);
        }
      }
      int by_same = (sf.n[DS__S_BY] && role[DS__S_BY] == subj_role) ||
                    (sf.n[DS__S_FROM] && role[DS__S_FROM] == subj_role);
      if (by_same && sf.n[DS__S_OBJ] == 0 && role[DS__S_OBJ] != DS__NOROLE) {
        for (int k = 0; k < sf.n[DS__S_SUBJ]; k++) ds__slot_add(&sf, DS__S_OBJ, sf.org[DS__S_SUBJ][k]);
      }
      static const int order[] = {DS__S_SUBJ, DS__S_OBJ, DS__S_BY, DS__S_FROM,
                                  DS__S_TO,   DS__S_WITH, DS__S_IN};
      /* "EMI shares up on takeover approaches", "WaMu, a takeover target": a takeover
       * with no object and no bidder is one the subject is the object of */
      /* (but "Hensel's 2.3 billion euro takeover offer": the offer's owner made it) */
      int owner = 0;
      if (j < x->ntok && (tok_is(x, &x->tok[j], "offer") || tok_is(x, &x->tok[j], "bid") ||
                          tok_is(x, &x->tok[j], "approach") || tok_is(x, &x->tok[j], "proposal")))
        for (unsigned b = i; b-- > 0 && i - b <= 6;) {
          const ds__tok *w = &x->tok[b];
          if (tok_is(x, w, "'s") || tok_is(x, w, "\xe2\x80\x99s")) {
            owner = b > 0 && x->tok[b - 1].org >= 0;
            break;
          }
          if (!((w->fl & (DS__T_NUM | DS__T_PUNCT)) || (w->wcls & (DS__W_SCALE | DS__W_CURWORD))) ||
              tok_punct(x, w, ','))
            break;
        }
      /* "PPR pounces on Puma with takeover bid", "swoops on Y with a $2 bln offer": the
       * subject bids, what it moves on is the target */
      int with_on = -1;
      if (r->type == DS_TYPE_ACQUISITION && sf.n[DS__S_OBJ] == 0 && sf.n[DS__S_SUBJ] > 0 && ds__deal_noun(x, t))
        with_on = bid_with_on(x, i);
      if (with_on >= 0) {
        ds__slot_add(&sf, DS__S_OBJ, with_on);
      } else if ((tok_is(x, t, "takeover") || tok_is(x, t, "take-over") || tok_is(x, t, "buyout")) &&
          sf.n[DS__S_OBJ] == 0 && sf.n[DS__S_BY] == 0 && sf.n[DS__S_FROM] == 0 &&
          r->type == DS_TYPE_ACQUISITION && !ds__agent_verb_before(x, i) && !owner) {
        for (int k = 0; k < sf.n[DS__S_SUBJ]; k++) ds__slot_add(&sf, DS__S_OBJ, sf.org[DS__S_SUBJ][k]);
        sf.n[DS__S_SUBJ] = 0;
      }
      for (unsigned oi = 0; oi < DS__S_COUNT; oi++) {
        int sl = order[oi];
        if (sl == DS__S_SUBJ && by_same) continue;
        for (int k = 0; k < sf.n[sl]; k++) ds__add_party(x, &c, sf.org[sl][k], role[sl]);
      }
      /* "to buy GlaxoSmithKline Plc's Lucozade and Ribena brands": what is bought is
       * the possessor's, who sells it */
      if (c.ev.type == DS_TYPE_ACQUISITION && sf.owner >= 0 && ds__has_role(&c, DS_ROLE_TARGET) &&
          !ds__has_role(&c, DS_ROLE_SELLER) && !ds__passive_sale(r) &&
          (!ds__deal_noun(x, t) || tok_is(x, &x->tok[j - 1], "of") || tok_is(x, &x->tok[j - 1], "for")) &&
          !name_inside_party(x, &c, sf.owner))
        ds__add_party(x, &c, sf.owner, DS_ROLE_SELLER); /* (not "the acquisition Shandwick's
                                                         * income", nor the "Shaw" of
                                                         * "Shaw's Supermarkets Inc") */
      int talks_lead = 0; /* in talks with a company the lead is about */
      {
        /* "is in talks with Tarn on a potential acquisition": what the talks are with;
         * "talks with BP about the possible sale of ...": who would buy */
        int sale = tok_is(x, t, "sale") || tok_is(x, t, "sales");
        int want = c.ev.type == DS_TYPE_INVESTMENT ? DS_ROLE_INVESTEE
                   : sale                          ? DS_ROLE_ACQUIRER
                                                   : DS_ROLE_TARGET;
        int o = (c.ev.type == DS_TYPE_ACQUISITION || c.ev.type == DS_TYPE_INVESTMENT) && !ds__has_role(&c, want)
                    ? talks_with(x, i, j)
                    : -1;
        if (o >= 0) {
          ds__add_party(x, &c, o, want);
          talks_lead = x->org[ds__resolve_alias(x, o)].lead || x->org[o].lead;
        }
      }
      int rival = c.ev.type == DS_TYPE_ACQUISITION && rival_bid(x, i, &c);
      /* "completed its acquisition of a 7.6% stake in Aston Martin Lagonda": the
       * company the stake is in */
      if (c.ev.type == DS_TYPE_ACQUISITION && !ds__has_role(&c, DS_ROLE_TARGET) && ds__deal_noun(x, t)) {
        int o = stake_in_after(x, j);
        if (o >= 0) ds__add_party(x, &c, o, DS_ROLE_TARGET);
      }
      if (c.ev.type == DS_TYPE_ACQUISITION && !ds__has_role(&c, DS_ROLE_SELLER)) ds__owner_unit(x, j, &c);
      if (c.ev.type == DS_TYPE_ACQUISITION && ds__has_role(&c, DS_ROLE_TARGET))
        ds__unit_of_target(x, j, &c);
      /* "won a contract worth £50m to maintain Eastline Railways' fleet": whose goods
       * the work is on is the customer */
      if (c.ev.type == DS_TYPE_SUPPLY && ds__has_role(&c, DS_ROLE_SUPPLIER) && !ds__has_role(&c, DS_ROLE_CUSTOMER))
        for (unsigned k = j; k + 2 < x->ntok && k < j + 12; k++) {
          if (tok_punct(x, &x->tok[k], ';') || tok_punct(x, &x->tok[k], '.')) break;
          if (!tok_is(x, &x->tok[k], "to") || !(x->tok[k + 1].fl & DS__T_WORD) ||
              !is_lower((unsigned char)TX(x, &x->tok[k + 1])[0]))
            continue;
          unsigned oq = k + 2;
          if (oq < x->ntok && tok_is(x, &x->tok[oq], "the")) oq++;
          if (oq >= x->ntok || x->tok[oq].org < 0) continue;
          unsigned oe = oq;
          while (oe + 1 < x->ntok && x->tok[oe + 1].org == x->tok[oq].org) oe++;
          if (oe + 1 < x->ntok && (tok_is(x, &x->tok[oe + 1], "'s") || tok_is(x, &x->tok[oe + 1], "\xe2\x80\x99s") ||
                                  tok_punct(x, &x->tok[oe + 1], '\'')))
            ds__add_party(x, &c, x->tok[oq].org, DS_ROLE_CUSTOMER);
          break;
        }
      if (c.ev.type == DS_TYPE_ACQUISITION && !ds__has_role(&c, DS_ROLE_TARGET)) {
        ds__unit_target(x, j, &c);
        /* "would buy Hartwell Group's packaging unit": the owner sells it */
        if (ds__has_role(&c, DS_ROLE_TARGET) && sf.owner >= 0 && !ds__has_role(&c, DS_ROLE_SELLER))
          ds__add_party(x, &c, sf.owner, DS_ROLE_SELLER);
      }
      for (int k = 0; k < nans; k++)
        ds__add_party(x, &c, answerer[k], ds__has_role(&c, DS_ROLE_TARGET) ? DS_ROLE_SELLER : DS_ROLE_TARGET);
      /* "agreed to sell 1.5 mln shares, or about 12 pct of its stock, to Bristol Labs",
       * "Genetic Systems said Bristol Labs agreed to buy 12 pct of its common stock": a
       * company's own shares sold to a named buyer, a placement (an investment) */
      if (c.ev.type == DS_TYPE_ACQUISITION && !ds__has_role(&c, DS_ROLE_TARGET) &&
          (ds__has_role(&c, DS_ROLE_ACQUIRER) || ds__has_role(&c, DS_ROLE_SELLER))) {
        int own = 0, pct = -1, other = 0, stake = 0;
        for (unsigned k = j; k + 1 < x->ntok && k < j + 10; k++) {
          const ds__tok *w = &x->tok[k];
          if (tok_punct(x, w, ';') || tok_is(x, w, "to") || tok_is(x, w, "for")) break;
          if (w->org >= 0) other = 1;
          if (ds__pct_at(x, k) >= 0) pct = ds__pct_at(x, k);
          if (tok_is(x, w, "stake") || tok_is(x, w, "stock") || tok_is(x, w, "shares")) stake = 1;
          if ((tok_is(x, w, "its") || tok_is(x, w, "itself")) &&
              (tok_is(x, &x->tok[k + 1], "stock") || tok_is(x, &x->tok[k + 1], "shares") ||
               tok_is(x, &x->tok[k + 1], "common") || tok_is(x, w, "itself")))
            own = 1;
          if (tok_is(x, w, "shares") && k > j && ((x->tok[k - 1].fl & DS__T_NUM) || (x->tok[k - 1].wcls & DS__W_SCALE)))
            own |= 2; /* "sell 1.5 mln shares", "sold 500,000 shares" */
          /* "agreed to sell a 25% stake in its UK onshore wind portfolio to Nordfjord":
           * a minority share of what the seller owns */
          /* (or "Bluewave Energy Agrees to Sell Minority Stake to Nordfjord") */
          if ((tok_is(x, w, "stake") && k + 2 < x->ntok && tok_is(x, &x->tok[k + 1], "in") &&
               tok_is(x, &x->tok[k + 2], "its")) ||
              (tok_is(x, w, "minority") && tok_is(x, &x->tok[k + 1], "stake")))
            own |= 4;
        }
        int seller = -1, first = -1;
        for (unsigned p = 0; p < c.ev.nparties; p++)
          if (c.ev.parties[p].role == DS_ROLE_SELLER) seller = c.slot_org[p];
        for (unsigned k = 0; k < i && first < 0; k++)
          if (x->tok[k].org >= 0 && !(x->tok[k].fl & DS__T_SKIP) && !ds__is_person(x, x->tok[k].org)) first = x->tok[k].org;
        int issuer = seller >= 0 ? seller : (own & 1) ? first : -1;
        if (own && stake && !other && issuer >= 0 && pct < 50 && ds__has_role(&c, DS_ROLE_ACQUIRER) &&
            party_of(&c, issuer) != DS_ROLE_ACQUIRER) {
          unsigned o = 0;
          for (unsigned p = 0; p < c.ev.nparties; p++) {
            if (c.ev.parties[p].role == DS_ROLE_SELLER) continue;
            c.ev.parties[p].role = DS_ROLE_INVESTOR;
            c.ev.parties[o] = c.ev.parties[p];
            c.slot_org[o++] = c.slot_org[p];
          }
          c.ev.nparties = (uint8_t)o;
          c.ev.type = DS_TYPE_INVESTMENT;
          ds__add_party(x, &c, issuer, DS_ROLE_INVESTEE);
        }
      }
      /* "Daemyung has agreed to subscribe for 83.3 million new fully paid ordinary
       * shares": new shares are issued by the company whose release this is */
      if (c.ev.type == DS_TYPE_INVESTMENT && rule_is(r, "subscribe") && x->issuer >= 0 &&
          ds__has_role(&c, DS_ROLE_INVESTOR) && !ds__has_role(&c, DS_ROLE_INVESTEE) &&
          party_of(&c, x->issuer) < 0) {
        int fresh = 0;
        for (unsigned k = j; k + 1 < x->ntok && k < j + 10 && !fresh; k++) {
          if (tok_punct(x, &x->tok[k], ',') || tok_punct(x, &x->tok[k], ';') || x->tok[k].org >= 0) break;
          fresh = tok_is(x, &x->tok[k], "new");
        }
        if (fresh) ds__add_party(x, &c, x->issuer, DS_ROLE_INVESTEE);
      }
      /* "is in talks to sell itself to the Irish retailer Dunnes Group": the seller is
       * what is sold */
      if (c.ev.type == DS_TYPE_ACQUISITION && !ds__has_role(&c, DS_ROLE_TARGET) && j < x->ntok &&
          tok_is(x, &x->tok[j], "itself") && (t->wcls & DS__W_SELLVERB))
        for (unsigned p = 0; p < c.ev.nparties; p++)
          if (c.ev.parties[p].role == DS_ROLE_SELLER) c.ev.parties[p].role = DS_ROLE_TARGET;
      /* "Harmon Drugs jumped 25 percent after rival Vellum Pharma offered to buy it": the
       * pronoun is the company the sentence is about, its first name */
      if (c.ev.type == DS_TYPE_ACQUISITION && !ds__has_role(&c, DS_ROLE_TARGET) && ds__has_role(&c, DS_ROLE_ACQUIRER) &&
          j < x->ntok && tok_is(x, &x->tok[j], "it") &&
          !(j + 1 < x->ntok && (x->tok[j + 1].fl & DS__T_WORD) && is_lower((unsigned char)TX(x, &x->tok[j + 1])[0]) &&
            !(x->tok[j + 1].wcls & (DS__W_PREP | DS__W_OTHERPREP))))
        for (unsigned k = 0; k < i; k++) {
          int o = x->tok[k].org;
          if (o < 0 || (x->tok[k].fl & DS__T_SKIP)) continue;
          if (!ds__is_person(x, o) && !ds__adviser_near(x, k, k + 1)) {
            int dup = 0;
            for (unsigned p = 0; p < c.ev.nparties; p++)
              if (c.slot_org[p] >= 0 && ds__resolve_alias(x, c.slot_org[p]) == ds__resolve_alias(x, o)) dup = 1;
            if (!dup) ds__add_party(x, &c, o, DS_ROLE_TARGET);
          }
          break;
        }
      /* "Carrow Rail today announced that the Transit Commission has awarded it a
       * contract": the pronoun is the company the sentence is about, else the story's */
      if (c.ev.type == DS_TYPE_SUPPLY && rule_is(r, "award-it") && !ds__has_role(&c, DS_ROLE_SUPPLIER)) {
        int sup = -1;
        for (unsigned k = 0; k < i && sup < 0; k++) {
          int o = x->tok[k].org;
          if (o >= 0 && !(x->tok[k].fl & DS__T_SKIP) && !ds__is_person(x, o) && !ds__adviser_near(x, k, k + 1)) sup = o;
        }
        if (sup < 0) sup = x->issuer;
        if (sup >= 0 && party_of(&c, sup) < 0) ds__add_party(x, &c, sup, DS_ROLE_SUPPLIER);
      }
      if (c.ev.type == DS_TYPE_ACQUISITION && !ds__has_role(&c, DS_ROLE_TARGET))
        ds__company_target(x, j, &c, DS_ROLE_TARGET);
      if (c.ev.type == DS_TYPE_INVESTMENT && !ds__has_role(&c, DS_ROLE_INVESTEE))
        ds__company_target(x, j, &c, DS_ROLE_INVESTEE);
      /* "agreed to form Bedding Partners, a 50-50 venture": the venture formed is no
       * side of it */
      if (c.ev.type == DS_TYPE_JOINT_VENTURE && c.ev.nparties > 2)
        for (unsigned k = 1; k < x->ntok; k++) {
          static const char *const forming[] = {"form", "forms", "formed", "forming", "create",
                                                "creates", "created", "creating", "establish",
                                                "establishes", "established", "establishing"};
          if (x->tok[k].org < 0 || x->tok[k - 1].org == x->tok[k].org ||
              !tok_in(x, &x->tok[k - 1], forming, sizeof forming / sizeof forming[0]))
            continue;
          int o = ds__resolve_alias(x, x->tok[k].org);
          for (unsigned p = 0; p < c.ev.nparties; p++)
            if (c.slot_org[p] >= 0 && ds__resolve_alias(x, c.slot_org[p]) == o) {
              for (unsigned z = p; z + 1 < c.ev.nparties; z++) {
                c.ev.parties[z] = c.ev.parties[z + 1];
                c.slot_org[z] = c.slot_org[z + 1];
              }
              c.ev.nparties--;
              break;
            }
          break;
        }
      int minority_sold = 0;
      if (tok_is(x, t, "sold")) { /* "they sold their entire 5.6 pct stake in X" */
        int pct = -1, stake = 0;
        for (unsigned k = j; k < x->ntok && k < j + 8; k++) {
          if (ds__pct_at(x, k) >= 0) pct = ds__pct_at(x, k);
          if (tok_is(x, &x->tok[k], "stake") || tok_is(x, &x->tok[k], "interest")) stake = 1;
        }
        minority_sold = stake && pct >= 0 && pct < 50;
      }
      if (rule_is(r, "stake-in") && ds__sell_verb_before(x, i)) {
        /* "plans to sell its stake in X": a divestiture, the holder sells */
        int pct = -1, sold = 0;
        for (unsigned k = i >= 6 ? i - 6 : 0; k < i; k++) {
          if (ds__pct_at(x, k) >= 0) pct = ds__pct_at(x, k);
          if (tok_is(x, &x->tok[k], "sold")) sold = 1;
        }
        minority_sold = sold && pct >= 0 && pct < 50;
        c.ev.type = DS_TYPE_ACQUISITION;
        for (unsigned p = 0; p < c.ev.nparties; p++)
          c.ev.parties[p].role = c.ev.parties[p].role == DS_ROLE_INVESTOR ? DS_ROLE_SELLER : DS_ROLE_TARGET;
      } else if (!ds__has_role(&c, DS_ROLE_SELLER)) {
        ds__stake_type(x, i, j, &c); /* a stake sold stays the seller's divestiture */
      }
      int goods = c.ev.type == DS_TYPE_ACQUISITION ? ds__goods_bought(x, i, j) : 0;
      if (goods && (!ds__has_role(&c, DS_ROLE_TARGET) || goods == 2)) {
        /* "to buy 20 regional jets from X": a supply, the buyer its customer; "buying
         * 19 Boeing 767 aircraft": the maker supplies */
        c.ev.type = DS_TYPE_SUPPLY;
        for (unsigned p = 0; p < c.ev.nparties; p++)
          c.ev.parties[p].role = c.ev.parties[p].role == DS_ROLE_ACQUIRER ? DS_ROLE_CUSTOMER
                                 : c.ev.parties[p].role == DS_ROLE_SELLER ? DS_ROLE_SUPPLIER
                                 : c.ev.parties[p].role == DS_ROLE_TARGET ? DS_ROLE_SUPPLIER
                                                                          : c.ev.parties[p].role;
        /* "has signed an agreement with Saab-Scania AB to buy 16 SF340 aircraft": who the
         * agreement is with supplies */
        if (!ds__has_role(&c, DS_ROLE_SUPPLIER)) {
          int o = agreement_with_before(x, i);
          if (o >= 0) ds__add_party(x, &c, o, DS_ROLE_SUPPLIER);
        }
      }
      int goods_sold = c.ev.type == DS_TYPE_ACQUISITION ? ds__goods_sold(x, i, j) : 0;
      if (goods_sold == 2) {
        ds__explain(x, &c.ev, 0, "a count of units sold: sales, no deal");
        i = j - 1;
        continue;
      }
      if (goods_sold) {
        /* "sell about 40% of its output to X": a supply, not a sale of a company */
        c.ev.type = DS_TYPE_SUPPLY;
        for (unsigned p = 0; p < c.ev.nparties; p++)
          c.ev.parties[p].role = c.ev.parties[p].role == DS_ROLE_ACQUIRER ? DS_ROLE_CUSTOMER
                                 : c.ev.parties[p].role == DS_ROLE_SELLER ? DS_ROLE_SUPPLIER
                                                                          : c.ev.parties[p].role;
      }
      /* "entered into a license agreement under which Kuroda will develop and
       * commercialize AVP-101": who will use the rights takes the licence */
      if (c.ev.type == DS_TYPE_LICENSING && c.ev.nparties >= 2 && ds__only_role(&c, DS_ROLE_LICENSOR)) {
        for (unsigned k = j; k + 3 < x->ntok; k++) {
          if (!(tok_is(x, &x->tok[k], "which") || tok_is(x, &x->tok[k], "whereby"))) continue;
          unsigned w = k + 1;
          if (x->tok[w].org < 0) break;
          int o = ds__resolve_alias(x, x->tok[w].org);
          while (w < x->ntok && x->tok[w].org >= 0) w++;
          /* ("under which Tamsin obtains exclusive rights") */
          if (w < x->ntok && (tok_is(x, &x->tok[w], "obtains") || tok_is(x, &x->tok[w], "receives") ||
                              tok_is(x, &x->tok[w], "gains") || tok_is(x, &x->tok[w], "gets")))
            for (unsigned p = 0; p < c.ev.nparties; p++)
              if (c.slot_org[p] == o) c.ev.parties[p].role = DS_ROLE_LICENSEE;
          if (w + 1 < x->ntok && (tok_is(x, &x->tok[w], "will") || tok_is(x, &x->tok[w], "would")) &&
              (tok_is(x, &x->tok[w + 1], "develop") || tok_is(x, &x->tok[w + 1], "commercialize") ||
               tok_is(x, &x->tok[w + 1], "commercialise") || tok_is(x, &x->tok[w + 1], "market") ||
               tok_is(x, &x->tok[w + 1], "sell") || tok_is(x, &x->tok[w + 1], "manufacture") ||
               tok_is(x, &x->tok[w + 1], "distribute") || tok_is(x, &x->tok[w + 1], "obtain") ||
               tok_is(x, &x->tok[w + 1], "receive") || tok_is(x, &x->tok[w + 1], "gain")))
            for (unsigned p = 0; p < c.ev.nparties; p++)
              if (c.slot_org[p] == o) c.ev.parties[p].role = DS_ROLE_LICENSEE;
          break;
        }
      }
      /* "will pay $2 billion for Harlow Plc, topping a rival offer from Dunmore Group": a
       * rival's bid is for the target of the deal just told */
      if (c.ev.type == DS_TYPE_ACQUISITION && i > 0 && x->ncand > 0 && ds__has_role(&c, DS_ROLE_ACQUIRER) &&
          (tok_is(x, &x->tok[i - 1], "rival") || tok_is(x, &x->tok[i - 1], "competing") ||
           tok_is(x, &x->tok[i - 1], "counter") || tok_is(x, &x->tok[i - 1], "rival's"))) {
        const ds__cand *lc = &x->cand[x->ncand - 1];
        int tgt = -1;
        for (unsigned p = 0; p < lc->ev.nparties; p++)
          if (lc->ev.parties[p].role == DS_ROLE_TARGET && lc->slot_org[p] >= 0) tgt = lc->slot_org[p];
        if (lc->ev.type == DS_TYPE_ACQUISITION && tgt >= 0) {
          unsigned o = 0;
          for (unsigned p = 0; p < c.ev.nparties; p++) {
            if (c.ev.parties[p].role != DS_ROLE_ACQUIRER) continue;
            int dup = 0;
            for (unsigned z = 0; z < lc->ev.nparties; z++) dup |= lc->slot_org[z] == c.slot_org[p];
            if (dup) continue;
            c.ev.parties[o] = c.ev.parties[p];
            c.slot_org[o++] = c.slot_org[p];
          }
          c.ev.nparties = (uint8_t)o;
          if (o) ds__add_party(x, &c, tgt, DS_ROLE_TARGET);
        }
      }
      /* past the lead, a trigger that names no company can be no deal, nor the part of
       * one a later sentence completes (ds__keep_partial): only whether it tells of the
       * past matters (later figures in the sentence are not the news's); --explain
       * still shows its way through every check */
      if (c.ev.nparties == 0 && si > DS__LEAD_SENTENCES && !x->explain && !sides_invest(x, &c, i)) {
        if (ds__background(x, i, j)) x->sent_background = 1;
        i = j - 1;
        continue;
      }
      if (rule_is(r, "contribute")) {
        /* contributors join the venture told in the last few sentences, or are nothing */
        ds__cand *v = NULL;
        for (unsigned k = x->ncand; k-- > 0 && !v;)
          if (x->cand[k].ev.type == DS_TYPE_JOINT_VENTURE &&
              (si <= x->cand[k].sent_index + 6 || si <= x->cand[k].told_last + 3))
            v = &x->cand[k];
        for (unsigned p = 0; v && p < c.ev.nparties; p++) {
          /* the subject, or one joined to it after the amount ("and Google Inc $500
           * million"), not what is contributed ("its Screen Gems television series") */
          int o = c.slot_org[p], ok = 0;
          for (unsigned k = 0; k < x->ntok && !ok; k++) {
            if (x->tok[k].org != o || (k > 0 && x->tok[k - 1].org == o)) continue;
            ok = k < i || (k > 0 && tok_is(x, &x->tok[k - 1], "and"));
          }
          if (ok) ds__add_party(x, v, o, DS_ROLE_PARTNER);
        }
        if (v && si > v->told_last) v->told_last = si; /* (the next contributor joins it too) */
        ds__explain(x, &c.ev, v != NULL, v ? "more sides of the venture just told" : "a contribution, no venture told");
        i = j - 1;
        continue;
      }
      c.ev.status = (uint8_t)ds__status_of(x, i, j, r);
      if (rival && c.ev.status == DS_STATUS_TERMINATED) c.ev.status = DS_STATUS_PROPOSED; /* (the other bid's end) */
      /* "sweetened its offer for Kivu, valuing it at C$3.1 billion and topping a rival
       * bid from Osgood": the price before a rival's bid is the other bid's */
      if (rival) x->value_from = i;
      ds__find_value(x, i, &c.ev, 0);
      x->value_from = 0;
      c.date_q = (uint8_t)ds__find_date(x, &c.ev);
      if (rival && c.date_q == 2) { /* (the day told before a rival's bid is the other bid's) */
        int after = 0;
        for (unsigned k = i; k < x->ntok; k++) after |= (x->tok[k].wcls & (DS__W_WEEKDAY | DS__W_MONTH)) != 0;
        if (!after) c.date_q = 1;
      }
      /* ("signed a definitive agreement to acquire X. Under the agreement announced in
       * January, ...": the signing is the day's news) */
      for (unsigned k = 0; k < x->ntok && !c.signed_here; k++)
        c.signed_here = tok_is(x, &x->tok[k], "signed") || tok_is(x, &x->tok[k], "signs") ||
                        tok_is(x, &x->tok[k], "reached") || tok_is(x, &x->tok[k], "definitive") ||
                        tok_is(x, &x->tok[k], "concluded") || tok_is(x, &x->tok[k], "concludes");
      ds__find_sectors(x, &c.ev);
      const char *bg = ds__background(x, i, j);
      /* "shares surge on takeover chatter": talk of a bid no one has made, unless a
       * bidder is named after all */
      if (c.ev.type == DS_TYPE_ACQUISITION && ds__only_role(&c, DS_ROLE_TARGET) && rumour_near(x, i, j)) c.talk = 1;
      if (rule_is(r, "previously-owned")) {
        /* only the seller of a deal already kept: the owner the target had */
        int used = 0;
        for (unsigned o = 0; o < x->ncand && !used; o++) {
          ds__cand *k = &x->cand[o];
          if (k->ev.type != DS_TYPE_ACQUISITION || ds__has_role(k, DS_ROLE_SELLER) ||
              c.sent_index > k->sent_index + 6)
            continue;
          int tgt = -1, sel = -1;
          for (unsigned p = 0; p < c.ev.nparties; p++) {
            if (c.ev.parties[p].role == DS_ROLE_TARGET) tgt = c.slot_org[p];
            if (c.ev.parties[p].role == DS_ROLE_SELLER) sel = c.slot_org[p];
          }
          for (unsigned p = 0; p < k->ev.nparties && tgt >= 0 && sel >= 0; p++)
            if (k->ev.parties[p].role == DS_ROLE_TARGET && k->slot_org[p] == tgt) used = 1;
          if (used) ds__add_party(x, k, sel, DS_ROLE_SELLER);
        }
        ds__explain(x, &c.ev, used, used ? "the seller of a deal told before" : "an owner, no deal");
        i = j - 1;
        continue;
      }
      if (bg) {
        x->sent_background = 1;
        /* "The two companies had announced in January an agreement to combine in a
         * stock swap valued at about 120 mln dlrs": the earlier telling of the deal
         * just reported still gives its price */
        if (c.ev.has_value && c.ev.nparties >= 2) ds__lend_date(x, &c, 0);
        /* "Hanul had licensed OptoLumen's backlight patents since 2011": who licenses
         * whom, for the agreement the lead named without saying */
        if (c.ev.type == DS_TYPE_LICENSING && !ds__guessed_roles(c.ev.rule)) lend_licence_roles(x, &c);
        ds__explain(x, &c.ev, 0, bg);
      } else if (c.ev.type == DS_TYPE_MOU && letter_buys(x, j)) {
        /* (its sides: the one that does not buy sells, see letter_seller) */
        for (unsigned p = 0; p < c.ev.nparties && p < 2; p++) x->letter_side[p] = (int16_t)c.slot_org[p];
        ds__explain(x, &c.ev, 0, "the letter of the purchase it tells"); /* "an LOI pursuant to which X will acquire Y" */
      } else if (rule_is(r, "under-brand") && !brand_after(x, j)) {
        ds__explain(x, &c.ev, 0, "not under a brand"); /* "sell shares under the plan" */
      } else if ((c.ev.type == DS_TYPE_INVESTMENT || c.ev.type == DS_TYPE_ACQUISITION ||
                  c.ev.type == DS_TYPE_MERGER) && ds__mou_prepares(x, i)) {
        ds__explain(x, &c.ev, 0, "what a memorandum prepares"); /* "a term sheet for an investment" */
      } else if (c.ev.nparties == 0) {
        /* "A ship repair company on the Clyde has won a £45m contract": the lead's
         * price, for the deal the next sentence names */
        if (c.ev.has_value && c.strength >= 2) ds__keep_partial(x, &c);
        /* "walks away from $58-million purchase", then "to terminate the C$58-million
         * purchase agreement": the deal told before, its dollars told exactly */
        for (unsigned k = 0; k < x->ncand && c.ev.has_value && c.ev.currency[2] == 'D'; k++) {
          ds_event *o = &x->cand[k].ev;
          if (o->has_value && o->amount == c.ev.amount && memcmp(o->currency, "USD", 4) == 0 && o->type == c.ev.type)
            memcpy(o->currency, c.ev.currency, 4);
        }
        ds__cand *v = c.ev.has_value ? sides_invest(x, &c, i) : NULL;
        if (v && !v->ev.has_value) {
          v->ev.has_value = 1;
          v->ev.amount = c.ev.amount;
          memcpy(v->ev.currency, c.ev.currency, 4);
        }
        ds__explain(x, &c.ev, 0, "no parties");
      } else if (!ds__has_role(&c, DS_ROLE_ACQUIRER) && !ds__has_role(&c, DS_ROLE_INVESTOR) &&
                 (ds__has_role(&c, DS_ROLE_SELLER) || ds__has_role(&c, DS_ROLE_TARGET)) && ds__plan_denied(x, i)) {
        ds__explain(x, &c.ev, 0, "a sale denied, no buyer"); /* "has no plans to sell" */
      } else if (c.ev.type == DS_TYPE_ACQUISITION && !ds__has_role(&c, DS_ROLE_ACQUIRER) && ds__sale_urged(x, i)) {
        ds__explain(x, &c.ev, 0, "a sale urged, no buyer"); /* "pushing the company to explore a sale" */
      } else if (c.ev.type == DS_TYPE_ACQUISITION && ds__deal_noun(x, t) && ds__bid_ruled_out(x, i)) {
        ds__explain(x, &c.ev, 0, "a bid ruled out"); /* "no intention of making an offer" */
      } else if (ds__generic_plural(x, t) && !ds__has_role(&c, DS_ROLE_TARGET) &&
                 !ds__has_role(&c, DS_ROLE_INVESTEE)) {
        ds__explain(x, &c.ev, 0, "deals in general"); /* "may look for acquisitions" */
      } else if (!ds__has_role(&c, DS_ROLE_ACQUIRER) && !ds__has_role(&c, DS_ROLE_INVESTOR) &&
                 !rule_is(r, "award-it") && /* (a contract a public body awards is a deal) */
                 (ds__state_agent(x, i) ||
                  (rule_is(r, "pump-into") && ds__country_before(x, i)))) {
        ds__explain(x, &c.ev, 0, "a government rescue"); /* "the Treasury took over Fannie Mae" */
      } else if ((c.person_buyer || ds__person_before(x, i)) && c.ev.type == DS_TYPE_INVESTMENT &&
                 !ds__has_role(&c, DS_ROLE_INVESTOR)) {
        ds__explain(x, &c.ev, 0, "shares bought by a person"); /* the guideline's conventions */
      } else if (c.ev.type == DS_TYPE_INVESTMENT && c.ev.nparties >= 2 && !ds__has_role(&c, DS_ROLE_INVESTOR)) {
        /* "Credit Suisse and Goldman Sachs also provided funding": who gave the money
         * to whom is not told */
        ds__explain(x, &c.ev, 0, "investees and no investor");
      } else if (!(c.ev.type == DS_TYPE_ACQUISITION && ds__has_role(&c, DS_ROLE_TARGET)) &&
                 c.ev.type != DS_TYPE_MERGER && c.ev.type != DS_TYPE_MOU && mou_terms(x, i)) {
        /* its sides are the memorandum's: join them to it, or it is the memorandum */
        ds__cand *m = x->ncand ? &x->cand[x->ncand - 1] : NULL;
        if (m && (m->sent_index != si || m->ev.type != DS_TYPE_MOU)) m = NULL;
        if (m) {
          for (unsigned p = 0; p < c.ev.nparties && m->ev.nparties < 2; p++) /* (its other side) */
            ds__add_party(x, m, c.slot_org[p], DS_ROLE_PARTNER);
          ds__explain(x, &c.ev, 1, "the terms of the memorandum just told"); /* "under which" */
        } else if (c.ev.nparties < 2) {
          ds__explain(x, &c.ev, 0, "the terms of a memorandum, one side named");
        } else {
          c.ev.type = DS_TYPE_MOU;
          for (unsigned p = 0; p < c.ev.nparties; p++) c.ev.parties[p].role = DS_ROLE_PARTNER;
          ds__explain(x, &c.ev, 1, "what a memorandum told here covers: the memorandum");
          ds__keep_candidate(x, &c);
        }
      } else if ((c.ev.type == DS_TYPE_MERGER || c.ev.type == DS_TYPE_JOINT_VENTURE) && the_deal_alone(x, i, j)) {
        ds__explain(x, &c.ev, 0, "'the merger' with no side near: a deal told elsewhere");
      } else if (c.ev.type == DS_TYPE_ACQUISITION && buys_output(x, j)) {
        ds__explain(x, &c.ev, 0, "output bought, not a business"); /* "buy the output of" */
      } else if (c.ev.type == DS_TYPE_ACQUISITION && !ds__has_role(&c, DS_ROLE_ACQUIRER) &&
                 ds__consumer_goods(x, i, j)) {
        ds__explain(x, &c.ev, 0, "goods sold to customers"); /* "sold 14,500 Passat sedans" */
      } else if (c.ev.type == DS_TYPE_ACQUISITION && ds__securities_of_target(x, j, &c)) {
        ds__explain(x, &c.ev, 0, "securities bought, not a company"); /* "Thornburg paper" */
      } else if (goods_sold && !ds__has_role(&c, DS_ROLE_CUSTOMER)) {
        ds__explain(x, &c.ev, 0, "goods sold, no buyer named"); /* "sold 7.4 million vehicles" */
      } else if (c.ev.type == DS_TYPE_ACQUISITION && ds__only_role(&c, DS_ROLE_TARGET) && government_before(x, i)) {
        ds__explain(x, &c.ev, 0, "a government taking control: a bail-out"); /* the guideline */
      } else if (minority_sold && !ds__has_role(&c, DS_ROLE_ACQUIRER) && !ds__has_role(&c, DS_ROLE_INVESTOR)) {
        ds__explain(x, &c.ev, 0, "a minority stake sold to no one named"); /* on the market */
      } else if (c.ev.type == DS_TYPE_ACQUISITION && ds__only_role(&c, DS_ROLE_SELLER) &&
                 seller_of_told(x, si, &c)) {
        ds__explain(x, &c.ev, 1, "the seller of the deal just told"); /* "The stake had been acquired from X" */
      } else if (c.ev.type == DS_TYPE_ACQUISITION && ds__only_role(&c, DS_ROLE_SELLER)) {
        ds__keep_partial(x, &c);
        ds__explain(x, &c.ev, 0, "a seller and nothing sold");
      } else if (c.ev.type == DS_TYPE_ACQUISITION && !ds__has_role(&c, DS_ROLE_TARGET) &&
                 shares_of_stake_told(x, j, &c)) {
        /* "will take a 20 percent stake in Y ... will buy the shares from Y's controlling
         * shareholder": the stake told before, not a company bought */
        ds__explain(x, &c.ev, 0, "the shares of a stake told before");
      } else if (c.ev.type == DS_TYPE_SUPPLY && c.ev.nparties >= 2 && ds__only_role(&c, DS_ROLE_SUPPLIER) &&
                 (c.ev.status == DS_STATUS_PROPOSED || rule_is(r, "to-supply"))) {
        /* "Both companies will continue to supply the rail market", "the parties intend
         * to negotiate a supply agreement": sides that supply, and no one they supply
         * (not "the companies signed a supply agreement": a deal, its sides untold) */
        ds__explain(x, &c.ev, 0, "suppliers and no customer");
      } else if (ds__all_active(&c) && !ds__asset_purchase(x, j, &c)) {
        if (rule_is(r, "join-round") && join_round(x, &c)) {
          /* "Existing investors X and Y also participated in the round" */
        } else if (ds__complete_partial(x, &c)) {
          /* "closed a Series B round. The round was led by X": one deal, two sentences */
        } else if (ds__complete_kept(x, &c)) {
          /* "Y rejects takeover bid. ... a bid from X" */
        } else if (c.sent_index <= DS__LEAD_SENTENCES && ds__lend_date(x, &c, 1)) {
          /* "X sold to Y" in the headline, "the family has sold the business to Y, the
           * companies announced Tuesday" in the lead: the same deal, told with its day */
        } else {
          ds__keep_partial(x, &c);
          ds__explain(x, &c.ev, 0, "a buyer and nothing bought"); /* "investing in Egypt" */
        }
      } else if (c.ev.type == DS_TYPE_ACQUISITION && !ds__has_role(&c, DS_ROLE_ACQUIRER) &&
                 ds__shares_after(x, j) && !((t->wcls & DS__W_SELLVERB) && majority_of_target(x, j, &c))) {
        ds__explain(x, &c.ev, 0, "shares sold on the market");
      } else if (c.strength < 2 && c.ev.nparties < 2 &&
                 !(si <= DS__LEAD_SENTENCES && c.ev.nparties == 1 &&
                   c.ev.parties[0].role == DS_ROLE_TARGET && ds__passive_sale(r) &&
                   i > 0 && ds__subject_right_before(x, i))) {
        /* (but the lead's "the Bank of Alexandria will be sold": a sale, buyer unknown) */
        ds__keep_partial(x, &c);
        ds__explain(x, &c.ev, 0, "weak trigger with one party");
      } else if (c.ev.nparties < 2 && si > DS__LEAD_SENTENCES) {
        ds__explain(x, &c.ev, 0, "one party, outside the lead");
      } else if (si > DS__LEAD_SENTENCES && rule_is(r, "acquisition-of") &&
                 !ds__has_role(&c, DS_ROLE_ACQUIRER)) {
        /* "a gain related to the acquisition of Washington Mutual's banking operations":
         * a purchase named by its noun, no buyer, past the lead is one referred to */
        ds__explain(x, &c.ev, 0, "a purchase referred to, outside the lead");
      } else if (c.ev.nparties == 1 && c.slot_org[0] >= 0 && x->org[c.slot_org[0]].mentions < 3 &&
                 !x->org[c.slot_org[0]].strong) {
        ds__explain(x, &c.ev, 0, "one party the article hardly names");
      } else if (si > DS__NEWS_SENTENCES && !ds__lead_party(x, &c) && !ds__more_news(x)) {
        ds__explain(x, &c.ev, 0, "late mention of other companies");
      } else if (si > DS__NEWS_SENTENCES && x->ncand > 0 && !ds__merges(x, &c) && !ds__more_news(x) &&
                 !(c.ev.has_value && c.ev.nparties >= 2 && ds__lead_party(x, &c)) &&
                 !(talks_lead && c.ev.nparties >= 2)) {
        /* (a priced deal of a company the lead is about is news however late it comes:
         * "Boeing took a lead ... with a $15.1 billion order from Emirates"; nor another
         * suitor "in talks with Lehman over a possible investment", Lehman being the
         * news) */
        ds__explain(x, &c.ev, 0, "another deal, past the news");
      } else {
        if (c.ev.nparties > 0 && !ds__related(x, &c)) x->sent_background = 1;
        letter_seller(x, &c);
        if (bid_apart(x, i, &c))
          keep_apart(x, &c);
        else
          ds__keep_candidate(x, &c);
        i = j - 1;
        continue;
      }
      /* a deal of other companies told here: its figures are its own (not a lone
       * name a weak trigger caught: "invest a combined €180 million in the venture,
       * including a new line at its plant in Eisenach") */
      if ((c.ev.nparties >= 2 || (c.ev.nparties == 1 && ds__more_news(x))) && !ds__related(x, &c))
        x->sent_background = 1; /* ("Separately, X will license ...": another deal) */
      i = j - 1;
    }
  }
}

/* A sentence about the deal just told and its signing: "The agreement, signed in
 * Rzeszow on April 7, ...", "The deal was signed on Monday". */
static int deal_signed_on(const ds_extractor *x) {
  if (x->ntok < 4 || !tok_is(x, &x->tok[0], "the")) return 0;
  const ds__tok *n = &x->tok[1];
  if (!(tok_is(x, n, "agreement") || tok_is(x, n, "deal") || tok_is(x, n, "contract") ||
        tok_is(x, n, "memorandum") || tok_is(x, n, "mou") || tok_is(x, n, "transaction") ||
        tok_is(x, n, "accord") || tok_is(x, n, "pact")))
    return 0;
  for (unsigned k = 2; k < x->ntok && k < 8; k++) {
    /* "The deal was first announced on September 29": an earlier step of a deal now
     * done, not the day of this news */
    if (tok_is(x, &x->tok[k], "first") || tok_is(x, &x->tok[k], "previously") ||
        tok_is(x, &x->tok[k], "originally") || tok_is(x, &x->tok[k], "initially"))
      return 0;
    if (tok_is(x, &x->tok[k], "signed") || tok_is(x, &x->tok[k], "agreed") ||
        tok_is(x, &x->tok[k], "reached") || tok_is(x, &x->tok[k], "concluded") ||
        tok_is(x, &x->tok[k], "announced"))
      return 1;
  }
  return 0;
}

/* "The takeover was completed on Friday, the two companies said": the day the deal
 * just told was done (not "is expected to be completed on"). */
static int deal_done_on(const ds_extractor *x) {
  if (x->ntok < 5 || !tok_is(x, &x->tok[0], "the")) return 0;
  const ds__tok *n = &x->tok[1];
  if (!(tok_is(x, n, "takeover") || tok_is(x, n, "acquisition") || tok_is(x, n, "purchase") ||
        tok_is(x, n, "sale") || tok_is(x, n, "merger") || tok_is(x, n, "deal") ||
        tok_is(x, n, "transaction")))
    return 0;
  return (tok_is(x, &x->tok[2], "was") || tok_is(x, &x->tok[2], "were")) &&
         (tok_is(x, &x->tok[3], "completed") || tok_is(x, &x->tok[3], "closed") ||
          tok_is(x, &x->tok[3], "finalised") || tok_is(x, &x->tok[3], "finalized"));
}

/* Kinds of deal one transaction is often told as by turns: buying (acquisition,
 * investment, merger), working together (MOU, partnership, joint venture, licence),
 * and supply. */
static int deal_family(int type) {
  if (type == DS_TYPE_ACQUISITION || type == DS_TYPE_INVESTMENT || type == DS_TYPE_MERGER) return 0;
  if (type == DS_TYPE_SUPPLY) return 2;
  return 1;
}

/* "the 3.4 billion euro deal, announced in November,", "which agreed in March to be
 * bought by", "the merger, agreed last year,": the deal was announced on an earlier day
 * the story does not give, so it has no day of its own here (the guideline). Returns
 * the token after the telling, or 0. */
static const char *const deal_words[] = {"deal", "merger", "takeover", "acquisition", "transaction",
                                         "agreement", "offer", "bid", "sale", "purchase", "investment",
                                         "buyout", "tie-up", "venture", "partnership", "alliance"};
#define NDEAL_WORDS (sizeof deal_words / sizeof deal_words[0])

static unsigned told_earlier(const ds_extractor *x) {
  for (unsigned k = 0; k + 2 < x->ntok; k++) {
    const ds__tok *t = &x->tok[k];
    if (!(tok_is(x, t, "announced") || tok_is(x, t, "agreed") || tok_is(x, t, "unveiled") ||
          tok_is(x, t, "struck") || tok_is(x, t, "signed") || tok_is(x, t, "reached")))
      continue;
    /* told of the deal: "the deal, (first) announced in November", "which agreed in March
     * to be bought by" (not "its plan to cut debt, which it announced in February") */
    int told = 0;
    for (unsigned q = k, n = 0; q-- > 0 && n < 4; n++) {
      const ds__tok *w = &x->tok[q];
      if (tok_in(x, w, deal_words, NDEAL_WORDS)) {
        told = 1;
        break;
      }
      if (!(tok_punct(x, w, ',') || tok_is(x, w, "first") || tok_is(x, w, "was") || tok_is(x, w, "were") ||
            tok_is(x, w, "originally") || tok_is(x, w, "initially") || tok_is(x, w, "been") || tok_is(x, w, "had")))
        break;
    }
    if (!told && tok_is(x, t, "agreed")) {
      unsigned q = k + 3; /* "agreed in March to be bought" */
      if (q < x->ntok && tok_is(x, &x->tok[q], "to")) told = 1;
    }
    if (!told) continue;
    const ds__tok *a = &x->tok[k + 1], *b = &x->tok[k + 2];
    if (tok_is(x, a, "in") && (b->wcls & DS__W_MONTH) && b->rule >= 0 && x->pub_m &&
        !(k + 3 < x->ntok && (x->tok[k + 3].fl & DS__T_NUM) && x->tok[k + 3].len <= 2) &&
        (x->pub_m - x->wt[b->rule].val + 12) % 12 >= 1)
      return k + 3;
    if (tok_is(x, a, "last") && (tok_is(x, b, "year") || tok_is(x, b, "month") || tok_is(x, b, "week")))
      return k + 3;
    if (tok_is(x, a, "earlier") && k + 3 < x->ntok && tok_is(x, b, "this") &&
        (tok_is(x, &x->tok[k + 3], "year") || tok_is(x, &x->tok[k + 3], "month")))
      return k + 4;
  }
  return 0;
}

/* Does the sentence name a party of c, or speak of "the deal"? */
static int speaks_of(const ds_extractor *x, const ds__cand *c) {
  for (unsigned k = 0; k < x->ntok; k++) {
    const ds__tok *t = &x->tok[k];
    if (t->org >= 0) {
      int a = ds__resolve_alias(x, t->org);
      for (unsigned p = 0; p < c->ev.nparties; p++)
        if (c->slot_org[p] >= 0 && ds__resolve_alias(x, c->slot_org[p]) == a) return 1;
    }
  }
  for (unsigned k = 1; k < x->ntok; k++)
    if (tok_in(x, &x->tok[k], deal_words, NDEAL_WORDS))
      for (unsigned b = k; b-- > 0 && k - b <= 5;)
        if (tok_is(x, &x->tok[b], "the")) return 1;
  return 0;
}

/* "the unit, Orvella Specialty Chemicals,": a described target of c gets the name the
 * sentence gives the unit in apposition. */
static void name_the_unit(ds_extractor *x, ds__cand *c) {
  int q = -1;
  for (unsigned p = 0; p < c->ev.nparties; p++)
    if (c->ev.parties[p].role == DS_ROLE_TARGET) q = c->slot_org[p] < 0 && q == -1 ? (int)p : -2;
  if (q < 0) return;
  for (unsigned k = 1; k + 3 < x->ntok; k++) {
    if (!tok_is(x, &x->tok[k - 1], "the") || !(x->tok[k].wcls & DS__W_UNITNOUN) || !tok_punct(x, &x->tok[k + 1], ',') ||
        x->tok[k + 2].org < 0)
      continue;
    unsigned e = k + 2;
    while (e + 1 < x->ntok && x->tok[e + 1].org == x->tok[k + 2].org) e++;
    if (!(e + 1 == x->ntok || tok_punct(x, &x->tok[e + 1], ',') || tok_punct(x, &x->tok[e + 1], '.'))) continue;
    int org = ds__resolve_alias(x, x->tok[k + 2].org);
    if (ds__is_person(x, org)) return;
    for (unsigned p = 0; p < c->ev.nparties; p++)
      if (c->slot_org[p] >= 0 && ds__resolve_alias(x, c->slot_org[p]) == org) return;
    c->slot_org[q] = (int16_t)org;
    c->ev.parties[q].name = x->org[org].name;
    memcpy(c->ev.parties[q].key, x->org[org].key, DS_KEY_MAX);
    return;
  }
}

/* A deal's price is often told in the sentences after the one that reports it ("The
 * deal is valued at $2 billion"): a price in the next few sentences fills a deal that
 * has none. */
static void late_value(ds_extractor *x, unsigned si) {
  int earlier = -1; /* told_earlier(), read when a deal first asks */
  for (unsigned i = 0; i < x->ncand; i++) {
    ds__cand *c = &x->cand[i];
    /* "A deal could value the unit, Orvella Specialty Chemicals, at ...": the name of a
     * unit the deal told only by description */
    if (si > c->sent_index && si <= c->sent_index + 3 && c->ev.type == DS_TYPE_ACQUISITION)
      name_the_unit(x, c);
    /* ("the deal, announced in November, ..." in this sentence or a few after) */
    /* (a deal still pending: its completion or end is the day's own news, "completed the
     * sale on Tuesday ... The deal, first announced in November") */
    if (si >= c->sent_index && si <= c->sent_index + 3 && c->date_q <= 2 &&
        (c->ev.status == DS_STATUS_AGREED || c->ev.status == DS_STATUS_PROPOSED) && !c->signed_here &&
        (earlier < 0 ? (earlier = told_earlier(x) != 0) : earlier) && speaks_of(x, c)) {
      c->ev.date[0] = 0;
      c->date_q = 3;
    }
    /* the day the parties reported the deal, told a few sentences on */
    if (c->date_q <= 1 && si > c->sent_index && si <= c->sent_index + 2 * DS__VALUE_SENTENCES &&
        !x->sent_deal && ds__reported_day(x, c, &c->ev))
      c->date_q = 2;
    /* "Osgood's all-cash offer of C$11.35 a share made on Monday": a bid's own day */
    if (c->date_q <= 1 && si > c->sent_index && si <= c->sent_index + 3 && ds__offer_made_on(x, c, &c->ev))
      c->date_q = 2;
    /* "The agreement, signed in Rzeszow on April 7, covers ...": the day the deal told
     * just before was signed */
    if (c->date_q <= 1 && si > c->sent_index && si <= c->sent_index + 3 &&
        ((!x->sent_deal && deal_signed_on(x)) ||
         (c->ev.status == DS_STATUS_COMPLETED && si <= c->sent_index + 2 && deal_done_on(x)))) {
      ds_event tmp = c->ev;
      int q = ds__find_date(x, &tmp);
      if (q >= 2) memcpy(c->ev.date, tmp.date, sizeof c->ev.date), c->date_q = (uint8_t)q;
    }
    if (c->ev.has_value || si <= c->sent_index || si > c->sent_index + DS__VALUE_SENTENCES) continue;
    if (x->sent_background) continue; /* "in June sold ... for $1.5 billion": not this one's */
    if (ds__undisclosed_terms(x)) continue; /* "Terms were not disclosed": later figures are others' */
    /* "signed an offtake agreement. In addition, Y has agreed to subscribe for shares to
     * raise A$25m": a sentence that tells a deal of another kind keeps its price (not
     * one of a kind the same deal is often told as: a stake bought, a purchase) */
    int other = 0;
    for (unsigned k = 0; k < x->ncand && !other; k++)
      other = k != i && x->cand[k].sent_index == si && deal_family(x->cand[k].ev.type) != deal_family(c->ev.type);
    if (other) continue;
    /* "Maelstrom agreed last month to be bought by Ostrava for 400 million pounds",
     * after Corran's bid for Maelstrom was withdrawn: a rival buyer's deal told here
     * keeps its price */
    for (unsigned k = 0; k < x->ncand && !other; k++) {
      const ds__cand *o = &x->cand[k];
      if (k == i || o->sent_index != si || !o->ev.has_value || o->ev.type != DS_TYPE_ACQUISITION ||
          c->ev.type != DS_TYPE_ACQUISITION)
        continue;
      int same_target = 0, rival = 0;
      for (unsigned p = 0; p < o->ev.nparties; p++) {
        if (o->slot_org[p] < 0) continue;
        int r = party_of(c, o->slot_org[p]);
        if (o->ev.parties[p].role == DS_ROLE_TARGET && r == DS_ROLE_TARGET) same_target = 1;
        if (o->ev.parties[p].role == DS_ROLE_ACQUIRER && r < 0) rival = 1;
      }
      /* (in another state: one buyer's bid withdrawn, the other's agreed; the same
       * state may be the same deal, its buyer named two ways) */
      other = same_target && rival && ds__has_role(c, DS_ROLE_ACQUIRER) && o->ev.status != c->ev.status;
    }
    if (other) continue;
    ds__find_value(x, 0, &c->ev, 1);
  }
}

/* "Ravensmoor will pay Osaka Biologics an upfront payment": who pays whom, for the
 * direction of a licence the agreement noun leaves open. */
static void note_payment(ds_extractor *x) {
  for (unsigned k = 1; k + 1 < x->ntok && x->npay < 4; k++) {
    /* "pay", "pays" (a word with periods may have the entry of another: "p.a.y") */
    if (!(x->tok[k].wcls & DS__W_PAY) || (x->tok[k].fl & DS__T_DOTTED)) continue;
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
DS__HOT static int headline_unreliable(const ds_extractor *x, int title) {
  unsigned words = 0, caps = 0;
  unsigned need = title ? 6u : 9u;
  for (unsigned k = 0; k < x->ntok; k++) {
    const ds__tok *t = &x->tok[k];
    /* (prose shows soon: lowercase words no later capitals can outweigh) */
    if ((words - caps) * 10 > (words + (x->ntok - k)) * (10 - need)) return 0;
    if (!(t->fl & DS__T_WORD) || (t->fl & DS__T_NUM) || t->len < 4) continue;
    /* a ticker, "( ACM.N )", "<CPML>", is no word of the line */
    if (k > 0 && k + 1 < x->ntok && (tok_punct(x, &x->tok[k - 1], '(') || tok_punct(x, &x->tok[k - 1], '<')) &&
        (tok_punct(x, &x->tok[k + 1], ')') || tok_punct(x, &x->tok[k + 1], '>')))
      continue;
    words++;
    if (t->fl & DS__T_CAP) caps++;
  }
  /* body lines are held to a stricter bar: prose full of names is still prose */
  return words >= 4 && caps * 10 >= words * need;
}

/* Is sentence si still near enough a deal told before for its price or day to be
 * that deal's (late_value)? */
static int near_a_deal(const ds_extractor *x, unsigned si) {
  for (unsigned i = 0; i < x->ncand; i++)
    if (si <= x->cand[i].sent_index + 2 * DS__VALUE_SENTENCES) return 1;
  return 0;
}

/* A line of the page above the story: the headline again ("Hartley Home Centers buys
 * Keller & Sons Hardware"), a byline ("By Dan Morrissey - Staff Writer") or a date
 * alone ("Aug 12, 2025"). */
static int page_line(const ds_extractor *x, uint32_t s, uint32_t e) {
  const char *t = x->text;
  while (e > s && is_space((unsigned char)t[e - 1])) e--;
  const ds_span *ti = &x->a->title;
  if (ti->len && e - s == ti->len && memcmp(t + s, x->a->buf + ti->off, ti->len) == 0) return 1;
  if (e - s < 60 && e - s > 4 && memcmp(t + s, "By ", 3) == 0 && is_upper((unsigned char)t[s + 3]) &&
      !memchr(t + s, '.', e - s))
    return 1;
  if (e - s <= 20) {
    int month = 0, other = 0;
    for (uint32_t i = s; i < e; i++) {
      unsigned char c = (unsigned char)t[i];
      if (is_alpha(c)) {
        uint32_t j = i;
        while (j < e && is_alpha((unsigned char)t[j])) j++;
        const ds__wentry *we = ds__wt_find(x, t + i, j - i);
        if (we && (we->cls & DS__W_MONTH)) month = 1;
        else other = 1;
        i = j - 1;
      } else if (!is_digit(c) && c != ',' && c != ' ' && c != '.') {
        other = 1;
      }
    }
    if (month && !other) return 1;
  }
  return 0;
}

static void process_span(ds_extractor *x, unsigned *si, uint32_t s, uint32_t e, int title) {
  while (s < e) {
    x->in_lead = *si <= DS__LEAD_SENTENCES;
    size_t se = title ? e : ds__next_sentence(x, s, e);
    size_t p = s;
    while (p < se) {
      size_t stop;
      /* past the news, a piece no rule matched in the first reading and far from any
       * deal told can add nothing: its names were learnt then, so it is not read again
       * (nor are its tokens replayed) */
      if (!title && *si > DS__NEWS_SENTENCES && !near_a_deal(x, *si) && ds__quiet_piece(x, p, se, &stop)) {
        p = stop;
        continue;
      }
      stop = ds__tokenize(x, p, se);
      x->caps_headline = 0;
      if (headline_unreliable(x, title)) {
        if (!title) break; /* a title-case line inside the body: not prose */
        x->caps_headline = 1;
      }
      ds__find_orgs(x, title);
      x->sent_background = 0;
      x->sent_deal = 0;
      x->sent_mou_end = 0;
      x->letter_side[0] = x->letter_side[1] = -1;
      note_payment(x);
      scan_sentence(x, *si, (uint32_t)p, (uint32_t)stop);
      late_value(x, *si);
      if (x->pf_org < 0 && !title && *si <= DS__NEWS_SENTENCES) ds__portfolio_sentence(x, *si, (uint32_t)stop);
      p = stop;
    }
    /* page noise before the dateline is no lead, nor a headline, byline or date line
     * the page repeats above the story */
    if (title || (se > x->story_off && !page_line(x, s, (uint32_t)se))) (*si)++;
    s = (uint32_t)se;
    while (s < e && is_space((unsigned char)x->text[s])) s++;
  }
}

/* Does some rule that starts with the word of token i match there? */
DS__HOT static int rule_at(const ds_extractor *x, unsigned i) {
  const ds__tok *t = &x->tok[i];
  if (!(t->wcls & DS__W_TRIGGER) || t->rule < 0) return 0;
  const ds__wentry *we = &x->wt[t->rule];
  for (unsigned q = 0; q < we->nrules; q++)
    if (ds__rule_match(x, &ds__rules[we->rules[q]], i)) return 1;
  return 0;
}

/* Does some rule match in the tokens at hand? What a trigger needs besides (names,
 * its use as a deal word) only narrows this, so no match means no candidate. */
static int any_rule_matches(const ds_extractor *x) {
  for (unsigned i = 0; i < x->ntok; i++)
    if (rule_at(x, i)) return 1;
  return 0;
}

/* The first reading's look at a piece's tokens, in one loop over them: does a rule
 * match (any_rule_matches), or a payment stand there ("will pay Osaka Biologics an
 * upfront payment": one note_payment() reads)? Notes the article's undisclosed terms
 * on the way (body end be). */
DS__HOT static int first_look(ds_extractor *x, uint32_t be) {
  int rule = 0, pay = 0;
  for (unsigned k = 0; k < x->ntok; k++) {
    const ds__tok *t = &x->tok[k];
    if (!(t->wcls & (DS__W_UNDIS | DS__W_TRIGGER | DS__W_PAY))) continue;
    if ((t->wcls & DS__W_UNDIS) && !x->undisclosed) x->undisclosed = ds__undisclosed_at(x, t->off, be);
    if (!rule) rule = rule_at(x, k);
    /* (a word with periods may have the entry of another: "p.a.y") */
    if ((t->wcls & DS__W_PAY) && !(t->fl & DS__T_DOTTED) && k >= 1 && k + 1 < x->ntok) pay = 1;
  }
  return rule || pay;
}

/* Is the deal told by a noun ("the takeover of", "its acquisition of") or a participle?
 * (A verb with "it" or "the company" for its subject, "It also plans to acquire X",
 * tells a deal of the company the story is about.) */
static int noun_trigger(const ds_extractor *x, const ds_event *ev) {
  static const char *const nouns[] = {"takeover", "take-over", "acquisition", "acquisitions", "purchase",
                                      "purchases", "sale", "sales", "buyout", "buy-out", "divestiture",
                                      "merger", "bid", "offer", "deal", "buys", "acquiring", "buying",
                                      "selling", "sold", "acquired", "bought"};
  const char *w = x->text + ev->trigger.off;
  uint32_t n = 0;
  while (n < ev->trigger.len && (is_alpha((unsigned char)w[n]) || w[n] == '-')) n++;
  for (unsigned q = 0; q < sizeof nouns / sizeof nouns[0]; q++)
    if (strlen(nouns[q]) == n && strncasecmp(w, nouns[q], n) == 0) return 1;
  return 0;
}

/* The first reading of the body [bs, be), piece by piece. With learn 0 it looks for the
 * rules' words (first_look) as it records the pieces in the token cache, and returns
 * whether any rule matched; with learn 1 it reads the pieces again (replayed from the
 * cache where it holds them) and learns their names. */
static int first_reading(ds_extractor *x, uint32_t bs, uint32_t be, int learn) {
  int may_deal = 0;
#if DS_TOKEN_CACHE > 0
  x->tc_cur = 0;
#endif
  uint32_t s = bs;
  while (s < be) {
    size_t se = ds__next_sentence(x, s, be);
    size_t p = s;
    while (p < se) {
#if DS_TOKEN_CACHE > 0
      unsigned rec = x->tc_nrec;
#endif
      size_t stop = ds__tokenize(x, p, se);
      if (learn) {
        /* a title-case line inside the body ("Also from this source" and the titles
         * of other releases after it): not prose, so no names learnt from it either */
        if (!headline_unreliable(x, 0)) ds__find_orgs(x, 0);
      } else {
        int m = first_look(x, be);
        may_deal |= m;
#if DS_TOKEN_CACHE > 0
        if (x->tc_nrec > rec) x->tc_quiet[x->tc_nrec - 1] = (uint8_t)!m;
#endif
      }
      p = stop;
    }
    s = (uint32_t)se; /* where the second reading starts its next sentence too */
    while (s < be && is_space((unsigned char)x->text[s])) s++;
  }
#if DS_TOKEN_CACHE > 0
  x->tc_cur = 0;
#endif
  return may_deal;
}

int ds_extract(ds_extractor *x, const ds_article *a, ds_event *ev, size_t cap) {
  if (!x || !a || !a->buf || (!ev && cap)) return DS_EINVAL;
  x->a = a;
  x->text = a->buf;
  x->tc_mode = DS__TC_OFF;
  x->norg = 0;
  if (++x->span_gen == 0) { /* wrapped: entries of 2^32 articles ago would look current */
    memset(x->span_cache, 0, sizeof x->span_cache);
    x->span_gen = 1;
  }
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
  x->undisclosed = 0; /* the first reading sets it: terms said to be undisclosed */
  x->value_from = 0;

  /* Two readings: the first learns the article's names (so a lone "Ascend" at a
   * sentence start is known), the second applies the rules. The first looks for the
   * rules' words before it reads any name: no rule matching needs a name, and an
   * article where none matches (a fifth of wire news) is left there, its names unread. */
  x->caps_headline = 0; /* (no title-case line read yet: nothing of the last article) */
  unsigned si = 0;
  ds_explain_fn fn = x->explain;
  x->explain = NULL;
  /* The first pass also notes whether any rule's words occur at all: most news has
   * no deal in it, and an article where no rule matches cannot yield one, so the
   * second pass is skipped (--explain still reads every article). */
  int may_deal = fn != NULL;
#if DS_TOKEN_CACHE > 0
  x->tc_ntok = x->tc_nrec = x->tc_cur = 0;
  x->tc_mode = DS__TC_RECORD;
  x->tc_bound = be;
#endif
  {
    may_deal |= first_reading(x, bs, be, 0);
#if DS_TOKEN_CACHE > 0
    x->tc_bound = 0; /* the title is no sentence of the body */
#endif
    for (uint32_t p = a->title.off, te = a->title.off + a->title.len; !may_deal && p < te;) {
      size_t stop = ds__tokenize(x, p, te);
      may_deal = any_rule_matches(x);
      p = (uint32_t)stop;
    }
  }
  x->explain = fn;
  if (!may_deal) return 0;
  if (x->tc_mode == DS__TC_RECORD) x->tc_mode = DS__TC_REPLAY;
  first_reading(x, bs, be, 1);
  x->ncand = 0;
  x->in_links = 0;
  x->pf_org = -1;
  if (a->title.len) process_span(x, &si, a->title.off, a->title.off + a->title.len, 1);
  si = 1;
  process_span(x, &si, bs, be, 0);
  ds__portfolio_list(x);

  /* finish: aliases to their fullest names, disclosure, places */
  size_t n = 0;
  for (unsigned i = 0; i < x->ncand && n < cap; i++) {
    ds__cand *c = &x->cand[i];
    if (c->ev.type == DS_TYPE_LICENSING && ds__guessed_roles(c->ev.rule) && !c->roles_told)
      ds__licence_direction(x, c);
    vendor_seller(x, c);
    unsigned np = 0;
    for (unsigned p = 0; p < c->ev.nparties; p++) {
      if (c->slot_org[p] >= 0) { /* (a described unit keeps its words) */
        int k = ds__resolve_alias(x, c->slot_org[p]);
        if (ds__common_word_org(x, k)) continue; /* "STOCK", "Profit": no company */
        c->ev.parties[p].name = x->org[k].name;
        memcpy(c->ev.parties[p].key, x->org[k].key, DS_KEY_MAX);
      }
      c->ev.parties[np] = c->ev.parties[p];
      c->slot_org[np++] = c->slot_org[p];
    }
    c->ev.nparties = (uint8_t)np;
    roles_of_type(&c->ev);
    if (c->ev.type == DS_TYPE_SUPPLY) gov_customer(&c->ev);
    if (c->ev.nparties == 0) continue;
    /* two sides at least to a merger, venture, memorandum or partnership (a title's
     * "Corvid signs LOI for Emberly" with one name read) */
    if ((c->ev.type == DS_TYPE_MERGER || c->ev.type == DS_TYPE_JOINT_VENTURE || c->ev.type == DS_TYPE_MOU ||
         c->ev.type == DS_TYPE_PARTNERSHIP) &&
        c->ev.nparties < 2) {
      ds__explain(x, &c->ev, 0, "one side of a two-sided deal");
      continue;
    }
    /* a supply deal names who supplies, an investment who invests ("Freddie Mac and
     * Fannie Mae have tapped $187.5 billion in aid", "the Treasury is selling $18
     * billion of shares in AIG": no counterpart, no deal) */
    if ((c->ev.type == DS_TYPE_SUPPLY && !ds__has_role(c, DS_ROLE_SUPPLIER)) ||
        (c->ev.type == DS_TYPE_INVESTMENT && !ds__has_role(c, DS_ROLE_INVESTOR))) {
      ds__explain(x, &c->ev, 0, "no supplier or investor named");
      continue;
    }
    if (c->talk && c->ev.type == DS_TYPE_ACQUISITION && !ds__has_role(c, DS_ROLE_ACQUIRER)) continue;
    /* a company bought by no one named and sold by no one, past the lead: a sale
     * referred to ("in connection with its acquisition of American Motors"), not
     * told (a person's bid, whose buyer is left out, stays) */
    if (c->ev.type == DS_TYPE_ACQUISITION && c->sent_index > DS__LEAD_SENTENCES && !c->person_buyer &&
        !ds__has_role(c, DS_ROLE_ACQUIRER) && !ds__has_role(c, DS_ROLE_SELLER) && noun_trigger(x, &c->ev)) {
      ds__explain(x, &c->ev, 0, "a target alone, past the lead");
      continue;
    }
    {
      /* "the sale of its packaging division" and no company named: nothing to tell */
      unsigned named = 0;
      for (unsigned p = 0; p < c->ev.nparties; p++) named += c->slot_org[p] >= 0;
      if (!named) continue;
    }
    {
      /* "2. Daybrook buys Linnet ... for an undisclosed sum": in a numbered roundup
       * each item tells its own terms */
      uint32_t is, ie;
      int undisclosed = ds__numbered_item(x, c->ev.evidence.off, &is, &ie) ? ds__says_undisclosed(x, is, ie)
                                                                             : ds__undisclosed_terms(x);
      c->ev.value_disclosed = c->ev.has_value ? 1 : (undisclosed ? 0 : -1);
    }
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

