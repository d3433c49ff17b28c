/* What an article says about a deal besides its parties: the value, the date (from
 * the sentence, a weekday, the dateline or the published date), the sectors, the
 * dateline's places, and whether the terms were disclosed. */
#include <string.h>

#include "extract_int.h"

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

/* ------------------------------------------------------------------ value, date */

/* Is the money expression at token k introduced as a price ("for about $5 million",
 * "valued at", "a $2 billion deal")? */
static int price_context(const ds_extractor *x, unsigned k) {
  unsigned q = k, steps = 0;
  while (q > 0 && steps < 5) {
    const ds__tok *t = &x->tok[q - 1];
    if (t->fl & DS__T_PUNCT) { /* "$", "US$", "C$": part of the expression */
      if (tok_punct(x, t, ',') || tok_punct(x, t, ';')) return 0;
      q--, steps++;
      continue;
    }
    if (t->len <= 3 && q < x->ntok && tok_punct(x, &x->tok[q], '$') &&
        t->off + t->len == x->tok[q].off) { /* "C$", "HK$" (glued: not "will pay $30 million") */
      q--, steps++;
      continue;
    }
    int hedge = 0;
    if (tok_in(x, t, ds__price_words, ds__price_words_n)) return 1;
    if (tok_in(x, t, ds__value_hedges, ds__value_hedges_n)) hedge = 1;
    if (!hedge && !(t->wcls & DS__W_PLACE) && !(t->fl & DS__T_UPPER)) break;
    q--, steps++;
  }
  /* "the purchase price totalled 173 mln dlrs", "the consideration will consist of",
   * "a licence fee of Rs 85 crore", "total investment ... is expected to reach": a price
   * noun a few words back in the same clause */
  for (unsigned b = k, n = 0; b > 0 && n < 10; b--, n++) {
    const ds__tok *t = &x->tok[b - 1];
    if (tok_punct(x, t, ')')) { /* "the purchase price (equity value) amounts to" */
      while (b > 1 && !tok_punct(x, &x->tok[b - 1], '(')) b--, n++;
      continue;
    }
    /* (a comma inside "on a cash-free, debt-free basis" does not end the clause) */
    if (tok_punct(x, t, ',') && !(b >= 2 && (x->tok[b - 2].fl & DS__T_WORD) && b < x->ntok &&
                                  is_lower((unsigned char)TX(x, &x->tok[b])[0]) &&
                                  memchr(TX(x, &x->tok[b - 2]), '-', x->tok[b - 2].len)))
      break;
    if (tok_punct(x, t, ';') || tok_punct(x, t, '(')) break;
    if (tok_in(x, t, ds__price_nouns, ds__price_nouns_n)) return 1;
    /* "will provide initial capital of ¥10 billion", "registered capital of 500 million
     * yuan": what a venture's owners put in (not "Glenmore Capital", a name) */
    if (tok_is(x, t, "capital") && t->org < 0 && is_lower((unsigned char)TX(x, t)[0])) return 1;
  }
  return 0;
}

/* "had sales of 40 mln dlrs", "debt of $2 billion": a figure of the company, not a
 * price. */
static int company_figure(const ds_extractor *x, unsigned k) {
  {
    /* "a $100 million Series C at a $1 billion valuation", "a $2 billion market value" */
    unsigned f = k;
    while (f < x->ntok && f < k + 6 &&
           ((x->tok[f].fl & (DS__T_NUM | DS__T_PUNCT)) || (x->tok[f].wcls & (DS__W_SCALE | DS__W_CURWORD)) ||
            (x->tok[f].fl & DS__T_UPPER)) &&
           !tok_punct(x, &x->tok[f], ',') && !tok_punct(x, &x->tok[f], ';'))
      f++;
    if (f > k && f < x->ntok &&
        (tok_is(x, &x->tok[f], "valuation") || tok_is(x, &x->tok[f], "post-money") ||
         tok_is(x, &x->tok[f], "pre-money") ||
         (tok_is(x, &x->tok[f], "market") && f + 1 < x->ntok &&
          (tok_is(x, &x->tok[f + 1], "value") || tok_is(x, &x->tok[f + 1], "capitalization") ||
           tok_is(x, &x->tok[f + 1], "cap")))))
      return 1;
  }
  for (unsigned b = k, n = 0; b > 0 && n < 4; b--, n++) {
    const ds__tok *t = &x->tok[b - 1];
    if (t->fl & DS__T_PUNCT) {
      if (tok_punct(x, t, ',') || tok_punct(x, t, ';') || tok_punct(x, t, '(')) return 0;
      continue;
    }
    if (tok_in(x, t, ds__company_figures, ds__company_figures_n)) return 1;
    if (t->org < 0 && is_lower((unsigned char)TX(x, t)[0]) && tok_in(x, t, ds__saving_words, ds__saving_words_n))
      return 1;
    /* "a market value of 3.4 billion euros"; "debt, which stood at 410 mln dlrs" */
    if ((tok_is(x, t, "value") || tok_is(x, t, "valuation")) && b >= 2 &&
        tok_is(x, &x->tok[b - 2], "market"))
      return 1;
    if (tok_is(x, t, "stood") || tok_is(x, t, "stands") || tok_is(x, t, "valuing"))
      return 1;
    /* "shares closed at", "traded up"; not "has closed a $35 million Series B round" */
    if ((tok_is(x, t, "closed") || tok_is(x, t, "traded")) && b < x->ntok &&
        (tok_is(x, &x->tok[b], "at") || tok_is(x, &x->tok[b], "up") || tok_is(x, &x->tok[b], "down") ||
         tok_is(x, &x->tok[b], "higher") || tok_is(x, &x->tok[b], "lower") || (x->tok[b].fl & DS__T_NUM) ||
         tok_punct(x, &x->tok[b], '$')))
      return 1;
  }
  return 0;
}

/* "will pay Arvada a termination fee of $25 million", "a $40 million break-up fee":
 * what one side owes the other if the deal fails, not its price. The amount starts
 * at token k and its text ends at end. */
static int fee_word(const ds_extractor *x, unsigned q) {
  return q + 1 < x->ntok && tok_is(x, &x->tok[q + 1], "fee") &&
         (tok_is(x, &x->tok[q], "termination") || tok_is(x, &x->tok[q], "break-up") ||
          tok_is(x, &x->tok[q], "breakup") || tok_is(x, &x->tok[q], "break") ||
          tok_is(x, &x->tok[q], "walk-away") || tok_is(x, &x->tok[q], "cancellation"));
}

static int break_fee(const ds_extractor *x, unsigned k, size_t end) {
  /* "a termination fee of (approximately) $25 million" */
  for (unsigned b = k, n = 0; b >= 2 && n < 4; b--, n++) {
    const ds__tok *w = &x->tok[b - 1];
    if (tok_is(x, w, "of") || tok_is(x, w, "totaling") || tok_is(x, w, "totalling")) {
      if (b >= 3 && fee_word(x, b - 3)) return 1;
      break;
    }
    if (!(w->fl & DS__T_PUNCT) && !tok_in(x, w, ds__value_hedges, ds__value_hedges_n)) break;
  }
  /* "a $25 million termination fee" */
  unsigned q = k + 1;
  while (q < x->ntok && x->tok[q].off < end) q++;
  if (q < x->ntok && tok_is(x, &x->tok[q], "reverse")) q++;
  return fee_word(x, q);
}

/* The deal's value in the current sentence: a price after the trigger first, then one
 * before it; a figure not introduced as a price only when the article does not say the
 * terms were undisclosed. Returns 0 when none is found, else how sure it is a price
 * (DS__VALUE_TOTAL: the whole deal's figure, "a total potential deal value of"). */
int ds__find_value(ds_extractor *x, unsigned ti, ds_event *ev, int price_only) {
  int best_rank = 0;
  double best = 0;
  const char *iso = NULL;
  /* the expression ends where its own field ends: the framer may place the body right
   * after the title ("... for $450 millionMumbai, ..." would read no scale) */
  size_t textlen = x->a->body.off + x->a->body.len;
  size_t title_end = x->a->title.off + x->a->title.len;
  if (x->ntok && x->a->title.len && x->tok[0].off >= x->a->title.off && x->tok[0].off < title_end)
    textlen = title_end;
  else if (title_end > textlen)
    textlen = title_end;
  /* a list of deals split by semicolons ("Emirates' order ... $2 billion; Air China chose
   * $600 million of engines"): the trigger's own part of the sentence */
  unsigned from = 0, to = x->ntok;
  if (!price_only) {
    for (unsigned k = ti; k-- > 0;)
      if (tok_punct(x, &x->tok[k], ';')) {
        from = k + 1;
        break;
      }
    for (unsigned k = ti; k < x->ntok; k++)
      if (tok_punct(x, &x->tok[k], ';')) {
        to = k;
        break;
      }
  }
  if (x->value_from > from) from = x->value_from;
  for (unsigned k = from; k < to; k++) {
    const ds__tok *t = &x->tok[k];
    if (!(t->fl & DS__T_WORD)) continue;
    size_t at = t->off;
    /* (a lowercase word starts an amount only with a number, a symbol or a scale after
     * it: "three mln dlrs") */
    if (!(t->fl & DS__T_NUM) && t->len <= 7 && is_lower((unsigned char)TX(x, t)[0]) &&
        !(k + 1 < to && ((x->tok[k + 1].fl & (DS__T_NUM | DS__T_PUNCT)) ||
                         (x->tok[k + 1].wcls & (DS__W_SCALE | DS__W_CURWORD)))))
      continue;
    if (!(t->fl & DS__T_NUM) && !(t->len <= 7 && is_lower((unsigned char)TX(x, t)[0]))) {
      /* "EUR300m", "RMB1bn": a currency code glued to the number (parse_money knows
       * the codes) */
      const char *w = TX(x, t);
      unsigned p = 0;
      while (p < 4 && p < t->len && ((w[p] >= 'A' && w[p] <= 'Z') || (w[p] >= 'a' && w[p] <= 'z'))) p++;
      if (p < 2 || p >= t->len || w[p] < '0' || w[p] > '9') continue;
      at += p;
    }
    double amt;
    const char *cur;
    size_t end;
    if (!ds__parse_money(x, x->text, textlen, at, &amt, &cur, &end)) continue;
    if (amt < 1000) continue; /* prices and small change are not deal values */
    if (company_figure(x, k)) continue;
    if (break_fee(x, k, end)) continue;
    if (k > ti && k >= 2) {
      /* "signs binding offtake agreement and A$25m strategic placement with Y": after
       * "and", an amount that heads a deal noun of its own is that other deal's */
      unsigned b = k - 1;
      while (b > ti && (x->tok[b].fl & DS__T_PUNCT) && !tok_punct(x, &x->tok[b], ',')) b--;
      if (b > ti && (tok_is(x, &x->tok[b], "a") || tok_is(x, &x->tok[b], "an"))) b--;
      unsigned q = k + 1;
      while (q < x->ntok && x->tok[q].off < end) q++;
      int noun = 0;
      for (unsigned m = 0; q < x->ntok && m < 3 && !noun && (x->tok[q].fl & DS__T_WORD) &&
                           is_lower((unsigned char)TX(x, &x->tok[q])[0]);
           m++, q++)
        noun = (x->tok[q].wcls & DS__W_TRIGGER) != 0;
      if (b > ti && tok_is(x, &x->tok[b], "and") && noun) continue;
    }
    {
      /* "a merger of equals that creates a company worth about $40 billion": the
       * combined company's size, not the price */
      int sized = 0;
      for (unsigned b = k, n = 0; b > from && n < 8 && !sized; b--, n++) {
        const ds__tok *w = &x->tok[b - 1];
        if (tok_punct(x, w, ',') || tok_punct(x, w, ';')) break;
        if ((tok_is(x, w, "company") || tok_is(x, w, "group") || tok_is(x, w, "entity") ||
             tok_is(x, w, "business")) && b >= 3)
          for (unsigned q = b - 1, m = 0; q-- > from && m < 4; m++)
            if (tok_is(x, &x->tok[q], "creates") || tok_is(x, &x->tok[q], "create") ||
                tok_is(x, &x->tok[q], "creating") || tok_is(x, &x->tok[q], "forming") ||
                tok_is(x, &x->tok[q], "form") || tok_is(x, &x->tok[q], "forms"))
              sized = 1;
      }
      if (sized) continue;
    }
    {
      /* "a bank with $12.4 billion in total assets", "$5 billion in annual sales": a
       * figure of the company, named after the amount */
      unsigned q = k + 1;
      while (q < x->ntok && x->tok[q].off < end) q++;
      if (q + 1 < x->ntok && tok_is(x, &x->tok[q], "in")) {
        int fig = 0; /* "in total assets": a balance sheet's */
        q++;
        if (q + 1 < x->ntok && (tok_is(x, &x->tok[q], "total") || tok_is(x, &x->tok[q], "annual") ||
                                tok_is(x, &x->tok[q], "combined") || tok_is(x, &x->tok[q], "yearly")))
          q++, fig = 1;
        const ds__tok *f = &x->tok[q];
        /* (but "agreed to sell $1 billion in assets": what is sold) */
        int owned = fig || !(tok_is(x, f, "assets") || tok_is(x, f, "deposits") || tok_is(x, f, "debt"));
        for (unsigned b = k, n = 0; !owned && b > 0 && n < 4; b--, n++) {
          const ds__tok *w = &x->tok[b - 1];
          if (tok_is(x, w, "with") || tok_is(x, w, "has") || tok_is(x, w, "had") ||
              tok_is(x, w, "have") || tok_is(x, w, "having") || tok_is(x, w, "holds"))
            owned = 1;
          else if (!(w->fl & DS__T_PUNCT) && !tok_is(x, w, "about") && !tok_is(x, w, "approximately") &&
                   !tok_is(x, w, "nearly") && !tok_is(x, w, "some") && !tok_is(x, w, "roughly") &&
                   !tok_is(x, w, "over") && !tok_is(x, w, "than") && !tok_is(x, w, "more"))
            break;
        }
        if (owned && tok_in(x, f, ds__company_figures, ds__company_figures_n)) continue;
      }
    }
    {
      /* "with $4.1 trillion of stock changing hands a year", "$5 billion in sales a
       * year": a yearly flow, not a price (unless "worth $50 million a year") */
      unsigned q = k + 1;
      while (q < x->ntok && x->tok[q].off < end) q++;
      int rate = 0;
      for (unsigned n = 0; q + 1 < to && n < 8 && !rate; q++, n++) {
        const ds__tok *w = &x->tok[q];
        if (tok_punct(x, w, ',') || tok_punct(x, w, ';') || tok_punct(x, w, '.')) break;
        if (((tok_is(x, w, "a") || tok_is(x, w, "per") || tok_is(x, w, "each") || tok_is(x, w, "every")) &&
             tok_is(x, &x->tok[q + 1], "year")) ||
            tok_is(x, w, "annually"))
          rate = 1;
      }
      if (rate) {
        unsigned b = k;
        while (b > 0 && ((x->tok[b - 1].fl & DS__T_PUNCT) ||
                         tok_in(x, &x->tok[b - 1], ds__value_hedges, ds__value_hedges_n)) &&
               !tok_punct(x, &x->tok[b - 1], ','))
          b--;
        const ds__tok *w = b > 0 ? &x->tok[b - 1] : NULL;
        if (!(w && (tok_is(x, w, "worth") || tok_is(x, w, "valued") || tok_is(x, w, "for") ||
                    tok_is(x, w, "at") || tok_is(x, w, "pay") || tok_is(x, w, "paying"))))
          continue;
      }
    }
    int pc = price_context(x, k);
    if (!pc && k > 0) {
      /* "raised its offer for Belmont Retail to 1.05 billion pounds": the new price */
      unsigned b = k;
      while (b > 0 && (x->tok[b - 1].fl & DS__T_PUNCT) && !tok_punct(x, &x->tok[b - 1], ',')) b--;
      if (b > 0 && tok_is(x, &x->tok[b - 1], "to")) {
        int raised = 0, offer = 0;
        for (unsigned q = b >= 12 ? b - 12 : 0; q + 1 < b; q++) {
          const ds__tok *w = &x->tok[q];
          if (tok_is(x, w, "raised") || tok_is(x, w, "raises") || tok_is(x, w, "increased") ||
              tok_is(x, w, "sweetened") || tok_is(x, w, "sweetens") || tok_is(x, w, "lifted") ||
              tok_is(x, w, "boosted") || tok_is(x, w, "upped"))
            raised = 1;
          if (raised && (tok_is(x, w, "offer") || tok_is(x, w, "bid") || tok_is(x, w, "proposal")))
            offer = 1;
        }
        pc = offer;
      }
    }
    int total = 0;
    {
      /* "for a total potential deal value of up to US$625 million", "an aggregate
       * consideration of": the whole deal's figure, over an upfront part (a price
       * already: "payment of $30 million ..., for a total potential deal value of") */
      int priced = 0; /* (a price word between: "total ... value of", not "a total of") */
      for (unsigned b = k, n = 0; b > from && n < 9 && !total; b--, n++) {
        const ds__tok *w = &x->tok[b - 1];
        if (tok_punct(x, w, ',') || tok_punct(x, w, ';')) break;
        if (tok_is(x, w, "value") || tok_is(x, w, "consideration") || tok_is(x, w, "price")) priced = 1;
        total = (priced && (tok_is(x, w, "total") || tok_is(x, w, "aggregate"))) ||
                (tok_is(x, w, "total") && b >= 2 && tok_is(x, &x->tok[b - 2], "potential")); /* "a potential total of £21m" */
      }
      pc = pc || total;
    }
    int heads = 0; /* the amount is the trigger's own: "the 1.1 billion pound offer from X" */
    {
      /* "a $2 billion deal": a deal word right after the expression */
      unsigned q = k + 1;
      while (q < x->ntok && x->tok[q].off < end) q++;
      /* (past a conversion: "a 4.1 billion Swiss franc ($3.3 billion) takeover bid") */
      if (q < x->ntok && tok_punct(x, &x->tok[q], '(')) {
        unsigned r = q + 1;
        while (r < x->ntok && r < q + 8 && !tok_punct(x, &x->tok[r], ')')) r++;
        if (r < x->ntok && tok_punct(x, &x->tok[r], ')')) q = r + 1;
      }
      if (q < x->ntok && ((x->tok[q].wcls & DS__W_TRIGGER) || tok_is(x, &x->tok[q], "deal") ||
                          tok_is(x, &x->tok[q], "transaction") || tok_is(x, &x->tok[q], "cash")))
        pc = 1;
      heads = ti > 0 && q == ti && !price_only;
    }
    int after = k > ti;
    int rank = total ? DS__VALUE_TOTAL : pc ? (after ? 4 : 3) : (price_only || ds__undisclosed_terms(x) ? 0 : (after ? 2 : 1));
    /* "Corvex's offer values Halden at about 1.2 billion pounds, slightly above the 1.1
     * billion pound offer from Brannstrom": of two prices in the sentence, the one that
     * heads the trigger is its deal's */
    if (heads && rank < 4) rank = 4;
    if (rank > best_rank) {
      best_rank = rank;
      best = amt;
      iso = cur;
      if (rank == DS__VALUE_TOTAL) break;
    }
  }
  if (!iso) return 0;
  ev->has_value = 1;
  ev->amount = best;
  memcpy(ev->currency, iso, 4);
  return best_rank;
}

/* Sectors named in the deal's sentence (lexicon.c). */
void ds__find_sectors(const ds_extractor *x, ds_event *ev) {
  for (unsigned k = 0; k < x->ntok && ev->nsectors < DS_MAX_SECTORS; k++) {
    const ds__tok *t = &x->tok[k];
    if (!(t->wcls & DS__W_SECTOR) || t->rule < 0) continue;
    const char *sec = ds__sectors[x->wt[t->rule].sector - 1].sector;
    int dup = 0;
    for (unsigned z = 0; z < ev->nsectors; z++)
      if (strcmp(ev->sectors[z], sec) == 0) dup = 1;
    if (!dup) ev->sectors[ev->nsectors++] = sec;
  }
}

static int weekday_of(int y, int m, int d) {
  long z = days_from_civil(y, m, d);
  return (int)((z % 7 + 11) % 7); /* 1970-01-01 was a Thursday (4) */
}

/* "October 27, 1998 - BA confirms ...", "September 8 - BA raises ...": an entry of a
 * chronology, a date and a dash, before token ti. Returns 1 when the nearest such
 * entry is dated away from the article's own day (more than three days from the
 * published or dateline date), 0 otherwise or when the article's day is unknown. */
int ds__old_dated_entry(const ds_extractor *x, unsigned ti) {
  int ref_y = x->pub_y ? x->pub_y : x->dl_y, ref_m = x->pub_y ? x->pub_m : x->dl_m,
      ref_d = x->pub_y ? x->pub_d : x->dl_d;
  if (!ref_y) return 0;
  for (unsigned k = ti; k-- > 0;) {
    const ds__tok *t = &x->tok[k];
    if (!(t->wcls & DS__W_MONTH) || t->rule < 0 || !(t->fl & DS__T_CAP) || t->off < x->story_off)
      continue;
    unsigned j = k + 1;
    int d = 0, y = 0;
    if (j < ti && tok_punct(x, &x->tok[j], '.')) j++;
    if (j < ti && (x->tok[j].fl & DS__T_NUM) && x->tok[j].len <= 2) {
      const char *w = TX(x, &x->tok[j]);
      d = x->tok[j].len == 1 ? w[0] - '0' : (w[0] - '0') * 10 + (w[1] - '0');
      j++;
    }
    if (j < ti && tok_punct(x, &x->tok[j], ',')) j++;
    if (j < ti && (x->tok[j].fl & DS__T_NUM) && x->tok[j].len == 4) {
      const char *w = TX(x, &x->tok[j]);
      y = (w[0] - '0') * 1000 + (w[1] - '0') * 100 + (w[2] - '0') * 10 + (w[3] - '0');
      j++;
    }
    if ((!d && !y) || d > 31 || j >= ti ||
        !(tok_punct(x, &x->tok[j], '-') || tok_is(x, &x->tok[j], "\xe2\x80\x93") ||
          tok_is(x, &x->tok[j], "\xe2\x80\x94")))
      continue;
    int m = x->wt[t->rule].val;
    if (!y) y = (m > ref_m || (m == ref_m && d > ref_d)) ? ref_y - 1 : ref_y;
    if (!d) return y != ref_y || m != ref_m;
    long apart = days_from_civil(y, m, d) - days_from_civil(ref_y, ref_m, ref_d);
    return apart > 3 || apart < -3;
  }
  return 0;
}

int ds__find_date(const ds_extractor *x, ds_event *ev) {
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
    {
      /* a year told with the date ("dated January 20, 2025") */
      unsigned q = j + 1;
      if (q < x->ntok && tok_punct(x, &x->tok[q], ',')) q++;
      if (q < x->ntok && (x->tok[q].fl & DS__T_NUM) && x->tok[q].len == 4) {
        const char *yw = TX(x, &x->tok[q]);
        int ty = (yw[0] - '0') * 1000 + (yw[1] - '0') * 100 + (yw[2] - '0') * 10 + (yw[3] - '0');
        if (ty >= 1900 && ty <= 2100) y = ty;
      }
    }
    /* "to terminate the arrangement agreement dated January 20, 2025": the date of a
     * document signed long before this news, not the deal's day */
    if (tok_is(x, &x->tok[k - 1], "dated") && x->pub_y &&
        days_from_civil(x->pub_y, x->pub_m, x->pub_d) - days_from_civil(y, m, d) > 14)
      continue;
    /* "today announced that it has received a proposal letter, dated April 4, 2025":
     * the letter's day; the news is today's */
    if (tok_is(x, &x->tok[k - 1], "dated")) {
      int today = 0;
      for (unsigned q = 0; q < k && !today; q++) today = tok_is(x, &x->tok[q], "today");
      if (today) continue;
    }
    /* "on March 31, the day after it announced its merger": the day before */
    unsigned q = j + 1;
    if (q < x->ntok && tok_punct(x, &x->tok[q], ',')) q++;
    if (q + 2 < x->ntok && tok_is(x, &x->tok[q], "the") && tok_is(x, &x->tok[q + 1], "day") &&
        (tok_is(x, &x->tok[q + 2], "after") || tok_is(x, &x->tok[q + 2], "before")))
      civil_from_days(days_from_civil(y, m, d) + (tok_is(x, &x->tok[q + 2], "after") ? -1 : 1),
                      &y, &m, &d);
    fmt_date(ev->date, y, m, d);
    return 2;
  }
  /* a weekday in the sentence, resolved against the published date */
  for (unsigned k = 0; k < x->ntok && x->pub_y; k++) {
    if (!(x->tok[k].wcls & DS__W_WEEKDAY)) continue;
    /* "based on Friday's closing prices": a day the sentence measures from */
    if (k + 1 < x->ntok && (tok_is(x, &x->tok[k + 1], "'s") || tok_is(x, &x->tok[k + 1], "\xe2\x80\x99s")))
      continue;
    const ds__wentry *e = &x->wt[x->tok[k].rule];
    int w = e->val;
    int pw = weekday_of(x->pub_y, x->pub_m, x->pub_d);
    int back = (pw - w + 7) % 7;
    int y, m, d;
    civil_from_days(days_from_civil(x->pub_y, x->pub_m, x->pub_d) - back, &y, &m, &d);
    fmt_date(ev->date, y, m, d);
    return 2;
  }
  /* "Acme-Cleveland Corp said yesterday it ended talks": the day before the story's
   * (a telling of its own day, as the dateline's, so as not to move an earlier one) */
  for (unsigned k = 0; k < x->ntok && (x->dl_y || x->pub_y); k++)
    if (tok_is(x, &x->tok[k], "yesterday") && x->tok[k].off >= x->story_off) {
      int y0 = x->dl_y ? x->dl_y : x->pub_y, m0 = x->dl_y ? x->dl_m : x->pub_m, d0 = x->dl_y ? x->dl_d : x->pub_d;
      int y, m, d;
      civil_from_days(days_from_civil(y0, m0, d0) - 1, &y, &m, &d);
      fmt_date(ev->date, y, m, d);
      return 1;
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
  /* news is the day's news: with nothing better, the day it was published */
  if (x->pub_y) {
    fmt_date(ev->date, x->pub_y, x->pub_m, x->pub_d);
    return 0;
  }
  ev->date[0] = 0;
  return 0;
}

/* Dateline at the start of the body: "WESTBOROUGH, Mass. and SHENZHEN, China, Sept. 17,
 * 2025 /PRNewswire/ --", "STAMFORD, Conn., March 13 -", "ZURICH (Reuters) -". Sets the
 * dateline date and places; returns the offset where the story starts. */
/* A dash that ends a dateline: " - ", " -- ", " – ", " — ", or "--" glued to a
 * wire's name ("MUNICH--(BUSINESS WIRE)--Mar. 25, 2025--"). Returns its length. */
static size_t dateline_dash(const char *t, size_t i, size_t lim) {
  if (t[i] == ' ' && i + 2 < lim && t[i + 1] == '-' && (t[i + 2] == ' ' || t[i + 2] == '-'))
    return 2;
  if (t[i] == ' ' && i + 4 < lim && (unsigned char)t[i + 1] == 0xE2 && (unsigned char)t[i + 2] == 0x80 &&
      ((unsigned char)t[i + 3] == 0x93 || (unsigned char)t[i + 3] == 0x94))
    return 4;
  if (t[i] == '-' && i + 1 < lim && t[i + 1] == '-' && i > 0 && t[i - 1] != ' ' && t[i - 1] != '-')
    return 2;
  if (t[i] == ' ' && i + 2 < lim && t[i + 1] == '/' && t[i + 2] == ' ') return 2; /* ACCESSWIRE */
  return 0;
}

/* Does [s, i) hold a date or "(Reuters)"? */
static int dated(const char *t, size_t s, size_t i) {
  for (size_t k = s; k + 3 < i; k++) {
    if (t[k] == '(' && i - k >= 9 && memcmp(t + k, "(Reuters)", 9) == 0) return 1;
    /* a four-digit year, or a month's abbreviation and a day */
    if (is_digit((unsigned char)t[k]) && is_digit((unsigned char)t[k + 1]) &&
        is_digit((unsigned char)t[k + 2]) && is_digit((unsigned char)t[k + 3]) &&
        (k == s || !is_digit((unsigned char)t[k - 1])))
      return 1;
  }
  return 0;
}

/* "KUALA LUMPUR (Sept 23): ", "MUMBAI: ": a place in capitals (and a date in
 * parentheses) before a colon */
static int caps_colon_dateline(const char *t, size_t s, size_t i) {
  unsigned letters = 0;
  int paren = 0;
  if (i <= s || i - s > 48) return 0;
  for (size_t k = s; k < i; k++) {
    char c = t[k];
    if (c == '(') paren++;
    else if (c == ')') paren--;
    else if (!paren && is_alpha((unsigned char)c)) {
      if (!is_upper((unsigned char)c)) return 0;
      letters++;
    } else if (!paren && !(c == ' ' || c == ',' || c == '.' || c == '-')) return 0;
  }
  return letters >= 3 && paren == 0;
}

/* Does the line at s open with a place: capitalized words up to the first comma,
 * parenthesis, dash or slash ("SAN FRANCISCO,", "Hamburg,", "MUNICH--")? Not "Disclosure
 * of an inside information ... -". */
static int place_first(const char *t, size_t s, size_t e) {
  int words = 0;
  for (size_t i = s; i < e && i < s + 60; i++) {
    char c = t[i];
    if (c == ',' || c == '(' || c == '-' || c == '/' || c == '\n') return words > 0;
    if (is_alpha((unsigned char)c) && (i == s || t[i - 1] == ' ')) {
      /* ("MILAN and KOBE, Japan, Jan. 14, 2026": two places joined) */
      if (words > 0 && i + 4 < e && memcmp(t + i, "and ", 4) == 0) {
        i += 3;
        continue;
      }
      if (!is_upper((unsigned char)c)) return 0;
      if (++words > 5) return 0;
    }
  }
  return 0;
}

/* Where the dateline of the line at s ends (0: none). The first line may be a bare
 * "WASHINGTON - "; a later one must carry a date, since page noise comes first. */
/* Is t[s, e) short and made of capitalized words, punctuation and a few small
 * lowercase ones ("NEW YORK (Reuters)", "Sao Paulo", "Dar es Salaam")? */
static int names_only(const char *t, size_t s, size_t e) {
  if (e - s > 60) return 0;
  for (size_t i = s; i < e; i++) {
    if (!is_lower((unsigned char)t[i]) || (i > s && is_alpha((unsigned char)t[i - 1]))) continue;
    size_t j = i;
    while (j < e && is_alpha((unsigned char)t[j])) j++;
    if (j - i > 3) return 0; /* a lowercase word: prose */
    i = j;
  }
  return 1;
}

static size_t dateline_end(const char *t, size_t s, size_t e, int first, int *reuters) {
  size_t lim = s + 240 < e ? s + 240 : e;
  if (!first && !place_first(t, s, e)) return 0;
  for (size_t i = s; i + 2 < lim; i++) {
    if (t[i] == '\n' && (i > s + 2 || !first)) {
      if (!first || t[i + 1] == '\n') break;
    }
    if (t[i] == '(' && lim - i > 9 && memcmp(t + i, "(Reuters)", 9) == 0) *reuters = 1;
    if (t[i] == '/' && lim - i > 12 && memcmp(t + i, "/PRNewswire/", 12) == 0) return i;
    if (first && t[i] == ':' && t[i + 1] == ' ' && caps_colon_dateline(t, s, i)) return i + 1;
    size_t dl = dateline_dash(t, i, lim);
    if (!dl) continue;
    if (dated(t, s, i)) return i;
    /* "NASHVILLE, Tenn. & AUSTIN, Texas--(BUSINESS WIRE)--Veridian ...": a wire's
     * name in parentheses ends a dateline that gives no date */
    if (i >= s + 6 && t[i - 1] == ')' && memcmp(t + i - 5, "WIRE)", 5) == 0) {
      /* (unless the date follows: "HOUSTON--(BUSINESS WIRE)--Jan. 8, 2026-- Acme") */
      for (size_t k = i + dl; k + 2 < lim && k < i + dl + 24; k++)
        if (dateline_dash(t, k, lim) && dated(t, i + dl, k)) return k;
      return i;
    }
    /* "MUNICH--(BUSINESS WIRE)--Mar. 25": the date comes after the wire's name */
    /* (a short run of names only: not "X will receive a fee from Y - out of ...") */
    if (first && t[i] == ' ' && t[i + 1] == '-' && t[i + 2] == ' ' && names_only(t, s, i)) return i;
  }
  return 0;
}

size_t ds__read_dateline(ds_extractor *x, size_t s, size_t e) {
  const char *t = x->text;
  size_t stop = 0, ls = s;
  int reuters = 0;
  /* the dateline's line: the first, or one of the next few after page noise */
  for (int line = 0; line < 12 && ls < e && ls < s + 1200 && !stop; line++) {
    stop = dateline_end(t, ls, e, line == 0, &reuters);
    if (stop) break;
    while (ls < e && t[ls] != '\n') ls++;
    while (ls < e && is_space((unsigned char)t[ls])) ls++;
  }
  if (!stop) return s;
  s = ls;
  /* date: ISO, or Month Day[, Year] */
  x->ntok = 0;
  ds__tokenize(x, s, stop);
  for (unsigned k = 0; k < x->ntok; k++) {
    const ds__tok *tk = &x->tok[k];
    int y, m, d;
    if ((tk->fl & DS__T_NUM) && ds__parse_date_ymd(TX(x, tk), tk->len, &y, &m, &d)) {
      x->dl_y = y, x->dl_m = m, x->dl_d = d;
      break;
    }
    /* "LONDON, 9 September 2024 –" */
    if ((tk->fl & DS__T_NUM) && tk->len <= 2 && k + 2 < x->ntok && (x->tok[k + 1].wcls & DS__W_MONTH) &&
        x->tok[k + 1].rule >= 0 && (x->tok[k + 2].fl & DS__T_NUM) && x->tok[k + 2].len == 4) {
      const char *w = TX(x, tk), *yw = TX(x, &x->tok[k + 2]);
      d = tk->len == 1 ? w[0] - '0' : (w[0] - '0') * 10 + (w[1] - '0');
      m = x->wt[x->tok[k + 1].rule].val;
      y = (yw[0] - '0') * 1000 + (yw[1] - '0') * 100 + (yw[2] - '0') * 10 + (yw[3] - '0');
      if (d >= 1 && d <= 31) {
        x->dl_y = y, x->dl_m = m, x->dl_d = d;
        break;
      }
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
    if (!(tk->fl & DS__T_UPPER) &&
        !(k == 0 || (k > 0 && (tok_is(x, &x->tok[k - 1], "and") || tok_punct(x, &x->tok[k - 1], '&')))))
      continue;
    if (tk->fl & DS__T_UPPER && tk->len <= 2) continue;
    unsigned j = k;
    while (j + 1 < x->ntok && (x->tok[j + 1].fl & DS__T_CAP) &&
           ((x->tok[j + 1].fl & DS__T_UPPER) == (tk->fl & DS__T_UPPER)))
      j++;
    if (tok_is(x, tk, "reuters")) break;
    x->places[x->nplaces++] = (ds_span){tk->off, x->tok[j].off + x->tok[j].len - tk->off};
    k = j;
    /* skip to the next " and " (or " & ") */
    while (k + 1 < x->ntok && !tok_is(x, &x->tok[k + 1], "and") && !tok_punct(x, &x->tok[k + 1], '&')) k++;
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
    char c = t[i];
    if (is_upper((unsigned char)c)) c = (char)(c + 32); /* "Terms were not disclosed" */
    if (c != *p) return 0;
    i++;
  }
  /* "It did not disclose potential milestone payments", "did not disclose the royalty
   * rate": a part of the terms kept back, after a price told (the next three words) */
  for (unsigned w = 0; w < 3 && i < e; w++) {
    while (i < e && (is_space((unsigned char)t[i]) || t[i] == ',')) i++;
    size_t b = i;
    while (i < e && is_alpha((unsigned char)t[i])) i++;
    size_t n = i - b;
    if ((n == 9 && strncmp(t + b, "milestone", 9) == 0) || (n == 10 && strncmp(t + b, "milestones", 10) == 0) ||
        (n == 7 && strncmp(t + b, "royalty", 7) == 0) || (n == 9 && strncmp(t + b, "royalties", 9) == 0))
      return 0;
    if (!n) break;
  }
  return 1;
}

/* Does a phrase of ds__undisclosed start at the word at i (the first reading asks at
 * the tokens the word table marks DS__W_UNDIS)? */
int ds__undisclosed_at(const ds_extractor *x, uint32_t i, uint32_t e) {
  unsigned char c = (unsigned char)x->text[i];
  if (!(ds__cc[c] & (DS__CC_UPPER | DS__CC_LOWER))) return 0;
  for (uint64_t m = x->undis_first[(c | 0x20) - 'a']; m; m &= m - 1)
    if (phrase_at(x->text, i, e, ds__undisclosed[__builtin_ctzll(m)])) return 1;
  return 0;
}

/* Terms not disclosed: any phrase of ds__undisclosed (lexicon.c) in the body. */
int ds__says_undisclosed(const ds_extractor *x, size_t s, size_t e) {
  const char *t = x->text;
  for (size_t i = s; i < e; i++) {
    unsigned char c = (unsigned char)t[i];
    if (!(ds__cc[c] & (DS__CC_UPPER | DS__CC_LOWER))) continue;
    /* a word's start (phrases start a word): only the phrases that start with its
     * letter (ds__wt_build indexes them); then past the rest of the word */
    if ((i == s || !is_alpha((unsigned char)t[i - 1])) && i + 1 < e) {
      unsigned a = (unsigned)((c | 0x20) - 'a'), b = (unsigned)(((unsigned char)t[i + 1] | 0x20) - 'a');
      /* (the second letter rules out most words: "the", "to" for "terms were not") */
      if (b < 26 && (x->undis_second[a] >> b & 1))
        for (uint64_t m = x->undis_first[a]; m; m &= m - 1)
          if (phrase_at(t, i, e, ds__undisclosed[__builtin_ctzll(m)])) return 1;
    }
    while (i + 1 < e && (ds__cc[(unsigned char)t[i + 1]] & (DS__CC_UPPER | DS__CC_LOWER))) i++;
  }
  return 0;
}

/* "Exelon said in a statement on Sunday": a party of the deal reporting it on a day
 * the sentence names. Returns 1 and writes the date when the sentence does. */
int ds__reported_day(const ds_extractor *x, const ds__cand *c, ds_event *ev) {
  if (!x->pub_y) return 0;
  int party = 0, report = 0, day = -1;
  for (unsigned k = 0; k < x->ntok; k++) {
    const ds__tok *t = &x->tok[k];
    if (tok_is(x, t, "said") || tok_is(x, t, "announced") || tok_is(x, t, "statement"))
      report = 1;
    if ((t->wcls & DS__W_WEEKDAY) && t->rule >= 0 &&
        !(k + 1 < x->ntok && (tok_is(x, &x->tok[k + 1], "'s") || tok_is(x, &x->tok[k + 1], "\xe2\x80\x99s"))))
      day = x->wt[t->rule].val;
  }
  if (!report || day < 0) return 0;
  /* (a party named in the sentence: the dearer test, last) */
  for (unsigned k = 0; k < x->ntok && !party; k++) {
    const ds__tok *t = &x->tok[k];
    if (t->org < 0 || (k > 0 && x->tok[k - 1].org == t->org)) continue;
    int a = ds__resolve_alias(x, t->org);
    for (unsigned p = 0; p < c->ev.nparties && !party; p++)
      if (c->slot_org[p] >= 0 && ds__resolve_alias(x, c->slot_org[p]) == a) party = 1;
  }
  if (!party) return 0;
  int back = (weekday_of(x->pub_y, x->pub_m, x->pub_d) - day + 7) % 7;
  int y, m, d;
  civil_from_days(days_from_civil(x->pub_y, x->pub_m, x->pub_d) - back, &y, &m, &d);
  fmt_date(ev->date, y, m, d);
  return 1;
}

/* Does the body say the terms were not disclosed? The first reading of ds_extract()
 * answers it from the tokens it reads (DS__W_UNDIS); the scan is for callers outside. */
/* "Osgood's all-cash offer of C$11.35 a share made on Monday": the day a party's bid,
 * told before, was made. Returns 1 and writes the date when the sentence tells it. */
int ds__offer_made_on(const ds_extractor *x, const ds__cand *c, ds_event *ev) {
  if (!x->pub_y) return 0;
  for (unsigned k = 1; k + 2 < x->ntok; k++) {
    const ds__tok *t = &x->tok[k], *d = &x->tok[k + 2];
    if (!(tok_is(x, t, "made") || tok_is(x, t, "launched") || tok_is(x, t, "unveiled") || tok_is(x, t, "submitted") ||
          tok_is(x, t, "tabled")) ||
        !tok_is(x, &x->tok[k + 1], "on") || !(d->wcls & DS__W_WEEKDAY) || d->rule < 0)
      continue;
    int bid = 0, party = 0;
    for (unsigned b = k, n = 0; b-- > 0 && n < 12 && !bid; n++)
      bid = tok_is(x, &x->tok[b], "offer") || tok_is(x, &x->tok[b], "bid") || tok_is(x, &x->tok[b], "proposal");
    for (unsigned b = 0; b < k && bid && !party; b++) {
      if (x->tok[b].org < 0) continue;
      int a = ds__resolve_alias(x, x->tok[b].org);
      for (unsigned p = 0; p < c->ev.nparties && !party; p++)
        if (c->slot_org[p] >= 0 && ds__resolve_alias(x, c->slot_org[p]) == a && c->ev.parties[p].role == DS_ROLE_ACQUIRER)
          party = 1;
    }
    if (!party) continue;
    int back = (weekday_of(x->pub_y, x->pub_m, x->pub_d) - x->wt[d->rule].val + 7) % 7;
    int y, m, dd;
    civil_from_days(days_from_civil(x->pub_y, x->pub_m, x->pub_d) - back, &y, &m, &dd);
    fmt_date(ev->date, y, m, dd);
    return 1;
  }
  return 0;
}

int ds__undisclosed_terms(ds_extractor *x) {
  if (x->undisclosed < 0) x->undisclosed = ds__says_undisclosed(x, x->body_off, x->a->body.off + x->a->body.len);
  return x->undisclosed;
}
