/* Role frames: which organizations around a trigger fill which slot (subject, object,
 * by, from, to, with, in), and the anaphora a frame may fall back on ("the companies",
 * "the Company"). */
#include <string.h>

#include "extract_int.h"

int ds__is_other_prep(const ds_extractor *x, const ds__tok *t) {
  (void)x;
  return (t->wcls & DS__W_OTHERPREP) != 0;
}

static int prep_slot(const ds_extractor *x, const ds__tok *t) {
  /* "X acted as lead arranger, joined by Y": Y is at X's side, not the agent */
  if (tok_is(x, t, "by") && t > x->tok && tok_is(x, t - 1, "joined")) return DS__S_WITH;
  /* "chose $600 million of engines made by GE": the maker of the goods is what the
   * frame's object stands for */
  if (tok_is(x, t, "by") && t > x->tok + 1 && ((t - 2)->wcls & DS__W_PRODUCT) &&
      (tok_is(x, t - 1, "made") || tok_is(x, t - 1, "built") || tok_is(x, t - 1, "manufactured") ||
       tok_is(x, t - 1, "produced")))
    return DS__S_OBJ;
  if (tok_is(x, t, "by")) return DS__S_BY;
  if (tok_is(x, t, "from")) return DS__S_FROM;
  if (tok_is(x, t, "to")) return DS__S_TO;
  /* "joined the round, alongside existing backers X and Y": at the side of the agent */
  if (tok_is(x, t, "with") || tok_is(x, t, "between") || tok_is(x, t, "alongside")) return DS__S_WITH;
  if (tok_is(x, t, "in") || tok_is(x, t, "into")) return DS__S_IN;
  if (tok_is(x, t, "of") || tok_is(x, t, "for")) return DS__S_OBJ;
  return -1;
}

/* "European Union antitrust regulators", "Chinese authorities": a name that describes
 * the officials after it names no party. The token after the mention is at e. */
static int officials_after(const ds_extractor *x, unsigned e) {
  /* (a company's own officials speak for it: "CPC International Inc officials said") */
  int agency = 0;
  if (e < x->ntok && (tok_is(x, &x->tok[e], "antitrust") || tok_is(x, &x->tok[e], "competition")))
    e++, agency = 1;
  if (e >= x->ntok) return 0;
  const ds__tok *t = &x->tok[e];
  return tok_is(x, t, "regulators") || tok_is(x, t, "regulator") || tok_is(x, t, "authorities") ||
         (agency && tok_is(x, t, "officials")) || tok_is(x, t, "watchdog") || tok_is(x, t, "lawmakers");
}

/* "BP Managing Director David Simon said", "GM China President Bob Socia": a name
 * before a job title and a person's name is that person's employer, told to say who
 * speaks, not a side of the deal. Before the trigger a company's own officer may be
 * what the deal's "his company" means ("Google Inc Chief Executive Eric Schmidt said
 * its proposed acquisition"), so there (outsider) only titles no company's deal is
 * made by count: analysts, ministers, judges. */
static int person_employer(const ds_extractor *x, unsigned e, int outsider) {
  static const char *const outside[] = {"analyst", "minister", "secretary", "governor",
                                        "judge",   "mayor",    "senator",   "lawmaker"};
  unsigned q = e, titles = 0, out = 0;
  while (q < x->ntok && titles < 4 && (x->tok[q].wcls & DS__W_TITLE) && x->tok[q].org < 0) {
    if (tok_in(x, &x->tok[q], outside, sizeof outside / sizeof outside[0])) out = 1;
    q++, titles++;
  }
  if (!titles || q + 1 >= x->ntok || (outsider && !out)) return 0;
  const ds__tok *f = &x->tok[q], *l = &x->tok[q + 1];
  return (f->fl & DS__T_CAP) && (f->fl & DS__T_WORD) && f->org < 0 && !(f->wcls & (DS__W_STOPCAP | DS__W_TITLE)) &&
         (l->fl & DS__T_CAP) && (l->fl & DS__T_WORD) && l->org < 0 && !(l->wcls & (DS__W_STOPCAP | DS__W_TITLE));
}

/* "today launched Merge Studio, a tool that merges customer records": a name right
 * after a verb of launching (the start of its mention at s) is a product, no side of
 * any deal */
static int product_launched(const ds_extractor *x, unsigned s) {
  static const char *const verbs[] = {"launched", "launches", "launch", "unveiled", "unveils", "unveil",
                                      "introduced", "introduces", "released", "releases", "debuted", "debuts"};
  unsigned p = s;
  while (p > 0 && (tok_is(x, &x->tok[p - 1], "the") || tok_is(x, &x->tok[p - 1], "its") ||
                   tok_is(x, &x->tok[p - 1], "their") || tok_is(x, &x->tok[p - 1], "new")))
    p--;
  return p > 0 && tok_in(x, &x->tok[p - 1], verbs, sizeof verbs / sizeof verbs[0]);
}

void ds__slot_add(slotfill *sf, int s, int org) {
  for (int i = 0; i < sf->n[s]; i++)
    if (sf->org[s][i] == org) return;
  if (sf->n[s] < DS__SLOT_ORGS) sf->org[s][sf->n[s]++] = org;
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

/* "Orbis Therapeutics, Inc. (Nasdaq: ORBS), a clinical-stage biopharmaceutical
 * company, and Tenmei": a press release's lead describes each company it joins. */
static int described_and(const ds_extractor *x, unsigned a_end, unsigned b_start) {
  unsigned k = a_end;
  while (k < b_start && (x->tok[k].fl & DS__T_SKIP)) k++;
  if (k + 2 >= b_start || !tok_punct(x, &x->tok[k], ',') ||
      !(tok_is(x, &x->tok[k + 1], "a") || tok_is(x, &x->tok[k + 1], "an")))
    return 0;
  unsigned q = k + 2, n = 0;
  for (; q < b_start && n < 14; q++, n++) {
    const ds__tok *t = &x->tok[q];
    if (tok_punct(x, t, ',')) break;
    if (tok_punct(x, t, '-') || (t->fl & DS__T_NUM)) continue;
    if (!(t->fl & DS__T_WORD) || !is_lower((unsigned char)TX(x, t)[0]) ||
        (t->wcls & (DS__W_CLAUSE | DS__W_STATUS | DS__W_TRIGGER | DS__W_DEALVERB)))
      return 0;
  }
  if (q + 1 >= b_start || !tok_punct(x, &x->tok[q], ',') || !tok_is(x, &x->tok[q + 1], "and")) return 0;
  for (q += 2; q < b_start; q++)
    if (!(x->tok[q].fl & DS__T_SKIP)) return 0;
  return 1;
}

/* Between two mentions only "and", ",", ", and" or an annotation: joined. */
static int conjoined(const ds_extractor *x, unsigned a_end, unsigned b_start) {
  int words = 0, described = 0;
  if (described_and(x, a_end, b_start)) return 1;
  for (unsigned k = a_end; k < b_start; k++) {
    const ds__tok *t = &x->tok[k];
    if (t->fl & DS__T_SKIP) continue;
    /* the close of an alias: 'Lyra Bio, Inc. ("Lyra") and Tamsin Pharma Ltd.' */
    if ((tok_punct(x, t, '"') || tok_punct(x, t, ')') || tok_is(x, t, "\xe2\x80\x9d")) &&
        !words && k < a_end + 2)
      continue;
    if (tok_punct(x, t, ',') || tok_is(x, t, "and") || tok_punct(x, t, '&')) {
      if (described) return 0;
      words++;
      continue;
    }
    /* "Solstice Climate Fund and Meridian Utility Ventures, as well as existing
     * investors Bluebonnet Capital": "as well as" joins as "and" does */
    if (tok_is(x, t, "as") && k + 2 < b_start && tok_is(x, &x->tok[k + 1], "well") &&
        tok_is(x, &x->tok[k + 2], "as")) {
      if (described) return 0;
      words++;
      k += 2;
      continue;
    }
    /* "Halden Capital AG and existing investor Northfork Partners"; "... and existing
     * investors Sable Road and Ninefold"; "and Chinese private equity firm Jinsha
     * Capital"; "a consortium led by X and including Y" */
    if (words && !described && (t->fl & DS__T_WORD) &&
        ((tok_is(x, t, "including") && tok_is(x, &x->tok[k - 1], "and")) ||
         ((t->wcls & DS__W_NATION) &&
          (tok_is(x, &x->tok[k - 1], "and") || tok_is(x, &x->tok[k - 1], "including")))))
      continue; /* (they open the description; its words are counted after) */
    /* "Hong Kong's Peak Harbour Holdings and Singapore's Lion Gate Capital": a place's
     * possessive opens the second name */
    if (words && !described && (t->wcls & DS__W_PLACE) && k + 1 < b_start &&
        (tok_is(x, &x->tok[k - 1], "and") || tok_is(x, &x->tok[k - 1], "including")) &&
        (tok_is(x, &x->tok[k + 1], "'s") || tok_is(x, &x->tok[k + 1], "\xe2\x80\x99s"))) {
      k++;
      continue;
    }
    if (words && described < 3 && (t->fl & DS__T_WORD) && is_lower((unsigned char)TX(x, t)[0]) &&
        (!(t->wcls & (DS__W_PREP | DS__W_OTHERPREP | DS__W_CLAUSE | DS__W_STATUS | DS__W_TRIGGER |
                      DS__W_DEALVERB | DS__W_STOPCAP)) ||
         tok_is(x, t, "investors") || tok_is(x, t, "existing") ||
         /* "and private equity firm Jinsha Capital", "and investment group X": a deal
          * word that only says what kind of firm */
         ((t->wcls & DS__W_TRIGGER) && !(t->wcls & (DS__W_PREP | DS__W_OTHERPREP | DS__W_CLAUSE)) &&
          k + 1 < b_start &&
          (tok_is(x, &x->tok[b_start - 1], "firm") || tok_is(x, &x->tok[b_start - 1], "group") ||
           tok_is(x, &x->tok[b_start - 1], "house") || tok_is(x, &x->tok[b_start - 1], "company") ||
           tok_is(x, &x->tok[b_start - 1], "fund") || tok_is(x, &x->tok[b_start - 1], "arm"))))) {
      described++;
      continue;
    }
    return 0;
  }
  return words > 0;
}

int ds__deal_noun(const ds_extractor *x, const ds__tok *t) {
  return tok_in(x, t, ds__deal_nouns, ds__deal_nouns_n);
}

/* Banks and law firms hired for a deal are not its parties: "advised by X", "X acted as
 * financial adviser", "asked X to assist it". */
int ds__adviser_near(const ds_extractor *x, unsigned s, unsigned e) {
  unsigned from = s >= 3 ? s - 3 : 0, to = e + 4 < x->ntok ? e + 4 : x->ntok;
  for (unsigned k = from; k < to; k++)
    if ((k < s || k >= e) && (x->tok[k].wcls & DS__W_ADVISER)) return 1;
  return 0;
}

/* The first name after "with" in the clause before the trigger. */
void ds__with_before(const ds_extractor *x, unsigned ti, int partners, slotfill *sf) {
  for (unsigned k = ti >= 20 ? ti - 20 : 0; k + 1 < ti; k++) {
    if (tok_punct(x, &x->tok[k], ';')) return;
    if (!tok_is(x, &x->tok[k], "with")) continue;
    unsigned q = k + 1;
    if (q < ti && tok_is(x, &x->tok[q], "the")) q++;
    /* "in talks with Vietnam's Song Hong Petroleum to set up a joint venture": a
     * place's possessive stands before a partner's name */
    if (partners && q + 2 < ti && (x->tok[q].wcls & (DS__W_PLACE | DS__W_NATION)) && x->tok[q].org < 0 &&
        (tok_is(x, &x->tok[q + 1], "'s") || tok_is(x, &x->tok[q + 1], "\xe2\x80\x99s")))
      q += 2;
    /* "talks with Pratt Hotel Corp <PRAT> and Southmark Corp <SM> on forming": the
     * names joined after "with" too */
    while (q < ti && x->tok[q].org >= 0) {
      int o = x->tok[q].org;
      for (int z = 0; z < sf->n[DS__S_SUBJ]; z++)
        if (sf->org[DS__S_SUBJ][z] == o) return;
      ds__slot_add(sf, DS__S_WITH, o);
      unsigned e = q;
      while (e + 1 < ti && (x->tok[e + 1].org == o || (x->tok[e + 1].fl & DS__T_SKIP))) e++;
      unsigned nx = e + 1;
      while (nx < ti && (x->tok[nx].fl & DS__T_SKIP)) nx++;
      if (nx >= ti || !(tok_is(x, &x->tok[nx], "and") || tok_punct(x, &x->tok[nx], ','))) return;
      q = nx + 1;
      if (q < ti && tok_is(x, &x->tok[q], "and")) q++;
    }
    return;
  }
}

/* "Hartwell's Hardware, a fixture on Main Street in downtown Millbrook, has been sold
 * to": a description set off by commas between the subject and its verb names no
 * party. Returns where the description starts (its comma), or ti. */
static unsigned appositive_start(const ds_extractor *x, unsigned ti) {
  const ds__tok *t = x->tok;
  unsigned q = ti, n = 0;
  /* the verb's own words: "has been", "said on Tuesday it would" */
  while (q > 0 && n < 8 && t[q - 1].org < 0 && (t[q - 1].fl & DS__T_WORD) &&
         (is_lower((unsigned char)TX(x, &t[q - 1])[0]) || (t[q - 1].wcls & DS__W_WEEKDAY)))
    q--, n++;
  if (q < 2 || !tok_punct(x, &t[q - 1], ',')) return ti;
  int trig = 0; /* a deal word inside: only a relative clause may hold one ("Tanner, which
                 * agreed to buy Ross last month for $1 billion, said it would also buy") */
  for (unsigned o = q - 1, m = 0; o-- > 1 && m < 25; m++) {
    if (tok_punct(x, &t[o], ';') || tok_punct(x, &t[o], '.')) return ti;
    if (t[o].wcls & DS__W_TRIGGER) trig = 1;
    if (!tok_punct(x, &t[o], ',')) continue;
    const ds__tok *w = &t[o + 1];
    if (trig && !(tok_is(x, w, "which") || tok_is(x, w, "who"))) return ti;
    if (!(tok_is(x, w, "a") || tok_is(x, w, "an") || tok_is(x, w, "the") || tok_is(x, w, "which") ||
          tok_is(x, w, "who") ||
          (tok_is(x, w, "one") && o + 2 < ti && tok_is(x, &t[o + 2], "of")))) /* ", one of Japan's ..." */
      continue;
    unsigned b = o; /* the name it describes, before the comma (or its annotation) */
    while (b > 0 && (t[b - 1].fl & DS__T_SKIP)) b--;
    return b > 0 && (t[b - 1].org >= 0 || (t[b - 1].fl & DS__T_PERSON)) ? o : ti; /* (or a person) */
  }
  return ti;
}

/* Fill slots for a trigger spanning tokens [ti, tj). */
/* "... and would use the proceeds to", "and will", "and plans to": a second verb of the
 * sentence's subject between a and b */
static int and_modal_between(const ds_extractor *x, unsigned a, unsigned b) {
  for (unsigned k = a; k + 1 < b; k++) {
    if (!tok_is(x, &x->tok[k], "and")) continue;
    const ds__tok *m = &x->tok[k + 1];
    if (tok_is(x, m, "would") || tok_is(x, m, "will") || tok_is(x, m, "plans") || tok_is(x, m, "intends") ||
        tok_is(x, m, "expects"))
      return 1;
  }
  return 0;
}

/* Does a verb of answering an offer ("rejected", "is studying") stand between the
 * name ending before a and the offer's maker starting at b? */
int ds__answers_offer(const ds_extractor *x, unsigned a, unsigned b) {
  static const char *const verbs[] = {"rejected", "rejects", "reject", "rebuffed", "spurned",
                                      "evaluate", "evaluating", "studying", "study", "reviewing",
                                      "review", "considering", "consider", "weighing", "accepted",
                                      "accepts", "accept", "welcomed", "opposes", "opposed",
                                      "received", "receives", "backed", "recommended",
                                      /* "its defense against BHP Billiton's failed bid" */
                                      "defense", "defence", "fend", "fending", "resist", "resisting",
                                      "thwart", "repel"};
  for (unsigned k = a; k < b; k++)
    if (x->tok[k].org >= 0) return 0; /* (the nearest name before the maker only) */
  for (unsigned k = a; k < b; k++)
    if (tok_in(x, &x->tok[k], verbs, sizeof verbs / sizeof verbs[0])) return 1;
  return 0;
}

void ds__fill_slots(const ds_extractor *x, unsigned ti, unsigned tj, int partners,
                    slotfill *sf) {
  const ds__tok *t = x->tok;
  memset(sf, 0, sizeof *sf);
  sf->owner = -1;
  /* left: the nearest organization that is not the object of a preposition, and the
   * ones joined to it; for partner frames every such organization before the trigger */
  int last_org = -1;
  unsigned last_start = 0;
  unsigned left = ti;
  int offer_owner = 0, reactor = -1; /* "X rejected Y's offer": X is what Y bids for */
  /* "boost its Technicolor stake", "the Gates Learjet offer": a name right before a
   * deal noun is what the deal is for */
  unsigned pm = ti;
  if (!partners && ds__deal_noun(x, &t[ti])) {
    /* skip what may stand between: "Deutsche Boerse $10.2 billion takeover", "Gates
     * Learjet proposed offer" */
    unsigned q = 0;
    while (pm > 0 && q < 6 && t[pm - 1].org < 0 &&
           ((t[pm - 1].fl & (DS__T_NUM | DS__T_PUNCT | DS__T_SKIP)) || (t[pm - 1].wcls & (DS__W_SCALE | DS__W_CURWORD)) ||
            tok_is(x, &t[pm - 1], "'s") || tok_is(x, &t[pm - 1], "\xe2\x80\x99s") ||
            tok_is(x, &t[pm - 1], "proposed") || tok_is(x, &t[pm - 1], "planned") ||
            tok_is(x, &t[pm - 1], "hostile") || tok_is(x, &t[pm - 1], "cash") ||
            tok_is(x, &t[pm - 1], "all-share") || tok_is(x, &t[pm - 1], "all-cash") ||
            tok_is(x, &t[pm - 1], "friendly") || tok_is(x, &t[pm - 1], "agreed") ||
            tok_is(x, &t[pm - 1], "recently") || tok_is(x, &t[pm - 1], "completed") ||
            tok_is(x, &t[pm - 1], "competing") || tok_is(x, &t[pm - 1], "rival") ||
            /* "Dunmore's $4.3 billion unsolicited bid", "Tarrant's sweetened offer" */
            tok_is(x, &t[pm - 1], "unsolicited") || tok_is(x, &t[pm - 1], "sweetened") ||
            tok_is(x, &t[pm - 1], "improved") || tok_is(x, &t[pm - 1], "revised") ||
            tok_is(x, &t[pm - 1], "higher") || tok_is(x, &t[pm - 1], "latest") ||
            (tok_punct(x, &t[pm - 1], '\'') && pm >= 2 && t[pm - 2].org >= 0)) &&
           !tok_punct(x, &t[pm - 1], ',') && !tok_punct(x, &t[pm - 1], ';'))
      pm--, q++;
  }
  if (!partners && pm > 0 && t[pm - 1].org >= 0 && ds__deal_noun(x, &t[ti])) {
    /* "rejects Hensel's 2.3 billion euro takeover offer": the owner of an offer made it */
    int offer_of = 0;
    for (unsigned q = pm; q < ti; q++)
      if (tok_is(x, &t[q], "'s") || tok_is(x, &t[q], "\xe2\x80\x99s") || tok_punct(x, &t[q], '\'')) offer_of = 1; /* "Dixons' tender offer" */
    if (offer_of) {
      unsigned q = ti + 1 < x->ntok && (tok_is(x, &t[ti], "takeover") || tok_is(x, &t[ti], "tender")) ? ti + 1 : ti;
      offer_of = tok_is(x, &t[q], "offer") || tok_is(x, &t[q], "bid") || tok_is(x, &t[q], "approach") ||
                 tok_is(x, &t[q], "proposal");
    }
    if (offer_of || (tj < x->ntok && (tok_is(x, &t[tj], "of") || tok_is(x, &t[tj], "for") ||
                                      tok_is(x, &t[tj - 1], "of") || tok_is(x, &t[tj - 1], "for")))) {
      /* "the D.Boerse takeover of NYSE Euronext": the name is the agent */
      offer_owner = offer_of;
      ds__slot_add(sf, DS__S_SUBJ, t[pm - 1].org);
      last_org = t[pm - 1].org;
      last_start = mention_start(x, pm);
    } else {
      ds__slot_add(sf, DS__S_OBJ, t[pm - 1].org);
    }
    left = mention_start(x, pm);
  }
  /* "Lee and GM China President Bob Socia said sales by GM's joint ventures with
   * SAIC": a partner deal's owner, written as a possessive right before it, is its one
   * side on the left (not "Rio and BHP's venture": names joined before it) */
  if (partners && ti >= 2 &&
      (tok_is(x, &t[ti - 1], "'s") || tok_is(x, &t[ti - 1], "\xe2\x80\x99s")) && t[ti - 2].org >= 0) {
    unsigned ms = mention_start(x, ti - 1);
    if (!(ms >= 2 && tok_is(x, &t[ms - 1], "and") && t[ms - 2].org >= 0)) {
      ds__slot_add(sf, DS__S_SUBJ, t[ti - 2].org);
      last_org = t[ti - 2].org;
      last_start = ms;
      left = 0;
    }
  }
  if (left == ti) left = appositive_start(x, ti);
  /* "not to vote on SoftBank Corp's offer to buy the carrier", "Merck's plan to acquire
   * X": the owner of the offer or plan to buy is who buys, whatever the sentence's
   * subject */
  if (!partners && last_org < 0 && ti >= 4 && tok_is(x, &t[ti - 1], "to")) {
    unsigned q = ti - 1;
    if (tok_is(x, &t[q - 1], "offer") || tok_is(x, &t[q - 1], "bid") || tok_is(x, &t[q - 1], "proposal") ||
        tok_is(x, &t[q - 1], "plan") || tok_is(x, &t[q - 1], "plans") || tok_is(x, &t[q - 1], "attempt") ||
        tok_is(x, &t[q - 1], "move") || tok_is(x, &t[q - 1], "deal") || tok_is(x, &t[q - 1], "agreement")) {
      unsigned b = q - 1, m = 0;
      while (b > 1 && m < 4 && t[b - 1].org < 0 && !tok_is(x, &t[b - 1], "'s") && !tok_is(x, &t[b - 1], "\xe2\x80\x99s") &&
             ((t[b - 1].fl & (DS__T_NUM | DS__T_SKIP)) || (t[b - 1].wcls & (DS__W_SCALE | DS__W_CURWORD)) ||
              ((t[b - 1].fl & DS__T_WORD) && is_lower((unsigned char)TX(x, &t[b - 1])[0]))))
        b--, m++;
      if (b > 1 && (tok_is(x, &t[b - 1], "'s") || tok_is(x, &t[b - 1], "\xe2\x80\x99s"))) {
        unsigned o = b - 1;
        while (o > 0 && (t[o - 1].fl & DS__T_SKIP)) o--;
        if (o > 0 && t[o - 1].org >= 0) {
          ds__slot_add(sf, DS__S_SUBJ, t[o - 1].org);
          last_org = t[o - 1].org;
          last_start = mention_start(x, o);
          left = last_start;
        }
      }
    }
  }
  /* "Before the Indigo order Wednesday, Airbus' only major deal was a memorandum with
   * Wataniya": a sentence's opening phrase of time or contrast, closed by a comma
   * before the trigger, names no side of the deal after it */
  unsigned fronted = 0;
  if (ti > 2 && (tok_is(x, &t[0], "before") || tok_is(x, &t[0], "after") || tok_is(x, &t[0], "unlike") ||
                 tok_is(x, &t[0], "besides") || tok_is(x, &t[0], "following") || tok_is(x, &t[0], "despite")))
    for (unsigned q = 1; q < ti; q++)
      if (tok_punct(x, &t[q], ',')) {
        fronted = q;
        break;
      }
  for (unsigned k = left; k-- > 0;) {
    if (k < fronted) break;
    /* "MILAN and KOBE, Japan, Jan. 14, 2026 /PRNewswire/ -- X and Y have signed": the
     * dateline's places are no side */
    if (x->story_off && t[ti].off >= x->story_off && t[k].off < x->story_off) break;
    /* "X and Y have promised ..., but the details of the funding": another clause's
     * subject */
    /* ("scrapped its tie-up with Qinfeng, instead combining its mines with Tarrant in
     * a joint venture": the deal given up is another) */
    if (t[k].org < 0 && (tok_is(x, &t[k], "but") || tok_is(x, &t[k], "whereas") ||
                         (tok_is(x, &t[k], "instead") && k > 0 && tok_punct(x, &t[k - 1], ','))))
      break;
    if (t[k].org < 0 || (t[k].fl & DS__T_SKIP)) continue;
    unsigned s = mention_start(x, k + 1);
    int org = t[k].org;
    /* 'of Talbridge Industries, Inc. (NYSE: TBI) ("Talbridge" or "the Company")': a
     * defined term stands where the name it defines stands */
    {
      unsigned b = s;
      while (b > 0 && ((t[b - 1].fl & DS__T_SKIP) || tok_punct(x, &t[b - 1], '(') || tok_punct(x, &t[b - 1], '"') ||
                       tok_is(x, &t[b - 1], "\xe2\x80\x9c")))
        b--;
      if (b < s && b > 0 && t[b - 1].org >= 0 && t[b - 1].org != org &&
          ds__resolve_alias(x, t[b - 1].org) == ds__resolve_alias(x, org))
        s = mention_start(x, b);
    }
    /* 'Tamsin Pharma Ltd. ("Tamsin")': the name and its alias are one mention */
    if (last_org >= 0 && ds__resolve_alias(x, org) == ds__resolve_alias(x, last_org)) {
      last_start = s;
      k = s;
      continue;
    }
    int oblique = 0;
    if (s > 0) {
      unsigned p = s - 1;
      /* (and the bracket of a Reuters name: "brought against SciMed by <Advanced
       * Cardiovascular Systems Inc>") */
      while (p > 0 && (tok_is(x, &t[p], "the") || (t[p].fl & DS__T_SKIP) || tok_punct(x, &t[p], '<'))) p--;
      /* "in Australia's Qantas Airways": a place's possessive stands between */
      /* (but "Financial Corporation of America's American Savings unit", "Bank of
       * America's X unit": the place ends the owner's name, no preposition of the
       * sentence) */
      int owner_place = 0;
      if (p > 1 && (tok_is(x, &t[p], "'s") || tok_is(x, &t[p], "\xe2\x80\x99s")) &&
          (t[p - 1].wcls & (DS__W_PLACE | DS__W_NATION))) {
        owner_place = t[p - 1].org >= 0 || (p > 3 && tok_is(x, &t[p - 2], "of") && t[p - 3].org >= 0);
        p -= 2;
      }
      if (!owner_place && ((t[p].wcls & DS__W_PREP) || ds__is_other_prep(x, &t[p]))) oblique = 1;
      /* "An investor group led by Dart Container Corp said it raised its stake", "a
       * consortium led by X agreed to buy": the leader acts for the group */
      /* (not an appositive: "TLX Partners, a group led by Asher Edelman") */
      if (oblique && tok_is(x, &t[p], "by") && p >= 2 && tok_is(x, &t[p - 1], "led") &&
          !(p >= 5 && tok_punct(x, &t[p - 4], ',') && t[p - 5].org >= 0) &&
          (tok_is(x, &t[p - 2], "group") || tok_is(x, &t[p - 2], "consortium") ||
           tok_is(x, &t[p - 2], "investors") || tok_is(x, &t[p - 2], "firms") ||
           tok_is(x, &t[p - 2], "companies") || tok_is(x, &t[p - 2], "partnership")))
        oblique = 0;
      /* "Sprint, Clearwire and cable companies including Comcast": members named */
      if (partners && tok_is(x, &t[p], "including")) oblique = 0;
      /* "Shareholders of X have approved", "the Boards of Directors of X": X acts */
      if (oblique && p > 0 && tok_is(x, &t[p], "of") &&
          (tok_is(x, &t[p - 1], "shareholders") || tok_is(x, &t[p - 1], "stockholders") ||
           tok_is(x, &t[p - 1], "holders") || tok_is(x, &t[p - 1], "directors") ||
           tok_is(x, &t[p - 1], "board") || tok_is(x, &t[p - 1], "boards"))) {
        /* (not "sent a letter to the board of X, offering to buy": the board itself the
         * object of a preposition) */
        unsigned h = p - 1;
        while (h > 0 && (tok_is(x, &t[h - 1], "the") || tok_is(x, &t[h - 1], "its") ||
                         tok_is(x, &t[h - 1], "their") || (t[h - 1].fl & DS__T_SKIP)))
          h--;
        if (!(h > 0 && !tok_is(x, &t[h - 1], "of") &&
              ((t[h - 1].wcls & DS__W_PREP) || ds__is_other_prep(x, &t[h - 1]))))
          oblique = 0; /* ("a committee of the board of directors of X": X still acts) */
      }
      /* "after Adatum agreed to buy": a clause's subject, though a preposition stands
       * before it */
      /* "announced a definitive agreement for Ardent to acquire Brandt's coatings
       * business": the subject of the infinitive */
      if (oblique && tok_is(x, &t[p], "for")) { /* (a ticker between: "for Dish Network Corp ( DISH.O ) to") */
        unsigned q = k + 1;
        while (q < ti && (t[q].fl & DS__T_SKIP)) q++;
        if (q + 1 == ti && tok_is(x, &t[q], "to")) oblique = 0;
      }
      if (oblique && k + 1 < x->ntok &&
          (k + 1 == ti || tok_is(x, &t[k + 1], "agreed") || tok_is(x, &t[k + 1], "said") ||
           tok_is(x, &t[k + 1], "has") || tok_is(x, &t[k + 1], "had") ||
           tok_is(x, &t[k + 1], "will") || tok_is(x, &t[k + 1], "would")) &&
          !(t[p].wcls & DS__W_PREP))
        oblique = 0;
    }
    if (officials_after(x, k + 1) || person_employer(x, k + 1, 1) || product_launched(x, s)) {
      k = s;
      continue;
    }
    /* "Allen and Co told the PCGG it was interested in tendering": who is told is not
     * who tells */
    if (s > 0) {
      unsigned p = s - 1;
      while (p > 0 && tok_is(x, &t[p], "the")) p--;
      if (tok_is(x, &t[p], "told") || tok_is(x, &t[p], "tells") || tok_is(x, &t[p], "informed") ||
          tok_is(x, &t[p], "notified") || tok_is(x, &t[p], "assured")) {
        k = s;
        continue;
      }
    }
    /* "Rio Tinto scraps Chinalco deal, in JV with BHP": a name that qualifies another
     * deal, a clause before, is that deal's side, not this one's */
    if (partners && k + 1 < ti &&
        (tok_is(x, &t[k + 1], "deal") || tok_is(x, &t[k + 1], "transaction") ||
         tok_is(x, &t[k + 1], "tie-up") || ds__deal_noun(x, &t[k + 1]))) {
      int comma = 0;
      for (unsigned q = k + 2; q < ti && !comma; q++) comma = tok_punct(x, &t[q], ',');
      if (comma) {
        k = s;
        continue;
      }
    }
    /* "hired Morgan Hill & Co to explore ... a possible sale": an adviser, not a party */
    int hired = 0; /* (the words before the name: "X has hired Y" leaves X) */
    for (unsigned b = s >= 3 ? s - 3 : 0; b < s; b++)
      if (t[b].wcls & DS__W_ADVISER) hired = 1;
    if (!oblique && hired) {
      k = s;
      continue;
    }
    /* "JP Morgan had advised it on its $3.4 billion acquisition": who advises on a deal
     * is not its buyer */
    for (unsigned b = k + 1; b < k + 4 && b < left && !hired; b++)
      if ((t[b].wcls & DS__W_ADVISER) && t[b].org < 0 && !tok_is(x, &t[b], "hired") && !tok_is(x, &t[b], "hires") &&
          !tok_is(x, &t[b], "hire") && !tok_is(x, &t[b], "retained") && !tok_is(x, &t[b], "retains"))
        hired = 1;
    if (!oblique && hired) {
      k = s;
      continue;
    }
    /* "X said it agreed to sell A to Columbine Capital for £140 million and would use
     * the proceeds to buy Y": past "and would", the verb is the sentence subject's, so a
     * name in the clause before is not its subject */
    if (!oblique && last_org < 0 && !partners && and_modal_between(x, k + 1, left)) {
      int earlier = 0; /* (down to the sentence's first name: its subject) */
      for (unsigned q = 0; q < s && !earlier; q++) earlier = t[q].org >= 0;
      if (earlier) {
        k = s;
        continue;
      }
    }
    /* "X's acquisition of Y": X is the subject even though 's follows it */
    if (!oblique) {
      if (last_org < 0) {
        ds__slot_add(sf, DS__S_SUBJ, org);
        last_org = org;
        last_start = s;
      } else if (partners || conjoined(x, k + 1, last_start)) {
        ds__slot_add(sf, DS__S_SUBJ, org);
        last_org = org;
        last_start = s;
      } else if (offer_owner && reactor < 0 && ds__resolve_alias(x, org) != ds__resolve_alias(x, last_org) &&
                 ds__answers_offer(x, k + 1, last_start)) {
        reactor = org; /* "Gencorp said it is studying General Acquisition's tender offer" */
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
    if ((tk->wcls & DS__W_CLAUSE) && k > tj) {
      /* ", which bundles the packaging division, to Oostwal": a relative clause set off
       * by commas is passed over */
      unsigned q = k + 1;
      if (tok_punct(x, &t[k - 1], ',') && (tok_is(x, tk, "which") || tok_is(x, tk, "who") || tok_is(x, tk, "whose")))
        while (q < limit && !tok_punct(x, &t[q], ',') && !tok_punct(x, &t[q], ';')) q++;
      if (q < limit && q > k + 1 && tok_punct(x, &t[q], ',')) {
        k = q;
        continue;
      }
      break;
    }
    /* "scrapped its tie-up with Chinalco, instead launching a rights issue and
     * combining its mines with BHP": what is done instead is another act */
    if (k > tj && tok_is(x, tk, "instead") && tok_punct(x, &t[k - 1], ',')) break;
    /* "offered 45 dlrs for Merrimac, topping a tender offer by Danforth": past the
     * object, another deal word starts another deal's frame */
    if ((tk->wcls & DS__W_TRIGGER) && tk->rule >= 0 && right_filled(sf) && k > tj &&
        !(t[k - 1].wcls & DS__W_TRIGGER) && (ds__starts_deal(x, k) || ds__deal_noun(x, tk)))
      break; /* (and "..., besting an existing offer from CME": another's offer) */
    if (tk->org >= 0) {
      unsigned e = k;
      while (e + 1 < x->ntok && t[e + 1].org == tk->org) e++;
      /* "sell its Finlays confectionery, tobacco and newsagent business to Finlays Plc":
       * a name with no legal form after "its", right after the trigger, that opens a
       * unit's description is no side (the unit is the target, ds__unit_target; not
       * "its Celeron Corp oil and gas subsidiary": a company) */
      if (k == tj + 1 && (tok_is(x, &t[k - 1], "its") || tok_is(x, &t[k - 1], "their"))) {
        int legal = 0;
        for (unsigned q = k; q <= e; q++) legal |= (t[q].wcls & DS__W_SUFFIX) != 0;
        if (!legal && ds__unit_words_end(x, e + 1) > 0) {
          k = e;
          continue;
        }
      }
      /* "their joint venture company <Kestrel Marlow Ltd>", "a joint venture called X":
       * the venture's own name, not a side of it */
      if (partners && tj > 0 && (tok_is(x, &t[tj - 1], "venture") || tok_is(x, &t[tj - 1], "jv"))) {
        int named = 1;
        for (unsigned q = tj; q < k && named; q++)
          named = tok_is(x, &t[q], "company") || tok_is(x, &t[q], "firm") || tok_is(x, &t[q], "entity") ||
                  tok_is(x, &t[q], "called") || tok_is(x, &t[q], "named") || tok_punct(x, &t[q], '<') ||
                  (t[q].wcls & (DS__W_NATION | DS__W_PLACE));
        if (named) {
          k = e;
          continue;
        }
      }
      /* "... are curbing consumer purchases, J.D. Power and Associates said": who
       * tells the sentence, not its object */
      if (k > tj && (tok_punct(x, &t[k - 1], ',') ||
                     (k >= 2 && tok_is(x, &t[k - 1], "the") && tok_punct(x, &t[k - 2], ',')))) {
        unsigned q = e + 1; /* ("J.D. Power and Associates said") */
        while (q < x->ntok && q < e + 4 && (tok_is(x, &t[q], "and") || (t[q].fl & DS__T_CAP))) q++;
        if (q < x->ntok && (tok_is(x, &t[q], "said") || tok_is(x, &t[q], "says") || tok_is(x, &t[q], "reported") ||
                            tok_is(x, &t[q], "reports") || tok_is(x, &t[q], "wrote") || tok_is(x, &t[q], "added"))) {
          k = e;
          continue;
        }
      }
      if (e + 1 < x->ntok && (tok_is(x, &t[e + 1], "'s") || tok_is(x, &t[e + 1], "\xe2\x80\x99s")) &&
          !(e + 2 < x->ntok && ((t[e + 2].wcls & DS__W_UNITNOUN) || tok_is(x, &t[e + 2], "shares") ||
                                tok_is(x, &t[e + 2], "stake") || tok_is(x, &t[e + 2], "stock") ||
                                (e + 3 < x->ntok && tok_punct(x, &t[e + 2], '>') &&
                                 (t[e + 3].wcls & DS__W_UNITNOUN))))) {
        /* "Linn's largest": a possessive names an owner, not a party here; but "X's
         * assets" are X's to sell */
        if (k == tj || (k == tj + 1 && tok_is(x, &t[tj], "the"))) sf->owner = tk->org;
        k = e;
        continue;
      }
      /* "in the Oxford biotech firm Genexa": a place or a group naming the kind of
       * company before the company's own name */
      {
        unsigned q = e + 1, m = 0;
        while (q < x->ntok && m < 3 && (t[q].fl & DS__T_WORD) && t[q].org < 0 &&
               is_lower((unsigned char)TX(x, &t[q])[0]) && !(t[q].wcls & (DS__W_PREP | DS__W_CLAUSE | DS__W_STATUS)) &&
               !tok_is(x, &t[q], "and"))
          q++, m++;
        if (m && q < x->ntok && t[q].org >= 0 && t[q].org != tk->org && tok_in(x, &t[q - 1], ds__company_nouns, ds__company_nouns_n)) {
          k = e;
          continue;
        }
      }
      /* "an order for 175 737 Max jets": a model between a count and the goods */
      if (k > 0 && (t[k - 1].fl & DS__T_NUM) && e + 1 < x->ntok && (t[e + 1].wcls & DS__W_PRODUCT)) {
        k = e;
        continue;
      }
      /* "engines made by GE for its Airbus 830 aircraft": the make of the buyer's own
       * craft, no side of the deal */
      /* (and "for its West Plains project": the buyer's own site) */
      if (k > 0 && (tok_is(x, &t[k - 1], "its") || tok_is(x, &t[k - 1], "their")) && e + 1 < x->ntok && !partners &&
          (tok_is(x, &t[e + 1], "project") || tok_is(x, &t[e + 1], "projects") || tok_is(x, &t[e + 1], "site") ||
           tok_is(x, &t[e + 1], "facility") || tok_is(x, &t[e + 1], "farm") || tok_is(x, &t[e + 1], "programme") ||
           tok_is(x, &t[e + 1], "program") || tok_is(x, &t[e + 1], "terminal") || tok_is(x, &t[e + 1], "line")) &&
          k > tj && tok_is(x, &t[k - 2], "for")) {
        k = e;
        continue;
      }
      if (k > 0 && (tok_is(x, &t[k - 1], "its") || tok_is(x, &t[k - 1], "their")) &&
          e + 1 < x->ntok &&
          ((t[e + 1].wcls & DS__W_PRODUCT) ||
           (e + 2 < x->ntok && ((t[e + 1].fl & DS__T_NUM) || is_lower((unsigned char)TX(x, &t[e + 1])[0])) &&
            (t[e + 2].wcls & DS__W_PRODUCT)))) {
        k = e;
        continue;
      }
      /* "to design, make and sell Marlow & Finch clothing", "a license to the Norwell
       * Spatial codec": a brand naming goods or technology (not "Marlow & Finch
       * clothing business", a unit) */
      if (!partners && e + 1 < x->ntok &&
          (tok_is(x, &t[e + 1], "clothing") || tok_is(x, &t[e + 1], "apparel") ||
           tok_is(x, &t[e + 1], "footwear") || tok_is(x, &t[e + 1], "accessories") ||
           tok_is(x, &t[e + 1], "merchandise") || tok_is(x, &t[e + 1], "products") ||
           tok_is(x, &t[e + 1], "goods") || tok_is(x, &t[e + 1], "codec") ||
           tok_is(x, &t[e + 1], "codecs") || tok_is(x, &t[e + 1], "software") ||
           tok_is(x, &t[e + 1], "patents")) &&
          !(e + 2 < x->ntok && (t[e + 2].wcls & DS__W_UNITNOUN))) {
        k = e;
        continue;
      }
      /* "the right to use its mRNA platform": a company's own technology, named */
      if (!partners && k > 0 && e + 1 < x->ntok &&
          (tok_is(x, &t[k - 1], "its") || tok_is(x, &t[k - 1], "their") || tok_is(x, &t[k - 1], "our")) &&
          (tok_is(x, &t[e + 1], "platform") || tok_is(x, &t[e + 1], "technology") ||
           tok_is(x, &t[e + 1], "platforms") || tok_is(x, &t[e + 1], "technologies"))) {
        k = e;
        continue;
      }
      /* "a non-exclusive license to its CRISPR delivery patents": the same, a word of
       * the field between */
      if (!partners && e + 2 < x->ntok && (t[e + 1].fl & DS__T_WORD) && is_lower((unsigned char)TX(x, &t[e + 1])[0]) &&
          !(t[e + 1].wcls & (DS__W_PREP | DS__W_OTHERPREP | DS__W_CLAUSE | DS__W_STOPCAP)) &&
          (tok_is(x, &t[e + 2], "patents") || tok_is(x, &t[e + 2], "codec") || tok_is(x, &t[e + 2], "software"))) {
        k = e;
        continue;
      }
      /* "form a joint venture, Northsea Hydrogen Partners, to develop": the venture's
       * own name, not a side of it */
      if (partners && k > tj && k <= tj + 2 &&
          (tok_is(x, &t[tj - 1], "venture") || tok_is(x, &t[tj - 1], "jv")) &&
          (tok_punct(x, &t[k - 1], ',') || tok_is(x, &t[k - 1], "called") ||
           tok_is(x, &t[k - 1], "named") || tok_is(x, &t[k - 1], "dubbed"))) {
        k = e;
        continue;
      }
      /* "agreed to combine in a merger of equals, creating a Midwest community bank",
       * "to form a new company, Astral Pacific Corp": what the deal creates is no side of
       * it */
      if (partners && k > tj) {
        unsigned b = k;
        while (b > tj && b + 4 > k &&
               (tok_is(x, &t[b - 1], "a") || tok_is(x, &t[b - 1], "an") || tok_is(x, &t[b - 1], "the") ||
                tok_is(x, &t[b - 1], "new") || tok_punct(x, &t[b - 1], ',') || tok_is(x, &t[b - 1], "company")))
          b--;
        if (b > tj && b < k &&
            (tok_is(x, &t[b - 1], "creating") || tok_is(x, &t[b - 1], "create") || tok_is(x, &t[b - 1], "forming") ||
             tok_is(x, &t[b - 1], "form"))) {
          k = e;
          continue;
        }
      }
      /* "patients with heart failure, COPD and diabetes": one item of a list of
       * common nouns, not a company */
      if (k >= 2 && tok_punct(x, &t[k - 1], ',') && (t[k - 2].fl & DS__T_WORD) &&
          is_lower((unsigned char)TX(x, &t[k - 2])[0]) && e + 2 < x->ntok &&
          (tok_is(x, &t[e + 1], "and") || tok_is(x, &t[e + 1], "or") || tok_punct(x, &t[e + 1], ',')) &&
          (t[e + 2].fl & DS__T_WORD) && is_lower((unsigned char)TX(x, &t[e + 2])[0]) &&
          !(t[e + 2].wcls & (DS__W_STOPCAP | DS__W_PREP | DS__W_CLAUSE))) {
        k = e;
        continue;
      }
      if (officials_after(x, e + 1) || person_employer(x, e + 1, 0) || product_launched(x, k)) {
        k = e;
        continue;
      }
      /* "..., the OECD said": the speaker, not a side of the deal */
      if (e + 1 < x->ntok && (tok_is(x, &t[e + 1], "said") || tok_is(x, &t[e + 1], "says") ||
                              tok_is(x, &t[e + 1], "told")))
        break;
      if (ds__adviser_near(x, k, e + 1)) {
        k = e; /* "asked Oppenheimer and Co to advise it": an adviser, not a party */
        continue;
      }
      if (prev_org >= 0 && conjoined(x, prev_end, k)) {
        /* same slot as the previous name */
      } else if (cur >= 0 && sf->n[cur] > 0 && cur != DS__S_WITH) {
        cur = -1; /* a slot takes its first name only */
      }
      if (cur >= 0) ds__slot_add(sf, cur, tk->org);
      prev_org = tk->org;
      prev_end = e + 1;
      k = e;
      continue;
    }
    /* "participation from new investors X and Y, as well as existing investors Z":
     * the names after join the slot of the ones before */
    if (prev_org >= 0 && tok_is(x, tk, "as") && k + 2 < limit && tok_is(x, &t[k + 1], "well") &&
        tok_is(x, &t[k + 2], "as")) {
      k += 2;
      continue;
    }
    int ps = prep_slot(x, tk);
    /* "pledging a guarantee on a Confidata note held by North Ridge": past the object, a
     * paper's holder, not the deal's agent */
    if (ps == DS__S_BY && k > tj + 1 && tok_is(x, &t[k - 1], "held") &&
        (tok_is(x, &t[k - 2], "note") || tok_is(x, &t[k - 2], "notes") || tok_is(x, &t[k - 2], "debt") ||
         tok_is(x, &t[k - 2], "loan") || tok_is(x, &t[k - 2], "loans") || tok_is(x, &t[k - 2], "bonds") ||
         tok_is(x, &t[k - 2], "debentures") || tok_is(x, &t[k - 2], "warrants")))
      ps = -1;
    /* "the Desert Gas Co division of <Mesa Verde Power Co>", "Crestline Printing unit of
     * Crestline Industries": the owner of the unit just named is who sells it; so too
     * "Mesa Valve Co, a unit of Trenton Industries Inc", "the Snettisham project, a major
     * part of the Alaska Power Administration" */
    int apposed = 0;
    if (ps == DS__S_OBJ && !partners && tok_is(x, tk, "of") && prev_org >= 0 && k >= prev_end + 3 &&
        k <= prev_end + 6 && tok_punct(x, &t[prev_end], ',') &&
        (tok_is(x, &t[prev_end + 1], "a") || tok_is(x, &t[prev_end + 1], "an") || tok_is(x, &t[prev_end + 1], "the")) &&
        ((t[k - 1].wcls & DS__W_UNITNOUN) || tok_is(x, &t[k - 1], "part"))) {
      apposed = 1;
      for (unsigned q = prev_end + 2; q < k - 1; q++)
        if (!(t[q].fl & DS__T_WORD) || !is_lower((unsigned char)TX(x, &t[q])[0]) || (t[q].wcls & DS__W_PREP)) apposed = 0;
    }
    if (ps == DS__S_OBJ && !partners && tok_is(x, tk, "of") && prev_org >= 0 &&
        (apposed || (k == prev_end + 1 && (t[prev_end].wcls & DS__W_UNITNOUN))) && sf->n[DS__S_OBJ] == 1 &&
        sf->org[DS__S_OBJ][0] == prev_org && sf->n[DS__S_FROM] == 0) {
      unsigned q = k + 1;
      while (q < limit && (tok_is(x, &t[q], "the") || (t[q].fl & DS__T_SKIP) || tok_punct(x, &t[q], '<')))
        q++;
      if (q < limit && t[q].org >= 0 && t[q].org != prev_org) {
        ds__slot_add(sf, DS__S_FROM, t[q].org);
        unsigned e = q;
        while (e + 1 < x->ntok && t[e + 1].org == t[q].org) e++;
        k = e;
        cur = -1;
        prev_org = -1;
        continue;
      }
    }
    /* "raised $40 million from investors including X, Y and Z": the investors named */
    if (cur >= 0 && cur != DS__S_SUBJ && sf->n[cur] == 0 && prev_org < 0 && k > tj && tok_is(x, tk, "including") &&
        (tok_is(x, &t[k - 1], "investors") || tok_is(x, &t[k - 1], "backers") ||
         tok_is(x, &t[k - 1], "lenders") || tok_is(x, &t[k - 1], "banks") || tok_is(x, &t[k - 1], "funds")))
      continue;
    /* "acquired by an affiliate of X", "sold to funds managed by X": X acts through
     * the entity, in the slot the entity had */
    if (cur >= 0 && cur != DS__S_OBJ && cur != DS__S_SUBJ && sf->n[cur] == 0 && prev_org < 0 && k > tj &&
        ((tok_is(x, tk, "of") &&
          (tok_is(x, &t[k - 1], "affiliate") || tok_is(x, &t[k - 1], "affiliates") ||
           tok_is(x, &t[k - 1], "subsidiary") || tok_is(x, &t[k - 1], "subsidiaries") ||
           tok_is(x, &t[k - 1], "vehicle"))) ||
         (tok_is(x, tk, "by") &&
          (tok_is(x, &t[k - 1], "managed") || tok_is(x, &t[k - 1], "advised") ||
           tok_is(x, &t[k - 1], "controlled") || tok_is(x, &t[k - 1], "owned")))))
      continue;
    /* "to sell Orange Julius of America to H.C. Holdings Inc, owned by Branford Castle
     * Inc": the buyer's owners buy with it */
    if (ps == DS__S_BY && cur == DS__S_TO && prev_org >= 0 && k >= 3 && prev_end == k - 2 &&
        tok_punct(x, &t[k - 2], ',') && (tok_is(x, &t[k - 1], "owned") || tok_is(x, &t[k - 1], "controlled"))) {
      unsigned q = k + 1;
      while (q < limit && (tok_is(x, &t[q], "the") || (t[q].fl & DS__T_SKIP) || tok_punct(x, &t[q], '<'))) q++;
      if (q < limit && t[q].org >= 0 && !ds__is_person(x, t[q].org)) {
        ds__slot_add(sf, DS__S_TO, t[q].org);
        unsigned e = q;
        while (e + 1 < x->ntok && t[e + 1].org == t[q].org) e++;
        prev_org = t[q].org;
        prev_end = e + 1;
        k = e;
        continue;
      }
    }
    /* "has been sold to a group of investors led by Grayhawk Capital": the group's "of"
     * keeps the slot the group is in */
    if (ps == DS__S_OBJ && tok_is(x, tk, "of") && (cur == DS__S_TO || cur == DS__S_FROM) && sf->n[cur] == 0 &&
        k > tj && k + 1 < x->ntok &&
        (tok_is(x, &t[k - 1], "group") || tok_is(x, &t[k - 1], "consortium") ||
         tok_is(x, &t[k - 1], "syndicate") || tok_is(x, &t[k - 1], "club")) &&
        /* (not "to a group of underwriters led by X": shares placed in an offering) */
        !tok_is(x, &t[k + 1], "underwriters") && !tok_is(x, &t[k + 1], "dealers") &&
        !tok_is(x, &t[k + 1], "investment") && !tok_is(x, &t[k + 1], "brokers") &&
        !tok_is(x, &t[k + 1], "banks") && !tok_is(x, &t[k + 1], "managers"))
      continue;
    /* "to sell its unit to a group led by Pemberton Capital Corp", "to a consortium
     * headed by X": the leader named stands for the group in the slot it is in */
    if (ps == DS__S_BY && (cur == DS__S_TO || cur == DS__S_FROM) && sf->n[cur] == 0 && k >= 2 &&
        (tok_is(x, &t[k - 1], "led") || tok_is(x, &t[k - 1], "headed") || tok_is(x, &t[k - 1], "co-led") ||
         tok_is(x, &t[k - 1], "formed") || tok_is(x, &t[k - 1], "controlled"))) {
      int group = 0;
      for (unsigned b = k - 1, m = 0; b-- > tj && m < 4 && !group; m++)
        group = tok_is(x, &t[b], "group") || tok_is(x, &t[b], "consortium") ||
                tok_is(x, &t[b], "investors") || tok_is(x, &t[b], "syndicate") ||
                tok_is(x, &t[b], "partnership") || tok_is(x, &t[b], "team");
      if (group) continue;
    }
    /* "sold its unit to a subsidiary of Augat Inc": the parent named stands for its
     * unnamed unit */
    if (ps == DS__S_OBJ && tok_is(x, tk, "of") && (cur == DS__S_TO || cur == DS__S_FROM) && sf->n[cur] == 0 &&
        k >= tj + 2 && (tok_is(x, &t[k - 2], "a") || tok_is(x, &t[k - 2], "an")) &&
        (tok_is(x, &t[k - 1], "subsidiary") || tok_is(x, &t[k - 1], "unit") || tok_is(x, &t[k - 1], "affiliate")))
      continue;
    /* "a venture with X for wireless Internet access": for partners, "for" names a
     * purpose, not a side */
    if (ps == DS__S_OBJ && partners && tok_is(x, tk, "for")) ps = -1, cur = -1;
    /* "from investors including Atomico and Balderton": the names the group is made of
     * stay in the slot */
    if (ps < 0 && tok_is(x, tk, "including") && k > 0 &&
        (tok_is(x, &t[k - 1], "investors") || tok_is(x, &t[k - 1], "backers") ||
         tok_is(x, &t[k - 1], "lenders") || tok_is(x, &t[k - 1], "banks") || tok_is(x, &t[k - 1], "firms") ||
         tok_is(x, &t[k - 1], "funds") || tok_is(x, &t[k - 1], "shareholders") ||
         tok_is(x, &t[k - 1], "partners") || tok_is(x, &t[k - 1], "companies")))
      continue;
    /* "the latest fruit of its investment in research is its leadership in LED TVs":
     * the deal's words are the subject of a verb of being; what it is said to be names
     * no side of it */
    if (k > tj + 1 && (tok_is(x, tk, "is") || tok_is(x, tk, "are") || tok_is(x, tk, "was") || tok_is(x, tk, "were")))
      break;
    if (ps >= 0) {
      cur = ps;
      prev_org = -1;
    } else if (ds__is_other_prep(x, tk)) {
      cur = -1;
      prev_org = -1;
    }
  }
  /* "Hollins rejected Carrow's takeover offer": the offer, its maker named by the
   * possessive and nothing named after it, is for the company that answers it */
  if (reactor >= 0 && sf->n[DS__S_OBJ] == 0) ds__slot_add(sf, DS__S_OBJ, reactor);
}

/* "the companies", "the two firms", "both parties" in the clause before the trigger. */
int ds__companies_before(const ds_extractor *x, unsigned ti) {
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

/* "The Company" (capitalized, a press release's defined term) before the trigger. */
int ds__issuer_before(const ds_extractor *x, unsigned ti) {
  for (unsigned k = ti; k-- > 1 && ti - k <= 8;) {
    const ds__tok *t = &x->tok[k];
    if (tok_punct(x, t, ',') || tok_punct(x, t, ';') || t->org >= 0) return 0;
    /* "the Company" anywhere; "The company also said" opening the sentence */
    if (tok_is(x, t, "company") && tok_is(x, &x->tok[k - 1], "the") &&
        (TX(x, t)[0] == 'C' || k == 1))
      return 1;
  }
  return 0;
}
