/* Is a telling news? Background (past years, chronologies, descriptions, examples),
 * deals in general, state rescues, people's share buys, and the verbs around a
 * trigger that change what it means. */
#include <string.h>

#include "extract_int.h"

static int past_tense(const ds_extractor *x, const ds__tok *t) {
  const char *w = TX(x, t);
  return (t->len > 3 && w[t->len - 2] == 'e' && w[t->len - 1] == 'd') || tok_is(x, t, "bought") ||
         tok_is(x, t, "sold") || tok_is(x, t, "took") || tok_is(x, t, "made") || tok_is(x, t, "won") ||
         tok_is(x, t, "paid") || tok_is(x, t, "struck") || tok_is(x, t, "sought") || tok_is(x, t, "led") ||
         tok_is(x, t, "oversaw") || tok_is(x, t, "ran");
}

/* Is "in <month m>" at token k two months or more before the published month? A month
 * is past unless the words before it look ahead ("a meeting will be held in June",
 * told in April; "negotiations would start in April", told in March). */
static int month_past(const ds_extractor *x, int m, unsigned k) {
  if ((x->pub_m - m + 12) % 12 < 2) return 0;
  for (unsigned q = k >= 5 ? k - 5 : 0; q < k; q++) {
    const ds__tok *t = &x->tok[q];
    if (tok_is(x, t, "will") || tok_is(x, t, "would") || tok_is(x, t, "shall") || tok_is(x, t, "expected") ||
        tok_is(x, t, "scheduled") || tok_is(x, t, "due") || tok_is(x, t, "until") || tok_is(x, t, "next") ||
        tok_is(x, t, "planned") || tok_is(x, t, "expects"))
      return 0;
  }
  return 1;
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
const char *ds__background(const ds_extractor *x, unsigned ti, unsigned tj) {
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
  /* "It had wanted to help fund Gazprom's plans for a bid": the past of the past, told
   * as such, is background (not reported speech: "said it had agreed to buy") */
  for (unsigned k = ti >= 6 ? ti - 6 : 0; k + 1 < ti; k++) {
    if (!tok_is(x, &x->tok[k], "had") || !past_tense(x, &x->tok[k + 1])) continue;
    int reported = 0;
    for (unsigned b = 0; b < k && !reported; b++)
      reported = tok_is(x, &x->tok[b], "said") || tok_is(x, &x->tok[b], "says") ||
                 tok_is(x, &x->tok[b], "announced") || tok_is(x, &x->tok[b], "told") ||
                 tok_is(x, &x->tok[b], "confirmed") || tok_is(x, &x->tok[b], "reported") ||
                 tok_is(x, &x->tok[b], "stated") || tok_is(x, &x->tok[b], "disclosed") ||
                 tok_is(x, &x->tok[b], "saying");
    for (unsigned b = ti; b < x->ntok && !reported; b++)
      reported = tok_is(x, &x->tok[b], "said") || tok_is(x, &x->tok[b], "says");
    if (!reported) return "the past of the past";
    break;
  }
  /* "the 114 jets it had already ordered from Airbus": done before, and said so */
  if (ti >= 2 && tok_is(x, &x->tok[ti - 2], "had") &&
      (tok_is(x, &x->tok[ti - 1], "already") || tok_is(x, &x->tok[ti - 1], "previously")))
    return "the past of the past";
  /* "Earlier this year, a source told Reuters that X was selling ...": a sentence that
   * opens in the past */
  if (x->ntok > 3 && tok_is(x, &x->tok[0], "earlier") &&
      ((tok_is(x, &x->tok[1], "this") && (tok_is(x, &x->tok[2], "year") || tok_is(x, &x->tok[2], "month"))) ||
       (tok_is(x, &x->tok[1], "in") && tok_is(x, &x->tok[2], "the"))))
    return "earlier this year";
  /* "The partnership between HTC and Google remains strong", "their alliance has been
   * a success": a partnership that is, described, not one formed */
  if (ti > 0 && (tok_is(x, &x->tok[ti - 1], "the") || tok_is(x, &x->tok[ti - 1], "their") ||
                 tok_is(x, &x->tok[ti - 1], "its")) &&
      (tok_is(x, &x->tok[ti], "partnership") || tok_is(x, &x->tok[ti], "alliance") ||
       tok_is(x, &x->tok[ti], "relationship") || tok_is(x, &x->tok[ti], "cooperation")))
    for (unsigned k = tj; k < x->ntok && k < tj + 8; k++) {
      if (tok_punct(x, &x->tok[k], ',') || tok_punct(x, &x->tok[k], ';')) break;
      if (tok_is(x, &x->tok[k], "remains") || tok_is(x, &x->tok[k], "remained") ||
          (tok_is(x, &x->tok[k], "has") && k + 1 < x->ntok && tok_is(x, &x->tok[k + 1], "been")))
        return "a partnership that is";
    }
  /* "Late last year, Shearson's takeover offer to E.F. Hutton was rejected", "Last
   * year, X bought Y": a sentence that opens a year back */
  {
    unsigned k = 0;
    if (x->ntok > 3 && (tok_is(x, &x->tok[0], "late") || tok_is(x, &x->tok[0], "early") ||
                        tok_is(x, &x->tok[0], "earlier") || tok_is(x, &x->tok[0], "later")))
      k = 1;
    if (x->ntok > k + 2 && tok_is(x, &x->tok[k], "last") && tok_is(x, &x->tok[k + 1], "year")) return "last year";
    /* "Last month it also bought Feedburner": past the lead, a recent deal told as the
     * story's past (in the lead, the news itself may be told so) */
    if (!x->in_lead && x->ntok > k + 2 && tok_is(x, &x->tok[k], "last") && tok_is(x, &x->tok[k + 1], "month"))
      return "last month";
  }
  /* "repurchased shares using proceeds from the sale of part of its stake in Alibaba":
   * past the lead, a sale whose money is spent was done before */
  if (!x->in_lead && ti >= 3 && ds__deal_noun(x, &x->tok[ti]) && tok_is(x, &x->tok[ti - 1], "the") &&
      (tok_is(x, &x->tok[ti - 2], "from") || tok_is(x, &x->tok[ti - 2], "of")) && tok_is(x, &x->tok[ti - 3], "proceeds"))
    return "proceeds of an earlier deal";
  /* "Montag joined Bank of America in 2009 when the bank bought Merrill": a deal told
   * as the time of something else, a year past */
  for (unsigned k = ti >= 12 ? ti - 12 : 0; k + 2 < ti && x->pub_y; k++) {
    int y = year_of(x, &x->tok[k + 1]);
    unsigned w = k + 2;
    if (w + 1 < ti && tok_punct(x, &x->tok[w], ',')) w++;
    if (tok_is(x, &x->tok[k], "in") && y > 0 && y < x->pub_y && tok_is(x, &x->tok[w], "when")) return "an earlier year";
  }
  /* "Virgin Media was formed from the merger of NTL and Telewest", "created by the
   * merger of": how a company came to be */
  if (ti >= 3 && tok_is(x, &x->tok[ti - 1], "the") &&
      (tok_is(x, &x->tok[ti - 2], "from") || tok_is(x, &x->tok[ti - 2], "by") || tok_is(x, &x->tok[ti - 2], "in") ||
       tok_is(x, &x->tok[ti - 2], "through")) &&
      (tok_is(x, &x->tok[ti - 3], "formed") || tok_is(x, &x->tok[ti - 3], "created") ||
       tok_is(x, &x->tok[ti - 3], "born") || tok_is(x, &x->tok[ti - 3], "emerged")))
    return "how a company came to be";
  /* "Past Permira deals have included the purchase of stakes in ...", "previous
   * acquisitions include": a list of what was done */
  for (unsigned k = 0; k + 1 < ti; k++)
    if ((tok_is(x, &x->tok[k], "past") || tok_is(x, &x->tok[k], "previous") || tok_is(x, &x->tok[k], "prior")) &&
        (tok_is(x, &x->tok[k + 1], "deals") || tok_is(x, &x->tok[k + 1], "acquisitions") ||
         tok_is(x, &x->tok[k + 1], "investments") || tok_is(x, &x->tok[k + 1], "transactions") ||
         (k + 2 < ti && x->tok[k + 1].org >= 0 &&
          (tok_is(x, &x->tok[k + 2], "deals") || tok_is(x, &x->tok[k + 2], "acquisitions") ||
           tok_is(x, &x->tok[k + 2], "investments")))))
      return "past deals listed";
  /* "offers that were turned down last year when the automaker agreed to sell Hummer":
   * a deal told as the time of something else, a year or a month back */
  for (unsigned k = ti >= 10 ? ti - 10 : 0; k + 2 < ti; k++)
    if (tok_is(x, &x->tok[k], "last") && (tok_is(x, &x->tok[k + 1], "year") || tok_is(x, &x->tok[k + 1], "month")) &&
        (tok_is(x, &x->tok[k + 2], "when") || tok_is(x, &x->tok[k + 2], "after")))
      return "last year";
  /* "a gain on the sale of its Canadian bleach business to Clorox", "a charge related to
   * the purchase": a deal whose result is booked, done before */
  for (unsigned k = ti >= 6 ? ti - 6 : 0; k + 1 < ti; k++)
    if ((tok_is(x, &x->tok[k], "gain") || tok_is(x, &x->tok[k], "gains") || tok_is(x, &x->tok[k], "loss") ||
         tok_is(x, &x->tok[k], "losses") || tok_is(x, &x->tok[k], "charge") || tok_is(x, &x->tok[k], "charges") ||
         tok_is(x, &x->tok[k], "writedown") || tok_is(x, &x->tok[k], "write-down")) &&
        (tok_is(x, &x->tok[k + 1], "on") || tok_is(x, &x->tok[k + 1], "from")) && ds__deal_noun(x, &x->tok[ti])) {
      unsigned q = k + 2;
      while (q < ti && (tok_is(x, &x->tok[q], "the") || tok_is(x, &x->tok[q], "its") || tok_is(x, &x->tok[q], "a")))
        q++;
      if (q == ti) return "a deal's effect on results";
    }
  /* "the drugs Vytorin and Zetia, which it sells in a joint venture with Schering-Plough":
   * the venture things are made or sold through is one that exists */
  if (ti >= 3 && (tok_is(x, &x->tok[ti], "joint") || tok_is(x, &x->tok[ti], "venture") ||
                  tok_is(x, &x->tok[ti], "partnership") || tok_is(x, &x->tok[ti], "alliance"))) {
    unsigned k = ti - 1;
    if (tok_is(x, &x->tok[k], "a") || tok_is(x, &x->tok[k], "its") || tok_is(x, &x->tok[k], "their") ||
        tok_is(x, &x->tok[k], "the"))
      k--;
    if (k >= 1 && (tok_is(x, &x->tok[k], "in") || tok_is(x, &x->tok[k], "through") || tok_is(x, &x->tok[k], "via")) &&
        (tok_is(x, &x->tok[k - 1], "sells") || tok_is(x, &x->tok[k - 1], "makes") ||
         tok_is(x, &x->tok[k - 1], "markets") || tok_is(x, &x->tok[k - 1], "produces") ||
         tok_is(x, &x->tok[k - 1], "operates") || tok_is(x, &x->tok[k - 1], "runs") ||
         tok_is(x, &x->tok[k - 1], "sell") || tok_is(x, &x->tok[k - 1], "make") || tok_is(x, &x->tok[k - 1], "market") ||
         tok_is(x, &x->tok[k - 1], "produce") || tok_is(x, &x->tok[k - 1], "operate")))
      return "a tie that exists";
  }
  /* "1984 American Express acquires Lehman Brothers": a chronology's line, a past year
   * and the name that acted */
  if (x->ntok > 3 && x->pub_y && year_of(x, &x->tok[0]) > 0 && year_of(x, &x->tok[0]) < x->pub_y &&
      (x->tok[1].fl & DS__T_CAP) && x->tok[0].len == 4)
    return "chronology item";
  /* "Countrywide was once the largest lender before being acquired by Bank of America":
   * a company's history */
  {
    unsigned b = ti >= 1 && tok_is(x, &x->tok[ti - 1], "being") ? ti - 1 : ti; /* (the rule's "being acquired") */
    if (b >= 1 && tok_is(x, &x->tok[b], "being") &&
        (tok_is(x, &x->tok[b - 1], "before") || tok_is(x, &x->tok[b - 1], "after") ||
         tok_is(x, &x->tok[b - 1], "since")))
      return "a company's history";
  }
  /* "Fiat took control of the company after Chrysler's 2009 bankruptcy": past the lead,
   * a deal done, dated in a past year in its clause */
  if (!x->in_lead && x->pub_y && past_tense(x, &x->tok[ti]))
    for (unsigned k = ti + 1; k < x->ntok && k < ti + 12; k++) {
      if (tok_punct(x, &x->tok[k], ';')) break;
      int y = year_of(x, &x->tok[k]);
      if (y > 0 && y < x->pub_y) return "an earlier year";
    }
  /* "In 2009 Guggenheim made its first push into retail when it bought Claymore": a
   * sentence that opens in a past year */
  if (x->ntok > 3 && x->pub_y && tok_is(x, &x->tok[0], "in") && year_of(x, &x->tok[1]) > 0 &&
      year_of(x, &x->tok[1]) < x->pub_y)
    return "an earlier year";
  /* "When JPMorgan purchased Bear Stearns, the bank's instability ...": a deal told as
   * the time of something else */
  if (x->ntok > 2 && tok_is(x, &x->tok[0], "when") && ti > 1 && past_tense(x, &x->tok[ti])) {
    int comma = 0;
    for (unsigned k = 1; k < ti && !comma; k++) comma = tok_punct(x, &x->tok[k], ',');
    if (!comma) return "the time of something else";
  }
  /* "a group of investors that acquired Security Benefit Corp last year": past the
   * lead, a deal the clause dates a year back */
  if (!x->in_lead)
    for (unsigned k = ti + 1; k + 1 < x->ntok && k < ti + 12; k++) {
      if (tok_punct(x, &x->tok[k], ';')) break;
      if (tok_is(x, &x->tok[k], "last") && tok_is(x, &x->tok[k + 1], "year")) return "last year";
    }
  /* "Following are key dates ...: October 27, 1998 - BA confirms ...": an entry dated
   * away from the article's day */
  if (ds__old_dated_entry(x, ti)) return "chronology item";
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
    /* "Renault and Nissan, partners in a 24-year-old alliance,": members of one that is */
    if (k >= 4 && (tok_is(x, &x->tok[k - 1], "a") || tok_is(x, &x->tok[k - 1], "an") || tok_is(x, &x->tok[k - 1], "their")) &&
        tok_is(x, &x->tok[k - 2], "in") &&
        (tok_is(x, &x->tok[k - 3], "partners") || tok_is(x, &x->tok[k - 3], "members")) &&
        tok_punct(x, &x->tok[k - 4], ','))
      return "description";
    /* "Sales at SAIC-GM, General Motors' joint venture with SAIC Motor, rose": a name's
     * appositive, the venture one company has */
    if (k >= 3 && x->tok[k - 1].org < 0) {
      unsigned b = k;
      if (tok_is(x, &x->tok[b - 1], "'s") || tok_is(x, &x->tok[b - 1], "\xe2\x80\x99s") ||
          tok_punct(x, &x->tok[b - 1], '\''))
        b--;
      if (b < k && b >= 2 && x->tok[b - 1].org >= 0) {
        unsigned m = b - 1;
        while (m > 0 && x->tok[m - 1].org == x->tok[b - 1].org) m--;
        if (m > 1 && tok_punct(x, &x->tok[m - 1], ',') && (x->tok[m - 2].fl & DS__T_CAP) && tj < x->ntok &&
            (tok_is(x, &x->tok[tj], "with") || tok_punct(x, &x->tok[tj], ',')))
          return "description";
      }
    }
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
  /* "a declaratory judgment upholding its recent 5.4 mln dlr sale of shares to X": a
   * deal noun its own past marks ("recent", "prior") */
  for (unsigned k = ti >= 6 ? ti - 6 : 0; k < ti; k++)
    if ((tok_is(x, &x->tok[k], "recent") || tok_is(x, &x->tok[k], "prior") ||
         /* "including its 2023 acquisition of X" */
         ((year_of(x, &x->tok[k]) > 0 && x->pub_y && year_of(x, &x->tok[k]) < x->pub_y) && k > 0 &&
          (tok_is(x, &x->tok[k - 1], "its") || tok_is(x, &x->tok[k - 1], "the") ||
           tok_is(x, &x->tok[k - 1], "their") || tok_is(x, &x->tok[k - 1], "'s")))) &&
        k + 1 < x->ntok &&
        !tok_is(x, &x->tok[k + 1], "weeks") && !tok_is(x, &x->tok[k + 1], "days") &&
        !tok_is(x, &x->tok[k + 1], "months") && !tok_is(x, &x->tok[k + 1], "years") &&
        ds__deal_noun(x, &x->tok[ti])) {
      unsigned q = k + 1; /* only money, numbers and lowercase modifiers between */
      while (q < ti && ((x->tok[q].fl & (DS__T_NUM | DS__T_PUNCT)) || (x->tok[q].wcls & (DS__W_SCALE | DS__W_CURWORD)) ||
                        is_lower((unsigned char)TX(x, &x->tok[q])[0])) &&
             !tok_punct(x, &x->tok[q], ','))
        q++;
      if (q == ti) return "an earlier deal";
    }
  /* "two months after First Interstate withdrew its bid": a deal told as the past a
   * story is measured from */
  for (unsigned k = ti >= 10 ? ti - 10 : 0; k + 1 < ti; k++)
    if ((tok_is(x, &x->tok[k + 1], "after") || tok_is(x, &x->tok[k + 1], "following")) &&
        (tok_is(x, &x->tok[k], "months") || tok_is(x, &x->tok[k], "weeks") ||
         tok_is(x, &x->tok[k], "years") || tok_is(x, &x->tok[k], "days") ||
         tok_is(x, &x->tok[k], "month") || tok_is(x, &x->tok[k], "year") ||
         tok_is(x, &x->tok[k], "period")))
      return "time since"; /* "in the three-month period following a failed bid" */
  /* "Two years ago Kodak agreed to invest 45 mln dlrs to form a venture with ICN": a
   * sentence that opens months or years back */
  if (x->ntok > 3 && tok_is(x, &x->tok[2], "ago") &&
      (tok_is(x, &x->tok[1], "years") || tok_is(x, &x->tok[1], "months") || tok_is(x, &x->tok[1], "year") ||
       tok_is(x, &x->tok[1], "decades")))
    return "time since";
  /* "Months later, Intelsat expanded by agreeing to buy PanAmSat": a story's past */
  for (unsigned k = 0; k + 1 < ti && k < 3; k++)
    if (tok_is(x, &x->tok[k + 1], "later") &&
        (tok_is(x, &x->tok[k], "months") || tok_is(x, &x->tok[k], "years") ||
         tok_is(x, &x->tok[k], "weeks") || tok_is(x, &x->tok[k], "year") ||
         tok_is(x, &x->tok[k], "decade")))
      return "time since";
  /* "in which Parmalat agreed in May to buy": a month past, told before the deal */
  for (unsigned k = ti >= 10 ? ti - 10 : 0; k + 1 < ti && x->pub_m; k++) /* ("told Reuters in June that X had acquired") */
    if (tok_is(x, &x->tok[k], "in") && (x->tok[k + 1].wcls & DS__W_MONTH) && x->tok[k + 1].rule >= 0 &&
        !(k + 2 < x->ntok && (x->tok[k + 2].fl & DS__T_NUM)) &&
        month_past(x, x->wt[x->tok[k + 1].rule].val, k)) /* (December, told in March) */
      return "earlier month";
  /* "Security Pacific completed its acquisition of Rainier on August 31", told on
   * October 19: a day two months or more past, after the deal */
  for (unsigned k = ti + 1; k + 2 < x->ntok && k < ti + 12 && x->pub_m; k++)
    if (tok_is(x, &x->tok[k], "on") && (x->tok[k + 1].wcls & DS__W_MONTH) && x->tok[k + 1].rule >= 0 &&
        (x->tok[k + 2].fl & DS__T_NUM) && x->tok[k + 2].len <= 2 &&
        month_past(x, x->wt[x->tok[k + 1].rule].val, k))
      return "earlier month";
  /* "made its first acquisition during its most recent third quarter": a past period */
  for (unsigned k = ti >= 8 ? ti - 8 : 0; k < x->ntok && k < tj + 10; k++)
    if (tok_is(x, &x->tok[k], "during"))
      for (unsigned q = k + 1; q < x->ntok && q < k + 6; q++)
        if (tok_is(x, &x->tok[q], "quarter") || tok_is(x, &x->tok[q], "year"))
          return "an earlier period";
  /* "has been leveraging its partnership with Apple", "through its alliance with": a
   * tie the company already has */
  if (ti >= 2 && (tok_is(x, &x->tok[ti - 1], "its") || tok_is(x, &x->tok[ti - 1], "their")) &&
      (tok_is(x, &x->tok[ti], "partnership") || tok_is(x, &x->tok[ti], "alliance") ||
       tok_is(x, &x->tok[ti], "partnerships") || tok_is(x, &x->tok[ti], "relationship")) &&
      (tok_is(x, &x->tok[ti - 2], "leveraging") || tok_is(x, &x->tok[ti - 2], "through") ||
       tok_is(x, &x->tok[ti - 2], "under") || tok_is(x, &x->tok[ti - 2], "via") ||
       tok_is(x, &x->tok[ti - 2], "using") || tok_is(x, &x->tok[ti - 2], "despite") ||
       tok_is(x, &x->tok[ti - 2], "given") || tok_is(x, &x->tok[ti - 2], "affect") ||
       tok_is(x, &x->tok[ti - 2], "affects") || tok_is(x, &x->tok[ti - 2], "hurt")))
    return "a tie that exists";
  /* "profit rose 14 percent, helped by its purchase of snack maker Meridale Foods": a
   * deal whose effect on results is told, done before the period reported */
  {
    unsigned k = ti, adj = 0;
    while (k > 0 && adj < 6 && ((x->tok[k - 1].fl & (DS__T_NUM | DS__T_PUNCT)) || x->tok[k - 1].org >= 0 ||
                                (x->tok[k - 1].wcls & (DS__W_SCALE | DS__W_CURWORD)) ||
                                ((x->tok[k - 1].fl & DS__T_WORD) && is_lower((unsigned char)TX(x, &x->tok[k - 1])[0]) &&
                                 !(x->tok[k - 1].wcls & DS__W_PREP) && !tok_is(x, &x->tok[k - 1], "its") &&
                                 !tok_is(x, &x->tok[k - 1], "their") && !tok_is(x, &x->tok[k - 1], "the"))) &&
           !tok_punct(x, &x->tok[k - 1], ','))
      k--, adj++;
    /* ("helped by Baxley purchase", a headline's) */
    if (k >= 1 && (tok_is(x, &x->tok[k - 1], "its") || tok_is(x, &x->tok[k - 1], "their") || tok_is(x, &x->tok[k - 1], "the")))
      k--;
    if (k >= 2 && ds__deal_noun(x, &x->tok[ti]) && tok_is(x, &x->tok[k - 1], "by")) {
      static const char *const eff[] = {"helped",  "boosted", "lifted",   "buoyed", "aided",     "driven",
                                        "hurt",    "dragged", "weighed",  "hit",    "offset",    "bolstered",
                                        "fuelled", "fueled",  "slowed",   "depressed", "reduced", "diluted"};
      if (tok_in(x, &x->tok[k - 2], eff, sizeof eff / sizeof eff[0])) return "a deal's effect on results";
    }
  }
  /* "phones built under the Android partnership umbrella", "integrating its Morgan
   * Stanley Smith Barney brokerage joint venture with Citigroup": a tie with a name of
   * its own, past the lead, is one that exists */
  if (ti >= 2 && (tok_is(x, &x->tok[ti], "partnership") || tok_is(x, &x->tok[ti], "alliance") ||
                  tok_is(x, &x->tok[ti], "joint") || tok_is(x, &x->tok[ti], "venture"))) {
    unsigned k = ti, low = 0, named = 0;
    while (k > 0 && low < 2 && (x->tok[k - 1].fl & DS__T_WORD) && is_lower((unsigned char)TX(x, &x->tok[k - 1])[0]) &&
           !tok_is(x, &x->tok[k - 1], "the") && !tok_is(x, &x->tok[k - 1], "its") && !tok_is(x, &x->tok[k - 1], "their") &&
           !tok_is(x, &x->tok[k - 1], "a") && !tok_is(x, &x->tok[k - 1], "an") && !(x->tok[k - 1].wcls & DS__W_PREP))
      k--, low++;
    while (k > 0 && (x->tok[k - 1].org >= 0 || (x->tok[k - 1].fl & DS__T_SKIP) || tok_punct(x, &x->tok[k - 1], '(') ||
                     tok_punct(x, &x->tok[k - 1], ')')))
      k--, named++;
    if (named && k > 0 && (tok_is(x, &x->tok[k - 1], "its") || tok_is(x, &x->tok[k - 1], "their") ||
                           (tok_is(x, &x->tok[k - 1], "the") && (!x->in_lead || (k >= 2 && tok_is(x, &x->tok[k - 2], "under"))))) &&
        (!x->in_lead || (k >= 2 && tok_is(x, &x->tok[k - 2], "under"))))
      return "a tie that exists";
  }
  /* "its long-term research partnership with Kodak": a kept tie, a word of its field
   * between */
  if (ti >= 3 && (tok_is(x, &x->tok[ti - 3], "its") || tok_is(x, &x->tok[ti - 3], "their")) &&
      (tok_is(x, &x->tok[ti], "partnership") || tok_is(x, &x->tok[ti], "alliance") ||
       tok_is(x, &x->tok[ti], "relationship") || tok_is(x, &x->tok[ti], "venture")) &&
      (tok_is(x, &x->tok[ti - 2], "existing") || tok_is(x, &x->tok[ti - 2], "long-term") ||
       tok_is(x, &x->tok[ti - 2], "long-standing") || tok_is(x, &x->tok[ti - 2], "longstanding") ||
       tok_is(x, &x->tok[ti - 2], "longtime") || tok_is(x, &x->tok[ti - 2], "ongoing") ||
       tok_is(x, &x->tok[ti - 2], "current")) &&
      (x->tok[ti - 1].fl & DS__T_WORD) && is_lower((unsigned char)TX(x, &x->tok[ti - 1])[0]))
    return "a tie that exists";
  /* "its existing partnership with", "their long-standing alliance" */
  if (ti >= 2 && (tok_is(x, &x->tok[ti - 2], "its") || tok_is(x, &x->tok[ti - 2], "their")) &&
      (tok_is(x, &x->tok[ti], "partnership") || tok_is(x, &x->tok[ti], "alliance") ||
       tok_is(x, &x->tok[ti], "relationship") || tok_is(x, &x->tok[ti], "venture")) &&
      (tok_is(x, &x->tok[ti - 1], "existing") || tok_is(x, &x->tok[ti - 1], "current") ||
       tok_is(x, &x->tok[ti - 1], "long-standing") || tok_is(x, &x->tok[ti - 1], "longstanding") ||
       tok_is(x, &x->tok[ti - 1], "longtime") || tok_is(x, &x->tok[ti - 1], "ongoing") ||
       tok_is(x, &x->tok[ti - 1], "decades-long") || tok_is(x, &x->tok[ti - 1], "years-long")))
    return "a tie that exists";
  /* "deals in the industry, like Duke Energy's bid for Progress Energy": an example */
  for (unsigned k = ti >= 14 ? ti - 14 : 0; k < ti; k++)
    if ((tok_is(x, &x->tok[k], "like") && k > 0 && tok_punct(x, &x->tok[k - 1], ',')) ||
        (tok_is(x, &x->tok[k], "such") && k + 1 < ti && tok_is(x, &x->tok[k + 1], "as")))
      return "an example";
  /* "made several big acquisitions, including buying the insurance operations from GE",
   * "has made a number of deals in recent months, including ...": one of many */
  for (unsigned k = ti >= 14 ? ti - 14 : 0; k + 1 < ti; k++)
    if ((tok_is(x, &x->tok[k], "acquisitions") || tok_is(x, &x->tok[k], "deals") ||
         tok_is(x, &x->tok[k], "purchases") || tok_is(x, &x->tok[k], "investments") ||
         tok_is(x, &x->tok[k], "takeovers")) &&
        k >= 1 && (tok_is(x, &x->tok[k - 1], "several") || tok_is(x, &x->tok[k - 1], "many") ||
                   tok_is(x, &x->tok[k - 1], "big") || tok_is(x, &x->tok[k - 1], "numerous") ||
                   tok_is(x, &x->tok[k - 1], "other") || tok_is(x, &x->tok[k - 1], "previous") ||
                   tok_is(x, &x->tok[k - 1], "of") || tok_is(x, &x->tok[k - 1], "major")))
      for (unsigned q = k + 1; q < ti && q <= k + 6; q++)
        if (tok_is(x, &x->tok[q], "including")) return "an example";
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
  /* "John Thain, who engineered the firm's sale to Bank of America": a relative
   * clause telling what was done (a verb in the past right after the pronoun) */
  for (unsigned k = ti >= 7 ? ti - 7 : 0; k + 1 < ti; k++)
    if ((tok_is(x, &x->tok[k], "who") || tok_is(x, &x->tok[k], "which")) && k > 0 &&
        tok_punct(x, &x->tok[k - 1], ',') && past_tense(x, &x->tok[k + 1]) && !(x->tok[k + 1].wcls & DS__W_STATUS))
      return "relative clause";
  /* "was being investigated over its costly acquisition of Antonveneta": a deal its
   * owner is judged by, done */
  if (ti >= 2 && (tok_is(x, &x->tok[ti - 2], "its") || tok_is(x, &x->tok[ti - 2], "their")) &&
      ds__deal_noun(x, &x->tok[ti]) &&
      (tok_is(x, &x->tok[ti - 1], "costly") || tok_is(x, &x->tok[ti - 1], "ill-fated") ||
       tok_is(x, &x->tok[ti - 1], "troubled") || tok_is(x, &x->tok[ti - 1], "disastrous") ||
       tok_is(x, &x->tok[ti - 1], "botched") || tok_is(x, &x->tok[ti - 1], "controversial") ||
       tok_is(x, &x->tok[ti - 1], "past") || tok_is(x, &x->tok[ti - 1], "disputed") ||
       tok_is(x, &x->tok[ti - 1], "expensive") || tok_is(x, &x->tok[ti - 1], "successful")))
    return "an earlier deal";
  /* "breach of a 1984 agreement under which Marchmont licensed Dalby's technology":
   * the terms of an agreement of a year past */
  for (unsigned k = ti >= 4 ? ti - 4 : 0; k + 1 < ti && x->pub_y; k++)
    if (k >= 2 && tok_is(x, &x->tok[k], "under") && tok_is(x, &x->tok[k + 1], "which") &&
        (tok_is(x, &x->tok[k - 1], "agreement") || tok_is(x, &x->tok[k - 1], "contract") ||
         tok_is(x, &x->tok[k - 1], "deal") || tok_is(x, &x->tok[k - 1], "pact") ||
         tok_is(x, &x->tok[k - 1], "accord")) &&
        year_of(x, &x->tok[k - 2]) > 0 && year_of(x, &x->tok[k - 2]) < x->pub_y)
      return "an earlier year";
  unsigned from = ti >= 4 ? ti - 4 : 0;
  for (unsigned k = from; k < ti; k++)
    if ((tok_is(x, &x->tok[k], "which") || tok_is(x, &x->tok[k], "who") ||
         tok_is(x, &x->tok[k], "whose") || tok_is(x, &x->tok[k], "since")) &&
        !(k > 0 && (x->tok[k - 1].wcls & DS__W_PREP || ds__is_other_prep(x, &x->tok[k - 1]) ||
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
    /* "rejected a bid proposal from Warner Music in March", told in May: a month past
     * within the deal's clause */
    if (k >= tj && x->pub_m && tok_is(x, t, "in") && k + 1 < to && (x->tok[k + 1].wcls & DS__W_MONTH) &&
        x->tok[k + 1].rule >= 0 && !(k + 2 < x->ntok && (x->tok[k + 2].fl & DS__T_NUM)) &&
        month_past(x, x->wt[x->tok[k + 1].rule].val, k))
      return "earlier month";
    /* ("Lindeboom agreed last month to be bought by Selvik": a deal agreed a month
     * ago and not yet done is still the live deal) */
    if (tok_is(x, t, "last") && k + 1 < x->ntok && tok_is(x, &x->tok[k + 1], "month") && k > 0 &&
        tok_is(x, &x->tok[k - 1], "agreed") && k + 2 < x->ntok && tok_is(x, &x->tok[k + 2], "to"))
      continue;
    if (tok_is(x, t, "last") && k + 1 < x->ntok &&
        (tok_is(x, &x->tok[k + 1], "year") || tok_is(x, &x->tok[k + 1], "month") ||
         (x->tok[k + 1].wcls & DS__W_MONTH) || tok_is(x, &x->tok[k + 1], "autumn") ||
         tok_is(x, &x->tok[k + 1], "spring") || tok_is(x, &x->tok[k + 1], "summer") ||
         tok_is(x, &x->tok[k + 1], "winter") || tok_is(x, &x->tok[k + 1], "fall")))
      return "last year";
    /* "earlier this month", "earlier in the year": a past the story looks back on */
    if (tok_is(x, t, "earlier") && k + 2 < x->ntok &&
        (tok_is(x, &x->tok[k + 1], "this") || tok_is(x, &x->tok[k + 1], "in")) &&
        (tok_is(x, &x->tok[k + 2], "year") || tok_is(x, &x->tok[k + 2], "month") ||
         tok_is(x, &x->tok[k + 2], "the")))
      return "earlier this year";
    if (tok_is(x, t, "previously") || tok_is(x, t, "formerly") || tok_is(x, t, "ago"))
      if (!(k + 1 < x->ntok && tok_is(x, &x->tok[k + 1], "announced")))
        return "earlier";
  }
  /* "costs associated with the acquisition of Trellisdata, which was completed in June
   * 2025" (told in November): a deal the relative clause dates before the story */
  if (x->pub_y && x->pub_m)
    for (unsigned k = tj; k + 5 < x->ntok && k < tj + 12; k++) {
      if (tok_punct(x, &x->tok[k], ';') || tok_punct(x, &x->tok[k], '.')) break;
      if (!(tok_punct(x, &x->tok[k], ',') && tok_is(x, &x->tok[k + 1], "which") &&
            (tok_is(x, &x->tok[k + 2], "was") || tok_is(x, &x->tok[k + 2], "were"))))
        continue;
      const ds__tok *v = &x->tok[k + 3];
      if (!(tok_is(x, v, "completed") || tok_is(x, v, "closed") || tok_is(x, v, "finalized") ||
            tok_is(x, v, "finalised") || tok_is(x, v, "announced") || tok_is(x, v, "signed")))
        break;
      unsigned q = k + 4;
      if (!tok_is(x, &x->tok[q], "in")) break;
      q++;
      int m = (x->tok[q].wcls & DS__W_MONTH) && x->tok[q].rule >= 0 ? x->wt[x->tok[q].rule].val : 0;
      if (m) q++;
      int y = q < x->ntok ? year_of(x, &x->tok[q]) : 0;
      if ((y && y < x->pub_y) || (m && m < x->pub_m && (!y || y == x->pub_y))) return "an earlier month";
      break;
    }
  /* "IBM acquired Rolm, a Santa Clara, Calif.-based maker of ..., in 1984.": a year
   * that ends the sentence dates its past-tense deal */
  if (x->pub_y && past_tense(x, &x->tok[ti])) {
    unsigned e = x->ntok;
    while (e > tj && (x->tok[e - 1].fl & DS__T_PUNCT)) e--;
    if (e >= tj + 2) {
      int y = year_of(x, &x->tok[e - 1]);
      unsigned b = e - 2;
      if (b > tj && (x->tok[b].wcls & DS__W_MONTH)) b--;
      if (y && y < x->pub_y && tok_is(x, &x->tok[b], "in") && b > tj && tok_punct(x, &x->tok[b - 1], ','))
        return "earlier year";
    }
  }
  /* "The company recently announced a collaboration with X", "recently signed an
   * agreement with": the verb tells a deal of some time ago (not "its recently
   * announced acquisition", a pending deal named) */
  for (unsigned k = ti >= 5 ? ti - 5 : 0; k + 2 < ti; k++)
    if (tok_is(x, &x->tok[k], "recently") &&
        (tok_is(x, &x->tok[k + 1], "announced") || tok_is(x, &x->tok[k + 1], "signed") ||
         tok_is(x, &x->tok[k + 1], "completed") || tok_is(x, &x->tok[k + 1], "closed") ||
         tok_is(x, &x->tok[k + 1], "formed") || tok_is(x, &x->tok[k + 1], "entered")) &&
        (tok_is(x, &x->tok[k + 2], "a") || tok_is(x, &x->tok[k + 2], "an") ||
         tok_is(x, &x->tok[k + 2], "its") || tok_is(x, &x->tok[k + 2], "their") ||
         tok_is(x, &x->tok[k + 2], "into")))
      return "a recent deal";
  /* "its $1.2 billion acquisition of Apollo Circuits, completed in July, would add to
   * earnings": a deal the clause after it dates as done or told months ago */
  if (to + 3 < x->ntok && tok_punct(x, &x->tok[to], ',') &&
      (tok_is(x, &x->tok[to + 1], "completed") || tok_is(x, &x->tok[to + 1], "closed") ||
       tok_is(x, &x->tok[to + 1], "announced") || tok_is(x, &x->tok[to + 1], "agreed") ||
       tok_is(x, &x->tok[to + 1], "signed") || tok_is(x, &x->tok[to + 1], "struck"))) {
    unsigned q = to + 2;
    if (tok_is(x, &x->tok[q], "last") && q + 1 < x->ntok &&
        (tok_is(x, &x->tok[q + 1], "year") || tok_is(x, &x->tok[q + 1], "month") || (x->tok[q + 1].wcls & DS__W_MONTH)))
      return "last year";
    if (tok_is(x, &x->tok[q], "in")) {
      q++;
      if (x->pub_m && (x->tok[q].wcls & DS__W_MONTH) && x->tok[q].rule >= 0 &&
          !(q + 1 < x->ntok && (x->tok[q + 1].fl & DS__T_NUM)) &&
          month_past(x, x->wt[x->tok[q].rule].val, q - 1))
        return "earlier month";
      if (q + 1 < x->ntok && (x->tok[q].wcls & DS__W_MONTH)) q++;
      int y = year_of(x, &x->tok[q]);
      if (y && x->pub_y && y < x->pub_y) return "earlier year";
    }
  }
  /* "sales at its Chinese joint venture with Guangzhou Auto Group rose": a venture the
   * company has, told with its partner and no word of forming it */
  if (ti >= 1 && tj < x->ntok && tok_is(x, &x->tok[tj], "with") &&
      (tok_is(x, &x->tok[tj - 1], "venture") || tok_is(x, &x->tok[tj - 1], "jv") ||
       tok_is(x, &x->tok[tj - 1], "partnership") || tok_is(x, &x->tok[tj - 1], "alliance"))) {
    unsigned b = ti, adj = 0;
    while (b > 0 && adj < 2 && (x->tok[b - 1].fl & DS__T_WORD) && !tok_is(x, &x->tok[b - 1], "its") &&
           !tok_is(x, &x->tok[b - 1], "their") && ((x->tok[b - 1].wcls & DS__W_NATION) || (x->tok[b - 1].fl & DS__T_ADJ) ||
                                                   is_lower((unsigned char)TX(x, &x->tok[b - 1])[0])) &&
           !(x->tok[b - 1].wcls & (DS__W_STATUS | DS__W_PREP | DS__W_DEALVERB)))
      b--, adj++;
    if (b > 0 && (tok_is(x, &x->tok[b - 1], "its") || tok_is(x, &x->tok[b - 1], "their"))) {
      int formed = 0;
      for (unsigned k = b >= 9 ? b - 9 : 0; k < b && !formed; k++) {
        const ds__tok *v = &x->tok[k];
        formed = (v->wcls & DS__W_STATUS) || tok_is(x, v, "form") || tok_is(x, v, "forming") ||
                 tok_is(x, v, "create") || tok_is(x, v, "creating") || tok_is(x, v, "set") ||
                 tok_is(x, v, "setting") || tok_is(x, v, "establish") || tok_is(x, v, "launch") ||
                 tok_is(x, v, "expand") || tok_is(x, v, "extend") || tok_is(x, v, "extended") ||
                 tok_is(x, v, "expanded") || tok_is(x, v, "renew") || tok_is(x, v, "renewed");
      }
      if (!formed) return "a tie that exists";
    }
  }
  /* "Starbucks bought Evolution Fresh, a bottled juice maker, for $30 million in
   * November 2011": a past-tense deal dated past a description of what was bought */
  if (x->pub_y && past_tense(x, &x->tok[ti]))
    for (unsigned k = to; k + 1 < x->ntok && k < tj + 24; k++) {
      const ds__tok *t = &x->tok[k];
      if ((t->wcls & DS__W_CLAUSE) || tok_punct(x, t, ';') || tok_punct(x, t, '.')) break;
      if (!tok_is(x, t, "in")) continue;
      unsigned q = k + 1;
      if (q + 1 < x->ntok && (x->tok[q].wcls & DS__W_MONTH)) q++;
      int y = year_of(x, &x->tok[q]);
      if (y && y < x->pub_y) return "earlier year";
    }
  /* "Notely had raised $4.5 million from investors including Palisade": the past
   * perfect, with no one reporting it ("said it had agreed to buy" is news), tells
   * what came before the story */
  if (ti >= 2 && tok_is(x, &x->tok[ti - 1], "had") && x->tok[ti - 2].org >= 0 && past_tense(x, &x->tok[ti])) {
    int told = 0;
    for (unsigned k = 0; k < x->ntok && !told; k++)
      told = tok_is(x, &x->tok[k], "said") || tok_is(x, &x->tok[k], "says") || tok_is(x, &x->tok[k], "told") ||
             tok_is(x, &x->tok[k], "according") || tok_is(x, &x->tok[k], "announced") ||
             tok_is(x, &x->tok[k], "reported") || tok_is(x, &x->tok[k], "disclosed") ||
             tok_is(x, &x->tok[k], "added") || tok_is(x, &x->tok[k], "confirmed") ||
             /* a release's own verb: "announces that it has terminated the agreement
              * ..., pursuant to which Northbeam had agreed to acquire" */
             tok_is(x, &x->tok[k], "announces") || tok_is(x, &x->tok[k], "announce");
    if (!told) return "earlier";
  }
  /* "its recent acquisition of GSO Capital", "recently acquired Merrill Lynch": a deal
   * the story looks back on (not "its recently announced acquisition") */
  for (unsigned k = ti >= 3 ? ti - 3 : 0; k < ti; k++)
    if ((tok_is(x, &x->tok[k], "recent") || tok_is(x, &x->tok[k], "recently")) &&
        !tok_is(x, &x->tok[k + 1], "announced") && !tok_is(x, &x->tok[k + 1], "agreed") &&
        !tok_is(x, &x->tok[k + 1], "signed") && !tok_is(x, &x->tok[k + 1], "completed") &&
        !tok_is(x, &x->tok[k + 1], "closed") && !tok_is(x, &x->tok[k + 1], "concluded")) {
      unsigned q = k + 1; /* only words that describe the deal between */
      while (q < ti && (x->tok[q].fl & DS__T_WORD) && is_lower((unsigned char)TX(x, &x->tok[q])[0]) &&
             !tok_is(x, &x->tok[q], "talks"))
        q++;
      if (q == ti) return "a recent deal"; /* (but "recent talks to sell": news) */
    }
  /* "its 2008 acquisition of Countrywide", "the company's 2009 purchase of": a year
   * that dates the deal noun itself */
  const ds__tok *tt = &x->tok[ti];
  int dated_noun = ds__deal_noun(x, tt) || tok_is(x, tt, "merger") || tok_is(x, tt, "deal") ||
                   tok_is(x, tt, "venture") || tok_is(x, tt, "partnership") || tok_is(x, tt, "alliance") ||
                   tok_is(x, tt, "tie-up") || tok_is(x, tt, "agreement"); /* ("the 2022 merger with X") */
  for (unsigned k = ti >= 3 ? ti - 3 : 0; k < ti && x->pub_y; k++) {
    int y = year_of(x, &x->tok[k]);
    if (y && y < x->pub_y && dated_noun) {
      unsigned q = k + 1; /* only adjectives between: "2008 hostile takeover" */
      while (q < ti && (x->tok[q].fl & DS__T_WORD) && is_lower((unsigned char)TX(x, &x->tok[q])[0])) q++;
      if (q == ti) return "earlier year";
    }
    /* "its December acquisition of Space Co" (told in March): a month not the
     * story's own */
    if (x->pub_m && (x->tok[k].wcls & DS__W_MONTH) && k + 1 == ti && k > 0 && ds__deal_noun(x, &x->tok[ti]) &&
        (tok_is(x, &x->tok[k - 1], "its") || tok_is(x, &x->tok[k - 1], "'s") ||
         tok_is(x, &x->tok[k - 1], "their") || tok_is(x, &x->tok[k - 1], "the")) &&
        x->tok[k].rule >= 0 && x->wt[x->tok[k].rule].val > 0 && x->wt[x->tok[k].rule].val != x->pub_m)
      return "an earlier month";
  }
  /* "In February Alleghany agreed to buy ...", told in March: a sentence that opens
   * with another month than the story's, for a deal told in the past tense */
  if (x->pub_m && x->ntok > 3 && tok_is(x, &x->tok[0], "in") && (x->tok[1].wcls & DS__W_MONTH) &&
      x->tok[1].rule >= 0 && x->wt[x->tok[1].rule].val > 0 && x->wt[x->tok[1].rule].val != x->pub_m &&
      !(x->tok[2].fl & DS__T_NUM) && past_tense(x, &x->tok[ti]))
    return "an earlier month";
  /* "Pennzoil's 1984 plan to acquire Getty Oil": a dated plan */
  if (x->pub_y && ti >= 3 && tok_is(x, &x->tok[ti - 1], "to") &&
      (tok_is(x, &x->tok[ti - 2], "plan") || tok_is(x, &x->tok[ti - 2], "attempt") ||
       tok_is(x, &x->tok[ti - 2], "bid") || tok_is(x, &x->tok[ti - 2], "effort") ||
       tok_is(x, &x->tok[ti - 2], "agreement") || tok_is(x, &x->tok[ti - 2], "deal"))) {
    int y = year_of(x, &x->tok[ti - 3]);
    if (y && y < x->pub_y) return "earlier year";
  }
  /* the clause opens with the past: "Last month TCI urged EADS to sell", "Walmart
   * previously tested delivery via partnerships with" */
  for (unsigned k = ti; k-- > 0 && ti - k <= 12;) {
    const ds__tok *t = &x->tok[k];
    if (tok_punct(x, t, ',') && k > 1 && x->pub_y && (x->tok[0].wcls & (DS__W_PREP | DS__W_OTHERPREP))) {
      /* "Between 1998 and 2002, Sun bought ...", "From 2004 to 2006, ...": a fronted
       * period of past years */
      int past = 0;
      for (unsigned q = 1; q < k; q++) {
        int y = year_of(x, &x->tok[q]);
        if (y && y >= x->pub_y) past = -1;
        if (y && y < x->pub_y && past == 0) past = 1;
      }
      if (past == 1) return "earlier year";
    }
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

/* "Separately, ...", "has also entered into", "Concurrently, ...", "today": the
 * sentence adds news of its own, however late it comes. */
/* Does the text at off open a line (only spaces before it since the last newline)? */
static int line_start(const ds_extractor *x, uint32_t off) {
  while (off > x->body_off && (x->text[off - 1] == ' ' || x->text[off - 1] == '\t')) off--;
  return off <= x->body_off || x->text[off - 1] == '\n';
}

/* Does the line that holds off, or the line right above it, open with a list number
 * ("2. Scribe Corp buys Quillmate", "3) ...")? */
/* The start of the line that holds off (not before lo): back eight bytes at a time
 * while none is a line break (wire copy runs a whole story into one line). */
static uint32_t start_of_line(const char *t, uint32_t lo, uint32_t off) {
  const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
  while (off >= lo + 8) {
    uint64_t w;
    memcpy(&w, t + off - 8, 8);
    uint64_t v = w ^ (ones * '\n');
    if ((v - ones) & ~v & highs) break; /* a line break among them: find it below */
    off -= 8;
  }
  while (off > lo && t[off - 1] != '\n') off--;
  return off;
}

static int numbered_line(const ds_extractor *x, uint32_t off) {
  const uint32_t end = x->a->body.off + x->a->body.len;
  for (int up = 0; up < 2; up++) {
    off = off > x->body_off ? start_of_line(x->text, x->body_off, off) : off; /* the line's start */
    uint32_t p = off;
    while (p < end && (x->text[p] == ' ' || x->text[p] == '\t')) p++;
    unsigned d = 0;
    while (d < 3 && p + d < end && x->text[p + d] >= '0' && x->text[p + d] <= '9') d++;
    if (d && p + d + 1 < end && (x->text[p + d] == '.' || x->text[p + d] == ')') && x->text[p + d + 1] == ' ')
      return 1;
    if (off <= x->body_off + 1 || x->text[off - 2] == '\n') return 0; /* a blank line above */
    off--;
  }
  return 0;
}

/* The numbered item of a roundup that holds off: from its number's line to the blank
 * line that ends it. Returns 0 when off is in no such item. */
int ds__numbered_item(const ds_extractor *x, uint32_t off, uint32_t *s, uint32_t *e) {
  if (!numbered_line(x, off)) return 0;
  const uint32_t end = x->a->body.off + x->a->body.len;
  uint32_t b = off;
  while (b > x->body_off && !(x->text[b - 1] == '\n' && b >= 2 && x->text[b - 2] == '\n')) b--;
  uint32_t f = off;
  while (f < end && !(x->text[f] == '\n' && f + 1 < end && x->text[f + 1] == '\n')) f++;
  *s = b, *e = f;
  return 1;
}

int ds__more_news(const ds_extractor *x) {
  unsigned k = 0;
  /* "2. Scribe Corp buys Quillmate\nDocument automation company Scribe Corp acquired
   * Quillmate": an item of a numbered roundup, and its line under the number */
  if (x->ntok > 0 && numbered_line(x, x->tok[0].off)) return 1;
  /* "- Brennan Group Plc said ...", "** Swiss insurer X is buying": an item of a roundup
   * is news of its own */
  if (x->ntok > 0 && line_start(x, x->tok[0].off) &&
      (tok_punct(x, &x->tok[0], '-') || tok_punct(x, &x->tok[0], '*') ||
       tok_is(x, &x->tok[0], "\xe2\x80\xa2")))
    return 1;
  while (k < x->ntok && (x->tok[k].fl & DS__T_PUNCT)) k++;
  if (k < x->ntok) { /* how the sentence opens */
    const ds__tok *t = &x->tok[k];
    if (tok_is(x, t, "separately") || tok_is(x, t, "concurrently") ||
        tok_is(x, t, "additionally") || tok_is(x, t, "simultaneously") ||
        (tok_is(x, t, "in") && k + 1 < x->ntok && tok_is(x, &x->tok[k + 1], "addition")))
      return 1;
    /* "In the same announcement, Aalvik said it had secured an order", "In a separate
     * statement, ...": another item of the day's news */
    if ((tok_is(x, t, "in") || tok_is(x, t, "under")) && k + 3 < x->ntok &&
        (tok_is(x, &x->tok[k + 1], "the") || tok_is(x, &x->tok[k + 1], "a")) &&
        (tok_is(x, &x->tok[k + 2], "same") || tok_is(x, &x->tok[k + 2], "separate")) &&
        (tok_is(x, &x->tok[k + 3], "announcement") || tok_is(x, &x->tok[k + 3], "statement") ||
         tok_is(x, &x->tok[k + 3], "release") || tok_is(x, &x->tok[k + 3], "filing") ||
         tok_is(x, &x->tok[k + 3], "agreement") || tok_is(x, &x->tok[k + 3], "deal") ||
         tok_is(x, &x->tok[k + 3], "transaction")))
      return 1;
  }
  /* "Ferralis SA climbed 3.8 percent after saying it had won ...": a market report's
   * line on one company, news of the day wherever it stands */
  for (k = 1; k + 3 < x->ntok; k++) {
    const ds__tok *t = &x->tok[k];
    if (!(tok_is(x, t, "rose") || tok_is(x, t, "climbed") || tok_is(x, t, "jumped") ||
          tok_is(x, t, "gained") || tok_is(x, t, "surged") || tok_is(x, t, "soared") ||
          tok_is(x, t, "rallied") || tok_is(x, t, "fell") || tok_is(x, t, "slipped") ||
          tok_is(x, t, "dropped") || tok_is(x, t, "tumbled") || tok_is(x, t, "slumped") ||
          tok_is(x, t, "sank") || tok_is(x, t, "plunged") || tok_is(x, t, "advanced")))
      continue;
    if (!(x->tok[k + 1].fl & DS__T_NUM)) continue;
    for (unsigned q = k + 2; q < x->ntok && q < k + 8; q++)
      if (tok_is(x, &x->tok[q], "after")) return 1;
  }
  for (k = 1; k + 1 < x->ntok; k++) /* "has also entered into", "also signed" */
    if (tok_is(x, &x->tok[k], "also") && (x->tok[k + 1].wcls & (DS__W_STATUS | DS__W_DEALVERB)))
      return 1;
  /* "KDC also said it had signed a letter of intent with X": another deal the same
   * report tells */
  for (k = 1; k + 4 < x->ntok; k++)
    if (tok_is(x, &x->tok[k], "also") && (tok_is(x, &x->tok[k + 1], "said") || tok_is(x, &x->tok[k + 1], "announced")))
      for (unsigned q = k + 2; q < k + 6 && q < x->ntok; q++)
        if ((x->tok[q].wcls & DS__W_STATUS) && x->tok[q].rule >= 0 &&
            (x->wt[x->tok[q].rule].status & 0x0f) != DS_STATUS_PROPOSED)
          return 1; /* (a deal made: "had signed", not "would license") */
  return 0;
}

/* "the Bank of Alexandria will be sold": the name, then only auxiliaries. */
int ds__subject_right_before(const ds_extractor *x, unsigned ti) {
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

int ds__passive_sale(const ds__rule *r) {
  return rule_is(r, "sold-to") || rule_is(r, "acquired-by");
}

/* "look for acquisitions", "investments in the sector": a plural deal noun speaks of
 * deals in general unless it names what they are of. */
int ds__generic_plural(const ds_extractor *x, const ds__tok *t) {
  return tok_is(x, t, "acquisitions") || tok_is(x, t, "takeovers") || tok_is(x, t, "buyouts") ||
         tok_is(x, t, "investments") || tok_is(x, t, "purchases") || tok_is(x, t, "mergers");
}

/* "the Treasury took over", "the government will inject": a state agent acts, and
 * bail-outs and aid are no deals (the guideline's conventions). */
/* "Italy injects 2 billion euros into Banca Meridiana": a country right before the
 * verb. */
int ds__country_before(const ds_extractor *x, unsigned ti) {
  for (unsigned k = ti, n = 0; k-- > 0 && n < 3; n++) {
    const ds__tok *t = &x->tok[k];
    if ((t->wcls & DS__W_PLACE) && t->org < 0 && (t->fl & DS__T_CAP)) return 1;
    if (!(tok_is(x, t, "has") || tok_is(x, t, "will") || tok_is(x, t, "to") || tok_is(x, t, "would")))
      return 0;
  }
  return 0;
}

int ds__state_agent(const ds_extractor *x, unsigned ti) {
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
int ds__person_before(const ds_extractor *x, unsigned ti) {
  for (unsigned k = ti, n = 0; k-- > 0 && n < 12; n++) {
    const ds__tok *t = &x->tok[k];
    if ((t->fl & DS__T_PERSON) || (t->org >= 0 && ds__is_person(x, t->org))) return 1;
    if (t->org >= 0 || tok_punct(x, t, ';')) return 0;
  }
  return 0;
}

/* "sold 114,000 Allied Products common shares": shares, no named buyer */
int ds__shares_after(const ds_extractor *x, unsigned tj) {
  unsigned lim = tj + 8 < x->ntok ? tj + 8 : x->ntok;
  for (unsigned k = tj; k < lim; k++)
    if (tok_is(x, &x->tok[k], "shares") || tok_is(x, &x->tok[k], "stock") ||
        /* ("sold off most of its holdings in Heck's Inc common stock") */
        (tok_is(x, &x->tok[k], "holdings") && k > 0 &&
         (tok_is(x, &x->tok[k - 1], "its") || tok_is(x, &x->tok[k - 1], "their") || tok_is(x, &x->tok[k - 1], "his"))))
      return 1;
  return 0;
}

/* Is one of three words within n tokens from k? */
int ds__word_after(const ds_extractor *x, unsigned k, unsigned n, const char *a,
                   const char *b, const char *c) {
  for (unsigned q = k; q < x->ntok && q < k + n; q++)
    if (tok_is(x, &x->tok[q], a) || tok_is(x, &x->tok[q], b) || tok_is(x, &x->tok[q], c))
      return 1;
  return 0;
}

/* The token after an organization named at k and the parenthesis that follows it:
 * "granted Kurobe Pharma Co., Ltd. (TSE: 4622) an exclusive license" - what the
 * name is granted comes after its ticker, however long the name. */
unsigned ds__past_name(const ds_extractor *x, unsigned k) {
  if (k >= x->ntok || x->tok[k].org < 0) return k;
  int o = x->tok[k].org;
  while (k < x->ntok && (x->tok[k].org == o || tok_is(x, &x->tok[k], ".") || tok_is(x, &x->tok[k], ","))) k++;
  if (k < x->ntok && tok_is(x, &x->tok[k], "(")) {
    unsigned q = k;
    while (q < x->ntok && q < k + 12 && !tok_is(x, &x->tok[q], ")")) q++;
    if (q < x->ntok && tok_is(x, &x->tok[q], ")")) k = q + 1;
  }
  return k;
}

int ds__sell_verb_before(const ds_extractor *x, unsigned ti) {
  return class_before(x, ti, 6, DS__W_SELLVERB);
}

/* "owns a 55 pct stake in": a holding, not a deal. A stake is news when a verb of
 * buying, selling or raising governs it. */
int ds__deal_verb_before(const ds_extractor *x, unsigned ti) {
  return class_before(x, ti, 6, DS__W_DEALVERB);
}

/* "launched a takeover", "made a bid": the subject acts */
int ds__agent_verb_before(const ds_extractor *x, unsigned ti) {
  return class_before(x, ti, 5, DS__W_AGENTVERB);
}

/* A venture being made: "form", "set up", "create", "a new", "50-50" just before. */
int ds__formed_before(const ds_extractor *x, unsigned ti) {
  for (unsigned k = ti >= 4 ? ti - 4 : 0; k < ti; k++)
    if (tok_in(x, &x->tok[k], ds__formation_words, ds__formation_words_n)) return 1;
  return 0;
}

/* "an offer from <Sterling Grace ...>", "the cash offer made last week by Kellerman":
 * the bidder named within a few words. */
int ds__bidder_after(const ds_extractor *x, unsigned k) {
  /* (not a verb's object between: "offer mobile phones from X") */
  if (k < x->ntok && (x->tok[k].fl & DS__T_WORD) && is_lower((unsigned char)TX(x, &x->tok[k])[0]) &&
      !x->tok[k].wcls && !tok_is(x, &x->tok[k], "made") && !tok_is(x, &x->tok[k], "was") &&
      !tok_is(x, &x->tok[k], "is") && !tok_is(x, &x->tok[k], "had") && !tok_is(x, &x->tok[k], "has") &&
      !tok_is(x, &x->tok[k], "been") && !tok_is(x, &x->tok[k], "received") &&
      !tok_is(x, &x->tok[k], "worth") && !tok_is(x, &x->tok[k], "valued"))
    return 0;
  for (unsigned q = k; q + 1 < x->ntok && q < k + 6; q++) {
    if (!(tok_is(x, &x->tok[q], "from") || tok_is(x, &x->tok[q], "by"))) continue;
    unsigned o = q + 1;
    while (o < x->ntok && o < q + 3 && (x->tok[o].fl & (DS__T_SKIP | DS__T_PUNCT))) o++;
    /* "a bid by Rupert Murdoch's News Corp": past an owner's possessive */
    unsigned p = o;
    while (p < x->ntok && p < o + 4 && x->tok[p].org < 0 && (x->tok[p].fl & DS__T_CAP)) p++;
    if (p > o + 1 && (x->tok[o].wcls & DS__W_FIRSTNAME) && p + 1 < x->ntok &&
        (tok_is(x, &x->tok[p], "'s") || tok_is(x, &x->tok[p], "\xe2\x80\x99s")))
      o = p + 1;
    return o < x->ntok && x->tok[o].org >= 0;
  }
  return 0;
}

/* "would acquire about 4,800 net acres in the Eagle Ford shale field for $97 million":
 * a buyer, a described asset and its price make a deal without a named seller. */
int ds__asset_purchase(const ds_extractor *x, unsigned tj, const ds__cand *c) {
  if (c->ev.type != DS_TYPE_ACQUISITION || c->ev.nparties != 1 || !c->ev.has_value) return 0;
  for (unsigned k = tj; k < x->ntok && k < tj + 6; k++)
    if (tok_in(x, &x->tok[k], ds__asset_nouns, ds__asset_nouns_n)) return 1;
  return 0;
}

/* Is what a sell verb sells goods ("its output", "electricity", "LNG cargoes")? */
/* "Volkswagen sold 14,500 Passat sedans", "markets that sell Chevrolet cars": things
 * sold to customers (a count, a brand, goods), not a company */
int ds__consumer_goods(const ds_extractor *x, unsigned ti, unsigned tj) {
  /* (and "the sale of virtual goods") */
  if (!(x->tok[ti].wcls & DS__W_SELLVERB) &&
      !((tok_is(x, &x->tok[ti], "sale") || tok_is(x, &x->tok[ti], "sales")) && tj < x->ntok && tj > ti &&
        tok_is(x, &x->tok[tj - 1], "of")))
    return 0;
  /* "lost 938 euros per vehicle sold", "homes sold": a participle after the goods */
  if (ti >= 1 && tok_is(x, &x->tok[ti], "sold") &&
      (tok_in(x, &x->tok[ti - 1], ds__product_nouns, ds__product_nouns_n) ||
       (ti >= 2 && tok_is(x, &x->tok[ti - 2], "per"))))
    return 1;
  /* "sold 9.25 million iPads", "expects to sell about 150,000 Cruzes": a count of
   * things, no money (not shares, a stake, a business or assets) */
  if (x->tok[ti].wcls & DS__W_SELLVERB) {
    unsigned k = tj;
    while (k < x->ntok && (tok_is(x, &x->tok[k], "about") || tok_is(x, &x->tok[k], "some") ||
                           tok_is(x, &x->tok[k], "nearly") || tok_is(x, &x->tok[k], "almost") ||
                           tok_is(x, &x->tok[k], "around") || tok_is(x, &x->tok[k], "over")))
      k++;
    if (k + 1 < x->ntok && k > 0 && (x->tok[k].fl & DS__T_NUM) && !tok_punct(x, &x->tok[k - 1], '$')) {
      unsigned q = k + 1;
      while (q + 1 < x->ntok && tok_punct(x, &x->tok[q], ',') && (x->tok[q + 1].fl & DS__T_NUM)) q += 2; /* "14,500" */
      if (q < x->ntok && (x->tok[q].wcls & DS__W_SCALE)) q++;
      const ds__tok *u = q < x->ntok ? &x->tok[q] : NULL;
      if (u && (u->fl & DS__T_WORD) && !(u->wcls & (DS__W_CURWORD | DS__W_SCALE | DS__W_UNITNOUN | DS__W_PREP)) &&
          !tok_is(x, u, "shares") && !tok_is(x, u, "share") && !tok_is(x, u, "pct") && !tok_is(x, u, "percent") &&
          !tok_is(x, u, "stake") && !tok_is(x, u, "of") && !tok_is(x, u, "common") && !tok_is(x, u, "preferred") &&
          !tok_is(x, u, "dlrs") && !tok_is(x, u, "stg") && !tok_in(x, u, ds__asset_nouns, ds__asset_nouns_n) &&
          !(u->fl & DS__T_NUM))
        return 1;
    }
  }
  for (unsigned k = tj; k < x->ntok && k < tj + 6; k++) {
    const ds__tok *t = &x->tok[k];
    if (tok_in(x, t, ds__product_nouns, ds__product_nouns_n)) {
      /* (not "its Christian Lacroix clothing label": goods naming a business) */
      const ds__tok *u = k + 1 < x->ntok ? &x->tok[k + 1] : NULL;
      return !(u && (u->fl & DS__T_WORD) && is_lower((unsigned char)TX(x, u)[0]) &&
               ((u->wcls & DS__W_UNITNOUN) || !u->wcls) && !tok_is(x, u, "and") && !tok_is(x, u, "or"));
    }
    if (tok_punct(x, t, ',') && k > tj && k + 1 < x->ntok && (x->tok[k - 1].fl & DS__T_NUM) &&
        (x->tok[k + 1].fl & DS__T_NUM) && x->tok[k + 1].off == t->off + 1)
      continue; /* "14,500" */
    if (tok_is(x, t, "to") || tok_punct(x, t, ',') || (t->wcls & (DS__W_PREP | DS__W_CLAUSE | DS__W_TRIGGER)) ||
        tok_punct(x, t, '$') || (t->wcls & (DS__W_SCALE | DS__W_CURWORD)))
      return 0;
    if ((t->fl & DS__T_NUM) && k + 1 < x->ntok &&
        (tok_is(x, &x->tok[k + 1], "percent") || tok_is(x, &x->tok[k + 1], "pct") ||
         tok_punct(x, &x->tok[k + 1], '%')))
      return 0;
  }
  return 0;
}

int ds__goods_sold(const ds_extractor *x, unsigned ti, unsigned tj) {
  if (!(x->tok[ti].wcls & DS__W_SELLVERB)) return 0;
  int goods = 0;
  /* "Samsung sold 10 million Galaxy S units": a count of things sold (a name among
   * them is the product's), sales to no one in particular: 2 */
  if (tj < x->ntok && (x->tok[tj].fl & DS__T_NUM) && ti + 1 == tj) {
    unsigned k = tj + 1;
    if (k < x->ntok && (x->tok[k].wcls & DS__W_SCALE)) k++;
    if (k < x->ntok && (tok_is(x, &x->tok[k], "pct") || tok_is(x, &x->tok[k], "percent") ||
                        tok_is(x, &x->tok[k], "per") || tok_punct(x, &x->tok[k], '%')))
      k = x->ntok; /* "sell 25 pct of a plant": a share, not a count */
    for (unsigned q = k; q < x->ntok && q < k + 5; q++) { /* ("nine power plants": assets) */
      const ds__tok *t = &x->tok[q];
      if (tok_punct(x, t, ',') || tok_is(x, t, "to")) break;
      if (tok_in(x, t, ds__asset_nouns, ds__asset_nouns_n) || tok_is(x, t, "plant")) return 0;
    }
    for (unsigned q = k; q < x->ntok && q < k + 5; q++) {
      const ds__tok *t = &x->tok[q];
      if (tok_punct(x, t, ',') || tok_is(x, t, "to") || tok_is(x, t, "shares") || tok_is(x, t, "stock")) break;
      if (tok_is(x, t, "units") || tok_is(x, t, "copies") || tok_in(x, t, ds__goods_nouns, ds__goods_nouns_n)) {
        /* ("sold 500,000 tonnes of wheat to Egypt": a customer named, a supply) */
        for (unsigned b = q + 1; b + 1 < x->ntok; b++)
          if (tok_is(x, &x->tok[b], "to"))
            for (unsigned c = b + 1; c < x->ntok && c < b + 5; c++)
              if (x->tok[c].org >= 0) return 1;
        return 2;
      }
    }
  }
  for (unsigned k = tj; k < x->ntok && k < tj + 10; k++) {
    const ds__tok *t = &x->tok[k];
    if (t->org >= 0 || tok_is(x, t, "to") || tok_punct(x, t, ',')) break;
    /* (not "its consumer products unit", "its processing equipment and minerals
     * businesses": a business named by its goods) */
    if ((t->wcls & DS__W_UNITNOUN) || tok_is(x, t, "maker") || tok_is(x, t, "company") || tok_is(x, t, "firm") ||
        tok_is(x, t, "businesses") || tok_is(x, t, "agreements") || tok_is(x, t, "contracts") ||
        /* ("will sell nine U.S. power plants to LS Power": assets, whatever they make) */
        ((tok_in(x, t, ds__asset_nouns, ds__asset_nouns_n) || tok_is(x, t, "plant")) &&
         !tok_is(x, t, "licenses") && !tok_is(x, t, "licences")))
      return 0;
    if (tok_in(x, t, ds__goods_nouns, ds__goods_nouns_n)) goods = 1;
  }
  return goods;
}

/* "signed a letter of intent to buy 20 regional jets from X", "will buy liquefied
 * natural gas from Y": goods bought, a supply, not a company (2: "buying 19 more
 * Boeing Co 767-300 aircraft", the maker named where a company bought would be). */
int ds__goods_bought(const ds_extractor *x, unsigned ti, unsigned tj) {
  if (tj == 0) return 0;
  /* "... to explore a long-term agreement under which Tongda would buy copper
   * concentrate": the terms of an agreement told before, which its own frame types */
  for (unsigned k = ti >= 10 ? ti - 10 : 0; k + 1 < ti; k++)
    if ((tok_is(x, &x->tok[k], "under") && tok_is(x, &x->tok[k + 1], "which")) ||
        tok_is(x, &x->tok[k], "whereby"))
      return 0;
  const ds__tok *v = &x->tok[tj - 1];
  if (!(tok_is(x, v, "buy") || tok_is(x, v, "buys") || tok_is(x, v, "bought") || tok_is(x, v, "buying") ||
        tok_is(x, v, "purchase") || tok_is(x, v, "purchases") || tok_is(x, v, "purchased") ||
        tok_is(x, v, "purchasing")))
    return 0;
  /* what is bought, up to "from": goods, and nothing that is a business ("oil and gas
   * properties"), nor second-hand "vessels" */
  int goods = 0;
  for (unsigned k = tj; k < x->ntok && k < tj + 8; k++) {
    const ds__tok *t = &x->tok[k];
    if (t->org >= 0) {
      /* "to buy Airbus jets", "buy 20 Boeing 737 aircraft": a maker's craft */
      unsigned e = k;
      while (e + 1 < x->ntok && (x->tok[e + 1].org == t->org || (x->tok[e + 1].fl & DS__T_SKIP))) e++;
      /* (a model between: "767-300", "A321neo") */
      if (e + 1 < x->ntok && (x->tok[e + 1].fl & DS__T_WORD) && x->tok[e + 1].org < 0) {
        const ds__tok *m = &x->tok[e + 1];
        int digits = 0;
        for (unsigned q = 0; q < m->len; q++) digits += is_digit((unsigned char)TX(x, m)[q]);
        if (digits) e++;
      }
      /* (the maker named as what is bought: 2, its craft the goods) */
      if (e + 1 < x->ntok && (x->tok[e + 1].wcls & DS__W_PRODUCT)) goods = 2;
      break;
    }
    if (tok_is(x, t, "from") || tok_is(x, t, "for") || tok_punct(x, t, ',')) break;
    if (tok_in(x, t, ds__asset_nouns, ds__asset_nouns_n) || (t->wcls & DS__W_UNITNOUN) ||
        tok_is(x, t, "shares") || tok_is(x, t, "company") || tok_is(x, t, "stake") ||
        tok_is(x, t, "properties") || tok_is(x, t, "vessels") || tok_is(x, t, "ships") ||
        tok_is(x, t, "tankers"))
      return 0;
    if ((t->wcls & DS__W_PRODUCT) || tok_in(x, t, ds__goods_nouns, ds__goods_nouns_n) ||
        tok_is(x, t, "batteries") || tok_is(x, t, "chips") || tok_is(x, t, "fuel"))
      goods = 1;
  }
  return goods;
}

/* "BP has no plans to sell its stake in TNK-BP", "is not in talks to sell itself": a
 * sale denied, with no buyer, is no deal. The words right before the trigger. */
int ds__plan_denied(const ds_extractor *x, unsigned ti) {
  /* "denied on Tuesday a newspaper report that it was considering a sale of its
   * insurance arm", "dismissed speculation that it would sell": a sale told only as
   * what is denied */
  for (unsigned k = ti >= 20 ? ti - 20 : 0; k < ti; k++) {
    const ds__tok *a = &x->tok[k];
    if (!(tok_is(x, a, "denied") || tok_is(x, a, "denies") || tok_is(x, a, "deny") || tok_is(x, a, "dismissed") ||
          tok_is(x, a, "dismisses") || tok_is(x, a, "rejected")))
      continue;
    for (unsigned q = k + 1; q < ti && q <= k + 6; q++)
      if ((tok_is(x, &x->tok[q], "report") || tok_is(x, &x->tok[q], "reports") ||
           tok_is(x, &x->tok[q], "speculation") || tok_is(x, &x->tok[q], "rumour") ||
           tok_is(x, &x->tok[q], "rumours") || tok_is(x, &x->tok[q], "rumor") || tok_is(x, &x->tok[q], "rumors")) &&
          q + 1 < ti && tok_is(x, &x->tok[q + 1], "that"))
        return 1;
  }
  unsigned from = ti >= 10 ? ti - 10 : 0; /* "no plans to sell its 50 percent stake in" */
  for (unsigned k = ti; k-- > from;)
    if (tok_punct(x, &x->tok[k], ',') || tok_punct(x, &x->tok[k], ';')) {
      from = k + 1;
      break;
    }
  for (unsigned k = from; k + 1 < ti; k++) {
    const ds__tok *a = &x->tok[k], *b = &x->tok[k + 1];
    if ((tok_is(x, a, "no") && (tok_is(x, b, "plans") || tok_is(x, b, "plan") || tok_is(x, b, "intention"))) ||
        (tok_is(x, a, "not") && (tok_is(x, b, "planning") || tok_is(x, b, "plan") || tok_is(x, b, "considering") ||
                                 tok_is(x, b, "intend") || tok_is(x, b, "seeking"))))
      return 1;
    /* "said it was not in talks to sell itself", "there are no negotiations to sell" */
    if ((tok_is(x, a, "not") && tok_is(x, b, "in") && k + 2 < ti) || tok_is(x, a, "no")) {
      const ds__tok *c = tok_is(x, b, "in") ? &x->tok[k + 2] : b;
      if (tok_is(x, c, "talks") || tok_is(x, c, "negotiations") || tok_is(x, c, "discussions")) return 1;
    }
  }
  return 0;
}

/* "is pushing the company to explore a sale of its services arm", "urges sale of
 * unit": a sale a shareholder or critic asks for is not one the owner has decided on
 * (the caller keeps it when a buyer is named). The words of the clause before ti. */
int ds__sale_urged(const ds_extractor *x, unsigned ti) {
  static const char *const urge[] = {"urge",     "urges",     "urged",     "urging",   "push",
                                     "pushes",   "pushed",    "pushing",   "press",    "presses",
                                     "pressed",  "pressing",  "pressure",  "pressures", "pressured",
                                     "pressuring", "lobby",   "lobbies",   "lobbied",  "lobbying"};
  for (unsigned k = ti; k-- > 0 && ti - k <= 8;) {
    const ds__tok *t = &x->tok[k];
    if (tok_punct(x, t, ',') || tok_punct(x, t, ';')) break;
    if (!tok_in(x, t, urge, sizeof urge / sizeof urge[0])) continue;
    /* right before the deal word ("urges sale of", "pushing for a sale"), or asking
     * someone "to" do it */
    if (ti - k <= 3) return 1;
    for (unsigned q = k + 1; q < ti; q++)
      if (tok_is(x, &x->tok[q], "to")) return 1;
  }
  return 0;
}

/* "has no intention of making an offer for Kemble", "rules out bid for Kemble": a bid
 * its would-be maker disowns is no deal. The words right before the trigger. */
int ds__bid_ruled_out(const ds_extractor *x, unsigned ti) {
  unsigned from = ti >= 8 ? ti - 8 : 0;
  for (unsigned k = ti; k-- > from;)
    if (tok_punct(x, &x->tok[k], ',') || tok_punct(x, &x->tok[k], ';')) {
      from = k + 1;
      break;
    }
  for (unsigned k = from; k < ti; k++) {
    const ds__tok *t = &x->tok[k];
    if (tok_is(x, t, "out") && k > 0 &&
        (tok_is(x, &x->tok[k - 1], "rule") || tok_is(x, &x->tok[k - 1], "rules") ||
         tok_is(x, &x->tok[k - 1], "ruled") || tok_is(x, &x->tok[k - 1], "ruling")))
      return 1;
    if (tok_is(x, t, "making") || tok_is(x, t, "make") || tok_is(x, t, "launching") ||
        tok_is(x, t, "launch") || tok_is(x, t, "mounting") || tok_is(x, t, "mount") ||
        tok_is(x, t, "submitting") || tok_is(x, t, "submit") || tok_is(x, t, "tabling")) {
      /* (not "would not make a higher offer": the bid made stands) */
      int more = 0;
      for (unsigned q = k + 1; q < ti; q++)
        more |= tok_is(x, &x->tok[q], "higher") || tok_is(x, &x->tok[q], "improved") ||
                tok_is(x, &x->tok[q], "new") || tok_is(x, &x->tok[q], "another") ||
                tok_is(x, &x->tok[q], "further") || tok_is(x, &x->tok[q], "revised") ||
                tok_is(x, &x->tok[q], "sweetened") || tok_is(x, &x->tok[q], "better");
      for (unsigned b = k >= 4 ? k - 4 : 0; b < k && !more; b++)
        if (tok_is(x, &x->tok[b], "no") || tok_is(x, &x->tok[b], "not") || tok_is(x, &x->tok[b], "never"))
          return 1;
    }
  }
  return 0;
}

/* "signed a non-binding term sheet with Y for a proposed strategic investment of US$25
 * million", "a letter of intent for the acquisition of": the deal a memorandum
 * prepares, told inside it, is the memorandum's (the guideline). */
int ds__mou_prepares(const ds_extractor *x, unsigned ti) {
  for (unsigned k = ti, n = 0; k-- > 0 && n < 12; n++) {
    const ds__tok *t = &x->tok[k];
    if (tok_punct(x, t, ';') || tok_punct(x, t, ',')) return 0;
    /* "signed a letter of intent with Y to explore a possible merger": what it is to
     * explore */
    int explore = k > 0 && tok_is(x, &x->tok[k - 1], "to") &&
                  (tok_is(x, t, "explore") || tok_is(x, t, "study") || tok_is(x, t, "discuss") ||
                   tok_is(x, t, "consider") || tok_is(x, t, "examine") || tok_is(x, t, "evaluate") ||
                   tok_is(x, t, "negotiate"));
    if (!tok_is(x, t, "for") && !explore) continue;
    /* the memorandum, a few words before "for" (its other side may stand between) */
    for (unsigned b = k, m = 0; b-- > 0 && m < 16; m++) {
      const ds__tok *w = &x->tok[b];
      if (tok_punct(x, w, ';')) return 0;
      if (tok_is(x, w, "sheet") || tok_is(x, w, "intent") || tok_is(x, w, "understanding") ||
          tok_is(x, w, "mou") || tok_is(x, w, "loi") || tok_is(x, w, "memorandum"))
        return 1;
    }
    return 0;
  }
  return 0;
}
