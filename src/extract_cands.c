/* Candidates: a trigger's frame turned into an event, its type settled (stake or
 * control), and tellings of one deal merged into one event. */
#include <string.h>

#include "extract_int.h"

void ds__explain(ds_extractor *x, const ds_event *ev, int kept, const char *why) {
  if (x->explain) x->explain(x->explain_ud, x->a, ev, kept, why);
}

static int party_role_of(const ds__cand *c, int org) {
  if (org < 0) return -1; /* a described piece of a company ("its Proseware division") */
  for (unsigned i = 0; i < c->ev.nparties; i++)
    if (c->slot_org[i] == org) return c->ev.parties[i].role;
  return -1;
}

/* A key past a legal form written before the name ("pt sawit raya" -> "sawit raya"). */
static const char *key_core(const char *k) {
  static const char *const pre[] = {"pt ", "ooo ", "oao ", "zao ", "pao ", "jsc ", "ojsc ", "ao "};
  for (size_t i = 0; i < sizeof pre / sizeof pre[0]; i++) {
    size_t L = strlen(pre[i]);
    if (strncmp(k, pre[i], L) == 0) return k + L;
  }
  return k;
}

void ds__add_party(ds_extractor *x, ds__cand *c, int org, int role) {
  if (org < 0 || role == DS__NOROLE) return;
  if (ds__is_person(x, org)) { /* people are never parties */
    if (role == DS_ROLE_ACQUIRER || role == DS_ROLE_INVESTOR) c->person_buyer = 1;
    return;
  }
  org = ds__resolve_alias(x, org);
  if (party_role_of(c, org) >= 0) return;
  /* "Nusantara Sawit" in a headline, "PT Nusantara Sawit Makmur Tbk" in the body: one
   * side in one role, named short and in full; the fullest name stands */
  {
    const char *k = key_core(x->org[org].key);
    size_t kl = strlen(k);
    for (unsigned i = 0; i < c->ev.nparties; i++) {
      if (c->ev.parties[i].role != role) continue;
      const char *p = key_core(c->ev.parties[i].key);
      size_t pl = strlen(p);
      size_t m = kl < pl ? kl : pl;
      if (m == 0 || memcmp(k, p, m) != 0 || (kl != pl && (kl > pl ? k[m] : p[m]) != ' ')) continue;
      if (kl > pl || (kl == pl && x->org[org].name.len > c->ev.parties[i].name.len)) {
        /* the new name is the fuller one */
        c->slot_org[i] = (int16_t)org;
        c->ev.parties[i].name = x->org[org].name;
        memcpy(c->ev.parties[i].key, x->org[org].key, DS_KEY_MAX);
      }
      return;
    }
  }
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

/* May two tellings of the same companies be one deal? A stake and a purchase, a
 * "tie-up" and a merger are one deal told in other words; a supply contract, a
 * licence, a memorandum or a partnership beside a stake is a deal of its own. */
static int one_deal(int a, int b) {
  if (same_family(a, b)) return 1;
  int ma_a = a == DS_TYPE_ACQUISITION || a == DS_TYPE_MERGER;
  int ma_b = b == DS_TYPE_ACQUISITION || b == DS_TYPE_MERGER;
  int tie_a = a == DS_TYPE_JOINT_VENTURE || a == DS_TYPE_PARTNERSHIP;
  int tie_b = b == DS_TYPE_JOINT_VENTURE || b == DS_TYPE_PARTNERSHIP;
  return (ma_a && (ma_b || b == DS_TYPE_INVESTMENT || tie_b)) ||
         (ma_b && (a == DS_TYPE_INVESTMENT || tie_a));
}

/* The side that does the deal: alone, it names no deal ("Netflix's content
 * acquisition goals", "Samsung to invest in chips"). */
static int active_role(int role) {
  return role == DS_ROLE_ACQUIRER || role == DS_ROLE_INVESTOR || role == DS_ROLE_SUPPLIER ||
         role == DS_ROLE_LICENSOR || role == DS_ROLE_CUSTOMER;
}

/* One party on the active side, or only buyers and investors: nothing is bought. */
int ds__all_active(const ds__cand *c) {
  if (c->ev.nparties == 1) return active_role(c->ev.parties[0].role);
  for (unsigned p = 0; p < c->ev.nparties; p++)
    if (c->ev.parties[p].role != DS_ROLE_ACQUIRER && c->ev.parties[p].role != DS_ROLE_INVESTOR)
      return 0;
  return c->ev.nparties > 0;
}

int ds__has_role(const ds__cand *c, int role) {
  for (unsigned p = 0; p < c->ev.nparties; p++)
    if (c->ev.parties[p].role == role) return 1;
  return 0;
}

/* Add the unit tokens a..e describe as the deal's target ("its packaging division",
 * "the Murphy refinery"); the party at seller (or none, -1) becomes its seller. */
static void add_unit_target(const ds_extractor *x, ds__cand *c, unsigned a, unsigned e, int seller) {
  if (c->ev.nparties >= DS_MAX_PARTIES) return;
  if (seller >= 0) c->ev.parties[seller].role = DS_ROLE_SELLER;
  ds_party *p = &c->ev.parties[c->ev.nparties];
  p->name = (ds_span){x->tok[a].off, x->tok[e].off + x->tok[e].len - x->tok[a].off};
  p->role = DS_ROLE_TARGET;
  ds__name_key(x->text + p->name.off, p->name.len, p->key, sizeof p->key);
  c->slot_org[c->ev.nparties++] = -1;
}

/* Is org's key the start or the end of a party's of c ("allis chalmers" in "u s allis
 * chalmers")? */
static int names_a_party(const ds_extractor *x, const ds__cand *c, int org) {
  const char *k = x->org[org].key;
  size_t n = strlen(k);
  if (!n) return 0;
  for (unsigned p = 0; p < c->ev.nparties; p++) {
    const char *pk = c->ev.parties[p].key;
    size_t m = strlen(pk);
    if (m < n) continue;
    if (strncmp(pk, k, n) == 0 && (pk[n] == ' ' || pk[n] == 0)) return 1;
    if (strcmp(pk + m - n, k) == 0 && (m == n || pk[m - n - 1] == ' ')) return 1;
  }
  return 0;
}

/* From q, lowercase words of a trade listed with commas and "and" ("confectionery,
 * tobacco and newsagent"), then a unit noun ("business"): the index of the noun, or 0.
 * At least one word; at most eight tokens. */
unsigned ds__unit_words_end(const ds_extractor *x, unsigned q) {
  unsigned words = 0;
  for (unsigned e = q; e < x->ntok && e < q + 8; e++) {
    const ds__tok *t = &x->tok[e];
    if ((t->wcls & DS__W_UNITNOUN) && is_lower((unsigned char)TX(x, t)[0])) return words ? e : 0;
    if (tok_punct(x, t, ',') || tok_is(x, t, "and")) {
      if (!words) return 0;
      continue;
    }
    if (!(t->fl & DS__T_WORD) || (t->fl & DS__T_NUM) || !is_lower((unsigned char)TX(x, t)[0]) ||
        (t->wcls & (DS__W_PREP | DS__W_CLAUSE)) || ds__is_other_prep(x, t))
      return 0;
    words++;
  }
  return 0;
}

/* "sell its European payments business", "the sale of its industrial products
 * division": a piece of a company, described rather than named, is the target. */
void ds__unit_target(const ds_extractor *x, unsigned tj, ds__cand *c) {
  unsigned k = tj;
  /* "approved the sale, for about 240 mln dlrs, of its industrial products division":
   * past a price set off by commas */
  if (k + 2 < x->ntok && tok_punct(x, &x->tok[k], ',') && tok_is(x, &x->tok[k + 1], "for")) {
    unsigned q = k + 2, num = 0;
    while (q < x->ntok && q < k + 10 && !tok_punct(x, &x->tok[q], ',')) num |= (x->tok[q++].fl & DS__T_NUM) != 0;
    if (num && q + 1 < x->ntok && tok_punct(x, &x->tok[q], ',') && tok_is(x, &x->tok[q + 1], "of")) k = q + 1;
  }
  /* "to sell a majority stake in its logistics division": the unit a controlling
   * stake is in */
  {
    unsigned q = k;
    if (q < x->ntok && (tok_is(x, &x->tok[q], "a") || tok_is(x, &x->tok[q], "an"))) q++;
    if (q < x->ntok && (tok_is(x, &x->tok[q], "majority") || tok_is(x, &x->tok[q], "controlling"))) q++;
    else if (q + 1 < x->ntok && ds__pct_at(x, q) > 50) q += 2;
    if (q > k + 1 && q + 1 < x->ntok && (tok_is(x, &x->tok[q], "stake") || tok_is(x, &x->tok[q], "interest")) &&
        tok_is(x, &x->tok[q + 1], "in"))
      k = q + 2;
  }
  /* "to sell its 10 percent stake in Block 32 offshore Angola": a stake in an oil or
   * mining tract named by a number is what is sold */
  {
    unsigned q = k;
    if (q < x->ntok && (tok_is(x, &x->tok[q], "its") || tok_is(x, &x->tok[q], "a") || tok_is(x, &x->tok[q], "an")))
      q++;
    if (q + 1 < x->ntok && ds__pct_at(x, q) > 0) q += 2;
    static const char *const tracts[] = {"block", "field", "area", "licence", "license", "concession", "tract", "permit"};
    if (q + 3 < x->ntok && (tok_is(x, &x->tok[q], "stake") || tok_is(x, &x->tok[q], "interest")) &&
        tok_is(x, &x->tok[q + 1], "in") && (x->tok[q + 2].fl & DS__T_CAP) &&
        tok_in(x, &x->tok[q + 2], tracts, sizeof tracts / sizeof tracts[0]) && (x->tok[q + 3].fl & DS__T_NUM) &&
        c->ev.nparties < DS_MAX_PARTIES) {
      add_unit_target(x, c, q + 2, q + 3, -1);
      return;
    }
  }
  if (k < x->ntok && tok_is(x, &x->tok[k], "of")) k++;
  /* "Hartwell Group's packaging unit": a company's unit, as "its" */
  if (k < x->ntok && x->tok[k].org >= 0) {
    unsigned e = k;
    while (e + 1 < x->ntok && x->tok[e + 1].org == x->tok[k].org) e++;
    if (e + 1 < x->ntok && (tok_is(x, &x->tok[e + 1], "'s") || tok_is(x, &x->tok[e + 1], "\xe2\x80\x99s"))) k = e + 1;
  }
  if (k >= x->ntok || !(tok_is(x, &x->tok[k], "its") || tok_is(x, &x->tok[k], "their") ||
                        tok_is(x, &x->tok[k], "the") || tok_is(x, &x->tok[k], "'s") ||
                        tok_is(x, &x->tok[k], "\xe2\x80\x99s")))
    return;
  unsigned a = k + 1, e = a;
  /* (a place with its state between: "its Whitehall, Pa., office") */
  while (e < x->ntok && e < a + 6 &&
         (((x->tok[e].fl & DS__T_WORD) && !(x->tok[e].wcls & DS__W_UNITNOUN) &&
           !(x->tok[e].wcls & (DS__W_PREP | DS__W_CLAUSE)) && !ds__is_other_prep(x, &x->tok[e]) &&
           !tok_is(x, &x->tok[e], "and")) ||
          (e > a && e + 1 < x->ntok && (tok_punct(x, &x->tok[e], ',') || tok_punct(x, &x->tok[e], '.')) &&
           ((x->tok[e + 1].wcls & DS__W_PLACE) || (x->tok[e - 1].wcls & DS__W_PLACE) ||
            (e >= a + 2 && tok_punct(x, &x->tok[e - 1], '.') && (x->tok[e - 2].wcls & DS__W_PLACE))))))
    e++;
  /* ("its Finlays confectionery, tobacco and newsagent business": a list of trades) */
  if (e < x->ntok && e > a && !(x->tok[e].wcls & DS__W_UNITNOUN)) {
    unsigned u = ds__unit_words_end(x, e - 1);
    if (u && (tok_punct(x, &x->tok[e], ',') || tok_is(x, &x->tok[e], "and"))) e = u;
  }
  if (e >= x->ntok || e == a || !(x->tok[e].wcls & DS__W_UNITNOUN) || c->ev.nparties >= DS_MAX_PARTIES)
    return;
  for (unsigned q = a; q <= e; q++)
    if (x->tok[q].fl & DS__T_NUM) return; /* "its 49 pct interest": a stake, told elsewhere */
  add_unit_target(x, c, a, e, -1);
}

/* "agreed to buy the engineering interests of Carrow Holdings Plc", "sold the
 * specialty chemicals division of its Dutch unit": the unit named before "of" is what
 * is bought, the company after it sells. Turns that company from target to seller. */
void ds__unit_of_target(const ds_extractor *x, unsigned tj, ds__cand *c) {
  unsigned k = tj;
  if (k < x->ntok && tok_is(x, &x->tok[k], "of")) k++; /* "the purchase of the ... unit of" */
  if (k >= x->ntok || !tok_is(x, &x->tok[k], "the")) return;
  unsigned a = k + 1, e = a;
  while (e < x->ntok && e < a + 4 && (x->tok[e].fl & DS__T_WORD) && x->tok[e].org < 0 &&
         !(x->tok[e].wcls & (DS__W_UNITNOUN | DS__W_PREP | DS__W_CLAUSE)) && !ds__is_other_prep(x, &x->tok[e]) &&
         !tok_is(x, &x->tok[e], "and") && !tok_is(x, &x->tok[e], "interests") && !(x->tok[e].fl & DS__T_NUM))
    e++;
  if (e == a || e + 2 >= x->ntok || c->ev.nparties >= DS_MAX_PARTIES) return;
  if (!((x->tok[e].wcls & DS__W_UNITNOUN) || tok_is(x, &x->tok[e], "interests"))) return;
  if (tok_is(x, &x->tok[e], "assets") || tok_is(x, &x->tok[e], "brand")) return;
  if (!tok_is(x, &x->tok[e + 1], "of")) return;
  /* (past the owner's description: "the specialty chemicals business of French
   * industrial group Orvella SA") */
  unsigned w = e + 2;
  while (w < x->ntok && w < e + 6 && x->tok[w].org < 0 && (x->tok[w].fl & DS__T_WORD) &&
         ((x->tok[w].wcls & DS__W_NATION) ||
          (is_lower((unsigned char)TX(x, &x->tok[w])[0]) && !(x->tok[w].wcls & (DS__W_PREP | DS__W_CLAUSE)) &&
           !ds__is_other_prep(x, &x->tok[w]) && !tok_is(x, &x->tok[w], "and"))))
    w++;
  if (w >= x->ntok || x->tok[w].org < 0) return;
  int o = ds__resolve_alias(x, x->tok[w].org), at = -1;
  for (unsigned p = 0; p < c->ev.nparties; p++) {
    if (c->ev.parties[p].role == DS_ROLE_SELLER) return;
    if (c->slot_org[p] >= 0 && ds__resolve_alias(x, c->slot_org[p]) == o && c->ev.parties[p].role == DS_ROLE_TARGET)
      at = (int)p;
  }
  if (at < 0) return;
  add_unit_target(x, c, a, e, at);
}

/* "Valero to buy the Murphy refinery", "Dayton Walther business": the target named
 * right after the trigger and followed by a site or business noun is the owner, who
 * sells; the unit ("Murphy refinery") is the target. */
void ds__owner_unit(const ds_extractor *x, unsigned tj, ds__cand *c) {
  unsigned k = tj;
  if (k < x->ntok && tok_is(x, &x->tok[k], "the")) k++;
  if (k >= x->ntok || x->tok[k].org < 0 || c->ev.nparties >= DS_MAX_PARTIES) return;
  unsigned e = k;
  while (e + 1 < x->ntok && x->tok[e + 1].org == x->tok[k].org) e++;
  unsigned u = e + 1;
  while (u < x->ntok && (x->tok[u].fl & DS__T_SKIP)) u++;
  if (u >= x->ntok || !(x->tok[u].wcls & DS__W_UNITNOUN) || !is_lower((unsigned char)TX(x, &x->tok[u])[0]))
    return;
  /* a site or a business (not "Stafford Foods unit", "General Tire Inc subsidiary":
   * the unit may be the company named) */
  static const char *const sites[] = {"refinery", "mine", "plant", "factory", "mill", "terminal", "smelter",
                                      "business", "businesses"};
  if (!tok_in(x, &x->tok[u], sites, sizeof sites / sizeof sites[0])) return;
  /* (not a business named after it: "Nokia business Navteq") */
  if (u + 1 < x->ntok && (x->tok[u + 1].fl & DS__T_CAP) && !(x->tok[u + 1].wcls & (DS__W_PREP | DS__W_STOPCAP)))
    return;
  for (unsigned p = 0; p < c->ev.nparties; p++)
    if (c->slot_org[p] == x->tok[k].org && c->ev.parties[p].role == DS_ROLE_TARGET) {
      add_unit_target(x, c, k, u, (int)p);
      return;
    }
}

/* "Shares of Litware jumped after Adatum agreed to buy the company": "the company" is
 * the sentence's other name. */
static int company_noun(const ds_extractor *x, const ds__tok *t) {
  return tok_in(x, t, ds__company_nouns, ds__company_nouns_n);
}

void ds__company_target(ds_extractor *x, unsigned tj, ds__cand *c, int role) {
  /* "has offered for the company", "a 60% stake in the Osaka-based snack maker": the
   * thing bought is described; "the" and a company noun a few words on */
  unsigned th = tj;
  while (th < x->ntok && th < tj + 14 && !tok_is(x, &x->tok[th], "the") && x->tok[th].org < 0 &&
         !tok_punct(x, &x->tok[th], ',') && !(x->tok[th].wcls & DS__W_CLAUSE))
    th++;
  if (th + 1 >= x->ntok || !tok_is(x, &x->tok[th], "the")) return;
  unsigned q = th + 1;
  while (q < x->ntok && q < th + 4 && (x->tok[q].fl & DS__T_WORD) && x->tok[q].org < 0 &&
         !company_noun(x, &x->tok[q]))
    q++;
  if (q >= x->ntok || !company_noun(x, &x->tok[q])) return;
  for (unsigned k = 0; k < x->ntok; k++) {
    int o = x->tok[k].org;
    if (o < 0 || x->org[o].person || ds__adviser_near(x, k, k + 1)) continue;
    if (party_role_of(c, ds__resolve_alias(x, o)) >= 0) continue;
    ds__add_party(x, c, o, role);
    return;
  }
  /* "Skjold is also considering an offer for the Prague-listed company": the company
   * the story's last deal is for */
  for (unsigned i = x->ncand; i-- > 0;)
    for (unsigned p = 0; p < x->cand[i].ev.nparties; p++)
      if (x->cand[i].ev.parties[p].role == DS_ROLE_TARGET && x->cand[i].slot_org[p] >= 0 &&
          party_role_of(c, x->cand[i].slot_org[p]) < 0) {
        ds__add_party(x, c, x->cand[i].slot_org[p], role);
        return;
      }
}

int ds__only_role(const ds__cand *c, int role) {
  for (unsigned p = 0; p < c->ev.nparties; p++)
    if (c->ev.parties[p].role != role) return 0;
  return 1;
}

/* Would c merge into an earlier candidate? */
/* Is c another telling of o: the same family of deal, a party in common, and not a
 * rival bid (each names a buyer, none in common: competing bids are separate deals)? */
/* Is org u a unit of a buyer of o, or o's buyer a unit of u ("its subsidiary, WMX")? */
static int buyer_unit(const ds_extractor *x, const ds__cand *o, int u) {
  if (u < 0) return 0;
  for (unsigned p = 0; p < o->ev.nparties; p++) {
    int b = o->slot_org[p];
    if (b < 0 || (o->ev.parties[p].role != DS_ROLE_ACQUIRER && o->ev.parties[p].role != DS_ROLE_INVESTOR))
      continue;
    int ru = ds__resolve_alias(x, u), rb = ds__resolve_alias(x, b);
    int pu = x->org[u].parent >= 0 ? ds__resolve_alias(x, x->org[u].parent) : -1;
    int pb = x->org[b].parent >= 0 ? ds__resolve_alias(x, x->org[b].parent) : -1;
    if (pu == rb || pb == ru) return 1;
  }
  return 0;
}

static int same_deal(const ds_extractor *x, const ds__cand *o, const ds__cand *c) {
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
      if (r < 0 && buyer_unit(x, o, c->slot_org[p])) common_buyer = 1;
    }
  }
  if (!shared) return 0;
  /* the one company shared buys or merges in one telling and sells in the other: two
   * deals */
  int buys_sells = 0, same_role = 0;
  for (unsigned p = 0; p < c->ev.nparties; p++) {
    int r = party_role_of(o, c->slot_org[p]), cr = c->ev.parties[p].role;
    if (r < 0) continue;
    if (r == cr) same_role = 1;
    if ((r == DS_ROLE_SELLER && (cr == DS_ROLE_ACQUIRER || cr == DS_ROLE_PARTNER)) ||
        (cr == DS_ROLE_SELLER && (r == DS_ROLE_ACQUIRER || r == DS_ROLE_PARTNER)))
      buys_sells = 1;
  }
  if (buys_sells && !same_role) return 0;
  /* "Daesan and Nordhavn signed an MOU" and "Daesan and Haemi Bay signed a letter of
   * intent": partners' agreements that each have a side the other lacks are two (of
   * one kind or not: "in JV with BHP" and "scrapped its tie-up with Chinalco") */
  if (same_family(o->ev.type, DS_TYPE_MOU) && same_family(o->ev.type, c->ev.type) && o->ev.nparties >= 2 &&
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

/* A headline's "Acquisition of Shares of X" (X alone, read as shares bought) and the
 * body's acquisition of X by Y: one deal, the body telling it. */
static int shares_told_before(const ds__cand *o, const ds__cand *c) {
  return o->ev.type == DS_TYPE_INVESTMENT && o->ev.nparties == 1 && o->slot_org[0] >= 0 &&
         o->ev.parties[0].role == DS_ROLE_INVESTEE && c->ev.type == DS_TYPE_ACQUISITION &&
         c->ev.nparties >= 2 && party_role_of(c, o->slot_org[0]) == DS_ROLE_TARGET;
}

int ds__merges(const ds_extractor *x, const ds__cand *c) {
  for (unsigned i = 0; i < x->ncand; i++)
    if (same_deal(x, &x->cand[i], c) || shares_told_before(&x->cand[i], c)) return 1;
  return 0;
}

/* Rules whose subject role is a guess: "X signed a supply agreement with Y" does not
 * say which side supplies. */
int ds__guessed_roles(unsigned rule) {
  const char *n = ds_rule_name(rule);
  return strcmp(n, "supply-agreement") == 0 || strcmp(n, "licensing-agreement") == 0;
}

/* "2. Scribe Corp buys Quillmate" over "Scribe Corp acquired Quillmate ... on
 * Tuesday": a heading inside the body (no full stop ends it) tells a deal in a
 * headline's present tense; the sentence under it says whether it is done. */
static int heading_line(const ds_extractor *x, const ds__cand *o) {
  if (!o->ev.evidence.len || o->ev.evidence.len >= DS_EVIDENCE_MAX - 4) return 0; /* (cut short) */
  uint32_t e = o->ev.evidence.off + o->ev.evidence.len;
  while (e > o->ev.evidence.off && (x->text[e - 1] == ' ' || x->text[e - 1] == '\n')) e--;
  return e > o->ev.evidence.off && x->text[e - 1] != '.' && x->text[e - 1] != '!' && x->text[e - 1] != '?' &&
         x->text[e - 1] != '"';
}

/* What a later telling of a deal adds: the value and the date, when the first lacked
 * them. */
static void fill_from(ds__cand *o, const ds__cand *c) {
  if (c->sent_index > o->told_last) o->told_last = c->sent_index;
  if (!o->ev.has_value && c->ev.has_value) {
    o->ev.has_value = 1;
    o->ev.amount = c->ev.amount;
    memcpy(o->ev.currency, c->ev.currency, 4);
  }
  /* "walks away from $58-million purchase" in the headline, "the C$58-million purchase
   * agreement" in the body: the same figure, its dollars told exactly (C$, A$, HK$) */
  if (o->ev.has_value && c->ev.has_value && o->ev.amount == c->ev.amount && memcmp(o->ev.currency, "USD", 4) == 0 &&
      memcmp(c->ev.currency, "USD", 4) != 0 && c->ev.currency[2] == 'D')
    memcpy(o->ev.currency, c->ev.currency, 4);
  o->signed_here |= c->signed_here;
  if (c->ev.date[0] && c->date_q > o->date_q) { /* "On March 10 Tesco launched a bid" */
    memcpy(o->ev.date, c->ev.date, 11);
    o->date_q = c->date_q;
  }
  /* "a supply agreement with Datum under which Datum will supply ...": the verb's frame
   * knows who supplies whom; the agreement noun's frame only guessed */
  if (ds__guessed_roles(o->ev.rule) && !ds__guessed_roles(c->ev.rule) && o->ev.type == c->ev.type) {
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
    /* the body's sentence says more than the headline, its status too, and its price
     * in the currency as written ("$2.1 billion" in a headline over "1.35 billion
     * pounds"; "and Authorizes $100 Million Share Repurchase" beside the deal) */
    if (c->ev.has_value) {
      o->ev.has_value = 1;
      o->ev.amount = c->ev.amount;
      memcpy(o->ev.currency, c->ev.currency, 4);
    }
    o->ev.evidence = c->ev.evidence;
    o->ev.status = c->ev.status;
    o->title_evidence = 0;
    /* and its roles, when the headline gave every side the same one ("Helix Pharma,
     * Norgen sign licensing deal": two licensors; "signed a licensing agreement with
     * Norgen ... that allows Norgen to develop and sell Helix's drug" tells them) */
    int same = o->ev.nparties >= 2 && o->ev.parties[0].role != DS_ROLE_PARTNER;
    for (unsigned q = 1; q < o->ev.nparties && same; q++) same = o->ev.parties[q].role == o->ev.parties[0].role;
    if (o->ev.type == c->ev.type && same)
      for (unsigned p = 0; p < c->ev.nparties; p++)
        for (unsigned q = 0; q < o->ev.nparties && q < DS_MAX_PARTIES; q++)
          if (c->slot_org[p] >= 0 && o->slot_org[q] == c->slot_org[p]) o->ev.parties[q].role = c->ev.parties[p].role;
  }
}

/* "bought hundreds of millions of dollars of Thornburg paper": the target's name
 * right before a word for its securities. */
int ds__securities_of_target(const ds_extractor *x, unsigned tj, const ds__cand *c) {
  for (unsigned k = tj; k + 1 < x->ntok; k++) {
    int o = x->tok[k].org;
    if (o < 0 || x->tok[k + 1].org == o) continue;
    int role = party_role_of(c, o);
    for (unsigned p = 0; p < c->ev.nparties && role < 0; p++)
      if (c->slot_org[p] >= 0 && ds__resolve_alias(x, c->slot_org[p]) == ds__resolve_alias(x, o))
        role = c->ev.parties[p].role; /* "Thornburg" for "Thornburg Mortgage Inc" */
    if (role != DS_ROLE_TARGET) continue;
    const ds__tok *n = &x->tok[k + 1];
    /* (not "its Kaskinen paper mill": paper a plant makes) */
    if (tok_is(x, n, "paper") && k + 2 < x->ntok &&
        (tok_is(x, &x->tok[k + 2], "mill") || tok_is(x, &x->tok[k + 2], "mills") ||
         tok_is(x, &x->tok[k + 2], "machine") || tok_is(x, &x->tok[k + 2], "plant") ||
         tok_is(x, &x->tok[k + 2], "business") || tok_is(x, &x->tok[k + 2], "unit") ||
         tok_is(x, &x->tok[k + 2], "division") || tok_is(x, &x->tok[k + 2], "operations")))
      return 0;
    return tok_is(x, n, "paper") || tok_is(x, n, "bonds") || tok_is(x, n, "debt") ||
           tok_is(x, n, "notes") || tok_is(x, n, "securities") || tok_is(x, n, "loans");
  }
  return 0;
}

/* A lead telling that names one side only: not a deal by itself, but its price and
 * date belong to the deal a later sentence completes. */
/* The buyers or investors a sentence names (c) complete the deal a lead sentence told
 * with only what was bought: they are kept together. Returns 1 when c was used. */
int ds__complete_partial(ds_extractor *x, const ds__cand *c) {
  /* (the lender who "arranged" a financing completes the lead's financing however late
   * it is named: "the transaction, arranged by Goldman Sachs Credit Partners") */
  const char *rn = ds_rule_name(c->ev.rule);
  unsigned reach = strcmp(rn, "arranged-by") == 0 || strcmp(rn, "arranger") == 0 ? 64u : 3u;
  for (unsigned i = x->npartial; i-- > 0;) {
    const ds__cand *p = &x->partial[i];
    if (!same_family(p->ev.type, c->ev.type) || c->sent_index > p->sent_index + reach) continue;
    int passive = p->ev.nparties > 0;
    for (unsigned q = 0; q < p->ev.nparties; q++)
      if (active_role(p->ev.parties[q].role)) passive = 0;
    if (!passive) continue;
    /* the lead's telling completed before already ("cornerstoned by Tarnway", then
     * "Ocean Crest has committed A$4 million"): more of that deal */
    for (unsigned k = 0; k < x->ncand && strcmp(rn, "join-round") == 0; k++) {
      ds__cand *o = &x->cand[k];
      if (o->ev.type != p->ev.type || o->ev.nparties <= p->ev.nparties) continue;
      unsigned in = 0;
      for (unsigned q = 0; q < p->ev.nparties; q++)
        in += p->slot_org[q] >= 0 && party_role_of(o, p->slot_org[q]) == p->ev.parties[q].role;
      if (in != p->ev.nparties) continue;
      for (unsigned q = 0; q < c->ev.nparties; q++) ds__add_party(x, o, c->slot_org[q], c->ev.parties[q].role);
      ds__explain(x, &c->ev, 1, "more of a deal the lead told");
      return 1;
    }
    ds__cand m = *p;
    for (unsigned q = 0; q < c->ev.nparties; q++)
      ds__add_party(x, &m, c->slot_org[q], c->ev.parties[q].role);
    if (m.ev.nparties == p->ev.nparties) continue;
    if (c->strength > m.strength) m.strength = c->strength;
    /* "... the transaction, arranged by X, is expected to close by March 15": not done */
    if (c->ev.status == DS_STATUS_AGREED && m.ev.status == DS_STATUS_COMPLETED) m.ev.status = DS_STATUS_AGREED;
    ds__explain(x, &c->ev, 1, "completes a deal the lead told");
    ds__keep_candidate(x, &m);
    return 1;
  }
  return 0;
}

/* "Hollins & Drake rejects takeover bid", then "... a takeover bid from Carrow
 * Capital": the bidder a later sentence names joins the deal kept with only what was
 * bid for. Returns 1 when c was used. */
int ds__complete_kept(ds_extractor *x, const ds__cand *c) {
  for (unsigned i = x->ncand; i-- > 0;) {
    ds__cand *o = &x->cand[i];
    if (!same_family(o->ev.type, c->ev.type) || c->sent_index > o->sent_index + 3) continue;
    int passive = o->ev.nparties > 0;
    for (unsigned q = 0; q < o->ev.nparties; q++)
      if (active_role(o->ev.parties[q].role)) passive = 0;
    if (!passive || !(ds__has_role(o, DS_ROLE_TARGET) || ds__has_role(o, DS_ROLE_INVESTEE))) continue;
    unsigned before = o->ev.nparties;
    for (unsigned q = 0; q < c->ev.nparties; q++) ds__add_party(x, o, c->slot_org[q], c->ev.parties[q].role);
    if (o->ev.nparties == before) return 0; /* "Wendy's ... a possible acquisition": nothing new */
    fill_from(o, c);
    if (c->ev.status == DS_STATUS_TERMINATED || c->ev.status == DS_STATUS_COMPLETED) o->ev.status = c->ev.status;
    ds__explain(x, &c->ev, 1, "the other side of a deal told before");
    return 1;
  }
  return 0;
}

/* A telling of a deal kept before that names only one side still gives its day and
 * price when the first telling lacked them. Returns 1 when c was such a telling. */
int ds__lend_date(ds_extractor *x, const ds__cand *c, int with_date) {
  for (unsigned i = 0; i < x->ncand; i++) {
    ds__cand *o = &x->cand[i];
    if (!same_deal(x, o, c)) continue;
    /* (every side c names is one of o's, in the same role: "Hensel, which bought
     * Kuijpers in 2006" lends nothing to Hensel's bid for Valtorre) */
    int inside = 1;
    for (unsigned p = 0; p < c->ev.nparties; p++)
      if (party_role_of(o, c->slot_org[p]) != c->ev.parties[p].role) inside = 0;
    if (!inside) continue;
    if (!o->ev.has_value && c->ev.has_value) {
      o->ev.has_value = 1;
      o->ev.amount = c->ev.amount;
      memcpy(o->ev.currency, c->ev.currency, 4);
    }
    o->signed_here |= c->signed_here;
    if (with_date && c->ev.date[0] && c->date_q > o->date_q) {
      memcpy(o->ev.date, c->ev.date, 11);
      o->date_q = c->date_q;
    }
    /* "Hartley buys Keller & Sons Hardware", then "has bought the business from the
     * Keller family, the companies announced Friday": the lead tells it done, and when
     * (not "The deal comes a year after X rejected an offer from Y": no day, another
     * time) */
    if (with_date && c->ev.status == DS_STATUS_COMPLETED && c->date_q >= 2 &&
        o->ev.status == DS_STATUS_AGREED && o->sent_index == 0)
      o->ev.status = c->ev.status;
    ds__explain(x, &c->ev, 1, "the day or price of a deal told before");
    return 1;
  }
  return 0;
}

void ds__keep_partial(ds_extractor *x, const ds__cand *c) {
  if (c->sent_index <= DS__LEAD_SENTENCES && (c->ev.has_value || c->date_q > 1) &&
      x->npartial < DS__MAX_PARTIALS)
    x->partial[x->npartial++] = *c;
}

/* A licence the agreement noun left open: the side that pays is the licensee. */
void ds__licence_direction(const ds_extractor *x, ds__cand *c) {
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

/* "in a separate deal worth about $1.1 billion", "Separately, ...": the sentence at
 * hand tells another deal than those before, though it shares a side with one. */
static int told_apart(const ds_extractor *x) {
  for (unsigned k = 0; k < x->ntok; k++) {
    const ds__tok *t = &x->tok[k];
    /* ("Separately, X said", "X separately said"; not "will be sold separately") */
    if (tok_is(x, t, "separately") &&
        (k == 0 || (k + 1 < x->ntok && (tok_punct(x, &x->tok[k + 1], ',') || tok_is(x, &x->tok[k + 1], "said") ||
                                        tok_is(x, &x->tok[k + 1], "announced") ||
                                        tok_is(x, &x->tok[k + 1], "agreed") ||
                                        tok_is(x, &x->tok[k + 1], "signed")))))
      return 1;
    if (!tok_is(x, t, "separate")) continue;
    for (unsigned q = k + 1; q < x->ntok && q <= k + 2; q++) {
      const ds__tok *n = &x->tok[q];
      if (tok_is(x, n, "deal") || tok_is(x, n, "agreement") || tok_is(x, n, "contract") ||
          tok_is(x, n, "order") || tok_is(x, n, "transaction"))
        return 1;
    }
  }
  return 0;
}

/* Does c, told apart (told_apart), name another side than o in a role both fill?
 * ("picked Corvell to power the aircraft, in a separate deal" after the jets ordered
 * from Avenor; not "Separately, the companies signed a turbine supply agreement",
 * the supply the lead told) */
static int other_side_apart(const ds__cand *o, const ds__cand *c) {
  for (unsigned p = 0; p < c->ev.nparties; p++) {
    int r = c->ev.parties[p].role, in_o = 0, common = 0;
    for (unsigned q = 0; q < o->ev.nparties; q++)
      if (o->ev.parties[q].role == r) {
        in_o = 1;
        for (unsigned z = 0; z < c->ev.nparties; z++)
          if (c->ev.parties[z].role == r && c->slot_org[z] >= 0 && c->slot_org[z] == o->slot_org[q]) common = 1;
      }
    if (in_o && !common) return 1;
  }
  return 0;
}

/* Merge c into an earlier candidate of the same deal, or keep it. */
void ds__keep_candidate(ds_extractor *x, ds__cand *c) {
  /* the same companies in another frame of the same sentence or a later one ("its
   * stake" after "agreed to buy"): the deal already found, told again */
  for (unsigned i = 0; i < x->ncand; i++) {
    ds__cand *o = &x->cand[i];
    /* a headline's "Acquisition of Shares of X" (read as shares bought, X alone) and
     * the body's acquisition of X by Y: the body tells the deal */
    if (shares_told_before(o, c)) {
      ds__cand keep = *c;
      fill_from(&keep, o);
      *o = keep;
      ds__explain(x, &c->ev, 1, "the deal a shares-only telling before was");
      return;
    }
    unsigned inside = 0;
    for (unsigned p = 0; p < c->ev.nparties; p++)
      if (party_role_of(o, c->slot_org[p]) >= 0) inside++;
    if (inside == c->ev.nparties && inside >= 2 && one_deal(o->ev.type, c->ev.type)) {
      /* "a potential tie-up", then "a potential merger of the two companies": the
       * telling that names the kind of deal decides it */
      /* "a definitive merger agreement pursuant to which Fairhaven will acquire
       * Lakeshore": the verb says one side buys the other, an acquisition */
      int buys_partner = o->ev.type == DS_TYPE_MERGER && c->ev.type == DS_TYPE_ACQUISITION &&
                         ds__has_role(c, DS_ROLE_ACQUIRER) && ds__has_role(c, DS_ROLE_TARGET) &&
                         c->sent_index <= o->sent_index + 1;
      /* "agreed to combine their telecommunications businesses in a joint venture":
       * what is combined goes into a venture the two own, a joint venture */
      if (o->ev.type == DS_TYPE_MERGER && c->ev.type == DS_TYPE_JOINT_VENTURE && c->sent_index == o->sent_index)
        o->ev.type = DS_TYPE_JOINT_VENTURE;
      /* "Vasudha signs pact with Al Sahil", then "has signed a memorandum of
       * understanding with Al Sahil": the pact was the memorandum */
      if (o->ev.type == DS_TYPE_PARTNERSHIP && c->ev.type == DS_TYPE_MOU) o->ev.type = DS_TYPE_MOU;
      if ((o->ev.type == DS_TYPE_PARTNERSHIP &&
           (c->ev.type == DS_TYPE_MERGER || c->ev.type == DS_TYPE_ACQUISITION)) || buys_partner) {
        o->ev.type = c->ev.type;
        for (unsigned p = 0; p < o->ev.nparties; p++) {
          int r = -1;
          for (unsigned q = 0; q < c->ev.nparties; q++)
            if (c->slot_org[q] == o->slot_org[p]) r = c->ev.parties[q].role;
          if (r >= 0) o->ev.parties[p].role = (uint8_t)r;
        }
      }
      /* "Solaris Grid and EnerPoint Sign Power Purchase Agreement" gave both sides one
       * role; "Solaris Grid has signed a power purchase agreement with EnerPoint" tells
       * who supplies whom */
      if (o->ev.type == c->ev.type && o->ev.type != DS_TYPE_MERGER && o->ev.type != DS_TYPE_JOINT_VENTURE &&
          o->ev.type != DS_TYPE_MOU && o->ev.type != DS_TYPE_PARTNERSHIP && o->ev.nparties >= 2 &&
          ds__only_role(o, o->ev.parties[0].role) && !ds__only_role(c, c->ev.parties[0].role))
        for (unsigned p = 0; p < o->ev.nparties; p++)
          for (unsigned q = 0; q < c->ev.nparties; q++)
            if (c->slot_org[q] >= 0 && o->slot_org[p] >= 0 &&
                ds__resolve_alias(x, c->slot_org[q]) == ds__resolve_alias(x, o->slot_org[p]))
              o->ev.parties[p].role = c->ev.parties[q].role;
      /* "Karoo Platinum rebuffs $3.4 bln Ndlovu takeover approach", then "has turned
       * down a $3.4 billion takeover proposal from Ndlovu Resources": a headline's bare
       * names guess who acts; the lead's prepositions tell it, and win when the two
       * disagree on every side (unless the lead told the headline's roles first) */
      /* (a buyer and what it buys; an agreement's sides "with" each other stay guessed) */
      if (o->sent_index == 0 && c->sent_index >= 1 && c->sent_index <= 2 && o->ev.type == c->ev.type &&
          (o->ev.type == DS_TYPE_ACQUISITION || o->ev.type == DS_TYPE_INVESTMENT) &&
          o->ev.nparties == c->ev.nparties && c->ev.nparties >= 2 &&
          ((ds__has_role(c, DS_ROLE_ACQUIRER) && ds__has_role(c, DS_ROLE_TARGET)) ||
           (ds__has_role(c, DS_ROLE_INVESTOR) && ds__has_role(c, DS_ROLE_INVESTEE)))) {
        int differ = 1;
        for (unsigned p = 0; p < o->ev.nparties && differ; p++)
          for (unsigned q = 0; q < c->ev.nparties; q++)
            if (c->slot_org[q] >= 0 && o->slot_org[p] >= 0 &&
                ds__resolve_alias(x, c->slot_org[q]) == ds__resolve_alias(x, o->slot_org[p]) &&
                o->ev.parties[p].role == c->ev.parties[q].role)
              differ = 0;
        if (!differ) o->lead_roles = 1;
        if (differ && !o->lead_roles)
          for (unsigned p = 0; p < o->ev.nparties; p++)
            for (unsigned q = 0; q < c->ev.nparties; q++)
              if (c->slot_org[q] >= 0 && o->slot_org[p] >= 0 &&
                  ds__resolve_alias(x, c->slot_org[q]) == ds__resolve_alias(x, o->slot_org[p]))
                o->ev.parties[p].role = c->ev.parties[q].role;
      }
      /* "Norfolk Cable holders back Atlantis takeover", then "Shareholders in Norfolk
       * Cable plc voted for the takeover by Atlantis Media Inc": the lead's frame says
       * who buys whom better than the headline's noun compound */
      if (o->ev.type == DS_TYPE_ACQUISITION && c->ev.type == DS_TYPE_ACQUISITION && o->sent_index == 0 &&
          c->sent_index == 1 && ds__has_role(o, DS_ROLE_ACQUIRER) && ds__has_role(o, DS_ROLE_TARGET)) {
        int swapped = 1, n = 0;
        for (unsigned p = 0; p < o->ev.nparties; p++) {
          int r = party_role_of(c, o->slot_org[p]);
          int orole = o->ev.parties[p].role;
          if (orole != DS_ROLE_ACQUIRER && orole != DS_ROLE_TARGET) continue;
          n++;
          if (!((orole == DS_ROLE_ACQUIRER && r == DS_ROLE_TARGET) || (orole == DS_ROLE_TARGET && r == DS_ROLE_ACQUIRER)))
            swapped = 0;
        }
        if (swapped && n >= 2)
          for (unsigned p = 0; p < o->ev.nparties; p++) {
            int r = party_role_of(c, o->slot_org[p]);
            if (r >= 0) o->ev.parties[p].role = (uint8_t)r;
          }
      }
      fill_from(o, c);
      /* "Vardhan Steel acquires 51% stake in Orissa Alloys", then "said it has acquired
       * a 51 per cent stake": the lead tells the deal done */
      if ((c->ev.status == DS_STATUS_TERMINATED || c->ev.status == DS_STATUS_COMPLETED) &&
          o->ev.status == DS_STATUS_AGREED && o->ev.type == c->ev.type &&
          ((o->sent_index <= 1 && c->sent_index <= 3) ||
           (c->sent_index == o->sent_index + 1 && heading_line(x, o))))
        o->ev.status = c->ev.status;
      ds__explain(x, &c->ev, 1, "the same parties as an earlier event");
      return;
    }
    /* "..., marking the biggest takeover in China": the one side of a deal already
     * found, in the same role, is that deal told again */
    if (c->ev.nparties == 1 && c->slot_org[0] >= 0 && o->ev.type == c->ev.type &&
        party_role_of(o, c->slot_org[0]) == c->ev.parties[0].role && o->ev.nparties >= 2) {
      fill_from(o, c);
      ds__explain(x, &c->ev, 1, "one side of an earlier event, told again");
      return;
    }
  }
  int apart = c->ev.nparties >= 2 && told_apart(x);
  for (unsigned i = 0; i < x->ncand; i++) {
    ds__cand *o = &x->cand[i];
    if (!same_deal(x, o, c) || (apart && other_side_apart(o, c))) continue;
    for (unsigned p = 0; p < c->ev.nparties; p++) {
      int role = c->ev.parties[p].role;
      /* "Drummond to sell copper unit to Ferrovia", then "agreed to sell its copper
       * unit to ...": the unit the body names is what the deal lacked */
      if (c->slot_org[p] < 0) {
        if (role == DS_ROLE_TARGET && !ds__has_role(o, role) && o->ev.nparties < DS_MAX_PARTIES) {
          o->slot_org[o->ev.nparties] = -1;
          o->ev.parties[o->ev.nparties++] = c->ev.parties[p];
        }
        continue;
      }
      if (party_role_of(o, c->slot_org[p]) >= 0) continue;
      /* "its rail-signaling business", then "will acquire the Ferrante Segnalamento Srl
       * unit": the unit named beats its description */
      if (role == DS_ROLE_TARGET) {
        int q = -1;
        for (unsigned z = 0; z < o->ev.nparties; z++)
          if (o->ev.parties[z].role == DS_ROLE_TARGET) q = o->slot_org[z] < 0 && q == -1 ? (int)z : -2;
        /* "AIG in talks to sell big Alico unit to MetLife", then "to sell its American
         * Life Insurance Co unit to MetLife Inc": the lead names fully what the
         * headline shortened, the buyer and seller being the same */
        if (q == -2 && o->sent_index == 0 && c->sent_index <= DS__LEAD_SENTENCES && c->ev.nparties >= 3) {
          int same_sides = 1, n_t = 0;
          for (unsigned z = 0; z < c->ev.nparties; z++) {
            if (c->ev.parties[z].role == DS_ROLE_TARGET) {
              n_t++;
              continue;
            }
            if (party_role_of(o, c->slot_org[z]) != c->ev.parties[z].role) same_sides = 0;
          }
          for (unsigned z = 0; z < o->ev.nparties && same_sides && n_t == 1; z++)
            if (o->ev.parties[z].role == DS_ROLE_TARGET && o->slot_org[z] >= 0 &&
                x->org[c->slot_org[p]].name.len > x->org[o->slot_org[z]].name.len)
              q = (int)z;
        }
        int org = ds__resolve_alias(x, c->slot_org[p]);
        /* ("the acquisition of the Allis-Chalmers unit", the seller being "the U.S.
         * Allis-Chalmers Corp": the seller's short name, not the unit's) */
        if (q >= 0 && names_a_party(x, o, org)) continue;
        if (q >= 0 && !ds__is_person(x, org) && c->sent_index <= DS__NEWS_SENTENCES) {
          o->slot_org[q] = (int16_t)org;
          o->ev.parties[q].name = x->org[org].name;
          memcpy(o->ev.parties[q].key, x->org[org].key, DS_KEY_MAX);
          continue;
        }
      }
      /* a later sentence adds a side the deal lacked; a second name in a role already
       * filled (another target, more partners long after the news) is another story's */
      if (ds__has_role(o, role) && (role == DS_ROLE_TARGET || role == DS_ROLE_INVESTEE ||
                                 c->sent_index > DS__NEWS_SENTENCES))
        continue;
      ds__add_party(x, o, c->slot_org[p], role);
    }
    fill_from(o, c);
    if (c->ev.status == DS_STATUS_TERMINATED || c->ev.status == DS_STATUS_COMPLETED)
      if (o->sent_index <= 1 && c->sent_index <= 3) o->ev.status = c->ev.status;
    ds__explain(x, &c->ev, 1, "merged into an earlier event");
    return;
  }
  /* the lead told this deal with one side and its price ("Marathon to sell stake for
   * $590 million"); the sentence naming the other side may not repeat the price */
  for (unsigned i = 0; i < x->npartial; i++)
    if (same_deal(x, &x->partial[i], c)) fill_from(c, &x->partial[i]);
  /* a lead that priced the deal but named no side, the next sentences naming them */
  for (unsigned i = 0; i < x->npartial && !c->ev.has_value; i++) {
    const ds__cand *p = &x->partial[i];
    if (p->ev.nparties == 0 && p->ev.type == c->ev.type && p->ev.has_value &&
        c->sent_index <= p->sent_index + 2) {
      c->ev.has_value = 1;
      c->ev.amount = p->ev.amount;
      memcpy(c->ev.currency, p->ev.currency, 4);
    }
  }
  if (x->ncand < DS__MAX_CANDS) {
    x->cand[x->ncand++] = *c;
    ds__explain(x, &c->ev, 1, "kept");
  } else {
    ds__explain(x, &c->ev, 0, "candidate table full");
  }
}

/* Does c name a party of a deal already kept? */
int ds__related(const ds_extractor *x, const ds__cand *c) {
  for (unsigned i = 0; i < x->ncand; i++)
    for (unsigned p = 0; p < c->ev.nparties; p++)
      if (c->slot_org[p] >= 0 && party_role_of(&x->cand[i], c->slot_org[p]) >= 0) return 1;
  return 0;
}

/* The lead (title and first sentences) states the news; later sentences mostly give
 * background, so a deal found there must involve a company the lead is about. */
int ds__lead_party(const ds_extractor *x, const ds__cand *c) {
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
int ds__pct_at(const ds_extractor *x, unsigned k) {
  const ds__tok *t = &x->tok[k];
  if (!(t->fl & DS__T_NUM)) return -1;
  const char *w = TX(x, t);
  int v = 0;
  for (unsigned q = 0; q < t->len && is_digit((unsigned char)w[q]); q++) v = v * 10 + (w[q] - '0');
  if (k + 1 < x->ntok && (tok_is(x, &x->tok[k + 1], "pct") || tok_is(x, &x->tok[k + 1], "percent") ||
                          tok_punct(x, &x->tok[k + 1], '%')))
    return v;
  /* "a 51 per cent stake" */
  if (k + 2 < x->ntok && tok_is(x, &x->tok[k + 1], "per") && tok_is(x, &x->tok[k + 2], "cent")) return v;
  return -1;
}

/* Buying shares or a minority stake is an investment; a stake raised past half is
 * control, an acquisition (the guideline's conventions). */
void ds__stake_type(const ds_extractor *x, unsigned ti, unsigned tj, ds__cand *c) {
  unsigned lim = tj + 12 < x->ntok ? tj + 12 : x->ntok;
  int stake = 0, pct = -1, whole = 0, control = 0;
  for (unsigned k = ti; k < tj; k++) {
    int p = ds__pct_at(x, k); /* "acquired a 60% stake" */
    if (p >= 0 && pct < 0) pct = p;
    if (tok_is(x, &x->tok[k], "stake") || tok_is(x, &x->tok[k], "holding")) stake = 1;
    if (tok_is(x, &x->tok[k], "majority") || tok_is(x, &x->tok[k], "controlling")) control = 2;
  }
  /* "will acquire the remaining 49% stake in X": buying out the other holders; "agreed
   * to acquire a controlling stake in X": control */
  for (unsigned k = ti >= 4 ? ti - 4 : 0; k < ti; k++)
    if ((tok_is(x, &x->tok[k], "remaining") || tok_is(x, &x->tok[k], "controlling") ||
         tok_is(x, &x->tok[k], "majority")) &&
        c->ev.type == DS_TYPE_INVESTMENT && ds__deal_verb_before(x, ti))
      control = 2;
  /* "agreed to acquire a 60% stake in X": the share told before the stake */
  for (unsigned k = ti >= 4 ? ti - 4 : 0; k < ti && pct < 0; k++)
    if (ds__pct_at(x, k) >= 0 && c->ev.type == DS_TYPE_INVESTMENT && ds__deal_verb_before(x, ti))
      pct = ds__pct_at(x, k);
  for (unsigned k = tj; k < lim; k++) {
    const ds__tok *t = &x->tok[k];
    if (t->org >= 0 && !stake && !(k + 1 < lim && (tok_is(x, &x->tok[k + 1], "shares") ||
                                                  tok_is(x, &x->tok[k + 1], "stock") ||
                                                  tok_is(x, &x->tok[k + 1], "stake") ||
                                                  tok_is(x, &x->tok[k + 1], "common") ||
                                                  tok_is(x, &x->tok[k + 1], "preferred") ||
                                                  tok_is(x, &x->tok[k + 1], "ordinary") ||
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
    int p = ds__pct_at(x, k);
    if (p >= 0 && pct < 0) pct = p;
    /* "buys 5 pct of Ostrava Ocel": a share of the company */
    if (p >= 0 && k + 2 < lim && tok_is(x, &x->tok[k + 2], "of")) stake = 1;
  }
  /* "the 40 pct of Gulfstream it does not already own": buying out the other holders */
  for (unsigned k = tj + 1; k < x->ntok && k < tj + 24; k++) {
    if (tok_punct(x, &x->tok[k], '.') || tok_punct(x, &x->tok[k], ';')) break;
    if ((tok_is(x, &x->tok[k], "own") || tok_is(x, &x->tok[k], "owns")) &&
        (tok_is(x, &x->tok[k - 1], "already") || tok_is(x, &x->tok[k - 1], "not")))
      control = 2;
  }
  for (unsigned k = 0; k < x->ntok && pct < 0; k++)
    if (tok_is(x, &x->tok[k], "to") && k + 1 < x->ntok) pct = ds__pct_at(x, k + 1);
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
