/* A deal's status from the words around its trigger: the nearest status word wins,
 * ties to the heavier; the trigger's own form decides when there is none. */
#include <string.h>

#include "extract_int.h"

/* The words a status pattern wants after its first one ("off" of "called|calls|call
 * off"): each space-separated element, "a|b" alternatives, against the tokens after k. */
static int status_tail(const ds_extractor *x, unsigned k, const char *pat) {
  const char *p = strchr(pat, ' ');
  while (p && *p) {
    while (*p == ' ') p++;
    const char *end = strchr(p, ' ');
    if (!end) end = p + strlen(p);
    if (++k >= x->ntok) return 0;
    const ds__tok *t = &x->tok[k];
    int ok = 0;
    while (p < end && !ok) {
      const char *bar = memchr(p, '|', (size_t)(end - p));
      size_t n = bar ? (size_t)(bar - p) : (size_t)(end - p);
      ok = t->len == n;
      for (size_t q = 0; q < n && ok; q++) {
        int c = (unsigned char)TX(x, t)[q];
        if (is_upper(c)) c += 32;
        ok = c == (unsigned char)p[q];
      }
      p += n + (bar != NULL);
    }
    if (!ok) return 0;
    p = end;
  }
  return 1;
}

int ds__status_of(const ds_extractor *x, unsigned ti, unsigned tj, const ds__rule *r) {
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
    /* "Termination of Merger Agreement with X" (not "a termination fee") */
    if (tok_is(x, &x->tok[k], "termination") && k < ti && ti - k <= 8 &&
        !(k + 1 < x->ntok && (tok_is(x, &x->tok[k + 1], "fee") || tok_is(x, &x->tok[k + 1], "fees") ||
                              tok_is(x, &x->tok[k + 1], "right") || tok_is(x, &x->tok[k + 1], "rights") ||
                              tok_is(x, &x->tok[k + 1], "provisions") || tok_is(x, &x->tok[k + 1], "date")))) {
      if (0 < best_d || 9 > best_w) best = DS_STATUS_TERMINATED, best_d = 0, best_w = 9;
      continue;
    }
    /* "decided not to proceed with the planned joint venture", "will no longer pursue
     * the offer": a deal given up */
    if ((tok_is(x, &x->tok[k], "proceed") || tok_is(x, &x->tok[k], "pursue")) && k >= 1 && k < ti) {
      unsigned b = k - 1;
      if (tok_is(x, &x->tok[b], "to") && b >= 1) b--;
      if (tok_is(x, &x->tok[b], "not") || tok_is(x, &x->tok[b], "longer")) {
        int d = ti - k <= 8 ? 0 : (int)(ti - k) * 2 / 3;
        if (d < best_d || (d == best_d && 9 > best_w)) best = DS_STATUS_TERMINATED, best_d = d, best_w = 9;
        continue;
      }
    }
    /* "Merger talks between X and Y collapsed on Tuesday", "negotiations ... broke
     * down": the talks the deal was, ended (not "talks" as the proposal it names) */
    if ((tok_is(x, &x->tok[k], "talks") || tok_is(x, &x->tok[k], "negotiations") ||
         tok_is(x, &x->tok[k], "discussions")) &&
        (k + 1 == ti || (k >= tj && k <= tj + 1) || (k + 2 >= ti && k < ti))) {
      int ended = 0;
      for (unsigned q = k + 1; q < x->ntok && q < k + 22 && !ended; q++) {
        const ds__tok *w = &x->tok[q];
        if (tok_punct(x, w, ';') || tok_is(x, w, "but") || tok_is(x, w, "after")) break;
        ended = tok_is(x, w, "collapsed") || tok_is(x, w, "foundered") || tok_is(x, w, "failed") ||
                tok_is(x, w, "ended") || tok_is(x, w, "stalled") ||
                ((tok_is(x, w, "broke") || tok_is(x, w, "broken")) && q + 1 < x->ntok &&
                 (tok_is(x, &x->tok[q + 1], "down") || tok_is(x, &x->tok[q + 1], "off")));
      }
      if (ended) {
        if (0 < best_d || 9 > best_w) best = DS_STATUS_TERMINATED, best_d = 0, best_w = 9;
        continue;
      }
    }
    /* money raised or received is money invested */
    if (r->type == DS_TYPE_INVESTMENT && k < ti &&
        (tok_is(x, &x->tok[k], "raised") || tok_is(x, &x->tok[k], "received") ||
         tok_is(x, &x->tok[k], "made") || tok_is(x, &x->tok[k], "completed") ||
         tok_is(x, &x->tok[k], "initiated") || tok_is(x, &x->tok[k], "took") ||
         tok_is(x, &x->tok[k], "bought") || tok_is(x, &x->tok[k], "acquired") ||
         tok_is(x, &x->tok[k], "purchased") || tok_is(x, &x->tok[k], "provided") ||
         tok_is(x, &x->tok[k], "extended"))) {
      int d = (int)(ti - k) * 2 / 3;
      if (d < best_d) best = DS_STATUS_COMPLETED, best_d = d, best_w = 1;
      continue;
    }
    if (!(x->tok[k].wcls & DS__W_STATUS) || x->tok[k].rule < 0) continue;
    /* "called off"; not "a venture called Maumee Coating", "voted in favour" */
    if (x->wt[x->tok[k].rule].spat && !status_tail(x, k, ds__status_words[x->wt[x->tok[k].rule].spat - 1].pattern))
      continue;
    {
      /* "the quarter ended March 31", "shares dropped 5%", "broke ground": a period, a
       * price, a building site; no deal ended */
      const ds__tok *nx = k + 1 < x->ntok ? &x->tok[k + 1] : NULL;
      if (nx && (tok_is(x, &x->tok[k], "ended") || tok_is(x, &x->tok[k], "ends")) &&
          ((nx->wcls & DS__W_MONTH) || (nx->fl & DS__T_NUM)))
        continue;
      if (nx && (tok_is(x, &x->tok[k], "dropped") || tok_is(x, &x->tok[k], "drops")) &&
          ((nx->fl & DS__T_NUM) || tok_punct(x, nx, '$') || tok_is(x, nx, "to") || tok_is(x, nx, "by") ||
           tok_is(x, nx, "as") || tok_is(x, nx, "sharply") || tok_is(x, nx, "more")))
        continue;
      if (nx && (tok_is(x, &x->tok[k], "closed") || tok_is(x, &x->tok[k], "closes")) &&
          (tok_is(x, nx, "up") || tok_is(x, nx, "down") || tok_is(x, nx, "at") || tok_is(x, nx, "higher") ||
           tok_is(x, nx, "lower") || tok_is(x, nx, "flat") || tok_is(x, nx, "unchanged")))
        continue; /* "Beta shares closed up 20%" */
      if (nx && tok_is(x, &x->tok[k], "broke") &&
          (tok_is(x, nx, "ground") || tok_is(x, nx, "even") || tok_is(x, nx, "record") || tok_is(x, nx, "records")))
        continue;
    }
    /* "NEW YORK, May 5, 2025", "on 12 May", "in May": the month, not "may" (but "ACME
     * MAY SELL UNIT", "Acme May Sell Unit": a headline's capitals) */
    if ((x->tok[k].fl & DS__T_CAP) && (x->tok[k].wcls & DS__W_MONTH) &&
        ((k + 1 < x->ntok && (x->tok[k + 1].fl & DS__T_NUM)) || (k > 0 && (x->tok[k - 1].fl & DS__T_NUM)) ||
         (k > 0 && !tok_punct(x, &x->tok[k - 1], '"') && !x->caps_headline &&
          !(x->tok[k].fl & DS__T_UPPER))))
      continue;
    {
      const ds__wentry *we = &x->wt[x->tok[k].rule];
      int st = we->status & 0x0f;
      int w = we->status >> 4;
      /* "expected to close", "will complete": not done yet */
      if (st == DS_STATUS_COMPLETED && k >= 1) {
        for (unsigned b = k >= 3 ? k - 3 : 0; b < k; b++)
          if (tok_is(x, &x->tok[b], "expected") || tok_is(x, &x->tok[b], "will") ||
              (tok_is(x, &x->tok[b], "to") &&
               /* (not "pleased to announce the completion of": a report of it) */
               !(tok_is(x, &x->tok[b + 1], "announce") || tok_is(x, &x->tok[b + 1], "report") ||
                 tok_is(x, &x->tok[b + 1], "confirm"))) ||
              tok_is(x, &x->tok[b], "would") ||
              tok_is(x, &x->tok[b], "before") || tok_is(x, &x->tok[b], "should"))
            st = DS_STATUS_AGREED, w = 1;
      }
      /* "has secured a multi-year agreement to supply", "has obtained an exclusive
       * license": an agreement won is signed, not done (money secured is invested) */
      if (st == DS_STATUS_COMPLETED && r->type != DS_TYPE_INVESTMENT && r->type != DS_TYPE_ACQUISITION &&
          (tok_is(x, &x->tok[k], "secured") || tok_is(x, &x->tok[k], "secures") ||
           tok_is(x, &x->tok[k], "obtained")))
        st = DS_STATUS_AGREED;
      /* "intend to negotiate a definitive supply agreement": a step still ahead */
      if (tok_is(x, &x->tok[k], "definitive"))
        for (unsigned b = k >= 3 ? k - 3 : 0; b < k; b++)
          if (tok_is(x, &x->tok[b], "negotiate") || tok_is(x, &x->tok[b], "negotiating") ||
              tok_is(x, &x->tok[b], "toward") || tok_is(x, &x->tok[b], "towards") ||
              tok_is(x, &x->tok[b], "reach") || tok_is(x, &x->tok[b], "pursue"))
            st = DS_STATUS_PROPOSED, w = 1;
      const ds__tok *pv = k > 0 ? &x->tok[k - 1] : NULL;
      /* "has no plans to invest", "is not interested": the deal is off */
      if (st == DS_STATUS_PROPOSED && pv &&
          (tok_is(x, pv, "no") || tok_is(x, pv, "not") || /* "no longer interested in buying" */
           (tok_is(x, pv, "longer") && k >= 2 && tok_is(x, &x->tok[k - 2], "no"))))
        st = DS_STATUS_TERMINATED, w = 2;
      /* "made a hostile offer for Y, going to shareholders after Y's board rebuffed its
       * approaches", "agreed to buy Y after Z withdrew its bid": what an after-clause
       * tells came before, it is not this deal's state */
      if (k >= tj) {
        int after = 0;
        for (unsigned b = tj; b < k && !after; b++)
          after = tok_is(x, &x->tok[b], "after") || tok_is(x, &x->tok[b], "following") ||
                  tok_is(x, &x->tok[b], "because");
        if (after) continue;
      }
      /* "had taken a 5.2 percent stake in X and would seek board seats": a plan of the
       * buyer's own after the deal told, not the deal's state */
      if (k >= tj && st == DS_STATUS_PROPOSED && pv &&
          (tok_is(x, pv, "and") || (k >= 2 && tok_is(x, &x->tok[k - 2], "and") && (pv->wcls & DS__W_STATUS))))
        continue;
      /* "which has rejected two earlier proposals": an ending of other, earlier bids */
      if (k >= tj && st == DS_STATUS_TERMINATED) {
        int earlier = 0;
        for (unsigned q = k + 1; q < x->ntok && q <= k + 4 && !earlier; q++)
          earlier = tok_is(x, &x->tok[q], "earlier") || tok_is(x, &x->tok[q], "previous") ||
                    tok_is(x, &x->tok[q], "prior");
        if (earlier) continue;
      }
      /* "partnered with Y to offer courses": a purpose after the deal, not its state */
      if (k >= tj && pv && tok_is(x, pv, "to") && st == DS_STATUS_PROPOSED) continue;
      /* "has struck a partnership with Y to offer low-latency computing, and will take
       * a stake in Y": the verb "offer" with goods after it (not "to offer $5 a share",
       * "to offer for Y") is a purpose, for a deal told later in the sentence too */
      if (k < ti && pv && tok_is(x, pv, "to") && tok_is(x, &x->tok[k], "offer") && k + 1 < x->ntok) {
        const ds__tok *nx = &x->tok[k + 1];
        if ((nx->fl & DS__T_WORD) && !(nx->fl & DS__T_NUM) && is_lower((unsigned char)TX(x, nx)[0]) &&
            !(nx->wcls & (DS__W_PREP | DS__W_SCALE | DS__W_CURWORD)) && !tok_is(x, nx, "about") &&
            !tok_is(x, nx, "up") && !tok_is(x, nx, "more") && !tok_is(x, nx, "shareholders") &&
            !tok_is(x, nx, "holders") && !tok_is(x, nx, "stockholders"))
          continue;
      }
      /* "..., as the solar glass maker seeks to fund a new plant": the reason for the
       * deal, not its state */
      if (k >= tj && st == DS_STATUS_PROPOSED) {
        int reason = 0;
        for (unsigned b = k >= 5 ? k - 5 : 0; b < k; b++)
          if (b >= tj && tok_is(x, &x->tok[b], "as") && b > 0 && tok_punct(x, &x->tok[b - 1], ','))
            reason = 1;
        if (reason) continue;
      }
      /* "announced that it has acquired": a reporting verb, not the deal's state */
      if ((tok_is(x, &x->tok[k], "announced") || tok_is(x, &x->tok[k], "announces")) &&
          k + 1 < x->ntok &&
          (tok_is(x, &x->tok[k + 1], "that") || tok_is(x, &x->tok[k + 1], "it") ||
           tok_is(x, &x->tok[k + 1], "today") || tok_is(x, &x->tok[k + 1], "on")))
        continue;
      /* "said on Monday it would buy Y": a wire's way to tell a deal agreed (and "said
       * on Tuesday it would take a 20 percent stake in Y") */
      if (tok_is(x, &x->tok[k], "would") &&
          (k + 1 == ti || (k + 2 == ti && tok_is(x, &x->tok[k + 1], "also"))) && /* "would also buy" */
          (r->type == DS_TYPE_ACQUISITION || r->type == DS_TYPE_MERGER ||
           rule_is(r, "take-stake")))
        st = DS_STATUS_AGREED;
      /* "today announced the acquisition of X, a provider of ...": a purchase made,
       * unless the sentence looks ahead ("expected to close", "subject to") */
      if ((tok_is(x, &x->tok[k], "announced") || tok_is(x, &x->tok[k], "announces")) && k + 2 < x->ntok &&
          k + 1 == ti - 1 && tok_is(x, &x->tok[k + 1], "the") &&
          (tok_is(x, &x->tok[ti], "acquisition") || tok_is(x, &x->tok[ti], "purchase"))) {
        int ahead = 0;
        for (unsigned q = 0; q < x->ntok && !ahead; q++)
          ahead = tok_is(x, &x->tok[q], "expected") || tok_is(x, &x->tok[q], "expects") ||
                  tok_is(x, &x->tok[q], "will") || tok_is(x, &x->tok[q], "subject") ||
                  tok_is(x, &x->tok[q], "pending") || tok_is(x, &x->tok[q], "agreement") ||
                  tok_is(x, &x->tok[q], "proposed") || tok_is(x, &x->tok[q], "planned");
        if (!ahead) st = DS_STATUS_COMPLETED;
      }
      /* "..., the companies announced Tuesday": an attribution after the deal */
      if ((tok_is(x, &x->tok[k], "announced") || tok_is(x, &x->tok[k], "announces")) && k >= tj && pv &&
          (pv->org >= 0 || tok_is(x, pv, "companies") || tok_is(x, pv, "company") ||
           tok_is(x, pv, "firms") || tok_is(x, pv, "they") || tok_is(x, pv, "it")) &&
          k + 1 < x->ntok &&
          ((x->tok[k + 1].wcls & DS__W_WEEKDAY) || tok_is(x, &x->tok[k + 1], "today") ||
           tok_is(x, &x->tok[k + 1], "on") || tok_punct(x, &x->tok[k + 1], '.') ||
           tok_punct(x, &x->tok[k + 1], ',')))
        continue;
      /* "today announced a $65 million Series C round led by X", "announced a strategic
       * minority investment in Y": a funding round or an investment is announced once
       * it is made */
      if ((tok_is(x, &x->tok[k], "announced") || tok_is(x, &x->tok[k], "announces")) && k < ti &&
          ti - k <= 8 && (rule_is(r, "funding") || rule_is(r, "round-led-by") ||
                          rule_is(r, "invest-in") || rule_is(r, "investment-from")))
        st = DS_STATUS_COMPLETED;
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
              tok_is(x, &x->tok[b], "approves") || tok_is(x, &x->tok[b], "accepts") ||
              tok_is(x, &x->tok[b], "accept"))
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
      /* "talks with Lone Star Bancorp about a merger ... had broken down": the talks
       * the deal word belongs to end */
      if (st == DS_STATUS_TERMINATED && k >= tj && k <= tj + 8) {
        int talks = 0, sep = 0;
        for (unsigned b = ti >= 8 ? ti - 8 : 0; b < ti; b++)
          if (tok_is(x, &x->tok[b], "talks") || tok_is(x, &x->tok[b], "negotiations") ||
              tok_is(x, &x->tok[b], "discussions"))
            talks = 1;
        for (unsigned b = tj; b < k; b++)
          if (tok_punct(x, &x->tok[b], ',') || tok_punct(x, &x->tok[b], ';') || (x->tok[b].wcls & DS__W_CLAUSE))
            sep = 1;
        if (talks && !sep) d = 0, w = 9;
      }
      /* "a proposed £3bn merger between Sunway and Jetset has collapsed": the deal
       * noun is the subject of the ending */
      if (st == DS_STATUS_TERMINATED && k >= tj && k <= tj + 10 && pv &&
          (tok_is(x, pv, "has") || tok_is(x, pv, "have") || tok_is(x, pv, "had") || tok_is(x, pv, "was") ||
           tok_is(x, pv, "were") || tok_is(x, pv, "been") || tok_is(x, pv, "is")) &&
          (ds__deal_noun(x, &x->tok[ti]) || tok_is(x, &x->tok[ti], "merger") || tok_is(x, &x->tok[ti], "deal") ||
           tok_is(x, &x->tok[ti], "venture") || tok_is(x, &x->tok[ti], "partnership") ||
           tok_is(x, &x->tok[ti], "joint"))) {
        int sep = 0;
        for (unsigned b = tj; b < k; b++)
          if (tok_punct(x, &x->tok[b], ',') || tok_punct(x, &x->tok[b], ';') || (x->tok[b].wcls & DS__W_CLAUSE) ||
              ((x->tok[b].wcls & DS__W_TRIGGER) && x->tok[b].rule >= 0 && ds__starts_deal(x, b)))
            sep = 1;
        if (!sep) d = 0, w = 9;
      }
      /* "called off their planned merger": an ending governs what follows it */
      /* (an amount between them is no distance: "rejected a 2.4 billion pound ($4.7
       * billion) takeover proposal") */
      if (st == DS_STATUS_TERMINATED && k < ti) {
        /* (not past its own deal and a comma: "scraps Chinalco deal, in JV with BHP") */
        int own = 0, cut = 0;
        for (unsigned b = k + 1; b < ti && !cut; b++) {
          if (ds__deal_noun(x, &x->tok[b]) || tok_is(x, &x->tok[b], "deal") || tok_is(x, &x->tok[b], "transaction")) own = 1;
          if (own && tok_punct(x, &x->tok[b], ',')) cut = 1;
        }
        if (cut) continue;
        unsigned words = 0;
        for (unsigned b = k + 1; b < ti; b++)
          words += (x->tok[b].fl & DS__T_WORD) && !(x->tok[b].fl & DS__T_NUM) &&
                   !(x->tok[b].wcls & (DS__W_SCALE | DS__W_CURWORD));
        if (words <= 7) d = 0, w = 9;
      }
      /* "about a possible merger, but Pandit rejected the proposal": the answer to
       * the deal, told after it */
      if (st == DS_STATUS_TERMINATED && k >= tj && k - tj <= 12)
        for (unsigned b = k >= 4 ? k - 4 : 0; b < k; b++)
          if (b >= tj && tok_is(x, &x->tok[b], "but")) d = 0, w = 9;
      /* "talks over a possible merger have collapsed": the deal's own verb */
      if (st == DS_STATUS_TERMINATED && k >= tj && k - tj <= 3) {
        unsigned b = tj;
        while (b < k && (tok_is(x, &x->tok[b], "have") || tok_is(x, &x->tok[b], "has") ||
                         tok_is(x, &x->tok[b], "had") || tok_is(x, &x->tok[b], "was") ||
                         tok_is(x, &x->tok[b], "were") || tok_is(x, &x->tok[b], "been") ||
                         tok_is(x, &x->tok[b], "is")))
          b++;
        if (b == k) d = 0, w = 9;
      }
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
    if (r->status == DS_STATUS_PROPOSED) /* "have accepted a £500m offer from Halden" */
      for (unsigned k = ti >= 5 ? ti - 5 : 0; k < ti; k++)
        if (tok_is(x, &x->tok[k], "accepted") || tok_is(x, &x->tok[k], "accepts") ||
            tok_is(x, &x->tok[k], "accept") || tok_is(x, &x->tok[k], "approved") ||
            tok_is(x, &x->tok[k], "approves"))
          return DS_STATUS_AGREED;
    if (r->status != DS__STATUS_CTX) return r->status;
    /* a past-tense purchase or investment is done; a past-tense agreement is signed */
    int done_type = r->type == DS_TYPE_ACQUISITION || r->type == DS_TYPE_INVESTMENT ||
                    r->type == DS_TYPE_MERGER;
    if (done_type &&
        ((t->len > 2 && w[t->len - 2] == 'e' && w[t->len - 1] == 'd') || tok_is(x, t, "bought") ||
         tok_is(x, t, "sold") || tok_is(x, t, "took") || tok_is(x, t, "taken")))
      return DS_STATUS_COMPLETED;
    /* "Oakline Software was acquired by Tessera Group": done */
    if (done_type && (tok_is(x, t, "was") || tok_is(x, t, "were")) && ti + 1 < x->ntok) {
      const ds__tok *pp = &x->tok[ti + 1];
      const char *pw = TX(x, pp);
      if ((pp->len > 2 && pw[pp->len - 2] == 'e' && pw[pp->len - 1] == 'd') || tok_is(x, pp, "bought") ||
          tok_is(x, pp, "sold") || tok_is(x, pp, "taken"))
        return DS_STATUS_COMPLETED;
    }
    /* "has taken full control of Alpha Mining": a noun trigger after a verb of taking */
    if (done_type)
      for (unsigned k = ti >= 3 ? ti - 3 : 0; k < ti; k++)
        if (tok_is(x, &x->tok[k], "taken") || tok_is(x, &x->tok[k], "took") || tok_is(x, &x->tok[k], "gained") ||
            tok_is(x, &x->tok[k], "assumed"))
          return DS_STATUS_COMPLETED;
    /* "Hartwell's Hardware has been sold to Ridgeline": done */
    if (done_type && ti > 0 && tok_is(x, t, "been") &&
        (tok_is(x, &x->tok[ti - 1], "has") || tok_is(x, &x->tok[ti - 1], "have") ||
         tok_is(x, &x->tok[ti - 1], "had")))
      return DS_STATUS_COMPLETED;
    /* "the Bank of Alexandria will be sold": a plan, nothing signed */
    if (done_type && ti > 0 && tok_is(x, t, "be") &&
        (tok_is(x, &x->tok[ti - 1], "will") || tok_is(x, &x->tok[ti - 1], "to"))) {
      /* (but "Brockway will be acquired by Delano Corp": a buyer named, agreed) */
      for (unsigned k = tj; k + 1 < x->ntok && k < tj + 3; k++)
        if (tok_is(x, &x->tok[k], "by") && x->tok[k + 1].org >= 0) return DS_STATUS_AGREED;
      return DS_STATUS_PROPOSED;
    }
    return DS_STATUS_AGREED;
  }
  if (r->status == DS_STATUS_PROPOSED) {
    /* "won a bidding war for Nordic Drilling": the contest won, the deal agreed */
    for (unsigned k = ti >= 3 ? ti - 3 : 0; k < ti; k++)
      if ((tok_is(x, &x->tok[k], "won") || tok_is(x, &x->tok[k], "wins")) && best != DS_STATUS_TERMINATED &&
          rule_is(r, "bidding-war"))
        return DS_STATUS_AGREED;
      else if ((tok_is(x, &x->tok[k], "lost") || tok_is(x, &x->tok[k], "loses")) && rule_is(r, "bidding-war"))
        return DS_STATUS_TERMINATED; /* "lost the bidding war for X" */
    /* "reaffirmed its support for an agreed bid from Brannstrom": a bid the target's
     * board has agreed to (the British "agreed" or "recommended" offer) */
    if (ti > 0 && (tok_is(x, &x->tok[ti - 1], "agreed") || tok_is(x, &x->tok[ti - 1], "recommended")) &&
        best != DS_STATUS_TERMINATED)
      return DS_STATUS_AGREED;
    /* "the court has approved its offer", "accepted the bid": an offer taken is agreed */
    for (unsigned k = ti >= 5 ? ti - 5 : 0; k < ti; k++)
      if (tok_is(x, &x->tok[k], "approved") || tok_is(x, &x->tok[k], "accepted") ||
          tok_is(x, &x->tok[k], "accepts") || tok_is(x, &x->tok[k], "approves") ||
          tok_is(x, &x->tok[k], "accept"))
        return best == DS_STATUS_TERMINATED ? best : DS_STATUS_AGREED;
  }
  if (r->status != DS__STATUS_CTX && best != DS_STATUS_TERMINATED && best != DS_STATUS_COMPLETED)
    return r->status;
  return best;
}
