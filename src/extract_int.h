/* Internals of the extractor: the context, tokens, the word-class table and the rule
 * tables. Everything here is fixed-size; ds_extract_memory() is sizeof(ds_extractor). */
#ifndef DS_EXTRACT_INT_H
#define DS_EXTRACT_INT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "dealstream/extract.h"

/* ---- word classes (bit flags), looked up case-insensitively ---- */
enum {
  DS__W_SUFFIX = 1u << 0,    /* legal form: Inc, Corp, Ltd, plc, GmbH ... */
  DS__W_STOPCAP = 1u << 1,   /* capitalized but never starts an org: The, Mr, Monday */
  DS__W_MONTH = 1u << 2,
  DS__W_WEEKDAY = 1u << 3,
  DS__W_TITLE = 1u << 4,     /* job title: CEO, chairman, president */
  DS__W_PLACE = 1u << 5,     /* country, state, city, region */
  DS__W_NATION = 1u << 6,    /* nationality adjective: Chinese, Swiss */
  DS__W_TRIGGER = 1u << 7,   /* first word of some trigger rule */
  DS__W_ORGWORD = 1u << 8,   /* common word inside org names: Bank, Group, Holdings */
  DS__W_SCALE = 1u << 9,     /* million, bln, crore ... (value in scale table) */
  DS__W_CURWORD = 1u << 10,  /* dlrs, euros, stg, yen ... */
  DS__W_NONPARTY = 1u << 11, /* regulators, exchanges, news agencies: never a party */
  DS__W_PREP = 1u << 12,     /* by from to with in into for of between */
  DS__W_CONNECT = 1u << 13,  /* lowercase words allowed inside a name: of, de, du, la */
  DS__W_UNITNOUN = 1u << 14, /* unit, division, business, subsidiary, stake */
  DS__W_CLAUSE = 1u << 15,   /* words that end a noun phrase window: which, who, said */
  DS__W_FIRSTNAME = 1u << 16, /* common given name */
  DS__W_PERSONCUE = 1u << 17, /* investor, member, banker: a person's name follows */
  DS__W_STATUS = 1u << 18,    /* a status word (ds__status_words); see ds__wentry.status */
  DS__W_OTHERPREP = 1u << 19, /* on, at, after, through ...: ends a preposition's reach */
  DS__W_DEALVERB = 1u << 20,  /* buy, raise, sell, take ...: makes "a stake in" news */
  DS__W_AGENTVERB = 1u << 21, /* launch, make, submit ...: the subject acts ("made a bid") */
  DS__W_SELLVERB = 1u << 22,  /* sell, divest: a stake sold is a divestiture */
  DS__W_ADVISER = 1u << 23,   /* advise, counsel, underwriter, hired: advisers are not parties */
  DS__W_PRODUCT = 1u << 24,   /* jets, engines, trucks: "175 737 Max jets" names a model */
  DS__W_SECTOR = 1u << 25,    /* names a sector (ds__sectors; ds__wentry.sector) */
  DS__W_AMOUNT = 1u << 26,    /* hedges and links inside a money phrase (ds__amount_words) */
  DS__W_UNDIS = 1u << 27,     /* first word of a phrase of undisclosed terms (ds__undisclosed) */
  DS__W_PAY = 1u << 28        /* "pay", "pays": a payment note_payment() reads */
};

/* ---- tokens ---- */
enum {
  DS__T_WORD = 1u << 0,  /* letters/digits word */
  DS__T_CAP = 1u << 1,   /* starts with an uppercase ASCII letter */
  DS__T_UPPER = 1u << 2, /* two or more letters, all uppercase */
  DS__T_NUM = 1u << 3,   /* starts with a digit */
  DS__T_PUNCT = 1u << 4, /* a single punctuation byte */
  DS__T_NL = 1u << 5,    /* preceded by a line break */
  DS__T_NONASCII = 1u << 6,
  DS__T_SKIP = 1u << 7,  /* ticker annotation: ignored by the frames */
  DS__T_ADJ = 1u << 8,   /* "Shenzhen-based": capitalized, but an adjective */
  DS__T_PERSON = 1u << 9, /* part of a person's name */
  DS__T_DOTTED = 1u << 10 /* a word with a period in it: its table entry may be of the
                             word without its periods (add_tok) */
};

typedef struct ds__tok {
  uint32_t off;   /* into the article buffer */
  uint16_t len;
  uint16_t c0;    /* the first byte, an ASCII capital lowercased: a punctuation or word
                     test reads no text (next to len: tok_is tests both) */
  uint32_t wcls;  /* DS__W_* of the lowercased word, 0 if none */
  uint16_t fl;    /* DS__T_* */
  int16_t org;    /* index into the org table, -1 if not part of an org mention */
  int16_t rule;   /* word-table entry of this token, -1 if not in the table */
} ds__tok;

/* ---- rules ---- */
#define DS__NOROLE 0xff
#define DS__STATUS_CTX 0xff /* status from the sentence's words */

/* Where a party sits relative to the trigger. */
enum { DS__S_SUBJ, DS__S_OBJ, DS__S_BY, DS__S_FROM, DS__S_TO, DS__S_WITH, DS__S_IN, DS__S_COUNT };

typedef struct ds__rule {
  const char *name;     /* for --explain */
  const char *pattern;  /* words separated by spaces; "a|b" alternatives; "~w" optional */
  uint8_t type;         /* ds_deal_type */
  uint8_t status;       /* ds_status, or DS__STATUS_CTX */
  uint8_t role[DS__S_COUNT]; /* role of a party in each slot, DS__NOROLE: slot unused */
  uint8_t strength;     /* 2: stands on its own; 1: needs two parties */
} ds__rule;

extern const ds__rule ds__rules[];

/* Is r the rule called name? (the first letter inline: most tests of a rule's name
 * are of another's, and stop there) */
static inline int rule_is(const ds__rule *r, const char *name) {
  return r->name[0] == name[0] && strcmp(r->name, name) == 0;
}
extern const unsigned ds__nrules;

typedef struct ds__word {
  const char *w;
  uint32_t cls;
  int16_t val; /* class-specific: month number, scale exponent, currency index ... */
} ds__word;

extern const ds__word ds__words[];
extern const unsigned ds__nwords;

typedef struct ds__status_word {
  const char *pattern;
  uint8_t status;
  int8_t weight;
} ds__status_word;

extern const ds__status_word ds__status_words[];
extern const unsigned ds__nstatus_words;

typedef struct ds__currency {
  const char *sym;  /* as written before or after the number: "$", "US$", "dlrs" */
  const char *iso;
  uint8_t after;    /* 1: written after the number */
} ds__currency;

extern const ds__currency ds__currencies[];
extern const unsigned ds__ncurrencies;

typedef struct ds__sector {
  const char *w;
  const char *sector;
} ds__sector;
extern const ds__sector ds__sectors[];
extern const unsigned ds__nsectors;

/* Does the article say its terms were not disclosed? Read once, on first need: most
 * articles hold no deal and never ask. */
int ds__undisclosed_terms(ds_extractor *x);

/* Word lists (lexicon.c) the engine consults. */
extern const char *const ds__company_nouns[];
extern const unsigned ds__company_nouns_n;
extern const char *const ds__formation_words[];
extern const unsigned ds__formation_words_n;
extern const char *const ds__asset_nouns[];
extern const unsigned ds__asset_nouns_n;
extern const char *const ds__goods_nouns[];
extern const unsigned ds__goods_nouns_n;
extern const char *const ds__state_abbrevs[];
extern const unsigned ds__state_abbrevs_n;
extern const char *const ds__product_nouns[];
extern const unsigned ds__product_nouns_n;
extern const char *const ds__deal_nouns[];
extern const unsigned ds__deal_nouns_n;
extern const char *const ds__amount_words[];
extern const unsigned ds__amount_words_n;
extern const char *const ds__value_hedges[];
extern const unsigned ds__value_hedges_n;
extern const char *const ds__price_words[];
extern const unsigned ds__price_words_n;
extern const char *const ds__price_nouns[];
extern const unsigned ds__price_nouns_n;
extern const char *const ds__company_figures[];
extern const unsigned ds__company_figures_n;
extern const char *const ds__saving_words[];
extern const unsigned ds__saving_words_n;

extern const char *const ds__undisclosed[];
extern const unsigned ds__nundisclosed;

/* ---- the word table: open addressing over lowercased words ---- */
#define DS__WT_SIZE 4096 /* power of two, > 1.6x the words and rule first-words */
#define DS__ABBREV_SET 256 /* a power of two, > 2x the abbreviations (extract_text.c) */
#define DS__WT_RULES 8   /* rules that may begin with one word (tests/unit/test_rules.c checks) */

/* Rule patterns compiled once at ds_extract_init (extract_match.c): each rule a run of
 * elements, each element a run of alternative words; matching reads no pattern text. */
#define DS__MAX_RULES 256  /* rule indexes are stored in a byte (ds__wentry.rules) */
#define DS__MAX_RELEMS 640 /* elements of all rules (tests/unit/test_rules.c prints the use) */
#define DS__MAX_RALTS 1536 /* alternative words of all elements */
enum { DS__RE_OPT = 1, DS__RE_STAR = 2, DS__RE_TEXT = 4 /* an alternative the word table does not hold */ };
typedef struct ds__relem {
  uint16_t alt;  /* first alternative in ralt */
  uint8_t nalt;
  uint8_t fl;    /* DS__RE_* */
} ds__relem;
typedef struct ds__ralt {
  const char *w; /* into the rule's pattern, lowercase, not NUL-terminated */
  uint8_t n;
  int16_t widx;  /* its word-table entry, -1 if the table does not hold it */
} ds__ralt;

typedef struct ds__wentry { /* 40 bytes on 64-bit targets */
  uint32_t hash; /* 0: empty */
  uint32_t cls;
  uint64_t w8;   /* a word of up to 8 bytes, as ds__wt_find loads it (the lookup
                    compares it whole, not following w) */
  const char *w; /* not NUL-terminated when it points into a rule pattern */
  int16_t val;
  uint8_t wlen;
  uint8_t status; /* with DS__W_STATUS: ds_status in the low nibble, weight above */
  uint8_t sector; /* with DS__W_SECTOR: index into ds__sectors, plus one */
  uint8_t spat;   /* with DS__W_STATUS: index into ds__status_words, plus one */
  uint8_t nrules;
  uint8_t rules[DS__WT_RULES];
} ds__wentry;

/* ---- organizations seen in one article ---- */
typedef struct ds__org {
  ds_span name;        /* fullest form seen */
  char key[DS_KEY_MAX];
  uint8_t klen;        /* strlen(key) */
  uint16_t mentions;
  uint8_t strong;      /* legal suffix, ticker or angle brackets seen */
  uint8_t person;      /* looks like a person: never a party */
  uint8_t lead;        /* named in the title or the lead sentences */
  int16_t alias_of;    /* -1, or the org this one is a short form of */
  int16_t parent;      /* -1, or the org this one is a unit of ("its subsidiary, X") */
  uint8_t vendor;      /* defined as (the "Vendor") or (the "Seller"): who sells */
} ds__org;

typedef struct ds__cand {
  ds_event ev;
  uint32_t sent_index; /* sentence number (0 = title) */
  uint8_t strength;
  uint8_t title_evidence; /* evidence is the headline: a body sentence replaces it */
  uint8_t date_q;         /* 2: the date was told with the deal; 1: dateline or published */
  uint8_t person_buyer;   /* the buyer or investor named is a person */
  uint8_t roles_told;     /* a verb's frame settled roles the agreement noun guessed */
  uint8_t talk;           /* takeover talk: no deal unless a bidder is named after all */
  uint8_t lead_roles;     /* a headline's roles the lead told again the same way */
  uint8_t signed_here;    /* its sentence tells a signing ("signed a definitive agreement") */
  uint32_t told_last;     /* the last sentence that told of it again, or 0 */
  int16_t slot_org[DS_MAX_PARTIES]; /* org index of each party, -1 for a described unit */
} ds__cand;

#define DS__MAX_CANDS (DS_MAX_EVENTS * 2)
#define DS__SPAN_CACHE 256 /* a power of two */
#define DS__MAX_PARTIALS 4 /* lead tellings with one side, kept for what they add */
#define DS__MAX_PEOPLE 16 /* people remembered per article */

struct ds_extractor {
  ds__wentry wt[DS__WT_SIZE];
  uint32_t wth[DS__WT_SIZE]; /* wt[i].hash, apart: the probes touch only these */
  uint64_t abbrev[DS__ABBREV_SET]; /* abbreviations a period after does not end a
                                     sentence at (extract_text.c), 0: empty */
  uint64_t undis_first[26];  /* bit p: ds__undisclosed[p] starts with 'a' + index */
  uint32_t undis_second[26]; /* bit b: some phrase starting with 'a' + index has 'a' + b next */
  ds__relem relem[DS__MAX_RELEMS];
  ds__ralt ralt[DS__MAX_RALTS];
  int16_t raltw[DS__MAX_RALTS]; /* ralt[i].widx, apart: the matcher reads only these */
  uint16_t rfirst[DS__MAX_RULES + 1]; /* rule r's elements: relem[rfirst[r] .. rfirst[r + 1]) */
  uint16_t nrelem, nralt;
  ds__tok tok[DS_MAX_SENT_TOKENS];
  unsigned ntok;
#if DS_TOKEN_CACHE > 0
  /* tokens of the first reading, replayed in the second (extract_text.c) */
  ds__tok tc_tok[DS_TOKEN_CACHE];
  struct {
    uint32_t s, e, stop, first, bound; /* piece [s, e) read up to stop; e's own bound */
  } tc_rec[DS_TOKEN_CACHE / 8];
  unsigned tc_ntok, tc_nrec, tc_cur;
  uint32_t tc_bound; /* while recording: the bound the sentence ends were found within */
  uint8_t tc_quiet[DS_TOKEN_CACHE / 8]; /* piece c matched no rule in the first reading */
#endif
  int tc_mode; /* DS__TC_*: what ds__tokenize does with the cache */
  ds__org org[DS_MAX_ORGS];
  unsigned norg;
  struct { /* name spans already keyed in this article (span_gen): the org they name */
    uint32_t gen, off;
    uint16_t len;
    int16_t org;
  } span_cache[DS__SPAN_CACHE];
  uint32_t span_gen;
  ds__cand cand[DS__MAX_CANDS];
  unsigned ncand;
  ds__cand partial[DS__MAX_PARTIALS]; /* "X to sell stake for $590 million": no buyer yet */
  unsigned npartial;
  int16_t payer[4], payee[4];    /* "Ravensmoor will pay Osaka Biologics": who pays whom */
  unsigned npay;
  int issuer;                    /* the first company the story names: "the Company" */
  int sent_deal;                 /* the current sentence has a trigger of its own */
  uint32_t sent_mou_end;         /* where a memorandum's trigger ends in it, or 0 */
  int16_t letter_side[2];        /* the sides of a letter of intent that tells a purchase in it, or -1 */
  int sent_background;           /* the sentence told a background deal or other companies' */
  int in_links;                  /* reading the items of a "Related articles" list */
  /* a sentence telling a portfolio ("has made investments in 13 companies"), for the
   * list of companies under it (extract_list.c); pf_org -1: none told */
  int16_t pf_org;
  unsigned pf_si;
  uint32_t pf_start, pf_end;
  ds_span pf_trigger;
  char pf_date[11];
  const ds_article *a;
  const char *text;
  int pub_y, pub_m, pub_d;       /* published date, 0 if unknown */
  int dl_y, dl_m, dl_d;          /* dateline date, 0 if none */
  unsigned value_from;            /* ds__find_value reads from this token on (0: all) */
  int undisclosed;               /* the article says terms were not disclosed (the first
                                    reading sets it; -1: not read, scan on need) */
  int in_lead;                   /* reading the title or the lead sentences */
  int caps_headline;             /* reading a title in title case or capitals */
  uint32_t body_off;             /* where the body starts */
  uint32_t story_off;            /* where the story starts after the dateline */
  ds_span places[DS_MAX_PLACES];
  unsigned nplaces;
  ds_person people[DS__MAX_PEOPLE];
  char people_org_key[DS__MAX_PEOPLE][DS_KEY_MAX];
  unsigned npeople;
  ds_explain_fn explain;
  void *explain_ud;
};

/* The functions of the first reading, which runs over every sentence: kept together
 * (GCC and Clang place them in .text.hot), apart from the rest of the engine. */
#if defined(__GNUC__)
#define DS__HOT __attribute__((hot))
#else
#define DS__HOT
#endif

/* ---- small helpers shared by the extractor's files ---- */
enum {
  DS__CC_UPPER = 1,
  DS__CC_LOWER = 2,
  DS__CC_DIGIT = 4,
  DS__CC_SPACE = 8,
  DS__CC_HIGH = 16, /* a UTF-8 byte */
  DS__CC_SENT = 32  /* may end a sentence: . ! ? newline, '*' and E2 (a bullet) */
};
extern const uint8_t ds__cc[256]; /* extract_text.c */
static inline int is_digit(int c) { return ds__cc[(unsigned char)c] & DS__CC_DIGIT; }
static inline int is_upper(int c) { return ds__cc[(unsigned char)c] & DS__CC_UPPER; }
static inline int is_lower(int c) { return ds__cc[(unsigned char)c] & DS__CC_LOWER; }
static inline int is_alpha(int c) { return ds__cc[(unsigned char)c] & (DS__CC_UPPER | DS__CC_LOWER); }
static inline int is_alnum(int c) { return ds__cc[(unsigned char)c] & (DS__CC_UPPER | DS__CC_LOWER | DS__CC_DIGIT); }
static inline int is_space(int c) { return ds__cc[(unsigned char)c] & DS__CC_SPACE; }

/* UTF-8 punctuation we treat as single tokens: curly quotes, dashes, ellipsis (all
 * E2 80 xx) and the currency signs E2 82 AC (euro), C2 A3 (pound), C2 A5 (yen). */
static inline size_t utf8_punct_len(const unsigned char *p, size_t n) {
  if (n >= 3 && p[0] == 0xE2 && (p[1] == 0x80 || p[1] == 0x82)) return 3;
  if (n >= 2 && p[0] == 0xC2 && (p[1] == 0xA3 || p[1] == 0xA5 || p[1] == 0xA0)) return 2;
  return 0;
}
static inline int ds__is_apostrophe(const unsigned char *p, size_t n) {
  return (n >= 1 && p[0] == '\'') || (n >= 3 && p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0x99);
}

static inline const char *TX(const ds_extractor *x, const ds__tok *t) { return x->text + t->off; }

/* Is token t the word w (lowercase), in any case? The first letter (and a literal
 * word's length) is tested here, from the token itself: most calls stop there, reading
 * no text. The rest is out of line (extract_text.c), so the hundreds of calls stay
 * small in the instruction cache. */
int ds__tok_is_rest(const ds_extractor *x, const ds__tok *t, const char *w);
static inline int tok_is(const ds_extractor *x, const ds__tok *t, const char *w) {
#if defined(__GNUC__)
  if (__builtin_constant_p(__builtin_strlen(w)) && t->len != __builtin_strlen(w)) return 0;
#endif
  if (t->c0 != (unsigned char)w[0]) return 0;
  return ds__tok_is_rest(x, t, w);
}

/* Is token t one of the n words of list (lexicon.c)? */
static inline int tok_in(const ds_extractor *x, const ds__tok *t, const char *const *list, unsigned n) {
  for (unsigned i = 0; i < n; i++)
    if (tok_is(x, t, list[i])) return 1;
  return 0;
}
static inline int tok_punct(const ds_extractor *x, const ds__tok *t, char c) {
  (void)x;
  return (t->fl & DS__T_PUNCT) && t->len == 1 && t->c0 == (unsigned char)c;
}

/* Does a word of class cls stand in the n tokens before token ti? */
static inline int class_before(const ds_extractor *x, unsigned ti, unsigned n, uint32_t cls) {
  for (unsigned k = ti >= n ? ti - n : 0; k < ti; k++)
    if (x->tok[k].wcls & cls) return 1;
  return 0;
}

/* extract_list.c: the companies listed under a sentence telling a portfolio */
void ds__portfolio_sentence(ds_extractor *x, unsigned si, uint32_t end);
void ds__portfolio_list(ds_extractor *x);

/* extract_text.c: sentences and tokens */
size_t ds__sentence_end(const ds_extractor *x, size_t s, size_t e);
void ds__abbrevs_build(ds_extractor *x);
enum { DS__TC_OFF, DS__TC_RECORD, DS__TC_REPLAY };
size_t ds__tokenize(ds_extractor *x, size_t s, size_t e);
/* Is [s, e) a piece the first reading recorded and no rule matched in (tc_quiet)? Then
 * *stop is where ds__tokenize would stop, and the tokens are not replayed. */
int ds__quiet_piece(ds_extractor *x, size_t s, size_t e, size_t *stop);
size_t ds__next_sentence(ds_extractor *x, size_t s, size_t e);

/* extract_names.c: organization names, aliases, people */
void ds__find_orgs(ds_extractor *x, int headline);
int ds__register_name(ds_extractor *x, uint32_t off, uint32_t len); /* a name read apart */
int ds__common_word_org(const ds_extractor *x, int k);
int ds__resolve_alias(const ds_extractor *x, int k);
int ds__is_person(const ds_extractor *x, int org);
/* A verb answering an offer ("rejected", "is studying") in [a, b), no name between. */
int ds__answers_offer(const ds_extractor *x, unsigned a, unsigned b);
int ds__name_word(const ds__tok *t);

/* extract_when.c: value, date, sectors, dateline, disclosure */
#define DS__VALUE_TOTAL 5 /* ds__find_value's rank of a whole deal's figure */
int ds__find_value(ds_extractor *x, unsigned ti, ds_event *ev, int price_only);
int ds__find_date(const ds_extractor *x, ds_event *ev);
int ds__old_dated_entry(const ds_extractor *x, unsigned ti);
int ds__reported_day(const ds_extractor *x, const ds__cand *c, ds_event *ev);
int ds__offer_made_on(const ds_extractor *x, const ds__cand *c, ds_event *ev);
void ds__find_sectors(const ds_extractor *x, ds_event *ev);
size_t ds__read_dateline(ds_extractor *x, size_t s, size_t e);
int ds__undisclosed_at(const ds_extractor *x, uint32_t i, uint32_t e);
int ds__says_undisclosed(const ds_extractor *x, size_t s, size_t e);

/* names.c */
void ds__name_key(const char *s, size_t n, char *out, size_t cap);

/* wordtab.c */
void ds__wt_build(ds_extractor *x);
const ds__wentry *ds__wt_find(const ds_extractor *x, const char *s, size_t n);

/* value.c */
int ds__parse_money(const ds_extractor *x, const char *s, size_t n, size_t i,
                    double *amount, const char **iso, size_t *end);
int ds__parse_date_ymd(const char *s, size_t n, int *y, int *m, int *d);


/* ---- the engine's parts, shared between its files ---- */

/* The lead (title and first sentences) states the news; later sentences mostly give
 * background: a deal found there must involve a company the lead is about. */
#define DS__LEAD_SENTENCES 2
#define DS__NEWS_SENTENCES 4
#define DS__VALUE_SENTENCES 5 /* a price told this many sentences after the deal still counts */

/* Organizations in each slot of a frame. */
#define DS__SLOT_ORGS 6 /* "Sprint, Clearwire and cable companies including Comcast and Time Warner Cable" */
typedef struct slotfill {
  int org[DS__S_COUNT][DS__SLOT_ORGS];
  int n[DS__S_COUNT];
  int owner; /* "to buy GSK's Lucozade brand": the possessor right after the trigger, or -1 */
} slotfill;

/* names.c */
int ds__legal_word(const char *s, size_t n);

/* extract_match.c */
int ds__rules_compile(ds_extractor *x);
/* r: one of the rules indexed under token i's word (ds__wentry.rules of its entry) */
unsigned ds__rule_match(const ds_extractor *x, const ds__rule *r, unsigned i);
int ds__deal_word_use(const ds_extractor *x, unsigned i);
int ds__starts_deal(const ds_extractor *x, unsigned k);

/* extract_frames.c */
int ds__is_other_prep(const ds_extractor *x, const ds__tok *t);
int ds__issuer_before(const ds_extractor *x, unsigned ti);
int ds__companies_before(const ds_extractor *x, unsigned ti);
void ds__slot_add(slotfill *sf, int s, int org);
int ds__deal_noun(const ds_extractor *x, const ds__tok *t);
int ds__adviser_near(const ds_extractor *x, unsigned s, unsigned e);
void ds__with_before(const ds_extractor *x, unsigned ti, int partners, slotfill *sf);
void ds__fill_slots(const ds_extractor *x, unsigned ti, unsigned tj, int partners,
                    slotfill *sf);

/* extract_status.c */
int ds__status_of(const ds_extractor *x, unsigned ti, unsigned tj, const ds__rule *r);

/* extract_context.c */
int ds__more_news(const ds_extractor *x);
int ds__numbered_item(const ds_extractor *x, uint32_t off, uint32_t *s, uint32_t *e);
int ds__subject_right_before(const ds_extractor *x, unsigned ti);
int ds__passive_sale(const ds__rule *r);
const char *ds__background(const ds_extractor *x, unsigned ti, unsigned tj);
int ds__shares_after(const ds_extractor *x, unsigned tj);
int ds__generic_plural(const ds_extractor *x, const ds__tok *t);
int ds__country_before(const ds_extractor *x, unsigned ti);
int ds__plan_denied(const ds_extractor *x, unsigned ti);
int ds__sale_urged(const ds_extractor *x, unsigned ti);
int ds__bid_ruled_out(const ds_extractor *x, unsigned ti);
int ds__mou_prepares(const ds_extractor *x, unsigned ti);
int ds__state_agent(const ds_extractor *x, unsigned ti);
int ds__person_before(const ds_extractor *x, unsigned ti);
unsigned ds__past_name(const ds_extractor *x, unsigned k);
int ds__word_after(const ds_extractor *x, unsigned k, unsigned n, const char *a,
                   const char *b, const char *c);
int ds__sell_verb_before(const ds_extractor *x, unsigned ti);
int ds__deal_verb_before(const ds_extractor *x, unsigned ti);
int ds__agent_verb_before(const ds_extractor *x, unsigned ti);
int ds__formed_before(const ds_extractor *x, unsigned ti);
int ds__bidder_after(const ds_extractor *x, unsigned k);
int ds__consumer_goods(const ds_extractor *x, unsigned ti, unsigned tj);
int ds__goods_sold(const ds_extractor *x, unsigned ti, unsigned tj);
int ds__goods_bought(const ds_extractor *x, unsigned ti, unsigned tj);
int ds__asset_purchase(const ds_extractor *x, unsigned tj, const ds__cand *c);

/* extract_cands.c */
void ds__explain(ds_extractor *x, const ds_event *ev, int kept, const char *why);
void ds__add_party(ds_extractor *x, ds__cand *c, int org, int role);
int ds__all_active(const ds__cand *c);
int ds__has_role(const ds__cand *c, int role);
unsigned ds__unit_words_end(const ds_extractor *x, unsigned q);
void ds__unit_target(const ds_extractor *x, unsigned tj, ds__cand *c);
void ds__owner_unit(const ds_extractor *x, unsigned tj, ds__cand *c);
void ds__unit_of_target(const ds_extractor *x, unsigned tj, ds__cand *c);
void ds__company_target(ds_extractor *x, unsigned tj, ds__cand *c, int role);
int ds__only_role(const ds__cand *c, int role);
int ds__merges(const ds_extractor *x, const ds__cand *c);
int ds__guessed_roles(unsigned rule);
int ds__securities_of_target(const ds_extractor *x, unsigned tj, const ds__cand *c);
void ds__keep_partial(ds_extractor *x, const ds__cand *c);
int ds__complete_partial(ds_extractor *x, const ds__cand *c);
int ds__complete_kept(ds_extractor *x, const ds__cand *c);
int ds__lend_date(ds_extractor *x, const ds__cand *c, int with_date);
void ds__licence_direction(const ds_extractor *x, ds__cand *c);
void ds__keep_candidate(ds_extractor *x, ds__cand *c);
int ds__related(const ds_extractor *x, const ds__cand *c);
int ds__lead_party(const ds_extractor *x, const ds__cand *c);
int ds__pct_at(const ds_extractor *x, unsigned k);
void ds__stake_type(const ds_extractor *x, unsigned ti, unsigned tj, ds__cand *c);

#endif
